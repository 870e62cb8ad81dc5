"""Snapshot of the note editor over the reader (plain ``def``: snap_compare runs its own loop).

Update with ``pytest tests/test_tui_annotate_snapshot.py --snapshot-update`` and review the SVG.
"""

from __future__ import annotations

from textual.widgets import TextArea
from tui_support import MACKEREL, GoldAnalyzer, ready, sample_article

from briefing.model import Analysis, Article
from briefing.tui.app import BriefingApp

SNAPSHOT_SIZE = (150, 40)


def test_note_editor(snap_compare, tmp_path):
    sample, sample_analysis = sample_article(MACKEREL)
    # A bare file name as the source, so no machine's path shows in the picture.
    article = Article.from_text(sample.text, "01-wire-mackerel-talks.txt", title=sample.title)
    analysis = Analysis(
        article.id,
        sample_analysis.analyzer_version,
        sample_analysis.parties,
        sample_analysis.mentions,
        sample_analysis.statements,
    )
    app = BriefingApp(
        [article], db_path=tmp_path / "notes.json", analyzer=GoldAnalyzer({article.id: analysis})
    )
    app.animation_level = "none"
    app.theme = "textual-dark"

    async def run_before(pilot):
        await ready(pilot)
        await pilot.press("n", "n", "v", "w", "w", "a")
        pilot.app.screen.query_one(TextArea).cursor_blink = False
        await pilot.press(*"Contradicts the March memo #budget")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=run_before)
