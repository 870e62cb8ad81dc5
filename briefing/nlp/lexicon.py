"""Every word list the analysis uses, each with the construction of news English it serves.

An entry earns its place by being common in news in general, never by one article's wording.
Lists are lower case; verbs are lemmas. Patterns match the lower-cased, space-joined words of a
statement (``n't`` and ``'s`` glued back to their word, curly apostrophes made straight).
"""

from __future__ import annotations

import re

from briefing.nlp.prefilter import prefilter_module_patterns


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- speech cues (attribution) --------------------------------------------------------------------

# Reporting verbs: "X said", "X told reporters", "X warned that …". Beliefs and perceptions are not speech.
CUE_VERBS = _words(
    """say tell add state write continue lament insist deny confirm claim argue note explain announce
    report testify acknowledge admit concede reject dispute warn beg urge accuse tweet post respond reply
    answer ask suggest allege assert contend maintain declare predict promise pledge vow threaten stress
    emphasize emphasise underline underscore recall describe slam assail criticize criticise blast praise
    complain counter reiterate repeat decline refuse conclude observe comment remark mention disclose
    reveal signal indicate hint boast brag joke quip recount caution advise demand question dismiss refute
    rebut clarify charge blame affirm confess divulge exclaim grumble inform proclaim reassure recommend
    retort scoff shout speculate swear tout whisper yell characterize characterise brand cite reference
    concur disagree agree guarantee reaffirm plead estimate pronounce call remind apologise apologize
    press express"""
)
# Verbs whose object, not only a clause, is what was said: "denied the report", "called it a sham".
OBJECT_CUES = _words(
    """deny confirm acknowledge admit concede dispute reject dismiss refute rebut slam assail blast
    criticize criticise accuse describe call characterize characterise brand urge beg warn praise announce
    reveal disclose cite reference repeat reiterate decline refuse promise pledge vow demand charge blame
    question suggest reaffirm tout express"""
)
# Cues that report speech only with a clause ("charged that …"), never with a bare object ("charged him").
CLAUSE_ONLY_CUES = _words("call charge question demand suggest")
# What is turned down or thrown out by a vote or a ruling, not answered: "rejected the pay offer",
# "parliament rejected the bill", "the court dismissed the lawsuit".
ACTED_ON_NOUNS = _words(
    """offer bid proposal plan bill motion amendment resolution measure budget deal agreement treaty
    application request appeal petition nomination nominee candidate candidacy case lawsuit suit
    indictment charges contract settlement"""
)
# Vague subjects of imagined speech: "many would point out", "some might argue", "one could say".
GENERIC_SUBJECTS = _words("many some one others anyone someone people you few most")
# Nouns that carry reported content: "a report by X that …", "X's claim that …", "her vow that …".
REPORT_NOUNS = _words(
    "report statement claim announcement assertion allegation warning promise pledge remark testimony vow "
    "insistence argument contention suggestion accusation charge assurance prediction threat"
)
# Subjects that are documents ("the statement said", "according to her account"): the document speaks for
# whoever issued it.
DOCUMENT_NOUNS = _words(
    "statement release report letter email e-mail memo tweet post filing document transcript complaint "
    "lawsuit account memoir book diary testimony memorandum"
) | _words("suit petition")  # "The suit, filed by …, claims": a lawsuit written short
# Verbs whose subject is the author of the document they take ("the ministry issued a statement saying"),
# unlike "cited a report" or "obtained a letter".
ISSUING_VERBS = _words(
    "issue release publish send post write sign file deliver draft submit tweet provide make"
)
# Spoken occasions that speak for whoever gave them ("according to an interview with the Times", "in
# a speech"): the interviewer or host they are "with" or "on" is not the speaker.
SPOKEN_OCCASION_NOUNS = _words("interview speech remarks address testimony appearance")
# The medium a cue names before its clause: "told the paper in a statement that …", "said in an email that".
MEDIUM_NOUNS = DOCUMENT_NOUNS | _words("interview speech message text call conversation briefing op-ed")
# Verbs of telling that are speech cues only when negated: "would not discuss the details" withholds.
TELLING_CUES = _words(
    "say tell comment discuss elaborate specify disclose reveal answer explain detail define"
)
# Phrasal verbs that report speech only with their particle: "pushed back on the criticism".
PHRASAL_CUES = {"push": "back", "point": "out", "rule": "out", "make": "clear"}
# A negated reply about a request is no statement: "did not respond to a request for comment".
NON_RESPONSE = re.compile(
    r"\b(request|requests|calls|call|emails?|messages?|inquir\w+) for comment\b|\b(return|returned)\b"
)
# Verbs that put a label on something: "what both sides describe as “consultations”" labels, says nothing.
NAMING_CUES = _words("describe call characterize characterise brand label dub term")
# Prepositions that introduce what an object cue reports: "warned of", "accused X of", "pushed back against".
CONTENT_PREPOSITIONS = _words("as of for about that to against")

# --- names and parties ---------------------------------------------------------------------------

# Entity labels of the tagger that can be a party: people, organisations, states, nationalities and groups.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Titles written before a name ("Sen. Alice Warren", "Prime Minister X"): not part of the person's name.
TITLES = _words(
    """mr mrs ms miss dr sen senator rep representative gov governor president secretary minister
    ambassador judge gen general col lt sgt adm prof professor rev sir dame lord lady chairman
    chairwoman commissioner mayor vice former then-president cmdr capt"""
)
# Abbreviated titles of news style ("Sen. Alice Warren", "Lt. Col. X") and the role nouns a later
# description uses for the same person ("the senator", "the officer").
TITLE_ROLE_NOUNS = {
    "sen": frozenset({"senator", "lawmaker"}),
    "rep": frozenset({"representative", "congressman", "congresswoman", "lawmaker"}),
    "gov": frozenset({"governor"}),
    "dr": frozenset({"doctor", "physician"}),
    "prof": frozenset({"professor"}),
    "rev": frozenset({"reverend", "minister", "pastor"}),
    "amb": frozenset({"ambassador", "envoy"}),
    "ambassador": frozenset({"envoy", "diplomat"}),
    "gen": frozenset({"general", "officer", "commander"}),
    "adm": frozenset({"admiral", "officer", "commander"}),
    "lt": frozenset({"lieutenant", "officer"}),
    "col": frozenset({"colonel", "officer"}),
    "maj": frozenset({"major", "officer"}),
    "capt": frozenset({"captain", "officer"}),
    "cmdr": frozenset({"commander", "officer"}),
    "sgt": frozenset({"sergeant", "soldier"}),
}
# Forms of one role that differ only in the gender they show: "the spokesperson" is the spokeswoman the
# article named (the gender is checked apart, with MALE_ROLE_NOUNS and FEMALE_ROLE_NOUNS).
ROLE_FORMS = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
}
# Titles of courtesy that any man or woman carries, unlike the title of an office ("Senator X").
COURTESY_TITLES = _words("mr mrs ms miss sir dame lord lady dr prof rev former then-president")
# Name suffixes ("John Smith Jr."): not a surname.
NAME_SUFFIXES = _words("jr sr ii iii iv")
# Titles that say a person is a man or a woman: the article's own evidence of gender ("Mr. Ortega").
MALE_TITLES = _words("mr sir lord")
FEMALE_TITLES = _words("mrs ms miss dame lady")
# Role nouns that say a person is a man or a woman: "X, a spokeswoman", "the businessman".
MALE_ROLE_NOUNS = _words(
    "spokesman chairman congressman businessman councilman alderman assemblyman father son husband brother"
)
FEMALE_ROLE_NOUNS = _words(
    "spokeswoman chairwoman congresswoman businesswoman councilwoman alderwoman assemblywoman mother "
    "daughter wife sister"
)
# Honorifics kept with a name: "Mr. Clinton" tells which Clinton is meant.
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss"})
# Common given names (the most frequent in English-language birth registers): a two- or three-word name
# tagged ORG that starts with one is a person ("Dana Reyes" is no company). Gender is not read from them.
COMMON_FIRST_NAMES = _words(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon
    laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
    christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
    victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria
    teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris
    marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
    james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl
    arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
    elijah randy roy vincent ralph eugene russell bobby mason philip louis bill mike chris ben tim tony
    steve"""
)
# Last words of names that are places or institutions, never people: "Kennedy Center", "Lincoln Bridge".
INSTITUTION_WORDS = _words(
    "university college school institute foundation center centre hospital company group bank fund trust "
    "association committee council bridge airport station street square park prize award act"
)
# Nationalities whose state the prefix rule ("Kenyan" -> "Kenya") cannot find: irregular demonyms.
DEMONYMS = {
    "american": "United States",
    "americans": "United States",
    "british": "United Kingdom",
    "briton": "United Kingdom",
    "britons": "United Kingdom",
    "english": "United Kingdom",
    "french": "France",
    "dutch": "Netherlands",
    "swiss": "Switzerland",
    "swedish": "Sweden",
    "danish": "Denmark",
    "finnish": "Finland",
    "norwegian": "Norway",
    "icelandic": "Iceland",
    "faroese": "Faroe Islands",
    "polish": "Poland",
    "irish": "Ireland",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "greek": "Greece",
    "turkish": "Turkey",
    "israeli": "Israel",
    "israelis": "Israel",
    "iraqi": "Iraq",
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "afghan": "Afghanistan",
    "pakistani": "Pakistan",
    "chinese": "China",
    "japanese": "Japan",
    "vietnamese": "Vietnam",
    "filipino": "Philippines",
    "philippine": "Philippines",
    "thai": "Thailand",
    "german": "Germany",
    "germans": "Germany",
}
# Short names news uses for institutions, as one actor with the full name ("the Fed" is the Federal Reserve,
# "the Pentagon" the Defense Department): comparison keys, as ``names.org_key`` makes them.
INSTITUTION_SHORT_NAMES = {
    "fed": "federal reserve",
    "us fed": "federal reserve",
    "federal reserve board": "federal reserve",
    "pentagon": "defense department",
    "us defense department": "defense department",
    "defence department": "defense department",
    "defence ministry": "defense ministry",
    "scotus": "supreme court",
    "us supreme court": "supreme court",
    "ecb": "european central bank",
    "boe": "bank of england",
    "imf": "international monetary fund",
}
# Function words that join the words of an organisation's name ("Bank of England"): not initials.
ORG_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})
# Last words of names that only institutions have (never a surname, unlike "Park" or "Bank"): a name
# the tagger took for a person's ending in one is an organisation's ("the Okafor Foundation").
INSTITUTION_HEADS = _words(
    "university college institute foundation association committee council corporation commission"
)
# Words inside a name that make it an organisation's, never a person's: "Alliance Against Hunger",
# "Friends of the Earth", "Doctors Without Borders" (a person's name has no such word).
ORG_JOINING_WORDS = frozenset({"of", "the", "and", "for", "on", "against", "without", "&"})
# Appositive heads that only a person can be: "X, the interior minister", "a spokeswoman, X".
PERSON_ROLES = _words(
    """minister spokesman spokeswoman spokesperson secretary director chairman chairwoman president leader
    executive officer official lawyer attorney negotiator ambassador envoy adviser advisor aide senator
    governor mayor commissioner deputy prosecutor judge candidate activist economist analyst professor
    founder lawmaker legislator diplomat correspondent editor author premier chancellor"""
)
# Day and month names the tagger sometimes takes for people ("on Monday, said"). "May" is left out.
CALENDAR_WORDS = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december"""
)

# --- speakers ------------------------------------------------------------------------------------

# Pronouns by what they can refer to: a man, a woman, an organisation or thing, a group or organisation.
MALE_PRONOUNS = _words("he him his himself")
FEMALE_PRONOUNS = _words("she her hers herself")
THING_PRONOUNS = _words("it its itself")
GROUP_PRONOUNS = _words("they them their themselves")
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
# Heads of descriptions that name an organisation rather than a person: "the campaign said".
ORG_NOUNS = _words(
    """mission campaign team office administration government ministry department committee agency company
    firm group party leadership council commission court embassy delegation board newspaper paper
    organization organisation union association coalition bank regulator police military army network
    website site outlet station directorate authority authorities service services industry
    institute foundation center centre cabinet parliament congress senate house secretariat"""
) | _words("panel tribunal watchdog charity bureau inspectorate")  # "the panel said": a body too
# Descriptions of a company ("the company said", "the firm", "the lender"): one kind of body, so "the firm"
# may refer back to the organisation the article called "the company".
COMPANY_NOUNS = _words(
    "company firm maker manufacturer business lender bank insurer carrier retailer airline conglomerate "
    "startup"
)
# The kinds of body whose names say what they are by their last word ("the Civil Aviation Authority" is an
# agency, "the Transport Workers Union" a union): "the agency" refers back to the nearest organisation named
# with one of its kind's words; an organisation whose name says no kind may be the company "the company" is.
ORG_KIND_WORDS = {
    "agency": _words(
        "agency administration authority bureau commission service office regulator inspectorate"
    ),
    "regulator": _words("agency administration authority bureau commission regulator inspectorate"),
    "union": _words("union federation guild"),
    "court": _words("court tribunal"),
    "ministry": _words("ministry department"),
    "department": _words("department ministry"),
    "party": _words("party"),
    "council": _words("council assembly"),
    "committee": _words("committee panel"),
    "panel": _words("panel committee"),
    "commission": _words("commission"),
    "police": _words("police constabulary"),
    "university": _words("university college"),
    "hospital": _words("hospital clinic"),
}
# Last words of names that say a body is no company, whatever a description calls it.
NON_COMPANY_NAME_WORDS = frozenset().union(*ORG_KIND_WORDS.values()) | _words(
    """institute foundation association school center centre society league coalition alliance movement
    front army forces ministry government parliament congress senate house network watch fund"""
)
# Last words of company names ("Acme Holdings", "Lantern Group", "Orlo Ltd"): a company for sure, before a
# name that says no kind ("the company" is more likely "Acme Holdings" than a port the tagger called an ORG).
COMPANY_NAME_WORDS = _words(
    "inc incorporated corp corporation co company ltd limited llc plc group holdings bancorp ag sa nv gmbh"
)
# What an article may call a body that says it is no company ("the consumer group X", "X, a charity,"), and
# "outlet" for a name the article uses as a news outlet ("told Reuters that …").
NON_COMPANY_KINDS = (
    NON_COMPANY_NAME_WORDS
    | frozenset(ORG_KIND_WORDS)
    | _words("group charity watchdog organization organisation nonprofit campaign outlet")
)
# An age written as a description ("the 58-year-old told reporters", "the 61-year-old executive"): it says
# how old the person is, not what they do.
AGE_DESCRIPTION = re.compile(r"^\d{1,3}-year-old$")
# Quantifier heads of a group speaker: "many of them said", "some of the protesters said".
QUANTIFIERS = _words("many some most all several few both each none one two three half majority")
# Bare quantifiers and "others" as the subject of a speech act ("Several pointed out", "Many said", "Others
# questioned"): members of the group the article has just mentioned ("Residents lined up. Many said …").
BARE_GROUP_QUANTIFIERS = _words("many some most several few others all both")
# Determiners of a description that points back to someone named: "the spokesman", "this official".
DEFINITE_ARTICLES = _words("the this that")
# A source that says it is unnamed: "who asked not to be named", "speaking on condition of anonymity",
# "who was not authorised to speak publicly": not the person the article names with that role.
ANONYMITY = re.compile(
    r"\b(anonymity|anonymously|not to be (named|identified)|(declined|refused) to be (named|identified)"
    r"|not authori[sz]ed to (speak|comment|discuss))\b",
    re.IGNORECASE,
)
# Determiners of a description that introduces someone new: "a career officer", "another diplomat".
INDEFINITE_ARTICLES = _words("a an another")

