# ruff: noqa: E501
"""Gold spec: a regional airline's fleet grounded after a runway excursion, wire news (invented events)."""

# fmt: off
ID = "written-r5-runway"
TITLE = "Portugal grounds regional airline's turboprop fleet after runway skid"

TEXT = """
PORTO, Portugal, March 14 — Portugal's aviation regulator on Thursday grounded all six turboprop aircraft operated by regional carrier Atlantis Air after one of them skidded off a wet runway at Porto airport, injuring four passengers, the regulator said.

The National Aviation Authority (NAA) said in a statement that the suspension would stay in place until the airline showed that its pilots had been retrained on landing in crosswinds. “Safety is not negotiable,” the statement said.

Atlantis Air, which carries about 400,000 passengers a year between Porto, Lisbon and the Azores, called the decision “disproportionate” and said it would appeal. A spokeswoman for the airline said the aircraft involved had passed a full inspection in January.

“We have flown this route for eleven years without a single serious incident,” the airline's chief executive, Rui Farinha, told reporters at Porto airport. “One wet evening does not make us unsafe.”

The incident happened on Tuesday evening, when a flight from Lisbon with 38 people on board left the runway while landing in heavy rain and came to rest on grass about 40 metres from the tarmac. Four passengers were treated in hospital for minor injuries and released on Wednesday, according to AeroNorte, which runs the airport.

The Air Safety Investigation Office, which examines every serious incident, said it had recovered both flight recorders and would publish a preliminary report within 30 days. Its director, Helena Vasconcelos, declined to say whether the crew had been tested for alcohol, a routine step after any runway excursion.

The Independent Pilots' Association, which represents most of the airline's 40 pilots, said crews had raised concerns about drainage on the Porto runway in a letter to AeroNorte last year. The association's president, Carlos Reis, said the grounding “punishes the crews for a fault in the concrete”.

AeroNorte said it had no record of any such letter. A spokesman for the airport operator said the runway had been resurfaced in 2022 and met every European standard.

Infrastructure Minister Paulo Menezes backed the regulator, telling parliament that “the authority did exactly what it exists to do”. Asked whether the government had been consulted before the grounding, he said the decision was the regulator's alone.

The opposition Liberal Alliance said the grounding had left the Azores with just two flights a day to the mainland in the busiest month for medical transfers. “Islanders are paying for a problem they did not create,” said the party's transport spokesman, Nuno Abreu.

The regional government in Ponta Delgada said it had chartered two aircraft from a Spanish operator to keep inter-island routes running, and Lisbon said it was “examining with urgency” a request for emergency funds.

Aviation analysts said the grounding could push the loss-making carrier closer to a sale. “Six aircraft is the whole fleet. Every day on the ground costs them money they do not have,” said Marta Quintela, an analyst at the Lisbon consultancy Aerodata.

The carrier's loyalty scheme, called Ilhas Mais, has about 60,000 members. It is worth noting that the NAA has grounded an entire fleet only once before, in 2019, when a Lisbon court later declared the order lawful.

Farinha said the company had offered to put a second captain trained by the regulator's own instructors on every flight, an offer he said the NAA had not answered. The authority said it had received the proposal on Wednesday night and would respond “in due course”.

Passengers queuing at the Atlantis Air desk in Porto on Thursday said they had learned of the cancellations only from text messages sent after midnight.

Atlantis Air said customers could rebook free of charge or claim a full refund. Asked whether the airline would compensate the four injured passengers, a spokeswoman said it was “too early to talk about that”.
"""

