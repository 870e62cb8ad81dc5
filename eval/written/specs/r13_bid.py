# ruff: noqa: E501
"""Gold spec: a company report on a rejected takeover approach; a headline in title case, a dateline with an agency, two companies called by their first word ("Calloway", "Norland"), chief executives named by role before and after the name, analysts at a broker and "the broker", a union named by acronym, a regulator named by function in lower case, a "Reporting by …; Editing by …" line (invented events, invented people)."""

# fmt: off
ID = "written-r13-bid"
TITLE = "Calloway Freight Rejects £480m Bid From Rival Norland"

TEXT = """
Calloway Freight Rejects £480m Bid From Rival Norland

LONDON, May 6 (Reuters) - Calloway Freight said on Monday it had rejected a 480 million pound takeover approach from rival Norland Logistics, saying the offer “significantly undervalues” the company and its prospects.

Norland, which runs Britain’s second-largest parcel network, confirmed it had made the approach and said it was “considering its options”. Its chief executive, Fiona Gallagher, said the combination made “compelling strategic sense” for both companies’ shareholders.

Calloway’s shares jumped 18 percent to 212 pence, above the 195 pence a share Norland offered.

“We are not for sale at a price that ignores the work we have done over three years,” Calloway chief executive Ben Okoro said in a call with reporters. Okoro would not say whether other bidders had been in contact.

Analysts at Harcourt Securities said a higher offer was likely. “Norland needs the network more than Calloway needs Norland,” said Priya Shah, a transport analyst at the broker.

The GMB union, which represents 4,000 drivers at Calloway, said it would seek assurances on jobs from any buyer. The competition regulator said it had not been notified of any deal.

Under British takeover rules, Norland has until June 3 to make a firm offer or walk away.

Reporting by James Whitlow; Editing by Susan Fenton
"""

QUOTES = [
    dict(content="it had rejected a 480 million pound takeover approach from rival Norland Logistics", kind="indirect", speaker="Calloway Freight", mention="[[Calloway Freight]] said", cue="said", stance="claim"),
    dict(content="the offer “significantly undervalues” the company and its prospects", kind="mixed", speaker="Calloway Freight", mention="[[Calloway Freight]] said", cue="saying", stance="claim"),
    dict(content="it had made the approach", kind="indirect", speaker="Norland Logistics", mention="[[Norland]], which runs", cue="confirmed", stance="confirmation"),
    dict(content="it was “considering its options”", kind="mixed", speaker="Norland Logistics", mention="[[Norland]], which runs", cue="said", stance="claim"),
    dict(content="the combination made “compelling strategic sense” for both companies’ shareholders", kind="mixed", speaker="Fiona Gallagher", mention="Its chief executive, Fiona Gallagher", cue="said", stance="claim"),
    dict(content="We are not for sale at a price that ignores the work we have done over three years,", kind="direct", speaker="Ben Okoro", mention="Calloway chief executive Ben Okoro", cue="said", stance="claim"),
    dict(content="whether other bidders had been in contact", kind="indirect", speaker="Ben Okoro", mention="[[Okoro]] would not say", cue="would not say", stance="non_denial"),
    dict(content="a higher offer was likely", kind="indirect", speaker="Harcourt Securities", mention="Analysts at Harcourt Securities", cue="said", stance="claim"),
    dict(content="Norland needs the network more than Calloway needs Norland,", kind="direct", speaker="Priya Shah", mention="Priya Shah, a transport analyst at the broker", cue="said", stance="claim"),
    dict(content="it would seek assurances on jobs from any buyer", kind="indirect", speaker="GMB", mention="The GMB union, which represents 4,000 drivers at Calloway", cue="said", stance="claim"),
    dict(content="it had not been notified of any deal", kind="indirect", speaker="competition regulator", mention="The competition regulator", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Calloway Freight", type="ORG", aliases=["Calloway", "the company"]),
    dict(name="Norland Logistics", type="ORG", aliases=["Norland"]),
    dict(name="Fiona Gallagher", type="PERSON", aliases=["Its chief executive"]),
    dict(name="Ben Okoro", type="PERSON", aliases=["Okoro", "Calloway chief executive Ben Okoro"]),
    dict(name="Harcourt Securities", type="ORG", aliases=["the broker"]),
    dict(name="Priya Shah", type="PERSON", aliases=[]),
    dict(name="GMB", type="ORG", aliases=["GMB union"]),
    dict(name="competition regulator", type="ORG", aliases=["The competition regulator"]),
]