# --- stance --------------------------------------------------------------------------------------

# Verbs of denying or rejecting what was said: "denied the report", "dismissed the claims".
DENY_VERBS = _words(
    "deny reject dismiss dispute refute rebut disavow repudiate contest debunk disclaim deride contradict"
)
# Verbs of confirming or admitting: "confirmed the talks", "acknowledged the error".
CONFIRM_VERBS = _words("confirm acknowledge admit concede affirm verify corroborate")
# Verbs of refusing an answer: "declined to comment", "refused to say".
REFUSE_VERBS = _words("decline refuse")
# Verbs of telling whose negation withholds an answer: "did not say when", "would not define the term".
TELLING_VERBS = _words(
    "say tell comment discuss elaborate specify disclose reveal answer explain detail address identify "
    "name provide give confirm deny define characterize characterise describe estimate"
)
# What a refusal declines when it is a yes-or-no answer about a report: "declined to say whether …".
WHETHER = re.compile(r"^(to\s+(say|confirm|deny|comment on|discuss|disclose)\s+)?(whether|if)\b")
# Neither confirming nor denying: "would neither confirm nor deny", "can't confirm or deny".
CONFIRM_OR_DENY = re.compile(
    r"\b(confirm\w*\s+(or|nor)\s+den\w*|den\w*\s+(or|nor)\s+confirm\w*|neither\s+confirm\w*)\b"
)
# Declining to comment in the statement itself: "I'm not going to get into that", "no comment", and
# ("n't" is matched without a word boundary before it: it is glued to its verb, "wouldn't comment")
# professing not to be the one to answer ("not qualified to judge", "not the right person to comment").
REFUSAL_WORDS = re.compile(
    r"(\bno comment|\bdeclin\w* to comment|"
    r"(\bnot|n't|\bnever|\bwon't|\bcannot|\bcan't)\s+(be\s+)?"
    r"(going to\s+|gonna\s+|able to\s+|in a position to\s+|"
    r"prepared to\s+|about to\s+|want to\s+|allowed to\s+|even\s+|qualified to\s+|competent to\s+|"
    r"best placed to\s+|the (right|best) person to\s+)?"
    r"(get into|go into|comment|discuss|speak to|speak about|speak for|speculate|elaborate|weigh in|"
    r"talk about|get ahead of|characteri[sz]e|define|share details|disclose|provide details|tell you|tell us|"
    r"getting into|going into|commenting|discussing|speculating|elaborating|talking about|"
    r"say (any )?more|say anything|say much)|"
    r"\b(rather not|prefer not to) (add|comment|say|discuss|get into|go into|speculate|elaborate)|"
    r"(\bnot|n't|\bwon't|\bcannot|\bcan't)\s+(be\s+)?(going to\s+|able to\s+|prepared to\s+)?"
    r"(give|provide|share|release|put)\s+(you\s+|out\s+)?(a |any |the )?"
    r"(figures?|numbers?|details|specifics|names|a date|a timeline|information))\b"
)
# The content reports that the speaker's side withholds a yes-or-no answer: "the agency declined to say
# whether …".
WITHHOLDS_WHETHER = re.compile(
    r"\b(declin\w*|refus\w*|(would|will|did|could)( not|n't)) (to )?(say|confirm|disclose|answer|specify) "
    r"(whether|if)\b"
)
# The content reports a refusal to comment: "… and declined to comment further".
WITHHOLDS = re.compile(
    r"\b(declin\w*|refus\w*) to (comment|say|discuss|elaborate|provide|give|disclose|answer|specify|"
    r"identify|name|release)\b"
)
# Taking note of a report without answering it: "is reviewing the allegations", "takes the concerns
# seriously", "stopped short of denying".
LOOKING_INTO = re.compile(
    r"\b(review\w*|look\w* (into|at)|examin\w*|investigat\w*|study\w*|studying|aware of|assess\w*) "
    r"(the|these|those|this|such|its|their) (report|reports|findings|allegations?|claims?|accusations?|"
    r"complaints?|concerns?|matter|story)\b|"
    r"\btakes? (these|the|such|all|any|this) (concerns?|allegations?|claims?|reports?|complaints?|matter) "
    r"(very )?seriously\b|"
    r"\bstop\w* short of (deny|denying|confirm|confirming)\b"
)
# Professing not to know or remember, in answer to a report: "I have no idea", "I never heard of it",
# "I don't know anything about that", "I don't recall whether".
PROFESSED_IGNORANCE = re.compile(
    r"(\bnot|n't|\bnever)\s+(recall|remember)\b|\bno (recollection|memory) of\b|"
    r"(\bnot|n't)\s+aware (of )?(whether|if|any|that)\b|\bno (idea|clue)\b|"
    r"(\bnever|\bnot|n't)\s+(ever\s+)?(heard|hear) (of|about)\b|"
    r"\b(do|does|did)n't know (anything|much|whether|if|what|which|who|about|where|how|why)\b|"
    r"\b(do|does|did) not know (anything|much|whether|if|what|which|who|about|where|how|why)\b|"
    r"\bnot (sure|certain) (whether|if|what|who|that)\b"
)
# Keeping options open instead of answering: "reserves the right to", "would not rule out", "left open".
OPTIONS_OPEN = re.compile(
    r"\breserv\w* the right to\b|(\bnot|n't|\bnever)\s+(be\s+)?rul\w* (it |that |anything |this )?out\b|"
    r"\b(left|leave|leaves|leaving|keep\w*|kept) "
    r"(the door |the possibility |all options |options |it )?open\b|"
    r"\b(everything|all options|nothing) (is|are|remains?) on the table\b|\bwe ?'?ll see\b|\btime will tell\b"
)
# Words that judge a claim untrue: "the report is false", "baseless", "a fabrication", "not what happened".
DENIAL_WORDS = re.compile(
    r"\b(untrue|not true|falsely|falsehoods?|baseless|groundless|unfounded|no truth|"
    r"(is|are|was|were|be|been|completely|totally|entirely|simply|patently|demonstrably|utterly|absolutely|"
    r"categorically|wholly) false|false (claims?|allegations?|accusations?|reports?|reporting|narratives?|"
    r"stor(y|ies)|information|statements?|charges?|assertions?|rumou?rs?)|false\W*$|"
    r"no basis|without (any )?(merit|basis|foundation)|fabricat\w+|made[- ]up|made it up|fake|"
    r"sham|hoax|witch[- ]hunt|lies|lying|liars?|nonsense|absurd|ridiculous|categorically|"
    r"not credible|no evidence|mischaracteri[sz]\w*|misrepresent\w*|distort\w*|inaccurate|misleading|"
    r"at no time|nothing to do with|no (role|involvement|knowledge|indication|part|proof)\b|"
    r"illegitimate|debunked|bogus|slander\w*|defamatory|farce|hit (job|piece)|"
    r"politically motivated|smears?|unsubstantiated|pure fiction|conspiracy theor\w*|no wrongdoing|"
    r"nothing wrong|not (true|accurate|correct)|(is|was|are|were)n't (true|accurate|correct)|"
    r"not what (happened|took place|was said|(i|we|he|she|they) (said|meant))|"
    # a quotation or picture put about unfairly: "taken out of context", "the photo was doctored"
    r"out of context|doctored|misquot\w+|"
    # scorn for a claim, common in rebuttals: "the story is garbage", "a ludicrous claim"
    r"garbage|rubbish|ludicrous|laughable|preposterous|outlandish|phony|phoney|trumped[- ]up|concocted|"
    # "it will not happen again" promises, it judges nothing untrue
    r"(never|not|\w+n't) happen(ed)?(?! again)|not the case|"
    r"none of (it|that|this|these|those|the \w+) (is|are|was|were) (true|accurate|correct)|"
    r"(a|an) (\w+ )?lie|no merit|(nothing|no) more than (a |an )?(\w+ )?"
    r"(rumou?rs?|gossip|speculation|smears?|propaganda|theory|theories|fiction|fantasy)|"
    r"(pure|mere|wild|idle|malicious) speculation|propaganda)\b"
)
# Affirming one's own propriety, the usual answer to a charge of wrongdoing: "complied with all rules",
# "acted within the law", "the payments were entirely legal", "broke no laws".
PROPRIETY_AFFIRMED = re.compile(
    r"\b(acted|acts|act|behaved) (\w+ )?(lawfully|legally|properly|appropriately|in good faith|"
    r"within the (law|rules)|in accordance with)|"
    r"\b(complied|complies|comply|complying|compliance) with (all|the|every|its|our|their)\b|"
    r"\b(followed|follows|follow|following) (all |the |every )(\w+ )?(rules|laws?|procedures|protocols?|"
    r"regulations|guidelines)\b|"
    r"\b(is|are|was|were|been) (entirely |perfectly |fully |completely |totally )?(legal|lawful|above board)"
    r"(?! (to|for|action|challenge|advice|team|fees|battle|fight))\b|"
    r"\bbroke no (laws?|rules)\b|\bno (laws?|rules) (was|were) broken\b|"
    r"\b(told|tells|telling|has told|had told|have told) the (whole )?truth\b"
)
# Words that make a denial word a rebuttal: the statement is about a claim made against someone
# ("the report is false", "these allegations are baseless"), not a charge the speaker makes.
ANSWERED_THING = re.compile(
    r"\b(report|reports|reporting|story|stories|article|claims?|allegations?|accusations?|charges?|"
    r"suggestions?|assertions?|rumou?rs?|narratives?|account|any of|"
    # material put about as evidence: "the video is fake", "the documents were fabricated"
    r"videos?|footage|photos?|photographs?|images?|pictures?|documents?|recordings?|audio|screenshots?|"
    r"letters?|memos?|emails?|posts?|quotes?|"
    # a pronoun as the subject of the verdict ("that is false", "it never happened"), not "think that …"
    r"(it|that|this|these|those)('s| is| was| are| were| isn't| wasn't| aren't| weren't)|"
    r"^(it|that|this|these|those)|"
    # proceedings against the speaker: "called the inquiry a witch hunt"
    r"investigations?|inquiry|inquiries|probe|process|case|trial|impeachment|lawsuit|complaint)\b"
)
# Correction markers: "in fact", "actually", "the truth is" set the record straight when they answer
# an allegation.
CORRECTION_WORDS = re.compile(r"\b(in fact|actually|in reality|the truth is|the reality is|to be clear)\b")
# Vouching for one's own account, the usual answer to a charge of lying: "my statements were accurate",
# "his account has been consistent".
OWN_ACCOUNT_VOUCHED = re.compile(
    r"\b(my|our|his|her|their|its) (\w+ ){0,3}(statements?|answers?|accounts?|remarks|testimony|words)\b"
    # what the account was about or where it was given: "her statements on the matter", "my answers to them"
    r"( (on|about|to|in|during|before)( \w+){1,4}?)? "
    r"(is|was|were|are|have been|has been|had been|remains?|remained) (\w+ ){0,2}"
    r"(consistent|truthful|accurate|correct|true|honest|the same)\b|"
    # the same said of what the speaker said: "what I've said is consistent with what I told them"
    r"\bwhat (i|we)( ?'ve| have| had)? (said|told \w+) (is|was|has been|have been) (\w+ )?"
    r"(consistent|truthful|accurate|correct|true|honest)\b"
)
# A verdict on the claim itself: "the report was wrong", "the claims are exaggerated".
CLAIM_JUDGED_WRONG = re.compile(
    r"\b(report|reports|reporting|story|stories|article|claims?|allegations?|accusations?|charges?|figures?|"
    r"numbers?|account|assessment|characteri[sz]ation|suggestion)\b"
    # what the claim said, between it and the verdict: "reports that the minister resigned were wrong"
    r"( that( [\w']+){1,12}?)? (is|are|was|were|has been|have been) "
    r"(\w+ )?(wrong|incorrect|mistaken|erroneous|exaggerated|overblown|overstated|off base|outdated)\b"
)
# A verdict that the charge has failed: "the collusion narrative has collapsed", "their case is in
# tatters", "with the allegations in ruins", "the story fell apart".
CLAIM_COLLAPSED = re.compile(
    r"\b(narratives?|claims?|allegations?|accusations?|charges?|case|story|stories|theory|theories)\b"
    r"( \w+){0,2} (is |are |was |were |now |lies |lie )?"
    r"(in (shambles|tatters|ruins)|(has |have |had )?(now )?(collapsed|crumbled|imploded|unravell?ed|"
    r"fallen apart|fell apart|been (debunked|discredited|disproven|demolished)))\b"
)
# Professing innocence, the usual answer to a charge: "he is innocent", "pleaded not guilty", "maintains her
# innocence". "Innocent civilians" is no such profession.
PROFESSED_INNOCENCE = re.compile(
    r"\b(am|is|are|was|were|be|been|'m|'re|'s) (\w+ )?innocent\b|\bnot guilty\b|\binnocence\b"
)
# Denying that something exists: "there is no side deal", but not "there is no doubt" or "no way".
NOTHING_THERE = re.compile(
    # Not inside a clause that sets a scene ("a world in which there were no unmanned vessels").
    r"(?<!if )(?<!whether )(?<!which )(?<!where )(?<!when )\bthere(?:'s| is| was| are| were| has been|"
    r" have been| had been| has never been| have never been)"
    r"\s+(?:no|never|nothing)\b(?!\s+(?:doubt|question|way|reason|need|one|other|better|shortage|end|telling|"
    # where talks or plans stand: "there has been no progress", "there is no decision yet"
    r"progress|decision|breakthrough|sign|word|timetable|date|"
    r"such thing|substitute|alternative|easy|simple|single|quick|magic|silver|guarantee|limit))"
)
# Admissions: "that's correct", "I misspoke", "we made mistakes", "I should have", "admits".
CONFIRMATION_WORDS = re.compile(
    r"\b((that|it)('s| is| was) (correct|right|true|accurate)|misspoke|(was|is) a mistake|"
    r"made a mistake|(take|takes|taken|took|taking) (full )?responsibility|apologi[sz]\w*|i regret|"
    # "admitted" told of the speaker, not the passive of entry ("had been admitted as athletes", "was
    # admitted to hospital")
    r"we regret|mistakes were made|(i|we) (was|were) wrong|admits|"
    r"(?<!been )(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )(?<!being )(?<!get )(?<!got )admitted|"
    r"(i|we|they) got (this|it|that|things) (\w+ )?wrong|"
    r"(i|we) (have |had )?made (\w+ ){0,2}(mistakes|errors)|"
    r"(i|we|he|she|they) should have\b|"
    r"(i|we|he|she|they) could have (\w+ ){1,4}(better|differently|sooner|earlier)\b|"
    r"(i|we|he|she|they) (may|might) have (misspoken|misstated|erred|overstated|"
    r"misremembered|been (wrong|mistaken|unclear|confused)))\b"
)
# Affirming that a reported act did happen, against doubt: "he did, in fact, meet them", "she does indeed
# own the firm", "I now recall the call" (an account amended to admit it).
REPORTED_ACT_AFFIRMED = re.compile(
    r"\b(did|does|do)( ,)? (in fact|indeed)( ,)? (?!not\b|n't\b|never\b)\w+|"
    r"\b(i|we|he|she|they) (now|later|since) (do |does |did )?(recall|recalls|recalled|remember|remembers|"
    r"remembered)\b"
)
# Verbs of opinion or wish: negated, they state a view ("I don't think"), they do not deny an act.
# Positions count too: "she did not support the bill" states where she stands.
OPINION_VERBS = _words(
    """think believe expect want like feel hope see agree suppose imagine seem appear need wish mind care
    doubt support oppose favor favour endorse trust"""
)
# Verbs of perceiving among them that, negated in the past, deny an act: "had not seen the memo".
PERCEPTION_VERBS = _words("see")
# Verbs of deciding and finding out: negated, they say where a decision or an inquiry stands ("had not
# decided whether to run", "have not found a motive"), not that an alleged act did not happen.
UNSETTLED_VERBS = _words("decide determine choose settle find identify establish locate discover conclude")
# Verbs of being told, asked or paid: "had not been consulted", "was not informed", "had not been paid"
# complain of others' omission.
BEING_TOLD_VERBS = _words(
    "inform consult tell notify invite brief contact approach warn ask advise pay compensate"
)
# Modals of the future, ability or obligation: "would not agree", "cannot win" state no past act.
HYPOTHETICAL_MODALS = _words("will would could can should might may shall must 'll wo ca")
# Answering a report or a yes-or-no question without denying it: "asked whether …", "in response to the
# report".
ANSWERS_REPORT = re.compile(
    r"\basked (whether|if)\b|"
    # answering what someone else said or did: "in response to Mr. Lee's latest attack", "replying to her"
    r"\b(in response to|responding to|in reply to|replying to) ([\w.]+ ){0,2}?(\w+'s|his|her|their)\b|"
    r"\b(in response to|responding to|in reply to|replying to|asked about|when asked about)\b[^;]{0,60}?"
    r"\b(report|reports|reporting|query|queries|allegations?|accusations?|claims?|charges?|story|stories|"
    r"criticism|attacks?|article|inquiry|inquiries)\b|"
    # asked why the accuser makes its charge: "asked why the union would say otherwise"
    r"\basked why (\w+ ){1,4}?(would|should|might) (say|claim|suggest|allege|accuse)\b"
)
# Cues that answer something said before: a denial word after them rebuts ("countered that it was false").
REPLY_CUES = _words("respond reply answer counter retort rebut push")
# Subjects that are the speaker in what it says: "I", "we".
FIRST_PERSON = _words("i we")
# Adverbs that make a negation partial: "didn't always follow through" concedes, it does not deny.
PARTIAL_ADVERBS = _words("always necessarily entirely fully just only yet")
# Pronouns that in reported speech can be the speaker: "she said she had not met him".
THIRD_PERSON = _words("he she it they")
# Possessives that put a subject on the speaker's side: "her client did not intend".
OWN_POSSESSIVES = _words("my our his her its their")
# "said X, as/while he dodged questions": conjunctions by which the reporter frames the speaker's act.
FRAMING_CONJUNCTIONS = _words("as while")
# Conjunctions that open a clause subordinate to the sentence's main one: "While X said A, B …".
SUBORDINATORS = _words("while although though whereas when because since after before if unless once")
# Subjects of such a framing clause: the speaker named again by a personal pronoun.
PERSONAL_SUBJECTS = _words("he she they i we")
# Relative cues: "…, a charge he denies", "…, which she rejected", "…, a claim they dispute".
RELATIVE_CUE_VERBS = DENY_VERBS | CONFIRM_VERBS
# Nouns that name what was said before the comma as an accusation: "…, a charge he denies".
ACCUSATION_NOUNS = _words("charge claim allegation accusation assertion suggestion characterization")
# Object cues whose bare noun-phrase object is the topic, not the words: "cited data from the agency",
# "praised his record", "touted her plan", "described the meeting" (but "described it as a sham").
TOPIC_OBJECT_CUES = _words("cite reference praise tout describe criticize criticise announce reveal")
# Cues of acting on someone else rather than answering: after a denial, "accused the ministry of …",
# "urged voters to …" or "claimed that others had …" is a charge or a call of its own, not the denial.
ACTING_ON_OTHERS = _words("accuse urge demand ask warn vow promise pledge appeal challenge")
# Auxiliaries of a plan or a promise: "it would continue to fight the case", "we will appeal".
FUTURE_AUXILIARIES = _words("will would shall 'll wo")
# Turning from a withheld answer to what the speaker will say instead: "What I can tell you is that …".
OFFERS_INSTEAD = re.compile(r"^what (i|we) (can|could|will) (tell|say)\b")
# Deflecting a question to someone else: "that is a matter for the courts", "it's not for us to say",
# "I'll leave that to the regulator": declining to give the answer.
DEFLECTS = re.compile(
    r"\b(that|this|it)('s| is| was| will be| would be| remains) (a (matter|question|decision|issue) for|"
    r"(for|(entirely )?up to) (the )?\w+( \w+)? to (decide|say|judge|determine|answer))\b|"
    r"\bnot (for|up to) (me|us) to (say|decide|judge|comment|determine)\b|"
    r"\b(i|we) ('ll|will|'d|would) leave (that|it|this|those) (to|for)\b|"
    # sending the asker to someone else: "you would have to ask her", "you'll need to ask the club"
    r"\byou ('d|would|will|'ll) (have|need) to ask\b|^(you should |go and )?ask (him|her|them)( ,| \.|$)"
)
# Refusing to accept a result or concede a point rejects it: "refused to concede the election".
REJECTS_BY_REFUSING = re.compile(r"^(to )?(concede|accept|recogni[sz]e|acknowledge|admit)\b")
# An error admitted in answer to a query: "the filing contained a clerical error", "the figure was an
# oversight".
ADMITTED_ERROR = re.compile(
    r"\b(contained|contains|included|includes|had|was|were|made) (a|an|some) (\w+ )?(error|errors|mistake|"
    r"mistakes|oversight|slip)\b"
)
# Cues of answering after one's own denial: "He insisted that …", "She pointed out that …".
REBUTTING_CUES = _words("insist maintain counter stress emphasise emphasize point note")
# Content that negates, restricts or corrects, the marks of a rebuttal carried on after a denial: "only
# once", "every one of those claims", "anyone can check", "in fact", "already", "the same".
CONTRADICTION_SIGNALS = re.compile(
    r"\b(never|nothing|nobody|no one|none|no|only|solely|every|all|each|anyone|anybody|in fact|actually|"
    r"already|the same|at no time|not|nowhere near)\b"
)
# Named actors and personal pronouns: the subjects that can disown a part in something.
ACTOR_ENTITIES = _words("PERSON ORG GPE NORP")
ACTOR_PRONOUNS = _words("i we he she they you")
# Modals of a call to act: "insisted that the council must act" demands, it does not rebut.
CALL_MODALS = _words("must should need ought")
# Someone else's words or verdict cited inside a statement: "the director said that my answers were
# truthful" argues from another's finding; it does not vouch for the speaker's own account.
CITES_ANOTHER = re.compile(
    r"\b(said|says|testified|testifies|found|concluded|confirmed|stated|ruled|according to)\b"
)
# Where a new clause starts inside a statement's words: ", and", ";", ", but", a sentence end.
CLAUSE_BREAK = re.compile(r", and |; |, but | but |\. ")

