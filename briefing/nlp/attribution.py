"""Who said what: speech cues, their speakers and what they report.

Works on the parsed chunks of one article with plain Python over tokens; every
offset it returns is a character offset into the article text.

A statement is found in one of these ways, tried in this order:

1. A speech cue (a reporting verb such as said, told, denied, confirmed,
   lamented; "according to"; a report noun with a "that" clause) whose
   reported clause is a quotation: the quotation is a ``direct`` statement of
   the cue's subject ("“…,” X said", "X said: “…”", "said X").
2. A cue whose reported clause holds a quotation and other words is ``mixed``
   (`denies “negotiations” with US officials`); without quotation marks it is
   ``indirect`` ("Blinken said it was the Iranians who…"), its span the
   clause without "that".
3. A quotation that no clause takes takes the nearest cue of its sentence,
   then an attribution after a dash ("” — Name") or a colon introduction
   ("And from X:" before the quote paragraph), and otherwise inherits the
   speaker of the statement just before it, in its paragraph or, for a
   quote paragraph, in the paragraph before.
4. A short quotation inside a sentence that no cue reports is a scare-quoted
   term, not a statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.model import Kind
from briefing.nlp.lexicon import (
    ACCUSATION_NOUNS,
    ACTED_ON_NOUNS,
    ADMITTED_INTO,
    APOLOGY_VERBS,
    BACKSHIFTED_AUXILIARIES,
    CHARGING_ALONGSIDE,
    CLAUSE_ONLY_CUES,
    CLAUSE_SPEECH_VERBS,
    CONDITION_MARKERS,
    CONFLICT_NOUNS,
    CONSEQUENCE_VERBS,
    CONTENT_PREPOSITIONS,
    CONTINUING_PARTICIPLES,
    CUE_VERBS,
    DATELINE_DASHES,
    DEMANDED_ACT_NOUNS,
    DENY_VERBS,
    DISMISSED_PERSON_NOUNS,
    EMERGING_VERBS,
    EVENT_COMMENT_NOUNS,
    EVIDENCE_SUBJECTS,
    FILING_NOUNS,
    FORECAST_COMPARISONS,
    FRAMING_CONJUNCTIONS,
    GENERIC_SUBJECTS,
    HEARER_THAT_CUES,
    IMPERSONAL_REMARK_VERBS,
    INDEFINITE_ARTICLES,
    ISSUING_VERBS,
    LIGHT_SPEECH_VERBS,
    MEDIUM_NOUNS,
    NAMING_CUES,
    NON_RESPONSE,
    OBJECT_CUES,
    OCCASION_PREPOSITIONS,
    OFFENCE_VERBS,
    OPINION_NOUNS,
    PART_NOUNS,
    PERSONAL_SUBJECTS,
    PHRASAL_CUES,
    PUBLICATION_NOUNS,
    REBUTTED_PREPOSITIONS,
    REBUTTING_PHRASALS,
    RELATIVE_CUE_VERBS,
    REPORT_NOUNS,
    SPEAKING_OCCASION_NOUNS,
    SPEECH_ALONGSIDE_MARKS,
    SUBORDINATORS,
    TELLING_CUES,
    THAT_CLAUSE_CUES,
    TIME_NOUNS,
    TIME_SPAN_NOUNS,
    TO_HEARER_CUES,
    TOPIC_OBJECT_CUES,
    UTTERED_NOUNS,
    WITHHELD_OBJECT_VERBS,
    WITHHOLDING_TIME_MARKERS,
    WORDING_LABEL_NOUNS,
)
from briefing.nlp.quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DASHES = "—–-"
_FOLLOWING_CUE_CHARS = 40
_QUOTE_CHARS = "\"“”«»'‘’"
_CLOSING_MARKS = "\"”»'’"


@dataclass
class Candidate:
    """A statement before its speaker is resolved to a party."""

    start: int
    end: int
    kind: Kind
    content: list[Token]
    cue: Token | None = None
    speaker: Token | None = None  # head of the speaker's noun phrase
    quote: Quote | None = None
    inherit: bool = False  # take the speaker of the statement before this one
    paragraph: int = 0
    quotes: list[Quote] = field(default_factory=list)


class TextIndex:
    """The parsed chunks of one article, addressed by article offsets."""

    def __init__(self, chunks: Sequence[tuple[Doc, int]]) -> None:
        self.chunks = list(chunks)
        self._offsets = {id(doc): offset for doc, offset in self.chunks}
        self._chunk_starts = [offset for _, offset in self.chunks]
        # Token objects are built once: spaCy makes a new one on every access.
        self._tokens = [t for doc, _ in self.chunks for t in doc]
        self._token_starts = []
        for doc, offset in self.chunks:
            self._token_starts.append([offset + idx for idx in doc.to_array("IDX").tolist()])
        self._sentences: list[tuple[int, int, Span]] = []
        for doc, offset in self.chunks:
            for sent in doc.sents:
                self._sentences.append((offset + sent.start_char, offset + sent.end_char, sent))
        self._sentence_starts = [s for s, _, _ in self._sentences]
        self._person_words: frozenset[str] | None = None

    def start(self, token: Token) -> int:
        return self._offsets[id(token.doc)] + token.idx

    def end(self, token: Token) -> int:
        return self._offsets[id(token.doc)] + token.idx + len(token.text)

    def tokens(self) -> list[Token]:
        return self._tokens

    def tokens_where(
        self,
        pos: str | None = None,
        deps: frozenset[str] | None = None,
        lowers: frozenset[str] | None = None,
        lemmas: frozenset[str] | None = None,
    ) -> list[Token]:
        """The tokens, in order, with this part of speech, one of these dependency labels, lower-case
        forms and lower-case lemmas (each test only when given; an empty set keeps none): read from each
        Doc's arrays, since a scan of every Token object's attributes costs far more than the few it keeps."""
        found: list[Token] = []
        first = 0
        for doc, _ in self.chunks:
            strings = doc.vocab.strings
            columns = doc.to_array(["POS", "DEP", "LOWER", "LEMMA"]).T.tolist() if len(doc) else [[]] * 4
            tests = []
            if pos is not None:
                tests.append((columns[0], {strings[pos]}))
            if deps is not None:
                tests.append((columns[1], {strings[d] for d in deps}))
            if lowers is not None:
                tests.append((columns[2], {h for h in set(columns[2]) if strings[h] in lowers}))
            if lemmas is not None:
                tests.append((columns[3], {h for h in set(columns[3]) if strings[h].lower() in lemmas}))
            kept = range(len(doc))
            for column, wanted in tests:
                kept = [i for i in kept if column[i] in wanted]
            found += [self._tokens[first + i] for i in kept]
            first += len(doc)
        return found

    def _chunk(self, pos: int) -> int:
        return max(0, bisect_right(self._chunk_starts, pos) - 1)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens that start inside [start, end), within the chunk holding ``start``."""
        if not self.chunks:
            return []
        c = self._chunk(start)
        doc, _ = self.chunks[c]
        starts = self._token_starts[c]
        return [doc[i] for i in range(bisect_left(starts, start), bisect_left(starts, end))]

    def token_at(self, pos: int) -> Token | None:
        """The token starting at or first after ``pos`` in its chunk."""
        if not self.chunks:
            return None
        c = self._chunk(pos)
        starts = self._token_starts[c]
        i = bisect_left(starts, pos)
        return self.chunks[c][0][i] if i < len(starts) else None

    def sentences_between(self, start: int, end: int) -> list[tuple[int, int, Span]]:
        first = max(0, bisect_right(self._sentence_starts, start) - 1)
        found = []
        for sentence in self._sentences[first:]:
            if sentence[0] >= end:
                break
            if sentence[1] > start:
                found.append(sentence)
        return found

    def span_of(self, first: Token, last: Token) -> tuple[int, int]:
        return self.start(first), self.end(last)

    def person_words(self) -> frozenset[str]:
        """The words of the article's person names, gathered once."""
        if self._person_words is None:
            self._person_words = frozenset(t.text for t in self._tokens if t.ent_type_ == "PERSON")
        return self._person_words


# --- cues ------------------------------------------------------------------------


def _is_to_say(token: Token) -> bool:
    """'That is not to say that …', 'This is to say …': "to say" completing "is" after a pointing word."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it") for c in head.children)
    )


def _impersonal_remark(token: Token) -> bool:
    """'It is worth noting that …', 'it should be noted that …': a remark verb after "worth", or passive
    with an empty "it" for its subject."""
    head = token.head
    if token.tag_ == "VBG" and token.dep_ in ("xcomp", "pcomp", "acomp"):
        if head.lower_ == "worth" or any(c.lower_ == "worth" for c in head.children if c.i < token.i):
            return True
    return token.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children)


# The lemmas for which a verb can be a cue: every branch of ``is_cue`` that may answer yes names its lemma
# here, so the other verbs (most of a text's) are answered no at once.
_CUE_LEMMAS = (
    CUE_VERBS
    | THAT_CLAUSE_CUES
    | TELLING_CUES
    | frozenset(PHRASAL_CUES)
    | LIGHT_SPEECH_VERBS
    | {"call", "declare", "hear", "draw", "put"}
)


def is_cue(token: Token) -> bool:
    if (
        token.pos_ in ("VERB", "AUX")
        and token.lemma_.lower() not in _CUE_LEMMAS
        and token.tag_ != "NNS"
        and token.lower_ != "according"
    ):
        return False  # no branch of the rules below names its lemma
    return cue_by_rules(token)


def cue_by_rules(token: Token) -> bool:
    """``is_cue`` without its shortcut (the tests hold the two equal)."""
    if token.pos_ in ("VERB", "AUX"):
        lemma = token.lemma_.lower()
        naming = lemma in NAMING_CUES and token.dep_ == "acl" and token.tag_ == "VBN"
        # "a memoir called “Home”", "a plan dubbed X": a title, not speech. Naming someone takes two
        # complements ("called Trump “a showman”"), whatever the parser labels them.
        if naming and sum(c.dep_ in ("dobj", "oprd") for c in token.children) <= 1:
            return False
        if lemma == "call":  # "called the report a fabrication" reports speech; "called for talks" asks
            return _names_something(token) or _quoted_call(token) or _calls_on_to_act(token)
        if lemma == "declare":  # "declared that …" reports; "declared the law void", "declared victory" act
            return any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in token.children)
        if _withholds_or_votes(token, lemma) or _supposed_speech(token) or _was_asked(token, lemma):
            return False
        if lemma == "admit" and _admitted_into(token):
            return False  # "patients admitted to the ward", "was admitted to hospital": entry, not speech
        if _inside_question_put(token):
            return False  # "X, asked whether the board had warned that …, said": the question, no one's words
        if lemma in ("suggest", "indicate", "signal") and _evidence_speaks(token):
            return False
        if lemma == "ask" and (_question_put(token) or _asks_anonymity(token)):
            return False
        if lemma in THAT_CLAUSE_CUES and _reports_that_clause(token):
            return True  # "accepted that mistakes were made", "the judge ruled that …"
        if lemma == "hear" and _heard_from(token) is not None:
            return _reports_that_clause(token)  # "the court heard from X that …"
        if _charged_with(token):
            return False  # "charged with fraud": a prosecution, not speech
        if lemma in OFFENCE_VERBS and _charge_left_to_denial(token):
            return False  # "is accused of fraud, which he denies": one statement, the accused's denial
        if token.tag_ == "VBG" and _offence_named(token):
            return False  # "charged with disclosing secret files", "convicted of threatening a judge"
        if lemma == "blame" and _to_blame(token):
            return False  # "who was to blame for the collapse": at fault, not blaming anyone aloud
        if lemma == "say" and _is_to_say(token):
            return (
                False  # "that is not to say that …", "this is to say": the reporter's hedge, no one's words
            )
        if lemma in IMPERSONAL_REMARK_VERBS and _impersonal_remark(token):
            return False  # "it is worth noting that …": the reporter's aside, no one's statement
        if lemma in LIGHT_SPEECH_VERBS and _uttered_clause(token):
            return True  # "voiced doubts that …", "gave an assurance that …"
        if lemma in CUE_VERBS:
            return lemma != "add" or token.dep_ != "amod" and not _adds_a_thing(token)
        if lemma in TELLING_CUES:
            return cue_negated(token)  # "would not discuss the details" withholds; "discussed trade" reports
        if lemma == "draw":  # "would not be drawn on whether …" withholds an answer
            return _not_drawn_on(token)
        if lemma in PHRASAL_CUES:
            return any(c.lower_ == PHRASAL_CUES[lemma] for c in token.children)
        if lemma == "put":  # "as she put it": a parenthetical cue; "which analysts put at $2bn": an estimate
            return (
                _estimate_at(token) is not None
                or _as_parenthetical(token)
                and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
            )
    if _mistagged_cue(token):
        return True
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def _possible_cues(index: TextIndex) -> list[Token]:
    """The tokens ``is_cue`` may answer yes for, in order, read from each Doc's arrays: a verb whose lemma a
    cue branch names, a plural noun (a mistagged "maintains") or "according"; every other token is no cue."""
    tokens = index.tokens()
    found: list[Token] = []
    first = 0
    for doc, _ in index.chunks:
        strings = doc.vocab.strings
        rows = doc.to_array(["POS", "TAG", "LOWER", "LEMMA"]).tolist()
        pos, tag, lower, lemma = (
            (list(column) for column in zip(*rows, strict=True)) if rows else ([], [], [], [])
        )
        verbs = {strings["VERB"], strings["AUX"]}
        plural, according = strings["NNS"], strings["according"]
        cue_lemmas = {h for h in set(lemma) if strings[h].lower() in _CUE_LEMMAS}
        for i in range(len(doc)):
            if pos[i] in verbs and lemma[i] in cue_lemmas or tag[i] == plural or lower[i] == according:
                found.append(tokens[first + i])
        first += len(doc)
    return found


def _charged_with(verb: Token) -> bool:
    return verb.lemma_.lower() == "charge" and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    )


def _offence_named(gerund: Token) -> bool:
    """A speech verb as the offence someone is charged with, held or punished for: "charged with
    disclosing secrets", "arrested for threatening a judge", "suspected of passing on files"."""
    prep = gerund.head
    return (
        gerund.dep_ == "pcomp"
        and prep.lower_ in ("with", "of", "for")
        and prep.head.lemma_.lower() in OFFENCE_VERBS
    )


def _to_blame(verb: Token) -> bool:
    """'who was to blame', 'the river is not to blame': "to blame" after "be" says who is at fault."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _estimate_at(verb: Token) -> Token | None:
    """'police put the crowd at 5,000', '…, which analysts have put at more than $60 million': "put"
    with an object (or a relative pronoun for one) and "at" an amount states an estimate; the amount."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "at" or prep.i < verb.i:
            continue
        amount = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if amount is not None and any(
            t.like_num or t.ent_type_ in ("MONEY", "CARDINAL", "PERCENT", "QUANTITY") for t in amount.subtree
        ):
            return amount
    return None


def _last_word(tokens: list[Token]) -> Token:
    """The last token that is no punctuation (the last token when all are)."""
    return next((t for t in reversed(tokens) if not t.is_punct), tokens[-1])


def _before_relative_estimate(tokens: list[Token]) -> list[Token]:
    """'declined to say how much it paid, which critics have put at $60 million': the estimate in the
    relative clause after the comma is the critics' statement, not part of the content."""
    doc = tokens[0].doc if tokens else None
    for token in tokens[1:]:
        if token.dep_ == "relcl" and token.lemma_.lower() == "put" and _estimate_at(token) is not None:
            if token.right_edge.i < _last_word(tokens).i:
                # "the likely fine, which they put at up to £60m, was manageable": the estimate sits inside
                # what is said, which goes on after it
                continue
            comma = token.left_edge.i - 1
            if doc is not None and comma > tokens[0].i and doc[comma].text == ",":
                return _trim([t for t in tokens if t.i < comma])
    return tokens


def _reports_that_clause(verb: Token) -> bool:
    """A clause opened by "that" after the verb: "accepted that …", not "accepted the offer"."""
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)
        for c in verb.children
    )


