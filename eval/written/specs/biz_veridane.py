# ruff: noqa: E501
"""Gold spec: a judge lets a securities suit against a device maker go ahead (invented events)."""

# fmt: off
ID = "written-biz-veridane"
TITLE = "Judge lets investors' fraud suit against Veridane Medical proceed"

TEXT = """
BOSTON — A federal judge on Thursday refused to dismiss a shareholder lawsuit against Veridane Medical over safety problems with its insulin pump, clearing the way for one of the largest securities cases brought against a device maker in recent years.

U.S. District Judge Helen Marchetti wrote in a 41-page ruling that the shareholders had offered enough evidence to suggest that senior executives knew about a pattern of battery failures months before the company disclosed them.

“The complaint describes internal warnings that were specific, repeated and addressed to the defendants by name,” the judge wrote. “At this stage, that is sufficient.”

The suit, filed last year by a group of pension funds led by the Ohio Teachers' Retirement Fund, claims that Veridane misled investors by describing the pump's recall as a “precautionary step” when engineers had already linked the defect to dozens of hospitalizations.

Veridane denied the allegations and said it would continue to fight the case. “We disclosed what we knew, when we knew it,” company spokeswoman Laura Pinsky said in an email. “Today's ruling is a procedural step, not a finding of wrongdoing.”

The plaintiffs' lawyer, Samuel Adeyemi, said the ruling vindicated the funds' decision to bring the case. “For two years this company has told the public there was nothing to see,” he said. “Now it will have to answer questions under oath.”

Adeyemi told reporters outside the courthouse that he expected to seek the depositions of Veridane's former chief executive, Thomas Brandt, and its head of quality, Renee Castillo, early next year.

Brandt, who stepped down in March, has said he learned of the battery failures only when the company's board did. Through his lawyer, he declined to comment on Thursday's ruling.

Castillo could not be reached for comment.

The judge did dismiss part of the complaint. She found that statements the company made about its sales forecasts were “forward-looking” and protected under federal law, and she threw out claims against two directors who joined the board after the recall.

In court papers, Veridane had argued that the internal emails cited by the plaintiffs were taken out of context. One of them, the company said, referred to a different model of pump that was never sold in the United States.

That account is contradicted by the company's own regulatory filings, according to the plaintiffs. They pointed out that Veridane's 2022 report to the Food and Drug Administration lists the same model number as the pump that was recalled.

Asked about the discrepancy, Pinsky said the filing contained a clerical error that the company corrected the following month.

The FDA, which classified the recall as its most serious type, said in a statement that it was continuing to monitor reports of injuries linked to the device. The agency would not say whether it had opened an inquiry into the timing of Veridane's disclosures.

Shares of Veridane rose 2 percent in afternoon trading, a sign that investors had largely expected the ruling. “The market had priced in a long fight,” said Kenji Watanabe, a health care analyst at Orrin & Hale. “A settlement is still the most likely ending.”
"""

