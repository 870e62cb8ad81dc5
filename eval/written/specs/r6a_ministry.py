# ruff: noqa: E501
"""Gold spec: a wire story on a diplomatic row between two states over a detained fishing crew and an ambassador's summons (invented states, events and people)."""

# fmt: off
ID = "written-r6a-ministry"
TITLE = "Ardenia summons Pelonian envoy over detained trawler crew; Pelonia calls it ‘theatre’"

TEXT = """
VELSK, Ardenia (Reuters) — Ardenia’s foreign ministry summoned Pelonia’s ambassador on Tuesday to protest against the detention of 14 Ardenian fishermen, whose trawler was boarded by the Pelonian coastguard in disputed waters in the Serran Sea last week.

Ardenian Foreign Minister Ilse Varga said the crew had been fishing legally inside Ardenia’s exclusive economic zone and had been held for six days without access to a lawyer or a consul. “This is hostage-taking dressed up as law enforcement,” Varga told reporters in Velsk.

Pelonia’s foreign ministry rejected the accusation. Its spokesman, Dmitri Koval, said the trawler had been boarded 11 nautical miles inside Pelonian waters and that its captain had switched off the vessel’s tracking beacon before entering them.

“The coordinates are public. Anyone can check them,” Koval told a regular briefing in Sarn. He dismissed the summons as “theatre for a domestic audience”.

Koval also said that the ambassador had not been summoned but had been “invited for a conversation”, which he had accepted out of courtesy.

Ardenia’s ministry said that was wrong. A ministry official, speaking on condition of anonymity, said the ambassador had been handed a formal note of protest and had been in the building for under 20 minutes.

Asked whether the fishermen had been allowed to see a consul, Koval said he had no information on the consular side and referred questions to Pelonia’s interior ministry. The interior ministry did not respond to a request for comment.

Koval would not say whether Pelonia intended to charge the crew.

Varga said Ardenia reserved the right to take the case to the international tribunal for the law of the sea. Asked whether Ardenia would expel Pelonian diplomats, she said: “I am not going to announce our next steps at a press conference.”

The trawler’s owner, Gennady Sorokin, said the captain had never switched off the beacon. “Our tracking records show the ship inside our zone the whole time. We will give them to anyone who asks,” he said.

The European Union’s foreign policy spokeswoman, Anna Lindgren, said the bloc was following the case closely and urged both sides to “avoid steps that raise tension”. She declined to say which side the EU believed was right about the boarding.

Pelonian officials have previously acknowledged that the boundary in the Serran Sea has never been agreed. Koval conceded on Tuesday that the two countries read the 1994 fisheries treaty differently but said that did not give Ardenian boats the right to fish in Pelonian waters.

Pelonia’s President Anton Meyer did not comment on the row when he spoke to journalists in Sarn on Tuesday. “We do not take lectures from anyone about the sea,” he said, speaking about an unrelated dispute over a pipeline.
"""

