# ruff: noqa: E501
"""Gold spec: a live blog of a coastal storm, short timestamped entries (invented events)."""

# fmt: off
ID = "written-r6c-storm"
TITLE = "Storm Edda live: evacuations ordered on Halder coast as winds reach 140 km/h"

TEXT = """
09:12 Good morning and welcome to our live coverage of Storm Edda, which made landfall on the Halder coast overnight.

09:20 The national weather service has kept its red warning in place for the whole coastline until at least 18:00. Gusts of 140 km/h were recorded at Port Avel just after 07:00, it said.

09:34 Governor Miriam Sallis has ordered the evacuation of 14 low-lying villages. Speaking at the emergency centre in Drenholm, she said buses would run from every village hall until noon.

09:36 “If you are told to leave, leave. Do not wait to see how bad it gets,” Sallis said.

“We would rather move you for nothing than pull you out of the water tonight.”

09:51 A reader in Port Avel, Jonas, writes: “Roof tiles all over the square. The harbour wall is taking a beating.”

10:05 The rail operator Nordbane has suspended all services south of Drenholm. A spokeswoman said engineers would inspect the line before any trains ran again, which she warned could take until Thursday.

10:22 The opposition leader, Karl Vester, has criticised the timing of the evacuation order. He pointed out that the weather service had issued its first warning on Sunday morning.

“Two days. Two days they had, and people are only being told now,” Vester said in a video posted on social media.

10:40 Sallis rejected that criticism when asked about it a few minutes ago. The order, she said, had been issued as soon as the storm’s track was certain.

10:58 Power cuts: the grid operator says about 62,000 homes are without electricity. Crews will not go out until the winds drop, according to the company.

11:15 Some good news. The coastguard says all 23 crew of the cargo ship Valka, which lost power off Cape Sten overnight, have been lifted to safety.

11:17 The coastguard’s duty officer, Lise Amundsen, told our reporter the rescue had been “as hard as any I’ve seen.”

“The sea was breaking right over the deck. Our pilots did something remarkable this morning.”

“I want every one of those families to know their people are safe and warm.”

11:42 Drenholm’s mayor has called the storm “a once-in-a-generation event.” He insisted that the town’s new flood barrier was holding.

12:03 Residents at the evacuation centre in Grindal school told us they were grateful for the buses but worried about their homes. Most of them said they had left with nothing but a bag.

12:30 The weather service now says the worst of the winds should pass by early evening. Its chief forecaster, Tove Rasmussen, has cautioned that the storm surge at high tide, around 19:40, remains the biggest danger.

12:45 That’s all from me for now. My colleague Erik will take over the blog.
"""

QUOTES = [
    dict(content="Gusts of 140 km/h were recorded at Port Avel just after 07:00", kind="indirect", speaker="national weather service", mention="it", cue="said", stance="claim"),
    dict(content="buses would run from every village hall until noon", kind="indirect", speaker="Miriam Sallis", mention="she", cue="said", stance="claim"),
    dict(content="If you are told to leave, leave. Do not wait to see how bad it gets,", kind="direct", speaker="Miriam Sallis", mention="Sallis", cue="said", stance="claim"),
    dict(content="We would rather move you for nothing than pull you out of the water tonight.", kind="direct", speaker="Miriam Sallis", mention="Sallis", mention_para=-1, cue=None, stance="claim"),
    dict(content="Roof tiles all over the square. The harbour wall is taking a beating.", kind="direct", speaker="Jonas", mention="A reader in Port Avel, Jonas", cue="writes:", stance="claim"),
    dict(content="engineers would inspect the line before any trains ran again, which she warned could take until Thursday", kind="indirect", speaker="Nordbane", mention="A spokeswoman", cue="said", stance="claim"),
    dict(content="the weather service had issued its first warning on Sunday morning", kind="indirect", speaker="Karl Vester", mention="He", cue="pointed out", stance="claim"),
    dict(content="Two days. Two days they had, and people are only being told now,", kind="direct", speaker="Karl Vester", mention="Vester", cue="said in a video posted on social media", stance="claim"),
    dict(content="rejected [[that criticism]]", kind="indirect", speaker="Miriam Sallis", mention="Sallis", cue="rejected", stance="denial"),
    dict(content="The order, she said, had been issued as soon as the storm’s track was certain", kind="indirect", speaker="Miriam Sallis", mention="she", cue="said", stance="denial"),
    dict(content="about 62,000 homes are without electricity", kind="indirect", speaker="grid operator", mention="the grid operator", cue="says", stance="claim"),
    dict(content="Crews will not go out until the winds drop", kind="indirect", speaker="grid operator", mention="the company", cue="according to", stance="claim"),
    dict(content="all 23 crew of the cargo ship Valka, which lost power off Cape Sten overnight, have been lifted to safety", kind="indirect", speaker="coastguard", mention="The coastguard", cue="says", stance="claim"),
    dict(content="the rescue had been “as hard as any I’ve seen.”", kind="mixed", speaker="Lise Amundsen", mention="The coastguard’s duty officer, Lise Amundsen", cue="told our reporter", stance="claim"),
    dict(content="The sea was breaking right over the deck. Our pilots did something remarkable this morning.", kind="direct", speaker="Lise Amundsen", mention="The coastguard’s duty officer, Lise Amundsen", mention_para=-1, cue=None, stance="claim"),
    dict(content="I want every one of those families to know their people are safe and warm.", kind="direct", speaker="Lise Amundsen", mention="The coastguard’s duty officer, Lise Amundsen", mention_para=-2, cue=None, stance="claim"),
    dict(content="the storm “a once-in-a-generation event.”", kind="mixed", speaker="mayor of Drenholm", mention="Drenholm’s mayor", cue="called", stance="claim"),
    dict(content="the town’s new flood barrier was holding", kind="indirect", speaker="mayor of Drenholm", mention="He", cue="insisted", stance="claim"),
    dict(content="they were grateful for the buses but worried about their homes", kind="indirect", speaker="Residents at the evacuation centre in Grindal school", mention="Residents at the evacuation centre in Grindal school", cue="told us", stance="claim"),
    dict(content="they had left with nothing but a bag", kind="indirect", speaker="Residents at the evacuation centre in Grindal school", mention="Most of them", cue="said", stance="claim"),
    dict(content="the worst of the winds should pass by early evening", kind="indirect", speaker="national weather service", mention="The weather service", cue="says", stance="claim"),
    dict(content="the storm surge at high tide, around 19:40, remains the biggest danger", kind="indirect", speaker="Tove Rasmussen", mention="Its chief forecaster, Tove Rasmussen", cue="cautioned", stance="claim"),
]

UNNAMED_SPEAKERS = ["mayor of Drenholm", "Residents at the evacuation centre in Grindal school", "grid operator", "Jonas"]

PARTIES = [
    dict(name="national weather service", type="ORG", aliases=["The national weather service", "The weather service", "the weather service"]),
    dict(name="Miriam Sallis", type="PERSON", aliases=["Sallis", "Governor Miriam Sallis"]),
    dict(name="Nordbane", type="ORG", aliases=[]),
    dict(name="Karl Vester", type="PERSON", aliases=["Vester", "The opposition leader"]),
    dict(name="coastguard", type="ORG", aliases=["The coastguard"]),
    dict(name="Lise Amundsen", type="PERSON", aliases=[]),
    dict(name="Tove Rasmussen", type="PERSON", aliases=[]),
]
