"""Turn paths, folders, URLs and standard input into Articles.

Every source either becomes an Article or one line naming the source and what
is wrong with it; one bad source never stops the others. Text is made safe
here, once, before the article id and any offset exist (DESIGN.md): Unicode
NFC, newlines normalised, terminal control characters and bidi overrides
removed, so everything downstream can trust ``article.text``.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from briefing.model import Article, LoadResult
from briefing.sizes import human_bytes, size_against_limit
from briefing.urls import DEFAULT_TIMEOUT_SECONDS, strip_credentials

if TYPE_CHECKING:
    from briefing.formats import Attachment, Extraction

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
URL_TIMEOUT_SECONDS = DEFAULT_TIMEOUT_SECONDS
_READ_CHUNK = 1024 * 1024
STDIN_SOURCE = "<stdin>"

# C0 controls but tab and newline, DEL, and C1 controls: a terminal would act on them.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings, overrides and isolates can make text display other than it reads.
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Markdown front matter: a block of "key: value" lines between two "---" lines at the very top.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<block>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_LINE = re.compile(r"^(?:[A-Za-z_][\w-]*[ \t]*:.*|[ \t]+.*|[ \t]*-[ \t].*|#.*|[ \t]*)$")
_FRONT_MATTER_KEYS = {
    "title": "title",
    "date": "date",
    "author": "byline",
    "authors": "byline",
    "byline": "byline",
}
# Western European news is far more often cp1252 than anything else: another legacy
# encoding is only believed when cp1252 would make most letters accented (Cyrillic,
# Greek and the like read as cp1252), which real Western text never does.
_FOREIGN_LETTER_SHARE = 0.3
# Text with stray invalid bytes is still read as UTF-8 when its valid multi-byte
# sequences outnumber the invalid ones this many times over.
_UTF8_EVIDENCE_RATIO = 2
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


# Warnings of the source being loaded (e.g. invalid bytes replaced); _collect gathers them.
_source_warnings: ContextVar[list[str] | None] = ContextVar("source_warnings", default=None)


@dataclass(frozen=True)
class _Reach:
    """How far one load may go: bytes per source, entries per feed, each URL's deadline, the cancel."""

    max_bytes: int = DEFAULT_MAX_BYTES
    limit: int | None = None
    timeout: float = URL_TIMEOUT_SECONDS
    cancel: threading.Event | None = None


