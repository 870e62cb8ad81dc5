"""Speakers told apart in a real terminal (tmux, ``capture-pane -e``) at truecolor, 256 and 16 colours.

The app runs with the seabed sample's fixed analysis (11 speakers, 33 parties named), so no spaCy
is loaded; what is checked is what the terminal received.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_tui_real import _SGR, parse_screen
from tui_support import SEABED, sample_article

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
WIDTH, HEIGHT = 150, 45
PARTIES = slice(2, 27)  # inside the Parties pane's frame and padding (28 wide at 140 columns and more)
MARGIN = 30  # the article's marker cell: its frame is at 28, its note-mark cell at 29

LAUNCHER = """
import sys
sys.path.insert(0, {tests!r})
from tui_support import GoldAnalyzer, sample_article
from briefing.tui.app import BriefingApp
article, analysis = sample_article({name!r})
BriefingApp([article], analyzer=GoldAnalyzer({{article.id: analysis}}), use_store=False).run()
"""

DEPTHS = {
    "truecolor": "TERM=xterm-256color COLORTERM=truecolor",
    "256": "TERM=xterm-256color",
    "16": "TERM=screen",
    "xterm": "TERM=xterm",  # 16 colours too
}


def run_reader(tmp_path: Path, depth: str, name: str = SEABED) -> str:
    """The reader on a sample in tmux at a colour depth; the screen once the analysis is shown."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (the CI script installs it)")
    launcher = tmp_path / "launch.py"
    launcher.write_text(LAUNCHER.format(tests=str(TESTS), name=name), "utf-8")
    session = f"briefing-depth-{depth}-{os.getpid()}"
    command = (
        f"env -u NO_COLOR -u COLUMNS -u LINES -u COLORTERM {DEPTHS[depth]} TEXTUAL_ANIMATIONS=none "
        f"TEXTUAL_THEME=textual-dark PYTHONPATH={REPO} {sys.executable} {launcher}"
    )
    subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True)
    subprocess.run(
        [
            "tmux",
            "-L",
            session,
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            command,
        ],
        check=True,
        cwd=REPO,
    )
    try:

        def capture() -> str:
            return subprocess.run(
                ["tmux", "-L", session, "capture-pane", "-e", "-p", "-t", session],
                capture_output=True,
                text=True,
            ).stdout

        deadline = time.monotonic() + 60
        while " statements" not in _SGR.sub("", capture()) and time.monotonic() < deadline:
            time.sleep(0.2)
        screen = capture()
        assert " statements" in _SGR.sub("", screen), screen
        return screen
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True)


def speaker_rows(rows) -> list[tuple[str, tuple | None, str]]:
    """(swatch, its colour, name) for each party with statements in the Parties pane."""
    found = []
    for row in rows:
        cells = row[PARTIES]
        line = "".join(ch for ch, _ in cells)
        if line.strip() == "Also mentioned":
            break
        match = re.match(r"(\S) +([1-9]\d*) (.+)", line)
        if match:
            found.append((match.group(1), cells[0][1], match.group(3).strip()))
    return found


@pytest.mark.slow
@pytest.mark.parametrize("depth", ["truecolor", "256"])
def test_every_speaker_has_a_colour_of_their_own_when_the_terminal_has_enough(tmp_path, depth):
    _, analysis = sample_article(SEABED)
    rows = parse_screen(run_reader(tmp_path, depth))
    speakers = speaker_rows(rows)
    assert len(speakers) == len({s.party_id for s in analysis.statements if s.party_id}), speakers
    colours = [colour for _, colour, _ in speakers]
    assert None not in colours
    assert len(set(colours)) == len(colours), speakers  # eleven speakers, eleven colours
    assert all(len(colour) == (3 if depth == "truecolor" else 1) for colour in colours)
    assert {swatch for swatch, _, _ in speakers} == {"■"}  # colour suffices: no markers


@pytest.mark.slow
@pytest.mark.parametrize("depth", ["16", "xterm"])
def test_a_sixteen_colour_terminal_marks_speakers_in_the_margin_keyed_in_the_parties_pane(tmp_path, depth):
    rows = parse_screen(run_reader(tmp_path, depth))
    speakers = speaker_rows(rows)
    markers = [swatch for swatch, _, _ in speakers]
    assert len(speakers) > 5 and all(m.isalpha() for m in markers), speakers
    assert len(set(markers)) == len(markers)
    colours = {colour for _, colour, _ in speakers}
    # Five of the terminal's own colours, all in use (SGR 31-36 or bright 91-96), not one grey for all.
    assert len(colours) == 5, colours
    assert all(len(c) == 1 and (31 <= c[0] <= 36 or 91 <= c[0] <= 96) for c in colours), colours
    margin = {row[MARGIN][0] for row in rows if len(row) > MARGIN}
    assert margin & set(markers), "no speaker marker in the article's margin"
