"""From the noun phrase a cue attaches to, to the party that spoke.

- A name is its entity's party.
- "he", "she", "it", "they" refer back to the nearest fitting party that was
  the subject of a recent sentence (or, failing that, named in it): people
  for he/she (with the gender a title or an earlier pronoun showed),
  organisations and states for it, groups for they.
- "the State Department spokesman" (or "a State Department spokesman") is the
  person the article gave that role ("State Department spokesman Ned Price",
  "Sen. X" for "the senator"); "Carter's press secretary, Peter Cook" is Peter
  Cook; a description points forward to the person the next sentence first
  names ("… a Navy officer who … . Cmdr. Paul Hartley told …"); "the
  teacher" refers back to "a retired teacher".
- People described through two or more named parties ("Treasury and White
  House officials") or through a political group ("Republican senators") are a
  group party, or are listed under that group when the article names it.
- A document ("the statement continued") speaks for its author: the
  possessor ("the spokesman's statement"), the author the article gave the
  same document before ("a report by X … the report says"), whoever issued
  it ("X filed … the filing argues"), else whoever spoke last.
- An organisation description ("the company", "the agency", "an agency
  spokeswoman") is never a person: it is the organisation named before of
  that kind (what the article called it, else what its name says: "…
  Administration" is an agency; for "the company", one that the article or
  its name calls a company before a name that says no kind), the nearest.
- An apposition names the speaker: a person, and an organisation when the
  head is no role only a person holds ("The company, Acme Rail, said"); a
  spokesman's group in apposition is whom he speaks for. A dateline never
  speaks. An age ("the 58-year-old") is the person just named. A bare
  quantifier ("Many said", "Others asked") is the group just mentioned, else
  the group as written ("Some have argued").
- Any other description is an unnamed source, a party of its own, attached
  to the organisation or person it speaks for ("a spokesman for Iran's
  mission"); the same description later is the same party, and a pronoun in
  it is named ("a person close to Tomas Berg").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.names import plain_word
from briefing.nlp.attribution import TextIndex, is_cue
from briefing.nlp.lexicon import (
    AGE_DESCRIPTION,
    ANONYMITY,
    ASKING_VERBS,
    BARE_GROUP_QUANTIFIERS,
    CALENDAR_WORDS,
    CLOCK_TIME,
    COMPANY_NOUNS,
    DATA_NOUNS,
    DEFINITE_ARTICLES,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    FRONTED_SETTING_WORDS,
    FUNCTION_NAMED_BODIES,
    GROUP_PRONOUNS,
    HANDING_OVER_VERBS,
    INDEFINITE_ARTICLES,
    ISSUING_VERBS,
    LEADER_NOUNS,
    MALE_PRONOUNS,
    MEDIUM_PREPOSITIONS,
    NAMING_COMPLEMENT_DEPS,
    NAMING_FUNCTION_WORDS,
    NAMING_VERBS,
    NUMBER_WORDS,
    ORG_FUNCTION_WORDS,
    ORG_KIND_WORDS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLURAL_BODY_NOUNS,
    QUANTIFIERS,
    RELATIVE_HEAD_PRONOUNS,
    REPORTING_CUES,
    SPEAKING_FOR_ROLES,
    SPOKEN_OCCASION_NOUNS,
    STAFF_NOUNS,
    THING_PRONOUNS,
    WHOLE_BODY_KINDS,
)
from briefing.nlp.parties import PartyIndex, gender_of_role, organisation_shaped, role_word

# A missed name of a body followed by a role noun: "A Department for Schools spokesperson".
_BODY_AND_ROLE = re.compile(r"^(?:(?:a|an|the|A|An|The)\s+)?([A-Z].*\S)\s+(\w+)$")

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependents of a description that say something about its holder, not what it is: relative and other
# clauses, appositions.
_CLAUSES = frozenset({"relcl", "appos", "acl", "advcl"})
# How far back a pronoun looks: further for the subject of a sentence than for any mention.
_LOOKBACK_PARAGRAPHS = 4
_LOOKBACK_PARAGRAPHS_ANY = 2


class SpeakerResolver:
    def __init__(
        self,
        index: TextIndex,
        parties: PartyIndex,
        entity_spans: dict[tuple[int, int], tuple[int, int]],
        text: str,
        paragraph_of: Callable[[int], int],
    ) -> None:
        self.index = index
        self._text = text
        self._paragraph_of = paragraph_of
        self.parties = parties
        self._entity_spans = entity_spans  # (doc id, token i) -> article span of its entity
        # Salient mentions: (offset, cluster, is_subject); speakers are added as they are resolved.
        self._salient: list[tuple[int, int, bool]] = []
        for mention, cluster in parties.entity_mentions():
            if not mention.in_quote:
                self._salient.append((mention.start, cluster, mention.is_subject))
        self._salient.sort()
        self.last_speaker: int | None = None
        self._lower_words: set[str] | None = None  # the article's lower-case words, made on first need
        self._title_case_lines: dict[int, bool] = {}  # line start: whether it is set in title case

    def remember(self, offset: int, cluster: int) -> None:
        """A resolved speaker: salient for later pronouns, and the author of a later 'the statement'."""
        self.note(offset, cluster)
        self.last_speaker = cluster

    def note(self, offset: int, cluster: int) -> None:
        insort(self._salient, (offset, cluster, True))

    def noun_phrase(self, token: Token) -> tuple[int, int]:
        doc = token.doc
        if token.pos_ == "PRON":
            return self.index.start(token), self.index.end(token)
        first, last = token.left_edge.i, token.right_edge.i
        while first < last and (doc[first].is_punct or doc[first].is_space):
            first += 1
        while last > first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        return self.index.start(doc[first]), self.index.end(doc[last])

    def entity_cluster(self, token: Token) -> int | None:
        span = self._entity_spans.get((id(token.doc), token.i))
        return self.parties.party_at(*span) if span else None

    def resolve(self, token: Token) -> int | None:
        """The cluster of the party ``token`` (head of a speaker phrase) names, or None."""
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
            token = token.head.head
        joined = _hyphen_joined(token)
        if joined is not None:
            token = joined  # "Its co-founder, Bethan Rhys, said": the role is "founder", not the prefix "co"
        at = self.index.start(token)
        lower = token.lower_
        group = _quantified_group(token)
        bare = group is None and lower in BARE_GROUP_QUANTIFIERS and token.dep_ in ("nsubj", "nsubjpass")
        if bare:
            group = _group_before(token)  # "Residents lined up. Many said …": the residents
            if group is None:  # "Some have argued …": a group the article does not name, kept as written
                start, end = self.noun_phrase(token)
                span = (start, end, self._text[start:end])
                if any(c.dep_ == "relcl" for c in token.children):
                    # "Some who spoke at the meeting said …": the clause says which group it is
                    start, end = self.index.start(token), self.index.end(token.doc[token.right_edge.i])
                    phrase = self._text[start:end]
                    span = (start, end, phrase)
                    return self.parties.unnamed(phrase, phrase.lower(), "PERSON", None, span, plural=True)
                return self.parties.unnamed(token.text, lower, "PERSON", None, span, plural=True)
        described = _described_by_relative(group if group is not None else token)
        if described is not None:
            # "Those who spoke said …", "some of those who attended said …": the clause says which group
            start, end = self.index.start(token), self.index.end(token.doc[described.right_edge.i])
            phrase = self._text[start:end]
            plural = lower != "one"
            return self.parties.unnamed(
                phrase, phrase.lower(), "PERSON", None, (start, end, phrase), plural=plural
            )
        if group is not None and lower == "one":
            member = self._one_of(group)  # "one of them said": one member of the group, not all of it
            if member is not None:
                return member
        if group is not None and group.lower_ == "them":
            # "Passengers at the counter were angry. Many of them said …": the plural subject just before,
            # not a place or body named in its sentence
            before = _group_before(token)
            if before is not None:
                return self.resolve(before)
        if group is not None:
            return self.resolve(group)  # "many of them said", "some of the protesters said": the group
        if token.pos_ == "PRON" or lower in MALE_PRONOUNS | FEMALE_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS:
            spoke = self._speaking_body_before(token) if lower == "it" and token.dep_ == "nsubj" else None
            if spoke is not None:  # "The agency confirmed it had a complaint. It declined …": the agency
                return spoke
            document = _document_before(token) if lower in THING_PRONOUNS else None
            if document is not None:  # "She filed a letter. It says …": the letter speaks
                return self.document(document)
            body = self._body_subject_before(token) if lower == "it" and token.dep_ == "nsubj" else None
            if (
                body is not None
            ):  # "The weather service kept its warning in place. Gusts …, it said": the service
                return self.description(body)
            group = self._people_subject_before(token) if lower == "they" and token.dep_ == "nsubj" else None
            if group is not None:  # "Pupils wrote to the council. In their letter, they said …": the pupils
                return self.description(group)
            found = self._named_in_sentence_before(token)
            if found is not None:
                return found
            found = self.subject_pronoun(token, at, self._asker(token))
            if lower in MALE_PRONOUNS | FEMALE_PRONOUNS and (
                found is None or self._object_before(token, found)
            ):
                # "The actor arrived late. He said …"; "The governor met Maria Lopez. He said …": the
                # described subject before, not a person named only as its object
                described = self._described_subject_before(token)
                if described is None and found is None:
                    described = self._described_subject_in_sentence(token)
                if described is not None and gender_of_role(described.lower_) in (
                    None,
                    "m" if lower in MALE_PRONOUNS else "f",
                ):
                    return self.description(described)
            return found
        if _dateline(token):
            # "CANBERRA — The minister, Helen Marsh, resigned …": the parser took the dateline for the subject
            # and the real subject for its apposition; a dateline never speaks.
            # Or it made both subjects of the verb ("BERGEN — The minister … resigned").
            # "REGINA, Saskatchewan — The head of X said": the apposition after the dash, not the state
            # that is part of the dateline.
            dash = _dateline_dash(token)
            real = next((c for c in token.children if c.dep_ == "appos" and c.i > dash), None) or next(
                (c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i), None
            )
            return self.resolve(real) if real is not None else None
        setting = _fronted_setting(token)
        if setting is not None:
            # "Outside court, his solicitor, Jonathan Reyes, said": the parser took the place the sentence
            # opens with for the subject and the speaker for its apposition; a setting never speaks.
            return self.resolve(setting)
        cluster = self.entity_cluster(token)
        if cluster is not None and self.parties.is_group(cluster) and self._definite_singular(token):
            # "the Republican said": a person of that group the article has named, not the group.
            found = self.pronoun("", at, person=True)
            return found if found is not None else cluster
        if cluster is not None:
            return cluster
        for named_with in (self._named_apposition, self._leader):
            found = named_with(token)
            if found is not None:  # not "or": the first party has index 0
                return found
        if _age_description(token):
            return self.aged(token, at)
        if token.lemma_.lower() in DOCUMENT_NOUNS:
            return self.document(token)
        if token.lemma_.lower() in DATA_NOUNS:
            author = self._published_by(token, data=True)  # "according to figures published by the agency"
            if author is not None:
                return author
        if token.lemma_.lower() in SPOKEN_OCCASION_NOUNS:
            return self.occasion(token)
        if lower in CALENDAR_WORDS:
            # "Petrović, asked in Belgrade on Monday, said": the parser took the date for the subject; the
            # speaker is the person who opens the sentence.
            for earlier in token.doc[token.sent.start : token.i]:
                found = self.entity_cluster(earlier)
                if found is not None and self.parties.label_of(found) == "PERSON":
                    return found
            return None
        if token.pos_ not in ("NOUN", "PROPN") and not (token.pos_ == "ADV" and token.text[:1].isupper()):
            return None  # (a capitalised "adverb" is a surname the parser misread: "Connolly, for her part,")
        if token.pos_ != "NOUN":
            start, end = self.noun_phrase(token)
            named = self.parties.find_named(self._text[start:end])
            if named is None:  # not "or": the first party has index 0
                named = self.parties.find_named(token.text)
            if named is not None:
                return named
        return self.description(token) if token.pos_ != "ADV" else None

    def _one_of(self, group: Token) -> int | None:
        """'Two officials said … One of them said …', 'one of the rowers said': a member of a group of unnamed
        people speaks as one of them, listed where the group is; "them" is the last group of people before
        (not a state or body named since). A named group ("one of the Democrats") stays the group."""
        at = self.index.start(group)
        if group.lower_ in GROUP_PRONOUNS:
            cluster = self.pronoun(group.lower_, at, people=True)
        else:
            cluster = self.resolve(group)
        if (
            cluster is None
            or not self.parties.is_unnamed(cluster)
            or self.parties.label_of(cluster) != "PERSON"
        ):
            return cluster if group.lower_ in GROUP_PRONOUNS else None
        name = self.parties.name_of(cluster)
        name = name[:1].lower() + name[1:] if name.split()[0].lower() in QUANTIFIERS | NUMBER_WORDS else name
        description = f"one of the {name}"
        start, end = self.noun_phrase(group.head.head)
        span = (start, end, self._text[start:end])
        parent = self.parties.parent_of(cluster)
        return self.parties.unnamed(description, f"one of|{cluster}", "PERSON", parent, span)

    def _named_apposition(self, token: Token) -> int | None:
        """The party an apposition names: "Another diplomat, Mark Dalton, said"; "a diplomat, former envoy to
        Chile Mark Dalton,": the apposition, or the name that ends it when it is a role written before a name.
        An organisation too when the head is no role only a person holds: "The company, Acme Rail, said",
        "The plant's owner, a Delaware firm, Acme Rail," (an apposition of the apposition); a spokesman's
        organisation in apposition ("a lawyer for the group, X,") is whom the spokesman speaks for."""
        person_head = token.lemma_.lower() in PERSON_ROLES or token.ent_type_ == "PERSON"
        appositions = [
            c
            for c in token.children
            if c.dep_ == "appos" or _name_read_as_clause(c) or _name_read_as_modifier(c)
        ]
        for child in appositions:
            for named in (child, child.right_edge):
                cluster = self.entity_cluster(named)
                if cluster is not None and self.parties.label_of(cluster) == "PERSON":
                    return cluster
        if person_head or token.pos_ not in ("NOUN",):
            return None
        for child in appositions:
            for named in (child, *(c for c in child.children if c.dep_ == "appos")):
                cluster = self.entity_cluster(named)
                if cluster is not None and self.parties.label_of(cluster) in ("ORG", "GPE"):
                    return cluster
        return None

    def _named_in_apposition(self, token: Token) -> int | None:
        """'a spokesman for the super PAC, Ohio River Fund,': the organisation a kind of body is named as
        in apposition after it (the tagger may take the kind for a name of its own)."""
        for child in token.children:
            if child.dep_ == "appos" and not _close_apposition(child) and len(list(child.subtree)) >= 2:
                found = self.entity_cluster(child)
                if found is not None and self.parties.label_of(found) == "ORG":
                    return found
        return None

    def _leader(self, token: Token) -> int | None:
        """'a group of investors led by the Ohio Teachers' Fund', 'a coalition led by X': the named party
        that leads a described group speaks for it."""
        if token.pos_ != "NOUN":
            return None
        for clause in token.children:
            if clause.dep_ == "acl" and clause.lemma_ == "lead" and clause.tag_ == "VBN":
                for agent in (c for c in clause.children if c.dep_ == "agent"):
                    obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    found = self.entity_cluster(obj) if obj is not None else None
                    if found is not None and not self.parties.is_unnamed(found):
                        return found
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            members = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if members is not None:  # "a group of pension funds led by X": the parser hangs "led" on "funds"
                return self._leader(members)
        return None

    def aged(self, token: Token, at: int) -> int | None:
        """'the 58-year-old told reporters': the person the article last gave that age ("X, 58,"), else the
        nearest person who was the subject of a sentence."""
        age = next((t.text for t in token.subtree if t.like_num), None)
        doc = token.doc
        for earlier in reversed(doc[max(0, token.i - _INTRODUCED_WITHIN_TOKENS) : token.sent.start]):
            if earlier.text == age and earlier.i > 0 and doc[earlier.i - 1].text == ",":
                cluster = self.entity_cluster(doc[earlier.i - 2]) if earlier.i > 1 else None
                if cluster is not None and self.parties.label_of(cluster) == "PERSON":
                    return cluster
        found = self.person_just_before(token)
        return found if found is not None else self.pronoun("", at, person=True)

    def person_just_before(self, token: Token) -> int | None:
        """The last person named in the two sentences before ``token``'s own (or earlier in its own), whatever
        their part in it: "The minister, Ana Silva, was blunter. 'We will act. Now,' the 52-year-old said"
        (a quotation the parser cut in two counts as one of them)."""
        floor = token.sent.start
        for _ in range(2):
            floor = token.doc[floor - 1].sent.start if floor > 0 else floor
        begin = bisect_left(self._salient, (self.index.start(token.doc[floor]), -1, False))
        end = bisect_left(self._salient, (self.index.start(token), -1, False))
        people = [
            (cluster, is_subject)
            for _, cluster, is_subject in self._salient[begin:end]
            if self.parties.label_of(cluster) == "PERSON" and not self.parties.is_plural(cluster)
        ]
        # "X has made it her issue. She accused Y of … 'Quote,' the 61-year-old said": the person the
        # sentences are about (a subject or speaker), before one only named in them.
        subjects = [cluster for cluster, is_subject in people if is_subject]
        if subjects:
            return subjects[-1]
        return people[-1][0] if people else None

    def _named_in_sentence_before(self, pronoun: Token) -> int | None:
        """'The test was run by Ana Silva, who is cautious. "It proves nothing," she says'; 'The claim drew a
        reply from Okafor. "Nonsense," he said': a he or she opening its sentence (after the quotation) goes
        to the one fitting person the sentence before in its paragraph names as the doer ("by X", "from X"),
        when that sentence's subject is no person (who would be the one it goes on with)."""
        lower = pronoun.lower_
        doc = pronoun.doc
        if (
            lower not in MALE_PRONOUNS | FEMALE_PRONOUNS
            or pronoun.i == 0
            or doc[pronoun.i - 1].text not in '”"'
        ):
            return None
        opening = None
        for i in range(pronoun.i - 2, max(-1, pronoun.i - _QUOTATION_WITHIN_TOKENS), -1):
            if doc[i].text in '“"':
                opening = i
                break
        if not opening:  # none, or at the very start: no sentence before
            return None
        before = doc[opening - 1].sent
        lo = self.index.start(before[0])
        if self._paragraph_of(lo) != self._paragraph_of(self.index.start(pronoun)):
            return None
        for subject in (t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")):
            if (
                subject.pos_ in ("PRON", "PROPN")
                or subject.ent_type_
                or subject.lemma_.lower() in PERSON_ROLES
            ):
                return None
        gender = "m" if lower in MALE_PRONOUNS else "f"
        parties = self.parties
        named = set()
        for token in before:  # the doer the sentence names: "carried out by X", "a reply from X"
            if token.dep_ != "pobj" or token.head.lower_ not in ("by", "from"):
                continue
            cluster = self.entity_cluster(token)
            if (
                cluster is not None
                and parties.label_of(cluster) == "PERSON"
                and not parties.is_plural(cluster)
                and parties.gender_of(cluster) in (None, gender)
            ):
                named.add(cluster)
        if len(named) != 1:
            return None
        found = named.pop()
        parties.set_gender(found, gender)
        return found

    def _asker(self, pronoun: Token) -> int | None:
        """'Asked by Keane whether …, he said': the party that asked, whom the pronoun answering is not."""
        for clause in pronoun.head.children:
            if clause.dep_ == "advcl" and clause.lemma_ in ASKING_VERBS and clause.tag_ == "VBN":
                for agent in (c for c in clause.children if c.dep_ == "agent"):
                    asker = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if asker is not None and asker.pos_ == "PROPN":
                        return self.entity_cluster(asker)
        return None

    def subject_pronoun(self, token: Token, at: int, asker: int | None = None) -> int | None:
        """A pronoun, with one construction first: the subject of a clause joined to a speech act
        ("The mayor argued that the auditor was wrong, and she also said …") is that act's speaker,
        not someone named inside what was said, when the speaker fits the pronoun."""
        lower = token.lower_
        verb = token.head
        if token.dep_ == "nsubj" and verb.dep_ == "conj" and is_cue(verb.head) and lower in PERSON_PRONOUNS:
            first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if first is not None and first.pos_ != "PRON":
                found = self.resolve(first)
                gender = "m" if lower in MALE_PRONOUNS else "f"
                parties = self.parties
                if (
                    found is not None
                    and parties.label_of(found) == "PERSON"
                    and not parties.is_plural(found)
                    and parties.gender_of(found) in (None, gender)
                ):
                    parties.set_gender(found, gender)
                    return found
        if token.dep_ == "nsubj" and verb.dep_ == "conj" and is_cue(verb.head) and lower == "it":
            # "The embassy said …, and it accused …": the organisation that spoke first.
            first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            found = self.resolve(first) if first is not None and first.pos_ != "PRON" else None
            if found is not None and self.parties.label_of(found) in ("ORG", "GPE"):
                return found
        # "According to her account, after examining Ana's leg, she …": a he or she already used before the
        # name in its sentence refers to someone else, named before.
        same = MALE_PRONOUNS if lower in MALE_PRONOUNS else FEMALE_PRONOUNS
        first = next(
            (t for t in token.sent if t.i < token.i and (t.ent_type_ == "PERSON" or t.lower_ in same)), None
        )
        own_sentence = first is None or first.ent_type_ == "PERSON"
        return self.pronoun(
            lower,
            at,
            sentence_start=self.index.start(token.sent[0]) if own_sentence else None,
            exclude=asker,
        )

    def document(self, token: Token) -> int | None:
        """A document speaks for its author: possessor, 'by X', an earlier 'X issued a statement', or
        the last speaker; a described document with no author is a source of its own."""
        for child in token.children:
            if child.dep_ == "poss":
                return self.resolve(child)
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self.resolve(obj)
            if child.dep_ == "prep" and child.lower_ == "in":  # "a report in the Ledger": its publisher
                for obj in child.children:
                    found = self.entity_cluster(obj) if obj.dep_ == "pobj" else None
                    if found is not None and self.parties.label_of(found) == "ORG":
                        return found
        for child in token.children:
            if child.dep_ in ("compound", "nmod"):
                found = self.entity_cluster(child)
                if found is None and child.lemma_.lower() in ORG_NOUNS:
                    found = self.parties.organisation_with_head(child.lemma_.lower())  # "the office release"
                if found is not None:
                    return found
        author = self._published_by(token)  # "a memorandum issued by the agency"
        if author is not None:
            return author
        if token.dep_ == "dobj" and token.head.lemma_ in ISSUING_VERBS:
            # "The ministry issued a statement saying …", "she released a letter saying …": the issuer.
            issuer = _own_subject(token.head)
            if issuer is not None:
                return self.resolve(issuer)
        earlier = self._earlier_document_author(token)
        if earlier is not None:
            return earlier
        if any(c.dep_ in ("amod", "compound") for c in token.children):
            return self.description(token)  # "the congressional report": a source of its own
        author = self._earlier_author(token)
        return author if author is not None else self.last_speaker

    def _published_by(self, token: Token, data: bool = False) -> int | None:
        """Whoever a document or figures were issued by: "a memorandum issued by the agency", "figures
        published by the ministry"."""
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_ in ISSUING_VERBS:
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for obj in (c for c in agent.children if c.dep_ == "pobj"):
                        return self.resolve(obj)
            if data and child.dep_ == "relcl" and child.lemma_ in ISSUING_VERBS | HANDING_OVER_VERBS:
                # "figures the company gave to the regulator": the giver's (but "a letter, which the union
                # posted" is still the letter's writer's)
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.tag_ not in ("WP", "WDT"):
                    return self.resolve(subject)
        return None

    def occasion(self, token: Token) -> int | None:
        """An interview or speech speaks for whoever gave it: its possessor ("his interview"), else the
        author of the sentence's claim (the possessor of its subject: "His criticism, according to an
        interview, was …"), else the last speaker. The outlet it was "with" or "on" never speaks."""
        for child in token.children:
            if child.dep_ == "poss":
                return self.resolve(child)
        for subject in (t for t in token.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i):
            for child in subject.children:
                if child.dep_ == "poss":
                    return self.resolve(child)
        return self.last_speaker

    def _described_subject_in_sentence(self, pronoun: Token) -> Token | None:
        """'Critics say the mayor misled voters, which he denies': a he or she that finds no named person
        goes back to a description of a person that is a subject earlier in its own sentence. ("The
        closure, she said, was a failure": the subject of the clause her tag interrupts is what she spoke
        about, never her.)"""
        tag = pronoun.head
        for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
            if tag.dep_ == "parataxis" and token.head.i == tag.head.i:
                continue
            if (
                token.dep_ in ("nsubj", "nsubjpass")
                and token.pos_ == "NOUN"
                and token.tag_ == "NN"
                and token.lemma_.lower() not in ORG_NOUNS | COMPANY_NOUNS | DOCUMENT_NOUNS
                and any(c.lower_ in DEFINITE_ARTICLES for c in token.children)
            ):
                return token
        return None

    def _named_only_in_what_is_said(self, token: Token, cluster: int) -> bool:
        """'Without Tom Hale the club would have folded, the chairman said': a person the article first
        names in the words reported in the description's own sentence is talked about, not the speaker."""
        return self.parties.first_named(cluster) >= self.index.start(token.sent[0])

    def _object_before(self, pronoun: Token, cluster: int) -> bool:
        """Whether the party a pronoun found is named from the sentence before up to the pronoun, and
        only other than as a subject ("The governor met Maria Lopez. He said …")."""
        sentence = pronoun.sent
        if sentence.start == 0:
            return False
        before = pronoun.doc[sentence.start - 1].sent
        lo, hi = self.index.start(before[0]), self.index.start(pronoun)
        named = []
        for i in range(bisect_left(self._salient, (lo, -1, False)), len(self._salient)):
            offset, found, is_subject = self._salient[i]
            if offset >= hi:
                break  # sorted by offset: the rest lie after the pronoun
            if found == cluster:
                named.append(is_subject)
        return bool(named) and not any(named)

    def _people_subject_before(self, pronoun: Token) -> Token | None:
        """The subject of the sentence before, when it is a plural description of people that act there
        ("Parents have written to the school. They said …", "Residents marched on Friday. They said …"):
        "they" goes on with that subject, not with a body named as the object."""
        sentence = pronoun.sent
        if sentence.start == 0:
            return None
        root = pronoun.doc[sentence.start - 1].sent.root
        for subject in root.children:
            if (
                subject.dep_ == "nsubj"
                and subject.pos_ == "NOUN"
                and (subject.tag_ == "NNS" or subject.lower_ in PLURAL_BODY_NOUNS)
                and not subject.ent_type_
                and (
                    subject.lemma_.lower() not in ORG_NOUNS | DOCUMENT_NOUNS
                    or subject.lower_ in PLURAL_BODY_NOUNS
                )
                and not any(
                    c.dep_ in ("det", "nummod") and c.lower_ in ("these", "those") for c in subject.children
                )
            ):
                return subject
        return None

    def _speaking_body_before(self, pronoun: Token) -> int | None:
        """'The inspectorate confirmed it had received a complaint from the union. It declined to give
        details': an "it" opening its sentence as the subject of a speech act goes on with the organisation
        that spoke in the sentence just before, in the same paragraph, not with a body named inside what it
        said."""
        sentence = pronoun.sent
        verb = pronoun.head
        if sentence.start == 0 or not is_cue(verb):
            return None
        # it opens its sentence, after at most its article and a fronted phrase ("In a statement, the
        # company said …")
        lead = [t for t in sentence if t.i < pronoun.i and t.i not in (c.i for c in pronoun.children)]
        if lead and not (
            lead[-1].text == "," and all(t.head.i == verb.i or t.head.i in (x.i for x in lead) for t in lead)
        ):
            return None
        before = pronoun.doc[sentence.start - 1].sent
        if self._paragraph_of(self.index.start(before[0])) != self._paragraph_of(self.index.start(pronoun)):
            return None
        root = before.root
        if not is_cue(root) or root.lemma_.lower() in REPORTING_CUES:
            return None  # "…, the Daily Ledger reported": an outlet or a finding reports, it does not answer
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        found = self.resolve(subject) if subject is not None else None
        if found is not None and self.parties.label_of(found) in ("ORG", "GPE"):
            return found
        return None

    def _body_subject_before(self, pronoun: Token) -> Token | None:
        """The subject of the sentence before in the pronoun's paragraph, when it is an organisation the
        article describes and does not name ("The weather service has kept its warning. Gusts of 140 km/h
        were recorded, it said"): "it" goes on with that body, not with a name from a paragraph before."""
        sentence = pronoun.sent
        if sentence.start == 0:
            return None
        before = pronoun.doc[sentence.start - 1].sent
        if self._paragraph_of(self.index.start(before[0])) != self._paragraph_of(self.index.start(pronoun)):
            return None
        for subject in before.root.children:
            if (
                subject.dep_ == "nsubj"
                and subject.pos_ == "NOUN"
                and subject.tag_ == "NN"
                and not subject.ent_type_
                and subject.lemma_.lower() in ORG_NOUNS | COMPANY_NOUNS
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            ):
                return subject
        return None

    def _described_subject_before(self, pronoun: Token) -> Token | None:
        """The subject of the sentence before, when it is a description of a person ("the actor", "the
        employee") and the pronoun found no named person: he/she can refer to a description."""
        sentence = pronoun.sent
        if sentence.start == 0:
            return None
        before = pronoun.doc[sentence.start - 1].sent
        for token in before:
            if (
                token.dep_ in ("nsubj", "nsubjpass")
                and token.pos_ == "NOUN"
                and token.lemma_.lower() not in ORG_NOUNS
                and token.tag_ == "NN"
                and any(c.lower_ in DEFINITE_ARTICLES for c in token.children)
            ):
                return token
        return None

    def _earlier_document_author(self, token: Token) -> int | None:
        """'a report by a U.N. panel … The 40-page report says': the author the article gave the same
        document before; 'X filed a challenge … The filing argues': whoever filed it."""
        doc, lemma = token.doc, token.lemma_.lower()
        for earlier in reversed(doc[max(0, token.i - _INTRODUCED_WITHIN_TOKENS) : token.i]):
            if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
                for child in earlier.children:
                    if child.dep_ == "poss":
                        return self.resolve(child)
                    if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        if obj is not None:
                            return self.resolve(obj)
            verb = earlier.lemma_.lower()
            if (
                earlier.pos_ == "VERB"
                and verb in ISSUING_VERBS
                and len(verb) >= 4
                and lemma.startswith(verb[:-1])
            ):
                subject = _own_subject(
                    earlier
                )  # "filed" before "the filing", "released" before "the release"
                if subject is not None:
                    return self.resolve(subject)
        return None

    def _earlier_author(self, token: Token) -> int | None:
        """'Cook provided a written statement …' before 'the statement said': Cook; 'Torres cited a report'
        before 'the report says': the report, a source of its own."""
        lemma = token.lemma_
        for earlier in reversed(token.doc[max(0, token.i - 300) : token.i]):
            if earlier.lemma_ != lemma or earlier.dep_ not in ("dobj", "pobj"):
                continue
            verb = earlier.head if earlier.dep_ == "dobj" else earlier.head.head
            if earlier.dep_ == "dobj" and verb.lemma_ not in ISSUING_VERBS:
                return self.description(token)  # "Torres cited a report …": the report is no one's words
            for child in verb.children:
                if child.dep_ == "nsubj" and child.i != token.i:
                    return self.resolve(child)
            for child in earlier.children:
                if child.dep_ == "poss":
                    return self.resolve(child)
        return None

    def description(self, token: Token) -> int | None:
        """A described speaker: a named person by role, else an unnamed source."""
        head = token.lemma_.lower()
        start, end = self.noun_phrase(token)
        phrase = self.index_text(start, end)
        clause = {t.i for c in token.children if c.dep_ in _CLAUSES for t in c.subtree}
        clause |= _age_indices(token)  # "the 61-year-old executive": an age is no part of the role
        words = {  # the words that name the role, not a clause about its holder ("who spoke on …")
            role_word(t.text)
            for t in token.subtree
            if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i not in clause and t.i != token.i
        }
        # A singular description is the person the article names with that role ("a State Department
        # spokesman said" is the spokesman it names), unless it says it is someone else: "another
        # official", an official "who asked not to be named"; "officials" are a group, never one person.
        other = any(c.dep_ == "det" and c.lower_ == "another" for c in token.children)
        people = []
        organisation = head in ORG_NOUNS or head in COMPANY_NOUNS  # "the company" is never a person
        if (
            not other
            and not organisation
            and token.tag_ in ("NN", "NNP")
            and not ANONYMITY.search(token.sent.text)
        ):
            people = self.parties.people_with_role(words, head) or self.parties.people_with_role(
                words, token.lower_
            )
            bare = not words and any(
                c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in token.children
            )
            if _introduced_before(token) is not None or bare:
                # "A diplomat who asked not to be named … the diplomat said": that source, not a person
                # the article names with the role only later; nor is a bare "a spokeswoman" the
                # "opposition health spokeswoman, Rachel Dunn" named further down.
                people = [i for i in people if self.parties.first_named(i) < start]
        if people:
            return max(people, key=lambda i: self._last_mention(i, start))
        introduced = self._named_next(token)
        if introduced is not None:
            return introduced
        if organisation:
            introduced = self._body_named_next(token, head)
            if introduced is not None:
                return introduced
        named_after_body = self._named_after_body(token)
        if named_after_body is not None:
            return named_after_body
        parent = self._parent(token)
        label = "ORG" if organisation else "PERSON"
        if label == "ORG" and parent is not None and self.parties.of_kind(parent, head):
            return parent  # "a House panel" where "House" is the House committee named: that committee
        if label == "ORG" and parent is not None and self._kind_after_name(token, parent):
            return parent  # "the GMB union", "the Acme group": the organisation and what it is, one actor
        qualified = any(c.dep_ == "prep" for c in token.children)
        if label == "ORG" and parent is None and not qualified and self._definite_singular(token):
            named = self.parties.organisation_with_head(head)  # "the campaign": the campaign it named
            spoke = self._speaking_body_before(token) if token.dep_ == "nsubj" and named is None else None
            if spoke is not None and (
                self.parties.of_kind(spoke, head)
                or head in COMPANY_NOUNS
                and not any(self.parties.of_kind(spoke, kind) for kind in ORG_KIND_WORDS if kind != head)
            ):
                # "Lusara rejected the claim. In a statement, the company said …": the body that just spoke,
                # when the article calls it nothing else
                return spoke
            if named is None:  # "Lusoluz rejected that. The company said": the subject just before
                named = self._subject_before_of_kind(token, head)
            if named is None:  # "the company": the nearest organisation named before that can be one
                named = self.parties.organisation_of_kind(head, start)
            if named is not None and not self._another_portfolio(token, named):
                return named
        person = label == "PERSON" and head not in DOCUMENT_NOUNS  # "the release" is no one named before
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if definite and token.tag_ == "NNS" and not qualified and person:
            # "Two diplomats said … The diplomats added …": the group the article introduced before.
            same = self.parties.unnamed_with_head(token.lower_)
            if same is not None and self.parties.is_plural(same) and parent is None:
                return same
        if self._definite_singular(token) and token.tag_ == "NN" and not qualified and person:
            # "the Republican said", "said the Democratic nominee": someone the article already named.
            same = self.parties.unnamed_with_head(head)
            if same is not None:
                return same
            introduced = _introduced_before(token)
            if introduced is not None:
                named_since = self.parties.people_first_named(
                    self.index.end(introduced), start, as_subject=True
                )
                if not named_since:  # "a retired teacher asked the senator … the teacher said"
                    return self.description(introduced)
                if len(named_since) == 1:  # "A lawmaker … is calling for … Maria Torres said … The lawmaker"
                    return named_since[0]
            found = self.pronoun("", start, person=True)
            if found is not None and not self._named_only_in_what_is_said(token, found):
                return found
        start, end = self._core_phrase(token)
        phrase = self._text[start:end]
        description = re.sub(r"^(a|an|the|A|An|The)\s+", "", phrase)
        description = self._pronouns_named(token, start, end, description)
        if (
            token.pos_ == "PROPN"
            and token.tag_ == "NNP"
            and token.text[:1].isupper()
            and not self._headline_description(token)
        ):
            # A name the entity recogniser missed ("Mere Tuilagi, a spokeswoman for the ministry"); a
            # lower-case head the tagger took for a name ("Fiji's foreign ministry") is a description.
            key = description.lower()
            acronym = len(token.text) >= 2 and token.text.isupper() and token.is_alpha
            if acronym:  # "The CFSB added": the body named in full before, whose initials these are
                named = self.parties.organisation_with_initials(token.text)
                if named is not None:
                    return named
            # "the U.S. Attorney's Office for the District of X announced": a missed name of a body; an
            # acronym is a body's, never a person's.
            spoken_for = self._missed_body_of_spokesperson(start, phrase)
            if spoken_for is not None:
                return spoken_for
            kind = "ORG" if head in ORG_NOUNS or organisation_shaped(description) or acronym else "PERSON"
            return self.parties.unnamed(description, key, kind, None, (start, end, phrase), named=True)
        key = f"{head}|{parent}" if parent is not None else " ".join(description.lower().split())
        plural = token.tag_ in ("NNS", "NNPS")
        if plural and label == "PERSON" and self._identified_group(token, parent):
            # "State Department and White House officials", "Republican senators": a group the article
            # identifies by the named parties it is drawn from, listed as a party of its own.
            key = " ".join(description.lower().split())
            return self.parties.unnamed(description, key, "ORG", None, (start, end, phrase), group=True)
        description = self._named_for_parent(token, description, parent, start, end)
        # "Steindl's office said", "the MP's office said": a person's office is that person's voice, listed
        # under them, not a party of its own beside them.
        staff = head in STAFF_NOUNS and parent is not None and self.parties.label_of(parent) == "PERSON"
        # "Several Peruvian news outlets", "two Chinese firms": bodies counted are a group, no one body;
        # "an observer mission from the OAS", "a team from the WHO": a body sent from one the article
        # names, which it does not name itself: that one's voice.
        counted = (
            any(
                c.dep_ in ("det", "nummod", "amod") and (c.lower_ in QUANTIFIERS | NUMBER_WORDS or c.like_num)
                for c in token.children
            )
            and plural
        )
        sent_from = any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in token.children
        )
        if self._named_by_function(token, label, parent, plural):
            # "Brazil's foreign ministry summoned … officials at the foreign ministry said": the one state's
            # body of that function the article names
            owned = self.parties.state_body_named(description, start)
            if owned is not None:
                return owned
            # "the interior ministry said": the one body of that function, an actor the article identifies
            return self.parties.unnamed(description, key, label, None, (start, end, phrase), named=True)
        return self.parties.unnamed(
            description,
            key,
            label,
            parent,
            (start, end, phrase),
            plural=plural,
            body=not staff,
            counted=counted or sent_from,
        )

    def _missed_body_of_spokesperson(self, start: int, phrase: str) -> int | None:
        """'A Department for Schools spokesperson said': the parser made the body's missed name the subject
        and the role noun after it part of the name; the body the article names speaks through its
        spokesperson (as "the ministry said"), not a party called "… spokesperson"."""
        found = _BODY_AND_ROLE.match(phrase)
        if found is None or role_word(found.group(2)) not in SPEAKING_FOR_ROLES:
            return None
        name = found.group(1)
        if not all(w[:1].isupper() or w.lower() in ORG_FUNCTION_WORDS for w in name.split()):
            return None
        body = self.parties.find_named(name)
        if body is None:
            mention = (start + found.start(1), start + found.end(1), name)
            body = self.parties.unnamed(name, name.lower(), "ORG", None, mention, named=True)
        return body

    def _named_by_function(self, token: Token, label: str, parent: int | None, plural: bool) -> bool:
        """'The interior ministry said', 'the prosecution argued': a definite description of a body of
        which there is one (a state's ministry of a portfolio, the prosecution of a trial)."""
        head = token.lemma_.lower()
        return (
            label == "ORG"
            and parent is None
            and not plural
            and head in FUNCTION_NAMED_BODIES
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and (head == "prosecution" or any(c.dep_ in ("compound", "amod") for c in token.children))
            and not any(c.dep_ == "amod" and c.lower_ in ("former", "new", "other") for c in token.children)
        )

    def _named_for_parent(
        self, token: Token, description: str, parent: int | None, start: int, end: int
    ) -> str:
        """'A spokeswoman', 'a council spokeswoman', 'a spokesman for the agency' speaking for a named
        organisation: named as news names one, "Westmoor Water spokeswoman", so the reader sees whose voice it
        is (and two articles' spokeswomen are never one party). A description that names someone itself
        ("a spokesman for Acme", "a senior official") stays as written."""
        if parent is None or self.parties.is_unnamed(parent) or self.parties.label_of(parent) != "ORG":
            return description
        if role_word(token.lemma_) not in SPEAKING_FOR_ROLES:
            return description
        full_name = self.parties.name_of(parent)
        if full_name.islower():
            return description  # "a ministry official" of "the shipping ministry": a body with no name to add
        for t in token.subtree:
            inside = start <= self.index.start(t) < end
            if inside and t.i != token.i and not (t.is_punct or t.lower_ in NAMING_FUNCTION_WORDS):
                if self._short_form_of(t, parent, full_name):
                    continue  # "a spokeswoman for the RTA": the body's acronym, its full name written out
                if t.pos_ == "PROPN" or t.lemma_.lower() not in ORG_NOUNS | COMPANY_NOUNS:
                    return description
        return f"{full_name} {token.text.lower()}"

    def _short_form_of(self, word: Token, parent: int, full_name: str) -> bool:
        """Whether a word names the body by an acronym that its full name does not hold ("the RTA"), or by
        one word of a longer full name ("a Kestrel spokesman" of "Kestrel Insurance")."""
        if self.entity_cluster(word) != parent:
            return False
        if word.text.isupper() and len(word.text) >= 2 and word.text not in full_name.split():
            return True
        return word.pos_ == "PROPN" and word.text != full_name and word.text in full_name.split()

    def _named_modifier(self, token: Token) -> bool:
        """Whether a named party modifies a description ("a U.N. panel", "Iran's mission")."""
        return any(
            c.dep_ in ("compound", "poss") and self.entity_cluster(c) is not None for c in token.children
        )

    def _missed_organisation(self, name: Token) -> int | None:
        """A capitalised name the entity recogniser missed, in apposition to the group a spokesman speaks
        for: an organisation the article names."""
        start, end = self._core_phrase(name)
        phrase = self._text[start:end]
        words = phrase.split()
        if len(words) < 2 or not all(w[:1].isupper() or w.lower() in ORG_FUNCTION_WORDS for w in words):
            return None
        named = self.parties.find_named(phrase)
        if named is not None:
            return named
        return self.parties.unnamed(phrase, phrase.lower(), "ORG", None, (start, end, phrase), named=True)

    def _pronouns_named(self, token: Token, start: int, end: int, description: str) -> str:
        """'a person close to him': the person the pronoun refers to, so the source says whose it is."""
        for t in token.subtree:
            at = self.index.start(t)
            if not (start <= at < end) or t.dep_ != "pobj" or t.lower_ not in ("him", "her"):
                continue
            found = self.pronoun("he" if t.lower_ == "him" else "she", at)
            if found is not None:
                description = re.sub(rf"\b{t.text}\b", self.parties.name_of(found), description, count=1)
        return description

    def _identified_group(self, token: Token, parent: int | None) -> bool:
        """People described through two or more named parties ("Treasury and White House officials",
        "officials from France and Germany"), or, speaking for no party, through a political or national
        group that is no state and no party of the article ("Republican senators")."""
        named: set[int] = set()
        modifiers = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "from"):
                modifiers += [c for c in prep.children if c.dep_ == "pobj"]
        group_word = False
        for modifier in modifiers:
            for word in (modifier, *(c for c in modifier.subtree if c.dep_ == "conj")):
                cluster = self.entity_cluster(word)
                if cluster is not None and not self.parties.is_unnamed(cluster):
                    named.add(cluster)
                elif cluster is None and word.ent_type_ == "NORP" and word.dep_ in ("amod", "compound"):
                    group_word = True
        return len(named) >= 2 or (group_word and not named and parent is None)

    def _named_after_body(self, token: Token) -> int | None:
        """'A spokeswoman for the council, Priya Nair, said': the parser hangs the name on the body the
        role speaks for; a body is never a person, so the person named is the role's holder ("a lawyer
        for the victim, Jane Roe," names the victim, and is left alone)."""
        if role_word(token.lemma_) not in SPEAKING_FOR_ROLES | {"lawyer", "attorney"}:
            return None
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "at", "of", "to"):
                continue
            for body in prep.children:
                if body.dep_ != "pobj":
                    continue
                body_cluster = self.entity_cluster(body)
                is_body = body.lemma_.lower() in ORG_NOUNS | COMPANY_NOUNS or (
                    body_cluster is not None and self.parties.label_of(body_cluster) in ("ORG", "GPE")
                )
                named = next((c for c in body.children if c.dep_ == "appos"), None)
                cluster = self.entity_cluster(named) if named is not None else None
                if is_body and cluster is not None and self.parties.label_of(cluster) == "PERSON":
                    return cluster
        return None

    def _subject_before_of_kind(self, token: Token, head: str) -> int | None:
        """The named organisation that is the subject of the sentence before, in the same paragraph, when it
        can be what the description names: "Lusoluz rejected the accusation. In a statement, the company
        said …" is Lusoluz, whichever other company was named nearer."""
        cluster = self._named_subject_before(token)
        if cluster is None or not self.parties.can_be(cluster, head):
            return None
        return cluster

    def _subject_before(self, token: Token) -> Token | None:
        """The subject of the main verb of the sentence before ``token``'s, when both are in one paragraph."""
        sentence = token.sent
        if sentence.start == 0:
            return None
        before = token.doc[sentence.start - 1].sent
        if self._paragraph_of(self.index.start(before[0])) != self._paragraph_of(self.index.start(token)):
            return None
        return next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _named_subject_before(self, token: Token) -> int | None:
        """The named party that is the subject of the sentence before ``token``'s, in its paragraph (found by
        its name where the tagger missed it there), or None."""
        subject = self._subject_before(token)
        if subject is None:
            return None
        cluster = self.entity_cluster(subject)
        if cluster is None and subject.pos_ == "PROPN" and subject.text[:1].isupper():
            cluster = self.parties.find_named(subject.text)  # the tagger missed the name this time
        return cluster if cluster is not None and not self.parties.is_unnamed(cluster) else None

    def _body_named_next(self, token: Token, head: str) -> int | None:
        """The body a lede describes without its name and the next paragraphs name as a subject for the first
        time: "A police force in western England said … / Avon Valley Police said …", "A Cypriot firm said
        … / Keravnos Logistics said …" (a name that says it is one of that kind, or a company's)."""
        doc = token.doc
        indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in token.children)
        start = self.index.start(token)
        if not indefinite or token.tag_ != "NN" or self._paragraph_of(start) > 1:
            return None
        kinds = [head] + [c.lemma_.lower() for c in token.children if c.dep_ == "compound"]
        paragraph = self._paragraph_of(start)
        for t in doc[token.sent.end :]:
            if self._paragraph_of(self.index.start(t)) > paragraph + 2:
                return None
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT":
                continue
            cluster = self.entity_cluster(t)
            if cluster is None or self.parties.label_of(cluster) != "ORG" or self.parties.is_unnamed(cluster):
                continue
            if self.parties.first_named(cluster) < self.index.end(token):
                return None  # named before: the description may be another body
            return cluster if any(self.parties.can_be(cluster, kind) for kind in kinds) else None
        return None

    def _named_next(self, token: Token) -> int | None:
        """The person a description introduces and the next sentence names, as its subject, for the
        first time: "A former Treasury economist says … Mara Linde, who was the Treasury's chief
        economist, said" (a role of the person holds the description's head noun), or "… a senator in
        Chile wants the imports stopped. 'This trade harms us,' Maria Torres said" (an indefinite description
        and a person the article gives no role: a role of another kind, "Mayor X", "X, the hospital's
        director", introduces someone else)."""
        doc = token.doc
        if token.tag_ != "NN" or token.lemma_.lower() in ORG_NOUNS or token.sent.end >= len(doc):
            return None
        following = doc[token.sent.end].sent
        if not any(t.pos_ in ("VERB", "AUX") for t in following) and following.end < len(doc):
            following = doc[following.end].sent  # a title the parser cut off as a sentence: "Cmdr."
        subject = next(
            (t for t in following if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None
        )
        cluster = self.entity_cluster(subject) if subject is not None else None
        if (
            subject is not None
            and cluster is None
            and subject.lemma_ == token.lemma_
            and _qualifiers(subject) <= {t.lower_ for t in token.subtree}
        ):
            # "A lawyer for the group would not say … 'We will see,' said the lawyer, Ana Ruiz": the same
            # description, now with the name in apposition.
            named = next((c for c in subject.children if c.dep_ == "appos"), None)
            cluster = self.entity_cluster(named) if named is not None else None
            if cluster is not None and self.parties.label_of(cluster) == "PERSON":
                return cluster
        lede = self._paragraph_of(self.index.start(token)) <= 1 and token.sent.start == 0
        if subject is not None and cluster is None and lede and token.lemma_.lower() in LEADER_NOUNS:
            # "The head of Acme said … / 'We found it,' the chief executive, Ana Ruiz, told …": whoever
            # leads the body is the one the next paragraph names with a title, for the first time.
            named = next((c for c in subject.children if c.dep_ == "appos"), None)
            found = self.entity_cluster(named) if named is not None else None
            if (
                found is not None
                and self.parties.label_of(found) == "PERSON"
                and self.parties.first_named(found) >= self.index.end(token)
            ):
                return found
        if subject is None or cluster is None or self.parties.label_of(cluster) != "PERSON":
            return None
        if self.parties.first_named(cluster) < self.index.end(token):
            return None  # named before: the description is someone else
        if self.parties.has_roles(cluster):
            return cluster if self.parties.has_role_word(cluster, token.lemma_.lower()) else None
        indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in token.children)
        # A lede describes the person its next paragraph names: "The leader of the junior party on Monday
        # denied … / Ana Ruiz, whose party holds 11 seats, told reporters …".
        lede = lede or indefinite
        return cluster if lede and not any(c.dep_ == "appos" for c in subject.children) else None

    def _core_phrase(self, token: Token) -> tuple[int, int]:
        """The phrase without relative clauses and appositions: the words that name the source."""
        doc = token.doc
        cut = {
            t.i
            for c in token.children
            if (c.dep_ in _CLAUSES and not (c.dep_ == "appos" and _close_apposition(c)))
            or c.lower_ == "including"  # members, no name
            for t in c.subtree
        }
        for inner in token.subtree:  # "a panel of experts seen on Monday": a clause about a word inside
            if inner.i != token.i and inner.dep_ in ("relcl", "acl") and inner.i not in cut:
                cut.update(t.i for t in inner.subtree)
        # "12:03 Residents at the centre told us": a live blog's time stamp is no part of who speaks
        kept = [
            t
            for t in token.subtree
            if t.i not in cut and not (t.i < token.i and CLOCK_TIME.fullmatch(t.text))
        ]
        first = next(t for t in kept if not (t.is_punct or t.is_space))
        run = [first]
        for t in kept[kept.index(first) + 1 :]:
            if t.i != run[-1].i + 1:
                break
            run.append(t)
        while len(run) > 1 and (run[-1].is_punct or run[-1].is_space):
            run.pop()
        del doc
        return self.index.start(run[0]), self.index.end(run[-1])

    def _kind_after_name(self, token: Token, parent: int) -> bool:
        """'The GMB union said', 'the Acme group': an organisation's name and then the kind of body it is as a
        whole (not a part of it, "the BBC website", nor a body under it, "the UN agency"), with no other
        word: the organisation itself."""
        if token.lemma_.lower() not in WHOLE_BODY_KINDS or self.parties.label_of(parent) != "ORG":
            return False
        modifiers = [c for c in token.children if c.i < token.i and c.dep_ != "det"]
        return (
            len(modifiers) == 1
            and modifiers[0].dep_ == "compound"
            and self.entity_cluster(modifiers[0]) == parent
            and not self.parties.is_unnamed(parent)
        )

    def _another_portfolio(self, token: Token, named: int) -> bool:
        """'the energy ministry … the health ministry said': a description that names the body's function by
        a noun before its head ("health") that the named body's name, with the same head, lacks is another
        body of that kind, not the one named ("the weather service" is still "the national weather
        service")."""
        modifiers = {c.lower_ for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
        if not modifiers:
            return False
        words = {plain_word(w) for name in self.parties.names_of(named) for w in name.split()}
        return token.lower_ in words and not modifiers <= words

    @staticmethod
    def _definite_singular(token: Token) -> bool:
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in token.children)
        return definite and token.tag_ in ("NN", "NNP")

    def index_text(self, start: int, end: int) -> str:
        return self._text[start:end]

    def _headline_description(self, token: Token) -> bool:
        """A capitalised head in a headline set in title case ("Former White House Doctor Says …") that
        the article writes in lower case elsewhere ("the former doctor") is a description, not a name."""
        start, end = self.index.start(token), self.index.end(token)
        line_start = self._text.rfind("\n", 0, start) + 1
        if not self._title_case_line(line_start, end):
            return False
        if self._lower_words is None:
            self._lower_words = {w for w in re.findall(r"[\w'’-]+", self._text) if w.islower()}
        return token.text.lower() in self._lower_words

    def _title_case_line(self, line_start: int, end: int) -> bool:
        """Whether the line starting at ``line_start`` is set in title case; found once per line (a text
        without line breaks is one line, and every capitalised head in it would read all of it)."""
        known = self._title_case_lines.get(line_start)
        if known is None:
            line_end = self._text.find("\n", end)
            words = re.findall(
                r"[A-Za-z][\w'’-]*", self._text[line_start : line_end if line_end >= 0 else None]
            )
            known = len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
            self._title_case_lines[line_start] = known
        return known

    def _parent(self, token: Token) -> int | None:
        """The organisation (or person) an unnamed source speaks for; a former member speaks for none
        ("a former White House doctor")."""
        if any(c.dep_ == "amod" and c.lower_ == "former" for c in token.children):
            return None
        for child in token.children:
            # "a spokesman for the trade group Safe Roads Now", "a lawyer for the group, Safe Roads Now,": the
            # parser hangs the group's name on the spokesman; it is whom the spokesman speaks for.
            if child.dep_ != "appos" or token.lemma_.lower() not in PERSON_ROLES:
                continue
            found = self.entity_cluster(child)
            if found is None and child.tag_ in ("NNP", "NNPS") and child.text[:1].isupper():
                found = self._missed_organisation(child)  # "the trade group America's Health Plans"
            if found is not None and self.parties.label_of(found) == "ORG":
                return found
        # "an Albright supporter from Marietta", "a Treasury official from Ohio": the named party written
        # before the role is whom they act for; "from" says only where they come from.
        named_before = any(
            c.dep_ in ("compound", "poss") and self.entity_cluster(c) is not None for c in token.children
        )
        # "officials at the agency", "a spokeswoman at the ministry": those who speak for a body work at it
        speaks_for = role_word(token.lemma_) in SPEAKING_FOR_ROLES
        for child in token.children:
            if child.dep_ == "prep" and (
                child.lower_ in ("for", "of", "from") or speaks_for and child.lower_ == "at"
            ):
                if child.lower_ == "from" and named_before:
                    continue
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self._named_in_apposition(obj)
                        if found is None:
                            found = self.entity_cluster(obj)
                        if (
                            found is None and obj.pos_ == "NOUN"
                        ):  # "for the trade group Safe Streets Alliance"
                            found = self._named_apposition(obj)
                        common = obj.pos_ == "NOUN" or obj.pos_ == "PROPN" and obj.text.islower()
                        if found is None and common and not self._named_modifier(token):
                            # (not "a U.N. panel of experts": the named body, not its members; a lower-case
                            # "ministry" the tagger took for a name is a common noun)
                            found = self.description(obj)
                        if (
                            found is None
                            and token.pos_ == "NOUN"
                            and obj.tag_ in ("NNP", "NNPS")
                            and obj.text[:1].isupper()
                        ):
                            # "the director of Casco Bay Rowing": a body's name the entity recogniser missed
                            found = self._missed_organisation(obj)
                        if found is not None:
                            return found
        for child in token.children:
            if child.dep_ in ("compound", "poss", "amod", "nmod"):
                found = self.entity_cluster(child)
                if found is None and child.dep_ in ("compound", "poss") and child.lemma_.lower() in ORG_NOUNS:
                    # "a campaign aide", "the ministry's spokesman": the one the article named; "an agency
                    # spokeswoman": the nearest agency named before
                    kind = child.lemma_.lower()
                    found = self.parties.organisation_with_head(kind)
                    if found is None:
                        found = self.parties.organisation_of_kind(kind, self.index.start(child))
                if found is None and child.ent_type_ == "NORP":
                    found = self.parties.group_named(child.text)  # "Republican senators": Republicans
                if found is None and child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
                    # "the MP's office", "the minister's spokesman": the one person the article gave the role
                    people = self.parties.people_with_role(set(), child.lemma_.lower())
                    found = people[0] if len(people) == 1 else None
                if found is not None:
                    return found
        return self._organisation_spoken_for(token)

    def _organisation_spoken_for(self, token: Token) -> int | None:
        """'Acme disputed the figures. A spokeswoman said …': a spokesperson the article gives no body speaks
        for the organisation that was the last subject before, in its paragraph or the one before it; not
        when that subject is a person (whose own spokesman he may be) or the description says more."""
        if role_word(token.lemma_) != "spokesperson" or any(
            c.dep_ in ("compound", "poss", "amod", "nmod", "prep", "appos") for c in token.children
        ):
            return None
        start = self.index.start(token)
        described = self._body_described_before(token)
        if described is not None:  # "The museum has said little. A spokeswoman said …": the museum
            return described
        paragraph = self._paragraph_of(start)
        for i in range(bisect_left(self._salient, (start, -1, False)) - 1, -1, -1):
            offset, cluster, is_subject = self._salient[i]
            if self._paragraph_of(offset) < paragraph - 1:
                return None
            if not is_subject or self.parties.is_unnamed(cluster):
                continue
            return cluster if self.parties.label_of(cluster) in ("ORG", "GPE") else None
        return None

    def _body_described_before(self, token: Token) -> int | None:
        """The named organisation that the sentence before has as its subject under a description ("the
        museum", "the company"), in the same paragraph: whom a spokesperson given no body speaks for."""
        subject = self._subject_before(token)
        if (
            subject is None
            or subject.pos_ != "NOUN"
            or subject.lemma_.lower() not in ORG_NOUNS | COMPANY_NOUNS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        ):
            return None
        found = self.description(subject)
        if (
            found is None
            or self.parties.is_unnamed(found)
            or self.parties.label_of(found) not in ("ORG", "GPE")
        ):
            return None
        return found

    def _last_mention(self, cluster: int, before: int) -> int:
        for i in range(bisect_left(self._salient, (before, -1, False)) - 1, -1, -1):
            offset, found, _ = self._salient[i]
            if found == cluster:
                return offset
        return -1

    def pronoun(
        self,
        word: str,
        at: int,
        person: bool = False,
        sentence_start: int | None = None,
        exclude: int | None = None,
        people: bool = False,
    ) -> int | None:
        """The party a pronoun at ``at`` refers to. With ``sentence_start``, a he or she whose own
        sentence names one fitting person before it and no fitting subject ("Given Linde's
        record, it is no surprise that she says …") refers to that person."""
        parties = self.parties

        def one_person(c: int) -> bool:
            return parties.label_of(c) == "PERSON" and not parties.is_plural(c)

        if person:
            gender = None
            fits = one_person
        elif word in MALE_PRONOUNS or word in FEMALE_PRONOUNS:
            gender = "m" if word in MALE_PRONOUNS else "f"

            def fits(c: int) -> bool:
                return one_person(c) and parties.gender_of(c) in (None, gender)
        elif word in THING_PRONOUNS:
            gender = None

            def fits(c: int) -> bool:
                return parties.label_of(c) in ("ORG", "GPE")
        elif word in GROUP_PRONOUNS and people:  # "one of them": a group of people, never a state
            gender = None

            def fits(c: int) -> bool:
                return parties.label_of(c) == "PERSON" and parties.is_plural(c)
        elif word in GROUP_PRONOUNS:
            gender = None

            def fits(c: int) -> bool:
                return parties.label_of(c) in ("ORG", "GPE") or parties.is_plural(c)
        else:
            return None
        paragraph = self._paragraph_of(at)
        end = bisect_right(self._salient, (at, -1, False))
        found = None
        if sentence_start is not None and gender:
            begin = bisect_left(self._salient, (sentence_start, -1, False))
            named = [e for e in self._salient[begin:end] if fits(e[1]) and e[1] != exclude]
            if len({cluster for _, cluster, _ in named}) == 1 and not any(subject for *_, subject in named):
                found = named[0][1]
        passes = ((True, _LOOKBACK_PARAGRAPHS), (False, _LOOKBACK_PARAGRAPHS_ANY)) if found is None else ()
        for subjects_only, lookback in passes:
            for i in range(end - 1, -1, -1):  # backwards by index: a reversed slice would copy the list
                offset, cluster, is_subject = self._salient[i]
                if paragraph - self._paragraph_of(offset) > lookback:
                    break
                if (is_subject or not subjects_only) and cluster != exclude and fits(cluster):
                    found = cluster
                    break
            if found is not None:
                break
        if found is not None and gender:
            self.parties.set_gender(found, gender)
        return found


