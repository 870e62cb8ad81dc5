# ruff: noqa: E501
"""Gold spec: a wire story on footage of police officers at a climate protest and the force's answers (invented events)."""

# fmt: off
ID = "written-r5-police"
TITLE = "Footage shows officer striking seated protester; force says clip ‘does not tell the full story’"

TEXT = """
BRISTOL, England (AP) — A police force in western England said Sunday it had referred itself to the police watchdog after video emerged of an officer appearing to strike a seated climate protester with a baton.

The 40-second clip, filmed on Saturday outside the offices of an oil company in central Bristol and shared widely online, shows a man in a high-visibility jacket being hit twice on the shoulder while sitting on the road with his arms linked to other protesters.

Avon Valley Police said the officer had been moved to restricted duties. In a statement, the force said the footage “does not tell the full story” and that officers had been “subjected to sustained abuse” for more than an hour before the clip began.

Chief Superintendent Mark Ellery told reporters the force would “not be commenting on the specific actions of the officer” while the Independent Office for Police Conduct assessed the case.

Asked whether he believed the use of force had been justified, Ellery said: “That is exactly what the independent investigation is there to establish.”

The protest group, Tide Turn, said the man in the video, a 67-year-old retired engineer, had been taken to hospital and released with bruising. “He was sitting down. He was no threat to anybody,” said the group’s spokeswoman, Lucy Amadi.

She rejected the suggestion that protesters had provoked officers. “There was no abuse. People were singing. You can hear it on every video from that afternoon,” she said.

Ellery said he had not seen every video and would not prejudge the watchdog’s findings. But he said four officers had been injured during the protest, one of them seriously.

Tide Turn said it knew of no injured officers. The force later confirmed that one officer had been treated in hospital for a broken wrist, and said the others had suffered minor injuries.

The Independent Office for Police Conduct confirmed it had received the referral and said it would decide in the coming days whether to open an investigation.

The city’s mayor, Owen Prentice, called the footage “deeply disturbing” and said he had spoken to the chief constable. He would not say whether he had confidence in the force’s leadership. “I’m going to let the process run its course,” he said.

The Police Federation, which represents rank-and-file officers, said officers policing protests faced “impossible choices” and warned against “trial by social media.”

The oil company, Carrick Energy, did not respond to a request for comment. Its offices were closed on Sunday.

Tide Turn said it would hold another protest outside the building next Saturday. Amadi said the group had no intention of backing down. “If they think a baton is going to stop us, they haven’t been paying attention,” she said.
"""

