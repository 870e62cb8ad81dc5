"""Which statements a sentence holds and where each ends, round 3: parenthetical cues inside a clause
that closes on a quotation, refusals with the time of the question, and the words a report ends on.
General constructions of news English, on sentences written for this test (real spaCy model)."""

from __future__ import annotations

import pytest

from briefing.model import Article


@pytest.fixture(scope="module")
def analyze():
    from briefing.nlp.analyze import analyze

    return analyze


def _statements(analyze, text: str) -> dict[str, str | None]:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    return {s.text: s.speaker for s in analysis.statements}


# (text, the statement's exact text, a word of its speaker's name)
FOUND = [
    # "X, she said, Y": the clause around a parenthetical cue is reported whole, also when it closes on a
    # quotation (then it is mixed).
    (
        "Mayor Ann Cole spoke on Monday. The route of the bypass, she said, had been fixed by the regional "
        'planners, "not by my office and not by the builder."',
        'The route of the bypass, she said, had been fixed by the regional planners, "not by my office and '
        'not by the builder."',
        "Cole",
    ),
    (
        "The defence lawyer, Priya Nandi, addressed the jury last. The invoices, she said, had been signed "
        'by the auditors and the charge rested on "a grudge and a spreadsheet."',
        'The invoices, she said, had been signed by the auditors and the charge rested on "a grudge and a '
        'spreadsheet."',
        "Nandi",
    ),
    # A refusal "when approached / when contacted / when asked": the time the question was put is not
    # what was withheld.
    (
        "The goalkeeper, Tomas Brandt, declined to comment when approached after the match in Leipzig.",
        "to comment",
        "Brandt",
    ),
    (
        "A spokesman for the bank declined to comment when contacted by the newspaper on Friday.",
        "to comment",
        "spokesman",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), FOUND)
def test_statement_found_with_its_boundaries(analyze, text: str, span: str, speaker: str) -> None:
    statements = _statements(analyze, text)
    assert span in statements, statements
    assert speaker in (statements[span] or ""), statements


def test_a_clause_that_is_all_quotation_stays_two_direct_quotes(analyze) -> None:
    statements = _statements(
        analyze, 'Mayor Ann Cole spoke on Monday. "The route," she said, "had been fixed by the planners."'
    )
    assert "The route," in statements and "had been fixed by the planners." in statements, statements
