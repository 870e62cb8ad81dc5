"""Launch: a cached article highlighted at once, the analysis started as soon as the text is on screen,
the first frame never blank, and a page saved twice opened once."""

from __future__ import annotations

from collections import Counter

import pytest
from tui_support import FAKE_VERSION, MACKEREL, SIZE, GoldAnalyzer, ready, sample_article, until

from briefing.model import Article
from briefing.store import Store
from briefing.tui import app as app_module
from briefing.tui.app import BriefingApp
from briefing.tui.article_view import ArticleView

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


async def test_a_cached_article_is_highlighted_without_waiting_for_the_first_frame(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The view's "text shown" message silenced and the fallback wait made long: the analysis worker
    # would sit out the wait, so only a lookup that does not wait for the frame shows the highlights.
    monkeypatch.setattr(app_module, "FIRST_FRAME_WAIT", 30.0)
    monkeypatch.setattr(ArticleView, "_announce_text_shown", lambda view: None)
    article, analysis = sample_article(MACKEREL)
    db = tmp_path / "notes.json"
    with Store(db) as store:
        store.save_analysis(analysis)
    analyzer = GoldAnalyzer({})
    app = BriefingApp([article], db_path=db, analyzer=analyzer, analyzer_version=FAKE_VERSION)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: article.id in app.analyses, "the cached analysis", 5)
        assert app.view.analysis is not None and app.view.analysis.statements == analysis.statements
        assert app.article.id in app.cached_ids
        assert not app.text_shown  # the handshake really was silenced
    assert analyzer.calls == []  # from the cache, never the analyser


async def test_the_first_frame_of_the_article_pane_has_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # Resize (which lays the text out) reaches the view only after its first frame: laid out then,
    # that frame would be blank.
    first_frame: list[bool] = []
    draw = ArticleView.render_line

    def noting_render_line(view: ArticleView, y: int):
        strip = draw(view, y)
        if not first_frame and view.scrollable_content_region.width > 0:
            first_frame.append(bool(strip.text.strip()))
        return strip

    monkeypatch.setattr(ArticleView, "render_line", noting_render_line)
    article = Article.from_text(TEXT, "written.txt")
    app = BriefingApp([article], analyzer=GoldAnalyzer({}), use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(first_frame), "the article pane to draw", 5)
    assert first_frame == [True]


