"""Pilot tests of the export dialog (x): default path, writing, and never overwriting without a yes."""

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
from briefing.model import Article
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
        assert app.screen.query_one(Checkbox).value is False  # the other article only when asked
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
        app.screen.query_one(Checkbox).toggle()
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
