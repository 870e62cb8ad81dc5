"""What a statement does: claim, denial, non-denial, confirmation or refusal.

``classify`` tries the named rules of ``RULES`` in order and returns the stance of the first that
fires with its name, so a reader (and ``briefing eval --verbose``) can see why. In order:

0. Refusing to concede or accept ("refused to concede the election") rejects: a denial.
1. Refusing (a refusal verb, or a negated verb of telling: "declined to", "would not say", "would
   not define") a yes-or-no answer about a report ("to say whether", "to confirm or deny") is a
   non-denial; refusing anything else is a refusal.
2. A negated verb of denying or confirming ("did not deny", "neither confirmed nor denied",
   "stopped short of denying"), or the speaker saying so in its words, is a non-denial.
3. Words that decline to comment ("I am not going to get into that", "no comment", "I have no information
   to release", round 11: "I'm not in a position to share that") are a refusal; in answer to a yes-or-no
   question about the speaker's side ("asked by a reporter whether she had met him", in the cue's sentence
   or the reporter's words just before the quote) they withhold the yes or no: a non-denial. The question
   may name the speaker's side by its name ("asked whether Harlow was in talks", put to Harlow's chief) or,
   put to a spokesman, by a definite noun ("whether the company would …") or, put to one of the body's
   office holders, by the body's noun ("asked whether the government would appeal", put to a minister), and
   "Pressed again, he added: 'I won't answer that'" after the speaker's non-denial keeps to the same
   question; so does a yes-or-no question the reporter puts in the narrative just before ("Had anyone
   discussed it? He paused.": round 11). "Not going to answer" declines as "not going to comment" does.
   Declining while keeping the options open ("We look at every option, and I'm not going to speculate")
   withholds the answer too: a non-denial. Refusing covers "would not be drawn on whether …" and a yes or
   no withheld on a topic ("would not comment on whether …") is a non-denial like "declined to say
   whether".
4. A question ("So you're not ruling it out?") asks: a claim, whatever it negates (after rules 1-4's
   verbs). A verb of denying or rejecting is a denial; a verb of confirming or admitting a confirmation; so
   is such a verb in the speaker's own words ("We reject these allegations", "I can confirm that …"), and
   so is not accepting a claim ("I don't accept that claim").
   **"denied X, saying Y"**: the clause of the participle (or of a verb joined by "and") that
   continues a verb of denying gets the label of that verb: Y is a denial, the reason given for
   it ("rejected the report, saying every trip was paid for"), unless Y is a plan or a promise
   ("denied the charges and said it would fight them") or a charge or call aimed at someone else
   ("denied it and accused the ministry of …"): those are claims. After a negated verb of denying
   ("did not deny the report, saying …") Y is a non-denial. This holds wherever a participle or
   a conjoined cue continues a denying or confirming verb.
5. Content reporting that the speaker's side withholds an answer ("declined to say whether", "would not
   be drawn on whether": a non-denial; "would not be drawn on individual cases": a refusal); details
   kept back as confidential ("the terms are confidential", "a private matter") are a refusal.
6. Professed ignorance ("I have no idea", "I never heard of it", "I don't recall whether"),
   keeping options open ("reserves the right to", "would not rule out", "left open", "nothing is ruled
   out", "not ruling anything in or out", "did not commit", "we'll see", "nothing is off the table",
   "we are looking at all the options"),
   an answer put off ("too early to say whether"), not being able to say now ("couldn't say how it got
   there", "would have to check") and taking
   note of a report without answering it ("is reviewing the allegations") are non-denials.
   A past "we did not know what …" is no professed ignorance: it tells an act (rule 9). Round 11, before
   rule 3: not being able to tell, marked as inability by sincerity or by where the speaker stood ("I honestly
   cannot tell you", "from where I was standing, I couldn't tell you"), professes ignorance. Having no
   knowledge or information of what is reported ("he had no knowledge of any approach") professes ignorance,
   and "every option is on the table" keeps the options open; "left open to" with nothing between tells a
   thing exposed ("had been left open to the internet"), no answer kept open.
7. A bare "no" or "neither" given in answer ("Were you lying then or now?" "Neither.") is a denial.
   Words judging a claim untrue ("false", "baseless", "not what happened") are a denial only as a
   rebuttal: when the statement is about the thing it answers ("the report is false", "that is
   nonsense") or the article presents what it answers (a reply cue, "in response to the
   report"; figures put about count: "the figure was simply not true"). Used to accuse someone
   else ("his ads are misleading") they stay a claim.
8. Vouching for one's own account ("my statements were accurate", "her answers on the matter have
   been consistent"; not when citing another's verdict on it: "the director said my answers were
   truthful" argues, a claim), denying that something exists ("there is no side deal"; not under
   another's telling: "told the public there was nothing to see" reports their denial), judging the claim
   itself wrong ("the report was wrong", "the figures are exaggerated") or failed ("the narrative
   has collapsed", "their case is in tatters"), judging what the accusation is ("the allegations are a
   smear", "their claims were a tantrum"; not weighing it: "a serious matter"), professing innocence ("he
   is innocent", "pleaded not guilty"), an actor disowning any part ("Moscow had nothing to do with the
   fire"; not "this has nothing to do with race", which judges a motive) and affirming one's own propriety
   ("complied with all rules", "acted within the law", "the payments were entirely legal", "told the
   truth") are denials; so is rebutting a charge laid on someone by its proportion ("one wet evening does
   not make us unsafe", round 11).
9. The speaker negating its own act ("it has not held any negotiations", "I did not know") is a
   denial; a habit or policy ("we do not negotiate"), an intention, a comparison, a modal ("the
   army alone cannot win this"), an opinion ("I don't think"; a past "had not seen the memo" is an
   act), a state of mind ("we are not afraid of scrutiny", round 11: "never regretted the strike") or a
   position held ("we have no objection", "he has nothing against her"),
   where a decision or an inquiry stands ("had not decided", "have not found a motive"), a complaint of
   not being told ("had not been consulted") and a present verdict on what something is ("it's not a
   business model") are claims. Quotation marks inside a statement are read through ('would not "get
   ahead of" it').
   Learning of something only late ("I only found out on Monday", "she learned of the payments only after
   the audit") answers what the speaker knew and when: a denial.
   Round 13: nothing to compare with ("I have never seen anything like it") and a purpose stated ("we are
   not there to apportion blame") deny no act; nor does an elliptical "and we didn't" after what should
   have been done ("we should have spotted this sooner, and we didn't"), an admission (rule 11).
   Nor does staying put in the present progressive ("we are not going away"), an intention.
10. Putting the cause elsewhere ("caused by the contractor, not the governor", "not, as critics
    claimed, …") corrects the charge: a denial; so does passing the act or the blame to someone else
    ("had been drafted by the sales team, not by her", "it was the contractor, not the council, that
    closed the road", "the responsibility lies with the operator, not the ministry", "the board, not the
    chief executive, approved the loans").
    Affirming that a reported act did happen ("he did, in fact, meet them", "I now recall the call",
    the speaker's emphatic "she did sign the letter") is a confirmation; otherwise a correction ("in
    fact", "actually") given in answer to something the article presents is a denial. Round 11: right after
    another party's account, a past act or state told with the version it is not ("the meeting had approved
    repairs, not the closure", "the money went to the hospital, not to the minister") corrects it: a denial;
    a call ("should be shared, not scattered") or an aim ("to help farmers, not to enrich …") is not.
11. Owning a fault ("this was our mistake", "I own it"; in answer, "it is my responsibility"), granting a
    criticism opening the answer ("That's fair.", round 11; not "that's a fair question") and
    admissions ("that's correct", "I misspoke", "we made mistakes", "we got this wrong", "I should
    have", "I shouldn't have", "could have answered better") are confirmations, unless only supposed
    ("if we were wrong …"); so is an error owned up to in answer to a report ("in response to the
    report, she said the filing contained a clerical error").
    Round 13: charging someone with admitting less than the truth ("he knew far more than he now admits")
    is no admission of the speaker's; something won on merit ("the firm had won the contract on merit")
    affirms propriety like "chosen on merit" (rule 8).
12. Negated content given in answer to a report ("in response to the report, the ministry said the
    payments were never made"), whatever its subject, is a denial; a negated modal, intention, opinion
    or state of mind is not. So is a negated act (not a verdict with "be") right after another party's
    account ("X said the office called everyone. Y said no one from the office had called"), unless it is
    itself a report or a document's finding, when it takes up that account's words ("office", "call") or,
    after that party's denial, answers for the one who denied ("Prado denied it. His agent said Prado had
    never placed a bet"): plain negative news after someone else's words ("no flights had been scheduled")
    contradicts nothing and stays a claim. A request ("asked that her name not be used") negates no
    act of the speaker.
13. A statement given in answer to a report, query or accusation ("asked whether …", "in response to
    the report", "in response to Mr. Lee's latest attack", or right after another party's question to
    which it is the reply) that neither denies nor confirms is a non-denial; a charge or a call aimed at
    someone else in reply ("in response to his remarks, she accused him of …") is a claim of its own, and
    so is an imperative ("read the letter before you tweet"). A reply is also marked by "in a reply",
    "in response" and "asked by X whether" around the statement, by a yes-or-no question with words
    between ("Asked on Friday whether …", "was asked three times whether …"), in the cue's sentence, the
    reporter's words before it in its paragraph or, for the first statement of a paragraph, at the end of
    the paragraph before, and by another party's question told indirectly just before ("Reporters asked
    whether she would resign."). Words that open a reply's sentence ("Asked about the delay, …", "Pressed
    on his future, …", "When pressed by reporters, …", "was pressed on the delays") mark it for the
    rebuttals and admissions of rules 7, 10 and 11; a question on a topic charges nobody, so what else is
    said in answer to it stays a claim. A subject that negates ("nobody",
    "no money") negates its clause as "not" does.
    Before it, counter-evidence carried on after the speaker's denial is a denial: the record to check
    ("it's in the minutes"), a comparison answering a figure ("more inspectors than five years ago")
    and the counterfactual of the accused ("if I had wanted to hide it, I wouldn't have …").
    Round 5: not recognising what is put about ("we do not recognise these figures") is a denial, after
    rule 4's "not accepting"; "the idea that X is nonsense" names the claim that rule 7 and "judges the
    claim wrong" judge; not having the figures to hand ("I don't have those numbers in front of me") is
    rule 6's professed ignorance; "I'm not going to pretend we got it all right" is rule 11's admission,
    and "that should never have happened" after an admission carries it on (16c); words declining to
    comment inside an "if" clause only suppose someone else's refusal (rule 3 does not fire); having "no
    reports of injuries" tells what is known so far, no act denied (rule 9).
    Round 6: a person is never "it" (rule 9: "she said it was not fixed until June" tells of the thing); a
    question the speaker puts to itself and answers with a flat no ("Did we cut corners? Absolutely not.")
    is a denial, before rule 4's question; words declining to answer whose object is a yes or no ("I can't
    tell you whether …") withhold it, a non-denial (rule 3); not having read the report yet ("had not yet
    read the report", "I haven't seen it yet") puts the answer off, a non-denial (rule 6). Second batch:
    the speaker's figures or records pointed to after its denial ("the figures show that …", "our logs
    show …") are counter-evidence; "asked directly whether" puts a yes-or-no question (rule 13); "that was
    wrong" opening a statement judges what was just said (rule 7); following the body's policy "to the
    letter" and being "chosen on merit" affirm propriety, never under a negation (rule 8); ignorance
    professed beside a past act of the speaker denied ("I don't know what he means. I never saw it") is a
    denial (rule 9); in reported speech in answer to a question, "did not know" is the present moved back,
    professed ignorance (rule 6); passing the question on ("that is for the regulator, not for me") right
    after keeping the options open keeps the answer open, a non-denial (rule 14). Third batch: a
    rhetorical "so why would I?" closing a statement asks nothing (rule 4); "could have done better" said of
    the speaker's own side (by name, by the body its office holder serves, or "we") is an admission (rule
    11), said of someone else a charge; the counterfactual of the accused "if there had been X, you would
    see it" after a denial is counter-evidence (rule 13). Fourth batch: not knowing the details ("I don't
    know the details of that contract") is professed ignorance (rule 6). Fifth batch: a naming cue whose
    content is the accusation and what the speaker calls it ("called the lawsuit 'revisionist history'")
    judges what the accusation is (rule 8), unless the name weighs it ("a serious matter").
    Round 9: a verb of denying in a clause that qualifies the charge ("charged with an offence he has
    always denied", "wanted on charges that he rejects") describes the charge, no denial told in the
    exchange (rule 16a); a correction ("in fact", "actually") right after another party's claim sets the
    speaker's version against it, a denial (rule 10), not after that party's denial; sending the asker to
    someone else ("you would have to ask her") deflects (rule 14); asked why the accuser would say so ("asked
    why the union would say otherwise") the speaker answers a charge (rule 13); a fault owned inside reported
    content ("said it had made mistakes and was sorry", "had got the figures wrong", "I accept that …", "not
    going to sit here and pretend …") is an admission when its clause's subject is the speaker or the body
    whose office it holds (rule 11); said of someone else it charges them. A constraint told ("had no choice",
    "no option") and a position held in the present progressive ("we are not asking for a state") deny no
    act (rule 9); "I'm not saying she lied" still disclaims a charge. A flat "that was not so", "that's not
    correct" opening the statement judges what was said (rule 7). "Too early to say" puts an answer off (rule
    6) in reply or opening the statement on a yes or no; a caution beside findings or about the evidence
    ("too early to draw conclusions") is a claim. After a denial "I would tell you if there were" is the
    counterfactual of the accused (rule 13); "nowhere near" restricts the charge (rules 15, 16).
The rules below only relabel what would otherwise be a plain claim:
14. Deflecting the question to someone else ("that is a matter for the courts", "it's not for us to
    say", "I'll leave that to the regulator") declines to give the answer: a refusal. In answer to a
    report or a yes-or-no question (rule 13) or right after the speaker withheld a yes or no (rule
    16b) it is a non-denial: what is withheld decides.
15. Insisting ("she insisted that every trip was approved") holds the speaker's account against
    another: a denial, unless what is insisted on is a call ("must", "should": a claim) or the speaker
    insists right after its own refusal or claim, or after its admission without a restriction or negation
    ("acknowledged the delay but insisted the two issues were separate": a claim). So does meeting
    the standard one is charged with failing ("its helmets meet or exceed every requirement", "the rules
    matched EU standards").
16. The same party's next statement, in the same or the next paragraph with nobody else speaking
    between (or the one after, when the paragraph between is only the reporter's), carries on its
    answer. a. After a denial it is a denial when it reads as a rebuttal, an answering cue ("insisted",
    "pointed out") or content that negates, restricts or corrects ("only once", "cameras, not
    missiles", "every claim was approved", "anyone can check") or mocks the charge by what would follow
    from it ("if that is a conspiracy, then half the town is in on it"), and is not a plan or promise
    (one joined after a negated act does not count: "has not met him and will not"), a call to act,
    someone else's account of the speaker (reported speech with the speaker's name as its subject: "Reed
    had forged the invoices"), a maxim ("you don't win a title by training two hours a week"), or a charge
    or call aimed at someone else (cues "accuse", "urge" …, and "claim" when its content tells someone's
    act: "claimed the newspaper had invented it", not "claimed the dinner was a private event"); so is the
    speaker's own account of past events ("Our captain raised the alarm", "the site had been inspected in
    May"), unless it cites another's word or finding or turns with "but".
    When the reporter has told, earlier in the paragraph, that the speaker denies the charge ("Northline
    disputed that account.", "Cllr Dawes denied any wrongdoing.", "the governor's office cried foul", "was
    having none of it"; not rejecting a request: "rejected a defence application"), what the speaker then
    says gives the grounds of that denial: a denial, under
    the same exceptions and not a call ("called on X to …"). The subject of the narrated denial must be
    the speaker (in the passive, its agent: "that account was contradicted by X, who said …"): a pronoun
    or name shared with it, a description of it or of the body it works for ("The 58-year-old executive
    rejected …", "Lunaris has rejected …" before its chief medical officer speaks), or the body an unnamed
    spokesman then speaks for. The told denial may close the paragraph before (within the same four
    sentences), where only the subject's head names the speaker, never a pronoun. A speaker who speaks for
    the party that denied just before ("Norvale's vice president", "a spokeswoman for the ministry", "his
    campaign spokeswoman") carries that denial on as the party itself would, a plain past in reported
    speech excepted ("said the offer amounted to a pay cut" is the present shifted back). Round 11: the
    reporter telling that the party's account differs ("The council tells a different story", "Northway has
    a different account") tells its denial too, and a speaker holding an office of "its" or "their" body
    ("Its leader, Anne Griffiths") speaks for the body named in that sentence.
    Round 13: an office of a body named by "the" and its common noun, and nothing else ("the company's chief
    executive"), speaks for the party that has just spoken.
    b. After withholding a yes or no on a report ("would neither confirm nor deny", "would
    not say whether", "I don't recall whether") it is a non-denial, unless the speaker turns to what
    it will tell instead ("What I can tell you is …"). c. After a confirmation joined by "but" ("admitted
    the error but said no money was lost", or opening with "but") negated content, or content holding
    every case or only a few against the charge ("But every one of those trips was paid for", "but only two
    customers were affected", round 11: "but said each passenger had been rebooked"), is a denial; naming
    the shortcoming just conceded ("That is a gap, and we are closing it") is a confirmation. d. Pressed
    again after its non-denial ("did not rule out a reshuffle. Pressed on the minister's future, he said:
    …"), what the speaker says that neither denies nor confirms keeps the answer open: a non-denial.
    Round 13: counsel named as the lawyer of a party that denied earlier in the article ("Mrs Reed denies
    theft. … Her barrister said her client had always meant to repay the money") tells the client's side of
    what happened: a denial, however far back the denial was told, unless it tells of someone else named.
    Round 13, last of these: the accused side's own account of past events that takes up two content words
    of a charge made against it earlier (an accusing word with the speaker's side as the one accused:
    "passengers accuse the operator of failing to publish its inspections" … "the operator said every
    inspection had been published") sets its version against the charge: a denial without a negation.
17. Everything else is a claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


from briefing.model import PLAIN_CLAIM_RULE, Stance, Statement
from briefing.nlp.lexicon import (
    ACCUSING_CUE,
    ACT_PASSED_ON,
    ACTING_ON_OTHERS,
    ACTOR_ENTITIES,
    ACTOR_PRONOUNS,
    ADMITS_LESS_THAN,
    ADMITTED_ERROR,
    AGE_IN_DESCRIPTION,
    ANSWERED_FIGURES,
    ANSWERED_THING,
    ANSWERS_REPORT,
    ASKED_ABOUT_DOCUMENT,
    ASKED_ABOUT_SPEAKER,
    ASKED_BODY_NOUNS,
    ASKED_WHETHER,
    BEING_TOLD_VERBS,
    BODY_POSSESSIVES,
    CALL_MODALS,
    CANNOT_KNOW,
    CANNOT_SAY,
    CAUSE_CORRECTED,
    CHARGE_NAME_ENDS,
    CHARGE_OPENERS,
    CHARGE_REDUCED_TO_ABSURDITY,
    CHARGING_BY_CONTENT,
    CITES_ANOTHER,
    CLAIM_COLLAPSED,
    CLAIM_JUDGED_WRONG,
    CLAUSE_BREAK,
    COMPANY_NOUNS,
    CONCESSIVE_BUT,
    CONFIRM_OR_DENY,
    CONFIRM_VERBS,
    CONFIRMATION_WORDS,
    CONTRADICTION_SIGNALS,
    CORRECTION_WORDS,
    COUNSEL_ROLES,
    COUNTER_EVIDENCE,
    DECLINED_WHETHER,
    DEFENDED_IN_FULL,
    DEFLECTS,
    DENIAL_WORDS,
    DENY_VERBS,
    DONE_BETTER,
    FAULT_ADMITTED_OF_ITSELF,
    FAULT_OWNED,
    FEELING_VERBS,
    FIRST_PERSON,
    FUTURE_AUXILIARIES,
    GENERIC_PERSON_SUBJECTS,
    GENERIC_ROLE_WORDS,
    HELD_POSITION_NOUNS,
    HYPOTHETICAL_MODALS,
    JUDGED_ACCUSATIONS,
    KEPT_CONFIDENTIAL,
    KNOWN_SO_FAR_NOUNS,
    LEARNED_ONLY_LATE,
    LEFT_EXPOSED,
    LOOKING_INTO,
    NAME_FILLER_WORDS,
    NAMING_CUES,
    NAMING_FUNCTION_WORDS,
    NARRATED_YES_OR_NO,
    NEGATIVE_SUBJECTS,
    NO_AS_ANSWER,
    NO_COMMITMENT,
    NOT_ACCEPTED,
    NOT_ANSWERING,
    NOT_APOLOGISING,
    NOT_DRAWN,
    NOT_DRAWN_WHETHER,
    NOT_KNOWING_VERBS,
    NOT_PRETENDING,
    NOT_RECOGNISED,
    NOT_YET_READ,
    NOTHING_LIKE_OBJECTS,
    NOTHING_OFF_THE_TABLE,
    NOTHING_RULED_OUT,
    NOTHING_THERE,
    NOTHING_TO_RELEASE,
    OFFERS_INSTEAD,
    OFFICE_HOLDERS_OF,
    OFFICE_ROLE_WORDS,
    ON_THE_CHARGE,
    ONE_CASE_DOES_NOT_MAKE,
    OPINION_VERBS,
    OPTIONS_OPEN,
    OPTIONS_WEIGHED,
    ORG_NOUNS,
    OTHER_VERSION_NOUNS,
    OTHER_VERSION_VERBS,
    OUGHT_MODALS,
    OWN_ACCOUNT_VOUCHED,
    OWN_POSSESSIVES,
    OWN_QUESTION_ANSWERED_NO,
    OWNED_FAULT_WORDS,
    PARTIAL_ADVERBS,
    PARTIAL_DETERMINERS,
    PASSIVE_AUXILIARIES,
    PAST_NOT_KNOWING,
    PERCEPTION_VERBS,
    POINTING_BACK,
    POINTING_DETERMINERS,
    POINTING_POSSESSIVES,
    POSITION_IN_PROGRESS_VERBS,
    PRESSED_FURTHER,
    PROFESSED_IGNORANCE,
    PROFESSED_INNOCENCE,
    PROPRIETY_AFFIRMED,
    PURPOSE_PLACES,
    QUANTIFIERS,
    REBUTTING_CUES,
    REBUTTING_PHRASALS,
    RECEIVING_VERBS,
    RECORD_KEPT,
    RECORDS_SHOW,
    REFUSAL_WORDS,
    REFUSE_VERBS,
    REFUSING_WHEN_NEGATED,
    REJECTED_REQUESTS,
    REJECTS_BY_REFUSING,
    REPLY_CUES,
    REPLY_MARKS,
    REPLY_OPENERS,
    REPORTED_ACT_AFFIRMED,
    REPORTING_CUES,
    REPRESENTATIVE_NOUNS,
    REQUEST_CUES,
    RESPONSIBILITY_OWNED,
    RHETORICAL_WHY_TAIL,
    SHORTCOMING_NAMED,
    SHOULD_NOT_HAVE,
    SORRY_FOR_HARM,
    SPEAKING_FOR_ROLES,
    STANDARDS_MET,
    STAYING_PUT_WORDS,
    SUPPOSING_CLAUSE,
    TAKEN_SERIOUSLY,
    TELLING_VERBS,
    THAT_IS_WRONG,
    THERE_HAD_BEEN_IF,
    THIRD_PERSON,
    TOLD_THERE_WAS,
    TOO_EARLY_TO_SAY,
    UNSETTLED_VERBS,
    UNSURE_OF_FUTURE,
    VERSION_CONTRASTED,
    WEIGHING_VERDICTS,
    WHEN_NOT_WHAT_NOUNS,
    WHETHER,
    WHETHER_ON,
    WITHHOLDS,
    WITHHOLDS_WHETHER,
)

ORGANISATION = "<organisation>"  # put among the speaker words when the speaker is an organisation
PERSON = "<person>"  # put among the speaker words when the speaker is a person speaking for nobody else
# What ``classify`` is told came before a clause that continues a verb of denying ("denied the report,
# saying …", "rejected it and said …"): that clause is the reason given for the denial.
CONTINUES_DENYING_VERB = "continues a verb of denying"
# Rules by which a speaker withholds a yes or no on a report: what the same speaker says next, without
# denying or confirming, is the rest of that evasive answer.
_WITHHOLDING_RULES = frozenset(
    (
        "refusal of a yes-or-no answer",
        "negated verb of denying or confirming",
        "speaker neither confirms nor denies",
        "reports a yes-or-no answer withheld",
        "professed ignorance",
    )
)


def rejects(verb: Token) -> bool:
    """A verb of denying or rejecting, including the phrasal "pushed back"."""
    lemma = verb.lemma_.lower()
    return lemma in DENY_VERBS or (lemma == "push" and any(c.lower_ == "back" for c in verb.children))


def _lower_text(tokens: Sequence[Token]) -> str:
    # Apostrophes first: "n’t" must become "n't" before it is glued back to its verb.
    # Quotation marks inside a statement ('would not "get ahead of the inquiry"') are no words: patterns
    # read through them.
    joined = " ".join(t.lower_ for t in tokens if not t.is_quote).replace("’", "'")
    return joined.replace(" n't", "n't").replace(" 's", "'s")


def _is_negated(verb: Token) -> bool:
    """Negated by 'not'/'never', by a 'no …' object or 'at no time', or by a subject that negates the
    clause ("nobody closed the plant", "no money was lost")."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "neither", "nor"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in NEGATIVE_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        ):
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
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
    return None


