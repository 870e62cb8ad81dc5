# ruff: noqa: E501
"""Gold spec: a data breach at an online retailer, tech-news style (invented events)."""

# fmt: off
ID = "written-r3-breach"
TITLE = "Fenmoor confirms customer data breach as researcher says 2.3 million records are for sale"

TEXT = """
Fenmoor, the UK online homeware retailer, has confirmed that hackers stole personal data belonging to “a subset” of its customers, days after a security researcher found a database of its customer records advertised on a cybercrime forum.

In an email sent to customers late on Tuesday, the company said names, email addresses, delivery addresses and order histories had been “accessed by an unauthorised third party”. It said payment card details were not affected, because they are handled by a separate payments provider.

Fenmoor declined to say how many people were affected. But Kasia Wrobel, the independent security researcher who first spotted the listing, told TechWire that the file on sale, called “fen_full_export.csv”, held about 2.3 million unique email addresses. A sample of 500 records she was sent by the seller, a group calling itself GreyLantern, appeared to be genuine, she said.

“This isn't a subset. This looks like everyone who has bought anything from them since 2019,” Wrobel said. She added that she had reported the listing to Fenmoor on March 11 and heard nothing back for four days.

Fenmoor disputed the researcher's figure. “The number circulating online is not accurate and includes a large number of duplicate and test accounts,” a spokesperson said in an emailed statement. The company said it had “acted quickly” once the report reached the right team, and that it had no evidence the data had been used for fraud.

Asked whether the attackers had got in through a compromised employee account, as a post on the forum suggested, the spokesperson said the company would “not comment on the specifics of an ongoing investigation”.

One Fenmoor employee, who asked not to be named because staff had been told not to speak to the press, said an internal customer-service tool had been left open to the internet “for months” after a move to a new cloud provider last year. “Everyone on the team knew it was a problem,” the employee said. “We raised it. Twice.”

The company would neither confirm nor deny that account. Its chief technology officer, Anil Desai, wrote in a LinkedIn post on Wednesday that Fenmoor had “invested heavily in security” and that “no system is immune from determined criminals”.

The Information Commissioner's Office confirmed it had received a breach report from Fenmoor on March 15 and said it was “making enquiries”. A spokesman for the regulator declined to say whether it had opened a formal investigation.

Under UK data-protection law, companies must report serious breaches within 72 hours of becoming aware of them. “If they knew on the 11th, they were late,” Wrobel said. Fenmoor insisted it had become aware of the breach only on March 13, when its own engineers verified the sample, and that its report was “well within” the deadline.

Customers were less concerned with dates. On Reddit and X, dozens complained that the warning email had landed in spam folders and that Fenmoor's help line had been unreachable for most of Wednesday.

Derek Amos, a teacher from Leeds who has shopped with the retailer for five years, said he had received three text messages in a week claiming to come from Fenmoor's delivery partner and asking for a “redelivery fee”. “They knew exactly what I'd ordered,” he said. “That's not a coincidence.”

The company said it was “not aware” of any link between the breach and such messages, and urged customers to be wary of texts asking for payment. It is offering those affected 12 months of free credit monitoring through the agency Veritrust.

Wrobel, who has studied retail breaches for a decade, said the retailer's first email had been “spin”. “Calling two million people a subset is a choice,” she said.

Asked whether she had paid the sellers for the data, she was blunt. “No. I was shown a sample. I bought nothing.”
"""

