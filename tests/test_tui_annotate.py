"""Pilot tests: annotating from the keyboard, the Notes pane, and a notes file that does not parse.

Real corpus articles with analyses made from the gold files (no spaCy), a real
notes file in tmp_path, and a fresh app for each "restart".
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rich.style import Style
from textual.widgets import Input, TextArea
from tui_support import FAKE_VERSION, MACKEREL, SIZE, GoldAnalyzer, ready, sample_article

from briefing.anchoring import new_annotation
from briefing.model import Annotation, Article
from briefing.store import Store, cache_path_for
from briefing.tui.app import BriefingApp
from briefing.tui.article_view import ArticleView
from briefing.tui.confirm import ConfirmScreen
from briefing.tui.note_editor import NoteEditor
from briefing.tui.notes_pane import NotesPane
from briefing.tui.panes import PartyList, StatementList, statement_option_id
from briefing.tui.store_dialog import StoreOfferScreen


@pytest.fixture(scope="module")
def seed():
    return sample_article(MACKEREL)


def make_app(pair, db: Path, article: Article | None = None) -> BriefingApp:
    original, analysis = pair
    shown = article or original
    analyses = {original.id: analysis}
    app = BriefingApp([shown], db_path=db, analyzer=GoldAnalyzer(analyses))
    app.animation_level = "none"
    return app


def stored(db: Path) -> list[Annotation]:
    with Store(db) as store:
        return store.all_annotations()


def highlight_style(view: ArticleView, colour: int) -> Style:
    return view._style(f"note-{colour}")


def drawn_with(view: ArticleView, offset: int, style: Style) -> str:
    """The text drawn with ``style``'s background on the screen line holding ``offset``."""
    y = view.line_of_offset(offset) - round(view.scroll_y)
    assert 0 <= y < view.scrollable_content_region.height, "the line is not on screen"
    strip = view.render_line(y)
    return "".join(
        segment.text for segment in strip if segment.style and segment.style.bgcolor == style.bgcolor
    )


def margin_marked(view: ArticleView, offset: int) -> bool:
    y = view.line_of_offset(offset) - round(view.scroll_y)
    return view.render_line(y).text.startswith("▌")


async def type_text(pilot, text: str) -> None:
    await pilot.press(*text)


async def test_select_write_a_tagged_note_and_find_it_highlighted_after_a_restart(seed, tmp_path):
    article, _ = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("v")
        first_sentence = article.text[app.state.selection.start : app.state.selection.end]
        assert first_sentence.startswith("Mackerel talks stall")
        assert "Selected" in str(app.query_one("#status").render())
        await pilot.press("w", "w")
        selected = article.text[app.state.selection.start : app.state.selection.end]
        assert selected.split()[-2:] == ["By", "Helena"]
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor)
        await type_text(pilot, "Contradicts the memo #budget")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert app.state.selection is None

    notes = stored(db)
    assert len(notes) == 1
    assert notes[0].note == "Contradicts the memo #budget"
    assert notes[0].tags == ("budget",)
    assert notes[0].anchor.exact == selected

    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("m")
        pane = app.query_one(NotesPane)
        assert pane.has_focus
        listed = str(pane.get_option_at_index(0).prompt)
        assert "Contradicts the memo #budget" in listed and "#budget" in listed
        view = app.view
        start = notes[0].start
        painted = drawn_with(view, start, highlight_style(view, notes[0].colour))
        assert painted.startswith("Mackerel talks stall")
        assert margin_marked(view, start)


async def test_a_note_survives_a_one_word_edit_elsewhere_in_the_article(seed, tmp_path):
    article, analysis = seed
    db = tmp_path / "notes.json"
    statement = analysis.statements[3]
    with Store(db) as store:
        store.add_annotation(new_annotation(article, statement.start, statement.end, note="check this"))
    # The same source re-read with one word changed near the top (before the note).
    cut = article.text.index("Tuesday")
    edited = Article.from_text(
        article.text[:cut] + "Monday" + article.text[cut + len("Tuesday") :],
        article.source,
        title=article.title,
    )
    app = make_app(seed, db, article=edited)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        (note,) = app.notes.article_notes
        assert not note.orphaned
        assert edited.text[note.start : note.end] == statement.text
        app.view.scroll_to_offset(note.start)
        await pilot.pause()
        painted = drawn_with(app.view, note.start, highlight_style(app.view, 1))
        assert statement.text.split()[0].strip('“"') in painted


