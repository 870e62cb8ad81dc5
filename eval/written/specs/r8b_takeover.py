# ruff: noqa: E501
"""Gold spec: a business story on a takeover bid; a parent and its subsidiary, a regulator with function words and its acronym in brackets, "the chief executive", "the group", an unnamed spokeswoman, analysts and shareholders (invented events, invented people)."""

# fmt: off
ID = "written-r8b-takeover"
TITLE = "Brannock Group Agrees £2.1bn Takeover of Fellside Foods"

TEXT = """
Brannock Group, the Leeds-based owner of the Brannock Dairies and Crestwell Bakeries brands, has agreed to buy the snack maker Fellside Foods for £2.1 billion, creating the country’s second-largest packaged food business.

The boards of both companies said on Monday that they had reached agreement on a cash offer of 410p a share, a premium of 38 percent to Fellside’s closing price on Friday.

Brannock’s chief executive, Margaret Oduya, said the deal would give the group “the scale to compete with the multinationals on every supermarket shelf”. Ms Oduya said there would be no factory closures in the first two years.

“Fellside is a brilliant business with brands people love, and we intend to keep it that way,” the chief executive said.

The bid is expected to be examined by the Competition and Markets Authority (CMA), which blocked a smaller deal in the sector last year. The CMA said it had not yet received a formal notification. A spokeswoman for the authority declined to comment further.

Fellside’s chairman, Sir Alistair Penrose, said the board had concluded that the offer was “fair and reasonable” and would recommend it to shareholders. Penrose said Fellside had rejected two earlier approaches from Brannock because they undervalued the company.

Not everyone was convinced. Harrow Lane Capital, which owns 6 percent of Fellside, said the price was too low and that it would vote against the deal. “This offer takes the company out just before the turnaround pays off,” said Gwen Talbot, the fund’s head of investment.

Brannock Dairies, the group’s milk subsidiary, is already the target of a separate investigation by the Groceries Code Adjudicator into how it pays farmers. A Brannock Dairies spokesman said the inquiry had nothing to do with the takeover.

The Union of Food and Allied Workers, which represents about 3,000 staff at Fellside’s four factories, said it would seek written guarantees on jobs. Its national officer, Dev Chauhan, said workers had “heard promises like this before”.

Analysts said the deal made sense for Brannock but left it heavily in debt. “They are paying a full price, and they are paying it with borrowed money,” said Colin Ashe of Northgate Securities.

Shares in Fellside rose 34 percent to 402p. Brannock shares fell 4 percent.
"""

QUOTES = [
    dict(content="they had reached agreement on a cash offer of 410p a share, a premium of 38 percent to Fellside’s closing price on Friday", kind="indirect", speaker="boards of both companies", mention="The boards of both companies", cue="said", stance="claim"),
    dict(content=("the deal would give the group", "on every supermarket shelf”"), kind="mixed", speaker="Margaret Oduya", mention="Brannock’s chief executive, Margaret Oduya", cue="said", stance="claim"),
    dict(content="there would be no factory closures in the first two years", kind="indirect", speaker="Margaret Oduya", mention="Ms Oduya", cue="said", stance="claim"),
    dict(content="Fellside is a brilliant business with brands people love, and we intend to keep it that way,", kind="direct", speaker="Margaret Oduya", mention="the chief executive", cue="said", stance="claim"),
    dict(content="it had not yet received a formal notification", kind="indirect", speaker="Competition and Markets Authority", mention="The CMA", cue="said", stance="claim"),
    dict(content="declined [[to comment further]]", kind="indirect", speaker="Competition and Markets Authority", mention="A spokeswoman for the authority", cue="declined", stance="refusal"),
    dict(content=("the board had concluded that the offer was “fair and reasonable”", "would recommend it to shareholders"), kind="mixed", speaker="Alistair Penrose", mention="Fellside’s chairman, Sir Alistair Penrose", cue="said", stance="claim"),
    dict(content="Fellside had rejected two earlier approaches from Brannock because they undervalued the company", kind="indirect", speaker="Alistair Penrose", mention="[[Penrose]] said Fellside", cue="said", stance="confirmation"),
    dict(content="the price was too low and that it would vote against the deal", kind="indirect", speaker="Harrow Lane Capital", mention="Harrow Lane Capital, which owns 6 percent of Fellside", cue="said", stance="claim"),
    dict(content="This offer takes the company out just before the turnaround pays off,", kind="direct", speaker="Gwen Talbot", mention="Gwen Talbot, the fund’s head of investment", cue="said", stance="claim"),
    dict(content="the inquiry had nothing to do with the takeover", kind="indirect", speaker="Brannock Dairies", mention="A Brannock Dairies spokesman", cue="said", stance="claim"),
    dict(content="it would seek written guarantees on jobs", kind="indirect", speaker="Union of Food and Allied Workers", mention="The Union of Food and Allied Workers, which represents about 3,000 staff at Fellside’s four factories", cue="said", stance="claim"),
    dict(content=("workers had", "“heard promises like this before”"), kind="mixed", speaker="Dev Chauhan", mention="Its national officer, Dev Chauhan", cue="said", stance="claim"),
    dict(content="the deal made sense for Brannock but left it heavily in debt", kind="indirect", speaker="Analysts", mention="Analysts", cue="said", stance="claim"),
    dict(content="They are paying a full price, and they are paying it with borrowed money,", kind="direct", speaker="Colin Ashe", mention="Colin Ashe of Northgate Securities", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["boards of both companies", "Analysts"]

PARTIES = [
    dict(name="Brannock Group", type="ORG", aliases=["Brannock", "the group"]),
    dict(name="Brannock Dairies", type="ORG", aliases=["A Brannock Dairies spokesman"]),
    dict(name="Crestwell Bakeries", type="ORG", aliases=[]),
    dict(name="Fellside Foods", type="ORG", aliases=["Fellside", "the company"]),
    dict(name="Margaret Oduya", type="PERSON", aliases=["Ms Oduya", "Brannock’s chief executive", "the chief executive"]),
    dict(name="Competition and Markets Authority", type="ORG", aliases=["CMA", "The CMA", "the authority"]),
    dict(name="Alistair Penrose", type="PERSON", aliases=["Sir Alistair Penrose", "Penrose", "Fellside’s chairman"]),
    dict(name="Harrow Lane Capital", type="ORG", aliases=["the fund"]),
    dict(name="Gwen Talbot", type="PERSON", aliases=[]),
    dict(name="Groceries Code Adjudicator", type="ORG", aliases=[]),
    dict(name="Union of Food and Allied Workers", type="ORG", aliases=["The Union of Food and Allied Workers"]),
    dict(name="Dev Chauhan", type="PERSON", aliases=["Its national officer"]),
    dict(name="Colin Ashe", type="PERSON", aliases=[]),
    dict(name="Northgate Securities", type="ORG", aliases=[]),
]
