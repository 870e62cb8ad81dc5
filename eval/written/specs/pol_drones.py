# ruff: noqa: E501
"""Gold spec: a U.N. panel report on drones sent to Libya against an embargo (invented events)."""

# fmt: off
ID = "written-pol-drones"
TITLE = "U.N. panel says Cypriot firm sent drones to Libya; company denies it"

TEXT = """
GENEVA — A Cyprus-registered aviation company shipped at least 14 armed drones to eastern Libya last year in breach of a United Nations arms embargo, according to a confidential report by a U.N. panel of experts seen on Wednesday.

The company, Kestrel Aerosystems, denied the allegation in a statement and said all of its aircraft had been sold to civilian clients with the approval of export authorities.

"We have never sold a weapon to anyone, in Libya or anywhere else," Kestrel's chief executive, Andreas Michaelides, told reporters in Limassol. "Our aircraft carry cameras, not missiles."

The 31-page report, which was sent to the Security Council's sanctions committee last month, says the drones were flown from an airfield in Cyprus to Benghazi via a cargo hub in the eastern Mediterranean between March and July. It is based on flight records, satellite images and photographs of wreckage in which serial numbers matching Kestrel's production line are visible.

Michaelides acknowledged that the company had sold six unarmed surveillance aircraft to a logistics firm in Malta in 2025 but said he had "no idea" where they went afterwards.

“Once an aircraft leaves our hangar with every licence in order, we cannot follow it around the world,” he said.

The Cypriot government spokesman, Stelios Kyriakou, said export licences had been issued "in full conformity with European Union rules" and that the authorities would examine the panel's findings. He would not say whether police had opened an investigation.

The findings are likely to complicate talks that resumed in Geneva on Wednesday between Libya's rival administrations, according to diplomats involved in the process.

A Western diplomat who has read the report, and who asked not to be named because it has not been published, said its evidence was “as solid as these things get.”

“The serial numbers are there in the photographs,” the diplomat said. “Somebody is going to have to explain how they got to Benghazi.”

The United States said it was "deeply concerned" by the findings. In a statement, State Department spokeswoman Karen Whitfield called on "all member states to enforce the embargo they voted for," without naming Cyprus.

A spokesman for the eastern administration's armed forces, Col. Faraj al-Obeidi, dismissed the report as “propaganda written by people who have never set foot in Benghazi.” He insisted that the forces had “not received a single drone from abroad since the embargo began.”

The chair of the sanctions committee, Ambassador Lena Sørby of Norway, said the committee would discuss the report at a closed meeting next week. She declined to comment on its contents.

Malta's foreign ministry did not respond to a request for comment.
"""

