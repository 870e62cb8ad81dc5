"""Name rules of news English, shared by the analyser (briefing.nlp.parties) and the briefing
(briefing.morning): how a mention reads as a name, which first names can be one person's, and
the comparison key of an organisation or a state. Standard library only, so the briefing needs
no spaCy to merge parties across articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

# Short forms of given names that news uses for the same person: "Bill Clinton" is "William Clinton".
NICKNAMES = {
    "bill": "william",
    "will": "william",
    "billy": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "dick": "richard",
    "rick": "richard",
    "jim": "james",
    "jimmy": "james",
    "mike": "michael",
    "tom": "thomas",
    "tony": "anthony",
    "joe": "joseph",
    "ted": "edward",
    "ed": "edward",
    "chuck": "charles",
    "charlie": "charles",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "katie": "katherine",
    "peggy": "margaret",
    "jack": "john",
    "dan": "daniel",
    "dave": "david",
    "steve": "steven",
    "alex": "alexander",
    "nick": "nicholas",
    "ben": "benjamin",
    "sam": "samuel",
    "pat": "patrick",
    "tim": "timothy",
    "andy": "andrew",
    "greg": "gregory",
    "matt": "matthew",
    "chris": "christopher",
}
# The usual names of states that news writes several ways ("the US", "Britain"); value: canonical name.
STATE_ALIASES = {
    "us": "United States",
    "usa": "United States",
    "united states": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "united kingdom": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "prc": "China",
    "people's republic of china": "China",
    "uae": "United Arab Emirates",
    "russian federation": "Russia",
}

# Capitals that news uses for their governments ("Washington said", "Beijing warned", "talks between
# Kyiv and Moscow"): one party with the state, never a second party beside it.
CAPITALS = {
    "washington": "United States",
    "moscow": "Russia",
    "beijing": "China",
    "tehran": "Iran",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "tokyo": "Japan",
    "ankara": "Turkey",
    "damascus": "Syria",
    "riyadh": "Saudi Arabia",
    "new delhi": "India",
    "islamabad": "Pakistan",
    "kabul": "Afghanistan",
    "baghdad": "Iraq",
    "caracas": "Venezuela",
    "havana": "Cuba",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
}
# A state's other names and its capital name one party ("Tehran" is Iran's government in news).
STATE_NAMES = {**STATE_ALIASES, **CAPITALS}


# Abbreviations that end a name (of a person: "Jr.", "Sr."; of a company: "Inc.", "Ltd."): their full
# stop is part of the name, not the end of the sentence.
_ABBREVIATED_SUFFIX = re.compile(r"\s(?:Jr|Sr|Inc|Ltd|Corp|Co|Bros)\.$")


# Pure functions of a string asked again and again for the same names: answered once (bounded, so a long
# text keeps memory flat).
_NAMES_KEPT = 8192


@lru_cache(maxsize=_NAMES_KEPT)
def clean_name(text: str) -> str:
    """A mention as a name: no leading article, no trailing possessive or punctuation."""
    text = " ".join(text.split())
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    text = re.sub(r"['’]s?$", "", text)
    if re.search(r"(?:\b[A-Za-z]\.){2,}$", text) or _ABBREVIATED_SUFFIX.search(text.rstrip(' ,;:"”)')):
        return text.strip(' ,;:-—–()[]"“”')  # keep the last full stop of "U.S.", "Jr.", "Inc."
    return text.strip(' ,.;:-—–()[]"“”')


@lru_cache(maxsize=_NAMES_KEPT)
def plain_word(word: str) -> str:
    """A word as names are compared: lower case, no full stops, straight apostrophes."""
    return word.lower().replace(".", "").translate(_APOSTROPHES)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def same_first_name(a: str, b: str) -> bool:
    """Whether two first names can be one person's: equal, initial, nickname, or a spelling variant."""
    a, b = a.strip("."), b.strip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if NICKNAMES.get(a, a) == NICKNAMES.get(b, b):
        return True
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True  # "Rob" / "Robert"
    # Transliterations differ by a letter ("Saeid" / "Saeed").
    return a[0] == b[0] and min(len(a), len(b)) >= 4 and _edit_distance_at_most_one(a, b)


@lru_cache(maxsize=_NAMES_KEPT)
def org_key(text: str) -> str:
    """A comparison key for organisations and states."""
    key = plain_word(clean_name(text))
    key = re.sub(r"\s+", " ", key)
    match = re.fullmatch(r"(department|ministry|office) of (the )?(.+)", key)
    if match:
        key = f"{match.group(3)} {match.group(1)}"  # "department of state" -> "state department"
    return STATE_NAMES.get(key, key).lower() if key in STATE_NAMES else key
