"""A dialog's row of buttons: the arrow keys move between them (tab still works too)."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button


class ButtonRow(Horizontal):
    """Buttons side by side (or stacked, by style); left/up and right/down move the focus, wrapping."""

    BINDINGS = [
        Binding("left,up", "step(-1)", "Previous button", show=False),
        Binding("right,down", "step(1)", "Next button", show=False),
    ]

    def action_step(self, delta: int) -> None:
        buttons = [button for button in self.query(Button) if button.focusable]
        if not buttons:
            return
        focused = self.screen.focused
        current = buttons.index(focused) if isinstance(focused, Button) and focused in buttons else -1
        buttons[(current + delta) % len(buttons)].focus()
