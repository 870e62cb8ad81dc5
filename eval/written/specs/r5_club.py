# ruff: noqa: E501
"""Gold spec: a wire story on a football club whose players say they were not paid, and its owner's answers (invented events)."""

# fmt: off
ID = "written-r5-club"
TITLE = "Players at second-tier Aldwick say wages unpaid for two months; owner calls reports ‘fantasy’"

TEXT = """
MANCHESTER, England (AP) — Players at English second-tier club Aldwick Athletic have not been paid for two months, their union said Thursday, days after the club’s owner insisted its finances were “in the best shape they have been in a decade.”

The Professional Footballers’ Association said 19 members of the first-team squad had received no salary since Dec. 1 and that it had written to the English Football League asking it to intervene.

“Players have mortgages and children. They can’t be expected to keep turning up and wait for the money to appear,” PFA chief executive Joanne Marsh said.

Aldwick owner Viktor Halasz, a Hungarian property developer who bought the club in 2023, dismissed the reports. “This is fantasy. Every player at this club has been paid what he is owed,” Halasz told The Associated Press in a phone interview.

Asked why the union would say otherwise, Halasz said: “You would have to ask them. Maybe they want attention.”

He later conceded that “a small number” of payments had been delayed by a problem with the club’s bank, but said the money had since been transferred. He would not say how many players were affected.

Two players, who spoke on condition of anonymity because they feared being dropped, said they had received nothing as of Thursday morning. One showed the AP a bank statement with no payment from the club since November.

The EFL confirmed it had received the union’s letter and said it was “in contact with the club.” A league spokesman declined to say whether Aldwick faced a points deduction.

Halasz has previously clashed with the league over a planned sale of the club’s Ferrier Road stadium to one of his own companies. The league blocked the sale in September.

Asked whether he was trying to sell the ground to raise money for wages, Halasz laughed. “Why would I sell my favorite thing?” he said.

Aldwick manager Gary Tennant, speaking before Saturday’s match against Halford, said his players’ attitude had been “magnificent”. He would not discuss their contracts in public.

“What I will say is that the lads have given everything for this club,” he said. “I’m not going to pretend it’s been a normal few weeks.”

Club captain Sam Okoro did not answer questions from reporters after training on Friday.

Supporters’ trust chairman Mick Doyle said fans had been “kept completely in the dark.” He said the trust had asked Halasz to publish the club’s accounts, which are nine months overdue, and had received no reply.

Halasz said the accounts would be filed “very soon.” He did not give a date.

The club’s former finance director, Lisa Crane, who left in October, said she had warned the owner in writing that the wage bill could not be met without new investment. “I told him in August and again in September,” she said.

Halasz said he had “never received any such warning.” Crane said she had kept copies of both letters.
"""

