"""Readers for document formats: each turns bytes into plain extraction results.

A reader knows one format (PDF, Word, e-mail, feeds) and nothing of articles:
it returns ``Extraction`` records (text with paragraphs separated by blank
lines, and what the document says of its title, author, date and address).
``briefing.ingest`` turns them into Articles through its one safe-text step,
so ids and offsets are computed the same way whatever the format.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.sizes import human_bytes

__all__ = ["Attachment", "DocumentError", "Extraction", "TextBudget", "human_bytes"]


class DocumentError(Exception):
    """A document that cannot be read; the message names the problem in a few words."""


@dataclass(frozen=True)
class Extraction:
    """What one reader found for one article.

    ``text`` is plain text, paragraphs separated by blank lines. ``html`` is set
    instead when the article is a web page to be extracted like any other (an
    e-mail's HTML part, a feed entry's content), and ``link`` when only the
    address of the article is known (a feed entry without its content).
    ``part`` names the article inside a file that holds several ("3", "3/report.pdf").
    """

    text: str = ""
    html: bytes | None = None
    link: str | None = None
    title: str | None = None
    byline: str | None = None
    date: str | None = None  # ISO date when known
    site: str | None = None
    url: str | None = None
    part: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A document inside another (an e-mail's PDF), to be read by its own reader."""

    data: bytes
    suffix: str  # ".pdf" or ".docx"
    part: str
    title: str | None = None  # the name it gets when its own document names none
    byline: str | None = None
    date: str | None = None


class TextBudget:
    """Counts extracted characters and refuses a document whose text outgrows the size limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def take(self, text: str) -> str:
        self.used += len(text.encode("utf-8"))
        if self.used > self.limit:
            raise DocumentError(
                f"its text expands past the size limit of {human_bytes(self.limit)} (refused)"
            )
        return text
