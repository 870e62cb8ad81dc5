"""The reader in a real terminal (tmux) when standard input is the article, and when a URL hangs.

``cat a.txt | briefing -``: standard input is read to the end before the app starts, and
keys then come from the terminal, as with ``less``. Quitting while a URL is still loading
in the background ends the reader at once, whatever the URL's deadline.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
HEADLINE = "Harbour budget approved after long debate"
ARTICLE = (
    f"{HEADLINE}\n\n"
    "\u201cThis is a fair settlement for everyone,\u201d the mayor said on Tuesday. The opposition "
    "leader called it rushed and promised amendments next month.\n"
)
EXITED = "READER-EXITED-"


class Pane:
    """A tmux server of its own (``-L``) running one shell command; the command's exit status is echoed
    after it. On the shared default server, a session started while the last one's server shut down
    failed to start."""

    def __init__(self, session: str, command: str) -> None:
        self.session = session
        self.tmux = ["tmux", "-L", session]
        shell = f"{command}; echo {EXITED}$?; sleep 120"
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", session, "-x", "120", "-y", "35", shell],
            check=True,
            cwd=REPO,
        )

    def screen(self) -> str:
        return subprocess.run(
            [*self.tmux, "capture-pane", "-p", "-t", self.session], capture_output=True, text=True
        ).stdout

    def send(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", self.session, *keys], check=True)

    def wait_for(self, text: str, bound: float = 90, *, shown: bool = True) -> str:
        """Poll until ``text`` shows (or is gone); ``bound`` only stops a broken build from hanging."""
        give_up = time.monotonic() + bound
        screen = self.screen()
        while (text in screen) != shown and time.monotonic() < give_up:
            time.sleep(0.1)
            screen = self.screen()
        assert (text in screen) == shown, screen
        return screen

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)


@pytest.fixture
def tmux() -> Iterator[Callable[[str], Pane]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (the CI script installs it)")
    panes: list[Pane] = []

    def start(command: str) -> Pane:
        panes.append(Pane(f"briefing-input-{os.getpid()}-{len(panes)}", command))
        return panes[-1]

    yield start
    for pane in panes:
        pane.close()


def reader_command(tmp_path: Path, *args: str, stdin_file: Path | None = None) -> str:
    env = (
        f"env -u NO_COLOR -u COLUMNS -u LINES BRIEFING_DB={shlex.quote(str(tmp_path / 'notes.json'))} "
        f"TEXTUAL_ANIMATIONS=none PYTHONPATH={shlex.quote(os.environ.get('PYTHONPATH', str(REPO)))}"
    )
    command = f"{env} {shlex.quote(sys.executable)} -m briefing {' '.join(map(shlex.quote, args))}"
    if stdin_file is not None:
        command = f"cat {shlex.quote(str(stdin_file))} | {command}"
    return command


@pytest.mark.slow
def test_keys_reach_the_reader_when_the_article_comes_from_stdin(tmp_path: Path, tmux) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    pane = tmux(reader_command(tmp_path, "-", stdin_file=article))
    pane.wait_for(HEADLINE)
    pane.send("?")
    pane.wait_for("Keys")  # the help screen opened: the key came from the terminal
    pane.send("Escape")
    # Only then q: straight after Escape the terminal would deliver the two as one alt+q.
    pane.wait_for("Keys", shown=False)
    pane.send("q")
    screen = pane.wait_for(EXITED)
    assert f"{EXITED}0" in screen, screen


@pytest.mark.slow
def test_quitting_while_a_url_loads_ends_at_once(tmp_path: Path, tmux) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    accepted: list[socket.socket] = []

    def accept_and_stay_silent() -> None:
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept_and_stay_silent, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/never"
        # A deadline far beyond the wait below: only a cancel can end the fetch in time.
        pane = tmux(reader_command(tmp_path, str(article), url, "--timeout", "3600"))
        pane.wait_for(HEADLINE)
        give_up = time.monotonic() + 30
        while not accepted and time.monotonic() < give_up:  # the background fetch has connected
            time.sleep(0.1)
        assert accepted, "the reader never fetched the URL"
        pane.send("q")
        screen = pane.wait_for(EXITED, bound=30)
        assert "Traceback" not in screen
    finally:
        stop.set()
        thread.join(5)
        for connection in accepted:
            connection.close()
        listener.close()


def test_no_terminal_for_keys_is_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "-"],
        input=article.read_bytes(),
        capture_output=True,
        timeout=60,
        start_new_session=True,  # no controlling terminal, so /dev/tty cannot be opened
        env={**os.environ, "BRIEFING_DB": str(tmp_path / "notes.json")},
    )
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "briefing: no terminal to read keys from: standard input is not one, "
        "and /dev/tty: No such device or address\n"
    )
