# ruff: noqa: E501
"""Gold spec: a wire story on a drugmaker's tablet recall, pharmacists' warnings and the company's answers (invented events)."""

# fmt: off
ID = "written-r5-recall"
TITLE = "Drugmaker recalls blood-pressure tablets after dosing error; pharmacists say they warned it in July"

TEXT = """
LONDON, March 3 — Halvern Pharma is recalling more than 400,000 packs of its blood-pressure tablet Corvasta in Britain and Ireland after tests found that some batches contained up to twice the stated dose, the drugmaker said on Tuesday.

The company said the fault affected six batches made at its plant in Swindon between August and November, and that it had “no reports of serious harm” linked to the tablets.

The Medicines and Healthcare products Regulatory Agency said patients should not stop taking their medicine without first speaking to a pharmacist or doctor.

But two pharmacists told this agency they had raised concerns about Corvasta with the company as early as July, weeks before the first of the affected batches was made.

“We sent photographs of tablets that were visibly different sizes in the same blister strip,” said Anjali Mehta, who runs a pharmacy in Reading. “We were told it was within tolerance.”

Halvern denied that it had been warned. “The claim that we were alerted in July is false,” a company spokeswoman said. “We have no record of any complaint about Corvasta before October 12.”

Asked whether the company had searched its complaints inbox for messages from pharmacies in Reading, the spokeswoman said: “We take every report seriously.”

Chief executive Martin Szabo later acknowledged that staff had “found an email from July” that was never passed to the quality team. “That should not have happened, and I am sorry that it did,” he said in a statement.

Szabo would not say whether anyone at the company had been disciplined over the missed email.

The regulator inspected the Swindon plant in 2024. It declined to comment on the findings of that inspection, citing its policy on open cases.

Halvern shares fell 4.2% in London. Analysts at Brookfield Securities said the recall would cost the company about 30 million pounds but was unlikely to change its full-year guidance.

The patient group Heartline UK said it had taken more than 300 calls from worried patients since Monday. “People have been swallowing double doses for months without knowing it,” said its director, Rosa Llewellyn. “Somebody at that company knew and did nothing.”

Asked about Llewellyn’s remarks on a call with reporters, Szabo said: “At no point did anyone here sit on information about patient safety. That is simply not what happened.”

He said the July email had described a packaging fault, not a dosing problem, and had been filed as a cosmetic complaint “in good faith.”

Mehta rejected that account. “I have the email. It says the tablets were different sizes. Nobody reads that as packaging,” she said.

The regulator said it was not aware of any deaths linked to the recalled batches. A spokesman would not rule out further recalls of tablets made at the Swindon plant.

Dunmore Generics, which makes a competing tablet, said it was raising production to cover any shortage. Asked whether the NHS had approached it about extra stock, a Dunmore spokesman said: “You would have to ask the NHS that.”

NHS England did not respond to a request for comment.

A former quality manager at the Swindon plant, who asked not to be named because he still works in the industry, said staff had complained for two years about an ageing tablet press. “Everyone on the floor knew that machine was on its last legs,” he said.

Halvern said the press had been serviced in June and “passed every check.” The company did not respond to further questions about the former manager’s account.

Szabo told reporters he would not be stepping down. “I don’t think anybody is served by me walking away. My job is to fix this,” he said.

Asked whether the board had discussed his position, he laughed. “Boards discuss all sorts of things,” he said.
"""

