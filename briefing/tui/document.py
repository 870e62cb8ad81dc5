"""The article as screen lines: blocks, word wrap, and the maps between offsets and lines.

No Textual here, so the layout can be tested and timed on its own. An article
becomes a list of blocks (title, meta lines, paragraphs, the gaps between them);
each paragraph carries the stance glyphs drawn before its statements. Blocks are
wrapped to a width into lines; a line knows its block and its display range, and a
paragraph block maps display offsets to and from article offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rich.cells import cell_len

from briefing.model import STANCE_GLYPHS, Analysis, Article
from briefing.tui.safe_text import display_safe

# A glyph and a space go before each statement; the glyph's cells join the statement's colour.
GLYPH_WIDTH = 2
# A stance glyph and its space stay on the line of the word they mark.
_WORD = re.compile("(?:[" + "".join(STANCE_GLYPHS.values()) + r"] )?\S+\s*")


@dataclass(frozen=True)
class Block:
    """One run of text drawn as a unit: a header line, a paragraph, or an empty gap."""

    kind: str  # "title", "meta", "source", "gap" or "paragraph"
    text: str  # what is drawn, already display-safe, glyphs included
    start: int | None = None  # article offset of a paragraph's first character
    end: int | None = None  # article offset just past it
    glyph_at: tuple[int, ...] = ()  # article offsets that have a glyph drawn before them
    heading: bool = False  # a paragraph that repeats the title is drawn as the title

    def to_display(self, offset: int) -> int:
        """Display index of the character at article ``offset`` (which lies in this paragraph)."""
        assert self.start is not None
        return offset - self.start + GLYPH_WIDTH * bisect_right(self.glyph_at, offset)

    def to_article(self, index: int) -> int:
        """Article offset drawn at display ``index``; a glyph maps to the statement it marks."""
        assert self.start is not None
        shift = 0
        for number, offset in enumerate(self.glyph_at):
            glyph_index = offset - self.start + GLYPH_WIDTH * number
            if index >= glyph_index + GLYPH_WIDTH:
                shift += GLYPH_WIDTH
            elif index >= glyph_index:
                return offset
            else:
                break
        return self.start + index - shift

    def display_range(self, start: int, end: int, with_glyph: bool = False) -> tuple[int, int]:
        """Display range covering article ``[start, end)`` clipped to this paragraph.

        ``with_glyph`` takes in a glyph drawn where the range begins, so a statement's
        glyph is drawn in the statement's style.
        """
        assert self.start is not None and self.end is not None
        clipped_start = max(start, self.start)
        clipped_end = min(end, self.end)
        if clipped_end <= clipped_start:
            return (0, 0)
        display_start = self.to_display(clipped_start)
        if with_glyph and clipped_start in self.glyph_set:
            display_start -= GLYPH_WIDTH
        return display_start, self.to_display(clipped_end - 1) + 1

    @cached_property
    def glyph_set(self) -> frozenset[int]:
        return frozenset(self.glyph_at)


@dataclass(frozen=True)
class Line:
    """One screen line: a display range of one block."""

    block: int
    start: int
    end: int


def build_blocks(article: Article, analysis: Analysis | None) -> list[Block]:
    """The article's header and paragraphs as blocks, with stance glyphs from ``analysis``."""
    glyphs = _glyphs_by_offset(article, analysis)
    glyph_offsets = sorted(glyphs)

    def paragraph(start: int, end: int, heading: bool = False) -> Block:
        inside = glyph_offsets[bisect_left(glyph_offsets, start) : bisect_left(glyph_offsets, end)]
        text = _paragraph_text(article.text, start, end, inside, glyphs)
        return Block("paragraph", text, start=start, end=end, glyph_at=tuple(inside), heading=heading)

    paragraphs = list(article.paragraphs)
    blocks: list[Block] = []
    # Extracted text often starts with the title itself: draw that paragraph as the title, once.
    if article.title and paragraphs and article.text[slice(*paragraphs[0])].strip() == article.title.strip():
        blocks.append(paragraph(*paragraphs.pop(0), heading=True))
    elif article.title:
        blocks.append(Block("title", display_safe(article.title)))
    meta = " · ".join(display_safe(part) for part in (article.byline, article.date, article.site) if part)
    if meta:
        blocks.append(Block("meta", meta))
    blocks.append(Block("source", display_safe(article.url or article.source)))
    for start, end in paragraphs:
        blocks.append(Block("gap", ""))
        blocks.append(paragraph(start, end))
    return blocks


