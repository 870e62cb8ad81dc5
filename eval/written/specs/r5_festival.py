# ruff: noqa: E501
"""Gold spec: a broadsheet arts-business story on a music festival cancelled days before opening, refunds and blame (invented events)."""

# fmt: off
ID = "written-r5-festival"
TITLE = "Harbourside festival collapses with 18,000 tickets sold, and the blame game begins"

TEXT = """
The organisers of Harbourside, the three-day music festival that was due to open in Portmellon on Friday, have cancelled it with less than a week’s notice, leaving 18,000 ticket holders waiting for refunds and a string of local suppliers unpaid.

Wavecrest Events, which has run the festival since 2019, blamed Portmellon Town Council for withdrawing its licence for the harbour car park at the last minute. “We were ready to go. The stages were built. The council pulled the rug out from under us,” said its managing director, Jake Tolland.

The council tells a different story. Its leader, Anne Griffiths, said Wavecrest had been warned in writing in March that the licence would lapse unless it submitted a safety plan, and had not done so. “We chased them four times. I have the letters on my desk,” she said.

Mr Tolland said the safety plan had been sent in April. Asked whether he could provide a copy, he said it was “with our lawyers”.

He insisted that ticket holders would be refunded in full within 14 days. He would not say where the money would come from, telling reporters only that the company was “talking to partners”.

Several suppliers said they had not been paid for work done months ago. Megan Howe, who runs a catering firm in nearby Fowey, said she was owed £14,000. “I don’t know whether I’ll ever see it,” she said.

Wavecrest did not dispute that some suppliers were owed money, but said all invoices would be settled “as a priority”.

Accounts filed at Companies House show Wavecrest made a loss of £1.3 million last year. Asked whether the company was solvent, Mr Tolland replied: “Next question.”

Ticketing platform Gigbox, which sold most of the tickets, said it was holding £900,000 of ticket income that had not yet been passed to Wavecrest and would use it to refund customers directly. “No customer who bought through us will be out of pocket,” a Gigbox spokesman said.

Mr Tolland welcomed the move but said it covered only half of the tickets sold.

The local MP, Rachel Odum, said the cancellation was “a disaster for the town” and called for an inquiry into how the festival had been allowed to sell tickets without a valid licence. She said she did not blame the council.

Ms Griffiths acknowledged that the council could have acted sooner. “In hindsight, we should have made the position public in May,” she said. “That is on us.”

But she rejected Mr Tolland’s claim that the decision had come out of the blue. “Nobody who read our letters could have been surprised,” she said.

Harbourside’s headline act, the band Saltmarsh, said in a post on social media that it was “gutted” and had not been paid its fee.
"""

