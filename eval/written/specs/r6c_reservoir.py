# ruff: noqa: E501
"""Gold spec: a British broadsheet story on a water company's hosepipe ban and a leaking reservoir (invented events)."""

# fmt: off
ID = "written-r6c-reservoir"
TITLE = "Water firm imposes hosepipe ban as leaks drain Pennine reservoir"

TEXT = """
More than two million households in West Yorkshire face a hosepipe ban from Friday after Calder Valley Water said its largest reservoir had fallen to 31 per cent of capacity, the lowest level for the time of year since records began.

The company’s chief executive, Helen Marsden, said: ‘We know this is the last thing anyone wants to hear in the middle of a heatwave. But the reservoirs are where they are, and we have to act now to protect supplies into the autumn.’

Campaigners said the ban was the result of years of neglect. According to figures the company gave to the regulator, Ofwat, Calder Valley lost 212 million litres a day through leaking pipes last year, almost a quarter of all the water it put into supply.

Feargal Doyle, of the campaign group River Watch North, said: ‘They have known about these leaks for a decade. Every litre lost through a cracked main is a litre that should be in the reservoir.’

Ms Marsden rejected that. Leakage, she said, had fallen by 11 per cent in five years, and the company was replacing 400 kilometres of main a year.

She ruled out compensation for customers affected by the ban, telling BBC Radio Leeds that the company was ‘not in a position to write cheques’ while it was investing in the network.

The Environment Secretary, Priya Lal, expressed concern that water companies were still paying dividends while failing to fix leaks. Speaking in the Commons, she reminded MPs that the government had given Ofwat new powers to block payouts.

‘I want to be very clear with the industry: the public’s patience has run out,’ Ms Lal said.

Calder Valley paid its shareholders £86 million last year, a figure the company said was ‘modest by the standards of the sector’.

The Liberal Democrat MP for Calder Vale, Tom Ashworth, accused the company of having ‘sweated its assets for profit’, a charge Ms Marsden rejected.

Mr Ashworth said the ban would hit allotment holders and small growers hardest. ‘These are people who have done nothing wrong,’ he said. ‘They are being punished for the company’s failures.’

Ofwat said it would examine whether the company had met its leakage targets before deciding on any penalty. A spokesman for the regulator declined to comment on the dividend.

The ban, which covers watering gardens with a hosepipe, filling paddling pools and washing cars, was first reported by the Yorkshire Evening Courier. Anyone breaking it could be fined up to £1,000.

Locals at the reservoir’s visitor centre on Wednesday had mixed views. Some said the ban was overdue; others blamed the company. ‘You can see the old waterline from here. It’s a good ten metres above where it is now,’ said Brian Heald, 71, who has walked his dog around the reservoir for 30 years.

The company has also faced criticism over so-called ‘forever chemicals’ found in two of its treatment works, an issue it has promised to address by 2028.

Ms Marsden said the ban would be lifted ‘as soon as it is safe to do so’ and would not say how long it might last.
"""

