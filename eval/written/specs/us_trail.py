# ruff: noqa: E501
"""Gold spec: a newspaper's campaign-trail story from an Ohio Senate race (invented events)."""

# fmt: off
ID = "written-us-trail"
TITLE = "On a swing through farm country, Whitcomb dodges questions about his donor's pipeline"

TEXT = """
FINDLAY, Ohio — Standing on a hay wagon outside a grain elevator on Saturday, Rep. Dale Whitcomb told about 200 supporters that he was running for the Senate "to get Washington out of your barn and out of your wallet."

The three-term congressman, who is locked in a tight Republican primary with former state treasurer Gwen Ostrander, spent the day crisscrossing northwest Ohio in a borrowed pickup truck, stopping at diners, a county fair and a tractor dealership.

"I grew up forty miles from here. My dad sold seed corn out of the back of a Ford," Whitcomb said, his voice hoarse by the afternoon. "Nobody has to explain this place to me."

But the questions that followed him from stop to stop were about Harlan Voss, an Oklahoma energy executive who has given more than $1.2 million to a super PAC backing Whitcomb's campaign. A company Voss chairs is seeking federal approval for a gas pipeline that would cross four Ohio counties.

Asked by The Plain Dealer whether he had discussed the pipeline with Voss, Whitcomb paused. "I talk to a lot of people who support me. I'm not going to get into private conversations," he said.

Later, in Ada, the Ohio Republican went further. He said he had never promised anyone a vote on any project and called the suggestion "insulting to every farmer in this state."

His campaign spokeswoman, Brianna Kell, said in a statement that the congressman "has not taken a position on the pipeline and will not until the permit process is complete." She added that Whitcomb had no say over the super PAC, which by law cannot coordinate with candidates.

Ostrander has made the donations the center of her campaign. At a town hall in Toledo on Friday, she accused Whitcomb of "renting out his seat to an oilman from Tulsa."

"Ohioans can read a map, and they can read a check," the 61-year-old said. "Dale needs to tell them which one he's following."

Voss did not respond to messages left with his company. A spokesman for the super PAC, Ohio Forward Fund, confirmed that Voss was its largest donor but declined to say how the money had been spent.

Some voters seemed unbothered. "Everybody's got rich friends," said Ron Tiller, 72, a retired school-bus driver who drove in from Bluffton. "I care whether he shows up for us."

Others were less sure. Marcy Delgado, who farms soybeans near the proposed route, said she had come to hear Whitcomb out but left without an answer. "He shook my hand and talked about his dad," she said. "I asked about my land."

Whitcomb acknowledged late in the day that he had flown to Tulsa in March for a fundraiser at Voss's home. He said the trip had been disclosed and that "there is nothing there."

A poll released last week by Baldwin Wallace University showed Ostrander and Whitcomb within three points of each other among likely Republican primary voters, with nearly a third undecided.

The primary is May 5.
"""

