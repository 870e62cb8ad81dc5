"""Fetch one web page under one deadline for the whole exchange.

Connecting, the headers and the body share a single deadline (``timeout``
seconds): a server that accepts and never answers, drips its headers or drips
its body is given up on when it passes, and the message says which part was
still going on. The exchange runs in a daemon thread the caller only waits for,
so a deadline, a cancel event (the reader quitting) or Ctrl-C ends the wait at
once; the thread's socket is shut so it ends soon after, and as a daemon it
never holds up the interpreter's exit.

Retried, once, only what a second try can cure: a connection dropped before any
answer, and HTTP 502, 503 and 504 (a proxy or an overloaded server).
"""

from __future__ import annotations

import base64
import errno
import http.client
import selectors
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from briefing.sizes import human_bytes, size_against_limit
from briefing.urls import DEFAULT_TIMEOUT_SECONDS, strip_credentials

__all__ = ["DEFAULT_TIMEOUT_SECONDS", "FetchError", "Page", "fetch", "strip_credentials"]
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024
_RETRY_STATUSES = frozenset({502, 503, 504})
_RETRY_PAUSE_SECONDS = 0.5
# A body that unpacks past the limit at this ratio or more is a bomb: HTML packs 5 to 10 times.
_BOMB_RATIO = 100
_URL_SAFE = "/%:@!$&'()*+,;=-._~?"
_USER_AGENT = "briefing (terminal reader for policy briefings)"


class FetchError(Exception):
    """The page could not be fetched; the message names the reason."""


@dataclass(frozen=True)
class Page:
    """A fetched page: the body as sent (unpacked), and what the headers said about it."""

    url: str  # where the page was finally found, without credentials
    data: bytes
    content_type: str  # e.g. "text/html", lower case, "" when the server named none
    charset: str | None  # from the Content-Type header


def fetch(
    url: str,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    cancel: threading.Event | None = None,
) -> Page:
    """Fetch ``url``; raise FetchError on any failure, at the latest ``timeout`` seconds from now."""
    exchange = _Exchange(url, max_bytes, timeout)
    worker = threading.Thread(target=exchange.run, name="briefing-fetch", daemon=True)
    worker.start()
    while not exchange.done.wait(_wait_slice(exchange.deadline)):
        if cancel is not None and cancel.is_set():
            exchange.abort()
            raise FetchError("cancelled")
        if time.monotonic() >= exchange.deadline:
            missed = exchange.deadline_missed()  # before the abort, which moves the exchange on
            exchange.abort()
            raise missed
    if exchange.error is not None:
        raise exchange.error
    assert exchange.page is not None
    return exchange.page


def _wait_slice(deadline: float) -> float:
    # Short slices so a cancel is seen within a tenth of a second.
    return max(0.0, min(0.1, deadline - time.monotonic()))


