"""The Parties pane lists the parties an article names: an unnamed spokeswoman's statements count
for the body she speaks for, and sources who speak for no named party are one row apart."""

from __future__ import annotations

import pytest
from test_tui_keys import make_app, option_texts, status_text, swatch_of
from tui_support import DELEGATION, SIZE, SPOKESWOMAN, UNNAMED, mackerel_with_unnamed_sources, ready

from briefing.model import UNNAMED_SOURCES
from briefing.tui.article_view import ArticleView
from briefing.tui.panes import ALL_PARTIES, MENTIONED_ONLY, UNNAMED_SOURCES_ROW, PartyList, StatementList


@pytest.fixture(scope="module")
def seed():
    return mackerel_with_unnamed_sources()


def _statements_by(analysis, *names: str) -> list:
    ids = {p.id for p in analysis.parties if p.name in names}
    return [s for s in analysis.statements if s.party_id in ids]


async def test_an_unnamed_spokeswoman_counts_for_the_body_she_speaks_for(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        options = option_texts(app.query_one(PartyList))
        assert not [text for text in options if SPOKESWOMAN in text]
        spoken = len(_statements_by(analysis, SPOKESWOMAN))
        row = f"{swatch_of(app, DELEGATION)} {spoken} {DELEGATION}"
        assert row in options and options.index(row) < options.index(MENTIONED_ONLY)
        # Choosing the delegation shows her statements, each under her own words.
        parties = app.query_one(PartyList)
        parties.focus()
        delegation = next(p for p in analysis.parties if p.name == DELEGATION)
        parties.highlight_id(delegation.id)
        await pilot.press("enter")
        listed = [t for t in option_texts(app.query_one(StatementList)) if ": " in t]
        assert len(listed) == spoken and all(f" {SPOKESWOMAN}: " in t for t in listed)
        assert f"only {DELEGATION}" in status_text(app)


async def test_sources_that_speak_for_no_named_party_are_one_row_apart(seed):
    article, analysis = seed
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        options = option_texts(app.query_one(PartyList))
        unnamed = _statements_by(analysis, *UNNAMED)
        assert not [text for text in options if any(name in text for name in UNNAMED)]
        heading = options.index("Unnamed sources")
        row = options.index(f"■ {len(unnamed)} {UNNAMED_SOURCES_ROW}")
        assert heading + 1 == row < options.index(MENTIONED_ONLY)
        # Every statement is still there: the rows' counts add up to all of them.
        parties = app.query_one(PartyList)
        rows = [parties.get_option_at_index(i) for i in range(parties.option_count)]
        counts = [int(str(o.prompt).split()[1]) for o in rows if o.id and o.id != ALL_PARTIES]
        assert sum(counts) == len([s for s in analysis.statements if s.party_id])
        parties.focus()
        parties.highlight_id(UNNAMED_SOURCES)
        await pilot.press("enter")
        assert app.state.party_filter == UNNAMED_SOURCES
        assert app.query_one(ArticleView).focus_party == UNNAMED_SOURCES
        listed = [t for t in option_texts(app.query_one(StatementList)) if ": " in t]
        assert len(listed) == len(unnamed)
        assert all(any(f" {name}: " in t for name in UNNAMED) for t in listed)
        assert "only unnamed sources" in status_text(app)
        # n steps through the unnamed sources' statements only.
        await pilot.press("n")
        first = analysis.statements[app.state.current_statement]
        await pilot.press("n")
        second = analysis.statements[app.state.current_statement]
        assert {first.party_id, second.party_id} <= {s.party_id for s in unnamed} and first != second