# --- where a short object ends (statements) -----------------------------------------------------

# Occasions at which something is said, trailing an object cue's object ("rejected the accusations at a
# news conference", "declined to discuss pricing on a call with investors"): where it was said, not what.
SPEAKING_OCCASION_NOUNS = _words(
    "conference briefing call interview hearing meeting rally speech session summit forum event appearance "
    "debate broadcast podcast statement"
)
# Prepositions that put a speech act at an occasion or a time ("at a news conference", "during a hearing",
# "on Monday", "in an interview").
OCCASION_PREPOSITIONS = _words("at during on in after before")
# Conjunctions of a condition that an object cue's object carries with it ("would not rule out a
# reshuffle if the vote failed", "warned of cuts unless taxes rose").
CONDITION_MARKERS = _words("if unless")
# Nouns for a share of a filing that a court acts on ("dismissed part of the complaint").
PART_NOUNS = _words("part parts portion portions some most much all half")
# Filings a court rules on, beside ACTED_ON_NOUNS: "the judge dismissed the complaint".
FILING_NOUNS = _words("complaint complaints counts")
# Publications that author the report printed in them: "a report in a local newspaper that …".
PUBLICATION_NOUNS = _words(
    "newspaper paper daily weekly magazine journal tabloid gazette website outlet broadcaster"
)
# Nouns the reporter uses to characterise the news just reported, after a comma ("…, a move that
# surprised analysts", "…, in a move seen as a rebuke"): the reporter's comment, not what was said.
EVENT_COMMENT_NOUNS = _words(
    "move step decision development reversal shift turnaround setback blow boost sign"
)

# --- stance, round 2 ---------------------------------------------------------------------------

# Subjects that negate their clause: "Nobody in the ministry signed it", "no money was lost", "none of
# the funds went missing" deny the act as surely as "not" does.
NEGATIVE_SUBJECTS = _words("nobody nothing none neither")
# Marks that a statement is given as a reply to what someone else said: "wrote in a reply", "said in
# response", "asked by a reporter whether …", "pressed on whether …".
# A yes-or-no question put to the speaker: "asked by a reporter whether …", "pressed on whether …".
ASKED_YES_OR_NO = re.compile(
    r"\b(asked|pressed|questioned|challenged)( by [^,;]{1,40}?)? (about |on )?(whether|if)\b"
)
REPLY_MARKS = re.compile(
    r"\bin (a|an|her|his|its|their|a brief|a written) (\w+ )?(reply|response|rebuttal|retort)\b|"
    + ASKED_YES_OR_NO.pattern
)
# "did not know what we were dealing with" tells a past state (or denies knowing, an act): it is no
# professed ignorance of a report, which is told in the present ("I don't know anything about that").
PAST_NOT_KNOWING = re.compile(r"\bdid( not|n't) know\b")
# A one-word "no" to a question, or "neither" to an either-or charge ("Were you lying then or now?" —
# "Neither, congresswoman."): the answer rejects what was asked.
NO_AS_ANSWER = re.compile(
    r"^(no|neither|nope|never|absolutely not|of course not|certainly not|not at all|not true)( ,| \.| !|$)"
)
# Owning a fault as one's own: "this was our mistake", "that's my fault", "I own it".
FAULT_OWNED = re.compile(
    r"\b(this|that|it)('s| is| was) (all )?(my|our) (own )?(\w+ )?(mistake|fault|error|failure|failing)\b|"
    r"\b(i|we) (own|owned) (it|that|this|them)\b"
)
# Taking on the responsibility one was charged with, in reply: "It is my responsibility to find out".
RESPONSIBILITY_OWNED = re.compile(r"\b(it|that|this)('s| is| was) (my|our) (\w+ )?responsibility\b")
# Naming a shortcoming of one's own after conceding it: "That is a gap, and we're closing it".
SHORTCOMING_NAMED = re.compile(
    r"\b(that|this|it)('s| is| was) (a|an) (\w+ )?(gap|lapse|failing|shortcoming|oversight|weakness)\b"
)
# Putting the cause of what happened elsewhere, a correction of the charge: "the delay was caused by
# the contractor, not the governor", "caused by a faulty update and not, as critics suggested, by …",
# and answering a named claim: "not, as some have alleged, …".
CAUSE_CORRECTED = re.compile(
    r"\b(caused|driven|triggered|prompted|brought about|due|down|the result|the fault) (by|to|of) "
    r"[^;.]{1,80}?( ,)? (and |but )?not( ,)? (as [^,]{1,60}, )?(by |to |because |the |a |an |any |his |her )|"
    r"\bnot( ,)? as (\w+ ){1,3}(have |has |had )?(suggested|claimed|alleged|charged|reported|implied|"
    r"contended|insisted)\b"
)
# Having no information to give: "had no information to release", "no details to share".
NOTHING_TO_RELEASE = re.compile(
    r"\bno (further |more |new |additional )?(information|details|comment|update|figures) "
    r"(to|that (i|we) can) (release|share|give|provide|offer|add)\b"
)
# A yes-or-no question about the speaker's own side ("asked whether he had approved it"): words declining
# to comment in answer to it withhold the yes or no, a non-denial; about anything else, details withheld.
ASKED_ABOUT_SPEAKER = re.compile(ASKED_YES_OR_NO.pattern + r" (he|she|they|i|we|his|her|their|its)\b")
# Keeping every option open, beside OPTIONS_OPEN: "nothing is ruled out", "not ruling anything in or out".
NOTHING_RULED_OUT = re.compile(
    r"\bnothing (is|has been|was|will be) (\w+ )?ruled out\b|"
    r"(\bnot|n't) ruling (anything|it|that|this) in or out\b"
)
# A concession turned into a rebuttal within one sentence: "admitted the error but said no money was lost".
CONCESSIVE_BUT = re.compile(r"\bbut (\w+ )?(said|says|added|insisted|maintained|argued|told)\b")
# Verbs that, negated, refuse an answer in news idiom: "would not be drawn on whether …".
REFUSING_WHEN_NEGATED = _words("draw")
# A yes-or-no answer withheld on a topic: "would not comment on whether …", "would not be drawn on whether".
WHETHER_ON = re.compile(r"^(on|about|over) (whether|if)\b")
# Not accepting a claim rejects it: "I don't accept that claim", "we do not accept the findings".
NOT_ACCEPTED = re.compile(
    r"\b(do|does|did|can|could|will|would|wo|ca)(n't| not) accept (that|this|the|these|those|its|their|his|"
    r"her|your|any)\b"
)
# Figures and findings put about as a claim: "the figure was simply not true", "those numbers are false".
ANSWERED_FIGURES = re.compile(r"\b(figures?|numbers?|statistics|estimates?|findings|data)\b")
# Counter-evidence and counter-argument carried on after the speaker's denial: the record to check ("it's
# in the minutes", "it is on our website"), a comparison that answers a figure ("more inspectors than we had
# five years ago") and the counterfactual of the accused ("if I had wanted to hide it, I would not have …").
COUNTER_EVIDENCE = re.compile(
    r"\b(it|that|this|they|those|it's|that's|they're)( 's| is| are| was| were|'s|'re)? (all )?(in|on) "
    r"(the|our|my|its|their|his|her) ([\w']+ )?(minutes|record|records|website|site|file|files|accounts|log|"
    r"logs|register|filings?|report)\b|"
    r"\b(more|fewer|higher|lower|bigger|smaller) (\w+ ){0,4}(today |now )?than\b|"
    r"^if (i|we|he|she|they)( 'd| had|'d) (wanted|meant|intended|tried|planned) to\b"
)
# Cues of a report or a document's finding ("the paper reported", "according to the audit"): they make
# the account another party answers, they do not answer one.
REPORTING_CUES = _words("report accord according find conclude")
# Cues of a request ("asked that her name not be used", "urged that the vote not go ahead"): a negated
# clause they take asks for something, it denies no act.
REQUEST_CUES = _words("ask urge demand request beg appeal plead")
# Not committing either way, as the reporter tells it: "said she would look at it but did not commit",
# "would not commit to a date", "without committing himself".
NO_COMMITMENT = re.compile(
    r"\b(did|does|do|would|will|could|can|wo|ca)(n't| not) commit\b|\bwithout committing\b|"
    r"\b(refus\w*|declin\w*) to commit\b"
)
# --- statement boundaries, round 2 ---------------------------------------------------------------

