"""Statements, round 5: what is and is not a statement in constructions of news English (sentences written
here)."""

from __future__ import annotations

import pytest

from briefing.model import Analysis, Article


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


@pytest.mark.parametrize(
    "text",
    [
        "It is worth noting that the agency has grounded a whole fleet only once before.",
        "It should be noted that the figures were revised twice last year.",
        "It is worth remembering that the mayor lost the same vote in 2019.",
        "It must be stressed that nobody was hurt in the fire.",
    ],
)
def test_the_reporters_aside_with_an_empty_it_is_no_statement(text: str) -> None:
    assert analysed(text).statements == ()


def test_a_remark_verb_with_a_speaker_is_still_a_statement() -> None:
    statements = analysed("The mayor noted that the figures were revised twice last year.").statements
    assert [s.text for s in statements] == ["the figures were revised twice last year"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The directors of the Harbour Trust in Leith are divided over whether to sell the old dock, "
            "according to two people familiar with the trust’s talks, days after the Scottish government set "
            "a deadline for a decision.",
            "The directors of the Harbour Trust in Leith are divided over whether to sell the old dock",
        ),
        (
            "The owners of the Riverside Mill in Bolton are at odds over whether to accept a bid from a "
            "developer, according to people familiar with the family’s discussions, a month after the buyer "
            "made a final offer.",
            "The owners of the Riverside Mill in Bolton are at odds over whether to accept a bid from a "
            "developer",
        ),
        (
            "The board of the national ballet is divided over whether to cancel the tour, according to two "
            "dancers, days after the government cut its grant.",
            "The board of the national ballet is divided over whether to cancel the tour",
        ),
    ],
)
def test_according_to_before_a_time_clause_is_the_source_of_the_clause_before_it(
    text: str, content: str
) -> None:
    texts = [s.text for s in analysed(text).statements]
    assert content in texts, texts


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The director has long argued that the collections should be “shared, not scattered”, a phrase "
            "he used again in a lecture in May.",
            "the collections should be “shared, not scattered”",
        ),
        (
            "The mayor said the city would “build, not borrow”, words that drew loud applause from the "
            "crowd.",
            "the city would “build, not borrow”",
        ),
        (
            "The senator said the bill was “a gift to the banks”, a line she repeated at every stop of the "
            "tour.",
            "the bill was “a gift to the banks”",
        ),
    ],
)
def test_the_reporters_label_for_the_words_reported_is_no_part_of_them(text: str, content: str) -> None:
    texts = [s.text for s in analysed(text).statements]
    assert content in texts, texts


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("“It’s a mess,” the driver shrugged, pointing at the queue.", "It’s a mess,", "driver"),
        (
            "Joan Pell has farmed here for forty years. “It is the worst winter I can remember,” Pell "
            "sighed.",
            "It is the worst winter I can remember,",
            "Joan Pell",
        ),
        (
            "“We have been here before,” the old mayor grinned, “and we got through it.”",
            "We have been here before,",
            "mayor",
        ),
    ],
)
def test_a_quotation_followed_by_a_subject_and_a_verb_of_manner_is_that_subjects(
    text: str, quote: str, speaker: str
) -> None:
    statement = next(s for s in analysed(text).statements if s.text.startswith(quote[:12]))
    assert statement.speaker is not None and speaker in statement.speaker, statement.speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor reminded councillors that the budget was fixed.", "the budget was fixed"),
        ("The chief executive assured staff that no jobs would go.", "no jobs would go"),
        (
            "The head teacher reminded parents that the school would close at noon.",
            "the school would close at noon",
        ),
    ],
)
def test_what_someone_is_told_that_is_the_clause_not_the_hearer(text: str, content: str) -> None:
    assert [s.text for s in analysed(text).statements] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "That is not to say that the plan will fail.",
        "This is not to say the mayor was wrong.",
        "It is not to say that the council acted in bad faith.",
    ],
)
def test_the_reporters_hedge_is_not_to_say_is_no_statement(text: str) -> None:
    assert analysed(text).statements == ()


def test_a_term_quoted_inside_a_sentence_is_no_quotation_of_the_subject_after_it() -> None:
    texts = [
        s.text
        for s in analysed("The so-called “super league,” the clubs argued, would kill the game.").statements
    ]
    assert "super league," not in texts