QUOTES = [
    dict(content="Halvern Pharma is recalling more than 400,000 packs of its blood-pressure tablet Corvasta in Britain and Ireland after tests found that some batches contained up to twice the stated dose", kind="indirect", speaker="Halvern Pharma", mention="the drugmaker", cue="said", stance="claim"),
    dict(content=("the fault affected six batches", "linked to the tablets"), kind="mixed", speaker="Halvern Pharma", mention="The company", cue="said", stance="claim"),
    dict(content="patients should not stop taking their medicine without first speaking to a pharmacist or doctor", kind="indirect", speaker="Medicines and Healthcare products Regulatory Agency", mention="The Medicines and Healthcare products Regulatory Agency", cue="said", stance="claim"),
    dict(content="they had raised concerns about Corvasta with the company as early as July, weeks before the first of the affected batches was made", kind="indirect", speaker="two pharmacists", mention="two pharmacists", cue="told", stance="claim"),
    dict(content="We sent photographs of tablets that were visibly different sizes in the same blister strip,", kind="direct", speaker="Anjali Mehta", mention="Anjali Mehta, who runs a pharmacy in Reading", cue="said", stance="claim"),
    dict(content="We were told it was within tolerance.", kind="direct", speaker="Anjali Mehta", mention="Anjali Mehta, who runs a pharmacy in Reading", cue="said", stance="claim"),
    dict(content="it had been warned", kind="indirect", speaker="Halvern Pharma", mention="Halvern", cue="denied", stance="denial"),
    dict(content="The claim that we were alerted in July is false,", kind="direct", speaker="Halvern Pharma", mention="a company spokeswoman", cue="said", stance="denial"),
    dict(content="We have no record of any complaint about Corvasta before October 12.", kind="direct", speaker="Halvern Pharma", mention="a company spokeswoman", cue="said", stance="denial"),
    dict(content="We take every report seriously.", kind="direct", speaker="Halvern Pharma", mention="the spokeswoman", cue="said:", stance="non_denial"),
    dict(content="staff had “found an email from July” that was never passed to the quality team", kind="mixed", speaker="Martin Szabo", mention="Chief executive Martin Szabo", cue="acknowledged", stance="confirmation"),
    dict(content="That should not have happened, and I am sorry that it did,", kind="direct", speaker="Martin Szabo", mention="he", cue="said in a statement", stance="confirmation"),
    dict(content="whether anyone at the company had been disciplined over the missed email", kind="indirect", speaker="Martin Szabo", mention="Szabo", cue="would not say", stance="non_denial"),
    dict(content="to comment on the findings of that inspection", kind="indirect", speaker="Medicines and Healthcare products Regulatory Agency", mention="It", cue="declined", stance="refusal"),
    dict(content="the recall would cost the company about 30 million pounds but was unlikely to change its full-year guidance", kind="indirect", speaker="Brookfield Securities", mention="Analysts at Brookfield Securities", cue="said", stance="claim"),
    dict(content="it had taken more than 300 calls from worried patients since Monday", kind="indirect", speaker="Heartline UK", mention="The patient group Heartline UK", cue="said", stance="claim"),
    dict(content="People have been swallowing double doses for months without knowing it,", kind="direct", speaker="Rosa Llewellyn", mention="its director, Rosa Llewellyn", cue="said", stance="claim"),
    dict(content="Somebody at that company knew and did nothing.", kind="direct", speaker="Rosa Llewellyn", mention="its director, Rosa Llewellyn", cue="said", stance="claim"),
    dict(content="At no point did anyone here sit on information about patient safety. That is simply not what happened.", kind="direct", speaker="Martin Szabo", mention="Szabo", cue="said:", stance="denial"),
    dict(content=("the July email had described", "“in good faith.”"), kind="mixed", speaker="Martin Szabo", mention="He", cue="said", stance="denial"),
    dict(content="rejected [[that account]]", kind="indirect", speaker="Anjali Mehta", mention="Mehta", cue="rejected", stance="denial"),
    dict(content="I have the email. It says the tablets were different sizes. Nobody reads that as packaging,", kind="direct", speaker="Anjali Mehta", mention="she", cue="said", stance="denial"),
    dict(content="it was not aware of any deaths linked to the recalled batches", kind="indirect", speaker="Medicines and Healthcare products Regulatory Agency", mention="The regulator", cue="said", stance="claim"),
    dict(content="further recalls of tablets made at the Swindon plant", kind="indirect", speaker="Medicines and Healthcare products Regulatory Agency", mention="A spokesman", cue="would not rule out", stance="non_denial"),
    dict(content="it was raising production to cover any shortage", kind="indirect", speaker="Dunmore Generics", mention="Dunmore Generics, which makes a competing tablet", cue="said", stance="claim"),
    dict(content="You would have to ask the NHS that.", kind="direct", speaker="Dunmore Generics", mention="a Dunmore spokesman", cue="said:", stance="non_denial"),
    dict(content="staff had complained for two years about an ageing tablet press", kind="indirect", speaker="A former quality manager at the Swindon plant", mention="A former quality manager at the Swindon plant, who asked not to be named because he still works in the industry", cue="said", stance="claim"),
    dict(content="Everyone on the floor knew that machine was on its last legs,", kind="direct", speaker="A former quality manager at the Swindon plant", mention="[[he]] said", cue="said", stance="claim"),
    dict(content="the press had been serviced in June and “passed every check.”", kind="mixed", speaker="Halvern Pharma", mention="Halvern", cue="said", stance="denial"),
    dict(content="he would not be stepping down", kind="indirect", speaker="Martin Szabo", mention="Szabo", cue="told reporters", stance="claim"),
    dict(content="I don’t think anybody is served by me walking away. My job is to fix this,", kind="direct", speaker="Martin Szabo", mention="[[he]] said", cue="said", stance="claim"),
    dict(content="Boards discuss all sorts of things,", kind="direct", speaker="Martin Szabo", mention="[[he]] said", cue="said", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["two pharmacists", "A former quality manager at the Swindon plant"]

PARTIES = [
    dict(name="Halvern Pharma", type="ORG", aliases=["Halvern", "the drugmaker", "The company", "the company", "a company spokeswoman", "the spokeswoman"]),
    dict(name="Martin Szabo", type="PERSON", aliases=["Szabo", "Chief executive Martin Szabo"]),
    dict(name="Medicines and Healthcare products Regulatory Agency", type="ORG", aliases=["The Medicines and Healthcare products Regulatory Agency", "The regulator", "A spokesman"]),
    dict(name="Anjali Mehta", type="PERSON", aliases=["Mehta"]),
    dict(name="Brookfield Securities", type="ORG", aliases=["Analysts at Brookfield Securities"]),
    dict(name="Heartline UK", type="ORG", aliases=["The patient group Heartline UK"]),
    dict(name="Rosa Llewellyn", type="PERSON", aliases=["Llewellyn", "its director"]),
    dict(name="Dunmore Generics", type="ORG", aliases=["Dunmore", "a Dunmore spokesman"]),
    dict(name="NHS England", type="ORG", aliases=["the NHS", "NHS"]),
    dict(name="Britain", type="GPE", aliases=[]),
    dict(name="Ireland", type="GPE", aliases=[]),
]
