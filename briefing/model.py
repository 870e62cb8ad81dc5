"""Plain data shared by every part of briefing.

Standard library only: ingest, nlp, store, export and the TUI all speak these
types, and each converts to and from plain dicts (JSON-ready) so the store and
the command line never need to know more than ``to_dict``/``from_dict``.
Offsets are Python ``str`` indices into ``Article.text``, end exclusive.
"""

from __future__ import annotations

import hashlib
import re
import types
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields, is_dataclass, replace
from functools import cache
from typing import Any, ClassVar, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

# What a statement does with what it says (DESIGN.md, "Statements and stance").
Stance = Literal["claim", "denial", "non_denial", "confirmation", "refusal"]
STANCES: tuple[Stance, ...] = get_args(Stance)
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
# A direct quote, an indirect report, or a mix of the two.
Kind = Literal["direct", "indirect", "mixed"]
KINDS: tuple[Kind, ...] = get_args(Kind)
# Party types: people, organisations and states are told apart; a group (NORP: "Kurds",
# "fishing industry groups") only when the analyst says so in a correction.
PartyType = Literal["PERSON", "ORG", "GPE", "NORP"]
PARTY_TYPES: tuple[PartyType, ...] = get_args(PartyType)
# The highlight colours a note can have, by number (the stylesheets in styles/ draw each one).
NOTE_COLOURS = range(1, 6)

# Party types in words; a type outside these is left unsaid rather than shown as a code.
PARTY_TYPE_WORDS: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "state",
    "NORP": "group",
}
STANCE_WORDS: dict[str, str] = {
    "claim": "claim",
    "denial": "denial",
    "non_denial": "non-denial",
    "confirmation": "confirmation",
    "refusal": "refusal",
}

# The stance rule of a statement that asserts and nothing more (the reader shows no "why" for it).
PLAIN_CLAIM_RULE = "plain assertion"


def text_id(text: str) -> str:
    """The article id: a hash of the normalised text (ingest normalises first)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --- plain dicts -------------------------------------------------------------------------------
# Every class here converts to and from a JSON-ready dict by its fields: tuples become lists,
# nested dataclasses dicts, and a missing or null value reads as the field's default. The cache,
# the notes file and ``analyze --format json`` hold these shapes, so what differs is declared:
# ``DICT_KEYS`` (a ClassVar) when the keys' order is not the fields', and ``ONLY_WHEN_CORRECTED``
# (field metadata) for keys written only on what the analyst corrected, so the machine's own
# output keeps the shape it always had.
ONLY_WHEN_CORRECTED: Mapping[str, bool] = types.MappingProxyType({"only_when_corrected": True})
_Record = TypeVar("_Record")


def record_to_dict(record: Any) -> dict[str, Any]:
    """A dataclass of this module as a plain dict (the shape its ``to_dict`` gives)."""
    corrected = getattr(record, "corrected", False)
    data = {}
    for name, write, only_when_corrected in _writers(type(record)):
        if corrected or not only_when_corrected:
            value = getattr(record, name)
            data[name] = None if value is None else write(value)
    return data


def record_from_dict(cls: type[_Record], data: Mapping[str, Any]) -> _Record:
    """A dataclass of this module from the dict its ``to_dict`` gives; a required key must be there."""
    values = {}
    for name, read, has_default in _readers(cls):
        value = data.get(name)
        if value is not None:
            values[name] = read(value)
        elif not has_default:
            values[name] = data[name]  # required: a missing key is an error, a null stays null
    return cls(**values)


@cache
def _writers(cls: type) -> tuple[tuple[str, Callable[[Any], Any], bool], ...]:
    """(key, how to write its value, whether it is written only when corrected), in the dict's order."""
    by_name = {f.name: f for f in fields(cls)}
    order = getattr(cls, "DICT_KEYS", tuple(by_name))
    if sorted(order) != sorted(by_name):
        raise TypeError(f"{cls.__name__}.DICT_KEYS must name each field once")
    hints = get_type_hints(cls)
    return tuple(
        (name, _writer(hints[name]), bool(by_name[name].metadata.get("only_when_corrected")))
        for name in order
    )