def _glyphs_by_offset(article: Article, analysis: Analysis | None) -> dict[int, str]:
    """The stance glyph of each statement, keyed by the offset of its first drawn character."""
    if analysis is None:
        return {}
    starts = [start for start, _ in article.paragraphs]
    glyphs: dict[int, str] = {}
    for statement in analysis.statements:
        offset = statement.start
        # A statement starting in the gap between paragraphs is marked where the next one begins.
        index = bisect_right(starts, offset) - 1
        if index < 0 or offset >= article.paragraphs[index][1]:
            index += 1
            if index >= len(starts):
                continue
            offset = starts[index]
        glyphs.setdefault(offset, STANCE_GLYPHS.get(statement.stance, "●"))
    return glyphs


def _paragraph_text(text: str, start: int, end: int, glyph_at: Sequence[int], glyphs: dict[int, str]) -> str:
    pieces: list[str] = []
    position = start
    for offset in glyph_at:
        pieces.append(text[position:offset])
        pieces.append(glyphs[offset] + " ")
        position = offset
    pieces.append(text[position:end])
    return display_safe("".join(pieces))


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap by terminal cells; (start, end) index ranges, trailing spaces left out.

    Text without wide characters (nearly all news) is wrapped by one regular expression,
    which keeps a 100,000-word article's layout well under a second; text with wide
    characters goes word by word, counting cells.
    """
    width = max(width, 1)
    if not text:
        return [(0, 0)]
    if _has_wide_characters(text):
        return _wrap_by_cells(text, width)
    # Glue each glyph to the word it marks with a non-space stand-in of the same length.
    glued = _GLYPH_SPACE.sub("\\1\x00", text)
    lines = []
    for match in _line_pattern(width).finditer(glued):
        start, end = match.span()
        while end > start and glued[end - 1] == " ":
            end -= 1
        lines.append((start, end))
    return lines or [(0, 0)]


# East Asian wide and emoji ranges: two cells each. Looked up by bisection, not a regular expression:
# compiling a character class this wide costs about 9 ms of the reader's launch.
_WIDE_RANGES = (
    (0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFF60),
    (0xFFE0, 0xFFE6), (0x1F300, 0x1F64F), (0x1F900, 0x1F9FF), (0x20000, 0x3FFFD),
)  # fmt: skip
_WIDE_STARTS = [first for first, _ in _WIDE_RANGES]


def _has_wide_characters(text: str) -> bool:
    if max(text) < "\u1100":  # nearly all news: no character is anywhere near a wide one
        return False
    for char in set(text):
        code = ord(char)
        at = bisect_right(_WIDE_STARTS, code) - 1
        if at >= 0 and code <= _WIDE_RANGES[at][1]:
            return True
    return False


_GLYPH_SPACE = re.compile("([" + "".join(STANCE_GLYPHS.values()) + "]) ")


@lru_cache(maxsize=16)
def _line_pattern(width: int) -> re.Pattern[str]:
    """A line: the most text up to ``width`` that ends before a space, else ``width`` of one long word."""
    return re.compile(rf"\S(?:.{{0,{width - 1}}}(?=\s|$)|\S{{0,{width - 1}}})")


def _wrap_by_cells(text: str, width: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    line_start = 0
    line_end = 0
    cells = 0
    for match in _WORD.finditer(text):
        word_start = match.start()
        word_end = word_start + len(match.group().rstrip())
        word_cells = cell_len(text[word_start:word_end])
        if cells and cells + word_cells > width:
            lines.append((line_start, line_end))
            line_start, cells = word_start, 0
        while word_cells > width:
            cut = _cut(text, word_start, width)
            lines.append((word_start, cut))
            word_start = cut
            word_cells = cell_len(text[word_start:word_end])
            line_start = word_start
        line_end = word_end
        cells += word_cells + (match.end() - word_end)
    lines.append((line_start, line_end))
    return lines


def _cut(text: str, start: int, width: int) -> int:
    """Index where a word too long for one line is cut so the piece fills ``width`` cells."""
    cells = 0
    for index in range(start, len(text)):
        cells += cell_len(text[index])
        if cells > width:
            return max(index, start + 1)
    return len(text)


class Layout:
    """Blocks wrapped to a width: the screen lines and the maps between lines and offsets."""

    def __init__(self, blocks: Sequence[Block], width: int) -> None:
        self.blocks = list(blocks)
        self.width = width
        self.lines: list[Line] = []
        self.block_first_line: list[int] = []
        self._line_starts: list[list[int]] = []
        for number, block in enumerate(self.blocks):
            self.block_first_line.append(len(self.lines))
            ranges = wrap(block.text, width)
            self._line_starts.append([start for start, _ in ranges])
            self.lines.extend(Line(number, start, end) for start, end in ranges)
        self._paragraphs = [n for n, block in enumerate(self.blocks) if block.kind == "paragraph"]
        self._paragraph_starts = [self.blocks[n].start or 0 for n in self._paragraphs]  # paragraphs have one

    def __len__(self) -> int:
        return len(self.lines)

    def paragraph_block(self, offset: int) -> int | None:
        """Index of the paragraph block holding article ``offset``, or the next one after a gap."""
        if not self._paragraphs:
            return None
        index = bisect_right(self._paragraph_starts, offset) - 1
        if index < 0:
            return self._paragraphs[0]
        block = self.blocks[self._paragraphs[index]]
        if offset >= (block.end or 0) and index + 1 < len(self._paragraphs):
            return self._paragraphs[index + 1]
        return self._paragraphs[index]

    def line_of_offset(self, offset: int) -> int:
        """The screen line where article ``offset`` is drawn."""
        number = self.paragraph_block(offset)
        if number is None:
            return 0
        block = self.blocks[number]
        clamped = min(max(offset, block.start or 0), max((block.end or 0) - 1, block.start or 0))
        display = block.to_display(clamped)
        if clamped in block.glyph_set:
            display -= GLYPH_WIDTH
        within = bisect_right(self._line_starts[number], display) - 1
        return self.block_first_line[number] + max(within, 0)

    def offset_of_line(self, y: int) -> int | None:
        """The article offset of the first character drawn on line ``y`` (None in the header)."""
        if not self.lines:
            return None
        line = self.lines[min(max(y, 0), len(self.lines) - 1)]
        block = self.blocks[line.block]
        if block.kind != "paragraph":
            following = [n for n in self._paragraphs if n > line.block]
            return self.blocks[following[0]].start if following and block.kind == "gap" else None
        return block.to_article(line.start)

    def offset_at(self, y: int, x: int) -> int | None:
        """The article offset drawn at cell ``x`` of line ``y`` (None off the text)."""
        if not 0 <= y < len(self.lines):
            return None
        line = self.lines[y]
        block = self.blocks[line.block]
        if block.kind != "paragraph":
            return None
        cells = 0
        for index in range(line.start, line.end):
            cells += cell_len(block.text[index])
            if cells > x:
                return block.to_article(index)
        return None


class SpanIndex:
    """Spans (start, end, payload) sorted by start, answering "which overlap [a, b)?" quickly."""

    def __init__(self, spans: Iterable[tuple[int, int, object]]) -> None:
        self.spans = sorted(spans, key=lambda span: (span[0], span[1]))
        self._starts = [span[0] for span in self.spans]
        self._reach: list[int] = []  # the furthest end among spans[0..i]
        furthest = -1
        for span in self.spans:
            furthest = max(furthest, span[1])
            self._reach.append(furthest)

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, object]]:
        found: list[tuple[int, int, object]] = []
        index = bisect_left(self._starts, end) - 1
        while index >= 0 and self._reach[index] > start:
            span = self.spans[index]
            if span[1] > start:
                found.append(span)
            index -= 1
        found.reverse()
        return found
