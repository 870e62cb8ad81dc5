"""Which statements a sentence holds and where each ends, round 3: parenthetical cues inside a clause
that closes on a quotation, refusals with the time of the question, and the words a report ends on.
General constructions of news English, on sentences written for this test (real spaCy model)."""

from __future__ import annotations

import pytest
from nlp_support import analysed_text, assert_found_with_speaker, speakers_by_statement

# (text, the statement's exact text, a word of its speaker's name)
FOUND = [
    # "X, she said, Y": the clause around a parenthetical cue is reported whole, also when it closes on a
    # quotation (then it is mixed).
    (
        "Mayor Ann Cole spoke on Monday. The route of the bypass, she said, had been fixed by the regional "
        'planners, "not by my office and not by the builder."',
        'The route of the bypass, she said, had been fixed by the regional planners, "not by my office and '
        'not by the builder."',
        "Cole",
    ),
    (
        "The defence lawyer, Priya Nandi, addressed the jury last. The invoices, she said, had been signed "
        'by the auditors and the charge rested on "a grudge and a spreadsheet."',
        'The invoices, she said, had been signed by the auditors and the charge rested on "a grudge and a '
        'spreadsheet."',
        "Nandi",
    ),
    # A refusal "when approached / when contacted / when asked": the time the question was put is not
    # what was withheld.
    (
        "The goalkeeper, Tomas Brandt, declined to comment when approached after the match in Leipzig.",
        "to comment",
        "Brandt",
    ),
    (
        "A spokesman for the bank declined to comment when contacted by the newspaper on Friday.",
        "to comment",
        "spokesman",
    ),
    # The parser cut one reported clause in two at a comma: the half after the cut has no subject.
    (
        'The mayor said the tower, to be sold as "Harbour Point", would hold 300 flats and a library.',
        'the tower, to be sold as "Harbour Point", would hold 300 flats and a library',
        "mayor",
    ),
    (
        'The council confirmed that the bypass around Fenwick, promised in 2017, had been "re-profiled" to '
        "2031.",
        'the bypass around Fenwick, promised in 2017, had been "re-profiled" to 2031',
        "council",
    ),
    # A noun phrase right after the reported clause, hung on the cue by the parser, is the clause's.
    (
        "The bank said in a filing that it would set aside $95 million to cover loans that may not be "
        "repaid, more than twice the amount it had put aside in the first quarter.",
        "it would set aside $95 million to cover loans that may not be repaid, more than twice the amount "
        "it had put aside in the first quarter",
        "bank",
    ),
    (
        'The ministry said in a statement that the attache had been "watched on several occasions" '
        "photographing the naval docks and meeting a clerk who has since been detained.",
        'the attache had been "watched on several occasions" photographing the naval docks and meeting a '
        "clerk who has since been detained",
        "ministry",
    ),
    # What the reporter adds after the content: a comment on the news, how it came out, what it set off.
    (
        "The bank said in a filing that it would cut 300 jobs by March, a move that surprised analysts.",
        "it would cut 300 jobs by March",
        "bank",
    ),
    (
        "Norway expelled a Russian attache on Friday, saying he had photographed radar sites near Bodo, in "
        "the worst row between the two countries in years.",
        "he had photographed radar sites near Bodo",
        "Norway",
    ),
    (
        "Residents said they would take the council to court, after it emerged that the mayor's brother "
        "owned the land.",
        "they would take the council to court",
        "Residents",
    ),
    (
        "Shares in Corvell fell sharply after the retailer said its winter sales had dropped by a tenth, "
        "reviving fears about the high street.",
        "its winter sales had dropped by a tenth",
        "Corvell",
    ),
    # A "that" clause the parser hung on the cue as an adverbial clause is still the reported clause.
    (
        "Asked on Monday whether he would stand again, the senator told the local paper only that he was "
        '"not ruling anything out".',
        'he was "not ruling anything out"',
        "senator",
    ),
    (
        'Asked whether she would sell the club, the owner told the radio station only that she was "not in '
        'a hurry".',
        'she was "not in a hurry"',
        "owner",
    ),
    # An aside inside the content ("his deal, thought to be worth …,") read as the clause's verb: the
    # predicate after it, an auxiliary with no subject, still belongs to the content.
    (
        "The club would not be drawn on whether his deal, thought to be worth 3 million dollars a season, "
        "would be cut.",
        "on whether his deal, thought to be worth 3 million dollars a season, would be cut",
        "club",
    ),
    (
        "The ministry would not be drawn on whether the plan, reported to cost 400 million euros, would go "
        "ahead.",
        "on whether the plan, reported to cost 400 million euros, would go ahead",
        "ministry",
    ),
    # Report nouns of denying and admitting carry their clause, whichever way the parser reads its "that".
    (
        "The club's denial that it had ever paid the agent came in a short statement on Sunday.",
        "it had ever paid the agent",
        "club",
    ),
    (
        "The governor's denial that she had ever met the developer was contradicted by her own diary.",
        "she had ever met the developer",
        "governor",
    ),
    # Verbs that report speech with a "that" clause only: conceding by "accepting", a court's ruling, and
    # what a court "heard from" a witness.
    (
        "Under questioning, the depot manager accepted that he had never checked the invoices.",
        "he had never checked the invoices",
        "manager",
    ),
    (
        "Earlier, Judge Ann Moss rejected a bid to exclude the tapes, ruling that they had been lawfully "
        "made.",
        "they had been lawfully made",
        "Moss",
    ),
    (
        "The court heard from a former nurse, Jane Orr, that she had raised the alarm twice and had been "
        'told to "keep quiet".',
        'she had raised the alarm twice and had been told to "keep quiet"',
        "Orr",
    ),
    # Calling a gerund a name: the parser reads the gerund as a verb with the quoted name as its object.
    (
        'The coach, Dana Pruitt, called smoking "a plague on young athletes".',
        'smoking "a plague on young athletes"',
        "Pruitt",
    ),
    # "put X at <amount>" states an estimate; in a relative clause after a refusal it is a statement of
    # its own and the refusal ends before it.
    (
        "The minister declined to say how much the state was paying for the jets, which opposition lawmakers "
        "have put at more than 2 billion dollars over five years.",
        "how much the state was paying for the jets",
        "minister",
    ),
    (
        "The minister declined to say how much the state was paying for the jets, which opposition lawmakers "
        "have put at more than 2 billion dollars over five years.",
        "more than 2 billion dollars over five years",
        "lawmakers",
    ),
    ("Police put the crowd at about 5,000 on Saturday.", "about 5,000", "Police"),
    # Being charged with an offence is no speech act, nor is a speech verb naming the offence.
    (
        "The Public Prosecutor's Office confirmed that a 38-year-old clerk at the port had been detained on "
        "Friday in Arica and charged with disclosing secret plans.",
        "a 38-year-old clerk at the port had been detained on Friday in Arica and charged with disclosing "
        "secret plans",
        "Prosecutor",
    ),
    # A withheld question the parser hung on the cue as an adverbial clause is still what is withheld.
    (
        "A spokesman for the bank would not say when the loans were made.",
        "when the loans were made",
        "spokesman",
    ),
    # "According to X, …" the parser hung on an auxiliary: the clause is the whole of it.
    (
        "According to the police report, the driver had been speeding.",
        "the driver had been speeding",
        "police",
    ),
    # "blamed X on Y": what is blamed and what it is blamed on.
    (
        "The airline blamed the delays on a shortage of air traffic controllers.",
        "the delays on a shortage of air traffic controllers",
        "airline",
    ),
    # "adding that …" hung on the reported clause still goes on with the cue's speaker.
    (
        "Ms Reyes said the council had been warned twice about the bridge, adding that repairs had been "
        '"repeatedly put off".',
        'repairs had been "repeatedly put off"',
        "Reyes",
    ),
    # What the speaker left out, told by the reporter, is not part of the report.
    (
        "The group said on its website that it would hold a rally on Saturday, but gave no time or place.",
        "it would hold a rally on Saturday",
        "group",
    ),
    (
        "The ministry said the attack had been planned abroad but offered no evidence.",
        "the attack had been planned abroad",
        "ministry",
    ),
    # A relative cue naming the report it answers, however the parser reads the noun.
    (
        "Parents said the school had ignored their letters, a complaint the head teacher disputed.",
        "the school had ignored their letters",
        "Parents",
    ),
    (
        "Parents said the school had ignored their letters, a complaint the head teacher disputed.",
        "a complaint",
        "teacher",
    ),
    # A cue with its subject after the clause and a comma, which the parser joined to the clause.
    (
        'The strike was "entirely avoidable", the union\'s general secretary, Rita Moss, told reporters.',
        'The strike was "entirely avoidable"',
        "Moss",
    ),
    # "told the meeting he had …": the reported clause read as a relative clause on the one told.
    (
        'The chairman, Paul Grant, told the meeting he had "no intention" of stepping down.',
        'he had "no intention" of stepping down',
        "Grant",
    ),
    # A concession that is a report of its own ends the first report and is a statement by itself.
    (
        "The company said profits would rise, although it cautioned that costs were climbing.",
        "profits would rise",
        "company",
    ),
    (
        "The company said profits would rise, although it cautioned that costs were climbing.",
        "costs were climbing",
        "company",
    ),
    # A figure or an account named by a relative cue after the comma.
    (
        "The federation said turnout was 68 per cent, a figure the company disputed.",
        "turnout was 68 per cent",
        "federation",
    ),
    ("The federation said turnout was 68 per cent, a figure the company disputed.", "a figure", "company"),
    # The source the speaker cites closes the content; a "that" before a fronted phrase leaves no comma.
    (
        "The newspaper reported that the minister had used a private email account, citing documents it had "
        "seen.",
        "the minister had used a private email account",
        "newspaper",
    ),
    (
        "The charity said that, despite the cuts, it would keep all its shelters open.",
        "despite the cuts, it would keep all its shelters open",
        "charity",
    ),
    # How the figure compares with forecasts is the reporter's; the medium an object cue was said in too.
    (
        "The company said sales had risen 4 per cent in the quarter, beating forecasts.",
        "sales had risen 4 per cent in the quarter",
        "company",
    ),
    (
        "The minister denied the allegations in a letter to the committee.",
        "the allegations",
        "minister",
    ),
    ("The agency rejected the claims in the report.", "the claims in the report", "agency"),
    # An opinion noun of the speaker's with a "that" clause reports the clause.
    (
        "The refugee agency repeated its view that no one should be sent back before the inquiry ends.",
        "no one should be sent back before the inquiry ends",
        "agency",
    ),
    (
        "The finance minister expressed concern that the talks could collapse.",
        "the talks could collapse",
        "minister",
    ),
    # "…, even as he warned of …" is a report of its own, not an "as he said" aside over the whole clause.
    (
        "The chief executive told investors on a call that demand remained strong, even as he warned of "
        "higher costs.",
        "demand remained strong",
        "chief executive",
    ),
    (
        "The chief executive told investors on a call that demand remained strong, even as he warned of "
        "higher costs.",
        "of higher costs",
        "chief executive",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), FOUND)
