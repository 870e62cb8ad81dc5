"""y in a real terminal (tmux): the OSC 52 bytes the reader writes, and the citation on standard output."""

from __future__ import annotations

import base64
import re
import sys
import time
from pathlib import Path

import pytest
from terminal_support import Terminal, needs_tmux, wait_until_gone
from tui_support import MACKEREL, SAMPLES

from briefing.ingest import load_sources

REPO = Path(__file__).resolve().parents[1]
OSC52 = re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)")


@pytest.mark.slow
def test_y_writes_the_selection_as_osc52_and_prints_it_on_exit_when_asked(tmp_path):
    needs_tmux()
    sample = next(SAMPLES.glob(f"{MACKEREL}.*"))
    (article,) = load_sources([str(sample)]).articles
    wire = tmp_path / "wire.bin"
    env = f"BRIEFING_DB={tmp_path / 'notes.json'} BRIEFING_CITE_TO=- PYTHONPATH={REPO}"
    launch = f"echo $$ > {tmp_path / 'pid'}; exec {sys.executable} -m briefing {sample}"
    terminal = Terminal("cite")
    try:
        terminal.start("env PS1='READY$ ' sh")
        terminal.wait_for("READY$")
        terminal.tmux("pipe-pane", "-o", "-t", terminal.session, f"cat >> {wire}")  # every byte written
        terminal.keys(f"clear; env -u COLUMNS -u LINES {env} sh -c '{launch}'", "Enter")
        terminal.wait_for("Mackerel talks")
        terminal.keys("v")
        terminal.wait_for("Selected")
        terminal.keys("y")
        deadline = time.monotonic() + 30
        while not OSC52.search(wire.read_bytes()) and time.monotonic() < deadline:
            time.sleep(0.1)
        terminal.keys("q")
        wait_until_gone(int((tmp_path / "pid").read_text()))
        terminal.wait_until(lambda lines: lines[-1] == "READY$", "the shell's prompt")
        screen = terminal.screen()
    finally:
        terminal.close()
    (payload,) = OSC52.findall(wire.read_bytes())
    cited = base64.b64decode(payload).decode("utf-8")
    assert cited.startswith("“" + " ".join(article.text[:40].split()))  # v starts at the first sentence
    for part in (article.date, str(sample), "paragraph 1"):
        assert part in cited
    # The same line reached standard output after the reader quit (the screen wraps it at 100).
    assert cited[:60] in "".join(screen.splitlines())
