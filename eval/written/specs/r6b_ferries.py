# ruff: noqa: E501
"""Gold spec: a business story on a conglomerate selling its ferry subsidiary; parent and subsidiary with shared names, executives, a union, a ratings agency, a regulator, unnamed people with knowledge of the talks (invented events)."""

# fmt: off
ID = "written-r6b-ferries"
TITLE = "Halvorsen Nears Sale of Ferry Arm as Parent’s Debt Mounts"

TEXT = """
Halvorsen Group, the Norwegian shipping and logistics conglomerate, is in advanced talks to sell its loss-making ferry subsidiary to a consortium led by the Danish investor Nordhavn Capital, three people with knowledge of the talks said on Thursday.

The sale of Halvorsen Ferries, which operates 14 vessels on routes between Norway, Denmark and Germany, could be announced as early as next week, the people said, asking not to be named because the talks are private.

Halvorsen Group said in a statement that it “does not comment on market speculation” but remained “committed to reducing debt”. Shares in the parent company rose 6.2 per cent in Oslo.

The group’s chief executive, Ingrid Solberg, told analysts last month that the ferry business was “no longer core” to Halvorsen and that all options were under review.

Halvorsen Ferries lost 410 million kroner last year as fuel costs rose and passenger numbers on its Kiel route fell by a fifth. Its managing director, Tor Eriksen, said in an interview with the trade newspaper Skipsnytt in January that the unit could return to profit by 2027 “with or without the current owner”. Eriksen did not respond to requests for comment on Thursday.

Nordhavn Capital’s founder, Mads Kjærgaard, declined to discuss the talks. “We look at a lot of things. I won’t say more than that,” he said.

The Seafarers’ Union of Norway, which represents about 900 of the ferry company’s 1,300 crew, said it had not been consulted. “We read about this in the newspaper, like everybody else,” said the union’s leader, Kari Haugland. “If Halvorsen thinks it can sell our members like a second-hand vessel, it is mistaken.”

A Halvorsen spokesman, Per Lunde, said the group would “meet its obligations to employees under any transaction”. Asked whether jobs would be guaranteed, he said that would be “a matter for the buyer”.

The parent company’s own finances are under strain. Halvorsen Group’s net debt reached 18.7 billion kroner at the end of September, and the credit rating agency Fenwick Ratings cut its outlook on the group to negative in November. The agency said Halvorsen had “limited headroom” under its loan covenants.

The Berg family’s holding company, Brattvik Invest, which owns 31 per cent of Halvorsen, has backed the sale, according to one of the people with knowledge of the talks.

Analysts at Nordic Equity Research said a sale at the reported price of about 2 billion kroner would cut the group’s debt by barely a tenth. “It helps, but it does not solve the problem,” said Henrik Dahl, a transport analyst at the firm.

The Norwegian Competition Authority would have to approve any deal. A spokeswoman for the authority said it had not yet received a notification.
"""

