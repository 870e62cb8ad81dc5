"""A checkbox whose state is in its text: ``[x] label`` or ``[ ] label``.

Textual's ``Checkbox`` draws the same glyph on and off and tells them apart by
colour alone, so without colour (``NO_COLOR``, a monochrome terminal, a screen
reader's text) a box that is off looks ticked. This one writes the state.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class PlainCheckbox(Checkbox):
    """A ``Checkbox`` (same keys, same ``Changed`` message) that shows ``[x]``/``[ ]`` before its label."""

    # The drawn button is replaced by the mark in the label.
    BUTTON_LEFT = ""
    BUTTON_INNER = ""
    BUTTON_RIGHT = ""

    DEFAULT_CSS = """
    PlainCheckbox {
        border: none;
        padding: 0;
        height: 1;
        background: transparent;
        &:focus {
            border: none;
            & > .toggle--label {
                text-style: bold reverse;
            }
        }
    }
    """

    def __init__(self, label: str, value: bool = False, *, id: str | None = None) -> None:
        self.words = label
        super().__init__(Content(self._marked(value)), value, id=id)

    def _marked(self, value: bool) -> str:
        return f"[{'x' if value else ' '}] {self.words}"

    def watch_value(self) -> None:
        self.label = Content(self._marked(self.value))
        super().watch_value()

    def set_text(self, label: str) -> None:
        """Change the words after the mark."""
        self.words = label
        self.label = Content(self._marked(self.value))
