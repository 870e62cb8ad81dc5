"""Statements, round 11: constructions of news English the cue rules missed or cut wrongly, on sentences
written for this test (real spaCy model)."""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

# --- "accused of X, which she denies": the accused denies the charge ----------------------------------------


def test_a_charge_answered_by_which_is_what_the_accused_denies() -> None:
    analysis = analysed_text(
        "Marta Lindqvist, 51, is accused of forging invoices and misleading auditors, which she denies."
    )
    assert [s.text for s in analysis.statements] == ["forging invoices and misleading auditors"]
    statement = analysis.statements[0]
    assert statement.speaker is not None and "Lindqvist" in statement.speaker
    assert statement.stance == "denial"


def test_a_charge_brought_with_which_he_denies() -> None:
    analysis = analysed_text(
        "The lorry driver is charged with causing death by careless driving, which he denies."
    )
    statement = statement_with(analysis, "careless driving")
    assert statement.text == "causing death by careless driving"
    assert statement.speaker is not None and "driver" in statement.speaker
    assert statement.stance == "denial"


def test_which_after_a_plain_clause_still_stands_for_it() -> None:
    analysis = analysed_text("The council approved the car park, which residents rejected.")
    assert statement_with(analysis, "which").text == "which"


# --- "those who …": a group only its relative clause describes keeps the clause as its name -----------------


def test_those_who_spoke_are_the_speaker() -> None:
    analysis = analysed_text("The ferry was cancelled twice. Those who waited said the staff had been kind.")
    statement = statement_with(analysis, "the staff had been kind")
    assert statement.speaker == "Those who waited"


def test_some_of_those_who_attended_are_the_speaker() -> None:
    analysis = analysed_text("Some of those who attended the hearing said the questions had been hostile.")
    statement = statement_with(analysis, "the questions had been hostile")
    assert statement.speaker == "Some of those who attended the hearing"


# --- "branded X a Y": the name given is part of what was said -----------------------------------------------


def test_the_name_a_branding_gives_is_in_the_statement() -> None:
    analysis = analysed_text("The opposition leader branded the budget a disgrace on Tuesday.")
    statement = statement_with(analysis, "the budget")
    assert statement.text == "the budget a disgrace"
    assert statement.speaker is not None and "opposition leader" in statement.speaker


# --- "said in a tweet that …": the complementizer the parser took for an object is not what was said --------


def test_that_after_a_place_of_speaking_opens_the_report() -> None:
    analysis = analysed_text("The health agency said in a tweet that cases had doubled.")
    assert [s.text for s in analysis.statements] == ["cases had doubled"]


def test_a_relative_that_before_the_cue_is_left_alone() -> None:
    analysis = analysed_text("She asked for more buses, a request that the council said it would consider.")
    assert "it would consider" in [s.text for s in analysis.statements]


# --- "It was, she said, “a mistake.”": a quotation after the tag completes the clause before it -----------


def test_a_quotation_completing_the_clause_across_the_tag_is_one_mixed_statement() -> None:
    analysis = analysed_text(
        "Ruth Akers ran the shelter for a decade. The closure was, she said, “a failure of nerve.”"
    )
    assert [s.text for s in analysis.statements] == ["The closure was, she said, “a failure of nerve.”"]
    statement = analysis.statements[0]
    assert statement.kind == "mixed"
    assert statement.speaker == "Ruth Akers"


def test_a_bare_copula_before_the_tag_waits_for_the_quotation() -> None:
    analysis = analysed_text("Ruth Akers left the shelter in May. She is, she said, “in no hurry.”")
    assert [s.text for s in analysis.statements] == ["She is, she said, “in no hurry.”"]


# --- the subject of the clause a tag interrupts is never the tag's he or she --------------------------------


def test_the_subject_a_tag_interrupts_is_not_its_speaker() -> None:
    analysis = analysed_text("Nadia Kerr ran the shelter for a decade. The closure, she said, was a failure.")
    statement = statement_with(analysis, "was a failure")
    assert statement.speaker != "closure"


# --- a name the tagger read as an organisation, taken up by "she" as the next subject, is a person ----------


def test_a_name_taken_up_by_she_is_the_speaker() -> None:
    analysis = analysed_text("Nadia Kerr ran the shelter for a decade. She said the money had gone.")
    statement = statement_with(analysis, "the money had gone")
    assert statement.speaker == "Nadia Kerr"
    assert [p.type for p in analysis.parties if p.name == "Nadia Kerr"] == ["PERSON"]


# --- light verbs that utter what their object names: "raised concerns that …", "gave an assurance that …" ---


def test_concerns_raised_are_a_statement_of_who_raised_them() -> None:
    analysis = analysed_text("Two councillors raised concerns that the bridge repairs would overrun.")
    statement = statement_with(analysis, "the bridge repairs would overrun")
    assert statement.text == "the bridge repairs would overrun"
    assert statement.speaker is not None and "councillors" in statement.speaker