QUOTES = [
    dict(content="its largest reservoir had fallen to 31 per cent of capacity, the lowest level for the time of year since records began", kind="indirect", speaker="Calder Valley Water", mention="Calder Valley Water", cue="said", stance="claim"),
    dict(content=("We know this is the last thing", "protect supplies into the autumn."), kind="direct", speaker="Helen Marsden", mention="The company’s chief executive, Helen Marsden", cue="said:", stance="claim"),
    dict(content="the ban was the result of years of neglect", kind="indirect", speaker="Campaigners", mention="Campaigners", cue="said", stance="claim"),
    dict(content="Calder Valley lost 212 million litres a day through leaking pipes last year, almost a quarter of all the water it put into supply", kind="indirect", speaker="Calder Valley Water", mention="figures the company gave to the regulator, Ofwat", cue="According to", stance="claim"),
    dict(content="They have known about these leaks for a decade. Every litre lost through a cracked main is a litre that should be in the reservoir.", kind="direct", speaker="Feargal Doyle", mention="Feargal Doyle, of the campaign group River Watch North", cue="said:", stance="claim"),
    dict(content="rejected [[that]]", kind="indirect", speaker="Helen Marsden", mention="Ms Marsden", cue="rejected", stance="denial"),
    dict(content="Leakage, she said, had fallen by 11 per cent in five years, and the company was replacing 400 kilometres of main a year", kind="indirect", speaker="Helen Marsden", mention="[[she]] said", cue="said", stance="denial"),
    dict(content="compensation for customers affected by the ban", kind="indirect", speaker="Helen Marsden", mention="She", cue="ruled out", stance="claim"),
    dict(content="the company was ‘not in a position to write cheques’ while it was investing in the network", kind="mixed", speaker="Helen Marsden", mention="She", cue="telling", stance="claim"),
    dict(content="water companies were still paying dividends while failing to fix leaks", kind="indirect", speaker="Priya Lal", mention="The Environment Secretary, Priya Lal", cue="expressed concern", stance="claim"),
    dict(content="the government had given Ofwat new powers to block payouts", kind="indirect", speaker="Priya Lal", mention="she", cue="reminded", stance="claim"),
    dict(content="I want to be very clear with the industry: the public’s patience has run out,", kind="direct", speaker="Priya Lal", mention="Ms Lal", cue="said", stance="claim"),
    dict(content="modest by the standards of the sector", kind="direct", speaker="Calder Valley Water", mention="the company", cue="said", stance="claim"),
    dict(content="the company of having ‘sweated its assets for profit’", kind="mixed", speaker="Tom Ashworth", mention="The Liberal Democrat MP for Calder Vale, Tom Ashworth", cue="accused", stance="claim"),
    dict(content="the ban would hit allotment holders and small growers hardest", kind="indirect", speaker="Tom Ashworth", mention="Mr Ashworth", cue="said", stance="claim"),
    dict(content="These are people who have done nothing wrong,", kind="direct", speaker="Tom Ashworth", mention="he", cue="said", stance="claim"),
    dict(content="They are being punished for the company’s failures.", kind="direct", speaker="Tom Ashworth", mention="he", cue="said", stance="claim", mention_para=0),
    dict(content="it would examine whether the company had met its leakage targets before deciding on any penalty", kind="indirect", speaker="Ofwat", mention="Ofwat", cue="said", stance="claim"),
    dict(content="to comment on the dividend", kind="indirect", speaker="Ofwat", mention="A spokesman for the regulator", cue="declined", stance="refusal"),
    dict(content="the ban was overdue", kind="indirect", speaker="Locals at the reservoir’s visitor centre", mention="Some", cue="said", stance="claim"),
    dict(content="You can see the old waterline from here. It’s a good ten metres above where it is now,", kind="direct", speaker="Brian Heald", mention="Brian Heald, 71, who has walked his dog around the reservoir for 30 years", cue="said", stance="claim"),
    dict(content="the ban would be lifted ‘as soon as it is safe to do so’", kind="mixed", speaker="Helen Marsden", mention="Ms Marsden", cue="said", stance="claim"),
    dict(content="how long it might last", kind="indirect", speaker="Helen Marsden", mention="Ms Marsden", cue="would not say", stance="refusal"),
]

UNNAMED_SPEAKERS = ["Campaigners", "Locals at the reservoir’s visitor centre"]

PARTIES = [
    dict(name="Calder Valley Water", type="ORG", aliases=["Calder Valley", "the company", "The company"]),
    dict(name="Helen Marsden", type="PERSON", aliases=["Ms Marsden", "The company’s chief executive"]),
    dict(name="Ofwat", type="ORG", aliases=["the regulator"]),
    dict(name="Feargal Doyle", type="PERSON", aliases=[]),
    dict(name="River Watch North", type="ORG", aliases=[]),
    dict(name="Priya Lal", type="PERSON", aliases=["Ms Lal", "The Environment Secretary"]),
    dict(name="Tom Ashworth", type="PERSON", aliases=["Mr Ashworth"]),
    dict(name="Brian Heald", type="PERSON", aliases=[]),
    dict(name="Yorkshire Evening Courier", type="ORG", aliases=[]),
    dict(name="BBC Radio Leeds", type="ORG", aliases=[]),
]
