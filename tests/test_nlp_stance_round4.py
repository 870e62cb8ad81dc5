"""Stance constructions of round 4, on sentences written for this test: a yes-or-no question about a body put
to one of its office holders ("asked whether the government would appeal", put to a minister); declining
to comment while keeping the options open ("We look at every option, and I'm not going to speculate");
"claimed" read as a charge only when its content tells someone's act; a maxim ("you don't win a title by
training two hours a week") carries no denial on; learning of something only late ("I only found out on
Monday") and judging what the accusation is ("the union's claims were a negotiating tactic") are denials;
a position held ("we have no objection in principle") denies no act; after an admission, "but every one of
them was approved" rebuts the rest; "had been admitted to hospital" admits nothing; "would not be drawn
on the details" refuses; pressed again after a non-denial, the answer stays open. Each case names a phrase
inside the statement, the stance a reader gives it and the rule that must give it.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # A question about the government, put to a minister, is about the speaker's own side: declining to
    # answer it withholds the yes or no.
    (
        "The health minister, Petra Lindqvist, spoke after the vote. Asked whether the government would "
        "raise the tobacco tax again, Lindqvist said she would not speculate about next year's budget.",
        "she would not speculate",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "Asked whether the ministry would reopen the tender, the deputy minister, Karel Novak, said he was "
        'not going to comment on "rumours from the corridors."',
        "not going to comment",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "The chief executive, Maria Santos, was asked whether the company would cut jobs in Lisbon. "
        '"I\'m not going to get into that today," Santos said.',
        "not going to get into that",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    # The same question put to someone outside the body is no question about the speaker's own side.
    (
        "Asked whether the government would raise the tobacco tax again, the economist Jonas Berg said he "
        "would not speculate about next year's budget.",
        "he would not speculate",
        "refusal",
        "words declining to comment",
    ),
    # Declining to comment while keeping every option open: a non-denial, not a plain refusal.
    (
        '"We are looking at all the options, and I won\'t speculate on the outcome," the club chairman, '
        "Owen Price, said.",
        "We are looking at all the options",
        "non_denial",
        "declines to comment while keeping options open",
    ),
    (
        '"We keep every option open and I am not going to discuss any names," the party leader, Irene '
        "Kovacs, told reporters.",
        "We keep every option open",
        "non_denial",
        "declines to comment while keeping options open",
    ),
    (
        "The airline's chief executive, Tomas Reid, said the board was considering all options and that he "
        "would not comment on talks with other carriers.",
        "the board was considering all options",
        "non_denial",
        "declines to comment while keeping options open",
    ),
    # "Claimed" tells the speaker's own account when the content is a verdict on what something is: after
    # the denial it gives the grounds of that denial.
    (
        "The mayor's office cried foul. In a statement, spokesman Piet Vos claimed the dinner was a private "
        "event paid for by the mayor himself.",
        "the dinner was a private",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    (
        "Northgate Foods disputed the findings. A company spokeswoman, Lena Frost, claimed the samples were "
        "old stock from a closed warehouse.",
        "the samples were old",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    (
        "Senator Ada Reyes rejected the allegation. In a statement, Reyes claimed the flight was a routine "
        "visit to her own state.",
        "the flight was a routine",
        "denial",
        "continues the speaker's denial",
    ),
    # "Claimed" with someone else's act as its content is a charge of its own: a claim.
    (
        "Senator Ada Reyes rejected the allegation. In a statement, Reyes claimed the newspaper had invented "
        "the story.",
        "the newspaper had invented",
        "claim",
        "plain assertion",
    ),
    (
        "Northgate Foods disputed the findings. A company spokeswoman, Lena Frost, claimed the inspectors "
        "had taken the samples from a rival's plant.",
        "the inspectors had taken",
        "claim",
        "plain assertion",
    ),
    # A maxim, a general truth about anyone ("you don't X to Y", "you don't X by Y-ing"), tells no side of the
    # story even right after the speaker's denial: a claim.
    (
        "Coach Dana Ilves denied that her players had been overworked. \"You don't win a title by training "
        'two hours a week," she said.',
        "You don't win a title",
        "claim",
        "plain assertion",
    ),
    (
        "Mayor Rita Soler denied that the budget had been cut. \"You don't close a library to save money on "
        'books," Soler said.',
        "You don't close a library",
        "claim",
        "plain assertion",
    ),
    (
        'Dr Lena Roos denied that the clinic had turned patients away. "One does not become a nurse to get '
        'rich," she said.',
        "One does not become a nurse",
        "claim",
        "plain assertion",
    ),
    # The speaker's own negated act, or a negation after the maxim's "you", still carries the denial on.
    (
        'Mayor Rita Soler denied that the budget had been cut. "You can check the accounts: not one library '
        'was closed," Soler said.',
        "not one library",
        "denial",
        "continues the speaker's denial",
    ),
    # Learning of something only late answers what the speaker knew and when: a denial.
    (
        '"I only found out about the missing funds on Monday, like everyone else," the treasurer, Hugo '
        "Lind, told the committee.",
        "I only found out about the missing funds",
        "denial",
        "learned of it only late",
    ),
    (
        "The former director, Alma Reyes, has said she learned of the safety reports only after she had left "
        "the agency.",
        "she learned of the safety reports",
        "denial",
        "learned of it only late",
    ),
    (
        '"We were told only when the auditors called," a spokeswoman for the charity said.',
        "We were told only when",
        "denial",
        "learned of it only late",
    ),
    # "Only" with what was learned, not when, restricts nothing the speaker is charged with.
    (
        '"We only learned two things from the trial," the researcher Ivo Maas said.',
        "We only learned two things",
        "claim",
        "plain assertion",
    ),
    # Judging what the accusation is ("a work of fiction", "a negotiating tactic") rejects it: a denial.
    (
        "The ministry said the newspaper's report was a work of fiction from start to finish.",
        "the newspaper's report was",
        "denial",
        "judges what the accusation is",
    ),
    (
        "Halden Energy said the union's claims were a negotiating tactic ahead of the pay talks.",
        "the union's claims were",
        "denial",
        "judges what the accusation is",
    ),
    (
        '"Those charges are a political stunt by a desperate opposition," the governor, Ruth Alder, said.',
        "Those charges are a political stunt",
        "denial",
        "judges what the accusation is",
    ),
    # Weighing the accusation, or saying what a claim is in general, rejects nothing.
    (
        '"The allegations are a serious matter and we will look at them," the mayor, Tomas Brek, said.',
        "The allegations are a serious",
        "claim",
        "plain assertion",
    ),
    (
        '"A claim is a statement that must be proved in court," the judge, Irma Sild, said.',
        "A claim is a statement",
        "claim",
        "plain assertion",
    ),
    # A position held ("no objection", "no doubt", "no concerns") is no act denied: a claim.
    (
        "The transport ministry said it had no objection to the new bus lanes on the ring road.",
        "it had no objection",
        "claim",
        "plain assertion",
    ),
    (
        '"I have no doubt that the figures will improve by spring," the mayor, Rita Soler, said.',
        "I have no doubt",
        "claim",
        "plain assertion",
    ),
    (
        "The residents' association said it had no concerns about the design but wanted more trees.",
        "it had no concerns",
        "claim",
        "plain assertion",
    ),
    # Having none of a thing the speaker could be charged with still denies it.
    (
        "The company said it had no contracts with the ministry.",
        "it had no contracts",
        "denial",
        "speaker negates its own act",
    ),
    # After the speaker's admission, a "but" that holds every case or only a few against the charge rebuts the
    # rest of it: a denial; a plan or a call after the "but" stays a claim.
    (
        '"I got that wrong," the coach, Ivo Laane, said. "But every one of those trips was paid for by the '
        'club."',
        "every one of those trips",
        "denial",
        "rebuts after conceding",
    ),
    (
        '"We made errors in the rollout," the bank\'s chief executive, Mara Lind, said. "But only two '
        'customers were affected, and both were repaid."',
        "only two customers",
        "denial",
        "rebuts after conceding",
    ),
    (
        '"I should have declared the gifts," Councillor Ben Aro said. "But each of them was worth less than '
        'fifty pounds."',
        "each of them was worth",
        "denial",
        "rebuts after conceding",
    ),
    (
        '"I got that wrong," the coach, Ivo Laane, said. "But we will learn from it and move on."',
        "we will learn from it",
        "claim",
        "plain assertion",
    ),
    (
        '"I got that wrong," the coach, Ivo Laane, said. "But the players deserve better from all of us."',
        "the players deserve",
        "claim",
        "plain assertion",
    ),
    # "Admitted" as the passive of entry (to a hospital, a school, a course) admits nothing: a claim.
    (
        "The hospital said three of the workers had been admitted with burns and were in a stable condition.",
        "three of the workers had been",
        "claim",
        "plain assertion",
    ),
    (
        "The academy said forty pupils were admitted to the new course this autumn.",
        "forty pupils were admitted",
        "claim",
        "plain assertion",
    ),
    (
        "A police spokesman said the driver was admitted to hospital after the crash.",
        "the driver was admitted",
        "claim",
        "plain assertion",
    ),
    # "Admitted" told of someone owning up still is an admission.
    (
        "The union said the company had admitted the delay in a letter to its members.",
        "the company had admitted",
        "confirmation",
        "admission",
    ),
    # Content telling that the speaker's side would not be drawn on a topic is a refusal; on whether, a yes
    # or no withheld.
    (
        "The league said it had received the complaint and would not be drawn on the details of the case.",
        "would not be drawn on the details",
        "refusal",
        "reports a refusal to comment",
    ),
    (
        "A spokesman for the museum said the director refused to be drawn into a debate about the loan.",
        "refused to be drawn into",
        "refusal",
        "reports a refusal to comment",
    ),
    (
        "The embassy said the ambassador would not be drawn on whether the talks had taken place.",
        "would not be drawn on whether",
        "non_denial",
        "reports a yes-or-no answer withheld",
    ),
    # Pressed again after keeping the options open, what the speaker says keeps them open: a non-denial;
    # without being pressed, its next words are a claim of their own.
    (
        "The finance minister, Lea Horn, would not rule out higher fuel duty. Pressed on the point, she "
        'said: "Every budget is a fresh start."',
        "Every budget is a fresh start",
        "non_denial",
        "pressed again after a non-denial",
    ),
    (
        '"I have not ruled anything out," the coach, Ivo Laane, said. Pressed by reporters on his captain\'s '
        'place, he said: "Form decides who plays."',
        "Form decides who plays",
        "non_denial",
        "pressed again after a non-denial",
    ),
    (
        "The chairman, Ray Dunn, did not rule out selling the club. Pressed by fans at the meeting, he said: "
        '"Every owner has a price."',
        "Every owner has a price",
        "non_denial",
        "pressed again after a non-denial",
    ),
    (
        "The finance minister, Lea Horn, would not rule out higher fuel duty. She said the economy had grown "
        "by two per cent last year.",
        "the economy had grown",
        "claim",
        "plain assertion",
    ),
    # Weighing the options alone leaves the answer open as well.
    (
        '"We are exploring all our options," a spokeswoman for the hospital trust said.',
        "We are exploring all our options",
        "non_denial",
        "keeping options open",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
