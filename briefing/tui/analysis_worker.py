"""The reader's analyses off the event loop: a queue of articles and the analyser's child process.

The app puts articles on an ``AnalysisQueue`` (the one on screen first); its thread
worker streams them through ``AnalysisService.stream``, posting messages with what
it gets. The real analyser is one long-lived child process that runs one
``analyze_many`` (one spaCy ``nlp.pipe``) over the articles it asks the parent for,
one at a time, so the queue's order may change until the moment the child takes the
next one; spaCy never holds this process's GIL and is never imported here. The
reader starts the child when the first article missing from the cache comes: a
briefing that is all cached never starts one (forking a ~100 MB process costs the
launch ~35 ms in copy-on-write faults alone).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from briefing.model import Analysis, Article
from briefing.service import Analysed, Failed, StreamBackend, Wanted

if TYPE_CHECKING:  # multiprocessing itself is imported when a child is started: most launches need none
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

Analyzer = Callable[[Article], Analysis]
# analyze_many's shape: the articles (a lazy stream) and spaCy's batch size -> analyses in order.
ManyAnalyzer = Callable[[Iterable[Article], int], Iterator[Analysis]]
StreamEvents = Generator[Wanted | Analysed | Failed, Article | None, None]

# spaCy takes this many chunks before it parses any: small, so the article on screen (or the one the
# reader jumps to) waits behind at most one short batch. Measured on the morning set (43 articles,
# benchmarks/morning.py's texts): batch 1, 2, 4, 16 took 10.1, 9.2, 9.0, 9.1 s in all (noise
# ~1 s) and 0.30, 0.50, 1.28, 3.11 s to the first result.
READER_BATCH = 2
POLL_SECONDS = 0.2  # how often a wait for the child looks whether the reader closed


class AnalysisQueue:
    """Articles waiting for analysis, shared by the event loop (puts) and the worker (gets).

    Each article is handed out once: putting one again (the one on screen, first) only moves it
    forward while it still waits.
    """

    def __init__(self) -> None:
        self._waiting: deque[Article] = deque()
        self._handed_out: set[str] = set()
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
            while True:
                article = self._take()
                if article is not None or self._closed or self._finished:
                    return article
                self._changed.wait()

    def done(self, article_id: str) -> None:
        """Count an article as handed out already: its analysis was found before the worker asked."""
        with self._changed:
            self._handed_out.add(article_id)

    def get_nowait(self) -> Article | None:
        """The next article if one waits now, else ``None``."""
        with self._changed:
            return self._take()

    def _take(self) -> Article | None:
        while not self._closed and self._waiting:
            article = self._waiting.popleft()
            if article.id not in self._handed_out:
                self._handed_out.add(article.id)
                return article
        return None


class ChildProcessAnalyser:
    """The real analyser in one long-lived child process: a ``StreamBackend`` for ``AnalysisService``.

    spaCy holds the GIL while it parses, so in a thread it would starve the event loop for as long
    as a long report takes; a child process keeps every key instant. The child runs one
    ``analyze_many`` over the articles it asks for; told "none for now" it ends that run, so what it
    was given comes back, and starts a new run when the next article comes. ``run_of`` says which run
    (1, 2, …) parsed each article. ``analyse`` replaces ``analyze_many`` in the child (a test's
    stand-in for a failing or crashing analyser).
    """

    def __init__(
        self, batch_size: int = READER_BATCH, analyse: ManyAnalyzer | None = None, *, start: bool = True
    ) -> None:
        """``start=False``: the child starts when the stream is first given an article."""
        self._batch_size = batch_size
        self._analyse = analyse
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._closed = threading.Event()
        self.run_of: dict[str, int] = {}
        if start:
            self._start()

    def _start(self) -> None:
        # Fork while this process has one thread (forking a threaded one can leave the child a lock
        # some other thread held); once Textual runs its threads, spawn a fresh interpreter instead
        # (briefing's __main__ is guarded, so the child does not run the reader again).
        import multiprocessing

        alone = threading.active_count() == 1
        method = "fork" if alone and "fork" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        with _stderr_for_helpers():
            self._start_in(context)

    def _start_in(self, context: BaseContext) -> None:
        self._connection, child_end = context.Pipe()
        process = context.Process(  # type: ignore[attr-defined]  # every start method's has one
            target=_child_main,
            args=(child_end, self._batch_size, self._analyse),
            name="briefing-analyser",
            daemon=True,
        )
        process.start()
        self._process = process
        child_end.close()  # so the child's death reads as the end of the pipe here

    def stream(self) -> StreamEvents:
        """The conversation with the child, for the child's whole life (call once)."""
        given: dict[str, Article] = {}  # sent to the child, not yet back
        first: Article | None = None  # taken before the child started: its first answer
        if self._process is None:
            first = yield Wanted(True)
            if first is None or self._closed.is_set():
                return  # nothing to analyse: no child
            self._start()
        while (message := self._receive()) is not None:
            kind = message[0]
            if kind == "want":
                wait = message[1]
                article, first = (first, None) if first is not None else ((yield Wanted(wait)), None)
                if article is not None:
                    given[article.id] = article
                self._send(article)
                if article is None and wait:
                    return  # the child was told there are no more and ends
            elif kind == "done":
                _, article_id, analysis, run = message
                self.run_of[article_id] = run
                yield Analysed(given.pop(article_id), analysis)
            else:
                _, article_id, problem = message
                yield Failed(given.pop(article_id), problem)
        if self._closed.is_set():
            return
        problem = self._why_stopped()
        for article in given.values():
            yield Failed(article, problem)
        while (article := (yield Wanted(True))) is not None:
            yield Failed(article, problem)

    def close(self) -> None:
        """Stop the child, even in the middle of a long article."""
        self._closed.set()
        if self._process is None:
            return
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(1)
            if self._process.is_alive():
                self._process.kill()
        self._process.join(1)

    def _receive(self) -> tuple | None:
        """The child's next message; ``None`` once the reader closed or the child is gone."""
        assert self._connection is not None, "started before it is read"
        while not self._closed.is_set():
            try:
                if self._connection.poll(POLL_SECONDS):
                    return self._connection.recv()
            except (EOFError, OSError):
                return None
        return None

    def _send(self, article: Article | None) -> None:
        assert self._connection is not None, "started before it is written to"
        try:
            self._connection.send(article)
        except OSError:
            pass  # the child is gone: the next receive says so, and what it had fails

    def _why_stopped(self) -> str:
        assert self._process is not None, "only a started child stops"
        self._process.join(1)
        code = self._process.exitcode
        if code is None:
            return "the analyser stopped answering"
        if code < 0:
            return f"the analyser's process was stopped by signal {-code}"
        return f"the analyser's process ended (exit status {code})"


