"""Speakers and parties by general constructions of news English (issue 9 §3, §4), on sentences
written for these tests: an organisation named in apposition, an organisation description that
refers back to the organisation of its kind (never to a person), a dateline that never speaks, an age
used as a description, a bare quantifier that refers back to the group just mentioned, a second quote
of an unnamed source, and short names of organisations that are one party with the full name.
"""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

from briefing.model import Analysis


def _listed(analysis: Analysis, words: str) -> str | None:
    """The name of the Parties row the statement holding ``words`` is listed under."""
    row = analysis.listed_under(statement_with(analysis, words).party_id)
    return next((p.name for p in analysis.parties if p.id == row), row)


def _parties_named(analysis: Analysis, word: str) -> list[str]:
    return [p.name for p in analysis.parties if any(word in n for n in (p.name, *p.aliases))]


# --- an organisation named in apposition -------------------------------------------------------


def test_an_organisation_in_apposition_to_a_description_is_the_speaker() -> None:
    analysis = analysed_text(
        "The company, Orlo Shipping, said in a statement that its crew had followed every rule at sea."
    )
    assert statement_with(analysis, "its crew had followed every rule").speaker == "Orlo Shipping"


def test_an_apposition_of_an_apposition_names_the_organisation() -> None:
    analysis = analysed_text(
        "The owner of the tanker, a Panama-registered firm, Orlo Shipping, said on Monday that the crew "
        "had done nothing wrong."
    )
    assert statement_with(analysis, "the crew had done nothing wrong").speaker == "Orlo Shipping"


# --- an organisation description is the organisation of its kind, never a person --------------


def test_the_company_is_the_company_named_before_not_a_person_whose_role_mentions_it() -> None:
    analysis = analysed_text(
        "Workers at Pellar Foods stayed away for a third day on Monday.\n\n"
        '"We are asking for water breaks, nothing more," said Ana Ruiz, a packer who has worked at the '
        "company's bakery for six years.\n\n"
        "The company said its bakeries met every state safety rule."
    )
    assert statement_with(analysis, "met every state safety rule").speaker == "Pellar Foods"


def test_the_company_skips_an_organisation_whose_name_says_it_is_a_union() -> None:
    analysis = analysed_text(
        "Pellar Foods and its bakers have been at odds since March.\n\n"
        "The Bakery Workers Union said Pellar had walked out of the talks on Friday. The company said "
        "that account was false and that the union had left first."
    )
    assert _listed(analysis, "the union had left first") == "Pellar Foods"


def test_the_company_is_one_its_name_calls_a_company_before_a_nearer_place_tagged_as_an_organisation() -> (
    None
):
    analysis = analysed_text(
        "Orlo Holdings said on Monday it would bid for the container terminal at the port of Sines. The "
        "company said the bid would be its largest."
    )
    assert "Sines" in [p.name for p in analysis.parties]  # the tagger's ORG, nearer than the company
    assert statement_with(analysis, "the bid would be its largest").speaker == "Orlo Holdings"


def test_the_company_is_never_the_news_outlet_it_spoke_to_or_that_reported_it() -> None:
    told = analysed_text(
        "Vellor Foods said on Monday that it would close two plants. Its chief executive told Reuters that "
        "the cuts were painful. The company said the plants had lost money for years."
    )
    assert statement_with(told, "the plants had lost money").speaker == "Vellor Foods"
    reported = analysed_text(
        "Vellor Foods will close two plants, the Daily Ledger reported on Monday. The company declined to "
        "comment."
    )
    assert statement_with(reported, "to comment").speaker == "Vellor Foods"


def test_an_agency_spokeswoman_speaks_for_the_agency_named_before() -> None:
    analysis = analysed_text(
        "The Federal Aviation Administration said on Tuesday that it had opened an inquiry into the "
        "landing. An agency spokeswoman said the review would take several weeks."
    )
    assert _listed(analysis, "the review would take several weeks") == "Federal Aviation Administration"


# --- a dateline and an age -----------------------------------------------------------------------


