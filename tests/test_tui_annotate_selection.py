"""The keyboard selection model: sentences, and growing and shrinking by words."""

from __future__ import annotations

import pytest

from briefing.model import Article
from briefing.tui.selection import Sentences, TextSelection

TEXT = (
    "Talks stall over a quota deal\n\n"
    "Norway denied the report. Officials in the U.S. were not told, said Ana Lund. "
    "“We will talk again,” she said.\n\n"
    "The talks resume on Monday."
)


@pytest.fixture(scope="module")
def seed() -> Article:
    return Article.from_text(TEXT, "written.txt")


def words(article: Article, selection: TextSelection) -> list[str]:
    return article.text[selection.start : selection.end].split()


def test_sentences_end_at_full_stops_but_not_at_abbreviations(seed):
    sentences = Sentences(seed)
    texts = [seed.text[start:end] for start, end in sentences.spans]
    assert "Norway denied the report." in texts
    assert "Officials in the U.S. were not told, said Ana Lund." in texts  # "U.S." does not end it
    # Every sentence is inside one paragraph and none is empty.
    for start, end in sentences.spans:
        assert end > start
        paragraph = seed.paragraph_index(start)
        assert seed.paragraph_index(end - 1) == paragraph


def test_selection_starts_as_the_sentence_holding_an_offset(seed):
    sentences = Sentences(seed)
    inside = seed.text.index("not told")
    selection = sentences.start_at(inside)
    assert seed.text[selection.start : selection.end].startswith("Officials in the U.S.")
    assert selection.start <= inside < selection.end


def test_words_grow_and_shrink_at_the_end_and_never_below_one_word(seed):
    sentences = Sentences(seed)
    start = sentences.start_at(seed.text.index("Norway denied"))
    assert words(seed, start) == ["Norway", "denied", "the", "report."]
    grown = sentences.grow_word(sentences.grow_word(start))
    assert words(seed, grown)[-2:] == ["Officials", "in"]
    assert sentences.shrink_word(sentences.shrink_word(grown)) == start
    shrunk = start
    for _ in range(20):
        shrunk = sentences.shrink_word(shrunk)
    assert words(seed, shrunk) == ["Norway"]


def test_sentences_grow_and_shrink_whole_sentences(seed):
    sentences = Sentences(seed)
    start = sentences.start_at(seed.text.index("Norway denied"))
    two = sentences.grow_sentence(start)
    assert seed.text[start.end : two.end].strip().startswith("Officials in the U.S.")
    assert seed.text[two.end - 1] in '.”"'
    assert sentences.shrink_sentence(two) == start
    # Cut mid-sentence by a word, a sentence step finishes that sentence first.
    partial = sentences.grow_word(start)
    assert sentences.grow_sentence(partial) == two
    # Shrinking the first sentence leaves its first word.
    assert words(seed, sentences.shrink_sentence(start)) == ["Norway"]


def test_growing_stops_at_the_end_of_the_text(seed):
    sentences = Sentences(seed)
    last = TextSelection(*sentences.spans[-1])
    assert sentences.grow_word(last) == last
    assert sentences.grow_sentence(last) == last


def test_text_without_full_stops_is_one_sentence_per_paragraph():
    article = Article.from_text("A headline with no stop\n\nAnother line, also without one", "typed.txt")
    spans = Sentences(article).spans
    assert [article.text[s:e] for s, e in spans] == [
        "A headline with no stop",
        "Another line, also without one",
    ]
