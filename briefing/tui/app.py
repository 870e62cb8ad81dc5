"""The reader: Parties | Article | Statements, with keys from the command table.

The app holds the reading state (``state``, a plain ``ReaderState``) and hands it
down to the widgets; widgets report up with messages. Notes and highlights are the
``NotesController``'s (``notes``). Analyses come from the ``AnalysisService``, asked
by a thread worker that takes articles off a queue and posts messages, never
touching widgets; the article text is on screen before it starts.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Input, OptionList, Static
from textual.worker import get_current_worker

from briefing.model import Analysis, Article
from briefing.service import AnalysisService, Found
from briefing.service import analyzer_version as real_analyzer_version
from briefing.tui.analysis_worker import AnalysisQueue, Analyzer, one_by_one, reader_analyser
from briefing.tui.article_view import ArticleColours, ArticleView
from briefing.tui.briefing_controller import BriefingBuilt, BriefingController
from briefing.tui.citations import CitationSink, citation
from briefing.tui.colours import PALETTE_SIZE, palette_size, speaker_key, speaker_markers, speaker_slots
from briefing.tui.commands import COMMANDS, bindings, key_label
from briefing.tui.corrections_controller import CorrectionsController
from briefing.tui.draft_recovery import DraftRecord, DraftRecovery
from briefing.tui.footer import ReaderFooter
from briefing.tui.notes_controller import SELECTING_ACTIONS, NotesController
from briefing.tui.notes_pane import NotesPane
from briefing.tui.panes import ALL_PARTIES, PartyList, StatementList, statement_index, statement_option_id
from briefing.tui.providers import PartyProvider
from briefing.tui.reader_state import (
    ReaderState,
    drop_duplicates,
    match_wrapped,
    next_match,
    next_statement,
    status_line,
)
from briefing.tui.safe_text import display_safe
from briefing.tui.style_cache import CachedStylesheet, StyleCache
from briefing.tui.style_sheets import READER_SHEETS, read_later_sheets
from briefing.tui.theme_memory import ThemeMemory
from briefing.tui.title_bar import TitleBar
from briefing.tui.toasts import ToastGate

if TYPE_CHECKING:
    from textual.widgets import ProgressBar
from briefing.tui.undo import UndoHistory

FIRST_FRAME_WAIT = 2.0  # seconds a worker waits for the first frame before starting anyway


class AnalysisStarted(Message):
    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id


class AnalysisReady(Message):
    def __init__(self, article_id: str, analysis: Analysis, cached: bool) -> None:
        super().__init__()
        self.article_id = article_id
        self.analysis = analysis
        self.cached = cached


def never_in_the_reader(articles: Sequence[Article]) -> Iterator[Analysis]:
    """The service's batch backend in the reader: its analyses stream from the child (``stream``);
    analysing here would import spaCy into the process that draws the screen."""
    raise RuntimeError("the reader analyses only in its analysis child")
    yield  # a generator, like every backend


class ReaderScreen(Screen):
    """The reader's own screen: the article pane has the focus from the start, so no other pane is
    focused and then left (each change of focus restyles the panes, the article's 33 colours included)."""

    AUTO_FOCUS = "#article"
    _resumed = False

    def post_message(self, message: Message) -> bool:
        if isinstance(message, events.ScreenResume) and not self._resumed:
            # Textual restyles every node of a screen that resumes. The first time, every node was
            # styled as it mounted a moment before (and each change since restyled what it changed):
            # that second pass, the article's 33 colours included, only delayed the first frame.
            self._resumed = True
            message.refresh_styles = False
        return super().post_message(message)

    def on_resize(self, event: events.Resize) -> None:
        # At launch the terminal reports the size the screen was first laid out at once or twice more
        # (the driver's first reading, then the terminal's answer), and Textual lays the whole screen
        # out again for each: two passes that only delayed the article's highlights. Once the text is
        # on screen every resize is honoured, a resize and back included (its repaint is wanted).
        launching = not getattr(self.app, "text_shown", True)
        if launching and self.is_attached and self.outer_size == event.size:
            event.stop()
            event.prevent_default()  # Screen._on_resize, which would lay it out again, is skipped


def breakpoint_classes(size: tuple[int, int], horizontal, vertical) -> list[str]:
    """The screen classes Textual gives a screen of this size (Screen._on_resize), worked out ahead."""
    width, height = size
    return [
        next((name for least, name in sorted(points, reverse=True) if cells >= least), "")
        for cells, points in ((width, horizontal), (height, vertical))
        if points
    ]


class ArticlesLoaded(Message):
    """A source named on the command line finished loading in the background."""

    def __init__(self, articles: list[Article], errors: list[str], skipped: list[str], last: bool) -> None:
        super().__init__()
        self.last = last  # no more sources after this one
        self.articles = articles
        self.errors = errors
        self.skipped = skipped


class AnalysisFailed(Message):
    def __init__(self, article_id: str, problem: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.problem = problem


class BriefingApp(App[None]):
    """Read articles with who-said-what drawn in, party by party."""

    CSS_PATH = READER_SHEETS  # the dialogs' and briefing views' are read after the first frame
    BINDINGS = [*bindings("app"), *bindings("selecting")]
    # Screen classes for the styles: narrower side panes, and a smaller note box on a short terminal.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-medium"), (140, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    COMMANDS = App.COMMANDS | {PartyProvider}
    TITLE = "briefing"

    def __init__(
        self,
        articles: Sequence[Article],
        db_path: Path | None = None,
        *,
        analyzer: Analyzer | None = None,
        analyzer_version: str | None = None,
        use_store: bool = True,
        more_sources: Sequence[str] = (),
        max_bytes: int | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        themes: ThemeMemory | None = None,
        load_errors: Sequence[str] = (),
        on_first_frame: Callable[[], object] | None = None,
    ) -> None:
        super().__init__()
        # Each sheet's parse is read from the last launch's when nothing it depends on changed.
        self.stylesheet = CachedStylesheet(variables=self.get_css_variables(), cache=StyleCache())
        self._on_first_frame = on_first_frame  # called once the article's text is first on screen
        self.themes = themes or ThemeMemory(None, None)  # without one, nothing is remembered
        self.toasts = ToastGate()
        if not articles:
            raise ValueError("the reader needs at least one article")
        unique, self.duplicates = drop_duplicates([], articles)
        self.state = ReaderState(unique)
        self.cached_ids: set[str] = set()
        self._slot_cache: dict[str, dict[str, int]] = {}
        self._marker_cache: dict[str, dict[str, str]] = {}
        self.more_sources = list(more_sources)
        self.max_bytes = max_bytes
        self.limit = limit  # entries taken from each feed
        self.timeout = timeout  # the whole deadline of each URL
        self.loading = bool(self.more_sources)
        self.load_errors: list[str] = list(load_errors)  # sources not read: in the article list, on stderr
        self.load_skipped: list[str] = []
        self.exit_messages: list[str] = []  # other lines for stderr after quitting (a kept draft)
        self._first_frame = threading.Event()
        # The analyser's child starts when the first article missing from the cache is handed out.
        self._child, self._analyser = reader_analyser(analyzer)
        self.service = AnalysisService(
            backend=one_by_one(analyzer) if analyzer is not None else never_in_the_reader,
            version=analyzer_version if analyzer is not None else real_analyzer_version(),
        )
        self.jobs = AnalysisQueue()
        self.notes = NotesController(self, db_path, use_store)
        self.corrections = CorrectionsController(self)  # lays the analyst's corrections over each analysis
        self.undo = UndoHistory()  # u: the most recent of a note deletion and a correction
        self.recovery = DraftRecovery(self, db_path)
        self.citations = CitationSink()
        self.morning = BriefingController(self, db_path, use_store)

    # --- layout ---------------------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        # Made with the size classes its first resize would give it: that resize then changes no class,
        # and the whole screen is not styled a second time before its first frame.
        classes = breakpoint_classes(self.size, self.HORIZONTAL_BREAKPOINTS, self.VERTICAL_BREAKPOINTS)
        return ReaderScreen(id="_default", classes=" ".join(name for name in classes if name))

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="main"):
            yield PartyList(id="parties")
            with Vertical(id="centre"):
                colours = ArticleColours(id="article-colours")
                yield ArticleView(colours, id="article")
                yield colours
                # The search box and the progress bar are mounted when first needed: a cached
                # article needs neither, and each would add to the first frame's cost.
                with Horizontal(id="status-bar"):
                    yield Static(id="status", markup=False)
                    yield Static(id="article-counter", markup=False)  # never cut, as the title can be
                    yield Static(id="analysed", markup=False)
            yield StatementList(id="statements")
        yield ReaderFooter()

    @property
    def colour_count(self) -> int:
        """Speaker colours the terminal shows apart: Textual's console colour system decides
        (a headless run draws in truecolor)."""
        color_system = "truecolor" if self.is_headless else self.console.color_system
        return palette_size(color_system, self.no_color)

    def on_mount(self) -> None:
        self.set_class(self.colour_count < PALETTE_SIZE, "-colours-16")
        self.query_one(PartyList).border_title = "Parties"
        self.query_one(StatementList).border_title = "Statements"
        self.view.border_title = "Article"
        self.theme_changed_signal.subscribe(self, self._on_theme_changed)
        self.themes.start(self)
        # The notes file, and the first article's cached analysis in it, are read before the article is
        # first shown: its panes and notes are drawn once, not first empty and again a moment later.
        self.notes.open_notes()  # before the worker too: it then shares this store (or none, if bad)
        self._take_if_cached(self.articles[0])
        self.show_article(0)
        self.query_one(ArticleView).focus()
        for line in self.duplicates:
            self.notify(line, severity="warning", markup=False, timeout=10)
        self.morning.announce_failures()
        # The workers wait until the text is drawn (ArticleView.TextShown), so their imports
        # never delay it.
        self.notes.report_store_problem()
        self.recovery.offer()  # a note a stopped reader was writing
        if not self.is_headless:
            self.recovery.watch_signals()
        self.jobs.put(self.articles)
        if self.article.id in self.cached_ids:
            self.jobs.done(self.article.id)
        if not self.more_sources:
            self.jobs.finish()
        self.analyse_in_background(self.jobs, self.service)
        if self.more_sources:
            self.load_more_sources(list(self.more_sources), self.max_bytes, self.limit, self.timeout)

    @property
    def articles(self) -> list[Article]:
        return self.state.articles

    @property
    def index(self) -> int:
        return self.state.index

    @property
    def analyses(self) -> dict[str, Analysis]:
        return self.state.analyses

    @property
    def failures(self) -> dict[str, str]:
        return self.state.failures

    @property
    def article(self) -> Article:
        return self.state.article

    @property
    def current_analysis(self) -> Analysis | None:
        return self.state.analysis

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def search_active(self) -> bool:
        return bool(self.state.matches)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """As Textual's, but a message still on screen is not stacked a second time."""
        shown_for = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        if self.toasts.admit(f"{severity}:{message}", shown_for):
            super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    @on(events.DescendantFocus)
    def _place_toasts(self, event: events.DescendantFocus) -> None:
        # Toasts sit top right, over the Statements pane, unless that pane is the one in use. The class
        # goes on the toast rack alone: on the screen, every change of focus would restyle every pane.
        for rack in self.screen.query("#textual-toastrack"):
            rack.set_class(isinstance(event.widget, StatementList), "-left")

    # --- showing an article ---------------------------------------------------------------------------

    def show_article(self, index: int) -> None:
        self.state.show(index)
        article = self.article
        self.title = display_safe(article.title or Path(article.source).name or article.source)
        self.sub_title = f"{index + 1}/{len(self.articles)}"
        self._show_counter()
        self._end_search()
        analysis = self.current_analysis
        if analysis is None and article.id not in self.failures:
            self.jobs.put([article], first=True)  # the one on screen goes next
        self.view.show(article, analysis, self._slots(analysis))
        self.view.set_markers(self._markers(analysis))
        self.morning.article_shown(article)
        self.notes.show_annotations()
        self._refresh_panes()
        self.show_state()

    def _slots(self, analysis: Analysis | None) -> dict[str, int]:
        if analysis is None:
            return {}
        slots = self._slot_cache.get(analysis.article_id)
        if slots is None:
            size = self.colour_count or PALETTE_SIZE  # no colour: the slots still vary the text style
            slots = self._slot_cache[analysis.article_id] = speaker_slots(analysis, size)
        return slots

    def _markers(self, analysis: Analysis | None) -> dict[str, str]:
        if analysis is None:
            return {}
        markers = self._marker_cache.get(analysis.article_id)
        if markers is None:
            markers = self._marker_cache[analysis.article_id] = speaker_markers(analysis, self.colour_count)
        return markers

    def _slot_style(self, slot: int | None) -> Style:
        name = f"article-view--speaker-{slot}" if slot else "article-view--speaker-unknown"
        return self.view.colours.get_visual_style(name, partial=True)

    def _refresh_panes(self) -> None:
        analysis = self.current_analysis
        slots = self._slots(analysis)
        pending = self.article.id not in self.failures
        party_filter = self.state.party_filter
        markers = self._markers(analysis)
        self.query_one(PartyList).show_parties(analysis, slots, self._slot_style, pending, markers)
        self.query_one(StatementList).show_statements(analysis, party_filter, slots, self._slot_style)
        if party_filter:
            self.query_one(PartyList).highlight_id(party_filter)

    def _on_theme_changed(self, _theme: object) -> None:
        self.call_after_refresh(self._refresh_panes)

    # --- background loading and analysis --------------------------------------------------------------

    @work(thread=True, group="loading", exit_on_error=False)
    def load_more_sources(
        self, sources: list[str], max_bytes: int | None, limit: int | None, timeout: float | None = None
    ) -> None:
        """Ingest the sources after the first, one at a time, while the first is read."""
        from briefing.ingest import load_sources

        self._first_frame.wait(FIRST_FRAME_WAIT)
        self._first_frame_drawn()  # as late as this even if the text never showed
        for number, source in enumerate(sources, 1):
            if get_current_worker().is_cancelled:
                return
            options: dict = {} if max_bytes is None else {"max_bytes": max_bytes}
            if timeout is not None:
                options["timeout"] = timeout
            # Quitting cancels this worker: the cancel event abandons a URL being fetched at once.
            cancel = get_current_worker().cancelled_event
            result = load_sources([source], limit=limit, cancel=cancel, **options)
            last = number == len(sources)
            skipped = [*result.skipped, *result.warnings]  # both are shown after the app quits
            self.post_message(ArticlesLoaded(result.articles, result.errors, skipped, last))

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        kept, same = drop_duplicates(self.articles, message.articles)
        self.articles.extend(kept)
        self.jobs.put(kept)
        self.duplicates.extend(same)
        self.load_errors.extend(message.errors)
        self.load_skipped.extend(message.skipped)
        if message.last:
            self.loading = False
            self.jobs.finish()
            self.morning.announce_failures()
        for line in same:
            self.notify(line, severity="warning", markup=False, timeout=10)
        self.sub_title = f"{self.index + 1}/{len(self.articles)}"
        self._show_counter()
        self._show_progress()

    def _take_if_cached(self, article: Article) -> None:
        """The first article's cached analysis, taken before the first frame: a cached article is
        drawn once, highlighted, not first plain and again (a second frame of every pane). The lookup
        is a read of the cache file that a worker thread would make while holding the interpreter
        just the same."""
        try:
            found = next(iter(self.service.analyses([article], cached_only=True)), None)
        except Exception:  # the background analysis meets the same cache, and says what is wrong
            return
        if found is not None:
            self.analyses[article.id] = self.corrections.shown(article.id, found.analysis)
            self.cached_ids.add(article.id)

    @work(thread=True, group="analysis", exclusive=True, exit_on_error=False)
    def analyse_in_background(self, jobs: AnalysisQueue, service: AnalysisService) -> None:
        """Analyse each article the app queues, cache first: the analyser takes the next (the one on
        screen first) whenever it is ready for one, and each result is posted as it comes."""
        self._first_frame.wait(FIRST_FRAME_WAIT)
        self._first_frame_drawn()  # as late as this even if the text never showed
        for found in service.stream(jobs, self._analyser, on_miss=self._announce_analysis):
            if isinstance(found, Found):
                self.post_message(AnalysisReady(found.article.id, found.analysis, found.cached))
            else:  # one bad article does not stop the others
                problem = f"{found.article.source}: analysis failed: {found.problem}"
                self.post_message(AnalysisFailed(found.article.id, problem))

    def _announce_analysis(self, article: Article) -> None:
        self.post_message(AnalysisStarted(article.id))

    def on_article_view_text_shown(self) -> None:
        self._first_frame.set()
        self._first_frame_drawn()
        self.call_after_refresh(read_later_sheets, self)

    def _first_frame_drawn(self) -> None:
        hook, self._on_first_frame = self._on_first_frame, None
        if hook is not None:
            hook()

    @property
    def text_shown(self) -> bool:
        """Whether the article view's first frame has reached the app (the workers then start)."""
        return self._first_frame.is_set()

    @on(events.Unmount)
    def _stop_analysis(self) -> None:
        """Quitting must not wait for the analyser's child to finish a long article."""
        self.jobs.close()
        self._first_frame.set()  # wakes a worker still waiting for the first frame
        for worker in self.workers:
            worker.cancel()
        if self._child is not None:
            self._child.close()
        self.morning.close()

    def on_analysis_started(self, message: AnalysisStarted) -> None:
        if not self.is_running:  # the reader is closing and its widgets are going: nothing to show
            return
        self.state.analysing = message.article_id
        self._show_progress()  # the count is there from the first article the analyser takes
        self.show_state()

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if self.is_running:
            self._take_analysis(message.article_id, message.analysis, message.cached)

    def _take_analysis(self, article_id: str, analysis: Analysis, cached: bool) -> None:
        self.analyses[article_id] = self.corrections.shown(article_id, analysis)
        if cached:
            self.cached_ids.add(article_id)
        if self.state.analysing == article_id:
            self.state.analysing = None
        if article_id == self.article.id:
            shown = self.current_analysis  # with the analyst's corrections laid over it
            self.view.set_analysis(shown, self._slots(shown))
            self.view.set_markers(self._markers(shown))
            self._refresh_panes()
        self._show_progress()
        self.show_state()
        self.morning.analyses_changed()

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        if not self.is_running:
            return
        self.failures[message.article_id] = message.problem
        if self.state.analysing == message.article_id:
            self.state.analysing = None
        if message.article_id == self.article.id:
            self._refresh_panes()
        self._show_progress()
        self.show_state()
        self.morning.analyses_changed()

    def analysis_changed(self) -> None:
        """The current article's analysis was corrected: redraw the article, the panes and the status."""
        self._slot_cache.pop(self.article.id, None)  # a new or renamed speaker needs a colour
        analysis = self.current_analysis
        count = len(analysis.statements) if analysis else 0
        if self.state.current_statement is not None and self.state.current_statement >= count:
            self.state.current_statement = None
        self.view.set_analysis(analysis, self._slots(analysis))
        self.view.set_markers(self._markers(analysis))
        self.view.set_current_statement(self.state.current_statement)
        self._refresh_panes()
        self.show_state()

    def _show_counter(self) -> None:
        self.query_one("#article-counter", Static).update(f"article {self.sub_title}")

    def _show_progress(self) -> None:
        done = self.state.done()
        shown = self.loading or done < len(self.articles)
        bars = self.query("#progress")
        if shown or bars:
            bar = cast("ProgressBar", bars.first()) if bars else self._mount_progress_bar()
            bar.update(total=len(self.articles), progress=done)
            bar.display = shown
        analysed = self.query_one("#analysed", Static)
        analysed.update(Content(f"{done}/{len(self.articles)} analysed"), layout=False)
        analysed.display = shown
        for warning in self.service.take_warnings():
            self.notify(warning, severity="warning", markup=False)

    def on_briefing_built(self, message: BriefingBuilt) -> None:
        if not self.is_running:
            return
        self.morning.built(message)

    # --- the status line ------------------------------------------------------------------------------

    def show_state(self) -> None:
        """Redraw the status line from the state."""
        self.query_one("#status", Static).update(self._status(), layout=False)

    def _status(self) -> Content:
        slots = self._slots(self.current_analysis)
        pieces: list[tuple[str, str | Style] | str] = []
        for part in status_line(self.state):
            if part.look == "speaker":
                slot = slots.get(part.speaker) if part.speaker else None
                pieces.append((part.text, self._slot_style(slot)))
            elif part.look:
                pieces.append((part.text, part.look))
            else:
                pieces.append(part.text)
        return Content.assemble(*pieces)

    # --- statements -----------------------------------------------------------------------------------

    def go_to_statement(self, index: int) -> None:
        """Make a statement current: draw it as current, scroll to it, show its speaker, cue and stance."""
        analysis = self.current_analysis
        if analysis is None or not 0 <= index < len(analysis.statements):
            return
        self.state.current_statement = index
        self.view.set_current_statement(index)
        self.view.scroll_to_offset(analysis.statements[index].start)
        self.query_one(StatementList).highlight_id(statement_option_id(index))
        self.show_state()

    def show_match(self, query: str, match: int) -> None:
        """Search the article for ``query`` and go to its ``match``-th hit (from search everywhere)."""
        self.state.search(query)
        self.view.set_matches(self.state.matches, None)
        if 0 <= match < len(self.state.matches):
            self.state.match_index = match
            self.view.set_current_match(match)
            self.view.scroll_to_offset(self.state.matches[match][0])
        self.show_state()

    def _step_statement(self, forward: bool) -> None:
        target = next_statement(self.state, forward, self.view.top_offset())
        if target is None:
            self.bell()
            self.show_state()
            return
        self.go_to_statement(target)

    def choose_party(self, party_id: str | None) -> None:
        """Show only one party's statements (the rest dimmed); ``None`` shows everyone again."""
        self.state.party_filter = party_id
        statement, analysis = self.state.statement, self.state.analysis
        # The row chosen holds an unnamed spokesman's statements too (briefing.model.listed_under).
        if party_id and statement and analysis and analysis.listed_under(statement.party_id) != party_id:
            self.state.current_statement = None
            self.view.set_current_statement(None)
        self.view.set_focus_party(party_id)
        self._refresh_panes()
        self.show_state()

    # --- search ---------------------------------------------------------------------------------------

    def _end_search(self) -> None:
        self.state.end_search()
        search = self._search_box()
        if search is not None:
            search.value = ""
            search.display = False
        self.view.set_matches((), None)

    def _step_match(self, forward: bool) -> None:
        if not self.state.matches:  # n after a search that found nothing stays put
            self.bell()
            self.notify(f"No match for “{display_safe(self.state.search_query)}”.", markup=False)
            return
        top = self.view.top_offset()
        index = next_match(self.state, forward, top)
        if match_wrapped(self.state, forward, index, top):
            self.notify("Search wrapped " + ("to the top." if forward else "to the bottom."), markup=False)
        self.state.match_index = index
        self.view.set_current_match(index)
        self.view.scroll_to_offset(self.state.matches[index][0])
        self.show_state()

    @on(Input.Changed, "#search")
    def _search_typed(self, event: Input.Changed) -> None:
        self.state.search(event.value)
        self.view.set_matches(self.state.matches, None)
        self.show_state()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.input.display = False
        self.view.focus()
        if self.state.matches:
            self._step_match(forward=True)
        else:
            self.show_state()

    # --- list choices and clicks ----------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#parties")
    def _party_chosen(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id
        self.choose_party(None if option_id in (None, ALL_PARTIES) else option_id)

    @on(OptionList.OptionSelected, "#statements")
    def _statement_chosen(self, event: OptionList.OptionSelected) -> None:
        index = statement_index(event.option.id)
        if index is not None:
            self.go_to_statement(index)

    def on_article_view_statement_clicked(self, message: ArticleView.StatementClicked) -> None:
        self.go_to_statement(message.index)

    def on_notes_pane_requested(self, message: NotesPane.Requested) -> None:
        self.notes.pane_requested(message)

    def on_app_focus(self) -> None:
        self.notes.refresh_from_store()
        self.corrections.refresh()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SELECTING_ACTIONS:
            # Only then do j/k/b/escape mean "grow/shrink"; otherwise they fall through to scrolling.
            return self.notes.selecting
        if not self.morning.allows(action):
            return False
        return super().check_action(action, parameters)

    # --- actions (named in the command table) ---------------------------------------------------------

    def action_next(self) -> None:
        if self.search_active or self.state.search_query:
            self._step_match(forward=True)
        else:
            self._step_statement(forward=True)

    def action_previous(self) -> None:
        if self.search_active or self.state.search_query:
            self._step_match(forward=False)
        else:
            self._step_statement(forward=False)

    def action_search(self) -> None:
        search = self._search_box() or self._mount_search_box()
        search.display = True
        search.focus()

    def _search_box(self) -> Input | None:
        boxes = self.query("#search").results(Input)
        return next(boxes, None)

    def _mount_search_box(self) -> Input:
        search = Input(placeholder="Search the article (enter: keep, esc: cancel)", id="search")
        self.query_one("#centre").mount(search, before="#status-bar")
        return search

    def _mount_progress_bar(self) -> ProgressBar:
        from textual.widgets import ProgressBar  # its module (and its clock) loads only when a bar is shown

        bar = ProgressBar(total=len(self.articles), show_eta=False, id="progress")
        self.query_one("#status-bar").mount(bar)
        return bar

    def action_clear(self) -> None:
        search = self._search_box()
        # Textual's Keys panel, opened from the palette; by type name, as its module loads markdown_it.
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        elif (search is not None and search.has_focus) or self.state.search_query:
            self._end_search()
            self.view.focus()
            self.show_state()
        elif self.state.party_filter:
            self.choose_party(None)
        elif self.state.current_statement is not None:
            self.state.current_statement = None
            self.view.set_current_statement(None)
            self.show_state()

    def action_previous_article(self) -> None:
        if self.index == 0:
            self.notify("This is the first article.", markup=False)
            return
        self.show_article(self.index - 1)

    def action_next_article(self) -> None:
        if self.index + 1 >= len(self.articles):
            self.notify("This is the last article.", markup=False)
            return
        self.show_article(self.index + 1)

    def action_toggle_entities(self) -> None:
        self.view.show_mentions = not self.view.show_mentions
        self.notify(
            "Entity marks shown." if self.view.show_mentions else "Entity marks hidden.", markup=False
        )

    def action_cite(self) -> None:
        """y: the selection (v, or the mouse's), else the current statement, as a citation."""
        analysis = self.current_analysis
        chosen = self.state.selection
        span = (chosen.start, chosen.end) if chosen is not None else self.view.mouse_selection
        statement = self.state.statement
        if span is None and statement is not None:
            span = (statement.start, statement.end)
        elif span is not None and analysis is not None:  # words inside a statement keep its speaker
            statement = next(
                (s for s in analysis.statements if s.start <= span[0] and span[1] <= s.end), None
            )
        else:
            statement = None
        if span is None:
            self.notify("Nothing to cite: press v to select, or n to go to a statement.", markup=False)
            return
        speaker = speaker_key(analysis, statement) if analysis is not None and statement is not None else None
        text = citation(self.article, *span, statement, speaker)
        self.copy_to_clipboard(text)  # OSC 52: base64 on the wire, so the quote cannot act as a sequence
        self.notify(f"{self.citations.keep(text)}: {text}", markup=False)

    def source_url(self) -> str | None:
        """The page the article came from: its URL, else its file as a file:// URL."""
        article = self.article
        if article.url:
            return article.url
        if re.match(r"https?://", article.source):
            return article.source
        path = Path(article.source)
        return path.resolve().as_uri() if path.is_file() else None

    def action_open_source(self) -> None:
        url = self.source_url()
        if url is None:
            self.notify(f"{display_safe(self.article.source)} has no page to open.", markup=False)
            return
        self.open_url(url)
        self.notify(f"Opening {url}", markup=False)

    async def action_quit(self) -> None:
        """Quit (q, ctrl+q); with an unsaved note in the editor, ask first."""
        if self.notes.unsaved_draft() is None:
            self.exit()
            return
        from briefing.tui.confirm import ConfirmScreen  # dialogs are imported when first used, not at launch

        if isinstance(self.screen, ConfirmScreen):
            return

        def answered(quit: bool | None) -> None:
            if quit:
                self.exit()

        question = "Quit and lose the note you are writing? It has not been saved."
        self.push_screen(ConfirmScreen(question, "Quit", "Keep writing"), answered)

    def reopen_draft(self, draft: DraftRecord) -> bool:
        """Show a recovered draft's article and its editor; ``False`` when that article is not open."""
        index = next((i for i, article in enumerate(self.articles) if article.id == draft.article_id), None)
        if index is None:
            return False
        if index != self.index:
            self.show_article(index)
        self.notes.reopen_draft(draft)
        return True

    def action_help(self) -> None:
        from briefing.tui.screens import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # The annotation keys: the notes controller does the work.

    def action_start_selection(self) -> None:
        self.notes.start_selection()

    def action_grow_word(self) -> None:
        self.notes.grow_word()

    def action_shrink_word(self) -> None:
        self.notes.shrink_word()

    def action_grow_sentence(self) -> None:
        self.notes.grow_sentence()

    def action_shrink_sentence(self) -> None:
        self.notes.shrink_sentence()

    def action_cancel_selection(self) -> None:
        self.notes.cancel_selection()

    def action_annotate(self) -> None:
        self.notes.annotate()

    def action_highlight(self) -> None:
        self.notes.highlight()

    def action_toggle_notes(self) -> None:
        self.notes.toggle_notes()

    def action_export_notes(self) -> None:
        self.notes.export_notes()

    # The correction keys: the corrections controller does the work.

    def action_correct(self) -> None:
        self.corrections.correct()

    def action_correct_party(self, change: str) -> None:
        self.corrections.correct_party(change)

    def action_undo(self) -> None:
        owner = self.undo.take_last()
        if owner == "corrections":
            self.corrections.undo()
        elif owner == "notes":
            self.notes.undo_delete()
        else:
            self.notify("Nothing to undo.", markup=False)

    # The briefing keys: the briefing controller does the work.

    def action_article_list(self) -> None:
        self.morning.show_articles()

    def action_failed_sources(self) -> None:
        self.morning.show_failures()

    def action_briefing_parties(self) -> None:
        self.morning.show_parties()

    def action_disputes(self) -> None:
        self.morning.show_disputes()

    def action_search_everywhere(self) -> None:
        self.morning.search_everywhere()

    def action_save_briefing(self) -> None:
        self.morning.save()

    # --- command palette ------------------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for command in COMMANDS:
            if command.palette:
                action = command.action if command.scope == "app" else f"focused.{command.action}"
                yield SystemCommand(
                    command.description, f"key: {key_label(command)}", partial(self._run_from_palette, action)
                )

    def _run_from_palette(self, action: str) -> None:
        if action.startswith("focused."):
            self.view.focus()
            action = action.removeprefix("focused.")
            self.call_after_refresh(self.view.run_action, action)
        else:
            self.call_after_refresh(self.run_action, action)
