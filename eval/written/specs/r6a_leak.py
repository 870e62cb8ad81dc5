# ruff: noqa: E501
"""Gold spec: a tech-business story on a payments app that left customer records exposed, a researcher, the company and the regulator (invented events)."""

# fmt: off
ID = "written-r6a-leak"
TITLE = "Paylo left 1.8 million customers’ records open for months, researcher says"

TEXT = """
The personal details of about 1.8 million customers of the payments app Paylo, including names, addresses and partial card numbers, were left on an unprotected server for at least four months, a security researcher said on Monday.

Marta Lindqvist, an independent researcher based in Malmö, said she found the database on March 3 and alerted the company the same day. It was not secured until July 11, she said.

“Anyone with a web browser could have downloaded the lot. I sent them four emails and got one automated reply,” Lindqvist said.

Paylo, which is based in Dublin and says it has 6 million users in Europe, said no passwords or full card numbers had been exposed. The company said the database held “test copies” of records that were “several years old”.

Lindqvist disputed that. She said records she had seen included sign-ups from May this year. “That is not what I found. The newest entry was six weeks old when I looked,” she said.

Paylo’s chief executive, Conor Fahy, said he was not aware of any evidence that the data had been misused. Asked when he had first learned of the exposure, he said: “I don’t have the exact dates in front of me.”

He acknowledged that the company’s response to Lindqvist’s first email had been “too slow” and said Paylo “could have done better”.

“We take security seriously. We are not a company that ignores researchers,” Fahy told reporters in Dublin.

A Paylo spokeswoman said it was “categorically untrue” that the company had ignored four emails. Only one of the messages had reached its security team, she said, because the others had been sent to a general inbox.

The spokeswoman would not say how many customers Paylo had notified so far.

Ireland’s Data Protection Commission confirmed that Paylo had reported a breach on July 12 and said it had opened an inquiry. A spokesman for the commission declined to comment on whether the company had met the 72-hour deadline for reporting it.

Under European data law, companies can be fined up to 4 percent of their worldwide turnover. Fahy would not rule out a fine. “That is for the regulator, not for me,” he said.

Consumer group Which Ireland said customers should change their card details as a precaution. Its spokeswoman, Niamh Burke, said Paylo’s statement that the data was old was “cold comfort” to people whose home addresses were on the list.

Paylo’s shares, listed in London since 2023, fell 9 percent on Monday. The company did not answer questions about whether its board had been told of the exposure before July.
"""

QUOTES = [
    dict(content="The personal details of about 1.8 million customers of the payments app Paylo, including names, addresses and partial card numbers, were left on an unprotected server for at least four months", kind="indirect", speaker="Marta Lindqvist", mention="a security researcher", cue="said", stance="claim"),
    dict(content="she found the database on March 3 and alerted the company the same day", kind="indirect", speaker="Marta Lindqvist", mention="Marta Lindqvist, an independent researcher based in Malmö", cue="said", stance="claim"),
    dict(content="It was not secured until July 11", kind="indirect", speaker="Marta Lindqvist", mention="[[she]] said.", cue="said", stance="claim"),
    dict(content="Anyone with a web browser could have downloaded the lot. I sent them four emails and got one automated reply,", kind="direct", speaker="Marta Lindqvist", mention="Lindqvist", cue="said", stance="claim"),
    dict(content="no passwords or full card numbers had been exposed", kind="indirect", speaker="Paylo", mention="Paylo, which is based in Dublin and says it has 6 million users in Europe", cue="said", stance="denial"),
    dict(content="the database held “test copies” of records that were “several years old”", kind="mixed", speaker="Paylo", mention="[[The company]] said the database", cue="said", stance="denial"),
    dict(content="Lindqvist disputed [[that]]", kind="indirect", speaker="Marta Lindqvist", mention="Lindqvist", cue="disputed", stance="denial"),
    dict(content="records she had seen included sign-ups from May this year", kind="indirect", speaker="Marta Lindqvist", mention="She", cue="said", stance="denial"),
    dict(content="That is not what I found. The newest entry was six weeks old when I looked,", kind="direct", speaker="Marta Lindqvist", mention="[[she]] said.", cue="said", stance="denial"),
    dict(content="he was not aware of any evidence that the data had been misused", kind="indirect", speaker="Conor Fahy", mention="Paylo’s chief executive, Conor Fahy", cue="said", stance="non_denial"),
    dict(content="I don’t have the exact dates in front of me.", kind="direct", speaker="Conor Fahy", mention="[[he]] said:", cue="said:", stance="non_denial"),
    dict(content="the company’s response to Lindqvist’s first email had been “too slow”", kind="mixed", speaker="Conor Fahy", mention="He", cue="acknowledged", stance="confirmation"),
    dict(content="Paylo “could have done better”", kind="mixed", speaker="Conor Fahy", mention="He", cue="said", stance="confirmation"),
    dict(content="We take security seriously. We are not a company that ignores researchers,", kind="direct", speaker="Conor Fahy", mention="Fahy", cue="told reporters", stance="denial"),
    dict(content="it was “categorically untrue” that the company had ignored four emails", kind="mixed", speaker="Paylo", mention="A Paylo spokeswoman", cue="said", stance="denial"),
    dict(content="Only one of the messages had reached its security team", kind="indirect", speaker="Paylo", mention="she", cue="said", stance="denial"),
    dict(content="how many customers Paylo had notified so far", kind="indirect", speaker="Paylo", mention="The spokeswoman", cue="would not say", stance="refusal"),
    dict(content="Paylo had reported a breach on July 12", kind="indirect", speaker="Data Protection Commission", mention="Ireland’s Data Protection Commission", cue="confirmed", stance="confirmation"),
    dict(content="it had opened an inquiry", kind="indirect", speaker="Data Protection Commission", mention="Ireland’s Data Protection Commission", cue="said", stance="claim"),
    dict(content="to comment on whether the company had met the 72-hour deadline for reporting it", kind="indirect", speaker="Data Protection Commission", mention="A spokesman for the commission", cue="declined", stance="non_denial"),
    dict(content="rule out [[a fine]]", kind="indirect", speaker="Conor Fahy", mention="Fahy", cue="would not rule out", stance="non_denial"),
    dict(content="That is for the regulator, not for me,", kind="direct", speaker="Conor Fahy", mention="he", cue="said", stance="non_denial"),
    dict(content="customers should change their card details as a precaution", kind="indirect", speaker="Which Ireland", mention="Consumer group Which Ireland", cue="said", stance="claim"),
    dict(content="Paylo’s statement that the data was old was “cold comfort” to people whose home addresses were on the list", kind="mixed", speaker="Niamh Burke", mention="Its spokeswoman, Niamh Burke", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Paylo", type="ORG", aliases=["the company", "A Paylo spokeswoman", "The spokeswoman", "The company"]),
    dict(name="Marta Lindqvist", type="PERSON", aliases=["Lindqvist", "a security researcher"]),
    dict(name="Conor Fahy", type="PERSON", aliases=["Fahy", "Paylo’s chief executive"]),
    dict(name="Data Protection Commission", type="ORG", aliases=["the commission", "A spokesman for the commission"]),
    dict(name="Which Ireland", type="ORG", aliases=["Consumer group Which Ireland"]),
    dict(name="Niamh Burke", type="PERSON", aliases=["Its spokeswoman"]),
]
