"""Answers that news English gives without a verb of denying, refusing or admitting, on sentences written
for this test: a negating subject ("nobody", "no funds"), a reply marked around the quote ("in a reply",
"asked by a reporter whether"), a bare "Neither" to an either-or charge, the cause put elsewhere ("caused
by X, not Y"), a concession turned by "but", owning a fault, having no information to release, keeping
every option open and a withheld yes or no on a topic ("would not be drawn on whether"). Each case names
a phrase inside the statement, the stance a reader gives it and the rule that must give it.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # A subject that negates its clause ("nobody", "no funds") denies the act, in a reply.
    (
        'The mayor blamed the port authority for the flooding. "Nobody at the port opened those gates," '
        "the authority's director, Ines Varga, wrote in a reply.",
        "Nobody at the port",
        "denial",
        "negated content in answer",
    ),
    (
        "Asked about the report, treasurer Carl Amis said no funds had gone missing from the account.",
        "no funds had gone missing",
        "denial",
        "negated content in answer",
    ),
    # Declining to comment on a yes-or-no question about the speaker's own side withholds the yes or no.
    (
        "Asked by a reporter whether she had met the lobbyist, Senator Ruth Okafor said, "
        '"I am not going to get into my private meetings."',
        "not going to get into",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    # A withheld yes or no on a topic: "would not be drawn on whether", "would not comment on whether".
    (
        "The party chairman, Ole Sand, would not be drawn on whether he would stand again.",
        "he would stand again",
        "non_denial",
        "refusal of a yes-or-no answer",
    ),
    (
        "A bank spokeswoman, Lena Roth, would not comment on whether the bank had frozen the accounts.",
        "the bank had frozen",
        "non_denial",
        "refusal of a yes-or-no answer",
    ),
    # "Neither" to an either-or charge rejects both.
    (
        '"Did you mislead the board, or did the board mislead itself?" the shareholder Pia Lund asked. '
        '"Neither," the chief executive, Tom Ekker, said.',
        "Neither",
        "denial",
        "a no in answer",
    ),
    # "We did not know" tells what the speaker knew then: a negated act, not professed ignorance of a report.
    (
        'Asked about the report, the plant manager Joe Kerr said: "We did not know what was in the tanks."',
        "We did not know",
        "denial",
        "speaker negates its own act",
    ),
    # Owning a fault is an admission; taking on the responsibility one is charged with, in reply, too.
    (
        '"This was my mistake, and I own it," the minister, Karl Aune, told reporters.',
        "This was my mistake",
        "confirmation",
        "owns the fault",
    ),
    (
        '"Whose fault is this?" asked the councillor Mia Holt. "It is my responsibility to fix it, and I '
        'will," the director, Ben Farr, replied.',
        "It is my responsibility",
        "confirmation",
        "owns the fault",
    ),
    # Naming the shortcoming just conceded carries on the admission.
    (
        "Director Ana Prieto acknowledged that her office had not checked the permits. "
        '"That is a serious lapse, and we are fixing it," Prieto said.',
        "That is a serious lapse",
        "confirmation",
        "continues the speaker's admission",
    ),
    # Putting the cause elsewhere corrects the charge.
    (
        "The governor's spokesman, Raul Vidal, said the shortage was caused by the supplier, "
        "not the governor.",
        "the shortage was caused",
        "denial",
        "puts the cause elsewhere",
    ),
    (
        "The railway's chief, Nora Bell, said the crash was caused by a signal fault and not, as critics "
        "have claimed, by driver fatigue.",
        "the crash was caused",
        "denial",
        "puts the cause elsewhere",
    ),
    # A concession turned by "but" into a rebuttal: the negated clause after it denies.
    (
        "The charity's treasurer, Olga Berg, admitted that its records were incomplete but said no donations "
        "had been lost.",
        "no donations had been lost",
        "denial",
        "rebuts after conceding",
    ),
    # Having no information to release withholds details: a refusal, not a denial.
    (
        "Asked about the convoy, the defence spokesman Ivo Petrov said he had no information to release.",
        "no information to release",
        "refusal",
        "words declining to comment",
    ),
    # Keeping every option open.
    (
        '"Nothing has been ruled out," the coach, Sam Reid, said of his future.',
        "Nothing has been ruled out",
        "non_denial",
        "keeping options open",
    ),
    (
        '"I am not ruling anything in or out," said the senator, Paula Greer.',
        "I am not ruling anything",
        "non_denial",
        "keeping options open",
    ),
    # Not accepting a claim rejects it.
    (
        'Reporters put the union\'s complaint to the warden, Ada Moss. "We do not accept those claims," Moss '
        "replied.",
        "We do not accept",
        "denial",
        "does not accept the claim",
    ),
    # A verdict of untruth on figures put about answers them.
    (
        "The hospital's director, Ken Yu, said the waiting-time figures were false.",
        "the waiting-time figures were false",
        "denial",
        "words judging a claim untrue",
    ),
    # Counter-evidence carried on after a denial: the record to check, a comparison, the counterfactual.
    (
        'Councillor Eva Lind denied hiding the donation. "I reported the gift that week. It is on the '
        "council's register,\" Lind said.",
        "It is on the",
        "denial",
        "counter-evidence after a denial",
    ),
    (
        "The airline's chief, Omar Sahin, rejected the pilots' claims. \"We employ more pilots this "
        'year than we did in 2019," Sahin said.',
        "We employ more pilots",
        "denial",
        "counter-evidence after a denial",
    ),
    (
        'The treasurer, Ida Quist, denied that she had concealed the loan. "If I had wanted to conceal it, '
        'I would never have put it in the annual report," Quist said.',
        "If I had wanted",
        "denial",
        "counter-evidence after a denial",
    ),
    # Negated acts right after another party's account contradict it: "X said A. Y said nobody did A".
    (
        "The mayor's aide, Jan Coyle, said the office had contacted every family on the street. The "
        "residents' spokesman, Abel Hart, said no one from the office had visited them.",
        "no one from the office",
        "denial",
        "negated content after another party's account",
    ),
    (
        "The striker, Luis Prado, denied any part in the betting scheme. His agent, Mona Keller, said "
        "Prado had never placed a bet on any match.",
        "Prado had never placed",
        "denial",
        "negated content after another party's account",
    ),
    # A request with a negated clause denies nothing, and what the same speaker says next stays a claim.
    (
        'Lars Ek denied the charge. A guard, who asked that his name not be used, said: "We all saw it. We '
        'just did not think anyone would care."',
        "We all saw it",
        "claim",
        "plain assertion",
    ),
    # A present verdict on what something is ("it's not a game") denies no act of the speaker.
    (
        'The transport ministry said of the rural bus grant: "It is not a subsidy. It is an investment."',
        "It is not a subsidy",
        "claim",
        "plain assertion",
    ),
    # Quotation marks inside an indirect statement do not hide the words declining to comment.
    (
        'The airline\'s spokeswoman, Tara Wolfe, said the company would not "speculate about the cause" '
        "of the crash.",
        "the company would not",
        "refusal",
        "words declining to comment",
    ),
    # The yes-or-no question may be put in the reporter's words just before the quote, in its paragraph.
    (
        "Asked whether he had discussed the contract with the developer, Mayor Hugo Lenz smiled. "
        '"I am not going to get into private meetings," he said.',
        "I am not going to get into",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    # A question asks: it neither keeps options open nor denies.
    (
        'The host, Rita Alvarez, pressed the minister. "So you are not ruling out a tax rise?" Alvarez said.',
        "So you are not ruling out",
        "claim",
        "asks a question",
    ),
    # Not committing either way, as the reporter tells it, keeps the options open.
    (
        "Asked about the report, the minister, Joan Fry, said she would study it but did not commit to a "
        "review.",
        "she would study it",
        "non_denial",
        "keeping options open",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
