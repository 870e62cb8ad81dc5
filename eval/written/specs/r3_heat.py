# ruff: noqa: E501
"""Gold spec: a wire story on a heatwave and rolling power cuts, grid operator, minister and opposition trading blame (invented events)."""

# fmt: off
ID = "written-r3-heat"
TITLE = "Portugal heatwave forces rolling power cuts; minister and opposition trade blame"

TEXT = """
LISBON, July 22 — Rolling power cuts left more than 400,000 homes in and around Lisbon without electricity for up to six hours on Tuesday as temperatures passed 44 degrees Celsius, and the government and the opposition traded blame over who had failed to prepare the grid for the heat.

The national grid operator, Rede Nacional de Energia (RNE), said it had ordered the cuts at 2:40 p.m. after two high-voltage lines south of the Tagus tripped within minutes of each other and demand hit a record 10.9 gigawatts. "We had a choice between controlled cuts and an uncontrolled collapse. We chose controlled cuts," RNE's chief executive, Marta Sequeira, told reporters at the company's control centre.

Energy Minister Rui Valente said the blackouts were "regrettable but not a failure of the system" and blamed a private distributor, Lusoluz, for what he described as a delay of more than an hour in restoring supply to parts of the Setúbal peninsula.

"When the lines tripped, RNE did its job. Others did not do theirs," Valente said at a news conference in Lisbon, without naming the company a second time.

Lusoluz rejected the accusation. In a statement, the company said its crews had been "on the ground within 20 minutes" and that the delay had been caused by RNE's own instructions to keep local feeders switched off until the grid stabilised. It did not say how many of its customers were still without power by late evening.

Opposition leader Inês Carvalho accused the government of ignoring warnings. She said the grid operator had asked the energy ministry in March for emergency funding to reinforce the southern lines under the government's heat plan, called "Safe Summer", and had been "told to wait for next year's budget".

"The minister knew. He had that letter on his desk for four months," Carvalho said in parliament. "Today pensioners sat in flats at 40 degrees with no fans and no lifts because he chose to wait."

The 58-year-old minister confirmed that RNE had requested extra funding in the spring but said the request had been "assessed in the normal way, like every other". He would not say whether the ministry had turned it down.

"This was predictable, and it was predicted," said Jorge Antunes, an energy economist at the University of Coimbra, who pointed out that RNE's own adequacy report for 2024 had named the southern lines as "the weakest link" in a long heatwave.

Sequeira, asked whether RNE had warned the ministry that cuts were likely this summer, said: "We warn about many things. I'm not going to go through our correspondence in public."

In Amadora, on Lisbon's western edge, residents of a 12-storey block said the lifts had stopped with at least two people inside. "We carried my neighbour down nine floors on a chair. She is 91," said Paulo Mendes, 52, a taxi driver. "Nobody from the council came. Nobody from anywhere came."

Amadora's municipal council, responding to residents' complaints, said civil protection teams had visited "hundreds of vulnerable residents" during the afternoon and had opened three air-conditioned shelters in schools.

At least 14 people were treated for heatstroke in Lisbon hospitals on Tuesday, and two hospitals ran on backup generators for several hours, according to a health ministry official who spoke on condition of anonymity because the figures had not been finalised. The health ministry declined to confirm the figures.

The national weather service said temperatures would stay above 40 degrees in much of the south until at least Friday. Asked whether the cuts could return on Wednesday, when demand is forecast to rise again, an RNE spokesman said further cuts "could not be ruled out".
"""

