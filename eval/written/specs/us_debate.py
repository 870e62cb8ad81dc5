# ruff: noqa: E501
"""Gold spec: a debate-night wrap from a Georgia governor's race (invented events)."""

# fmt: off
ID = "written-us-debate"
TITLE = "Five takeaways from the only debate in Georgia's race for governor"

TEXT = """
ATLANTA — Lt. Gov. Curtis Albright and Savannah Mayor Janelle Okoye met on Thursday night for their first and only debate, a testy 90-minute encounter at Georgia Public Broadcasting's studios that left both campaigns claiming victory and neither candidate giving much ground.

Here are five takeaways.

1. Albright would not say whether he would sign a six-week ban.

The Republican, who has courted evangelical voters all year, was asked three times whether he would sign a bill banning abortion after six weeks if it reached his desk. Each time he pivoted.

"I believe life is sacred, and I believe Georgians should decide these questions through their elected representatives," Albright said. Pressed by the moderator, he added, "I'm not going to answer a hypothetical about a bill that doesn't exist."

Okoye pounced. "That's a yes, folks," she said, turning to the camera. "He just won't say it out loud."

2. Okoye owned her record on police funding — sort of.

Albright's campaign has spent millions on ads saying Okoye cut Savannah's police budget by a fifth. Asked about the ads, the 49-year-old mayor conceded that the city had moved money from the police department to a mental-health response unit in 2023.

But she rejected the figure in the ads as "flat-out false," saying the shift amounted to less than 4 percent of the department's budget and that the city had since hired 60 new officers.

3. The donor question stung.

Okoye asked Albright directly whether he had met with executives of Tessaro Holdings, a data-center developer seeking a $400 million tax break, before the break was added to a Senate bill he presided over.

"I meet with job creators every week. That's my job," the lieutenant governor replied. He did not say whether he had met Tessaro's executives.

A Tessaro spokeswoman, reached after the debate, declined to comment.

4. They agreed on more than they admitted.

Both candidates said they would keep the state's gas-tax suspension in place through the summer, and both said teachers deserved a raise. Albright called for a $4,000 increase; Okoye said she would go to $5,000.

5. Both sides spun hard.

"Curtis Albright showed Georgia exactly who he is: steady, serious and ready," Albright campaign manager Wes Pickering told reporters in the spin room afterward.

Okoye's team saw a different debate. "He spent ninety minutes running from his own votes," said Talia Brooks, a senior adviser to the mayor.

Outside the studio, a few dozen supporters of each candidate traded chants. Several Okoye backers said they had come away more confident; an Albright supporter from Marietta, who gave only her first name, Donna, said she thought he had "won on the issues that matter."

Political scientists were more cautious. Emory University professor Alan Whitfield said debates rarely move a race this late and that Thursday's was unlikely to be the exception.

"Nobody landed a knockout. The undecided voters who watched probably still are," Whitfield said.

Early voting begins Oct. 13.
"""

