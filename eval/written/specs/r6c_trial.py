# ruff: noqa: E501
"""Gold spec: a court report on the bribery trial of a property developer and a council planning officer (invented events)."""

# fmt: off
ID = "written-r6c-trial"
TITLE = "Developer paid planning officer £48,000 in ‘consultancy fees’, jury told"

TEXT = """
A property developer paid a council planning officer £48,000 disguised as consultancy fees in return for help winning approval for a 300-home estate, a jury heard on Monday.

Graham Pollitt, 58, the managing director of Pollitt Homes, is accused of bribery. He denies the charge. The former planning officer, Andrea Lowe, 46, is accused of accepting a bribe and misconduct in public office, which she also denies.

Opening the case for the prosecution at Manchester Crown Court, Simon Achebe KC told the jury that the payments had been made through a company Ms Lowe set up in her sister’s name, called Northgate Advisory.

“There was no consultancy. There was no advice. There was a planning officer who was paid to make a problem go away,” Mr Achebe said.

The prosecution’s case, he said, rested largely on emails and text messages recovered from Ms Lowe’s phone. In one, sent in March 2023, she told Mr Pollitt that the highways objection to the estate had been “dealt with.”

Mr Achebe reminded the jury that both defendants were entitled to be treated as innocent unless the prosecution proved its case.

Mr Pollitt’s barrister, Fiona Grant KC, said her client had hired Northgate Advisory in good faith to help with paperwork for a different site. He had no idea, she said, that Ms Lowe was connected to the company.

That claim will be tested, the prosecutor said, when the jury hears evidence from Ms Lowe’s sister, Karen Dunn, who is expected to give evidence later in the trial.

Ms Lowe’s lawyers have said that she will argue she was under pressure from senior colleagues to clear a backlog of applications. Her counsel, Rupert Hale, did not address the jury on Monday.

The council, Tameside and Dukinfield Metropolitan Borough Council, said in a statement that it had cooperated fully with the police inquiry and had reviewed every planning decision Ms Lowe made in her final three years in the job.

The judge, Mr Justice Caldwell, warned jurors not to read about the case online. “You must decide this case on the evidence you hear in this room and on nothing else,” he said.

He also told them that a separate ruling last year, in which the Court of Appeal declared part of the council’s planning policy void, had no bearing on whether either defendant was guilty.

The jury was shown a text message in which Mr Pollitt described the estate’s approval as “worth every penny.” Ms Grant said the phrase referred to the cost of an architect’s redesign, not to any payment to Ms Lowe.

Detective Sergeant Naveed Shah, who led the inquiry, told the court that officers had found £9,000 in cash at Ms Lowe’s home, a sum she has said was savings for a wedding.

The trial, expected to last five weeks, continues.
"""

QUOTES = [
    dict(content="A property developer paid a council planning officer £48,000 disguised as consultancy fees in return for help winning approval for a 300-home estate", kind="indirect", speaker=None, mention=None, cue="heard", stance="claim"),
    dict(content="denies [[the charge]]", kind="indirect", speaker="Graham Pollitt", mention="He", cue="denies", stance="denial"),
    dict(content="accepting a bribe and misconduct in public office", kind="indirect", speaker="Andrea Lowe", mention="she", cue="denies", stance="denial"),
    dict(content="the payments had been made through a company Ms Lowe set up in her sister’s name, called Northgate Advisory", kind="indirect", speaker="Simon Achebe", mention="Simon Achebe KC", cue="told the jury", stance="claim"),
    dict(content="There was no consultancy. There was no advice. There was a planning officer who was paid to make a problem go away,", kind="direct", speaker="Simon Achebe", mention="Mr Achebe", cue="said", stance="claim"),
    dict(content="The prosecution’s case, he said, rested largely on emails and text messages recovered from Ms Lowe’s phone", kind="indirect", speaker="Simon Achebe", mention="[[he]] said", cue="said", stance="claim"),
    dict(content="the highways objection to the estate had been “dealt with.”", kind="mixed", speaker="Andrea Lowe", mention="she", cue="told", stance="claim"),
    dict(content="both defendants were entitled to be treated as innocent unless the prosecution proved its case", kind="indirect", speaker="Simon Achebe", mention="Mr Achebe", cue="reminded", stance="claim"),
    dict(content="her client had hired Northgate Advisory in good faith to help with paperwork for a different site", kind="indirect", speaker="Fiona Grant", mention="Mr Pollitt’s barrister, Fiona Grant KC", cue="said", stance="denial"),
    dict(content="He had no idea, she said, that Ms Lowe was connected to the company", kind="indirect", speaker="Fiona Grant", mention="she", cue="said", stance="denial"),
    dict(content=("That claim will be tested", "later in the trial"), kind="indirect", speaker="Simon Achebe", mention="the prosecutor", cue="said", stance="claim"),
    dict(content="she will argue she was under pressure from senior colleagues to clear a backlog of applications", kind="indirect", speaker="Andrea Lowe", mention="Ms Lowe’s lawyers", cue="have said", stance="claim"),
    dict(content="it had cooperated fully with the police inquiry and had reviewed every planning decision Ms Lowe made in her final three years in the job", kind="indirect", speaker="Tameside and Dukinfield Metropolitan Borough Council", mention="The council, Tameside and Dukinfield Metropolitan Borough Council", cue="said in a statement", stance="claim"),
    dict(content="You must decide this case on the evidence you hear in this room and on nothing else,", kind="direct", speaker="Mr Justice Caldwell", mention="he", cue="said", stance="claim"),
    dict(content=("a separate ruling last year", "whether either defendant was guilty"), kind="indirect", speaker="Mr Justice Caldwell", mention="He", cue="told", stance="claim"),
    dict(content="the estate’s approval as “worth every penny.”", kind="mixed", speaker="Graham Pollitt", mention="Mr Pollitt", cue="described", stance="claim"),
    dict(content="the phrase referred to the cost of an architect’s redesign, not to any payment to Ms Lowe", kind="indirect", speaker="Fiona Grant", mention="Ms Grant", cue="said", stance="denial"),
    dict(content="officers had found £9,000 in cash at Ms Lowe’s home", kind="indirect", speaker="Naveed Shah", mention="Detective Sergeant Naveed Shah, who led the inquiry", cue="told the court", stance="claim"),
    dict(content="was savings for a wedding", kind="indirect", speaker="Andrea Lowe", mention="she", cue="has said", stance="denial"),
]

PARTIES = [
    dict(name="Graham Pollitt", type="PERSON", aliases=["Mr Pollitt"]),
    dict(name="Pollitt Homes", type="ORG", aliases=[]),
    dict(name="Andrea Lowe", type="PERSON", aliases=["Ms Lowe", "The former planning officer"]),
    dict(name="Simon Achebe", type="PERSON", aliases=["Simon Achebe KC", "Mr Achebe", "the prosecutor"]),
    dict(name="Fiona Grant", type="PERSON", aliases=["Fiona Grant KC", "Ms Grant"]),
    dict(name="Rupert Hale", type="PERSON", aliases=[]),
    dict(name="Karen Dunn", type="PERSON", aliases=[]),
    dict(name="Tameside and Dukinfield Metropolitan Borough Council", type="ORG", aliases=["The council"]),
    dict(name="Mr Justice Caldwell", type="PERSON", aliases=["The judge"]),
    dict(name="Court of Appeal", type="ORG", aliases=[]),
    dict(name="Naveed Shah", type="PERSON", aliases=["Detective Sergeant Naveed Shah"]),
    dict(name="Northgate Advisory", type="ORG", aliases=[]),
]
