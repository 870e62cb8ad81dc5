# ruff: noqa: E501
"""Gold spec: a sport report on a football club sacking its manager; the club speaking in a statement, a player with a particle name, supporters' trust, "they" for the players (invented events)."""

# fmt: off
ID = "written-r7b-club"
TITLE = "Carrow Athletic Sack De Wit After Seventh Straight Defeat"

TEXT = """
Carrow Athletic sacked their manager, Ruud de Wit, on Sunday, hours after a 3-0 home defeat by Fenmoor Town left the club second from bottom of the Championship.

In a statement, the club said the decision had been “difficult but necessary” and thanked de Wit for his work over eighteen months. First-team coach Alan Pritchard will take charge for Tuesday’s trip to Sedgeley.

De Wit, 49, said he was disappointed not to be given more time. “I was promised a rebuild, and a rebuild takes more than one transfer window,” the Dutchman said in a message passed on by his agent. “I leave with my head up.”

The Carrow Supporters’ Trust said fans had lost patience long before the board did. Its chair, Maureen Gill, said: “The players have stopped running for him. You could see it from the stands.”

Captain Jordan Okafor disputed that. “Nobody in that dressing room stopped trying,” he told the Evening Chronicle. “We let the manager down, not the other way round.”

Several players were said to be unhappy with the training regime. Two people close to the squad said they had complained to the sporting director in October.

The club’s chairman, Henry Voss, said he would not rush the search for a successor. Asked whether a deal with a replacement was already in place, Voss said: “I’m not going to get into names today.”

Fenmoor manager Luis Carvalho said he felt for his opposite number. “Nobody wants to win a game and see a colleague lose his job,” he said.
"""

QUOTES = [
    dict(content=("the decision had been “difficult but necessary”", "his work over eighteen months"), kind="mixed", speaker="Carrow Athletic", mention="the club", cue="said", stance="claim"),
    dict(content="he was disappointed not to be given more time", kind="indirect", speaker="Ruud de Wit", mention="De Wit, 49,", cue="said", stance="claim"),
    dict(content="I was promised a rebuild, and a rebuild takes more than one transfer window,", kind="direct", speaker="Ruud de Wit", mention="the Dutchman", cue="said", stance="claim"),
    dict(content="I leave with my head up.", kind="direct", speaker="Ruud de Wit", mention="the Dutchman", cue="said", stance="claim"),
    dict(content="fans had lost patience long before the board did", kind="indirect", speaker="Carrow Supporters’ Trust", mention="The Carrow Supporters’ Trust", cue="said", stance="claim"),
    dict(content="The players have stopped running for him. You could see it from the stands.", kind="direct", speaker="Maureen Gill", mention="Its chair, Maureen Gill", cue="said:", stance="claim"),
    dict(content="Nobody in that dressing room stopped trying,", kind="direct", speaker="Jordan Okafor", mention="he", cue="told the Evening Chronicle", stance="denial"),
    dict(content="We let the manager down, not the other way round.", kind="direct", speaker="Jordan Okafor", mention="he", cue="told the Evening Chronicle", stance="denial"),
    dict(content="they had complained to the sporting director in October", kind="indirect", speaker="Two people close to the squad", mention="Two people close to the squad", cue="said", stance="claim"),
    dict(content="he would not rush the search for a successor", kind="indirect", speaker="Henry Voss", mention="The club’s chairman, Henry Voss", cue="said", stance="claim"),
    dict(content="I’m not going to get into names today.", kind="direct", speaker="Henry Voss", mention="[[Voss]] said:", cue="said:", stance="refusal"),
    dict(content="he felt for his opposite number", kind="indirect", speaker="Luis Carvalho", mention="Fenmoor manager Luis Carvalho", cue="said", stance="claim"),
    dict(content="Nobody wants to win a game and see a colleague lose his job,", kind="direct", speaker="Luis Carvalho", mention="job,” [[he]] said", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Two people close to the squad"]

PARTIES = [
    dict(name="Carrow Athletic", type="ORG", aliases=["the club"]),
    dict(name="Ruud de Wit", type="PERSON", aliases=["de Wit", "De Wit", "the Dutchman"]),
    dict(name="Fenmoor Town", type="ORG", aliases=["Fenmoor"]),
    dict(name="Alan Pritchard", type="PERSON", aliases=[]),
    dict(name="Carrow Supporters’ Trust", type="ORG", aliases=["The Carrow Supporters’ Trust"]),
    dict(name="Maureen Gill", type="PERSON", aliases=["Its chair"]),
    dict(name="Jordan Okafor", type="PERSON", aliases=["Captain Jordan Okafor"]),
    dict(name="Henry Voss", type="PERSON", aliases=["Voss", "The club’s chairman"]),
    dict(name="Luis Carvalho", type="PERSON", aliases=["Fenmoor manager Luis Carvalho"]),
    dict(name="Evening Chronicle", type="ORG", aliases=[]),
]
