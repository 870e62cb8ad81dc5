"""The side lists: Parties (left) and Statements (right).

Both are OptionLists filled from an Analysis; they post OptionList's own
messages and the app decides what choosing an option means. Every prompt is
built as Content from plain strings, so article text is never read as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from rich.segment import Segment
from textual.cache import LRUCache
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import (
    STANCE_GLYPHS,
    STANCE_HEADINGS,
    STANCES,
    UNNAMED_SOURCES,
    UNNAMED_SOURCES_HEADING,
    Analysis,
    Party,
)
from briefing.tui.colours import speaker_keys
from briefing.tui.commands import bindings
from briefing.tui.list_rows import OneLineRow
from briefing.tui.reader_state import CORRECTED_GLYPH
from briefing.tui.safe_text import display_safe

GROUPS: tuple[tuple[str, str], ...] = (("PERSON", "People"), ("ORG", "Organisations"), ("GPE", "States"))
ALL_PARTIES = "all"
MENTIONED_ONLY = "Also mentioned"
# The one row under the "Unnamed sources" heading: choosing it shows their statements.
UNNAMED_SOURCES_ROW = "not named in the article"
EXCERPT_CHARS = 70
# OptionList measures every option; past this many per stance a long report's list costs
# seconds and helps nobody, so the rest are counted (n/N and choosing a party still reach them).
MAX_LISTED_PER_STANCE = 150

SlotStyle = Callable[[int | None], Style]


class SideList(OptionList):
    """An OptionList with the reader's list keys (j/k, g/G) from the command table."""

    BINDINGS = [*bindings("list")]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        # Drawn rows, keyed on what is drawn: the row, its state, the width and the style. Bounded, as
        # every resize, theme and hover adds keys.
        self._row_strips: LRUCache[tuple[int, str, int, Style], Strip] = LRUCache(1024)

    def clear_options(self) -> Self:
        self._row_strips.clear()
        return super().clear_options()

    def render_line(self, y: int) -> Strip:
        """A row as one strip straight from its one-line Content (``list_rows.OneLineRow``).

        OptionList's own path wraps every option in a Visual, pads and measures it, and is most
        of what the two lists cost in the reader's first frame; a row of one line needs none of it.
        Anything else (a prompt of several lines) is drawn by OptionList."""
        line = self.scroll_offset.y + y
        # OptionList.render_lines brought the line cache up to date for this frame; its ``_lines``
        # property would do that again for every line drawn.
        lines = self._line_cache.lines
        if not 0 <= line < len(lines):
            return super().render_line(y)
        index, offset = lines[line]
        option = self.options[index]
        prompt = option.prompt
        if offset or not isinstance(prompt, OneLineRow):  # a divider is its own line, offset 1
            return super().render_line(y)
        state = ""
        if option.disabled:
            state = "option-list--option-disabled"
        elif self.highlighted == index:
            state = "option-list--option-highlighted"
        elif self._mouse_hovering_over == index:
            state = "option-list--option-hover"
        style = (
            self.get_visual_style("option-list--option", state)
            if state
            else self.get_visual_style("option-list--option")
        )
        width = self.scrollable_content_region.width
        key = (index, state, width, style)
        strip = self._row_strips.get(key)
        if strip is None:
            strip = self._draw_row(prompt, index, width, style)
            self._row_strips[key] = strip
        return strip

    def _draw_row(self, row: OneLineRow, index: int, width: int, style: Style) -> Strip:
        padding = self.get_component_styles("option-list--option").padding
        inner = width - padding.left - padding.right
        rich_style = style.rich_style
        segments: list[Segment] = [Segment(" " * padding.left, rich_style)] if padding.left else []
        if inner > 0:
            segments.extend(row.strip(inner, style, ellipsis=self.styles.text_overflow == "ellipsis"))
        strip = Strip(segments).extend_cell_length(width, rich_style).crop(0, width)
        return strip.apply_meta({"option": index})  # a click chooses the row, as OptionList's own do

    def on_focus(self) -> None:
        # A list just focused shows where its cursor is, so the first j/k moves from a visible row.
        if self.highlighted is None and self.option_count:
            self.action_first()

    def highlight_id(self, option_id: str) -> None:
        try:
            self.highlighted = self.get_option_index(option_id)
        except OptionDoesNotExist:  # not listed (yet, or past the cap): leave the highlight where it is
            pass


