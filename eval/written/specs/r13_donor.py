# ruff: noqa: E501
"""Gold spec: US campaign news on a donor's undisclosed payments (invented events, invented people)."""

# fmt: off
ID = "written-r13-donor"
TITLE = "Senate candidate's campaign returns donor's money after report on undisclosed payments"

TEXT = """
WASHINGTON — The Senate campaign of former Gov. Ruth Calloway said Thursday it would return $250,000 raised by a Florida developer, a day after a report that the developer had paid for two of her private flights last spring without the payments being disclosed.

The developer, Grant Hollis, told The Ledger that he had offered Calloway the use of his plane "as a friend" and that no one had asked him for anything in return.

In a statement emailed to reporters, Calloway's campaign manager, Dev Raman, said the flights were "personal travel, paid for by a personal friend" and were not subject to campaign finance rules. He added that the campaign had returned the donations "out of an abundance of caution".

Election lawyers were divided. Marcia Feld, a former general counsel at the Federal Election Commission, said flights taken to campaign events would have to be reported no matter who paid for them. She said the key question was whether Calloway had done any campaign business on the trips.

Calloway herself acknowledged on Thursday that she had met two donors during one of the flights. "I should have been more careful about who was on that plane, and I regret it," she said at a news conference in Tampa.

But she rejected the suggestion that she had tried to hide the trips. The flights, she said, had been listed on her public schedule at the time.

Pressed on whether she had spoken to Hollis about a zoning dispute involving one of his projects, Calloway said she did not recall discussing it. "I talk to hundreds of people every week. I can't tell you what every one of them said to me," she said.

Her Republican opponent, Sen. Kyle Brandt, called the episode "a pattern, not a mistake," and said Calloway should release the full passenger lists.

A spokesman for the Federal Election Commission said the agency does not comment on whether it is reviewing any particular campaign.

Hollis's company, Hollis Land Group, did not respond to questions about the zoning dispute.
"""

QUOTES = [
    dict(content="it would return $250,000 raised by a Florida developer", kind="indirect", speaker="Ruth Calloway's campaign", mention="The Senate campaign of former Gov. Ruth Calloway", cue="said", stance="claim"),
    dict(content='he had offered Calloway the use of his plane "as a friend" and that no one had asked him for anything in return', kind="mixed", speaker="Grant Hollis", mention="The developer, Grant Hollis", cue="told The Ledger", stance="denial"),
    dict(content='the flights were "personal travel, paid for by a personal friend" and were not subject to campaign finance rules', kind="mixed", speaker="Dev Raman", mention="Calloway's campaign manager, Dev Raman", cue="said", stance="denial"),
    dict(content='the campaign had returned the donations "out of an abundance of caution"', kind="mixed", speaker="Dev Raman", mention="He added", cue="added", stance="claim"),
    dict(content="flights taken to campaign events would have to be reported no matter who paid for them", kind="indirect", speaker="Marcia Feld", mention="Marcia Feld, a former general counsel at the Federal Election Commission", cue="said", stance="claim"),
    dict(content="the key question was whether Calloway had done any campaign business on the trips", kind="indirect", speaker="Marcia Feld", mention="She said", cue="said", stance="claim"),
    dict(content="she had met two donors during one of the flights", kind="indirect", speaker="Ruth Calloway", mention="Calloway herself", cue="acknowledged", stance="confirmation"),
    dict(content="I should have been more careful about who was on that plane, and I regret it,", kind="direct", speaker="Ruth Calloway", mention="[[she]] said at", cue="said", stance="confirmation"),
    dict(content="the suggestion that she had tried to hide the trips", kind="indirect", speaker="Ruth Calloway", mention="she rejected", cue="rejected", stance="denial"),
    dict(content="The flights, she said, had been listed on her public schedule at the time", kind="indirect", speaker="Ruth Calloway", mention="The flights, [[she]] said", cue="said", stance="denial"),
    dict(content="she did not recall discussing it", kind="indirect", speaker="Ruth Calloway", mention="[[Calloway]] said she", cue="said", stance="non_denial"),
    dict(content="I talk to hundreds of people every week. I can't tell you what every one of them said to me,", kind="direct", speaker="Ruth Calloway", mention="[[she]] said.", cue="said", stance="non_denial"),
    dict(content='the episode "a pattern, not a mistake,"', kind="mixed", speaker="Kyle Brandt", mention="Her Republican opponent, Sen. Kyle Brandt", cue="called", stance="claim"),
    dict(content="Calloway should release the full passenger lists", kind="indirect", speaker="Kyle Brandt", mention="Her Republican opponent, Sen. Kyle Brandt", cue="said", stance="claim"),
    dict(content="the agency does not comment on whether it is reviewing any particular campaign", kind="indirect", speaker="Federal Election Commission", mention="A spokesman for the Federal Election Commission", cue="said", stance="refusal"),
]

PARTIES = [
    dict(name="Ruth Calloway", type="PERSON", aliases=["Calloway"]),
    dict(name="Ruth Calloway's campaign", type="ORG", aliases=[]),
    dict(name="Grant Hollis", type="PERSON", aliases=["Hollis"]),
    dict(name="The Ledger", type="ORG", aliases=[]),
    dict(name="Dev Raman", type="PERSON", aliases=[]),
    dict(name="Marcia Feld", type="PERSON", aliases=[]),
    dict(name="Federal Election Commission", type="ORG", aliases=[]),
    dict(name="Kyle Brandt", type="PERSON", aliases=[]),
    dict(name="Hollis Land Group", type="ORG", aliases=[]),
]
