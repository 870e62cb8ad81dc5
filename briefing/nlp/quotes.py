"""Quotation spans found on the raw text, with character offsets.

Marks are paired by type, not by sequence: “ closes only with ” (or a straight
mark in sloppy text), « with », and a straight " closes whatever double quote
is open. Single curly marks inside a double quote are nested quotes and stay
inside it; they open a quote of their own only in a paragraph without double
marks (the British style), and only where they cannot be an apostrophe.

A quote left open at the end of a paragraph runs on when the next paragraph
starts with an opening mark (the newspaper convention for a quotation over
several paragraphs); otherwise it ends with its paragraph, so a stray mark
never swallows the rest of the article. Nothing here raises on odd input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import trimmed_span

_CURLY_OPEN = {"“": "”", "«": "»", "„": "“"}
_CURLY_CLOSE = frozenset("”»")
_STRAIGHT = '"'
_DOUBLE_APOSTROPHE = "''"  # some wire archives write quotes as two apostrophes
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"
_DOUBLE_MARK = re.compile("''|[\"“”«»„]")
_SINGLE_MARK = re.compile("[‘’]")
# Same-length replacements so the parser, trained on straight quotes, sees them.
_PARSER_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class Quote:
    """The words inside one quotation (marks excluded), possibly over several paragraphs."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when its paragraph ended it
    outer_end: int  # end of the quotation including its closing mark
    first_paragraph: int
    last_paragraph: int


@dataclass(frozen=True)
class _Mark:
    pos: int
    length: int
    role: str  # "open", "close" or "either"
    closer: str = ""  # for a curly opening mark: the mark that closes it


def normalise_for_parser(text: str) -> str:
    """Curly and angle double quotes as straight ones, same length so every offset holds."""
    return text.translate(_PARSER_MARKS)


def _double_marks(text: str, start: int, end: int) -> list[_Mark]:
    marks: list[_Mark] = []
    for match in _DOUBLE_MARK.finditer(text, start, end):
        i = match.start()
        if match.group() == _STRAIGHT:
            marks.append(_Mark(i, 1, "either"))
        elif match.group() == _DOUBLE_APOSTROPHE:
            marks.append(_Mark(i, 2, "either"))
        else:
            marks.append(_curly_mark(text, i, start, end))
    return marks


def _curly_mark(text: str, i: int, start: int, end: int) -> _Mark:
    """A curly mark's role; one typed the wrong way round ('“It's unusual,“ said X') by where it stands."""
    char = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opening = char in _CURLY_OPEN
    if opening and not before.isspace() and before not in "([{—–-" and (after.isspace() or i + 1 == end):
        return _Mark(i, 1, "close")  # an opening mark after the words and before a space closes
    if not opening and (before.isspace() or i == start) and after.isalnum():
        return _Mark(i, 1, "open", "”")  # a closing mark before a word opens
    return _Mark(i, 1, "open", _CURLY_OPEN[char]) if opening else _Mark(i, 1, "close")


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _single_marks(text: str, start: int, end: int) -> list[_Mark]:
    """Curly single marks that can only be quotation marks, not apostrophes."""
    marks: list[_Mark] = []
    for match in _SINGLE_MARK.finditer(text, start, end):
        i = match.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if match.group() == _SINGLE_OPEN and not _is_word_char(before) and not after.isspace():
            marks.append(_Mark(i, 1, "open", _SINGLE_CLOSE))
        elif match.group() == _SINGLE_CLOSE and not _is_word_char(after) and not before.isspace():
            marks.append(_Mark(i, 1, "close"))
    return marks


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quote]:
    """Every quotation in ``text``, in order; ``paragraphs`` are (start, end) spans as in Article."""
    quotes: list[Quote] = []
    # An open quotation: (offset of its mark, content start, paragraph index, closing mark wanted).
    carried: tuple[int, int, int, str] | None = None
    carried_end = 0
    for index, (para_start, para_end) in enumerate(paragraphs):
        marks = _double_marks(text, para_start, para_end)
        if not marks and carried is None:
            marks = _single_marks(text, para_start, para_end)
        opened: tuple[int, int, int, str] | None = None
        first = 0
        if carried is not None:
            if marks and marks[0].pos == para_start and marks[0].role in ("open", "either"):
                opened, first = carried, 1  # the quotation runs on into this paragraph
            else:
                quotes.append(_quote(text, carried, carried_end, None, index - 1))
            carried = None
        for mark in marks[first:]:
            if opened is None:
                if mark.role != "close":
                    opened = (mark.pos, mark.pos + mark.length, index, mark.closer)
                continue
            if mark.role == "open":
                # With typed marks a second opener means the first one lost its closer.
                opened = (mark.pos, mark.pos + mark.length, index, mark.closer)
                continue
            quotes.append(_quote(text, opened, mark.pos, mark, index))
            opened = None
        if opened is not None:
            carried, carried_end = opened, para_end
    if carried is not None:
        quotes.append(_quote(text, carried, carried_end, None, len(paragraphs) - 1))
    return [q for q in quotes if q.end > q.start]


def _quote(
    text: str, opened: tuple[int, int, int, str], end: int, close: _Mark | None, last_paragraph: int
) -> Quote:
    open_mark, content_start, first_paragraph, _ = opened
    start, trimmed_end = trimmed_span(text, content_start, end)
    outer_end = close.pos + close.length if close else trimmed_end
    return Quote(
        start,
        trimmed_end,
        open_mark,
        close.pos if close else None,
        outer_end,
        first_paragraph,
        max(first_paragraph, last_paragraph),
    )
