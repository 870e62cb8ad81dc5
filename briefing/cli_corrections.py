"""``briefing correct``, ``briefing corrections list|remove`` and ``briefing gold``.

Corrections from scripts, and gold files grown from them. ``cli.py`` registers
these with ``register`` and runs them with ``run``; ``analyze`` and ``export``
lay corrections over their analyses with ``corrected_analyses``.
Every problem with the input is one line on stderr and exit status 2, with
nothing written: a correction is checked against the article's analysis (with
the corrections made before it) before it is saved.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from briefing.cli import db_path, error
from briefing.corrections import (
    Correction,
    CorrectionError,
    apply_corrections,
    describe,
    laid_over,
    party_correction,
    party_named,
    refusal,
    relocate,
    statement_at,
    statement_correction,
)
from briefing.model import Analysis, Article
from briefing.safe import one_line, terminal_safe

COMMANDS = ("correct", "corrections", "gold")
EXIT_OK = 0
EXIT_BAD_INPUT = 2
LINE_WIDTH = 400  # an error line is cut here, safe for a terminal
ID_SHOWN = 12  # as ``notes list``: enough to be unique; ``corrections remove`` takes this prefix


class _BadInput(Exception):
    """One line for the user; the command stops with exit status 2 and writes nothing."""


def register(commands: Any, add_global_options: Callable[..., None]) -> None:
    """Add ``correct``, ``corrections`` and ``gold`` to the ``briefing`` subcommand parsers."""
    correct = commands.add_parser(
        "correct",
        help="correct a statement or a party of an article",
        description="Correct the statement at --quote (or add one with --add), or the party --party.",
    )
    correct.add_argument("source", metavar="SOURCE")
    target = correct.add_mutually_exclusive_group(required=True)
    target.add_argument("--quote", metavar="WORDS", help="exact words of the statement to correct")
    target.add_argument("--party", metavar="NAME", help="the party to correct (its name or an alias)")
    statement = correct.add_argument_group("statement corrections (with --quote)")
    statement.add_argument(
        "--speaker", metavar="NAME", help="who said it: a party of the article ('' for nobody)"
    )
    statement.add_argument(
        "--new-speaker", action="store_true", help="--speaker is a new party of the article"
    )
    statement.add_argument(
        "--stance", metavar="LABEL", help="claim, denial, non_denial, confirmation or refusal"
    )
    statement.add_argument("--kind", metavar="KIND", help="direct, indirect or mixed")
    statement.add_argument(
        "--span", action="store_true", help="the quoted words are the statement's exact span"
    )
    statement.add_argument("--not-a-statement", action="store_true", help="remove the statement")
    statement.add_argument(
        "--add", action="store_true", help="the quoted words are a statement the analysis missed"
    )
    party = correct.add_argument_group("party corrections (with --party), one of")
    change = party.add_mutually_exclusive_group()
    change.add_argument("--merge-into", metavar="NAME", help="merge the party into this one")
    change.add_argument("--rename", metavar="NAME", help="give the party this name")
    change.add_argument(
        "--type", metavar="TYPE", dest="party_type", help="person, organisation, state or group"
    )
    change.add_argument("--split-alias", metavar="ALIAS", help="make this alias a party of its own")

    corrections = commands.add_parser("corrections", help="list and remove corrections")
    corrections_commands = corrections.add_subparsers(dest="corrections_command", required=True)
    listing = corrections_commands.add_parser("list", help="list corrections, of one source or all")
    listing.add_argument("source", nargs="?", metavar="SOURCE")
    listing.add_argument("--json", action="store_true")
    remove = corrections_commands.add_parser("remove", help="remove a correction by id")
    remove.add_argument("correction_id", metavar="ID")

    gold = commands.add_parser("gold", help="write the corrected analysis of articles as gold files")
    gold.add_argument("sources", nargs="+", metavar="SOURCE")
    gold.add_argument("-o", "--output", metavar="DIR", required=True, help="folder for the gold files")
    gold.add_argument("--force", action="store_true", help="overwrite gold files already there")
    for parser in (correct, corrections, listing, remove, gold):
        add_global_options(parser, top_level=False)


def run(args: argparse.Namespace) -> int:
    """Run one of ``COMMANDS``; 0, or 2 after one line on stderr."""
    from briefing.store import Store, StoreError

    command = args.command if args.command != "corrections" else args.corrections_command
    runner = {"correct": _correct, "list": _list, "remove": _remove, "gold": _gold}[command]
    try:
        with Store(db_path(args)) as store:
            for line in store.warnings:
                error(line)
            return runner(args, store)
    except (StoreError, _BadInput) as exc:
        error(one_line(str(exc), LINE_WIDTH))  # it may quote the article, a name or a path
        return EXIT_BAD_INPUT


def corrected_analyses(
    store: Any, articles: Iterable[Article], machine_analyses: dict[str, Analysis]
) -> tuple[dict[str, Analysis], list[str]]:
    """The store's corrections laid over each machine analysis (by article id), and one line per
    correction that did not apply (orphaned, or nothing left to change). The machine's are untouched."""
    corrected: dict[str, Analysis] = {}
    problems: list[str] = []
    for article in articles:
        machine = machine_analyses.get(article.id)
        if machine is None:
            continue
        corrected[article.id], report = laid_over(store, article, machine)
        problems += [one_line(f"{article.source}: {line}", LINE_WIDTH) for line in report.problems()]
    return corrected, problems


