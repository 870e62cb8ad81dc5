"""Statement spans of issue 9's seventh round (section 3), on sentences written for these tests (real
spaCy model): where an indirect statement ends when a second report stands inside it.
"""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

# --- a concession with its own cue, hung on a clause nested in the report -----------------------------


def test_a_concession_hung_on_a_nested_clause_ends_the_first_report() -> None:
    analysis = analysed_text(
        "Dr Lena Hart said the results suggested that other rivers in the county might also be "
        "recovering faster than thought, though she cautioned that the Dane was unusually clean "
        "because of its chalk bed."
    )
    statement = statement_with(analysis, "the results suggested")
    assert statement.text == (
        "the results suggested that other rivers in the county might also be recovering faster than thought"
    )
    second = statement_with(analysis, "the Dane was unusually clean")
    assert second.text == "the Dane was unusually clean because of its chalk bed"


# --- the reported clause's subject, with a relative clause, read as the cue's object -----------------


def test_a_subject_with_a_relative_clause_read_as_object_opens_the_report() -> None:
    analysis = analysed_text(
        "The authors said dust from Saharan storms, which darkens the ice and makes it absorb more "
        "sunlight, accounted for about a third of the extra melt."
    )
    statement = statement_with(analysis, "accounted for")
    assert statement.text == (
        "dust from Saharan storms, which darkens the ice and makes it absorb more sunlight, accounted "
        "for about a third of the extra melt"
    )


def test_a_subject_with_a_relative_clause_read_as_object_before_a_joined_verb() -> None:
    analysis = analysed_text(
        "Doctors said fumes from the factory, which burns waste and releases soot, caused most of the "
        "asthma cases."
    )
    statement = statement_with(analysis, "caused most")
    assert (
        statement.text
        == "fumes from the factory, which burns waste and releases soot, caused most of the asthma cases"
    )


# --- "said X and declined to say Y": the refusal is the speaker's next act ----------------------------


def test_a_joined_refusal_to_say_ends_the_report_after_a_copula_clause() -> None:
    analysis = analysed_text(
        "A ministry spokeswoman said the meeting was “constructive” and declined to say when the envoys "
        "would return."
    )
    statement = statement_with(analysis, "the meeting was")
    assert statement.text == "the meeting was “constructive”"
    second = statement_with(analysis, "the envoys would return")
    assert second.text == "when the envoys would return"
