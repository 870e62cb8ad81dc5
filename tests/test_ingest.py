"""Ingestion: every path into an Article, and one clear line for every bad input."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.ingest import IngestError, decode_text, load_file, load_sources, make_safe

HEADLINE = "Minister rejects report of secret talks"
BODY = "\u201cWe have never met them,\u201d the minister said. \u2018Never.\u2019 Caf\u00e9 owners agreed."


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def run_cli_without_privileges(*args: str) -> subprocess.CompletedProcess:
    """The CLI as a user whom file permissions bind: root bypasses them, so as root it runs
    with the capabilities that do so dropped (setpriv), and the test skips when it cannot."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file permissions cannot be made to apply")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "briefing", *args], capture_output=True, timeout=120
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- HTML pages from the team corpus -------------------------------------------------


def corpus_pages(corpus: Path) -> list[Path]:
    return sorted((corpus / "html").glob("*.html"))


# Page furniture, by the test's own account (independent of ingest's rules): a run of three or
# more links with nothing but space between them is a list of links, not a sentence; a line that
# opens with one of these labels points at another story.
_FURNITURE_LEAD = re.compile(
    r"^(?:more|see more|see also|read more|related|don[\u2019']t miss|watch)\s*[:\u2014]|^follow\b.*coverage",
    re.I,
)
_LINK_RUN = re.compile(r"(?:\x01[^\x01\x02]*\x02\s*){3,}")


def link_runs(page: Path) -> list[str]:
    """Each run of 3+ adjacent links in the page, as its text without white space."""
    from lxml import html

    parts: list[str] = []

    def walk(element) -> None:
        if isinstance(element.tag, str) and element.tag not in ("script", "style"):
            link = element.tag == "a"
            parts.append("\x01" if link else "")
            parts.append(element.text or "")
            for child in element:
                walk(child)
            parts.append("\x02" if link else "")
        parts.append(element.tail or "")

    walk(html.fromstring(page.read_bytes()))
    runs = (compact(run.group()) for run in _LINK_RUN.finditer("".join(parts)))
    return [run for run in runs if len(run) >= 20]  # icon links carry no words


def compact(text: str) -> str:
    return re.sub(r"[\s\x01\x02]+", "", text)


def cut_only_link_runs(gold: str, line: str, runs: list[str]) -> bool:
    """True when ``line`` is ``gold`` less some stretches, each inside a run of links."""
    from difflib import SequenceMatcher

    for op, start, end, _, _ in SequenceMatcher(None, gold, line, autojunk=False).get_opcodes():
        if op in ("replace", "insert"):
            return False
        cut = compact(gold[start:end])
        if op == "delete" and cut and not any(cut in run for run in runs):
            return False
    return True