def load_sources(
    sources: Iterable[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    limit: int | None = None,
    *,
    timeout: float = URL_TIMEOUT_SECONDS,
    cancel: threading.Event | None = None,
) -> LoadResult:
    """Load every source in order. Failures and skips become lines, never exceptions.

    ``limit`` caps the entries taken from each feed; ``timeout`` is the whole deadline of
    each URL (a feed entry's link included); setting ``cancel`` abandons a URL being
    fetched at once (the reader quitting).
    """
    reach = _Reach(max_bytes, limit, timeout, cancel)
    result = LoadResult()
    for source in sources:
        if source == "-":
            _collect(
                result,
                STDIN_SOURCE,
                lambda: load_stdin(max_bytes, stdin, limit, timeout=timeout, cancel=cancel),
            )
        elif is_url(source):
            _collect(
                result,
                strip_credentials(source),
                lambda source=source: _load_url(source, reach),
            )
        else:
            _load_path(result, source, reach)
    return result


def _load_path(result: LoadResult, source: str, reach: _Reach) -> None:
    try:
        path = Path(source).expanduser()
    except RuntimeError:  # "~name/..." of a user the system does not know
        result.errors.append(f"{source}: no such user's home folder")
        return
    try:
        is_folder = path.is_dir()
        is_part = not is_folder and not path.exists() and _part_of_file(source)
    except OSError as exc:  # a name too long, a folder on the way that cannot be searched
        result.errors.append(f"{source}: {os_problem(exc, path)}")
        return
    if is_folder:
        _load_folder(result, path, reach)
    elif is_part:
        _collect(result, source, lambda: _load_part(source, reach))
    else:
        _collect(result, source, lambda: _load_path_with(path, reach))


def _collect(result: LoadResult, source: str, load: Callable[[], Article | LoadResult]) -> None:
    """One source's article(s), or its one line; its warnings are named after it."""
    warnings: list[str] = []
    token = _source_warnings.set(warnings)
    try:
        loaded = load()
    except IngestError as exc:
        result.errors.append(f"{source}: {exc}")
    except OSError as exc:  # whatever the file system says, it is this source's one line
        result.errors.append(f"{source}: {os_problem(exc)}")
    else:
        if isinstance(loaded, LoadResult):  # a file of several articles: some may have failed
            result.articles.extend(loaded.articles)
            result.errors.extend(loaded.errors)
            result.skipped.extend(loaded.skipped)
            result.warnings.extend(loaded.warnings)
        else:
            result.articles.append(loaded)
        result.warnings.extend(f"{source}: warning: {line}" for line in warnings)
    finally:
        _source_warnings.reset(token)


def _warn(message: str) -> None:
    collected = _source_warnings.get()
    if collected is not None:
        collected.append(message)


def _load_folder(result: LoadResult, folder: Path, reach: _Reach) -> None:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        result.errors.append(f"{folder}: cannot read folder ({os_problem(exc)})")
        return
    found = False
    for path in entries:
        if path.name.startswith("."):
            continue
        try:
            os.lstat(path)
        except PermissionError:
            # The names can be listed but not opened: the folder lacks search (x) permission.
            result.errors.append(f"{folder}: cannot open the files in this folder (permission denied)")
            return
        except OSError as exc:
            result.errors.append(f"{path}: {os_problem(exc, path)}")
            found = True
            continue
        try:
            is_folder = path.is_dir()
        except OSError as exc:  # a symlink to a path that cannot be checked
            result.errors.append(f"{path}: {os_problem(exc, path)}")
            found = True
            continue
        if is_folder:
            continue
        if path.stem.upper() == "README":
            continue  # a folder's README documents it; it is not an article
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            result.skipped.append(f"{path}: skipped, not a supported article file ({_SUFFIX_LIST})")
            continue
        found = True
        _collect(result, str(path), lambda path=path: _load_path_with(path, reach))
    if not found:
        result.errors.append(f"{folder}: no supported article files in this folder ({_SUFFIX_LIST})")


_OS_PROBLEMS = {
    errno.ENOENT: "no such file",
    errno.ELOOP: "a symlink loop (the link leads back to itself)",
    errno.ENAMETOOLONG: "the name is too long for the file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "a folder, not a file",
    errno.EIO: "input/output error (a failing disk or network share?)",
}


def os_problem(exc: OSError, path: Path | None = None) -> str:
    """What an OSError of a source means, in words (the source is named by the caller)."""
    if exc.errno == errno.ENOENT and path is not None and os.path.islink(path):
        return "a broken symlink (what it points to does not exist)"
    known = _OS_PROBLEMS.get(exc.errno) if exc.errno is not None else None
    return known or f"cannot read ({exc.strerror or exc})"


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


def load_path(
    path: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limit: int | None = None,
    *,
    timeout: float = URL_TIMEOUT_SECONDS,
    cancel: threading.Event | None = None,
) -> LoadResult:
    """Load one file; the suffix (else the content) picks the reader.

    ``timeout`` and ``cancel`` apply to the pages a feed's entries link to.
    """
    return _load_path_with(path, _Reach(max_bytes, limit, timeout, cancel))


def _load_path_with(path: Path, reach: _Reach) -> LoadResult:
    try:
        data = _read_file(path, reach.max_bytes)
    except OSError as exc:
        raise IngestError(os_problem(exc, path)) from None
    except ValueError:  # only a NUL byte in the name makes the system calls raise this
        raise IngestError("the name holds a NUL byte, which no file name can") from None
    return _articles_from(data, str(path), reach, suffix=path.suffix.lower())


def _read_file(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, never more than ``max_bytes``: counted while reading, since
    files in /proc and the like report a size of 0."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(f"not a regular file ({_file_kind(info.st_mode)})")
    if info.st_size > max_bytes:
        raise IngestError(f"too large ({size_against_limit(info.st_size, max_bytes)})")
    # O_NONBLOCK: should the path have become a FIFO since the check, opening must not hang.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    with open(os.open(path, flags), "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise IngestError("not a regular file")
        return read_limited(stream, max_bytes)


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a file")


def read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read to the end in chunks; IngestError once more than ``max_bytes`` have come.

    Chunks, because ``read(n)`` allocates ``n`` bytes at once: a huge limit must not.
    """
    chunks = []
    total = 0
    while True:
        chunk = stream.read(min(_READ_CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise IngestError(f"too large (more than the limit of {_limit_shown(max_bytes)})")


def _limit_shown(max_bytes: int) -> str:
    shown = human_bytes(max_bytes)
    return shown if shown.endswith(" bytes") else f"{shown} = {max_bytes:,} bytes"


def load_stdin(
    max_bytes: int = DEFAULT_MAX_BYTES,
    stream: BinaryIO | None = None,
    limit: int | None = None,
    *,
    timeout: float = URL_TIMEOUT_SECONDS,
    cancel: threading.Event | None = None,
) -> LoadResult:
    if stream is None and sys.stdin is None:  # fd 0 was closed when the program started
        raise IngestError("standard input is closed")
    data = read_limited(stream or sys.stdin.buffer, max_bytes)
    return _articles_from(data, STDIN_SOURCE, _Reach(max_bytes, limit, timeout, cancel))


def load_url(
    url: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limit: int | None = None,
    *,
    timeout: float = URL_TIMEOUT_SECONDS,
    cancel: threading.Event | None = None,
) -> LoadResult:
    """Fetch a page, PDF or feed (one deadline for all of it) and extract its article(s).

    The articles' source and url are the address without any ``user:password@``.
    """
    return _load_url(url, _Reach(max_bytes, limit, timeout, cancel))


def _load_url(url: str, reach: _Reach) -> LoadResult:
    from briefing.fetch import FetchError, fetch  # the HTTP client: only when a URL is read

    shown = strip_credentials(url)
    try:
        page = fetch(url, reach.max_bytes, reach.timeout, reach.cancel)
    except FetchError as exc:
        raise IngestError(str(exc)) from None
    if not page.data.strip():
        raise IngestError("the server sent an empty page")
    kind = document_kind(page.data, content_type=page.content_type)
    if kind == "text" and page.content_type != "text/plain":
        if page.content_type not in _HTML_TYPES:
            raise IngestError(f"not a web page (the server sent {page.content_type})")
        kind = "html"  # no type named, or XML the bytes do not show as a feed: read as a page
    return _articles_from(page.data, shown, reach, kind=kind, url=shown, charset=page.charset)


_HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml", "application/xml", "text/xml"})


def article_from_text_bytes(
    data: bytes, source: str, *, markdown: bool = False, charset: str | None = None
) -> Article:
    """A plain-text or Markdown article: the first line is the title when it reads as a headline.

    Markdown front matter (``---`` … ``---``) gives title, date and author, and is not text.
    """
    text = make_safe(_decode(data, charset))
    meta = _front_matter(text) if markdown else None
    if meta is not None:
        text = text[meta.pop("end") :].lstrip("\n")
    meta = meta or {}
    if not text.strip():
        raise IngestError("empty (no text)")
    return Article.from_text(
        text,
        source,
        title=meta.get("title") or _headline(text, markdown),
        byline=meta.get("byline") or _byline(text),
        date=_meta_date(meta.get("date")) or _first_date(text[:600]),
    )


def article_from_html(
    data: bytes, source: str, *, url: str | None = None, charset: str | None = None
) -> Article:
    """Extract the article from an HTML page: body text kept, navigation, ads, pop-ups and footers gone."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError("binary data, not an HTML page")
    if not data.strip():
        raise IngestError("empty (no text)")
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    from briefing.formats.web_cleanup import clean_html, remove_furniture

    markup = _decode(data, charset or _meta_charset(data))
    try:
        cleaned = clean_html(markup)
        tree = load_html(cleaned if cleaned is not None else markup)
        if tree is None:
            raise IngestError("not an HTML page (it could not be parsed)")
        _remove_control_characters(tree)
        document = bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
        )
    except IngestError:
        raise
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
        url=url or _clean_meta(strip_credentials(str(getattr(document, "url", None) or ""))),
    )


