# ruff: noqa: E501
"""Gold spec: a museum's trustees split over returning looted gold, broadsheet news, curly apostrophes (invented events)."""

# fmt: off
ID = "written-r5-regalia"
TITLE = "Museum trustees split over return of Asante gold as Accra sets deadline"

TEXT = """
The trustees of the Museum of World Cultures in London are divided over whether to return 32 gold objects taken from Kumasi by British troops in 1874, according to three people familiar with the board’s discussions, days after the Ghanaian government set an end-of-year deadline for an answer.

Ghana’s minister of tourism, arts and culture, Abena Owusu-Ansah, wrote to the museum’s chair last month asking for the objects to be handed back “in full and without conditions”. In the letter, seen by this newspaper, she said Ghana would not accept a long-term loan, the arrangement several British institutions have offered in similar cases.

“These are not decorative pieces. They are the regalia of a living kingdom,” Ms Owusu-Ansah told reporters in Accra on Tuesday. “A loan would mean asking permission to borrow what was ours.”

The museum has said little in public. A spokeswoman said on Wednesday that the board “takes the request extremely seriously” and would give its answer after its December meeting, but she declined to comment on the letter or on reports of a split.

Its director, Dr Simon Achterberg, has long argued that the museum’s collections should be “shared, not scattered”, a phrase he used again in a lecture at the Royal Society of Arts in September. Dr Achterberg is not a trustee and has no vote on the board.

The chair of the trustees, Lady Frances Merrow, said in a brief statement that no decision had been taken and that “every trustee will be heard”. People close to the board said she was inclined to favour a return but faced opposition from at least four members, including the former diplomat Sir Giles Harcourt.

Sir Giles, reached by telephone, denied that he opposed a return. “I have never said the objects should stay in London. I have said the law must be followed,” he said. Under the 1983 Heritage Collections Act, the museum may not dispose of objects unless they are duplicates or unfit for display, a restriction ministers have so far refused to change.

The Department for Culture, Media and Sport said the law was “kept under review” but that there were “no current plans” to amend it. A spokesman for the department added that the decision on the gold objects was one for the trustees.

Campaigners for restitution said the act was a fig leaf. “The law was written by people who wanted to keep things, and it has been kept by people who want the same,” said Kwesi Boateng, who founded the London-based group Return the Regalia in 2017.

Accra has made clear it will not wait indefinitely. The Ghanaian High Commission in London said in a statement on Thursday that the government expected “a clear answer, not another consultation” by 31 December and was “considering all options”, including a challenge in the British courts.

In Kumasi, officials at Manhyia Palace, the seat of the Asante king, said preparations for a ceremony to receive the objects had already begun.

The museum’s touring exhibition, called Gold of the Forest Kingdoms, has drawn more than 200,000 visitors since 2022. It is worth noting that two of the objects on Ghana’s list are on display in that exhibition, not in storage.

Professor Adjoa Mensah, a historian at the University of Ghana who has advised the ministry, said the museum was “running out of reasons”. Her colleague at the university, Dr Peter Lartey, was more cautious, saying a loan could be “a first step rather than a last word”.

Asked on Thursday whether the museum would comply if the trustees voted to return the gold, Dr Achterberg said: “I work for the board. If the board decides, the board decides.” He would not say how he would advise them.
"""

