"""A readable Markdown summary of one article's analysis (``briefing analyze --format md``).

Title and source, then the parties with how many statements of each stance
they made, then every statement grouped by party and stance. Article text is
data: it is quoted, never interpreted as Markdown structure (``briefing.markdown``).
"""

from __future__ import annotations

from briefing.markdown import escape_inline
from briefing.model import (
    STANCE_GLYPHS,
    STANCE_HEADINGS,
    STANCES,
    UNNAMED_SOURCES,
    UNNAMED_SOURCES_HEADING,
    Analysis,
    Article,
    Statement,
)

_UNATTRIBUTED = "Unattributed"


def _counts(statements: list[Statement]) -> str:
    parts = []
    for stance in STANCES:
        count = sum(1 for s in statements if s.stance == stance)
        if count:
            parts.append(f"{count} {STANCE_HEADINGS[stance].lower()}")
    return ", ".join(parts)


def analysis_markdown(article: Article, analysis: Analysis) -> str:
    """The summary as one Markdown document."""
    lines = [
        f"# {escape_inline(article.title or article.source)}",
        "",
        f"Source: {escape_inline(article.source)}",
        "",
    ]
    # A party is one the article names; an unnamed source's statement is listed under the party it
    # speaks for, or among the unnamed sources, apart (briefing.model.listed_under).
    speaking = [p for p in analysis.listed_parties() if analysis.statements_of(p.id)]
    unnamed = analysis.statements_of(UNNAMED_SOURCES)
    unattributed = [s for s in analysis.statements if s.party_id is None]
    lines.append(f"{len(analysis.statements)} statements by {len(speaking)} parties.")
    lines.append("")
    if speaking or unnamed:
        lines += ["## Parties", ""]
        for party in speaking:
            roles = f"; {escape_inline(', '.join(party.roles))}" if party.roles else ""
            counts = _counts(analysis.statements_of(party.id))
            lines.append(f"- **{escape_inline(party.name)}** ({party.type.lower()}{roles}): {counts}")
        if unnamed:
            lines.append(f"- **{UNNAMED_SOURCES_HEADING}** (not named in the article): {_counts(unnamed)}")
        lines.append("")
    lines += ["## Statements", ""]
    groups = [(party.name, analysis.statements_of(party.id)) for party in speaking]
    if unnamed:
        groups.append((UNNAMED_SOURCES_HEADING, unnamed))
    if unattributed:
        groups.append((_UNATTRIBUTED, unattributed))
    for name, statements in groups:
        lines += [f"### {escape_inline(name)}", ""]
        for stance in STANCES:
            chosen = [s for s in statements if s.stance == stance]
            if not chosen:
                continue
            lines.append(f"{STANCE_GLYPHS[stance]} {STANCE_HEADINGS[stance]}:")
            lines.append("")
            for statement in chosen:
                cue = f" ({escape_inline(statement.cue)})" if statement.cue else ""
                by = statement.speaker if statement.speaker and statement.speaker != name else None
                source = f" — {escape_inline(by)}" if by and name != _UNATTRIBUTED else ""
                lines.append(f"- “{escape_inline(statement.text)}”{cue}{source} [{statement.kind}]")
            lines.append("")
    if not analysis.statements:
        lines += ["No statements found.", ""]
    return "\n".join(lines).rstrip() + "\n"
