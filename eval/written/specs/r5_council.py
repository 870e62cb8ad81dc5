# ruff: noqa: E501
"""Gold spec: a regional paper on a council's bin-collection contract, missed collections and penalty clauses never used (invented events)."""

# fmt: off
ID = "written-r5-council"
TITLE = "Council ‘never fined’ bin firm for 11,000 missed collections, councillor claims"

TEXT = """
Harnby taxpayers may have paid hundreds of thousands of pounds too much for their bin collections because the borough council never enforced the penalty clauses in its waste contract, an opposition councillor has claimed.

Cllr Joanne Pike, who leads the Independent group on Harnby Borough Council, said documents released under freedom of information showed the contractor, Greyline Environmental, had missed more than 11,000 collections since 2023 without being fined once.

She said the missed rounds were caused by staff shortages at Greyline’s depot on Fenwick Road, where she claimed crews had been cut from 14 to nine.

“The contract says they pay £50 for every missed bin. That’s more than half a million pounds they owed us, and nobody at the town hall asked for a penny,” she told the Courier.

The council’s cabinet member for the environment, Cllr Stephen Oduya, said the figures were “misleading”.

“Cllr Pike is counting every bin that was late as a missed collection. Most of those were picked up within 24 hours, which the contract allows,” he said.

Asked how many of the 11,000 had in fact been collected within a day, Cllr Oduya said he did not have that figure to hand.

A spokeswoman for Greyline Environmental said the company had “met or exceeded” its performance targets in every quarter since the contract began. “We don’t recognise these numbers,” she said.

She would not say whether the company had ever paid a penalty under the contract.

The council confirmed on Wednesday that it had not issued a single penalty notice under the contract since 2023.

The council’s leader, Cllr Margaret Oyelaran, admitted that the authority “could have been tighter” in monitoring the contract, but said there was no evidence that residents had lost out.

“I’m not going to pretend everything has been perfect. It hasn’t,” she said. “But the idea that we have been handing money to a contractor for nothing is simply wrong.”

Greyline’s contract, worth £9.4 million a year, is due for renewal in April. Cllr Pike said it should be put out to open tender.

Asked whether the council had already agreed a five-year extension with Greyline in private, Cllr Oyelaran said: “No decision has been taken, and any decision will be taken in public.”

But minutes of a closed cabinet meeting in December, seen by the Courier, record that members “agreed in principle” to extend the contract. When this was put to her, Cllr Oyelaran said: “I don’t know which minutes you’ve seen. I’d have to look at that.”

A council spokesman later declined to address the wording of the minutes, but said no contract had been signed and the extension remained “one option among several”.

At the Marsh Lane estate, where residents say bins went uncollected for three weeks in August, pensioner Derek Hallam, 74, was unimpressed. “They came once in August. Once,” he said. “And now they tell us it was all on time.”

Greyline’s regional manager, Tony Briggs, said the problems in Marsh Lane were caused by parked cars blocking the lorries, not by a shortage of crews.

“I’ve driven that route myself on a Saturday. You can’t get a 26-tonne lorry past those cars,” Mr Briggs said.

Asked whether Greyline had reduced the number of crews serving Harnby since 2023, he said: “That’s one for head office.”

Cllr Pike’s motion calling for an independent audit of the contract will be debated at full council on March 18. Cllr Oduya said the cabinet would not oppose an audit. “An audit holds no fears for us,” he said.

Greyline’s parent company, Castell Holdings, declined to comment. Greyline did not respond to questions about whether it would bid for the new contract.
"""

