"""The export and ``analyze --format md`` list the parties an article names: an unnamed spokeswoman
under the body she speaks for, in her own words, and sources who speak for no named party apart."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from tui_support import DELEGATION, SPOKESWOMAN, UNNAMED, mackerel_with_unnamed_sources

from briefing.export import ExportItem, render_json, render_markdown
from briefing.summary import analysis_markdown

EXPORTED_AT = datetime(2026, 3, 16, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def seed():
    return mackerel_with_unnamed_sources()


def _count(analysis, *names: str) -> int:
    ids = {p.id for p in analysis.parties if p.name in names}
    return sum(1 for s in analysis.statements if s.party_id in ids)


def test_the_parties_table_lists_named_parties_and_the_unnamed_sources_apart(seed):
    article, analysis = seed
    markdown = render_markdown([ExportItem(article, analysis, [])], EXPORTED_AT, with_analysis=True)
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert not [row for row in rows if SPOKESWOMAN in row or any(name in row for name in UNNAMED)]
    (delegation,) = [row for row in rows if row.startswith(f"| {DELEGATION} |")]
    assert sum(int(cell) for cell in delegation.strip("| ").split(" | ")[2:]) == _count(analysis, SPOKESWOMAN)
    (unnamed,) = [row for row in rows if row.startswith("| Unnamed sources |")]
    assert sum(int(cell) for cell in unnamed.strip("| ").split(" | ")[2:]) == _count(analysis, *UNNAMED)
    assert rows.index(unnamed) == len(rows) - 1  # after every party
    # Who said what: her statements under the delegation, attributed to her own words.
    section = markdown[markdown.index(f"### {DELEGATION}") :]
    assert f"— {SPOKESWOMAN}, " in section.split("\n### ")[0]
    assert "### Unnamed sources" in markdown


def test_the_json_export_keeps_every_statement_and_lists_no_unnamed_party(seed):
    article, analysis = seed
    data = json.loads(render_json([ExportItem(article, analysis, [])], EXPORTED_AT))
    (content,) = data["articles"]
    names = [party["name"] for party in content["parties"]]
    assert SPOKESWOMAN not in names and not set(UNNAMED) & set(names)
    assert sum(content["unnamed_sources"].values()) == _count(analysis, *UNNAMED)
    listed = sum(len(g["statements"]) for s in content["who_said_what"] for g in s["stances"])
    assert listed == len(analysis.statements)


def test_the_analysis_summary_lists_the_unnamed_sources_apart(seed):
    article, analysis = seed
    summary = analysis_markdown(article, analysis)
    parties = summary[summary.index("## Parties") : summary.index("## Statements")]
    assert SPOKESWOMAN not in parties and not [name for name in UNNAMED if name in parties]
    assert "- **Unnamed sources** (not named in the article)" in parties
    statements = summary[summary.index("## Statements") :]
    assert f"— {SPOKESWOMAN} [" in statements.split("### Unnamed sources")[0]
    assert f"— {UNNAMED[1]} [" in statements.split("### Unnamed sources")[1]
