# ruff: noqa: E501
"""Gold spec: a data broker admits selling EU location data as Brussels investigates (invented events)."""

# fmt: off
ID = "written-biz-brightwell"
TITLE = "Brightwell Data admits it sold location records of EU users, faces Brussels inquiry"

TEXT = """
BRUSSELS — Brightwell Data, a fast-growing broker of smartphone location data, admitted on Friday that it had sold records belonging to European users to advertisers without their consent, days after the European Commission opened an investigation into the company.

In a filing with the U.S. Securities and Exchange Commission, the San Jose-based company said an internal review had found that a “limited number” of data sets bought from app developers had included users in the European Union who had opted out of tracking. The company said it had stopped selling those data sets and notified regulators in Ireland, where its European subsidiary is registered.

The admission marks a reversal. As recently as last month, Brightwell’s chief executive, Aaron Whitcombe, dismissed reports that the company traded in European data as “fiction,” telling an industry conference in Lisbon that its systems filtered out every EU device.

Whitcombe resigned on Thursday night, the company said, and will be replaced on an interim basis by its chief operating officer, Nadia Petrov.

“We got this wrong, and I own that,” Petrov wrote in an email to employees that was seen by reporters. “What matters now is that we fix it and that we are honest about how it happened.”

The commission’s investigation will examine whether Brightwell broke the General Data Protection Regulation, which allows fines of up to 4 percent of a company’s global annual revenue. A commission spokesman, Luca Bernardi, said the inquiry was at an early stage. He would not comment on whether other brokers were under scrutiny.

The case has become a test of how far European rules reach companies with no large presence on the continent. Lawmakers in the European Parliament, who have pushed for a ban on the sale of precise location data, seized on Friday’s admission.

“This is exactly the business model we have been warning about,” said Marit Halvorsen, a Norwegian-born member of the Parliament’s civil liberties committee. “The data was collected in Europe, it was sold from California, and the people it describes had said no.”

Brightwell’s former chief privacy officer, Simone Achterberg, testified before the committee in September that she had raised concerns about the European data with senior management in 2023 and had been told the issue was being handled. She left the company weeks later.

Asked about her testimony, Brightwell said it “takes all concerns raised by employees seriously” and had hired a law firm to examine how her warnings were dealt with. The company would neither confirm nor deny that Whitcombe had been aware of them.

Whitcombe did not respond to messages seeking comment. A person close to him said he had not seen Achterberg’s warnings before they were reported in the press and that he stepped down “to let the company move on.”

Investors have punished the stock, which has fallen by more than half since the commission announced its inquiry. Several of the company’s largest customers, including the advertising firm Corvex Media, have said they are suspending purchases until the review is complete.

Privacy advocates said the case showed the limits of relying on companies to police themselves. “Consent that nobody checks is not consent,” said Oren Mizrahi of the Digital Rights Foundation in Berlin.
"""

