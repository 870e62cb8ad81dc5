"""How much merging parties and finding disputes cost for a morning's articles, beside
reading the same analyses back from the cache.

    python benchmarks/briefing_views.py [--repeat 5] [--corpus ../shared/corpus]

The articles are the bundled samples plus, when the team corpus is beside the
repository, the texts of its gold files (about 44 articles, 1,100 statements).
Each is analysed once into a temporary cache; then, per round, the baseline
reads every analysis back from the cache (what reopening a briefing costs) and
the briefing views run ``build_briefing`` and ``find_disputes`` over them. The
reader's briefing views recompute both as analyses arrive, so they must stay a
small multiple of the baseline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from briefing.ingest import load_sources
from briefing.model import Article
from briefing.morning import build_briefing, find_disputes
from briefing.resources import samples_dir
from briefing.store import Store

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = parser.parse_args()

    articles = load_sources([str(samples_dir())]).articles
    for gold in sorted((args.corpus / "gold").glob("*.json")):
        text = json.loads(gold.read_text(encoding="utf-8"))["text"]
        articles.append(Article.from_text(text, source=str(gold)))

    from briefing.nlp.analyze import ANALYZER_VERSION, analyze_many

    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "notes.json") as store:
        for analysis in analyze_many(articles):
            store.save_analysis(analysis)
        baseline, views, counts = [], [], (0, 0)
        for _ in range(args.repeat):
            started = time.perf_counter()
            items = [(article, store.cached_analysis(article.id, ANALYZER_VERSION)) for article in articles]
            baseline.append(time.perf_counter() - started)
            started = time.perf_counter()
            briefing = build_briefing(items)
            disputes = find_disputes(briefing)
            views.append(time.perf_counter() - started)
            counts = (len(briefing.principal_parties()), len(disputes))
    statements = sum(len(analysis.statements) for _, analysis in items)
    base, cost = statistics.median(baseline), statistics.median(views)
    print(
        f"{len(articles)} articles, {statements} statements, "
        f"{counts[0]} speaking parties, {counts[1]} disputes"
    )
    print(f"read back from the cache      {base * 1000:8.1f} ms (median of {args.repeat})")
    print(f"parties merged and disputes   {cost * 1000:8.1f} ms  = {cost / base:.1f}x the read-back")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
