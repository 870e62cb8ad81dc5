"""The notes store and the analysis cache: the only module that touches TinyDB.

Files, all in one folder (the notes file's):

- ``notes.json``: the analyst's notes. Default ``default_db_path()`` (the user data
  folder); ``--db`` or ``$BRIEFING_DB`` choose another (``resolve_db_path``).
- ``notes.json.bak``: the previous good version, kept on every write.
- ``notes.cache.json``: analyses by article id and analyzer version, so notes stay
  small. It is only a cache: when it does not parse it is moved aside and rebuilt.
- ``notes.json.lock`` / ``notes.cache.json.lock``: the cross-process locks.

Durability. Every write is atomic: the JSON is serialised first, written to a
temporary file beside the target, flushed and fsynced, renamed over the target
with ``os.replace`` and the folder fsynced. Killing the process at any instant
leaves the old or the new file, and a call that returned was on disk.

Two instances. Each change takes a file lock (``briefing.file_lock``), re-reads the file
under it (cheaply: the parsed file is kept while its inode, size, mtime and
revision token are unchanged) and applies only its own change to what it read,
so two instances never lose each other's notes. Notes are keyed by their own id,
never by a counter. Reads take no lock: the file is only ever replaced whole.
Every call does its disk work before returning (about 20 ms per change with
5,000 notes, see benchmarks/store.py); nothing is buffered, so nothing needs flushing.

Only regular files are written (``briefing.durable.atomic_write``, shared with the
export): a notes file reached through a symlink is replaced where the link
points, so the link keeps working; a folder, device, FIFO or socket is refused,
and so is a read-only file. A replaced file keeps its mode.

What is refused, and what is skipped. A notes file that does not parse, is not
briefing's (no schema marker, and not a version-0 briefing file), has a
malformed marker or comes from a newer briefing raises ``StoreCorruptError``
(``StoreForeignError`` for another program's file) naming the path, and is
never written to. One malformed record (a note without ``article_id``, a colour
that is not 1-5, ...) is reported once in ``warnings`` and skipped; it stays in
the file, since every write keeps what it did not change. Checks are per table
(``RECORD_CHECKS``), so a new table brings its own.

Nothing is written by reading. Opening the store, listing and exporting notes
never write the notes file; an older file is migrated in memory for reading and
on disk only with the first change, under the lock, after a copy is kept as
``notes.json.v<N>.bak``.

``start_fresh(path)`` is the app's "start a new file" offer: it moves the bad
file aside and, since the message about it named ``notes.json.bak`` as the
previous good version, gives that backup a name of its own first, so no later
write replaces it; it returns both places (``FreshStart``).

Schema. ``meta`` holds ``{"schema": {"version": SCHEMA_VERSION}}``. Version 0
(before ``meta`` existed) kept the quote flat in each note (``quote``, ``start``,
``end``) under TinyDB counter ids; version 1 keeps an ``anchor`` dict (exact,
prefix, suffix, start, end) under the note id.

The analysis cache is disposable: a cache that does not parse is moved aside and
rebuilt, one that cannot be read at all (a folder, no permission) is not used,
and an entry that does not read is analysed afresh; each with one line in
``warnings``, never an exception.

Adding a table or a file. Every change goes through one path, ``_FileAccess.change``
(``Store._change(table, change)``, ``Library._change``): the file's lock, a fresh read,
``change(records)`` on that table's dict of records, one atomic write of the whole
file. A new table of the notes file (``corrections``) adds its record check to
``RECORD_CHECKS``; a sibling file (the library, ``notes.library.json``) is a
``FileSchema`` of its own (``LIBRARY_SCHEMA``) and a
``_TinyDB(path, schema, storage=_AtomicJSONStorage)``, written through the same path.

Public API:

- ``default_db_path() -> Path``, ``resolve_db_path(explicit) -> Path``, ``source_key(source) -> str``
- ``Store(path)``, with ``.path``, ``.cache_path``, ``.warnings`` (lines for the user, e.g. a
  rebuilt cache or a skipped note; ``take_warnings()`` hands them over once); usable as a
  context manager; ``close()``.
- notes: ``add_annotation``, ``add_annotations``, ``update_annotation``, ``delete_annotation``,
  ``restore_annotation``, ``get_annotation``, ``find_annotations`` (by id prefix),
  ``annotations_for(article)``, ``all_annotations()``, ``sources_with_notes()``, ``tags()``
- corrections (the ``corrections`` table of the notes file, same rules as notes): ``add_correction``,
  ``delete_correction``, ``restore_correction``, ``get_correction``, ``find_corrections`` (by id
  prefix), ``corrections_for(article)``, ``all_corrections()``. A file without the table has none,
  so adding it needed no schema change. Applying them: ``briefing.corrections.apply_corrections``.
- cache: ``cached_analysis(article_id, analyzer_version)``, ``save_analysis(analysis)``
- library (``notes.library.json``, the same rules as the notes file: refused when it does not parse
  or is another program's, a malformed record reported in ``.warnings``, skipped and kept):
  ``Library(notes_path)`` with ``keep_articles``, ``set_read``, ``article``, ``articles``,
  ``save_briefing``, ``briefings``, ``briefing_articles``, ``delete_briefing``.
- ``start_fresh(path) -> FreshStart``; errors ``StoreError`` > ``StoreCorruptError``,
  ``StoreForeignError``, ``StoreLockedError``.
- Creating notes: ``briefing.anchoring.new_annotation`` and ``edit_annotation``.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeGuard, TypeVar, cast

import orjson
from platformdirs import user_data_dir
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from briefing.anchoring import reanchor, utc_now
from briefing.corrections import TARGETS, Correction
from briefing.durable import atomic_write, kind_of
from briefing.file_lock import file_lock
from briefing.model import KINDS, NOTE_COLOURS, PARTY_TYPES, STANCES, Analysis, Annotation, Article
from briefing.safe import one_line

SCHEMA_VERSION = 1
CACHE_SCHEMA_VERSION = 1
ENV_VAR = "BRIEFING_DB"
NOTES_TABLE = "notes"
CORRECTIONS_TABLE = "corrections"
LIBRARY_SCHEMA_VERSION = 1
LIBRARY_ARTICLES_TABLE = "articles"  # in notes.library.json
LIBRARY_BRIEFINGS_TABLE = "briefings"
META_TABLE = "meta"
ANALYSES_TABLE = "analyses"
LOCK_TIMEOUT_SECONDS = 10.0
MAX_CACHED_ANALYSES = 200  # oldest dropped first; an analysis is tens of kilobytes
NEW_FILE_MODE = 0o600  # notes are private; a file that exists keeps its own mode
_HEAD_BYTES = 128  # enough to hold the meta table and its revision token
_Identity = tuple[int, int, int, int, bytes]
_T = TypeVar("_T")
_V0_NAMESPACE = uuid.UUID("6f1c8a52-3d0e-4c55-9a57-8f2b1e0d4c11")  # ids for version-0 notes that had none
_Records = dict[str, Any]


class StoreError(Exception):
    """A store problem the user must hear about; ``str()`` is one line naming ``path``."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StoreCorruptError(StoreError):
    """The notes file cannot be read as a briefing notes file. It has not been touched."""


