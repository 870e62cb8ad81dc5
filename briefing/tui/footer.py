"""The footer: the keys that matter most, as many as fit, help and quit always among them.

Textual's Footer cuts its row at the screen's edge (at 80 columns "? Hel", and q hidden).
This one lists the screen's active keys by priority and drops the least important ones
that do not fit; keys of the moment (while selecting, in the Notes pane) come first.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

# Actions in the order they earn their place; keys not named here (the selecting and Notes
# pane keys, shown while they apply) come right after help and quit.
PRIORITY = (
    "help",
    "quit",
    "next",
    "previous",
    "search",
    "annotate",
    "toggle_notes",
    "next_article",
    "previous_article",
    "start_selection",
    "highlight",
    "export_notes",
    "cite",
    "toggle_entities",
)
ALSO_SHOWN = {"previous_article", "start_selection", "highlight", "export_notes"}  # when there is room


class ReaderFooter(Widget):
    """One row of ``key label`` pairs that fits the width."""

    COMPONENT_CLASSES = {"reader-footer--key", "reader-footer--label"}
    DEFAULT_CSS = "ReaderFooter { dock: bottom; height: 1; }"

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen) -> None:
        self.refresh()

    def on_resize(self) -> None:
        self.refresh()

    def entries(self) -> list[tuple[str, str]]:
        """(key, label) of every key the footer would show, most important first, one per action."""
        seen: dict[str, tuple[float, int, str, str]] = {}
        for order, (_, binding, enabled, _tip) in enumerate(self.screen.active_bindings.values()):
            if not enabled or not (binding.show or binding.action in ALSO_SHOWN) or binding.action in seen:
                continue
            rank = float(PRIORITY.index(binding.action)) if binding.action in PRIORITY else 1.5
            seen[binding.action] = (rank, order, self.app.get_key_display(binding), binding.description)
        return [(key, label) for _, _, key, label in sorted(seen.values())]

    def shown(self, width: int) -> list[tuple[str, str]]:
        """The entries that fit ``width`` cells, kept in priority order."""
        chosen, used = [], 0
        for key, label in self.entries():
            cells = len(key) + len(label) + 3  # " key label "
            if used + cells <= width:
                chosen.append((key, label))
                used += cells
        return chosen

    def render(self) -> RenderResult:
        key_style = self.get_visual_style("reader-footer--key")
        label_style = self.get_visual_style("reader-footer--label")
        pieces: list[tuple[str, Style]] = []
        for key, label in self.shown(self.size.width):
            pieces.append((f" {key}", key_style))
            pieces.append((f" {label} ", label_style))
        return Content.assemble(*pieces)
