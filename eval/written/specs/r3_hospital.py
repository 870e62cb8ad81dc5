# ruff: noqa: E501
"""Gold spec: broadsheet news on a hospital trust accused of keeping patients off its waiting-list figures (invented events)."""

# fmt: off
ID = "written-r3-hospital"
TITLE = "Hospital trust accused of keeping 11,000 patients off its waiting-list figures"

TEXT = """
A hospital trust in the East Midlands kept more than 11,000 patients out of the waiting-list figures it reported to the government for almost two years, according to a former senior manager who says she was told to "tidy up" the numbers before every monthly return.

Priya Sandhu, who ran the performance information team at Hollins Vale Hospitals NHS Trust until March, said patients who had waited longest for hip, knee and cataract operations were moved onto what staff called the "validation list", a spreadsheet that was never sent to NHS England.

"Every month the same conversation happened," she told this newspaper. "Someone would look at the total, say it was too high to go to the board, and the oldest cases would come off it. They didn't come off the hospital's books, of course. Those people were still waiting, some of them in real pain."

Ms Sandhu, 44, said she had set out her concerns in an email to the trust's chief operating officer last November and was moved to a different role within a fortnight. She left Hollins Vale in March and has since made a whistleblowing disclosure to the Care Quality Commission, the health service regulator.

The trust denied that any figures had been hidden. In a statement, its chief executive, Martin Glaive, said the list Ms Sandhu described was "a routine clinical validation exercise that every trust in England carries out" and that patients on it "remained on the waiting list in every sense that matters to them".

"We reject entirely any suggestion that people at this trust set out to mislead anyone," Mr Glaive said. "But I accept that the way those patients were counted should have been far clearer to our board, and I have asked for that to change."

He would not say how many patients had been on the list at its peak, or whether the chief operating officer, Simon Reeve, had been asked to explain Ms Sandhu's move to another post. Mr Reeve did not respond to requests for comment.

The Care Quality Commission confirmed that it had received "information of concern" about the trust's reporting of waiting times and said inspectors would visit Hollins Vale "in the coming weeks". It declined to say whether the disclosure had come from Ms Sandhu, citing its duty to protect those who raise concerns.

A regional director at the regulator, Fiona Chalk, told MPs on the health select committee on Tuesday, before the allegations became public, that the commission had "no current evidence" of data problems at the trust. Asked about that on Friday, a CQC spokeswoman acknowledged that the picture had "changed since then".

A senior NHS England official, who was not authorised to speak publicly, said the list had been flagged in an internal audit last year but that the trust had been told to "sort it out locally" rather than restate its figures.

The health minister, Andrew Fenwick, said he was "deeply concerned" by the allegations and had asked NHS England for an urgent review of Hollins Vale's returns since 2024. Pressed in the Commons on whether other trusts kept similar lists, Mr Fenwick said he was "not going to speculate about other hospitals on the strength of one newspaper report". "If there is a pattern, we will find it," he added.

His opposite number, the shadow health secretary Nadia Rahman, was less measured. "If these numbers were massaged, ministers have been boasting about figures that were never real," she said, calling for the trust's board to be suspended until the review reports.

Hollins Vale Patients' Voice, a group set up by former patients of the trust, said several of its members had been told for more than a year that their operations were "imminent". Its chair, Derek Oyelaran, said: "People have a right to know where they stand in the queue. Some of our members have been waiting three years for a new hip."

Mr Glaive, who has led the trust since 2021, is due to appear before the committee next month. Asked on Friday whether he would stand down if the review found the figures had been manipulated, he replied: "That's a hypothetical, and I don't deal in those."
"""

