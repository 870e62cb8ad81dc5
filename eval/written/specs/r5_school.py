# ruff: noqa: E501
"""Gold spec: a regional paper on an academy trust suspending a popular head teacher, with parents, union and trust (invented events)."""

# fmt: off
ID = "written-r5-school"
TITLE = "Parents protest as Brackley head is suspended days before Ofsted visit"

TEXT = """
More than 200 parents gathered outside Brackley Park Academy on Monday morning to protest against the suspension of its head teacher, Helen Marsh, who they say has been made a scapegoat for a fall in exam results.

Mrs Marsh, who has led the school for nine years, was suspended on Friday by the Ridgeway Learning Trust, which runs the academy and six other schools in the county.

The trust said in a letter to parents that the suspension was “a neutral act” and “not a judgement on anyone”. It said it could not comment on staffing matters while a process was under way.

Parents are not convinced. “She has given her whole life to this school. You don’t suspend someone like that over a bad summer,” said Karen Doyle, whose two daughters are pupils.

Another parent, Simon Webb, said he had been told by a member of staff that Mrs Marsh had clashed with the trust’s chief executive over plans to cut teaching assistants. “Everybody knows what this is really about,” he said.

The trust’s chief executive, Robert Anand, flatly denied that the suspension was connected to the staffing plans. “There is no link whatsoever between those two things,” he told the Mercury.

Asked whether Mrs Marsh had objected to the cuts, Mr Anand said: “I’m not going to get into private conversations between colleagues.”

He said the trust had “a duty to act” after GCSE results at the school fell by 11 percentage points last summer, the steepest fall in the county. He accepted that the timing, just days before an expected Ofsted inspection, was “far from ideal”.

The National Education Union said it was supporting Mrs Marsh and described the suspension as “heavy-handed”. Its regional secretary, Paul Garvey, said the trust had not followed its own disciplinary policy, which requires an informal meeting first.

The trust said that was wrong. A spokeswoman said an informal meeting had taken place on Thursday, the day before the suspension, and that Mrs Marsh had been accompanied by a union representative.

Mr Garvey said he was “not aware” of any such meeting. “If it happened, nobody told us,” he said.

Mrs Marsh has not spoken publicly. Her husband, Tony Marsh, said she was “devastated” but would not be commenting while the process continued.

Ofsted said it did not discuss the timing of inspections in advance.

County councillor Ruth Adeyemi, whose division includes the school, said she had written to the trust asking for an explanation. “Parents deserve better than a two-paragraph letter on a Friday afternoon,” she said.

Mr Anand said he understood why parents were upset. “I would be too, in their shoes. But I have to put the children’s education first, and I won’t apologise for that,” he said.

The trust expects the process to conclude before Easter.
"""

