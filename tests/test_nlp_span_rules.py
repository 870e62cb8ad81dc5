"""Where a reported clause ends, and what is no statement: general constructions of news English,
on sentences written for this test."""

from __future__ import annotations

import pytest

from briefing.model import Article

# (text, the statement's exact text, a word of its speaker's name)
SPANS = [
    # ", and/but" and a new subject that is no pronoun: the reporter's own clause, not the report.
    (
        "Analysts noted that the bank may have been lending too freely, and a report published by the "
        "regulator found gaps in its books.",
        "the bank may have been lending too freely",
        "Analysts",
    ),
    (
        "Auditors noted that the city may have overspent on roads, and a study commissioned by the council "
        "found no waste at all.",
        "the city may have overspent on roads",
        "Auditors",
    ),
    # ", as/while she …": the reporter describes the speaker's act; it is not what was said.
    (
        "The envoy told reporters it was her duty to testify about the meeting, as she brushed aside "
        "attacks from the committee.",
        "it was her duty to testify about the meeting",
        "envoy",
    ),
    # ", as did X" / ", as have X": the reporter's inverted comparison ends the report.
    ("Miller said that the plan had failed, as did two earlier reports.", "the plan had failed", "Miller"),
    (
        "Miller said that the mayor has clearly broken with the party on taxes, as have his rivals on the "
        "council, who both back a cut.",
        "the mayor has clearly broken with the party on taxes",
        "Miller",
    ),
    # A pronoun subject after ", and" goes on with the speaker's report: one statement.
    (
        "The envoy said meeting the lawyer was just part of the talks, and she had met him once in Kyiv.",
        "meeting the lawyer was just part of the talks, and she had met him once in Kyiv",
        "envoy",
    ),
    # "as X said" / "as X put it": the clause the parenthetical hangs on is X's statement.
    ("The talks are over, as the minister put it.", "The talks are over", "minister"),
    (
        "As the minister said on Monday, the border will stay closed.",
        "the border will stay closed",
        "minister",
    ),
    ('"The talks are over," as John Miller put it.', "The talks are over,", "Miller"),
    # ", and" and a new subject end the report also across white space or a closing quotation mark.
    (
        "Regulators noted that the lender may have been careless,  and an audit ordered by the board found "
        "no fraud.",
        "the lender may have been careless",
        "Regulators",
    ),
    (
        'Ms. Novak said: "I have always paid my taxes on time," but in fact the records show two late '
        "payments.",
        "I have always paid my taxes on time,",
        "Novak",
    ),
    # "say that, because …": the parser takes "that" for a pronoun; the clause is the rest.
    (
        "Anna Weller went on to say that, because the auditors had approved the accounts, the firm was "
        "sound.",
        "because the auditors had approved the accounts, the firm was sound",
        "Weller",
    ),
    # An indirect question the parser cut in two is one clause.
    (
        "The host then asked Senator Joan Price which bills specifically she would back.",
        "which bills specifically she would back",
        "host",
    ),
    # "told X in a statement that …": the clause the parser hung on the medium is the cue's.
    (
        "Ana Ruiz, the driver's lawyer, told the paper in a statement that her client had not been drinking.",
        "her client had not been drinking",
        "Ruiz",
    ),
    (
        "Senator Joan Price claimed without evidence that the count was rigged.",
        "the count was rigged",
        "Price",
    ),
    # "responded before adding that …": the participle's speaker is the main verb's subject.
    (
        "Mayor Tom Reed responded before adding that the vote would be close.",
        "the vote would be close",
        "Reed",
    ),
    # "… — “…,” she said": the cue after the quotation reports the quotation, not the reporter's words.
    (
        'Jane Porter has already changed her account once — "I now remember the call," she said.',
        "I now remember the call,",
        "Porter",
    ),
    # "saying X, but that Y": the second "that" clause is reported too, wherever the parser hung it.
    (
        "The ministry answered vaguely, saying the army had the means to respond, but that a ceasefire was "
        "not on the table.",
        "the army had the means to respond, but that a ceasefire was not on the table",
        "ministry",
    ),
    # "X said, in short, Y" where the parser made Y the root.
    (
        "Foreign Minister Lena Berg, speaking after talks with her Danish counterpart, Per Holm, yesterday, "
        "said, in diplomacy, small states must stick together.",
        "small states must stick together",
        "Berg",
    ),
    # A present-tense reporting verb after its subject, tagged as a plural noun.
    (
        "Secrecy is not a stranger when it comes to this council, the town's former clerk maintains.",
        "Secrecy is not a stranger when it comes to this council",
        "clerk",
    ),
    # "While X claimed that A, B …": the report ends at the comma closing the subordinate clause.
    (
        "While Mayor Tom Reed wrongly claimed that the bridge was safe, engineers say that it is likely to "
        "need repairs.",
        "the bridge was safe",
        "Reed",
    ),
    # The time of the saying is not part of what was said.
    ("Senator Joan Price said Sunday the bill would pass.", "the bill would pass", "Price"),
    # "…, she said, but …": the clauses on both sides of the parenthetical cue (round 9).
    (
        "Mayor Ann Cole spoke on Monday. Taxes would not rise, she said, but fees might.",
        "Taxes would not rise, she said, but fees might",
        "Cole",
    ),
    # "X, asked about Y, said: “…”": the quotation is X's, the question nobody's statement.
    ('Ann Cole, asked about the shortfall, said: "We will manage."', "We will manage.", "Cole"),
    # "…, according to a transcript" is the report's source, not its content.
    (
        "Mayor Ann Cole said the budget was balanced and that taxes would not rise, according to a "
        "transcript.",
        "the budget was balanced and that taxes would not rise",
        "Cole",
    ),
    # ", even as …" is the reporter's contrast.
    (
        "Mayor Ann Cole said the budget was balanced, even as the council prepared cuts.",
        "the budget was balanced",
        "Cole",
    ),
    # "that" after ", and" keeps the second clause reported.
    (
        "The mayor said the roads were safe, and that the bridges were sound.",
        "the roads were safe, and that the bridges were sound",
        "mayor",
    ),
]