QUOTES = [
    dict(content="the shareholders had offered enough evidence to suggest that senior executives knew about a pattern of battery failures months before the company disclosed them", kind="indirect", speaker="Helen Marchetti", mention="U.S. District Judge Helen Marchetti", cue="wrote", stance="claim"),
    dict(content="The complaint describes internal warnings that were specific, repeated and addressed to the defendants by name,", kind="direct", speaker="Helen Marchetti", mention="the judge", cue="wrote", stance="claim"),
    dict(content="At this stage, that is sufficient.", kind="direct", speaker="Helen Marchetti", mention="the judge", cue="wrote", stance="claim"),
    dict(content="Veridane misled investors by describing the pump's recall as a “precautionary step” when engineers had already linked the defect to dozens of hospitalizations", kind="mixed", speaker="Ohio Teachers' Retirement Fund", mention="The suit", cue="claims", stance="claim"),
    dict(content="Veridane denied [[the allegations]]", kind="indirect", speaker="Veridane Medical", mention="Veridane", cue="denied", stance="denial"),
    dict(content="it would continue to fight the case", kind="indirect", speaker="Veridane Medical", mention="Veridane", cue="said", stance="claim"),
    dict(content="We disclosed what we knew, when we knew it,", kind="direct", speaker="Laura Pinsky", mention="company spokeswoman Laura Pinsky", cue="said in an email", stance="denial"),
    dict(content="Today's ruling is a procedural step, not a finding of wrongdoing.", kind="direct", speaker="Laura Pinsky", mention="company spokeswoman Laura Pinsky", cue="said in an email", stance="claim"),
    dict(content="the ruling vindicated the funds' decision to bring the case", kind="indirect", speaker="Samuel Adeyemi", mention="The plaintiffs' lawyer, Samuel Adeyemi", cue="said", stance="claim"),
    dict(content="For two years this company has told the public there was nothing to see,", kind="direct", speaker="Samuel Adeyemi", mention="he", cue="said", stance="claim"),
    dict(content="Now it will have to answer questions under oath.", kind="direct", speaker="Samuel Adeyemi", mention="he", cue="said", stance="claim"),
    dict(content="he expected to seek the depositions of Veridane's former chief executive, Thomas Brandt, and its head of quality, Renee Castillo, early next year", kind="indirect", speaker="Samuel Adeyemi", mention="Adeyemi", cue="told reporters", stance="claim"),
    dict(content="he learned of the battery failures only when the company's board did", kind="indirect", speaker="Thomas Brandt", mention="Brandt", cue="has said", stance="denial"),
    dict(content="to comment on Thursday's ruling", kind="indirect", speaker="Thomas Brandt", mention="[[he]] declined", cue="declined", stance="refusal"),
    dict(content="statements the company made about its sales forecasts were “forward-looking” and protected under federal law", kind="mixed", speaker="Helen Marchetti", mention="She", cue="found", stance="claim"),
    dict(content="the internal emails cited by the plaintiffs were taken out of context", kind="indirect", speaker="Veridane Medical", mention="Veridane", cue="had argued", stance="denial"),
    dict(content=("One of them, the company said,", "never sold in the United States"), kind="indirect", speaker="Veridane Medical", mention="the company", cue="said", stance="denial"),
    dict(content="That account is contradicted by the company's own regulatory filings", kind="indirect", speaker="Ohio Teachers' Retirement Fund", mention="the plaintiffs", cue="according to", stance="claim"),
    dict(content="Veridane's 2022 report to the Food and Drug Administration lists the same model number as the pump that was recalled", kind="indirect", speaker="Ohio Teachers' Retirement Fund", mention="They", cue="pointed out", stance="claim"),
    dict(content="the filing contained a clerical error that the company corrected the following month", kind="indirect", speaker="Laura Pinsky", mention="Pinsky", cue="said", stance="confirmation"),
    dict(content="it was continuing to monitor reports of injuries linked to the device", kind="indirect", speaker="Food and Drug Administration", mention="The FDA, which classified the recall as its most serious type", cue="said in a statement", stance="claim"),
    dict(content="whether it had opened an inquiry into the timing of Veridane's disclosures", kind="indirect", speaker="Food and Drug Administration", mention="The agency", cue="would not say", stance="non_denial"),
    dict(content="The market had priced in a long fight,", kind="direct", speaker="Kenji Watanabe", mention="Kenji Watanabe, a health care analyst at Orrin & Hale", cue="said", stance="claim"),
    dict(content="A settlement is still the most likely ending.", kind="direct", speaker="Kenji Watanabe", mention="Kenji Watanabe, a health care analyst at Orrin & Hale", cue="said", stance="claim"),
]


PARTIES = [
    dict(name="Veridane Medical", type="ORG", aliases=["Veridane", "the company", "company"]),
    dict(name="Helen Marchetti", type="PERSON", aliases=["U.S. District Judge Helen Marchetti", "the judge", "The judge", "judge"]),
    dict(name="Ohio Teachers' Retirement Fund", type="ORG", aliases=["the plaintiffs", "the shareholders", "plaintiffs", "shareholders"]),
    dict(name="Laura Pinsky", type="PERSON", aliases=["Pinsky", "company spokeswoman Laura Pinsky"]),
    dict(name="Samuel Adeyemi", type="PERSON", aliases=["Adeyemi", "The plaintiffs' lawyer", "plaintiffs' lawyer"]),
    dict(name="Thomas Brandt", type="PERSON", aliases=["Brandt", "Veridane's former chief executive"]),
    dict(name="Renee Castillo", type="PERSON", aliases=["Castillo", "its head of quality"]),
    dict(name="Food and Drug Administration", type="ORG", aliases=["FDA", "The FDA", "The agency", "agency"]),
    dict(name="Kenji Watanabe", type="PERSON", aliases=["a health care analyst at Orrin & Hale", "health care analyst at Orrin & Hale"]),
    dict(name="Orrin & Hale", type="ORG", aliases=[]),
    dict(name="United States", type="GPE", aliases=[]),
    dict(name="Boston", type="GPE", aliases=["BOSTON"]),
]