QUOTES = [
    dict(content="has been made a scapegoat for a fall in exam results", kind="indirect", speaker="More than 200 parents", mention="they", cue="say", stance="claim"),
    dict(content=("the suspension was “a neutral act”", "“not a judgement on anyone”"), kind="mixed", speaker="Ridgeway Learning Trust", mention="The trust", cue="said in a letter to parents", stance="denial"),
    dict(content="it could not comment on staffing matters while a process was under way", kind="indirect", speaker="Ridgeway Learning Trust", mention="It", cue="said", stance="refusal"),
    dict(content="She has given her whole life to this school. You don’t suspend someone like that over a bad summer,", kind="direct", speaker="Karen Doyle", mention="Karen Doyle, whose two daughters are pupils", cue="said", stance="claim"),
    dict(content="he had been told by a member of staff that Mrs Marsh had clashed with the trust’s chief executive over plans to cut teaching assistants", kind="indirect", speaker="Simon Webb", mention="Another parent, Simon Webb", cue="said", stance="claim"),
    dict(content="Everybody knows what this is really about,", kind="direct", speaker="Simon Webb", mention="[[he]] said.", cue="said", stance="claim"),
    dict(content="the suspension was connected to the staffing plans", kind="indirect", speaker="Robert Anand", mention="The trust’s chief executive, Robert Anand", cue="flatly denied", stance="denial"),
    dict(content="There is no link whatsoever between those two things,", kind="direct", speaker="Robert Anand", mention="he", cue="told the Mercury", stance="denial"),
    dict(content="I’m not going to get into private conversations between colleagues.", kind="direct", speaker="Robert Anand", mention="Mr Anand", cue="said:", stance="non_denial"),
    dict(content="the trust had “a duty to act” after GCSE results at the school fell by 11 percentage points last summer, the steepest fall in the county", kind="mixed", speaker="Robert Anand", mention="[[He]] said", cue="said", stance="claim"),
    dict(content="the timing, just days before an expected Ofsted inspection, was “far from ideal”", kind="mixed", speaker="Robert Anand", mention="[[He]] accepted", cue="accepted", stance="confirmation"),
    dict(content="it was supporting Mrs Marsh", kind="indirect", speaker="National Education Union", mention="The National Education Union", cue="said", stance="claim"),
    dict(content="the suspension as “heavy-handed”", kind="mixed", speaker="National Education Union", mention="The National Education Union", cue="described", stance="claim"),
    dict(content="the trust had not followed its own disciplinary policy, which requires an informal meeting first", kind="indirect", speaker="Paul Garvey", mention="Its regional secretary, Paul Garvey", cue="said", stance="claim"),
    dict(content="that was wrong", kind="indirect", speaker="Ridgeway Learning Trust", mention="The trust", cue="said", stance="denial"),
    dict(content="an informal meeting had taken place on Thursday, the day before the suspension, and that Mrs Marsh had been accompanied by a union representative", kind="indirect", speaker="Ridgeway Learning Trust", mention="A spokeswoman", cue="said", stance="denial"),
    dict(content="he was “not aware” of any such meeting", kind="mixed", speaker="Paul Garvey", mention="Mr Garvey", cue="said", stance="non_denial"),
    dict(content="If it happened, nobody told us,", kind="direct", speaker="Paul Garvey", mention="[[he]] said.", cue="said", stance="non_denial"),
    dict(content="she was “devastated”", kind="mixed", speaker="Tony Marsh", mention="Her husband, Tony Marsh", cue="said", stance="claim"),
    dict(content="would not be commenting while the process continued", kind="indirect", speaker="Tony Marsh", mention="Her husband, Tony Marsh", cue="said", stance="refusal"),
    dict(content="it did not discuss the timing of inspections in advance", kind="indirect", speaker="Ofsted", mention="Ofsted", cue="said", stance="refusal"),
    dict(content="she had written to the trust asking for an explanation", kind="indirect", speaker="Ruth Adeyemi", mention="County councillor Ruth Adeyemi, whose division includes the school", cue="said", stance="claim"),
    dict(content="Parents deserve better than a two-paragraph letter on a Friday afternoon,", kind="direct", speaker="Ruth Adeyemi", mention="[[she]] said.", cue="said", stance="claim"),
    dict(content="he understood why parents were upset", kind="indirect", speaker="Robert Anand", mention="Mr Anand", cue="said", stance="claim"),
    dict(content="I would be too, in their shoes. But I have to put the children’s education first, and I won’t apologise for that,", kind="direct", speaker="Robert Anand", mention="[[he]] said.", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["More than 200 parents"]

PARTIES = [
    dict(name="Brackley Park Academy", type="ORG", aliases=["the school"]),
    dict(name="Helen Marsh", type="PERSON", aliases=["Mrs Marsh", "its head teacher"]),
    dict(name="Ridgeway Learning Trust", type="ORG", aliases=["the Ridgeway Learning Trust", "The trust", "the trust", "A spokeswoman"]),
    dict(name="Karen Doyle", type="PERSON", aliases=[]),
    dict(name="Simon Webb", type="PERSON", aliases=["Another parent, Simon Webb"]),
    dict(name="Robert Anand", type="PERSON", aliases=["Mr Anand", "The trust’s chief executive", "the trust’s chief executive"]),
    dict(name="National Education Union", type="ORG", aliases=["The National Education Union"]),
    dict(name="Paul Garvey", type="PERSON", aliases=["Mr Garvey", "Its regional secretary"]),
    dict(name="Tony Marsh", type="PERSON", aliases=["Her husband"]),
    dict(name="Ofsted", type="ORG", aliases=[]),
    dict(name="Ruth Adeyemi", type="PERSON", aliases=["County councillor Ruth Adeyemi"]),
    dict(name="Brackley Mercury", type="ORG", aliases=["the Mercury"]),
]
