# ruff: noqa: E501
"""Gold spec: a regional paper on a health board accused of moving cancer patients off its waiting list to meet targets (invented events)."""

# fmt: off
ID = "written-r6a-cancer"
TITLE = "Health board ‘moved cancer patients off list’ to hit targets, nurses say"

TEXT = """
Hundreds of patients waiting for cancer treatment at Lowmoor General Hospital were recorded as having “declined” appointments they were never offered, so that the hospital could meet its waiting-time targets, according to three senior nurses.

The nurses, who spoke to the Northern Echo on condition of anonymity because they feared for their jobs, said managers had told staff in 2024 to mark any patient who did not answer the telephone on the first attempt as having turned down a date.

“We were told, in a meeting, in so many words: if they don’t pick up, they’ve declined,” one of the nurses said. “Some of those people were in hospital at the time.”

The Eastvale Health Board, which runs Lowmoor General, denied that any instruction of that kind had been given.

Its chief executive, Dr Simon Achebe, said the board had “never, at any point” asked staff to alter waiting-list records. The figures show that the number of patients recorded as declining a first appointment fell in 2024, he said, rather than rose.

“If there had been a policy of removing people from the list, you would see it in the data. You don’t,” Dr Achebe said.

Asked whether he had met the three nurses or read their complaint, Dr Achebe said he was not aware of any formal complaint having been made.

The board’s medical director, Dr Fiona Stewart, acknowledged that some patients had waited longer than the 62-day target last winter. “We have not always got it right, and I am sorry for the distress that has caused,” she said.

She said that an external audit of the cancer waiting list would begin next month.

The Royal College of Nursing said it had raised concerns about the list with the board twice in 2024. Its regional officer, Paul Gray, said both letters had gone unanswered.

The board did not dispute that the letters had been sent. A spokeswoman said they had been “dealt with through the appropriate channels” but would not say what action had followed.

The health secretary, Andrew Kemp, said on Thursday that he would not rule out sending in a team of external managers. “Everything is on the table,” he said.

Mr Kemp declined to say whether he still had confidence in Dr Achebe.

The opposition health spokeswoman, Rachel Dunn, accused the government of “looking the other way” while the board’s figures improved on paper. “This is not a few bad months. It is a system that rewards hiding patients,” she said.

Janet Holmes, whose husband Peter died in March after waiting 91 days for surgery, said the family had been told in writing that he had declined two appointments. “He never turned anything down. He would have crawled there,” she said.

Dr Achebe said he could not comment on an individual case but that he would be happy to meet Mrs Holmes.

A second board official, who asked not to be named, said the telephone rule had been “guidance, not an instruction” and had been withdrawn in January.

The Care Quality Commission said it was aware of the allegations and was in contact with the board.
"""

