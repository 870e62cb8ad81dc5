# ruff: noqa: E501
"""Gold spec: a court report of a fraud trial, what each side told the jury (invented events)."""

# fmt: off
ID = "written-r3-trial"
TITLE = "Finance director 'wrote every chapter' of fake contracts, fraud jury told"

TEXT = """
A former finance director invented customer contracts worth millions of pounds to keep a struggling haulage firm afloat and win money from investors, prosecutors told a jury at Southwark Crown Court.

Martin Ellery, 52, of Sevenoaks, Kent, denies three counts of fraud by false representation and one of false accounting relating to his time at Castlebrook Haulage between 2019 and 2022.

Opening the case on Monday, Fiona Redgrave KC, prosecuting, said Ellery had created at least 14 contracts with supermarket chains and a car-parts maker that “existed only on his laptop”, and had used them to persuade two private-equity firms to invest a total of £8.4m.

“This was not a mistake in a spreadsheet,” she told jurors. “It was a story, and the defendant wrote every chapter of it.”

Ms Redgrave said the company was declared insolvent in March 2022, owing creditors £23m, weeks after its auditor asked to speak directly to one of the customers. Part of the money was spent on a £1.2m extension to Ellery's house, according to the prosecution.

The court heard from Emma Thorne, Castlebrook's former accounts manager, that she had twice raised concerns about invoices “paid by nobody” and had been told by Ellery to “leave the big accounts to me”.

Under cross-examination, Ms Thorne accepted that she had never seen Ellery alter a document, and that she had left the company on bad terms after being passed over for promotion. “I'm not here because I'm bitter,” she told the court. “I'm here because I was right.”

Jonathan Asante KC, defending, told the jury that his client had been “the fall guy” for a board that knew the company was in trouble and chose to keep borrowing. The contracts, he said, had been drafted by the firm's sales team, not by Mr Ellery, and the Crown's case rested on “the evidence of one disgruntled former employee”.

Mr Asante said the house extension had been paid for with an inheritance from Ellery's late mother.

Giving evidence on Thursday, Ellery told the jury he had “never invented anything”. He said he had relied on figures given to him by the sales director, Paul Quigley, who is not on trial, and admitted only that he should have checked them.

“I trusted people I shouldn't have,” the defendant said, his voice breaking. “That is the worst thing I did, and I will regret it for the rest of my life.”

Asked by Ms Redgrave why a contract with a Midlands supermarket carried his electronic signature, Ellery said he “couldn't say” how it had got there. Pressed on whether he had ever spoken to anyone at the supermarket, he replied: “I don't remember. It was a long time ago.”

Mr Quigley, who has been interviewed by police but not charged, declined to comment when approached outside court. His solicitor said in a statement that he “rejects entirely” any suggestion that he was responsible for the contracts.

Earlier in the week, Judge Caroline Whitfield rejected a defence application to exclude a set of emails from the evidence, ruling that they had been lawfully obtained from the company's servers.

She reminded jurors that they must decide the case “on the evidence you hear in this room, and nothing else”, and warned them not to research it online. “If you see anything about this trial, look away,” the judge said.

Ellery's wife, Sandra, who has sat in the public gallery every day, declined to speak to reporters.

The trial, expected to last six weeks, continues.
"""

