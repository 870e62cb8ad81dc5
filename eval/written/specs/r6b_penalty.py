# ruff: noqa: E501
"""Gold spec: a sports report on a disputed stoppage-time penalty; clubs by short names ("Rovers", "City"), a manager, players, a referee, a referees' board by its initials, a supporters' trust (invented events)."""

# fmt: off
ID = "written-r6b-penalty"
TITLE = "Mensah Fumes as Calder City Snatch Late Penalty Draw"

TEXT = """
Kingsport Rovers manager Daniel Mensah accused the referee of “losing control of the game” after Calder City’s stoppage-time penalty earned them a 2-2 draw at Harbour Park on Saturday.

Rovers led 2-1 going into the sixth minute of added time when City striker Luca Ferraro went down under a challenge from defender Tom Beckett, and referee Alan Stokes pointed to the spot after a video review. Ferraro converted the penalty himself.

“I’ve watched it six times. There is no contact. None,” Mensah said. “If that’s a penalty, then I don’t know what football is any more.”

Beckett was more measured. “I went for the ball. Maybe I was a bit late, but I didn’t touch him,” the 23-year-old told Rovers TV.

City’s head coach, Marta Sørensen, said she had not seen the incident clearly from the touchline. “From where I was standing, I couldn’t tell you,” she said. “Luca says he was caught, and I believe him.”

Ferraro told reporters: “He caught my ankle. I’m not a player who dives.”

A spokesman for the Premier Referees Board (PRB) said the decision had been reviewed and that the board was “satisfied” the correct process had been followed.

The Football Association said it would look at Mensah’s comments. Managers can be charged for questioning the integrity of match officials.

Asked whether he expected a charge, Mensah said: “I said what I saw. If they want to fine me for that, they can fine me.”

The draw leaves Rovers fourth in the Championship, two points behind City. Rovers’ captain, Jamie O’Connell, said the dressing room was “gutted” but that the result would not knock the team off course.

The Kingsport Rovers Supporters’ Trust said in a statement that fans were “sick of decisions like this” and called for referees’ conversations with video officials to be broadcast live.

Calder City chairman Peter Hale declined to comment on the penalty.
"""

QUOTES = [
    dict(content="the referee of “losing control of the game”", kind="mixed", speaker="Daniel Mensah", mention="Kingsport Rovers manager Daniel Mensah", cue="accused", stance="claim"),
    dict(content="I’ve watched it six times. There is no contact. None,", kind="direct", speaker="Daniel Mensah", mention="Mensah", cue="said", stance="claim"),
    dict(content="If that’s a penalty, then I don’t know what football is any more.", kind="direct", speaker="Daniel Mensah", mention="Mensah", cue="said", stance="claim"),
    dict(content="I went for the ball. Maybe I was a bit late, but I didn’t touch him,", kind="direct", speaker="Tom Beckett", mention="the 23-year-old", cue="told Rovers TV", stance="denial"),
    dict(content="she had not seen the incident clearly from the touchline", kind="indirect", speaker="Marta Sørensen", mention="City’s head coach, Marta Sørensen", cue="said", stance="non_denial"),
    dict(content="From where I was standing, I couldn’t tell you,", kind="direct", speaker="Marta Sørensen", mention="[[she]] said", cue="said", stance="non_denial"),
    dict(content="Luca says he was caught, and I believe him.", kind="direct", speaker="Marta Sørensen", mention="[[she]] said", cue="said", stance="claim"),
    dict(content="He caught my ankle. I’m not a player who dives.", kind="direct", speaker="Luca Ferraro", mention="Ferraro", cue="told reporters:", stance="denial"),
    dict(content=("the decision had been reviewed", "the correct process had been followed"), kind="mixed", speaker="Premier Referees Board", mention="A spokesman for the Premier Referees Board (PRB)", cue="said", stance="denial"),
    dict(content="it would look at Mensah’s comments", kind="indirect", speaker="Football Association", mention="The Football Association", cue="said", stance="claim"),
    dict(content="I said what I saw. If they want to fine me for that, they can fine me.", kind="direct", speaker="Daniel Mensah", mention="Mensah", cue="said:", stance="claim"),
    dict(content="the dressing room was “gutted” but that the result would not knock the team off course", kind="mixed", speaker="Jamie O’Connell", mention="Rovers’ captain, Jamie O’Connell", cue="said", stance="claim"),
    dict(content="fans were “sick of decisions like this”", kind="mixed", speaker="Kingsport Rovers Supporters’ Trust", mention="The Kingsport Rovers Supporters’ Trust", cue="said in a statement", stance="claim"),
    dict(content="declined [[to comment on the penalty]]", kind="indirect", speaker="Peter Hale", mention="Calder City chairman Peter Hale", cue="declined", stance="refusal"),
]

PARTIES = [
    dict(name="Kingsport Rovers", type="ORG", aliases=["Rovers"]),
    dict(name="Daniel Mensah", type="PERSON", aliases=["Mensah", "Kingsport Rovers manager Daniel Mensah"]),
    dict(name="Calder City", type="ORG", aliases=["City"]),
    dict(name="Luca Ferraro", type="PERSON", aliases=["Ferraro", "Luca", "City striker Luca Ferraro"]),
    dict(name="Tom Beckett", type="PERSON", aliases=["Beckett", "defender Tom Beckett", "the 23-year-old"]),
    dict(name="Alan Stokes", type="PERSON", aliases=["referee Alan Stokes", "the referee"]),
    dict(name="Marta Sørensen", type="PERSON", aliases=["City’s head coach"]),
    dict(name="Premier Referees Board", type="ORG", aliases=["PRB", "the board", "the Premier Referees Board"]),
    dict(name="Football Association", type="ORG", aliases=["The Football Association"]),
    dict(name="Jamie O’Connell", type="PERSON", aliases=["Rovers’ captain"]),
    dict(name="Kingsport Rovers Supporters’ Trust", type="ORG", aliases=["The Kingsport Rovers Supporters’ Trust"]),
    dict(name="Peter Hale", type="PERSON", aliases=["Calder City chairman Peter Hale"]),
    dict(name="Rovers TV", type="ORG", aliases=[]),
]
