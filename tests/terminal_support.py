"""A real terminal for the reader's tests: a tmux server of the test's own, and waits on its screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest


class Terminal:
    """A tmux server of the test's own, one window of 100x30."""

    def __init__(self, name: str) -> None:
        self.socket = f"briefing-test-{os.getpid()}-{name}"
        self.session = "reader"

    def tmux(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True)

    def start(self, command: str) -> None:
        self.tmux("new-session", "-d", "-s", self.session, "-x", "100", "-y", "30", command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session).stdout

    def joined(self) -> str:
        """The screen with the lines the terminal wrapped joined again (a long path on stderr wraps
        wherever its length puts it)."""
        return self.tmux("capture-pane", "-p", "-J", "-t", self.session).stdout

    def wait_for(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen() and text not in self.joined():
            if time.monotonic() > deadline:
                raise AssertionError(f"after {timeout} s no {text!r} on screen:\n{self.screen()}")
            time.sleep(0.1)

    def wait_until(self, condition, what: str, timeout: float = 30) -> None:
        """Until ``condition`` holds for the screen's non-blank lines."""
        deadline = time.monotonic() + timeout
        while not condition([line.rstrip() for line in self.screen().splitlines() if line.strip()] or [""]):
            if time.monotonic() > deadline:
                raise AssertionError(f"after {timeout} s still waiting for {what}:\n{self.screen()}")
            time.sleep(0.1)

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def flag(self, name: str) -> str:
        return self.tmux("display", "-p", "-t", self.session, f"#{{{name}}}").stdout.strip()

    def close(self) -> None:
        self.tmux("kill-server")


def running(pid: int) -> bool:
    """Whether the process runs (a zombie nobody reaped, as under some containers' init, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state not in ("Z", "X")


def wait_until_gone(pid: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if not running(pid):
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"the reader (pid {pid}) still runs {timeout} s after the signal")
        time.sleep(0.1)


def needs_tmux() -> None:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (the CI script installs it)")
