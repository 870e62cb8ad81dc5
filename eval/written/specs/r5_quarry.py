# ruff: noqa: E501
"""Gold spec: a regional paper on dust from a quarry, villagers against the operator, the regulator in between (invented events)."""

# fmt: off
ID = "written-r5-quarry"
TITLE = "Villagers say quarry dust is coating homes; operator says its monitors show no breach"

TEXT = """
Residents of Hollins Cross say a fine grey dust from the neighbouring Tarnside quarry has been settling on their cars, windowsills and vegetable plots since blasting was stepped up in the spring.

More than 80 households have signed a petition calling on Hollinshire County Council to review the quarry’s planning permission, which was extended in 2024 to allow extraction until 2041.

“You wipe the table in the morning and by lunchtime it’s grey again,” said Carol Pennick, 71, who has lived in the village for 40 years. “My grandchildren aren’t allowed to play outside when they’re blasting.”

The quarry’s operator, Fellstone Aggregates, said its own monitoring equipment had recorded no breach of the dust limits set by the Environment Agency. “The data speaks for itself,” said the company’s operations director, Neil Bramwell.

But residents question where the monitors are. Parish councillor Ian Stott said the nearest one was on the far side of the site, “upwind of the village on most days”.

Mr Bramwell said the monitors had been placed where the agency had told the company to place them. Asked whether Fellstone would pay for an additional monitor in the village, he said the company was “open to a conversation”.

He acknowledged that blasting had increased from two days a week to four this year to meet demand from a road-building scheme, but said each blast was “carefully designed to minimise dust”.

The Environment Agency said it had received 14 complaints about the quarry since April and had visited the site twice. A spokeswoman said officers had found “no evidence of a breach” on either visit but would continue to monitor the situation.

She did not say whether the visits had been announced in advance.

Mrs Pennick said she did not accept the agency’s findings. “They came on a Tuesday. They don’t blast on Tuesdays,” she said.

The county council said the petition would be considered by its planning committee in October. Its cabinet member for planning, Janet Moorcroft, said it was “not in a position” to revoke a permission that had been lawfully granted, but that conditions on dust could be reviewed.

Fellstone said it was not aware of any health problems linked to the quarry. The village’s GP practice declined to comment, citing patient confidentiality.

Mr Stott said the parish council would commission its own dust survey if nothing changed by the autumn. “We’re not against the quarry. We’re against the dust,” he said.
"""

QUOTES = [
    dict(content="a fine grey dust from the neighbouring Tarnside quarry has been settling on their cars, windowsills and vegetable plots since blasting was stepped up in the spring", kind="indirect", speaker="Residents of Hollins Cross", mention="Residents of Hollins Cross", cue="say", stance="claim"),
    dict(content="You wipe the table in the morning and by lunchtime it’s grey again,", kind="direct", speaker="Carol Pennick", mention="Carol Pennick, 71, who has lived in the village for 40 years", cue="said", stance="claim"),
    dict(content="My grandchildren aren’t allowed to play outside when they’re blasting.", kind="direct", speaker="Carol Pennick", mention="Carol Pennick, 71, who has lived in the village for 40 years", cue="said", stance="claim"),
    dict(content="its own monitoring equipment had recorded no breach of the dust limits set by the Environment Agency", kind="indirect", speaker="Fellstone Aggregates", mention="The quarry’s operator, Fellstone Aggregates", cue="said", stance="denial"),
    dict(content="The data speaks for itself,", kind="direct", speaker="Neil Bramwell", mention="the company’s operations director, Neil Bramwell", cue="said", stance="denial"),
    dict(content="the nearest one was on the far side of the site, “upwind of the village on most days”", kind="mixed", speaker="Ian Stott", mention="Parish councillor Ian Stott", cue="said", stance="claim"),
    dict(content="the monitors had been placed where the agency had told the company to place them", kind="indirect", speaker="Neil Bramwell", mention="Mr Bramwell", cue="said", stance="denial"),
    dict(content="the company was “open to a conversation”", kind="mixed", speaker="Neil Bramwell", mention="[[he]] said the company", cue="said", stance="non_denial"),
    dict(content="blasting had increased from two days a week to four this year to meet demand from a road-building scheme", kind="indirect", speaker="Neil Bramwell", mention="He", cue="acknowledged", stance="confirmation"),
    dict(content="each blast was “carefully designed to minimise dust”", kind="mixed", speaker="Neil Bramwell", mention="He", cue="said", stance="denial"),
    dict(content="it had received 14 complaints about the quarry since April and had visited the site twice", kind="indirect", speaker="Environment Agency", mention="The Environment Agency", cue="said", stance="claim"),
    dict(content="officers had found “no evidence of a breach” on either visit but would continue to monitor the situation", kind="mixed", speaker="Environment Agency", mention="A spokeswoman", cue="said", stance="claim"),
    dict(content="whether the visits had been announced in advance", kind="indirect", speaker="Environment Agency", mention="She", cue="did not say", stance="non_denial"),
    dict(content="she did not accept the agency’s findings", kind="indirect", speaker="Carol Pennick", mention="Mrs Pennick", cue="said", stance="denial"),
    dict(content="They came on a Tuesday. They don’t blast on Tuesdays,", kind="direct", speaker="Carol Pennick", mention="[[she]] said.", cue="said", stance="denial"),
    dict(content="the petition would be considered by its planning committee in October", kind="indirect", speaker="Hollinshire County Council", mention="The county council", cue="said", stance="claim"),
    dict(content="it was “not in a position” to revoke a permission that had been lawfully granted, but that conditions on dust could be reviewed", kind="mixed", speaker="Janet Moorcroft", mention="Its cabinet member for planning, Janet Moorcroft", cue="said", stance="claim"),
    dict(content="it was not aware of any health problems linked to the quarry", kind="indirect", speaker="Fellstone Aggregates", mention="Fellstone", cue="said", stance="non_denial"),
    dict(content="declined [[to comment]]", kind="indirect", speaker="Hollins Cross GP practice", mention="The village’s GP practice", cue="declined", stance="refusal"),
    dict(content="the parish council would commission its own dust survey if nothing changed by the autumn", kind="indirect", speaker="Ian Stott", mention="Mr Stott", cue="said", stance="claim"),
    dict(content="We’re not against the quarry. We’re against the dust,", kind="direct", speaker="Ian Stott", mention="he", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Residents of Hollins Cross"]

PARTIES = [
    dict(name="Fellstone Aggregates", type="ORG", aliases=["Fellstone", "The quarry’s operator", "the company"]),
    dict(name="Neil Bramwell", type="PERSON", aliases=["Mr Bramwell", "the company’s operations director"]),
    dict(name="Carol Pennick", type="PERSON", aliases=["Mrs Pennick"]),
    dict(name="Ian Stott", type="PERSON", aliases=["Mr Stott", "Parish councillor Ian Stott"]),
    dict(name="Environment Agency", type="ORG", aliases=["The Environment Agency", "the agency", "A spokeswoman"]),
    dict(name="Hollinshire County Council", type="ORG", aliases=["The county council"]),
    dict(name="Janet Moorcroft", type="PERSON", aliases=["Its cabinet member for planning"]),
    dict(name="Hollins Cross GP practice", type="ORG", aliases=["The village’s GP practice"]),
]
