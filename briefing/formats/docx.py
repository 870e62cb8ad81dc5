"""Word documents (.docx) to plain text with python-docx.

Paragraphs and tables in document order; a table row becomes one line of its
cells. The text is what the document reads once its tracked changes are
accepted: insertions kept, deletions (and moved-away text) left out. Comments
live in their own part and never enter the body.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from briefing.formats import DocumentError, Extraction, TextBudget, human_bytes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Text removed by a tracked change: not part of the document as it now reads.
# (Paragraph properties hold tab stops, which are not text.)
_SKIPPED = {f"{_W}del", f"{_W}moveFrom", f"{_W}pPr"}
_TEXT = f"{_W}t"
_BREAKS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_docx(data: bytes, max_bytes: int) -> Extraction:
    """Paragraphs, headings and table rows of a Word document; title from its properties or first heading."""
    if data.startswith(_OLE_MAGIC):
        raise DocumentError("an encrypted Word document or an old .doc file; save it as .docx")
    _refuse_zip_bomb(data, max_bytes)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise DocumentError("not a readable Word document (corrupt, or not .docx)") from None
    except Exception as exc:  # lxml raises its own errors on malformed parts
        raise DocumentError(f"not a readable Word document ({type(exc).__name__})") from None
    style_names = {style.style_id: style.name or "" for style in document.styles}
    budget = TextBudget(max_bytes)
    paragraphs: list[tuple[str, bool]] = []
    for block in _blocks(document.element.body):
        if block.tag == f"{_W}p":
            text = budget.take(_paragraph_text(block))
            if text:
                paragraphs.append((text, _is_heading(block, style_names)))
        elif block.tag == f"{_W}tbl":
            paragraphs.extend((budget.take(row), False) for row in _table_rows(block))
    if not paragraphs:
        raise DocumentError("empty (no text in this Word document)")
    properties = document.core_properties
    title = (properties.title or "").strip() or next((text for text, heading in paragraphs if heading), None)
    created = properties.created
    return Extraction(
        text="\n\n".join(text for text, _ in paragraphs) + "\n",
        title=title,
        byline=(properties.author or "").strip() or None,
        date=created.date().isoformat() if created else None,
    )


def _blocks(container) -> Iterator:
    """Paragraphs and tables in order, also those inside content controls (a cover page, a form)."""
    for child in container.iterchildren():
        if child.tag in _WRAPPERS:
            yield from _blocks(child)
        else:
            yield child


def _refuse_zip_bomb(data: bytes, max_bytes: int) -> None:
    """A .docx is a zip: its parts, unpacked, must fit the size limit too."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise DocumentError("not a readable Word document (not a zip package)") from None
    if unpacked > max_bytes:
        raise DocumentError(
            f"unpacks to {human_bytes(unpacked)}, past the size limit of {human_bytes(max_bytes)} (refused)"
        )


def _paragraph_text(paragraph) -> str:
    parts: list[str] = []
    for element in paragraph.iter():
        if element.tag == _TEXT or element.tag in _BREAKS:
            if any(ancestor.tag in _SKIPPED for ancestor in element.iterancestors()):
                continue
            parts.append((element.text or "") if element.tag == _TEXT else _BREAKS[element.tag])
    return " ".join("".join(parts).split())


def _is_heading(paragraph, style_names: dict[str, str]) -> bool:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    name = style_names.get(style.get(f"{_W}val"), "") if style is not None else ""
    return name.lower().startswith(("heading", "title", "subtitle"))


def _table_rows(table) -> list[str]:
    """One line per row, cells separated by " | " (a nested table's rows follow its cell)."""
    rows = []
    for row in table.iterchildren(f"{_W}tr"):
        cells = []
        for cell in row.iterchildren(f"{_W}tc"):
            merged = cell.find(f"{_W}tcPr/{_W}vMerge")
            if merged is not None and merged.get(f"{_W}val", "continue") == "continue":
                continue  # the rest of a vertically merged cell: its text is in the row above
            text = " ".join(filter(None, (_paragraph_text(p) for p in cell.iterchildren(f"{_W}p"))))
            cells.append(text)
        if any(cells):
            rows.append(" | ".join(cells))
    return rows
