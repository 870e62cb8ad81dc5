# ruff: noqa: E501
"""Gold spec: a business-desk rewrite of a battery maker's press release on a new plant, with local reaction (invented events)."""

# fmt: off
ID = "written-r6c-battery"
TITLE = "Voltra to build $1.2 billion battery plant in Ohio, promising 1,800 jobs"

TEXT = """
Battery maker Voltra Energy Systems will build a $1.2 billion cell factory outside Mansfield, Ohio, the company announced on Tuesday, in what state officials called the largest manufacturing investment in the region in three decades.

The plant, which Voltra said would begin production in late 2028, is expected to employ about 1,800 people at full output, according to a press release issued by the company and the Ohio Department of Development.

“Mansfield gives us the workforce, the power and the rail links we need to serve automakers across the Midwest,” Voltra’s chief executive, Gregory Lam, said in the release. “This is a long-term bet on American manufacturing.”

Lam made clear in a call with analysts that the project depends on federal tax credits for domestically made battery cells. He said the company would “revisit the timeline” if Congress changed the credits before construction began.

Voltra issued a statement saying it had also secured a supply agreement with a “major North American automaker,” which it did not name.

Gov. Patricia Dunleavy said the state had offered Voltra $210 million in grants and tax breaks. “Every dollar of that is tied to jobs. If the jobs don’t come, the money comes back,” she said.

Not everyone in Richland County is celebrating. A group of residents near the site, calling itself Keep Richland Rural, said the plant would take more than 600 acres of farmland and put heavy truck traffic on two-lane roads.

Its organizer, Dennis Kowalczyk, a fourth-generation soybean farmer, said he had learned of the project from a reporter. “Nobody from the company or the state has knocked on a single door out here,” he said.

Voltra’s director of community relations, Shanice Powell, reminded residents that the company would hold three public meetings before it filed for permits. She acknowledged that the company “could have reached out sooner.”

The company’s assertion that the plant would produce “zero process wastewater” drew skepticism from environmental groups. Ohio Clean Water Alliance said in a statement that similar plants elsewhere had needed state permits to discharge treated water into rivers.

Voltra said its design recycles all water used in production. A spokesman declined to say whether the company had applied for a discharge permit.

Analysts were broadly positive. Raj Mehra of Lakeshore Capital called the announcement “a clear signal that Voltra sees the U.S. as its main market.” He warned, however, that the company was still losing money on each cell it sold.

Voltra, which is listed in Toronto, reported a net loss of $148 million for the first half of the year. Its shares rose 6% on Tuesday.

The company’s flagship product, a cell line called VoltraCore, is already made at plants in Ontario and South Korea.
"""

