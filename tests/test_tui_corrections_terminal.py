"""In a real terminal (tmux): correct a stance and a speaker, quit, reopen, and find both.

The bundled mackerel sample, its fixed analysis (tests/sample_gold) put in the
notes file's cache under the real analyser's version, so the reader shows it
without loading spaCy; the notes file is in tmp_path and checked after quitting.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from tui_support import MACKEREL, sample_article

from briefing.service import analyzer_version
from briefing.store import Store

REPO = Path(__file__).resolve().parents[1]
_SGR = re.compile(r"\x1b\[[0-9;:?]*[A-Za-z]")


@pytest.fixture
def terminal(tmp_path):
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (the CI script installs it)")
    socket = f"briefing-corrections-{os.getpid()}"
    yield socket
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)


def start_reader(socket: str, session: str, source: str, db: Path) -> None:
    env = f"BRIEFING_DB={db} TEXTUAL_ANIMATIONS=none"
    # COLUMNS and LINES from the test process would override the tmux window size in Textual.
    command = f"env -u COLUMNS -u LINES {env} {sys.executable} -m briefing {source}"
    subprocess.run(
        ["tmux", "-L", socket, "new-session", "-d", "-s", session, "-x", "200", "-y", "45", command],
        check=True,
        cwd=REPO,
    )


def screen(socket: str, session: str) -> str:
    captured = subprocess.run(
        ["tmux", "-L", socket, "capture-pane", "-e", "-p", "-t", session], capture_output=True, text=True
    ).stdout
    return _SGR.sub("", captured)


def wait_for(socket: str, session: str, condition, what: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while True:
        shown = screen(socket, session)
        if condition(shown):
            return shown
        if time.monotonic() > deadline:
            raise AssertionError(f"after {timeout} s still waiting for {what}:\n{shown}")
        time.sleep(0.1)


def keys(socket: str, session: str, *pressed: str, literal: bool = False) -> None:
    flags = ["-l"] if literal else []
    subprocess.run(["tmux", "-L", socket, "send-keys", "-t", session, *flags, *pressed], check=True)


def session_ended(socket: str, session: str) -> bool:
    done = subprocess.run(["tmux", "-L", socket, "has-session", "-t", session], capture_output=True)
    return done.returncode != 0


@pytest.mark.slow
def test_a_stance_and_a_speaker_corrected_are_there_after_reopening(terminal, tmp_path):
    article, fixed = sample_article(MACKEREL)
    db = tmp_path / "notes.json"
    with Store(db) as store:
        store.save_analysis(replace(fixed, analyzer_version=analyzer_version()))
    first = min(fixed.statements, key=lambda s: s.start)
    assert (first.speaker, first.stance) == ("Iceland", "claim")

    start_reader(terminal, "first", article.source, db)
    wait_for(terminal, "first", lambda s: "statements from" in s, "the analysis")
    keys(terminal, "first", "n")
    wait_for(terminal, "first", lambda s: "● Claims · Iceland" in s, "the first statement")
    keys(terminal, "first", "c")
    wait_for(terminal, "first", lambda s: "Correct a statement by Iceland" in s, "the correction panel")
    keys(terminal, "first", "2", "s")  # a denial; then the speaker field
    keys(terminal, "first", "C-u")  # clear what the field holds
    wait_for(terminal, "first", lambda s: "nobody named" in s, "the speaker field cleared")
    keys(terminal, "first", "Sigrid", literal=True)
    wait_for(terminal, "first", lambda s: "parties: Sigrid Halvorsen" in s, "the type-ahead")
    keys(terminal, "first", "Enter")
    # Enter completes the name; ctrl+s saves what the field holds, so it waits for the completed name.
    wait_for(terminal, "first", lambda s: "a party of the article" in s, "the name completed")
    keys(terminal, "first", "C-s")
    saved = wait_for(terminal, "first", lambda s: "✗ Denials · Sigrid Halvorsen" in s, "the corrected status")
    assert "✎ analyser said: indirect claim by Iceland" in saved
    keys(terminal, "first", "q")
    deadline = time.monotonic() + 20
    while not session_ended(terminal, "first"):
        assert time.monotonic() < deadline, "the reader did not quit"
        time.sleep(0.1)

    with Store(db) as store:
        (correction,) = store.all_corrections()
    assert (correction.stance, correction.speaker) == ("denial", "Sigrid Halvorsen")
    assert correction.anchor.exact == first.text

    start_reader(terminal, "again", article.source, db)
    wait_for(terminal, "again", lambda s: "statements from" in s, "the analysis on reopening")
    keys(terminal, "again", "n")
    reopened = wait_for(terminal, "again", lambda s: "✗ Denials · Sigrid Halvorsen" in s, "the correction")
    assert "✎ analyser said: indirect claim by Iceland" in reopened
    keys(terminal, "again", "q")
