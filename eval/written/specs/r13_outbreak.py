# ruff: noqa: E501
"""Gold spec: regional newspaper health story on a hospital infection outbreak (invented events, invented people)."""

# fmt: off
ID = "written-r13-outbreak"
TITLE = "Hospital accused of hiding infection outbreak on cancer ward"

TEXT = """
Health officials have confirmed that three patients died after contracting a drug-resistant infection on the cancer ward at St Aldric's Hospital, as nurses accused managers of keeping the outbreak quiet for almost a month.

The hospital's medical director, Dr Fiona Marr, said the first case had been identified on June 2 and that the ward had been closed to new admissions within 48 hours. She said the families of all the patients affected had been told.

Two nurses on the ward, who asked not to be named because they feared losing their jobs, said staff had been instructed not to discuss the infection with patients' relatives. One of them said the ward had stayed open for more than a week after the first case.

"We were told it was being handled and that it was above our pay grade," she said. "Meanwhile people were still being moved onto the ward from other parts of the hospital."

"I have worked here for 19 years and I have never seen anything like it."

Dr Marr rejected that account. Staff had actually been briefed twice a day from the first week, she said, and the hospital's infection control team had written to every family on June 9.

Her assertion that the ward closed within 48 hours is difficult to square with the hospital's own admission records, which show at least four patients admitted to the ward between June 5 and June 11.

Asked about the records, a hospital spokesman said the admissions were transfers of patients already being treated by the cancer team, not new cases. He would not discuss individual patients, citing confidentiality.

The regional health authority said it had sent a team to review infection control at St Aldric's and would not rule out further inspections at other hospitals run by the same trust.

The health authority's chief nurse, Joanne Adeyemi, told the Gazette: "We are not there to apportion blame. We are there to make sure this cannot happen again."

The Royal College of Nursing said it was supporting the two nurses and called for an independent investigation.

Asked whether any managers would face disciplinary action, Dr Marr said it was "too early to say".
"""

QUOTES = [
    dict(content="three patients died after contracting a drug-resistant infection on the cancer ward at St Aldric's Hospital", kind="indirect", speaker="Health officials", mention="Health officials", cue="have confirmed", stance="confirmation"),
    dict(content="managers of keeping the outbreak quiet for almost a month", kind="indirect", speaker="nurses", mention="nurses accused", cue="accused", stance="claim"),
    dict(content="the first case had been identified on June 2 and that the ward had been closed to new admissions within 48 hours", kind="indirect", speaker="Fiona Marr", mention="The hospital's medical director, Dr Fiona Marr", cue="said", stance="denial"),
    dict(content="the families of all the patients affected had been told", kind="indirect", speaker="Fiona Marr", mention="She said", cue="said", stance="denial"),
    dict(content="staff had been instructed not to discuss the infection with patients' relatives", kind="indirect", speaker="Two nurses on the ward", mention="Two nurses on the ward, who asked not to be named because they feared losing their jobs", cue="said", stance="claim"),
    dict(content="the ward had stayed open for more than a week after the first case", kind="indirect", speaker="one of the nurses", mention="One of them", cue="said", stance="claim"),
    dict(content="We were told it was being handled and that it was above our pay grade,", kind="direct", speaker="one of the nurses", mention="she said", cue="said", stance="claim"),
    dict(content="Meanwhile people were still being moved onto the ward from other parts of the hospital.", kind="direct", speaker="one of the nurses", mention="she said", cue="said", stance="claim"),
    dict(content="I have worked here for 19 years and I have never seen anything like it.", kind="direct", speaker="one of the nurses", mention=None, cue=None, stance="claim"),
    dict(content="that account", kind="indirect", speaker="Fiona Marr", mention="Dr Marr", cue="rejected", stance="denial"),
    dict(content="Staff had actually been briefed twice a day from the first week, she said, and the hospital's infection control team had written to every family on June 9", kind="indirect", speaker="Fiona Marr", mention="she", cue="said", stance="denial"),
    dict(content="the ward closed within 48 hours", kind="indirect", speaker="Fiona Marr", mention="Her", cue="assertion", stance="denial"),
    dict(content="the admissions were transfers of patients already being treated by the cancer team, not new cases", kind="indirect", speaker="St Aldric's Hospital", mention="a hospital spokesman", cue="said", stance="denial"),
    dict(content="individual patients", kind="indirect", speaker="St Aldric's Hospital", mention="He", cue="would not discuss", stance="refusal"),
    dict(content="it had sent a team to review infection control at St Aldric's", kind="indirect", speaker="regional health authority", mention="The regional health authority", cue="said", stance="claim"),
    dict(content="further inspections at other hospitals run by the same trust", kind="indirect", speaker="regional health authority", mention="The regional health authority", cue="would not rule out", stance="non_denial"),
    dict(content="We are not there to apportion blame. We are there to make sure this cannot happen again.", kind="direct", speaker="Joanne Adeyemi", mention="The health authority's chief nurse, Joanne Adeyemi", cue="told the Gazette:", stance="claim"),
    dict(content="it was supporting the two nurses", kind="indirect", speaker="Royal College of Nursing", mention="The Royal College of Nursing", cue="said", stance="claim"),
    dict(content="an independent investigation", kind="indirect", speaker="Royal College of Nursing", mention="The Royal College of Nursing", cue="called for", stance="claim"),
    dict(content='it was "too early to say"', kind="mixed", speaker="Fiona Marr", mention="Dr Marr said it", cue="said", stance="non_denial"),
]

PARTIES = [
    dict(name="St Aldric's Hospital", type="ORG", aliases=["the hospital"]),
    dict(name="Fiona Marr", type="PERSON", aliases=["Dr Marr", "Dr Fiona Marr"]),
    dict(name="regional health authority", type="ORG", aliases=[]),
    dict(name="Joanne Adeyemi", type="PERSON", aliases=[]),
    dict(name="Royal College of Nursing", type="ORG", aliases=[]),
    dict(name="Gazette", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["Health officials", "nurses", "Two nurses on the ward", "one of the nurses"]
