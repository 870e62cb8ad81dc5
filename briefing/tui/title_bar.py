"""The title row: the article's title and its place in the briefing ("3/12"), on one line.

Textual's Header is four widgets (icon, title, clock space and itself) with a tall mode the
reader never uses; this one draws the same row as a single widget, which keeps the first
frame's mounting and styling cheaper. A click on it opens the command palette, as
Header's icon does.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.events import Click
from textual.widget import Widget

ICON = "¶"
ICON_CELLS = 8
RIGHT_CELLS = 10


class TitleBar(Widget):
    """``¶  title — n/N``, centred; the title is cut with an ellipsis before the counter is."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        text-wrap: nowrap;
    }
    """

    def on_mount(self) -> None:
        self.watch(self.app, "title", self._retitle, init=False)
        self.watch(self.app, "sub_title", self._retitle, init=False)

    def _retitle(self, _value: str) -> None:
        self.refresh()

    def render(self) -> RenderResult:
        # Header's geometry: the icon in 8 cells, the title centred between, 10 cells kept free
        # on the right (where Header's clock would be).
        middle = max(0, self.size.width - ICON_CELLS - RIGHT_CELLS)
        title = self.app.format_title(self.app.title, self.app.sub_title).center(middle, ellipsis=True)
        return Content.assemble(Content(f" {ICON}").pad_right(ICON_CELLS - 2), title)

    async def on_click(self, event: Click) -> None:
        event.stop()
        await self.run_action("app.command_palette")
