# ruff: noqa: E501
"""Gold spec: a sport report after a bad-tempered derby between two invented football clubs (invented events, invented people)."""

# fmt: off
ID = "written-r8c-derby"
TITLE = "Harton manager hits out at referee after derby defeat"

TEXT = """
Harton Athletic manager Stefan Novak accused the referee of "losing control of the game" after his side's 2-1 defeat by Millford Town on Sunday, a result that leaves them four points adrift of the play-off places.

Novak, who was sent to the stands in the second half, said the decision to award Millford a penalty in the 78th minute was "the worst I have seen in 20 years in football". His players, he said, had been "kicked from the first minute" while the referee, Paul Achebe, looked on.

Millford's manager, Lisa Grant, rejected the suggestion that her team had been overly physical. "We play hard, we play fair," she said. "If Stefan wants to talk about the penalty, he should watch it again."

Replays appeared to show that the Harton defender Josh Tait caught Millford's striker, Ade Bello, on the ankle as he turned in the box.

Tait admitted afterwards that there had been contact but insisted it was "nowhere near enough" for a penalty. Bello, who scored the winner from the spot, said he had simply gone down because he was fouled.

Novak: "I will not apologise for standing up for my players"

The Football Association said it would review the incident that led to Novak's dismissal, in which he appeared to shout at the fourth official. The association declined to comment further.

Novak made clear he would accept any punishment but would not apologise. "I will not apologise for standing up for my players," he said. "I said what I said, and I would say it again."

The club's chairman, Derek Ayles, backed his manager. Novak had been "provoked" by the Millford bench, Ayles told the Harton Gazette, and the club would support him at any hearing.

Grant dismissed that claim as "nonsense". Her staff, she said, had not said a word to anyone on the Harton bench all afternoon.

The so-called "Battle of the Brook" has a long history of flashpoints. It is fair to say that Sunday's match will not be remembered for its football: the game had 31 fouls and eight yellow cards.

According to Harton, about 600 of their supporters were held outside the away end for more than half an hour before kick-off, and some missed the first goal. Millford said the delay had been caused by a fault in the turnstiles and apologised to the visiting fans.

Bello, 19, has now scored nine goals this season. Grant said the teenager had a "big future" but warned against putting too much pressure on him. "He is still learning," she said. "Let him enjoy it."

Harton host Clifton Rovers on Saturday. Novak will be in the dug-out, the club confirmed, unless the FA brings a charge before then.
"""

QUOTES = [
    dict(content='the referee of "losing control of the game"', kind="mixed", speaker="Stefan Novak", mention="Harton Athletic manager Stefan Novak", cue="accused", stance="claim"),
    dict(content='the decision to award Millford a penalty in the 78th minute was "the worst I have seen in 20 years in football"', kind="mixed", speaker="Stefan Novak", mention="Novak, who was sent to the stands in the second half", cue="said", stance="claim"),
    dict(content='His players, he said, had been "kicked from the first minute" while the referee, Paul Achebe, looked on', kind="mixed", speaker="Stefan Novak", mention="he said", cue="said", stance="claim"),
    dict(content="the suggestion that her team had been overly physical", kind="indirect", speaker="Lisa Grant", mention="Millford's manager, Lisa Grant", cue="rejected", stance="denial"),
    dict(content="We play hard, we play fair,", kind="direct", speaker="Lisa Grant", mention="she said", cue="said", stance="denial"),
    dict(content="If Stefan wants to talk about the penalty, he should watch it again.", kind="direct", speaker="Lisa Grant", mention="she said", cue="said", stance="claim"),
    dict(content="there had been contact", kind="indirect", speaker="Josh Tait", mention="Tait admitted", cue="admitted", stance="confirmation"),
    dict(content='it was "nowhere near enough" for a penalty', kind="mixed", speaker="Josh Tait", mention="Tait admitted", cue="insisted", stance="denial"),
    dict(content="he had simply gone down because he was fouled", kind="indirect", speaker="Ade Bello", mention="Bello, who scored the winner from the spot", cue="said", stance="claim"),
    dict(content='Novak: "[[I will not apologise for standing up for my players]]"', kind="direct", speaker="Stefan Novak", mention="Novak:", cue=None, stance="claim"),
    dict(content="it would review the incident that led to Novak's dismissal, in which he appeared to shout at the fourth official", kind="indirect", speaker="Football Association", mention="The Football Association", cue="said", stance="claim"),
    dict(content="to comment further", kind="indirect", speaker="Football Association", mention="The association", cue="declined", stance="refusal"),
    dict(content="he would accept any punishment but would not apologise", kind="indirect", speaker="Stefan Novak", mention="Novak made clear", cue="made clear", stance="claim"),
    dict(content="I will not apologise for standing up for my players,", kind="direct", speaker="Stefan Novak", mention='[[he]] said. "I said', cue="said", stance="claim"),
    dict(content="I said what I said, and I would say it again.", kind="direct", speaker="Stefan Novak", mention='[[he]] said. "I said', cue="said", stance="claim"),
    dict(content='Novak had been "provoked" by the Millford bench, Ayles told the Harton Gazette, and the club would support him at any hearing', kind="mixed", speaker="Derek Ayles", mention="Ayles told", cue="told the Harton Gazette", stance="claim"),
    dict(content='that claim as "nonsense"', kind="mixed", speaker="Lisa Grant", mention="Grant dismissed", cue="dismissed", stance="denial"),
    dict(content="Her staff, she said, had not said a word to anyone on the Harton bench all afternoon", kind="indirect", speaker="Lisa Grant", mention="she said", cue="said", stance="denial"),
    dict(content="about 600 of their supporters were held outside the away end for more than half an hour before kick-off, and some missed the first goal", kind="indirect", speaker="Harton Athletic", mention="Harton", cue="According to", stance="claim"),
    dict(content="the delay had been caused by a fault in the turnstiles", kind="indirect", speaker="Millford Town", mention="Millford said", cue="said", stance="claim"),
    dict(content='the teenager had a "big future"', kind="mixed", speaker="Lisa Grant", mention="Grant said", cue="said", stance="claim"),
    dict(content="putting too much pressure on him", kind="indirect", speaker="Lisa Grant", mention="Grant said", cue="warned against", stance="claim"),
    dict(content="He is still learning,", kind="direct", speaker="Lisa Grant", mention="she said", cue="said", stance="claim"),
    dict(content="Let him enjoy it.", kind="direct", speaker="Lisa Grant", mention="she said", cue="said", stance="claim"),
    dict(content="Novak will be in the dug-out", kind="indirect", speaker="Harton Athletic", mention="the club confirmed", cue="confirmed", stance="confirmation"),
]

PARTIES = [
    dict(name="Harton Athletic", type="ORG", aliases=["Harton", "the club"]),
    dict(name="Millford Town", type="ORG", aliases=["Millford"]),
    dict(name="Stefan Novak", type="PERSON", aliases=["Novak"]),
    dict(name="Paul Achebe", type="PERSON", aliases=[]),
    dict(name="Lisa Grant", type="PERSON", aliases=["Grant"]),
    dict(name="Josh Tait", type="PERSON", aliases=["Tait"]),
    dict(name="Ade Bello", type="PERSON", aliases=["Bello"]),
    dict(name="Football Association", type="ORG", aliases=["FA", "The association"]),
    dict(name="Derek Ayles", type="PERSON", aliases=["Ayles"]),
    dict(name="Clifton Rovers", type="ORG", aliases=[]),
    dict(name="Harton Gazette", type="ORG", aliases=[]),
]
