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

Two instances. Each change takes a file lock (``filelock``), re-reads the file
under it (cheaply: the parsed file is kept while its inode, size, mtime and
revision token are unchanged) and applies only its own change to what it read,
so two instances never lose each other's notes. Notes are keyed by their own id,
never by a counter. Reads take no lock: the file is only ever replaced whole.
Every call does its disk work before returning (about 20 ms per change with
5,000 notes, see benchmarks/store.py); nothing is buffered, so nothing needs flushing.

A notes file that does not parse (or is not a briefing file, or comes from a
newer briefing) raises ``StoreCorruptError`` naming the path, and is never
written to; ``start_fresh(path)`` moves it aside and starts an empty file, for
the app's "start a new file" offer.

Schema. ``meta`` holds ``{"schema": {"version": SCHEMA_VERSION}}``. Older files
are migrated on open, under the lock, after a copy is kept as
``notes.json.v<N>.bak``. Version 0 (before ``meta`` existed) kept the quote flat
in each note (``quote``, ``start``, ``end``) under TinyDB counter ids; version 1
keeps an ``anchor`` dict (exact, prefix, suffix, start, end) under the note id.

Public API:

- ``default_db_path() -> Path``, ``resolve_db_path(explicit) -> Path``, ``source_key(source) -> str``
- ``Store(path)``, with ``.path``, ``.cache_path``, ``.warnings`` (lines for the user, e.g. a
  rebuilt cache); usable as a context manager; ``close()``.
- notes: ``add_annotation``, ``add_annotations``, ``update_annotation``, ``delete_annotation``,
  ``restore_annotation``, ``get_annotation``, ``find_annotations`` (by id prefix),
  ``annotations_for(article)``, ``all_annotations()``, ``sources_with_notes()``, ``tags()``
- corrections (the ``corrections`` table of the notes file, same rules as notes): ``add_correction``,
  ``delete_correction``, ``restore_correction``, ``get_correction``, ``find_corrections`` (by id
  prefix), ``corrections_for(article)``, ``all_corrections()``. A file without the table has none,
  so adding it needed no schema change. Applying them: ``briefing.corrections.apply_corrections``.
- cache: ``cached_analysis(article_id, analyzer_version)``, ``save_analysis(analysis)``
- library (``notes.library.json``): ``Library(notes_path)`` with ``keep_articles``, ``set_read``,
  ``article``, ``articles``, ``save_briefing``, ``briefings``, ``briefing_articles``, ``delete_briefing``.
- ``start_fresh(path) -> Path``; errors ``StoreError`` > ``StoreCorruptError``, ``StoreLockedError``.
- Creating notes: ``briefing.anchoring.new_annotation`` and ``edit_annotation``.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, cast

import orjson
from filelock import FileLock, Timeout
from platformdirs import user_data_dir
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from briefing.anchoring import reanchor, utc_now
from briefing.corrections import Correction
from briefing.durable import fsync_folder
from briefing.model import Analysis, Annotation, Article

SCHEMA_VERSION = 1
CACHE_SCHEMA_VERSION = 1
ENV_VAR = "BRIEFING_DB"
NOTES_TABLE = "notes"
CORRECTIONS_TABLE = "corrections"
META_TABLE = "meta"
ANALYSES_TABLE = "analyses"
LOCK_TIMEOUT_SECONDS = 10.0
MAX_CACHED_ANALYSES = 200  # oldest dropped first; an analysis is tens of kilobytes
_HEAD_BYTES = 128  # enough to hold the meta table and its revision token
_Identity = tuple[int, int, int, int, bytes]


class StoreError(Exception):
    """A store problem the user must hear about; ``str()`` is one line naming ``path``."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StoreCorruptError(StoreError):
    """The notes file cannot be read as a briefing notes file. It has not been touched."""


class StoreLockedError(StoreError):
    """Another process held the store's lock for too long."""


def default_db_path() -> Path:
    """``notes.json`` in the user data folder (e.g. ``~/.local/share/briefing`` on Linux)."""
    return Path(user_data_dir("briefing", appauthor=False)) / "notes.json"


def resolve_db_path(explicit: Path | str | None = None) -> Path:
    """The notes file to use: ``explicit`` (``--db``), else ``$BRIEFING_DB``, else the default."""
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


