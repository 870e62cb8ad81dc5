"""The reader's analyses stream through one child: many articles in one spaCy ``nlp.pipe`` run,
the article on screen next, a failing article alone failed, a crashed child no hang, quitting at once.

The real analyser (spaCy's model) in the real child process, on short texts written here.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time

from tui_support import SIZE, until

from briefing.model import Article
from briefing.nlp.analyze import analyze_many
from briefing.service import AnalysisService, Failed, Found
from briefing.store import Store
from briefing.tui.analysis_worker import AnalysisQueue, ChildProcessAnalyser
from briefing.tui.app import BriefingApp

SPEAKERS = ("Maria Lopez", "Tom Baker", "Ana Silva", "Omar Haddad", "Lena Berg", "Ravi Menon")


def article(number: int, marker: str = "") -> Article:
    speaker = SPEAKERS[number % len(SPEAKERS)]
    text = (
        f"Harbour talks, part {number}{marker}\n\n"
        f'"The harbour will stay open all winter," {speaker} said on Tuesday.\n\n'
        f"The council denied that the port would close, and {speaker} said the fishermen had been told."
    )
    return Article.from_text(text, f"harbour-{number}{marker}.txt")


FAILING = article(90, " (failing)")
CRASHING = article(91, " (crashing)")


def fail_on_one(articles, batch_size):
    """The real analyser, but the rules fail on ``FAILING`` (after its parse, as a rule's bug would)."""
    for analysis in analyze_many(articles, batch_size):
        if analysis.article_id == FAILING.id:
            raise ValueError("a rule met something\nit did not expect")
        yield analysis


def crash_on_one(articles, batch_size):
    """The real analyser, but the child's process dies when it takes ``CRASHING``."""

    def taken():
        for taken_article in articles:
            if taken_article.id == CRASHING.id:
                os._exit(3)
            yield taken_article

    return analyze_many(taken(), batch_size)


def fail_on_taking_one(articles, batch_size):
    """The real analyser, but it fails as it takes ``FAILING``, with the article before it unanswered
    in the same batch (as an error inside spaCy's parse of a batch would)."""

    def taken():
        for taken_article in articles:
            if taken_article.id == FAILING.id:
                raise ValueError("the parser met something it did not expect")
            yield taken_article

    return analyze_many(taken(), batch_size)


def stream_all(
    articles: list[Article],
    child: ChildProcessAnalyser,
    timeout: float = 60,
    service: AnalysisService | None = None,
) -> list:
    """Every outcome of streaming ``articles`` through ``child``, within ``timeout`` (else fail: a hang)."""
    queue = AnalysisQueue()
    queue.put(articles)
    queue.finish()
    outcomes: list = []
    service = service or AnalysisService()
    consumer = threading.Thread(
        target=lambda: outcomes.extend(service.stream(queue, child.stream)), daemon=True
    )
    consumer.start()
    consumer.join(timeout)
    alive = consumer.is_alive()
    child.close()
    assert not alive, f"the stream did not end within {timeout} s"
    return outcomes


def test_an_analysis_comes_back_before_the_next_article_is_asked_for():
    quotes = 300
    long_text = "\n\n".join(
        f'"The quay {n} is safe," Maria Lopez said. The council agreed with her.' for n in range(quotes)
    )
    long = Article.from_text(long_text, "long-quay.txt")
    assert len(long.text) > 20_000  # two chunks
    asked: list[str] = []

    def lazily():
        for one in (long, article(1)):
            asked.append(one.id)
            yield one

    analyses = analyze_many(lazily(), batch_size=1)
    first = next(analyses)
    assert asked == [long.id], "the first analysis waited for the next article"
    assert first.article_id == long.id
    assert len(first.statements) == quotes  # both chunks' statements, the second's included
    assert {s.speaker for s in first.statements} == {"Maria Lopez"}
    assert next(analyses).article_id == article(1).id


def test_queued_articles_are_analysed_in_one_pipe_run_with_the_analysers_own_results():
    articles = [article(n) for n in range(5)]
    child = ChildProcessAnalyser()
    outcomes = stream_all(articles, child)
    assert [type(o) for o in outcomes] == [Found] * 5
    assert [o.article.id for o in outcomes] == [a.id for a in articles]
    assert [o.analysis for o in outcomes] == list(analyze_many(articles))
    assert all(o.analysis.statements for o in outcomes)
    assert {child.run_of[a.id] for a in articles} == {1}  # one nlp.pipe over all five


def test_cached_articles_never_reach_the_child_and_the_misses_are_cached(tmp_path):
    articles = [article(n) for n in range(4)]
    real = dict(zip((a.id for a in articles), analyze_many(articles), strict=True))
    with Store(tmp_path / "notes.json") as store:
        for cached in articles[::2]:
            store.save_analysis(real[cached.id])
        service = AnalysisService(store)
        child = ChildProcessAnalyser()
        outcomes = stream_all(articles, child, service=service)
        by_id = {o.article.id: o for o in outcomes}
        assert {a.id: by_id[a.id].cached for a in articles} == {
            articles[0].id: True,
            articles[1].id: False,
            articles[2].id: True,
            articles[3].id: False,
        }
        assert set(child.run_of) == {articles[1].id, articles[3].id}
        assert all(by_id[a.id].analysis == real[a.id] for a in articles)
        assert store.cached_analysis(articles[1].id, service.version or "") == real[articles[1].id]


def test_a_failing_article_fails_alone_and_the_rest_arrive():
    articles = [article(0), FAILING, article(2), article(3)]
    outcomes = stream_all(articles, ChildProcessAnalyser(analyse=fail_on_one))
    by_id = {o.article.id: o for o in outcomes}
    assert len(outcomes) == 4 and set(by_id) == {a.id for a in articles}
    assert isinstance(by_id[FAILING.id], Failed)
    assert by_id[FAILING.id].problem == "a rule met something it did not expect"  # one line
    for other in (article(0), article(2), article(3)):
        found = by_id[other.id]
        assert isinstance(found, Found) and found.analysis.statements


def test_a_failure_in_a_batch_is_put_on_the_article_that_caused_it():
    articles = [article(0), FAILING, article(2)]
    child = ChildProcessAnalyser(analyse=fail_on_taking_one)  # batch 2: article 0 and FAILING together
    outcomes = stream_all(articles, child)
    by_id = {o.article.id: o for o in outcomes}
    assert len(outcomes) == 3 and set(by_id) == {a.id for a in articles}
    assert isinstance(by_id[FAILING.id], Failed)
    assert by_id[FAILING.id].problem == "the parser met something it did not expect"
    assert isinstance(by_id[article(0).id], Found) and by_id[article(0).id].analysis.statements
    assert isinstance(by_id[article(2).id], Found) and by_id[article(2).id].analysis.statements


def test_a_child_that_dies_fails_what_it_had_and_what_comes_after_without_a_hang():
    articles = [article(0), CRASHING, article(2)]
    outcomes = stream_all(articles, ChildProcessAnalyser(analyse=crash_on_one), timeout=30)
    by_id = {o.article.id: o for o in outcomes}
    assert len(outcomes) == 3 and set(by_id) == {a.id for a in articles}
    for lost in (CRASHING, article(2)):
        assert isinstance(by_id[lost.id], Failed)
        assert by_id[lost.id].problem == "the analyser's process ended (exit status 3)"


def running_analysers() -> list:
    return [p for p in multiprocessing.active_children() if p.name == "briefing-analyser"]


async def test_a_briefing_all_in_the_cache_starts_no_analyser_and_one_not_in_it_starts_one(tmp_path):
    # Forking the reader's ~100 MB process cost every launch ~35 ms, for nothing when all is cached.
    cached, new = article(0), article(1)
    db = tmp_path / "notes.json"
    with Store(db) as store:
        store.save_analysis(next(analyze_many([cached])))
    app = BriefingApp([cached], db_path=db)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: cached.id in app.analyses, "the cached analysis")
        await until(pilot, lambda: app.state.done() == 1, "the reader to count it done")
        assert not running_analysers()
    later = BriefingApp([cached, new], db_path=db)
    async with later.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: new.id in later.analyses, "the new article's analysis", 60)
        assert later.analyses[new.id].statements  # from the real analyser, in a child of its own


