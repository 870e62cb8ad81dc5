"""A saved briefing reopens in a real terminal (tmux) from the library after its files are gone,
and the reader keeps what it opened."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import Library

REPO = Path(__file__).resolve().parents[1]
SINES = sorted((REPO / "sample_articles").glob("1[0-3]-sines-port-*.html"))


def _run_in_tmux(command: str, db: Path, wait_for: str) -> str:
    """Run ``briefing`` under tmux until ``wait_for`` is on screen, press q, wait for it to end."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (the CI script installs it)")
    session = f"briefing-morning-{os.getpid()}"
    env = f"BRIEFING_DB={db} TEXTUAL_ANIMATIONS=none PYTHONPATH={REPO}"
    full = f"env -u NO_COLOR -u COLUMNS -u LINES {env} {sys.executable} -m briefing {command}"
    subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True)
    subprocess.run(
        ["tmux", "-L", session, "new-session", "-d", "-s", session, "-x", "150", "-y", "45", full], check=True
    )
    try:

        def screen() -> str:
            done = subprocess.run(
                ["tmux", "-L", session, "capture-pane", "-p", "-t", session], capture_output=True, text=True
            )
            return done.stdout

        deadline = time.monotonic() + 60
        while wait_for not in screen() and time.monotonic() < deadline:
            time.sleep(0.2)
        shown = screen()
        assert wait_for in shown, shown
        subprocess.run(["tmux", "-L", session, "send-keys", "-t", session, "q"], check=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            alive = subprocess.run(["tmux", "-L", session, "has-session", "-t", session], capture_output=True)
            if alive.returncode != 0:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the reader did not quit on q")
        return shown
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True)


@pytest.mark.slow
def test_open_reads_a_saved_briefing_whose_files_are_gone(tmp_path: Path, capsys) -> None:
    db = tmp_path / "notes.json"
    copies = []
    for source in SINES[1:3]:
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes())
        copies.append(str(copy))
    assert main(["--db", str(db), "save", "sines", *copies]) == 0
    for copy in copies:
        Path(copy).unlink()
    shown = _run_in_tmux("open sines", db, "denies threatening Portugal")
    assert "1/2" in shown  # both articles of the briefing, read from the library


@pytest.mark.slow
def test_the_reader_keeps_the_article_it_opened(tmp_path: Path) -> None:
    db = tmp_path / "notes.json"
    copy = tmp_path / SINES[0].name
    copy.write_bytes(SINES[0].read_bytes())
    _run_in_tmux(str(copy), db, "Opposition says Washington")
    with Library(db) as library:
        kept = library.articles()
    assert [(k.article.title, k.article.site) for k in kept] == [
        ("Opposition says Washington threatened Portugal over Sines port concession", "The Lisbon Observer")
    ]
