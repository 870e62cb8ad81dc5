"""Getting an Analysis for an article off the event loop: cache first, then the analyser.

Runs in a thread worker; the real analyser runs in a child process. It never
touches widgets; the app posts messages with what it returns. spaCy is never
imported by the reader's own process for analysis, only by the child.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
import threading
from collections.abc import Callable
from pathlib import Path

from briefing.model import Analysis, Article

Analyzer = Callable[[Article], Analysis]


class AnalysisSource:
    """Looks an article up in the store's cache and analyses it on a miss, saving the result.

    ``analyzer`` replaces the real analyser (tests inject one); ``analyzer_version`` is then
    the version its results are cached under (``None``: do not cache them).
    """

    def __init__(
        self,
        db_path: Path | None,
        analyzer: Analyzer | None = None,
        analyzer_version: str | None = None,
        use_store: bool = True,
    ) -> None:
        self._db_path = db_path
        self._analyzer = analyzer
        self._version = analyzer_version
        self._use_store = use_store
        self._store = None
        self._store_opened = False
        self._lock = threading.Lock()
        self._pool: multiprocessing.pool.Pool | None = None
        self._closed = False
        self.warnings: list[str] = []
        if analyzer is None:
            # Start the child now: before Textual runs threads, and before it swaps sys.stderr
            # for one without a real file descriptor (multiprocessing passes that on).
            self._child()

    @property
    def store(self):
        """The notes store (opened on first use), or ``None`` when it cannot be opened."""
        with self._lock:
            if not self._store_opened and self._use_store:
                self._store_opened = True
                from briefing.store import Store, StoreError

                try:
                    self._store = Store(self._db_path)
                    self.warnings.extend(self._store.warnings)
                except (StoreError, OSError) as error:
                    self.warnings.append(f"analysis cache unavailable: {error}")
            return self._store

    def _child(self) -> multiprocessing.pool.Pool:
        with self._lock:
            if self._pool is None:
                # Fork (where there is one) from the constructor, before Textual starts any
                # thread; "spawn" would re-run the reader's __main__ in the child.
                method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
                context = multiprocessing.get_context(method)
                self._pool = context.Pool(1, initializer=_quiet_child)
            return self._pool

    def close(self) -> None:
        """Stop the analyser's child process, even in the middle of a long article."""
        with self._lock:
            self._closed = True
            if self._pool is not None:
                self._pool.terminate()
                self._pool = None

    def take_warnings(self) -> list[str]:
        """Lines for the user since the last call, the store's included: the analysis cache is
        opened only when first used, so a cache set aside is found after the store was opened."""
        with self._lock:
            sources = [self.warnings] + ([self._store.warnings] if self._store is not None else [])
        taken: list[str] = []
        for lines in sources:
            while lines:  # pop, not copy-and-clear: the worker thread may append meanwhile
                taken.append(lines.pop(0))
        return taken

    def adopt_store(self, store) -> None:
        """Use the store the app opened itself (``None``: none), so a bad notes file is reported once."""
        with self._lock:
            self._store = store
            self._store_opened = True

    def version(self) -> str | None:
        if self._analyzer is not None:
            return self._version
        from briefing.nlp.analyze import ANALYZER_VERSION  # does not import spaCy

        return ANALYZER_VERSION

    def cached(self, article: Article) -> Analysis | None:
        version = self.version()
        store = self.store
        if version is None or store is None:
            return None
        return store.cached_analysis(article.id, version)

    def analyse(self, article: Article) -> Analysis:
        """Analyse and cache the result; the real analyser runs in a child process.

        spaCy holds the GIL while it parses, so in a thread it would starve the event
        loop for as long as a long report takes; a child process keeps every key instant
        and keeps spaCy out of this process altogether.
        """
        if self._analyzer is not None:
            analysis = self._analyzer(article)
        else:
            pending = self._child().apply_async(_analyse_in_child, (article,))
            while True:  # wake up now and then: after close() no answer will ever come
                try:
                    analysis = pending.get(timeout=0.2)
                    break
                except multiprocessing.TimeoutError:
                    if self._closed:
                        raise RuntimeError("the reader closed during the analysis") from None
        store = self.store
        if store is not None and self.version() is not None:
            try:
                store.save_analysis(analysis)
            except Exception as error:  # a cache that cannot be written only costs time next run
                self.warnings.append(f"could not cache the analysis: {error}")
        return analysis


def _quiet_child() -> None:
    """The child shares the terminal the reader draws on: send its output nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def _analyse_in_child(article: Article) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(article)
