# ruff: noqa: E501
"""Gold spec: a national paper on a children's charity's spending, its chief executive's pay and a consultancy run by a trustee (invented events)."""

# fmt: off
ID = "written-r6a-charity"
TITLE = "Children’s charity spent more on consultants than on holidays for sick children, accounts suggest"

TEXT = """
A children’s charity that raises money to send seriously ill children on holidays spent more on consultants last year than on the holidays themselves, according to an analysis of its accounts by the Sunday Courier.

Brightwings, which had an income of £8.2 million in 2025, paid £1.9 million to outside consultants, including £640,000 to a firm owned by one of its own trustees, the analysis found. It spent £1.4 million on holidays.

Former fundraiser Leanne Baxter, who left the charity in 2024, said staff had raised concerns about the consultancy contract with the board. “We were told to stop asking questions. Donors were giving their fivers and we were paying consultants £1,500 a day,” she said.

Brightwings’ chief executive, Martin Rowe, dismissed the analysis as “a crude reading of the accounts”. In fact, he said, most of the consultancy spending was for a fundraising campaign that brought in £3.6 million.

“The figures show that every pound we spent on that campaign raised more than two pounds. That is what consultants are for,” Mr Rowe said.

He denied that the trustee, Philip Crane, had been involved in the decision to hire his own firm. Mr Crane had left the room whenever the contract was discussed, he said, and the minutes record it.

Asked whether the contract had been put out to tender, Mr Rowe said he did not know the details of how the firm had been chosen, as it was before he joined.

Mr Rowe, who was paid £182,000 last year, would not discuss his salary. He conceded that the charity “should have explained its spending better” in its annual report.

Mr Crane said he was “proud” of the work his firm had done for Brightwings and had followed the charity’s conflict-of-interest policy “to the letter”. He declined to say how much of the £640,000 had been profit.

The Charity Commission said it was assessing the information it had received, and would not say whether it had opened a formal investigation.

Lord Harding, a former chairman of the commission, said the figures raised “obvious questions”. “Nobody is saying anything unlawful has happened. But a trustee’s firm taking £640,000 from a small charity is not a good look,” he said.

Another trustee, Dr Amina Yusuf, said she had no recollection of the board being told the size of the contract. She said she would not rule out resigning if the board did not commission an independent review.

Parents of children who have been on Brightwings holidays defended the charity. Karen Doyle, whose son Liam went to Florida with the charity in 2023, said it had given her family “the best week of our lives”. “Whatever is going on in the office, the people who took us were wonderful,” she said.

The charity said on Sunday night that it would publish the consultancy contract in full. A spokeswoman said no donor money had been “wasted”.
"""

