"""The correction panels: one statement's speaker, stance, kind and span; one party's change.

Both only edit a draft and return it (``ctrl+s``), or ``None`` (``escape``); the
corrections controller turns a draft into a ``Correction`` and saves it. Keys in
the statement panel (while the speaker field is not focused): ``1``–``5`` the
stance, ``d`` ``i`` ``m`` the kind, ``x`` "not a statement", ``w`` ``b`` ``j``
``k`` grow and shrink the span as the selection keys do, ``s`` the speaker field
(type-ahead over the article's parties; a name no party has makes a new party;
enter goes back to the keys). Article text and names are drawn as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from briefing.model import STANCE_GLYPHS, STANCE_HEADINGS, STANCES
from briefing.tui.safe_text import display_safe
from briefing.tui.selection import Sentences, TextSelection
from briefing.tui.style_sheets import DIALOG_SHEETS

SPAN_CHARS = 400  # the span is shown whole up to here, then its two ends
KIND_KEYS: dict[str, str] = {"d": "direct", "i": "indirect", "m": "mixed"}
MATCHES_SHOWN = 6


@dataclass(frozen=True)
class StatementDraft:
    """What the analyst set for a statement: its span, speaker ("" nobody), stance and kind."""

    start: int
    end: int
    speaker: str
    stance: str
    kind: str
    not_a_statement: bool = False


def as_typed(typed: str, names: Sequence[str]) -> str:
    """What was typed (white space collapsed), spelt as the name of ``names`` it equals ignoring case."""
    flat = " ".join(typed.split())
    return next((name for name in names if name.casefold() == flat.casefold()), flat)


def first_match(typed: str, names: Sequence[str]) -> str:
    """The name ``typed`` means when enter is pressed: the one it equals, else the first that matches
    (as the matches line lists them), else what was typed."""
    exact = as_typed(typed, names)
    if exact in names or not exact:
        return exact
    matching = names_matching(exact, names)
    return matching[0] if matching else exact


def names_matching(typed: str, names: Sequence[str]) -> list[str]:
    """The names holding every typed word (ignoring case), those that begin with it first."""
    words = typed.casefold().split()
    found = [name for name in names if all(word in name.casefold() for word in words)]
    return sorted(found, key=lambda name: not name.casefold().startswith(typed.casefold().strip()))


class FocusableStatic(Static, can_focus=True):
    """A text the panel's one-key choices act from (so no field swallows the keys)."""