class StoreForeignError(StoreError):
    """The file belongs to another program (no briefing schema marker). It has not been touched."""


class StoreLockedError(StoreError):
    """Another process held the store's lock for too long."""


class FreshStart(NamedTuple):
    """Where ``start_fresh`` put things: the unreadable file, and the last good version (if any)."""

    damaged: Path | None
    backup: Path | None

    def describe(self) -> str:
        """One clause for the user: where the old files are now."""
        parts = [f"the unreadable file is kept as {self.damaged}"] if self.damaged else []
        if self.backup:
            parts.append(f"its last good version as {self.backup}")
        return ", ".join(parts) or "there was no old file to keep"


def default_db_path() -> Path:
    """``notes.json`` in the user data folder (e.g. ``~/.local/share/briefing`` on Linux)."""
    return Path(user_data_dir("briefing", appauthor=False)) / "notes.json"


def resolve_db_path(explicit: Path | str | None = None) -> Path:
    """The notes file to use: ``explicit`` (``--db``), else ``$BRIEFING_DB``, else the default.

    The one place this choice is made: the command line and the reader both ask here.
    """
    chosen = explicit or os.environ.get(ENV_VAR)
    return Path(chosen).expanduser() if chosen else default_db_path()


def cache_path_for(path: Path) -> Path:
    """The analysis cache beside a notes file: ``notes.json`` -> ``notes.cache.json``."""
    return path.with_name(f"{path.stem if path.suffix == '.json' else path.name}.cache.json")


def source_key(source: str) -> str:
    """How notes name their source: URLs and ``<stdin>`` as given, files as absolute paths.

    The same file opened from another folder must find its notes.
    """
    if "://" in source or (source.startswith("<") and source.endswith(">")) or not source:
        return source
    return os.path.abspath(os.path.expanduser(source))


def start_fresh(path: Path) -> FreshStart:
    """Move an unreadable notes file aside and start an empty one; returns where the old files went.

    Nothing is deleted: the bad file keeps its bytes under ``<name>.corrupt-YYYYmmddHHMMSS``,
    and ``<name>.bak`` (which the error message named as the previous good version) moves to
    ``<name>.bak-YYYYmmddHHMMSS`` so the new file's first backup cannot replace it.
    """
    target = _real(Path(path))
    with _locked(target):
        damaged = backup = None
        if target.exists():
            damaged = _aside_path(target, "corrupt")
            os.replace(target, damaged)
        good = _backup_path(target)
        if good.exists():
            backup = _aside_path(good, "")
            os.replace(good, backup)
        atomic_write(target, _dumps(_empty_notes()), new_file_mode=NEW_FILE_MODE)
    return FreshStart(damaged, backup)


# --- what a valid file and a valid record are -------------------------------------------------------


def _anchored_problem(doc: Any) -> str | None:
    """What is wrong with what notes and corrections share (source, anchor, times), or ``None``."""
    if not isinstance(doc, dict):
        return "it is not an object"
    for name in ("source", "article_id"):
        if not isinstance(doc.get(name), str):
            return f"{name} is missing or not text"
    anchor = doc.get("anchor")
    if not isinstance(anchor, dict) or not isinstance(anchor.get("exact"), str):
        return "its anchor is missing or has no exact words"
    start, end = anchor.get("start"), anchor.get("end")
    if not (_is_int(start) and _is_int(end) and 0 <= start <= end):
        return f"its offsets {start!r}-{end!r} are not a span"
    for name in ("prefix", "suffix"):
        if not isinstance(anchor.get(name, ""), str):
            return f"anchor {name} is not text"
    return _not_text(doc, ("created", "updated")) or _not_flag(doc, ("orphaned",))


def _not_text(doc: dict[str, Any], names: Iterable[str], *, nullable: bool = False) -> str | None:
    """The problem with the first of ``names`` present in ``doc`` and not text (or null, when
    ``nullable``), else ``None``. An absent field holds its default."""
    allowed = str | None if nullable else str
    bad = next((name for name in names if name in doc and not isinstance(doc[name], allowed)), None)
    return None if bad is None else f"{bad} is not text"


def _not_flag(doc: dict[str, Any], names: Iterable[str]) -> str | None:
    """Like ``_not_text``, for fields that are true or false."""
    bad = next((name for name in names if name in doc and not isinstance(doc[name], bool)), None)
    return None if bad is None else f"{bad} is not true or false"


def _note_problem(doc: Any) -> str | None:
    """What is wrong with one stored note (schema 1), or ``None``."""
    shared = _anchored_problem(doc)
    if shared is not None:
        return shared
    wrong = _not_text(doc, ("note", "target"))
    if wrong is not None:
        return wrong
    colour = doc.get("colour", 1)
    if not (_is_int(colour) and colour in NOTE_COLOURS):
        return f"colour {colour!r} is not {NOTE_COLOURS[0]}-{NOTE_COLOURS[-1]}"
    tags = doc.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        return "tags are not a list of text"
    return _not_text(doc, ("party_id",), nullable=True)


