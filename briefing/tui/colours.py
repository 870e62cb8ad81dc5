"""Which palette slot each speaker gets: stable across runs, distinct within an article.

The colours themselves live in styles/app.tcss (one set per dark and light
theme, a 16-colour set, and text styles under NO_COLOR); here we only pick slot
numbers, and the margin markers that tell speakers apart where colour cannot.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from briefing.model import Analysis, Statement

PALETTE_SIZE = 12
ANSI_PALETTE_SIZE = 5  # slots with their own colour in a 16-colour terminal (styles: .-colours-16)
# One cell each, in the margin and in the Parties pane: speakers lettered in order of first statement
# (letters, so a marker never reads as the statement count beside it).
MARKERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def palette_size(color_system: str | None, no_color: bool = False) -> int:
    """How many speaker colours the terminal can show apart (0: none at all)."""
    if no_color or color_system is None:
        return 0
    return PALETTE_SIZE if color_system in ("truecolor", "256") else ANSI_PALETTE_SIZE


def preferred_slot(name: str) -> int:
    """The slot a name hashes to (1-based), the same in every run and on every machine."""
    digest = hashlib.sha256(name.casefold().encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % PALETTE_SIZE + 1


def assign_slots(names: Iterable[str], size: int = PALETTE_SIZE) -> dict[str, int]:
    """A slot per name (1..size): its preferred slot unless taken, then the next free one.

    Names are placed in order of their hash so the outcome does not depend on the
    order the analyser listed them. Past ``size`` names slots repeat.
    """
    unique = sorted(set(names), key=lambda name: (preferred_slot(name), name))
    slots: dict[str, int] = {}
    taken: set[int] = set()
    for name in unique:
        slot = (preferred_slot(name) - 1) % size + 1
        if len(taken) < size:
            while slot in taken:
                slot = slot % size + 1
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


def speakers_in_order(analysis: Analysis) -> list[str]:
    """Everyone with a statement, in the order of their first statement in the text."""
    keys = speaker_keys(analysis)
    order = sorted(range(len(keys)), key=lambda index: analysis.statements[index].start)
    return list(dict.fromkeys(key for key in (keys[index] for index in order) if key))


def speaker_slots(analysis: Analysis, size: int = PALETTE_SIZE) -> dict[str, int]:
    """Slots for the speakers first, so no two share a colour while one is free; parties that
    say nothing get a swatch only from the slots left over."""
    speakers = speakers_in_order(analysis)
    slots = assign_slots(speakers, size)
    free = sorted(set(range(1, size + 1)) - set(slots.values()))
    silent = sorted({party.name for party in analysis.parties} - set(slots), key=str.casefold)
    slots.update(zip(silent, free, strict=False))
    return slots


def speaker_markers(analysis: Analysis, size: int) -> dict[str, str]:
    """A one-cell marker per speaker when colour alone cannot tell them apart (more speakers
    than colours, or a terminal of 16 colours or none); otherwise none."""
    speakers = speakers_in_order(analysis)
    if size >= PALETTE_SIZE and len(speakers) <= size:
        return {}
    return dict(zip(speakers, MARKERS, strict=False))
