"""Denials, non-denials, refusals and admissions that news English gives without the verb that names them,
on sentences written for this test: the speaker's own account of what happened, carried on after its
denial; the grounds given for a denial the reporter has just told ("X disputed that account. The company
said …"); and the other constructions of round 3 below. Each case names a phrase inside the statement, the
stance a reader gives it and the rule that must give it.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # After a denial, the same speaker's account of past events tells its side of the story: a denial.
    (
        'Councillor Tom Reyes denied taking money from the developer. "I paid for those dinners myself, '
        'and I kept the receipts," Reyes said.',
        "I paid for those dinners",
        "denial",
        "continues the speaker's denial",
    ),
    (
        'The harbour master, Ilse Varga, denied that the quay had been neglected. "We dredged it in May, as '
        'the contract required," she said.',
        "We dredged it in May",
        "denial",
        "continues the speaker's denial",
    ),
    # The reporter tells the denial; the speaker's words that follow give its grounds.
    (
        "Calder Foods disputed the inspectors' figures. A spokeswoman said the freezers at its plant had "
        "been checked by an outside engineer in March.",
        "the freezers at its plant",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    (
        "The harbour master, Ilse Varga, rejected the fishermen's complaint. The quay had been dredged in "
        "May, she said, as the contract required.",
        "The quay had been dredged",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    (
        'Mayor Ana Ruiz cried foul. "Those were two separate budgets, and the council approved both," Ruiz '
        "said.",
        "Those were two separate budgets",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    # Negative news after another party's words contradicts nothing it said: a claim.
    (
        "The law professor Lena Aho said the ruling was a heavy blow to the ministry. The ministry said no "
        "new flights had been booked for the spring.",
        "no new flights had been booked",
        "claim",
        "plain assertion",
    ),
    (
        'Union leader Omar Haddad said the talks had been "a waste of everyone\'s time." The port authority '
        "said the cranes had not moved a single container since Monday.",
        "the cranes had not moved",
        "claim",
        "plain assertion",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
