"""Parties: one per real-world actor, however the article names it.

spaCy's entities (PERSON, ORG, GPE, NORP) are clustered by rules about news
names: a surname joins the full name it belongs to, first names that are a
nickname or a transliteration of each other ("Rob"/"Robert", "Saeid"/"Saeed")
join when the surname agrees, the usual spellings of a state are one state
("US", "U.S.", "United States", "America"), "Department of State" is "State
Department", an acronym joins the name it abbreviates, and a nationality
(NORP) joins its state. A surname that spaCy labelled ORG or GPE is repaired
to PERSON when the article names that person in full.

Unnamed sources ("a spokesman for Iran's mission") are records of their own
(``Party.unnamed``), added while speakers are resolved, attached to the party
they speak for; where the user sees parties they are listed under it, or apart
(``briefing.model.listed_under``). An organisation described through a named
party ("Iran's mission to the UN") is a party. Spans spaCy glued ("envoy to
Ukraine Kurt Volker") are split into the place and the person; a state name
tagged as a person is the state; a name joined by a function word or ending in
an institution's word is an organisation; a role written as a title ("Director
Comey") is no part of the name; a political party and its members ("Democratic
Party", "Democrats") are one actor. The first word of one longer organisation
name is that organisation, however it was tagged alone ("Acme" beside "Acme
Rail Holdings"), unless it is a place the tagger always calls one; short names
of institutions ("the Fed", "the Pentagon") are the full name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from briefing.model import Mention, Party
from briefing.names import STATE_NAMES, clean_name, org_key, plain_word, same_first_name
from briefing.nlp.lexicon import (
    ADDRESS_NAME_ENDINGS,
    CAMPAIGN_GROUP_WORDS,
    CLUB_NAME_OPENINGS,
    CLUB_NAME_WORDS,
    COMMON_FIRST_NAMES,
    COMPANY_NAME_WORDS,
    COMPANY_NOUNS,
    COURTESY_TITLES,
    DEMONYMS,
    FEMALE_ROLE_NOUNS,
    FEMALE_TITLES,
    HONORIFICS,
    INSTITUTION_HEADS,
    INSTITUTION_SHORT_NAMES,
    INSTITUTION_WORDS,
    MALE_ROLE_NOUNS,
    MALE_TITLES,
    NAME_SUFFIXES,
    NON_COMPANY_KINDS,
    NON_COMPANY_NAME_WORDS,
    ORG_FUNCTION_WORDS,
    ORG_JOINING_WORDS,
    ORG_KIND_WORDS,
    ORG_NAME_PARTICLES,
    PERSON_ROLES,
    PRODUCER_NAME_WORDS,
    PUBLIC_BODY_HEADS,
    ROLE_COMPLEMENT_PREPOSITIONS,
    ROLE_FORMS,
    STATE_BODY_HEADS,
    STATE_OF_CAPITAL,
    SURNAME_PARTICLES,
    SURNAME_TRADING_WORDS,
    TITLE_ROLE_NOUNS,
    TITLES,
    TRADING_NAME_WORDS,
)

# Last words of a business's name: designators, trading and producers' words ("… Holdings", "… Capital").
_BUSINESS_NAME_ENDINGS = COMPANY_NAME_WORDS | TRADING_NAME_WORDS | PRODUCER_NAME_WORDS
# The canonical names of the states news writes several ways: never a short form of an organisation.
_STATES = frozenset(STATE_NAMES.values())
# The keys of the states whose capitals the article may use for them.
# A state's key -> the capitals (by key) that stand for it; keyed once, not for every article.
_CAPITALS_OF_STATE: dict[str, list[str]] = {}
for _capital, _states in STATE_OF_CAPITAL.items():
    for _state in _states:
        _CAPITALS_OF_STATE.setdefault(org_key(_state), []).append(_capital)
_CAPITAL_STATES = frozenset(_CAPITALS_OF_STATE)
# How far after a bare surname a full name still belongs to the same clause ("Clinton declared of
# Hillary Clinton").
_SAME_CLAUSE_CHARS = 60


_WORDS = re.compile(r"[\w'’.-]+")


@lru_cache(maxsize=8192)  # asked again and again of the same names
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text))


def _headed_by(name: str, head: str) -> bool:
    """Whether one of a name's first four words is its head noun ``head``: the last word ("the Clinton
    campaign") or one a lower-case word follows ("Iran's mission to the UN"); not a word that modifies the
    capitalised noun after it ("Charity Commission" is no charity)."""
    words = _words(name)[:4]
    for at, word in enumerate(words):
        if plain_word(word) == head:
            after = words[at + 1] if at + 1 < len(words) else None
            if after is None or after.islower() or at + 1 == len(_words(name)):
                return True
    return False


def _person_parts(name: str) -> tuple[list[str], str | None]:
    """The words of a person's name without titles, and a gender the title shows."""
    gender = None
    words = [plain_word(w) for w in _words(name)]
    kept = []
    for word in words:
        if not kept and (word in TITLES or word in PERSON_ROLES):  # "Director Comey": a role as a title
            if word in MALE_TITLES:
                gender = "m"
            elif word in FEMALE_TITLES:
                gender = "f"
            continue
        kept.append(word)
    while len(kept) > 1 and kept[-1] in NAME_SUFFIXES:
        kept.pop()
    if len(kept) > 1 and kept[0] in SURNAME_PARTICLES:
        kept = kept[-1:]  # "Van Houten said": the surname of "Pieter van Houten", not a first name
    return kept, gender


def _holder_words(role: str) -> set[str]:
    """The words of a role before its complement ("senior adviser" of "senior adviser to the mayor"), with
    the role nouns a title stands for ("Sen." is a senator): what a description of the holder may say."""
    holder: set[str] = set()
    for word in _words(role):
        if word.lower() in ROLE_COMPLEMENT_PREPOSITIONS:
            break
        holder.add(role_word(word))
    return holder | {noun for word in holder for noun in TITLE_ROLE_NOUNS.get(word, ())}


def gender_of_role(role: str) -> str | None:
    """The gender a role noun shows, the article's own evidence: "Dana Reyes, a spokeswoman", "the
    businessman X", "her husband, Robert Finch"; None when it shows none or both."""
    words = {plain_word(w) for w in _words(role)}
    female, male = bool(words & FEMALE_ROLE_NOUNS), bool(words & MALE_ROLE_NOUNS)
    return "f" if female and not male else "m" if male and not female else None


@lru_cache(maxsize=8192)  # a pure function of the word, asked for every word of every role
def role_word(word: str) -> str:
    """A word of a role as roles are compared: plain, without a possessive ("the ministry's"), and
    one form for a role that differs only by gender ("spokeswoman" is "spokesperson")."""
    plain = re.sub(r"'s$", "", plain_word(word))
    return ROLE_FORMS.get(plain, plain)


def _office_title(name: str) -> bool:
    """Whether a name opens with the title of an office ("Senator", "Vice President"), not a courtesy
    title such as "Mr." that any man carries."""
    words = [plain_word(w) for w in _words(name)]
    return (
        bool(words) and words[0] not in COURTESY_TITLES and (words[0] in TITLES or words[0] in PERSON_ROLES)
    )


def _looks_like_a_person(name: str) -> bool:
    """Two or three capitalised words starting with a common first name ("Dragan" is not one, "James" is)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() in INSTITUTION_WORDS:
        return False
    return all(w[:1].isupper() for w in words) and words[0].lower() in COMMON_FIRST_NAMES


def _with_post_nominal_letters(name: str) -> bool:
    """'Nadia Rahman KC', 'Tom Reid MP', 'Carl Ames Jr.': two or three capitalised words and the letters
    only a person writes after a name."""
    words = name.split()
    return (
        3 <= len(words) <= 4
        and plain_word(words[-1]) in NAME_SUFFIXES
        and all(w[:1].isupper() for w in words[:-1])
    )


def _named_like(name: str, person_surnames: set[str]) -> bool:
    """Two or three capitalised words ending in a surname the article uses for a person."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() in INSTITUTION_WORDS:
        return False
    return all(w[:1].isupper() for w in words) and plain_word(words[-1]) in person_surnames


