"""Round 13 statement and speaker rules (statements13), on sentences written for this test."""

from __future__ import annotations

import pytest
from nlp_support import analysed_text, statement_holding

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


_ASKED = (
    "A senior official at the Tarrow port authority, asked whether the authority had {question}, said: "
    '"I know nothing about any {thing}. You would have to ask the ministry."'
)


def test_the_one_asked_speaks_after_the_question() -> None:
    # "asked" read as the main verb and "said" as its clause: the one asked says the quotation, and the
    # question put to them is nobody's statement.
    text = _ASKED.format(question="invited the inspectors", thing="visit")
    assert statement_holding(text, "I know nothing").speaker == "senior official at the Tarrow port authority"
    analysis = analysed_text(text)
    assert not [s.text for s in analysis.statements if s.text.startswith("whether")]


def test_a_speech_verb_inside_the_question_is_no_statement() -> None:
    text = _ASKED.format(question="told the inspectors that the cranes were unsafe", thing="letter")
    at = text.index("the cranes were unsafe")
    assert not [s.text for s in analysed_text(text).statements if s.start <= at < s.end]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The trust's records show six patients admitted to the ward in a single week.", "to the ward"),
        ("The driver was admitted to hospital with a broken arm on Friday.", "to hospital"),
    ],
)
def test_admitted_to_a_place_is_no_statement(text: str, words: str) -> None:
    # the passive "admitted to" lets someone in; nobody owns up to anything
    at = text.index(words)
    assert not [s.text for s in analysed_text(text).statements if s.start <= at < s.end]


def test_admitting_to_a_charge_stays_speech() -> None:
    text = "The former treasurer has admitted to taking money from the club's accounts."
    assert statement_holding(text, "taking money").stance == "confirmation"


@pytest.mark.parametrize(
    ("text", "denied", "charge"),
    [
        (
            "The mayor, Ruth Adler, has denied that she steered the parking contract to a cousin's firm, "
            "after "
            "opposition councillors accused her of running the town hall like a family shop.",
            "she steered the parking contract",
            "her of running the town hall",
        ),
        (
            "Prison officials confirmed that two inmates had escaped from the east wing on Sunday, as guards "
            "accused managers of ignoring warnings about broken locks.",
            "two inmates had escaped",
            "managers of ignoring warnings",
        ),
    ],
)
def test_a_charge_told_alongside_is_its_own_statement(text: str, denied: str, charge: str) -> None:
    # ", after X accused Y of …" closing the reported clause is another party's charge, not what was denied
    first = statement_holding(text, denied)
    assert "accused" not in first.text
    assert statement_holding(text, charge).cue == "accused"


def test_it_goes_on_with_the_body_that_spoke_just_before() -> None:
    # "It" opening the next sentence's speech act is the body that spoke, not the complaint it received
    # (whose author, the union, is named inside what the board said)
    text = (
        "Dock workers walked out on Monday.\n"
        "The Harbour Safety Board confirmed it had received a complaint from the dockers' union and was "
        "examining it. It declined to give further details."
    )
    assert statement_holding(text, "further details").speaker == "Harbour Safety Board"


def test_the_company_that_just_denied_speaks_on() -> None:
    # "the company" after another company's denial is the one that denied, when nothing calls it otherwise,
    # even though the article has called a different firm "the company" before
    text = (
        "The grid company, Valtra Energy, said a rival supplier, Lusara Power, had been slow to restore "
        "power "
        "after the storm. The company also said it would ask the regulator to investigate.\n"
        "Lusara Power rejected the accusation. In a statement, the company said its crews had reached every "
        "site within an hour."
    )
    statement = statement_holding(text, "its crews had reached")
    assert (statement.speaker, statement.stance) == ("Lusara Power", "denial")


def test_an_estimate_inside_what_is_said_stays_in_it() -> None:
    # the relative estimate sits in the middle of the analysts' clause, which goes on after it: one statement
    text = (
        "Shares in the lender fell 2 percent.\n"
        "Analysts at Harlow Partners said the likely penalty, which they put at up to 40 million euros, was "
        "small for a firm of its size."
    )
    statement = statement_holding(text, "the likely penalty")
    assert statement.text.endswith("small for a firm of its size")
    at = text.index("up to 40 million")
    assert all(s.text == statement.text for s in analysed_text(text).statements if s.start <= at < s.end)


def test_a_span_of_time_dating_the_news_is_the_reporters() -> None:
    # ", a day after a report that …" closing the reported clause dates the news; it is not what was said
    text = (
        "The campaign of Senator Mara Lind said on Friday it would give back $80,000 raised by a Texas "
        "lobbyist, a day after a report that the lobbyist had paid for her holiday."
    )
    statement = statement_holding(text, "give back $80,000")
    assert statement.text.endswith("raised by a Texas lobbyist")


def test_the_name_between_a_quotation_and_its_verb_speaks() -> None:
    # the role and name read as hung on the quotation, the verb left without a subject: the name speaks
    text = (
        '"We had a choice between a planned closure and a sudden one. We chose the planned closure," '
        "Valtra's chief executive, Ines Moura, told reporters at the depot."
    )
    assert statement_holding(text, "We chose the planned").speaker == "Ines Moura"
