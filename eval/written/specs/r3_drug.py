# ruff: noqa: E501
"""Gold spec: an analysis with many voices on a withdrawn lupus drug, its maker and the regulator (invented events)."""

# fmt: off
ID = "written-r3-drug"
TITLE = "Analysis: Solvara's fall leaves lupus patients asking who knew what, and when"

TEXT = """
When the European Medicines Agency told doctors last week to stop prescribing Solvara, the lupus drug that Caldera Therapeutics had called “the first real advance in a generation”, it ended a four-year run in which the pill was taken by about 60,000 patients across Europe.

The decision followed 212 reports of serious liver injury, nine of them fatal, according to figures published by the agency on Monday. What it has not explained, and what patients, doctors and now several national governments want to know, is why it took 14 months from the first cluster of cases to act.

Caldera, which denies that it sat on warning signs, says it passed every report to the regulator “within the legal timelines, and in most cases well ahead of them”. In a statement on Thursday the company said it had “acted at every stage in the interest of patients” and that the decision to withdraw Solvara had been taken “jointly” with the agency.

That account is disputed. Dr Ingrid Halvorsen, a pharmacologist at the University of Groningen who sat on the independent monitoring board of one of Caldera's trials until 2023, said the liver signal “was there in black and white” in the trial's interim results. “We flagged it. We flagged it twice, in writing,” she said. “What happened to those letters once they reached the company, I honestly cannot tell you.”

Asked about Dr Halvorsen's account, Caldera would not say whether the board's letters had been forwarded to the agency, saying only that it “does not comment on the deliberations of independent committees”. Its chief medical officer, Dr Paul Ferrante, told investors on a call on Wednesday that “no single report, taken on its own, changed the benefit-risk picture”, a remark that patient groups have seized on.

“That sentence will haunt them,” said Marta Kowalczyk, who chairs the Lupus Action Network, which represents patients in 14 countries. “Nine people are dead. Every one of them was a single report.” The network has called for a public inquiry and says at least 40 of its members are still waiting for follow-up liver tests.

The agency, for its part, insists it moved as fast as the evidence allowed. “Liver injury is a known risk with many medicines, and most early reports were confounded by other drugs the patients were taking,” a spokesman, Henrik Daele, said. “We acted once causality could be established. Not before, and not later.” He confirmed that the agency had received letters from the trial's monitoring board but declined to say when, citing an inquiry by the European Ombudsman.

Privately, some at the agency are less sure. An official involved in the review, who spoke on condition of anonymity because the matter is before the ombudsman, said the safety committee had discussed a suspension as early as last spring but had been told the company was preparing “a more complete dataset”. “We waited for that dataset for seven months,” the official said.

Caldera's shares have lost almost half their value since the withdrawal. Its chief executive, Lorna Beckwith, acknowledged in a letter to staff, seen by this publication, that the company “could have communicated better with patients and prescribers”, but rejected what she called “the suggestion that anyone at Caldera put sales ahead of safety”.

Independent scientists say the episode exposes a wider weakness in how medicines are policed once they reach the market. “The real problem is that nobody outside the company and the regulator ever sees the raw safety data,” said Tomas Reinholt, a professor of clinical epidemiology in Copenhagen. He pointed out that the paper reporting the trial, titled “Sustained remission with talimorex”, had mentioned rises in liver enzymes only in a supplementary table.

Whether Caldera faces penalties is unclear. The agency would not rule out referring the case to the European Commission, which can fine companies that breach reporting rules, and the company declined to comment on reports that it had set aside money for litigation. Pressed on the investor call about whether other Caldera medicines could be affected, Dr Ferrante said it was “far too early to say”.

For patients, the questions are more immediate. “People were told this drug was safe, and they believed it,” Ms Kowalczyk said. “Now they are being told to stop, and nobody will tell them why it took so long.”
"""