# Auxiliaries of reported (back-shifted) speech: "said the board was reviewing it and would report in May"
# goes on with what was said; "said it and left" is the speaker's next act.
BACKSHIFTED_AUXILIARIES = _words("would could might should had")
# Conjunctions of the time a refusal holds for, kept with what is withheld: "would not comment on the
# dispute while talks continued", "declined to discuss it until the audit is done".
WITHHOLDING_TIME_MARKERS = _words("while until pending")
# Acts that a speaker demands by name ("demanded the release of the crew", "demanded an apology"): the
# object of "demand" is then what was said; "the job demands patience" is no speech.
DEMANDED_ACT_NOUNS = _words(
    """release return withdrawal resignation apology explanation investigation inquiry answers end halt
    recount refund compensation access retraction"""
)
# Nouns of a time of speaking before a reported clause ("acknowledged late in the day that …", "conceded
# later in the week that …"), whose "that" the parser reads as a relative adverb.
TIME_NOUNS = _words("day week month year morning afternoon evening night weekend season")
# Subjects of "suggest"/"indicate" in the sense of evidence pointing to something, not speech: "nothing
# suggests he could lose", "the polls indicate voters are tired", "the data suggest a slowdown".
EVIDENCE_SUBJECTS = _words(
    """nothing anything something evidence data figure number poll survey research study record result
    trend sign analysis"""
)
# Verbs after "declined to"/"refused to" whose clause or object is what is withheld ("declined to say how
# the money was spent" withholds "how the money was spent"); "declined to comment" keeps its verb.
WITHHELD_OBJECT_VERBS = _words("say tell specify disclose reveal provide give name identify")
# --- institutions a description names by kind (speakers) -----------------------------------------------

# Institutions a description names by what they are ("the university said", "the trust admitted", "the club
# said in a statement"): the body the article named of that kind, never the person who leads it.
INSTITUTION_NOUNS = _words(
    "university college school academy hospital clinic trust club museum library church"
)
ORG_NOUNS = ORG_NOUNS | INSTITUTION_NOUNS

# Prepositions that open the complement of a role ("adviser to the mayor", "director of the club"): the
# role's holder is named before them, so "the mayor" is never the mayor's adviser.
ROLE_COMPLEMENT_PREPOSITIONS = _words("of to for at in on from with under by")

# Participles of a question put to someone ("Asked by the senator whether …, he said", "Pressed by X"): the
# one who asked is not the one who answers.
ASKING_VERBS = _words("ask question press challenge quiz")

# Nouns for whoever leads a body, whatever the title ("the head of X", "the leader of X", "the boss"): a
# lede's "The head of X said" is the person the next paragraph names with the title ("the chief executive,
# Y,").
LEADER_NOUNS = _words("head leader chief boss")
# --- speakers and parties, round 3 ------------------------------------------------------------------

# Titles of British and sporting news written before a name ("Cllr Gary Dawes", "Coach Lindqvist"): no part
# of the name, so "Cllr Dawes" is the Gary Dawes named before.
TITLES = TITLES | _words("cllr councillor coach")
TITLE_ROLE_NOUNS = {**TITLE_ROLE_NOUNS, "cllr": frozenset({"councillor"})}
# Letters written after a name ("Fiona Hale KC", "Tom Reid MP"): a rank or a seat, never a surname.
NAME_SUFFIXES = NAME_SUFFIXES | _words("kc qc mp msp mep")

# The capitals of the world's states, with the names news gives the state: a capital stands for the state's
# government ("Vienna said", "talks between Lima and Santiago"), so in an article that names the state the
# capital is the same party (capitals news uses alone, "Washington", "Beijing", are in briefing.names);
# alternative names of one capital are split by "|".
_STATE_CAPITALS = {
    "Afghanistan": "kabul", "Albania": "tirana", "Algeria": "algiers", "Andorra": "andorra la vella",
    "Angola": "luanda", "Argentina": "buenos aires", "Armenia": "yerevan", "Australia": "canberra",
    "Austria": "vienna", "Azerbaijan": "baku", "Bahrain": "manama", "Bangladesh": "dhaka",
    "Belarus": "minsk", "Belgium": "brussels", "Benin": "porto-novo", "Bhutan": "thimphu",
    "Bolivia": "la paz|sucre", "Bosnia": "sarajevo", "Botswana": "gaborone", "Brazil": "brasilia|brasília",
    "Bulgaria": "sofia", "Burkina Faso": "ouagadougou", "Burundi": "gitega", "Cambodia": "phnom penh",
    "Cameroon": "yaounde|yaoundé", "Canada": "ottawa", "Chad": "n'djamena", "Chile": "santiago",
    "China": "beijing", "Colombia": "bogota|bogotá", "Costa Rica": "san jose|san josé", "Croatia": "zagreb",
    "Cuba": "havana", "Cyprus": "nicosia", "Czech Republic": "prague", "Czechia": "prague",
    "Denmark": "copenhagen", "Djibouti": "djibouti", "Dominican Republic": "santo domingo",
    "Ecuador": "quito", "Egypt": "cairo", "El Salvador": "san salvador", "Eritrea": "asmara",
    "Estonia": "tallinn", "Ethiopia": "addis ababa", "Fiji": "suva", "Finland": "helsinki",
    "France": "paris", "Gabon": "libreville", "Georgia": "tbilisi", "Germany": "berlin", "Ghana": "accra",
    "Greece": "athens", "Guatemala": "guatemala city", "Guinea": "conakry", "Haiti": "port-au-prince",
    "Honduras": "tegucigalpa", "Hungary": "budapest", "Iceland": "reykjavik|reykjavík",
    "India": "new delhi", "Indonesia": "jakarta", "Iran": "tehran", "Iraq": "baghdad",
    "Ireland": "dublin", "Israel": "jerusalem", "Italy": "rome", "Ivory Coast": "abidjan|yamoussoukro",
    "Jamaica": "kingston", "Japan": "tokyo", "Jordan": "amman", "Kazakhstan": "astana",
    "Kenya": "nairobi", "Kosovo": "pristina", "Kuwait": "kuwait city", "Kyrgyzstan": "bishkek",
    "Laos": "vientiane", "Latvia": "riga", "Lebanon": "beirut", "Liberia": "monrovia", "Libya": "tripoli",
    "Lithuania": "vilnius", "Luxembourg": "luxembourg", "Madagascar": "antananarivo",
    "Malawi": "lilongwe", "Malaysia": "kuala lumpur", "Mali": "bamako", "Malta": "valletta",
    "Mauritania": "nouakchott", "Mexico": "mexico city", "Moldova": "chisinau|chișinău",
    "Mongolia": "ulaanbaatar", "Montenegro": "podgorica", "Morocco": "rabat", "Mozambique": "maputo",
    "Myanmar": "naypyidaw", "Namibia": "windhoek", "Nepal": "kathmandu",
    "Netherlands": "amsterdam|the hague", "New Zealand": "wellington", "Nicaragua": "managua",
    "Niger": "niamey", "Nigeria": "abuja", "North Korea": "pyongyang", "North Macedonia": "skopje",
    "Norway": "oslo", "Oman": "muscat", "Pakistan": "islamabad", "Panama": "panama city",
    "Papua New Guinea": "port moresby", "Paraguay": "asuncion|asunción", "Peru": "lima",
    "Philippines": "manila", "Poland": "warsaw", "Portugal": "lisbon", "Qatar": "doha",
    "Romania": "bucharest", "Russia": "moscow", "Rwanda": "kigali", "Saudi Arabia": "riyadh",
    "Senegal": "dakar", "Serbia": "belgrade", "Sierra Leone": "freetown", "Singapore": "singapore",
    "Slovakia": "bratislava", "Slovenia": "ljubljana", "Somalia": "mogadishu",
    "South Africa": "pretoria|cape town", "South Korea": "seoul", "South Sudan": "juba", "Spain": "madrid",
    "Sri Lanka": "colombo", "Sudan": "khartoum", "Sweden": "stockholm", "Switzerland": "bern|berne",
    "Syria": "damascus", "Taiwan": "taipei", "Tajikistan": "dushanbe", "Tanzania": "dodoma|dar es salaam",
    "Thailand": "bangkok", "Togo": "lome|lomé", "Tunisia": "tunis", "Turkey": "ankara",
    "Turkmenistan": "ashgabat", "Uganda": "kampala", "Ukraine": "kyiv|kiev", "United Kingdom": "london",
    "United Arab Emirates": "abu dhabi", "United States": "washington", "Uruguay": "montevideo",
    "Uzbekistan": "tashkent", "Venezuela": "caracas", "Vietnam": "hanoi", "Yemen": "sanaa",
    "Zambia": "lusaka", "Zimbabwe": "harare",
}  # fmt: skip
# A capital (lower case, as names are compared) -> the names of its state ("prague": Czech Republic, Czechia).
STATE_OF_CAPITAL: dict[str, frozenset[str]] = {}
for _state, _capitals in _STATE_CAPITALS.items():
    for _capital in _capitals.split("|"):
        STATE_OF_CAPITAL[_capital] = STATE_OF_CAPITAL.get(_capital, frozenset()) | {_state}
# Heads of descriptions of bodies that members join ("the federation said", "the league", "the alliance"): an
# organisation, never the person whose role names it ("the federation's general secretary").
ORG_NOUNS = ORG_NOUNS | _words("federation confederation guild league alliance")
# The sides of a trial ("according to the prosecution", "the defence argued"): a side, never the barrister
# last named.
ORG_NOUNS = ORG_NOUNS | _words("prosecution defence defense")
# Roles whose holder speaks for a body without being named ("a spokeswoman", "a ministry official", "a
# campaign aide"), as ``parties.role_word`` writes them: named after the body they speak for.
SPEAKING_FOR_ROLES = _words("spokesperson official representative aide")
# Words of such a description that say nothing of whom it speaks for: "a spokesman for the agency".
NAMING_FUNCTION_WORDS = _words("a an the for of at from 's ’s")
# Prepositions of the document someone speaks in ("in a statement", "through a spokesman's letter", "via a
# post"): an "it" after it is the speaker, not the document.
MEDIUM_PREPOSITIONS = _words("in through via")
# What a person's staff is called when it speaks for them ("the minister's office said", "her staff said"):
# the person's voice, not a body of its own.
STAFF_NOUNS = _words("office staff")
# Nouns of news for kinds of body written before a name ("the broadcaster X", "the carmaker X", "the
# charity X"), beside ORG_NOUNS and COMPANY_NOUNS: the name is an organisation's, whatever the tagger says.
ORGANISATION_KINDS = _words(
    """broadcaster publisher carmaker automaker chipmaker drugmaker retailer supermarket brand label
    charity nonprofit watchdog consultancy developer operator"""
)
# Numbers written as words at the head of a group's description ("Two officials familiar with the talks"):
# lower case when the group is named inside another phrase ("one of the two officials …").
NUMBER_WORDS = _words("two three four five six seven eight nine ten dozen")
# Heads of the institutions every state has ("Peru's Ministry of Foreign Affairs", "Indonesia's foreign
# ministry", "Chile's navy"): the state's possessive is part of such a name, so two states' are never one.
STATE_INSTITUTION_HEADS = _words("ministry embassy mission government parliament cabinet army navy consulate")


# --- stance, round 3 ---------------------------------------------------------------------------

# Phrasal verbs of rebutting that the reporter uses to tell a denial before the words that give it ("the
# governor's office cried foul", "the union pushed back"): the verb and its particle. ("Hit back" and "fired
# back" are left out: what follows them is as often a counter-attack as a denial.)
REBUTTING_PHRASALS = {"cry": "foul", "push": "back"}
# Words of a name or a description that identify nobody: left out when a narrated subject ("Peru's Ministry
# of Foreign Affairs") is matched with the words of the statement's speaker.
NAME_FILLER_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "to", "'s", "s", "’s"})
# Unnamed speakers who speak for the body just named ("Westmoor Water disputed the figures. A spokeswoman
# said …", "the company's statement said"): their words give that body's answer.
REPRESENTATIVE_NOUNS = _words(
    "spokesman spokeswoman spokesperson representative statement spokespeople lawyer attorney official"
)
# Keeping every option open, beside OPTIONS_OPEN: "nothing is off the table", "no option is off the table".
NOTHING_OFF_THE_TABLE = re.compile(r"\b(nothing|no option|no options)( 's| is| are|'s) off the table\b")
# An answer put off for now: "it is too early to say whether …", "too soon to tell": a non-denial.
TOO_EARLY_TO_SAY = re.compile(
    r"\btoo (early|soon) (\w+ )?to (say|tell|know|judge|speculate|comment|draw (any )?conclusions)\b"
)
# Professing not to be able to answer now, beside PROFESSED_IGNORANCE: "he couldn't say how it got there",
# "I cannot say whether she knew", "he would have to check".
CANNOT_SAY = re.compile(
    r"(\bcannot|n't|\bnot) (say|tell) (for sure |for certain )?(how|whether|if|why|what|who|when|where)\b|"
    r"\b(would|will|'d|'ll) (have|need) to (check|look into it|find out)\b"
)
# Admitting a fault in the speaker's own words with a negated "should": "I trusted people I shouldn't have",
# "we should not have waited" (CONFIRMATION_WORDS has the affirmative "I should have").
SHOULD_NOT_HAVE = re.compile(r"\b(i|we) (shouldn't|should not|ought not to) have\b")
# Withholding on grounds of confidentiality: "the terms are confidential", "our negotiations are
# commercially confidential", "that is a private matter": a refusal to give the details.
KEPT_CONFIDENTIAL = re.compile(
    r"\b(is|are|was|were|remain|remains) (\w+ )?(confidential|a private matter|private matters)\b"
)
# Meeting the standard one is charged with failing, beside PROPRIETY_AFFIRMED: "its helmets meet or exceed
# every contract requirement", "the new rules match European standards", "the centres met every standard".
STANDARDS_MET = re.compile(
    r"\b(meet|meets|met|match|matches|matched|exceed|exceeds|exceeded)( or (exceed|exceeds|exceeded))? "
    r"(all |every |the |its |our |their )?([\w-]+ ){0,3}(standards?|requirements?)\b"
)
# "There is nothing" under someone else's telling ("this company has told the public there was nothing to
# see", "to be told there's nothing on the table") reports another's denial; it denies nothing itself.
TOLD_THERE_WAS = re.compile(
    r"\b(told|tell|tells|telling|say|says|said|saying|claim\w*|insist\w*)\b[^.;]{0,30}?"
    r"\bthere('s| is| was| are| were)\b"
)
# Taking a report seriously, beside LOOKING_INTO, with words between ("takes all concerns raised by employees
# seriously", "we take every complaint from our customers extremely seriously"): noting, not answering it.
TAKEN_SERIOUSLY = re.compile(
    r"\b(take|takes|taking|took) (these|the|such|all|any|this|every|each) (\w+ )?(concerns?|allegations?|"
    r"claims?|reports?|complaints?|matters?|issues?)( [\w-]+){0,5}? (very |extremely |most |incredibly )?"
    r"seriously\b"
)


