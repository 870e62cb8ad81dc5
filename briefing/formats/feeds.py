"""RSS and Atom feeds to extraction results with feedparser: one per entry.

An entry's full content is used where the feed carries it; otherwise the
entry names only its link, which ingest fetches as a web page. The feed's
title is kept as the site, the entry's date and author with the article.
"""

from __future__ import annotations

import time

from briefing.formats import DocumentError, Extraction

_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
    while head.startswith(b"<!--"):
        head = head[head.find(b"-->") + 3 :].lstrip()
    return head.startswith(_FEED_ROOTS)


def read_feed(data: bytes, limit: int | None = None) -> list[Extraction]:
    """One extraction per entry, the first ``limit`` of them."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise DocumentError("not a readable RSS or Atom feed")
        raise DocumentError("the feed has no entries")
    site = " ".join((parsed.feed.get("title") or "").split()) or None
    entries = parsed.entries[:limit] if limit is not None else parsed.entries
    return [_entry(entry, number, site) for number, entry in enumerate(entries, 1)]


def _entry(entry, number: int, site: str | None) -> Extraction:
    link = entry.get("link") or None
    meta = {
        "title": " ".join((entry.get("title") or "").split()) or None,
        "byline": entry.get("author") or None,
        "date": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        "site": site,
        "url": link,
        "part": str(number),
    }
    content = _full_content(entry)
    if content is not None:
        kind, value = content
        if kind == "html":
            return Extraction(html=_page(value, meta["title"]), **meta)
        return Extraction(text=value, **meta)
    if link:
        return Extraction(link=link, **meta)
    summary = entry.get("summary")
    if summary:
        return Extraction(html=_page(summary, meta["title"]), **meta)
    raise DocumentError(f"entry {number} has neither content nor a link")


def _full_content(entry) -> tuple[str, str] | None:
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        if value.strip():
            return ("text", value) if content.get("type") == "text/plain" else ("html", value)
    return None


def _page(fragment: str, title: str | None) -> bytes:
    """An entry's HTML fragment as a page, so it is extracted like any article."""
    from html import escape

    head = f"<title>{escape(title)}</title>" if title else ""
    page = f"<!doctype html><html><head><meta charset='utf-8'>{head}</head>"
    return f"{page}<body><article>{fragment}</article></body></html>".encode()


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None