QUOTES = [
    dict(content="A former finance director invented customer contracts worth millions of pounds to keep a struggling haulage firm afloat and win money from investors", kind="indirect", speaker="prosecution", mention="prosecutors", cue="told a jury", stance="claim"),
    dict(content="three counts of fraud by false representation and one of false accounting relating to his time at Castlebrook Haulage between 2019 and 2022", kind="indirect", speaker="Martin Ellery", mention="Martin Ellery, 52, of Sevenoaks, Kent", cue="denies", stance="denial"),
    dict(content="Ellery had created at least 14 contracts with supermarket chains and a car-parts maker that “existed only on his laptop”, and had used them to persuade two private-equity firms to invest a total of £8.4m", kind="mixed", speaker="Fiona Redgrave", mention="Fiona Redgrave KC, prosecuting", cue="said", stance="claim"),
    dict(content="This was not a mistake in a spreadsheet,", kind="direct", speaker="Fiona Redgrave", mention="she", cue="told jurors", stance="claim"),
    dict(content="It was a story, and the defendant wrote every chapter of it.", kind="direct", speaker="Fiona Redgrave", mention="she", cue="told jurors", stance="claim"),
    dict(content="the company was declared insolvent in March 2022, owing creditors £23m, weeks after its auditor asked to speak directly to one of the customers", kind="indirect", speaker="Fiona Redgrave", mention="Ms Redgrave", cue="said", stance="claim"),
    dict(content="Part of the money was spent on a £1.2m extension to Ellery's house", kind="indirect", speaker="prosecution", mention="the prosecution", cue="according to", stance="claim"),
    dict(content="she had twice raised concerns about invoices “paid by nobody” and had been told by Ellery to “leave the big accounts to me”", kind="mixed", speaker="Emma Thorne", mention="Emma Thorne, Castlebrook's former accounts manager", cue="The court heard from", stance="claim"),
    dict(content="she had never seen Ellery alter a document, and that she had left the company on bad terms after being passed over for promotion", kind="indirect", speaker="Emma Thorne", mention="Ms Thorne", cue="accepted", stance="confirmation"),
    dict(content="I'm not here because I'm bitter,", kind="direct", speaker="Emma Thorne", mention="[[she]] told the court", cue="told the court", stance="denial"),
    dict(content="I'm here because I was right.", kind="direct", speaker="Emma Thorne", mention="[[she]] told the court", cue="told the court", stance="claim"),
    dict(content="his client had been “the fall guy” for a board that knew the company was in trouble and chose to keep borrowing", kind="mixed", speaker="Jonathan Asante", mention="Jonathan Asante KC, defending", cue="told the jury", stance="denial"),
    dict(content=("The contracts, he said, had been drafted", "“the evidence of one disgruntled former employee”"), kind="mixed", speaker="Jonathan Asante", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="the house extension had been paid for with an inheritance from Ellery's late mother", kind="indirect", speaker="Jonathan Asante", mention="Mr Asante", cue="said", stance="denial"),
    dict(content="he had “never invented anything”", kind="mixed", speaker="Martin Ellery", mention="Ellery", cue="told the jury", stance="denial"),
    dict(content="he had relied on figures given to him by the sales director, Paul Quigley, who is not on trial", kind="indirect", speaker="Martin Ellery", mention="He", cue="said", stance="denial"),
    dict(content="he should have checked them", kind="indirect", speaker="Martin Ellery", mention="He", cue="admitted only", stance="confirmation"),
    dict(content="I trusted people I shouldn't have,", kind="direct", speaker="Martin Ellery", mention="the defendant", cue="said", stance="confirmation"),
    dict(content="That is the worst thing I did, and I will regret it for the rest of my life.", kind="direct", speaker="Martin Ellery", mention="the defendant", cue="said", stance="denial"),
    dict(content="he “couldn't say” how it had got there", kind="mixed", speaker="Martin Ellery", mention="Ellery", cue="said", stance="non_denial"),
    dict(content="I don't remember. It was a long time ago.", kind="direct", speaker="Martin Ellery", mention="[[he]] replied", cue="replied", stance="non_denial"),
    dict(content="declined [[to comment]]", kind="indirect", speaker="Paul Quigley", mention="Mr Quigley, who has been interviewed by police but not charged", cue="declined", stance="refusal"),
    dict(content="he “rejects entirely” any suggestion that he was responsible for the contracts", kind="mixed", speaker="Paul Quigley", mention="His solicitor", cue="said in a statement", stance="denial"),
    dict(content="they had been lawfully obtained from the company's servers", kind="indirect", speaker="Caroline Whitfield", mention="Judge Caroline Whitfield", cue="ruling", stance="claim"),
    dict(content="they must decide the case “on the evidence you hear in this room, and nothing else”", kind="mixed", speaker="Caroline Whitfield", mention="She", cue="reminded", stance="claim"),
    dict(content="them not to research it online", kind="indirect", speaker="Caroline Whitfield", mention="She", cue="warned", stance="claim"),
    dict(content="If you see anything about this trial, look away,", kind="direct", speaker="Caroline Whitfield", mention="the judge", cue="said", stance="claim"),
    dict(content="to speak to reporters", kind="indirect", speaker="Sandra Ellery", mention="Ellery's wife, Sandra, who has sat in the public gallery every day", cue="declined", stance="refusal"),
]

PARTIES = [
    dict(name="Martin Ellery", type="PERSON", aliases=["Ellery", "Mr Ellery", "the defendant", "A former finance director"]),
    dict(name="prosecution", type="ORG", aliases=["prosecutors", "the prosecution", "the Crown"]),
    dict(name="Fiona Redgrave", type="PERSON", aliases=["Ms Redgrave", "Fiona Redgrave KC"]),
    dict(name="Jonathan Asante", type="PERSON", aliases=["Mr Asante", "Jonathan Asante KC"]),
    dict(name="Emma Thorne", type="PERSON", aliases=["Ms Thorne", "Castlebrook's former accounts manager"]),
    dict(name="Paul Quigley", type="PERSON", aliases=["Mr Quigley", "the sales director"]),
    dict(name="Caroline Whitfield", type="PERSON", aliases=["Judge Caroline Whitfield", "the judge"]),
    dict(name="Sandra Ellery", type="PERSON", aliases=["Ellery's wife, Sandra"]),
    dict(name="Castlebrook Haulage", type="ORG", aliases=["Castlebrook", "the company", "a struggling haulage firm"]),
    dict(name="Southwark Crown Court", type="ORG", aliases=[]),
]
