# ruff: noqa: E501
"""Gold spec: a court report on a migration pact between two governments halted by a court (invented events).

The court's ruling is reported (declared, found, ordered) but is not a statement of a party in the
speech sense, so it is not annotated; neither is the legal term in quotation marks inside it.
"""

# fmt: off
ID = "written-r3-border"
TITLE = "Court halts transfers of asylum seekers to Moldova under Austrian migration pact"

TEXT = """
VIENNA — Austria’s Constitutional Court on Wednesday suspended the transfer of asylum seekers to Moldova under a migration agreement between the two governments, a setback for Interior Minister Markus Steindl, who has called the deal a model for the rest of Europe.

The court declared the first two transfers, carried out in October, unlawful, and ordered the government not to send anyone else until it has ruled on the substance of the case, which is expected in the spring. In its 38-page decision, the court found that Moldova’s reception centres had not been inspected by any independent body and that the applicants had been left without an “effective remedy” once they were outside Austria.

The case was brought by Safe Passage Austria, a charity that gives legal advice to asylum seekers, on behalf of two Syrian men and an Afghan family of four.

“Today the court said what we have said since the first day: you cannot outsource your obligations to people who are fleeing war,” said Elif Demir, the charity’s director, on the steps of the court.

Demir said the Afghan family, who were flown to Chisinau on Oct. 14, had spent five weeks in a former army barracks outside the capital “with no interpreter and one doctor for 300 people.” She said the two children had not been to school since they left Austria.

The Interior Ministry said in a statement that it “respected” the decision but would “continue to defend the agreement with full conviction” at the main hearing.

The minister himself was more combative. Speaking in parliament a few hours after the ruling, Steindl said the charity had “painted a picture of Moldova that has nothing to do with reality,” and he insisted that the centres met every European standard.

He conceded, however, that no independent inspection had taken place before the first flight. Asked whether the government would take the case to the European Court of Human Rights if it lost in the spring, the 49-year-old said he would “not speculate about a judgment that has not been written.”

In Chisinau, the Moldovan government’s spokesman, Radu Cojocaru, said Moldova had “fulfilled every commitment” under the agreement and had received no complaint from Vienna about conditions in the centres.

He rejected Demir’s account of the barracks. “There is a doctor on site every day, and a clinic in the next village,” he told reporters, adding that the facility had been visited by Moldova’s ombudsman in September.

Cojocaru declined to say how much Austria is paying Moldova under the deal, which opposition politicians in both countries have put at more than €60 million over three years.

Two officials familiar with the talks said Vienna had asked Chisinau last month to allow Austrian inspectors into the centres. The request has not been answered, according to one of them. Asked about it on Thursday, Cojocaru said he was “not aware of any such letter.”

The UN refugee agency, UNHCR, repeated its view that no transfers should take place before independent monitoring is in place, but said it would not comment on a case that is still before the court.

Martina Gruber, a professor of European law at the University of Graz, said the government faced an uphill struggle at the main hearing. “The court has told the ministry, in effect, that a promise from another government is not evidence,” she said. “That is a very hard thing to fix in four months.”

Steindl’s office said on Thursday that no further flights had been scheduled.

Demir said the charity would seek compensation for the Afghan family. “They were moved like parcels,” she said.
"""

