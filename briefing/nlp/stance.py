"""What a statement does: claim, denial, non-denial, confirmation or refusal.

The label comes from the cue, whether the cue is negated, and the words of
the statement, tried in this order (the first rule that fires wins):

1. A refusal verb ("declined", "refused") or a negated verb of telling ("did
   not say", "would not comment") is a refusal, unless what is declined is a
   yes-or-no answer about the report ("to say whether", "to confirm or
   deny"): answering around a report without denying it is a non-denial.
2. A negated verb of denying or confirming ("did not deny", "would not
   confirm", "neither confirmed nor denied", "stopped short of denying") is a
   non-denial.
3. Words that decline to comment in the statement itself ("I am not going to
   get into details", "no comment", "we will not be commenting", "I would
   rather not add to it") make a refusal.
4. A verb of denying or rejecting ("denied", "dismissed", "disputed", "pushed
   back") is a denial, and so is the reason given with it ("rejected the
   report, saying every trip was paid for"); a verb of confirming or
   admitting ("confirmed", "acknowledged") makes a confirmation.
5. Content that reports the speaker's side withholding an answer ("the
   agency declined to say whether …") is a non-denial, or a refusal when no
   yes-or-no answer is withheld.
6. Not remembering whether something happened, taking note of a report
   without answering it ("is reviewing the allegations", "we take these
   concerns seriously") is a non-denial.
7. Denial vocabulary in the statement ("untrue", "false", "baseless", "no
   truth", "a sham", "at no time", "not what happened", "said only that") is a
   denial; so is defending one's own word ("my answers were truthful", "what I
   said is consistent with …") and denying that something exists ("there is
   no side deal", but not "there is no doubt").
8. The speaker negating its own act ("it has not held any negotiations", "he
   had no knowledge", "I did not know") is a denial: the subject is the
   speaker (first person, a pronoun in reported speech, or a word of the
   speaker's name) and the verb is negated in the past or present, not with a
   modal of the future or of opinion ("would not agree" is a claim, as is
   "I don't think"). A habit or policy ("we do not negotiate with
   kidnappers"), an intention ("we are not going to cut corners") and a
   comparison ("we have never been stronger") are claims.
9. Admissions ("that's correct", "misspoke", "was a mistake", "we made
   mistakes", "I may have misspoken") are confirmations, unless only supposed
   ("if we were wrong …").
10. Granting the alleged fact for argument's sake ("if they did stay there,
   it only shows …"), or a statement given in answer to a report, query,
   accusation or yes-or-no question ("asked whether …") that neither denies
   nor confirms, is a non-denial.
11. Everything else is a claim.
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
    r"talk about|get ahead of|characterize|share details|disclose|provide details|tell you|tell us|"
    r"getting into|going into|commenting|discussing|speculating|elaborating|talking about|"
    r"say (any )?more|say anything|say much)|"
    r"\b(rather not|prefer not to) (add|comment|say|discuss|get into|go into|speculate|elaborate)|"
    r"outside the scope|"
    r"(not|n't|won't|cannot|can't)\s+(be\s+)?(going to\s+|able to\s+|prepared to\s+)?"
    r"(give|provide|share|release|put)\s+(you\s+|out\s+)?(a |any |the )?"
    r"(figures?|numbers?|details|specifics|names|a date|a timeline|information))\b"
)
# The content reports that the speaker's side withholds an answer ("the agency declined to say whether").
_WITHHOLDS_WHETHER = re.compile(
    r"\b(declin\w*|refus\w*|(would|will|did|could)( not|n't)) (to )?(say|confirm|disclose|answer|specify) "
    r"(whether|if)\b"
)
_WITHHOLDS = re.compile(
    r"\b(declin\w*|refus\w*) to (comment|say|discuss|elaborate|provide|give|disclose|answer|specify|"
    r"identify|name|release)\b"
)
# Taking note of a report without answering it: "the bank said it was reviewing the allegations".
_LOOKING_INTO = re.compile(
    r"\b(review\w*|look\w* (into|at)|examin\w*|investigat\w*|study\w*|studying|aware of|assess\w*) "
    r"(the|these|those|this|such|its|their) (report|reports|findings|allegations?|claims?|accusations?|"
    r"complaints?|concerns?|matter|story)\b|"
    r"\btakes? (these|the|such|all|any|this) (concerns?|allegations?|claims?|reports?|complaints?|matter) "
    r"(very )?seriously\b|"
    r"\bstop\w* short of (deny|denying|confirm|confirming)\b"
)
_NOT_REMEMBER = re.compile(
    r"\b(not|n't|never)\s+(recall|remember)\b|\bno (recollection|memory) of\b|"
    r"\b(not|n't)\s+aware (of )?whether\b"
)
_DENIAL_WORDS = re.compile(
    r"\b(untrue|not true|falsely|falsehoods?|baseless|groundless|unfounded|no truth|"
    # "false" judges a claim ("is false", "false allegations"), not "broadcast a false position"
    r"(is|are|was|were|be|been|completely|totally|entirely|simply|patently|demonstrably|utterly|absolutely|"
    r"categorically|wholly) false|false (claims?|allegations?|accusations?|reports?|reporting|narratives?|"
    r"stor(y|ies)|information|statements?|charges?|assertions?|rumou?rs?)|false\W*$|"
    r"no basis|without (any )?(merit|basis|foundation)|fabricat\w+|made[- ]up|made it up|fake|"
    r"sham|hoax|witch[- ]hunt|lies|lying|liars?|nonsense|absurd|ridiculous|categorically|"
    r"not credible|no evidence|mischaracteri[sz]\w*|misrepresent\w*|distort\w*|inaccurate|misleading|"
    r"at no time|nothing to do with|no (role|involvement|knowledge|indication|part|proof)\b|"
    r"illegitimate|debunked|bogus|slander\w*|defamatory|charade|farce|in shambles|hit (job|piece)|"
    r"politically motivated|smears?|unsubstantiated|pure fiction|conspiracy theor\w*|no wrongdoing|"
    r"nothing wrong|not (true|accurate|correct)|(is|was|are|were)n't (true|accurate|correct)|"
    r"not what (happened|took place|was said|i said|we said)|(never|not|n't) happen(ed)?|"
    r"(said|says|found|concluded|stated) only that|only (said|says|stated) that)\b"
)
# Defending one's own word against a charge of lying: "my answers were truthful", "what I said is
# consistent with what I told the FBI".
_OWN_WORD_STANDS = re.compile(
    r"\b(my|our|his|her|their|its)\b[^.;]{0,30}?\b(statements?|answers?|accounts?|remarks|comments|"
    r"testimony|words)\b[^;]{0,60}?\b(were|was|are|is|have been|has been|had been|remain)\s+"
    r"(\w+ ){0,2}(consistent|truthful|accurate|correct|true|the same|honest)\b|"
    r"\bwhat (i|we|he|she|they)('ve| have| had)? (said|told|testified)\b[^;]{0,80}?"
    r"\b(is|was|has been|have been) (\w+ ){0,2}(consistent|truthful|accurate|true|the same)\b"
)
# "There is no side deal": denies that something exists; not "there is no doubt" or "no way".
_NOTHING_THERE = re.compile(
    # Not inside a clause that sets a scene ("a world in which there were no unmanned vessels").
    r"(?<!if )(?<!whether )(?<!which )(?<!where )(?<!when )\bthere(?:'s| is| was| are| were| has been|"
    r" have been| had been| has never been| have never been)"
    r"\s+(?:no|never|nothing)\b(?!\s+(?:doubt|question|way|reason|need|one|other|better|shortage|end|telling|"
    r"such thing|substitute|alternative|easy|simple|single|quick|magic|silver|guarantee|limit))"
)
_CONFIRMATION_WORDS = re.compile(
    r"\b((that|it)('s| is| was) (correct|right|true|accurate)|misspoke|(was|is) a mistake|"
    r"made a mistake|(take|takes|taken|took|taking) (full )?responsibility|apologi[sz]\w*|i regret|"
    r"we regret|mistakes were made|(i|we) (was|were) wrong|"
    r"(i|we) (have |had )?made (\w+ ){0,2}(mistakes|errors)|"
    r"(i|we|he|she|they) (may|might) have (misspoken|misstated|short ?-? ?circuited|erred|overstated|"
    r"misremembered|been (wrong|mistaken|unclear|confused)))\b"
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
    r"\basked (whether|if)\b|"  # an answer to a yes-or-no question that says neither
    r"\b(in response to|responding to|in reply to|replying to|asked about|when asked about)\b[^;]{0,60}?"
    r"\b(report|reports|reporting|query|queries|allegations?|accusations?|claims?|charges?|story|stories|"
    r"onslaught|attacks?|article|inquiry|inquiries)\b"
)
# Granting the alleged fact only for argument's sake: "if they did stay there, it only shows …".
_IF_IT_HAPPENED = re.compile(
    r"^(and |but |well , )?(even )?if (they|he|she|it|we|i|that|so) (did|had|was|were)\b"
)
_FIRST_PERSON = frozenset({"i", "we"})
_PARTIAL = frozenset({"always", "necessarily", "entirely", "fully", "just", "only", "yet"})
ORGANISATION = "<organisation>"  # put among the speaker words when the speaker is an organisation
_THIRD_PERSON = frozenset({"he", "she", "it", "they"})
_OWN_POSSESSIVES = frozenset({"my", "our", "his", "her", "its", "their"})


def rejects(verb: Token) -> bool:
    """A verb of denying or rejecting, including the phrasal "pushed back"."""
    lemma = verb.lemma_.lower()
    return lemma in DENY_VERBS or (lemma == "push" and any(c.lower_ == "back" for c in verb.children))


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


def _states_policy_or_future(verb: Token) -> bool:
    """'We do not negotiate' (a habit or policy), 'we are not going to cut corners' (an intention) and 'we
    have never been stronger' (a comparison) are claims: none says an alleged act did not happen."""
    if verb.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in verb.children):
        return True
    if any(c.dep_ == "acomp" and c.tag_ in ("JJR", "JJS", "RBR") for c in verb.children):
        return True
    if verb.lemma_.lower() in ("be", "have"):
        return False  # states, not habits: "it is not my signature", "I have no interest in that job"
    present_do = any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )
    return present_do or verb.tag_ in ("VBP", "VBZ")