def _is_speaker(subject: Token, kind: str, speaker_words: frozenset[str]) -> bool:
    word = subject.lower_
    if word in FIRST_PERSON:
        return True
    if word in THIRD_PERSON:
        # In a quotation "it" is the speaker only when an organisation speaks of itself; in reported speech
        # a person is never "it" ("she said it was not fixed until June" tells of the fault).
        if word == "it" and PERSON in speaker_words:
            return False
        return kind != "direct" or (word == "it" and ORGANISATION in speaker_words)
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subject.children):
        return True  # "her client did not intend": the speaker answering for its own side
    return subject.lower_ in speaker_words or subject.lemma_.lower() in speaker_words


def _main_verbs(content: Sequence[Token]) -> list[Token]:
    """The verbs heading the content's clauses: its roots and the verbs joined to them, not embedded ones.

    Kept on the Doc per content (as token positions, so the Doc holds no Token and is freed at once):
    several rules ask for the same statement's verbs."""
    first, last = content[0].i, content[-1].i
    doc = content[0].doc
    known = doc.user_data.setdefault("briefing.main_verbs", {})
    key = (first, last, len(content))
    if key not in known:
        known[key] = [t.i for t in _find_main_verbs(content, first, last)]
    return [doc[i] for i in known[key]]


def _find_main_verbs(content: Sequence[Token], first: int, last: int) -> list[Token]:
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
    if verb.tag_ == "VBG" and verb.lemma_.lower() in POSITION_IN_PROGRESS_VERBS:
        # "we are not asking for a state": a position held now, told in the present progressive
        return any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ in ("VBP", "VBZ") for c in verb.children
        )
    if verb.lemma_.lower() in ("be", "have"):
        return False  # states, not habits: "it is not my signature", "I have no interest in that job"
    present_do = any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )
    return present_do or verb.tag_ in ("VBP", "VBZ")


