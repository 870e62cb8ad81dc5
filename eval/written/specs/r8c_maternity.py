# ruff: noqa: E501
"""Gold spec: local news on a maternity unit's downgrade at an invented hospital (invented events, invented people)."""

# fmt: off
ID = "written-r8c-maternity"
TITLE = "Families fear for mothers as Ashcombe maternity unit is downgraded"

TEXT = """
Ashcombe General Hospital's maternity unit will stop handling high-risk births from next month, health bosses have confirmed, leaving expectant mothers in the town facing a 40-minute journey to the nearest specialist unit.

The Vale Health Trust said the change was needed because it could not recruit enough consultant obstetricians to staff the unit safely around the clock. Midwife-led care for low-risk births would continue at Ashcombe, it said.

Chief executive Dr Sunita Rao apologised for the short notice. She told a public meeting on Tuesday night that the trust had tried "every avenue" to find staff, including agencies overseas, and that the decision had been "the hardest of my career".

Several of the 200 people at the meeting expressed concern that ambulances would not reach the specialist unit at Bramwell in time in an emergency. One father, Gareth Lloyd, said his daughter had been born at Ashcombe after a 20-minute labour. "If we had been on the road to Bramwell, I would have delivered her on the hard shoulder," he said.

Dr Rao said the ambulance service had assured the trust that it could cope. But the regional ambulance service, asked about that claim, said only that it was "working with partners" on the changes.

The town's MP, Felicity Crane, said she had written to the health secretary to ask him to intervene. She accused the trust of "presenting the town with a done deal" and said no proper consultation had taken place, a claim that the trust disputes.

According to the trust, a six-week engagement exercise was held last autumn and more than 900 people responded. Critics point out that the exercise asked about "the future of services" in general and never mentioned the maternity unit by name.

The Royal College of Midwives warned that midwife-led units needed fast transfer arrangements to be safe. Its regional officer, Joan Pike, said she was not opposed to the change in principle. The concern, she said, was that the transfer plans had not been published.

Ms Crane's claim that the unit was being run down deliberately ahead of a wider reorganisation was firmly rejected by Dr Rao. "There is no hidden plan," she said. "I would tell you if there were."

The trust's own board papers, seen by the Ashcombe Echo, show that the unit has been short of at least three consultants for most of the past year.

Health campaigner Ruth Obi, who runs the Save Ashcombe Babies group, said 4,000 people had signed a petition against the downgrade within 48 hours. The group plans a march through the town centre on Saturday, she said.

A Department of Health spokesperson said decisions about local services were for the NHS locally, and that patient safety "must always come first".
"""