QUOTES = [
    dict(content="A hospital trust in the East Midlands kept more than 11,000 patients out of the waiting-list figures it reported to the government for almost two years", kind="indirect", speaker="Priya Sandhu", mention="a former senior manager", cue="according to", stance="claim"),
    dict(content='she was told to "tidy up" the numbers before every monthly return', kind="mixed", speaker="Priya Sandhu", mention="who", cue="says", stance="claim"),
    dict(content=("patients who had waited longest for hip, knee and cataract operations", "never sent to NHS England"), kind="indirect", speaker="Priya Sandhu", mention="Priya Sandhu, who ran the performance information team at Hollins Vale Hospitals NHS Trust until March", cue="said", stance="claim"),
    dict(content="Every month the same conversation happened,", kind="direct", speaker="Priya Sandhu", mention="she", cue="told this newspaper", stance="claim"),
    dict(content=("Someone would look at the total", "some of them in real pain."), kind="direct", speaker="Priya Sandhu", mention="she", cue="told this newspaper", stance="claim"),
    dict(content="she had set out her concerns in an email to the trust's chief operating officer last November and was moved to a different role within a fortnight", kind="indirect", speaker="Priya Sandhu", mention="Ms Sandhu, 44", cue="said", stance="claim"),
    dict(content="any figures had been hidden", kind="indirect", speaker="Hollins Vale Hospitals NHS Trust", mention="The trust", cue="denied", stance="denial"),
    dict(content=("the list Ms Sandhu described was", "in every sense that matters to them\""), kind="mixed", speaker="Martin Glaive", mention="its chief executive, Martin Glaive", cue="said", stance="denial"),
    dict(content="We reject entirely any suggestion that people at this trust set out to mislead anyone,", kind="direct", speaker="Martin Glaive", mention="Mr Glaive", cue="said", stance="denial"),
    dict(content="But I accept that the way those patients were counted should have been far clearer to our board, and I have asked for that to change.", kind="direct", speaker="Martin Glaive", mention="Mr Glaive", cue="said", stance="confirmation"),
    dict(content="how many patients had been on the list at its peak", kind="indirect", speaker="Martin Glaive", mention="He", cue="would not say", stance="refusal"),
    dict(content="whether the chief operating officer, Simon Reeve, had been asked to explain Ms Sandhu's move to another post", kind="indirect", speaker="Martin Glaive", mention="He", cue="would not say", stance="non_denial"),
    dict(content='it had received "information of concern" about the trust\'s reporting of waiting times', kind="mixed", speaker="Care Quality Commission", mention="The Care Quality Commission", cue="confirmed", stance="confirmation"),
    dict(content='inspectors would visit Hollins Vale "in the coming weeks"', kind="mixed", speaker="Care Quality Commission", mention="The Care Quality Commission", cue="said", stance="claim"),
    dict(content="whether the disclosure had come from Ms Sandhu", kind="indirect", speaker="Care Quality Commission", mention="It", cue="declined to say", stance="non_denial"),
    dict(content='the commission had "no current evidence" of data problems at the trust', kind="mixed", speaker="Fiona Chalk", mention="A regional director at the regulator, Fiona Chalk", cue="told MPs", stance="claim"),
    dict(content='the picture had "changed since then"', kind="mixed", speaker="Care Quality Commission", mention="a CQC spokeswoman", cue="acknowledged", stance="confirmation"),
    dict(content=("the list had been flagged in an internal audit last year", "rather than restate its figures"), kind="mixed", speaker="A senior NHS England official", mention="A senior NHS England official, who was not authorised to speak publicly", cue="said", stance="claim"),
    dict(content=('he was "deeply concerned" by the allegations', "returns since 2024"), kind="mixed", speaker="Andrew Fenwick", mention="The health minister, Andrew Fenwick", cue="said", stance="claim"),
    dict(content='he was "not going to speculate about other hospitals on the strength of one newspaper report"', kind="mixed", speaker="Andrew Fenwick", mention="Mr Fenwick", cue="said", stance="non_denial"),
    dict(content="If there is a pattern, we will find it,", kind="direct", speaker="Andrew Fenwick", mention="[[he]] added", cue="added", stance="claim"),
    dict(content="If these numbers were massaged, ministers have been boasting about figures that were never real,", kind="direct", speaker="Nadia Rahman", mention="she", cue="said", stance="claim"),
    dict(content="the trust's board to be suspended until the review reports", kind="indirect", speaker="Nadia Rahman", mention="she", cue="calling for", stance="claim"),
    dict(content='several of its members had been told for more than a year that their operations were "imminent"', kind="mixed", speaker="Hollins Vale Patients' Voice", mention="Hollins Vale Patients' Voice, a group set up by former patients of the trust", cue="said", stance="claim"),
    dict(content="People have a right to know where they stand in the queue. Some of our members have been waiting three years for a new hip.", kind="direct", speaker="Derek Oyelaran", mention="Its chair, Derek Oyelaran", cue="said:", stance="claim"),
    dict(content="That's a hypothetical, and I don't deal in those.", kind="direct", speaker="Martin Glaive", mention="[[he]] replied", cue="replied", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["A senior NHS England official"]

PARTIES = [
    dict(name="Priya Sandhu", type="PERSON", aliases=["Ms Sandhu", "a former senior manager"]),
    dict(name="Hollins Vale Hospitals NHS Trust", type="ORG", aliases=["Hollins Vale", "The trust", "the trust"]),
    dict(name="Martin Glaive", type="PERSON", aliases=["Mr Glaive", "its chief executive"]),
    dict(name="Simon Reeve", type="PERSON", aliases=["Mr Reeve", "the chief operating officer", "the trust's chief operating officer"]),
    dict(name="Care Quality Commission", type="ORG", aliases=["CQC", "the commission", "the regulator", "the health service regulator"]),
    dict(name="Fiona Chalk", type="PERSON", aliases=["A regional director at the regulator"]),
    dict(name="NHS England", type="ORG", aliases=[]),
    dict(name="Andrew Fenwick", type="PERSON", aliases=["Mr Fenwick", "The health minister"]),
    dict(name="Nadia Rahman", type="PERSON", aliases=["the shadow health secretary"]),
    dict(name="Hollins Vale Patients' Voice", type="ORG", aliases=[]),
    dict(name="Derek Oyelaran", type="PERSON", aliases=["Its chair"]),
    dict(name="health select committee", type="ORG", aliases=["the committee"]),
]
