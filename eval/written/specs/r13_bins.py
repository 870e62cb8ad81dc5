# ruff: noqa: E501
"""Gold spec: a local council report on bin collections; a council by full name then "the council", a leader with "Cllr" before her full name and her surname, an opposition leader, a government department and "a spokeswoman for the department", a denial with a reason after "saying", residents as a group, a residents' group named with a function word ("Harwick Against Waste"), a closing agency line (invented events, invented people)."""

# fmt: off
ID = "written-r13-bins"
TITLE = "Councillors Vote to Cut Bin Collections to Fortnightly"

TEXT = """
Councillors Vote to Cut Bin Collections to Fortnightly

Harwick City Council voted on Tuesday night to move household rubbish collections from weekly to fortnightly, despite a petition signed by more than 11,000 residents.

The council’s leader, Cllr Joanne Pryce, said the change would save £1.9m a year and was “the only responsible choice” after the government cut the city’s grant. “Nobody went into politics to collect bins less often,” she told the meeting.

Cllr Pryce said recycling would still be collected every week.

Opposition leader Cllr Amir Sethi called the vote “a betrayal of every promise made at the election”. Sethi said his group would try to overturn it at the next full council meeting.

The Department for Communities said councils were free to organise collections as they saw fit. A spokeswoman for the department denied that the grant had been cut, saying Harwick’s funding had risen by 3 percent this year.

Residents in the Eastgate ward, where the petition began, said they were worried about rats. “We already have foxes tearing the bags open,” said Graham Oduya, who organised the petition.

Harwick Against Waste, a residents’ group, said it would seek a judicial review.

Local Democracy Reporting Service
"""

QUOTES = [
    dict(content=("the change would save £1.9m a year", "cut the city’s grant"), kind="mixed", speaker="Joanne Pryce", mention="The council’s leader, Cllr Joanne Pryce", cue="said", stance="claim"),
    dict(content="Nobody went into politics to collect bins less often,", kind="direct", speaker="Joanne Pryce", mention="[[she]] told", cue="told", stance="claim"),
    dict(content="recycling would still be collected every week", kind="indirect", speaker="Joanne Pryce", mention="Cllr Pryce", cue="said", stance="claim"),
    dict(content="the vote “a betrayal of every promise made at the election”", kind="mixed", speaker="Amir Sethi", mention="Opposition leader Cllr Amir Sethi", cue="called", stance="claim"),
    dict(content="his group would try to overturn it at the next full council meeting", kind="indirect", speaker="Amir Sethi", mention="[[Sethi]] said", cue="said", stance="claim"),
    dict(content="councils were free to organise collections as they saw fit", kind="indirect", speaker="Department for Communities", mention="The Department for Communities", cue="said", stance="claim"),
    dict(content="the grant had been cut", kind="indirect", speaker="Department for Communities", mention="A spokeswoman for the department", cue="denied", stance="denial"),
    dict(content="Harwick’s funding had risen by 3 percent this year", kind="indirect", speaker="Department for Communities", mention="A spokeswoman for the department", cue="saying", stance="denial"),
    dict(content="they were worried about rats", kind="indirect", speaker="Residents in the Eastgate ward", mention="Residents in the Eastgate ward", cue="said", stance="claim"),
    dict(content="We already have foxes tearing the bags open,", kind="direct", speaker="Graham Oduya", mention="Graham Oduya, who organised the petition", cue="said", stance="claim"),
    dict(content="it would seek a judicial review", kind="indirect", speaker="Harwick Against Waste", mention="Harwick Against Waste, a residents’ group", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Residents in the Eastgate ward"]

PARTIES = [
    dict(name="Harwick City Council", type="ORG", aliases=["The council"]),
    dict(name="Joanne Pryce", type="PERSON", aliases=["Cllr Joanne Pryce", "Cllr Pryce", "The council’s leader"]),
    dict(name="Amir Sethi", type="PERSON", aliases=["Opposition leader Cllr Amir Sethi", "Sethi"]),
    dict(name="Department for Communities", type="ORG", aliases=["The Department for Communities", "the department"]),
    dict(name="Graham Oduya", type="PERSON", aliases=[]),
    dict(name="Harwick Against Waste", type="ORG", aliases=[]),
]
