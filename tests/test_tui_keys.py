"""Pilot tests: every key of the reader does what the help screen says, on real articles.

The analyses come from the corpus's gold files through a stand-in analyser, so
no test here loads spaCy (see test_tui_real.py for the real one).
"""

from __future__ import annotations

import threading

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import OptionList
from tui_support import MACKEREL, SEABED, SIZE, GoldAnalyzer, ready, sample_article, until

from briefing.model import STANCE_HEADINGS
from briefing.tui.app import BriefingApp
from briefing.tui.article_view import ArticleView
from briefing.tui.commands import COMMANDS
from briefing.tui.panes import PartyList, StatementList, statement_option_id
from briefing.tui.reader_state import find_matches
from briefing.tui.screens import HelpScreen


@pytest.fixture(scope="module")
def seed():
    return sample_article(MACKEREL)


@pytest.fixture(scope="module")
def sondland():
    return sample_article(SEABED)


def make_app(*pairs, analyzer=None) -> BriefingApp:
    analyses = {article.id: analysis for article, analysis in pairs}
    app = BriefingApp(
        [article for article, _ in pairs], analyzer=analyzer or GoldAnalyzer(analyses), use_store=False
    )
    app.animation_level = "none"
    return app


def screen_lines(view: ArticleView) -> list[str]:
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


def visible_text(view: ArticleView) -> str:
    return " ".join(" ".join(screen_lines(view)).split())


def status_text(app: BriefingApp) -> str:
    return str(app.query_one("#status").render())


def swatch_of(app: BriefingApp, speaker: str) -> str:
    """A speaker's swatch in the Parties pane: its margin marker when there are more speakers than
    colours, else the coloured square."""
    return app.view.markers.get(speaker, "■")


def option_texts(option_list: OptionList) -> list[str]:
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


async def test_text_is_on_screen_before_the_analysis_ends(seed):
    article, analysis = seed
    release = threading.Event()

    def slow_analyzer(_article):
        release.wait(10)
        return analysis

    app = make_app(seed, analyzer=slow_analyzer)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert "Mackerel talks stall" in visible_text(view)
        assert view.analysis is None
        assert "Analysing" in status_text(app)
        release.set()
        await ready(pilot)
        assert view.analysis is analysis
        assert f"{len(analysis.statements)} statements" in status_text(app)


