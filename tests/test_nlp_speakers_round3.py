"""Speakers and parties of issue 9's third round, on sentences written for these tests (real spaCy model):
a state's capital is the state's party wherever the article names the state; titles and post-nominal
letters ("Cllr", "Coach", "KC") are no part of a person's name; "the federation" is the body, not the
person whose role names it; a spokesperson the article gives no body speaks for the organisation the
paragraph is about, and an unnamed spokesperson of a named organisation is named after it.
"""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

from briefing.model import Analysis


def _parties_naming(analysis: Analysis, word: str) -> list[str]:
    return [p.name for p in analysis.listed_parties() if word in p.name or any(word in a for a in p.aliases)]


# --- a capital is its state -------------------------------------------------------------------------


def test_a_capital_speaks_for_the_state_the_article_names() -> None:
    analysis = analysed_text(
        "Hungary has recalled its ambassador to Switzerland after a row over frozen bank accounts.\n\n"
        "Budapest said on Friday that the decision was final. Officials in Bern said they regretted the "
        "move and would answer in writing."
    )
    statement = statement_with(analysis, "the decision was final")
    assert statement.speaker == "Hungary"
    assert _parties_naming(analysis, "Budapest") == ["Hungary"]  # one party, not a second "Budapest"


def test_two_capitals_of_two_named_states_are_the_two_states() -> None:
    analysis = analysed_text(
        "Kenya and Tanzania traded accusations on Tuesday over a border crossing closed since March.\n\n"
        "Nairobi accused its neighbour of breaking a trade pact, while Dodoma said the crossing would stay "
        "shut until lorry drivers were tested."
    )
    assert statement_with(analysis, "the crossing would stay shut").speaker == "Tanzania"
    assert _parties_naming(analysis, "Nairobi") == ["Kenya"]
    assert _parties_naming(analysis, "Dodoma") == ["Tanzania"]


# --- titles and letters after a name ----------------------------------------------------------------


def test_a_councillor_titled_cllr_is_the_person_named_in_full() -> None:
    analysis = analysed_text(
        "The licence of the Red Lion pub will be reviewed after complaints about noise, Martha Quinn, "
        "who chairs the council's licensing committee, said on Monday.\n\n"
        "Cllr Quinn said the review would take about a month."
    )
    first = statement_with(analysis, "will be reviewed")
    second = statement_with(analysis, "the review would take about a month")
    assert first.party_id == second.party_id
    assert second.speaker is not None and "Martha Quinn" in second.speaker


def test_a_barristers_kc_is_no_part_of_the_name() -> None:
    analysis = analysed_text(
        "Opening the defence, Daniel Marsh KC told the jury that his client had never seen the invoices.\n\n"
        "Mr Marsh said the prosecution's case rested on a single witness."
    )
    first = statement_with(analysis, "never seen the invoices")
    second = statement_with(analysis, "rested on a single witness")
    assert first.party_id == second.party_id
    assert len(_parties_naming(analysis, "Marsh")) == 1


def test_coach_before_a_surname_is_the_coach_named_in_full() -> None:
    analysis = analysed_text(
        "Erik Sandberg, who has trained the national rowing squad since 2019, said the crew was ready.\n\n"
        "\u201cWe have never been fitter,\u201d Coach Sandberg said after the final trial on Sunday."
    )
    assert statement_with(analysis, "We have never been fitter").speaker == "Erik Sandberg"
    assert len(_parties_naming(analysis, "Sandberg")) == 1


# --- a body named in a person's role is not that person --------------------------------------------


def test_the_federation_is_the_federation_not_its_general_secretary() -> None:
    analysis = analysed_text(
        "Dock workers walked out at three ports on Monday after the National Federation of Dock Workers "
        "rejected a pay offer.\n\n"
        "Karen Oduya, the federation's general secretary, said the offer was an insult.\n\n"
        "The federation said it would hold a second ballot in March."
    )
    statement = statement_with(analysis, "hold a second ballot")
    assert statement.speaker == "National Federation of Dock Workers"
    assert statement_with(analysis, "the offer was an insult").speaker == "Karen Oduya"


# --- an unnamed spokesperson speaks for the body the paragraph is about ------------------------------


def test_a_spokeswoman_after_a_company_speaks_for_the_company() -> None:
    analysis = analysed_text(
        "Pellham Foods has recalled 40,000 jars of baby food after glass was found in two of them.\n\n"
        "Pellham Foods said the fault lay with one supplier. A spokeswoman said no child had been hurt."
    )
    statement = statement_with(analysis, "no child had been hurt")
    company = next(p for p in analysis.parties if p.name == "Pellham Foods")
    assert analysis.listed_under(statement.party_id) == company.id
    assert statement.speaker == "Pellham Foods spokeswoman"