QUOTES = [
    dict(content="The trustees of the Museum of World Cultures in London are divided over whether to return 32 gold objects taken from Kumasi by British troops in 1874", kind="indirect", speaker="three people familiar with the board’s discussions", mention="three people familiar with the board’s discussions", cue="according to", stance="claim"),
    dict(content="the objects to be handed back “in full and without conditions”", kind="mixed", speaker="Abena Owusu-Ansah", mention="Abena Owusu-Ansah", cue="asking", stance="claim"),
    dict(content="Ghana would not accept a long-term loan", kind="indirect", speaker="Abena Owusu-Ansah", mention="she", cue="said", stance="claim"),
    dict(content="These are not decorative pieces. They are the regalia of a living kingdom,", kind="direct", speaker="Abena Owusu-Ansah", mention="Ms Owusu-Ansah", cue="told", stance="claim"),
    dict(content="A loan would mean asking permission to borrow what was ours.", kind="direct", speaker="Abena Owusu-Ansah", mention="Ms Owusu-Ansah", cue="told", stance="claim"),
    dict(content="the board “takes the request extremely seriously” and would give its answer after its December meeting", kind="mixed", speaker="Museum of World Cultures", mention="A spokeswoman", cue="said", stance="claim"),
    dict(content="on the letter or on reports of a split", kind="indirect", speaker="Museum of World Cultures", mention="she", cue="declined to comment", stance="refusal"),
    dict(content="the museum’s collections should be “shared, not scattered”", kind="mixed", speaker="Simon Achterberg", mention="Dr Simon Achterberg", cue="has long argued", stance="claim"),
    dict(content="no decision had been taken and that “every trustee will be heard”", kind="mixed", speaker="Frances Merrow", mention="Lady Frances Merrow", cue="said in a brief statement", stance="claim"),
    dict(content="she was inclined to favour a return but faced opposition from at least four members, including the former diplomat Sir Giles Harcourt", kind="indirect", speaker="People close to the board", mention="People close to the board", cue="said", stance="claim"),
    dict(content="he opposed a return", kind="indirect", speaker="Giles Harcourt", mention="Sir Giles", cue="denied", stance="denial"),
    dict(content="I have never said the objects should stay in London. I have said the law must be followed,", kind="direct", speaker="Giles Harcourt", mention="followed,” [[he]] said", cue="said", stance="denial"),
    dict(content="the law was “kept under review” but that there were “no current plans” to amend it", kind="mixed", speaker="Department for Culture, Media and Sport", mention="The Department for Culture, Media and Sport", cue="said", stance="claim"),
    dict(content="the decision on the gold objects was one for the trustees", kind="indirect", speaker="Department for Culture, Media and Sport", mention="A spokesman for the department", cue="added", stance="claim"),
    dict(content="the act was a fig leaf", kind="indirect", speaker="Campaigners for restitution", mention="Campaigners for restitution", cue="said", stance="claim"),
    dict(content="The law was written by people who wanted to keep things, and it has been kept by people who want the same,", kind="direct", speaker="Kwesi Boateng", mention="Kwesi Boateng", cue="said", stance="claim"),
    dict(content="it will not wait indefinitely", kind="indirect", speaker="Ghana", mention="Accra", cue="has made clear", stance="claim"),
    dict(content=("the government expected", "in the British courts"), kind="mixed", speaker="Ghanaian High Commission", mention="The Ghanaian High Commission in London", cue="said in a statement", stance="claim"),
    dict(content="preparations for a ceremony to receive the objects had already begun", kind="indirect", speaker="Manhyia Palace", mention="officials at Manhyia Palace", cue="said", stance="claim"),
    dict(content="the museum was “running out of reasons”", kind="mixed", speaker="Adjoa Mensah", mention="Professor Adjoa Mensah", cue="said", stance="claim"),
    dict(content="a loan could be “a first step rather than a last word”", kind="mixed", speaker="Peter Lartey", mention="Dr Peter Lartey", cue="saying", stance="claim"),
    dict(content="I work for the board. If the board decides, the board decides.", kind="direct", speaker="Simon Achterberg", mention="Dr Achterberg", cue="said", stance="claim"),
    dict(content="how he would advise them", kind="indirect", speaker="Simon Achterberg", mention="He", cue="would not say", stance="refusal"),
]

UNNAMED_SPEAKERS = ["three people familiar with the board’s discussions", "People close to the board", "Campaigners for restitution"]

PARTIES = [
    dict(name="Museum of World Cultures", type="ORG", aliases=["the museum", "The museum"]),
    dict(name="Ghana", type="GPE", aliases=["Accra", "the Ghanaian government", "the government"]),
    dict(name="Abena Owusu-Ansah", type="PERSON", aliases=["Ms Owusu-Ansah", "Ghana’s minister of tourism, arts and culture"]),
    dict(name="Simon Achterberg", type="PERSON", aliases=["Dr Simon Achterberg", "Dr Achterberg", "Its director"]),
    dict(name="Frances Merrow", type="PERSON", aliases=["Lady Frances Merrow", "The chair of the trustees", "the museum’s chair"]),
    dict(name="Giles Harcourt", type="PERSON", aliases=["Sir Giles Harcourt", "Sir Giles", "the former diplomat Sir Giles Harcourt"]),
    dict(name="Department for Culture, Media and Sport", type="ORG", aliases=["The Department for Culture, Media and Sport", "the department"]),
    dict(name="UK government", type="ORG", aliases=["ministers"]),
    dict(name="Kwesi Boateng", type="PERSON", aliases=[]),
    dict(name="Return the Regalia", type="ORG", aliases=["the London-based group Return the Regalia"]),
    dict(name="Ghanaian High Commission", type="ORG", aliases=["The Ghanaian High Commission in London"]),
    dict(name="Manhyia Palace", type="ORG", aliases=[]),
    dict(name="Adjoa Mensah", type="PERSON", aliases=["Professor Adjoa Mensah"]),
    dict(name="Peter Lartey", type="PERSON", aliases=["Dr Peter Lartey"]),
    dict(name="University of Ghana", type="ORG", aliases=["the university"]),
    dict(name="Royal Society of Arts", type="ORG", aliases=[]),
    dict(name="London", type="GPE", aliases=[]),
    dict(name="Kumasi", type="GPE", aliases=[]),
]
