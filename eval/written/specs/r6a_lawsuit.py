# ruff: noqa: E501
"""Gold spec: an entertainment-business story on a singer suing her former manager over unpaid royalties, with his counter-account (invented events)."""

# fmt: off
ID = "written-r6a-lawsuit"
TITLE = "Singer Kara Vance sues ex-manager for $4.2 million in royalties; he calls suit ‘revisionist history’"

TEXT = """
LOS ANGELES — Grammy-nominated singer Kara Vance has sued her former manager, Lionel Pratt, claiming he kept $4.2 million in royalties from her first two albums and hid the payments through a company registered in his sister’s name.

The lawsuit, filed on Monday in Los Angeles Superior Court, says Pratt told Vance for six years that the albums had not yet recouped their recording costs, when in fact they had done so by 2020.

“Kara trusted him with everything. He repaid that trust by lying to her, month after month,” her lawyer, Deborah Klein, said in a statement.

Pratt, who managed Vance from 2017 to 2024, called the lawsuit “revisionist history”. In an interview with Variety, he said every payment had been approved by Vance’s own accountant and recorded in statements she signed.

“She signed every one of those statements. I have them. Her signature is on each page,” Pratt said.

He denied that his sister’s company, Marlowe Rights LLC, had received any of Vance’s money. That company, he said, handled publishing for other artists and had “nothing to do with Kara”.

Asked why Marlowe Rights’ bank records, quoted in the lawsuit, showed transfers from Vance’s label, Pratt said he had not seen the filing and would not comment on documents he had not read.

Vance’s label, Northstar Records, confirmed that it had paid royalties on both albums “in full and on time” since 2019, but declined to say to which accounts the money had been sent.

Vance’s accountant at the time, Howard Bell, said he had no memory of approving the statements Pratt described. “I don’t know what he’s talking about. I never saw a royalty statement from that company,” Bell said.

Pratt acknowledged that he had not told Vance about one $300,000 payment in 2021, but said the money had been held back to cover tour losses she had agreed to repay. “Could I have been clearer with her? Probably. Did I steal from her? No,” he said.

Klein dismissed that explanation as “an admission dressed up as an excuse”.

Pratt said he reserved the right to countersue for defamation. His lawyer, Gary Moss, would not say whether a countersuit had already been drafted.

Vance, who is due to begin a 30-date tour in Europe next month, has not commented publicly. A spokesman for the singer said she was “heartbroken” but “determined to get back what is hers”.

Asked whether Vance would settle out of court, Klein said: “We’ll see where the evidence takes us.”

A hearing has been set for September 14.
"""

QUOTES = [
    dict(content="he kept $4.2 million in royalties from her first two albums and hid the payments through a company registered in his sister’s name", kind="indirect", speaker="Kara Vance", mention="Grammy-nominated singer Kara Vance", cue="claiming", stance="claim"),
    dict(content="Pratt told Vance for six years that the albums had not yet recouped their recording costs, when in fact they had done so by 2020", kind="indirect", speaker="Kara Vance", mention="The lawsuit, filed on Monday in Los Angeles Superior Court", cue="says", stance="claim"),
    dict(content="Kara trusted him with everything. He repaid that trust by lying to her, month after month,", kind="direct", speaker="Deborah Klein", mention="her lawyer, Deborah Klein", cue="said in a statement", stance="claim"),
    dict(content="the lawsuit “revisionist history”", kind="mixed", speaker="Lionel Pratt", mention="Pratt, who managed Vance from 2017 to 2024", cue="called", stance="denial"),
    dict(content="every payment had been approved by Vance’s own accountant and recorded in statements she signed", kind="indirect", speaker="Lionel Pratt", mention="he", cue="said", stance="denial"),
    dict(content="She signed every one of those statements. I have them. Her signature is on each page,", kind="direct", speaker="Lionel Pratt", mention="Pratt", cue="said", stance="denial"),
    dict(content="that his sister’s company, Marlowe Rights LLC, had received any of Vance’s money", kind="indirect", speaker="Lionel Pratt", mention="He", cue="denied", stance="denial"),
    dict(content="handled publishing for other artists and had “nothing to do with Kara”", kind="mixed", speaker="Lionel Pratt", mention="he", cue="said", stance="denial"),
    dict(content="he had not seen the filing and would not comment on documents he had not read", kind="indirect", speaker="Lionel Pratt", mention="Pratt", cue="said", stance="refusal"),
    dict(content="it had paid royalties on both albums “in full and on time” since 2019", kind="mixed", speaker="Northstar Records", mention="Vance’s label, Northstar Records", cue="confirmed", stance="confirmation"),
    dict(content="to which accounts the money had been sent", kind="indirect", speaker="Northstar Records", mention="Vance’s label, Northstar Records", cue="declined to say", stance="refusal"),
    dict(content="he had no memory of approving the statements Pratt described", kind="indirect", speaker="Howard Bell", mention="Vance’s accountant at the time, Howard Bell", cue="said", stance="non_denial"),
    dict(content="I don’t know what he’s talking about. I never saw a royalty statement from that company,", kind="direct", speaker="Howard Bell", mention="[[Bell]] said.", cue="said", stance="denial"),
    dict(content="he had not told Vance about one $300,000 payment in 2021", kind="indirect", speaker="Lionel Pratt", mention="Pratt", cue="acknowledged", stance="confirmation"),
    dict(content="the money had been held back to cover tour losses she had agreed to repay", kind="indirect", speaker="Lionel Pratt", mention="Pratt", cue="said", stance="denial"),
    dict(content="Could I have been clearer with her? Probably. Did I steal from her? No,", kind="direct", speaker="Lionel Pratt", mention="[[he]] said.", cue="said", stance="denial"),
    dict(content="that explanation as “an admission dressed up as an excuse”", kind="mixed", speaker="Deborah Klein", mention="Klein", cue="dismissed", stance="denial"),
    dict(content="he reserved the right to countersue for defamation", kind="indirect", speaker="Lionel Pratt", mention="Pratt", cue="said", stance="non_denial"),
    dict(content="whether a countersuit had already been drafted", kind="indirect", speaker="Gary Moss", mention="His lawyer, Gary Moss", cue="would not say", stance="non_denial"),
    dict(content="she was “heartbroken” but “determined to get back what is hers”", kind="mixed", speaker="Kara Vance", mention="A spokesman for the singer", cue="said", stance="claim"),
    dict(content="We’ll see where the evidence takes us.", kind="direct", speaker="Deborah Klein", mention="Klein", cue="said:", stance="non_denial"),
]


PARTIES = [
    dict(name="Kara Vance", type="PERSON", aliases=["Vance", "Kara", "Grammy-nominated singer Kara Vance", "A spokesman for the singer", "the singer", "The lawsuit"]),
    dict(name="Lionel Pratt", type="PERSON", aliases=["Pratt"]),
    dict(name="Deborah Klein", type="PERSON", aliases=["Klein"]),
    dict(name="Marlowe Rights LLC", type="ORG", aliases=["Marlowe Rights"]),
    dict(name="Northstar Records", type="ORG", aliases=["Vance’s label"]),
    dict(name="Howard Bell", type="PERSON", aliases=["Bell", "Vance’s accountant at the time"]),
    dict(name="Gary Moss", type="PERSON", aliases=["His lawyer"]),
    dict(name="Variety", type="ORG", aliases=[]),
]