def _hyphen_joined(token: Token) -> Token | None:
    """The noun a hyphenated role ends in when the tagger split it and took its prefix for the subject
    ("co-founder", "vice-chair", "ex-minister"): "co" said, but the role that holds the apposition is
    "founder"."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_:
        return None
    hyphen, rest = doc[token.i + 1], doc[token.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or rest.pos_ not in ("NOUN", "PROPN"):
        return None
    if not token.is_alpha or token.text[:1].isupper() and token.i != token.sent.start:
        return None  # "Ashcombe-based", "Anne-Marie": a name, not a role's prefix
    return rest if rest.head in (token, token.head) and rest.head != rest else None


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def organisation_kinds(ent: Span) -> list[str]:
    """The nouns an organisation's name is set in apposition with ("The company, Acme Rail,", "Acme Rail, a
    freight carrier,", "the consumer group Safe Roads Now") or written before it ("the rating agency Fenwick
    Ratings"): what the article calls it."""
    root = ent.root
    if _dateline(root):
        return []  # "BRISTOL, England — A police force … said": the parser's apposition runs across the dash
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    # "the rating agency Fenwick Ratings", "the sportswear company Arvo": the kind written before the name
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (
        before.head.i == root.i
        and before.dep_ == "compound"
        or before.head.i == root.head.i
        and before.dep_ == root.dep_ != "ROOT"  # parsed as a second subject
    ):
        nouns.append(before)
    # "battery maker Acme Systems", "the rail operator Nordbane": a common noun written before the name
    nouns += [c for c in root.children if c.dep_ == "compound" and c.i < ent.start and c not in nouns]
    head = root.head
    if root.dep_ in NAMING_COMPLEMENT_DEPS and head.lemma_ in NAMING_VERBS and head.dep_ == "acl":
        # "a loyalty scheme called SkyPlus", "a group calling itself Keep X Rural": the noun it names
        nouns.append(head.head)
    kinds = [n.lemma_.lower() for n in nouns if n.pos_ == "NOUN" and n.ent_type_ == ""]
    return kinds + ["outlet"] if _news_outlet(root) else kinds