class HeldQueue(AnalysisQueue):
    """The reader's queue, but after the first article it holds each hand-out until ``release``
    (so a test can move the reader while the child waits for its next article)."""

    def __init__(self) -> None:
        super().__init__()
        self.handed: list[str] = []
        self.holding = threading.Event()
        self.release = threading.Event()

    def get(self) -> Article | None:
        self._hold()
        return self._record(super().get)

    def get_nowait(self) -> Article | None:
        self._hold()
        return self._record(super().get_nowait)

    def close(self) -> None:
        self.release.set()
        super().close()

    def _hold(self) -> None:
        if self.handed:
            self.holding.set()
            self.release.wait(30)

    def _record(self, take) -> Article | None:
        taken = take()
        if taken is not None:
            self.handed.append(taken.id)
        return taken


async def test_the_article_the_reader_moves_to_is_analysed_next_while_others_wait():
    articles = [article(n) for n in range(6)]
    app = BriefingApp(articles, use_store=False)
    app.jobs = queue = HeldQueue()
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, queue.holding.is_set, "the child to ask for its second article", 30)
        assert queue.handed == [articles[0].id]  # the one on screen went first
        counter = app.query_one("#analysed")
        await until(pilot, lambda: str(counter.render()) == "0/6 analysed", "the count of analyses")
        await pilot.press("]", "]", "]")
        await until(pilot, lambda: app.state.index == 3, "the reader to show the fourth article")
        queue.release.set()
        await until(pilot, lambda: len(app.analyses) == 6, "all six analyses", 60)
        assert queue.handed[:2] == [articles[0].id, articles[3].id]
        assert list(app.analyses)[:2] == [articles[0].id, articles[3].id]  # in the order they arrived
        assert all(analysis.statements for analysis in app.analyses.values())
        assert not app.failures


