"""The notes store: notes survive restarts, edits of the article, a second instance and bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.anchoring import edit_annotation, new_annotation
from briefing.model import Analysis, Article, Party, Statement
from briefing.store import (
    SCHEMA_VERSION,
    Store,
    StoreCorruptError,
    cache_path_for,
    default_db_path,
    resolve_db_path,
    start_fresh,
)

QUOTE = "Eyjólfur Magnússon, Iceland’s fisheries minister, told reporters"
SAMPLE = Path(__file__).resolve().parents[1] / "sample_articles" / "01-wire-mackerel-talks.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture()
def article(seed_text: str, tmp_path: Path) -> Article:
    return Article.from_text(seed_text, str(tmp_path / "mackerel.txt"))


def _note(article: Article, quote: str = QUOTE, note: str = "Not a denial #annex"):
    start = article.text.index(quote)
    return new_annotation(article, start, start + len(quote), note=note, tags=["quota"], colour=3)


def test_note_round_trips_and_survives_a_restart(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    saved = Store(path).add_annotation(_note(article))

    reopened = Store(path)

    assert reopened.get_annotation(saved.id) == saved
    assert reopened.annotations_for(article) == [saved]
    assert reopened.tags() == ["annex", "quota"]
    assert reopened.sources_with_notes() == [article.source]
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["meta"]["schema"]["version"] == SCHEMA_VERSION
    assert on_disk["notes"][saved.id]["anchor"]["exact"] == QUOTE


def test_update_delete_and_undo(tmp_path: Path, article: Article) -> None:
    store = Store(tmp_path / "notes.json")
    note = store.add_annotation(_note(article))

    edited = store.update_annotation(edit_annotation(note, note="Still not a denial", colour=5))
    assert Store(store.path).get_annotation(note.id) == edited
    assert edited.colour == 5 and edited.tags == ("quota",)

    removed = store.delete_annotation(note.id)
    assert removed == edited
    assert Store(store.path).all_annotations() == []
    with pytest.raises(KeyError):
        store.delete_annotation(note.id)

    store.restore_annotation(removed)
    assert Store(store.path).get_annotation(note.id) == edited


def test_an_update_replaces_the_whole_note(tmp_path: Path, article: Article) -> None:
    store = Store(tmp_path / "notes.json")
    note = store.add_annotation(_note(article).with_changes(orphaned=True, target="party", party_id="p1"))
    placed_again = note.with_changes(orphaned=False, target="text", party_id=None)

    store.update_annotation(placed_again)

    stored = Store(store.path).get_annotation(note.id)
    assert (stored.orphaned, stored.target, stored.party_id) == (False, "text", None)


def test_notes_follow_their_source_when_the_text_is_edited(tmp_path: Path, article: Article) -> None:
    """A one-word edit elsewhere, an edit inside the quote, and a deleted passage."""
    store = Store(tmp_path / "notes.json")
    kept = store.add_annotation(_note(article))
    other = "set out a bilateral split of the 2026 catch between Norway and the European Union"
    near = store.add_annotation(_note(article, other, note="Hedged"))

    edited_text = article.text.replace("on Tuesday", "on Tuesday afternoon", 1)
    edited_text = edited_text.replace(other, other.replace("bilateral", "two-way"))
    corrected = Article.from_text(edited_text, article.source)
    assert corrected.id != article.id

    placed = {note.id: note for note in Store(store.path).annotations_for(corrected)}
    assert edited_text[placed[kept.id].start : placed[kept.id].end] == QUOTE
    assert edited_text[placed[near.id].start : placed[near.id].end] == other.replace("bilateral", "two-way")
    assert not any(note.orphaned for note in placed.values())

    paragraph = next(line for line in edited_text.split("\n") if QUOTE in line)
    shortened = Article.from_text(edited_text.replace(paragraph, ""), article.source)
    listed = Store(store.path).annotations_for(shortened)
    assert [note.id for note in listed] == [near.id, kept.id], "placed notes first, orphans last"
    assert listed[1].orphaned and listed[1].anchor.exact == QUOTE
    assert Store(store.path).get_annotation(kept.id) is not None, "an orphan is never dropped"


def test_same_text_elsewhere_finds_the_notes_and_relative_paths_are_made_absolute(
    tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = Store(tmp_path / "notes.json")
    typed = Article.from_text(seed_text, "seed.txt")
    note = store.add_annotation(_note(typed))
    assert note.source == str(tmp_path / "seed.txt")

    copy = Article.from_text(seed_text, "https://example.org/copy")
    assert [n.id for n in store.annotations_for(copy)] == [note.id]
    unrelated = Article.from_text("An unrelated article that quotes nobody at all today.", "other.txt")
    assert store.annotations_for(unrelated) == []


def test_two_instances_never_lose_each_others_notes(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    first, second = Store(path), Store(path)
    ids = []
    for turn in range(10):
        writer = first if turn % 2 == 0 else second
        ids.append(writer.add_annotation(_note(article, note=f"turn {turn}")).id)
    edited = first.update_annotation(edit_annotation(second.get_annotation(ids[1]), note="edited by first"))
    second.delete_annotation(ids[0])

    for store in (first, second, Store(path)):
        assert {n.id for n in store.all_annotations()} == set(ids[1:])
        assert store.get_annotation(ids[1]) == edited


def test_two_processes_adding_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    script = (
        "import sys\n"
        "from briefing.anchoring import new_annotation\n"
        "from briefing.model import Article\n"
        "from briefing.store import Store\n"
        "store = Store(sys.argv[1])\n"
        "article = Article.from_text('The spokesman said the talks had not begun.', sys.argv[2])\n"
        "for n in range(25):\n"
        "    print(store.add_annotation(new_annotation(article, 4, 13, note=str(n))).id, flush=True)\n"
    )
    writers = [
        subprocess.Popen([sys.executable, "-c", script, str(path), f"source-{n}.txt"], stdout=subprocess.PIPE)
        for n in range(2)
    ]
    acknowledged = set()
    for writer in writers:
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        acknowledged |= set(out.decode().split())
    assert len(acknowledged) == 50
    assert {note.id for note in Store(path).all_annotations()} == acknowledged


def test_corrupt_file_is_left_untouched_with_a_clear_message(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    Store(path).add_annotation(_note(article))
    Store(path).add_annotation(_note(article, note="second"))  # leaves the first version as .bak
    damaged = path.read_bytes()[:-40]
    path.write_bytes(damaged)

    with pytest.raises(StoreCorruptError) as caught:
        Store(path)

    message = str(caught.value)
    assert str(path) in message and "not valid JSON" in message and "\n" not in message
    assert f"{path}.bak" in message
    assert caught.value.path == path
    assert path.read_bytes() == damaged
    assert len(Store(path.with_name("notes.json.bak")).all_annotations()) == 1


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        (b"[1, 2, 3]", "not a briefing notes file"),
        (b'{"meta": {"schema": {"version": 99}}, "notes": {}}', "newer briefing"),
        (b'{"meta": {"schema": {"version": "1"}}, "notes": {}}', "schema version '1' is not a whole number"),
        (b'{"meta": {"schema": {"version": 1}}, "notes": []}', "not a briefing notes file"),
    ],
)
def test_files_briefing_cannot_read_are_never_written(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(content)
    with pytest.raises(StoreCorruptError, match=problem):
        Store(path)
    assert path.read_bytes() == content


def test_start_fresh_moves_the_bad_file_aside(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(b'{"notes": {"1": ')

    fresh = start_fresh(path)

    assert fresh.damaged.read_bytes() == b'{"notes": {"1": '
    assert fresh.damaged.name.startswith("notes.json.corrupt-")
    assert fresh.backup is None
    store = Store(path)
    assert store.all_annotations() == []
    store.add_annotation(_note(article))
    assert len(Store(path).all_annotations()) == 1


def test_version_0_file_is_migrated_with_a_backup(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    start = article.text.index(QUOTE)
    old = {
        "notes": {
            "1": {
                "source": article.source,
                "article_id": article.id,
                "quote": QUOTE,
                "start": start,
                "end": start + len(QUOTE),
                "note": "from the old format",
                "tags": ["legacy"],
                "created": "2025-01-02T03:04:05Z",
            }
        }
    }
    path.write_text(json.dumps(old), encoding="utf-8")

    before = path.read_bytes()
    notes = Store(path).annotations_for(article)
    assert path.read_bytes() == before  # reading never writes: the file is migrated with the first change
    assert not path.with_name("notes.json.v0.bak").exists()

    assert len(notes) == 1
    note = notes[0]
    assert article.text[note.start : note.end] == QUOTE
    assert (note.note, note.tags, note.created, note.updated) == (
        "from the old format",
        ("legacy",),
        "2025-01-02T03:04:05Z",
        "2025-01-02T03:04:05Z",
    )
    Store(path).update_annotation(note.with_changes(note="edited"))
    assert json.loads(path.read_text(encoding="utf-8"))["meta"]["schema"]["version"] == SCHEMA_VERSION
    assert json.loads(path.with_name("notes.json.v0.bak").read_text(encoding="utf-8")) == old
    assert [n.note for n in Store(path).all_annotations()] == ["edited"]


def test_every_write_keeps_the_previous_version_and_leaves_no_temporary_files(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "notes.json"
    store = Store(path)
    first = store.add_annotation(_note(article))
    store.add_annotation(_note(article, note="second"))
    assert [n.id for n in Store(path.with_name("notes.json.bak")).all_annotations()] == [first.id]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_analysis_cache_lives_beside_the_notes(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    party = Party(id="p1", name="Ned Price", type="PERSON", aliases=("Price",), mentions=((10, 19),))
    statement = Statement(start=30, end=60, text="x" * 30, kind="direct", stance="denial", party_id="p1")
    analysis = Analysis(article.id, "v1", parties=(party,), statements=(statement,))
    Store(path).save_analysis(analysis)

    reopened = Store(path)
    assert reopened.cached_analysis(article.id, "v1") == analysis
    assert reopened.cached_analysis(article.id, "v2") is None
    assert reopened.cached_analysis("another-article", "v1") is None
    assert cache_path_for(path).is_file()
    assert not path.exists(), "the cache never touches the notes file"


def test_reading_the_cache_does_not_import_spacy(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    Store(path).save_analysis(Analysis(article.id, "v1"))
    script = (
        "import sys\n"
        "from briefing.store import Store\n"
        f"assert Store(sys.argv[1]).cached_analysis({article.id!r}, 'v1') is not None\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_a_corrupt_cache_is_moved_aside_and_rebuilt(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "notes.json"
    cache = cache_path_for(path)
    cache.write_text("{not json", encoding="utf-8")
    store = Store(path)

    assert store.cached_analysis(article.id, "v1") is None
    store.save_analysis(Analysis(article.id, "v1"))

    assert Store(path).cached_analysis(article.id, "v1") == Analysis(article.id, "v1")
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("notes.cache.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"
    assert store.warnings and str(aside[0]) in store.warnings[0]


def test_db_path_comes_from_the_argument_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "env.json"))
    assert resolve_db_path(tmp_path / "arg.json") == tmp_path / "arg.json"
    assert resolve_db_path(None) == tmp_path / "env.json"
    monkeypatch.delenv("BRIEFING_DB")
    assert resolve_db_path(None) == default_db_path()
    assert default_db_path().name == "notes.json" and "briefing" in str(default_db_path())


def test_opening_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new" / "notes.json"
    store = Store(path)
    assert store.all_annotations() == [] and store.tags() == []
    assert not path.exists()
    assert not os.path.exists(path.parent / "notes.cache.json")


def test_the_cache_keeps_only_the_newest_analyses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing.store.MAX_CACHED_ANALYSES", 3)
    store = Store(tmp_path / "notes.json")
    for n in range(5):
        store.save_analysis(Analysis(f"article-{n}", "v1"))
    kept = [n for n in range(5) if Store(store.path).cached_analysis(f"article-{n}", "v1")]
    assert kept == [2, 3, 4]


def test_a_lock_held_too_long_is_a_clear_error(tmp_path: Path, article: Article) -> None:
    from filelock import FileLock

    from briefing.store import StoreLockedError

    path = tmp_path / "notes.json"
    store = Store(path, lock_timeout=0.2)
    with FileLock(f"{path}.lock"):
        with pytest.raises(StoreLockedError, match="another briefing held its lock") as caught:
            store.add_annotation(_note(article))
    assert caught.value.path == path
    assert store.add_annotation(_note(article)).id == Store(path).all_annotations()[0].id


def test_a_failed_write_is_a_clear_error_and_keeps_the_file(tmp_path: Path, article: Article) -> None:
    from briefing.store import StoreError

    path = tmp_path / "notes.json"
    Store(path).add_annotation(_note(article))
    before = path.read_bytes()
    lock = tmp_path / "notes.json.lock"
    lock.unlink()
    lock.mkdir()  # a folder where the lock file goes: the lock cannot be taken, nothing may be written

    with pytest.raises(StoreError, match="cannot write") as caught:
        Store(path).add_annotation(_note(article, note="lost?"))

    assert "nothing was saved" in str(caught.value)
    assert path.read_bytes() == before
