"""Stance constructions of round 6, on sentences written for this test (none copied from a gold text), in the
order the round-6 documents showed them failing.

A person is never "it": in reported speech "she said it was not fixed until June" tells of the thing, it
denies no act of hers. A question the speaker puts to itself and answers with a flat no is a denial. Words
declining to answer whose object is a yes or no ("I can't tell you whether …") withhold it: a non-denial.
Not having read the report yet puts the answer off: a non-denial.
Each case names a phrase inside the statement, the stance a reader gives it and the rule that must give it.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # A person speaking of "it" tells of a thing; an organisation's "it" is still the speaker.
    (
        "The engineer, Priya Lal, said she raised the fault in January. It was not fixed until June, she "
        "said.",
        "It was not fixed until June",
        "claim",
        "plain assertion",
    ),
    (
        "The nurse, Carol Betts, said the ward had been short of staff for months. It had not been inspected "
        "since 2021, she said.",
        "It had not been inspected since 2021",
        "claim",
        "plain assertion",
    ),
    (
        "The union said the firm had laid off 40 drivers. Marlow Haulage said it had not laid off anyone.",
        "it had not laid off anyone",
        "denial",
        "speaker negates its own act",
    ),
    # A question the speaker asks itself and answers with a no.
    (
        '"Did we cut corners on the build? Absolutely not," the developer\'s managing director, Owen Price, '
        "said.",
        "Did we cut corners",
        "denial",
        "answers its own question with a no",
    ),
    (
        'The mayor, Ana Ruiz, admitted she had not disclosed the loan. "Was it a mistake not to mention it? '
        'Yes. Did I take a single euro from the city? No," she said.',
        "Did I take a single euro",
        "denial",
        "answers its own question with a no",
    ),
    # Declining to tell whether: the yes or no is withheld.
    (
        'The union said the minister had been sent the safety review in May. "I read a great many papers '
        "that spring. I can't tell you whether that review was one of them,\" the minister, Ruth Calder, "
        "said.",
        "I can't tell you whether",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "\"I'm not going to tell you if we have made an offer,\" the club's chairman, Lee Hart, said.",
        "going to tell you if we have made an offer",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    # Not having read the report yet.
    (
        "The auditors' report criticised the port authority's chairman, Neil Hurst. Hurst said he had not "
        "yet read the report.",
        "he had not yet read the report",
        "non_denial",
        "has not yet read it",
    ),
    (
        'Asked about the letter from the parents, the bishop, Paul Tye, said: "I haven\'t seen it yet."',
        "I haven't seen it yet",
        "non_denial",
        "has not yet read it",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
