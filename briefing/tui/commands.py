"""The one table of keys: it feeds the bindings, the footer, the help screen and the palette.

A row says where its key works (``scope``): anywhere in the app, in the article,
or in the side lists. Keys are Textual key strings, alternatives comma-separated.
The annotation rows (v, a, h, m, x; while selecting w/b/j/k/escape as
priority keys; in the Notes pane enter/e/d/u/escape) are at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

SCOPES: dict[str, str] = {
    "app": "Anywhere",
    "article": "In the article",
    "list": "In the Parties and Statements lists",
    "selecting": "While selecting (after v)",
    "notes": "In the Notes pane (m)",
    "parties": "In the Parties pane: corrections",
    "briefing": "In the briefing views (l, !, P, D, F)",
}


@dataclass(frozen=True)
class Command:
    id: str
    keys: str
    label: str  # the footer's short name
    description: str  # the help screen's and palette's sentence
    action: str
    scope: str = "app"
    footer: bool = False
    key_display: str | None = None
    palette: bool = True  # offered in the command palette (only where it makes sense without a key context)
    priority: bool = False  # checked before the focused widget's keys (selecting reuses j/k/b/escape)


COMMANDS: tuple[Command, ...] = (
    Command("next", "n", "Next", "Next statement, or next match while searching", "next", footer=True),
    Command(
        "previous",
        "N",
        "Prev",
        "Previous statement, or previous match while searching",
        "previous",
        footer=True,
    ),
    Command(
        "search",
        "slash",
        "Search",
        "Search the article; all matches are marked and counted",
        "search",
        footer=True,
        key_display="/",
    ),
    Command(
        "clear",
        "escape",
        "Clear",
        "Close the Keys panel, end the search, or show every party again",
        "clear",
        key_display="esc",
        palette=False,
    ),
    Command(
        "previous-article",
        "left_square_bracket",
        "Prev article",
        "Previous article",
        "previous_article",
        key_display="[",
    ),
    Command(
        "next-article",
        "right_square_bracket",
        "Next article",
        "Next article",
        "next_article",
        footer=True,
        key_display="]",
    ),
    Command(
        "entities",
        "e",
        "Entities",
        "Show or hide entity marks (people, organisations, states)",
        "toggle_entities",
        footer=True,
    ),
    Command(
        "cite",
        "y",
        "Cite",
        "Copy the selection or current statement as a citation: speaker, outlet, date, link, paragraph",
        "cite",
        footer=True,
    ),
    Command("open-source", "o", "Open", "Open the article's source page", "open_source"),
    Command("focus-next", "tab", "Next pane", "Move to the next pane", "focus_next", palette=False),
    Command(
        "focus-previous",
        "shift+tab",
        "Prev pane",
        "Move to the previous pane",
        "focus_previous",
        palette=False,
    ),
    Command(
        "help",
        "question_mark,f1",
        "Help",
        "Show every key and what it does",
        "help",
        footer=True,
        key_display="?",
    ),
    Command(
        "palette",
        "ctrl+p",
        "Palette",
        "Command palette: the app's commands and “go to party …”",
        "command_palette",
        palette=False,
    ),
    Command("quit", "q", "Quit", "Quit", "quit", footer=True),
    Command(
        "line-down", "j,down", "Down", "Scroll down a line", "line_down", scope="article", key_display="j ↓"
    ),
    Command("line-up", "k,up", "Up", "Scroll up a line", "line_up", scope="article", key_display="k ↑"),
    Command(
        "page-down",
        "space,pagedown,ctrl+f",
        "Page down",
        "Scroll down a page",
        "page_down",
        scope="article",
        key_display="space PgDn ^f",
    ),
    Command(
        "page-up",
        "b,pageup,ctrl+b",
        "Page up",
        "Scroll up a page",
        "page_up",
        scope="article",
        key_display="b PgUp ^b",
    ),
    Command(
        "half-page-down",
        "ctrl+d",
        "Half down",
        "Scroll down half a page",
        "half_page_down",
        scope="article",
        key_display="^d",
    ),
    Command(
        "half-page-up",
        "ctrl+u",
        "Half up",
        "Scroll up half a page",
        "half_page_up",
        scope="article",
        key_display="^u",
    ),
    Command("top", "g,home", "Top", "Go to the top", "top", scope="article", key_display="g Home"),
    Command("bottom", "G,end", "Bottom", "Go to the bottom", "bottom", scope="article", key_display="G End"),
    Command(
        "list-down",
        "j,down",
        "Down",
        "Move down the list",
        "cursor_down",
        scope="list",
        key_display="j ↓",
        palette=False,
    ),
    Command(
        "list-up",
        "k,up",
        "Up",
        "Move up the list",
        "cursor_up",
        scope="list",
        key_display="k ↑",
        palette=False,
    ),
    Command(
        "list-top",
        "g,home",
        "First",
        "First item",
        "first",
        scope="list",
        key_display="g Home",
        palette=False,
    ),
    Command(
        "list-bottom", "G,end", "Last", "Last item", "last", scope="list", key_display="G End", palette=False
    ),
    Command(
        "choose",
        "enter",
        "Choose",
        "On a party: show only its statements. On a statement: jump to it",
        "select",
        scope="list",
        palette=False,
    ),
    # Annotation (briefing/tui/notes_controller.py).
    Command(
        "select-text",
        "v",
        "Select",
        "Select from the current sentence (the statement last jumped to, or the first in view)",
        "start_selection",
    ),
    Command(
        "annotate",
        "a",
        "Note",
        "Write a note on the selection or current statement (in a list: the party or statement there)",
        "annotate",
        footer=True,
    ),
    Command(
        "highlight",
        "h",
        "Highlight",
        "Highlight the selection or current statement without a note",
        "highlight",
    ),
    Command("notes", "m", "Notes", "Show or hide the Notes pane", "toggle_notes", footer=True),
    Command("export", "x", "Export", "Export the notes to a Markdown file", "export_notes"),
    *(
        Command(
            id,
            keys,
            label,
            description,
            action,
            "selecting",
            footer=True,
            key_display=shown,
            palette=False,
            priority=True,
        )
        for id, keys, label, description, action, shown in (
            ("grow-word", "w,right", "+word", "Grow the selection by a word", "grow_word", "w →"),
            ("shrink-word", "b,left", "-word", "Shrink the selection by a word", "shrink_word", "b ←"),
            (
                "grow-sentence",
                "j,down",
                "+sentence",
                "Grow the selection by a sentence",
                "grow_sentence",
                "j ↓",
            ),
            (
                "shrink-sentence",
                "k,up",
                "-sentence",
                "Shrink the selection by a sentence",
                "shrink_sentence",
                "k ↑",
            ),
            ("cancel-selection", "escape", "Cancel", "Cancel the selection", "cancel_selection", "esc"),
        )
    ),
    # The briefing across the open articles (briefing/tui/briefing_controller.py).
    Command(
        "article-list",
        "l",
        "Articles",
        "The article list: outlet, date, statements, notes, read or unread, sources not read",
        "article_list",
    ),
    Command(
        "failed-sources",
        "exclamation_mark",
        "Not read",
        "The sources that could not be read, each with its error",
        "failed_sources",
        key_display="!",
    ),
    Command(
        "briefing-parties",
        "P",
        "All parties",
        "Parties across every open article: counts by stance, statements from every article",
        "briefing_parties",
    ),
    Command(
        "disputes",
        "D",
        "Disputes",
        "Disputes: what one party asserts and another denies, confirms or will not discuss",
        "disputes",
    ),
    Command(
        "search-everywhere",
        "F",
        "Find all",
        "Search every open article, hits listed by article (/ searches this one)",
        "search_everywhere",
    ),
    Command(
        "save-briefing",
        "S",
        "Save",
        "Save the open articles as a named briefing (reopen: briefing open NAME)",
        "save_briefing",
    ),
    Command(
        "articles-sort",
        "s",
        "Sort",
        "Article list: sort by order opened, outlet or date (newest first)",
        "cycle_sort",
        "briefing",
        footer=True,
        palette=False,
    ),
    Command(
        "articles-unread",
        "u",
        "Unread first",
        "Article list: unread articles first, or not",
        "toggle_unread_first",
        "briefing",
        footer=True,
        palette=False,
    ),
    Command(
        "parties-grouping",
        "t",
        "Group",
        "Parties across articles: a party's statements by stance or by article",
        "toggle_grouping",
        "briefing",
        footer=True,
        palette=False,
    ),
    Command(
        "briefing-close",
        "escape",
        "Back",
        "Back to the article (from a party's statements: back to the parties)",
        "close",
        "briefing",
        footer=True,
        key_display="esc",
        palette=False,
    ),
    Command("notes-jump", "enter", "Go to", "Go to the note in the article", "jump", "notes", palette=False),
    Command("notes-edit", "e", "Edit", "Edit the note", "edit", "notes", footer=True, palette=False),
    Command("notes-delete", "d", "Delete", "Delete the note", "delete", "notes", footer=True, palette=False),
    Command(
        "notes-undo",
        "u",
        "Undo",
        "Undo the last note deletion or correction, whichever came last",
        "undo",
        "notes",
        footer=True,
        palette=False,
    ),
    Command(
        "notes-every-article",
        "A",
        "All articles",
        "List the notes of every open article, or of this one again",
        "every_article",
        "notes",
        palette=False,
    ),
    Command(
        "notes-close",
        "escape",
        "Close",
        "Close the Notes pane",
        "close",
        "notes",
        key_display="esc",
        palette=False,
    ),
    # Corrections (briefing/tui/corrections_controller.py).
    Command(
        "correct",
        "c",
        "Correct",
        "Correct the current statement (speaker, stance, kind, span, not a statement); "
        "with a selection (v): add a statement the analyser missed",
        "correct",
    ),
    Command(
        "undo",
        "u",
        "Undo",
        "Undo the last correction or note deletion, whichever came last",
        "undo",
    ),
    *(
        Command(id, keys, label, description, f"app.correct_party('{change}')", "parties", palette=False)
        for id, keys, label, description, change in (
            ("merge-party", "M", "Merge", "Merge the party into another", "merge"),
            ("rename-party", "R", "Rename", "Rename the party", "rename"),
            ("retype-party", "T", "Type", "Change its type: person, organisation, state, group", "type"),
            ("split-party", "S", "Split", "Split an alias out into a party of its own", "split"),
        )
    ),
)


def bindings(scope: str) -> list[Binding]:
    """Textual bindings for the rows of one scope."""
    return [
        Binding(
            command.keys,
            command.action,
            command.label,
            show=command.footer,
            key_display=command.key_display,
            priority=command.priority,
            id=f"{scope}.{command.id}",
        )
        for command in COMMANDS
        if command.scope == scope
    ]


def key_label(command: Command) -> str:
    """How the help screen names the key."""
    return command.key_display or command.keys.replace(",", " ")
