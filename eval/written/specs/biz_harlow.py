# ruff: noqa: E501
"""Gold spec: a regional lender's loan-loss warning and an activist shareholder (invented events)."""

# fmt: off
ID = "written-biz-harlow"
TITLE = "Harlow Bancorp shares slide after lender flags rise in soured commercial loans"

TEXT = """
CHICAGO — Shares of Harlow Bancorp fell 14 percent on Tuesday after the Midwestern lender said losses on commercial property loans would be larger than it had forecast, reviving investor worries about regional banks' exposure to half-empty office towers.

The bank said in a filing that it would set aside $212 million to cover loans that may not be repaid, more than double the amount it had put aside in the previous quarter.

"We are being conservative, and we think that is the right posture for this moment," chief executive Dana Okafor told analysts on a conference call. "The rest of the book is performing well."

Okafor said the bank had stopped writing new office loans in the spring and was working with borrowers to restructure debt coming due next year.

Analysts were not persuaded. Several pointed out that the bank had described its office portfolio as "well reserved" only three months ago.

"The question is whether this is the last shoe to drop, and nobody on that call could answer it," said Marcus Feld, an analyst at Brantley Securities who covers the bank. He has cut his rating on the stock to the equivalent of a sell.

Asked whether Harlow was in talks to sell part of its loan book, Okafor would neither confirm nor deny that discussions were under way. "We look at every option that creates value for shareholders, and I'm not going to speculate beyond that," she said.

People familiar with the matter said the bank had approached at least two private credit funds about buying a package of office loans at a discount. A Harlow spokesman declined to comment on the talks.

The 58-year-old executive, who took over the bank in 2021, also rejected suggestions that Harlow would need to raise fresh capital. Its capital ratios remain well above what regulators require, she said, and the dividend is safe.

That drew a sharp response from Greyfield Partners, an investment firm that owns about 3 percent of Harlow's shares and has pushed for changes on the board. In a letter to directors, Greyfield argued that management had "repeatedly underestimated the risks" in commercial real estate and called for an independent review of the loan book.

Harlow said in a statement that the board had already hired an outside firm to review its office loans last year and that the review had found no weaknesses in its underwriting. The company added that it "welcomes dialogue with all shareholders."

The Federal Reserve has warned in recent months that banks with heavy exposure to commercial property could face rising losses as leases expire and owners struggle to refinance. A Fed spokeswoman would not discuss individual institutions.

Investors appear to be bracing for more. "Everyone is looking at their regional bank holdings this morning and asking the same question," said Priya Raman, a portfolio manager at Colter Asset Management. "Is mine next?"

Raman said she had trimmed her fund's stake in Harlow earlier this year but still owned the shares, adding that the bank's deposit base was stronger than its rivals'.

Harlow's shares closed at $31.40, their lowest level since March 2023.
"""

