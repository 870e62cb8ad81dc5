# ruff: noqa: E501
"""Gold spec: live-blog entries on an election count in an invented country, with 'Name: quote' entry headings (invented events, invented people)."""

# fmt: off
ID = "written-r8c-count"
TITLE = "Eldmark election results live: governing party on course to lose its majority"

TEXT = """
23:02 Exit poll: Social Democrats largest party but short of majority

The exit poll for the national broadcaster suggests the governing Social Democrats will win 71 of the 169 seats, down from 88. The centre-right Civic Alliance is projected to win 58. Pollsters caution that the margin of error is about four seats either way.

23:15 Prime Minister Ingrid Sand: "The night is young"

Ms Sand has spoken briefly to supporters in Holmvik. She said it was too early to draw conclusions and that she would wait for "real votes, not projections". Her party, she added, had "fought a clean campaign and an honest one".

23:40 Civic Alliance leader Nils Brandt has told the broadcaster he is ready to form a government. He ruled out a coalition with the nationalist Homeland Party, which the exit poll puts on 19 seats, and said he would talk to "every other party that respects the constitution".

00:05 Homeland Party: "We will not be ignored"

Homeland's leader, Vera Lund, hit back. Mr Brandt's refusal to talk to her party, she said, was an insult to the hundreds of thousands of people who had voted for it. She warned that any government that tried to shut Homeland out "will not last a year".

00:32 The first constituency results are in, and they broadly confirm the exit poll. In Norrby, the Social Democrats held the seat but with a majority cut from 9,000 to just over 2,000, according to the electoral commission.

00:50 A reader, Karl in Vastby, writes to say that his polling station ran out of ballot papers for an hour in the early evening. The electoral commission has not responded to our request for comment on that.

01:12 Finance Minister Per Ahlgren concedes defeat in his seat

This is the first big name to fall. Mr Ahlgren told reporters at the count that he had lost to the Civic Alliance candidate by 312 votes and congratulated her. He denied that the government's handling of energy prices had cost him the seat. "People were tired of us," he said. "That happens after eight years."

01:40 The Civic Alliance's campaign chief, Maja Holt, tells us the party is "quietly confident" of finishing within ten seats of the Social Democrats. She would not say whether Mr Brandt had already spoken to the Greens.

02:05 Greens: "Our price is a climate law"

The Greens' co-leader, Oskar Berg, said his party would back whichever side committed to a binding climate law within a year of taking office. That, he said, was "not negotiable".

02:30 The electoral commission says turnout was 78 per cent, the highest since 1994. It also said it was aware of "isolated reports" of ballot shortages and that no voter had been turned away.

03:15 With 80 per cent of seats declared, Ms Sand has returned to the stage. She conceded that the Social Democrats had lost their majority but insisted they would remain the largest party. "The voters have asked us to share power," she said. "We will listen."
"""

