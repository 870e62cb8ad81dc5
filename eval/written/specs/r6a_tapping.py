# ruff: noqa: E501
"""Gold spec: a sports desk story on a rugby club accusing a rival of approaching its head coach while under contract (invented events)."""

# fmt: off
ID = "written-r6a-tapping"
TITLE = "Harrowfield accuse Kingsbridge of ‘tapping up’ head coach Mulligan"

TEXT = """
Harrowfield Rugby Club have lodged a formal complaint with Premier Rugby, the league’s governing body, accusing Kingsbridge Warriors of approaching their head coach, Declan Mulligan, while he was under contract.

Harrowfield’s chairman, Graham Pettit, said Kingsbridge’s director of rugby, Alan Stroud, had met Mulligan at a hotel near Bristol on February 9 and offered him a three-year deal. “We have the date, the place and the names of the people who were in the room,” Pettit said.

Kingsbridge rejected the claim. In a statement, the club said Stroud had been at the hotel for a coaching conference and had spoken to Mulligan “for no more than five minutes, in a corridor, about the weather and the fixture list”.

“That is not what happened, and Graham knows it,” Stroud told the Western Daily Press. “I have known Declan for 20 years. We said hello.”

Stroud dismissed the complaint as “a smokescreen for a bad season”. Harrowfield are ninth in the league.

Asked directly whether Kingsbridge had made Mulligan an offer of any kind, Stroud said: “We are always looking at good people. That is my job.”

Mulligan, who has 16 months left on his contract, has not spoken publicly. His agent, Rob Tennant, said he had “no knowledge” of any meeting and that his client was “fully focused” on Harrowfield’s game against Redcliffe on Saturday.

Tennant would not say whether Mulligan had been approached by any other club this season.

Pettit conceded that Harrowfield had not yet handed the league any written evidence. But he insisted the club’s account was accurate. “We would not have gone to the league with this if we weren’t sure,” he said.

Pettit also said the club reserved the right to seek compensation if Mulligan left before the end of his contract.

A Premier Rugby spokesman confirmed that a complaint had been received and said it would be considered by an independent panel. He declined to say when the panel would meet.

The Rugby Players’ Association said coaches and players should be free to hold conversations without being accused of wrongdoing. “Nobody is breaking a rule by saying good morning,” its chief executive, Sarah Okafor, said.

Kingsbridge’s owner, the property developer Keith Lavery, said he had “never heard” of the meeting until he read about it in the newspapers. He did not answer when asked whether he had authorised Stroud to talk to coaches at other clubs.

Asked about the row after training on Wednesday, Harrowfield captain Josh Penrose said: “I’m a player. That’s above my pay grade.”
"""

