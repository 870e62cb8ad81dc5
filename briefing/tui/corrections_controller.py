"""The reader's corrections: the analysis it shows is the machine's with the analyst's corrections over it.

``CorrectionsController`` is held by ``BriefingApp`` (``app.corrections``). Every
analysis the reader shows passes through ``shown(article_id, machine)``, the one
place corrections are laid over it (``briefing.corrections.laid_over``, the
same function ``briefing analyze`` and ``export`` use); the machine analysis is kept
here as the machine made it (and cached so by the service), so a new correction,
or an undone one, is laid over it afresh. Corrections are written to the notes
store at once (on disk when the call returns), as notes are.

Keys: ``c`` on the current statement (or a statement in the Statements pane) opens
the ``CorrectionPanel``; ``c`` with a selection (after ``v``) adds a missed
statement; ``M`` ``R`` ``T`` ``S`` in the Parties pane merge, rename, retype or
split the party there; ``u`` undoes the most recent correction or note deletion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.corrections import (
    PARTY_TYPE_CODES,
    Correction,
    CorrectionError,
    describe,
    laid_over,
    party_correction,
    refusal,
    statement_at,
    statement_correction,
)
from briefing.model import Analysis, Article, Party, Statement
from briefing.store import Store, StoreError
from briefing.tui.panes import ALL_PARTIES, PartyList, StatementList, statement_index
from briefing.tui.safe_text import display_safe

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp
    from briefing.tui.correction_panel import StatementDraft

STORE_PROBLEMS = (StoreError, OSError)
UNDO_OWNER = "corrections"
PARTY_CHANGES: dict[str, str] = {  # the party_correction keyword of each change
    "merge": "merge_into",
    "rename": "rename",
    "type": "party_type",
    "split": "split_alias",
}

# One word per type (the first spelling: "organisation", not also "organization").
TYPE_WORDS = [
    word
    for word, code in PARTY_TYPE_CODES.items()
    if list(PARTY_TYPE_CODES.values()).index(code) == list(PARTY_TYPE_CODES).index(word)
]


class CorrectionsController:
    """Corrections of statements and parties, made in the reader and laid over what it shows."""

    def __init__(self, app: BriefingApp) -> None:
        self.app = app
        self.machine: dict[str, Analysis] = {}  # article id: the analysis as the machine made it
        self.made: list[Correction] = []  # saved here, for u: the last made first undone
        self._reported: set[str] = set()  # correction ids whose problem was shown once

    @property
    def store(self) -> Store | None:
        return self.app.notes.notes_store

    # --- the analysis to show -------------------------------------------------------------------------

    def shown(self, article_id: str, machine: Analysis) -> Analysis:
        """The analysis to show for an article: the store's corrections over ``machine`` (kept)."""
        self.machine[article_id] = machine
        article = self._article(article_id)
        return machine if article is None else self._laid_over(article, machine)

    def refresh(self) -> None:
        """Lay the corrections over the current article's analysis again (another window may have
        made some) and redraw if anything changed."""
        article = self.app.article
        if article.id in self.machine:
            self._reapply(article)

    def _laid_over(self, article: Article, machine: Analysis) -> Analysis:
        store = self.store
        if store is None:
            return machine
        try:
            analysis, report = laid_over(store, article, machine)
        except STORE_PROBLEMS as error:
            self.app.notify(f"Could not read the corrections: {error}", severity="error", markup=False)
            return machine
        unplaced = [*report.orphaned, *(c for c, _ in report.unapplied)]
        if any(c.id not in self._reported for c in unplaced):
            self._reported.update(c.id for c in unplaced)
            for line in report.problems():
                self.app.notify(display_safe(line), severity="warning", markup=False)
        return analysis

    def _reapply(self, article: Article) -> None:
        machine = self.machine.get(article.id)
        if machine is None:
            return
        analysis = self._laid_over(article, machine)
        if analysis != self.app.state.analyses.get(article.id):
            self.app.state.analyses[article.id] = analysis
            if article.id == self.app.article.id:
                self.app.analysis_changed()

    def _article(self, article_id: str) -> Article | None:
        return next((a for a in self.app.state.articles if a.id == article_id), None)

    # --- statements -----------------------------------------------------------------------------------

    def correct(self) -> None:
        """``c``: correct the statement in hand, or add the selected words as a missed statement."""
        analysis = self._ready()
        if analysis is None:
            return
        focused = self.app.focused
        if isinstance(focused, PartyList):
            self.app.notify("On a party: M merge, R rename, T type, S split an alias.", markup=False)
            return
        selection = self.app.state.selection
        if selection is not None and not isinstance(focused, StatementList):
            self._open_panel(analysis, None, selection.start, selection.end)
            return
        index = self.app.state.current_statement
        if isinstance(focused, StatementList):
            option = focused.highlighted_option
            index = statement_index(option.id) if option else None
        if index is None or not 0 <= index < len(analysis.statements):
            self.app.notify(
                "No statement chosen: press n to go to one, or v to select words the analyser missed.",
                markup=False,
            )
            return
        statement = analysis.statements[index]
        self._open_panel(analysis, statement, statement.start, statement.end)

    def _open_panel(self, analysis: Analysis, statement: Statement | None, start: int, end: int) -> None:
        # The dialogs' module is loaded when a correction is first asked for, not at every launch.
        from briefing.tui.correction_panel import CorrectionPanel, StatementDraft

        article = self.app.article
        speaker = "" if statement is None else _speaker_name(analysis, statement)
        draft = StatementDraft(
            start,
            end,
            speaker,
            statement.stance if statement else "claim",
            statement.kind if statement else "",  # "": as the text shows (quoted words are direct)
        )
        if statement is None:
            heading = "Add a statement the analyser missed"
        else:
            heading = f"Correct a statement by {display_safe(speaker or 'an unknown speaker')}"

        def answered(result: StatementDraft | None) -> None:
            if result is not None:
                self._save_statement(article, statement, draft, result)

        panel = CorrectionPanel(
            article.text,
            draft,
            self.app.notes.sentences(article),
            [party.name for party in analysis.parties],
            heading=heading,
            adding=statement is None,
        )
        self.app.push_screen(panel, answered)

    def _save_statement(
        self, article: Article, statement: Statement | None, before: StatementDraft, after: StatementDraft
    ) -> None:
        try:
            correction = _statement_change(article, statement, before, after)
        except CorrectionError as error:
            self.app.notify(display_safe(str(error)), severity="error", markup=False)
            return
        if correction is None:
            self.app.notify("Nothing changed.", markup=False)
            return
        if statement is None:
            self.app.notes.cancel_selection()
        self._save(article, correction)

    # --- parties --------------------------------------------------------------------------------------

    def correct_party(self, change: str) -> None:
        """``M`` ``R`` ``T`` ``S`` in the Parties pane: ask for the one value, then save the correction."""
        analysis = self._ready()
        if analysis is None:
            return
        focused = self.app.focused
        option = focused.highlighted_option if isinstance(focused, PartyList) else None
        party = analysis.party(option.id) if option and option.id != ALL_PARTIES else None
        if party is None:
            self.app.notify("Move to a party in the Parties pane first.", markup=False)
            return
        from briefing.tui.correction_panel import PartyDialog

        name = display_safe(party.name)
        if change == "merge":
            others = [p.name for p in analysis.parties if p.id != party.id]
            dialog = PartyDialog(f"Merge {name} into…", others, placeholder="another party", free=False)
        elif change == "rename":
            dialog = PartyDialog(f"Rename {name}", [], placeholder="the party's name", free=True)
        elif change == "type":
            dialog = PartyDialog(f"{name} is a…", TYPE_WORDS, placeholder="type", free=False)
        else:
            if not party.aliases:
                self.app.notify(f"{name} has no other name to split out.", markup=False)
                return
            dialog = PartyDialog(
                f"Split an alias out of {name}", list(party.aliases), placeholder="alias", free=False
            )
        article = self.app.article

        def answered(value: str | None) -> None:
            if value is not None:
                self._save_party(article, party, change, value)

        self.app.push_screen(dialog, answered)

    def _save_party(self, article: Article, party: Party, change: str, value: str) -> None:
        try:
            correction = party_correction(
                article,
                party,
                analysis=self.app.state.analyses.get(article.id),
                **{PARTY_CHANGES[change]: value},
            )
        except CorrectionError as error:
            self.app.notify(display_safe(str(error)), severity="error", markup=False)
            return
        self._save(article, correction)

    # --- saving and undoing ---------------------------------------------------------------------------

    def _save(self, article: Article, correction: Correction) -> None:
        """Check the correction applies, write it, redraw; the statement it made stays current."""
        store = self.store
        machine = self.machine.get(article.id)
        if store is None or machine is None:
            return
        try:
            earlier = store.corrections_for(article)
        except STORE_PROBLEMS as error:
            self.app.notify(f"The correction was not saved: {error}", severity="error", markup=False)
            return
        reason = refusal(article, machine, earlier, correction)
        if reason is not None:
            self.app.notify(f"Not saved: {display_safe(reason)}", severity="error", markup=False)
            return
        try:
            saved = store.add_correction(correction)
        except STORE_PROBLEMS as error:
            self.app.notify(f"The correction was not saved: {error}", severity="error", markup=False)
            return
        self.made.append(saved)
        self.app.undo.record(UNDO_OWNER)
        self._reapply(article)
        self._keep_current(saved)
        self.app.notify(f"Corrected: {display_safe(describe(saved))} (u undoes it).", markup=False)

    def _keep_current(self, correction: Correction) -> None:
        analysis = self.app.current_analysis
        if correction.not_a_statement:  # nothing is current where it was
            self.app.state.current_statement = None
            self.app.view.set_current_statement(None)
        if analysis is None or correction.target != "statement" or correction.not_a_statement:
            self.app.show_state()
            return
        index = statement_at(analysis.statements, correction.start, correction.end)
        if index is not None:
            self.app.go_to_statement(index)

    def undo(self) -> None:
        """Take back the last correction made in this reader."""
        store = self.store
        if not self.made or store is None:
            self.app.notify("Nothing to undo.", markup=False)
            return
        correction = self.made.pop()
        try:
            store.delete_correction(correction.id)
        except KeyError:
            self.app.notify("That correction was already removed (by another window?).", markup=False)
        except STORE_PROBLEMS as error:
            self.made.append(correction)
            self.app.undo.record(UNDO_OWNER)
            self.app.notify(f"The correction was not undone: {error}", severity="error", markup=False)
            return
        else:
            self.app.notify(f"Undone: {display_safe(describe(correction))}.", markup=False)
        article = self._article(correction.article_id)
        if article is not None:
            self._reapply(article)
            self.app.show_state()

    def _ready(self) -> Analysis | None:
        if self.store is None:
            self.app.notify(
                "Corrections are off: the notes file is not open.", severity="warning", markup=False
            )
            return None
        analysis = self.app.current_analysis
        if analysis is None or self.app.article.id not in self.machine:
            self.app.notify("The analysis is not ready yet.", markup=False)
            return None
        return analysis


def _speaker_name(analysis: Analysis, statement: Statement) -> str:
    party = analysis.party(statement.party_id)
    return party.name if party is not None else (statement.speaker or "")


def _statement_change(
    article: Article, statement: Statement | None, before: StatementDraft, after: StatementDraft
) -> Correction | None:
    """The correction the panel's draft asks for (``None``: nothing changed)."""
    if statement is None:
        return statement_correction(
            article,
            after.start,
            after.end,
            speaker=after.speaker,
            stance=after.stance,
            kind=after.kind or None,
            added=True,
        )
    if after.not_a_statement:
        return statement_correction(article, statement.start, statement.end, not_a_statement=True)
    respan = (after.start, after.end) != (statement.start, statement.end)
    speaker = after.speaker if after.speaker.casefold() != before.speaker.casefold() else None
    stance = after.stance if after.stance != statement.stance else None
    kind = after.kind if after.kind != statement.kind else None
    if not (respan or speaker is not None or stance or kind):
        return None
    start, end = (after.start, after.end) if respan else (statement.start, statement.end)
    return statement_correction(article, start, end, speaker=speaker, stance=stance, kind=kind, respan=respan)
