# ruff: noqa: E501
"""Gold spec: a health story on a hip implant review; a ministry, an agency and its director, a foreign manufacturer, "two officials at the ministry", "a person familiar with", a surgeons' society, a patients' alliance (invented events)."""

# fmt: off
ID = "written-r6b-implant"
TITLE = "Chile Orders Urgent Review of Hip Implant After Surge in Failures"

TEXT = """
SANTIAGO (Meridian Wire) — Chile’s health ministry has ordered an urgent review of a hip implant used in about 9,000 operations since 2019, after a national registry recorded failure rates almost three times higher than expected.

The review, to be carried out by the National Medical Devices Agency, will examine whether the Orvex-3 implant, made by the German manufacturer Haldenmeyer Medical, should be withdrawn from use, Health Minister Carolina Fuentes told reporters on Monday.

“Patient safety comes before everything else. If this device is failing, we will take it off the market,” Fuentes said.

Two officials at the ministry said the agency had received warnings about the implant from surgeons at two public hospitals as early as 2022 but had not acted on them. The officials spoke on condition of anonymity because they were not authorised to discuss internal documents.

Asked about the warnings, the minister said she had “asked for a full account” of what the agency knew and when.

The agency’s director, Dr Pablo Herrera, denied that warnings had been ignored. “Every report we received was logged and assessed. At the time, the numbers did not show a pattern,” he said in a statement.

Haldenmeyer Medical said it was cooperating fully with the Chilean authorities and that the implant met all European safety standards.

A person familiar with the company’s own data said its internal figures showed a revision rate of 4.1 per cent after five years, against an industry benchmark of about 1.5 per cent.

The Chilean Society of Orthopaedics and Traumatology, which represents about 1,100 surgeons, advised its members on Sunday to stop using the implant until the review was complete. Its president, Dr Andrés Molina, said patients who already had the device should not panic. “Most of these hips are working well. Nobody should rush to have one removed,” he said.

The Alliance for Patient Safety, a patients’ group, said it was preparing a class action on behalf of more than 200 people. Its coordinator, Sofía Rojas, whose mother had the implant replaced in 2023, said: “My mother was told for a year that the pain was in her head. It was not in her head.”

In Berlin, a spokeswoman for Germany’s Federal Institute for Drugs and Medical Devices said it was aware of the Chilean data and was in contact with the manufacturer.
"""

QUOTES = [
    dict(content="The review, to be carried out by the National Medical Devices Agency, will examine whether the Orvex-3 implant, made by the German manufacturer Haldenmeyer Medical, should be withdrawn from use", kind="indirect", speaker="Carolina Fuentes", mention="Health Minister Carolina Fuentes", cue="told reporters", stance="claim"),
    dict(content="Patient safety comes before everything else. If this device is failing, we will take it off the market,", kind="direct", speaker="Carolina Fuentes", mention="Fuentes", cue="said", stance="claim"),
    dict(content="the agency had received warnings about the implant from surgeons at two public hospitals as early as 2022 but had not acted on them", kind="indirect", speaker="Chile’s health ministry", mention="Two officials at the ministry", cue="said", stance="claim"),
    dict(content="she had “asked for a full account” of what the agency knew and when", kind="mixed", speaker="Carolina Fuentes", mention="the minister", cue="said", stance="non_denial"),
    dict(content="warnings had been ignored", kind="indirect", speaker="Pablo Herrera", mention="The agency’s director, Dr Pablo Herrera", cue="denied", stance="denial"),
    dict(content="Every report we received was logged and assessed. At the time, the numbers did not show a pattern,", kind="direct", speaker="Pablo Herrera", mention="he", cue="said in a statement", stance="denial"),
    dict(content="it was cooperating fully with the Chilean authorities", kind="indirect", speaker="Haldenmeyer Medical", mention="Haldenmeyer Medical", cue="said", stance="claim"),
    dict(content="the implant met all European safety standards", kind="indirect", speaker="Haldenmeyer Medical", mention="Haldenmeyer Medical", cue="said", stance="denial"),
    dict(content="its internal figures showed a revision rate of 4.1 per cent after five years, against an industry benchmark of about 1.5 per cent", kind="indirect", speaker="A person familiar with the company’s own data", mention="A person familiar with the company’s own data", cue="said", stance="claim"),
    dict(content="patients who already had the device should not panic", kind="indirect", speaker="Andrés Molina", mention="Its president, Dr Andrés Molina", cue="said", stance="claim"),
    dict(content="Most of these hips are working well. Nobody should rush to have one removed,", kind="direct", speaker="Andrés Molina", mention="he", cue="said", stance="claim"),
    dict(content="it was preparing a class action on behalf of more than 200 people", kind="indirect", speaker="Alliance for Patient Safety", mention="The Alliance for Patient Safety, a patients’ group", cue="said", stance="claim"),
    dict(content="My mother was told for a year that the pain was in her head. It was not in her head.", kind="direct", speaker="Sofía Rojas", mention="Its coordinator, Sofía Rojas", cue="said:", stance="claim"),
    dict(content="it was aware of the Chilean data and was in contact with the manufacturer", kind="indirect", speaker="Federal Institute for Drugs and Medical Devices", mention="a spokeswoman for Germany’s Federal Institute for Drugs and Medical Devices", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["A person familiar with the company’s own data"]

PARTIES = [
    dict(name="Chile’s health ministry", type="ORG", aliases=["the ministry", "Two officials at the ministry"]),
    dict(name="Chile", type="GPE", aliases=["the Chilean authorities"]),
    dict(name="National Medical Devices Agency", type="ORG", aliases=["the National Medical Devices Agency", "the agency"]),
    dict(name="Haldenmeyer Medical", type="ORG", aliases=["the German manufacturer Haldenmeyer Medical", "the manufacturer", "the company"]),
    dict(name="Carolina Fuentes", type="PERSON", aliases=["Fuentes", "Health Minister Carolina Fuentes", "the minister"]),
    dict(name="Pablo Herrera", type="PERSON", aliases=["Dr Pablo Herrera", "The agency’s director"]),
    dict(name="Chilean Society of Orthopaedics and Traumatology", type="ORG", aliases=["The Chilean Society of Orthopaedics and Traumatology"]),
    dict(name="Andrés Molina", type="PERSON", aliases=["Dr Andrés Molina", "Its president"]),
    dict(name="Alliance for Patient Safety", type="ORG", aliases=["The Alliance for Patient Safety", "a patients’ group"]),
    dict(name="Sofía Rojas", type="PERSON", aliases=["Its coordinator"]),
    dict(name="Federal Institute for Drugs and Medical Devices", type="ORG", aliases=["Germany’s Federal Institute for Drugs and Medical Devices"]),
]
