# ruff: noqa: E501
"""Gold spec: a local paper's interview write-up with a basketball coach after her dismissal (invented events)."""

# fmt: off
ID = "written-r6c-coach"
TITLE = "Fired coach Renata Okoye: ‘I was told to win, and I won’"

TEXT = """
Renata Okoye has not watched a Harbor City Gulls game since she was fired in January. She is not sure she will watch one this season either.

“It’s too raw,” the former head coach told the Ledger in her first interview since leaving the club. “I gave that place four years of my life. I’d like to think they meant something.”

Okoye, 44, led the Gulls to two league titles before she was dismissed with a year left on her contract. The club said at the time that it wanted “a fresh direction” and thanked her for her service.

She does not buy that explanation. Her assertion that she was pushed out for complaining about the team’s training facilities is at the heart of a wrongful-dismissal claim she filed last month, which the club denies.

Over coffee near the harbour, she described a season of leaking roofs and cancelled practice sessions. The team’s gym, she said, had flooded three times in a single winter, and players had been sent to a public leisure centre to lift weights.

“I wrote to the board in October. I wrote again in November. In December I was told I was ‘being difficult’. That was the reply,” she said.

The Gulls’ general manager, Howard Briggs, declined to be interviewed for this article. In an email, he said the club “does not comment on ongoing legal matters” but pointed out that the board had approved $2 million for a new training centre last summer.

That was not the whole story, Okoye said. The money, according to her, had been approved only after two players were hurt on a wet court.

I asked whether she had any regrets. She paused for a long time. “I could have been more diplomatic,” she conceded. “But I wasn’t wrong.”

Former players have been more guarded. Two of them, who asked not to be named because they still play in the league, said the dressing room had been split over Okoye’s methods. One described her as “the best coach I ever had and the hardest.”

Okoye laughed when I read her that line. “That’s fair. I’ll take it.”

She rejected the suggestion, made in a local radio phone-in, that she had lost the players. “We won eleven of our last fourteen games. Teams that have quit on their coach don’t do that,” she said.

The club’s new head coach, Darren Pike, told reporters last week that he had inherited “a talented group” and that he had spoken to Okoye before accepting the job, a conversation she confirms.

Okoye would not say whether she had been offered other jobs. She is, she said, “in no hurry.”

What would she say to Gulls fans? “Keep turning up. The players need you more than they need me.”
"""

QUOTES = [
    dict(content="It’s too raw,", kind="direct", speaker="Renata Okoye", mention="the former head coach", cue="told the Ledger", stance="claim"),
    dict(content="I gave that place four years of my life. I’d like to think they meant something.", kind="direct", speaker="Renata Okoye", mention="the former head coach", cue="told the Ledger", stance="claim"),
    dict(content="it wanted “a fresh direction” and thanked her for her service", kind="mixed", speaker="Harbor City Gulls", mention="The club", cue="said", stance="claim"),
    dict(content="she was pushed out for complaining about the team’s training facilities", kind="indirect", speaker="Renata Okoye", mention="Her", cue="assertion", stance="claim"),
    dict(content="The team’s gym, she said, had flooded three times in a single winter, and players had been sent to a public leisure centre to lift weights", kind="indirect", speaker="Renata Okoye", mention="[[she]] said, had", cue="said", stance="claim"),
    dict(content="I wrote to the board in October. I wrote again in November. In December I was told I was ‘being difficult’. That was the reply,", kind="direct", speaker="Renata Okoye", mention="she", cue="said", stance="claim"),
    dict(content="to be interviewed for this article", kind="indirect", speaker="Howard Briggs", mention="The Gulls’ general manager, Howard Briggs", cue="declined", stance="refusal"),
    dict(content="the club “does not comment on ongoing legal matters”", kind="mixed", speaker="Howard Briggs", mention="he", cue="said", stance="refusal"),
    dict(content="the board had approved $2 million for a new training centre last summer", kind="indirect", speaker="Howard Briggs", mention="he", cue="pointed out", stance="denial"),
    dict(content="That was not the whole story", kind="indirect", speaker="Renata Okoye", mention="Okoye", cue="said", stance="denial"),
    dict(content="The money, according to her, had been approved only after two players were hurt on a wet court", kind="indirect", speaker="Renata Okoye", mention="her", cue="according to", stance="denial"),
    dict(content="I could have been more diplomatic,", kind="direct", speaker="Renata Okoye", mention="[[she]] conceded", cue="conceded", stance="confirmation"),
    dict(content="But I wasn’t wrong.", kind="direct", speaker="Renata Okoye", mention="[[she]] conceded", cue="conceded", stance="claim"),
    dict(content="the dressing room had been split over Okoye’s methods", kind="indirect", speaker="Former players", mention="Two of them, who asked not to be named because they still play in the league", cue="said", stance="claim"),
    dict(content="her as “the best coach I ever had and the hardest.”", kind="mixed", speaker="Former players", mention="One", cue="described", stance="claim"),
    dict(content="That’s fair. I’ll take it.", kind="direct", speaker="Renata Okoye", mention="Okoye", cue="laughed", stance="confirmation"),
    dict(content="the suggestion, made in a local radio phone-in, that she had lost the players", kind="indirect", speaker="Renata Okoye", mention="She", cue="rejected", stance="denial"),
    dict(content="We won eleven of our last fourteen games. Teams that have quit on their coach don’t do that,", kind="direct", speaker="Renata Okoye", mention="[[she]] said", cue="said", stance="denial"),
    dict(content=("he had inherited “a talented group”", "before accepting the job"), kind="mixed", speaker="Darren Pike", mention="The club’s new head coach, Darren Pike", cue="told reporters", stance="claim"),
    dict(content="whether she had been offered other jobs", kind="indirect", speaker="Renata Okoye", mention="Okoye", cue="would not say", stance="non_denial"),
    dict(content="She is, she said, “in no hurry.”", kind="mixed", speaker="Renata Okoye", mention="[[she]] said", cue="said", stance="claim"),
    dict(content="Keep turning up. The players need you more than they need me.", kind="direct", speaker="Renata Okoye", mention=None, cue=None, stance="claim"),
]

UNNAMED_SPEAKERS = ["Former players"]

PARTIES = [
    dict(name="Renata Okoye", type="PERSON", aliases=["Okoye", "the former head coach"]),
    dict(name="Harbor City Gulls", type="ORG", aliases=["Gulls", "The club", "the club"]),
    dict(name="Howard Briggs", type="PERSON", aliases=["The Gulls’ general manager"]),
    dict(name="Darren Pike", type="PERSON", aliases=["The club’s new head coach"]),
    dict(name="Ledger", type="ORG", aliases=[]),
]
