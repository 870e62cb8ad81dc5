"""``briefing eval`` on a split corpus: figures for the tuning part, the checking part and all, and the
stance rule shown for each wrong stance."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.evaluate import (
    CORPUS_SPLIT,
    GoldDoc,
    GoldFormatError,
    GoldQuote,
    evaluate_parts,
    format_findings,
    format_table,
    load_split,
    score,
)
from briefing.model import Statement

TEXT = 'The minister said "the report is wrong" on Monday.'
QUOTE = "the report is wrong"


def _gold_file(folder: Path, doc_id: str) -> None:
    start = TEXT.index(QUOTE)
    quote = {"start": start, "end": start + len(QUOTE), "kind": "direct", "speaker": None, "stance": "denial"}
    data = {"id": doc_id, "title": None, "source": "written for the test", "text": TEXT, "quotes": [quote]}
    (folder / f"{doc_id}.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_wrong_stance_names_the_rule_that_fired() -> None:
    start = TEXT.index(QUOTE)
    doc = GoldDoc("d", "s", None, TEXT, (GoldQuote(start, start + len(QUOTE), "direct", None, "denial"),))
    guess = Statement(
        start, start + len(QUOTE), QUOTE, "direct", stance="claim", stance_rule="plain assertion"
    )
    report = score([doc], [[guess]])
    assert "expected 'denial', got 'claim' (rule: plain assertion)" in format_findings(report)
    assert report.to_dict(verbose=True)["findings"][0]["findings"][0]["rule"] == "plain assertion"


def test_each_part_is_scored_on_its_own_documents(tmp_path: Path) -> None:
    for doc_id in ("a", "b", "c"):
        _gold_file(tmp_path, doc_id)
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"tuning": ["a", "b"], "checking": ["c"]}), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in tmp_path.glob("?.json"):
        path.rename(gold / path.name)
    parts, errors = evaluate_parts(gold, split)
    assert not errors
    assert {name: len(r.documents) for name, r in parts.items()} == {"all": 3, "tuning": 2, "checking": 1}
    assert parts["tuning"].views["all"].gold == 2 and parts["checking"].views["all"].gold == 1
    table = format_table(parts["all"], parts)
    assert "tuning" in table.splitlines()[2] and "checking" in table.splitlines()[2]


def test_without_split_files_only_all_is_reported(tmp_path: Path) -> None:
    _gold_file(tmp_path, "z")
    parts, errors = evaluate_parts(tmp_path, CORPUS_SPLIT)
    assert not errors and list(parts) == ["all"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{", "not a readable split file"),
        ('{"tuning": []}', "a split file needs the lists 'tuning' and 'checking'"),
    ],
)
def test_a_bad_split_file_is_named_with_its_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "split.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=re.escape(f"{path}: {problem}")):
        load_split(path)


def test_verbose_lists_only_the_part_asked_for(shared_corpus: Path) -> None:
    gold = shared_corpus / "gold"
    if not gold.is_dir():
        pytest.skip(f"the team corpus is not at {shared_corpus}")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["eval", str(gold), "--verbose", "--part", "tuning"]) == 0
    listed = {line[3:].split(":")[0] for line in out.getvalue().splitlines() if line.startswith("== ")}
    assert listed == set(load_split(CORPUS_SPLIT)["tuning"])
