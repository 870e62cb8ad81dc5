# ruff: noqa: E501
"""Gold spec: court report on a fraud trial (invented events, invented people)."""

# fmt: off
ID = "written-r13-trial"
TITLE = "Former charity director told jury donations were 'a loan', court hears"

TEXT = """
A former finance director of a children's charity moved almost £900,000 of donations into accounts she controlled over six years and spent much of it on property in Spain, a jury at Manchester Crown Court heard on Monday.

Opening the prosecution case, Simon Hale KC told the jury that Denise Corrigan, 52, had "treated the charity's bank account as her own". The money, he said, had been disguised in the accounts as payments to suppliers that did not exist.

Mrs Corrigan, of Altrincham, denies seven counts of fraud by abuse of position.

Mr Hale said investigators had traced 143 transfers from the charity, Brightstart, to two companies registered at her home address. He told the court that when the charity's auditors first asked about the payments in 2022, Mrs Corrigan had produced invoices that were later found to have been created on her own laptop.

"You will hear that she had every opportunity to explain these payments, and that each time she gave a different explanation," he said. "First they were for software. Then they were for training. Then, when neither account held up, they were a loan."

Mrs Corrigan's barrister, Rachel Mbeki, said her client had always intended to repay the money and had told two trustees about the arrangement at the time. The trustees, she said, had approved the transfers in principle at a meeting in 2019, although no minutes of that meeting survive.

She went on to say that the charity's chairman, Alan Fordyce, had "known far more than he now admits".

Mr Fordyce, giving evidence later on Monday, said he had never been told about any loan. In cross-examination he accepted that he had not read the charity's monthly accounts "as closely as I should have".

Asked by Ms Mbeki whether he had attended the 2019 meeting, he said he could not remember. "I go to a great many meetings. I genuinely don't know," he told the court.

Brightstart, which supports young carers in Greater Manchester, said in a statement that it had cooperated fully with police and would not comment while the trial was under way.

The trial continues.
"""

QUOTES = [
    dict(content="A former finance director of a children's charity moved almost £900,000 of donations into accounts she controlled over six years and spent much of it on property in Spain", kind="indirect", speaker=None, mention=None, cue="heard", stance="claim"),
    dict(content='Denise Corrigan, 52, had "treated the charity\'s bank account as her own"', kind="mixed", speaker="Simon Hale", mention="Simon Hale KC", cue="told the jury", stance="claim"),
    dict(content="The money, he said, had been disguised in the accounts as payments to suppliers that did not exist", kind="indirect", speaker="Simon Hale", mention="[[he]] said, had been", cue="said", stance="claim"),
    dict(content="investigators had traced 143 transfers from the charity, Brightstart, to two companies registered at her home address", kind="indirect", speaker="Simon Hale", mention="Mr Hale", cue="said", stance="claim"),
    dict(content="when the charity's auditors first asked about the payments in 2022, Mrs Corrigan had produced invoices that were later found to have been created on her own laptop", kind="indirect", speaker="Simon Hale", mention="He told the court", cue="told the court", stance="claim"),
    dict(content="You will hear that she had every opportunity to explain these payments, and that each time she gave a different explanation,", kind="direct", speaker="Simon Hale", mention="he said", cue="said", stance="claim"),
    dict(content="First they were for software. Then they were for training. Then, when neither account held up, they were a loan.", kind="direct", speaker="Simon Hale", mention="he said", cue="said", stance="claim"),
    dict(content="seven counts of fraud by abuse of position", kind="indirect", speaker="Denise Corrigan", mention="Mrs Corrigan, of Altrincham", cue="denies", stance="denial"),
    dict(content="her client had always intended to repay the money and had told two trustees about the arrangement at the time", kind="indirect", speaker="Rachel Mbeki", mention="Mrs Corrigan's barrister, Rachel Mbeki", cue="said", stance="denial"),
    dict(content="The trustees, she said, had approved the transfers in principle at a meeting in 2019, although no minutes of that meeting survive", kind="indirect", speaker="Rachel Mbeki", mention="she", cue="said", stance="denial"),
    dict(content='the charity\'s chairman, Alan Fordyce, had "known far more than he now admits"', kind="mixed", speaker="Rachel Mbeki", mention="She went on", cue="went on to say", stance="claim"),
    dict(content="he had never been told about any loan", kind="indirect", speaker="Alan Fordyce", mention="Mr Fordyce, giving evidence later on Monday", cue="said", stance="denial"),
    dict(content='he had not read the charity\'s monthly accounts "as closely as I should have"', kind="mixed", speaker="Alan Fordyce", mention="he accepted", cue="accepted", stance="confirmation"),
    dict(content="he could not remember", kind="indirect", speaker="Alan Fordyce", mention="[[he]] said he could", cue="said", stance="non_denial"),
    dict(content="I go to a great many meetings. I genuinely don't know,", kind="direct", speaker="Alan Fordyce", mention="he told the court", cue="told the court", stance="non_denial"),
    dict(content="it had cooperated fully with police and would not comment while the trial was under way", kind="indirect", speaker="Brightstart", mention="Brightstart, which supports young carers in Greater Manchester", cue="said in a statement", stance="refusal"),
]

PARTIES = [
    dict(name="Simon Hale", type="PERSON", aliases=["Mr Hale"]),
    dict(name="Denise Corrigan", type="PERSON", aliases=["Mrs Corrigan"]),
    dict(name="Rachel Mbeki", type="PERSON", aliases=["Ms Mbeki"]),
    dict(name="Alan Fordyce", type="PERSON", aliases=["Mr Fordyce"]),
    dict(name="Brightstart", type="ORG", aliases=[]),
]
