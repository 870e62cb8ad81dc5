"""The analyst's corrections of an analysis, and applying them as a layer over the machine's.

Standard library only (model and anchoring): the store keeps ``Correction`` records,
the command line and the reader make them, and ``apply_corrections`` lays them over
a machine analysis wherever one is used. The machine's analysis is never changed.

A correction is anchored like a note (the quoted words, ``CONTEXT`` characters
either side, offsets as a hint), so it follows its words through re-analysis, a
new analyser version and edits to the text. One whose words are gone is kept and
reported as orphaned, never dropped.

What a correction targets:

- ``target == "statement"``: the statement that overlaps the anchored words most.
  It may set ``speaker`` (a party's name or alias; a name no party has makes a new
  party; ``""`` means nobody is named), ``stance``, ``kind``, ``respan`` (the
  anchored words are the statement's true span: grown or shrunk), ``not_a_statement``
  (remove it). With ``added`` the anchored words are a statement the machine missed.
- ``target == "party"``: the party with a mention at the anchored words (else the
  one called ``party``). It may be merged into another (``merge_into``, a name),
  renamed (``rename``), retyped (``party_type``, one of ``PARTY_TYPES``) or have an
  alias split out into a party of its own (``split_alias``).

Corrections apply in the order they were made, each to the result of the ones
before. Whatever a correction changed carries ``corrected=True`` and, in
``machine``, the statement or party as the machine made it (``None`` for one the
analyst added). A rename changes the speaker name on that party's statements
without marking them: their attribution did not change, the party is marked.

Public API:

- ``Correction``, ``CorrectionReport``, ``CorrectionError`` (a ``ValueError`` with one line)
- ``statement_correction(article, start, end, ...) -> Correction``
- ``party_correction(article, party, ..., analysis=None) -> Correction``
- ``apply_corrections(article, machine, corrections) -> tuple[Analysis, CorrectionReport]``
- ``laid_over(store, article, machine) -> tuple[Analysis, CorrectionReport]``: the store's corrections
  of the article applied; how the reader, ``analyze`` and ``export`` all get the analysis they show
- ``refusal(article, machine, earlier, correction) -> str | None``: why a new correction would not
  apply after the earlier ones (checked before it is saved), or ``None``
- ``relocate(correction, article) -> Correction``, ``describe(correction) -> str``,
  ``machine_said(statement_or_party) -> str | None`` (the machine's values, for a status line)
- ``party_named(analysis, name) -> Party | None``, ``statement_at(statements, start, end) -> int | None``
- ``party_type_code(word) -> str`` ("person", "organisation", "state", "group" or a code)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from briefing.anchoring import make_anchor, relocated
from briefing.model import (
    KINDS,
    PARTY_TYPES,
    STANCES,
    Analysis,
    Anchor,
    Article,
    Kind,
    Party,
    PartyType,
    Stance,
    Statement,
)

TARGETS: tuple[str, ...] = ("statement", "party")
# The words an analyst uses for party types, and the codes the analysis keeps.
# A party type as the analyst names it (either spelling of organisation) to its code.
PARTY_TYPE_CODES: dict[str, str] = {
    "person": "PERSON",
    "organisation": "ORG",
    "organization": "ORG",
    "state": "GPE",
    "group": "NORP",
}
_OPENING_MARKS = "\"'“‘«"
_CLOSING_MARKS = "\"'”’»"


class CorrectionError(ValueError):
    """A correction that cannot be made; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class Correction:
    """One change the analyst made to an analysis, anchored to the article's words."""

    id: str
    source: str
    article_id: str
    target: str  # one of TARGETS
    anchor: Anchor
    created: str = ""  # ISO 8601, UTC
    updated: str = ""
    orphaned: bool = False  # its words are not in the text any more; kept, listed, not applied
    # statement corrections
    speaker: str | None = None  # None: unchanged; "": nobody is named
    stance: Stance | None = None
    kind: Kind | None = None
    respan: bool = False
    not_a_statement: bool = False
    added: bool = False
    # party corrections
    party: str | None = None  # the party's name when it was corrected
    merge_into: str | None = None
    rename: str | None = None
    party_type: PartyType | None = None
    split_alias: str | None = None

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "article_id": self.article_id,
            "target": self.target,
            "anchor": self.anchor.to_dict(),
            "created": self.created,
            "updated": self.updated,
            "orphaned": self.orphaned,
            "speaker": self.speaker,
            "stance": self.stance,
            "kind": self.kind,
            "respan": self.respan,
            "not_a_statement": self.not_a_statement,
            "added": self.added,
            "party": self.party,
            "merge_into": self.merge_into,
            "rename": self.rename,
            "party_type": self.party_type,
            "split_alias": self.split_alias,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Correction:
        return cls(
            id=data["id"],
            source=data["source"],
            article_id=data.get("article_id", ""),
            target=data["target"],
            anchor=Anchor.from_dict(data["anchor"]),
            created=data.get("created", ""),
            updated=data.get("updated", ""),
            orphaned=bool(data.get("orphaned", False)),
            speaker=data.get("speaker"),
            stance=data.get("stance"),
            kind=data.get("kind"),
            respan=bool(data.get("respan", False)),
            not_a_statement=bool(data.get("not_a_statement", False)),
            added=bool(data.get("added", False)),
            party=data.get("party"),
            merge_into=data.get("merge_into"),
            rename=data.get("rename"),
            party_type=data.get("party_type"),
            split_alias=data.get("split_alias"),
        )


