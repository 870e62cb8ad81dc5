# ruff: noqa: E501
"""Gold spec: a regional paper on damp and mould in a housing association's flats, tenants against the landlord (invented events)."""

# fmt: off
ID = "written-r5-housing"
TITLE = "Tenants say mould complaints were ignored for two years at Calverton flats"

TEXT = """
Families living in a block of flats in Calverton say they have spent two winters scraping black mould off their children’s bedroom walls while their landlord told them to “open a window”.

Residents of Linden Court, which is owned by Eastmere Homes, have handed the Post a file of more than 60 emails and repair requests dating back to November 2024.

Sadia Rahman, 34, who lives on the fourth floor with her husband and three children, said her youngest son had been admitted to hospital twice with breathing problems last winter. “The doctor asked me straight away if we had damp at home. I told her to come and see,” she said.

Eastmere Homes said it had carried out 23 repairs at Linden Court in the past 12 months and that “the vast majority” of damp cases in the block had been resolved. A spokesman said the association “completely rejects” any suggestion that tenants had been ignored.

“Every report we receive is logged, inspected and acted on,” he said. “We have a dedicated damp and mould team and we have doubled its size this year.”

But the Post has seen an email sent to Mrs Rahman in February by an Eastmere surveyor which says her flat “does not require further action” and advises her to “dry clothes outdoors where possible”.

Asked about the email, the spokesman said the association did not comment on individual tenancies.

The association’s chief executive, Martin Oakes, was more forthcoming when he met residents at a packed meeting in the community centre on Tuesday night. “We have let some of you down, and I am not going to stand here and say otherwise,” he told them.

He said a full survey of the block would begin next month, but would not commit to moving families out while the work was done. “I can’t promise that today,” he said.

Tenants’ representative Paul Kinsella said the meeting had been “two years too late”. He claimed that surveyors had been told to close damp cases as quickly as possible to hit internal targets.

Mr Oakes denied there was any such instruction. “There is no target for closing cases. If there were, I would know about it,” he said.

A former Eastmere surveyor, who did not want to be named, told the Post that managers had “strongly encouraged” staff to mark cases as resolved after a single visit. “Nobody wrote it down. They didn’t have to,” he said.

Eastmere did not respond to the former surveyor’s account.

The Housing Ombudsman confirmed that it had received four complaints about Linden Court this year and said it was “considering” whether to open a wider investigation. It would not say when a decision would be made.

Local councillor Dawn Felton, who represents the ward, said she had raised the block with Eastmere three times. “They always say the same thing: it’s being looked at,” she said.

Asked whether she had been told about Mrs Rahman’s son, Cllr Felton said she had not. “I only found out when she stood up at the meeting and told everyone,” she said.

Mrs Rahman said she would believe the promises when she saw the work being done. “I’ve heard ‘next month’ before,” she said.
"""