def _heard_from(verb: Token) -> Token | None:
    """'The court heard from the nurse that …', 'the inquiry heard from officials that …': the one heard
    from is the speaker."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > verb.i:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _adds_a_thing(verb: Token) -> bool:
    """'the rule adds another hurdle to the race', 'the firm added 200 jobs': "add" with a noun for its
    object puts something somewhere; the speech sense takes a clause or a quotation ('added that …')."""
    return any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM") and not _has_quote_mark(c)
        for c in verb.children
    )


def _was_asked(verb: Token, lemma: str) -> bool:
    """'Cole, asked about the shortfall, said …', 'Asked whether he would resign, the chairman said …':
    the participle puts a question to the speaker; the question is nobody's statement. The parser may
    also make the participle set off by commas the cue's clause with the name as its subject."""
    if lemma != "ask" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ in ("acl", "advcl"):
        return verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    # "Mayor Fox, asked on Friday whether …, said …" (whatever tag the participle gets): commas on both
    # sides, the speech verb right after.
    doc, head = verb.doc, verb.head
    if _speech_after_asked(verb) is not None:
        return True
    return (
        verb.dep_ == "ccomp"
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and head.i > verb.right_edge.i
        and doc[verb.right_edge.i + 1].text == ","
        and is_cue(head)
    )


def _admitted_into(verb: Token) -> bool:
    """'Four patients admitted to the ward', 'she was admitted to hospital', 'was admitted into the
    programme': the passive of "admit" with where to is let in, not owned up to ("has admitted to fraud"
    is active and stays speech)."""
    # a reduced relative ("patients admitted to …") may be tagged as a past tense
    reduced = verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD")
    passive = verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return (
        (reduced or passive)
        and not any(c.dep_ == "ccomp" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in ADMITTED_INTO for c in verb.children)
    )


def _name_after_quotation(cue: Token) -> Token | None:
    """'"… We chose controlled cuts," RNE's chief executive, Marta Sequeira, told reporters' parsed with the
    role and name hung on the quotation and the verb left without a subject: the words between the closing
    mark and the verb, a phrase with a name and no verb, say who speaks; the name."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("conj", "ROOT", "parataxis", "ccomp"):
        return None
    doc = cue.doc
    end = cue.i - 1
    if end >= 0 and doc[end].text == ",":
        end -= 1
    start = end
    while start > max(0, cue.i - 14) and not doc[start].is_quote:
        start -= 1
    if start >= end or not doc[start].is_quote or doc[start].text in ("“", "‘"):
        return None
    phrase = doc[start + 1 : end + 1]
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    names = [t for t in phrase if t.pos_ == "PROPN" and t.dep_ in ("appos", "nsubj", "ROOT", "conj")]
    names = names or [t for t in phrase if t.pos_ == "PROPN" and t.head.i not in range(start + 1, end + 1)]
    return names[-1] if names else None


def _inside_question_put(token: Token) -> bool:
    """Whether the verb stands in the question of an "asked" participle read as the main verb ("Lee, asked
    whether the board had warned that cuts were coming, said: …"): the speech verb after it excepted."""
    for ancestor in list(token.ancestors)[:4]:
        if ancestor.lemma_.lower() == "ask":
            speech = _speech_after_asked(ancestor)
            return (
                speech is not None
                and speech.i != token.i
                and not any(a.i == speech.i for a in token.ancestors)
            )
    return False


def _speech_after_asked(verb: Token) -> Token | None:
    """'A senior official, asked whether the office had known, said: …' parsed with "asked" the main verb
    and "said" its clause: the participle set off by commas after its subject, a speech verb after the
    comma that closes it. The speech verb, or None."""
    doc = verb.doc
    if verb.lemma_.lower() != "ask" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    for clause in verb.children:
        if (
            clause.dep_ == "ccomp"
            and clause.i > verb.i
            and clause.lemma_.lower() in CUE_VERBS
            and doc[clause.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            return clause
    return None


def _evidence_speaks(verb: Token) -> bool:
    """'nothing suggests he could lose', 'the polls indicate voters are tired': evidence that points to
    something, not a speaker saying it (a relative "that"/"which" stands for the noun before it)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in EVIDENCE_SUBJECTS


def _question_put(verb: Token) -> bool:
    """'The candidate was asked twice whether he would …': the subject of a passive "ask" is the one
    asked, and the question is nobody's statement. So is the question a document or a request puts ("did
    not reply to an email asking whether …", "a petition asking the council to …")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        # A passive has no active subject: '"How is that not your job?" Varga asked' is Varga's question
        # (the parser hung the quotation's "is" on "asked" as a passive auxiliary).
        return not any(c.dep_ == "nsubj" for c in verb.children)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        verb.tag_ == "VBG"
        and before is not None
        and before.pos_ == "NOUN"
        and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


def _asks_anonymity(verb: Token) -> bool:
    """'a nurse, who asked that her name be withheld, said …': a request to stay unnamed, no statement."""
    return any(
        c.dep_ == "ccomp"
        and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in ("name", "identity") for s in c.children
        )
        for c in verb.children
    )


def _not_drawn_on(verb: Token) -> bool:
    """'would not be drawn on whether …': a negated passive "draw" with "on" declines to answer."""
    children = list(verb.children)
    return (
        any(c.dep_ == "auxpass" for c in children)
        and cue_negated(verb)
        and any(c.dep_ == "prep" and c.lower_ == "on" for c in children)
    )


def _names_something(verb: Token) -> bool:
    """'called the report a fabrication', 'called it "unacceptable"', 'called the plan "insulting to
    every farmer"': naming takes an object and what it is called (a complement, or a quotation right
    after the object). A lone noun complement is an event being called: "the union, which called the
    strike", "called an election"."""
    children = list(verb.children)
    complements = [c for c in children if c.dep_ == "oprd"]
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    if complements and (objects or any(c.pos_ == "ADJ" or _has_quote_mark(c) for c in complements)):
        return True
    if complements and not objects:
        return False
    return any(_quoted_after_object(o) for o in objects if o.dep_ == "dobj") or _gerund_named(verb)


def _gerund_named(verb: Token) -> bool:
    """'called doping “the only unforgivable thing in sport”': the parser reads the gerund object as a
    verb and the quoted name as its object."""
    doc = verb.doc
    return any(
        c.dep_ == "xcomp"
        and c.tag_ == "VBG"
        and c.i == verb.i + 1
        and any(
            o.dep_ in ("dobj", "attr", "oprd")
            and o.left_edge.i <= c.i + 2
            and doc[c.i + 1].text in _QUOTE_CHARS
            for o in c.children
        )
        for c in verb.children
    )


def _quoted_after_object(noun: Token) -> bool:
    """A quotation opening right after the object noun, inside its phrase: 'the suggestion "insulting …"'."""
    doc = noun.doc
    after = noun.i + 1
    return (
        after < len(doc)
        and doc[after].text in _QUOTE_CHARS
        and after <= noun.right_edge.i
        and any(t.pos_ in ("ADJ", "VERB", "NOUN") for t in doc[after + 1 : noun.right_edge.i + 1])
    )


def _quoted_call(verb: Token) -> bool:
    """'called on member states “to enforce the embargo”', 'called for “an end to the fighting”': a call
    whose words are quoted reports them; an unquoted "called for talks" is an act of asking."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "for") and child.i == verb.i + 1:
            return _has_quote_mark(child) or any(
                c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > child.i and _has_quote_mark(c)
                for c in verb.children
            )
    return False


def _calls_on_to_act(verb: Token) -> bool:
    """'called on the council to publish the report': calling on someone to act is a demand, like "urged
    the council to …", quoted or not (an unquoted "called for talks" stays an act of asking)."""
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1), None)
    if on is None or not any(o.dep_ == "pobj" for o in on.children):
        return False
    return any(
        c.dep_ == "xcomp" and c.i > on.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _supposed_speech(verb: Token) -> bool:
    """'many would point out', 'some might argue', 'one could say': speech the writer imagines a vague
    someone making, not a statement anyone made."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in GENERIC_SUBJECTS
        and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in children)
    )


def _withholds_or_votes(verb: Token, lemma: str) -> bool:
    """Senses of denying and rejecting that are acts, not speech: withholding something ("was denied bail",
    "denied them entry", "was refused a visa") and turning down a proposal or a case ("rejected the pay
    offer", "parliament rejected the bill", "the court dismissed the lawsuit"). Naming it ("dismissed the
    case as a sham") or a clause ("rejected the bill, saying …" keeps the participle) is still speech."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and _withholds_or_votes(c, c.lemma_.lower()) for c in children
    ):
        return True  # "the judge refused to dismiss the lawsuit": a ruling, not a refusal to speak
    if lemma in ("deny", "refuse"):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        two_objects = any(c.dep_ == "dative" for c in children)
        return bool(objects) and (passive or two_objects) and not any(c.dep_ == "ccomp" for c in children)
    if lemma not in ("reject", "dismiss", "approve", "back", "endorse"):
        return False
    if any(c.dep_ in ("ccomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return False
    if lemma == "dismiss" and any(_names_a_person(o) for o in objects):
        return True  # "dismissed their head coach": fired him
    return any(_acted_on(o) for o in objects)


def _names_a_person(noun: Token) -> bool:
    """A person named or described by a job ("Ana Ruiz", "its chief executive", "two traders")."""
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in DISMISSED_PERSON_NOUNS


def _acted_on(noun: Token) -> bool:
    """A proposal, case or filing ("the lawsuit"), or a share of one ("part of the complaint")."""
    acted_on = ACTED_ON_NOUNS | FILING_NOUNS
    if noun.lemma_.lower() in acted_on or noun.lower_ in acted_on:
        return True
    return noun.lemma_.lower() in PART_NOUNS and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in acted_on or o.lower_ in acted_on)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
    )


def _mistagged_cue(token: Token) -> bool:
    """'…, the former doctor maintains.': a present-tense reporting verb after its subject, tagged as a
    plural noun; its clause hangs on it all the same."""
    return (
        token.tag_ == "NNS"
        and token.lower_.endswith("s")
        and token.lower_[:-1] in CUE_VERBS
        and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children)
    )


def cue_negated(cue: Token) -> bool:
    """'did not deny', 'never confirmed', 'neither confirmed nor denied', and 'declined to deny'."""
    for child in cue.children:
        if (child.dep_ == "neg" or child.lower_ in ("never", "neither")) and not _quoted_away(child, cue):
            return True
    if cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and _shares_negation(cue.head):
        return cue_negated(cue.head)
    if cue.dep_ == "xcomp" and cue.head.lemma_ in ("decline", "refuse"):
        return True
    # "stopped short of denying the report"
    return cue.dep_ == "pcomp" and cue.head.lower_ == "of" and cue.head.head.lower_ == "short"


def _quoted_away(word: Token, cue: Token) -> bool:
    """A negation the parser hung on the cue from inside a quotation ('“Absolutely not,” she said'): a
    quotation mark stands between them."""
    low, high = sorted((word.i, cue.i))
    return any(t.text in _QUOTE_CHARS for t in word.doc[low + 1 : high])


def _shares_negation(first: Token) -> bool:
    """Whether a negation of ``first`` covers the verb joined to it: "did not confirm or deny", "neither
    confirmed nor denied" — but not "did not reveal the sum and said talks would go on"."""
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in first.children) or any(
        c.lower_ == "neither" for c in first.children
    )


def governing_cue(cue: Token) -> Token | None:
    """The cue a participle cue continues: 'did not deny …, saying …' gives 'deny'."""
    if cue.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    head = cue.head
    if not is_cue(head) and head.dep_ == "ccomp" and is_cue(head.head):
        head = head.head
    return head if is_cue(head) and head.i != cue.i else None


def cue_tokens(cue: Token) -> list[Token]:
    """The cue with its auxiliaries, negation and particle ('did not deny', 'pointed out', 'according to')."""
    parts = [cue]
    for child in cue.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") and abs(child.i - cue.i) <= 3:
            parts.append(child)
        elif cue.lower_ == "according" and child.lower_ == "to":
            parts.append(child)
    return sorted(parts, key=lambda t: t.i)


def speaker_token(cue: Token) -> Token | None:
    """The head of the noun phrase that the cue attaches to, or None."""
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None
    if cue.lemma_.lower() == "hear":
        heard_from = _heard_from(cue)
        if heard_from is not None:
            return heard_from
    commas = _tag_commas(cue)
    if commas is not None:
        # "The offer, said X of the union, was …" read with "offer" a first subject: the tag's own speaks
        return next(c for c in cue.children if c.dep_ == "nsubj" and commas[0] < c.i < commas[1])
    misread = _noun_read_as_subject(cue) if cue.lemma_.lower() in RELATIVE_CUE_VERBS else None
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and (misread is None or c.i != misread.i)]
    if len(subjects) > 1 and subjects[1].i < cue.i:
        # "LONDON, Oct 8 (Wire) - Halden Bank confirmed …" read with the dateline a first subject: past the
        # dateline's dash, the subject next to the verb speaks (an apposition set off by commas does not)
        doc = cue.doc
        if any(doc[i].text in DATELINE_DASHES for i in range(subjects[0].i + 1, subjects[1].left_edge.i)):
            return subjects[1]
    if subjects:
        return subjects[0]
    after_quote = _name_after_quotation(cue)
    if after_quote is not None:
        return after_quote
    asked_then_said = _speech_after_asked(cue.head) if cue.dep_ == "ccomp" else None
    if asked_then_said is not None and asked_then_said.i == cue.i:
        # "A senior official, asked whether …, said: …" parsed with "said" the clause of "asked"
        return next(c for c in cue.head.children if c.dep_ == "nsubj" and c.i < cue.head.i)
    for clause in cue.children:
        # "Cole, asked about the shortfall, said …" parsed with "Cole" the subject of "asked"
        if clause.dep_ == "ccomp" and clause.lemma_ == "ask" and clause.i < cue.i:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < clause.i:
                return subject
    if _mistagged_cue(cue):
        # "the candidate's former doctor maintains": the subject was read as the noun's modifiers
        return next((c for c in reversed(list(cue.lefts)) if c.dep_ in ("compound", "amod", "poss")), None)
    for child in cue.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
        if child.dep_ == "nsubjpass":
            # "it was revealed": nobody named; "X would not be drawn on …": X declines
            return child if _not_drawn_on(cue) else None
    if cue.dep_ == "relcl":
        return cue.head  # "Volker, who said …"
    head = cue.head
    if cue.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.pos_ in ("ADV", "ADJ"):
        head = head.head.head  # "Hale stopped short of denying": the speaker is the subject of "stopped"
        return speaker_token(head) if head.pos_ in ("VERB", "AUX") and head.i != cue.i else None
    if (
        cue.dep_ == "pcomp"
        and head.pos_ == "ADP"
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i != cue.i
    ):
        # "X responded before adding that …", "after saying X, she was rushed to hospital"
        main = head.head
        subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject if subject is not None else speaker_token(main)
    if (
        head.i != cue.i
        and cue.dep_ in ("advcl", "xcomp", "conj", "pcomp", "dep")
        and head.pos_ in ("VERB", "AUX")
    ):
        # "X said the checks were continuing and declined to comment": a verb of the reported clause that
        # reports nothing itself is no cue.
        reports = is_cue(head) and bool(content_of(head))
        clause = head
        while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # "said he would have to check and promised …": up the chained verbs
        if cue.dep_ in ("conj", "advcl") and not reports and clause.dep_ == "ccomp" and is_cue(clause.head):
            return speaker_token(clause.head)  # the parser joined the second cue to the first one's clause
        if head.dep_ == "ccomp" and cue.dep_ == "advcl" and cue.lemma_.lower() in CONTINUING_PARTICIPLES:
            # "said the council had been warned, adding that …": the parser hung the speaker's "adding"
            # on the reported clause; it goes on with the cue's speaker
            if is_cue(head.head) and head.head.i != cue.i:
                return speaker_token(head.head)
        return speaker_token(head) if head.dep_ != "ccomp" or cue.dep_ == "conj" else _own_subject(head)
    if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN"):
        return cue.head  # "Blinken, speaking after a meeting, …"
    if cue.dep_ == "ROOT":
        return _subject_before_relative(cue) or _adjacent_name(cue) or _name_read_as_adverb(cue)
    return None


def _name_read_as_adverb(cue: Token) -> Token | None:
    """'Connolly, for her part, said …', '"…," Tolliver said': a surname (one ending in -ly, or one the
    parser did not know) taken for an adverb of a speech verb that has no subject is its subject: a
    capitalised word opening the sentence before a comma, or right after a quotation's closing mark."""
    doc = cue.doc
    for child in cue.children:
        if child.i >= cue.i or child.dep_ not in ("advmod", "npadvmod") or not child.text[:1].isupper():
            continue
        opening = child.i == cue.sent.start and child.i + 1 < len(doc) and doc[child.i + 1].text == ","
        after_quote = child.i == cue.i - 1 and child.i > 0 and doc[child.i - 1].is_quote
        if opening or after_quote:
            return child
    return None


