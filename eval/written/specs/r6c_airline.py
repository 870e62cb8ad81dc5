# ruff: noqa: E501
"""Gold spec: a US wire story on a regional airline grounding its turboprops over maintenance records (invented events)."""

# fmt: off
ID = "written-r6c-airline"
TITLE = "Regional carrier grounds 31 turboprops after FAA questions maintenance records"

TEXT = """
DENVER (AP) — Prairie Sky Airlines grounded its entire fleet of 31 turboprop planes on Monday after federal inspectors found gaps in the records of inspections on their landing gear, stranding thousands of passengers across five Western states.

According to the Federal Aviation Administration, inspectors could not match the dates of at least 140 required checks to work orders signed by a licensed mechanic.

"We are not saying these aircraft are unsafe. We are saying we cannot tell whether they are safe, and that is not good enough," FAA regional administrator Louise Tremont told reporters at Denver International Airport.

Prairie Sky's chief executive, Dale Hostetler, insisted that every check had been done. "The work was done. The paperwork was not where it should have been," Hostetler said. "That's on us, and we're fixing it."

He conceded that the airline had moved its maintenance records to a new software system in March and that some entries "did not make the trip."

The airline issued a statement late Monday saying it expected to return at least half of the fleet to service by Thursday.

The grounding comes two months after Prairie Sky announced a loyalty program called SkyMiles Plus and a push into smaller mountain airports. It is worth noting that the carrier has doubled its flight schedule since 2024.

The mechanics' union has warned for more than a year that the airline was stretching its staff too thin, according to Ray Okafor, president of the local chapter of the Aircraft Mechanics Fraternal Association.

"We have 38 mechanics doing the work of 60," Okafor said. "Nobody should be surprised by this."

Hostetler dismissed the union's figures. Staffing, he said, was "in line with every carrier our size," and the airline had hired 11 mechanics this year.

Passengers at the Prairie Sky counter in Denver were less forgiving. Many of them said they had learned of the cancellations only when they reached the airport.

"I got a text at 5:40 this morning telling me my flight was canceled. I was already in the parking garage," said Marisol Quintero, a nurse trying to reach Casper, Wyoming.

Tremont pointed out that the agency had warned Prairie Sky in writing in June about "recurring documentation lapses." She would not say whether the airline faced a fine.

Sen. Carl Whitfield, a Wyoming Republican, made clear that he would ask the Senate Commerce Committee to look into the case. "Small communities depend on this airline. They deserve to know it is being run properly," Whitfield said in a statement.

The airline's claim that no passenger had ever been at risk drew a sharp reply from Okafor. "They don't know that. That's the whole point," he said.

Hostetler's vow that every affected passenger would be rebooked within 48 hours was already slipping by Monday evening, with some travelers told to wait until the weekend.

Shares of Prairie Sky's parent company, Cordillera Aviation Group, fell 9% in New York.
"""

