# ruff: noqa: E501
"""Gold spec: a court report on an appeal against a regulator's fine; a headline in title case, a byline, a judge named by style title and surname ("Lady Justice Pemberton" … "Pemberton"), a company called "the drone maker", a regulator by acronym and description, lawyers for a party, a photo credit naming people who are no party (invented events, invented people)."""

# fmt: off
ID = "written-r13-appeal"
TITLE = "Appeal Court Upholds Fine Against Drone Maker Over Airport Shutdown"

TEXT = """
Appeal Court Upholds Fine Against Drone Maker Over Airport Shutdown

By Helena Marsh

The Court of Appeal on Thursday upheld a £2.4m fine against Skyvane Robotics, the drone maker whose test flight closed Carlow airport for six hours last spring, rejecting the company’s argument that the regulator had acted beyond its powers.

Lady Justice Pemberton, sitting with two other judges, said the Civil Aviation Authority had been “entitled, indeed obliged” to treat the flight as a serious breach. Pemberton wrote that the company’s safety case “did not survive contact with the facts”.

Skyvane said it was disappointed and was considering an appeal to the Supreme Court. Its chief executive, Marcus Odell, said in a statement that the ruling “punishes a company for reporting its own mistake”.

The regulator welcomed the judgment. A CAA spokeswoman said the fine “sends a clear message to an industry that is growing faster than its safety culture”.

Lawyers for Skyvane had argued at a hearing in October that the authority had never published the rules the company was accused of breaking. The court disagreed, saying the rules had been “plain to anyone who read them”.

Carlow Airport’s managing director, Priya Nair, said the shutdown had cost the airport about £600,000. Asked whether the airport would sue Skyvane, Nair said: “That is a matter for our lawyers.”

Pilots’ representatives said the case showed drones and passenger jets should not share airspace. “We have been warning about this for five years,” said Tom Brandt of the British Airline Pilots’ Association.

Photo: Skyvane’s test drone at Carlow airport in April. (Daily Courier/Jan Kowal)
"""

QUOTES = [
    dict(content=("the Civil Aviation Authority had been", "to treat the flight as a serious breach"), kind="mixed", speaker="Lady Justice Pemberton", mention="Lady Justice Pemberton", cue="said", stance="claim"),
    dict(content=("the company’s safety case", "“did not survive contact with the facts”"), kind="mixed", speaker="Lady Justice Pemberton", mention="[[Pemberton]] wrote", cue="wrote", stance="claim"),
    dict(content="it was disappointed and was considering an appeal to the Supreme Court", kind="indirect", speaker="Skyvane Robotics", mention="Skyvane", cue="said", stance="claim"),
    dict(content=("the ruling “punishes", "its own mistake”"), kind="mixed", speaker="Marcus Odell", mention="Its chief executive, Marcus Odell", cue="said in a statement", stance="claim"),
    dict(content=("the fine “sends a clear message", "than its safety culture”"), kind="mixed", speaker="Civil Aviation Authority", mention="A CAA spokeswoman", cue="said", stance="claim"),
    dict(content="the authority had never published the rules the company was accused of breaking", kind="indirect", speaker="Skyvane Robotics", mention="Lawyers for Skyvane", cue="had argued", stance="claim"),
    dict(content=("the rules had been “plain", "who read them”"), kind="mixed", speaker="Court of Appeal", mention="[[The court]] disagreed", cue="saying", stance="denial"),
    dict(content="the shutdown had cost the airport about £600,000", kind="indirect", speaker="Priya Nair", mention="Carlow Airport’s managing director, Priya Nair", cue="said", stance="claim"),
    dict(content="That is a matter for our lawyers.", kind="direct", speaker="Priya Nair", mention="[[Nair]] said: “That", cue="said", stance="non_denial"),
    dict(content="the case showed drones and passenger jets should not share airspace", kind="indirect", speaker="Pilots’ representatives", mention="Pilots’ representatives", cue="said", stance="claim"),
    dict(content="We have been warning about this for five years,", kind="direct", speaker="Tom Brandt", mention="Tom Brandt of the British Airline Pilots’ Association", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Pilots’ representatives"]

PARTIES = [
    dict(name="Court of Appeal", type="ORG", aliases=["The Court of Appeal", "The court", "Appeal Court"]),
    dict(name="Skyvane Robotics", type="ORG", aliases=["Skyvane", "the drone maker"]),
    dict(name="Lady Justice Pemberton", type="PERSON", aliases=["Pemberton"]),
    dict(name="Civil Aviation Authority", type="ORG", aliases=["the Civil Aviation Authority", "CAA", "The regulator", "the authority"]),
    dict(name="Marcus Odell", type="PERSON", aliases=["Its chief executive"]),
    dict(name="Supreme Court", type="ORG", aliases=["the Supreme Court"]),
    dict(name="Carlow Airport", type="ORG", aliases=["the airport"]),
    dict(name="Priya Nair", type="PERSON", aliases=["Nair", "Carlow Airport’s managing director"]),
    dict(name="Tom Brandt", type="PERSON", aliases=[]),
    dict(name="British Airline Pilots’ Association", type="ORG", aliases=["the British Airline Pilots’ Association"]),
]
