"""A note being written is not lost on quit or on SIGTERM/SIGHUP (issue 15, item 3).

Pilot for the question on quit; tmux for the signals: a real terminal, the real
app in its own process, a real notes folder in the test's temporary folder.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from terminal_support import Terminal, needs_tmux, wait_until_gone
from tui_support import MACKEREL, SAMPLES, SEABED, GoldAnalyzer, ready, sample_article, until

from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.confirm import ConfirmScreen
from briefing.tui.draft_recovery import (
    DraftRecord,
    read_draft,
    recovery_path,
    write_draft,
)
from briefing.tui.note_editor import NoteDraft, NoteEditor
from briefing.tui.recovery_dialog import RecoveryOfferScreen

REPO = Path(__file__).resolve().parents[1]
DRAFT = "my unsaved thought"


@pytest.fixture(scope="module")
def mackerel():
    return sample_article(MACKEREL)


def make_app(pair, db_path) -> BriefingApp:
    article, analysis = pair
    app = BriefingApp([article], db_path, analyzer=GoldAnalyzer({article.id: analysis}))
    app.animation_level = "none"
    return app


async def test_ctrl_q_with_an_unsaved_note_asks_first_and_keeps_writing_by_default(mackerel, tmp_path):
    app = make_app(mackerel, tmp_path / "notes.json")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("v", "a", *"draft")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question before quitting")
        await pilot.press("enter")  # the default keeps writing
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor again")
        assert app.is_running and app.screen.draft().note == "draft"
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question before quitting")
        await pilot.press("y")
        await until(pilot, lambda: not app.is_running, "the app to quit")


async def test_q_in_the_editor_is_a_letter_and_outside_it_quits_at_once(mackerel, tmp_path):
    app = make_app(mackerel, tmp_path / "notes.json")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("v", "a", "q")
        assert isinstance(app.screen, NoteEditor) and app.screen.draft().note == "q"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "the note to be saved")
        await pilot.press("q")  # nothing unsaved: no question
        await until(pilot, lambda: not app.is_running, "the app to quit")


# --- signals, in a real terminal ----------------------------------------------------------------------


def reader_command(tmp_path: Path) -> str:
    """The reader on a sample, started by a shell that writes its pid first (exec keeps the pid)."""
    sample = next(SAMPLES.glob(f"{MACKEREL}.*"))
    env = f"BRIEFING_DB={tmp_path / 'notes.json'} TEXTUAL_ANIMATIONS=none PYTHONPATH={REPO}"
    launch = f"echo $$ > {tmp_path / 'pid'}; exec {sys.executable} -m briefing {sample}"
    return f"env -u COLUMNS -u LINES {env} sh -c '{launch}'"


def write_a_draft(terminal: Terminal, tmp_path: Path) -> int:
    terminal.wait_for("Mackerel talks")
    terminal.keys("v")
    terminal.wait_for("Selected")
    terminal.keys("a")
    terminal.wait_for("Note on the selection")
    terminal.keys(DRAFT, literal=True)
    terminal.wait_for(DRAFT)
    return int((tmp_path / "pid").read_text())


def assert_draft_kept(tmp_path: Path) -> None:
    kept = json.loads(recovery_path(tmp_path / "notes.json").read_text("utf-8"))
    assert kept["note"] == DRAFT
    assert kept["source"].endswith(f"{MACKEREL}.txt") and kept["end"] > kept["start"]


@pytest.mark.slow
def test_sigterm_keeps_the_draft_restores_the_terminal_and_the_next_start_offers_it(tmp_path):
    needs_tmux()
    terminal = Terminal("term")
    try:
        terminal.start("env PS1='READY$ ' sh")
        terminal.wait_for("READY$")
        terminal.keys(reader_command(tmp_path), "Enter")
        pid = write_a_draft(terminal, tmp_path)
        assert terminal.flag("alternate_on") == "1"
        os.kill(pid, 15)
        wait_until_gone(pid)
        terminal.wait_for("unsaved note was kept")
        # The shell has its screen back: its prompt, no alternate screen, no mouse reporting left on.
        terminal.wait_until(lambda lines: lines[-1] == "READY$", "the shell's prompt")
        assert (terminal.flag("alternate_on"), terminal.flag("mouse_any_flag")) == ("0", "0")
        assert_draft_kept(tmp_path)

        # The next start offers it; the file stays until the user chose.
        terminal.keys("clear; " + reader_command(tmp_path), "Enter")
        terminal.wait_for("A note was being written")
        assert recovery_path(tmp_path / "notes.json").exists()
        terminal.keys("Enter")  # restore, the default
        terminal.wait_for(DRAFT)
        terminal.wait_for("Note on the selection")
        assert not recovery_path(tmp_path / "notes.json").exists()
        terminal.keys(" kept", literal=True)
        terminal.wait_for(DRAFT + " kept")
        terminal.keys("C-s")
        terminal.wait_for("Note saved")
        terminal.keys("q")
        wait_until_gone(int((tmp_path / "pid").read_text()))
        with Store(tmp_path / "notes.json") as store:
            (note,) = store.all_annotations()
        assert note.note == DRAFT + " kept"
    finally:
        terminal.close()


@pytest.mark.slow
def test_sighup_from_a_closed_terminal_keeps_the_draft_and_discard_removes_it(tmp_path):
    needs_tmux()
    terminal = Terminal("hup")
    try:
        terminal.start(reader_command(tmp_path))
        pid = write_a_draft(terminal, tmp_path)
        terminal.tmux("kill-session", "-t", terminal.session)  # tmux sends SIGHUP
        wait_until_gone(pid)
        assert_draft_kept(tmp_path)

        terminal.start(reader_command(tmp_path))
        terminal.wait_for("A note was being written")
        terminal.keys("Escape")  # later: the file stays
        terminal.wait_for("stays in")
        assert recovery_path(tmp_path / "notes.json").exists()
        terminal.keys("q")
        wait_until_gone(int((tmp_path / "pid").read_text()))
        terminal.start(reader_command(tmp_path))
        terminal.wait_for("A note was being written")
        terminal.keys("d")  # discard
        terminal.wait_for("discarded")
        assert not recovery_path(tmp_path / "notes.json").exists()
        terminal.keys("q")
    finally:
        terminal.close()
    with Store(tmp_path / "notes.json") as store:
        assert store.all_annotations() == []


async def test_the_offer_restores_the_draft_on_its_own_article_and_esc_keeps_the_file(mackerel, tmp_path):
    seabed = sample_article(SEABED)
    article, _ = mackerel
    db = tmp_path / "notes.json"
    kept = recovery_path(db)
    write_draft(kept, DraftRecord(article.id, article.source, 0, 20, "text", None, "Note", DRAFT, ("t",), 3))

    def two_articles() -> BriefingApp:
        pairs = [seabed, mackerel]
        app = BriefingApp(
            [a for a, _ in pairs], db, analyzer=GoldAnalyzer({a.id: analysis for a, analysis in pairs})
        )
        app.animation_level = "none"
        return app

    app = two_articles()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, RecoveryOfferScreen)
        await pilot.press("escape")  # later
        await until(pilot, lambda: not isinstance(app.screen, RecoveryOfferScreen), "the offer to close")
    assert read_draft(kept).note == DRAFT
    app = two_articles()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, RecoveryOfferScreen)
        await pilot.press("enter")  # restore, the default
        await until(pilot, lambda: isinstance(app.screen, NoteEditor), "the editor")
        assert app.article.id == article.id  # its own article, not the one first on screen
        assert app.screen.draft() == NoteDraft(DRAFT, ("t",), 3)
        assert not kept.exists()
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor), "the note to be saved")
    with Store(db) as store:
        (note,) = store.all_annotations()
    assert (note.article_id, note.note, note.colour) == (article.id, DRAFT, 3)
