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


# "X’s claim that …" with a typographic apostrophe: the parser often reads the possessor as a subject
# with a case marker; the possessor is still the author of the claim.
CURLY_POSSESSIVE = [
    (
        "The senator’s claim that the budget is balanced fell apart on Monday.",
        "the budget is balanced",
        "senator",
    ),
    (
        "Senator Alice Warren’s claim that the state budget was balanced was wrong, auditors found.",
        "the state budget was balanced",
        "Warren",
    ),
    ("Mr Pike’s claim that crime is falling does not add up.", "crime is falling", "Pike"),
]


@pytest.mark.parametrize(("text", "span", "speaker"), CURLY_POSSESSIVE)
def test_a_possessor_read_as_subject_still_authors_the_claim(text: str, span: str, speaker: str) -> None:
    statements = speakers_by_statement(text)
    assert span in statements, statements
    assert speaker in (statements[span] or ""), statements
