# ruff: noqa: E501
"""Gold spec: a science report on a study of a melting glacier (invented events)."""

# fmt: off
ID = "written-r7c-glacier"
TITLE = "Alpine glacier losing ice twice as fast as models predicted, study finds"

TEXT = """
The Vessen glacier in the southern Alps is losing ice at roughly twice the rate that climate models had predicted, researchers reported on Monday, raising fears that it could vanish within 30 years.

The study, published in the journal Cryosphere Letters, found that the glacier had thinned by an average of 1.8 metres a year since 2015. The authors said dust from Saharan storms, which darkens the ice and makes it absorb more sunlight, accounted for about a third of the extra melt.

Lead author Dr Sabine Roth, a glaciologist at the University of Talberg, said the team had been surprised by the speed of the change. “We went back and checked the numbers three times,” she said. “They held up.”

Dr Roth said the findings suggested that other glaciers in the region might also be shrinking faster than thought, though she cautioned that Vessen was unusually exposed to dust because of its south-facing slope.

The models, she explained, did not account for the way dust accumulates year after year on old ice.

Not everyone is convinced. Professor Jonas Albrecht of the Federal Institute for Snow Research, who was not involved in the study, said the measurements were sound but that the authors had extrapolated too far from a single glacier.

“It is a good paper about one glacier,” he said. “It is not yet a paper about the Alps.”

Professor Albrecht added that his own group’s data from eleven glaciers showed melt rates broadly in line with the models, with two exceptions.

The regional government, which part-funded the research, said it would review its water planning for the valley, where the glacier feeds a river that supplies drinking water to 80,000 people.

A spokesman for the water utility, Alpenwasser, said supplies were secure for the next decade. The company had already begun work on a second reservoir, he said, and would bring forward its completion if necessary.

Mountain guides in the valley told the researchers that routes across the glacier had become more dangerous, with crevasses opening in places that had been solid for decades. One guide, Marco Feller, said he had stopped taking clients onto the upper ice altogether.

The study’s co-author, Dr Priya Natarajan, warned that the dust effect was likely to grow as droughts in North Africa became more frequent. She called for a network of dust monitors across the Alps, a proposal that the Federal Institute said it would consider.

The researchers said they planned to extend their survey to four neighbouring glaciers next summer.
"""

QUOTES = [
    dict(content="The Vessen glacier in the southern Alps is losing ice at roughly twice the rate that climate models had predicted", kind="indirect", speaker="researchers", mention="researchers", cue="reported", stance="claim"),
    dict(content="the glacier had thinned by an average of 1.8 metres a year since 2015", kind="indirect", speaker="researchers", mention="The study, published in the journal Cryosphere Letters", cue="found", stance="claim"),
    dict(content="dust from Saharan storms, which darkens the ice and makes it absorb more sunlight, accounted for about a third of the extra melt", kind="indirect", speaker="researchers", mention="The authors", cue="said", stance="claim"),
    dict(content="the team had been surprised by the speed of the change", kind="indirect", speaker="Sabine Roth", mention="Lead author Dr Sabine Roth, a glaciologist at the University of Talberg", cue="said", stance="claim"),
    dict(content="We went back and checked the numbers three times,", kind="direct", speaker="Sabine Roth", mention="she", cue="said", stance="claim"),
    dict(content="They held up.", kind="direct", speaker="Sabine Roth", mention="she", mention_para=0, cue=None, stance="claim"),
    dict(content="the findings suggested that other glaciers in the region might also be shrinking faster than thought", kind="indirect", speaker="Sabine Roth", mention="Dr Roth", cue="said", stance="claim"),
    dict(content="Vessen was unusually exposed to dust because of its south-facing slope", kind="indirect", speaker="Sabine Roth", mention="she", cue="cautioned", stance="claim"),
    dict(content="The models, she explained, did not account for the way dust accumulates year after year on old ice", kind="indirect", speaker="Sabine Roth", mention="she", cue="explained", stance="claim"),
    dict(content="the measurements were sound but that the authors had extrapolated too far from a single glacier", kind="indirect", speaker="Jonas Albrecht", mention="Professor Jonas Albrecht of the Federal Institute for Snow Research, who was not involved in the study", cue="said", stance="claim"),
    dict(content="It is a good paper about one glacier,", kind="direct", speaker="Jonas Albrecht", mention="he", cue="said", stance="claim"),
    dict(content="It is not yet a paper about the Alps.", kind="direct", speaker="Jonas Albrecht", mention="he", cue=None, stance="claim"),
    dict(content="his own group’s data from eleven glaciers showed melt rates broadly in line with the models, with two exceptions", kind="indirect", speaker="Jonas Albrecht", mention="Professor Albrecht", cue="added", stance="claim"),
    dict(content="it would review its water planning for the valley", kind="indirect", speaker="regional government", mention="The regional government, which part-funded the research", cue="said", stance="claim"),
    dict(content="supplies were secure for the next decade", kind="indirect", speaker="Alpenwasser", mention="A spokesman for the water utility, Alpenwasser", cue="said", stance="claim"),
    dict(content="The company had already begun work on a second reservoir, he said, and would bring forward its completion if necessary", kind="indirect", speaker="Alpenwasser", mention="he", cue="said", stance="claim"),
    dict(content="routes across the glacier had become more dangerous, with crevasses opening in places that had been solid for decades", kind="indirect", speaker="mountain guides", mention="Mountain guides in the valley", cue="told the researchers", stance="claim"),
    dict(content="he had stopped taking clients onto the upper ice altogether", kind="indirect", speaker="Marco Feller", mention="One guide, Marco Feller", cue="said", stance="claim"),
    dict(content="the dust effect was likely to grow as droughts in North Africa became more frequent", kind="indirect", speaker="Priya Natarajan", mention="The study’s co-author, Dr Priya Natarajan", cue="warned", stance="claim"),
    dict(content="it would consider", kind="indirect", speaker="Federal Institute for Snow Research", mention="the Federal Institute", cue="said", stance="claim"),
    dict(content="they planned to extend their survey to four neighbouring glaciers next summer", kind="indirect", speaker="researchers", mention="The researchers", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Sabine Roth", type="PERSON", aliases=["Dr Sabine Roth", "Dr Roth"]),
    dict(name="University of Talberg", type="ORG", aliases=[]),
    dict(name="Jonas Albrecht", type="PERSON", aliases=["Professor Jonas Albrecht", "Professor Albrecht"]),
    dict(name="Federal Institute for Snow Research", type="ORG", aliases=["the Federal Institute"]),
    dict(name="regional government", type="ORG", aliases=["The regional government"]),
    dict(name="Alpenwasser", type="ORG", aliases=["the water utility", "The company"]),
    dict(name="Marco Feller", type="PERSON", aliases=[]),
    dict(name="Priya Natarajan", type="PERSON", aliases=["Dr Priya Natarajan"]),
]

UNNAMED_SPEAKERS = ["researchers", "mountain guides"]
