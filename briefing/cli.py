"""The ``briefing`` command: the reader, and ``analyze``, ``export``, ``eval``, ``notes``.

Each subcommand is one ``_run_*`` function; heavy modules (spaCy, Textual,
TinyDB) are imported inside them so ``briefing --help`` stays instant.
Exit status: 0 on success, 2 when any named source failed or the input was bad.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__

SUBCOMMANDS = ("analyze", "export", "eval", "notes")
EXIT_OK = 0
EXIT_BAD_INPUT = 2
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _add_global_options(parser: argparse.ArgumentParser, *, top_level: bool = True) -> None:
    # Subcommands accept the global options too ("briefing notes list --db X");
    # there they default to SUPPRESS so they never overwrite a value given before
    # the subcommand name.
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="notes database (default: $BRIEFING_DB, else the user data folder)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES if top_level else argparse.SUPPRESS,
        metavar="N",
        help="refuse sources larger than N bytes (default: 20 MB)",
    )


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=(
            "A terminal reader for policy briefings: who said what, by party and stance, "
            "with keyboard notes exported to Markdown."
        ),
        epilog=(
            "subcommands: analyze (print the analysis), export (notes to Markdown), "
            "eval (score against gold files), notes (list, add, remove notes). "
            "Run 'briefing COMMAND --help' for each."
        ),
    )
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="a .txt, .md, .html or .htm file, a folder of them, an http(s) URL, or - for stdin "
        "(default: the bundled sample articles)",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    _add_global_options(parser)
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing")
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser("analyze", help="print who said what, without the UI")
    _add_global_options(analyze, top_level=False)
    analyze.add_argument("sources", nargs="+", metavar="SOURCE")
    analyze.add_argument("--format", choices=("json", "md"), default="json")

    export = commands.add_parser("export", help="write notes and statements to Markdown")
    _add_global_options(export, top_level=False)
    export.add_argument("sources", nargs="*", metavar="SOURCE")
    export.add_argument("-o", "--output", metavar="FILE", default=None, help="file to write, or - to print")
    export.add_argument("--only-annotated", action="store_true", help="only articles that have notes")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.add_argument("--format", choices=("md", "json"), default="md")

    evaluate = commands.add_parser("eval", help="score the analysis against gold files")
    _add_global_options(evaluate, top_level=False)
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--verbose", action="store_true", help="list every miss, false alarm and wrong speaker"
    )

    notes = commands.add_parser("notes", help="list, add and remove notes from scripts")
    _add_global_options(notes, top_level=False)
    notes_commands = notes.add_subparsers(dest="notes_command", required=True)
    notes_list = notes_commands.add_parser("list", help="list notes, of one source or all")
    notes_list.add_argument("source", nargs="?", metavar="SOURCE")
    notes_list.add_argument("--json", action="store_true")
    notes_add = notes_commands.add_parser("add", help="add a note on exact words of a source")
    notes_add.add_argument("source", metavar="SOURCE")
    notes_add.add_argument("--quote", required=True, help="the exact words the note is about")
    notes_add.add_argument("--note", default="", help="the note text")
    notes_add.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    notes_add.add_argument("--colour", type=int, default=1, choices=range(1, 6))
    notes_remove = notes_commands.add_parser("remove", help="remove a note by id")
    notes_remove.add_argument("note_id", metavar="ID")
    for sub in (notes_list, notes_add, notes_remove):
        _add_global_options(sub, top_level=False)
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    """The first argument that is not a global option or its value."""
    takes_value = {"--db", "--max-bytes"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in takes_value:
            skip = True
            continue
        if arg.startswith("-") and arg != "-":
            continue
        return arg
    return None


def error(message: str) -> None:
    """One line on stderr, no traceback."""
    print(f"briefing: {message}", file=sys.stderr)


def db_path(args: argparse.Namespace) -> Path | None:
    """The notes database the user asked for, if any (``--db`` wins over ``BRIEFING_DB``)."""
    chosen = args.db or os.environ.get("BRIEFING_DB")
    return Path(chosen).expanduser() if chosen else None


def load_sources(sources: Sequence[str], max_bytes: int):
    """Ingest every source; print one line per failure or skip. Returns the LoadResult."""
    from briefing.ingest import load_sources as ingest_sources

    result = ingest_sources(sources, max_bytes=max_bytes)
    for line in result.skipped:
        error(line)
    for line in result.errors:
        error(line)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if _first_positional(argv) in SUBCOMMANDS:
            args = _command_parser().parse_args(argv)
            runner = {
                "analyze": _run_analyze,
                "export": _run_export,
                "eval": _run_eval,
                "notes": _run_notes,
            }[args.command]
            return runner(args)
        return _run_reader(_reader_parser().parse_args(argv))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`briefing analyze … | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _run_reader(args: argparse.Namespace) -> int:
    from briefing.resources import samples_dir

    sources = args.sources or [str(samples_dir())]
    result = load_sources(sources, args.max_bytes)
    if not result.articles:
        error("nothing to open")
        return EXIT_BAD_INPUT
    from briefing.tui.app import BriefingApp

    app = BriefingApp(result.articles, db_path=db_path(args))
    app.run()
    return EXIT_BAD_INPUT if result.errors else EXIT_OK


def _run_analyze(args: argparse.Namespace) -> int:
    import json

    result = load_sources(args.sources, args.max_bytes)
    for article in result.articles:
        record = {"article": _article_json(article)}
        print(json.dumps(record, ensure_ascii=False))
    return EXIT_BAD_INPUT if result.errors else EXIT_OK


def _article_json(article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "byline": article.byline,
        "date": article.date,
        "site": article.site,
        "source": article.source,
        "url": article.url,
        "text": article.text,
        "paragraphs": [list(p) for p in article.paragraphs],
    }


def _run_export(args: argparse.Namespace) -> int:
    error("export is not available yet")
    return EXIT_BAD_INPUT


def _run_eval(args: argparse.Namespace) -> int:
    import json

    from briefing.evaluate import evaluate_dir, format_findings, format_table

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        error(f"{gold_dir}: not a folder of gold files")
        return EXIT_BAD_INPUT
    try:
        report, errors = evaluate_dir(gold_dir)
    except ImportError as exc:
        error(f"the analysis cannot run: {exc}")
        return EXIT_BAD_INPUT
    for line in errors:
        error(line)
    if not report.documents and not errors:
        error(f"{gold_dir}: no gold files (*.json) in it")
    if args.json:
        print(json.dumps(report.to_dict(verbose=args.verbose), ensure_ascii=False, indent=2))
    else:
        print(format_table(report))
        if args.verbose:
            print()
            print(format_findings(report))
    return EXIT_BAD_INPUT if errors or not report.documents else EXIT_OK


def _run_notes(args: argparse.Namespace) -> int:
    error("notes is not available yet")
    return EXIT_BAD_INPUT