def _subject_before_relative(cue: Token) -> Token | None:
    """'Mayor Ana Silva, whose party holds the council, said …': the parser read the relative clause as the
    cue's reported clause and gave the name to it as subject; the name before "whose" or "who" speaks."""
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i > cue.i:
            continue
        relative = next((t for t in clause.subtree if t.tag_ in ("WP", "WP$")), None)
        if relative is None:
            continue
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.i < relative.i and subject.ent_type_:
                return subject
    return None


def _adjacent_name(cue: Token) -> Token | None:
    """When the parser gave a main speech verb no subject ('…, its chief executive, Abena Mensah-Darko,
    said …'): the name right before it, or right after it ('said Abena Mensah-Darko')."""
    doc, sentence = cue.doc, cue.sent
    before = cue.i - 1
    while before >= sentence.start and (doc[before].is_punct or doc[before].pos_ in ("ADV", "AUX", "PART")):
        before -= 1
    after = cue.i + 1
    for i in (before, after):
        if i == before and doc[i].dep_ == "pobj":
            continue  # "the envoy in Geneva, said …": a prepositional object is where, never who
        if sentence.start <= i < sentence.end and doc[i].pos_ in ("PROPN", "NOUN") and doc[i].ent_type_:
            token = doc[i]
            while token.dep_ == "compound" and token.head.ent_type_ == token.ent_type_:
                token = token.head
            return token
    # "…, said another witness": the parser took the inverted subject for the verb's object.
    inverted = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == after), None)
    return inverted if inverted is not None and inverted.pos_ == "NOUN" else None


def _own_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    return None


def _trim(tokens: list[Token]) -> list[Token]:
    """No leading 'that' or punctuation, no trailing punctuation except a closing quotation mark."""
    while tokens and (tokens[0].is_punct and tokens[0].text not in _QUOTE_CHARS or tokens[0].is_space):
        tokens = tokens[1:]
    tokens = _after_dateline(tokens)
    if (
        len(tokens) > 2
        and tokens[0].lower_ == "only"
        and tokens[1].lower_ == "that"
        and tokens[1].dep_ == "mark"
    ):
        tokens = tokens[1:]  # "said only that …": the restriction is the reporter's
    if (
        tokens
        and tokens[0].lower_ == "that"
        and (
            tokens[0].dep_ == "mark" or _opens_medium_clause(tokens[0]) or _complementizer_misread(tokens[0])
        )
    ):
        tokens = tokens[1:]
        while tokens and tokens[0].text == ",":
            tokens = tokens[1:]  # "said that, despite the cuts, it would …"
    while tokens and (
        tokens[-1].is_space
        or tokens[-1].dep_ == "cc"
        or tokens[-1].is_punct
        and tokens[-1].text not in _QUOTE_CHARS
    ):
        tokens = tokens[:-1]
    return _before_sentence_glued_at_unit(tokens)


def _before_sentence_glued_at_unit(tokens: list[Token]) -> list[Token]:
    """'owed $3m. It paid …': the tokenizer keeps the full stop with "m" and runs the next sentence on; the
    content ends with the amount."""
    for n, token in enumerate(tokens[1:-1], start=1):
        if _UNIT_WITH_STOP.fullmatch(token.text) and tokens[n - 1].like_num and tokens[n + 1].is_title:
            return tokens[: n + 1]
    return tokens


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """'GENEVA — A firm shipped …', 'SAN JOSE, Calif. — The company said …': the place line opening a
    paragraph, before a dash and a capitalised word, is not part of what was said."""
    if not tokens or not (tokens[0].is_upper and len(tokens[0].text) > 2):
        return tokens
    doc, first = tokens[0].doc, tokens[0].i
    if first > 0 and "\n" not in doc[first - 1].text or tokens[0].ent_type_ in ("ORG", "PERSON", "NORP"):
        return tokens
    for n, token in enumerate(tokens[:8]):
        if token.text in ("—", "–", "--") and n > 0:
            rest = tokens[n + 1 :]
            return rest if rest and rest[0].is_title else tokens
        if not (token.is_upper or token.text == "," or token.text.endswith(".") and token.is_title):
            return tokens
    return tokens


def content_of(cue: Token) -> list[Token]:
    """What the cue reports, by cue family: the clause "according to" qualifies, a reporting verb's
    clause, or an object cue's object and complements; [] when it reports nothing."""
    if cue.lower_ == "according":
        return _according_to_content(cue)
    if is_relative_cue(cue):
        return _relative_content(cue)
    uttered = _uttered_clause(cue) if cue.lemma_.lower() in LIGHT_SPEECH_VERBS else []
    if uttered:
        return uttered
    rebutted = _rebutted(cue)
    if rebutted:
        return rebutted
    if _as_parenthetical(cue):
        described = _described_phrase(cue)
        return described or _according_to_content(cue)  # "the plan, as the mayor said, was never funded"
    estimate = _estimate_at(cue) if cue.lemma_.lower() == "put" else None
    if estimate is not None:
        # "… at more than $60 million over three years", "… at $2m a year": the span the amount covers
        # goes with it, not when it was put ("on Saturday")
        right = estimate.right_edge.i
        for child in sorted(cue.children, key=lambda c: c.i):
            covers = child.dep_ == "prep" and child.lower_ in ("over", "across", "for", "per")
            rate = child.dep_ == "npadvmod" and child.left_edge.lower_ in ("a", "an", "per", "each", "every")
            if child.left_edge.i == right + 1 and (covers or rate):
                right = child.right_edge.i
        return _trim(list(cue.doc[estimate.left_edge.i : right + 1]))
    withheld = _withheld_by_refusal(cue)
    if withheld is not None:
        return _before_relative_estimate(withheld)
    clauses = [c for c in cue.children if c.dep_ == "ccomp" or _that_clause_read_as_adverbial(cue, c)]
    clauses = clauses or _clause_of_medium(cue)
    if clauses:
        content = _clause_content(cue, clauses)
    else:
        content = (
            _subject_read_as_object(cue)
            or _clause_after_comma(cue)
            or _clause_governing_cue(cue)
            or _clause_before_tag(cue)
            or _headline_report_before_tag(cue)
            or (_clause_read_as_relative_of_hearer(cue) if cue.lemma_.lower() != "tell" else [])
            or _object_content(cue)
            or _clause_read_as_relative_of_hearer(cue)
        )
    if content and content[-1].i < cue.i:
        content = content + _shared_subject_continuation(cue)
    elif clauses and content:
        content = content + _backshifted_continuation(cue, content)
    content = _before_relative_estimate(_with_predicate_after_aside(_across_tag(cue, content)))
    content = _before_reporters_aside(_before_gloss(_after_made_clear(cue, content)))
    content = _without_bare_tag(cue, _before_labelled_aside(_before_wording_label(cue, content)))
    return _before_news_timing(_before_other_speech(cue, content))


def _before_news_timing(content: list[Token]) -> list[Token]:
    """'said it would return the money, a day after a report that …', 'hours after the vote': a time
    phrase closing the content after a comma, a span of time before "after" or "before", dates the news
    (the reporter's words), not what was said."""
    if len(content) < 4:
        return content
    doc, last = content[0].doc, content[-1].i
    for token in content[2:]:
        if (
            token.dep_ == "npadvmod"
            and token.lemma_.lower() in TIME_SPAN_NOUNS
            and token.right_edge.i >= last
            and doc[token.left_edge.i - 1].text == ","
            and any(c.dep_ == "prep" and c.lower_ in ("after", "before") for c in token.children)
        ):
            return _trim([t for t in content if t.i < token.left_edge.i - 1])
    return content


def _before_other_speech(cue: Token, content: list[Token]) -> list[Token]:
    """'denied that he intervened, after opposition MPs accused him of cronyism', 'confirmed three deaths, as
    nurses accused managers of …': an adverbial clause closing the content, set off by a comma, whose verb is
    another speaker's charge (a verb of accusing with a subject of its own) is the reporter's account of
    what the statement answers, a statement of its own, not part of what the cue reports ("weeks after its
    auditor asked to speak to the customers" and "as some lawmakers have suggested" stay in it)."""
    if len(content) < 3:
        return content
    doc, last = cue.doc, content[-1].i
    for token in content:
        if (
            token.dep_ == "advcl"
            and token.i != cue.i
            and token.right_edge.i >= last
            and token.left_edge.i > content[0].i
            and doc[token.left_edge.i - 1].text == ","
            and any(c.dep_ == "mark" and c.lower_ in SPEECH_ALONGSIDE_MARKS for c in token.children)
            and any(c.dep_ == "nsubj" for c in token.children)
            and token.lemma_.lower() in CHARGING_ALONGSIDE
            and is_cue(token)
        ):
            return _trim([t for t in content if t.i < token.left_edge.i - 1])
    return content


def _without_bare_tag(cue: Token, content: list[Token]) -> list[Token]:
    """'The scheme was unlawful, she said, a charge the ministry rejected': when the reporter's aside after
    the tag is cut off, the tag left at the end of the content goes with it."""
    commas = _tag_commas(cue) if content else None
    if commas is None or not commas[0] < content[-1].i <= commas[1] or content[0].i >= commas[0]:
        return content
    return _trim([t for t in content if t.i < commas[0]])


_TAG_RELATIVES = frozenset({"which", "who", "whom", "whose", "that", "as", "according"})


def _tag_commas(cue: Token) -> tuple[int, int] | None:
    """The commas around a cue set inside its sentence with its speaker ("…, she said, …", "…, he told
    MPs, …", "…, said Amara Diallo of the campaign, …"), or None: the words between them are the cue,
    its subject, particle and hearer, with no other verb, quotation mark or relative word."""
    # several passes ask this of the same cue; the answer is kept on its Doc
    known = cue.doc.user_data.setdefault("briefing.tag_commas", {})
    if cue.i not in known:
        known[cue.i] = _find_tag_commas(cue)
    return known[cue.i]


def _find_tag_commas(cue: Token) -> tuple[int, int] | None:
    doc, sent = cue.doc, cue.sent
    left = right = None
    for i in range(cue.i - 1, max(sent.start, cue.i - 9) - 1, -1):
        word = doc[i]
        if word.text == ",":
            left = i
            break
        if not _under(word, cue):
            return None
    for i in range(cue.i + 1, min(sent.end, cue.i + 11)):
        word = doc[i]
        if word.text == ",":
            right = i
            break
        if not _under(word, cue):
            return None
    if left is None or right is None:
        return None
    words = doc[left + 1 : right]
    if any(
        t.lower_ in _TAG_RELATIVES
        or _is_quote_mark(t)
        and t.dep_ != "case"  # "of the tenants' union": a possessive
        or t.pos_ == "VERB"
        and t.i != cue.i
        for t in words
    ):
        return None
    if not any(t.dep_ == "nsubj" and t.head.i == cue.i for t in words):
        return None
    return left, right


def _under(token: Token, head: Token) -> bool:
    """Whether ``token`` is in ``head``'s subtree, found by climbing from the token (a cue's subtree may be
    its whole sentence; the words beside it are few)."""
    heads, at = _heads(token.doc), token.i
    while at != head.i:
        parent = heads[at]
        if parent == at:
            return False
        at = parent
    return True


def _heads(doc: Doc) -> list[int]:
    """Each token's head, as positions, read once from the Doc's arrays."""
    found = doc.user_data.get("briefing.heads")
    if found is None:
        found = doc.user_data["briefing.heads"] = [
            i + offset for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist())
        ]
    return found


def _is_quote_mark(token: Token) -> bool:
    return token.is_quote or any(c in _QUOTE_CHARS for c in token.text) and token.is_punct


def _across_tag(cue: Token, content: list[Token]) -> list[Token]:
    """'The government, he said, had been warned', 'Payroll software was not, he told MPs, the kind of
    …', 'Sales fell, the paper says, and two plants closed': a cue set off by commas inside its sentence
    reports the words on both sides of it, up to the end of the sentence; the tag stands inside the
    statement. (A quotation on either side of the tag is found as one; a participle after it, "adding …",
    "citing …", or a phrase, "in a statement", is no part of the report.)"""
    commas = _tag_commas(cue)
    if commas is None:
        return content
    doc, sent = cue.doc, cue.sent
    left, right = commas
    before = _trim(list(doc[sent.start : left]))
    after = _trim(list(doc[right + 1 : sent.end]))
    opening = doc[sent.start]
    if not before or len(after) < 2 or _is_quote_mark(opening):
        return content
    if _is_quote_mark(after[0]) and not _completed_after_tag(doc[left - 1], right):
        return content
    if any(_is_quote_mark(t) for t in doc[left - 1 : left + 1]):
        return content
    if content and (content[0].i < before[0].i or content[-1].i > after[-1].i):
        return content
    if not _is_quote_mark(after[0]) and _reporters_words_after_tag(after):
        return content  # (a quotation after the tag, completing the clause, is the speaker's words)
    if before[0].tag_ in ("VBG", "VBN") or before[0].pos_ in ("ADP", "SCONJ") and before[0].lower_ != "that":
        return content  # "Asked about the delay, she said, …", "In a statement, it said, …"
    return _trim(list(doc[before[0].i : after[-1].i + 1]))


def _reporters_words_after_tag(after: list[Token]) -> bool:
    """The words after a tag that are the reporter's, not the report's: "…, she said, in a statement",
    "…, adding …", "…, because …", "…, unless …", "…, and then …", "…, days after the owner insisted …"."""
    first = after[0]
    if first.lower_ in ("and", "but"):
        subject = after[1]
        return subject.pos_ not in (
            "DET",
            "PRON",
            "PROPN",
            "NOUN",
            "NUM",
            "ADJ",
            "AUX",
        ) or subject.lower_ in (
            "then",
            "so",
        )
    if first.pos_ in ("ADP", "SCONJ", "PUNCT") and first.lower_ != "that" or first.tag_ == "VBG":
        return True
    return first.lemma_.lower() in TIME_NOUNS and after[1].lower_ in ("after", "before", "later", "earlier")


def _completed_after_tag(verb: Token, right: int) -> bool:
    """'It was, she said, “a terrible mistake.”': a verb just before the tag whose complement is the
    quotation after it; the words before the tag say nothing alone, so the two are one statement. (A bare
    "is" or "had" before the tag is left waiting for it, wherever the parser hung the quoted words.)"""
    if verb.pos_ not in ("AUX", "VERB"):
        return False
    complements = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS]
    if any(c.i > right for c in complements):
        return True
    return verb.pos_ == "AUX" and verb.dep_ == "ROOT" and not complements


_COMPLEMENT_DEPS = frozenset({"acomp", "attr", "prep", "dobj", "oprd", "xcomp", "ccomp", "advmod"})


def _before_labelled_aside(content: list[Token]) -> list[Token]:
    """'officers found £9,000 in cash at her home, a sum she has said was savings'; 'he spoke to her before
    taking the job, a conversation she confirms'; '…, a charge the defendant rejected': a noun phrase after
    a comma that labels the words before it and says what someone else says of them is the reporter's
    aside, no part of the report (whatever the parser made of it)."""
    for at, comma in enumerate(content[:-3]):
        if comma.text != "," or at == 0 or content[at + 1].lower_ not in INDEFINITE_ARTICLES:
            continue
        rest = content[at + 2 : at + 6]
        noun = next((i for i, t in enumerate(rest) if t.pos_ == "NOUN"), None)
        if noun is None or any(t.pos_ not in ("ADJ", "NOUN") for t in rest[:noun]):
            continue
        start = at + 3 + noun  # the words after the noun: the one who says it, then the saying
        subject = content[start] if start < len(content) else None
        if (
            subject is None
            or subject.lower_ in ("that", "which", "who", "it")
            or subject.pos_
            not in (
                "PRON",
                "PROPN",
                "DET",
            )
        ):
            continue
        verb = None
        for t in content[start : start + 6]:
            if t.pos_ == "VERB":
                verb = t
                break
            if t.pos_ not in ("PRON", "PROPN", "DET", "NOUN", "ADJ", "AUX"):
                break
        if verb is not None and is_cue(verb):
            return _trim(content[:at])
    return content


def _before_wording_label(cue: Token, content: list[Token]) -> list[Token]:
    """'argued that the collections should be “shared, not scattered”, a phrase he used again in May':
    the reporter's label for the words reported, after a comma, is no part of them."""
    if len(content) < 4:
        return content
    doc, first = cue.doc, content[0].i
    for token in content:
        if token.lemma_.lower() not in WORDING_LABEL_NOUNS or token.dep_ not in ("npadvmod", "appos", "dobj"):
            continue
        comma = _previous_word(doc, token.left_edge.i)
        if (
            comma is not None
            and comma.text == ","
            and comma.i > first
            and token.head.i in (cue.i, *[t.i for t in content])
        ):
            return _trim([t for t in content if t.i < comma.i])
    return content


