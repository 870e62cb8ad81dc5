"""Making a rename durable: the one step the store and the export share.

Standard library only. After ``os.replace`` the new name lives in the folder's
entry, which is only on disk once the folder itself is fsynced (POSIX);
Windows cannot open folders and needs no such step.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries so a rename inside it survives a crash."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once: a temporary file beside it, fsync, rename, fsync.

    A crash leaves either the old file or the new one, never half of it.
    """
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    fsync_folder(path.parent)
