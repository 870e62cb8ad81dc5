# ruff: noqa: E501
"""Gold spec: broadsheet news on a frigate programme's cost overrun before a Senate committee (invented events)."""

# fmt: off
ID = "written-r3-frigate"
TITLE = "Frigate programme $4.6bn over budget as minister concedes first ship will be two years late"

TEXT = """
The cost of building six Sentinel-class frigates at the Osborne shipyard in Adelaide has risen by $4.6 billion, the Defence Minister, Nathan Corrigan, conceded yesterday, as he admitted for the first time that the first ship would not be handed to the navy until 2031.

Appearing before a Senate committee in Canberra, Mr Corrigan blamed the overrun on design changes ordered under the previous government and on “a decade of drift” in the country’s shipbuilding workforce.

“I am not going to sit here and pretend this is acceptable,” he told senators. “It is not. But the alternative, buying ships off the shelf from overseas, would have cost us the yard and everybody in it.”

According to the department’s own figures, each frigate will now cost about $3.1 billion, almost double the estimate given to parliament when the contract was signed in 2021.

The committee’s chair, Senator Priya Anand, said the numbers showed the contract had been “written for the shipbuilder, not the taxpayer”. She said the contractor, Tasman Naval Systems, had been paid performance bonuses in two of the last three years despite missing every major milestone.

The company rejected that. In a statement issued while the hearing was still under way, Tasman Naval Systems said no bonus had been paid “for any milestone that was not met” and that most of the cost growth came from 1,400 design changes requested by the navy since construction began.

Its chief executive, Gareth Lowe, told the committee later in the afternoon that productivity at Osborne had “improved in each of the last six quarters”. Asked by Ms Anand how much profit the company had made on the contract so far, he said the figure was commercially confidential.

“I’m not in a position to share that today,” Mr Lowe said.

He acknowledged that welding defects found on the first hull last year had taken “several months” to repair, but said the work had been done at the company’s expense.

Mr Corrigan, for his part, would not rule out reducing the order from six ships to five. “Every option is on the table, and every option has a cost,” he said, adding that he had “no intention” of cancelling the programme.

The Shipyard Workers’ Federation, which represents about 2,100 of the 3,000 people employed at Osborne, warned that any cut to the order would mean job losses in a city that has lived through what locals call the ‘valley of death’ between naval contracts before.

“Our members did not redesign this ship 1,400 times,” said Mick Tarrant, the federation’s state secretary. “They build what they are told to build, and they build it well.”

Mr Tarrant said about 300 workers had been told last week that their contracts would not be renewed in the new year. Tasman Naval Systems said that figure was “wrong” and that 85 fixed-term contracts had ended as scheduled, with no redundancies.

A senior defence official, who was not authorised to speak publicly, said the department had warned ministers as early as 2023 that the original budget was “not credible”. The minister’s office declined to comment on the official’s account.

The Australian National Audit Office reached a similar conclusion in a report titled ‘Sentinel: Lessons Not Learned’, published in March, which found that the department had approved the contract before the ship’s design was “sufficiently mature”.

Ms Anand said the committee would recall Mr Corrigan and Mr Lowe in February. “They can both expect a longer afternoon,” she quipped.
"""

