"""Turn paths, folders, URLs and standard input into Articles.

Every source either becomes an Article or one line naming the source and what
is wrong with it; one bad source never stops the others. Text is made safe
here, once, before the article id and any offset exist (DESIGN.md): Unicode
NFC, newlines normalised, terminal control characters and bidi overrides
removed, so everything downstream can trust ``article.text``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from briefing.formats import Attachment, DocumentError, Extraction
from briefing.formats.web_cleanup import clean_html, remove_furniture
from briefing.model import Article, LoadResult

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Documents read by briefing/formats: suffix to reader.
DOCUMENT_SUFFIXES = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".eml": "eml",
    ".mbox": "mbox",
    ".rss": "feed",
    ".atom": "feed",
}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | frozenset(DOCUMENT_SUFFIXES)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
URL_TIMEOUT_SECONDS = 20
STDIN_SOURCE = "<stdin>"

# C0 controls but tab and newline, DEL, and C1 controls: a terminal would act on them.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings, overrides and isolates can make text display other than it reads.
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_HEADLINE_MAX_CHARS = 200
_MIN_ARTICLE_WORDS = 8
_HEADLINE_MAX_WORDS = 30
_BYLINE = re.compile(r"^\s*By\s+([A-Z][^\n]{1,120})$", re.MULTILINE)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_DATE = re.compile(
    rf"\b(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<month>{_MONTHS})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}}))"
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


class IngestError(Exception):
    """A source that cannot become an article; the message names the problem."""


def load_sources(
    sources: Iterable[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    limit: int | None = None,
) -> LoadResult:
    """Load every source in order. Failures and skips become lines, never exceptions.

    ``limit`` caps the entries taken from each feed.
    """
    result = LoadResult()
    for source in sources:
        if source == "-":
            _collect(result, STDIN_SOURCE, lambda: load_stdin(max_bytes, stdin, limit))
        elif is_url(source):
            _collect(result, source, lambda source=source: load_url(source, max_bytes, limit))
        else:
            path = Path(source).expanduser()
            if path.is_dir():
                _load_folder(result, path, max_bytes, limit)
            elif not path.exists() and _part_of_file(source):
                _collect(result, source, lambda source=source: _load_part(source, max_bytes))
            else:
                _collect(result, source, lambda path=path: load_path(path, max_bytes, limit))
    return result


def _collect(result: LoadResult, source: str, load) -> None:
    try:
        loaded = load()
    except IngestError as exc:
        result.errors.append(f"{source}: {exc}")
        return
    if isinstance(loaded, LoadResult):  # a file of several articles: some may have failed
        result.articles.extend(loaded.articles)
        result.errors.extend(loaded.errors)
    else:
        result.articles.append(loaded)


def _load_folder(result: LoadResult, folder: Path, max_bytes: int, limit: int | None = None) -> None:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        result.errors.append(f"{folder}: cannot read folder ({exc.strerror or exc})")
        return
    found = False
    for path in entries:
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.stem.upper() == "README":
            continue  # a folder's README documents it; it is not an article
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            result.skipped.append(f"{path}: skipped, not a supported article file ({_SUFFIX_LIST})")
            continue
        found = True
        _collect(result, str(path), lambda path=path: load_path(path, max_bytes, limit))
    if not found:
        result.errors.append(f"{folder}: no supported article files in this folder ({_SUFFIX_LIST})")


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Load one file that holds one article (see ``load_path`` for files of several)."""
    loaded = load_path(path, max_bytes)
    if loaded.errors:
        raise IngestError(loaded.errors[0].removeprefix(f"{path}: "))
    if len(loaded.articles) != 1:
        raise IngestError(f"holds {len(loaded.articles)} articles")
    return loaded.articles[0]


