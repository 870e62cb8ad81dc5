"""Reader timings beside Textual's own empty app, in one run (headless, fixed size).

    python benchmarks/ui.py [--words 100000] [--presses 20] [--launches 9] [--launch-only]

Measures, for the long sample article (real analysis, then again from the cache)
and for a 100,000-word article built by repeating it (its analysis repeated with
shifted offsets, so the density of statements is the sample's):

- first paint: from creating the app until the article pane first draws a line of text
  (for the empty app: until its one widget is first drawn);
- highlighted: until the article pane first draws a line with the analysis in place;
- key-to-screen for ``n`` (next statement), ``space`` (page) and ``G`` (bottom),
  averaged over several presses, each until the screen has been refreshed.

The empty app row is ``textual.app.App()`` with one bound no-op key, measured the
same way, so the ratios cancel the cost of the headless driver and of Pilot.

Then, in a real terminal (tmux, when installed), the launch as a user sees it:
from starting ``briefing SOURCE`` until the status line shows the statement count,
for the cached short sample (budget: 1.5x Textual's empty app's first paint, also
launched in tmux in the same run) and for a real analysis of a ~100,000-word file
(with the time until its text is on screen).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.widgets import Static

from briefing.ingest import load_sources
from briefing.model import Analysis, Article
from briefing.resources import samples_dir
from briefing.tui.app import BriefingApp
from briefing.tui.article_view import ArticleView

SIZE = (160, 48)


class PaintClock:
    """When the first frame with text, and the first with highlights, were drawn."""

    def __init__(self) -> None:
        self.text: float | None = None
        self.highlights: float | None = None


class EmptyApp(App[None]):
    BINDINGS = [Binding("n", "nothing", "Nothing")]

    def __init__(self, clock: PaintClock) -> None:
        super().__init__()
        self.clock = clock

    def compose(self):
        yield Stamp(self.clock)

    def action_nothing(self) -> None:
        self.refresh()


class Stamp(Static):
    """The empty app's only widget: notes when it is first drawn."""

    def __init__(self, clock: PaintClock) -> None:
        super().__init__("")
        self.clock = clock

    def render(self):
        if self.clock.text is None:
            self.clock.text = time.perf_counter()
        return super().render()


_clock = PaintClock()  # the clock of the reader being measured
_draw_line = ArticleView.render_line


def _clocked_render_line(view: ArticleView, y: int):
    """ArticleView.render_line, noting the first line of text and of highlighted text."""
    if view.text_layout is not None:
        if _clock.text is None:
            _clock.text = time.perf_counter()
        if _clock.highlights is None and view.analysis is not None:
            _clock.highlights = time.perf_counter()
    return _draw_line(view, y)


ArticleView.render_line = _clocked_render_line


def long_sample() -> Path:
    for path in sorted(samples_dir().iterdir()):
        if path.suffix in {".txt", ".md"} and ("long" in path.name or "report" in path.name):
            return path
    sys.exit(f"benchmarks/ui.py: no long sample (a name with 'long' or 'report') in {samples_dir()}")


def short_sample() -> Path:
    """The first bundled sample that is not the long report (a typical morning article)."""
    return next(
        path
        for path in sorted(samples_dir().iterdir())
        if path.suffix == ".txt" and "long" not in path.name and "report" not in path.name
    )


