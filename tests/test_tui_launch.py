"""Launch: the analysis starts as soon as the text is on screen, and a page saved twice opens once."""

from __future__ import annotations

import pytest
from tui_support import SIZE, GoldAnalyzer, ready, until

from briefing.model import Article
from briefing.tui import app as app_module
from briefing.tui.app import BriefingApp

TEXT = "“We will sign on Friday,” said Ana Lund, the trade minister.\n\nThe talks resume on Monday."


async def test_the_analysis_starts_when_the_text_is_drawn_not_after_the_fallback_wait(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The fallback wait made long: if the view's "text shown" message never reaches the app,
    # the analyser is not called within the test's limit.
    monkeypatch.setattr(app_module, "FIRST_FRAME_WAIT", 30.0)
    article = Article.from_text(TEXT, "written.txt")
    analyzer = GoldAnalyzer({})
    app = BriefingApp([article], analyzer=analyzer, use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.text_shown, "the article view's first frame to reach the app", 5)
        await until(pilot, lambda: analyzer.calls == [article.id], "the analyser to be called", 5)


async def test_two_sources_with_the_same_text_open_as_one_article_and_say_so(tmp_path) -> None:
    first = Article.from_text(TEXT, str(tmp_path / "page.html"))
    again = Article.from_text(TEXT, str(tmp_path / "page (1).html"))
    other = Article.from_text("Nothing was said.", str(tmp_path / "other.txt"))
    extra = tmp_path / "page copy.txt"
    extra.write_text(TEXT, encoding="utf-8")
    app = BriefingApp(
        [first, again, other], analyzer=GoldAnalyzer({}), use_store=False, more_sources=[str(extra)]
    )
    shown: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (shown.append(message), notify(message, **options))[1]  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert [article.source for article in app.articles] == [first.source, other.source]
        assert app.sub_title == "1/2"
        assert not app.query_one("#progress").display  # every article is done: the bar is gone
        assert f"{again.source}: the same text as {first.source}; shown once" in shown
        assert any(line.startswith(f"{extra}: the same text as") for line in shown)
    assert len(app.duplicates) == 2