async def test_h_highlights_the_current_statement_without_a_note(seed, tmp_path):
    article, analysis = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n", "h")
        await pilot.pause()
        first = analysis.statements[0]
        (note,) = stored(db)
        assert (note.start, note.end, note.note, note.target) == (first.start, first.end, "", "statement")
        assert margin_marked(app.view, first.start)
        await pilot.press("escape")  # no current statement: its colour no longer covers the highlight
        assert drawn_with(app.view, first.start, highlight_style(app.view, 1)).startswith("Norway of")


async def test_selection_keys_grow_and_shrink_and_escape_cancels(seed, tmp_path):
    article, _ = seed
    app = make_app(seed, tmp_path / "notes.json")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n", "v")  # from the first statement's sentence: the next one ends with a stop
        sentence = (app.state.selection.start, app.state.selection.end)
        await pilot.press("j")  # a sentence more, not a scroll
        grown = app.state.selection.end
        assert grown > sentence[1]
        assert article.text[sentence[1] : grown].strip().endswith(".")
        await pilot.press("k")
        assert app.state.selection.end == sentence[1]
        await pilot.press("right", "right", "b")  # b shrinks while selecting (it pages up otherwise)
        assert len(article.text[sentence[1] : app.state.selection.end].split()) == 1
        assert app.view.selection_range == (app.state.selection.start, app.state.selection.end)
        await pilot.press("escape")
        assert app.state.selection is None
        assert app.view.selection_range is None
        scroll_before = app.view.scroll_y
        await pilot.press("j")  # j scrolls again once the selection is gone
        assert app.view.scroll_y == scroll_before + 1


async def test_escape_in_the_editor_asks_before_dropping_unsaved_text(seed, tmp_path):
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("v", "a")
        await pilot.press("escape")  # nothing written: closes at once
        assert not isinstance(app.screen, NoteEditor)
        await pilot.press("v", "a")
        await type_text(pilot, "Half a thought")
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep editing
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "Half a thought"
        await pilot.press("escape", "y")
        assert not isinstance(app.screen, (NoteEditor, ConfirmScreen))
    assert stored(db) == []


async def test_tag_field_completes_from_tags_in_use_and_colour_keys_choose_the_colour(seed, tmp_path):
    article, analysis = seed
    db = tmp_path / "notes.json"
    with Store(db) as store:
        store.add_annotation(new_annotation(article, 0, 5, tags=["sanctions"]))
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n", "a")
        await type_text(pilot, "Denied twice")
        await pilot.press("tab")
        await type_text(pilot, "sanc")
        await pilot.press("right")  # accept the suggestion
        assert app.screen.query_one("#note-tags", Input).value == "sanctions"
        await pilot.press("tab", "4", "ctrl+s")
        await pilot.pause()
    notes = [note for note in stored(db) if note.note]
    assert [(note.note, note.tags, note.colour) for note in notes] == [("Denied twice", ("sanctions",), 4)]


def seed_two_notes(article: Article, db: Path) -> list[Annotation]:
    first = article.text.index("Iceland and the Faroe")
    later = article.text.index("two-page annex")
    with Store(db) as store:
        return [
            store.add_annotation(new_annotation(article, later, later + 12, note="second in the text")),
            store.add_annotation(new_annotation(article, first, first + 16, note="first in the text #who")),
        ]


