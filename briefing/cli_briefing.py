"""The briefing commands: ``parties``, ``disputes``, ``library``, ``save``, ``open`` and
``eval --disputes``. Registered by ``briefing.cli``; heavy modules are imported inside each.

Exit status as everywhere: 0 on success, 2 when a source failed or the input was bad.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from briefing.cli import EXIT_BAD_INPUT, EXIT_OK, db_path, error, load_sources
from briefing.model import STANCES
from briefing.safe import json_safe, one_line, terminal_safe

COMMANDS = ("parties", "disputes", "library", "save", "open")


def add_commands(commands, add_global_options) -> None:
    """Add the briefing subcommands to ``briefing``'s subparsers."""
    parties = commands.add_parser("parties", help="the parties across articles, with counts by stance")
    disputes = commands.add_parser("disputes", help="claims set beside other parties' denials and answers")
    for sub in (parties, disputes):
        add_global_options(sub, top_level=False)
        sub.add_argument("sources", nargs="+", metavar="SOURCE")
        sub.add_argument(
            "--json",
            action="store_true",
            help="JSON Lines, one record a line (parties: every party, not only those that spoke)",
        )
    library = commands.add_parser("library", help="list the stored articles and saved briefings")
    add_global_options(library, top_level=False)
    library.add_argument("--json", action="store_true")
    save = commands.add_parser("save", help="keep articles in the library and save them as a named briefing")
    add_global_options(save, top_level=False)
    save.add_argument("name", metavar="NAME")
    save.add_argument("sources", nargs="+", metavar="SOURCE")
    reopen = commands.add_parser("open", help="reopen a saved briefing in the reader, from the library")
    add_global_options(reopen, top_level=False)
    reopen.add_argument("name", metavar="NAME")


def run(args: argparse.Namespace) -> int:
    return {
        "parties": _run_parties,
        "disputes": _run_disputes,
        "library": _run_library,
        "save": _run_save,
        "open": _run_open,
    }[args.command](args)


def keep_opened(notes_path: Path | None, articles: list, say: Callable[[str], object] = error) -> None:
    """Keep the articles the reader opened in the library; a library problem is one line (to ``say``,
    stderr by default), never fatal."""
    from briefing.store import Library, StoreError

    try:
        with Library(notes_path) as library:
            library.keep_articles(articles)
            for line in library.warnings:
                say(line)
    except StoreError as exc:
        say(f"the articles were not kept in the library: {exc}")


# --- analyses ---------------------------------------------------------------------------------------


class AnalysisUnavailable(Exception):
    """The analyser cannot run (no spaCy model): one line for the user."""


def analysed(store, articles: list) -> list:
    """``(article, analysis)`` for every article, from the analysis service (the cache, else one
    batch of the analyser), with the analyst's corrections laid over them when there is a store."""
    from briefing.nlp.pipeline import ModelMissingError
    from briefing.service import AnalysisService

    service = AnalysisService(store)
    try:
        machine = {item.article.id: item.analysis for item in service.analyses(articles)}
    except (ModelMissingError, ImportError, OSError) as exc:
        raise AnalysisUnavailable(str(exc)) from None
    finally:
        for line in service.take_warnings():
            error(line)
    if store is None:
        return [(article, machine[article.id]) for article in articles]
    from briefing.cli_corrections import corrected_analyses

    shown, problems = corrected_analyses(store, articles, machine)
    for line in problems:
        error(line)
    return [(article, shown[article.id]) for article in articles]


