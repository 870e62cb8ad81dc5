"""Anchors find their words again after the article is edited, or say they cannot."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.anchoring import (
    edit_annotation,
    find_quote,
    locate,
    make_anchor,
    new_annotation,
    reanchor,
    tags_in,
)
from briefing.model import Article

QUOTE = "Eyjólfur Magnússon, Iceland’s fisheries minister, told reporters"
SAMPLE = Path(__file__).resolve().parents[1] / "sample_articles" / "01-wire-mackerel-talks.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _note_on(text: str, quote: str, source: str = "seed.txt"):
    article = Article.from_text(text, source)
    start = text.index(quote)
    return article, new_annotation(article, start, start + len(quote), note="Compare with the denial #annex")


def test_anchor_keeps_words_context_and_offsets(seed_text: str) -> None:
    start = seed_text.index(QUOTE)
    anchor = make_anchor(seed_text, start, start + len(QUOTE))
    assert anchor.exact == QUOTE
    assert seed_text[start - 32 : start] == anchor.prefix
    assert seed_text[start + len(QUOTE) : start + len(QUOTE) + 32] == anchor.suffix
    assert locate(anchor, seed_text) == (start, start + len(QUOTE))


def test_anchor_refuses_an_empty_or_outside_span() -> None:
    with pytest.raises(ValueError, match="no words to anchor"):
        make_anchor("short text", 4, 4)
    with pytest.raises(ValueError):
        make_anchor("short text", 5, 50)


def test_edit_elsewhere_moves_the_note_to_the_same_words(seed_text: str) -> None:
    article, note = _note_on(seed_text, QUOTE)
    edited_text = seed_text.replace("on Tuesday", "on Tuesday afternoon", 1)
    assert edited_text != seed_text and edited_text.index(QUOTE) > note.start
    edited = Article.from_text(edited_text, article.source)

    moved = reanchor(note, edited)

    assert not moved.orphaned
    assert edited_text[moved.start : moved.end] == QUOTE
    assert moved.article_id == edited.id
    assert moved.note == note.note and moved.id == note.id


def test_word_changed_inside_the_quote_is_a_near_match(seed_text: str) -> None:
    article, note = _note_on(seed_text, QUOTE)
    edited_text = seed_text.replace(QUOTE, QUOTE.replace("fisheries", "fishing"))
    edited = Article.from_text(edited_text, article.source)

    moved = reanchor(note, edited)

    assert not moved.orphaned
    assert edited_text[moved.start : moved.end] == QUOTE.replace("fisheries", "fishing")
    assert moved.anchor.exact == QUOTE.replace("fisheries", "fishing")


def test_deleted_passage_is_orphaned_and_keeps_its_words(seed_text: str) -> None:
    article, note = _note_on(seed_text, QUOTE)
    paragraph = next(p for p in seed_text.split("\n") if QUOTE in p)
    edited = Article.from_text(seed_text.replace(paragraph, ""), article.source)

    orphan = reanchor(note, edited)

    assert orphan.orphaned
    assert orphan.anchor == note.anchor
    assert orphan.note == note.note


def test_repeated_words_go_to_the_copy_with_the_same_context() -> None:
    text = "The minister said no. Later the aide said no. Finally the press office said no."
    start = text.index("said no", text.index("aide"))
    anchor = make_anchor(text, start, start + len("said no"), context=12)
    shifted = "Update: " + text
    found = locate(anchor, shifted)
    assert found is not None
    assert shifted[found[0] - len("aide ") : found[1]] == "aide said no"


def test_the_old_offsets_are_not_trusted_when_other_words_moved_there() -> None:
    text = "X: the minister said no. The aide said no."
    start = text.index("said no")
    anchor = make_anchor(text, start, start + len("said no"), context=10)
    edited = "X: the new aide said no. The minister said no. The aide left."
    assert edited[start : start + len("said no")] == "said no", "the aide's words now sit at the old offsets"

    found = locate(anchor, edited)

    assert found is not None
    assert edited[found[0] - len("minister ") : found[1]] == "minister said no"


def test_near_match_is_fast_in_a_100k_word_article(seed_text: str) -> None:
    copies = 100_000 // len(seed_text.split()) + 1
    filler = "\n".join([seed_text] * copies)
    marker = "A unique passage: the envoy conveyed firm and specific messages to the mission in New York."
    text = filler[: len(filler) // 2] + "\n" + marker + "\n" + filler[len(filler) // 2 :]
    start = text.index(marker) + len("A unique passage: ")
    end = start + len("the envoy conveyed firm and specific messages to the mission")
    anchor = make_anchor(text, start, end)
    edited = text.replace("conveyed firm and specific", "conveyed strong and specific")

    began = time.perf_counter()
    found = locate(anchor, edited)
    elapsed = time.perf_counter() - began

    assert len(edited.split()) >= 100_000
    assert found is not None
    assert edited[found[0] : found[1]] == "the envoy conveyed strong and specific messages to the mission"
    assert elapsed < 1.0, f"re-anchoring took {elapsed:.2f} s"


def test_tags_come_from_hashtags_and_from_the_tag_list() -> None:
    assert tags_in("Contradicts the memo #budget, see #annex-deal and item #1 (not a tag)") == [
        "budget",
        "annex-deal",
    ]
    article = Article.from_text("The minister said taxes would not rise this year.", "memo.txt")
    note = new_annotation(article, 4, 12, note="#Budget again", tags=["policy", "#budget"])
    assert note.tags == ("policy", "budget")
    assert note.created.endswith("Z") and note.created == note.updated
    assert len(note.id) == 32


def test_editing_a_note_drops_hashtags_removed_from_its_text() -> None:
    article = Article.from_text("The minister said taxes would not rise this year.", "memo.txt")
    note = new_annotation(article, 4, 12, note="check #budget", tags=["policy"])
    edited = edit_annotation(note, note="checked, fine #done")
    assert edited.tags == ("policy", "done")
    assert edited.anchor == note.anchor and edited.id == note.id
    with pytest.raises(ValueError, match="colour"):
        edit_annotation(note, colour=9)


def test_find_quote_forgives_line_breaks_and_straight_quote_marks(seed_text: str) -> None:
    typed = "Eyjólfur Magnússon, Iceland's fisheries\nminister"
    spans = find_quote(seed_text, typed)
    assert len(spans) == 1
    start, end = spans[0]
    assert seed_text[start:end] == "Eyjólfur Magnússon, Iceland’s fisheries minister"
    assert find_quote(seed_text, "words that the article never uses") == []