def _that_clause_read_as_adverbial(cue: Token, clause: Token) -> bool:
    """'told the broadcaster only that she was “not thinking about deals”': a clause opened by "that"
    after the cue, which the parser hung on it as an adverbial clause, is its reported clause ("so that",
    "now that", "such that" open a clause of purpose or time)."""
    if clause.dep_ != "advcl" or clause.i < cue.i:
        return False
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i != clause.left_edge.i and clause.doc[clause.left_edge.i].lower_ != "only":
        return False
    before = clause.doc[mark.i - 1]
    return before.lower_ not in ("so", "now", "such", "order", "given", "provided", "except")


def _with_predicate_after_aside(content: list[Token]) -> list[Token]:
    """'would not be drawn on whether her contract, reported to be worth $1m, would be suspended': the
    parser took the participle of the aside for the clause's verb and left the real predicate after the
    comma, a verb with an auxiliary and no subject; it belongs to the content."""
    if len(content) < 3:
        return content
    doc, last = content[0].doc, content[-1].i
    sentence_end = content[-1].sent.end
    after = last + 1
    while after < sentence_end and doc[after].text in _CLOSING_MARKS:
        after += 1
    if after + 1 >= sentence_end or doc[after].text != ",":
        return content
    auxiliary = doc[after + 1]
    verb = auxiliary.head
    if auxiliary.dep_ not in ("aux", "auxpass") or verb.i <= auxiliary.i or _has_subject(verb):
        return content
    participle_as_verb = any(
        t.dep_ == "mark"
        and t.lower_ in ("whether", "if", "that")
        and t.head.tag_ in ("VBN", "VBD")  # "reported", "said", "thought": either reading
        and not any(c.dep_ in ("aux", "auxpass") for c in t.head.children)
        and _has_subject(t.head)
        for t in content
    )
    if not participle_as_verb:
        return content
    return _trim(list(doc[content[0].i : verb.right_edge.i + 1]))


def _withheld_by_refusal(cue: Token) -> list[Token] | None:
    """'declined to say how the money was spent', 'refused to provide the names of the donors': what is
    withheld is the clause or object of the telling verb, as after "would not say"; "declined to comment
    (on X)" and "declined to discuss X" keep their verb, having nothing else to report. None when the
    cue is no such refusal; [] when the telling verb, a cue itself ("say"), reports it."""
    if cue.lemma_.lower() not in ("decline", "refuse"):
        return None
    verb = next(
        (c for c in cue.children if c.dep_ == "xcomp" and c.lemma_.lower() in WITHHELD_OBJECT_VERBS), None
    )
    if verb is None:
        return None
    said = [c for c in verb.children if c.i > verb.i and c.dep_ in ("ccomp", "dobj", "xcomp")]
    if not said:
        return None
    if is_cue(verb) and content_of(verb):
        return []
    return _trim(list(cue.doc[min(c.left_edge.i for c in said) : verb.right_edge.i + 1]))


def _before_reporters_aside(tokens: list[Token]) -> list[Token]:
    """What the reporter adds after a comma at the end of the content: a comment on the news ("…, a move
    that surprised analysts", "…, in a move seen as a rebuke"), how it came out ("…, after it emerged
    that …"), what it set off ("…, reviving worries") or the speaker's next act ("…, before boarding a
    flight to Paris", "…, after meeting the minister")."""
    if len(tokens) < 4:
        return tokens
    doc, last = tokens[0].doc, tokens[-1].i
    inside = {t.i for t in tokens}
    for token in tokens[2:]:
        before = _previous_word(doc, token.left_edge.i)
        if token.head.i not in inside or token.right_edge.i < last or before is None or before.text != ",":
            continue
        if before.i <= tokens[0].i or token.left_edge.i != token.i and token.dep_ == "prep":
            continue
        if (
            _comments_on_the_news(token)
            or _next_act(token)
            or _after_it_emerged(token)
            or _what_followed(token)
            or _source_given(token)
        ):
            return _trim([t for t in tokens if t.i < before.i])
    return tokens


def _comments_on_the_news(token: Token) -> bool:
    """'…, a move that surprised analysts', '…, in the sharpest row between the two in a decade'."""
    nouns = EVENT_COMMENT_NOUNS | CONFLICT_NOUNS
    if token.dep_ in ("npadvmod", "appos", "dobj") and token.lemma_.lower() in nouns:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        relative = following is not None and following.lower_ in ("that", "which")
        return relative or any(c.dep_ in ("relcl", "acl") for c in token.children)
    return (
        token.dep_ == "prep"
        and token.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in token.children)
    )


def _source_given(token: Token) -> bool:
    """'…, citing documents it had seen', '…, quoting two officials': the source the speaker gives."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in ("cite", "quote")


def _after_it_emerged(token: Token) -> bool:
    """'…, after it emerged that a councillor owns the land', '…, days after it was revealed that …': how
    the news came out, told by the reporter."""
    children = list(token.children)
    return (
        token.dep_ == "advcl"
        and token.lemma_.lower() in EMERGING_VERBS
        and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in children)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it" for c in children)
    )


def _what_followed(token: Token) -> bool:
    """A participle without a subject closing the content that tells what the news set off ("…, reviving
    worries about office loans", "…, sending the shares down 9 percent") or how it compares with what was
    expected ("…, beating forecasts")."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.lemma_.lower() in CONSEQUENCE_VERBS | FORECAST_COMPARISONS
        and not any(c.dep_ in ("nsubj", "aux") for c in token.children)
    )


def _next_act(token: Token) -> bool:
    return (
        token.dep_ == "prep"
        and token.lower_ in ("before", "after")
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children)
    )


def _after_made_clear(cue: Token, tokens: list[Token]) -> list[Token]:
    """'made (it) clear that he would stay', 'made clear his opposition': what was made clear follows
    "clear"."""
    if cue.lemma_.lower() != "make" or len(tokens) < 2:
        return tokens
    start = 1 if tokens[0].lower_ == "it" and tokens[1].lower_ == "clear" else 0
    if tokens[start].lower_ != "clear" or start + 1 >= len(tokens):
        return tokens
    return _trim(tokens[start + 1 :])


def _before_gloss(tokens: list[Token]) -> list[Token]:
    """'… at Hartwell Castle, a manor outside the town', 'cited the “revolving door,” a habit of …': an
    appositive closing the content that explains a name or a quoted term is the reporter's gloss, not
    what was said."""
    if len(tokens) < 4:
        return tokens
    doc, last = tokens[0].doc, tokens[-1].i
    inside = {t.i for t in tokens}
    for token in tokens:
        head, first = token.head, token.left_edge.i
        if token.dep_ != "appos" or head.i not in inside or head.i >= token.i or token.right_edge.i < last:
            continue
        comma = first - 1
        while comma > head.i and doc[comma].text == '"':
            comma -= 1  # 'the “gun-show loophole,” a gap …': the comma inside the closing mark
        if doc[comma].text != "," or comma <= tokens[0].i:
            continue
        tag = _tag_commas(head.head) if head.dep_ in ("dobj", "dative") else None
        if tag is not None and tag[1] == comma:
            continue  # "was not, he told MPs, the kind of …": the words after the tag go on with the report
        if head.pos_ == "PROPN" or any(t.text == '"' for t in doc[head.i + 1 : first]):
            return _trim([t for t in tokens if t.i < comma or t.i < first and t.text == '"'])
    return tokens


def _subject_read_as_object(cue: Token) -> list[Token]:
    """'The authors said dust from the storms, which darkens the ice, accounted for a third of the melt':
    the parser read the reported clause's subject, long with a relative clause set off by commas, as the
    cue's object and hung the clause's verb on the cue after the closing comma; the content runs from the
    object to the end of that verb's phrase."""
    if cue.lemma_.lower() not in CLAUSE_SPEECH_VERBS:
        return []
    doc = cue.doc
    for obj in cue.children:
        if obj.dep_ != "dobj" or obj.i < cue.i or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        end = obj.right_edge.i
        if end + 1 >= len(doc) or doc[end + 1].text != ",":
            continue
        if not any(t.dep_ == "relcl" and t.right_edge.i == end for t in obj.subtree):
            continue
        for verb in cue.children:
            if (
                verb.dep_ in ("advcl", "conj")
                and verb.left_edge.i == end + 2
                and verb.tag_ in ("VBD", "VBZ", "VBP")
                and not _has_subject(verb)
                and not any(c.dep_ in ("mark", "cc") for c in verb.children)
                and not is_cue(verb)
            ):
                return _trim(list(doc[obj.left_edge.i : verb.right_edge.i + 1]))
    return []


def _clause_governing_cue(cue: Token) -> list[Token]:
    """'X said, in diplomacy, countries must talk': the parser makes the reported clause the sentence's
    root and the cue a parataxis before it; the content is the words after the cue's comma."""
    head, doc = cue.head, cue.doc
    if cue.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX"):
        return []
    if head.i < cue.i:
        # "Taxes would not rise, she said, but fees might": the clause before the cue's comma.
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in head.children):
            return []
        before = [t for t in doc[head.left_edge.i : cue.left_edge.i] if t.i < cue.i]
        if any(t.text in _QUOTE_CHARS for t in before):
            return []
        return _trim(before)
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text not in (",", ":"):
        return []
    if _interrupts_clause(cue, head):
        # "One of them, the company said, referred to …": the tag stands inside the reported clause,
        # whose words on both sides are the report.
        # A quotation closing the clause makes it mixed ("The route, he said, was chosen by the county,
        # “not by us”"); a clause that is all quotation is found as a quotation.
        tag = {t.i for t in cue.subtree}
        return _trim([t for t in doc[head.left_edge.i : head.right_edge.i + 1] if t.i not in tag])
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return []
    content = _trim(list(doc[cue.i + 2 : head.right_edge.i + 1]))
    # A quotation after the comma is found as one ('X said, “…”'): this is for the clause without marks.
    return [] if any(t.text in _QUOTE_CHARS for t in content) else content


def _clause_before_tag(cue: Token) -> list[Token]:
    """'The strike was “entirely avoidable”, the union's leader, Rita Moss, told reporters': the parser
    joined the cue and its subject, set off by a comma after the reported clause, to that clause as a
    second conjunct (no "and" or "but" between); the content is the clause before the comma."""
    head, doc = cue.head, cue.doc
    if cue.dep_ != "conj" or head.i > cue.i or head.pos_ not in ("VERB", "AUX"):
        return []
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and head.i < c.i < cue.i), None)
    if subject is None or not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < head.i for c in head.children
    ):
        return []
    comma = _previous_word(doc, subject.left_edge.i)
    if (
        comma is None
        or comma.text != ","
        or any(t.dep_ == "cc" for t in doc[head.i : subject.left_edge.i] if t.head.i in (head.i, cue.i))
    ):
        return []
    return _trim(list(doc[head.left_edge.i : comma.i]))


def _headline_report_before_tag(cue: Token) -> list[Token]:
    """'Tariffs to stay, minister says': a headline's report without a finite verb ("X to do Y") before a
    closing tag; the parser hangs it on the cue as a loose dependent. The content is the words before the
    comma."""
    doc, sent = cue.doc, cue.sent
    if cue.dep_ != "ROOT" or any(not (t.is_punct or t.is_space) for t in doc[cue.i + 1 : sent.end]):
        return []
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    comma = _previous_word(doc, subject.left_edge.i) if subject is not None else None
    if comma is None or comma.text != "," or comma.i <= sent.start:
        return []
    if not any(c.dep_ == "dep" and c.i < comma.i for c in cue.children):
        return []
    return _trim(list(doc[sent.start : comma.i]))


def _clause_read_as_relative_of_hearer(cue: Token) -> list[Token]:
    """'told the meeting he had “no intention” of stepping down': the parser read the reported clause as
    a relative clause (without a relative pronoun) on the one told."""
    if cue.lemma_.lower() not in HEARER_THAT_CUES:
        return []
    for hearer in cue.children:
        if hearer.dep_ not in ("dobj", "dative") or hearer.i < cue.i:
            continue
        for clause in hearer.children:
            # "reminded councillors that the budget was fixed": a that-clause read as the hearer's own
            opener = cue.doc[clause.left_edge.i]
            if clause.dep_ in ("acl", "relcl") and opener.lower_ == "that" and opener.dep_ == "mark":
                return _trim(list(cue.doc[clause.left_edge.i : clause.right_edge.i + 1]))
        if cue.lemma_.lower() != "tell":
            continue
        for clause in hearer.subtree:
            if (
                clause.dep_ == "relcl"
                and _ends_the_hearer(hearer, clause)
                and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in clause.subtree)
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children)
            ):
                return _trim(list(cue.doc[clause.left_edge.i : clause.right_edge.i + 1]))
    return []


def _ends_the_hearer(hearer: Token, clause: Token) -> bool:
    """The clause follows the one told right away ('told the meeting he had …'), or closes the hearer's
    phrase opened by a complementizer "that" ('telling a meeting of business leaders that the city …',
    'told a conference in Lisbon that …')."""
    if clause.head.i == hearer.i and clause.left_edge.i == hearer.i + 1:
        return True
    opener = clause.doc[clause.left_edge.i]
    return (
        opener.lower_ == "that"
        and opener.dep_ == "mark"
        and opener.head.i == clause.i
        and clause.left_edge.i > hearer.i
        and clause.right_edge.i == hearer.right_edge.i
    )


def _interrupts_clause(cue: Token, head: Token) -> bool:
    """'The plan, she said, was never funded': a cue set off by commas between words of the clause it
    reports (a subject or a fronted phrase before it, the verb after it)."""
    doc = cue.doc
    first = cue.left_edge.i
    return (
        head.left_edge.i < first
        and "," in (doc[first].text, doc[first - 1].text)
        and not any(t.text in _QUOTE_CHARS for t in doc[head.left_edge.i : first])
    )


def continuation_after_tag(cue: Token) -> Token | None:
    """'The talks had stalled, she added, and the crew was cooperating': the verb joined to a cue that
    follows its reported clause, after the tag's comma and "and"/"but", goes on with the report (unless it
    is a cue of its own or holds a quotation, which is found as one)."""
    tag_after_clause = cue.dep_ == "parataxis" and cue.head.i < cue.i
    if not (tag_after_clause or any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)):
        return None
    doc = cue.doc
    # The parser joins the verb to the cue or to the reported clause's verb.
    joinable = [*cue.children, *(cue.head.children if tag_after_clause else ())]
    for joined in joinable:
        if joined.dep_ != "conj" or joined.i < cue.i or joined.pos_ not in ("VERB", "AUX"):
            continue
        first = joined.left_edge.i
        opens = doc[first].lower_ in ("and", "but")
        if first < 2 or not opens and doc[first - 1].lower_ not in ("and", "but"):
            continue
        comma = first - 1 if opens else first - 2
        if doc[comma].text != "," or is_cue(joined) or _has_quote_mark(joined):
            continue
        return joined
    return None


def _shared_subject_continuation(cue: Token) -> list[Token]:
    """'X resigned, the company said, and will be replaced by Y': a joined verb without a subject of its
    own shares the reported clause's subject; its words belong to the same statement."""
    joined = continuation_after_tag(cue)
    if joined is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
        return []
    # "…, she said, and left the room" is the speaker's own act: only a verb with an auxiliary ("will be
    # replaced", "had been warned") is read as going on with the clause.
    if not any(c.dep_ in ("aux", "auxpass") for c in joined.children):
        return []
    tokens = joined.doc[joined.left_edge.i : joined.right_edge.i + 1]
    return _trim([t for t in tokens if not (t.dep_ == "cc" and t.head.i == joined.i)])