class _Exchange:
    """One fetch, redirects and a retry included, run in its own thread."""

    def __init__(self, url: str, max_bytes: int, timeout: float) -> None:
        self.url = url
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.stage = "connecting"
        self.done = threading.Event()
        self.page: Page | None = None
        self.error: FetchError | None = None
        self._lock = threading.Lock()
        self._connection: http.client.HTTPConnection | None = None
        self._aborted = False

    def run(self) -> None:
        try:
            self.page = self._follow(self.url)
        except FetchError as exc:
            self.error = exc
        except TimeoutError:  # the socket's own timeout, set to what was left of the deadline
            self.error = self.deadline_missed()
        except Exception as exc:  # noqa: BLE001 - whatever breaks, the caller gets one line
            self.error = FetchError(_network_problem(exc))
        finally:
            self._close()
            self.done.set()

    def deadline_missed(self) -> FetchError:
        return FetchError(f"no complete answer within {self.timeout:g} s ({self.stage})")

    def abort(self) -> None:
        """Called from the waiting thread: shut the socket so a blocked read returns."""
        with self._lock:
            self._aborted = True
            connection = self._connection
        if connection is not None and connection.sock is not None:
            try:
                connection.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the other side

    def _follow(self, url: str) -> Page:
        seen = [strip_credentials(url)]
        auth = _basic_auth(url)
        origin = urlsplit(url).netloc.rsplit("@", 1)[-1]
        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            host = parts.netloc.rsplit("@", 1)[-1]
            status, location, page = self._get_with_retry(url, auth if host == origin else None)
            if location is None:
                assert page is not None
                return page
            target = urljoin(url, location)
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                raise FetchError(f"redirected to an address that is not http(s) (HTTP {status})")
            shown = strip_credentials(target)
            if shown in seen:
                raise FetchError(f"redirect loop: HTTP {status} back to {shown} after {len(seen)} redirects")
            seen.append(shown)
            url = target
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    def _get_with_retry(self, url: str, auth: str | None) -> tuple[int, str | None, Page | None]:
        try:
            return self._get(url, auth)
        except _Retryable as first:
            if self.deadline - time.monotonic() < 2 * _RETRY_PAUSE_SECONDS:
                raise FetchError(first.message) from None
            time.sleep(_RETRY_PAUSE_SECONDS)
            try:
                return self._get(url, auth)
            except _Retryable as second:
                raise FetchError(f"{second.message} (tried twice)") from None

    def _get(self, url: str, auth: str | None) -> tuple[int, str | None, Page | None]:
        parts = urlsplit(url)
        self.stage = f"connecting to {parts.hostname}"
        connection = self._connect(parts)
        # Percent-encode what a browser would (spaces, non-ASCII); what is already encoded stays.
        path = urlunsplit(
            ("", "", quote(parts.path or "/", safe=_URL_SAFE), quote(parts.query, safe=_URL_SAFE), "")
        )
        headers = {"User-Agent": _USER_AGENT, "Accept-Encoding": "gzip, deflate", "Accept": "*/*"}
        if auth:
            headers["Authorization"] = auth
        try:
            connection.request("GET", path, headers=headers)
            self.stage = "waiting for the server to answer"
            self._wait_for_answer(connection)
            self.stage = "reading the headers"
            response = connection.getresponse()
        except (ConnectionResetError, ConnectionAbortedError, http.client.RemoteDisconnected) as exc:
            self._check_aborted()
            raise _Retryable(f"the server closed the connection without answering ({_reason(exc)})") from None
        self.stage = "reading the page"
        status = response.status
        if status in (301, 302, 303, 307, 308):
            location = response.getheader("Location")
            if not location:
                raise FetchError(f"the server answered HTTP {status} (a redirect) without saying where to")
            return status, location, None
        if status in _RETRY_STATUSES:
            raise _Retryable(f"the server answered HTTP {status} ({response.reason or 'unavailable'})")
        if status >= 400:
            raise FetchError(f"the server answered HTTP {status} ({response.reason or 'error'})")
        if status != 200:
            raise FetchError(f"the server answered HTTP {status}, not a page")
        data = self._read_body(response)
        content_type, charset = _content_type(response.getheader("Content-Type", ""))
        return status, None, Page(strip_credentials(url), data, content_type, charset)

    def _connect(self, parts) -> http.client.HTTPConnection:
        remaining = max(0.01, self.deadline - time.monotonic())
        port = parts.port  # raises ValueError on a bad port: a problem of the URL's own
        host = (parts.hostname or "").encode("idna").decode("ascii")  # a host name in any script
        if parts.scheme.lower() == "https":
            connection: http.client.HTTPConnection = http.client.HTTPSConnection(
                host, port, timeout=remaining, context=ssl.create_default_context()
            )
        else:
            connection = http.client.HTTPConnection(host, port, timeout=remaining)
        with self._lock:
            self._close_locked()
            self._check_aborted()
            self._connection = connection
        connection.connect()
        return connection

    def _read_body(self, response: http.client.HTTPResponse) -> bytes:
        announced = response.getheader("Content-Length")
        if announced and announced.strip().isdigit() and int(announced) > self.max_bytes:
            raise FetchError(
                f"too large: the server announces {size_against_limit(int(announced), self.max_bytes)}"
            )
        unpacker = _unpacker(response.getheader("Content-Encoding", ""))
        body = bytearray()
        received = 0
        while True:
            chunk = response.read1(_CHUNK)
            if not chunk:
                break
            received += len(chunk)
            self.stage = f"reading the page, {human_bytes(received)} received"
            body += chunk if unpacker is None else unpacker.unpack(chunk, self.max_bytes + 1 - len(body))
            if len(body) > self.max_bytes or (unpacker is not None and unpacker.overflowed):
                raise FetchError(_over_limit(unpacker, len(body), self.max_bytes))
        if unpacker is not None:
            body += unpacker.finish()
            if len(body) > self.max_bytes:
                raise FetchError(_over_limit(unpacker, len(body), self.max_bytes))
        return bytes(body)

    def _wait_for_answer(self, connection: http.client.HTTPConnection) -> None:
        """Until the first byte arrives, so a deadline can tell silence from dripped headers."""
        sock = connection.sock
        if sock is None or (isinstance(sock, ssl.SSLSocket) and sock.pending()):
            return
        with selectors.DefaultSelector() as selector:
            selector.register(sock, selectors.EVENT_READ)
            while not self._aborted and time.monotonic() < self.deadline:
                if selector.select(_wait_slice(self.deadline)):
                    return
        raise TimeoutError  # silence until the deadline: the stage must still say so

    def _check_aborted(self) -> None:
        if self._aborted:
            raise FetchError("cancelled")

    def _close(self) -> None:
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class _Retryable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Unpacker:
    """gzip or deflate, unpacked at most ``room`` bytes at a time so a bomb never fills memory."""

    def __init__(self, wbits: int) -> None:
        self._inflate = zlib.decompressobj(wbits)
        self.consumed = 0  # compressed bytes unpacked so far

    @property
    def overflowed(self) -> bool:
        """More input is waiting than the room allowed: the page is over the limit."""
        return bool(self._inflate.unconsumed_tail)

    def unpack(self, chunk: bytes, room: int) -> bytes:
        try:
            out = self._inflate.decompress(chunk, max(1, room))
        except zlib.error:
            raise FetchError("the server sent a damaged compressed page") from None
        self.consumed += len(chunk) - len(self._inflate.unconsumed_tail)
        return out

    def finish(self) -> bytes:
        try:
            return self._inflate.flush()
        except zlib.error:
            raise FetchError("the server sent a damaged compressed page") from None