def test_a_spokesman_after_a_person_is_the_persons_not_an_earlier_companys() -> None:
    analysis = analysed_text(
        "Pellham Foods has recalled 40,000 jars of baby food after glass was found in two of them. Pellham "
        "Foods said the fault lay with one supplier.\n\n"
        "A spokeswoman said no child had been hurt. Senator Ruth Alvarez called for an inquiry into the "
        "recall. A spokesman said she would write to the regulator on Monday."
    )
    company = next(p for p in analysis.parties if p.name == "Pellham Foods")
    assert analysis.listed_under(statement_with(analysis, "no child had been hurt").party_id) == company.id
    assert analysis.listed_under(statement_with(analysis, "write to the regulator").party_id) != company.id


def test_a_spokesman_for_the_agency_is_named_after_the_agency() -> None:
    analysis = analysed_text(
        "The Food Standards Agency opened an inquiry into the recall on Friday. A spokesman for the agency "
        "said the findings would be published.\n\n"
        "A council spokeswoman said the schools that bought the jars had been told, Harlow District "
        "Council confirmed."
    )
    statement = statement_with(analysis, "the findings would be published")
    assert statement.speaker == "Food Standards Agency spokesman"
    agency = next(p for p in analysis.parties if p.name == "Food Standards Agency")
    assert analysis.listed_under(statement.party_id) == agency.id


# --- pronouns: the subject named in apposition; the one who spoke in a statement -----------------------


def test_she_is_the_woman_named_in_apposition_to_the_subject() -> None:
    analysis = analysed_text(
        "Trade Minister Marco Bellini said the tariffs would stay until the talks ended.\n\n"
        "Norway's envoy to Rome, Ingrid Solberg, was called to the ministry on Wednesday. Leaving the "
        "building, she said she had asked for the evidence in writing."
    )
    assert statement_with(analysis, "asked for the evidence in writing").speaker == "Ingrid Solberg"


def test_it_after_in_a_statement_is_the_body_that_issued_it() -> None:
    analysis = analysed_text(
        "The Danish Maritime Authority said in a statement on Monday that the tanker had been inspected in "
        "May.\n\n"
        "Baltic Freight Lines rejected the claim within hours. In a statement posted on its website, it "
        "called the inspection report incomplete and said the tanker had been cleared to sail."
    )
    statement = statement_with(analysis, "the tanker had been cleared to sail")
    assert statement.speaker == "Baltic Freight Lines"


# --- a name with "a" before it is a common noun -----------------------------------------------------


def test_a_retired_gp_is_no_organisation_that_the_company_refers_to() -> None:
    analysis = analysed_text(
        "Harwell Water Services denied that its pipes were leaking. The residents' group is led by Anna "
        "Price, a retired GP who has lived in the village for forty years.\n\n"
        "The company said on Friday that the leaks had been repaired."
    )
    assert statement_with(analysis, "the leaks had been repaired").speaker == "Harwell Water Services"
    assert not _parties_naming(analysis, "GP")


# --- a person's office speaks for the person ------------------------------------------------------


def test_a_ministers_office_is_listed_under_the_minister_not_beside_him() -> None:
    analysis = analysed_text(
        "Health Minister Pavel Horak said on Monday that the clinics would reopen in June.\n\n"
        "Horak's office said later that the date depended on the unions."
    )
    statement = statement_with(analysis, "the date depended on the unions")
    horak = next(p for p in analysis.parties if p.name == "Pavel Horak")
    assert analysis.listed_under(statement.party_id) == horak.id
    assert len(_parties_naming(analysis, "Horak")) == 1  # no second party "Horak's office"


def test_the_mayors_office_is_the_mayor_the_article_named() -> None:
    analysis = analysed_text(
        "Tom Reid, the town's mayor, has promised to reopen the library before Christmas.\n\n"
        "The library will stay shut until the roof is repaired, the mayor's office said on Friday."
    )
    statement = statement_with(analysis, "until the roof is repaired")
    reid = next(p for p in analysis.parties if p.name == "Tom Reid")
    assert analysis.listed_under(statement.party_id) == reid.id
    assert statement.speaker == "mayor's office"  # the words the article gives the source


# --- the article's evidence of a person: an age, a role noun's gender --------------------------------