def _backshifted_continuation(cue: Token, content: list[Token]) -> list[Token]:
    """'said in a letter that the board was reviewing the files and would "not be drawn on names"': a verb
    the parser joined to the cue, with no subject of its own and a back-shifted auxiliary ("would",
    "had"), goes on with the reported clause. A cue of the reporter's own ("… and would not comment")
    is a statement of its own; a verb inside the speaker's quotation is not."""
    doc = cue.doc
    for joined in cue.children:
        if joined.dep_ != "conj" or joined.i <= content[-1].i or joined.pos_ not in ("VERB", "AUX"):
            continue
        children = list(joined.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
            continue
        if not any(
            c.dep_ == "aux" and c.i < joined.i and c.lower_ in BACKSHIFTED_AUXILIARIES for c in children
        ):
            continue
        quoted = any(t.text in _QUOTE_CHARS for t in doc[joined.left_edge.i : joined.i])
        if is_cue(joined) and not quoted:
            continue
        tokens = doc[content[-1].i + 1 : joined.right_edge.i + 1]
        return _trim([t for t in tokens])
    return []


def _own_subject_continuation(cue: Token) -> list[Token]:
    """The clause after ', she added, and …' when it has a subject of its own: reported separately."""
    joined = continuation_after_tag(cue)
    if joined is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
        return []
    # "Sales fell, the company said, and its shares dropped" is the reporter's own news in the narrative
    # past: only a verb with an auxiliary ("was cooperating", "would resume") or in the present ("the
    # dividend is safe") is read as going on with the report.
    if joined.tag_ not in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in joined.children):
        return []
    tokens = joined.doc[joined.left_edge.i : joined.right_edge.i + 1]
    return _trim([t for t in tokens if not (t.dep_ == "cc" and t.head.i == joined.i)])


def _clause_of_medium(cue: Token) -> list[Token]:
    """'told the paper in a statement that …', 'said in an email that …', 'claimed without evidence that
    …': the parser hangs the "that" clause on the noun of the phrase between; it is the cue's reported
    clause."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i:
            continue
        medium = prep.lower_ in ("in", "via", "through")
        for noun in prep.children:
            if noun.dep_ == "pobj" and (
                prep.lower_ == "without" or medium and noun.lemma_.lower() in MEDIUM_NOUNS
            ):
                return [c for c in noun.children if c.i > noun.i and _that_clause_of(noun, c)]
            if noun.dep_ == "pobj" and noun.lemma_.lower() not in REPORT_NOUNS | ACCUSATION_NOUNS:
                # ("pushed back against the claim that …": the claim's own clause, answered with the claim)
                # "told reporters outside the courthouse that …", "said at the meeting that …": a clause
                # opened by "that" as a conjunction (no relative pronoun) after where or when it was said.
                # "acknowledged late in the day that …": the parser reads "that" as a relative adverb.
                marked = [
                    c
                    for c in noun.children
                    if c.i > noun.i and (_marked_by_that(c) or _time_noun(noun) and _that_clause_of(noun, c))
                ]
                if marked:
                    return marked
    return []


def _time_noun(noun: Token) -> bool:
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in TIME_NOUNS


def _complementizer_misread(that: Token) -> bool:
    """'admitted early in the week that the figures were wrong': the "that" opening a reported clause,
    read as an adverb of the clause's verb; the clause has its own subject after it. Or read as the
    object of a reported clause after a place of speaking ("said in a tweet that cases had doubled")."""
    verb = that.head
    return (
        that.lower_ == "that"
        and (that.dep_ == "advmod" or that.dep_ == "dobj" and verb.dep_ == "ccomp" and verb.head.i < that.i)
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and that.i < c.i < verb.i for c in verb.children)
    )


def _marked_by_that(clause: Token) -> bool:
    return clause.dep_ in ("acl", "ccomp", "relcl") and any(
        g.dep_ == "mark" and g.lower_ == "that" and g.i == clause.left_edge.i for g in clause.children
    )


def _opens_medium_clause(that: Token) -> bool:
    """The "that" the parser read as a relative pronoun in "in a statement that her client …"."""
    clause = that.head
    return (
        clause.dep_ == "relcl"
        and clause.head.lemma_.lower() in MEDIUM_NOUNS
        and _that_clause_of(clause.head, clause)
    )


def _that_clause_of(noun: Token, clause: Token) -> bool:
    """A "that" clause hanging on a noun: marked by "that", or opened by it right after the noun with a
    subject of its own (the parser's relative reading of "a statement that her client had not …")."""
    if clause.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    if any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
        return True
    first = clause.left_edge
    return (
        first.lower_ == "that"
        and first.i == noun.i + 1
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children)
    )


def _clause_after_comma(cue: Token) -> list[Token]:
    """'went on to say that, because X, Y': the parser reads "that" before a fronted adverbial clause as a
    pronoun object; the reported clause is the rest of the sentence."""
    that = next((c for c in cue.children if c.dep_ == "dobj" and c.lower_ == "that"), None)
    doc = cue.doc
    if that is None or that.i != cue.i + 1 or that.i + 2 >= cue.sent.end or doc[that.i + 1].text != ",":
        return []
    return _trim(list(doc[that.i + 2 : cue.sent.end]))


def _as_parenthetical(cue: Token) -> bool:
    """'X, as Y said', 'as Y put it, X': a cue marked by "as" that reports the clause it hangs on
    (it has no clause or object of its own but "it")."""
    children = list(cue.children)
    # "…, as reported by the Courier", "– as described by the director –": the passive names its source.
    passive_source = cue.tag_ == "VBN" and any(c.dep_ == "agent" for c in children)
    # "…, even as he warned of higher costs": a contrast with a report of its own, not an aside
    contrast = cue.left_edge.i > 0 and cue.doc[cue.left_edge.i].lower_ == "even"
    own_content = any(c.dep_ == "prep" and c.lower_ in ("of", "about", "against") for c in children)
    return (
        cue.dep_ == "advcl"
        and not contrast
        and not own_content
        and cue.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        and (any(c.dep_ == "nsubj" for c in children) or passive_source)
        and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.lower_ != "it" for c in children)
    )


def _described_phrase(cue: Token) -> list[Token]:
    """'From her record on X to her “careless” handling of Y – as described by the auditor – many doubt …':
    a passive "as described by" set off after a phrase that opens the sentence and modifies the main
    clause after the aside reports that phrase alone."""
    doc = cue.doc
    first = cue.left_edge.i
    if (
        not any(c.dep_ == "agent" for c in cue.children)
        or first < 2
        or doc[first - 1].text not in _DASHES + ","
    ):
        return []
    opener = cue.sent.start
    while opener < first and (doc[opener].is_space or doc[opener].is_punct):
        opener += 1
    fronted = list(doc[opener : first - 1])
    modifies_main = (
        doc[opener].dep_ in ("prep", "npadvmod", "advcl") and doc[opener].head.i > cue.right_edge.i
    )
    return _trim(fronted) if len(fronted) > 2 and modifies_main else []


def _according_to_content(cue: Token) -> list[Token]:
    """'X, according to Y' and 'According to Y, X' (and 'as Y said'): the clause without the
    attribution."""
    head = cue.head
    if head.i == cue.i:
        return []
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        head = head.head  # "According to X, the driver had been speeding": hung on "been", not "speeding"
    if _closes_sentence(cue):
        # "X was seized on Saturday, hours after Y reported Z, according to W": the parser hangs the
        # attribution on the last clause; it is the source of the whole sentence before its comma.
        # "X slept longer and reported fewer symptoms, according to W": hung on the last of joined verbs,
        # it is the source of all of them.
        while head.dep_ in ("advcl", "conj") and head.head.i < cue.i:
            head = head.head
    skip = {t.i for t in cue.subtree}
    if (
        cue.i > 0
        and cue.doc[cue.i - 1].text == ","
        and head.i > cue.i
        and head.dep_ in ("conj", "advcl")
        and head.head.i < cue.i
        and any(c.dep_ == "mark" for c in head.children)
    ):
        # "X are divided, according to Y, days after the government set a deadline": the parser hung the
        # source on the time clause after it; it is the source of the clause before its comma.
        skip |= {t.i for t in head.subtree}
        head = head.head
    tokens = [t for t in head.subtree if t.i not in skip]
    if _according_interrupts(cue, head):
        # "The money, according to her, had been approved only after …": set off between the subject and
        # its verb, the source stands inside the clause it reports, whose words on both sides are the report
        return _trim(tokens)
    return _trim(_contiguous(tokens, head))


def _according_interrupts(cue: Token, head: Token) -> bool:
    """', according to X,' between a clause's subject and its verb, in a clause with no quotation (one that
    holds one is the quotation's frame: "His criticism, according to an interview, was: 'It was …'")."""
    doc = cue.doc
    return (
        cue.i > 0
        and doc[cue.i - 1].text == ","
        and head.left_edge.i < cue.i < head.i
        and doc[cue.right_edge.i + 1].text == ","
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in head.children)
        and not any(
            t.text in _QUOTE_CHARS or t.tag_ in ("``", "''") for t in doc[head.left_edge.i : cue.sent.end]
        )
    )


def _closes_sentence(cue: Token) -> bool:
    """', according to X.' after a comma, running to the end of the sentence."""
    doc, end = cue.doc, cue.sent.end
    last = end - 1
    while last > cue.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return cue.i > 0 and doc[cue.i - 1].text == "," and cue.right_edge.i >= last


_NAMING_NOUN_DEPS = ("appos", "npadvmod", "dobj")


def is_relative_cue(cue: Token) -> bool:
    """'…, a charge he denies', '…, which she rejected', '…, a claim they dispute': a verb of denying
    or confirming in a relative clause whose antecedent is what the sentence said before the comma."""
    if cue.lemma_.lower() not in RELATIVE_CUE_VERBS:
        return False
    if _noun_read_as_subject(cue) is not None:
        return True
    if cue.dep_ != "relcl" and not _relative_read_as_clause(cue):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if any(o.lower_ not in ("which", "that") for o in objects):
        return False
    head = cue.head
    if not objects and head.lemma_.lower() in ACCUSATION_NOUNS and head.dep_ not in _NAMING_NOUN_DEPS:
        # "charged with an offence he denies", "wanted on charges that he rejects": the noun phrase
        # names the charge itself, with no clause before a comma to stand for
        return True
    # "…, a charge he denies" (the parser reads the noun as an apposition or an adverbial noun)
    named = head.lemma_.lower() in ACCUSATION_NOUNS and head.dep_ in _NAMING_NOUN_DEPS
    which = bool(objects) and objects[0].lower_ == "which"  # "…, which she rejected"
    return (named or which) and _antecedent_end(cue) is not None


def _relative_read_as_clause(cue: Token) -> bool:
    """'…, a claim that the company disputes': the parser read the relative "that" as the complementizer
    of the noun's own clause; a verb of denying with no object of its own answers the noun."""
    if cue.dep_ != "acl" or cue.head.lemma_.lower() not in ACCUSATION_NOUNS or cue.head.i > cue.i:
        return False
    children = list(cue.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in children
    )


def _noun_read_as_subject(cue: Token) -> Token | None:
    """'…, a charge the ministry rejected': the parser read the noun after the comma as a first subject of
    the verb, beside its real one; the noun is what the verb answers (None when it is not so read)."""
    if any(c.dep_ == "dobj" for c in cue.children):
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if len(subjects) < 2 or subjects[0].lemma_.lower() not in ACCUSATION_NOUNS:
        return None
    noun = subjects[0]
    before = noun.left_edge.i - 1
    if before < 1 or cue.doc[before].text not in (",", "—", "–", "--"):
        return None
    return noun


def _antecedent_end(cue: Token) -> int | None:
    """The index of the comma (or dash) that ends the clause a relative cue answers, or None."""
    head = cue.head
    named = head.dep_ in _NAMING_NOUN_DEPS and head.lemma_.lower() in ACCUSATION_NOUNS
    first = head.left_edge.i if named else cue.left_edge.i
    before = first - 1
    return before if before > 0 and cue.doc[before].text in (",", "—", "–", "--") else None


def _relative_content(cue: Token) -> list[Token]:
    """What a relative cue denies or confirms, as the article words it: the relative pronoun
    ("which") or the noun that names the antecedent ("a charge"); the antecedent clause itself
    is the accuser's statement (or the reporter's) and keeps its own speaker."""
    which = [c for c in cue.children if c.dep_ == "dobj" and c.lower_ == "which"]
    charge = _charge_answered(cue) if which else None
    if charge is not None:
        # "is charged with fraud, which he denies": what he denies is the charge, as the sentence names it
        skip = {t.i for t in cue.subtree}
        return _trim([t for t in charge.subtree if t.i not in skip])
    if which:
        return which
    noun = _noun_read_as_subject(cue) or cue.head
    return [t for t in cue.doc[noun.left_edge.i : noun.i + 1]]


def _charge_answered(cue: Token) -> Token | None:
    """'accused of fraud and theft, which she denies': the object of "of"/"with" after a verb of charging
    that the relative clause hangs inside, the charge the speaker answers (None when there is none)."""
    node = cue.head
    for _ in range(6):  # the relative clause hangs on the charge's last noun, a few heads below it
        prep = node.head
        if node.dep_ in ("pobj", "pcomp") and prep.lower_ in ("of", "with", "for"):
            return node if prep.head.lemma_.lower() in OFFENCE_VERBS else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _charge_left_to_denial(verb: Token) -> bool:
    """'is accused of fraud, which he denies': a charge no agent makes, answered by the accused in a
    relative clause, is the accused's denial (one statement), not the charge's own."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "with", "for"):
            for token in prep.subtree:
                if token.dep_ == "relcl" and token.lemma_.lower() in RELATIVE_CUE_VERBS:
                    return any(c.dep_ == "dobj" and c.lower_ == "which" for c in token.children)
    return False


def _before_relative_cue(tokens: list[Token]) -> list[Token]:
    """Content up to a relative cue that answers it ("confirmed the deal, which the union rejected")."""
    for token in tokens:
        if is_relative_cue(token):
            end = _antecedent_end(token)
            return _trim([t for t in tokens if end is None or t.i < end])
    return tokens


def _clause_content(cue: Token, clauses: list[Token]) -> list[Token]:
    """'said (that) …': the reported clause, up to a second report joined to it."""
    # A quotation is the likelier clause when the parser hangs two on one verb.
    # A verb's clause over an adjective one ("made clear that …" hangs "clear" and the clause on "made").
    clause = min(
        clauses, key=lambda c: (not _opens_quoted(c), c.pos_ not in ("VERB", "AUX"), abs(c.i - cue.i))
    )
    end = clause.right_edge.i
    for other in sorted(clauses, key=lambda c: c.i):
        # "asked him which states he could win": the parser cut one clause in two ("which states" a verb).
        if other.i > clause.i and other.left_edge.i == end + 1 and not _has_quote_mark(other):
            end = other.right_edge.i
    for joined in _joinable_to(clause):
        # "said he had not … and suggested that …", "… met X, saying that …": the second
        # report is a statement of its own, by the first cue's speaker.
        participle = joined.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in joined.children)
        if participle and _participle_of_reported_act(clause, joined):
            continue
        # "said flights would resume, though it warned of delays": a concession that is a report of its own
        conceding = joined.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("though", "although") for c in joined.children
        )
        if (
            (joined.dep_ == "conj" or participle or conceding)
            and joined.i > clause.i
            and not _second_report_of_cue(joined)
            and is_cue(joined)
            and not _told_to_the_subject(joined)
            and (content_of(joined) or _reports_through_infinitive(joined))
        ):
            end = min(end, joined.left_edge.i - 1)
        elif joined.i > clause.i and (_narrators_clause(joined) or _speakers_next_act(cue, clause, joined)):
            end = min(end, joined.left_edge.i - 1)
    end = _before_nested_concession(clause, end)
    first, end = _split_clause(cue, clause, clauses, end)
    end = _with_stranded_phrase(cue, clause, end)
    end = _second_that_clause(cue.doc, end, cue.sent.end)
    end = _end_of_subordinate_report(cue, clause, end)
    end = _before_trailing_source(cue.doc, clause.left_edge.i, end)
    start = _after_time_of_cue(cue, first)
    # "said X, which she rejected": X alone
    return _before_relative_cue(_trim(list(cue.doc[start : end + 1])))


def _participle_of_reported_act(clause: Token, participle: Token) -> bool:
    """'said he had written to the council urging it to think again', 'said a supervisor had called head
    office asking for the lorry to be taken off the road': a participle hung without a comma on the
    reported clause's verb tells how the reported act was done; it is part of the report, not the
    speaker's next one ("…, saying that …" after a comma is)."""
    doc = participle.doc
    return (
        participle.tag_ == "VBG"
        and (
            participle.head.i == clause.i
            or participle.head.dep_ == "xcomp"
            and participle.head.head.i == clause.i
        )
        and participle.left_edge.i == participle.i
        and doc[participle.i - 1].text != ","
        and not _is_quote_mark(doc[participle.i - 1])
    )