def test_a_dateline_is_never_the_speaker() -> None:
    analysis = analysed_text(
        "BERGEN — Norway's minister for coastal fisheries, Kari Holm, resigned on Monday after conceding "
        "that she had misled parliament."
    )
    assert statement_with(analysis, "she had misled parliament").speaker == "Kari Holm"


def test_a_dated_dateline_is_never_the_speaker() -> None:
    """A dateline may carry a region, a date or the agency before its dash: it still never speaks."""
    dated = analysed_text(
        "OSLO, March 3, 2027 — Norway's fisheries minister confirmed on Tuesday that inspectors had found "
        "two cut nets near the harbour."
    )
    assert statement_with(dated, "inspectors had found two cut nets").speaker == "Norway's fisheries minister"
    agency = analysed_text(
        "HALIFAX, Nova Scotia (Reuters) — The province's transport minister said on Friday that the ferry "
        "would run again in June."
    )
    speaker = statement_with(agency, "the ferry would run again").speaker or ""
    assert "HALIFAX" not in speaker and "minister" in speaker


def test_an_age_description_is_the_person_just_named() -> None:
    analysis = analysed_text(
        "Investigators on the coast said the net had been cut on purpose.\n\n"
        'Norway\'s fisheries minister, Kari Holm, was blunter. "Somebody cut this net at night," the '
        "61-year-old told a news conference."
    )
    assert statement_with(analysis, "Somebody cut this net at night").speaker == "Kari Holm"


def test_an_age_description_after_a_quotation_cut_in_two_is_still_the_person_just_named() -> None:
    analysis = analysed_text(
        "Detective Anna Berg said the net had been cut on purpose.\n\n"
        "Norway's fisheries minister, Kari Holm, was blunter. \"Two nets in a month is no accident. It is "
        'sabotage," the 61-year-old wrote on social media.'
    )
    assert statement_with(analysis, "It is sabotage").speaker == "Kari Holm"


def test_an_age_before_a_role_is_no_part_of_the_role() -> None:
    analysis = analysed_text(
        "Pellar Foods chief executive Marta Lind said sales had held up.\n\n"
        "A Pellar spokesman declined to comment on the talks.\n\n"
        "The 61-year-old executive, who joined the company in 2019, also rejected suggestions that the "
        "bakery would close."
    )
    assert statement_with(analysis, "the bakery would close").speaker == "Marta Lind"


# --- groups --------------------------------------------------------------------------------------


def test_a_bare_quantifier_is_the_group_just_mentioned() -> None:
    analysis = analysed_text(
        "Farmers packed the town hall on Tuesday night. Many said the new grazing rules would ruin them."
    )
    assert statement_with(analysis, "the new grazing rules would ruin them").speaker == "Farmers"


def test_others_after_a_quoted_member_is_still_the_group() -> None:
    analysis = analysed_text(
        "Farmers packed the town hall on Tuesday night.\n\n"
        '"I have kept sheep here for forty years," said Tomas Berg, who farms near the river.\n\n'
        "Others asked why the county had spent $4 million on a new office last year."
    )
    assert statement_with(analysis, "why the county had spent").speaker == "Farmers"


# --- an unnamed source quoted twice --------------------------------------------------------------


def test_the_second_quote_of_an_unnamed_source_is_not_a_person_named_later() -> None:
    analysis = analysed_text(
        "A European diplomat who asked not to be named said the talks had stalled.\n\n"
        '"Nobody in that room is moving," the diplomat said.\n\n'
        "The envoy of Chile, Ambassador Lars Berg, said later that he was still hopeful."
    )
    assert statement_with(analysis, "Nobody in that room is moving").speaker == "European diplomat"


# --- one party per organisation ------------------------------------------------------------------


def test_the_first_word_of_a_company_name_is_the_same_party_however_it_was_tagged() -> None:
    for text, name in (
        (
            "Shares of Dunmore Therapeutics fell 12 percent on Monday. Dunmore said the trial would go on.",
            "Dunmore",
        ),
        (
            "Quellin Logistics lost its biggest contract on Friday. Quellin said it would cut 300 jobs.",
            "Quellin",
        ),
    ):
        analysis = analysed_text(text)
        assert len(_parties_named(analysis, name)) == 1, text
        assert statement_with(analysis, "would").speaker in ("Dunmore Therapeutics", "Quellin Logistics")


