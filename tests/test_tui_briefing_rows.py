"""The article list's order and the search across articles, without a running app."""

from __future__ import annotations

import pytest

from briefing.model import Article
from briefing.tui.briefing_rows import ArticleRow, hit_context, search_articles, sorted_rows


def row(index: int, site: str, date: str | None, read: bool) -> ArticleRow:
    text = f"Article {index} from {site}.\n\nIt says the port deal is off."
    article = Article.from_text(text, f"/tmp/{index}.txt")
    article = Article.from_dict({**article.to_dict(), "site": site, "date": date})
    return ArticleRow(index, article, None, 0, read)


ROWS = [
    row(0, "Meridian Wire", "2026-04-07", True),
    row(1, "harbour weekly", None, False),
    row(2, "Europe Daily", "2026-04-09", False),
    row(3, "Lisbon Observer", "2026-04-06", True),
]


def test_order_opened_outlet_and_newest_first():
    assert [r.index for r in sorted_rows(ROWS, "opened", False)] == [0, 1, 2, 3]
    assert [r.index for r in sorted_rows(ROWS, "outlet", False)] == [2, 1, 3, 0]  # case does not matter
    assert [r.index for r in sorted_rows(ROWS, "date", False)] == [2, 0, 3, 1]  # undated last


def test_unread_first_keeps_the_chosen_order_within_each():
    assert [r.index for r in sorted_rows(ROWS, "opened", True)] == [1, 2, 0, 3]
    assert [r.index for r in sorted_rows(ROWS, "date", True)] == [2, 1, 0, 3]
    with pytest.raises(ValueError):
        sorted_rows(ROWS, "title", False)


def test_search_lists_only_articles_with_hits_in_reader_order():
    articles = [r.article for r in ROWS]
    found = search_articles(articles, "MERIDIAN")
    assert [(hits.index, len(hits.spans)) for hits in found] == [(0, 1)]
    assert [hits.index for hits in search_articles(articles, "port deal")] == [0, 1, 2, 3]
    assert search_articles(articles, "") == []


def test_a_hit_in_context_is_one_safe_line():
    text = "First line.\nThe minister \x1b[31msaid\x1b[0m no, again and again, to everyone."
    start = text.index("said")
    before, word, after = hit_context(text, (start, start + 4), chars=14)
    assert word == "said"
    assert "\x1b" not in before + word + after and "\n" not in before + after
    assert before.startswith("…") and after.endswith("…")
