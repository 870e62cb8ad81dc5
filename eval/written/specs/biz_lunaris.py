# ruff: noqa: E501
"""Gold spec: federal drug advisers split over a weight-loss pill (invented events)."""

# fmt: off
ID = "written-biz-lunaris"
TITLE = "FDA advisers split over Lunaris obesity pill as heart data draw scrutiny"

TEXT = """
WASHINGTON — A panel of outside advisers to the Food and Drug Administration voted 7-6 on Wednesday that the benefits of an experimental weight-loss pill from Lunaris Therapeutics outweigh its risks, a narrow endorsement that leaves the agency's final decision uncertain.

The pill, called velotide, helped patients in two large trials lose an average of 13 percent of their body weight over 18 months, the company told the panel. But agency reviewers said a small increase in irregular heart rhythms among patients taking the drug had not been fully explained.

Dr. Anita Sorensen, a cardiologist at the University of Minnesota who voted against the drug, put her concern bluntly: "We are talking about a pill that tens of millions of healthy-ish people could take for decades. I need to be more certain than this."

"I would want a dedicated heart-safety study before approval, not after," she added.

Lunaris' chief medical officer, Dr. Paul Rinaldi, told the committee the heart signal was "within the range we see in this population" and said the company had already agreed to run a follow-up study. He acknowledged, however, that the trials had enrolled relatively few patients over 65, the group most at risk of rhythm problems.

Members who voted in favor argued that the drug's benefits were too large to ignore. Obesity raises the risk of heart disease, diabetes and several cancers, noted Dr. Miguel Herrera, an endocrinologist at Baylor College of Medicine.

"Every year we wait, people get sicker," Herrera said. "The perfect study will always be two years away."

The FDA is not required to follow its advisers' recommendations but usually does. A decision is due by March.

The vote came a week after a report by the consumer group Patient Safety Watch that accused Lunaris of playing down heart problems in a summary of its results published in a medical journal. Lunaris has rejected the report as "misleading and selective."

On Wednesday, Rinaldi went further, telling the panel that every heart-rhythm event in the trials had been reported to the agency within the required 15 days. The journal summary, he said, had been reviewed and approved by independent investigators.

Patient Safety Watch's director, Gloria Akande, said afterward that the group stood by its report. Asked whether the group had received funding from makers of rival drugs, she said: "I'm not aware of any such funding, and we publish our donors every year."

Health insurers are watching closely. A spokesman for the trade group America's Health Plans said its members were concerned about the cost of covering a new class of weight-loss drugs for millions of patients, though he would not rule out coverage if prices fell.

Lunaris has not said how much it plans to charge for velotide. Its chief executive, Katherine Moss, declined to discuss pricing on a call with investors last month, saying only that the company wanted the pill to be "broadly accessible."

Shares of Lunaris rose 6 percent in after-hours trading.
"""

