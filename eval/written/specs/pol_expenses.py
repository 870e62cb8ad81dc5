# ruff: noqa: E501
"""Gold spec: a minister resigns over travel expense claims (invented events)."""

# fmt: off
ID = "written-pol-expenses"
TITLE = "Australian minister quits over travel claims, says she made a mistake but broke no rules"

TEXT = """
CANBERRA — Australia's minister for regional development, Helen Marsh, resigned on Wednesday after admitting that she had charged taxpayers for four family trips to the Gold Coast, but insisted she had "never knowingly broken a rule."

"I made a mistake, and I am paying for it," Marsh told a news conference at Parliament House, her voice breaking. "But I want to be very clear: every one of those claims was approved by the department at the time."

The resignation came two days after The Canberra Courier reported that Marsh had billed about A$38,000 for flights and hotel stays that coincided with her children's school holidays.

According to the Independent Parliamentary Expenses Authority, three of the trips included no official engagements at all.

“Helen has done the right thing,” Prime Minister Tom Gallagher said in a statement. “She has served her community with distinction, and I thank her for it.”

Gallagher made clear that he would not order a wider audit of ministers' expenses, saying the authority already had “all the powers it needs.” Later, in parliament, he put it more simply: “The system worked.”

Opposition leader Grace Whitford dismissed that as "a cover-up in plain sight." She claimed that at least two other ministers had made similar claims and called on Gallagher to "open the books."

Whitford would not say which ministers she meant. "I'll leave that to the authority. They know who they are," she said.

A spokeswoman for the prime minister said the government had “no idea what the opposition leader is talking about.”

“This is what happens when the rules are written by the people they are supposed to restrain,” said independent senator Rachel Kwan, who has campaigned for a national integrity commission with the power to hold public hearings on expenses.

Kwan warned that public trust in parliament would "keep sliding" unless MPs' claims were published every month. She pointed out that several state parliaments already publish theirs monthly.

Marsh's former chief of staff, who asked not to be identified because he still works in parliament, said the minister had been warned by her own office in March that two of the claims “looked bad, even if they were allowed.”

Marsh did not respond to a request for comment on that account on Wednesday evening. Her lawyer, Daniel Osei, declined to comment.

The authority said it would complete its review of the claims by the end of the month. It would not rule out referring the matter to the Australian Federal Police.
"""

