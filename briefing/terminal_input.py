"""Keys from the terminal when standard input carried the article (``cat a.txt | briefing -``).

As ``less`` does: once standard input has been read to the end, the terminal itself
(``/dev/tty``) is put in its place on file descriptor 0, where the reader's driver
reads keys from.
"""

from __future__ import annotations

import os
import sys


def keys_from_terminal() -> str | None:
    """Make fd 0 the controlling terminal if it is not a terminal already.

    Returns None when keys can be read, else the reason they cannot (no terminal).
    """
    if os.isatty(0):
        return None
    try:
        terminal = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return f"no terminal to read keys from: standard input is not one, and /dev/tty: {exc.strerror}"
    try:
        os.dup2(terminal, 0)
    finally:
        os.close(terminal)
    if sys.__stdin__ is None:  # fd 0 was closed when Python started; the driver asks this object
        sys.__stdin__ = sys.stdin = open(0, closefd=False)  # noqa: SIM115 - lives as long as the process
    return None
