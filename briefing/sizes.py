"""Byte counts as people write them (``--max-bytes 20M``) and as messages show them."""

from __future__ import annotations

import re
import sys

_UNITS = {"": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2}
_COUNT = re.compile(r"\s*(\d+)\s*([a-z]*)\s*", re.IGNORECASE)
# The most one read may ask for: Python's reads take a Py_ssize_t, and a buffer that big
# could never be allocated anyway.
LARGEST_READ = sys.maxsize - 1


def parse_byte_count(text: str) -> int:
    """A positive whole number of bytes, optionally with a K or M suffix (binary: 1K = 1024).

    Raises ValueError with a message for the user; values past what one read can ask for are
    clamped to that, so "no practical limit" can be written as a huge number.
    """
    match = _COUNT.fullmatch(text)
    unit = _UNITS.get(match.group(2).lower()) if match else None
    if match is None or unit is None:
        raise ValueError(f"{text!r} is not a byte count (a positive whole number, optionally with K or M)")
    count = int(match.group(1)) * unit
    if count <= 0:
        raise ValueError(f"{text!r}: the limit must be at least 1 byte")
    return min(count, LARGEST_READ)


def human_bytes(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count} bytes"


def size_against_limit(size: int, limit: int) -> str:
    """``"20.5 MB; the limit is 20.0 MB"``, in exact bytes when both would round alike."""
    shown, limit_shown = human_bytes(size), human_bytes(limit)
    if shown == limit_shown:
        shown, limit_shown = f"{size:,} bytes", f"{limit:,} bytes"
    return f"{shown}; the limit is {limit_shown}"
