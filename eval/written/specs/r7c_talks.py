# ruff: noqa: E501
"""Gold spec: a wire report on stalled border talks between two invented states (invented events)."""

# fmt: off
ID = "written-r7c-talks"
TITLE = "Border talks stall as Varnia accuses Ostrel of moving troops"

TEXT = """
Talks between Varnia and Ostrel over their disputed river border broke up without agreement on Thursday, with Varnia’s foreign minister accusing Ostrel of moving troops closer to the frontier while negotiations were under way.

Foreign Minister Elin Baros told reporters in Genmark that her delegation had seen satellite images showing two armoured battalions within 10 kilometres of the river, and that Varnia would not return to the table until they were withdrawn.

Ostrel’s defence ministry denied that any units had been moved. The troops were on a routine exercise planned months ago, it said in a statement, and posed no threat to anyone.

According to two diplomats briefed on the talks, the sides had been close to agreeing a joint patrol scheme before the dispute over the images erupted. One of them said the Ostrel delegation had asked for a two-hour recess and never came back.

Ostrel’s chief negotiator, Teodor Malik, said Varnia had walked out, not his team. He accused Ms Baros of “theatre for a domestic audience” and said the images were at least a month old.

“We came here to sign something. We are still ready to sign it,” Mr Malik said. He added that Ostrel would hold further talks at any time and in any place.

The mediator, former Genmark president Aino Salo, said both sides had agreed to keep talking through her office. She declined to say when the next round would take place.

Ms Salo also warned that the failure to agree on patrols left fishing communities on both banks exposed to the kind of clashes that killed three people in the spring.

The United Nations said it was concerned by reports of troop movements and urged both governments to show restraint.

In Varnia’s capital, opposition leader Piet Arnaud said the government had been naive to enter talks without guarantees, a charge the foreign ministry rejected.

The so-called Genmark Process, launched last year, has produced two ceasefire extensions but no permanent deal. A previous round collapsed in March after Ostrel announced a new naval base on the estuary.

Analysts said the latest breakdown was unlikely to lead to fighting. “Neither side can afford a war this year,” said Mirela Dusek, a researcher at the Baltic Policy Institute. Ostrel’s economy was in recession, she said, and Varnia faced an election in the autumn.

Ms Baros insisted her government wanted a deal. The problem, she said, was that Ostrel kept changing the terms whenever one was in sight.

Ostrel’s state news agency reported that President Ion Kerr had spoken to Ms Salo by telephone on Thursday evening and thanked her for her efforts.
"""