QUOTES = [
    dict(content="it had referred itself to the police watchdog after video emerged of an officer appearing to strike a seated climate protester with a baton", kind="indirect", speaker="Avon Valley Police", mention="A police force in western England", cue="said", stance="claim"),
    dict(content="the officer had been moved to restricted duties", kind="indirect", speaker="Avon Valley Police", mention="Avon Valley Police", cue="said", stance="claim"),
    dict(content=("the footage “does not tell the full story”", "before the clip began"), kind="mixed", speaker="Avon Valley Police", mention="the force", cue="said", stance="denial"),
    dict(content="the force would “not be commenting on the specific actions of the officer” while the Independent Office for Police Conduct assessed the case", kind="mixed", speaker="Mark Ellery", mention="Chief Superintendent Mark Ellery", cue="told reporters", stance="refusal"),
    dict(content="That is exactly what the independent investigation is there to establish.", kind="direct", speaker="Mark Ellery", mention="Ellery", cue="said:", stance="non_denial"),
    dict(content="the man in the video, a 67-year-old retired engineer, had been taken to hospital and released with bruising", kind="indirect", speaker="Tide Turn", mention="The protest group, Tide Turn", cue="said", stance="claim"),
    dict(content="He was sitting down. He was no threat to anybody,", kind="direct", speaker="Lucy Amadi", mention="the group’s spokeswoman, Lucy Amadi", cue="said", stance="denial"),
    dict(content="rejected [[the suggestion that protesters had provoked officers]]", kind="indirect", speaker="Lucy Amadi", mention="She", cue="rejected", stance="denial"),
    dict(content="There was no abuse. People were singing. You can hear it on every video from that afternoon,", kind="direct", speaker="Lucy Amadi", mention="she", cue="said", stance="denial"),
    dict(content="he had not seen every video and would not prejudge the watchdog’s findings", kind="indirect", speaker="Mark Ellery", mention="Ellery", cue="said", stance="non_denial"),
    dict(content="four officers had been injured during the protest, one of them seriously", kind="indirect", speaker="Mark Ellery", mention="But [[he]] said", cue="said", stance="claim"),
    dict(content="it knew of no injured officers", kind="indirect", speaker="Tide Turn", mention="Tide Turn", cue="said", stance="non_denial"),
    dict(content="one officer had been treated in hospital for a broken wrist", kind="indirect", speaker="Avon Valley Police", mention="The force", cue="confirmed", stance="confirmation"),
    dict(content="the others had suffered minor injuries", kind="indirect", speaker="Avon Valley Police", mention="The force", cue="said", stance="confirmation"),
    dict(content="it had received the referral", kind="indirect", speaker="Independent Office for Police Conduct", mention="The Independent Office for Police Conduct", cue="confirmed", stance="confirmation"),
    dict(content="it would decide in the coming days whether to open an investigation", kind="indirect", speaker="Independent Office for Police Conduct", mention="The Independent Office for Police Conduct", cue="said", stance="claim"),
    dict(content="the footage “deeply disturbing”", kind="mixed", speaker="Owen Prentice", mention="The city’s mayor, Owen Prentice", cue="called", stance="claim"),
    dict(content="he had spoken to the chief constable", kind="indirect", speaker="Owen Prentice", mention="The city’s mayor, Owen Prentice", cue="said", stance="claim"),
    dict(content="whether he had confidence in the force’s leadership", kind="indirect", speaker="Owen Prentice", mention="He", cue="would not say", stance="non_denial"),
    dict(content="I’m going to let the process run its course,", kind="direct", speaker="Owen Prentice", mention="[[he]] said.", cue="said", stance="non_denial"),
    dict(content="officers policing protests faced “impossible choices”", kind="mixed", speaker="Police Federation", mention="The Police Federation, which represents rank-and-file officers", cue="said", stance="claim"),
    dict(content="against “trial by social media.”", kind="mixed", speaker="Police Federation", mention="The Police Federation, which represents rank-and-file officers", cue="warned", stance="claim"),
    dict(content="it would hold another protest outside the building next Saturday", kind="indirect", speaker="Tide Turn", mention="Tide Turn", cue="said", stance="claim"),
    dict(content="the group had no intention of backing down", kind="indirect", speaker="Lucy Amadi", mention="Amadi", cue="said", stance="claim"),
    dict(content="If they think a baton is going to stop us, they haven’t been paying attention,", kind="direct", speaker="Lucy Amadi", mention="[[she]] said", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Avon Valley Police", type="ORG", aliases=["the force", "The force", "A police force in western England"]),
    dict(name="Mark Ellery", type="PERSON", aliases=["Ellery", "Chief Superintendent Mark Ellery"]),
    dict(name="Independent Office for Police Conduct", type="ORG", aliases=["the Independent Office for Police Conduct", "The Independent Office for Police Conduct", "the police watchdog", "the watchdog"]),
    dict(name="Tide Turn", type="ORG", aliases=["The protest group", "the group"]),
    dict(name="Lucy Amadi", type="PERSON", aliases=["Amadi", "the group’s spokeswoman"]),
    dict(name="Owen Prentice", type="PERSON", aliases=["The city’s mayor"]),
    dict(name="Police Federation", type="ORG", aliases=["The Police Federation"]),
    dict(name="Carrick Energy", type="ORG", aliases=["The oil company"]),
]
