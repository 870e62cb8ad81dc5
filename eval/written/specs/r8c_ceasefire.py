# ruff: noqa: E501
"""Gold spec: wire copy on a truce in an invented separatist conflict (invented events, invented people)."""

# fmt: off
ID = "written-r8c-ceasefire"
TITLE = "Korvath rebels agree 30-day truce, but government rules out talks on autonomy"

TEXT = """
KERAN, May 14 (Wire) - Rebels in the mountainous Korvath region have agreed to a 30-day truce with government forces, according to a statement posted on the group's website late on Tuesday, though the government ruled out any negotiations on autonomy while fighting continued elsewhere.

The Korvath Liberation Front said its fighters would hold their positions from midnight and would fire only if attacked. The truce, the group said, was a gesture to the civilians who had been trapped in the valley towns since March.

Interior Minister Darius Fehr welcomed the announcement but made clear that the army would not withdraw from the three towns it recaptured last month. He ruled out talks on autonomy "as long as a single rebel carries a rifle in Korvath".

According to aid workers in the regional capital, Tamsk, food supplies had run so low that families were sharing one meal a day. The Red Crescent said it had been refused access to two of the towns for a fortnight, a claim the army denied.

An army spokesman, Colonel Arman Petrosy, insisted that convoys had been allowed through "whenever the roads were safe". The delays, he said, were caused by mines the rebels had laid on the mountain passes, and not by any order from the general staff.

Rebel commander Yusuf Delkar, who is wanted on terrorism charges that he rejects, told Wire by telephone that the truce could be extended if the army stopped shelling villages near the border. He conceded that his fighters had "made mistakes" in the first weeks of the conflict but denied that they had ever targeted civilians.

Western diplomats expressed cautious hope. One European envoy, who spoke on condition of anonymity, said the truce was "the first real opening in a year" and warned that it would collapse quickly without outside monitors.

The United Nations envoy for the region, Margit Holm, said she had offered to send a team of 40 observers within a week. The offer, according to two officials familiar with the discussions, had been accepted in principle by the rebels but not yet by the government.

Mr Fehr's vow that the army would "finish the job" before winter has alarmed rights groups. Amnesty Reach, a monitoring organisation based in Geneva, said it had documented at least 62 civilian deaths since March and called for an independent inquiry.

The government has dismissed the group's figures as "propaganda". A spokeswoman for the prime minister's office, Lena Voss, said the death toll was "far lower" and that most of the dead had been fighters.

It is worth noting that neither side has allowed journalists into the valley since April. Wire was unable to verify the casualty figures independently.

Mr Delkar said he would not travel to the capital for talks, calling the invitation a trap. "They invited us once before, and they arrested our delegates at the airport," he said.

"We are not asking for a state," he added. "We are asking for schools in our own language and a police force that does not shoot at us."

The truce was due to take effect at midnight local time (2100 GMT). Residents of Tamsk reached by telephone said the shelling had stopped by early evening, according to a Wire correspondent in the region.
"""

