"""Answers that deny, evade or admit without a verb saying so, on sentences written for this test.

A speaker who has just denied something and goes on talking, with nobody else speaking between, is
still rebutting it; one who has just withheld a yes or no is still evading. Deflections, refusing to
concede, denying any part in something, an emphatic "did" and errors owned up to in answer are the
other constructions here. Each case names a phrase inside the statement, the stance a reader gives it
and the rule that must give it (``Statement.stance_rule``).
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # Carrying on a denial: the speaker's own account of what happened, given next, is the rebuttal.
    (
        'Mayor Tom Brill rejected the claims on Tuesday. "I paid for every flight out of my own pocket," '
        'Brill said. "The receipts were all filed with the council in March."',
        "I paid for every flight",
        "denial",
        "continues the speaker's denial",
    ),
    (
        'Mayor Tom Brill rejected the claims on Tuesday. "I paid for every flight out of my own pocket," '
        'Brill said. "The receipts were all filed with the council in March."',
        "The receipts were all filed",
        "denial",
        "continues the speaker's denial",
    ),
    # "denied X and said Y": a plan or a charge against someone else is not the reason for the denial.
    (
        "The haulage firm Dunmore Freight denied the allegations and said it would keep working with the "
        "regulator.",
        "it would keep working",
        "claim",
        "plain assertion",
    ),
    (
        "Mayor Tom Brill denied the report and accused his rival of leaking the council's payroll.",
        "his rival of leaking",
        "claim",
        "plain assertion",
    ),
    # Somebody else speaking between ends the answer: what the speaker says later stands on its own.
    (
        'Mayor Tom Brill rejected the claims on Tuesday. "He is hiding something," said councillor Joan '
        'Pike. "I paid for every flight out of my own pocket," Brill said.',
        "I paid for every flight",
        "claim",
        "plain assertion",
    ),
    # Insisting holds the speaker's account against another: a rebuttal, even without a denial before.
    (
        "Residents say the water has tasted of metal for months. The utility insists that its supply meets "
        "every federal standard.",
        "its supply meets",
        "denial",
        "insists against a charge",
    ),
    # ... but insisting on a call to act is a claim.
    (
        "The opposition leader, Sara Lund, insisted that the government must publish the contracts.",
        "the government must publish",
        "claim",
        "plain assertion",
    ),
    # A plan after a denial is a claim of its own.
    (
        'Mayor Tom Brill rejected the claims on Tuesday. "We will publish the accounts next week," '
        "Brill said.",
        "We will publish",
        "claim",
        "plain assertion",
    ),
    # Carrying on a withheld yes or no: what the speaker says next without answering is still evasion.
    (
        "A spokesman for Orlen Foods, Piet Vos, would neither confirm nor deny that the plant would close. "
        '"We are always reviewing our footprint," Vos said.',
        "We are always reviewing",
        "non_denial",
        "continues the speaker's withheld answer",
    ),
    # ... unless the speaker turns to what it will tell instead.
    (
        "A spokesman for Orlen Foods, Piet Vos, would neither confirm nor deny that the plant would close. "
        '"What I can tell you is that orders rose in the spring," Vos said.',
        "What I can tell you",
        "claim",
        "plain assertion",
    ),
    # Deflecting the question to someone else declines the answer: a refusal ...
    (
        'Asked which officials had signed the order, the justice minister, Hana Berg, said: "That is a '
        'matter for the prosecutors."',
        "That is a matter",
        "refusal",
        "deflects the question to others",
    ),
    # ... but in answer to a yes-or-no question about the speaker it declines to deny: a non-denial ...
    (
        'Asked whether he had taken the payments, Mayor Tom Brill said: "That is a matter for the courts."',
        "That is a matter",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    # ... and so it is after the speaker withheld a yes or no.
    (
        "Hana Berg would not say whether her department had been warned about the leak. "
        '"It is not for me to say," Berg said.',
        "It is not for me",
        "non_denial",
        "continues the speaker's withheld answer",
    ),
    # Refusing to concede a result rejects it.
    (
        "The incumbent governor, Marco Delle, refused to concede the race on Sunday.",
        "to concede the race",
        "denial",
        "refuses to concede",
    ),
    # Denying any part in something.
    (
        "The embassy said Moscow had nothing to do with the fire at the fuel depot.",
        "Moscow had nothing",
        "denial",
        "disowns any part in it",
    ),
    # ... whereas a thing having nothing to do with a motive judges the motive: a claim.
    (
        "The activist said the closures had nothing to do with the budget.",
        "the closures had nothing",
        "claim",
        "plain assertion",
    ),
    # An emphatic "did" owns up to the reported act.
    (
        "Reached by phone on Friday, councillor Joan Pike said she did sign the letter to the developer.",
        "she did sign",
        "confirmation",
        "affirms with an emphatic do",
    ),
    # Vouching for one's own account is a denial; citing another's verdict on it argues, a claim.
    (
        'Asked about the audit, Governor Paul Rhee said: "My statements to the auditors were accurate."',
        "My statements to the auditors",
        "denial",
        "speaker vouches for its own account",
    ),
    (
        'Governor Paul Rhee said: "The inspector concluded that my statements to the auditors were '
        'accurate, and that settles it."',
        "The inspector concluded",
        "claim",
        "plain assertion",
    ),
    (
        'Governor Paul Rhee said: "The inspector concluded that my statements were accurate, and what I '
        'have said is consistent with the record."',
        "The inspector concluded",
        "denial",
        "speaker vouches for its own account",
    ),
    # Answering what someone else said or asked, without denying or confirming: a non-denial.
    (
        "In response to Senator Dale's latest remarks, the mayor's office said in a statement that the "
        "mayor had a city to run.",
        "the mayor had a city to run",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    (
        '"Should we trust the council again?" asked Joan Pike, a resident. "Every council deserves a second '
        'hearing," Mayor Ana Ruiz said.',
        "Every council deserves",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    # A charge made in reply is a claim of its own.
    (
        "In response to Senator Dale's attack, Mayor Ana Ruiz accused him of spreading fear.",
        "him of spreading fear",
        "claim",
        "plain assertion",
    ),
    # Admissions without a verb of admitting.
    (
        '"We got it badly wrong," said Olu Adebayo, the chairman of Kestrel Savings.',
        "We got it badly wrong",
        "confirmation",
        "admission",
    ),
    (
        "In response to the report, a spokesman for the council said the ledger contained an accounting "
        "error.",
        "the ledger contained",
        "confirmation",
        "error admitted in answer",
    ),
    # An error found by someone else, not owned up to in answer, is a claim.
    (
        "The auditors said the ledger contained an accounting error.",
        "the ledger contained",
        "claim",
        "plain assertion",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
