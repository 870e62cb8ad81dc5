"""Words per second of spaCy's bare ``nlp.pipe`` and of the whole analysis, in one run.

Both run on the same texts (the long sample report and, when present,
../shared/corpus gold texts), cut into the same chunks with the same quote
normalisation, so the ratio is the analysis's own cost on top of the parse.
Each is timed several times, alternating, and the best time of each is kept.

    python benchmarks/analysis.py [--rounds N] [--budget 1.15]

Exit status 1 when the ratio is above the budget.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LONG_SAMPLE = REPO / "sample_articles" / "08-long-report-north-sea-infrastructure.txt"
GOLD_DIR = REPO.parent / "shared" / "corpus" / "gold"


def _articles():
    from briefing.model import Article

    sets = {"long sample": [Article.from_text(LONG_SAMPLE.read_text(encoding="utf-8"), str(LONG_SAMPLE))]}
    if GOLD_DIR.is_dir():
        corpus = []
        for path in sorted(GOLD_DIR.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            corpus.append(Article.from_text(data["text"], str(path)))
        sets["shared corpus"] = corpus
    return sets


def _bare(nlp, articles) -> float:
    from briefing.nlp.analyze import chunk_spans
    from briefing.nlp.quotes import normalise_for_parser

    texts = [normalise_for_parser(a.text[s:e]) for a in articles for s, e in chunk_spans(a)]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - started


def _whole(articles) -> float:
    from briefing.nlp.analyze import analyze_many

    started = time.perf_counter()
    for _ in analyze_many(articles):
        pass
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--budget", type=float, default=1.15)
    args = parser.parse_args()

    from briefing.nlp.pipeline import load_nlp

    nlp = load_nlp()
    worst = 0.0
    for name, articles in _articles().items():
        words = sum(len(a.text.split()) for a in articles)
        _bare(nlp, articles[:1])  # warm up
        bare_times, whole_times = [], []
        for _ in range(args.rounds):
            bare_times.append(_bare(nlp, articles))
            whole_times.append(_whole(articles))
        bare, whole = min(bare_times), min(whole_times)
        ratio = whole / bare
        worst = max(worst, ratio)
        print(
            f"{name}: {len(articles)} articles, {words} words; "
            f"spaCy nlp.pipe {words / bare:,.0f} words/s, whole analysis {words / whole:,.0f} words/s, "
            f"ratio {ratio:.3f}"
        )
    print(f"worst ratio {worst:.3f} (budget {args.budget})")
    return 0 if worst <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