def _news_outlet(root: Token) -> bool:
    """A name used as a news outlet: told things ("told Reuters that …", not "told Acme to stop"), reporting
    them ("the Daily Ledger reported that …"), or giving an interview ("in an interview with Bloomberg")."""
    verb = root.head
    if root.dep_ in ("dobj", "dative") and verb.lemma_ == "tell":
        return not any(c.dep_ == "xcomp" for c in verb.children)
    if root.dep_ == "nsubj" and verb.lemma_ == "report":
        return any(c.dep_ == "ccomp" for c in verb.children) or verb.dep_ in ("parataxis", "ccomp")
    return root.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() == "interview"


def _name_read_as_clause(child: Token) -> bool:
    """'The group, Save the Reef, said': a name that opens with a verb, set off by a comma, which the parser
    read as a clause about the noun."""
    doc = child.doc
    return (
        child.dep_ == "acl"
        and child.is_title
        and child.ent_type_ != ""
        and child.i > 0
        and doc[child.i - 1].text == ","
        and child.i > child.head.i
    )


def _name_read_as_modifier(child: Token) -> bool:
    """'The UN refugee agency, UNHCR, said', 'his wife, Sandra, said': a name set off by commas after the
    noun, which the parser hung on it as a modifier rather than an apposition: it names the noun."""
    doc = child.doc
    return (
        child.dep_ in ("npadvmod", "dep")
        and child.ent_type_ in ("PERSON", "ORG", "GPE")
        and child.i > child.head.i
        and child.left_edge.i > 0
        and doc[child.left_edge.i - 1].text == ","
        and doc[child.left_edge.i - 1].head.i == child.head.i
    )