QUOTES = [
    dict(content="he was running for the Senate \"to get Washington out of your barn and out of your wallet.\"", kind="mixed", speaker="Dale Whitcomb", mention="Rep. Dale Whitcomb", cue="told", stance="claim"),
    dict(content="I grew up forty miles from here. My dad sold seed corn out of the back of a Ford,", kind="direct", speaker="Dale Whitcomb", mention="Whitcomb", cue="said", stance="claim"),
    dict(content="Nobody has to explain this place to me.", kind="direct", speaker="Dale Whitcomb", mention="Whitcomb", cue="said", stance="claim"),
    dict(content="I talk to a lot of people who support me. I'm not going to get into private conversations,", kind="direct", speaker="Dale Whitcomb", mention="conversations,\" [[he]] said", cue="said", stance="non_denial"),
    dict(content="he had never promised anyone a vote on any project", kind="indirect", speaker="Dale Whitcomb", mention="He", cue="said", stance="denial"),
    dict(content="the suggestion \"insulting to every farmer in this state.\"", kind="mixed", speaker="Dale Whitcomb", mention="He", cue="called", stance="denial"),
    dict(content="the congressman \"has not taken a position on the pipeline and will not until the permit process is complete.\"", kind="mixed", speaker="Brianna Kell", mention="His campaign spokeswoman, Brianna Kell", cue="said in a statement", stance="denial"),
    dict(content="Whitcomb had no say over the super PAC, which by law cannot coordinate with candidates", kind="indirect", speaker="Brianna Kell", mention="She", cue="added", stance="denial"),
    dict(content="Whitcomb of \"renting out his seat to an oilman from Tulsa.\"", kind="mixed", speaker="Gwen Ostrander", mention="she", cue="accused", stance="claim"),
    dict(content="Ohioans can read a map, and they can read a check,", kind="direct", speaker="Gwen Ostrander", mention="the 61-year-old", cue="said", stance="claim"),
    dict(content="Dale needs to tell them which one he's following.", kind="direct", speaker="Gwen Ostrander", mention="the 61-year-old", cue="said", stance="claim"),
    dict(content="Voss was its largest donor", kind="indirect", speaker="Ohio Forward Fund", mention="A spokesman for the super PAC", cue="confirmed", stance="confirmation"),
    dict(content="how the money had been spent", kind="indirect", speaker="Ohio Forward Fund", mention="A spokesman for the super PAC", cue="declined to say", stance="refusal"),
    dict(content="Everybody's got rich friends,", kind="direct", speaker="Ron Tiller", mention="Ron Tiller, 72, a retired school-bus driver", cue="said", stance="claim"),
    dict(content="I care whether he shows up for us.", kind="direct", speaker="Ron Tiller", mention="Ron Tiller, 72, a retired school-bus driver", cue="said", stance="claim"),
    dict(content="she had come to hear Whitcomb out but left without an answer", kind="indirect", speaker="Marcy Delgado", mention="Marcy Delgado, who farms soybeans near the proposed route", cue="said", stance="claim"),
    dict(content="He shook my hand and talked about his dad,", kind="direct", speaker="Marcy Delgado", mention="dad,\" [[she]] said", cue="said", stance="claim"),
    dict(content="I asked about my land.", kind="direct", speaker="Marcy Delgado", mention="dad,\" [[she]] said", cue="said", stance="claim"),
    dict(content="he had flown to Tulsa in March for a fundraiser at Voss's home", kind="indirect", speaker="Dale Whitcomb", mention="Whitcomb", cue="acknowledged", stance="confirmation"),
    dict(content="the trip had been disclosed and that \"there is nothing there.\"", kind="mixed", speaker="Dale Whitcomb", mention="He", cue="said", stance="denial"),
]

PARTIES = [
    dict(name="Dale Whitcomb", type="PERSON", aliases=["Whitcomb", "Rep. Dale Whitcomb", "The three-term congressman", "the Ohio Republican", "the congressman", "Dale", "three-term congressman", "Ohio Republican", "congressman"]),
    dict(name="Gwen Ostrander", type="PERSON", aliases=["Ostrander", "former state treasurer Gwen Ostrander", "the 61-year-old", "61-year-old"]),
    dict(name="Harlan Voss", type="PERSON", aliases=["Voss", "an Oklahoma energy executive", "Oklahoma energy executive"]),
    dict(name="Brianna Kell", type="PERSON", aliases=["His campaign spokeswoman"]),
    dict(name="Ohio Forward Fund", type="ORG", aliases=["the super PAC", "A spokesman for the super PAC", "super PAC", "spokesman for the super PAC"]),
    dict(name="The Plain Dealer", type="ORG", aliases=[]),
    dict(name="Ron Tiller", type="PERSON", aliases=["a retired school-bus driver", "retired school-bus driver"]),
    dict(name="Marcy Delgado", type="PERSON", aliases=[]),
    dict(name="Baldwin Wallace University", type="ORG", aliases=[]),
    dict(name="Senate", type="ORG", aliases=[]),
    dict(name="Republican", type="NORP", aliases=[]),
    dict(name="Ohio", type="GPE", aliases=[]),
]
