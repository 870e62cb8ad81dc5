"""The one Markdown escaper: data (article words, notes, names, paths) as Markdown text that stays text.

Used by the export and by ``analyze --format md``. A note that reads ``# heading``,
``<script>`` or `````` ``` `````` renders as written in any CommonMark renderer
(GitHub and Obsidian too), and nothing in it acts on a terminal: controls, ESC,
BEL and bidi controls become visible stand-ins first (``briefing.safe``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

from briefing.safe import terminal_safe

# Characters that start Markdown (or GitHub/Obsidian) syntax anywhere in a line.
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]<>#|~$]")
# An entity reference would be decoded ("&amp;" -> "&"); escaping its "&" keeps it literal.
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# "==highlight==" (Obsidian) and "%%comment%%" (Obsidian hides it).
_DOUBLED = re.compile(r"([=%])(?=\1)|(?<=[=%])([=%])")
# Line starts that open a block: list items, setext underlines, ordered lists ("1." / "1)").
_BLOCK_START = re.compile(r"^([-+=])|^(\d{1,9})([.)])")


def escape_line(text: str) -> str:
    """One line of data as Markdown text that renders exactly as written and opens no block."""
    line = terminal_safe(text).strip()
    line = _INLINE_SYNTAX.sub(lambda m: "\\" + m.group(0), line)
    line = _ENTITY.sub(r"\\&", line)
    line = _DOUBLED.sub(lambda m: "\\" + m.group(0), line)
    return _BLOCK_START.sub(
        lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", line
    )


def escape_markdown(text: str) -> list[str]:
    """A note as escaped Markdown lines: line breaks kept (as hard breaks), blank lines between paragraphs."""
    lines = [escape_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):  # one blank line between paragraphs, none at the start
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    # A backslash at the end of a line is a CommonMark hard break (trailing spaces would be invisible).
    return [
        f"{line}\\" if line and i + 1 < len(kept) and kept[i + 1] else line for i, line in enumerate(kept)
    ]


def escape_paragraphs(text: str) -> list[str]:
    """Article words as escaped Markdown lines: each line of the article is a paragraph, as in the text."""
    lines: list[str] = []
    for line in text.split("\n"):
        escaped = escape_line(line)
        if escaped:
            lines += ["", escaped] if lines else [escaped]
    return lines


def escape_inline(text: str) -> str:
    """Data on one line (a heading, a table cell, a byline): newlines become spaces."""
    return escape_line(" ".join(text.split()))


def code_span(text: str) -> str:
    """Data shown verbatim (a file path): a backtick fence longer than any run inside it."""
    flat = " ".join(terminal_safe(text).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    padding = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{padding}{flat}{padding}{fence}"


def blockquote(lines: Iterable[str]) -> list[str]:
    """Prefix every line, blank ones too, so a multi-line quote stays one blockquote."""
    return [f"> {line}" if line else ">" for line in lines]


def link_target(url: str) -> str:
    """A URL as a CommonMark link destination: angle brackets, nothing inside that could end it."""
    return "<" + quote(url, safe=":/?#[]@!$&'()*+,;=%~-._") + ">"