def analyses_for_output(
    store: Any, articles: Sequence[Article], machine: Iterable[Analysis], machine_only: bool = False
) -> Iterator[Analysis]:
    """``briefing analyze``'s analyses, one by one as the analyser gives them: with the corrections
    of ``store`` laid over them, unless ``machine_only``."""
    if machine_only:
        yield from machine
        return
    for article, analysis in zip(articles, machine, strict=True):
        corrected, problems = corrected_analyses(store, [article], {article.id: analysis})
        for line in problems:
            error(line)
        yield corrected[article.id]


def machine_analyses(store: Any, articles: Sequence[Article], cache_new: bool = True) -> dict[str, Analysis]:
    """The machine's analyses by article id, from the analysis service: cached where the cache has
    them, else analysed (and cached, with ``cache_new``)."""
    from briefing.nlp.pipeline import ModelMissingError
    from briefing.service import AnalysisService

    service = AnalysisService(store, write_cache=cache_new)
    try:
        found = {item.article.id: item.analysis for item in service.analyses(articles)}
    except (ModelMissingError, ImportError) as exc:
        raise _BadInput(f"cannot analyse: {exc}") from None
    finally:
        for line in service.take_warnings():
            error(line)
    return found


def _cache(store: Any, analysis: Analysis) -> None:
    """Cache a machine analysis made while the command could still refuse (it was not cached then)."""
    from briefing.store import StoreError

    if store.cached_analysis(analysis.article_id, analysis.analyzer_version) == analysis:
        return
    try:
        store.save_analysis(analysis)
    except StoreError as exc:
        error(f"the analysis was not cached: {exc}")


# -- correct -------------------------------------------------------------------------------------


def _correct(args: argparse.Namespace, store: Any) -> int:
    article = _one_article(args.source, args.max_bytes, args.timeout)
    # Cached only once the correction is saved: a refused one writes nothing at all.
    machine = machine_analyses(store, [article], cache_new=False)[article.id]
    earlier = store.corrections_for(article)
    current, _ = apply_corrections(article, machine, earlier)
    try:
        correction = (
            _statement(args, article, current) if args.quote is not None else _party(args, article, current)
        )
    except CorrectionError as exc:
        raise _BadInput(f"{article.source}: {exc}") from None
    reason = refusal(article, machine, earlier, correction)
    if reason is not None:
        raise _BadInput(f"{article.source}: {reason}")
    print(store.add_correction(correction).id)
    _cache(store, machine)
    return EXIT_OK