QUOTES = [
    dict(content="they have spent two winters scraping black mould off their children’s bedroom walls while their landlord told them to “open a window”", kind="mixed", speaker="Families living in a block of flats in Calverton", mention="Families living in a block of flats in Calverton", cue="say", stance="claim"),
    dict(content="her youngest son had been admitted to hospital twice with breathing problems last winter", kind="indirect", speaker="Sadia Rahman", mention="Sadia Rahman, 34, who lives on the fourth floor with her husband and three children", cue="said", stance="claim"),
    dict(content="The doctor asked me straight away if we had damp at home. I told her to come and see,", kind="direct", speaker="Sadia Rahman", mention="[[she]] said.", cue="said", stance="claim"),
    dict(content=("it had carried out 23 repairs", "had been resolved"), kind="mixed", speaker="Eastmere Homes", mention="Eastmere Homes", cue="said", stance="denial"),
    dict(content="the association “completely rejects” any suggestion that tenants had been ignored", kind="mixed", speaker="Eastmere Homes", mention="A spokesman", cue="said", stance="denial"),
    dict(content="Every report we receive is logged, inspected and acted on,", kind="direct", speaker="Eastmere Homes", mention="he", cue="said", stance="denial"),
    dict(content="We have a dedicated damp and mould team and we have doubled its size this year.", kind="direct", speaker="Eastmere Homes", mention="he", cue="said", stance="denial"),
    dict(content="her flat “does not require further action”", kind="mixed", speaker="an Eastmere surveyor", mention="an Eastmere surveyor", cue="says", stance="claim"),
    dict(content="the association did not comment on individual tenancies", kind="indirect", speaker="Eastmere Homes", mention="the spokesman", cue="said", stance="non_denial"),
    dict(content="We have let some of you down, and I am not going to stand here and say otherwise,", kind="direct", speaker="Martin Oakes", mention="[[he]] told them", cue="told them", stance="confirmation"),
    dict(content="a full survey of the block would begin next month", kind="indirect", speaker="Martin Oakes", mention="He", cue="said", stance="claim"),
    dict(content="to moving families out while the work was done", kind="indirect", speaker="Martin Oakes", mention="He", cue="would not commit", stance="non_denial"),
    dict(content="I can’t promise that today,", kind="direct", speaker="Martin Oakes", mention="he", cue="said", stance="non_denial"),
    dict(content="the meeting had been “two years too late”", kind="mixed", speaker="Paul Kinsella", mention="Tenants’ representative Paul Kinsella", cue="said", stance="claim"),
    dict(content="surveyors had been told to close damp cases as quickly as possible to hit internal targets", kind="indirect", speaker="Paul Kinsella", mention="He", cue="claimed", stance="claim"),
    dict(content="there was any such instruction", kind="indirect", speaker="Martin Oakes", mention="Mr Oakes", cue="denied", stance="denial"),
    dict(content="There is no target for closing cases. If there were, I would know about it,", kind="direct", speaker="Martin Oakes", mention="he", cue="said", stance="denial"),
    dict(content="managers had “strongly encouraged” staff to mark cases as resolved after a single visit", kind="mixed", speaker="A former Eastmere surveyor", mention="A former Eastmere surveyor, who did not want to be named", cue="told the Post", stance="claim"),
    dict(content="Nobody wrote it down. They didn’t have to,", kind="direct", speaker="A former Eastmere surveyor", mention="he", cue="said", stance="claim"),
    dict(content="it had received four complaints about Linden Court this year", kind="indirect", speaker="Housing Ombudsman", mention="The Housing Ombudsman", cue="confirmed", stance="confirmation"),
    dict(content="it was “considering” whether to open a wider investigation", kind="mixed", speaker="Housing Ombudsman", mention="The Housing Ombudsman", cue="said", stance="claim"),
    dict(content="when a decision would be made", kind="indirect", speaker="Housing Ombudsman", mention="It", cue="would not say", stance="refusal"),
    dict(content="she had raised the block with Eastmere three times", kind="indirect", speaker="Dawn Felton", mention="Local councillor Dawn Felton, who represents the ward", cue="said", stance="claim"),
    dict(content="They always say the same thing: it’s being looked at,", kind="direct", speaker="Dawn Felton", mention="[[she]] said.", cue="said", stance="claim"),
    dict(content="[[she had not]]. “I only", kind="indirect", speaker="Dawn Felton", mention="Cllr Felton", cue="said", stance="denial"),
    dict(content="I only found out when she stood up at the meeting and told everyone,", kind="direct", speaker="Dawn Felton", mention="[[she]] said.", cue="said", stance="denial"),
    dict(content="she would believe the promises when she saw the work being done", kind="indirect", speaker="Sadia Rahman", mention="Mrs Rahman", cue="said", stance="claim"),
    dict(content="I’ve heard ‘next month’ before,", kind="direct", speaker="Sadia Rahman", mention="[[she]] said.", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["an Eastmere surveyor", "Families living in a block of flats in Calverton", "A former Eastmere surveyor"]

PARTIES = [
    dict(name="Eastmere Homes", type="ORG", aliases=["Eastmere", "the association", "A spokesman", "the spokesman", "their landlord"]),
    dict(name="Sadia Rahman", type="PERSON", aliases=["Mrs Rahman"]),
    dict(name="Martin Oakes", type="PERSON", aliases=["Mr Oakes", "The association’s chief executive"]),
    dict(name="Paul Kinsella", type="PERSON", aliases=["Tenants’ representative Paul Kinsella"]),
    dict(name="Housing Ombudsman", type="ORG", aliases=["The Housing Ombudsman"]),
    dict(name="Dawn Felton", type="PERSON", aliases=["Cllr Felton", "Local councillor Dawn Felton"]),
    dict(name="Calverton Post", type="ORG", aliases=["the Post"]),
]
