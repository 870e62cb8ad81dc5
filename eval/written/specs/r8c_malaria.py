# ruff: noqa: E501
"""Gold spec: a science report on an invented malaria drug trial (invented events, invented people)."""

# fmt: off
ID = "written-r8c-malaria"
TITLE = "Single-dose malaria drug clears infection in nine out of ten patients, trial finds"

TEXT = """
A single dose of an experimental malaria drug cleared the infection in 91 per cent of patients in a trial in three African countries, researchers reported on Wednesday, raising hopes of a treatment that does not depend on patients finishing a three-day course.

The drug, a compound called KT-214, was given to 1,240 adults and children in Ghana, Uganda and Malawi. Writing in the Journal of Tropical Therapeutics, the team said it worked as well against parasites resistant to existing treatments as against those that were not.

The trial's lead investigator, Professor Abena Mensah of the Accra Institute for Infection Research, said the results were "better than we dared hope". But she cautioned that the drug had so far been tested only in uncomplicated cases, and that it was too early to say whether it would work in severe malaria.

The finding that resistant parasites were cleared as readily as others is the most important in the paper, according to Dr Ravi Menon, a pharmacologist at the University of Lisbury who was not involved in the study. Resistance to the current first-line drugs, he pointed out, has been spreading across East Africa for a decade.

About one in 12 patients reported nausea, the paper says, and two had a temporary drop in white blood cells. The researchers described the side effects as mild and said none of the patients had stopped treatment because of them.

Not everyone is convinced. Dr Helen Fraser, who advises the World Malaria Alliance on drug policy, said the trial was "well run but small" and warned that rare side effects might emerge only once millions of people had taken the drug.

She also questioned the claim that a single dose would improve adherence. Most patients in the region, she said, already finished their courses when the drugs were provided free.

Kestrel Therapeutics, the Swiss company that developed KT-214, said it would apply for approval in the three trial countries next year. Its chief scientific officer, Martin Ebner, vowed that the drug would be sold "at cost" in low-income countries, though he declined to say what that cost would be.

Campaigners welcomed his pledge but said it needed to be written into licensing agreements. The pledge, said Amara Diallo of the Access to Medicines Campaign, was "a start, not a guarantee".

It is worth saying that the study was funded by Kestrel, and four of its 22 authors are company employees. Professor Mensah said the company had no role in analysing the data, a point the journal's editors confirmed.

A larger trial involving 6,000 patients is due to begin in Nigeria and Tanzania in the spring, according to the institute.

For the families in the trial villages, the hope is simpler. "When my son had malaria last year he was sick for a week," said Grace Achieng, a farmer in northern Uganda whose two children took part. "This time, he was playing football after two days."
"""

