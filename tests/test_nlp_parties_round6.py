"""Parties, round 6 (r6b): one party per actor in constructions of news English (sentences written here)."""

from __future__ import annotations

import pytest

from briefing.model import Analysis, Article, Party


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def names(analysis: Analysis) -> list[str]:
    return [p.name for p in analysis.parties if not p.unnamed]


def speaker_of(analysis: Analysis, phrase: str) -> Party | None:
    """The party a statement holding ``phrase`` is listed under (an unnamed source's body)."""
    by_id = {p.id: p for p in analysis.parties}
    for statement in analysis.statements:
        if phrase in statement.text:
            return by_id.get(analysis.listed_under(statement.party_id) or "")
    raise AssertionError(f"no statement holds {phrase!r}")


# A state's ministry of a portfolio written in lower case after the state's possessive is a body the
# article names, even when it is only the subject of an act; "officials at the ministry" speak for it.
@pytest.mark.parametrize(
    ("text", "body", "phrase"),
    [
        (
            "Chile’s health ministry has ordered a review of a heart valve used in 3,000 operations.\n\n"
            "Two officials at the ministry said the valve had been flagged by surgeons in 2021.",
            "Chile’s health ministry",
            "flagged by surgeons",
        ),
        (
            "Kenya’s interior ministry suspended the police chief on Friday.\n\n"
            "Officials at the ministry said the chief had lost control of the force.",
            "Kenya’s interior ministry",
            "lost control",
        ),
    ],
)
def test_officials_at_the_ministry_speak_for_the_state_s_named_ministry(
    text: str, body: str, phrase: str
) -> None:
    analysis = analysed(text)
    assert body in names(analysis)
    party = speaker_of(analysis, phrase)
    assert party is not None and party.name == body


# A body named with a state's possessive is the state's own, as when first met as a speaker.
@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Ghana's education ministry suspended the exam board's chairman on Friday.\n\n"
            "Officials at the ministry said the board had lost control of the papers.",
            "Ghana's education ministry",
            "Ghana",
        ),
        (
            "Protesters gathered outside Norway’s embassy in Lima on Sunday.\n\n"
            "Norway’s embassy closed its visa office, and police said about 300 people took part.",
            "Norway’s embassy",
            "Norway",
        ),
    ],
)
def test_a_body_named_with_a_state_s_possessive_belongs_to_that_state(
    text: str, body: str, state: str
) -> None:
    analysis = analysed(text)
    by_name = {p.name: p for p in analysis.parties}
    assert by_name[body].parent_id == by_name[state].id


# The bare first word shared by a parent company and its units is the parent: the name that is the word
# and a company's designator alone ("Group", "Holdings", "Inc").
@pytest.mark.parametrize(
    ("text", "parent", "unit", "phrase"),
    [
        (
            "Halvorsen Group is in talks to sell its ferry subsidiary, Halvorsen Ferries, to an investor.\n\n"
            "Halvorsen said in a statement that it did not comment on speculation.",
            "Halvorsen Group",
            "Halvorsen Ferries",
            "did not comment",
        ),
        (
            "Marlow Holdings will close two depots of its bus company, Marlow Coaches, next spring.\n\n"
            "Marlow said the depots had lost money for five years.",
            "Marlow Holdings",
            "Marlow Coaches",
            "lost money",
        ),
    ],
)
def test_the_bare_first_word_is_the_parent_company_not_its_unit(
    text: str, parent: str, unit: str, phrase: str
) -> None:
    analysis = analysed(text)
    assert names(analysis).count(parent) == 1 and unit in names(analysis)
    assert len([p for p in analysis.parties if not p.unnamed and p.name.startswith(parent.split()[0])]) == 2
    party = speaker_of(analysis, phrase)
    assert party is not None and party.name == parent


# "Mr Justice X", "Lord Justice X": a judge's title, so a later "the judge" is X.
@pytest.mark.parametrize(
    ("text", "judge", "phrase"),
    [
        (
            "A High Court judge on Monday refused to delay the inquiry into the dam collapse.\n\n"
            "Mr Justice Owen Baird said the families had waited long enough.\n\n"
            "“Nothing in this application persuades me otherwise,” the judge said in his ruling.",
            "Owen Baird",
            "persuades me",
        ),
        (
            "Lady Justice Moira Kent said the care home owner's sentence had been too lenient.\n\n"
            "His barrister, Ruth Alder, had argued that he was in poor health.\n\n"
            "“The trial court gave far too little weight to the harm done,” the judge said.",
            "Moira Kent",
            "far too little weight",
        ),
    ],
)
def test_a_justice_is_the_judge_a_later_description_means(text: str, judge: str, phrase: str) -> None:
    party = speaker_of(analysed(text), phrase)
    assert party is not None and party.name == judge


# Letters only a person writes after a name ("KC", "QC", "MP") make the name a person's, however the
# tagger labelled it, so a later "she" can be that person.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Okafor’s barrister, Nadia Karim KC, had told the court on Monday that the prosecution had "
            "failed to disclose the messages.",
            "Nadia Karim",
        ),
        (
            "Anwen Price MP told the Commons on Tuesday that the hospital had lost the notes.",
            "Anwen Price",
        ),
    ],
)
def test_a_name_with_post_nominal_letters_is_a_person(text: str, person: str) -> None:
    analysis = analysed(text)
    party = next(p for p in analysis.parties if p.name.startswith(person))
    assert party.type == "PERSON"


# "the foreign ministry" after "Brazil's foreign ministry": the one state's body of that function the
# article names, not a second party; those who work at it speak for it.
@pytest.mark.parametrize(
    ("text", "body", "phrase"),
    [
        (
            "Brazil’s foreign ministry summoned the ambassador on Tuesday.\n\n"
            "Officials at the foreign ministry said the meeting had been tense.",
            "Brazil’s foreign ministry",
            "had been tense",
        ),
        (
            "Vietnam’s trade ministry suspended the import licences of four firms.\n\n"
            "Officials at the trade ministry said the firms had falsified their papers.",
            "Vietnam’s trade ministry",
            "falsified",
        ),
    ],
)
def test_the_portfolio_ministry_is_the_state_s_ministry_named_before(
    text: str, body: str, phrase: str
) -> None:
    analysis = analysed(text)
    assert [n for n in names(analysis) if "ministry" in n] == [body]
    party = speaker_of(analysis, phrase)
    assert party is not None and party.name == body
