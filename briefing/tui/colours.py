"""Which palette slot each speaker gets: stable across runs, distinct within an article.

The colours themselves live in styles/reader.tcss (one set per dark and light
theme, and text styles under NO_COLOR); here we only pick slot numbers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from briefing.model import Analysis, Statement

PALETTE_SIZE = 12


def preferred_slot(name: str) -> int:
    """The slot a name hashes to (1-based), the same in every run and on every machine."""
    digest = hashlib.sha256(name.casefold().encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % PALETTE_SIZE + 1


def assign_slots(names: Iterable[str]) -> dict[str, int]:
    """A slot per name: its preferred slot unless taken, then the next free one.

    Names are placed in order of their hash so the outcome does not depend on the
    order the analyser listed them. Past PALETTE_SIZE speakers slots repeat.
    """
    unique = sorted(set(names), key=lambda name: (preferred_slot(name), name))
    slots: dict[str, int] = {}
    taken: set[int] = set()
    for name in unique:
        slot = preferred_slot(name)
        if len(taken) < PALETTE_SIZE:
            while slot in taken:
                slot = slot % PALETTE_SIZE + 1
        taken.add(slot)
        slots[name] = slot
    return slots


def speaker_key(analysis: Analysis, statement: Statement) -> str | None:
    """The name a statement is coloured by: its party's canonical name, else the speaker text."""
    party = analysis.party(statement.party_id)
    if party is not None:
        return party.name
    return statement.speaker


def speaker_keys(analysis: Analysis) -> list[str | None]:
    """``speaker_key`` of every statement, in order, with one pass over the parties."""
    names = {party.id: party.name for party in analysis.parties}
    return [names.get(s.party_id or "", s.speaker) for s in analysis.statements]


def speaker_slots(analysis: Analysis) -> dict[str, int]:
    """Slots for every speaker of the analysis and every party (parties get swatches too)."""
    names = [party.name for party in analysis.parties]
    names.extend(key for key in speaker_keys(analysis) if key)
    return assign_slots(names)
