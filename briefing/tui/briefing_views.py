"""The briefing's screens: the article list, the parties across articles, the disputes.

Each screen is given what it shows (attributes down) and answers with ``dismiss``:
where to go (an article, a statement in an article, a search hit), or ``None``.
The ``BriefingController`` pushes them and refills an open one as analyses arrive.
Every prompt is Content built from plain strings: article text is never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import STANCE_GLYPHS, STANCE_HEADINGS, STANCES
from briefing.morning import Briefing, BriefingParty, BriefingStatement, Dispute, outlet
from briefing.tui.briefing_rows import (
    SORT_WORDS,
    SORTS,
    ArticleRow,
    sorted_rows,
)
from briefing.tui.commands import bindings
from briefing.tui.panes import SideList, excerpt
from briefing.tui.safe_text import display_safe
from briefing.tui.style_sheets import BRIEFING_SHEETS

TITLE_CHARS = 90
QUOTE_CHARS = 90


@dataclass(frozen=True)
class GoToArticle:
    index: int  # in the reader's articles


@dataclass(frozen=True)
class GoToStatement:
    article_id: str
    index: int  # in that article's analysis


@dataclass(frozen=True)
class GoToMatch:
    index: int  # the article, in the reader's articles
    query: str
    match: int  # which hit in that article


Destination = GoToArticle | GoToStatement | GoToMatch


def briefing_bindings(*actions: str) -> list:
    return [binding for binding in bindings("briefing") if binding.action in {"close", *actions}]


def _where(item: BriefingStatement) -> str:
    date = f" · {item.date}" if item.date else ""
    return display_safe(f"{item.outlet}{date}")


def _statement_prompt(item: BriefingStatement, speaker: str | None = None) -> Content:
    glyph = STANCE_GLYPHS[item.statement.stance]
    who = f"{display_safe(speaker)}: " if speaker else ""
    return Content.assemble(
        f"{glyph} {who}“{excerpt(item.statement.text, QUOTE_CHARS)}”\n   ", (_where(item), "dim")
    )


class BriefingScreen(Screen["Destination | None"]):
    """A full screen over the reader: a heading line, its lists, and escape to go back."""

    CSS_PATH = BRIEFING_SHEETS

    def action_close(self) -> None:
        self.dismiss(None)

    def set_heading(self, text: str) -> None:
        self.query_one(".briefing-heading", Static).update(Content(text))


# --- the article list ------------------------------------------------------------------------------


class ArticleListScreen(BriefingScreen):
    """Every open article (title, outlet, date, statements, notes, read), the texts shown once,
    and the sources that could not be read, each with its error."""

    BINDINGS = briefing_bindings("cycle_sort", "toggle_unread_first")

    def __init__(
        self,
        rows: Sequence[ArticleRow],
        duplicates: Sequence[str],
        failures: Sequence[str],
        *,
        current: int = 0,
        at_failures: bool = False,
        sort: str = "opened",
        unread_first: bool = False,
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.duplicates = list(duplicates)
        self.failures = list(failures)
        self.current = current
        self.at_failures = at_failures
        self.sort = sort
        self.unread_first = unread_first

    def compose(self) -> ComposeResult:
        yield Static(classes="briefing-heading")
        yield SideList(id="article-list")

    def on_mount(self) -> None:
        self._fill()
        article_list = self.query_one("#article-list", SideList)
        if self.at_failures and self.failures:
            article_list.highlight_id("failure-0")
        else:
            article_list.highlight_id(f"article-{self.current}")
        article_list.focus()

    def _fill(self) -> None:
        unread = sum(not row.read for row in self.rows)
        order = SORT_WORDS[self.sort] + (", unread first" if self.unread_first else "")
        self.set_heading(
            f"Articles: {len(self.rows)} open, {unread} unread · by {order} "
            "· enter read · s sort · u unread first · esc back"
        )
        article_list = self.query_one("#article-list", SideList)
        kept = article_list.highlighted_option.id if article_list.highlighted_option else None
        article_list.clear_options()
        for row in sorted_rows(self.rows, self.sort, self.unread_first):
            article_list.add_option(Option(self._row_prompt(row), id=f"article-{row.index}"))
        if self.duplicates:
            heading = f"Same text from more than one source, shown once ({len(self.duplicates)})"
            article_list.add_option(Option(Content.assemble((heading, "bold")), disabled=True))
            article_list.add_options(Option(Content(line), disabled=True) for line in self.duplicates)
        if self.failures:
            heading = f"Could not be read ({len(self.failures)})"
            article_list.add_option(Option(Content.assemble((heading, "bold")), disabled=True))
            article_list.add_options(
                Option(Content(display_safe(line)), id=f"failure-{number}")
                for number, line in enumerate(self.failures)
            )
        if kept:
            article_list.highlight_id(kept)

    def _row_prompt(self, row: ArticleRow) -> Content:
        article = row.article
        title = excerpt(article.title or article.source, TITLE_CHARS)
        statements = "analysing…" if row.statements is None else f"{row.statements} statements"
        notes = f"{row.notes} note{'s' * (row.notes != 1)}"
        details = " · ".join(
            part for part in (row.outlet, article.date or "no date", statements, notes) if part
        )
        mark = ("  ", "") if row.read else ("● ", "bold")
        look = "" if row.read else "bold"
        state = "read" if row.read else "unread"
        return Content.assemble(mark, (title, look), "\n  ", (display_safe(f"{details} · {state}"), "dim"))

    @on(OptionList.OptionSelected, "#article-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("article-"):
            self.dismiss(GoToArticle(int(option_id.removeprefix("article-"))))
        else:
            self.app.bell()  # a source that could not be read has nothing to open

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._fill()

    def action_toggle_unread_first(self) -> None:
        self.unread_first = not self.unread_first
        self._fill()


# --- parties across the articles ---------------------------------------------------------------------


class BriefingPartiesScreen(BriefingScreen):
    """Each party across the articles with its counts by stance; its statements from every article."""

    BINDINGS = briefing_bindings("toggle_grouping")

    def __init__(self, briefing: Briefing | None, progress: str) -> None:
        super().__init__()
        self.briefing = briefing
        self.progress = progress
        self.by_article = False
        self.chosen: str | None = None  # the party whose statements are listed

    def compose(self) -> ComposeResult:
        yield Static(classes="briefing-heading")
        with Horizontal(classes="briefing-columns"):
            yield SideList(id="briefing-parties")
            yield SideList(id="briefing-statements")

    def on_mount(self) -> None:
        self.query_one("#briefing-parties").border_title = "Parties across the articles"
        self.query_one("#briefing-statements").border_title = "Statements"
        self._fill()
        self.query_one("#briefing-parties", SideList).focus()

    def show_briefing(self, briefing: Briefing | None, progress: str) -> None:
        """A newer briefing (more analyses arrived): refill, keeping the chosen party and the cursors.
        The same briefing with a new count (an analysis arrived, not yet built in) changes the heading
        only: refilling the lists at every arrival would slow the keys while analyses stream in."""
        same = briefing is self.briefing
        self.briefing = briefing
        self.progress = progress
        if same:
            self._show_heading()
        else:
            self._fill()

    def _show_heading(self) -> None:
        count = len(self.briefing.articles) if self.briefing else 0
        grouping = "by article" if self.by_article else "by stance"
        self.set_heading(
            f"Parties across {count} analysed article{'s' * (count != 1)} · {self.progress} · "
            f"enter choose · t group {grouping} · esc back"
        )

    def _fill(self) -> None:
        briefing = self.briefing
        self._show_heading()
        parties = self.query_one("#briefing-parties", SideList)
        kept = parties.highlighted_option.id if parties.highlighted_option else None
        parties.clear_options()
        if briefing is None:
            parties.add_option(Option(Content("Waiting for the first analyses…"), disabled=True))
        else:
            principal = briefing.principal_parties()
            if not principal:
                parties.add_option(Option(Content("Nobody is quoted yet"), disabled=True))
            parties.add_options(Option(self._party_prompt(p), id=p.id) for p in principal)
        if kept:
            parties.highlight_id(kept)
        elif parties.option_count and parties.highlighted is None:
            parties.highlighted = 0
        self._fill_statements()

    def _party_prompt(self, party: BriefingParty) -> Content:
        counts = party.stance_counts()
        shown = "  ".join(f"{STANCE_GLYPHS[s]} {counts[s]}" for s in STANCES if counts[s])
        articles = len(party.article_ids)
        return Content.assemble(
            (excerpt(party.name, 40), "bold"),
            "\n  ",
            f"{shown}  ",
            (f"in {articles} article{'s' * (articles != 1)}", "dim"),
        )

    def _fill_statements(self) -> None:
        statements = self.query_one("#briefing-statements", SideList)
        kept = statements.highlighted_option.id if statements.highlighted_option else None
        statements.clear_options()
        party = self.briefing.party(self.chosen) if self.briefing else None
        if party is None:
            statements.border_title = "Statements"
            statements.add_option(Option(Content("enter on a party lists its statements"), disabled=True))
            return
        statements.border_title = f"{display_safe(party.name)}: {len(party.statements)} statements"
        if self.by_article:
            groups = [
                (f"{display_safe(outlet(article))} · {excerpt(article.title or article.source, 60)}", items)
                for article, items in party.by_article()
            ]
        else:
            groups = [
                (f"{STANCE_GLYPHS[stance]} {STANCE_HEADINGS[stance]}", items)
                for stance, items in party.by_stance().items()
                if items
            ]
        for heading, items in groups:
            title = Content.assemble((f"{heading} ({len(items)})", "bold"))
            statements.add_option(Option(title, disabled=True))
            statements.add_options(
                Option(_statement_prompt(item), id=f"s-{item.article.id}-{item.index}") for item in items
            )
        if kept:
            statements.highlight_id(kept)

    @on(OptionList.OptionSelected, "#briefing-parties")
    def _party_chosen(self, event: OptionList.OptionSelected) -> None:
        self.chosen = event.option.id
        self._fill_statements()
        statements = self.query_one("#briefing-statements", SideList)
        statements.focus()
        statements.highlighted = first_enabled(statements)

    @on(OptionList.OptionSelected, "#briefing-statements")
    def _statement_chosen(self, event: OptionList.OptionSelected) -> None:
        article_id, _, index = (event.option.id or "").removeprefix("s-").rpartition("-")
        if article_id:
            self.dismiss(GoToStatement(article_id, int(index)))

    def action_toggle_grouping(self) -> None:
        self.by_article = not self.by_article
        self._fill()

    def action_close(self) -> None:
        statements = self.query_one("#briefing-statements", SideList)
        if statements.has_focus:  # back to the parties first
            self.query_one("#briefing-parties", SideList).focus()
        else:
            self.dismiss(None)


# --- disputes -------------------------------------------------------------------------------------------


class DisputesScreen(BriefingScreen):
    """What one party asserts beside another's answer, why they were linked; each side jumps to its place."""

    BINDINGS = briefing_bindings()

    def __init__(self, briefing: Briefing | None, disputes: Sequence[Dispute], progress: str) -> None:
        super().__init__()
        self.briefing = briefing
        self.disputes = list(disputes)
        self.progress = progress

    def compose(self) -> ComposeResult:
        yield Static(classes="briefing-heading")
        yield SideList(id="disputes")

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#disputes", SideList).focus()

    def show_briefing(self, briefing: Briefing | None, disputes: Sequence[Dispute], progress: str) -> None:
        same = briefing is self.briefing  # only the count changed: the heading, not the list
        self.briefing = briefing
        self.disputes = list(disputes)
        self.progress = progress
        if same:
            self._show_heading()
        else:
            self._fill()

    def _party_name(self, party_id: str | None) -> str:
        party = self.briefing.party(party_id) if self.briefing else None
        return display_safe(party.name) if party else "unattributed"

    def _show_heading(self) -> None:
        count = len(self.disputes)
        self.set_heading(
            f"Disputes: {count} linked pair{'s' * (count != 1)} · {self.progress} · "
            "enter on a side goes to it · esc back"
        )

    def _fill(self) -> None:
        self._show_heading()
        disputes = self.query_one("#disputes", SideList)
        kept = disputes.highlighted_option.id if disputes.highlighted_option else None
        disputes.clear_options()
        if not self.disputes:
            waiting = "Waiting for the first analyses…" if self.briefing is None else "No linked pairs yet"
            disputes.add_option(Option(Content(waiting), disabled=True))
        for number, dispute in enumerate(self.disputes, 1):
            stance = STANCE_HEADINGS[dispute.response.statement.stance].lower()
            where = "in one article" if dispute.same_article else "across articles"
            heading = (
                f"{number}. {self._party_name(dispute.assertion.party_id)} · "
                f"{self._party_name(dispute.response.party_id)} ({stance}, {where})"
            )
            disputes.add_option(Option(Content.assemble((heading, "bold")), disabled=True))
            for side, item in (("a", dispute.assertion), ("r", dispute.response)):
                disputes.add_option(
                    Option(
                        _statement_prompt(item, self._party_name(item.party_id)),
                        id=f"{side}{number}-{item.article.id}-{item.index}",
                    )
                )
            disputes.add_option(
                Option(Content.assemble(("   why: ", "dim"), display_safe(dispute.reason)), disabled=True)
            )
        if kept:
            disputes.highlight_id(kept)
        if disputes.highlighted is None:
            disputes.highlighted = first_enabled(disputes)

    @on(OptionList.OptionSelected, "#disputes")
    def _side_chosen(self, event: OptionList.OptionSelected) -> None:
        _, _, place = (event.option.id or "").partition("-")
        article_id, _, index = place.rpartition("-")
        if article_id:
            self.dismiss(GoToStatement(article_id, int(index)))


def first_enabled(option_list: OptionList) -> int | None:
    """The first option that can be chosen (headings are disabled), or ``None``."""
    return next(
        (i for i in range(option_list.option_count) if not option_list.get_option_at_index(i).disabled), None
    )
