"""Snapshots of the reader (pytest-textual-snapshot): main screen, one party, help, search.

Plain ``def`` tests (snap_compare runs its own event loop). Fixed size, theme and
no animations; the article's source is a bare file name so no path leaks in.
Update with ``pytest tests/test_tui_snapshots.py --snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

import pytest
from tui_support import MACKEREL, GoldAnalyzer, ready, sample_article

from briefing.model import Article
from briefing.tui.app import BriefingApp
from briefing.tui.panes import PartyList

SNAPSHOT_SIZE = (150, 40)


@pytest.fixture
def app() -> BriefingApp:
    article, analysis = sample_article(MACKEREL)
    article = Article.from_text(article.text, "01-wire-mackerel-talks.txt", title=article.title)
    analysis = type(analysis)(
        article.id, analysis.analyzer_version, analysis.parties, analysis.mentions, analysis.statements
    )
    reader = BriefingApp([article], analyzer=GoldAnalyzer({article.id: analysis}), use_store=False)
    reader.animation_level = "none"
    reader.theme = "textual-dark"
    return reader


def test_main_screen(snap_compare, app):
    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("n", "n")

    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=run_before)


def test_one_party_view(snap_compare, app):
    async def run_before(pilot):
        await ready(pilot)
        parties = pilot.app.query_one(PartyList)
        halvorsen = next(p for p in pilot.app.current_analysis.parties if p.name == "Sigrid Halvorsen")
        parties.focus()
        parties.highlight_id(halvorsen.id)
        await pilot.press("enter")

    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=run_before)


def test_help_screen(snap_compare, app):
    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("?")

    assert snap_compare(app, terminal_size=(150, 50), run_before=run_before)


def test_search(snap_compare, app):
    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("/", *"annex", "enter", "n")

    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=run_before)
