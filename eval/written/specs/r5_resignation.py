# ruff: noqa: E501
"""Gold spec: a broadsheet political story on a cabinet minister's resignation and the leak row behind it (invented events)."""

# fmt: off
ID = "written-r5-resignation"
TITLE = "Hartigan quits with a parting shot at No 10 over leaked rail review"

TEXT = """
Eleanor Hartigan resigned as transport secretary on Thursday night with a letter that laid bare the tensions at the top of Richard Lomax’s government, accusing Downing Street of briefing against her for weeks and of leaking a draft of her rail review to sink it.

In the letter, which she posted online shortly after 10pm, Ms Hartigan said she could “no longer serve in a cabinet where loyalty is treated as a one-way street”.

Downing Street rejected her account. A No 10 spokesman said the suggestion that officials had leaked the review was “categorically untrue” and that the prime minister retained “full confidence” in his team.

The row turns on a 40-page draft of the review, which proposed closing 30 lightly used branch lines and was splashed across a Sunday newspaper last month. Ms Hartigan has told friends that only three copies existed outside her department, one of them in the prime minister’s private office.

Her allies say the leak came from Owen Farrant, the prime minister’s chief of staff, who is known in Westminster for his sharp elbows and his closeness to the Treasury.

Mr Farrant, who rarely speaks in public, issued a short statement on Friday morning. “I have never seen the draft, let alone handed it to a journalist,” he said. “I have worked with Eleanor for six years and I am sorry she believes otherwise.”

The prime minister was less direct. Asked on Friday whether Mr Farrant had spoken to the newspaper that published the draft, Mr Lomax said: “I’m not going to provide a running commentary on staffing matters.”

He added that he had not discussed the matter with his chief of staff and did not intend to. Pressed on whether he had seen the draft himself, he said he read “a great many documents” and could not be expected to remember each one.

The shadow transport secretary, Priya Natarajan, said the resignation showed a government “at war with itself”. “If the prime minister cannot tell us whether his own chief of staff leaked a cabinet paper, what can he tell us?” she said.

Ms Hartigan’s letter also complained that she had been “kept in the dark” about a decision to delay electrification of the Midland main line. The Treasury said that was not the case.

A Treasury source said officials had briefed her department on the delay at two meetings in January and that minutes of both had been sent to her private office.

Ms Hartigan conceded on Friday that she had missed one of those meetings, but insisted she had never been told the delay would run to 2031.

“I made a mistake in not reading every set of minutes myself, and I own that,” she told the BBC’s Today programme. “But nobody, at any point, told me we were talking about eight years.”

She would not say whether she intends to stand for the party leadership, telling the programme only that she was “focused on my constituents”.

Two junior ministers regarded as close to Ms Hartigan have told colleagues they are considering their positions. One of them, asked directly whether she would follow her out of the door, replied: “Ask me on Monday.”

The Cabinet Office confirmed that it had opened an inquiry into the leak in October, but declined to say who was leading it or when it would report.

Sir Malcolm Dyer, the veteran chairman of the transport select committee, said his committee would not hold an emergency session and that the inquiry should be “allowed to finish its work before anyone throws more stones”.

Mr Lomax, speaking at a hospital in Leeds on Friday afternoon, was conciliatory about his former colleague. “Eleanor did a fine job and I wish her well,” he said.

But he bristled at the charge in her letter. “The idea that this government is run by anonymous briefings is nonsense,” he said. “Nobody in my office briefs against ministers, and anyone who did would be out of a job.”

Ms Hartigan, for her part, said on Friday evening that she stood by every word of the letter. She did not reply when asked whether she had kept copies of any messages from No 10.
"""

