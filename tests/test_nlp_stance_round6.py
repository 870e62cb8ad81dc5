"""Stance constructions of round 6, on sentences written for this test (none copied from a gold text), in the
order the round-6 documents showed them failing.

A person is never "it": in reported speech "she said it was not fixed until June" tells of the thing, it
denies no act of hers. A question the speaker puts to itself and answers with a flat no is a denial. Words
declining to answer whose object is a yes or no ("I can't tell you whether …") withhold it: a non-denial.
Not having read the report yet puts the answer off: a non-denial.
Second batch: the speaker's figures or records pointed to after its denial ("the figures show …") are
counter-evidence; "asked directly whether" puts a yes-or-no question; "that was wrong" opening a statement
judges what was said; following the body's policy "to the letter" and being chosen "on merit" affirm
propriety (not under a negation); ignorance professed beside a past act denied ("I never saw it") is a
denial; in reported speech in answer to a question, "did not know" is the present moved back, professed
ignorance; passing the question on ("that is for the regulator, not for me") after keeping the options
open keeps the answer open.
Third batch: a rhetorical "so why would I?" closing a statement asks nothing; "could have done better"
said of the speaker's own side (by name, by the body its office holder serves, or "we") admits, said of
someone else it charges; the counterfactual of the accused "if there had been X, you would see it" after
a denial is counter-evidence.
Fourth batch: not knowing the details ("I don't know the details of that contract") professes ignorance;
someone else's not knowing ("staff did not know the doors were locked") still answers the account.
Fifth batch: naming the accusation against one ("called the lawsuit 'revisionist history'") judges what it
is, as "the allegations are a smear" does; a name that weighs it ("a serious matter") or a critic's
verdict on a report with more to it ("a damning indictment of the government") does not.
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

CASES_SECOND = [
    (
        "The campaigners said the hospital had cut its night staff. The hospital's director, Ruth Abbey, "
        "said no shifts had been cut.\n"
        "The figures show that the hospital had more nurses on nights this winter than last, she said.",
        "The figures show that",
        "denial",
        "counter-evidence after a denial",
    ),
    (
        "Fishermen said the trawler had switched off its beacon. The owner, Lev Orlov, said the captain had "
        'never touched the beacon. "Our tracking records show the ship inside the zone the whole time," he '
        "said.",
        "Our tracking records show",
        "denial",
        "counter-evidence after a denial",
    ),
    (
        "Asked directly whether the club had offered the coach a contract, the director of rugby, Alan "
        'Reeve, said: "We talk to a lot of people. That is the job."',
        "We talk to a lot of people",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    (
        "The newspaper said the embassy had been warned in advance. The ministry said that was wrong.",
        "that was wrong",
        "denial",
        "judges what was said wrong",
    ),
    (
        "The union claimed the agency had broken its own rules. The agency's head, Irene Vos, said staff had "
        "followed the agency's conflict-of-interest policy to the letter.",
        "staff had followed",
        "denial",
        "affirms its own propriety",
    ),
    (
        "The council's opponents said the contract had gone to a friend of the leader. The firm's owner, Dan "
        "Cole, said his company had been chosen on merit.",
        "his company had been chosen on merit",
        "denial",
        "affirms its own propriety",
    ),
    # Under a negation the same words charge a failing.
    (
        "The auditor, Kim Lowe, said the trust had not followed its own procurement policy.",
        "the trust had not followed",
        "claim",
        "plain assertion",
    ),
    (
        "The singer's former manager said her accountant had signed off every payment. \"I don't know what "
        "he's talking about. I never saw a royalty statement from that company,\" the accountant, Howard "
        "Bell, said.",
        "I never saw a royalty statement",
        "denial",
        "speaker negates its own act",
    ),
    (
        "Asked whether the board had approved the payment, the treasurer, Joan Pike, said she did not know "
        "how the payment had been signed off.",
        "she did not know how",
        "non_denial",
        "professed ignorance",
    ),
    (
        'The minister, Tom Ashe, would not rule out a fine for the operator. "That is for the regulator, not '
        'for me," he said.',
        "That is for the regulator",
        "non_denial",
        "deflects the question after keeping options open",
    ),
]

CASES_THIRD = [
    (
        "The opposition said Cllr Ainsworth should step aside. Cllr Derek Ainsworth said he would not. "
        '"I have done nothing wrong, so why would I?" he said.',
        "I have done nothing wrong",
        "denial",
        "speaker negates its own act",
    ),
    (
        '"Why would anyone trust them now?" the campaigner, Ella Hart, asked.',
        "Why would anyone trust them",
        "claim",
        "asks a question",
    ),
    (
        "The researcher said the company had ignored her emails. Paylo's chief executive, Conor Fahy, said "
        "Paylo could have done better.",
        "Paylo could have done better",
        "confirmation",
        "could have done better, said of itself",
    ),
    (
        "The union's leader, Ian Moss, said the council could have acted sooner to save the pool.",
        "the council could have acted sooner",
        "claim",
        "plain assertion",
    ),
    (
        "Nurses said managers had told them to remove patients from the list. The chief executive, Simon "
        'Achebe, denied it. "If there had been a policy of removing people from the list, you would see it '
        'in the data," he said.',
        "If there had been a policy",
        "denial",
        "counter-evidence after a denial",
    ),
]

CASES_FOURTH = [
    (
        "Asked whether the land had been sold below its value, the mayor, Rosa Lind, said she did not know "
        "the details of the sale.",
        "she did not know the details",
        "non_denial",
        "professed ignorance",
    ),
    (
        "\"I don't know the details of that contract,\" the club's owner, Keith Lavery, said when asked "
        "whether he had approved it.",
        "I don't know the details",
        "non_denial",
        "professed ignorance",
    ),
    (
        "The inspectors said the fire doors had been locked. The manager, Joe Hill, said staff did not know "
        "the doors were locked.",
        "staff did not know",
        "denial",
        "negated content after another party's account",
    ),
]

CASES_FIFTH = [
    (
        "The singer sued her former manager, Lionel Pratt, for unpaid royalties. Pratt called the lawsuit "
        '"revisionist history".',
        "the lawsuit",
        "denial",
        "judges what the accusation is",
    ),
    (
        "The opposition said the council had hidden the figures. The council's leader, Sue Blake, called the "
        'opposition\'s claims "a cheap stunt".',
        "opposition's claims",
        "denial",
        "judges what the accusation is",
    ),
    (
        "The opposition leader, Tim Ross, called the report a damning indictment of the government.",
        "a damning indictment",
        "claim",
        "plain assertion",
    ),
    (
        "The union's leader, Ann Cole, called the allegations a serious matter.",
        "a serious matter",
        "claim",
        "plain assertion",
    ),
]


ALL_CASES = [*CASES, *CASES_SECOND, *CASES_THIRD, *CASES_FOURTH, *CASES_FIFTH]


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "rule"), ALL_CASES, ids=[c[3] + ": " + c[1] for c in ALL_CASES]
)
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
