"""Round 13 statement and speaker rules (statements13), on sentences written for this test."""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

SPEAKERS = [
    # A wire dateline read as a first subject: past its dash, the subject next to the verb speaks.
    (
        "LONDON, May 3 (Wire) - Halden Bank confirmed on Tuesday that it would close 40 branches this year.",
        "it would close 40 branches",
        "Halden Bank",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "speaker"), SPEAKERS, ids=[c[2] for c in SPEAKERS])
def test_speaker(text: str, phrase: str, speaker: str) -> None:
    assert statement_holding(text, phrase).speaker == speaker
