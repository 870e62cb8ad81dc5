# ruff: noqa: E501
"""Gold spec: a wire story on a US-flagged tanker held in a Brazilian port; capitals speaking for states, an unnamed ministry source, a minister later called "the minister" (invented events)."""

# fmt: off
ID = "written-r6b-tanker"
TITLE = "Washington Demands Brazil Free US-Flagged Tanker Held in Suape"

TEXT = """
WASHINGTON (Meridian Wire) — The United States on Tuesday demanded that Brazil release a US-flagged chemical tanker held at the port of Suape for nine days, escalating a dispute that Brazilian officials have so far described as a routine customs matter.

“We expect the vessel and her crew to be allowed to leave without further delay,” State Department spokesman Daniel Whitford told reporters. “There is no legal basis for holding them.”

Washington said it had raised the case with Brazil’s foreign ministry three times since the tanker, the Carolina Dawn, was boarded by federal police on March 2.

Brasília rejected the demand within hours. In a statement, Brazil’s foreign ministry said the ship had been detained “under Brazilian law and by Brazilian courts” and that the matter was “not one for diplomatic negotiation”.

Two officials at the ministry, who spoke on condition of anonymity because they were not authorised to discuss the case, said investigators suspected the tanker of carrying undeclared cargo loaded in Venezuela.

The ship’s owner, Houston-based Tidewater Chemical Carriers, rejected that. “Every tonne on that ship is on the manifest,” said the company’s chief executive, Laura Brennan. “We have shown the authorities the paperwork and we will show it to anyone else who asks.”

Tidewater’s insurer, the Gulf Mutual Protection Association, said it was monitoring the case but would not comment on the cargo.

A person familiar with the investigation said federal police had found discrepancies between the manifest and samples taken from two of the ship’s tanks. The person did not say what the samples showed.

Brazil’s justice minister, Rafael Antunes, would neither confirm nor deny that a criminal inquiry had been opened. “The police are doing their work, and I will not speak for them,” he said at a news conference in Recife.

The minister added that the crew of 21, most of them Filipino nationals, were free to leave the ship and had been offered consular help.

The Philippine embassy in Brasília confirmed that two of its staff had visited the crew on Sunday.

Senator Joan Whitaker, a Republican from Texas who chairs the Senate’s Western Hemisphere subcommittee, said Brazil was “holding American sailors as bargaining chips” in a separate dispute over steel tariffs.

Asked about the senator’s remarks, Whitford said: “I’m not going to characterise the motives of another government.”

Analysts said the timing was awkward for both capitals. Brazil’s president, Helena Vasconcelos, is due in Washington next month for talks on a critical minerals agreement.

“Neither side wants this to be the story of that visit,” said Marcos Ribeiro, a senior fellow at the Institute for Latin American Security in São Paulo. “But Brasília cannot be seen to back down under American pressure.”

A spokeswoman for Vasconcelos declined to comment.
"""