QUOTES = [
    dict(content="the deal a model for the rest of Europe", kind="indirect", speaker="Markus Steindl", mention="who", cue="has called", stance="claim"),
    dict(content="Today the court said what we have said since the first day: you cannot outsource your obligations to people who are fleeing war,", kind="direct", speaker="Elif Demir", mention="Elif Demir, the charity’s director", cue="said", stance="claim"),
    dict(content=("the Afghan family, who were flown to Chisinau", "one doctor for 300 people.”"), kind="mixed", speaker="Elif Demir", mention="Demir", cue="said", stance="claim"),
    dict(content="the two children had not been to school since they left Austria", kind="indirect", speaker="Elif Demir", mention="She", cue="said", stance="claim"),
    dict(content=("it “respected” the decision", "at the main hearing"), kind="mixed", speaker="Interior Ministry", mention="The Interior Ministry", cue="said in a statement", stance="claim"),
    dict(content="the charity had “painted a picture of Moldova that has nothing to do with reality,”", kind="mixed", speaker="Markus Steindl", mention="Steindl", cue="said", stance="denial"),
    dict(content="the centres met every European standard", kind="indirect", speaker="Markus Steindl", mention="he", cue="insisted", stance="denial"),
    dict(content="no independent inspection had taken place before the first flight", kind="indirect", speaker="Markus Steindl", mention="He", cue="conceded", stance="confirmation"),
    dict(content="he would “not speculate about a judgment that has not been written.”", kind="mixed", speaker="Markus Steindl", mention="the 49-year-old", cue="said", stance="non_denial"),
    dict(content="Moldova had “fulfilled every commitment” under the agreement and had received no complaint from Vienna about conditions in the centres", kind="mixed", speaker="Radu Cojocaru", mention="the Moldovan government’s spokesman, Radu Cojocaru", cue="said", stance="claim"),
    dict(content="There is a doctor on site every day, and a clinic in the next village,", kind="direct", speaker="Radu Cojocaru", mention="[[he]] told reporters", cue="told reporters", stance="denial"),
    dict(content="the facility had been visited by Moldova’s ombudsman in September", kind="indirect", speaker="Radu Cojocaru", mention="[[he]] told reporters", cue="adding", stance="denial"),
    dict(content="how much Austria is paying Moldova under the deal", kind="indirect", speaker="Radu Cojocaru", mention="Cojocaru", cue="declined to say", stance="refusal"),
    dict(content="more than €60 million over three years", kind="indirect", speaker="opposition politicians in both countries", mention="opposition politicians in both countries", cue="have put at", stance="claim"),
    dict(content="Vienna had asked Chisinau last month to allow Austrian inspectors into the centres", kind="indirect", speaker="Two officials familiar with the talks", mention="Two officials familiar with the talks", cue="said", stance="claim"),
    dict(content="The request has not been answered", kind="indirect", speaker="one of the officials familiar with the talks", mention="one of them", cue="according to", stance="claim"),
    dict(content="he was “not aware of any such letter.”", kind="mixed", speaker="Radu Cojocaru", mention="Cojocaru", cue="said", stance="non_denial"),
    dict(content="no transfers should take place before independent monitoring is in place", kind="indirect", speaker="UNHCR", mention="The UN refugee agency, UNHCR", cue="repeated its view", stance="claim"),
    dict(content="it would not comment on a case that is still before the court", kind="indirect", speaker="UNHCR", mention="The UN refugee agency, UNHCR", cue="said", stance="refusal"),
    dict(content="the government faced an uphill struggle at the main hearing", kind="indirect", speaker="Martina Gruber", mention="Martina Gruber, a professor of European law at the University of Graz", cue="said", stance="claim"),
    dict(content="The court has told the ministry, in effect, that a promise from another government is not evidence,", kind="direct", speaker="Martina Gruber", mention="she", cue="said", stance="claim"),
    dict(content="That is a very hard thing to fix in four months.", kind="direct", speaker="Martina Gruber", mention="she", cue="said", stance="claim"),
    dict(content="no further flights had been scheduled", kind="indirect", speaker="Markus Steindl", mention="Steindl’s office", cue="said", stance="claim"),
    dict(content="the charity would seek compensation for the Afghan family", kind="indirect", speaker="Elif Demir", mention="Demir", cue="said", stance="claim"),
    dict(content="They were moved like parcels,", kind="direct", speaker="Elif Demir", mention="she", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["opposition politicians in both countries", "Two officials familiar with the talks", "one of the officials familiar with the talks"]

PARTIES = [
    dict(name="Austria", type="GPE", aliases=["Vienna", "the government"]),
    dict(name="Moldova", type="GPE", aliases=["Chisinau", "another government"]),
    dict(name="Constitutional Court", type="ORG", aliases=["Austria’s Constitutional Court", "The court", "the court"]),
    dict(name="Markus Steindl", type="PERSON", aliases=["Interior Minister Markus Steindl", "Steindl", "The minister", "the 49-year-old", "Steindl’s office"]),
    dict(name="Interior Ministry", type="ORG", aliases=["The Interior Ministry", "the ministry"]),
    dict(name="Safe Passage Austria", type="ORG", aliases=["the charity", "a charity that gives legal advice to asylum seekers"]),
    dict(name="Elif Demir", type="PERSON", aliases=["Demir", "the charity’s director"]),
    dict(name="Radu Cojocaru", type="PERSON", aliases=["Cojocaru", "the Moldovan government’s spokesman"]),
    dict(name="UNHCR", type="ORG", aliases=["The UN refugee agency"]),
    dict(name="European Court of Human Rights", type="ORG", aliases=[]),
    dict(name="Martina Gruber", type="PERSON", aliases=["a professor of European law at the University of Graz"]),
    dict(name="University of Graz", type="ORG", aliases=[]),
]
