# ruff: noqa: E501
"""Gold spec: a warehouse strike and the two sides' accounts of failed talks (invented events)."""

# fmt: off
ID = "written-biz-norvale"
TITLE = "Strike at Norvale warehouses enters second week as talks stall"

TEXT = """
COLUMBUS, Ohio — Some 3,200 workers at Norvale Logistics' Ohio warehouses stayed off the job for an eighth day on Tuesday, as the company and the union traded accusations over who was to blame for the collapse of weekend talks.

The Warehouse and Distribution Workers Union said Norvale walked away from the table on Saturday after rejecting a proposal that would have raised hourly pay by $3 over three years. The company said that account was "simply untrue" and that union negotiators had left first.

"They packed up their binders at four in the afternoon and told the mediator they were done," Norvale's vice president for labor relations, Gregory Lindqvist, said in an interview. "We were still in the room at nine."

Union president Carla Mendes disputed that. She said the union's team had left only after the company said it had no new offer to make. "You don't sit in a room all night to be told there's nothing on the table," she said.

The strike has slowed deliveries to retailers across the Midwest. Two large grocery chains said last week that they had shifted orders to other distributors.

At the heart of the dispute are heat and break rules as much as money. Workers say temperatures inside the warehouses routinely exceed 90 degrees in summer and that quotas leave little time for water breaks.

"I've seen people pass out on the floor," said Jerome Tate, a forklift operator who has worked at the company's Grove City site for 11 years. "Then they come back the next day because they can't lose the shift."

Norvale insists its warehouses meet federal safety standards. In a statement, the company said it had installed cooling fans at all four sites in 2024 and that injury rates were below the industry average.

The Occupational Safety and Health Administration confirmed that it had received complaints about heat at two of the sites this year. An agency spokeswoman said the inspections were continuing and declined to discuss their findings.

Norvale has also begun hiring temporary replacement workers, according to two people familiar with the company's plans, who asked not to be named because they were not authorized to speak publicly. Lindqvist would neither confirm nor deny that the company was recruiting replacements. "Our priority is getting everyone back to work," he said.

Mendes warned that bringing in replacements would "poison this relationship for a generation."

The governor's office said it was in contact with both sides. Gov. Michael Reyes, asked on Monday whether he would step in, said he would not rule out appointing a special mediator but that he hoped the two sides would "settle this themselves."

Talks are scheduled to resume Thursday.
"""

