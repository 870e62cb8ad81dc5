# ruff: noqa: E501
"""Gold spec: a partisan website's piece with loaded wording about a governor's travel (invented events)."""

# fmt: off
ID = "written-us-partisan"
TITLE = "EXPOSED: Gov. Hollis Jetted to Aspen on Taxpayer Dime While Border Towns Waited for Aid"

TEXT = """
Arizona's far-left governor, Marisol Hollis, is scrambling to explain a lavish ski trip to Colorado after records obtained by this website showed state troopers' overtime for the getaway was billed to taxpayers.

The documents, released under a public records request filed by the watchdog group Grand Canyon Accountability Project, show that Hollis's security detail racked up more than $38,000 in overtime and lodging during the four-day trip in January, the same week border communities in Cochise County were pleading for emergency flood money.

"This is a governor who lectures working families about sacrifice and then bills them for her hot tub," said state Rep. Travis Pruett, the Republican who chairs the House oversight committee. "Arizonans deserve to know who approved this."

Pruett said his committee would subpoena the Department of Public Safety's travel logs if the governor's office did not hand them over by Friday.

Hollis's office, predictably, cried foul. In a statement, spokesman Devin Arceneaux claimed the trip was "a personal family vacation paid for entirely by the governor" and that state law requires a protective detail to accompany her wherever she goes.

"Every governor in modern Arizona history has traveled with security. Governor Hollis is no different," Arceneaux said.

But the spin did not answer the central question. Asked whether the governor had used a state aircraft for any leg of the trip, Arceneaux would only say that "all travel complied with state policy." He did not say whether Hollis would reimburse the state.

The Department of Public Safety confirmed the overtime figures but declined to comment further, citing security concerns.

Critics were quick to pounce. Kayla Brandt, executive director of the Grand Canyon Accountability Project, told this outlet that the records were "just the tip of the iceberg."

"We have three more requests pending, and the governor's office has slow-walked every one of them," Brandt said.

Democrats in the Legislature rushed to their leader's defense. Senate Minority Leader Ruben Castañeda dismissed the story as "a manufactured scandal from people who have never met a flood victim," insisting that Hollis had signed the Cochise County aid package within days of returning.

That claim does not hold up. State records show the aid was approved 19 days after the governor returned from Aspen.

Castañeda, reached by phone, acknowledged the date but said the delay was caused by Republican amendments to the bill, not the governor. "They want to blame her for their own paperwork," he said.

Republicans say the episode fits a pattern. The Arizona GOP noted in a fundraising email on Tuesday that Hollis had taken three out-of-state trips since October, and called on her to release her full travel calendar.

The governor herself has stayed silent. Hollis, who is widely expected to run for re-election next year, ignored questions shouted by reporters as she left a bill signing in Phoenix on Wednesday.

Her office did not respond to a follow-up request asking whether the governor stood by Castañeda's account of the aid timeline.
"""