def reader_analyser(stand_in: Analyzer | None) -> tuple[ChildProcessAnalyser | None, StreamBackend]:
    """The reader's analyser: the real one's child (started when first needed) and its stream, or a
    stand-in's."""
    if stand_in is not None:
        return None, in_this_thread(stand_in)
    child = ChildProcessAnalyser(start=False)
    return child, child.stream


def in_this_thread(analyzer: Analyzer) -> StreamBackend:
    """A per-article analyser (a test's stand-in) as a ``StreamBackend``, run in the calling thread."""

    def stream() -> StreamEvents:
        while (article := (yield Wanted(True))) is not None:
            try:
                analysis = analyzer(article)
            except Exception as error:  # one bad article must not stop the others
                yield Failed(article, one_line(error))
            else:
                yield Analysed(article, analysis)

    return stream


def one_by_one(analyzer: Analyzer) -> Callable[[Sequence[Article]], Iterator[Analysis]]:
    """A per-article analyser (a test's stand-in) as a backend for ``AnalysisService``."""

    def backend(articles: Sequence[Article]) -> Iterator[Analysis]:
        return (analyzer(article) for article in articles)

    return backend


def one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


class _ParentGone(Exception):
    """The reader closed its end of the pipe: the child has nobody to answer."""


def _child_main(connection: Connection, batch_size: int, analyse: ManyAnalyzer | None) -> None:
    _quiet_child()
    suspects: deque[Article] = deque()  # in a run that failed, not known to be the one that did
    run = 0
    try:
        while True:
            alone = bool(suspects)  # each suspect in a run of its own: its failure is then its own
            first = suspects.popleft() if alone else _ask(connection, wait=True)
            if first is None:
                return
            run += 1
            _one_run(connection, first, suspects, run, batch_size, analyse or _analyze_many, alone)
    except _ParentGone:
        return


def _one_run(
    connection: Connection,
    first: Article,
    suspects: deque[Article],
    run: int,
    batch_size: int,
    analyse: ManyAnalyzer,
    alone: bool,
) -> None:
    """One ``nlp.pipe`` over ``first`` and (unless ``alone``) whatever the parent has next, until it has
    none for now."""
    taken = deque([first])  # taken by this run and not yet answered, in order

    def articles() -> Iterator[Article]:
        yield first
        while not alone and (article := _ask(connection, wait=False)) is not None:
            taken.append(article)
            yield article

    try:
        for analysis in analyse(articles(), batch_size):
            _tell(connection, ("done", taken.popleft().id, analysis, run))
    except _ParentGone:
        raise
    except Exception as error:  # one article's failure must not stop the others
        if len(taken) == 1:
            _tell(connection, ("failed", taken[0].id, one_line(error)))
        else:  # spaCy parses a batch at a time: any unanswered one may have failed
            suspects.extend(taken)


def _ask(connection: Connection, *, wait: bool) -> Article | None:
    _tell(connection, ("want", wait))
    try:
        return connection.recv()
    except (EOFError, OSError) as error:
        raise _ParentGone from error


def _tell(connection: Connection, message: tuple) -> None:
    try:
        connection.send(message)
    except OSError as error:
        raise _ParentGone from error


def _analyze_many(articles: Iterable[Article], batch_size: int) -> Iterator[Analysis]:
    from briefing.nlp.analyze import analyze_many

    return analyze_many(articles, batch_size)


@contextlib.contextmanager
def _stderr_for_helpers() -> Iterator[None]:
    """spawn's helper process (multiprocessing's resource tracker) is handed ``sys.stderr``'s file
    descriptor, which Textual's stand-in for stderr does not have: hand it the null device, which
    also keeps whatever it might say off the reader's screen."""
    saved = sys.stderr
    with open(os.devnull, "w", encoding="utf-8") as nowhere:
        sys.stderr = nowhere
        try:
            yield
        finally:
            sys.stderr = saved


def _quiet_child() -> None:
    """The child shares the terminal the reader draws on: send its output nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
