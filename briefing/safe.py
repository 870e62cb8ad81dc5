"""Making text from outside safe to print: the one place that decides what reaches the terminal.

Anything from outside (file names, URLs, titles, bylines, note text, gold ids,
article text) may hold bytes a terminal acts on: ESC sequences that clear the
screen or set the clipboard (OSC 52), BEL, C1 controls that some terminals read
as CSI or OSC, and bidi controls that reorder what is seen. ``terminal_safe``
replaces each with one visible character, one for one, so offsets into the text
stay offsets on the screen (the reader relies on that). Standard library only.
"""

from __future__ import annotations

import re

# C0 controls show as their Control Pictures glyph (U+2400 + code); tab and newline
# as a space, so a name stays on its line and cell widths stay predictable.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_TABLE[0x09] = " "
_TABLE[0x0A] = " "
_TABLE[0x7F] = "\u2421"  # DEL
# C1 controls (0x80-0x9F) include CSI and OSC introducers on some terminals.
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
# Bidi embeddings, overrides, isolates and marks could reorder what the reader sees.
BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)
_TABLE.update({code: "\ufffd" for code in BIDI_CONTROLS})
# Line and paragraph separators break a line in some terminals and most editors.
_TABLE.update({0x2028: " ", 0x2029: " "})

# What json.dumps(ensure_ascii=False) leaves raw of the above (it escapes C0 itself).
_JSON_RAW_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]")


def terminal_safe(text: str) -> str:
    """``text`` with every control, bidi control and line separator replaced by one visible character."""
    return text.translate(_TABLE)


def terminal_safe_lines(text: str) -> str:
    """Like ``terminal_safe`` but keeping the line breaks: for output that is several lines by design."""
    return "\n".join(terminal_safe(line) for line in text.split("\n"))


def one_line(text: str, width: int) -> str:
    """Outside text on one terminal line: whitespace runs as one space, cut to ``width`` with an ellipsis."""
    flat = " ".join(terminal_safe(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "\u2026"


def json_safe(json_text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with the controls it leaves raw escaped.

    Inside JSON these characters only occur in strings, where ``\\uXXXX`` means the same.
    """
    return _JSON_RAW_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)
