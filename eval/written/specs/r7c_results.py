# ruff: noqa: E501
"""Gold spec: a business report on a supermarket chain's annual results (invented events)."""

# fmt: off
ID = "written-r7c-results"
TITLE = "Halden’s profit slides as price war bites"

TEXT = """
Halden, the country’s third-largest supermarket chain, reported a 31% fall in annual profit on Tuesday and warned that the price war with discount rivals would weigh on margins for at least another year.

Pre-tax profit fell to £412m in the year to February, from £597m, on sales up 4% at £18.2bn. The company said it had cut prices on more than 2,000 lines and spent £90m on wages above inflation.

Chief executive Marta Lindqvist said the results were “the price of staying relevant” and that Halden had won back customers it lost during the pandemic. She told analysts on a call that like-for-like sales had grown in each of the last three quarters.

“We would rather take the hit now than lose a generation of shoppers,” she said.

The shares fell 9% by midday, the steepest drop in the FTSE 250. Several analysts said the dividend cut, to 6.1p from 9.4p, had caught investors by surprise.

Halden also announced a new own-brand range called Everyday Plus, which it said would undercut the discounters on 400 staple products by the summer.

Finance director Raj Mehta said the company expected profit to be “broadly flat” this year. He ruled out further store closures but said 14 underperforming sites would be converted to the smaller Halden Local format.

Asked whether the company would consider selling its banking arm, Mr Mehta said the board kept all options under review but that there were no talks with any buyer.

Clive Arden, an analyst at Brookfield Sands, said the strategy made sense but that the company had been slow to react. “They spent two years pretending the discounters were a passing fad,” he said.

Another analyst, who asked not to be named because his firm advises the company, said shareholders were likely to press for a change of chairman at the annual meeting in June.

The GMB union welcomed the pay rise but said staff in warehouses had been left out. A spokesperson said the union would ballot warehouse workers next month.

Halden said the warehouse staff were covered by a separate agreement that ran until September, and that talks on a new deal would begin in the spring.

The chairman, Sir Hugh Pettifer, said in the annual report that the board had full confidence in Ms Lindqvist. The said report shows that she was paid £3.1m last year, down from £4.4m.

The Competition and Markets Authority, which reported in January that grocery margins had returned to pre-pandemic levels, said it had no plans to reopen its review of the sector.
"""

QUOTES = [
    dict(content="the price war with discount rivals would weigh on margins for at least another year", kind="indirect", speaker="Halden", mention="Halden, the country’s third-largest supermarket chain", cue="warned", stance="claim"),
    dict(content="it had cut prices on more than 2,000 lines and spent £90m on wages above inflation", kind="indirect", speaker="Halden", mention="The company", cue="said", stance="claim"),
    dict(content="the results were “the price of staying relevant” and that Halden had won back customers it lost during the pandemic", kind="mixed", speaker="Marta Lindqvist", mention="Chief executive Marta Lindqvist", cue="said", stance="claim"),
    dict(content="like-for-like sales had grown in each of the last three quarters", kind="indirect", speaker="Marta Lindqvist", mention="She", cue="told analysts", stance="claim"),
    dict(content="We would rather take the hit now than lose a generation of shoppers,", kind="direct", speaker="Marta Lindqvist", mention="she", cue="said", stance="claim"),
    dict(content="the dividend cut, to 6.1p from 9.4p, had caught investors by surprise", kind="indirect", speaker="analysts", mention="Several analysts", cue="said", stance="claim"),
    dict(content="would undercut the discounters on 400 staple products by the summer", kind="indirect", speaker="Halden", mention="it", cue="said", stance="claim"),
    dict(content="the company expected profit to be “broadly flat” this year", kind="mixed", speaker="Raj Mehta", mention="Finance director Raj Mehta", cue="said", stance="claim"),
    dict(content="further store closures", kind="indirect", speaker="Raj Mehta", mention="He", cue="ruled out", stance="denial"),
    dict(content="14 underperforming sites would be converted to the smaller Halden Local format", kind="indirect", speaker="Raj Mehta", mention="He", cue="said", stance="claim"),
    dict(content="the board kept all options under review but that there were no talks with any buyer", kind="indirect", speaker="Raj Mehta", mention="Mr Mehta", cue="said", stance="non_denial"),
    dict(content="the strategy made sense but that the company had been slow to react", kind="indirect", speaker="Clive Arden", mention="Clive Arden, an analyst at Brookfield Sands", cue="said", stance="claim"),
    dict(content="They spent two years pretending the discounters were a passing fad,", kind="direct", speaker="Clive Arden", mention="he", cue="said", stance="claim"),
    dict(content="shareholders were likely to press for a change of chairman at the annual meeting in June", kind="indirect", speaker="another analyst", mention="Another analyst, who asked not to be named because his firm advises the company", cue="said", stance="claim"),
    dict(content="staff in warehouses had been left out", kind="indirect", speaker="GMB", mention="The GMB union", cue="said", stance="claim"),
    dict(content="the union would ballot warehouse workers next month", kind="indirect", speaker="GMB", mention="A spokesperson", cue="said", stance="claim"),
    dict(content="the warehouse staff were covered by a separate agreement that ran until September, and that talks on a new deal would begin in the spring", kind="indirect", speaker="Halden", mention="Halden", cue="said", stance="claim"),
    dict(content="the board had full confidence in Ms Lindqvist", kind="indirect", speaker="Hugh Pettifer", mention="The chairman, Sir Hugh Pettifer", cue="said in the annual report", stance="claim"),
    dict(content="grocery margins had returned to pre-pandemic levels", kind="indirect", speaker="Competition and Markets Authority", mention="which", cue="reported", stance="claim"),
    dict(content="it had no plans to reopen its review of the sector", kind="indirect", speaker="Competition and Markets Authority", mention="The Competition and Markets Authority", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Halden", type="ORG", aliases=["The company"]),
    dict(name="Marta Lindqvist", type="PERSON", aliases=["Ms Lindqvist", "Chief executive Marta Lindqvist"]),
    dict(name="Raj Mehta", type="PERSON", aliases=["Mr Mehta", "Finance director Raj Mehta"]),
    dict(name="Clive Arden", type="PERSON", aliases=[]),
    dict(name="Brookfield Sands", type="ORG", aliases=[]),
    dict(name="GMB", type="ORG", aliases=["The GMB union", "the union"]),
    dict(name="Hugh Pettifer", type="PERSON", aliases=["Sir Hugh Pettifer", "The chairman"]),
    dict(name="Competition and Markets Authority", type="ORG", aliases=[]),
]

UNNAMED_SPEAKERS = ["analysts", "another analyst"]
