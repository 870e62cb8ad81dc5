"""The Notes pane: the current article's notes in document order, orphans last.

Each note shows its colour, paragraph and excerpt, then the note and its tags.
The pane's own keys (enter, e, d, u, escape) come from the command table and win
over the app's while it has focus (``e`` toggles entity marks elsewhere). It only
reports what the analyst asked for; the app changes the store.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import NOTE_COLOURS, Annotation, Article
from briefing.tui.commands import bindings
from briefing.tui.panes import excerpt
from briefing.tui.safe_text import display_safe

NOTE_LINE_CHARS = 120
EXCERPT_CHARS = 60
EMPTY = "No notes yet: v selects, a writes a note, h highlights"


class NotesPane(OptionList):
    """Notes of one article; choosing one jumps to it."""

    COMPONENT_CLASSES = {f"notes-pane--colour-{n}" for n in NOTE_COLOURS} | {"notes-pane--muted"}
    BINDINGS = [
        *(binding for binding in bindings("list") if binding.action != "select"),
        *bindings("notes"),
    ]

    class Requested(Message):
        """The analyst asked to ``jump`` to, ``edit`` or ``delete`` a note, or to ``undo`` a delete."""

        def __init__(self, what: str, annotation: Annotation | None) -> None:
            super().__init__()
            self.what = what
            self.annotation = annotation

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.annotations: list[Annotation] = []

    def show_notes(self, article: Article, annotations: Sequence[Annotation]) -> None:
        """List ``annotations`` (already in document order, orphans last), keeping the cursor's note."""
        kept = self.current_annotation
        self.annotations = list(annotations)
        self.clear_options()
        self.border_title = f"Notes ({len(self.annotations)})" if self.annotations else "Notes"
        if not self.annotations:
            self.add_option(Option(Content(EMPTY), disabled=True))
            return
        self.add_options(Option(self._prompt(article, note), id=note.id) for note in self.annotations)
        self.highlighted = 0  # the first note, unless the one under the cursor is still listed
        if kept is not None:
            self.highlight_note(kept.id)

    def show_all_notes(self, groups: Sequence[tuple[Article, Sequence[Annotation]]]) -> None:
        """The notes of every open article under each article's title; articles without notes left out."""
        kept = self.current_annotation
        self.annotations = [note for _, notes in groups for note in notes]
        self.clear_options()
        self.border_title = f"Notes in every article ({len(self.annotations)})"
        if not self.annotations:
            self.add_option(Option(Content(EMPTY), disabled=True))
            return
        for article, notes in groups:
            if notes:
                title = excerpt(article.title or article.source, NOTE_LINE_CHARS)
                self.add_option(Option(Content.assemble((title, "bold")), disabled=True))
                self.add_options(Option(self._prompt(article, note), id=note.id) for note in notes)
        self.highlighted = 1  # the first note, under the first heading
        if kept is not None:
            self.highlight_note(kept.id)

    def highlight_note(self, note_id: str) -> None:
        try:
            self.highlighted = self.get_option_index(note_id)
        except OptionDoesNotExist:
            pass

    @property
    def current_annotation(self) -> Annotation | None:
        if self.highlighted is None or not self.annotations:
            return None
        option = self.get_option_at_index(self.highlighted)
        return next((note for note in self.annotations if note.id == option.id), None)

    def _prompt(self, article: Article, note: Annotation) -> Content:
        muted = self.get_visual_style("notes-pane--muted", partial=True)
        swatch = self.get_visual_style(f"notes-pane--colour-{note.colour}", partial=True)
        if note.orphaned:
            where = "not found in the current text"
        else:
            where = f"¶{article.paragraph_index(note.start) + 1}"
        target = {"party": "party · ", "statement": "statement · "}.get(note.target, "")
        lines: list[Content | str | tuple[str, str | Style]] = [
            ("▌", swatch),
            (f" {target}{where}  ", muted),
            f"“{excerpt(note.anchor.exact, EXCERPT_CHARS)}”",
        ]
        text = " ".join(display_safe(note.note).split())
        if text:
            lines.append("\n  " + excerpt(text, NOTE_LINE_CHARS))
        if note.tags:
            lines.append(("\n  " + " ".join(f"#{display_safe(tag)}" for tag in note.tags), muted))
        return Content.assemble(*lines)

    # --- the pane's keys ----------------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._request("jump")

    def action_jump(self) -> None:
        self._request("jump")

    def action_edit(self) -> None:
        self._request("edit")

    def action_delete(self) -> None:
        self._request("delete")

    def action_undo(self) -> None:
        self.post_message(self.Requested("undo", None))

    def action_close(self) -> None:
        self.post_message(self.Requested("close", None))

    def action_every_article(self) -> None:
        self.post_message(self.Requested("every_article", None))

    def _request(self, what: str) -> None:
        note = self.current_annotation
        if note is None:
            self.app.bell()
            return
        self.post_message(self.Requested(what, note))