def decode_text(data: bytes) -> str:
    """Bytes to str: BOMs first, then UTF-8, then a legacy encoding (cp1252 unless the evidence
    for another is strong).

    Text that is overwhelmingly valid UTF-8 stays UTF-8 with its few bad bytes replaced by
    U+FFFD, and a warning names how many.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8_replacing(data[3:])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    if _looks_binary(data):
        raise IngestError("binary data, not text")
    text = _utf8_if_evident(data)
    if text is not None:
        return text
    text = _legacy(data)
    if not _mostly_text(text):
        raise IngestError("binary data, not text")
    return text


def _decode(data: bytes, charset: str | None) -> str:
    """Bytes to str with a charset a header or the page declared, else as ``decode_text``."""
    codec = _codec(charset)
    if codec is None or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data)
    if codec == "utf-8":  # often declared by templates whose text is cp1252: the bytes decide
        text = _utf8_if_evident(data)
        return text if text is not None else decode_text(data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return decode_text(data)  # the declaration is wrong: judge the bytes themselves


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    if name in ("latin-1", "iso8859-1", "ascii", "cp1252"):
        return "cp1252"  # as browsers do: pages labelled Latin-1 or ASCII are written in cp1252
    if name.startswith(("utf-16", "utf-32")):
        return None  # an 8-bit page cannot declare these about itself; a BOM would say so
    return name


def _utf8_if_evident(data: bytes) -> str | None:
    """UTF-8, if the valid multi-byte sequences far outnumber the invalid bytes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    if valid < _UTF8_EVIDENCE_RATIO * replaced:
        return None
    _warn_replaced(replaced)
    return text


