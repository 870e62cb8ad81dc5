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
