"""The ``briefing`` command: the reader, and ``analyze``, ``export``, ``eval``, ``notes``.

Each subcommand is one ``_run_*`` function; heavy modules (spaCy, Textual,
TinyDB) are imported inside them so ``briefing --help`` stays instant.
Exit status: 0 on success, 2 when any named source failed or the input was bad.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__
from briefing.model import NOTE_COLOURS
from briefing.safe import json_safe, one_line, terminal_safe, terminal_safe_lines

SUBCOMMANDS = (
    "analyze",
    "export",
    "eval",
    "notes",
    "correct",
    "corrections",
    "gold",
    "parties",
    "disputes",
    "library",
    "save",
    "open",
)
EXIT_OK = 0
EXIT_BAD_INPUT = 2
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT_SECONDS = 20.0


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
        type=_byte_count,
        default=DEFAULT_MAX_BYTES if top_level else argparse.SUPPRESS,
        metavar="N",
        help="refuse sources larger than N bytes; K and M suffixes allowed (default: 20M)",
    )
    parser.add_argument(
        "--limit",
        type=_positive_count,
        default=None if top_level else argparse.SUPPRESS,
        metavar="N",
        help="take at most N entries from each RSS or Atom feed",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT_SECONDS if top_level else argparse.SUPPRESS,
        metavar="SECONDS",
        help="give up on a URL when the whole fetch takes longer (default: 20)",
    )


def _positive_count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return int(text)


def _byte_count(text: str) -> int:
    from briefing.sizes import parse_byte_count

    try:
        return parse_byte_count(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < seconds <= 24 * 3600:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{text!r}: give a number of seconds above 0, at most a day")
    return seconds


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=(
            "A terminal reader for policy briefings: who said what, by party and stance, "
            "with keyboard notes exported to Markdown."
        ),
        epilog=(
            "subcommands: analyze (print the analysis), export (notes to Markdown), "
            "eval (score against gold files), notes (list, add, remove notes), "
            "correct (correct a statement or party), corrections (list, remove), gold (write gold files). "
            "parties and disputes (across articles), save, library and open (saved briefings). "
            "Run 'briefing COMMAND --help' for each."
        ),
    )
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="a .txt, .md, .html, .pdf, .docx, .eml, .mbox, .rss or .atom file, a folder of them, "
        "an http(s) URL (a page, a PDF or a feed), or - for stdin "
        "(default: the bundled sample articles)",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument(
        "--theme", metavar="NAME", help="start in this theme (else $BRIEFING_THEME, else the last one chosen)"
    )
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
    analyze.add_argument(
        "--machine-only", action="store_true", help="the analyser's output, without corrections"
    )
    analyze.add_argument("--fresh", action="store_true", help="analyse again, without the cache")

    export = commands.add_parser("export", help="write notes and statements to Markdown")
    _add_global_options(export, top_level=False)
    export.add_argument("sources", nargs="*", metavar="SOURCE")
    export.add_argument("-o", "--output", metavar="FILE", default=None, help="file to write, or - to print")
    export.add_argument("--only-annotated", action="store_true", help="only articles that have notes")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.add_argument("--format", choices=("md", "json"), default="md")
    appendix = export.add_mutually_exclusive_group()
    appendix.add_argument(
        "--with-analysis",
        dest="with_analysis",
        action="store_const",
        const=True,
        default=None,
        help="add the analyser's who said what as an appendix (default for one article; JSON always has it)",
    )
    appendix.add_argument(
        "--without-analysis",
        dest="with_analysis",
        action="store_const",
        const=False,
        help="the notes alone (the default for several articles)",
    )

    evaluate = commands.add_parser("eval", help="score the analysis against gold files")
    _add_global_options(evaluate, top_level=False)
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", nargs="?")
    evaluate.add_argument("--disputes", metavar="PAIRS_FILE", help="score dispute links against a pairs file")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--verbose", action="store_true", help="list every miss, false alarm, wrong speaker and wrong stance"
    )
    evaluate.add_argument(
        "--part",
        choices=("all", "tuning", "checking"),
        default="all",
        help="with --verbose, list the findings of this part of the corpus split only",
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
    notes_add.add_argument("--colour", type=int, default=1, choices=NOTE_COLOURS)
    notes_remove = notes_commands.add_parser("remove", help="remove a note by id")
    notes_remove.add_argument("note_id", metavar="ID")
    for sub in (notes_list, notes_add, notes_remove):
        _add_global_options(sub, top_level=False)
    from briefing.cli_corrections import register as register_corrections

    register_corrections(commands, _add_global_options)
    from briefing.cli_briefing import add_commands

    add_commands(commands, _add_global_options)
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    """The first argument that is not a global option or its value."""
    takes_value = {"--db", "--max-bytes", "--limit", "--timeout"}
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
    """One line on stderr, no traceback, made safe for the terminal (it names outside things:
    file names, URLs, ids). Never on stdout: with stderr closed the line is dropped."""
    _to_stderr(f"briefing: {terminal_safe(message)}")


def _to_stderr(line: str) -> None:
    # print(file=None) would write to stdout, and a closed stderr is None here: that would corrupt
    # a JSON Lines stream on stdout, so the line is dropped instead.
    if sys.stderr is None:
        return
    try:
        print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):  # closed or gone underneath us
        pass


def _guard_standard_streams() -> None:
    """Put /dev/null on any of fds 0-2 that are closed, so no file briefing opens lands on one
    (a notes file opened as fd 2 would receive whatever a library writes to stderr)."""
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != descriptor:
                os.dup2(opened, descriptor)
                os.close(opened)


def db_path(args: argparse.Namespace) -> Path:
    """The notes database: ``--db``, else ``$BRIEFING_DB``, else the default (``store.resolve_db_path``)."""
    from briefing.store import resolve_db_path

    return resolve_db_path(args.db)


def load_sources(
    sources: Sequence[str],
    max_bytes: int,
    limit: int | None = None,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
):
    """Ingest every source; print one line per failure, skip or warning. Returns the LoadResult."""
    from briefing.ingest import load_sources as ingest_sources

    result = ingest_sources(sources, max_bytes=max_bytes, limit=limit, timeout=timeout)
    for line in (*result.skipped, *result.warnings, *result.errors):
        error(line)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _guard_standard_streams()
    try:
        if _first_positional(argv) in SUBCOMMANDS:
            args = _command_parser().parse_args(argv)
            runner = {
                "analyze": _run_analyze,
                "export": _run_export,
                "eval": _run_eval,
                "notes": _run_notes,
                **dict.fromkeys(("correct", "corrections", "gold"), _run_corrections),
            }.get(args.command, _run_briefing_command)
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
    from briefing.ingest import load_sources as ingest_sources
    from briefing.resources import samples_dir

    sources = args.sources or [str(samples_dir())]
    # The first source that gives an article opens the reader; the rest load in the background.
    # Standard input cannot be read behind the running app, so a "-" is read before it starts.
    articles = []
    early_errors: list[str] = []  # sources before the first article that could not be read
    failed = False
    position = 0
    while position < len(sources) and (not articles or "-" in sources[position:]):
        # Errors are said in the reader and on stderr after it, once; without articles, now.
        result = ingest_sources(
            sources[position : position + 1], max_bytes=args.max_bytes, limit=args.limit, timeout=args.timeout
        )
        for line in (*result.skipped, *result.warnings):
            error(line)
        articles.extend(result.articles)
        early_errors.extend(result.errors)
        failed = failed or bool(result.errors)
        position += 1
    if not articles:
        for line in early_errors:
            error(line)
        error("nothing to open")
        return EXIT_BAD_INPUT
    # No collection while the reader's modules load: they make little garbage, and each full pass over
    # them costs milliseconds the first frame waits for. Collections resume, without them, before the app.
    gc.disable()
    from briefing.terminal_input import keys_from_terminal

    problem = keys_from_terminal()  # standard input has been read: keys come from the terminal
    if problem:
        error(problem)
        return EXIT_BAD_INPUT
    from briefing.cli_briefing import keep_opened
    from briefing.settings import SettingsFile, chosen_theme, settings_path
    from briefing.tui.app import BriefingApp
    from briefing.tui.theme_memory import ThemeMemory

    settings = SettingsFile.read(settings_path())
    # What the imports made lives as long as the process: kept out of every collection from now on, so
    # no full collection over it (~40 ms) delays the first frame.
    # Collections resume once the reader's first frame is drawn (until then, ~50 of them took ~10 ms).
    gc.freeze()
    # Every article opened is kept, so a briefing reopens without its files. Kept once the first
    # frame is drawn (a library read, a write and two fsyncs: with a large library, seconds of
    # JSON under the GIL), in a thread, and again after the reader closes.
    kept_problems: list[str] = []
    keeping = threading.Thread(
        target=keep_opened, args=(db_path(args), list(articles), kept_problems.append), name="briefing-keep"
    )

    def first_frame() -> None:
        gc.enable()
        keeping.start()

    app = BriefingApp(
        articles,
        db_path=db_path(args),
        more_sources=sources[position:],
        max_bytes=args.max_bytes,
        limit=args.limit,
        timeout=args.timeout,
        themes=ThemeMemory(settings, chosen_theme(args.theme, settings)),
        load_errors=early_errors,
        on_first_frame=first_frame,
    )
    app.run()
    gc.enable()  # if the reader stopped before its first frame
    if keeping.ident is not None:  # started
        keeping.join()
    keep_opened(db_path(args), app.articles, kept_problems.append)
    for line in dict.fromkeys(kept_problems):  # the same problem from both calls is said once
        error(line)
    for line in app.citations.for_standard_output:  # y in a terminal without OSC 52, or asked for
        print(line)
    for line in (
        *app.themes.warnings,
        *app.load_skipped,
        *app.duplicates,
        *app.load_errors,
        *app.exit_messages,
    ):
        error(line)
    if app.return_code:  # stopped by a signal (128 + its number)
        return app.return_code
    return EXIT_BAD_INPUT if failed or app.load_errors else EXIT_OK


def _run_analyze(args: argparse.Namespace) -> int:
    import json

    from briefing.cli_corrections import analyses_for_output
    from briefing.nlp.pipeline import ModelMissingError
    from briefing.service import AnalysisService

    result = load_sources(args.sources, args.max_bytes, args.limit, args.timeout)
    if not result.articles:
        return EXIT_BAD_INPUT
    store = _analysis_cache(args)  # the notes file: its corrections, and the analysis cache
    if store is None and not args.machine_only:
        # The corrections cannot be read: the machine's word printed as final would mislead.
        return EXIT_BAD_INPUT
    service = AnalysisService(store, use_cache=not args.fresh)
    try:
        machine = (found.analysis for found in service.analyses(result.articles))
        shown = analyses_for_output(store, result.articles, machine, args.machine_only)
        for article, analysis in zip(result.articles, shown, strict=True):
            if args.format == "md":
                from briefing.summary import analysis_markdown

                print(terminal_safe_lines(analysis_markdown(article, analysis)), flush=True)
                continue
            record = {
                "article": article.to_dict(),
                "parties": [party.to_dict() for party in analysis.parties],
                "statements": [statement.to_dict() for statement in analysis.statements],
            }
            print(json_safe(json.dumps(record, ensure_ascii=False)), flush=True)
    except (ModelMissingError, ImportError) as exc:
        error(f"cannot analyse: {exc}")
        return EXIT_BAD_INPUT
    finally:
        for line in service.take_warnings():
            error(line)
        if store is not None:
            store.close()
    return EXIT_BAD_INPUT if result.errors else EXIT_OK


def _analysis_cache(args: argparse.Namespace):
    """The store whose analysis cache ``analyze`` uses, or ``None`` (said on stderr) when it cannot open."""
    from briefing.store import Store, StoreError

    try:
        store = Store(db_path(args))
    except (StoreError, OSError) as exc:
        error(f"analysing without the cache: {exc}")
        return None
    for line in store.warnings:
        error(line)
    store.warnings.clear()
    return store


def _run_export(args: argparse.Namespace) -> int:
    from datetime import datetime

    from briefing.durable import stream_descriptor
    from briefing.export import (
        ExportExistsError,
        ExportItem,
        default_export_path,
        make_folder,
        render_json,
        render_markdown,
        write_export,
        written_message,
    )
    from briefing.store import Store, StoreError

    if args.output not in (None, "-") and _is_folder(args.output):
        # Before any work, and without suggesting --force, which cannot replace a folder.
        example = Path(args.output, "notes.md")
        error(f"{args.output}: is a folder; name the file to write in it, e.g. -o {example}")
        return EXIT_BAD_INPUT
    try:
        store = Store(db_path(args))
    except StoreError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    failed = False
    with store:
        _print_warnings(store)
        sources = list(args.sources)
        if not sources:
            # Every article that has notes: re-read each noted source (stdin cannot be re-read).
            for source in filter(None, store.sources_with_notes()):
                if source.startswith("<") and source.endswith(">"):
                    error(f"{source}: notes on text read from {source} cannot be re-read; export them with -")
                    failed = True
                else:
                    sources.append(source)
            if not sources and not failed:
                error("no notes yet: name the articles to export")
                return EXIT_BAD_INPUT
        result = load_sources(sources, args.max_bytes, args.limit, args.timeout)
        failed = failed or bool(result.errors)
        noted = [(article, store.annotations_for(article)) for article in result.articles]
        if args.only_annotated or not args.sources:
            noted = [(article, notes) for article, notes in noted if notes]
        if not noted:
            error("nothing to export" + (": none of these articles has notes" if result.articles else ""))
            return EXIT_BAD_INPUT
        from briefing.cli_corrections import corrected_analyses

        articles = [article for article, _ in noted]
        analyses, problems = corrected_analyses(store, articles, _export_analyses(store, articles))
        _print_warnings(store)  # the analysis cache's, and notes or corrections skipped while reading
        for line in problems:
            error(line)
    items = [ExportItem(article, analyses.get(article.id), notes) for article, notes in noted]

    now = datetime.now().astimezone()  # the local date names the file; exported_at is written in UTC
    if args.format == "json":
        text = render_json(items, now)
    else:
        text = render_markdown(items, now, with_analysis=args.with_analysis)
    if args.output == "-":
        sys.stdout.write(text)
        return EXIT_BAD_INPUT if failed else EXIT_OK
    if args.output:
        target = Path(args.output).expanduser()
    else:
        target = default_export_path([item.article for item in items], now.date())
        if args.format == "json":
            target = target.with_suffix(".json")
    try:
        created = make_folder(target)
        write_export(target, text, force=args.force)
    except ExportExistsError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    except OSError as exc:
        error(f"{target}: cannot write ({exc.strerror or exc})")
        return EXIT_BAD_INPUT
    if stream_descriptor(target) is None:  # after -o /dev/stdout the export itself is the output
        _to_stderr(written_message(target, items, created))  # stdout is for the export itself (-o -)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _is_folder(name: str) -> bool:
    try:
        return Path(name).expanduser().is_dir()
    except (OSError, RuntimeError):
        return False  # not a folder we can see: writing the file will say what is wrong


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except OSError:
        return False  # a folder on the way that cannot be searched: the note shows as stored


def _export_analyses(store, articles: list) -> dict:
    """Analyses by article id: from the cache where it has them, else from the analyser (then cached).

    When the analyser cannot run, the export still goes ahead with the notes (and the cached
    analyses), and says so.
    """
    from briefing.service import AnalysisService

    try:
        service = AnalysisService(store)
    except ImportError as exc:
        error(f"the analysis is not available ({exc}); exporting the notes without it")
        return {}
    found = {}
    try:
        for article, analysis, _cached in service.analyses(articles):
            found[article.id] = analysis
    except (ImportError, OSError) as exc:
        error(f"the analysis could not run ({exc}); exporting the notes without it")
        found.update((a.id, analysis) for a, analysis, _ in service.analyses(articles, cached_only=True))
    for line in service.take_warnings():
        error(line)
    return found


def _run_corrections(args: argparse.Namespace) -> int:
    from briefing.cli_corrections import run

    return run(args)


def _run_briefing_command(args: argparse.Namespace) -> int:
    from briefing.cli_briefing import run

    return run(args)


def _run_eval(args: argparse.Namespace) -> int:
    import json

    if args.disputes:
        from briefing.cli_briefing import run_disputes_eval

        return run_disputes_eval(args)
    if not args.gold_dir:
        error("name the GOLD_DIR to score (or --disputes PAIRS_FILE)")
        return EXIT_BAD_INPUT

    from briefing.evaluate import evaluate_parts, format_findings, format_table

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        error(f"{gold_dir}: not a folder of gold files")
        return EXIT_BAD_INPUT
    try:
        parts, errors = evaluate_parts(gold_dir)
        report = parts["all"]
    except ImportError as exc:
        error(f"the analysis cannot run: {exc}")
        return EXIT_BAD_INPUT
    for line in errors:
        error(line)
    if not report.documents and not errors:
        error(f"{gold_dir}: no gold files (*.json) in it")
    listed = parts.get(args.part, report)
    if args.json:
        data = report.to_dict(verbose=args.verbose and args.part == "all")
        if len(parts) > 1:
            data["parts"] = {
                name: part.to_dict(verbose=args.verbose and args.part == name)
                for name, part in parts.items()
                if name != "all"
            }
        print(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))
    else:
        print(format_table(report, parts))
        if args.verbose:
            print()
            print(terminal_safe_lines(format_findings(listed)))  # gold ids and titles come from outside
    return EXIT_BAD_INPUT if errors or not report.documents else EXIT_OK


def _run_notes(args: argparse.Namespace) -> int:
    """``briefing notes list|add|remove``: the notes file from scripts, without the UI."""
    from briefing.store import Store, StoreError

    try:
        with Store(db_path(args)) as store:
            _print_warnings(store)
            run = {"list": _notes_list, "add": _notes_add, "remove": _notes_remove}[args.notes_command]
            status = run(args, store)
            _print_warnings(store)
            return status
    except StoreError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT


def _print_warnings(store) -> None:
    for line in store.take_warnings():
        error(line)


def _notes_list(args: argparse.Namespace, store) -> int:
    """Notes of SOURCE (loaded, so they are re-anchored) or of every source.

    Without SOURCE, notes of local files are re-anchored against the files as they
    are now; URLs are not fetched, so their notes show as stored.
    """
    import json

    from briefing.anchoring import reanchor
    from briefing.ingest import is_url, load_sources
    from briefing.store import source_key
    from briefing.urls import strip_credentials

    status = EXIT_OK
    if args.source:
        result = load_sources([args.source], max_bytes=args.max_bytes, limit=args.limit, timeout=args.timeout)
        for line in result.errors:
            error(line)
        notes = {note.id: note for article in result.articles for note in store.annotations_for(article)}
        if result.errors:
            status = EXIT_BAD_INPUT
            wanted = source_key(strip_credentials(args.source))
            for note in store.all_annotations():
                if note.source == wanted:
                    notes.setdefault(note.id, note)
        shown = sorted(notes.values(), key=lambda n: (n.source, n.orphaned, n.start, n.end, n.created))
    else:
        shown = []
        articles = {}
        for note in store.all_annotations():
            if note.source not in articles and not is_url(note.source) and _is_file(note.source):
                loaded = load_sources([note.source], max_bytes=args.max_bytes, timeout=args.timeout).articles
                articles[note.source] = loaded[0] if loaded else None
            article = articles.get(note.source)
            shown.append(reanchor(note, article) if article else note)
        shown.sort(key=lambda n: (n.source, n.orphaned, n.start, n.end, n.created))
    if args.json:
        records = [_note_record(note) for note in shown]
        print(json_safe(json.dumps(records, ensure_ascii=False, indent=2)))
    else:
        _print_notes_table(shown)
    return status


def _notes_add(args: argparse.Namespace, store) -> int:
    from briefing.anchoring import find_quote, new_annotation

    result = load_sources([args.source], args.max_bytes, args.limit, args.timeout)
    if result.errors or not result.articles:
        return EXIT_BAD_INPUT
    if len(result.articles) > 1:
        error(f"{args.source}: holds {len(result.articles)} articles; name the one file the quote is in")
        return EXIT_BAD_INPUT
    article = result.articles[0]
    spans = find_quote(article.text, args.quote)
    if not spans:
        error(f"{article.source}: the quote is not in the text: {one_line(args.quote, 60)!r}")
        return EXIT_BAD_INPUT
    if len(spans) > 1:
        error(f"{article.source}: the quote is there {len(spans)} times; the note is on the first")
    start, end = spans[0]
    note = new_annotation(article, start, end, note=args.note, tags=args.tag, colour=args.colour)
    print(store.add_annotation(note).id)
    return EXIT_OK


def _notes_remove(args: argparse.Namespace, store) -> int:
    """Remove by id, or by a prefix of it as ``list`` shows (it must name one note)."""
    exact = store.get_annotation(args.note_id)
    matches = [exact] if exact else store.find_annotations(args.note_id) if args.note_id else []
    shown = one_line(args.note_id, 40)
    if len(matches) != 1:
        problem = (
            f"{len(matches)} notes have ids starting {shown!r}" if matches else f"no note has id {shown!r}"
        )
        error(f"{store.path}: {problem}")
        return EXIT_BAD_INPUT
    note = store.delete_annotation(matches[0].id)
    print(f"removed {terminal_safe(note.id)}")
    return EXIT_OK


def _note_record(note) -> dict:
    """One note as ``notes list --json`` gives it."""
    return {
        "id": note.id,
        "source": note.source,
        "article_id": note.article_id,
        "quote": note.anchor.exact,
        "start": note.start,
        "end": note.end,
        "note": note.note,
        "tags": list(note.tags),
        "colour": note.colour,
        "created": note.created,
        "updated": note.updated,
        "orphaned": note.orphaned,
    }


def _print_notes_table(notes) -> None:
    """Notes grouped by source: short id, offsets, quote, note and tags, one line each."""
    source = None
    for note in notes:
        if note.source != source:
            source = note.source
            print(one_line(source, 200))
        where = "orphaned" if note.orphaned else f"{note.start}-{note.end}"
        quote = "\u201c" + one_line(note.anchor.exact, 48) + "\u201d"
        tags = " ".join(f"#{one_line(tag, 30)}" for tag in note.tags)
        short_id = terminal_safe(note.id[:NOTE_ID_SHOWN])
        line = f"  {short_id}  {where:>11}  {quote}  {one_line(note.note, 60)}  {tags}"
        print(line.rstrip())
    if not notes:
        _to_stderr("no notes")


NOTE_ID_SHOWN = 12  # enough to be unique among millions; ``notes remove`` takes this prefix
