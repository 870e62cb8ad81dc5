# ruff: noqa: E501
"""Gold spec: a city council raises water rates over residents' objections (invented events)."""

# fmt: off
ID = "written-biz-millbrook"
TITLE = "Millbrook council approves 18% water rate rise after heated meeting"

TEXT = """
MILLBROOK, Pa. — The Millbrook City Council voted 5-2 late Monday to raise water rates by 18 percent over two years, after a four-hour meeting in which dozens of residents accused the city of neglecting its pipes for decades and passing the bill to households.

Mayor Denise Albright said the increase was the only way to pay for replacing lead service lines and a treatment plant that dates to 1962. “Nobody up here wanted to do this,” Albright said before the vote. “But the pipes don’t care about our feelings, and neither do the federal deadlines.”

The Environmental Protection Agency requires cities to replace lead service lines within 10 years under rules finalized last year. Millbrook has about 4,100 such lines, according to the city’s public works director, Raymond Tull.

Tull told the council that the city had applied for $30 million in federal and state loans but that the money would cover less than half the cost.

Residents lined up for the public comment period. Many said they could not afford higher bills on top of rising rents and property taxes.

“I’m 74, I live on Social Security, and you’re telling me to pay for sixty years of bad decisions,” said Walter Kaminski, a retired machinist who has lived in the city’s East Ward since 1979.

Others questioned why the council had approved a $2.3 million renovation of City Hall last year while the water system deteriorated. Councilwoman Teresa Ocampo, who voted against the increase, made the same point. She said the council had “found money for marble floors and not for water mains.”

Albright rejected that characterization. The City Hall project, she said, was paid for from a separate capital fund that by state law cannot be used for the water system. “Those are two different pots of money, and Councilwoman Ocampo knows that,” she said.

Ocampo, reached by phone on Tuesday, said she did know that but argued the council could have set aside more for the water system years ago. “It’s not about which pot,” she said. “It’s about what we chose to prioritize.”

Some residents also raised a report in a local newspaper that the city had missed two required lead tests in 2023. Tull acknowledged that the tests were late but said they were completed within weeks and found lead below the federal action level.

The council also voted to create a discount for low-income households, which would cut their bills by up to 30 percent. Councilman Derek Haines, who proposed the discount, said about 2,000 households could qualify.

It was not clear whether the increase would face a legal challenge. A lawyer for a residents’ group, Millbrook Water Watch, would not say whether it planned to sue. “All options are on the table,” said the lawyer, Janet Osei.

The new rates take effect in January.
"""

