"""Parties are the actors an article names (issue 9 §4), on sentences written for these tests.

Each test is one construction of news English: a name spaCy glues to the place before it, a state
tagged as a person, a role written as a title, a party and its members, an organisation described
through a named party, names that can only be an organisation's, a pronoun that tells two people
with one surname apart, and speakers that are no actor (a place after a preposition, an interview).
"""

from __future__ import annotations

from nlp_support import analysed_text, party_named, statement_with

from briefing.model import UNNAMED_SOURCES
from briefing.names import clean_name
from briefing.nlp.parties import EntityMention, PartyIndex


def _index(*names: tuple[str, str]) -> PartyIndex:
    """Entity mentions as the tagger might give them, ten characters apart."""
    mentions, at = [], 0
    for text, label in names:
        mentions.append(EntityMention(at, at + len(text), text, label))
        at += len(text) + 10
    return PartyIndex(mentions)


def test_a_person_glued_to_the_place_before_the_name_is_the_person() -> None:
    analysis = analysed_text(
        "Chile has asked for new talks on the loans.\n\n"
        "Another diplomat, former special envoy to Chile Mark Dalton, said the loans had been discussed "
        "at the meeting. Dalton said he regretted nothing."
    )
    dalton = party_named(analysis, "Mark Dalton")
    assert dalton.type == "PERSON" and "Dalton" in dalton.aliases
    assert party_named(analysis, "Chile").type == "GPE"
    assert not [p.name for p in analysis.parties if "Chile Mark" in p.name]
    # The description whose apposition ends with the name is that person.
    assert statement_with(analysis, "the loans had been discussed").party_id == dalton.id


def test_a_state_tagged_as_a_person_is_the_state() -> None:
    (party,) = _index(("Ukraine", "GPE"), ("Kyiv", "PERSON")).parties()[0]
    assert (party.name, party.type, party.aliases) == ("Ukraine", "GPE", ("Kyiv",))


def test_a_role_written_as_a_title_joins_the_person() -> None:
    (party,) = _index(("James Comey", "PERSON"), ("Director Comey", "PERSON")).parties()[0]
    assert party.name == "James Comey" and party.aliases == ("Director Comey",)


def test_names_that_only_an_organisation_has_are_organisations() -> None:
    parties = _index(
        ("Rivera & Sons", "PERSON"),
        ("Alliance Against Hunger", "PERSON"),
        ("Okafor Foundation", "PERSON"),
        ("Nina Park", "PERSON"),  # "Park" ends surnames as well as parks: still a person
    ).parties()[0]
    assert [(p.name, p.type) for p in parties] == [
        ("Rivera & Sons", "ORG"),
        ("Alliance Against Hunger", "ORG"),
        ("Okafor Foundation", "ORG"),
        ("Nina Park", "PERSON"),
    ]


def test_a_political_party_and_its_members_are_one_actor() -> None:
    (party,) = _index(("Democrats", "NORP"), ("Democratic Party", "ORG")).parties()[0]
    assert party.name == "Democratic Party" and party.aliases == ("Democrats",)
    analysis = analysed_text(
        "Republicans said the bill would fail in the Senate.\n\n"
        "The Republican Party has opposed the measure for years."
    )
    assert [p.name for p in analysis.parties if "Republican" in p.name] == ["Republican Party"]


def test_a_suffix_keeps_its_full_stop() -> None:
    assert clean_name("James Okoro Jr.") == "James Okoro Jr."
    assert clean_name("Harbour Freight Inc.,") == "Harbour Freight Inc."
    assert clean_name("James Okoro.") == "James Okoro"  # the end of the sentence is no part of it


def test_a_spokeswoman_for_a_named_body_is_listed_under_it() -> None:
    analysis = analysed_text(
        "Norway has not signed the treaty.\n\n"
        "A spokeswoman for Norway's mission to the UN said the government was still studying the text."
    )
    statement = statement_with(analysis, "still studying the text")
    mission = analysis.party(analysis.listed_under(statement.party_id))
    assert mission is not None and not mission.unnamed
    assert mission.name.startswith("Norway's mission to the UN")  # a body the article identifies
    assert statement.speaker is not None and statement.speaker.startswith("spokeswoman for")
    assert all(not p.unnamed for p in analysis.listed_parties())


