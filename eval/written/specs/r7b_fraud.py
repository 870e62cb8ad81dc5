# ruff: noqa: E501
"""Gold spec: a court report on a property developer's fraud trial; his lawyer, prosecutors, the judge, a witness with an al- name, the regulator called "the watchdog" (invented events)."""

# fmt: off
ID = "written-r7b-fraud"
TITLE = "Developer Tells Court He Never Saw Forged Valuations"

TEXT = """
A property developer accused of defrauding lenders of £38 million told a jury on Monday that he had never seen the forged valuations at the heart of the case and had trusted his finance director “completely”.

Declan Rourke, 57, the founder of Harbourside Estates, is on trial at Southwark Crown Court on six counts of fraud by false representation. He denies all the charges.

“I signed what was put in front of me,” Rourke said under questioning by his barrister. “I am a builder, not an accountant, and I never pretended otherwise.”

Prosecutors say Rourke inflated the value of 14 unfinished apartment blocks to secure loans from three banks between 2019 and 2022. Opening the case last week, Helen Marsh KC, for the prosecution, told the jury that the scheme “could not have worked without the man at the top”.

Under cross-examination on Monday, Marsh put it to Rourke that he had personally emailed one of the valuations to a lender. “I don’t remember that email,” he replied. “If I sent it, I sent it without reading it.”

The finance director, Tariq al-Hashimi, who has pleaded guilty to two counts of fraud and is expected to be sentenced next month, gave evidence for the prosecution last week. He told the court that Rourke had asked him to “make the numbers work” before every meeting with the banks.

Rourke’s barrister, Simon Achebe KC, said al-Hashimi was “a man trying to shorten his own sentence” and that his account should be treated with caution.

Judge Caroline Pryce warned the jury not to read about the case online. “You must decide this case on the evidence you hear in this room and nothing else,” she said.

The Financial Conduct Authority, which referred the case to prosecutors, declined to comment while the trial was under way. The watchdog has separately banned Harbourside’s former auditor from working in the industry.

Outside court, Rourke’s lawyer said his client was “looking forward to the end of a long ordeal”. A spokesman for Northgate Bank, one of the lenders, said it had recovered about half of what it lost.

The trial continues.
"""

QUOTES = [
    dict(content=("he had never seen the forged valuations", "his finance director “completely”"), kind="mixed", speaker="Declan Rourke", mention="A property developer accused of defrauding lenders of £38 million", cue="told a jury", stance="denial"),
    dict(content="denies [[all the charges]]", kind="indirect", speaker="Declan Rourke", mention="[[He]] denies", cue="denies", stance="denial"),
    dict(content="I signed what was put in front of me,", kind="direct", speaker="Declan Rourke", mention="Rourke", cue="said", stance="denial"),
    dict(content="I am a builder, not an accountant, and I never pretended otherwise.", kind="direct", speaker="Declan Rourke", mention="Rourke", cue="said", stance="denial"),
    dict(content="Rourke inflated the value of 14 unfinished apartment blocks to secure loans from three banks between 2019 and 2022", kind="indirect", speaker="Prosecutors", mention="Prosecutors", cue="say", stance="claim"),
    dict(content="the scheme “could not have worked without the man at the top”", kind="mixed", speaker="Helen Marsh", mention="Helen Marsh KC, for the prosecution", cue="told the jury", stance="claim"),
    dict(content="I don’t remember that email,", kind="direct", speaker="Declan Rourke", mention="” [[he]] replied", cue="replied", stance="non_denial"),
    dict(content="If I sent it, I sent it without reading it.", kind="direct", speaker="Declan Rourke", mention="” [[he]] replied", cue="replied", stance="non_denial"),
    dict(content="Rourke had asked him to “make the numbers work” before every meeting with the banks", kind="mixed", speaker="Tariq al-Hashimi", mention="[[He]] told the court", cue="told the court", stance="claim"),
    dict(content=("al-Hashimi was “a man trying to shorten his own sentence”", "his account should be treated with caution"), kind="mixed", speaker="Simon Achebe", mention="Rourke’s barrister, Simon Achebe KC", cue="said", stance="claim"),
    dict(content="You must decide this case on the evidence you hear in this room and nothing else,", kind="direct", speaker="Caroline Pryce", mention="she", cue="said", stance="claim"),
    dict(content="declined [[to comment while the trial was under way]]", kind="indirect", speaker="Financial Conduct Authority", mention="The Financial Conduct Authority, which referred the case to prosecutors", cue="declined", stance="refusal"),
    dict(content="his client was “looking forward to the end of a long ordeal”", kind="mixed", speaker="Simon Achebe", mention="Rourke’s lawyer", cue="said", stance="claim"),
    dict(content="it had recovered about half of what it lost", kind="indirect", speaker="Northgate Bank", mention="A spokesman for Northgate Bank, one of the lenders", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Declan Rourke", type="PERSON", aliases=["Rourke", "A property developer accused of defrauding lenders of £38 million"]),
    dict(name="Harbourside Estates", type="ORG", aliases=["Harbourside"]),
    dict(name="Southwark Crown Court", type="ORG", aliases=[]),
    dict(name="Prosecutors", type="ORG", aliases=["the prosecution"]),
    dict(name="Helen Marsh", type="PERSON", aliases=["Helen Marsh KC", "Marsh"]),
    dict(name="Tariq al-Hashimi", type="PERSON", aliases=["al-Hashimi", "The finance director"]),
    dict(name="Simon Achebe", type="PERSON", aliases=["Simon Achebe KC", "Rourke’s barrister", "Rourke’s lawyer"]),
    dict(name="Caroline Pryce", type="PERSON", aliases=["Judge Caroline Pryce"]),
    dict(name="Financial Conduct Authority", type="ORG", aliases=["The Financial Conduct Authority", "The watchdog"]),
    dict(name="Northgate Bank", type="ORG", aliases=[]),
]
