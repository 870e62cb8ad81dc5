"""Stance constructions of round 9, on sentences written for this test (none copied from a gold text or from
a written document).

A verb of denying in a clause that qualifies the charge ("charged with an offence he has always denied",
"wanted on charges that he rejects") tells the reader about the charge: it narrates no denial given in the
exchange, so what the speaker then says is judged by its own words.
A correction ("in fact", "actually") right after another party's account sets the speaker's version against
it: a denial; after that party's denial it restates the charge, a claim.
Sending the asker to someone else ("you would have to ask her") deflects the question: a refusal; asked
why the accuser would say so ("asked why the union would say otherwise"), the speaker answers a charge, and
the deflection withholds the answer: a non-denial.
A fault owned inside reported content ("said it had made mistakes and was sorry", "said she had got the
figures wrong", "I accept that …", "I am not going to sit here and pretend …") is an admission when the
clause's subject is the speaker or the body whose office it holds; said of someone else they charge them.
A negation that denies no act stays a claim: a constraint told ("he had no choice once …", "we had no
option") and a position held in the present progressive ("we are not asking for a state"); "I'm not saying
she lied" disclaims a charge and stays a denial. A flat "that was not so" or "that's not correct" opening
the statement judges what was just said: a denial.
"Too early to say" puts an answer off (a non-denial) in reply or opening the statement on a yes or no; a
caution told beside findings, or about the evidence ("too early to draw conclusions"), is a claim.
After a denial, the counterfactual of the accused with its "if" after ("I would tell you if there were") is
counter-evidence; after an admission, insisting that it was "nowhere near" the charge holds against it.
Each case names a phrase inside the statement, the stance a reader gives it and the rule that must give it.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # A denial told only as a description of the charge.
    (
        "The builder was arrested in May. Mr Hale, who was charged with a fraud he has always denied, told "
        "reporters that he had slept well for the first time in a year.",
        "he had slept well",
        "claim",
        "plain assertion",
    ),
    (
        "Smith, who faces accusations that she rejects, said the weather had been kind to the festival this "
        "year.",
        "the weather had been kind",
        "claim",
        "plain assertion",
    ),
    # The denier told by a relative pronoun still denies.
    (
        "Reed, who denies the charges, told the court the money had been a loan.",
        "the charges",
        "denial",
        "verb of denying",
    ),
]


CASES_CORRECTIONS = [
    (
        "The auditors said the company had overstated its profits. A company spokesman said in fact the "
        "profits had been understated.",
        "the profits had been understated",
        "denial",
        "corrects another party's account",
    ),
    (
        "The newspaper said the mayor had used a city car on holiday. The mayor's office said the car had in "
        "fact been returned a week before the trip.",
        "been returned a week before",
        "denial",
        "corrects another party's account",
    ),
    # Nothing to correct: a plain claim.
    (
        '"In fact, we are opening three new stores next year," the chief executive, Mark Dunn, said.',
        "three new stores",
        "claim",
        "plain assertion",
    ),
    # Against another party's denial a correction restates the charge.
    (
        "The depot's manager, Sam Orr, denied that safety checks had been cut. The union said that in fact "
        "the checks had stopped in March.",
        "the checks had stopped in March",
        "claim",
        "plain assertion",
    ),
]

CASES_DEFLECTING = [
    (
        "The players' union said the club owed wages. Asked why the union would say otherwise, the owner, "
        'Dan Fry, said: "You would have to ask them."',
        "You would have to ask them",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    (
        '"You\'ll have to ask the club," the agent, Rui Costa, said of the transfer fee.',
        "have to ask the club",
        "refusal",
        "deflects the question to others",
    ),
]

CASES_ADMISSIONS = [
    (
        "The inspectors said the company had ignored warnings. The company's chief executive, Dana Wells, "
        "said it had made mistakes and was sorry.",
        "it had made mistakes",
        "confirmation",
        "admits a fault of its own",
    ),
    (
        "The auditor, Sara Penn, said she had got the figures wrong and would correct them.",
        "she had got the figures wrong",
        "confirmation",
        "admits a fault of its own",
    ),
    (
        "A spokesman for the firm said the company was deeply sorry and had since hired more staff.",
        "the company was deeply sorry",
        "confirmation",
        "admits a fault of its own",
    ),
    (
        '"I accept that the forms should have been clearer," the director, Kim Lowe, said.',
        "the forms should have been clearer",
        "confirmation",
        "admits a fault of its own",
    ),
    (
        '"I am not going to sit here and pretend this is acceptable," the minister, Raj Patel, said.',
        "pretend this is acceptable",
        "confirmation",
        "admission",
    ),
    # Said of someone else, or only supposed, the words own nothing.
    (
        "The inspectors said the company had ignored warnings. The inspectors' leader, Bob Tran, said the "
        "company had made serious mistakes.",
        "the company had made serious mistakes",
        "claim",
        "plain assertion",
    ),
    (
        "The mayor, Tom Bell, said that if he had made mistakes, he would own them.",
        "he would own them",
        "claim",
        "plain assertion",
    ),
    (
        '"I am sorry she feels that way," the coach, Amy Dale, said.',
        "she feels that way",
        "claim",
        "plain assertion",
    ),
]

CASES_NEGATIONS = [
    (
        "The umpire said he had no choice once the crowd spilled onto the field.",
        "he had no choice",
        "claim",
        "plain assertion",
    ),
    (
        '"We had no option. The bridge was unsafe," the engineer, Lara Voss, said.',
        "We had no option",
        "claim",
        "plain assertion",
    ),
    (
        '"We are not asking for independence," the party leader, Omar Said, told the rally.',
        "We are not asking for independence",
        "claim",
        "plain assertion",
    ),
    (
        '"I\'m not saying she lied about the accounts," the treasurer, Paul Kerr, said.',
        "she lied about the accounts",
        "denial",
        "speaker negates its own act",
    ),
    (
        "The barrister suggested that the witness had been drinking before the crash. The witness, Ann Lee, "
        "said that was not so.",
        "that was not so",
        "denial",
        "judges what was said wrong",
    ),
    (
        'Critics said the school had lost half its teachers. "That\'s simply not correct," the head '
        "teacher, Rob Hart, said.",
        "simply not correct",
        "denial",
        "judges what was said wrong",
    ),
]

CASES_PUT_OFF = [
    (
        "A spokesman for the regulator said it was too early to say whether the inquiry would lead to "
        "charges.",
        "too early to say whether",
        "non_denial",
        "too early to say",
    ),
    (
        "Asked whether the plant would close, the manager, Tim Ross, said it was too early to say.",
        "too early to say",
        "non_denial",
        "too early to say",
    ),
    (
        "The candidate, Eva Holm, said it was too early to draw conclusions and that she would wait for the "
        "count.",
        "too early to draw conclusions",
        "claim",
        "plain assertion",
    ),
    (
        "The lead researcher, Ana Diaz, said the vaccine had been tested only in adults, and that it was too "
        "early to say whether it would protect children.",
        "tested only in adults",
        "claim",
        "plain assertion",
    ),
]

CASES_COUNTERFACTUAL = [
    (
        'The opposition said the council had a secret plan to close the library. "There is no secret plan," '
        'the council leader, Mia Ford, said. "I would tell you if there were."',
        "I would tell you if there were",
        "denial",
        "counter-evidence after a denial",
    ),
    (
        "The referee, Jon Hale, admitted there had been contact but insisted it was nowhere near enough for "
        "a red card.",
        "nowhere near enough",
        "denial",
        "insists against a charge",
    ),
]


ALL_CASES = [
    *CASES_COUNTERFACTUAL,
    *CASES,
    *CASES_CORRECTIONS,
    *CASES_DEFLECTING,
    *CASES_ADMISSIONS,
    *CASES_NEGATIONS,
    *CASES_PUT_OFF,
]


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "rule"), ALL_CASES, ids=[c[3] + ": " + c[1] for c in ALL_CASES]
)
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