async def test_notes_pane_lists_in_document_order_and_jumps_edits_deletes_and_undoes(seed, tmp_path):
    article, _ = seed
    db = tmp_path / "notes.json"
    seed_two_notes(article, db)
    app = make_app(seed, db)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(pilot)
        await pilot.press("m")
        pane = app.query_one(NotesPane)
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        assert "first in the text" in prompts[0] and "second in the text" in prompts[1]

        await pilot.press("j", "enter")
        second = pane.annotations[1]
        assert isinstance(app.focused, ArticleView)
        assert app.view.is_line_visible(app.view.line_of_offset(second.start))

        await pilot.press("m")  # back to the pane, cursor kept
        assert pane.has_focus and pane.current_annotation.id == second.id
        entity_marks = app.view.show_mentions
        await pilot.press("e")  # edits here (it toggles entity marks elsewhere)
        assert isinstance(app.screen, NoteEditor)
        assert app.view.show_mentions == entity_marks
        await type_text(pilot, ", checked")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert {note.note for note in stored(db)} == {"first in the text #who", "second in the text, checked"}

        await pilot.press("d")
        assert [note.note for note in stored(db)] == ["first in the text #who"]
        assert len(pane.annotations) == 1
        await pilot.press("u")
        restored = {note.id: note for note in stored(db)}
        assert restored[second.id].note == "second in the text, checked"
        assert restored[second.id].created == second.created
        assert len(pane.annotations) == 2

        await pilot.press("escape")
        assert not pane.display and isinstance(app.focused, ArticleView)


async def test_a_in_the_parties_and_statements_lists_annotates_what_is_under_the_cursor(seed, tmp_path):
    article, analysis = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        parties = app.query_one(PartyList)
        parties.focus()
        price = next(party for party in analysis.parties if party.name == "Sigrid Halvorsen")
        parties.highlighted = parties.get_option_index(price.id)
        await pilot.press("a")
        assert "Sigrid Halvorsen" in str(app.screen.query_one("#note-heading").render())
        await type_text(pilot, "Spokesman")
        await pilot.press("ctrl+s")
        await pilot.pause()

        statements = app.query_one(StatementList)
        statements.focus()
        statements.highlighted = statements.get_option_index(statement_option_id(2))
        await pilot.press("a")
        await type_text(pilot, "Key denial")
        await pilot.press("ctrl+s")
        await pilot.pause()

    by_note = {note.note: note for note in stored(db)}
    party_note = by_note["Spokesman"]
    assert (party_note.target, party_note.party_id) == ("party", price.id)
    assert party_note.anchor.exact in (price.name, *price.aliases)
    statement = analysis.statements[2]
    statement_note = by_note["Key denial"]
    assert statement_note.target == "statement"
    assert (statement_note.start, statement_note.end) == (statement.start, statement.end)


async def test_a_corrupt_notes_file_is_left_untouched_and_a_new_one_can_be_started(seed, tmp_path):
    db = tmp_path / "notes.json"
    broken = b'{"notes": {"1": {"note": "half written'
    db.write_bytes(broken)
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, StoreOfferScreen)
        assert str(db) in str(app.screen.query_one("#store-offer-path").render())
        assert db.read_bytes() == broken
        await pilot.press("up", "enter")  # "Read without notes" has the focus; up is "Start a new notes file"
        await pilot.pause()
        assert not isinstance(app.screen, StoreOfferScreen)
        await pilot.press("n", "h")
        await pilot.pause()
    backups = list(tmp_path.glob("notes.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == broken
    assert len(stored(db)) == 1


async def test_quitting_at_the_corrupt_file_offer_changes_nothing(seed, tmp_path):
    db = tmp_path / "notes.json"
    broken = b"not json at all"
    db.write_bytes(broken)
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, StoreOfferScreen)
        await pilot.press("q")
        await pilot.pause()
    assert db.read_bytes() == broken
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("notes.json")) == [
        "notes.json",
        *(["notes.json.lock"] if (tmp_path / "notes.json.lock").exists() else []),
    ]
    assert any(str(db) in line and "untouched" in line for line in app.load_errors)


async def test_v_starts_at_the_statement_jumped_to_or_else_at_the_first_sentence_in_view(seed, tmp_path):
    article, analysis = seed
    app = make_app(seed, tmp_path / "notes.json")
    async with app.run_test(size=(120, 20)) as pilot:
        await ready(pilot)
        await pilot.press("n", "n", "n", "v")
        statement = analysis.statements[2]
        selection = app.state.selection
        assert selection.start <= statement.start < selection.end
        await pilot.press("escape", "G", "v")  # scrolled away from it: the selection starts in view
        view = app.view
        assert view.is_line_visible(view.line_of_offset(app.state.selection.start))
        assert app.state.selection.start >= view.top_offset()


# Another process holding the store's lock (kept in a variable: a collected FileLock lets go).
HOLD_LOCK = (
    "import sys, time\nfrom filelock import FileLock\nlock = FileLock(sys.argv[1])\nlock.acquire()\n"
    "print('held', flush=True)\ntime.sleep(60)\n"
)