def _states_opinion(verb: Token) -> bool:
    """'I don't think', 'I don't see a problem' state a view; 'had not seen the memo' and 'never saw the
    letter' deny an act of perceiving, told in the past."""
    lemma = verb.lemma_.lower()
    if lemma in PERCEPTION_VERBS and verb.tag_ in ("VBD", "VBN"):
        return False
    return lemma in OPINION_VERBS


def _negated_acts(content: Sequence[Token]) -> Iterator[Token]:
    """The content's main verbs that negate a past or present act or state: not an opinion, a
    hypothetical, a partial concession ("didn't always follow through"), a policy, an intention, a
    feeling or a search that found nothing."""
    if not content:
        return
    for verb in _main_verbs(content):
        if (
            _states_opinion(verb)
            or verb.lemma_.lower() in HYPOTHETICAL_MODALS
            or _has_hypothetical_modal(verb)
        ):
            continue
        if any(c.lower_ in PARTIAL_ADVERBS for c in verb.children) or not _is_negated(verb):
            continue
        if _negates_only_part(verb):
            continue
        if _states_policy_or_future(verb) or _states_feeling(verb) or _reports_no_result(verb):
            continue
        if _judges_its_kind(verb):
            continue
        if _nothing_like_it(verb) or _states_purpose(verb) or _owns_what_was_not_done(verb):
            continue
        if _states_staying_put(verb):
            continue
        yield verb


def _nothing_like_it(verb: Token) -> bool:
    """'I have never seen anything like it', 'we have never heard anything like this': nothing to compare
    with, an emphasis on what happened, no act denied."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ in NOTHING_LIKE_OBJECTS
        and any(d.dep_ == "prep" and d.lower_ == "like" for d in c.children)
        for c in verb.children
    )


def _states_purpose(verb: Token) -> bool:
    """'We are not there to apportion blame', 'I am not here to make friends': what the speaker's role is
    for, said in the present, no act denied."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBP", "VBZ"):
        return False
    children = list(verb.children)
    return any(c.dep_ == "advmod" and c.lower_ in PURPOSE_PLACES for c in children) and any(
        c.lower_ == "to" or any(d.dep_ == "aux" and d.lower_ == "to" for d in c.children) for c in children
    )


def _owns_what_was_not_done(verb: Token) -> bool:
    """'We should have spotted this sooner, and we didn't': an elliptical "didn't" after what should have
    been done owns the failure (an admission), it denies no act."""
    if verb.lemma_.lower() != "do" or verb.dep_ != "conj":
        return False
    if any(c.dep_ not in ("nsubj", "neg", "punct", "cc", "advmod") for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in OUGHT_MODALS for c in verb.head.children)


def _states_staying_put(verb: Token) -> bool:
    """'We are not going away', 'I'm not going anywhere': staying put, an intention told in the present
    progressive, no act denied."""
    return (
        verb.lemma_.lower() == "go"
        and verb.tag_ == "VBG"
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in STAYING_PUT_WORDS for c in verb.children)
    )


def _negates_only_part(verb: Token) -> bool:
    """'Had not seen every video', 'hasn't read all the reports': "not" with an object of "every" or "all"
    concedes that some were missed, it denies no act."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(
        c.dep_ in ("dobj", "pobj")
        and any(d.dep_ in ("det", "predet") and d.lower_ in PARTIAL_DETERMINERS for d in c.children)
        for c in verb.children
    )


def _judges_its_kind(verb: Token) -> bool:
    """'It's not a business model', 'that is not an answer': a present verdict on what something is,
    not an act denied ("it was not a bribe", told of the past, and "it is not my signature" still are)."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    subject = _subject(verb)
    if subject is None or subject.lower_ not in ("it", "that", "this"):
        return False
    return any(
        c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in verb.children
    )


def _tells_nothing_received(content: Sequence[Token]) -> bool:
    """'The regulator had not received any complaints', 'they had received nothing since March': each negated
    act is a receiving of something not pointed back at, news of what has not come; 'never received that
    letter' or 'any such warning' denies the thing alleged."""
    acts = list(_negated_acts(content)) if content else []
    if not acts:
        return False
    for verb in acts:
        if verb.lemma_.lower() not in RECEIVING_VERBS:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(d.lower_ in POINTING_BACK for o in objects for d in o.subtree if d.i <= o.i):
            return False
    return True


def denies_own_act(content: Sequence[Token], kind: str, speaker_words: frozenset[str]) -> bool:
    """Whether a main clause of the content has the speaker as subject of a negated past or present verb."""
    for verb in _negated_acts(content):
        subject = _subject(verb)
        if subject is not None and _is_speaker(subject, kind, speaker_words):
            return True
    return False


def negates_in_answer(content: Sequence[Token]) -> bool:
    """Whether a main clause of the content, whatever its subject, negates a past or present act or
    state ("the payments were never made"): in answer to a report, that rejects it."""
    return next(_negated_acts(content), None) is not None


def _contradicts_account(content: Sequence[Token], account: Statement | None) -> bool:
    """'X said the office called every family. Y said no one from the office had called': a contradiction
    takes up the words of the account it answers (here "office", "call"), or, after another party's denial,
    answers for the one who denied ("Prado denied any part in it. His agent said Prado had never placed a
    bet"). A negated act that shares no word with the statement before it ("no further flights had been
    scheduled" after a professor's verdict) is news of its own."""
    if account is None:
        return False
    words = set(re.findall(r"[\w']+", account.text.lower().replace("’", "'")))
    denied_by = (
        set(account.speaker.lower().split()) if account.stance == "denial" and account.speaker else set()
    )
    for verb in _negated_acts(content):
        if verb.lemma_.lower() == "be":
            continue
        subject = _subject(verb)
        if subject is not None and {t.lower_ for t in subject.subtree} & denied_by:
            return True
        for token in verb.subtree:
            if token.pos_ not in ("NOUN", "VERB", "PROPN", "ADJ") or token.is_stop:
                continue
            if ({token.lower_} | _forms(token.lemma_.lower())) & words:
                return True
    return False


# Where charges a negated account may answer are looked for: the article's opening and the stretch just
# before the statement (characters; bounded, so the work stays linear in the text).
CHARGE_OPENING, CHARGE_LOOKBACK = 1500, 2500


# Words of a speaker's phrase that name nobody ("the spokesman for the council"): a charge must share more.
_STOP_WORDS = frozenset("the and for his her its their our who with from that this said".split())


def charges_before(text: str, start: int) -> Callable[[], tuple[str, ...]]:
    """What finds the sentences making a charge ("was accused of", "alleged that") in the article's
    opening and in the stretch before ``start``, lower case with ' for ’; found only when asked, since
    few statements need them."""
    opening = text[: min(start, CHARGE_OPENING)]
    near = text[max(len(opening), start - CHARGE_LOOKBACK) : start]
    return lambda: _charges_in(opening) + _charges_in(near)


@lru_cache(maxsize=64)  # the opening is the same for every statement of an article
def _charges_in(stretch: str) -> tuple[str, ...]:
    sentences = re.split(r"(?<=[.!?”\"])\s+|\n", stretch.lower().replace("’", "'"))
    return tuple(sentence for sentence in sentences if ACCUSING_CUE.search(sentence))


def _takes_up_charge(
    content: Sequence[Token], find_charges: Callable[[], tuple[str, ...]], speaker: frozenset[str]
) -> bool:
    """'The council was accused of hiding the audit. … Three paragraphs on: the mayor said no audit had
    ever been hidden': a negated act that takes up two content words of a charge made earlier in the
    article (by another party or in the reporter's words) answers that charge, however far back (one
    shared word is enough only for the account just before: see ``_contradicts_account``). The charge
    must be made as one ("accused", "alleged", "claimed") and name the speaker or its side (a word of its
    name or role): news about someone else is no charge this answers."""
    taken: set[str] = set()
    for verb in _negated_acts(content):
        if verb.lemma_.lower() == "be":
            continue
        for token in verb.subtree:
            if token.pos_ in ("NOUN", "VERB", "PROPN", "ADJ") and not token.is_stop:
                taken.add(token.lemma_.lower())
    if len(taken) < 2:
        return False
    named = {w for w in speaker if len(w) > 2 and w.isalpha() and w not in _STOP_WORDS}
    for charge in find_charges():
        words = set(re.findall(r"[\w']+", charge))
        if not words & named:
            continue
        shared = {lemma for lemma in taken if _forms(lemma) & words}
        if len(shared) >= 2:
            return True
    return False


