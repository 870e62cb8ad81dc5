"""A note being written survives a SIGTERM or SIGHUP: saved to a recovery file, offered at the next start.

The recovery file sits beside the notes file (``notes.json`` ->
``notes.json.draft.json``), written atomically (``briefing.durable``). At the
next start the reader offers it: restore it into the editor on its article, or
discard it; the file is removed only once the user chose (``esc`` keeps it for
later). Quitting with ``q``/``ctrl+q`` while a draft is unsaved asks first (the app).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.durable import atomic_write
from briefing.store import resolve_db_path
from briefing.tui.safe_text import display_safe

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
FORMAT = "briefing-note-draft-1"
SHUTDOWN_GRACE = 5.0  # seconds the normal shutdown gets after a signal before the process is ended


@dataclass(frozen=True)
class DraftRecord:
    """An unsaved note as the editor held it, and where it belongs."""

    article_id: str
    source: str
    start: int
    end: int
    kind: str
    party_id: str | None
    label: str
    note: str
    tags: tuple[str, ...]
    colour: int
    note_id: str | None = None  # set when an existing note was being edited


def recovery_path(notes_path: Path) -> Path:
    return notes_path.with_name(f"{notes_path.name}.draft.json")


def write_draft(path: Path, draft: DraftRecord) -> None:
    record = {"format": FORMAT, **asdict(draft)}
    atomic_write(path, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"), new_file_mode=0o600)


def read_draft(path: Path) -> DraftRecord:
    """The draft in a recovery file; ``ValueError`` when it is not one."""
    try:
        record = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable draft ({error})") from None
    if not isinstance(record, dict) or record.pop("format", None) != FORMAT:
        raise ValueError(f"{path}: not a briefing draft")
    try:
        draft = DraftRecord(**{**record, "tags": tuple(record.get("tags") or ())})
    except TypeError as error:
        raise ValueError(f"{path}: not a briefing draft ({error})") from None
    if not (isinstance(draft.note, str) and isinstance(draft.start, int) and isinstance(draft.end, int)):
        raise ValueError(f"{path}: not a briefing draft")
    return draft


def _detach_from_terminal() -> None:
    """The terminal hung up: send what the shutdown still writes to it nowhere.

    Textual's output thread dies on the first write to a closed terminal, and its
    queue then blocks the shutdown for ever.
    """
    devnull = os.open(os.devnull, os.O_RDWR)
    for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                os.dup2(devnull, stream.fileno())
    os.close(devnull)


def _force_exit(status: int) -> None:
    """The last resort if the shutdown hangs anyway: stop the analyser's child, then this process."""
    import multiprocessing  # loaded already if a child was started

    for child in multiprocessing.active_children():
        child.kill()
    os._exit(status)


class DraftRecovery:
    """Saves the open draft when the reader is told to stop, and offers a saved one at start."""

    def __init__(self, app: BriefingApp, db_path: Path | None) -> None:
        self.app = app
        self.path = recovery_path(resolve_db_path(db_path))

    def watch_signals(self) -> None:
        """Catch SIGTERM and SIGHUP in the event loop (a real terminal only: tests keep the defaults)."""
        import asyncio

        loop = asyncio.get_running_loop()
        for number in STOP_SIGNALS:
            loop.add_signal_handler(number, self.stopped, number)

    def stopped(self, number: int) -> None:
        """Told to stop: keep the draft, then leave the normal way so the terminal is restored."""
        if number == signal.SIGHUP:
            _detach_from_terminal()
        watchdog = threading.Timer(SHUTDOWN_GRACE, _force_exit, (128 + number,))
        watchdog.daemon = True  # a normal exit does not wait for it
        watchdog.start()
        draft = self.app.notes.unsaved_draft()
        if draft is not None:
            try:
                write_draft(self.path, draft)
            except OSError as error:
                self.app.exit_messages.append(f"{self.path}: the unsaved note could not be kept: {error}")
            else:
                kept = f"{self.path}: the unsaved note was kept; briefing offers it at the next start"
                self.app.exit_messages.append(kept)
        self.app.exit(return_code=128 + number)

    def offer(self) -> None:
        """At start, with the notes open: offer a draft a stopped reader left."""
        if self.app.notes.notes_store is None or not self.path.exists():
            return
        try:
            draft = read_draft(self.path)
        except ValueError as error:
            self.app.notify(f"{error}; it was left as it is.", severity="warning", markup=False, timeout=10)
            return
        from briefing.tui.recovery_dialog import RecoveryOfferScreen  # only when there is a draft to offer

        self.app.push_screen(RecoveryOfferScreen(self.path, draft), partial(self._chosen, draft=draft))

    def _chosen(self, choice: str | None, *, draft: DraftRecord) -> None:
        if choice == "discard":
            self._remove()
            self.app.notify("The recovered note was discarded.", markup=False)
        elif choice == "restore":
            if self.app.reopen_draft(draft):
                self._remove()  # it is in the editor now; a new stop writes it again
            else:
                self.app.notify(
                    f"The recovered note is for {display_safe(draft.source)}, which is not open; "
                    f"it stays in {self.path}.",
                    markup=False,
                    timeout=10,
                )
        else:
            self.app.notify(f"The recovered note stays in {self.path} until you choose.", markup=False)

    def _remove(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            self.app.notify(f"Could not remove {self.path}: {error}", severity="warning", markup=False)
