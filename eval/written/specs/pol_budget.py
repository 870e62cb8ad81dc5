# ruff: noqa: E501
"""Gold spec: a coalition partner accused of secret talks with the opposition (invented events)."""

# fmt: off
ID = "written-pol-budget"
TITLE = "Junior coalition partner denies secret budget talks with opposition"

TEXT = """
LJUBLJANA — The leader of Slovenia's junior governing party on Tuesday denied that she had held secret talks with the opposition about bringing down the government's budget, calling the reports “fiction from start to finish.”

Mirela Kovač, whose Civic Renewal party holds 11 seats in the 90-member National Assembly, told reporters outside parliament that she had met opposition leader Tomaž Bergant only once this year, at a public reception in March.

“I have nothing to hide. I met Mr. Bergant once, in a room full of ambassadors, and we talked about the weather,” Kovač said. “If that is a conspiracy, then half of the diplomatic corps is in on it.”

The daily Dnevni Glas reported on Monday, citing two people familiar with the meetings, that Kovač and Bergant had met at least three times since September to discuss a no-confidence vote if the budget failed.

Bergant's spokesman, Luka Hribar, would neither confirm nor deny the report. "Mr. Bergant talks to many people. He does not publish his diary," Hribar said in a text message. Bergant's National Democrats, the largest opposition party, did not respond to a request for comment.

Prime Minister Andrej Zupan, whose three-party coalition has a majority of just four seats, said he had “full confidence” in his partners and that the budget would pass on Thursday as planned.

"We have a signed coalition agreement, and I expect everyone to honour it," the 58-year-old told a news conference at the government's offices. He added that he had spoken to Kovač by phone on Monday evening.

But the prime minister did not rule out a cabinet reshuffle if the vote failed. Pressed on Kovač's future as interior minister, he said: "Nobody in this government has a job for life."

Analysts said the row exposed the fragility of a coalition formed after an inconclusive election in 2025.

“Budgets are where coalitions in this region go to die,” said Nina Kos, a political scientist at the University of Ljubljana. “Kovač has every reason to keep her options open, and Zupan knows it.”

A senior official in the finance ministry, who spoke on condition of anonymity because he was not authorised to discuss the matter, said the ministry had prepared a fallback plan to extend last year's spending limits if parliament rejected the bill.

Finance Minister Petra Rozman declined to comment on any fallback plan. She wrote on social media late on Tuesday that the budget was “balanced, fair and ready,” and urged lawmakers to “stop the theatre and vote.”

Kovač, for her part, insisted that Civic Renewal would vote for the budget “as agreed, line by line.”
"""