def repeated(article: Article, analysis: Analysis, words: int) -> tuple[Article, Analysis]:
    """The article repeated until it has ``words`` words, with its analysis shifted to match."""
    copies = max(1, -(-words // len(article.text.split())))
    separator = "\n\n"
    step = len(article.text) + len(separator)
    text = separator.join([article.text] * copies)
    big = Article.from_text(text, f"{article.source} x{copies}", title=f"{article.title} (x{copies})")

    def shifted(items, n):
        return [replace(item, start=item.start + n * step, end=item.end + n * step) for item in items]

    statements = []
    mentions = []
    for n in range(copies):
        statements.extend(
            replace(s, speaker_span=None, cue_span=None) for s in shifted(analysis.statements, n)
        )
        mentions.extend(shifted(analysis.mentions, n))
    big_analysis = Analysis(
        big.id, analysis.analyzer_version, analysis.parties, tuple(mentions), tuple(statements)
    )
    return big, big_analysis


async def wait_until(pilot, condition, timeout: float = 600) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await pilot.pause(0.005)


async def key_to_screen(pilot, key: str, presses: int) -> float:
    """Median seconds from pressing ``key`` until the screen has been refreshed."""
    times = []
    for _ in range(presses):
        start = time.perf_counter()
        await pilot.press(key)
        await pilot.pause()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


async def measure_empty(presses: int) -> dict[str, float]:
    clock = PaintClock()
    start = time.perf_counter()
    app = EmptyApp(clock)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: clock.text is not None)
        first_paint = clock.text - start
        key = await key_to_screen(pilot, "n", presses)
    return {"first paint": first_paint, "n": key, "space": key, "G": key}


async def measure_reader(article: Article, db: Path, presses: int, analyzer=None) -> dict[str, float]:
    global _clock
    clock = _clock = PaintClock()
    start = time.perf_counter()
    version = "bench" if analyzer else None
    app = BriefingApp([article], db_path=db, analyzer=analyzer, analyzer_version=version)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        await wait_until(pilot, lambda: clock.highlights is not None or article.id in app.failures)
        if article.id in app.failures:
            sys.exit(f"benchmarks/ui.py: {app.failures[article.id]}")
        results = {"first paint": clock.text - start, "highlighted": clock.highlights - start}
        results["n"] = await key_to_screen(pilot, "n", presses)
        results["space"] = await key_to_screen(pilot, "space", presses)
        await pilot.press("g")
        results["G"] = await key_to_screen(pilot, "G", 1)
        results["lines"] = view.line_count
        results["statements"] = len(view.analysis.statements)
    return results


def report(name: str, results: dict[str, float], empty: dict[str, float]) -> None:
    def cell(key: str) -> str:
        if key not in results:
            return "—"
        ratio = f" ({results[key] / empty[key]:.1f}x)" if key in empty and empty[key] else ""
        return f"{results[key] * 1000:.0f} ms{ratio}"

    size = f"{int(results.get('lines', 0))} lines, {int(results.get('statements', 0))} statements"
    print(
        f"{name:<34} first paint {cell('first paint'):>16}  highlighted {cell('highlighted'):>10}  "
        f"n {cell('n'):>14}  space {cell('space'):>14}  G {cell('G'):>14}  [{size}]"
    )


EMPTY_APP = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class Empty(App):\n"
    "    def compose(self):\n"
    "        yield Static('empty app drawn')\n"
    "Empty().run()\n"
)
LAUNCH_BUDGET = 1.5  # the cached article's launch, in units of the empty app's first paint
# What the installed ``briefing`` command runs (its console script), with this interpreter and this
# checkout: ``python -m briefing`` would add runpy's imports, which a user's launch does not have.
BRIEFING_COMMAND = "-c 'import sys; from briefing.cli import main; sys.exit(main())'"


_LAUNCHES = itertools.count()


def tmux_launch(command: str, markers: list[str], timeout: float = 600.0) -> list[float]:
    """Start ``command`` in a fresh tmux window; seconds until each marker is first on screen."""
    session = f"briefing-bench-{os.getpid()}-{next(_LAUNCHES)}"
    tmux = ["tmux", "-L", session]  # a server of its own, new each time: no other session, no old server
    env = "env -u NO_COLOR -u COLUMNS -u LINES TEXTUAL_ANIMATIONS=none"
    subprocess.run([*tmux, "kill-session", "-t", session], capture_output=True)
    start = time.perf_counter()
    width, height = (str(cells) for cells in SIZE)
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", session, "-x", width, "-y", height, f"{env} {command}"],
        check=True,
    )
    pane_pid = subprocess.run(
        [*tmux, "display-message", "-p", "-t", session, "#{pane_pid}"], capture_output=True, text=True
    ).stdout.strip()
    seen: dict[str, float] = {}
    try:
        while len(seen) < len(markers):
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            now = time.perf_counter() - start
            for marker in markers:
                if marker not in seen and marker in screen:
                    seen[marker] = now
            if now > timeout:
                sys.exit(f"benchmarks/ui.py: after {timeout:.0f} s no {markers} on screen:\n{screen}")
            time.sleep(0.005)
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
        _wait_for_exit(int(pane_pid) if pane_pid.isdigit() else None)
    return [seen[marker] for marker in markers]


def _wait_for_exit(pid: int | None, timeout: float = 30.0) -> None:
    """Until the launched process (and so its children's parent) is gone: a launch still shutting down
    would take the processor from the next one measured."""
    deadline = time.monotonic() + timeout
    while pid is not None and time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)


def _bytecode_env(folder: Path, compiled: bool) -> str:
    """The environment of a launch: with bytecode for every module, as an installed package has it
    (written once into a folder of this run, whatever PYTHONDONTWRITEBYTECODE says), or as a checkout
    run with PYTHONDONTWRITEBYTECODE=1 has it: the libraries' bytecode, briefing compiled each time."""
    if not compiled:
        return "env -u PYTHONPYCACHEPREFIX PYTHONDONTWRITEBYTECODE=1"
    return "env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=" + shlex.quote(str(folder / "bytecode"))


