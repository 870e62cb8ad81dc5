"""Make article text safe to draw, one character for one character.

Ingest already removes terminal controls, but the reader draws whatever
Article it is given (tests and other callers build them directly), so it
never trusts that: every control and bidi override becomes a visible
stand-in of the same length, which keeps article offsets and screen
offsets in step.
"""

from __future__ import annotations

# C0 controls show as their Control Pictures glyph (U+2400 + code); tab as a space
# so cell widths stay predictable.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_TABLE[0x09] = " "
_TABLE[0x0A] = " "
_TABLE[0x7F] = "\u2421"  # DEL
# C1 controls (0x80-0x9F) include CSI and OSC introducers on some terminals.
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
# Bidi embeddings, overrides and isolates could reorder what the reader sees.
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
_TABLE.update({code: "\ufffd" for code in _BIDI})


def display_safe(text: str) -> str:
    """The text with every control or bidi override replaced by one visible character."""
    return text.translate(_TABLE)