QUOTES = [
    dict(content="Harnby taxpayers may have paid hundreds of thousands of pounds too much for their bin collections because the borough council never enforced the penalty clauses in its waste contract", kind="indirect", speaker="Joanne Pike", mention="an opposition councillor", cue="has claimed", stance="claim"),
    dict(content="documents released under freedom of information showed the contractor, Greyline Environmental, had missed more than 11,000 collections since 2023 without being fined once", kind="indirect", speaker="Joanne Pike", mention="Cllr Joanne Pike, who leads the Independent group on Harnby Borough Council", cue="said", stance="claim"),
    dict(content="the missed rounds were caused by staff shortages at Greyline’s depot on Fenwick Road", kind="indirect", speaker="Joanne Pike", mention="She", cue="said", stance="claim"),
    dict(content="crews had been cut from 14 to nine", kind="indirect", speaker="Joanne Pike", mention="[[she]] claimed", cue="claimed", stance="claim"),
    dict(content="The contract says they pay £50 for every missed bin. That’s more than half a million pounds they owed us, and nobody at the town hall asked for a penny,", kind="direct", speaker="Joanne Pike", mention="she", cue="told the Courier", stance="claim"),
    dict(content="the figures were “misleading”", kind="mixed", speaker="Stephen Oduya", mention="The council’s cabinet member for the environment, Cllr Stephen Oduya", cue="said", stance="denial"),
    dict(content="Cllr Pike is counting every bin that was late as a missed collection. Most of those were picked up within 24 hours, which the contract allows,", kind="direct", speaker="Stephen Oduya", mention="he", cue="said", stance="denial"),
    dict(content="he did not have that figure to hand", kind="indirect", speaker="Stephen Oduya", mention="Cllr Oduya", cue="said", stance="non_denial"),
    dict(content="the company had “met or exceeded” its performance targets in every quarter since the contract began", kind="mixed", speaker="Greyline Environmental", mention="A spokeswoman for Greyline Environmental", cue="said", stance="denial"),
    dict(content="We don’t recognise these numbers,", kind="direct", speaker="Greyline Environmental", mention="she", cue="said", stance="denial"),
    dict(content="whether the company had ever paid a penalty under the contract", kind="indirect", speaker="Greyline Environmental", mention="She", cue="would not say", stance="non_denial"),
    dict(content="it had not issued a single penalty notice under the contract since 2023", kind="indirect", speaker="Harnby Borough Council", mention="The council", cue="confirmed", stance="confirmation"),
    dict(content="declined [[to comment]]", kind="indirect", speaker="Castell Holdings", mention="Greyline’s parent company, Castell Holdings", cue="declined", stance="refusal"),
    dict(content="the authority “could have been tighter” in monitoring the contract", kind="mixed", speaker="Margaret Oyelaran", mention="The council’s leader, Cllr Margaret Oyelaran", cue="admitted", stance="confirmation"),
    dict(content="there was no evidence that residents had lost out", kind="indirect", speaker="Margaret Oyelaran", mention="The council’s leader, Cllr Margaret Oyelaran", cue="said", stance="denial"),
    dict(content="I’m not going to pretend everything has been perfect. It hasn’t,", kind="direct", speaker="Margaret Oyelaran", mention="she", cue="said", stance="confirmation"),
    dict(content="But the idea that we have been handing money to a contractor for nothing is simply wrong.", kind="direct", speaker="Margaret Oyelaran", mention="she", cue="said", stance="denial"),
    dict(content="it should be put out to open tender", kind="indirect", speaker="Joanne Pike", mention="Cllr Pike", cue="said", stance="claim"),
    dict(content="No decision has been taken, and any decision will be taken in public.", kind="direct", speaker="Margaret Oyelaran", mention="Cllr Oyelaran", cue="said:", stance="denial"),
    dict(content="I don’t know which minutes you’ve seen. I’d have to look at that.", kind="direct", speaker="Margaret Oyelaran", mention="Cllr Oyelaran", cue="said:", stance="non_denial"),
    dict(content="to address the wording of the minutes", kind="indirect", speaker="Harnby Borough Council", mention="A council spokesman", cue="declined", stance="non_denial"),
    dict(content="no contract had been signed and the extension remained “one option among several”", kind="mixed", speaker="Harnby Borough Council", mention="A council spokesman", cue="said", stance="non_denial"),
    dict(content="They came once in August. Once,", kind="direct", speaker="Derek Hallam", mention="he", cue="said", stance="claim"),
    dict(content="And now they tell us it was all on time.", kind="direct", speaker="Derek Hallam", mention="he", cue="said", stance="claim"),
    dict(content="the problems in Marsh Lane were caused by parked cars blocking the lorries, not by a shortage of crews", kind="indirect", speaker="Tony Briggs", mention="Greyline’s regional manager, Tony Briggs", cue="said", stance="denial"),
    dict(content="I’ve driven that route myself on a Saturday. You can’t get a 26-tonne lorry past those cars,", kind="direct", speaker="Tony Briggs", mention="Mr Briggs", cue="said", stance="denial"),
    dict(content="That’s one for head office.", kind="direct", speaker="Tony Briggs", mention="he", cue="said:", stance="non_denial"),
    dict(content="the cabinet would not oppose an audit", kind="indirect", speaker="Stephen Oduya", mention="Cllr Oduya", cue="said", stance="claim"),
    dict(content="An audit holds no fears for us,", kind="direct", speaker="Stephen Oduya", mention="he", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Joanne Pike", type="PERSON", aliases=["Cllr Joanne Pike", "Cllr Pike", "an opposition councillor"]),
    dict(name="Harnby Borough Council", type="ORG", aliases=["the borough council", "The council", "the council", "the town hall", "A council spokesman", "the authority"]),
    dict(name="Greyline Environmental", type="ORG", aliases=["Greyline", "the company", "A spokeswoman for Greyline Environmental", "the contractor"]),
    dict(name="Stephen Oduya", type="PERSON", aliases=["Cllr Stephen Oduya", "Cllr Oduya", "The council’s cabinet member for the environment"]),
    dict(name="Margaret Oyelaran", type="PERSON", aliases=["Cllr Margaret Oyelaran", "Cllr Oyelaran", "The council’s leader"]),
    dict(name="Castell Holdings", type="ORG", aliases=["Greyline’s parent company"]),
    dict(name="Derek Hallam", type="PERSON", aliases=["pensioner Derek Hallam"]),
    dict(name="Tony Briggs", type="PERSON", aliases=["Mr Briggs", "Greyline’s regional manager"]),
    dict(name="Independent group", type="ORG", aliases=[]),
    dict(name="Harnby Courier", type="ORG", aliases=["the Courier"]),
]
