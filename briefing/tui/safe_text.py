"""Make article text safe to draw, one character for one character.

Ingest already removes terminal controls, but the reader draws whatever
Article it is given (tests and other callers build them directly), so it
never trusts that: every control and bidi override becomes a visible
stand-in of the same length, which keeps article offsets and screen
offsets in step. The rule is ``briefing.safe.terminal_safe``, the same
one the command line prints with.
"""

from __future__ import annotations

from briefing.safe import terminal_safe


def display_safe(text: str) -> str:
    """The text with every control or bidi override replaced by one visible character."""
    return terminal_safe(text)
