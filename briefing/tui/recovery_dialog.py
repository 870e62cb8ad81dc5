"""The dialog offering a note that a stopped reader was writing (``draft_recovery.DraftRecovery``).

Apart from the recovery itself so the reader's launch does not import a dialog it seldom shows.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefing.tui.button_row import ButtonRow
from briefing.tui.draft_recovery import DraftRecord
from briefing.tui.safe_text import display_safe
from briefing.tui.style_sheets import DIALOG_SHEETS


class RecoveryOfferScreen(ModalScreen[str]):
    """Returns ``"restore"``, ``"discard"`` or ``"later"`` (escape)."""

    CSS_PATH = DIALOG_SHEETS

    BINDINGS = [
        Binding("r", "choose('restore')", "Restore"),
        Binding("d", "choose('discard')", "Discard"),
        Binding("escape", "choose('later')", "Later", key_display="esc"),
    ]

    def __init__(self, path: Path, draft: DraftRecord) -> None:
        super().__init__()
        self.path = path
        self.draft = draft

    def compose(self) -> ComposeResult:
        excerpt = " ".join(display_safe(self.draft.note).split())
        excerpt = excerpt if len(excerpt) <= 200 else excerpt[:199] + "…"
        with Vertical(id="recovery-offer", classes="dialog"):
            yield Static(Content("A note was being written when briefing was stopped"), classes="heading")
            yield Static(Content(f"“{excerpt}”"), id="recovery-note")
            yield Static(Content(f"On {display_safe(self.draft.source)}; kept in {self.path}"))
            yield Static(Content("esc: decide later (the file stays)"))
            with ButtonRow(classes="dialog-buttons"):
                yield Button(
                    Content("Restore it into the editor (r)"), id="recovery-restore", variant="primary"
                )
                yield Button(Content("Discard it (d)"), id="recovery-discard", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#recovery-restore", Button).focus()  # keeping the words is the safe choice

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("recovery-"))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