QUOTES = [
    dict(content="Players at English second-tier club Aldwick Athletic have not been paid for two months", kind="indirect", speaker="Professional Footballers’ Association", mention="their union", cue="said", stance="claim"),
    dict(content="its finances were “in the best shape they have been in a decade.”", kind="mixed", speaker="Viktor Halasz", mention="the club’s owner", cue="insisted", stance="denial"),
    dict(content="19 members of the first-team squad had received no salary since Dec. 1 and that it had written to the English Football League asking it to intervene", kind="indirect", speaker="Professional Footballers’ Association", mention="The Professional Footballers’ Association", cue="said", stance="claim"),
    dict(content="Players have mortgages and children. They can’t be expected to keep turning up and wait for the money to appear,", kind="direct", speaker="Joanne Marsh", mention="PFA chief executive Joanne Marsh", cue="said", stance="claim"),
    dict(content="dismissed [[the reports]]", kind="indirect", speaker="Viktor Halasz", mention="Aldwick owner Viktor Halasz, a Hungarian property developer who bought the club in 2023", cue="dismissed", stance="denial"),
    dict(content="This is fantasy. Every player at this club has been paid what he is owed,", kind="direct", speaker="Viktor Halasz", mention="[[Halasz]] told", cue="told The Associated Press", stance="denial"),
    dict(content="You would have to ask them. Maybe they want attention.", kind="direct", speaker="Viktor Halasz", mention="Halasz", cue="said:", stance="non_denial"),
    dict(content="“a small number” of payments had been delayed by a problem with the club’s bank", kind="mixed", speaker="Viktor Halasz", mention="[[He]] later", cue="conceded", stance="confirmation"),
    dict(content="the money had since been transferred", kind="indirect", speaker="Viktor Halasz", mention="[[He]] later", cue="said", stance="denial"),
    dict(content="how many players were affected", kind="indirect", speaker="Viktor Halasz", mention="[[He]] would", cue="would not say", stance="refusal"),
    dict(content="they had received nothing as of Thursday morning", kind="indirect", speaker="Two players", mention="Two players, who spoke on condition of anonymity because they feared being dropped", cue="said", stance="claim"),
    dict(content="it had received the union’s letter", kind="indirect", speaker="English Football League", mention="The EFL", cue="confirmed", stance="confirmation"),
    dict(content="it was “in contact with the club.”", kind="mixed", speaker="English Football League", mention="The EFL", cue="said", stance="claim"),
    dict(content="whether Aldwick faced a points deduction", kind="indirect", speaker="English Football League", mention="A league spokesman", cue="declined to say", stance="non_denial"),
    dict(content="Why would I sell my favorite thing?", kind="direct", speaker="Viktor Halasz", mention="[[he]] said", cue="said", stance="non_denial"),
    dict(content="his players’ attitude had been “magnificent”", kind="mixed", speaker="Gary Tennant", mention="Aldwick manager Gary Tennant, speaking before Saturday’s match against Halford", cue="said", stance="claim"),
    dict(content="their contracts in public", kind="indirect", speaker="Gary Tennant", mention="He", cue="would not discuss", stance="refusal"),
    dict(content="What I will say is that the lads have given everything for this club,", kind="direct", speaker="Gary Tennant", mention="[[he]] said.", cue="said", stance="claim"),
    dict(content="I’m not going to pretend it’s been a normal few weeks.", kind="direct", speaker="Gary Tennant", mention="[[he]] said.", cue="said", stance="confirmation"),
    dict(content="fans had been “kept completely in the dark.”", kind="mixed", speaker="Mick Doyle", mention="Supporters’ trust chairman Mick Doyle", cue="said", stance="claim"),
    dict(content="the trust had asked Halasz to publish the club’s accounts, which are nine months overdue, and had received no reply", kind="indirect", speaker="Mick Doyle", mention="He", cue="said", stance="claim"),
    dict(content="the accounts would be filed “very soon.”", kind="mixed", speaker="Viktor Halasz", mention="Halasz", cue="said", stance="claim"),
    dict(content="she had warned the owner in writing that the wage bill could not be met without new investment", kind="indirect", speaker="Lisa Crane", mention="The club’s former finance director, Lisa Crane, who left in October", cue="said", stance="claim"),
    dict(content="I told him in August and again in September,", kind="direct", speaker="Lisa Crane", mention="[[she]] said.", cue="said", stance="claim"),
    dict(content="he had “never received any such warning.”", kind="mixed", speaker="Viktor Halasz", mention="Halasz", cue="said", stance="denial"),
    dict(content="she had kept copies of both letters", kind="indirect", speaker="Lisa Crane", mention="Crane", cue="said", stance="denial"),
]

UNNAMED_SPEAKERS = ["Two players"]

PARTIES = [
    dict(name="Aldwick Athletic", type="ORG", aliases=["Aldwick", "the club", "this club"]),
    dict(name="Viktor Halasz", type="PERSON", aliases=["Halasz", "Aldwick owner Viktor Halasz", "the club’s owner", "the owner"]),
    dict(name="Professional Footballers’ Association", type="ORG", aliases=["The Professional Footballers’ Association", "PFA", "their union", "the union"]),
    dict(name="Joanne Marsh", type="PERSON", aliases=["PFA chief executive Joanne Marsh"]),
    dict(name="English Football League", type="ORG", aliases=["the English Football League", "The EFL", "the league", "The league", "A league spokesman"]),
    dict(name="Gary Tennant", type="PERSON", aliases=["Aldwick manager Gary Tennant"]),
    dict(name="Sam Okoro", type="PERSON", aliases=["Club captain Sam Okoro"]),
    dict(name="Mick Doyle", type="PERSON", aliases=["Supporters’ trust chairman Mick Doyle"]),
    dict(name="Lisa Crane", type="PERSON", aliases=["Crane", "The club’s former finance director"]),
    dict(name="The Associated Press", type="ORG", aliases=["AP", "the AP"]),
    dict(name="Halford", type="ORG", aliases=[]),
]
