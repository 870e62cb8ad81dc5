"""Which statements a sentence holds and where each ends, round 4: noun-phrase objects of reporting verbs
that stand for what was said. General constructions of news English, on sentences written for this test
(real spaCy model)."""

from __future__ import annotations

import pytest
from nlp_support import analysed_text, assert_found_with_speaker, speakers_by_statement

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
    assert_found_with_speaker(text, span, speaker)


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
    assert_found_with_speaker(text, span, speaker)


# Reported words that end on a colon opening a quotation ("the reason was plain: “…”") are one statement
# with the quotation, of the same source.
COLON_QUOTATIONS = [
    (
        'According to the minister, the reason was plain: "Nobody wanted to pay for it."',
        'the reason was plain: "Nobody wanted to pay for it."',
    ),
    (
        "His answer, according to a transcript of the hearing, was short: “I signed nothing.”",
        "was short: “I signed nothing.”",
    ),
    (
        'Her reply, according to people in the room, was a single line: "We are not selling."',
        'was a single line: "We are not selling."',
    ),
    (
        "According to the club, the message to the players was simple: “Win on Sunday or go home.”",
        "the message to the players was simple: “Win on Sunday or go home.”",
    ),
]


@pytest.mark.parametrize(("text", "span"), COLON_QUOTATIONS)
def test_words_before_a_colon_and_its_quotation_are_one_statement(text: str, span: str) -> None:
    statements = analysed_text(text).statements
    assert [(s.text, s.kind) for s in statements] == [(span, "mixed")], statements


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        (
            "A former aide recalled the evening: “She read the letter twice, and then she laughed.”",
            "She read the letter twice, and then she laughed.",
        ),
        (
            'The driver described the scene: "There was glass everywhere and nobody was moving."',
            "There was glass everywhere and nobody was moving.",
        ),
    ],
)
def test_an_object_announcing_a_colon_quotation_is_no_statement_of_its_own(text: str, quotation: str) -> None:
    statements = analysed_text(text).statements
    assert [(s.text, s.kind) for s in statements] == [(quotation, "direct")], statements


# "telling a meeting of business leaders that …": the parser hangs the reported clause, opened by a
# complementizer "that", as a relative clause on the last noun of the hearer's phrase.
TOLD_A_GATHERING = [
    (
        "The mayor spoke for an hour, telling a meeting of business leaders that the city had never been "
        "safer.",
        "the city had never been safer",
        "mayor",
    ),
    (
        "The senator ended the tour in Ohio, telling a crowd of farmers that the subsidy would be restored.",
        "the subsidy would be restored",
        "senator",
    ),
    (
        "The minister left early, telling a hearing of the finance committee that the budget was balanced.",
        "the budget was balanced",
        "minister",
    ),
    (
        "The chief executive dismissed the reports as “fiction,” telling a conference in Lisbon that its "
        "systems deleted every record.",
        "its systems deleted every record",
        "chief executive",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), TOLD_A_GATHERING)
def test_a_that_clause_after_a_gathering_told_is_reported(text: str, span: str, speaker: str) -> None:
    assert_found_with_speaker(text, span, speaker)


# A title set off by commas after the noun it names is no quotation of speech, also when it runs longer
# than a scare-quoted term and when the closing comma stands inside the marks (American style).
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'The senator\'s book, "Why We Fight For The Small Towns Of America," sold well.',
            "Why We Fight For The Small Towns Of America",
        ),
        (
            "He wrote a memoir, “The Long Road Home,” about his years in the navy.",
            "The Long Road Home",
        ),
        (
            'Her second film, "A House On The Edge Of The Marsh," opens in May.',
            "A House On The Edge Of The Marsh",
        ),
    ],
)
def test_a_title_in_apposition_is_no_statement(text: str, title: str) -> None:
    assert not [s for s in speakers_by_statement(text) if title in s]