def _organisation_shaped(name: str) -> bool:
    """A name joined by a function word ("Alliance Against Hunger", "Rivera & Sons") or ending in an
    institution's word ("the Okafor Foundation") names an organisation, never a person."""
    words = name.split()
    if len(words) < 2:
        return False
    joined = any(w == "&" or w.lower() in ORG_JOINING_WORDS for w in words[1:-1])
    return joined or words[-1].lower() in INSTITUTION_HEADS


def _named_for_a_place(name: str) -> bool:
    """Two capitalised words ending in a word for an address or a building ("Downing Street", "Manor
    Palace") and not opening with a common first name."""
    words = clean_name(name).split()
    return (
        len(words) == 2
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in ADDRESS_NAME_ENDINGS
        and words[0].lower() not in COMMON_FIRST_NAMES
    )


def _club_shaped(name: str) -> bool:
    """Two or three capitalised words ending in a word of a sports club's name ("Kingsford Town", "Ashby
    Rovers", "Port Vale Athletic") or opening with "Team" ("Team Brightline"), and not opening with a common
    first name: a club, never a person."""
    words = clean_name(name).split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and (words[-1].lower() in CLUB_NAME_WORDS or words[0].lower() in CLUB_NAME_OPENINGS)
        and words[0].lower() not in COMMON_FIRST_NAMES
    )


def organisation_shaped(name: str) -> bool:
    """Whether a name is an organisation's by its shape: a function word inside it ("Office for the
    District of X") or an institution's word at its end, a place's name ("Downing Street"), or a business's
    ("Harbour Rail", "Westfold Creamery")."""
    return _organisation_shaped(name) or _named_for_a_place(name) or _business_shaped(name)


def _solid(key: str) -> str:
    """An organisation's key written solid, without a leading "the": a brand written as one word or
    two ("TheTally", "The Tally") is one name."""
    solid = key.replace(" ", "")
    return solid[3:] if solid.startswith("the") and len(solid) >= 8 else solid


def _capitals_of_named_states(mentions: Iterable[EntityMention]) -> dict[str, tuple[str, str]]:
    """The capitals (by key) of the states an article names, each with its state's key and name as the
    article first writes it: "Vienna" is Austria where the article names Austria."""
    named: dict[str, str] = {}
    for mention in mentions:
        key = org_key(mention.text)
        if mention.label == "GPE" or (mention.label == "ORG" and key in _CAPITAL_STATES):  # "Moldova" as ORG
            named.setdefault(key, clean_name(mention.text))
    found = {}
    for key, name in named.items():
        for capital in _CAPITALS_OF_STATE.get(key, ()):
            if capital != key:
                found[capital] = (key, name)
    return found


def _mixed_case_acronym(name: str) -> bool:
    """'MoD', 'DfT', 'DoJ': an acronym that writes the small words of the name in lower case."""
    return (
        3 <= len(name) <= 5
        and name.isalpha()
        and name[0].isupper()
        and name[-1].isupper()
        and not name.isupper()
    )


def _acronym_of(acronym: str, name: str) -> bool:
    """Whether a word in capitals can be the acronym of a name: it opens with the name's first letter and
    its letters come in the name's order ("DFA" of "Department of Foreign Affairs", "KEMRI" of "Kenya
    Medical Research Institute")."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    words = clean_name(name).split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or acronym[0] != words[0][:1].upper():
        return False
    letters = iter("".join(words).upper())
    return all(letter in letters for letter in acronym)


def _trading_name(name: str) -> bool:
    """Two to four capitalised words ending in a trading word ("Harbourside Estates", "Coastal Rail"), not
    opening with a common first name: a business's name, though the tagger called it a place."""
    words = clean_name(name).split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in TRADING_NAME_WORDS
        and words[0].lower() not in COMMON_FIRST_NAMES
    )


def _producer_name(name: str) -> bool:
    """Two to four capitalised words ending in a producer's word ("Westfold Creamery", "Orrin
    Pharmaceuticals", "Tarsk Motors"), not opening with a common first name: a business's name, though the
    tagger called it a person or a place."""
    words = clean_name(name).split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and plain_word(words[-1]) in PRODUCER_NAME_WORDS
        and words[0].lower() not in COMMON_FIRST_NAMES
    )


def _business_shaped(name: str) -> bool:
    """A name ending in a producer's word ("Westfold Creamery") or a trading word that is no common surname
    ("Harbour Rail", not "Samantha Power"): a business's name, whatever the tagger called it."""
    return _producer_name(name) or (
        _trading_name(name) and plain_word(name.split()[-1]) not in SURNAME_TRADING_WORDS
    )


def _opens_trading_name(words: str, keys: Iterable[str]) -> bool:
    """Whether one of these organisation keys is ``words`` and then a name ending with a designator or a
    trading word ("… Group", "… Energy Systems", "… Water"): "Voltra", "Calder Valley" for the business."""
    for key in keys:
        rest = key.removeprefix("the ").removeprefix(words + " ")
        if rest != key.removeprefix("the ") and rest.split()[-1] in COMPANY_NAME_WORDS | TRADING_NAME_WORDS:
            return True
    return False


def _initials(key: str) -> str:
    """The letters an acronym of a name takes: not its small words, English ("of", "and") or another
    language's after the first word ("CNP" of "Companhia Nacional de Portos", but "LM" of "Le Monde")."""
    words = key.split()
    return "".join(
        w[0]
        for n, w in enumerate(words)
        if w and w not in ORG_FUNCTION_WORDS and (n == 0 or w not in ORG_NAME_PARTICLES)
    )


@dataclass
class EntityMention:
    start: int
    end: int
    text: str
    label: str
    is_subject: bool = False
    in_quote: bool = False
    modifier: bool = False  # a nationality used as an adjective: "a European company"
    gender: str | None = None  # of the he/she that follows a full name (analyze._pronoun_after)
    role_gender: str | None = None  # of a role noun written with the name: "her husband, Robert Finch"
    called_which: bool = (
        False  # "Dennis Shipping, which owns the ferry,": a thing, whatever its words look like
    )
    acts: bool = False  # the subject of a verb in any clause ("before Brackwell failed")


@dataclass
class _Cluster:
    label: str
    names: list[str] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)
    first_names: set[str] = field(default_factory=set)
    surname: str = ""
    roles: list[str] = field(default_factory=list)
    role_words: list[frozenset[str]] = field(default_factory=list)
    gender: str | None = None
    pronoun_gender: str | None = None  # of the he/she that follows a full name: weak evidence
    canonical: str | None = None  # a fixed display name (states)
    unnamed: bool = False
    parent: int | None = None
    key: str = ""
    group: bool = False  # a nationality or political group that is not a state
    plural: bool = False  # an unnamed group ("officials"): "they", never "he" or "she"
    kinds: set[str] = field(default_factory=set)  # what the article calls an organisation: "the company, X"

    starts: list[int] = field(default_factory=list)  # of the mentions, sorted, for bisection

    def add(self, mention: EntityMention, name: str) -> None:
        self.mentions.append(mention)
        insort(self.starts, mention.start)
        if name and name not in self.names:
            self.names.append(name)


