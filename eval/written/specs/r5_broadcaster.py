# ruff: noqa: E501
"""Gold spec: a broadsheet media story on a broadcaster, its star presenter's outside earnings and a complaint by former staff (invented events)."""

# fmt: off
ID = "written-r5-broadcaster"
TITLE = "Northlight presenter faces questions over paid speeches to firms he covered"

TEXT = """
One of Northlight Television’s best-known presenters was paid at least £80,000 for speeches to companies whose executives later appeared on his programme, according to documents seen by this newspaper.

Adrian Coles, who has presented the channel’s flagship business show, The Ledger, since 2019, gave eleven paid talks to banks and investment firms over three years. In at least four cases, a senior figure from the same firm was interviewed on the programme within weeks.

Northlight’s guidelines require presenters to declare outside earnings and to avoid “any activity that could reasonably be seen to compromise” their impartiality.

In a statement, Mr Coles said all of his speaking engagements had been “declared and approved in advance” and that he had “never allowed a commercial relationship to influence an editorial decision.”

Northlight said it was satisfied that Mr Coles had followed its rules. Asked whether the channel had checked the dates of the speeches against the programme’s guest list, a spokeswoman said it did not discuss the details of individual contracts.

Three former producers on The Ledger, who asked not to be named because they still work in television, described a different picture. One said guests were sometimes suggested “from the top” with little explanation. “You didn’t ask where the name had come from. You just booked them,” she said.

Another said she had raised concerns about one booking with an editor in 2024. She said she was told the matter had been “looked at” and was not given a reason.

Northlight disputed that account. A senior executive at the channel, speaking on condition of anonymity, said no formal complaint about bookings had been made by any member of The Ledger’s staff.

Mr Coles’s agent, Hannah Pryor, said the speeches were “a normal part of a broadcaster’s working life” and that her client had done nothing that dozens of other presenters did not also do.

Asked whether he would now stop giving paid talks, Mr Coles told this newspaper: “I’ll think about what’s right. I’m not going to make decisions on the hoof because of one article.”

Pressed on whether he had ever suggested a guest to producers, he paused. “Presenters talk to producers all the time. That’s what the job is,” he said.

The media regulator, Ofcom, said it had not received any complaints about The Ledger. It declined to comment further.

Labour’s culture spokesman, Daniel Frith, said the report raised “serious questions” for the channel. “If this had happened at a newspaper, the editor would already be on the phone to the lawyers,” he said.

Northlight’s chief executive, Carol Menzies, conceded in an internal email to staff on Friday that the channel’s register of outside interests was “not as clear as it should be” and said it would be reviewed.

She did not mention Mr Coles by name. Northlight declined to say whether he would continue to present The Ledger while the review took place.
"""

QUOTES = [
    dict(content="One of Northlight Television’s best-known presenters was paid at least £80,000 for speeches to companies whose executives later appeared on his programme", kind="indirect", speaker="documents seen by this newspaper", mention="documents seen by this newspaper", cue="according to", stance="claim"),
    dict(content=("all of his speaking engagements had been", "an editorial decision.”"), kind="mixed", speaker="Adrian Coles", mention="Mr Coles", cue="said", stance="denial"),
    dict(content="it was satisfied that Mr Coles had followed its rules", kind="indirect", speaker="Northlight Television", mention="Northlight", cue="said", stance="denial"),
    dict(content="it did not discuss the details of individual contracts", kind="indirect", speaker="Northlight Television", mention="a spokeswoman", cue="said", stance="non_denial"),
    dict(content="guests were sometimes suggested “from the top” with little explanation", kind="mixed", speaker="Three former producers on The Ledger", mention="One", cue="said", stance="claim"),
    dict(content="You didn’t ask where the name had come from. You just booked them,", kind="direct", speaker="Three former producers on The Ledger", mention="she", cue="said", stance="claim"),
    dict(content="she had raised concerns about one booking with an editor in 2024", kind="indirect", speaker="Another former producer", mention="Another", cue="said", stance="claim"),
    dict(content="she was told the matter had been “looked at” and was not given a reason", kind="mixed", speaker="Another former producer", mention="She", cue="said", stance="claim"),
    dict(content="disputed [[that account]]", kind="indirect", speaker="Northlight Television", mention="Northlight", cue="disputed", stance="denial"),
    dict(content="no formal complaint about bookings had been made by any member of The Ledger’s staff", kind="indirect", speaker="A senior executive at the channel", mention="A senior executive at the channel, speaking on condition of anonymity", cue="said", stance="denial"),
    dict(content=("the speeches were “a normal part", "did not also do"), kind="mixed", speaker="Hannah Pryor", mention="Mr Coles’s agent, Hannah Pryor", cue="said", stance="denial"),
    dict(content="I’ll think about what’s right. I’m not going to make decisions on the hoof because of one article.", kind="direct", speaker="Adrian Coles", mention="Mr Coles", cue="told this newspaper:", stance="non_denial"),
    dict(content="Presenters talk to producers all the time. That’s what the job is,", kind="direct", speaker="Adrian Coles", mention="[[he]] said", cue="said", stance="non_denial"),
    dict(content="it had not received any complaints about The Ledger", kind="indirect", speaker="Ofcom", mention="The media regulator, Ofcom", cue="said", stance="claim"),
    dict(content="to comment further", kind="indirect", speaker="Ofcom", mention="It", cue="declined", stance="refusal"),
    dict(content="the report raised “serious questions” for the channel", kind="mixed", speaker="Daniel Frith", mention="Labour’s culture spokesman, Daniel Frith", cue="said", stance="claim"),
    dict(content="If this had happened at a newspaper, the editor would already be on the phone to the lawyers,", kind="direct", speaker="Daniel Frith", mention="he", cue="said", stance="claim"),
    dict(content="the channel’s register of outside interests was “not as clear as it should be”", kind="mixed", speaker="Carol Menzies", mention="Northlight’s chief executive, Carol Menzies", cue="conceded", stance="confirmation"),
    dict(content="it would be reviewed", kind="indirect", speaker="Carol Menzies", mention="Northlight’s chief executive, Carol Menzies", cue="said", stance="claim"),
    dict(content="whether he would continue to present The Ledger while the review took place", kind="indirect", speaker="Northlight Television", mention="Northlight", cue="declined to say", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["documents seen by this newspaper", "Three former producers on The Ledger", "Another former producer", "A senior executive at the channel"]

PARTIES = [
    dict(name="Northlight Television", type="ORG", aliases=["Northlight", "the channel", "a spokeswoman"]),
    dict(name="Adrian Coles", type="PERSON", aliases=["Mr Coles"]),
    dict(name="Hannah Pryor", type="PERSON", aliases=["Mr Coles’s agent"]),
    dict(name="Ofcom", type="ORG", aliases=["The media regulator"]),
    dict(name="Daniel Frith", type="PERSON", aliases=["Labour’s culture spokesman"]),
    dict(name="Labour", type="ORG", aliases=[]),
    dict(name="Carol Menzies", type="PERSON", aliases=["Northlight’s chief executive"]),
]