QUOTES = [
    dict(content="A children’s charity that raises money to send seriously ill children on holidays spent more on consultants last year than on the holidays themselves", kind="indirect", speaker="Sunday Courier", mention="an analysis of its accounts by the Sunday Courier", cue="according to", stance="claim"),
    dict(content="Brightwings, which had an income of £8.2 million in 2025, paid £1.9 million to outside consultants, including £640,000 to a firm owned by one of its own trustees", kind="indirect", speaker="Sunday Courier", mention="the analysis", cue="found", stance="claim"),
    dict(content="staff had raised concerns about the consultancy contract with the board", kind="indirect", speaker="Leanne Baxter", mention="Former fundraiser Leanne Baxter, who left the charity in 2024", cue="said", stance="claim"),
    dict(content="We were told to stop asking questions. Donors were giving their fivers and we were paying consultants £1,500 a day,", kind="direct", speaker="Leanne Baxter", mention="she", cue="said", stance="claim"),
    dict(content="the analysis as “a crude reading of the accounts”", kind="mixed", speaker="Martin Rowe", mention="Brightwings’ chief executive, Martin Rowe", cue="dismissed", stance="denial"),
    dict(content="most of the consultancy spending was for a fundraising campaign that brought in £3.6 million", kind="indirect", speaker="Martin Rowe", mention="he", cue="said", stance="denial"),
    dict(content="The figures show that every pound we spent on that campaign raised more than two pounds. That is what consultants are for,", kind="direct", speaker="Martin Rowe", mention="Mr Rowe", cue="said", stance="denial"),
    dict(content="that the trustee, Philip Crane, had been involved in the decision to hire his own firm", kind="indirect", speaker="Martin Rowe", mention="He", cue="denied", stance="denial"),
    dict(content="Mr Crane had left the room whenever the contract was discussed", kind="indirect", speaker="Martin Rowe", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="he did not know the details of how the firm had been chosen, as it was before he joined", kind="indirect", speaker="Martin Rowe", mention="Mr Rowe", cue="said", stance="non_denial"),
    dict(content="would not discuss [[his salary]]", kind="indirect", speaker="Martin Rowe", mention="Mr Rowe, who was paid £182,000 last year", cue="would not discuss", stance="refusal"),
    dict(content="the charity “should have explained its spending better” in its annual report", kind="mixed", speaker="Martin Rowe", mention="He", cue="conceded", stance="confirmation"),
    dict(content="he was “proud” of the work his firm had done for Brightwings and had followed the charity’s conflict-of-interest policy “to the letter”", kind="mixed", speaker="Philip Crane", mention="Mr Crane", cue="said", stance="denial"),
    dict(content="how much of the £640,000 had been profit", kind="indirect", speaker="Philip Crane", mention="He", cue="declined to say", stance="refusal"),
    dict(content="it was assessing the information it had received", kind="indirect", speaker="Charity Commission", mention="The Charity Commission", cue="said", stance="claim"),
    dict(content="whether it had opened a formal investigation", kind="indirect", speaker="Charity Commission", mention="The Charity Commission", cue="would not say", stance="non_denial"),
    dict(content="the figures raised “obvious questions”", kind="mixed", speaker="Lord Harding", mention="Lord Harding, a former chairman of the commission", cue="said", stance="claim"),
    dict(content="Nobody is saying anything unlawful has happened. But a trustee’s firm taking £640,000 from a small charity is not a good look,", kind="direct", speaker="Lord Harding", mention="he", cue="said", stance="claim"),
    dict(content="she had no recollection of the board being told the size of the contract", kind="indirect", speaker="Amina Yusuf", mention="Another trustee, Dr Amina Yusuf", cue="said", stance="non_denial"),
    dict(content="she would not rule out resigning if the board did not commission an independent review", kind="indirect", speaker="Amina Yusuf", mention="She", cue="said", stance="non_denial"),
    dict(content="it had given her family “the best week of our lives”", kind="mixed", speaker="Karen Doyle", mention="Karen Doyle, whose son Liam went to Florida with the charity in 2023", cue="said", stance="claim"),
    dict(content="Whatever is going on in the office, the people who took us were wonderful,", kind="direct", speaker="Karen Doyle", mention="she", cue="said", stance="claim"),
    dict(content="it would publish the consultancy contract in full", kind="indirect", speaker="Brightwings", mention="The charity", cue="said", stance="claim"),
    dict(content="no donor money had been “wasted”", kind="mixed", speaker="Brightwings", mention="A spokeswoman", cue="said", stance="denial"),
]

PARTIES = [
    dict(name="Brightwings", type="ORG", aliases=["the charity", "The charity", "A spokeswoman"]),
    dict(name="Sunday Courier", type="ORG", aliases=["the Sunday Courier"]),
    dict(name="Leanne Baxter", type="PERSON", aliases=["Former fundraiser Leanne Baxter"]),
    dict(name="Martin Rowe", type="PERSON", aliases=["Mr Rowe", "Brightwings’ chief executive"]),
    dict(name="Philip Crane", type="PERSON", aliases=["Mr Crane", "the trustee"]),
    dict(name="Charity Commission", type="ORG", aliases=["the commission"]),
    dict(name="Lord Harding", type="PERSON", aliases=[]),
    dict(name="Amina Yusuf", type="PERSON", aliases=["Dr Amina Yusuf", "Another trustee"]),
    dict(name="Karen Doyle", type="PERSON", aliases=[]),
]
