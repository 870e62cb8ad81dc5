"""Round 11 stance rules, on sentences written for this test.

Each case names a phrase inside the statement, the stance a reader gives it and the rule that must give it
(``Statement.stance_rule``); the cases that must stay claims show where each rule stops.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# A version set against another by "…, not …", right after another party's account, corrects that account.
CASES_VERSION_CONTRASTED = [
    (
        "Residents said the council had voted in secret to close the library.\n"
        "The mayor, Joan Pike, said the meeting had approved repairs, not the closure of the library.",
        "the meeting had approved repairs",
        "denial",
        "sets its version against another's",
    ),
    (
        "A drivers' union official, Sam Ortiz, said the company had ordered crews to skip the checks.\n"
        "The operator's spokesman, Mark Hale, said the order had come from the regulator, not from the "
        "company.",
        "the order had come from the regulator",
        "denial",
        "sets its version against another's",
    ),
    # Nothing presented before it: the same words answer nothing and stay a claim.
    (
        "The mayor, Joan Pike, said the meeting had approved repairs, not the closure of the library.",
        "the meeting had approved repairs",
        "claim",
        "plain assertion",
    ),
    # A call and an aim are no version of what happened.
    (
        "Campaigners said the paintings belonged in the capital.\n"
        "The curator, Ruth Lane, said the collection should be shared, not scattered.",
        "the collection should be shared",
        "claim",
        "plain assertion",
    ),
    (
        "Critics said the fund had been a giveaway to its own managers.\n"
        "Its founder, Omar Reyes, said the fund was set up to help farmers, not to enrich its managers.",
        "the fund was set up to help farmers",
        "claim",
        "plain assertion",
    ),
]

# The reporter telling that a party's account differs ("tells a different story", "has a different account")
# tells its denial; an office holder of "its" body then gives that body's grounds.
CASES_TOLD_OTHER_VERSION = [
    (
        "Drivers said Northway Buses had cut their rest breaks. Northway has a different account. A "
        "spokeswoman said the breaks had been moved to the end of each shift.",
        "the breaks had been moved",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    (
        "Drivers said Northway Buses had cut their rest breaks. Northway announced new routes on Monday. A "
        "spokeswoman said the breaks had been moved to the end of each shift.",
        "the breaks had been moved",
        "claim",
        "plain assertion",
    ),
    (
        "Tenants said Harlow Homes had ignored their complaints for months. Harlow Homes was having none of "
        "it. Its chief executive, Paul Ames, said every complaint had been answered within a week.",
        "every complaint had been answered",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
    (
        "Tenants said Harlow Homes had ignored their complaints for months. Harlow Homes opened a new office "
        "in May. Its chief executive, Paul Ames, said every complaint had been answered within a week.",
        "every complaint had been answered",
        "claim",
        "plain assertion",
    ),
    (
        "Tenants said the landlord had ignored their complaints for months. The Harlow Housing Trust tells a "
        "different story. Its chief executive, Paul Ames, said the trust had doubled its repairs budget.",
        "the trust had doubled its repairs budget",
        "denial",
        "gives the grounds of a denial the reporter told",
    ),
]

# After a concession turned by "but", holding each case against the charge, as "every" does, rebuts it.
CASES_EACH_CASE = [
    (
        "The airline admitted that two flights had been cancelled, but said each passenger had been rebooked "
        "the same day.",
        "each passenger had been rebooked",
        "denial",
        "rebuts after conceding",
    ),
    (
        "The airline admitted that two flights had been cancelled, but said the two crews had spoken to each "
        "other before take-off.",
        "the two crews had spoken",
        "claim",
        "plain assertion",
    ),
    # No concession before it: the same words answer nothing.
    (
        "The airline said each passenger had been rebooked the same day.",
        "each passenger had been rebooked",
        "claim",
        "plain assertion",
    ),
]

# Professing no knowledge of what is reported, and keeping every option on the table, answer without a yes
# or no: non-denials.
CASES_NON_DENIALS = [
    (
        "A newspaper reported that the club had approached the striker in March. His agent, Lena Roth, said "
        "he had no knowledge of any approach.",
        "he had no knowledge of any approach",
        "non_denial",
        "professed ignorance",
    ),
    (
        "Asked about the convoy, the colonel said he had no information on the second vehicle.",
        "he had no information on the second vehicle",
        "non_denial",
        "professed ignorance",
    ),
    (
        'Asked whether the ministry would expel the diplomats, the minister said: "Every option is on the '
        'table."',
        "Every option is on the table",
        "non_denial",
        "keeping options open",
    ),
]

# A yes-or-no question the reporter puts in the narrative just before the quote is what the quote answers:
# declining to comment then withholds the yes or no. A question of why asks for information: a refusal.
CASES_NARRATED_QUESTION = [
    (
        "Had the minister met the lobbyist before the vote? Her spokesman, Tom Reyes, paused. \"I'm not "
        "going to get into the minister's diary,\" he said.",
        "I'm not going to get into",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "Why had the minister met the lobbyist? Her spokesman, Tom Reyes, paused. \"I'm not going to get "
        "into the minister's diary,\" he said.",
        "I'm not going to get into",
        "refusal",
        "words declining to comment",
    ),
]

# "Left open to" with nothing between tells a thing exposed, not an answer kept open.
CASES_LEFT_EXPOSED = [
    (
        "A hospital worker said patient files had been left open to anyone on the ward for weeks.",
        "patient files had been left open",
        "claim",
        "plain assertion",
    ),
    (
        "Asked whether the council would sell the site, the mayor said she had left the door open to offers.",
        "she had left the door open",
        "non_denial",
        "keeping options open",
    ),
]

# A negated state of mind ("never regretted", "nothing against her") tells a feeling: no act denied.
CASES_FEELINGS = [
    (
        "The former union leader, Ada Quinn, said she had never regretted the strike.",
        "she had never regretted the strike",
        "claim",
        "plain assertion",
    ),
    (
        "The dealer, Piers Wood, said he had nothing against the restorer personally.",
        "he had nothing against the restorer",
        "claim",
        "plain assertion",
    ),
    (
        "The dealer, Piers Wood, said he had never sold a copy as an original.",
        "he had never sold a copy",
        "denial",
        "speaker negates its own act",
    ),
]

# Not being able to tell, marked as inability ("honestly", "from where I was standing"), professes ignorance;
# a bare "I can't tell you that" still declines.
CASES_CANNOT_KNOW = [
    (
        'Asked about the missing invoices, the clerk said: "Where they went after that, I honestly cannot '
        'tell you."',
        "I honestly cannot tell you",
        "non_denial",
        "professes it cannot know",
    ),
    (
        'The linesman was asked about the tackle. "From where I was standing, I couldn\'t tell you," he '
        "said.",
        "From where I was standing",
        "non_denial",
        "professes it cannot know",
    ),
    (
        'The linesman was asked about the tackle. "I can\'t tell you that," he said.',
        "I can't tell you that",
        "refusal",
        "words declining to comment",
    ),
]

# Declining to share or release details is a refusal.
CASES_NOT_SHARING = [
    (
        "Asked how much the club had paid for the striker, the chairman, Rob Hale, said: \"I'm not in a "
        'position to share that today."',
        "I'm not in a position to share",
        "refusal",
        "words declining to comment",
    ),
    (
        "The hospital said it was not able to release the figures.",
        "it was not able to release the figures",
        "refusal",
        "words declining to comment",
    ),
]

# Granting a criticism ("That's fair.") opening the answer admits it; "that's a fair question" only leads in.
CASES_GRANTED = [
    (
        'Critics said the rollout had been chaotic. "That\'s fair. We moved too fast," the minister, Ana '
        "Ruiz, said.",
        "That's fair",
        "confirmation",
        "admission",
    ),
    (
        "Asked about the budget, the minister, Ana Ruiz, said: \"That's a fair question. The money is "
        'there."',
        "That's a fair question",
        "claim",
        "plain assertion",
    ),
]

# Rebutting a charge laid on someone by its proportion ("one bad game doesn't make him a cheat") is a denial;
# a proverb about things charges nobody.
CASES_PROPORTION = [
    (
        'Fans accused the keeper of throwing the match. "One bad game doesn\'t make him a cheat," the '
        "manager, Joe Bale, said.",
        "One bad game",
        "denial",
        "one case does not make the charge",
    ),
    (
        '"One good month does not make a recovery," the economist, Rhea Patel, said.',
        "One good month",
        "claim",
        "plain assertion",
    ),
]

ALL_CASES = [
    *CASES_VERSION_CONTRASTED,
    *CASES_TOLD_OTHER_VERSION,
    *CASES_EACH_CASE,
    *CASES_NON_DENIALS,
    *CASES_NARRATED_QUESTION,
    *CASES_LEFT_EXPOSED,
    *CASES_FEELINGS,
    *CASES_CANNOT_KNOW,
    *CASES_NOT_SHARING,
    *CASES_GRANTED,
    *CASES_PROPORTION,
]


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "rule"), ALL_CASES, ids=[c[3] + ": " + c[1] for c in ALL_CASES]
)
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
