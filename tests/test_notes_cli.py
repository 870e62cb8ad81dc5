"""`briefing notes list|add|remove`: the notes file from scripts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import Store

QUOTE = "Eyjólfur Magnússon, Iceland’s fisheries minister, told reporters"
SAMPLE = Path(__file__).resolve().parents[1] / "sample_articles" / "01-wire-mackerel-talks.txt"
RECORD_KEYS = {
    "id",
    "source",
    "article_id",
    "quote",
    "start",
    "end",
    "note",
    "tags",
    "colour",
    "created",
    "updated",
    "orphaned",
}


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    copy = tmp_path / "mackerel.txt"
    shutil.copyfile(SAMPLE, copy)
    return copy


@pytest.fixture()
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "notes.json"
    monkeypatch.setenv("BRIEFING_DB", str(path))
    return path


def _listed(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    capsys.readouterr()
    assert main(["notes", "list", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_add_prints_the_id_and_list_json_gives_every_field(
    article_file: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        [
            "notes",
            "add",
            str(article_file),
            "--quote",
            QUOTE,
            "--note",
            "Not a denial #annex",
            "--tag",
            "quota",
        ]
    )
    note_id = capsys.readouterr().out.strip()

    assert status == 0 and len(note_id) == 32
    [record] = _listed(capsys)
    assert set(record) == RECORD_KEYS
    text = article_file.read_text(encoding="utf-8")
    assert record["id"] == note_id
    assert record["quote"] == QUOTE == text[record["start"] : record["end"]]
    assert record["source"] == str(article_file)
    assert record["tags"] == ["quota", "annex"]
    assert record["orphaned"] is False
    assert record["created"].endswith("Z")
    assert [n.id for n in Store(db).all_annotations()] == [note_id]


def test_list_follows_the_edited_file_and_shows_orphans(
    article_file: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = "set out a bilateral split of the 2026 catch between Norway and the European Union"
    main(["notes", "add", str(article_file), "--quote", QUOTE, "--note", "kept"])
    main(["notes", "add", str(article_file), "--quote", other, "--note", "moved"])
    text = article_file.read_text(encoding="utf-8")
    paragraph = next(line for line in text.split("\n") if QUOTE in line)
    edited = text.replace(paragraph, "").replace("on Tuesday", "on Tuesday afternoon", 1)
    article_file.write_text(edited, encoding="utf-8")

    records = {r["note"]: r for r in _listed(capsys, str(article_file))}

    assert records["kept"]["orphaned"] is True and records["kept"]["quote"] == QUOTE
    assert records["moved"]["orphaned"] is False
    assert edited[records["moved"]["start"] : records["moved"]["end"]] == other
    assert {r["note"] for r in _listed(capsys)} == {"kept", "moved"}


def test_readable_list_is_one_line_per_note_and_shows_no_control_characters(
    article_file: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(
        ["notes", "add", str(article_file), "--quote", QUOTE, "--note", "red \x1b[31malert\x07\nsecond line"]
    )
    capsys.readouterr()

    assert main(["notes", "list"]) == 0
    out = capsys.readouterr().out

    lines = out.splitlines()
    assert lines[0] == str(article_file)
    assert len(lines) == 2 and "red" in lines[1] and "second line" in lines[1]
    assert "\x1b" not in out and "\x07" not in out
    assert "Eyjólfur Magnússon, Iceland" in lines[1]


def test_quote_not_in_the_text_is_one_clear_line(
    article_file: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["notes", "add", str(article_file), "--quote", "words the article never says"])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "quote is not in the text" in captured.err and str(article_file) in captured.err
    assert not db.exists()


def test_missing_source_is_one_line_and_exit_2(db: Path, tmp_path: Path, capsys) -> None:
    status = main(["notes", "add", str(tmp_path / "gone.txt"), "--quote", "anything"])
    captured = capsys.readouterr()
    assert status == 2 and captured.err.count("\n") == 1 and "gone.txt" in captured.err


def test_remove_by_id_or_shown_prefix_and_unknown_ids(
    article_file: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["notes", "add", str(article_file), "--quote", QUOTE])
    first = capsys.readouterr().out.strip()
    main(["notes", "add", str(article_file), "--quote", "a side room of the conference centre"])
    second = capsys.readouterr().out.strip()

    assert main(["notes", "remove", first]) == 0
    assert main(["notes", "remove", second[:12]]) == 0
    assert capsys.readouterr().out.split() == ["removed", first, "removed", second]

    assert main(["notes", "remove", first]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no note has id" in err and str(db) in err
    assert Store(db).all_annotations() == []


def test_corrupt_db_is_named_and_left_untouched(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"meta": {"schema": {"version": 1}}, "notes": {"a": ')
    for argv in (
        ["notes", "list", "--db", str(bad)],
        ["--db", str(bad), "notes", "add", str(article_file), "--quote", QUOTE],
        ["notes", "remove", "abc", "--db", str(bad)],
    ):
        assert main(argv) == 2
        captured = capsys.readouterr()
        assert captured.err.count("\n") == 1 and str(bad) in captured.err and "not valid JSON" in captured.err
        assert "Traceback" not in captured.err
    assert bad.read_bytes() == b'{"meta": {"schema": {"version": 1}}, "notes": {"a": '


def test_db_option_wins_over_the_environment(
    article_file: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen.json"
    assert main(["notes", "add", str(article_file), "--quote", QUOTE, "--db", str(chosen)]) == 0
    assert len(Store(chosen).all_annotations()) == 1
    assert not db.exists()


def test_an_unusable_db_path_is_one_line_from_the_real_command(article_file: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("I am a file, not a folder", encoding="utf-8")
    db = not_a_folder / "notes.json"
    command = [sys.executable, "-m", "briefing", "notes", "add", str(article_file), "--quote", QUOTE]

    run = subprocess.run([*command, "--db", str(db)], capture_output=True, text=True, timeout=120)

    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and "Not a directory" in run.stderr and str(db) in run.stderr
