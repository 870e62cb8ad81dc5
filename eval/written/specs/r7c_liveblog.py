# ruff: noqa: E501
"""Gold spec: live-blog entries on a rail strike day (invented events)."""

# fmt: off
ID = "written-r7c-liveblog"
TITLE = "Rail strike live: talks resume as commuters face second day of disruption"

TEXT = """
08:05 Good morning. Train drivers across the Northern and Coastal networks have walked out for a second day in a dispute over rostering, and the operators say fewer than one in five services will run.

08:20 Coastal Rail said on its website that there would be no trains at all west of Hartby and advised passengers not to travel. The operator said replacement buses would run on the main line but warned that they would be “extremely busy”.

08:41 The drivers’ union, Aslef-North, has just issued a statement saying its members remain “solid” and that picket lines are in place at every depot. General secretary Mick Rennie said the union had offered to suspend the action if the companies withdrew the new rosters.

09:02 Transport secretary Fiona Hale has been on breakfast radio. She said the strike was “completely unnecessary” and accused the union of moving the goalposts. Asked whether the government would step in, she said it was for the operators to negotiate, not ministers.

09:30 A reader, Jess in Hartby, emails to say her bus to work never turned up and she has given up and gone home. Several others have written in with similar stories.

09:47 Network operator Trackway says signalling staff, who are not on strike, are working normally. It reported that punctuality on the services that are running was above 90 per cent.

10:15 Some news: Acas has confirmed that the two sides will meet at its offices at 11am. An Acas spokeswoman said the talks were “exploratory” and declined to say how long they might last.

10:32 Business groups are not happy. The Hartby Chamber of Commerce said the first day of the strike had cost city-centre shops about £2m in lost trade. Its chief executive, Owen Price, said many small firms could not survive repeated walkouts.

11:10 Talks are under way. A union source tells us that Mr Rennie went in “with an open mind” but that drivers will not accept rosters that leave them working 13 days in a row.

11:55 The operators have hit back. In a joint statement, Northern and Coastal said the new rosters had been agreed with drivers’ representatives last year and that the union was now trying to reopen a settled deal. They said no driver would work more than 12 days in a row under the plans.

12:40 The Liberal Democrats’ transport spokesman, Imran Bashir, said the government should “get in the room” and accused ministers of hiding behind the operators.

13:20 We are hearing that the talks have broken for lunch. Neither side has commented.

14:05 Ms Hale has told MPs that she is “encouraged” that talks are taking place. She added that she would not rule out legislation to require minimum service levels if the dispute dragged on.

14:50 Mr Rennie has come out to speak to reporters. He said progress had been made on some issues but that there was “still a gap” on rosters. Talks will resume tomorrow, he said, and the strike planned for Friday is still on.
"""

