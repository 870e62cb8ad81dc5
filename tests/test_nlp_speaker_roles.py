"""Descriptions of people and groups, resolved to the party the article names (issue 9 §3, §4).

Each test is one construction of news English, on sentences written for these tests: a role
description that refers back to the person the article gave that role, a description that points
forward to the name given just after, a definite description that refers back to an indefinite one,
groups named through their organisations or their political group, and two people with one surname
told apart by the article's own evidence of gender.
"""

from __future__ import annotations

from nlp_support import analysed_text, party_named, statement_with

from briefing.model import UNNAMED_SOURCES, Analysis


def _listed(analysis: Analysis, words: str) -> str | None:
    """The name of the Parties row the statement holding ``words`` is listed under."""
    row = analysis.listed_under(statement_with(analysis, words).party_id)
    return next((p.name for p in analysis.parties if p.id == row), row)


# --- a role description refers back to the person named with that role ---------------------------


def test_a_title_written_before_the_name_is_the_role_a_later_description_uses() -> None:
    analysis = analysed_text(
        "Foreign Ministry spokeswoman Dana Reyes said the talks would resume in Geneva next week. "
        "Ambassador Tom Becker met the delegation on Monday.\n\n"
        "The spokeswoman added that no date had been set."
    )
    assert _listed(analysis, "no date had been set") == "Dana Reyes"


def test_a_role_in_apposition_is_the_role_a_later_possessive_description_uses() -> None:
    analysis = analysed_text(
        "Tom Becker, the ministry's spokesman, told reporters the dam was safe. Mayor Ana Silva toured "
        'the site.\n\n"We are checking every wall," the ministry\'s spokesman said.'
    )
    assert _listed(analysis, "We are checking every wall") == "Tom Becker"


def test_an_abbreviated_title_is_the_role_its_full_word_names() -> None:
    analysis = analysed_text(
        "Gov. Dan Reyes met Sen. Alice Warren in Columbus on Monday.\n\n"
        "The senator said the plant closures would cost the state thousands of jobs."
    )
    assert _listed(analysis, "plant closures") == "Alice Warren"


def test_a_courtesy_title_is_no_role() -> None:
    analysis = analysed_text("Dan Reyes arrived late. Mr. Reyes said the vote would go ahead.")
    assert party_named(analysis, "Dan Reyes").roles == ()


# --- a description points forward to the name given just after ----------------------------------


def test_an_indefinite_description_inside_a_clause_is_the_person_the_next_sentence_names() -> None:
    analysis = analysed_text(
        "The board heard from four employees on Friday, among them a Navy officer who called the hull "
        'design "unsafe."\n'
        "Cmdr. Paul Hartley told the board it was his duty to object."
    )
    assert _listed(analysis, "unsafe") == "Paul Hartley"
    speaking = {analysis.listed_under(s.party_id) for s in analysis.statements}
    assert party_named(analysis, "Navy").id not in speaking  # the officer's service did not speak


def test_a_person_introduced_with_another_role_is_not_the_description_before() -> None:
    analysis = analysed_text(
        "The committee heard from a nurse who said she was never paid for the extra shifts. "
        "John Okafor, the hospital's director, said the claims were false."
    )
    assert _listed(analysis, "never paid") != "John Okafor"
    assert _listed(analysis, "the claims were false") == "John Okafor"


def test_a_description_whose_head_a_role_of_the_person_named_next_holds_is_that_person() -> None:
    analysis = analysed_text(
        "A former Treasury economist says the inflation figures were wrong for a year.\n\n"
        "Mara Linde, who was the Treasury's chief economist until May, said the error was plain to "
        "anyone who checked."
    )
    assert _listed(analysis, "inflation figures were wrong") == "Mara Linde"


# --- a definite description refers back to an indefinite one -------------------------------------


def test_the_teacher_is_the_retired_teacher_introduced_before_not_the_senator_asked() -> None:
    analysis = analysed_text(
        "During the question period in Dayton, a retired teacher asked Sen. Alice Warren about the plant "
        'closures.\n\n"Will you help the families who lost their jobs?" the teacher said.'
    )
    speaker = statement_with(analysis, "Will you help").speaker
    assert speaker is not None and "teacher" in speaker
    assert _listed(analysis, "Will you help") != "Alice Warren"


def test_the_description_is_the_one_person_named_since_it_was_introduced() -> None:
    analysis = analysed_text(
        "A senator in Chile wants the imports stopped until the harvest is in.\n\n"
        '"This trade harms our farmers," Maria Torres said in a statement.\n\n'
        "The senator, who represents a farming region, said the ban would be temporary."
    )
    assert _listed(analysis, "the ban would be temporary") == "Maria Torres"


# --- groups named through their organisations or their political group ----------------------------