QUOTES = [
    dict(content="This is a governor who lectures working families about sacrifice and then bills them for her hot tub,", kind="direct", speaker="Travis Pruett", mention="state Rep. Travis Pruett, the Republican who chairs the House oversight committee", cue="said", stance="claim"),
    dict(content="Arizonans deserve to know who approved this.", kind="direct", speaker="Travis Pruett", mention="state Rep. Travis Pruett, the Republican who chairs the House oversight committee", cue="said", stance="claim"),
    dict(content="his committee would subpoena the Department of Public Safety's travel logs if the governor's office did not hand them over by Friday", kind="indirect", speaker="Travis Pruett", mention="Pruett", cue="said", stance="claim"),
    dict(content=("the trip was \"a personal family vacation", "accompany her wherever she goes"), kind="mixed", speaker="Devin Arceneaux", mention="spokesman Devin Arceneaux", cue="claimed", stance="denial"),
    dict(content="Every governor in modern Arizona history has traveled with security. Governor Hollis is no different,", kind="direct", speaker="Devin Arceneaux", mention="Arceneaux", cue="said", stance="denial"),
    dict(content="\"all travel complied with state policy.\"", kind="mixed", speaker="Devin Arceneaux", mention="Arceneaux", cue="would only say", stance="non_denial"),
    dict(content="whether Hollis would reimburse the state", kind="indirect", speaker="Devin Arceneaux", mention="He", cue="did not say", stance="non_denial"),
    dict(content="the overtime figures", kind="indirect", speaker="Department of Public Safety", mention="The Department of Public Safety", cue="confirmed", stance="confirmation"),
    dict(content="to comment further", kind="indirect", speaker="Department of Public Safety", mention="The Department of Public Safety", cue="declined", stance="refusal"),
    dict(content="the records were \"just the tip of the iceberg.\"", kind="mixed", speaker="Kayla Brandt", mention="Kayla Brandt, executive director of the Grand Canyon Accountability Project", cue="told this outlet", stance="claim"),
    dict(content="We have three more requests pending, and the governor's office has slow-walked every one of them,", kind="direct", speaker="Kayla Brandt", mention="Brandt", cue="said", stance="claim"),
    dict(content="the story as \"a manufactured scandal from people who have never met a flood victim,\"", kind="mixed", speaker="Ruben Castañeda", mention="Senate Minority Leader Ruben Castañeda", cue="dismissed", stance="denial"),
    dict(content="Hollis had signed the Cochise County aid package within days of returning", kind="indirect", speaker="Ruben Castañeda", mention="Senate Minority Leader Ruben Castañeda", cue="insisting", stance="denial"),
    dict(content="the date", kind="indirect", speaker="Ruben Castañeda", mention="Castañeda", cue="acknowledged", stance="confirmation"),
    dict(content="the delay was caused by Republican amendments to the bill, not the governor", kind="indirect", speaker="Ruben Castañeda", mention="Castañeda", cue="said", stance="denial"),
    dict(content="They want to blame her for their own paperwork,", kind="direct", speaker="Ruben Castañeda", mention="he", cue="said", stance="denial"),
    dict(content="the episode fits a pattern", kind="indirect", speaker="Republicans", mention="Republicans", cue="say", stance="claim"),
    dict(content="Hollis had taken three out-of-state trips since October", kind="indirect", speaker="Arizona GOP", mention="The Arizona GOP", cue="noted in a fundraising email", stance="claim"),
    dict(content="her to release her full travel calendar", kind="indirect", speaker="Arizona GOP", mention="The Arizona GOP", cue="called on", stance="claim"),
]

UNNAMED_SPEAKERS = []

PARTIES = [
    dict(name="Marisol Hollis", type="PERSON", aliases=["Hollis", "Governor Hollis", "Arizona's far-left governor", "the governor", "Hollis's office", "Her office", "the governor's office", "governor", "governor's office"]),
    dict(name="Devin Arceneaux", type="PERSON", aliases=["Arceneaux", "spokesman Devin Arceneaux"]),
    dict(name="Travis Pruett", type="PERSON", aliases=["Pruett", "state Rep. Travis Pruett"]),
    dict(name="Grand Canyon Accountability Project", type="ORG", aliases=["the watchdog group Grand Canyon Accountability Project", "watchdog group Grand Canyon Accountability Project"]),
    dict(name="Kayla Brandt", type="PERSON", aliases=["Brandt", "executive director of the Grand Canyon Accountability Project"]),
    dict(name="Department of Public Safety", type="ORG", aliases=["The Department of Public Safety"]),
    dict(name="Ruben Castañeda", type="PERSON", aliases=["Castañeda", "Senate Minority Leader Ruben Castañeda"]),
    dict(name="Republicans", type="NORP", aliases=["Republican"]),
    dict(name="Democrats", type="NORP", aliases=[]),
    dict(name="Arizona GOP", type="ORG", aliases=["The Arizona GOP"]),
    dict(name="House oversight committee", type="ORG", aliases=["his committee"]),
    dict(name="Legislature", type="ORG", aliases=[]),
    dict(name="Arizona", type="GPE", aliases=[]),
    dict(name="Cochise County", type="GPE", aliases=[]),
]
