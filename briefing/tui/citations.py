"""``y``: the words in hand as a citation, sent to the clipboard (OSC 52) and, where that may not
work, also to a file or to standard output when the reader quits.

A citation carries the quoted words, the speaker and cue when they are a statement,
then the outlet, the date, the URL (or file) and the paragraph. ``BRIEFING_CITE_TO``
chooses where citations go: ``clipboard`` (OSC 52 only), ``-`` (also printed on
standard output after quitting) or a file path (also appended to that file). Unset,
the clipboard is used, plus standard output when the terminal is unlikely to take
OSC 52 (``osc52_likely``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from briefing.model import Article, Statement
from briefing.tui.safe_text import display_safe

SETTING = "BRIEFING_CITE_TO"
STANDARD_OUTPUT = "-"
CLIPBOARD = "clipboard"
# Terminals known to take OSC 52 clipboard writes (by $TERM or $TERM_PROGRAM), and ones known not to.
OSC52_TERMS = ("xterm-kitty", "alacritty", "foot", "wezterm", "xterm-ghostty", "contour", "rio")
OSC52_PROGRAMS = ("iTerm.app", "WezTerm", "vscode", "ghostty", "tmux", "WarpTerminal")
NO_OSC52_TERMS = ("", "dumb", "linux", "vt100", "vt220", "cons25")


def osc52_likely(environ: Mapping[str, str]) -> bool:
    """Whether this terminal probably puts an OSC 52 write on the clipboard (a guess from the environment)."""
    term = environ.get("TERM", "")
    if environ.get("TMUX") or environ.get("TERM_PROGRAM", "") in OSC52_PROGRAMS:
        return True
    if environ.get("WT_SESSION"):  # Windows Terminal
        return True
    if term in NO_OSC52_TERMS or environ.get("TERM_PROGRAM") == "Apple_Terminal":
        return False
    if environ.get("VTE_VERSION"):  # GNOME Terminal and other VTE terminals ignore OSC 52
        return False
    return term.startswith(OSC52_TERMS) or term.startswith("xterm")


def citation(article: Article, start: int, end: int, statement: Statement | None, speaker: str | None) -> str:
    """The words ``start:end`` as one line: quote, speaker and cue (for a statement), then the source."""
    quote = " ".join(display_safe(article.text[start:end]).split())
    line = f"“{quote}”"
    if statement is not None:
        cue = f", {display_safe(statement.cue)}" if statement.cue else ""
        line += f" — {display_safe(speaker or 'unknown speaker')}{cue}"
    paragraph = f"paragraph {article.paragraph_index(start) + 1}"
    where = (article.title, article.site, article.date, article.url or article.source, paragraph)
    return f"{line} ({'; '.join(display_safe(part) for part in where if part)})"


class CitationSink:
    """Where ``y`` sends citations, from the setting and the terminal; kept lines for after quitting."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        environ = os.environ if environ is None else environ
        chosen = environ.get(SETTING, "").strip()
        self.file: Path | None = (
            Path(chosen).expanduser() if chosen not in ("", STANDARD_OUTPUT, CLIPBOARD) else None
        )
        self.to_standard_output = chosen == STANDARD_OUTPUT or (not chosen and not osc52_likely(environ))
        self.for_standard_output: list[str] = []  # printed by the command line once the reader quit

    def keep(self, text: str) -> str:
        """Keep ``text`` where the setting says (besides the clipboard); returns what to tell the user."""
        if self.file is not None:
            try:
                with self.file.open("a", encoding="utf-8") as handle:
                    handle.write(text + "\n")
            except OSError as error:
                return (
                    f"Copied to the clipboard (OSC 52); not written to {self.file}: {error.strerror or error}"
                )
            return f"Copied to the clipboard (OSC 52) and added to {self.file}"
        if self.to_standard_output:
            self.for_standard_output.append(text)
            return (
                "Copied to the clipboard (OSC 52, which this terminal may ignore); it is also printed "
                f"when you quit ({SETTING}=FILE writes to a file instead)"
            )
        return "Copied to the clipboard (OSC 52)"