def test_officials_of_two_named_organisations_are_a_group_party_of_their_own() -> None:
    analysis = analysed_text(
        "Treasury Department and White House officials said the sanctions would stay in place until the "
        "talks resumed."
    )
    group = party_named(analysis, "Treasury Department and White House officials")
    assert not group.unnamed and group.type == "ORG"
    assert _listed(analysis, "sanctions would stay") == group.name


def test_officials_of_one_named_organisation_are_listed_under_it() -> None:
    analysis = analysed_text("Treasury Department officials said the sanctions would stay in place.")
    assert _listed(analysis, "sanctions would stay") == "Treasury Department"


def test_members_described_by_their_political_group_are_that_group() -> None:
    named = analysed_text(
        "Republicans have promised to block the bill. Republican senators said on Tuesday that it would "
        "fail in committee."
    )
    assert _listed(named, "it would fail in committee") == "Republicans"
    alone = analysed_text("Republican senators said on Tuesday that the bill would fail in committee.")
    group = party_named(alone, "Republican senators")
    assert not group.unnamed
    assert _listed(alone, "the bill would fail") == "Republican senators"


def test_a_list_of_members_is_no_part_of_a_group_name() -> None:
    analysis = analysed_text(
        "Republicans met in Columbus. Several Republican governors, including Mara Linde and Paul "
        "Hartley, criticised the plan on Sunday and said it would raise taxes."
    )
    assert _listed(analysis, "it would raise taxes") == "Republicans"
    assert not [p.name for p in analysis.parties if "including" in p.name]


# --- two people with one surname -------------------------------------------------------------------


def test_her_husband_is_the_article_s_evidence_of_which_finch_is_mr_finch() -> None:
    analysis = analysed_text(
        "Laura Finch spoke first at the rally in Dayton. Her husband, Robert Finch, a former governor, "
        "said he backed her.\n\n"
        "Mrs. Finch said she was grateful. Mr. Finch said the race was close."
    )
    assert _listed(analysis, "she was grateful") == "Laura Finch"
    assert _listed(analysis, "the race was close") == "Robert Finch"


def test_mr_goes_to_the_man_the_article_showed_not_to_a_woman_named_since() -> None:
    analysis = analysed_text(
        "Former governor Robert Finch spoke on Monday. Mr. Finch said the plant would reopen.\n\n"
        "Laura Finch joined him on stage. Mr. Finch said the workers would be paid.\n\n"
        "Mrs. Finch said the town had waited long enough. Their daughter, Emma Finch, did not speak."
    )
    assert _listed(analysis, "the workers would be paid") == "Robert Finch"
    assert _listed(analysis, "the town had waited") == "Laura Finch"
    assert len([p for p in analysis.parties if p.name.endswith("Finch")]) == 3


# --- a pronoun joined to a speech act ------------------------------------------------------------


def test_the_subject_of_a_clause_joined_to_a_speech_act_is_its_speaker() -> None:
    analysis = analysed_text(
        "Mara Linde spoke to reporters in Dayton on Friday.\n\n"
        "The mayor argued that Paul Hartley had read only the first audit, and she also said that every "
        "later audit had been published."
    )
    assert _listed(analysis, "every later audit had been published") == "Mara Linde"
    assert party_named(analysis, "Paul Hartley").type == "PERSON"


def test_a_pronoun_refers_to_the_one_person_its_own_sentence_names_before_it() -> None:
    analysis = analysed_text(
        "Paul Hartley wrote a long analysis of the delegate rules on Monday.\n\n"
        "Given Mara Linde's record on housing, it is no surprise that she says she wants rents frozen "
        "for two years."
    )
    assert _listed(analysis, "she wants rents frozen") == "Mara Linde"


def test_a_description_refers_to_the_person_a_sentence_said_it_was() -> None:
    analysis = analysed_text(
        "Tom Becker is a lawyer in Dayton. He met Mara Linde on Monday.\n\n"
        '"The contract was signed in good faith," the lawyer said.'
    )
    assert _listed(analysis, "signed in good faith") == "Tom Becker"


def test_a_role_is_the_same_whatever_gender_its_form_shows() -> None:
    analysis = analysed_text(
        "Dana Reyes, a spokeswoman for the Interior Ministry, said the dam was safe. Mayor Tom Becker "
        "toured the site on Monday.\n\n"
        "The ministry's spokesperson said inspections would continue."
    )
    assert _listed(analysis, "inspections would continue") == "Dana Reyes"


def test_a_possessive_organisation_noun_is_the_organisation_the_article_named() -> None:
    analysis = analysed_text(
        "The Interior Ministry has ordered new inspections of the dam.\n\n"
        "The ministry's lawyer said the order would stand."
    )
    assert _listed(analysis, "the order would stand") == "Interior Ministry"


