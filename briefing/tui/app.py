"""The reader: Parties | Article | Statements, with keys from the command table.

The app holds the reading state (which article, which party is chosen, which
statement is current, the search) and hands it down to the widgets; widgets
report up with messages. Analyses come from a thread worker that posts messages
and never touches widgets; the article text is on screen before it starts.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path

from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Footer, Header, Input, OptionList, ProgressBar, Static
from textual.worker import get_current_worker

from briefing.model import STANCE_GLYPHS, STANCE_HEADINGS, Analysis, Article, Statement
from briefing.resources import styles_dir
from briefing.tui.analysis_worker import AnalysisSource, Analyzer
from briefing.tui.annotations import AnnotationActions
from briefing.tui.article_view import ArticleView
from briefing.tui.colours import speaker_key, speaker_slots
from briefing.tui.commands import COMMANDS, bindings, key_label
from briefing.tui.panes import ALL_PARTIES, PartyList, StatementList, statement_index, statement_option_id
from briefing.tui.providers import PartyProvider
from briefing.tui.safe_text import display_safe
from briefing.tui.screens import HelpScreen

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


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``query`` (offsets into ``text``)."""
    if not query:
        return []
    return [match.span() for match in re.finditer(re.escape(query), text, re.IGNORECASE)]


def citation(article: Article, statement: Statement, speaker: str | None) -> str:
    """A statement as a one-line citation: quote, speaker and cue, title and source."""
    quote = " ".join(display_safe(statement.text).split())
    who = display_safe(speaker or "unknown speaker")
    cue = f", {display_safe(statement.cue)}" if statement.cue else ""
    where = "; ".join(display_safe(part) for part in (article.title, article.url or article.source) if part)
    return f"“{quote}” — {who}{cue} ({where})"


