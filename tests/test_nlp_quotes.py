"""Quotation pairing on the raw text: by type, over paragraphs, never swallowing the article."""

from __future__ import annotations

from briefing.model import split_paragraphs
from briefing.nlp.quotes import find_quotes, normalise_for_parser


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, split_paragraphs(text))]


def test_curly_and_straight_double_quotes_are_found() -> None:
    text = '“We will sign,” she said. He replied: "Not today."'
    assert quoted(text) == ["We will sign,", "Not today."]


def test_single_curly_quotes_inside_a_double_quote_stay_inside_it() -> None:
    text = "“He told me, ‘No deal,’ and left,” the envoy said."
    assert quoted(text) == ["He told me, ‘No deal,’ and left,"]


def test_apostrophes_do_not_pair_with_quotation_marks() -> None:
    text = "“The minister’s view hasn’t changed,” an aide said of the ministers’ talks."
    assert quoted(text) == ["The minister’s view hasn’t changed,"]


def test_angle_quotes_pair_with_each_other() -> None:
    text = "«Nous ne signerons pas», a déclaré le ministre."
    assert quoted(text) == ["Nous ne signerons pas"]


def test_a_quote_running_over_paragraphs_is_one_quotation() -> None:
    text = "“First paragraph of the answer.\n\n“Second paragraph, and the end.”\n\nThe reporter wrote on."
    quotes = find_quotes(text, split_paragraphs(text))
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end].endswith("and the end.")
    assert quotes[0].first_paragraph == 0 and quotes[0].last_paragraph == 1


def test_an_unclosed_mark_ends_with_its_paragraph_and_never_raises() -> None:
    text = "He said “we are ready\n\nThe next paragraph is narration.\n\n“A real quote,” she said."
    assert quoted(text) == ["we are ready", "A real quote,"]


def test_stray_closing_marks_and_odd_counts_do_not_raise() -> None:
    for text in ["” stray closer", '"""', "« « »", "‘", "a ” b “ c", "", "''"]:
        find_quotes(text, split_paragraphs(text))  # no exception


def test_the_parser_sees_straight_quotes_at_the_same_offsets() -> None:
    text = "«Oui», “yes” and ‘maybe’"
    normal = normalise_for_parser(text)
    assert len(normal) == len(text)
    assert normal == '"Oui", "yes" and ‘maybe’'


def test_a_mark_typed_the_wrong_way_round_still_closes_its_quote() -> None:
    text = "“It's unusual,“ said the lawyer. “Very,” he added."
    assert quoted(text) == ["It's unusual,", "Very,"]