def test_a_name_given_an_age_is_a_person_a_she_refers_to() -> None:
    analysis = analysed_text(
        "The fish market reopened on Saturday after a month of repairs.\n\n"
        "At the market on Sunday, Nadia Okoro, 41, who sells fish, said trade had halved. \u201cPeople "
        "think we are still closed,\u201d she said."
    )
    okoro = next(p for p in analysis.parties if p.name == "Nadia Okoro")
    assert okoro.type == "PERSON"
    assert statement_with(analysis, "People think we are still closed").speaker == "Nadia Okoro"


def test_she_is_never_a_spokesman() -> None:
    analysis = analysed_text(
        "Maria Lopez has run the bakery on the high street for twenty years.\n\n"
        "A spokesman for the council said the road would reopen in May. \u201cWe have heard that "
        "before,\u201d she said."
    )
    assert statement_with(analysis, "We have heard that before").speaker == "Maria Lopez"


# --- a body named by its kind ----------------------------------------------------------------------


def test_a_name_after_the_noun_of_its_kind_is_an_organisation_the_company_refers_to() -> None:
    analysis = analysed_text(
        "The cyclist's team sponsor, the sportswear company Arvo, said it was reviewing the contract. "
        "The company would not say when the review would end."
    )
    sponsor = next(p for p in analysis.parties if p.name == "Arvo")
    assert sponsor.type == "ORG"
    assert statement_with(analysis, "when the review would end").speaker == "Arvo"


def test_according_to_the_prosecution_is_the_prosecution_not_its_barrister() -> None:
    analysis = analysed_text(
        "Opening the case, Helen Carter KC said the accountant had forged the invoices.\n\n"
        "Ms Carter said the firm had collapsed in 2021. Part of the money paid for a yacht, according to "
        "the prosecution."
    )
    statement = statement_with(analysis, "Part of the money paid for a yacht")
    assert statement.speaker == "prosecution"


# --- one member of a group ------------------------------------------------------------------------


def test_one_of_them_is_one_of_the_group_not_the_state_named_since() -> None:
    analysis = analysed_text(
        "Three officials close to the negotiations said Warsaw had asked Berlin to delay the vote. One of "
        "them said the request had been made in writing."
    )
    statement = statement_with(analysis, "the request had been made in writing")
    assert statement.speaker == "one of the three officials close to the negotiations"
    assert analysis.listed_under(statement.party_id) == "unnamed-sources"


def test_one_of_the_group_is_listed_where_the_group_is() -> None:
    analysis = analysed_text(
        "Two Danish diplomats, speaking on condition of anonymity, said Copenhagen would answer in kind. "
        "One of the diplomats said a trade attache was the likely target."
    )
    statement = statement_with(analysis, "a trade attache was the likely target")
    group = statement_with(analysis, "Copenhagen would answer in kind")
    assert group.speaker == "Two Danish diplomats"
    assert statement.speaker == "one of the two Danish diplomats"  # "the diplomats": the two named before
    assert analysis.listed_under(statement.party_id) == analysis.listed_under(group.party_id)


# --- a body named by kind and by a named part of it; a name that opens with a verb -------------------


def test_a_senate_panel_is_the_senate_committee_the_article_names() -> None:
    analysis = analysed_text(
        "The head of the airline appeared before a Senate panel on Thursday.\n\n"
        "Members of the Senate Commerce Committee asked why refunds had taken months. A Senate panel "
        "said in a report that the airline had broken federal rules."
    )
    statement = statement_with(analysis, "the airline had broken federal rules")
    assert statement.speaker == "Senate Commerce Committee"
    assert len(_parties_naming(analysis, "Senate")) == 1


def test_a_group_whose_name_opens_with_a_verb_is_the_group_in_apposition() -> None:
    analysis = analysed_text(
        "The group, Protect the Downs, compiled the figures from the council's own records and says the "
        "pumps failed on twelve days last summer."
    )
    statement = statement_with(analysis, "the pumps failed on twelve days")
    assert statement.speaker == "Protect the Downs"


# --- a state's institution keeps the state in its name ----------------------------------------------


def test_two_states_foreign_ministries_are_two_parties_each_named_with_its_state() -> None:
    analysis = analysed_text(
        "Vietnam protested on Monday after a patrol boat rammed a fishing vessel. A spokesman for the "
        "Foreign Ministry in Hanoi said the boat had been inside Vietnamese waters.\n\n"
        "Malaysia's Foreign Ministry rejected the protest on Tuesday and said the vessel had been fishing "
        "illegally."
    )
    malaysian = statement_with(analysis, "the vessel had been fishing illegally")
    vietnamese = statement_with(analysis, "inside Vietnamese waters")
    assert malaysian.speaker == "Malaysia's Foreign Ministry"
    assert analysis.listed_under(vietnamese.party_id) != analysis.listed_under(malaysian.party_id)