class BriefingApp(AnnotationActions, App[None]):
    """Read articles with who-said-what drawn in, party by party."""

    CSS_PATH = [styles_dir() / "app.tcss", styles_dir() / "annotations.tcss"]
    BINDINGS = bindings("app") + bindings("selecting")
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
        timeout: float | None = None,
    ) -> None:
        super().__init__()
        if not articles:
            raise ValueError("the reader needs at least one article")
        self.articles: list[Article] = list(articles)
        self.index = 0
        self.analyses: dict[str, Analysis] = {}
        self.failures: dict[str, str] = {}
        self.cached_ids: set[str] = set()
        self.analysing: str | None = None
        self.party_filter: str | None = None
        self.current_statement: int | None = None
        self.search_query: str = ""
        self.matches: list[tuple[int, int]] = []
        self.match_index: int | None = None
        self._slot_cache: dict[str, dict[str, int]] = {}
        self.more_sources = list(more_sources)
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.loading = bool(self.more_sources)
        self.load_errors: list[str] = []  # lines for stderr once the app has quit
        self.load_skipped: list[str] = []
        self._first_frame = threading.Event()
        self.source = AnalysisSource(db_path, analyzer, analyzer_version, use_store)
        self.init_annotations(db_path, use_store)

    # --- layout ---------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="¶")
        with Horizontal(id="main"):
            yield PartyList(id="parties")
            with Vertical(id="centre"):
                yield ArticleView(id="article")
                yield Input(placeholder="Search the article (enter: keep, esc: cancel)", id="search")
                with Horizontal(id="status-bar"):
                    yield Static(id="status", markup=False)
                    yield ProgressBar(total=len(self.articles), show_eta=False, id="progress")
            yield StatementList(id="statements")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(PartyList).border_title = "Parties"
        self.query_one(StatementList).border_title = "Statements"
        self.theme_changed_signal.subscribe(self, self._on_theme_changed)
        self.show_article(0)
        self.query_one(ArticleView).focus()
        # The workers wait until the text is drawn (ArticleView.TextShown), so their imports
        # never delay it.
        self.open_notes()  # before the worker: it then shares this store (or none, if the file is bad)
        self.analyse_in_background()
        if self.more_sources:
            self.load_more_sources()

    @property
    def article(self) -> Article:
        return self.articles[self.index]

    @property
    def current_analysis(self) -> Analysis | None:
        return self.analyses.get(self.article.id)

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def search_active(self) -> bool:
        return bool(self.matches)

    # --- showing an article ---------------------------------------------------------------------------

    def show_article(self, index: int) -> None:
        self.index = index
        article = self.article
        self.title = display_safe(article.title or Path(article.source).name or article.source)
        self.sub_title = f"{index + 1}/{len(self.articles)}"
        self.party_filter = None
        self.current_statement = None
        self._end_search()
        analysis = self.current_analysis
        self.view.show(article, analysis, self._slots(analysis))
        self.show_annotations()
        self._refresh_panes()
        self._show_state()

    def _slots(self, analysis: Analysis | None) -> dict[str, int]:
        if analysis is None:
            return {}
        slots = self._slot_cache.get(analysis.article_id)
        if slots is None:
            slots = self._slot_cache[analysis.article_id] = speaker_slots(analysis)
        return slots

    def _slot_style(self, slot: int | None) -> Style:
        name = f"article-view--speaker-{slot}" if slot else "article-view--speaker-unknown"
        return self.view.get_visual_style(name, partial=True)

    def _refresh_panes(self) -> None:
        analysis = self.current_analysis
        slots = self._slots(analysis)
        pending = self.article.id not in self.failures
        self.query_one(PartyList).show_parties(analysis, slots, self._slot_style, pending)
        self.query_one(StatementList).show_statements(analysis, self.party_filter, slots, self._slot_style)
        if self.party_filter:
            self.query_one(PartyList).highlight_id(self.party_filter)

    def _on_theme_changed(self, _theme: object) -> None:
        self.call_after_refresh(self._refresh_panes)

    # --- background analysis --------------------------------------------------------------------------

    @work(thread=True, group="loading", exit_on_error=False)
    def load_more_sources(self) -> None:
        """Ingest the sources after the first, one at a time, while the first is read."""
        from briefing.ingest import load_sources

        self._first_frame.wait(FIRST_FRAME_WAIT)
        for number, source in enumerate(self.more_sources, 1):
            if get_current_worker().is_cancelled:
                return
            options = {} if self.max_bytes is None else {"max_bytes": self.max_bytes}
            if self.timeout is not None:
                options["timeout"] = self.timeout
            # Quitting cancels this worker: the cancel event abandons a URL being fetched at once.
            result = load_sources([source], cancel=get_current_worker().cancelled_event, **options)
            last = number == len(self.more_sources)
            skipped = [*result.skipped, *result.warnings]  # both are shown after the app quits
            self.post_message(ArticlesLoaded(result.articles, result.errors, skipped, last))

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        known = {article.id for article in self.articles}
        self.articles.extend(article for article in message.articles if article.id not in known)
        self.load_errors.extend(message.errors)
        self.load_skipped.extend(message.skipped)
        if message.last:
            self.loading = False  # only now: the analysis worker must see these articles first
        for line in message.errors:
            self.notify(line, severity="error", markup=False)
        self.sub_title = f"{self.index + 1}/{len(self.articles)}"
        self._show_progress()

    @work(thread=True, group="analysis", exclusive=True, exit_on_error=False)
    def analyse_in_background(self) -> None:
        """Analyse the article on screen first, then the others in order (also those still loading)."""
        worker = get_current_worker()
        self._first_frame.wait(FIRST_FRAME_WAIT)
        tried: set[str] = set()
        while not worker.is_cancelled:
            article = self._next_to_analyse(tried)
            if article is None:
                if not self.loading:
                    return
                time.sleep(0.05)  # more sources are loading: wait for them
                continue
            tried.add(article.id)
            try:
                analysis = self.source.cached(article)
                cached = analysis is not None
                if analysis is None:
                    self.post_message(AnalysisStarted(article.id))
                    analysis = self.source.analyse(article)
            except Exception as error:  # one bad article must not stop the others
                self.post_message(AnalysisFailed(article.id, f"{article.source}: analysis failed: {error}"))
                continue
            self.post_message(AnalysisReady(article.id, analysis, cached))

    def _next_to_analyse(self, tried: set[str]) -> Article | None:
        """The article on screen if it still needs analysis, else the next one after it."""
        articles = list(self.articles)  # a snapshot: the event loop may append meanwhile
        start = min(self.index, len(articles) - 1)
        for article in articles[start:] + articles[:start]:
            if article.id not in tried and article.id not in self.analyses:
                return article
        return None

    def on_article_view_text_shown(self) -> None:
        self._first_frame.set()

    @on(events.Unmount)
    def _stop_analysis(self) -> None:
        """Quitting must not wait for the analyser's child to finish a long article."""
        for worker in self.workers:
            worker.cancel()
        self.source.close()

    def on_analysis_started(self, message: AnalysisStarted) -> None:
        self.analysing = message.article_id
        self._show_state()

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self.analyses[message.article_id] = message.analysis
        if message.cached:
            self.cached_ids.add(message.article_id)
        if self.analysing == message.article_id:
            self.analysing = None
        if message.article_id == self.article.id:
            analysis = message.analysis
            self.view.set_analysis(analysis, self._slots(analysis))
            self._refresh_panes()
        self._show_progress()
        self._show_state()

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.failures[message.article_id] = message.problem
        if self.analysing == message.article_id:
            self.analysing = None
        if message.article_id == self.article.id:
            self._refresh_panes()
        self._show_progress()
        self._show_state()

    def _show_progress(self) -> None:
        done = len(self.analyses) + len(self.failures)
        bar = self.query_one(ProgressBar)
        bar.update(total=len(self.articles), progress=done)
        bar.display = self.loading or done < len(self.articles)
        for warning in self.source.take_warnings():
            self.notify(warning, severity="warning", markup=False)

    # --- the status line ------------------------------------------------------------------------------

    def _show_state(self) -> None:
        self.query_one("#status", Static).update(self._status(), layout=False)

    def _status(self) -> Content:
        analysis = self.current_analysis
        article = self.article
        if self.keyboard_selection is not None:
            return self.selection_status()
        if self.search_query:
            if not self.matches:
                return Content(f"No matches for “{display_safe(self.search_query)}”")
            place = f"{self.match_index + 1}/" if self.match_index is not None else ""
            return Content(
                f"Search “{display_safe(self.search_query)}”: {place}{len(self.matches)} matches · "
                "n/N step · esc ends"
            )
        if article.id in self.failures:
            return Content(self.failures[article.id])
        if analysis is None:
            return Content("Analysing who said what… (the text is ready to read)")
        parts: list[Content | str | tuple[str, str | Style]] = []
        if self.current_statement is not None and self.current_statement < len(analysis.statements):
            statement = analysis.statements[self.current_statement]
            speaker = speaker_key(analysis, statement)
            slot = self._slots(analysis).get(speaker) if speaker else None
            parts.append((f"{STANCE_GLYPHS[statement.stance]} {STANCE_HEADINGS[statement.stance]}", "bold"))
            parts.append(" · ")
            parts.append((display_safe(speaker or "unknown speaker"), self._slot_style(slot)))
            if statement.cue:
                parts.append(f" · “{display_safe(statement.cue)}”")
            visible = self._statement_order()
            if self.current_statement in visible:
                parts.append(f" · {visible.index(self.current_statement) + 1}/{len(visible)}")
        else:
            count = len(analysis.statements)
            parties = len(analysis.parties)
            parts.append(f"{count} statements · {parties} parties · n: next statement")
        if self.party_filter:
            party = analysis.party(self.party_filter)
            parts.append(f" · only {display_safe(party.name) if party else 'one party'} (esc: all)")
        if self.analysing and self.analysing != article.id:
            parts.append(" · analysing the other articles…")
        return Content.assemble(*parts)

    # --- statements -----------------------------------------------------------------------------------

    def _statement_order(self) -> list[int]:
        """Indices of the statements n/N step through, in document order (the chosen party's only)."""
        analysis = self.current_analysis
        if analysis is None:
            return []
        chosen = [
            (s.start, index)
            for index, s in enumerate(analysis.statements)
            if self.party_filter is None or s.party_id == self.party_filter
        ]
        return [index for _, index in sorted(chosen)]

    def go_to_statement(self, index: int) -> None:
        """Make a statement current: draw it as current, scroll to it, show its speaker, cue and stance."""
        analysis = self.current_analysis
        if analysis is None or not 0 <= index < len(analysis.statements):
            return
        self.current_statement = index
        self.view.set_current_statement(index)
        self.view.scroll_to_offset(analysis.statements[index].start)
        self.query_one(StatementList).highlight_id(statement_option_id(index))
        self._show_state()

    def _step_statement(self, forward: bool) -> None:
        order = self._statement_order()
        if not order:
            self.bell()
            self._show_state()
            return
        analysis = self.current_analysis
        assert analysis is not None
        if self.current_statement in order:
            position = order.index(self.current_statement) + (1 if forward else -1)
            target = order[position % len(order)]
        else:
            top = self.view.top_offset()
            if forward:
                target = next((i for i in order if analysis.statements[i].start >= top), order[0])
            else:
                target = next((i for i in reversed(order) if analysis.statements[i].start < top), order[-1])
        self.go_to_statement(target)

    def choose_party(self, party_id: str | None) -> None:
        """Show only one party's statements (the rest dimmed); ``None`` shows everyone again."""
        self.party_filter = party_id
        analysis = self.current_analysis
        if (
            party_id
            and analysis
            and self.current_statement is not None
            and analysis.statements[self.current_statement].party_id != party_id
        ):
            self.current_statement = None
            self.view.set_current_statement(None)
        self.view.set_focus_party(party_id)
        self._refresh_panes()
        self._show_state()

    # --- search ---------------------------------------------------------------------------------------

    def _end_search(self) -> None:
        self.search_query = ""
        self.matches = []
        self.match_index = None
        search = self.query_one("#search", Input)
        search.value = ""
        search.display = False
        self.view.set_matches((), None)

    def _step_match(self, forward: bool) -> None:
        if self.match_index is None:
            top = self.view.top_offset()
            if forward:
                index = next((i for i, (start, _) in enumerate(self.matches) if start >= top), 0)
            else:
                index = next(
                    (i for i in range(len(self.matches) - 1, -1, -1) if self.matches[i][0] < top),
                    len(self.matches) - 1,
                )
        else:
            index = (self.match_index + (1 if forward else -1)) % len(self.matches)
        self.match_index = index
        self.view.set_current_match(index)
        self.view.scroll_to_offset(self.matches[index][0])
        self._show_state()

    @on(Input.Changed, "#search")
    def _search_typed(self, event: Input.Changed) -> None:
        self.search_query = event.value
        self.matches = find_matches(self.article.text, event.value)
        self.match_index = None
        self.view.set_matches(self.matches, None)
        self._show_state()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.input.display = False
        self.view.focus()
        if self.matches:
            self._step_match(forward=True)
        else:
            self._show_state()

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

    # --- actions (named in the command table) ---------------------------------------------------------

    def action_next(self) -> None:
        if self.search_active:
            self._step_match(forward=True)
        else:
            self._step_statement(forward=True)

    def action_previous(self) -> None:
        if self.search_active:
            self._step_match(forward=False)
        else:
            self._step_statement(forward=False)

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    def action_clear(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus or self.search_query:
            self._end_search()
            self.view.focus()
            self._show_state()
        elif self.party_filter:
            self.choose_party(None)
        elif self.current_statement is not None:
            self.current_statement = None
            self.view.set_current_statement(None)
            self._show_state()

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
        analysis = self.current_analysis
        if analysis is None or self.current_statement is None:
            self.notify("No statement chosen: press n to go to one first.", markup=False)
            return
        statement = analysis.statements[self.current_statement]
        text = citation(self.article, statement, speaker_key(analysis, statement))
        self.copy_to_clipboard(text)  # OSC 52: base64 on the wire, so the quote cannot act as a sequence
        self.notify(f"Sent to the clipboard: {text}", markup=False)

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

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

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