QUOTES = [
    dict(content="whether he would sign a six-week ban", kind="indirect", speaker="Curtis Albright", mention="Albright", cue="would not say", stance="non_denial"),
    dict(content="I believe life is sacred, and I believe Georgians should decide these questions through their elected representatives,", kind="direct", speaker="Curtis Albright", mention="Albright", cue="said", stance="non_denial"),
    dict(content="I'm not going to answer a hypothetical about a bill that doesn't exist.", kind="direct", speaker="Curtis Albright", mention="he", cue="added", stance="non_denial"),
    dict(content="That's a yes, folks,", kind="direct", speaker="Janelle Okoye", mention="she", cue="said", stance="claim"),
    dict(content="He just won't say it out loud.", kind="direct", speaker="Janelle Okoye", mention="she", cue="said", stance="claim"),
    dict(content="Okoye cut Savannah's police budget by a fifth", kind="indirect", speaker="Curtis Albright", mention="Albright's campaign", cue="saying", stance="claim"),
    dict(content="the city had moved money from the police department to a mental-health response unit in 2023", kind="indirect", speaker="Janelle Okoye", mention="the 49-year-old mayor", cue="conceded", stance="confirmation"),
    dict(content="the figure in the ads as \"flat-out false,\"", kind="mixed", speaker="Janelle Okoye", mention="she", cue="rejected", stance="denial"),
    dict(content="the shift amounted to less than 4 percent of the department's budget and that the city had since hired 60 new officers", kind="indirect", speaker="Janelle Okoye", mention="she", cue="saying", stance="denial"),
    dict(content="whether he had met with executives of Tessaro Holdings, a data-center developer seeking a $400 million tax break, before the break was added to a Senate bill he presided over", kind="indirect", speaker="Janelle Okoye", mention="Okoye", cue="asked", stance="claim"),
    dict(content="I meet with job creators every week. That's my job,", kind="direct", speaker="Curtis Albright", mention="the lieutenant governor", cue="replied", stance="non_denial"),
    dict(content="whether he had met Tessaro's executives", kind="indirect", speaker="Curtis Albright", mention="He", cue="did not say", stance="non_denial"),
    dict(content="A Tessaro spokeswoman, reached after the debate, [[declined to comment]]", kind="indirect", speaker="Tessaro Holdings", mention="A Tessaro spokeswoman", cue="declined", stance="refusal"),
    dict(content="they would keep the state's gas-tax suspension in place through the summer", kind="indirect", speaker="Both candidates", mention="Both candidates", cue="said", stance="claim"),
    dict(content="teachers deserved a raise", kind="indirect", speaker="Both candidates", mention="both", cue="said", stance="claim"),
    dict(content="a $4,000 increase", kind="indirect", speaker="Curtis Albright", mention="Albright", cue="called for", stance="claim"),
    dict(content="she would go to $5,000", kind="indirect", speaker="Janelle Okoye", mention="Okoye", cue="said", stance="claim"),
    dict(content="Curtis Albright showed Georgia exactly who he is: steady, serious and ready,", kind="direct", speaker="Wes Pickering", mention="Albright campaign manager Wes Pickering", cue="told reporters", stance="claim"),
    dict(content="He spent ninety minutes running from his own votes,", kind="direct", speaker="Talia Brooks", mention="Talia Brooks, a senior adviser to the mayor", cue="said", stance="claim"),
    dict(content="they had come away more confident", kind="indirect", speaker="Several Okoye backers", mention="Several Okoye backers", cue="said", stance="claim"),
    dict(content="she thought he had \"won on the issues that matter.\"", kind="mixed", speaker="Donna", mention="an Albright supporter from Marietta, who gave only her first name, Donna", cue="said", stance="claim"),
    dict(content="debates rarely move a race this late and that Thursday's was unlikely to be the exception", kind="indirect", speaker="Alan Whitfield", mention="Emory University professor Alan Whitfield", cue="said", stance="claim"),
    dict(content="Nobody landed a knockout. The undecided voters who watched probably still are,", kind="direct", speaker="Alan Whitfield", mention="Whitfield", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Both candidates", "Several Okoye backers", "Donna"]

PARTIES = [
    dict(name="Curtis Albright", type="PERSON", aliases=["Albright", "Lt. Gov. Curtis Albright", "The Republican", "the lieutenant governor", "Albright's campaign", "lieutenant governor"]),
    dict(name="Janelle Okoye", type="PERSON", aliases=["Okoye", "Savannah Mayor Janelle Okoye", "the 49-year-old mayor", "the mayor", "Okoye's team", "49-year-old mayor", "mayor"]),
    dict(name="Wes Pickering", type="PERSON", aliases=["Albright campaign manager Wes Pickering"]),
    dict(name="Talia Brooks", type="PERSON", aliases=["a senior adviser to the mayor", "senior adviser to the mayor"]),
    dict(name="Tessaro Holdings", type="ORG", aliases=["Tessaro", "A Tessaro spokeswoman", "Tessaro spokeswoman"]),
    dict(name="Alan Whitfield", type="PERSON", aliases=["Whitfield", "Emory University professor Alan Whitfield"]),
    dict(name="Emory University", type="ORG", aliases=[]),
    dict(name="Georgia Public Broadcasting", type="ORG", aliases=[]),
    dict(name="Georgia", type="GPE", aliases=[]),
    dict(name="Savannah", type="GPE", aliases=[]),
]