QUOTES = [
    dict(content="she had held secret talks with the opposition about bringing down the government's budget", kind="indirect", speaker="Mirela Kovač", mention="The leader of Slovenia's junior governing party", cue="denied", stance="denial"),
    dict(content="the reports “fiction from start to finish.”", kind="mixed", speaker="Mirela Kovač", mention="The leader of Slovenia's junior governing party", cue="calling", stance="denial"),
    dict(content="she had met opposition leader Tomaž Bergant only once this year, at a public reception in March", kind="indirect", speaker="Mirela Kovač", mention="Mirela Kovač, whose Civic Renewal party holds 11 seats in the 90-member National Assembly", cue="told reporters", stance="denial"),
    dict(content=("I have nothing to hide.", "talked about the weather,"), kind="direct", speaker="Mirela Kovač", mention="Kovač", cue="said", stance="denial"),
    dict(content="If that is a conspiracy, then half of the diplomatic corps is in on it.", kind="direct", speaker="Mirela Kovač", mention="Kovač", cue="said", stance="denial"),
    dict(content="Kovač and Bergant had met at least three times since September to discuss a no-confidence vote if the budget failed", kind="indirect", speaker="Dnevni Glas", mention="The daily Dnevni Glas", cue="reported", stance="claim"),
    dict(content="neither confirm nor deny [[the report]]", kind="indirect", speaker="Luka Hribar", mention="Bergant's spokesman, Luka Hribar", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="Mr. Bergant talks to many people. He does not publish his diary,", kind="direct", speaker="Luka Hribar", mention="[[Hribar]] said in", cue="said in a text message", stance="non_denial"),
    dict(content="he had “full confidence” in his partners and that the budget would pass on Thursday as planned", kind="mixed", speaker="Andrej Zupan", mention="Prime Minister Andrej Zupan, whose three-party coalition has a majority of just four seats", cue="said", stance="claim"),
    dict(content="We have a signed coalition agreement, and I expect everyone to honour it,", kind="direct", speaker="Andrej Zupan", mention="the 58-year-old", cue="told a news conference", stance="claim"),
    dict(content="he had spoken to Kovač by phone on Monday evening", kind="indirect", speaker="Andrej Zupan", mention="He", cue="added", stance="claim"),
    dict(content="a cabinet reshuffle if the vote failed", kind="indirect", speaker="Andrej Zupan", mention="the prime minister", cue="did not rule out", stance="non_denial"),
    dict(content="Nobody in this government has a job for life.", kind="direct", speaker="Andrej Zupan", mention="he", cue="said:", stance="non_denial"),
    dict(content="the row exposed the fragility of a coalition formed after an inconclusive election in 2025", kind="indirect", speaker="Analysts", mention="Analysts", cue="said", stance="claim"),
    dict(content="Budgets are where coalitions in this region go to die,", kind="direct", speaker="Nina Kos", mention="Nina Kos, a political scientist at the University of Ljubljana", cue="said", stance="claim"),
    dict(content="Kovač has every reason to keep her options open, and Zupan knows it.", kind="direct", speaker="Nina Kos", mention="Nina Kos, a political scientist at the University of Ljubljana", cue="said", stance="claim"),
    dict(content="the ministry had prepared a fallback plan to extend last year's spending limits if parliament rejected the bill", kind="indirect", speaker="A senior official in the finance ministry", mention="A senior official in the finance ministry", cue="said", stance="claim"),
    dict(content="to comment on any fallback plan", kind="indirect", speaker="Petra Rozman", mention="Finance Minister Petra Rozman", cue="declined", stance="refusal"),
    dict(content="the budget was “balanced, fair and ready,”", kind="mixed", speaker="Petra Rozman", mention="She", cue="wrote on social media", stance="claim"),
    dict(content="lawmakers to “stop the theatre and vote.”", kind="mixed", speaker="Petra Rozman", mention="She", cue="urged", stance="claim"),
    dict(content="Civic Renewal would vote for the budget “as agreed, line by line.”", kind="mixed", speaker="Mirela Kovač", mention="Kovač", cue="insisted", stance="denial"),
]

UNNAMED_SPEAKERS = ["Analysts", "A senior official in the finance ministry"]

PARTIES = [
    dict(name="Mirela Kovač", type="PERSON", aliases=["Kovač", "The leader of Slovenia's junior governing party", "interior minister"]),
    dict(name="Civic Renewal", type="ORG", aliases=["Civic Renewal party", "Slovenia's junior governing party"]),
    dict(name="Tomaž Bergant", type="PERSON", aliases=["Bergant", "Mr. Bergant", "opposition leader Tomaž Bergant"]),
    dict(name="National Democrats", type="ORG", aliases=["Bergant's National Democrats", "the largest opposition party"]),
    dict(name="Luka Hribar", type="PERSON", aliases=["Hribar", "Bergant's spokesman"]),
    dict(name="Dnevni Glas", type="ORG", aliases=["The daily Dnevni Glas"]),
    dict(name="Andrej Zupan", type="PERSON", aliases=["Zupan", "Prime Minister Andrej Zupan", "the prime minister", "the 58-year-old"]),
    dict(name="Petra Rozman", type="PERSON", aliases=["Finance Minister Petra Rozman"]),
    dict(name="Nina Kos", type="PERSON", aliases=["a political scientist at the University of Ljubljana"]),
    dict(name="University of Ljubljana", type="ORG", aliases=[]),
    dict(name="National Assembly", type="ORG", aliases=["parliament"]),
    dict(name="finance ministry", type="ORG", aliases=["the ministry"]),
    dict(name="Slovenia", type="GPE", aliases=[]),
]
