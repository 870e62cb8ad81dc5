# ruff: noqa: E501
"""Gold spec: a rail strike, claims and counter-claims over a pay offer, broadsheet news (invented events)."""

# fmt: off
ID = "written-r3-strike"
TITLE = "Rail strike shuts most of network as union and operator trade figures over 'final' offer"

TEXT = """
LONDON — Most of England's mainline rail network was shut on Monday as train drivers and station staff began a three-day strike, after the Rail and Maritime Workers' Federation rejected what the operator had called its “final and best” pay offer.

Maureen Ashdown, the federation's general secretary, said the offer amounted to a real-terms pay cut for the third year running. “They call it final. Our members call it an insult,” she told a rally outside King's Cross station on Monday morning. “Four per cent over two years, with strings attached that would tear up rest-day agreements, is not an offer. It is an ultimatum.”

Turnout in the strike ballot was 71 per cent, with 89 per cent of those voting in favour, according to the federation.

Northline Rail Group, which runs services on four of the six busiest commuter routes into London, disputed that account. The company said in a statement that its offer was worth 4.5 per cent in the first year alone once a one-off payment of £750 was included. “No existing agreement would be torn up without negotiation,” the statement said. A spokesman added that the union's figures were “simply wrong”.

Speaking to broadcasters before the rally, Transport Secretary Daniel Okafor urged both sides to return to talks but made clear that the government would not fund a bigger settlement. “The money on the table is the money there is,” he said.

Asked whether ministers would bring forward legislation on minimum service levels before the summer, Okafor would not be drawn. “I'm not going to speculate about the timetable,” he said, “but nothing is off the table.”

The Department for Transport confirmed that Okafor had met Northline's chief executive, Helen Marsh, on Friday, but declined to say what was discussed.

Ashdown, 58, has accused ministers of “pulling the strings” in the dispute, a charge the department rejects, saying pay was “a matter for the operator and its staff”. On Sunday she went further, claiming that Northline had been told by officials not to improve its offer until the strike was over.

Marsh was having none of it. “Nobody in government has told me what I can or cannot offer,” the 49-year-old told the BBC's Today programme. “I have a budget, and I have a business to run.”

She acknowledged, however, that the company had lost about £14m in fares during the last round of strikes in the spring, and conceded that cancellations this week would be “worse than anything passengers have seen”.

One senior figure at the company, who was not authorised to speak publicly, said a revised offer had already been drafted but had not been put to the board.

At Reading station, where one train an hour was running to London Paddington, passengers said they had little sympathy left for either side. “I've lost three days' pay this year because of this,” said Priya Venn, 34, a care worker. “I don't care whose fault it is any more.”

Tom Hesketh, who chairs the passenger group Rail Users Together, said the government's compensation scheme for season-ticket holders had “still not paid out a penny” for the spring strikes. The Department for Transport said claims were being processed but would not say how many had been paid.

The federation said it would announce further strike dates “within days” unless Northline came back with a new offer. Asked whether the executive would put the current offer to a ballot of members, Ashdown said only: “That is a matter for the executive.”

Northline said about one in five of its trains would run on Tuesday and Wednesday, mostly between 7.30am and 6.30pm, and urged passengers to travel only if necessary.
"""

