"""The morning briefing's costs, each beside a baseline measured in the same run.

    python benchmarks/morning.py [--rounds 7] [--presses 15] [--budget 1.15] [--stream-rounds 3]

1. The whole briefing's analysis (``analyze_many`` over every article, then
   ``build_briefing`` and ``find_disputes``) against spaCy's bare ``nlp.pipe`` on the
   same chunks of the same texts: the ratio, budget 1.15x. The two alternate, round by
   round (which goes first alternates too), so a neighbour's load on a shared machine
   falls on both; the figure is the median of the rounds' ratios, with their spread,
   in this process's CPU time (the budget: the clock also counts the time a neighbour
   took the core) and in wall-clock time.
2. Key-to-screen time in the reader's Parties-across-articles view with 50 articles
   open (``j`` down the parties list, until the screen is refreshed), against
   Textual's empty app answering a key in the same run (headless, fixed size): once
   with every analysis in, once while they stream in from the real analyser's child
   (and, to tell the costs apart, ``n`` in the article view while they stream in).
3. The reader's analyser child over the 50 articles: the streaming child (one
   ``nlp.pipe`` over the articles it asks for) against the way before it, one
   ``analyze`` call per article in a pool of one, each forked from this process
   after spaCy is loaded, so neither pays for loading it. Median of ``--stream-rounds``.

The articles are the bundled samples (the long report left out: it is not morning
news) and, when ../shared/corpus is present, its gold texts; to reach 50 for the
reader, the set is repeated with an edition line appended, so each is a distinct article.
Exit status 1 when the analysis ratio is above the budget.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import time
from collections import deque
from pathlib import Path
from typing import NamedTuple

from ui import SIZE, EmptyApp, PaintClock, key_to_screen, wait_until

from briefing.ingest import load_sources
from briefing.model import Article
from briefing.resources import samples_dir

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO.parent / "shared" / "corpus" / "gold"
OPEN_ARTICLES = 50


def morning_articles() -> list[Article]:
    articles = [a for a in load_sources([str(samples_dir())]).articles if "long-report" not in a.source]
    for path in sorted(GOLD_DIR.glob("*.json")) if GOLD_DIR.is_dir() else ():
        articles.append(Article.from_text(json.loads(path.read_text(encoding="utf-8"))["text"], str(path)))
    return articles


def fifty(articles: list[Article]) -> list[Article]:
    """``OPEN_ARTICLES`` distinct articles: the set, then again with an edition line, as needed."""
    found = list(articles[:OPEN_ARTICLES])
    edition = 2
    while len(found) < OPEN_ARTICLES:
        for article in articles[: OPEN_ARTICLES - len(found)]:
            text = f"{article.text}\n\nEdition {edition}."
            found.append(Article.from_text(text, f"{article.source}#edition-{edition}"))
        edition += 1
    return found


class Took(NamedTuple):
    wall: float  # seconds on the clock
    cpu: float  # seconds this process ran: what a neighbour's load on a shared machine does not add


def timed(work) -> Took:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return Took(time.perf_counter() - wall, time.process_time() - cpu)


def bare_pipe(nlp, articles: list[Article]) -> Took:
    from briefing.nlp.analyze import BATCH_SIZE, chunk_spans
    from briefing.nlp.quotes import normalise_for_parser

    texts = [normalise_for_parser(a.text[s:e]) for a in articles for s, e in chunk_spans(a)]
    return timed(lambda: deque(nlp.pipe(texts, batch_size=BATCH_SIZE), maxlen=0))


def whole_briefing(articles: list[Article]) -> tuple[Took, Took]:
    """The whole briefing's time, and of it, the time merging parties and finding disputes took."""
    from briefing.morning import build_briefing, find_disputes
    from briefing.nlp.analyze import analyze_many

    analyses: list = []
    analysis = timed(lambda: analyses.extend(analyze_many(articles)))
    views = timed(lambda: find_disputes(build_briefing(zip(articles, analyses, strict=True))))
    return Took(analysis.wall + views.wall, analysis.cpu + views.cpu), views


async def parties_view_key(articles: list[Article], analyses: dict, presses: int) -> float:
    from briefing.tui.app import BriefingApp
    from briefing.tui.briefing_views import BriefingPartiesScreen

    app = BriefingApp(articles, analyzer=lambda a: analyses[a.id], analyzer_version="bench", use_store=False)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.state.done() == len(articles))
        await pilot.press("P")
        await wait_until(pilot, lambda: isinstance(app.screen, BriefingPartiesScreen))
        screen = app.screen
        heading = screen.query_one(".briefing-heading")
        await wait_until(pilot, lambda: f"across {len(articles)} analysed" in str(heading.render()))
        return await key_to_screen(pilot, "j", presses)


async def key_while_streaming(
    articles: list[Article], presses: int, parties_view: bool
) -> tuple[float, int, int]:
    """Key-to-screen while the real child analyses the articles (no cache): ``j`` in the Parties view,
    or ``n`` (next statement) in the article; and how many were analysed when the presses began and
    when they ended."""
    from briefing.tui.app import BriefingApp
    from briefing.tui.briefing_views import BriefingPartiesScreen

    app = BriefingApp(articles, use_store=False)  # the real analyser's child, forked here
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        if parties_view:
            await pilot.press("P")
            await wait_until(pilot, lambda: isinstance(app.screen, BriefingPartiesScreen))
        await wait_until(pilot, lambda: app.state.done() >= 5)  # a few parties and statements to move through
        before = app.state.done()
        key = await key_to_screen(pilot, "j" if parties_view else "n", presses)
        return key, before, app.state.done()


