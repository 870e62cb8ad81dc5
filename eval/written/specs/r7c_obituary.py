# ruff: noqa: E501
"""Gold spec: an obituary of a trade union leader, heavy in recalled reported speech (invented events)."""

# fmt: off
ID = "written-r7c-obituary"
TITLE = "Maureen Tolland, dockers’ leader who faced down two governments, dies at 88"

TEXT = """
Maureen Tolland, who led the National Dock Workers’ Federation through the bitter disputes of the 1980s and later became the first woman to chair the Trades Congress, has died at the age of 88. Her family said she died peacefully at her home in Portlaw on Saturday after a short illness.

Born in 1938 to a crane driver and a school cook, Tolland left school at 15 to work in a shipping office. She later said that she joined the union “because the men were paid double and nobody could tell me why”.

She was elected general secretary of the federation in 1979, the year she once described as “the start of a ten-year war”. Colleagues recalled that she would arrive at negotiations with a flask of tea and refuse to leave until a deal was done.

During the 1984 lockout, when ministers accused the federation of holding the ports to ransom, Tolland insisted that her members wanted only to keep the jobs they had. She told a rally in Portlaw that the government had “declared war on the docks” and that the docks would not surrender.

The dispute ended after eleven months with a settlement that she conceded, years later, had cost more jobs than it saved. In an interview with this newspaper in 2009, she said she had never regretted the strike but had regretted some of the things she said during it.

Lord Fenwick, who as employment secretary was her main opponent in the lockout, paid tribute on Sunday. He said Tolland had been “a formidable and entirely honest adversary” and that they had become friends after both left public life.

The current general secretary of the federation, Kwame Asante, said she had shaped the union for a generation. Without her, he said, there would be no national pay agreement on the docks today.

Tolland was often accused of being too close to the Labour leadership, a charge she always rejected. She told biographers that she had voted against the party’s manifesto twice at conference and would have done so again.

Her daughter, Clare Tolland, said her mother had remained sharp to the end and had been reading the shipping news on the morning she died. She said the family would hold a private funeral, followed by a public memorial in Portlaw in the spring.

The Prime Minister’s office said in a statement that Tolland had been “a giant of the labour movement” whose achievements would be remembered long after the arguments were forgotten.

The Trades Congress said flags at its headquarters would fly at half mast until the funeral.

She is survived by her daughter and two grandchildren. Her husband, Alan, a marine engineer, died in 2011.
"""

QUOTES = [
    dict(content="she died peacefully at her home in Portlaw on Saturday after a short illness", kind="indirect", speaker="Tolland family", mention="Her family", cue="said", stance="claim"),
    dict(content="she joined the union “because the men were paid double and nobody could tell me why”", kind="mixed", speaker="Maureen Tolland", mention="She", cue="later said", stance="claim"),
    dict(content="“the start of a ten-year war”", kind="mixed", speaker="Maureen Tolland", mention="[[she]] once described", cue="described", stance="claim"),
    dict(content="she would arrive at negotiations with a flask of tea and refuse to leave until a deal was done", kind="indirect", speaker="colleagues", mention="Colleagues", cue="recalled", stance="claim"),
    dict(content="of holding the ports to ransom", kind="indirect", speaker="ministers", mention="ministers", cue="accused", stance="claim"),
    dict(content="her members wanted only to keep the jobs they had", kind="indirect", speaker="Maureen Tolland", mention="Tolland", cue="insisted", stance="denial"),
    dict(content="the government had “declared war on the docks” and that the docks would not surrender", kind="mixed", speaker="Maureen Tolland", mention="She", cue="told a rally", stance="claim"),
    dict(content="had cost more jobs than it saved", kind="indirect", speaker="Maureen Tolland", mention="[[she]] conceded", cue="conceded", stance="confirmation"),
    dict(content="she had never regretted the strike but had regretted some of the things she said during it", kind="indirect", speaker="Maureen Tolland", mention="[[she]] said she had", cue="said", stance="claim"),
    dict(content="Tolland had been “a formidable and entirely honest adversary” and that they had become friends after both left public life", kind="mixed", speaker="Lord Fenwick", mention="He", cue="said", stance="claim"),
    dict(content="she had shaped the union for a generation", kind="indirect", speaker="Kwame Asante", mention="The current general secretary of the federation, Kwame Asante", cue="said", stance="claim"),
    dict(content="Without her, he said, there would be no national pay agreement on the docks today", kind="indirect", speaker="Kwame Asante", mention="he", cue="said", stance="claim"),
    dict(content="of being too close to the Labour leadership", kind="indirect", speaker=None, mention=None, cue="accused", stance="claim"),
    dict(content="a charge", kind="indirect", speaker="Maureen Tolland", mention="[[she]] always rejected", cue="rejected", stance="denial"),
    dict(content="she had voted against the party’s manifesto twice at conference and would have done so again", kind="indirect", speaker="Maureen Tolland", mention="She", cue="told biographers", stance="denial"),
    dict(content="her mother had remained sharp to the end and had been reading the shipping news on the morning she died", kind="indirect", speaker="Clare Tolland", mention="Her daughter, Clare Tolland", cue="said", stance="claim"),
    dict(content="the family would hold a private funeral, followed by a public memorial in Portlaw in the spring", kind="indirect", speaker="Clare Tolland", mention="She", cue="said", stance="claim"),
    dict(content="Tolland had been “a giant of the labour movement” whose achievements would be remembered long after the arguments were forgotten", kind="mixed", speaker="Prime Minister's office", mention="The Prime Minister’s office", cue="said in a statement", stance="claim"),
    dict(content="flags at its headquarters would fly at half mast until the funeral", kind="indirect", speaker="Trades Congress", mention="The Trades Congress", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Maureen Tolland", type="PERSON", aliases=["Tolland"]),
    dict(name="National Dock Workers’ Federation", type="ORG", aliases=["the federation"]),
    dict(name="Trades Congress", type="ORG", aliases=[]),
    dict(name="Tolland family", type="PERSON", aliases=["Her family"]),
    dict(name="Lord Fenwick", type="PERSON", aliases=[]),
    dict(name="Kwame Asante", type="PERSON", aliases=[]),
    dict(name="Labour", type="ORG", aliases=[]),
    dict(name="Clare Tolland", type="PERSON", aliases=[]),
    dict(name="Prime Minister's office", type="ORG", aliases=["The Prime Minister’s office"]),
]

UNNAMED_SPEAKERS = ["colleagues", "ministers"]
