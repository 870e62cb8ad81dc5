"""Feeds and PDFs from URLs go through briefing/fetch.py: one deadline per URL, a feed entry's link included.

A loopback server that never answers one entry's link must cost that entry one
line naming the deadline, while the feed's other entries still load.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from formats_support import (
    SILENCE_SECONDS,
    SILENT,
    STALLED,
    STORY,
    TITLE,
    rss_feed,
    serving,
    story_html_body,
    write_pdf,
)

from briefing.ingest import load_sources

DEADLINE = 1.0


@pytest.fixture(autouse=True)
def no_other_fetcher(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's own fetcher knows nothing of the deadline: it must never be called."""
    import trafilatura.downloads

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a URL was fetched by trafilatura, not by briefing/fetch.py")

    for name in ("fetch_url", "fetch_response"):
        monkeypatch.setattr(trafilatura.downloads, name, refuse)
        monkeypatch.setattr(trafilatura, name, refuse, raising=False)


def story_page() -> bytes:
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"{story_html_body()}</article></body></html>"
    ).encode()


def test_an_entry_whose_link_never_answers_costs_one_line_and_the_feed_still_loads() -> None:
    routes = {"/pier.html": ("text/html; charset=utf-8", story_page()), "/silent": (SILENT, b"")}
    seen: dict[str, list[str]] = {}
    with serving(routes, seen) as base:
        letters = f"<p>{STORY[2]}</p><p>{STORY[3]}</p>"
        routes["/feed"] = (
            "application/rss+xml",
            rss_feed(
                [
                    ("Fishermen write to the board", f"{base}/letters", letters),
                    ("The silent page", f"{base}/silent", ""),  # only a link: fetched, never answered
                    (TITLE, f"{base}/pier.html", ""),  # only a link: fetched
                ]
            ),
        )
        started = time.monotonic()
        result = load_sources([f"{base}/feed"], timeout=DEADLINE)
        took = time.monotonic() - started
    assert [article.title for article in result.articles] == ["Fishermen write to the board", TITLE]
    assert len(result.errors) == 1, result.errors
    (line,) = result.errors
    assert line.startswith(f"{base}/silent: no complete answer within 1 s"), line
    assert "\n" not in line
    assert "/silent" in seen and "/pier.html" in seen
    # The silent entry waited for its own deadline, not for the server to give up.
    assert took < SILENCE_SECONDS / 2


def test_a_pdf_url_that_stalls_is_cut_off_at_the_deadline(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "story.pdf").read_bytes()
    routes = {"/report": ("application/pdf", pdf), "/stalled-report": (STALLED, b"")}
    with serving(routes) as base:
        result = load_sources([f"{base}/report", f"{base}/stalled-report"], timeout=DEADLINE)
    (article,) = result.articles
    assert article.source == f"{base}/report" and article.title == TITLE
    (line,) = result.errors
    assert line.startswith(f"{base}/stalled-report: no complete answer within 1 s (reading the page"), line


def test_a_cancelled_load_abandons_a_feed_entry_being_fetched() -> None:
    cancel = threading.Event()
    routes = {"/silent": (SILENT, b"")}
    seen: dict[str, list[str]] = {}
    with serving(routes, seen) as base:
        routes["/feed"] = ("application/rss+xml", rss_feed([("The silent page", f"{base}/silent", "")]))
        timer = threading.Timer(0.5, cancel.set)
        timer.start()
        started = time.monotonic()
        result = load_sources([f"{base}/feed"], timeout=SILENCE_SECONDS, cancel=cancel)
        took = time.monotonic() - started
        timer.cancel()
    assert "/silent" in seen
    assert result.errors == [f"{base}/silent: cancelled"]
    assert took < SILENCE_SECONDS / 2


def test_credentials_in_a_feed_entry_link_are_used_but_never_kept() -> None:
    routes = {"/pier.html": ("text/html; charset=utf-8", story_page())}
    seen: dict[str, list[str]] = {}
    with serving(routes, seen) as base:
        with_credentials = base.replace("http://", "http://ana:hunter2@")
        routes["/feed"] = ("application/rss+xml", rss_feed([(TITLE, f"{with_credentials}/pier.html", "")]))
        result = load_sources([f"{with_credentials}/feed"], timeout=DEADLINE)
    assert not result.errors, result.errors
    (article,) = result.articles
    assert seen["/pier.html"][0].startswith("Basic ")  # the credentials were sent
    assert "hunter2" not in repr(article) and article.url == f"{base}/pier.html"