QUOTES = [
    dict(content="Kingsbridge’s director of rugby, Alan Stroud, had met Mulligan at a hotel near Bristol on February 9 and offered him a three-year deal", kind="indirect", speaker="Graham Pettit", mention="Harrowfield’s chairman, Graham Pettit", cue="said", stance="claim"),
    dict(content="We have the date, the place and the names of the people who were in the room,", kind="direct", speaker="Graham Pettit", mention="[[Pettit]] said.", cue="said", stance="claim"),
    dict(content="Kingsbridge rejected [[the claim]]", kind="indirect", speaker="Kingsbridge Warriors", mention="Kingsbridge", cue="rejected", stance="denial"),
    dict(content="Stroud had been at the hotel for a coaching conference and had spoken to Mulligan “for no more than five minutes, in a corridor, about the weather and the fixture list”", kind="mixed", speaker="Kingsbridge Warriors", mention="the club", cue="said", stance="denial"),
    dict(content="That is not what happened, and Graham knows it,", kind="direct", speaker="Alan Stroud", mention="Stroud", cue="told the Western Daily Press", stance="denial"),
    dict(content="I have known Declan for 20 years. We said hello.", kind="direct", speaker="Alan Stroud", mention="Stroud", cue="told the Western Daily Press", stance="denial"),
    dict(content="the complaint as “a smokescreen for a bad season”", kind="mixed", speaker="Alan Stroud", mention="Stroud", cue="dismissed", stance="denial"),
    dict(content="We are always looking at good people. That is my job.", kind="direct", speaker="Alan Stroud", mention="[[Stroud]] said:", cue="said:", stance="non_denial"),
    dict(content="he had “no knowledge” of any meeting and that his client was “fully focused” on Harrowfield’s game against Redcliffe on Saturday", kind="mixed", speaker="Rob Tennant", mention="His agent, Rob Tennant", cue="said", stance="non_denial"),
    dict(content="whether Mulligan had been approached by any other club this season", kind="indirect", speaker="Rob Tennant", mention="Tennant", cue="would not say", stance="non_denial"),
    dict(content="Harrowfield had not yet handed the league any written evidence", kind="indirect", speaker="Graham Pettit", mention="Pettit", cue="conceded", stance="confirmation"),
    dict(content="the club’s account was accurate", kind="indirect", speaker="Graham Pettit", mention="[[he]] insisted", cue="insisted", stance="claim"),
    dict(content="We would not have gone to the league with this if we weren’t sure,", kind="direct", speaker="Graham Pettit", mention="[[he]] said.", cue="said", stance="claim"),
    dict(content="the club reserved the right to seek compensation if Mulligan left before the end of his contract", kind="indirect", speaker="Graham Pettit", mention="Pettit", cue="said", stance="non_denial"),
    dict(content="a complaint had been received", kind="indirect", speaker="Premier Rugby", mention="A Premier Rugby spokesman", cue="confirmed", stance="confirmation"),
    dict(content="it would be considered by an independent panel", kind="indirect", speaker="Premier Rugby", mention="A Premier Rugby spokesman", cue="said", stance="claim"),
    dict(content="when the panel would meet", kind="indirect", speaker="Premier Rugby", mention="He", cue="declined to say", stance="refusal"),
    dict(content="coaches and players should be free to hold conversations without being accused of wrongdoing", kind="indirect", speaker="Rugby Players’ Association", mention="The Rugby Players’ Association", cue="said", stance="claim"),
    dict(content="Nobody is breaking a rule by saying good morning,", kind="direct", speaker="Sarah Okafor", mention="its chief executive, Sarah Okafor", cue="said", stance="denial"),
    dict(content="he had “never heard” of the meeting until he read about it in the newspapers", kind="mixed", speaker="Keith Lavery", mention="Kingsbridge’s owner, the property developer Keith Lavery", cue="said", stance="non_denial"),
    dict(content="I’m a player. That’s above my pay grade.", kind="direct", speaker="Josh Penrose", mention="Harrowfield captain Josh Penrose", cue="said:", stance="non_denial"),
]

PARTIES = [
    dict(name="Harrowfield Rugby Club", type="ORG", aliases=["Harrowfield"]),
    dict(name="Kingsbridge Warriors", type="ORG", aliases=["Kingsbridge", "the club"]),
    dict(name="Declan Mulligan", type="PERSON", aliases=["Mulligan", "Declan"]),
    dict(name="Graham Pettit", type="PERSON", aliases=["Pettit", "Graham", "Harrowfield’s chairman"]),
    dict(name="Alan Stroud", type="PERSON", aliases=["Stroud", "Kingsbridge’s director of rugby"]),
    dict(name="Rob Tennant", type="PERSON", aliases=["Tennant", "His agent"]),
    dict(name="Premier Rugby", type="ORG", aliases=["A Premier Rugby spokesman", "the league"]),
    dict(name="Rugby Players’ Association", type="ORG", aliases=[]),
    dict(name="Sarah Okafor", type="PERSON", aliases=["its chief executive"]),
    dict(name="Keith Lavery", type="PERSON", aliases=["Kingsbridge’s owner"]),
    dict(name="Josh Penrose", type="PERSON", aliases=["Harrowfield captain Josh Penrose"]),
    dict(name="Western Daily Press", type="ORG", aliases=[]),
]
