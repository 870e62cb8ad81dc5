# ruff: noqa: E501
"""Gold spec: a sports report on crowd trouble at a derby; clubs named after their towns ("Kingsford Town" … "Kingsford"), a governing body and its acronym in brackets, "the manager", "the club", fans and supporters' groups, a referee by role, a league with a sponsor's name (invented events, invented people)."""

# fmt: off
ID = "written-r8b-derby"
TITLE = "Derby abandoned after pitch invasion as Kingsford and Rotherby trade blame"

TEXT = """
The Kingsford derby was abandoned in the 78th minute on Saturday after hundreds of fans ran onto the pitch, with both clubs blaming each other for the trouble.

Kingsford Town were leading Rotherby United 2-1 when a flare thrown from the away end landed near the home goalkeeper. Referee Daniel Okafor took the players off and, after a 25-minute delay, called the match off.

Okafor said in his report that he had “no choice” once supporters from both ends had reached the centre circle. Police said four people had been arrested and two stewards treated for minor injuries.

Kingsford’s manager, Steve Harmon, said the away fans had started it. “We had a game to win and they decided they would rather it wasn’t finished,” Harmon said. “That is the truth of it.”

Rotherby rejected that. The club said in a statement that its supporters had been “penned in and provoked” by home fans throwing bottles, and that it would not accept the blame for “a failure of stewarding at somebody else’s ground”.

The Rotherby manager, Lars Eriksen, said he had seen missiles thrown from both ends. Eriksen declined to say whether he thought the match should be replayed.

The Football Association (FA) said it had opened an investigation and would ask both clubs for their observations. An FA spokesman said the result would not stand until the inquiry was complete.

The Northern Premier Division said it would not rule on the fixture until the FA had reported. Its chief executive, Helen Ward, said the league had written to both clubs “to remind them of their responsibilities”.

Supporters were divided. “Most of us just wanted to watch the football,” said Mark Tunney, a Kingsford season-ticket holder for 30 years. The Rotherby Supporters’ Trust said a small group had “shamed the rest of us” and urged the club to ban anyone identified.

Kingsford’s chairman, Ravi Desai, said the club would review its stewarding. Desai said the ground had passed a safety inspection in August.

Kingsford Borough Council, which licenses the stadium, said its safety advisory group would meet on Wednesday.
"""

QUOTES = [
    dict(content=("that [[he had]] “no choice”", "once supporters from both ends had reached the centre circle"), kind="mixed", speaker="Daniel Okafor", mention="[[Okafor]] said in his report", cue="said in his report", stance="claim"),
    dict(content="four people had been arrested and two stewards treated for minor injuries", kind="indirect", speaker="Police", mention="Police", cue="said", stance="claim"),
    dict(content="the away fans had started it", kind="indirect", speaker="Steve Harmon", mention="Kingsford’s manager, Steve Harmon", cue="said", stance="claim"),
    dict(content="We had a game to win and they decided they would rather it wasn’t finished,", kind="direct", speaker="Steve Harmon", mention="[[Harmon]] said. “That", cue="said", stance="claim"),
    dict(content="That is the truth of it.", kind="direct", speaker="Steve Harmon", mention=None, cue=None, stance="claim"),
    dict(content="Rotherby rejected [[that]]", kind="indirect", speaker="Rotherby United", mention="Rotherby", cue="rejected", stance="denial"),
    dict(content=("its supporters had been", "at somebody else’s ground”"), kind="mixed", speaker="Rotherby United", mention="The club", cue="said in a statement", stance="denial"),
    dict(content="he had seen missiles thrown from both ends", kind="indirect", speaker="Lars Eriksen", mention="The Rotherby manager, Lars Eriksen", cue="said", stance="claim"),
    dict(content="whether he thought the match should be replayed", kind="indirect", speaker="Lars Eriksen", mention="[[Eriksen]] declined", cue="declined to say", stance="non_denial"),
    dict(content="it had opened an investigation and would ask both clubs for their observations", kind="indirect", speaker="Football Association", mention="The Football Association (FA)", cue="said", stance="claim"),
    dict(content="the result would not stand until the inquiry was complete", kind="indirect", speaker="Football Association", mention="An FA spokesman", cue="said", stance="claim"),
    dict(content="it would not rule on the fixture until the FA had reported", kind="indirect", speaker="Northern Premier Division", mention="The Northern Premier Division", cue="said", stance="claim"),
    dict(content=("the league had written to both clubs", "“to remind them of their responsibilities”"), kind="mixed", speaker="Helen Ward", mention="Its chief executive, Helen Ward", cue="said", stance="claim"),
    dict(content="Most of us just wanted to watch the football,", kind="direct", speaker="Mark Tunney", mention="Mark Tunney, a Kingsford season-ticket holder for 30 years", cue="said", stance="claim"),
    dict(content=("a small group had", "urged the club to ban anyone identified"), kind="mixed", speaker="Rotherby Supporters’ Trust", mention="The Rotherby Supporters’ Trust", cue="said", stance="claim"),
    dict(content="the club would review its stewarding", kind="indirect", speaker="Ravi Desai", mention="Kingsford’s chairman, Ravi Desai", cue="said", stance="claim"),
    dict(content="the ground had passed a safety inspection in August", kind="indirect", speaker="Ravi Desai", mention="[[Desai]] said the ground", cue="said", stance="claim"),
    dict(content="its safety advisory group would meet on Wednesday", kind="indirect", speaker="Kingsford Borough Council", mention="Kingsford Borough Council, which licenses the stadium", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Police"]

PARTIES = [
    dict(name="Kingsford Town", type="ORG", aliases=["Kingsford"]),
    dict(name="Rotherby United", type="ORG", aliases=["Rotherby", "The club"]),
    dict(name="Daniel Okafor", type="PERSON", aliases=["Referee Daniel Okafor", "Okafor"]),
    dict(name="Steve Harmon", type="PERSON", aliases=["Harmon", "Kingsford’s manager"]),
    dict(name="Lars Eriksen", type="PERSON", aliases=["Eriksen", "The Rotherby manager"]),
    dict(name="Football Association", type="ORG", aliases=["The Football Association", "FA"]),
    dict(name="Northern Premier Division", type="ORG", aliases=["The Northern Premier Division", "the league"]),
    dict(name="Helen Ward", type="PERSON", aliases=["Its chief executive"]),
    dict(name="Mark Tunney", type="PERSON", aliases=[]),
    dict(name="Rotherby Supporters’ Trust", type="ORG", aliases=["The Rotherby Supporters’ Trust"]),
    dict(name="Ravi Desai", type="PERSON", aliases=["Desai", "Kingsford’s chairman"]),
    dict(name="Kingsford Borough Council", type="ORG", aliases=[]),
]