async def test_a_failing_article_is_said_in_its_status_and_the_reader_goes_on_with_the_others():
    articles = [article(0), FAILING, article(2)]
    real = dict(zip((a.id for a in articles), analyze_many(articles), strict=True))

    def analyser(one: Article):
        if one.id == FAILING.id:
            raise ValueError("a rule met something\nit did not expect")
        return real[one.id]

    app = BriefingApp(articles, analyzer=analyser, analyzer_version="stream-test", use_store=False)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.state.done() == 3, "every article to be analysed or failed")
        assert set(app.analyses) == {articles[0].id, articles[2].id}
        await pilot.press("]")
        status = str(app.query_one("#status").render())
        assert status == f"{FAILING.source}: analysis failed: a rule met something it did not expect"


async def test_quitting_in_the_middle_of_a_long_analysis_returns_at_once():
    paragraphs = (
        f'"The pier {n} will be rebuilt by the spring," Ana Silva told reporters on the quay.'
        for n in range(2000)
    )
    long = Article.from_text("\n\n".join(paragraphs), "long-pier.txt")  # seconds of parsing
    app = BriefingApp([long], use_store=False)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.state.analysing == long.id, "the reader to hand out the article", 30)
        await until(pilot, lambda: bool(running_analysers()), "the analyser's child to start", 30)
        analysers = running_analysers()
        started = time.monotonic()
        await pilot.press("q")
    took = time.monotonic() - started
    assert long.id not in app.analyses  # it was still being analysed
    assert took < 3, f"quitting took {took:.1f} s"
    assert not any(p.is_alive() for p in analysers)


async def test_closing_while_analyses_stream_into_the_parties_view_ends_cleanly():
    articles = [article(n) for n in range(40)]
    # The real analyser, each answer held back a little, so the analyses are still coming when the
    # test closes the reader, however fast this machine parses forty short articles.
    gate = threading.Event()

    def held_back(given: Article):
        if len(app.analyses) >= 3:
            gate.wait(0.05)
        return next(analyze_many([given]))

    app = BriefingApp(articles, use_store=False, analyzer=held_back)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:  # an error in a handler while closing is raised here
        await pilot.press("P")  # the Parties view refills as each analysis arrives
        await until(pilot, lambda: len(app.analyses) >= 3, "the first analyses", 30)
    # Leaving run_test closes the app from outside, as SIGTERM and SIGHUP do (draft_recovery).
    assert len(app.analyses) < len(articles)  # it closed while the analyses still came in
