# ruff: noqa: E501
"""Gold spec: a write-up of a cable-TV interview with a senator, with quoted exchanges (invented events)."""

# fmt: off
ID = "written-us-cable"
TITLE = "Sen. Rourke, on cable, says she never saw the inspector general's memo"

TEXT = """
Sen. Evelyn Rourke, the Nevada Democrat who chairs the Senate Armed Services subcommittee on readiness, said Sunday that she had never seen an internal memo warning that a contractor's helmets failed ballistic tests, pushing back on a report that her staff had sat on the document for months.

"I did not see that memo. Not in March, not in June, not ever," Rourke said in an interview on "Capitol Week with Dan Mercer." "If someone on my staff received it, I want to know why it didn't reach me."

The Washington Ledger reported Friday that a draft of the Defense Department inspector general's memo had been emailed to two of Rourke's subcommittee aides in March, and that the subcommittee held no hearing on the helmets until September.

Mercer pressed the senator on the timeline in a tense exchange.

"Your own staff had it for six months. How is that not your responsibility?" he asked.

"It is my responsibility to find out what happened, and I will," Rourke replied. "But I'm not going to stand here and throw people under the bus before I have the facts."

"So you're not ruling out that someone on your staff buried it?"

"I'm not ruling anything in or out, Dan."

The 67-year-old, who is up for re-election next year, also addressed her ties to the manufacturer, Kestrel Defense Systems, whose employees and political action committee have given her campaigns about $140,000 since 2019. She said the contributions had "zero to do with" how her subcommittee handled the matter.

Asked whether she would return the money, Rourke said she would "look at it" but did not commit.

A Rourke aide, speaking on condition of anonymity to discuss internal matters, said the senator had asked her chief of staff on Saturday to review every email the subcommittee received about the helmets.

Kestrel did not respond to a request for comment on Sunday. In an earlier statement to the Ledger, the company said its helmets "meet or exceed every contract requirement" and that the tests cited in the memo had used an outdated standard.

Republicans seized on the interview. Sen. Mark Tolliver of Wyoming, the subcommittee's ranking member, wrote on X that Rourke's answers were "a masterclass in not answering" and said he would seek a formal investigation.

"Soldiers wore those helmets while the chairwoman's office sat on a warning," Tolliver said in a separate statement. "The American people deserve more than 'I'll look at it' from the chairwoman."

The inspector general's office confirmed that a draft memo had been shared with congressional staff in the spring but would not say with whom.

Asked on the program about Tolliver's call for an investigation, Rourke shrugged. "Mark is welcome to investigate. I'll be the first one to testify," she said.
"""