QUOTES = [
    dict(content=("A single dose of an experimental malaria drug", "in three African countries"), kind="indirect", speaker="researchers", mention="researchers reported", cue="reported", stance="claim"),
    dict(content="it worked as well against parasites resistant to existing treatments as against those that were not", kind="indirect", speaker="researchers", mention="the team", cue="said", stance="claim"),
    dict(content='the results were "better than we dared hope"', kind="mixed", speaker="Abena Mensah", mention="The trial's lead investigator, Professor Abena Mensah of the Accra Institute for Infection Research", cue="said", stance="claim"),
    dict(content="the drug had so far been tested only in uncomplicated cases, and that it was too early to say whether it would work in severe malaria", kind="indirect", speaker="Abena Mensah", mention="she", cue="cautioned", stance="claim"),
    dict(content="The finding that resistant parasites were cleared as readily as others is the most important in the paper", kind="indirect", speaker="Ravi Menon", mention="Dr Ravi Menon, a pharmacologist at the University of Lisbury who was not involved in the study", cue="according to", stance="claim"),
    dict(content="Resistance to the current first-line drugs, he pointed out, has been spreading across East Africa for a decade", kind="indirect", speaker="Ravi Menon", mention="he pointed out", cue="pointed out", stance="claim"),
    dict(content="About one in 12 patients reported nausea, the paper says, and two had a temporary drop in white blood cells", kind="indirect", speaker="Journal of Tropical Therapeutics", mention="the paper", cue="says", stance="claim"),
    dict(content="the side effects as mild", kind="indirect", speaker="researchers", mention="The researchers", cue="described", stance="claim"),
    dict(content="none of the patients had stopped treatment because of them", kind="indirect", speaker="researchers", mention="The researchers", cue="said", stance="claim"),
    dict(content='the trial was "well run but small"', kind="mixed", speaker="Helen Fraser", mention="Dr Helen Fraser, who advises the World Malaria Alliance on drug policy", cue="said", stance="claim"),
    dict(content="rare side effects might emerge only once millions of people had taken the drug", kind="indirect", speaker="Helen Fraser", mention="Dr Helen Fraser, who advises the World Malaria Alliance on drug policy", cue="warned", stance="claim"),
    dict(content="the claim that a single dose would improve adherence", kind="indirect", speaker="Helen Fraser", mention="She also questioned", cue="questioned", stance="denial"),
    dict(content="Most patients in the region, she said, already finished their courses when the drugs were provided free", kind="indirect", speaker="Helen Fraser", mention="she said", cue="said", stance="claim"),
    dict(content="it would apply for approval in the three trial countries next year", kind="indirect", speaker="Kestrel Therapeutics", mention="Kestrel Therapeutics, the Swiss company that developed KT-214", cue="said", stance="claim"),
    dict(content='the drug would be sold "at cost" in low-income countries', kind="mixed", speaker="Martin Ebner", mention="Its chief scientific officer, Martin Ebner", cue="vowed", stance="claim"),
    dict(content="what that cost would be", kind="indirect", speaker="Martin Ebner", mention="he declined", cue="declined to say", stance="refusal"),
    dict(content="it needed to be written into licensing agreements", kind="indirect", speaker="campaigners", mention="Campaigners", cue="said", stance="claim"),
    dict(content='The pledge, said Amara Diallo of the Access to Medicines Campaign, was "a start, not a guarantee"', kind="mixed", speaker="Amara Diallo", mention="Amara Diallo of the Access to Medicines Campaign", cue="said", stance="claim"),
    dict(content="the company had no role in analysing the data", kind="indirect", speaker="Abena Mensah", mention="Professor Mensah", cue="said", stance="denial"),
    dict(content="a point", kind="indirect", speaker="journal's editors", mention="the journal's editors confirmed", cue="confirmed", stance="confirmation"),
    dict(content="A larger trial involving 6,000 patients is due to begin in Nigeria and Tanzania in the spring", kind="indirect", speaker="Accra Institute for Infection Research", mention="the institute", cue="according to", stance="claim"),
    dict(content="When my son had malaria last year he was sick for a week,", kind="direct", speaker="Grace Achieng", mention="Grace Achieng, a farmer in northern Uganda whose two children took part", cue="said", stance="claim"),
    dict(content="This time, he was playing football after two days.", kind="direct", speaker="Grace Achieng", mention="Grace Achieng, a farmer in northern Uganda whose two children took part", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Abena Mensah", type="PERSON", aliases=["Professor Mensah", "Professor Abena Mensah"]),
    dict(name="Accra Institute for Infection Research", type="ORG", aliases=["the institute"]),
    dict(name="Ravi Menon", type="PERSON", aliases=["Dr Ravi Menon"]),
    dict(name="University of Lisbury", type="ORG", aliases=[]),
    dict(name="Journal of Tropical Therapeutics", type="ORG", aliases=["the paper"]),
    dict(name="Helen Fraser", type="PERSON", aliases=["Dr Helen Fraser"]),
    dict(name="World Malaria Alliance", type="ORG", aliases=[]),
    dict(name="Kestrel Therapeutics", type="ORG", aliases=["Kestrel"]),
    dict(name="Martin Ebner", type="PERSON", aliases=[]),
    dict(name="Amara Diallo", type="PERSON", aliases=[]),
    dict(name="Access to Medicines Campaign", type="ORG", aliases=[]),
    dict(name="Grace Achieng", type="PERSON", aliases=[]),
]

UNNAMED_SPEAKERS = ["researchers", "campaigners", "journal's editors"]