def _reports_through_infinitive(verb: Token) -> bool:
    """'said the talks were “exploratory” and declined to say how long they might last': a joined cue
    whose report hangs on its infinitive ("declined to say …", "refused to reveal …") is the speaker's
    next act, a statement of its own."""
    return any(c.dep_ == "xcomp" and c.i > verb.i and is_cue(c) and content_of(c) for c in verb.children)


def _before_nested_concession(clause: Token, end: int) -> int:
    """'said the results suggested that A, though she cautioned that B': a concession with a cue of its
    own that the parser hung on a clause nested inside the report (not on the reported clause itself) is
    a second statement; the first ends before it."""
    for token in clause.subtree:
        if (
            token.dep_ == "advcl"
            and clause.i < token.i
            and token.head.i != clause.i
            and token.left_edge.i <= end
            and any(c.dep_ == "mark" and c.lower_ in ("though", "although") for c in token.children)
            and _has_subject(token)
            and is_cue(token)
            and not _has_quote_mark(token)
            and content_of(token)
        ):
            end = min(end, token.left_edge.i - 1)
    return end


def _split_clause(cue: Token, clause: Token, clauses: list[Token], end: int) -> tuple[Token, int]:
    """'said the scheme, to be marketed as “X”, would bring 126 homes', 'confirmed that an upgrade,
    promised in 2022, had been delayed': the parser cut one reported clause in two at a comma, hanging
    both halves on the cue; the half after the cut has no subject of its own. Returns the clause the
    content starts with and the end of the content."""
    doc, first = cue.doc, clause
    halves = sorted((c for c in clauses if c.i > cue.i), key=lambda c: c.i)
    for earlier, later in zip(halves, halves[1:], strict=False):
        gap = doc[earlier.right_edge.i + 1 : later.left_edge.i]
        if len(gap) > 1 or any(t.text != "," for t in gap) or _has_subject(later):
            continue
        if later.i == clause.i or earlier.i == first.i:
            first = earlier if later.i == clause.i else first
            end = max(end, later.right_edge.i)
    return first, end


def _with_stranded_phrase(cue: Token, clause: Token, end: int) -> int:
    """'said that it would set aside $212 million to cover bad loans, more than double the amount …', 'said
    the official had been “observed on repeated occasions” photographing the port': a noun phrase right
    after the reported clause, or a participle glued to it, that the parser hung on the cue belongs to the
    clause (a cue that has a clause after it takes no object after that)."""
    if clause.i < cue.i:
        return end
    doc = cue.doc
    for child in cue.children:
        if child.i <= end or any(is_cue(t) for t in child.subtree):
            continue
        gap = doc[end + 1 : child.left_edge.i]
        if len(gap) > 1 or any(t.text not in "," + _CLOSING_MARKS for t in gap):
            continue
        comma = any(t.text == "," for t in gap)
        noun = child.dep_ in ("dobj", "npadvmod") and child.pos_ in ("NOUN", "PROPN")
        # "…, on Monday", "…, a move that surprised analysts" are the reporter's; so is a participle after
        # a comma ("…, ending a long career").
        if noun and (child.ent_type_ in ("DATE", "TIME") or child.lemma_.lower() in EVENT_COMMENT_NOUNS):
            continue
        participle = child.dep_ == "advcl" and child.tag_ == "VBG" and not comma and not _has_subject(child)
        if noun or participle:
            return child.right_edge.i
    return end


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _after_time_of_cue(cue: Token, clause: Token) -> int:
    """'said Sunday the bill would pass', 'said last week the plan …': the parser hangs the time of the
    saying on the reported clause; the clause starts after it."""
    start = clause.left_edge.i
    for child in clause.lefts:
        if child.dep_ == "npadvmod" and child.left_edge.i == start == cue.i + 1:
            return child.right_edge.i + 1
        # "said on Sunday they had …": the day of the saying, hung on the clause that follows
        if (
            child.dep_ == "prep"
            and child.i == start == cue.i + 1
            and child.lower_ in ("on", "in", "last")
            and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > child.right_edge.i for c in clause.children)
        ):
            return child.right_edge.i + 1
    return _after_fronted_source(clause, _with_stray_subject(cue, clause, start))


def _after_fronted_source(clause: Token, start: int) -> int:
    """'reported on Monday, citing two officials, that …': a phrase set off by commas between the cue and
    the "that" of its clause tells how the report was made; the clause starts at "that"."""
    doc = clause.doc
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i <= start + 1 or doc[mark.i - 1].text != ",":
        return start
    fronted = [c for c in clause.children if start <= c.i < mark.i and c.dep_ != "punct"]
    if fronted and all(c.dep_ in ("advcl", "prep", "npadvmod") for c in fronted):
        return mark.i
    return start


def _with_stray_subject(cue: Token, clause: Token, start: int) -> int:
    """'said the way the agency treated them “would be disqualifying”': a long subject the parser hung on
    the cue, leaving the reported clause without one; the clause starts at that subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        return start
    for child in cue.children:
        if (
            child.dep_ in ("npadvmod", "dobj")
            and cue.i < child.i
            and child.right_edge.i < start
            and all(t.text in _QUOTE_CHARS or t.text == "''" for t in cue.doc[child.right_edge.i + 1 : start])
            and child.pos_ in ("NOUN", "PROPN")
            and not child.ent_type_
        ):
            return child.left_edge.i
    return start


def _end_of_subordinate_report(cue: Token, clause: Token, end: int) -> int:
    """'While X claimed that A, experts say B': a cue in a clause opened by a subordinating conjunction
    reports up to the comma that closes that clause, even when the parser, finding no main verb, made the
    cue the root and hung the main clause on the reported one."""
    if cue.dep_ != "ROOT" or not any(
        c.dep_ == "mark" and c.lower_ in SUBORDINATORS and c.i < cue.i for c in cue.children
    ):
        return end
    for token in clause.children:
        if token.text == "," and clause.i < token.i < end:
            return token.i - 1
    return end


def _before_trailing_source(doc: Doc, start: int, end: int) -> int:
    """'said X, according to a transcript': the source of the report closing the sentence is not what
    was said."""
    for i in range(start + 1, end + 1):
        token = doc[i]
        if token.lower_ == "according" and doc[i - 1].text == "," and token.right_edge.i >= end:
            return i - 2
    return end


def _second_that_clause(doc: Doc, end: int, sentence_end: int) -> int:
    """'saying X, but that Y': a second "that" clause joined to the first is reported too, wherever the
    parser hung it; the end of the content moves to its end."""
    i = end + 1
    if i < sentence_end and doc[i].text == ",":
        i += 1
    if i + 1 >= sentence_end or doc[i].lower_ not in ("and", "but") or doc[i + 1].lower_ != "that":
        return end
    that = doc[i + 1]
    clause = that.head
    if that.dep_ != "mark" or clause.dep_ != "conj" or clause.i <= that.i:
        return end
    return clause.right_edge.i


def _joinable_to(clause: Token) -> list[Token]:
    """The children of the reported clause's verb and of the verbs it chains ("would have to check and
    promised to …": the parser joins "promised" to "check"), where a second report may hang."""
    verbs, found = [clause], []
    while verbs:
        verb = verbs.pop()
        for child in verb.children:
            found.append(child)
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                verbs.append(child)
    return sorted(found, key=lambda t: t.i)


def _second_report_of_cue(joined: Token) -> bool:
    """'said the drivers were tired and that one had told the dispatcher …': a joined clause opened by
    "that" is a second report under the same cue, whatever verb it has; it stays in the statement."""
    return joined.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i == joined.left_edge.i for c in joined.children
    )


def _speakers_next_act(cue: Token, clause: Token, joined: Token) -> bool:
    """'argued that management had misjudged the risks and called for a review': a speech act joined to
    the reported clause without a subject, in the cue's own tense while the clause is shifted back
    ("had", "would"), is the speaker's next act, not part of the report."""
    lemma = joined.lemma_.lower()
    return (
        joined.dep_ == "conj"
        and (lemma in CUE_VERBS or lemma in OBJECT_CUES or _gave_nothing(joined))
        and not _charged_with(joined)  # "… had been detained and charged with fraud": no speech act
        and joined.tag_ == cue.tag_ == "VBD"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in joined.children)
        and any(c.dep_ == "aux" for c in clause.children)
    )


def _gave_nothing(verb: Token) -> bool:
    """'said it would hold a rally, but gave no time or place', '… but offered no evidence': what the
    speaker left out, told by the reporter."""
    return verb.lemma_.lower() in ("give", "offer", "provide") and any(
        c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in verb.children
    )


def _told_to_the_subject(verb: Token) -> bool:
    """'said she had raised concerns and had been told the issue was handled': a passive cue joined to
    the reported clause tells what its subject heard; it goes on with the report, it starts none."""
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _narrators_clause(joined: Token) -> bool:
    """A clause the reporter adds after the reported one, set off by a comma:
    "said the plan was dead, but the record shows …" (a new subject, not a pronoun, after
    ", and/but" and no "that" to keep it reported) and "said taxes would fall, as he dodged questions" (the
    speaker's own action, told by the reporter)."""
    before = _previous_word(joined.doc, joined.left_edge.i)
    after_comma = before is not None and before.text in (",", ";")
    children = list(joined.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # A pronoun subject ("…, and he had met him once") most often goes on with the speaker's report.
    own_voice = subject is not None and subject.lower_ in PERSONAL_SUBJECTS
    if (
        joined.dep_ == "conj"
        and subject is not None
        and not own_voice
        and not any(c.lower_ == "that" for c in children)
    ):
        # The "and"/"but" hangs on either conjunct; it stands just before the joined clause or opens it.
        cc = before if before is not None and before.dep_ == "cc" else None
        cc = cc or next((c for c in children if c.dep_ == "cc" and c.i < subject.i), None)
        comma = _previous_word(joined.doc, cc.i, past_closing_quote=True) if cc is not None else None
        return comma is not None and comma.text in (",", ";")
    marker = next((c for c in children if c.dep_ == "mark"), None)
    if (
        joined.dep_ != "advcl"
        or not after_comma
        or marker is None
        or marker.lower_ not in FRAMING_CONJUNCTIONS
    ):
        return False
    # "…, as did two earlier reports", "…, as have his rivals": the reporter's comparison, inverted.
    inverted = marker.lower_ == "as" and joined.i == marker.i + 1 and joined.lemma_ in ("have", "do", "be")
    # "…, even as the council prepared cuts": the reporter's contrast, whoever its subject.
    contrast = marker.lower_ == "as" and marker.i > 0 and joined.doc[marker.i - 1].lower_ == "even"
    return own_voice or inverted or contrast


def _previous_word(doc: Doc, i: int, past_closing_quote: bool = False) -> Token | None:
    """The token before index ``i`` that is not white space (nor, when asked, a closing quotation mark:
    'said: “… a mistake,” but in fact …' has its comma inside the quotation)."""
    j = i - 1
    while j >= 0 and (doc[j].is_space or past_closing_quote and doc[j].text in _CLOSING_MARKS):
        j -= 1
    return doc[j] if j >= 0 else None


def _to_the_hearer(prep: Token, lemma: str) -> bool:
    """'reported the breach to the regulator', 'confirmed to reporters': "to" names whom it was told, not
    what ("objected to the plan", "admitted to lying" are what)."""
    return prep.lower_ == "to" and lemma in TO_HEARER_CUES


def _object_content(cue: Token) -> list[Token]:
    """'denied the report', 'called it a sham', 'would not discuss the details', 'ruled out a deal'."""
    lemma = cue.lemma_.lower()
    negated = cue_negated(cue)
    if any(c.dep_ == "dobj" and c.lemma_ in REPORT_NOUNS and report_noun_content(c)[0] for c in cue.children):
        return []  # "did not deny a report by X that …": the report is X's statement
    names_it = lemma == "call" and _names_something(cue)  # "called it a sham"
    quoted_call = lemma == "call" and (_quoted_call(cue) or _calls_on_to_act(cue))  # 'called on X “to …”'
    phrasal = lemma in PHRASAL_CUES and lemma != "push"  # "ruled out a deal": the object is what was said
    withholds = negated and (lemma in TELLING_CUES or lemma == "draw")
    # "demanded the release of the crew", "demanded an apology": what is demanded is an act.
    demands_act = lemma in CLAUSE_ONLY_CUES and lemma != "call" and _demanded_act(cue)
    apology = _apologised_for(cue)
    if apology:
        return apology
    if not (
        lemma in OBJECT_CUES - CLAUSE_ONLY_CUES
        or lemma in CLAUSE_ONLY_CUES
        and _answers_a_claim(cue)
        or withholds
        or names_it
        or quoted_call
        or phrasal
        or demands_act
    ):
        return []
    parts = [
        c
        for c in cue.children
        if c.i > cue.i
        and (
            c.dep_ in ("dobj", "xcomp", "oprd", "attr")
            or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS and not _to_the_hearer(c, lemma))
            or (negated and c.dep_ == "advmod" and c.tag_ in ("WRB",))
            or (withholds and _question_clause(c))
            or (lemma == "blame" and c.dep_ == "prep" and c.lower_ == "on")  # "blamed the delays on X"
            or (negated and _asks_who(c))
            or (withholds and _on_a_topic(c))
            or (lemma in NAMING_CUES and _name_read_as_adverbial(c))
        )
    ]
    if quoted_call:
        # 'called on X “to …”', 'called for “…”': the one called on and what they are to do, without the
        # preposition.
        parts = (
            [c for c in parts if c.dep_ != "prep" or c.lower_ != "for"]
            + [
                o
                for c in cue.children
                if c.dep_ == "prep" and c.lower_ in ("on", "for")
                for o in c.children
                if o.dep_ in ("pobj", "pcomp")
            ]
            + [c for c in cue.children if c.dep_ in ("advcl", "ccomp") and c.i > cue.i and _has_quote_mark(c)]
        )
    if lemma == "remind":
        # "reminded voters of her record": the voters are the hearers; what they are reminded of was said
        # (the parser hangs the "of" on the cue or on the hearers)
        heads = [cue, *(c for c in parts if c.dep_ == "dobj")]
        reminded_of = [
            o
            for head in heads
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > cue.i
            for o in c.children
            if o.dep_ in ("pobj", "pcomp")
        ]
        parts = reminded_of or parts
    if lemma in NAMING_CUES and any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in cue.children):
        return []  # "what both sides describe as “consultations”": a label, not a statement
    if lemma == "call" and not (
        quoted_call or names_it or any(c.dep_ == "oprd" or c.lower_ == "for" for c in parts)
    ):
        return []  # "called him" is a phone call; "called it a sham" is speech
    if not parts:
        return []
    opinion = _opinion_clause(parts)
    if opinion:
        return opinion
    left = min(c.left_edge.i for c in parts)
    right = _before_occasion(cue, left, max(c.right_edge.i for c in parts))
    right = _with_condition(cue, right)
    content = _before_relative_cue(_trim(list(cue.doc[left : right + 1])))
    if (
        lemma in TOPIC_OBJECT_CUES
        and not negated
        and _only_a_topic(content, parts)
        and not _quote_follows(cue)
    ):
        return []  # "cited data from the ministry", "praised his record": what it is about, not what was said
    return content


def _name_read_as_adverbial(noun: Token) -> bool:
    """'branded the plan a disgrace', 'labelled the vote a farce': the name given, which the parser reads as
    an adverbial noun right after the object, is part of what was said."""
    obj = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return (
        noun.dep_ == "npadvmod"
        and noun.pos_ == "NOUN"
        and obj is not None
        and obj.dep_ == "dobj"
        and obj.head.i == noun.head.i
    )


def _answers_a_claim(cue: Token) -> bool:
    """'questioned the claim that a single dose would do': a cue that otherwise reports only a clause
    answers a claim it takes as object, the claim named with its "that" clause."""
    return any(
        o.dep_ == "dobj"
        and o.lemma_.lower() in REPORT_NOUNS | ACCUSATION_NOUNS
        and any(c.i > o.i and _that_clause_of(o, c) for c in o.children)
        for o in cue.children
    )


def _apologised_for(cue: Token) -> list[Token]:
    """'apologised for the short notice', 'apologized for the way the recall was handled': what the speaker
    says sorry for is the statement ("apologised to the families" names only whom it was said to). A
    relative clause after a comma is the reporter's ("…, which came days after …")."""
    if cue.lemma_.lower() not in APOLOGY_VERBS:
        return []
    doc = cue.doc
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i < cue.i:
            continue
        for obj in prep.children:
            if obj.dep_ not in ("pobj", "pcomp"):
                continue
            end = obj.right_edge.i
            for clause in obj.children:
                comma = _previous_word(doc, clause.left_edge.i)
                if clause.dep_ == "relcl" and comma is not None and comma.text == ",":
                    end = min(end, comma.i - 1)
            return _trim(list(doc[obj.left_edge.i : end + 1]))
    return []


