# ruff: noqa: E501
"""Gold spec: a culture story on a museum returning a bronze; the museum and its director, a ministry in a foreign capital, a curator, an artist's estate, critics (invented events)."""

# fmt: off
ID = "written-r7b-museum"
TITLE = "Museum Agrees to Return Bronze Head After Decade-Long Dispute"

TEXT = """
The Ashcombe Museum will return a 16th-century bronze head to Nigeria, ending a dispute that began when the sculpture was identified as looted from Benin City in 1897.

The museum’s trustees voted unanimously on Friday to transfer ownership, the museum said. Its director, Fiona Latimer-Boyd, said the decision was “overdue” and that the museum had “no moral claim” to the object.

“We have cared for it for a hundred years, but caring for something is not the same as owning it,” she said.

Nigeria’s National Commission for Museums and Monuments welcomed the move. Its director-general, Abba Ibrahim Tijani, said the head would go on display in a new gallery in Benin City next year.

Abuja has asked more than a dozen British institutions to return objects taken in the raid. Officials at the commission said they expected further announcements before the end of the year.

Not everyone agreed with the decision. Lord Hartwell, a former trustee, said the museum was “giving in to fashion” and had set a precedent that “will empty our galleries”. He said he had resigned from the board in protest last month.

The museum’s senior curator of African art, Dr Kwame Asante-Mills, rejected that view. “Nobody is emptying anything,” he said. “We are correcting the record.”

A spokeswoman for the Department for Culture, Media and Sport said the government did not comment on the decisions of independent museums.
"""

QUOTES = [
    dict(content="The museum’s trustees voted unanimously on Friday to transfer ownership", kind="indirect", speaker="Ashcombe Museum", mention="ownership, [[the museum]] said", cue="said", stance="claim"),
    dict(content=("the decision was “overdue”", "“no moral claim” to the object"), kind="mixed", speaker="Fiona Latimer-Boyd", mention="Its director, Fiona Latimer-Boyd", cue="said", stance="confirmation"),
    dict(content="We have cared for it for a hundred years, but caring for something is not the same as owning it,", kind="direct", speaker="Fiona Latimer-Boyd", mention="she", cue="said", stance="claim"),
    dict(content="the head would go on display in a new gallery in Benin City next year", kind="indirect", speaker="Abba Ibrahim Tijani", mention="Its director-general, Abba Ibrahim Tijani", cue="said", stance="claim"),
    dict(content="they expected further announcements before the end of the year", kind="indirect", speaker="National Commission for Museums and Monuments", mention="Officials at the commission", cue="said", stance="claim"),
    dict(content=("the museum was “giving in to fashion”", "“will empty our galleries”"), kind="mixed", speaker="Lord Hartwell", mention="Lord Hartwell, a former trustee", cue="said", stance="claim"),
    dict(content="he had resigned from the board in protest last month", kind="indirect", speaker="Lord Hartwell", mention="He", cue="said", stance="claim"),
    dict(content="Nobody is emptying anything,", kind="direct", speaker="Kwame Asante-Mills", mention="he", cue="said", stance="denial"),
    dict(content="We are correcting the record.", kind="direct", speaker="Kwame Asante-Mills", mention="he", cue="said", stance="denial"),
    dict(content="the government did not comment on the decisions of independent museums", kind="indirect", speaker="Department for Culture, Media and Sport", mention="A spokeswoman for the Department for Culture, Media and Sport", cue="said", stance="refusal"),
]

PARTIES = [
    dict(name="Ashcombe Museum", type="ORG", aliases=["The Ashcombe Museum", "the museum"]),
    dict(name="Nigeria", type="GPE", aliases=["Abuja"]),
    dict(name="Fiona Latimer-Boyd", type="PERSON", aliases=["Its director"]),
    dict(name="National Commission for Museums and Monuments", type="ORG", aliases=["the commission"]),
    dict(name="Abba Ibrahim Tijani", type="PERSON", aliases=[]),
    dict(name="Lord Hartwell", type="PERSON", aliases=[]),
    dict(name="Kwame Asante-Mills", type="PERSON", aliases=["Dr Kwame Asante-Mills"]),
    dict(name="Department for Culture, Media and Sport", type="ORG", aliases=[]),
]
