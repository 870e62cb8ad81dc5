"""PDF reports to plain text: paragraphs rebuilt from positioned lines (pypdfium2).

A PDF has no paragraphs, only glyphs placed on pages, often in an order that
is not the reading order (a two-column page may be written row by row). So we
take pdfium's text rectangles (a run of text on one line), put them in reading
order column by column, drop running headers, footers and page numbers, and
rebuild paragraphs from line spacing, indentation and font size.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from briefing.formats import DocumentError, Extraction, TextBudget

# Headers and footers live in the top and bottom margin of a page.
_MARGIN_SHARE = 0.12
# A line repeated in the margin of this share of the pages (and on two at least) is page furniture.
_RUNNING_SHARE = 0.4
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
# Lines whose font is this much larger than the body text are headings.
_HEADING_SCALE = 1.15
_HEADING_MAX_WORDS = 16
_SENTENCE_END = tuple('.!?:;"\u201d\u2019)')
_HYPHENS = ("-", "\u2010", "\u00ad", "\x02")
_GENERATED_TITLES = re.compile(
    r"^(?:untitled|microsoft word - .*|.*\.(?:docx?|pdf|indd|tex))$", re.IGNORECASE
)


@dataclass
class _Line:
    left: float
    bottom: float
    right: float
    top: float
    text: str
    size: float
    bold: bool
    page: int
    block: int = 0  # which column run of the page the line was read in


def read_pdf(data: bytes, max_bytes: int) -> Extraction:
    """The text of a PDF as paragraphs; title, author and date from its metadata or first heading."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise DocumentError("encrypted PDF: it needs a password to open") from None
        if exc.err_code == pdfium.raw.FPDF_ERR_SECURITY:
            raise DocumentError("encrypted PDF with an unsupported security handler") from None
        raise DocumentError("not a readable PDF (corrupt or truncated)") from None
    try:
        metadata = document.get_metadata_dict(skip_empty=True)
        budget = TextBudget(max_bytes)
        pages = [_page_lines(document, index, budget) for index in range(len(document))]
    except pdfium.PdfiumError:
        raise DocumentError("not a readable PDF (a damaged page)") from None
    finally:
        document.close()
    if not pages:
        raise DocumentError("no pages in this PDF")
    if not any(line.text.strip() for lines, _ in pages for line in lines):
        raise DocumentError("no text layer: a scanned PDF needs OCR first")
    body = _drop_running_lines(pages)
    size = _body_size(body)
    paragraphs = _paragraphs(body, size)
    if not paragraphs:
        raise DocumentError("no text in this PDF")
    return Extraction(
        text="\n\n".join(text for text, _ in paragraphs) + "\n",
        title=_title(metadata.get("Title"), paragraphs),
        byline=(metadata.get("Author") or "").strip() or None,
        date=_pdf_date(metadata.get("CreationDate")),
    )


def _page_lines(document, index: int, budget: TextBudget) -> tuple[list[_Line], float]:
    import pypdfium2.raw as raw

    page = document[index]
    try:
        _, height = page.get_size()
        textpage = page.get_textpage()
        try:
            runs = []
            for number in range(textpage.count_rects()):
                left, bottom, right, top = textpage.get_rect(number)
                text = " ".join(budget.take(textpage.get_text_bounded(left, bottom, right, top)).split())
                if not text:
                    continue
                char = textpage.get_index((left + right) / 2, (bottom + top) / 2, right - left, top - bottom)
                size = raw.FPDFText_GetFontSize(textpage.raw, char) if char >= 0 else top - bottom
                bold = char >= 0 and raw.FPDFText_GetFontWeight(textpage.raw, char) >= 600
                runs.append(_Line(left, bottom, right, top, text, round(size, 1), bold, index))
        finally:
            textpage.close()
    finally:
        page.close()
    return _merge_runs(runs), height


def _merge_runs(runs: list[_Line]) -> list[_Line]:
    """Runs on one line close together (a bold word, a change of font) are one line."""
    merged: list[_Line] = []
    for run in sorted(runs, key=lambda r: (-round(r.bottom), r.left)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and _same_line(last, run)
            and 0 <= run.left - last.right < max(last.size, run.size) * 0.8
        ):
            last.text = f"{last.text} {run.text}"
            last.right = run.right
            last.top = max(last.top, run.top)
            last.bottom = min(last.bottom, run.bottom)
            last.bold = last.bold and run.bold
            last.size = max(last.size, run.size)
        else:
            merged.append(run)
    return merged


