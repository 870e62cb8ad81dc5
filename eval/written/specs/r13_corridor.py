# ruff: noqa: E501
"""Gold spec: a wire report on failed talks between states; capitals acting as governments ("Washington rejected", "Moscow dismissed", "Ankara … said") beside cities that are only places (Geneva, Copenhagen, Chicago), demonyms as adjectives ("Russian proposals", "Turkish leaders"), a minister named by role then "the minister", a spokesman for a presidency, an anonymous official, analysts as a group, a "Reporting by …" line (invented events, invented people)."""

# fmt: off
ID = "written-r13-corridor"
TITLE = "Washington Rejects Moscow's Terms for Grain Corridor Talks"

TEXT = """
Washington Rejects Moscow’s Terms for Grain Corridor Talks

GENEVA (Reuters) - Washington on Tuesday rejected Russian proposals for a new Black Sea grain corridor, saying the terms would hand Moscow a veto over Ukrainian exports, as talks in Geneva ended without agreement.

“What was put on the table is not a corridor, it is a checkpoint,” U.S. Secretary of State Daniel Hollis told reporters after the session. Hollis said the United States would keep working with Turkey and the United Nations on “arrangements that do not depend on Russian goodwill”.

Moscow dismissed the criticism. Russia’s foreign ministry said in a statement that the proposals were “balanced and realistic” and that Western governments were “playing politics with hunger”.

The Kremlin spokesman, Andrei Volkov, declined to say whether President Vladimir Sorin would meet Turkish leaders next week. “There is nothing to announce,” Volkov said.

Ankara, which brokered the previous deal, said it was still hopeful. Turkish Foreign Minister Selin Aydin said both sides had agreed to meet again before the end of the month. The minister said she had spoken to her Russian counterpart twice on Monday.

Ukrainian officials were more cautious. A senior official in Kyiv, speaking on condition of anonymity, said ships were already using a route along the coast without Russian consent and would continue to do so.

Analysts said the gap between the two sides was wide. “Neither Washington nor Moscow needs a deal badly enough this month,” said Clara Jensen, a grain markets analyst at Nordhavn Commodities in Copenhagen.

Wheat futures in Chicago rose 2 percent after the talks ended.

Reporting by Peter Lindqvist in Geneva and Aylin Demir in Ankara; Editing by Mark Heath
"""

QUOTES = [
    dict(content="the terms would hand Moscow a veto over Ukrainian exports", kind="indirect", speaker="United States", mention="[[Washington]] on Tuesday", cue="saying", stance="claim"),
    dict(content="What was put on the table is not a corridor, it is a checkpoint,", kind="direct", speaker="Daniel Hollis", mention="U.S. Secretary of State Daniel Hollis", cue="told reporters", stance="claim"),
    dict(content=("the United States would keep working", "do not depend on Russian goodwill”"), kind="mixed", speaker="Daniel Hollis", mention="[[Hollis]] said", cue="said", stance="claim"),
    dict(content="dismissed [[the criticism]]", kind="indirect", speaker="Russia", mention="Moscow", cue="dismissed", stance="denial"),
    dict(content=("the proposals were “balanced", "“playing politics with hunger”"), kind="mixed", speaker="Russia’s foreign ministry", mention="Russia’s foreign ministry", cue="said in a statement", stance="denial"),
    dict(content="whether President Vladimir Sorin would meet Turkish leaders next week", kind="indirect", speaker="Andrei Volkov", mention="The Kremlin spokesman, Andrei Volkov", cue="declined to say", stance="non_denial"),
    dict(content="There is nothing to announce,", kind="direct", speaker="Andrei Volkov", mention="[[Volkov]] said.", cue="said", stance="refusal"),
    dict(content="it was still hopeful", kind="indirect", speaker="Turkey", mention="Ankara, which brokered the previous deal", cue="said", stance="claim"),
    dict(content="both sides had agreed to meet again before the end of the month", kind="indirect", speaker="Selin Aydin", mention="Turkish Foreign Minister Selin Aydin", cue="said", stance="claim"),
    dict(content="she had spoken to her Russian counterpart twice on Monday", kind="indirect", speaker="Selin Aydin", mention="The minister", cue="said", stance="claim"),
    dict(content="ships were already using a route along the coast without Russian consent and would continue to do so", kind="indirect", speaker="a senior official in Kyiv", mention="A senior official in Kyiv", cue="said", stance="claim"),
    dict(content="the gap between the two sides was wide", kind="indirect", speaker="Analysts", mention="Analysts", cue="said", stance="claim"),
    dict(content="Neither Washington nor Moscow needs a deal badly enough this month,", kind="direct", speaker="Clara Jensen", mention="Clara Jensen, a grain markets analyst at Nordhavn Commodities in Copenhagen", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["a senior official in Kyiv", "Analysts"]

PARTIES = [
    dict(name="United States", type="GPE", aliases=["Washington", "the United States", "U.S."]),
    dict(name="Russia", type="GPE", aliases=["Moscow"]),
    dict(name="Russia’s foreign ministry", type="ORG", aliases=[]),
    dict(name="Daniel Hollis", type="PERSON", aliases=["Hollis", "U.S. Secretary of State Daniel Hollis"]),
    dict(name="Andrei Volkov", type="PERSON", aliases=["Volkov", "The Kremlin spokesman"]),
    dict(name="Kremlin", type="ORG", aliases=["The Kremlin"]),
    dict(name="Vladimir Sorin", type="PERSON", aliases=["President Vladimir Sorin"]),
    dict(name="Turkey", type="GPE", aliases=["Ankara"]),
    dict(name="Selin Aydin", type="PERSON", aliases=["Turkish Foreign Minister Selin Aydin", "The minister"]),
    dict(name="United Nations", type="ORG", aliases=["the United Nations"]),
    dict(name="Ukraine", type="GPE", aliases=["Kyiv"]),
    dict(name="Clara Jensen", type="PERSON", aliases=[]),
    dict(name="Nordhavn Commodities", type="ORG", aliases=[]),
]
