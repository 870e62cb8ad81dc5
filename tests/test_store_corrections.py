"""Corrections in the notes file: kept like notes, undone with their id and times, two instances
lose nothing, a malformed one is reported, skipped and kept, and a killed writer loses no acknowledged one."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.anchoring import new_annotation
from briefing.cli import main
from briefing.corrections import statement_correction
from briefing.model import Article
from briefing.store import SCHEMA_VERSION, Store

TEXT = "The spokesman said the talks had not begun, and declined to say when they would."
WORDS = "the talks had not begun"


def _article(source: str = "seed.txt", text: str = TEXT) -> Article:
    return Article.from_text(text, source)


def _correction(article: Article, stance: str = "denial"):
    start = article.text.index(WORDS)
    return statement_correction(article, start, start + len(WORDS), stance=stance, speaker="the spokesman")


def test_a_correction_round_trips_beside_the_notes(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    article = _article(str(tmp_path / "a.txt"))
    store = Store(path)
    note = store.add_annotation(new_annotation(article, 4, 13, note="who?"))
    saved = store.add_correction(_correction(article))

    reopened = Store(path)
    assert reopened.get_correction(saved.id) == saved
    assert reopened.corrections_for(article) == [saved]
    assert reopened.all_corrections() == [saved]
    assert reopened.find_corrections(saved.id[:12]) == [saved]
    assert [n.id for n in reopened.all_annotations()] == [note.id]
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["meta"]["schema"]["version"] == SCHEMA_VERSION
    assert on_disk["corrections"][saved.id]["stance"] == "denial"
    assert "merge_into" not in on_disk["corrections"][saved.id]  # unset fields stay out of the file


def test_delete_and_restore_keep_the_id_and_times(tmp_path: Path) -> None:
    store = Store(tmp_path / "notes.json")
    article = _article()
    saved = store.add_correction(_correction(article))
    removed = store.delete_correction(saved.id)
    assert removed == saved and store.get_correction(saved.id) is None
    with pytest.raises(KeyError):
        store.delete_correction(saved.id)
    store.restore_correction(removed)
    assert Store(tmp_path / "notes.json").get_correction(saved.id) == saved


def test_corrections_follow_their_source_when_the_text_is_edited(tmp_path: Path) -> None:
    store = Store(tmp_path / "notes.json")
    saved = store.add_correction(_correction(_article(str(tmp_path / "a.txt"))))
    edited = _article(str(tmp_path / "a.txt"), "Late on Tuesday, " + TEXT)
    assert store.corrections_for(edited) == [saved]
    assert store.corrections_for(_article(str(tmp_path / "other.txt"), "Other words.")) == []


def test_a_file_from_before_corrections_opens_with_none(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text(json.dumps({"meta": {"schema": {"version": 1}}, "notes": {}}), encoding="utf-8")
    store = Store(path)
    assert store.all_corrections() == []
    saved = store.add_correction(_correction(_article()))
    assert Store(path).all_corrections() == [saved]


def test_two_instances_never_lose_each_others_corrections(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    first, second = Store(path), Store(path)
    article = _article()
    one = first.add_correction(_correction(article, "denial"))
    two = second.add_correction(_correction(article, "refusal"))
    first.add_annotation(new_annotation(article, 4, 13, note="still here"))
    assert {c.id for c in Store(path).all_corrections()} == {one.id, two.id}


# A correction that would not apply safely, and what the warning says is wrong with it.
BAD_CORRECTIONS = {
    "no-target": ({"target": None}, "its target None is not one of statement, party"),
    "stance-shrug": ({"stance": "shrug"}, "stance 'shrug' is not one of claim, denial"),
    "flag-text": ({"respan": "yes"}, "respan is not true or false"),
    "no-anchor": ({"anchor": None}, "its anchor is missing or has no exact words"),
    "speaker-number": ({"speaker": 7}, "speaker is not text"),
}


def test_a_malformed_correction_is_reported_skipped_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Like a malformed note: the rest of the file still works, and the bad record survives every write.
    path = tmp_path / "notes.json"
    article = _article(str(tmp_path / "a.txt"))
    good = Store(path).add_correction(_correction(article))
    data = json.loads(path.read_text(encoding="utf-8"))
    template = data["corrections"][good.id]
    for correction_id, (change, _) in BAD_CORRECTIONS.items():
        data["corrections"][correction_id] = {**template, **change}
    data["corrections"]["junk"] = ["not", "a", "correction"]
    path.write_text(json.dumps(data), encoding="utf-8")

    with Store(path) as store:
        assert store.all_corrections() == [good]
        assert store.corrections_for(article) == [good]
        assert store.get_correction("stance-shrug") is None and store.find_corrections("no-") == []
        warnings = sorted(store.warnings)
        another = store.add_correction(_correction(article, "refusal"))
        assert len(store.warnings) == len(BAD_CORRECTIONS) + 1  # each reported once, not per read
    expected = sorted({**BAD_CORRECTIONS, "junk": ({}, "it is not an object")}.items())
    for line, (correction_id, (_, problem)) in zip(warnings, expected, strict=True):
        assert line.startswith(f"{path}: correction '{correction_id}' skipped: {problem}"), line
        assert line.endswith("; it is kept in the file")
    kept = json.loads(path.read_text(encoding="utf-8"))["corrections"]
    assert {name: kept[name] for name in data["corrections"]} == data["corrections"]  # written as read
    assert set(kept) == {*data["corrections"], another.id}

    capsys.readouterr()
    assert main(["corrections", "list", "--db", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert sorted(record["id"] for record in json.loads(captured.out)) == sorted([good.id, another.id])
    lines = captured.err.splitlines()
    assert len(lines) == len(BAD_CORRECTIONS) + 1 and all(line.startswith("briefing: ") for line in lines)


# -- kill -9 ---------------------------------------------------------------------------------------

ROUNDS = 10
TIME_BUDGET_SECONDS = 20
# A writer adds corrections as fast as it can and prints each id only after the call returned.
WRITER = """
import sys
from briefing.corrections import statement_correction
from briefing.model import Article
from briefing.store import Store