def _writer(hint: Any) -> Callable[[Any], Any]:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):  # ``X | None``: null never reaches a writer
        return _writer(next(arg for arg in args if arg is not type(None)))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        write_item = _writer(args[0])
        if write_item is _as_written:
            return list
        return lambda value: [write_item(item) for item in value]
    if origin is tuple:
        return list
    if isinstance(hint, type) and is_dataclass(hint):
        return record_to_dict
    return _as_written


@cache
def _readers(cls: type) -> tuple[tuple[str, Callable[[Any], Any], bool], ...]:
    """(field, how to read its value from a dict, whether it has a default)."""
    hints = get_type_hints(cls)
    return tuple(
        (f.name, _reader(hints[f.name]), f.default is not MISSING or f.default_factory is not MISSING)
        for f in fields(cls)
    )


def _reader(hint: Any) -> Callable[[Any], Any]:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):  # ``X | None``: null never reaches a reader
        return _reader(next(arg for arg in args if arg is not type(None)))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        read_item = _reader(args[0])
        return lambda value: tuple(read_item(item) for item in value)
    if origin is tuple:
        return tuple
    if isinstance(hint, type) and is_dataclass(hint):  # its own ``from_dict``, exceptions and all
        return getattr(hint, "from_dict")  # noqa: B009 - a dataclass type does not declare it
    if hint is bool:
        return bool
    return _as_written  # a malformed value stays as written, for the store's checks to find


def _as_written(value: Any) -> Any:
    return value


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

    DICT_KEYS: ClassVar[tuple[str, ...]] = (
        "id", "title", "byline", "date", "site", "source", "url", "text", "paragraphs",
    )  # fmt: skip

    @classmethod
    def from_text(cls, text: str, source: str, **meta: Any) -> Article:
        """Build an article from already-normalised text, computing id and paragraphs."""
        return cls(id=text_id(text), source=source, text=text, paragraphs=split_paragraphs(text), **meta)

    def paragraph_index(self, offset: int) -> int:
        """0-based index of the paragraph holding ``offset`` (the nearest before it)."""
        starts = [start for start, _ in self.paragraphs]
        return max(0, bisect_right(starts, offset) - 1)

    def to_dict(self) -> dict[str, Any]:
        return record_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        # An article written by hand may leave out what ingest computes: its id and paragraphs.
        text = data["text"]
        article = record_from_dict(
            cls, {**data, "id": data.get("id") or text_id(text), "source": data.get("source") or ""}
        )
        return article if article.paragraphs else replace(article, paragraphs=split_paragraphs(text))


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
        return record_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        return record_from_dict(cls, data)


@dataclass(frozen=True)
class Party:
    """One real-world actor, however the article names it."""

    id: str
    name: str  # canonical: the fullest name the article gives
    type: PartyType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # titles and roles ("US Special Representative for Iran")
    mentions: tuple[tuple[int, int], ...] = ()
    unnamed: bool = False  # an unnamed source ("a spokesman for Iran's mission")
    parent_id: str | None = None  # the organisation an unnamed source speaks for
    # The analyst changed it (briefing.corrections); then ``machine`` is the party as the machine
    # made it, or None if the analyst made it.
    corrected: bool = field(default=False, metadata=ONLY_WHEN_CORRECTED)
    machine: Party | None = field(default=None, metadata=ONLY_WHEN_CORRECTED)

    def to_dict(self) -> dict[str, Any]:
        return record_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Party:
        return record_from_dict(cls, data)