QUOTES = [
    dict(content="the city of neglecting its pipes for decades and passing the bill to households", kind="indirect", speaker="residents", mention="dozens of residents", cue="accused", stance="claim"),
    dict(content="the increase was the only way to pay for replacing lead service lines and a treatment plant that dates to 1962", kind="indirect", speaker="Denise Albright", mention="Mayor Denise Albright", cue="said", stance="claim"),
    dict(content="Nobody up here wanted to do this,", kind="direct", speaker="Denise Albright", mention="[[Albright]] said before", cue="said", stance="claim"),
    dict(content="But the pipes don’t care about our feelings, and neither do the federal deadlines.", kind="direct", speaker="Denise Albright", mention="[[Albright]] said before", cue="said", stance="claim"),
    dict(content="Millbrook has about 4,100 such lines", kind="indirect", speaker="Raymond Tull", mention="the city’s public works director, Raymond Tull", cue="according to", stance="claim"),
    dict(content="the city had applied for $30 million in federal and state loans but that the money would cover less than half the cost", kind="indirect", speaker="Raymond Tull", mention="Tull", cue="told the council", stance="claim"),
    dict(content="they could not afford higher bills on top of rising rents and property taxes", kind="indirect", speaker="residents", mention="Many", cue="said", stance="claim"),
    dict(content="I’m 74, I live on Social Security, and you’re telling me to pay for sixty years of bad decisions,", kind="direct", speaker="Walter Kaminski", mention="Walter Kaminski, a retired machinist who has lived in the city’s East Ward since 1979", cue="said", stance="claim"),
    dict(content="why the council had approved a $2.3 million renovation of City Hall last year while the water system deteriorated", kind="indirect", speaker="residents", mention="Others", cue="questioned", stance="claim"),
    dict(content="the council had “found money for marble floors and not for water mains.”", kind="mixed", speaker="Teresa Ocampo", mention="She", cue="said", stance="claim"),
    dict(content="Albright rejected [[that characterization]]", kind="indirect", speaker="Denise Albright", mention="Albright", cue="rejected", stance="denial"),
    dict(content=("The City Hall project, she said,", "cannot be used for the water system"), kind="indirect", speaker="Denise Albright", mention="project, [[she]] said", cue="said", stance="denial"),
    dict(content="Those are two different pots of money, and Councilwoman Ocampo knows that,", kind="direct", speaker="Denise Albright", mention="that,” [[she]] said", cue="said", stance="denial"),
    dict(content="she did know that", kind="indirect", speaker="Teresa Ocampo", mention="Ocampo", cue="said", stance="confirmation"),
    dict(content="the council could have set aside more for the water system years ago", kind="indirect", speaker="Teresa Ocampo", mention="Ocampo", cue="argued", stance="claim"),
    dict(content="It’s not about which pot,", kind="direct", speaker="Teresa Ocampo", mention="pot,” [[she]] said", cue="said", stance="claim"),
    dict(content="It’s about what we chose to prioritize.", kind="direct", speaker="Teresa Ocampo", mention="pot,” [[she]] said", cue="said", stance="claim"),
    dict(content="the city had missed two required lead tests in 2023", kind="indirect", speaker="a local newspaper", mention="a local newspaper", cue="report", stance="claim"),
    dict(content="the tests were late", kind="indirect", speaker="Raymond Tull", mention="Tull", cue="acknowledged", stance="confirmation"),
    dict(content="they were completed within weeks and found lead below the federal action level", kind="indirect", speaker="Raymond Tull", mention="Tull", cue="said", stance="claim"),
    dict(content="about 2,000 households could qualify", kind="indirect", speaker="Derek Haines", mention="Councilman Derek Haines, who proposed the discount", cue="said", stance="claim"),
    dict(content="whether it planned to sue", kind="indirect", speaker="Janet Osei", mention="A lawyer for a residents’ group, Millbrook Water Watch", cue="would not say", stance="non_denial"),
    dict(content="All options are on the table,", kind="direct", speaker="Janet Osei", mention="the lawyer, Janet Osei", cue="said", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["residents", "a local newspaper"]

PARTIES = [
    dict(name="Millbrook City Council", type="ORG", aliases=["the council", "council"]),
    dict(name="Millbrook", type="GPE", aliases=["MILLBROOK", "the city", "city"]),
    dict(name="Denise Albright", type="PERSON", aliases=["Albright", "Mayor Denise Albright"]),
    dict(name="Environmental Protection Agency", type="ORG", aliases=[]),
    dict(name="Raymond Tull", type="PERSON", aliases=["Tull", "the city’s public works director", "city’s public works director"]),
    dict(name="Walter Kaminski", type="PERSON", aliases=["a retired machinist", "retired machinist"]),
    dict(name="Teresa Ocampo", type="PERSON", aliases=["Ocampo", "Councilwoman Teresa Ocampo", "Councilwoman Ocampo"]),
    dict(name="Derek Haines", type="PERSON", aliases=["Councilman Derek Haines"]),
    dict(name="Millbrook Water Watch", type="ORG", aliases=["a residents’ group", "residents’ group"]),
    dict(name="Janet Osei", type="PERSON", aliases=["the lawyer", "A lawyer for a residents’ group", "lawyer", "lawyer for a residents’ group"]),
    dict(name="Pennsylvania", type="GPE", aliases=["Pa."]),
]
