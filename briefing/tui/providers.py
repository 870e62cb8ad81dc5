"""Command palette provider: "go to party …" for every party of the article on screen."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from briefing.tui.safe_text import display_safe

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


class PartyProvider(Provider):
    """Offers each party of the current article; choosing one shows only its statements."""

    def _parties(self) -> list[tuple[str, str]]:
        app: BriefingApp = self.app  # type: ignore[assignment]
        analysis = app.current_analysis
        if analysis is None:
            return []
        return [(party.id, f"Go to party {display_safe(party.name)}") for party in analysis.parties]

    async def discover(self) -> Hits:
        app: BriefingApp = self.app  # type: ignore[assignment]
        for party_id, title in self._parties():
            yield DiscoveryHit(
                Content(title), partial(app.choose_party, party_id), help="Show only this party's statements"
            )

    async def search(self, query: str) -> Hits:
        app: BriefingApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for party_id, title in self._parties():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    Content(title),  # not matcher.highlight: it parses the name as markup
                    partial(app.choose_party, party_id),
                    help="Show only this party's statements",
                )
