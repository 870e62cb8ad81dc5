"""Documents the format tests write for themselves: one fictional story as PDF, Word, e-mail and feeds.

The story is ours (no real news): a harbour dispute with direct and reported
speech, so the analysis has statements and speakers to find in every format.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
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


def story_html_body(*, with_heading: bool = True) -> str:
    """The story's paragraphs (and its section heading) as HTML, without a page around them."""
    from html import escape

    parts = [f"<p>{escape(p)}</p>" for p in STORY]
    if with_heading:
        parts.insert(AFTER_HEADING, f"<h2>{escape(SECTION)}</h2>")
    return "\n".join(parts)


def write_docx(path: Path, *, table: bool = False) -> Path:
    """The story as Word: a Title, a Heading 1, a comment, a tracked deletion and insertion, maybe a table.

    The tracked deletion removes words the story does not have; the tracked
    insertion adds words it does have, so the accepted text is the story.
    """
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = AUTHOR
    document.add_paragraph(TITLE, style="Title")
    for number, text in enumerate(STORY):
        if number == AFTER_HEADING:
            document.add_heading(SECTION, level=1)
        if number == 0:
            # "... denied that it plans" with "secretly " deleted and "to close the northern pier, " inserted.
            before, after = text.split("to close the northern pier, ", 1)
            paragraph = document.add_paragraph(before)
            deleted = paragraph.add_run("secretly ")
            inserted = paragraph.add_run("to close the northern pier, ")
            paragraph.add_run(after)
            _track(deleted, "del", qn)
            _track(inserted, "ins", qn)
        elif number == 1:
            paragraph = document.add_paragraph()
            run = paragraph.add_run(text)
            document.add_comment(run, text="Check the chairman's title with the desk.", author="Editor")
        else:
            document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=2, cols=2)
        for row, cells in zip(grid.rows, (("Item", "Cost"), ("Railings", "40,000 crowns")), strict=True):
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
    document.save(str(path))
    return path


def _track(run, kind: str, qn) -> None:
    """Wrap a run in a tracked-change element (python-docx writes none itself)."""
    from docx.oxml import OxmlElement

    element = run.element  # python-docx writes no tracked changes: wrap the run's XML ourselves
    wrapper = OxmlElement(f"w:{kind}")
    wrapper.set(qn("w:id"), "1" if kind == "del" else "2")
    wrapper.set(qn("w:author"), "Editor")
    wrapper.set(qn("w:date"), "2026-03-03T10:00:00Z")
    element.addprevious(wrapper)
    wrapper.append(element)
    if kind == "del":
        for text in element.findall(qn("w:t")):
            text.tag = qn("w:delText")


SENDER = "Lena Farrow"


def story_message(*, subject: str = TITLE, attach_pdf: bytes | None = None, html: bool = True):
    """The story as an e-mail: plain and HTML parts with a quoted reply and a signature, maybe a PDF."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = f"{SENDER} <lena.farrow@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Mar 2026 09:30:00 +0000"
    plain = "\n\n".join(STORY)
    plain += (
        "\n\nOn Mon, 2 Mar 2026, Desk <desk@example.org> wrote:\n> Can you file the pier story?\n"
        "> Thanks.\n\n-- \nLena Farrow\nHarbour correspondent\n"
    )
    message.set_content(plain)
    if html:
        message.add_alternative(
            "<html><body>"
            + story_html_body(with_heading=False)
            + "<div class='gmail_quote'>On Mon, 2 Mar 2026, Desk wrote:"
            "<blockquote type='cite'>Can you file the pier story? The desk says the ferry board resigned."
            "</blockquote>"
            "</div><div class='gmail_signature'>Lena Farrow, Harbour correspondent</div></body></html>",
            subtype="html",
        )
    if attach_pdf is not None:
        message.add_attachment(attach_pdf, maintype="application", subtype="pdf", filename="pier-report.pdf")
    return message


def write_mbox(path: Path, messages) -> Path:
    import mailbox

    box = mailbox.mbox(str(path))
    try:
        for message in messages:
            box.add(message)
    finally:
        box.close()
    return path


def atom_feed(entries: list[tuple[str, str, str]]) -> bytes:
    """An Atom feed; each entry (title, link, html content or "" for none)."""
    from html import escape

    items = "".join(
        f"<entry><title>{escape(title)}</title><link href='{escape(link)}'/><id>{escape(link)}</id>"
        f"<updated>2026-03-0{number}T08:00:00Z</updated><author><name>{AUTHOR}</name></author>"
        + (f"<content type='html'>{escape(content)}</content>" if content else "")
        + "</entry>"
        for number, (title, link, content) in enumerate(entries, 1)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title>Port Ellery Gazette</title><id>urn:gazette</id>"
        f"<updated>2026-03-03T08:00:00Z</updated>{items}</feed>"
    ).encode()


def rss_feed(entries: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed; each item (title, link, full HTML in content:encoded or "" for a link only)."""
    from html import escape

    items = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<pubDate>Tue, 0{number} Mar 2026 08:00:00 +0000</pubDate>"
        "<description>A short summary.</description>"
        + (f"<content:encoded>{escape(content)}</content:encoded>" if content else "")
        + "</item>"
        for number, (title, link, content) in enumerate(entries, 1)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
        "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>Port Ellery Gazette</title>"
        f"<link>https://gazette.example/</link><description>News</description>{items}</channel></rss>"
    ).encode()


SILENT = "silent"  # as a route's content type: the server takes the request and never answers
STALLED = "stalled"  # as a route's content type: headers and the first bytes of a PDF, then nothing
SILENCE_SECONDS = 30.0  # how long silent and stalled routes keep quiet: past any deadline, never endless


@contextmanager
def serving(
    routes: dict[str, tuple[str, bytes]], requests: dict[str, list[str]] | None = None
) -> Iterator[str]:
    """A real HTTP server on loopback answering each path with (content type, body).

    ``requests`` collects each path asked for, with the Authorization header sent (or "").
    """
    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            if requests is not None:
                requests.setdefault(self.path, []).append(self.headers.get("Authorization") or "")
            content_type, body = routes.get(self.path, ("text/plain", b""))
            if content_type == SILENT:
                stop.wait(SILENCE_SECONDS)
                return
            self.send_response(200 if self.path in routes else 404)
            self.send_header("Content-Type", "application/pdf" if content_type == STALLED else content_type)
            self.send_header("Content-Length", str(100_000 if content_type == STALLED else len(body)))
            self.end_headers()
            self.wfile.write(b"%PDF-1.4\n" if content_type == STALLED else body)
            if content_type == STALLED:
                self.wfile.flush()
                stop.wait(SILENCE_SECONDS)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
