"""Round 13 stance rules (statements13), on sentences written for this test: negated clauses that deny no
act, an office of "the company" speaking for the body that has just denied, and the accused side's own
account answering a charge made earlier without a negation.

Each case names a phrase inside the statement, the stance a reader gives it and the rule that must give it
(``Statement.stance_rule``); the cases that must stay claims show where a rule stops.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

_FILLER = (
    "The line carries about 40,000 passengers a day and employs 900 staff.\n"
    "Its fares rose by a tenth last year, and two stations are closed for repairs.\n"
)

CASES = [
    # Nothing to compare with: an emphasis on what happened, no act denied.
    (
        "The flood reached the second floor of the school.\n"
        '"I have taught here for 20 years and I have never seen anything like it," said the head teacher, '
        "Mary Lane.",
        "never seen anything like it",
        "claim",
        "plain assertion",
    ),
    # A purpose stated in the present: what the speaker is there for, no act denied.
    (
        "The inspectors visited the prison on Monday.\n"
        '"We are not here to blame anyone. We are here to find out what went wrong," said the chief '
        "inspector, Tom Hale.",
        "We are not here to blame anyone",
        "claim",
        "plain assertion",
    ),
    # An elliptical "and we didn't" after what should have been done owns the failure.
    (
        "The bank was hit by a cyber attack in May.\n"
        "\"We should have seen the warning signs, and we didn't,\" said the bank's chief executive, "
        "Ruth Barr.",
        "We should have seen",
        "confirmation",
        "admission",
    ),
    # "the company's chief executive" speaks for the company that has just denied.
    (
        "Inspectors said the Dunmore Shipping vessel had carried undeclared fuel. Dunmore Shipping rejected "
        'that.\n"Every barrel on board was declared at the port," said the company\'s chief executive, '
        "Alan Roe.",
        "Every barrel on board",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    # The accused side's own account, taking up the charge's words, with no negation.
    (
        "Passenger groups accuse Harlan Rail of failing to publish its brake inspections.\n"
        + _FILLER
        + "Harlan Rail said every brake inspection had been published on its website in March.",
        "every brake inspection had been published",
        "denial",
        "its account taking up an earlier charge",
    ),
    # No charge before it: the same account is news of its own.
    (
        "Harlan Rail opened a new depot on Monday.\n"
        + _FILLER
        + "Harlan Rail said every brake inspection had been published on its website in March.",
        "every brake inspection had been published",
        "claim",
        "plain assertion",
    ),
    # A charge against someone else is not what the speaker answers.
    (
        "Passenger groups accuse a bus operator, Corlo Coaches, of failing to publish its brake "
        "inspections.\n"
        + _FILLER
        + "Harlan Rail said every brake inspection had been published on its website in March.",
        "every brake inspection had been published",
        "claim",
        "plain assertion",
    ),
    # Something won on merit answers a charge of favouritism, like "chosen on merit".
    (
        "Critics say the mayor steered the bridge contract to a friend.\n"
        "The builder, Tom Reid, said his firm had won the contract on merit.",
        "his firm had won the contract on merit",
        "denial",
        "affirms its own propriety",
    ),
    # Charging someone with admitting less than the truth is no admission of the speaker's.
    (
        "The trial of the former treasurer entered its second week.\n"
        'Her lawyer, Sam Odell, said the club\'s president had "known much more than he now admits".',
        "known much more than he now admits",
        "claim",
        "plain assertion",
    ),
    # Staying put, told in the present progressive, is an intention: no act denied.
    (
        "The council voted to sell the playing field on Monday.\n"
        '"We are not going away, and we will see them in court," said the residents\' leader, Joan Pike.',
        "We are not going away",
        "claim",
        "plain assertion",
    ),
    # Counsel for a party that denied earlier answers for the client: a denial, paragraphs on.
    (
        "Joan Reed, 48, denies four counts of theft from the bakery where she worked.\n"
        "The prosecutor, Tom Vale, told the jury she had taken £20,000 from the tills over two years.\n"
        "Mrs Reed's barrister, Ann Cole, said her client had always meant to repay the money.",
        "her client had always meant to repay",
        "denial",
        "answers for the client who denied",
    ),
    # What counsel says of someone else named is a charge of its own, not the client's side.
    (
        "Joan Reed, 48, denies four counts of theft from the bakery where she worked.\n"
        "The prosecutor, Tom Vale, told the jury she had taken £20,000 from the tills over two years.\n"
        "Mrs Reed's barrister, Ann Cole, said the manager, Omar Reyes, had kept the keys to the tills.",
        "had kept the keys",
        "claim",
        "plain assertion",
    ),
    # A charge withheld ("did not accuse any country") keeps back who did it: a refusal.
    (
        "Two undersea cables were cut in the strait last month.\n"
        "The defence minister, Ivo Lind, did not accuse any country of sabotage.",
        "any country",
        "refusal",
        "verb of refusing",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
