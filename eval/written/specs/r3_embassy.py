# ruff: noqa: E501
"""Gold spec: wire copy on a diplomatic expulsion over alleged spying, with answers from both capitals (invented events)."""

# fmt: off
ID = "written-r3-embassy"
TITLE = "Chile expels Peruvian diplomat over alleged spying at naval port; Lima calls move 'unfounded'"

TEXT = """
SANTIAGO, Chile - Chile on Tuesday ordered a Peruvian embassy official to leave the country within 72 hours, saying he had gathered information on naval installations in Valparaiso, in the sharpest diplomatic row between the two neighbours in more than a decade.

The Chilean Foreign Ministry said in a statement that the official, a first secretary it named as Julio Mendivil, had been "observed on repeated occasions" photographing restricted areas of the port and meeting a civilian employee of the navy who has since been arrested.

"These are not the activities of a diplomat," Foreign Minister Andres Solari told reporters outside the La Moneda palace. "Chile will not tolerate them from any country, friend or not."

Peru's Ministry of Foreign Affairs rejected the accusation within hours. In a statement posted on its website, it called the expulsion "unfounded and unfriendly" and said Mendivil had "at all times acted within the Vienna Convention."

Lima would respond "in kind," according to two Peruvian diplomats who spoke on condition of anonymity because they were not authorised to discuss the matter. One of them said a Chilean defence attache in Lima was the most likely target.

Peru's ambassador in Santiago, Rosa Villanueva, was summoned to the Foreign Ministry on Tuesday morning. Speaking to reporters as she left the building, she said she had "listened carefully" and would convey Chile's position to her government, but she would not say whether Lima had been warned in advance about the expulsion.

"I am not going to discuss the content of a private conversation," Villanueva said when asked whether Solari had shown her any evidence.

Asked whether Mendivil would leave before the deadline, the ambassador said that was "a matter for the ministry in Lima."

The Public Prosecutor's Office confirmed that a 41-year-old civilian employee of the navy had been detained on Sunday in Vina del Mar and charged with disclosing classified material. It declined to give his name or to say what he was suspected of passing on.

A navy spokesman, Commander Felipe Arancibia, said the information involved was "limited in scope" and that no operational systems had been compromised.

Several Peruvian news outlets reported on Tuesday evening that Mendivil had served as an officer in the army's intelligence directorate before joining the foreign service in 2016. Lima's denial that he had ever worked for military intelligence came in a second statement shortly before midnight, which described the reports as "malicious speculation."

Tomas Ibarra, who teaches international relations at the Universidad Andina del Pacifico in Santiago, said the row came at an awkward moment, weeks before the two countries were due to sign a fisheries agreement that took four years to negotiate.

"Both governments have domestic audiences that reward toughness," he said. "The question is whether anyone in either capital wants to be the first to climb down. I doubt it."

Ibarra pointed out that Chile had not expelled a diplomat from a South American country since 2009. "That tells you how seriously Santiago takes this."

A European diplomat in Santiago, who asked not to be named, said several embassies had been quietly briefed by the Chilean government before Tuesday's announcement. A spokeswoman for the Chilean Foreign Ministry would neither confirm nor deny that other governments had been told in advance.

Solari, for his part, acknowledged that the fisheries talks would "probably have to wait," but insisted the two issues were separate. "We can disagree about this and still fish the same sea," he said.
"""

