"""Pilot tests of the export dialog (x): default path, choices and counts, writing, overwriting on a yes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import platformdirs
import pytest
from markdown_it import MarkdownIt
from textual.widgets import Checkbox, Input
from tui_support import MACKEREL, SEABED, SIZE, GoldAnalyzer, ready, sample_article

from briefing.anchoring import new_annotation
from briefing.export import slugify
from briefing.ingest import load_file
from briefing.model import Analysis, Article, Party, Statement
from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.confirm import ConfirmScreen
from briefing.tui.export_dialog import ExportDialog


@pytest.fixture(scope="module")
def pairs():
    return [sample_article(MACKEREL), sample_article(SEABED)]


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Documents"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(folder))
    return folder


def make_app(pairs, db: Path) -> BriefingApp:
    app = BriefingApp(
        [article for article, _ in pairs],
        db_path=db,
        analyzer=GoldAnalyzer({article.id: analysis for article, analysis in pairs}),
    )
    app.animation_level = "none"
    return app


def add_note(article: Article, db: Path, words: str, note: str) -> None:
    start = article.text.index(words)
    with Store(db) as store:
        store.add_annotation(new_annotation(article, start, start + len(words), note=note))


async def test_x_fills_in_a_dated_path_under_documents_and_enter_writes_the_notes(pairs, tmp_path, documents):
    (article, _), (other, _) = pairs
    db = tmp_path / "notes.json"
    add_note(article, db, "Sigrid Halvorsen", "Who speaks # for whom <b>")
    add_note(other, db, "Dana Whitcombe", "elsewhere")
    app = make_app(pairs, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("x")
        assert isinstance(app.screen, ExportDialog)
        path_field = app.screen.query_one("#export-path", Input)
        expected = documents / "briefing-notes" / f"{date.today().isoformat()}-{slugify(article.title)}.md"
        assert Path(path_field.value) == expected
        assert (
            app.screen.query_one("#export-all", Checkbox).value is False
        )  # the other article only when asked
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
    written = expected.read_text("utf-8")
    assert "Who speaks \\# for whom \\<b\\>" in written
    assert "elsewhere" not in written
    html = MarkdownIt("commonmark").render(written)
    assert "<b>" not in html


async def test_the_other_open_articles_are_exported_when_ticked(pairs, tmp_path, documents):
    (article, _), (other, _) = pairs
    db = tmp_path / "notes.json"
    add_note(article, db, "Sigrid Halvorsen", "first article")
    add_note(other, db, "Dana Whitcombe", "second article")
    target = tmp_path / "both.md"
    app = make_app(pairs, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("x")
        app.screen.query_one("#export-all", Checkbox).toggle()
        await pilot.pause()
        path_field = app.screen.query_one("#export-path", Input)
        assert "-and-1-more.md" in path_field.value
        path_field.value = str(target)
        path_field.focus()
        await pilot.press("enter")
        await pilot.pause()
    written = target.read_text("utf-8")
    assert "first article" in written and "second article" in written


async def test_an_existing_file_is_only_overwritten_after_a_yes(pairs, tmp_path, documents):
    (article, _), _ = pairs
    db = tmp_path / "notes.json"
    add_note(article, db, "Sigrid Halvorsen", "the new notes")
    target = tmp_path / "out.md"
    target.write_text("the analyst's earlier file\n", "utf-8")
    app = make_app(pairs, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("x")
        path_field = app.screen.query_one("#export-path", Input)
        path_field.value = str(target)
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmScreen)
        assert str(target) in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        assert isinstance(app.screen, ExportDialog)
        assert "left as it was" in str(app.screen.query_one("#export-problem").render())
        assert target.read_text("utf-8") == "the analyst's earlier file\n"

        await pilot.press("enter", "y")
        await pilot.pause()
        assert not isinstance(app.screen, (ExportDialog, ConfirmScreen))
    assert "the new notes" in target.read_text("utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.md")] == []  # no temporary left


async def test_a_path_that_cannot_be_written_is_reported_in_the_dialog(pairs, tmp_path, documents):
    (article, _), _ = pairs
    db = tmp_path / "notes.json"
    add_note(article, db, "Sigrid Halvorsen", "notes")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    app = make_app(pairs, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("x")
        app.screen.query_one("#export-path", Input).value = str(blocker / "notes.md")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        problem = str(app.screen.query_one("#export-problem").render())
        assert str(blocker / "notes.md") in problem and "cannot write" in problem
        await pilot.press("escape")
        assert not isinstance(app.screen, ExportDialog)


async def test_a_long_default_path_shows_its_file_name_end(pairs, tmp_path, monkeypatch):
    (article, _), _ = pairs
    deep = tmp_path / ("a-rather-long-folder-name-" * 4) / "Documents"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(deep))
    db = tmp_path / "notes.json"
    add_note(article, db, "Sigrid Halvorsen", "notes")
    app = make_app(pairs, db)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("x")
        await pilot.pause()
        path_field = app.screen.query_one("#export-path", Input)
        assert len(path_field.value) > path_field.content_size.width  # the path does not fit
        shown = "".join(segment.text for segment in path_field.render_line(0))
        assert ".md" in shown  # the end of the path, where the file name is, is in view


# --- on the bundled samples (run everywhere) -----------------------------------------------------

MACKEREL_DENIAL = "There is no side deal, there has never been a side deal"


@pytest.fixture
def samples_open(samples: Path, tmp_path: Path) -> tuple[BriefingApp, list[Article], Path]:
    """Three samples open, notes on all three (1, 2 and 1), a hand-made analysis of the first."""
    articles = [
        load_file(samples / name)
        for name in (
            "01-wire-mackerel-talks.txt",
            "02-press-briefing-seabed-mining.txt",
            "04-profile-danube-negotiation.txt",
        )
    ]
    db = tmp_path / "notes.json"
    add_note(articles[0], db, "There is no side deal", "Flat denial.")
    add_note(articles[1], db, "no talks", "Narrow.")
    add_note(articles[1], db, "international waters", "Which waters?")
    add_note(articles[2], db, "close one chamber at a time", "The deal in one line.")
    mackerel = articles[0]
    start = mackerel.text.index(MACKEREL_DENIAL)
    analysis = Analysis(
        mackerel.id,
        "test",
        parties=(Party("p1", "Sigrid Halvorsen", "PERSON"),),
        statements=(
            Statement(
                start,
                start + len(MACKEREL_DENIAL),
                MACKEREL_DENIAL,
                "direct",
                "denial",
                "Sigrid Halvorsen",
                "p1",
                cue="said",
            ),
        ),
    )
    app = BriefingApp(articles, db_path=db, analyzer=GoldAnalyzer({mackerel.id: analysis}))
    app.animation_level = "none"
    return app, articles, db


def shown(widget) -> str:
    """The widget's first line as the terminal gets it: characters only, no colour."""
    return "".join(segment.text for segment in widget.render_line(0)).strip()


