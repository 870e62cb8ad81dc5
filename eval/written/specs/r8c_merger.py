# ruff: noqa: E501
"""Gold spec: a business report on a contested takeover of an invented software maker (invented events, invented people)."""

# fmt: off
ID = "written-r8c-merger"
TITLE = "Pellucid board backs £2.1bn Arkwright offer as founder vows to fight on"

TEXT = """
The board of Pellucid, the Leeds software company behind a payroll product called Tally, has recommended a £2.1bn takeover offer from the American private equity firm Arkwright Partners, setting up a clash with its founder, who owns 18 per cent of the shares.

In a statement to the stock exchange on Monday, Pellucid said the offer of 640p a share represented "a compelling premium" of 41 per cent to the price before talks were disclosed, and that the directors intended to vote their own shares in favour.

The founder, Hugh Ransome, vowed to fight the deal. He told the Financial Ledger that the offer "badly undervalues a business that is only now beginning to grow abroad", and said he had already spoken to other large shareholders who shared his view.

Chair Catriona Blake pointed out that the board had rejected three earlier approaches from Arkwright before agreeing terms. It was not a decision taken lightly, she said, and the directors had weighed Mr Ransome's objections "carefully and more than once".

Her assertion that the process had been thorough was questioned by two fund managers, who said they had learned of the talks from newspaper reports.

"Nobody from the company rang us," said Amrit Sehgal of Fenwick Asset Management, which holds about 4 per cent of the shares. "That is not to say the price is wrong. But we would have liked to be asked."

Arkwright said it had no plans to move Pellucid's headquarters or to cut jobs in Leeds, where the company employs 1,100 people. It would, according to the offer document, invest at least £150m over three years in research and development.

Unions were unconvinced. Prospect, which represents some of Pellucid's engineers, said similar promises from private equity buyers had "a habit of evaporating" once the deal was done, and called for the commitments to be made legally binding.

The business secretary, Owen Tranter, said he would look at the deal "very closely" but ruled out blocking it on national security grounds. Payroll software was not, he told MPs, the kind of critical infrastructure the investment screening law had been written for.

It is worth remembering that Pellucid's shares fell by a third last year after it cut its profit forecast twice. The company later apologised for the way the second warning had been communicated, which came only days after an investor day at which executives had described trading as strong.

Mr Ransome conceded that the share price had been "disappointing" but insisted the long-term plan was working. Sales of Tally in Germany and the Netherlands had doubled in a year, he said.

According to people familiar with Arkwright's thinking, the firm is prepared to raise its offer slightly but will walk away if the founder persuades enough investors to block the scheme. Arkwright declined to comment on that.

A scheme of arrangement needs the backing of 75 per cent of the votes cast. With Mr Ransome's stake and those of the funds that have voiced doubts, the outcome was "genuinely uncertain", said Helen Park, an analyst at Garside Securities.

Shares in Pellucid closed up 2p at 618p, below the offer price, a sign that investors see a real chance the deal fails, Ms Park said.
"""

