"""Screens over the reader: the help screen (built from the command table)."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.model import STANCE_GLYPHS, STANCE_HEADINGS, STANCES
from briefing.tui.commands import COMMANDS, SCOPES, bindings, key_label

MARKS = (
    "Each speaker's statements share one colour; narration keeps the plain text colour.",
    "While a search is active, n and N step through its matches; esc ends it.",
    "Where colours run out (or in 16 colours) each speaker has a letter in the margin (key: Parties).",
    "Entity marks (e): people, organisations and states are underlined in their own tint.",
    "Without colour (NO_COLOR): statements underlined, entity marks italic, the current one reversed.",
    "Notes: highlighted in their colour (1–5), with ▌ in the margin where one starts; m lists them.",
    "Mouse: wheel scrolls, a click chooses; hold Shift to select text in most terminals.",
    "Corrections (c; M R T S in Parties): ✎ marks a statement or party the analyst corrected, and a "
    "corrected statement is in italics; the status line says what the analyser had said.",
    "u undoes the most recent correction or note deletion, whichever came last.",
)


def help_rows() -> Iterator[tuple[str, str, str]]:
    """The help screen's rows as (kind, key, text): "heading", "key" (a key and what it does) or "line"."""
    for scope, heading in SCOPES.items():
        yield "heading", "", heading
        for command in COMMANDS:
            if command.scope == scope:
                yield "key", key_label(command), command.description
    yield "heading", "", "Stance glyphs"
    for stance in STANCES:
        yield "key", STANCE_GLYPHS[stance], STANCE_HEADINGS[stance]
    yield "heading", "", "Marks"
    for line in MARKS:
        yield "line", "", line


class HelpScreen(ModalScreen[None]):
    """The list of every key; any of escape, q or ? closes it; the article's keys scroll it.

    Each key is a row of two cells, so a description that wraps keeps to its own
    column (a hanging indent) at any width.
    """

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", key_display="esc"),
        *bindings("article"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Content("Keys"), id="help-title")
            for kind, key, text in help_rows():
                if kind == "key":
                    with Horizontal(classes="help-row"):
                        yield Static(Content(key), classes="help-key")
                        yield Static(Content(text), classes="help-description")
                else:
                    yield Static(Content(text), classes=f"help-{kind}")

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def action_line_down(self) -> None:
        self.body.scroll_relative(y=1, animate=False)

    def action_line_up(self) -> None:
        self.body.scroll_relative(y=-1, animate=False)

    def action_page_down(self) -> None:
        self.body.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.body.scroll_page_up(animate=False)

    def action_half_page_down(self) -> None:
        self.body.scroll_relative(y=max(self.body.scrollable_content_region.height // 2, 1), animate=False)

    def action_half_page_up(self) -> None:
        self.body.scroll_relative(y=-max(self.body.scrollable_content_region.height // 2, 1), animate=False)

    def action_top(self) -> None:
        self.body.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.body.scroll_end(animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