# The optional text fields of a correction (absent or null: unchanged), and its flags.
_CORRECTION_TEXTS = (
    *("speaker", "stance", "kind"),
    *("party", "merge_into", "rename", "party_type", "split_alias"),
)
_CORRECTION_FLAGS = ("respan", "not_a_statement", "added")


def _correction_problem(doc: Any) -> str | None:
    """What is wrong with one stored correction, or ``None``: one that would not apply safely."""
    shared = _anchored_problem(doc)
    if shared is not None:
        return shared
    if doc.get("target") not in TARGETS:
        return f"its target {one_line(repr(doc.get('target')), 30)} is not one of {', '.join(TARGETS)}"
    wrong = _not_text(doc, _CORRECTION_TEXTS, nullable=True) or _not_flag(doc, _CORRECTION_FLAGS)
    if wrong is not None:
        return wrong
    for name, allowed in (("stance", STANCES), ("kind", KINDS), ("party_type", PARTY_TYPES)):
        if doc.get(name) is not None and doc[name] not in allowed:
            return f"{name} {one_line(repr(doc[name]), 30)} is not one of {', '.join(allowed)}"
    return None


def _is_int(value: Any) -> TypeGuard[int]:
    return type(value) is int  # bool is an int subclass, and never an offset or a colour


def _is_v0_notes(data: dict[str, Any]) -> bool:
    """A version-0 briefing file (before the schema marker): only a notes table, every note with a quote."""
    return set(data) <= {NOTES_TABLE} and all(
        isinstance(doc, dict) and "quote" in doc for doc in data.get(NOTES_TABLE, {}).values()
    )


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0: TinyDB counter ids, the quote flat in each note. Version 1: note ids, an anchor dict.

    A note that does not convert is carried over as it was, to be reported and kept, not dropped.
    """
    notes: dict[str, Any] = {}
    for old_id, doc in data.get(NOTES_TABLE, {}).items():
        try:
            note_id, note = _v0_note(old_id, doc)
        except (TypeError, ValueError, AttributeError):
            note_id, note = f"v0-{old_id}", doc
        notes[note_id] = note
    return {META_TABLE: {"schema": {"version": 1}}, NOTES_TABLE: notes}


def _v0_note(old_id: str, doc: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    # Deterministic: an old file is migrated in memory on every read until its first change,
    # so the same note must get the same id (and time) each time.
    created = doc.get("created") or ""
    note = {
        "source": source_key(doc.get("source", "")),
        "article_id": doc.get("article_id", ""),
        "anchor": {
            "exact": doc.get("quote", ""),
            "prefix": doc.get("prefix", ""),
            "suffix": doc.get("suffix", ""),
            "start": int(doc.get("start", 0)),
            "end": int(doc.get("end", 0)),
        },
        "note": doc.get("note", ""),
        "tags": list(doc.get("tags") or ()),
        "colour": int(doc.get("colour", 1)),
        "created": created,
        "updated": doc.get("updated") or created,
    }
    derived = uuid.uuid5(_V0_NAMESPACE, f"{old_id}\n{note['source']}\n{note['anchor']['exact']}\n{created}")
    return str(doc.get("id") or derived.hex), note


def _analysis_problem(doc: Any) -> str | None:
    return None if isinstance(doc, dict) else "it is not an object"


@dataclass(frozen=True)
class FileSchema:
    """What one kind of store file is: its name for messages, version, record checks and migrations."""

    what: str  # "notes file"
    version: int
    record_checks: Mapping[str, Callable[[Any], str | None]]  # by table; other tables are kept unchecked
    migrations: Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]] = field(default_factory=dict)
    # A file without the schema marker that is still ours (an old version): its version, else None.
    unmarked_version: Callable[[dict[str, Any]], int | None] = lambda data: None

    def version_of(self, path: Path, data: Any) -> int:
        """The version of a parsed file, or ``StoreCorruptError``/``StoreForeignError`` saying why not."""
        if not isinstance(data, dict) or not all(isinstance(table, dict) for table in data.values()):
            raise StoreCorruptError(path, f"not a briefing {self.what}; {_untouched(path)}")
        if META_TABLE not in data:
            version = self.unmarked_version(data)
            if version is None:
                tables = ", ".join(one_line(name, 30) for name in sorted(data)[:5])
                raise StoreForeignError(
                    path,
                    f"not a briefing {self.what} (no schema marker; tables: {tables}); left untouched",
                )
            return version
        schema = data[META_TABLE].get("schema")
        version = schema.get("version") if isinstance(schema, dict) else None
        if not _is_int(version) or version < 1:
            shown = one_line(repr(version), 30)
            raise StoreCorruptError(
                path, f"its schema version {shown} is not a whole number from 1; {_untouched(path)}"
            )
        if version > self.version:
            raise StoreCorruptError(
                path,
                f"written by a newer briefing (schema {version}, this one reads {self.version}); "
                "it was left untouched",
            )
        return version

    def current(self, data: dict[str, Any], version: int) -> dict[str, Any]:
        """The file brought to this version (in memory; a new dict when anything changed)."""
        while version < self.version and version in self.migrations:
            data = self.migrations[version](data)
            version += 1
        return data

    def record_problems(self, data: dict[str, Any]) -> dict[tuple[str, str], str]:
        """Every malformed record of a current-version file: (table, id) -> what is wrong."""
        found = {}
        for table, check in self.record_checks.items():
            for doc_id, doc in data.get(table, {}).items():
                problem = check(doc)
                if problem is not None:
                    found[(table, doc_id)] = problem
        return found


# How a warning names a skipped record of each table.
_RECORD_NAMES = {
    NOTES_TABLE: "note",
    CORRECTIONS_TABLE: "correction",
    LIBRARY_ARTICLES_TABLE: "library article",
    LIBRARY_BRIEFINGS_TABLE: "saved briefing",
}


def _notes_unmarked_version(data: dict[str, Any]) -> int | None:
    return 0 if _is_v0_notes(data) else None


# Every table of the notes file brings its record check here.
RECORD_CHECKS: dict[str, Callable[[Any], str | None]] = {
    NOTES_TABLE: _note_problem,
    CORRECTIONS_TABLE: _correction_problem,
}
NOTES_SCHEMA = FileSchema(
    "notes file", SCHEMA_VERSION, RECORD_CHECKS, {0: _v0_to_v1}, _notes_unmarked_version
)
CACHE_SCHEMA = FileSchema(
    "analysis cache",
    CACHE_SCHEMA_VERSION,
    {ANALYSES_TABLE: _analysis_problem},
    unmarked_version=lambda data: 0 if set(data) <= {ANALYSES_TABLE} else None,
)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """A notes file of any older schema, brought to ``SCHEMA_VERSION`` (a new dict)."""
    return NOTES_SCHEMA.current(data, NOTES_SCHEMA.version_of(Path("<data>"), data))


# --- the store --------------------------------------------------------------------------------------


class Store:
    """One notes file and its analysis cache. Safe to share between threads of one process."""

    def __init__(self, path: Path | str | None = None, lock_timeout: float = LOCK_TIMEOUT_SECONDS) -> None:
        self.path = resolve_db_path(path)
        self.cache_path = cache_path_for(self.path)
        self.warnings: list[str] = []
        self._lock_timeout = lock_timeout
        self._files = _FileAccess(self.warnings)
        self._db = _TinyDB(self.path, NOTES_SCHEMA, storage=_AtomicJSONStorage)
        self._notes_storage = cast(_AtomicJSONStorage, self._db.storage)
        self._notes = self._db.table(NOTES_TABLE, cache_size=0)
        self._corrections = self._db.table(CORRECTIONS_TABLE, cache_size=0)
        self._cache_db = _TinyDB(
            self.cache_path, CACHE_SCHEMA, storage=_AtomicJSONStorage
        )  # reads nothing yet
        self._cache_storage = cast(_AtomicJSONStorage, self._cache_db.storage)
        self._cache_off = False  # the cache could not be read at all: analyse afresh, never fail
        with self._files.reading():  # a bad file is reported now, never written
            for table in RECORD_CHECKS:
                self._files.records(self._notes_storage, table)

    def take_warnings(self) -> list[str]:
        """The warnings not yet handed over, once each (for a caller that prints them as they come)."""
        with self._files.reading():
            taken, self.warnings[:] = list(self.warnings), []
        return taken

    # -- notes ---------------------------------------------------------------------------------

    def add_annotation(self, annotation: Annotation) -> Annotation:
        """Save a new note; when this returns it is on disk. Returns it as stored."""
        return self.add_annotations([annotation])[0]

    def add_annotations(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        """Save many new notes in one write (an import, or undoing a multi-delete)."""
        stored = [_normalised(annotation) for annotation in annotations]

        def insert(records: _Records) -> None:
            for note in stored:
                if note.id in records:
                    raise ValueError(f"a note with id {note.id} is already stored")
                records[note.id] = _note_doc(note)

        self._change(self._notes, insert)
        return stored

    def update_annotation(self, annotation: Annotation) -> Annotation:
        """Save an edited note, setting ``updated``. An edit wins over a deletion made meanwhile
        by another instance: nothing the analyst wrote is lost."""
        stored = _normalised(annotation).with_changes(updated=utc_now())
        self._change(self._notes, lambda records: records.__setitem__(stored.id, _note_doc(stored)))
        return stored

    def delete_annotation(self, note_id: str) -> Annotation:
        """Remove a note and return it (for undo). Raises ``KeyError`` for an unknown id."""

        def remove(records: _Records) -> Annotation:
            annotation = self.get_annotation(note_id)
            if annotation is None:
                raise KeyError(note_id)
            del records[note_id]
            return annotation

        return self._change(self._notes, remove)

    def restore_annotation(self, annotation: Annotation) -> Annotation:
        """Put back a deleted note as it was (undo), keeping its id and times."""
        stored = _normalised(annotation)
        self._change(self._notes, lambda records: records.__setitem__(stored.id, _note_doc(stored)))
        return stored

    def get_annotation(self, note_id: str) -> Annotation | None:
        """The stored note with this id, as stored (not re-anchored)."""
        with self._files.reading():
            doc = self._notes_raw().get(note_id)
        return None if doc is None else _annotation(note_id, doc)

    def find_annotations(self, id_prefix: str) -> list[Annotation]:
        """The notes whose ids start with ``id_prefix`` (as ``notes list`` shows them, shortened)."""
        with self._files.reading():
            return [
                _annotation(doc_id, doc)
                for doc_id, doc in self._notes_raw().items()
                if doc_id.startswith(id_prefix)
            ]

    def annotations_for(self, article: Article) -> list[Annotation]:
        """Notes of this article (same text) or of its source (same path or URL, maybe edited text),
        re-anchored against ``article.text``: placed ones in document order, then the orphaned,
        which are kept with their original words."""
        key = source_key(article.source)
        with self._files.reading():
            mine = [
                _annotation(doc_id, doc)
                for doc_id, doc in self._notes_raw().items()
                if doc["article_id"] == article.id or doc["source"] == key
            ]
        placed = [reanchor(annotation, article) for annotation in mine]
        return sorted(placed, key=_document_order)

    def all_annotations(self) -> list[Annotation]:
        """Every note as stored, by source, then position, then creation time."""
        with self._files.reading():
            notes = [_annotation(doc_id, doc) for doc_id, doc in self._notes_raw().items()]
        return sorted(notes, key=lambda a: (a.source, a.orphaned, a.start, a.end, a.created))

    def sources_with_notes(self) -> list[str]:
        with self._files.reading():
            return sorted({doc["source"] for doc in self._notes_raw().values()})

    def tags(self) -> list[str]:
        """Every tag in use, sorted without regard to case (for completion)."""
        with self._files.reading():
            found = {tag for doc in self._notes_raw().values() for tag in doc.get("tags") or ()}
        return sorted(found, key=lambda tag: (tag.casefold(), tag))

    # -- corrections -------------------------------------------------------------------------------

    def add_correction(self, correction: Correction) -> Correction:
        """Save a new correction; when this returns it is on disk. Returns it as stored."""
        stored = _normalised(correction)

        def insert(records: _Records) -> None:
            if stored.id in records:
                raise ValueError(f"a correction with id {stored.id} is already stored")
            records[stored.id] = _correction_doc(stored)

        self._change(self._corrections, insert)
        return stored

    def delete_correction(self, correction_id: str) -> Correction:
        """Remove a correction and return it (for undo). Raises ``KeyError`` for an unknown id."""

        def remove(records: _Records) -> Correction:
            correction = self.get_correction(correction_id)
            if correction is None:
                raise KeyError(correction_id)
            del records[correction_id]
            return correction

        return self._change(self._corrections, remove)

    def restore_correction(self, correction: Correction) -> Correction:
        """Put back a deleted correction as it was (undo), keeping its id and times."""
        stored = _normalised(correction)
        put_back = _correction_doc(stored)
        self._change(self._corrections, lambda records: records.__setitem__(stored.id, put_back))
        return stored

    def get_correction(self, correction_id: str) -> Correction | None:
        """The stored correction with this id, as stored (not re-anchored)."""
        with self._files.reading():
            doc = self._corrections_raw().get(correction_id)
        return None if doc is None else _correction(correction_id, doc)

    def find_corrections(self, id_prefix: str) -> list[Correction]:
        """The corrections whose ids start with ``id_prefix`` (as ``corrections list`` shows them)."""
        with self._files.reading():
            found = self._corrections_raw().items()
            return [_correction(doc_id, doc) for doc_id, doc in found if doc_id.startswith(id_prefix)]

    def corrections_for(self, article: Article) -> list[Correction]:
        """Corrections of this article (same text) or of its source (maybe edited since), in the order
        they were made, as stored: ``apply_corrections`` places them in the text."""
        key = source_key(article.source)
        with self._files.reading():
            mine = [
                _correction(doc_id, doc)
                for doc_id, doc in self._corrections_raw().items()
                if doc["article_id"] == article.id or doc["source"] == key
            ]
        return sorted(mine, key=lambda c: (c.created, c.id))

    def all_corrections(self) -> list[Correction]:
        """Every correction as stored, by source, then the order they were made."""
        with self._files.reading():
            found = [_correction(doc_id, doc) for doc_id, doc in self._corrections_raw().items()]
        return sorted(found, key=lambda c: (c.source, c.created, c.id))

    # -- analysis cache --------------------------------------------------------------------------

    def cached_analysis(self, article_id: str, analyzer_version: str) -> Analysis | None:
        """The saved analysis of this text by this analyzer version, or ``None``. Never imports spaCy.

        Any problem with the cache means ``None`` (analyse afresh) and one line in ``warnings``.
        """
        with self._files.reading():
            entries = self._cache_records()
        doc = entries.get(article_id)
        if doc is None or doc.get("analyzer_version") != analyzer_version:
            return None
        try:
            return _checked_analysis(Analysis.from_dict(doc))
        except (KeyError, TypeError, ValueError, AttributeError):
            problem = "cannot be read; analysing afresh"
            self._files.warn_once(self.cache_path, ANALYSES_TABLE, article_id, problem)
            return None

    def save_analysis(self, analysis: Analysis) -> None:
        """Cache an analysis (replacing any older one of the same text), dropping the oldest when full.

        Does nothing when the cache cannot be used (already said in ``warnings``)."""
        doc = {**analysis.to_dict(), "saved": time.time()}

        def put(entries: _Records) -> None:
            entries[analysis.article_id] = doc
            if len(entries) > MAX_CACHED_ANALYSES:
                by_age = sorted(entries, key=lambda key: _saved_time(entries[key]))
                for key in by_age[: len(entries) - MAX_CACHED_ANALYSES]:
                    del entries[key]

        with self._files.reading():
            self._cache_records()  # sets a damaged cache aside first, or turns the cache off
            usable = not self._cache_off
        if usable:
            self._change(self._cache_db.table(ANALYSES_TABLE), put)

    # -- life cycle --------------------------------------------------------------------------------

    def close(self) -> None:
        """Nothing is buffered (every write is already on disk); this only drops the parsed files."""
        self._db.close()
        self._cache_db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------------------------

    def _change(self, table: Table, change: Callable[[_Records], _T]) -> _T:
        return self._files.change(table, change, self._lock_timeout)

    def _notes_raw(self) -> dict[str, dict[str, Any]]:
        return self._files.records(self._notes_storage, NOTES_TABLE)

    def _corrections_raw(self) -> dict[str, dict[str, Any]]:
        return self._files.records(self._notes_storage, CORRECTIONS_TABLE)

    def _cache_records(self) -> dict[str, Any]:
        """The cache's entries; a damaged cache is moved aside, an unreadable one turned off (warned once)."""
        if self._cache_off:
            return {}
        try:
            try:
                return self._files.records(self._cache_storage, ANALYSES_TABLE)
            except (StoreCorruptError, StoreForeignError) as exc:  # not what briefing wrote: a fresh cache
                self._set_cache_aside(exc)
                return {}
        except StoreError as exc:  # a folder, no permission, a FIFO: nothing to set aside
            self._cache_off = True
            self.warnings.append(f"{exc}; analysing afresh without the cache")
            return {}

    def _set_cache_aside(self, exc: StoreError) -> None:
        storage = self._cache_storage
        with self._files.writing(self.cache_path, self._lock_timeout):
            storage.forget()
            try:
                storage.read()
                return  # another instance replaced it meanwhile
            except (StoreCorruptError, StoreForeignError):
                aside = _aside_path(_real(self.cache_path), "corrupt")
                os.replace(_real(self.cache_path), aside)
                storage.forget()
        self.warnings.append(f"{exc.problem}; moved it to {aside} and started a new analysis cache")


