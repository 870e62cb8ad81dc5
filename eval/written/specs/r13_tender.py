# ruff: noqa: E501
"""Gold spec: broadsheet politics on a minister accused of steering a contract (invented events, invented people)."""

# fmt: off
ID = "written-r13-tender"
TITLE = "Minister rejects claims he steered £40m software contract to ex-adviser's firm"

TEXT = """
The transport minister, Gareth Lowry, has denied that he intervened to win a £40 million contract for a software company run by his former special adviser, after opposition MPs accused him of treating the department's budget "like a family business".

Documents released under freedom of information rules show that the company, Calder Systems, was added to the shortlist for the rail ticketing contract two days after Mr Lowry met its chief executive, Owen Pryce, at a party fundraising dinner in March.

Speaking to reporters outside Parliament on Tuesday, Mr Lowry said the contract had been awarded by an independent panel of civil servants and that he had played no part in drawing up the shortlist. The dinner, he said, had been "a social occasion, nothing more".

He added that Calder had submitted the lowest bid of the five firms that applied. "The taxpayer is getting a better system for less money, and I would have thought that was something to celebrate," he said.

The shadow transport secretary, Priya Anand, said the timing of the shortlist change was "impossible to explain away". She went on to say that the minister should refer himself to the independent adviser on ministerial standards, and that Labour would table urgent questions in the Commons on Wednesday.

Mr Lowry's claim that he had no role in the shortlist is contradicted by an email, seen by this newspaper, in which a senior official wrote that the minister's office had "asked for Calder to be looked at again".

A spokesperson for the Department for Transport said in an emailed statement: "The email refers to a routine request for information that the minister's office makes on every major contract. It did not, and could not, change the panel's assessment."

Asked whether Mr Lowry had discussed the contract with Mr Pryce at the dinner, the spokesperson would not comment on the specifics of the conversation, saying only that ministers met business leaders "all the time".

The department declined to say whether the panel had been told about the meeting.

Mr Pryce, who worked for Mr Lowry from 2017 to 2020, said Calder had won the contract "on merit". In fact, he said, the firm had lost two earlier tenders to the same department while he was still in government.

Downing Street said the prime minister had full confidence in Mr Lowry. Asked whether an inquiry would be opened, a No 10 spokesman said that was a matter for the standards adviser.

Calder Systems' chairman, Martin Rees, did not respond to requests for comment.
"""

QUOTES = [
    dict(content="he intervened to win a £40 million contract for a software company run by his former special adviser", kind="indirect", speaker="Gareth Lowry", mention="The transport minister, Gareth Lowry", cue="has denied", stance="denial"),
    dict(content='him of treating the department\'s budget "like a family business"', kind="mixed", speaker="opposition MPs", mention="opposition MPs", cue="accused", stance="claim"),
    dict(content="the contract had been awarded by an independent panel of civil servants and that he had played no part in drawing up the shortlist", kind="indirect", speaker="Gareth Lowry", mention="Mr Lowry said the contract", cue="said", stance="denial"),
    dict(content='The dinner, he said, had been "a social occasion, nothing more"', kind="mixed", speaker="Gareth Lowry", mention="[[he]] said, had", cue="said", stance="denial"),
    dict(content="Calder had submitted the lowest bid of the five firms that applied", kind="indirect", speaker="Gareth Lowry", mention="He added", cue="added", stance="denial"),
    dict(content="The taxpayer is getting a better system for less money, and I would have thought that was something to celebrate,", kind="direct", speaker="Gareth Lowry", mention="he said", cue="said", stance="claim"),
    dict(content='the timing of the shortlist change was "impossible to explain away"', kind="mixed", speaker="Priya Anand", mention="The shadow transport secretary, Priya Anand", cue="said", stance="claim"),
    dict(content="the minister should refer himself to the independent adviser on ministerial standards, and that Labour would table urgent questions in the Commons on Wednesday", kind="indirect", speaker="Priya Anand", mention="She went on", cue="went on to say", stance="claim"),
    dict(content="he had no role in the shortlist", kind="indirect", speaker="Gareth Lowry", mention="Mr Lowry's", cue="claim", stance="denial"),
    dict(content='the minister\'s office had "asked for Calder to be looked at again"', kind="mixed", speaker="a senior official", mention="a senior official", cue="wrote", stance="claim"),
    dict(content="The email refers to a routine request for information that the minister's office makes on every major contract. It did not, and could not, change the panel's assessment.", kind="direct", speaker="Department for Transport", mention="A spokesperson for the Department for Transport", cue="said in an emailed statement:", stance="denial"),
    dict(content="on the specifics of the conversation", kind="indirect", speaker="Department for Transport", mention="the spokesperson", cue="would not comment", stance="non_denial"),
    dict(content='ministers met business leaders "all the time"', kind="mixed", speaker="Department for Transport", mention="the spokesperson", cue="saying only", stance="non_denial"),
    dict(content="whether the panel had been told about the meeting", kind="indirect", speaker="Department for Transport", mention="The department", cue="declined to say", stance="non_denial"),
    dict(content='Calder had won the contract "on merit"', kind="mixed", speaker="Owen Pryce", mention="Mr Pryce, who worked for Mr Lowry from 2017 to 2020", cue="said", stance="denial"),
    dict(content="In fact, he said, the firm had lost two earlier tenders to the same department while he was still in government", kind="indirect", speaker="Owen Pryce", mention="In fact, [[he]] said", cue="said", stance="denial"),
    dict(content="the prime minister had full confidence in Mr Lowry", kind="indirect", speaker="Downing Street", mention="Downing Street", cue="said", stance="claim"),
    dict(content="that was a matter for the standards adviser", kind="indirect", speaker="Downing Street", mention="a No 10 spokesman", cue="said", stance="non_denial"),
]

PARTIES = [
    dict(name="Gareth Lowry", type="PERSON", aliases=["Mr Lowry"]),
    dict(name="Calder Systems", type="ORG", aliases=["Calder"]),
    dict(name="Owen Pryce", type="PERSON", aliases=["Mr Pryce"]),
    dict(name="Priya Anand", type="PERSON", aliases=[]),
    dict(name="Labour", type="ORG", aliases=[]),
    dict(name="Department for Transport", type="ORG", aliases=["the department"]),
    dict(name="Downing Street", type="ORG", aliases=["No 10"]),
    dict(name="Martin Rees", type="PERSON", aliases=[]),
]

UNNAMED_SPEAKERS = ["a senior official", "opposition MPs"]
