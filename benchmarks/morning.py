"""The morning briefing's costs, each beside a baseline measured in the same run.

    python benchmarks/morning.py [--rounds 3] [--presses 15] [--budget 1.15]

1. The whole briefing's analysis (``analyze_many`` over every article, then
   ``build_briefing`` and ``find_disputes``) against spaCy's bare ``nlp.pipe`` on the
   same chunks of the same texts: the ratio, budget 1.15x. Best of ``--rounds`` each.
2. Key-to-screen time in the reader's Parties-across-articles view with 50 articles
   open (``j`` down the parties list, until the screen is refreshed), against
   Textual's empty app answering a key in the same run (headless, fixed size).

The articles are the bundled samples (the long report left out: it is not morning
news) and, when ../shared/corpus is present, its gold texts; to reach 50 for the
reader, the set is repeated with an edition line appended, so each is a distinct article.
Exit status 1 when the analysis ratio is above the budget.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from ui import SIZE, EmptyApp, PaintClock, key_to_screen, wait_until

from briefing.ingest import load_sources
from briefing.model import Article
from briefing.resources import samples_dir

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO.parent / "shared" / "corpus" / "gold"
OPEN_ARTICLES = 50


def morning_articles() -> list[Article]:
    articles = [a for a in load_sources([str(samples_dir())]).articles if "long-report" not in a.source]
    for path in sorted(GOLD_DIR.glob("*.json")) if GOLD_DIR.is_dir() else ():
        articles.append(Article.from_text(json.loads(path.read_text(encoding="utf-8"))["text"], str(path)))
    return articles


def fifty(articles: list[Article]) -> list[Article]:
    """``OPEN_ARTICLES`` distinct articles: the set, then again with an edition line, as needed."""
    found = list(articles[:OPEN_ARTICLES])
    edition = 2
    while len(found) < OPEN_ARTICLES:
        for article in articles[: OPEN_ARTICLES - len(found)]:
            text = f"{article.text}\n\nEdition {edition}."
            found.append(Article.from_text(text, f"{article.source}#edition-{edition}"))
        edition += 1
    return found


def bare_pipe(nlp, articles: list[Article]) -> float:
    from briefing.nlp.analyze import chunk_spans
    from briefing.nlp.quotes import normalise_for_parser

    texts = [normalise_for_parser(a.text[s:e]) for a in articles for s, e in chunk_spans(a)]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - started


def whole_briefing(articles: list[Article]) -> tuple[float, float]:
    """Seconds for the whole briefing, and of those, for merging parties and finding disputes."""
    from briefing.morning import build_briefing, find_disputes
    from briefing.nlp.analyze import analyze_many

    started = time.perf_counter()
    analyses = list(analyze_many(articles))
    analysed = time.perf_counter()
    find_disputes(build_briefing(zip(articles, analyses, strict=True)))
    ended = time.perf_counter()
    return ended - started, ended - analysed


async def parties_view_key(articles: list[Article], analyses: dict, presses: int) -> float:
    from briefing.tui.app import BriefingApp
    from briefing.tui.briefing_views import BriefingPartiesScreen

    app = BriefingApp(articles, analyzer=lambda a: analyses[a.id], analyzer_version="bench", use_store=False)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.state.done() == len(articles))
        await pilot.press("P")
        await wait_until(pilot, lambda: isinstance(app.screen, BriefingPartiesScreen))
        screen = app.screen
        heading = screen.query_one(".briefing-heading")
        await wait_until(pilot, lambda: f"across {len(articles)} analysed" in str(heading.render()))
        return await key_to_screen(pilot, "j", presses)


async def empty_app_key(presses: int) -> float:
    clock = PaintClock()
    async with EmptyApp(clock).run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: clock.text is not None)
        return await key_to_screen(pilot, "n", presses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--presses", type=int, default=15)
    parser.add_argument("--budget", type=float, default=1.15)
    args = parser.parse_args()

    from briefing.nlp.analyze import analyze_many
    from briefing.nlp.pipeline import load_nlp

    articles = morning_articles()
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp()
    bare_pipe(nlp, articles[:1])  # warm up
    bare, whole = [], []
    for _ in range(args.rounds):
        bare.append(bare_pipe(nlp, articles))
        whole.append(whole_briefing(articles))
    best, views = min(whole)
    ratio = best / min(bare)
    print(
        f"briefing analysis: {len(articles)} articles, {words} words; spaCy nlp.pipe {min(bare):.2f} s, "
        f"whole briefing {best:.2f} s (of which parties and disputes {views:.2f} s), ratio {ratio:.3f} "
        f"(budget {args.budget})"
    )

    opened = fifty(articles)
    analyses = {a.id: analysis for a, analysis in zip(opened, analyze_many(opened), strict=True)}
    empty = asyncio.run(empty_app_key(args.presses))
    view = asyncio.run(parties_view_key(opened, analyses, args.presses))
    statements = sum(len(a.statements) for a in analyses.values())
    print(
        f"parties view, {len(opened)} articles ({statements} statements): j to screen "
        f"{view * 1000:.1f} ms; Textual's empty app {empty * 1000:.1f} ms "
        f"({view / empty:.1f}x)"
    )
    return 0 if ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
