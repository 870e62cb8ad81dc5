"""A lock file shared by every briefing process that writes one notes file.

On POSIX, ``fcntl.flock`` on the lock file, tried without blocking until a deadline
(what ``filelock`` does there, without its ~15 ms of imports at every launch);
elsewhere ``filelock`` itself. The lock file stays on disk: removing it would let a
second writer lock a new file while the first still holds the old one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_POLL_SECONDS = 0.05


@contextmanager
def file_lock(path: Path, timeout: float) -> Iterator[bool]:
    """Hold the lock at ``path`` for the ``with`` block; yields ``False`` (not held) when another
    process kept it for ``timeout`` seconds. ``OSError`` when the lock file cannot be opened."""
    if fcntl is None:
        with _portable_lock(path, timeout) as held:
            yield held
        return
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(_POLL_SECONDS)
        try:
            yield True
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


@contextmanager
def _portable_lock(path: Path, timeout: float) -> Iterator[bool]:
    from filelock import FileLock, Timeout

    lock = FileLock(str(path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()
