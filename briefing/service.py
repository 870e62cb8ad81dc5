"""The analysis service: one way to get an article's analysis, from the cache or the analyser.

``briefing analyze`` and ``briefing export`` call ``AnalysisService.analyses``; the
reader calls ``AnalysisService.stream``, which takes its articles one at a time as
its analyser asks for them. Both are cache-or-analyse, the one place machine
analyses leave the service, so anything laid over them later (corrections) belongs
there. Importing this module never imports spaCy: the analyser is imported the
first time an article is not in the cache.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from briefing.model import Analysis, Article

if TYPE_CHECKING:
    from briefing.store import Store

# Analyses many articles at once, in their order (one spaCy pass over all of them).
Backend = Callable[[Sequence[Article]], Iterable[Analysis]]


class Wanted(NamedTuple):
    """A streaming analyser asks for its next article; ``wait``: it has nothing else to do, so the
    answer may wait for one (else "none for now" lets it return what it has)."""

    wait: bool


class Analysed(NamedTuple):
    article: Article
    analysis: Analysis


class Failed(NamedTuple):
    article: Article
    problem: str  # one line


# A streaming analyser: a generator of events that is sent, after each ``Wanted``, the next article,
# or ``None`` (none for now; after ``Wanted(wait=True)``: no more, the generator ends).
StreamBackend = Callable[[], Generator[Wanted | Analysed | Failed, Article | None, None]]


class ArticleSource(Protocol):
    """Where a stream takes its articles from (the reader's queue, the one on screen first)."""

    def get(self) -> Article | None:
        """The next article, waiting for one; ``None``: there will be no more."""
        ...

    def get_nowait(self) -> Article | None:
        """The next article if one is waiting now, else ``None``."""
        ...


def analyzer_version() -> str:
    """The version the real analyser's results are cached under (does not import spaCy)."""
    from briefing.nlp.version import ANALYZER_VERSION

    return ANALYZER_VERSION


def analyse_in_process(articles: Sequence[Article]) -> Iterator[Analysis]:
    """The real analyser in this process: the model is loaded before the first result, so a missing
    model is reported before anything is printed."""
    from briefing.nlp.analyze import analyze_many
    from briefing.nlp.pipeline import load_nlp

    load_nlp()
    return analyze_many(articles)


class Found(NamedTuple):
    article: Article
    analysis: Analysis
    cached: bool  # from the cache, not analysed now


class AnalysisService:
    """Cache-or-analyse over many articles; the misses go to the backend together and are cached.

    ``backend`` replaces the in-process analyser (the reader's child process, a test's stand-in);
    ``version`` is what its results are cached under (``None``: never read or write the cache).
    ``store`` is the notes store whose analysis cache is used (``None``: no cache).
    """

    def __init__(
        self,
        store: Store | None = None,
        backend: Backend | None = None,
        version: str | None = None,
        *,
        use_cache: bool = True,
        write_cache: bool = True,
    ) -> None:
        self._store = store
        self._use_cache = use_cache  # False: analyse afresh (and still cache the new results)
        self._write_cache = write_cache  # False: leave the cache as it is (a command that may refuse)
        self._backend: Backend = backend or analyse_in_process
        self.version = analyzer_version() if backend is None else version
        self._lock = threading.Lock()
        self._warnings: list[str] = []

    def use_store(self, store: Store | None) -> None:
        """Cache in this store from now on (the reader opens its notes store after the service)."""
        with self._lock:
            self._store = store

    def take_warnings(self) -> list[str]:
        """Lines for the user since the last call, the store's own included (the analysis cache is
        opened on first use, so a cache set aside is only found then)."""
        with self._lock:
            sources = [self._warnings] + ([self._store.warnings] if self._store is not None else [])
        taken: list[str] = []
        for lines in sources:
            while lines:  # pop, not copy-and-clear: a worker thread may append meanwhile
                taken.append(lines.pop(0))
        return taken

    def analyses(
        self,
        articles: Sequence[Article],
        *,
        on_miss: Callable[[Article], None] | None = None,
        cached_only: bool = False,
    ) -> Iterator[Found]:
        """Each article's analysis, in order: from the cache, else from one backend run over all the
        misses (each then cached). ``on_miss`` hears of a miss just before the backend starts on it;
        ``cached_only`` skips the misses instead of analysing them."""
        store = self._current_store()
        hits = {article.id: self._cached(store, article) for article in articles}
        misses = [article for article in articles if hits[article.id] is None]
        analysed: Iterator[Analysis] | None = None
        for article in articles:
            hit = hits[article.id]
            if hit is not None:
                yield Found(article, hit, True)
                continue
            if cached_only:
                continue
            if on_miss is not None:
                on_miss(article)
            if analysed is None:
                analysed = iter(self._backend(misses))
            analysis = next(analysed)
            self._save(store, analysis)
            yield Found(article, analysis, False)

    def stream(
        self,
        source: ArticleSource,
        backend: StreamBackend,
        *,
        on_miss: Callable[[Article], None] | None = None,
    ) -> Iterator[Found | Failed]:
        """Each article of ``source`` as its analysis is ready: a cached one as soon as it is taken,
        the misses from one streaming ``backend`` (each then cached), which takes them one at a time
        when it asks, so the source's order can change until then. ``on_miss`` hears of a miss just
        before the backend gets it."""
        events = backend()
        reply: Article | None = None
        try:
            while True:
                try:
                    event = events.send(reply)
                except StopIteration:
                    return
                reply = None
                if isinstance(event, Wanted):
                    while (article := source.get() if event.wait else source.get_nowait()) is not None:
                        hit = self._cached(self._current_store(), article)
                        if hit is None:
                            break
                        yield Found(article, hit, True)
                    if article is not None and on_miss is not None:
                        on_miss(article)
                    reply = article
                elif isinstance(event, Analysed):
                    self._save(self._current_store(), event.analysis)
                    yield Found(event.article, event.analysis, False)
                else:
                    yield event
        finally:
            events.close()

    def _current_store(self) -> Store | None:
        with self._lock:  # the reader opens its notes store while the stream runs
            return self._store

    def _cached(self, store: Store | None, article: Article) -> Analysis | None:
        if store is None or self.version is None or not self._use_cache:
            return None
        return store.cached_analysis(article.id, self.version)

    def _save(self, store: Store | None, analysis: Analysis) -> None:
        if store is None or self.version is None or not self._write_cache:
            return
        try:
            store.save_analysis(analysis)
        except Exception as error:  # a cache that cannot be written only costs time next run
            with self._lock:
                self._warnings.append(f"could not cache the analysis: {error}")