def _counting_restyles(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """How many times Textual styles each widget and the article's colours (one of them counted)."""
    from textual.css.stylesheet import Stylesheet
    from textual.widget import Widget

    counts: Counter = Counter()
    apply = Stylesheet.apply

    def counting_apply(stylesheet, node, **options):
        if isinstance(node, Widget):
            counts[node] += 1
        elif "article-view--speaker-1" in node.classes:  # one of the article's colours
            counts["speaker colour"] += 1
        return apply(stylesheet, node, **options)

    monkeypatch.setattr(Stylesheet, "apply", counting_apply)
    return counts


async def test_each_pane_is_styled_once_before_the_first_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    # Textual restyles a whole screen when it resumes; the reader's first screen was styled as it
    # mounted, and that second pass over every pane delayed the first frame.
    counts = _counting_restyles(monkeypatch)
    article, analysis = sample_article(MACKEREL)
    app = BriefingApp([article], analyzer=GoldAnalyzer({article.id: analysis}), use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert "statements from" in str(app.query_one("#status").render())
        styled = dict(counts)
        view = app.view
    assert styled.pop("speaker colour") == 1
    assert styled.pop(view) == 2  # as it mounts, and as it takes the focus
    assert {widget: times for widget, times in styled.items() if times > 1} == {}


async def test_moving_the_focus_restyles_only_the_panes_it_leaves_and_enters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Tab is pressed all the time: it must not restyle every pane (a class on the screen did), nor
    # the article's colours (they were the article pane's own component classes).
    counts = _counting_restyles(monkeypatch)
    article, analysis = sample_article(MACKEREL)
    app = BriefingApp([article], analyzer=GoldAnalyzer({article.id: analysis}), use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        counts.clear()
        await pilot.press("tab")
        await until(pilot, lambda: not app.view.has_focus, "the focus to leave the article")
        await pilot.press("shift+tab")
        await until(pilot, lambda: app.view.has_focus, "the focus to come back to the article")
        restyled = {name if isinstance(name, str) else type(name).__name__ for name in counts}
    assert "speaker colour" not in restyled
    assert restyled <= {"ArticleView", "PartyList", "StatementList", "ScrollBar"}, restyled


async def test_a_cached_article_is_highlighted_in_the_first_frame_of_its_pane(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Looked up in a worker thread, the analysis came after the first frame: every pane was drawn
    # twice, plain and then highlighted.
    article, analysis = sample_article(MACKEREL)
    db = tmp_path / "notes.json"
    with Store(db) as store:
        store.save_analysis(analysis)
    first_frame: list[bool] = []
    draw = ArticleView.render_line

    def noting_render_line(view: ArticleView, y: int):
        if not first_frame and view.scrollable_content_region.width > 0:
            first_frame.append(view.analysis is not None)
        return draw(view, y)

    monkeypatch.setattr(ArticleView, "render_line", noting_render_line)
    app = BriefingApp([article], db_path=db, analyzer=GoldAnalyzer({}), analyzer_version=FAKE_VERSION)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: bool(first_frame), "the article pane to draw", 5)
    assert first_frame == [True]


async def test_a_cached_article_opens_without_a_search_box_or_progress_bar_until_they_are_needed(
    tmp_path,
) -> None:
    # Each widget of the first frame adds to the launch: the search box waits for "/", the progress
    # bar for an article still being analysed. Opened later, the search box works as before.
    article, analysis = sample_article(MACKEREL)
    db = tmp_path / "notes.json"
    with Store(db) as store:
        store.save_analysis(analysis)
    app = BriefingApp([article], db_path=db, analyzer=GoldAnalyzer({}), analyzer_version=FAKE_VERSION)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert "statements from" in str(app.query_one("#status").render())
        assert not app.query("#search") and not app.query("#progress")
        assert not app.query("Header")  # the title row is one widget, TitleBar
        assert str(app.query_one("TitleBar").render()).strip().endswith("— 1/1")
        await pilot.press("slash")
        await until(pilot, lambda: app.query_one("#search").has_focus, "the search box to take the focus")
        await pilot.press(*"quota", "enter")
        await until(pilot, lambda: "match" in str(app.query_one("#status").render()), "the matches counted")
        await pilot.press("escape")
        assert not app.query_one("#search").display


async def test_the_progress_bar_appears_while_an_article_is_analysed() -> None:
    first, analysis = sample_article(MACKEREL)
    second = Article.from_text(TEXT, "written.txt")
    app = BriefingApp([first, second], analyzer=GoldAnalyzer({first.id: analysis}), use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await until(pilot, lambda: bool(app.query("#progress")), "the progress bar")
        await until(pilot, lambda: not app.query_one("#progress").display, "the bar to go once all are done")


async def test_the_dialogs_styles_are_read_after_the_first_frame_and_a_dialog_is_styled_either_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.tui.confirm import ConfirmScreen
    from briefing.tui.style_sheets import DIALOG_SHEETS

    dialogs = str(DIALOG_SHEETS[0])
    sources_at_first_frame: list[set[str]] = []
    draw = ArticleView.render_line

    def noting_render_line(view: ArticleView, y: int):
        if not sources_at_first_frame:
            sources_at_first_frame.append({path for path, _ in view.app.stylesheet.source})
        return draw(view, y)

    monkeypatch.setattr(ArticleView, "render_line", noting_render_line)
    article = Article.from_text(TEXT, "written.txt")
    app = BriefingApp([article], analyzer=GoldAnalyzer({}), use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.stylesheet.has_source(dialogs), "the dialogs' styles to be read", 5)
        assert sources_at_first_frame and dialogs not in sources_at_first_frame[0]
        await app.push_screen(ConfirmScreen("Quit?", "Quit", "Keep writing"))
        await pilot.pause()
        assert app.screen.styles.align_horizontal == "center"  # dialogs.tcss: dialogs sit in the middle

    # Opened before the app read the dialogs' styles, the dialog reads them itself.
    from briefing.tui import style_sheets

    monkeypatch.setattr(style_sheets, "DIALOG_SHEETS", [])  # the app's read after the first frame skips them
    monkeypatch.setattr(style_sheets, "BRIEFING_SHEETS", [])
    app = BriefingApp([article], analyzer=GoldAnalyzer({}), use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.text_shown, "the first frame", 5)
        await pilot.pause()
        assert not app.stylesheet.has_source(dialogs)
        await app.push_screen(ConfirmScreen("Quit?", "Quit", "Keep writing"))
        await pilot.pause()
        assert app.stylesheet.has_source(dialogs)
        assert app.screen.styles.align_horizontal == "center"


async def test_a_resize_to_the_size_already_drawn_at_launch_does_not_lay_the_screen_out_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The terminal repeats its size once or twice at launch; each repeat laid the whole screen out
    # again before the article's highlights could show. A real resize is always honoured, and once
    # the text is on screen so is a repeat (the repaint after a resize and back is wanted).
    from textual import events
    from textual.geometry import Size
    from textual.screen import Screen

    monkeypatch.setattr(app_module, "FIRST_FRAME_WAIT", 30.0)
    monkeypatch.setattr(ArticleView, "_announce_text_shown", lambda view: None)  # still launching
    layouts: list[Size] = []
    lay_out = Screen._refresh_layout

    def counting_layout(screen: Screen, size: Size | None = None, **options) -> None:
        layouts.append(size or screen.app.size)
        lay_out(screen, size, **options)

    monkeypatch.setattr(Screen, "_refresh_layout", counting_layout)
    app = BriefingApp([Article.from_text(TEXT, "written.txt")], analyzer=GoldAnalyzer({}), use_store=False)
    drawn = Size(*SIZE)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.screen.outer_size == drawn, "the screen's first layout", 5)
        await pilot.pause()
        before = len(layouts)
        app.screen.post_message(events.Resize(drawn, drawn))
        await pilot.pause()
        assert len(layouts) == before  # the size it is drawn at: not laid out again
        wider = Size(SIZE[0] + 10, SIZE[1])
        app.screen.post_message(events.Resize(wider, wider))
        await until(pilot, lambda: wider in layouts[before:], "the real resize to be laid out", 5)
        app.on_article_view_text_shown()  # the text is on screen: launch is over
        again = len(layouts)
        app.screen.post_message(events.Resize(wider, wider))
        await until(pilot, lambda: len(layouts) > again, "a repeat after launch to be laid out", 5)