class _FileAccess:
    """What every reader and writer of store files shares (composed into ``Store`` and ``Library``):
    one thread lock, the cross-process file lock, the one write path, and malformed records
    reported once each into ``warnings``."""

    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings
        self._thread_lock = threading.RLock()
        self._reported: set[tuple[Path, str, str]] = set()  # malformed records already warned about
        self._swept: set[Path] = set()  # files whose killed writers' leftovers are already removed

    def change(self, table: Table, change: Callable[[_Records], _T], lock_timeout: float) -> _T:
        """The one write path, for any table of any store file: under the file's lock, re-read the
        file, apply ``change`` to that table's records (a dict by id, changed in place) and write
        the file whole. Records the change did not touch, malformed ones too, are written as read."""
        storage = table.storage
        assert isinstance(storage, _AtomicJSONStorage)
        with self.writing(storage.path, lock_timeout):
            tables = storage.read() or {}
            try:
                result = change(tables.setdefault(table.name, {}))
            except BaseException:
                storage.forget()  # the change may have begun on the parsed copy: re-read next time
                raise
            storage.write(tables)
            table.clear_cache()
        return result

    def records(self, storage: _AtomicJSONStorage, table: str) -> dict[str, Any]:
        """The well-formed records of one table; each malformed one is reported once and left out."""
        data = storage.read() or {}
        records = data.get(table, {})
        bad = [doc_id for (name, doc_id) in storage.problems if name == table]
        if not bad:
            return records
        for doc_id in bad:
            self.warn_once(storage.path, table, doc_id, storage.problems[(table, doc_id)])
        skipped = set(bad)
        return {doc_id: doc for doc_id, doc in records.items() if doc_id not in skipped}

    def warn_once(self, path: Path, table: str, doc_id: str, problem: str) -> None:
        if (path, table, doc_id) in self._reported:
            return
        self._reported.add((path, table, doc_id))
        record = _RECORD_NAMES.get(table, f"{table} entry")
        kept = "; it is kept in the file" if table != ANALYSES_TABLE else ""
        self.warnings.append(f"{path}: {record} {one_line(doc_id, 40)!r} skipped: {problem}{kept}")

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._thread_lock:
            yield

    @contextmanager
    def writing(self, path: Path, lock_timeout: float) -> Iterator[None]:
        try:
            with self._thread_lock, _locked(_real(path), lock_timeout):
                if path not in self._swept:
                    _remove_stale_temporaries(_real(path))
                    self._swept.add(path)
                yield
        except OSError as exc:  # a read-only file or folder, a full disk, a FIFO where the file should be
            raise StoreError(path, f"cannot write ({exc.strerror or exc}); nothing was saved") from exc


