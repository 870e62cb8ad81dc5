"""Which statements a sentence holds and where each ends, round 4: noun-phrase objects of reporting verbs
that stand for what was said. General constructions of news English, on sentences written for this test
(real spaCy model)."""

from __future__ import annotations

import pytest
from nlp_support import speakers_by_statement

# (text, the statement's exact text, a word of its speaker's name)
FOUND = [
    # "noted / recalled / reported / reminded X of" + a noun phrase: the phrase stands for a proposition.
    (
        "In her autobiography, the former minister noted the failure of the first rescue plan.",
        "the failure of the first rescue plan",
        "minister",
    ),
    (
        "The coach recalled a conversation with the owner about the club's debts.",
        "a conversation with the owner about the club's debts",
        "coach",
    ),
    (
        "Local newspapers were reporting a sharp rise in the price of bread.",
        "a sharp rise in the price of bread",
        "newspapers",
    ),
    (
        "The senator reminded voters of her long record on water policy.",
        "her long record on water policy",
        "senator",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), FOUND)
def test_statement_found_with_its_boundaries(text: str, span: str, speaker: str) -> None:
    statements = speakers_by_statement(text)
    assert span in statements, statements
    assert speaker in (statements[span] or ""), statements
