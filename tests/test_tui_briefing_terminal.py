"""The briefing in a real terminal (tmux), with the real analyser: open a folder, move through the
article list, jump to a party's statement in another article; a source that could not be read is
announced in the app, listed with its error, and said on stderr after exit."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SINES = sorted((REPO / "sample_articles").glob("1[0-3]-sines-port-*.html"))
TITLES = (
    "Opposition says Washington threatened Portugal",
    "denies threatening Portugal",
)


class Terminal:
    """One reader in its own tmux server (``-L``), the pane kept after the reader exits."""

    def __init__(self, command: str, db: Path) -> None:
        if shutil.which("tmux") is None:
            pytest.skip("tmux is not installed (the CI script installs it)")
        self.socket = f"briefing-morning-tui-{os.getpid()}"
        env = f"BRIEFING_DB={db} TEXTUAL_ANIMATIONS=none PYTHONPATH={REPO}"
        full = f"env -u NO_COLOR -u COLUMNS -u LINES {env} {sys.executable} -m briefing {command}"
        self._tmux("new-session", "-d", "-s", "reader", "-x", "150", "-y", "45", "sh")
        self._tmux("set-option", "-t", "reader", "remain-on-exit", "on")
        self._tmux("respawn-pane", "-k", "-t", "reader", full)

    def _tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True)
        return done.stdout

    def screen(self, history: int = 0) -> str:
        return self._tmux("capture-pane", "-p", "-S", str(-history), "-t", "reader")

    def press(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", "reader", key)

    def wait_for(self, pattern: str, timeout: float = 90) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if re.search(pattern, shown):
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{pattern!r} never came on screen:\n{self.screen()}")

    def wait_until_status(self, text: str, timeout: float = 30) -> None:
        """Until the status line (the line above the footer) holds ``text``."""
        deadline = time.monotonic() + timeout
        while text not in self.screen().rstrip().splitlines()[-2]:
            if time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} in the status line:\n{self.screen()}")
            time.sleep(0.1)

    def dead(self) -> bool:
        return self._tmux("display-message", "-p", "-t", "reader", "#{pane_dead}").strip() == "1"

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.mark.slow
def test_a_folder_read_as_a_briefing_in_a_real_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "morning"
    folder.mkdir()
    for source in SINES:
        shutil.copy(source, folder / source.name)
    (folder / "20-empty.txt").write_text("", encoding="utf-8")
    terminal = Terminal(str(folder), tmp_path / "notes.json")
    try:
        # The toast may wrap: its first line holds the count and the key.
        shown = terminal.wait_for(r"1 source could not be read — press !")
        assert "see why" in shown
        # The article list: four articles, the first read; the empty file with its error.
        terminal.press("l")
        # The heading and the rows may come in two frames on a busy machine: wait for both.
        shown = terminal.wait_for(r"(?s)Articles: 4 open, 3 unread.*Could not be read \(1\)")
        assert "20-empty.txt" in shown
        terminal.press("j", "Enter")  # the second article
        terminal.wait_for(TITLES[1] + r".* — 2/4")  # in the title bar, the list gone
        # The parties across the articles, once all four are analysed.
        terminal.press("P")
        terminal.wait_for(r"Parties across 4 analysed articles")
        terminal.press("Enter")  # the party most quoted across the articles
        shown = terminal.wait_for(r"[─━] ?([^─━│]+?): \d+ statements")
        party = re.search(r"[─━] ?([^─━│]+?): \d+ statements", shown).group(1).strip()
        terminal.press("t")  # by article: the first article's statements first
        terminal.wait_for(r"group by article")
        terminal.press("Enter")  # the first statement: in the first article, not the second on screen
        terminal.wait_for(TITLES[0] + r".* — 1/4")
        # The statement is current: its speaker comes into the status line (in that frame or the next).
        terminal.wait_until_status(party)
        terminal.press("q")
        deadline = time.monotonic() + 30
        while not terminal.dead():
            assert time.monotonic() < deadline, "the reader did not quit on q"
            time.sleep(0.1)
        after = terminal.screen(history=100)  # the normal screen again, after the reader's
        assert re.search(r"briefing: .*20-empty\.txt: ", after), after
    finally:
        terminal.close()