QUOTES = [
    dict(content='the offer of 640p a share represented "a compelling premium" of 41 per cent to the price before talks were disclosed, and that the directors intended to vote their own shares in favour', kind="mixed", speaker="Pellucid", mention="Pellucid said", cue="said", stance="claim"),
    dict(content='the offer "badly undervalues a business that is only now beginning to grow abroad"', kind="mixed", speaker="Hugh Ransome", mention="He told", cue="told the Financial Ledger", stance="claim"),
    dict(content="he had already spoken to other large shareholders who shared his view", kind="indirect", speaker="Hugh Ransome", mention="He told", cue="said", stance="claim"),
    dict(content="the board had rejected three earlier approaches from Arkwright before agreeing terms", kind="indirect", speaker="Catriona Blake", mention="Chair Catriona Blake", cue="pointed out", stance="claim"),
    dict(content="It was not a decision taken lightly, she said, and the directors had weighed Mr Ransome's objections \"carefully and more than once\"", kind="mixed", speaker="Catriona Blake", mention="she said", cue="said", stance="claim"),
    dict(content="the process had been thorough", kind="indirect", speaker="Catriona Blake", mention="Her assertion", cue="assertion", stance="claim"),
    dict(content="they had learned of the talks from newspaper reports", kind="indirect", speaker="two fund managers", mention="two fund managers", cue="said", stance="claim"),
    dict(content="Nobody from the company rang us,", kind="direct", speaker="Amrit Sehgal", mention="Amrit Sehgal of Fenwick Asset Management", cue="said", stance="claim"),
    dict(content="That is not to say the price is wrong. But we would have liked to be asked.", kind="direct", speaker="Amrit Sehgal", mention="Amrit Sehgal of Fenwick Asset Management", cue="said", stance="claim"),
    dict(content="it had no plans to move Pellucid's headquarters or to cut jobs in Leeds, where the company employs 1,100 people", kind="indirect", speaker="Arkwright Partners", mention="Arkwright said", cue="said", stance="denial"),
    dict(content="It would, according to the offer document, invest at least £150m over three years in research and development", kind="indirect", speaker="Arkwright Partners", mention="the offer document", cue="according to", stance="claim"),
    dict(content='similar promises from private equity buyers had "a habit of evaporating" once the deal was done', kind="mixed", speaker="Prospect", mention="Prospect, which represents some of Pellucid's engineers", cue="said", stance="claim"),
    dict(content="the commitments to be made legally binding", kind="indirect", speaker="Prospect", mention="Prospect, which represents some of Pellucid's engineers", cue="called for", stance="claim"),
    dict(content='he would look at the deal "very closely"', kind="mixed", speaker="Owen Tranter", mention="The business secretary, Owen Tranter", cue="said", stance="claim"),
    dict(content="blocking it on national security grounds", kind="indirect", speaker="Owen Tranter", mention="The business secretary, Owen Tranter", cue="ruled out", stance="claim"),
    dict(content="Payroll software was not, he told MPs, the kind of critical infrastructure the investment screening law had been written for", kind="indirect", speaker="Owen Tranter", mention="he told MPs", cue="told MPs", stance="claim"),
    dict(content="the way the second warning had been communicated", kind="indirect", speaker="Pellucid", mention="The company later apologised", cue="apologised for", stance="claim"),
    dict(content='the share price had been "disappointing"', kind="mixed", speaker="Hugh Ransome", mention="Mr Ransome conceded", cue="conceded", stance="confirmation"),
    dict(content="the long-term plan was working", kind="indirect", speaker="Hugh Ransome", mention="Mr Ransome conceded", cue="insisted", stance="claim"),
    dict(content="Sales of Tally in Germany and the Netherlands had doubled in a year", kind="indirect", speaker="Hugh Ransome", mention="he said", cue="said", stance="claim"),
    dict(content="the firm is prepared to raise its offer slightly but will walk away if the founder persuades enough investors to block the scheme", kind="indirect", speaker="people familiar with Arkwright's thinking", mention="people familiar with Arkwright's thinking", cue="According to", stance="claim"),
    dict(content="Arkwright declined [[to comment on that]]", kind="indirect", speaker="Arkwright Partners", mention="Arkwright declined", cue="declined", stance="refusal"),
    dict(content=("With Mr Ransome's stake", '"genuinely uncertain"'), kind="mixed", speaker="Helen Park", mention="Helen Park, an analyst at Garside Securities", cue="said", stance="claim"),
    dict(content="Shares in Pellucid closed up 2p at 618p, below the offer price, a sign that investors see a real chance the deal fails", kind="indirect", speaker="Helen Park", mention="Ms Park said", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Pellucid", type="ORG", aliases=["The company"]),
    dict(name="Arkwright Partners", type="ORG", aliases=["Arkwright"]),
    dict(name="Hugh Ransome", type="PERSON", aliases=["Mr Ransome", "The founder, Hugh Ransome"]),
    dict(name="Catriona Blake", type="PERSON", aliases=["Chair Catriona Blake"]),
    dict(name="Amrit Sehgal", type="PERSON", aliases=[]),
    dict(name="Fenwick Asset Management", type="ORG", aliases=[]),
    dict(name="Prospect", type="ORG", aliases=[]),
    dict(name="Owen Tranter", type="PERSON", aliases=[]),
    dict(name="Helen Park", type="PERSON", aliases=["Ms Park"]),
    dict(name="Garside Securities", type="ORG", aliases=[]),
    dict(name="Financial Ledger", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["two fund managers", "people familiar with Arkwright's thinking"]
