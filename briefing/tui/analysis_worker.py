"""The reader's analyses off the event loop: a queue of articles and the analyser's child process.

The app puts articles on an ``AnalysisQueue`` (the one on screen first); its thread
worker takes them off and asks the ``AnalysisService`` for each, posting messages
with what it gets. The real analyser runs in a forked child process, so spaCy
never holds this process's GIL and is never imported here.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence

from briefing.model import Analysis, Article

Analyzer = Callable[[Article], Analysis]


class AnalysisQueue:
    """Articles waiting for analysis, shared by the event loop (puts) and the worker (gets)."""

    def __init__(self) -> None:
        self._waiting: deque[Article] = deque()
        self._finished = False  # no more articles will be put
        self._closed = False
        self._changed = threading.Condition()

    def put(self, articles: Iterable[Article], *, first: bool = False) -> None:
        """Queue articles at the back, or (``first``) at the front in the order given."""
        with self._changed:
            if first:
                self._waiting.extendleft(reversed(list(articles)))
            else:
                self._waiting.extend(articles)
            self._changed.notify_all()

    def finish(self) -> None:
        """No more articles will come: ``get`` returns ``None`` once the queue is empty."""
        with self._changed:
            self._finished = True
            self._changed.notify_all()

    def close(self) -> None:
        """Stop now: ``get`` returns ``None`` at once, whatever is still waiting."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def get(self) -> Article | None:
        """The next article, waiting for one; ``None`` when finished and empty, or closed."""
        with self._changed:
            while not self._closed and not self._waiting and not self._finished:
                self._changed.wait()
            if self._closed or not self._waiting:
                return None
            return self._waiting.popleft()


class ChildProcessAnalyser:
    """The real analyser in a forked child process: a backend for ``AnalysisService``.

    spaCy holds the GIL while it parses, so in a thread it would starve the event loop
    for as long as a long report takes; a child process keeps every key instant.
    """

    def __init__(self) -> None:
        # Fork (where there is one) now, before Textual starts any thread and before it swaps
        # sys.stderr for one without a real file descriptor; "spawn" would re-run __main__.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self._pool: multiprocessing.pool.Pool | None = multiprocessing.get_context(method).Pool(
            1, initializer=_quiet_child
        )
        self._closed = threading.Event()

    def __call__(self, articles: Sequence[Article]) -> Iterator[Analysis]:
        for article in articles:  # one at a time, so closing never waits for a whole batch
            pool = self._pool
            if pool is None:
                raise RuntimeError("the reader closed during the analysis")
            pending = pool.apply_async(_analyse_in_child, (article,))
            while True:  # wake up now and then: after close() no answer will ever come
                try:
                    yield pending.get(timeout=0.2)
                    break
                except multiprocessing.TimeoutError:
                    if self._closed.is_set():
                        raise RuntimeError("the reader closed during the analysis") from None

    def close(self) -> None:
        """Stop the child, even in the middle of a long article."""
        self._closed.set()
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.terminate()


def one_by_one(analyzer: Analyzer) -> Callable[[Sequence[Article]], Iterator[Analysis]]:
    """A per-article analyser (a test's stand-in) as a backend for ``AnalysisService``."""

    def backend(articles: Sequence[Article]) -> Iterator[Analysis]:
        return (analyzer(article) for article in articles)

    return backend


def _quiet_child() -> None:
    """The child shares the terminal the reader draws on: send its output nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def _analyse_in_child(article: Article) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(article)