def _unpacker(encoding: str) -> _Unpacker | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return _Unpacker(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return _Unpacker(32 + zlib.MAX_WBITS)  # zlib-wrapped, as the standard says; auto-detects gzip too
    raise FetchError(f"the server sent the page packed as {encoding!r}, which briefing cannot unpack")


def _over_limit(unpacker: _Unpacker | None, unpacked: int, limit: int) -> str:
    if unpacker is not None and unpacked >= _BOMB_RATIO * max(1, unpacker.consumed):
        return (
            f"decompression bomb: {human_bytes(unpacker.consumed)} of compressed data unpacks to more "
            f"than the limit of {human_bytes(limit)}"
        )
    if unpacker is not None:
        return f"too large: the page unpacks to more than the limit of {human_bytes(limit)}"
    return f"too large: more than the limit of {human_bytes(limit)}"


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return kind.strip().lower(), charset


def _basic_auth(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.username is None:
        return None
    pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
    return "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")


def _network_problem(exc: BaseException) -> str:
    """The reason a connection failed, in words (the URL itself is named by the caller)."""
    if isinstance(exc, socket.gaierror):
        return "could not fetch the page (unknown host, or no network)"
    if isinstance(exc, ConnectionRefusedError):
        return "could not fetch the page (connection refused: nothing listens there)"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"could not fetch the page (the certificate is not valid: {exc.verify_message})"
    if isinstance(exc, ssl.SSLError):
        return f"could not fetch the page (TLS failed: {exc.reason or exc})"
    if isinstance(exc, ValueError):
        return f"not a valid web address ({exc})"
    if isinstance(exc, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({type(exc).__name__})"
    if isinstance(exc, OSError) and exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return "could not fetch the page (the network or host is unreachable)"
    return f"could not fetch the page ({_reason(exc)})"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
