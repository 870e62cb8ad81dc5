"""Which style sheets the reader reads when.

Textual parses every sheet of the app before its first frame, so the reader's own sheets are
the app's and the dialogs' and briefing views' are their screens' (``CSS_PATH``). The app reads
those after its first frame (``read_later_sheets``), so that a dialog opened later finds them
parsed; a screen opened before that reads its own, as Textual does for any screen.
"""

from __future__ import annotations

from pathlib import PurePath

from textual.app import App

from briefing.resources import styles_dir

READER_SHEETS: list[str | PurePath] = [
    styles_dir() / name for name in ("app.tcss", "annotations.tcss", "corrections.tcss")
]
DIALOG_SHEETS: list[str | PurePath] = [styles_dir() / "dialogs.tcss"]
BRIEFING_SHEETS: list[str | PurePath] = [styles_dir() / "briefing.tcss"]


def read_later_sheets(app: App) -> None:
    """Parse the dialogs' and briefing views' sheets into the app's stylesheet, once.

    Only the new sheets are parsed (Textual keeps each parsed source), and nothing on screen is
    restyled: their rules are for screens that are not open."""
    stylesheet = app.stylesheet
    new = [path for path in (*DIALOG_SHEETS, *BRIEFING_SHEETS) if not stylesheet.has_source(str(path))]
    if not new:
        return
    for path in new:
        stylesheet.read(path)
    stylesheet.parse()