async def test_parties_pane_groups_parties_with_their_statement_counts(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        options = option_texts(app.query_one(PartyList))
        assert options[0] == f"All {len(analysis.statements)} statements"
        assert "People" in options
        halvorsen_count = sum(1 for s in analysis.statements if s.speaker == "Sigrid Halvorsen")
        swatch = swatch_of(app, "Sigrid Halvorsen")
        assert f"{swatch} {halvorsen_count} Sigrid Halvorsen" in options
        # People come before any organisation heading, each under its own heading.
        people = options.index("People")
        assert options.index(f"{swatch} {halvorsen_count} Sigrid Halvorsen") > people


async def test_statements_pane_groups_by_stance(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        options = option_texts(app.query_one(StatementList))
        for stance in {s.stance for s in analysis.statements}:
            count = sum(1 for s in analysis.statements if s.stance == stance)
            assert f"{STANCE_HEADINGS[stance]}  {count}" in options
        assert any(text.startswith("✗ Norway: ") for text in options)


async def test_n_and_shift_n_step_through_statements_showing_speaker_cue_and_stance(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=(120, 20)) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("n")
        assert app.state.current_statement == 0
        first = analysis.statements[0]
        assert STANCE_HEADINGS[first.stance] in status_text(app)
        assert first.speaker in status_text(app)
        await pilot.press("n", "n", "n", "n", "n")
        assert app.state.current_statement == 5
        fifth = analysis.statements[5]
        assert view.is_line_visible(view.line_of_offset(fifth.start))
        assert " ".join(fifth.text.split()[:3]) in visible_text(view)
        assert f"“{fifth.cue}”" in status_text(app)
        await pilot.press("N")
        assert app.state.current_statement == 4
        await pilot.press("escape", "g", "N")  # nothing current, at the top: N wraps to the last
        assert app.state.current_statement == len(analysis.statements) - 1
        await pilot.press("n")
        assert app.state.current_statement == 0


async def test_scroll_keys_move_the_article(seed):
    article, _ = seed
    app = make_app(seed)
    async with app.run_test(size=(100, 16)) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        page = view.scrollable_content_region.height
        await pilot.press("j", "j", "down")
        assert view.scroll_y == 3
        await pilot.press("k", "up")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y == 1 + page
        await pilot.press("b")
        assert view.scroll_y == 1
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > page
        assert article.text.split()[-1] in visible_text(view)  # the last words are in view
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("pagedown", "end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.scroll_y == 0


async def test_tab_and_shift_tab_move_between_panes(seed):
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(app.focused, StatementList)
        await pilot.press("tab")
        assert isinstance(app.focused, PartyList)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, StatementList)


async def test_enter_on_a_party_shows_only_its_statements_and_escape_clears(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        parties = app.query_one(PartyList)
        parties.focus()
        halvorsen = next(p for p in analysis.parties if p.name == "Sigrid Halvorsen")
        parties.highlight_id(halvorsen.id)
        await pilot.press("enter")
        assert app.state.party_filter == halvorsen.id
        assert app.query_one(ArticleView).focus_party == halvorsen.id
        listed = [t for t in option_texts(app.query_one(StatementList)) if ": " in t]
        assert listed and all(t.split(" ", 1)[1].startswith("Sigrid Halvorsen:") for t in listed)
        assert "only Sigrid Halvorsen" in status_text(app)
        # n now steps through that party's statements only.
        await pilot.press("n", "n")
        assert analysis.statements[app.state.current_statement].party_id == halvorsen.id
        await pilot.press("escape")
        assert app.state.party_filter is None
        assert app.query_one(ArticleView).focus_party is None
        assert len([t for t in option_texts(app.query_one(StatementList)) if ": " in t]) == len(
            analysis.statements
        )


async def test_enter_on_a_statement_jumps_to_it(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=(120, 20)) as pilot:
        await ready(pilot)
        statements = app.query_one(StatementList)
        statements.focus()
        last = len(analysis.statements) - 1
        statements.highlight_id(statement_option_id(last))
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        assert app.state.current_statement == last
        assert view.is_line_visible(view.line_of_offset(analysis.statements[last].start))
        assert view.scroll_y > 0


async def test_slash_searches_marks_and_counts_and_n_steps_through_matches(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=(120, 20)) as pilot:
        await ready(pilot)
        await pilot.press("/")
        await pilot.press(*"annex")
        expected = find_matches(article.text, "annex")
        assert len(expected) == article.text.lower().count("annex") > 5
        await pilot.press("enter")
        assert f"1/{len(expected)} matches" in status_text(app)
        await pilot.press("n", "n")
        assert app.state.match_index == 2
        await pilot.press("N")
        assert app.state.match_index == 1
        view = app.query_one(ArticleView)
        assert view.is_line_visible(view.line_of_offset(expected[1][0]))
        await pilot.press("escape")
        assert not app.search_active
        await pilot.press("n")
        assert app.state.current_statement is not None


async def test_search_with_no_match_says_so(seed):
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("/", *"zebra", "enter")
        assert "No matches for “zebra”" in status_text(app)


async def test_brackets_move_between_articles_and_the_header_shows_the_place(seed, sondland):
    app = make_app(seed, sondland)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.sub_title == "1/2"
        await pilot.press("]")
        assert app.index == 1 and app.sub_title == "2/2"
        assert app.query_one(ArticleView).article is sondland[0]
        assert app.query_one(ArticleView).analysis is sondland[1]
        await pilot.press("]")
        assert app.index == 1
        await pilot.press("[")
        assert app.index == 0 and app.sub_title == "1/2"


async def test_e_toggles_entity_marks(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        mention = next(m for m in analysis.mentions if "Iceland" in m.text)
        y = view.line_of_offset(mention.end - 1)

        def mention_underlined() -> bool:
            return any(
                seg.text.strip() and "Iceland" in seg.text and seg.style.underline
                for seg in view.render_line(y - round(view.scroll_y))
            )

        assert mention_underlined()
        await pilot.press("e")
        assert not view.show_mentions
        assert not mention_underlined()
        await pilot.press("e")
        assert mention_underlined()


async def test_y_copies_the_current_statement_as_a_citation(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("y")
        assert app.clipboard == ""  # nothing chosen yet: nothing sent
        await pilot.press("n", "y")
        first = analysis.statements[0]
        assert app.clipboard.startswith(f"“{' '.join(first.text.split())}” — {first.speaker}, {first.cue} (")
        assert article.title in app.clipboard and article.source in app.clipboard
        assert f"paragraph {article.paragraph_index(first.start) + 1}" in app.clipboard


async def test_o_opens_the_source_page(seed, tmp_path):
    article, analysis = seed
    page = tmp_path / "page.txt"
    page.write_text(article.text, encoding="utf-8")
    local = type(article)(**{**article.__dict__, "source": str(page)})
    app = make_app((local, analysis))
    opened: list[str] = []
    app.open_url = lambda url, **_: opened.append(url)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("o")
        assert opened == [page.resolve().as_uri()]


async def test_question_mark_shows_help_with_every_key(seed):
    app = make_app(seed)
    async with app.run_test(size=(140, 60)) as pilot:
        await ready(pilot)
        await pilot.press("?")
        assert isinstance(app.screen, HelpScreen)
        help_text = " ".join(str(part.render()) for part in app.screen.query("#help-body Static"))
        for command in COMMANDS:
            assert command.description in help_text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits(seed):
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_palette_offers_go_to_party(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"go to party sigrid halvorsen")
        await until(pilot, lambda: app.screen.query_one(CommandList).option_count > 0, "the palette's hits")
        await pilot.press("enter")
        halvorsen = next(p for p in analysis.parties if p.name == "Sigrid Halvorsen")
        await until(pilot, lambda: app.state.party_filter == halvorsen.id, "the party to be chosen")


async def test_clicking_a_statement_makes_it_current(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        second = analysis.statements[1]
        y = view.line_of_offset(second.start + 5)
        line = view.render_line(y).text
        x = line.index(article.text[second.start + 5 : second.start + 12])
        frame = view.content_region.offset - view.region.offset  # the pane's frame
        await pilot.click(ArticleView, offset=(x + 1 + frame.x, y + frame.y))
        assert app.state.current_statement == 1


async def test_clicking_rows_of_the_side_lists_chooses_them(seed):
    """The side lists draw their rows themselves (``SideList.render_line``): a click still reaches
    the row under the pointer."""
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        parties = app.query_one(PartyList)
        halvorsen = next(p for p in analysis.parties if p.name == "Sigrid Halvorsen")
        row = parties.get_option_index(halvorsen.id)
        assert "Sigrid Halvorsen" in parties.render_line(row).text
        frame = parties.content_region.offset - parties.region.offset
        await pilot.click(PartyList, offset=(frame.x + 3, frame.y + row))
        await until(pilot, lambda: app.state.party_filter == halvorsen.id, "the clicked party to be chosen")
        statements = app.query_one(StatementList)
        first = next(
            index
            for index in range(statements.option_count)
            if not statements.get_option_at_index(index).disabled
        )
        chosen = statements.get_option_at_index(first).id
        frame = statements.content_region.offset - statements.region.offset
        await pilot.click(StatementList, offset=(frame.x + 3, frame.y + first))
        await until(
            pilot,
            lambda: (
                app.state.current_statement is not None
                and statement_option_id(app.state.current_statement) == chosen
            ),
            "the clicked statement to be current",
        )


async def test_palette_runs_the_apps_commands(seed):
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.query_one(ArticleView).show_mentions
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"show or hide entity marks")
        await until(pilot, lambda: app.screen.query_one(CommandList).option_count > 0, "the palette's hits")
        await pilot.press("enter")
        await until(pilot, lambda: not app.query_one(ArticleView).show_mentions, "the entity marks to go")


async def test_further_sources_load_in_the_background_while_the_first_is_read(seed, sondland, tmp_path):
    article, analysis = seed
    extra = tmp_path / "extra.txt"
    extra.write_text(sondland[0].text, encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    analyzer = GoldAnalyzer({article.id: analysis})
    app = BriefingApp([article], analyzer=analyzer, use_store=False, more_sources=[str(extra), missing])
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert len(app.articles) == 2 and app.sub_title == "1/2"
        assert app.articles[1].text.strip() == sondland[0].text.strip()
        assert app.articles[1].id in analyzer.calls  # analysed in the background too
        assert len(app.load_errors) == 1 and "missing.txt" in app.load_errors[0]
        await pilot.press("]")
        assert app.query_one(ArticleView).article is app.articles[1]


async def test_mouse_selection_maps_to_article_text(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        target = article.text.index("The dispute centres on a two-page annex")
        y = view.line_of_offset(target)
        x = view.render_line(y).text.index("The dispute centres on")
        frame = view.content_region.offset - view.region.offset  # the pane's frame
        x, y = x + frame.x, y + frame.y
        await pilot.mouse_down(ArticleView, offset=(x, y))
        await pilot.hover(ArticleView, offset=(x + 10, y + 1))
        await pilot.mouse_up(ArticleView, offset=(x + 10, y + 1))
        await pilot.pause()
        start, end = view.mouse_selection
        assert start == target
        assert article.text[start:end].startswith("The dispute centres on a two-page annex")
        assert "\n" not in article.text[start:end]
        assert app.screen.get_selected_text() == article.text[start:end]


async def test_parties_without_statements_are_listed_below_those_who_speak(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        options = option_texts(app.query_one(PartyList))
        heading = options.index("Also mentioned")
        # The Commission is named three times but says nothing: still listed, under the speakers.
        assert options.index("■ 0 Commission") > heading
        assert options.index("■ 0 Commission") < options.index("■ 0 Bergen")  # most mentioned first
        speakers = [text for text in options[:heading] if text[1:2] == " " and text[2:3].isdigit()]
        assert speakers and all(not text[1:].startswith(" 0 ") for text in speakers)
        assert options.index(f"{swatch_of(app, 'Eyjólfur Magnússon')} 7 Eyjólfur Magnússon") < heading


async def test_a_long_party_name_is_cut_but_its_statement_count_stays_in_view(seed):
    app = make_app(seed)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        parties = app.query_one(PartyList)
        lines = [parties.render_line(y).text for y in range(parties.size.height)]
        # "Fishing industry groups in all five jurisdictions" said one thing: its name is cut, its count not.
        (officials,) = [
            line
            for line in lines
            if line.startswith(
                f"{swatch_of(app, 'Fishing industry groups in all five jurisdictions')} 1 Fishing"
            )
        ]
        assert officials.rstrip().endswith("…")


@pytest.mark.parametrize("width", [80, 100])
async def test_a_narrow_terminal_leaves_the_article_room_to_read(seed, width):
    app = make_app(seed)
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        assert view.size.width >= 45  # a column of text, not a few letters a line
        assert "Mackerel talks stall" in visible_text(view)
        assert app.query_one(PartyList).display  # the parties and their counts stay in view
        await pilot.press("n")
        assert "1/" in status_text(app)  # statements are still reached with n/N