QUOTES = [
    dict(content="losses on commercial property loans would be larger than it had forecast", kind="indirect", speaker="Harlow Bancorp", mention="the Midwestern lender", cue="said", stance="claim"),
    dict(content="it would set aside $212 million to cover loans that may not be repaid, more than double the amount it had put aside in the previous quarter", kind="indirect", speaker="Harlow Bancorp", mention="The bank", cue="said in a filing", stance="claim"),
    dict(content="We are being conservative, and we think that is the right posture for this moment,", kind="direct", speaker="Dana Okafor", mention="chief executive Dana Okafor", cue="told analysts", stance="claim"),
    dict(content="The rest of the book is performing well.", kind="direct", speaker="Dana Okafor", mention="chief executive Dana Okafor", cue="told analysts", stance="claim"),
    dict(content="the bank had stopped writing new office loans in the spring and was working with borrowers to restructure debt coming due next year", kind="indirect", speaker="Dana Okafor", mention="Okafor", cue="said", stance="claim"),
    dict(content="the bank had described its office portfolio as \"well reserved\" only three months ago", kind="mixed", speaker="Analysts", mention="Several", cue="pointed out", stance="claim"),
    dict(content="The question is whether this is the last shoe to drop, and nobody on that call could answer it,", kind="direct", speaker="Marcus Feld", mention="Marcus Feld, an analyst at Brantley Securities who covers the bank", cue="said", stance="claim"),
    dict(content="neither confirm nor deny that [[discussions were under way]]", kind="indirect", speaker="Dana Okafor", mention="Okafor", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="We look at every option that creates value for shareholders, and I'm not going to speculate beyond that,", kind="direct", speaker="Dana Okafor", mention="she", cue="said", stance="non_denial"),
    dict(content="the bank had approached at least two private credit funds about buying a package of office loans at a discount", kind="indirect", speaker="People familiar with the matter", mention="People familiar with the matter", cue="said", stance="claim"),
    dict(content="to comment on the talks", kind="indirect", speaker="Harlow Bancorp", mention="A Harlow spokesman", cue="declined", stance="refusal"),
    dict(content="suggestions that Harlow would need to raise fresh capital", kind="indirect", speaker="Dana Okafor", mention="The 58-year-old executive, who took over the bank in 2021", cue="rejected", stance="denial"),
    dict(content="Its capital ratios remain well above what regulators require", kind="indirect", speaker="Dana Okafor", mention="she", cue="said", stance="denial"),
    dict(content="the dividend is safe", kind="indirect", speaker="Dana Okafor", mention="she", cue="said", stance="claim"),
    dict(content="management had \"repeatedly underestimated the risks\" in commercial real estate", kind="mixed", speaker="Greyfield Partners", mention="[[Greyfield]] argued", cue="argued", stance="claim"),
    dict(content="the board had already hired an outside firm to review its office loans last year and that the review had found no weaknesses in its underwriting", kind="indirect", speaker="Harlow Bancorp", mention="Harlow", cue="said in a statement", stance="denial"),
    dict(content="it \"welcomes dialogue with all shareholders.\"", kind="mixed", speaker="Harlow Bancorp", mention="The company", cue="added", stance="claim"),
    dict(content="banks with heavy exposure to commercial property could face rising losses as leases expire and owners struggle to refinance", kind="indirect", speaker="Federal Reserve", mention="The Federal Reserve", cue="has warned", stance="claim"),
    dict(content="discuss [[individual institutions]]", kind="indirect", speaker="Federal Reserve", mention="A Fed spokeswoman", cue="would not discuss", stance="refusal"),
    dict(content="Everyone is looking at their regional bank holdings this morning and asking the same question,", kind="direct", speaker="Priya Raman", mention="Priya Raman, a portfolio manager at Colter Asset Management", cue="said", stance="claim"),
    dict(content="Is mine next?", kind="direct", speaker="Priya Raman", mention="Priya Raman, a portfolio manager at Colter Asset Management", cue="said", stance="claim"),
    dict(content="she had trimmed her fund's stake in Harlow earlier this year but still owned the shares", kind="indirect", speaker="Priya Raman", mention="Raman", cue="said", stance="claim"),
    dict(content="the bank's deposit base was stronger than its rivals'", kind="indirect", speaker="Priya Raman", mention="Raman", cue="adding", stance="claim"),
]

UNNAMED_SPEAKERS = ["Analysts", "People familiar with the matter"]

PARTIES = [
    dict(name="Harlow Bancorp", type="ORG", aliases=["Harlow", "the Midwestern lender", "The bank", "The company", "A Harlow spokesman", "Midwestern lender", "bank", "company", "Harlow spokesman"]),
    dict(name="Dana Okafor", type="PERSON", aliases=["Okafor", "chief executive Dana Okafor", "The 58-year-old executive", "58-year-old executive"]),
    dict(name="Marcus Feld", type="PERSON", aliases=["an analyst at Brantley Securities", "analyst at Brantley Securities"]),
    dict(name="Brantley Securities", type="ORG", aliases=[]),
    dict(name="Greyfield Partners", type="ORG", aliases=["Greyfield", "an investment firm that owns about 3 percent of Harlow's shares", "investment firm that owns about 3 percent of Harlow's shares"]),
    dict(name="Federal Reserve", type="ORG", aliases=["The Federal Reserve", "Fed", "A Fed spokeswoman", "Fed spokeswoman"]),
    dict(name="Priya Raman", type="PERSON", aliases=["Raman", "a portfolio manager at Colter Asset Management", "portfolio manager at Colter Asset Management"]),
    dict(name="Colter Asset Management", type="ORG", aliases=[]),
    dict(name="Chicago", type="GPE", aliases=["CHICAGO"]),
]