def _statement(args: argparse.Namespace, article: Article, current: Analysis) -> Correction:
    from briefing.anchoring import find_quote

    party_options = [args.merge_into, args.rename, args.party_type, args.split_alias]
    if any(option is not None for option in party_options):
        raise CorrectionError("--merge-into, --rename, --type and --split-alias correct a --party")
    spans = find_quote(article.text, args.quote)
    if not spans:
        raise CorrectionError(f"the quote is not in the text: {one_line(args.quote, 60)!r}")
    # The first place the words are that is in a statement (any, for a statement being added).
    in_statement = [span for span in spans if statement_at(current.statements, *span) is not None]
    start, end = in_statement[0] if in_statement and not args.add else spans[0]
    if len(spans) > 1:
        error(f"{article.source}: the quote is there {len(spans)} times; the correction is on one at {start}")
    if not args.add and not in_statement:
        raise CorrectionError("no statement at these words (--add adds one)")
    speaker = args.speaker
    if speaker and not args.new_speaker and party_named(current, speaker) is None:
        raise CorrectionError(f"no party named {one_line(speaker, 60)!r} (--new-speaker makes one)")
    return statement_correction(
        article,
        start,
        end,
        speaker=speaker,
        stance=args.stance,
        kind=args.kind,
        respan=args.span,
        not_a_statement=args.not_a_statement,
        added=args.add,
    )


def _party(args: argparse.Namespace, article: Article, current: Analysis) -> Correction:
    statement_options = [args.speaker, args.stance, args.kind]
    if any(o is not None for o in statement_options) or args.span or args.not_a_statement or args.add:
        raise CorrectionError(
            "--speaker, --stance, --kind, --span, --not-a-statement and --add correct a --quote"
        )
    party = party_named(current, args.party)
    if party is None:
        raise CorrectionError(f"no party named {one_line(args.party, 60)!r}")
    if args.merge_into is not None and party_named(current, args.merge_into) is None:
        raise CorrectionError(f"no party named {one_line(args.merge_into, 60)!r} to merge into")
    return party_correction(
        article,
        party,
        merge_into=args.merge_into,
        rename=args.rename,
        party_type=args.party_type,
        split_alias=args.split_alias,
        analysis=current,
    )


# -- corrections list | remove --------------------------------------------------------------------


def _list(args: argparse.Namespace, store: Any) -> int:
    """Corrections of SOURCE, or of every source, placed in the text as it is now.

    Without SOURCE, those of local files are placed in the files as they are now;
    URLs are not fetched, so theirs show as stored.
    """
    from briefing.ingest import is_url, load_sources
    from briefing.store import source_key

    status = EXIT_OK
    if args.source:
        result = load_sources([args.source], max_bytes=args.max_bytes, timeout=args.timeout)
        shown = [relocate(c, article) for article in result.articles for c in store.corrections_for(article)]
        if result.errors:  # the source is gone or unreadable: its corrections as stored, still listed
            for line in result.errors:
                error(line)
            status = EXIT_BAD_INPUT
            listed = {c.id for c in shown}
            wanted = source_key(args.source)
            shown += [c for c in store.all_corrections() if c.source == wanted and c.id not in listed]
    else:
        shown, articles = [], {}
        for correction in store.all_corrections():
            source = correction.source
            if source not in articles and not is_url(source) and Path(source).is_file():
                loaded = _articles([source], args.max_bytes, args.timeout, quiet=True)
                articles[source] = loaded[0] if len(loaded) == 1 else None
            article = articles.get(source)
            shown.append(relocate(correction, article) if article else correction)
    if args.json:
        print(json.dumps([_record(c) for c in shown], indent=2))  # ASCII: nothing a terminal acts on
    else:
        _print_table(shown)
    return status


def _remove(args: argparse.Namespace, store: Any) -> int:
    exact = store.get_correction(args.correction_id)
    matches = [exact] if exact else store.find_corrections(args.correction_id) if args.correction_id else []
    shown = one_line(args.correction_id, 40)
    if len(matches) != 1:
        many = f"{len(matches)} corrections have ids starting {shown!r}"
        raise _BadInput(f"{store.path}: {many if matches else f'no correction has id {shown!r}'}")
    print(f"removed {terminal_safe(store.delete_correction(matches[0].id).id)}")
    return EXIT_OK


def _record(correction: Correction) -> dict[str, Any]:
    """One correction as ``corrections list --json`` gives it: every field, plus what it does."""
    record = correction.to_dict()
    anchor = record.pop("anchor")
    return {
        **record,
        "quote": anchor["exact"],
        "start": anchor["start"],
        "end": anchor["end"],
        "does": describe(correction),
    }