def _briefing_of(args: argparse.Namespace):
    """Load, keep in the library, analyse and merge the sources; ``(briefing, failed)`` or an exit code.

    A notes file or library that cannot be used costs only its cache or its keeping (one line
    each); the analysis then runs without the cache.
    """
    from briefing.morning import build_briefing
    from briefing.store import Store, StoreError

    result = load_sources(args.sources, args.max_bytes, args.limit, args.timeout)
    if not result.articles:
        return EXIT_BAD_INPUT
    keep_opened(db_path(args), result.articles)
    try:
        store = Store(db_path(args))
    except StoreError as exc:
        error(f"the analysis cache is not used: {exc}")
        store = None
    try:
        for line in store.warnings if store else ():
            error(line)
        items = analysed(store, result.articles)
    except AnalysisUnavailable as exc:
        error(f"cannot analyse: {exc}")
        return EXIT_BAD_INPUT
    finally:
        if store is not None:
            store.close()
    return build_briefing(items), bool(result.errors)


def _statement_ref(item) -> dict:
    statement = item.statement
    return {
        "article_id": item.article.id,
        "start": statement.start,
        "end": statement.end,
        "stance": statement.stance,
        "kind": statement.kind,
    }


def _run_parties(args: argparse.Namespace) -> int:
    built = _briefing_of(args)
    if isinstance(built, int):
        return built
    briefing, failed = built
    for party in briefing.parties:
        counts = party.stance_counts()
        if args.json:
            record = {
                "id": party.id,
                "name": party.name,
                "type": party.type,
                "aliases": list(party.aliases),
                "roles": list(party.roles),
                "unnamed": party.unnamed,
                "articles": list(party.article_ids),
                "counts": counts,
                "statements": [_statement_ref(item) for item in party.statements],
            }
            print(_json_line(record), flush=True)
        elif party.statements:
            shown = "  ".join(f"{stance} {counts[stance]}" for stance in STANCES if counts[stance])
            articles = len(party.article_ids)
            kind = "unnamed source" if party.unnamed else terminal_safe(party.type)  # listed last
            print(f"{one_line(party.name, 50)}  ({kind}, {articles} article{'s' * (articles != 1)})  {shown}")
            if party.aliases:
                print(f"    also: {one_line('; '.join(party.aliases), 100)}")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _run_disputes(args: argparse.Namespace) -> int:
    from briefing.morning import find_disputes

    built = _briefing_of(args)
    if isinstance(built, int):
        return built
    briefing, failed = built
    disputes = find_disputes(briefing)
    for dispute in disputes:
        sides = [(item, briefing.party(item.party_id)) for item in (dispute.assertion, dispute.response)]
        if args.json:
            record = {
                "reason": dispute.reason,
                "score": dispute.score,
                "same_article": dispute.same_article,
                **{
                    role: {
                        **_statement_ref(item),
                        "text": item.statement.text,
                        "party_id": party.id if party else None,
                        "party": party.name if party else None,
                        "outlet": item.outlet,
                        "date": item.date,
                        "source": item.article.source,
                    }
                    for role, (item, party) in zip(("assertion", "response"), sides, strict=True)
                },
            }
            print(_json_line(record), flush=True)
        else:
            for item, party in sides:
                who = party.name if party else "Unattributed"
                print(
                    f"{item.statement.stance:>12}  {one_line(who, 30)}  "
                    f"“{one_line(item.statement.text, 70)}”  "
                    f"({one_line(item.outlet, 30)}, {one_line(item.date or 'undated', 10)})"
                )
            print(f"{'':>12}  because: {one_line(dispute.reason, 100)}")
            print()
    if not disputes and not args.json:
        print("no disputes found", file=sys.stderr)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _run_library(args: argparse.Namespace) -> int:
    from briefing.morning import outlet
    from briefing.store import Library, StoreError

    try:
        with Library(db_path(args)) as library:
            stored = library.articles()
            briefings = library.briefings()
            _print_warnings(library)
    except StoreError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    if args.json:
        for kept in stored:
            article = kept.article
            record = {
                "kind": "article",
                "id": article.id,
                "title": article.title,
                "outlet": outlet(article),
                "date": article.date,
                "source": article.source,
                "read": kept.read,
                "first_opened": kept.first_opened,
                "last_opened": kept.last_opened,
            }
            print(_json_line(record))
        for saved in briefings:
            print(_json_line({"kind": "briefing", "name": saved.name, "articles": list(saved.article_ids)}))
        return EXIT_OK
    unread = sum(not kept.read for kept in stored)
    print(f"articles ({len(stored)}, {unread} unread: •)")
    for kept in stored:
        article = kept.article
        mark = " " if kept.read else "•"
        title = one_line(article.title or article.source, 60)
        print(
            f"  {mark} {terminal_safe(article.id[:12])}  {one_line(article.date or 'undated', 10):>10}  "
            f"{one_line(outlet(article), 24):<24}  {title}"
        )
    print(f"briefings ({len(briefings)})")
    for saved in briefings:
        count = len(saved.article_ids)
        when = one_line(saved.saved, 40)
        print(f"  {one_line(saved.name, 40)}  {count} article{'s' * (count != 1)}  saved {when}")
    return EXIT_OK


