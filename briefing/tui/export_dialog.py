"""The export dialog (``x``): a path filled in, Enter writes the Markdown notes there.

The default path is ``<documents>/briefing-notes/YYYY-MM-DD-<slug>.md`` (the
folder is made when missing). Two boxes whose state reads as text choose the
other open articles and the analyser's appendix; a line says how many articles
and notes will be written. An existing file is overwritten only after a yes.
Once written, a notification says where the file went. Paths and titles are
shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Static

from briefing.export import (
    ExportExistsError,
    ExportItem,
    analysis_by_default,
    counted,
    default_export_path,
    make_folder,
    note_count,
    render_markdown,
    write_export,
    written_message,
)
from briefing.tui.button_row import ButtonRow
from briefing.tui.confirm import ConfirmScreen
from briefing.tui.plain_checkbox import PlainCheckbox
from briefing.tui.style_sheets import DIALOG_SHEETS

APPENDIX_LABEL = "Appendix: the analyser's who said what"


class ExportDialog(ModalScreen[Path | None]):
    """Choose where to write the notes of the current article (and, if asked, the other open ones)."""

    CSS_PATH = DIALOG_SHEETS

    BINDINGS = [Binding("escape", "cancel", "Cancel", key_display="esc")]

    def __init__(self, current: Sequence[ExportItem], others: Sequence[ExportItem], today: date) -> None:
        super().__init__()
        self.current = list(current)
        self.others = list(others)
        self.today = today
        # The appendix follows the default for what is chosen until the analyst sets it.
        self.appendix_follows = True

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(Content("Export notes to Markdown"), id="export-heading")
            if self.others:
                others = f"{counted(len(self.others), 'other open article')} with notes"
                yield PlainCheckbox(
                    f"Also the {others} ({counted(note_count(self.others), 'note')})", id="export-all"
                )
            yield PlainCheckbox(APPENDIX_LABEL, analysis_by_default(self.current), id="export-appendix")
            summary = self._summary(self.current, analysis_by_default(self.current))
            yield Static(Content(summary), id="export-summary")
            yield Input(str(self._default_path()), id="export-path", select_on_focus=False)
            yield Static(Content(""), id="export-problem")
            with ButtonRow(classes="dialog-buttons"):
                yield Button(Content("Write"), id="export-write", variant="primary")
                yield Button(Content("Cancel"), id="export-cancel")

    def on_mount(self) -> None:
        path_input = self.query_one("#export-path", Input)
        path_input.focus()
        path_input.cursor_position = len(path_input.value)
        # A long path would show only its folders; once laid out, scroll to its end, the file name.
        self.call_after_refresh(self._show_path_end)

    def _show_path_end(self) -> None:
        path_input = self.query_one("#export-path", Input)
        path_input.scroll_to(x=path_input.max_scroll_x, animate=False, immediate=True)

    @property
    def items(self) -> list[ExportItem]:
        return self.current + (self.others if self._ticked("#export-all") else [])

    @property
    def with_analysis(self) -> bool:
        return self._ticked("#export-appendix")

    def _ticked(self, selector: str) -> bool:
        boxes = self.query(selector)
        return bool(boxes) and boxes.first(Checkbox).value

    def _default_path(self, items: Sequence[ExportItem] | None = None) -> Path:
        chosen = self.current if items is None else items
        return default_export_path([item.article for item in chosen], self.today)

    @staticmethod
    def _summary(items: Sequence[ExportItem], with_analysis: bool) -> str:
        what = f"{counted(len(items), 'article')} and {counted(note_count(items), 'note')}"
        return f"Will write {what}, {'with' if with_analysis else 'without'} the appendix."

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        if event.checkbox.id == "export-all":
            path_input = self.query_one("#export-path", Input)
            before = self._default_path(self.current if event.value else self.current + self.others)
            if path_input.value == str(before):  # the analyst did not change it: follow the choice
                path_input.value = str(self._default_path(self.items))
            if self.appendix_follows:
                self.query_one("#export-appendix", Checkbox).value = analysis_by_default(self.items)
        elif event.checkbox.id == "export-appendix":
            self.appendix_follows = event.value == analysis_by_default(self.items)
        self.query_one("#export-summary", Static).update(
            Content(self._summary(self.items, self.with_analysis))
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.write()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export-write":
            self.write()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def write(self, force: bool = False) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._problem("Type a file path to write to.")
            return
        path = Path(raw).expanduser()
        if path.is_dir():
            self._problem(f"{path} is a folder: add a file name.")
            return
        if path.exists() and not force:
            self._ask_overwrite(path)
            return
        items = self.items
        text = render_markdown(items, datetime.now().astimezone(), with_analysis=self.with_analysis)
        try:
            created = make_folder(path)
            write_export(path, text, force=force)
        except ExportExistsError:
            self._ask_overwrite(path)  # it appeared since we looked
            return
        except OSError as error:
            self._problem(f"{path}: cannot write ({error.strerror or error}).")
            return
        message = written_message(path, items, created)
        self.app.notify(message[:1].upper() + message[1:], title="Exported", markup=False, timeout=8)
        self.dismiss(path)

    def _ask_overwrite(self, path: Path) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self.write(force=True)
            else:
                self._problem(f"{path} exists and was left as it was: choose another name.")

        self.app.push_screen(ConfirmScreen(f"{path} exists. Overwrite it?", "Overwrite", "Keep it"), answered)

    def _problem(self, line: str) -> None:
        self.query_one("#export-problem", Static).update(Content(line))