def _close_apposition(appos: Token) -> bool:
    """An apposition written without a comma: "the trade group Safe Roads Now" names the group."""
    before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    return before is not None and not before.is_punct


def _fronted_setting(token: Token) -> Token | None:
    """The apposition the parser hung on a subject that is the setting a sentence opens with ("Outside
    court, Kell's solicitor, X, said", "Inside the chamber, the speaker said"): the real subject."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PROPN":
        return None
    first = token.left_edge
    if first.lower_ not in FRONTED_SETTING_WORDS or first.i != first.sent.start or first.i == token.i:
        return None
    after = token.i + 1
    if after >= len(token.doc) or token.doc[after].text != ",":
        return None
    # the speaker as the setting's apposition or conjunct, or as a second subject of the verb
    real = next((c for c in token.children if c.dep_ in ("appos", "conj") and c.i > after), None) or next(
        (c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > after), None
    )
    if real is not None and real.pos_ == "NOUN":
        # "Kell's solicitor, Jonathan Reyes,": in that misparse the name is the role's conjunct
        name = next(
            (c for c in real.children if c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON"), None
        )
        return name if name is not None else real
    return real


def _dateline(token: Token) -> bool:
    """A place in capitals opening a paragraph before a dash: "CANBERRA —", "LAGOS, Nigeria —"."""
    doc = token.doc
    first = token.left_edge.i
    if not token.text.isupper() or len(token.text) < 3:
        return False
    if first > 0 and "\n" not in doc[first - 1].text and not doc[first - 1].is_space:
        return False
    return _dateline_dash(token) > token.i


def _dateline_dash(token: Token) -> int:
    """Where the dash after a dateline's place is ("LAGOS, Nigeria —", "HALIFAX, Nova Scotia —", "LISBON,
    April 8, 2026 —", "OSLO (Reuters) —", and wire copy's spaced hyphen, "GENEVA (Reuters) - "), else -1:
    only names, numbers and punctuation come between."""
    doc = token.doc
    for between in doc[token.i + 1 : token.i + 10]:
        if between.text in ("—", "–", "--"):
            return between.i
        if between.text == "-" and between.whitespace_ and doc[between.i - 1].whitespace_:
            return between.i
        if not (between.is_punct or between.like_num or between.pos_ == "PROPN"):
            return -1
    return -1


def _age_indices(token: Token) -> set[int]:
    """The tokens of an age ("58", "-", "year", "-", "old") in a description's phrase."""
    doc = token.doc
    found: set[int] = set()
    for t in token.subtree:
        if (
            t.like_num
            and t.i + 4 < len(doc)
            and AGE_DESCRIPTION.match(doc[t.i : t.i + 5].text.replace(" ", ""))
        ):
            found.update(range(t.i, t.i + 5))
    return found


