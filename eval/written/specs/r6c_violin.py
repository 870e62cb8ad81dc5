# ruff: noqa: E501
"""Gold spec: a magazine feature on a disputed violin attribution and the restorer at its centre (invented events)."""

# fmt: off
ID = "written-r6c-violin"
TITLE = "The Fiddle Detective"

TEXT = """
On a grey morning in Cremona, Ilaria Benedetti holds a violin up to the window and turns it slowly, the way a jeweller turns a stone. “Wood remembers everything,” she says. “The trick is getting it to talk.”

For twenty years the restorer has been one of a handful of people whose word can add, or erase, a million euros from the value of an instrument. Dealers fly in from Tokyo and New York to hear it. So when she announced last spring that a violin sold at auction as the work of the eighteenth-century maker Tommaso Varelli was in fact a clever nineteenth-century copy, the trade took notice.

The auction house, Hallam & Greaves of London, stands by its catalogue. In a written reply to questions for this article, its head of musical instruments, Oliver Greaves, said the firm had “every confidence” in the attribution, which he pointed out had been supported by two independent experts before the sale.

Benedetti is not persuaded. The varnish, she says, is wrong, and the wood of the back was cut from a tree that, according to her tree-ring analysis, was still standing in 1790, decades after Varelli died.

That analysis was carried out by Marcus Lindahl, a dendrochronologist at the University of Uppsala, who is careful about what it can show. “I can tell you when the tree was felled, roughly. I can’t tell you who made the violin,” he says. He does concede that a felling date after 1785 “makes a Varelli attribution very hard to sustain.”

The buyer, a Singapore-based collector who has asked not to be named, paid 1.4 million euros for the instrument. Through a lawyer, the collector said they were “considering all options.”

The soloist who played the violin at its launch concert, Anya Korvel, is less interested in the paperwork. The actor’s daughter grew up in Riga and was playing Bach partitas in public at nine. Asked whether she could hear the difference between a Varelli and a good copy, she laughed. “On a good day, in a good hall? Maybe. Anyone who tells you they always can is selling something.”

It is a view that many in the trade share, privately. Several dealers who spoke to this magazine said the market had become too dependent on a few famous names, Benedetti’s among them. None would be quoted by name.

Her critics go further. Piers Holroyd, a London dealer who has clashed with Benedetti before, claims she has a commercial interest in knocking down attributions because her own workshop sells modern copies. It is a charge she calls “absurd.”

“I have never sold a copy as anything but a copy,” Benedetti says, a little sharply. “Mr Holroyd knows that.”

Holroyd, for his part, says he has nothing against her personally. “She is a gifted restorer,” he says. “That doesn’t make her an oracle.”

The dispute may end up in the High Court in London, where the collector’s lawyers are said to be preparing a claim. Until then, the violin sits in a bank vault in Zurich, unplayed.

Benedetti, for one, seems unbothered. The instrument, she insists, is a beautiful thing whoever made it. “That is the sad part. It’s a wonderful violin. It just isn’t the violin they said it was.”
"""

QUOTES = [
    dict(content="Wood remembers everything,", kind="direct", speaker="Ilaria Benedetti", mention="she", cue="says", stance="claim"),
    dict(content="The trick is getting it to talk.", kind="direct", speaker="Ilaria Benedetti", mention="she", cue="says", stance="claim"),
    dict(content="a violin sold at auction as the work of the eighteenth-century maker Tommaso Varelli was in fact a clever nineteenth-century copy", kind="indirect", speaker="Ilaria Benedetti", mention="she", cue="announced", stance="claim"),
    dict(content=("the firm had “every confidence”", "two independent experts before the sale"), kind="mixed", speaker="Oliver Greaves", mention="its head of musical instruments, Oliver Greaves", cue="said", stance="denial"),
    dict(content=("The varnish, she says, is wrong", "decades after Varelli died"), kind="indirect", speaker="Ilaria Benedetti", mention="[[she]] says", cue="says", stance="denial"),
    dict(content="I can tell you when the tree was felled, roughly. I can’t tell you who made the violin,", kind="direct", speaker="Marcus Lindahl", mention="he", cue="says", stance="claim"),
    dict(content="a felling date after 1785 “makes a Varelli attribution very hard to sustain.”", kind="mixed", speaker="Marcus Lindahl", mention="He", cue="concede", stance="confirmation"),
    dict(content="they were “considering all options.”", kind="mixed", speaker="The buyer", mention="the collector", cue="said", stance="claim"),
    dict(content="On a good day, in a good hall? Maybe. Anyone who tells you they always can is selling something.", kind="direct", speaker="Anya Korvel", mention="[[she]] laughed", cue="laughed", stance="claim"),
    dict(content="the market had become too dependent on a few famous names, Benedetti’s among them", kind="indirect", speaker="Several dealers who spoke to this magazine", mention="Several dealers who spoke to this magazine", cue="said", stance="claim"),
    dict(content="she has a commercial interest in knocking down attributions because her own workshop sells modern copies", kind="indirect", speaker="Piers Holroyd", mention="Piers Holroyd, a London dealer who has clashed with Benedetti before", cue="claims", stance="claim"),
    dict(content="absurd.", kind="direct", speaker="Ilaria Benedetti", mention="[[she]] calls", cue="calls", stance="denial"),
    dict(content="I have never sold a copy as anything but a copy,", kind="direct", speaker="Ilaria Benedetti", mention="Benedetti", cue="says", stance="denial"),
    dict(content="Mr Holroyd knows that.", kind="direct", speaker="Ilaria Benedetti", mention="Benedetti", cue="says", stance="denial"),
    dict(content="he has nothing against her personally", kind="indirect", speaker="Piers Holroyd", mention="Holroyd", cue="says", stance="claim"),
    dict(content="She is a gifted restorer,", kind="direct", speaker="Piers Holroyd", mention="[[he]] says.", cue="says", stance="claim"),
    dict(content="That doesn’t make her an oracle.", kind="direct", speaker="Piers Holroyd", mention="[[he]] says.", cue="says", stance="claim"),
    dict(content="The instrument, she insists, is a beautiful thing whoever made it", kind="indirect", speaker="Ilaria Benedetti", mention="she", cue="insists", stance="claim"),
    dict(content="That is the sad part. It’s a wonderful violin. It just isn’t the violin they said it was.", kind="direct", speaker="Ilaria Benedetti", mention="she", cue="insists", stance="claim"),
]

UNNAMED_SPEAKERS = ["The buyer", "Several dealers who spoke to this magazine"]

PARTIES = [
    dict(name="Ilaria Benedetti", type="PERSON", aliases=["Benedetti", "the restorer"]),
    dict(name="Hallam & Greaves", type="ORG", aliases=["The auction house", "the firm"]),
    dict(name="Oliver Greaves", type="PERSON", aliases=[]),
    dict(name="Marcus Lindahl", type="PERSON", aliases=[]),
    dict(name="University of Uppsala", type="ORG", aliases=[]),
    dict(name="Anya Korvel", type="PERSON", aliases=["The soloist who played the violin at its launch concert"]),
    dict(name="Piers Holroyd", type="PERSON", aliases=["Holroyd", "Mr Holroyd"]),
    dict(name="Tommaso Varelli", type="PERSON", aliases=["Varelli"]),
    dict(name="High Court", type="ORG", aliases=[]),
]