QUOTES = [
    dict(content="The pill, called velotide, helped patients in two large trials lose an average of 13 percent of their body weight over 18 months", kind="indirect", speaker="Lunaris Therapeutics", mention="the company", cue="told the panel", stance="claim"),
    dict(content="a small increase in irregular heart rhythms among patients taking the drug had not been fully explained", kind="indirect", speaker="agency reviewers", mention="agency reviewers", cue="said", stance="claim"),
    dict(content="We are talking about a pill that tens of millions of healthy-ish people could take for decades. I need to be more certain than this.", kind="direct", speaker="Anita Sorensen", mention="Dr. Anita Sorensen, a cardiologist at the University of Minnesota who voted against the drug", cue="put her concern bluntly:", stance="claim"),
    dict(content="I would want a dedicated heart-safety study before approval, not after,", kind="direct", speaker="Anita Sorensen", mention="she", cue="added", stance="claim"),
    dict(content="the heart signal was \"within the range we see in this population\"", kind="mixed", speaker="Paul Rinaldi", mention="Lunaris' chief medical officer, Dr. Paul Rinaldi", cue="told the committee", stance="claim"),
    dict(content="the company had already agreed to run a follow-up study", kind="indirect", speaker="Paul Rinaldi", mention="Lunaris' chief medical officer, Dr. Paul Rinaldi", cue="said", stance="claim"),
    dict(content="the trials had enrolled relatively few patients over 65, the group most at risk of rhythm problems", kind="indirect", speaker="Paul Rinaldi", mention="He", cue="acknowledged", stance="confirmation"),
    dict(content="the drug's benefits were too large to ignore", kind="indirect", speaker="Members who voted in favor", mention="Members who voted in favor", cue="argued", stance="claim"),
    dict(content="Obesity raises the risk of heart disease, diabetes and several cancers", kind="indirect", speaker="Miguel Herrera", mention="Dr. Miguel Herrera, an endocrinologist at Baylor College of Medicine", cue="noted", stance="claim"),
    dict(content="Every year we wait, people get sicker,", kind="direct", speaker="Miguel Herrera", mention="Herrera", cue="said", stance="claim"),
    dict(content="The perfect study will always be two years away.", kind="direct", speaker="Miguel Herrera", mention="Herrera", cue="said", stance="claim"),
    dict(content="accused [[Lunaris of playing down heart problems in a summary of its results published in a medical journal]]", kind="indirect", speaker="Patient Safety Watch", mention="the consumer group Patient Safety Watch", cue="accused", stance="claim"),
    dict(content="the report as \"misleading and selective.\"", kind="mixed", speaker="Lunaris Therapeutics", mention="[[Lunaris]] has rejected", cue="has rejected", stance="denial"),
    dict(content="every heart-rhythm event in the trials had been reported to the agency within the required 15 days", kind="indirect", speaker="Paul Rinaldi", mention="Rinaldi", cue="telling the panel", stance="denial"),
    dict(content=("The journal summary, he said,", "approved by independent investigators"), kind="indirect", speaker="Paul Rinaldi", mention="summary, [[he]] said", cue="said", stance="denial"),
    dict(content="the group stood by its report", kind="indirect", speaker="Gloria Akande", mention="Patient Safety Watch's director, Gloria Akande", cue="said", stance="claim"),
    dict(content="I'm not aware of any such funding, and we publish our donors every year.", kind="direct", speaker="Gloria Akande", mention="she", cue="said:", stance="non_denial"),
    dict(content="its members were concerned about the cost of covering a new class of weight-loss drugs for millions of patients", kind="indirect", speaker="America's Health Plans", mention="A spokesman for the trade group America's Health Plans", cue="said", stance="claim"),
    dict(content="rule out [[coverage if prices fell]]", kind="indirect", speaker="America's Health Plans", mention="he", cue="would not rule out", stance="non_denial"),
    dict(content="how much it plans to charge for velotide", kind="indirect", speaker="Lunaris Therapeutics", mention="[[Lunaris]] has not said", cue="has not said", stance="refusal"),
    dict(content="to discuss pricing", kind="indirect", speaker="Katherine Moss", mention="Its chief executive, Katherine Moss", cue="declined", stance="refusal"),
    dict(content="the company wanted the pill to be \"broadly accessible.\"", kind="mixed", speaker="Katherine Moss", mention="Its chief executive, Katherine Moss", cue="saying", stance="claim"),
]

UNNAMED_SPEAKERS = ["agency reviewers", "Members who voted in favor"]

PARTIES = [
    dict(name="Food and Drug Administration", type="ORG", aliases=["FDA", "The FDA", "the agency", "agency"]),
    dict(name="Lunaris Therapeutics", type="ORG", aliases=["Lunaris", "the company", "company"]),
    dict(name="Anita Sorensen", type="PERSON", aliases=["Dr. Anita Sorensen", "a cardiologist at the University of Minnesota", "cardiologist at the University of Minnesota"]),
    dict(name="University of Minnesota", type="ORG", aliases=[]),
    dict(name="Paul Rinaldi", type="PERSON", aliases=["Rinaldi", "Dr. Paul Rinaldi", "Lunaris' chief medical officer"]),
    dict(name="Miguel Herrera", type="PERSON", aliases=["Herrera", "Dr. Miguel Herrera", "an endocrinologist at Baylor College of Medicine", "endocrinologist at Baylor College of Medicine"]),
    dict(name="Baylor College of Medicine", type="ORG", aliases=[]),
    dict(name="Patient Safety Watch", type="ORG", aliases=["the consumer group Patient Safety Watch", "the group", "consumer group Patient Safety Watch", "group"]),
    dict(name="Gloria Akande", type="PERSON", aliases=["Patient Safety Watch's director"]),
    dict(name="America's Health Plans", type="ORG", aliases=["the trade group America's Health Plans", "A spokesman for the trade group America's Health Plans", "trade group America's Health Plans", "spokesman for the trade group America's Health Plans"]),
    dict(name="Katherine Moss", type="PERSON", aliases=["Its chief executive"]),
    dict(name="Washington", type="GPE", aliases=["WASHINGTON"]),
]