QUOTES = [
    dict(content="fewer than one in five services will run", kind="indirect", speaker="operators", mention="the operators", cue="say", stance="claim"),
    dict(content="there would be no trains at all west of Hartby", kind="indirect", speaker="Coastal Rail", mention="Coastal Rail", cue="said on its website", stance="claim"),
    dict(content="replacement buses would run on the main line", kind="indirect", speaker="Coastal Rail", mention="The operator", cue="said", stance="claim"),
    dict(content="they would be “extremely busy”", kind="mixed", speaker="Coastal Rail", mention="The operator", cue="warned", stance="claim"),
    dict(content="its members remain “solid” and that picket lines are in place at every depot", kind="mixed", speaker="Aslef-North", mention="The drivers’ union, Aslef-North", cue="issued a statement saying", stance="claim"),
    dict(content="the union had offered to suspend the action if the companies withdrew the new rosters", kind="indirect", speaker="Mick Rennie", mention="General secretary Mick Rennie", cue="said", stance="claim"),
    dict(content="the strike was “completely unnecessary”", kind="mixed", speaker="Fiona Hale", mention="She", cue="said", stance="claim"),
    dict(content="the union of moving the goalposts", kind="indirect", speaker="Fiona Hale", mention="She", cue="accused", stance="claim"),
    dict(content="it was for the operators to negotiate, not ministers", kind="indirect", speaker="Fiona Hale", mention="she", cue="said", stance="claim"),
    dict(content="her bus to work never turned up and she has given up and gone home", kind="indirect", speaker="Jess", mention="A reader, Jess in Hartby", cue="emails to say", stance="claim"),
    dict(content="signalling staff, who are not on strike, are working normally", kind="indirect", speaker="Trackway", mention="Network operator Trackway", cue="says", stance="claim"),
    dict(content="punctuality on the services that are running was above 90 per cent", kind="indirect", speaker="Trackway", mention="It", cue="reported", stance="claim"),
    dict(content="the two sides will meet at its offices at 11am", kind="indirect", speaker="Acas", mention="[[Acas]] has confirmed", cue="has confirmed", stance="confirmation"),
    dict(content="the talks were “exploratory”", kind="mixed", speaker="Acas", mention="An Acas spokeswoman", cue="said", stance="claim"),
    dict(content="how long they might last", kind="indirect", speaker="Acas", mention="An Acas spokeswoman", cue="declined to say", stance="refusal"),
    dict(content="the first day of the strike had cost city-centre shops about £2m in lost trade", kind="indirect", speaker="Hartby Chamber of Commerce", mention="The Hartby Chamber of Commerce", cue="said", stance="claim"),
    dict(content="many small firms could not survive repeated walkouts", kind="indirect", speaker="Owen Price", mention="Its chief executive, Owen Price", cue="said", stance="claim"),
    dict(content="Mr Rennie went in “with an open mind” but that drivers will not accept rosters that leave them working 13 days in a row", kind="mixed", speaker="a union source", mention="A union source", cue="tells us", stance="claim"),
    dict(content="the new rosters had been agreed with drivers’ representatives last year and that the union was now trying to reopen a settled deal", kind="indirect", speaker="operators", mention="Northern and Coastal", cue="said", stance="claim"),
    dict(content="no driver would work more than 12 days in a row under the plans", kind="indirect", speaker="operators", mention="They", cue="said", stance="denial"),
    dict(content="the government should “get in the room”", kind="mixed", speaker="Imran Bashir", mention="The Liberal Democrats’ transport spokesman, Imran Bashir", cue="said", stance="claim"),
    dict(content="ministers of hiding behind the operators", kind="indirect", speaker="Imran Bashir", mention="The Liberal Democrats’ transport spokesman, Imran Bashir", cue="accused", stance="claim"),
    dict(content="she is “encouraged” that talks are taking place", kind="mixed", speaker="Fiona Hale", mention="Ms Hale", cue="has told MPs", stance="claim"),
    dict(content="she would not rule out legislation to require minimum service levels if the dispute dragged on", kind="indirect", speaker="Fiona Hale", mention="She", cue="added", stance="non_denial"),
    dict(content="progress had been made on some issues but that there was “still a gap” on rosters", kind="mixed", speaker="Mick Rennie", mention="He", cue="said", stance="claim"),
    dict(content=("Talks will resume tomorrow, he said", "is still on"), kind="indirect", speaker="Mick Rennie", mention="he", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Coastal Rail", type="ORG", aliases=["Coastal", "The operator"]),
    dict(name="Northern", type="ORG", aliases=[]),
    dict(name="Aslef-North", type="ORG", aliases=["the union"]),
    dict(name="Mick Rennie", type="PERSON", aliases=["Mr Rennie"]),
    dict(name="Fiona Hale", type="PERSON", aliases=["Ms Hale", "Transport secretary Fiona Hale"]),
    dict(name="Jess", type="PERSON", aliases=[]),
    dict(name="Trackway", type="ORG", aliases=[]),
    dict(name="Acas", type="ORG", aliases=[]),
    dict(name="Hartby Chamber of Commerce", type="ORG", aliases=[]),
    dict(name="Owen Price", type="PERSON", aliases=[]),
    dict(name="Liberal Democrats", type="ORG", aliases=[]),
    dict(name="Imran Bashir", type="PERSON", aliases=[]),
]

UNNAMED_SPEAKERS = ["operators", "a union source"]
