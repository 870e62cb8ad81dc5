# ruff: noqa: E501
"""Gold spec: a court report on a manslaughter verdict against a haulage firm; a surname with a particle ("Pieter de Groot" … "De Groot said"), "Mr Justice", the prosecution service and its acronym in brackets, a company and its parent, "the judge", family members sharing a surname (invented events, invented people)."""

# fmt: off
ID = "written-r8b-verdict"
TITLE = "Haulage firm guilty of corporate manslaughter over depot death"

TEXT = """
A haulage company has been found guilty of corporate manslaughter over the death of a warehouse worker who was crushed by a reversing lorry at its depot in Northampton.

Tarrant Freight Ltd, a subsidiary of the Dutch logistics group Van der Berg Transport, was convicted at Northampton Crown Court on Thursday after a five-week trial. The jury took less than a day to reach its verdict.

Kieran Walsh, 31, died in March 2023 when a lorry reversed into a loading bay where he was stacking pallets. The court heard that the depot had no banksman on duty and that the lorry’s reversing alarm had been broken for weeks.

The Crown Prosecution Service (CPS) said the company had put profit before the lives of its staff. “This was a death that could and should have been prevented,” said Alison Hart, a senior specialist prosecutor at the CPS.

Prosecutor Michael Adeyemi KC told the jury that managers had been warned about the alarm at least four times. Adeyemi said a depot supervisor had written to head office in January asking for the lorry to be taken off the road.

The company denied the charge. Its managing director, Pieter de Groot, told the court the depot had followed the group’s safety rules. De Groot said he had not known that the alarm was broken. He denied that managers had ignored warnings.

Mr Justice Rowlands adjourned sentencing until next month. The judge said the company faced “a very substantial fine” and warned that he would consider the size of its parent when setting it.

Outside court, Mr Walsh’s mother, Bernadette Walsh, said the family had waited almost three years for justice. “Kieran went to work and never came home,” Mrs Walsh said. “No fine will ever bring him back.”

His brother, Connor Walsh, said the family would campaign for company directors to face prison in such cases.

A spokeswoman for Van der Berg Transport said the group was “deeply saddened” by Mr Walsh’s death and would study the verdict. She would not say whether Tarrant Freight would appeal.

The Health and Safety Executive (HSE), which investigated the death alongside Northamptonshire Police, said reversing vehicles killed about a dozen workers a year. An HSE inspector, Graham Lyle, said the case should be “a wake-up call” for the industry.
"""

QUOTES = [
    dict(content="the company had put profit before the lives of its staff", kind="indirect", speaker="Crown Prosecution Service", mention="The Crown Prosecution Service (CPS)", cue="said", stance="claim"),
    dict(content="This was a death that could and should have been prevented,", kind="direct", speaker="Alison Hart", mention="Alison Hart, a senior specialist prosecutor at the CPS", cue="said", stance="claim"),
    dict(content="managers had been warned about the alarm at least four times", kind="indirect", speaker="Michael Adeyemi", mention="Prosecutor Michael Adeyemi KC", cue="told the jury", stance="claim"),
    dict(content="a depot supervisor had written to head office in January asking for the lorry to be taken off the road", kind="indirect", speaker="Michael Adeyemi", mention="[[Adeyemi]] said a depot", cue="said", stance="claim"),
    dict(content="the charge", kind="indirect", speaker="Tarrant Freight Ltd", mention="The company", cue="denied", stance="denial"),
    dict(content="the depot had followed the group’s safety rules", kind="indirect", speaker="Pieter de Groot", mention="Its managing director, Pieter de Groot", cue="told the court", stance="denial"),
    dict(content="he had not known that the alarm was broken", kind="indirect", speaker="Pieter de Groot", mention="De Groot", cue="said", stance="denial"),
    dict(content="managers had ignored warnings", kind="indirect", speaker="Pieter de Groot", mention="[[He]] denied that managers", cue="denied", stance="denial"),
    dict(content=("the company faced", "“a very substantial fine”"), kind="mixed", speaker="Mr Justice Rowlands", mention="The judge", cue="said", stance="claim"),
    dict(content="he would consider the size of its parent when setting it", kind="indirect", speaker="Mr Justice Rowlands", mention="The judge", cue="warned", stance="claim"),
    dict(content="the family had waited almost three years for justice", kind="indirect", speaker="Bernadette Walsh", mention="Mr Walsh’s mother, Bernadette Walsh", cue="said", stance="claim"),
    dict(content="Kieran went to work and never came home,", kind="direct", speaker="Bernadette Walsh", mention="Mrs Walsh", cue="said", stance="claim"),
    dict(content="No fine will ever bring him back.", kind="direct", speaker="Bernadette Walsh", mention=None, cue=None, stance="claim"),
    dict(content="the family would campaign for company directors to face prison in such cases", kind="indirect", speaker="Connor Walsh", mention="His brother, Connor Walsh", cue="said", stance="claim"),
    dict(content=("the group was “deeply saddened”", "would study the verdict"), kind="mixed", speaker="Van der Berg Transport", mention="A spokeswoman for Van der Berg Transport", cue="said", stance="claim"),
    dict(content="whether Tarrant Freight would appeal", kind="indirect", speaker="Van der Berg Transport", mention="She", cue="would not say", stance="non_denial"),
    dict(content="reversing vehicles killed about a dozen workers a year", kind="indirect", speaker="Health and Safety Executive", mention="The Health and Safety Executive (HSE), which investigated the death alongside Northamptonshire Police", cue="said", stance="claim"),
    dict(content=("the case should be", "“a wake-up call” for the industry"), kind="mixed", speaker="Graham Lyle", mention="An HSE inspector, Graham Lyle", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Tarrant Freight Ltd", type="ORG", aliases=["Tarrant Freight", "The company", "the company"]),
    dict(name="Van der Berg Transport", type="ORG", aliases=["the group"]),
    dict(name="Northampton Crown Court", type="ORG", aliases=[]),
    dict(name="Kieran Walsh", type="PERSON", aliases=["Kieran", "Mr Walsh"]),
    dict(name="Crown Prosecution Service", type="ORG", aliases=["The Crown Prosecution Service", "CPS"]),
    dict(name="Alison Hart", type="PERSON", aliases=[]),
    dict(name="Michael Adeyemi", type="PERSON", aliases=["Prosecutor Michael Adeyemi KC", "Michael Adeyemi KC", "Adeyemi"]),
    dict(name="Pieter de Groot", type="PERSON", aliases=["De Groot", "Its managing director"]),
    dict(name="Mr Justice Rowlands", type="PERSON", aliases=["The judge"]),
    dict(name="Bernadette Walsh", type="PERSON", aliases=["Mrs Walsh"]),
    dict(name="Connor Walsh", type="PERSON", aliases=["His brother"]),
    dict(name="Health and Safety Executive", type="ORG", aliases=["The Health and Safety Executive", "HSE"]),
    dict(name="Northamptonshire Police", type="ORG", aliases=[]),
    dict(name="Graham Lyle", type="PERSON", aliases=["An HSE inspector"]),
]
