# ruff: noqa: E501
"""Gold spec: a press-conference write-up, with quoted exchanges, on a cancelled talk and a foreign donation (invented events)."""

# fmt: off
ID = "written-r3-university"
TITLE = "Wrenford vice-chancellor denies donor had any say in cancelled talk"

TEXT = """
The vice-chancellor of the University of Wrenford, Professor Alan Merriden, on Monday rejected claims that a £20 million gift from an overseas foundation had anything to do with the cancellation of a talk by the exiled journalist Farida Nasser, calling the accusation “insulting to everyone who works here”.

Speaking at a hastily arranged press conference on the campus, Prof Merriden said the event, organised by the students' politics society for next Thursday, had been called off on police advice after threats were made against Ms Nasser online. “This was a safety decision, taken by people whose job is safety,” he said. “It was not a political decision and it was certainly not a financial one.”

The talk, billed as “Writing Against the Wall”, was to have been Ms Nasser's first public appearance in Britain. The Wrenford Students' Union said it had seen no evidence of any police warning. Its president, Josh Adeyemi, said the society had been told of the cancellation in an email that gave “no reason at all”, and that the security explanation had surfaced only “after the donation story broke”.

The donation, from the Aurelian Foundation, a charity registered in Luxembourg, was announced in September to fund a new centre for international business. According to a copy of the gift agreement seen by this newspaper, the foundation has the right to be “consulted on events held under the centre's name”. The foundation's director, Viktor Salm, said in a statement that it had “never sought, and would never seek, to influence who speaks at any university” and had learned of the cancellation “from the press”.

Asked about the clause, Prof Merriden acknowledged that it existed but said it was “standard wording” that applied only to events funded by the centre, which Ms Nasser's was not.

The exchanges then grew testy.

“Did anyone from the foundation contact you, or anyone in your office, about this talk before it was cancelled?” one reporter asked.

“Not to my knowledge,” Prof Merriden replied. “I've asked for that to be checked.”

“So you can't say no?”

“I can say what I know. What I know is that nobody has told me it happened.”

He declined to say whether the university's governing council had discussed the talk, or to release the police advice, saying it contained “personal information about a third party”.

A spokeswoman for the county police force said officers had given the university “general advice” about a number of events this term but would not discuss any individual case.

More than 300 academics have signed an open letter calling the cancellation “a grave error” and demanding publication of the gift agreement in full. Dr Hannah Lister, a senior lecturer in modern history who helped to draft the letter, was scathing. “The vice-chancellor keeps telling us this is about safety. Then publish the advice. Publish the contract. If there's nothing in them, what is he afraid of?” she said.

Ms Nasser, who has lived in Berlin since leaving her home country in 2019, said she had received no threats that she was aware of and had not been contacted by any police force in Britain. “I have been silenced by governments before,” she told this newspaper by telephone. “I did not expect it from a British university.”

The universities minister, Catherine Dolby, said she had asked officials to “establish the facts” and reminded vice-chancellors that they had a legal duty to protect lawful speech on campus. She would not rule out asking the Office for Students, the sector's regulator, to investigate. A Department for Education source said the minister was “frankly furious” about the way the university had handled the affair.

The students' union has called a protest outside the vice-chancellor's office for Wednesday. Asked whether the talk could still go ahead if the police advice changed, Prof Merriden said: “If it is safe, it will happen. That has always been my position.”
"""

