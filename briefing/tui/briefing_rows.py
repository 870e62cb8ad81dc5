"""What the briefing views list, as plain data: the article list's rows and order, hits across articles.

No Textual here, so the rules (sorting, unread first, where a search hits) are tested
without a running app; ``briefing_views`` draws them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import Article
from briefing.morning import outlet
from briefing.tui.reader_state import Span, find_matches
from briefing.tui.safe_text import display_safe

SORTS: tuple[str, ...] = ("opened", "outlet", "date")
SORT_WORDS = {"opened": "order opened", "outlet": "outlet", "date": "date"}
CONTEXT_CHARS = 36  # of the text either side of a search hit


@dataclass(frozen=True)
class ArticleRow:
    """One article of the list: where it is in the reader, and what the list says about it."""

    index: int  # position in the reader's articles (the order opened)
    article: Article
    statements: int | None  # None: not analysed yet
    notes: int
    read: bool

    @property
    def outlet(self) -> str:
        return outlet(self.article)


def sorted_rows(rows: Sequence[ArticleRow], by: str, unread_first: bool) -> list[ArticleRow]:
    """The rows by ``by`` (one of ``SORTS``), the order opened breaking ties; unread ones first if asked.

    Dates sort newest first (the morning's news on top); articles without a date go last.
    """
    if by not in SORTS:
        raise ValueError(f"unknown sort {by!r}")
    ordered = sorted(rows, key=lambda row: row.index)
    if by == "outlet":
        ordered.sort(key=lambda row: row.outlet.casefold())
    elif by == "date":
        dated = sorted((row for row in ordered if row.article.date), key=lambda r: r.article.date or "")
        ordered = [*reversed(dated), *(row for row in ordered if not row.article.date)]
    if unread_first:
        ordered.sort(key=lambda row: row.read)  # stable: the chosen order within read and unread
    return ordered


@dataclass(frozen=True)
class ArticleHits:
    """Where a search hits one article: its position in the reader and the spans of the hits."""

    index: int
    article: Article
    spans: list[Span]


def search_articles(articles: Sequence[Article], query: str) -> list[ArticleHits]:
    """Every article the query hits (case-insensitive), in reader order, with all its hits."""
    found = []
    for index, article in enumerate(articles):
        spans = find_matches(article.text, query)
        if spans:
            found.append(ArticleHits(index, article, spans))
    return found


def hit_context(text: str, span: Span, chars: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """The words before a hit, the hit, and the words after, on one line and safe to draw."""
    start, end = span
    before = " ".join(display_safe(text[max(0, start - chars) : start]).split())
    after = " ".join(display_safe(text[end : end + chars]).split())
    lead = "…" if start > chars else ""
    tail = "…" if end + chars < len(text) else ""
    space_before = " " if text[max(0, start - 1) : start].isspace() else ""
    space_after = " " if text[end : end + 1].isspace() else ""
    return (
        f"{lead}{before}{space_before}",
        " ".join(display_safe(text[start:end]).split()),
        f"{space_after}{after}{tail}",
    )
