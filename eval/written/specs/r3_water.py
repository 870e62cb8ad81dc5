# ruff: noqa: E501
"""Gold spec: a regional paper on sewage spills into a river, campaigners against the water company (invented events)."""

# fmt: off
ID = "written-r3-water"
TITLE = "Sewage poured into the Elder for 1,900 hours last year, swimmers say"

TEXT = """
Raw sewage was released into the River Elder at Ashcombe for more than 1,900 hours last year, including on days when no rain had fallen, campaigners have claimed.

The group, Save the Elder, compiled the figures from Westmoor Water's own monitoring data and says the storm overflow at Millbrook Lane — known to swimmers simply as "the Pipe" — spilled on 41 dry days between April and September.

Discharges in dry weather are permitted only in exceptional circumstances. "Nobody can tell me it was exceptional 41 times," said the group's founder, Jenny Carrow, a retired GP who swims in the river most mornings from May to October. "It's not a storm overflow if there isn't a storm."

Westmoor Water disputed the figures. A spokeswoman said several of the monitors at Millbrook Lane had been "giving false readings" since a lightning strike in 2025 and that the company's engineers believed the true number of dry-day spills was "a small fraction" of what the campaigners claimed.

"We take our responsibility to the Elder extremely seriously, and we have nothing to hide," she said. "Every spill we record is reported to the Environment Agency and published on our website."

The company's claim that the monitors were faulty was challenged by Save the Elder, which pointed out that the same monitors had recorded no spills at all during a dry fortnight in June, when the company was showing visitors round the works. "Funny how they only break when the news is bad," Ms Carrow said.

The company would not say whether any of the 41 spills had been reported to the agency as breaches of its permit, and declined to give a date for repairs to the monitors. It confirmed that a £6 million upgrade of the Millbrook Lane works, promised in 2022, had been "re-phased" to 2028.

The Environment Agency confirmed it had opened an investigation into the Millbrook Lane overflow in January. A spokesman for the agency said it was "too early" to say whether the inquiry could lead to a prosecution, adding: "Where we find evidence of illegal discharges we will not hesitate to act."

Ashcombe's MP, Tom Hurrell, who has campaigned for the town's bathing water status, said the figures were "a scandal" and that he had written to the company's chief executive, Graham Pellow, asking him to explain why the upgrade had been put back. "Residents are paying higher bills every year for a river they can't swim in," Mr Hurrell told the Gazette.

Mr Pellow, whose pay package rose to £1.2 million last year, has not replied to the letter, according to the MP's office. The company, which says the Elder is cleaner today than at any time in the past 30 years, declined to comment on his pay.

The bathing site at Ashcombe Weir, which was declared a designated bathing water in 2023 after a campaign by local swimmers, was rated "poor" last season. Signs at the weir now advise against swimming after heavy rain.

At the weir on Saturday, Lydia Fenn, 38, who was walking her dog with her two children, said she had stopped letting them paddle. "You can smell it some days. You don't need a monitor to tell you that," she said.

Another swimmer, who gave her name only as Ruth, said she had been ill twice last summer after swimming near the overflow, though she conceded she could not prove the river was to blame.

Ms Carrow said the group would present its findings to Ashcombe Town Council next week and had asked the agency to install independent monitors. Asked whether Save the Elder would consider legal action against the company, she said: "We haven't ruled anything out. We'd rather they just fixed it."
"""