def denies_own_act(content: Sequence[Token], kind: str, speaker_words: frozenset[str]) -> bool:
    """Whether a main clause of the content has the speaker as subject of a negated past or present verb."""
    if not content:
        return False
    for verb in _main_verbs(content):
        if verb.lemma_.lower() in _OPINION_VERBS | _HYPOTHETICAL_MODALS or _has_hypothetical_modal(verb):
            continue
        if any(c.lower_ in _PARTIAL for c in verb.children) or not _is_negated(verb):
            continue  # "didn't always follow through" concedes, it does not deny
        if _states_policy_or_future(verb):
            continue
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
    # Only now: "rejected reports …, while refusing to say whether …" is first of all a rejection.
    if _WITHHOLDS_WHETHER.search(text):
        return "non_denial"
    if _WITHHOLDS.search(text):
        return "refusal"
    if _NOT_REMEMBER.search(text) or _LOOKING_INTO.search(text) or _LOOKING_INTO.search(cue_lower):
        return "non_denial"
    if (
        _DENIAL_WORDS.search(text)
        or _OWN_WORD_STANDS.search(text)
        or _NOTHING_THERE.search(text)
        or denies_own_act(content, kind, speaker_words)
    ):
        return "denial"
    if _CONFIRMATION_WORDS.search(text) and not text.startswith("if "):  # "if we were wrong" admits nothing
        return "confirmation"
    if _IF_IT_HAPPENED.search(text) or _ANSWERS_REPORT.search(context.lower()):
        return "non_denial"
    return "claim"
