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
    # The reporter tells the denial; the speaker's words that follow give its grounds (since round 5 the
    # spokeswoman's roles hold the body she speaks for, so Calder's own denial just before is carried on).
    (
        "Calder Foods disputed the inspectors' figures. A spokeswoman said the freezers at its plant had "
        "been checked by an outside engineer in March.",
        "the freezers at its plant",
        "denial",
        "carries on the denial of the party it speaks for",
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
    # "n't" glued to its verb ("haven't", "wouldn't", "don't") is read as "not" by every pattern.
    (
        '"We haven\'t ruled out a strike," the union leader, Ada Moss, said.',
        "We haven't ruled out",
        "non_denial",
        "keeping options open",
    ),
    (
        "\"I wouldn't comment on a colleague's contract,\" the club's manager, Iain Bell, said.",
        "I wouldn't comment",
        "refusal",
        "words declining to comment",
    ),
    (
        '"I don\'t recall the meeting," the former aide, Tim Rowe, told the committee.',
        "I don't recall",
        "non_denial",
        "professed ignorance",
    ),
    # Keeping options open: "we'll see", "nothing is off the table".
    (
        '"We\'ll see what the judges decide," the coach, Rui Costa, said of a possible appeal.',
        "We'll see what",
        "non_denial",
        "keeping options open",
    ),
    (
        'Asked about a tax rise, the finance minister, Eva Lind, said: "Nothing is off the table."',
        "Nothing is off the table",
        "non_denial",
        "keeping options open",
    ),
    # An answer put off or professed beyond the speaker now: "too early to say", "couldn't say how",
    # "would have to check".
    (
        "A police spokesman, Jon Hale, said it was too early to say whether the fire was set on purpose.",
        "too early to say",
        "non_denial",
        "too early to say",
    ),
    (
        "The driver, Paul Wynn, said he could not say how the brakes had failed.",
        "he could not say how",
        "non_denial",
        "professed ignorance",
    ),
    (
        "Asked how many nurses had left, the hospital director, Mia Roth, said she would have to check.",
        "she would have to check",
        "non_denial",
        "professed ignorance",
    ),
    # "I shouldn't have" owns a fault, like "I should have".
    (
        '"I signed papers I shouldn\'t have signed," the former treasurer, Lou Grant, told the court.',
        "I signed papers",
        "confirmation",
        "admission",
    ),
    # Details kept back as confidential: a refusal.
    (
        '"The terms of the settlement are confidential," a spokeswoman for the insurer said.',
        "The terms of the settlement",
        "refusal",
        "keeps the details confidential",
    ),
    # Meeting the standard one is charged with failing affirms one's propriety: a denial.
    (
        "Inspectors said the school's kitchens were unsafe. The school's head, Greta Holm, said the kitchens "
        "met every national hygiene standard.",
        "the kitchens met every",
        "denial",
        "affirms it meets the standard",
    ),
    (
        'The toy maker Brio Lane said its rattles "meet or exceed all safety requirements."',
        "meet or exceed",
        "denial",
        "affirms it meets the standard",
    ),
    # Reports dismissed as malicious speculation are judged untrue.
    (
        'A palace spokesman, Anders Berg, described the reports as "malicious speculation."',
        "the reports as",
        "denial",
        "words judging a claim untrue",
    ),
    # A denial told in the passive names the denier by "by": "That account was contradicted by X, who said".
    (
        "The airline said the pilot had been told of the storm. That account was contradicted by the pilots' "
        "union chief, Nils Ekdahl, who said the warning had reached the cockpit after take-off.",
        "the warning had reached the cockpit",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    # A promise made after withholding a yes or no is a promise, a claim.
    (
        "Asked whether any director had sold shares, the chief executive, Ian Cole, said he would have to "
        "check, and promised to reply in writing.",
        "to reply in writing",
        "claim",
        "plain assertion",
    ),
    # "There is nothing" under someone else's telling reports that party's denial: the speaker's own claim.
    (
        '"For a year the bank told its customers there was nothing wrong," the plaintiffs\' lawyer, Ada '
        "Quist, said.",
        "For a year the bank told",
        "claim",
        "plain assertion",
    ),
    # Taking the complaints seriously, with words between, notes a report without answering it.
    (
        "Asked about the staff survey, the retailer said it took every complaint made by its workers "
        "seriously.",
        "took every complaint",
        "non_denial",
        "taking note of a report",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