QUOTES = [
    dict(content="Portugal's aviation regulator on Thursday grounded all six turboprop aircraft operated by regional carrier Atlantis Air after one of them skidded off a wet runway at Porto airport, injuring four passengers", kind="indirect", speaker="National Aviation Authority", mention="the regulator said", cue="said", stance="claim"),
    dict(content="the suspension would stay in place until the airline showed that its pilots had been retrained on landing in crosswinds", kind="indirect", speaker="National Aviation Authority", mention="The National Aviation Authority", cue="said in a statement", stance="claim"),
    dict(content="Safety is not negotiable,", kind="direct", speaker="National Aviation Authority", mention="the statement", cue="said", stance="claim"),
    dict(content="disproportionate", kind="direct", speaker="Atlantis Air", mention="Atlantis Air", cue="called", stance="claim"),
    dict(content="it would appeal", kind="indirect", speaker="Atlantis Air", mention="Atlantis Air", cue="said", stance="claim"),
    dict(content="the aircraft involved had passed a full inspection in January", kind="indirect", speaker="Atlantis Air", mention="A spokeswoman for the airline", cue="said", stance="claim"),
    dict(content="We have flown this route for eleven years without a single serious incident,", kind="direct", speaker="Rui Farinha", mention="Rui Farinha", cue="told", stance="claim"),
    dict(content="One wet evening does not make us unsafe.", kind="direct", speaker="Rui Farinha", mention="Rui Farinha", cue="told", stance="denial"),
    dict(content="Four passengers were treated in hospital for minor injuries and released on Wednesday", kind="indirect", speaker="AeroNorte", mention="AeroNorte", cue="according to", stance="claim"),
    dict(content="it had recovered both flight recorders and would publish a preliminary report within 30 days", kind="indirect", speaker="Air Safety Investigation Office", mention="The Air Safety Investigation Office", cue="said", stance="claim"),
    dict(content="whether the crew had been tested for alcohol", kind="indirect", speaker="Helena Vasconcelos", mention="Helena Vasconcelos", cue="declined to say", stance="non_denial"),
    dict(content="crews had raised concerns about drainage on the Porto runway in a letter to AeroNorte last year", kind="indirect", speaker="Independent Pilots' Association", mention="The Independent Pilots' Association", cue="said", stance="claim"),
    dict(content="the grounding “punishes the crews for a fault in the concrete”", kind="mixed", speaker="Carlos Reis", mention="Carlos Reis", cue="said", stance="claim"),
    dict(content="it had no record of any such letter", kind="indirect", speaker="AeroNorte", mention="AeroNorte", cue="said", stance="denial"),
    dict(content="the runway had been resurfaced in 2022 and met every European standard", kind="indirect", speaker="AeroNorte", mention="A spokesman for the airport operator", cue="said", stance="denial"),
    dict(content="the authority did exactly what it exists to do", kind="direct", speaker="Paulo Menezes", mention="Infrastructure Minister Paulo Menezes", cue="telling", stance="claim"),
    dict(content="the decision was the regulator's alone", kind="indirect", speaker="Paulo Menezes", mention="he", cue="said", stance="non_denial"),
    dict(content="the grounding had left the Azores with just two flights a day to the mainland in the busiest month for medical transfers", kind="indirect", speaker="Liberal Alliance", mention="The opposition Liberal Alliance", cue="said", stance="claim"),
    dict(content="Islanders are paying for a problem they did not create,", kind="direct", speaker="Nuno Abreu", mention="Nuno Abreu", cue="said", stance="claim"),
    dict(content="it had chartered two aircraft from a Spanish operator to keep inter-island routes running", kind="indirect", speaker="Azores regional government", mention="The regional government in Ponta Delgada", cue="said", stance="claim"),
    dict(content="it was “examining with urgency” a request for emergency funds", kind="mixed", speaker="Portugal", mention="Lisbon", cue="said", stance="claim"),
    dict(content="the grounding could push the loss-making carrier closer to a sale", kind="indirect", speaker="Aviation analysts", mention="Aviation analysts", cue="said", stance="claim"),
    dict(content="Six aircraft is the whole fleet. Every day on the ground costs them money they do not have,", kind="direct", speaker="Marta Quintela", mention="Marta Quintela", cue="said", stance="claim"),
    dict(content="the company had offered to put a second captain trained by the regulator's own instructors on every flight", kind="indirect", speaker="Rui Farinha", mention="Farinha", cue="said", stance="claim"),
    dict(content="the NAA had not answered", kind="indirect", speaker="Rui Farinha", mention="[[he]] said the NAA", cue="said", stance="claim"),
    dict(content="it had received the proposal on Wednesday night and would respond “in due course”", kind="mixed", speaker="National Aviation Authority", mention="The authority", cue="said", stance="claim"),
    dict(content="they had learned of the cancellations only from text messages sent after midnight", kind="indirect", speaker="Passengers queuing at the Atlantis Air desk in Porto", mention="Passengers queuing at the Atlantis Air desk in Porto", cue="said", stance="claim"),
    dict(content="customers could rebook free of charge or claim a full refund", kind="indirect", speaker="Atlantis Air", mention="Atlantis Air", cue="said", stance="claim"),
    dict(content="it was “too early to talk about that”", kind="mixed", speaker="Atlantis Air", mention="a spokeswoman", cue="said", stance="refusal"),
]

UNNAMED_SPEAKERS = ["Aviation analysts", "Passengers queuing at the Atlantis Air desk in Porto"]

PARTIES = [
    dict(name="National Aviation Authority", type="ORG", aliases=["NAA", "Portugal's aviation regulator", "the regulator", "The authority", "the authority"]),
    dict(name="Atlantis Air", type="ORG", aliases=["regional carrier Atlantis Air", "the airline", "The carrier", "the loss-making carrier", "the company"]),
    dict(name="Rui Farinha", type="PERSON", aliases=["Farinha", "the airline's chief executive"]),
    dict(name="AeroNorte", type="ORG", aliases=["the airport operator"]),
    dict(name="Independent Pilots' Association", type="ORG", aliases=["The Independent Pilots' Association", "The association"]),
    dict(name="Carlos Reis", type="PERSON", aliases=["The association's president"]),
    dict(name="Air Safety Investigation Office", type="ORG", aliases=[]),
    dict(name="Helena Vasconcelos", type="PERSON", aliases=[]),
    dict(name="Paulo Menezes", type="PERSON", aliases=["Infrastructure Minister Paulo Menezes"]),
    dict(name="Portugal", type="GPE", aliases=["Lisbon", "the government"]),
    dict(name="Liberal Alliance", type="ORG", aliases=["The opposition Liberal Alliance", "the party"]),
    dict(name="Nuno Abreu", type="PERSON", aliases=["the party's transport spokesman"]),
    dict(name="Azores regional government", type="ORG", aliases=["The regional government in Ponta Delgada"]),
    dict(name="Marta Quintela", type="PERSON", aliases=[]),
    dict(name="Aerodata", type="ORG", aliases=[]),
    dict(name="Porto", type="GPE", aliases=["PORTO"]),
    dict(name="Azores", type="GPE", aliases=[]),
    dict(name="Ponta Delgada", type="GPE", aliases=[]),
]