def _answers_for_client_who_denied(said: Said) -> bool:
    """'Mrs Reed denies fraud. … Her barrister, Ann Cole, said her client had always meant to repay the
    money': counsel named as the lawyer of a party that denied earlier in the article tells the client's side
    of what happened, a denial; plans, calls and charges aimed at others stay claims (``_rebuts_on``)."""
    roles = _plain_words(said.speaker_roles)
    if not roles & COUNSEL_ROLES or not said.deniers:
        return False
    client = (roles - COUNSEL_ROLES - GENERIC_ROLE_WORDS - NAMING_FUNCTION_WORDS) & said.deniers
    if not client:
        return False
    if said.lemma in REPORTING_CUES or not _rebuts_on(said) or not tells_what_happened(said):
        return False
    return not _tells_of_someone_named(said, said.deniers)


def _tells_of_someone_named(said: Said, besides: frozenset[str] = frozenset()) -> bool:
    """'the witness, Omar Reyes, was a man trying to shorten his sentence', 'the chairman, Alan Ford, had
    known more than he admits': the content's first clause has someone else named as its subject (a name, or a
    description set beside one), the speaker telling of that person, not answering for its own side."""
    main = _main_verbs(said.content) if said.content else []
    if not main:
        return False
    subject = _subject(min(main, key=lambda t: t.i))
    if subject is None:
        return False
    names = [subject] if subject.pos_ == "PROPN" else []
    names += [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    own = said.speaker_words | besides
    return any(name.lower_ not in own for name in names)


def _stem(word: str) -> str:
    """A word cut to five letters, so an account's forms meet a charge's ("injury", "injuries")."""
    return word[:5]


def _answers_charge_with_account(said: Said) -> bool:
    """'Passengers accuse Harlan Rail of failing to publish its brake inspections … Harlan Rail said every
    brake inspection had been published': the accused side's own account of what it did, taking up two
    content words of a charge made against it earlier (accusing word, naming the speaker's side), sets its
    version against the charge, a denial even without a negation. Plans, calls, charges aimed at others and
    accounts citing someone else's word stay claims (``_rebuts_on``, ``tells_what_happened``)."""
    if said.lemma in REPORTING_CUES or not _rebuts_on(said) or not tells_what_happened(said):
        return False
    speaker = said.speaker_words | said.speaker_roles
    named = {w for w in speaker if len(w) > 2 and w.isalpha() and w not in _STOP_WORDS}
    taken = {
        _stem(token.lemma_.lower())
        for token in said.content
        if token.pos_ in ("NOUN", "VERB", "ADJ")
        and not token.is_stop
        and token.lower_ not in named
        and len(token.lemma_) > 3
        and token.lemma_.lower() not in WHEN_NOT_WHAT_NOUNS
    }
    if len(taken) < 2:
        return False
    for charge in said.find_charges():
        if not charge.rstrip().endswith((".", "!", "?", '"', "”")) or not _accused_in(charge) & named:
            continue  # the statement's own sentence ("The Democrats are alleging that …") charges no one yet
        stems = {_stem(w) for w in set(re.findall(r"[\w']+", charge)) - named if len(w) > 3}
        if len(taken & stems) >= 2:
            return True
    return False


def _accused_in(charge: str) -> set[str]:
    """The words that name whom a charge is aimed at: the first after the accusing word ("accuse Harlan Rail
    of", "alleged that the mayor hid"), or before it in the passive ("the company was accused of"), within
    its clause."""
    accused: set[str] = set()
    for found in ACCUSING_CUE.finditer(charge):
        if found.group().endswith("ly"):
            continue  # "for allegedly abusing his office": whom it is aimed at stands further back
        before = re.findall(r"[\w']+", charge[: found.start()].rsplit(",", 1)[-1])
        if before and before[-1] in PASSIVE_AUXILIARIES:
            accused.update(before[-7:-1])
        else:
            after = re.findall(r"[\w']+", charge[found.end() :].split(",", 1)[0])
            while after and after[0] in CHARGE_OPENERS:
                after.pop(0)  # "allege that the company …"
            for word in after[:3]:
                if word in _STOP_WORDS or word in CHARGE_OPENERS or word in CHARGE_NAME_ENDS:
                    break  # the name ends where its clause goes on ("accused Lee of …")
                accused.add(word)
    return accused


def _forms(lemma: str) -> set[str]:
    """The inflected forms of a lemma that an account's words are compared with."""
    return {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing"}


_DENY_OR_CONFIRM = DENY_VERBS | CONFIRM_VERBS  # made once: asked of every word of a statement


def _speaker_withholds_denial(content: Sequence[Token], kind: str, speaker_words: frozenset[str]) -> bool:
    """'We neither confirm nor deny', 'it did not deny': the speaker, not someone it quotes."""
    for token in content:
        if token.lemma_.lower() in _DENY_OR_CONFIRM and token.pos_ == "VERB":
            negated = _is_negated(token) or (token.dep_ == "conj" and _is_negated(token.head))
            subject = _subject(token) or (_subject(token.head) if token.dep_ == "conj" else None)
            if negated and subject is not None and _is_speaker(subject, kind, speaker_words):
                return True
    return False


def _reports_no_result(verb: Token) -> bool:
    """'had not decided whether to run', 'have not found a motive' (where a decision or an inquiry stands)
    and 'had not been consulted' (a complaint that others did not tell the speaker): none denies an act
    the speaker is charged with."""
    lemma = verb.lemma_.lower()
    if lemma in UNSETTLED_VERBS:
        return True
    if lemma == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in KNOWN_SO_FAR_NOUNS for c in verb.children
    ):
        return True  # "police had no reports of injuries": what is known so far, no act denied
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive and lemma in BEING_TOLD_VERBS


def speaker_answers_in_its_words(
    content: Sequence[Token], kind: str, speaker_words: frozenset[str], verbs: frozenset[str]
) -> bool:
    """'We reject these allegations', 'I categorically deny it', 'we can confirm that …': a main verb of
    the content from ``verbs``, not negated, whose subject is the speaker."""
    main = sorted(_main_verbs(content), key=lambda t: t.i) if content else []
    if not main:
        return False
    verb = main[0]  # the statement's first clause is the answer, not a rejection told later in it
    if verb.lemma_.lower() not in verbs or _is_negated(verb) or verb.tag_ in ("VBG", "VBN"):
        return False
    subject = _subject(verb)
    return subject is not None and (
        _is_speaker(subject, kind, speaker_words) or _body_of_spokesman(subject, kind, speaker_words)
    )


def _body_of_spokesman(subject: Token, kind: str, speaker_words: frozenset[str]) -> bool:
    """'A spokesman said the company rejected the claims': a spokesperson reporting what the body it speaks
    for ("the company", "the council") does, in reported speech."""
    if kind == "direct" or not _plain_words(speaker_words) & REPRESENTATIVE_NOUNS:
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return definite and subject.lemma_.lower() in ORG_NOUNS


def _states_feeling(verb: Token) -> bool:
    """'We are not afraid of scrutiny', 'I am not worried': a negated state of mind answers nothing; nor does
    a position held ("we have no objection in principle", "I have no doubt")."""
    if verb.lemma_.lower() == "have" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in HELD_POSITION_NOUNS or c.lower_ in HELD_POSITION_NOUNS)
        for c in verb.children
    ):
        return True
    if verb.lemma_.lower() in FEELING_VERBS:
        return True  # "she had never regretted the strike", "I don't mind the questions": a state of mind
    if verb.lemma_.lower() == "have" and _holds_nothing_against(verb):
        return True
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in verb.children)


def _holds_nothing_against(verb: Token) -> bool:
    """'He has nothing against her personally': no grudge held, a position, no act denied."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ == "nothing"
        and any(p.dep_ == "prep" and p.lower_ == "against" for p in (*c.children, *verb.children))
        for c in verb.children
    )


def affirms_with_emphatic_do(content: Sequence[Token], kind: str, speaker_words: frozenset[str]) -> bool:
    """'She did know that', 'we did meet them': the speaker's first clause stressed with an affirmative
    'did', the way a reported act is owned up to."""
    main = sorted(_main_verbs(content), key=lambda t: t.i) if content else []
    if not main or main[0].tag_ != "VB" or _is_negated(main[0]):
        return False
    verb = main[0]
    stressed = any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    subject = _subject(verb)
    return stressed and subject is not None and _is_speaker(subject, kind, speaker_words)


def _looks_ahead(content: Sequence[Token]) -> bool:
    """'It will fight the case', 'we would not tolerate corruption', 'judge for yourselves': a plan, a
    promise or a call to act, not an account of what happened."""
    for verb in _main_verbs(content):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
            return True
        if verb.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in verb.children):
            return True
        if verb.tag_ == "VB" and _subject(verb) is None and not any(c.dep_ == "aux" for c in verb.children):
            return True  # an imperative
    return False


def _calls_to_act(content: Sequence[Token]) -> bool:
    """'Read the letter before you tweet': an imperative in reply is a call aimed at someone else, a claim."""
    main = sorted(_main_verbs(content), key=lambda t: t.i) if content else []
    return (
        bool(main)
        and main[0].tag_ == "VB"
        and _subject(main[0]) is None
        and not any(c.dep_ == "aux" for c in main[0].children)
    )


def _asks_someone_to_act(content: Sequence[Token]) -> bool:
    """'(called on) the minister to open the books', '(urged) voters to stay home': the content is the
    infinitive of a call aimed at someone else."""
    main = sorted(_main_verbs(content), key=lambda t: t.i) if content else []
    return (
        bool(main)
        and main[0].tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in main[0].children)
    )


def _rebuts_on(said: Said) -> bool:
    """A statement carrying on the speaker's denial tells its side of what happened ("They packed up at
    four. We were still in the room at nine."); a plan, a promise, or a charge or call aimed at someone
    else ("accused the ministry of …", "urged voters to …") is a claim of its own."""
    if _acts_on_others(said) or not said.content or _tells_of_speaker_by_name(said):
        return False
    if _states_maxims(said.content):
        return False  # "you don't win an election by insulting voters": a general truth, no side of the story
    if not _looks_ahead(said.content):
        return True
    # "has not taken a position and will not until …": the negated act comes first, the promise after it;
    # so may a negated practice ("nobody here takes money, and anyone who did would be fired")
    first = min(_main_verbs(said.content), key=lambda t: t.i, default=None)
    if first is None:
        return False
    if any(verb.i == first.i for verb in _negated_acts(said.content)):
        return True
    present = first.tag_ in ("VBP", "VBZ") or any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBP", "VBZ") for c in first.children
    )
    return present and _is_negated(first) and not _has_hypothetical_modal(first)


def _acts_on_others(said: Said) -> bool:
    """A charge or a call aimed at someone else ("accused the ministry of …", "urged voters to …"); a cue that
    charges only by its content ("claimed") does so when the content tells someone's act ("claimed the
    minister had lied"), not when it is a verdict on what something is ("claimed the trip was a holiday") or
    the speaker's own act ("claimed she had broken no rule")."""
    if said.lemma in ACTING_ON_OTHERS:
        return True
    if said.lemma not in CHARGING_BY_CONTENT or not said.content:
        return False
    first = min(_main_verbs(said.content), key=lambda t: t.i, default=None)
    if first is None:
        return True
    subject = _subject(first)
    if first.lemma_.lower() == "be" or (
        subject is not None and _is_speaker(subject, said.kind, said.speaker_words)
    ):
        return False
    return True


def _tells_of_speaker_by_name(said: Said) -> bool:
    """'Reed had forged at least 20 invoices' given as Reed's own words: reported speech names its own
    speaker by a pronoun ("he had relied on the figures"); the speaker's name as the subject is someone
    else's account of the speaker (the prosecution's opening, a witness), no rebuttal of its charge."""
    if said.kind == "direct":
        return False
    first = min(_main_verbs(said.content), key=lambda t: t.i, default=None)
    subject = _subject(first) if first is not None else None
    return subject is not None and subject.pos_ == "PROPN" and subject.lower_ in said.speaker_words


def _contradicts(said: Said) -> bool:
    """Whether a statement after the speaker's denial reads as a rebuttal: an answering cue ("insisted",
    "pointed out") or content that negates, restricts or corrects ("cameras, not missiles", "met him only
    once", "every claim was approved", "anyone can check")."""
    if said.lemma in REBUTTING_CUES or CONTRADICTION_SIGNALS.search(said.text):
        return True
    if COUNTER_EVIDENCE.search(said.text):
        return True  # "It's in the minutes", "more inspectors than five years ago"
    if CHARGE_REDUCED_TO_ABSURDITY.search(said.text):
        return True  # "If that is a conspiracy, then half the town is in on it"
    return any(t.dep_ == "neg" for t in said.content) or tells_what_happened(said)


