# ruff: noqa: E501
"""Gold spec: a transport authority withdraws rural bus routes, local news, curly apostrophes (invented events)."""

# fmt: off
ID = "written-r5-buses"
TITLE = "Villages ‘cut adrift’ as transport authority axes three rural bus routes"

TEXT = """
Three rural bus routes serving villages west of Harwick will be withdrawn from April, the Westmoor Regional Transport Authority confirmed on Tuesday, ending services that some residents say they have relied on for decades.

The RTA said the 41, 43 and 47 services were carrying an average of six passengers a trip and cost £380,000 a year to subsidise. “We cannot justify spending that much on buses that run almost empty,” said Carol Dunmore, the authority’s director of operations.

But campaigners say the figures leave out the children who use the 43 to reach Harwick Academy. Jenny Pollard, who runs the post office in Little Ashby, said the village would be “cut adrift”. “My mother is 84. Without the bus she doesn’t get to the doctor, full stop,” she said.

A petition started by residents of Little Ashby and Cold Norton has gathered more than 2,300 signatures. The petition’s organisers said they would present it to the authority’s board on 12 March.

Cllr Martin Oyelaran, who represents Ashby ward on Westmoor County Council, accused the authority of taking the decision “behind closed doors”. He said councillors had been told about the cuts only the day before they were announced.

The authority disputed that. A spokeswoman for the RTA said county councillors had been briefed “in detail” at a meeting in January, and that the minutes were publicly available on its website.

Mr Oyelaran said the January meeting had discussed “efficiencies”, not the loss of whole routes. “Nobody in that room heard the words ‘withdraw the 43’,” he said.

The leader of the county council, Sue Brannigan, said she was “disappointed” but that the council had no power to overrule the RTA. Her deputy, Alan Keyes, went further, telling the Gazette that the authority had “treated rural communities as an afterthought”.

Harwick Coaches, which runs the routes under contract, said it had not been consulted either. Its managing director, Paul Steadman, said six drivers would be offered work on other routes and no jobs would be lost.

The constituency’s MP, Helen Carver, wrote in a letter to Ms Dunmore that the decision was “short-sighted” and urged the authority to delay it for a year while alternatives were tested.

Derek Hale, 71, has taken the 47 into Harwick twice a week since he gave up driving. “They talk about an app. I don’t own a smartphone,” he said. “What am I supposed to do, ring my grandson in Leeds?”

The authority’s replacement, a scheme called Ride Westmoor, lets passengers book a minibus through an app at least a day ahead. The RTA says it will cover all three areas. It is worth noting that a pilot of the scheme in the east of the county carried fewer than 40 passengers a week last year.

Asked whether the authority would think again if the petition reached 5,000 signatures, Ms Dunmore said she would not “pre-empt” the board. The board’s chair, Cllr Rashid Qureshi, did not respond to requests for comment.

Pupils at Harwick Academy have also written to the authority. In their letter, they said the 43 was “the only way we can get to school without our parents losing a morning’s work”.

The academy’s headteacher, Dr Lorna Quayle, said the school had not yet worked out how many of its 1,100 pupils used the route, but that she expected the number to be “well over a hundred”.

The board will meet at Harwick Town Hall on 12 March at 6pm. Members of the public may speak for up to three minutes each, the authority said.
"""

