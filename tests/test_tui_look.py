"""How the reader looks: readable speaker colours, NO_COLOR attributes, focus, footer, toasts, theme."""

from __future__ import annotations

import json

import pytest
from test_tui_render import contrast
from textual.command import CommandPalette
from tui_support import MACKEREL, SEABED, SIZE, GoldAnalyzer, ready, sample_article, until

from briefing.cli import main
from briefing.settings import SettingsFile, chosen_theme, settings_path
from briefing.tui.app import BriefingApp
from briefing.tui.article_view import GUTTER, ArticleView
from briefing.tui.colours import PALETTE_SIZE
from briefing.tui.footer import ReaderFooter
from briefing.tui.panes import PartyList, StatementList
from briefing.tui.theme_memory import ThemeMemory


@pytest.fixture(scope="module")
def seed():
    return sample_article(MACKEREL)


def make_app(article, analysis) -> BriefingApp:
    app = BriefingApp([article], analyzer=GoldAnalyzer({article.id: analysis}), use_store=False)
    app.animation_level = "none"
    return app


def drawn_colours(view: ArticleView, start: int, end: int) -> set:
    """Foreground colours of the non-space cells drawing article text ``[start, end)``."""
    layout = view.text_layout
    found = set()
    for y in range(layout.line_of_offset(start), layout.line_of_offset(end - 1) + 1):
        line = layout.lines[y]
        first, last = layout.blocks[line.block].display_range(start, end)
        view.scroll_to(y=y, animate=False, immediate=True)
        cells = [(ch, seg.style) for seg in view.render_line(y - round(view.scroll_y)) for ch in seg.text]
        for index in range(max(first, line.start), min(last, line.end)):
            char, style = cells[GUTTER + index - line.start]
            if not char.isspace():
                found.add(style.color)
    return found