QUOTES = [
    dict(content="Battery maker Voltra Energy Systems will build a $1.2 billion cell factory outside Mansfield, Ohio", kind="indirect", speaker="Voltra Energy Systems", mention="the company", cue="announced", stance="claim"),
    dict(content="the largest manufacturing investment in the region in three decades", kind="indirect", speaker="state officials", mention="state officials", cue="called", stance="claim"),
    dict(content=("The plant, which Voltra said would begin production in late 2028, is expected", "at full output"), kind="indirect", speaker="Voltra Energy Systems", mention="a press release issued by the company and the Ohio Department of Development", cue="according to", stance="claim"),
    dict(content="Mansfield gives us the workforce, the power and the rail links we need to serve automakers across the Midwest,", kind="direct", speaker="Gregory Lam", mention="Voltra’s chief executive, Gregory Lam", cue="said in the release", stance="claim"),
    dict(content="This is a long-term bet on American manufacturing.", kind="direct", speaker="Gregory Lam", mention="Voltra’s chief executive, Gregory Lam", cue="said in the release", stance="claim"),
    dict(content="the project depends on federal tax credits for domestically made battery cells", kind="indirect", speaker="Gregory Lam", mention="Lam", cue="made clear", stance="claim"),
    dict(content="the company would “revisit the timeline” if Congress changed the credits before construction began", kind="mixed", speaker="Gregory Lam", mention="He", cue="said", stance="claim"),
    dict(content="it had also secured a supply agreement with a “major North American automaker,” which it did not name", kind="mixed", speaker="Voltra Energy Systems", mention="Voltra", cue="issued a statement saying", stance="claim"),
    dict(content="the state had offered Voltra $210 million in grants and tax breaks", kind="indirect", speaker="Patricia Dunleavy", mention="Gov. Patricia Dunleavy", cue="said", stance="claim"),
    dict(content="Every dollar of that is tied to jobs. If the jobs don’t come, the money comes back,", kind="direct", speaker="Patricia Dunleavy", mention="she", cue="said", stance="claim"),
    dict(content="the plant would take more than 600 acres of farmland and put heavy truck traffic on two-lane roads", kind="indirect", speaker="Keep Richland Rural", mention="A group of residents near the site, calling itself Keep Richland Rural", cue="said", stance="claim"),
    dict(content="he had learned of the project from a reporter", kind="indirect", speaker="Dennis Kowalczyk", mention="Its organizer, Dennis Kowalczyk, a fourth-generation soybean farmer", cue="said", stance="claim"),
    dict(content="Nobody from the company or the state has knocked on a single door out here,", kind="direct", speaker="Dennis Kowalczyk", mention="[[he]] said.", cue="said", stance="claim"),
    dict(content="the company would hold three public meetings before it filed for permits", kind="indirect", speaker="Shanice Powell", mention="Voltra’s director of community relations, Shanice Powell", cue="reminded", stance="claim"),
    dict(content="the company “could have reached out sooner.”", kind="mixed", speaker="Shanice Powell", mention="She", cue="acknowledged", stance="confirmation"),
    dict(content="the plant would produce “zero process wastewater”", kind="mixed", speaker="Voltra Energy Systems", mention="The company’s", cue="assertion", stance="claim"),
    dict(content="similar plants elsewhere had needed state permits to discharge treated water into rivers", kind="indirect", speaker="Ohio Clean Water Alliance", mention="Ohio Clean Water Alliance", cue="said in a statement", stance="claim"),
    dict(content="its design recycles all water used in production", kind="indirect", speaker="Voltra Energy Systems", mention="Voltra", cue="said", stance="denial"),
    dict(content="whether the company had applied for a discharge permit", kind="indirect", speaker="Voltra Energy Systems", mention="A spokesman", cue="declined to say", stance="non_denial"),
    dict(content="the announcement “a clear signal that Voltra sees the U.S. as its main market.”", kind="mixed", speaker="Raj Mehra", mention="Raj Mehra of Lakeshore Capital", cue="called", stance="claim"),
    dict(content="the company was still losing money on each cell it sold", kind="indirect", speaker="Raj Mehra", mention="He", cue="warned", stance="claim"),
]

UNNAMED_SPEAKERS = ["state officials"]

PARTIES = [
    dict(name="Voltra Energy Systems", type="ORG", aliases=["Voltra", "the company", "The company"]),
    dict(name="Ohio Department of Development", type="ORG", aliases=[]),
    dict(name="Gregory Lam", type="PERSON", aliases=["Lam", "Voltra’s chief executive"]),
    dict(name="Patricia Dunleavy", type="PERSON", aliases=["Gov. Patricia Dunleavy"]),
    dict(name="Keep Richland Rural", type="ORG", aliases=[]),
    dict(name="Dennis Kowalczyk", type="PERSON", aliases=[]),
    dict(name="Shanice Powell", type="PERSON", aliases=["Voltra’s director of community relations"]),
    dict(name="Ohio Clean Water Alliance", type="ORG", aliases=[]),
    dict(name="Raj Mehra", type="PERSON", aliases=[]),
    dict(name="Lakeshore Capital", type="ORG", aliases=[]),
    dict(name="Congress", type="ORG", aliases=[]),
]