def _utf8_replacing(data: bytes) -> str:
    text = data.decode("utf-8", errors="replace")
    _warn_replaced(text.count("\ufffd") - data.count("\ufffd".encode()))
    return text


def _warn_replaced(count: int) -> None:
    if count > 0:
        plural = "s" * (count != 1)
        _warn(f"{count} invalid UTF-8 byte sequence{plural} replaced with \ufffd")


# cp1252 leaves five bytes undefined; they decode as Latin-1 (C1 controls, removed by make_safe).
_CP1252_HIGH = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if bytes([byte]).decode("cp1252", errors="ignore")
}


def _legacy(data: bytes) -> str:
    text = data.decode("latin-1").translate(_CP1252_HIGH)
    if _foreign_letter_share(text) <= _FOREIGN_LETTER_SHARE:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else text


def _foreign_letter_share(text: str) -> float:
    """Of the letters, the share that are not ASCII (0 when too few to judge)."""
    letters = [ch for ch in text[:65536] if ch.isalpha()]
    foreign = sum(1 for ch in letters if ord(ch) > 127)
    return foreign / len(letters) if foreign >= 20 else 0.0


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise IngestError(f"cannot decode the text as {encoding.upper().replace('-SIG', '')}") from None


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


# Characters an XML tree cannot hold: a page's &#27; or &#7; parses into them.
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _remove_control_characters(tree) -> None:
    """After parsing, drop what character references like ``&#27;`` put in the tree: left in,
    trafilatura's rewriting of the tree fails and the whole page would be lost."""
    for element in tree.iter():
        if element.text and _XML_UNSAFE.search(element.text):
            element.text = _XML_UNSAFE.sub("", element.text)
        if element.tail and _XML_UNSAFE.search(element.tail):
            element.tail = _XML_UNSAFE.sub("", element.tail)
        for name, value in element.attrib.items():
            if _XML_UNSAFE.search(value):
                element.set(name, _XML_UNSAFE.sub("", value))


