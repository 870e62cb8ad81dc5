"""What the reader is showing, as plain data, and the rules that follow from it.

No Textual here (only the model and the Textual-free colour, text and selection
helpers): the app keeps one ``ReaderState``, changes it in its event handlers and
draws from it; the status line and the order ``n``/``N`` step
through are pure functions of it, so they are tested without a running app.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.corrections import machine_said
from briefing.model import (
    PLAIN_CLAIM_RULE,
    STANCE_GLYPHS,
    STANCE_HEADINGS,
    UNNAMED_SOURCES,
    UNNAMED_SOURCES_HEADING,
    Analysis,
    Article,
    Party,
    Statement,
)
from briefing.tui.colours import speaker_key
from briefing.tui.safe_text import display_safe
from briefing.tui.selection import TextSelection

Span = tuple[int, int]
CORRECTED_GLYPH = "✎"  # beside a statement or party the analyst corrected


@dataclass
class ReaderState:
    """The reading state: which article, which party and statement are chosen, the search, the selection."""

    articles: list[Article]
    index: int = 0
    analyses: dict[str, Analysis] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # article id: the problem, for the status
    analysing: str | None = None  # the article the analyser is working on
    party_filter: str | None = None
    current_statement: int | None = None
    search_query: str = ""
    matches: list[Span] = field(default_factory=list)
    match_index: int | None = None
    selection: TextSelection | None = None  # the keyboard selection (after v)

    @property
    def article(self) -> Article:
        return self.articles[self.index]

    @property
    def analysis(self) -> Analysis | None:
        return self.analyses.get(self.article.id)

    @property
    def statement(self) -> Statement | None:
        """The current statement, if there is one."""
        analysis = self.analysis
        if analysis is None or self.current_statement is None:
            return None
        if not 0 <= self.current_statement < len(analysis.statements):
            return None
        return analysis.statements[self.current_statement]

    def show(self, index: int) -> None:
        """Another article: nothing chosen in it yet."""
        self.index = index
        self.party_filter = None
        self.current_statement = None
        self.end_search()
        self.selection = None

    def end_search(self) -> None:
        self.search_query = ""
        self.matches = []
        self.match_index = None

    def search(self, query: str) -> None:
        self.search_query = query
        self.matches = find_matches(self.article.text, query)
        self.match_index = None

    def done(self) -> int:
        """How many articles have an analysis or a failure."""
        return len(self.analyses) + len(self.failures)


def find_matches(text: str, query: str) -> list[Span]:
    """Every case-insensitive occurrence of ``query`` (offsets into ``text``)."""
    if not query:
        return []
    return [match.span() for match in re.finditer(re.escape(query), text, re.IGNORECASE)]


def statement_order(analysis: Analysis | None, party_filter: str | None) -> list[int]:
    """Indices of the statements n/N step through, in document order (the chosen party's only)."""
    if analysis is None:
        return []
    rows = analysis.statement_rows()  # a party's row holds its unnamed spokesmen's statements too
    chosen = [
        (statement.start, index)
        for index, statement in enumerate(analysis.statements)
        if party_filter is None or rows[index] == party_filter
    ]
    return [index for _, index in sorted(chosen)]


def next_statement(state: ReaderState, forward: bool, top: int) -> int | None:
    """The statement n (``forward``) or N goes to; ``top`` is the offset at the top of the view."""
    analysis = state.analysis
    order = statement_order(analysis, state.party_filter)
    if analysis is None or not order:
        return None
    if state.current_statement in order:
        position = order.index(state.current_statement) + (1 if forward else -1)
        return order[position % len(order)]
    starts = analysis.statements
    if forward:
        return next((i for i in order if starts[i].start >= top), order[0])
    return next((i for i in reversed(order) if starts[i].start < top), order[-1])


def next_match(state: ReaderState, forward: bool, top: int) -> int:
    """The search match n (``forward``) or N goes to; there must be matches."""
    matches = state.matches
    if state.match_index is not None:
        return (state.match_index + (1 if forward else -1)) % len(matches)
    if forward:
        return next((i for i, (start, _) in enumerate(matches) if start >= top), 0)
    return next((i for i in range(len(matches) - 1, -1, -1) if matches[i][0] < top), len(matches) - 1)


def match_wrapped(state: ReaderState, forward: bool, index: int, top: int) -> bool:
    """Whether going to match ``index`` passed the end (or, backwards, the start) of the article."""
    previous = state.match_index
    start = state.matches[index][0]
    if previous is None:  # the first step goes from the top of the view
        return start < top if forward else start >= top
    return index <= previous if forward else index >= previous


class Part(NamedTuple):
    """A piece of the status line: its text and how it is drawn (``"bold"``, ``"speaker"`` or plain)."""

    text: str
    look: str = ""
    speaker: str | None = None  # for ``"speaker"``: whose colour


def status_line(state: ReaderState) -> list[Part]:
    """The status line for the state (outside text made safe to draw)."""
    safe = display_safe
    article = state.article
    analysis = state.analysis
    if state.selection is not None:
        words = len(article.text[state.selection.start : state.selection.end].split())
        return [
            Part(
                f"Selected {words} word{'s' * (words != 1)} · w/b word · j/k sentence · "
                "a note · h highlight · c add as a statement · esc cancel"
            )
        ]
    if state.search_query:
        query = safe(state.search_query)
        if not state.matches:
            return [Part(f"No matches for “{query}”")]
        place = f"{state.match_index + 1}/" if state.match_index is not None else ""
        return [Part(f"Search “{query}”: {place}{len(state.matches)} matches · n/N step · esc ends")]
    if article.id in state.failures:
        return [Part(state.failures[article.id])]
    if analysis is None:
        return [Part("Analysing who said what… (the text is ready to read)")]
    parts: list[Part] = []
    statement = state.statement
    if statement is not None:
        speaker = speaker_key(analysis, statement)
        parts.append(Part(f"{STANCE_GLYPHS[statement.stance]} {STANCE_HEADINGS[statement.stance]}", "bold"))
        parts.append(Part(" · "))
        parts.append(Part(safe(speaker or "unknown speaker"), "speaker", speaker))
        parts.extend(_machine_said(statement))  # before the cue and count: a narrow status cuts the end
        if statement.cue:
            parts.append(Part(f" · “{safe(statement.cue)}”"))
        visible = statement_order(analysis, state.party_filter)
        if state.current_statement in visible:
            parts.append(Part(f" · {visible.index(state.current_statement) + 1}/{len(visible)}"))
        if statement.stance_rule and statement.stance_rule != PLAIN_CLAIM_RULE and not statement.corrected:
            parts.append(Part(f" · why: {safe(statement.stance_rule)}", "italic"))
    else:
        parts.append(Part(f"{statement_summary(analysis)} · n: next statement"))
    if state.party_filter:
        party = analysis.party(state.party_filter)
        chosen = safe(party.name) if party else "one party"
        if state.party_filter == UNNAMED_SOURCES:
            chosen = UNNAMED_SOURCES_HEADING.lower()
        parts.append(Part(f" · only {chosen} (esc: all)"))
        if party is not None and statement is None:
            parts.extend(_machine_said(party))
    if state.analysing and state.analysing != article.id:
        parts.append(Part(" · analysing the other articles…"))
    return parts


def _machine_said(item: Statement | Party) -> list[Part]:
    said = machine_said(item)
    if said is None:
        return []
    return [Part(f" · {CORRECTED_GLYPH} analyser said: {display_safe(said)}", "italic")]


def statement_summary(analysis: Analysis) -> str:
    """What is counted, named: statements, the parties who made them, and every party named."""
    count = len(analysis.statements)
    speaking = len({row for row in analysis.statement_rows() if row and row != UNNAMED_SOURCES})
    named = len(analysis.listed_parties())
    return (
        f"{count} statement{'s' * (count != 1)} from {speaking} of {named} part{'ies' if named != 1 else 'y'}"
    )


def drop_duplicates(known: list[Article], new: Sequence[Article]) -> tuple[list[Article], list[str]]:
    """The new articles whose text is not already known (the same page saved twice is read once),
    and one line for each one left out, naming both sources."""
    first: dict[str, Article] = {article.id: article for article in known}
    kept: list[Article] = []
    lines: list[str] = []
    for article in new:
        same = first.get(article.id)
        if same is None:
            first[article.id] = article
            kept.append(article)
        else:
            lines.append(
                f"{display_safe(article.source)}: the same text as {display_safe(same.source)}; shown once"
            )
    return kept, lines