class _StrIdTable(Table):
    """Documents keyed by our own string ids (note ids, article ids), never by TinyDB's counter,
    whose cached next id two instances would both hand out. Written only through ``Store._change``."""

    document_id_class = str  # type: ignore[assignment]


class _TinyDB(TinyDB):
    table_class = _StrIdTable


class _AtomicJSONStorage(Storage):
    """TinyDB storage that replaces the file atomically and keeps the last good copy as ``.bak``.

    ``read`` gives the file at the current schema version (migrated in memory when
    older) and sets ``problems`` to its malformed records. The parsed file is kept
    while the file is the same: same inode, size and mtime, and the same first bytes,
    which hold a random revision token that every write renews (an inode can be
    reused and an mtime can be coarse).
    """

    def __init__(self, path: Path, schema: FileSchema) -> None:
        self.path = Path(path)
        self.schema = schema
        self.problems: dict[tuple[str, str], str] = {}
        self._cached: tuple[_Identity, dict[str, Any]] | None = None
        self._disk_version: int | None = None  # the version on disk when older than ``schema``

    def read(self) -> dict[str, Any] | None:
        """The file at the current version, validated; ``None`` when missing or empty. Never writes."""
        try:
            kind = kind_of(os.stat(self.path).st_mode)
            if kind is not None:
                raise StoreError(self.path, f"it is {kind}, not a regular file; it was left untouched")
            with open(self.path, "rb") as handle:
                head = handle.read(_HEAD_BYTES)
                identity = _identity(os.fstat(handle.fileno()), head)
                if self._cached is not None and self._cached[0] == identity:
                    return self._cached[1]
                payload = head + handle.read()
        except FileNotFoundError:
            self.forget()
            return None
        except OSError as exc:  # not the file's fault (no permission, a symlink loop): nothing to set aside
            raise StoreError(self.path, f"cannot read ({exc.strerror or exc})") from None
        if not payload.strip():
            self.forget()
            return None
        raw = _parse(self.path, payload)
        version = self.schema.version_of(self.path, raw)
        data = self.schema.current(raw, version)
        self.problems = self.schema.record_problems(data)
        self._disk_version = version if version < self.schema.version else None
        self._cached = (identity, data)
        return data

    def write(self, data: dict[str, Any]) -> None:
        """Write the whole file; the first write over an older version keeps a ``.v<N>.bak`` copy."""
        meta: dict[str, Any] = data.get(META_TABLE) or {"schema": {"version": self.schema.version}}
        meta["revision"] = {"token": uuid.uuid4().hex}
        data[META_TABLE] = meta
        old_version = self._disk_version if self._disk_version in self.schema.migrations else None
        try:
            payload = _dumps(data)
            _, status = atomic_write(
                self.path,
                payload,
                new_file_mode=NEW_FILE_MODE,
                before_replace=lambda target: _keep_backups(target, old_version),
            )
        except BaseException:
            self.forget()  # the parsed copy was changed in place: re-read next time
            raise
        self._disk_version = None
        self._cached = (_identity(status, payload[:_HEAD_BYTES]), data)

    def forget(self) -> None:
        self._cached = None
        self._disk_version = None
        self.problems = {}

    def close(self) -> None:
        self.forget()