def test_an_assurance_given_is_a_statement() -> None:
    analysis = analysed_text("The treasurer gave an assurance that every deposit would be repaid.")
    assert statement_with(analysis, "every deposit").text == "every deposit would be repaid"


def test_fears_the_news_raised_are_no_ones_statement() -> None:
    analysis = analysed_text("The glacier shrank by a fifth, raising fears that the valley will run dry.")
    assert not analysis.statements


# --- "pushed back against the claim that …", "hit back at the suggestion that …": the claim rebutted --------


def test_what_is_pushed_back_against_is_the_claim_with_its_clause() -> None:
    analysis = analysed_text("The mayor pushed back against the claim that she had misled the council.")
    assert [s.text for s in analysis.statements] == ["the claim that she had misled the council"]


def test_hitting_back_at_a_suggestion_rebuts_it() -> None:
    analysis = analysed_text("The coach hit back at the suggestion that his players were unfit.")
    statement = statement_with(analysis, "the suggestion")
    assert statement.text == "the suggestion that his players were unfit"
    assert statement.stance == "denial"


# --- a headline "Name: ‘quote’" whose name the tagger left unnamed ------------------------------------------


def test_a_headline_surname_before_the_colon_is_the_speaker() -> None:
    analysis = analysed_text(
        "Akers: ‘We will not back down’\n\nThe trade minister Ruth Akers spoke in Geneva on Monday."
    )
    statement = statement_with(analysis, "We will not back down")
    assert statement.kind == "direct"
    assert statement.speaker == "Ruth Akers"


def test_a_headline_topic_before_the_colon_is_no_speaker() -> None:
    analysis = analysed_text("Inflation: ‘The worst is over’\n\nEconomists were cautious on Monday.")
    assert all(s.speaker != "Inflation" for s in analysis.statements)


def test_a_headline_quotation_then_colon_then_name_is_that_persons() -> None:
    analysis = analysed_text(
        "“No more excuses”: Ruth Akers on the tariff row\n\nThe trade minister spoke in Geneva on Monday."
    )
    statement = statement_with(analysis, "No more excuses")
    assert statement.speaker == "Ruth Akers"


def test_a_headline_quotation_then_colon_then_a_description_names_no_one() -> None:
    analysis = analysed_text("“No more excuses”: the view from the factory floor\n\nWorkers spoke on Monday.")
    assert statement_with(analysis, "No more excuses").speaker is None


# --- a headline "X to do Y, Z says": the report without a finite verb before the closing tag ---------------


def test_a_headline_infinitive_report_before_says() -> None:
    analysis = analysed_text("Tariffs to stay, minister says\n\nThe trade minister spoke in Geneva.")
    statement = statement_with(analysis, "Tariffs to stay")
    assert statement.text == "Tariffs to stay"
    assert statement.speaker is not None and "minister" in statement.speaker


# --- "owed $3m.": the full stop the tokenizer keeps with an amount's unit closes the sentence ---------------


def test_the_full_stop_after_an_amount_is_not_in_the_statement() -> None:
    analysis = analysed_text("The haulier said it owed its drivers £4m.")
    assert [s.text for s in analysis.statements] == ["it owed its drivers £4m"]


def test_the_sentence_after_an_amount_is_not_in_the_statement() -> None:
    analysis = analysed_text("The haulier said it owed its drivers £4m. It paid £1m in May.")
    assert [s.text for s in analysis.statements] == ["it owed its drivers £4m"]


# --- "…, something the company disputes": the pronoun labelling the clause a relative cue answers ----------


def test_something_the_company_disputes_is_its_denial() -> None:
    analysis = analysed_text("Drivers say the depot is unsafe, something the company disputes.")
    assert statement_with(analysis, "the depot is unsafe").text == "the depot is unsafe"
    answer = statement_with(analysis, "something")
    assert answer.text == "something"
    assert answer.speaker is not None and "company" in answer.speaker
    assert answer.stance == "denial"


def test_evidence_given_that_is_the_witness_statement() -> None:
    analysis = analysed_text("The surveyor, Ian Cole, gave evidence that the roof had been patched twice.")
    statement = statement_with(analysis, "the roof had been patched twice")
    assert statement.text == "the roof had been patched twice"
    assert statement.speaker == "Ian Cole"


# --- "questioned the claim that …": a clause-only cue answering a claim it names ---------------------------


def test_a_questioned_claim_is_the_statement() -> None:
    analysis = analysed_text("The professor questioned the claim that one dose would be enough.")
    statement = statement_with(analysis, "one dose")
    assert statement.text == "the claim that one dose would be enough"
    assert statement.speaker is not None and "professor" in statement.speaker


def test_questioning_people_is_no_statement() -> None:
    assert not analysed_text("Detectives questioned two men about the fire.").statements
