"""Bytes that reach the terminal: names and notes from outside never carry controls, and errors never
land on stdout. Also: ``briefing eval`` on gold files of the wrong shape (one line each).

Hostile strings are made here: ESC sequences (a screen clear, an OSC 52 clipboard payload, a window
title), BEL, C1 CSI, a newline and bidi overrides, in file names, note text and tags.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.anchoring import new_annotation
from briefing.model import Article
from briefing.safe import BIDI_CONTROLS, json_safe, one_line, terminal_safe
from briefing.store import Store

REPO = Path(__file__).resolve().parents[1]
HOSTILE = "\x1b[2J\x1b]52;c;cGF5bG9hZA==\x07\x1b]0;owned\x07\x9b31m\n\u202egnp.txt\u2066x\u2069"
TEXT = "Harbour plan\n\nThe mayor said the harbour plan would be finished by spring.\n"
QUOTE = "the harbour plan would be finished by spring"
# What a terminal acts on: C0 but for the newline, DEL, C1, bidi controls.
UNSAFE = {chr(c) for c in (*range(0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0), *BIDI_CONTROLS)}


def _has_unsafe(text: str) -> set[str]:
    return set(text) & UNSAFE


def _cli(*argv: str, close_stderr: bool = False, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command in a subprocess; with ``close_stderr`` its fd 2 is closed, as ``2>&-`` does."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *argv],
        stdout=subprocess.PIPE,
        stderr=None if close_stderr else subprocess.PIPE,
        preexec_fn=(lambda: os.close(2)) if close_stderr else None,
        timeout=300,
        cwd=REPO,
        env={**os.environ, **(env or {})},
    )


def test_terminal_safe_replaces_every_control_one_for_one() -> None:
    every = "".join(sorted(UNSAFE)) + "\n\u2028"
    safe = terminal_safe(every)
    assert len(safe) == len(every) and not _has_unsafe(safe) and "\n" not in safe
    assert terminal_safe("Café – “quoted” 中文") == "Café – “quoted” 中文"
    assert one_line("a\n\n b\x1b[31m", 80) == "a b\u241b[31m"
    assert json.loads(json_safe(json.dumps({"k": HOSTILE}, ensure_ascii=False))) == {"k": HOSTILE}
    assert not _has_unsafe(json_safe(json.dumps({"k": HOSTILE}, ensure_ascii=False)))


def test_an_error_line_naming_a_hostile_file_is_one_safe_line(tmp_path: Path) -> None:
    missing = tmp_path / f"missing{HOSTILE}"
    done = _cli("analyze", str(missing), "--db", str(tmp_path / "notes.json"))
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and done.stdout == b""
    assert len(err.splitlines()) == 1 and err.startswith("briefing: ") and "Traceback" not in err
    assert "missing" in err and not _has_unsafe(err)


@pytest.fixture()
def hostile_file(tmp_path: Path) -> Path:
    folder = tmp_path / f"in{HOSTILE}"
    folder.mkdir()
    path = folder / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_analyze_md_and_json_of_a_hostile_file_name_print_no_controls(
    hostile_file: Path, tmp_path: Path
) -> None:
    for form in ("md", "json"):
        done = _cli("analyze", str(hostile_file), "--format", form, "--db", str(tmp_path / "notes.json"))
        out = done.stdout.decode("utf-8")
        assert done.returncode == 0, done.stderr
        assert "harbour.txt" in out and not _has_unsafe(out.replace("\n", ""))
        if form == "json":
            assert json.loads(out)["article"]["source"] == str(hostile_file)  # escaped, not changed


def test_notes_list_and_export_show_hostile_notes_and_names_without_controls(
    hostile_file: Path, tmp_path: Path
) -> None:
    db = tmp_path / "notes.json"
    article = Article.from_text(TEXT, str(hostile_file))
    start = article.text.index(QUOTE)
    note = new_annotation(article, start, start + len(QUOTE), note=f"see {HOSTILE} end", tags=[f"t{HOSTILE}"])
    Store(db).add_annotation(note)

    listed = _cli("notes", "list", "--db", str(db))
    out = listed.stdout.decode("utf-8")
    assert listed.returncode == 0 and "see" in out and "end" in out
    assert not _has_unsafe(out.replace("\n", ""))
    assert len(out.splitlines()) == 2  # the source, then the note: nothing broke a line

    exported = _cli("export", str(hostile_file), "-o", "-", "--db", str(db))
    markdown = exported.stdout.decode("utf-8")
    assert exported.returncode == 0 and "see" in markdown
    assert not _has_unsafe(markdown.replace("\n", ""))


def test_with_stderr_closed_errors_never_reach_stdout(tmp_path: Path) -> None:
    good = tmp_path / "harbour.txt"
    good.write_text(TEXT, encoding="utf-8")
    done = _cli(
        "analyze",
        str(tmp_path / "missing.txt"),
        str(good),
        "--db",
        str(tmp_path / "n.json"),
        close_stderr=True,
    )
    assert done.returncode == 2
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["article"]["source"] == str(good)


def test_with_stderr_closed_store_warnings_never_reach_stdout(tmp_path: Path) -> None:
    db = tmp_path / "notes.json"
    db.write_text(json.dumps({"meta": {"schema": {"version": 1}}, "notes": {"bad": {"colour": 9}}}), "utf-8")
    before = db.read_bytes()
    done = _cli("notes", "list", "--json", "--db", str(db), close_stderr=True)
    assert done.returncode == 0 and json.loads(done.stdout) == []
    done = _cli("notes", "remove", "zzz", "--db", str(db), close_stderr=True)
    assert done.returncode == 2 and done.stdout == b""
    assert db.read_bytes() == before


# --- briefing eval: one line per bad gold file (issue 15, item 8) ------------------------------------


def test_eval_gives_one_line_per_gold_file_of_the_wrong_shape(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    base = {"text": "The mayor said it.", "quotes": []}
    bad = {
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "parties-number.json": json.dumps({**base, "parties": 5}),
        "parties-text.json": json.dumps({**base, "parties": "the mayor"}),
        "aliases-number.json": json.dumps({**base, "parties": [{"name": "Mayor", "aliases": 3}]}),
        "aliases-text.json": json.dumps({**base, "parties": [{"name": "Mayor", "aliases": "the mayor"}]}),
        "id-list.json": json.dumps({**base, "id": ["x"]}),
        f"evil{HOSTILE[:20]}.json": json.dumps({**base, "quotes": 1}),
    }
    for name, content in bad.items():
        (gold / name).write_text(content, encoding="utf-8")

    done = _cli("eval", str(gold))

    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "Traceback" not in err and not _has_unsafe(err.replace("\n", ""))
    lines = err.splitlines()
    assert len(lines) == len(bad)
    expected = {
        "deep.json": "nested too deeply",
        "parties-number.json": "'parties' is not a list",
        "parties-text.json": "'parties' is not a list",
        "aliases-number.json": "party 1: 'aliases' is not a list of strings",
        "aliases-text.json": "party 1: 'aliases' is not a list of strings",
        "id-list.json": "'id' is not a string",
        "evil": "'quotes' is missing or not a list",
    }
    for name, problem in expected.items():
        assert any(name in line and problem in line for line in lines), (name, lines)