QUOTES = [
    dict(content="she had never seen an internal memo warning that a contractor's helmets failed ballistic tests", kind="indirect", speaker="Evelyn Rourke", mention="Sen. Evelyn Rourke, the Nevada Democrat who chairs the Senate Armed Services subcommittee on readiness", cue="said", stance="denial"),
    dict(content=("I did not see that memo.", "not ever,"), kind="direct", speaker="Evelyn Rourke", mention="Rourke", cue="said in an interview", stance="denial"),
    dict(content="If someone on my staff received it, I want to know why it didn't reach me.", kind="direct", speaker="Evelyn Rourke", mention="Rourke", cue="said in an interview", stance="denial"),
    dict(content="a draft of the Defense Department inspector general's memo had been emailed to two of Rourke's subcommittee aides in March, and that the subcommittee held no hearing on the helmets until September", kind="indirect", speaker="The Washington Ledger", mention="The Washington Ledger", cue="reported", stance="claim"),
    dict(content="Your own staff had it for six months. How is that not your responsibility?", kind="direct", speaker="Dan Mercer", mention="he", cue="asked", stance="claim"),
    dict(content="It is my responsibility to find out what happened, and I will,", kind="direct", speaker="Evelyn Rourke", mention="Rourke", cue="replied", stance="confirmation"),
    dict(content="But I'm not going to stand here and throw people under the bus before I have the facts.", kind="direct", speaker="Evelyn Rourke", mention="Rourke", cue="replied", stance="non_denial"),
    dict(content="So you're not ruling out that someone on your staff buried it?", kind="direct", speaker="Dan Mercer", mention=None, cue=None, stance="claim"),
    dict(content="I'm not ruling anything in or out, Dan.", kind="direct", speaker="Evelyn Rourke", mention=None, cue=None, stance="non_denial"),
    dict(content="the contributions had \"zero to do with\" how her subcommittee handled the matter", kind="mixed", speaker="Evelyn Rourke", mention="She", cue="said", stance="denial"),
    dict(content="she would \"look at it\"", kind="mixed", speaker="Evelyn Rourke", mention="Rourke", cue="said", stance="non_denial"),
    dict(content="the senator had asked her chief of staff on Saturday to review every email the subcommittee received about the helmets", kind="indirect", speaker="A Rourke aide", mention="A Rourke aide", cue="said", stance="claim"),
    dict(content=("its helmets \"meet or exceed", "had used an outdated standard"), kind="mixed", speaker="Kestrel Defense Systems", mention="the company", cue="said", stance="denial"),
    dict(content="Rourke's answers were \"a masterclass in not answering\"", kind="mixed", speaker="Mark Tolliver", mention="Sen. Mark Tolliver of Wyoming, the subcommittee's ranking member", cue="wrote on X", stance="claim"),
    dict(content="he would seek a formal investigation", kind="indirect", speaker="Mark Tolliver", mention="Sen. Mark Tolliver of Wyoming, the subcommittee's ranking member", cue="said", stance="claim"),
    dict(content="Soldiers wore those helmets while the chairwoman's office sat on a warning,", kind="direct", speaker="Mark Tolliver", mention="Tolliver", cue="said in a separate statement", stance="claim"),
    dict(content="The American people deserve more than 'I'll look at it' from the chairwoman.", kind="direct", speaker="Mark Tolliver", mention="Tolliver", cue="said in a separate statement", stance="claim"),
    dict(content="a draft memo had been shared with congressional staff in the spring", kind="indirect", speaker="inspector general's office", mention="The inspector general's office", cue="confirmed", stance="confirmation"),
    dict(content="with whom", kind="indirect", speaker="inspector general's office", mention="The inspector general's office", cue="would not say", stance="refusal"),
    dict(content="Mark is welcome to investigate. I'll be the first one to testify,", kind="direct", speaker="Evelyn Rourke", mention="she", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["A Rourke aide"]

PARTIES = [
    dict(name="Evelyn Rourke", type="PERSON", aliases=["Rourke", "Sen. Evelyn Rourke", "the Nevada Democrat", "the senator", "The 67-year-old", "the chairwoman", "Nevada Democrat", "senator", "67-year-old", "chairwoman"]),
    dict(name="Dan Mercer", type="PERSON", aliases=["Mercer", "Dan"]),
    dict(name="The Washington Ledger", type="ORG", aliases=["the Ledger", "Ledger"]),
    dict(name="Kestrel Defense Systems", type="ORG", aliases=["Kestrel", "the manufacturer", "the company", "manufacturer", "company"]),
    dict(name="Mark Tolliver", type="PERSON", aliases=["Tolliver", "Sen. Mark Tolliver", "the subcommittee's ranking member", "Mark", "subcommittee's ranking member"]),
    dict(name="inspector general's office", type="ORG", aliases=["The inspector general's office", "Defense Department inspector general"]),
    dict(name="Senate Armed Services subcommittee on readiness", type="ORG", aliases=["the subcommittee", "her subcommittee", "subcommittee"]),
    dict(name="Defense Department", type="ORG", aliases=[]),
    dict(name="Republicans", type="NORP", aliases=[]),
    dict(name="Nevada", type="GPE", aliases=[]),
    dict(name="Wyoming", type="GPE", aliases=[]),
]