QUOTES = [
    dict(content="it had sold records belonging to European users to advertisers without their consent", kind="indirect", speaker="Brightwell Data", mention="Brightwell Data, a fast-growing broker of smartphone location data", cue="admitted", stance="confirmation"),
    dict(content="an internal review had found that a “limited number” of data sets bought from app developers had included users in the European Union who had opted out of tracking", kind="mixed", speaker="Brightwell Data", mention="the San Jose-based company", cue="said", stance="confirmation"),
    dict(content="it had stopped selling those data sets and notified regulators in Ireland, where its European subsidiary is registered", kind="indirect", speaker="Brightwell Data", mention="The company", cue="said", stance="claim"),
    dict(content="reports that the company traded in European data as “fiction,”", kind="mixed", speaker="Aaron Whitcombe", mention="Brightwell’s chief executive, Aaron Whitcombe", cue="dismissed", stance="denial"),
    dict(content="its systems filtered out every EU device", kind="indirect", speaker="Aaron Whitcombe", mention="Brightwell’s chief executive, Aaron Whitcombe", cue="telling an industry conference", stance="denial"),
    dict(content=("Whitcombe resigned on Thursday night, the company said,", "its chief operating officer, Nadia Petrov"), kind="indirect", speaker="Brightwell Data", mention="the company", cue="said", stance="claim"),
    dict(content="We got this wrong, and I own that,", kind="direct", speaker="Nadia Petrov", mention="Petrov", cue="wrote in an email", stance="confirmation"),
    dict(content="What matters now is that we fix it and that we are honest about how it happened.", kind="direct", speaker="Nadia Petrov", mention="Petrov", cue="wrote in an email", stance="claim"),
    dict(content="the inquiry was at an early stage", kind="indirect", speaker="Luca Bernardi", mention="A commission spokesman, Luca Bernardi", cue="said", stance="claim"),
    dict(content="on whether other brokers were under scrutiny", kind="indirect", speaker="Luca Bernardi", mention="He", cue="would not comment", stance="non_denial"),
    dict(content="This is exactly the business model we have been warning about,", kind="direct", speaker="Marit Halvorsen", mention="Marit Halvorsen, a Norwegian-born member of the Parliament’s civil liberties committee", cue="said", stance="claim"),
    dict(content="The data was collected in Europe, it was sold from California, and the people it describes had said no.", kind="direct", speaker="Marit Halvorsen", mention="Marit Halvorsen, a Norwegian-born member of the Parliament’s civil liberties committee", cue="said", stance="claim"),
    dict(content="she had raised concerns about the European data with senior management in 2023 and had been told the issue was being handled", kind="indirect", speaker="Simone Achterberg", mention="Brightwell’s former chief privacy officer, Simone Achterberg", cue="testified", stance="claim"),
    dict(content="it “takes all concerns raised by employees seriously” and had hired a law firm to examine how her warnings were dealt with", kind="mixed", speaker="Brightwell Data", mention="Brightwell", cue="said", stance="non_denial"),
    dict(content="neither confirm nor deny that [[Whitcombe had been aware of them]]", kind="indirect", speaker="Brightwell Data", mention="The company", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="he had not seen Achterberg’s warnings before they were reported in the press and that he stepped down “to let the company move on.”", kind="mixed", speaker="A person close to Aaron Whitcombe", mention="A person close to him", cue="said", stance="denial"),
    dict(content="they are suspending purchases until the review is complete", kind="indirect", speaker="Several of the company’s largest customers", mention="Several of the company’s largest customers, including the advertising firm Corvex Media", cue="have said", stance="claim"),
    dict(content="the case showed the limits of relying on companies to police themselves", kind="indirect", speaker="Privacy advocates", mention="Privacy advocates", cue="said", stance="claim"),
    dict(content="Consent that nobody checks is not consent,", kind="direct", speaker="Oren Mizrahi", mention="Oren Mizrahi of the Digital Rights Foundation in Berlin", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["A person close to Aaron Whitcombe", "Several of the company’s largest customers", "Privacy advocates"]

PARTIES = [
    dict(name="Brightwell Data", type="ORG", aliases=["Brightwell", "the company", "The company", "the San Jose-based company", "company", "San Jose-based company"]),
    dict(name="European Commission", type="ORG", aliases=["the commission", "commission"]),
    dict(name="Securities and Exchange Commission", type="ORG", aliases=["U.S. Securities and Exchange Commission"]),
    dict(name="Aaron Whitcombe", type="PERSON", aliases=["Whitcombe", "Brightwell’s chief executive"]),
    dict(name="Nadia Petrov", type="PERSON", aliases=["Petrov", "its chief operating officer"]),
    dict(name="Luca Bernardi", type="PERSON", aliases=["A commission spokesman", "commission spokesman"]),
    dict(name="European Parliament", type="ORG", aliases=["the Parliament", "Parliament’s civil liberties committee", "the committee", "Parliament", "committee"]),
    dict(name="Marit Halvorsen", type="PERSON", aliases=["a Norwegian-born member of the Parliament’s civil liberties committee", "Norwegian-born member of the Parliament’s civil liberties committee"]),
    dict(name="Simone Achterberg", type="PERSON", aliases=["Achterberg", "Brightwell’s former chief privacy officer"]),
    dict(name="Corvex Media", type="ORG", aliases=["the advertising firm Corvex Media", "advertising firm Corvex Media"]),
    dict(name="Oren Mizrahi", type="PERSON", aliases=[]),
    dict(name="Digital Rights Foundation", type="ORG", aliases=[]),
    dict(name="European Union", type="GPE", aliases=["EU"]),
    dict(name="Ireland", type="GPE", aliases=[]),
    dict(name="Brussels", type="GPE", aliases=["BRUSSELS"]),
    dict(name="Lisbon", type="GPE", aliases=[]),
    dict(name="California", type="GPE", aliases=[]),
    dict(name="Berlin", type="GPE", aliases=[]),
    dict(name="Europe", type="GPE", aliases=[]),
]