QUOTES = [
    dict(content="the crew had been fishing legally inside Ardenia’s exclusive economic zone and had been held for six days without access to a lawyer or a consul", kind="indirect", speaker="Ilse Varga", mention="Ardenian Foreign Minister Ilse Varga", cue="said", stance="claim"),
    dict(content="This is hostage-taking dressed up as law enforcement,", kind="direct", speaker="Ilse Varga", mention="[[Varga]] told reporters", cue="told reporters", stance="claim"),
    dict(content="rejected [[the accusation]]", kind="indirect", speaker="Pelonia", mention="Pelonia’s foreign ministry", cue="rejected", stance="denial"),
    dict(content="the trawler had been boarded 11 nautical miles inside Pelonian waters and that its captain had switched off the vessel’s tracking beacon before entering them", kind="indirect", speaker="Dmitri Koval", mention="Its spokesman, Dmitri Koval", cue="said", stance="denial"),
    dict(content="The coordinates are public. Anyone can check them,", kind="direct", speaker="Dmitri Koval", mention="[[Koval]] told", cue="told a regular briefing", stance="denial"),
    dict(content="the summons as “theatre for a domestic audience”", kind="mixed", speaker="Dmitri Koval", mention="He", cue="dismissed", stance="denial"),
    dict(content="the ambassador had not been summoned but had been “invited for a conversation”, which he had accepted out of courtesy", kind="mixed", speaker="Dmitri Koval", mention="Koval", cue="said", stance="denial"),
    dict(content="that was wrong", kind="indirect", speaker="Ardenia", mention="Ardenia’s ministry", cue="said", stance="denial"),
    dict(content="the ambassador had been handed a formal note of protest and had been in the building for under 20 minutes", kind="indirect", speaker="A ministry official", mention="A ministry official, speaking on condition of anonymity", cue="said", stance="denial"),
    dict(content="he had no information on the consular side", kind="indirect", speaker="Dmitri Koval", mention="[[Koval]] said", cue="said", stance="non_denial"),
    dict(content="whether Pelonia intended to charge the crew", kind="indirect", speaker="Dmitri Koval", mention="Koval", cue="would not say", stance="non_denial"),
    dict(content="Ardenia reserved the right to take the case to the international tribunal for the law of the sea", kind="indirect", speaker="Ilse Varga", mention="[[Varga]] said", cue="said", stance="non_denial"),
    dict(content="I am not going to announce our next steps at a press conference.", kind="direct", speaker="Ilse Varga", mention="she", cue="said:", stance="non_denial"),
    dict(content="the captain had never switched off the beacon", kind="indirect", speaker="Gennady Sorokin", mention="The trawler’s owner, Gennady Sorokin", cue="said", stance="denial"),
    dict(content="Our tracking records show the ship inside our zone the whole time. We will give them to anyone who asks,", kind="direct", speaker="Gennady Sorokin", mention="he", cue="said", stance="denial"),
    dict(content="the bloc was following the case closely", kind="indirect", speaker="Anna Lindgren", mention="The European Union’s foreign policy spokeswoman, Anna Lindgren", cue="said", stance="claim"),
    dict(content="both sides to “avoid steps that raise tension”", kind="mixed", speaker="Anna Lindgren", mention="The European Union’s foreign policy spokeswoman, Anna Lindgren", cue="urged", stance="claim"),
    dict(content="which side the EU believed was right about the boarding", kind="indirect", speaker="Anna Lindgren", mention="She", cue="declined to say", stance="refusal"),
    dict(content="the two countries read the 1994 fisheries treaty differently", kind="indirect", speaker="Dmitri Koval", mention="[[Koval]] conceded", cue="conceded", stance="confirmation"),
    dict(content="that did not give Ardenian boats the right to fish in Pelonian waters", kind="indirect", speaker="Dmitri Koval", mention="[[Koval]] conceded", cue="said", stance="denial"),
    dict(content="We do not take lectures from anyone about the sea,", kind="direct", speaker="Anton Meyer", mention="[[he]] said", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["A ministry official"]

PARTIES = [
    dict(name="Ardenia", type="GPE", aliases=["Ardenia’s foreign ministry", "Ardenia’s ministry"]),
    dict(name="Pelonia", type="GPE", aliases=["Pelonia’s foreign ministry"]),
    dict(name="Ilse Varga", type="PERSON", aliases=["Varga", "Ardenian Foreign Minister Ilse Varga"]),
    dict(name="Dmitri Koval", type="PERSON", aliases=["Koval", "Its spokesman"]),
    dict(name="Gennady Sorokin", type="PERSON", aliases=["The trawler’s owner"]),
    dict(name="Anna Lindgren", type="PERSON", aliases=["The European Union’s foreign policy spokeswoman"]),
    dict(name="European Union", type="ORG", aliases=["EU", "the bloc"]),
    dict(name="Anton Meyer", type="PERSON", aliases=["Pelonia’s President Anton Meyer"]),
    dict(name="Reuters", type="ORG", aliases=[]),
]
