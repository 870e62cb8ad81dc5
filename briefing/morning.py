"""The morning briefing: many articles read as one.

Pure functions over ``(Article, Analysis)`` pairs, for the reader's briefing
views, the ``parties`` and ``disputes`` commands and the export. No spaCy and
no Textual here: everything comes from the analyses (parties, mentions,
statements) and from simple tokenisation of the article text.

- :func:`build_briefing` merges the parties of every article into one party
  per real actor (:class:`BriefingParty`), each with its statements from every
  article (:class:`BriefingStatement`).
- :func:`find_disputes` links what one party asserts with another party's
  denial, non-denial, confirmation or refusal on the same matter
  (:class:`Dispute`), each with the reason for the link.
- :func:`render_briefing_parties` and :func:`render_disputes` give the
  export's Markdown sections.

Public API (for the reader's briefing views, the command line and the export):

- ``build_briefing(pairs) -> Briefing``: ``.articles``, ``.items``, ``.parties`` (most statements
  first), ``.party(id)``, ``.party_of(article_id, article_party_id)``, ``.analysis(article_id)``,
  ``.principal_parties()``, ``.statements()``.
- ``BriefingParty``: ``id``, ``name``, ``type``, ``aliases``, ``roles``, ``article_ids``,
  ``members`` (article id, the article's party id), ``statements``, ``stance_counts()``,
  ``by_stance()``, ``by_article()``.
- ``BriefingStatement``: ``article``, ``statement``, ``party_id``, ``index`` (in its analysis's
  statements, to jump to it), ``outlet``, ``date``.
- ``find_disputes(briefing) -> list[Dispute]``: ``assertion``, ``response`` (BriefingStatements),
  ``reason``, ``score``, ``shared_parties``, ``shared_words``, ``explicit``, ``same_article``.
- ``outlet(article)``, ``duplicate_sources(articles)``, ``story_similarity(articles)``.
- ``render_briefing_parties(briefing, level=2)``, ``render_disputes(briefing, disputes, level=2)``.

Every function is pure and needs no spaCy; on 44 articles (1,100 statements) merging and
linking take well under a second (``benchmarks/briefing_views.py``), so run them off the
event loop when analyses arrive.

Merging people. Two person parties are one when their surnames agree and so
do their first names (equal, an initial, a nickname or a spelling variant, as
within one article), or, when one of them is named by surname alone, when
their roles agree ("State Department spokesman" ~ "a spokesman for the
Department of State"). A bare surname takes its full name from its own article
when that article names exactly one person in full with that surname. So two
people with one surname in different articles stay apart unless full names or
roles agree. Organisations and states merge by the same comparison key the
analyser uses ("Department of State" ~ "State Department", "U.S." ~ "the
United States"). Unnamed sources stay with their article unless the same
description speaks for the same named organisation.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from briefing.markdown import escape_inline
from briefing.model import (
    PARTY_TYPE_WORDS,
    STANCE_GLYPHS,
    STANCE_HEADINGS,
    STANCE_WORDS,
    STANCES,
    UNNAMED_SOURCES,
    UNNAMED_SOURCES_HEADING,
    Analysis,
    Article,
    Mention,
    Party,
    Stance,
    Statement,
)
from briefing.names import clean_name, org_key, same_first_name

RESPONSE_STANCES: tuple[Stance, ...] = ("denial", "non_denial", "confirmation", "refusal")
# A dispute is kept when its link score reaches this, and is within RELATIVE_FLOOR of the best
# link of the same response (a denial answers one matter, not everything it shares a word with).
# Both chosen on the sample pairs (tests/golden/disputes/sines-port.json), then measured on the corpus.
LINK_THRESHOLD = 4.0
RELATIVE_FLOOR = 0.6
# Two articles tell the same story when the cosine of their weighted words reaches this. Measured on the
# samples and the team corpus: articles of one story scored 0.21 to 0.52, of different stories 0.02 to 0.15.
SAME_STORY = 0.18

# Titles before a name that are not part of it.
_HONORIFICS = frozenset(
    "mr mrs ms miss dr sen senator rep gov governor president secretary minister ambassador judge "
    "gen general prof professor sir dame lord lady mayor chairman chairwoman commissioner".split()
)
# Words that carry no matter: function words, speech verbs, time words and reporting words
# every statement shares.
_STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for from with without about into over under after before
    as than then that this these those there here it its it's they them their we our us i me my you your
    he him his she her hers who whom whose which what when where why how is are was were be been being
    am do does did doing done have has had having will would shall should can could may might must not no
    nor so too very just also only even still yet all any some each every both either neither none such
    more most much many few other another same own said says say saying told tell telling added adding
    asked asking according declined decline declines refused refuse would not comment commented comments
    confirm confirmed confirms deny denied denies denial rejected reject rejects neither nor monday tuesday
    wednesday thursday friday saturday sunday week weeks year years month months day days today yesterday
    tomorrow last next one two three first mr mrs ms new going get go make made whether while because
    since until again against between among around through during out up down off well like
    january february march april may june july august september october november december""".split()
)
# Nouns by which a response names what it answers ("denied the report", "rejected the accusation").
_REFERENCE_NOUNS = frozenset(
    "report reports reporting accusation accusations allegation allegations claim claims charge charges "
    "suggestion suggestions story stories account accounts assertion assertions criticism argument".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?(?=\s)|\n")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# A wire dateline opening a first paragraph: "LISBON, April 8, 2026 — ".
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,(?: [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)?\s*[—–-]+\s*")


# --- the briefing's parties ---------------------------------------------------------------------


@dataclass(frozen=True)
class BriefingStatement:
    """One statement of one article, as the briefing sees it."""

    article: Article
    statement: Statement
    party_id: str | None  # the briefing party (``BriefingParty.id``), None when unattributed
    index: int  # position among the article's statements

    @property
    def outlet(self) -> str:
        return outlet(self.article)

    @property
    def date(self) -> str | None:
        return self.article.date


@dataclass(frozen=True)
class BriefingParty:
    """One real actor across the briefing, however each article names it."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    members: tuple[tuple[str, str], ...]  # (article id, the article's party id)
    article_ids: tuple[str, ...]  # the articles it appears in, in briefing order
    statements: tuple[BriefingStatement, ...]
    unnamed: bool = False

    def stance_counts(self) -> dict[Stance, int]:
        counts = dict.fromkeys(STANCES, 0)
        for item in self.statements:
            counts[item.statement.stance] = counts.get(item.statement.stance, 0) + 1
        return counts

    def by_stance(self) -> dict[Stance, list[BriefingStatement]]:
        """Its statements grouped by stance (every stance present as a key), each group in briefing order."""
        groups: dict[Stance, list[BriefingStatement]] = {stance: [] for stance in STANCES}
        for item in self.statements:
            groups.setdefault(item.statement.stance, []).append(item)
        return groups

    def by_article(self) -> list[tuple[Article, list[BriefingStatement]]]:
        """Its statements grouped by article, articles in briefing order."""
        groups: dict[str, list[BriefingStatement]] = {}
        for item in self.statements:
            groups.setdefault(item.article.id, []).append(item)
        return [(items[0].article, items) for items in groups.values()]


class Briefing:
    """The articles opened together, their analyses, and the parties merged across them.

    Built by :func:`build_briefing`; read-only afterwards.
    """

    def __init__(
        self,
        items: Sequence[tuple[Article, Analysis]],
        parties: Sequence[BriefingParty],
        membership: dict[tuple[str, str], str],
    ) -> None:
        self.items: tuple[tuple[Article, Analysis], ...] = tuple(items)
        self.parties: tuple[BriefingParty, ...] = tuple(parties)
        self.articles: tuple[Article, ...] = tuple(article for article, _ in self.items)
        self._membership = membership  # (article id, the article's party id) -> briefing party id
        self._parties = {party.id: party for party in self.parties}
        self._analyses = {article.id: analysis for article, analysis in self.items}

    def party(self, party_id: str | None) -> BriefingParty | None:
        return self._parties.get(party_id) if party_id else None

    def party_of(self, article_id: str, article_party_id: str | None) -> BriefingParty | None:
        """The briefing party an article's own party (``Party.id`` in its analysis) belongs to."""
        if article_party_id is None:
            return None
        return self.party(self._membership.get((article_id, article_party_id)))

    def analysis(self, article_id: str) -> Analysis | None:
        return self._analyses.get(article_id)

    def principal_parties(self) -> list[BriefingParty]:
        """Parties that said something, most statements first; unnamed sources after the named."""
        return [party for party in self.parties if party.statements]

    def statements(self) -> list[BriefingStatement]:
        """Every statement of every article, in briefing order."""
        found = []
        for article, analysis in self.items:
            # An unnamed source's statement counts for the named party it speaks for (model.listed_under);
            # one that speaks for no named party stays with its own (unnamed) briefing party.
            rows = analysis.statement_rows()
            for index, statement in enumerate(analysis.statements):
                row = rows[index] if rows[index] != UNNAMED_SOURCES else statement.party_id
                member = self._membership.get((article.id, row)) if row else None
                found.append(BriefingStatement(article, statement, member, index))
        return found


def duplicate_sources(articles: Iterable[Article]) -> dict[str, list[str]]:
    """Sources that gave the same text, by article id (only ids read from more than one source)."""
    sources: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        if article.source not in sources[article.id]:
            sources[article.id].append(article.source)
    return {article_id: found for article_id, found in sources.items() if len(found) > 1}


def outlet(article: Article) -> str:
    """Who published the article: its site name, else its web address's host, else its file name."""
    if article.site:
        return article.site
    address = article.url or article.source
    if "://" in address:
        return urlparse(address).hostname or address
    return address.rsplit("/", 1)[-1] or "unknown"


def build_briefing(items: Iterable[tuple[Article, Analysis]]) -> Briefing:
    """Merge the parties of every article into one party per real actor (see the module's rules)."""
    pairs = tuple(_unique_articles(items))
    nodes = [_Node(article, party) for article, analysis in pairs for party in analysis.parties]
    groups = _merge(nodes)
    by_member: dict[tuple[str, str], str] = {}
    article_order = {article.id: index for index, (article, _) in enumerate(pairs)}
    drafts = sorted(groups, key=lambda g: min((article_order[n.article.id], n.position) for n in g))
    for number, group in enumerate(drafts, start=1):
        for node in group:
            by_member[(node.article.id, node.party.id)] = f"b{number}"
    shell = Briefing(pairs, (), by_member)  # its statements carry their briefing party ids
    statements: dict[str, list[BriefingStatement]] = defaultdict(list)
    for item in shell.statements():
        if item.party_id:
            statements[item.party_id].append(item)
    parties = [
        _briefing_party(f"b{number}", group, statements[f"b{number}"], article_order)
        for number, group in enumerate(drafts, start=1)
    ]
    parties.sort(key=lambda p: (p.unnamed, -len(p.statements), -len(p.article_ids), p.name.casefold()))
    return Briefing(pairs, tuple(parties), by_member)


def _unique_articles(items: Iterable[tuple[Article, Analysis]]) -> Iterable[tuple[Article, Analysis]]:
    """Each text once: the same article opened twice is one article of the briefing."""
    seen: set[str] = set()
    for article, analysis in items:
        if article.id not in seen:
            seen.add(article.id)
            yield article, analysis


class _Node:
    """One article's party, with what merging compares."""

    def __init__(self, article: Article, party: Party) -> None:
        self.article = article
        self.party = party
        self.position = party.mentions[0][0] if party.mentions else len(article.text)
        self.names = [party.name, *party.aliases]
        self.role_words = [_content_words(role) for role in party.roles]
        self.type = party.type
        if party.type != "PERSON" and not party.unnamed and len(party.name.split()) == 1:
            # A bare surname the model took for an organisation, when its article names the person in full.
            first = _first_name_in_text(article.text, _folded(party.name))
            if first and first.capitalize() != party.name:
                self.type = "PERSON"
        self.first, self.surname = _person_name(party.name) if self.type == "PERSON" else ("", "")
        if self.surname and not self.first:
            self.first = _first_name_in_text(article.text, self.surname)
        self.keys = {org_key(name) for name in self.names} if self.type != "PERSON" else set()


def _merge(nodes: list[_Node]) -> list[list[_Node]]:
    """Union of nodes that name one actor; a group never holds two different first names."""
    parent = list(range(len(nodes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    members: dict[int, list[_Node]] = {i: [node] for i, node in enumerate(nodes)}

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a == b or not _compatible(members[a], members[b]):
            return
        parent[b] = a
        members[a].extend(members.pop(b))

    by_key: dict[str, list[int]] = defaultdict(list)
    by_surname: dict[str, list[int]] = defaultdict(list)
    by_id = {(node.article.id, node.party.id): node for node in nodes}
    for index, node in enumerate(nodes):
        if node.party.unnamed:
            parent_id = node.party.parent_id
            speaks_for = by_id.get((node.article.id, parent_id)) if parent_id else None
            by_key[_unnamed_key(node, speaks_for)].append(index)
        elif node.type == "PERSON":
            if node.surname:
                by_surname[node.surname].append(index)
        else:
            for key in node.keys:
                by_key[key].append(index)
    for indices in by_key.values():
        for other in indices[1:]:
            join(indices[0], other)
    # Full names first, so a surname alone meets the groups it may join fully formed.
    for indices in by_surname.values():
        ordered = sorted(indices, key=lambda i: not nodes[i].first)
        for x, i in enumerate(ordered):
            for j in ordered[x + 1 :]:
                if _same_person(nodes[i], nodes[j]):
                    join(i, j)
    return [members[i] for i in sorted(members)]


def _unnamed_key(node: _Node, parent: _Node | None) -> str:
    """Unnamed sources meet only the same description for the same named organisation."""
    if parent is None or parent.party.unnamed:
        return f"unnamed:{node.article.id}:{node.party.id}"
    return f"unnamed:{_folded(node.party.name)}:{min(parent.keys or {_folded(parent.party.name)})}"


def _same_person(a: _Node, b: _Node) -> bool:
    if a.first and b.first:
        return same_first_name(a.first, b.first)
    return _roles_agree(a.role_words, b.role_words)


def _compatible(group_a: list[_Node], group_b: list[_Node]) -> bool:
    firsts_a = {n.first for n in group_a if n.first}
    firsts_b = {n.first for n in group_b if n.first}
    return all(same_first_name(x, y) for x in firsts_a for y in firsts_b)


def _roles_agree(roles_a: list[frozenset[str]], roles_b: list[frozenset[str]]) -> bool:
    """Some role of one names the same office as some role of the other (most of its words shared)."""
    for a in roles_a:
        for b in roles_b:
            if a and b and len(a & b) / len(a | b) >= 0.5:
                return True
    return False


def _person_name(name: str) -> tuple[str, str]:
    """(first name, surname), folded; the first name is empty for a surname alone."""
    words = [_folded(w) for w in _WORD.findall(clean_name(name))]
    while len(words) > 1 and words[0].rstrip(".") in _HONORIFICS:
        words = words[1:]
    if not words:
        return "", ""
    surname = re.sub(r"'s?$", "", words[-1])
    return (words[0] if len(words) > 1 else ""), surname


def _first_name_in_text(text: str, surname: str) -> str:
    """The one first name the text gives this surname ("Inês Calado ... Calado"), else empty."""
    found = _full_names(text).get(surname, frozenset())
    return next(iter(found)) if len(found) == 1 else ""


@lru_cache(maxsize=256)
def _full_names(text: str) -> dict[str, frozenset[str]]:
    """Surname -> the first names written before it: two capitalised words with only space between."""
    names: dict[str, set[str]] = defaultdict(set)
    previous = None
    for match in _WORD.finditer(text):
        word = match.group()
        if (
            previous is not None
            and word[0].isupper()
            and previous.group()[0].isupper()
            and not text[previous.end() : match.start()].strip()
        ):
            first = _folded(previous.group())
            if first not in _HONORIFICS and first not in _STOPWORDS:
                names[_folded(word)].add(first)
        previous = match
    return {surname: frozenset(firsts) for surname, firsts in names.items()}


def _briefing_party(
    party_id: str, group: list[_Node], statements: list[BriefingStatement], article_order: dict[str, int]
) -> BriefingParty:
    types = Counter(node.type for node in group)
    names = Counter(node.party.name for node in group)
    # The fullest name, then the most used.
    name = max(
        names, key=lambda n: (len(n.split()) if types.most_common(1)[0][0] == "PERSON" else 0, names[n])
    )
    aliases = _distinct(alias for node in group for alias in node.names if _folded(alias) != _folded(name))
    roles = _distinct(role for node in group for role in node.party.roles)
    article_ids = sorted({node.article.id for node in group}, key=article_order.__getitem__)
    return BriefingParty(
        id=party_id,
        name=name,
        type=types.most_common(1)[0][0],
        aliases=tuple(aliases),
        roles=tuple(roles),
        members=tuple((node.article.id, node.party.id) for node in group),
        article_ids=tuple(article_ids),
        statements=tuple(statements),
        unnamed=all(node.party.unnamed for node in group),
    )


def _distinct(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(_folded(value), value)
    return list(seen.values())


@lru_cache(maxsize=65536)
def _folded(text: str) -> str:
    """Lower case without accents or curly apostrophes: "Inês" ~ "ines"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _content_words(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(_folded(text)) if _folded(w) not in _STOPWORDS)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude English stem, enough to meet "threatened"/"threat", "sharing"/"shared"."""
    word = re.sub(r"'s?$", "", word)
    for suffix in ("ings", "ing", "ened", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


# --- disputes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dispute:
    """What one party asserts, and another party's response to it, with why they were linked."""

    assertion: BriefingStatement
    response: BriefingStatement
    score: float
    reason: str
    shared_parties: tuple[str, ...] = ()  # briefing party names both sides mention
    shared_words: tuple[str, ...] = ()  # content words both sides share, as the response writes them
    explicit: str | None = None  # the response's own reference to what it answers ("the report")

    @property
    def same_article(self) -> bool:
        return self.assertion.article.id == self.response.article.id


@dataclass
class _Side:
    item: BriefingStatement
    words: dict[str, tuple[str, float]]  # stem -> (a word as written, 1 inside the statement, else 1/2)
    parties: set[str]  # briefing parties named in the statement or its sentence
    named: set[str]  # briefing parties named in the statement itself
    speakers: set[str]  # the speaking party and the organisation it speaks for
    reference: str | None = None


def find_disputes(briefing: Briefing) -> list[Dispute]:
    """Pairs of an assertion (a claim) and another party's response (denial, non-denial,
    confirmation or refusal) on the same matter, best link first within each response."""
    reader = _SideReader(briefing)
    sides = [reader.side(item) for item in briefing.statements() if item.party_id]
    claims = [side for side in sides if side.item.statement.stance == "claim"]
    responses = [side for side in sides if side.item.statement.stance in RESPONSE_STANCES]
    weights = _idf([side.words for side in sides])
    stories = story_similarity([article for article, _ in briefing.items])
    party_weights = _idf([dict.fromkeys(side.parties, ("", 1.0)) for side in sides])
    # Claims by what they hold: a claim sharing no word and no party with a response is never linked.
    holding: dict[str, set[int]] = defaultdict(set)
    for number, claim in enumerate(claims):
        for key in (*claim.words, *(f"party:{p}" for p in claim.parties)):
            holding[key].add(number)
    disputes: list[Dispute] = []
    for response in responses:
        sharing: set[int] = set()
        for key in (*response.words, *(f"party:{p}" for p in response.parties)):
            sharing |= holding.get(key, set())
        candidates = [
            _link(briefing, claims[number], response, weights, party_weights)
            for number in sorted(sharing)
            if not (claims[number].speakers & response.speakers)
            and stories[claims[number].item.article.id, response.item.article.id] >= SAME_STORY
        ]
        kept = [c for c in candidates if c is not None and c.score >= LINK_THRESHOLD]
        if not kept:
            continue
        best = max(c.score for c in kept)
        kept = [c for c in kept if c.score >= best * RELATIVE_FLOOR]
        disputes.extend(sorted(kept, key=lambda c: -c.score))
    return disputes


def story_similarity(articles: Sequence[Article]) -> dict[tuple[str, str], float]:
    """How much each two articles share, 0 to 1 (1 with itself): the cosine of their content words
    weighted by rarity in this briefing. A dispute across articles needs them to tell one story."""
    bags = [_word_counts(article.text) for article in articles]
    documents = Counter(stem for bag in bags for stem in bag)
    total = len(bags)
    vectors = []
    for bag in bags:
        vector = {
            stem: (1 + math.log(count)) * (math.log((1 + total) / (1 + documents[stem])) + 1)
            for stem, count in bag.items()
        }
        norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        vectors.append({stem: value / norm for stem, value in vector.items()})
    similarity: dict[tuple[str, str], float] = {}
    for i, (a, first) in enumerate(zip(articles, vectors, strict=True)):
        similarity[a.id, a.id] = 1.0
        for b, second in zip(articles[i + 1 :], vectors[i + 1 :], strict=True):
            shared = first.keys() & second.keys()
            similarity[a.id, b.id] = similarity[b.id, a.id] = sum(first[k] * second[k] for k in shared)
    return similarity


@lru_cache(maxsize=256)
def _word_counts(text: str) -> Counter[str]:
    """Content stems of a text and how often each occurs (kept: the views recompute as analyses arrive)."""
    folded = (_folded(word) for word in _WORD.findall(text))
    return Counter(_stem(word) for word in folded if word not in _STOPWORDS and len(word) > 2)


class _SideReader:
    """Reads what linking compares from each statement of one briefing."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.organisations = _organisation_names(briefing)
        self.speaks_for: dict[tuple[str, str], set[str]] = {}  # an article's party -> its organisations
        self.mentions: dict[str, tuple[list[int], list[Mention]]] = {}
        for article, analysis in briefing.items:
            ordered = sorted((m for m in analysis.mentions if m.party_id), key=lambda m: m.start)
            self.mentions[article.id] = ([m.start for m in ordered], ordered)

    def side(self, item: BriefingStatement) -> _Side:
        article, statement = item.article, item.statement
        span, cached_words = _statement_words(article.text, statement.start, statement.end)
        words = dict(cached_words)
        parties, named = self._parties_in(article.id, span, (statement.start, statement.end))
        speakers = self._speakers(item)
        for speaker in map(self.briefing.party, speakers):
            for name in (speaker.name, *speaker.aliases) if speaker else ():
                for word in _WORD.findall(name):
                    words.pop(_stem(_folded(word)), None)
        reference = None
        if statement.stance in RESPONSE_STANCES:
            found = (
                w for w in _WORD.findall(article.text[span[0] : span[1]]) if _folded(w) in _REFERENCE_NOUNS
            )
            reference = next(found, None)
        return _Side(item, words, parties - speakers, named - speakers, speakers, reference)

    def _parties_in(self, article_id: str, span: tuple[int, int], core: tuple[int, int]) -> tuple[set, set]:
        """Briefing parties mentioned in ``span``, and those of them mentioned inside ``core``."""
        starts, mentions = self.mentions[article_id]
        parties, named = set(), set()
        # A mention starting up to 200 characters before the span may still reach into it.
        for mention in mentions[bisect_left(starts, span[0] - 200) : bisect_left(starts, span[1])]:
            if mention.end <= span[0]:
                continue
            party = self.briefing.party_of(article_id, mention.party_id)
            if party:
                parties.add(party.id)
                if mention.start < core[1] and mention.end > core[0]:
                    named.add(party.id)
        return parties, named

    def _speakers(self, item: BriefingStatement) -> set[str]:
        """The speaking party, the organisation an unnamed source speaks for, and those its roles name."""
        speakers = {item.party_id} if item.party_id else set()
        analysis = self.briefing.analysis(item.article.id)
        speaking = analysis.party(item.statement.party_id) if analysis else None
        if speaking is None:
            return speakers
        parent = self.briefing.party_of(item.article.id, speaking.parent_id)
        if parent:
            speakers.add(parent.id)
        key = (item.article.id, speaking.id)
        if key not in self.speaks_for:
            self.speaks_for[key] = _organisations_in_roles(self.organisations, speaking)
        return speakers | self.speaks_for[key]


@lru_cache(maxsize=16384)
def _statement_words(text: str, start: int, end: int) -> tuple[tuple[int, int], dict[str, tuple[str, float]]]:
    """The span a statement is read in (its sentence, without a dateline) and its weighted words.
    Cached: the result depends on the text alone. Callers copy the dict before changing it."""
    sentence = _sentence_span(text, start, end)
    span = (min(sentence[0], start), max(sentence[1], end))
    dateline = _DATELINE.match(text, span[0])
    if dateline:
        span = (dateline.end(), span[1])
    return span, _word_weights(text, span, (start, end))


def _word_weights(text: str, span: tuple[int, int], core: tuple[int, int]) -> dict[str, tuple[str, float]]:
    words: dict[str, tuple[str, float]] = {}
    for match in _WORD.finditer(text, span[0], span[1]):
        folded = _folded(match.group())
        if folded in _STOPWORDS or len(folded) <= 2:
            continue
        weight = 1.0 if core[0] <= match.start() < core[1] else 0.5
        stem = _stem(folded)
        if weight > words.get(stem, ("", 0.0))[1]:
            words[stem] = (match.group(), weight)
    return words


def _organisation_names(briefing: Briefing) -> dict[tuple[str, ...], set[str]]:
    """The words of every organisation's and state's names -> its briefing party ids."""
    names: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for party in briefing.parties:
        if party.type != "PERSON" and not party.unnamed:
            for name in (party.name, *party.aliases):
                words = tuple(_folded(w) for w in _WORD.findall(clean_name(name)))
                if words:
                    names[words].add(party.id)
    return names


def _organisations_in_roles(names: dict[tuple[str, ...], set[str]], party: Party) -> set[str]:
    """The organisations a person speaks for by role ("State Department spokesman")."""
    longest = min(6, max(map(len, names), default=0))  # an organisation's name in a role is short
    found: set[str] = set()
    for role in party.roles:
        words = [_folded(w) for w in _WORD.findall(role)]
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + longest) + 1):
                found |= names.get(tuple(words[start:end]), set())
    return found


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) around ``start``-``end``: from the end of the sentence before
    to the end of the one holding ``end``."""
    before = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        before = match.end()
    after = _SENTENCE_END.search(text, end)
    return before, after.end() if after else len(text)


def _idf(bags: Sequence[dict[str, tuple[str, float]]]) -> dict[str, float]:
    counts = Counter(stem for bag in bags for stem in bag)
    total = max(1, len(bags))
    return {stem: math.log((1 + total) / (1 + count)) + 0.5 for stem, count in counts.items()}


def _link(
    briefing: Briefing,
    claim: _Side,
    response: _Side,
    weights: dict[str, float],
    party_weights: dict[str, float],
) -> Dispute | None:
    # Ties broken by the word itself, so the reason reads the same in every run.
    shared_stems = sorted(set(claim.words) & set(response.words), key=lambda s: (-weights.get(s, 0), s))
    word_score = sum(
        weights.get(stem, 0) * min(claim.words[stem][1], response.words[stem][1]) for stem in shared_stems
    )
    # The claim names the party that answers ("Teixeira said the United States had threatened…").
    about_responder = bool(response.speakers & claim.named)
    shared_parties = sorted((claim.parties & response.parties) - claim.speakers - response.speakers)
    party_score = sum(party_weights.get(pid, 0) for pid in shared_parties)
    score = word_score + party_score + (2.0 if about_responder else 0.0)
    same_article = claim.item.article.id == response.item.article.id
    if response.reference and same_article and claim.item.statement.start < response.item.statement.start:
        score += 1.5  # "denied the accusation" answers what the article reported before it
    elif response.reference:
        score += 0.5
    if not shared_stems and not shared_parties:
        return None
    names = [party.name for party in map(briefing.party, shared_parties) if party]
    words = [response.words[stem][0] for stem in shared_stems[:6]]
    reasons = []
    if response.reference:
        reasons.append(f"answers “{response.reference}”")
    if about_responder:
        responder = briefing.party(response.item.party_id)
        reasons.append(f"the claim names {responder.name if responder else 'the responder'}")
    if names:
        reasons.append("both name " + ", ".join(names))
    if words:
        reasons.append("shared words: " + ", ".join(words))
    return Dispute(
        assertion=claim.item,
        response=response.item,
        score=round(score, 2),
        reason="; ".join(reasons),
        shared_parties=tuple(names),
        shared_words=tuple(words),
        explicit=response.reference,
    )


# --- Markdown for the export ----------------------------------------------------------------------


def _type_words(party_type: str) -> str:
    """A party type in words ("organisation"), as the export writes it; "" for a type it leaves unsaid."""
    return PARTY_TYPE_WORDS.get(party_type, "")


def _counted_stance(count: int, stance: str) -> str:
    """ "1 denial", "2 non-denials"."""
    return f"{count} {STANCE_WORDS[stance]}{'s' * (count != 1)}"


def _where(item: BriefingStatement) -> str:
    title = item.article.title or outlet(item.article)
    date = f", {item.article.date}" if item.article.date else ""
    return f"{escape_inline(outlet(item.article))}{escape_inline(date)}: {escape_inline(title)}"


def _quoted(statement: Statement) -> str:
    return "“" + escape_inline(statement.text) + "”"


def render_briefing_parties(briefing: Briefing, level: int = 2) -> str:
    """Each principal party across the articles, with its statements under its stances' headings."""
    hashes = "#" * level
    lines = [f"{hashes} Parties across the briefing", ""]
    parties = briefing.principal_parties()
    if not parties:
        lines += ["No party said anything in these articles.", ""]
    first_unnamed = next((party for party in parties if party.unnamed), None)
    for party in parties:
        if party is first_unnamed:  # apart from the parties: the articles do not name them
            lines += [f"{hashes}# {UNNAMED_SOURCES_HEADING}", ""]
            lines += ["Sources the articles do not name, speaking for no party they name.", ""]
        counts = party.stance_counts()
        shown = ", ".join(_counted_stance(counts[s], s) for s in STANCES if counts[s])
        articles = len(party.article_ids)
        deeper = "#" if party.unnamed else ""  # an unnamed source sits under the heading above
        lines += [f"{hashes}#{deeper} {escape_inline(party.name)}", ""]
        where = f"in {articles} article{'s' * (articles != 1)}"
        kind = "unnamed source" if party.unnamed else _type_words(party.type)
        summary = f"{kind.capitalize()}, {where}: {shown}." if kind else f"{where.capitalize()}: {shown}."
        lines.append(summary)
        if party.aliases:
            lines.append("Also named: " + "; ".join(escape_inline(a) for a in party.aliases) + ".")
        if party.roles:
            lines.append("Roles: " + "; ".join(escape_inline(r) for r in party.roles) + ".")
        lines.append("")
        for stance, items in party.by_stance().items():
            if not items:
                continue
            lines += [f"{hashes}##{deeper} {STANCE_HEADINGS[stance]}", ""]
            lines += [
                f"- {STANCE_GLYPHS[stance]} {_quoted(i.statement)}{_spoken_for(party, i)} ({_where(i)})"
                for i in items
            ]
            lines.append("")
    return "\n".join(lines)


def _spoken_for(party: BriefingParty, item: BriefingStatement) -> str:
    """ " — a spokesman for X": who said it, when an unnamed source said it for the party."""
    if (item.article.id, item.statement.party_id) in party.members or not item.statement.speaker:
        return ""
    return f" — {escape_inline(item.statement.speaker)}"


def render_disputes(briefing: Briefing, disputes: Sequence[Dispute], level: int = 2) -> str:
    """The disputes: each assertion set beside the response, with the reason for the link."""
    hashes = "#" * level
    lines = [f"{hashes} Disputes", ""]
    if not disputes:
        lines += ["No statement in these articles answers another party's claim.", ""]
    for number, dispute in enumerate(disputes, start=1):
        claimant = briefing.party(dispute.assertion.party_id)
        responder = briefing.party(dispute.response.party_id)
        stance = dispute.response.statement.stance
        heading = (
            f"{escape_inline(claimant.name if claimant else 'Unattributed')} · "
            f"{escape_inline(responder.name if responder else 'Unattributed')} "
            f"({STANCE_HEADINGS[stance].lower()})"
        )
        lines += [f"{hashes}# {number}. {heading}", ""]
        lines.append(
            f"- {STANCE_GLYPHS['claim']} {_quoted(dispute.assertion.statement)} ({_where(dispute.assertion)})"
        )
        lines.append(
            f"- {STANCE_GLYPHS[stance]} {_quoted(dispute.response.statement)} ({_where(dispute.response)})"
        )
        lines += ["", f"Linked because: {escape_inline(dispute.reason)}.", ""]
    return "\n".join(lines)