QUOTES = [
    dict(content="final and best", kind="direct", speaker="Northline Rail Group", mention="the operator", cue="had called", stance="claim"),
    dict(content="the offer amounted to a real-terms pay cut for the third year running", kind="indirect", speaker="Maureen Ashdown", mention="Maureen Ashdown, the federation's general secretary", cue="said", stance="claim"),
    dict(content="They call it final. Our members call it an insult,", kind="direct", speaker="Maureen Ashdown", mention="she", cue="told", stance="claim"),
    dict(content="Four per cent over two years, with strings attached that would tear up rest-day agreements, is not an offer. It is an ultimatum.", kind="direct", speaker="Maureen Ashdown", mention="she", cue="told", stance="claim"),
    dict(content="Turnout in the strike ballot was 71 per cent, with 89 per cent of those voting in favour", kind="indirect", speaker="Rail and Maritime Workers' Federation", mention="the federation", cue="according to", stance="claim"),
    dict(content="its offer was worth 4.5 per cent in the first year alone once a one-off payment of £750 was included", kind="indirect", speaker="Northline Rail Group", mention="The company", cue="said in a statement", stance="denial"),
    dict(content="No existing agreement would be torn up without negotiation,", kind="direct", speaker="Northline Rail Group", mention="the statement", cue="said", stance="denial"),
    dict(content="the union's figures were “simply wrong”", kind="mixed", speaker="Northline Rail Group", mention="A spokesman", cue="added", stance="denial"),
    dict(content="both sides to return to talks", kind="indirect", speaker="Daniel Okafor", mention="Transport Secretary Daniel Okafor", cue="urged", stance="claim"),
    dict(content="the government would not fund a bigger settlement", kind="indirect", speaker="Daniel Okafor", mention="Transport Secretary Daniel Okafor", cue="made clear", stance="claim"),
    dict(content="The money on the table is the money there is,", kind="direct", speaker="Daniel Okafor", mention="he", cue="said", stance="claim"),
    dict(content="I'm not going to speculate about the timetable,", kind="direct", speaker="Daniel Okafor", mention="he", cue="said", stance="refusal"),
    dict(content="but nothing is off the table.", kind="direct", speaker="Daniel Okafor", mention="he", cue="said", stance="non_denial"),
    dict(content="Okafor had met Northline's chief executive, Helen Marsh, on Friday", kind="indirect", speaker="Department for Transport", mention="The Department for Transport", cue="confirmed", stance="confirmation"),
    dict(content="to say what was discussed", kind="indirect", speaker="Department for Transport", mention="The Department for Transport", cue="declined", stance="refusal"),
    dict(content="ministers of “pulling the strings” in the dispute", kind="mixed", speaker="Maureen Ashdown", mention="Ashdown, 58", cue="has accused", stance="claim"),
    dict(content="pay was “a matter for the operator and its staff”", kind="mixed", speaker="Department for Transport", mention="the department", cue="rejects, saying", stance="denial"),
    dict(content="Northline had been told by officials not to improve its offer until the strike was over", kind="indirect", speaker="Maureen Ashdown", mention="she", cue="claiming", stance="claim"),
    dict(content="Nobody in government has told me what I can or cannot offer,", kind="direct", speaker="Helen Marsh", mention="the 49-year-old", cue="told", stance="denial"),
    dict(content="I have a budget, and I have a business to run.", kind="direct", speaker="Helen Marsh", mention="the 49-year-old", cue="told", stance="denial"),
    dict(content="the company had lost about £14m in fares during the last round of strikes in the spring", kind="indirect", speaker="Helen Marsh", mention="She", cue="acknowledged", stance="confirmation"),
    dict(content="cancellations this week would be “worse than anything passengers have seen”", kind="mixed", speaker="Helen Marsh", mention="She", cue="conceded", stance="confirmation"),
    dict(content="a revised offer had already been drafted but had not been put to the board", kind="indirect", speaker="One senior figure at the company", mention="One senior figure at the company, who was not authorised to speak publicly", cue="said", stance="claim"),
    dict(content="they had little sympathy left for either side", kind="indirect", speaker="passengers at Reading station", mention="passengers", cue="said", stance="claim"),
    dict(content="I've lost three days' pay this year because of this,", kind="direct", speaker="Priya Venn", mention="Priya Venn, 34, a care worker", cue="said", stance="claim"),
    dict(content="I don't care whose fault it is any more.", kind="direct", speaker="Priya Venn", mention="Priya Venn, 34, a care worker", cue="said", stance="claim"),
    dict(content="the government's compensation scheme for season-ticket holders had “still not paid out a penny” for the spring strikes", kind="mixed", speaker="Tom Hesketh", mention="Tom Hesketh, who chairs the passenger group Rail Users Together", cue="said", stance="claim"),
    dict(content="claims were being processed", kind="indirect", speaker="Department for Transport", mention="The Department for Transport", cue="said", stance="claim"),
    dict(content="how many had been paid", kind="indirect", speaker="Department for Transport", mention="The Department for Transport", cue="would not say", stance="refusal"),
    dict(content="it would announce further strike dates “within days” unless Northline came back with a new offer", kind="mixed", speaker="Rail and Maritime Workers' Federation", mention="The federation", cue="said", stance="claim"),
    dict(content="That is a matter for the executive.", kind="direct", speaker="Maureen Ashdown", mention="Ashdown", cue="said only", stance="non_denial"),
    dict(content="about one in five of its trains would run on Tuesday and Wednesday, mostly between 7.30am and 6.30pm", kind="indirect", speaker="Northline Rail Group", mention="Northline", cue="said", stance="claim"),
    dict(content="passengers to travel only if necessary", kind="indirect", speaker="Northline Rail Group", mention="Northline", cue="urged", stance="claim"),
]

UNNAMED_SPEAKERS = ["One senior figure at the company", "passengers at Reading station"]

PARTIES = [
    dict(name="Rail and Maritime Workers' Federation", type="ORG", aliases=["the federation", "The federation", "the union"]),
    dict(name="Maureen Ashdown", type="PERSON", aliases=["Ashdown", "the federation's general secretary"]),
    dict(name="Northline Rail Group", type="ORG", aliases=["Northline", "the operator", "The company", "the company"]),
    dict(name="Helen Marsh", type="PERSON", aliases=["Marsh", "Northline's chief executive", "the 49-year-old"]),
    dict(name="Daniel Okafor", type="PERSON", aliases=["Okafor", "Transport Secretary Daniel Okafor"]),
    dict(name="Department for Transport", type="ORG", aliases=["The Department for Transport", "the department"]),
    dict(name="UK government", type="ORG", aliases=["the government", "ministers"]),
    dict(name="Priya Venn", type="PERSON", aliases=["a care worker"]),
    dict(name="Tom Hesketh", type="PERSON", aliases=[]),
    dict(name="Rail Users Together", type="ORG", aliases=["the passenger group Rail Users Together"]),
    dict(name="BBC", type="ORG", aliases=["the BBC's Today programme"]),
    dict(name="England", type="GPE", aliases=[]),
]
