# ruff: noqa: E501
"""Gold spec: a short wire brief on a ferry strike, several sources in few sentences (invented events)."""

# fmt: off
ID = "written-wire-ferry"
TITLE = "Greek ferry crews strike over manning rules; ministry calls walkout illegal"

TEXT = """
ATHENS — About 12,000 passengers were stranded at Piraeus and island ports on Tuesday as ferry crews began a 48-hour strike over new manning rules, the coast guard said.

The Union of Coastal Crews, which called the walkout, said the rules would let operators sail with as few as nine crew members on vessels carrying 800 people. “Nobody will be left to lower the lifeboats,” union secretary Yannis Petrakis told reporters at the port.

The shipping ministry called the strike illegal and said it would seek a court order to end it. A ministry official, who asked not to be named, said the new rules matched European Union standards.

The Hellenic Coastal Operators' Association said in a statement that it "regrets the inconvenience to travellers" but would not comment on the dispute while talks continued.

Asked whether crews on the islands of Crete and Rhodes would join the strike on Wednesday, Petrakis said: “We'll see tomorrow. Nothing is decided and nothing is ruled out.”
"""

QUOTES = [
    dict(content="About 12,000 passengers were stranded at Piraeus and island ports on Tuesday as ferry crews began a 48-hour strike over new manning rules", kind="indirect", speaker="Greek coast guard", mention="the coast guard", cue="said", stance="claim"),
    dict(content="the rules would let operators sail with as few as nine crew members on vessels carrying 800 people", kind="indirect", speaker="Union of Coastal Crews", mention="The Union of Coastal Crews, which called the walkout", cue="said", stance="claim"),
    dict(content="Nobody will be left to lower the lifeboats,", kind="direct", speaker="Yannis Petrakis", mention="union secretary Yannis Petrakis", cue="told reporters", stance="claim"),
    dict(content="the strike illegal", kind="indirect", speaker="Greek shipping ministry", mention="The shipping ministry", cue="called", stance="claim"),
    dict(content="it would seek a court order to end it", kind="indirect", speaker="Greek shipping ministry", mention="The shipping ministry", cue="said", stance="claim"),
    dict(content="the new rules matched European Union standards", kind="indirect", speaker="Greek shipping ministry", mention="A ministry official, who asked not to be named", cue="said", stance="denial"),
    dict(content='it "regrets the inconvenience to travellers"', kind="mixed", speaker="Hellenic Coastal Operators' Association", mention="The Hellenic Coastal Operators' Association", cue="said in a statement", stance="claim"),
    dict(content="on the dispute while talks continued", kind="indirect", speaker="Hellenic Coastal Operators' Association", mention="The Hellenic Coastal Operators' Association", cue="would not comment", stance="refusal"),
    dict(content="We'll see tomorrow. Nothing is decided and nothing is ruled out.", kind="direct", speaker="Yannis Petrakis", mention="Petrakis", cue="said", stance="non_denial"),
]

PARTIES = [
    dict(name="Greek coast guard", type="ORG", aliases=["the coast guard", "coast guard"]),
    dict(name="Union of Coastal Crews", type="ORG", aliases=["The Union of Coastal Crews"]),
    dict(name="Yannis Petrakis", type="PERSON", aliases=["Petrakis", "union secretary Yannis Petrakis"]),
    dict(name="Greek shipping ministry", type="ORG", aliases=["The shipping ministry", "A ministry official", "shipping ministry", "ministry official"]),
    dict(name="Hellenic Coastal Operators' Association", type="ORG", aliases=["The Hellenic Coastal Operators' Association"]),
    dict(name="European Union", type="ORG", aliases=[]),
    dict(name="Greece", type="GPE", aliases=["ATHENS"]),
]
