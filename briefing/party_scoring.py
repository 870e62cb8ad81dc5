"""Party figures for ``briefing eval``: is each speaking party one real actor, listed once?

Scored only on gold documents that list their ``parties`` (GOLD_FORMAT.md). A
predicted party matches a gold party when any of its names (name or alias)
equals any name of the gold party, compared case- and apostrophe-insensitively; the gold party's own
name also matches without a leading "the" ("Washington Ledger" is "The Washington Ledger"), as the
speaker score ignores "the" in the gold speaker's own name, not in its aliases (GOLD_FORMAT.md): an
alias "the Republican" (a person) is not the group "Republican".
A speaking party is a party the article names that some statement is listed under
(``briefing.model.listed_under``: an unnamed spokesman's statement counts for the party it speaks
for); unnamed sources with no named party behind them are no party, so they neither count as
speaking parties nor find a gold party.
Pure: gold documents, predicted parties and statements in, counts out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefing.model import Party, Statement, listed_under


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _names(name: str, aliases: Iterable[str], normal: Any) -> frozenset[str]:
    return frozenset(n for n in (normal(name), *(normal(a) for a in aliases)) if n)


@dataclass
class PartyScore:
    """Counts summed over documents."""

    documents: int = 0  # documents with a gold parties list
    speaking_predicted: int = 0  # predicted (named) parties some statement is listed under
    speaking_real: int = 0  # ... of them matching a gold party
    speaking_gold: int = 0  # gold parties that speak (a gold quote's speaker)
    speaking_gold_found: int = 0  # ... of them matched by some predicted party
    split: int = 0  # gold parties matched by two or more predicted parties
    duplicate_names: int = 0  # predicted parties sharing a name or alias with another

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "speaking_predicted": self.speaking_predicted,
            "speaking_gold": self.speaking_gold,
            "speaking_precision": _ratio(self.speaking_real, self.speaking_predicted),
            "speaking_recall": _ratio(self.speaking_gold_found, self.speaking_gold),
            "split": self.split,
            "duplicate_names": self.duplicate_names,
        }


def score_parties(
    into: PartyScore,
    gold_parties: Mapping[str, Sequence[str]],
    gold_speakers: Iterable[str],
    parties: Sequence[Party],
    statements: Sequence[Statement],
    normal: Any,
) -> None:
    """Add one document's counts to ``into``; ``normal`` normalises a name for comparison.

    Does nothing for a document whose gold lists no parties.
    """
    if not gold_parties:
        return
    into.documents += 1
    gold = [
        _names(name, (*aliases, normal(name).removeprefix("the ")), normal)
        for name, aliases in gold_parties.items()
    ]
    listed = [party for party in parties if not party.unnamed]  # unnamed sources are no party
    predicted = [_names(party.name, party.aliases, normal) for party in listed]
    speakers = {normal(s) for s in gold_speakers}
    speaking_ids = {listed_under(parties, s.party_id) for s in statements}

    for party, names in zip(listed, predicted, strict=True):
        if party.id in speaking_ids:
            into.speaking_predicted += 1
            into.speaking_real += any(names & g for g in gold)
    for names in gold:
        matched_by = sum(1 for p in predicted if p & names)
        into.split += matched_by >= 2
        if names & speakers:
            into.speaking_gold += 1
            into.speaking_gold_found += matched_by >= 1
    for i, names in enumerate(predicted):
        into.duplicate_names += any(names & other for j, other in enumerate(predicted) if j != i)
