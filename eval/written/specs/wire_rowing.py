# ruff: noqa: E501
"""Gold spec: a university rowing-admissions scandal with statements from institutions (invented events)."""

# fmt: off
ID = "written-wire-rowing"
TITLE = "Eastbrook University suspends rowing coach over claims team places went to donors' children"

TEXT = """
Eastbrook University has placed its head rowing coach on leave and opened an investigation into allegations that places on the women's team were offered to applicants whose families made large donations, the university said on Friday.

In a statement, the university's provost, Alicia Mendes, said the school had received "credible information" that at least four students had been admitted as recruited athletes although none had rowed competitively. "Admissions at Eastbrook are not for sale," she said. "Anyone who treated them as if they were will be held to account."

The coach, Martin Lindqvist, who has led the program for 11 years and won two national championships, denied any wrongdoing through his lawyer.

"Coach Lindqvist never asked for money, never received money and never promised a place on his roster to anyone," the lawyer, Renata Oyelaran, said in a statement. "He recommended athletes. Admissions decided."

The allegations were first made by three members of the team, who wrote to the university's board of trustees in September. In the letter, which was reviewed by this newspaper, they said the four students rarely attended practice and that one had told teammates her parents had "paid for her seat."

One of the rowers, a junior who asked that her name not be used because she feared retaliation, put it simply: "We all knew. We just didn't think anyone would listen."

The father of one of the four students, Richard Calloway, a property developer who gave $2.5 million to the university's boathouse appeal in 2023, said his gift had "nothing whatsoever to do with" his daughter's admission. He said she had rowed at a summer club in Maine and "earned her place like everyone else."

Asked whether the club had any record of his daughter, Calloway said he would not discuss his family's private matters with reporters.

The director of Casco Bay Rowing, the club he named, said in an email that she could find no record of a member by that name in the past five years.

Eastbrook's athletic director, Kevin Marsh, acknowledged that the department had not checked the race results of recruited rowers before offering them places. "That is a gap, and we're closing it," he told the student newspaper, The Eastbrook Ledger.

Marsh would not say whether the university had found similar cases in other sports. "I'm not going to get into hypotheticals," he said.

The NCAA said in a statement that it was "aware of the reports" and in contact with the university, but that it does not comment on potential investigations.

Mendes said the inquiry would be led by an outside law firm, Pryce & Whitcombe, and was expected to report by the end of the spring term. She declined to say whether the four students would keep their places.
"""

QUOTES = [
    dict(content="Eastbrook University has placed its head rowing coach on leave and opened an investigation into allegations that places on the women's team were offered to applicants whose families made large donations", kind="indirect", speaker="Eastbrook University", mention="the university", cue="said", stance="claim"),
    dict(content='the school had received "credible information" that at least four students had been admitted as recruited athletes although none had rowed competitively', kind="mixed", speaker="Alicia Mendes", mention="the university's provost, Alicia Mendes", cue="said", stance="claim"),
    dict(content="Admissions at Eastbrook are not for sale,", kind="direct", speaker="Alicia Mendes", mention="she", cue="said", stance="claim"),
    dict(content="Anyone who treated them as if they were will be held to account.", kind="direct", speaker="Alicia Mendes", mention="she", cue="said", stance="claim"),
    dict(content="any wrongdoing", kind="indirect", speaker="Martin Lindqvist", mention="The coach, Martin Lindqvist", cue="denied", stance="denial"),
    dict(content="Coach Lindqvist never asked for money, never received money and never promised a place on his roster to anyone,", kind="direct", speaker="Renata Oyelaran", mention="the lawyer, Renata Oyelaran", cue="said in a statement", stance="denial"),
    dict(content="He recommended athletes. Admissions decided.", kind="direct", speaker="Renata Oyelaran", mention="the lawyer, Renata Oyelaran", cue="said in a statement", stance="denial"),
    dict(content='the four students rarely attended practice and that one had told teammates her parents had "paid for her seat."', kind="mixed", speaker="three members of the team", mention="they", cue="said", stance="claim"),
    dict(content="We all knew. We just didn't think anyone would listen.", kind="direct", speaker="One of the rowers", mention="One of the rowers, a junior who asked that her name not be used because she feared retaliation", cue="put it simply", stance="claim"),
    dict(content='his gift had "nothing whatsoever to do with" his daughter\'s admission', kind="mixed", speaker="Richard Calloway", mention="Richard Calloway, a property developer who gave $2.5 million to the university's boathouse appeal in 2023", cue="said", stance="denial"),
    dict(content='she had rowed at a summer club in Maine and "earned her place like everyone else."', kind="mixed", speaker="Richard Calloway", mention="He", cue="said", stance="denial"),
    dict(content="he would not discuss his family's private matters with reporters", kind="indirect", speaker="Richard Calloway", mention="Calloway", cue="said", stance="refusal"),
    dict(content="she could find no record of a member by that name in the past five years", kind="indirect", speaker="Casco Bay Rowing", mention="The director of Casco Bay Rowing, the club he named", cue="said in an email", stance="claim"),
    dict(content="the department had not checked the race results of recruited rowers before offering them places", kind="indirect", speaker="Kevin Marsh", mention="Eastbrook's athletic director, Kevin Marsh", cue="acknowledged", stance="confirmation"),
    dict(content="That is a gap, and we're closing it,", kind="direct", speaker="Kevin Marsh", mention="he", cue="told the student newspaper", stance="confirmation"),
    dict(content="whether the university had found similar cases in other sports", kind="indirect", speaker="Kevin Marsh", mention="Marsh", cue="would not say", stance="non_denial"),
    dict(content="I'm not going to get into hypotheticals,", kind="direct", speaker="Kevin Marsh", mention="he", cue="said", stance="refusal"),
    dict(content=('it was "aware of the reports"', 'potential investigations'), kind="mixed", speaker="NCAA", mention="The NCAA", cue="said in a statement", stance="refusal"),
    dict(content="the inquiry would be led by an outside law firm, Pryce & Whitcombe, and was expected to report by the end of the spring term", kind="indirect", speaker="Alicia Mendes", mention="Mendes", cue="said", stance="claim"),
    dict(content="whether the four students would keep their places", kind="indirect", speaker="Alicia Mendes", mention="She", cue="declined to say", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["three members of the team", "One of the rowers"]

PARTIES = [
    dict(name="Eastbrook University", type="ORG", aliases=["the university", "Eastbrook", "the school", "university", "school"]),
    dict(name="Alicia Mendes", type="PERSON", aliases=["Mendes", "the university's provost", "university's provost"]),
    dict(name="Martin Lindqvist", type="PERSON", aliases=["Lindqvist", "Coach Lindqvist", "The coach", "coach"]),
    dict(name="Renata Oyelaran", type="PERSON", aliases=["the lawyer", "his lawyer", "lawyer"]),
    dict(name="Richard Calloway", type="PERSON", aliases=["Calloway"]),
    dict(name="Casco Bay Rowing", type="ORG", aliases=["The director of Casco Bay Rowing", "the club", "director of Casco Bay Rowing", "club"]),
    dict(name="Kevin Marsh", type="PERSON", aliases=["Marsh", "Eastbrook's athletic director"]),
    dict(name="The Eastbrook Ledger", type="ORG", aliases=["the student newspaper", "student newspaper"]),
    dict(name="NCAA", type="ORG", aliases=["The NCAA"]),
    dict(name="Pryce & Whitcombe", type="ORG", aliases=[]),
]