QUOTES = [
    dict(content="she had charged taxpayers for four family trips to the Gold Coast", kind="indirect", speaker="Helen Marsh", mention="Australia's minister for regional development, Helen Marsh", cue="admitting", stance="confirmation"),
    dict(content='she had "never knowingly broken a rule."', kind="mixed", speaker="Helen Marsh", mention="Australia's minister for regional development, Helen Marsh", cue="insisted", stance="denial"),
    dict(content="I made a mistake, and I am paying for it,", kind="direct", speaker="Helen Marsh", mention="Marsh", cue="told a news conference", stance="confirmation"),
    dict(content="But I want to be very clear: every one of those claims was approved by the department at the time.", kind="direct", speaker="Helen Marsh", mention="Marsh", cue="told a news conference", stance="denial"),
    dict(content="Marsh had billed about A$38,000 for flights and hotel stays that coincided with her children's school holidays", kind="indirect", speaker="The Canberra Courier", mention="The Canberra Courier", cue="reported", stance="claim"),
    dict(content="three of the trips included no official engagements at all", kind="indirect", speaker="Independent Parliamentary Expenses Authority", mention="the Independent Parliamentary Expenses Authority", cue="According to", stance="claim"),
    dict(content="Helen has done the right thing,", kind="direct", speaker="Tom Gallagher", mention="Prime Minister Tom Gallagher", cue="said in a statement", stance="claim"),
    dict(content="She has served her community with distinction, and I thank her for it.", kind="direct", speaker="Tom Gallagher", mention="Prime Minister Tom Gallagher", cue="said in a statement", stance="claim"),
    dict(content="he would not order a wider audit of ministers' expenses", kind="indirect", speaker="Tom Gallagher", mention="Gallagher", cue="made clear", stance="claim"),
    dict(content="the authority already had “all the powers it needs.”", kind="mixed", speaker="Tom Gallagher", mention="Gallagher", cue="saying", stance="claim"),
    dict(content="The system worked.", kind="direct", speaker="Tom Gallagher", mention="[[he]] put it", cue="put it more simply:", stance="claim"),
    dict(content='that as "a cover-up in plain sight."', kind="mixed", speaker="Grace Whitford", mention="Opposition leader Grace Whitford", cue="dismissed", stance="denial"),
    dict(content="at least two other ministers had made similar claims", kind="indirect", speaker="Grace Whitford", mention="She", cue="claimed", stance="claim"),
    dict(content='Gallagher to "open the books."', kind="mixed", speaker="Grace Whitford", mention="She", cue="called on", stance="claim"),
    dict(content="which ministers she meant", kind="indirect", speaker="Grace Whitford", mention="Whitford", cue="would not say", stance="refusal"),
    dict(content="I'll leave that to the authority. They know who they are,", kind="direct", speaker="Grace Whitford", mention="[[she]] said", cue="said", stance="refusal"),
    dict(content="the government had “no idea what the opposition leader is talking about.”", kind="mixed", speaker="A spokeswoman for the prime minister", mention="A spokeswoman for the prime minister", cue="said", stance="denial"),
    dict(content="This is what happens when the rules are written by the people they are supposed to restrain,", kind="direct", speaker="Rachel Kwan", mention="independent senator Rachel Kwan", cue="said", stance="claim"),
    dict(content='public trust in parliament would "keep sliding" unless MPs\' claims were published every month', kind="mixed", speaker="Rachel Kwan", mention="Kwan", cue="warned", stance="claim"),
    dict(content="several state parliaments already publish theirs monthly", kind="indirect", speaker="Rachel Kwan", mention="She", cue="pointed out", stance="claim"),
    dict(content="the minister had been warned by her own office in March that two of the claims “looked bad, even if they were allowed.”", kind="mixed", speaker="Marsh's former chief of staff", mention="Marsh's former chief of staff", cue="said", stance="claim"),
    dict(content="declined [[to comment]]", kind="indirect", speaker="Daniel Osei", mention="Her lawyer, Daniel Osei", cue="declined", stance="refusal"),
    dict(content="it would complete its review of the claims by the end of the month", kind="indirect", speaker="Independent Parliamentary Expenses Authority", mention="The authority", cue="said", stance="claim"),
    dict(content="referring the matter to the Australian Federal Police", kind="indirect", speaker="Independent Parliamentary Expenses Authority", mention="It", cue="would not rule out", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["A spokeswoman for the prime minister", "Marsh's former chief of staff"]

PARTIES = [
    dict(name="Helen Marsh", type="PERSON", aliases=["Marsh", "Australia's minister for regional development", "the minister"]),
    dict(name="The Canberra Courier", type="ORG", aliases=["Canberra Courier"]),
    dict(name="Independent Parliamentary Expenses Authority", type="ORG", aliases=["the authority"]),
    dict(name="Tom Gallagher", type="PERSON", aliases=["Gallagher", "Prime Minister Tom Gallagher", "the prime minister"]),
    dict(name="Grace Whitford", type="PERSON", aliases=["Whitford", "Opposition leader Grace Whitford", "the opposition leader"]),
    dict(name="Rachel Kwan", type="PERSON", aliases=["Kwan", "independent senator Rachel Kwan"]),
    dict(name="Daniel Osei", type="PERSON", aliases=["Her lawyer"]),
    dict(name="Australian Federal Police", type="ORG", aliases=[]),
    dict(name="Australia", type="GPE", aliases=[]),
    dict(name="Parliament", type="ORG", aliases=["parliament", "Parliament House"]),
]