def launch_ratio(folder: Path, sample: Path, db: Path, compiled: bool, runs: int) -> tuple[float, float]:
    """Medians of ``runs`` launches of the empty app and of the reader on the cached sample, taken in
    turn so a busy machine slows both alike."""
    python = shlex.quote(sys.executable)
    script = folder / "empty_app.py"
    script.write_text(EMPTY_APP, encoding="utf-8")
    env = _bytecode_env(folder, compiled)
    empty_app = f"{env} {python} {script}"
    briefing = f"{python} {BRIEFING_COMMAND}"
    # The run's own cache folder: the first launch parses the style sheets, the later ones read them.
    cache = f"BRIEFING_CACHE_DIR={shlex.quote(str(folder / 'cache'))}"
    reader = f"{env} {cache} BRIEFING_DB={shlex.quote(str(db))} {briefing} {shlex.quote(str(sample))}"
    if compiled:  # the first launch of each writes the bytecode (and style cache) the others read
        tmux_launch(empty_app, ["empty app drawn"])
        tmux_launch(reader, ["statements from"])
    empty, cached = [], []
    for _ in range(runs):
        empty.append(tmux_launch(empty_app, ["empty app drawn"])[0])
        cached.append(tmux_launch(reader, ["statements from"])[0])
    return statistics.median(empty), statistics.median(cached)


def measure_launches(folder: Path, sample: Path, words: int, runs: int = 9) -> None:
    """Launch figures in a real terminal: medians of launches of the empty app and the reader in turn."""
    python = shlex.quote(sys.executable)
    db = folder / "launch.json"
    subprocess.run(  # fills the cache, as an earlier session would have
        [sys.executable, "-m", "briefing", "analyze", "--db", str(db), str(sample)],
        check=True,
        capture_output=True,
    )
    kinds = ((True, "bytecode compiled, as installed"), (False, "briefing compiled at each launch"))
    for compiled, how in kinds:
        empty, cached = launch_ratio(folder, sample, db, compiled, runs)
        verdict = "within" if cached <= LAUNCH_BUDGET * empty else "OVER"
        budget = f", {verdict} the {LAUNCH_BUDGET}x budget" if compiled else ""
        print(
            f"tmux launch ({how}): Textual empty App first paint {empty * 1000:.0f} ms; cached sample to "
            f"statement count {cached * 1000:.0f} ms ({cached / empty:.2f}x{budget}) "
            f"[medians of {runs}, {sample.name}]"
        )
    if words <= 0:
        return
    (article,) = load_sources([str(sample)]).articles
    copies = max(1, -(-words // len(article.text.split())))
    big = folder / "long-article.txt"
    # Each copy numbered, so no two paragraphs are the same page (and the text is not the cached one).
    big.write_text(
        "\n\n".join(f"Part {n}.\n\n{article.text}" for n in range(1, copies + 1)), encoding="utf-8"
    )
    fresh = folder / "fresh.json"
    first_words = " ".join(article.text.split()[:3])
    env = _bytecode_env(folder, compiled=True)
    text, counted = tmux_launch(
        f"{env} BRIEFING_CACHE_DIR={shlex.quote(str(folder / 'cache'))} "
        f"BRIEFING_DB={shlex.quote(str(fresh))} {python} {BRIEFING_COMMAND} {shlex.quote(str(big))}",
        [first_words, "statements from"],
    )
    print(
        f"tmux launch, {len(big.read_text(encoding='utf-8').split()) // 1000}k words, real analysis: "
        f"text {text:.1f} s, statement count {counted:.1f} s"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--presses", type=int, default=20)
    parser.add_argument("--launches", type=int, default=9, help="launches of each app in tmux (medians)")
    parser.add_argument(
        "--launch-only", action="store_true", help="only the launches in tmux (with --words 0: no big file)"
    )
    args = parser.parse_args()
    if args.launch_only:
        if shutil.which("tmux") is None:
            sys.exit("benchmarks/ui.py: --launch-only needs tmux")
        with tempfile.TemporaryDirectory() as folder:
            measure_launches(Path(folder), short_sample(), args.words, args.launches)
        return

    (article,) = load_sources([str(long_sample())]).articles
    print(f"long sample: {article.source} ({len(article.text.split())} words)")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "notes.json"
        empty = await measure_empty(args.presses)
        report("Textual empty App", empty, {})
        cold = await measure_reader(article, db, args.presses)
        report("reader, long sample, spaCy", cold, empty)
        warm = await measure_reader(article, db, args.presses)
        report("reader, long sample, cached", warm, empty)

        from briefing.store import Store

        with Store(db) as store:
            from briefing.nlp.analyze import ANALYZER_VERSION

            analysis = store.cached_analysis(article.id, ANALYZER_VERSION)
        big, big_analysis = repeated(article, analysis, args.words)
        print(f"long article: {len(big.text.split())} words, {len(big.text)} characters")
        big_db = Path(folder) / "big.json"
        huge = await measure_reader(big, big_db, args.presses, analyzer=lambda _: big_analysis)
        report(f"reader, {len(big.text.split()) // 1000}k words", huge, empty)
        empty_again = await measure_empty(args.presses)
        report("Textual empty App (again)", empty_again, {})
        if shutil.which("tmux") is None:
            print("tmux is not installed: no launch figures in a real terminal")
        else:
            measure_launches(Path(folder), short_sample(), args.words, args.launches)


if __name__ == "__main__":
    asyncio.run(main())
