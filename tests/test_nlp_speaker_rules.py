"""Speakers and statements: general constructions of news English, on sentences written for this test."""

from __future__ import annotations

import pytest

from briefing.model import Article

# (text, phrase inside the statement, a word of the speaker's name)
SPEAKERS = [
    # "X issued a statement saying …": the issuer speaks.
    ("The ministry issued a statement saying the border would reopen on Friday.", "the border", "ministry"),
    # Verbs of manner beside a quotation.
    ('"We will not be moved," Helen Carr pressed.', "We will not be moved", "Carr"),
    ('"That is a bargain," Peter Holm quipped.', "That is a bargain", "Holm"),
    # A parenthetical cue inside the quotation.
    ('"The talks," Minister Omar Said said, "are over."', "are over", "Said"),
    # Speech verbs and phrases the cue list lacked.
    ("Senator Maya Cole pointed out that the bill had no funding.", "the bill had no funding", "Cole"),
    ("Governor Ian Price made clear that taxes would not rise.", "taxes would not rise", "Price"),
    ("Union leader Kim Bauer expressed concern that jobs would be lost.", "jobs would be lost", "Bauer"),
    ("Mayor Ana Ruiz reminded voters that the election was on Sunday.", "the election was on Sunday", "Ruiz"),
    # "according to" in every position.
    ("According to the ministry, the border will reopen on Friday.", "the border will reopen", "ministry"),
    ("The border, according to the ministry, will reopen on Friday.", "will reopen", "ministry"),
    ("The border will reopen on Friday, according to the ministry.", "The border will reopen", "ministry"),
    # A noun cue with its owner.
    ("Mayor Rosa Kent repeated her vow that the buses would be free.", "the buses would be free", "Kent"),
    # A headline of the form "Name: quote".
    (
        'Mayor Rosa Kent: "The buses will be free"\n\nThe city council met on Monday.',
        "The buses will",
        "Kent",
    ),
    # A quantifier head keeps the group as the speaker.
    (
        "Democrats in the Senate met on Monday. Many of them said the bill was dead.",
        "the bill was dead",
        "Democrat",
    ),
    # He/she can refer to a description, not only to a named person.
    ("The actor arrived late. He said the script had changed.", "the script had changed", "actor"),
    # A description matches the person named in that role.
    (
        "Dana Ortiz, the candidate, spoke in Ohio. The candidate said wages must rise.",
        "wages must rise",
        "Ortiz",
    ),
]

# Speech verbs in a sense that is not speech: no statement.
NOT_SPEECH = [
    ("The court declared the law void.", "the law void"),
    ("The government declared a state of emergency in the north.", "a state of emergency"),
    ("The firm sells a product called Clearwater.", "Clearwater"),
]


@pytest.fixture(scope="module")
def analyze():
    from briefing.nlp.analyze import analyze

    return analyze


@pytest.mark.parametrize(("text", "phrase", "speaker"), SPEAKERS, ids=[c[1] for c in SPEAKERS])
def test_the_statement_and_its_speaker(analyze, text: str, phrase: str, speaker: str) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    at = text.index(phrase)
    holding = [s for s in analysis.statements if s.start <= at < s.end]
    assert holding, f"no statement holds {phrase!r}: {[s.text for s in analysis.statements]}"
    statement = min(holding, key=lambda s: s.end - s.start)
    assert statement.speaker is not None and speaker.lower() in statement.speaker.lower(), statement.speaker


@pytest.mark.parametrize(("text", "phrase"), NOT_SPEECH, ids=[c[1] for c in NOT_SPEECH])
def test_a_speech_verb_in_another_sense_is_no_statement(analyze, text: str, phrase: str) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    at = text.index(phrase)
    assert not [s.text for s in analysis.statements if s.start <= at < s.end]
