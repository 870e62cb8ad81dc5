"""The reader's annotation side: keyboard selection, notes, highlights, the Notes pane, export.

``NotesController`` is held by ``BriefingApp`` (``app.notes``); the app's actions
call its public methods, ``open_notes`` and ``report_store_problem`` when mounted and ``show_annotations``
whenever an article is shown. It reads the reading state (``app.state``) and
draws through the app's public members only. Every change goes to the
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
from typing import TYPE_CHECKING

from briefing.anchoring import edit_annotation, new_annotation, tags_in
from briefing.model import Analysis, Annotation, Article
from briefing.store import Store, StoreCorruptError, StoreError, resolve_db_path, start_fresh
from briefing.tui.article_view import ArticleView
from briefing.tui.draft_recovery import DraftRecord
from briefing.tui.notes_pane import NotesPane
from briefing.tui.panes import ALL_PARTIES, PartyList, StatementList, statement_index
from briefing.tui.safe_text import display_safe
from briefing.tui.selection import Sentences, TextSelection

# The editor, export and store dialogs load when first opened: the first screen shows none of them.
if TYPE_CHECKING:
    from briefing.export import ExportItem
    from briefing.tui.app import BriefingApp
    from briefing.tui.note_editor import NoteDraft, NoteEditor

SELECTING_ACTIONS = frozenset(
    {"grow_word", "shrink_word", "grow_sentence", "shrink_sentence", "cancel_selection"}
)
NOTES_OVERLAY = "notes"
UNDO_OWNER = "notes"
STORE_PROBLEMS = (StoreError, OSError)


@dataclass(frozen=True)
class Target:
    """What a note is about: a stretch of the article, maybe a statement or a party."""

    start: int
    end: int
    kind: str = "text"  # the Annotation's target: "text", "statement" or "party"
    party_id: str | None = None
    label: str = ""  # the editor's heading


@dataclass(frozen=True)
class OpenEditor:
    """The note editor on screen: what it writes about, and the note it edits (if any)."""

    article: Article
    target: Target
    editor: NoteEditor
    note_id: str | None = None


class NotesController:
    """Notes, highlights, the keyboard selection, the Notes pane and export, for one reader."""

    def __init__(self, app: BriefingApp, db_path: Path | None, use_store: bool) -> None:
        self.app = app
        self.notes_db_path = db_path
        self.notes_wanted = use_store
        self.notes_store: Store | None = None
        self.article_notes: list[Annotation] = []
        self.deleted_notes: list[Annotation] = []  # for u: the last deleted first back
        self.last_colour = 1
        self.open_editor: OpenEditor | None = None
        self._sentences: dict[str, Sentences] = {}
        self.every_article = False  # the Notes pane lists the notes of every open article
        self._store_problem: Exception | None = None  # met opening the notes file, said once drawn up

    # --- opening the store ----------------------------------------------------------------------------

    def open_notes(self) -> None:
        """Open the notes file before the article is first shown (its cached analysis and its notes
        are read from it) and before the analysis worker, so a bad file is reported, not written.
        What went wrong is said by ``report_store_problem``, once the reader is drawn up."""
        if not self.notes_wanted:
            return
        try:
            store = Store(self.notes_db_path)
        except STORE_PROBLEMS as error:  # a StoreCorruptError too: report_store_problem offers a new file
            self.app.service.use_store(None)
            self._store_problem = error
            return
        self.notes_store = store
        self.app.service.use_store(store)

    def report_store_problem(self) -> None:
        """Say what ``open_notes`` met: offer a way out of a bad notes file, or say notes are off."""
        problem, self._store_problem = self._store_problem, None
        if isinstance(problem, StoreCorruptError):
            from briefing.tui.store_dialog import StoreOfferScreen

            self.app.push_screen(StoreOfferScreen(problem.path, problem.problem), self._store_offer_answered)
        elif problem is not None:
            self.app.notify(f"Notes are off: {problem}", severity="error", markup=False, timeout=10)
        elif self.notes_store is not None:
            self._say_warnings(self.notes_store)

    def _use_store(self, store: Store) -> None:
        self.notes_store = store
        self.app.service.use_store(store)
        self._say_warnings(store)
        self.show_annotations()

    def _say_warnings(self, store: Store) -> None:
        for warning in store.warnings:
            self.app.notify(warning, severity="warning", markup=False)
        store.warnings.clear()

    def _store_offer_answered(self, choice: str | None) -> None:
        path = resolve_db_path(self.notes_db_path)
        if choice == "new":
            try:
                fresh = start_fresh(path)
                store = Store(path)
            except STORE_PROBLEMS as error:
                self.app.notify(f"Could not start a new notes file: {error}", severity="error", markup=False)
                return
            self.app.notify(f"Started a new notes file {path}; {fresh.describe()}.", markup=False, timeout=15)
            self._use_store(store)
        elif choice == "quit":
            self.app.load_errors.append(f"{path}: the notes file does not parse; it was left untouched")
            self.app.exit()
        else:
            unsaved = "Reading without notes: nothing you mark is saved."
            self.app.notify(unsaved, severity="warning", markup=False)

    # --- showing notes --------------------------------------------------------------------------------

    def show_annotations(self) -> None:
        """Load the article's notes from the store and draw them: highlights, margin marks, the pane."""
        self.app.state.selection = None
        self.app.view.set_selection_range(None)
        self.redraw_notes()

    def refresh_from_store(self) -> None:
        """Back from another window, maybe another instance that wrote notes: show them too."""
        if self.notes_store is not None:
            self.redraw_notes()

    def redraw_notes(self) -> None:
        if self.notes_store is None:
            self.article_notes = []
        else:
            try:
                self.article_notes = self.notes_store.annotations_for(self.app.article)
            except STORE_PROBLEMS as error:
                self.app.notify(f"Could not read the notes: {error}", severity="error", markup=False)
                self.article_notes = []
        placed = [note for note in self.article_notes if not note.orphaned]
        view = self.app.view
        view.set_overlay(NOTES_OVERLAY, ((note.start, note.end, f"note-{note.colour}") for note in placed))
        view.set_margin_marks(note.start for note in placed)
        pane = self._notes_pane()
        if pane is not None:
            self._fill_pane(pane)
        self.app.refresh_bindings()

    def _fill_pane(self, pane: NotesPane) -> None:
        if not self.every_article:
            pane.show_notes(self.app.article, self.article_notes)
            return
        current = self.app.article
        groups = [
            (article, self.article_notes if article.id == current.id else self._notes_of(article))
            for article in self.app.state.articles
        ]
        pane.show_all_notes(groups)

    def _notes_of(self, article: Article) -> list[Annotation]:
        if self.notes_store is None:
            return []
        try:
            return self.notes_store.annotations_for(article)
        except STORE_PROBLEMS:
            return []

    def _notes_pane(self) -> NotesPane | None:
        panes = self.app.query(NotesPane)
        return panes.first() if panes else None

    # --- keyboard selection ---------------------------------------------------------------------------

    @property
    def selecting(self) -> bool:
        """Whether j/k/b/escape mean "grow/shrink the selection" now (else they scroll)."""
        return self.app.state.selection is not None and isinstance(self.app.focused, ArticleView)

    def sentences(self, article: Article) -> Sentences:
        found = self._sentences.get(article.id)
        if found is None:
            found = self._sentences[article.id] = Sentences(article)
        return found

    def start_selection(self) -> None:
        article = self.app.article
        sentences = self.sentences(article)
        analysis = self.app.current_analysis
        statement = (
            analysis.statements[self.app.state.current_statement]
            if analysis is not None and self.app.state.current_statement is not None
            else None
        )
        view = self.app.view
        if statement is not None and view.is_line_visible(view.line_of_offset(statement.start)):
            sentence = sentences.containing(statement.start)
        else:  # nothing jumped to, or scrolled away from it since: start where the reader is looking
            sentence = sentences.first_from(self.app.view.top_offset())
        if sentence is None:
            self.app.notify("There is no text to select.", markup=False)
            return
        self.app.view.focus()
        self._set_selection(TextSelection(*sentence))

    def _set_selection(self, selection: TextSelection | None) -> None:
        self.app.state.selection = selection
        self.app.view.set_selection_range(None if selection is None else (selection.start, selection.end))
        if selection is not None:
            self.app.view.scroll_to_offset(selection.end - 1)
        self.app.refresh_bindings()
        self.app.show_state()

    def grow_word(self) -> None:
        self._move_selection(Sentences.grow_word)

    def shrink_word(self) -> None:
        self._move_selection(Sentences.shrink_word)

    def grow_sentence(self) -> None:
        self._move_selection(Sentences.grow_sentence)

    def shrink_sentence(self) -> None:
        self._move_selection(Sentences.shrink_sentence)

    def cancel_selection(self) -> None:
        self._set_selection(None)

    def _move_selection(self, move: Callable[[Sentences, TextSelection], TextSelection]) -> None:
        if self.app.state.selection is None:
            return
        moved = move(self.sentences(self.app.article), self.app.state.selection)
        if moved == self.app.state.selection:
            self.app.bell()
        self._set_selection(moved)

    # --- writing notes --------------------------------------------------------------------------------

    def _target(self) -> Target | None:
        """What ``a`` and ``h`` act on: the list item under the cursor, the selection, or the statement."""
        analysis = self.app.current_analysis
        focused = self.app.focused
        if isinstance(focused, PartyList):
            option = focused.highlighted_option
            party = analysis.party(option.id) if analysis and option and option.id != ALL_PARTIES else None
            if analysis is None or party is None:
                self.app.notify("Move to a party in the list first.", markup=False)
                return None
            span = _party_span(analysis, party.id)
            if span is None:
                self.app.notify(f"{display_safe(party.name)} is not named in the text.", markup=False)
                return None
            return Target(*span, kind="party", party_id=party.id, label=f"Note on {display_safe(party.name)}")
        if isinstance(focused, StatementList):
            option = focused.highlighted_option
            index = statement_index(option.id) if option else None
            if index is None or analysis is None:
                self.app.notify("Move to a statement in the list first.", markup=False)
                return None
            return _statement_target(analysis, index)
        selection = self.app.state.selection
        if selection is not None:
            return Target(selection.start, selection.end, label="Note on the selection")
        dragged = self.app.view.mouse_selection
        if dragged is not None:
            return Target(*dragged, label="Note on the selection")
        if self.app.state.current_statement is not None and analysis is not None:
            return _statement_target(analysis, self.app.state.current_statement)
        self.app.notify("Nothing to annotate: press v to select, or n to go to a statement.", markup=False)
        return None

    def _notes_ready(self) -> bool:
        if self.notes_store is None:
            self.app.notify("Notes are off (see the message at start-up).", severity="warning", markup=False)
            return False
        return True

    def _existing(self, target: Target) -> Annotation | None:
        """The annotation already on exactly these words (one with a note first), if any."""
        same = [
            note
            for note in self.article_notes
            if not note.orphaned and (note.start, note.end) == (target.start, target.end)
        ]
        return max(same, key=lambda note: bool(note.note), default=None)

    def annotate(self) -> None:
        """Write a note; on words that already carry one (or a bare highlight) edit that instead."""
        if not self._notes_ready():
            return
        target = self._target()
        if target is None:
            return
        existing = self._existing(target)
        if existing is not None:
            if existing.note:
                self.app.notify("These words already have a note: editing it.", markup=False)
            self._edit(existing)
            return
        from briefing.tui.note_editor import NoteDraft

        self._open_editor(self.app.article, target, NoteDraft("", (), self.last_colour))

    def _open_editor(
        self, article: Article, target: Target, draft: NoteDraft, unchanged: NoteDraft | None = None
    ) -> None:
        def save(result: NoteDraft | None) -> None:
            self.open_editor = None
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
                self.app.notify("Note saved.", markup=False)
            else:
                self._open_editor(article, target, result, unchanged)  # keep what was written

        from briefing.tui.note_editor import NoteEditor

        editor = NoteEditor(
            article.text[target.start : target.end],
            heading=target.label,
            note=draft.note,
            tags=draft.tags,
            colour=draft.colour,
            known_tags=self._known_tags(),
            unchanged=unchanged,
        )
        self.open_editor = OpenEditor(article, target, editor)
        self.app.push_screen(editor, save)

    def unsaved_draft(self) -> DraftRecord | None:
        """What the open note editor holds that is not saved yet, if anything."""
        opened = self.open_editor
        if opened is None or not opened.editor.is_mounted or not opened.editor.changed:
            return None
        draft = opened.editor.draft()
        target = opened.target
        return DraftRecord(
            opened.article.id,
            opened.article.source,
            target.start,
            target.end,
            target.kind,
            target.party_id,
            target.label,
            draft.note,
            draft.tags,
            draft.colour,
            opened.note_id,
        )

    def reopen_draft(self, record: DraftRecord) -> None:
        """Put a recovered draft back into the editor, on the article shown now."""
        from briefing.tui.note_editor import NoteDraft

        draft = NoteDraft(record.note, tuple(record.tags), record.colour)
        edited = next((note for note in self.article_notes if note.id == record.note_id), None)
        if edited is not None:
            self._edit(edited, draft)
            return
        target = Target(record.start, record.end, record.kind, record.party_id, record.label)
        self._open_editor(self.app.article, target, draft, NoteDraft("", (), record.colour))

    def highlight(self) -> None:
        """Highlight the words; on words already highlighted, remove the highlight (a toggle)."""
        if not self._notes_ready():
            return
        target = self._target()
        if target is None:
            return
        existing = self._existing(target)
        if existing is not None:
            if existing.note:  # h never throws away what was written
                self.app.notify("These words have a note; m lists it, d there deletes it.", markup=False)
            elif self._remove(existing):
                self.app.notify("Highlight removed (h again puts it back).", markup=False)
            return
        annotation = new_annotation(
            self.app.article,
            target.start,
            target.end,
            colour=self.last_colour,
            target=target.kind,
            party_id=target.party_id,
        )
        if self._save(annotation, added=True):
            self.app.notify(f"Highlighted (colour {self.last_colour}).", markup=False)

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
            self.app.notify(f"The note was not saved: {error}", severity="error", markup=False, timeout=10)
            return False
        self.app.clear_selection()  # a mouse selection, if the note was made from one
        self.show_annotations()
        pane = self._notes_pane()
        if pane is not None:
            pane.highlight_note(saved.id)
        self.app.show_state()
        return True

    # --- the Notes pane -------------------------------------------------------------------------------

    def toggle_notes(self) -> None:
        pane = self._notes_pane()
        if pane is None:
            pane = NotesPane(id="notes")
            self.app.query_one("#centre").mount(pane, before=self.app.query_one("#status-bar"))
            self._fill_pane(pane)
            pane.focus()
            return
        if pane.display and pane.has_focus:
            self._close_notes(pane)
        else:
            pane.display = True
            pane.focus()

    def _close_notes(self, pane: NotesPane) -> None:
        pane.display = False
        self.app.view.focus()

    def pane_requested(self, message: NotesPane.Requested) -> None:
        pane = self._notes_pane()
        note = message.annotation
        if message.what == "close" and pane is not None:
            self._close_notes(pane)
        elif message.what == "every_article" and pane is not None:
            self.every_article = not self.every_article
            self._fill_pane(pane)
        elif message.what == "jump" and note is not None:
            if note.orphaned:
                self.app.notify("This note's words are no longer in the text.", markup=False)
                return
            if note.article_id != self.app.article.id:  # listed from another open article
                index = next((i for i, a in enumerate(self.app.articles) if a.id == note.article_id), None)
                if index is None:
                    return
                self.app.show_article(index)
            self.app.view.scroll_to_offset(note.start)
            self.app.view.focus()
        elif message.what == "edit" and note is not None:
            self._edit(note)
        elif message.what == "delete" and note is not None:
            self._delete(note)
        elif message.what == "undo":
            self.app.action_undo()  # the most recent of a note deletion and a correction

    def _edit(self, note: Annotation, recovered: NoteDraft | None = None) -> None:
        if not self._notes_ready():
            return
        explicit = [tag for tag in note.tags if tag not in set(tags_in(note.note))]
        from briefing.tui.note_editor import NoteDraft

        saved = NoteDraft(note.note, tuple(explicit), note.colour)
        shown = recovered or saved

        def save(result: NoteDraft | None) -> None:
            self.open_editor = None
            if result is None:
                return
            edited = edit_annotation(note, note=result.note, tags=result.tags, colour=result.colour)
            if self._save(edited, added=False):
                self.app.notify("Note saved.", markup=False)

        from briefing.tui.note_editor import NoteEditor

        editor = NoteEditor(
            note.anchor.exact,
            heading="Edit note",
            note=shown.note,
            tags=shown.tags,
            colour=shown.colour,
            known_tags=self._known_tags(),
            editing=True,
            unchanged=saved,
        )
        target = Target(note.start, note.end, note.target, note.party_id, "Edit note")
        self.open_editor = OpenEditor(self.app.article, target, editor, note.id)
        self.app.push_screen(editor, save)

    def _delete(self, note: Annotation) -> None:
        if self._remove(note):
            self.app.notify("Note deleted; u undoes it.", markup=False)

    def _remove(self, note: Annotation) -> bool:
        """Delete one annotation from the store (u in the Notes pane brings it back)."""
        store = self.notes_store
        if store is None or not self._notes_ready():
            return False
        try:
            deleted = store.delete_annotation(note.id)
        except KeyError:
            self.app.notify("That note was already deleted (by another window?).", markup=False)
            self.show_annotations()
            return False
        except STORE_PROBLEMS as error:
            self.app.notify(f"The note was not deleted: {error}", severity="error", markup=False)
            return False
        self.deleted_notes.append(deleted)
        self.app.undo.record(UNDO_OWNER)
        self.show_annotations()
        return True

    def undo_delete(self) -> None:
        """Put back the last deleted note (``u``, when a deletion was the most recent undoable action)."""
        store = self.notes_store
        if not self.deleted_notes or store is None or not self._notes_ready():
            self.app.notify("Nothing to undo.", markup=False)
            return
        note = self.deleted_notes.pop()
        try:
            restored = store.restore_annotation(note)
        except STORE_PROBLEMS as error:
            self.deleted_notes.append(note)
            self.app.undo.record(UNDO_OWNER)
            self.app.notify(f"The note was not restored: {error}", severity="error", markup=False)
            return
        self.show_annotations()
        pane = self._notes_pane()
        if pane is not None:
            pane.highlight_note(restored.id)
        self.app.notify("Note restored.", markup=False)

    # --- export ---------------------------------------------------------------------------------------

    def export_notes(self) -> None:
        items = [self._export_item(self.app.article)]
        others = []
        if self.notes_store is not None:
            for article in self.app.state.articles:
                if article.id != self.app.article.id:
                    item = self._export_item(article)
                    if item.annotations:
                        others.append(item)
        today = datetime.now().astimezone().date()
        from briefing.tui.export_dialog import ExportDialog

        self.app.push_screen(ExportDialog(items, others, today))  # the dialog says where the file went

    def _export_item(self, article: Article) -> ExportItem:
        from briefing.export import ExportItem

        return ExportItem(article, self.app.state.analyses.get(article.id), self._notes_of(article))


def _statement_target(analysis: Analysis, index: int) -> Target:
    statement = analysis.statements[index]
    who = display_safe(statement.speaker or "an unknown speaker")
    return Target(statement.start, statement.end, kind="statement", label=f"Note on a statement by {who}")


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