QUOTES = [
    dict(content="any negotiations on autonomy while fighting continued elsewhere", kind="indirect", speaker="government", mention="the government ruled out", cue="ruled out", stance="claim"),
    dict(content="Rebels in the mountainous Korvath region have agreed to a 30-day truce with government forces", kind="indirect", speaker="Korvath Liberation Front", mention="a statement posted on the group's website", cue="according to", stance="claim"),
    dict(content="its fighters would hold their positions from midnight and would fire only if attacked", kind="indirect", speaker="Korvath Liberation Front", mention="The Korvath Liberation Front", cue="said", stance="claim"),
    dict(content="The truce, the group said, was a gesture to the civilians who had been trapped in the valley towns since March", kind="indirect", speaker="Korvath Liberation Front", mention="the group", cue="said", stance="claim"),
    dict(content="the army would not withdraw from the three towns it recaptured last month", kind="indirect", speaker="Darius Fehr", mention="Interior Minister Darius Fehr", cue="made clear", stance="claim"),
    dict(content='talks on autonomy "as long as a single rebel carries a rifle in Korvath"', kind="mixed", speaker="Darius Fehr", mention="He", cue="ruled out", stance="claim"),
    dict(content="food supplies had run so low that families were sharing one meal a day", kind="indirect", speaker="aid workers in the regional capital", mention="aid workers in the regional capital, Tamsk", cue="According to", stance="claim"),
    dict(content="it had been refused access to two of the towns for a fortnight", kind="indirect", speaker="Red Crescent", mention="The Red Crescent", cue="said", stance="claim"),
    dict(content="a claim", kind="indirect", speaker="army", mention="the army denied", cue="denied", stance="denial"),
    dict(content='convoys had been allowed through "whenever the roads were safe"', kind="mixed", speaker="Arman Petrosy", mention="An army spokesman, Colonel Arman Petrosy", cue="insisted", stance="denial"),
    dict(content="The delays, he said, were caused by mines the rebels had laid on the mountain passes, and not by any order from the general staff", kind="indirect", speaker="Arman Petrosy", mention="he", cue="said", stance="denial"),
    dict(content="terrorism charges", kind="indirect", speaker="Yusuf Delkar", mention="[[he]] rejects", cue="rejects", stance="denial"),
    dict(content="the truce could be extended if the army stopped shelling villages near the border", kind="indirect", speaker="Yusuf Delkar", mention="Rebel commander Yusuf Delkar", cue="told Wire by telephone", stance="claim"),
    dict(content='his fighters had "made mistakes" in the first weeks of the conflict', kind="mixed", speaker="Yusuf Delkar", mention="He conceded", cue="conceded", stance="confirmation"),
    dict(content="they had ever targeted civilians", kind="indirect", speaker="Yusuf Delkar", mention="He conceded", cue="denied", stance="denial"),
    dict(content='the truce was "the first real opening in a year"', kind="mixed", speaker="a European envoy", mention="One European envoy, who spoke on condition of anonymity", cue="said", stance="claim"),
    dict(content="it would collapse quickly without outside monitors", kind="indirect", speaker="a European envoy", mention="One European envoy, who spoke on condition of anonymity", cue="warned", stance="claim"),
    dict(content="she had offered to send a team of 40 observers within a week", kind="indirect", speaker="Margit Holm", mention="The United Nations envoy for the region, Margit Holm", cue="said", stance="claim"),
    dict(content="The offer, according to two officials familiar with the discussions, had been accepted in principle by the rebels but not yet by the government", kind="indirect", speaker="two officials familiar with the discussions", mention="two officials familiar with the discussions", cue="according to", stance="claim"),
    dict(content='the army would "finish the job" before winter', kind="mixed", speaker="Darius Fehr", mention="Mr Fehr's", cue="vow", stance="claim"),
    dict(content="it had documented at least 62 civilian deaths since March", kind="indirect", speaker="Amnesty Reach", mention="Amnesty Reach, a monitoring organisation based in Geneva", cue="said", stance="claim"),
    dict(content='the group\'s figures as "propaganda"', kind="mixed", speaker="government", mention="The government has dismissed", cue="has dismissed", stance="denial"),
    dict(content='the death toll was "far lower" and that most of the dead had been fighters', kind="mixed", speaker="Lena Voss", mention="A spokeswoman for the prime minister's office, Lena Voss", cue="said", stance="denial"),
    dict(content="he would not travel to the capital for talks", kind="indirect", speaker="Yusuf Delkar", mention="Mr Delkar", cue="said", stance="claim"),
    dict(content="the invitation a trap", kind="indirect", speaker="Yusuf Delkar", mention="Mr Delkar", cue="calling", stance="claim"),
    dict(content="They invited us once before, and they arrested our delegates at the airport,", kind="direct", speaker="Yusuf Delkar", mention="he said", cue="said", stance="claim"),
    dict(content="We are not asking for a state,", kind="direct", speaker="Yusuf Delkar", mention="he added", cue="added", stance="claim"),
    dict(content="We are asking for schools in our own language and a police force that does not shoot at us.", kind="direct", speaker="Yusuf Delkar", mention="he added", cue="added", stance="claim"),
    dict(content="the shelling had stopped by early evening", kind="indirect", speaker="residents of Tamsk", mention="Residents of Tamsk reached by telephone", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Korvath Liberation Front", type="ORG", aliases=["the group"]),
    dict(name="Darius Fehr", type="PERSON", aliases=["Mr Fehr", "Interior Minister Darius Fehr"]),
    dict(name="Red Crescent", type="ORG", aliases=[]),
    dict(name="army", type="ORG", aliases=[]),
    dict(name="government", type="ORG", aliases=[]),
    dict(name="Arman Petrosy", type="PERSON", aliases=["Colonel Arman Petrosy"]),
    dict(name="Yusuf Delkar", type="PERSON", aliases=["Mr Delkar"]),
    dict(name="Margit Holm", type="PERSON", aliases=[]),
    dict(name="United Nations", type="ORG", aliases=[]),
    dict(name="Amnesty Reach", type="ORG", aliases=[]),
    dict(name="Lena Voss", type="PERSON", aliases=[]),
    dict(name="Wire", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["aid workers in the regional capital", "two officials familiar with the discussions", "a European envoy", "residents of Tamsk"]
