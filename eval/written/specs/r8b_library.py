# ruff: noqa: E501
"""Gold spec: local news on a library closure; a borough council and the town it is named after, "Cllr" and "Councillor" titles, a group named with function words, residents, the council leader by role, a person named in full then by surname (invented events, invented people)."""

# fmt: off
ID = "written-r8b-library"
TITLE = "Campaigners vow to fight plan to close three Hartwell libraries"

TEXT = """
Campaigners in Hartwell have promised to fight a plan to close three of the town’s seven libraries, after the borough council said it could no longer afford to keep them open.

Hartwell Borough Council said on Tuesday that the branches in Eastgate, Millbrook and Stone Cross would shut in April unless volunteers agreed to run them. The council said the closures would save £640,000 a year.

Cllr Janet Osei, the cabinet member for communities, said the decision had been “the hardest of my time in office”. Cllr Osei said the Labour-run authority had lost a third of its government grant in ten years.

“Nobody went into local politics to shut libraries,” she said. “But the money is simply not there.”

The council leader, Councillor Brian Whitlock, said the plan would be put to a public consultation. Whitlock said he was open to “any serious offer” from community groups.

The Friends of Eastgate Library, which collected 4,000 signatures last year against an earlier round of cuts, said the consultation was a sham. Its chair, Ruth Mbeki, said the decision had already been taken behind closed doors.

Residents said the branches were a lifeline. “My grandson does his homework there because we have no internet at home,” said Doris Kemp, 78, a retired nurse from Stone Cross.

The Conservative group leader, Cllr Ahmed Rashid, accused the council of wasting money on a new town hall while closing libraries. The council denied that. A council spokesman said the town hall project had been paid for from a separate fund and could not be used for running costs.

Hartwell’s MP, Susan Clarke, said she had written to the culture secretary asking for emergency funding. A Department for Culture, Media and Sport spokesperson said councils were responsible for their own library services.

The Association of Public Library Managers (APLM) said closures of this kind were rising across England. The association’s chief executive, Amira Chowdhury, said volunteer-run branches often struggled to stay open beyond a few years.

The consultation closes on 14 February.
"""

QUOTES = [
    dict(content="it could no longer afford to keep them open", kind="indirect", speaker="Hartwell Borough Council", mention="the borough council", cue="said", stance="claim"),
    dict(content="the branches in Eastgate, Millbrook and Stone Cross would shut in April unless volunteers agreed to run them", kind="indirect", speaker="Hartwell Borough Council", mention="Hartwell Borough Council", cue="said", stance="claim"),
    dict(content="the closures would save £640,000 a year", kind="indirect", speaker="Hartwell Borough Council", mention="The council", cue="said", stance="claim"),
    dict(content=("the decision had been", "“the hardest of my time in office”"), kind="mixed", speaker="Janet Osei", mention="Cllr Janet Osei, the cabinet member for communities", cue="said", stance="claim"),
    dict(content="the Labour-run authority had lost a third of its government grant in ten years", kind="indirect", speaker="Janet Osei", mention="Cllr Osei", cue="said", stance="claim"),
    dict(content="Nobody went into local politics to shut libraries,", kind="direct", speaker="Janet Osei", mention="she", cue="said", stance="claim"),
    dict(content="But the money is simply not there.", kind="direct", speaker="Janet Osei", mention=None, cue=None, stance="claim"),
    dict(content="the plan would be put to a public consultation", kind="indirect", speaker="Brian Whitlock", mention="The council leader, Councillor Brian Whitlock", cue="said", stance="claim"),
    dict(content=("he was open to", "“any serious offer” from community groups"), kind="mixed", speaker="Brian Whitlock", mention="[[Whitlock]] said he", cue="said", stance="claim"),
    dict(content="the consultation was a sham", kind="indirect", speaker="Friends of Eastgate Library", mention="The Friends of Eastgate Library, which collected 4,000 signatures last year against an earlier round of cuts", cue="said", stance="claim"),
    dict(content="the decision had already been taken behind closed doors", kind="indirect", speaker="Ruth Mbeki", mention="Its chair, Ruth Mbeki", cue="said", stance="claim"),
    dict(content="the branches were a lifeline", kind="indirect", speaker="Residents", mention="Residents", cue="said", stance="claim"),
    dict(content="My grandson does his homework there because we have no internet at home,", kind="direct", speaker="Doris Kemp", mention="Doris Kemp, 78, a retired nurse from Stone Cross", cue="said", stance="claim"),
    dict(content="the council of wasting money on a new town hall while closing libraries", kind="indirect", speaker="Ahmed Rashid", mention="The Conservative group leader, Cllr Ahmed Rashid", cue="accused", stance="claim"),
    dict(content="The council denied [[that]]", kind="indirect", speaker="Hartwell Borough Council", mention="[[The council]] denied that", cue="denied", stance="denial"),
    dict(content="the town hall project had been paid for from a separate fund and could not be used for running costs", kind="indirect", speaker="Hartwell Borough Council", mention="A council spokesman", cue="said", stance="denial"),
    dict(content="she had written to the culture secretary asking for emergency funding", kind="indirect", speaker="Susan Clarke", mention="Hartwell’s MP, Susan Clarke", cue="said", stance="claim"),
    dict(content="councils were responsible for their own library services", kind="indirect", speaker="Department for Culture, Media and Sport", mention="A Department for Culture, Media and Sport spokesperson", cue="said", stance="claim"),
    dict(content="closures of this kind were rising across England", kind="indirect", speaker="Association of Public Library Managers", mention="The Association of Public Library Managers (APLM)", cue="said", stance="claim"),
    dict(content="volunteer-run branches often struggled to stay open beyond a few years", kind="indirect", speaker="Amira Chowdhury", mention="The association’s chief executive, Amira Chowdhury", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Residents"]

PARTIES = [
    dict(name="Hartwell Borough Council", type="ORG", aliases=["the borough council", "The council", "the council", "the Labour-run authority"]),
    dict(name="Janet Osei", type="PERSON", aliases=["Cllr Janet Osei", "Cllr Osei"]),
    dict(name="Brian Whitlock", type="PERSON", aliases=["Councillor Brian Whitlock", "Whitlock", "The council leader"]),
    dict(name="Friends of Eastgate Library", type="ORG", aliases=["The Friends of Eastgate Library"]),
    dict(name="Ruth Mbeki", type="PERSON", aliases=["Its chair"]),
    dict(name="Doris Kemp", type="PERSON", aliases=[]),
    dict(name="Ahmed Rashid", type="PERSON", aliases=["Cllr Ahmed Rashid", "The Conservative group leader"]),
    dict(name="Susan Clarke", type="PERSON", aliases=["Hartwell’s MP"]),
    dict(name="Department for Culture, Media and Sport", type="ORG", aliases=[]),
    dict(name="Association of Public Library Managers", type="ORG", aliases=["The Association of Public Library Managers", "APLM", "The association"]),
    dict(name="Amira Chowdhury", type="PERSON", aliases=["The association’s chief executive"]),
]
