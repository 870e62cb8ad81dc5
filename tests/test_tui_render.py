"""What the article pane draws: speaker colours, glyphs, NO_COLOR, themes, and hostile text kept inert."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from tui_support import MACKEREL, SIZE, GoldAnalyzer, ready, sample_article

from briefing.model import STANCE_GLYPHS, Analysis, Article, Mention, Party, Statement
from briefing.tui.app import BriefingApp
from briefing.tui.article_view import GUTTER, ArticleView
from briefing.tui.colours import PALETTE_SIZE, assign_slots, preferred_slot
from briefing.tui.document import Layout, build_blocks, wrap
from briefing.tui.panes import PartyList, StatementList


@pytest.fixture(scope="module")
def seed():
    return sample_article(MACKEREL)


def make_app(article: Article, analysis: Analysis) -> BriefingApp:
    app = BriefingApp([article], analyzer=GoldAnalyzer({article.id: analysis}), use_store=False)
    app.animation_level = "none"
    return app


def colours_of(view: ArticleView, start: int, end: int) -> set:
    """Foreground colours of the characters drawing article text ``[start, end)`` (spaces aside)."""
    layout = view.text_layout
    found = set()
    for y in range(layout.line_of_offset(start), layout.line_of_offset(end - 1) + 1):
        line = layout.lines[y]
        block = layout.blocks[line.block]
        first, last = block.display_range(start, end)
        view.scroll_to(y=y, animate=False, immediate=True)
        cells = [(ch, seg.style) for seg in view.render_line(0) for ch in seg.text]
        for index in range(max(first, line.start), min(last, line.end)):
            char, style = cells[GUTTER + index - line.start]
            if not char.isspace():
                found.add(style.color)
    return found


async def test_statements_are_drawn_in_their_speakers_colour_which_narration_lacks(seed):
    article, analysis = seed
    app = make_app(article, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        view.show_mentions = False
        by_price = [s for s in analysis.statements if s.speaker == "Sigrid Halvorsen"]
        by_mission = [s for s in analysis.statements if s.speaker == "Eyjólfur Magnússon"]
        price_colours = set().union(*(colours_of(view, s.start, s.end) for s in by_price[:1]))
        mission_colours = set().union(*(colours_of(view, s.start, s.end) for s in by_mission[:1]))
        narration = article.text.index("The dispute centres on a two-page annex")
        narration_colours = colours_of(view, narration, narration + 60)
        assert len(price_colours) == 1 and len(mission_colours) == 1
        assert price_colours != mission_colours
        assert not (price_colours | mission_colours) & narration_colours


async def test_each_statement_starts_with_its_stance_glyph(seed):
    article, analysis = seed
    app = make_app(article, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        for statement in analysis.statements[:6]:
            y = view.line_of_offset(statement.start)
            view.scroll_to(y=y, animate=False, immediate=True)
            line = view.render_line(0).text
            head = " ".join(article.text[statement.start : statement.end].split()[:1])
            assert f"{STANCE_GLYPHS[statement.stance]} {head}" in line


async def test_no_color_keeps_statements_apart_by_text_style(seed, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    article, analysis = seed
    app = make_app(article, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.no_color
        view = app.query_one(ArticleView)
        view.show_mentions = False
        first = next(s for s in analysis.statements if s.speaker == "Sigrid Halvorsen")
        view.scroll_to(y=view.line_of_offset(first.start), animate=False, immediate=True)
        segments = [*view.render_line(0), *view.render_line(1)]
        quoted = [seg for seg in segments if "There is no side deal" in seg.text]
        narration = [seg for seg in segments if "Norway denied" in seg.text]
        assert quoted and all(seg.style.underline for seg in quoted)
        assert narration and not any(seg.style.underline for seg in narration)


async def test_light_theme_has_its_own_readable_speaker_colours(seed):
    article, analysis = seed
    app = make_app(article, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        view.show_mentions = False
        first = next(s for s in analysis.statements if s.speaker == "Sigrid Halvorsen")
        dark = colours_of(view, first.start, first.end)
        app.theme = "textual-light"
        await pilot.pause()
        light = colours_of(view, first.start, first.end)
        assert dark != light
        background = view.rich_style.bgcolor.triplet
        (colour,) = light
        # Dark on light: the speaker colour is much darker than the light background.
        assert sum(colour.triplet) < sum(background) / 2


def test_slots_are_stable_and_distinct_for_twelve_speakers():
    names = [f"Speaker {n}" for n in range(PALETTE_SIZE)]
    slots = assign_slots(names)
    assert sorted(slots.values()) == list(range(1, PALETTE_SIZE + 1))
    assert assign_slots(reversed(names)) == slots  # order of appearance does not matter
    assert 1 <= preferred_slot("Sigrid Halvorsen") <= PALETTE_SIZE


def test_a_speakers_preferred_slot_is_the_same_in_every_run():
    # Two processes with different string hashing: the slot must not come from hash().
    names = "('Ana Lund', 'Bo Ek')"
    code = f"from briefing.tui.colours import preferred_slot as p; print([p(n) for n in {names}])"
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1] and runs[0].startswith("[")


def test_wrap_fits_width_and_keeps_every_word():
    text = "One two three " * 40 + "a" * 30 + " end"
    lines = wrap(text, 20)
    assert all(end - start <= 20 for start, end in lines)
    assert " ".join(text[start:end] for start, end in lines).split() == text.split()[:-2] + [
        "a" * 20,
        "a" * 10,
        "end",
    ]


def test_layout_maps_offsets_to_lines_and_back(seed):
    article, analysis = seed
    layout = Layout(build_blocks(article, analysis), 60)
    for statement in analysis.statements:
        y = layout.line_of_offset(statement.start)
        line = layout.lines[y]
        block = layout.blocks[line.block]
        assert STANCE_GLYPHS[statement.stance] in block.text[line.start : line.end]
    for paragraph_start, _ in article.paragraphs[1:]:
        y = layout.line_of_offset(paragraph_start)
        assert layout.offset_of_line(y) == paragraph_start


HOSTILE = (
    "Hostile text\n\n"
    "He wrote [bold]loud[/bold] and [@click=app.quit]click me[/] and [link=https://evil.example]x[/link].\n\n"
    "Escapes: \x1b]52;c;ZXZpbA==\x07 then \x1b[31mred\x1b[0m then \x9b31m and \x1b]8;;https://evil.example\x1b\\link.\n\n"
    "Bidi: \u202eevil\u202c and \u2066iso\u2069 end.\n\n"
    "“[b]Quoted[/b] \x1b[2J words,” said [red]Mallory[/red]."
)


def hostile_article() -> tuple[Article, Analysis]:
    article = Article.from_text(HOSTILE, "[bold]source[/bold]", title="[b]Title[/b] \x1b[31m")
    quote_start = HOSTILE.index("“")
    quote_end = HOSTILE.index("”") + 1
    name_start = HOSTILE.index("[red]Mallory")
    name_end = name_start + len("[red]Mallory[/red]")
    party = Party("p1", "[red]Mallory[/red]", "PERSON", mentions=((name_start, name_end),))
    statement = Statement(
        quote_start,
        quote_end,
        HOSTILE[quote_start:quote_end],
        "direct",
        "claim",
        party.name,
        "p1",
        (name_start, name_end),
        "said",
    )
    mention = Mention(name_start, name_end, party.name, "PERSON", "p1")
    return article, Analysis(article.id, "test", (party,), (mention,), (statement,))


async def test_hostile_text_is_drawn_literally_and_never_reaches_the_terminal():
    article, analysis = hostile_article()
    app = make_app(article, analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        drawn = [view.render_line(y) for y in range(view.line_count)]
        text = "\n".join(strip.text for strip in drawn)
        for literal in (
            "[bold]loud[/bold]",
            "[@click=app.quit]click me[/]",
            "[link=https://evil.example]x[/link]",
        ):
            assert literal in text
        assert "[b]Quoted[/b]" in text and "[red]Mallory[/red]" in text
        for strip in drawn:
            for segment in strip:
                assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in segment.text)
                assert not any(
                    ch in segment.text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                )
                assert segment.style is None or segment.style.link is None
        assert "␛]52;c;ZXZpbA==␇" in text  # shown, not sent
        panes = [app.query_one(PartyList), app.query_one(StatementList)]
        pane_text = "\n".join(
            pane.render_line(y).text for pane in panes for y in range(pane.scrollable_content_region.height)
        )
        assert "[red]Mallory[/red]" in pane_text
        assert app.title.startswith("[b]Title[/b] ␛[31m")
        # Clicking the would-be [@click=app.quit] does nothing but choose text.
        y = next(n for n, strip in enumerate(drawn) if "[@click=app.quit]" in strip.text)
        x = drawn[y].text.index("click me")
        await pilot.click(ArticleView, offset=(x, y))
        await pilot.pause()
        assert app.is_running
        await pilot.press("n", "y")
        assert "[b]Quoted[/b] ␛[2J words" in app.clipboard
        assert "\x1b" not in app.clipboard


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_side_panes_frames_show_in_dark_and_light_themes(seed, theme):
    app = make_app(*seed)
    app.theme = theme
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        for pane in (app.query_one(PartyList), app.query_one(StatementList)):
            behind = pane.styles.background
            frame = behind + pane.styles.border_top[1]  # as drawn: a translucent colour over the pane
            assert contrast(frame, behind) >= 2, f"{pane.id} frame barely shows in {theme}"


def contrast(one, other) -> float:
    def luminance(colour) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
