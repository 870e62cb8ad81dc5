"""Round 12 stance rule, on sentences written for this test: a negated account answering a charge made
paragraphs before it, in the reporter's words or another party's.

Each case names a phrase inside the statement, the stance a reader gives it and the rule that must give it
(``Statement.stance_rule``); the cases that must stay claims show where the rule stops.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

_FILLER = (
    "The board runs four treatment plants in the valley and employs about 300 people.\n"
    "Its budget was cut by a tenth last year, and two of the plants are due for repairs.\n"
    "Residents have held three public meetings since the summer.\n"
)

CASES_CHARGE_FAR_BACK = [
    # The charge opens the article; the answer comes three paragraphs on, with no denial word.
    (
        "The Marle Valley water board was accused on Monday of dumping untreated sewage into the river.\n"
        + _FILLER
        + "A spokeswoman for the water board said no untreated sewage had been dumped into the river.",
        "no untreated sewage had been dumped",
        "denial",
        "negated content taking up an earlier charge",
    ),
    (
        "Opposition councillors alleged that the mayor, Ines Corbett, had hidden the audit from the "
        "finance committee.\n"
        + _FILLER
        + "A spokesman for Corbett said the audit had never been hidden from the finance committee.",
        "the audit had never been hidden",
        "denial",
        "negated content taking up an earlier charge",
    ),
    # No charge before it: the same negated account is news of its own.
    (
        "The Marle Valley water board published its annual report on Monday.\n"
        + _FILLER
        + "A spokeswoman for the water board said no untreated sewage had been dumped into the river.",
        "no untreated sewage had been dumped",
        "claim",
        "plain assertion",
    ),
    # A charge against someone else is not what the speaker answers.
    (
        "A paper mill upstream was accused on Monday of dumping untreated sewage into the river.\n"
        + _FILLER
        + "A spokeswoman for the water board said no untreated sewage had been dumped into the river.",
        "no untreated sewage had been dumped",
        "claim",
        "plain assertion",
    ),
    # The speaker's side is named, but the negated act takes up one word of the charge only.
    (
        "The Marle Valley water board was accused on Monday of dumping untreated sewage into the river.\n"
        + _FILLER
        + "A spokeswoman for the water board said the new plant had not opened on time.",
        "the new plant had not opened on time",
        "claim",
        "plain assertion",
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "rule"),
    CASES_CHARGE_FAR_BACK,
    ids=[c[3] + ": " + c[1] for c in CASES_CHARGE_FAR_BACK],
)
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
