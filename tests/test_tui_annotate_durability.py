"""Notes written in the app survive a ``kill -9`` and a second instance on the same file.

The other app runs in a child process (a real, separate writer), driven by Pilot
headless; it prints a line after each note it saved so the test knows when to act.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from textual import events
from tui_support import MACKEREL, SIZE, GoldAnalyzer, ready, sample_article

from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.notes_pane import NotesPane

TESTS = Path(__file__).resolve().parent

# A child app that highlights statement after statement with n, h until killed (or ``count`` are saved).
CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from tui_support import GoldAnalyzer, MACKEREL, ready, sample_article
    from briefing.tui.app import BriefingApp

    async def main(db, count):
        article, analysis = sample_article(MACKEREL)
        app = BriefingApp([article], db_path=Path(db), analyzer=GoldAnalyzer({article.id: analysis}))
        app.animation_level = "none"
        async with app.run_test(size=(140, 40)) as pilot:
            await ready(pilot)
            for number in range(count):
                await pilot.press("n", "h")
                print(f"saved {number + 1}", flush=True)

    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
    """
)


@pytest.fixture(scope="module")
def seed():
    return sample_article(MACKEREL)


def margin_line(app: BriefingApp, offset: int) -> bool:
    return app.view.line_of_offset(offset) in app.view._margin_lines


def start_child(db: Path, count: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for_line(child: subprocess.Popen, wanted: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if line.strip() == wanted:
            return
        if not line and child.poll() is not None:
            raise AssertionError(f"the child app ended early: {child.stderr.read()}")
    raise AssertionError(f"no {wanted!r} from the child app within {timeout} s")


def test_notes_saved_in_the_app_survive_kill_9_in_the_middle_of_saving(seed, tmp_path):
    db = tmp_path / "notes.json"
    child = start_child(db, count=40)
    try:
        wait_for_line(child, "saved 3")
        time.sleep(0.05)  # somewhere in the middle of the next saves
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    with Store(db) as store:  # the file parses: no half-written notes file
        notes = store.all_annotations()
    assert len(notes) >= 3
    article, analysis = seed
    starts = {statement.start for statement in analysis.statements}
    assert all(note.start in starts and note.target == "statement" for note in notes)


async def test_a_second_instance_writing_meanwhile_loses_nothing(seed, tmp_path):
    article, analysis = seed
    db = tmp_path / "notes.json"
    app = BriefingApp([article], db_path=db, analyzer=GoldAnalyzer({article.id: analysis}))
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        child = start_child(db, count=2)  # the other window saves two highlights meanwhile
        try:
            wait_for_line(child, "saved 2")
            child.wait(30)
        finally:
            if child.poll() is None:
                child.kill()
        app.post_message(events.AppFocus())  # back to this window: the other's notes are drawn
        await pilot.pause()
        assert len(app.notes.article_notes) == 2
        assert all(margin_line(app, note.start) for note in app.notes.article_notes)
        await pilot.press("G", "N", "a", *"mine", "ctrl+s")  # the last statement, a note of our own
        await pilot.pause()
        await pilot.press("m")
        listed = app.query_one(NotesPane).annotations
        assert len(listed) == 3 and "mine" in {note.note for note in listed}
    with Store(db) as store:
        assert len(store.all_annotations()) == 3