@pytest.fixture(scope="module")
def analyze():
    from briefing.nlp.analyze import analyze

    return analyze


@pytest.mark.parametrize(("text", "content", "speaker"), SPANS, ids=[c[1][:40] for c in SPANS])
def test_the_reported_clause_ends_where_the_report_does(
    analyze, text: str, content: str, speaker: str
) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    found = {s.text: s.speaker for s in analysis.statements}
    assert content in found, list(found)
    assert found[content] is not None and speaker.lower() in found[content].lower()


def test_a_bare_plural_report_noun_is_a_statement_of_nobody_named(analyze) -> None:
    text = "The minister resigned amid reports that he had misled parliament, which he denied."
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    found = {s.text: s for s in analysis.statements}
    assert "he had misled parliament" in found, list(found)
    assert found["he had misled parliament"].speaker is None
    assert found["which"].stance == "denial"  # the relative cue stays its own statement


def test_a_question_put_to_the_speaker_is_no_statement(analyze) -> None:
    text = "Asked whether he would resign, chairman Tom Hale said he would not."
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    assert [s.text for s in analysis.statements] == ["he would not"]


def test_imagined_speech_of_a_vague_someone_is_no_statement(analyze) -> None:
    text = "Many would point out that the council ignored the warnings."
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    assert not analysis.statements, [s.text for s in analysis.statements]


# Relative cues: the pronoun or noun standing for the antecedent is denied by the relative's subject;
# the antecedent stays the accuser's (or the reporter's) and ends before the comma.
RELATIVE = [
    (
        "John Miller spoke on Monday. Critics say he lied about the budget, which he rejected.",
        "which",
        "he lied about the budget",
    ),
    (
        "John Miller spoke on Monday. He was accused of padding the budget, a charge he denies.",
        "a charge",
        None,
    ),
    (
        "John Miller spoke on Monday. The report said he hid the figures, an allegation that he has denied.",
        "an allegation",
        "he hid the figures",
    ),
]


