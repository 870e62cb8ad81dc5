"""Statement spans and speakers of issue 9's ninth round (section 3), on sentences written for these
tests (real spaCy model): a cue set off by commas inside its sentence, and relative cues the parser
reads wrongly.
"""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

# --- "X, she said, Y": the tag stands inside the statement, which runs to the end of the sentence ------


def test_a_tag_before_a_joined_clause_with_its_own_subject_keeps_one_statement() -> None:
    analysis = analysed_text(
        "The ferry was late, the captain said, and the harbour had been closed for an hour."
    )
    statement = statement_with(analysis, "The ferry was late")
    assert (
        statement.text == "The ferry was late, the captain said, and the harbour had been closed for an hour"
    )
    assert len(analysis.statements) == 1


def test_a_tag_with_its_hearer_inside_the_predicate() -> None:
    analysis = analysed_text(
        "Wind power was not, she told the committee, the answer the region had been promised."
    )
    statement = statement_with(analysis, "Wind power")
    assert (
        statement.text
        == "Wind power was not, she told the committee, the answer the region had been promised"
    )


def test_a_phrasal_cue_as_a_tag_after_the_subject() -> None:
    analysis = analysed_text("Unemployment, he pointed out, has fallen for six months in a row.")
    statement = statement_with(analysis, "has fallen")
    assert statement.text == "Unemployment, he pointed out, has fallen for six months in a row"


def test_an_inverted_tag_speaks_through_its_own_subject() -> None:
    analysis = analysed_text(
        'The settlement, said Jan Morrow of the drivers\' union, was "a step in the right direction".'
    )
    statement = statement_with(analysis, "a step in the right direction")
    assert statement.text.startswith("The settlement, said Jan Morrow")
    assert statement.speaker == "Jan Morrow"


def test_a_tag_before_only_that() -> None:
    analysis = analysed_text("That is not to say the plan is dead, she added, only that it needs more money.")
    statement = statement_with(analysis, "it needs more money")
    assert statement.text == "That is not to say the plan is dead, she added, only that it needs more money"


def test_a_condition_after_the_tag_is_not_taken_in() -> None:
    analysis = analysed_text("The plant will close, the firm said, unless a buyer is found.")
    statement = statement_with(analysis, "The plant will close")
    assert statement.text == "The plant will close"


def test_a_quotation_before_the_tag_stays_a_direct_quote() -> None:
    analysis = analysed_text("''He is a fine man,'' the developer said, adding that they played golf.")
    statement = statement_with(analysis, "He is a fine man")
    assert statement.kind == "direct"
    assert statement.text == "He is a fine man,"


# --- relative cues the parser misreads -----------------------------------------------------------------


def test_a_charge_read_as_a_second_subject_is_the_office_denial() -> None:
    analysis = analysed_text(
        "Ruth Dale accused the board of secrecy. The council, she said, had been told by its auditors that "
        "the accounts were wrong, a charge the Cabinet Office rejected."
    )
    first = statement_with(analysis, "had been told")
    assert first.text == "The council, she said, had been told by its auditors that the accounts were wrong"
    assert first.speaker == "Ruth Dale"
    charge = statement_with(analysis, "a charge")
    assert charge.text == "a charge"
    assert charge.speaker == "Cabinet Office"


def test_a_tag_left_bare_by_a_reporters_aside_goes_with_it() -> None:
    analysis = analysed_text(
        "Ruth Dale accused the board of secrecy. The scheme had been warned against by lawyers, she said, a "
        "charge the Foreign Office rejected."
    )
    statement = statement_with(analysis, "warned against")
    assert statement.text == "The scheme had been warned against by lawyers"


def test_an_offence_the_accused_denies() -> None:
    analysis = analysed_text("The driver was charged with an offence he denies.")
    statement = statement_with(analysis, "an offence")
    assert statement.text == "an offence"
    assert statement.stance == "denial"


def test_a_claim_that_the_company_disputes_is_a_relative_cue() -> None:
    analysis = analysed_text("Workers said the site was unsafe, a claim that the company disputes.")
    assert statement_with(analysis, "the site was unsafe").text == "the site was unsafe"
    claim = statement_with(analysis, "a claim")
    assert claim.text == "a claim"
    assert claim.stance == "denial"


def test_a_point_the_editors_confirmed() -> None:
    analysis = analysed_text(
        "The author said the data had been collected before the vote, a point the editors confirmed."
    )
    point = statement_with(analysis, "a point")
    assert point.text == "a point"
    assert point.stance == "confirmation"


# --- a participle of the reported act, hung on the reported clause without a comma ---------------------


def test_a_participle_of_the_reported_act_stays_in_the_report() -> None:
    analysis = analysed_text("Dana Cole said she had written to the minister urging him to reconsider.")
    assert [s.text for s in analysis.statements] == [
        "she had written to the minister urging him to reconsider"
    ]


def test_a_participle_misread_on_an_infinitive_stays_in_the_report() -> None:
    analysis = analysed_text(
        "Adeyemi said a depot supervisor had written to head office in January asking for the lorry to be "
        "taken off the road."
    )
    assert [s.text for s in analysis.statements] == [
        "a depot supervisor had written to head office in January asking for the lorry to be taken off the "
        "road"
    ]


def test_a_participle_after_a_comma_is_the_speakers_next_report() -> None:
    analysis = analysed_text("The firm said it had met the union, saying that talks would go on.")
    assert statement_with(analysis, "it had met").text == "it had met the union"
    assert statement_with(analysis, "talks would go on").text == "talks would go on"


# --- "apologised for X": what the speaker says sorry for --------------------------------------------------


def test_what_is_apologised_for_is_the_statement() -> None:
    analysis = analysed_text("The chief executive apologised for the delay.")
    statement = statement_with(analysis, "the delay")
    assert statement.text == "the delay"
    assert statement.speaker is not None and "chief executive" in statement.speaker


def test_a_relative_clause_after_the_apology_is_the_reporters() -> None:
    analysis = analysed_text(
        "The firm later apologized for the way the recall had been handled, which came days after a warning."
    )
    assert statement_with(analysis, "the recall").text == "the way the recall had been handled"


def test_apologising_to_someone_says_nothing_about_what() -> None:
    assert not analysed_text("The mayor apologised to the families.").statements


# --- a press document is no person a pronoun can stand for ----------------------------------------------


def test_she_after_an_editorial_is_never_the_editorial() -> None:
    analysis = analysed_text(
        "Ilse Varga keeps a yellowed cutting by the till. It is a 2001 editorial that called her bakery "
        '"charming but doomed", and she says she reads it every week.'
    )
    statement = statement_with(analysis, "she reads it every week")
    assert "editorial" not in (statement.speaker or "")
