"""The notes file under hostile conditions: what is refused, what is skipped, and what is never written.

Every case makes the bad condition in its own tmp folder and checks what a user
would notice: the exit status, one line on stderr naming the file and the
problem, no traceback, and the bytes on disk (unchanged where nothing may be written).
Text and notes are written by the tests themselves.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.anchoring import new_annotation
from briefing.cli import main
from briefing.model import Analysis, Article, Statement
from briefing.store import Store, StoreCorruptError, StoreError, StoreForeignError, start_fresh

TEXT = (
    "Council approves the harbour plan\n\n"
    "The mayor said the harbour plan would be finished by spring.\n\n"
    "A spokesman for the port authority declined to comment on the cost.\n"
)
QUOTE = "the harbour plan would be finished by spring"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture()
def article(article_file: Path) -> Article:
    return Article.from_text(TEXT, str(article_file))


def _note(article: Article, note: str = "check the date", quote: str = QUOTE):
    start = article.text.index(quote)
    return new_annotation(article, start, start + len(quote), note=note, tags=["harbour"], colour=2)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, list[str]]:
    """The CLI in this process: exit status, stdout, stderr lines (a traceback would fail the test)."""
    capsys.readouterr()
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err.splitlines()


def _one_error(lines: list[str], *words: str) -> str:
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("briefing: ") and "Traceback" not in line
    for word in words:
        assert word in line, (word, line)
    return line


def _require_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node (mknod) needs root")


# --- item 1: a backup named by a message is never overwritten ------------------------------------------


def test_starting_fresh_keeps_the_backup_the_message_named_under_a_name_of_its_own(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "notes.json"
    Store(path).add_annotation(_note(article, "first"))
    Store(path).add_annotation(_note(article, "second"))  # notes.json.bak now holds "first" only
    good = path.with_name("notes.json.bak").read_bytes()
    path.write_bytes(path.read_bytes()[:-30])

    with pytest.raises(StoreCorruptError) as caught:
        Store(path)
    assert f"the previous good version is {path}.bak" in str(caught.value)

    fresh = start_fresh(path)
    store = Store(path)
    store.add_annotation(_note(article, "new one"))
    store.add_annotation(_note(article, "new two"))  # writes notes.json.bak again

    assert fresh.backup is not None and fresh.backup.name.startswith("notes.json.bak-")
    assert fresh.backup.read_bytes() == good
    assert str(fresh.backup) in fresh.describe() and str(fresh.damaged) in fresh.describe()
    assert [n.note for n in Store(fresh.backup).all_annotations()] == ["first"]


# --- item 2: only regular files are written ---------------------------------------------------------


def test_a_notes_file_reached_through_a_symlink_stays_a_symlink_and_the_real_file_gets_the_notes(
    tmp_path: Path, article: Article
) -> None:
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "notes.json"
    Store(real).add_annotation(_note(article, "before"))
    link = tmp_path / "notes.json"
    link.symlink_to(real)

    Store(link).add_annotation(_note(article, "through the link"))
    Store(link).add_annotation(_note(article, "again"))

    assert link.is_symlink() and link.resolve() == real
    assert sorted(n.note for n in Store(real).all_annotations()) == ["again", "before", "through the link"]
    assert (real_folder / "notes.json.bak").is_file() and not (tmp_path / "notes.json.bak").exists()
    assert not list(tmp_path.glob("*.tmp")) and not list(real_folder.glob("*.tmp"))


def test_a_written_notes_file_keeps_its_mode(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    Store(path).add_annotation(_note(article))
    os.chmod(path, 0o640)
    Store(path).add_annotation(_note(article, "second"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_read_only_notes_file_is_refused_not_replaced(
    tmp_path: Path, article: Article, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.json"
    Store(path).add_annotation(_note(article))
    os.chmod(path, 0o444)
    before = path.read_bytes()
    inode = path.stat().st_ino

    status, out, err = _run(
        capsys, "notes", "add", str(article_file), "--quote", "declined", "--db", str(path)
    )

    assert status == 2 and out == ""
    _one_error(err, str(path), "read-only", "nothing was saved")
    assert path.read_bytes() == before and path.stat().st_ino == inode
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    status, out, err = _run(capsys, "notes", "list", "--db", str(path), "--json")
    assert status == 0 and len(json.loads(out)) == 1  # reading it is still fine


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "notes.json"
    os.mkfifo(path)
    return path


def _char_device(tmp_path: Path) -> Path:
    _require_root()
    path = tmp_path / "notes.json"
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a null device of our own, in tmp
    return path


def _socket(tmp_path: Path) -> Path:
    path = tmp_path / "notes.json"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return path


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "notes.json"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "kind"),
    [(_fifo, "a FIFO"), (_char_device, "a character device"), (_socket, "a socket"), (_folder, "a folder")],
)
def test_a_notes_path_that_is_not_a_regular_file_is_refused_and_left_as_it_is(
    tmp_path: Path, article_file: Path, make, kind: str
) -> None:
    path = make(tmp_path)
    mode = path.lstat().st_mode
    for argv in (["notes", "list"], ["notes", "add", str(article_file), "--quote", "declined"]):
        # A subprocess with a deadline: opening a FIFO to read it would block for ever.
        done = subprocess.run(
            [sys.executable, "-m", "briefing", *argv, "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
        )
        assert done.returncode == 2 and done.stdout == ""
        _one_error(done.stderr.splitlines(), str(path), kind, "not a regular file")
        assert path.lstat().st_mode == mode
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "harbour.txt",
        "notes.json",
    ]


# --- item 4: another program's file is never migrated; reading never writes ----------------------------


FOREIGN = {"_default": {"1": {"name": "a shopping list", "items": ["milk"]}}}


def test_another_programs_tinydb_file_is_refused_untouched_by_every_command(
    tmp_path: Path, article_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.json"
    other.write_text(json.dumps(FOREIGN), encoding="utf-8")
    before = other.read_bytes()
    monkeypatch.setenv("BRIEFING_DB", str(other))

    with pytest.raises(StoreForeignError):
        Store(other)
    for argv in (
        ["notes", "list"],
        ["notes", "add", str(article_file), "--quote", "declined"],
        ["export", str(article_file), "-o", "-"],
    ):
        status, out, err = _run(capsys, *argv)
        assert status == 2 and out == ""
        _one_error(err, str(other), "not a briefing notes file", "no schema marker", "_default")
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour.txt", "other.json"]


def _v0_file(path: Path, article: Article) -> bytes:
    start = article.text.index(QUOTE)
    old = {
        "notes": {
            "1": {
                "source": article.source,
                "article_id": article.id,
                "quote": QUOTE,
                "start": start,
                "end": start + len(QUOTE),
                "note": "old format",
                "created": "2025-01-02T03:04:05Z",
            }
        }
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    return path.read_bytes()


def test_read_only_commands_never_write_an_old_notes_file(
    tmp_path: Path, article: Article, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.json"
    before = _v0_file(path, article)
    stamp = path.stat().st_mtime_ns

    status, out, _ = _run(capsys, "notes", "list", "--db", str(path), "--json")
    assert status == 0 and [n["note"] for n in json.loads(out)] == ["old format"]
    status, out, _ = _run(capsys, "notes", "list", str(article_file), "--db", str(path))
    assert status == 0 and "old format" in out

    assert path.read_bytes() == before and path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour.txt", "notes.json"]


async def test_opening_the_reader_without_writing_leaves_the_notes_file_as_it_was(
    tmp_path: Path, article: Article
) -> None:
    from tui_support import FAKE_VERSION, SIZE, GoldAnalyzer, ready

    from briefing.tui.app import BriefingApp

    path = tmp_path / "notes.json"
    before = _v0_file(path, article)
    app = BriefingApp(
        [article], db_path=path, analyzer=GoldAnalyzer({article.id: Analysis(article.id, FAKE_VERSION)})
    )
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert [n.note for n in app.notes.article_notes] == ["old format"]
        await pilot.press("j", "k")
    assert path.read_bytes() == before
    assert not path.with_name("notes.json.v0.bak").exists() and not path.with_name("notes.json.bak").exists()


# --- item 6: a wrong file is refused whole; a wrong record is skipped, kept and reported ----------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ({"meta": {"schema": {"version": "one"}}, "notes": {}}, "schema version 'one' is not a whole number"),
        ({"meta": {"schema": {"version": True}}, "notes": {}}, "schema version True is not a whole number"),
        ({"meta": {"schema": "1"}, "notes": {}}, "schema version None"),
        ({"meta": {"schema": {"version": 1}}, "notes": ["a", "b"]}, "not a briefing notes file"),
        ({"meta": [1], "notes": {}}, "not a briefing notes file"),
        ([{"notes": {}}], "not a briefing notes file"),
    ],
)
def test_a_notes_file_of_the_wrong_shape_is_refused_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content, problem: str
) -> None:
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    before = path.read_bytes()
    for argv in (["notes", "list"], ["notes", "remove", "abc"]):
        status, out, err = _run(capsys, *argv, "--db", str(path))
        assert status == 2 and out == ""
        _one_error(err, str(path), problem)
    assert path.read_bytes() == before


BAD_RECORDS = {
    "no-article": ({"article_id": None}, "article_id is missing or not text"),
    "colour-seven": ({"colour": 7}, "colour 7 is not 1-5"),
    "tags-text": ({"tags": "harbour"}, "tags are not a list of text"),
    "time-number": ({"created": 20250102}, "created is not text"),
    "offsets-text": ({"anchor": {"exact": "x", "start": "1", "end": 2}}, "its offsets '1'-2 are not a span"),
}


def test_one_bad_record_is_reported_skipped_and_kept_in_the_file(
    tmp_path: Path, article: Article, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.json"
    good = Store(path).add_annotation(_note(article, "the good one"))
    data = json.loads(path.read_text(encoding="utf-8"))
    template = data["notes"][good.id]
    for note_id, (change, _) in BAD_RECORDS.items():
        data["notes"][note_id] = {**template, **change}
    path.write_text(json.dumps(data), encoding="utf-8")

    status, out, err = _run(capsys, "notes", "list", "--db", str(path), "--json")

    assert status == 0 and [n["id"] for n in json.loads(out)] == [good.id]
    assert len(err) == len(BAD_RECORDS)
    for line, (note_id, (_, problem)) in zip(sorted(err), sorted(BAD_RECORDS.items()), strict=True):
        assert line.startswith(f"briefing: {path}: note '{note_id}' skipped: {problem}"), line
        assert line.endswith("it is kept in the file")

    status, out, err = _run(
        capsys, "notes", "add", str(article_file), "--quote", "declined", "--db", str(path)
    )
    assert status == 0 and len(err) == len(BAD_RECORDS)  # reported, once per command
    kept = json.loads(path.read_text(encoding="utf-8"))["notes"]
    for note_id in BAD_RECORDS:
        assert kept[note_id] == data["notes"][note_id]  # rewritten with the file, unchanged
    assert len(kept) == len(BAD_RECORDS) + 2
    with Store(path) as store:
        assert len(store.all_annotations()) == 2 and len(store.warnings) == len(BAD_RECORDS)


def test_a_record_that_is_not_an_object_is_skipped_not_fatal(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    good = Store(path).add_annotation(_note(article))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["notes"]["junk"] = ["not", "a", "note"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with Store(path) as store:
        assert [n.id for n in store.annotations_for(article)] == [good.id]
        assert store.get_annotation("junk") is None
        assert store.warnings == [f"{path}: note 'junk' skipped: it is not an object; it is kept in the file"]


# --- item 7: the analysis cache is disposable -------------------------------------------------------


def _analysis(article: Article) -> Analysis:
    start = article.text.index(QUOTE)
    statement = Statement(start, start + len(QUOTE), QUOTE, "indirect", "claim", "The mayor", None)
    return Analysis(article.id, "v-test", statements=(statement,))


def test_a_cache_path_that_is_a_folder_means_no_cache_and_one_warning(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "notes.json"
    (tmp_path / "notes.cache.json").mkdir()
    with Store(path) as store:
        assert store.cached_analysis(article.id, "v-test") is None
        store.save_analysis(_analysis(article))  # nothing to save into, and no exception
        assert store.cached_analysis(article.id, "v-test") is None
        assert len(store.warnings) == 1
        assert "notes.cache.json" in store.warnings[0] and "a folder" in store.warnings[0]
        assert store.warnings[0].endswith("analysing afresh without the cache")
    assert list((tmp_path / "notes.cache.json").iterdir()) == []


@pytest.mark.parametrize(
    "cache",
    [
        {"meta": {"schema": {"version": "x"}}, "analyses": {}},
        {"meta": {"schema": {"version": 1}}, "analyses": []},
        {"strange": {}},
    ],
)
def test_a_damaged_cache_is_moved_aside_and_said_where(tmp_path: Path, article: Article, cache) -> None:
    path = tmp_path / "notes.json"
    cache_path = tmp_path / "notes.cache.json"
    cache_path.write_text(json.dumps(cache), encoding="utf-8")
    before = cache_path.read_bytes()
    with Store(path) as store:
        assert store.cached_analysis(article.id, "v-test") is None
        store.save_analysis(_analysis(article))
        assert store.cached_analysis(article.id, "v-test") == _analysis(article)
        aside = list(tmp_path.glob("notes.cache.json.corrupt-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == before
        assert len(store.warnings) == 1 and str(aside[0]) in store.warnings[0]


@pytest.mark.parametrize(
    "entry_change",
    [
        {"statements": [{"start": "0", "end": 3, "text": "x", "kind": "direct"}]},
        {"statements": "none"},
        {"parties": [{"id": 1}]},
        {"article_id": None, "parties": 5},
    ],
)
def test_a_malformed_cache_entry_is_analysed_afresh_with_one_warning(
    tmp_path: Path, article: Article, entry_change
) -> None:
    path = tmp_path / "notes.json"
    with Store(path) as store:
        store.save_analysis(_analysis(article))
    cache_path = tmp_path / "notes.cache.json"
    data = json.loads(cache_path.read_text(encoding="utf-8"))
    data["analyses"][article.id].update(entry_change)
    cache_path.write_text(json.dumps(data), encoding="utf-8")
    with Store(path) as store:
        assert store.cached_analysis(article.id, "v-test") is None
        assert store.cached_analysis(article.id, "v-test") is None
        assert len(store.warnings) == 1 and "analysing afresh" in store.warnings[0]
        store.save_analysis(_analysis(article))
        assert store.cached_analysis(article.id, "v-test") == _analysis(article)


def test_export_with_a_folder_for_a_cache_exports_with_one_warning_line(
    tmp_path: Path, article: Article, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.json"
    Store(path).add_annotation(_note(article))
    (tmp_path / "notes.cache.json").mkdir()

    status, out, err = _run(capsys, "export", str(article_file), "-o", "-", "--db", str(path))

    assert status == 0
    assert "check the date" in out and "## Appendix: who said what" in out  # main's export layout
    _one_error(err, "notes.cache.json", "a folder", "analysing afresh")


def test_store_errors_name_the_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.symlink_to(path)  # a loop
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


async def test_the_reader_offer_says_where_the_backup_goes_and_keeps_it(
    tmp_path: Path, article: Article
) -> None:
    from textual.widgets import Button
    from tui_support import FAKE_VERSION, SIZE, GoldAnalyzer, ready, until

    from briefing.tui.app import BriefingApp
    from briefing.tui.store_dialog import StoreOfferScreen

    path = tmp_path / "notes.json"
    Store(path).add_annotation(_note(article, "first"))
    Store(path).add_annotation(_note(article, "second"))
    good = path.with_name("notes.json.bak").read_bytes()
    path.write_bytes(b'{"notes": {"1": ')
    analyzer = GoldAnalyzer({article.id: Analysis(article.id, FAKE_VERSION)})
    app = BriefingApp([article], db_path=path, analyzer=analyzer)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, StoreOfferScreen)
        offer = str(app.screen.query_one("#store-offer-new", Button).label)
        assert "notes.json.corrupt-<time>" in offer and "notes.json.bak-<time>" in offer
        await pilot.click("#store-offer-new")
        await until(pilot, lambda: not isinstance(app.screen, StoreOfferScreen), "the offer to close")
        assert app.notes.notes_store is not None
        app.notes.notes_store.add_annotation(_note(article, "after"))
        app.notes.notes_store.add_annotation(_note(article, "and again"))  # writes notes.json.bak anew
    kept = list(tmp_path.glob("notes.json.bak-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == good
    assert [n.note for n in Store(kept[0]).all_annotations()] == ["first"]
