"""Writing a file so a crash leaves the old or the new one whole: the write the store and export share.

Standard library only. ``atomic_write`` writes a temporary file beside the
target, fsyncs it, renames it over the target with ``os.replace`` and fsyncs
the folder (after a rename the new name lives in the folder's entry, which is
only on disk once the folder itself is fsynced; Windows cannot open folders and
needs no such step).

Only regular files are ever replaced. A symlink is followed and its target is
replaced, in the target's own folder, so the link keeps working. Folders,
devices, FIFOs and sockets are refused (``NotARegularFileError``), as is a
read-only file: replacing it would defeat the point of making it read-only.
The mode of a replaced file is kept.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

# Names that mean "a stream this process already has open", as `-o /dev/stdout` is used in shell.
_STREAM_ALIAS = re.compile(r"/dev/(stdout|stderr|fd/(\d+))|/proc/self/fd/(\d+)")
_STREAM_FDS = {"stdout": 1, "stderr": 2}


class NotARegularFileError(OSError):
    """The target is something other than a regular file, or may not be replaced; ``strerror`` says what."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(errno.EINVAL, problem, str(path))


def kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words (``"a FIFO"``); ``None`` for a regular file."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
    )
    for test, name in kinds:
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def regular_file_target(path: Path) -> Path:
    """Where a write to ``path`` must go: the file itself, or the end of its symlinks.

    Raises ``NotARegularFileError`` for anything but a regular file (or a name not
    yet taken), and for a file without write permission. ``FileNotFoundError`` or
    ``OSError`` may come from the file system itself (a symlink loop, a long name).
    """
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except FileNotFoundError:
        return target
    kind = kind_of(status.st_mode)
    if kind is not None:
        raise NotARegularFileError(path, f"it is {kind}, not a regular file; nothing was written")
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise NotARegularFileError(path, "the file is read-only; it was left as it is")
    return target


def stream_descriptor(path: Path | str) -> int | None:
    """The open descriptor a name like ``/dev/stdout`` or ``/dev/fd/3`` stands for, else ``None``."""
    match = _STREAM_ALIAS.fullmatch(str(path))
    if match is None:
        return None
    name, fd_number, proc_number = match.groups()
    return int(fd_number or proc_number) if (fd_number or proc_number) else _STREAM_FDS[name]


def write_to_stream(descriptor: int, payload: bytes) -> None:
    """Write ``payload`` straight to an open descriptor (nothing is replaced)."""
    view = memoryview(payload)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def atomic_write(
    path: Path,
    payload: bytes,
    *,
    overwrite: bool = True,
    new_file_mode: int | None = None,
    before_replace: Callable[[Path], None] | None = None,
    sync: bool = True,
) -> tuple[Path, os.stat_result]:
    """Replace the file at ``path`` (or the file its symlinks lead to) with ``payload``, atomically.

    Returns the file written and its status just before the rename. Without
    ``overwrite`` an existing file is never replaced (``FileExistsError``), even
    one that appears during the write. A new file gets ``new_file_mode``, by
    default the usual ``0o666`` under the umask; a replaced file keeps its mode.
    ``before_replace(target)`` runs just before the rename (the store keeps its
    backup there). Missing parent folders are created. Without ``sync`` nothing is flushed to
    the disk (for a cache, which a crash may lose but never tear: the rename is still atomic).
    """
    target = regular_file_target(path)
    if not overwrite and target.exists():
        raise FileExistsError(errno.EEXIST, "already exists", str(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(target, new_file_mode)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            if sync:
                os.fsync(handle.fileno())
            status = os.fstat(handle.fileno())
        if before_replace is not None:
            before_replace(target)
        if overwrite:
            os.replace(temporary, target)
        else:
            _place_without_overwriting(temporary, target, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    if sync:
        fsync_folder(target.parent)
    return target, status


def fsync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries so a rename inside it survives a crash."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _place_without_overwriting(temporary: str, target: Path, named: Path) -> None:
    # link() refuses to replace a file that appeared since the first check; where the
    # file system has no hard links, a second check right before the rename has to do.
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, "already exists", str(named)) from None
    except OSError:
        if target.exists():
            raise FileExistsError(errno.EEXIST, "already exists", str(named)) from None
        os.replace(temporary, target)
        return
    os.unlink(temporary)


def _mode_for(target: Path, new_file_mode: int | None) -> int:
    """The replaced file's mode; for a new file ``new_file_mode``, else 0o666 under the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        pass
    if new_file_mode is not None:
        return new_file_mode
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