def _age_description(token: Token) -> bool:
    """'the 58-year-old': an age as the whole description (the parser makes "old" its head)."""
    return token.lower_ == "old" and token.i - 4 in _age_indices(token)


def _group_before(token: Token) -> Token | None:
    """The group a bare quantifier refers back to: the nearest plural noun that was the subject of one of
    the few sentences before ("Residents lined up. Many said …"; "Others questioned …")."""
    doc = token.doc
    sentences = 0
    i = token.sent.start - 1
    while i >= 0 and sentences < _GROUP_LOOKBACK_SENTENCES:
        sentence = doc[i].sent
        for t in reversed(sentence):
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ == "NOUN"
                and t.tag_ == "NNS"
                and t.lower_ not in BARE_GROUP_QUANTIFIERS
                and t.lemma_.lower() not in QUANTIFIERS
            ):
                return t
        sentences += 1
        i = sentence.start - 1
    return None


def _described_by_relative(token: Token) -> Token | None:
    """'those who spoke', 'those who attended': a pointing pronoun that only its relative clause describes
    (the token, or None when it is not one)."""
    if token.lower_ in RELATIVE_HEAD_PRONOUNS and any(c.dep_ == "relcl" for c in token.children):
        return token
    return None


def _quantified_group(token: Token) -> Token | None:
    """The group of a quantifier head: "many of them", "most of the nurses", "two of the officials"."""
    if token.lemma_.lower() not in QUANTIFIERS and token.pos_ != "NUM":
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