# --- statement spans, round 3 --------------------------------------------------------------------------

# Nouns of a quarrel the reporter uses to frame the news after the content: "…, in the sharpest row between
# the two neighbours in a decade", "…, in the latest escalation of the dispute", "…, a rebuke that …".
CONFLICT_NOUNS = _words("row rift dispute escalation clash standoff stand-off rebuke feud spat")
# Verbs of news coming out, in the reporter's "…, after it emerged that …", "…, when it was revealed that …".
EMERGING_VERBS = _words("emerge transpire surface reveal report disclose")
# What news sets off, in a participle closing a report: "…, reviving worries about …", "…, sending shares
# down", "…, sparking protests", "…, prompting calls for …".
CONSEQUENCE_VERBS = _words(
    "revive reignite spark prompt fuel trigger send deepen stoke heighten intensify rattle dash dent renew"
)
# Report nouns of denying and admitting, which carry their clause like "claim" does: "Lima's denial that he
# had ever worked for the army", "the minister's admission that the figures were wrong".
REPORT_NOUNS = REPORT_NOUNS | _words(
    "denial admission confirmation acknowledgment acknowledgement concession"
)
# Verbs that report speech only with a clause opened by "that": "she accepted that mistakes were made",
# "the judge ruled that the emails could be used" (not "accepted the offer", "ruled the country").
THAT_CLAUSE_CUES = _words("accept rule")
# Cue words that report as another verb does: the stance of "Lima's denial that …" is that of "Lima denied
# that …"; "she accepted that she had never checked" concedes it.
REPORTS_AS = {
    "denial": "deny",
    "admission": "admit",
    "confirmation": "confirm",
    "acknowledgment": "acknowledge",
    "acknowledgement": "acknowledge",
    "concession": "concede",
    "accept": "concede",
}
# Verbs of charging, holding or punishing someone for an offence: a speech verb after them names the offence
# ("charged with disclosing secrets", "jailed for threatening a judge"), it reports no statement.
OFFENCE_VERBS = _words(
    "charge accuse convict arrest detain jail imprison sentence suspect investigate prosecute indict fine"
)
# Participles that go on with the speaker's own report: "said the bridge was unsafe, adding that …",
# "…, noting that …", "…, insisting that …".
CONTINUING_PARTICIPLES = _words("add note stress insist continue emphasise emphasize")
# Nouns naming a complaint or criticism as what a relative cue answers: "…, a complaint the ministry rejects".
ACCUSATION_NOUNS = ACCUSATION_NOUNS | _words("complaint criticism")
# Nouns naming a figure or an account as what a relative cue answers: "…, a figure the company disputed",
# "…, an account the police reject", "…, a version of events the club denies".
ACCUSATION_NOUNS = ACCUSATION_NOUNS | _words("figure account version estimate")
# Participles comparing the news with what was expected, the reporter's after a figure: "…, beating
# forecasts", "…, missing analysts' estimates", "…, topping expectations".
FORECAST_COMPARISONS = _words("beat miss top exceed surpass undershoot overshoot")
# Nouns of the speaker's own opinion whose "that" clause is what was said: "expressed concern that the talks
# could collapse", "repeated its view that no transfers should take place", "voiced hope that …".
OPINION_NOUNS = _words("view position belief concern hope fear confidence opinion stance conviction doubt")
# Nouns naming a request or a proposal: rejecting one ("rejected a defence application", "turned down the
# union's offer") is a decision, not the told denial of a charge whose grounds the speaker then gives.
REJECTED_REQUESTS = _words(
    "application request motion bid offer proposal plea petition demand call appeal plan"
)
# Possessives of a speaker's phrase that point back to whom it speaks for ("his campaign spokeswoman", "its
# director", "her lawyer"): the party that spoke just before, whose answer the speaker carries on.
POINTING_POSSESSIVES = _words("his her its their")
# Words of a speaker's phrase that name no particular body: two speakers sharing one ("vice president",
# "chief executive") speak for nobody in common.
GENERIC_ROLE_WORDS = (
    PERSON_ROLES
    | TITLES
    | REPRESENTATIVE_NOUNS
    | SPEAKING_FOR_ROLES
    | _words("chief senior deputy head general foreign national state public former acting interim 's")
)
# An age inside a description ("the 61-year-old minister", "the 58-year-old executive"): it says nothing of
# which role the description names.
AGE_IN_DESCRIPTION = re.compile(r"\b\d{1,3}\s*-?\s*years?\s*-?\s*old\b", re.IGNORECASE)
# Mocking a charge by what would follow from it, after the speaker's denial: "If that is a conspiracy, then
# half the diplomatic corps is in on it", "if this is corruption, every lunch in town is corrupt".
CHARGE_REDUCED_TO_ABSURDITY = re.compile(
    r"^(but )?if (that|this|it)( 's| is| was|'s) (a |an )?[\w' -]+, (then )?"
    r"[\w' -]+\b(is|are|was|were|would)\b"
)
# Putting the act or the blame on someone else answers the charge, beside CAUSE_CORRECTED: "had been drafted
# by the sales team, not by Mr Ellery", "it was the contractor, not the council, that closed the road", "the
# responsibility lies with the operator, not the ministry".
ACT_PASSED_ON = re.compile(
    r"\b(was|were|been|being) (\w+ ){0,2}?\w+ by [^,;.]{1,80}?( ,)? (and |but )?(certainly |definitely )?"
    r"not( ,)? (?!to\b)(by )?\w|"
    r"\bit (was|is|had been) [^,;.]{1,60}?( ,| and) not [^,;.]{1,60}?( ,)? (who|that|which)\b|"
    r"\b(lies|lay|rests|rested|lie|rest) (squarely |entirely )?with [^;.]{1,80}?( ,)? (and |but )?not\b"
)
# A yes-or-no question put to a speaker, with the words news puts between "asked" and "whether" ("asked on
# Friday whether", "asked three times whether", "pressed by reporters on whether", "asked him if").
ASKED_WHETHER = re.compile(
    r"\b(asked|pressed|questioned|challenged|quizzed)"
    r"( (by [^,;]{1,40}?|him|her|them|me|us|again|repeatedly|twice|three times|several times|"
    r"on \w+day|last \w+|this \w+|\w+day)){0,2} (about |on |over )?(whether|if)\b"
)
# A reply told by the words that open its sentence or stand beside its cue: "Asked about the delay, she
# said …", "Pressed on his future, he said …", "When pressed by reporters, …", "…, she said when asked", "was
# pressed on the delays".
REPLY_OPENERS = re.compile(
    r"(^|[.!?][\"”’]? +)(when |after being |on being |upon being )?"
    r"(asked|pressed|questioned|challenged|quizzed)\b(?! (to|for)\b)|"
    r", (when )?(asked|pressed|questioned|challenged|quizzed) (by|about|on|over|whether|if)\b|"
    r"\bwhen (asked|pressed|questioned|challenged|quizzed)\b|"
    r"\b(was|were|been|is|are) (asked|pressed|questioned|challenged|quizzed) (by [^,;.]{1,40}? )?"
    r"(about|on|over)\b"
)
# Saying one will not answer, a refusal beside REFUSAL_WORDS: "I'm not going to answer that", "I won't
# answer a hypothetical", "I can't answer for the board".
NOT_ANSWERING = re.compile(
    r"(\bnot going to|\bnot gonna|\bwon't|\bwill not|\bwouldn't|\bwould not|\bcan't|\bcannot|"
    r"\bnot (prepared|able|about|in a position) to)\s+(answer|respond to)\b"
)
# Pressed again on the question just answered ("Pressed by the moderator, he added …"): what the speaker then
# says keeps to the same question.
PRESSED_FURTHER = re.compile(r"\b(pressed|asked again|pushed further|challenged again)\b")
# A question told indirectly ("Reporters asked whether she would resign", "MPs wanted to know if …"): the cue
# that asks and the content that opens with "whether"; another party's next statement is the reply to it.
ASKING_CUE = re.compile(r"^(asked|asks|ask|asking|wanted to know|wants to know|questioned|pressed)\b")
INDIRECT_YES_OR_NO = re.compile(r"^(whether|if)\b")

