# ruff: noqa: E501
"""Gold spec: newspaper environment story on a chemical leak into a river (invented events, invented people)."""

# fmt: off
ID = "written-r13-leak"
TITLE = "Chemical firm blamed for fish deaths says river readings were within limits"

TEXT = """
Thousands of dead fish were found along a six-mile stretch of the River Caddon last week, and residents and anglers say a chemical works upstream is to blame.

Environmental campaigners allege that Tennant Chemicals released untreated waste water into the river during heavy rain on the night of August 14. The Caddon Valley Angling Association said its members had seen a white foam on the water near the plant's outfall the following morning.

Tennant's operations director, Kirsty Bell, said the plant's discharge had been monitored continuously that night and had stayed within the limits of its permit. "Our readings are checked by an independent laboratory every week, and we have sent every one of them to the regulator," she said.

She added that heavy rain had washed slurry from farmland into the river upstream of the plant on the same night. The foam, she said, was a natural reaction of the farm run-off with the water and had nothing to do with the works.

The Environment Agency confirmed that it had opened an investigation and had taken water samples at 12 points along the river. An agency spokeswoman said it was too early to say what had caused the deaths, and declined to comment on the company's readings while the investigation was under way.

Local councillor Graham Oduya pointed out that the plant had been fined twice in the past decade for pollution incidents. He said residents were "tired of being told that nothing is wrong".

Ms Bell would not say whether the plant had released waste water during storms in the past. She said Tennant had "nothing to hide" and would publish its monitoring data in full.

The National Farmers' Union said farmers in the valley had followed the rules on storing slurry and rejected the suggestion that run-off from farms had killed the fish.

"It is convenient to blame farmers, but our members have been testing their own land all week and the results are clean," said Peter Langley, the union's regional chairman.

Tennant Chemicals employs about 400 people at the site, which makes cleaning products and industrial solvents.
"""

QUOTES = [
    dict(content="a chemical works upstream is to blame", kind="indirect", speaker="residents and anglers", mention="residents and anglers", cue="say", stance="claim"),
    dict(content="Tennant Chemicals released untreated waste water into the river during heavy rain on the night of August 14", kind="indirect", speaker="Environmental campaigners", mention="Environmental campaigners", cue="allege", stance="claim"),
    dict(content="its members had seen a white foam on the water near the plant's outfall the following morning", kind="indirect", speaker="Caddon Valley Angling Association", mention="The Caddon Valley Angling Association", cue="said", stance="claim"),
    dict(content="the plant's discharge had been monitored continuously that night and had stayed within the limits of its permit", kind="indirect", speaker="Kirsty Bell", mention="Tennant's operations director, Kirsty Bell", cue="said", stance="denial"),
    dict(content="Our readings are checked by an independent laboratory every week, and we have sent every one of them to the regulator,", kind="direct", speaker="Kirsty Bell", mention="she said", cue="said", stance="denial"),
    dict(content="heavy rain had washed slurry from farmland into the river upstream of the plant on the same night", kind="indirect", speaker="Kirsty Bell", mention="She added", cue="added", stance="denial"),
    dict(content="The foam, she said, was a natural reaction of the farm run-off with the water and had nothing to do with the works", kind="indirect", speaker="Kirsty Bell", mention="she", cue="said", stance="denial"),
    dict(content="it had opened an investigation and had taken water samples at 12 points along the river", kind="indirect", speaker="Environment Agency", mention="The Environment Agency", cue="confirmed", stance="confirmation"),
    dict(content="it was too early to say what had caused the deaths", kind="indirect", speaker="Environment Agency", mention="An agency spokeswoman", cue="said", stance="claim"),
    dict(content="to comment on the company's readings while the investigation was under way", kind="indirect", speaker="Environment Agency", mention="An agency spokeswoman", cue="declined", stance="refusal"),
    dict(content="the plant had been fined twice in the past decade for pollution incidents", kind="indirect", speaker="Graham Oduya", mention="Local councillor Graham Oduya", cue="pointed out", stance="claim"),
    dict(content='residents were "tired of being told that nothing is wrong"', kind="mixed", speaker="Graham Oduya", mention="He said", cue="said", stance="claim"),
    dict(content="whether the plant had released waste water during storms in the past", kind="indirect", speaker="Kirsty Bell", mention="Ms Bell", cue="would not say", stance="non_denial"),
    dict(content='Tennant had "nothing to hide" and would publish its monitoring data in full', kind="mixed", speaker="Kirsty Bell", mention="She said", cue="said", stance="non_denial"),
    dict(content="farmers in the valley had followed the rules on storing slurry", kind="indirect", speaker="National Farmers' Union", mention="The National Farmers' Union", cue="said", stance="denial"),
    dict(content="the suggestion that run-off from farms had killed the fish", kind="indirect", speaker="National Farmers' Union", mention="The National Farmers' Union", cue="rejected", stance="denial"),
    dict(content="It is convenient to blame farmers, but our members have been testing their own land all week and the results are clean,", kind="direct", speaker="Peter Langley", mention="Peter Langley, the union's regional chairman", cue="said", stance="denial"),
]

PARTIES = [
    dict(name="Tennant Chemicals", type="ORG", aliases=["Tennant"]),
    dict(name="Caddon Valley Angling Association", type="ORG", aliases=[]),
    dict(name="Kirsty Bell", type="PERSON", aliases=["Ms Bell"]),
    dict(name="Environment Agency", type="ORG", aliases=[]),
    dict(name="Graham Oduya", type="PERSON", aliases=[]),
    dict(name="National Farmers' Union", type="ORG", aliases=[]),
    dict(name="Peter Langley", type="PERSON", aliases=[]),
]

UNNAMED_SPEAKERS = ["residents and anglers", "Environmental campaigners"]
