"""What a statement does: claim, denial, non-denial, confirmation or refusal.

The label comes from the cue, whether the cue is negated, and the words of
the statement, tried in this order (the first rule that fires wins):

1. A refusal verb ("declined", "refused") or a negated verb of telling ("did
   not say", "would not comment") is a refusal, unless what is declined is a
   yes-or-no answer about the report ("to say whether", "to confirm or
   deny"): answering around a report without denying it is a non-denial.
2. A negated verb of denying or confirming ("did not deny", "would not
   confirm", "neither confirmed nor denied") is a non-denial.
3. Words that decline to comment in the statement itself ("I am not going to
   get into details", "no comment", "can't speak to") make a refusal.
4. A verb of denying or rejecting ("denied", "dismissed", "disputed") is a
   denial; one of confirming or admitting ("confirmed", "acknowledged") a
   confirmation.
5. Not remembering whether something happened is a non-denial.
6. Denial vocabulary in the statement ("untrue", "false", "baseless", "no
   truth", "a sham", "at no time") is a denial, and so is denying that
   something exists ("there is no side deal", but not "there is no doubt").
7. The speaker negating its own act ("it has not held any negotiations", "he
   had no knowledge", "I did not know") is a denial: the subject is the
   speaker (first person, a pronoun in reported speech, or a word of the
   speaker's name) and the verb is negated in the past or present, not with a
   modal of the future or of opinion ("would not agree" is a claim, as is
   "I don't think").
8. Admissions ("that's correct", "misspoke", "was a mistake", "taken
   responsibility") are confirmations.
9. A statement given in answer to a report, query or accusation ("said in a
   statement responding to a query on the report") that neither denies nor
   confirms is a non-denial.
10. Everything else is a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


DENY_VERBS = frozenset(
    "deny reject dismiss dispute refute rebut disavow repudiate contest debunk disclaim deride "
    "contradict".split()
)
CONFIRM_VERBS = frozenset("confirm acknowledge admit concede affirm verify corroborate".split())
REFUSE_VERBS = frozenset({"decline", "refuse"})
# Verbs of telling whose negation withholds an answer ("did not say when").
TELLING_VERBS = frozenset(
    "say tell comment discuss elaborate specify disclose reveal answer explain detail address identify "
    "name provide give confirm deny".split()
)
_WHETHER = re.compile(r"^(to\s+(say|confirm|deny|comment on|discuss|disclose)\s+)?(whether|if)\b")
_CONFIRM_OR_DENY = re.compile(
    r"\b(confirm\w*\s+(or|nor)\s+den\w*|den\w*\s+(or|nor)\s+confirm\w*|neither\s+confirm\w*)\b"
)
_REFUSAL_WORDS = re.compile(
    r"\b(no comment|declin\w* to comment|"
    r"(not|n't|never|won't|cannot|can't)\s+(be\s+)?(going to\s+|gonna\s+|able to\s+|in a position to\s+|"
    r"prepared to\s+|about to\s+|want to\s+|qualified to\s+|allowed to\s+|even\s+)?"
    r"(get into|go into|comment|discuss|speak to|speak about|speak for|speculate|elaborate|weigh in|"
    r"talk about|get ahead of|characterize|share details|disclose|provide details|tell you|tell us)|"
    r"outside the scope|"
    r"(not|n't|won't|cannot|can't)\s+(be\s+)?(going to\s+|able to\s+|prepared to\s+)?"
    r"(give|provide|share|release|put)\s+(you\s+|out\s+)?(a |any |the )?"
    r"(figures?|numbers?|details|specifics|names|a date|a timeline|information))\b"
)
_NOT_REMEMBER = re.compile(
    r"\b(not|n't|never)\s+(recall|remember)\b|\bno (recollection|memory) of\b|"
    r"\b(not|n't)\s+aware (of )?whether\b"
)
_DENIAL_WORDS = re.compile(
    r"\b(untrue|not true|false|falsely|falsehoods?|baseless|groundless|unfounded|no truth|"
    r"no basis|without (any )?(merit|basis|foundation)|fabricat\w+|made[- ]up|made it up|fake|"
    r"sham|hoax|witch[- ]hunt|lies|lying|liars?|nonsense|absurd|ridiculous|categorically|"
    r"not credible|no evidence|mischaracteri[sz]\w*|misrepresent\w*|distort\w*|inaccurate|misleading|"
    r"at no time|nothing to do with|no (role|involvement|knowledge|indication|part|proof)\b|"
    r"illegitimate|debunked|bogus|slander\w*|defamatory|charade|farce|in shambles|hit (job|piece)|"
    r"politically motivated)\b"
)
# "There is no side deal": denies that something exists; not "there is no doubt" or "no way".
_NOTHING_THERE = re.compile(
    r"(?<!if )(?<!whether )\bthere(?:'s| is| was| are| were| has been| have been| had been|"
    r" has never been| have never been)"
    r"\s+(?:no|never|nothing)\b(?!\s+(?:doubt|question|way|reason|need|one|other|better|shortage|end|telling))"
)
_CONFIRMATION_WORDS = re.compile(
    r"\b((that|it)('s| is| was) (correct|right|true|accurate)|misspoke|(was|is) a mistake|"
    r"made a mistake|(take|takes|taken|took|taking) (full )?responsibility|apologi[sz]\w*|i regret|"
    r"we regret)\b"
)
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nothing", "none", "nobody", "neither", "nor"})
# A negated verb of opinion or wish states a view, it does not deny an act.
_OPINION_VERBS = frozenset(
    "think believe expect want like feel hope see agree suppose imagine seem appear need wish mind care "
    "doubt".split()
)
_HYPOTHETICAL_MODALS = frozenset("will would could can should might may shall must 'll wo ca".split())
# Answering a report or an accusation without denying it is a non-denial.
_ANSWERS_REPORT = re.compile(
    r"\b(in response to|responding to|in reply to|replying to|asked about|when asked about)\b[^;]{0,60}?"
    r"\b(report|reports|reporting|query|queries|allegations?|accusations?|claims?|charges?|story|stories|"
    r"onslaught|attacks?|article|inquiry|inquiries)\b"
)
_FIRST_PERSON = frozenset({"i", "we"})
_PARTIAL = frozenset({"always", "necessarily", "entirely", "fully", "just", "only", "yet"})
ORGANISATION = "<organisation>"  # put among the speaker words when the speaker is an organisation
_THIRD_PERSON = frozenset({"he", "she", "it", "they"})
_OWN_POSSESSIVES = frozenset({"my", "our", "his", "her", "its", "their"})


def _lower_text(tokens: Sequence[Token]) -> str:
    return " ".join(t.lower_ for t in tokens).replace(" n't", "n't").replace(" 's", "'s").replace("’", "'")


def _is_negated(verb: Token) -> bool:
    """Negated by 'not'/'never', or by a 'no …' object or 'at no time'."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "neither", "nor"):
            return True
        if child.dep_ in ("dobj", "attr") and (
            child.lower_ in ("nothing", "none") or any(d.lower_ == "no" for d in child.children)
        ):
            return True
        if child.dep_ == "prep" and any(
            p.dep_ == "pobj" and any(d.lower_ == "no" for d in p.children) for p in child.children
        ):
            return True
    return False