def load_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, limit: int | None = None) -> LoadResult:
    """Load one file; the suffix (else the content) picks the reader."""
    if not path.exists():
        raise IngestError("no such file")
    if not path.is_file():
        raise IngestError("not a regular file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"too large ({_human_bytes(size)}; the limit is {_human_bytes(max_bytes)})")
        data = path.read_bytes()
    except PermissionError:
        raise IngestError("permission denied") from None
    except OSError as exc:
        raise IngestError(f"cannot read ({exc.strerror or exc})") from None
    return articles_from_bytes(data, str(path), suffix=path.suffix.lower(), max_bytes=max_bytes, limit=limit)


def load_stdin(
    max_bytes: int = DEFAULT_MAX_BYTES, stream: BinaryIO | None = None, limit: int | None = None
) -> LoadResult:
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(f"too large (over the limit of {_human_bytes(max_bytes)})")
    return articles_from_bytes(data, STDIN_SOURCE, max_bytes=max_bytes, limit=limit)


def load_url(url: str, max_bytes: int = DEFAULT_MAX_BYTES, limit: int | None = None) -> LoadResult:
    """Fetch a page through trafilatura (with a timeout) and extract its article."""
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(URL_TIMEOUT_SECONDS))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    # SSRF protection guards servers that fetch what strangers name; here the
    # user names the page, and an intranet or localhost briefing is legitimate.
    config.set("DEFAULT", "SSRF_PROTECTION", "off")
    try:
        response = fetch_response(url, decode=False, config=config)
    except Exception as exc:  # trafilatura surfaces urllib3 errors of many kinds
        raise IngestError(f"could not fetch the page ({type(exc).__name__})") from None
    if response is None or not response.data:
        raise IngestError("could not fetch the page (unreachable, no network, or an empty answer)")
    if response.status >= 400:
        raise IngestError(f"the server answered HTTP {response.status}")
    if len(response.data) > max_bytes:
        raise IngestError(f"too large (over the limit of {_human_bytes(max_bytes)})")
    content_type = (response.headers or {}).get("content-type", "")
    return articles_from_bytes(
        response.data, url, content_type=content_type, url=url, max_bytes=max_bytes, limit=limit
    )


def article_from_text_bytes(data: bytes, source: str, *, markdown: bool = False) -> Article:
    """A plain-text or Markdown article: the first line is the title when it reads as a headline."""
    text = make_safe(decode_text(data))
    if not text.strip():
        raise IngestError("empty (no text)")
    title = _headline(text, markdown)
    return Article.from_text(
        text,
        source,
        title=title,
        byline=_byline(text),
        date=_first_date(text[:600]),
    )