store = Store(sys.argv[1])
article = Article.from_text(sys.argv[2], sys.argv[3])
start = article.text.index(sys.argv[4])
while True:
    correction = statement_correction(article, start, start + len(sys.argv[4]), stance="refusal")
    print(store.add_correction(correction).id, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkilled_writers_lose_no_acknowledged_correction(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    seed = Store(path)
    article = _article()
    for n in range(300):  # enough in the file that a write takes long enough to be caught half way
        seed.add_annotation(new_annotation(article, 4, 13, note=f"seed note {n} " + "context " * 20))
        seed.add_correction(_correction(article))
    acknowledged = {c.id for c in seed.all_corrections()}
    rng = random.Random(20261201)
    started = time.monotonic()
    kills = 0
    for round_number in range(ROUNDS):
        if time.monotonic() - started > TIME_BUDGET_SECONDS:
            break
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(path), TEXT, f"writer-{round_number}-{n}.txt", WORDS],
                stdout=subprocess.PIPE,
            )
            for n in range(2)
        ]
        first_line = writers[0].stdout.readline()
        assert first_line, "a writer died before writing anything"
        acknowledged.add(first_line.decode().strip())
        for writer in writers:
            time.sleep(rng.uniform(0.0, 0.15))
            writer.send_signal(signal.SIGKILL)
        for writer in writers:
            out, _ = writer.communicate(timeout=30)
            assert writer.returncode == -signal.SIGKILL
            acknowledged |= {line for line in out.decode().split("\n") if len(line) == 32}
            kills += 1
        stored = {c.id for c in Store(path).all_corrections()}
        missing = acknowledged - stored
        assert not missing, f"round {round_number}: {len(missing)} acknowledged corrections lost"
    assert kills >= 10, f"only {kills} kills in the time budget"
    assert len(Store(path).all_annotations()) == 300  # the notes beside them are all there too