QUOTES = [
    dict(content="We expect the vessel and her crew to be allowed to leave without further delay,", kind="direct", speaker="Daniel Whitford", mention="State Department spokesman Daniel Whitford", cue="told reporters", stance="claim"),
    dict(content="There is no legal basis for holding them.", kind="direct", speaker="Daniel Whitford", mention="State Department spokesman Daniel Whitford", cue="told reporters", stance="claim"),
    dict(content="it had raised the case with Brazil’s foreign ministry three times since the tanker, the Carolina Dawn, was boarded by federal police on March 2", kind="indirect", speaker="United States", mention="Washington", cue="said", stance="claim"),
    dict(content=("the ship had been detained “under Brazilian law", "“not one for diplomatic negotiation”"), kind="mixed", speaker="Brazil’s foreign ministry", mention="Brazil’s foreign ministry", cue="said", stance="denial"),
    dict(content="investigators suspected the tanker of carrying undeclared cargo loaded in Venezuela", kind="indirect", speaker="Brazil’s foreign ministry", mention="Two officials at the ministry", cue="said", stance="claim"),
    dict(content="Every tonne on that ship is on the manifest,", kind="direct", speaker="Laura Brennan", mention="the company’s chief executive, Laura Brennan", cue="said", stance="denial"),
    dict(content="We have shown the authorities the paperwork and we will show it to anyone else who asks.", kind="direct", speaker="Laura Brennan", mention="the company’s chief executive, Laura Brennan", cue="said", stance="denial"),
    dict(content="it was monitoring the case but would not comment on the cargo", kind="indirect", speaker="Gulf Mutual Protection Association", mention="Tidewater’s insurer, the Gulf Mutual Protection Association", cue="said", stance="refusal"),
    dict(content="federal police had found discrepancies between the manifest and samples taken from two of the ship’s tanks", kind="indirect", speaker="A person familiar with the investigation", mention="A person familiar with the investigation", cue="said", stance="claim"),
    dict(content="a criminal inquiry had been opened", kind="indirect", speaker="Rafael Antunes", mention="Brazil’s justice minister, Rafael Antunes", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="The police are doing their work, and I will not speak for them,", kind="direct", speaker="Rafael Antunes", mention="he", cue="said", stance="refusal"),
    dict(content="the crew of 21, most of them Filipino nationals, were free to leave the ship and had been offered consular help", kind="indirect", speaker="Rafael Antunes", mention="The minister", cue="added", stance="claim"),
    dict(content="two of its staff had visited the crew on Sunday", kind="indirect", speaker="Philippine embassy", mention="The Philippine embassy in Brasília", cue="confirmed", stance="confirmation"),
    dict(content="Brazil was “holding American sailors as bargaining chips” in a separate dispute over steel tariffs", kind="mixed", speaker="Joan Whitaker", mention="Senator Joan Whitaker, a Republican from Texas who chairs the Senate’s Western Hemisphere subcommittee", cue="said", stance="claim"),
    dict(content="I’m not going to characterise the motives of another government.", kind="direct", speaker="Daniel Whitford", mention="Whitford", cue="said:", stance="refusal"),
    dict(content="the timing was awkward for both capitals", kind="indirect", speaker="Analysts", mention="Analysts", cue="said", stance="claim"),
    dict(content="Neither side wants this to be the story of that visit,", kind="direct", speaker="Marcos Ribeiro", mention="Marcos Ribeiro, a senior fellow at the Institute for Latin American Security in São Paulo", cue="said", stance="claim"),
    dict(content="But Brasília cannot be seen to back down under American pressure.", kind="direct", speaker="Marcos Ribeiro", mention="Marcos Ribeiro, a senior fellow at the Institute for Latin American Security in São Paulo", cue="said", stance="claim"),
    dict(content="declined [[to comment]]", kind="indirect", speaker="Helena Vasconcelos", mention="A spokeswoman for Vasconcelos", cue="declined", stance="refusal"),
]

UNNAMED_SPEAKERS = ["A person familiar with the investigation", "Analysts"]

PARTIES = [
    dict(name="United States", type="GPE", aliases=["The United States", "Washington"]),
    dict(name="State Department", type="ORG", aliases=[]),
    dict(name="Daniel Whitford", type="PERSON", aliases=["Whitford", "State Department spokesman Daniel Whitford"]),
    dict(name="Brazil", type="GPE", aliases=["Brasília"]),
    dict(name="Brazil’s foreign ministry", type="ORG", aliases=["the ministry", "Two officials at the ministry"]),
    dict(name="federal police", type="ORG", aliases=["The police", "investigators"]),
    dict(name="Tidewater Chemical Carriers", type="ORG", aliases=["Tidewater", "The ship’s owner", "Houston-based Tidewater Chemical Carriers"]),
    dict(name="Laura Brennan", type="PERSON", aliases=["the company’s chief executive"]),
    dict(name="Gulf Mutual Protection Association", type="ORG", aliases=["Tidewater’s insurer"]),
    dict(name="Rafael Antunes", type="PERSON", aliases=["Brazil’s justice minister", "The minister"]),
    dict(name="Philippine embassy", type="ORG", aliases=["The Philippine embassy in Brasília"]),
    dict(name="Joan Whitaker", type="PERSON", aliases=["Senator Joan Whitaker", "the senator"]),
    dict(name="Helena Vasconcelos", type="PERSON", aliases=["Vasconcelos", "Brazil’s president"]),
    dict(name="Marcos Ribeiro", type="PERSON", aliases=[]),
    dict(name="Institute for Latin American Security", type="ORG", aliases=[]),
]