def article_from_html(data: bytes, source: str, *, url: str | None = None) -> Article:
    """Extract the article from an HTML page: body text kept, navigation, ads and footers gone."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError("binary data, not an HTML page")
    if not data.strip():
        raise IngestError("empty (no text)")
    from trafilatura import bare_extraction
    from trafilatura.utils import decode_file

    cleaned = clean_html(decode_file(data))
    try:
        document = bare_extraction(
            cleaned if cleaned is not None else data,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception as exc:  # lxml and trafilatura raise assorted errors on broken pages
        raise IngestError(f"could not parse the HTML ({type(exc).__name__})") from None
    body = getattr(document, "text", None) if document is not None else None
    # A page of menus alone can still yield a word or two of stray text.
    if not body or len(body.split()) < _MIN_ARTICLE_WORDS:
        raise IngestError("no article text could be extracted from this page")
    title = _clean_meta(getattr(document, "title", None))
    text = make_safe(remove_furniture(body, title))
    return Article.from_text(
        text,
        source,
        title=title,
        byline=_clean_meta(getattr(document, "author", None)),
        date=_clean_meta(getattr(document, "date", None)),
        site=_clean_meta(getattr(document, "sitename", None)),
        url=url or _clean_meta(getattr(document, "url", None)),
    )


def decode_text(data: bytes) -> str:
    """Bytes to str: BOMs first, then strict UTF-8, then a detected legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    if _looks_binary(data):
        raise IngestError("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Legacy single-byte text: Windows-1252 is by far the most common in news
    # copy (its curly quotes live at 0x91-0x94); charset-normalizer decides
    # when the bytes do not fit it.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or not _mostly_text(text):
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise IngestError("cannot decode the text (unknown encoding)")
        text = str(best)
    if not _mostly_text(text):
        raise IngestError("binary data, not text")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise IngestError(f"cannot decode the text as {encoding.upper().replace('-SIG', '')}") from None


def make_safe(text: str) -> str:
    """The one normalisation every article goes through before its id and offsets exist."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL_CHARS.sub("", text)
    text = _BIDI_CONTROLS.sub("", text)
    return text.lstrip("\ufeff")


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def _mostly_text(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return True
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f")
    return odd / len(sample) < 0.05


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512]


def _headline(text: str, markdown: bool) -> str | None:
    first = text.lstrip().split("\n", 1)[0].strip()
    if markdown:
        first = first.lstrip("#").strip()
    if not first or len(first) > _HEADLINE_MAX_CHARS or len(first.split()) > _HEADLINE_MAX_WORDS:
        return None
    # A headline does not end a sentence; a first paragraph usually does.
    if first.endswith((".", ",", ";", ":")) and not first.endswith(("...", "U.S.", "U.N.", "Jr.", "Inc.")):
        return None
    return first


def _byline(text: str) -> str | None:
    head = "\n".join(text.lstrip().split("\n")[:6])
    match = _BYLINE.search(head)
    return match.group(1).strip() if match else None


def _first_date(text: str) -> str | None:
    match = _DATE.search(text)
    if not match:
        return None
    if match.group("iso"):
        return match.group("iso")
    month = _MONTH_NUMBERS.get(match.group("month").rstrip(".").lower())
    if month is None:
        return None
    return f"{int(match.group('year')):04d}-{month:02d}-{int(match.group('day')):02d}"


def _clean_meta(value: object) -> str | None:
    if value is None:
        return None
    cleaned = make_safe(str(value)).strip()
    return cleaned or None


def _human_bytes(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count} bytes"


# --- documents: one dispatch point for every format beyond text and HTML --------------------------

_SUFFIX_LIST = ", ".join(sorted(SUPPORTED_SUFFIXES))
_CONTENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "message/rfc822": "eml",
    "application/mbox": "mbox",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
}


def document_kind(data: bytes, suffix: str = "", content_type: str = "") -> str:
    """Which reader a source needs: "text", "html", or a document reader's name.

    The suffix decides for files; a URL's content type or, failing both, the bytes
    themselves decide for URLs and standard input.
    """
    from briefing.formats.feeds import looks_like_feed

    if suffix in DOCUMENT_SUFFIXES:
        return DOCUMENT_SUFFIXES[suffix]
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    declared = _CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())
    if declared:
        return declared
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data:
        return "docx"
    if looks_like_feed(data):
        return "feed"
    if _looks_like_html(data) or content_type.startswith(("text/html", "application/xhtml")):
        return "html"
    return "text"


def articles_from_bytes(
    data: bytes,
    source: str,
    *,
    suffix: str = "",
    content_type: str = "",
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limit: int | None = None,
) -> LoadResult:
    """The articles in one source's bytes, whatever its format, each through the one safe-text step."""
    kind = document_kind(data, suffix, content_type)
    result = LoadResult()
    if kind == "html":
        result.articles.append(article_from_html(data, source, url=url))
    elif kind == "text":
        result.articles.append(article_from_text_bytes(data, source, markdown=suffix in {".md", ".markdown"}))
    else:
        try:
            _read_document(result, kind, data, source, max_bytes, limit)
        except DocumentError as exc:
            raise IngestError(str(exc)) from None
        if not result.articles and not result.errors:
            raise IngestError("no article in it")
    return result


def _read_document(
    result: LoadResult, kind: str, data: bytes, source: str, max_bytes: int, limit: int | None
) -> None:
    if kind in ("pdf", "docx"):
        result.articles.append(_article(_read_single(kind, data, max_bytes), source, max_bytes))
    elif kind == "eml":
        _add_mail(result, data, source, None, max_bytes)
    elif kind == "mbox":
        from briefing.formats.mail import split_mbox

        for number, message in enumerate(split_mbox(data), 1):
            _add_mail(result, message, source, str(number), max_bytes)
    elif kind == "feed":
        from briefing.formats.feeds import read_feed

        for entry in read_feed(data, limit):
            _add_feed_entry(result, entry, source, max_bytes)


def _read_single(kind: str, data: bytes, max_bytes: int) -> Extraction:
    if kind == "pdf":
        from briefing.formats.pdf import read_pdf

        return read_pdf(data, max_bytes)
    from briefing.formats.docx import read_docx

    return read_docx(data, max_bytes)


def _add_mail(result: LoadResult, data: bytes, source: str, part: str | None, max_bytes: int) -> None:
    from briefing.formats.mail import read_eml

    where = f"{source}#{part}" if part else source
    try:
        items = read_eml(data, part)
    except DocumentError as exc:
        result.errors.append(f"{where}: {exc}")
        return
    for item in items:
        where = f"{source}#{item.part}" if item.part else source
        try:
            if isinstance(item, Attachment):
                found = _read_single(DOCUMENT_SUFFIXES[item.suffix], item.data, max_bytes)
                item_meta = {"title": item.title, "byline": found.byline or item.byline, "date": item.date}
                result.articles.append(_article(replace(found, **item_meta), where, max_bytes))
            else:
                result.articles.append(_article(item, where, max_bytes))
        except (DocumentError, IngestError) as exc:
            result.errors.append(f"{where}: {exc}")


def _add_feed_entry(result: LoadResult, entry: Extraction, feed: str, max_bytes: int) -> None:
    where = entry.url or f"{feed}#{entry.part}"
    try:
        if entry.link and entry.html is None and not entry.text:
            fetched = load_url(entry.link, max_bytes)
            result.errors.extend(fetched.errors)
            for article in fetched.articles:
                result.articles.append(_with_meta(article, entry, prefer_own=True))
        else:
            result.articles.append(_article(entry, where, max_bytes))
    except IngestError as exc:
        result.errors.append(f"{where}: {exc}")


def _article(found: Extraction, source: str, max_bytes: int) -> Article:
    """An Article from a reader's result: HTML extracted like a page, text made safe; same id rule."""
    if found.html is not None:
        try:
            return _with_meta(article_from_html(found.html, source, url=found.url), found)
        except IngestError:
            if not found.text.strip():
                raise
    if len(found.text.encode("utf-8")) > max_bytes:
        raise IngestError(f"its text is too large (over the limit of {_human_bytes(max_bytes)})")
    text = make_safe(found.text)
    if not text.strip():
        raise IngestError("empty (no text)")
    return Article.from_text(
        text,
        source,
        title=_clean_meta(found.title),
        byline=_clean_meta(found.byline),
        date=_clean_meta(found.date),
        site=_clean_meta(found.site),
        url=found.url,
    )


def _with_meta(article: Article, found: Extraction, *, prefer_own: bool = False) -> Article:
    """The article with what the container says of it (subject, sender, feed entry) filled in.

    With ``prefer_own`` (a page fetched for a feed entry) the page's own title, byline and date
    win; the feed's name and the entry's address always do.
    """
    fields = {}
    for name in ("title", "byline", "date", "site", "url"):
        given = _clean_meta(getattr(found, name))
        if given and not (prefer_own and name in ("title", "byline", "date") and getattr(article, name)):
            fields[name] = given
    return replace(article, **fields)


def _part_of_file(source: str) -> bool:
    """``box.mbox#3`` names message 3 of a file that holds several articles."""
    base, _, part = source.rpartition("#")
    return bool(base and part) and Path(base).expanduser().is_file()


def _load_part(source: str, max_bytes: int) -> Article:
    base = source.rpartition("#")[0]
    loaded = load_path(Path(base).expanduser(), max_bytes)
    for article in loaded.articles:
        if article.source == source:
            return article
    raise IngestError("no such part in the file")