QUOTES = [
    dict(content="the governing Social Democrats will win 71 of the 169 seats, down from 88", kind="indirect", speaker="exit poll", mention="The exit poll for the national broadcaster", cue="suggests", stance="claim"),
    dict(content="the margin of error is about four seats either way", kind="indirect", speaker="pollsters", mention="Pollsters", cue="caution", stance="claim"),
    dict(content="The night is young", kind="direct", speaker="Ingrid Sand", mention="Prime Minister Ingrid Sand", cue=None, stance="claim"),
    dict(content='it was too early to draw conclusions and that she would wait for "real votes, not projections"', kind="mixed", speaker="Ingrid Sand", mention="She said it was too early", cue="said", stance="claim"),
    dict(content='Her party, she added, had "fought a clean campaign and an honest one"', kind="mixed", speaker="Ingrid Sand", mention="she added", cue="added", stance="claim"),
    dict(content="he is ready to form a government", kind="indirect", speaker="Nils Brandt", mention="Civic Alliance leader Nils Brandt", cue="has told the broadcaster", stance="claim"),
    dict(content="a coalition with the nationalist Homeland Party, which the exit poll puts on 19 seats", kind="indirect", speaker="Nils Brandt", mention="He ruled out", cue="ruled out", stance="claim"),
    dict(content='he would talk to "every other party that respects the constitution"', kind="mixed", speaker="Nils Brandt", mention="He ruled out", cue="said", stance="claim"),
    dict(content="We will not be ignored", kind="direct", speaker="Homeland Party", mention="Homeland Party:", cue=None, stance="claim"),
    dict(content="Mr Brandt's refusal to talk to her party, she said, was an insult to the hundreds of thousands of people who had voted for it", kind="indirect", speaker="Vera Lund", mention="she said", cue="said", stance="claim"),
    dict(content='any government that tried to shut Homeland out "will not last a year"', kind="mixed", speaker="Vera Lund", mention="She warned", cue="warned", stance="claim"),
    dict(content="In Norrby, the Social Democrats held the seat but with a majority cut from 9,000 to just over 2,000", kind="indirect", speaker="electoral commission", mention="the electoral commission", cue="according to", stance="claim"),
    dict(content="his polling station ran out of ballot papers for an hour in the early evening", kind="indirect", speaker="Karl", mention="A reader, Karl in Vastby", cue="writes to say", stance="claim"),
    dict(content="he had lost to the Civic Alliance candidate by 312 votes", kind="indirect", speaker="Per Ahlgren", mention="Mr Ahlgren told reporters", cue="told reporters at the count", stance="confirmation"),
    dict(content="the government's handling of energy prices had cost him the seat", kind="indirect", speaker="Per Ahlgren", mention="He denied", cue="denied", stance="denial"),
    dict(content="People were tired of us,", kind="direct", speaker="Per Ahlgren", mention="he said", cue="said", stance="claim"),
    dict(content="That happens after eight years.", kind="direct", speaker="Per Ahlgren", mention="he said", cue="said", stance="claim"),
    dict(content='the party is "quietly confident" of finishing within ten seats of the Social Democrats', kind="mixed", speaker="Maja Holt", mention="The Civic Alliance's campaign chief, Maja Holt", cue="tells us", stance="claim"),
    dict(content="whether Mr Brandt had already spoken to the Greens", kind="indirect", speaker="Maja Holt", mention="She would not say", cue="would not say", stance="non_denial"),
    dict(content="Our price is a climate law", kind="direct", speaker="Greens", mention="Greens:", cue=None, stance="claim"),
    dict(content="his party would back whichever side committed to a binding climate law within a year of taking office", kind="indirect", speaker="Oskar Berg", mention="The Greens' co-leader, Oskar Berg", cue="said", stance="claim"),
    dict(content='That, he said, was "not negotiable"', kind="mixed", speaker="Oskar Berg", mention="he said", cue="said", stance="claim"),
    dict(content="turnout was 78 per cent, the highest since 1994", kind="indirect", speaker="electoral commission", mention="The electoral commission says", cue="says", stance="claim"),
    dict(content='it was aware of "isolated reports" of ballot shortages and that no voter had been turned away', kind="mixed", speaker="electoral commission", mention="It also said", cue="said", stance="claim"),
    dict(content="the Social Democrats had lost their majority", kind="indirect", speaker="Ingrid Sand", mention="She conceded", cue="conceded", stance="confirmation"),
    dict(content="they would remain the largest party", kind="indirect", speaker="Ingrid Sand", mention="She conceded", cue="insisted", stance="claim"),
    dict(content="The voters have asked us to share power,", kind="direct", speaker="Ingrid Sand", mention="she said", cue="said", stance="claim"),
    dict(content="We will listen.", kind="direct", speaker="Ingrid Sand", mention="she said", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Social Democrats", type="ORG", aliases=[]),
    dict(name="Civic Alliance", type="ORG", aliases=[]),
    dict(name="Ingrid Sand", type="PERSON", aliases=["Ms Sand", "Prime Minister Ingrid Sand"]),
    dict(name="Nils Brandt", type="PERSON", aliases=["Mr Brandt"]),
    dict(name="Homeland Party", type="ORG", aliases=["Homeland"]),
    dict(name="Vera Lund", type="PERSON", aliases=[]),
    dict(name="electoral commission", type="ORG", aliases=[]),
    dict(name="Karl", type="PERSON", aliases=[]),
    dict(name="Per Ahlgren", type="PERSON", aliases=["Mr Ahlgren"]),
    dict(name="Maja Holt", type="PERSON", aliases=[]),
    dict(name="Greens", type="ORG", aliases=[]),
    dict(name="Oskar Berg", type="PERSON", aliases=[]),
]

UNNAMED_SPEAKERS = ["exit poll", "pollsters"]
