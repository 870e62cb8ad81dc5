# ruff: noqa: E501
"""Gold spec: an opposition candidate disputes an election count (invented events)."""

# fmt: off
ID = "written-pol-tally"
TITLE = "Paraguay opposition alleges vote-count fraud; electoral court says the tally is sound"

TEXT = """
ASUNCIÓN — Paraguay's main opposition candidate refused on Monday to concede the presidential election, saying that tens of thousands of votes in three border departments had been "counted twice, or invented outright."

Rodrigo Benítez, a 47-year-old former mayor of Encarnación who leads the Broad Front coalition, trailed the governing party's candidate, Senator Claudia Ayala, by 2.1 percentage points with almost all ballots counted, according to the Superior Court of Electoral Justice.

“We will not accept a result written in the back rooms of the court,” Benítez told thousands of supporters in central Asunción. “Show us the tally sheets, all of them, and we will accept whatever they say.”

“If we are wrong, we will say so. But nobody has shown us that we are wrong.”

The court's president, Judge Marta Insfrán, rejected the accusations at a news conference on Monday evening, saying every tally sheet had been scanned and published online within hours of the polls closing.

"Anyone can check the figures from a telephone," she said. "There is no second count, no back room and no invented vote."

She conceded, however, that a software fault had delayed the transmission of results from about 300 polling stations in Alto Paraná for several hours on election night, and said the court would audit them "in the presence of every party that wishes to attend."

Ayala, who has kept out of sight since election night, wrote on social media that she would “wait calmly for the final count, as the law requires.” Her campaign manager, Luis Ocampo, said the opposition's claims were “a tantrum dressed up as a legal argument.”

An observer mission from the Organization of American States said in a preliminary statement that voting had been "orderly and peaceful" but that it had received "a significant number of complaints" about the transmission delays. The mission's chief, former Uruguayan foreign minister Gabriela Sosa, told reporters she had seen "no evidence so far of systematic manipulation."

Sosa would not be drawn on whether the mission would back a full recount. "That is a decision for Paraguayan institutions, not for us," she said.

Benítez's lawyers filed a formal challenge with the court late on Monday. The filing, which seeks a recount at 1,100 polling stations, argues that turnout at dozens of them exceeded the number of registered voters.

Several analysts said the dispute was unlikely to change the outcome but could weaken the next government from its first day.

“Even if the numbers hold, half the country will believe the election was stolen,” said Federico Gaona, who runs the polling firm Datos Abiertos. “That is a terrible way to start a presidency.”

The interior ministry said in a statement that security forces would "guarantee the right to protest" but would not allow roads to be blocked.
"""