QUOTES = [
    dict(content=("it had ordered the cuts at 2:40 p.m.", "a record 10.9 gigawatts"), kind="indirect", speaker="Rede Nacional de Energia", mention="The national grid operator, Rede Nacional de Energia (RNE)", cue="said", stance="claim"),
    dict(content="We had a choice between controlled cuts and an uncontrolled collapse. We chose controlled cuts,", kind="direct", speaker="Marta Sequeira", mention="RNE's chief executive, Marta Sequeira", cue="told reporters", stance="claim"),
    dict(content='the blackouts were "regrettable but not a failure of the system"', kind="mixed", speaker="Rui Valente", mention="Energy Minister Rui Valente", cue="said", stance="denial"),
    dict(content="a private distributor, Lusoluz, for what he described as a delay of more than an hour in restoring supply to parts of the Setúbal peninsula", kind="indirect", speaker="Rui Valente", mention="Energy Minister Rui Valente", cue="blamed", stance="claim"),
    dict(content="When the lines tripped, RNE did its job. Others did not do theirs,", kind="direct", speaker="Rui Valente", mention="Valente", cue="said", stance="claim"),
    dict(content="rejected [[the accusation]]", kind="indirect", speaker="Lusoluz", mention="Lusoluz", cue="rejected", stance="denial"),
    dict(content=('its crews had been "on the ground within 20 minutes"', "until the grid stabilised"), kind="mixed", speaker="Lusoluz", mention="the company", cue="said", stance="denial"),
    dict(content="how many of its customers were still without power by late evening", kind="indirect", speaker="Lusoluz", mention="It", cue="did not say", stance="refusal"),
    dict(content="the government of ignoring warnings", kind="indirect", speaker="Inês Carvalho", mention="Opposition leader Inês Carvalho", cue="accused", stance="claim"),
    dict(content=("the grid operator had asked the energy ministry in March", "\"told to wait for next year's budget\""), kind="mixed", speaker="Inês Carvalho", mention="She", cue="said", stance="claim"),
    dict(content="The minister knew. He had that letter on his desk for four months,", kind="direct", speaker="Inês Carvalho", mention="Carvalho", cue="said in parliament", stance="claim"),
    dict(content="Today pensioners sat in flats at 40 degrees with no fans and no lifts because he chose to wait.", kind="direct", speaker="Inês Carvalho", mention="Carvalho", cue="said in parliament", stance="claim"),
    dict(content="RNE had requested extra funding in the spring", kind="indirect", speaker="Rui Valente", mention="The 58-year-old minister", cue="confirmed", stance="confirmation"),
    dict(content='the request had been "assessed in the normal way, like every other"', kind="mixed", speaker="Rui Valente", mention="The 58-year-old minister", cue="said", stance="non_denial"),
    dict(content="whether the ministry had turned it down", kind="indirect", speaker="Rui Valente", mention="He", cue="would not say", stance="non_denial"),
    dict(content="This was predictable, and it was predicted,", kind="direct", speaker="Jorge Antunes", mention="Jorge Antunes, an energy economist at the University of Coimbra", cue="said", stance="claim"),
    dict(content=("RNE's own adequacy report for 2024", "in a long heatwave"), kind="mixed", speaker="Jorge Antunes", mention="who", cue="pointed out", stance="claim"),
    dict(content="We warn about many things. I'm not going to go through our correspondence in public.", kind="direct", speaker="Marta Sequeira", mention="Sequeira", cue="said:", stance="non_denial"),
    dict(content="the lifts had stopped with at least two people inside", kind="indirect", speaker="residents of a 12-storey block", mention="residents of a 12-storey block", cue="said", stance="claim"),
    dict(content="We carried my neighbour down nine floors on a chair. She is 91,", kind="direct", speaker="Paulo Mendes", mention="Paulo Mendes, 52, a taxi driver", cue="said", stance="claim"),
    dict(content="Nobody from the council came. Nobody from anywhere came.", kind="direct", speaker="Paulo Mendes", mention="Paulo Mendes, 52, a taxi driver", cue="said", stance="claim"),
    dict(content=('civil protection teams had visited "hundreds of vulnerable residents"', "three air-conditioned shelters in schools"), kind="mixed", speaker="Amadora municipal council", mention="Amadora's municipal council, responding to residents' complaints", cue="said", stance="denial"),
    dict(content=("At least 14 people were treated for heatstroke", "backup generators for several hours"), kind="indirect", speaker="a health ministry official", mention="a health ministry official who spoke on condition of anonymity because the figures had not been finalised", cue="according to", stance="claim"),
    dict(content="declined to confirm [[the figures]]", kind="indirect", speaker="Portuguese health ministry", mention="The health ministry", cue="declined to confirm", stance="non_denial"),
    dict(content="temperatures would stay above 40 degrees in much of the south until at least Friday", kind="indirect", speaker="national weather service", mention="The national weather service", cue="said", stance="claim"),
    dict(content='further cuts "could not be ruled out"', kind="mixed", speaker="Rede Nacional de Energia", mention="an RNE spokesman", cue="said", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["residents of a 12-storey block", "a health ministry official"]

PARTIES = [
    dict(name="Rede Nacional de Energia", type="ORG", aliases=["RNE", "The national grid operator", "the grid operator"]),
    dict(name="Marta Sequeira", type="PERSON", aliases=["Sequeira", "RNE's chief executive"]),
    dict(name="Rui Valente", type="PERSON", aliases=["Valente", "Energy Minister Rui Valente", "The minister", "The 58-year-old minister"]),
    dict(name="Lusoluz", type="ORG", aliases=["a private distributor"]),
    dict(name="Inês Carvalho", type="PERSON", aliases=["Carvalho", "Opposition leader Inês Carvalho"]),
    dict(name="Portuguese government", type="ORG", aliases=["the government"]),
    dict(name="Portuguese energy ministry", type="ORG", aliases=["the energy ministry", "the ministry"]),
    dict(name="Portuguese parliament", type="ORG", aliases=["parliament"]),
    dict(name="Paulo Mendes", type="PERSON", aliases=[]),
    dict(name="Jorge Antunes", type="PERSON", aliases=[]),
    dict(name="University of Coimbra", type="ORG", aliases=[]),
    dict(name="Amadora municipal council", type="ORG", aliases=["Amadora's municipal council", "the council"]),
    dict(name="Portuguese health ministry", type="ORG", aliases=["The health ministry"]),
    dict(name="national weather service", type="ORG", aliases=["The national weather service"]),
    dict(name="Portugal", type="GPE", aliases=["LISBON"]),
]