class CorrectionPanel(ModalScreen[StatementDraft | None]):
    """Correct one statement (or, with ``adding``, describe one the analyser missed)."""

    CSS_PATH = DIALOG_SHEETS

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel", key_display="esc", priority=True),
        *(Binding(str(n), f"stance('{stance}')", show=False) for n, stance in enumerate(STANCES, 1)),
        *(Binding(key, f"kind('{kind}')", show=False) for key, kind in KIND_KEYS.items()),
        Binding("x", "toggle_not_a_statement", "Not a statement", show=False),
        Binding("w,right", "span('grow_word')", show=False),
        Binding("b,left", "span('shrink_word')", show=False),
        Binding("j,down", "span('grow_sentence')", show=False),
        Binding("k,up", "span('shrink_sentence')", show=False),
        Binding("s", "speaker", "Speaker", show=False),
    ]

    def __init__(
        self,
        text: str,
        draft: StatementDraft,
        sentences: Sentences,
        party_names: Sequence[str],
        *,
        heading: str,
        adding: bool = False,
    ) -> None:
        super().__init__()
        self.text = text
        self.initial = draft
        self.draft = draft
        self.sentences = sentences
        self.party_names = list(party_names)
        self.heading = heading
        self.adding = adding

    def compose(self) -> ComposeResult:
        with Vertical(id="correction-panel", classes="dialog"):
            yield Static(Content(self.heading), id="correction-heading")
            yield FocusableStatic(id="correction-span")
            with Horizontal(id="correction-speaker-row"):
                yield Static(Content("Speaker "), classes="field-label")
                yield Input(
                    self.draft.speaker,
                    placeholder="a party of the article, or a new name (→ completes)",
                    suggester=SuggestFromList(self.party_names, case_sensitive=False),
                    id="correction-speaker",
                )
            yield Static(id="correction-matches")
            yield Static(id="correction-stance")
            yield Static(id="correction-kind")
            if not self.adding:
                yield Static(id="correction-remove")
            keys = "1–5 stance · d/i/m kind · w/b word · j/k sentence · s speaker"
            if not self.adding:
                keys += " · x not a statement"
            yield Static(Content(f"{keys}\nctrl+s save · esc cancel"), id="correction-hint")

    def on_mount(self) -> None:
        self.query_one("#correction-span", FocusableStatic).focus()
        self._draw()

    # --- the choices --------------------------------------------------------------------------------

    def action_stance(self, stance: str) -> None:
        self._change(stance=stance, not_a_statement=False)

    def action_kind(self, kind: str) -> None:
        self._change(kind=kind, not_a_statement=False)

    def action_toggle_not_a_statement(self) -> None:
        if not self.adding:
            self._change(not_a_statement=not self.draft.not_a_statement)

    def action_span(self, move: str) -> None:
        mover: Callable[[TextSelection], TextSelection] = getattr(self.sentences, move)
        moved = mover(TextSelection(self.draft.start, self.draft.end))
        if (moved.start, moved.end) == (self.draft.start, self.draft.end):
            self.app.bell()
            return
        self._change(start=moved.start, end=moved.end, not_a_statement=False)

    def action_speaker(self) -> None:
        # At once, not after a refresh: keys typed straight after s must reach the field.
        self.set_focus(self.query_one("#correction-speaker", Input))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.draft = replace(self.draft, speaker=" ".join(event.value.split()))
        self._draw()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        chosen = first_match(event.value, self.party_names)
        if chosen != event.value:
            event.input.value = chosen
        self.draft = replace(self.draft, speaker=chosen)
        self.set_focus(self.query_one("#correction-span", FocusableStatic))
        self._draw()

    def action_save(self) -> None:
        speaker = as_typed(self.query_one("#correction-speaker", Input).value, self.party_names)
        self.dismiss(replace(self.draft, speaker=speaker))

    def action_cancel(self) -> None:
        self.dismiss(None)

    # --- drawing ------------------------------------------------------------------------------------

    def _change(self, **changes: object) -> None:
        self.draft = replace(self.draft, **changes)  # type: ignore[arg-type]
        self._draw()

    def _draw(self) -> None:
        draft = self.draft
        words = self.text[draft.start : draft.end]
        flat = " ".join(display_safe(words).split())
        if len(flat) > SPAN_CHARS:
            flat = flat[: SPAN_CHARS // 2] + " … " + flat[-SPAN_CHARS // 2 :]
        changed = (draft.start, draft.end) != (self.initial.start, self.initial.end)
        self.query_one("#correction-span", Static).update(
            Content.assemble(("“" + flat + "”", "italic"), (" (span changed)" if changed else "", "bold"))
        )
        self.query_one("#correction-matches", Static).update(self._matches_line())
        self.query_one("#correction-stance", Static).update(
            _choices("Stance  ", [(str(n), s) for n, s in enumerate(STANCES, 1)], draft.stance, _stance_word)
        )
        self.query_one("#correction-kind", Static).update(
            _choices("Kind    ", [(key, kind) for key, kind in KIND_KEYS.items()], draft.kind, str)
        )
        if not self.adding:
            removing = "yes: the statement is removed" if draft.not_a_statement else "no"
            self.query_one("#correction-remove", Static).update(
                Content.assemble(("Not a statement (x)  ", "dim"), (removing, "bold" * draft.not_a_statement))
            )

    def _matches_line(self) -> Content:
        typed = self.draft.speaker
        if not typed:
            return Content.assemble(("nobody named", "dim"))
        matching = names_matching(typed, self.party_names)
        if any(name.casefold() == typed.casefold() for name in matching):
            return Content.assemble(("a party of the article", "dim"))
        if not matching:
            return Content.assemble(("a new party: ", "dim"), display_safe(typed))
        shown = " · ".join(display_safe(name) for name in matching[:MATCHES_SHOWN])
        more = f" · … {len(matching) - MATCHES_SHOWN} more" if len(matching) > MATCHES_SHOWN else ""
        hint = "  (enter: the first · ctrl+s: a new party as typed)"
        return Content.assemble(("parties: ", "dim"), shown + more, (hint, "dim"))


def _stance_word(stance: str) -> str:
    return f"{STANCE_GLYPHS[stance]} {STANCE_HEADINGS[stance].lower().rstrip('s')}"


def _choices(label: str, keyed: list[tuple[str, str]], chosen: str, word: Callable[[str], str]) -> Content:
    parts: list[tuple[str, str] | str] = [(label, "dim")]
    for key, value in keyed:
        parts.append((f" {key} ", "bold"))
        parts.append((word(value), "reverse bold" if value == chosen else ""))
        parts.append("  ")
    return Content.assemble(*parts)


class PartyDialog(ModalScreen[str | None]):
    """One party change: a name (merge into, rename, split alias) or a type, typed with completion."""

    CSS_PATH = DIALOG_SHEETS

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel", key_display="esc", priority=True),
    ]

    def __init__(self, heading: str, choices: Sequence[str], *, placeholder: str, free: bool) -> None:
        super().__init__()
        self.heading = heading
        self.choices = list(choices)
        self.placeholder = placeholder
        self.free = free  # any name may be typed (rename), not only one of the choices

    def compose(self) -> ComposeResult:
        with Vertical(id="party-dialog", classes="dialog"):
            yield Static(Content(self.heading), id="party-dialog-heading")
            yield Input(
                placeholder=self.placeholder,
                suggester=SuggestFromList(self.choices, case_sensitive=False) if self.choices else None,
                id="party-dialog-input",
            )
            yield Static(id="party-dialog-matches")
            yield Static(Content("enter or ctrl+s save · esc cancel · → completes"), id="party-dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._draw("")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._draw(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        typed = self.query_one(Input).value
        chosen = as_typed(typed, self.choices) if self.free else first_match(typed, self.choices)
        if not chosen:
            self.app.bell()
            return
        if not self.free and chosen not in self.choices:
            self.query_one("#party-dialog-matches", Static).update(
                Content.assemble(("not one of the choices: ", "bold"), display_safe(chosen))
            )
            self.app.bell()
            return
        self.dismiss(chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _draw(self, typed: str) -> None:
        if not self.choices:
            return
        matching = names_matching(typed, self.choices)
        shown = " · ".join(display_safe(name) for name in matching[:MATCHES_SHOWN]) or "none"
        self.query_one("#party-dialog-matches", Static).update(Content.assemble(("choices: ", "dim"), shown))
