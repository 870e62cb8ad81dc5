"""Rows of the side lists: one line each, cut with an ellipsis at the pane's edge, never wrapped.

OptionList measures every option's height and renders each through Content's wrapping and
formatting, which is most of what the Parties and Statements panes cost to draw (and they are
drawn in the reader's first frame). A row that is one line at any width needs none of it: its
height is 1 and it renders as one cut strip.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.css.types import TextOverflow
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions

ELLIPSIS = "…"


class OneLineRow(Content):
    """A Content of one line (no line breaks) that the lists never wrap."""

    @classmethod
    def of(cls, content: Content) -> OneLineRow:
        plain = content.plain.replace("\n", " ")  # a name with a line break stays one row
        return cls(plain, list(content.spans))

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        if width <= 0:
            return []
        overflow: TextOverflow = options.rules.get("text_overflow", "ellipsis")
        return [self.strip(width, style, ellipsis=overflow == "ellipsis")]

    def strip(self, width: int, style: Style, *, ellipsis: bool = True) -> Strip:
        """The row cut to ``width`` cells (with "…" when ``ellipsis``), as one strip."""
        line: Content = self.truncate(width, ellipsis=ellipsis) if self.cell_length > width else self
        return Strip(line.render_segments(style), line.cell_length)