QUOTES = [
    dict(content="Raw sewage was released into the River Elder at Ashcombe for more than 1,900 hours last year, including on days when no rain had fallen", kind="indirect", speaker="Save the Elder", mention="campaigners", cue="have claimed", stance="claim"),
    dict(content=("the storm overflow at Millbrook Lane", "spilled on 41 dry days between April and September"), kind="indirect", speaker="Save the Elder", mention="The group, Save the Elder", cue="says", stance="claim"),
    dict(content="Nobody can tell me it was exceptional 41 times,", kind="direct", speaker="Jenny Carrow", mention="the group's founder, Jenny Carrow, a retired GP who swims in the river most mornings from May to October", cue="said", stance="claim"),
    dict(content="It's not a storm overflow if there isn't a storm.", kind="direct", speaker="Jenny Carrow", mention="the group's founder, Jenny Carrow, a retired GP who swims in the river most mornings from May to October", cue="said", stance="claim"),
    dict(content="disputed [[the figures]]", kind="indirect", speaker="Westmoor Water", mention="Westmoor Water", cue="disputed", stance="denial"),
    dict(content=("several of the monitors at Millbrook Lane had been", "of what the campaigners claimed"), kind="mixed", speaker="Westmoor Water", mention="A spokeswoman", cue="said", stance="denial"),
    dict(content="We take our responsibility to the Elder extremely seriously, and we have nothing to hide,", kind="direct", speaker="Westmoor Water", mention="she", cue="said", stance="denial"),
    dict(content="Every spill we record is reported to the Environment Agency and published on our website.", kind="direct", speaker="Westmoor Water", mention="she", cue="said", stance="denial"),
    dict(content="the monitors were faulty", kind="indirect", speaker="Westmoor Water", mention="The company's", cue="claim", stance="denial"),
    dict(content="the same monitors had recorded no spills at all during a dry fortnight in June, when the company was showing visitors round the works", kind="indirect", speaker="Save the Elder", mention="which", cue="pointed out", stance="denial"),
    dict(content="Funny how they only break when the news is bad,", kind="direct", speaker="Jenny Carrow", mention="Ms Carrow", cue="said", stance="denial"),
    dict(content="whether any of the 41 spills had been reported to the agency as breaches of its permit", kind="indirect", speaker="Westmoor Water", mention="The company", cue="would not say", stance="non_denial"),
    dict(content="to give a date for repairs to the monitors", kind="indirect", speaker="Westmoor Water", mention="The company", cue="declined", stance="refusal"),
    dict(content='a £6 million upgrade of the Millbrook Lane works, promised in 2022, had been "re-phased" to 2028', kind="mixed", speaker="Westmoor Water", mention="It", cue="confirmed", stance="confirmation"),
    dict(content="it had opened an investigation into the Millbrook Lane overflow in January", kind="indirect", speaker="Environment Agency", mention="The Environment Agency", cue="confirmed", stance="confirmation"),
    dict(content='it was "too early" to say whether the inquiry could lead to a prosecution', kind="mixed", speaker="Environment Agency", mention="A spokesman for the agency", cue="said", stance="non_denial"),
    dict(content="Where we find evidence of illegal discharges we will not hesitate to act.", kind="direct", speaker="Environment Agency", mention="A spokesman for the agency", cue="adding:", stance="claim"),
    dict(content=('the figures were "a scandal"', "why the upgrade had been put back"), kind="mixed", speaker="Tom Hurrell", mention="Ashcombe's MP, Tom Hurrell, who has campaigned for the town's bathing water status", cue="said", stance="claim"),
    dict(content="Residents are paying higher bills every year for a river they can't swim in,", kind="direct", speaker="Tom Hurrell", mention="Mr Hurrell", cue="told the Gazette", stance="claim"),
    dict(content="Mr Pellow, whose pay package rose to £1.2 million last year, has not replied to the letter", kind="indirect", speaker="Tom Hurrell", mention="the MP's office", cue="according to", stance="claim"),
    dict(content="the Elder is cleaner today than at any time in the past 30 years", kind="indirect", speaker="Westmoor Water", mention="which", cue="says", stance="claim"),
    dict(content="to comment on his pay", kind="indirect", speaker="Westmoor Water", mention="The company, which says the Elder is cleaner today than at any time in the past 30 years", cue="declined", stance="refusal"),
    dict(content="she had stopped letting them paddle", kind="indirect", speaker="Lydia Fenn", mention="Lydia Fenn, 38, who was walking her dog with her two children", cue="said", stance="claim"),
    dict(content="You can smell it some days. You don't need a monitor to tell you that,", kind="direct", speaker="Lydia Fenn", mention="[[she]] said.", cue="said", stance="claim"),
    dict(content="she had been ill twice last summer after swimming near the overflow", kind="indirect", speaker="Ruth", mention="Another swimmer, who gave her name only as Ruth", cue="said", stance="claim"),
    dict(content="she could not prove the river was to blame", kind="indirect", speaker="Ruth", mention="[[she]] conceded", cue="conceded", stance="confirmation"),
    dict(content="the group would present its findings to Ashcombe Town Council next week and had asked the agency to install independent monitors", kind="indirect", speaker="Jenny Carrow", mention="Ms Carrow", cue="said", stance="claim"),
    dict(content="We haven't ruled anything out. We'd rather they just fixed it.", kind="direct", speaker="Jenny Carrow", mention="she", cue="said:", stance="non_denial"),
]

PARTIES = [
    dict(name="Save the Elder", type="ORG", aliases=["The group", "the group", "campaigners", "the campaigners"]),
    dict(name="Jenny Carrow", type="PERSON", aliases=["Ms Carrow", "the group's founder"]),
    dict(name="Westmoor Water", type="ORG", aliases=["The company", "the company", "A spokeswoman"]),
    dict(name="Environment Agency", type="ORG", aliases=["The Environment Agency", "the agency", "A spokesman for the agency"]),
    dict(name="Tom Hurrell", type="PERSON", aliases=["Mr Hurrell", "Ashcombe's MP", "the MP's office"]),
    dict(name="Graham Pellow", type="PERSON", aliases=["Mr Pellow", "the company's chief executive"]),
    dict(name="Lydia Fenn", type="PERSON", aliases=[]),
    dict(name="Ruth", type="PERSON", aliases=["Another swimmer"]),
    dict(name="Ashcombe Town Council", type="ORG", aliases=[]),
    dict(name="Ashcombe Gazette", type="ORG", aliases=["the Gazette"]),
]