def _checked_analysis(analysis: Analysis) -> Analysis:
    """A cached analysis whose spans can be used, else ``ValueError`` (the entry is then analysed afresh)."""
    for item in (*analysis.statements, *analysis.mentions):
        if not (_is_int(item.start) and _is_int(item.end) and isinstance(item.text, str)):
            raise ValueError("malformed span")
    if not all(isinstance(party.name, str) and isinstance(party.id, str) for party in analysis.parties):
        raise ValueError("malformed party")
    return analysis


def _saved_time(entry: Any) -> float:
    saved = entry.get("saved", 0) if isinstance(entry, dict) else 0
    return saved if isinstance(saved, int | float) else 0


def _empty_notes() -> dict[str, Any]:
    return {META_TABLE: {"schema": {"version": SCHEMA_VERSION}}, NOTES_TABLE: {}}


def _parse(path: Path, payload: bytes) -> Any:
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        problem = f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
    raise StoreCorruptError(path, f"{problem}; {_untouched(path)}")


def _untouched(path: Path) -> str:
    backup = _backup_path(_real(path))
    hint = f"; the previous good version is {backup}" if backup.exists() else ""
    return f"it was left untouched{hint}"


def _dumps(data: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON, meta first so the revision token is in the head that reads compare.

    orjson, not the json module: the whole file is rewritten per change, and with
    5,000 notes json.dumps alone took 40 ms of the 50 ms budget (orjson: 3 ms).
    """
    ordered = {META_TABLE: data.get(META_TABLE, {}), **data}
    return orjson.dumps(ordered)


def _real(path: Path) -> Path:
    """The file a path names after its symlinks: where writes, backups and the lock go."""
    return Path(os.path.realpath(path))


def _backup_path(target: Path) -> Path:
    return target.with_name(f"{target.name}.bak")


def _keep_backups(target: Path, old_version: int | None) -> None:
    """Before a write replaces ``target``: keep it as ``.bak`` and, over an older schema, as ``.v<N>.bak``."""
    if not target.exists():
        return
    if old_version is not None:
        shutil.copy2(target, _unused_path(target.with_name(f"{target.name}.v{old_version}.bak")))
    backup = _backup_path(target)
    link = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.bak.tmp")
    try:
        os.link(target, link)  # the file is never changed in place, so a link is a true copy
    except OSError:
        shutil.copy2(target, link)
    os.replace(link, backup)
    # POSIX rename() does nothing when both names already link one file, as after a
    # writer killed between its backup and its replace: then drop the spare name.
    with suppress(FileNotFoundError):
        os.unlink(link)


def _remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files a killed writer left. Call under the lock: temporary files are
    only made under it, so any found then belongs to a writer that died."""
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        with suppress(OSError):
            if stat.S_ISREG(leftover.lstat().st_mode):
                leftover.unlink()


@contextmanager
def _locked(target: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    target.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(Path(f"{target}.lock"), timeout) as held:
        if not held:
            raise StoreLockedError(target, f"busy: another briefing held its lock for {timeout:g} s")
        yield


def _identity(status: os.stat_result, head: bytes) -> _Identity:
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, head)


def _unused_path(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


_Sourced = TypeVar("_Sourced", Annotation, Correction)


def _normalised(record: _Sourced) -> _Sourced:
    """A note or correction with its source as ``source_key`` names it."""
    key = source_key(record.source)
    return record if key == record.source else dataclasses.replace(record, source=key)


# Fields left out of the file when they hold their default: the file is rewritten whole per change.
_DEFAULTS = {"orphaned": False, "target": "text", "party_id": None}


def _note_doc(annotation: Annotation) -> dict[str, Any]:
    doc = annotation.to_dict()
    del doc["id"]  # the document's key
    for name, default in _DEFAULTS.items():
        if doc[name] == default:
            del doc[name]
    return doc


def _annotation(note_id: str, doc: dict[str, Any]) -> Annotation:
    return Annotation.from_dict({**doc, "id": note_id})


def _correction_doc(correction: Correction) -> dict[str, Any]:
    """The stored form: the id is the document's key, and fields holding None or False are left out."""
    doc = correction.to_dict()
    del doc["id"]
    return {name: value for name, value in doc.items() if value is not None and value is not False}


def _correction(correction_id: str, doc: dict[str, Any]) -> Correction:
    return Correction.from_dict({**doc, "id": correction_id})


def _document_order(annotation: Annotation) -> tuple[bool, int, int, str]:
    return (annotation.orphaned, annotation.start, annotation.end, annotation.created)


def _aside_path(path: Path, label: str) -> Path:
    """A name of its own beside ``path``: ``<name>.<label>-YYYYmmddHHMMSS`` (UTC), never over another."""
    stamp = f"{datetime.now(UTC):%Y%m%d%H%M%S}"
    name = f"{path.name}.{label}-{stamp}" if label else f"{path.name}-{stamp}"
    return _unused_path(path.with_name(name))


# -- the library: every article opened, read or unread, and named briefings -----------------------------

_ARTICLE_TEXTS = ("source", "title", "byline", "date", "site", "url")


def library_path_for(path: Path) -> Path:
    """The library beside a notes file: ``notes.json`` -> ``notes.library.json``."""
    return path.with_name(f"{path.stem if path.suffix == '.json' else path.name}.library.json")


class StoredArticle(NamedTuple):
    article: Article
    first_opened: str  # ISO 8601, UTC
    last_opened: str
    read: bool


class SavedBriefing(NamedTuple):
    name: str
    article_ids: tuple[str, ...]
    saved: str  # ISO 8601, UTC


def _library_article_problem(doc: Any) -> str | None:
    """What is wrong with one kept article, or ``None``: one ``Article.from_dict`` reads whole."""
    if not isinstance(doc, dict):
        return "it is not an object"
    text = doc.get("text")
    if not isinstance(text, str):
        return "text is missing or not text"
    wrong = _not_text(doc, (*_ARTICLE_TEXTS, "id"), nullable=True)
    if wrong is not None:
        return wrong
    paragraphs = doc.get("paragraphs") or []
    if not isinstance(paragraphs, list) or not all(
        isinstance(span, list)
        and len(span) == 2
        and _is_int(span[0])
        and _is_int(span[1])
        and 0 <= span[0] <= span[1] <= len(text)
        for span in paragraphs
    ):
        return "its paragraphs are not spans of its text"
    return _not_text(doc, ("first_opened", "last_opened")) or _not_flag(doc, ("read",))


def _saved_briefing_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "it is not an object"
    ids = doc.get("articles", [])
    if not isinstance(ids, list) or not all(isinstance(article_id, str) for article_id in ids):
        return "its articles are not a list of ids"
    return _not_text(doc, ("saved",))


LIBRARY_SCHEMA = FileSchema(
    "library file",
    LIBRARY_SCHEMA_VERSION,
    {LIBRARY_ARTICLES_TABLE: _library_article_problem, LIBRARY_BRIEFINGS_TABLE: _saved_briefing_problem},
)


class Library:
    """Articles kept whole (text, title, source, date) so a briefing reopens without its sources,
    their read or unread state, and named briefings. A sibling file of the notes file, read and
    written like it (``_FileAccess``, ``atomic_write``): a library that does not parse or is
    another program's raises ``StoreCorruptError``/``StoreForeignError`` and is never written
    over; a malformed record is reported once in ``warnings``, skipped, and kept in the file."""

    def __init__(
        self, notes_path: Path | str | None = None, lock_timeout: float = LOCK_TIMEOUT_SECONDS
    ) -> None:
        self.path = library_path_for(resolve_db_path(notes_path))
        self.warnings: list[str] = []
        self._lock_timeout = lock_timeout
        self._files = _FileAccess(self.warnings)
        self._db = _TinyDB(self.path, LIBRARY_SCHEMA, storage=_AtomicJSONStorage)
        self._storage = cast(_AtomicJSONStorage, self._db.storage)
        self._articles = self._db.table(LIBRARY_ARTICLES_TABLE, cache_size=0)
        self._briefings = self._db.table(LIBRARY_BRIEFINGS_TABLE, cache_size=0)
        self._kept_articles()  # a bad file is reported now, before anything is written
        self._saved_briefings()

    def keep_articles(self, articles: Iterable[Article]) -> None:
        """Store (or refresh) every article in one write; an article already kept keeps its read state."""
        now = utc_now()
        given = list(articles)

        def update(records: _Records) -> None:
            for article in given:
                found = records.get(article.id)
                # New, or malformed: the article given replaces it whole.
                old: dict[str, Any] = (
                    found if found is not None and _library_article_problem(found) is None else {}
                )
                records[article.id] = {
                    **article.to_dict(),
                    "first_opened": old.get("first_opened", now),
                    "last_opened": now,
                    "read": old.get("read", False),
                }

        self._change(self._articles, update)

    def set_read(self, article_id: str, read: bool = True) -> None:
        """Mark a kept article read or unread. Raises ``KeyError`` for an article not kept."""

        def update(records: _Records) -> None:
            doc = records.get(article_id)
            if doc is None or _library_article_problem(doc) is not None:
                raise KeyError(article_id)
            doc["read"] = read

        self._change(self._articles, update)

    def article(self, article_id: str) -> StoredArticle | None:
        doc = self._kept_articles().get(article_id)
        return None if doc is None else _stored_article(doc)

    def articles(self) -> list[StoredArticle]:
        """Every kept article, the most recently opened first."""
        docs = self._kept_articles().values()
        return sorted((_stored_article(doc) for doc in docs), key=lambda s: s.last_opened, reverse=True)

    def save_briefing(self, name: str, articles: Sequence[Article]) -> SavedBriefing:
        """Keep the articles and save their set under ``name`` (replacing a briefing of that name)."""
        if not name.strip():
            raise ValueError("a briefing needs a name")
        self.keep_articles(articles)
        ids = list(dict.fromkeys(article.id for article in articles))
        saved = SavedBriefing(name, tuple(ids), utc_now())
        doc = {"articles": ids, "saved": saved.saved}
        self._change(self._briefings, lambda records: records.__setitem__(name, doc))
        return saved

    def briefings(self) -> list[SavedBriefing]:
        return sorted(
            (
                SavedBriefing(name, tuple(doc.get("articles", ())), doc.get("saved", ""))
                for name, doc in self._saved_briefings().items()
            ),
            key=lambda b: b.name.casefold(),
        )

    def briefing_articles(self, name: str) -> list[Article]:
        """The articles of a saved briefing, in the order saved. Raises ``KeyError`` for an unknown name."""
        doc = self._saved_briefings().get(name)
        if doc is None:
            raise KeyError(name)
        kept = self._kept_articles()
        return [Article.from_dict(kept[i]) for i in doc.get("articles", ()) if i in kept]

    def delete_briefing(self, name: str) -> None:
        """Forget a saved briefing (its articles stay kept). Raises ``KeyError`` for an unknown name."""

        def remove(records: _Records) -> None:
            if _saved_briefing_problem(records.get(name)) is not None:
                raise KeyError(name)
            del records[name]

        self._change(self._briefings, remove)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _kept_articles(self) -> dict[str, Any]:
        with self._files.reading():
            return self._files.records(self._storage, LIBRARY_ARTICLES_TABLE)

    def _saved_briefings(self) -> dict[str, Any]:
        with self._files.reading():
            return self._files.records(self._storage, LIBRARY_BRIEFINGS_TABLE)

    def _change(self, table: Table, change: Callable[[_Records], None]) -> None:
        self._files.change(table, change, self._lock_timeout)


def _stored_article(doc: dict[str, Any]) -> StoredArticle:
    opened = (doc.get("first_opened", ""), doc.get("last_opened", ""))
    return StoredArticle(Article.from_dict(doc), *opened, doc.get("read", False))