QUOTES = [
    dict(content="Ashcombe General Hospital's maternity unit will stop handling high-risk births from next month", kind="indirect", speaker="Vale Health Trust", mention="health bosses", cue="have confirmed", stance="confirmation"),
    dict(content="the change was needed because it could not recruit enough consultant obstetricians to staff the unit safely around the clock", kind="indirect", speaker="Vale Health Trust", mention="The Vale Health Trust", cue="said", stance="claim"),
    dict(content="Midwife-led care for low-risk births would continue at Ashcombe", kind="indirect", speaker="Vale Health Trust", mention="it said", cue="said", stance="claim"),
    dict(content="the short notice", kind="indirect", speaker="Sunita Rao", mention="Chief executive Dr Sunita Rao", cue="apologised for", stance="claim"),
    dict(content='the trust had tried "every avenue" to find staff, including agencies overseas, and that the decision had been "the hardest of my career"', kind="mixed", speaker="Sunita Rao", mention="She", cue="told a public meeting", stance="claim"),
    dict(content="ambulances would not reach the specialist unit at Bramwell in time in an emergency", kind="indirect", speaker="people at the meeting", mention="Several of the 200 people at the meeting", cue="expressed concern", stance="claim"),
    dict(content="his daughter had been born at Ashcombe after a 20-minute labour", kind="indirect", speaker="Gareth Lloyd", mention="One father, Gareth Lloyd", cue="said", stance="claim"),
    dict(content="If we had been on the road to Bramwell, I would have delivered her on the hard shoulder,", kind="direct", speaker="Gareth Lloyd", mention="he said", cue="said", stance="claim"),
    dict(content="the ambulance service had assured the trust that it could cope", kind="indirect", speaker="Sunita Rao", mention="Dr Rao", cue="said", stance="claim"),
    dict(content='it was "working with partners" on the changes', kind="mixed", speaker="regional ambulance service", mention="the regional ambulance service", cue="said only", stance="non_denial"),
    dict(content="she had written to the health secretary to ask him to intervene", kind="indirect", speaker="Felicity Crane", mention="The town's MP, Felicity Crane", cue="said", stance="claim"),
    dict(content='the trust of "presenting the town with a done deal"', kind="mixed", speaker="Felicity Crane", mention="She", cue="accused", stance="claim"),
    dict(content="no proper consultation had taken place", kind="indirect", speaker="Felicity Crane", mention="She", cue="said", stance="claim"),
    dict(content="a claim", kind="indirect", speaker="Vale Health Trust", mention="the trust disputes", cue="disputes", stance="denial"),
    dict(content="a six-week engagement exercise was held last autumn and more than 900 people responded", kind="indirect", speaker="Vale Health Trust", mention="the trust", cue="According to", stance="claim"),
    dict(content='the exercise asked about "the future of services" in general and never mentioned the maternity unit by name', kind="mixed", speaker="critics", mention="Critics", cue="point out", stance="claim"),
    dict(content="midwife-led units needed fast transfer arrangements to be safe", kind="indirect", speaker="Royal College of Midwives", mention="The Royal College of Midwives", cue="warned", stance="claim"),
    dict(content="she was not opposed to the change in principle", kind="indirect", speaker="Joan Pike", mention="Its regional officer, Joan Pike", cue="said", stance="claim"),
    dict(content="The concern, she said, was that the transfer plans had not been published", kind="indirect", speaker="Joan Pike", mention="she said", cue="said", stance="claim"),
    dict(content="the unit was being run down deliberately ahead of a wider reorganisation", kind="indirect", speaker="Felicity Crane", mention="Ms Crane's", cue="claim", stance="claim"),
    dict(content="There is no hidden plan,", kind="direct", speaker="Sunita Rao", mention="she said", cue="said", stance="denial"),
    dict(content="I would tell you if there were.", kind="direct", speaker="Sunita Rao", mention="she said", cue="said", stance="denial"),
    dict(content="4,000 people had signed a petition against the downgrade within 48 hours", kind="indirect", speaker="Ruth Obi", mention="Health campaigner Ruth Obi, who runs the Save Ashcombe Babies group", cue="said", stance="claim"),
    dict(content="The group plans a march through the town centre on Saturday", kind="indirect", speaker="Ruth Obi", mention="she said", cue="said", stance="claim"),
    dict(content='decisions about local services were for the NHS locally, and that patient safety "must always come first"', kind="mixed", speaker="Department of Health", mention="A Department of Health spokesperson", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Vale Health Trust", type="ORG", aliases=["the trust"]),
    dict(name="Sunita Rao", type="PERSON", aliases=["Dr Rao", "Dr Sunita Rao"]),
    dict(name="Gareth Lloyd", type="PERSON", aliases=[]),
    dict(name="regional ambulance service", type="ORG", aliases=[]),
    dict(name="Felicity Crane", type="PERSON", aliases=["Ms Crane"]),
    dict(name="Royal College of Midwives", type="ORG", aliases=[]),
    dict(name="Joan Pike", type="PERSON", aliases=[]),
    dict(name="Ruth Obi", type="PERSON", aliases=[]),
    dict(name="Save Ashcombe Babies", type="ORG", aliases=[]),
    dict(name="Department of Health", type="ORG", aliases=[]),
    dict(name="Ashcombe General Hospital", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["people at the meeting", "critics"]
