"""Rebuttals after a denial the reporter tells, and what does not carry a denial on, on sentences written
for this test.

A speaker whose denial the reporter has just told ("X rejected the report.") goes on to give its grounds;
so does a spokesman or officer of the body that denied, and the person a description names. Rejecting a
request ("rejected a defence application") is a decision, not a denial, and insisting on one's own point
after a refusal or an admission holds nothing against a charge. Each case names a phrase inside the
statement, the stance a reader gives it and the rule that must give it (``Statement.stance_rule``).
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # Rejecting a request is a ruling: what the judge says next is no grounds of a denial.
    (
        "Judge Anna Holt rejected a defence application to exclude the recordings, ruling that they had "
        "been lawfully made. She reminded the jury that they must judge the case on the evidence alone.",
        "they had been lawfully made",
        "claim",
        "plain assertion",
    ),
    (
        "Judge Anna Holt rejected a defence application to exclude the recordings, ruling that they had "
        "been lawfully made. She reminded the jury that they must judge the case on the evidence alone.",
        "they must judge the case",
        "claim",
        "plain assertion",
    ),
    (
        "Councillor Carl Boyd rejected the developer's request for a second hearing. He said the site had "
        "flooded twice since 2019.",
        "the site had flooded",
        "claim",
        "plain assertion",
    ),
    # Insisting after one's own refusal or admission goes on with the speaker's point, unless it restricts.
    (
        "The league's integrity officer, Dan Royce, said the league did not comment on open investigations, "
        "but insisted that every club is treated the same.",
        "every club is treated",
        "claim",
        "plain assertion",
    ),
    (
        "The ambassador, Luis Varga, acknowledged that the trade talks would be delayed, but insisted the "
        "two disputes were unrelated.",
        "the two disputes were unrelated",
        "claim",
        "plain assertion",
    ),
    (
        "The ferry operator's lawyer, Ines Korhonen, admitted that the radar had failed twice that week, but "
        "insisted the fault had only affected one screen.",
        "the fault had only affected",
        "denial",
        "insists against a charge",
    ),
    # "was having none of it" tells a denial, though "none" is the object of "having".
    (
        'Mayor Lena Ortiz was having none of it. "Nobody in my office has seen that contract," Ortiz told '
        'reporters. "We publish our contracts on the city website within a week."',
        "We publish our contracts",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    # A spokesman or officer of the body that denied carries its answer on (its phrase names the body or
    # points back to it); a plain past in reported speech is no account of events.
    (
        "The drivers' union said Alder Freight had walked out of the talks. Alder Freight said that account "
        'was "simply false." "Our team stayed at the table until midnight," said Alder Freight\'s director '
        "of operations, Petra Lund.",
        "Our team stayed at the table",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    (
        "Senator Ray Dolan said he had never met the lobbyist. His spokeswoman, Amy Tran, said the senator "
        "had spent that evening at a school board meeting.",
        "the senator had spent",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    (
        "The bakers' union rejected what the company called its final pay offer.\nThe union's general "
        "secretary, Moira Dunn, said the offer amounted to a pay cut.",
        "the offer amounted to",
        "claim",
        "plain assertion",
    ),
    # The told denial may close the paragraph before; its subject may be the body or a description.
    (
        "A consumer group accused Corvane Foods of hiding salmonella tests. Corvane Foods rejected the "
        'report.\n"We publish our test results with the regulator," said Corvane Foods\' head of quality, '
        "Mark Ellis.",
        "We publish our test results",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    (
        "Health Minister Clara Boyd was asked about the leaked memo on Monday. The 61-year-old minister "
        'rejected the claims. "Our hospitals are busier because our population is older," Boyd said.',
        "Our hospitals are busier",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    (
        "Harbor Bank's chief executive, Dana Reyes, spoke to analysts on Tuesday. The 61-year-old executive, "
        "who joined the bank in 2019, also rejected suggestions that it would cut its dividend. Its "
        "reserves remain far above what the law requires, she said.",
        "Its reserves remain",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    # Mocking the charge by what would follow from it carries the speaker's denial on.
    (
        'Mayor Jo Hart denied taking gifts from the developer. "I paid for my own dinners," Hart said. '
        '"If that is bribery, then half the county council is corrupt."',
        "If that is bribery",
        "denial",
        "continues the speaker's denial",
    ),
    (
        'Mayor Jo Hart denied taking gifts from the developer. "If the audit finds a problem, I will '
        'resign," Hart said.',
        "If the audit finds a problem",
        "claim",
        "plain assertion",
    ),
    # A promise joined after the negated act does not undo the rebuttal; a plan on its own is no rebuttal.
    (
        'Senator Ray Dolan denied the report.\nHis spokeswoman, Amy Tran, said the senator "has not met '
        'the lobbyist and will not meet him while the bill is pending."',
        "has not met the lobbyist",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    (
        "Senator Ray Dolan denied the report. His spokeswoman, Amy Tran, said the senator would hold a town "
        "hall meeting next week.",
        "the senator would hold",
        "claim",
        "plain assertion",
    ),
    # A quantifier of the subject names nobody, in the paragraph before or the same one.
    (
        "Several of the auditors disputed the report. Several ministers said the budget had been balanced "
        "for three years.",
        "the budget had been balanced",
        "claim",
        "plain assertion",
    ),
    (
        "Several of the auditors disputed the report.\nSeveral ministers said the budget had been balanced "
        "for three years.",
        "the budget had been balanced",
        "claim",
        "plain assertion",
    ),
    # Reported speech names its own speaker by a pronoun: the speaker's name as subject is someone else's
    # account of it (here the prosecution's opening, whatever the speaker found for it), no rebuttal.
    (
        "A former sales manager forged invoices worth thousands of pounds, prosecutors told a jury at Leeds "
        "Crown Court.\nThomas Reed, 47, of Harrogate, denies two counts of fraud relating to his time at "
        "Dalby Foods.\nOpening the case on Monday, Helen Ward KC, prosecuting, said Reed had forged at least "
        "20 invoices and had hidden the money in an account abroad.",
        "Reed had forged at least",
        "claim",
        "plain assertion",
    ),
    # A paragraph of the reporter's own between does not end the speaker's answer.
    (
        'Councillor Ann Lloyd denied that the council had ignored the letters. "Every letter was logged," '
        "she said.\nThe council's own records show that two letters were never logged.\nLater, Lloyd said "
        "the two letters had only arrived after the deadline.",
        "the two letters had only arrived",
        "denial",
        "continues the speaker's denial",
    ),
    # A pronoun in the paragraph before names nobody: the next speaker is someone else.
    (
        "Councillor Ann Lloyd admitted the letters had gone out late. But she rejected suggestions that the "
        "bridge had been neglected.\nSome residents disagree. Tom Pryce said he had written to the council "
        'twice. "I have kept the letters," he said.',
        "I have kept the letters",
        "claim",
        "plain assertion",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES)
def test_told_denials(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