async def until(pilot, found, tries: int = 50):
    """What ``found()`` returns once it is truthy, waiting a frame at a time (at most ``tries``)."""
    for _ in range(tries):
        result = found()
        if result:
            return result
        await pilot.pause()
    return found()


async def open_dialog(pilot) -> ExportDialog:
    await ready(pilot)
    await pilot.press("x")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportDialog)
    return pilot.app.screen


async def test_the_choices_read_as_text_and_the_keys_toggle_them(samples_open, documents):
    app, _, _ = samples_open
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        others = dialog.query_one("#export-all")
        appendix = dialog.query_one("#export-appendix")
        assert shown(others) == "[ ] Also the 2 other open articles with notes (3 notes)"
        assert shown(appendix) == "[x] Appendix: the analyser's who said what"  # one article: on
        await pilot.press("shift+tab", "shift+tab")  # from the path field, up to the first box
        assert app.focused is others
        await pilot.press("space")
        await pilot.pause()
        assert shown(others) == "[x] Also the 2 other open articles with notes (3 notes)"
        assert shown(appendix) == "[ ] Appendix: the analyser's who said what"  # several: off


async def test_the_counts_follow_the_choices(samples_open, documents):
    app, _, _ = samples_open
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        summary = dialog.query_one("#export-summary")
        assert shown(summary) == "Will write 1 article and 1 note, with the appendix."
        await pilot.press("shift+tab", "shift+tab", "space")
        await pilot.pause()
        assert shown(summary) == "Will write 3 articles and 4 notes, without the appendix."
        await pilot.press("tab", "space")  # the analyst asks for the appendix of the briefing
        await pilot.pause()
        assert shown(summary) == "Will write 3 articles and 4 notes, with the appendix."
        await pilot.press("shift+tab", "space")  # back to one article: the analyst's choice stays
        await pilot.pause()
        assert shown(summary) == "Will write 1 article and 1 note, with the appendix."
        await pilot.press("tab", "space")
        await pilot.pause()
        assert shown(summary) == "Will write 1 article and 1 note, without the appendix."


async def test_the_appendix_switch_decides_what_is_written(samples_open, tmp_path, documents):
    app, articles, _ = samples_open
    briefing, alone = tmp_path / "briefing.md", tmp_path / "alone.md"
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog(pilot)
        await pilot.press("shift+tab", "shift+tab", "space")  # all three articles: no appendix
        dialog.query_one("#export-path", Input).value = str(briefing)
        dialog.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        dialog = await open_dialog(pilot)
        await pilot.press("shift+tab", "space")  # one article, appendix switched off
        dialog.query_one("#export-path", Input).value = str(alone)
        dialog.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
    written = briefing.read_text("utf-8")
    assert "Narrow." in written and "The deal in one line." in written and "Flat denial." in written
    assert "## Appendix" not in written
    assert "> — Sigrid Halvorsen, ✗ denial · 2026-03-03 · " in written  # the analysis still names the speaker
    one = alone.read_text("utf-8")
    assert "Flat denial." in one and "Narrow." not in one and "## Appendix" not in one


async def test_the_default_folder_is_made_and_a_notification_says_where_the_file_went(
    samples_open, documents
):
    app, articles, _ = samples_open
    assert not documents.exists()
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # run_test hides them unless asked
        await open_dialog(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
        [written] = (documents / "briefing-notes").iterdir()
        toasts = await until(pilot, lambda: [str(toast.render()) for toast in app.screen.query("Toast")])
        folder = documents / "briefing-notes"
        assert toasts == [f"Exported\nWrote {written} (1 article, 1 note; created the folder {folder})"]
    markdown = written.read_text("utf-8")
    assert markdown.index("## Notes") < markdown.index("## Appendix: who said what")
