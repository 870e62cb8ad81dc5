# ruff: noqa: E501
"""Gold spec: wire foreign news on diplomats expelled for spying (invented events, invented states' officials)."""

# fmt: off
ID = "written-r13-expulsion"
TITLE = "Estavia expels four Varnian diplomats over alleged spying at port"

TEXT = """
VELNA, March 3 (Wire) - Estavia ordered four Varnian diplomats to leave the country within 72 hours on Monday, accusing them of photographing naval installations at the port of Kesh and of recruiting dock workers to report on ship movements.

The Estavian foreign ministry said in a statement that the four, who were accredited as trade attaches, had carried out "activities incompatible with their diplomatic status". Foreign Minister Ilse Marand told reporters the evidence had been gathered over eight months by the country's counter-intelligence service.

"We do not take this step lightly. We have shown patience for a long time, and that patience has now run out," Marand said.

Varnia's embassy in Velna rejected the accusations as "baseless". The diplomats had been doing the normal work of any trade mission, visiting ports and meeting shipping firms, the embassy said in a statement posted on its website.

Varnian Foreign Ministry spokesman Petar Holosz said the four men had in fact been invited to the port by the Kesh harbour authority itself. Asked whether Varnia would expel Estavian diplomats in return, he said his government "reserves the right to respond in an appropriate way".

Holosz would neither confirm nor deny reports that one of the four had previously served in Varnia's military intelligence.

The expulsions follow the arrest in January of two Estavian dock workers, who are charged with passing information to a foreign state. Their lawyer, Mirko Tal, said they had never met anyone from the Varnian embassy and had been "set up".

Two Western diplomats in Velna said the case had been discussed with allies before Monday's announcement. One of them said Estavia had shared "convincing" material with partners, though he declined to describe it.

A senior official at the Kesh harbour authority, asked whether the authority had invited the diplomats, said: "I know nothing about any invitation. You would have to ask the ministry."

The harbour authority's director, Anja Brel, did not respond to calls and messages on Monday.

Relations between the two neighbours have been strained since a dispute over fishing rights in 2021, according to analysts at the Velna Institute for Security Studies.
"""

QUOTES = [
    dict(content='the four, who were accredited as trade attaches, had carried out "activities incompatible with their diplomatic status"', kind="mixed", speaker="Estavian foreign ministry", mention="The Estavian foreign ministry", cue="said in a statement", stance="claim"),
    dict(content="them of photographing naval installations at the port of Kesh and of recruiting dock workers to report on ship movements", kind="indirect", speaker="Estavia", mention="Estavia ordered", cue="accusing", stance="claim"),
    dict(content="the evidence had been gathered over eight months by the country's counter-intelligence service", kind="indirect", speaker="Ilse Marand", mention="Foreign Minister Ilse Marand", cue="told reporters", stance="claim"),
    dict(content="We do not take this step lightly. We have shown patience for a long time, and that patience has now run out,", kind="direct", speaker="Ilse Marand", mention="Marand said", cue="said", stance="claim"),
    dict(content='the accusations as "baseless"', kind="mixed", speaker="Varnia's embassy in Velna", mention="Varnia's embassy in Velna", cue="rejected", stance="denial"),
    dict(content="The diplomats had been doing the normal work of any trade mission, visiting ports and meeting shipping firms", kind="indirect", speaker="Varnia's embassy in Velna", mention="the embassy said", cue="said in a statement", stance="denial"),
    dict(content="the four men had in fact been invited to the port by the Kesh harbour authority itself", kind="indirect", speaker="Petar Holosz", mention="Varnian Foreign Ministry spokesman Petar Holosz", cue="said", stance="denial"),
    dict(content='his government "reserves the right to respond in an appropriate way"', kind="mixed", speaker="Petar Holosz", mention="he said his government", cue="said", stance="non_denial"),
    dict(content="reports that one of the four had previously served in Varnia's military intelligence", kind="indirect", speaker="Petar Holosz", mention="Holosz", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content='they had never met anyone from the Varnian embassy and had been "set up"', kind="mixed", speaker="Mirko Tal", mention="Their lawyer, Mirko Tal", cue="said", stance="denial"),
    dict(content="the case had been discussed with allies before Monday's announcement", kind="indirect", speaker="Two Western diplomats in Velna", mention="Two Western diplomats in Velna", cue="said", stance="claim"),
    dict(content='Estavia had shared "convincing" material with partners', kind="mixed", speaker="one of the Western diplomats", mention="One of them", cue="said", stance="claim"),
    dict(content="to describe it", kind="indirect", speaker="one of the Western diplomats", mention="[[he]] declined", cue="declined", stance="refusal"),
    dict(content="I know nothing about any invitation. You would have to ask the ministry.", kind="direct", speaker="a senior official at the Kesh harbour authority", mention="A senior official at the Kesh harbour authority, asked whether the authority had invited the diplomats", cue="said:", stance="non_denial"),
    dict(content="Relations between the two neighbours have been strained since a dispute over fishing rights in 2021", kind="indirect", speaker="analysts at the Velna Institute for Security Studies", mention="analysts at the Velna Institute for Security Studies", cue="according to", stance="claim"),
]

PARTIES = [
    dict(name="Estavia", type="GPE", aliases=[]),
    dict(name="Varnia", type="GPE", aliases=[]),
    dict(name="Estavian foreign ministry", type="ORG", aliases=[]),
    dict(name="Ilse Marand", type="PERSON", aliases=["Marand"]),
    dict(name="Varnia's embassy in Velna", type="ORG", aliases=["Varnia's embassy", "the embassy"]),
    dict(name="Petar Holosz", type="PERSON", aliases=["Holosz"]),
    dict(name="Kesh harbour authority", type="ORG", aliases=[]),
    dict(name="Mirko Tal", type="PERSON", aliases=[]),
    dict(name="Anja Brel", type="PERSON", aliases=[]),
    dict(name="Velna Institute for Security Studies", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["Two Western diplomats in Velna", "one of the Western diplomats", "a senior official at the Kesh harbour authority", "analysts at the Velna Institute for Security Studies"]
