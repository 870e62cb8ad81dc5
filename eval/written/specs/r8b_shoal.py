# ruff: noqa: E501
"""Gold spec: a wire report on a maritime stand-off; capitals speaking for states ("Manila said", "Beijing"), a province that does not speak, "Cmdr" and "Gen." titles, demonyms as adjectives, an acronym in brackets (invented events, invented people)."""

# fmt: off
ID = "written-r8b-shoal"
TITLE = "Philippines accuses China of ramming supply boat near disputed shoal"

TEXT = """
MANILA (Wire) — The Philippines accused China on Wednesday of ramming a supply boat near a disputed shoal, the third such clash this year, and summoned the Chinese ambassador to protest.

The Philippine Coast Guard (PCG) said a Chinese coast guard vessel struck the wooden boat twice as it tried to reach a navy outpost on Kettle Shoal, injuring two Filipino sailors.

“This was a deliberate act, carried out in broad daylight,” PCG spokesman Cmdr. Rafael Dimaculangan told reporters. Dimaculangan said the boat had been carrying food and water and posed no threat to anyone.

Beijing rejected the account. China’s foreign ministry said the Philippine boat had entered Chinese waters without permission and had ignored repeated warnings. Its spokeswoman, Lin Xiaomei, said the coast guard had acted “in a professional and restrained manner”.

Manila said that was false. The Department of Foreign Affairs (DFA) said video taken by the crew showed the Chinese vessel turning into the boat’s path. The department said it had lodged its 40th diplomatic protest of the year.

The armed forces chief, Gen. Marco Villanueva, said the two sailors were in stable condition. He declined to say whether the navy would send escorts on the next supply run.

Washington said it stood with its ally. A State Department spokesman said the United States was “deeply concerned” and urged China to stop what he called dangerous manoeuvres.

In Palawan, the province nearest the shoal, fishermen said they had stopped sailing to their usual grounds. “We go out at night now, without lights, like thieves,” said Eduardo Salonga, who leads a fishing cooperative in the provincial capital.

Palawan Governor Teresa Aquino said her office would ask Manila for fuel subsidies for the fleet.

Chinese state media said the Philippine crew had “provoked” the incident. The Global Maritime Tribune, a Beijing-based newspaper, said the Philippines was acting on American instructions.

Analysts said neither side was likely to back down. “Both capitals have made the shoal a test of resolve,” said Dr. Hana Kurosawa, a fellow at the Institute for Strategic and Ocean Studies in Tokyo. She said the risk was that a sailor would be killed.

The Philippine ambassador to the United Nations, Carmela Reyes, said Manila would raise the matter at the General Assembly. Reyes did not say whether it would seek a new ruling from the arbitral tribunal.
"""