QUOTES = [
    dict(content="to stop prescribing Solvara", kind="indirect", speaker="European Medicines Agency", mention="the European Medicines Agency", cue="told doctors", stance="claim"),
    dict(content="the first real advance in a generation", kind="direct", speaker="Caldera Therapeutics", mention="Caldera Therapeutics", cue="had called", stance="claim"),
    dict(content="The decision followed 212 reports of serious liver injury, nine of them fatal", kind="indirect", speaker="European Medicines Agency", mention="the agency", cue="according to", stance="claim"),
    dict(content="it sat on warning signs", kind="indirect", speaker="Caldera Therapeutics", mention="which", cue="denies", stance="denial"),
    dict(content="it passed every report to the regulator “within the legal timelines, and in most cases well ahead of them”", kind="mixed", speaker="Caldera Therapeutics", mention="Caldera", cue="says", stance="denial"),
    dict(content=("it had “acted at every stage in the interest of patients”", "“jointly” with the agency"), kind="mixed", speaker="Caldera Therapeutics", mention="the company", cue="said", stance="claim"),
    dict(content="the liver signal “was there in black and white” in the trial's interim results", kind="mixed", speaker="Ingrid Halvorsen", mention="Dr Ingrid Halvorsen, a pharmacologist at the University of Groningen who sat on the independent monitoring board of one of Caldera's trials until 2023", cue="said", stance="claim"),
    dict(content="We flagged it. We flagged it twice, in writing,", kind="direct", speaker="Ingrid Halvorsen", mention="she", cue="said", stance="claim"),
    dict(content="What happened to those letters once they reached the company, I honestly cannot tell you.", kind="direct", speaker="Ingrid Halvorsen", mention="she", cue="said", stance="non_denial"),
    dict(content="whether the board's letters had been forwarded to the agency", kind="indirect", speaker="Caldera Therapeutics", mention="Caldera", cue="would not say", stance="non_denial"),
    dict(content="it “does not comment on the deliberations of independent committees”", kind="mixed", speaker="Caldera Therapeutics", mention="Caldera", cue="saying only", stance="refusal"),
    dict(content="no single report, taken on its own, changed the benefit-risk picture", kind="direct", speaker="Paul Ferrante", mention="Its chief medical officer, Dr Paul Ferrante", cue="told investors", stance="denial"),
    dict(content="That sentence will haunt them,", kind="direct", speaker="Marta Kowalczyk", mention="Marta Kowalczyk, who chairs the Lupus Action Network", cue="said", stance="claim"),
    dict(content="Nine people are dead. Every one of them was a single report.", kind="direct", speaker="Marta Kowalczyk", mention="Marta Kowalczyk, who chairs the Lupus Action Network", cue="said", stance="claim"),
    dict(content="a public inquiry", kind="indirect", speaker="Lupus Action Network", mention="The network", cue="has called for", stance="claim"),
    dict(content="at least 40 of its members are still waiting for follow-up liver tests", kind="indirect", speaker="Lupus Action Network", mention="The network", cue="says", stance="claim"),
    dict(content="it moved as fast as the evidence allowed", kind="indirect", speaker="European Medicines Agency", mention="The agency", cue="insists", stance="denial"),
    dict(content="Liver injury is a known risk with many medicines, and most early reports were confounded by other drugs the patients were taking,", kind="direct", speaker="Henrik Daele", mention="a spokesman, Henrik Daele", cue="said", stance="denial"),
    dict(content="We acted once causality could be established. Not before, and not later.", kind="direct", speaker="Henrik Daele", mention="a spokesman, Henrik Daele", cue="said", stance="denial"),
    dict(content="the agency had received letters from the trial's monitoring board", kind="indirect", speaker="Henrik Daele", mention="He", cue="confirmed", stance="confirmation"),
    dict(content="declined to say [[when]]", kind="indirect", speaker="Henrik Daele", mention="He", cue="declined to say", stance="refusal"),
    dict(content=("the safety committee had discussed a suspension as early as last spring", "“a more complete dataset”"), kind="mixed", speaker="An official involved in the review", mention="An official involved in the review, who spoke on condition of anonymity because the matter is before the ombudsman", cue="said", stance="claim"),
    dict(content="We waited for that dataset for seven months,", kind="direct", speaker="An official involved in the review", mention="the official", cue="said", stance="claim"),
    dict(content="the company “could have communicated better with patients and prescribers”", kind="mixed", speaker="Lorna Beckwith", mention="Its chief executive, Lorna Beckwith", cue="acknowledged", stance="confirmation"),
    dict(content="what she called “the suggestion that anyone at Caldera put sales ahead of safety”", kind="mixed", speaker="Lorna Beckwith", mention="Its chief executive, Lorna Beckwith", cue="rejected", stance="denial"),
    dict(content="the episode exposes a wider weakness in how medicines are policed once they reach the market", kind="indirect", speaker="Independent scientists", mention="Independent scientists", cue="say", stance="claim"),
    dict(content="The real problem is that nobody outside the company and the regulator ever sees the raw safety data,", kind="direct", speaker="Tomas Reinholt", mention="Tomas Reinholt, a professor of clinical epidemiology in Copenhagen", cue="said", stance="claim"),
    dict(content=("the paper reporting the trial", "only in a supplementary table"), kind="indirect", speaker="Tomas Reinholt", mention="He", cue="pointed out", stance="claim"),
    dict(content="referring the case to the European Commission", kind="indirect", speaker="European Medicines Agency", mention="The agency", cue="would not rule out", stance="non_denial"),
    dict(content="to comment on reports that it had set aside money for litigation", kind="indirect", speaker="Caldera Therapeutics", mention="the company", cue="declined", stance="refusal"),
    dict(content="it was “far too early to say”", kind="mixed", speaker="Paul Ferrante", mention="Dr Ferrante", cue="said", stance="non_denial"),
    dict(content="People were told this drug was safe, and they believed it,", kind="direct", speaker="Marta Kowalczyk", mention="Ms Kowalczyk", cue="said", stance="claim"),
    dict(content="Now they are being told to stop, and nobody will tell them why it took so long.", kind="direct", speaker="Marta Kowalczyk", mention="Ms Kowalczyk", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["An official involved in the review", "Independent scientists"]

PARTIES = [
    dict(name="European Medicines Agency", type="ORG", aliases=["the agency", "The agency", "the regulator"]),
    dict(name="Caldera Therapeutics", type="ORG", aliases=["Caldera", "the company"]),
    dict(name="Ingrid Halvorsen", type="PERSON", aliases=["Dr Ingrid Halvorsen", "Dr Halvorsen"]),
    dict(name="University of Groningen", type="ORG", aliases=[]),
    dict(name="Paul Ferrante", type="PERSON", aliases=["Dr Paul Ferrante", "Dr Ferrante", "Its chief medical officer"]),
    dict(name="Marta Kowalczyk", type="PERSON", aliases=["Ms Kowalczyk"]),
    dict(name="Lupus Action Network", type="ORG", aliases=["The network"]),
    dict(name="Henrik Daele", type="PERSON", aliases=["a spokesman"]),
    dict(name="European Ombudsman", type="ORG", aliases=["the ombudsman"]),
    dict(name="Lorna Beckwith", type="PERSON", aliases=["Its chief executive"]),
    dict(name="Tomas Reinholt", type="PERSON", aliases=[]),
    dict(name="European Commission", type="ORG", aliases=[]),
]
