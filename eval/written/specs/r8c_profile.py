# ruff: noqa: E501
"""Gold spec: a feature profile of an invented retiring charity head, with titles and scare quotes (invented events, invented people)."""

# fmt: off
ID = "written-r8c-profile"
TITLE = "‘I was never a saint’: Miriam Okafor on 30 years of running Shelter North"

TEXT = """
Miriam Okafor keeps a framed newspaper cutting above her desk. It is a 1996 editorial that called her new homelessness charity "well-meaning but doomed", and she says she looks at it every morning.

"It reminds me that people were wrong about us once," she says, pouring tea in the cramped office in Salford where Shelter North began. "And that they could be right about us tomorrow if we get lazy."

Okafor, 68, steps down as chief executive next month. In three decades the charity has grown from a soup run with two volunteers into an organisation with 400 staff and hostels in nine towns. Its annual report, "No Wrong Door", was cited in Parliament last year during the debate on the Renters Bill.

She is candid about her mistakes. She admits she expanded too fast in the early 2000s, when the charity opened four hostels in two years and nearly ran out of money. Some of the trustees at the time, she says, wanted to close two of them. She refused, and she now concedes that they were probably right.

"I was never a saint," she says. "I was stubborn, and sometimes stubborn worked and sometimes it did not."

Her critics have been less kind. A former deputy, Tom Hurst, who left in 2019, has described the charity under her leadership as "a one-woman show". He told the BBC's Face the Facts programme that staff who disagreed with her were "frozen out".

Okafor rejects that account, though not angrily. She says Hurst was a good manager who wanted her job, which is not the same as being right. It is not to say, she adds, that she was easy to work for.

The charity's chair, Leonard Sim, describes her as "the reason half of these hostels exist". He says the board has spent two years planning her succession and that her replacement, the former council housing director Priya Nair, will be named formally on Friday.

The government's so-called "homelessness reduction strategy" is a sore point. Okafor calls it "a press release with a budget line". Ministers, she argues, have spent more on temporary accommodation in hotels than it would cost to build the homes that would make it unnecessary.

A Department for Housing spokesperson said the government was investing £1.2bn in homelessness services this year, "the largest sum ever", and rejected the suggestion that the strategy lacked substance.

What will she do next? She laughs. A book, perhaps, although she has turned down two publishers who wanted to call it "Angel of the Streets". "I would rather it was called 'Mostly Paperwork'," she says.

She plans to volunteer on the Tuesday soup run, the one she started. "I will not be in charge of anything," she says. "Priya has made that very clear."
"""

QUOTES = [
    dict(content='her new homelessness charity "well-meaning but doomed"', kind="mixed", speaker="a 1996 editorial", mention="a 1996 editorial", cue="called", stance="claim"),
    dict(content="she looks at it every morning", kind="indirect", speaker="Miriam Okafor", mention="[[she]] says she looks", cue="says", stance="claim"),
    dict(content="It reminds me that people were wrong about us once,", kind="direct", speaker="Miriam Okafor", mention="[[she]] says, pouring", cue="says", stance="claim"),
    dict(content="And that they could be right about us tomorrow if we get lazy.", kind="direct", speaker="Miriam Okafor", mention="[[she]] says, pouring", cue="says", stance="claim"),
    dict(content="she expanded too fast in the early 2000s, when the charity opened four hostels in two years and nearly ran out of money", kind="indirect", speaker="Miriam Okafor", mention="She admits", cue="admits", stance="confirmation"),
    dict(content="Some of the trustees at the time, she says, wanted to close two of them", kind="indirect", speaker="Miriam Okafor", mention="[[she]] says, wanted", cue="says", stance="claim"),
    dict(content="they were probably right", kind="indirect", speaker="Miriam Okafor", mention="[[she]] now concedes", cue="concedes", stance="confirmation"),
    dict(content="I was never a saint,", kind="direct", speaker="Miriam Okafor", mention='[[she]] says. "I was stubborn', cue="says", stance="claim"),
    dict(content="I was stubborn, and sometimes stubborn worked and sometimes it did not.", kind="direct", speaker="Miriam Okafor", mention='[[she]] says. "I was stubborn', cue="says", stance="claim"),
    dict(content="the charity under her leadership as \"a one-woman show\"", kind="mixed", speaker="Tom Hurst", mention="A former deputy, Tom Hurst, who left in 2019", cue="has described", stance="claim"),
    dict(content='staff who disagreed with her were "frozen out"', kind="mixed", speaker="Tom Hurst", mention="He told", cue="told the BBC's Face the Facts programme", stance="claim"),
    dict(content="that account", kind="indirect", speaker="Miriam Okafor", mention="Okafor rejects", cue="rejects", stance="denial"),
    dict(content="Hurst was a good manager who wanted her job, which is not the same as being right", kind="indirect", speaker="Miriam Okafor", mention="She says Hurst", cue="says", stance="denial"),
    dict(content="It is not to say, she adds, that she was easy to work for", kind="indirect", speaker="Miriam Okafor", mention="she adds", cue="adds", stance="claim"),
    dict(content='her as "the reason half of these hostels exist"', kind="mixed", speaker="Leonard Sim", mention="The charity's chair, Leonard Sim", cue="describes", stance="claim"),
    dict(content="the board has spent two years planning her succession and that her replacement, the former council housing director Priya Nair, will be named formally on Friday", kind="indirect", speaker="Leonard Sim", mention="He says", cue="says", stance="claim"),
    dict(content='it "a press release with a budget line"', kind="mixed", speaker="Miriam Okafor", mention="Okafor calls", cue="calls", stance="claim"),
    dict(content="Ministers, she argues, have spent more on temporary accommodation in hotels than it would cost to build the homes that would make it unnecessary", kind="indirect", speaker="Miriam Okafor", mention="she argues", cue="argues", stance="claim"),
    dict(content='the government was investing £1.2bn in homelessness services this year, "the largest sum ever"', kind="mixed", speaker="Department for Housing", mention="A Department for Housing spokesperson", cue="said", stance="claim"),
    dict(content="the suggestion that the strategy lacked substance", kind="indirect", speaker="Department for Housing", mention="A Department for Housing spokesperson", cue="rejected", stance="denial"),
    dict(content="I would rather it was called 'Mostly Paperwork',", kind="direct", speaker="Miriam Okafor", mention="Paperwork',\" [[she]] says", cue="says", stance="claim"),
    dict(content="I will not be in charge of anything,", kind="direct", speaker="Miriam Okafor", mention='[[she]] says. "Priya', cue="says", stance="claim"),
    dict(content="Priya has made that very clear.", kind="direct", speaker="Miriam Okafor", mention='[[she]] says. "Priya', cue="says", stance="claim"),
]

UNNAMED_SPEAKERS = ["a 1996 editorial"]

PARTIES = [
    dict(name="Miriam Okafor", type="PERSON", aliases=["Okafor"]),
    dict(name="Shelter North", type="ORG", aliases=[]),
    dict(name="Tom Hurst", type="PERSON", aliases=["Hurst"]),
    dict(name="Leonard Sim", type="PERSON", aliases=[]),
    dict(name="Priya Nair", type="PERSON", aliases=["Priya"]),
    dict(name="Department for Housing", type="ORG", aliases=[]),
    dict(name="BBC", type="ORG", aliases=[]),
    dict(name="Parliament", type="ORG", aliases=[]),
]
