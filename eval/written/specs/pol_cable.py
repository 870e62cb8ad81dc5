# ruff: noqa: E501
"""Gold spec: a ship seized after an undersea cable is damaged (invented events)."""

# fmt: off
ID = "written-pol-cable"
TITLE = "Finland seizes cargo ship after Baltic cable damage; owner says anchor dragged by accident"

TEXT = """
HELSINKI — Finnish police said on Sunday they had seized a cargo ship suspected of damaging an undersea power cable between Finland and Estonia, the third such incident in the Baltic Sea in 14 months.

The vessel, the Marlow Star, was boarded by coast guard officers in the Gulf of Finland early on Saturday, hours after the operator of the 650-megawatt link reported a sudden loss of power, according to Detective Chief Inspector Sanna Lehtinen, who is leading the investigation.

“We found a trail on the seabed more than 90 kilometres long, and it ends where the ship's anchor was,” Lehtinen told a news conference in Helsinki. “The anchor itself is missing.”

Investigators had not yet established whether the damage was deliberate, she added, and the ship's crew of 23 was cooperating.

The ship's owner, Hong Kong-registered Tidewell Maritime, said in a statement that the anchor had come loose in heavy weather and been dragged "without the knowledge of the crew." The company rejected any suggestion of sabotage as "baseless and irresponsible."

"Our captain raised the alarm himself as soon as he noticed the problem," Tidewell's statement said.

That account was contradicted by Lehtinen, who said the coast guard had contacted the ship first, after radar showed it slowing to less than two knots for nearly an hour.

Estonia's defence minister, Kalev Tamm, was blunter. “Three cables in 14 months is not bad luck. It is a pattern,” the 54-year-old wrote on social media, adding that Tallinn would ask NATO to expand naval patrols in the gulf.

Tamm did not accuse any country, and he declined to say whether Estonian intelligence had linked the ship to a foreign government.

A NATO spokeswoman, Ingrid Vaage, said the alliance was "in close contact with Finland and Estonia" and had "further increased" its presence in the Baltic Sea. She would not rule out a wider operation.

A person familiar with the investigation, speaking on condition of anonymity because the inquiry is continuing, said the Marlow Star had changed its declared destination twice since leaving the Russian port of Ust-Luga.

The Russian Embassy in Helsinki said on its Telegram channel that Moscow had “nothing to do with” the incident, and it accused Finnish media of “inventing a Russian trace in every broken wire.”

Tidewell's lawyer in Helsinki, Mikko Rautio, admitted that the ship's voyage data recorder had not been working for part of the voyage, but insisted that was "a routine technical fault, nothing more."

Analysts noted that intent has been hard to prove in such cases. "An anchor is the perfect alibi," said Petri Salo, a maritime security researcher at the Finnish Institute of International Affairs. "You never have to explain why you dropped it. You only have to say you didn't."

The cable's operator, Baltlink Energy, said repairs could take up to five months and that wholesale electricity prices in Estonia had risen by a fifth since Saturday.
"""