def _opinion_clause(parts: list[Token]) -> list[Token]:
    """'expressed concern that the talks could collapse', 'repeated its view that no transfers should take
    place': the speaker's own opinion noun with a "that" clause reports the clause."""
    objects = [c for c in parts if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in OPINION_NOUNS:
        return []
    noun = objects[0]
    for clause in noun.children:
        if clause.i > noun.i and clause.dep_ in ("acl", "ccomp") and _that_clause_of(noun, clause):
            tokens = list(noun.doc[clause.left_edge.i : clause.right_edge.i + 1])
            return _trim(tokens[1:] if tokens[0].lower_ == "that" else tokens)
    return []


def _rebutted(cue: Token) -> list[Token]:
    """'pushed back against the claim that she had lied', 'hit back at the suggestion': what the speaker
    rebuts is the object after the preposition, the claim with its clause (as after "rejected")."""
    particle = REBUTTING_PHRASALS.get(cue.lemma_.lower())
    if particle is None or not any(c.lower_ == particle for c in cue.children):
        return []
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in REBUTTED_PREPOSITIONS and prep.i > cue.i:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return _trim(list(cue.doc[obj.left_edge.i : obj.right_edge.i + 1]))
    return []


def _uttered_clause(verb: Token) -> list[Token]:
    """'raised concerns that the budget was too small', 'gave an assurance that the money would be repaid':
    a light verb whose object is an opinion or report noun with a "that" clause utters the clause. Not a
    participle after the news ("…, raising fears that …": what the news caused), nor a report with its own
    author ("raised a report in a local paper that …": the paper's statement)."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].lemma_.lower() not in OPINION_NOUNS | REPORT_NOUNS | UTTERED_NOUNS:
        return []
    noun = objects[0]
    if noun.lemma_.lower() in REPORT_NOUNS and report_noun_content(noun)[1] is not None:
        return []
    for clause in noun.children:  # (the parser may read the clause as a relative one: "an assurance that")
        if clause.i > noun.i and clause.dep_ in ("acl", "ccomp", "relcl") and _that_clause_of(noun, clause):
            tokens = list(noun.doc[clause.left_edge.i : clause.right_edge.i + 1])
            return _trim(tokens[1:] if tokens[0].lower_ == "that" else tokens)
    return []


def _demanded_act(cue: Token) -> bool:
    return cue.lemma_.lower() == "demand" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DEMANDED_ACT_NOUNS for c in cue.children
    )


def _asks_who(prep: Token) -> bool:
    """'would not say with whom', 'declined to say from which fund': a preposition with a question word
    for its object is the question left unanswered."""
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.tag_ in ("WP", "WDT", "WP$") or o.dep_ == "det" and o.tag_ == "WDT"
        for c in [prep, *prep.children]
        for o in c.children
    )


def _question_clause(clause: Token) -> bool:
    """'would not say when the loans were made': the unanswered question, which the parser may hang on
    the cue as an adverbial clause opened by its question word ("if" may open a condition instead)."""
    first = clause.doc[clause.left_edge.i]
    return clause.dep_ == "advcl" and (first.tag_ in ("WRB", "WP", "WDT") or first.lower_ == "whether")


def _on_a_topic(prep: Token) -> bool:
    """'would not comment on whether …', 'would not elaborate on the talks': what is withheld; not
    'on Monday'."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and not any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)
    )


def _before_occasion(cue: Token, left: int, right: int) -> int:
    """The end of an object cue's content before the occasion or time of the speech act that closes it:
    "rejected the accusations at a news conference on Monday" is "the accusations"; "declined to discuss
    pricing on a call with investors last month" is "to discuss pricing". Only phrases hung on the cue,
    the verb of its complement or their object count ("accused X on Monday of Y" keeps "of Y", "declined
    to say whether X raised it in meetings" keeps the meetings), and a bare time only on a verb ("warned
    of a recession in 2026" keeps its year)."""
    doc = cue.doc
    verbs = {cue.i, *(c.i for c in cue.children if c.dep_ == "xcomp")}
    hosts = verbs | {c.i for v in verbs for c in doc[v].children if c.dep_ == "dobj"}
    cut = True
    while cut and right > left:
        cut = False
        for token in doc[left + 1 : right + 1]:
            if token.head.i not in hosts or token.right_edge.i != right:
                continue
            if _setting_of_speech(token, verbs):
                right, cut = _before(doc, token.left_edge.i, left), True
                break
    return right


def _setting_of_speech(token: Token, verbs: set[int]) -> bool:
    """An occasion ("at a news conference", "on a call with investors") or, on a verb, a time ("on
    Monday", "last month")."""
    timed = token.head.i in verbs
    if token.dep_ == "advcl":
        return timed and _when_put_to(token)
    if token.dep_ == "npadvmod":
        return timed and token.ent_type_ in ("DATE", "TIME")
    if token.dep_ != "prep" or token.lower_ not in OCCASION_PREPOSITIONS:
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if any(o.lemma_.lower() in SPEAKING_OCCASION_NOUNS for o in objects):
        return True
    # "confirmed the cuts in a memo to staff": the medium it was said in ("the claims in the report" are
    # the report's, a definite document holding what is answered)
    if token.lower_ == "in" and any(
        o.lemma_.lower() in MEDIUM_NOUNS
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
        for o in objects
    ):
        return True
    return timed and any(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _when_put_to(clause: Token) -> bool:
    """'declined to comment when approached after the hearing', 'when contacted by the paper', 'when
    asked about the loans': a participle without a subject after "when" tells when the question was put,
    not what was withheld."""
    return (
        clause.tag_ == "VBN"
        and clause.left_edge.lower_ == "when"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _before(doc: Doc, i: int, floor: int) -> int:
    """The last index before ``i`` (and not before ``floor``) that is no punctuation."""
    j = i - 1
    while j > floor and doc[j].is_punct:
        j -= 1
    return j


def _with_condition(cue: Token, right: int) -> int:
    """'would not rule out a reshuffle if the vote failed': a condition right after the object is part
    of what is ruled out; so is the time a refusal holds for ("would not comment on the dispute while talks
    continued", "declined to discuss it until the audit is done")."""
    markers = CONDITION_MARKERS | WITHHOLDING_TIME_MARKERS if cue_negated(cue) else CONDITION_MARKERS
    for clause in cue.children:
        if (
            clause.dep_ == "advcl"
            and clause.left_edge.i == right + 1
            and any(c.dep_ == "mark" and c.lower_ in markers for c in clause.children)
        ):
            return clause.right_edge.i
    return right


def _quote_follows(cue: Token) -> bool:
    """'She described her approach in plain terms.' ending a paragraph (or a colon ending the sentence)
    and a quotation opening the next: the quotation is the words."""
    doc, after = cue.doc, cue.sent.end
    new_paragraph = "\n" in cue.sent.text or doc[after - 1].text == ":"
    while after < len(doc) and doc[after].is_space:
        new_paragraph = new_paragraph or "\n" in doc[after].text
        after += 1
    return new_paragraph and after < len(doc) and doc[after].text in _QUOTE_CHARS


def _only_a_topic(content: list[Token], parts: list[Token]) -> bool:
    """A bare noun phrase: no "as"/complement naming it, no quotation, no clause with a subject."""
    if any(c.dep_ in ("oprd", "xcomp") or c.lower_ == "as" for c in parts):
        return False
    if any(t.text in _QUOTE_CHARS for t in content):
        return False
    # "cited documents it had seen": a subject inside a relative clause on the object still leaves a topic
    return not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head.dep_ != "relcl"
        for t in content
    )


def _opens_quoted(clause: Token) -> bool:
    """A clause holding a quotation mark, or opened by one the parser hung on the cue ('said: "We …"')."""
    first = clause.left_edge.i
    return _has_quote_mark(clause) or first > 0 and clause.doc[first - 1].text == '"'


def _has_quote_mark(token: Token) -> bool:
    return any(t.text == '"' for t in token.subtree)


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of ``tokens`` around ``head`` without gaps (drops a fronted 'According to X,')."""
    if not tokens:
        return []
    indices = [t.i for t in tokens]
    pos = indices.index(head.i) if head.i in indices else 0
    start = pos
    while start > 0 and indices[start - 1] == indices[start] - 1:
        start -= 1
    end = pos
    while end + 1 < len(indices) and indices[end + 1] == indices[end] + 1:
        end += 1
    return tokens[start : end + 1]


def _authored_report(cue: Token) -> tuple[Token, Token] | None:
    """The report noun a cue takes as object, with its author, when the cue also takes a 'that' clause."""
    if not any(c.dep_ == "ccomp" for c in cue.children):
        return None
    for noun in cue.children:
        if noun.dep_ == "dobj" and noun.lemma_ in REPORT_NOUNS:
            for child in noun.children:
                if child.dep_ == "poss":
                    return noun, child
                if child.dep_ == "prep" and child.lower_ == "by":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return noun, obj
    return None


def report_noun_content(noun: Token, unattributed: bool = False) -> tuple[list[Token], Token | None]:
    """'a report by X that …' / "X's claim that …": the clause and the noun's author. With
    ``unattributed``, a bare plural without author counts too ("amid reports that …", "allegations that
    …"): a statement whose speaker the article does not name."""
    author = None
    for child in noun.children:
        if child.dep_ == "poss" or _possessor_read_as_subject(child):
            author = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            author = next((g for g in child.children if g.dep_ == "pobj"), author)
        elif child.dep_ == "prep" and child.lower_ == "in" and author is None:
            # "a report in a local newspaper that …": the publication reports it
            author = next(
                (g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in PUBLICATION_NOUNS),
                None,
            )
    clause = None
    for child in noun.children:
        marked = any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)
        if child.dep_ in ("acl", "ccomp", "relcl") and (marked or _content_read_as_relative(child)):
            clause = child
    bare_plural = unattributed and noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children)
    if clause is None or author is None and not bare_plural:
        return [], None
    # "allegations that he lied, which he denies": the clause alone, without its "that"
    first = clause.left_edge.i + (1 if clause.doc[clause.left_edge.i].dep_ == "dobj" else 0)
    return _before_relative_cue(_trim(list(noun.doc[first : clause.right_edge.i + 1]))), author


def _possessor_read_as_subject(token: Token) -> bool:
    """ "The senator’s claim that …" with a typographic apostrophe: the parser often reads the possessor as
    the noun's subject, its "’s" kept as a case marker."""
    return (
        token.dep_ == "nsubj"
        and token.i < token.head.i
        and any(c.dep_ == "case" and c.lower_ in ("’s", "'s", "’", "'") for c in token.children)
    )


def _content_read_as_relative(clause: Token) -> bool:
    """ "Lima's denial that he had ever worked for the army": the "that" opening a report noun's clause,
    read by the parser as the object of a relative clause. A relative clause on a report noun takes a verb
    that makes or repeats it ("the claim that he made", "the statement that it issued"), or a cue."""
    that = clause.doc[clause.left_edge.i]
    return (
        that.lower_ == "that"
        and that.i == clause.head.i + 1
        and that.head.i == clause.i
        and that.dep_ == "dobj"
        and _has_subject(clause)
        and clause.lemma_.lower() not in ISSUING_VERBS
        and not is_cue(clause)
    )


# --- statements -------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())


def standalone(text: str, quote: Quote, paragraph_start: int) -> bool:
    """Whether the quotation starts a sentence or follows a cue's comma, colon or dash."""
    before = _last_char_before(text, quote.open_mark, paragraph_start)
    return before is None or before in ":,;—–-(.!?" or before in "”\"'’"


# Titles of books, films and reports run longer than a scare-quoted term: "Why We Fight For The Small
# Towns Of America".
_TITLE_MAX_WORDS = 10
_TITLE_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())


def _title_in_apposition(text: str, quote: Quote) -> bool:
    """'the film, “Clean Lines”, in which …', 'his memoir, “A Long Way Round”': a quotation of a few words,
    each capitalised but the small ones, set off by a comma after a word of the sentence and closed
    without a sentence's end, is the title of the thing named before it."""
    words = text[quote.start : quote.end].split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or any(w[-1:] in ".!?" for w in words):
        return False
    if (
        not all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
        or not words[0][:1].isupper()
    ):
        return False
    before = quote.open_mark - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if before < 1 or text[before] != "," or not text[before - 1].isalnum():
        return False
    after = text[quote.outer_end : quote.outer_end + 2].lstrip(" ")
    # the comma that closes the apposition, after the closing mark or before it, American style
    return after[:1] in (",", ";", ")") or "," in text[quote.end - 1 : quote.outer_end]


def _last_char_before(text: str, pos: int, floor: int = 0) -> str | None:
    """The last character before ``pos`` (and not before ``floor``) that is not white space."""
    i = pos - 1
    while i >= floor and text[i].isspace():
        i -= 1
    return text[i] if i >= floor else None


def attribute(
    index: TextIndex,
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    paragraph_of: Callable[[int], int],
) -> list[Candidate]:
    """Every statement of the article with its cue and speaker token, in text order.

    Three passes, in the order of the module docstring: speech cues, report nouns, then the
    quotations no cue has taken.
    """
    passes = _Attribution(index, text, paragraphs, quotes, paragraph_of)
    passes.cue_pass()
    passes.report_noun_pass()
    passes.candidates = _drop_nested(passes.candidates, index)
    passes.leftover_quote_pass()
    return _join_colon_quotations(sorted(passes.candidates, key=lambda c: (c.start, c.end)), text)


def _same_token(one: Token, other: Token) -> bool:
    return one.doc is other.doc and one.i == other.i


def _join_colon_quotations(candidates: list[Candidate], text: str) -> list[Candidate]:
    """'The problem, according to the mayor, was simple: “We ran out of money.”': reported words that
    end on a colon opening a quotation of the same speaker are one statement with it (mixed)."""
    joined: list[Candidate] = []
    for candidate in candidates:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.kind == "indirect"
            and candidate.kind == "direct"
            and candidate.quote is not None
            and before.cue is not None
            and (candidate.cue is None or _same_token(candidate.cue, before.cue))
            and re.fullmatch(r"\s*:\s*", text[before.end : candidate.quote.open_mark])
        ):
            if not any(t.pos_ in ("VERB", "AUX") for t in before.content):
                # "recalled the moment: “…”": the object only announces the quotation, which is what was said
                joined[-1] = candidate
                continue
            joined[-1] = Candidate(
                before.start,
                max(candidate.end, candidate.quote.outer_end),
                "mixed",
                before.content + candidate.content,
                cue=before.cue,
                speaker=before.speaker,
                paragraph=before.paragraph,
                quotes=candidate.quotes,
            )
            continue
        joined.append(candidate)
    return joined