async def test_no_two_speakers_of_an_article_share_a_colour_while_the_palette_has_one_free():
    article, analysis = sample_article(SEABED)  # 11 speakers, 33 parties named
    app = make_app(article, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.view.show_mentions = False
        colours: dict[str, set] = {}
        for statement in analysis.statements:
            colours.setdefault(statement.speaker, set()).update(
                drawn_colours(app.view, statement.start, statement.end)
            )
        assert len(colours) == 11 and all(len(found) == 1 for found in colours.values()), colours
        drawn = [next(iter(found)) for found in colours.values()]
        assert len(set(drawn)) == len(drawn)
        assert app.view.markers == {}  # colour is enough: no letters in the margin


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_every_speaker_colour_reads_on_its_theme(seed, theme):
    app = make_app(*seed)
    app.theme = theme
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        background = view.styles.background
        for slot in range(1, PALETTE_SIZE + 1):
            colour = view.colours.get_component_rich_style(f"article-view--speaker-{slot}").color.triplet
            ratio = contrast(type(background)(*colour), background)
            assert ratio >= 4.5, f"speaker-{slot} {colour} is {ratio:.1f}:1 on {theme}"


async def test_no_color_draws_a_mention_and_a_statement_differently(seed, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    article, analysis = seed
    app = make_app(article, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        inside = {(s.start, s.end) for s in analysis.statements}
        mention = next(
            m for m in analysis.mentions if not any(a <= m.start < b for a, b in inside) and m.start > 400
        )
        statement = next(s for s in analysis.statements if s.start > 400)

        def style_at(offset: int):
            y = view.line_of_offset(offset)
            view.scroll_to(y=y, animate=False, immediate=True)
            line = view.text_layout.lines[y]
            block = view.text_layout.blocks[line.block]
            column = block.to_display(offset) - line.start
            cells = [seg.style for seg in view.render_line(0) for _ in seg.text]
            return cells[GUTTER + column]

        mention_style, statement_style = style_at(mention.start), style_at(statement.start + 3)
        assert statement_style.underline and not statement_style.italic
        assert mention_style.italic and not mention_style.underline


# --- item 17: the theme is remembered ---------------------------------------------------------------


def themed_app(seed, settings: SettingsFile, theme: str | None = None) -> BriefingApp:
    article, analysis = seed
    app = BriefingApp(
        [article],
        analyzer=GoldAnalyzer({article.id: analysis}),
        use_store=False,
        themes=ThemeMemory(settings, chosen_theme(theme, settings)),
    )
    app.animation_level = "none"
    return app


async def test_the_theme_chosen_in_the_palette_is_the_theme_at_the_next_launch(seed, tmp_path):
    path = settings_path()
    assert path.is_relative_to(tmp_path)  # never the real home
    app = themed_app(seed, SettingsFile.read(path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
        await pilot.press(*"theme")
        await pilot.press("enter")  # "Theme: change the current theme"
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the theme list")
        await pilot.press(*"textual-light", "enter")
        await until(pilot, lambda: app.theme == "textual-light", "the light theme")
    assert json.loads(path.read_text("utf-8"))["theme"] == "textual-light"
    again = themed_app(seed, SettingsFile.read(path))
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.theme == "textual-light"


async def test_theme_option_and_variable_override_the_remembered_theme(seed, monkeypatch, capsys):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"theme": "textual-light"}', "utf-8")
    monkeypatch.setenv("BRIEFING_THEME", "nord")
    app = themed_app(seed, SettingsFile.read(path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == "nord"
    app = themed_app(seed, SettingsFile.read(path), theme="gruvbox")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == "gruvbox"
    app = themed_app(seed, SettingsFile.read(path), theme="no-such-theme")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == "textual-dark"  # Textual's default, with one warning naming the theme
        assert len(app.themes.warnings) == 1 and "no-such-theme" in app.themes.warnings[0]
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--theme NAME" in capsys.readouterr().out


async def test_a_bad_settings_file_is_one_warning_and_is_never_overwritten(seed):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"theme": "nord",', "utf-8")
    app = themed_app(seed, SettingsFile.read(path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.theme = "textual-light"
        await pilot.pause()
        assert app.is_running
    assert path.read_text("utf-8") == '{"theme": "nord",'
    assert len(app.themes.warnings) == 1 and str(path) in app.themes.warnings[0]
    assert "not valid JSON" in app.themes.warnings[0]


# --- item 15: the focused pane shows it ---------------------------------------------------------------


async def test_the_focused_pane_shows_its_frame_and_a_list_shows_its_cursor_at_once(seed):
    app = make_app(*seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view, parties, statements = app.view, app.query_one(PartyList), app.query_one(StatementList)
        assert view.has_focus
        focused_frame = view.styles.border_top[1]
        assert parties.styles.border_top[1] != focused_frame  # only the focused pane is lit
        await pilot.press("shift+tab")
        assert parties.has_focus and parties.highlighted == 0  # the cursor is on "All" at once
        assert parties.styles.border_top[1] == focused_frame and view.styles.border_top[1] != focused_frame
        await pilot.press("j")
        assert parties.highlighted is not None and parties.highlighted > 0
        await pilot.press("shift+tab")  # round to the Statements pane
        assert statements.has_focus and statements.highlighted is not None
        assert not statements.get_option_at_index(statements.highlighted).disabled


# --- item 13: small screens keep the counter and help in view -------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (200, 60)])
async def test_the_footer_and_article_counter_fit_the_screen(seed, size):
    other = sample_article(SEABED)
    app = BriefingApp(
        [seed[0], other[0]],
        analyzer=GoldAnalyzer({seed[0].id: seed[1], other[0].id: other[1]}),
        use_store=False,
    )
    app.animation_level = "none"
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        footer = app.query_one(ReaderFooter)
        drawn = " ".join(footer.render_line(0).text.split())
        assert "? Help" in drawn and "q Quit" in drawn and "n Next" in drawn, drawn
        counter = app.query_one("#article-counter")
        assert str(counter.render()) == "article 1/2" and counter.region.right <= size[0]
        if size[0] >= 200:
            for key in ("x Export", "v Select", "h Highlight", "[ Prev article", "] Next article"):
                assert key in drawn, drawn


# --- item 16: toasts stay out of the way and do not stack ----------------------------------------------


async def test_toasts_do_not_stack_and_leave_the_input_and_the_pane_in_use(seed):
    from textual.widgets._toast import Toast

    app = make_app(*seed)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)

        def toasts() -> list:
            return [toast for toast in app.screen.query(Toast) if toast.region.area]

        await pilot.press("slash")  # the search box is open
        for _ in range(3):
            app.action_next_article()  # "This is the last article." three times
        await until(pilot, lambda: toasts(), "a toast")
        await pilot.pause()
        assert len(toasts()) == 1  # one message, not three stacked
        search = app.query_one("#search")
        assert search.has_focus and not toasts()[0].region.overlaps(search.region)
        assert not toasts()[0].region.overlaps(app.view.region)  # over the side pane, not the text
        await pilot.press("escape", "m")  # the Notes pane
        notes = app.query_one("NotesPane")
        assert not toasts()[0].region.overlaps(notes.region)
        await pilot.press("escape")
        app.view.focus()
        await pilot.press("tab")
        statements = app.query_one(StatementList)
        assert statements.has_focus
        app.notify("Another message.", markup=False)
        await until(pilot, lambda: len(toasts()) == 2, "the second toast")
        await pilot.pause()
        assert not any(toast.region.overlaps(statements.region) for toast in toasts()), [
            t.region for t in toasts()
        ]


def test_the_help_names_the_no_color_attributes_of_statements_and_entity_marks():
    from briefing.tui.screens import help_rows

    text = " ".join(line for _kind, _key, line in help_rows())
    assert "statements underlined, entity marks italic" in text
