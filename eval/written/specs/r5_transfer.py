# ruff: noqa: E501
"""Gold spec: a wire sports story on a disputed transfer fee between two clubs and a player's agent (invented events)."""

# fmt: off
ID = "written-r5-transfer"
TITLE = "Rovers say Ashby still owes £4 million for striker; Ashby calls claim ‘a negotiating tactic’"

TEXT = """
LONDON (AP) — Championship club Castleford Rovers have taken legal action against Premier League side Ashby United over an unpaid instalment of the transfer fee for striker Kofi Mensah, Rovers said Wednesday.

Rovers chief executive Dawn Ellison said Ashby had missed a payment of 4 million pounds due in January and had ignored three reminders. “We have been patient. We are not a bank,” Ellison said.

Ashby said it had “fully honoured” the terms of the deal. A club spokesman said the January payment had been withheld because Rovers had failed to provide medical records that were a condition of the contract.

“This is a negotiating tactic, nothing more,” the spokesman said.

Ellison rejected that. She said every record requested had been sent in August, and that Ashby had never raised the issue until the payment was overdue. “If they had a problem with the paperwork, they had five months to tell us,” she said.

Mensah’s agent, Paolo Ricci, said the player was “caught in the middle” and wanted to focus on football. Asked whether Mensah had been unsettled by the dispute, Ricci said: “He is a professional.”

Ricci would not say whether he had spoken to other clubs about Mensah, who has scored nine goals this season.

The Football Association confirmed it had been notified of the dispute but said it was a contractual matter between the two clubs.

Ashby manager Steve Quinn, speaking before Saturday’s game at Elland Park, said he had “no idea” about the legal side. “I pick the team. Lawyers do the lawyering,” he said.

Pressed on whether Mensah would start on Saturday, Quinn smiled. “You’ll find out at three o’clock,” he said.

Rovers fans’ group Castleford Together said the club needed the money to pay for repairs to the stadium roof. Its chair, Angela Wright, said supporters were “fed up of being treated like a cash machine by bigger clubs.”

The case is expected to be heard by an independent tribunal in the spring.
"""

QUOTES = [
    dict(content="Championship club Castleford Rovers have taken legal action against Premier League side Ashby United over an unpaid instalment of the transfer fee for striker Kofi Mensah", kind="indirect", speaker="Castleford Rovers", mention="[[Rovers]] said Wednesday", cue="said", stance="claim"),
    dict(content="Ashby had missed a payment of 4 million pounds due in January and had ignored three reminders", kind="indirect", speaker="Dawn Ellison", mention="Rovers chief executive Dawn Ellison", cue="said", stance="claim"),
    dict(content="We have been patient. We are not a bank,", kind="direct", speaker="Dawn Ellison", mention="[[Ellison]] said.", cue="said", stance="claim"),
    dict(content="it had “fully honoured” the terms of the deal", kind="mixed", speaker="Ashby United", mention="Ashby", cue="said", stance="denial"),
    dict(content="the January payment had been withheld because Rovers had failed to provide medical records that were a condition of the contract", kind="indirect", speaker="Ashby United", mention="A club spokesman", cue="said", stance="denial"),
    dict(content="This is a negotiating tactic, nothing more,", kind="direct", speaker="Ashby United", mention="the spokesman", cue="said", stance="denial"),
    dict(content="rejected [[that]]", kind="indirect", speaker="Dawn Ellison", mention="Ellison", cue="rejected", stance="denial"),
    dict(content="every record requested had been sent in August, and that Ashby had never raised the issue until the payment was overdue", kind="indirect", speaker="Dawn Ellison", mention="She", cue="said", stance="denial"),
    dict(content="If they had a problem with the paperwork, they had five months to tell us,", kind="direct", speaker="Dawn Ellison", mention="[[she]] said.", cue="said", stance="denial"),
    dict(content="the player was “caught in the middle” and wanted to focus on football", kind="mixed", speaker="Paolo Ricci", mention="Mensah’s agent, Paolo Ricci", cue="said", stance="claim"),
    dict(content="He is a professional.", kind="direct", speaker="Paolo Ricci", mention="[[Ricci]] said:", cue="said:", stance="non_denial"),
    dict(content="whether he had spoken to other clubs about Mensah, who has scored nine goals this season", kind="indirect", speaker="Paolo Ricci", mention="Ricci", cue="would not say", stance="non_denial"),
    dict(content="it had been notified of the dispute", kind="indirect", speaker="Football Association", mention="The Football Association", cue="confirmed", stance="confirmation"),
    dict(content="it was a contractual matter between the two clubs", kind="indirect", speaker="Football Association", mention="The Football Association", cue="said", stance="refusal"),
    dict(content="he had “no idea” about the legal side", kind="mixed", speaker="Steve Quinn", mention="Ashby manager Steve Quinn, speaking before Saturday’s game at Elland Park", cue="said", stance="non_denial"),
    dict(content="I pick the team. Lawyers do the lawyering,", kind="direct", speaker="Steve Quinn", mention="[[he]] said.", cue="said", stance="non_denial"),
    dict(content="You’ll find out at three o’clock,", kind="direct", speaker="Steve Quinn", mention="he", cue="said", stance="non_denial"),
    dict(content="the club needed the money to pay for repairs to the stadium roof", kind="indirect", speaker="Castleford Together", mention="Rovers fans’ group Castleford Together", cue="said", stance="claim"),
    dict(content="supporters were “fed up of being treated like a cash machine by bigger clubs.”", kind="mixed", speaker="Angela Wright", mention="Its chair, Angela Wright", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Castleford Rovers", type="ORG", aliases=["Rovers", "Championship club Castleford Rovers"]),
    dict(name="Ashby United", type="ORG", aliases=["Ashby", "Premier League side Ashby United", "A club spokesman", "the spokesman"]),
    dict(name="Dawn Ellison", type="PERSON", aliases=["Ellison", "Rovers chief executive Dawn Ellison"]),
    dict(name="Kofi Mensah", type="PERSON", aliases=["Mensah", "striker Kofi Mensah"]),
    dict(name="Paolo Ricci", type="PERSON", aliases=["Ricci", "Mensah’s agent"]),
    dict(name="Football Association", type="ORG", aliases=["The Football Association"]),
    dict(name="Steve Quinn", type="PERSON", aliases=["Quinn", "Ashby manager Steve Quinn"]),
    dict(name="Castleford Together", type="ORG", aliases=["Rovers fans’ group Castleford Together"]),
    dict(name="Angela Wright", type="PERSON", aliases=["Its chair"]),
]
