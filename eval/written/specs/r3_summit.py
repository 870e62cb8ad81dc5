# ruff: noqa: E501
"""Gold spec: an interview write-up with a prime minister at a summit, Q&A exchanges and rivals' reactions (invented events).

The interviewer's questions are not annotated: a question asserts nothing, denies nothing and is
no party's position; only the answers, and what others said, are statements here.
"""

# fmt: off
ID = "written-r3-summit"
TITLE = "‘I don’t do deals in corridors’: Van Houten on vetoes, farmers and his own future"

TEXT = """
BRUSSELS — Pieter van Houten had been inside the European Council building for eleven hours when he sat down with the Ledger in a small room off the delegation floor, a cup of cold coffee in front of him and a stack of unread amendments at his elbow.

The Dutch prime minister, 57, arrived at the summit under pressure at home, after the Amsterdam newspaper De Morgenpost reported on Monday that his government had privately agreed to drop its objections to a €100 billion European defence fund in return for a larger share of farm subsidies.

“Is that report true?” I asked.

“No. I don’t do deals in corridors,” he said. “The Netherlands has one position on the fund, and it is the position I set out in parliament in October.”

Had anyone in his government discussed linking the two issues with the Commission? He paused. “I can’t speak for every conversation every official has had in this building,” he said. “What I can tell you is that I have not.”

And his finance minister, Sanne Verbeek, who according to the newspaper raised the idea with her German counterpart over dinner last week?

“You would have to ask her.”

Verbeek’s office said later that the minister “does not comment on confidential discussions between colleagues.”

Van Houten did confirm that the Netherlands had asked for the fund, which officials here have taken to calling “the shield,” to be capped at €80 billion in its first five years. That figure, he insisted, was “not a bargaining chip.” He acknowledged that the farm talks had been “difficult” and that the Dutch share of the budget was likely to fall.

“Europe needs to spend more on its own defence. Nobody disputes that,” he said. “The question is who pays, and how we make sure the money is not wasted on ten versions of the same tank.”

He declined to say what he had discussed with the German chancellor over breakfast on Thursday. Asked whether he would lead his party into the next election, due in 2027, he laughed. “I’m not going to start that conversation in Brussels, and I’m certainly not going to start it with you.”

Back in The Hague, the reaction was swift. Femke Dijkstra, leader of the opposition Social Alliance, said the prime minister had “denied a story nobody believes he didn’t write himself” and called on him to publish the notes of every meeting his ministers had held on the fund since September.

“If there is nothing to hide, show us,” she told reporters outside parliament.

Joost Brinkman, whose Rural Party holds 11 seats, went further. Farmers, he said, were “being traded for tanks,” and his party would vote against any budget that cut their support.

De Morgenpost said it stood by its reporting. Its editor, Marloes Kramer, said the paper had seen “written notes” of the dinner between Verbeek and her German counterpart and would publish further details “when we are ready.”

A senior member of Van Houten’s own party, who asked not to be named in order to speak freely, said the denial had been “carefully worded” and that several ministers were “nervous about what comes out next.”

A European Commission spokesman said the Commission did not comment on bilateral contacts between member states. He would neither confirm nor deny that the Dutch cap had been discussed at a meeting of senior officials on Wednesday.

As our interview ended, an aide put his head round the door to say the leaders were reconvening. Van Houten stood up and reached for his jacket. Would there be a deal by the morning?

“There is always a deal by the morning,” he said. “It is just not always a good one.”
"""