QUOTES = [
    dict(content="Hundreds of patients waiting for cancer treatment at Lowmoor General Hospital were recorded as having “declined” appointments they were never offered, so that the hospital could meet its waiting-time targets", kind="mixed", speaker="three senior nurses", mention="three senior nurses", cue="according to", stance="claim"),
    dict(content="managers had told staff in 2024 to mark any patient who did not answer the telephone on the first attempt as having turned down a date", kind="indirect", speaker="three senior nurses", mention="The nurses, who spoke to the Northern Echo on condition of anonymity because they feared for their jobs", cue="said", stance="claim"),
    dict(content="We were told, in a meeting, in so many words: if they don’t pick up, they’ve declined,", kind="direct", speaker="one of the nurses", mention="one of the nurses", cue="said", stance="claim"),
    dict(content="Some of those people were in hospital at the time.", kind="direct", speaker="one of the nurses", mention="one of the nurses", cue="said", stance="claim"),
    dict(content="that any instruction of that kind had been given", kind="indirect", speaker="Eastvale Health Board", mention="The Eastvale Health Board, which runs Lowmoor General", cue="denied", stance="denial"),
    dict(content="the board had “never, at any point” asked staff to alter waiting-list records", kind="mixed", speaker="Simon Achebe", mention="Its chief executive, Dr Simon Achebe", cue="said", stance="denial"),
    dict(content="The figures show that the number of patients recorded as declining a first appointment fell in 2024", kind="indirect", speaker="Simon Achebe", mention="he", cue="said", stance="denial"),
    dict(content="If there had been a policy of removing people from the list, you would see it in the data. You don’t,", kind="direct", speaker="Simon Achebe", mention="Dr Achebe", cue="said", stance="denial"),
    dict(content="he was not aware of any formal complaint having been made", kind="indirect", speaker="Simon Achebe", mention="[[Dr Achebe]] said", cue="said", stance="non_denial"),
    dict(content="some patients had waited longer than the 62-day target last winter", kind="indirect", speaker="Fiona Stewart", mention="The board’s medical director, Dr Fiona Stewart", cue="acknowledged", stance="confirmation"),
    dict(content="We have not always got it right, and I am sorry for the distress that has caused,", kind="direct", speaker="Fiona Stewart", mention="she", cue="said", stance="confirmation"),
    dict(content="an external audit of the cancer waiting list would begin next month", kind="indirect", speaker="Fiona Stewart", mention="She", cue="said", stance="claim"),
    dict(content="it had raised concerns about the list with the board twice in 2024", kind="indirect", speaker="Royal College of Nursing", mention="The Royal College of Nursing", cue="said", stance="claim"),
    dict(content="both letters had gone unanswered", kind="indirect", speaker="Paul Gray", mention="Its regional officer, Paul Gray", cue="said", stance="claim"),
    dict(content="that the letters had been sent", kind="indirect", speaker="Eastvale Health Board", mention="The board", cue="did not dispute", stance="non_denial"),
    dict(content="they had been “dealt with through the appropriate channels”", kind="mixed", speaker="Eastvale Health Board", mention="A spokeswoman", cue="said", stance="non_denial"),
    dict(content="what action had followed", kind="indirect", speaker="Eastvale Health Board", mention="A spokeswoman", cue="would not say", stance="refusal"),
    dict(content="he would not rule out sending in a team of external managers", kind="indirect", speaker="Andrew Kemp", mention="The health secretary, Andrew Kemp", cue="said", stance="non_denial"),
    dict(content="Everything is on the table,", kind="direct", speaker="Andrew Kemp", mention="[[he]] said.", cue="said", stance="non_denial"),
    dict(content="whether he still had confidence in Dr Achebe", kind="indirect", speaker="Andrew Kemp", mention="Mr Kemp", cue="declined to say", stance="non_denial"),
    dict(content="the government of “looking the other way” while the board’s figures improved on paper", kind="mixed", speaker="Rachel Dunn", mention="The opposition health spokeswoman, Rachel Dunn", cue="accused", stance="claim"),
    dict(content="This is not a few bad months. It is a system that rewards hiding patients,", kind="direct", speaker="Rachel Dunn", mention="she", cue="said", stance="claim"),
    dict(content="the family had been told in writing that he had declined two appointments", kind="indirect", speaker="Janet Holmes", mention="Janet Holmes, whose husband Peter died in March after waiting 91 days for surgery", cue="said", stance="claim"),
    dict(content="He never turned anything down. He would have crawled there,", kind="direct", speaker="Janet Holmes", mention="she", cue="said", stance="denial"),
    dict(content="he could not comment on an individual case but that he would be happy to meet Mrs Holmes", kind="indirect", speaker="Simon Achebe", mention="Dr Achebe", cue="said", stance="refusal"),
    dict(content="the telephone rule had been “guidance, not an instruction” and had been withdrawn in January", kind="mixed", speaker="A second board official", mention="A second board official, who asked not to be named", cue="said", stance="denial"),
    dict(content="it was aware of the allegations and was in contact with the board", kind="indirect", speaker="Care Quality Commission", mention="The Care Quality Commission", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["three senior nurses", "one of the nurses", "A second board official"]

PARTIES = [
    dict(name="Eastvale Health Board", type="ORG", aliases=["The board", "the board", "A spokeswoman"]),
    dict(name="Lowmoor General Hospital", type="ORG", aliases=["Lowmoor General", "the hospital"]),
    dict(name="Simon Achebe", type="PERSON", aliases=["Dr Simon Achebe", "Dr Achebe"]),
    dict(name="Fiona Stewart", type="PERSON", aliases=["Dr Fiona Stewart", "The board’s medical director"]),
    dict(name="Royal College of Nursing", type="ORG", aliases=[]),
    dict(name="Paul Gray", type="PERSON", aliases=["Its regional officer"]),
    dict(name="Andrew Kemp", type="PERSON", aliases=["Mr Kemp", "The health secretary"]),
    dict(name="Rachel Dunn", type="PERSON", aliases=["The opposition health spokeswoman"]),
    dict(name="Janet Holmes", type="PERSON", aliases=["Mrs Holmes"]),
    dict(name="Care Quality Commission", type="ORG", aliases=[]),
    dict(name="Northern Echo", type="ORG", aliases=[]),
]
