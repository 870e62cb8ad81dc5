"""Screens over the reader: the help screen (built from the command table)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.model import STANCE_GLYPHS, STANCE_HEADINGS, STANCES
from briefing.tui.commands import COMMANDS, SCOPES, key_label

KEY_COLUMN = 14


def help_text() -> Content:
    """Every key with what it does, by where it works, then the legend for glyphs and marks."""
    parts: list[Content | str | tuple[str, str]] = []
    for scope, heading in SCOPES.items():
        parts.append((f"{heading}\n", "bold"))
        for command in COMMANDS:
            if command.scope == scope:
                parts.append((f"  {key_label(command):<{KEY_COLUMN}}", "bold"))
                parts.append(f"{command.description}\n")
        parts.append("\n")
    parts.append(("Stance glyphs\n", "bold"))
    for stance in STANCES:
        parts.append(f"  {STANCE_GLYPHS[stance]}  {STANCE_HEADINGS[stance]}\n")
    parts.append("\n")
    parts.append(("Marks\n", "bold"))
    parts.append(
        "  Each speaker's statements share one colour; narration keeps the plain text colour.\n"
        "  While a search is active, n and N step through its matches; esc ends it.\n"
        "  Where colours run out (or in 16 colours) each speaker has a letter in the margin (key: Parties).\n"
        "  Entity marks (e): people, organisations and states are underlined in their own tint.\n"
        "  Without colour (NO_COLOR): statements underlined, entity marks italic, the current one reversed.\n"
        "  Notes: highlighted in their colour (1–5), with ▌ in the margin where one starts; m lists them.\n"
        "  Mouse: wheel scrolls, a click chooses; hold Shift to select text in most terminals.\n"
        "  Corrections (c; M R T S in Parties): ✎ marks a statement or party the analyst corrected, and a\n"
        "  corrected statement is in italics; the status line says what the analyser had said.\n"
        "  u undoes the most recent correction or note deletion, whichever came last.\n"
    )
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """The list of every key; any of escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help", key_display="esc")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Content("Keys"), id="help-title")
            yield Static(help_text(), id="help-text")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
