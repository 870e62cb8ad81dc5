"""Each stance construction of news English as a general rule, on sentences written for this test.

Every case names a phrase inside the statement, the stance a reader gives it and the rule that must
give it (``Statement.stance_rule``, what ``briefing eval --verbose`` and the reader show as "why").
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

from briefing.model import Statement

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # Negated positions, complaints of not being paid and where talks stand are claims, not denials.
    (
        "Senator Ruth Kim said she did not support the farm bill.",
        "did not support",
        "claim",
        "plain assertion",
    ),
    (
        "The nurses' union said its members had not been paid for three months.",
        "had not been paid",
        "claim",
        "plain assertion",
    ),
    (
        "The envoy said there had been no progress in the border talks.",
        "no progress",
        "claim",
        "plain assertion",
    ),
    # Rebuttals in a quotation: "not the case", "none of that is true", "it didn't happen".
    (
        "A blog said the coach took cash from agents. \u201cThat is simply not the case,\u201d coach Sam Orr "
        "said.",
        "not the case",
        "denial",
        "words judging a claim untrue",
    ),
    (
        "A blog said the coach took cash from agents. \u201cNone of that is true,\u201d coach Sam Orr said.",
        "None of that",
        "denial",
        "words judging a claim untrue",
    ),
    (
        "A blog said the coach took cash from agents. \u201cIt didn\u2019t happen,\u201d coach Sam Orr said.",
        "happen",
        "denial",
        "words judging a claim untrue",
    ),
    # A verb of denying in the speaker's own words, opening the statement.
    (
        "A blog said the club hid its debts. \u201cWe reject these claims completely,\u201d a club spokesman "
        "said.",
        "We reject",
        "denial",
        "speaker denies in its words",
    ),
    # A negation inside the quotation is not the cue's: "“Absolutely not,” she said" refuses nothing.
    (
        "A blog said the coach took cash from agents. \u201cAbsolutely not,\u201d coach Sam Orr said.",
        "Absolutely not",
        "claim",
        "plain assertion",
    ),
    (
        "A blog said the coach took cash from agents. \u201cI don\u2019t know where they got that "
        "from,\u201d coach Sam Orr said.",
        "where they got",
        "non_denial",
        "professed ignorance",
    ),
    # Affirming one's own propriety answers a charge of wrongdoing.
    (
        "The dairy was accused of polluting the stream. The dairy said it had complied with all water rules.",
        "complied with all",
        "denial",
        "affirms its own propriety",
    ),
    (
        "Councillor Mia Dunn said she had acted within the law when she hired her nephew.",
        "acted within the law",
        "denial",
        "affirms its own propriety",
    ),
    (
        "Mayor Leo Grant said the payments were entirely legal.",
        "entirely legal",
        "denial",
        "affirms its own propriety",
    ),
    # "a lie", "no merit", "nothing more than rumours": verdicts on the claim answered.
    (
        "A blog said the coach would quit. The coach said the story was a lie.",
        "the story was a lie",
        "denial",
        "words judging a claim untrue",
    ),
    (
        "The league said the accusations had no merit.",
        "no merit",
        "denial",
        "words judging a claim untrue",
    ),
    # Where a decision or an inquiry stands, and not being consulted, deny no act of the speaker.
    (
        "Governor Ann Ruiz said she had not decided whether to run again.",
        "had not decided",
        "claim",
        "plain assertion",
    ),
    ("The detectives said they had not found a motive.", "had not found", "claim", "plain assertion"),
    (
        "The farmers' union said it had not been consulted about the new rules.",
        "had not been consulted",
        "claim",
        "plain assertion",
    ),
    # Affirming that the reported act happened, or an account amended to admit it, confirms.
    (
        "A report said the envoy discussed the loans. A colleague said the envoy did, in fact, discuss "
        "the loans with the bankers.",
        "in fact, discuss",
        "confirmation",
        "affirms the reported act",
    ),
    (
        'Asked again about the call, Tom Hale said: "I now recall that we spoke that evening."',
        "I now recall",
        "confirmation",
        "affirms the reported act",
    ),
    # A verdict on the claim itself is a denial; "it was wrong to …" judges an act and stays a claim.
    (
        "A report said the bakery had hidden its losses. The bakery said the report was wrong.",
        "the report was wrong",
        "denial",
        "judges the claim wrong",
    ),
    (
        "The union published strike figures on Monday. Officials at the depot said the figures were "
        "greatly exaggerated.",
        "greatly exaggerated",
        "denial",
        "judges the claim wrong",
    ),
    (
        "Councillor Ray Obi said it was wrong to close the library.",
        "wrong to close",
        "claim",
        "plain assertion",
    ),
    # Professing innocence answers a charge; "innocent bystanders" professes nothing.
    (
        "Lawyers for the singer Tom Vale said he is innocent of every charge.",
        "is innocent",
        "denial",
        "professes innocence",
    ),
    (
        "Innocent bystanders were hurt in the crash, the fire brigade said.",
        "Innocent bystanders",
        "claim",
        "plain assertion",
    ),
    # Vouching for one's account, with what it was about between the noun and the verdict.
    (
        "The mayor was accused of misleading the council. Mayor Ada Lind said all of her earlier "
        "statements on the contract had been accurate.",
        "had been accurate",
        "denial",
        "speaker vouches for its own account",
    ),
    # Material put about as evidence, called fake: a rebuttal.
    (
        "A clip of the minister spread online on Sunday. The ministry said the video was fake.",
        "the video was fake",
        "denial",
        "words judging a claim untrue",
    ),
    # Professed ignorance in answer to a report is a non-denial, neither a denial nor a claim.
    (
        "A newspaper reported that the councillor owned shares in the builder. "
        '"I have no idea what they are talking about," said councillor Ben Ashby.',
        "no idea",
        "non_denial",
        "professed ignorance",
    ),
    (
        "Asked about the leaked memo, Rita Osei said she had never heard of it.",
        "never heard",
        "non_denial",
        "professed ignorance",
    ),
    (
        "Questioned about the missing funds, treasurer Omar Haddad said he did not recall whether "
        "the transfer was signed.",
        "did not recall",
        "non_denial",
        "professed ignorance",
    ),
    # Keeping options open is a non-denial.
    (
        "Minister Carl Jensen said the government reserves the right to impose tariffs.",
        "reserves the right",
        "non_denial",
        "keeping options open",
    ),
    (
        "General Anna Berg would not rule out sending more troops to the border.",
        "sending more troops",
        "non_denial",
        "keeping options open",
    ),
    # A denial is a rebuttal: denial words aimed at someone else and a negation that answers nothing
    # are claims.
    (
        "Senator Joan Pike said her opponent's television ads were misleading.",
        "television ads",
        "claim",
        "plain assertion",
    ),
    (
        '"We are not afraid of scrutiny," said party chair Lena Voss.',
        "not afraid",
        "claim",
        "plain assertion",
    ),
    (
        "Critics accused the mayor of hiding the audit. "
        "Mayor Luis Ortega said the allegations were baseless.",
        "the allegations were baseless",
        "denial",
        "words judging a claim untrue",
    ),
    # A correction given in answer to a report the article presents is a denial.
    (
        "Responding to the report, the agency said the payments were in fact approved by the board.",
        "the payments were",
        "denial",
        "correction in answer",
    ),
    # Admissions inside the content are confirmations.
    (
        '"I should have disclosed the loan sooner," Mayor Tom Reid said.',
        "disclosed the loan",
        "confirmation",
        "admission",
    ),
    (
        '"We could have handled the recall better," said Priya Nair, the firm\'s chief executive.',
        "handled the recall",
        "confirmation",
        "admission",
    ),
    # Refusal verbs beyond "decline" and "refuse".
    (
        "A spokesman for the league would not define what counts as a breach.",
        "counts as a breach",
        "refusal",
        "verb of refusing",
    ),
    # Negation does not leak across "and" to the next verb.
    (
        "The company did not reveal the price and said the deal would close in May.",
        "the deal would close",
        "claim",
        "plain assertion",
    ),
    # "n’t" with a curly apostrophe is "n't".
    (
        "“That isn’t true,” said Tom Hale, the club’s treasurer.",
        "true",
        "denial",
        "words judging a claim untrue",
    ),
    # Negated perceiving told in the past denies an act; in the present it states a view.
    (
        "Councillor Bo Hart insisted he had not seen the tender documents before the vote.",
        "had not seen",
        "denial",
        "speaker negates its own act",
    ),
    (
        "Councillor Bo Hart said he did not see a problem with the tender.",
        "did not see a problem",
        "claim",
        "plain assertion",
    ),
    # A verdict on a claim with what it said in between: "reports that … were wrong".
    (
        "Reports that the harbour master had resigned were wrong, the port authority said.",
        "were wrong",
        "denial",
        "judges the claim wrong",
    ),
    # Rebuttal words about the thing answered: scorn, a quotation or picture put about unfairly, "not
    # what she said".
    (
        "The mayor's office called the newspaper story \u201cutter garbage.\u201d",
        "utter garbage",
        "denial",
        "words judging a claim untrue",
    ),
    (
        "Coach Ben Idris said the quote had been taken out of context by the website.",
        "taken out of context",
        "denial",
        "words judging a claim untrue",
    ),
    (
        "Minister Kai Rowe said that was not what she said at the summit.",
        "not what she said",
        "denial",
        "words judging a claim untrue",
    ),
    # Scorn for someone else's plan, not a claim made against the speaker, stays a claim.
    (
        "Councillor Ada Fenn said the rival plan to close the library was ludicrous.",
        "ludicrous",
        "claim",
        "plain assertion",
    ),
    # Professing not to be the one to answer is a refusal.
    (
        "The coroner, Ilse Varga, said she was not qualified to comment on the hospital's staffing.",
        "not qualified to comment",
        "refusal",
        "words declining to comment",
    ),
    (
        "\u201cI'm not the right person to comment on the budget,\u201d deputy Rui Sol said.",
        "not the right person to comment",
        "refusal",
        "words declining to comment",
    ),
    # A verdict that the charge has failed.
    (
        "Party chair Odile Brun said the opposition's bribery narrative had collapsed under questioning.",
        "had collapsed",
        "denial",
        "judges the claim collapsed",
    ),
    (
        "\u201cTheir whole case is in tatters,\u201d defence lawyer Amos Keel said.",
        "in tatters",
        "denial",
        "judges the claim collapsed",
    ),
    # A collapse that is no verdict on a claim stays a claim.
    (
        "Engineer Lisa Moor said the old stand had collapsed after the storm.",
        "had collapsed",
        "claim",
        "plain assertion",
    ),
    # Negated content whose subject is not the speaker, given in answer to a report: a denial.
    (
        "In response to the report, the ministry said the relief payments were never made to the firm.",
        "were never made",
        "denial",
        "negated content in answer",
    ),
    # In answer, but negating only what the speaker will do: it answers without denying.
    (
        "Asked whether the talks had stalled, envoy Pia Rask said she would not give up on them.",
        "would not give up",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    # "denied X, saying Y": Y is the reason given for the denial, so a denial.
    (
        "Senator Ruth Vale denied the report, saying she had never met the lobbyist.",
        "she had never met",
        "denial",
        "verb of denying",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text


def test_the_rule_survives_a_round_trip_through_the_model() -> None:
    statement = Statement(0, 4, "text", "direct", stance="refusal", stance_rule="verb of refusing")
    assert Statement.from_dict(statement.to_dict()) == statement
    assert (
        Statement.from_dict({k: v for k, v in statement.to_dict().items() if k != "stance_rule"}).stance_rule
        is None
    )
