"""The note editor: a modal with the quoted words, a multi-line note, tags and a highlight colour.

It only edits a draft and returns it (``NoteDraft``) on ``ctrl+s``, or ``None``
when cancelled; the app saves it. ``escape`` asks before throwing away changes.
Everything shown (the quote, the note, tags) is user or article data, so it is
drawn as plain text, never markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from briefing.model import NOTE_COLOURS
from briefing.tui.confirm import ConfirmScreen
from briefing.tui.safe_text import display_safe
from briefing.tui.style_sheets import DIALOG_SHEETS

QUOTE_CHARS = 160
_TAG_SEPARATORS = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class NoteDraft:
    """What the analyst wrote: the note, the tags typed in the tag field, the colour (1..5)."""

    note: str
    tags: tuple[str, ...]
    colour: int


def parse_tags(field: str) -> tuple[str, ...]:
    """Tags from the tag field: words split by spaces or commas, a leading '#' dropped."""
    words = (word.lstrip("#") for word in _TAG_SEPARATORS.split(field))
    return tuple(word for word in words if word)


class TagSuggester(Suggester):
    """Completes the last word of the tag field from the tags already in use."""

    def __init__(self, known: Sequence[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = list(known)

    async def get_suggestion(self, value: str) -> str | None:
        word = value.rpartition(" ")[2].lstrip("#")
        if not word:
            return None
        for tag in self.known:
            if tag.casefold().startswith(word.casefold()) and tag != word:
                return value + tag[len(word) :]
        return None


class ColourPicker(Widget, can_focus=True):
    """Five swatches; ``1``–``5`` choose one, left/right move between them."""

    BINDINGS = [
        *(Binding(str(n), f"choose({n})", f"Colour {n}", show=False) for n in NOTE_COLOURS),
        Binding("left", "step(-1)", "Previous colour", show=False),
        Binding("right", "step(1)", "Next colour", show=False),
    ]

    def __init__(self, colour: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.colour = colour

    def compose(self) -> ComposeResult:
        yield Static(Content("Colour "), classes="picker-label")
        for number in NOTE_COLOURS:
            yield Static(Content(f" {number} "), classes=f"swatch colour-{number}", id=f"swatch-{number}")

    def on_mount(self) -> None:
        self._mark()

    def action_choose(self, colour: int) -> None:
        self.colour = colour
        self._mark()

    def action_step(self, delta: int) -> None:
        self.action_choose((self.colour - 1 + delta) % len(NOTE_COLOURS) + 1)

    def on_click(self, event: events.Click) -> None:
        widget = event.widget
        if widget is not None and widget.id and widget.id.startswith("swatch-"):
            self.action_choose(int(widget.id.removeprefix("swatch-")))

    def _mark(self) -> None:
        for number in NOTE_COLOURS:
            swatch = self.query_one(f"#swatch-{number}", Static)
            swatch.set_class(number == self.colour, "-chosen")
            swatch.update(Content(f"[{number}]" if number == self.colour else f" {number} "))


class NoteEditor(ModalScreen[NoteDraft | None]):
    """Write or edit one note. ``ctrl+s`` saves, ``escape`` cancels (asking first if anything changed)."""

    CSS_PATH = DIALOG_SHEETS

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel", key_display="esc", priority=True),
    ]

    def __init__(
        self,
        quote: str,
        *,
        heading: str = "New note",
        note: str = "",
        tags: Sequence[str] = (),
        colour: int = 1,
        known_tags: Sequence[str] = (),
        editing: bool = False,
        unchanged: NoteDraft | None = None,
    ) -> None:
        super().__init__()
        self.quote = quote
        self.editing = editing
        self.heading = heading
        self.initial = NoteDraft(note, tuple(tags), colour)
        # What counts as "nothing to lose": the saved note, or for a recovered draft, less than it.
        self.unchanged = unchanged or self.initial
        self.known_tags = list(known_tags)

    def compose(self) -> ComposeResult:
        with Vertical(id="note-editor", classes="dialog"):
            yield Static(Content(self.heading), id="note-heading")
            yield Static(Content(f"“{_excerpt(self.quote)}”"), id="note-quote")
            yield TextArea(self.initial.note, soft_wrap=True, id="note-text", show_cursor=True)
            with Horizontal(id="note-tags-row"):
                yield Static(Content("Tags "), classes="field-label")
                yield Input(
                    " ".join(self.initial.tags),
                    placeholder="words, or #tags in the note (→ completes)",
                    suggester=TagSuggester(self.known_tags),
                    id="note-tags",
                )
            yield ColourPicker(self.initial.colour, id="note-colour")
            yield Static(
                Content("ctrl+s save · esc cancel · tab next field · 1–5 on the colours"), id="note-hint"
            )

    def on_mount(self) -> None:
        area = self.query_one("#note-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def draft(self) -> NoteDraft:
        return NoteDraft(
            self.query_one("#note-text", TextArea).text,
            parse_tags(self.query_one("#note-tags", Input).value),
            self.query_one(ColourPicker).colour,
        )

    @property
    def changed(self) -> bool:
        return self.draft() != self.unchanged

    def action_save(self) -> None:
        self.dismiss(self.draft())

    def action_cancel(self) -> None:
        if not self.changed:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        # Editing a saved note must not sound like deleting it.
        question = (
            "Discard your changes? The note stays as it was saved."
            if self.editing
            else "Discard this note? What you wrote is not saved."
        )
        self.app.push_screen(ConfirmScreen(question, "Discard", "Keep editing"), answered)


def _excerpt(text: str) -> str:
    flat = " ".join(display_safe(text).split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1].rstrip() + "…"
