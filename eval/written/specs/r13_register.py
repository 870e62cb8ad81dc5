# ruff: noqa: E501
"""Gold spec: a health report on a vaccine register error; a ministry in title case in the headline and lower case in the body ("Health Ministry" … "the health ministry"), a minister named by role then "the minister", a minister's office, a contractor's spokesman, a coalition named with a function word ("Alliance for Child Health"), a doctor with "Dr", GPs as a group, a town as a place, a photo credit (invented events, invented people)."""

# fmt: off
ID = "written-r13-register"
TITLE = "Health Ministry Orders Review After Vaccine Register Error"

TEXT = """
Health Ministry Orders Review After Vaccine Register Error

The health ministry has ordered an independent review after a software fault at the national immunisation register wrongly told 14,000 parents that their children were overdue for vaccines.

Health Minister Ruth Calder said on Wednesday that the error was “unacceptable” but that no child had been given a dose they did not need. The minister said the review would report by the end of March.

The register is run by Medivance Systems under a contract with the ministry. A Medivance spokesman said a faulty update had been “identified and reversed within 48 hours” and that the company was co-operating fully.

The Alliance for Child Health, a coalition of paediatric charities, said parents had been “frightened for no reason”. Its director, Dr Samuel Achebe, said: “Trust in vaccination is hard to build and easy to lose.”

Opposition health spokeswoman Nadia Farrow said the ministry had been warned about the system in an internal audit last year. Calder’s office did not respond to questions about the audit.

General practitioners said their phone lines had been overwhelmed. “We had mothers in tears at reception,” said Dr Lena Holt, a GP in Brennock. “It took my staff two days to call everyone back.”

Brennock, a market town of 30,000, had the highest number of wrong letters, according to figures released by the ministry.

Photograph: Owen Tate for the Daily Ledger
"""

QUOTES = [
    dict(content=("the error was “unacceptable”", "a dose they did not need"), kind="mixed", speaker="Ruth Calder", mention="Health Minister Ruth Calder", cue="said", stance="claim"),
    dict(content="the review would report by the end of March", kind="indirect", speaker="Ruth Calder", mention="The minister", cue="said", stance="claim"),
    dict(content=("a faulty update had been", "the company was co-operating fully"), kind="mixed", speaker="Medivance Systems", mention="A Medivance spokesman", cue="said", stance="claim"),
    dict(content="parents had been “frightened for no reason”", kind="mixed", speaker="Alliance for Child Health", mention="The Alliance for Child Health, a coalition of paediatric charities", cue="said", stance="claim"),
    dict(content="Trust in vaccination is hard to build and easy to lose.", kind="direct", speaker="Samuel Achebe", mention="Its director, Dr Samuel Achebe", cue="said", stance="claim"),
    dict(content="the ministry had been warned about the system in an internal audit last year", kind="indirect", speaker="Nadia Farrow", mention="Opposition health spokeswoman Nadia Farrow", cue="said", stance="claim"),
    dict(content="did not respond [[to questions about the audit]]", kind="indirect", speaker="Ruth Calder", mention="Calder’s office", cue="did not respond", stance="refusal"),
    dict(content="their phone lines had been overwhelmed", kind="indirect", speaker="General practitioners", mention="General practitioners", cue="said", stance="claim"),
    dict(content="We had mothers in tears at reception,", kind="direct", speaker="Lena Holt", mention="Dr Lena Holt, a GP in Brennock", cue="said", stance="claim"),
    dict(content="It took my staff two days to call everyone back.", kind="direct", speaker="Lena Holt", mention=None, cue=None, stance="claim"),
    dict(content="Brennock, a market town of 30,000, had the highest number of wrong letters", kind="indirect", speaker="health ministry", mention="the ministry", cue="according to", stance="claim"),
]

UNNAMED_SPEAKERS = ["General practitioners"]

PARTIES = [
    dict(name="health ministry", type="ORG", aliases=["Health Ministry", "The health ministry", "the ministry"]),
    dict(name="Ruth Calder", type="PERSON", aliases=["Health Minister Ruth Calder", "The minister", "Calder"]),
    dict(name="Medivance Systems", type="ORG", aliases=["Medivance", "the company"]),
    dict(name="Alliance for Child Health", type="ORG", aliases=["The Alliance for Child Health"]),
    dict(name="Samuel Achebe", type="PERSON", aliases=["Dr Samuel Achebe", "Its director"]),
    dict(name="Nadia Farrow", type="PERSON", aliases=["Opposition health spokeswoman Nadia Farrow"]),
    dict(name="Lena Holt", type="PERSON", aliases=["Dr Lena Holt"]),
]
