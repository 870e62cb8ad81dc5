# ruff: noqa: E501
"""Gold spec: wire labour news on a warehouse strike and safety charges (invented events, invented people)."""

# fmt: off
ID = "written-r13-warehouse"
TITLE = "Warehouse workers strike over heat as union accuses retailer of ignoring injuries"

TEXT = """
DORTMUND, July 22 (Wire) - About 1,800 workers at three distribution centres run by online retailer Kaufwelt walked out on Tuesday, the first strike in the company's history, after their union said temperatures inside the buildings had reached 38 degrees Celsius last week.

The union, Verdis, accuses Kaufwelt of failing to report dozens of heat-related injuries to labour inspectors, a charge the company denies.

Kaufwelt said every injury at its sites had been recorded and reported as the law requires. In a statement sent by email, spokeswoman Katrin Vogt said the company had installed new cooling systems at all three centres this year and that staff were given extra breaks whenever the temperature rose above 30 degrees.

The union's claim that the company hid injuries was "simply wrong", she said.

According to Verdis, at least 41 workers needed medical treatment during a heatwave in June, and seven were taken to hospital. Union negotiator Stefan Kruger said managers had told injured staff to record their absence as sick leave.

"People collapsed on the floor, and the next day they were asked to sign a form saying they had been unwell at home," he said. "That is not an accident. That is a system."

Kruger said the union had not ruled out extending the strike to the company's other eight sites in Germany if talks failed.

The company would not say how many of its 14,000 German employees had taken sick leave in June. Asked whether inspectors had visited the centres, Vogt said she could not comment on the work of the authorities.

The labour inspectorate for North Rhine-Westphalia confirmed it had received a complaint from the union and was examining it. It declined to give further details.

Kaufwelt's shares closed 1.4 percent lower in Frankfurt.
"""

QUOTES = [
    dict(content="temperatures inside the buildings had reached 38 degrees Celsius last week", kind="indirect", speaker="Verdis", mention="their union", cue="said", stance="claim"),
    dict(content="Kaufwelt of failing to report dozens of heat-related injuries to labour inspectors", kind="indirect", speaker="Verdis", mention="The union, Verdis", cue="accuses", stance="claim"),
    dict(content="a charge", kind="indirect", speaker="Kaufwelt", mention="the company denies", cue="denies", stance="denial"),
    dict(content="every injury at its sites had been recorded and reported as the law requires", kind="indirect", speaker="Kaufwelt", mention="Kaufwelt said", cue="said", stance="denial"),
    dict(content="the company had installed new cooling systems at all three centres this year and that staff were given extra breaks whenever the temperature rose above 30 degrees", kind="indirect", speaker="Katrin Vogt", mention="spokeswoman Katrin Vogt", cue="said", stance="denial"),
    dict(content='The union\'s claim that the company hid injuries was "simply wrong"', kind="mixed", speaker="Katrin Vogt", mention="she said", cue="said", stance="denial"),
    dict(content="at least 41 workers needed medical treatment during a heatwave in June, and seven were taken to hospital", kind="indirect", speaker="Verdis", mention="According to Verdis", cue="According to", stance="claim"),
    dict(content="managers had told injured staff to record their absence as sick leave", kind="indirect", speaker="Stefan Kruger", mention="Union negotiator Stefan Kruger", cue="said", stance="claim"),
    dict(content="People collapsed on the floor, and the next day they were asked to sign a form saying they had been unwell at home,", kind="direct", speaker="Stefan Kruger", mention="he said", cue="said", stance="claim"),
    dict(content="That is not an accident. That is a system.", kind="direct", speaker="Stefan Kruger", mention="he said", cue="said", stance="claim"),
    dict(content="the union had not ruled out extending the strike to the company's other eight sites in Germany if talks failed", kind="indirect", speaker="Stefan Kruger", mention="Kruger said", cue="said", stance="non_denial"),
    dict(content="how many of its 14,000 German employees had taken sick leave in June", kind="indirect", speaker="Kaufwelt", mention="The company", cue="would not say", stance="refusal"),
    dict(content="she could not comment on the work of the authorities", kind="indirect", speaker="Katrin Vogt", mention="Vogt said", cue="said", stance="refusal"),
    dict(content="it had received a complaint from the union and was examining it", kind="indirect", speaker="labour inspectorate for North Rhine-Westphalia", mention="The labour inspectorate for North Rhine-Westphalia", cue="confirmed", stance="confirmation"),
    dict(content="to give further details", kind="indirect", speaker="labour inspectorate for North Rhine-Westphalia", mention="It declined", cue="declined", stance="refusal"),
]

PARTIES = [
    dict(name="Kaufwelt", type="ORG", aliases=["the company"]),
    dict(name="Verdis", type="ORG", aliases=["The union"]),
    dict(name="Katrin Vogt", type="PERSON", aliases=["Vogt"]),
    dict(name="Stefan Kruger", type="PERSON", aliases=["Kruger"]),
    dict(name="labour inspectorate for North Rhine-Westphalia", type="ORG", aliases=[]),
]