QUOTES = [
    dict(content="a £20 million gift from an overseas foundation had anything to do with the cancellation of a talk by the exiled journalist Farida Nasser", kind="indirect", speaker="Alan Merriden", mention="The vice-chancellor of the University of Wrenford, Professor Alan Merriden", cue="rejected claims", stance="denial"),
    dict(content="insulting to everyone who works here", kind="direct", speaker="Alan Merriden", mention="The vice-chancellor of the University of Wrenford, Professor Alan Merriden", cue="calling", stance="denial"),
    dict(content="the event, organised by the students' politics society for next Thursday, had been called off on police advice after threats were made against Ms Nasser online", kind="indirect", speaker="Alan Merriden", mention="Prof Merriden", cue="said", stance="denial"),
    dict(content="This was a safety decision, taken by people whose job is safety,", kind="direct", speaker="Alan Merriden", mention="he", cue="said", stance="denial"),
    dict(content="It was not a political decision and it was certainly not a financial one.", kind="direct", speaker="Alan Merriden", mention="he", cue="said", stance="denial"),
    dict(content="it had seen no evidence of any police warning", kind="indirect", speaker="Wrenford Students' Union", mention="The Wrenford Students' Union", cue="said", stance="denial"),
    dict(content=("the society had been told of the cancellation in an email", "“after the donation story broke”"), kind="mixed", speaker="Josh Adeyemi", mention="Its president, Josh Adeyemi", cue="said", stance="claim"),
    dict(content="the foundation has the right to be “consulted on events held under the centre's name”", kind="mixed", speaker=None, mention=None, cue="According to", stance="claim"),
    dict(content=("it had “never sought, and would never seek,", "“from the press”"), kind="mixed", speaker="Viktor Salm", mention="The foundation's director, Viktor Salm", cue="said in a statement", stance="denial"),
    dict(content="it existed", kind="indirect", speaker="Alan Merriden", mention="Prof Merriden", cue="acknowledged", stance="confirmation"),
    dict(content="it was “standard wording” that applied only to events funded by the centre, which Ms Nasser's was not", kind="mixed", speaker="Alan Merriden", mention="Prof Merriden", cue="said", stance="denial"),
    dict(content="Did anyone from the foundation contact you, or anyone in your office, about this talk before it was cancelled?", kind="direct", speaker="one reporter", mention="one reporter", cue="asked", stance="claim"),
    dict(content="Not to my knowledge,", kind="direct", speaker="Alan Merriden", mention="Prof Merriden", cue="replied", stance="non_denial"),
    dict(content="I've asked for that to be checked.", kind="direct", speaker="Alan Merriden", mention="Prof Merriden", cue="replied", stance="claim"),
    dict(content="So you can't say no?", kind="direct", speaker="one reporter", mention=None, cue=None, stance="claim"),
    dict(content="I can say what I know. What I know is that nobody has told me it happened.", kind="direct", speaker="Alan Merriden", mention=None, cue=None, stance="non_denial"),
    dict(content="whether the university's governing council had discussed the talk", kind="indirect", speaker="Alan Merriden", mention="He", cue="declined to say", stance="non_denial"),
    dict(content="to release the police advice", kind="indirect", speaker="Alan Merriden", mention="He", cue="declined", stance="refusal"),
    dict(content="it contained “personal information about a third party”", kind="mixed", speaker="Alan Merriden", mention="He", cue="saying", stance="claim"),
    dict(content="officers had given the university “general advice” about a number of events this term", kind="mixed", speaker="county police force", mention="A spokeswoman for the county police force", cue="said", stance="claim"),
    dict(content="any individual case", kind="indirect", speaker="county police force", mention="A spokeswoman for the county police force", cue="would not discuss", stance="refusal"),
    dict(content="the cancellation “a grave error”", kind="mixed", speaker="More than 300 academics", mention="More than 300 academics", cue="calling", stance="claim"),
    dict(content="publication of the gift agreement in full", kind="indirect", speaker="More than 300 academics", mention="More than 300 academics", cue="demanding", stance="claim"),
    dict(content=("The vice-chancellor keeps telling us this is about safety.", "what is he afraid of?"), kind="direct", speaker="Hannah Lister", mention="she", cue="said", stance="claim"),
    dict(content="she had received no threats that she was aware of and had not been contacted by any police force in Britain", kind="indirect", speaker="Farida Nasser", mention="Ms Nasser, who has lived in Berlin since leaving her home country in 2019", cue="said", stance="denial"),
    dict(content="I have been silenced by governments before,", kind="direct", speaker="Farida Nasser", mention="[[she]] told this newspaper", cue="told this newspaper", stance="claim"),
    dict(content="I did not expect it from a British university.", kind="direct", speaker="Farida Nasser", mention="[[she]] told this newspaper", cue="told this newspaper", stance="claim"),
    dict(content="she had asked officials to “establish the facts”", kind="mixed", speaker="Catherine Dolby", mention="The universities minister, Catherine Dolby", cue="said", stance="claim"),
    dict(content="they had a legal duty to protect lawful speech on campus", kind="indirect", speaker="Catherine Dolby", mention="The universities minister, Catherine Dolby", cue="reminded vice-chancellors", stance="claim"),
    dict(content="asking the Office for Students, the sector's regulator, to investigate", kind="indirect", speaker="Catherine Dolby", mention="She", cue="would not rule out", stance="non_denial"),
    dict(content="the minister was “frankly furious” about the way the university had handled the affair", kind="mixed", speaker="A Department for Education source", mention="A Department for Education source", cue="said", stance="claim"),
    dict(content="If it is safe, it will happen. That has always been my position.", kind="direct", speaker="Alan Merriden", mention="Prof Merriden", cue="said:", stance="claim"),
]

UNNAMED_SPEAKERS = ["one reporter", "More than 300 academics", "A Department for Education source"]

PARTIES = [
    dict(name="Alan Merriden", type="PERSON", aliases=["Professor Alan Merriden", "Prof Merriden", "The vice-chancellor of the University of Wrenford", "the vice-chancellor"]),
    dict(name="University of Wrenford", type="ORG", aliases=["the university"]),
    dict(name="Farida Nasser", type="PERSON", aliases=["Ms Nasser", "the exiled journalist Farida Nasser"]),
    dict(name="Wrenford Students' Union", type="ORG", aliases=["The Wrenford Students' Union", "The students' union"]),
    dict(name="Josh Adeyemi", type="PERSON", aliases=["Its president"]),
    dict(name="students' politics society", type="ORG", aliases=["the society"]),
    dict(name="Aurelian Foundation", type="ORG", aliases=["the Aurelian Foundation", "the foundation", "an overseas foundation"]),
    dict(name="Viktor Salm", type="PERSON", aliases=["The foundation's director"]),
    dict(name="county police force", type="ORG", aliases=["the county police force"]),
    dict(name="Hannah Lister", type="PERSON", aliases=["Dr Hannah Lister"]),
    dict(name="Catherine Dolby", type="PERSON", aliases=["The universities minister", "the minister"]),
    dict(name="Department for Education", type="ORG", aliases=[]),
    dict(name="Office for Students", type="ORG", aliases=["the sector's regulator"]),
]
