"""Speakers of issue 9's sixth round (section 3), on sentences written for these tests (real spaCy model):
a he or she after a quotation goes to the one person the sentence before names, when that sentence is
about something else (its subject is no person).
"""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

# --- a pronoun after a quotation: the person the sentence before named ---------------------------


def test_a_pronoun_goes_to_the_agent_of_a_passive_sentence_before() -> None:
    analysis = analysed_text(
        "Oliver Greaves said the firm had every confidence in the attribution.\n\n"
        "The tests were carried out by Peter Johnson, a chemist at the University of Leeds, who is careful "
        "about what they can show. “I can tell you how old the varnish is. I can’t tell you who applied "
        "it,” he says."
    )
    assert statement_with(analysis, "how old the varnish is").speaker == "Peter Johnson"


def test_a_pronoun_goes_to_the_person_a_reply_came_from() -> None:
    analysis = analysed_text(
        "Ray Okafor leads the union. Senator Carl Whitfield said he would ask for hearings. “They deserve "
        "answers,” Whitfield said.\n\n"
        "The airline's claim that no passenger had been at risk drew a sharp reply from Okafor. “They "
        "don't know that,” he said."
    )
    assert statement_with(analysis, "They don't know that").speaker == "Ray Okafor"


def test_a_person_subject_before_keeps_the_pronoun() -> None:
    # the sentence before is about its subject, who is the one the pronoun goes on with
    analysis = analysed_text(
        "Mark Hill chairs the committee. He met Tom Baker on Monday. “We agreed on nothing,” he said."
    )
    assert statement_with(analysis, "We agreed on nothing").speaker == "Mark Hill"