def _has_hypothetical_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in verb.children)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
    return None


def _is_speaker(subject: Token, kind: str, speaker_words: frozenset[str]) -> bool:
    word = subject.lower_
    if word in _FIRST_PERSON:
        return True
    if word in _THIRD_PERSON:
        # In a quotation "it" is the speaker only when an organisation speaks of itself.
        return kind != "direct" or (word == "it" and ORGANISATION in speaker_words)
    if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in subject.children):
        return True  # "her client did not intend": the speaker answering for its own side
    return subject.lower_ in speaker_words or subject.lemma_.lower() in speaker_words


def _main_verbs(content: Sequence[Token]) -> list[Token]:
    """The verbs heading the content's clauses: its roots and the verbs joined to them, not embedded ones."""
    first, last = content[0].i, content[-1].i
    roots = [t for t in content if t.head.i < first or t.head.i > last or t.head.i == t.i or t.dep_ == "ROOT"]
    found = []
    while roots:
        token = roots.pop()
        if token.pos_ in ("VERB", "AUX"):
            found.append(token)
        roots.extend(c for c in token.children if c.dep_ == "conj" and first <= c.i <= last)
    return found


def denies_own_act(content: Sequence[Token], kind: str, speaker_words: frozenset[str]) -> bool:
    """Whether a main clause of the content has the speaker as subject of a negated past or present verb."""
    if not content:
        return False
    for verb in _main_verbs(content):
        if verb.lemma_.lower() in _OPINION_VERBS | _HYPOTHETICAL_MODALS or _has_hypothetical_modal(verb):
            continue
        if any(c.lower_ in _PARTIAL for c in verb.children) or not _is_negated(verb):
            continue  # "didn't always follow through" concedes, it does not deny
        subject = _subject(verb)
        if subject is not None and _is_speaker(subject, kind, speaker_words):
            return True
    return False


def _speaker_withholds_denial(content: Sequence[Token], kind: str, speaker_words: frozenset[str]) -> bool:
    """'We neither confirm nor deny', 'it did not deny': the speaker, not someone it quotes."""
    for token in content:
        if token.lemma_.lower() in DENY_VERBS | CONFIRM_VERBS and token.pos_ == "VERB":
            negated = _is_negated(token) or (token.dep_ == "conj" and _is_negated(token.head))
            subject = _subject(token) or (_subject(token.head) if token.dep_ == "conj" else None)
            if negated and subject is not None and _is_speaker(subject, kind, speaker_words):
                return True
    return False


def classify(
    cue_lemma: str | None,
    cue_negated: bool,
    content: Sequence[Token],
    kind: str,
    speaker_words: frozenset[str] = frozenset(),
    cue_text: str = "",
    context: str = "",
) -> str:
    """The stance of one statement; the rules and their order are in the module docstring."""
    lemma = (cue_lemma or "").lower()
    text = _lower_text(content)
    cue_lower = cue_text.lower()
    if lemma in REFUSE_VERBS or (cue_negated and lemma in TELLING_VERBS - DENY_VERBS - CONFIRM_VERBS):
        if _WHETHER.search(text) or _CONFIRM_OR_DENY.search(text):
            return "non_denial"
        return "refusal"
    if (cue_negated and lemma in DENY_VERBS | CONFIRM_VERBS) or _CONFIRM_OR_DENY.search(cue_lower):
        return "non_denial"
    if _speaker_withholds_denial(content, kind, speaker_words):
        return "non_denial"
    if _REFUSAL_WORDS.search(text):
        return "refusal"
    if lemma in DENY_VERBS and not cue_negated:
        return "denial"
    if lemma in CONFIRM_VERBS and not cue_negated:
        return "confirmation"
    if _NOT_REMEMBER.search(text):
        return "non_denial"
    if (
        _DENIAL_WORDS.search(text)
        or _NOTHING_THERE.search(text)
        or denies_own_act(content, kind, speaker_words)
    ):
        return "denial"
    if _CONFIRMATION_WORDS.search(text):
        return "confirmation"
    if _ANSWERS_REPORT.search(context.lower()):
        return "non_denial"
    return "claim"