def test_a_place_that_begins_an_organisation_name_stays_a_place() -> None:
    analysis = analysed_text(
        "The Ohio Teachers' Pension Fund said it would sue. Schools across Ohio closed on Friday."
    )
    names = [p.name for p in analysis.parties]
    assert "Ohio" in names and "Ohio Teachers' Pension Fund" in names


def test_the_fed_and_the_federal_reserve_are_one_party() -> None:
    analysis = analysed_text(
        "The Federal Reserve held interest rates steady on Wednesday. The Fed said inflation was easing, "
        "and its chair said more data were needed."
    )
    assert len(_parties_named(analysis, "Fed")) == 1


# --- the parser's slips around a speaker ----------------------------------------------------------


def test_a_relative_clause_between_name_and_cue_leaves_the_name_the_speaker() -> None:
    analysis = analysed_text(
        "Prime Minister Ana Silva, whose three-party coalition has a majority of just four seats, said she "
        "had full confidence in her partners."
    )
    assert statement_with(analysis, "full confidence in her partners").speaker == "Ana Silva"


def test_a_bare_first_word_of_a_company_name_is_the_company_not_a_person_whose_role_holds_it() -> None:
    analysis = analysed_text(
        "Shares of Quellin Logistics fell sharply on Friday. Ben Carr, Quellin's head of sales, left in "
        "May.\n\nQuellin insists its drivers are paid fairly."
    )
    assert statement_with(analysis, "its drivers are paid fairly").speaker == "Quellin Logistics"


def test_a_verb_of_the_reported_clause_that_reports_nothing_is_no_cue() -> None:
    analysis = analysed_text(
        "The Federal Aviation Administration said it had opened an inquiry. An agency spokeswoman said the "
        "checks were continuing and declined to discuss their findings."
    )
    assert _listed(analysis, "to discuss their findings") == "Federal Aviation Administration"


# --- descriptions that point forward, and whose source it is ------------------------------------


def test_a_lede_description_is_the_person_the_next_paragraph_names() -> None:
    analysis = analysed_text(
        "The leader of Norway's smallest coalition party on Monday denied that she had met the opposition "
        "in secret.\n\nKari Holm, whose Green Left party holds nine seats, told reporters that she had met "
        "the opposition leader only once."
    )
    assert statement_with(analysis, "she had met the opposition in secret").speaker == "Kari Holm"


def test_a_description_is_the_person_a_later_same_description_names_in_apposition() -> None:
    analysis = analysed_text(
        "A lawyer for a tenants' group, Riverside Homes Watch, would not say whether it planned to sue. "
        '"We will see," said the lawyer, Laura Mendes.'
    )
    assert statement_with(analysis, "whether it planned to sue").speaker == "Laura Mendes"


def test_a_spokesman_for_a_named_group_is_listed_under_the_group() -> None:
    analysis = analysed_text(
        "A spokesman for the trade group Safe Streets Alliance said its members opposed the tolls."
    )
    assert _listed(analysis, "its members opposed the tolls") == "Safe Streets Alliance"


def test_a_pronoun_inside_an_unnamed_source_names_whose_source_it_is() -> None:
    analysis = analysed_text(
        "Tomas Berg resigned as chairman on Monday. A person close to him said he had been treated unfairly."
    )
    statement = statement_with(analysis, "he had been treated unfairly")
    assert statement.speaker == "person close to Tomas Berg"
    assert analysis.listed_under(statement.party_id) == "unnamed-sources"


def test_a_she_used_before_a_name_in_its_sentence_is_not_that_name() -> None:
    analysis = analysed_text(
        "Maria Lopez, the team's doctor, examined the player on Monday.\n\n"
        "In her first report, after examining Garcia's knee, she insisted that the player rest for a week."
    )
    assert statement_with(analysis, "the player rest for a week").speaker == "Maria Lopez"


