"""Parties, round 13 (parties13): bodies named by function in lower case, and other general constructions
of party names (sentences written here)."""

from __future__ import annotations

import pytest
from nlp_support import speaker_named

from briefing.model import Analysis, Article, Party


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def named(analysis: Analysis) -> list[Party]:
    return [p for p in analysis.parties if not p.unnamed]


# A public body named by its function, with a modifier, in lower case ("the national weather service", "the
# state regulator") is the one body of that function: a party that speaks, not an unnamed source.
@pytest.mark.parametrize(
    ("text", "phrase", "body"),
    [
        (
            "Heavy rain closed roads across the north. The national weather service said more storms would "
            "follow on Tuesday.",
            "more storms would follow",
            "national weather service",
        ),
        (
            "Two lenders were fined on Monday. The state regulator said both had misled savers.",
            "both had misled savers",
            "state regulator",
        ),
    ],
)
def test_a_body_named_by_function_is_a_party(text: str, phrase: str, body: str) -> None:
    analysis = analysed(text)
    assert body in [p.name for p in named(analysis)]
    assert speaker_named(analysis, phrase) == body


# "The energy ministry … the health ministry said": a body whose portfolio word differs is another body.
def test_another_ministry_is_not_the_one_named_before() -> None:
    analysis = analysed(
        "Opposition leaders said the grid company had asked the energy ministry in March for more money. "
        "The health ministry said five people had been treated in hospital."
    )
    assert speaker_named(analysis, "five people had been treated") == "health ministry"


# "the violin maker X": a trade a person practises as well as a firm, before a name the tagger calls a
# person, names a person; the surname later is the same actor.
def test_a_maker_named_in_full_is_a_person() -> None:
    analysis = analysed(
        "The auction house said the cello was the work of the Venetian maker Lorenzo Baratti. Baratti died "
        "in 1761, records show."
    )
    people = [p for p in named(analysis) if "Baratti" in (p.name, *p.aliases)]
    assert [(p.name, p.type) for p in people] == [("Lorenzo Baratti", "PERSON")]


# A title and surname ("Ms Dunmore") refer back to the woman named before, not to a namesake named later
# whom a pronoun after her full name shows to be a woman too.
def test_a_titled_surname_is_the_person_named_before_it() -> None:
    analysis = analysed(
        "The tenant, Maria Dunmore, was found unconscious in her flat in March. The court heard that Ms "
        "Dunmore had complained about the boiler. Ms Dunmore's mother, Agnes Dunmore, told the court her "
        "daughter needed constant care. She said the landlord had ignored them."
    )
    by_name = {p.name: p for p in named(analysis)}
    assert "Ms Dunmore" in by_name["Maria Dunmore"].aliases
    assert "Ms Dunmore" not in by_name["Agnes Dunmore"].aliases


# A club's name ("Kingsford Town", "… Rovers") is an organisation though the tagger calls it a person, and
# the town's name alone after it is the club, not the council named only after every use of it.
def test_a_club_is_its_town_name_not_the_council_named_later() -> None:
    analysis = analysed(
        "Kingsford Town were leading Rotherby United 2-1 when the match was stopped. Kingsford's manager, "
        "Steve Harmon, said the away fans had started it. Kingsford Borough Council said it would review "
        "the licence."
    )
    by_name = {p.name: p for p in named(analysis)}
    assert by_name["Kingsford Town"].type == "ORG"
    assert "Kingsford" in by_name["Kingsford Town"].aliases
    assert "Kingsford" not in by_name["Kingsford Borough Council"].aliases


# A ministry's name listing its portfolios, where the tagger named only one of them ("Media"): the whole
# name is the party the spokesperson speaks for.
def test_a_listed_ministry_the_tagger_cut_to_one_portfolio_is_whole() -> None:
    analysis = analysed(
        "Three branch libraries will shut in May. A Department for Culture, Media and Sport spokesperson "
        "said councils were responsible for the service."
    )
    assert [p.name for p in named(analysis)] == ["Department for Culture, Media and Sport"]


# Wire copy's dateline ends with a spaced hyphen ("GENEVA (Reuters) - "): the place never speaks; the
# subject after it does.
def test_a_dateline_ending_in_a_spaced_hyphen_never_speaks() -> None:
    analysis = analysed(
        "OSLO (Reuters) - Washington on Monday rejected Iranian proposals for a new nuclear deal, saying the "
        "terms would hand Tehran too much, as talks in Oslo ended."
    )
    assert speaker_named(analysis, "the terms would hand Tehran") == "Washington"


# "The GMB union said": an organisation's name and the kind of body it is as a whole is that organisation,
# not a body of its own under it.
def test_a_name_and_its_kind_is_the_organisation() -> None:
    analysis = analysed(
        "Harlow Parcels cut 300 jobs on Monday. The GMB union, which represents the drivers, said it would "
        "ballot its members on strike action."
    )
    assert speaker_named(analysis, "it would ballot its members") == "GMB"
    assert not any("union" in p.name for p in named(analysis))


# A name written right after a lower-case role only a person holds is a person's, though the tagger called
# it an organisation.
def test_a_name_after_a_person_role_is_a_person() -> None:
    analysis = analysed("Opposition health spokeswoman Nadia Farrow said the ministry had been warned.")
    assert [(p.name, p.type) for p in named(analysis)] == [("Nadia Farrow", "PERSON")]


# A team's name opening with "Team", and a club's name tagged as a person, are the club; a supporters' trust
# named after the club is another body.
def test_team_and_club_short_names_are_the_club() -> None:
    analysis = analysed(
        "Ashford Rovers manager Ian Dale accused the referee of bias. Rovers led 2-1 until the last minute. "
        "The Ashford Rovers Supporters' Trust said fans were angry. Team Velora did not respond to a "
        "request for comment."
    )
    types = {p.name: p.type for p in named(analysis)}
    assert types.get("Ashford Rovers") == "ORG"
    assert types.get("Team Velora") == "ORG"
    trust = next(p for p in named(analysis) if p.name.endswith("Trust"))
    assert "Ashford Rovers" not in trust.aliases


# Credit lines of page furniture name no party: a byline, a photo credit, "Reporting by …; Editing by …".
def test_credit_lines_name_no_party() -> None:
    analysis = analysed(
        "By Tessa Morland\n"
        "The port authority said on Monday that the new terminal would open in June.\n"
        "Photo: cranes at the terminal in May. (Harbour Times/Ivo Brandt)\n"
        "Reporting by Lukas Vanner in Rotterdam; Editing by Helen Oakes"
    )
    names = {p.name for p in named(analysis)}
    assert not names & {
        "Tessa Morland",
        "Ivo Brandt",
        "Harbour Times/Ivo Brandt",
        "Lukas Vanner",
        "Helen Oakes",
    }


# A name the tagger ran on through a title-case headline's verb to a capitalised preposition ends at the
# body's noun before the glued words.
def test_a_headline_name_ends_before_the_glued_verb() -> None:
    analysis = analysed(
        "Transport Ministry Orders Inquiry After Signal Failure Strands Thousands\n"
        "The transport ministry has ordered an inquiry after a signal failure stranded 20,000 passengers."
    )
    names = [p.name for p in named(analysis)]
    assert "Transport Ministry" in names
    assert not any("Orders" in name for name in names)