@dataclass
class CorrectionReport:
    """What became of each correction when applied to one article's analysis."""

    applied: list[Correction] = field(default_factory=list)
    orphaned: list[Correction] = field(default_factory=list)  # words not found: kept, not applied
    unapplied: list[tuple[Correction, str]] = field(default_factory=list)  # placed, but nothing to change
    removed: list[Statement] = field(default_factory=list)  # machine statements the analyst struck out

    def problems(self) -> list[str]:
        """One line per correction that did not apply, for the user."""
        lines = [
            f"correction {c.id[:12]} is orphaned: {_quoted(c.anchor.exact)} is not in the text"
            for c in self.orphaned
        ]
        lines += [f"correction {c.id[:12]} did not apply: {reason}" for c, reason in self.unapplied]
        return lines


def statement_correction(
    article: Article,
    start: int,
    end: int,
    *,
    speaker: str | None = None,
    stance: str | None = None,
    kind: str | None = None,
    respan: bool = False,
    not_a_statement: bool = False,
    added: bool = False,
) -> Correction:
    """A correction of the statement at ``article.text[start:end]`` (or, with ``added``, a new one there)."""
    if stance is not None and stance not in STANCES:
        raise CorrectionError(f"stance {stance!r} is not one of {', '.join(STANCES)}")
    if kind is not None and kind not in KINDS:
        raise CorrectionError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if not_a_statement and (added or respan or speaker is not None or stance or kind):
        raise CorrectionError("'not a statement' removes the statement; it takes no other change")
    if not (not_a_statement or added or respan or speaker is not None or stance or kind):
        raise CorrectionError("nothing to correct: give a speaker, stance, kind, span or 'not a statement'")
    return _new(
        article,
        "statement",
        _anchor(article, start, end),
        speaker=None if speaker is None else speaker.strip(),
        stance=stance,
        kind=kind,
        respan=respan,
        not_a_statement=not_a_statement,
        added=added,
    )


def party_correction(
    article: Article,
    party: Party,
    *,
    merge_into: str | None = None,
    rename: str | None = None,
    party_type: str | None = None,
    split_alias: str | None = None,
    analysis: Analysis | None = None,
) -> Correction:
    """A correction of ``party``, anchored at its first mention, else where its name is in the text,
    else (a party the analyst made) at its first statement in ``analysis``."""
    changes = [value for value in (merge_into, rename, party_type, split_alias) if value is not None]
    if len(changes) != 1 or not changes[0].strip():
        raise CorrectionError("a party correction is one of: merge into, rename, type, split alias")
    if merge_into is not None and _same_name(merge_into, party.name):
        raise CorrectionError(f"{party.name!r} cannot be merged into itself")
    if split_alias is not None and not any(_same_name(split_alias, alias) for alias in party.aliases):
        raise CorrectionError(f"{party.name!r} has no alias {split_alias!r}")
    span = party.mentions[0] if party.mentions else _first_place(article.text, party.name)
    if span is None and analysis is not None:
        span = next(((s.start, s.end) for s in analysis.statements if s.party_id == party.id), None)
    if span is None:
        raise CorrectionError(f"{party.name!r} is not named in the text")
    return _new(
        article,
        "party",
        _anchor(article, *span),
        party=party.name,
        merge_into=_stripped(merge_into),
        rename=_stripped(rename),
        party_type=None if party_type is None else party_type_code(party_type),
        split_alias=_stripped(split_alias),
    )


