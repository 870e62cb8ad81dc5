# ruff: noqa: E501
"""Gold spec: a business-section analysis of a shipping firm accused of evading oil sanctions, many voices (invented events)."""

# fmt: off
ID = "written-r3-sanctions"
TITLE = "Treasury sanctions Dubai tanker operator over Iranian oil; firm says it is the victim of ‘guesswork’"

TEXT = """
The Treasury Department on Thursday imposed sanctions on Corvane Shipping, a Dubai-based operator of eleven oil tankers, accusing it of using falsified cargo papers and ship-to-ship transfers to deliver Iranian crude to buyers in Asia.

In its designation notice, the department’s Office of Foreign Assets Control said Corvane’s vessels had switched off their transponders on at least 40 occasions since March of last year and that the company had “knowingly concealed” the origin of more than nine million barrels of oil.

“Corvane built a business on deception,” said Daniel Ferreira, the Treasury’s under secretary for terrorism and financial intelligence. “Every barrel it moved put money in the hands of the Revolutionary Guard, and we intend to make that business impossible.”

The company rejected the allegations. In a letter to the Treasury that its lawyers made public on Thursday evening, Corvane said it had “never knowingly carried a single barrel of sanctioned oil” and that its tankers had gone dark only in waters where, it said, satellite jamming made transponders unreliable.

The firm’s lawyer, Helena Marsh of the London firm Pryce Aldgate, said the designation relied on “satellite pictures and guesswork” and that Corvane would challenge it in federal court. She would not rule out that some of the company’s ship-to-ship transfers had involved vessels later found to be carrying Iranian oil.

“In a market this murky, nobody can promise you that,” she said. “What I can tell you is that my client checked every counterparty it was able to check.”

Marsh declined to say which banks had handled Corvane’s payments, citing client confidentiality.

The so-called “dark fleet” of ageing tankers with opaque ownership has grown rapidly since 2022, as buyers of Iranian, Russian and Venezuelan crude have sought ships that Western insurers will not cover. Corvane is one of “several dozen” small operators in that trade, according to Mira Sandoval, head of tanker research at the consultancy Kestrel Sound Analytics.

“Sanctions on one operator rarely take the oil off the water,” said Sandoval, whose firm last year published a study of the trade titled “Ghost Ships of the Gulf.” “The tankers get sold, renamed and reflagged, usually within months.”

She said that one of Corvane’s vessels, a 1998-built tanker called the Meridian Grace, had changed hands last week and now flew the flag of Gabon.

A spokesman for Corvane confirmed that the Meridian Grace had been sold but said the deal was agreed in September, weeks before the company learned of the Treasury investigation.

On Capitol Hill, the designation drew a sharp response from Senator Ruth Okafor, a Michigan Democrat who sits on the Banking Committee, who said the sanctions were “years late.” She said she had written to the Treasury twice last year about Corvane’s tankers and had received what she called “a form letter” in reply.

Her claim that the department had ignored her warnings was disputed by a Treasury official, who said the investigation had begun “well before” the senator’s first letter. The official, who spoke on condition of anonymity to discuss an enforcement matter, did not say when it had started.

The Treasury declined to comment on whether it was also investigating other companies linked to Corvane’s owner, the Emirati businessman Karim Haddad. Haddad could not be reached for comment.

Okafor said she would ask the committee to hold a hearing in the new year, and called on the administration to go after the insurers and port agents that, in her words, “keep these rust buckets afloat.”

Marsh was unmoved. “We will see them in court,” she said.
"""