async def empty_app_key(presses: int) -> float:
    clock = PaintClock()
    async with EmptyApp(clock).run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: clock.text is not None)
        return await key_to_screen(pilot, "n", presses)


def streaming_child(articles: list[Article]) -> tuple[float, int]:
    """Seconds for the streaming child to analyse every article, and in how many ``nlp.pipe`` runs."""
    from briefing.service import AnalysisService, Found
    from briefing.tui.analysis_worker import AnalysisQueue, ChildProcessAnalyser

    child = ChildProcessAnalyser()
    queue = AnalysisQueue()
    queue.put(articles)
    queue.finish()
    started = time.perf_counter()
    found = [o for o in AnalysisService().stream(queue, child.stream) if isinstance(o, Found)]
    took = time.perf_counter() - started
    child.close()
    if len(found) != len(articles):
        sys.exit(f"benchmarks/morning.py: the streaming child analysed {len(found)} of {len(articles)}")
    return took, len(set(child.run_of.values()))


def one_per_call(articles: list[Article]) -> float:
    """Seconds for the reader's analyser before streaming: a pool of one, one ``analyze`` per article."""
    from briefing.nlp.analyze import analyze

    with multiprocessing.get_context("fork").Pool(1) as pool:
        pool.apply(time.perf_counter)  # the worker is up
        started = time.perf_counter()
        for article in articles:
            pool.apply_async(analyze, (article,)).get()
        return time.perf_counter() - started


def spread(values: list[float]) -> str:
    return f"{min(values):.3f}-{max(values):.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--presses", type=int, default=15)
    parser.add_argument("--budget", type=float, default=1.15)
    parser.add_argument("--stream-rounds", type=int, default=3)
    args = parser.parse_args()

    from briefing.nlp.analyze import analyze_many
    from briefing.nlp.pipeline import load_nlp

    articles = morning_articles()
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp()
    bare_pipe(nlp, articles[:1])  # warm up
    bare: list[Took] = []
    whole: list[Took] = []
    views: list[Took] = []
    for number in range(args.rounds):
        if number % 2:  # ours first in every other round
            ours, parts = whole_briefing(articles)
            bare.append(bare_pipe(nlp, articles))
        else:
            bare.append(bare_pipe(nlp, articles))
            ours, parts = whole_briefing(articles)
        whole.append(ours)
        views.append(parts)
    ratios = {
        clock: [getattr(o, clock) / getattr(b, clock) for o, b in zip(whole, bare, strict=True)]
        for clock in Took._fields
    }
    ratio = statistics.median(ratios["cpu"])
    print(f"briefing analysis: {len(articles)} articles, {words} words, {args.rounds} alternating rounds")
    for clock, name in (("cpu", "CPU time (the budget)"), ("wall", "wall clock")):
        bares = [getattr(t, clock) for t in bare]
        wholes = [getattr(t, clock) for t in whole]
        print(
            f"  {name}: spaCy nlp.pipe median {statistics.median(bares):.2f} s ({spread(bares)}), whole "
            f"briefing {statistics.median(wholes):.2f} s ({spread(wholes)}; parties and disputes "
            f"{statistics.median(getattr(t, clock) for t in views):.2f} s); ratio median "
            f"{statistics.median(ratios[clock]):.3f}, rounds {spread(ratios[clock])}, best against best "
            f"{min(wholes) / min(bares):.3f} (budget {args.budget})"
        )

    opened = fifty(articles)
    analyses = {a.id: analysis for a, analysis in zip(opened, analyze_many(opened), strict=True)}
    empty = asyncio.run(empty_app_key(args.presses))
    view = asyncio.run(parties_view_key(opened, analyses, args.presses))
    streaming, before, after = asyncio.run(key_while_streaming(opened, args.presses, parties_view=True))
    reading, read_before, read_after = asyncio.run(
        key_while_streaming(opened, args.presses, parties_view=False)
    )
    statements = sum(len(a.statements) for a in analyses.values())
    print(
        f"parties view, {len(opened)} articles ({statements} statements): j to screen "
        f"{view * 1000:.1f} ms with all analysed, {streaming * 1000:.1f} ms while the child analyses "
        f"({before} to {after} of {len(opened)} analysed during the presses); Textual's empty app "
        f"{empty * 1000:.1f} ms ({view / empty:.1f}x, {streaming / empty:.1f}x)"
    )
    print(
        f"  the article view meanwhile (no briefing view open): n to screen {reading * 1000:.1f} ms while "
        f"the child analyses ({read_before} to {read_after} analysed; {reading / empty:.1f}x)"
    )

    streamed, runs, called = [], [], []
    for number in range(args.stream_rounds):
        if number % 2:
            called.append(one_per_call(opened))
        took, pipe_runs = streaming_child(opened)
        streamed.append(took)
        runs.append(pipe_runs)
        if not number % 2:
            called.append(one_per_call(opened))
    print(
        f"analyser child, {len(opened)} articles: streaming median {statistics.median(streamed):.2f} s "
        f"({spread(streamed)}; {max(runs)} nlp.pipe run(s)), one analyze per call median "
        f"{statistics.median(called):.2f} s ({spread(called)}); "
        f"{statistics.median(called) / statistics.median(streamed):.2f}x"
    )
    return 0 if ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
