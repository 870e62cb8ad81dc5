"""URL fetches against a server on loopback that misbehaves on purpose.

Every failure is one line naming the URL and its own problem, exit status 2, and the
command ends: a server that never answers, drips its headers or drips its body is given
up on at the one deadline (``--timeout``). The server's loops are bounded and stop when
the test ends.
"""

from __future__ import annotations

import base64
import gzip
import http.server
import shutil
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.fetch import FetchError, fetch, strip_credentials
from briefing.ingest import load_sources

HEADLINE = "Council approves the harbour budget"
PARAGRAPH = (
    "The council approved the harbour budget on Tuesday after a long debate. "
    "\u201cThis is a fair settlement for everyone,\u201d the mayor said, while the opposition "
    "leader called it rushed and promised to table amendments next month."
)
PAGE = (
    f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
    f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
).encode()
DRIP_STEPS = 300  # at 0.1 s a step: far past any deadline a test sets, yet never endless


class Misbehaving(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    stop: threading.Event
    hits: dict[str, int]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass

    def _hit(self) -> int:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        return self.hits[self.path]

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **(headers or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self, byte: bytes) -> None:
        for _ in range(DRIP_STEPS):
            if self.stop.wait(0.1):
                return
            try:
                self.wfile.write(byte)
                self.wfile.flush()
            except OSError:
                return  # the client gave up: that is what the test wants

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        hits = self._hit()
        if self.path in ("/page", "/caf%C3%A9%20page"):
            self._send(200, PAGE)
        elif self.path == "/never":
            self.stop.wait(DRIP_STEPS * 0.1)
        elif self.path == "/drip-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            self._drip(b"a")
        elif self.path == "/drip-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self._drip(b"<")
        elif self.path == "/500":
            self._send(500, b"<html><body>oops</body></html>")
        elif self.path in ("/loop-a", "/loop-b"):
            other = "/loop-b" if self.path == "/loop-a" else "/loop-a"
            self._send(302, b"", {"Location": other})
        elif self.path.startswith("/chain/"):
            self._send(302, b"", {"Location": f"/chain/{int(self.path.rsplit('/', 1)[1]) + 1}"})
        elif self.path == "/big":
            self._send(200, b"<p>" + b"word " * 400_000 + b"</p>")
        elif self.path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"<p>" + b"word " * 400_000 + b"</p>")
            self.close_connection = True
        elif self.path == "/bomb":
            self._send(200, gzip.compress(b"\0" * (32 * 1024 * 1024), 9), {"Content-Encoding": "gzip"})
        elif self.path == "/gzip":
            self._send(200, gzip.compress(PAGE), {"Content-Encoding": "gzip"})
        elif self.path == "/busy-once":
            if hits == 1:
                self._send(503, b"busy")
            else:
                self._send(200, PAGE)
        elif self.path == "/secret":
            wanted = "Basic " + base64.b64encode(b"ana:hunter2").decode()
            if self.headers.get("Authorization") == wanted:
                self._send(200, PAGE)
            else:
                self._send(401, b"who are you", {"WWW-Authenticate": 'Basic realm="x"'})
        elif self.path == "/latin1":
            body = PAGE.decode().replace("harbour", "tr\u00e8s S\u00e3o harbour").encode("cp1252")
            self._send(200, body, {"Content-Type": "text/html"})
        elif self.path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, {"Content-Type": "image/png"})
        else:
            self._send(404, b"no such page")


@pytest.fixture
def server() -> Iterator[str]:
    stop = threading.Event()
    handler = type("Handler", (Misbehaving,), {"stop": stop, "hits": {}})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, timeout=60)


def one_error_line(done: subprocess.CompletedProcess, url: str) -> str:
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith(f"briefing: {url}: "), stderr
    return stderr[len(f"briefing: {url}: ") :].strip()


# --- deadlines: the command ends, and says which part was still going on ---------------


@pytest.mark.parametrize(
    ("path", "stage"),
    [
        ("/never", "waiting for the server to answer"),
        ("/drip-headers", "reading the headers"),
        ("/drip-body", "reading the page"),
    ],
)
def test_slow_servers_meet_the_one_deadline(server: str, path: str, stage: str) -> None:
    done = run_cli("analyze", "--timeout", "1", server + path)
    problem = one_error_line(done, server + path)
    assert problem.startswith("no complete answer within 1 s"), problem
    assert stage in problem, problem


def test_dripped_body_says_how_much_came(server: str) -> None:
    with pytest.raises(FetchError, match=r"reading the page, \d+ bytes received"):
        fetch(server + "/drip-body", max_bytes=1_000_000, timeout=1)


def test_cancel_abandons_a_fetch_at_once(server: str) -> None:
    cancel = threading.Event()
    outcome: list[str] = []

    def load() -> None:
        outcome.extend(load_sources([server + "/never"], timeout=600, cancel=cancel).errors)

    loader = threading.Thread(target=load, daemon=True)
    loader.start()
    cancel.set()
    loader.join(30)  # a bound for a broken build, not a timing: the deadline here is 600 s
    assert not loader.is_alive()
    assert outcome == [f"{server}/never: cancelled"]


# --- each failure its own message -----------------------------------------------------


def test_http_500_is_named(server: str) -> None:
    problem = one_error_line(run_cli("analyze", server + "/500"), server + "/500")
    assert problem == "the server answered HTTP 500 (Internal Server Error)"