@dataclass(frozen=True)
class Statement:
    """Something a party said: a direct quote, an indirect report, or a mix."""

    start: int
    end: int
    text: str
    kind: Kind
    stance: Stance = "claim"
    speaker: str | None = None  # canonical name of the speaker's party, or None when unknown
    party_id: str | None = None
    speaker_span: tuple[int, int] | None = None  # the mention the cue attaches to
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    stance_rule: str | None = None  # the name of the stance rule that gave ``stance`` ("why")
    # The analyst changed it, or added it (briefing.corrections); then ``machine`` is the statement
    # as the machine made it, or None for one the analyst added.
    corrected: bool = field(default=False, metadata=ONLY_WHEN_CORRECTED)
    machine: Statement | None = field(default=None, metadata=ONLY_WHEN_CORRECTED)

    DICT_KEYS: ClassVar[tuple[str, ...]] = (
        "start", "end", "text", "kind", "speaker", "party_id", "speaker_span", "cue", "cue_span",
        "stance", "stance_rule", "corrected", "machine",
    )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return record_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        return record_from_dict(cls, data)


# The Parties list's row for statements by unnamed sources that speak for no named party ("a senior
# official said"): shown apart, so a party is always someone the article names and no statement is lost.
UNNAMED_SOURCES = "unnamed-sources"
UNNAMED_SOURCES_HEADING = "Unnamed sources"


def listed_under(parties: Sequence[Party], party_id: str | None) -> str | None:
    """The row of the Parties list that a statement by ``party_id`` is listed under.

    A party the article names is its own row. An unnamed source ("a spokesman for the ministry") is
    listed under the named party it speaks for (its ``parent_id``, followed up a chain of unnamed
    ones), else under ``UNNAMED_SOURCES``. No speaker (``None``) or an id no party has stays as given.
    """
    return _row(_rows(parties), party_id)


def _rows(parties: Sequence[Party]) -> dict[str, Party]:
    return {party.id: party for party in parties}


def _row(by_id: Mapping[str, Party], party_id: str | None) -> str | None:
    party = by_id.get(party_id) if party_id is not None else None
    seen: set[str] = set()
    while party is not None and party.unnamed:
        seen.add(party.id)
        parent = by_id.get(party.parent_id) if party.parent_id else None
        if parent is None or parent.id in seen:
            return UNNAMED_SOURCES
        party = parent
    return party.id if party is not None else party_id


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

    def listed_parties(self) -> tuple[Party, ...]:
        """The parties the article names, in the analyser's order: unnamed sources are no row of their own."""
        return tuple(party for party in self.parties if not party.unnamed)

    def listed_under(self, party_id: str | None) -> str | None:
        """The row of the Parties list that a statement by ``party_id`` is listed under."""
        return listed_under(self.parties, party_id)

    def statement_rows(self) -> list[str | None]:
        """``listed_under`` of every statement, in order, with one pass over the parties."""
        rows = _rows(self.parties)
        return [_row(rows, s.party_id) for s in self.statements]

    def statements_of(self, party_id: str | None) -> list[Statement]:
        """Statements of one party in document order, with those listed under it (its unnamed
        spokesmen; ``UNNAMED_SOURCES`` gives the unnamed sources no named party stands behind);
        ``None`` gives all of them."""
        if party_id is None:
            return list(self.statements)
        rows = _rows(self.parties)
        return [s for s in self.statements if s.party_id == party_id or _row(rows, s.party_id) == party_id]

    def stance_counts(self, party_id: str | None = None) -> dict[Stance, int]:
        counts: dict[Stance, int] = dict.fromkeys(STANCES, 0)
        for statement in self.statements_of(party_id):
            counts[statement.stance] = counts.get(statement.stance, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return record_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Analysis:
        return record_from_dict(cls, data)


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
        return record_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Anchor:
        # No context either side is an anchor at the very start or end of a text.
        return record_from_dict(cls, {"prefix": "", "suffix": "", **data})


@dataclass(frozen=True)
class Annotation:
    """The analyst's own note on a stretch of text (or on a party or statement)."""

    id: str
    source: str
    article_id: str
    anchor: Anchor
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: int = 1  # one of NOTE_COLOURS
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
        return record_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        return record_from_dict(cls, data)


@dataclass
class LoadResult:
    """What ingest gives back for a list of sources: articles, and one line per failure."""

    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # loaded, but with something to know