QUOTES = [
    dict(content="The cost of building six Sentinel-class frigates at the Osborne shipyard in Adelaide has risen by $4.6 billion", kind="indirect", speaker="Nathan Corrigan", mention="the Defence Minister, Nathan Corrigan", cue="conceded", stance="confirmation"),
    dict(content="the first ship would not be handed to the navy until 2031", kind="indirect", speaker="Nathan Corrigan", mention="he", cue="admitted", stance="confirmation"),
    dict(content=("design changes ordered under the previous government", "shipbuilding workforce"), kind="mixed", speaker="Nathan Corrigan", mention="Mr Corrigan", cue="blamed the overrun on", stance="claim"),
    dict(content="I am not going to sit here and pretend this is acceptable,", kind="direct", speaker="Nathan Corrigan", mention="he", cue="told senators", stance="confirmation"),
    dict(content="It is not. But the alternative, buying ships off the shelf from overseas, would have cost us the yard and everybody in it.", kind="direct", speaker="Nathan Corrigan", mention="he", cue="told senators", stance="claim"),
    dict(content="each frigate will now cost about $3.1 billion, almost double the estimate given to parliament when the contract was signed in 2021", kind="indirect", speaker="Department of Defence", mention="the department’s own figures", cue="According to", stance="claim"),
    dict(content="the numbers showed the contract had been “written for the shipbuilder, not the taxpayer”", kind="mixed", speaker="Priya Anand", mention="The committee’s chair, Senator Priya Anand", cue="said", stance="claim"),
    dict(content="the contractor, Tasman Naval Systems, had been paid performance bonuses in two of the last three years despite missing every major milestone", kind="indirect", speaker="Priya Anand", mention="She", cue="said", stance="claim"),
    dict(content="no bonus had been paid “for any milestone that was not met”", kind="mixed", speaker="Tasman Naval Systems", mention="Tasman Naval Systems", cue="said", stance="denial"),
    dict(content="most of the cost growth came from 1,400 design changes requested by the navy since construction began", kind="indirect", speaker="Tasman Naval Systems", mention="Tasman Naval Systems", cue="said", stance="denial"),
    dict(content="productivity at Osborne had “improved in each of the last six quarters”", kind="mixed", speaker="Gareth Lowe", mention="Its chief executive, Gareth Lowe", cue="told the committee", stance="claim"),
    dict(content="the figure was commercially confidential", kind="indirect", speaker="Gareth Lowe", mention="he", cue="said", stance="refusal"),
    dict(content="I’m not in a position to share that today,", kind="direct", speaker="Gareth Lowe", mention="Mr Lowe", cue="said", stance="refusal"),
    dict(content="welding defects found on the first hull last year had taken “several months” to repair", kind="mixed", speaker="Gareth Lowe", mention="He", cue="acknowledged", stance="confirmation"),
    dict(content="the work had been done at the company’s expense", kind="indirect", speaker="Gareth Lowe", mention="He", cue="said", stance="claim"),
    dict(content="reducing the order from six ships to five", kind="indirect", speaker="Nathan Corrigan", mention="Mr Corrigan", cue="would not rule out", stance="non_denial"),
    dict(content="Every option is on the table, and every option has a cost,", kind="direct", speaker="Nathan Corrigan", mention="[[he]] said", cue="said", stance="non_denial"),
    dict(content="he had “no intention” of cancelling the programme", kind="mixed", speaker="Nathan Corrigan", mention="[[he]] said", cue="adding", stance="denial"),
    dict(content="any cut to the order would mean job losses in a city that has lived through what locals call the ‘valley of death’ between naval contracts before", kind="indirect", speaker="Shipyard Workers’ Federation", mention="The Shipyard Workers’ Federation, which represents about 2,100 of the 3,000 people employed at Osborne", cue="warned", stance="claim"),
    dict(content="Our members did not redesign this ship 1,400 times,", kind="direct", speaker="Mick Tarrant", mention="Mick Tarrant, the federation’s state secretary", cue="said", stance="denial"),
    dict(content="They build what they are told to build, and they build it well.", kind="direct", speaker="Mick Tarrant", mention="Mick Tarrant, the federation’s state secretary", cue="said", stance="claim"),
    dict(content="about 300 workers had been told last week that their contracts would not be renewed in the new year", kind="indirect", speaker="Mick Tarrant", mention="Mr Tarrant", cue="said", stance="claim"),
    dict(content="that figure was “wrong”", kind="mixed", speaker="Tasman Naval Systems", mention="Tasman Naval Systems", cue="said", stance="denial"),
    dict(content="85 fixed-term contracts had ended as scheduled, with no redundancies", kind="indirect", speaker="Tasman Naval Systems", mention="Tasman Naval Systems", cue="said", stance="denial"),
    dict(content="the department had warned ministers as early as 2023 that the original budget was “not credible”", kind="mixed", speaker="A senior defence official", mention="A senior defence official, who was not authorised to speak publicly", cue="said", stance="claim"),
    dict(content="declined to comment on the official’s account", kind="indirect", speaker="Nathan Corrigan", mention="The minister’s office", cue="declined", stance="refusal"),
    dict(content="the department had approved the contract before the ship’s design was “sufficiently mature”", kind="mixed", speaker="Australian National Audit Office", mention="which", cue="found", stance="claim"),
    dict(content="the committee would recall Mr Corrigan and Mr Lowe in February", kind="indirect", speaker="Priya Anand", mention="Ms Anand", cue="said", stance="claim"),
    dict(content="They can both expect a longer afternoon,", kind="direct", speaker="Priya Anand", mention="she", cue="quipped", stance="claim"),
]

UNNAMED_SPEAKERS = ["A senior defence official"]

PARTIES = [
    dict(name="Nathan Corrigan", type="PERSON", aliases=["Mr Corrigan", "Corrigan", "the Defence Minister", "The minister’s office"]),
    dict(name="Department of Defence", type="ORG", aliases=["the department"]),
    dict(name="Priya Anand", type="PERSON", aliases=["Senator Priya Anand", "Ms Anand", "Anand", "The committee’s chair"]),
    dict(name="Senate committee", type="ORG", aliases=["a Senate committee", "the committee"]),
    dict(name="Tasman Naval Systems", type="ORG", aliases=["the contractor", "The company", "the company", "the shipbuilder"]),
    dict(name="Gareth Lowe", type="PERSON", aliases=["Mr Lowe", "Lowe", "Its chief executive"]),
    dict(name="Shipyard Workers’ Federation", type="ORG", aliases=["The Shipyard Workers’ Federation", "the federation"]),
    dict(name="Mick Tarrant", type="PERSON", aliases=["Mr Tarrant", "Tarrant", "the federation’s state secretary"]),
    dict(name="Australian National Audit Office", type="ORG", aliases=["The Australian National Audit Office"]),
    dict(name="Royal Australian Navy", type="ORG", aliases=["the navy"]),
]