_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")


def _front_matter(text: str) -> dict | None:
    """Title, byline and date from Markdown front matter, and where the text after it starts."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    lines = match.group("block").split("\n")
    if not all(_FRONT_MATTER_LINE.match(line) for line in lines):
        return None  # a rule (---) and ordinary text, not metadata
    values: dict[str, list[str]] = {}
    field = None
    for line in lines:
        key = _FRONT_MATTER_KEY.match(line)
        if key:
            field = _FRONT_MATTER_KEYS.get(key.group(1).lower())
            if field and field not in values:
                inline = _unquote(key.group(2))
                parts = inline.strip("[]").split(",") if field == "byline" else [inline]
                values[field] = [part for part in map(_unquote, parts) if part]
            else:
                field = None
        elif field and line.strip().startswith("- "):
            values[field].append(_unquote(line.strip()[2:]))
    meta: dict = {name: ", ".join(parts) for name, parts in values.items() if parts}
    meta["end"] = match.end()
    return meta


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def _meta_date(value: str | None) -> str | None:
    return _first_date(value) if value else None


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
    # The document readers are imported only for a source that needs one: a text file opens the
    # reader without them.
    from briefing.formats.feeds import looks_like_feed

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
    timeout: float = URL_TIMEOUT_SECONDS,
    cancel: threading.Event | None = None,
) -> LoadResult:
    """The articles in one source's bytes, whatever its format, each through the one safe-text step.

    A feed entry that only links to its article is fetched with ``timeout`` and ``cancel``.
    """
    kind = document_kind(data, suffix, content_type)
    return _articles_from(data, source, _Reach(max_bytes, limit, timeout, cancel), kind=kind, url=url)


def _articles_from(
    data: bytes,
    source: str,
    reach: _Reach,
    *,
    suffix: str = "",
    kind: str | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> LoadResult:
    kind = kind or document_kind(data, suffix)
    result = LoadResult()
    if kind == "html":
        result.articles.append(article_from_html(data, source, url=url, charset=charset))
    elif kind == "text":
        markdown = suffix in {".md", ".markdown"}
        result.articles.append(article_from_text_bytes(data, source, markdown=markdown, charset=charset))
    else:
        from briefing.formats import DocumentError

        try:
            _read_document(result, kind, data, source, reach)
        except DocumentError as exc:
            raise IngestError(str(exc)) from None
        if not result.articles and not result.errors:
            raise IngestError("no article in it")
    return result


def _read_document(result: LoadResult, kind: str, data: bytes, source: str, reach: _Reach) -> None:
    if kind in ("pdf", "docx"):
        result.articles.append(_article(_read_single(kind, data, reach.max_bytes), source, reach.max_bytes))
    elif kind == "eml":
        _add_mail(result, data, source, None, reach.max_bytes)
    elif kind == "mbox":
        from briefing.formats.mail import split_mbox

        for number, message in enumerate(split_mbox(data), 1):
            _add_mail(result, message, source, str(number), reach.max_bytes)
    elif kind == "feed":
        from briefing.formats.feeds import read_feed

        for entry in read_feed(data, reach.limit):
            if reach.cancel is not None and reach.cancel.is_set():
                result.errors.append(f"{source}: cancelled")
                return
            _add_feed_entry(result, entry, source, reach)


def _read_single(kind: str, data: bytes, max_bytes: int) -> Extraction:
    if kind == "pdf":
        from briefing.formats.pdf import read_pdf

        return read_pdf(data, max_bytes)
    from briefing.formats.docx import read_docx

    return read_docx(data, max_bytes)


def _add_mail(result: LoadResult, data: bytes, source: str, part: str | None, max_bytes: int) -> None:
    from briefing.formats import DocumentError
    from briefing.formats.mail import read_eml

    where = f"{source}#{part}" if part else source
    try:
        items = read_eml(data, part)
    except DocumentError as exc:
        result.errors.append(f"{where}: {exc}")
        return
    for item in items:
        where = f"{source}#{item.part}" if item.part else source
        _collect(result, where, lambda item=item, where=where: _mail_item(item, where, max_bytes))


def _mail_item(item: Extraction | Attachment, where: str, max_bytes: int) -> Article:
    from briefing.formats import Attachment, DocumentError

    try:
        if isinstance(item, Attachment):
            found = _read_single(DOCUMENT_SUFFIXES[item.suffix], item.data, max_bytes)
            item_meta = {"title": item.title, "byline": found.byline or item.byline, "date": item.date}
            return _article(replace(found, **item_meta), where, max_bytes)
        return _article(item, where, max_bytes)
    except DocumentError as exc:
        raise IngestError(str(exc)) from None


def _add_feed_entry(result: LoadResult, entry: Extraction, feed: str, reach: _Reach) -> None:
    where = strip_credentials(entry.url) if entry.url else f"{feed}#{entry.part}"
    if entry.link and entry.html is None and not entry.text:
        # Only the address is known: the page is fetched like any URL, within its own deadline.
        _collect(result, where, lambda: _linked_entry(entry, reach))
    else:
        _collect(result, where, lambda: _article(entry, where, reach.max_bytes))


def _linked_entry(entry: Extraction, reach: _Reach) -> LoadResult:
    assert entry.link is not None
    fetched = _load_url(entry.link, reach)
    fetched.articles[:] = [_with_meta(article, entry, prefer_own=True) for article in fetched.articles]
    return fetched


def _article(found: Extraction, source: str, max_bytes: int) -> Article:
    """An Article from a reader's result: HTML extracted like a page, text made safe; same id rule."""
    if found.html is not None:
        try:
            return _with_meta(article_from_html(found.html, source, url=found.url), found)
        except IngestError:
            if not found.text.strip():
                raise
    if len(found.text.encode("utf-8")) > max_bytes:
        raise IngestError(f"its text is too large (over the limit of {human_bytes(max_bytes)})")
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
        url=strip_credentials(found.url) if found.url else None,
    )


def _with_meta(article: Article, found: Extraction, *, prefer_own: bool = False) -> Article:
    """The article with what the container says of it (subject, sender, feed entry) filled in.

    With ``prefer_own`` (a page fetched for a feed entry) the page's own title, byline and date
    win; the feed's name and the entry's address always do.
    """
    fields = {}
    for name in ("title", "byline", "date", "site", "url"):
        given = _clean_meta(getattr(found, name))
        if name == "url" and given:
            given = strip_credentials(given)
        if given and not (prefer_own and name in ("title", "byline", "date") and getattr(article, name)):
            fields[name] = given
    return replace(article, **fields)


def _part_of_file(source: str) -> bool:
    """``box.mbox#3`` names message 3 of a file that holds several articles."""
    base, _, part = source.rpartition("#")
    return bool(base and part) and Path(base).expanduser().is_file()


def _load_part(source: str, reach: _Reach) -> Article:
    base = source.rpartition("#")[0]
    loaded = _load_path_with(Path(base).expanduser(), reach)
    for article in loaded.articles:
        if article.source == source:
            return article
    raise IngestError("no such part in the file")