def test_a_colon_introduction_is_the_sentence_subject_not_the_organisation_in_its_apposition() -> None:
    analysis = analysed_text(
        "Dr. Laura Mendes, a surgeon at the University of Oslo who voted against the plan, put it plainly: "
        '"This is not safe for patients."'
    )
    assert statement_with(analysis, "This is not safe for patients").speaker == "Laura Mendes"


def test_some_with_no_group_before_stays_the_group_as_written() -> None:
    analysis = analysed_text("Some have argued that the new tax will hurt small farms.")
    assert statement_with(analysis, "the new tax will hurt small farms").speaker == "Some"


# --- documents speak for whoever the article says issued them -----------------------------------


def test_a_report_speaks_for_the_author_the_article_gave_it_before() -> None:
    analysis = analysed_text(
        "The findings appear in a report by the Coastal Research Council published on Monday.\n\n"
        "The 80-page report says fish stocks in the fjord have fallen by half."
    )
    assert statement_with(analysis, "fish stocks in the fjord").speaker == "Coastal Research Council"


def test_a_filing_speaks_for_whoever_filed_it() -> None:
    analysis = analysed_text(
        "Lawyers for the growers filed a challenge with the court on Monday. The filing argues that the "
        "ballots were counted twice."
    )
    assert statement_with(analysis, "the ballots were counted twice").speaker == "Lawyers for the growers"


def test_a_suit_filed_by_a_group_led_by_a_named_party_speaks_for_that_party() -> None:
    analysis = analysed_text(
        "The suit, filed last year by a group of pension funds led by the Texas Nurses' Pension Fund, claims "
        "that the company hid its losses."
    )
    assert statement_with(analysis, "the company hid its losses").speaker == "Texas Nurses' Pension Fund"


def test_a_release_speaks_for_an_office_the_recogniser_did_not_name() -> None:
    analysis = analysed_text(
        "A Texas man was sentenced on Monday, the U.S. Attorney’s Office for the Eastern District of Ohio "
        "announced Monday.\n\nHis appeal is due by May 2, according to the office release."
    )
    speaker = statement_with(analysis, "His appeal is due by May 2").speaker
    assert speaker == "U.S. Attorney’s Office for the Eastern District of Ohio"


# --- organisations the recogniser named in part or not at all -----------------------------------


def test_it_joined_to_an_organisations_speech_act_is_that_organisation() -> None:
    analysis = analysed_text(
        "Moscow has denied any role in the blast. The Russian Embassy in Oslo said on Monday that Moscow "
        "had nothing to do with the fire, and it accused Norwegian media of spreading rumours."
    )
    assert statement_with(analysis, "Norwegian media").speaker == "Russian Embassy"


def test_a_clause_about_a_word_inside_a_description_is_no_part_of_the_source() -> None:
    analysis = analysed_text(
        "Ten ships broke the embargo last year, according to a report by a U.N. panel of experts seen on "
        "Monday."
    )
    speaker = statement_with(analysis, "Ten ships broke the embargo").speaker
    assert speaker == "U.N. panel of experts"
    assert not party_named_unnamed(analysis, speaker)


def test_a_name_the_recogniser_missed_beside_a_spokesmans_group_is_a_party() -> None:
    analysis = analysed_text(
        "Health insurers are watching closely. A spokesman for the trade group America's Health Plans said "
        "its members were concerned about the cost."
    )
    assert _listed(analysis, "its members were concerned") == "America's Health Plans"


def test_a_name_the_tagger_began_after_and_keeps_its_first_word() -> None:
    analysis = analysed_text(
        "Drivers stayed home on Monday. The Port and Dock Workers Union said the company had broken its "
        "promise."
    )
    statement = statement_with(analysis, "the company had broken its promise")
    assert statement.speaker == "Port and Dock Workers Union"


def party_named_unnamed(analysis: Analysis, name: str) -> bool:
    return next(p for p in analysis.parties if p.name == name).unnamed
