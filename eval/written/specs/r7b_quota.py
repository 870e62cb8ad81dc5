# ruff: noqa: E501
"""Gold spec: a wire story on a fishing-quota row between Norway and Iceland; capitals speaking for states, an EU commissioner with a particle name, unnamed officials and a ministry spokeswoman (invented events)."""

# fmt: off
ID = "written-r7b-quota"
TITLE = "Oslo Rejects Icelandic Mackerel Offer as Talks Collapse"

TEXT = """
OSLO (Northline Wire) — Norway on Thursday rejected an Icelandic offer to share the North Atlantic mackerel catch, deepening a dispute that has kept trawlers from both countries tied up in port since August.

Oslo said the offer, which would have given Iceland a fifth of the total catch, ignored scientific advice and “rewards the country that has overfished the longest”.

Reykjavik hit back within hours. Iceland’s fisheries minister, Sigrún Hallgrímsdóttir, told parliament that Norway had “walked away from the table it asked us to sit at”.

“We made a fair proposal, and we made it in good faith,” she said. “If Oslo wants a war over fish, it will not get one from us, but it will not get our quota either.”

A spokeswoman for the Norwegian fisheries ministry said the minister, Terje Lunde, would not respond to “remarks made for a domestic audience”.

Two Norwegian officials, who asked not to be named because the talks were confidential, said the Icelandic delegation had raised its demand twice during the final session in Bergen.

The European Union, which also fishes the stock, said it regretted the collapse of the talks. The EU’s fisheries commissioner, Pieter van den Broek, said he would invite both sides to Brussels before the end of the month.

“Nobody wins if the stock collapses,” van den Broek told reporters. “Scientists have been telling us that for ten years.”

Fishermen in the Icelandic port of Neskaupstaður said they had lost more than half their income this season. “We are the ones paying for this,” said Gunnar Ólafsson, who skippers a 40-metre trawler. “The ministers get their salaries either way.”

The Norwegian Fishermen’s Association backed the government. Its chairman, Arild Sæther, said Norwegian boats had already accepted cuts of 30 percent and “cannot be asked to give more so that others can take more”.

The International Council for the Exploration of the Sea, whose advice both governments cite, declined to comment on the dispute.

A person familiar with the Brussels plan said the Commission was considering a temporary cap on landings in EU ports. Officials in Oslo said they had not been told of any such plan.
"""

QUOTES = [
    dict(content=("the offer, which would have given Iceland", "“rewards the country that has overfished the longest”"), kind="mixed", speaker="Norway", mention="Oslo", cue="said", stance="denial"),
    dict(content="Norway had “walked away from the table it asked us to sit at”", kind="mixed", speaker="Sigrún Hallgrímsdóttir", mention="Iceland’s fisheries minister, Sigrún Hallgrímsdóttir", cue="told parliament", stance="claim"),
    dict(content="We made a fair proposal, and we made it in good faith,", kind="direct", speaker="Sigrún Hallgrímsdóttir", mention="she", cue="said", stance="claim"),
    dict(content="If Oslo wants a war over fish, it will not get one from us, but it will not get our quota either.", kind="direct", speaker="Sigrún Hallgrímsdóttir", mention="she", cue="said", stance="claim"),
    dict(content="the minister, Terje Lunde, would not respond to “remarks made for a domestic audience”", kind="mixed", speaker="Norwegian fisheries ministry", mention="A spokeswoman for the Norwegian fisheries ministry", cue="said", stance="refusal"),
    dict(content="the Icelandic delegation had raised its demand twice during the final session in Bergen", kind="indirect", speaker="Two Norwegian officials", mention="Two Norwegian officials", cue="said", stance="claim"),
    dict(content="it regretted the collapse of the talks", kind="indirect", speaker="European Union", mention="The European Union", cue="said", stance="claim"),
    dict(content="he would invite both sides to Brussels before the end of the month", kind="indirect", speaker="Pieter van den Broek", mention="The EU’s fisheries commissioner, Pieter van den Broek", cue="said", stance="claim"),
    dict(content="Nobody wins if the stock collapses,", kind="direct", speaker="Pieter van den Broek", mention="van den Broek", cue="told reporters", stance="claim"),
    dict(content="Scientists have been telling us that for ten years.", kind="direct", speaker="Pieter van den Broek", mention="van den Broek", cue="told reporters", stance="claim"),
    dict(content="they had lost more than half their income this season", kind="indirect", speaker="Fishermen in the Icelandic port of Neskaupstaður", mention="Fishermen in the Icelandic port of Neskaupstaður", cue="said", stance="claim"),
    dict(content="We are the ones paying for this,", kind="direct", speaker="Gunnar Ólafsson", mention="Gunnar Ólafsson, who skippers a 40-metre trawler", cue="said", stance="claim"),
    dict(content="The ministers get their salaries either way.", kind="direct", speaker="Gunnar Ólafsson", mention="Gunnar Ólafsson, who skippers a 40-metre trawler", cue="said", stance="claim"),
    dict(content=("Norwegian boats had already accepted cuts", "“cannot be asked to give more so that others can take more”"), kind="mixed", speaker="Arild Sæther", mention="Its chairman, Arild Sæther", cue="said", stance="claim"),
    dict(content="declined [[to comment on the dispute]]", kind="indirect", speaker="International Council for the Exploration of the Sea", mention="The International Council for the Exploration of the Sea", cue="declined", stance="refusal"),
    dict(content="the Commission was considering a temporary cap on landings in EU ports", kind="indirect", speaker="A person familiar with the Brussels plan", mention="A person familiar with the Brussels plan", cue="said", stance="claim"),
    dict(content="they had not been told of any such plan", kind="indirect", speaker="Norway", mention="Officials in Oslo", cue="said", stance="denial"),
]

UNNAMED_SPEAKERS = ["Two Norwegian officials", "Fishermen in the Icelandic port of Neskaupstaður", "A person familiar with the Brussels plan"]

PARTIES = [
    dict(name="Norway", type="GPE", aliases=["Oslo"]),
    dict(name="Iceland", type="GPE", aliases=["Reykjavik"]),
    dict(name="Sigrún Hallgrímsdóttir", type="PERSON", aliases=["Iceland’s fisheries minister"]),
    dict(name="Norwegian fisheries ministry", type="ORG", aliases=["A spokeswoman for the Norwegian fisheries ministry"]),
    dict(name="Terje Lunde", type="PERSON", aliases=["the minister"]),
    dict(name="European Union", type="ORG", aliases=["The European Union", "EU", "the Commission"]),
    dict(name="Pieter van den Broek", type="PERSON", aliases=["van den Broek", "The EU’s fisheries commissioner"]),
    dict(name="Gunnar Ólafsson", type="PERSON", aliases=[]),
    dict(name="Norwegian Fishermen’s Association", type="ORG", aliases=["The Norwegian Fishermen’s Association"]),
    dict(name="Arild Sæther", type="PERSON", aliases=["Its chairman"]),
    dict(name="International Council for the Exploration of the Sea", type="ORG", aliases=["The International Council for the Exploration of the Sea"]),
]
