# ruff: noqa: E501
"""Gold spec: a press-conference report on a derailment, with questions and evasive answers (invented events)."""

# fmt: off
ID = "written-wire-presser"
TITLE = "Rail chief blames broken rail for diesel spill but sidesteps questions on inspections"

TEXT = """
REGINA, Saskatchewan — The head of Northern Plains Rail said on Monday that a freight train derailment that spilled diesel into a creek near Moose Jaw last week was caused by a broken rail, but she repeatedly declined to say when that stretch of track had last been inspected.

“Our crews found a fracture in the rail about forty metres ahead of the first car that left the track,” the chief executive, Claire Donnelly, told a news conference at the company's headquarters. “That is where this started.”

Asked three times whether the track had been inspected within the 30 days required by federal rules, Donnelly said the company was "fully cooperating" with the Transportation Safety Board and would not "get ahead of the investigation."

“I'm not going to speculate on the inspection schedule while the board is doing its work,” she said.

One reporter pointed to an August statement by the Canadian Track Workers' Union, which said staffing cuts had left some lines in the province unchecked for weeks at a time.

“I don't accept that claim,” Donnelly replied. “We have more inspectors in Saskatchewan today than we had five years ago.”

The union's president, Rob Kowalczyk, said later that the figure was "simply not true." He said the company had cut its inspection staff in the province from 22 to 14 since 2021, and that the numbers Donnelly cited included managers who "haven't walked a track in years."

A local radio station reported on Saturday that a train crew had flagged a rough ride on the same section on Oct. 2.

“I can't confirm that report, and I can't deny it either, because I haven't seen the crew's log,” Donnelly said.

Pressed on whether she would release the log, she said that was "a matter for the safety board."

The Transportation Safety Board said in a statement that its investigators had recovered the broken section of rail and would send it to the agency's laboratory in Ottawa. The board confirmed that about 45,000 litres of diesel had leaked from two tank cars, well above the company's first estimate.

Saskatchewan's environment minister, Dana Whitford, said the province would bill the railway for the cleanup. “Every dollar,” she said. Donnelly, for her part, said the company would pay "whatever it costs" and acknowledged that its first estimate of the spill had been wrong.
"""

QUOTES = [
    dict(content="a freight train derailment that spilled diesel into a creek near Moose Jaw last week was caused by a broken rail", kind="indirect", speaker="Claire Donnelly", mention="The head of Northern Plains Rail", cue="said", stance="claim"),
    dict(content="when that stretch of track had last been inspected", kind="indirect", speaker="Claire Donnelly", mention="she", cue="declined to say", stance="refusal"),
    dict(content="Our crews found a fracture in the rail about forty metres ahead of the first car that left the track,", kind="direct", speaker="Claire Donnelly", mention="the chief executive, Claire Donnelly", cue="told a news conference", stance="claim"),
    dict(content="That is where this started.", kind="direct", speaker="Claire Donnelly", mention="the chief executive, Claire Donnelly", cue="told a news conference", stance="claim"),
    dict(content=('the company was "fully cooperating"', 'of the investigation."'), kind="mixed", speaker="Claire Donnelly", mention="Donnelly", cue="said", stance="refusal"),
    dict(content="I'm not going to speculate on the inspection schedule while the board is doing its work,", kind="direct", speaker="Claire Donnelly", mention="she", cue="said", stance="refusal"),
    dict(content="staffing cuts had left some lines in the province unchecked for weeks at a time", kind="indirect", speaker="Canadian Track Workers' Union", mention="the Canadian Track Workers' Union", cue="said", stance="claim"),
    dict(content="I don't accept that claim,", kind="direct", speaker="Claire Donnelly", mention="Donnelly", cue="replied", stance="denial"),
    dict(content="We have more inspectors in Saskatchewan today than we had five years ago.", kind="direct", speaker="Claire Donnelly", mention="Donnelly", cue="replied", stance="denial"),
    dict(content='the figure was "simply not true."', kind="mixed", speaker="Rob Kowalczyk", mention="The union's president, Rob Kowalczyk", cue="said", stance="denial"),
    dict(content=('the company had cut its inspection staff', 'track in years."'), kind="mixed", speaker="Rob Kowalczyk", mention="He", cue="said", stance="denial"),
    dict(content="a train crew had flagged a rough ride on the same section on Oct. 2", kind="indirect", speaker="A local radio station", mention="A local radio station", cue="reported", stance="claim"),
    dict(content="I can't confirm that report, and I can't deny it either, because I haven't seen the crew's log,", kind="direct", speaker="Claire Donnelly", mention="Donnelly", cue="said", stance="non_denial"),
    dict(content='that was "a matter for the safety board."', kind="mixed", speaker="Claire Donnelly", mention="[[she]] said", cue="said", stance="non_denial"),
    dict(content="its investigators had recovered the broken section of rail and would send it to the agency's laboratory in Ottawa", kind="indirect", speaker="Transportation Safety Board", mention="The Transportation Safety Board", cue="said in a statement", stance="claim"),
    dict(content="about 45,000 litres of diesel had leaked from two tank cars, well above the company's first estimate", kind="indirect", speaker="Transportation Safety Board", mention="The board", cue="confirmed", stance="confirmation"),
    dict(content="the province would bill the railway for the cleanup", kind="indirect", speaker="Dana Whitford", mention="Saskatchewan's environment minister, Dana Whitford", cue="said", stance="claim"),
    dict(content="Every dollar,", kind="direct", speaker="Dana Whitford", mention="she", cue="said", stance="claim"),
    dict(content='the company would pay "whatever it costs"', kind="mixed", speaker="Claire Donnelly", mention="Donnelly", cue="said", stance="claim"),
    dict(content="its first estimate of the spill had been wrong", kind="indirect", speaker="Claire Donnelly", mention="Donnelly", cue="acknowledged", stance="confirmation"),
]

UNNAMED_SPEAKERS = ["A local radio station"]

PARTIES = [
    dict(name="Claire Donnelly", type="PERSON", aliases=["Donnelly", "The head of Northern Plains Rail", "the chief executive", "head of Northern Plains Rail", "chief executive"]),
    dict(name="Northern Plains Rail", type="ORG", aliases=["the company", "the railway", "company", "railway"]),
    dict(name="Transportation Safety Board", type="ORG", aliases=["The Transportation Safety Board", "the safety board", "The board", "the board", "safety board", "board"]),
    dict(name="Canadian Track Workers' Union", type="ORG", aliases=["the Canadian Track Workers' Union", "The union", "union"]),
    dict(name="Rob Kowalczyk", type="PERSON", aliases=["Kowalczyk", "The union's president", "union's president"]),
    dict(name="Dana Whitford", type="PERSON", aliases=["Saskatchewan's environment minister"]),
    dict(name="Saskatchewan", type="GPE", aliases=["the province", "province"]),
]
