# ruff: noqa: E501
"""Gold spec: a story built on a congressman's social-media posts and the replies (invented events)."""

# fmt: off
ID = "written-us-posts"
TITLE = "Rep. Garza deletes post on Wisconsin dairy plant closure after union pushback"

TEXT = """
Rep. Tobias Garza spent Tuesday night in an online brawl with the union representing workers at a shuttered dairy plant in his district, after a post in which he blamed the closure on "Biden-era red tape" drew thousands of angry replies.

"Another Wisconsin plant killed by Washington regulators. 340 families out of work because bureaucrats can't leave farmers alone," the first-term Republican wrote on X (formerly Twitter) shortly after 7 p.m., hours after Clearbrook Dairy announced it would close its Sheboygan County plant in February.

The post was gone by morning.

Within an hour of it going up, United Food and Commercial Workers Local 1473 replied that the company's own letter to employees said nothing about regulation. The letter, which the union posted as a screenshot, cited "a decline in national fluid-milk demand and the expiration of a regional supply contract."

"Congressman, read the letter before you tweet about our members," the local's president, Angela Rasmussen, wrote in a reply that was shared more than 9,000 times. "Nobody in Washington closed this plant. Clearbrook did."

Garza fired back about 40 minutes later. "I've talked to farmers in this district for years. I know what's crushing them," he wrote. "The union can defend the regulators if it wants."

By Wednesday morning, both of Garza's posts had been deleted. His communications director, Kyle Benning, said the congressman had removed them "to keep the focus on the workers, not on a social media fight." Benning would not say whether Garza still believed regulations had played a role in the closure.

In a new post on Wednesday afternoon, Garza struck a different tone. "My office is working with the county and the state to get every one of these workers help with retraining and benefits," he wrote. He did not mention the earlier posts.

Clearbrook Dairy confirmed in an email to the Milwaukee Sentinel that its decision was driven by "market conditions" and said it had no comment on the congressman's remarks.

Democrats were quick to weigh in. State Sen. Priya Halvorsen, who is weighing a run against Garza next year, posted on Facebook that the episode showed the congressman "would rather pick a fight than pick up the phone."

Some of Garza's supporters defended him in replies, arguing that federal rules on milk pricing had squeezed smaller processors for years. "He's not wrong about the bigger picture," wrote one user who said she ran a dairy farm near Plymouth.

Asked whether the congressman had contacted Clearbrook or the union directly since the announcement, Benning said Garza's office had "reached out to all parties." Rasmussen said Wednesday that nobody from his office had called the union.

"We'd welcome the call," she told the Sentinel. "We've been waiting since last night."
"""

