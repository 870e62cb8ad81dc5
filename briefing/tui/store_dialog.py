"""The offer shown when the notes file does not parse: its path, what is wrong, and what to do.

Nothing here writes to the bad file. "Start a new notes file" moves it aside
(``store.start_fresh``, done by the app) so its bytes are kept, and gives its
``.bak`` (the previous good version the problem line may name) a name of its own;
"Read without notes" goes on with notes off; "Quit" leaves everything as it was.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefing.safe import terminal_safe
from briefing.tui.button_row import ButtonRow
from briefing.tui.style_sheets import DIALOG_SHEETS


class StoreOfferScreen(ModalScreen[str]):
    """Returns ``"new"``, ``"read"`` or ``"quit"``."""

    CSS_PATH = DIALOG_SHEETS

    BINDINGS = [Binding("escape,q", "choose('quit')", "Quit", key_display="q")]

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__()
        self.path = Path(path)
        self.problem = problem

    def compose(self) -> ComposeResult:
        aside = f"{self.path.name}.corrupt-<time>"
        # The problem line may name notes.json.bak as the previous good version: it is kept too,
        # under a name of its own, so the new file's first save cannot replace it.
        kept = aside
        if self.path.with_name(f"{self.path.name}.bak").exists():
            kept += f", its last good version as {self.path.name}.bak-<time>"
        with Vertical(id="store-offer", classes="dialog"):
            yield Static(Content("The notes file cannot be read"), id="store-offer-heading")
            yield Static(Content(terminal_safe(str(self.path))), id="store-offer-path")
            yield Static(Content(terminal_safe(self.problem)), id="store-offer-problem")
            yield Static(Content("Nothing will be written to it."), id="store-offer-untouched")
            with ButtonRow(id="store-offer-choices"):
                yield Button(
                    Content(f"Start a new notes file (the old one is kept as {kept})"),
                    id="store-offer-new",
                    variant="warning",
                )
                yield Button(
                    Content("Read without notes (nothing is saved)"), id="store-offer-read", variant="primary"
                )
                yield Button(Content("Quit"), id="store-offer-quit")

    def on_mount(self) -> None:
        # The default must write nothing: enter reads on without notes, the file untouched.
        self.query_one("#store-offer-read", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("store-offer-"))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