def _run_save(args: argparse.Namespace) -> int:
    from briefing.store import Library, StoreError

    if not args.name.strip():
        error("a briefing needs a name")
        return EXIT_BAD_INPUT
    result = load_sources(args.sources, args.max_bytes, args.limit, args.timeout)
    if not result.articles:
        return EXIT_BAD_INPUT
    try:
        with Library(db_path(args)) as library:
            saved = library.save_briefing(args.name, result.articles)
            _print_warnings(library)
    except StoreError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    count = len(saved.article_ids)
    where = terminal_safe(str(library.path))
    print(f"saved briefing {one_line(args.name, 60)} ({count} article{'s' * (count != 1)}) in {where}")
    return EXIT_BAD_INPUT if result.errors else EXIT_OK


def _run_open(args: argparse.Namespace) -> int:
    from briefing.store import Library, StoreError

    try:
        with Library(db_path(args)) as library:
            articles = library.briefing_articles(args.name) if _has_briefing(library, args.name) else None
            path = library.path
            _print_warnings(library)
    except StoreError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    if articles is None:
        error(f"{path}: no briefing named {one_line(args.name, 60)!r}")
        return EXIT_BAD_INPUT
    if not articles:
        error(f"{path}: briefing {one_line(args.name, 60)!r} has no stored articles")
        return EXIT_BAD_INPUT
    from briefing.tui.app import BriefingApp

    keep_opened(db_path(args), articles)  # opened again: last opened now
    BriefingApp(articles, db_path=db_path(args), max_bytes=args.max_bytes).run()
    return EXIT_OK


def _has_briefing(library, name: str) -> bool:
    return any(saved.name == name for saved in library.briefings())


def run_disputes_eval(args: argparse.Namespace) -> int:
    """``briefing eval [GOLD_DIR] --disputes PAIRS_FILE``: precision and recall of dispute links."""
    from briefing.disputes_eval import (
        PairsFormatError,
        dispute_sides,
        format_score,
        load_pairs_file,
        score_pairs,
    )
    from briefing.morning import build_briefing, find_disputes

    pairs_path = Path(args.disputes)
    gold_dir = Path(args.gold_dir) if args.gold_dir else None
    try:
        gold = load_pairs_file(pairs_path, gold_dir)
        items = analysed(None, list(gold.articles))
    except PairsFormatError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    except AnalysisUnavailable as exc:
        error(f"cannot analyse: {exc}")
        return EXIT_BAD_INPUT
    predicted = [dispute_sides(d) for d in find_disputes(build_briefing(items))]
    score = score_pairs(gold.pairs, predicted)
    if args.json:
        print(json.dumps({"disputes": {"file": str(pairs_path), **score.to_dict()}}, indent=2))
    else:
        print(format_score(terminal_safe(str(pairs_path)), score))
    return EXIT_OK


def _print_warnings(library) -> None:
    """The library's records that were skipped (malformed, kept in the file): one line each."""
    for line in library.warnings:
        error(line)


def _json_line(record: dict) -> str:
    return json_safe(json.dumps(record, ensure_ascii=False))