# Reporting verbs whose noun-phrase object stands for what was said: "noted the failure of the plan",
# "recalled an anecdote about the campaign", "outlets reported a rise in prices", "reminded voters of her
# record".
OBJECT_CUES = OBJECT_CUES | _words("recall note report remind")
# Verbs that open the names of campaign groups ("Save the Tamar said", "Stop the Bypass", "Protect Oakley
# Woods"): written capitalised before a name that is not the verb's object, they are part of the group's name.
CAMPAIGN_NAME_VERBS = _words("save stop protect keep defend fight free scrap ban")
# Who answers for a body named in a yes-or-no question ("asked whether the government would appeal", put to a
# minister; "whether the company would sell", put to its chief executive): the role words of its office
# holders, by the body's noun.
OFFICE_HOLDERS_OF = {
    "government": _words("minister secretary premier chancellor president official spokesman spokeswoman"),
    "administration": _words("secretary president official spokesman spokeswoman"),
    "ministry": _words("minister secretary official spokesman spokeswoman"),
    "department": _words("secretary minister official spokesman spokeswoman"),
    "company": _words("executive chief ceo chairman chairwoman director president founder"),
    "firm": _words("executive chief ceo chairman chairwoman director partner founder"),
    "bank": _words("executive chief ceo chairman chairwoman director governor president"),
    "club": _words("chairman chairwoman chief executive manager coach director president owner"),
    "council": _words("leader councillor chief executive mayor"),
    "party": _words("leader chairman chairwoman secretary president"),
}
# Keeping every option open in words of weighing them: "we look at every option", "we are considering all
# options", "we're exploring all our options" (beside OPTIONS_OPEN).
OPTIONS_WEIGHED = re.compile(
    r"\b(look\w*|consider\w*|explor\w*|weigh\w*|review\w*|examin\w*|keep\w*|assess\w*) "
    r"(at )?(every|all( (of )?(the|our|its|their))?|any) (options?|possibilities|alternatives)\b"
)
# Cues that charge someone only by what they report: "claimed that the minister had lied" charges him, but
# "claimed the trip was a family holiday" or "claimed she had broken no rule" is the speaker's own account.
CHARGING_BY_CONTENT = _words("claim")
# Subjects of a maxim, a general truth about anyone ("You don't win an election by insulting voters", "one
# does not close a hospital to save money"): no account of what happened.
GENERIC_PERSON_SUBJECTS = _words("you one")
# Learning of something only late, the speaker's answer to what it knew and when: "I only found out on
# Monday", "she learned of the payments only after the audit", "we were told only when reporters called".
_LEARNING = (
    r"(learned|learnt|found out|heard|knew|discovered|became aware|was told|were told|was informed|"
    r"were informed)"
)
_LATE = r"(when|after|once|on|later|last|this|yesterday|today)"
LEARNED_ONLY_LATE = re.compile(
    r"\b(i|we|he|she|they)( had| have|'d|'ve)? (only "
    + _LEARNING
    + r"\b([^.;,]{0,40}? )?"
    + _LATE
    + r"\b|"
    + _LEARNING
    + r"\b[^.;]{0,60}?\bonly "
    + _LATE
    + r"\b)"
)
# What an accusation is judged to be by the one it accuses: "the allegations are a smear", "the opposition's
# claims were a tantrum dressed up as an argument", "the report is a hatchet job". Its subject's head nouns:
JUDGED_ACCUSATIONS = _words(
    "allegation accusation charge claim report story smear complaint suggestion insinuation"
)
# ... and verdicts that weigh an accusation without rejecting it ("the allegations are a serious matter").
WEIGHING_VERDICTS = _words("matter question issue concern problem")
# Determiners that point at an accusation already made ("the claims", "these allegations", "such charges").
POINTING_DETERMINERS = _words("the this that these those such")
# What a speaker holds rather than did, negated by "no": "we have no objection in principle", "I have no doubt
# that …", "she had no concerns about the plan" state a position, no act denied.
HELD_POSITION_NOUNS = OPINION_NOUNS | _words(
    # a constraint told, no act denied: "he had no choice once fans reached the pitch", "we had no option"
    "objection objections concerns doubts quarrel choice option alternative"
)
# What a "but" after an admission holds against the rest of the charge, beside a negation: every case was in
# order, it happened only once ("But every one of those claims was approved", "but only once", "but all of
# the money was repaid").
DEFENDED_IN_FULL = re.compile(r"\b(every|only|solely|all of (the|those|these|it|them)|each of)\b")
# Content reporting that the speaker's side would not be drawn on something, a refusal ("the board would not
# be drawn on individual contracts"), or on whether, a yes or no withheld ("would not be drawn on whether
# talks had taken place").
NOT_DRAWN = re.compile(
    r"\b(not|n't|never|refus\w* to|declin\w* to) (be |being |been )?drawn (on|into|about|over)\b"
)
NOT_DRAWN_WHETHER = re.compile(NOT_DRAWN.pattern + r" (whether|if)\b")
# Round 5. Words that name the claim a verdict then judges, beside ANSWERED_THING: "the idea that we
# covered it up is nonsense", "the notion that the club is for sale is absurd"; not a proposal ("the idea
# that we should raise taxes is absurd" argues against a call).
_CLAIM_NAMED = r"(idea|notion|insinuation|implication|impression|premise|suggestion) that"
_NOT_A_CALL = r"(?!([\w']+ ){0,6}?(should|must|ought|need to|needs to)\b)"
ANSWERED_THING = re.compile(ANSWERED_THING.pattern + r"|\b" + _CLAIM_NAMED + " " + _NOT_A_CALL)
CLAIM_JUDGED_WRONG = re.compile(
    r"\b" + _CLAIM_NAMED + " " + _NOT_A_CALL + r"([\w']+ ){1,14}?(is|are|was|were|has been|have been) "
    r"(\w+ )?(wrong|incorrect|mistaken|erroneous|exaggerated|overblown|overstated|off base|outdated)\b|"
    + CLAIM_JUDGED_WRONG.pattern
)
# Not recognising what is put about, a common rebuttal: "we do not recognise these figures", "the ministry
# did not recognise the picture painted by the campaigners", "I don't recognise that description".
NOT_RECOGNISED = re.compile(
    r"\b(do|does|did|can|could)(n't| not) recogni[sz]e (the|this|that|these|those|any|such|its|their|his|her|"
    r"your)\b( [\w'-]+){0,3}? (figures?|numbers?|statistics|data|findings|estimates?|picture|image|"
    r"description|account|version|portrayal|characteri[sz]ation|claims?|allegations?|accusations?|events?|"
    r"criticism)\b"
)
# Not having the figures to hand, beside CANNOT_SAY: "she did not have the exact numbers to hand", "I don't
# have those figures in front of me", "the company did not immediately have a breakdown".
_FIGURES = r"(figures?|numbers?|details|data|breakdown|information|statistics|totals?|dates?)"
CANNOT_SAY = re.compile(
    CANNOT_SAY.pattern
    + r"|(\bnot|n't) (immediately have|have (\w+ ){0,3}?"
    + _FIGURES
    + r"( [\w'-]+){0,4}? (to hand|on hand|at hand|in front of|with (me|him|her|us|them)|available))\b|"
    r"\bno " + _FIGURES + r" (to hand|on hand|at hand|available)\b"
)
# Not pretending that all went well concedes that it did not: "I'm not going to pretend we got every
# decision right", "we won't pretend the service was good enough", "nobody is pretending this was easy";
# "I won't pretend to understand it" concedes no fault.
NOT_PRETENDING = re.compile(
    r"((\bnot|n't|\bnever)\s+(going to |gonna |about to |even )?|\b(nobody|no one|no-one) (is|'s|was) )"
    # "I am not going to sit here and pretend this is acceptable"
    r"((sit|stand) (here |there )?and )?pretend(ing)?\b(?! to\b)"
)
# After the speaker's admission, the fault owned as something that should not have been, beside
# SHORTCOMING_NAMED: "that should never have happened", "this should not have been allowed".
SHORTCOMING_NAMED = re.compile(
    SHORTCOMING_NAMED.pattern
    + r"|\b(that|this|it|which) (should|ought)(n't| not| never)( to)? have (happened|occurred|been allowed)\b"
)
# Meeting the targets or passing the checks one is charged with failing, beside STANDARDS_MET: "met or
# exceeded its punctuality targets", "the bridge passed all its load tests"; not a plan or a failure ("expects
# to meet its targets", "failed to meet", "will meet", "did not meet").
_NOT_PLANNED_OR_FAILED = r"(?<!to )(?<!not )(?<!n't )(?<!never )(?<!will )(?<!would )(?<!could )(?<!can )"
STANDARDS_MET = re.compile(
    _NOT_PLANNED_OR_FAILED
    + r"(?:"
    + STANDARDS_MET.pattern
    + r"|\b(meet|meets|met|exceed|exceeds|exceeded)( or (exceed|exceeds|exceeded))? "
    r"(all |every |the |its |our |their )?([\w-]+ ){0,3}(targets?|benchmarks?)\b|"
    r"\b(pass|passes|passed)( \w+)? (every|all|each)( of)? (its |their |our |the |his |her )?([\w-]+ ){0,2}"
    r"(checks?|inspections?|tests?|audits?)\b)"
)
# What a speaker may have no reports of, news of what is known so far ("police had no reports of injuries"):
# no act of its own denied.
KNOWN_SO_FAR_NOUNS = _words("report")
# Words that suppose a condition: words declining to comment inside such a clause ("if the minister cannot
# tell us where the money went, …") charge someone else with a refusal, they refuse nothing.
SUPPOSING_CLAUSE = re.compile(r"\b(if|unless)\b[^,;:.?!]*$")
# An unnamed source inside a body ("a Treasury source", "club sources") speaks for it as its spokesman does:
# the word names no one, like the role words of GENERIC_ROLE_WORDS.
GENERIC_ROLE_WORDS = GENERIC_ROLE_WORDS | _words("source sources")
# A quoted question put to someone is asked ("… a reporter asked") or addressed to a "you" ("Why did you
# sign it?"); a critic's rhetorical question about a third party ("what can he tell us?") is put to nobody.
ADDRESSED_TO_YOU = re.compile(r"\b(you|your|yours|yourself|yourselves)\b")
# Round 5, second batch. Letting people down, said of oneself, owns a fault (beside CONFIRMATION_WORDS): "we
# let our passengers down", "I have let my family down"; "the government let us down" is a charge.
CONFIRMATION_WORDS = re.compile(
    CONFIRMATION_WORDS.pattern
    + r"|\b(i|we) (have |'ve |had |'d )?(really |badly |clearly )?let (\w+ ){1,5}down\b"
)
# Not being able to promise keeps the answer open, beside NO_COMMITMENT: "I can't promise anything", "she
# could not promise that fares would be frozen".
NO_COMMITMENT = re.compile(
    NO_COMMITMENT.pattern
    + r"|(\bcannot|\bcan't|\bcan not|\bcould not|\bcouldn't|\bwon't|\bwill not) promise\b"
)
# Following one's own rules, beside PROPRIETY_AFFIRMED: "its staff had followed its procedures", "we
# followed our protocols to the letter".
PROPRIETY_AFFIRMED = re.compile(
    PROPRIETY_AFFIRMED.pattern
    + r"|\b(followed|follows|follow|following) (its|our|their|his|her|my) (own )?(\w+ )?"
    r"(rules|laws?|procedures|protocols?|regulations|guidelines|policy|policies|code)\b"
)
# A quoted question asked for "us" is a yes-or-no question of the asker's own ("Should we believe them as
# well?", "Can we trust them?"); "why would I sell it?" is rhetorical.
ASKED_OF_US = re.compile(r"^(should|shall|must|can|could|do|are|am|will|may) (i|we)\b")
# The record kept, offered right after another party's denial, rebuts it: "she had kept a copy with his
# signature on it", "he still had the emails", "I have the letter".
RECORD_KEPT = re.compile(
    r"\b(still )?(kept|keeps|keep|has|have|had|holds|held)( still)? (on to |onto )?(a copy|copies|"
    r"the (\w+ )?(emails?|letters?|messages?|texts?|receipts?|records?|minutes|notes|recordings?|paperwork|"
    r"documents?|invoices?)|records|receipts)\b"
)
# Being asked about a document or a charge that tells against the speaker's side ("asked about the leaked
# email", "asked about the minutes"): declining to comment then withholds the yes or no on it.
ASKED_ABOUT_DOCUMENT = re.compile(
    r"\basked about (the|a|an|his|her|its|their|these|those|this|that) (\w+ ){0,2}?(emails?|letters?|memos?|"
    r"minutes|documents?|reports?|footage|recordings?|messages?|texts?|allegations?|claims?|accusations?|"
    r"invoices?|photos?|photographs?)\b"
)
# Not having received something ("had not received any complaints", "had received nothing") tells what has
# not come, no act denied, unless its object points back at the thing alleged ("that letter", "any such
# warning", "his email"): these words point back.
RECEIVING_VERBS = _words("receive")
POINTING_BACK = _words("that this these those such his her its their the")
# Bodies a yes-or-no question may name by a definite noun when it is put to their spokesperson ("asked whether
# the channel had checked …", "whether the broadcaster would drop the show"), beside ORG_NOUNS.
ASKED_BODY_NOUNS = ORG_NOUNS | _words("channel broadcaster network station club team league publisher studio")
# Round 5, third batch. Offices whose holder, named through the body ("Its chief executive, Ann Lowe", "their
# operations director"), speaks for that body, beside the spokesperson roles; "its critics" speak for nobody.
OFFICE_ROLE_WORDS = PERSON_ROLES | LEADER_NOUNS | _words("manager chair")
# Not apologising is no admission: "I won't apologise for that", "she refused to apologise", "never
# apologised".
NOT_APOLOGISING = re.compile(
    r"((\bnot|n't|\bnever)\s+(going to |gonna |be )?|\b(refus\w*|declin\w*) to )apologi[sz]\w*"
)
# Apologising for the harm done owns it, beside CONFIRMATION_WORDS: "I'm sorry for the worry this has caused",
# "we are sorry for any inconvenience", "sorry for the hurt I caused"; "sorry for your loss" is sympathy.
SORRY_FOR_HARM = re.compile(
    r"\b(i am|i ?'m|we are|we ?'re|i was|we were) (\w+ )?sorry (for|about) ((the|any|all the) (\w+ )?"
    r"(worry|distress|inconvenience|disruption|delay|delays|confusion|upset|offence|offense|hurt|harm|pain|"
    r"anxiety|stress|trouble)\b|[\w' ]{1,40}\b(i|we|this|it) (have |has |had )?caused\b)"
)
# A verdict of propriety does not hold under a negation: "the trust had not followed its own policy", "failed
# to comply with the rules" charge a failing.
PROPRIETY_AFFIRMED = re.compile(
    r"(?<!not )(?<!n't )(?<!never )(?<!failed to )(?<!fail to )(?<!fails to )(?:"
    + PROPRIETY_AFFIRMED.pattern
    + ")"
)
# What the speaker itself found or said ("we found it ourselves", "I said so at the time") is its own account,
# no one else's word cited.
CITES_ANOTHER = re.compile(r"(?<!\bi )(?<!\bwe )" + CITES_ANOTHER.pattern)
# "Far from ignoring this, we …" corrects the charge it names, beside CORRECTION_WORDS and the signals of
# contradiction.
CORRECTION_WORDS = re.compile(CORRECTION_WORDS.pattern + r"|\bfar from \w+ing\b")
CONTRADICTION_SIGNALS = re.compile(CONTRADICTION_SIGNALS.pattern + r"|\bfar from \w+ing\b")
# Round 5, fourth batch. Owning the fault as "on me", beside FAULT_OWNED: "that is on us", "this one's on me",
# "the mistake was entirely on me".
FAULT_OWNED = re.compile(
    FAULT_OWNED.pattern
    + r"|\b(that|this|it|the (mistake|error|blame|failure))( one)?( ?'s| is| was) (all |entirely |squarely )?"
    r"on (me|us)\b"
)
# Knowing of none, beside PROFESSED_IGNORANCE: "it knew of no injured officers", "I know of no plans to close
# the school", "the club was aware of no complaint".
PROFESSED_IGNORANCE = re.compile(
    PROFESSED_IGNORANCE.pattern + r"|\b(know|knew|knows|aware) of no\b|\bnot know of any\b"
)
# Not prejudging what an inquiry will find keeps the answer open, beside OPTIONS_OPEN: "would not prejudge the
# watchdog's findings", "I will not pre-empt the review".
NOT_PREJUDGING = re.compile(
    r"(\bnot|n't|\bnever|\brefus\w* to|\bdeclin\w* to)\s+(\w+ )?(prejudge|pre-judge|pre-empt|preempt|"
    r"second-guess)\b"
)
# Determiners that make a negated object partial: "had not seen every video", "hasn't read all the reports"
# concede only that some were missed, they deny no act.
PARTIAL_DETERMINERS = _words("every all each")
OPTIONS_OPEN = re.compile(OPTIONS_OPEN.pattern + "|" + NOT_PREJUDGING.pattern)
# Saying that the footage or the report leaves part out, a common rebuttal of material put about, beside
# DENIAL_WORDS: "the footage does not tell the full story", "these figures don't give the whole picture", "the
# report tells only half the story".
DENIAL_WORDS = re.compile(
    DENIAL_WORDS.pattern
    + r"|(\bnot|n't) (tell|show|give|paint|reflect|capture) (\w+ )?(the )?(full|whole|complete|entire) "
    r"(story|picture)\b|\b(tells?|told|shows?|gives?) (only |just )(part|half) of the (story|picture)\b|"
    r"\b(tells?|told|shows?|gives?) (only |just )half the (story|picture)\b"
)
# Not blaming someone states a view, like "I don't think": "she did not blame the council", "he doesn't
# blame the players".
OPINION_VERBS = OPINION_VERBS | _words("blame")
# Not knowing what will happen is uncertainty about the future, no professed ignorance of a charge unless it
# answers one: "I don't know whether I'll ever see the money", "we don't know if the shop will reopen".
UNSURE_OF_FUTURE = re.compile(
    r"\b(do|does)(n't| not) know (whether|if) ([\w']+ ){1,6}?(will|'ll|would|'d|can|could|is going to|are "
    r"going to)\b"
)
# Refusing to address a charge withholds the yes or no on it, beside WHETHER: "declined to address the
# allegations", "refused to respond to the accusation", "would not answer the claim that …"; refusing to
# discuss findings or details withholds information (a refusal).
ON_THE_CHARGE = re.compile(
    r"^(to )?(address|answer|respond to|comment on|engage with|discuss) "
    r"(the|these|those|this|that|such|any|his|her|its|their)( \w+){0,2}? "
    r"(allegations?|accusations?|claims?|charges?|suggestions?)\b"
)
# Round 5, fifth batch. Not being allowed is a complaint of what others permit, like not being told: "my
# grandchildren aren't allowed to play outside", "we were not permitted to see the report".
BEING_TOLD_VERBS = BEING_TOLD_VERBS | _words("allow permit")
# Keeping to the deal one is charged with breaking, beside PROPRIETY_AFFIRMED: "it had fully honoured the
# terms of the deal", "we have stuck to the terms of the contract"; not negated ("had not honoured").
PROPRIETY_AFFIRMED = re.compile(
    PROPRIETY_AFFIRMED.pattern
    + r"|(?<!not )(?<!n't )(?<!never )(?<!failed to )\b(honou?red|honou?rs|kept to|stuck to|abided by)"
    r"( fully| in full)? (all |every |each of )?"
    r"(the |its |our |their |his |her )?(\w+ )?(terms|obligations?|commitments?|contract|agreement)\b"
)
# Passing the question to the parties it concerns, beside DEFLECTS: "that is a matter between the player and
# his club", "it was a contractual matter between the two clubs", "a legal matter for the courts".
DEFLECTS = re.compile(
    DEFLECTS.pattern + r"|\b(that|this|it)('s| is| was| remains) (a|an) (\w+ )?matter (between|for)\b"
)


# --- round 5: parties ---------------------------------------------------------------------------------

# Portfolios listed in a ministry's name after "for"/"of" ("Department for Culture, Media and Sport",
# "Ministry of Agriculture, Fisheries and Food"): the tagger cuts the list into names of their own.
PORTFOLIO_WORDS = _words(
    """culture media sport sports food rural affairs health social care education skills science
    innovation technology energy trade industry housing communities justice home agriculture fisheries
    forestry environment transport labour labor employment youth tourism arts heritage finance economy
    development infrastructure security defence defense interior foreign local government digital welfare
    pensions work family women equality equalities children planning water climate commerce mines
    resources regional public works"""
)
# The reporter's own aside with an empty "it" ("it should be noted that …", "it must be stressed that …",
# "it is worth remembering that …"): nobody is reported as saying anything, so these verbs cue no statement.
IMPERSONAL_REMARK_VERBS = _words(
    "note stress emphasise emphasize mention remember recall point underline underscore add repeat"
)
# Words that end the second half of a name joined by "and" ("United Food and Commercial Workers", "the
# Union of Rail and Maritime Workers", "Bakers and Allied Trades Union"): unions and trade bodies, whose
# names list trades; the tagger stops the name at "and".
TRADE_BODY_NAME_WORDS = _words("workers union employees federation association congress guild trades local")
# Nouns by which the reporter labels the words just reported ("…, a phrase he has used before", "…, words
# that drew applause", "…, a line she repeated at every stop"): the label is the reporter's, not said.
WORDING_LABEL_NOUNS = _words("phrase term word words remark line refrain expression slogan formula mantra")
# Bodies that wire news names by their function alone ("the interior ministry said", "the shipping ministry
# called the strike illegal", "the prosecution argued"): each state or trial has one, so the description
# identifies the actor as a name would.
FUNCTION_NAMED_BODIES = _words("ministry embassy consulate prosecution")
# Verbs of telling someone that something is so ("reminded councillors that …", "assured staff that …",
# "warned residents that …"): the that-clause the parser hangs on the one told is what was said.
HEARER_THAT_CUES = _words("tell remind warn assure inform advise notify caution reassure promise")
CUE_VERBS = CUE_VERBS | _words("assure")
# Bodies written as a plural that a later "they" goes on with ("Police arrested two men. They said …", "The
# authorities closed the road. They said …").
PLURAL_BODY_NOUNS = _words("police authorities")
# Last words of names of addresses and buildings that speak for who works there ("Downing Street said",
# "the Élysée Palace said"): never a surname, unlike "Park", "Hall" or "House".
ADDRESS_NAME_ENDINGS = _words("street square avenue road lane palace castle")