QUOTES = [
    dict(content="A Cyprus-registered aviation company shipped at least 14 armed drones to eastern Libya last year in breach of a United Nations arms embargo", kind="indirect", speaker="U.N. panel of experts", mention="a confidential report by a U.N. panel of experts", cue="according to", stance="claim"),
    dict(content="denied [[the allegation]]", kind="indirect", speaker="Kestrel Aerosystems", mention="The company, Kestrel Aerosystems", cue="denied", stance="denial"),
    dict(content="all of its aircraft had been sold to civilian clients with the approval of export authorities", kind="indirect", speaker="Kestrel Aerosystems", mention="The company, Kestrel Aerosystems", cue="said", stance="denial"),
    dict(content="We have never sold a weapon to anyone, in Libya or anywhere else,", kind="direct", speaker="Andreas Michaelides", mention="Kestrel's chief executive, Andreas Michaelides", cue="told reporters", stance="denial"),
    dict(content="Our aircraft carry cameras, not missiles.", kind="direct", speaker="Andreas Michaelides", mention="Kestrel's chief executive, Andreas Michaelides", cue="told reporters", stance="denial"),
    dict(content="the drones were flown from an airfield in Cyprus to Benghazi via a cargo hub in the eastern Mediterranean between March and July", kind="indirect", speaker="U.N. panel of experts", mention="The 31-page report", cue="says", stance="claim"),
    dict(content="the company had sold six unarmed surveillance aircraft to a logistics firm in Malta in 2025", kind="indirect", speaker="Andreas Michaelides", mention="Michaelides", cue="acknowledged", stance="confirmation"),
    dict(content='he had "no idea" where they went afterwards', kind="mixed", speaker="Andreas Michaelides", mention="Michaelides", cue="said", stance="non_denial"),
    dict(content="Once an aircraft leaves our hangar with every licence in order, we cannot follow it around the world,", kind="direct", speaker="Andreas Michaelides", mention="he", cue="said", stance="non_denial"),
    dict(content='export licences had been issued "in full conformity with European Union rules" and that the authorities would examine the panel\'s findings', kind="mixed", speaker="Stelios Kyriakou", mention="The Cypriot government spokesman, Stelios Kyriakou", cue="said", stance="claim"),
    dict(content="whether police had opened an investigation", kind="indirect", speaker="Stelios Kyriakou", mention="He", cue="would not say", stance="non_denial"),
    dict(content="The findings are likely to complicate talks that resumed in Geneva on Wednesday between Libya's rival administrations", kind="indirect", speaker="diplomats involved in the process", mention="diplomats involved in the process", cue="according to", stance="claim"),
    dict(content="its evidence was “as solid as these things get.”", kind="mixed", speaker="A Western diplomat", mention="A Western diplomat who has read the report", cue="said", stance="claim"),
    dict(content="The serial numbers are there in the photographs,", kind="direct", speaker="A Western diplomat", mention="the diplomat", cue="said", stance="claim"),
    dict(content="Somebody is going to have to explain how they got to Benghazi.", kind="direct", speaker="A Western diplomat", mention="the diplomat", cue="said", stance="claim"),
    dict(content='it was "deeply concerned" by the findings', kind="mixed", speaker="United States", mention="The United States", cue="said", stance="claim"),
    dict(content="all member states to enforce the embargo they voted for,", kind="direct", speaker="Karen Whitfield", mention="State Department spokeswoman Karen Whitfield", cue="called on", stance="claim"),
    dict(content="the report as “propaganda written by people who have never set foot in Benghazi.”", kind="mixed", speaker="Faraj al-Obeidi", mention="A spokesman for the eastern administration's armed forces, Col. Faraj al-Obeidi", cue="dismissed", stance="denial"),
    dict(content="the forces had “not received a single drone from abroad since the embargo began.”", kind="mixed", speaker="Faraj al-Obeidi", mention="He", cue="insisted", stance="denial"),
    dict(content="the committee would discuss the report at a closed meeting next week", kind="indirect", speaker="Lena Sørby", mention="The chair of the sanctions committee, Ambassador Lena Sørby of Norway", cue="said", stance="claim"),
    dict(content="to comment on its contents", kind="indirect", speaker="Lena Sørby", mention="She", cue="declined", stance="refusal"),
]

UNNAMED_SPEAKERS = ["diplomats involved in the process", "A Western diplomat"]

PARTIES = [
    dict(name="U.N. panel of experts", type="ORG", aliases=["The 31-page report"]),
    dict(name="Kestrel Aerosystems", type="ORG", aliases=["Kestrel", "The company", "A Cyprus-registered aviation company", "Cyprus-registered aviation company"]),
    dict(name="Andreas Michaelides", type="PERSON", aliases=["Michaelides", "Kestrel's chief executive"]),
    dict(name="Stelios Kyriakou", type="PERSON", aliases=["The Cypriot government spokesman", "Cypriot government spokesman"]),
    dict(name="Karen Whitfield", type="PERSON", aliases=["State Department spokeswoman Karen Whitfield"]),
    dict(name="Faraj al-Obeidi", type="PERSON", aliases=["Col. Faraj al-Obeidi", "A spokesman for the eastern administration's armed forces"]),
    dict(name="Lena Sørby", type="PERSON", aliases=["Ambassador Lena Sørby", "The chair of the sanctions committee"]),
    dict(name="United States", type="GPE", aliases=[]),
    dict(name="State Department", type="ORG", aliases=[]),
    dict(name="sanctions committee", type="ORG", aliases=["the committee", "the Security Council's sanctions committee", "Security Council's sanctions committee"]),
    dict(name="Security Council", type="ORG", aliases=[]),
    dict(name="United Nations", type="ORG", aliases=["U.N."]),
    dict(name="European Union", type="ORG", aliases=[]),
    dict(name="Cyprus", type="GPE", aliases=["Cypriot government"]),
    dict(name="Libya", type="GPE", aliases=[]),
    dict(name="Norway", type="GPE", aliases=[]),
    dict(name="Malta", type="GPE", aliases=[]),
    dict(name="Malta's foreign ministry", type="ORG", aliases=[]),
]