def _print_table(corrections: list[Correction]) -> None:
    source = None
    for correction in corrections:
        if correction.source != source:
            source = correction.source
            print(one_line(source, 200))
        where = "orphaned" if correction.orphaned else f"{correction.start}-{correction.end}"
        quote = "\u201c" + one_line(correction.anchor.exact, 48) + "\u201d"
        short_id = terminal_safe(correction.id[:ID_SHOWN])
        print(f"  {short_id}  {where:>11}  {quote}  {one_line(describe(correction), 80)}")
    if not corrections:
        print("no corrections", file=sys.stderr)


# -- gold ------------------------------------------------------------------------------------------


def _gold(args: argparse.Namespace, store: Any) -> int:
    from briefing.export import write_export

    articles = _articles(args.sources, args.max_bytes, args.timeout)
    corrected, problems = corrected_analyses(store, articles, machine_analyses(store, articles))
    for line in problems:
        error(line)
    folder = Path(args.output).expanduser()
    if folder.exists() and not folder.is_dir():
        raise _BadInput(f"{folder}: not a folder")
    targets = _gold_paths(folder, articles)
    existing = [path for path in targets.values() if path.exists()]
    if existing and not args.force:
        raise _BadInput(f"{existing[0]}: already exists (use --force to overwrite it); nothing was written")
    for article in articles:
        text = json.dumps(
            gold_document(article, corrected[article.id], targets[article.id].stem),
            ensure_ascii=False,
            indent=2,
        )
        try:
            write_export(targets[article.id], text + "\n", force=True)
        except OSError as exc:
            raise _BadInput(f"{targets[article.id]}: cannot write ({exc.strerror or exc})") from None
        print(one_line(str(targets[article.id]), 400))
    return EXIT_OK


def gold_document(article: Article, analysis: Analysis, gold_id: str) -> dict[str, Any]:
    """``analysis`` of ``article`` as a gold file (``shared/eval/GOLD_FORMAT.md``)."""
    return {
        "id": gold_id,
        "title": article.title,
        "source": article.url or article.source,
        "text": article.text,
        "quotes": [
            {
                "start": s.start,
                "end": s.end,
                "kind": s.kind,
                "speaker": s.speaker,
                "speaker_span": list(s.speaker_span) if s.speaker_span else None,
                "cue": s.cue,
                "stance": s.stance,
            }
            for s in analysis.statements
        ],
        "parties": [{"name": p.name, "type": p.type, "aliases": list(p.aliases)} for p in analysis.parties],
    }


def _gold_paths(folder: Path, articles: Sequence[Article]) -> dict[str, Path]:
    """A file per article, named after its source file (its id for URLs and stdin), never two alike."""
    from briefing.ingest import is_url

    paths: dict[str, Path] = {}
    taken: set[str] = set()
    for article in articles:
        stem = (
            article.id
            if is_url(article.source) or article.source.startswith("<")
            else Path(article.source).stem
        )
        if stem in taken:
            stem = f"{stem}-{article.id[:8]}"
        taken.add(stem)
        paths[article.id] = folder / f"{stem}.json"
    return paths


# -- shared ----------------------------------------------------------------------------------------


def _one_article(source: str, max_bytes: int, timeout: float) -> Article:
    articles = _articles([source], max_bytes, timeout)
    if len(articles) > 1:
        raise _BadInput(f"{source}: holds {len(articles)} articles; name the one file to correct")
    return articles[0]


def _articles(sources: Sequence[str], max_bytes: int, timeout: float, quiet: bool = False) -> list[Article]:
    """The articles of ``sources``; any source that fails is bad input (its line is the ingest's)."""
    from briefing.ingest import load_sources

    result = load_sources(sources, max_bytes=max_bytes, timeout=timeout)
    if not quiet:
        for line in (*result.skipped, *result.warnings):
            error(line)
    if result.errors:
        if quiet:
            return []
        raise _BadInput(result.errors[0] if len(result.errors) == 1 else "; ".join(result.errors))
    if not result.articles and not quiet:
        raise _BadInput(f"{', '.join(sources)}: no article in it")
    return result.articles
