# ruff: noqa: E501
"""Gold spec: a foreign-affairs story on a seized trawler, governments, ministries and embassies speaking (invented events)."""

# fmt: off
ID = "written-wire-trawler"
TITLE = "China protests Indonesia's seizure of trawler off Natuna; Jakarta says boat was fishing illegally"

TEXT = """
JAKARTA — China lodged a formal protest with Indonesia on Wednesday after Indonesian patrol boats seized a Chinese trawler and detained its 17 crew members off the Natuna Islands, as the two governments traded conflicting accounts of where the vessel had been.

Beijing said the trawler, the Min Feng 0417, had been operating in “traditional Chinese fishing grounds” and demanded the immediate release of the crew. “The Indonesian side should stop actions that complicate the situation,” foreign ministry spokesman Wang Dehai told a regular briefing in Beijing.

Indonesia's foreign ministry rejected the protest. In a statement, it said the boat had been fishing 38 nautical miles inside Indonesia's exclusive economic zone, and that “traditional fishing grounds” had no basis in the U.N. Convention on the Law of the Sea.

“We have the coordinates, we have the photographs, and we have the catch,” said Laksmi Pranoto, a spokeswoman for the ministry. “Our position is not going to change.”

According to Bakamla, Indonesia's maritime security agency, the trawler switched off its tracking transponder two hours before it was intercepted and tried to flee when a patrol boat approached.

The Chinese Embassy in Jakarta said the crew had been “treated roughly” during the boarding and that one fisherman had needed hospital treatment for a head injury. Indonesian officials said the man had slipped on a wet deck.

Asked whether China would send coast guard vessels to the area, Wang said he had “no information to release” on ship movements. He did not rule out such a deployment.

Indonesia's coordinating minister for maritime affairs, Budi Santosa, told reporters that the crew would be “processed under Indonesian law” and that the boat could be sunk if a court ordered it.

Diplomats in Jakarta said the dispute was the most serious between the two countries in several years. A Southeast Asian diplomat, who asked not to be identified because he was not authorised to speak to the press, said Jakarta had quietly asked Beijing to settle the case “without cameras.”

The Chinese Embassy declined to comment on that account. Indonesia's foreign ministry would neither confirm nor deny that it had made such a request, saying only that “channels of communication remain open.”

A State Department spokesperson said in an email that Washington “supports the right of all coastal states to enforce their laws in their exclusive economic zones.”
"""

QUOTES = [
    dict(content="the trawler, the Min Feng 0417, had been operating in “traditional Chinese fishing grounds”", kind="mixed", speaker="China", mention="[[Beijing]] said", cue="said", stance="claim"),
    dict(content="the immediate release of the crew", kind="indirect", speaker="China", mention="[[Beijing]] said", cue="demanded", stance="claim"),
    dict(content="The Indonesian side should stop actions that complicate the situation,", kind="direct", speaker="Wang Dehai", mention="foreign ministry spokesman Wang Dehai", cue="told a regular briefing", stance="claim"),
    dict(content="the protest", kind="indirect", speaker="Indonesia's foreign ministry", mention="Indonesia's foreign ministry", cue="rejected", stance="denial"),
    dict(content=('the boat had been fishing 38', 'Law of the Sea'), kind="mixed", speaker="Indonesia's foreign ministry", mention="[[it]] said", cue="said", stance="denial"),
    dict(content="We have the coordinates, we have the photographs, and we have the catch,", kind="direct", speaker="Laksmi Pranoto", mention="Laksmi Pranoto, a spokeswoman for the ministry", cue="said", stance="denial"),
    dict(content="Our position is not going to change.", kind="direct", speaker="Laksmi Pranoto", mention="Laksmi Pranoto, a spokeswoman for the ministry", cue="said", stance="claim"),
    dict(content="the trawler switched off its tracking transponder two hours before it was intercepted and tried to flee when a patrol boat approached", kind="indirect", speaker="Bakamla", mention="Bakamla, Indonesia's maritime security agency", cue="According to", stance="claim"),
    dict(content=('the crew had been “treated roughly”', 'for a head injury'), kind="mixed", speaker="Chinese Embassy in Jakarta", mention="The Chinese Embassy in Jakarta", cue="said", stance="claim"),
    dict(content="the man had slipped on a wet deck", kind="indirect", speaker="Indonesian officials", mention="Indonesian officials", cue="said", stance="denial"),
    dict(content="he had “no information to release” on ship movements", kind="mixed", speaker="Wang Dehai", mention="Wang", cue="said", stance="refusal"),
    dict(content="such a deployment", kind="indirect", speaker="Wang Dehai", mention="He", cue="did not rule out", stance="non_denial"),
    dict(content=('the crew would be “processed', 'if a court ordered it'), kind="mixed", speaker="Budi Santosa", mention="Indonesia's coordinating minister for maritime affairs, Budi Santosa", cue="told reporters", stance="claim"),
    dict(content="the dispute was the most serious between the two countries in several years", kind="indirect", speaker="Diplomats in Jakarta", mention="Diplomats in Jakarta", cue="said", stance="claim"),
    dict(content="Jakarta had quietly asked Beijing to settle the case “without cameras.”", kind="mixed", speaker="A Southeast Asian diplomat", mention="A Southeast Asian diplomat, who asked not to be identified because he was not authorised to speak to the press", cue="said", stance="claim"),
    dict(content="to comment on that account", kind="indirect", speaker="Chinese Embassy in Jakarta", mention="The Chinese Embassy", cue="declined", stance="refusal"),
    dict(content="it had made such a request", kind="indirect", speaker="Indonesia's foreign ministry", mention="Indonesia's foreign ministry", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="channels of communication remain open.", kind="direct", speaker="Indonesia's foreign ministry", mention="Indonesia's foreign ministry", cue="saying", stance="non_denial"),
    dict(content="Washington “supports the right of all coastal states to enforce their laws in their exclusive economic zones.”", kind="mixed", speaker="State Department", mention="A State Department spokesperson", cue="said in an email", stance="claim"),
]

UNNAMED_SPEAKERS = ["Indonesian officials", "Diplomats in Jakarta", "A Southeast Asian diplomat"]

PARTIES = [
    dict(name="China", type="GPE", aliases=["Beijing"]),
    dict(name="Indonesia", type="GPE", aliases=["Jakarta"]),
    dict(name="Wang Dehai", type="PERSON", aliases=["Wang", "foreign ministry spokesman Wang Dehai"]),
    dict(name="Indonesia's foreign ministry", type="ORG", aliases=["the ministry", "ministry"]),
    dict(name="Laksmi Pranoto", type="PERSON", aliases=["a spokeswoman for the ministry", "spokeswoman for the ministry"]),
    dict(name="Bakamla", type="ORG", aliases=["Indonesia's maritime security agency"]),
    dict(name="Chinese Embassy in Jakarta", type="ORG", aliases=["The Chinese Embassy", "Chinese Embassy"]),
    dict(name="Budi Santosa", type="PERSON", aliases=["Indonesia's coordinating minister for maritime affairs"]),
    dict(name="State Department", type="ORG", aliases=["A State Department spokesperson", "State Department spokesperson"]),
    dict(name="United States", type="GPE", aliases=["Washington"]),
    dict(name="Min Feng 0417", type="ORG", aliases=["the trawler", "the boat", "trawler", "boat"]),
]