def _states_maxims(content: Sequence[Token]) -> bool:
    """Whether every main clause of the content is a maxim: "You don't sit in a room all night to be told
    there's nothing on the table", "you do not win an election by insulting voters" state a general truth,
    no rebuttal of the charge, whatever words of negating or restricting they hold."""
    main = _main_verbs(content) if content else []
    return bool(main) and all(_states_maxim(verb) for verb in main)


def _states_maxim(verb: Token) -> bool:
    """A present verb with a generic subject ("you", "one") and an aim or a means ("to be told …", "by
    insulting …"): a general truth about anyone."""
    subject = _subject(verb)
    if subject is None or subject.lower_ not in GENERIC_PERSON_SUBJECTS:
        return False
    present = verb.tag_ in ("VBP", "VBZ") or any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )
    # the aim's infinitive may hang on the verb or on its object ("close a library to save money")
    aims = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")] + [
        a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "acl"
    ]
    aim = any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in aims)
    means = any(
        c.dep_ == "prep" and c.lower_ == "by" and any(p.dep_ == "pcomp" for p in c.children)
        for c in verb.children
    )
    return present and (aim or means)


def _contradicts_for_its_side(said: Said) -> bool:
    """``_contradicts`` for a speaker carrying on the denial of the party it speaks for, where a past tense
    counts as an account of events only in a direct quotation or in the perfect ("had been reported"): a
    plain past in reported speech is the present shifted back ("said the offer amounted to a pay cut")."""
    if said.lemma in REBUTTING_CUES or CONTRADICTION_SIGNALS.search(said.text):
        return True
    if COUNTER_EVIDENCE.search(said.text) or any(t.dep_ == "neg" for t in said.content):
        return True
    if not tells_what_happened(said):
        return False
    verb = min(_main_verbs(said.content), key=lambda t: t.i)
    return said.kind == "direct" or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children
    )


def tells_what_happened(said: Said) -> bool:
    """'Our captain raised the alarm himself', 'the site had been inspected in May', 'I have sat on this
    committee for nine years': the speaker's own account of past events, the side of the story a denial
    goes on to tell. Citing someone else's word or finding ("the director said my answers were truthful")
    argues instead, and a turn with "but" concedes before it argues."""
    main = sorted(_main_verbs(said.content), key=lambda t: t.i) if said.content else []
    if not main or CITES_ANOTHER.search(said.text) or said.text.startswith("but "):
        return False
    verb = main[0]
    if _has_hypothetical_modal(verb) or verb.lemma_.lower() in HYPOTHETICAL_MODALS:
        return False
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect)


def vouches_for_own_account(text: str) -> bool:
    """'My statements were accurate' vouches for the speaker's account; 'the director said that my answers
    were truthful' cites someone else's verdict on it, an argument (a claim), unless the speaker vouches
    in a clause of its own as well ("…, and what I've said is consistent")."""
    for found in OWN_ACCOUNT_VOUCHED.finditer(text):
        clause = CLAUSE_BREAK.split(text[: found.start()])[-1]
        if not CITES_ANOTHER.search(clause):
            return True
    return False


def insists_against(said: Said) -> bool:
    """'She insisted that every trip was approved': to insist is to hold one's account against another,
    a rebuttal; 'insisted that the council must act' is a call, a claim. Right after the speaker's own
    refusal or claim ("did not comment on the case, but insisted that every athlete gets a hearing") it
    goes on with the speaker's own point, and after its admission ("acknowledged the delay but insisted
    the two issues were separate") only a restriction or negation ("it was a one-off, nothing more") holds
    against the charge: a charge against someone else is not rebutted by insisting."""
    if said.lemma != "insist" or said.negated or not said.content:
        return False
    if said.after_stance == "confirmation" and not CONTRADICTION_SIGNALS.search(said.text):
        return False
    if said.after_stance in ("claim", "refusal", "non_denial"):
        return False
    return not any(
        c.dep_ == "aux" and c.lower_ in CALL_MODALS
        for verb in _main_verbs(said.content)
        for c in verb.children
    )


def sets_actor_against_another(content: Sequence[Token]) -> bool:
    """'The board, not the chief executive, approved the loans', 'the union, not the company, walked out
    first': the subject of a past act set against another named by "not" puts the act on someone else;
    'voters, not judges, should decide' is a call, no act."""
    for verb in _main_verbs(content) if content else []:
        perfect = verb.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children
        )
        if (verb.tag_ != "VBD" and not perfect) or _has_hypothetical_modal(verb) or _is_negated(verb):
            continue
        subject = _subject(verb)
        if subject is None:
            continue
        for other in (c for c in subject.children if c.dep_ == "appos" and c.i > subject.i):
            nots = (*subject.children, *other.children)
            if any(t.dep_ == "neg" and t.lower_ == "not" and subject.i < t.i <= other.i for t in nots):
                return True
    return False


def judges_the_accusation(content: Sequence[Token]) -> bool:
    """'The allegations are a smear', 'the opposition's claims were a tantrum dressed up as an argument': a
    main clause whose subject is the accusation itself (its plural or with a definite word or a possessor)
    and whose verdict is what it is ("a …"), not a weighing of it ("a serious matter")."""
    for verb in _main_verbs(content) if content else []:
        if verb.lemma_.lower() != "be" or _is_negated(verb) or _has_hypothetical_modal(verb):
            continue
        subject = _subject(verb)
        if subject is None or subject.lemma_.lower() not in JUDGED_ACCUSATIONS:
            continue
        pointed = subject.tag_ == "NNS" or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS)
            for c in subject.children
        )
        verdict = next((c for c in verb.children if c.dep_ == "attr"), None)
        if not pointed or verdict is None or verdict.lemma_.lower() in WEIGHING_VERDICTS:
            continue
        if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in verdict.children):
            return True
    return False


def names_the_accusation(content: Sequence[Token]) -> bool:
    """'Called the lawsuit "revisionist history"', 'described the allegations as a smear': the content of a
    naming cue is the accusation itself (its plural, or with a definite word or a possessor) and then what
    the speaker calls it, a noun that does not weigh it ("called the claims a serious matter")."""
    words = [t for t in content if not t.is_punct and not t.is_quote]
    if len(words) < 3:
        return False
    # the accusation opens the content, with the words that point at it or name whose it is before it
    start = next((n for n, t in enumerate(words[:5]) if t.lemma_.lower() in JUDGED_ACCUSATIONS), None)
    if start is None:
        return False
    accusation = words[start]
    if any(accusation not in t.ancestors for t in words[:start]):
        return False
    pointed = accusation.tag_ == "NNS" or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS)
        for c in accusation.children
    )
    if not pointed:
        return False
    rest = words[start + 1 :]
    if rest and rest[0].lower_ == "as":
        rest = rest[1:]
    verdict = next((t for t in rest if t.pos_ == "NOUN"), None)
    return (
        verdict is not None
        and verdict.lemma_.lower() not in WEIGHING_VERDICTS
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "ADV", "PROPN") for t in rest)
    )


def disowns_any_part(content: Sequence[Token]) -> bool:
    """'Moscow had nothing to do with the fire', 'she had nothing to do with it': an actor (a name or a
    personal pronoun) denied any part in something; 'this has nothing to do with race' judges a motive."""
    for token in content:
        if token.lower_ != "nothing" or token.head.lemma_.lower() != "have":
            continue
        if not any(c.lower_ == "do" for c in token.subtree):
            continue
        subject = _subject(token.head)
        if subject is not None and (subject.ent_type_ in ACTOR_ENTITIES or subject.lower_ in ACTOR_PRONOUNS):
            return True
    return False


def _could_rebut(lemma: str) -> bool:
    # ("have" for "was having none of it", and "has a different account")
    return lemma in DENY_VERBS or lemma in REBUTTING_PHRASALS or lemma in OTHER_VERSION_VERBS


def _rebutting_lemma_tokens(doc: Doc) -> list[int]:
    """The tokens whose lemma ``_rebutting_verb`` could accept, in order: found once for the doc (each
    statement looks back over the reporter's words before it), by lemma, not by token."""
    cached = doc.user_data.get("briefing.rebutting_lemmas")
    if cached is None:
        lemmas = doc.to_array("LEMMA").tolist()
        wanted = {h for h in set(lemmas) if _could_rebut(doc.vocab.strings[h].lower())}
        cached = doc.user_data["briefing.rebutting_lemmas"] = [i for i, h in enumerate(lemmas) if h in wanted]
    return cached


def _rebutting_verb(verb: Token) -> bool:
    """A verb the reporter tells a denial with: 'rejected the account', 'disputed the figures', 'cried foul',
    'hit back', 'was having none of it'."""
    lemma = verb.lemma_.lower()
    # the lemma first: this runs on every word the reporter writes before a statement
    if not _could_rebut(lemma):
        return False
    if verb.pos_ not in ("VERB", "AUX") or _has_hypothetical_modal(verb):
        return False
    # "was having none of it" (its "none" is no negation of the verb)
    if lemma == "have" and any(
        c.dep_ == "dobj" and c.lower_ == "none" and any(d.lower_ == "of" for d in c.children)
        for c in verb.children
    ):
        return not any(c.dep_ == "neg" for c in verb.children)
    if _is_negated(verb):
        return False
    if _describes_the_charge(verb):
        return False
    if verb.dep_ == "conj" and (_is_negated(verb.head) or _has_hypothetical_modal(verb.head)):
        return False  # "would neither confirm nor deny the report"
    if lemma in DENY_VERBS:
        # "rejected a defence application" rules on a request: no charge is denied
        return not _rejects_a_request(verb)
    if lemma in OTHER_VERSION_VERBS and _tells_other_version(verb):
        return True
    particle = REBUTTING_PHRASALS.get(lemma)
    return particle is not None and any(c.lower_ == particle for c in verb.children)


def _tells_other_version(verb: Token) -> bool:
    """'The council tells a different story', 'the company gives another version': the reporter tells that
    the subject's account is not the one just given."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in OTHER_VERSION_NOUNS
        and any(
            (d.dep_ == "amod" and d.lower_ in ("different", "other"))
            or (d.dep_ == "det" and d.lower_ == "another")
            for d in c.children
        )
        for c in verb.children
    )


def _describes_the_charge(verb: Token) -> bool:
    """'Wren, who was charged with an offence he has always denied, told reporters …', 'wanted on charges that
    he rejects': a verb of denying in a clause that qualifies the charge (its object, not its subject, is the
    noun it hangs on) tells the reader about the charge; it narrates no denial given in this exchange. 'Reed,
    who denies the charges, said …' (the relative pronoun is the denier) still does."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subject = _subject(verb)
    return subject is not None and subject.tag_ not in ("WP", "WDT")


def _plain_words(words: Iterable[str]) -> frozenset[str]:
    """Words of a name or a speaker's phrase as they are compared: lower case, without the punctuation
    around them or a possessive ("Norvale's", "Lunaris'", "spokeswoman,")."""
    plain = (re.sub(r"['’]s?$", "", w.lower().strip('.,;:()"“”‘’')) for w in words)
    return frozenset(plain) - NAME_FILLER_WORDS - {""}


def _describes_speaker(subject: Token, speaker_roles: frozenset[str]) -> bool:
    """'The 58-year-old executive rejected …' of the chief executive, 'Lunaris has rejected …' of Lunaris'
    chief medical officer: the subject is a description of the speaker, or the body it works for, when its
    head and every other word of it (but an age) are among the speaker's role words."""
    if subject.pos_ == "PRON":
        return False  # "he rejected …" of someone else: a pronoun describes nobody
    roles = _plain_words(speaker_roles)
    # the words up to its head: "the 58-year-old executive, who took over the bank," is the executive
    phrase = subject.doc[subject.left_edge.i : subject.i + 1].text
    words = _plain_words(AGE_IN_DESCRIPTION.sub(" ", phrase).split())
    head = _plain_words([subject.text])
    return bool(head) and head <= roles and words <= roles


