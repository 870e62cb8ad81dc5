# ruff: noqa: E501
"""Gold spec: a wire report on an aid convoy held at a border; a dateline city that is only a place, an aid group named with a function word ("Alliance Against Hunger") and "the group", a capital acting as its government ("Khartoum", "Washington said") beside a capital that is only where people are ("Diplomats in Nairobi"), a state's ministry and its named spokesman, an armed group and its statement, a UN agency by acronym, a State Department spokesman, aid groups and diplomats as groups, a contributor line (invented events, invented people)."""

# fmt: off
ID = "written-r13-convoy"
TITLE = "Aid Groups Say Convoy Held at Border for Third Day"

TEXT = """
Aid Groups Say Convoy Held at Border for Third Day

NAIROBI, March 12 (AP) — A convoy carrying food for 40,000 people has been held at the Sudanese border for three days, aid groups said Wednesday, as the government in Khartoum and a rival armed group blamed each other for the delay.

The Alliance Against Hunger, which organised the convoy with two United Nations agencies, said 32 trucks were waiting at the Tine crossing with supplies that would spoil within a week. “Every day at that border is a day children do not eat,” the group’s regional director, Amina Yusuf, said by phone from Nairobi.

Sudan’s foreign ministry said the convoy had not completed customs checks and that aid groups were “ignoring procedures that exist for everyone’s safety”. A ministry spokesman, Khalid Osman, said the trucks would be cleared “as soon as the paperwork is in order”.

The Free Highlands Army, which controls much of the territory the convoy must cross, said in a statement that Khartoum was using the checks to starve civilians. The statement did not say whether the armed group would guarantee the convoy’s safety.

The World Food Programme said it was in talks with both sides. WFP spokeswoman Elena Brandt said the agency had “received assurances, but no trucks have moved”.

Washington said both sides should let the aid through. A State Department spokesman said the United States was “deeply concerned” and was in contact with officials in Khartoum.

Diplomats in Nairobi said a meeting of regional envoys was planned for next week.

Associated Press writer Tom Okello contributed from Juba.
"""

QUOTES = [
    dict(content="A convoy carrying food for 40,000 people has been held at the Sudanese border for three days", kind="indirect", speaker="aid groups", mention="[[aid groups]] said Wednesday", cue="said", stance="claim"),
    dict(content="32 trucks were waiting at the Tine crossing with supplies that would spoil within a week", kind="indirect", speaker="Alliance Against Hunger", mention="The Alliance Against Hunger", cue="said", stance="claim"),
    dict(content="Every day at that border is a day children do not eat,", kind="direct", speaker="Amina Yusuf", mention="the group’s regional director, Amina Yusuf", cue="said by phone", stance="claim"),
    dict(content=("the convoy had not completed customs checks", "exist for everyone’s safety”"), kind="mixed", speaker="Sudan’s foreign ministry", mention="Sudan’s foreign ministry", cue="said", stance="claim"),
    dict(content="the trucks would be cleared “as soon as the paperwork is in order”", kind="mixed", speaker="Khalid Osman", mention="A ministry spokesman, Khalid Osman", cue="said", stance="claim"),
    dict(content="Khartoum was using the checks to starve civilians", kind="indirect", speaker="Free Highlands Army", mention="The Free Highlands Army, which controls much of the territory the convoy must cross", cue="said in a statement", stance="claim"),
    dict(content="whether the armed group would guarantee the convoy’s safety", kind="indirect", speaker="Free Highlands Army", mention="The statement", cue="did not say", stance="non_denial"),
    dict(content="it was in talks with both sides", kind="indirect", speaker="World Food Programme", mention="The World Food Programme", cue="said", stance="claim"),
    dict(content="the agency had “received assurances, but no trucks have moved”", kind="mixed", speaker="Elena Brandt", mention="WFP spokeswoman Elena Brandt", cue="said", stance="claim"),
    dict(content="both sides should let the aid through", kind="indirect", speaker="United States", mention="Washington", cue="said", stance="claim"),
    dict(content=("the United States was “deeply concerned”", "was in contact with officials in Khartoum"), kind="mixed", speaker="State Department", mention="A State Department spokesman", cue="said", stance="claim"),
    dict(content="a meeting of regional envoys was planned for next week", kind="indirect", speaker="Diplomats in Nairobi", mention="Diplomats in Nairobi", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["aid groups", "Diplomats in Nairobi"]

PARTIES = [
    dict(name="Alliance Against Hunger", type="ORG", aliases=["The Alliance Against Hunger"]),
    dict(name="Amina Yusuf", type="PERSON", aliases=["the group’s regional director"]),
    dict(name="Sudan", type="GPE", aliases=["Khartoum", "the government in Khartoum"]),
    dict(name="Sudan’s foreign ministry", type="ORG", aliases=[]),
    dict(name="Khalid Osman", type="PERSON", aliases=["A ministry spokesman"]),
    dict(name="Free Highlands Army", type="ORG", aliases=["The Free Highlands Army", "the armed group"]),
    dict(name="United Nations", type="ORG", aliases=[]),
    dict(name="World Food Programme", type="ORG", aliases=["The World Food Programme", "WFP", "the agency"]),
    dict(name="Elena Brandt", type="PERSON", aliases=["WFP spokeswoman Elena Brandt"]),
    dict(name="United States", type="GPE", aliases=["Washington", "the United States"]),
    dict(name="State Department", type="ORG", aliases=[]),
]
