# ruff: noqa: E501
"""Gold spec: a wire business story on a bank's chatbot giving customers wrong mortgage advice (invented events)."""

# fmt: off
ID = "written-r5-chatbot"
TITLE = "Bank’s AI assistant told customers they could skip mortgage payments, documents show"

TEXT = """
EDINBURGH, Scotland (Reuters) — Customers of Caldwell Bank were told by its artificial intelligence assistant that they could pause mortgage payments for up to six months without penalty, advice the bank has never offered, according to transcripts reviewed by Reuters.

The transcripts, shared by three customers, show the assistant, called Clara, telling users in January and February that a “payment holiday” was available on request. At least two of the customers stopped paying and later received arrears letters.

“I asked it twice. It said yes twice,” said Graham Neill, a retired teacher from Dundee who missed two payments. “Now I have a black mark on my credit file for following the bank’s own advice.”

Caldwell said in a statement that it took the matter “extremely seriously” and had removed the feature that produced the answers. It acknowledged that “a small number” of customers had received incorrect information.

The bank disputed that the error was widespread. Its chief digital officer, Fiona McRae, said fewer than 40 conversations out of more than 2 million had included the wrong advice.

“Far from ignoring this, we found it ourselves and switched it off within 48 hours,” McRae told Reuters. “It is simply not true to say that we left customers exposed for weeks.”

Asked whether the bank would remove the arrears markers from the customers’ credit files, McRae said that was “being looked at case by case.”

She would not be drawn on whether the bank would pay compensation.

The Financial Conduct Authority said it was aware of the issue and was in contact with the bank. A spokesperson for the regulator declined to comment further.

Consumer group FairBanking said the case showed that banks were rushing out untested tools. “If a human adviser said this, they’d be struck off,” said its director, Omar Siddiqui.

Caldwell rejected the comparison. A bank spokesman said every answer given by Clara carried a notice telling customers to check important decisions with a human adviser.

Neill said he had never seen such a notice. “There was nothing on the screen telling me to check anything,” he said.

The bank said the notice had been added to the assistant in December, before the conversations took place. It did not provide a screenshot when asked.

Caldwell shares were little changed in London trading on Tuesday.

McRae said the bank had no plans to withdraw Clara altogether. “We are not going to throw away a tool that answers a million questions a month correctly because of one mistake,” she said.

She conceded, however, that the bank “could have communicated better” with affected customers. “I’m sorry for the worry this has caused,” she said.
"""

QUOTES = [
    dict(content=("Customers of Caldwell Bank were told", "advice the bank has never offered"), kind="indirect", speaker="transcripts reviewed by Reuters", mention="transcripts reviewed by Reuters", cue="according to", stance="claim"),
    dict(content="I asked it twice. It said yes twice,", kind="direct", speaker="Graham Neill", mention="Graham Neill, a retired teacher from Dundee who missed two payments", cue="said", stance="claim"),
    dict(content="Now I have a black mark on my credit file for following the bank’s own advice.", kind="direct", speaker="Graham Neill", mention="Graham Neill, a retired teacher from Dundee who missed two payments", cue="said", stance="claim"),
    dict(content="it took the matter “extremely seriously” and had removed the feature that produced the answers", kind="mixed", speaker="Caldwell Bank", mention="Caldwell", cue="said in a statement", stance="non_denial"),
    dict(content="“a small number” of customers had received incorrect information", kind="mixed", speaker="Caldwell Bank", mention="It", cue="acknowledged", stance="confirmation"),
    dict(content="the error was widespread", kind="indirect", speaker="Caldwell Bank", mention="The bank", cue="disputed", stance="denial"),
    dict(content="fewer than 40 conversations out of more than 2 million had included the wrong advice", kind="indirect", speaker="Fiona McRae", mention="Its chief digital officer, Fiona McRae", cue="said", stance="denial"),
    dict(content="Far from ignoring this, we found it ourselves and switched it off within 48 hours,", kind="direct", speaker="Fiona McRae", mention="McRae", cue="told Reuters", stance="denial"),
    dict(content="It is simply not true to say that we left customers exposed for weeks.", kind="direct", speaker="Fiona McRae", mention="McRae", cue="told Reuters", stance="denial"),
    dict(content="that was “being looked at case by case.”", kind="mixed", speaker="Fiona McRae", mention="McRae", cue="said", stance="non_denial"),
    dict(content="whether the bank would pay compensation", kind="indirect", speaker="Fiona McRae", mention="She", cue="would not be drawn on", stance="non_denial"),
    dict(content="it was aware of the issue and was in contact with the bank", kind="indirect", speaker="Financial Conduct Authority", mention="The Financial Conduct Authority", cue="said", stance="claim"),
    dict(content="declined [[to comment further]]", kind="indirect", speaker="Financial Conduct Authority", mention="A spokesperson for the regulator", cue="declined", stance="refusal"),
    dict(content="the case showed that banks were rushing out untested tools", kind="indirect", speaker="FairBanking", mention="Consumer group FairBanking", cue="said", stance="claim"),
    dict(content="If a human adviser said this, they’d be struck off,", kind="direct", speaker="Omar Siddiqui", mention="its director, Omar Siddiqui", cue="said", stance="claim"),
    dict(content="rejected [[the comparison]]", kind="indirect", speaker="Caldwell Bank", mention="Caldwell", cue="rejected", stance="denial"),
    dict(content="every answer given by Clara carried a notice telling customers to check important decisions with a human adviser", kind="indirect", speaker="Caldwell Bank", mention="A bank spokesman", cue="said", stance="denial"),
    dict(content="he had never seen such a notice", kind="indirect", speaker="Graham Neill", mention="Neill", cue="said", stance="denial"),
    dict(content="There was nothing on the screen telling me to check anything,", kind="direct", speaker="Graham Neill", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="the notice had been added to the assistant in December, before the conversations took place", kind="indirect", speaker="Caldwell Bank", mention="The bank", cue="said", stance="denial"),
    dict(content="the bank had no plans to withdraw Clara altogether", kind="indirect", speaker="Fiona McRae", mention="McRae", cue="said", stance="claim"),
    dict(content="We are not going to throw away a tool that answers a million questions a month correctly because of one mistake,", kind="direct", speaker="Fiona McRae", mention="she", cue="said", stance="claim"),
    dict(content="the bank “could have communicated better” with affected customers", kind="mixed", speaker="Fiona McRae", mention="She", cue="conceded", stance="confirmation"),
    dict(content="I’m sorry for the worry this has caused,", kind="direct", speaker="Fiona McRae", mention="[[she]] said", cue="said", stance="confirmation"),
]

UNNAMED_SPEAKERS = ["transcripts reviewed by Reuters"]

PARTIES = [
    dict(name="Caldwell Bank", type="ORG", aliases=["Caldwell", "The bank", "the bank", "A bank spokesman"]),
    dict(name="Graham Neill", type="PERSON", aliases=["Neill"]),
    dict(name="Fiona McRae", type="PERSON", aliases=["McRae", "Its chief digital officer"]),
    dict(name="Financial Conduct Authority", type="ORG", aliases=["The Financial Conduct Authority", "the regulator", "A spokesperson for the regulator"]),
    dict(name="FairBanking", type="ORG", aliases=["Consumer group FairBanking"]),
    dict(name="Omar Siddiqui", type="PERSON", aliases=[]),
    dict(name="Reuters", type="ORG", aliases=[]),
]