# --- round 6: parties (r6b) ---------------------------------------------------------------------------

# Heads of a state's bodies that news writes with the state's possessive and no capitals ("Chile's health
# ministry has ordered …", "Kenya's embassy in Rome"): the body is named, whether or not the tagger saw it.
STATE_BODY_HEADS = _words("ministry embassy consulate")
# A judge's title ("Mr Justice Colin Ferrers", "Mrs Justice Hale", "Lord Justice Reed", "Chief Justice X"):
# the holder is the judge a later "the judge" means.
TITLE_ROLE_NOUNS = {**TITLE_ROLE_NOUNS, "justice": frozenset({"judge"})}
# Words that open a sentence with its setting ("Outside court, his solicitor said", "Inside the hall, the
# mayor said"): the parser may take the setting for the subject; a setting never speaks.
FRONTED_SETTING_WORDS = _words("outside inside")

# Round 6 (stance). A question the speaker puts to itself and answers with a flat no ("Did we cut corners?
# Absolutely not.", "Did I take a single euro? No."): the rhetorical form of a denial.
OWN_QUESTION_ANSWERED_NO = re.compile(
    r"\? (no|nope|never|absolutely not|of course not|certainly not|not at all|not once|not for a moment)"
    r"( ,| \.| !|$)"
)
# What words declining to answer hold back, when it is a yes or no: "I can't tell you whether …", "I'm not
# going to say if …" (the pronoun told may stand between).
DECLINED_WHETHER = re.compile(r"^ ?(you |us |me |anyone )?(whether|if)\b")
# Not having read or seen the report yet, the usual answer put off: "had not yet read the report", "has
# not had a chance to study the findings", "I haven't seen it yet".
NOT_YET_READ = re.compile(
    r"(\bnot|n't) yet (had (a|the) (chance|time|opportunity) to )?(read|seen|studied|reviewed|examined|"
    r"digested|considered)\b|"
    r"(\bnot|n't) (yet )?had (a|the|any) (chance|time|opportunity) to (read|see|study|review|examine|look at|"
    r"digest|consider)\b|"
    r"(\bnot|n't) (read|seen|studied|reviewed) (it|them|the \w+|that|this|those|these) yet\b"
)
# Counter-evidence after the speaker's denial, beside COUNTER_EVIDENCE: the speaker's figures or records
# pointed to ("the figures show that …", "our tracking records show the ship inside our zone").
RECORDS_SHOW = re.compile(
    r"^(the|our|my|its|their|his|her)( [\w'-]+){0,2}? (figures|records|data|numbers|statistics|logs|"
    r"accounts|minutes|documents|receipts|emails|filings) (clearly |plainly )?(show|shows|prove|proves)\b"
)
# Asked straight out, beside ASKED_WHETHER: "asked directly whether …", "asked point-blank if …".
ASKED_WHETHER = re.compile(
    ASKED_WHETHER.pattern + r"|\b(asked|pressed|questioned) (directly|specifically|point - blank|outright) "
    r"(about |on )?(whether|if)\b"
)
# A verdict of "wrong" on what was just said, opening the statement: "that was wrong", "this is simply
# wrong".
# Also a flat "not so": "that was not so", "that's simply not correct" ("not true", "not the case" are
# DENIAL_WORDS).
THAT_IS_WRONG = re.compile(
    r"^(that|this)('s| is| was) (\w+ )?(wrong|incorrect|mistaken|untrue|not so|not correct|not accurate)"
    r"( ,| \.| ;|$)"
)
# Following the rules of the body one serves, beside PROPRIETY_AFFIRMED: "had followed the charity's
# conflict-of-interest policy to the letter"; and a choice made on merit, the answer to a charge of
# favouritism ("his company had been chosen on merit").
# As above, neither holds under a negation ("had not followed the council's policy").
PROPRIETY_AFFIRMED = re.compile(
    PROPRIETY_AFFIRMED.pattern
    + r"|(?<!not )(?<!n't )(?<!never )(?<!failed to )(?<!fail to )(?<!fails to )(?:"
    r"\b(followed|follows|follow|following|adhered to|kept to) (all |every |the |its |our |their |his |"
    r"her |my )([\w'-]+ ){0,6}?(rules|laws?|procedures|protocols?|regulations|guidelines|policy|policies|"
    r"code)\b|"
    r"\b(chosen|selected|appointed|awarded|picked|hired|given) (\w+ ){0,3}on (its |their |his |her |the )?"
    r"merits?\b|\b(purely|solely|entirely) on merit\b)"
)
# Verbs of knowing, remembering and having by which a speaker professes ignorance ("I had never heard of
# it", "he had no recollection"): negated, they are no act denied beside that ignorance.
NOT_KNOWING_VERBS = _words("know recall remember hear have be")
# Passing the question on by naming who should answer it, beside DEFLECTS: "that is for the regulator, not
# for me", "that's one for head office", "this is for the courts".
DEFLECTS = re.compile(
    DEFLECTS.pattern + r"|^(that|this|it)('s| is| will be| would be) (one |a question |a matter )?for "
    r"(the )?[\w-]+( [\w-]+)?( ,)? (not (for )?(me|us)|rather than (me|us))\b|"
    r"^(that|this)('s| is) one for (the )?[\w-]+( [\w-]+)?( ,| \.|$)"
)
# A rhetorical "why would I?" closing a statement of one's own ("I have done nothing wrong, so why would I
# resign?"): it asks nothing, the clause before it is what is said.
RHETORICAL_WHY_TAIL = re.compile(
    r". , (so|and|then) why (would|should|on earth would) (i|we|he|she|they|it)( [\w']+){0,4} \?$"
)
# The words after "could have" by which a speaker owns a shortcoming of its own side ("the company could have
# done better", "Paylo could have acted sooner"): said of the speaker itself, an admission.
DONE_BETTER = _words("better differently sooner earlier faster quicker more")
# The counterfactual of the accused, beside COUNTER_EVIDENCE: "if there had been a cover-up, you would see it
# in the data", "if there were any such policy, we would have found it".
THERE_HAD_BEEN_IF = re.compile(
    r"^if there (had been|were|was|'d been) [^,]{3,80}, (you|we|they|anyone|people|someone|somebody) "
    r"(would|'d|could) (have )?(see|seen|find|found|know|known|notice|noticed|spot|spotted)\b|"
    # the same, the "if" after: "I would tell you if there were", "we would have known if there had been"
    r"^(i|we|you|they|anyone) (would|'d) (have )?(tell|told|know|known|see|seen|find|found)( you| us)? if "
    r"there (had been|were|was|'d been)\b"
)
# Not knowing the particulars, beside PROFESSED_IGNORANCE: "I don't know the details", "he did not know the
# full circumstances of the sale" (in answer, reported).
PROFESSED_IGNORANCE = re.compile(
    PROFESSED_IGNORANCE.pattern + r"|\b(do|does|did)( not|n't) know the (full |exact |precise )?"
    r"(details|specifics|particulars|circumstances|facts|ins and outs)\b"
)
# A lawsuit is an accusation too, beside JUDGED_ACCUSATIONS: "the lawsuit is a shakedown".
JUDGED_ACCUSATIONS = JUDGED_ACCUSATIONS | _words("lawsuit suit")

# --- round 6: speakers and statements (r6c) ---------------------------------------------------------

# Verbs that give a thing its name ("a loyalty scheme called SkyPlus", "a group calling itself Keep X
# Rural", "a drug named Corvex"), and the parts the name takes: the noun before them says what it is.
NAMING_VERBS = _words("call name dub brand")
NAMING_COMPLEMENT_DEPS = _words("oprd xcomp dobj attr")
# Things a name may be given that are never an organisation that acts ("a product called X", "an app
# named Y"): "the company" is not one of them.
NON_COMPANY_KINDS = NON_COMPANY_KINDS | _words(
    "product program programme scheme app brand model drug device line range platform project plan"
)

# "said dust from the storms, which darkens the ice, accounted for …": verbs that report a clause and take
# no object of their own, so an object before a comma and a subjectless verb is the clause's subject.
CLAUSE_SPEECH_VERBS = _words("say add argue warn claim insist")

# "The watchdog said" after a regulator is named ("the Financial Conduct Authority … The watchdog"): news
# calls a regulator its watchdog, so the body named with a regulator's last word is the one it means.
ORG_KIND_WORDS = ORG_KIND_WORDS | {
    "watchdog": _words("agency authority bureau commission regulator inspectorate office ombudsman"),
}

# --- round 9: statements and speakers (r8c) ---------------------------------------------------------

# Relative cues on the thing charged or the point made, beside ACCUSATION_NOUNS: "charged with an offence
# she denies", "…, a point the editors confirmed".
ACCUSATION_NOUNS = ACCUSATION_NOUNS | _words("offence offense point")
# Verbs of saying sorry: "apologised for the short notice" says sorry for that, a statement about it.
APOLOGY_VERBS = _words("apologise apologize")
# The press's own documents, beside DOCUMENT_NOUNS: "an editorial called the plan doomed", "the column said".
DOCUMENT_NOUNS = DOCUMENT_NOUNS | _words("editorial column article obituary")

# --- round 9: stance (r8a) ------------------------------------------------------------------------------

# A fault owned in reported speech, whoever the speaker's subject is ("the company said it had made mistakes
# and was deeply sorry", "she said she had got the figures wrong"): checked against the clause's subject in
# stance; "sorry she believes otherwise" (sorry for another's view) and "sorry for your loss" (sympathy) own
# nothing.
FAULT_ADMITTED_OF_ITSELF = re.compile(
    r"\b(made|make|makes|making) (a |an |some |serious |several |many |real )?(\w+ )?(mistakes?|errors?|"
    r"misjudge?ments?)\b|"
    r"\b(got|gets|get|getting) (it|this|that|things|some things|the \w+|its \w+|their \w+|her \w+|his \w+) "
    r"(\w+ )?wrong\b|"
    r"\b(is|are|was|were|'s|'re|am|'m) (\w+ )?sorry( ,| \.| ;| and\b|$| for (what|the way|it|that|this|any|"
    r"all|the)\b| that (it|this|we|i)\b)|"
    # conceding in one's own words: "I accept that the figures should have been clearer"
    r"\b(i|we) (fully |do |entirely |readily )?accept that\b"
)
# The words of FAULT_ADMITTED_OF_ITSELF that the owning verb hangs on ("made mistakes", "got it wrong", "was
# sorry", "I accept that"): that verb's subject must be the speaker.
OWNED_FAULT_WORDS = _words(
    "mistake mistakes error errors misjudgement misjudgements misjudgment misjudgments wrong sorry accept"
)
# Verbs of asking and seeking whose negated present progressive states a position held, no act denied: "we
# are not asking for a state", "they are not seeking a recount" ("I'm not saying she lied" disclaims a
# charge: it stays a denial).
POSITION_IN_PROGRESS_VERBS = _words("ask seek demand call propose request want")
# --- round 9: parties (r8b) ---

# A time of day as live blogs stamp their entries ("12:03", "9.45"): never part of a name or a speaker.
CLOCK_TIME = re.compile(r"[012]?\d[:.][0-5]\d")

# Particles that open a surname ("Pieter van Houten" … "Van Houten said", "Ruud de Wit" … "De Wit"): a name
# that starts with one is the surname alone, capitalised at a sentence's start, never a first name and a
# surname.
SURNAME_PARTICLES = _words("van von de der den ter ten du da di dos das del della le la")

# Last words of a business's trading name beside the designators ("Delmont Capital", "Calder Valley Water",
# "Voltra Energy Systems"): news calls such a business by the words before them once it has named it in full,
# even when those words are a place's ("Calder Valley lost 212 million litres").
TRADING_NAME_WORDS = _words(
    "capital water energy power systems estates homes properties rail airways airlines motors foods media "
    "pharmaceuticals biologics technologies industries partners logistics shipping ferries freight mining "
    "telecom networks insurance"
)

# Titles of peers, knights and judges written before a surname alone ("Lord Harding", "Dame Okafor", "Mr
# Justice Caldwell", "Lady Justice Quist"): the article's name for the person, kept with the surname, and
# never a first name.
STYLE_TITLES = _words("lord lady baroness baron dame sir justice")
TITLES = TITLES | STYLE_TITLES

# Bodies an article's setting has one of, written with "the" and no name ("The government said", "the army
# said", "the coastguard says"): the article's own actor, a party, not an anonymous source.
PUBLIC_BODY_HEADS = _words("government army navy coastguard police")

# --- round 11: statements and speakers (r11a) ----------------------------------------------------------

# Pointing pronouns a relative clause alone describes, as the speaker of a report: "Those who spoke said …",
# "some of those who attended said …": the group the clause names, kept as written.
RELATIVE_HEAD_PRONOUNS = _words("those")

# Light verbs that utter what their object names: "voiced doubts that …", "raised concerns that …", "gave an
# assurance that …", "issued a warning that …", "made the point that …": the noun's clause is the statement.
LIGHT_SPEECH_VERBS = _words("voice raise give issue make offer sound")
# Nouns a light verb utters, beside OPINION_NOUNS, REPORT_NOUNS: "made the point that", "gave evidence that".
UTTERED_NOUNS = _words("point evidence")

# Phrasal verbs of hitting back at what someone said, beside "pushed back": "hit back at the suggestion that
# …" rebuts it, a cue whose object after "at"/"against" is what is rebutted.
PHRASAL_CUES = {**PHRASAL_CUES, "hit": "back"}
REBUTTING_PHRASALS = {**REBUTTING_PHRASALS, "hit": "back"}
# Prepositions after a rebutting phrasal that take what is rebutted: "pushed back against the claim".
REBUTTED_PREPOSITIONS = _words("against at on")

# "…, something he denies", "…, something the club disputes": the pronoun that labels the clause before the
# comma as what a relative cue answers, beside ACCUSATION_NOUNS.
ACCUSATION_NOUNS = ACCUSATION_NOUNS | _words("something")

# --- round 11: parties (r11p) ---------------------------------------------------------------------------

# Ranks and offices written capitalised before a name that are no part of it ("Detective Inspector Jo
# Hale", "Bishop Paul Tan", "Coach Ray Ames"): a name the tagger cut short never takes them as its own words.
NAME_RANK_WORDS = _words(
    """detective inspector chief constable superintendent sergeant corporal private captain major colonel
    lieutenant admiral commander marshal officer pc dc di dci ds supt insp bishop archbishop cardinal pope
    father rabbi imam pastor reverend king queen prince princess duke duchess emperor sheikh councillor
    alderman councilman councilwoman congressman congresswoman assemblyman assemblywoman doctor speaker
    chair chancellor attorney solicitor acting interim deputy new former late"""
) | (TITLES | PERSON_ROLES | HONORIFICS)

