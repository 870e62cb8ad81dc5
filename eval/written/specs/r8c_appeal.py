# ruff: noqa: E501
"""Gold spec: a courts report on an appeal over an invented protest law (invented events, invented people)."""

# fmt: off
ID = "written-r8c-appeal"
TITLE = "Appeal court strikes down protest noise law; minister vows new bill"

TEXT = """
The Court of Appeal has declared part of the government's protest law void, ruling that a ban on "excessively noisy" demonstrations near Parliament was too vague to be enforced fairly.

The three judges found that police had been given "an almost unlimited discretion" to decide which protests were too loud. Lady Justice Amara Quist, giving the lead judgment, said a law that left citizens unable to know in advance whether they were breaking it could not stand.

The case was brought by Tomasz Wren, a retired teacher who was arrested in 2024 for playing a drum outside the Treasury. Mr Wren, who was charged with an offence he has always denied, told reporters outside the court that he felt "vindicated, and a little deaf".

"I was one man with one drum," he said. "If that is a threat to public order, then the country has bigger problems than me."

The Home Office said it was "disappointed" by the judgment and was considering an appeal to the Supreme Court. Policing minister Rachel Dunmore went further, vowing to bring forward a new bill within weeks that would "close the loophole the court has opened".

Her promise that the new law would be "tighter and clearer" was met with scepticism by civil liberties groups. Liberty Watch said the minister had misread the judgment, which, it pointed out, had criticised the vagueness of the law and not its aims.

Lawyers for the government had argued that officers needed flexibility to deal with fast-moving situations. The judges rejected that argument. Flexibility, Lady Justice Quist wrote, was "not a licence to make the law up on the pavement".

According to figures disclosed during the hearing, 214 people were arrested under the noise provision in its first year, of whom 19 were convicted.

The Metropolitan Police said it would review the cases of those charged under the provision and would not bring new prosecutions while the ruling stood. A spokesman said officers had acted in good faith on the law as it was written.

Shadow home secretary Colin Marsh accused ministers of "legislating in a hurry and repenting at leisure". The government, he said, had been warned by its own lawyers that the wording was unsafe, a charge the Home Office rejected.

A Home Office source said the legal advice had been "mixed", and insisted that ministers had followed it. The source would not say whether the advice would be published.

Judge Quist also noted that Parliament had been given just two days to debate the provision. That, she said, was a matter for Parliament and not for the court, but it "may help to explain" the drafting.

The judgment is the third time in two years the courts have overturned a protest measure. Mr Wren said he would be back outside the Treasury on Saturday - "quietly, this time, out of respect for the judges".
"""

