# ruff: noqa: E501
"""Gold spec: an investigative piece on a flood-relief charity's contracts, with answers from the accused (invented events)."""

# fmt: off
ID = "written-wire-shelters"
TITLE = "Flood relief charity paid millions to firms owned by its chief executive's relatives"

TEXT = """
LEEDS — The Dales Relief Trust, a charity that ran emergency shelters after last winter's floods in Yorkshire, paid more than £3.1 million to two companies owned by relatives of its chief executive in the six months after the water rose.

The companies, Holme Valley Catering and Northgate Site Services, supplied meals, portable heaters and security guards to shelters in Malton, Tadcaster and York. Both are owned by the brother and sister-in-law of the trust's chief executive, Gareth Winslow.

Three former shelter managers said they had been told to order only from the two firms, even when local suppliers offered lower prices. A former shelter manager, who spoke on condition of anonymity because she still works in the sector, said a quote from a York bakery for sandwiches had been "roughly half" of what Holme Valley charged.

“We were handed a list with two names on it and told that was the list,” said Dennis Okafor, who ran the Tadcaster shelter for eleven weeks. “Nobody ever explained why.”

Winslow denied that his relatives had been favoured. In an interview, he said both firms had been chosen because they could deliver at short notice when roads were closed, and that the trust's board had approved every contract.

“I declared the family connection on day one. It's in the minutes,” he said. “If I'd wanted to hide it, I wouldn't have written it down.”

The minutes tell a different story. The board meeting at which the contracts were approved took place on March 14, six weeks after the first invoices were paid, and the record of it does not mention Winslow's relatives.

Asked about the dates, Winslow said the board had given "verbal approval" by telephone in January, and that the March meeting had only formalised it. He declined to provide the names of the trustees who took part in the call.

The trust's chair, Margaret Olney, said in an email that the board was "reviewing its procurement records" and would "not be drawn on individual contracts while that work is under way."

Holme Valley Catering said its prices reflected the cost of cooking 2,000 hot meals a day in a flooded county. “We didn't overcharge anyone. We fed people when no one else would,” its director, Paul Winslow, said in a statement.

Northgate Site Services did not respond to repeated requests for comment.

The Charity Commission, which regulates charities in England and Wales, said it was "aware of concerns" about the trust and was assessing them. A spokesperson for the regulator would not confirm or deny whether a formal inquiry had been opened.

North Yorkshire Council, which gave the trust £1.8 million from its emergency fund, said it had asked for a full breakdown of spending. Council leader Harriet Boyce went further. “Public money comes with public obligations,” she told a council meeting on Wednesday. “If those obligations weren't met, we will want it back.”

The trust admitted in a letter to donors last week that it had "fallen short" on record-keeping during the emergency, but said no money had been lost.
"""

QUOTES = [
    dict(content="they had been told to order only from the two firms, even when local suppliers offered lower prices", kind="indirect", speaker="Three former shelter managers", mention="Three former shelter managers", cue="said", stance="claim"),
    dict(content='a quote from a York bakery for sandwiches had been "roughly half" of what Holme Valley charged', kind="mixed", speaker="A former shelter manager", mention="A former shelter manager, who spoke on condition of anonymity because she still works in the sector", cue="said", stance="claim"),
    dict(content="We were handed a list with two names on it and told that was the list,", kind="direct", speaker="Dennis Okafor", mention="Dennis Okafor, who ran the Tadcaster shelter for eleven weeks", cue="said", stance="claim"),
    dict(content="Nobody ever explained why.", kind="direct", speaker="Dennis Okafor", mention="Dennis Okafor, who ran the Tadcaster shelter for eleven weeks", cue="said", stance="claim"),
    dict(content="his relatives had been favoured", kind="indirect", speaker="Gareth Winslow", mention="Winslow", cue="denied", stance="denial"),
    dict(content=('both firms had been chosen because', 'had approved every contract'), kind="indirect", speaker="Gareth Winslow", mention="[[he]] said both", cue="said", stance="denial"),
    dict(content="I declared the family connection on day one. It's in the minutes,", kind="direct", speaker="Gareth Winslow", mention="he", cue="said", stance="denial"),
    dict(content="If I'd wanted to hide it, I wouldn't have written it down.", kind="direct", speaker="Gareth Winslow", mention="he", cue="said", stance="denial"),
    dict(content=('the board had given', 'had only formalised it'), kind="mixed", speaker="Gareth Winslow", mention="Winslow", cue="said", stance="denial"),
    dict(content="the names of the trustees who took part in the call", kind="indirect", speaker="Gareth Winslow", mention="He", cue="declined to provide", stance="refusal"),
    dict(content=('the board was', 'under way."'), kind="mixed", speaker="Margaret Olney", mention="The trust's chair, Margaret Olney", cue="said in an email", stance="refusal"),
    dict(content="its prices reflected the cost of cooking 2,000 hot meals a day in a flooded county", kind="indirect", speaker="Holme Valley Catering", mention="Holme Valley Catering", cue="said", stance="denial"),
    dict(content="We didn't overcharge anyone. We fed people when no one else would,", kind="direct", speaker="Paul Winslow", mention="its director, Paul Winslow", cue="said in a statement", stance="denial"),
    dict(content='it was "aware of concerns" about the trust and was assessing them', kind="mixed", speaker="Charity Commission", mention="The Charity Commission, which regulates charities in England and Wales", cue="said", stance="claim"),
    dict(content="whether a formal inquiry had been opened", kind="indirect", speaker="Charity Commission", mention="A spokesperson for the regulator", cue="would not confirm or deny", stance="non_denial"),
    dict(content="it had asked for a full breakdown of spending", kind="indirect", speaker="North Yorkshire Council", mention="North Yorkshire Council, which gave the trust £1.8 million from its emergency fund", cue="said", stance="claim"),
    dict(content="Public money comes with public obligations,", kind="direct", speaker="Harriet Boyce", mention="she", cue="told a council meeting", stance="claim"),
    dict(content="If those obligations weren't met, we will want it back.", kind="direct", speaker="Harriet Boyce", mention="she", cue="told a council meeting", stance="claim"),
    dict(content='it had "fallen short" on record-keeping during the emergency', kind="mixed", speaker="Dales Relief Trust", mention="The trust", cue="admitted", stance="confirmation"),
    dict(content="no money had been lost", kind="indirect", speaker="Dales Relief Trust", mention="The trust", cue="said", stance="denial"),
]

UNNAMED_SPEAKERS = ["Three former shelter managers", "A former shelter manager"]

PARTIES = [
    dict(name="Dales Relief Trust", type="ORG", aliases=["The Dales Relief Trust", "The trust", "the trust", "trust"]),
    dict(name="Gareth Winslow", type="PERSON", aliases=["Winslow", "the trust's chief executive", "trust's chief executive"]),
    dict(name="Holme Valley Catering", type="ORG", aliases=["Holme Valley"]),
    dict(name="Northgate Site Services", type="ORG", aliases=[]),
    dict(name="Dennis Okafor", type="PERSON", aliases=[]),
    dict(name="Margaret Olney", type="PERSON", aliases=["The trust's chair", "trust's chair"]),
    dict(name="Paul Winslow", type="PERSON", aliases=["its director"]),
    dict(name="Charity Commission", type="ORG", aliases=["The Charity Commission", "the regulator", "A spokesperson for the regulator", "regulator", "spokesperson for the regulator"]),
    dict(name="North Yorkshire Council", type="ORG", aliases=[]),
    dict(name="Harriet Boyce", type="PERSON", aliases=["Council leader Harriet Boyce"]),
]
