"""Which statements a sentence holds and where each ends, round 2: one statement per cue verb, cues the
list lacked, and what a refusal or a call takes with it. General constructions of news English, on
sentences written for this test (real spaCy model)."""

from __future__ import annotations

import pytest
from nlp_support import speakers_by_statement

# (text, the statement's exact text, a word of its speaker's name)
FOUND = [
    # "said X and that Y" under ONE cue is one statement, whatever verb the second "that" clause has.
    (
        "In their complaint, the drivers said the depot rarely checked the brakes and that one supervisor "
        'had told them the repairs were "not worth the money."',
        'the depot rarely checked the brakes and that one supervisor had told them the repairs were "not '
        'worth the money."',
        "drivers",
    ),
    # A verb joined to the cue with a back-shifted auxiliary and no subject goes on with the report, the
    # more so when its words are the speaker's quotation.
    (
        "The club's treasurer, Ruth Amsel, said in a letter that the committee was \"examining the ticket "
        'accounts" and would "not be drawn on any single member until that review is finished."',
        'the committee was "examining the ticket accounts" and would "not be drawn on any single member '
        'until that review is finished."',
        "Amsel",
    ),
    # The time a refusal holds for is part of what is withheld.
    (
        'The airline said in a statement that it "apologises to every passenger" but would not comment on '
        "the strike while negotiations went on.",
        "on the strike while negotiations went on",
        "airline",
    ),
    (
        "The ministry would not discuss the contract until the inquiry had reported.",
        "the contract until the inquiry had reported",
        "ministry",
    ),
    # Calling something a name: the object and a quotation right after it, even when the parser does not
    # read the quoted words as a complement.
    (
        'The mayor said she had never offered the builders a discount and called the claim "insulting to '
        'everyone who works in this building."',
        'the claim "insulting to everyone who works in this building."',
        "mayor",
    ),
    # Calling on someone to act is a demand, quoted or not, and a statement of its own.
    (
        "The opposition said in a leaflet on Sunday that the mayor had spent four nights abroad since June, "
        "and called on him to publish his full diary.",
        "him to publish his full diary",
        "opposition",
    ),
    (
        "Two senators called on the agency to release the inspection reports.",
        "the agency to release the inspection reports",
        "senators",
    ),
    # A refusal to say who or which: the question word with its preposition, apart from the confirmation.
    (
        "The ministry confirmed that the draft had been shown to foreign diplomats in May but would not "
        "say with whom.",
        "with whom",
        "ministry",
    ),
    (
        "The ministry confirmed that the draft had been shown to foreign diplomats in May but would not "
        "say with whom.",
        "the draft had been shown to foreign diplomats in May",
        "ministry",
    ),
    # Demanding an act by name: what is demanded is the statement.
    (
        "Ankara said the freighter had strayed into its waters and demanded the immediate return of the "
        "seized cargo.",
        "the immediate return of the seized cargo",
        "Turkey",
    ),
    (
        "The families demanded an apology from the health board.",
        "an apology from the health board",
        "families",
    ),
    # A time of speaking before "that": the clause is still reported, without its "that".
    (
        "The senator acknowledged late in the day that she had met the lobbyist at his lake house.",
        "she had met the lobbyist at his lake house",
        "senator",
    ),
    (
        "The minister admitted early in the week that the figures were wrong.",
        "the figures were wrong",
        "minister",
    ),
    # One statement per cue verb: a second cue joined to a verb inside the first report is its own, by the
    # same speaker.
    (
        "Hartley said he would have to ask his staff and promised to answer in writing.",
        "he would have to ask his staff",
        "Hartley",
    ),
    (
        "Hartley said he would have to ask his staff and promised to answer in writing.",
        "to answer in writing",
        "Hartley",
    ),
    # A passive aside naming its source ("as reported by", "as described by") reports the clause it
    # closes, or the fronted phrase before it.
    ("The tender was rushed, as reported by the Courier.", "The tender was rushed", "Courier"),
    (
        'From his failure to fund the clinics to his "reckless" handling of the budget – as described by the '
        "auditor – many doubt the governor can win.",
        'From his failure to fund the clinics to his "reckless" handling of the budget',
        "auditor",
    ),
    # "declined to say X" withholds X, as "would not say X" does; "declined to comment" keeps its verb.
    (
        "The spokesman declined to say how the grant had been spent.",
        "how the grant had been spent",
        "spokesman",
    ),
    (
        "The treasurer refused to provide the names of the donors who attended.",
        "the names of the donors who attended",
        "treasurer",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), FOUND)
def test_statement_found_with_its_boundaries(text: str, span: str, speaker: str) -> None:
    statements = speakers_by_statement(text)
    assert span in statements, statements
    assert speaker in (statements[span] or ""), statements


# (text, words that must not be a statement of their own)
NOT_STATEMENTS = [
    # The second "that" clause is not split off under the verb inside it.
    (
        "In their complaint, the drivers said the depot rarely checked the brakes and that one supervisor "
        'had told them the repairs were "not worth the money."',
        'the repairs were "not worth the money."',
    ),
    # Calling an event (a strike, a protest) is an act, not naming anything.
    (
        "The Federation of Port Workers, which called the stoppage, said the new shifts were unsafe.",
        "the stoppage",
    ),
    ("Organisers, who called the protest, said the march would go ahead.", "the protest"),
    # A question put to someone, or put by a document, is nobody's statement; nor a request to stay unnamed.
    (
        "The candidate was asked twice whether he would raise taxes if he won.",
        "whether he would raise taxes if he won",
    ),
    (
        "His office did not reply to an email asking whether the mayor had approved the loan.",
        "whether the mayor had approved the loan",
    ),
    (
        "A nurse, who asked that her name be withheld because she feared dismissal, said the ward was short.",
        "her name be withheld because she feared dismissal",
    ),
    # Not answering a question names the question; no answer is reported.
    ("Pressed by reporters, the minister did not answer the obvious question.", "the obvious question"),
    # Evidence pointing to something is not a speaker saying it.
    (
        "There is nothing that suggests the governor could lose the primary.",
        "the governor could lose the primary",
    ),
    ("The polls suggest voters are tired of the feud.", "voters are tired of the feud"),
]


@pytest.mark.parametrize(("text", "words"), NOT_STATEMENTS)
def test_not_a_statement_of_its_own(text: str, words: str) -> None:
    statements = speakers_by_statement(text)
    assert words not in statements, statements


def test_a_question_put_to_someone_is_not_theirs_but_one_they_ask_is() -> None:
    asked = speakers_by_statement(
        "The senator was asked whether any official had sold shares before the vote."
    )
    asking = speakers_by_statement("The senator asked whether any official had sold shares before the vote.")
    assert "whether any official had sold shares before the vote" not in asked, asked
    assert "senator" in (asking.get("whether any official had sold shares before the vote") or ""), asking


def test_declining_to_comment_keeps_its_verb() -> None:
    statements = speakers_by_statement("The spokesman declined to say how the grant had been spent.")
    plain = speakers_by_statement("The company declined to comment.")
    assert list(statements) == ["how the grant had been spent"], statements
    assert list(plain) == ["to comment"], plain