QUOTES = [
    dict(content="hackers stole personal data belonging to “a subset” of its customers", kind="mixed", speaker="Fenmoor", mention="Fenmoor, the UK online homeware retailer", cue="has confirmed", stance="confirmation"),
    dict(content="names, email addresses, delivery addresses and order histories had been “accessed by an unauthorised third party”", kind="mixed", speaker="Fenmoor", mention="the company", cue="said", stance="confirmation"),
    dict(content="payment card details were not affected, because they are handled by a separate payments provider", kind="indirect", speaker="Fenmoor", mention="It", cue="said", stance="denial"),
    dict(content="to say how many people were affected", kind="indirect", speaker="Fenmoor", mention="Fenmoor", cue="declined", stance="refusal"),
    dict(content="the file on sale, called “fen_full_export.csv”, held about 2.3 million unique email addresses", kind="indirect", speaker="Kasia Wrobel", mention="Kasia Wrobel, the independent security researcher who first spotted the listing", cue="told", stance="claim"),
    dict(content="A sample of 500 records she was sent by the seller, a group calling itself GreyLantern, appeared to be genuine", kind="indirect", speaker="Kasia Wrobel", mention="genuine, [[she]] said", cue="said", stance="claim"),
    dict(content="This isn't a subset. This looks like everyone who has bought anything from them since 2019,", kind="direct", speaker="Kasia Wrobel", mention="Wrobel", cue="said", stance="claim"),
    dict(content="she had reported the listing to Fenmoor on March 11 and heard nothing back for four days", kind="indirect", speaker="Kasia Wrobel", mention="She", cue="added", stance="claim"),
    dict(content="The number circulating online is not accurate and includes a large number of duplicate and test accounts,", kind="direct", speaker="Fenmoor", mention="a spokesperson", cue="said in an emailed statement", stance="denial"),
    dict(content=("it had “acted quickly” once the report", "used for fraud"), kind="mixed", speaker="Fenmoor", mention="The company", cue="said", stance="denial"),
    dict(content="the company would “not comment on the specifics of an ongoing investigation”", kind="mixed", speaker="Fenmoor", mention="the spokesperson", cue="said", stance="refusal"),
    dict(content="an internal customer-service tool had been left open to the internet “for months” after a move to a new cloud provider last year", kind="mixed", speaker="One Fenmoor employee", mention="One Fenmoor employee, who asked not to be named because staff had been told not to speak to the press", cue="said", stance="claim"),
    dict(content="Everyone on the team knew it was a problem,", kind="direct", speaker="One Fenmoor employee", mention="the employee", cue="said", stance="claim"),
    dict(content="We raised it. Twice.", kind="direct", speaker="One Fenmoor employee", mention="the employee", cue="said", stance="claim"),
    dict(content="that account", kind="indirect", speaker="Fenmoor", mention="The company", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="Fenmoor had “invested heavily in security” and that “no system is immune from determined criminals”", kind="mixed", speaker="Anil Desai", mention="Its chief technology officer, Anil Desai", cue="wrote in a LinkedIn post", stance="claim"),
    dict(content="it had received a breach report from Fenmoor on March 15", kind="indirect", speaker="Information Commissioner's Office", mention="The Information Commissioner's Office", cue="confirmed", stance="confirmation"),
    dict(content="it was “making enquiries”", kind="mixed", speaker="Information Commissioner's Office", mention="The Information Commissioner's Office", cue="said", stance="claim"),
    dict(content="to say whether it had opened a formal investigation", kind="indirect", speaker="Information Commissioner's Office", mention="A spokesman for the regulator", cue="declined", stance="non_denial"),
    dict(content="If they knew on the 11th, they were late,", kind="direct", speaker="Kasia Wrobel", mention="Wrobel", cue="said", stance="claim"),
    dict(content="it had become aware of the breach only on March 13, when its own engineers verified the sample, and that its report was “well within” the deadline", kind="mixed", speaker="Fenmoor", mention="Fenmoor", cue="insisted", stance="denial"),
    dict(content="the warning email had landed in spam folders and that Fenmoor's help line had been unreachable for most of Wednesday", kind="indirect", speaker="customers on Reddit and X", mention="dozens", cue="complained", stance="claim"),
    dict(content="he had received three text messages in a week claiming to come from Fenmoor's delivery partner and asking for a “redelivery fee”", kind="mixed", speaker="Derek Amos", mention="Derek Amos, a teacher from Leeds who has shopped with the retailer for five years", cue="said", stance="claim"),
    dict(content="They knew exactly what I'd ordered,", kind="direct", speaker="Derek Amos", mention="[[he]] said", cue="said", stance="claim"),
    dict(content="That's not a coincidence.", kind="direct", speaker="Derek Amos", mention="[[he]] said", cue="said", stance="claim"),
    dict(content="it was “not aware” of any link between the breach and such messages", kind="mixed", speaker="Fenmoor", mention="The company", cue="said", stance="non_denial"),
    dict(content="customers to be wary of texts asking for payment", kind="indirect", speaker="Fenmoor", mention="The company", cue="urged", stance="claim"),
    dict(content="the retailer's first email had been “spin”", kind="mixed", speaker="Kasia Wrobel", mention="Wrobel, who has studied retail breaches for a decade", cue="said", stance="claim"),
    dict(content="Calling two million people a subset is a choice,", kind="direct", speaker="Kasia Wrobel", mention="she", cue="said", stance="claim"),
    dict(content="No. I was shown a sample. I bought nothing.", kind="direct", speaker="Kasia Wrobel", mention="[[she]] was blunt", cue=None, stance="denial"),
]

UNNAMED_SPEAKERS = ["One Fenmoor employee", "customers on Reddit and X"]

PARTIES = [
    dict(name="Fenmoor", type="ORG", aliases=["the company", "The company", "the retailer", "the UK online homeware retailer"]),
    dict(name="Kasia Wrobel", type="PERSON", aliases=["Wrobel", "the independent security researcher", "the researcher"]),
    dict(name="GreyLantern", type="ORG", aliases=["the seller", "the sellers"]),
    dict(name="Anil Desai", type="PERSON", aliases=["Its chief technology officer"]),
    dict(name="Information Commissioner's Office", type="ORG", aliases=["The Information Commissioner's Office", "the regulator"]),
    dict(name="Derek Amos", type="PERSON", aliases=["a teacher from Leeds"]),
    dict(name="TechWire", type="ORG", aliases=[]),
    dict(name="Veritrust", type="ORG", aliases=["the agency Veritrust"]),
    dict(name="United Kingdom", type="GPE", aliases=["UK"]),
]
