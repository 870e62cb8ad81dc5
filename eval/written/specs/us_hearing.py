# ruff: noqa: E501
"""Gold spec: a congressional hearing with a payments company's chief executive (invented events)."""

# fmt: off
ID = "written-us-hearing"
TITLE = "Lawmakers grill PayRiver chief over outage that froze millions of accounts"

TEXT = """
WASHINGTON — The chief executive of PayRiver, the mobile payments company whose four-day outage in August left roughly 11 million customers unable to reach their money, told a House panel on Wednesday that the failure was caused by a faulty software update and not, as some lawmakers have suggested, by a cyberattack.

"There is no evidence, none, that any outside actor was involved," Nathaniel Osei told the House Financial Services Committee. "This was our mistake, and I own it."

Osei, 44, said the company had already reimbursed overdraft and late fees for about 2.3 million customers and would pay the rest by the end of the year.

Lawmakers from both parties were unconvinced that the company had been straight with them. Rep. Harriet Lund, the Minnesota Democrat who is the committee's ranking member, said PayRiver had told her staff during the outage that it was "investigating a possible intrusion" — an account Osei's testimony appeared to contradict.

"So which is it, Mr. Osei? Were you lying to us then, or are you lying to us now?" Lund asked.

"Neither, congresswoman," Osei said. "In the first hours we did not know what we were dealing with, and we said so."

The committee's chairman, Rep. Bradley Keane of Texas, focused on the company's contacts with regulators. Keane said his staff had obtained emails showing that PayRiver executives had asked the Consumer Financial Protection Bureau to delay announcing an inquiry until after the company's quarterly earnings call.

Osei did not dispute the emails. Asked by Keane whether he had personally approved the request, he said he was "not going to characterize conversations I wasn't part of," and added that the company's general counsel had handled all contact with the bureau.

"That's not an answer, and I think you know it," the Texas Republican shot back.

Later in the hearing, Osei acknowledged that PayRiver had cut its reliability engineering team by about a third in a round of layoffs last year. He insisted the cuts had "nothing to do with" the outage.

Rep. Sofia Marchetti, a New Jersey Democrat, asked whether any executive had sold shares in the weeks before the outage was made public. Osei said he would have to check and promised to respond in writing.

The bureau declined to comment on the emails, saying it does not discuss ongoing investigations. A spokesman for PayRiver, Jared Whitlock, said after the hearing that the company "has cooperated fully with every regulator and will continue to do so."

Consumer advocates who packed the hearing room said the session had done little to reassure customers. "People missed rent. People got hit with fees by their landlords and their banks," said Dolores Amaya, policy director at the advocacy group Fair Wallet. "An apology doesn't cover that."

Keane said after the hearing that the committee would consider legislation requiring payment apps to report major outages to regulators within 24 hours. Lund told reporters she would support such a bill "if it has real teeth."

PayRiver's shares fell 3 percent in afternoon trading.
"""

