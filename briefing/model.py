"""Plain data shared by every part of briefing.

Standard library only: ingest, nlp, store, export and the TUI all speak these
types, and each converts to and from plain dicts (JSON-ready) so the store and
the command line never need to know more than ``to_dict``/``from_dict``.
Offsets are Python ``str`` indices into ``Article.text``, end exclusive.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

# What a statement does with what it says (DESIGN.md, "Statements and stance").
STANCES: tuple[str, ...] = ("claim", "denial", "non_denial", "confirmation", "refusal")
STANCE_HEADINGS: dict[str, str] = {
    "claim": "Claims",
    "denial": "Denials",
    "non_denial": "Non-denials",
    "confirmation": "Confirmations",
    "refusal": "Refusals",
}
# A glyph per stance so meaning never rests on colour alone.
STANCE_GLYPHS: dict[str, str] = {
    "claim": "●",
    "denial": "✗",
    "non_denial": "◐",
    "confirmation": "✓",
    "refusal": "⊘",
}
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
# Party types: people, organisations and states are told apart; a group (NORP: "Kurds",
# "fishing industry groups") only when the analyst says so in a correction.
PARTY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP")


def text_id(text: str) -> str:
    """The article id: a hash of the normalised text (ingest normalises first)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    id: str
    source: str  # a path, a URL, or "<stdin>"
    text: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None  # ISO date when known
    site: str | None = None
    url: str | None = None  # where the original page lives, when known
    paragraphs: tuple[tuple[int, int], ...] = ()  # (start, end) of each paragraph in text

    @classmethod
    def from_text(cls, text: str, source: str, **meta: Any) -> Article:
        """Build an article from already-normalised text, computing id and paragraphs."""
        return cls(id=text_id(text), source=source, text=text, paragraphs=split_paragraphs(text), **meta)

    def paragraph_index(self, offset: int) -> int:
        """0-based index of the paragraph holding ``offset`` (the nearest before it)."""
        starts = [start for start, _ in self.paragraphs]
        return max(0, bisect_right(starts, offset) - 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "byline": self.byline,
            "date": self.date,
            "site": self.site,
            "source": self.source,
            "url": self.url,
            "text": self.text,
            "paragraphs": [list(p) for p in self.paragraphs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        text = data["text"]
        paragraphs = data.get("paragraphs")
        return cls(
            id=data.get("id") or text_id(text),
            source=data.get("source") or "",
            text=text,
            title=data.get("title"),
            byline=data.get("byline"),
            date=data.get("date"),
            site=data.get("site"),
            url=data.get("url"),
            paragraphs=tuple(tuple(p) for p in paragraphs) if paragraphs else split_paragraphs(text),
        )


def split_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph spans (start, end), trimmed of surrounding white space.

    Plain files separate paragraphs by blank lines and may wrap lines inside
    one; trafilatura's text separates them by a single newline. So: when the
    text has a blank line, a paragraph is a block between blank lines;
    otherwise each non-empty line is one.
    """
    separator = _BLANK_LINE if _BLANK_LINE.search(text.strip()) else _NEWLINE
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in separator.finditer(text):
        _add_trimmed(spans, text, pos, match.start())
        pos = match.end()
    _add_trimmed(spans, text, pos, len(text))
    return tuple(spans)


_BLANK_LINE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_NEWLINE = re.compile(r"\n")


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inward past white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    start, end = trimmed_span(text, start, end)
    if start < end:
        spans.append((start, end))


@dataclass(frozen=True)
class Mention:
    """One place an entity is named (or referred to) in the text."""

    start: int
    end: int
    text: str
    label: str  # spaCy label as repaired: PERSON, ORG, GPE, NORP, ...
    party_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "party_id": self.party_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(data["start"], data["end"], data["text"], data["label"], data.get("party_id"))


@dataclass(frozen=True)
class Party:
    """One real-world actor, however the article names it."""

    id: str
    name: str  # canonical: the fullest name the article gives
    type: str  # one of PARTY_TYPES
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # titles and roles ("US Special Representative for Iran")
    mentions: tuple[tuple[int, int], ...] = ()
    unnamed: bool = False  # an unnamed source ("a spokesman for Iran's mission")
    parent_id: str | None = None  # the organisation an unnamed source speaks for
    corrected: bool = False  # the analyst changed it (briefing.corrections)
    machine: Party | None = (
        None  # when corrected: the party as the machine made it; None if the analyst made it
    )

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "mentions": [list(m) for m in self.mentions],
            "unnamed": self.unnamed,
            "parent_id": self.parent_id,
        }
        return _with_correction(data, self.corrected, self.machine)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Party:
        machine = data.get("machine")
        return cls(
            id=data["id"],
            name=data["name"],
            type=data["type"],
            aliases=tuple(data.get("aliases") or ()),
            roles=tuple(data.get("roles") or ()),
            mentions=tuple(tuple(m) for m in data.get("mentions") or ()),
            unnamed=bool(data.get("unnamed", False)),
            parent_id=data.get("parent_id"),
            corrected=bool(data.get("corrected", False)),
            machine=Party.from_dict(machine) if machine else None,
        )


@dataclass(frozen=True)
class Statement:
    """Something a party said: a direct quote, an indirect report, or a mix."""

    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    stance: str = "claim"  # one of STANCES
    speaker: str | None = None  # canonical name of the speaker's party, or None when unknown
    party_id: str | None = None
    speaker_span: tuple[int, int] | None = None  # the mention the cue attaches to
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    stance_rule: str | None = None  # the name of the stance rule that gave ``stance`` ("why")
    corrected: bool = False  # the analyst changed it, or added it (briefing.corrections)
    machine: Statement | None = None  # when corrected: as the machine made it; None for one the analyst added

    def to_dict(self) -> dict[str, Any]:
        data = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "party_id": self.party_id,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "stance": self.stance,
            "stance_rule": self.stance_rule,
        }
        return _with_correction(data, self.corrected, self.machine)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        span = data.get("speaker_span")
        cue_span = data.get("cue_span")
        machine = data.get("machine")
        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            kind=data["kind"],
            stance=data.get("stance") or "claim",
            speaker=data.get("speaker"),
            party_id=data.get("party_id"),
            speaker_span=tuple(span) if span else None,
            cue=data.get("cue"),
            cue_span=tuple(cue_span) if cue_span else None,
            stance_rule=data.get("stance_rule"),
            corrected=bool(data.get("corrected", False)),
            machine=Statement.from_dict(machine) if machine else None,
        )


def _with_correction(
    data: dict[str, Any], corrected: bool, machine: Party | Statement | None
) -> dict[str, Any]:
    """``corrected`` and ``machine`` only on what the analyst corrected: the machine's own output
    (and the cache) keeps the shape it always had."""
    if corrected:
        data["corrected"] = True
        data["machine"] = machine.to_dict() if machine is not None else None
    return data


@dataclass(frozen=True)
class Analysis:
    """Everything the analyser found in one article."""

    article_id: str
    analyzer_version: str
    parties: tuple[Party, ...] = ()
    mentions: tuple[Mention, ...] = ()
    statements: tuple[Statement, ...] = ()

    def party(self, party_id: str | None) -> Party | None:
        for party in self.parties:
            if party.id == party_id:
                return party
        return None

    def statements_of(self, party_id: str | None) -> list[Statement]:
        """Statements of one party in document order; ``None`` gives all of them."""
        if party_id is None:
            return list(self.statements)
        return [s for s in self.statements if s.party_id == party_id]

    def stance_counts(self, party_id: str | None = None) -> dict[str, int]:
        counts = {stance: 0 for stance in STANCES}
        for statement in self.statements_of(party_id):
            counts[statement.stance] = counts.get(statement.stance, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "analyzer_version": self.analyzer_version,
            "parties": [p.to_dict() for p in self.parties],
            "mentions": [m.to_dict() for m in self.mentions],
            "statements": [s.to_dict() for s in self.statements],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            article_id=data["article_id"],
            analyzer_version=data["analyzer_version"],
            parties=tuple(Party.from_dict(p) for p in data.get("parties") or ()),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions") or ()),
            statements=tuple(Statement.from_dict(s) for s in data.get("statements") or ()),
        )


@dataclass(frozen=True)
class Anchor:
    """Where an annotation sits: the exact words, context either side, offsets as a hint.

    Shaped like a W3C TextQuoteSelector plus a TextPositionSelector.
    """

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Anchor:
        return cls(data["exact"], data.get("prefix", ""), data.get("suffix", ""), data["start"], data["end"])


@dataclass(frozen=True)
class Annotation:
    """The analyst's own note on a stretch of text (or on a party or statement)."""

    id: str
    source: str
    article_id: str
    anchor: Anchor
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: int = 1  # highlight colour 1..5
    created: str = ""  # ISO 8601, UTC
    updated: str = ""
    orphaned: bool = False
    target: str = "text"  # "text", "statement" or "party"
    party_id: str | None = None  # set when target == "party"

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    def with_changes(self, **changes: Any) -> Annotation:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "article_id": self.article_id,
            "anchor": self.anchor.to_dict(),
            "note": self.note,
            "tags": list(self.tags),
            "colour": self.colour,
            "created": self.created,
            "updated": self.updated,
            "orphaned": self.orphaned,
            "target": self.target,
            "party_id": self.party_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        return cls(
            id=data["id"],
            source=data["source"],
            article_id=data["article_id"],
            anchor=Anchor.from_dict(data["anchor"]),
            note=data.get("note", ""),
            tags=tuple(data.get("tags") or ()),
            colour=int(data.get("colour", 1)),
            created=data.get("created", ""),
            updated=data.get("updated", ""),
            orphaned=bool(data.get("orphaned", False)),
            target=data.get("target", "text"),
            party_id=data.get("party_id"),
        )


@dataclass
class LoadResult:
    """What ingest gives back for a list of sources: articles, and one line per failure."""

    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # loaded, but with something to know
