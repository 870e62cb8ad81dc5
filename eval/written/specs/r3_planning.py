# ruff: noqa: E501
"""Gold spec: a council planning row over a housing estate, local-paper style (invented events)."""

# fmt: off
ID = "written-r3-planning"
TITLE = "Meadow homes approved as councillor denies conflict of interest over paddock"

TEXT = """
A controversial plan for 420 homes on farmland north of Wexley was approved on Tuesday night by Ashcombe District Council's planning committee, by six votes to five.

Campaigners from Save Millfield Meadows, who handed in a 3,100-signature petition before the meeting, said they would ask the council's monitoring officer to review the decision, after it emerged that one of the councillors who voted in favour, Cllr Gary Dawes, owns a paddock next to the site.

Brian Foulkes, 71, who chairs the group, said: “Cllr Dawes stands to make money if the access road goes where Harrowgate wants it. He should never have been in that room, let alone voting.”

Cllr Dawes, who has sat on the committee since 2019, strongly denied any wrongdoing. He told the Gazette he had declared the paddock “in writing, in 2019 and again this year” and had taken advice from council officers, who told him it was not a disclosable interest.

“I've got nothing to hide. It's a field with two ponies in it,” he said.

Asked whether he would have stepped aside had he known how strongly residents felt, the 56-year-old replied: “I'm not going to answer hypotheticals.”

A council spokeswoman confirmed that Cllr Dawes had listed the land in his register of interests, and said the monitoring officer would “consider any complaint received in the usual way”. She would not discuss the advice given to individual councillors.

Council leader Cllr Janet Pryor, who does not sit on the planning committee, said the scheme, to be marketed as “Meadow Rise”, would bring 126 affordable homes, a new primary school and “the biggest investment in Wexley for a generation”. She insisted the council had “followed the rules to the letter”.

“People are entitled to be angry. They are not entitled to say this was a stitch-up, because it wasn't,” Cllr Pryor said.

The council declared a housing emergency in 2022. Mrs Pryor acknowledged that it had missed its own housing targets for three years running, and argued that a government planning inspector would almost certainly have allowed the scheme on appeal had it been refused.

Harrowgate Homes' managing director, Simon Kettle, told the committee that the company had “listened carefully” to residents and cut the number of homes from 510. The route of the access road, he said, had been chosen by the county council's highways team, “not by us and certainly not by any councillor”.

Mr Kettle would not be drawn on whether Harrowgate had ever approached Cllr Dawes about buying the paddock. “Our land negotiations are commercially confidential,” a company spokesman said on Wednesday.

Cllr Aisha Rahman, who leads the Green group on the council and voted against the plan, called for the decision to be “paused” until the monitoring officer had reported. “This was rushed,” she said, “and residents were treated as an afterthought.”

During the three-hour meeting in a packed chamber at Ashcombe Civic Centre, several residents spoke about flooding on Mill Lane, which backs on to the site.

“The meadow is the only thing stopping the water getting into our houses,” said Carol Bennett, 64, who has lived on the lane for 30 years. “When it goes, we go under.”

Harrowgate said its drainage plan would “reduce, not increase” flood risk for existing homes. The Environment Agency, which was consulted on the application, said it had no objection in principle but had asked for more detail on how surface water would be handled.

Save Millfield Meadows said it had already raised £4,000 towards a possible legal challenge. Mr Foulkes would not rule out seeking a judicial review. “We'll see what our lawyers say,” he said.
"""

