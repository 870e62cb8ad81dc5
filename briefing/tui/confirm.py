"""A yes/no question over the reader (discard a note? overwrite a file?)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefing.tui.button_row import ButtonRow
from briefing.tui.style_sheets import DIALOG_SHEETS


class ConfirmScreen(ModalScreen[bool]):
    """Asks one question; ``y``/``n`` or the buttons answer, ``escape`` is no.

    The question is plain text (it may hold a file path or a note), never markup.
    """

    CSS_PATH = DIALOG_SHEETS

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No", key_display="n/esc"),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-body", classes="dialog"):
            yield Static(Content(self.question), id="confirm-question")
            with ButtonRow(classes="dialog-buttons"):
                yield Button(Content(self.yes_label), id="confirm-yes", variant="warning")
                yield Button(Content(self.no_label), id="confirm-no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()  # the safe answer is the default

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
