"""Pilot tests: the open articles read as one briefing (issue 11's reader, issue 12.3).

The four Sines port samples (10-13, one invented story across four outlets) with their
fixed analyses from tests/sample_gold/, through a stand-in analyser: no spaCy here.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList
from tui_support import SIZE, GoldAnalyzer, ready, sample_article, until

from briefing.model import STANCE_GLYPHS
from briefing.morning import build_briefing, find_disputes
from briefing.store import Library
from briefing.tui.app import BriefingApp
from briefing.tui.briefing_search import SaveBriefingScreen, SearchAllScreen
from briefing.tui.briefing_views import (
    ArticleListScreen,
    BriefingPartiesScreen,
    DisputesScreen,
)
from briefing.tui.panes import excerpt
from briefing.tui.reader_state import find_matches

SINES = (
    "10-sines-port-opposition-accuses-washington",
    "11-sines-port-us-denies-threat",
    "12-sines-port-minister-confirms-concerns",
    "13-sines-port-operator-silent",
)
NOT_READ = ("nope.txt: no such file", "empty.txt: no text in it")


@pytest.fixture(scope="module")
def sines():
    return [sample_article(name) for name in SINES]


def make_app(pairs, **options) -> BriefingApp:
    analyses = {article.id: analysis for article, analysis in pairs}
    options.setdefault("use_store", False)
    app = BriefingApp([article for article, _ in pairs], analyzer=GoldAnalyzer(analyses), **options)
    app.animation_level = "none"
    return app


def prompts(option_list: OptionList) -> list[str]:
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


def option_ids(option_list: OptionList) -> list[str | None]:
    return [option_list.get_option_at_index(i).id for i in range(option_list.option_count)]


def headings_of(option_list: OptionList) -> list[str]:
    """The group headings of a list (options without an id)."""
    return [p for p, id in zip(prompts(option_list), option_ids(option_list), strict=True) if not id]


def highlighted(option_list: OptionList) -> str:
    option = option_list.highlighted_option
    return str(option.prompt) if option else ""


def toasts(app: BriefingApp) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query("Toast")]


async def test_the_article_list_shows_each_article_read_state_and_the_sources_not_read(sines):
    app = make_app(sines, load_errors=NOT_READ)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await until(
            pilot,
            lambda: any("2 sources could not be read — press ! to see why" in t for t in toasts(app)),
            "the notice",
        )
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, ArticleListScreen), "the article list")
        rows = prompts(app.screen.query_one("#article-list", OptionList))
        titles = [article.title for article, _ in sines]
        for (article, analysis), title in zip(sines, titles, strict=True):
            row = next(r for r in rows if r.startswith(("● " + title[:40], "  " + title[:40])))
            assert article.site and article.site in row
            assert article.date in row
            assert f"{len(analysis.statements)} statements" in row and "0 notes" in row
        # The first article has been shown, so it is read; the others are not.
        assert rows[0].startswith("  ") and rows[0].endswith("· read")
        assert all(row.startswith("● ") and row.endswith("· unread") for row in rows[1:4])
        assert "Could not be read (2)" in rows
        assert rows[-2:] == list(NOT_READ)
        # enter reads the article under the cursor; it is then read.
        await pilot.press("j", "j", "enter")
        await until(pilot, lambda: app.state.index == 2, "the third article")
        assert not isinstance(app.screen, ArticleListScreen)
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, ArticleListScreen), "the article list again")
        rows = prompts(app.screen.query_one("#article-list", OptionList))
        assert sum(row.endswith("· unread") for row in rows) == 2
        # u puts the unread ones first; s sorts by outlet, then by date (newest first).
        await pilot.press("u")
        rows = prompts(app.screen.query_one("#article-list", OptionList))
        assert [row.endswith("· unread") for row in rows[:4]] == [True, True, False, False]
        await pilot.press("u", "s")
        rows = prompts(app.screen.query_one("#article-list", OptionList))
        outlets = sorted((article.site for article, _ in sines), key=str.casefold)
        assert [next(o for o in outlets if o in row) for row in rows[:4]] == outlets
        await pilot.press("s")
        rows = prompts(app.screen.query_one("#article-list", OptionList))
        dates = sorted((article.date for article, _ in sines), reverse=True)
        assert [next(d for d in dates if d in row) for row in rows[:4]] == dates
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ArticleListScreen), "the article again")


async def test_bang_opens_the_list_at_the_sources_not_read(sines):
    app = make_app(sines[:2], load_errors=NOT_READ)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("exclamation_mark")
        await until(pilot, lambda: isinstance(app.screen, ArticleListScreen), "the article list")
        assert highlighted(app.screen.query_one("#article-list", OptionList)) == NOT_READ[0]
        await pilot.press("j")
        assert highlighted(app.screen.query_one("#article-list", OptionList)) == NOT_READ[1]


async def test_bang_with_every_source_read_says_so(sines):
    app = make_app(sines[:1])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("exclamation_mark")
        await until(pilot, lambda: any("Every source was read." in t for t in toasts(app)), "the message")
        assert not isinstance(app.screen, ArticleListScreen)


async def test_the_same_text_twice_is_listed_once_naming_both_sources(sines, tmp_path):
    article, analysis = sines[0]
    copy = article.__class__.from_dict({**article.to_dict(), "source": str(tmp_path / "copy.html")})
    app = BriefingApp([article, copy], analyzer=GoldAnalyzer({article.id: analysis}), use_store=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, ArticleListScreen), "the article list")
        rows = prompts(app.screen.query_one("#article-list", OptionList))
        assert sum(article.title in row for row in rows) == 1
        assert "Same text from more than one source, shown once (1)" in rows
        assert any("copy.html" in row and article.source in row for row in rows)


async def test_briefing_parties_count_stances_across_articles_and_jump_to_a_statement(sines):
    briefing = build_briefing(sines)
    # The party quoted in the most articles: its statements come from more than one outlet.
    party = max(briefing.principal_parties(), key=lambda p: len({i.article.id for i in p.statements}))
    quoted_in = {item.article.id for item in party.statements}
    assert len(quoted_in) > 1
    app = make_app(sines)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("P")
        await until(pilot, lambda: isinstance(app.screen, BriefingPartiesScreen), "the parties view")
        parties = app.screen.query_one("#briefing-parties", OptionList)
        await until(pilot, lambda: party.id in option_ids(parties), "the briefing")
        assert "4/4 analysed" in str(app.screen.query_one(".briefing-heading").render())
        row = prompts(parties)[parties.get_option_index(party.id)]
        counts = party.stance_counts()
        assert f"in {len(party.article_ids)} articles" in row
        assert all(f"{STANCE_GLYPHS[stance]} {count}" in row for stance, count in counts.items() if count)
        # Choose the party: its statements by stance, each with outlet and date.
        parties.highlighted = parties.get_option_index(party.id)
        await pilot.press("enter")
        statements = app.screen.query_one("#briefing-statements", OptionList)
        await until(pilot, lambda: statements.has_focus, "the party's statements")
        listed = [prompts(statements)[i] for i, id in enumerate(option_ids(statements)) if id]
        assert len(listed) == len(party.statements)
        for item in party.statements:
            assert any(f"{item.article.site} · {item.article.date}" in p for p in listed)
        stance_headings = headings_of(statements)
        assert len(stance_headings) == sum(1 for count in counts.values() if count)
        # t groups them by article instead: one heading per article it is quoted in.
        await pilot.press("t")
        article_headings = headings_of(statements)
        assert len(article_headings) == len(quoted_in)
        assert all(any(a.site in h for a, _ in sines if a.id in quoted_in) for h in article_headings)
        # enter on a statement in another article than the one on screen jumps there.
        target = next(item for item in party.statements if item.article.id != app.article.id)
        statements.highlighted = statements.get_option_index(f"s-{target.article.id}-{target.index}")
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, BriefingPartiesScreen), "the article")
        assert app.article.id == target.article.id
        assert app.state.current_statement == target.index
        assert app.state.statement.text == target.statement.text


async def test_the_parties_view_fills_in_as_analyses_arrive(sines):
    import threading

    gate = threading.Event()
    analyses = {article.id: analysis for article, analysis in sines}
    first = sines[0][0].id

    def slow(article):
        if article.id != first:
            gate.wait(10)
        return analyses[article.id]

    app = BriefingApp([a for a, _ in sines], analyzer=slow, use_store=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await until(pilot, lambda: first in app.state.analyses, "the first analysis")
        assert str(app.query_one("#analysed").render()) == "1/4 analysed"
        await pilot.press("P")
        await until(pilot, lambda: isinstance(app.screen, BriefingPartiesScreen), "the parties view")
        heading = app.screen.query_one(".briefing-heading")
        await until(
            pilot, lambda: "across 1 analysed article ·" in str(heading.render()), "one article's parties"
        )
        assert "1/4 analysed" in str(heading.render())
        gate.set()
        await until(pilot, lambda: "across 4 analysed articles" in str(heading.render()), "all four")
        assert "4/4 analysed" in str(heading.render())


async def test_disputes_list_each_pair_with_why_and_each_side_jumps(sines):
    disputes = find_disputes(build_briefing(sines))
    assert disputes
    across = next(d for d in disputes if not d.same_article)
    app = make_app(sines)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, DisputesScreen), "the disputes view")
        listed = app.screen.query_one("#disputes", OptionList)
        await until(pilot, lambda: listed.option_count > 1, "the disputes")
        await pilot.press("n", "h")  # the article's keys wait: they would act on the article beneath
        assert app.state.current_statement is None and isinstance(app.screen, DisputesScreen)
        rows = prompts(listed)
        assert sum(row.startswith("   why: ") for row in rows) == len(disputes)
        assert f"   why: {across.reason}" in rows
        number = disputes.index(across) + 1
        response = f"r{number}-{across.response.article.id}-{across.response.index}"
        listed.highlighted = listed.get_option_index(response)
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, DisputesScreen), "the article")
        assert app.article.id == across.response.article.id
        assert app.state.statement.text == across.response.statement.text
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, DisputesScreen), "the disputes view again")
        listed = app.screen.query_one("#disputes", OptionList)
        listed.highlighted = listed.get_option_index(
            f"a{number}-{across.assertion.article.id}-{across.assertion.index}"
        )
        await pilot.press("enter")
        await until(pilot, lambda: app.article.id == across.assertion.article.id, "the claim's article")
        assert app.state.statement.text == across.assertion.statement.text


async def test_search_every_open_article_lists_hits_by_article_and_jumps(sines):
    word = "Sines"
    counts = [len(find_matches(article.text, word)) for article, _ in sines]  # any case
    assert all(counts)
    app = make_app(sines)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        # / still searches the current article only.
        await pilot.press("slash", *word, "enter")
        assert len(app.state.matches) == counts[0]
        await pilot.press("escape", "F")
        await until(pilot, lambda: isinstance(app.screen, SearchAllScreen), "search everywhere")
        await pilot.press(*word)
        hits = app.screen.query_one("#search-hits", OptionList)
        heading = str(app.screen.query_one(".briefing-heading").render())
        assert f"{sum(counts)} hits in 4 of 4 articles" in heading
        rows = prompts(hits)
        for (article, _), count in zip(sines, counts, strict=True):
            assert f"{article.site} ({count} hit{'s' * (count != 1)})" in " ".join(rows)
        await pilot.press("enter")  # to the hits
        await until(pilot, lambda: hits.has_focus, "the hits")
        target = f"hit-3-{counts[3] - 1}"  # the last hit of the fourth article
        hits.highlighted = hits.get_option_index(target)
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, SearchAllScreen), "the article")
        assert app.state.index == 3
        assert app.state.match_index == counts[3] - 1
        start, end = app.state.matches[app.state.match_index]
        assert app.article.text[start:end].casefold() == word.casefold()
        assert "Search “Sines”" in str(app.query_one("#status").render())


async def test_search_everywhere_without_a_hit_says_so(sines):
    app = make_app(sines)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("F", *"zqxj")
        await until(pilot, lambda: isinstance(app.screen, SearchAllScreen), "search everywhere")
        assert prompts(app.screen.query_one("#search-hits", OptionList)) == ["No article has “zqxj”"]
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, SearchAllScreen), "the article")


async def test_s_saves_the_open_articles_as_a_briefing_that_reopens(sines, tmp_path):
    db = tmp_path / "notes.json"
    app = make_app(sines, db_path=db, use_store=True)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, SaveBriefingScreen), "the name prompt")
        await pilot.press(*"sines port", "enter")
        await until(pilot, lambda: any("briefing open sines port" in t for t in toasts(app)), "the message")
    with Library(db) as library:
        assert [saved.name for saved in library.briefings()] == ["sines port"]
        assert [a.id for a in library.briefing_articles("sines port")] == [a.id for a, _ in sines]
        assert library.article(sines[0][0].id).read
        assert not library.article(sines[1][0].id).read


async def test_escape_in_the_name_prompt_saves_nothing(sines, tmp_path):
    db = tmp_path / "notes.json"
    app = make_app(sines, db_path=db, use_store=True)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, SaveBriefingScreen), "the name prompt")
        await pilot.press(*"x", "escape")
        await until(pilot, lambda: not isinstance(app.screen, SaveBriefingScreen), "the article")
        assert not app.screen.query(Input).filter("#save-briefing-name")
    with Library(db) as library:
        assert library.briefings() == []


async def test_the_notes_pane_lists_every_open_article_and_jumps_to_another(sines, tmp_path):
    from briefing.anchoring import new_annotation
    from briefing.store import Store

    db = tmp_path / "notes.json"
    (first, first_analysis), (second, _), (third, third_analysis) = sines[:3]
    places = {}
    with Store(db) as store:
        for article, analysis, name in ((first, first_analysis, "first"), (third, third_analysis, "third")):
            statement = analysis.statements[-1]
            places[name] = statement.start
            store.add_annotation(
                new_annotation(article, statement.start, statement.end, note=f"note on {name}")
            )
    app = make_app(sines, db_path=db, use_store=True)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("m")
        pane = app.query_one("#notes", OptionList)
        await until(pilot, lambda: pane.has_focus, "the Notes pane")
        assert len([p for p in prompts(pane) if "note on" in p]) == 1
        await pilot.press("A")
        await until(
            pilot, lambda: len([p for p in prompts(pane) if "note on" in p]) == 2, "every article's notes"
        )
        assert headings_of(pane) == [excerpt(first.title, 120), excerpt(third.title, 120)]
        assert second.title not in " ".join(prompts(pane))  # an article without notes is left out
        await pilot.press("j")  # past the second heading, to the third article's note
        await pilot.press("enter")
        await until(pilot, lambda: app.article.id == third.id, "the note's article")
        assert app.view.top_offset() <= places["third"]
        await pilot.press("m")
        await until(pilot, lambda: pane.has_focus, "the Notes pane again")
        await pilot.press("A")  # back to this article's notes only
        await until(pilot, lambda: headings_of(pane) == [], "one article's notes")
        assert [p for p in prompts(pane) if "note on" in p] == [
            p for p in prompts(pane) if "note on third" in p
        ]


async def test_control_bytes_in_a_title_or_outlet_never_reach_the_list(sines):
    article, analysis = sines[0]
    hostile = article.__class__.from_dict(
        {**article.to_dict(), "title": "Port \x1b[2J row \x9b31m", "site": "Out\x07let\x1b]52;c;x\x07"}
    )
    app = BriefingApp([hostile], analyzer=GoldAnalyzer({hostile.id: analysis}), use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await until(pilot, lambda: isinstance(app.screen, ArticleListScreen), "the article list")
        shown = " ".join(prompts(app.screen.query_one("#article-list", OptionList)))
        assert "Port ␛[2J row" in shown and "Out␇let" in shown
        assert not any(ord(char) < 0x20 and char != "\n" or 0x80 <= ord(char) < 0xA0 for char in shown)


async def test_an_analysis_arriving_before_a_rebuild_changes_the_count_not_the_parties_list(sines):
    # Refilling the lists at every arrival slowed each key in the view while analyses streamed in.
    app = make_app(sines)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("P")
        await until(pilot, lambda: isinstance(app.screen, BriefingPartiesScreen), "the parties view")
        parties = app.screen.query_one("#briefing-parties", OptionList)
        await until(pilot, lambda: len(option_ids(parties)) > 1, "the briefing")
        await pilot.press("j", "j")
        where = parties.highlighted
        refills: list[int] = []
        clear = parties.clear_options
        parties.clear_options = lambda: (refills.append(1), clear())[1]  # type: ignore[method-assign]
        app.morning.progress = lambda: "5/4 analysed"  # type: ignore[method-assign]  # one more came in
        app.morning.analyses_changed()
        await pilot.pause()
        assert "5/4 analysed" in str(app.screen.query_one(".briefing-heading").render())
        assert refills == [] and parties.highlighted == where