def test_an_unnamed_another_or_plural_description_is_not_the_person_named_with_that_role() -> None:
    analysis = analysed_text(
        "Mark Dalton, a senior Treasury official, said the sanctions were working.\n\n"
        "A Treasury official who asked not to be named said the sanctions would be eased. Another "
        "Treasury official said the talks had stalled. Treasury officials said the review would end in May."
    )
    dalton = party_named(analysis, "Mark Dalton")
    assert _listed(analysis, "the sanctions were working") == "Mark Dalton"
    for words in ("would be eased", "the talks had stalled", "the review would end"):
        assert statement_with(analysis, words).party_id != dalton.id, words


def test_an_indefinite_description_in_a_summary_is_the_person_named_with_that_role() -> None:
    analysis = analysed_text(
        'The ministry has "no plans to close the border," an Interior Ministry spokesman said.\n\n'
        "The crossing will stay open through the winter, Interior Ministry spokesman Tom Becker said in "
        "a statement on Monday."
    )
    assert _listed(analysis, "no plans to close the border") == "Tom Becker"


def test_a_name_written_solid_or_spaced_is_one_organisation() -> None:
    from briefing.nlp.parties import EntityMention, PartyIndex

    names = [
        ("TheBlaze", "ORG"),
        ("The Blaze", "ORG"),
        ("FedEx", "ORG"),
        ("Fed Ex", "ORG"),
        ("Theater", "ORG"),
    ]
    mentions, at = [], 0
    for text, label in names:
        mentions.append(EntityMention(at, at + len(text), text, label))
        at += len(text) + 10
    parties = PartyIndex(mentions).parties()[0]
    assert [(p.name, set(p.aliases)) for p in parties] == [
        ("TheBlaze", {"Blaze"}),
        ("Fed Ex", {"FedEx"}),
        ("Theater", set()),
    ]


def test_a_speaker_written_spaced_is_the_organisation_named_solid() -> None:
    analysis = analysed_text(
        "TheTally published its own count of the ballots in Ohio on Tuesday.\n\n"
        '"The count was off by twelve votes," The Tally reported.'
    )
    desk = party_named(analysis, "TheTally")
    assert statement_with(analysis, "off by twelve votes").party_id == desk.id


# --- a document speaks for its author ------------------------------------------------------------


def test_it_after_a_document_is_the_document_and_speaks_for_who_issued_it() -> None:
    analysis = analysed_text(
        "Maria Torres spoke to the Daily Ledger on Monday. Her lawyers have filed a 2019 letter sent by the "
        "port authority. It says that cargo inspections must end within two days."
    )
    speaker = statement_with(analysis, "cargo inspections must end").speaker
    assert speaker is not None and "authority" in speaker


def test_a_document_someone_cites_is_not_theirs() -> None:
    analysis = analysed_text(
        "Maria Torres cited a report on farm incomes at the hearing.\n\n"
        "The report says that prices fell by a third in two years."
    )
    assert _listed(analysis, "prices fell by a third") != "Maria Torres"


# --- headlines and former members ---------------------------------------------------------------


def test_a_description_in_a_title_case_headline_is_no_named_party() -> None:
    analysis = analysed_text(
        "Port Budget Was Misstated For Years, Former City Auditor Says\n\n"
        "A former city auditor says the port's budget was misstated for years, in a book published this "
        "week."
    )
    headline = statement_with(analysis, "Port Budget Was Misstated")
    assert headline.speaker is not None and "Auditor" in headline.speaker
    assert all(p.unnamed for p in analysis.parties if "Auditor" in p.name)
    assert _listed(analysis, "Port Budget Was Misstated") == UNNAMED_SOURCES


def test_a_former_member_does_not_speak_for_the_organisation() -> None:
    analysis = analysed_text("A former Treasury official said the sanctions had never worked.")
    assert _listed(analysis, "the sanctions had never worked") == UNNAMED_SOURCES
    current = analysed_text("A Treasury official said the sanctions had never worked.")
    assert _listed(current, "the sanctions had never worked") == "Treasury"


def test_a_report_in_a_newspaper_speaks_for_the_newspaper() -> None:
    analysis = analysed_text(
        "The water supply in three villages was cut for a week, according to a report in the Daily Ledger."
    )
    assert _listed(analysis, "The water supply in three villages") == "Daily Ledger"


def test_a_document_of_an_organisation_speaks_for_it_not_for_the_person_named_last() -> None:
    analysis = analysed_text(
        "The Port Agency announced the fines on Monday.\n\n"
        "John Okafor, 44, runs the largest of the fined firms. The fines must be paid by March 3, the "
        "agency report says."
    )
    assert _listed(analysis, "must be paid by March 3") == "Port Agency"
