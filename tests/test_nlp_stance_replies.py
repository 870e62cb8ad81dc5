"""Answers that news English marks without a verb of denying, on sentences written for this test: the act or
the blame put on someone else ("drafted by the sales team, not by her"); the marks of a reply ("Asked on
Friday whether …", "Asked about the delay, …", "Pressed on …", a question put in the paragraph before); and
declining to answer a yes-or-no question about the speaker's own side, which withholds the yes or no. Each
case names a phrase inside the statement, the stance a reader gives it and the rule that must give it.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # Passing the act or the blame to someone else answers the charge: a denial.
    (
        "The contract was signed by the former chairman, not by the current board, a spokesman for the club "
        "said.",
        "signed by the former chairman",
        "denial",
        "puts the act on someone else",
    ),
    (
        '"It was the contractor, not the council, that closed the road," the council leader, Joan Pirie, '
        "said.",
        "It was the contractor",
        "denial",
        "puts the act on someone else",
    ),
    (
        "Ms Ortiz said the memo had been written by her deputy and not by her.",
        "the memo had been written",
        "denial",
        "puts the act on someone else",
    ),
    (
        "The transport minister, Karl Ambe, said the responsibility lay with the operator, not the ministry.",
        "the responsibility lay",
        "denial",
        "puts the act on someone else",
    ),
    (
        '"The board, not the chief executive, approved the loans," a spokeswoman for Pellam Bank said.',
        "The board, not the chief executive",
        "denial",
        "puts the act on someone else",
    ),
    (
        "The union's negotiators, not the company, walked out first, the firm's director, Ian Holt, said.",
        "walked out first",
        "denial",
        "puts the act on someone else",
    ),
    (
        "Voters, not judges, should decide this, the senator, Ed Marsh, said.",
        "should decide this",
        "claim",
        "plain assertion",
    ),
    # An instruction "not to" act is no act passed on, and a view of who ought to decide is a claim.
    (
        "The officers said the driver had been told by the police not to leave the town.",
        "the driver had been told",
        "claim",
        "plain assertion",
    ),
    (
        "The senator said the question should be decided by voters, not by judges.",
        "the question should be decided",
        "claim",
        "plain assertion",
    ),
    # A yes-or-no question put with words between "asked" and "whether", or at the end of the paragraph
    # before, is what the statement answers; an answer that neither denies nor confirms is a non-denial.
    (
        "Asked on Monday whether he would stand again, the senator said he was focused on the budget.",
        "he was focused on the budget",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    (
        "Reporters asked the minister, Ilse Baum, whether she would resign over the report.\n"
        '"I have a job to do, and I intend to do it," Baum said.',
        "I have a job to do",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    (
        "The senator, Ruth Amis, was asked twice whether she would back the bill. She smiled.\n"
        '"Our state deserves a careful debate," Amis said.',
        "Our state deserves a careful debate",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    (
        "At the briefing, the mayor, Lee Ford, was asked repeatedly if he would run again.\n"
        '"My focus is on the flood repairs," Ford said.',
        "My focus is on the flood repairs",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    # The words that open a reply's sentence mark it: what it then admits or corrects answers the charge.
    (
        "Asked about the missing invoices, the director, Ruth Vale, said the accounts contained a filing "
        "error.",
        "the accounts contained a filing error",
        "confirmation",
        "error admitted in answer",
    ),
    (
        "Pressed on the timing, the chief executive, Omar Reyes, said the plant had in fact closed in March.",
        "the plant had in fact closed",
        "denial",
        "correction in answer",
    ),
    (
        'When pressed by reporters, the manager, Lisa Marr, said: "That was my responsibility."',
        "That was my responsibility",
        "confirmation",
        "owns the fault",
    ),
    (
        'The manager, Lisa Marr, was pressed on the delays. "It is my responsibility," she said.',
        "It is my responsibility",
        "confirmation",
        "owns the fault",
    ),
    # Being asked about a topic charges nobody: saying something else about it is a claim.
    (
        "Asked about the new stadium, the mayor, Tom Hale, said the city would open it in May.",
        "the city would open it",
        "claim",
        "plain assertion",
    ),
    # Declining to answer a yes-or-no question about the speaker's own side withholds the yes or no.
    (
        "Asked whether she had met the lobbyist, the minister, Ana Costa, said she was not going to answer "
        "questions about her diary.",
        "she was not going to answer",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "Asked on Friday whether he had taken the payments, Mr Lund said he would not speculate.",
        "he would not speculate",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "Asked whether he would veto the bill, Governor Sam Price said he was still studying it. Pressed by "
        'reporters, he added: "I won\'t answer a hypothetical."',
        "I won't answer a hypothetical",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "Asked whether Norlen Foods was in talks with buyers, Norlen said in a statement that it would not "
        "comment on market rumours.",
        "it would not comment",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "Asked whether the bank had broken the rules, a spokesman for Osric Bank said he would not comment.",
        "he would not comment",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    # Asked about anything else, declining to answer is a refusal; so is a spokesman's "no comment" when
    # a deal is asked about ("a" is no word of the speaker's name).
    (
        "Asked whether a deal with the union was close, a spokesman for Osric Bank said he would not "
        "comment.",
        "he would not comment",
        "refusal",
        "words declining to comment",
    ),
    (
        "Asked whether the river would flood again, the hydrologist, Mia Stone, said she would not "
        "speculate.",
        "she would not speculate",
        "refusal",
        "words declining to comment",
    ),
    (
        "The judge, Paul Kerr, said he was not going to answer questions about the case.",
        "he was not going to answer",
        "refusal",
        "words declining to comment",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