QUOTES = [
    dict(content="a Chinese coast guard vessel struck the wooden boat twice as it tried to reach a navy outpost on Kettle Shoal, injuring two Filipino sailors", kind="indirect", speaker="Philippine Coast Guard", mention="The Philippine Coast Guard (PCG)", cue="said", stance="claim"),
    dict(content="This was a deliberate act, carried out in broad daylight,", kind="direct", speaker="Rafael Dimaculangan", mention="PCG spokesman Cmdr. Rafael Dimaculangan", cue="told reporters", stance="claim"),
    dict(content="the boat had been carrying food and water and posed no threat to anyone", kind="indirect", speaker="Rafael Dimaculangan", mention="[[Dimaculangan]] said the boat", cue="said", stance="claim"),
    dict(content="the account", kind="indirect", speaker="China", mention="Beijing", cue="rejected", stance="denial"),
    dict(content="the Philippine boat had entered Chinese waters without permission and had ignored repeated warnings", kind="indirect", speaker="China’s foreign ministry", mention="China’s foreign ministry", cue="said", stance="denial"),
    dict(content=("the coast guard had acted", "“in a professional and restrained manner”"), kind="mixed", speaker="Lin Xiaomei", mention="Its spokeswoman, Lin Xiaomei", cue="said", stance="denial"),
    dict(content="that was false", kind="indirect", speaker="Philippines", mention="Manila", cue="said", stance="denial"),
    dict(content="video taken by the crew showed the Chinese vessel turning into the boat’s path", kind="indirect", speaker="Department of Foreign Affairs", mention="The Department of Foreign Affairs (DFA)", cue="said", stance="claim"),
    dict(content="it had lodged its 40th diplomatic protest of the year", kind="indirect", speaker="Department of Foreign Affairs", mention="The department", cue="said", stance="claim"),
    dict(content="the two sailors were in stable condition", kind="indirect", speaker="Marco Villanueva", mention="The armed forces chief, Gen. Marco Villanueva", cue="said", stance="claim"),
    dict(content="declined [[to say whether the navy would send escorts on the next supply run]]", kind="indirect", speaker="Marco Villanueva", mention="He", cue="declined", stance="non_denial"),
    dict(content="it stood with its ally", kind="indirect", speaker="United States", mention="Washington", cue="said", stance="claim"),
    dict(content=("the United States was “deeply concerned”", "what he called dangerous manoeuvres"), kind="mixed", speaker="State Department", mention="A State Department spokesman", cue="said", stance="claim"),
    dict(content="they had stopped sailing to their usual grounds", kind="indirect", speaker="fishermen", mention="fishermen", cue="said", stance="claim"),
    dict(content="We go out at night now, without lights, like thieves,", kind="direct", speaker="Eduardo Salonga", mention="Eduardo Salonga, who leads a fishing cooperative in the provincial capital", cue="said", stance="claim"),
    dict(content="her office would ask Manila for fuel subsidies for the fleet", kind="indirect", speaker="Teresa Aquino", mention="Palawan Governor Teresa Aquino", cue="said", stance="claim"),
    dict(content=("the Philippine crew had “provoked”", "the incident"), kind="mixed", speaker="Chinese state media", mention="Chinese state media", cue="said", stance="claim"),
    dict(content="the Philippines was acting on American instructions", kind="indirect", speaker="Global Maritime Tribune", mention="The Global Maritime Tribune, a Beijing-based newspaper", cue="said", stance="claim"),
    dict(content="neither side was likely to back down", kind="indirect", speaker="Analysts", mention="Analysts", cue="said", stance="claim"),
    dict(content="Both capitals have made the shoal a test of resolve,", kind="direct", speaker="Hana Kurosawa", mention="Dr. Hana Kurosawa, a fellow at the Institute for Strategic and Ocean Studies in Tokyo", cue="said", stance="claim"),
    dict(content="the risk was that a sailor would be killed", kind="indirect", speaker="Hana Kurosawa", mention="She", cue="said", stance="claim"),
    dict(content="Manila would raise the matter at the General Assembly", kind="indirect", speaker="Carmela Reyes", mention="The Philippine ambassador to the United Nations, Carmela Reyes", cue="said", stance="claim"),
    dict(content="whether it would seek a new ruling from the arbitral tribunal", kind="indirect", speaker="Carmela Reyes", mention="[[Reyes]] did not say", cue="did not say", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["fishermen", "Analysts", "Chinese state media"]

PARTIES = [
    dict(name="Philippines", type="GPE", aliases=["The Philippines", "the Philippines", "Manila"]),
    dict(name="China", type="GPE", aliases=["Beijing"]),
    dict(name="Philippine Coast Guard", type="ORG", aliases=["The Philippine Coast Guard", "PCG"]),
    dict(name="Rafael Dimaculangan", type="PERSON", aliases=["Dimaculangan", "PCG spokesman Cmdr. Rafael Dimaculangan"]),
    dict(name="China’s foreign ministry", type="ORG", aliases=[]),
    dict(name="Lin Xiaomei", type="PERSON", aliases=["Its spokeswoman"]),
    dict(name="Department of Foreign Affairs", type="ORG", aliases=["The Department of Foreign Affairs", "DFA", "The department"]),
    dict(name="Marco Villanueva", type="PERSON", aliases=["Gen. Marco Villanueva", "The armed forces chief"]),
    dict(name="United States", type="GPE", aliases=["the United States", "Washington"]),
    dict(name="State Department", type="ORG", aliases=["A State Department spokesman"]),
    dict(name="Eduardo Salonga", type="PERSON", aliases=[]),
    dict(name="Teresa Aquino", type="PERSON", aliases=["Palawan Governor Teresa Aquino"]),
    dict(name="Global Maritime Tribune", type="ORG", aliases=["The Global Maritime Tribune"]),
    dict(name="Hana Kurosawa", type="PERSON", aliases=["Dr. Hana Kurosawa"]),
    dict(name="Institute for Strategic and Ocean Studies", type="ORG", aliases=[]),
    dict(name="Carmela Reyes", type="PERSON", aliases=["Reyes", "The Philippine ambassador to the United Nations"]),
    dict(name="United Nations", type="ORG", aliases=[]),
]
