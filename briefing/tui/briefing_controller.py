"""The morning briefing in the reader: the article list, parties and disputes across articles,
search everywhere, read or unread, and saving the open set under a name.

The app holds one ``BriefingController`` (``app.morning``) and calls it from thin actions
and event handlers. Merging the parties and linking disputes takes up to a second on fifty
articles, so it runs in a thread worker that posts ``BriefingBuilt``; a view that is open
is refilled as each newer briefing arrives. The library (read state, saved briefings) is
``briefing.store.Library``; marking an article read is written from a thread worker too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message
from textual.screen import Screen

from briefing.model import Analysis, Article
from briefing.store import Library, StoreError
from briefing.tui.safe_text import display_safe

# The briefing's views, rows and merging load when first used: the reader's first screen shows none.
if TYPE_CHECKING:
    from briefing.morning import Briefing, Dispute
    from briefing.tui.app import BriefingApp
    from briefing.tui.briefing_rows import ArticleRow
    from briefing.tui.briefing_views import BriefingPartiesScreen, Destination, DisputesScreen


def _briefing_views() -> tuple[type[Screen], ...]:
    from briefing.tui.briefing_search import SearchAllScreen
    from briefing.tui.briefing_views import ArticleListScreen, BriefingPartiesScreen, DisputesScreen

    return (ArticleListScreen, BriefingPartiesScreen, DisputesScreen, SearchAllScreen)


def _merged_views() -> tuple[type[BriefingPartiesScreen], type[DisputesScreen]]:
    from briefing.tui import briefing_views

    return (briefing_views.BriefingPartiesScreen, briefing_views.DisputesScreen)


# The app's keys that still mean something over a briefing view; the rest act on the article
# hidden beneath it (n, a, h, v …), so they wait until the view is closed.
REBUILD_PAUSE = 0.5  # seconds between two rebuilds of the briefing while analyses arrive
_APP_ACTIONS_OVER_VIEWS = frozenset(
    {
        "quit",
        "help",
        "command_palette",
        "focus_next",
        "focus_previous",
        "article_list",
        "failed_sources",
        "briefing_parties",
        "disputes",
        "search_everywhere",
        "save_briefing",
    }
)


class BriefingBuilt(Message):
    """A briefing merged from the analyses there were (``analysed`` of them), or the problem."""

    def __init__(
        self, briefing: Briefing | None, disputes: list[Dispute], analysed: int, problem: str | None = None
    ) -> None:
        super().__init__()
        self.briefing = briefing
        self.disputes = disputes
        self.analysed = analysed
        self.problem = problem


class BriefingController:
    """Everything the reader does with the open articles as one briefing."""

    def __init__(self, app: BriefingApp, db_path: Path | None, use_store: bool) -> None:
        self.app = app
        self.library_path = db_path
        self.library_wanted = use_store
        self.read_ids: set[str] = set()  # shown in this session (the library keeps earlier sessions')
        self.opened_order: list[str] = []
        self.briefing: Briefing | None = None
        self.disputes: list[Dispute] = []
        self.sort = "opened"
        self.unread_first = False
        self._built_from = 0  # analyses the briefing was built from
        self._building = False
        self._again = False  # more analyses arrived while building
        self._next_build = 0.0  # monotonic time before which no rebuild starts (see REBUILD_PAUSE)
        self._build_waiting = False  # a timer will start the rebuild
        self._library: Library | None = None
        self._library_failed = False
        self.library_problem: str | None = None  # why the library could not be opened
        self._library_told = False
        self._library_lock = threading.Lock()
        self._views_opened = False  # no briefing view can be on screen before the first is opened

    def allows(self, action: str) -> bool:
        """Whether an app key acts now: over a briefing view, only the keys that make sense there."""
        stack = self.app.screen_stack
        over_view = self._views_opened and bool(stack) and isinstance(stack[-1], _briefing_views())
        return not over_view or action in _APP_ACTIONS_OVER_VIEWS

    # --- the library ----------------------------------------------------------------------------------

    def library(self) -> Library | None:
        """The library beside the notes file, opened once; ``None`` when notes are off or it is unreadable."""
        if not self.library_wanted:
            return None
        with self._library_lock:
            if self._library is None and not self._library_failed:
                try:
                    self._library = Library(self.library_path)
                except (StoreError, OSError) as error:
                    self._library_failed = True
                    self.library_problem = str(error)
            return self._library

    def _library_problem(self, problem: str) -> None:
        self.app.notify(
            f"Read state and saved briefings are off: {problem}", severity="warning", markup=False
        )

    def article_shown(self, article: Article) -> None:
        """An article shown is read: remembered now, written to the library off the event loop."""
        if article.id not in self.opened_order:
            self.opened_order.append(article.id)
        if article.id in self.read_ids:
            return
        self.read_ids.add(article.id)
        if self.library_wanted:
            self.app.run_worker(
                partial(self._mark_read, article), thread=True, group="library", exit_on_error=False
            )

    def _mark_read(self, article: Article) -> None:
        library = self.library()
        if library is None:
            if self.library_problem and not self._library_told:
                self._library_told = True
                self.app.call_from_thread(self._library_problem, self.library_problem)
            return
        try:
            try:
                library.set_read(article.id)
            except KeyError:  # loaded behind the first source: not kept yet
                library.keep_articles([article])
                library.set_read(article.id)
        except (StoreError, OSError) as error:
            self.app.call_from_thread(self._library_problem, str(error))

    def _stored_read(self) -> set[str]:
        library = self.library()
        if library is None:
            return set()
        try:
            return {stored.article.id for stored in library.articles() if stored.read}
        except (StoreError, OSError):
            return set()

    # --- the article list -----------------------------------------------------------------------------

    def rows(self) -> list[ArticleRow]:
        from briefing.tui.briefing_rows import ArticleRow

        read = self.read_ids | self._stored_read()
        analyses = self.app.state.analyses
        return [
            ArticleRow(
                index,
                article,
                len(analyses[article.id].statements) if article.id in analyses else None,
                self._note_count(article),
                article.id in read,
            )
            for index, article in enumerate(self.app.articles)
        ]

    def _note_count(self, article: Article) -> int:
        store = self.app.notes.notes_store
        if store is None:
            return 0
        try:
            return len(store.annotations_for(article))
        except (StoreError, OSError):
            return 0

    def show_articles(self, at_failures: bool = False) -> None:
        from briefing.tui.briefing_views import ArticleListScreen

        self._open(
            ArticleListScreen(
                self.rows(),
                self.app.duplicates,
                self.app.load_errors,
                current=self.app.state.index,
                at_failures=at_failures,
                sort=self.sort,
                unread_first=self.unread_first,
            )
        )

    def show_failures(self) -> None:
        if not self.app.load_errors:
            self.app.notify("Every source was read.", markup=False)
            return
        self.show_articles(at_failures=True)

    def announce_failures(self) -> None:
        """The sources that could not be read, said in the app (and on stderr after exit)."""
        count = len(self.app.load_errors)
        if count:
            self.app.notify(
                f"{count} source{'s' * (count != 1)} could not be read — press ! to see why",
                severity="warning",
                markup=False,
                timeout=10,
            )

    # --- parties, disputes, search across the articles ------------------------------------------------

    def show_parties(self) -> None:
        from briefing.tui.briefing_views import BriefingPartiesScreen

        self._open(BriefingPartiesScreen(self.briefing, self.progress()))
        self._build_if_behind()

    def show_disputes(self) -> None:
        from briefing.tui.briefing_views import DisputesScreen

        self._open(DisputesScreen(self.briefing, self.disputes, self.progress()))
        self._build_if_behind()

    def search_everywhere(self) -> None:
        from briefing.tui.briefing_search import SearchAllScreen

        self._open(SearchAllScreen(self.app.articles, self.app.state.search_query))

    def progress(self) -> str:
        done, total = self.app.state.done(), len(self.app.articles)
        more = " (more sources loading)" if self.app.loading else ""
        return f"{done}/{total} analysed{more}"

    def _open(self, screen: Screen[Destination | None]) -> None:
        if self._views_opened and isinstance(self.app.screen, _briefing_views()):
            self.app.pop_screen()  # from one briefing view straight to another
        self._views_opened = True
        self.app.push_screen(screen, self._arrived)

    def _arrived(self, destination: Destination | None) -> None:
        from briefing.tui.briefing_views import GoToArticle, GoToMatch, GoToStatement

        app = self.app
        if isinstance(destination, GoToArticle):
            app.show_article(destination.index)
        elif isinstance(destination, GoToStatement):
            index = next((i for i, a in enumerate(app.articles) if a.id == destination.article_id), None)
            if index is not None:
                app.show_article(index)
                app.go_to_statement(destination.index)
        elif isinstance(destination, GoToMatch):
            app.show_article(destination.index)
            app.show_match(destination.query, destination.match)
        app.view.focus()

    # --- building the briefing as analyses arrive -----------------------------------------------------

    def analyses_changed(self) -> None:
        """Another analysis arrived: an open briefing view shows the count, and fills in when rebuilt."""
        if not self._views_opened:
            return
        if self._refresh_open_view():
            self._build_if_behind()

    def _refresh_open_view(self) -> bool:
        """Show the current briefing in the Parties or disputes view on screen; whether one is."""
        parties_view, disputes_view = _merged_views()
        screen = self.app.screen
        if isinstance(screen, parties_view):
            screen.show_briefing(self.briefing, self.progress())
        elif isinstance(screen, disputes_view):
            screen.show_briefing(self.briefing, self.disputes, self.progress())
        return isinstance(screen, parties_view | disputes_view)

    def _build_if_behind(self) -> None:
        if self._building:
            self._again = True
            return
        wait = self._next_build - time.monotonic()
        if wait > 0:  # rebuilt a moment ago: once more when the pause is over, with all that came
            if not self._build_waiting:
                self._build_waiting = True
                self.app.set_timer(wait, self._build_after_pause)
            return
        pairs = self._pairs()
        if len(pairs) == self._built_from and self.briefing is not None:
            return
        if not pairs:
            return
        self._building = True
        self.app.run_worker(partial(self._build, pairs), thread=True, group="briefing", exit_on_error=False)

    def _build_after_pause(self) -> None:
        self._build_waiting = False
        if self.app.is_running and self._refresh_open_view():
            self._build_if_behind()

    def _pairs(self) -> list[tuple[Article, Analysis]]:
        analyses = self.app.state.analyses
        return [(article, analyses[article.id]) for article in self.app.articles if article.id in analyses]

    def _build(self, pairs: Sequence[tuple[Article, Analysis]]) -> None:
        from briefing.morning import build_briefing, find_disputes

        try:
            briefing = build_briefing(pairs)
            disputes = find_disputes(briefing)
        except Exception as error:  # a view must say so, not wait forever
            self.app.post_message(BriefingBuilt(None, [], len(pairs), f"the briefing failed: {error}"))
            return
        self.app.post_message(BriefingBuilt(briefing, disputes, len(pairs)))

    def built(self, message: BriefingBuilt) -> None:
        self._building = False
        if message.problem:
            self.app.notify(display_safe(message.problem), severity="error", markup=False)
        else:
            self.briefing, self.disputes = message.briefing, message.disputes
            self._built_from = message.analysed
        # A build holds the interpreter for ~0.1 s per 50 articles: back to back while analyses stream
        # in, they would slow every key in the view; a pause between them keeps keys quick.
        self._next_build = time.monotonic() + REBUILD_PAUSE
        view_open = self._refresh_open_view()
        if self._again or len(self._pairs()) > self._built_from:
            self._again = False
            if view_open and not message.problem:
                self._build_if_behind()

    # --- saving the open articles as a named briefing -------------------------------------------------

    def save(self) -> None:
        library = self.library()
        if library is None:
            why = f": {self.library_problem}" if self.library_problem else " (notes are off)"
            self.app.notify(f"Briefings cannot be saved{why}", severity="warning", markup=False)
            return
        from briefing.tui.briefing_search import SaveBriefingScreen

        self.app.push_screen(SaveBriefingScreen(len(self.app.articles)), self._named)

    def _named(self, name: str | None) -> None:
        library = self.library()
        if name is None or library is None:
            return
        try:
            saved = library.save_briefing(name, self.app.articles)
        except (StoreError, OSError, ValueError) as error:
            self.app.notify(f"The briefing was not saved: {error}", severity="error", markup=False)
            return
        count = len(saved.article_ids)
        shown = display_safe(name)
        self.app.notify(
            f"Saved the briefing “{shown}” ({count} article{'s' * (count != 1)}); "
            f"reopen it with: briefing open {shown}",
            markup=False,
            timeout=10,
        )

    def close(self) -> None:
        with self._library_lock:
            if self._library is not None:
                self._library.close()
                self._library = None