QUOTES = [
    dict(content="Norvale walked away from the table on Saturday after rejecting a proposal that would have raised hourly pay by $3 over three years", kind="indirect", speaker="Warehouse and Distribution Workers Union", mention="The Warehouse and Distribution Workers Union", cue="said", stance="claim"),
    dict(content="that account was \"simply untrue\" and that union negotiators had left first", kind="mixed", speaker="Norvale Logistics", mention="The company", cue="said", stance="denial"),
    dict(content="They packed up their binders at four in the afternoon and told the mediator they were done,", kind="direct", speaker="Gregory Lindqvist", mention="Norvale's vice president for labor relations, Gregory Lindqvist", cue="said in an interview", stance="denial"),
    dict(content="We were still in the room at nine.", kind="direct", speaker="Gregory Lindqvist", mention="Norvale's vice president for labor relations, Gregory Lindqvist", cue="said in an interview", stance="denial"),
    dict(content="Mendes disputed [[that]]", kind="indirect", speaker="Carla Mendes", mention="Union president Carla Mendes", cue="disputed", stance="denial"),
    dict(content="the union's team had left only after the company said it had no new offer to make", kind="indirect", speaker="Carla Mendes", mention="She", cue="said", stance="denial"),
    dict(content="You don't sit in a room all night to be told there's nothing on the table,", kind="direct", speaker="Carla Mendes", mention="[[she]] said.", cue="said", stance="claim"),
    dict(content="they had shifted orders to other distributors", kind="indirect", speaker="Two large grocery chains", mention="Two large grocery chains", cue="said", stance="claim"),
    dict(content="temperatures inside the warehouses routinely exceed 90 degrees in summer and that quotas leave little time for water breaks", kind="indirect", speaker="Workers", mention="Workers", cue="say", stance="claim"),
    dict(content="I've seen people pass out on the floor,", kind="direct", speaker="Jerome Tate", mention="Jerome Tate, a forklift operator who has worked at the company's Grove City site for 11 years", cue="said", stance="claim"),
    dict(content="Then they come back the next day because they can't lose the shift.", kind="direct", speaker="Jerome Tate", mention="Jerome Tate, a forklift operator who has worked at the company's Grove City site for 11 years", cue="said", stance="claim"),
    dict(content="its warehouses meet federal safety standards", kind="indirect", speaker="Norvale Logistics", mention="Norvale", cue="insists", stance="denial"),
    dict(content="it had installed cooling fans at all four sites in 2024 and that injury rates were below the industry average", kind="indirect", speaker="Norvale Logistics", mention="the company", cue="said", stance="denial"),
    dict(content="it had received complaints about heat at two of the sites this year", kind="indirect", speaker="Occupational Safety and Health Administration", mention="The Occupational Safety and Health Administration", cue="confirmed", stance="confirmation"),
    dict(content="the inspections were continuing", kind="indirect", speaker="Occupational Safety and Health Administration", mention="An agency spokeswoman", cue="said", stance="claim"),
    dict(content="to discuss their findings", kind="indirect", speaker="Occupational Safety and Health Administration", mention="An agency spokeswoman", cue="declined", stance="refusal"),
    dict(content="Norvale has also begun hiring temporary replacement workers", kind="indirect", speaker="two people familiar with the company's plans", mention="two people familiar with the company's plans", cue="according to", stance="claim"),
    dict(content="neither confirm nor deny that [[the company was recruiting replacements]]", kind="indirect", speaker="Gregory Lindqvist", mention="Lindqvist", cue="would neither confirm nor deny", stance="non_denial"),
    dict(content="Our priority is getting everyone back to work,", kind="direct", speaker="Gregory Lindqvist", mention="he", cue="said", stance="non_denial"),
    dict(content="bringing in replacements would \"poison this relationship for a generation.\"", kind="mixed", speaker="Carla Mendes", mention="Mendes", cue="warned", stance="claim"),
    dict(content="it was in contact with both sides", kind="indirect", speaker="governor's office", mention="The governor's office", cue="said", stance="claim"),
    dict(content="he would not rule out appointing a special mediator but that he hoped the two sides would \"settle this themselves.\"", kind="mixed", speaker="Michael Reyes", mention="Gov. Michael Reyes", cue="said", stance="non_denial"),
]

UNNAMED_SPEAKERS = ["Two large grocery chains", "Workers", "two people familiar with the company's plans"]

PARTIES = [
    dict(name="Norvale Logistics", type="ORG", aliases=["Norvale", "the company", "The company", "company"]),
    dict(name="Warehouse and Distribution Workers Union", type="ORG", aliases=["the union", "The Warehouse and Distribution Workers Union", "union"]),
    dict(name="Gregory Lindqvist", type="PERSON", aliases=["Lindqvist", "Norvale's vice president for labor relations"]),
    dict(name="Carla Mendes", type="PERSON", aliases=["Mendes", "Union president Carla Mendes"]),
    dict(name="Jerome Tate", type="PERSON", aliases=["a forklift operator", "forklift operator"]),
    dict(name="Occupational Safety and Health Administration", type="ORG", aliases=["An agency spokeswoman", "agency spokeswoman"]),
    dict(name="governor's office", type="ORG", aliases=["The governor's office"]),
    dict(name="Michael Reyes", type="PERSON", aliases=["Gov. Michael Reyes"]),
    dict(name="Ohio", type="GPE", aliases=[]),
    dict(name="Columbus", type="GPE", aliases=["COLUMBUS"]),
    dict(name="Grove City", type="GPE", aliases=[]),
]