def _speaks_for(said: Said, statement: Statement | None) -> bool:
    """Whether the speaker speaks for the other party whose statement comes just before: its phrase names
    that party ("Norvale's vice president" after Norvale Logistics, "a spokeswoman for the ministry" after
    Indonesia's foreign ministry) or points back to it ("his campaign spokeswoman", "its director").
    Role words any two speakers may share ("president", "chief") name nobody; a body named by a common
    noun ("the ministry") is that body only when the phrase names no other ("the Ministry of Health")."""
    if statement is None or not statement.speaker:
        return False
    roles = _plain_words(said.speaker_roles)
    if roles & POINTING_POSSESSIVES and roles & (
        REPRESENTATIVE_NOUNS | SPEAKING_FOR_ROLES | OFFICE_ROLE_WORDS
    ):
        return True  # "his campaign spokeswoman", "its chief executive, Ann Lowe"
    shared = (_plain_words(statement.speaker.split()) & roles) - GENERIC_ROLE_WORDS
    if not shared:
        return "the" in said.speaker_roles and _definite_body_office(roles)
    if shared <= ORG_NOUNS:
        return not (roles - GENERIC_ROLE_WORDS - NAMING_FUNCTION_WORDS - shared)
    return True


def _definite_body_office(roles: frozenset[str]) -> bool:
    """'Dunmore Shipping rejected that. "Every barrel was declared," said the company's chief executive':
    an office of a body named by "the" (the caller checks it) and its common noun, and nothing
    else, points back to the body that has just spoken."""
    return (
        bool(roles & ORG_NOUNS)
        and bool(roles & (REPRESENTATIVE_NOUNS | SPEAKING_FOR_ROLES | OFFICE_ROLE_WORDS))
        and not roles - GENERIC_ROLE_WORDS - NAMING_FUNCTION_WORDS - ORG_NOUNS
    )


def _rejects_a_request(verb: Token) -> bool:
    """'rejected a defence application', 'rejected what the operator called its final offer': the object of
    the verb of rejecting is a request or a proposal (see ``REJECTED_REQUESTS``)."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in REJECTED_REQUESTS:
            return True
        if child.dep_ == "ccomp" and any(
            t.dep_ in ("dobj", "oprd") and t.lemma_.lower() in REJECTED_REQUESTS for t in child.children
        ):
            return True
    return False


def _names_speaker(
    subject: Token, speaker_words: frozenset[str], speaker_roles: frozenset[str], by_head: bool = False
) -> bool:
    """Whether the subject of a narrated denial is the statement's speaker: the same pronoun or name words
    shared with it ("Cllr Dawes denied …" / Gary Dawes), a description of it or of the body it works for
    (see ``_describes_speaker``), or the organisation that an unnamed spokesman then speaks for
    ("Westmoor Water disputed the figures. A spokeswoman said …"). With ``by_head`` (a denial told in the
    paragraph before) a pronoun is no evidence and a name must be the subject's head: "Iran's mission
    denied …" is not Iran International, "Brightwell's chief executive dismissed …" not Brightwell."""
    if by_head:
        # a name or a noun heads it: "several of his findings" names no "several fact checkers"
        words = set(_plain_words([subject.text])) if subject.pos_ in ("PROPN", "NOUN") else set()
    else:
        # "Several of the auditors disputed …" shares only a quantifier with "several ministers"
        words = {t.lower_ for t in subject.subtree} - NAME_FILLER_WORDS - QUANTIFIERS
    if words & (speaker_words | _plain_words(speaker_words)) or _describes_speaker(subject, speaker_roles):
        return True
    speaker_words = speaker_words | _plain_words(speaker_words) | _plain_words(speaker_roles)
    named_body = subject.pos_ == "PROPN" or bool(subject.ent_type_) or subject.lemma_.lower() in ORG_NOUNS
    if not by_head and named_body and _holds_office_of_it(speaker_words):
        return True
    if not speaker_words & REPRESENTATIVE_NOUNS or not named_body:
        return False
    # "a union spokesman" speaks for a union, not for the company just named; "a company spokeswoman" may.
    return not (speaker_words & (ORG_NOUNS - COMPANY_NOUNS)) - words


def _holds_office_of_it(speaker_words: frozenset[str]) -> bool:
    """'The council tells a different story. Its leader, Anne Griffiths, said …': a speaker named by an office
    of "its" or "their" body speaks for the body the reporter has just named."""
    return bool(speaker_words & BODY_POSSESSIVES) and bool(
        speaker_words & (OFFICE_ROLE_WORDS | REPRESENTATIVE_NOUNS | SPEAKING_FOR_ROLES)
    )


def _denier(verb: Token) -> Token | None:
    """Who denies by a verb of denying: its subject, or in the passive its agent ("That account was
    contradicted by Lehtinen, who said …")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return _subject(verb) or (_subject(verb.head) if verb.dep_ == "conj" else None)


# How many sentences before a statement a told denial is looked for, within its paragraph: news paragraphs
# are a few sentences long, and a text without line breaks must not make each statement read all of it.
NARRATION_SENTENCES = 4


def _paragraph_first_token(doc: Doc, index: int, paragraphs: int = 1) -> int:
    """The first token of the paragraph holding token ``index`` (the one after the last line break; with
    ``paragraphs=2`` of the paragraph before it), or of the ``NARRATION_SENTENCES``-th sentence before it if
    the paragraph starts earlier."""
    starts, breaks = _sentence_starts_and_breaks(doc)
    floor = starts[max(0, bisect_right(starts, index) - 1 - NARRATION_SENTENCES)]
    at = bisect_left(breaks, index) - 1  # the last token holding a line break before ``index``
    while at >= 0 and breaks[at] >= floor:
        paragraphs -= 1
        if paragraphs == 0:
            return breaks[at] + 1
        at -= 1
    return floor


def _sentence_starts_and_breaks(doc: Doc) -> tuple[list[int], list[int]]:
    """The first token of each sentence, and the tokens whose text or trailing space holds a line break,
    in order: found once for the doc (every statement looks back from its own place)."""
    cached = doc.user_data.get("briefing.sentences_and_breaks")
    if cached is None:
        offsets = doc.to_array("IDX").tolist()  # each token's first character
        breaks = sorted(
            {bisect_right(offsets, match.start()) - 1 for match in re.finditer("\n", doc.text)} - {-1}
        )
        cached = doc.user_data["briefing.sentences_and_breaks"] = (
            # from the SENT_START array: walking doc.sents would build a Span for every sentence
            [i for i, start in enumerate(doc.to_array("SENT_START").tolist()) if start == 1 or i == 0] or [0],
            breaks,
        )
    return cached


def narrated_denial_before(said: Said) -> bool:
    """'Northline disputed that account. The company said its offer was worth 4.5 per cent': the reporter
    has told, earlier in the paragraph, that the speaker denies the charge; what the speaker then says gives
    the grounds of that denial. When another party spoke just before, only the reporter's words since then
    count: somebody else speaking between ends the answer."""
    content, speaker_words = said.content, said.speaker_words
    if not content or not speaker_words:
        return False
    doc = content[0].doc
    # A told denial may close the paragraph before ("Lunaris has rejected the report." ¶ "Rinaldi went
    # further, telling the panel …"), within the same few sentences.
    first = _paragraph_first_token(doc, content[0].i, paragraphs=2)
    paragraph_start = _paragraph_first_token(doc, content[0].i)
    if said.after_other and not _speaks_for(said, said.account_before):
        # from the sentence where the other party's statement ends: its cue may be the denial an unnamed
        # spokesman then gives the grounds of ("Calder disputed the figures. A spokeswoman said …")
        since = content[0].idx - len(said.lead)
        before = next((t for t in reversed(doc[first : content[0].i]) if t.idx < since), None)
        if before is not None:
            first = max(first, min(before.sent.start, content[0].i))
    candidates = _rebutting_lemma_tokens(doc)
    for at in candidates[bisect_left(candidates, first) : bisect_left(candidates, content[0].i)]:
        verb = doc[at]
        if not _rebutting_verb(verb):
            continue
        subject = _denier(verb)
        if (
            subject is not None
            and subject.dep_ != "expl"
            and _names_speaker(subject, speaker_words, said.speaker_roles, by_head=verb.i < paragraph_start)
        ):
            return True
    return False


def _once(method: Callable[[Said], bool]) -> Callable[[Said], bool]:
    """A question about a statement asked by several rules (``Said`` is frozen): answered once, kept on it."""
    key = f"_once_{method.__name__}"

    @wraps(method)
    def answered(said: Said) -> bool:
        known = said.__dict__.get(key)
        if known is None:
            known = said.__dict__[key] = method(said)
        return known

    return answered


@dataclass(frozen=True)
class Said:
    """What the stance rules look at in one statement."""

    lemma: str  # the cue's lemma, lower case ("" without a cue)
    negated: bool  # whether the cue is negated
    content: Sequence[Token]
    kind: str
    speaker_words: frozenset[str]
    cue: str  # the cue's words, lower case
    context: str  # the rest of the cue's sentence, lower case
    text: str  # the content's words, lower case (see ``_lower_text``)
    # The stance and rule of the same party's statement just before, when nobody else spoke between
    # ("" when there is none): the answer this statement may carry on.
    after_stance: str = ""
    after_rule: str = ""
    # Whether another party's question comes just before ("Should we believe them too?" … she said):
    # this statement answers it.
    after_question: bool = False
    # Whether another party's statement comes just before (this paragraph or the one before): negated
    # content right after it contradicts that account.
    after_other: bool = False
    # The reporter's words leading to the statement in its paragraph, lower case ("" when none).
    lead: str = ""
    # That other party's statement (None when none): the account this may contradict.
    account_before: Statement | None = None
    # What the speaker is besides its name, as role words ("norvale", "vice", "president"; "spokesperson",
    # "ministry"): whom it speaks for, and the descriptions that name it.
    speaker_roles: frozenset[str] = frozenset()
    # The reporter's words closing the paragraph before, when the statement is the first of its paragraph,
    # lower case ("" when none): a question put there ("Reporters asked whether …") is what it answers.
    lead_before: str = ""
    # What finds the sentences before the statement that make a charge (see ``charges_before``): a negated
    # account may answer one made paragraphs before.
    find_charges: Callable[[], tuple[str, ...]] = tuple
    # The name words of the parties that have denied something earlier in the article: a lawyer for one of
    # them answers for a client who denied.
    deniers: frozenset[str] = frozenset()

    @_once
    def refuses(self) -> bool:
        return self.lemma in REFUSE_VERBS or (
            self.negated
            and self.lemma in (TELLING_VERBS - DENY_VERBS - CONFIRM_VERBS) | REFUSING_WHEN_NEGATED
        )

    @_once
    def answers(self) -> bool:
        """Whether the article presents what the statement answers: a reply cue, or a report, query or
        accusation named around it."""
        return (
            self.lemma in REPLY_CUES
            or self.after_question
            or bool(ANSWERS_REPORT.search(self.context) or REPLY_MARKS.search(self.context))
            or any(ASKED_WHETHER.search(words) for words in (self.context, self.lead, self.lead_before))
        )

    @_once
    def replies(self) -> bool:
        """Whether the statement answers something put to the speaker: ``answers``, or the words that open
        its sentence or stand by its cue ("Asked about the delay, she said …", "Pressed on his future, …",
        "when pressed by reporters"). Being asked about a topic is no charge to evade: such a reply rebuts or
        admits, but saying something else is no non-denial."""
        return self.answers() or any(REPLY_OPENERS.search(words) for words in (self.context, self.lead))

    @_once
    def asked_yes_or_no(self) -> bool:
        """Whether the article puts a yes-or-no question about the speaker's side to it ("asked whether he
        had …")."""
        if NARRATED_YES_OR_NO.search(self.lead):
            return True  # "Had anyone in his government discussed it? He paused. 'I can't speak for …'"
        return bool(ASKED_ABOUT_SPEAKER.search(self.context) or ASKED_ABOUT_SPEAKER.search(self.lead)) or any(
            _asks_about_own_side(words, self.speaker_words, self.speaker_roles)
            for words in (self.context, self.lead, self.lead_before)
        )

    def pressed_further(self) -> bool:
        """'Pressed by the moderator, he added …' after the speaker's non-denial: the same question again."""
        return self.after_stance == "non_denial" and bool(PRESSED_FURTHER.search(self.context))

    @_once
    def declines_whether(self) -> bool:
        """Words declining to answer whose object is a yes or no: "I can't tell you whether it was"."""
        return any(
            DECLINED_WHETHER.search(self.text[found.end() :])
            for pattern in (REFUSAL_WORDS, NOT_ANSWERING)
            for found in pattern.finditer(self.text)
        )

    @_once
    def declines_to_comment(self) -> bool:
        """Words declining to comment, not inside a clause that only supposes them ("If the minister cannot
        tell us where the money went, he should resign" charges someone else with a refusal)."""
        return any(
            not SUPPOSING_CLAUSE.search(self.text[: found.start()])
            for pattern in (REFUSAL_WORDS, NOT_ANSWERING)
            for found in pattern.finditer(self.text)
        )


