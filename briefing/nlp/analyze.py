"""Article -> Analysis: parties, mentions and statements with speaker and stance.

All articles go through one ``nlp.pipe``. A long article is cut into chunks of at
most ``CHUNK_CHARS`` (at paragraph ends, inside a long paragraph at a sentence end)
so the parser's memory stays flat and no chunk reaches spaCy's length limit; every
offset is mapped back to the article text. The rules after the parse sort once and
bisect, so the whole analysis stays linear in the length of the text. The parser
sees curly quotes as straight ones (same length, so offsets hold), which it was
trained on.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from briefing.model import Analysis, Article, Statement
from briefing.names import STATE_NAMES, plain_word
from briefing.nlp.attribution import (
    Candidate,
    TextIndex,
    attribute,
    cue_negated,
    cue_tokens,
    governing_cue,
    is_cue,
)
from briefing.nlp.exchanges import Exchange
from briefing.nlp.lexicon import (
    ADDRESSED_TO_YOU,
    ASKED_OF_US,
    ASKING_CUE,
    CALENDAR_WORDS,
    CAMPAIGN_NAME_VERBS,
    CLOCK_TIME,
    COMPANY_NOUNS,
    CREDIT_LINE,
    DEMONYMS,
    ENTITY_LABELS,
    FEMALE_PRONOUNS,
    HEADLINE_PREPOSITIONS,
    HONORIFICS,
    INDEFINITE_ARTICLES,
    INDIRECT_YES_OR_NO,
    LOCAL_BODY_HEADS,
    MALE_PRONOUNS,
    NAME_RANK_WORDS,
    NAME_SUFFIXES,
    ORG_NOUNS,
    ORGANISATION_KINDS,
    PERSON_OR_FIRM_TRADES,
    PERSON_ROLES,
    PORTFOLIO_WORDS,
    REPORTS_AS,
    SPEAKING_FOR_ROLES,
    STATE_BODY_HEADS,
    STATE_INSTITUTION_HEADS,
    STYLE_TITLES,
    SURNAME_PARTICLES,
    TITLES,
    TRADE_BODY_NAME_WORDS,
    UNTAGGED_PERSON_STOP_WORDS,
)
from briefing.nlp.parties import EntityMention, PartyIndex, gender_of_role, organisation_shaped, role_word
from briefing.nlp.pipeline import load_nlp
from briefing.nlp.quotes import find_quotes, normalise_for_parser
from briefing.nlp.speakers import SpeakerResolver, organisation_kinds
from briefing.nlp.stance import (
    CONFIRM_VERBS,
    CONTINUES_DENYING_VERB,
    DENY_VERBS,
    ORGANISATION,
    PERSON,
    charges_before,
    classify,
    rejects,
)
from briefing.nlp.version import ANALYZER_VERSION

if TYPE_CHECKING:  # importing this module must not import spaCy: the reader reads ANALYZER_VERSION
    from spacy.tokens import Doc, Span, Token

CHUNK_CHARS = 20_000
# Chunks parsed together. The parser's working memory grows with the characters of a batch (16 chunks of a
# long article took 1.1 GB at 100k words, 4 take 0.43 GB) and a batch of 4 parses as fast.
BATCH_SIZE = 4
# A byline paragraph: "By Kwame Asante, West Africa Correspondent", "By Dana Reyes and Tom Li".
_BYLINE = re.compile(r"By\s+[A-Z][^\n.!?]{0,120}$")


def chunk_spans(article: Article, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of the text, each at most ``limit`` characters, in one pass.

    A piece ends at the last paragraph end that fits; in a paragraph longer than ``limit``, at its
    last sentence end that fits, else its last white space, else at ``limit`` itself.
    """
    text = article.text
    if len(text) <= limit:
        return [(0, len(text))]
    paragraph_ends = [end for _, end in article.paragraphs]
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        at = bisect_right(paragraph_ends, start + limit) - 1
        end = (
            paragraph_ends[at] if at >= 0 and paragraph_ends[at] > start else _cut_inside(text, start, limit)
        )
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _cut_inside(text: str, start: int, limit: int) -> int:
    """Where to end a piece that starts at ``start`` inside a paragraph longer than ``limit``."""
    window = text[start : start + limit]
    last = None
    for last in _SENTENCE_END.finditer(window, len(window) // 2):  # noqa: B007 - the last one is wanted
        pass
    if last is not None:
        return start + last.end()
    space = max(window.rfind(" "), window.rfind("\t"), window.rfind("\n"))
    return start + space + 1 if space > 0 else start + limit


def analyze(article: Article) -> Analysis:
    return next(analyze_many([article]))


def analyze_many(articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[Analysis]:
    """Analyse every article with one pass of the spaCy pipeline over all their chunks.

    Each analysis is yielded as soon as the article's last chunk is parsed, not when the next
    article's first chunk comes back, so a lazy input (the reader's child) is never held back
    waiting for more; spaCy itself takes up to ``batch_size`` chunks before it parses any.
    """
    nlp = load_nlp()
    pending: dict[int, tuple[Article, int]] = {}  # article number: the article and its number of chunks

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for number, article in enumerate(articles):
            spans = chunk_spans(article)
            pending[number] = (article, len(spans))
            for start, end in spans:
                yield normalise_for_parser(article.text[start:end]), (number, start)

    chunks: list[tuple[Doc, int]] = []
    for doc, (number, offset) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        _drop_tensor(doc)
        chunks.append((doc, offset))
        article, count = pending[number]
        if len(chunks) == count:
            del pending[number]  # its text and docs are freed as the stream goes on
            with _collector_paused():
                analysis = _analyse_parsed(article, chunks)
            yield analysis
            chunks = []


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The rules hold a Token object for every word of the article while they make many small objects;
    the cyclic collector, run on allocation counts, would walk those Tokens again and again for nothing
    (0.4-0.5 s of a 200k-word analysis, 1% of it). The rules leave no cycles (a collection right after a
    10k-word analysis finds none), and any would be collected once the collector resumes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _drop_tensor(doc: Doc) -> None:
    """The tagger's per-token vectors are no rule's input: freed as each chunk arrives, they are most
    of a parsed chunk's memory, so a long article's peak stays near the size of its tokens."""
    import numpy

    doc.tensor = numpy.zeros((0, doc.tensor.shape[-1] if doc.tensor.ndim == 2 else 0), dtype="float32")


def _entity_mentions(
    index: TextIndex, in_quote
) -> tuple[list[EntityMention], dict[tuple[int, int], tuple[int, int]]]:
    mentions: list[EntityMention] = []
    by_token: dict[tuple[int, int], tuple[int, int]] = {}
    for doc, offset in index.chunks:
        # "Reporting by X; Editing by Y", "Photo: … (Agency/Name)", "By X": page furniture names no party
        credits = [(m.start(), m.end()) for m in CREDIT_LINE.finditer(doc.text)]
        for ent, label in _cut_at_parentheses(
            _cut_at_spaced_dashes(
                _with_trades_joined(
                    _with_portfolios_listed(
                        _with_names_joined_at_and(
                            _with_particle_surnames(
                                _without_owner_states(
                                    _with_letters_after_names(
                                        _with_states_joined_to_bodies(
                                            _with_untagged_people(doc, _with_state_bodies_named(doc))
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        ):
            if label == "FAC" and _building_that_speaks(ent):
                label = "ORG"  # "Downing Street said", "officials at the Élysée Palace": who works there
            if label not in ENTITY_LABELS:
                continue
            if credits and any(start <= ent.start_char < end for start, end in credits):
                continue
            ent = _without_possessive(ent)
            if ent is None:
                continue
            while len(ent) > 1 and CLOCK_TIME.fullmatch(ent[0].text):
                ent = ent[1:]  # "14:05 Ms Hale": a live blog's time stamp the tagger glued to the name
            if label in ("PERSON", "ORG") and len(ent) > 1 and ent[0].lower_ in INDEFINITE_ARTICLES:
                ent = ent[1:]  # "A European Commission spokesman": the article opens the phrase, not the name
            if label in ("PERSON", "ORG"):
                ent = _with_untagged_name_words(ent)  # "Aminu [Sani Kano]", "Millbeck [Dairy]"
            if label == "ORG" and len(ent) >= 4:
                ent = _without_headline_glue(ent)  # "Health Ministry [Orders Review After …]"
                if ent is None:
                    continue
            if label == "ORG":
                ent = _with_words_joined_by_and(ent)
            if ent.text.lower() in CALENDAR_WORDS:
                continue  # the tagger's slip: "on Monday" is a date, never a party
            if len(ent) == 1 and ent.root.tag_ in ("VBN", "VBD", "VBG") and ent.root.pos_ == "VERB":
                continue  # "Televised debates will return": a participle the tagger capitalised, no name
            if label in ("ORG", "PERSON") and len(ent) == 1 and _plural_common_noun(ent.root):
                continue  # "Detectives said", "Nurses said": a plural common noun, capitalised, is no name
            if label in ("ORG", "PERSON") and _with_indefinite_article(ent):
                continue  # "a retired GP", "an MP": a common noun the tagger took for a name
            if label == "ORG" and _after_person_role(ent):
                label = "PERSON"  # "Opposition health spokeswoman Nadia Farrow said": the role says who
            if label in ("ORG", "GPE") and _titled_as_person(ent):
                label = "PERSON"  # "Dragan Petrović, the interior minister": the role says who it is
            body = (
                label in ("PERSON", "ORG")
                and _named_as_organisation(ent)
                and not (label == "PERSON" and _person_of_a_trade(ent))
            ) or (label in ("PERSON", "GPE") and ent.text not in _STATES_BY_NAME and _described_as_body(ent))
            if body:
                label = "ORG"  # "the sportswear company Arvo", "the passenger group Rail Users Together"
            named_person = label == "ORG" and _named_after_person(ent)
            if label in ("ORG", "GPE") and _given_an_age(ent):
                label = "PERSON"  # "Lydia Fenn, 38, said": only a person's age is written so
            if named_person or (label == "ORG" and not body and _appositive_person(ent, offset, in_quote)):
                label = "PERSON"
            called_which = _followed_by_which(ent)  # "Atlantis Air, which flies to the islands,"
            if label == "PERSON" and called_which:
                label = "ORG"  # "which" is never said of a person
            campaign = _campaign_name(ent) if label in ("PERSON", "ORG", "GPE") else None
            if campaign is not None:
                ent, label = campaign, "ORG"  # "Save Oakley Woods said": a campaign group, not "Oakley Woods"
            start, end = offset + ent.start_char, offset + ent.end_char
            name = ent.text
            owner = _state_owner(ent) if label == "ORG" else None
            if owner is not None:  # "Peru's Ministry of Foreign Affairs": never Chile's ministry of that name
                start, name = offset + owner.start_char, doc[owner.start : ent.end].text
            if label == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS:
                name = f"{doc[ent.start - 1].text} {name}"  # "Mr." tells which Clinton is meant
            elif (
                label == "PERSON"
                and len(ent) == 1
                and ent.start > 0
                and doc[ent.start - 1].lower_ in STYLE_TITLES
            ):
                # "Lord Harding", "Mr Justice Caldwell": the title is how the article names the person
                first = ent.start - 1
                if (
                    first > 0
                    and doc[first].lower_ == "justice"
                    and doc[first - 1].lower_ in HONORIFICS | STYLE_TITLES
                ):
                    first -= 1
                name = f"{doc[first : ent.start].text} {name}"
            mentions.append(
                EntityMention(
                    start,
                    end,
                    name,
                    label,
                    is_subject=_main_subject(ent.root)
                    or (named_person and _main_subject(_named_by(ent)))
                    or _names_the_subject(ent.root),
                    in_quote=in_quote(start),
                    modifier=label == "NORP" and ent.root.dep_ in ("amod", "compound", "nmod"),
                    gender=_pronoun_after(ent, offset, in_quote)
                    if label == "PERSON" and len(ent) > 1
                    else None,
                    role_gender=_role_gender(ent) if label == "PERSON" else None,
                    called_which=called_which,
                    acts=ent.root.dep_ in ("nsubj", "nsubjpass"),
                )
            )
            for token in ent:
                by_token[(id(doc), token.i)] = (start, end)
    _add_missed_names(index, mentions, by_token, in_quote)
    return mentions, by_token


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_HE_OR_SHE = frozenset({"he", "she"})


def _add_missed_names(index: TextIndex, mentions: list[EntityMention], by_token, in_quote) -> None:
    """Names spaCy did not tag but whose surname it tagged elsewhere ("Teo Vasilescu" beside
    "Teodora Vasilescu"): a capitalised surname with the capitalised words before it."""
    surnames = {
        m.text.split()[-1].lower() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1
    }
    by_start = {(m.start, m.end): m for m in mentions}
    replaced: set[int] = set()  # ids of surname-alone mentions a fuller name takes the place of
    for token in index.tokens_where(lowers=frozenset(surnames)):
        if token.is_title:
            doc, offset = token.doc, index.start(token) - token.idx
            tagged = by_token.get((id(doc), token.i))
            if tagged is not None:
                single = tagged == (offset + token.idx, offset + token.idx + len(token.text))
                if not (
                    single and token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].pos_ == "PROPN"
                ):
                    continue
                if (id(doc), token.i - 1) in by_token:
                    continue
                replaced.add(id(by_start.pop(tagged)))  # the surname alone: take the first name with it
            first = token.i
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
                if (id(doc), first - 1) in by_token:
                    break
                first -= 1
            span = doc[first : token.i + 1]
            start, end = offset + span.start_char, offset + span.end_char
            mentions.append(
                EntityMention(start, end, span.text, "PERSON", _main_subject(token), in_quote(start))
            )
            for covered in span:
                by_token[(id(doc), covered.i)] = (start, end)
    if replaced:
        mentions[:] = [m for m in mentions if id(m) not in replaced]


def _role_gender(ent: Span) -> str | None:
    """The gender the roles written with a name show ("her husband, Robert Finch"), if they agree."""
    genders = {gender_of_role(role) for role in _roles_of(ent)} - {None}
    return genders.pop() if len(genders) == 1 else None


def _pronoun_after(ent: Span, offset: int, in_quote) -> str | None:
    """The gender of the first he/she after a full name that is the subject of a main clause, up to the
    end of the next sentence, when no other person is named before it: the article's own evidence
    ("Dana Reyes arrived. She said …"). A pronoun in a subordinate clause ("which he denied") may
    point at someone named earlier, so it is no evidence; the search ends at a quotation (its speaker,
    and its "he" and "she", may be others)."""
    doc = ent.doc
    if in_quote(offset + ent.start_char):
        return None
    limit = ent.sent.end
    if limit < len(doc):
        limit = doc[limit].sent.end
    for token in doc[ent.end : limit]:
        if token.ent_type_ == "PERSON" or in_quote(offset + token.idx):
            return None  # another person, or a quotation whose speaker may be another
        if token.dep_ != "nsubj" or token.head.dep_ != "ROOT":
            continue
        if token.lower_ in MALE_PRONOUNS:
            return "m"
        if token.lower_ in FEMALE_PRONOUNS:
            return "f"
    return None


def _main_subject(token: Token) -> bool:
    """A subject of its sentence's main clause (or of a clause joined to it), not of a subordinate one."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and is_cue(verb.head)


def _plural_common_noun(token: Token) -> bool:
    """'Detectives', 'Nurses': a plural the tagger reads as a common noun (its lemma drops the plural
    ending), not a name that merely ends in a letter the tagger misread."""
    return token.tag_ == "NNS" and token.lower_.endswith("s") and token.lemma_.lower() != token.lower_


def _with_indefinite_article(ent: Span) -> bool:
    """Whether a name heads a noun phrase with "a" or "an" ("a retired GP"): names take no such article, so
    it is a common noun; "a Harlow spokesman", "a Department for Trade official" is a name modifying another
    noun (the article is that noun's), and stays."""
    root = ent.root
    return root.dep_ not in ("compound", "nmod") and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES and c.i < ent.start for c in root.children
    )


def _state_owner(ent: Span) -> Span | None:
    """The state whose institution a generic name is, written as its possessor ("Peru's Ministry of Foreign
    Affairs", "Indonesia's foreign ministry"): part of the name, since every state has one of that name."""
    if ent.root.lemma_.lower() not in STATE_INSTITUTION_HEADS or ent.start < 2:
        return None
    doc = ent.doc
    mark = doc[ent.start - 1]
    # the tagger may take "Chile's" before a lower-case "health ministry" for an organisation
    owners = ("GPE", "ORG") if ent.root.lemma_.lower() in STATE_BODY_HEADS else ("GPE",)
    if mark.tag_ != "POS" or doc[ent.start - 2].ent_type_ not in owners:
        return None
    first = ent.start - 2
    while first > 0 and doc[first].ent_iob_ == "I":  # back to the first word of "South Korea"
        first -= 1
    return doc[first : ent.start - 1]


def _names_the_subject(root: Token) -> bool:
    """A name in apposition to the subject names it: "Peru's ambassador, Rosa Ortiz, was summoned", "The
    group, Save the Reef, says …" (whom a later she or it refers to)."""
    if root.dep_ != "appos":
        return False
    head = root.head  # "Peru's envoy to Rome, Rosa Ortiz,": the parser may hang the name on "Rome"
    while head.dep_ in ("pobj", "prep") and head.head.i < head.i:
        head = head.head
    return _main_subject(head)


def _named_by(ent: Span) -> Token:
    """The noun a name is given to: "driver" in "a retired driver named X", else the name itself."""
    verb = ent.root.head
    if ent.root.dep_ in ("oprd", "dobj", "attr") and verb.lemma_ in ("name", "call") and verb.dep_ == "acl":
        noun = verb.head
        while noun.dep_ == "appos" and noun.head.pos_ == "NOUN":  # "Her neighbour, a driver named X,"
            noun = noun.head
        return noun
    return ent.root


def _appositive_person(ent: Span, offset: int, in_quote) -> bool:
    """'the shop's owner, Alun Vaughan, said … He has started …': a name of two or three capitalised words
    set in apposition to a noun, with no shape of an organisation's, that a he or she takes up as the next
    subject names a person, whatever spaCy's label. So does such a name as the subject of a main clause
    ("Nadia Kerr ran the shelter. She said …")."""
    appositive = ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN"
    if not (appositive or _main_subject(ent.root)) or not 2 <= len(ent) <= 3:
        return False
    if not all(t.is_title and t.pos_ == "PROPN" for t in ent) or organisation_shaped(ent.text):
        return False
    return _pronoun_after(ent, offset, in_quote) is not None


def _given_an_age(ent: Span) -> bool:
    """A name of two or three capitalised words followed by an age between commas: "Ana Ruiz, 38, said"."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 3]
    if len(after) < 3 or not 2 <= len(ent) <= 3 or not all(t.is_title for t in ent):
        return False
    comma, age, closing = after
    return (
        comma.text == ","
        and age.text.isdigit()
        and 0 < int(age.text) < 120
        and closing.text in (",", ")")
        and not organisation_shaped(ent.text)
    )


def _named_as_organisation(ent: Span) -> bool:
    """A name written right after a noun for a body, with no comma ("the sportswear company Arvo", "the
    trade group Safe Roads Now", "the broadcaster Kestrel"): the noun says what it names."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    kind = before.lemma_.lower()  # (the tagger may call "company" a proper noun there: its case tells)
    if not before.text.islower() or kind not in ORG_NOUNS | COMPANY_NOUNS | ORGANISATION_KINDS:
        return False
    return (
        before.head.i in range(ent.start, ent.end)
        or before.i == ent.root.head.i
        or (ent.root.dep_ == "appos" and ent.root.head.i == before.i)
    )


def _described_as_body(ent: Span) -> bool:
    """A name set in apposition with a noun for a body ("Fenmoor, the online retailer,", "Ofwat, the water
    regulator,"): what the article calls it says it is an organisation, whatever the tagger's label."""
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.text.islower()
        and c.lemma_.lower() in (ORG_NOUNS | COMPANY_NOUNS | ORGANISATION_KINDS) - PERSON_OR_FIRM_TRADES
        for c in ent.root.children
    )


def _person_of_a_trade(ent: Span) -> bool:
    """'the violin maker Tommaso Varelli', 'the game developer Ana Ruiz': a noun for a trade a person
    practises as well as a firm, before a name of two or three capitalised words the tagger calls a
    person, names the person ("the drugmaker Orrin", one word, stays a firm)."""
    before = ent.doc[ent.start - 1]
    return (
        before.lemma_.lower() in PERSON_OR_FIRM_TRADES
        and 2 <= len(ent) <= 3
        and all(t.is_title and t.pos_ == "PROPN" for t in ent)
    )


def _named_after_person(ent: Span) -> bool:
    """'a retired lorry driver named X', 'a woman called X': a name given to a person noun (not to an
    organisation's: "a company called X") names a person, whatever spaCy's label."""
    noun = _named_by(ent)
    if noun is ent.root or noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() not in ORG_NOUNS | COMPANY_NOUNS and noun.ent_type_ != "ORG"


def _after_person_role(ent: Span) -> bool:
    """'health spokeswoman Nadia Farrow', 'union leader Dara Quinn': a name of two or three capitalised words
    written right after a lower-case role only a person holds, as its title, is a person's."""
    if ent.start == 0 or not 2 <= len(ent) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in ent):
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.pos_ == "NOUN"
        and before.text.islower()
        and before.lemma_.lower() in PERSON_ROLES
        and before.head.i in range(ent.start, ent.end)
        and not organisation_shaped(ent.text)
    )


def _titled_as_person(ent: Span) -> bool:
    """A name of two or three capitalised words set in apposition with a role only a person holds."""
    if not 2 <= len(ent) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in ent):
        return False
    root = ent.root
    roles = [c for c in root.children if c.dep_ == "appos"]
    before = ent.doc[ent.start - 2] if ent.start > 1 and ent.doc[ent.start - 1].text == "," else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in ORG_NOUNS:
        return False  # "a lawyer for a tenants' group, Riverside Homes Watch,": the group's name
    if root.dep_ == "appos":
        roles.append(root.head)
    return any(r.pos_ == "NOUN" and r.lemma_.lower() in PERSON_ROLES for r in roles)


# The states the word lists name, as news writes them ("Ireland", "United Kingdom").
_STATES_BY_NAME = frozenset(DEMONYMS.values()) | frozenset(STATE_NAMES.values())
_NO_NAME_WORDS = NAME_RANK_WORDS | CALENDAR_WORDS | CAMPAIGN_NAME_VERBS | NAME_SUFFIXES


def _untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun in no entity that can be a word of a name: not a rank or title ("Detective
    Inspector"), an honorific, a day or month, a campaign verb ("Save …") or a letter after a name ("MP")."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not token.ent_type_
        and plain_word(token.text) not in _NO_NAME_WORDS
    )


def _title_case_line(sentence: Span) -> bool:
    """A headline set in title case ("Rail Firm Boss Quits Over Fares"): every word capitalised, so no
    capital there tells a name."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _with_untagged_name_words(ent: Span) -> Span:
    """'Aminu Sani Kano', 'Millbeck Dairy announced': the tagger cut a name short and left the
    capitalised words beside it untagged; a proper noun that hangs on the name as a compound (or that the
    name hangs on) is a word of the same name. Not in a title-case headline."""
    doc, start, end = ent.doc, ent.start, ent.end
    while (
        start > 0
        and not doc[start].is_sent_start
        and _untagged_name_word(doc[start - 1])
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and "\n" not in doc[start - 1].whitespace_
    ):
        start -= 1
    while (
        end < len(doc)
        and not doc[end].is_sent_start
        and _untagged_name_word(doc[end])
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and "\n" not in doc[end - 1].whitespace_
    ):
        end += 1
    if (start, end) == (ent.start, ent.end) or _title_case_line(ent.sent):
        return ent
    return doc[start:end]


def _with_words_joined_by_and(ent: Span) -> Span:
    """'The Warehouse and Distribution Workers Union': the tagger began the name after "and"; a capitalised
    word between "the" and that "and", in no name of its own, is the start of the same name."""
    doc, first = ent.doc, ent.start
    if first >= 3 and doc[first - 1].lower_ == "and" and doc[first - 3].lower_ == "the":
        word = doc[first - 2]
        if word.is_title and word.pos_ in ("PROPN", "NOUN") and not word.ent_type_:
            return doc[first - 2 : ent.end]
    return ent


def _with_state_bodies_named(doc: Doc) -> list[Span]:
    """The entities of ``doc`` and the bodies written after a state's possessive that the tagger left
    untagged ("Chile's health ministry has ordered a review", "Kenya's embassy in Rome"): a state's ministry
    of a portfolio, or its embassy, is one body the article names, as "Chile's Ministry of Health" is."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    tagged = {t.i for ent in ents for t in ent}
    out: list[Span] = []
    for ent in ents:
        # the tagger may take "Chile's" before the body for an organisation: the possessive is the state's
        possessive = ent.end if ent.label_ == "GPE" else ent.end - 1
        body = _state_body_after(doc, possessive, tagged) if ent.label_ in ("GPE", "ORG") else None
        if body is None or (ent.label_ == "ORG" and (len(ent) != 2 or ent[-1].tag_ != "POS")):
            out.append(ent)
            continue
        out.append(ent if ent.label_ == "GPE" else Span(doc, ent.start, ent.end - 1, label="GPE"))
        out.append(body)
    return out


def _with_untagged_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with the people the tagger left untagged (it misses many names it has not seen):
    two or three capitalised proper nouns in no entity, the subject of their clause, that a he or she in
    the same sentence or the next refers to before anyone else is named ("Renata Okoye has not watched a
    game since she was fired"), or that an age follows ("Kofi Mensah, 52, said"). A word of a body's name,
    a rank or a role keeps them out; so does a headline set in title case."""
    from spacy.tokens import Span

    tagged = {t.i for ent in ents for t in ent}
    people = [ent for ent in ents if ent.label_ == "PERSON"]
    found: list[Span] = []
    # only capitalised proper nouns outside any entity can start one, read from the arrays (every Token's
    # attributes would cost more than the rest of this)
    propn = doc.vocab.strings["PROPN"]
    rows = doc.to_array(["POS", "IS_TITLE", "ENT_IOB"]).tolist() if len(doc) else []
    possible = [i for i, (pos, title, iob) in enumerate(rows) if pos == propn and title and iob in (0, 2)]
    i = -1
    for start in possible:
        if start < i or not _person_name_word(doc[start], tagged):
            continue
        i = start
        while (
            i < len(doc)
            and _person_name_word(doc[i], tagged)
            and (i == start or "\n" not in doc[i - 1].whitespace_)
        ):
            i += 1
        span = doc[start:i]
        if 2 <= len(span) <= 3 and _untagged_person(span, people):
            found.append(Span(doc, span.start, span.end, label="PERSON"))
        elif len(span) <= 3 and _described_as_body(span):
            found.append(Span(doc, span.start, span.end, label="ORG"))  # "Fenmoor, the online retailer,"
    if not found:
        return ents
    return sorted([*ents, *found], key=lambda ent: ent.start)


def _person_name_word(token: Token, tagged: set[int]) -> bool:
    return (
        token.i not in tagged
        and _untagged_name_word(token)
        and token.lemma_.lower() not in ORG_NOUNS | COMPANY_NOUNS | PERSON_ROLES
        and plain_word(token.text) not in UNTAGGED_PERSON_STOP_WORDS
    )


def _untagged_person(span: Span, people: list[Span]) -> bool:
    doc = span.doc
    if (span.start > 0 and doc[span.start - 1].pos_ == "PROPN") or _title_case_line(span.sent):
        return False
    after = doc[span.end : span.end + 3]
    if len(after) == 3 and after[0].text == "," and after[1].text.isdigit() and after[2].text in (",", ")"):
        return 0 < int(after[1].text) < 120  # "Kofi Mensah, 52,": only a person's age is written so
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sentence = span.sent
    last = sentence.end
    if last < len(doc):
        last = doc[last].sent.end  # the next sentence too
    for token in doc[span.end : last]:
        if any(p.start == token.i for p in people):
            return False  # someone else named first: the pronoun may be theirs
        if token.lower_ in ("he", "she", "his", "her") and token.pos_ == "PRON":
            return True
    return False


def _state_body_after(doc: Doc, possessive: int, tagged: set[int]) -> Span | None:
    """The untagged "health ministry" (or "embassy") right after the possessive mark at ``possessive``."""
    from spacy.tokens import Span

    if possessive + 1 >= len(doc) or doc[possessive].tag_ != "POS":
        return None
    last = possessive + 1
    while last < len(doc) and doc[last].lower_ in PORTFOLIO_WORDS and last - possessive <= 3:
        last += 1
    if last >= len(doc) or any(i in tagged for i in range(possessive + 1, last + 1)):
        return None
    head = doc[last]
    if head.lemma_.lower() not in STATE_BODY_HEADS or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if last == possessive + 1 and head.lemma_.lower() == "ministry":
        return None  # "Chile's ministry": which one is not said
    return Span(doc, possessive + 1, last + 1, label="ORG")


def _with_states_joined_to_bodies(doc: Doc | list[Span]) -> Iterator[tuple[Span, str]]:
    """The entities of ``doc`` with their labels; a place (or what the tagger cut off as an organisation)
    written right before an organisation's name, with no mark between ("the Arizona GOP", "the Ohio
    Teachers Union"), is one organisation of that place, not the place and a second, shorter party."""
    ents = list(doc.ents) if not isinstance(doc, list) else doc
    if not ents:
        return
    doc = ents[0].doc
    skip = False
    for ent, after in zip(ents, [*ents[1:], None]):  # noqa: B905 - the last entity has none after it
        if skip:
            skip = False
            continue
        if (
            after is not None
            and ent.label_ in ("GPE", "ORG")
            and after.label_ == "ORG"
            and after.start == ent.end
            and doc[ent.end - 1].tag_ != "POS"
            and not doc[ent.end - 1].is_punct
            and "\n" not in doc[ent.end - 1].whitespace_
        ):
            skip = True
            yield doc[ent.start : after.end], "ORG"
            continue
        yield ent, ent.label_


def _with_letters_after_names(ents: Iterable[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """'Prosecutor Anna Bell KC told the jury', 'Tom Reid MP said': letters written after a person's name that
    the tagger tagged alone (as an organisation) are part of the person's name, as when it tags them with it,
    never a party."""
    ents = list(ents)
    if not ents:
        return
    skip = False
    for (ent, label), after in zip(ents, [*ents[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if (
            label == "PERSON"
            and after is not None
            and len(after[0]) == 1
            and after[0].start == ent.end
            and plain_word(after[0].text) in NAME_SUFFIXES
        ):
            skip = True
            yield ent.doc[ent.start : after[0].end], label
            continue
        yield ent, label


def _without_owner_states(ents: Iterable[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """'Nigeria's National Heritage Council said': the tagger ran a state's possessive into the proper
    name of one of its bodies; the body's own name ("National Heritage Council") is the organisation and
    the state a place of its own. A state's generic institution ("Peru's Ministry of Foreign Affairs") keeps
    its owner, since every state has one of that name; a possessive that is no state ("McDonald's
    Corporation") is part of the name."""
    ents = list(ents)
    if not ents:
        return
    doc = ents[0][0].doc
    states = {ent.text for ent, label in ents if label == "GPE"} | _STATES_BY_NAME
    for ent, label in ents:
        mark = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
        if label != "ORG" or mark is None or doc[ent.start : mark].text not in states:
            yield ent, label
            continue
        body = doc[mark + 1 : ent.end]
        if not body[0].is_title or body.root.lemma_.lower() in STATE_INSTITUTION_HEADS:
            yield ent, label
            continue
        yield doc[ent.start : mark], "GPE"
        yield body, label


def _with_particle_surnames(ents: Iterable[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """'Kees van den Bosch', 'Ana de la Cruz': the tagger stopped a person's name at the lower-case
    particles of the surname (and may have tagged its last word as a place of its own); the name runs
    through the particles to the capitalised word after them."""
    end = -1
    for ent, label in ents:
        if ent.start < end:
            continue  # the surname's last word, which the name before took
        doc = ent.doc
        last = ent.end
        while last < len(doc) and doc[last].text.islower() and doc[last].lower_ in SURNAME_PARTICLES:
            last += 1
        particle_inside = ent[-1].text.islower() and ent[-1].lower_ in SURNAME_PARTICLES
        if (
            label == "PERSON"
            and (last > ent.end or particle_inside)
            and last < len(doc)
            and doc[last].is_title
            and doc[last].is_alpha
            and not doc[last].is_sent_start
        ):
            end = last + 1
            yield doc[ent.start : end], label
            continue
        yield ent, label


def _tagged_alone(token: Token) -> bool:
    """Whether a word is an entity of one word."""
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _field_word(token: Token) -> bool:
    """A capitalised plural a body's name may list ("Monuments", "Oceans"), untagged or tagged alone; an
    organisation or a place tagged there is a party of its own ("the Bank of England and Barclays")."""
    if not token.is_title or token.tag_ not in ("NNPS", "NNS"):
        return False
    return not token.ent_type_ or _tagged_alone(token) and token.ent_type_ not in ("ORG", "GPE")


def _fields_after_and(ent: Span) -> int:
    """Where a body's name that lists its fields after "for" or "of" ends when the tagger stopped it at an
    "and" ("the National Commission for Parks and Monuments"): after the capitalised plurals that follow
    the "and", untagged or tagged alone as no organisation or place; ``ent.end`` when none follows."""
    doc, last = ent.doc, ent.end + 1
    if last >= len(doc) or doc[ent.end].lower_ != "and":
        return ent.end
    if not any(t.lower_ in ("for", "of") for t in ent[1:]):
        return ent.end
    while last < len(doc) and _field_word(doc[last]):
        last += 1
    if last == ent.end + 1 or (last < len(doc) and doc[last].is_title):
        return ent.end  # nothing capitalised after the "and", or a longer name of its own
    return last


def _with_names_joined_at_and(ents: Iterable[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """Names the tagger cut at an "and": a body's fields ("Commission for Parks and Monuments") and a local
    body named for two places ("Brighton and Hove City Council": the first place, "and", the council)."""
    pending = list(ents)
    skip_to = -1
    for n, (ent, label) in enumerate(pending):
        if ent.start < skip_to:
            continue
        doc = ent.doc
        if label == "ORG":
            end = _fields_after_and(ent)
            if end > ent.end:
                skip_to = end
                yield doc[ent.start : end], label
                continue
        after = pending[n + 1][0] if n + 1 < len(pending) else None
        if (
            after is not None
            and label in ("GPE", "ORG")
            and len(ent) == 1
            and pending[n + 1][1] == "ORG"
            and after.start == ent.end + 1
            and doc[ent.end].lower_ == "and"
            and after[-1].lower_ in LOCAL_BODY_HEADS
            and after[0].is_title
        ):
            skip_to = after.end
            yield doc[ent.start : after.end], "ORG"
            continue
        yield ent, label


def _campaign_name(ent: Span) -> Span | None:
    """'Save Oakley Woods said', 'challenged by Save the Tamar': a capitalised campaign verb written
    before a name (with "the" or "Our" between) opens a campaign group's name. Not when the verb rules
    its sentence ("Save Oakley Woods!" is a call, the woods its object)."""
    doc = ent.doc
    first = ent.start
    if first > 0 and doc[first - 1].lower_ in ("the", "our"):
        first -= 1
    if first == 0:
        return None
    verb = doc[first - 1]
    if not verb.is_title or verb.lower_ not in CAMPAIGN_NAME_VERBS or verb.dep_ == "ROOT":
        return None
    return doc[first - 1 : ent.end]


_DASHES = frozenset({"-", "–", "—", "--"})


def _cut_at_spaced_dashes(ents: Iterable[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """A dash with a space either side ends a dateline ("SANTIAGO, Chile - Chile said", "LIMA - The
    minister …") and is never inside a name: a span the tagger ran across one is the place before it
    and the name after it. The name after is that place when it repeats it ("Chile - Chile")."""
    for ent, label in ents:
        doc = ent.doc
        dash = next(
            (t.i for t in ent[1:-1] if t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_),
            None,
        )
        if dash is None:
            yield ent, label
            continue
        before, after = doc[ent.start : dash], doc[dash + 1 : ent.end]
        yield before, "GPE"
        yield after, "GPE" if after.text == before[-1:].text else label


def _followed_by_which(ent: Span) -> bool:
    """'Harwick Coaches, which runs the routes,': a name the article goes on to call "which", a thing."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.end + 1].lower_ == "which"
        and doc[ent.end + 1].head.head.i in range(ent.start, ent.end)
    )


def _building_that_speaks(ent: Span) -> bool:
    """A building or address that speaks ("the Kremlin said", "Downing Street denied it") or that an
    unnamed source speaks for ("a spokesman for Government House", "officials at Manor Palace") is
    named for the institution it houses, an actor; other buildings are places."""
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and is_cue(root.head):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "at", "from"):
        return role_word(root.head.head.lemma_) in SPEAKING_FOR_ROLES
    return False


def _with_trades_joined(ents: Iterable[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """'United Food and Commercial Workers Local 1473', 'the National Union of Rail and Maritime Workers': a
    trade body's name lists trades joined by "and", and the tagger stopped the name at the "and". The
    capitalised words after it (untagged, or a name of their own) run to a trade body's word."""
    end = -1
    for ent, label in ents:
        if ent.start < end:
            continue  # the second half of the name before
        doc = ent.doc
        joined = ent.end + 1
        if label == "ORG" and joined < len(doc) and doc[ent.end].lower_ in ("and", "&"):
            last = joined
            while last < len(doc) and doc[last].is_title and doc[last].pos_ == "PROPN":
                if doc[last].ent_type_ and doc[last].ent_type_ != "ORG":
                    break
                last += 1
            if last < len(doc) and doc[last - 1].lower_ == "local" and doc[last].like_num:
                last += 1  # "… Workers Local 1473": the branch's number
            words = {t.lower_ for t in doc[joined:last]}
            if last > joined and words & TRADE_BODY_NAME_WORDS:
                end = last
                yield doc[ent.start : last], label
                continue
        yield ent, label


def _portfolio_list_end(doc: Doc, at: int) -> int | None:
    """Where a list of portfolios that starts at token ``at`` (", Media and Sport") ends, if one does."""
    i, seen_and = at, False
    while not seen_and and i < len(doc) and doc[i].lower_ in (",", "and", "&"):
        seen_and = doc[i].lower_ != ","
        if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in ("and", "&"):
            i += 1
            seen_and = True
        words = i + 1
        while words < len(doc) and doc[words].is_title and doc[words].lower_ in PORTFOLIO_WORDS:
            words += 1
        if words == i + 1 or doc[words - 1].ent_type_ in ("PERSON", "GPE", "NORP"):
            return None
        i = words
    return i if seen_and else None


def _with_portfolios_listed(ents: Iterable[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """'The Department for Culture, Media and Sport said': a ministry's name that lists its portfolios
    after "for" or "of" runs to the last of them; the tagger cut the list into names of its own."""
    end = -1
    for ent, label in ents:
        if ent.start < end:
            continue  # a portfolio of the name before
        doc = ent.doc
        if label == "ORG" and any(t.lower_ in ("for", "of") for t in ent[1:]):
            list_end = _portfolio_list_end(doc, ent.end)
            if list_end is not None:
                end = list_end
                yield doc[ent.start : list_end], label
                continue
        first = _untagged_body_before_list(doc, ent.start) if label == "ORG" else None
        if first is not None:
            list_end = _portfolio_list_end(doc, ent.start - 1)
            if list_end is not None:
                # "A Department for Culture, Media and Sport spokesperson": the tagger named only "Media"
                end = list_end
                yield doc[first:list_end], label
                continue
        yield ent, label


def _without_headline_glue(ent: Span) -> Span | None:
    """'Health Ministry Orders Review After Vaccine Register Error': in a headline set in title case the
    tagger may run a name on through the headline's verb and object to a capitalised preposition. The name
    ends at the last body's noun before the glued words ("Health Ministry"); with none it is no name. A
    preposition second in a name ("Alliance Against Hunger") is part of it."""
    glue = next(
        (i for i, t in enumerate(ent) if i >= 2 and t.is_title and t.lower_ in HEADLINE_PREPOSITIONS), None
    )
    if glue is None or not _in_title_case_line(ent):
        return ent
    noun = next((j for j in range(glue - 2, -1, -1) if ent[j].lower_ in ORG_NOUNS), None)
    return ent[: noun + 1] if noun is not None else None


def _in_title_case_line(ent: Span) -> bool:
    """Whether the line holding a span is set in title case (four words or more, most capitalised)."""
    text = ent.doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start : end if end >= 0 else None])
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _untagged_body_before_list(doc: Doc, at: int) -> int | None:
    """Where the untagged head of a ministry's name ends before a comma and token ``at`` ("Department for
    Culture" before ", Media and Sport"): capitalised words and "for"/"of" after a body's noun, none of them
    tagged."""
    if at < 4 or doc[at - 1].text != ",":
        return None
    i = at - 2
    while (
        i >= 0
        and not doc[i].ent_type_
        and (doc[i].is_title and doc[i].pos_ == "PROPN" or doc[i].lower_ in ("for", "of"))
    ):
        i -= 1
    first = i + 1
    words = doc[first : at - 1]
    if len(words) < 3 or words[0].lower_ not in ORG_NOUNS or words[-1].lower_ in ("for", "of"):
        return None
    return first if any(t.lower_ in ("for", "of") for t in words[1:]) else None


def _cut_at_parentheses(ents: Iterable[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """'The Civil Aviation Authority (CAA) said': a bracket is never inside a name; a span the tagger ran
    into one is the name before it and, when the bracket holds one capitalised word, its short form
    (an acronym the name's own party takes)."""
    for ent, label in ents:
        doc = ent.doc
        bracket = next((t.i for t in ent[1:] if t.text == "("), None) if "(" in ent.text else None
        if bracket is None:
            yield ent, label
            continue
        yield doc[ent.start : bracket], label
        inside = bracket + 1
        if inside < len(doc) and doc[inside].text[:1].isupper() and doc[inside].is_alpha:
            if inside + 1 >= len(doc) or doc[inside + 1].text == ")":
                yield doc[inside : inside + 1], label


def _without_possessive(ent: Span) -> Span | None:
    end = ent.end
    while end > ent.start and (ent.doc[end - 1].tag_ == "POS" or ent.doc[end - 1].is_punct):
        end -= 1
    return ent.doc[ent.start : end] if end > ent.start else None


def _record_roles(
    index: TextIndex, parties: PartyIndex, by_token: dict[tuple[int, int], tuple[int, int]]
) -> None:
    """Titles written with a person's name: 'State Department spokesman Ned Price', 'X, a spokesman'."""
    for doc, _ in index.chunks:
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            span = by_token.get((id(doc), ent.start))
            cluster = parties.party_at(*span) if span else None
            if cluster is not None and ent.label_ == "ORG" and parties.label_of(cluster) == "ORG":
                for kind in organisation_kinds(
                    ent
                ):  # "The company, Acme Rail,": what a later "the company" is
                    parties.add_kind(cluster, kind)
            if ent.label_ != "PERSON" or cluster is None or parties.label_of(cluster) != "PERSON":
                continue
            for role in _roles_of(ent):
                parties.add_role(cluster, role)


def _roles_of(ent: Span) -> list[str]:
    """The roles written with a name: the words before it in its noun phrase ("State Department
    spokesman Ned Price"), the noun it is in apposition to ("her husband, Robert Finch") and the noun
    in apposition to it ("Ned Price, the department's spokesman")."""
    doc, root = ent.doc, ent.root
    roles = []
    skip = {t.i for c in root.children if c.dep_ in ("poss", "det", "predet") for t in c.subtree}
    first = ent.start
    while first > root.left_edge.i and first - 1 not in skip and not doc[first - 1].is_punct:
        first -= 1
    titled = ent.start
    while titled < ent.end - 1 and plain_word(doc[titled].text) in TITLES | PERSON_ROLES:
        titled += 1  # a title the tagger kept inside the name: "Ambassador Gordon Sondland"
    if first < titled:
        roles.append(doc[first:titled].text)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        head = root.head
        roles.append(doc[head.left_edge.i : head.i + 1].text)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "Ned Price is the department's spokesman."
        for attr in root.head.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN":
                roles.append(doc[attr.left_edge.i : attr.i + 1].text)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            roles.append(doc[child.left_edge.i : child.right_edge.i + 1].text)
        elif child.dep_ == "relcl" and child.lemma_ == "be":  # "X, who is the ministry's spokesman,"
            for attr in child.children:
                if attr.dep_ == "attr" and attr.pos_ == "NOUN":
                    roles.append(doc[attr.left_edge.i : attr.i + 1].text)
    return roles


def _analyse_parsed(article: Article, chunks: Sequence[tuple[Doc, int]]) -> Analysis:
    text = article.text
    paragraphs = article.paragraphs or ((0, len(text)),)
    quotes = find_quotes(text, paragraphs)
    index = TextIndex(chunks)
    quote_starts = [q.open_mark for q in quotes]

    def in_quote(pos: int) -> bool:
        i = bisect_right(quote_starts, pos) - 1
        return i >= 0 and pos < quotes[i].outer_end

    entity_mentions, by_token = _entity_mentions(index, in_quote)
    bylines = [(start, end) for start, end in paragraphs if _BYLINE.match(text[start:end])]
    if bylines:  # the writer and a desk title ("West Africa Correspondent") are not parties of the story
        entity_mentions = [m for m in entity_mentions if not any(s <= m.start < e for s, e in bylines)]
    parties = PartyIndex(entity_mentions)
    _record_roles(index, parties, by_token)
    paragraph_starts = [start for start, _ in paragraphs]

    def paragraph_of(pos: int) -> int:
        return max(0, bisect_right(paragraph_starts, pos) - 1)

    candidates = attribute(index, text, paragraphs, quotes, paragraph_of)
    resolver = SpeakerResolver(index, parties, by_token, text, paragraph_of)

    # He/she as subjects, resolved in reading order with the speakers, so a chain of pronouns
    # ("He attended the rally … he said") keeps pointing at the person it started from.
    pronoun_subjects = [
        (index.start(t), t)
        for t in index.tokens_where(deps=_SUBJECT_DEPS, lowers=_HE_OR_SHE)
        if not in_quote(index.start(t))
    ]
    events: list[tuple[int, int, Token | Candidate]] = [(at, 0, token) for at, token in pronoun_subjects]
    events += [(index.start(c.speaker) if c.speaker is not None else c.start, 1, c) for c in candidates]
    events.sort(key=lambda e: (e[0], e[1]))
    resolved: list[tuple[Candidate, int | None, tuple[int, int] | None, Candidate | None]] = []
    previous: tuple[Candidate, int | None, tuple[int, int] | None] | None = None
    exchange = Exchange(text)  # a paragraph that is only a quotation may be the next turn of an interview
    for at, _, item in events:
        if not isinstance(item, Candidate):  # a pronoun subject
            found = resolver.subject_pronoun(item, at)
            if found is not None:
                resolver.note(at, found)
            continue
        candidate = item
        cluster, span, source, turn = None, None, None, None
        if candidate.speaker is not None:
            cluster = resolver.resolve(candidate.speaker)
            span = resolver.noun_phrase(candidate.speaker)
        elif candidate.inherit and previous is not None and _continues(article, previous[0], candidate):
            turn = exchange.next_turn(candidate) if candidate.paragraph != previous[0].paragraph else None
            source, cluster, span = turn or previous
        exchange.add(candidate, cluster, span)
        if cluster is not None:
            resolver.remember(span[0] if span else candidate.start, cluster)
        resolved.append((candidate, cluster, span, source))
        if candidate.speaker is not None or source is not None:
            # (a turn of an exchange is where the next quotation continues from, not the turn it took its
            # speaker from)
            previous = (candidate if turn else source or candidate, cluster, span)
    resolved.sort(key=lambda r: (r[0].start, r[0].end))

    speaking = {cluster for _, cluster, _, _ in resolved if cluster is not None}
    party_list, ids = parties.parties(speaking=speaking, text=text)
    statements: list[Statement] = []
    deniers: set[str] = set()  # the name words of the parties that have denied so far
    for item in resolved:
        before = _answer_before(statements, resolved[len(statements) - 1][0] if statements else None, item[0])
        statement = _statement(index, text, parties, ids, *item, before=before, deniers=frozenset(deniers))
        statements.append(statement)
        if statement.stance == "denial" and statement.speaker:
            deniers |= {plain_word(w) for w in statement.speaker.split()} - {""}
    mentions = parties.mentions(ids)
    return Analysis(
        article_id=article.id,
        analyzer_version=ANALYZER_VERSION,
        parties=tuple(party_list),
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
        statements=tuple(statements),
    )


def _answer_before(
    done: list[Statement], previous: Candidate | None, candidate: Candidate
) -> Statement | None:
    """The statement just before this one when it is in this paragraph or one of the two before (a
    paragraph between without any statement is the reporter's: "The minutes tell a different story."): if
    its party made this one too, this one may carry on its answer (nobody else spoke between)."""
    if not done or previous is None or done[-1].party_id is None:
        return None
    if candidate.paragraph - previous.paragraph > 2:
        return None
    return done[-1]


def _asks_yes_or_no(statement: Statement) -> bool:
    """'Reporters asked whether she would resign': a yes-or-no question told indirectly."""
    return bool(
        statement.cue
        and ASKING_CUE.search(statement.cue.lower())
        and INDIRECT_YES_OR_NO.search(statement.text.lower())
    )


def _puts_question(statement: Statement) -> bool:
    """Whether a quoted question is put to someone ("'Why did you sign it?' a reporter asked", "'Should we
    believe them too?' the woman said"): asked, addressed to a "you" or asked for "us". A critic's
    rhetorical question about a third party ("If he cannot tell us, what can he tell us?" she said)
    charges; nobody answers it."""
    if statement.cue and ASKING_CUE.search(statement.cue.lower()):
        return True
    question = re.split(r"(?<=[.!?])\s+", statement.text.lower().replace("’", "'").strip(" \"'”“‘"))[-1]
    return bool(ADDRESSED_TO_YOU.search(question) or ASKED_OF_US.match(question))


def _continues(article: Article, before: Candidate, quote: Candidate) -> bool:
    """A quotation without a cue belongs to the statement before it in its paragraph, or, when it opens
    its paragraph, to one in the paragraph just before."""
    if before.paragraph == quote.paragraph:
        return True
    last_paragraph = article.paragraph_index(before.end)  # once per inherited quotation
    opens_paragraph = (
        quote.quote is not None and quote.quote.open_mark == article.paragraphs[quote.paragraph][0]
    )
    return opens_paragraph and quote.paragraph - last_paragraph == 1


def _speaker_roles(
    parties: PartyIndex, cluster: int | None, speaker: str | None, span_text: str
) -> frozenset[str]:
    """What the speaker is besides its name, as role words: its roles in the article and the words of the
    speaker's own phrase ("Norvale's vice president", "a spokeswoman for the ministry"), and the name of
    the body an unnamed spokesman speaks for. A description ("the 58-year-old executive") or the body
    ("Lunaris has rejected the report") may tell this speaker's denial."""
    if cluster is None:
        return frozenset()
    words = {role_word(w.strip('.,;:()"“”‘’')) for w in span_text.split()}
    name = {role_word(w) for w in (speaker or "").split()}
    parent = parties.parent_of(cluster)
    # the body's name is kept even where the speaker is named after it ("Treasury source", "spokeswoman for
    # the hospital"): it is whom the speaker speaks for
    body = {role_word(w) for w in parties.name_of(parent).split()} if parent is not None else set()
    return frozenset((words - name | body) - {""}) | parties.role_words_of(cluster) - name


def _statement(
    index: TextIndex,
    text: str,
    parties: PartyIndex,
    ids: dict[int, str],
    candidate: Candidate,
    cluster: int | None,
    span: tuple[int, int] | None,
    source: Candidate | None,
    before: Statement | None = None,
    deniers: frozenset[str] = frozenset(),
) -> Statement:
    cue_token = (source or candidate).cue
    party_id = ids.get(cluster) if cluster is not None else None
    same_party = before is not None and party_id is not None and before.party_id == party_id
    after = (before.stance, before.stance_rule or "") if before is not None and same_party else None
    # "'Should we believe them too?' the woman asked. 'Everybody should be heard,' she said": a reply
    # "Reporters asked whether she would resign. 'I have a job to do,' she said": a reply to a question told
    after_question = (
        before is not None
        and not same_party
        and (
            (before.text.rstrip(" \"'”’").endswith("?") and _puts_question(before)) or _asks_yes_or_no(before)
        )
    )
    # "X said A. Y said nobody had done A": another party spoke just before, whose account this may contradict
    after_other = before is not None and not same_party and before.party_id is not None
    account_before = before if after_other else None
    # The reporter's words leading to the statement in its paragraph ("Asked whether he had met them, Lee
    # paused. 'I meet a lot of people,' he said."): what the statement answers may be put there.
    lead = text[before.end if before is not None else 0 : candidate.start][-300:]
    lead_before = ""
    if "\n" in lead:
        # the statement opens its paragraph's statements: a question the reporter put at the end of the
        # paragraph before ("Reporters asked whether …") may be what it answers (bounded look-back)
        lead_before = lead[: lead.rfind("\n")].rstrip()
        lead_before = lead_before[lead_before.rfind("\n") + 1 :]
    lead = lead[lead.rfind("\n") + 1 :]
    cue, cue_span, negated, lemma, context = None, None, False, None, ""
    if cue_token is not None:
        parts = cue_tokens(cue_token) if cue_token.pos_ != "NOUN" else [cue_token]
        cue = " ".join(t.text for t in parts)
        negated = cue_negated(cue_token) if cue_token.pos_ != "NOUN" else False
        lemma = REPORTS_AS.get(cue_token.lemma_.lower(), cue_token.lemma_)
        cue_span = index.span_of(parts[0], parts[-1])
        sentence = cue_token.sent
        content_start = candidate.content[0].i if candidate.content else sentence.end
        content_end = candidate.content[-1].i + 1 if candidate.content else sentence.end
        # The words around the statement, not its own: "in response to the report" there is context.
        context = f"{cue_token.doc[sentence.start : max(sentence.start, content_start)].text} " + (
            cue_token.doc[min(sentence.end, content_end) : sentence.end].text
        )
        head = governing_cue(cue_token)
        if head is not None and head.lemma_ in DENY_VERBS | CONFIRM_VERBS and cue_negated(head):
            lemma, negated = head.lemma_, True  # "did not deny the report, saying …" answers without denying
        elif head is not None and rejects(head) and not cue_negated(head) and not negated:
            # "rejected the report, saying every trip was paid for": the reason continues the denial
            after = ("denial", CONTINUES_DENYING_VERB)
    speaker = parties.name_of(cluster) if cluster is not None else None
    speaker_words = frozenset(speaker.lower().split()) if speaker else frozenset()
    if span is not None:
        speaker_words |= frozenset(text[span[0] : span[1]].lower().split())
    if cluster is not None and (
        parties.label_of(cluster) != "PERSON" or parties.parent_of(cluster) is not None
    ):
        speaker_words |= {ORGANISATION}  # an organisation, or a spokesman speaking for one
    elif cluster is not None:
        speaker_words |= {PERSON}
    roles = _speaker_roles(parties, cluster, speaker, text[span[0] : span[1]] if span is not None else "")
    stance, rule = classify(
        lemma,
        negated,
        candidate.content,
        candidate.kind,
        speaker_words,
        cue or "",
        context,
        after=after,
        after_question=after_question,
        after_other=after_other,
        lead=lead,
        account_before=account_before,
        speaker_roles=roles,
        lead_before=lead_before,
        find_charges=charges_before(text, candidate.start),
        deniers=deniers,
    )
    return Statement(
        start=candidate.start,
        end=candidate.end,
        text=text[candidate.start : candidate.end],
        kind=candidate.kind,
        stance=stance,
        speaker=speaker,
        party_id=party_id,
        speaker_span=span if cluster is not None else None,
        cue=cue,
        cue_span=cue_span,
        stance_rule=rule,
    )