QUOTES = [
    dict(content="Halvorsen Group, the Norwegian shipping and logistics conglomerate, is in advanced talks to sell its loss-making ferry subsidiary to a consortium led by the Danish investor Nordhavn Capital", kind="indirect", speaker="three people with knowledge of the talks", mention="three people with knowledge of the talks", cue="said", stance="claim"),
    dict(content="The sale of Halvorsen Ferries, which operates 14 vessels on routes between Norway, Denmark and Germany, could be announced as early as next week", kind="indirect", speaker="three people with knowledge of the talks", mention="the people", cue="said", stance="claim"),
    dict(content="it “does not comment on market speculation”", kind="mixed", speaker="Halvorsen Group", mention="Halvorsen Group", cue="said in a statement", stance="refusal"),
    dict(content="remained “committed to reducing debt”", kind="mixed", speaker="Halvorsen Group", mention="Halvorsen Group", cue="said in a statement", stance="claim"),
    dict(content="the ferry business was “no longer core” to Halvorsen and that all options were under review", kind="mixed", speaker="Ingrid Solberg", mention="The group’s chief executive, Ingrid Solberg", cue="told analysts", stance="claim"),
    dict(content="the unit could return to profit by 2027 “with or without the current owner”", kind="mixed", speaker="Tor Eriksen", mention="Its managing director, Tor Eriksen", cue="said in an interview", stance="claim"),
    dict(content="declined [[to discuss the talks]]", kind="indirect", speaker="Mads Kjærgaard", mention="Nordhavn Capital’s founder, Mads Kjærgaard", cue="declined", stance="refusal"),
    dict(content="We look at a lot of things. I won’t say more than that,", kind="direct", speaker="Mads Kjærgaard", mention="he", cue="said", stance="non_denial"),
    dict(content="it had not been consulted", kind="indirect", speaker="Seafarers’ Union of Norway", mention="The Seafarers’ Union of Norway, which represents about 900 of the ferry company’s 1,300 crew", cue="said", stance="claim"),
    dict(content="We read about this in the newspaper, like everybody else,", kind="direct", speaker="Kari Haugland", mention="the union’s leader, Kari Haugland", cue="said", stance="claim"),
    dict(content="If Halvorsen thinks it can sell our members like a second-hand vessel, it is mistaken.", kind="direct", speaker="Kari Haugland", mention="the union’s leader, Kari Haugland", cue="said", stance="claim"),
    dict(content="the group would “meet its obligations to employees under any transaction”", kind="mixed", speaker="Per Lunde", mention="A Halvorsen spokesman, Per Lunde", cue="said", stance="claim"),
    dict(content="that would be “a matter for the buyer”", kind="mixed", speaker="Per Lunde", mention="he", cue="said", stance="non_denial"),
    dict(content="Halvorsen had “limited headroom” under its loan covenants", kind="mixed", speaker="Fenwick Ratings", mention="The agency", cue="said", stance="claim"),
    dict(content="The Berg family’s holding company, Brattvik Invest, which owns 31 per cent of Halvorsen, has backed the sale", kind="indirect", speaker="three people with knowledge of the talks", mention="one of the people with knowledge of the talks", cue="according to", stance="claim"),
    dict(content="a sale at the reported price of about 2 billion kroner would cut the group’s debt by barely a tenth", kind="indirect", speaker="Nordic Equity Research", mention="Analysts at Nordic Equity Research", cue="said", stance="claim"),
    dict(content="It helps, but it does not solve the problem,", kind="direct", speaker="Henrik Dahl", mention="Henrik Dahl, a transport analyst at the firm", cue="said", stance="claim"),
    dict(content="it had not yet received a notification", kind="indirect", speaker="Norwegian Competition Authority", mention="A spokeswoman for the authority", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["three people with knowledge of the talks"]

PARTIES = [
    dict(name="Halvorsen Group", type="ORG", aliases=["Halvorsen", "the group", "the parent company", "The parent company", "the Norwegian shipping and logistics conglomerate"]),
    dict(name="Halvorsen Ferries", type="ORG", aliases=["its loss-making ferry subsidiary", "the ferry business", "the unit", "the ferry company"]),
    dict(name="Nordhavn Capital", type="ORG", aliases=[]),
    dict(name="Ingrid Solberg", type="PERSON", aliases=["The group’s chief executive"]),
    dict(name="Tor Eriksen", type="PERSON", aliases=["Eriksen", "Its managing director"]),
    dict(name="Skipsnytt", type="ORG", aliases=["the trade newspaper Skipsnytt"]),
    dict(name="Mads Kjærgaard", type="PERSON", aliases=["Nordhavn Capital’s founder"]),
    dict(name="Seafarers’ Union of Norway", type="ORG", aliases=["The Seafarers’ Union of Norway", "the union"]),
    dict(name="Kari Haugland", type="PERSON", aliases=["the union’s leader"]),
    dict(name="Per Lunde", type="PERSON", aliases=["A Halvorsen spokesman"]),
    dict(name="Fenwick Ratings", type="ORG", aliases=["The agency", "the credit rating agency Fenwick Ratings"]),
    dict(name="Brattvik Invest", type="ORG", aliases=["The Berg family’s holding company"]),
    dict(name="Nordic Equity Research", type="ORG", aliases=["the firm", "Analysts at Nordic Equity Research"]),
    dict(name="Henrik Dahl", type="PERSON", aliases=[]),
    dict(name="Norwegian Competition Authority", type="ORG", aliases=["The Norwegian Competition Authority", "the authority", "A spokeswoman for the authority"]),
]