QUOTES = [
    dict(content="they had seized a cargo ship suspected of damaging an undersea power cable between Finland and Estonia", kind="indirect", speaker="Finnish police", mention="Finnish police", cue="said", stance="claim"),
    dict(content=("The vessel, the Marlow Star, was boarded", "a sudden loss of power"), kind="indirect", speaker="Sanna Lehtinen", mention="Detective Chief Inspector Sanna Lehtinen, who is leading the investigation", cue="according to", stance="claim"),
    dict(content="We found a trail on the seabed more than 90 kilometres long, and it ends where the ship's anchor was,", kind="direct", speaker="Sanna Lehtinen", mention="Lehtinen", cue="told a news conference", stance="claim"),
    dict(content="The anchor itself is missing.", kind="direct", speaker="Sanna Lehtinen", mention="Lehtinen", cue="told a news conference", stance="claim"),
    dict(content="Investigators had not yet established whether the damage was deliberate", kind="indirect", speaker="Sanna Lehtinen", mention="she", cue="added", stance="claim"),
    dict(content="the ship's crew of 23 was cooperating", kind="indirect", speaker="Sanna Lehtinen", mention="she", cue="added", stance="claim"),
    dict(content='the anchor had come loose in heavy weather and been dragged "without the knowledge of the crew."', kind="mixed", speaker="Tidewell Maritime", mention="The ship's owner, Hong Kong-registered Tidewell Maritime", cue="said in a statement", stance="denial"),
    dict(content='any suggestion of sabotage as "baseless and irresponsible."', kind="mixed", speaker="Tidewell Maritime", mention="The company", cue="rejected", stance="denial"),
    dict(content="Our captain raised the alarm himself as soon as he noticed the problem,", kind="direct", speaker="Tidewell Maritime", mention="Tidewell's statement", cue="said", stance="denial"),
    dict(content="the coast guard had contacted the ship first, after radar showed it slowing to less than two knots for nearly an hour", kind="indirect", speaker="Sanna Lehtinen", mention="Lehtinen", cue="said", stance="denial"),
    dict(content="Three cables in 14 months is not bad luck. It is a pattern,", kind="direct", speaker="Kalev Tamm", mention="the 54-year-old", cue="wrote on social media", stance="claim"),
    dict(content="Tallinn would ask NATO to expand naval patrols in the gulf", kind="indirect", speaker="Kalev Tamm", mention="the 54-year-old", cue="adding", stance="claim"),
    dict(content="any country", kind="indirect", speaker="Kalev Tamm", mention="Tamm", cue="did not accuse", stance="refusal"),
    dict(content="whether Estonian intelligence had linked the ship to a foreign government", kind="indirect", speaker="Kalev Tamm", mention="he", cue="declined to say", stance="non_denial"),
    dict(content='the alliance was "in close contact with Finland and Estonia" and had "further increased" its presence in the Baltic Sea', kind="mixed", speaker="Ingrid Vaage", mention="A NATO spokeswoman, Ingrid Vaage", cue="said", stance="claim"),
    dict(content="a wider operation", kind="indirect", speaker="Ingrid Vaage", mention="She", cue="would not rule out", stance="non_denial"),
    dict(content="the Marlow Star had changed its declared destination twice since leaving the Russian port of Ust-Luga", kind="indirect", speaker="A person familiar with the investigation", mention="A person familiar with the investigation", cue="said", stance="claim"),
    dict(content="Moscow had “nothing to do with” the incident", kind="mixed", speaker="Russian Embassy in Helsinki", mention="The Russian Embassy in Helsinki", cue="said", stance="denial"),
    dict(content="Finnish media of “inventing a Russian trace in every broken wire.”", kind="mixed", speaker="Russian Embassy in Helsinki", mention="it", cue="accused", stance="denial"),
    dict(content="the ship's voyage data recorder had not been working for part of the voyage", kind="indirect", speaker="Mikko Rautio", mention="Tidewell's lawyer in Helsinki, Mikko Rautio", cue="admitted", stance="confirmation"),
    dict(content='that was "a routine technical fault, nothing more."', kind="mixed", speaker="Mikko Rautio", mention="Tidewell's lawyer in Helsinki, Mikko Rautio", cue="insisted", stance="denial"),
    dict(content="intent has been hard to prove in such cases", kind="indirect", speaker="Analysts", mention="Analysts", cue="noted", stance="claim"),
    dict(content="An anchor is the perfect alibi,", kind="direct", speaker="Petri Salo", mention="Petri Salo, a maritime security researcher at the Finnish Institute of International Affairs", cue="said", stance="claim"),
    dict(content="You never have to explain why you dropped it. You only have to say you didn't.", kind="direct", speaker="Petri Salo", mention="Petri Salo, a maritime security researcher at the Finnish Institute of International Affairs", cue="said", stance="claim"),
    dict(content="repairs could take up to five months and that wholesale electricity prices in Estonia had risen by a fifth since Saturday", kind="indirect", speaker="Baltlink Energy", mention="The cable's operator, Baltlink Energy", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["A person familiar with the investigation", "Analysts"]

PARTIES = [
    dict(name="Finnish police", type="ORG", aliases=[]),
    dict(name="Sanna Lehtinen", type="PERSON", aliases=["Lehtinen", "Detective Chief Inspector Sanna Lehtinen"]),
    dict(name="Tidewell Maritime", type="ORG", aliases=["Tidewell", "The company", "The ship's owner", "Tidewell's statement"]),
    dict(name="Marlow Star", type="ORG", aliases=["the Marlow Star", "The vessel", "the ship"]),
    dict(name="Kalev Tamm", type="PERSON", aliases=["Tamm", "Estonia's defence minister", "the 54-year-old"]),
    dict(name="Ingrid Vaage", type="PERSON", aliases=["A NATO spokeswoman", "NATO spokeswoman"]),
    dict(name="NATO", type="ORG", aliases=["the alliance"]),
    dict(name="Russian Embassy in Helsinki", type="ORG", aliases=["The Russian Embassy", "Russian Embassy"]),
    dict(name="Mikko Rautio", type="PERSON", aliases=["Tidewell's lawyer in Helsinki"]),
    dict(name="Petri Salo", type="PERSON", aliases=["a maritime security researcher at the Finnish Institute of International Affairs"]),
    dict(name="Finnish Institute of International Affairs", type="ORG", aliases=[]),
    dict(name="Baltlink Energy", type="ORG", aliases=["The cable's operator"]),
    dict(name="Finland", type="GPE", aliases=[]),
    dict(name="Estonia", type="GPE", aliases=["Tallinn"]),
    dict(name="Russia", type="GPE", aliases=["Moscow"]),
]