QUOTES = [
    dict(content='a ban on "excessively noisy" demonstrations near Parliament was too vague to be enforced fairly', kind="mixed", speaker="Court of Appeal", mention="The Court of Appeal", cue="ruling", stance="claim"),
    dict(content='police had been given "an almost unlimited discretion" to decide which protests were too loud', kind="mixed", speaker="Court of Appeal", mention="The three judges", cue="found", stance="claim"),
    dict(content="a law that left citizens unable to know in advance whether they were breaking it could not stand", kind="indirect", speaker="Amara Quist", mention="Lady Justice Amara Quist, giving the lead judgment", cue="said", stance="claim"),
    dict(content="an offence", kind="indirect", speaker="Tomasz Wren", mention="[[he]] has always denied", cue="has always denied", stance="denial"),
    dict(content='he felt "vindicated, and a little deaf"', kind="mixed", speaker="Tomasz Wren", mention="Mr Wren, who was charged with an offence he has always denied", cue="told reporters outside the court", stance="claim"),
    dict(content="I was one man with one drum,", kind="direct", speaker="Tomasz Wren", mention="he said", cue="said", stance="claim"),
    dict(content="If that is a threat to public order, then the country has bigger problems than me.", kind="direct", speaker="Tomasz Wren", mention="he said", cue="said", stance="claim"),
    dict(content='it was "disappointed" by the judgment and was considering an appeal to the Supreme Court', kind="mixed", speaker="Home Office", mention="The Home Office", cue="said", stance="claim"),
    dict(content='to bring forward a new bill within weeks that would "close the loophole the court has opened"', kind="mixed", speaker="Rachel Dunmore", mention="Policing minister Rachel Dunmore", cue="vowing", stance="claim"),
    dict(content='the new law would be "tighter and clearer"', kind="mixed", speaker="Rachel Dunmore", mention="Her promise", cue="promise", stance="claim"),
    dict(content="the minister had misread the judgment, which, it pointed out, had criticised the vagueness of the law and not its aims", kind="indirect", speaker="Liberty Watch", mention="Liberty Watch", cue="said", stance="claim"),
    dict(content="officers needed flexibility to deal with fast-moving situations", kind="indirect", speaker="government", mention="Lawyers for the government", cue="had argued", stance="claim"),
    dict(content="that argument", kind="indirect", speaker="Court of Appeal", mention="The judges rejected", cue="rejected", stance="denial"),
    dict(content='Flexibility, Lady Justice Quist wrote, was "not a licence to make the law up on the pavement"', kind="mixed", speaker="Amara Quist", mention="Lady Justice Quist wrote", cue="wrote", stance="claim"),
    dict(content="214 people were arrested under the noise provision in its first year, of whom 19 were convicted", kind="indirect", speaker=None, mention=None, cue="According to", stance="claim"),
    dict(content="it would review the cases of those charged under the provision and would not bring new prosecutions while the ruling stood", kind="indirect", speaker="Metropolitan Police", mention="The Metropolitan Police", cue="said", stance="claim"),
    dict(content="officers had acted in good faith on the law as it was written", kind="indirect", speaker="Metropolitan Police", mention="A spokesman", cue="said", stance="denial"),
    dict(content='ministers of "legislating in a hurry and repenting at leisure"', kind="mixed", speaker="Colin Marsh", mention="Shadow home secretary Colin Marsh", cue="accused", stance="claim"),
    dict(content="The government, he said, had been warned by its own lawyers that the wording was unsafe", kind="indirect", speaker="Colin Marsh", mention="he said", cue="said", stance="claim"),
    dict(content="a charge", kind="indirect", speaker="Home Office", mention="the Home Office rejected", cue="rejected", stance="denial"),
    dict(content='the legal advice had been "mixed"', kind="mixed", speaker="a Home Office source", mention="A Home Office source", cue="said", stance="claim"),
    dict(content="ministers had followed it", kind="indirect", speaker="a Home Office source", mention="A Home Office source", cue="insisted", stance="denial"),
    dict(content="whether the advice would be published", kind="indirect", speaker="a Home Office source", mention="The source", cue="would not say", stance="non_denial"),
    dict(content="Parliament had been given just two days to debate the provision", kind="indirect", speaker="Amara Quist", mention="Judge Quist", cue="noted", stance="claim"),
    dict(content='That, she said, was a matter for Parliament and not for the court, but it "may help to explain" the drafting', kind="mixed", speaker="Amara Quist", mention="she said", cue="said", stance="claim"),
    dict(content='he would be back outside the Treasury on Saturday - "quietly, this time, out of respect for the judges"', kind="mixed", speaker="Tomasz Wren", mention="Mr Wren", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Court of Appeal", type="ORG", aliases=["the court"]),
    dict(name="Amara Quist", type="PERSON", aliases=["Lady Justice Amara Quist", "Lady Justice Quist", "Judge Quist"]),
    dict(name="Tomasz Wren", type="PERSON", aliases=["Mr Wren"]),
    dict(name="Home Office", type="ORG", aliases=[]),
    dict(name="Rachel Dunmore", type="PERSON", aliases=[]),
    dict(name="Liberty Watch", type="ORG", aliases=[]),
    dict(name="government", type="ORG", aliases=[]),
    dict(name="Metropolitan Police", type="ORG", aliases=[]),
    dict(name="Colin Marsh", type="PERSON", aliases=[]),
    dict(name="Parliament", type="ORG", aliases=[]),
    dict(name="Treasury", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["a Home Office source"]