QUOTES = [
    dict(content="Three rural bus routes serving villages west of Harwick will be withdrawn from April", kind="indirect", speaker="Westmoor Regional Transport Authority", mention="the Westmoor Regional Transport Authority", cue="confirmed", stance="confirmation"),
    dict(content="they have relied on for decades", kind="indirect", speaker="some residents", mention="some residents", cue="say", stance="claim"),
    dict(content="the 41, 43 and 47 services were carrying an average of six passengers a trip and cost £380,000 a year to subsidise", kind="indirect", speaker="Westmoor Regional Transport Authority", mention="The RTA", cue="said", stance="claim"),
    dict(content="We cannot justify spending that much on buses that run almost empty,", kind="direct", speaker="Carol Dunmore", mention="Carol Dunmore", cue="said", stance="claim"),
    dict(content="the figures leave out the children who use the 43 to reach Harwick Academy", kind="indirect", speaker="campaigners", mention="campaigners", cue="say", stance="claim"),
    dict(content="the village would be “cut adrift”", kind="mixed", speaker="Jenny Pollard", mention="Jenny Pollard", cue="said", stance="claim"),
    dict(content="My mother is 84. Without the bus she doesn’t get to the doctor, full stop,", kind="direct", speaker="Jenny Pollard", mention="she said", cue="said", stance="claim"),
    dict(content="they would present it to the authority’s board on 12 March", kind="indirect", speaker="The petition’s organisers", mention="The petition’s organisers", cue="said", stance="claim"),
    dict(content="the authority of taking the decision “behind closed doors”", kind="mixed", speaker="Martin Oyelaran", mention="Cllr Martin Oyelaran", cue="accused", stance="claim"),
    dict(content="councillors had been told about the cuts only the day before they were announced", kind="indirect", speaker="Martin Oyelaran", mention="He", cue="said", stance="claim"),
    dict(content="The authority disputed [[that]].", kind="indirect", speaker="Westmoor Regional Transport Authority", mention="The authority", cue="disputed", stance="denial"),
    dict(content="county councillors had been briefed “in detail” at a meeting in January, and that the minutes were publicly available on its website", kind="mixed", speaker="Westmoor Regional Transport Authority", mention="A spokeswoman for the RTA", cue="said", stance="denial"),
    dict(content="the January meeting had discussed “efficiencies”, not the loss of whole routes", kind="mixed", speaker="Martin Oyelaran", mention="Mr Oyelaran", cue="said", stance="denial"),
    dict(content="Nobody in that room heard the words ‘withdraw the 43’,", kind="direct", speaker="Martin Oyelaran", mention="he", cue="said", stance="denial"),
    dict(content="she was “disappointed” but that the council had no power to overrule the RTA", kind="mixed", speaker="Sue Brannigan", mention="Sue Brannigan", cue="said", stance="claim"),
    dict(content="the authority had “treated rural communities as an afterthought”", kind="mixed", speaker="Alan Keyes", mention="Alan Keyes", cue="telling", stance="claim"),
    dict(content="it had not been consulted either", kind="indirect", speaker="Harwick Coaches", mention="Harwick Coaches", cue="said", stance="claim"),
    dict(content="six drivers would be offered work on other routes and no jobs would be lost", kind="indirect", speaker="Paul Steadman", mention="Paul Steadman", cue="said", stance="claim"),
    dict(content="the decision was “short-sighted”", kind="mixed", speaker="Helen Carver", mention="Helen Carver", cue="wrote in a letter", stance="claim"),
    dict(content="the authority to delay it for a year while alternatives were tested", kind="indirect", speaker="Helen Carver", mention="Helen Carver", cue="urged", stance="claim"),
    dict(content="They talk about an app. I don’t own a smartphone,", kind="direct", speaker="Derek Hale", mention="smartphone,” [[he]] said", cue="said", stance="claim"),
    dict(content="What am I supposed to do, ring my grandson in Leeds?", kind="direct", speaker="Derek Hale", mention="smartphone,” [[he]] said", cue="said", stance="claim"),
    dict(content="it will cover all three areas", kind="indirect", speaker="Westmoor Regional Transport Authority", mention="The RTA", cue="says", stance="claim"),
    dict(content="she would not “pre-empt” the board", kind="mixed", speaker="Carol Dunmore", mention="Ms Dunmore", cue="said", stance="non_denial"),
    dict(content="the 43 was “the only way we can get to school without our parents losing a morning’s work”", kind="mixed", speaker="Pupils at Harwick Academy", mention="they", cue="said", stance="claim"),
    dict(content="the school had not yet worked out how many of its 1,100 pupils used the route, but that she expected the number to be “well over a hundred”", kind="mixed", speaker="Lorna Quayle", mention="Dr Lorna Quayle", cue="said", stance="claim"),
    dict(content="Members of the public may speak for up to three minutes each", kind="indirect", speaker="Westmoor Regional Transport Authority", mention="the authority", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["some residents", "campaigners", "The petition’s organisers", "Pupils at Harwick Academy"]

PARTIES = [
    dict(name="Westmoor Regional Transport Authority", type="ORG", aliases=["RTA", "The RTA", "the RTA", "the authority", "The authority"]),
    dict(name="Carol Dunmore", type="PERSON", aliases=["Ms Dunmore", "the authority’s director of operations"]),
    dict(name="Jenny Pollard", type="PERSON", aliases=[]),
    dict(name="Martin Oyelaran", type="PERSON", aliases=["Cllr Martin Oyelaran", "Mr Oyelaran"]),
    dict(name="Westmoor County Council", type="ORG", aliases=["the county council", "the council"]),
    dict(name="Sue Brannigan", type="PERSON", aliases=["The leader of the county council"]),
    dict(name="Alan Keyes", type="PERSON", aliases=["Her deputy"]),
    dict(name="Harwick Coaches", type="ORG", aliases=[]),
    dict(name="Helen Carver", type="PERSON", aliases=["The constituency’s MP"]),
    dict(name="Derek Hale", type="PERSON", aliases=[]),
    dict(name="Paul Steadman", type="PERSON", aliases=["Its managing director"]),
    dict(name="Rashid Qureshi", type="PERSON", aliases=["Cllr Rashid Qureshi", "The board’s chair"]),
    dict(name="Harwick Academy", type="ORG", aliases=["The academy", "the school"]),
    dict(name="Lorna Quayle", type="PERSON", aliases=["Dr Lorna Quayle", "The academy’s headteacher"]),
    dict(name="Gazette", type="ORG", aliases=["the Gazette"]),
    dict(name="Harwick", type="GPE", aliases=[]),
    dict(name="Little Ashby", type="GPE", aliases=[]),
    dict(name="Cold Norton", type="GPE", aliases=[]),
]