def test_html_pages_keep_every_article_sentence_and_no_furniture(shared_corpus: Path) -> None:
    """Against the gold text (trafilatura's own extraction): every line kept in order, whole or less
    link-list furniture; a line dropped whole is short and holds no gold statement; none left is furniture.
    """
    pages = corpus_pages(shared_corpus)
    assert pages, "no HTML pages in the corpus"
    furniture_in_gold = 0
    for page in pages:
        article = load_file(page)
        gold = json.loads((shared_corpus / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
        assert gold["text"] == (shared_corpus / "text" / f"{page.stem}.txt").read_text(encoding="utf-8")
        runs = link_runs(page)
        lines = article.text.split("\n")
        position = 0
        offset = 0
        for gold_line in gold["text"].split("\n"):
            start, end = offset, offset + len(gold_line)
            offset = end + 1
            furniture_in_gold += any(run in compact(gold_line) for run in runs)
            if position < len(lines) and cut_only_link_runs(gold_line, lines[position], runs):
                position += 1
                continue
            # Dropped whole: a stamp or label, never a sentence somebody is quoted in.
            assert len(gold_line.split()) <= 12, (page.name, gold_line)
            assert not any(q["start"] < end and start < q["end"] for q in gold["quotes"]), (
                page.name,
                gold_line,
            )
        assert position == len(lines), (page.name, lines[position:])
        for line in lines:
            assert not any(run in compact(line) for run in runs), (page.name, line)
            assert not _FURNITURE_LEAD.match(line), (page.name, line)
        assert lines[0].strip() != article.title
        assert article.title == gold["title"], page.name
        assert article.date and article.date[:4].isdigit()
    assert furniture_in_gold, "the corpus pages show no link-list furniture: the check would prove nothing"


def test_html_drops_navigation_ads_and_footer(shared_corpus: Path) -> None:
    page = shared_corpus / "html" / "hand-thehill-omar-threat.html"
    raw = page.read_text(encoding="utf-8", errors="replace")
    article = load_file(page)
    # The page's chrome is there in the HTML but not in the article.
    for chrome in ("Privacy Policy", "Top menu", "Most Popular"):
        assert chrome in raw, chrome
        assert chrome not in article.text, chrome
    assert article.site == "The Hill"
    assert article.byline == "Justine Coleman"


def test_cli_analyze_turns_corpus_page_into_json_line(shared_corpus: Path) -> None:
    page = shared_corpus / "html" / "hand-ap-sondland.html"
    done = run_cli("analyze", str(page), "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 1
    record = __import__("json").loads(lines[0])
    assert record["article"]["title"] == "Unpredictable Sondland faces questions about Trump, Ukraine"
    assert record["article"]["text"] == (shared_corpus / "text" / "hand-ap-sondland.txt").read_text()


# --- plain text ------------------------------------------------------------------------


def test_corpus_text_files_load_unchanged(shared_corpus: Path) -> None:
    for path in sorted((shared_corpus / "text").glob("*.txt")):
        article = load_file(path)
        assert article.text == path.read_text(encoding="utf-8")
        assert article.paragraphs, path.name
        for start, end in article.paragraphs:
            assert article.text[start:end].strip() == article.text[start:end]


def test_headline_is_title_and_stays_first_paragraph(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.txt",
        f"{HEADLINE}\n\nBy Ana Ruiz, Staff Writer\n\nGENEVA, March 3, 2026 \u2014 {BODY}\n".encode(),
    )
    article = load_file(path)
    assert article.title == HEADLINE
    start, end = article.paragraphs[0]
    assert article.text[start:end] == HEADLINE
    assert article.byline == "Ana Ruiz, Staff Writer"
    assert article.date == "2026-03-03"
    # Offsets match the file: the file's text is the article's text.
    assert article.text == path.read_text(encoding="utf-8")


def test_first_line_that_is_a_sentence_is_not_a_title(tmp_path: Path) -> None:
    article = load_file(write(tmp_path, "a.txt", f"{BODY}\n\nMore text here.\n".encode()))
    assert article.title is None


def test_markdown_heading_becomes_title(tmp_path: Path) -> None:
    article = load_file(write(tmp_path, "a.md", f"# {HEADLINE}\n\n{BODY}\n".encode()))
    assert article.title == HEADLINE
    assert article.text.startswith("# ")


@pytest.mark.parametrize(
    ("name", "encoded"),
    [
        ("utf8.txt", f"{HEADLINE}\n\n{BODY}\n".encode()),
        ("utf8-bom.txt", b"\xef\xbb\xbf" + f"{HEADLINE}\n\n{BODY}\n".encode()),
        ("utf16.txt", f"{HEADLINE}\n\n{BODY}\n".encode("utf-16")),
        ("utf16-be.txt", b"\xfe\xff" + f"{HEADLINE}\n\n{BODY}\n".encode("utf-16-be")),
        ("cp1252.txt", f"{HEADLINE}\r\n\r\n{BODY}\r\n".encode("cp1252")),
    ],
)
def test_encodings_keep_curly_quotes(tmp_path: Path, name: str, encoded: bytes) -> None:
    article = load_file(write(tmp_path, name, encoded))
    assert article.text == f"{HEADLINE}\n\n{BODY}\n"
    assert "\u201cWe have never met them,\u201d" in article.text
    assert "Caf\u00e9" in article.text
    assert article.title == HEADLINE


def test_latin1_text_decodes(tmp_path: Path) -> None:
    text = "Ministro: a\u00e7\u00e3o \u00e9 \u00f3tima, disse ele ontem em Bras\u00edlia.\n"
    assert decode_text(text.encode("latin-1")) == text


def test_same_text_same_id_whatever_the_encoding(tmp_path: Path) -> None:
    a = load_file(write(tmp_path, "a.txt", f"{HEADLINE}\n\n{BODY}\n".encode("utf-16")))
    b = load_file(write(tmp_path, "b.txt", f"{HEADLINE}\r\n\r\n{BODY}\r\n".encode("cp1252")))
    assert a.id == b.id


def test_control_characters_and_bidi_overrides_are_removed(tmp_path: Path) -> None:
    hostile = "Title line\n\nHe said \x1b[31mred\x1b]52;c;aGk=\x07 and \u202eevil\u202c text\x9b.\n"
    article = load_file(write(tmp_path, "h.txt", hostile.encode()))
    for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\u202c"):
        assert bad not in article.text
    assert "[31mred" in article.text  # the printable remainder stays, as inert text
    assert make_safe("a\r\nb\rc") == "a\nb\nc"
    # NFC: a decomposed e + combining acute becomes one character.
    assert make_safe("Cafe\u0301") == "Caf\u00e9"


def test_stdin(tmp_path: Path) -> None:
    result = load_sources(["-"], stdin=io.BytesIO(f"{HEADLINE}\n\n{BODY}\n".encode()))
    assert not result.errors
    assert result.articles[0].source == "<stdin>"
    assert result.articles[0].title == HEADLINE


def test_stdin_from_the_command_line() -> None:
    done = run_cli("analyze", "-", stdin=f"{HEADLINE}\n\n{BODY}\n".encode())
    assert done.returncode == 0, done.stderr.decode()
    assert HEADLINE in done.stdout.decode()


def test_stdin_html_is_extracted(shared_corpus: Path) -> None:
    page = (shared_corpus / "html" / "hand-cbs-volker-morrison.html").read_bytes()
    result = load_sources(["-"], stdin=io.BytesIO(page))
    assert result.articles[0].text == (shared_corpus / "text" / "hand-cbs-volker-morrison.txt").read_text()


# --- folders ---------------------------------------------------------------------------


def test_folder_loads_supported_files_and_names_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    write(folder, "b.txt", f"{HEADLINE}\n\n{BODY}\n".encode())
    write(folder, "a.md", f"# Another headline\n\n{BODY} More.\n".encode())
    write(folder, "slides.pptx", b"PK\x03\x04 a presentation")
    write(folder, "chart.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    done = run_cli("analyze", str(folder))
    assert done.returncode == 0, done.stderr.decode()
    records = [__import__("json").loads(line) for line in done.stdout.decode().splitlines()]
    assert [Path(r["article"]["source"]).name for r in records] == ["a.md", "b.txt"]
    stderr = done.stderr.decode().splitlines()
    assert len(stderr) == 2
    assert any("slides.pptx" in line and "skipped" in line for line in stderr)
    assert any("chart.png" in line and "skipped" in line for line in stderr)


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    done = run_cli("analyze", str(tmp_path / "empty"))
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1


# --- bad input: one line naming the source, exit 2, the others still load ------------


BAD_INPUTS = {
    "missing.txt": None,
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n  \n",
    "nul.txt": b"Headline\n\nSome text\x00\x00\x01\x02 more",
    "noise.txt": bytes(range(1, 9)) * 200,
    "menus.html": b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    b"<footer>(c) 2026</footer></body></html>",
    "blank.html": b"   ",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_one_line_naming_it(tmp_path: Path, name: str) -> None:
    data = BAD_INPUTS[name]
    if data is not None:
        write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", f"{HEADLINE}\n\n{BODY}\n".encode())
    result = load_sources([str(tmp_path / name), str(good)])
    assert len(result.errors) == 1
    (line,) = result.errors
    assert line.startswith(f"{tmp_path / name}: ") and "\n" not in line
    # The good source still loads.
    assert [a.title for a in result.articles] == [HEADLINE]


def test_bad_inputs_on_the_command_line_exit_2_with_a_line_each(tmp_path: Path) -> None:
    names = sorted(BAD_INPUTS)
    for name in names:
        if BAD_INPUTS[name] is not None:
            write(tmp_path, name, BAD_INPUTS[name])
    good = write(tmp_path, "good.txt", f"{HEADLINE}\n\n{BODY}\n".encode())
    done = run_cli("analyze", *(str(tmp_path / name) for name in names), str(good))
    assert done.returncode == 2
    stderr = done.stderr.decode().splitlines()
    assert "Traceback" not in done.stderr.decode()
    assert len(stderr) == len(names), stderr
    for name, line in zip(names, stderr, strict=True):
        assert line.startswith(f"briefing: {tmp_path / name}: ")
    # The good source still loads and is analysed.
    assert HEADLINE in done.stdout.decode()


def test_too_large_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 1000)
    done = run_cli("analyze", "--max-bytes", "1000", str(path))
    assert done.returncode == 2
    assert "big.txt" in done.stderr.decode() and "too large" in done.stderr.decode()
    with pytest.raises(IngestError, match="too large"):
        load_file(path, max_bytes=1000)


def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.txt", f"{HEADLINE}\n\n{BODY}\n".encode())
    path.chmod(0)
    done = run_cli_without_privileges("analyze", str(path))
    assert done.returncode == 2
    assert done.stderr.decode() == f"briefing: {path}: permission denied\n"


def test_unreachable_url_is_a_clear_error() -> None:
    # Port 9 on loopback: nothing listens, so the connection is refused at once.
    done = run_cli("analyze", "http://127.0.0.1:9/article")
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert stderr.startswith("briefing: http://127.0.0.1:9/article: could not fetch")
    assert stderr.count("\n") == 1


def test_url_is_fetched_and_extracted(shared_corpus: Path, tmp_path: Path) -> None:
    """A real HTTP fetch from a server on loopback, through trafilatura."""
    import http.server
    import threading

    page = (shared_corpus / "html" / "hand-thehill-omar-threat.html").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/omar.html"
        result = load_sources([url])
    finally:
        server.shutdown()
    assert not result.errors, result.errors
    article = result.articles[0]
    assert article.source == url and article.url == url
    # The same extraction as from the saved file (the text cleaned of furniture the same way).
    assert article.text == load_file(shared_corpus / "html" / "hand-thehill-omar-threat.html").text