def party_type_code(word: str) -> PartyType:
    """The analysis code for a party type given as a word ("state") or a code ("GPE")."""
    code = PARTY_TYPE_CODES.get(word.strip().casefold(), word.strip().upper())
    if code not in PARTY_TYPES:
        raise CorrectionError(f"type {word!r} is not one of {', '.join(PARTY_TYPE_CODES)}")
    return code


def relocate(correction: Correction, article: Article) -> Correction:
    """The correction placed in ``article``: fresh offsets and context, or ``orphaned`` keeping its anchor."""
    anchor = relocated(correction.anchor, article.text)
    if anchor is None:
        return replace(correction, orphaned=True)
    if anchor is correction.anchor and correction.article_id == article.id and not correction.orphaned:
        return correction
    return replace(correction, anchor=anchor, article_id=article.id, orphaned=False)


def describe(correction: Correction) -> str:
    """What the correction does, in a few words ("stance → denial, speaker → Liu Xiaming")."""
    if correction.target == "party":
        name = correction.party or correction.anchor.exact
        if correction.merge_into is not None:
            return f"party {name} merged into {correction.merge_into}"
        if correction.rename is not None:
            return f"party {name} renamed {correction.rename}"
        if correction.party_type is not None:
            return f"party {name} is a {_type_word(correction.party_type)}"
        return f"alias {correction.split_alias} split out of {name}"
    if correction.not_a_statement:
        return "not a statement"
    changes = ["added statement"] if correction.added else []
    if correction.respan:
        changes.append("span")
    if correction.speaker is not None:
        changes.append(f"speaker → {correction.speaker or 'nobody named'}")
    if correction.stance:
        changes.append(f"stance → {correction.stance}")
    if correction.kind:
        changes.append(f"kind → {correction.kind}")
    return ", ".join(changes)


def machine_said(item: Statement | Party) -> str | None:
    """What the machine had where the analyst corrected ``item``, in a few words (for a status line);
    ``None`` when it is not corrected."""
    if not item.corrected:
        return None
    machine = item.machine
    if machine is None:
        return (
            "the analysis did not find it" if isinstance(item, Statement) else "the analyst made this party"
        )
    if isinstance(machine, Party):
        return f"{machine.name} ({_type_word(machine.type)})"
    return f"{machine.kind} {machine.stance.replace('_', '-')} by {machine.speaker or 'nobody named'}"


def party_named(analysis: Analysis, name: str) -> Party | None:
    """The party called ``name`` (its name first, then an alias), ignoring case and spacing."""
    for party in analysis.parties:
        if _same_name(party.name, name):
            return party
    for party in analysis.parties:
        if any(_same_name(alias, name) for alias in party.aliases):
            return party
    return None


def statement_at(statements: list[Statement] | tuple[Statement, ...], start: int, end: int) -> int | None:
    """Index of the statement overlapping ``start..end`` most (ties: the one closest in size), or None."""
    candidates = [
        ((shared, -abs((s.end - s.start) - (end - start)), -index), index)
        for index, s in enumerate(statements)
        if (shared := min(end, s.end) - max(start, s.start)) > 0
    ]
    return max(candidates)[1] if candidates else None


def apply_corrections(
    article: Article, machine: Analysis, corrections: list[Correction] | tuple[Correction, ...]
) -> tuple[Analysis, CorrectionReport]:
    """The analysis with the analyst's corrections laid over ``machine`` (which is not changed)."""
    layer = _Layer(article, machine)
    report = CorrectionReport()
    for correction in sorted(corrections, key=lambda c: (c.created, c.id)):
        placed = relocate(correction, article)
        if placed.orphaned:
            report.orphaned.append(placed)
            continue
        problem = layer.apply(placed, report)
        if problem:
            report.unapplied.append((placed, problem))
        else:
            report.applied.append(placed)
    return layer.analysis(), report


def laid_over(store: Any, article: Article, machine: Analysis) -> tuple[Analysis, CorrectionReport]:
    """The analysis with ``store``'s corrections of ``article`` over ``machine`` (which is kept as it is).
    ``store`` is anything with ``corrections_for(article)`` (the notes store; its errors propagate)."""
    corrections = store.corrections_for(article)
    if not corrections:
        return machine, CorrectionReport()
    return apply_corrections(article, machine, corrections)


def refusal(
    article: Article, machine: Analysis, earlier: list[Correction] | tuple[Correction, ...], new: Correction
) -> str | None:
    """Why ``new`` would change nothing when applied after ``earlier`` (so it is not saved), or ``None``."""
    _, report = apply_corrections(article, machine, [*earlier, new])
    return next((reason for placed, reason in report.unapplied if placed.id == new.id), None)


