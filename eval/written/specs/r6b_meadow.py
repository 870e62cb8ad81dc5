# ruff: noqa: E501
"""Gold spec: a local paper on a housing scheme opposed by a residents' group; a district council and a parish council, a developer and its director, villages and roads that do not act (invented events)."""

# fmt: off
ID = "written-r6b-meadow"
TITLE = "Residents Vow to Fight 400 Homes on Castle Meadow"

TEXT = """
Residents of Ashcombe have vowed to fight plans for 400 homes on farmland at Castle Meadow, after Westmoor District Council’s planning officers recommended the scheme for approval.

The Friends of Castle Meadow, a residents’ group formed last year, said the development would double traffic on the B4170 and overwhelm the village’s only primary school.

“This is the last green field between Ashcombe and the bypass. Once it’s gone, it’s gone,” said the group’s chairwoman, Sue Whitlock, a retired teacher who has lived in the village for 31 years.

The developer, Kingsbridge Homes, said the scheme included a new classroom block, a doctors’ surgery and 160 affordable homes. “We have listened to the community and changed the plans three times,” said Kingsbridge’s land director, Martin Cole.

He denied claims by the residents’ group that the company had already agreed to sell the affordable homes to a housing association at a discount in exchange for smaller planning obligations. “That is simply not true. No agreement of any kind exists,” he said.

Ashcombe Parish Council, which has no power to decide the application but must be consulted, voted 7-2 on Monday night to object. Its chairman, Cllr Graham Pryce, said the parish had “serious concerns” about flooding on the lower part of the site.

The Environment Agency said in its response to the consultation that it did not object, provided that a drainage scheme was agreed before building began.

Westmoor’s planning committee will decide the application on April 9. A council spokeswoman said the officers’ recommendation was “not the final word” and that every objection would be considered by councillors.

The ward’s district councillor, Cllr Anita Desai, who sits on the committee, said she could not comment on the merits of the scheme before the meeting. “I have to come to it with an open mind, and I will,” she said.

Not everyone in the village is opposed. Dean Harper, 29, who rents a flat above the post office on Church Street with his partner and their son, said he had given up hope of buying a home in Ashcombe. “People who already own a house here are telling people like me there’s no room. There’s room,” he said.

The area’s MP, Richard Onslow, said he had written to the council urging it to “think again”.

Sue Whitlock said the group had raised £8,000 towards a legal challenge if the council approved the scheme. “We are not going away,” she said.

Kingsbridge Homes declined to say how much it had paid for an option on the land.
"""

QUOTES = [
    dict(content="the development would double traffic on the B4170 and overwhelm the village’s only primary school", kind="indirect", speaker="Friends of Castle Meadow", mention="The Friends of Castle Meadow, a residents’ group formed last year", cue="said", stance="claim"),
    dict(content="This is the last green field between Ashcombe and the bypass. Once it’s gone, it’s gone,", kind="direct", speaker="Sue Whitlock", mention="the group’s chairwoman, Sue Whitlock", cue="said", stance="claim"),
    dict(content="the scheme included a new classroom block, a doctors’ surgery and 160 affordable homes", kind="indirect", speaker="Kingsbridge Homes", mention="The developer, Kingsbridge Homes", cue="said", stance="claim"),
    dict(content="We have listened to the community and changed the plans three times,", kind="direct", speaker="Martin Cole", mention="Kingsbridge’s land director, Martin Cole", cue="said", stance="claim"),
    dict(content="the company had already agreed to sell the affordable homes to a housing association at a discount in exchange for smaller planning obligations", kind="indirect", speaker="Martin Cole", mention="He", cue="denied", stance="denial"),
    dict(content="That is simply not true. No agreement of any kind exists,", kind="direct", speaker="Martin Cole", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="the parish had “serious concerns” about flooding on the lower part of the site", kind="mixed", speaker="Graham Pryce", mention="Its chairman, Cllr Graham Pryce", cue="said", stance="claim"),
    dict(content="it did not object, provided that a drainage scheme was agreed before building began", kind="indirect", speaker="Environment Agency", mention="The Environment Agency", cue="said in its response to the consultation", stance="claim"),
    dict(content=("the officers’ recommendation was “not the final word”", "would be considered by councillors"), kind="mixed", speaker="Westmoor District Council", mention="A council spokeswoman", cue="said", stance="claim"),
    dict(content="she could not comment on the merits of the scheme before the meeting", kind="indirect", speaker="Anita Desai", mention="The ward’s district councillor, Cllr Anita Desai, who sits on the committee", cue="said", stance="refusal"),
    dict(content="I have to come to it with an open mind, and I will,", kind="direct", speaker="Anita Desai", mention="[[she]] said", cue="said", stance="claim"),
    dict(content="he had given up hope of buying a home in Ashcombe", kind="indirect", speaker="Dean Harper", mention="Dean Harper, 29, who rents a flat above the post office on Church Street with his partner and their son", cue="said", stance="claim"),
    dict(content="People who already own a house here are telling people like me there’s no room. There’s room,", kind="direct", speaker="Dean Harper", mention="[[he]] said", cue="said", stance="claim"),
    dict(content="he had written to the council urging it to “think again”", kind="mixed", speaker="Richard Onslow", mention="The area’s MP, Richard Onslow", cue="said", stance="claim"),
    dict(content="the group had raised £8,000 towards a legal challenge if the council approved the scheme", kind="indirect", speaker="Sue Whitlock", mention="Sue Whitlock", cue="said", stance="claim"),
    dict(content="We are not going away,", kind="direct", speaker="Sue Whitlock", mention="[[she]] said", cue="said", stance="claim"),
    dict(content="how much it had paid for an option on the land", kind="indirect", speaker="Kingsbridge Homes", mention="Kingsbridge Homes", cue="declined to say", stance="refusal"),
]

PARTIES = [
    dict(name="Friends of Castle Meadow", type="ORG", aliases=["The Friends of Castle Meadow", "the residents’ group", "the group"]),
    dict(name="Westmoor District Council", type="ORG", aliases=["the council", "Westmoor’s planning committee", "the committee", "A council spokeswoman"]),
    dict(name="Sue Whitlock", type="PERSON", aliases=["the group’s chairwoman"]),
    dict(name="Kingsbridge Homes", type="ORG", aliases=["Kingsbridge", "The developer", "the company"]),
    dict(name="Martin Cole", type="PERSON", aliases=["Kingsbridge’s land director"]),
    dict(name="Ashcombe Parish Council", type="ORG", aliases=["the parish"]),
    dict(name="Graham Pryce", type="PERSON", aliases=["Cllr Graham Pryce", "Its chairman"]),
    dict(name="Environment Agency", type="ORG", aliases=["The Environment Agency"]),
    dict(name="Anita Desai", type="PERSON", aliases=["Cllr Anita Desai", "The ward’s district councillor"]),
    dict(name="Dean Harper", type="PERSON", aliases=[]),
    dict(name="Richard Onslow", type="PERSON", aliases=["The area’s MP"]),
]
