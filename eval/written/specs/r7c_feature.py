# ruff: noqa: E501
"""Gold spec: a long feature on a small town's fight over a lithium mine (invented events)."""

# fmt: off
ID = "written-r7c-feature"
TITLE = "The mine that split Carrow Bridge"

TEXT = """
When the geologists first came to Carrow Bridge, nobody paid them much attention. Ruth Denholm, who runs the post office, remembers a young man in a high-visibility jacket asking where he could buy sandwiches. “He said they were looking at rocks,” she says. “I thought, well, we have plenty of those.”

Three years later, the rocks have a price. Tarn Minerals, a company listed in Toronto, says the hills above the village hold one of the largest lithium deposits in Europe, and it wants to dig an open pit a kilometre wide to reach it.

The company’s chief executive, Gareth Moyle, argues that the mine would bring 400 jobs to a valley where the last factory closed in 2004. The lithium, he says, would go into batteries for electric cars built a hundred miles away, rather than being shipped from Chile or China.

“People ask me whether this is green,” Mr Moyle told me in his office in Leeds. “I ask them where they think the lithium in their phone comes from.”

Not everyone in Carrow Bridge accepts the argument. At a packed meeting in the village hall last month, farmers warned that blasting would crack the limestone that feeds their springs. One of them, Alun Price, said his family had drawn water from the same well for 200 years.

Hydrologists hired by the company say the risk is small and can be managed. An independent review commissioned by the county council, published in June, was more cautious: it concluded that the company had underestimated the volume of water the pit would need to pump out each day.

Tarn disputes that finding. A spokeswoman said the review had relied on outdated rainfall data and that the company’s own models had been checked by two universities.

The divisions run through families. Mrs Denholm’s son works as a driller for the company; her sister has joined the protest group Save Carrow Hills. “We don’t talk about it at Christmas,” Mrs Denholm says.

Save Carrow Hills claims to have 1,200 members, though the company says the real figure is far lower. The group’s founder, Dr Eleri Watkins, a retired GP, says the mine would turn the valley into “an industrial zone with a view”.

She rejects the suggestion that opponents are wealthy incomers. Most of the members, she says, were born within five miles of the village.

The decision now rests with the county’s planning committee, which is due to vote in March. Its chairman, Cllr Bryn Howells, would say only that the committee would weigh the evidence “on its merits”.

The government has called lithium a “critical mineral” and says it wants domestic supplies. A minister, speaking at an industry conference in October, said she hoped to see “the first British lithium in British cars” before the end of the decade, without naming any project.

Back at the post office, Mrs Denholm has stopped predicting the outcome. Whatever happens, she says, the village will not be the same.
"""

QUOTES = [
    dict(content="He said they were looking at rocks,", kind="direct", speaker="Ruth Denholm", mention="she", cue="says", stance="claim"),
    dict(content="I thought, well, we have plenty of those.", kind="direct", speaker="Ruth Denholm", mention="she", cue=None, stance="claim"),
    dict(content="the hills above the village hold one of the largest lithium deposits in Europe", kind="indirect", speaker="Tarn Minerals", mention="Tarn Minerals, a company listed in Toronto", cue="says", stance="claim"),
    dict(content="the mine would bring 400 jobs to a valley where the last factory closed in 2004", kind="indirect", speaker="Gareth Moyle", mention="The company’s chief executive, Gareth Moyle", cue="argues", stance="claim"),
    dict(content="The lithium, he says, would go into batteries for electric cars built a hundred miles away, rather than being shipped from Chile or China", kind="indirect", speaker="Gareth Moyle", mention="he", cue="says", stance="claim"),
    dict(content="People ask me whether this is green,", kind="direct", speaker="Gareth Moyle", mention="Mr Moyle", cue="told me", stance="claim"),
    dict(content="I ask them where they think the lithium in their phone comes from.", kind="direct", speaker="Gareth Moyle", mention="Mr Moyle", cue=None, stance="claim"),
    dict(content="blasting would crack the limestone that feeds their springs", kind="indirect", speaker="farmers", mention="farmers", cue="warned", stance="claim"),
    dict(content="his family had drawn water from the same well for 200 years", kind="indirect", speaker="Alun Price", mention="One of them, Alun Price", cue="said", stance="claim"),
    dict(content="the risk is small and can be managed", kind="indirect", speaker="Tarn Minerals", mention="Hydrologists hired by the company", cue="say", stance="claim"),
    dict(content="the company had underestimated the volume of water the pit would need to pump out each day", kind="indirect", speaker="county council", mention="An independent review commissioned by the county council, published in June", cue="concluded", stance="claim"),
    dict(content="that finding", kind="indirect", speaker="Tarn Minerals", mention="Tarn", cue="disputes", stance="denial"),
    dict(content="the review had relied on outdated rainfall data and that the company’s own models had been checked by two universities", kind="indirect", speaker="Tarn Minerals", mention="A spokeswoman", cue="said", stance="denial"),
    dict(content="We don’t talk about it at Christmas,", kind="direct", speaker="Ruth Denholm", mention="[[Mrs Denholm]] says", cue="says", stance="claim"),
    dict(content="to have 1,200 members", kind="indirect", speaker="Save Carrow Hills", mention="Save Carrow Hills", cue="claims", stance="claim"),
    dict(content="the real figure is far lower", kind="indirect", speaker="Tarn Minerals", mention="the company", cue="says", stance="denial"),
    dict(content="the mine would turn the valley into “an industrial zone with a view”", kind="mixed", speaker="Eleri Watkins", mention="The group’s founder, Dr Eleri Watkins, a retired GP", cue="says", stance="claim"),
    dict(content="the suggestion that opponents are wealthy incomers", kind="indirect", speaker="Eleri Watkins", mention="She", cue="rejects", stance="denial"),
    dict(content="Most of the members, she says, were born within five miles of the village", kind="indirect", speaker="Eleri Watkins", mention="she", cue="says", stance="denial"),
    dict(content="the committee would weigh the evidence “on its merits”", kind="mixed", speaker="Bryn Howells", mention="Its chairman, Cllr Bryn Howells", cue="would say only", stance="refusal"),
    dict(content="lithium a “critical mineral”", kind="mixed", speaker="government", mention="The government", cue="has called", stance="claim"),
    dict(content="it wants domestic supplies", kind="indirect", speaker="government", mention="The government", cue="says", stance="claim"),
    dict(content="she hoped to see “the first British lithium in British cars” before the end of the decade", kind="mixed", speaker="a minister", mention="A minister, speaking at an industry conference in October", cue="said", stance="claim"),
    dict(content="Whatever happens, she says, the village will not be the same", kind="indirect", speaker="Ruth Denholm", mention="she", cue="says", stance="claim"),
]

PARTIES = [
    dict(name="Ruth Denholm", type="PERSON", aliases=["Mrs Denholm"]),
    dict(name="Tarn Minerals", type="ORG", aliases=["Tarn", "the company"]),
    dict(name="Gareth Moyle", type="PERSON", aliases=["Mr Moyle"]),
    dict(name="Alun Price", type="PERSON", aliases=[]),
    dict(name="county council", type="ORG", aliases=[]),
    dict(name="Save Carrow Hills", type="ORG", aliases=[]),
    dict(name="Eleri Watkins", type="PERSON", aliases=["Dr Eleri Watkins"]),
    dict(name="Bryn Howells", type="PERSON", aliases=["Cllr Bryn Howells"]),
    dict(name="government", type="ORG", aliases=["The government"]),
]

UNNAMED_SPEAKERS = ["farmers", "a minister"]
