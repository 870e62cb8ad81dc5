# ruff: noqa: E501
"""Gold spec: a local paper on a council IT contract awarded without competition to a firm linked to a councillor's son (invented events)."""

# fmt: off
ID = "written-r6a-procurement"
TITLE = "£2.4m council IT deal went to firm linked to cabinet member’s son without tender"

TEXT = """
Wexley District Council awarded a £2.4 million contract to replace its computer systems to a company whose director is the son of a cabinet member, without inviting any other firm to bid, council papers show.

The contract with Castlegate Digital was signed in October under an “urgent need” exemption that allows the council to skip a tender in an emergency. Castlegate’s sole director, Tom Ainsworth, is the son of Cllr Derek Ainsworth, the cabinet member for resources.

Opposition leader Cllr Priya Nair said the exemption had been “stretched beyond breaking point”. “There was no emergency. The old system had been creaking for five years, and everyone knew it,” she said.

Cllr Ainsworth denied any involvement in the award. He said he had declared his son’s interest in writing in 2023 and had not taken part in any discussion of the contract.

“I was not in the room, I did not see the papers and I did not sign anything,” he told the Wexley Gazette. “Anyone who says otherwise is wrong.”

The council’s monitoring officer, Jane Pollard, confirmed that Cllr Ainsworth had filed a declaration of interest in 2023. She said she had found no evidence that he had influenced the decision.

But the minutes of a cabinet meeting in September list Cllr Ainsworth among those present when “IT resilience” was discussed. Asked about the minutes, Cllr Ainsworth said: “I can’t remember every item at every meeting. You would have to ask the clerk.”

The council’s chief executive, Mark Heeley, said the exemption had been used because the old system’s supplier had gone into administration in August, leaving the council without support. Castlegate had been the only firm able to start within a month, he said.

Asked how he knew that, given no other firm had been asked, Mr Heeley said officers had “sounded out the market informally”. He would not say which other companies had been contacted.

Mr Heeley acknowledged that the council had not published a notice of the award within 30 days, as procurement rules require. “That was an oversight and it has been put right,” he said.

Tom Ainsworth said his company had been chosen on merit. He declined to comment on his father’s role.

Cllr Nair has asked the district auditor to examine the contract. A spokesman for the audit firm, Grant Marlow, would neither confirm nor deny that it had received her letter.

Cllr Ainsworth said he would not step aside from the cabinet while questions were asked. “I have done nothing wrong, so why would I?” he said.

Council leader Cllr Susan Blake said she had “full confidence” in the monitoring officer’s review. Asked whether she had known of the link between Castlegate and Cllr Ainsworth before the contract was signed, she said she “would not get into who knew what and when”.
"""

QUOTES = [
    dict(content="the exemption had been “stretched beyond breaking point”", kind="mixed", speaker="Priya Nair", mention="Opposition leader Cllr Priya Nair", cue="said", stance="claim"),
    dict(content="There was no emergency. The old system had been creaking for five years, and everyone knew it,", kind="direct", speaker="Priya Nair", mention="she", cue="said", stance="claim"),
    dict(content="denied [[any involvement in the award]]", kind="indirect", speaker="Derek Ainsworth", mention="Cllr Ainsworth", cue="denied", stance="denial"),
    dict(content="he had declared his son’s interest in writing in 2023 and had not taken part in any discussion of the contract", kind="indirect", speaker="Derek Ainsworth", mention="He", cue="said", stance="denial"),
    dict(content="I was not in the room, I did not see the papers and I did not sign anything,", kind="direct", speaker="Derek Ainsworth", mention="he", cue="told the Wexley Gazette", stance="denial"),
    dict(content="Anyone who says otherwise is wrong.", kind="direct", speaker="Derek Ainsworth", mention="he", cue="told the Wexley Gazette", stance="denial"),
    dict(content="Cllr Ainsworth had filed a declaration of interest in 2023", kind="indirect", speaker="Jane Pollard", mention="The council’s monitoring officer, Jane Pollard", cue="confirmed", stance="confirmation"),
    dict(content="she had found no evidence that he had influenced the decision", kind="indirect", speaker="Jane Pollard", mention="She", cue="said", stance="denial"),
    dict(content="I can’t remember every item at every meeting. You would have to ask the clerk.", kind="direct", speaker="Derek Ainsworth", mention="[[Cllr Ainsworth]] said:", cue="said:", stance="non_denial"),
    dict(content="the exemption had been used because the old system’s supplier had gone into administration in August, leaving the council without support", kind="indirect", speaker="Mark Heeley", mention="The council’s chief executive, Mark Heeley", cue="said", stance="denial"),
    dict(content="Castlegate had been the only firm able to start within a month", kind="indirect", speaker="Mark Heeley", mention="he", cue="said", stance="denial"),
    dict(content="officers had “sounded out the market informally”", kind="mixed", speaker="Mark Heeley", mention="Mr Heeley", cue="said", stance="denial"),
    dict(content="which other companies had been contacted", kind="indirect", speaker="Mark Heeley", mention="He", cue="would not say", stance="refusal"),
    dict(content="the council had not published a notice of the award within 30 days, as procurement rules require", kind="indirect", speaker="Mark Heeley", mention="Mr Heeley", cue="acknowledged", stance="confirmation"),
    dict(content="That was an oversight and it has been put right,", kind="direct", speaker="Mark Heeley", mention="he", cue="said", stance="confirmation"),
    dict(content="his company had been chosen on merit", kind="indirect", speaker="Tom Ainsworth", mention="Tom Ainsworth", cue="said", stance="denial"),
    dict(content="to comment on his father’s role", kind="indirect", speaker="Tom Ainsworth", mention="He", cue="declined", stance="refusal"),
    dict(content="that it had received her letter", kind="indirect", speaker="Grant Marlow", mention="A spokesman for the audit firm, Grant Marlow", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="he would not step aside from the cabinet while questions were asked", kind="indirect", speaker="Derek Ainsworth", mention="Cllr Ainsworth", cue="said", stance="claim"),
    dict(content="I have done nothing wrong, so why would I?", kind="direct", speaker="Derek Ainsworth", mention="[[he]] said.", cue="said", stance="denial"),
    dict(content="she had “full confidence” in the monitoring officer’s review", kind="mixed", speaker="Susan Blake", mention="Council leader Cllr Susan Blake", cue="said", stance="claim"),
    dict(content="she “would not get into who knew what and when”", kind="mixed", speaker="Susan Blake", mention="[[she]] said she", cue="said", stance="non_denial"),
]

PARTIES = [
    dict(name="Wexley District Council", type="ORG", aliases=["the council"]),
    dict(name="Castlegate Digital", type="ORG", aliases=["Castlegate"]),
    dict(name="Tom Ainsworth", type="PERSON", aliases=["Castlegate’s sole director"]),
    dict(name="Derek Ainsworth", type="PERSON", aliases=["Cllr Derek Ainsworth", "Cllr Ainsworth"]),
    dict(name="Priya Nair", type="PERSON", aliases=["Cllr Priya Nair", "Cllr Nair", "Opposition leader Cllr Priya Nair"]),
    dict(name="Jane Pollard", type="PERSON", aliases=["The council’s monitoring officer"]),
    dict(name="Mark Heeley", type="PERSON", aliases=["Mr Heeley", "The council’s chief executive"]),
    dict(name="Grant Marlow", type="ORG", aliases=["the audit firm"]),
    dict(name="Susan Blake", type="PERSON", aliases=["Cllr Susan Blake", "Council leader Cllr Susan Blake"]),
    dict(name="Wexley Gazette", type="ORG", aliases=[]),
]