QUOTES = [
    dict(content="his government had privately agreed to drop its objections to a €100 billion European defence fund in return for a larger share of farm subsidies", kind="indirect", speaker="De Morgenpost", mention="the Amsterdam newspaper De Morgenpost", cue="reported", stance="claim"),
    dict(content="No. I don’t do deals in corridors,", kind="direct", speaker="Pieter van Houten", mention="he", cue="said", stance="denial"),
    dict(content="The Netherlands has one position on the fund, and it is the position I set out in parliament in October.", kind="direct", speaker="Pieter van Houten", mention="he", cue="said", stance="claim"),
    dict(content="I can’t speak for every conversation every official has had in this building,", kind="direct", speaker="Pieter van Houten", mention="he", cue="said", stance="non_denial"),
    dict(content="What I can tell you is that I have not.", kind="direct", speaker="Pieter van Houten", mention="he", cue="said", stance="denial"),
    dict(content="raised the idea with her German counterpart over dinner last week", kind="indirect", speaker="De Morgenpost", mention="the newspaper", cue="according to", stance="claim"),
    dict(content="You would have to ask her.", kind="direct", speaker="Pieter van Houten", mention=None, cue=None, stance="non_denial"),
    dict(content="the minister “does not comment on confidential discussions between colleagues.”", kind="mixed", speaker="Sanne Verbeek", mention="Verbeek’s office", cue="said", stance="refusal"),
    dict(content=("the Netherlands had asked for the fund", "in its first five years"), kind="indirect", speaker="Pieter van Houten", mention="Van Houten", cue="did confirm", stance="confirmation"),
    dict(content="That figure, he insisted, was “not a bargaining chip.”", kind="mixed", speaker="Pieter van Houten", mention="he", cue="insisted", stance="denial"),
    dict(content="the farm talks had been “difficult” and that the Dutch share of the budget was likely to fall", kind="mixed", speaker="Pieter van Houten", mention="He", cue="acknowledged", stance="confirmation"),
    dict(content="Europe needs to spend more on its own defence. Nobody disputes that,", kind="direct", speaker="Pieter van Houten", mention="he", cue="said", stance="claim"),
    dict(content="The question is who pays, and how we make sure the money is not wasted on ten versions of the same tank.", kind="direct", speaker="Pieter van Houten", mention="he", cue="said", stance="claim"),
    dict(content="what he had discussed with the German chancellor over breakfast on Thursday", kind="indirect", speaker="Pieter van Houten", mention="He", cue="declined to say", stance="refusal"),
    dict(content="I’m not going to start that conversation in Brussels, and I’m certainly not going to start it with you.", kind="direct", speaker="Pieter van Houten", mention=None, cue=None, stance="refusal"),
    dict(content="the prime minister had “denied a story nobody believes he didn’t write himself”", kind="mixed", speaker="Femke Dijkstra", mention="Femke Dijkstra, leader of the opposition Social Alliance", cue="said", stance="claim"),
    dict(content=("to publish the notes of every meeting", "on the fund since September"), kind="indirect", speaker="Femke Dijkstra", mention="Femke Dijkstra, leader of the opposition Social Alliance", cue="called on him", stance="claim"),
    dict(content="If there is nothing to hide, show us,", kind="direct", speaker="Femke Dijkstra", mention="she", cue="told reporters", stance="claim"),
    dict(content="Farmers, he said, were “being traded for tanks,” and his party would vote against any budget that cut their support", kind="mixed", speaker="Joost Brinkman", mention="he", cue="said", stance="claim"),
    dict(content="it stood by its reporting", kind="indirect", speaker="De Morgenpost", mention="De Morgenpost", cue="said", stance="claim"),
    dict(content=("the paper had seen “written notes”", "“when we are ready.”"), kind="mixed", speaker="Marloes Kramer", mention="Its editor, Marloes Kramer", cue="said", stance="claim"),
    dict(content=("the denial had been “carefully worded”", "“nervous about what comes out next.”"), kind="mixed", speaker="A senior member of Van Houten’s own party", mention="A senior member of Van Houten’s own party, who asked not to be named in order to speak freely", cue="said", stance="claim"),
    dict(content="the Commission did not comment on bilateral contacts between member states", kind="indirect", speaker="European Commission", mention="A European Commission spokesman", cue="said", stance="refusal"),
    dict(content="the Dutch cap had been discussed at a meeting of senior officials on Wednesday", kind="indirect", speaker="European Commission", mention="He", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="There is always a deal by the morning,", kind="direct", speaker="Pieter van Houten", mention="he", cue="said", stance="claim"),
    dict(content="It is just not always a good one.", kind="direct", speaker="Pieter van Houten", mention="he", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["A senior member of Van Houten’s own party"]

PARTIES = [
    dict(name="Pieter van Houten", type="PERSON", aliases=["Van Houten", "The Dutch prime minister", "the prime minister"]),
    dict(name="Netherlands", type="GPE", aliases=["The Netherlands", "the Netherlands", "his government"]),
    dict(name="De Morgenpost", type="ORG", aliases=["the Amsterdam newspaper De Morgenpost", "the newspaper", "the paper"]),
    dict(name="Sanne Verbeek", type="PERSON", aliases=["Verbeek", "his finance minister", "the minister", "Verbeek’s office"]),
    dict(name="European Commission", type="ORG", aliases=["the Commission", "A European Commission spokesman"]),
    dict(name="Femke Dijkstra", type="PERSON", aliases=["Dijkstra"]),
    dict(name="Social Alliance", type="ORG", aliases=["the opposition Social Alliance"]),
    dict(name="Joost Brinkman", type="PERSON", aliases=["Brinkman"]),
    dict(name="Rural Party", type="ORG", aliases=["whose Rural Party", "his party"]),
    dict(name="Marloes Kramer", type="PERSON", aliases=["Its editor"]),
    dict(name="Ledger", type="ORG", aliases=["the Ledger"]),
]