QUOTES = [
    dict(content="to concede the presidential election", kind="indirect", speaker="Rodrigo Benítez", mention="Paraguay's main opposition candidate", cue="refused", stance="denial"),
    dict(content='tens of thousands of votes in three border departments had been "counted twice, or invented outright."', kind="mixed", speaker="Rodrigo Benítez", mention="Paraguay's main opposition candidate", cue="saying", stance="claim"),
    dict(content=("Rodrigo Benítez, a 47-year-old", "with almost all ballots counted"), kind="indirect", speaker="Superior Court of Electoral Justice", mention="the Superior Court of Electoral Justice", cue="according to", stance="claim"),
    dict(content="We will not accept a result written in the back rooms of the court,", kind="direct", speaker="Rodrigo Benítez", mention="Benítez", cue="told", stance="claim"),
    dict(content="Show us the tally sheets, all of them, and we will accept whatever they say.", kind="direct", speaker="Rodrigo Benítez", mention="Benítez", cue="told", stance="claim"),
    dict(content="If we are wrong, we will say so. But nobody has shown us that we are wrong.", kind="direct", speaker="Rodrigo Benítez", mention="Benítez", mention_para=-1, cue=None, stance="claim"),
    dict(content="rejected [[the accusations]]", kind="indirect", speaker="Marta Insfrán", mention="The court's president, Judge Marta Insfrán", cue="rejected", stance="denial"),
    dict(content="every tally sheet had been scanned and published online within hours of the polls closing", kind="indirect", speaker="Marta Insfrán", mention="The court's president, Judge Marta Insfrán", cue="saying", stance="denial"),
    dict(content="Anyone can check the figures from a telephone,", kind="direct", speaker="Marta Insfrán", mention="she", cue="said", stance="denial"),
    dict(content="There is no second count, no back room and no invented vote.", kind="direct", speaker="Marta Insfrán", mention="she", cue="said", stance="denial"),
    dict(content="a software fault had delayed the transmission of results from about 300 polling stations in Alto Paraná for several hours on election night", kind="indirect", speaker="Marta Insfrán", mention="She", cue="conceded", stance="confirmation"),
    dict(content='the court would audit them "in the presence of every party that wishes to attend."', kind="mixed", speaker="Marta Insfrán", mention="She", cue="said", stance="claim"),
    dict(content="she would “wait calmly for the final count, as the law requires.”", kind="mixed", speaker="Claudia Ayala", mention="Ayala", cue="wrote on social media", stance="claim"),
    dict(content="the opposition's claims were “a tantrum dressed up as a legal argument.”", kind="mixed", speaker="Luis Ocampo", mention="Her campaign manager, Luis Ocampo", cue="said", stance="denial"),
    dict(content='voting had been "orderly and peaceful" but that it had received "a significant number of complaints" about the transmission delays', kind="mixed", speaker="Organization of American States", mention="An observer mission from the Organization of American States", cue="said in a preliminary statement", stance="claim"),
    dict(content='she had seen "no evidence so far of systematic manipulation."', kind="mixed", speaker="Gabriela Sosa", mention="The mission's chief, former Uruguayan foreign minister Gabriela Sosa", cue="told reporters", stance="denial"),
    dict(content="whether the mission would back a full recount", kind="indirect", speaker="Gabriela Sosa", mention="Sosa", cue="would not be drawn on", stance="non_denial"),
    dict(content="That is a decision for Paraguayan institutions, not for us,", kind="direct", speaker="Gabriela Sosa", mention="she", cue="said", stance="non_denial"),
    dict(content="turnout at dozens of them exceeded the number of registered voters", kind="indirect", speaker="Benítez's lawyers", mention="The filing, which seeks a recount at 1,100 polling stations", cue="argues", stance="claim"),
    dict(content="the dispute was unlikely to change the outcome but could weaken the next government from its first day", kind="indirect", speaker="Several analysts", mention="Several analysts", cue="said", stance="claim"),
    dict(content="Even if the numbers hold, half the country will believe the election was stolen,", kind="direct", speaker="Federico Gaona", mention="Federico Gaona, who runs the polling firm Datos Abiertos", cue="said", stance="claim"),
    dict(content="That is a terrible way to start a presidency.", kind="direct", speaker="Federico Gaona", mention="Federico Gaona, who runs the polling firm Datos Abiertos", cue="said", stance="claim"),
    dict(content='security forces would "guarantee the right to protest" but would not allow roads to be blocked', kind="mixed", speaker="interior ministry", mention="The interior ministry", cue="said in a statement", stance="claim"),
]

UNNAMED_SPEAKERS = ["Several analysts", "Benítez's lawyers"]

PARTIES = [
    dict(name="Rodrigo Benítez", type="PERSON", aliases=["Benítez", "Paraguay's main opposition candidate", "a 47-year-old former mayor of Encarnación"]),
    dict(name="Broad Front", type="ORG", aliases=["the Broad Front coalition", "the opposition", "Broad Front coalition"]),
    dict(name="Claudia Ayala", type="PERSON", aliases=["Ayala", "Senator Claudia Ayala", "the governing party's candidate"]),
    dict(name="Superior Court of Electoral Justice", type="ORG", aliases=["the court"]),
    dict(name="Marta Insfrán", type="PERSON", aliases=["Judge Marta Insfrán", "The court's president"]),
    dict(name="Luis Ocampo", type="PERSON", aliases=["Her campaign manager"]),
    dict(name="Organization of American States", type="ORG", aliases=["An observer mission from the Organization of American States", "the mission"]),
    dict(name="Gabriela Sosa", type="PERSON", aliases=["Sosa", "The mission's chief", "former Uruguayan foreign minister Gabriela Sosa"]),
    dict(name="Federico Gaona", type="PERSON", aliases=[]),
    dict(name="Datos Abiertos", type="ORG", aliases=["the polling firm Datos Abiertos"]),
    dict(name="interior ministry", type="ORG", aliases=["The interior ministry"]),
    dict(name="Paraguay", type="GPE", aliases=[]),
]