# Last words of the names of businesses that make or extract something ("Westfold Creamery", "Tarsk
# Motors", "Orrin Pharmaceuticals", "Blue Ridge Mining"): a business, never a person or a place, whatever
# the tagger called it, and the company a later "the company" may be.
PRODUCER_NAME_WORDS = _words(
    """foods food dairy dairies creamery bakery bakeries brewery breweries brewing distillery distillers
    farms mills motors automotive aerospace pharmaceuticals pharma therapeutics biologics biotech
    laboratories labs chemicals mining minerals metals steel oil petroleum energy gas cement textiles
    apparel electronics semiconductors plastics paper timber fisheries seafood beverages tobacco
    airlines airways shipbuilding shipyards engineering construction"""
)

# Trading words that are also common surnames ("Samantha Power"): a person's name may end in them, so they
# do not make a name tagged as a person a business's.
SURNAME_TRADING_WORDS = _words("power")

# Small words inside organisation names in other languages ("Companhia Nacional de Portos", "Partido de la
# Unidad", "Bank für Arbeit und Wirtschaft"): like "of" and "and", an acronym of the name skips them.
ORG_NAME_PARTICLES = _words(
    "de da do das dos del della di du des la le el los las y e et und für van von der den"
)

# Last words of a local body's name that can be named for two places joined by "and" ("Brighton and Hove City
# Council", "Kensington and Chelsea Council"): the tagger cuts such a name at the "and".
LOCAL_BODY_HEADS = _words("council authority")

# --- round 11: stance (r11s) ------------------------------------------------------------------------------

# A version set against another by "…, not …" ("had approved repairs, not the closure", "went to the hospital,
# not to the minister"): the speaker's account corrects the one it answers. Not the additive or the hedging
# "…, not only", "…, not least", "…, not yet", "…, not necessarily".
VERSION_CONTRASTED = re.compile(
    r"\w , not (?!only\b|just\b|least\b|yet\b|necessarily\b|always\b|quite\b|even\b|so\b|that\b|because\b)\w"
)
# Possessives that point back to a body ("its leader", "their spokesman"): the speaker holds an office of the
# organisation just named.
BODY_POSSESSIVES = _words("its their")
# The reporter telling that a party's account differs ("The council tells a different story", "the company
# gives another version"): the verbs, and the nouns of the account they take with "different", "other" or
# "another".
OTHER_VERSION_VERBS = _words("tell give offer have")
OTHER_VERSION_NOUNS = _words("story version account picture")
# Holding each case against the charge, beside DEFENDED_IN_FULL's "every": "but said each blast was designed
# to minimise dust".
DEFENDED_IN_FULL = re.compile(DEFENDED_IN_FULL.pattern + r"|\beach (?!other\b)\w")
# Professing to hold no knowledge of what is reported, beside PROFESSED_IGNORANCE: "he had no knowledge of any
# meeting", "she had no information on the payments".
PROFESSED_IGNORANCE = re.compile(
    PROFESSED_IGNORANCE.pattern
    + r"|\b(had|has|have|having) no (\w+ )?(knowledge|information) (of|on|about)\b"
)
# Every option kept open in the singular too, beside OPTIONS_OPEN's "all options are on the table": "every
# option is on the table", "every possibility remains on the table".
OPTIONS_OPEN = re.compile(
    OPTIONS_OPEN.pattern + r"|\bevery (option|possibility|alternative) (is|remains) on the table\b"
)
# A yes-or-no question the reporter puts in the narrative just before a quote ("Had anyone in his government
# discussed it? He paused."): the quote answers it.
NARRATED_YES_OR_NO = re.compile(
    r"(^|[.!?][\"”’']? )(had|has|have|did|does|do|was|were|is|are|would|will|could|can|should) "
    r"[^.!?\"“”]{3,200}\?"
)
# "Left open to" with nothing between tells a thing exposed ("the database had been left open to the
# internet", "a door left open to the street"), not an answer kept open (OPTIONS_OPEN's "left the door open").
LEFT_EXPOSED = re.compile(r"(left|leave|leaves|leaving|kept|keeps|keep|keeping) open to\b")
# Verbs of a state of mind: negated ("she had never regretted the strike", "I don't mind the questions") they
# tell a feeling, no act denied.
FEELING_VERBS = _words("regret mind like love hate enjoy fear miss")
# Not being able to tell, marked as inability rather than unwillingness by a word of sincerity or of where the
# speaker stood ("I honestly cannot tell you", "from where I was standing, I couldn't tell you"): professed
# ignorance, beside CANNOT_SAY, not the refusal of REFUSAL_WORDS' "can't tell you".
CANNOT_KNOW = re.compile(
    r"\b(honestly|genuinely|truly|really|simply) (cannot|can't|couldn't|could not|can not) (tell|say)\b|"
    r"\bfrom where (i|we) (was|were|am|are|stood|sat)( standing| sitting)?\b[^.]{0,20}? "
    r"(cannot|can't|couldn't|could not|can not) (tell|say|see)\b"
)
# Declining to share or release, beside REFUSAL_WORDS: "I'm not in a position to share that today", "we are
# not able to release the figures", "the club was not prepared to reveal the fee".
REFUSAL_WORDS = re.compile(
    REFUSAL_WORDS.pattern
    + r"|(\bnot|n't)\s+(\w+\s+)?(in a position|able|prepared|willing|free|at liberty) to\s+"
    r"(share|release|reveal|publish|give out)\b"
)
# Granting a criticism, opening the answer, beside CONFIRMATION_WORDS: "That's fair.", "That is a fair
# criticism, and we accept it"; not "that's a fair question", which only leads into an answer.
CONFIRMATION_WORDS = re.compile(
    CONFIRMATION_WORDS.pattern
    + r"|^(that|it)( 's| is|'s) (a )?fair( (criticism|point|comment|charge))?( [.,!]|$)"
)
# Rebutting a charge laid on someone by its proportion: "One wet evening does not make us unsafe", "a single
# bad game doesn't make him a cheat" (a proverb of things, "one swallow does not make a summer", charges
# nobody).
ONE_CASE_DOES_NOT_MAKE = re.compile(
    r"^(but )?(one|a single|a couple of|a few|two|three) ([\w'-]+ ){0,3}?(does not|doesn't|do not|don't) "
    r"make (us|me|him|her|them)\b"
)

# --- round 12: stance (lead) ------------------------------------------------------------------------
# Cues that make a charge ("accused the council of …", "alleged that …"): a negated account that takes up
# its words later in the article answers it.
ACCUSING_CUE = re.compile(r"\b(accus|alleg|charg|claim|blam|criticis|criticiz|complain|fault|condemn)\w*\b")


# --- round 13: parties (parties13) -------------------------------------------------------------------
# Public bodies news names by their function with a modifier, in lower case ("the national weather service
# said", "the state regulator", "the regional ambulance service", "the health department"): the one body
# of that function, an actor the article identifies as a name would.
FUNCTION_NAMED_BODIES = FUNCTION_NAMED_BODIES | _words("service regulator agency authority department")

# Nouns for a trade a person practises as well as a firm ("the violin maker Tommaso Varelli", "the game
# developer Ana Ruiz"): before a two- or three-word name the tagger calls a person, the name is a person's.
PERSON_OR_FIRM_TRADES = _words("maker developer designer producer publisher operator builder dealer")
# Last words of sports clubs' names ("Kingsford Town were leading", "Ashby Rovers said", "Leeds United"): a
# club, never a person, whatever the tagger called the name.
CLUB_NAME_WORDS = _words("town united rovers athletic wanderers albion rangers fc afc hotspur")
# First words of sports teams' names ("Team Brightline", "Team Sky"): a team, never a person.
CLUB_NAME_OPENINGS = _words("team")
# Kinds of body an organisation is as a whole, written after its name ("the GMB union said", "the Acme
# group", "the Labour party"): the organisation itself, not a part of it ("the BBC website") or a body
# under it ("the UN agency").
WHOLE_BODY_KINDS = _words("union company firm group party charity bank airline carrier broadcaster")
# Credit lines of page furniture, each a paragraph of its own ("Reporting by X in Geneva; Editing by Y",
# "(Reporting by X)", "Photo: … (Agency/Name)", "Photograph: X for the Y", a byline "By Helena Marsh",
# "Associated Press writer X contributed"): the people and agencies they name are no party of the story.
CREDIT_LINE = re.compile(
    r"(?m)^\(?(?:(?:[Aa]dditional )?[Rr]eporting by|[Ee]diting by|[Ww]riting by|[Cc]ompiled by|"
    r"Photo(?:graph)?s?:)[^\n]*$|^By(?: [A-Z][\w'’.-]+){1,4}$"
    r"|^[^\n]{0,60}\bwriters? [^\n]*\bcontributed\b[^\n]*$"
)
# Prepositions a headline in title case capitalises after its verb and object ("Health Ministry Orders Review
# After Data Error", "Court Upholds Fine Against Drone Maker"): a name the tagger ran on to one ends before
# the glued verb.
HEADLINE_PREPOSITIONS = _words("after over against amid despite from without with into")

# --- round 13: speakers (lead) -------------------------------------------------------------------------

# "The club said" after a football club is named ("Rotherby United … the club"): a club's name ends in one
# of these words, so the nearest body named so before is the club the description means.
ORG_KIND_WORDS = ORG_KIND_WORDS | {"club": CLUB_NAME_WORDS | _words("club city county athletico")}
# "The club said", "a police force in the north said": a club or a force is a body, never a person.
ORG_NOUNS = ORG_NOUNS | _words("club force")
# "The regulator said" after "the Information Commissioner's Office" or "the Pensions Ombudsman": an office or
# an ombudsman regulates as an agency does, beside the regulator's name words above.
ORG_KIND_WORDS = ORG_KIND_WORDS | {"regulator": ORG_KIND_WORDS["regulator"] | _words("office ombudsman")}
# "The force said" after a police force is named ("Avon Valley Police … the force"): British news calls a
# police force its force, so the body named with a police word is the one it means.
ORG_KIND_WORDS = ORG_KIND_WORDS | {"force": _words("police constabulary force")}
# Words before "Group" in the names of campaigners, residents and other groups that are no company ("Tawel
# Flood Action Group", "Millbank Residents Group"), where "Lantern Group" is one.
CAMPAIGN_GROUP_WORDS = _words(
    """action campaign pressure residents residents' tenants tenants' parents parents' support lobby advocacy
    working study community citizens victims families protest users patients"""
)
# Cues whose "to" names the hearer, never what was said: "reported the breach to the regulator", "confirmed
# to reporters", "complained to the council" (beside "objected to the plan", whose "to" is what).
TO_HEARER_CUES = _words("report confirm deny complain explain announce mention describe declare insist say")
# Figures that speak for whoever published them ("according to figures published by the agency", "data
# released by the ministry show"): only with that author named, since "senior figures said" are people.
DATA_NOUNS = _words("figure data statistic statistics number estimate")
# "figures the company gave to the regulator", "documents the ministry handed over": verbs of handing over
# that make the giver the author of what was handed, beside ISSUING_VERBS.
HANDING_OVER_VERBS = _words("give supply hand share")
# Last words of a body's or a place's name, and words of titles, that keep capitalised words the tagger left
# untagged from being read as a person's name ("Harbor City said she", "Police Scotland", "Supreme Court").
UNTAGGED_PERSON_STOP_WORDS = (
    COMPANY_NAME_WORDS
    | NON_COMPANY_NAME_WORDS
    | ORG_KIND_WORDS["club"]
    | _words("street road avenue square river lake mount island county state province district region")
)
# "The club dismissed its manager", "the bank dismissed two traders": dismissing a person (a job, a role, a
# worker) is firing them, not answering anything said.
DISMISSED_PERSON_NOUNS = OFFICE_ROLE_WORDS | _words(
    "coach staff worker employee player trader teacher nurse doctor officer executive director captain"
)

# --- round 13: statements and stance (statements13) -------------------------------------------------
# Objects of a negated perceiving that compare, not deny: "I have never seen anything like it".
NOTHING_LIKE_OBJECTS = _words("anything nothing")
# Where a speaker says it stands to state its purpose: "we are not there to apportion blame".
PURPOSE_PLACES = _words("here there")
# Staying put, an intention not an act denied: "we are not going away", "I'm not going anywhere".
STAYING_PUT_WORDS = _words("away anywhere")
# Counsel answering for a client who denied ("Mrs Reed's barrister said her client had meant to repay").
COUNSEL_ROLES = _words(
    "lawyer lawyers barrister barristers solicitor solicitors attorney attorneys counsel advocate"
)
# A charge withheld, beside "would not be drawn": "did not accuse any country" is a refusal.
REFUSING_WHEN_NEGATED = REFUSING_WHEN_NEGATED | _words("accuse blame")
# Modals of what ought to have been done, before an elliptical "and we didn't" that owns the failure.
OUGHT_MODALS = _words("should ought could")
# Words before an accusing verb that make it passive, so the accused stands before it ("was accused of").
PASSIVE_AUXILIARIES = _words("was were is are been being be")
# Words opening a charge's clause before the accused is named ("alleged that the company …").
CHARGE_OPENERS = _words("that the a an")
# Words that end the accused's name in a charge ("accused Lee of …", "blamed the board over …").
CHARGE_NAME_ENDS = _words("as of in to over for with by on")
# Words of when, not of what: a charge and an account that share "year" or "night" share no act.
WHEN_NOT_WHAT_NOUNS = _words("year month week night time today yesterday")
# The dash closing a wire dateline ("LONDON, Oct 8 (Wire) - The bank said …"), which never speaks.
DATELINE_DASHES = _words("- – — --")
# Conjunctions of another's charge told beside the content ("denied it, after MPs accused him of …").
SPEECH_ALONGSIDE_MARKS = _words("after as while when before")
# The verbs of that clause: another party's charge ("after MPs accused him", "as critics alleged").
CHARGING_ALONGSIDE = _words("accuse allege charge blame criticise criticize condemn")
# Spans of time dating the news after the content (", a day after a report that …"): the reporter's.
TIME_SPAN_NOUNS = _words("minute minutes hour hours day days week weeks month months")
# Where a passive "admitted" lets someone in ("admitted to hospital", "into the programme"): no speech.
ADMITTED_INTO = _words("to into")
# Charging another with admitting less ("he knew far more than he now admits"): no admission of one's own.
ADMITS_LESS_THAN = re.compile(
    r"\bmore than (he|she|they|it|the \w+) (has |have |had |now |will |would |is |are |was |were )*"
    r"(admits|admitted|admit|admitting|concedes|conceded|concede|conceding|acknowledges|acknowledged)\b"
)
# Something won on merit, beside "chosen on merit" ("had won the contract on merit"): propriety affirmed.
PROPRIETY_AFFIRMED = re.compile(
    PROPRIETY_AFFIRMED.pattern
    + r"|(?<!not )(?<!n't )(?<!never )(?:\b(won|wins|win|earned|earns|secured|secures) (\w+ ){0,3}on "
    r"(its |their |his |her |the )?merits?\b)"
)

# --- last: every pattern above behind its literal prefilter (prefilter.py says why) -----------------
# Keep this at the end of the module: a pattern bound after it would run without its prefilter.
prefilter_module_patterns(globals())