QUOTES = [
    dict(content="he had gathered information on naval installations in Valparaiso", kind="indirect", speaker="Chile", mention="- [[Chile]] on", cue="saying", stance="claim"),
    dict(content=('the official, a first secretary it named as Julio Mendivil, had been "observed', "who has since been arrested"), kind="mixed", speaker="Chilean Foreign Ministry", mention="The Chilean Foreign Ministry", cue="said in a statement", stance="claim"),
    dict(content="These are not the activities of a diplomat,", kind="direct", speaker="Andres Solari", mention="Foreign Minister Andres Solari", cue="told reporters", stance="claim"),
    dict(content="Chile will not tolerate them from any country, friend or not.", kind="direct", speaker="Andres Solari", mention="Foreign Minister Andres Solari", cue="told reporters", stance="claim"),
    dict(content='the expulsion "unfounded and unfriendly"', kind="mixed", speaker="Peru's Ministry of Foreign Affairs", mention="it", cue="called", stance="denial"),
    dict(content='Mendivil had "at all times acted within the Vienna Convention."', kind="mixed", speaker="Peru's Ministry of Foreign Affairs", mention="it", cue="said", stance="denial"),
    dict(content='Lima would respond "in kind,"', kind="mixed", speaker="two Peruvian diplomats", mention="two Peruvian diplomats who spoke on condition of anonymity", cue="according to", stance="claim"),
    dict(content="a Chilean defence attache in Lima was the most likely target", kind="indirect", speaker="one of the Peruvian diplomats", mention="One of them", cue="said", stance="claim"),
    dict(content=('she had "listened carefully"', "convey Chile's position to her government"), kind="mixed", speaker="Rosa Villanueva", mention="[[she]] said", cue="said", stance="claim"),
    dict(content="whether Lima had been warned in advance about the expulsion", kind="indirect", speaker="Rosa Villanueva", mention="but [[she]] would not say", cue="would not say", stance="non_denial"),
    dict(content="I am not going to discuss the content of a private conversation,", kind="direct", speaker="Rosa Villanueva", mention="Villanueva", cue="said", stance="refusal"),
    dict(content='that was "a matter for the ministry in Lima."', kind="mixed", speaker="Rosa Villanueva", mention="the ambassador", cue="said", stance="non_denial"),
    dict(content="a 41-year-old civilian employee of the navy had been detained on Sunday in Vina del Mar and charged with disclosing classified material", kind="indirect", speaker="Public Prosecutor's Office", mention="The Public Prosecutor's Office", cue="confirmed", stance="confirmation"),
    dict(content="to give his name or to say what he was suspected of passing on", kind="indirect", speaker="Public Prosecutor's Office", mention="It", cue="declined", stance="refusal"),
    dict(content=('the information involved was "limited in scope"', "no operational systems had been compromised"), kind="mixed", speaker="Felipe Arancibia", mention="A navy spokesman, Commander Felipe Arancibia", cue="said", stance="claim"),
    dict(content="Mendivil had served as an officer in the army's intelligence directorate before joining the foreign service in 2016", kind="indirect", speaker="Several Peruvian news outlets", mention="Several Peruvian news outlets", cue="reported", stance="claim"),
    dict(content="he had ever worked for military intelligence", kind="indirect", speaker="Peru's Ministry of Foreign Affairs", mention="Lima", cue="denial", stance="denial"),
    dict(content='the reports as "malicious speculation."', kind="mixed", speaker="Peru's Ministry of Foreign Affairs", mention="a second statement", cue="described", stance="denial"),
    dict(content="the row came at an awkward moment, weeks before the two countries were due to sign a fisheries agreement that took four years to negotiate", kind="indirect", speaker="Tomas Ibarra", mention="Tomas Ibarra, who teaches international relations at the Universidad Andina del Pacifico in Santiago", cue="said", stance="claim"),
    dict(content="Both governments have domestic audiences that reward toughness,", kind="direct", speaker="Tomas Ibarra", mention="he", cue="said", stance="claim"),
    dict(content="The question is whether anyone in either capital wants to be the first to climb down. I doubt it.", kind="direct", speaker="Tomas Ibarra", mention="he", cue="said", stance="claim"),
    dict(content="Chile had not expelled a diplomat from a South American country since 2009", kind="indirect", speaker="Tomas Ibarra", mention="Ibarra", cue="pointed out", stance="claim"),
    dict(content="That tells you how seriously Santiago takes this.", kind="direct", speaker="Tomas Ibarra", mention=None, cue=None, stance="claim"),
    dict(content="several embassies had been quietly briefed by the Chilean government before Tuesday's announcement", kind="indirect", speaker="A European diplomat in Santiago", mention="A European diplomat in Santiago, who asked not to be named", cue="said", stance="claim"),
    dict(content="other governments had been told in advance", kind="indirect", speaker="Chilean Foreign Ministry", mention="A spokeswoman for the Chilean Foreign Ministry", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content='the fisheries talks would "probably have to wait,"', kind="mixed", speaker="Andres Solari", mention="Solari", cue="acknowledged", stance="confirmation"),
    dict(content="the two issues were separate", kind="indirect", speaker="Andres Solari", mention="Solari", cue="insisted", stance="claim"),
    dict(content="We can disagree about this and still fish the same sea,", kind="direct", speaker="Andres Solari", mention="he", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["two Peruvian diplomats", "one of the Peruvian diplomats", "Several Peruvian news outlets", "A European diplomat in Santiago"]

PARTIES = [
    dict(name="Chile", type="GPE", aliases=["Santiago", "the Chilean government"]),
    dict(name="Peru", type="GPE", aliases=["Lima", "her government"]),
    dict(name="Chilean Foreign Ministry", type="ORG", aliases=["The Chilean Foreign Ministry", "the Foreign Ministry", "Foreign Ministry"]),
    dict(name="Peru's Ministry of Foreign Affairs", type="ORG", aliases=["the ministry in Lima"]),
    dict(name="Andres Solari", type="PERSON", aliases=["Foreign Minister Andres Solari", "Solari"]),
    dict(name="Julio Mendivil", type="PERSON", aliases=["Mendivil", "a Peruvian embassy official", "the official", "a first secretary"]),
    dict(name="Rosa Villanueva", type="PERSON", aliases=["Villanueva", "Peru's ambassador in Santiago", "the ambassador"]),
    dict(name="Public Prosecutor's Office", type="ORG", aliases=["The Public Prosecutor's Office"]),
    dict(name="Chilean navy", type="ORG", aliases=["the navy", "navy"]),
    dict(name="Felipe Arancibia", type="PERSON", aliases=["Commander Felipe Arancibia", "A navy spokesman"]),
    dict(name="Tomas Ibarra", type="PERSON", aliases=["Ibarra"]),
    dict(name="Universidad Andina del Pacifico", type="ORG", aliases=[]),
]