def _asks_about_own_side(
    words: str, speaker_words: frozenset[str], speaker_roles: frozenset[str] = frozenset()
) -> bool:
    """'Asked on Friday whether she would …', 'asked whether Harlow was in talks …' (Harlow's chief
    speaking), 'asked whether the government would appeal' (put to a minister): a yes-or-no question about
    the speaker, its own name or a body of its own, named by a definite noun."""
    for asked in ASKED_WHETHER.finditer(words):
        following = re.findall(r"[\w'-]+", words[asked.end() : asked.end() + 40])[:2]
        if not following:
            continue
        if following[0] in ACTOR_PRONOUNS or following[0] in speaker_words - NAME_FILLER_WORDS:
            return True
        if following[0] == "the" and len(following) > 1 and following[1] in ASKED_BODY_NOUNS:
            if ORGANISATION in speaker_words:
                return True  # "whether the company …", put to the company's spokesman
            # "whether the government would appeal", put to a minister or to "a government official"
            roles = _plain_words(speaker_roles)
            return following[1] in roles or bool(roles & OFFICE_HOLDERS_OF.get(following[1], frozenset()))
    return False


def puts_the_answer_off(said: Said) -> bool:
    """'Asked whether …, she said it was too early to say', 'it was too early to say whether the inquiry could
    lead to a prosecution': an answer put off, in reply, or opening the statement on a yes or no. A caution
    told beside other findings ("the drug had been tested only in mild cases, and it was too early to say
    whether it would work in severe ones") or about the evidence ("too early to draw conclusions") answers
    nothing: a claim."""
    found = TOO_EARLY_TO_SAY.search(said.text)
    if found is None:
        return False
    if said.replies():
        return True
    opening = re.match(r"^(it|that)('s| is| was| remains) (\w+ )?$", said.text[: found.start()])
    return opening is not None and bool(re.match(r"(\w+ )?(whether|if)\b", said.text[found.end() :].lstrip()))


def _past_act(verb: Token) -> bool:
    """A past act or state told as such: 'walked out', 'had approved', 'was done', 'had been advice'."""
    if _has_hypothetical_modal(verb) or verb.lemma_.lower() in HYPOTHETICAL_MODALS or _is_negated(verb):
        return False
    if verb.tag_ == "VBD":
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(c.lemma_.lower() == "have" for c in auxiliaries)
    past_passive = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in auxiliaries)
    return verb.tag_ == "VBN" and (perfect or past_passive)


def sets_version_against_another(said: Said) -> bool:
    """'The meeting had approved repairs, not the closure of the library', 'the money went to the hospital,
    not to the minister's family': after another party's account, a past act or state told with the version
    it is not ("…, not …") corrects that account. A call ("should be shared, not scattered"), a wish, a plan,
    an aim ("to help farmers, not to enrich …") and a verdict cited from someone else are no version of what
    happened."""
    if not said.after_other or not VERSION_CONTRASTED.search(said.text) or CITES_ANOTHER.search(said.text):
        return False
    if _acts_on_others(said):
        return False
    main = {verb.i for verb in _main_verbs(said.content)}
    for token in said.content:
        if token.lower_ != "not" or token.i == 0 or token.doc[token.i - 1].lower_ != ",":
            continue
        # the contrast hangs on the first verb above it: a main verb of the content, told in the past
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i in main and _past_act(verb):
            return True
    return False


def corrects_account_before(said: Said) -> bool:
    """'The auditors said the firm had overstated its profits. The firm said that in fact they had been
    understated': a correction ("in fact", "actually") right after another party's account sets the speaker's
    version against it. Against that party's denial or evasion it restates a charge (a claim); a plan or a
    call is no version of what happened."""
    account = said.account_before
    if not said.after_other or account is None or account.stance not in ("claim", "confirmation"):
        return False
    return not _acts_on_others(said) and not _calls_to_act(said.content)


def admits_fault_of_its_own(said: Said) -> bool:
    """'The company said it had made mistakes and was deeply sorry', 'she said she had got the figures wrong',
    'I accept that the figures should have been clearer': a fault owned by the speaker in its own clause
    (its subject the speaker, or the body a spokesman speaks for), not negated nor supposed; "the inspectors
    had made mistakes", said by someone else of them, is a charge."""
    if not FAULT_ADMITTED_OF_ITSELF.search(said.text):  # most statements: no need to walk their words
        return False
    for token in said.content:
        if token.lower_ not in OWNED_FAULT_WORDS:
            continue
        verb = token if token.lemma_.lower() == "accept" else token.head
        if verb.pos_ not in ("VERB", "AUX") or _is_negated(verb) or _has_hypothetical_modal(verb):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
            continue
        subject = _subject(verb) or (_subject(verb.head) if verb.dep_ == "conj" else None)
        if subject is None:
            continue
        if _is_speaker(subject, said.kind, said.speaker_words) or _body_of_spokesman(
            subject, said.kind, said.speaker_words
        ):
            return True
        if _body_of_its_office(subject, said):
            return True
    return False


def _body_of_its_office(subject: Token, said: Said) -> bool:
    """'The company's chief executive said it had made mistakes', 'its chief executive said the company was
    sorry': in reported speech, the body whose office the speaker holds, as "it" or by its common noun ("the
    company"), where the speaker's role names it or points to it ("its")."""
    roles = _plain_words(said.speaker_roles | said.speaker_words)
    if said.kind == "direct" or not roles & (REPRESENTATIVE_NOUNS | SPEAKING_FOR_ROLES | OFFICE_ROLE_WORDS):
        return False
    if subject.lower_ == "it":
        return bool(roles & (ORG_NOUNS | POINTING_POSSESSIVES))
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    noun = subject.lemma_.lower()
    return definite and noun in ORG_NOUNS and (noun in roles or bool(roles & POINTING_POSSESSIVES))


def could_have_done_better(said: Said) -> bool:
    """'Paylo could have done better', 'we could have moved faster', said by Paylo, its chief or us: the
    speaker owns a shortcoming of its own side. Said of someone else ("the council could have acted sooner",
    by a critic) it is a charge; under "if" only supposed."""
    if "could" not in said.text:  # most statements: no need to walk their words
        return False
    roles = _plain_words(said.speaker_roles)
    for verb in said.content:
        if verb.pos_ not in ("VERB", "AUX") or any(c.lower_ == "if" for c in verb.children):
            continue
        auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if "could" not in auxiliaries or "have" not in auxiliaries or _is_negated(verb):
            continue
        if not any(c.dep_ in ("advmod", "acomp", "dobj") and c.lower_ in DONE_BETTER for c in verb.children):
            continue
        subject = _subject(verb)
        if subject is not None and (
            _is_speaker(subject, said.kind, said.speaker_words) or subject.lower_ in roles
        ):
            return True
    return False


def _denies_past_act_besides_knowing(said: Said) -> bool:
    """'I don't know what he's talking about. I never saw that statement': beside the ignorance professed,
    the speaker denies a past act of its own (not one of knowing, remembering, hearing or having)."""
    for verb in _negated_acts(said.content):
        if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() in NOT_KNOWING_VERBS:
            continue
        subject = _subject(verb)
        if subject is not None and _is_speaker(subject, said.kind, said.speaker_words):
            return True
    return False


def _not_knowing_now(said: Said) -> str:
    """The statement's words with a past "did not know" taken out, unless it is reported speech in answer
    to a question, where the past is the present moved back ("asked whether …, he said he did not know")."""
    if said.kind == "indirect" and said.answers():
        return said.text
    return PAST_NOT_KNOWING.sub("", said.text)


def _keeps_options_open(text: str) -> bool:
    """'Would not rule it out', 'nothing is off the table', 'we look at every option': the answer is left
    open."""
    if any(
        p.search(text) for p in (OPTIONS_WEIGHED, NOTHING_RULED_OUT, NO_COMMITMENT, NOTHING_OFF_THE_TABLE)
    ):
        return True
    # "a server had been left open to the internet" tells a thing exposed, no answer kept open
    return any(not LEFT_EXPOSED.match(text, found.start()) for found in OPTIONS_OPEN.finditer(text))


@dataclass(frozen=True)
class StanceRule:
    name: str  # what a reader is shown as the reason ("why: negated verb of denying")
    stance: Stance
    fires: Callable[[Said], bool]