QUOTES = [
    dict(content="they would ask the council's monitoring officer to review the decision", kind="indirect", speaker="Save Millfield Meadows", mention="Campaigners from Save Millfield Meadows, who handed in a 3,100-signature petition before the meeting", cue="said", stance="claim"),
    dict(content="Cllr Dawes stands to make money if the access road goes where Harrowgate wants it. He should never have been in that room, let alone voting.", kind="direct", speaker="Brian Foulkes", mention="Brian Foulkes, 71, who chairs the group", cue="said", stance="claim"),
    dict(content="any wrongdoing", kind="indirect", speaker="Gary Dawes", mention="Cllr Dawes, who has sat on the committee since 2019", cue="strongly denied", stance="denial"),
    dict(content="he had declared the paddock “in writing, in 2019 and again this year” and had taken advice from council officers, who told him it was not a disclosable interest", kind="mixed", speaker="Gary Dawes", mention="He", cue="told", stance="denial"),
    dict(content="I've got nothing to hide. It's a field with two ponies in it,", kind="direct", speaker="Gary Dawes", mention="he", cue="said", stance="denial"),
    dict(content="I'm not going to answer hypotheticals.", kind="direct", speaker="Gary Dawes", mention="the 56-year-old", cue="replied", stance="non_denial"),
    dict(content="Cllr Dawes had listed the land in his register of interests", kind="indirect", speaker="Ashcombe District Council", mention="A council spokeswoman", cue="confirmed", stance="confirmation"),
    dict(content="the monitoring officer would “consider any complaint received in the usual way”", kind="mixed", speaker="Ashcombe District Council", mention="A council spokeswoman", cue="said", stance="claim"),
    dict(content="the advice given to individual councillors", kind="indirect", speaker="Ashcombe District Council", mention="She", cue="would not discuss", stance="refusal"),
    dict(content="the scheme, to be marketed as “Meadow Rise”, would bring 126 affordable homes, a new primary school and “the biggest investment in Wexley for a generation”", kind="mixed", speaker="Janet Pryor", mention="Council leader Cllr Janet Pryor, who does not sit on the planning committee", cue="said", stance="claim"),
    dict(content="the council had “followed the rules to the letter”", kind="mixed", speaker="Janet Pryor", mention="She", cue="insisted", stance="denial"),
    dict(content="People are entitled to be angry. They are not entitled to say this was a stitch-up, because it wasn't,", kind="direct", speaker="Janet Pryor", mention="Cllr Pryor", cue="said", stance="denial"),
    dict(content="it had missed its own housing targets for three years running", kind="indirect", speaker="Janet Pryor", mention="Mrs Pryor", cue="acknowledged", stance="confirmation"),
    dict(content="a government planning inspector would almost certainly have allowed the scheme on appeal had it been refused", kind="indirect", speaker="Janet Pryor", mention="Mrs Pryor", cue="argued", stance="claim"),
    dict(content="the company had “listened carefully” to residents and cut the number of homes from 510", kind="mixed", speaker="Simon Kettle", mention="Harrowgate Homes' managing director, Simon Kettle", cue="told", stance="claim"),
    dict(content=("The route of the access road, he said, had been chosen", "certainly not by any councillor”"), kind="mixed", speaker="Simon Kettle", mention="[[he]] said", cue="said", stance="denial"),
    dict(content="on whether Harrowgate had ever approached Cllr Dawes about buying the paddock", kind="indirect", speaker="Simon Kettle", mention="Mr Kettle", cue="would not be drawn", stance="non_denial"),
    dict(content="Our land negotiations are commercially confidential,", kind="direct", speaker="Harrowgate Homes", mention="a company spokesman", cue="said", stance="refusal"),
    dict(content="the decision to be “paused” until the monitoring officer had reported", kind="mixed", speaker="Aisha Rahman", mention="Cllr Aisha Rahman, who leads the Green group on the council and voted against the plan", cue="called for", stance="claim"),
    dict(content="This was rushed,", kind="direct", speaker="Aisha Rahman", mention="she", cue="said", stance="claim"),
    dict(content="and residents were treated as an afterthought.", kind="direct", speaker="Aisha Rahman", mention="she", cue="said", stance="claim"),
    dict(content="The meadow is the only thing stopping the water getting into our houses,", kind="direct", speaker="Carol Bennett", mention="Carol Bennett, 64, who has lived on the lane for 30 years", cue="said", stance="claim"),
    dict(content="When it goes, we go under.", kind="direct", speaker="Carol Bennett", mention="Carol Bennett, 64, who has lived on the lane for 30 years", cue="said", stance="claim"),
    dict(content="its drainage plan would “reduce, not increase” flood risk for existing homes", kind="mixed", speaker="Harrowgate Homes", mention="Harrowgate", cue="said", stance="denial"),
    dict(content="it had no objection in principle but had asked for more detail on how surface water would be handled", kind="indirect", speaker="Environment Agency", mention="The Environment Agency, which was consulted on the application", cue="said", stance="claim"),
    dict(content="it had already raised £4,000 towards a possible legal challenge", kind="indirect", speaker="Save Millfield Meadows", mention="Save Millfield Meadows", cue="said", stance="claim"),
    dict(content="seeking a judicial review", kind="indirect", speaker="Brian Foulkes", mention="Mr Foulkes", cue="would not rule out", stance="non_denial"),
    dict(content="We'll see what our lawyers say,", kind="direct", speaker="Brian Foulkes", mention="he", cue="said", stance="non_denial"),
]

PARTIES = [
    dict(name="Ashcombe District Council", type="ORG", aliases=["the council", "The council", "A council spokeswoman"]),
    dict(name="Save Millfield Meadows", type="ORG", aliases=["Campaigners from Save Millfield Meadows", "the group"]),
    dict(name="Brian Foulkes", type="PERSON", aliases=["Mr Foulkes"]),
    dict(name="Gary Dawes", type="PERSON", aliases=["Cllr Dawes", "Cllr Gary Dawes", "the 56-year-old"]),
    dict(name="Janet Pryor", type="PERSON", aliases=["Cllr Janet Pryor", "Cllr Pryor", "Mrs Pryor", "Council leader Cllr Janet Pryor"]),
    dict(name="Harrowgate Homes", type="ORG", aliases=["Harrowgate", "the company", "a company spokesman"]),
    dict(name="Simon Kettle", type="PERSON", aliases=["Mr Kettle", "Harrowgate Homes' managing director"]),
    dict(name="Aisha Rahman", type="PERSON", aliases=["Cllr Aisha Rahman"]),
    dict(name="Green group", type="ORG", aliases=["the Green group on the council"]),
    dict(name="Carol Bennett", type="PERSON", aliases=[]),
    dict(name="Environment Agency", type="ORG", aliases=["The Environment Agency"]),
    dict(name="the Gazette", type="ORG", aliases=[]),
]
