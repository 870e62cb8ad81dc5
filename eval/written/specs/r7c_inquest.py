# ruff: noqa: E501
"""Gold spec: a court report on a landlord's trial after a tenant's carbon monoxide poisoning (invented events)."""

# fmt: off
ID = "written-r7c-inquest"
TITLE = "Landlord ignored boiler warnings for two years, court hears"

TEXT = """
A landlord whose tenant was left brain-damaged by carbon monoxide ignored repeated warnings that the boiler in her flat was unsafe, a court was told on Wednesday.

Derek Swales, 61, who owns 23 flats in Wrexley, has pleaded not guilty to breaching gas safety regulations and to causing serious injury by neglect.

Prosecutor Hannah Obi told Wrexley Crown Court that an engineer had condemned the boiler in 2021 and fitted a warning tag to it, which Mr Swales later removed. The tenant, Lucy Carrow, then 34, was found unconscious in her bathroom in February last year.

Ms Obi said the jury would hear that Ms Carrow had complained about headaches and a yellow flame at least six times, by text and by email, and that Mr Swales had replied to only one of the messages.

In that reply, the prosecutor said, he wrote that the boiler “just needs a bleed” and that he would send someone round. Nobody came, she said.

The engineer, Gavin Pryce, gave evidence that the flue had been blocked by a bird’s nest and that the appliance was “immediately dangerous” when he inspected it. He said he had explained this to Mr Swales on the phone.

Under cross-examination by Mr Swales’s barrister, Colin Fairbairn, Mr Pryce accepted that he had not put the warning in writing. He denied that he had told the landlord the boiler could be used in the meantime.

Mr Fairbairn suggested that Mr Pryce had been confused about which of several properties he had visited that week. The engineer said that was not so.

The defence case, Mr Fairbairn told the jury, is that his client relied on a managing agent, Keyfield Lettings, to arrange safety checks and was never told the boiler had been condemned.

Keyfield Lettings, which went into liquidation last year, is not represented at the trial. Its former director, Sandra Bell, is expected to be called as a witness.

Ms Carrow’s mother, Irene Carrow, told the court her daughter now needed round-the-clock care. She said Lucy had been training to be a teacher and had hoped to marry in the summer.

The judge, Recorder Amir Khalil, told jurors that the injuries Ms Carrow suffered were not in dispute. What they had to decide, he said, was whether Mr Swales knew or ought to have known of the danger.

The so-called warning tag, a yellow label reading “Do not use”, was shown to the jury in a plastic evidence bag. Detective Constable Ruth Lane said it had been found in a kitchen drawer at Mr Swales’s home.

Mr Swales has told police that he did not recognise the label and had never seen it before, according to a transcript of his interview read to the court.

The trial continues.
"""

QUOTES = [
    dict(content="the boiler in her flat was unsafe", kind="indirect", speaker=None, mention=None, cue="warnings", stance="claim"),
    dict(content="breaching gas safety regulations and to causing serious injury by neglect", kind="indirect", speaker="Derek Swales", mention="Derek Swales, 61, who owns 23 flats in Wrexley", cue="has pleaded not guilty", stance="denial"),
    dict(content="an engineer had condemned the boiler in 2021 and fitted a warning tag to it, which Mr Swales later removed", kind="indirect", speaker="Hannah Obi", mention="Prosecutor Hannah Obi", cue="told Wrexley Crown Court", stance="claim"),
    dict(content="the jury would hear that Ms Carrow had complained about headaches and a yellow flame at least six times, by text and by email, and that Mr Swales had replied to only one of the messages", kind="indirect", speaker="Hannah Obi", mention="Ms Obi", cue="said", stance="claim"),
    dict(content="the boiler “just needs a bleed” and that he would send someone round", kind="mixed", speaker="Derek Swales", mention="[[he]] wrote", cue="wrote", stance="claim"),
    dict(content="Nobody came", kind="indirect", speaker="Hannah Obi", mention="she", cue="said", stance="claim"),
    dict(content="the flue had been blocked by a bird’s nest and that the appliance was “immediately dangerous” when he inspected it", kind="mixed", speaker="Gavin Pryce", mention="The engineer, Gavin Pryce", cue="gave evidence", stance="claim"),
    dict(content="he had explained this to Mr Swales on the phone", kind="indirect", speaker="Gavin Pryce", mention="He", cue="said", stance="claim"),
    dict(content="he had not put the warning in writing", kind="indirect", speaker="Gavin Pryce", mention="Mr Pryce", cue="accepted", stance="confirmation"),
    dict(content="he had told the landlord the boiler could be used in the meantime", kind="indirect", speaker="Gavin Pryce", mention="He", cue="denied", stance="denial"),
    dict(content="Mr Pryce had been confused about which of several properties he had visited that week", kind="indirect", speaker="Colin Fairbairn", mention="Mr Fairbairn", cue="suggested", stance="claim"),
    dict(content="that was not so", kind="indirect", speaker="Gavin Pryce", mention="The engineer", cue="said", stance="denial"),
    dict(content=("The defence case, Mr Fairbairn told the jury", "never told the boiler had been condemned"), kind="indirect", speaker="Colin Fairbairn", mention="Mr Fairbairn", cue="told the jury", stance="denial"),
    dict(content="her daughter now needed round-the-clock care", kind="indirect", speaker="Irene Carrow", mention="Ms Carrow’s mother, Irene Carrow", cue="told the court", stance="claim"),
    dict(content="Lucy had been training to be a teacher and had hoped to marry in the summer", kind="indirect", speaker="Irene Carrow", mention="She", cue="said", stance="claim"),
    dict(content="the injuries Ms Carrow suffered were not in dispute", kind="indirect", speaker="Amir Khalil", mention="The judge, Recorder Amir Khalil", cue="told jurors", stance="claim"),
    dict(content="What they had to decide, he said, was whether Mr Swales knew or ought to have known of the danger", kind="indirect", speaker="Amir Khalil", mention="he", cue="said", stance="claim"),
    dict(content="it had been found in a kitchen drawer at Mr Swales’s home", kind="indirect", speaker="Ruth Lane", mention="Detective Constable Ruth Lane", cue="said", stance="claim"),
    dict(content="he did not recognise the label and had never seen it before", kind="indirect", speaker="Derek Swales", mention="Mr Swales", cue="has told police", stance="denial"),
]

PARTIES = [
    dict(name="Derek Swales", type="PERSON", aliases=["Mr Swales"]),
    dict(name="Hannah Obi", type="PERSON", aliases=["Prosecutor Hannah Obi", "Ms Obi", "the prosecutor"]),
    dict(name="Lucy Carrow", type="PERSON", aliases=["Ms Carrow", "Lucy"]),
    dict(name="Gavin Pryce", type="PERSON", aliases=["Mr Pryce", "The engineer"]),
    dict(name="Colin Fairbairn", type="PERSON", aliases=["Mr Fairbairn"]),
    dict(name="Keyfield Lettings", type="ORG", aliases=[]),
    dict(name="Sandra Bell", type="PERSON", aliases=[]),
    dict(name="Irene Carrow", type="PERSON", aliases=[]),
    dict(name="Amir Khalil", type="PERSON", aliases=["Recorder Amir Khalil", "The judge"]),
    dict(name="Ruth Lane", type="PERSON", aliases=["Detective Constable Ruth Lane"]),
]