# Dependencies of a noun that describes someone named, not someone new: "Smith is a lawyer", "named
# him an adviser" (and an apposition to a person's name: "Smith, a lawyer,").
PREDICATIVE = frozenset({"attr", "oprd", "acomp"})
# How far back "the teacher" looks for the "a retired teacher" it refers to.
_INTRODUCED_WITHIN_TOKENS = 300
# How far back a pronoun after a closing quotation mark looks for the mark that opened it.
_QUOTATION_WITHIN_TOKENS = 200
# How many sentences back "Many said" looks for the group it refers to.
_GROUP_LOOKBACK_SENTENCES = 3


def _introduced_before(token: Token) -> Token | None:
    """The indefinite noun phrase with the same head that a definite description refers back to: "a
    retired teacher" for "the teacher", in the same chunk and not far before; never one that describes
    someone named ("Smith is a lawyer … the lawyer said" is Smith, by role)."""
    doc = token.doc
    same = _indefinite_nouns(doc).get((token.lemma, token.tag), [])
    for at in reversed(
        same[bisect_left(same, token.i - _INTRODUCED_WITHIN_TOKENS) : bisect_left(same, token.i)]
    ):
        earlier = doc[at]
        describes = (
            earlier.dep_ in PREDICATIVE or earlier.dep_ == "appos" and earlier.head.ent_type_ == "PERSON"
        )
        if not describes:
            return earlier
    return None


