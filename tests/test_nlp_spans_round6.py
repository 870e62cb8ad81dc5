"""Statement spans of issue 9's sixth round (section 3), on sentences written for these tests (real spaCy
model): a labelled aside after the reported words ("…, a sum she has said was savings", "…, a charge
Lowe rejected") is the reporter's, no part of the report.
"""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

# --- the reporter's labelled aside after the report --------------------------------------------------


def test_a_sum_someone_else_has_explained_is_no_part_of_the_report() -> None:
    analysis = analysed_text(
        "Detective Inspector Ravi Nair told the court that officers had found 9,000 pounds in cash at the "
        "flat, a sum the defendant has said was savings for a wedding."
    )
    statement = statement_with(analysis, "officers had found")
    assert statement.text == "officers had found 9,000 pounds in cash at the flat"


def test_a_charge_someone_rejected_is_no_part_of_the_accusation() -> None:
    analysis = analysed_text(
        "Tom Ashworth said the company had sweated its assets for profit, a charge Helen Marsden rejected."
    )
    statement = statement_with(analysis, "sweated its assets")
    assert statement.text == "the company had sweated its assets for profit"


# --- "according to" between the subject and its verb ------------------------------------------------


def test_according_to_set_off_inside_the_clause_keeps_the_subject_in_the_report() -> None:
    analysis = analysed_text(
        "Northwind Airlines grounded its turboprops on Monday.\n\n"
        "The fleet, according to the airline, will be back in service by Friday."
    )
    statement = statement_with(analysis, "back in service by Friday")
    assert statement.text == "The fleet, according to the airline, will be back in service by Friday"


def test_according_to_closing_a_sentence_of_joined_verbs_sources_all_of_them() -> None:
    analysis = analysed_text(
        "Pupils whose schools opened an hour later slept longer on school nights and reported fewer "
        "headaches a year later, according to a study of 4,000 students published on Monday."
    )
    statement = statement_with(analysis, "fewer headaches")
    assert statement.text.startswith("Pupils whose schools opened an hour later slept longer")
