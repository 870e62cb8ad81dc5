# ruff: noqa: E501
"""Gold spec: a business story on an insurer fined over flood claims; "the insurer", "the watchdog", a company spokesman, analysts, a chief executive with a particle name (invented events)."""

# fmt: off
ID = "written-r7b-insurer"
TITLE = "Regulator Fines Kestrel Insurance £12m Over Flood Claims Delays"

TEXT = """
Kestrel Insurance was fined £12.4 million on Tuesday for leaving thousands of flood-hit homeowners waiting months for their claims to be settled, in one of the largest penalties of its kind.

The Prudential Conduct Office said the insurer had failed to hire enough loss adjusters after the storms of last winter and had sent customers “confusing and contradictory” letters. The watchdog said about 8,700 claims had taken longer than six months to settle.

“Customers who had lost their homes were left in limbo by a firm that knew it could not cope,” said Rachel Imrie, the regulator’s director of enforcement.

Kestrel accepted the findings. Its chief executive, Anne-Marie van Leeuwen, said the company was “deeply sorry” and had since doubled its claims staff. “We got this badly wrong, and I apologise to every customer we let down,” she said in a statement.

A Kestrel spokesman said the fine would not affect the insurer’s dividend. He declined to say whether any executives would lose their bonuses.

Shares in the company rose 2 percent. Analysts said the penalty was smaller than many investors had feared. “The market had priced in something closer to £30 million,” said Tom Reddy, an analyst at Calder Securities.

The Flood Action Network, a campaign group, said the fine was “a slap on the wrist” and called for compensation to be paid directly to customers. Its co-founder, Bethan Rhys, said some families were still living in caravans.
"""

QUOTES = [
    dict(content=("the insurer had failed to hire enough loss adjusters", "“confusing and contradictory” letters"), kind="mixed", speaker="Prudential Conduct Office", mention="The Prudential Conduct Office", cue="said", stance="claim"),
    dict(content="about 8,700 claims had taken longer than six months to settle", kind="indirect", speaker="Prudential Conduct Office", mention="The watchdog", cue="said", stance="claim"),
    dict(content="Customers who had lost their homes were left in limbo by a firm that knew it could not cope,", kind="direct", speaker="Rachel Imrie", mention="Rachel Imrie, the regulator’s director of enforcement", cue="said", stance="claim"),
    dict(content=("the company was “deeply sorry”", "had since doubled its claims staff"), kind="mixed", speaker="Anne-Marie van Leeuwen", mention="Its chief executive, Anne-Marie van Leeuwen", cue="said", stance="confirmation"),
    dict(content="We got this badly wrong, and I apologise to every customer we let down,", kind="direct", speaker="Anne-Marie van Leeuwen", mention="she", cue="said in a statement", stance="confirmation"),
    dict(content="the fine would not affect the insurer’s dividend", kind="indirect", speaker="Kestrel Insurance", mention="A Kestrel spokesman", cue="said", stance="claim"),
    dict(content="declined [[to say whether any executives would lose their bonuses]]", kind="indirect", speaker="Kestrel Insurance", mention="He", cue="declined", stance="non_denial"),
    dict(content="the penalty was smaller than many investors had feared", kind="indirect", speaker="Analysts", mention="Analysts", cue="said", stance="claim"),
    dict(content="The market had priced in something closer to £30 million,", kind="direct", speaker="Tom Reddy", mention="Tom Reddy, an analyst at Calder Securities", cue="said", stance="claim"),
    dict(content=("the fine was “a slap on the wrist”", "to be paid directly to customers"), kind="mixed", speaker="Flood Action Network", mention="The Flood Action Network, a campaign group", cue="said", stance="claim"),
    dict(content="some families were still living in caravans", kind="indirect", speaker="Bethan Rhys", mention="Its co-founder, Bethan Rhys", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Analysts"]

PARTIES = [
    dict(name="Kestrel Insurance", type="ORG", aliases=["Kestrel", "the insurer", "the company"]),
    dict(name="Prudential Conduct Office", type="ORG", aliases=["The Prudential Conduct Office", "The watchdog", "the regulator"]),
    dict(name="Rachel Imrie", type="PERSON", aliases=[]),
    dict(name="Anne-Marie van Leeuwen", type="PERSON", aliases=["Its chief executive"]),
    dict(name="Tom Reddy", type="PERSON", aliases=[]),
    dict(name="Calder Securities", type="ORG", aliases=[]),
    dict(name="Flood Action Network", type="ORG", aliases=["The Flood Action Network"]),
    dict(name="Bethan Rhys", type="PERSON", aliases=["Its co-founder"]),
]
