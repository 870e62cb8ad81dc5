"""Parties, round 11 (r11p): names the tagger cut short, businesses named for what they make (sentences
written here)."""

from __future__ import annotations

import pytest
from nlp_support import speaker_named

from briefing.model import Analysis, Article, Party


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def named(analysis: Analysis) -> list[Party]:
    return [p for p in analysis.parties if not p.unnamed]


def party_named(analysis: Analysis, word: str) -> Party:
    found = [p for p in named(analysis) if any(word in name for name in (p.name, *p.aliases))]
    assert len(found) == 1, [p.name for p in named(analysis)]
    return found[0]


# A name the tagger cut short takes the capitalised proper nouns beside it that it left untagged: the whole
# name is the party and the speaker, not its last two words ("Ibrahim Tijani" of "Abba Ibrahim Tijani").
@pytest.mark.parametrize(
    ("text", "full", "phrase"),
    [
        ("The chairman, Aminu Sani Kano, said the vote was fair.", "Aminu Sani Kano", "the vote was fair"),
        (
            "The council's leader, Aminu Sani Gwarzo, said the budget would pass.",
            "Aminu Sani Gwarzo",
            "the budget would pass",
        ),
    ],
)
def test_a_name_the_tagger_cut_short_takes_its_untagged_words(text: str, full: str, phrase: str) -> None:
    analysis = analysed(text)
    assert [p.name for p in named(analysis)] == [full]
    assert speaker_named(analysis, phrase) == full


# A rank or an office written before the name is no word of it, though it is capitalised.
def test_a_rank_before_a_name_stays_out_of_it() -> None:
    analysis = analysed("Pastor Gideon Bright said the church would reopen in the spring.")
    assert speaker_named(analysis, "the church would reopen") == "Gideon Bright"


# A business named for what it makes or extracts ("… Creamery", "… Motors") is an organisation, though the
# tagger called it a person; a later "the company" is that business.
@pytest.mark.parametrize(
    ("text", "business"),
    [
        (
            "Millbeck Dairy announced on Friday that its creamery would shut, and farmers said they had no "
            "warning.",
            "Millbeck Dairy",
        ),
        ("Tarsk Mining said the mine would close.", "Tarsk Mining"),
        ("Gorran Bakery said it would hire 40 people.", "Gorran Bakery"),
    ],
)
def test_a_business_named_for_what_it_makes_is_an_organisation(text: str, business: str) -> None:
    party = party_named(analysed(text), business.split()[-1])
    assert (party.name, party.type) == (business, "ORG")


# "A World Health Organization official said": the article opens the description, not the body's name, though
# the tagger ran the name from it; the body is the party its official speaks for.
def test_an_indefinite_article_is_no_word_of_the_body_s_name() -> None:
    analysis = analysed("A World Health Organization official said cases were falling.")
    assert [p.name for p in named(analysis)] == ["World Health Organization"]
    assert speaker_named(analysis, "cases were falling") == "World Health Organization official"


# "A Department for Rural Affairs spokesperson": a name modifying the role noun keeps its party though "a" is
# written before it (the article is the role noun's, "a retired GP" is no name).
def test_a_body_named_before_a_role_after_an_indefinite_article_is_a_party() -> None:
    analysis = analysed("A Department for Rural Affairs spokesperson said the scheme would be reviewed.")
    assert [p.name for p in named(analysis)] == ["Department for Rural Affairs"]


# "A Department for Schools spokesman said" parsed with the body as the subject: the body speaks, not a party
# named "… spokesman".
def test_a_role_noun_after_a_missed_body_name_is_no_word_of_the_party() -> None:
    analysis = analysed("An Office for Water Standards spokeswoman said the fines were fair.")
    assert [p.name for p in named(analysis)] == ["Office for Water Standards"]
    assert speaker_named(analysis, "the fines were fair") == "Office for Water Standards"


# A name ending in a trading word ("… Rail", "… Homes") that is no common surname is a business's, though the
# tagger called it a person.
def test_a_business_named_for_its_trade_is_an_organisation_though_tagged_a_person() -> None:
    analysis = analysed(
        "07:10 Staff on the Western and Harbour lines went on strike again.\n"
        "07:25 Harbour Rail told passengers in a post online that services were cancelled."
    )
    party = party_named(analysis, "Rail")
    assert (party.name, party.type) == ("Harbour Rail", "ORG")


# The first word of a business's name, written after it, is that business when it acts, even in a clause of
# its own ("before Brackwell failed") and beside another body named after it (an association of its savers).
def test_a_business_called_by_its_first_word_in_a_subordinate_clause_is_one_party() -> None:
    analysis = analysed(
        "Prosecutors say Brackwell Capital misled savers. The Brackwell Savers' Association wants its money "
        "back. Its auditors resigned months before Brackwell failed."
    )
    assert sorted(p.name for p in named(analysis)) == ["Brackwell Capital", "Brackwell Savers' Association"]
    assert party_named(analysis, "Capital").aliases == ("Brackwell",)