QUOTES = [
    dict(content="inspectors could not match the dates of at least 140 required checks to work orders signed by a licensed mechanic", kind="indirect", speaker="Federal Aviation Administration", mention="the Federal Aviation Administration", cue="According to", stance="claim"),
    dict(content="We are not saying these aircraft are unsafe. We are saying we cannot tell whether they are safe, and that is not good enough,", kind="direct", speaker="Louise Tremont", mention="FAA regional administrator Louise Tremont", cue="told reporters", stance="claim"),
    dict(content="every check had been done", kind="indirect", speaker="Dale Hostetler", mention="Prairie Sky's chief executive, Dale Hostetler", cue="insisted", stance="denial"),
    dict(content="The work was done. The paperwork was not where it should have been,", kind="direct", speaker="Dale Hostetler", mention="[[Hostetler]] said", cue="said", stance="denial"),
    dict(content="That's on us, and we're fixing it.", kind="direct", speaker="Dale Hostetler", mention="[[Hostetler]] said", cue="said", stance="confirmation"),
    dict(content=("the airline had moved its maintenance records", "\"did not make the trip.\""), kind="mixed", speaker="Dale Hostetler", mention="He", cue="conceded", stance="confirmation"),
    dict(content="it expected to return at least half of the fleet to service by Thursday", kind="indirect", speaker="Prairie Sky Airlines", mention="The airline", cue="issued a statement late Monday saying", stance="claim"),
    dict(content="The mechanics' union has warned for more than a year that the airline was stretching its staff too thin", kind="indirect", speaker="Ray Okafor", mention="Ray Okafor, president of the local chapter of the Aircraft Mechanics Fraternal Association", cue="according to", stance="claim"),
    dict(content="We have 38 mechanics doing the work of 60,", kind="direct", speaker="Ray Okafor", mention="[[Okafor]] said", cue="said", stance="claim"),
    dict(content="Nobody should be surprised by this.", kind="direct", speaker="Ray Okafor", mention="[[Okafor]] said", cue="said", stance="claim"),
    dict(content=("Staffing, he said, was", "hired 11 mechanics this year"), kind="mixed", speaker="Dale Hostetler", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="they had learned of the cancellations only when they reached the airport", kind="indirect", speaker="passengers at the Prairie Sky counter", mention="Many of them", cue="said", stance="claim"),
    dict(content="I got a text at 5:40 this morning telling me my flight was canceled. I was already in the parking garage,", kind="direct", speaker="Marisol Quintero", mention="Marisol Quintero, a nurse trying to reach Casper, Wyoming", cue="said", stance="claim"),
    dict(content="the agency had warned Prairie Sky in writing in June about \"recurring documentation lapses.\"", kind="mixed", speaker="Louise Tremont", mention="Tremont", cue="pointed out", stance="claim"),
    dict(content="whether the airline faced a fine", kind="indirect", speaker="Louise Tremont", mention="She", cue="would not say", stance="non_denial"),
    dict(content="he would ask the Senate Commerce Committee to look into the case", kind="indirect", speaker="Carl Whitfield", mention="Sen. Carl Whitfield, a Wyoming Republican", cue="made clear", stance="claim"),
    dict(content="Small communities depend on this airline. They deserve to know it is being run properly,", kind="direct", speaker="Carl Whitfield", mention="[[Whitfield]] said", cue="said in a statement", stance="claim"),
    dict(content="no passenger had ever been at risk", kind="indirect", speaker="Prairie Sky Airlines", mention="The airline's", cue="claim", stance="claim"),
    dict(content="They don't know that. That's the whole point,", kind="direct", speaker="Ray Okafor", mention="he", cue="said", stance="denial"),
    dict(content="every affected passenger would be rebooked within 48 hours", kind="indirect", speaker="Dale Hostetler", mention="Hostetler's", cue="vow", stance="claim"),
]

UNNAMED_SPEAKERS = ["passengers at the Prairie Sky counter"]

PARTIES = [
    dict(name="Prairie Sky Airlines", type="ORG", aliases=["Prairie Sky", "The airline", "the airline", "the carrier"]),
    dict(name="Federal Aviation Administration", type="ORG", aliases=["FAA", "the agency"]),
    dict(name="Louise Tremont", type="PERSON", aliases=["Tremont"]),
    dict(name="Dale Hostetler", type="PERSON", aliases=["Hostetler", "Prairie Sky's chief executive"]),
    dict(name="Ray Okafor", type="PERSON", aliases=["Okafor"]),
    dict(name="Aircraft Mechanics Fraternal Association", type="ORG", aliases=["The mechanics' union", "the union"]),
    dict(name="Marisol Quintero", type="PERSON", aliases=[]),
    dict(name="Carl Whitfield", type="PERSON", aliases=["Whitfield", "Sen. Carl Whitfield"]),
    dict(name="Senate Commerce Committee", type="ORG", aliases=[]),
    dict(name="Cordillera Aviation Group", type="ORG", aliases=[]),
]