QUOTES = [
    dict(content="We were ready to go. The stages were built. The council pulled the rug out from under us,", kind="direct", speaker="Jake Tolland", mention="its managing director, Jake Tolland", cue="said", stance="claim"),
    dict(content=("Wavecrest had been warned in writing in March", "and had not done so"), kind="indirect", speaker="Anne Griffiths", mention="Its leader, Anne Griffiths", cue="said", stance="denial"),
    dict(content="We chased them four times. I have the letters on my desk,", kind="direct", speaker="Anne Griffiths", mention="[[she]] said.", cue="said", stance="denial"),
    dict(content="the safety plan had been sent in April", kind="indirect", speaker="Jake Tolland", mention="Mr Tolland", cue="said", stance="denial"),
    dict(content="it was “with our lawyers”", kind="mixed", speaker="Jake Tolland", mention="[[he]] said it", cue="said", stance="non_denial"),
    dict(content="ticket holders would be refunded in full within 14 days", kind="indirect", speaker="Jake Tolland", mention="[[He]] insisted", cue="insisted", stance="claim"),
    dict(content="where the money would come from", kind="indirect", speaker="Jake Tolland", mention="[[He]] would", cue="would not say", stance="refusal"),
    dict(content="the company was “talking to partners”", kind="mixed", speaker="Jake Tolland", mention="[[He]] would", cue="telling reporters only", stance="refusal"),
    dict(content="they had not been paid for work done months ago", kind="indirect", speaker="Several suppliers", mention="Several suppliers", cue="said", stance="claim"),
    dict(content="she was owed £14,000", kind="indirect", speaker="Megan Howe", mention="Megan Howe, who runs a catering firm in nearby Fowey", cue="said", stance="claim"),
    dict(content="I don’t know whether I’ll ever see it,", kind="direct", speaker="Megan Howe", mention="[[she]] said.", cue="said", stance="claim"),
    dict(content="some suppliers were owed money", kind="indirect", speaker="Wavecrest Events", mention="Wavecrest", cue="did not dispute", stance="non_denial"),
    dict(content="all invoices would be settled “as a priority”", kind="mixed", speaker="Wavecrest Events", mention="Wavecrest", cue="said", stance="non_denial"),
    dict(content="Next question.", kind="direct", speaker="Jake Tolland", mention="Mr Tolland", cue="replied:", stance="non_denial"),
    dict(content="it was holding £900,000 of ticket income that had not yet been passed to Wavecrest and would use it to refund customers directly", kind="indirect", speaker="Gigbox", mention="Ticketing platform Gigbox, which sold most of the tickets", cue="said", stance="claim"),
    dict(content="No customer who bought through us will be out of pocket,", kind="direct", speaker="Gigbox", mention="a Gigbox spokesman", cue="said", stance="claim"),
    dict(content="it covered only half of the tickets sold", kind="indirect", speaker="Jake Tolland", mention="Mr Tolland", cue="said", stance="claim"),
    dict(content="the cancellation was “a disaster for the town”", kind="mixed", speaker="Rachel Odum", mention="The local MP, Rachel Odum", cue="said", stance="claim"),
    dict(content="for an inquiry into how the festival had been allowed to sell tickets without a valid licence", kind="indirect", speaker="Rachel Odum", mention="The local MP, Rachel Odum", cue="called", stance="claim"),
    dict(content="she did not blame the council", kind="indirect", speaker="Rachel Odum", mention="She", cue="said", stance="claim"),
    dict(content="the council could have acted sooner", kind="indirect", speaker="Anne Griffiths", mention="Ms Griffiths", cue="acknowledged", stance="confirmation"),
    dict(content="In hindsight, we should have made the position public in May,", kind="direct", speaker="Anne Griffiths", mention="[[she]] said.", cue="said", stance="confirmation"),
    dict(content="That is on us.", kind="direct", speaker="Anne Griffiths", mention="[[she]] said.", cue="said", stance="confirmation"),
    dict(content="rejected [[Mr Tolland’s claim that the decision had come out of the blue]]", kind="indirect", speaker="Anne Griffiths", mention="But [[she]] rejected", cue="rejected", stance="denial"),
    dict(content="Nobody who read our letters could have been surprised,", kind="direct", speaker="Anne Griffiths", mention="[[she]] said", cue="said", stance="denial"),
    dict(content="it was “gutted” and had not been paid its fee", kind="mixed", speaker="Saltmarsh", mention="the band Saltmarsh", cue="said in a post on social media", stance="claim"),
]

UNNAMED_SPEAKERS = ["Several suppliers"]

PARTIES = [
    dict(name="Wavecrest Events", type="ORG", aliases=["Wavecrest", "the company"]),
    dict(name="Jake Tolland", type="PERSON", aliases=["Mr Tolland", "its managing director"]),
    dict(name="Portmellon Town Council", type="ORG", aliases=["The council", "the council"]),
    dict(name="Anne Griffiths", type="PERSON", aliases=["Ms Griffiths", "Its leader"]),
    dict(name="Megan Howe", type="PERSON", aliases=[]),
    dict(name="Gigbox", type="ORG", aliases=["Ticketing platform Gigbox", "a Gigbox spokesman"]),
    dict(name="Rachel Odum", type="PERSON", aliases=["The local MP"]),
    dict(name="Saltmarsh", type="ORG", aliases=["the band Saltmarsh"]),
    dict(name="Companies House", type="ORG", aliases=[]),
]