async def test_a_note_that_cannot_be_saved_stays_in_the_editor_until_it_can(seed, tmp_path):
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.notes.notes_store._lock_timeout = 0.3  # fail fast while another process holds the lock
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, f"{db}.lock"], stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout.readline().strip() == "held"
            await pilot.press("n", "a", *"Worth keeping", "ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, NoteEditor)  # reopened with what was written
            assert app.screen.query_one(TextArea).text == "Worth keeping"
            assert stored(db) == []
        finally:
            holder.kill()
            holder.wait(10)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert [note.note for note in stored(db)] == ["Worth keeping"]


async def test_a_note_whose_words_are_gone_is_listed_as_orphaned_not_dropped(seed, tmp_path):
    article, _ = seed
    db = tmp_path / "notes.json"
    words = "broke up without agreement on Tuesday"
    start = article.text.index(words)
    with Store(db) as store:
        store.add_annotation(new_annotation(article, start, start + len(words), note="the key dodge"))
    rewritten = Article.from_text(
        article.text.replace(words, "ended early"), article.source, title=article.title
    )
    app = make_app(seed, db, article=rewritten)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("m")
        pane = app.query_one(NotesPane)
        (listed,) = pane.annotations
        assert listed.orphaned
        prompt = str(pane.get_option_at_index(0).prompt)
        assert "not found in the current text" in prompt and "the key dodge" in prompt
        view = app.view
        lines = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
        assert any("ended early" in line for line in lines)
        assert not any(line.startswith("▌") for line in lines)  # nothing drawn where the words are not
        await pilot.press("enter")
        assert pane.has_focus  # nowhere to jump to; the pane says why
    assert [note.note for note in stored(db)] == ["the key dodge"]


async def test_escape_while_editing_a_saved_note_offers_to_drop_the_changes_not_the_note(seed, tmp_path):
    article, _ = seed
    db = tmp_path / "notes.json"
    seed_two_notes(article, db)
    app = make_app(seed, db)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(pilot)
        await pilot.press("m", "e")
        await type_text(pilot, " draft")
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        question = str(app.screen.query_one("#confirm-question").render())
        assert "changes" in question and "Discard this note" not in question
        await pilot.press("y")
        assert not isinstance(app.screen, (NoteEditor, ConfirmScreen))
    assert {note.note for note in stored(db)} == {"first in the text #who", "second in the text"}


async def test_a_corrupt_analysis_cache_found_after_start_up_is_reported(seed, tmp_path):
    article, analysis = seed
    db = tmp_path / "notes.json"
    cache = cache_path_for(db)
    cache.write_text('{"analyses": {"1": {"broken', "utf-8")
    app = BriefingApp(
        [article],
        db_path=db,
        analyzer=GoldAnalyzer({article.id: analysis}),
        analyzer_version=FAKE_VERSION,
    )
    app.animation_level = "none"
    messages: list[str] = []
    shown = app.notify
    app.notify = lambda message, **options: (messages.append(message), shown(message, **options))[1]
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        aside = [path for path in tmp_path.iterdir() if path.name.startswith(f"{cache.name}.corrupt-")]
        assert aside, "the unreadable cache was not set aside"
        assert any("analysis cache" in message and aside[0].name in message for message in messages)


async def test_a_highlight_on_the_current_statement_shows_at_once(seed, tmp_path):
    article, analysis = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n", "h")
        await pilot.pause()
        assert app.state.current_statement == 0  # still current: its own marking must not cover the note
        first = analysis.statements[0]
        assert drawn_with(app.view, first.start, highlight_style(app.view, 1)).startswith("Norway of")


async def test_the_editor_keys_hint_is_in_view_on_an_80_by_24_terminal(seed, tmp_path):
    app = make_app(seed, tmp_path / "notes.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("n", "v", "j", "j", "a")  # a long selection: its quote takes three lines
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one("#note-quote").size.height == 3
        hint = app.screen.query_one("#note-hint")
        widget, _ = app.screen.get_widget_at(hint.region.x, hint.region.y)
        assert widget is hint, "how to save (ctrl+s) is cut off below the dialog"
        assert app.screen.query_one("#note-text").size.height >= 3  # still room to write