class PartyIndex:
    """Clusters entity mentions into parties, then answers which party a span names."""

    def __init__(self, mentions: Iterable[EntityMention]) -> None:
        self._clusters: list[_Cluster] = []
        self._by_span: dict[tuple[int, int], int] = {}
        self._keys: dict[str, int] = {}
        self._people_by_word: dict[str, list[int]] = {}  # surname or first name -> person clusters
        self._by_role_word: dict[str, set[int]] = {}  # a word of a recorded role -> clusters
        self._solid_keys: dict[str, int] = {}  # an organisation's key without spaces or a leading "the"
        self._glued: dict[tuple[int, int], tuple[int, int]] = {}  # a place+person span -> the person's
        self._capitals: dict[str, tuple[str, str]] = {}  # a capital's key -> its state's key and name
        self._build(sorted(mentions, key=lambda m: (m.start, m.end)))

    # --- building -----------------------------------------------------------

    def _build(self, mentions: list[EntityMention]) -> None:
        places = {m.text for m in mentions if m.label == "GPE"}
        for mention in mentions:
            if mention.label == "PERSON" and plain_word(clean_name(mention.text)) in STATE_NAMES:
                mention.label = "GPE"  # spaCy's slip: "Kyiv" tagged as a person
            elif mention.label == "PERSON" and _organisation_shaped(mention.text):
                mention.label = "ORG"  # "Alliance Against Hunger", "Rivera & Sons", "Okafor Foundation"
            elif mention.label == "GPE" and _trading_name(mention.text):
                mention.label = "ORG"  # "Harbourside Estates", "Kestrel Airways": a business, not a place
            elif mention.label in ("PERSON", "GPE") and _business_shaped(mention.text):
                mention.label = "ORG"  # "Westfold Creamery announced", "Harbour Rail said": a business
            elif mention.label == "PERSON" and _club_shaped(mention.text):
                mention.label = "ORG"  # "Kingsford Town were leading", "Ashby Rovers said": a club
            elif mention.label == "PERSON" and _named_for_a_place(mention.text):
                mention.label = (
                    "ORG"  # "Downing Street said", "Lambeth Bridge": a place's name, never a person
                )
        # "Kingsport Rovers … Rovers led 2-1": a club called by its name's last word, tagged a person
        club_ends = {
            clean_name(m.text).split()[-1] for m in mentions if m.label == "ORG" and _club_shaped(m.text)
        }
        for mention in mentions:
            words = clean_name(mention.text).split()
            if (
                mention.label == "PERSON"
                and words
                and words[0] in club_ends
                and words[0].lower() in CLUB_NAME_WORDS
            ):
                mention.label = "ORG"
        mentions = self._split_glued_places(mentions, places)
        self._capitals = _capitals_of_named_states(mentions)
        name_words = {
            word for m in mentions if m.label == "PERSON" and " " in m.text.strip() for word in _words(m.text)
        }
        for mention in mentions:
            if (
                mention.label == "PERSON"
                and org_key(mention.text) in self._capitals
                and " " not in mention.text.strip()
                and clean_name(mention.text) not in name_words
            ):
                mention.label = "GPE"  # "Dodoma said" beside Tanzania: no person the article names in full
        # A surname the article itself tags, alone, as a person ("Petrović" beside an ORG "Dragan Petrović").
        # Only a surname that acts as a person ("Petrović told reporters") or has a title ("Mr. Martin"),
        # not a stray word spaCy tagged inside a name ("the Institute for Maritime and Energy Policy").
        person_names = [
            _person_parts(m.text)[0]
            for m in mentions
            if m.label == "PERSON" and (m.is_subject or len(_words(m.text)) > 1)
        ]
        person_surnames = {words[0] for words in person_names if len(words) == 1}  # "Petrović", "Mr. Martin"
        for mention in mentions:
            if (
                mention.label in ("ORG", "GPE")
                and not mention.called_which
                and not _business_shaped(mention.text)
                and not _club_shaped(mention.text)  # "Rovers said" alone makes no person of the club
                and (
                    _looks_like_a_person(mention.text)
                    or _named_like(mention.text, person_surnames)
                    or _with_post_nominal_letters(mention.text)
                )
            ):
                mention.label = "PERSON"  # spaCy's slip: "Dragan Petrović" tagged ORG
        org_keys = {org_key(m.text) for m in mentions if m.label == "ORG"}
        for mention in mentions:
            if (
                mention.label == "PERSON"
                and len(words := _person_parts(mention.text)[0]) >= 2
                and _opens_trading_name(" ".join(words), org_keys)
            ):
                mention.label = "ORG"  # "Calder Valley lost …" beside "Calder Valley Water": the business
        people = [m for m in mentions if m.label == "PERSON"]
        full = [m for m in people if len(_person_parts(m.text)[0]) >= 2]
        for mention in full:
            self._add_full_person(mention)
        surnames = {c.surname: i for i, c in enumerate(self._clusters)}
        # "foreign ministry spokesman Wang Dehai … Wang said": a name written surname first is referred to by
        # its first word; alone, as a subject, spaCy may call it an organisation.
        first_words = {w for c in self._clusters if c.label == "PERSON" for w in c.first_names}
        # Nationalities last, so they find the states the article names anywhere.
        for mention in sorted(mentions, key=lambda m: m.label == "NORP"):
            if (mention.start, mention.end) in self._by_span:
                continue
            words, gender = _person_parts(mention.text)
            plain = " ".join(words)
            if mention.label != "PERSON" and plain in surnames:
                mention.label = "PERSON"  # spaCy's slip: a surname of a person named in full
            elif mention.label == "ORG" and mention.is_subject and plain in first_words and " " not in plain:
                mention.label = "PERSON"
            if mention.label == "PERSON":
                self._add_short_person(mention, words, gender)
            elif mention.label == "NORP":
                self._add_nationality(mention)
            else:
                self._add_organisation(mention)
        self._join_bracketed_acronyms(mentions)
        self._join_acronyms()
        self._own_state_bodies()
        self._join_short_forms()
        self._join_first_words()
        self._join_parties_to_members()
        for glued, person in self._glued.items():
            if person in self._by_span:  # the glued span's words (by token) still find the person
                self._by_span[glued] = self._by_span[person]

    def _split_glued_places(self, mentions: list[EntityMention], places: set[str]) -> list[EntityMention]:
        """'envoy to Ukraine Kurt Volker': spaCy glued a place the article names to the person after it.
        A name that starts with a place tagged elsewhere, followed by two or three capitalised words
        that read as a person (a common first name, or a last word the article also uses on its own),
        is the place and the person."""
        alone = {m.text for m in mentions}
        split: list[EntityMention] = []
        for mention in mentions:
            parts = self._glued_place(mention, places, alone)
            if parts is None:
                split.append(mention)
                continue
            place, person = parts
            split += [place, person]
            self._glued[(mention.start, mention.end)] = (person.start, person.end)
        return sorted(split, key=lambda m: (m.start, m.end))

    @staticmethod
    def _glued_place(
        mention: EntityMention, places: set[str], alone: set[str]
    ) -> tuple[EntityMention, EntityMention] | None:
        if mention.label == "NORP":
            return None
        for place in places:
            if not mention.text.startswith(place + " ") or place == mention.text:
                continue
            rest = mention.text[len(place) + 1 :]
            words = rest.split()
            if not 2 <= len(words) <= 3 or words[-1].lower() in INSTITUTION_WORDS:
                continue
            if not all(w[:1].isupper() for w in words):
                continue
            if words[0].lower() not in COMMON_FIRST_NAMES and words[-1] not in alone:
                continue
            start = mention.start + len(place) + 1
            return (
                EntityMention(
                    mention.start, mention.start + len(place), place, "GPE", in_quote=mention.in_quote
                ),
                EntityMention(start, mention.end, rest, "PERSON", mention.is_subject, mention.in_quote),
            )
        return None

    def _new_cluster(self, cluster: _Cluster) -> int:
        self._clusters.append(cluster)
        index = len(self._clusters) - 1
        if cluster.label == "PERSON":
            for word in {cluster.surname, *cluster.first_names}:
                self._people_by_word.setdefault(word, []).append(index)
        return index

    def _people_named(self, word: str) -> list[int]:
        """Person clusters with ``word`` as surname or first name, in the order they were made."""
        return self._people_by_word.get(word, [])

    def _link(self, index: int, mention: EntityMention, name: str) -> None:
        self._clusters[index].add(mention, name)
        self._by_span[(mention.start, mention.end)] = index

    def _add_full_person(self, mention: EntityMention) -> None:
        words, gender = _person_parts(mention.text)
        gender = gender or mention.role_gender  # the article's own evidence: a title or a role noun
        first, surname = words[0], words[-1]
        for index in self._people_named(surname):
            cluster = self._clusters[index]
            if cluster.label != "PERSON" or cluster.surname != surname:
                continue
            if any(same_first_name(first, known) for known in cluster.first_names):
                if first not in cluster.first_names:
                    cluster.first_names.add(first)
                    self._people_by_word.setdefault(first, []).append(index)
                cluster.gender = cluster.gender or gender
                cluster.pronoun_gender = cluster.pronoun_gender or mention.gender
                self._link(index, mention, clean_name(mention.text))
                return
        cluster = _Cluster(
            "PERSON", first_names={first}, surname=surname, gender=gender, pronoun_gender=mention.gender
        )
        self._link(self._new_cluster(cluster), mention, clean_name(mention.text))

    def _add_short_person(self, mention: EntityMention, words: list[str], gender: str | None) -> None:
        if not words:
            return
        word = words[-1]
        candidates = sorted(
            i
            for i in set(self._people_named(word))
            if (c := self._clusters[i]).label == "PERSON"
            and (c.surname == word or (word in c.first_names and not c.unnamed))
        )
        # "The tenant, Maria Dunmore, … Ms Dunmore … Ms Dunmore's mother, Agnes Dunmore": a short name
        # refers back to someone named before it, not to a namesake the article names only later.
        earlier = [i for i in candidates if self._clusters[i].starts[0] < mention.start]
        if earlier:
            candidates = earlier
        if gender:  # "Mr. Clinton": the Clinton a title showed to be a man, else one whose gender is unknown
            matching = [i for i in candidates if self._clusters[i].gender in (None, gender)]
            # Of several, the one named before that the article showed to be a man (a title, "her
            # husband, Robert Finch"), else the one a pronoun after the full name did: weak evidence,
            # used only to tell apart people who share a surname. Nearness alone would give "Mr." to a
            # woman named since whose gender the article has not shown yet.
            shown = [
                i
                for i in matching
                if self._clusters[i].gender == gender and self._clusters[i].starts[0] < mention.start
            ]
            hinted = [i for i in matching if self._clusters[i].pronoun_gender == gender]
            if shown and len(matching) > 1:
                candidates = shown
            else:
                candidates = hinted if hinted and len(matching) > 1 else matching or candidates
        introduced = [i for i in candidates if self._clusters[i].starts[0] < mention.start]
        titled = self._named_with_title(introduced, mention.text) if len(introduced) > 1 else []
        if len(titled) == 1:
            # "Tom Harrow … Cllr Derek Harrow … Cllr Harrow said": the one the title was written with
            candidates = titled
        elif _office_title(mention.text) and len(introduced) > 1:
            # "Vice President Biden" beside Joe and Hunter Biden: an office is the principal's, the one
            # the article named first, not a relative named since.
            candidates = [min(introduced, key=lambda i: self._clusters[i].starts[0])]
        if candidates:
            self._link(self._nearest(candidates, mention.start), mention, clean_name(mention.text))
            if gender and self._clusters[self._by_span[(mention.start, mention.end)]].gender is None:
                self._clusters[self._by_span[(mention.start, mention.end)]].gender = gender
            return
        cluster = _Cluster("PERSON", first_names=set(), surname=word, gender=gender)
        self._link(self._new_cluster(cluster), mention, clean_name(mention.text))

    def _named_with_title(self, candidates: list[int], name: str) -> list[int]:
        """Of people sharing a surname, those the article named with the office title this short name opens
        with ("Cllr Derek Harrow", or "Derek Harrow, a councillor" for "Cllr Harrow")."""
        words = [plain_word(w) for w in _words(name)]
        if len(words) < 2 or not _office_title(name):
            return []
        title = words[0]
        nouns = {title} | TITLE_ROLE_NOUNS.get(title, frozenset())
        found = []
        for index in candidates:
            cluster = self._clusters[index]
            opens = any(plain_word(n.split()[0]) == title for n in cluster.names if " " in n)
            if opens or any(nouns & words_of_role for words_of_role in cluster.role_words):
                found.append(index)
        return found

    def _nearest(self, candidates: list[int], offset: int) -> int:
        """Of several people sharing a surname, the one named in full most recently before ``offset``, but
        not one named in full just after it: "Clinton declared of Hillary Clinton" is the other Clinton."""

        def last_before(index: int) -> int:
            starts = self._clusters[index].starts
            i = bisect_right(starts, offset)
            return starts[i - 1] if i else -1

        def named_just_after(index: int) -> bool:
            starts = self._clusters[index].starts
            i = bisect_right(starts, offset)
            return i < len(starts) and starts[i] <= offset + _SAME_CLAUSE_CHARS

        named_next = {i for i in candidates if named_just_after(i)}
        if len(named_next) < len(candidates):
            candidates = [i for i in candidates if i not in named_next]

        return max(candidates, key=lambda i: (last_before(i), -i))

    def _add_nationality(self, mention: EntityMention) -> None:
        word = plain_word(clean_name(mention.text))
        state = DEMONYMS.get(word)
        if state is None:
            for cluster in self._clusters:
                if cluster.label == "GPE":
                    key = cluster.key
                    stem = key[:-1] if len(key) > 4 else key
                    if len(stem) >= 4 and word.startswith(stem) and len(word) - len(key) <= 4:
                        state = cluster.canonical or cluster.names[0]
                        break
        if state is None and mention.modifier:
            return  # "a European company", "Baltic states": an adjective, not a party
        if state is None and self._trading_name_starting(word):
            # "Voltra Energy Systems … Voltra's chief executive": the business, whatever the tagger called it
            self._add_keyed(mention, "ORG", org_key(mention.text), None)
            return
        if state is None:
            # A group (Democrats, Muslims): its own party, singular and plural together.
            self._add_keyed(mention, "ORG", word.rstrip("s"), None)
            self._clusters[self._by_span[(mention.start, mention.end)]].group = True
            return
        self._add_keyed(mention, "GPE", org_key(state), state, display=False)

    def _trading_name_starting(self, words: str) -> bool:
        """Whether a business the article names opens its name with these words ("Voltra")."""
        return _opens_trading_name(
            words, (c.key for c in self._clusters if c.label == "ORG" and not c.unnamed and c.mentions)
        )

    def _add_organisation(self, mention: EntityMention) -> None:
        key = org_key(mention.text)
        if not key:
            return
        key = INSTITUTION_SHORT_NAMES.get(key, key)  # "the Fed" and "the Federal Reserve": one key
        label = mention.label if mention.label in ("ORG", "GPE") else "ORG"
        canonical = None
        plain = plain_word(clean_name(mention.text))
        if plain in STATE_NAMES:
            canonical, label = STATE_NAMES[plain], "GPE"
        elif key in self._capitals:  # "Vienna" in an article that names Austria: Austria's government
            key, canonical = self._capitals[key]
            label = "GPE"
        elif key in _CAPITAL_STATES and mention.label == "ORG":
            label = "GPE"  # a state the tagger took for an organisation
        self._add_keyed(mention, label, key, canonical)

    def _add_keyed(
        self, mention: EntityMention, label: str, key: str, canonical: str | None, display: bool = True
    ) -> None:
        index = self._keys.get(key)
        solid = _solid(key)
        if index is None and label == "ORG":
            index = self._solid_keys.get(solid)  # "TheTally" and "The Tally", "FedEx" and "Fed Ex"
        if index is None:
            index = self._new_cluster(_Cluster(label, canonical=canonical, key=key))
            self._keys[key] = index
            if label == "ORG":
                self._solid_keys.setdefault(solid, index)
        elif canonical is not None and self._clusters[index].canonical is None:
            self._clusters[index].canonical = canonical  # "Iran …, Tehran said": the state keeps its name
        self._link(index, mention, clean_name(mention.text) if display else "")

    def organisation_with_initials(self, acronym: str) -> int | None:
        """The one organisation whose name, whole or without the place that opens it, an acronym the
        tagger missed abbreviates ("the CFSB added" beside "the Civil Flight Safety Board")."""
        key = plain_word(acronym)
        found = {
            index
            for index, cluster in enumerate(self._clusters)
            if cluster.label == "ORG"
            and not cluster.unnamed
            and cluster.mentions
            and len(cluster.key.split()) >= 2
            and key in (_initials(cluster.key), _initials(cluster.key.split(" ", 1)[1]))
        }
        return found.pop() if len(found) == 1 else None

    def _join_bracketed_acronyms(self, mentions: list[EntityMention]) -> None:
        """'The Department of Foreign Affairs (DFA) said': an acronym in brackets right after an
        organisation's name is that organisation, wherever the article uses it, whatever word order the
        name's key has."""
        for before, after in zip(mentions, mentions[1:], strict=False):
            if after.start - before.end != 2 or not _acronym_of(after.text.strip(), before.text):
                continue
            target = self._by_span.get((before.start, before.end))
            source = self._by_span.get((after.start, after.end))
            if target is None or source is None or source == target:
                continue
            short = self._clusters[source]
            if "PERSON" in (short.label, self._clusters[target].label) or " " in short.key or short.unnamed:
                continue
            for mention in short.mentions:
                self._link(target, mention, clean_name(mention.text))
            short.mentions, short.starts = [], []
            self._keys[short.key] = target  # "a DFA spokeswoman" speaks for the department

    def _join_acronyms(self) -> None:
        """'FDIC' joins 'Federal Deposit Insurance Corporation' when both appear; so does an acronym of
        the name without the place or owner that opens it ('RTA' for 'Westmoor Regional Transport
        Authority', 'the TUC' beside 'the British Trades Union Congress'), when one name alone has it."""
        by_initials: dict[str, int] = {}
        by_later_initials: dict[str, int | None] = {}
        by_word_initials: dict[str, int] = {}
        for index, cluster in enumerate(self._clusters):
            if cluster.label != "PERSON" and len(cluster.key.split()) >= 2:
                by_initials.setdefault(_initials(cluster.key), index)
                # "MoD" for "Ministry of Defence", "DfT" for "Department for Transport": the small word too
                for name in cluster.names:
                    words = plain_word(name).split()
                    if len(words) >= 3:
                        by_word_initials.setdefault("".join(w[0] for w in words), index)
                later = _initials(cluster.key.split(" ", 1)[1])
                if len(later) >= 3:
                    by_later_initials[later] = None if later in by_later_initials else index
        for index, cluster in enumerate(self._clusters):
            key = cluster.key.replace(" ", "")
            target = by_initials.get(key)
            if target is None and len(key) >= 3 and any(name.isupper() for name in cluster.names):
                target = by_later_initials.get(key)
            if target is None and any(_mixed_case_acronym(name) for name in cluster.names):
                target = by_word_initials.get(key)
            if cluster.label == "PERSON" or " " in cluster.key or target is None or target == index:
                continue
            for mention in cluster.mentions:
                self._link(target, mention, "")
            cluster.mentions, cluster.starts = [], []

    def _join_short_forms(self) -> None:
        """'the Commission' joins 'European Commission', 'Cocoa Board' joins 'Ghana Cocoa Board', when
        exactly one longer name of the article ends with the short one."""
        by_last_word: dict[str, list[int]] = {}
        for index, cluster in enumerate(self._clusters):
            if cluster.label != "PERSON" and not cluster.group and cluster.mentions and " " in cluster.key:
                by_last_word.setdefault(cluster.key.rsplit(" ", 1)[-1], []).append(index)
        for index, cluster in enumerate(self._clusters):
            if (
                cluster.label in ("PERSON", "GPE")
                or cluster.group
                or cluster.canonical
                or not cluster.mentions
            ):
                continue
            key = cluster.key
            if not key or len(key.split()) > 2:
                continue
            longer = [
                i
                for i in by_last_word.get(key.rsplit(" ", 1)[-1], ())
                if i != index
                and self._clusters[i].key.endswith(" " + key)
                # not "Malaysia's Foreign Ministry" for "the Foreign Ministry": every state has one, unless
                # the state's is named first ("Vietnam's trade ministry … officials at the trade ministry")
                and (
                    not self._clusters[i].key.removesuffix(" " + key).endswith("'s")
                    or self._clusters[i].parent is not None
                    and self._clusters[i].starts[0] < cluster.starts[0]
                )
            ]
            if len(longer) != 1:
                continue
            target = longer[0]
            for mention in cluster.mentions:
                self._link(target, mention, "")
            cluster.mentions, cluster.starts = [], []

    def _join_first_words(self) -> None:
        """'Acme' joins 'Acme Rail Holdings', 'Civic Renewal' joins 'Civic Renewal party': the first word
        (or words) of exactly one longer organisation name of the article is that organisation, however
        the tagger labelled it alone, unless it is a place the tagger always calls one ("Ohio" beside "the
        Ohio Teachers' Fund") or a person named in full."""
        longer: dict[str, list[int]] = {}
        for index, cluster in enumerate(self._clusters):
            words = cluster.key.removeprefix("the ").split()
            if cluster.label != "ORG" or cluster.group or cluster.unnamed or len(words) < 2:
                continue
            for n in range(1, len(words)):
                longer.setdefault(" ".join(words[:n]), []).append(index)
        for index, cluster in enumerate(self._clusters):
            if not cluster.mentions or cluster.canonical in _STATES or cluster.unnamed or cluster.group:
                continue
            if cluster.label == "PERSON":
                if cluster.first_names:
                    continue
                short = cluster.surname
            else:
                short = cluster.key.removeprefix("the ")
            targets = self._parent_company_first([i for i in longer.get(short, ()) if i != index], short)
            if len(targets) > 1:
                # "Kingsford Town … Kingsford's manager … Kingsford Borough Council": of several, the one
                # named before the article last wrote the short form (one named only after every use of it
                # is not what it means)
                named_before = [i for i in targets if self._clusters[i].starts[0] < cluster.starts[-1]]
                targets = named_before if len(named_before) == 1 else targets
            if cluster.label == "ORG" and _club_shaped(self.name_of(index)):
                continue  # "Kingsport Rovers" is whole: "Kingsport Rovers Supporters' Trust" is another body
            if cluster.label == "ORG" and _business_shaped(self.name_of(index)):
                # "Tessaly Biologics" is whole: with more words than a designator ("… East Africa", "…
                # Foundation") a longer name is another body, its unit or its charity
                targets = [i for i in targets if self._designator_after(i, short)]
            if not short or len(targets) != 1 or short in STATE_NAMES:
                continue
            as_written = {m.label for m in cluster.mentions if plain_word(clean_name(m.text)) == short}
            if (
                cluster.label == "GPE"
                and as_written <= {"GPE"}
                and not self._company_short_form(cluster, targets[0])
            ):
                continue  # a place the tagger always calls one ("Ghana", whatever "Ghanaian" was tagged)
            for mention in cluster.mentions:
                self._link(targets[0], mention, clean_name(mention.text))
            cluster.mentions, cluster.starts = [], []

    def _parent_company_first(self, targets: list[int], short: str) -> list[int]:
        """'Halvorsen Group … its subsidiary Halvorsen Ferries … Halvorsen said': of several names that
        start with the word, the one that is the word and a company's designator alone ("Group",
        "Holdings", "Inc") is the company news calls by the bare word; the others name its parts. Else the
        one that is the word and what the business trades in or makes ("Brackwell Capital" beside the
        "Brackwell Savers' Association", "Tessaly Biologics" beside "Tessaly Biologics East Africa")."""
        if len(targets) < 2:
            return targets
        for endings in (COMPANY_NAME_WORDS, _BUSINESS_NAME_ENDINGS):
            bare = [
                i
                for i in targets
                if (rest := self._clusters[i].key.removeprefix("the ").removeprefix(short + " ").split())
                and all(word in endings for word in rest)
            ]
            if len(bare) == 1:
                return bare
        return targets

    def _designator_after(self, index: int, short: str) -> bool:
        """Whether an organisation's name is ``short`` and a company's designators alone ("… Holdings")."""
        rest = self._clusters[index].key.removeprefix("the ").removeprefix(short + " ").split()
        return bool(rest) and all(word in COMPANY_NAME_WORDS for word in rest)

    def _company_short_form(self, short: _Cluster, longer: int) -> bool:
        """'Northline Rail Group …; Northline said': news calls a company by the first word of its name
        once it has named it in full. A word the tagger calls a place is that company when the longer
        name is surely a company's ("… Group", "… Holdings", "… Ltd"), the word is first written after
        it, and it acts ("Northline said", "when Northline collapsed"), as a town beside a company named
        after it seldom does; a political party's ("the Unity Party … Unity's leader") once it is
        written after it."""
        company = self._clusters[longer]
        if short.starts[0] < company.starts[0]:
            return False
        if company.key.removeprefix("the ") == f"{short.key} party":
            return True  # "the Unity Party … Unity's leader": a party called by its name's first word
        return bool(set(company.key.split()[-1:]) & (COMPANY_NAME_WORDS | TRADING_NAME_WORDS)) and any(
            m.is_subject or m.acts for m in short.mentions
        )

    def _own_state_bodies(self) -> None:
        """'Brazil's foreign ministry', 'Kenya's embassy': a body named with a state's possessive is that
        state's own, as when it is first met as a speaker: what the state does, its ministry does too."""
        states = {c.key: i for i, c in enumerate(self._clusters) if c.label == "GPE" and c.mentions and c.key}
        for cluster in self._clusters:
            if (
                cluster.label != "ORG"
                or cluster.unnamed
                or cluster.parent is not None
                or not cluster.mentions
            ):
                continue
            owner, mark, rest = cluster.key.partition("'s ")
            if mark and owner in states and rest.split()[-1:] and rest.split()[-1] in STATE_BODY_HEADS:
                cluster.parent = states[owner]

    def _join_parties_to_members(self) -> None:
        """'the Democratic Party' joins 'Democrats', 'the Conservative Party' joins 'Conservatives': a
        political party is one actor with the group its members are called by."""
        groups = {c.key: i for i, c in enumerate(self._clusters) if c.group and c.mentions and c.key}
        for index, cluster in enumerate(self._clusters):
            if cluster.label != "ORG" or cluster.group or not cluster.key.endswith(" party"):
                continue
            adjective = cluster.key.removesuffix(" party")
            target = next(
                (
                    i
                    for key, i in groups.items()
                    if adjective.startswith(key) and len(adjective) - len(key) <= 2
                ),
                None,
            )
            if target is None:
                continue
            for mention in cluster.mentions:
                self._link(target, mention, self.name_of(index))
            cluster.mentions, cluster.starts = [], []

    # --- queries --------------------------------------------------------------

    def party_at(self, start: int, end: int) -> int | None:
        """The cluster index of the entity mention spanning exactly (start, end)."""
        return self._by_span.get((start, end))

    def entity_mentions(self) -> list[tuple[EntityMention, int]]:
        return sorted(
            ((m, i) for i, c in enumerate(self._clusters) for m in c.mentions), key=lambda p: p[0].start
        )

    def find_named(self, name: str) -> int | None:
        """The party a name the entity recogniser missed belongs to: a known surname or organisation."""
        words, _ = _person_parts(name)
        if not words:
            return None
        for index, cluster in enumerate(self._clusters):
            if cluster.unnamed or not cluster.mentions:
                continue
            if cluster.label == "PERSON" and len(words) <= 2 and words[-1] == cluster.surname:
                return index
        if len(words) == 1:
            found = self._person_tagged_as_organisation(words[0])
            if found is not None:
                return found
        key = org_key(name)
        found = self._keys.get(key)
        if found is None:
            found = self._solid_keys.get(_solid(key))
        if found is None and (" " not in key or self._trading_name_starting(key)):
            # "Acme" for "Acme Rail Holdings", as _join_first_words joins; "Marrow Bay", "Marrow Bay Capital"
            starting = [
                i
                for i, c in enumerate(self._clusters)
                if c.label == "ORG"
                and c.mentions
                and not c.unnamed
                and c.key.removeprefix("the ").startswith(key + " ")
            ]
            starting = self._parent_company_first(starting, key)
            found = starting[0] if len(starting) == 1 else None
        return found

    def _person_tagged_as_organisation(self, surname: str) -> int | None:
        """'a retired driver named Huw Pritchard … Pritchard said': a surname alone that speaks, the last word
        of a name of two or three capitalised words spaCy called an organisation, is that person."""
        found = [
            index
            for index, cluster in enumerate(self._clusters)
            if cluster.label == "ORG"
            and not cluster.unnamed
            and not cluster.group
            and len(cluster.names) == 1
            and 2 <= len(words := cluster.names[0].split()) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and plain_word(words[-1]) == surname
            and words[-1].lower() not in INSTITUTION_WORDS
            and not _organisation_shaped(cluster.names[0])
        ]
        if len(found) != 1:
            return None
        cluster = self._clusters[found[0]]
        words = [plain_word(w) for w in cluster.names[0].split()]
        cluster.label, cluster.first_names, cluster.surname = "PERSON", {words[0]}, words[-1]
        for word in {cluster.surname, *cluster.first_names}:
            self._people_by_word.setdefault(word, []).append(found[0])
        return found[0]

    def people_first_named(self, start: int, end: int, as_subject: bool = False) -> list[int]:
        """The people the article names for the first time between two offsets (as the subject of
        their sentence, with ``as_subject``)."""
        found = []
        for index, cluster in enumerate(self._clusters):
            if cluster.label != "PERSON" or cluster.unnamed or not cluster.mentions:
                continue
            first = min(cluster.mentions, key=lambda m: m.start)
            if start <= first.start < end and (first.is_subject or not as_subject):
                found.append(index)
        return found

    def has_roles(self, index: int) -> bool:
        return bool(self._clusters[index].roles)

    def role_words_of(self, index: int) -> frozenset[str]:
        """The words of every role the article gives a party ("Lunaris' chief medical officer"), as
        ``role_word`` makes them."""
        return frozenset().union(*self._clusters[index].role_words)

    def first_named(self, index: int) -> int:
        """Where the article first names a party (its first mention's offset)."""
        starts = self._clusters[index].starts
        return starts[0] if starts else -1

    def label_of(self, index: int) -> str:
        return self._clusters[index].label

    def gender_of(self, index: int) -> str | None:
        return self._clusters[index].gender

    def set_gender(self, index: int, gender: str) -> None:
        if self._clusters[index].gender is None:
            self._clusters[index].gender = gender

    def is_plural(self, index: int) -> bool:
        cluster = self._clusters[index]
        return cluster.plural or cluster.group

    def group_named(self, adjective: str) -> int | None:
        """The political or national group (no state) an adjective names, when the article names it
        as a party: "Republican" for "Republicans", "Democratic" for "Democrats"."""
        word = plain_word(adjective).rstrip("s")
        for index, cluster in enumerate(self._clusters):
            if cluster.group and cluster.mentions and cluster.key:
                if word.startswith(cluster.key) and len(word) - len(cluster.key) <= 2:
                    return index
        return None

    def is_unnamed(self, index: int) -> bool:
        return self._clusters[index].unnamed

    def is_group(self, index: int) -> bool:
        return self._clusters[index].group

    def parent_of(self, index: int) -> int | None:
        return self._clusters[index].parent

    def add_role(self, index: int, role: str) -> None:
        role = clean_name(role)
        cluster = self._clusters[index]
        if all(plain_word(w) in HONORIFICS for w in _words(role)):
            return  # "Mr." is no role: any man carries it
        if role and role not in cluster.roles and len(role) <= 120:
            cluster.roles.append(role)
            words = frozenset(role_word(w) for w in _words(role))
            # "Sen. Alice Warren" is the senator a later "the senator" means.
            words |= {noun for word in words for noun in TITLE_ROLE_NOUNS.get(word, ())}
            cluster.role_words.append(words)
            for word in words:
                self._by_role_word.setdefault(word, set()).add(index)
            if cluster.gender is None and cluster.label == "PERSON":
                cluster.gender = gender_of_role(role)

    def add_kind(self, index: int, noun: str) -> None:
        """A noun the article calls an organisation by ("The company, Acme Rail,", "Acme Rail, a freight
        carrier,"): the kind of body a later "the company" or "the carrier" may be."""
        self._clusters[index].kinds.add(noun)

    def _of_kind(self, cluster: _Cluster, head: str) -> bool:
        """Whether an organisation can be what a description with this head noun refers to: what the article
        called it, else what its name says it is ("… Authority" is an agency; a name that says no kind may
        be a company)."""
        if head in cluster.kinds or head in COMPANY_NOUNS and cluster.kinds & COMPANY_NOUNS:
            return True
        if head in COMPANY_NOUNS and cluster.kinds & NON_COMPANY_KINDS:
            return False  # "the consumer group X" is no company
        last_words = {plain_word(words[-1]) for words in map(_words, cluster.names) if words}
        if head in ORG_KIND_WORDS:
            return bool(last_words & ORG_KIND_WORDS[head])
        return head in COMPANY_NOUNS and bool(last_words) and not last_words & NON_COMPANY_NAME_WORDS

    def can_be(self, index: int, head: str) -> bool:
        """Whether a named organisation can be what a description with this head noun refers to."""
        cluster = self._clusters[index]
        return cluster.label == "ORG" and not cluster.unnamed and self._of_kind(cluster, head)

    def of_kind(self, index: int, head: str) -> bool:
        """Whether a named organisation is one that a description with this head names by kind ("the
        committee", "a panel" for "X Committee"), by what the article or its name calls it."""
        cluster = self._clusters[index]
        return (
            cluster.label == "ORG"
            and not cluster.unnamed
            and head in ORG_KIND_WORDS
            and self._of_kind(cluster, head)
        )

    def _surely_company(self, cluster: _Cluster) -> bool:
        """Called a company by the article ("The company, Acme,") or by its name ("Acme Holdings"), which
        a campaigners' "… Action Group" or "… Residents Group" does not say."""
        if cluster.kinds & COMPANY_NOUNS:
            return True
        for words in map(_words, cluster.names):
            if len(words) > 1 and plain_word(words[-2]) in CAMPAIGN_GROUP_WORDS:
                return False
        last_words = {plain_word(words[-1]) for words in map(_words, cluster.names) if words}
        return bool(last_words & (COMPANY_NAME_WORDS | PRODUCER_NAME_WORDS))

    @staticmethod
    def _named_as(cluster: _Cluster, head: str) -> bool:
        """Whether a name ends with the noun, singular or plural ("Prairie Sky Airlines" for "airline")."""
        last_words = {plain_word(words[-1]) for words in map(_words, cluster.names) if words}
        return head in last_words or head + "s" in last_words

    def organisation_of_kind(self, head: str, before: int) -> int | None:
        """The named organisation of the kind a description names ("the company", "the agency") that the
        article mentioned last before ``before``; for a company, one the article or its name says is a
        company before one whose name says no kind."""
        best, best_rank = None, (False, False, False, -1)
        for index, cluster in enumerate(self._clusters):
            if cluster.label != "ORG" or cluster.unnamed or cluster.group or not cluster.starts:
                continue
            i = bisect_left(cluster.starts, before)
            if not i or not self._of_kind(cluster, head):
                continue
            # what the article or the name calls it by this very noun ("X Airlines" for "the airline") first
            rank = (
                head in cluster.kinds or self._named_as(cluster, head),
                head in COMPANY_NOUNS and self._surely_company(cluster),
                # a match report names two clubs; "the club" is the one the story has act ("Carrow sacked
                # their manager after a defeat by Fenmoor Town. The club said"), not the last named
                head == "club" and any(m.acts and m.start < before for m in cluster.mentions),
                cluster.starts[i - 1],
            )
            if rank > best_rank:
                best, best_rank = index, rank
        return best

    def has_role_word(self, index: int, word: str) -> bool:
        """Whether a role recorded for the party holds ``word`` ("officer" for "Lt. Col. X")."""
        return any(word in role_words for role_words in self._clusters[index].role_words)

    def people_with_role(self, words: set[str], head: str) -> list[int]:
        """People whose recorded role holds the description's head noun and all its other words (as
        ``role_word`` gives them), and whose gender the head does not contradict ("the spokeswoman")."""
        found = []
        gender = gender_of_role(head)
        head = role_word(head)
        for index in sorted(self._by_role_word.get(head, ())):
            cluster = self._clusters[index]
            if cluster.label != "PERSON" or cluster.unnamed:
                continue
            if gender is not None and cluster.gender not in (None, gender):
                continue
            for role, role_words in zip(cluster.roles, cluster.role_words, strict=True):
                if head in role_words and words <= role_words and head in _holder_words(role):
                    found.append(index)
                    break
        return found

    def unnamed(
        self,
        description: str,
        key: str,
        label: str,
        parent: int | None,
        mention: tuple[int, int, str],
        plural: bool = False,
        named: bool = False,
        group: bool = False,
        body: bool = True,
        counted: bool = False,
    ) -> int:
        """The party of an unnamed source (or of a name spaCy missed, ``named``, or of a group the
        article identifies through named parties, ``group``), made on first sight and reused for the
        same description."""
        full_key = f"unnamed:{key}"
        index = self._keys.get(full_key)
        if index is None and named and label == "ORG":
            index = self._business_of_short_name(description)
            if index is not None:
                self._keys[full_key] = index
        if index is None:
            words, _ = _person_parts(description)
            # An organisation described through a named party ("Iran's mission to the UN", "the
            # Clinton campaign") is that party's own body, which the article identifies: a party.
            # (Not a person's office, ``body=False``: "the minister's office said" is the minister's voice;
            # not bodies counted, "several Peruvian news outlets", "two Chinese firms": a group of them;
            # nor, ``counted`` too, a body sent from the party, "an observer mission from the OAS".)
            owned = (
                body
                and label == "ORG"
                and not counted
                and parent is not None
                and not self._clusters[parent].unnamed
            )
            plain = mention[2].lower().split()  # as written: "The government"
            # "The government said", "the army said": the one such body of the article's setting, a party
            the_body = (
                parent is None
                and not plural
                and 2 <= len(plain) <= 3
                and plain[0] == "the"
                and plain[-1] in PUBLIC_BODY_HEADS
            )
            cluster = _Cluster(
                "ORG" if the_body else label,  # "the coastguard" is a body, not a person
                unnamed=not (named or owned or group or the_body),
                parent=parent,
                key=full_key,
                plural=plural or group,
                surname=words[-1] if named and words else "",
                # "a spokesman said … she said" is someone else: the role noun shows the gender
                gender=gender_of_role(description) if label == "PERSON" else None,
            )
            index = self._new_cluster(cluster)
            self._keys[full_key] = index
        start, end, phrase = mention
        self._link(index, EntityMention(start, end, phrase, label), clean_name(description))
        return index

    def _business_of_short_name(self, name: str) -> int | None:
        """'Harbour … Harbour Rail said': a business's name the tagger missed (met while speakers are
        resolved, after the names were joined) whose first words are an organisation the article named
        alone is that organisation, as ``_join_first_words`` joins names the tagger found."""
        if not _business_shaped(name):
            return None
        words = org_key(name).removeprefix("the ").split()
        for n in range(len(words) - 1, 0, -1):
            index = self._keys.get(" ".join(words[:n]))
            if index is None:
                continue
            cluster = self._clusters[index]
            if cluster.label == "ORG" and cluster.mentions and not (cluster.unnamed or cluster.group):
                return index
        return None

    def organisation_with_head(self, head: str) -> int | None:
        """The one organisation the article names with this head noun ("the Clinton campaign", "Iran's
        mission to the UN") that 'the campaign', 'the mission' refers back to; None when there are none
        or several."""
        found = {
            index
            for index, cluster in enumerate(self._clusters)
            if cluster.label == "ORG"
            and cluster.mentions
            and not cluster.unnamed
            and not cluster.group
            and any(_headed_by(n, head) for n in cluster.names)
        }
        return found.pop() if len(found) == 1 else None

    def state_body_named(self, description: str, before: int) -> int | None:
        """The one body the article names with a state's possessive and these words before offset ``before``
        ("Brazil's foreign ministry" for a later "the foreign ministry"), or None when it names none or
        several (a bare "the Foreign Ministry" written first may be another state's)."""
        words = " ".join(org_key(description).removeprefix("the ").split())
        if not words:
            return None
        found = [
            index
            for index, cluster in enumerate(self._clusters)
            if cluster.label == "ORG"
            and not cluster.unnamed
            and cluster.starts
            and cluster.parent is not None
            and cluster.key.endswith("'s " + words)
        ]
        if len(found) != 1 or self._clusters[found[0]].starts[0] >= before:
            return None
        return found[0]

    def unnamed_with_head(self, head: str) -> int | None:
        """The latest unnamed source described with this head noun ('a young woman' for 'the woman')."""
        found = None
        for index, cluster in enumerate(self._clusters):
            if not cluster.unnamed or not cluster.names:
                continue
            if head in {plain_word(w) for w in _words(cluster.names[0])}:
                found = index
        return found

    def names_of(self, index: int) -> tuple[str, ...]:
        """Every name the article gives a party, as written."""
        return tuple(self._clusters[index].names)

    def name_of(self, index: int) -> str:
        cluster = self._clusters[index]
        if cluster.canonical:
            return cluster.canonical
        if not cluster.names:
            return cluster.key
        if cluster.label == "PERSON" and not cluster.unnamed:
            return max(
                cluster.names, key=lambda n: (len(_person_parts(n)[0]), len(n), -cluster.names.index(n))
            )
        return max(cluster.names, key=lambda n: (len(n), -cluster.names.index(n)))

    def parties(self, speaking: Iterable[int] = (), text: str = "") -> tuple[list[Party], dict[int, str]]:
        """Parties with ids p1, p2… in order of first mention, and the id of each cluster.

        Clusters that end with the same name are one party. A one-word name that the article
        (``text``) also writes in lower case as an ordinary word ("Mackerel" in a headline beside
        "mackerel") is a common noun the tagger capitalised: no party, unless it speaks.
        """
        speakers = set(speaking)
        lower_words = {w for w in re.findall(r"[\w'’-]+", text) if w.islower()}  # once: linear in the text
        order = sorted(
            (
                i
                for i, c in enumerate(self._clusters)
                if c.mentions and (i in speakers or not self._common_noun(i, lower_words))
            ),
            key=lambda i: self._clusters[i].mentions[0].start,
        )
        first_of_name: dict[str, int] = {}
        members: dict[int, list[int]] = {}
        for index in order:
            first = first_of_name.setdefault(self.name_of(index).casefold(), index)
            members.setdefault(first, []).append(index)
        ids: dict[int, str] = {}
        for n, first in enumerate(members, start=1):
            for index in members[first]:
                ids[index] = f"p{n}"
        parties = []
        for first, group in members.items():
            clusters = [self._clusters[i] for i in group]
            main = max(clusters, key=lambda c: len(c.mentions))  # its type wins
            name = self.name_of(first)
            names = [n for c in clusters for n in c.names]
            parent = next((c.parent for c in clusters if c.parent is not None), None)
            parties.append(
                Party(
                    id=ids[first],
                    name=name,
                    type=main.label if main.label in ("PERSON", "ORG", "GPE") else "ORG",
                    aliases=tuple(dict.fromkeys(n for n in names if n != name)),
                    roles=tuple(dict.fromkeys(r for c in clusters for r in c.roles)),
                    mentions=tuple(sorted((m.start, m.end) for c in clusters for m in c.mentions)),
                    unnamed=all(c.unnamed for c in clusters),
                    parent_id=ids.get(parent)
                    if parent is not None and ids.get(parent) != ids[first]
                    else None,
                )
            )
        return _without_shared_aliases(parties), ids

    def _common_noun(self, index: int, lower_words: set[str]) -> bool:
        cluster = self._clusters[index]
        if cluster.unnamed or cluster.canonical or not cluster.names:
            return False
        if any(" " in n or not n[:1].isupper() for n in cluster.names):
            return False
        return cluster.names[0].lower() in lower_words

    def mentions(self, ids: dict[int, str]) -> list[Mention]:
        return [
            Mention(m.start, m.end, m.text, m.label, ids.get(index))
            for m, index in self.entity_mentions()
            if index in ids
        ]


def _without_shared_aliases(parties: list[Party]) -> list[Party]:
    """A short name that two parties carry ("Clinton" for Bill and Hillary Clinton) names neither:
    it is dropped from the aliases of each, so the list never shows one name for two parties."""
    holders: dict[str, int] = {}
    for party in parties:
        for name in {n.casefold() for n in (party.name, *party.aliases)}:
            holders[name] = holders.get(name, 0) + 1
    return [
        replace(party, aliases=tuple(a for a in party.aliases if holders[a.casefold()] == 1))
        if any(holders[a.casefold()] > 1 for a in party.aliases)
        else party
        for party in parties
    ]