def test_statement_found_with_its_boundaries(text: str, span: str, speaker: str) -> None:
    assert_found_with_speaker(text, span, speaker)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The minister's admission that the figures had been wrong came after a week of pressure.",
            "confirmation",
        ),
        ("The club's denial that it had ever paid the agent came in a short statement on Sunday.", "denial"),
    ],
)
def test_a_noun_cue_reports_as_its_verb_does(text: str, stance: str) -> None:
    analysis = analysed_text(text)
    assert [s.stance for s in analysis.statements] == [stance], analysis.statements


def test_accepting_that_concedes() -> None:
    analysis = analysed_text(
        "Under questioning, the depot manager accepted that he had never checked the invoices."
    )
    assert [s.stance for s in analysis.statements] == ["confirmation"], analysis.statements


@pytest.mark.parametrize(
    "text", ["The party has ruled the country since 1990.", "The union accepted the pay offer on Friday."]
)
def test_ruling_or_accepting_a_thing_is_no_statement(text: str) -> None:
    assert speakers_by_statement(text) == {}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('He wrote a memoir, "The Long Road Home", about his years in the navy.', "The Long Road Home"),
        ('Ms Ortiz starred in a 2021 film, "Fast Water", which toured the festivals.', "Fast Water"),
    ],
)
def test_a_title_in_apposition_is_no_statement(text: str, title: str) -> None:
    assert title not in speakers_by_statement(text)