def test_redirect_loop_is_named(server: str) -> None:
    problem = one_error_line(run_cli("analyze", server + "/loop-a"), server + "/loop-a")
    assert problem.startswith(f"redirect loop: HTTP 302 back to {server}/loop-a"), problem


def test_endless_redirects_are_cut_off(server: str) -> None:
    with pytest.raises(FetchError, match=r"too many redirects \(more than 10\)"):
        fetch(server + "/chain/0", max_bytes=1_000_000, timeout=10)


def test_body_over_the_limit_is_named(server: str) -> None:
    problem = one_error_line(run_cli("analyze", "--max-bytes", "1M", server + "/big"), server + "/big")
    assert problem == "too large: the server announces 1.9 MB; the limit is 1.0 MB"
    url = server + "/big-unannounced"
    problem = one_error_line(run_cli("analyze", "--max-bytes", "1M", url), url)
    assert problem == "too large: more than the limit of 1.0 MB"


def test_decompression_bomb_is_named_and_never_unpacked_whole(server: str) -> None:
    problem = one_error_line(run_cli("analyze", "--max-bytes", "1M", server + "/bomb"), server + "/bomb")
    assert problem.startswith("decompression bomb: "), problem
    assert problem.endswith("unpacks to more than the limit of 1.0 MB"), problem


def test_connection_refused_is_named() -> None:
    url = "http://127.0.0.1:9/article"  # port 9 on loopback: nothing listens
    problem = one_error_line(run_cli("analyze", url), url)
    assert problem == "could not fetch the page (connection refused: nothing listens there)"


def test_not_a_page_is_named(server: str) -> None:
    result = load_sources([server + "/image"], timeout=10)
    assert result.errors == [f"{server}/image: not a web page (the server sent image/png)"]


# --- what works -----------------------------------------------------------------------


def test_gzip_page_is_unpacked(server: str) -> None:
    result = load_sources([server + "/gzip"], timeout=10)
    assert not result.errors, result.errors
    assert result.articles[0].title == HEADLINE
    assert "\u201cThis is a fair settlement for everyone,\u201d" in result.articles[0].text


def test_a_path_with_spaces_and_accents_is_encoded_as_a_browser_would(server: str) -> None:
    result = load_sources([server + "/caf\u00e9 page"], timeout=10)
    assert not result.errors, result.errors
    assert result.articles[0].source == server + "/caf\u00e9 page"


def test_a_busy_server_is_tried_again_once(server: str) -> None:
    result = load_sources([server + "/busy-once"], timeout=10)
    assert not result.errors, result.errors
    assert result.articles[0].title == HEADLINE


def test_a_page_without_a_charset_is_read_as_western(server: str) -> None:
    result = load_sources([server + "/latin1"], timeout=10)
    assert not result.errors, result.errors
    assert "tr\u00e8s S\u00e3o harbour" in result.articles[0].text
    assert "\u201cThis is a fair settlement for everyone,\u201d" in result.articles[0].text


# --- credentials: used to fetch, never kept or shown ---------------------------------


def test_credentials_are_used_but_never_kept(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    url = f"http://ana:hunter2@127.0.0.1:{port}/secret"
    result = load_sources([url], timeout=10)
    assert not result.errors, result.errors
    article = result.articles[0]
    assert article.source == article.url == f"http://127.0.0.1:{port}/secret"
    assert "hunter2" not in repr(article)


def test_credentials_never_reach_an_error_line(server: str, tmp_path: Path) -> None:
    port = server.rsplit(":", 1)[1]
    done = run_cli("analyze", f"http://ana:wrong@127.0.0.1:{port}/secret")
    problem = one_error_line(done, f"http://127.0.0.1:{port}/secret")
    assert problem == "the server answered HTTP 401 (Unauthorized)"
    assert b"wrong" not in done.stderr + done.stdout


def test_notes_on_a_url_with_credentials_name_it_without_them(server: str, tmp_path: Path) -> None:
    port = server.rsplit(":", 1)[1]
    db = tmp_path / "notes.json"
    url = f"http://ana:hunter2@127.0.0.1:{port}/secret"
    added = run_cli("notes", "add", url, "--quote", "a fair settlement", "--db", str(db))
    assert added.returncode == 0, added.stderr.decode()
    listed = run_cli("notes", "list", "--json", "--db", str(db))
    assert listed.returncode == 0, listed.stderr.decode()
    assert f'"source": "http://127.0.0.1:{port}/secret"' in listed.stdout.decode()
    assert b"hunter2" not in db.read_bytes()


def test_strip_credentials() -> None:
    assert strip_credentials("https://u:p@example.org:8080/a?b=1#c") == "https://example.org:8080/a?b=1#c"
    assert strip_credentials("https://u@example.org/") == "https://example.org/"
    assert strip_credentials("https://example.org/a@b") == "https://example.org/a@b"


def test_an_untrusted_certificate_is_named(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: no certificate to test with")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert)]
        + ["-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    stop = threading.Event()
    handler = type("Handler", (Misbehaving,), {"stop": stop, "hits": {}})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"https://127.0.0.1:{httpd.server_address[1]}/page"
        result = load_sources([url], timeout=10)
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
    assert result.errors == [
        f"{url}: could not fetch the page (the certificate is not valid: self-signed certificate)"
    ]