class PartyList(SideList):
    """Parties grouped People / Organisations / States, each with its swatch and statement count.

    An unnamed source's statements count for the named party it speaks for; those that speak for no
    named party are one row apart, under "Unnamed sources" (``briefing.model.listed_under``)."""

    BINDINGS = bindings("parties")  # the correction keys (added to SideList's)

    def show_parties(
        self,
        analysis: Analysis | None,
        slots: dict[str, int],
        slot_style: SlotStyle,
        pending: bool = True,
        markers: dict[str, str] | None = None,
    ) -> None:
        """``markers``: a speaker's margin marker, shown on its swatch as the key to the article."""
        self.clear_options()
        if analysis is None:
            self.add_option(Option(Content("Analysing…" if pending else "No analysis"), disabled=True))
            return
        counts = _statement_counts(analysis)
        total = len(analysis.statements)
        width = len(str(max(counts.values(), default=0)))
        options = [Option(Content(f"All {total} statement{'s' * (total != 1)}"), id=ALL_PARTIES)]
        listed = analysis.listed_parties()  # a party is someone the article names
        speaking = [p for p in listed if counts.get(p.id)]
        for party_type, heading in (*GROUPS, ("", "Others")):
            members = [p for p in speaking if _group(p) == party_type]
            if not members:
                continue
            options.append(Option(Content(heading), disabled=True))
            members.sort(key=lambda party: (-counts[party.id], party.name.casefold()))
            options.extend(
                Option(self._prompt(party, counts, width, slots, slot_style, markers or {}), id=party.id)
                for party in members
            )
        unnamed = counts.get(UNNAMED_SOURCES, 0)
        if unnamed:  # sources the article does not name, and that speak for no named party: apart
            options.append(Option(Content(UNNAMED_SOURCES_HEADING), disabled=True))
            prompt = Content.assemble(("■ ", "dim"), (f"{unnamed:>{width}} ", "dim"), UNNAMED_SOURCES_ROW)
            options.append(Option(prompt, id=UNNAMED_SOURCES))
        # Parties with no statement (often a byline's job title or a place) would bury the ones
        # who speak; they stay listed, below, the most mentioned first.
        silent = [p for p in listed if not counts.get(p.id)]
        if silent:
            options.append(Option(Content(MENTIONED_ONLY), disabled=True))
            silent.sort(key=lambda party: (-len(party.mentions), party.name.casefold()))
            options.extend(
                Option(self._prompt(party, counts, width, slots, slot_style, markers or {}), id=party.id)
                for party in silent
            )
        self.add_options(one_line_rows(options))  # one batch: OptionList re-measures after every add

    @staticmethod
    def _prompt(
        party: Party,
        counts: dict[str, int],
        width: int,
        slots: dict[str, int],
        slot_style: SlotStyle,
        markers: dict[str, str],
    ) -> Content:
        # The count goes before the name: a long name is cut at the pane's edge, the count never is.
        # The swatch becomes the speaker's margin marker where colour alone cannot tell speakers apart.
        swatch = f"{markers.get(party.name, '■')} "
        return Content.assemble(
            (swatch, slot_style(slots.get(party.name))),
            (f"{counts.get(party.id, 0):>{width}} ", "dim"),
            (f"{CORRECTED_GLYPH} " if party.corrected else "", "bold"),
            display_safe(party.name),
        )


def _group(party: Party) -> str:
    return party.type if party.type in {"PERSON", "ORG", "GPE"} else ""


def _statement_counts(analysis: Analysis) -> dict[str, int]:
    """Statements per row of the list: an unnamed source's count goes to the row it is listed under."""
    counts: dict[str, int] = {}
    for row in analysis.statement_rows():
        if row:
            counts[row] = counts.get(row, 0) + 1
    return counts


class StatementList(SideList):
    """Statements of one party, or of all, under the five stance headings; one line each."""

    def show_statements(
        self, analysis: Analysis | None, party_id: str | None, slots: dict[str, int], slot_style: SlotStyle
    ) -> None:
        self.clear_options()
        if analysis is None:
            return
        rows = analysis.statement_rows()
        chosen = [
            (index, s)
            for index, s in enumerate(analysis.statements)
            if party_id is None or rows[index] == party_id
        ]
        if not chosen:
            self.add_option(Option(Content("No statements found"), disabled=True))
            return
        options: list[Option] = []
        keys = speaker_keys(analysis)
        for stance in STANCES:
            group = [(index, s) for index, s in chosen if s.stance == stance]
            if not group:
                continue
            options.append(Option(Content(f"{STANCE_HEADINGS[stance]}  {len(group)}"), disabled=True))
            for index, statement in group[:MAX_LISTED_PER_STANCE]:
                speaker = keys[index]
                prompt = Content.assemble(
                    (
                        f"{STANCE_GLYPHS[stance]}{CORRECTED_GLYPH * statement.corrected} "
                        f"{display_safe(speaker or 'unknown speaker')}",
                        slot_style(slots.get(speaker) if speaker else None),
                    ),
                    ": ",
                    excerpt(statement.text),
                )
                options.append(Option(prompt, id=statement_option_id(index)))
            if len(group) > MAX_LISTED_PER_STANCE:
                hidden = len(group) - MAX_LISTED_PER_STANCE
                options.append(
                    Option(Content(f"  … {hidden} more: choose a party, or step with n"), disabled=True)
                )
        self.add_options(one_line_rows(options))


def one_line_rows(options: list[Option]) -> list[Option]:
    """The options as rows the list draws on one line each, cheaply (``briefing.tui.list_rows``)."""
    rows = []
    for option in options:
        prompt = option.prompt
        row = OneLineRow.of(prompt) if isinstance(prompt, Content) else prompt
        rows.append(Option(row, id=option.id, disabled=option.disabled))
    return rows


def statement_option_id(index: int) -> str:
    return f"statement-{index}"


def statement_index(option_id: str | None) -> int | None:
    if option_id and option_id.startswith("statement-"):
        return int(option_id.removeprefix("statement-"))
    return None


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """One line of a statement: white space collapsed, cut at a word with an ellipsis."""
    flat = " ".join(display_safe(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit].rstrip(",;:") + "…"
