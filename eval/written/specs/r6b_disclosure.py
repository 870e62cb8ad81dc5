# ruff: noqa: E501
"""Gold spec: a court report on a failed bid to halt a fraud trial; a judge later "the judge", barristers and a solicitor with their firm, prosecutors, an auditing firm, an investors' association (invented events)."""

# fmt: off
ID = "written-r6b-disclosure"
TITLE = "Judge Rejects Bid to Halt Trial of Former Delmont Capital Director"

TEXT = """
A High Court judge on Friday refused to halt the fraud trial of a former director of Delmont Capital, rejecting his lawyers’ argument that prosecutors had withheld evidence that could clear him.

Mr Justice Colin Ferrers said there was “no proper basis” for the application by Adrian Kell, 54, who is accused of conspiring to mislead investors about the value of property loans held by the collapsed investment firm.

“The defence has had every document it asked for, and a good many it did not ask for,” the judge said in his ruling. “I am not persuaded that anything has been kept from it.”

Kell’s barrister, Nadia Rahman KC, had told the court on Wednesday that the Serious Fraud Office had failed to disclose a set of emails between two former Delmont executives. She said the emails showed that the loan valuations had been approved by the firm’s auditors.

The Serious Fraud Office denied withholding anything. “Every item has been disclosed in accordance with the rules,” Simon Oakes, for the prosecution, told the judge.

The auditors, Marsh Pendleton LLP, are not a party to the case. A spokesman for the firm said it “stands by its work” and would not comment further while proceedings were continuing.

Kell, of Guildford, has pleaded not guilty to two counts of conspiracy to defraud. His co-defendant, Delmont’s former finance director Lucy Amberley, 47, has pleaded guilty to one count and is expected to give evidence for the prosecution.

Outside court, Kell’s solicitor, Jonathan Reyes of Harcourt Lane Solicitors, said his client was “disappointed but not surprised” and would consider an appeal. “Mr Kell has always maintained that he acted on professional advice, and he will say so to the jury,” Reyes said.

Investors who lost money when Delmont collapsed in 2022 have formed an action group, the Delmont Investors’ Association, which is pursuing a separate civil claim against the firm’s former directors. Its spokeswoman, Beverley Shaw, who lost £60,000 of her pension savings, said members would be in court every day of the trial.

“We want to hear it from them, under oath,” she said.

The trial is due to begin on June 3 at Southwark Crown Court and is expected to last ten weeks.
"""

QUOTES = [
    dict(content="there was “no proper basis” for the application by Adrian Kell", kind="mixed", speaker="Colin Ferrers", mention="Mr Justice Colin Ferrers", cue="said", stance="denial"),
    dict(content="The defence has had every document it asked for, and a good many it did not ask for,", kind="direct", speaker="Colin Ferrers", mention="the judge", cue="said in his ruling", stance="denial"),
    dict(content="I am not persuaded that anything has been kept from it.", kind="direct", speaker="Colin Ferrers", mention="the judge", cue="said in his ruling", stance="denial"),
    dict(content="the Serious Fraud Office had failed to disclose a set of emails between two former Delmont executives", kind="indirect", speaker="Nadia Rahman", mention="Kell’s barrister, Nadia Rahman KC", cue="had told the court", stance="claim"),
    dict(content="the emails showed that the loan valuations had been approved by the firm’s auditors", kind="indirect", speaker="Nadia Rahman", mention="She", cue="said", stance="claim"),
    dict(content="withholding anything", kind="indirect", speaker="Serious Fraud Office", mention="The Serious Fraud Office", cue="denied", stance="denial"),
    dict(content="Every item has been disclosed in accordance with the rules,", kind="direct", speaker="Simon Oakes", mention="Simon Oakes, for the prosecution", cue="told the judge", stance="denial"),
    dict(content="it “stands by its work”", kind="mixed", speaker="Marsh Pendleton LLP", mention="A spokesman for the firm", cue="said", stance="claim"),
    dict(content="comment further while proceedings were continuing", kind="indirect", speaker="Marsh Pendleton LLP", mention="A spokesman for the firm", cue="would not comment", stance="refusal"),
    dict(content="his client was “disappointed but not surprised” and would consider an appeal", kind="mixed", speaker="Jonathan Reyes", mention="Kell’s solicitor, Jonathan Reyes of Harcourt Lane Solicitors", cue="said", stance="claim"),
    dict(content="Mr Kell has always maintained that he acted on professional advice, and he will say so to the jury,", kind="direct", speaker="Jonathan Reyes", mention="[[Reyes]] said", cue="said", stance="claim"),
    dict(content="members would be in court every day of the trial", kind="indirect", speaker="Beverley Shaw", mention="Its spokeswoman, Beverley Shaw", cue="said", stance="claim"),
    dict(content="We want to hear it from them, under oath,", kind="direct", speaker="Beverley Shaw", mention="she", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Colin Ferrers", type="PERSON", aliases=["Mr Justice Colin Ferrers", "the judge", "A High Court judge"]),
    dict(name="Adrian Kell", type="PERSON", aliases=["Kell", "Mr Kell", "a former director of Delmont Capital"]),
    dict(name="Delmont Capital", type="ORG", aliases=["Delmont", "the collapsed investment firm"]),
    dict(name="Nadia Rahman", type="PERSON", aliases=["Nadia Rahman KC", "Kell’s barrister"]),
    dict(name="Serious Fraud Office", type="ORG", aliases=["The Serious Fraud Office", "prosecutors", "the prosecution"]),
    dict(name="Simon Oakes", type="PERSON", aliases=[]),
    dict(name="Marsh Pendleton LLP", type="ORG", aliases=["Marsh Pendleton", "The auditors", "the firm’s auditors", "A spokesman for the firm"]),
    dict(name="Lucy Amberley", type="PERSON", aliases=["Delmont’s former finance director", "His co-defendant"]),
    dict(name="Jonathan Reyes", type="PERSON", aliases=["Reyes", "Kell’s solicitor"]),
    dict(name="Harcourt Lane Solicitors", type="ORG", aliases=[]),
    dict(name="Delmont Investors’ Association", type="ORG", aliases=["the Delmont Investors’ Association", "an action group"]),
    dict(name="Beverley Shaw", type="PERSON", aliases=["Its spokeswoman"]),
]
