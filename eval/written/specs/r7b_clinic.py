# ruff: noqa: E501
"""Gold spec: a local health story on a walk-in clinic closing; the health board and its spokesperson, a councillor, residents, a GP with an unusual name (invented events)."""

# fmt: off
ID = "written-r7b-clinic"
TITLE = "Bramley Walk-In Clinic to Close in March, Health Board Confirms"

TEXT = """
The walk-in clinic on Bramley High Street will close at the end of March, the regional health board confirmed on Wednesday, ending a service that treated more than 20,000 patients last year.

Patients will instead be directed to the urgent treatment centre at St Aldhelm’s Hospital, nine miles away. A spokesperson for the West Vale Health Board said the clinic had struggled to recruit doctors and that “the service cannot be run safely with the staff we have”.

Local councillor Priya Nandakumar said the decision had been taken “behind closed doors” and called for a public meeting. “People here were told this clinic was safe two years ago,” she said. “Now they read about its closure in the paper.”

The board rejected that. Its chief executive, Mark Ellery, said staff and patient groups had been consulted over the summer. “We have not hidden anything,” he said. “We have simply run out of options.”

Residents outside the clinic on Wednesday said they were worried about the journey. “I don’t drive, and the bus takes an hour,” said Edna Clough, 81. “What am I supposed to do if my grandson has a fever at night?”

Dr Oluwaseun Adebayo-Kerr, a GP at the neighbouring Pennyfield surgery, said practices nearby were already full. Asked whether they could take on the clinic’s patients, he said: “Honestly, no. Not without more doctors.”

The Royal College of Nursing said the closure was “a symptom of a workforce crisis that ministers keep ignoring”. The Department of Health did not respond to a request for comment.
"""

QUOTES = [
    dict(content="The walk-in clinic on Bramley High Street will close at the end of March", kind="indirect", speaker="West Vale Health Board", mention="the regional health board", cue="confirmed", stance="confirmation"),
    dict(content=("the clinic had struggled to recruit doctors", "“the service cannot be run safely with the staff we have”"), kind="mixed", speaker="West Vale Health Board", mention="A spokesperson for the West Vale Health Board", cue="said", stance="claim"),
    dict(content="the decision had been taken “behind closed doors”", kind="mixed", speaker="Priya Nandakumar", mention="Local councillor Priya Nandakumar", cue="said", stance="claim"),
    dict(content="People here were told this clinic was safe two years ago,", kind="direct", speaker="Priya Nandakumar", mention="she", cue="said", stance="claim"),
    dict(content="Now they read about its closure in the paper.", kind="direct", speaker="Priya Nandakumar", mention="she", cue="said", stance="claim"),
    dict(content="staff and patient groups had been consulted over the summer", kind="indirect", speaker="Mark Ellery", mention="Its chief executive, Mark Ellery", cue="said", stance="denial"),
    dict(content="We have not hidden anything,", kind="direct", speaker="Mark Ellery", mention="he", cue="said", stance="denial"),
    dict(content="We have simply run out of options.", kind="direct", speaker="Mark Ellery", mention="he", cue="said", stance="claim"),
    dict(content="they were worried about the journey", kind="indirect", speaker="Residents outside the clinic", mention="Residents outside the clinic on Wednesday", cue="said", stance="claim"),
    dict(content="I don’t drive, and the bus takes an hour,", kind="direct", speaker="Edna Clough", mention="Edna Clough, 81", cue="said", stance="claim"),
    dict(content="What am I supposed to do if my grandson has a fever at night?", kind="direct", speaker="Edna Clough", mention="Edna Clough, 81", cue="said", stance="claim"),
    dict(content="practices nearby were already full", kind="indirect", speaker="Oluwaseun Adebayo-Kerr", mention="Dr Oluwaseun Adebayo-Kerr, a GP at the neighbouring Pennyfield surgery", cue="said", stance="claim"),
    dict(content="Honestly, no. Not without more doctors.", kind="direct", speaker="Oluwaseun Adebayo-Kerr", mention="he", cue="said:", stance="claim"),
    dict(content="the closure was “a symptom of a workforce crisis that ministers keep ignoring”", kind="mixed", speaker="Royal College of Nursing", mention="The Royal College of Nursing", cue="said", stance="claim"),
    dict(content="did not respond [[to a request for comment]]", kind="indirect", speaker="Department of Health", mention="The Department of Health", cue="did not respond", stance="refusal"),
]

UNNAMED_SPEAKERS = ["Residents outside the clinic"]

PARTIES = [
    dict(name="West Vale Health Board", type="ORG", aliases=["the regional health board", "The board"]),
    dict(name="Priya Nandakumar", type="PERSON", aliases=["Local councillor Priya Nandakumar"]),
    dict(name="Mark Ellery", type="PERSON", aliases=["Its chief executive"]),
    dict(name="Edna Clough", type="PERSON", aliases=[]),
    dict(name="Oluwaseun Adebayo-Kerr", type="PERSON", aliases=["Dr Oluwaseun Adebayo-Kerr"]),
    dict(name="Royal College of Nursing", type="ORG", aliases=["The Royal College of Nursing"]),
    dict(name="Department of Health", type="ORG", aliases=["The Department of Health"]),
]