QUOTES = [
    dict(content="the failure was caused by a faulty software update and not, as some lawmakers have suggested, by a cyberattack", kind="indirect", speaker="Nathaniel Osei", mention="The chief executive of PayRiver", cue="told a House panel", stance="denial"),
    dict(content="There is no evidence, none, that any outside actor was involved,", kind="direct", speaker="Nathaniel Osei", mention="Nathaniel Osei", cue="told", stance="denial"),
    dict(content="This was our mistake, and I own it.", kind="direct", speaker="Nathaniel Osei", mention="Nathaniel Osei", cue="told", stance="confirmation"),
    dict(content="the company had already reimbursed overdraft and late fees for about 2.3 million customers and would pay the rest by the end of the year", kind="indirect", speaker="Nathaniel Osei", mention="Osei, 44,", cue="said", stance="claim"),
    dict(content="PayRiver had told her staff during the outage that it was \"investigating a possible intrusion\"", kind="mixed", speaker="Harriet Lund", mention="Rep. Harriet Lund, the Minnesota Democrat who is the committee's ranking member", cue="said", stance="claim"),
    dict(content="So which is it, Mr. Osei? Were you lying to us then, or are you lying to us now?", kind="direct", speaker="Harriet Lund", mention="Lund", cue="asked", stance="claim"),
    dict(content="Neither, congresswoman,", kind="direct", speaker="Nathaniel Osei", mention="Osei", cue="said", stance="denial"),
    dict(content="In the first hours we did not know what we were dealing with, and we said so.", kind="direct", speaker="Nathaniel Osei", mention="Osei", cue="said", stance="denial"),
    dict(content="his staff had obtained emails showing that PayRiver executives had asked the Consumer Financial Protection Bureau to delay announcing an inquiry until after the company's quarterly earnings call", kind="indirect", speaker="Bradley Keane", mention="[[Keane]] said his staff", cue="said", stance="claim"),
    dict(content="did not dispute [[the emails]]", kind="indirect", speaker="Nathaniel Osei", mention="Osei", cue="did not dispute", stance="non_denial"),
    dict(content="he was \"not going to characterize conversations I wasn't part of,\"", kind="mixed", speaker="Nathaniel Osei", mention="request, [[he]] said", cue="said", stance="non_denial"),
    dict(content="the company's general counsel had handled all contact with the bureau", kind="indirect", speaker="Nathaniel Osei", mention="request, [[he]] said", cue="added", stance="claim"),
    dict(content="That's not an answer, and I think you know it,", kind="direct", speaker="Bradley Keane", mention="the Texas Republican", cue="shot back", stance="claim"),
    dict(content="PayRiver had cut its reliability engineering team by about a third in a round of layoffs last year", kind="indirect", speaker="Nathaniel Osei", mention="Osei", cue="acknowledged", stance="confirmation"),
    dict(content="the cuts had \"nothing to do with\" the outage", kind="mixed", speaker="Nathaniel Osei", mention="He", cue="insisted", stance="denial"),
    dict(content="whether any executive had sold shares in the weeks before the outage was made public", kind="indirect", speaker="Sofia Marchetti", mention="Rep. Sofia Marchetti, a New Jersey Democrat", cue="asked", stance="claim"),
    dict(content="he would have to check", kind="indirect", speaker="Nathaniel Osei", mention="Osei", cue="said", stance="non_denial"),
    dict(content="to respond in writing", kind="indirect", speaker="Nathaniel Osei", mention="Osei", cue="promised", stance="claim"),
    dict(content="to comment on the emails", kind="indirect", speaker="Consumer Financial Protection Bureau", mention="The bureau", cue="declined", stance="refusal"),
    dict(content="it does not discuss ongoing investigations", kind="indirect", speaker="Consumer Financial Protection Bureau", mention="The bureau", cue="saying", stance="refusal"),
    dict(content="the company \"has cooperated fully with every regulator and will continue to do so.\"", kind="mixed", speaker="Jared Whitlock", mention="A spokesman for PayRiver, Jared Whitlock", cue="said", stance="claim"),
    dict(content="the session had done little to reassure customers", kind="indirect", speaker="Consumer advocates", mention="Consumer advocates who packed the hearing room", cue="said", stance="claim"),
    dict(content="People missed rent. People got hit with fees by their landlords and their banks,", kind="direct", speaker="Dolores Amaya", mention="Dolores Amaya, policy director at the advocacy group Fair Wallet", cue="said", stance="claim"),
    dict(content="An apology doesn't cover that.", kind="direct", speaker="Dolores Amaya", mention="Dolores Amaya, policy director at the advocacy group Fair Wallet", cue="said", stance="claim"),
    dict(content="the committee would consider legislation requiring payment apps to report major outages to regulators within 24 hours", kind="indirect", speaker="Bradley Keane", mention="Keane", cue="said", stance="claim"),
    dict(content="she would support such a bill \"if it has real teeth.\"", kind="mixed", speaker="Harriet Lund", mention="Lund", cue="told reporters", stance="claim"),
]

UNNAMED_SPEAKERS = ["Consumer advocates"]

PARTIES = [
    dict(name="Nathaniel Osei", type="PERSON", aliases=["Osei", "Mr. Osei", "The chief executive of PayRiver", "chief executive of PayRiver"]),
    dict(name="PayRiver", type="ORG", aliases=["the company", "A spokesman for PayRiver", "company", "spokesman for PayRiver"]),
    dict(name="Harriet Lund", type="PERSON", aliases=["Lund", "Rep. Harriet Lund", "the Minnesota Democrat", "the committee's ranking member", "congresswoman", "Minnesota Democrat", "committee's ranking member"]),
    dict(name="Bradley Keane", type="PERSON", aliases=["Keane", "Rep. Bradley Keane", "The committee's chairman", "the Texas Republican", "committee's chairman", "Texas Republican"]),
    dict(name="Sofia Marchetti", type="PERSON", aliases=["Rep. Sofia Marchetti"]),
    dict(name="Jared Whitlock", type="PERSON", aliases=[]),
    dict(name="Consumer Financial Protection Bureau", type="ORG", aliases=["the bureau", "bureau"]),
    dict(name="House Financial Services Committee", type="ORG", aliases=["the committee", "a House panel", "committee", "House panel"]),
    dict(name="Dolores Amaya", type="PERSON", aliases=["policy director at the advocacy group Fair Wallet"]),
    dict(name="Fair Wallet", type="ORG", aliases=["the advocacy group Fair Wallet", "advocacy group Fair Wallet"]),
]