@pytest.mark.parametrize(("text", "denied", "antecedent"), RELATIVE, ids=[c[1] for c in RELATIVE])
def test_a_relative_cue_is_the_denial_of_its_subject(
    analyze, text: str, denied: str, antecedent: str | None
) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    found = {s.text: s for s in analysis.statements}
    assert denied in found, list(found)
    assert found[denied].speaker == "John Miller"
    assert found[denied].stance == "denial"
    if antecedent is not None:
        assert antecedent in found, list(found)  # the accusation, without ", which he rejected"
        assert found[antecedent].speaker != "John Miller"


# Titles are names, not statements: a participle that names the noun before it.
TITLES = [
    ('She wrote a memoir called "The Long Road Home" in 2010.', "The Long Road Home"),
    ('The council backed a plan dubbed "Project Green" by its authors.', "Project Green"),
]


@pytest.mark.parametrize(("text", "title"), TITLES, ids=[c[1] for c in TITLES])
def test_a_title_in_quotation_marks_is_no_statement(analyze, text: str, title: str) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    at = text.index(title)
    assert not [s.text for s in analysis.statements if s.start <= at < s.end]


def test_naming_someone_with_two_complements_stays_speech(analyze) -> None:
    text = 'The rally heard from one senator, who called the governor "a danger to the state."'
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    assert any("a danger to the state" in s.text for s in analysis.statements), analysis.statements


# A capital used for its government is the state: one party, named as the state, speaking as it.
CAPITAL_CASES = [
    (
        "Iran held talks with the United States on Monday. Tehran said the sanctions must end first.",
        "the sanctions must end first",
        "Iran",
        "Tehran",
    ),
    (
        "Washington said on Monday that the embassy would stay open. The United States has sent troops.",
        "the embassy would stay open",
        "United States",
        "Washington",
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "state", "capital"), CAPITAL_CASES, ids=[c[3] for c in CAPITAL_CASES]
)
def test_a_capital_speaks_for_its_state(analyze, text: str, content: str, state: str, capital: str) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    names = [p.name for p in analysis.parties]
    assert capital not in names, names
    party = next(p for p in analysis.parties if p.name == state)
    assert capital in party.aliases
    assert {s.text: s.speaker for s in analysis.statements}.get(content) == state


def test_a_surname_two_people_share_is_an_alias_of_neither(analyze) -> None:
    text = (
        "John Miller said profits rose. Miller added that the firm would hire.\n\n"
        "Later, his sister Anna Miller said costs fell. Miller added that prices would stay flat."
    )
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    names = [n.casefold() for p in analysis.parties for n in (p.name, *p.aliases)]
    assert "john miller" in names and "anna miller" in names
    assert names.count("miller") == 0, [(p.name, p.aliases) for p in analysis.parties]


# A verb of citing, praising or describing with a bare noun phrase names the topic, not the words.
TOPICS = [
    ("The senator cited data from the health ministry in her speech.", "data from the health ministry"),
    ("The governor praised his rival's record on jobs.", "record on jobs"),
    ("The mayor described the meeting to reporters on Monday.", "the meeting"),
]


@pytest.mark.parametrize(("text", "topic"), TOPICS, ids=[c[1] for c in TOPICS])
def test_a_topic_is_no_statement(analyze, text: str, topic: str) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    at = text.index(topic)
    assert not [s.text for s in analysis.statements if s.start <= at < s.end]


# The same verbs still report what they name "as", a quotation, or a clause.
STILL_SPEECH = [
    ("The mayor described the plan as a giveaway to developers.", "a giveaway to developers"),
    ('The senator praised the bill as "a lifeline for farmers."', "a lifeline for farmers"),
]


@pytest.mark.parametrize(("text", "words"), STILL_SPEECH, ids=[c[1] for c in STILL_SPEECH])
def test_a_named_or_quoted_object_stays_a_statement(analyze, text: str, words: str) -> None:
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    at = text.index(words)
    assert [s.text for s in analysis.statements if s.start <= at < s.end]


def test_a_described_topic_ending_a_paragraph_introduces_the_quotation_after_it(analyze) -> None:
    text = (
        "Mayor John Miller spoke to reporters on Monday. He described his approach in plain terms.\n\n"
        "\u201cYou listen first, and then you decide what the city can afford.\u201d"
    )
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    found = {s.text: s.speaker for s in analysis.statements}
    quote = "You listen first, and then you decide what the city can afford."
    assert found.get(quote) == "John Miller", found