QUOTES = [
    dict(content="her delegation had seen satellite images showing two armoured battalions within 10 kilometres of the river, and that Varnia would not return to the table until they were withdrawn", kind="indirect", speaker="Elin Baros", mention="Foreign Minister Elin Baros", cue="told reporters", stance="claim"),
    dict(content="any units had been moved", kind="indirect", speaker="Ostrel defence ministry", mention="Ostrel’s defence ministry", cue="denied", stance="denial"),
    dict(content="The troops were on a routine exercise planned months ago, it said in a statement, and posed no threat to anyone", kind="indirect", speaker="Ostrel defence ministry", mention="it", cue="said in a statement", stance="denial"),
    dict(content="the sides had been close to agreeing a joint patrol scheme before the dispute over the images erupted", kind="indirect", speaker="two diplomats briefed on the talks", mention="two diplomats briefed on the talks", cue="According to", stance="claim"),
    dict(content="the Ostrel delegation had asked for a two-hour recess and never came back", kind="indirect", speaker="two diplomats briefed on the talks", mention="One of them", cue="said", stance="claim"),
    dict(content="Varnia had walked out, not his team", kind="indirect", speaker="Teodor Malik", mention="Ostrel’s chief negotiator, Teodor Malik", cue="said", stance="denial"),
    dict(content="Ms Baros of “theatre for a domestic audience”", kind="mixed", speaker="Teodor Malik", mention="He", cue="accused", stance="claim"),
    dict(content="the images were at least a month old", kind="indirect", speaker="Teodor Malik", mention="He", cue="said", stance="denial"),
    dict(content="We came here to sign something. We are still ready to sign it,", kind="direct", speaker="Teodor Malik", mention="Mr Malik", cue="said", stance="claim"),
    dict(content="Ostrel would hold further talks at any time and in any place", kind="indirect", speaker="Teodor Malik", mention="He", cue="added", stance="claim"),
    dict(content="both sides had agreed to keep talking through her office", kind="indirect", speaker="Aino Salo", mention="The mediator, former Genmark president Aino Salo", cue="said", stance="claim"),
    dict(content="when the next round would take place", kind="indirect", speaker="Aino Salo", mention="She", cue="declined to say", stance="refusal"),
    dict(content="the failure to agree on patrols left fishing communities on both banks exposed to the kind of clashes that killed three people in the spring", kind="indirect", speaker="Aino Salo", mention="Ms Salo", cue="warned", stance="claim"),
    dict(content="it was concerned by reports of troop movements", kind="indirect", speaker="United Nations", mention="The United Nations", cue="said", stance="claim"),
    dict(content="the government had been naive to enter talks without guarantees", kind="indirect", speaker="Piet Arnaud", mention="opposition leader Piet Arnaud", cue="said", stance="claim"),
    dict(content="a charge", kind="indirect", speaker="Varnia foreign ministry", mention="the foreign ministry", cue="rejected", stance="denial"),
    dict(content="the latest breakdown was unlikely to lead to fighting", kind="indirect", speaker="analysts", mention="Analysts", cue="said", stance="claim"),
    dict(content="Neither side can afford a war this year,", kind="direct", speaker="Mirela Dusek", mention="Mirela Dusek, a researcher at the Baltic Policy Institute", cue="said", stance="claim"),
    dict(content="Ostrel’s economy was in recession, she said, and Varnia faced an election in the autumn", kind="indirect", speaker="Mirela Dusek", mention="she", cue="said", stance="claim"),
    dict(content="her government wanted a deal", kind="indirect", speaker="Elin Baros", mention="Ms Baros", cue="insisted", stance="claim"),
    dict(content="The problem, she said, was that Ostrel kept changing the terms whenever one was in sight", kind="indirect", speaker="Elin Baros", mention="she", cue="said", stance="claim"),
    dict(content="President Ion Kerr had spoken to Ms Salo by telephone on Thursday evening and thanked her for her efforts", kind="indirect", speaker="Ostrel state news agency", mention="Ostrel’s state news agency", cue="reported", stance="claim"),
]

PARTIES = [
    dict(name="Varnia", type="GPE", aliases=[]),
    dict(name="Ostrel", type="GPE", aliases=[]),
    dict(name="Elin Baros", type="PERSON", aliases=["Foreign Minister Elin Baros", "Ms Baros"]),
    dict(name="Ostrel defence ministry", type="ORG", aliases=["Ostrel’s defence ministry"]),
    dict(name="Teodor Malik", type="PERSON", aliases=["Mr Malik"]),
    dict(name="Aino Salo", type="PERSON", aliases=["Ms Salo"]),
    dict(name="United Nations", type="ORG", aliases=[]),
    dict(name="Piet Arnaud", type="PERSON", aliases=[]),
    dict(name="Varnia foreign ministry", type="ORG", aliases=["the foreign ministry"]),
    dict(name="Mirela Dusek", type="PERSON", aliases=[]),
    dict(name="Baltic Policy Institute", type="ORG", aliases=[]),
    dict(name="Ostrel state news agency", type="ORG", aliases=["Ostrel’s state news agency"]),
    dict(name="Ion Kerr", type="PERSON", aliases=["President Ion Kerr"]),
]

UNNAMED_SPEAKERS = ["two diplomats briefed on the talks", "analysts"]
