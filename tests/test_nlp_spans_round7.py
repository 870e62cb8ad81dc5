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
