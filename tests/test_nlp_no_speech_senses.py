"""Verbs of denying and rejecting in senses that are acts, not speech, on sentences written for this test:
withholding something ("was denied bail") and turning down a proposal or a case by a vote or a ruling."""

from __future__ import annotations

import pytest

from briefing.model import Article

NOT_SPEECH = [
    ("The reporter was denied bail on Monday.", "bail"),
    ("The border guards denied them entry for six hours.", "entry"),
    ("The union rejected the pay offer on Tuesday.", "pay offer"),
    ("Parliament rejected the bill by 300 votes to 250.", "the bill"),
    ("The court dismissed the lawsuit against the two farmers.", "lawsuit"),
]

STILL_SPEECH = [
    ("The minister dismissed the case as a political stunt.", "political stunt", "denial"),
    ("The president denied that he had known about the loans.", "known about the loans", "denial"),
    ("The council rejected claims that it had ignored the warnings.", "ignored the warnings", "denial"),
]


@pytest.fixture(scope="module")
def analyze():
    from briefing.nlp.analyze import analyze

    return analyze


@pytest.mark.parametrize(("text", "words"), NOT_SPEECH, ids=[c[1] for c in NOT_SPEECH])
def test_withholding_or_voting_down_is_no_statement(analyze, text: str, words: str) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    at = text.index(words)
    assert not [s.text for s in analysis.statements if s.start <= at < s.end]


@pytest.mark.parametrize(("text", "words", "stance"), STILL_SPEECH, ids=[c[1] for c in STILL_SPEECH])
def test_naming_or_a_clause_keeps_the_denial(analyze, text: str, words: str, stance: str) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    at = text.index(words)
    holding = [s for s in analysis.statements if s.start <= at < s.end]
    assert holding and holding[0].stance == stance, [(s.text, s.stance) for s in analysis.statements]