QUOTES = [
    dict(content="Downing Street of briefing against her for weeks and of leaking a draft of her rail review to sink it", kind="indirect", speaker="Eleanor Hartigan", mention="Eleanor Hartigan", cue="accusing", stance="claim"),
    dict(content="she could “no longer serve in a cabinet where loyalty is treated as a one-way street”", kind="mixed", speaker="Eleanor Hartigan", mention="Ms Hartigan", cue="said", stance="claim"),
    dict(content="rejected [[her account]]", kind="indirect", speaker="Downing Street", mention="Downing Street", cue="rejected", stance="denial"),
    dict(content=("the suggestion that officials had leaked the review", "“full confidence” in his team"), kind="mixed", speaker="Downing Street", mention="A No 10 spokesman", cue="said", stance="denial"),
    dict(content="only three copies existed outside her department, one of them in the prime minister’s private office", kind="indirect", speaker="Eleanor Hartigan", mention="Ms Hartigan", cue="has told friends", stance="claim"),
    dict(content="the leak came from Owen Farrant, the prime minister’s chief of staff, who is known in Westminster for his sharp elbows and his closeness to the Treasury", kind="indirect", speaker="Her allies", mention="Her allies", cue="say", stance="claim"),
    dict(content="I have never seen the draft, let alone handed it to a journalist,", kind="direct", speaker="Owen Farrant", mention="he", cue="said", stance="denial"),
    dict(content="I have worked with Eleanor for six years and I am sorry she believes otherwise.", kind="direct", speaker="Owen Farrant", mention="he", cue="said", stance="denial"),
    dict(content="I’m not going to provide a running commentary on staffing matters.", kind="direct", speaker="Richard Lomax", mention="Mr Lomax", cue="said:", stance="non_denial"),
    dict(content="he had not discussed the matter with his chief of staff and did not intend to", kind="indirect", speaker="Richard Lomax", mention="He", cue="added", stance="claim"),
    dict(content="he read “a great many documents” and could not be expected to remember each one", kind="mixed", speaker="Richard Lomax", mention="[[he]] said he read", cue="said", stance="non_denial"),
    dict(content="the resignation showed a government “at war with itself”", kind="mixed", speaker="Priya Natarajan", mention="The shadow transport secretary, Priya Natarajan", cue="said", stance="claim"),
    dict(content="If the prime minister cannot tell us whether his own chief of staff leaked a cabinet paper, what can he tell us?", kind="direct", speaker="Priya Natarajan", mention="she", cue="said", stance="claim"),
    dict(content="she had been “kept in the dark” about a decision to delay electrification of the Midland main line", kind="mixed", speaker="Eleanor Hartigan", mention="Ms Hartigan", cue="complained", stance="claim"),
    dict(content="that was not the case", kind="indirect", speaker="Treasury", mention="The Treasury", cue="said", stance="denial"),
    dict(content="officials had briefed her department on the delay at two meetings in January and that minutes of both had been sent to her private office", kind="indirect", speaker="A Treasury source", mention="A Treasury source", cue="said", stance="denial"),
    dict(content="she had missed one of those meetings", kind="indirect", speaker="Eleanor Hartigan", mention="Ms Hartigan", cue="conceded", stance="confirmation"),
    dict(content="she had never been told the delay would run to 2031", kind="indirect", speaker="Eleanor Hartigan", mention="Ms Hartigan", cue="insisted", stance="denial"),
    dict(content="I made a mistake in not reading every set of minutes myself, and I own that,", kind="direct", speaker="Eleanor Hartigan", mention="she", cue="told the BBC’s Today programme", stance="confirmation"),
    dict(content="But nobody, at any point, told me we were talking about eight years.", kind="direct", speaker="Eleanor Hartigan", mention="she", cue="told the BBC’s Today programme", stance="denial"),
    dict(content="whether she intends to stand for the party leadership", kind="indirect", speaker="Eleanor Hartigan", mention="She", cue="would not say", stance="non_denial"),
    dict(content="she was “focused on my constituents”", kind="mixed", speaker="Eleanor Hartigan", mention="She", cue="telling the programme only", stance="non_denial"),
    dict(content="they are considering their positions", kind="indirect", speaker="Two junior ministers regarded as close to Ms Hartigan", mention="Two junior ministers regarded as close to Ms Hartigan", cue="have told colleagues", stance="claim"),
    dict(content="Ask me on Monday.", kind="direct", speaker="One of them", mention="One of them", cue="replied:", stance="non_denial"),
    dict(content="it had opened an inquiry into the leak in October", kind="indirect", speaker="Cabinet Office", mention="The Cabinet Office", cue="confirmed", stance="confirmation"),
    dict(content="who was leading it or when it would report", kind="indirect", speaker="Cabinet Office", mention="The Cabinet Office", cue="declined to say", stance="refusal"),
    dict(content=("his committee would not hold an emergency session", "throws more stones”"), kind="mixed", speaker="Malcolm Dyer", mention="Sir Malcolm Dyer, the veteran chairman of the transport select committee", cue="said", stance="claim"),
    dict(content="Eleanor did a fine job and I wish her well,", kind="direct", speaker="Richard Lomax", mention="he", cue="said", stance="claim"),
    dict(content="The idea that this government is run by anonymous briefings is nonsense,", kind="direct", speaker="Richard Lomax", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="Nobody in my office briefs against ministers, and anyone who did would be out of a job.", kind="direct", speaker="Richard Lomax", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="she stood by every word of the letter", kind="indirect", speaker="Eleanor Hartigan", mention="Ms Hartigan, for her part", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Her allies", "A Treasury source", "Two junior ministers regarded as close to Ms Hartigan", "One of them"]

PARTIES = [
    dict(name="Eleanor Hartigan", type="PERSON", aliases=["Ms Hartigan", "Eleanor"]),
    dict(name="Richard Lomax", type="PERSON", aliases=["Mr Lomax", "the prime minister", "prime minister"]),
    dict(name="Downing Street", type="ORG", aliases=["No 10", "A No 10 spokesman"]),
    dict(name="Owen Farrant", type="PERSON", aliases=["Mr Farrant", "the prime minister’s chief of staff", "his chief of staff", "his own chief of staff"]),
    dict(name="Treasury", type="ORG", aliases=["The Treasury", "the Treasury"]),
    dict(name="Priya Natarajan", type="PERSON", aliases=["The shadow transport secretary"]),
    dict(name="Cabinet Office", type="ORG", aliases=["The Cabinet Office"]),
    dict(name="Malcolm Dyer", type="PERSON", aliases=["Sir Malcolm Dyer", "the veteran chairman of the transport select committee"]),
    dict(name="BBC", type="ORG", aliases=["the BBC’s Today programme"]),
]