class _Layer:
    """The analysis being corrected: lists of frozen parties, statements and mentions, replaced as changed."""

    def __init__(self, article: Article, machine: Analysis) -> None:
        self.article = article
        self.machine = machine
        self.parties = list(machine.parties)
        self.statements = list(machine.statements)
        self.mentions = list(machine.mentions)

    def analysis(self) -> Analysis:
        return replace(
            self.machine,
            parties=tuple(self.parties),
            mentions=tuple(self.mentions),
            statements=tuple(sorted(self.statements, key=lambda s: (s.start, s.end))),
        )

    def apply(self, correction: Correction, report: CorrectionReport) -> str | None:
        if correction.target == "party":
            return self._apply_to_party(correction)
        return self._apply_to_statement(correction, report)

    # -- statements ----------------------------------------------------------------------------

    def _apply_to_statement(self, correction: Correction, report: CorrectionReport) -> str | None:
        start, end = correction.start, correction.end
        index = statement_at(self.statements, start, end)
        if correction.added and (index is None or not _same_statement(self.statements[index], start, end)):
            # A statement the machine missed (if it has since found it, the correction applies to that one).
            index = len(self.statements)
            self.statements.append(self._new_statement(correction))
        if index is None:
            return f"no statement at {_quoted(correction.anchor.exact)} any more"
        old = self.statements[index]
        if correction.not_a_statement:
            del self.statements[index]
            report.removed.append(old.machine if old.corrected and old.machine else old)
            return None
        changes: dict[str, Any] = {}
        if correction.respan or correction.added:
            changes.update(start=start, end=end, text=self.article.text[start:end])
        if correction.stance:
            changes["stance"] = correction.stance
        if correction.kind:
            changes["kind"] = correction.kind
        if correction.speaker is not None:
            party = self._speaker_party(correction)
            changes.update(
                speaker=party.name if party else None,
                party_id=party.id if party else None,
                speaker_span=None if not party or party.id != old.party_id else old.speaker_span,
            )
        self.statements[index] = _marked(old, replace(old, **changes))
        return None

    def _new_statement(self, correction: Correction) -> Statement:
        start, end = correction.start, correction.end
        text = self.article.text
        quoted = (
            start > 0
            and text[start - 1] in _OPENING_MARKS
            and end < len(text)
            and text[end] in _CLOSING_MARKS
        )
        return Statement(
            start=start,
            end=end,
            text=text[start:end],
            kind=correction.kind or ("direct" if quoted else "indirect"),
            stance=correction.stance or "claim",
            corrected=True,
        )

    def _speaker_party(self, correction: Correction) -> Party | None:
        name = correction.speaker or ""
        if not name:
            return None
        found = party_named(self._current(), name)
        if found is not None:
            return found
        new = Party(id=f"c{correction.id[:8]}", name=name, type="PERSON", corrected=True)
        self.parties.append(new)
        return new

    # -- parties -------------------------------------------------------------------------------

    def _apply_to_party(self, correction: Correction) -> str | None:
        index = self._party_index(correction)
        if index is None:
            return f"no party {correction.party or correction.anchor.exact!r} any more"
        party = self.parties[index]
        if correction.merge_into is not None:
            return self._merge(party, correction.merge_into)
        if correction.rename is not None:
            return self._rename(index, correction.rename)
        if correction.party_type is not None:
            self.parties[index] = _marked(party, replace(party, type=correction.party_type))
            return None
        return self._split(index, correction)

    def _party_index(self, correction: Correction) -> int | None:
        """The party at the anchored mention that still has the name (or alias) it was corrected under;
        else the party of that name; else whoever has a mention there (a mention can sit inside another's,
        as "Faroese" in "Faroese government")."""
        start, end = correction.start, correction.end
        name = correction.party or ""
        there = [
            index
            for index, party in enumerate(self.parties)
            if any(min(end, m_end) > max(start, m_start) for m_start, m_end in party.mentions)
        ]
        for index in there:
            party = self.parties[index]
            if _same_name(party.name, name) or any(_same_name(alias, name) for alias in party.aliases):
                return index
        by_name = party_named(self._current(), name) if name else None
        if by_name is not None:
            return self.parties.index(by_name)
        exact = [index for index in there if (start, end) in self.parties[index].mentions]
        return (exact or there or [None])[0]

    def _merge(self, party: Party, into_name: str) -> str | None:
        into = party_named(self._current(), into_name)
        if into is None:
            return f"no party named {into_name!r}"
        if into.id == party.id:
            return f"{into_name!r} is {party.name!r} already"
        merged = replace(
            into,
            aliases=_unique_names([*into.aliases, party.name, *party.aliases], into.name),
            roles=_unique_names([*into.roles, *party.roles], ""),
            mentions=tuple(sorted({*into.mentions, *party.mentions})),
        )
        self.parties = [
            _reparented(_marked(into, merged) if p.id == into.id else p, party.id, into.id)
            for p in self.parties
            if p.id != party.id
        ]
        self._move_statements(lambda s: s.party_id == party.id, into.id, into.name)
        self.mentions = [replace(m, party_id=into.id) if m.party_id == party.id else m for m in self.mentions]
        return None

    def _rename(self, index: int, new_name: str) -> str | None:
        party = self.parties[index]
        aliases = _unique_names([*party.aliases, party.name], new_name)
        self.parties[index] = _marked(party, replace(party, name=new_name, aliases=aliases))
        self.statements = [
            replace(s, speaker=new_name) if s.party_id == party.id else s for s in self.statements
        ]
        return None

    def _split(self, index: int, correction: Correction) -> str | None:
        party = self.parties[index]
        alias = next((a for a in party.aliases if _same_name(a, correction.split_alias or "")), None)
        if alias is None:
            return f"{party.name!r} has no alias {correction.split_alias!r} any more"
        new_id = f"c{correction.id[:8]}"
        moved = {
            (m.start, m.end) for m in self.mentions if m.party_id == party.id and _same_name(m.text, alias)
        }
        self.parties[index] = _marked(
            party,
            replace(
                party,
                aliases=tuple(a for a in party.aliases if a != alias),
                mentions=tuple(m for m in party.mentions if m not in moved),
            ),
        )
        self.parties.insert(
            index + 1,
            Party(id=new_id, name=alias, type=party.type, mentions=tuple(sorted(moved)), corrected=True),
        )
        self.mentions = [
            replace(m, party_id=new_id) if (m.start, m.end) in moved and m.party_id == party.id else m
            for m in self.mentions
        ]
        text = self.article.text

        def said_as_alias(statement: Statement) -> bool:
            span = statement.speaker_span
            return (
                statement.party_id == party.id
                and span is not None
                and _same_name(text[span[0] : span[1]], alias)
            )

        self._move_statements(said_as_alias, new_id, alias)
        return None

    def _move_statements(self, which: Any, party_id: str, name: str) -> None:
        self.statements = [
            _marked(s, replace(s, party_id=party_id, speaker=name)) if which(s) else s
            for s in self.statements
        ]

    def _current(self) -> Analysis:
        return replace(self.machine, parties=tuple(self.parties))


