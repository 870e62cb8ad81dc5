# ruff: noqa: E501
"""Gold spec: a local paper's report on a council vote to close a library (invented events)."""

# fmt: off
ID = "written-r7c-council"
TITLE = "Councillors vote to shut Brackley Road library despite 4,000-name petition"

TEXT = """
Councillors in Marlow Vale have voted to close Brackley Road library in the spring, brushing aside a petition signed by more than 4,000 residents and warnings from teachers that children in the area would lose their only quiet place to study.

The cabinet approved the closure by six votes to two on Thursday night. Council leader Janet Purcell said the authority had to find £7.5m of savings next year and that keeping the library open would mean cutting services for vulnerable adults instead.

“Nobody came into politics to close libraries,” she said. “But I will not balance the books on the backs of people who need care.”

Cllr Purcell said the council would keep a book-lending service in the community centre next door, staffed by volunteers, and that the mobile library would call twice a week.

Opposition councillor Dev Mistry called the decision “cultural vandalism” and said the savings, about £180,000 a year, were tiny compared with the council’s £40m reserves. The reserves, he said, were there for exactly this kind of emergency.

The council’s finance officer, Paul Wren, told the meeting that most of the reserves were already committed to capital projects, a point Cllr Mistry disputed.

Head teacher Alison Kerr, whose primary school is two streets away, said many of her pupils lived in flats without space to do homework. Some, she said, went to the library every day after school because there was nowhere else warm.

Campaigners from the Friends of Brackley Road Library said they would seek a judicial review. Their chairman, Tom Ashby, claimed the council had not carried out a proper equality assessment before the vote, an allegation the council denied.

A council spokesman said later that a full assessment had been published in October and that residents had been consulted for twelve weeks.

The said assessment concluded that the closure would have a “moderate” impact on children and older people, but that the mobile service would reduce it.

The Chartered Institute of Library Professionals said Marlow Vale was the fourth council this year to cut library provision and called on the government to set a minimum standard.

Local MP Sarah Okoye, who spoke at a protest outside the town hall before the vote, said she had written to the culture secretary asking him to intervene. Asked whether she expected a reply, she said she was “not holding my breath”.

Cllr Purcell told the Vale Gazette after the meeting that she understood residents’ anger and would meet the campaigners next week.

The library will close on 31 March.
"""

QUOTES = [
    dict(content="children in the area would lose their only quiet place to study", kind="indirect", speaker="teachers", mention="teachers", cue="warnings", stance="claim"),
    dict(content="the authority had to find £7.5m of savings next year and that keeping the library open would mean cutting services for vulnerable adults instead", kind="indirect", speaker="Janet Purcell", mention="Council leader Janet Purcell", cue="said", stance="claim"),
    dict(content="Nobody came into politics to close libraries,", kind="direct", speaker="Janet Purcell", mention="she", cue="said", stance="claim"),
    dict(content="But I will not balance the books on the backs of people who need care.", kind="direct", speaker="Janet Purcell", mention="she", cue=None, stance="claim"),
    dict(content="the council would keep a book-lending service in the community centre next door, staffed by volunteers, and that the mobile library would call twice a week", kind="indirect", speaker="Janet Purcell", mention="Cllr Purcell", cue="said", stance="claim"),
    dict(content="the decision “cultural vandalism”", kind="mixed", speaker="Dev Mistry", mention="Opposition councillor Dev Mistry", cue="called", stance="claim"),
    dict(content="the savings, about £180,000 a year, were tiny compared with the council’s £40m reserves", kind="indirect", speaker="Dev Mistry", mention="Opposition councillor Dev Mistry", cue="said", stance="claim"),
    dict(content="The reserves, he said, were there for exactly this kind of emergency", kind="indirect", speaker="Dev Mistry", mention="he", cue="said", stance="claim"),
    dict(content="most of the reserves were already committed to capital projects", kind="indirect", speaker="Paul Wren", mention="The council’s finance officer, Paul Wren", cue="told the meeting", stance="claim"),
    dict(content="a point", kind="indirect", speaker="Dev Mistry", mention="Cllr Mistry", cue="disputed", stance="denial"),
    dict(content="many of her pupils lived in flats without space to do homework", kind="indirect", speaker="Alison Kerr", mention="Head teacher Alison Kerr, whose primary school is two streets away", cue="said", stance="claim"),
    dict(content="Some, she said, went to the library every day after school because there was nowhere else warm", kind="indirect", speaker="Alison Kerr", mention="she", cue="said", stance="claim"),
    dict(content="they would seek a judicial review", kind="indirect", speaker="Friends of Brackley Road Library", mention="Campaigners from the Friends of Brackley Road Library", cue="said", stance="claim"),
    dict(content="the council had not carried out a proper equality assessment before the vote", kind="indirect", speaker="Tom Ashby", mention="Their chairman, Tom Ashby", cue="claimed", stance="claim"),
    dict(content="an allegation", kind="indirect", speaker="Marlow Vale council", mention="[[the council]] denied", cue="denied", stance="denial"),
    dict(content="a full assessment had been published in October and that residents had been consulted for twelve weeks", kind="indirect", speaker="Marlow Vale council", mention="A council spokesman", cue="said", stance="denial"),
    dict(content="Marlow Vale was the fourth council this year to cut library provision", kind="indirect", speaker="Chartered Institute of Library Professionals", mention="The Chartered Institute of Library Professionals", cue="said", stance="claim"),
    dict(content="she had written to the culture secretary asking him to intervene", kind="indirect", speaker="Sarah Okoye", mention="Local MP Sarah Okoye, who spoke at a protest outside the town hall before the vote", cue="said", stance="claim"),
    dict(content="she was “not holding my breath”", kind="mixed", speaker="Sarah Okoye", mention="[[she]] said she was", cue="said", stance="claim"),
    dict(content="she understood residents’ anger and would meet the campaigners next week", kind="indirect", speaker="Janet Purcell", mention="Cllr Purcell", cue="told the Vale Gazette", stance="claim"),
]

PARTIES = [
    dict(name="Marlow Vale council", type="ORG", aliases=["the council", "the authority"]),
    dict(name="Janet Purcell", type="PERSON", aliases=["Cllr Purcell", "Council leader Janet Purcell"]),
    dict(name="Dev Mistry", type="PERSON", aliases=["Cllr Mistry"]),
    dict(name="Paul Wren", type="PERSON", aliases=[]),
    dict(name="Alison Kerr", type="PERSON", aliases=[]),
    dict(name="Friends of Brackley Road Library", type="ORG", aliases=[]),
    dict(name="Tom Ashby", type="PERSON", aliases=[]),
    dict(name="Chartered Institute of Library Professionals", type="ORG", aliases=[]),
    dict(name="Sarah Okoye", type="PERSON", aliases=["Local MP Sarah Okoye"]),
    dict(name="Vale Gazette", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["teachers"]