def _same_line(a: _Line, b: _Line) -> bool:
    overlap = min(a.top, b.top) - max(a.bottom, b.bottom)
    return overlap > 0.5 * min(a.top - a.bottom, b.top - b.bottom)


def _normalised(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _margin_lines(lines: list[_Line], height: float) -> dict[int, str]:
    """The outermost line(s) of a page, when they sit in its margins: where running lines live.

    Only the top line (and any beside it) and the bottom line (and any beside it) count,
    so a body line that happens to repeat near the top of many pages is never taken for one.
    """
    found: dict[int, str] = {}
    if not lines:
        return found
    top = max(line.top for line in lines)
    bottom = min(line.bottom for line in lines)
    for index, line in enumerate(lines):
        if line.bottom > height * (1 - _MARGIN_SHARE) and top - line.top < line.size:
            found[index] = "top"
        elif line.top < height * _MARGIN_SHARE and line.bottom - bottom < line.size:
            found[index] = "bottom"
    return found


def _drop_running_lines(pages: list[tuple[list[_Line], float]]) -> list[_Line]:
    """Every page's lines in reading order, less running headers, footers and page numbers."""
    margins = [_margin_lines(lines, height) for lines, height in pages]
    seen: Counter[tuple[str, str]] = Counter()
    for (lines, _), margin in zip(pages, margins, strict=True):
        seen.update({(zone, _normalised(lines[index].text)) for index, zone in margin.items()})
    needed = max(2, math.ceil(_RUNNING_SHARE * len(pages)))
    body: list[_Line] = []
    block = 0
    for (lines, _), margin in zip(pages, margins, strict=True):
        kept = []
        for index, line in enumerate(lines):
            zone = margin.get(index)
            if zone and (_PAGE_NUMBER.match(line.text) or seen[(zone, _normalised(line.text))] >= needed):
                continue
            kept.append(line)
        for column in _reading_order(kept):
            block += 1
            for line in column:
                line.block = block
                body.append(line)
    return body


def _reading_order(lines: list[_Line]) -> list[list[_Line]]:
    """Lines grouped in runs read top to bottom: columns left to right within each band of the page.

    A band ends at a line that crosses the gutter (a title or heading across the columns).
    """
    if not lines:
        return []
    lines = sorted(lines, key=lambda line: (-line.top, line.left))
    gutter = _gutter(lines)
    if gutter is None:
        return [lines]
    runs: list[list[_Line]] = []
    left: list[_Line] = []
    right: list[_Line] = []

    def close_band() -> None:
        for side in (left, right):
            if side:
                runs.extend(_reading_order(list(side)))
            side.clear()

    for line in lines:
        if line.right <= gutter:
            left.append(line)
        elif line.left >= gutter:
            right.append(line)
        else:
            close_band()
            runs.append([line])
    close_band()
    return runs


def _gutter(lines: list[_Line]) -> float | None:
    """The x of an empty vertical strip with text on both sides, side by side: a column gutter."""
    x0 = min(line.left for line in lines)
    x1 = max(line.right for line in lines)
    width = x1 - x0
    if width <= 0:
        return None
    narrow = sorted((line for line in lines if line.right - line.left < 0.6 * width), key=lambda n: n.left)
    best: tuple[float, float] | None = None
    reach = x0
    for line in narrow:
        if line.left > reach and x0 + 0.2 * width < (line.left + reach) / 2 < x1 - 0.2 * width:
            gap = line.left - reach
            if gap >= 8 and (best is None or gap > best[1] - best[0]):
                best = (reach, line.left)
        reach = max(reach, line.right)
    if best is None:
        return None
    middle = (best[0] + best[1]) / 2
    left = [line for line in narrow if line.right <= middle]
    right = [line for line in narrow if line.left >= middle]
    side_by_side = sum(1 for a in left if any(_overlaps_vertically(a, b) for b in right))
    return middle if side_by_side >= 2 else None


def _overlaps_vertically(a: _Line, b: _Line) -> bool:
    return min(a.top, b.top) > max(a.bottom, b.bottom)


def _body_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _is_heading(line: _Line, body_size: float) -> bool:
    if len(line.text.split()) > _HEADING_MAX_WORDS or line.text.endswith((".", ",", ";")):
        return False
    return line.size >= body_size * _HEADING_SCALE or (line.bold and line.size >= body_size)


def _paragraphs(lines: list[_Line], body_size: float) -> list[tuple[str, bool]]:
    """(text, is_heading) for each paragraph, in reading order."""
    pitches = _line_pitches(lines)
    edges = _block_edges(lines)
    words = _hyphenated_words(lines)
    paragraphs: list[tuple[list[_Line], bool]] = []
    for line in lines:
        heading = _is_heading(line, body_size)
        previous = paragraphs[-1] if paragraphs else None
        if previous is not None and _continues(previous, line, heading, pitches, edges):
            previous[0].append(line)
        else:
            paragraphs.append(([line], heading))
    return [(_join_lines([line.text for line in group], words), heading) for group, heading in paragraphs]


def _continues(
    previous: tuple[list[_Line], bool],
    line: _Line,
    heading: bool,
    pitches: dict[float, float],
    edges: dict[int, tuple[float, float]],
) -> bool:
    group, was_heading = previous
    last = group[-1]
    if heading != was_heading:
        return False
    if heading:
        return (
            last.block == line.block
            and abs(last.size - line.size) < 0.5
            and _pitch(last, line) < 2 * line.size
        )
    if last.block != line.block:
        # A paragraph runs on into the next column or page when its sentence does.
        return not last.text.endswith(_SENTENCE_END) and line.text[:1].islower()
    if _pitch(last, line) > 1.4 * pitches.get(line.size, line.size * 1.2):
        return False
    left, right = edges[line.block]
    if line.left - left > 0.8 * line.size and last.left - left < 0.8 * line.size:
        return False  # an indented first line
    short = last.right < right - 0.15 * (right - left)
    return not (short and last.text.endswith(_SENTENCE_END))


def _pitch(a: _Line, b: _Line) -> float:
    return a.bottom - b.bottom


def _line_pitches(lines: list[_Line]) -> dict[float, float]:
    """The usual distance from one baseline to the next, per font size."""
    found: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        pitch = _pitch(a, b)
        if a.block == b.block and a.size == b.size and 0 < pitch < 3 * a.size:
            found.setdefault(a.size, []).append(pitch)
    return {size: statistics.median(values) for size, values in found.items()}


def _block_edges(lines: list[_Line]) -> dict[int, tuple[float, float]]:
    edges: dict[int, tuple[float, float]] = {}
    for line in lines:
        left, right = edges.get(line.block, (line.left, line.right))
        edges[line.block] = (min(left, line.left), max(right, line.right))
    return edges


def _hyphenated_words(lines: list[_Line]) -> set[str]:
    """Words written with a hyphen inside a line: such a word split at its hyphen keeps it."""
    return {word.lower() for line in lines for word in re.findall(r"\w+-\w+", line.text)}


def _join_lines(texts: list[str], hyphenated: set[str]) -> str:
    joined = texts[0]
    for text in texts[1:]:
        if joined.endswith(_HYPHENS) and joined[-2:-1].isalpha() and text[:1].islower():
            stem = re.search(r"(\w+)\W$", joined)
            head = re.match(r"\w+", text)
            whole = f"{stem.group(1)}-{head.group(0)}".lower() if stem and head else ""
            if joined.endswith("-") and whole in hyphenated:
                joined += text
            else:
                joined = joined[:-1] + text
        else:
            joined = f"{joined} {text}"
    return joined


def _title(meta_title: str | None, paragraphs: list[tuple[str, bool]]) -> str | None:
    title = " ".join((meta_title or "").split())
    if title and not _GENERATED_TITLES.match(title):
        return title
    return next((text for text, heading in paragraphs if heading), None)


def _pdf_date(value: str | None) -> str | None:
    """``D:20260301120000+01'00'`` to ``2026-03-01``."""
    match = re.match(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?", (value or "").strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}"
