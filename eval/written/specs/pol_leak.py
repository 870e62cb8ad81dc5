# ruff: noqa: E501
"""Gold spec: a senator accused of leaking a classified briefing (invented events)."""

# fmt: off
ID = "written-pol-leak"
TITLE = "Senator denies leaking details of classified briefing on Pacific base"

TEXT = """
WASHINGTON — Senator Dana Whitcombe, a Republican from Montana, on Thursday denied leaking details of a classified Pentagon briefing on a planned U.S. base in the Pacific, and accused the Defense Department of “hunting for a scapegoat.”

The Pentagon's inspector general opened an inquiry last week after a defense newsletter, Harbor Line, published the proposed location and cost of the facility two days after senators were briefed behind closed doors, according to two congressional aides.

"I did not leak anything, to anyone, ever," Whitcombe told reporters in the Capitol. "I have sat on this committee for nine years, and I know exactly what that oath means."

The senator pointed out that at least 40 people, including staff from three agencies, had attended the briefing.

A spokeswoman for the inspector general's office would neither confirm nor deny that Whitcombe's staff had been interviewed. “As a matter of policy, we do not discuss ongoing inquiries,” she said in an email.

The Pentagon said in a statement that it took "any unauthorized disclosure of classified information extremely seriously" and that the briefing's contents had been "shared with Congress in good faith."

Deputy Defense Secretary Alan Prewitt told a news conference on Wednesday that the department had not accused any lawmaker. “I have no idea who did this, and I am not going to guess,” he said. “What I can tell you is that it has already cost us time with our partners in the region.”

Whitcombe, 61, has been one of the most vocal critics of the base, which she has called “a billion-dollar runway to nowhere.”

Her critics in the party argued that the leak had been designed to kill the project before the appropriations vote next month. "The timing speaks for itself," said Representative Carl Lindqvist of Arizona, who chairs a House subcommittee on military construction.

Lindqvist acknowledged, however, that he had no evidence linking Whitcombe to the newsletter. "I'm not accusing her of anything. I'm saying somebody should find out," he said.

Harbor Line's editor, Megan Tull, declined to discuss the newsletter's sources. She wrote on social media that the publication "stands by every word" of its report.

A senior administration official, who spoke on condition of anonymity to discuss internal deliberations, said the White House had asked the Pentagon to “wrap this up quickly” and had no plans to refer the matter to the Justice Department.

The Justice Department declined to comment.
"""

QUOTES = [
    dict(content="leaking details of a classified Pentagon briefing on a planned U.S. base in the Pacific", kind="indirect", speaker="Dana Whitcombe", mention="Senator Dana Whitcombe, a Republican from Montana", cue="denied", stance="denial"),
    dict(content="the Defense Department of “hunting for a scapegoat.”", kind="mixed", speaker="Dana Whitcombe", mention="Senator Dana Whitcombe, a Republican from Montana", cue="accused", stance="claim"),
    dict(content=("The Pentagon's inspector general opened an inquiry last week", "briefed behind closed doors"), kind="indirect", speaker="two congressional aides", mention="two congressional aides", cue="according to", stance="claim"),
    dict(content="I did not leak anything, to anyone, ever,", kind="direct", speaker="Dana Whitcombe", mention="Whitcombe", cue="told reporters", stance="denial"),
    dict(content="I have sat on this committee for nine years, and I know exactly what that oath means.", kind="direct", speaker="Dana Whitcombe", mention="Whitcombe", cue="told reporters", stance="denial"),
    dict(content="at least 40 people, including staff from three agencies, had attended the briefing", kind="indirect", speaker="Dana Whitcombe", mention="The senator", cue="pointed out", stance="denial"),
    dict(content="Whitcombe's staff had been interviewed", kind="indirect", speaker="A spokeswoman for the inspector general's office", mention="A spokeswoman for the inspector general's office", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="As a matter of policy, we do not discuss ongoing inquiries,", kind="direct", speaker="A spokeswoman for the inspector general's office", mention="she", cue="said in an email", stance="refusal"),
    dict(content='it took "any unauthorized disclosure of classified information extremely seriously" and that the briefing\'s contents had been "shared with Congress in good faith."', kind="mixed", speaker="Pentagon", mention="The Pentagon", cue="said in a statement", stance="claim"),
    dict(content="the department had not accused any lawmaker", kind="indirect", speaker="Alan Prewitt", mention="Deputy Defense Secretary Alan Prewitt", cue="told a news conference", stance="denial"),
    dict(content="I have no idea who did this, and I am not going to guess,", kind="direct", speaker="Alan Prewitt", mention="he", cue="said", stance="non_denial"),
    dict(content="What I can tell you is that it has already cost us time with our partners in the region.", kind="direct", speaker="Alan Prewitt", mention="he", cue="said", stance="claim"),
    dict(content="a billion-dollar runway to nowhere.", kind="direct", speaker="Dana Whitcombe", mention="she", cue="has called", stance="claim"),
    dict(content="the leak had been designed to kill the project before the appropriations vote next month", kind="indirect", speaker="Her critics in the party", mention="Her critics in the party", cue="argued", stance="claim"),
    dict(content="The timing speaks for itself,", kind="direct", speaker="Carl Lindqvist", mention="Representative Carl Lindqvist of Arizona, who chairs a House subcommittee on military construction", cue="said", stance="claim"),
    dict(content="he had no evidence linking Whitcombe to the newsletter", kind="indirect", speaker="Carl Lindqvist", mention="Lindqvist", cue="acknowledged", stance="confirmation"),
    dict(content="I'm not accusing her of anything. I'm saying somebody should find out,", kind="direct", speaker="Carl Lindqvist", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="to discuss the newsletter's sources", kind="indirect", speaker="Megan Tull", mention="Harbor Line's editor, Megan Tull", cue="declined", stance="refusal"),
    dict(content='the publication "stands by every word" of its report', kind="mixed", speaker="Megan Tull", mention="She", cue="wrote on social media", stance="claim"),
    dict(content="the White House had asked the Pentagon to “wrap this up quickly” and had no plans to refer the matter to the Justice Department", kind="mixed", speaker="A senior administration official", mention="A senior administration official", cue="said", stance="claim"),
    dict(content="declined [[to comment]]", kind="indirect", speaker="Justice Department", mention="The Justice Department", cue="declined", stance="refusal"),
]

UNNAMED_SPEAKERS = ["two congressional aides", "A spokeswoman for the inspector general's office", "Her critics in the party", "A senior administration official"]

PARTIES = [
    dict(name="Dana Whitcombe", type="PERSON", aliases=["Whitcombe", "Senator Dana Whitcombe", "The senator"]),
    dict(name="Pentagon", type="ORG", aliases=["Defense Department", "the department"]),
    dict(name="Pentagon's inspector general", type="ORG", aliases=["the inspector general's office"]),
    dict(name="Harbor Line", type="ORG", aliases=["a defense newsletter", "the newsletter", "the publication"]),
    dict(name="Alan Prewitt", type="PERSON", aliases=["Deputy Defense Secretary Alan Prewitt"]),
    dict(name="Carl Lindqvist", type="PERSON", aliases=["Lindqvist", "Representative Carl Lindqvist"]),
    dict(name="Megan Tull", type="PERSON", aliases=["Harbor Line's editor"]),
    dict(name="White House", type="ORG", aliases=[]),
    dict(name="Justice Department", type="ORG", aliases=[]),
    dict(name="Congress", type="ORG", aliases=[]),
    dict(name="United States", type="GPE", aliases=["U.S."]),
]
