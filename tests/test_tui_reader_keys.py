"""Pilot tests for the keys a less/vim user presses without reading (issue 12, items 6-12).

The samples with their fixed analyses (tests/sample_gold/), no spaCy; notes go to a
real TinyDB file in the test's temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import HelpPanel
from tui_support import MACKEREL, GoldAnalyzer, ready, sample_article, until

from briefing.model import Annotation
from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.article_view import ArticleView
from briefing.tui.confirm import ConfirmScreen
from briefing.tui.note_editor import NoteEditor
from briefing.tui.screens import HelpScreen
from briefing.tui.store_dialog import StoreOfferScreen

SMALL = (100, 20)  # short enough that the sample scrolls several pages


@pytest.fixture(scope="module")
def mackerel():
    return sample_article(MACKEREL)


def make_app(pair, db_path=None) -> BriefingApp:
    article, analysis = pair
    app = BriefingApp(
        [article],
        db_path,
        analyzer=GoldAnalyzer({article.id: analysis}),
        use_store=db_path is not None,
    )
    app.animation_level = "none"
    return app


def toasts(app: BriefingApp) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query("Toast")]


# --- 12.6: ctrl+d/ctrl+u half a page, ctrl+f/ctrl+b a page -------------------------------------------


async def test_ctrl_d_u_scroll_half_a_page_and_ctrl_f_b_a_page(mackerel):
    app = make_app(mackerel)
    async with app.run_test(size=SMALL) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        page = view.scrollable_content_region.height
        assert view.max_scroll_y >= 2 * page, "the sample must be longer than two screens here"
        await pilot.press("ctrl+d")
        assert view.scroll_y == page // 2
        await pilot.press("ctrl+d")
        assert view.scroll_y == 2 * (page // 2)
        await pilot.press("ctrl+u")
        assert view.scroll_y == page // 2
        await pilot.press("ctrl+u")
        assert view.scroll_y == 0
        await pilot.press("ctrl+f")
        assert view.scroll_y == page
        await pilot.press("ctrl+b")
        assert view.scroll_y == 0


# --- 12.10: n after a search without a match stays and says so; a wrap is announced ------------------


async def test_n_after_a_search_without_a_match_says_no_match_and_stays(mackerel):
    app = make_app(mackerel)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"zqxjv", "enter")
        view = app.query_one(ArticleView)
        before = (view.scroll_y, app.state.current_statement)
        await pilot.press("n")
        await until(pilot, lambda: any("No match" in t for t in toasts(app)), "a no-match message")
        assert (view.scroll_y, app.state.current_statement) == before
        await pilot.press("N")
        assert (view.scroll_y, app.state.current_statement) == before


async def test_n_past_the_last_match_says_the_search_wrapped(mackerel):
    article, _ = mackerel
    word = "the"
    app = make_app(mackerel)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("slash", *word, "enter")
        count = len(app.state.matches)
        assert count > 2
        for _ in range(count - 1):
            await pilot.press("n")
        assert app.state.match_index == count - 1
        assert not any("wrapped" in t for t in toasts(app))
        await pilot.press("n")
        assert app.state.match_index == 0
        await until(pilot, lambda: any("Search wrapped" in t for t in toasts(app)), "a wrap message")


# --- 12.12: dialogs: arrows move between buttons, the safe choice is the default ---------------------


async def test_enter_on_the_bad_notes_file_offer_reads_on_without_writing(mackerel, tmp_path):
    db = tmp_path / "notes.json"
    broken = b'{"notes": {"1": '
    db.write_bytes(broken)
    app = make_app(mackerel, db)
    async with app.run_test(size=SMALL) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, StoreOfferScreen)
        assert app.focused.id == "store-offer-read"
        await pilot.press("down")
        assert app.focused.id == "store-offer-quit"
        await pilot.press("down")
        assert app.focused.id == "store-offer-new"  # wraps round
        await pilot.press("down")
        assert app.focused.id == "store-offer-read"
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, StoreOfferScreen), "the offer to close")
        assert app.notes.notes_store is None  # reading on without notes
    assert db.read_bytes() == broken
    assert [path.name for path in tmp_path.iterdir() if ".corrupt-" in path.name] == []


async def test_discard_unsaved_note_keeps_the_note_on_enter_and_arrows_reach_discard(mackerel, tmp_path):
    app = make_app(mackerel, tmp_path / "notes.json")
    async with app.run_test(size=SMALL) as pilot:
        await ready(pilot)
        await pilot.press("n", "a", *"draft")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the discard question")
        assert app.focused.id == "confirm-no"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor again")
        assert app.screen.draft().note == "draft"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the discard question")
        await pilot.press("left")
        assert app.focused.id == "confirm-yes"
        await pilot.press("right")
        assert app.focused.id == "confirm-no"
        await pilot.press("right", "enter")  # wraps to Discard
        await until(
            pilot, lambda: not isinstance(app.screen, (NoteEditor, ConfirmScreen)), "the editor to close"
        )


# --- 12.9: the help screen scrolls with the article's keys; descriptions hang under their column -----


async def test_help_scrolls_with_the_article_keys(mackerel):
    app = make_app(mackerel)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        await until(pilot, lambda: body.max_scroll_y > 0, "the help to be longer than the screen")
        page = body.scrollable_content_region.height
        await pilot.press("j")
        assert body.scroll_y == 1
        await pilot.press("k")
        assert body.scroll_y == 0
        await pilot.press("space")
        assert body.scroll_y == min(page, body.max_scroll_y)
        await pilot.press("g")
        assert body.scroll_y == 0
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_descriptions_that_wrap_at_80_columns_keep_a_hanging_indent(mackerel):
    app = make_app(mackerel)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        rows = list(app.screen.query(".help-row"))
        wrapped = [row for row in rows if row.query_one(".help-description").size.height > 1]
        assert wrapped, "at 80 columns some descriptions must wrap"
        for row in wrapped:
            key, description = row.query_one(".help-key"), row.query_one(".help-description")
            lines = [description.render_line(y).text for y in range(description.size.height)]
            # Every line of the description starts in its own column, right of the key column...
            assert description.region.x >= key.region.x + len(key.render_line(0).text.rstrip())
            assert all(line.strip() and not line.startswith(" ") for line in lines), lines
            # ...and the text under the key is blank on the wrapped lines.
            assert all(not key.render_line(y).text.strip() for y in range(1, description.size.height))


# --- 12.7: h toggles a highlight, a opens the note already there: never two on the same words --------


def stored(db: Path) -> list[Annotation]:
    with Store(db) as store:
        return store.all_annotations()


async def test_repeated_h_and_a_never_stack_annotations_on_the_same_words(mackerel, tmp_path):
    db = tmp_path / "notes.json"
    app = make_app(mackerel, db)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("n", "h")
        assert len(stored(db)) == 1
        await pilot.press("h")
        assert stored(db) == []
        await until(pilot, lambda: any("Highlight removed" in t for t in toasts(app)), "a removal message")
        await pilot.press("h")
        (highlight,) = stored(db)
        assert highlight.note == ""
        # a on the highlighted words writes the note into that highlight, not a second record.
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor")
        await pilot.press(*"first thought", "ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "the editor to close")
        (noted,) = stored(db)
        assert (noted.id, noted.note) == (highlight.id, "first thought")
        # a again opens that note; esc leaves it; a and save unchanged adds nothing.
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor")
        assert app.screen.draft().note == "first thought"
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "the editor to close")
        await pilot.press("a", "ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "the editor to close")
        # h on words with a note keeps the note.
        await pilot.press("h", "h")
        await pilot.pause()
    (kept,) = stored(db)
    assert (kept.id, kept.note) == (highlight.id, "first thought")


async def test_h_toggles_on_a_selection_too(mackerel, tmp_path):
    db = tmp_path / "notes.json"
    app = make_app(mackerel, db)
    async with app.run_test(size=SMALL) as pilot:
        await ready(pilot)
        await pilot.press("v", "w", "h")
        (first,) = stored(db)
        await pilot.press("v", "w", "h")  # the same words selected again
        assert stored(db) == []
        await pilot.press("v", "w", "h", "v", "w", "w", "h")  # other words: a second highlight
        assert len(stored(db)) == 2
    assert all(note.note == "" for note in stored(db))
    anchors = [(note.start, note.end) for note in stored(db)]
    assert len(set(anchors)) == len(anchors) and (first.start, first.end) in anchors


# --- 12.8: y cites the selection; the citation names its source; a fallback where OSC 52 may not work -


async def test_y_after_v_cites_the_selection_with_outlet_date_source_and_paragraph(mackerel, monkeypatch):
    monkeypatch.setenv("TERM", "xterm-kitty")
    monkeypatch.delenv("BRIEFING_CITE_TO", raising=False)
    article, analysis = mackerel
    app = make_app(mackerel)
    async with app.run_test(size=SMALL) as pilot:
        await ready(pilot)
        await pilot.press("n")  # a current statement, which y must not cite once words are selected
        statement = app.state.statement
        await pilot.press("v", "w", "w")
        selection = app.state.selection
        await pilot.press("y")
    words = " ".join(article.text[selection.start : selection.end].split())
    assert (selection.start, selection.end) != (statement.start, statement.end)
    assert app.clipboard.startswith(f"“{words}”")
    for part in (article.date, article.source, f"paragraph {article.paragraph_index(selection.start) + 1}"):
        assert part and part in app.clipboard
    assert app.citations.for_standard_output == []  # a terminal that takes OSC 52: nothing more


async def test_y_where_osc52_is_unlikely_keeps_the_citation_for_standard_output(mackerel, monkeypatch):
    for name in ("TMUX", "TERM_PROGRAM", "WT_SESSION", "VTE_VERSION", "BRIEFING_CITE_TO"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "linux")
    app = make_app(mackerel)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("n", "y")
        await until(pilot, lambda: any("printed when you quit" in t for t in toasts(app)), "where it went")
    assert app.citations.for_standard_output == [app.clipboard]


async def test_y_with_a_citations_file_appends_to_it(mackerel, monkeypatch, tmp_path):
    cited = tmp_path / "citations.txt"
    monkeypatch.setenv("BRIEFING_CITE_TO", str(cited))
    app = make_app(mackerel)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("n", "y", "n", "y")
        await until(pilot, lambda: any(str(cited) in t for t in toasts(app)), "the file named")
        first, second = app.state.analysis.statements[:2]
    lines = cited.read_text("utf-8").splitlines()
    assert len(lines) == 2 and lines[1] == app.clipboard
    assert lines[0].startswith(f"“{' '.join(first.text.split())}” — {first.speaker}")
    assert lines[1].startswith(f"“{' '.join(second.text.split())}” — {second.speaker}")


# --- 12.11: Textual's Keys panel (from the palette) closes with esc and leaves the article its width ---


async def test_the_keys_panel_from_the_palette_floats_and_closes_with_escape(mackerel):
    app = make_app(mackerel)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        width = view.size.width
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
        await pilot.press(*"Keys")
        palette_list = app.screen.query_one(CommandList)
        await until(
            pilot,
            lambda: palette_list.option_count and "Keys" in str(palette_list.get_option_at_index(0).prompt),
            "the Keys command on top",
        )
        await pilot.press("enter")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)), "the Keys panel")
        await pilot.pause()
        assert view.size.width == width  # over the article, not squeezing it
        await pilot.press("escape")
        await until(pilot, lambda: not app.screen.query(HelpPanel), "the Keys panel to close")
        assert view.size.width == width