def start_fresh(path: Path) -> Path:
    """Move an unreadable notes file aside and start an empty one; returns where the old file went.

    For the app's "start a new file" offer: nothing is deleted, the bad file keeps
    its bytes under ``<name>.corrupt-YYYYmmddHHMMSS``.
    """
    path = Path(path)
    with _locked(path):
        backup = _corrupt_aside_path(path)
        if path.exists():
            os.replace(path, backup)
        _atomic_write(path, _dumps(_empty_notes()), keep_backup=False)
    return backup


class Store:
    """One notes file and its analysis cache. Safe to share between threads of one process."""

    def __init__(self, path: Path | str | None = None, lock_timeout: float = LOCK_TIMEOUT_SECONDS) -> None:
        self.path = resolve_db_path(path)
        self.cache_path = cache_path_for(self.path)
        self.warnings: list[str] = []
        self._lock_timeout = lock_timeout
        self._thread_lock = threading.RLock()
        self._db = _TinyDB(self.path, _check_notes, SCHEMA_VERSION, storage=_AtomicJSONStorage)
        self._notes_storage: _AtomicJSONStorage = self._db.storage
        self._notes = self._db.table(NOTES_TABLE, cache_size=0)
        self._corrections = self._db.table(CORRECTIONS_TABLE, cache_size=0)
        self._cache_db: TinyDB | None = None
        self._cache_storage: _AtomicJSONStorage | None = None
        self._swept: set[Path] = set()  # files whose killed writers' leftovers are already removed
        self._open_notes()

    # -- notes ---------------------------------------------------------------------------------

    def add_annotation(self, annotation: Annotation) -> Annotation:
        """Save a new note; when this returns it is on disk. Returns it as stored."""
        stored = _normalised(annotation)
        with self._writing(self.path):
            self._notes.insert(Document(_note_doc(stored), doc_id=stored.id))
        return stored

    def add_annotations(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        """Save many new notes in one write (an import, or undoing a multi-delete)."""
        stored = [_normalised(annotation) for annotation in annotations]
        with self._writing(self.path):
            self._notes.insert_multiple(Document(_note_doc(note), doc_id=note.id) for note in stored)
        return stored

    def update_annotation(self, annotation: Annotation) -> Annotation:
        """Save an edited note, setting ``updated``. An edit wins over a deletion made meanwhile
        by another instance: nothing the analyst wrote is lost."""
        stored = _normalised(annotation).with_changes(updated=utc_now())
        with self._writing(self.path):
            self._notes.put(stored.id, _note_doc(stored))
        return stored

    def delete_annotation(self, note_id: str) -> Annotation:
        """Remove a note and return it (for undo). Raises ``KeyError`` for an unknown id."""
        with self._writing(self.path):
            annotation = self.get_annotation(note_id)
            if annotation is None:
                raise KeyError(note_id)
            self._notes.remove(doc_ids=[note_id])
        return annotation

    def restore_annotation(self, annotation: Annotation) -> Annotation:
        """Put back a deleted note as it was (undo), keeping its id and times."""
        stored = _normalised(annotation)
        with self._writing(self.path):
            self._notes.put(stored.id, _note_doc(stored))
        return stored

    def get_annotation(self, note_id: str) -> Annotation | None:
        """The stored note with this id, as stored (not re-anchored)."""
        with self._reading():
            doc = self._notes.get(doc_id=note_id)
        return None if doc is None else _annotation(note_id, doc)

    def find_annotations(self, id_prefix: str) -> list[Annotation]:
        """The notes whose ids start with ``id_prefix`` (as ``notes list`` shows them, shortened)."""
        with self._reading():
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
        with self._reading():
            mine = [
                _annotation(doc_id, doc)
                for doc_id, doc in self._notes_raw().items()
                if doc.get("article_id") == article.id or doc.get("source") == key
            ]
        placed = [reanchor(annotation, article) for annotation in mine]
        return sorted(placed, key=_document_order)

    def all_annotations(self) -> list[Annotation]:
        """Every note as stored, by source, then position, then creation time."""
        with self._reading():
            notes = [_annotation(doc_id, doc) for doc_id, doc in self._notes_raw().items()]
        return sorted(notes, key=lambda a: (a.source, a.orphaned, a.start, a.end, a.created))

    def sources_with_notes(self) -> list[str]:
        with self._reading():
            return sorted({doc.get("source", "") for doc in self._notes_raw().values()})

    def tags(self) -> list[str]:
        """Every tag in use, sorted without regard to case (for completion)."""
        with self._reading():
            found = {tag for doc in self._notes_raw().values() for tag in doc.get("tags") or ()}
        return sorted(found, key=lambda tag: (tag.casefold(), tag))

    # -- corrections -------------------------------------------------------------------------------

    def add_correction(self, correction: Correction) -> Correction:
        """Save a new correction; when this returns it is on disk. Returns it as stored."""
        stored = _normalised(correction)
        with self._writing(self.path):
            self._corrections.insert(Document(_correction_doc(stored), doc_id=stored.id))
        return stored

    def delete_correction(self, correction_id: str) -> Correction:
        """Remove a correction and return it (for undo). Raises ``KeyError`` for an unknown id."""
        with self._writing(self.path):
            correction = self.get_correction(correction_id)
            if correction is None:
                raise KeyError(correction_id)
            self._corrections.remove(doc_ids=[correction_id])
        return correction

    def restore_correction(self, correction: Correction) -> Correction:
        """Put back a deleted correction as it was (undo), keeping its id and times."""
        stored = _normalised(correction)
        with self._writing(self.path):
            self._corrections.put(stored.id, _correction_doc(stored))
        return stored

    def get_correction(self, correction_id: str) -> Correction | None:
        """The stored correction with this id, as stored (not re-anchored)."""
        with self._reading():
            doc = self._corrections.get(doc_id=correction_id)
        return None if doc is None else _correction(correction_id, doc)

    def find_corrections(self, id_prefix: str) -> list[Correction]:
        """The corrections whose ids start with ``id_prefix`` (as ``corrections list`` shows them)."""
        with self._reading():
            found = self._table_raw(CORRECTIONS_TABLE).items()
            return [_correction(doc_id, doc) for doc_id, doc in found if doc_id.startswith(id_prefix)]

    def corrections_for(self, article: Article) -> list[Correction]:
        """Corrections of this article (same text) or of its source (maybe edited since), in the order
        they were made, as stored: ``apply_corrections`` places them in the text."""
        key = source_key(article.source)
        with self._reading():
            mine = [
                _correction(doc_id, doc)
                for doc_id, doc in self._table_raw(CORRECTIONS_TABLE).items()
                if doc.get("article_id") == article.id or doc.get("source") == key
            ]
        return sorted(mine, key=lambda c: (c.created, c.id))

    def all_corrections(self) -> list[Correction]:
        """Every correction as stored, by source, then the order they were made."""
        with self._reading():
            found = [_correction(doc_id, doc) for doc_id, doc in self._table_raw(CORRECTIONS_TABLE).items()]
        return sorted(found, key=lambda c: (c.source, c.created, c.id))

    # -- analysis cache --------------------------------------------------------------------------

    def cached_analysis(self, article_id: str, analyzer_version: str) -> Analysis | None:
        """The saved analysis of this text by this analyzer version, or ``None``. Never imports spaCy."""
        with self._reading():
            doc = self._cache_table().get(doc_id=article_id)
        if doc is None or doc.get("analyzer_version") != analyzer_version:
            return None
        try:
            return Analysis.from_dict(doc)
        except (KeyError, TypeError, ValueError):
            return None  # an entry we cannot read is as good as missing: analyse again

    def save_analysis(self, analysis: Analysis) -> None:
        """Cache an analysis (replacing any older one of the same text), dropping the oldest when full."""
        doc = {**analysis.to_dict(), "saved": time.time()}
        with self._writing(self.cache_path):
            table = self._cache_table()
            table.put(analysis.article_id, doc)
            stored = self._cache_storage.read() or {}
            entries = stored.get(ANALYSES_TABLE, {})
            if len(entries) > MAX_CACHED_ANALYSES:
                by_age = sorted(entries, key=lambda key: entries[key].get("saved", 0))
                table.remove(doc_ids=by_age[: len(entries) - MAX_CACHED_ANALYSES])

    # -- life cycle --------------------------------------------------------------------------------

    def close(self) -> None:
        """Nothing is buffered (every write is already on disk); this only drops the parsed files."""
        self._db.close()
        if self._cache_db is not None:
            self._cache_db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------------------------

    def _open_notes(self) -> None:
        """Read (and if needed migrate) the notes file now, so a bad file is reported at open."""
        with self._reading():
            data = self._notes_storage.read_raw()
        if data is None or _schema_version(data) == SCHEMA_VERSION:
            return
        with self._writing(self.path):
            data = self._notes_storage.read_raw()
            version = _schema_version(data) if data is not None else SCHEMA_VERSION
            if version == SCHEMA_VERSION:
                return  # another instance migrated it meanwhile
            shutil.copy2(self.path, _unused_path(self.path.with_name(f"{self.path.name}.v{version}.bak")))
            self._notes_storage.write(migrate(data))

    def _notes_raw(self) -> dict[str, dict[str, Any]]:
        data = self._notes_storage.read()
        return (data or {}).get(NOTES_TABLE, {})

    def _table_raw(self, name: str) -> dict[str, dict[str, Any]]:
        return (self._notes_storage.read() or {}).get(name, {})

    def _cache_table(self) -> Table:
        if self._cache_db is None:
            self._cache_db = _TinyDB(
                self.cache_path, _check_cache, CACHE_SCHEMA_VERSION, storage=_AtomicJSONStorage
            )
            self._cache_storage = self._cache_db.storage
        try:
            self._cache_storage.read()
        except StoreCorruptError as exc:
            self._set_cache_aside(exc)
        return self._cache_db.table(ANALYSES_TABLE, cache_size=0)

    def _set_cache_aside(self, exc: StoreCorruptError) -> None:
        with self._writing(self.cache_path):
            self._cache_storage.forget()
            try:
                self._cache_storage.read()
                return  # another instance replaced it meanwhile
            except StoreCorruptError:
                aside = _corrupt_aside_path(self.cache_path)
                os.replace(self.cache_path, aside)
                self._cache_storage.forget()
        self.warnings.append(f"{exc.problem}; moved it to {aside} and started a new analysis cache")

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._thread_lock:
            yield

    @contextmanager
    def _writing(self, path: Path) -> Iterator[None]:
        try:
            with self._thread_lock, _locked(path, self._lock_timeout):
                if path not in self._swept:
                    _remove_stale_temporaries(path)
                    self._swept.add(path)
                yield
        except OSError as exc:  # a read-only folder, a full disk, a file where a folder should be
            raise StoreError(path, f"cannot write ({exc.strerror or exc}); nothing was saved") from exc


class _StrIdTable(Table):
    """Documents keyed by our own string ids (note ids, article ids), never by TinyDB's counter,
    whose cached next id two instances would both hand out."""

    document_id_class = str  # type: ignore[assignment]

    def _update_table(self, updater: Callable[[dict[str, Any]], None]) -> None:
        # TinyDB's version copies the whole table twice to convert ids to and from
        # int; ours are strings already, and with 5,000 notes the copies cost a
        # third of a save. The storage re-reads after a failed write, so changing
        # the parsed copy in place is safe.
        tables = self._storage.read() or {}
        updater(tables.setdefault(self.name, {}))
        self._storage.write(tables)
        self.clear_cache()

    def put(self, doc_id: str, document: dict[str, Any]) -> None:
        """Insert or replace one document whole, in one write (``upsert`` merges and may write twice)."""
        self._update_table(lambda table: table.__setitem__(doc_id, document))


class _TinyDB(TinyDB):
    table_class = _StrIdTable


class _AtomicJSONStorage(Storage):
    """TinyDB storage that replaces the file atomically and keeps the last good copy as ``.bak``.

    The parsed file is kept while the file is the same: same inode, size and
    mtime, and the same first bytes, which hold a random revision token that
    every write renews (an inode can be reused and an mtime can be coarse).
    """

    def __init__(self, path: Path, check: Callable[[Path, Any], None], schema_version: int) -> None:
        self.path = Path(path)
        self._check = check
        self._schema_version = schema_version
        self._cached: tuple[_Identity, dict[str, Any]] | None = None

    def read_raw(self) -> dict[str, Any] | None:
        """The file as it is, validated but not migrated; ``None`` when missing or empty."""
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(_HEAD_BYTES)
                identity = _identity(os.fstat(handle.fileno()), head)
                if self._cached is not None and self._cached[0] == identity:
                    return self._cached[1]
                payload = head + handle.read()
        except FileNotFoundError:
            self._cached = None
            return None
        except OSError as exc:  # not the file's fault (a folder, no permission): nothing to set aside
            raise StoreError(self.path, f"cannot read ({exc.strerror or exc})") from None
        if not payload.strip():
            return None
        data = _parse(self.path, payload)
        self._check(self.path, data)
        self._cached = (identity, data)
        return data

    def read(self) -> dict[str, Any] | None:
        data = self.read_raw()
        if data is not None and _schema_version(data) != SCHEMA_VERSION and NOTES_TABLE in data:
            # An old file another instance wrote after we opened: never write over it unmigrated.
            raise StoreCorruptError(self.path, "the notes file changed to an older format; reopen briefing")
        return data

    def write(self, data: dict[str, Any]) -> None:
        meta = data.get(META_TABLE) or {"schema": {"version": self._schema_version}}
        meta["revision"] = {"token": uuid.uuid4().hex}
        data[META_TABLE] = meta
        try:
            payload = _dumps(data)
            identity = _atomic_write(self.path, payload, keep_backup=True)
        except BaseException:
            self._cached = None  # TinyDB changed the parsed copy in place: re-read next time
            raise
        self._cached = (identity, data)

    def forget(self) -> None:
        self._cached = None

    def close(self) -> None:
        self._cached = None


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """A notes file of any older schema, brought to ``SCHEMA_VERSION`` (a new dict)."""
    version = _schema_version(data)
    while version < SCHEMA_VERSION:
        data = _MIGRATIONS[version](data)
        version = _schema_version(data)
    return data


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0: TinyDB counter ids, the quote flat in each note. Version 1: note ids, an anchor dict."""
    notes: dict[str, Any] = {}
    for doc in data.get(NOTES_TABLE, {}).values():
        note_id = doc.get("id") or uuid.uuid4().hex
        created = doc.get("created") or utc_now()
        notes[note_id] = {
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
            "orphaned": False,
            "target": "text",
            "party_id": None,
        }
    return {META_TABLE: {"schema": {"version": 1}}, NOTES_TABLE: notes}


_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}


def _schema_version(data: dict[str, Any]) -> int:
    meta = data.get(META_TABLE)
    if not meta:
        return 0
    return int(meta.get("schema", {}).get("version", 0))


def _empty_notes() -> dict[str, Any]:
    return {META_TABLE: {"schema": {"version": SCHEMA_VERSION}}, NOTES_TABLE: {}}


def _parse(path: Path, payload: bytes) -> Any:
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        problem = f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
    raise StoreCorruptError(path, f"{problem}; {_untouched(path)}")


def _check_notes(path: Path, data: Any) -> None:
    if not _is_tinydb_shaped(data):
        raise StoreCorruptError(path, f"not a briefing notes file; {_untouched(path)}")
    version = _schema_version(data)
    if version > SCHEMA_VERSION:
        raise StoreCorruptError(
            path,
            f"written by a newer briefing (schema {version}, this one reads {SCHEMA_VERSION}); "
            "it was left untouched",
        )
    if version == SCHEMA_VERSION:
        for doc_id, doc in data.get(NOTES_TABLE, {}).items():
            if not _is_note(doc):
                raise StoreCorruptError(path, f"note {doc_id} is malformed; {_untouched(path)}")
        for doc_id, doc in data.get(CORRECTIONS_TABLE, {}).items():
            if not _is_correction(doc):
                raise StoreCorruptError(path, f"correction {doc_id} is malformed; {_untouched(path)}")


def _is_note(doc: dict[str, Any]) -> bool:
    anchor = doc.get("anchor")
    return (
        type(anchor) is dict
        and type(anchor.get("exact")) is str
        and type(anchor.get("start")) is int
        and type(anchor.get("end")) is int
        and type(doc.get("source")) is str
    )


def _is_correction(doc: dict[str, Any]) -> bool:
    return _is_note(doc) and doc.get("target") in ("statement", "party")


def _check_cache(path: Path, data: Any) -> None:
    if not _is_tinydb_shaped(data) or _schema_version(data) not in (0, CACHE_SCHEMA_VERSION):
        raise StoreCorruptError(path, "the analysis cache is unreadable")


def _is_tinydb_shaped(data: Any) -> bool:
    """TinyDB files are ``{table: {id: document}}`` with every document an object."""
    return isinstance(data, dict) and all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    )


def _untouched(path: Path) -> str:
    backup = path.with_name(f"{path.name}.bak")
    hint = f"; the previous good version is {backup}" if backup.exists() else ""
    return f"it was left untouched{hint}"


def _dumps(data: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON, meta first so the revision token is in the head that reads compare.

    orjson, not the json module: the whole file is rewritten per change, and with
    5,000 notes json.dumps alone took 40 ms of the 50 ms budget (orjson: 3 ms).
    """
    ordered = {META_TABLE: data.get(META_TABLE, {}), **data}
    return orjson.dumps(ordered)


def _atomic_write(path: Path, payload: bytes, keep_backup: bool) -> _Identity:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file whole.

    Returns the new file's identity. With ``keep_backup`` the replaced file is kept
    as ``<name>.bak`` (a hard link, so no copying).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
            identity = _identity(os.fstat(handle.fileno()), payload[:_HEAD_BYTES])
        if keep_backup and path.exists():
            _keep_backup(path)
        os.replace(temp_name, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_folder(path.parent)
    return identity


def _keep_backup(path: Path) -> None:
    backup = path.with_name(f"{path.name}.bak")
    link = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.bak.tmp")
    try:
        os.link(path, link)  # the file is never changed in place, so a link is a true copy
    except OSError:
        shutil.copy2(path, link)
    os.replace(link, backup)
    # POSIX rename() does nothing when both names already link one file, as after a
    # writer killed between its backup and its replace: then drop the spare name.
    with suppress(FileNotFoundError):
        os.unlink(link)


def _remove_stale_temporaries(path: Path) -> None:
    """Delete temporary files a killed writer left. Call under the lock: temporary files are
    only made under it, so any found then belongs to a writer that died."""
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        with suppress(OSError):
            leftover.unlink()


@contextmanager
def _locked(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(f"{path}.lock", timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise StoreLockedError(path, f"busy: another briefing held its lock for {timeout:g} s") from None
    try:
        yield
    finally:
        lock.release()


def _identity(stat: os.stat_result, head: bytes) -> _Identity:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, head)


def _unused_path(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def _normalised(record: Any) -> Any:
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


def _corrupt_aside_path(path: Path) -> Path:
    """Where an unreadable file is moved: ``<name>.corrupt-YYYYmmddHHMMSS`` (UTC), never over another."""
    return _unused_path(path.with_name(f"{path.name}.corrupt-{datetime.now(UTC):%Y%m%d%H%M%S}"))


# -- the library: every article opened, read or unread, and named briefings -----------------------------

LIBRARY_SCHEMA_VERSION = 1
LIBRARY_ARTICLES_TABLE = "articles"
LIBRARY_BRIEFINGS_TABLE = "briefings"


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


class Library:
    """Articles kept whole (text, title, source, date) so a briefing reopens without its sources,
    their read or unread state, and named briefings. A sibling file of the notes file, written
    with the same atomic replace and cross-process lock; like the notes, a library that does not
    parse is never written over (``StoreCorruptError``)."""

    def __init__(
        self, notes_path: Path | str | None = None, lock_timeout: float = LOCK_TIMEOUT_SECONDS
    ) -> None:
        self.path = library_path_for(resolve_db_path(notes_path))
        self._lock_timeout = lock_timeout
        self._thread_lock = threading.RLock()
        self._db = _TinyDB(self.path, _check_library, LIBRARY_SCHEMA_VERSION, storage=_AtomicJSONStorage)
        self._storage = cast(_AtomicJSONStorage, self._db.storage)
        self._articles = self._db.table(LIBRARY_ARTICLES_TABLE, cache_size=0)
        self._briefings = self._db.table(LIBRARY_BRIEFINGS_TABLE, cache_size=0)
        with self._thread_lock:
            self._storage.read_raw()  # a bad file is reported now, before anything is written

    def keep_articles(self, articles: Iterable[Article]) -> None:
        """Store (or refresh) every article in one write; an article already kept keeps its read state."""
        now = utc_now()

        def update(tables: dict[str, Any]) -> None:
            table = tables.setdefault(LIBRARY_ARTICLES_TABLE, {})
            for article in articles:
                old = table.get(article.id) or {}
                table[article.id] = {
                    **article.to_dict(),
                    "first_opened": old.get("first_opened", now),
                    "last_opened": now,
                    "read": bool(old.get("read", False)),
                }

        self._change(update)

    def set_read(self, article_id: str, read: bool = True) -> None:
        """Mark a kept article read or unread. Raises ``KeyError`` for an article not kept."""

        def update(tables: dict[str, Any]) -> None:
            doc = tables.get(LIBRARY_ARTICLES_TABLE, {}).get(article_id)
            if doc is None:
                raise KeyError(article_id)
            doc["read"] = read

        self._change(update)

    def article(self, article_id: str) -> StoredArticle | None:
        doc = self._tables().get(LIBRARY_ARTICLES_TABLE, {}).get(article_id)
        return None if doc is None else _stored_article(doc)

    def articles(self) -> list[StoredArticle]:
        """Every kept article, the most recently opened first."""
        docs = self._tables().get(LIBRARY_ARTICLES_TABLE, {}).values()
        return sorted((_stored_article(doc) for doc in docs), key=lambda s: s.last_opened, reverse=True)

    def save_briefing(self, name: str, articles: Sequence[Article]) -> SavedBriefing:
        """Keep the articles and save their set under ``name`` (replacing a briefing of that name)."""
        if not name.strip():
            raise ValueError("a briefing needs a name")
        self.keep_articles(articles)
        ids = list(dict.fromkeys(article.id for article in articles))
        saved = SavedBriefing(name, tuple(ids), utc_now())

        def update(tables: dict[str, Any]) -> None:
            tables.setdefault(LIBRARY_BRIEFINGS_TABLE, {})[name] = {"articles": ids, "saved": saved.saved}

        self._change(update)
        return saved

    def briefings(self) -> list[SavedBriefing]:
        docs = self._tables().get(LIBRARY_BRIEFINGS_TABLE, {})
        return sorted(
            (
                SavedBriefing(name, tuple(doc.get("articles") or ()), doc.get("saved", ""))
                for name, doc in docs.items()
            ),
            key=lambda b: b.name.casefold(),
        )

    def briefing_articles(self, name: str) -> list[Article]:
        """The articles of a saved briefing, in the order saved. Raises ``KeyError`` for an unknown name."""
        tables = self._tables()
        doc = tables.get(LIBRARY_BRIEFINGS_TABLE, {}).get(name)
        if doc is None:
            raise KeyError(name)
        kept = tables.get(LIBRARY_ARTICLES_TABLE, {})
        return [Article.from_dict(kept[i]) for i in doc.get("articles") or () if i in kept]

    def delete_briefing(self, name: str) -> None:
        """Forget a saved briefing (its articles stay kept). Raises ``KeyError`` for an unknown name."""

        def update(tables: dict[str, Any]) -> None:
            if tables.get(LIBRARY_BRIEFINGS_TABLE, {}).pop(name, None) is None:
                raise KeyError(name)

        self._change(update)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tables(self) -> dict[str, Any]:
        with self._thread_lock:
            return self._storage.read() or {}

    def _change(self, update: Callable[[dict[str, Any]], None]) -> None:
        """Re-read under the lock, apply one change to what was read, write it whole, atomically."""
        try:
            with self._thread_lock, _locked(self.path, self._lock_timeout):
                _remove_stale_temporaries(self.path)
                tables = self._storage.read() or {META_TABLE: {"schema": {"version": LIBRARY_SCHEMA_VERSION}}}
                try:
                    update(tables)
                except BaseException:
                    self._storage.forget()  # the parsed copy may be half changed: re-read next time
                    raise
                self._storage.write(tables)
        except OSError as exc:
            raise StoreError(self.path, f"cannot write ({exc.strerror or exc}); nothing was saved") from exc


def _check_library(path: Path, data: Any) -> None:
    if not _is_tinydb_shaped(data):
        raise StoreCorruptError(path, f"not a briefing library file; {_untouched(path)}")
    version = _schema_version(data) if META_TABLE in data else LIBRARY_SCHEMA_VERSION
    if version > LIBRARY_SCHEMA_VERSION:
        raise StoreCorruptError(
            path, f"written by a newer briefing (library schema {version}); it was left untouched"
        )
    for doc_id, doc in data.get(LIBRARY_ARTICLES_TABLE, {}).items():
        if type(doc.get("text")) is not str:
            raise StoreCorruptError(path, f"article {doc_id} is malformed; {_untouched(path)}")


def _stored_article(doc: dict[str, Any]) -> StoredArticle:
    return StoredArticle(
        Article.from_dict(doc), doc.get("first_opened", ""), doc.get("last_opened", ""), bool(doc.get("read"))
    )
