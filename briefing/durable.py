"""Making a rename durable: the one step the store and the export share.

Standard library only. After ``os.replace`` the new name lives in the folder's
entry, which is only on disk once the folder itself is fsynced (POSIX);
Windows cannot open folders and needs no such step.
"""

from __future__ import annotations

import os
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