def test_a_source_that_speaks_for_no_named_party_is_listed_apart() -> None:
    analysis = analysed_text(
        "Several officials said the plan would be delayed. "
        "A spokesman for the Ministry of Fisheries said the talks would resume."
    )
    officials = statement_with(analysis, "the plan would be delayed")
    assert analysis.listed_under(officials.party_id) == UNNAMED_SOURCES
    assert officials.speaker == "Several officials"  # the statement keeps its own speaker
    resume = statement_with(analysis, "the talks would resume")
    assert analysis.party(analysis.listed_under(resume.party_id)) == party_named(
        analysis, "Ministry of Fisheries"
    )
    assert "Several officials" not in [p.name for p in analysis.listed_parties()]


def test_the_campaign_is_the_campaign_the_article_named() -> None:
    analysis = analysed_text(
        "Maria Okafor's campaign said on Monday that it had raised more money than any rival.\n\n"
        "The campaign said it would spend most of it on television."
    )
    first = statement_with(analysis, "raised more money")
    second = statement_with(analysis, "spend most of it")
    assert first.party_id == second.party_id
    assert analysis.party(second.party_id).name == "Maria Okafor's campaign"


def test_a_title_finds_the_person_a_pronoun_showed_among_two_with_one_surname() -> None:
    # Dana Whitfield is named last before "Mr. Whitfield"; the "He" after Tom Whitfield's name says
    # which of the two a man's title means.
    analysis = analysed_text(
        "Tom Whitfield arrived at the hearing early. He said the rules were clear.\n\n"
        "Dana Whitfield left the room after an hour.\n\n"
        "Later Mr. Whitfield said the hearing was unfair."
    )
    assert statement_with(analysis, "the hearing was unfair").speaker == "Tom Whitfield"
    assert statement_with(analysis, "the rules were clear").speaker == "Tom Whitfield"


def test_a_place_after_a_preposition_never_speaks() -> None:
    analysis = analysed_text(
        "He was in charge of the whole project while posted in Nairobi, said another witness at the hearing."
    )
    statement = statement_with(analysis, "in charge of the whole project")
    # The parser takes the inverted subject for an object: the witness speaks, never the city.
    assert statement.speaker is not None and statement.speaker.startswith("another witness")
    assert analysis.listed_under(statement.party_id) == UNNAMED_SOURCES


def test_an_interview_speaks_for_whoever_gave_it() -> None:
    analysis = analysed_text(
        "Marco Reyes said the mayor had been treated unfairly. His complaint, according to an interview "
        "with the Tribune at the time, was the council's timing."
    )
    assert statement_with(analysis, "the council's timing").speaker == "Marco Reyes"
    assert not [p.name for p in analysis.parties if "interview" in p.name]


def test_an_office_before_a_surname_is_the_principal_named_first() -> None:
    index = _index(
        ("Maria Okafor", "PERSON"),  # the minister, named first
        ("Daniel Okafor", "PERSON"),  # her son, named since
        ("Minister Okafor", "PERSON"),  # the nearest Okafor is the son; the office is hers
    )
    parties, _ = index.parties()
    assert {p.name: p.aliases for p in parties} == {"Maria Okafor": ("Minister Okafor",), "Daniel Okafor": ()}


def test_a_ministry_the_tagger_took_for_a_name_is_an_organisation_not_a_person() -> None:
    analysis = analysed_text(
        "Officials in Accra said the shipments would resume.\n\n"
        'In Lagos, Nigeria\'s trade ministry said it had received the letter and was "reading it closely."'
    )
    ministry = next(p for p in analysis.parties if "ministry" in p.name)
    assert ministry.type == "ORG"
    assert analysis.party(statement_with(analysis, "received the letter").party_id) == ministry