QUOTES = [
    dict(content="the closure on \"Biden-era red tape\"", kind="mixed", speaker="Tobias Garza", mention="he", cue="blamed", stance="claim"),
    dict(content="Another Wisconsin plant killed by Washington regulators. 340 families out of work because bureaucrats can't leave farmers alone,", kind="direct", speaker="Tobias Garza", mention="the first-term Republican", cue="wrote on X (formerly Twitter)", stance="claim"),
    dict(content="it would close its Sheboygan County plant in February", kind="indirect", speaker="Clearbrook Dairy", mention="Clearbrook Dairy", cue="announced", stance="claim"),
    dict(content="the company's own letter to employees said nothing about regulation", kind="indirect", speaker="United Food and Commercial Workers Local 1473", mention="United Food and Commercial Workers Local 1473", cue="replied", stance="denial"),
    dict(content="\"a decline in national fluid-milk demand and the expiration of a regional supply contract.\"", kind="mixed", speaker="Clearbrook Dairy", mention="The letter", cue="cited", stance="claim"),
    dict(content="Congressman, read the letter before you tweet about our members,", kind="direct", speaker="Angela Rasmussen", mention="the local's president, Angela Rasmussen", cue="wrote in a reply", stance="denial"),
    dict(content="Nobody in Washington closed this plant. Clearbrook did.", kind="direct", speaker="Angela Rasmussen", mention="the local's president, Angela Rasmussen", cue="wrote in a reply", stance="denial"),
    dict(content="I've talked to farmers in this district for years. I know what's crushing them,", kind="direct", speaker="Tobias Garza", mention="he", cue="wrote", stance="claim"),
    dict(content="The union can defend the regulators if it wants.", kind="direct", speaker="Tobias Garza", mention="he", cue="wrote", stance="claim"),
    dict(content="the congressman had removed them \"to keep the focus on the workers, not on a social media fight.\"", kind="mixed", speaker="Kyle Benning", mention="His communications director, Kyle Benning", cue="said", stance="claim"),
    dict(content="whether Garza still believed regulations had played a role in the closure", kind="indirect", speaker="Kyle Benning", mention="[[Benning]] would not say", cue="would not say", stance="non_denial"),
    dict(content="My office is working with the county and the state to get every one of these workers help with retraining and benefits,", kind="direct", speaker="Tobias Garza", mention="he", cue="wrote", stance="claim"),
    dict(content="its decision was driven by \"market conditions\"", kind="mixed", speaker="Clearbrook Dairy", mention="Clearbrook Dairy", cue="confirmed in an email", stance="confirmation"),
    dict(content="it had no comment on the congressman's remarks", kind="indirect", speaker="Clearbrook Dairy", mention="Clearbrook Dairy", cue="said", stance="refusal"),
    dict(content="the episode showed the congressman \"would rather pick a fight than pick up the phone.\"", kind="mixed", speaker="Priya Halvorsen", mention="State Sen. Priya Halvorsen, who is weighing a run against Garza next year", cue="posted on Facebook", stance="claim"),
    dict(content="federal rules on milk pricing had squeezed smaller processors for years", kind="indirect", speaker="Garza's supporters", mention="Some of Garza's supporters", cue="arguing", stance="claim"),
    dict(content="He's not wrong about the bigger picture,", kind="direct", speaker="one user", mention="one user who said she ran a dairy farm near Plymouth", cue="wrote", stance="claim"),
    dict(content="she ran a dairy farm near Plymouth", kind="indirect", speaker="one user", mention="one user", cue="said", stance="claim"),
    dict(content="Garza's office had \"reached out to all parties.\"", kind="mixed", speaker="Kyle Benning", mention="Benning", cue="said", stance="non_denial"),
    dict(content="nobody from his office had called the union", kind="indirect", speaker="Angela Rasmussen", mention="Rasmussen", cue="said", stance="denial"),
    dict(content="We'd welcome the call,", kind="direct", speaker="Angela Rasmussen", mention="she", cue="told the Sentinel", stance="claim"),
    dict(content="We've been waiting since last night.", kind="direct", speaker="Angela Rasmussen", mention="she", cue="told the Sentinel", stance="claim"),
]

UNNAMED_SPEAKERS = ["Garza's supporters", "one user"]

PARTIES = [
    dict(name="Tobias Garza", type="PERSON", aliases=["Garza", "Rep. Tobias Garza", "the first-term Republican", "the congressman", "Congressman", "Garza's office", "My office", "first-term Republican", "congressman"]),
    dict(name="United Food and Commercial Workers Local 1473", type="ORG", aliases=["the union", "the local", "union", "local"]),
    dict(name="Angela Rasmussen", type="PERSON", aliases=["Rasmussen", "the local's president", "local's president"]),
    dict(name="Clearbrook Dairy", type="ORG", aliases=["Clearbrook", "the company", "company"]),
    dict(name="Kyle Benning", type="PERSON", aliases=["Benning", "His communications director"]),
    dict(name="Priya Halvorsen", type="PERSON", aliases=["State Sen. Priya Halvorsen"]),
    dict(name="Milwaukee Sentinel", type="ORG", aliases=["the Sentinel", "Sentinel"]),
    dict(name="Democrats", type="NORP", aliases=[]),
    dict(name="Wisconsin", type="GPE", aliases=[]),
    dict(name="Sheboygan County", type="GPE", aliases=[]),
]
