"""Exports mark what the analyst corrected: in the Markdown appendix and in the JSON.

The bundled mackerel sample with its fixed analysis (tests/sample_gold), corrections
made with the same functions the reader and ``briefing correct`` use.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from tui_support import MACKEREL, sample_article

from briefing.corrections import apply_corrections, party_correction, statement_correction
from briefing.export import ExportItem, render_json, render_markdown

EXPORTED_AT = datetime(2026, 3, 16, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def corrected():
    article, machine = sample_article(MACKEREL)
    norway = next(s for s in machine.statements if s.speaker == "Norway")
    headline_end = article.text.index("\n")
    reykjavik = next(p for p in machine.parties if p.name == "Reykjavik")
    corrections = [
        statement_correction(article, norway.start, norway.end, stance="confirmation"),
        statement_correction(article, 0, headline_end, speaker="Iceland", stance="claim", added=True),
        party_correction(article, reykjavik, party_type="state", analysis=machine),
    ]
    analysis, report = apply_corrections(article, machine, corrections)
    assert len(report.applied) == 3
    return article, machine, analysis, norway


def test_markdown_says_which_statements_were_corrected_and_what_the_analyser_said(corrected):
    article, _, analysis, norway = corrected
    markdown = render_markdown([ExportItem(article, analysis, [])], EXPORTED_AT, with_analysis=True)
    lines = markdown.splitlines()
    quoted = next(i for i, line in enumerate(lines) if norway.text in line)
    attribution = next(line for line in lines[quoted:] if line.startswith("> —"))
    assert attribution.endswith("(corrected; the analyser said: indirect denial by Norway)")
    assert "(corrected; the analyser said: the analysis did not find it)" in markdown
    # Only those two: every other statement's attribution is as before.
    assert markdown.count("(corrected;") == 2


def test_markdown_of_the_machine_analysis_has_no_marks(corrected):
    article, machine, _, _ = corrected
    markdown = render_markdown([ExportItem(article, machine, [])], EXPORTED_AT, with_analysis=True)
    assert "corrected" not in markdown


def test_json_carries_corrected_and_the_machine_values(corrected):
    article, _, analysis, norway = corrected
    data = json.loads(render_json([ExportItem(article, analysis, [])], EXPORTED_AT))
    (content,) = data["articles"]
    statements = [
        statement
        for speaker in content["who_said_what"]
        for group in speaker["stances"]
        for statement in group["statements"]
    ]
    marked = [s for s in statements if s.get("corrected")]
    assert len(marked) == 2
    norway_now = next(s for s in marked if s["start"] == norway.start)
    assert norway_now["machine"]["stance"] == "denial"
    assert norway_now["machine_said"] == "indirect denial by Norway"
    added = next(s for s in marked if s["start"] == 0)
    assert added["machine"] is None and added["speaker"] == "Iceland"
    assert all("machine" not in s for s in statements if not s.get("corrected"))
    party = next(p for p in content["parties"] if p["name"] == "Reykjavik")
    assert party["corrected"] and party["type"] == "GPE" and party["machine"]["type"] == "ORG"


def test_the_appendix_no_longer_says_nothing_was_checked_by_hand(corrected):
    article, machine, analysis, _ = corrected
    corrected_md = render_markdown([ExportItem(article, analysis, [])], EXPORTED_AT, with_analysis=True)
    machine_md = render_markdown([ExportItem(article, machine, [])], EXPORTED_AT, with_analysis=True)
    assert "not checked by hand" in machine_md
    assert "not checked by hand" not in corrected_md
    assert "those marked corrected were corrected by the analyst" in corrected_md
