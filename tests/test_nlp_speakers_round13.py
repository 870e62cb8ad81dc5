"""Speakers, round 13: "the club said" is the football club the article named (sentences written here).

A club's name ends in a word that says it is one ("Rovers", "United", "Athletic", "FC"), so "the club" and
"a club spokesman" speak for the nearest club named before them, as "the company" does for a company, and
the tagger's PERSON for such a name is put right. Dismissing a person is firing them, not a statement.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

CASES_CLUB = [
    (
        "Brackwell Rovers sacked their manager on Saturday after a fifth defeat in six games.\n"
        "In a short statement, the club said the board had acted in the long-term interest of the team.",
        "the board had acted",
        "Brackwell Rovers",
    ),
    # the tagger calls this club a person: its name's last word says otherwise
    (
        "Kilbride Wanderers parted company with their manager on Saturday.\n"
        "The club said a successor would be named before the transfer window opened.",
        "a successor would be named",
        "Kilbride Wanderers",
    ),
    # two clubs named: "the club" is the one the story has act, not the opponent named last
    (
        "Ravensworth Athletic sacked their manager on Sunday, a day after a 4-0 defeat by Brackwell Rovers.\n"
        "The club said the search for a successor had already begun.",
        "the search for a successor",
        "Ravensworth Athletic",
    ),
    (
        "Oakfield Athletic have appealed against a points deduction imposed by the league in March.\n"
        "A club spokesman said the penalty was out of all proportion to the breach.",
        "the penalty was out of all proportion",
        "Oakfield Athletic",
    ),
    (
        "Saltmarsh United will play their home games at a rugby ground next season while their stand is "
        "rebuilt.\nThe club said season-ticket holders would be offered a refund.",
        "season-ticket holders would be offered",
        "Saltmarsh United",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "speaker"), CASES_CLUB)
def test_the_club_speaks_for_the_club_named_before(text: str, phrase: str, speaker: str) -> None:
    # a spokesman is named after whom he speaks for ("Oakfield Athletic spokesman")
    assert speaker in (statement_holding(text, phrase).speaker or "")


def test_a_club_is_never_a_body_whose_name_says_another_kind() -> None:
    """A council named before "the club" is not what "the club" means."""
    text = (
        "Harrowgate District Council refused planning permission for a new stand on Tuesday.\n"
        "The club said it would appeal against the decision."
    )
    assert statement_holding(text, "it would appeal").speaker != "Harrowgate District Council"


@pytest.mark.parametrize(
    "text",
    [
        "Dunmere Rovers dismissed their head coach, Pavel Kostic, on Saturday.",
        "The bank dismissed two traders last month after an internal inquiry.",
    ],
)
def test_dismissing_a_person_is_no_statement(text: str) -> None:
    from nlp_support import analysed_text

    assert analysed_text(text).statements == ()


def test_dismissing_a_claim_stays_a_statement() -> None:
    from nlp_support import analysed_text

    text = "The ministry dismissed the report as speculation."
    assert [s.text for s in analysed_text(text).statements]


# A name the tagger leaves untagged (it misses many it has not seen) is still a person when a she or he
# refers to it before anyone else is named; then "the councillor said" is that person.
def test_an_untagged_name_a_pronoun_refers_to_is_a_person_and_the_speaker() -> None:
    from nlp_support import analysed_text

    text = (
        "Ilse Brandvold was not at the meeting, although she had been invited.\n"
        "“Nobody told me the vote had been moved,” the councillor said on Friday."
    )
    analysis = analysed_text(text)
    person = [p for p in analysis.parties if p.name == "Ilse Brandvold"]
    assert person and person[0].type == "PERSON"
    assert statement_holding(text, "Nobody told me").speaker == "Ilse Brandvold"


def test_no_untagged_person_where_the_pronoun_may_be_someone_elses_or_the_words_name_a_place() -> None:
    from briefing.nlp.analyze import _with_untagged_people
    from briefing.nlp.pipeline import load_nlp

    nlp = load_nlp()

    def untagged_people(text: str) -> list[str]:
        doc = nlp(text)
        ents = list(doc.ents)
        return [e.text for e in _with_untagged_people(doc, ents) if e not in ents]

    # alone in its sentence, with no other entity, the name is found
    assert untagged_people("Ilse Brandvold was not at the meeting, although she had been invited.") == [
        "Ilse Brandvold"
    ]
    # another person named before the pronoun: it may be hers
    doc = nlp("Ilse Brandvold was not told by Maria Kowalska that she had been invited.")
    assert any(e.label_ == "PERSON" for e in doc.ents)
    assert untagged_people("Ilse Brandvold was not told by Maria Kowalska that she had been invited.") == []
    # a place's name ends in a place's word: not a person even where the tagger had left it untagged
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("Brandvold County was not ready, though she had warned of it.")
    assert not doc.ents
    assert _with_untagged_people(doc, []) == []


# A lede describes a body it names only in the next paragraphs; British news then calls a police force
# "the force". A dateline in capitals the tagger took for an organisation is described by nothing.
_FORCE_STORY = (
    "NORWICH, England (AP) — A police force in northern England said on Monday it had suspended two "
    "officers after a man was injured in custody.\n"
    "The man, 34, was taken to hospital with a head injury, his family said.\n"
    "Marshfield Constabulary said an investigation had begun. In a statement, the force said it would "
    "publish its findings."
)


@pytest.mark.parametrize(
    "phrase", ["it had suspended two officers", "an investigation had begun", "it would publish its findings"]
)
def test_a_police_force_described_in_the_lede_is_the_force_named_next(phrase: str) -> None:
    assert statement_holding(_FORCE_STORY, phrase).speaker == "Marshfield Constabulary"


def test_only_a_lede_points_forward_to_a_body_named_after_it() -> None:
    """Further down, "a police force" is one more body, not the next one the article names."""
    text = (
        "Two men were arrested after a fight outside a nightclub in Harlow on Saturday.\n"
        "One of them was treated in hospital for cuts to his face.\n"
        "The club has been closed while the council reviews its licence.\n"
        "A police force in northern England said on Monday it had suspended two officers.\n"
        "Marshfield Constabulary said an investigation had begun."
    )
    assert statement_holding(text, "it had suspended two officers").speaker != "Marshfield Constabulary"


def test_figures_published_by_a_body_speak_for_it() -> None:
    text = (
        "Delays at the border doubled over the summer, according to figures published by the Port Transit "
        "Authority on Tuesday."
    )
    assert statement_holding(text, "Delays at the border doubled").speaker == "Port Transit Authority"


def test_senior_figures_are_people_not_a_document() -> None:
    text = (
        "The Port Transit Authority published its annual report on Tuesday.\n"
        "Senior figures in the ruling party said the minister should resign."
    )
    assert statement_holding(text, "the minister should resign").speaker != "Port Transit Authority"


def test_figures_a_body_gave_speak_for_the_giver_but_a_letter_another_posted_does_not() -> None:
    text = (
        "Pellow Water Services was fined last year.\n"
        "According to figures the company gave to the regulator, leaks rose by a fifth in two years."
    )
    assert statement_holding(text, "leaks rose by a fifth").speaker == "Pellow Water Services"
    text = (
        "Harlan Foods closed its plant on Friday. The letter, which the union posted online, blamed "
        "falling demand for milk."
    )
    speaker = statement_holding(text, "falling demand for milk").speaker
    assert speaker is None or "union" not in speaker


def test_a_spokesman_for_the_regulator_speaks_for_the_office_named_before() -> None:
    text = (
        "The breach was reported to the Data Protection Commissioner's Office on Friday.\n"
        "A spokesman for the regulator said it was assessing the report."
    )
    assert "Data Protection Commissioner's Office" in (
        statement_holding(text, "it was assessing").speaker or ""
    )


@pytest.mark.parametrize(
    "text",
    [
        "The breach was reported to the Data Protection Commissioner's Office on Friday.",
        "The theft was reported to police on Monday morning.",
    ],
)
def test_reported_to_a_body_names_the_hearer_not_a_statement(text: str) -> None:
    from nlp_support import analysed_text

    assert analysed_text(text).statements == ()


def test_the_company_is_never_a_campaigners_action_group() -> None:
    text = (
        "Severnside Water Ltd owns the embankment that failed in March.\n"
        "The Ashdown Flood Action Group, which represents 300 households, blamed years of neglect.\n"
        "In a statement, the company said it had spent £2 million on repairs since 2020."
    )
    assert statement_holding(text, "it had spent").speaker == "Severnside Water Ltd"


def test_the_charity_is_not_the_charity_commission() -> None:
    """A word that modifies a body's capitalised head ("Charity Commission") is not that body's head."""
    text = (
        "The Charity Commission has opened an inquiry into a hospice fund in Leeds.\n"
        "The charity said it would cooperate fully with the inquiry."
    )
    assert "Charity Commission" not in (statement_holding(text, "it would cooperate").speaker or "")


def test_the_company_is_the_company_that_was_the_subject_just_before() -> None:
    """ "X rejected the accusation. In a statement, the company said": X, though another body was called
    "the company" earlier."""
    text = (
        "Norgrid Holdings, the company that runs the national grid, said supply had been restored by "
        "midnight.\nThe energy minister, Paulo Reis, blamed a private distributor, Vantelo Power, for the "
        "delay.\nVantelo Power rejected the accusation. In a statement, the company said its crews had "
        "reached the site within 20 minutes."
    )
    assert statement_holding(text, "its crews had reached").speaker == "Vantelo Power"


def test_a_bare_spokeswoman_is_not_one_the_article_names_only_later() -> None:
    text = (
        "The health board did not dispute that the letters had been sent. A spokeswoman said they had been "
        "handled through the proper channels.\n"
        "The opposition health spokeswoman, Rachel Dunmore, accused ministers of looking the other way."
    )
    assert statement_holding(text, "handled through the proper channels").speaker != "Rachel Dunmore"


def test_a_name_set_beside_a_noun_for_a_body_is_an_organisation() -> None:
    """ "Brackmoor, the online furniture retailer," is a company, whatever the tagger made of the name, so
    "the company said" is Brackmoor; "a forklift operator" is a trade a person practises too."""
    from nlp_support import analysed_text

    text = (
        "Brackmoor, the online furniture retailer, has confirmed that hackers stole customer data.\n"
        "In an email to customers, the company said payment details were not affected."
    )
    analysis = analysed_text(text)
    assert [p.type for p in analysis.parties if p.name == "Brackmoor"] == ["ORG"]
    assert statement_holding(text, "payment details were not affected").speaker == "Brackmoor"
    text = "Jerome Tate, a forklift operator at the plant for 11 years, said the shifts had been cut."
    assert [p.type for p in analysed_text(text).parties if p.name == "Jerome Tate"] == ["PERSON"]
