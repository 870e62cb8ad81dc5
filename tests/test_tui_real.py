"""The reader with the real analyser, the real cache, and a real terminal (tmux).

One analysis with spaCy per session (module fixture); the cached-reopen check runs
in a fresh interpreter so ``sys.modules`` tells the truth about spaCy.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from tui_support import ready

from briefing.resources import samples_dir
from briefing.tui.app import BriefingApp
from briefing.tui.article_view import ArticleView

REPO = Path(__file__).resolve().parents[1]


def sample_path() -> Path:
    candidates = sorted(
        path for path in samples_dir().glob("*.txt") if "long" not in path.name and "report" not in path.name
    )
    if not candidates:
        pytest.skip(f"no sample articles in {samples_dir()}")
    return candidates[0]


@pytest.fixture(scope="module")
def analysed_sample(tmp_path_factory):
    """A sample article, its real analysis, and a notes file whose cache already holds it."""
    from briefing.ingest import load_sources
    from briefing.nlp.analyze import analyze
    from briefing.store import Store

    result = load_sources([str(sample_path())])
    (article,) = result.articles
    analysis = analyze(article)
    assert analysis.statements, "the analyser found no statement in the sample"
    db = tmp_path_factory.mktemp("cache") / "notes.json"
    with Store(db) as store:
        store.save_analysis(analysis)
    return article, analysis, db


async def test_real_analysis_is_drawn_and_cached(analysed_sample, tmp_path):
    article, expected, _ = analysed_sample
    db = tmp_path / "notes.json"
    app = BriefingApp([article], db_path=db)
    app.animation_level = "none"
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        assert view.analysis is not None
        assert len(view.analysis.statements) == len(expected.statements)
        await pilot.press("n")
        assert app.state.current_statement is not None
    from briefing.store import Store

    with Store(db) as store:
        assert store.cached_analysis(article.id, expected.analyzer_version) is not None


REOPEN = textwrap.dedent(
    """
    import asyncio, json, sys
    from briefing.ingest import load_sources
    from briefing.tui.app import BriefingApp
    from briefing.tui.article_view import ArticleView

    async def main():
        (article,) = load_sources([sys.argv[1]]).articles
        app = BriefingApp([article], db_path=sys.argv[2])
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()  # the workers start after the first frame
            await app.workers.wait_for_complete()
            await pilot.pause()
            view = app.query_one(ArticleView)
            statements = len(view.analysis.statements) if view.analysis else 0
            print(json.dumps({"statements": statements, "spacy": "spacy" in sys.modules,
                              "cached": article.id in app.cached_ids}))

    asyncio.run(main())
    """
)


def test_cached_article_reopens_highlighted_without_importing_spacy(analysed_sample):
    article, analysis, db = analysed_sample
    done = subprocess.run(
        [sys.executable, "-c", REOPEN, article.source, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["cached"] and report["statements"] == len(analysis.statements)
    assert not report["spacy"], "spaCy was imported although the analysis was cached"


# --- a real terminal --------------------------------------------------------------------------------

_SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def parse_screen(captured: str) -> list[list[tuple[str, tuple | None]]]:
    """Rows of (character, foreground) from ``tmux capture-pane -e`` output."""
    rows = []
    for raw in captured.split("\n"):
        row: list[tuple[str, tuple | None]] = []
        foreground: tuple | None = None
        position = 0
        for match in _SGR.finditer(raw):
            row.extend((ch, foreground) for ch in raw[position : match.start()])
            foreground = _apply_sgr(match.group(1), foreground)
            position = match.end()
        row.extend((ch, foreground) for ch in raw[position:])
        rows.append(row)
    return rows


def _apply_sgr(params: str, foreground: tuple | None) -> tuple | None:
    codes = [int(code) if code else 0 for code in re.split("[;:]", params)] if params else [0]
    index = 0
    while index < len(codes):
        code = codes[index]
        if code == 0 or code == 39:
            foreground = None
        elif code == 38 and index + 1 < len(codes):
            if codes[index + 1] == 2:
                foreground = tuple(codes[index + 2 : index + 5])
                index += 4
            elif codes[index + 1] == 5:
                foreground = (codes[index + 2],)
                index += 2
        elif 30 <= code <= 37 or 90 <= code <= 97:
            foreground = (code,)
        index += 1
    return foreground


def colours_at(rows, needle: str, columns: slice) -> set:
    """Foreground colours of the first place ``needle`` is drawn within ``columns``."""
    for full_row in rows:
        row = full_row[columns]
        line = "".join(ch for ch, _ in row)
        at = line.find(needle)
        if at >= 0:
            return {colour for ch, colour in row[at : at + len(needle)] if not ch.isspace()}
    return set()


@pytest.mark.slow
def test_real_terminal_draws_the_statement_in_its_speakers_colour(analysed_sample, tmp_path):
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (the CI script installs it)")
    article, analysis, db = analysed_sample
    for stored in db.parent.iterdir():  # the notes file and its analysis cache
        if stored.is_file():
            shutil.copy(stored, tmp_path / stored.name)
    session = f"briefing-test-{os.getpid()}"
    env = {
        "BRIEFING_DB": str(tmp_path / "notes.json"),
        "COLORTERM": "truecolor",
        "TEXTUAL_THEME": "textual-dark",
        "TEXTUAL_ANIMATIONS": "none",
    }
    exports = " ".join(f"{key}={value}" for key, value in env.items())
    # COLUMNS and LINES from the test process would override the tmux window size in Textual.
    command = f"env -u NO_COLOR -u COLUMNS -u LINES {exports} {sys.executable} -m briefing {article.source}"
    subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True)
    subprocess.run(
        ["tmux", "-L", session, "new-session", "-d", "-s", session, "-x", "150", "-y", "45", command],
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
        while "statements from" not in capture() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "statements from" in capture(), capture()
        subprocess.run(["tmux", "-L", session, "send-keys", "-t", session, "n"], check=True)
        first = min(analysis.statements, key=lambda s: s.start)
        deadline = time.monotonic() + 10
        while (first.speaker or "unknown speaker") not in _plain(capture()) and time.monotonic() < deadline:
            time.sleep(0.1)
        rows = parse_screen(capture())
        words = article.text[first.start : first.end].split()
        article_columns = slice(28, 150 - 44)  # between the Parties and Statements panes (styles/app.tcss)
        # Three words of the statement drawn on one line (the first window the wrap does not split).
        windows = [" ".join(words[i : i + 3]) for i in range(1, max(len(words) - 2, 1))] or [" ".join(words)]
        needle = next((w for w in windows if colours_at(rows, w, article_columns)), windows[0])
        statement_colours = colours_at(rows, needle, article_columns)
        paragraph_start = max(start for start, _ in article.paragraphs if start <= first.start)
        narration_words = article.text[paragraph_start : first.start].split()
        if len(narration_words) < 2:  # the statement opens its paragraph: take the paragraph before
            previous = [p for p in article.paragraphs if p[1] < paragraph_start][-1]
            narration_words = article.text[previous[0] : previous[1]].split()
        narration_colours = colours_at(rows, " ".join(narration_words[:2]), article_columns)
        assert len(statement_colours) == 1, (needle, statement_colours)
        assert narration_colours and not statement_colours & narration_colours
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True)


def _plain(captured: str) -> str:
    return _SGR.sub("", captured)
