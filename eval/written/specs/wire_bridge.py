# ruff: noqa: E501
"""Gold spec: a human-interest story on a village cut off by a closed bridge, residents and officials (invented events)."""

# fmt: off
ID = "written-wire-bridge"
TITLE = "Cut off by a closed bridge, a Welsh hamlet learns to live on the wrong side of the river"

TEXT = """
CWM DERI, Wales — For nine months, the 300 residents of Cwm Deri, a hamlet in the hills of Powys, have lived on the wrong side of a closed bridge. The school, the surgery and the only shop are across the river, a two-minute walk away before engineers shut the 19th-century crossing in March. Now they are a 14-mile drive.

“You can see the shop from my kitchen window,” said Eirlys Morgan, 81, who has lived in the village since 1967. “I just can't get to it.”

Her neighbour, a retired lorry driver named Huw Pritchard, runs a volunteer taxi for older residents. He said he had driven more than 6,000 miles since the spring, most of them to hospital appointments in Newtown.

Powys County Council closed the bridge after an inspection found cracks in two of its arches. In a letter to residents in April, the council said a temporary footbridge would be in place "by the summer."

It is not. The steel for the footbridge arrived in October and is still lying in a field by the river.

“We were promised summer. Then we were promised autumn. Now nobody promises anything,” said Sioned Rees, who chairs the village's residents' group. Her group has collected 212 signatures on a petition asking the Welsh Government to pay for a new bridge.

A council spokesperson said in an email that the delay had been caused by "unforeseen ground conditions" on the riverbank and that contractors expected to begin work in January. The spokesperson did not say how much the footbridge would cost.

The cabinet member for highways, Councillor Gareth Lloyd, admitted at a public meeting in the village hall last week that the council had "got the communication wrong." But he rejected suggestions that the bridge had been neglected for years, saying it had been inspected every two years as the law requires.

Some residents are not convinced. Pritchard said he had reported loose stones on the parapet to the council in 2019 and again in 2021. “I've got the emails,” he said.

The Welsh Government said it had received the petition and would "consider any application for funding from the council." A government source, speaking on condition of anonymity, said ministers were unlikely to fund a full replacement before 2028.

Across the river, the shop's owner, Alun Davies, said takings had fallen by a third. He has started carrying groceries by wheelbarrow across a farmer's field and a ford when the water is low. “It's not a business model,” he said. “It's just being a neighbour.”

Morgan, for her part, has stopped waiting. “At my age you don't plan for 2028,” she said, laughing. “You plan for Thursday.”
"""

QUOTES = [
    dict(content="You can see the shop from my kitchen window,", kind="direct", speaker="Eirlys Morgan", mention="Eirlys Morgan, 81, who has lived in the village since 1967", cue="said", stance="claim"),
    dict(content="I just can't get to it.", kind="direct", speaker="Eirlys Morgan", mention="Eirlys Morgan, 81, who has lived in the village since 1967", cue="said", stance="claim"),
    dict(content="he had driven more than 6,000 miles since the spring, most of them to hospital appointments in Newtown", kind="indirect", speaker="Huw Pritchard", mention="He", cue="said", stance="claim"),
    dict(content='a temporary footbridge would be in place "by the summer."', kind="mixed", speaker="Powys County Council", mention="the council", cue="said", stance="claim"),
    dict(content="We were promised summer. Then we were promised autumn. Now nobody promises anything,", kind="direct", speaker="Sioned Rees", mention="Sioned Rees, who chairs the village's residents' group", cue="said", stance="claim"),
    dict(content=('the delay had been caused by', 'begin work in January'), kind="mixed", speaker="Powys County Council", mention="A council spokesperson", cue="said in an email", stance="claim"),
    dict(content="how much the footbridge would cost", kind="indirect", speaker="Powys County Council", mention="The spokesperson", cue="did not say", stance="refusal"),
    dict(content='the council had "got the communication wrong."', kind="mixed", speaker="Gareth Lloyd", mention="The cabinet member for highways, Councillor Gareth Lloyd", cue="admitted", stance="confirmation"),
    dict(content="suggestions that the bridge had been neglected for years", kind="indirect", speaker="Gareth Lloyd", mention="he", cue="rejected", stance="denial"),
    dict(content="it had been inspected every two years as the law requires", kind="indirect", speaker="Gareth Lloyd", mention="he", cue="saying", stance="denial"),
    dict(content="he had reported loose stones on the parapet to the council in 2019 and again in 2021", kind="indirect", speaker="Huw Pritchard", mention="Pritchard", cue="said", stance="claim"),
    dict(content="I've got the emails,", kind="direct", speaker="Huw Pritchard", mention="[[he]] said", cue="said", stance="claim"),
    dict(content='it had received the petition and would "consider any application for funding from the council."', kind="mixed", speaker="Welsh Government", mention="The Welsh Government", cue="said", stance="claim"),
    dict(content="ministers were unlikely to fund a full replacement before 2028", kind="indirect", speaker="A government source", mention="A government source, speaking on condition of anonymity", cue="said", stance="claim"),
    dict(content="takings had fallen by a third", kind="indirect", speaker="Alun Davies", mention="the shop's owner, Alun Davies", cue="said", stance="claim"),
    dict(content="It's not a business model,", kind="direct", speaker="Alun Davies", mention="[[he]] said", cue="said", stance="claim"),
    dict(content="It's just being a neighbour.", kind="direct", speaker="Alun Davies", mention="[[he]] said", cue="said", stance="claim"),
    dict(content="At my age you don't plan for 2028,", kind="direct", speaker="Eirlys Morgan", mention="she", cue="said", stance="claim"),
    dict(content="You plan for Thursday.", kind="direct", speaker="Eirlys Morgan", mention="she", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["A government source"]

PARTIES = [
    dict(name="Eirlys Morgan", type="PERSON", aliases=["Morgan"]),
    dict(name="Huw Pritchard", type="PERSON", aliases=["Pritchard", "a retired lorry driver named Huw Pritchard", "Her neighbour", "retired lorry driver named Huw Pritchard"]),
    dict(name="Powys County Council", type="ORG", aliases=["the council", "A council spokesperson", "The spokesperson", "council", "council spokesperson", "spokesperson"]),
    dict(name="Sioned Rees", type="PERSON", aliases=[]),
    dict(name="Gareth Lloyd", type="PERSON", aliases=["Councillor Gareth Lloyd", "The cabinet member for highways", "cabinet member for highways"]),
    dict(name="Welsh Government", type="ORG", aliases=["The Welsh Government", "the Welsh Government"]),
    dict(name="Alun Davies", type="PERSON", aliases=["the shop's owner", "shop's owner"]),
    dict(name="Cwm Deri", type="GPE", aliases=["the village", "village"]),
    dict(name="Wales", type="GPE", aliases=[]),
]
