"""The reader's annotation side: keyboard selection, notes, highlights, the Notes pane, export.

``AnnotationActions`` is mixed into ``BriefingApp``; the app calls
``init_annotations`` in its constructor, ``open_notes`` when mounted and
``show_annotations`` whenever an article is shown. Every change goes to the
store at once (each call is on disk when it returns, about 5–20 ms), so a note
survives a crash, a ``kill -9`` or a second instance; nothing waits for exit.

A notes file that does not parse is never written to: the app shows its path
and offers to start a new file beside it (``store_dialog.StoreOfferScreen``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from textual.content import Content

from briefing.anchoring import edit_annotation, new_annotation, tags_in
from briefing.export import ExportItem
from briefing.model import Analysis, Annotation, Article
from briefing.store import Store, StoreCorruptError, StoreError, resolve_db_path, start_fresh
from briefing.tui.article_view import ArticleView
from briefing.tui.export_dialog import ExportDialog
from briefing.tui.note_editor import NoteDraft, NoteEditor
from briefing.tui.notes_pane import NotesPane
from briefing.tui.panes import ALL_PARTIES, PartyList, StatementList, statement_index
from briefing.tui.safe_text import display_safe
from briefing.tui.selection import Sentences, TextSelection
from briefing.tui.store_dialog import StoreOfferScreen

SELECTING_ACTIONS = frozenset(
    {"grow_word", "shrink_word", "grow_sentence", "shrink_sentence", "cancel_selection"}
)
NOTES_OVERLAY = "notes"
STORE_PROBLEMS = (StoreError, OSError)


@dataclass(frozen=True)
class Target:
    """What a note is about: a stretch of the article, maybe a statement or a party."""

    start: int
    end: int
    kind: str = "text"  # the Annotation's target: "text", "statement" or "party"
    party_id: str | None = None
    label: str = ""  # the editor's heading


class AnnotationActions:
    """Mixed into the app (which provides ``article``, ``view``, ``current_analysis`` …)."""

    def init_annotations(self, db_path: Path | None, use_store: bool) -> None:
        self.notes_db_path = db_path
        self.notes_wanted = use_store
        self.notes_store: Store | None = None
        self.keyboard_selection: TextSelection | None = None
        self.article_notes: list[Annotation] = []
        self.deleted_notes: list[Annotation] = []  # for u: the last deleted first back
        self.last_colour = 1
        self._sentences: dict[str, Sentences] = {}

    # --- opening the store ----------------------------------------------------------------------------

    def open_notes(self) -> None:
        """Open the notes file now (before the analysis worker) so a bad file is reported, not written."""
        if not self.notes_wanted:
            return
        try:
            store = Store(self.notes_db_path)
        except StoreCorruptError as error:
            self.source.adopt_store(None)
            self.push_screen(StoreOfferScreen(error.path, error.problem), self._store_offer_answered)
            return
        except STORE_PROBLEMS as error:
            self.source.adopt_store(None)
            self.notify(f"Notes are off: {error}", severity="error", markup=False, timeout=10)
            return
        self._use_store(store)

    def _use_store(self, store: Store) -> None:
        self.notes_store = store
        self.source.adopt_store(store)
        for warning in store.warnings:
            self.notify(warning, severity="warning", markup=False)
        store.warnings.clear()
        self.show_annotations()

    def _store_offer_answered(self, choice: str | None) -> None:
        path = resolve_db_path(self.notes_db_path)
        if choice == "new":
            try:
                fresh = start_fresh(path)
                store = Store(path)
            except STORE_PROBLEMS as error:
                self.notify(f"Could not start a new notes file: {error}", severity="error", markup=False)
                return
            self.notify(f"Started a new notes file {path}; {fresh.describe()}.", markup=False, timeout=15)
            self._use_store(store)
        elif choice == "quit":
            self.load_errors.append(f"{path}: the notes file does not parse; it was left untouched")
            self.exit()
        else:
            self.notify("Reading without notes: nothing you mark is saved.", severity="warning", markup=False)

    # --- showing notes --------------------------------------------------------------------------------

    def show_annotations(self) -> None:
        """Load the article's notes from the store and draw them: highlights, margin marks, the pane."""
        self.keyboard_selection = None
        self.view.set_selection_range(None)
        self.redraw_notes()

    def on_app_focus(self) -> None:
        # Back from another window, maybe another instance that wrote notes: show them too.
        if self.notes_store is not None:
            self.redraw_notes()

    def redraw_notes(self) -> None:
        if self.notes_store is None:
            self.article_notes = []
        else:
            try:
                self.article_notes = self.notes_store.annotations_for(self.article)
            except STORE_PROBLEMS as error:
                self.notify(f"Could not read the notes: {error}", severity="error", markup=False)
                self.article_notes = []
        placed = [note for note in self.article_notes if not note.orphaned]
        view = self.view
        view.set_overlay(NOTES_OVERLAY, ((note.start, note.end, f"note-{note.colour}") for note in placed))
        view.set_margin_marks(note.start for note in placed)
        pane = self._notes_pane()
        if pane is not None:
            pane.show_notes(self.article, self.article_notes)
        self.refresh_bindings()

    def _notes_pane(self) -> NotesPane | None:
        panes = self.query(NotesPane)
        return panes.first() if panes else None

    # --- keyboard selection ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SELECTING_ACTIONS:
            # Only then do j/k/b/escape mean "grow/shrink"; otherwise they fall through to scrolling.
            return self.keyboard_selection is not None and isinstance(self.focused, ArticleView)
        return super().check_action(action, parameters)

    def sentences(self, article: Article) -> Sentences:
        found = self._sentences.get(article.id)
        if found is None:
            found = self._sentences[article.id] = Sentences(article)
        return found

    def action_start_selection(self) -> None:
        article = self.article
        sentences = self.sentences(article)
        analysis = self.current_analysis
        statement = (
            analysis.statements[self.current_statement]
            if analysis is not None and self.current_statement is not None
            else None
        )
        if statement is not None and self.view.is_line_visible(self.view.line_of_offset(statement.start)):
            sentence = sentences.containing(statement.start)
        else:  # nothing jumped to, or scrolled away from it since: start where the reader is looking
            sentence = sentences.first_from(self.view.top_offset())
        if sentence is None:
            self.notify("There is no text to select.", markup=False)
            return
        self.view.focus()
        self._set_selection(TextSelection(*sentence))

    def _set_selection(self, selection: TextSelection | None) -> None:
        self.keyboard_selection = selection
        self.view.set_selection_range(None if selection is None else (selection.start, selection.end))
        if selection is not None:
            self.view.scroll_to_offset(selection.end - 1)
        self.refresh_bindings()
        self._show_state()

    def selection_status(self) -> Content:
        """The status line while selecting: how much is selected and what the keys do."""
        assert self.keyboard_selection is not None
        words = len(self.article.text[self.keyboard_selection.start : self.keyboard_selection.end].split())
        return Content(
            f"Selected {words} word{'s' * (words != 1)} · w/b word · j/k sentence · "
            "a note · h highlight · esc cancel"
        )

    def action_grow_word(self) -> None:
        self._move_selection(Sentences.grow_word)

    def action_shrink_word(self) -> None:
        self._move_selection(Sentences.shrink_word)

    def action_grow_sentence(self) -> None:
        self._move_selection(Sentences.grow_sentence)

    def action_shrink_sentence(self) -> None:
        self._move_selection(Sentences.shrink_sentence)

    def action_cancel_selection(self) -> None:
        self._set_selection(None)

    def _move_selection(self, move: Callable[[Sentences, TextSelection], TextSelection]) -> None:
        if self.keyboard_selection is None:
            return
        moved = move(self.sentences(self.article), self.keyboard_selection)
        if moved == self.keyboard_selection:
            self.bell()
        self._set_selection(moved)

    # --- writing notes --------------------------------------------------------------------------------

    def _target(self) -> Target | None:
        """What ``a`` and ``h`` act on: the list item under the cursor, the selection, or the statement."""
        analysis = self.current_analysis
        focused = self.focused
        if isinstance(focused, PartyList):
            option = focused.highlighted_option
            party = analysis.party(option.id) if analysis and option and option.id != ALL_PARTIES else None
            if party is None:
                self.notify("Move to a party in the list first.", markup=False)
                return None
            span = _party_span(analysis, party.id)
            if span is None:
                self.notify(f"{display_safe(party.name)} is not named in the text.", markup=False)
                return None
            return Target(*span, kind="party", party_id=party.id, label=f"Note on {display_safe(party.name)}")
        if isinstance(focused, StatementList):
            option = focused.highlighted_option
            index = statement_index(option.id) if option else None
            if index is None or analysis is None:
                self.notify("Move to a statement in the list first.", markup=False)
                return None
            return self._statement_target(index)
        selection = self.keyboard_selection
        if selection is not None:
            return Target(selection.start, selection.end, label="Note on the selection")
        dragged = self.view.mouse_selection
        if dragged is not None:
            return Target(*dragged, label="Note on the selection")
        if self.current_statement is not None and analysis is not None:
            return self._statement_target(self.current_statement)
        self.notify("Nothing to annotate: press v to select, or n to go to a statement.", markup=False)
        return None

    def _statement_target(self, index: int) -> Target:
        statement = self.current_analysis.statements[index]
        who = display_safe(statement.speaker or "an unknown speaker")
        return Target(statement.start, statement.end, kind="statement", label=f"Note on a statement by {who}")

    def _notes_ready(self) -> bool:
        if self.notes_store is None:
            self.notify("Notes are off (see the message at start-up).", severity="warning", markup=False)
            return False
        return True

    def action_annotate(self) -> None:
        if not self._notes_ready():
            return
        target = self._target()
        if target is None:
            return
        self._open_editor(self.article, target, NoteDraft("", (), self.last_colour))

    def _open_editor(self, article: Article, target: Target, draft: NoteDraft) -> None:
        def save(result: NoteDraft | None) -> None:
            if result is None:
                return
            annotation = new_annotation(
                article,
                target.start,
                target.end,
                note=result.note,
                tags=result.tags,
                colour=result.colour,
                target=target.kind,
                party_id=target.party_id,
            )
            if self._save(annotation, added=True):
                self.last_colour = result.colour
                self.notify("Note saved.", markup=False)
            else:
                self._open_editor(article, target, result)  # keep what was written

        editor = NoteEditor(
            article.text[target.start : target.end],
            heading=target.label,
            note=draft.note,
            tags=draft.tags,
            colour=draft.colour,
            known_tags=self._known_tags(),
        )
        self.push_screen(editor, save)

    def action_highlight(self) -> None:
        if not self._notes_ready():
            return
        target = self._target()
        if target is None:
            return
        annotation = new_annotation(
            self.article,
            target.start,
            target.end,
            colour=self.last_colour,
            target=target.kind,
            party_id=target.party_id,
        )
        if self._save(annotation, added=True):
            self.notify(f"Highlighted (colour {self.last_colour}).", markup=False)

    def _known_tags(self) -> list[str]:
        try:
            return self.notes_store.tags() if self.notes_store else []
        except STORE_PROBLEMS:
            return []

    def _save(self, annotation: Annotation, added: bool) -> bool:
        """Write one note (new or edited); on success redraw the notes and end the selection."""
        assert self.notes_store is not None
        try:
            if added:
                saved = self.notes_store.add_annotation(annotation)
            else:
                saved = self.notes_store.update_annotation(annotation)
        except STORE_PROBLEMS as error:
            self.notify(f"The note was not saved: {error}", severity="error", markup=False, timeout=10)
            return False
        self.clear_selection()  # a mouse selection, if the note was made from one
        self.show_annotations()
        pane = self._notes_pane()
        if pane is not None:
            pane.highlight_note(saved.id)
        self._show_state()
        return True

    # --- the Notes pane -------------------------------------------------------------------------------

    def action_toggle_notes(self) -> None:
        pane = self._notes_pane()
        if pane is None:
            pane = NotesPane(id="notes")
            self.query_one("#centre").mount(pane, before=self.query_one("#status-bar"))
            pane.show_notes(self.article, self.article_notes)
            pane.focus()
            return
        if pane.display and pane.has_focus:
            self._close_notes(pane)
        else:
            pane.display = True
            pane.focus()

    def _close_notes(self, pane: NotesPane) -> None:
        pane.display = False
        self.view.focus()

    def on_notes_pane_requested(self, message: NotesPane.Requested) -> None:
        pane = self._notes_pane()
        note = message.annotation
        if message.what == "close" and pane is not None:
            self._close_notes(pane)
        elif message.what == "jump" and note is not None:
            if note.orphaned:
                self.notify("This note's words are no longer in the text.", markup=False)
                return
            self.view.scroll_to_offset(note.start)
            self.view.focus()
        elif message.what == "edit" and note is not None:
            self._edit(note)
        elif message.what == "delete" and note is not None:
            self._delete(note)
        elif message.what == "undo":
            self._undo_delete()

    def _edit(self, note: Annotation) -> None:
        if not self._notes_ready():
            return
        explicit = [tag for tag in note.tags if tag not in set(tags_in(note.note))]

        def save(result: NoteDraft | None) -> None:
            if result is None:
                return
            edited = edit_annotation(note, note=result.note, tags=result.tags, colour=result.colour)
            if self._save(edited, added=False):
                self.notify("Note saved.", markup=False)

        editor = NoteEditor(
            note.anchor.exact,
            heading="Edit note",
            note=note.note,
            tags=explicit,
            colour=note.colour,
            known_tags=self._known_tags(),
            editing=True,
        )
        self.push_screen(editor, save)

    def _delete(self, note: Annotation) -> None:
        if not self._notes_ready():
            return
        try:
            deleted = self.notes_store.delete_annotation(note.id)
        except KeyError:
            self.notify("That note was already deleted (by another window?).", markup=False)
            self.show_annotations()
            return
        except STORE_PROBLEMS as error:
            self.notify(f"The note was not deleted: {error}", severity="error", markup=False)
            return
        self.deleted_notes.append(deleted)
        self.show_annotations()
        self.notify("Note deleted; u undoes it.", markup=False)

    def _undo_delete(self) -> None:
        if not self.deleted_notes or not self._notes_ready():
            self.notify("Nothing to undo.", markup=False)
            return
        note = self.deleted_notes.pop()
        try:
            restored = self.notes_store.restore_annotation(note)
        except STORE_PROBLEMS as error:
            self.deleted_notes.append(note)
            self.notify(f"The note was not restored: {error}", severity="error", markup=False)
            return
        self.show_annotations()
        pane = self._notes_pane()
        if pane is not None:
            pane.highlight_note(restored.id)
        self.notify("Note restored.", markup=False)

    # --- export ---------------------------------------------------------------------------------------

    def action_export_notes(self) -> None:
        items = [self._export_item(self.article)]
        others = []
        if self.notes_store is not None:
            for article in self.articles:
                if article.id != self.article.id:
                    item = self._export_item(article)
                    if item.annotations:
                        others.append(item)
        today = datetime.now().astimezone().date()
        self.push_screen(ExportDialog(items, others, today))  # the dialog says where the file went

    def _export_item(self, article: Article) -> ExportItem:
        notes: list[Annotation] = []
        if self.notes_store is not None:
            try:
                notes = self.notes_store.annotations_for(article)
            except STORE_PROBLEMS:
                notes = []
        return ExportItem(article, self.analyses.get(article.id), notes)


def _party_span(analysis: Analysis, party_id: str) -> tuple[int, int] | None:
    """Where a party is first named (or first speaks) in the text."""
    party = analysis.party(party_id)
    if party is not None and party.mentions:
        start, end = min(party.mentions)
        return start, end
    mentions = [(m.start, m.end) for m in analysis.mentions if m.party_id == party_id]
    if mentions:
        return min(mentions)
    statements = analysis.statements_of(party_id)
    return (statements[0].start, statements[0].end) if statements else None