def _indefinite_nouns(doc: Doc) -> dict[tuple[int, int], list[int]]:
    """The tokens with an indefinite article ("a retired teacher"), by lemma and tag, in order: found once
    for the Doc, as positions (every definite description looks back for one)."""
    found = doc.user_data.get("briefing.indefinite_nouns")
    if found is None:
        found = {}
        for article in doc:
            if article.dep_ == "det" and article.lower_ in INDEFINITE_ARTICLES:
                noun = article.head
                found.setdefault((noun.lemma, noun.tag), []).append(noun.i)
        for positions in found.values():
            positions[:] = sorted(set(positions))
        doc.user_data["briefing.indefinite_nouns"] = found
    return found


def _document_before(pronoun: Token) -> Token | None:
    """The document an "it" that speaks refers to: the last document noun of the sentence before,
    or of its own sentence before it, when no name comes after that noun's phrase ("The ministry
    released a report on Monday. It says …")."""
    if pronoun.dep_ != "nsubj":
        return None
    doc, sentence = pronoun.doc, pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    names: list[int] = []
    for token in reversed(doc[start : pronoun.i]):
        if token.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"):
            names.append(token.i)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS:
            if token.dep_ == "pobj" and token.head.lower_ in MEDIUM_PREPOSITIONS:
                # "In a statement on its website, it called …", "X said in a letter. It added …": the
                # document is how someone spoke, and "it" is that someone.
                return None
            # A name after the document, outside its own phrase ("… issued by the agency" is inside),
            # is nearer: "it" may be that organisation.
            inside = range(token.left_edge.i, token.right_edge.i + 1)
            return token if all(i in inside for i in names) else None
    return None


def _qualifiers(role: Token) -> set[str]:
    """The words that say which holder of a role it is ("Eastbrook's athletic director"): a description
    without them ("the director of the club") may be someone else."""
    return {
        t.lower_
        for c in role.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
        for t in c.subtree
        if not t.is_punct and t.dep_ != "case"
    }