def test_a_quote_in_capitals_with_its_cue_is_still_speech() -> None:
    statements = speakers_by_statement('The minister was blunt. "We Will Not Move," she said.')
    assert "We Will Not Move," in statements, statements


def test_the_offence_charged_is_no_statement() -> None:
    text = (
        "The Public Prosecutor's Office confirmed that a 38-year-old clerk at the port had been detained on "
        "Friday in Arica and charged with disclosing secret plans."
    )
    assert "secret plans" not in speakers_by_statement(text)


def test_a_concession_without_a_cue_stays_in_the_report() -> None:
    statements = speakers_by_statement("The company said profits would rise, although costs were climbing.")
    assert "profits would rise, although costs were climbing" in statements, statements


def test_the_documents_cited_are_no_statement() -> None:
    text = (
        "The newspaper reported that the minister had used a private email account, citing documents it had "
        "seen."
    )
    assert "documents it had seen" not in speakers_by_statement(text)


def test_being_to_blame_is_no_statement() -> None:
    text = "The two sides traded accusations over who was to blame for the collapse of the talks."
    assert speakers_by_statement(text) == {}


def test_a_relative_clause_on_a_report_noun_is_no_statement() -> None:
    statements = speakers_by_statement("The governor's statement that she issued on Monday was brief.")
    assert "she issued on Monday" not in statements, statements


def test_a_clause_that_is_all_quotation_stays_two_direct_quotes() -> None:
    statements = speakers_by_statement(
        'Mayor Ann Cole spoke on Monday. "The route," she said, "had been fixed by the planners."'
    )
    assert "The route," in statements and "had been fixed by the planners." in statements, statements