# Tried in order; the first that fires gives the stance. The module docstring says why each is there.
RULES: tuple[StanceRule, ...] = (
    StanceRule(
        "refuses to concede",
        "denial",
        lambda s: s.lemma == "refuse" and not s.negated and bool(REJECTS_BY_REFUSING.search(s.text)),
    ),
    StanceRule(
        "refusal of a yes-or-no answer",
        "non_denial",
        lambda s: (
            s.refuses()
            and any(p.search(s.text) for p in (WHETHER, WHETHER_ON, CONFIRM_OR_DENY, ON_THE_CHARGE))
        ),
    ),
    StanceRule("verb of refusing", "refusal", Said.refuses),
    StanceRule(
        "negated verb of denying or confirming",
        "non_denial",
        lambda s: (s.negated and s.lemma in _DENY_OR_CONFIRM) or bool(CONFIRM_OR_DENY.search(s.cue)),
    ),
    StanceRule(
        "speaker neither confirms nor denies",
        "non_denial",
        lambda s: _speaker_withholds_denial(s.content, s.kind, s.speaker_words),
    ),
    StanceRule("professes it cannot know", "non_denial", lambda s: bool(CANNOT_KNOW.search(s.text))),
    StanceRule(
        "declines to comment on a yes-or-no question",
        "non_denial",
        lambda s: (
            s.declines_to_comment() and (s.asked_yes_or_no() or s.pressed_further() or s.declines_whether())
        ),
    ),
    StanceRule(
        "declines to comment while keeping options open",
        "non_denial",
        lambda s: s.declines_to_comment() and _keeps_options_open(s.text),
    ),
    StanceRule(
        "declines to comment on a report about it",
        "non_denial",
        lambda s: (
            s.declines_to_comment()
            and any(ASKED_ABOUT_DOCUMENT.search(words) for words in (s.context, s.lead))
        ),
    ),
    StanceRule(
        "words declining to comment",
        "refusal",
        lambda s: s.declines_to_comment() or bool(NOTHING_TO_RELEASE.search(s.text)),
    ),
    StanceRule(
        "verb of denying",
        "denial",
        lambda s: (
            (s.lemma in DENY_VERBS and not s.negated)
            or (s.after_rule == CONTINUES_DENYING_VERB and _rebuts_on(s))
        ),
    ),
    StanceRule("verb of confirming", "confirmation", lambda s: s.lemma in CONFIRM_VERBS and not s.negated),
    StanceRule(
        "answers its own question with a no",
        "denial",
        lambda s: bool(OWN_QUESTION_ANSWERED_NO.search(s.text)),
    ),
    StanceRule(
        "answers a yes-or-no question with a question",
        "non_denial",
        lambda s: s.text.endswith("?") and s.asked_yes_or_no(),
    ),
    StanceRule(
        "asks a question",
        "claim",
        lambda s: s.text.endswith("?") and not RHETORICAL_WHY_TAIL.search(s.text),
    ),
    StanceRule("does not accept the claim", "denial", lambda s: bool(NOT_ACCEPTED.search(s.text))),
    StanceRule("does not recognise the account", "denial", lambda s: bool(NOT_RECOGNISED.search(s.text))),
    StanceRule(
        "speaker denies in its words",
        "denial",
        lambda s: speaker_answers_in_its_words(s.content, s.kind, s.speaker_words, DENY_VERBS),
    ),
    StanceRule(
        "speaker confirms in its words",
        "confirmation",
        lambda s: speaker_answers_in_its_words(s.content, s.kind, s.speaker_words, CONFIRM_VERBS),
    ),
    StanceRule(
        "reports a yes-or-no answer withheld",
        "non_denial",
        lambda s: bool(WITHHOLDS_WHETHER.search(s.text) or NOT_DRAWN_WHETHER.search(s.text)),
    ),
    StanceRule(
        "reports a refusal to comment",
        "refusal",
        lambda s: bool(WITHHOLDS.search(s.text) or NOT_DRAWN.search(s.text)),
    ),
    StanceRule("keeps the details confidential", "refusal", lambda s: bool(KEPT_CONFIDENTIAL.search(s.text))),
    StanceRule(
        "professed ignorance",
        "non_denial",
        lambda s: (
            bool(PROFESSED_IGNORANCE.search(_not_knowing_now(s)) or CANNOT_SAY.search(s.text))
            # "I don't know whether I'll ever see the money": uncertainty about the future, unless in answer
            and (s.replies() or not UNSURE_OF_FUTURE.search(s.text))
            # "I don't know what he's talking about. I never saw that statement": the act denied decides
            and not _denies_past_act_besides_knowing(s)
        ),
    ),
    StanceRule("too early to say", "non_denial", lambda s: puts_the_answer_off(s)),
    StanceRule("has not yet read it", "non_denial", lambda s: bool(NOT_YET_READ.search(s.text))),
    StanceRule(
        "keeping options open",
        "non_denial",
        lambda s: _keeps_options_open(s.text) or bool(OPTIONS_OPEN.search(s.cue)),
    ),
    StanceRule(
        "taking note of a report",
        "non_denial",
        lambda s: bool(
            LOOKING_INTO.search(s.text) or LOOKING_INTO.search(s.cue) or TAKEN_SERIOUSLY.search(s.text)
        ),
    ),
    StanceRule("a no in answer", "denial", lambda s: bool(NO_AS_ANSWER.search(s.text)) and s.replies()),
    StanceRule("judges what was said wrong", "denial", lambda s: bool(THAT_IS_WRONG.search(s.text))),
    StanceRule(
        "words judging a claim untrue",
        "denial",
        lambda s: (
            bool(DENIAL_WORDS.search(s.text))
            and (s.replies() or bool(ANSWERED_THING.search(s.text) or ANSWERED_FIGURES.search(s.text)))
        ),
    ),
    StanceRule("speaker vouches for its own account", "denial", lambda s: vouches_for_own_account(s.text)),
    StanceRule(
        "denies that something exists",
        "denial",
        lambda s: bool(NOTHING_THERE.search(s.text)) and not TOLD_THERE_WAS.search(s.text),
    ),
    StanceRule("judges the claim wrong", "denial", lambda s: bool(CLAIM_JUDGED_WRONG.search(s.text))),
    StanceRule(
        "judges what the accusation is",
        "denial",
        lambda s: (
            judges_the_accusation(s.content) or (s.lemma in NAMING_CUES and names_the_accusation(s.content))
        ),
    ),
    StanceRule(
        "one case does not make the charge", "denial", lambda s: bool(ONE_CASE_DOES_NOT_MAKE.search(s.text))
    ),
    StanceRule("judges the claim collapsed", "denial", lambda s: bool(CLAIM_COLLAPSED.search(s.text))),
    StanceRule("professes innocence", "denial", lambda s: bool(PROFESSED_INNOCENCE.search(s.text))),
    StanceRule("disowns any part in it", "denial", lambda s: disowns_any_part(s.content)),
    StanceRule("affirms its own propriety", "denial", lambda s: bool(PROPRIETY_AFFIRMED.search(s.text))),
    StanceRule(
        "speaker negates its own act",
        "denial",
        lambda s: (
            s.lemma not in REQUEST_CUES
            and denies_own_act(s.content, s.kind, s.speaker_words)
            # "had received nothing since March" tells what has not come, unless it answers a charge
            and (s.replies() or not _tells_nothing_received(s.content))
        ),
    ),
    StanceRule("learned of it only late", "denial", lambda s: bool(LEARNED_ONLY_LATE.search(s.text))),
    StanceRule(
        "affirms the reported act", "confirmation", lambda s: bool(REPORTED_ACT_AFFIRMED.search(s.text))
    ),
    StanceRule(
        "affirms with an emphatic do",
        "confirmation",
        lambda s: affirms_with_emphatic_do(s.content, s.kind, s.speaker_words),
    ),
    StanceRule("puts the cause elsewhere", "denial", lambda s: bool(CAUSE_CORRECTED.search(s.text))),
    StanceRule(
        "puts the act on someone else",
        "denial",
        lambda s: bool(ACT_PASSED_ON.search(s.text)) or sets_actor_against_another(s.content),
    ),
    StanceRule(
        "sets its version against another's",
        "denial",
        lambda s: sets_version_against_another(s),
    ),
    StanceRule(
        "correction in answer", "denial", lambda s: bool(CORRECTION_WORDS.search(s.text)) and s.replies()
    ),
    StanceRule(
        "corrects another party's account",
        "denial",
        lambda s: bool(CORRECTION_WORDS.search(s.text)) and corrects_account_before(s),
    ),
    StanceRule(
        "admission",
        "confirmation",
        lambda s: (
            bool(
                (
                    CONFIRMATION_WORDS.search(ADMITS_LESS_THAN.sub(" ", s.text))
                    and not NOT_APOLOGISING.search(s.text)
                )
                or SHOULD_NOT_HAVE.search(s.text)
                or NOT_PRETENDING.search(s.text)
                or SORRY_FOR_HARM.search(s.text)
            )
            and not s.text.startswith("if ")
        ),
    ),
    StanceRule("admits a fault of its own", "confirmation", admits_fault_of_its_own),
    StanceRule(
        "could have done better, said of itself",
        "confirmation",
        lambda s: could_have_done_better(s),
    ),
    StanceRule(
        "owns the fault",
        "confirmation",
        lambda s: bool(FAULT_OWNED.search(s.text) or (RESPONSIBILITY_OWNED.search(s.text) and s.replies())),
    ),
    StanceRule(
        "error admitted in answer",
        "confirmation",
        lambda s: s.replies() and bool(ADMITTED_ERROR.search(s.text)),
    ),
    StanceRule(
        "negated content in answer",
        "denial",
        lambda s: s.answers() and negates_in_answer(s.content),
    ),
    StanceRule(
        "counter-evidence after a denial",
        "denial",
        lambda s: (
            s.after_stance == "denial"
            and not _acts_on_others(s)
            and bool(
                COUNTER_EVIDENCE.search(s.text)
                or RECORDS_SHOW.search(s.text)
                or THERE_HAD_BEEN_IF.search(s.text)
            )
        ),
    ),
    StanceRule(
        "negated content after another party's account",
        "denial",
        lambda s: (
            s.after_other
            and s.lemma not in REPORTING_CUES
            and _rebuts_on(s)
            and _contradicts_account(s.content, s.account_before)
        ),
    ),
    StanceRule(
        "negated content taking up an earlier charge",
        "denial",
        lambda s: (
            s.lemma not in REPORTING_CUES
            and _rebuts_on(s)
            and _takes_up_charge(s.content, s.find_charges, s.speaker_words | s.speaker_roles)
        ),
    ),
    StanceRule(
        "the record kept against another's denial",
        "denial",
        lambda s: (
            s.after_other
            and s.account_before is not None
            and s.account_before.stance == "denial"
            and bool(RECORD_KEPT.search(s.text))
        ),
    ),
    StanceRule(
        "answer to a report that neither denies nor confirms",
        "non_denial",
        lambda s: s.answers() and not _acts_on_others(s) and not _calls_to_act(s.content),
    ),
    StanceRule(
        "deflects the question after keeping options open",
        "non_denial",
        lambda s: bool(DEFLECTS.search(s.text)) and s.after_rule == "keeping options open",
    ),
    StanceRule(
        "deflects the question to others",
        "refusal",
        lambda s: bool(DEFLECTS.search(s.text)) and s.after_rule not in _WITHHOLDING_RULES,
    ),
    StanceRule("insists against a charge", "denial", lambda s: insists_against(s)),
    StanceRule("affirms it meets the standard", "denial", lambda s: bool(STANDARDS_MET.search(s.text))),
    StanceRule(
        "continues the speaker's denial",
        "denial",
        lambda s: s.after_stance == "denial" and _rebuts_on(s) and _contradicts(s),
    ),
    StanceRule(
        "carries on the denial of the party it speaks for",
        "denial",
        lambda s: (
            s.after_other
            and s.account_before is not None
            and s.account_before.stance == "denial"
            and _speaks_for(s, s.account_before)
            and _rebuts_on(s)
            and _contradicts_for_its_side(s)
        ),
    ),
    StanceRule(
        "gives the grounds of a denial the reporter told",
        "denial",
        lambda s: _rebuts_on(s) and not _asks_someone_to_act(s.content) and narrated_denial_before(s),
    ),
    StanceRule(
        "rebuts after conceding",
        "denial",
        lambda s: (
            s.after_stance == "confirmation"
            and bool(CONCESSIVE_BUT.search(s.context) or s.text.startswith("but "))
            and _rebuts_on(s)
            and (negates_in_answer(s.content) or bool(DEFENDED_IN_FULL.search(s.text)))
        ),
    ),
    StanceRule(
        "continues the speaker's admission",
        "confirmation",
        lambda s: s.after_stance == "confirmation" and bool(SHORTCOMING_NAMED.search(s.text)),
    ),
    StanceRule(
        "carries on the admission of the party it speaks for",
        "confirmation",
        lambda s: (
            s.after_other
            and s.account_before is not None
            and s.account_before.stance == "confirmation"
            and _speaks_for(s, s.account_before)
            and bool(SHORTCOMING_NAMED.search(s.text))
        ),
    ),
    StanceRule(
        "continues the speaker's withheld answer",
        "non_denial",
        lambda s: (
            s.after_rule in _WITHHOLDING_RULES
            and not _acts_on_others(s)
            and not OFFERS_INSTEAD.search(s.text)
        ),
    ),
    StanceRule(
        "pressed again after a non-denial",
        "non_denial",
        lambda s: s.pressed_further() and not _acts_on_others(s) and not _calls_to_act(s.content),
    ),
    StanceRule("its account taking up an earlier charge", "denial", _answers_charge_with_account),
    StanceRule("answers for the client who denied", "denial", _answers_for_client_who_denied),
    StanceRule(PLAIN_CLAIM_RULE, "claim", lambda s: True),
)


def classify(
    cue_lemma: str | None,
    cue_negated: bool,
    content: Sequence[Token],
    kind: str,
    speaker_words: frozenset[str] = frozenset(),
    cue_text: str = "",
    context: str = "",
    after: tuple[Stance, str] | None = None,
    after_question: bool = False,
    after_other: bool = False,
    lead: str = "",
    account_before: Statement | None = None,
    speaker_roles: frozenset[str] = frozenset(),
    lead_before: str = "",
    find_charges: Callable[[], tuple[str, ...]] = tuple,
    deniers: frozenset[str] = frozenset(),
) -> tuple[Stance, str]:
    """The stance of one statement and the name of the rule that gave it (see ``RULES``); ``after`` is the
    stance and rule of the same party's statement just before it, when nobody else spoke between;
    ``after_question`` whether another party's question comes just before it."""
    said = Said(
        lemma=(cue_lemma or "").lower(),
        negated=cue_negated,
        content=content,
        kind=kind,
        speaker_words=speaker_words,
        cue=cue_text.lower().replace("’", "'"),
        context=context.lower().replace("’", "'"),
        text=_lower_text(content),
        after_stance=after[0] if after else "",
        after_rule=after[1] if after else "",
        after_question=after_question,
        after_other=after_other,
        lead=lead.lower().replace("’", "'"),
        account_before=account_before,
        speaker_roles=speaker_roles,
        lead_before=lead_before.lower().replace("’", "'"),
        find_charges=find_charges,
        deniers=deniers,
    )
    rule = next(r for r in RULES if r.fires(said))
    return rule.stance, rule.name