# "Tessaly Biologics" is a whole business name: its unit "Tessaly Biologics East Africa" is another party, and
# a bare "Tessaly" is the business, not the unit.
def test_a_business_and_its_unit_named_after_it_are_two_parties() -> None:
    analysis = analysed(
        "Tessaly Biologics said the trial had been paused. Its subsidiary, Tessaly Biologics East Africa, "
        "said staff were safe. Tessaly said it would publish the data."
    )
    assert [p.name for p in named(analysis)] == ["Tessaly Biologics", "Tessaly Biologics East Africa"]
    assert speaker_named(analysis, "publish the data") == "Tessaly Biologics"
    assert speaker_named(analysis, "staff were safe") == "Tessaly Biologics East Africa"


# An acronym skips the small words of a name in another language as it skips "of": "CNP" is the "Companhia
# Nacional de Portos", one party with it.
def test_an_acronym_skips_the_particles_of_a_foreign_name() -> None:
    analysis = analysed(
        "The Companhia Nacional de Portos said the strike would cost millions. A CNP spokesman said talks "
        "would resume."
    )
    assert [p.name for p in named(analysis)] == ["Companhia Nacional de Portos"]
    assert speaker_named(analysis, "talks would resume") == "Companhia Nacional de Portos spokesman"


# A surname with lower-case particles ("van den", "de la") is one name with the given name before it, though
# the tagger stopped at the particles and tagged the last word apart.
@pytest.mark.parametrize(
    ("text", "full", "phrase"),
    [
        (
            "The trade commissioner, Kees van den Bosch, said he would visit both capitals.",
            "Kees van den Bosch",
            "visit both capitals",
        ),
        ("Its chairman, Hendrik van den Heuvel, said he would resign.", "Hendrik van den Heuvel", "resign"),
    ],
)
def test_a_surname_with_particles_is_kept_whole(text: str, full: str, phrase: str) -> None:
    analysis = analysed(text)
    assert [p.name for p in named(analysis)] == [full]
    assert speaker_named(analysis, phrase) == full


# Two people share a surname: the short name with a title ("Cllr Harrow") is the one the article named with
# that title, not the one named first; the other keeps his own name.
def test_a_titled_surname_is_the_person_named_with_that_title() -> None:
    analysis = analysed(
        "The contract went to a firm run by Tom Harrow. His brother, Cllr Derek Harrow, sat on the panel "
        "that approved it. Cllr Harrow said he had left the room during the vote."
    )
    assert speaker_named(analysis, "left the room") == "Cllr Derek Harrow"
    assert party_named(analysis, "Tom").aliases == ()


# Names the tagger cut at an "and": a body listing its fields ("… for Parks and Monuments") and a local body
# named for two places ("Ashby and Merrow Borough Council") are one party each; two bodies joined by "and"
# stay two.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The National Commission for Parks and Monuments welcomed the move.",
            ["National Commission for Parks and Monuments"],
        ),
        (
            "Ashby and Merrow Borough Council said it would appeal the ruling.",
            ["Ashby and Merrow Borough Council"],
        ),
        ("The Bank of England and Barclays said rates would rise.", ["Bank of England", "Barclays"]),
    ],
)
def test_a_name_cut_at_and_is_one_party(text: str, names: list[str]) -> None:
    assert [p.name for p in named(analysed(text))] == names


# A state's possessive the tagger ran into the proper name of one of its bodies is no word of the body's
# name; a state's generic institution keeps its owner, and a possessive that is no state stays in the name.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Officials in Nigeria were told on Monday. Nigeria’s National Heritage Council said it welcomed "
            "the decision.",
            ["Nigeria", "National Heritage Council"],
        ),
        (
            "Peru's Ministry of Foreign Affairs summoned the envoy.",
            ["Peru", "Peru's Ministry of Foreign Affairs"],
        ),
        ("McDonald's Corporation said sales rose.", ["McDonald's Corporation"]),
    ],
)
def test_a_state_s_possessive_is_no_word_of_its_body_s_own_name(text: str, names: list[str]) -> None:
    assert [p.name for p in named(analysed(text))] == names


# Letters after a person's name ("KC", "MP") that the tagger tagged alone are part of the person's name,
# never a party of their own, and the person is the speaker.
def test_letters_after_a_name_are_no_party_of_their_own() -> None:
    analysis = analysed("Prosecutor Anna Bell KC said the firm had ignored the warnings.")
    assert [p.name for p in named(analysis)] == ["Anna Bell KC"]
    assert speaker_named(analysis, "ignored the warnings") == "Anna Bell KC"
