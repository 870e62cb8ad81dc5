"""Search every open article, and save the open articles under a name: the briefing's two prompts.

Like the other briefing screens (``briefing_views``), each answers with ``dismiss``:
a search hit to go to, or the name to save under.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Article
from briefing.morning import outlet
from briefing.tui.briefing_rows import hit_context, search_articles
from briefing.tui.briefing_views import (
    TITLE_CHARS,
    BriefingScreen,
    GoToMatch,
    briefing_bindings,
    first_enabled,
)
from briefing.tui.panes import SideList, excerpt
from briefing.tui.safe_text import display_safe
from briefing.tui.style_sheets import BRIEFING_SHEETS, DIALOG_SHEETS

MAX_HITS_PER_ARTICLE = 50  # past this the article's row says how many more


# --- search every open article -------------------------------------------------------------------------


class SearchAllScreen(BriefingScreen):
    """A search over every open article, its hits listed by article; enter goes to one."""

    BINDINGS = briefing_bindings()

    def __init__(self, articles: Sequence[Article], query: str = "") -> None:
        super().__init__()
        self.articles = list(articles)
        self.query_text = query

    def compose(self) -> ComposeResult:
        yield Static(classes="briefing-heading")
        yield Input(
            value=self.query_text,
            placeholder="Search every open article (enter: to the hits, esc: back)",
            id="search-all",
        )
        yield SideList(id="search-hits")

    def on_mount(self) -> None:
        self._fill(self.query_text)
        self.query_one("#search-all", Input).focus()

    @on(Input.Changed, "#search-all")
    def _typed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#search-all")
    def _submitted(self) -> None:
        hits = self.query_one("#search-hits", SideList)
        hits.focus()
        hits.highlighted = first_enabled(hits)

    def _fill(self, query: str) -> None:
        self.query_text = query
        found = search_articles(self.articles, query) if query else []
        total = sum(len(article_hits.spans) for article_hits in found)
        shown = display_safe(query)
        if not query:
            self.set_heading(f"Search {len(self.articles)} open articles · esc back")
        else:
            self.set_heading(
                f"“{shown}”: {total} hit{'s' * (total != 1)} in {len(found)} of {len(self.articles)} articles"
                " · enter goes to a hit · esc back"
            )
        hits = self.query_one("#search-hits", SideList)
        hits.clear_options()
        if query and not found:
            hits.add_option(Option(Content(f"No article has “{shown}”"), disabled=True))
        for article_hits in found:
            article = article_hits.article
            title = excerpt(article.title or article.source, TITLE_CHARS)
            count = len(article_hits.spans)
            heading = f"{title} · {display_safe(outlet(article))} ({count} hit{'s' * (count != 1)})"
            hits.add_option(Option(Content.assemble((heading, "bold")), disabled=True))
            for number, span in enumerate(article_hits.spans[:MAX_HITS_PER_ARTICLE]):
                before, word, after = hit_context(article.text, span)
                hits.add_option(
                    Option(
                        Content.assemble("  ", before, (word, "reverse"), after),
                        id=f"hit-{article_hits.index}-{number}",
                    )
                )
            if count > MAX_HITS_PER_ARTICLE:
                more = f"  … {count - MAX_HITS_PER_ARTICLE} more: n in the article steps through them"
                hits.add_option(Option(Content(more), disabled=True))

    @on(OptionList.OptionSelected, "#search-hits")
    def _hit_chosen(self, event: OptionList.OptionSelected) -> None:
        _, index, number = (event.option.id or "").split("-")
        self.dismiss(GoToMatch(int(index), self.query_text, int(number)))

    def action_close(self) -> None:
        hits = self.query_one("#search-hits", SideList)
        if hits.has_focus:  # back to the query first
            self.query_one("#search-all", Input).focus()
        else:
            self.dismiss(None)


# --- saving the open articles as a named briefing --------------------------------------------------------


class SaveBriefingScreen(ModalScreen[str | None]):
    """Asks for a name; enter saves, escape does not."""

    CSS_PATH = [*DIALOG_SHEETS, *BRIEFING_SHEETS]

    BINDINGS = briefing_bindings()

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def compose(self) -> ComposeResult:
        with Vertical(id="save-briefing", classes="dialog"):
            yield Static(
                Content(f"Save the {self.count} open articles as a briefing named:"), id="save-briefing-label"
            )
            yield Input(placeholder="e.g. sines-port (enter saves, esc cancels)", id="save-briefing-name")

    def on_mount(self) -> None:
        self.query_one("#save-briefing-name", Input).focus()

    @on(Input.Submitted, "#save-briefing-name")
    def _named(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name:
            self.app.bell()
            return
        self.dismiss(name)

    def action_close(self) -> None:
        self.dismiss(None)
