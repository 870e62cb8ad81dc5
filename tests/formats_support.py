"""Documents the format tests write for themselves: one fictional story as PDF, Word, e-mail and feeds.

The story is ours (no real news): a harbour dispute with direct and reported
speech, so the analysis has statements and speakers to find in every format.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "Harbour board denies plan to close the northern pier"
AUTHOR = "Mira Okonkwo"
STORY = (
    "The harbour board of Port Ellery on Tuesday denied that it plans to close the northern pier, "
    "after fishermen said they had been told to move their boats by the end of the month.",
    "\u201cThere is no plan to close the pier, and there never was,\u201d said Tomas Vintner, "
    "the board\u2019s chairman. \u201cWe are repairing the railings, nothing more.\u201d",
    "Fishermen were not convinced. Ada Morrow, who speaks for the Ellery Fishing Cooperative, "
    "said her members had received letters asking them to leave their moorings before the repairs begin.",
    "\u201cA letter that tells you to leave is not a letter about railings,\u201d Morrow said.",
    "The board declined to say how long the repairs would last. A spokeswoman said the contractor "
    "would publish a schedule after the tender closes in the spring.",
    "Councillor Ivo Brandt said the council would ask the board for the full maintenance report "
    "before its next meeting.",
)
SECTION = "Repairs and moorings"  # a heading the documents put between paragraphs 3 and 4
AFTER_HEADING = 3


def plain_text() -> str:
    """The story as the plain-text file a reader would write: headline, then paragraphs."""
    return "\n\n".join((TITLE, *STORY[:AFTER_HEADING], SECTION, *STORY[AFTER_HEADING:])) + "\n"


def write_pdf(
    path: Path,
    *,
    columns: int = 1,
    running: bool = False,
    repeat: int = 1,
    title_metadata: bool = True,
    encrypt: str | None = None,
) -> Path:
    """The story on A4 pages, lines wrapped with end-of-line hyphenation.

    Two columns are written row by row (left line, right line, ...), so the order
    in the file is not the reading order. ``running`` adds a header, a footer and
    a page number on every page; ``repeat`` writes the story that many times (more pages).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    width, height = A4
    margin, gutter, body_size, heading_size = 60.0, 24.0, 10.0, 13.0
    column_width = (width - 2 * margin - (columns - 1) * gutter) / columns
    pitch = body_size * 1.3
    kwargs = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt, ownerPassword=encrypt + "-owner")
    pdf = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    if title_metadata:
        pdf.setTitle(TITLE)
    pdf.setAuthor(AUTHOR)

    # Lay the story out as (font, size, text, gap_before) lines, then flow them into columns.
    lines: list[tuple[str, float, str, float]] = []
    for _ in range(repeat):
        blocks = [("Helvetica-Bold", heading_size * 1.3, TITLE)]
        blocks += [("Helvetica", body_size, paragraph) for paragraph in STORY]
        blocks.insert(1 + AFTER_HEADING, ("Helvetica-Bold", heading_size, SECTION))
        for font, size, paragraph in blocks:
            for index, text in enumerate(_wrap(paragraph, font, size, column_width, stringWidth)):
                lines.append((font, size, text, pitch if index == 0 else 0.0))
    top = height - margin - 20
    bottom = margin + 20
    page_number = 1

    def furniture() -> None:
        if running:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(margin, height - 35, "Port Ellery Gazette \u2014 Harbour Affairs")
            pdf.drawString(margin, 30, "Port Ellery Gazette, all rights reserved")
            pdf.drawRightString(width - margin, 30, str(page_number))

    # Assign each line a (column, y) slot, page by page.
    placed: list[list[tuple[int, float, tuple[str, float, str, float]]]] = [[]]
    column, y = 0, top
    for line in lines:
        font, size, text, gap = line
        y -= size * 1.3 + (gap if y != top else 0.0)
        if y < bottom:
            column += 1
            y = top - size
            if column == columns:
                placed.append([])
                column = 0
        placed[-1].append((column, y, line))
    for page in placed:
        furniture()
        # Row by row across the columns: the content stream is not in reading order.
        for column_index, y, (font, size, text, _) in sorted(page, key=lambda item: (-item[1], item[0])):
            pdf.setFont(font, size)
            pdf.drawString(margin + column_index * (column_width + gutter), y, text)
        pdf.showPage()
        page_number += 1
    pdf.save()
    return path


def _wrap(text: str, font: str, size: float, width: float, measure) -> list[str]:
    """Greedy wrapping; a long word that does not fit is split with a hyphen, as typesetters do."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if measure(candidate, font, size) <= width:
            current = candidate
            continue
        if len(word) >= 8 and word.isalpha():
            for cut in range(len(word) - 3, 3, -1):
                head = f"{current} {word[:cut]}-".strip()
                if measure(head, font, size) <= width:
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
            continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def write_image_pdf(path: Path) -> Path:
    """A page that holds only a picture of text, as a scanner makes it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(ImageReader(_tiny_png()), 60, 400, width=400, height=200)
    pdf.showPage()
    pdf.save()
    return path


def _tiny_png():
    import io
    import struct
    import zlib

    width, height = 40, 20
    raw = b"".join(b"\x00" + bytes((x * 6) % 256 for x in range(width)) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return io.BytesIO(png)