class _Attribution:
    """The state the passes of :func:`attribute` share: the cues, and which quotations are taken."""

    def __init__(
        self,
        index: TextIndex,
        text: str,
        paragraphs: Sequence[tuple[int, int]],
        quotes: Sequence[Quote],
        paragraph_of: Callable[[int], int],
    ) -> None:
        self.index, self.text, self.quotes, self.paragraph_of = index, text, quotes, paragraph_of
        self.paragraphs = paragraphs
        self._quote_starts = [q.open_mark for q in quotes]
        self._quote_ends = [q.outer_end for q in quotes]  # quotations do not overlap: ends are sorted too
        self.is_standalone = {
            id(q): standalone(text, q, paragraphs[q.first_paragraph][0]) if paragraphs else True
            for q in quotes
        }
        self.cues = CueIndex(
            index, [t for t in _possible_cues(index) if is_cue(t) and not self.inside_quote(index.start(t))]
        )
        self.attached: dict[int, tuple[Token, int]] = {}  # quote id -> (cue, distance)
        self.consumed: set[int] = set()  # quotes inside an indirect or mixed statement
        self.candidates: list[Candidate] = []

    def paragraph_start(self, quote: Quote) -> int:
        return self.paragraphs[quote.first_paragraph][0] if self.paragraphs else 0

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quotes[i].open_mark <= pos < self.quotes[i].outer_end

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        found = []
        for q in self.quotes[bisect_right(self._quote_ends, start) :]:
            if q.open_mark >= end:
                break
            found.append(q)
        return found

    # --- pass 1: speech cues ---------------------------------------------------------------------

    def cue_pass(self) -> None:
        """Each cue with content: a quotation it reports is attached to it (direct), otherwise its
        content is an indirect or mixed statement."""
        for cue in self.cues.tokens:
            content = content_of(cue)
            if not content:
                continue
            speaker = speaker_token(cue)
            self._cue_statement(cue, content, speaker)
            second = _own_subject_continuation(cue) if content[-1].i < cue.i else []
            if second:
                # "…, she added, and the crew was cooperating": a second statement of the same speaker.
                self._cue_statement(cue, second, speaker)

    def _cue_statement(self, cue: Token, content: list[Token], speaker: Token | None) -> None:
        index = self.index
        report = _authored_report(cue)
        if report is not None:
            # "did not deny a report by X that …": the reported clause is X's statement.
            cue, speaker = report
        if _non_response(cue, content):
            return
        start, end = index.start(content[0]), _content_end(index, content[-1])
        inner = self.quotes_in(start, end)
        outside = [
            t
            for t in content
            if not t.is_punct and not any(q.open_mark <= index.start(t) < q.outer_end for q in inner)
        ]
        direct = [q for q in inner if self.is_standalone[id(q)]]
        if len(inner) == 1 and not outside and not direct and _quoted_call(cue):
            direct = inner  # 'called on “every state to act”': the cue reports the quotation alone
        if direct and len(outside) <= 1:
            self._attach(cue, direct)
            return
        if direct and _quote_ends_before_cue(index, direct[-1], content, cue):
            # "The plan changed once — “we now agree,” she said": the cue after the quotation reports
            # the quotation; the words before its dash or colon are the reporter's.
            self._attach(cue, direct[-1:])
            return
        if inner:
            start = min(start, *(q.open_mark for q in inner))
            end = max(end, *(q.outer_end for q in inner))
            self.consumed.update(id(q) for q in inner)
            kind = "mixed"
        else:
            kind = "indirect"
        if len(outside) < 2 and kind == "indirect" and not _short_content_allowed(cue, content):
            return
        self.candidates.append(
            Candidate(
                start,
                end,
                kind,
                content,
                cue=cue,
                speaker=speaker,
                paragraph=self.paragraph_of(start),
                quotes=inner,
            )
        )

    def _attach(self, cue: Token, quotes: list[Quote]) -> None:
        """Each quotation goes to the nearest cue that reports it."""
        at = self.index.start(cue)
        for q in quotes:
            distance = min(abs(at - q.open_mark), abs(at - q.outer_end))
            if id(q) not in self.attached or distance < self.attached[id(q)][1]:
                self.attached[id(q)] = (cue, distance)

    # --- pass 2: report nouns ------------------------------------------------------------------

    def report_noun_pass(self) -> None:
        """'A report by X that …', "X's claim that …": the clause is a statement of the noun's author."""
        index = self.index
        for token in index.tokens_where(pos="NOUN", lemmas=REPORT_NOUNS):
            if self.inside_quote(index.start(token)):
                continue
            content, author = report_noun_content(token, unattributed=True)
            if not content or len(content) < 3:
                continue
            start, end = index.start(content[0]), _content_end(index, content[-1])
            inner = self.quotes_in(start, end)
            self.consumed.update(id(q) for q in inner)
            kind = "mixed" if inner else "indirect"
            self.candidates.append(
                Candidate(
                    start,
                    end,
                    kind,
                    content,
                    cue=token,
                    speaker=author,
                    paragraph=self.paragraph_of(start),
                    quotes=inner,
                )
            )

    # --- pass 3: quotations no cue took --------------------------------------------------------

    def leftover_quote_pass(self) -> None:
        """Attached quotations become direct statements; the others take the nearest cue of their
        sentence, a dash or colon attribution, or inherit the speaker before them."""
        index, text = self.index, self.text
        covers = _Coverage(self.candidates)
        for quote in self.quotes:
            if id(quote) in self.consumed and id(quote) not in self.attached:
                continue
            tokens = index.tokens_between(quote.start, quote.end)
            if id(quote) in self.attached:
                cue = self.attached[id(quote)][0]
                self.candidates.append(_direct(quote, tokens, cue, speaker_token(cue), self.paragraph_of))
                continue
            manner = _manner_attribution(index, text, quote)
            if manner is not None and not covers.holds(quote.open_mark, quote.outer_end):
                # '“Not again,” she sighed': a quotation with its speaker right after it, no scare quotes
                self.candidates.append(
                    _direct(quote, tokens, manner, speaker_token(manner), self.paragraph_of)
                )
                continue
            if not self.is_standalone[id(quote)] and _words(text[quote.start : quote.end]) < 6:
                continue  # a scare-quoted term
            if _title_in_apposition(text, quote):
                continue  # 'a 2024 documentary, “Clean Lines”, in which …': a title, not speech
            if covers.holds(quote.open_mark, quote.outer_end):
                continue
            cue = _nearest_cue(index, text, quote, self.cues, self.inside_quote)
            if cue is not None:
                self.candidates.append(_direct(quote, tokens, cue, speaker_token(cue), self.paragraph_of))
                continue
            speaker = (
                _dash_attribution(index, text, quote)
                or _colon_introduction(index, text, quote, self.cues)
                or _headline_name_after(index, text, quote, self.paragraph_start(quote))
            )
            candidate = _direct(quote, tokens, None, speaker, self.paragraph_of)
            if speaker is None:
                if not self.is_standalone[id(quote)]:
                    continue
                candidate.inherit = True
            self.candidates.append(candidate)


_UNIT_WITH_STOP = re.compile(r"(?:m|bn|k)\.")


def _content_end(index: TextIndex, last: Token) -> int:
    """Where content ending on ``last`` ends: before the full stop the tokenizer kept with an amount's unit
    at the end of a sentence ("owed $3m."), which closes the sentence, not the amount."""
    end = index.end(last)
    if _UNIT_WITH_STOP.fullmatch(last.text) and last.i > 0 and last.doc[last.i - 1].like_num:
        following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
        if following is None or following.is_space or following.is_title or _is_quote_mark(following):
            return end - 1
    return end


def _quote_ends_before_cue(index: TextIndex, quote: Quote, content: list[Token], cue: Token) -> bool:
    """Whether the content ends with ``quote`` and the cue follows it, with content before the quotation."""
    after = [t for t in content if index.start(t) >= quote.outer_end and not t.is_punct]
    before = [t for t in content if index.start(t) < quote.open_mark and not t.is_punct]
    return not after and len(before) > 1 and index.start(cue) >= quote.outer_end


def _non_response(cue: Token, content: list[Token]) -> bool:
    """'did not respond to a request for comment' is no statement; nor is 'did not answer the question',
    'declined to respond to questions about the deal': the questions are named, no answer is given."""
    if not cue_negated(cue):
        return False
    if cue.lemma_ in ("respond", "return", "reply") and NON_RESPONSE.search(
        " ".join(t.lower_ for t in content)
    ):
        return True
    return cue.lemma_ in ("respond", "reply", "answer") and _only_questions(content)


def _only_questions(content: list[Token]) -> bool:
    """A noun phrase headed by "question(s)", with no clause of its own ("the central question")."""
    inside = {t.i for t in content}
    heads = [t for t in content if t.head.i not in inside or t.head.i == t.i]
    nouns = [t for t in heads if t.pos_ in ("NOUN", "PROPN")] or [
        o for t in heads if t.dep_ == "prep" for o in t.children if o.dep_ == "pobj"
    ]
    return (
        len(nouns) == 1
        and nouns[0].lemma_.lower() in ("question", "query", "inquiry", "enquiry")
        and not any(t.pos_ in ("VERB", "AUX") for t in content)
    )


def _short_content_allowed(cue: Token, content: Sequence[Token] = ()) -> bool:
    """Refusals and denials may report one or two words ('declined to comment', 'did not say when'), and
    a verb of denying a pronoun that stands for what came before ('disputed that')."""
    lemma = cue.lemma_.lower()
    short = lemma in ("decline", "refuse", "deny", "confirm", "acknowledge", "admit") or cue_negated(cue)
    standing_for = lemma in DENY_VERBS and len(content) == 1 and content[0].lower_ in ("that", "this", "it")
    return short or standing_for or is_relative_cue(cue)  # "…, which she rejected": the pronoun stands for it


def _direct(
    quote: Quote,
    tokens: list[Token],
    cue: Token | None,
    speaker: Token | None,
    paragraph_of: Callable[[int], int],
) -> Candidate:
    return Candidate(
        quote.start,
        quote.end,
        "direct",
        tokens,
        cue=cue,
        speaker=speaker,
        quote=quote,
        paragraph=paragraph_of(quote.start),
        quotes=[quote],
    )


class CueIndex:
    """The cues of an article in text order, found by position with bisection."""

    def __init__(self, index: TextIndex, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.starts = [index.start(t) for t in tokens]

    def between(self, lo: int, hi: int) -> list[Token]:
        return self.tokens[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


class _Coverage:
    """Which spans lie inside some candidate: candidates sorted by start once, the furthest end so far
    kept with the one reaching it and the runner-up, so each question is one bisection."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        ordered = sorted(candidates, key=lambda c: c.start)
        self._starts = [c.start for c in ordered]
        self._best: list[tuple[int, int, int]] = []  # (furthest end, id of its candidate, second end)
        best, owner, second = -1, 0, -1
        for c in ordered:
            if c.end > best:
                best, owner, second = c.end, id(c), best
            elif c.end > second:
                second = c.end
            self._best.append((best, owner, second))

    def holds(self, start: int, end: int, besides: Candidate | None = None) -> bool:
        """Whether a candidate (other than ``besides``) starts at or before ``start`` and ends at or after
        ``end``."""
        i = bisect_right(self._starts, start) - 1
        if i < 0:
            return False
        best, owner, second = self._best[i]
        reach = second if besides is not None and owner == id(besides) else best
        return reach >= end


def _drop_nested(candidates: list[Candidate], index: TextIndex) -> list[Candidate]:
    """Reported speech inside another statement's content belongs to that statement: dropped when another
    candidate holds both its content and its cue."""
    coverage = _Coverage(candidates)
    kept = []
    for candidate in candidates:
        if candidate.cue is None:
            kept.append(candidate)  # the old rule asked for the cue inside the other: no cue, never nested
            continue
        cue_at = index.start(candidate.cue)
        if coverage.holds(min(cue_at, candidate.start), max(cue_at + 1, candidate.end), besides=candidate):
            continue
        if candidate.cue.lower_ == "according" and coverage.holds(
            candidate.start, candidate.end, besides=candidate
        ):
            continue  # "X said A and that B, according to a transcript": the source of X's report
        kept.append(candidate)
    return kept


def _nearest_cue(
    index: TextIndex, text: str, quote: Quote, cues: CueIndex, inside_quote: Callable[[int], bool]
) -> Token | None:
    """The closest cue with a speaker in the sentences the quotation touches, outside any quotation."""
    sentences = index.sentences_between(quote.open_mark, quote.outer_end)
    if not sentences:
        return None
    lo, hi = sentences[0][0], sentences[-1][1]
    own_end = hi
    following = index.sentences_between(hi, hi + 3)
    if (
        following
        and following[0][0] - quote.outer_end <= 2
        and "\n" not in text[quote.outer_end : following[0][0]]  # not the next paragraph's first sentence
    ):
        # '“…?” Holmes testified.' parsed as a sentence of its own: a cue opening it.
        hi = min(following[0][1], following[0][0] + _FOLLOWING_CUE_CHARS)
    best, best_distance = None, None
    for cue in cues.between(lo, hi):
        at = index.start(cue)
        if speaker_token(cue) is None:
            continue
        if _reports_other(index, cue, quote) or (at >= own_end and content_of(cue)):
            continue
        distance = quote.open_mark - at if at < quote.open_mark else at - quote.outer_end
        if best_distance is None or distance < best_distance:
            best, best_distance = cue, distance
    return best


def _reports_other(index: TextIndex, cue: Token, quote: Quote) -> bool:
    """Whether the cue (or the verb it completes: 'declined to comment') reports something else."""
    for verb in (cue, cue.head) if cue.dep_ in ("xcomp", "advcl", "conj") else (cue,):
        content = content_of(verb)
        if content and not _touches(index, content, quote):
            return True
    return False


def _touches(index: TextIndex, content: list[Token], quote: Quote) -> bool:
    start, end = index.start(content[0]), index.end(content[-1])
    return start <= quote.outer_end + 1 and end >= quote.open_mark - 1


def _manner_attribution(index: TextIndex, text: str, quote: Quote) -> Token | None:
    """'“It’s a mess,” the driver shrugged', '“Not again,” she sighed.': a quotation closed by a comma (or
    ? or !) and followed at once by a subject and its verb, however the verb describes the manner of
    speaking; the verb stands as the cue, its subject as the speaker."""
    said = text[quote.start : quote.end].rstrip()
    if quote.close_mark is None or not said or said[-1] not in ",?!":
        return None
    opening = text[max(0, quote.open_mark - 80) : quote.open_mark].rstrip()
    if opening and opening[-1] not in '.?!:”"':
        return None  # a term inside a sentence: 'The so-called “super league,” the clubs argued, …'
    first = index.token_at(quote.outer_end)
    if first is None or text[quote.outer_end : index.start(first)].strip():
        return None
    verb = first.head if first.dep_ != "nsubj" else first.head
    subject = first
    while subject.dep_ != "nsubj" and subject.head.i != subject.i and subject.head.i > subject.i:
        subject = subject.head
    verb = subject.head
    if (
        subject.dep_ != "nsubj"
        or subject.left_edge.i != first.i
        or verb.pos_ != "VERB"
        or verb.tag_ not in ("VBD", "VBZ")
        or verb.i != subject.right_edge.i + 1
        or subject.lower_ in ("it", "this", "that")
        or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children)
    ):
        return None
    return verb


def _dash_attribution(index: TextIndex, text: str, quote: Quote) -> Token | None:
    """'“…” — Commissioner Geoffrey Starks': a named speaker right after a dash."""
    match = re.match(r"[ \t]*[—–-]{1,2}[ \t]*", text[quote.outer_end : quote.outer_end + 6])
    if not match:
        return None
    token = index.token_at(quote.outer_end + match.end())
    if token is None or token.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    while token.head.i != token.i and token.head.ent_type_ == token.ent_type_ and token.head.i > token.i:
        token = token.head
    return token


def _headline_name_after(index: TextIndex, text: str, quote: Quote, paragraph_start: int) -> Token | None:
    """'‘We will not back down’: Akers defiant over tariffs': a headline opening with a quotation, then a
    colon and the name of who said it."""
    match = re.match(r"[ \t]*:[ \t]*", text[quote.outer_end : quote.outer_end + 4])
    if not match or text[paragraph_start : quote.open_mark].strip():
        return None
    token = index.token_at(quote.outer_end + match.end())
    if token is None or not token.is_title:
        return None
    if (
        token.ent_type_ not in ("PERSON", "ORG")
        and token.pos_ != "PROPN"
        and token.text not in index.person_words()
    ):
        return None
    while token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        token = token.doc[token.i + 1]  # the whole name: its last word
    return token


def _name_label(index: TextIndex, sentence: Span, colon: int) -> Token | None:
    """'Akers: “We will not back down”': a headline's bare name before the colon, one to three capitalised
    proper nouns (or words of a person the article names) that the tagger left unnamed, labels the
    quotation with its speaker."""
    label = [t for t in sentence if index.start(t) < colon and not t.is_space]
    if not 1 <= len(label) <= 3:
        return None
    people = index.person_words()
    if not all(t.is_title and (t.pos_ == "PROPN" or t.text in people) for t in label):
        return None
    return label[-1]


def _colon_introduction(index: TextIndex, text: str, quote: Quote, cues: CueIndex) -> Token | None:
    """'And from Chairwoman X:' (or 'X said:') ending the text right before the quotation."""
    colon = quote.open_mark - 1
    while colon >= 0 and text[colon].isspace():
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return None
    sentences = index.sentences_between(colon, colon + 1)
    if not sentences:
        return None
    lo, hi, sentence = sentences[-1]
    for cue in reversed(cues.between(lo, hi)):
        speaker = speaker_token(cue)
        if speaker is not None:
            return speaker
    named = [t for t in sentence if t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "B"]
    if not named:
        return _name_label(index, sentence, colon)
    # "Dr. Ana Ruiz, a surgeon at the Mercy Hospital, put it plainly:": the sentence's subject, not a
    # name inside its apposition; else the last name before the colon.
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    token = subject if subject is not None and subject.ent_type_ in ("PERSON", "ORG") else named[-1]
    while token.head.i != token.i and token.head.ent_type_ == token.ent_type_:
        token = token.head
    return token
