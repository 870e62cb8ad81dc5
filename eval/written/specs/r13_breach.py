# ruff: noqa: E501
"""Gold spec: wire business news on a bank's data breach (invented events, invented people)."""

# fmt: off
ID = "written-r13-breach"
TITLE = "Northmere Bank admits breach exposed 1.2 million customers' details"

TEXT = """
LONDON, Oct 8 (Wire) - Northmere Bank confirmed on Wednesday that the personal details of about 1.2 million customers had been copied by hackers last month, and said it expected to pay compensation to those whose accounts were misused.

The breach began on Sept. 12 when attackers used a contractor's stolen password to reach a customer database, according to a person familiar with the bank's internal review.

Chief executive Laura Whitfield told analysts on a conference call the bank had "fallen short" of the standards customers expected. "We should have spotted this sooner, and we didn't. I take responsibility for that," she said.

The Financial Conduct Authority said the bank had waited more than two weeks before telling it about the attack, well beyond the deadline set by its rules.

Northmere said it had informed the regulator within 72 hours of confirming the breach, and that the earlier dates reflected "suspicious activity that was not yet known to be an attack".

"Every step we took in those first days was logged and shared with the authorities, and we will publish that timeline in full once the investigation allows it," said Tom Aldane, the bank's head of security, in a statement.

Whitfield declined to say whether the contractor, a payments software firm, would keep its contract with the bank. Asked whether job cuts were planned in the security division, she said the bank would "look at everything".

Consumer group Fair Money said dozens of people had contacted it about unexplained payments from their Northmere accounts since the weekend. Whitfield said she was not aware of any customer who had lost money as a result of the breach.

Northmere shares fell 3.1 percent in London. Analysts at Crowther Securities said the likely fine, which they put at up to 60 million pounds, was manageable for a bank of Northmere's size.

The bank declined to comment on the size of any fine.
"""

QUOTES = [
    dict(content="the personal details of about 1.2 million customers had been copied by hackers last month", kind="indirect", speaker="Northmere Bank", mention="Northmere Bank", cue="confirmed", stance="confirmation"),
    dict(content="it expected to pay compensation to those whose accounts were misused", kind="indirect", speaker="Northmere Bank", mention="Northmere Bank", cue="said", stance="claim"),
    dict(content="The breach began on Sept. 12 when attackers used a contractor's stolen password to reach a customer database", kind="indirect", speaker="a person familiar with the bank's internal review", mention="a person familiar with the bank's internal review", cue="according to", stance="claim"),
    dict(content='the bank had "fallen short" of the standards customers expected', kind="mixed", speaker="Laura Whitfield", mention="Chief executive Laura Whitfield", cue="told analysts on a conference call", stance="confirmation"),
    dict(content="We should have spotted this sooner, and we didn't. I take responsibility for that,", kind="direct", speaker="Laura Whitfield", mention="she said", cue="said", stance="confirmation"),
    dict(content="the bank had waited more than two weeks before telling it about the attack, well beyond the deadline set by its rules", kind="indirect", speaker="Financial Conduct Authority", mention="The Financial Conduct Authority", cue="said", stance="claim"),
    dict(content='it had informed the regulator within 72 hours of confirming the breach, and that the earlier dates reflected "suspicious activity that was not yet known to be an attack"', kind="mixed", speaker="Northmere Bank", mention="Northmere", cue="said", stance="denial"),
    dict(content="Every step we took in those first days was logged and shared with the authorities, and we will publish that timeline in full once the investigation allows it,", kind="direct", speaker="Tom Aldane", mention="Tom Aldane, the bank's head of security", cue="said", stance="denial"),
    dict(content="whether the contractor, a payments software firm, would keep its contract with the bank", kind="indirect", speaker="Laura Whitfield", mention="Whitfield", cue="declined to say", stance="non_denial"),
    dict(content='the bank would "look at everything"', kind="mixed", speaker="Laura Whitfield", mention="she said the bank", cue="said", stance="non_denial"),
    dict(content="dozens of people had contacted it about unexplained payments from their Northmere accounts since the weekend", kind="indirect", speaker="Fair Money", mention="Consumer group Fair Money", cue="said", stance="claim"),
    dict(content="she was not aware of any customer who had lost money as a result of the breach", kind="indirect", speaker="Laura Whitfield", mention="Whitfield", cue="said", stance="non_denial"),
    dict(content="the likely fine, which they put at up to 60 million pounds, was manageable for a bank of Northmere's size", kind="indirect", speaker="Analysts at Crowther Securities", mention="Analysts at Crowther Securities", cue="said", stance="claim"),
    dict(content="to comment on the size of any fine", kind="indirect", speaker="Northmere Bank", mention="The bank", cue="declined", stance="refusal"),
]

PARTIES = [
    dict(name="Northmere Bank", type="ORG", aliases=["Northmere", "the bank"]),
    dict(name="Laura Whitfield", type="PERSON", aliases=["Whitfield"]),
    dict(name="Financial Conduct Authority", type="ORG", aliases=[]),
    dict(name="Tom Aldane", type="PERSON", aliases=[]),
    dict(name="Fair Money", type="ORG", aliases=[]),
    dict(name="Crowther Securities", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["a person familiar with the bank's internal review", "Analysts at Crowther Securities"]
