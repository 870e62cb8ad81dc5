"""The keyboard selection: a range of article text grown and shrunk by words and sentences.

Pure logic over ``article.text`` (no Textual), so it is tested on its own. A
selection starts as one whole sentence and always keeps at least one word; its
end moves word by word (``w``/``b``) or sentence by sentence (``j``/``k``), its
start stays where it began. Sentences are found with a small rule (end
punctuation, optional closing quotes, white space, then what can start a
sentence), within paragraphs, so no NLP model is needed on the event loop.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.model import Article, trimmed_span

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr inc ltd co corp vs etc u.s u.k u.n e.u "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# End of a sentence: . ! ? or …, then closing quotes or brackets, then white space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class TextSelection:
    """Article offsets ``[start, end)`` of what is selected."""

    start: int
    end: int


class Sentences:
    """Sentence and word boundaries of one article, for moving a selection.

    Paragraphs are split into sentences only when a selection reaches them, so the
    first ``v`` in a 100,000-word article costs a paragraph, not the whole text.
    """

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._paragraphs = list(article.paragraphs) or ([(0, len(self.text))] if self.text else [])
        self._paragraph_starts = [start for start, _ in self._paragraphs]
        self._split: dict[int, list[tuple[int, int]]] = {}

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Every sentence of the article, in order."""
        return [sentence for index in range(len(self._paragraphs)) for sentence in self._in_paragraph(index)]

    def containing(self, offset: int) -> tuple[int, int] | None:
        """The sentence holding ``offset``, else the next one after it (else the last)."""
        return next((s for s in self._from_paragraph_at(offset) if s[1] > offset), self._last())

    def first_from(self, offset: int) -> tuple[int, int] | None:
        """The first sentence that starts at or after ``offset`` (the first one in view)."""
        return next((s for s in self._from_paragraph_at(offset) if s[0] >= offset), self._last())

    def start_at(self, offset: int) -> TextSelection | None:
        sentence = self.containing(offset)
        return None if sentence is None else TextSelection(*sentence)

    def grow_word(self, selection: TextSelection) -> TextSelection:
        """Take in the next word after the selection's end."""
        word = _WORD.search(self.text, selection.end)
        return selection if word is None else TextSelection(selection.start, word.end())

    def shrink_word(self, selection: TextSelection) -> TextSelection:
        """Give back the last word, keeping at least the first one."""
        text, end = self.text, selection.end
        while end > selection.start and not text[end - 1].isspace():
            end -= 1
        while end > selection.start and text[end - 1].isspace():
            end -= 1
        return TextSelection(selection.start, end) if end > selection.start else selection

    def grow_sentence(self, selection: TextSelection) -> TextSelection:
        """Run the end on to the end of the next sentence (or of the current one, if cut mid-way)."""
        for _, end in self._from_paragraph_at(selection.end - 1):
            if end > selection.end:
                return TextSelection(selection.start, end)
        return selection

    def shrink_sentence(self, selection: TextSelection) -> TextSelection:
        """Pull the end back to the end of the previous sentence; at the first, back to one word."""
        previous_end = None
        for _, end in self._from_paragraph_at(selection.start):
            if end >= selection.end:
                break
            if end > selection.start:
                previous_end = end
        if previous_end is not None:
            return TextSelection(selection.start, previous_end)
        first_word = _WORD.search(self.text, selection.start)
        if first_word is not None and first_word.end() < selection.end:
            return TextSelection(selection.start, first_word.end())
        return selection

    def _in_paragraph(self, index: int) -> list[tuple[int, int]]:
        found = self._split.get(index)
        if found is None:
            found = self._split[index] = _split_sentences(self.text, *self._paragraphs[index])
        return found

    def _from_paragraph_at(self, offset: int) -> Iterator[tuple[int, int]]:
        """Sentences from the paragraph holding ``offset`` (or the next one after a gap) onwards."""
        index = bisect_right(self._paragraph_starts, offset) - 1
        if index < 0 or offset >= self._paragraphs[index][1]:
            index += 1
        for number in range(index, len(self._paragraphs)):
            yield from self._in_paragraph(number)

    def _last(self) -> tuple[int, int] | None:
        for index in range(len(self._paragraphs) - 1, -1, -1):
            sentences = self._in_paragraph(index)
            if sentences:
                return sentences[-1]
        return None


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, position, match.start()):
            continue
        spans.append(trimmed_span(text, position, match.end()))
        position = match.end()
    if position < end:
        spans.append(trimmed_span(text, position, end))
    return [(s, e) for s, e in spans if e > s]


def _is_abbreviation(text: str, sentence_start: int, stop: int) -> bool:
    if text[stop] != ".":
        return False
    space = max(text.rfind(" ", sentence_start, stop), text.rfind("\n", sentence_start, stop))
    word_start = space + 1 if space >= 0 else sentence_start
    word = text[word_start:stop].lstrip("\"'“‘([").casefold()
    # "U.S." and single initials ("J. Smith") do not end a sentence.
    return word in _ABBREVIATIONS or len(word) == 1 or (len(word) <= 4 and "." in word)