def _marked(old: Any, new: Any) -> Any:
    """``new`` marked corrected, keeping what the machine had (``old`` itself, unless already corrected)."""
    if new == old:
        return old
    return replace(new, corrected=True, machine=old.machine if old.corrected else old)


def _reparented(party: Party, old_id: str, new_id: str) -> Party:
    return replace(party, parent_id=new_id) if party.parent_id == old_id else party


def _same_statement(statement: Statement, start: int, end: int) -> bool:
    """The statement and the added span are one: they overlap by half their union, as eval counts."""
    shared = min(end, statement.end) - max(start, statement.start)
    union = (end - start) + (statement.end - statement.start) - shared
    return shared > 0 and 2 * shared >= union


def _unique_names(names: list[str], besides: str) -> tuple[str, ...]:
    kept: list[str] = []
    for name in names:
        if name and not _same_name(name, besides) and not any(_same_name(name, k) for k in kept):
            kept.append(name)
    return tuple(kept)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _new(article: Article, target: str, anchor: Anchor, **changes: Any) -> Correction:
    # To the microsecond: corrections apply in the order they were made, often within one second.
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return Correction(
        id=uuid.uuid4().hex,
        source=article.source,
        article_id=article.id,
        target=target,
        anchor=anchor,
        created=now,
        updated=now,
        **changes,
    )


def _anchor(article: Article, start: int, end: int) -> Anchor:
    try:
        return make_anchor(article.text, start, end)
    except ValueError as exc:
        raise CorrectionError(str(exc)) from None


def _first_place(text: str, name: str) -> tuple[int, int] | None:
    at = text.find(name)
    return None if at < 0 else (at, at + len(name))


def _stripped(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split())


def _type_word(code: str) -> str:
    return next((word for word, value in PARTY_TYPE_CODES.items() if value == code), code)


def _quoted(words: str, limit: int = 48) -> str:
    flat = " ".join(words.split())
    return "“" + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + "”"
