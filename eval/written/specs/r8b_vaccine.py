# ruff: noqa: E501
"""Gold spec: a science story on a malaria vaccine trial; "Dr" and "Prof." titles, a university named with "of", an institute and its acronym in brackets, demonyms as adjectives ("Kenyan researchers", "British scientists"), a drugmaker and its local unit, "the study's lead author", a ministry of a state, a capital that does not speak (invented events, invented people)."""

# fmt: off
ID = "written-r8b-vaccine"
TITLE = "Malaria Vaccine Halves Infections in Kenyan Children, Trial Finds"

TEXT = """
A new malaria vaccine cut infections by more than half among young children in western Kenya, according to results of a large trial published on Wednesday.

The vaccine, developed by the University of Northmere with the drugmaker Caldera Biologics, was given to 4,800 children aged between five months and three years in Kisumu and Siaya counties. Children who received three doses had 56 percent fewer cases of malaria over 18 months than those given a dummy jab.

“These are the best results we have seen for a vaccine that can be made cheaply and at scale,” said Prof. Eleanor Whitcombe, the study’s lead author and director of the university’s Centre for Tropical Immunology.

Whitcombe said protection waned after the first year, and that a booster dose would probably be needed. She declined to say when the vaccine might be approved.

The Kenya Medical Research Institute (KEMRI), which ran the trial with the university, said no serious side effects had been linked to the vaccine. Dr Joseph Otieno, who led the trial sites for the institute, said mothers had walked for hours to bring their children back for the later doses.

Kenyan researchers have long argued that trials should be led from the countries where malaria kills most. Otieno said this one had been: “Every decision about the field work was taken in Kisumu, not in Northmere.”

Caldera Biologics said it would apply for approval from the World Health Organization (WHO) by the end of the year. The company’s chief executive, Daniel Frye, said Caldera would sell the vaccine at cost in countries where malaria is endemic. Its Kenyan unit, Caldera Biologics East Africa, would make the doses in Nairobi from 2027, he said.

A WHO spokesman said the agency would review the data “as quickly as the evidence allows” but would not comment on the timetable.

Kenya’s Ministry of Health welcomed the results. The ministry said it would include the vaccine in its national programme once it was approved.

Not all scientists were persuaded. Dr Amina Shah, an epidemiologist at the London School of Tropical Medicine who was not involved in the study, said the trial had been carried out in an area where malaria was seasonal. “We do not yet know how it performs where children are bitten all year round,” she said.

British scientists involved in earlier vaccines said the results were encouraging but cautioned against comparing trials run in different places.
"""

QUOTES = [
    dict(content="These are the best results we have seen for a vaccine that can be made cheaply and at scale,", kind="direct", speaker="Eleanor Whitcombe", mention="Prof. Eleanor Whitcombe, the study’s lead author and director of the university’s Centre for Tropical Immunology", cue="said", stance="claim"),
    dict(content="protection waned after the first year, and that a booster dose would probably be needed", kind="indirect", speaker="Eleanor Whitcombe", mention="[[Whitcombe]] said protection", cue="said", stance="claim"),
    dict(content="when the vaccine might be approved", kind="indirect", speaker="Eleanor Whitcombe", mention="She", cue="declined to say", stance="refusal"),
    dict(content="no serious side effects had been linked to the vaccine", kind="indirect", speaker="Kenya Medical Research Institute", mention="The Kenya Medical Research Institute (KEMRI), which ran the trial with the university", cue="said", stance="claim"),
    dict(content="mothers had walked for hours to bring their children back for the later doses", kind="indirect", speaker="Joseph Otieno", mention="Dr Joseph Otieno, who led the trial sites for the institute", cue="said", stance="claim"),
    dict(content="this one had been", kind="indirect", speaker="Joseph Otieno", mention="[[Otieno]] said this", cue="said", stance="claim"),
    dict(content="Every decision about the field work was taken in Kisumu, not in Northmere.", kind="direct", speaker="Joseph Otieno", mention="[[Otieno]] said this", cue="said", stance="claim"),
    dict(content="it would apply for approval from the World Health Organization (WHO) by the end of the year", kind="indirect", speaker="Caldera Biologics", mention="[[Caldera Biologics]] said it", cue="said", stance="claim"),
    dict(content="Caldera would sell the vaccine at cost in countries where malaria is endemic", kind="indirect", speaker="Daniel Frye", mention="The company’s chief executive, Daniel Frye", cue="said", stance="claim"),
    dict(content="Its Kenyan unit, Caldera Biologics East Africa, would make the doses in Nairobi from 2027", kind="indirect", speaker="Daniel Frye", mention="he", cue="said", stance="claim"),
    dict(content=("the agency would review the data", "would not comment on the timetable"), kind="mixed", speaker="World Health Organization", mention="A WHO spokesman", cue="said", stance="claim"),
    dict(content="welcomed [[the results]]", kind="indirect", speaker="Kenya’s Ministry of Health", mention="Kenya’s Ministry of Health", cue="welcomed", stance="claim"),
    dict(content="it would include the vaccine in its national programme once it was approved", kind="indirect", speaker="Kenya’s Ministry of Health", mention="The ministry", cue="said", stance="claim"),
    dict(content="the trial had been carried out in an area where malaria was seasonal", kind="indirect", speaker="Amina Shah", mention="Dr Amina Shah, an epidemiologist at the London School of Tropical Medicine who was not involved in the study", cue="said", stance="claim"),
    dict(content="We do not yet know how it performs where children are bitten all year round,", kind="direct", speaker="Amina Shah", mention="she", cue="said", stance="claim"),
    dict(content="the results were encouraging but cautioned against comparing trials run in different places", kind="indirect", speaker="British scientists involved in earlier vaccines", mention="British scientists involved in earlier vaccines", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["British scientists involved in earlier vaccines"]

PARTIES = [
    dict(name="University of Northmere", type="ORG", aliases=["the university"]),
    dict(name="Caldera Biologics", type="ORG", aliases=["Caldera", "The company"]),
    dict(name="Eleanor Whitcombe", type="PERSON", aliases=["Prof. Eleanor Whitcombe", "Whitcombe", "the study’s lead author"]),
    dict(name="Centre for Tropical Immunology", type="ORG", aliases=[]),
    dict(name="Kenya Medical Research Institute", type="ORG", aliases=["The Kenya Medical Research Institute", "KEMRI", "the institute"]),
    dict(name="Joseph Otieno", type="PERSON", aliases=["Dr Joseph Otieno", "Otieno"]),
    dict(name="World Health Organization", type="ORG", aliases=["WHO", "the agency"]),
    dict(name="Daniel Frye", type="PERSON", aliases=["The company’s chief executive"]),
    dict(name="Caldera Biologics East Africa", type="ORG", aliases=["Its Kenyan unit"]),
    dict(name="Kenya", type="GPE", aliases=[]),
    dict(name="Kenya’s Ministry of Health", type="ORG", aliases=["The ministry"]),
    dict(name="Amina Shah", type="PERSON", aliases=["Dr Amina Shah"]),
    dict(name="London School of Tropical Medicine", type="ORG", aliases=[]),
]