QUOTES = [
    dict(content="using falsified cargo papers and ship-to-ship transfers to deliver Iranian crude to buyers in Asia", kind="indirect", speaker="Treasury Department", mention="The Treasury Department", cue="accusing", stance="claim"),
    dict(content=("Corvane’s vessels had switched off their transponders", "more than nine million barrels of oil"), kind="mixed", speaker="Office of Foreign Assets Control", mention="the department’s Office of Foreign Assets Control", cue="said", stance="claim"),
    dict(content="Corvane built a business on deception,", kind="direct", speaker="Daniel Ferreira", mention="Daniel Ferreira", cue="said", stance="claim"),
    dict(content="Every barrel it moved put money in the hands of the Revolutionary Guard, and we intend to make that business impossible.", kind="direct", speaker="Daniel Ferreira", mention="Daniel Ferreira", cue="said", stance="claim"),
    dict(content="it had “never knowingly carried a single barrel of sanctioned oil”", kind="mixed", speaker="Corvane Shipping", mention="[[Corvane]] said", cue="said", stance="denial"),
    dict(content="its tankers had gone dark only in waters where, it said, satellite jamming made transponders unreliable", kind="indirect", speaker="Corvane Shipping", mention="[[Corvane]] said", cue="said", stance="denial"),
    dict(content="the designation relied on “satellite pictures and guesswork”", kind="mixed", speaker="Helena Marsh", mention="The firm’s lawyer, Helena Marsh", cue="said", stance="denial"),
    dict(content="Corvane would challenge it in federal court", kind="indirect", speaker="Helena Marsh", mention="The firm’s lawyer, Helena Marsh", cue="said", stance="claim"),
    dict(content="some of the company’s ship-to-ship transfers had involved vessels later found to be carrying Iranian oil", kind="indirect", speaker="Helena Marsh", mention="She", cue="would not rule out", stance="non_denial"),
    dict(content="In a market this murky, nobody can promise you that,", kind="direct", speaker="Helena Marsh", mention="she", cue="said", stance="non_denial"),
    dict(content="What I can tell you is that my client checked every counterparty it was able to check.", kind="direct", speaker="Helena Marsh", mention="she", cue="said", stance="claim"),
    dict(content="which banks had handled Corvane’s payments", kind="indirect", speaker="Helena Marsh", mention="Marsh", cue="declined to say", stance="refusal"),
    dict(content="Corvane is one of “several dozen” small operators in that trade", kind="mixed", speaker="Mira Sandoval", mention="Mira Sandoval", cue="according to", stance="claim"),
    dict(content="Sanctions on one operator rarely take the oil off the water,", kind="direct", speaker="Mira Sandoval", mention="Sandoval", cue="said", stance="claim"),
    dict(content="The tankers get sold, renamed and reflagged, usually within months.", kind="direct", speaker="Mira Sandoval", mention="Sandoval", cue="said", stance="claim"),
    dict(content="one of Corvane’s vessels, a 1998-built tanker called the Meridian Grace, had changed hands last week and now flew the flag of Gabon", kind="indirect", speaker="Mira Sandoval", mention="She", cue="said", stance="claim"),
    dict(content="the Meridian Grace had been sold", kind="indirect", speaker="Corvane Shipping", mention="A spokesman for Corvane", cue="confirmed", stance="confirmation"),
    dict(content="the deal was agreed in September, weeks before the company learned of the Treasury investigation", kind="indirect", speaker="Corvane Shipping", mention="A spokesman for Corvane", cue="said", stance="denial"),
    dict(content="the sanctions were “years late.”", kind="mixed", speaker="Ruth Okafor", mention="Senator Ruth Okafor, a Michigan Democrat who sits on the Banking Committee", cue="said", stance="claim"),
    dict(content=("she had written to the Treasury twice last year", "“a form letter” in reply"), kind="mixed", speaker="Ruth Okafor", mention="[[She]] said", cue="said", stance="claim"),
    dict(content="the department had ignored her warnings", kind="indirect", speaker="Ruth Okafor", mention="Her", cue="claim", stance="claim"),
    dict(content="the investigation had begun “well before” the senator’s first letter", kind="mixed", speaker="a Treasury official", mention="a Treasury official", cue="said", stance="denial"),
    dict(content="when it had started", kind="indirect", speaker="a Treasury official", mention="The official", cue="did not say", stance="refusal"),
    dict(content="whether it was also investigating other companies linked to Corvane’s owner, the Emirati businessman Karim Haddad", kind="indirect", speaker="Treasury Department", mention="The Treasury", cue="declined to comment on", stance="non_denial"),
    dict(content="she would ask the committee to hold a hearing in the new year", kind="indirect", speaker="Ruth Okafor", mention="Okafor", cue="said", stance="claim"),
    dict(content=("to go after the insurers and port agents", "rust buckets afloat.”"), kind="mixed", speaker="Ruth Okafor", mention="Okafor", cue="called on the administration", stance="claim"),
    dict(content="We will see them in court,", kind="direct", speaker="Helena Marsh", mention="she", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["a Treasury official"]

PARTIES = [
    dict(name="Treasury Department", type="ORG", aliases=["The Treasury Department", "the Treasury", "The Treasury", "the department", "Treasury"]),
    dict(name="Office of Foreign Assets Control", type="ORG", aliases=["the department’s Office of Foreign Assets Control"]),
    dict(name="Daniel Ferreira", type="PERSON", aliases=["the Treasury’s under secretary for terrorism and financial intelligence"]),
    dict(name="Corvane Shipping", type="ORG", aliases=["Corvane", "The company", "the company", "my client", "A spokesman for Corvane"]),
    dict(name="Helena Marsh", type="PERSON", aliases=["Marsh", "The firm’s lawyer"]),
    dict(name="Pryce Aldgate", type="ORG", aliases=[]),
    dict(name="Mira Sandoval", type="PERSON", aliases=["Sandoval", "head of tanker research at the consultancy Kestrel Sound Analytics"]),
    dict(name="Kestrel Sound Analytics", type="ORG", aliases=[]),
    dict(name="Ruth Okafor", type="PERSON", aliases=["Senator Ruth Okafor", "Okafor", "the senator"]),
    dict(name="Banking Committee", type="ORG", aliases=["the committee"]),
    dict(name="Karim Haddad", type="PERSON", aliases=["Haddad"]),
    dict(name="Revolutionary Guard", type="ORG", aliases=[]),
]
