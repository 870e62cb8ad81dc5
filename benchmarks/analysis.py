"""The whole analysis against spaCy's plain parse of the same text, from 1k words to 200k and one 1 MB line.

The texts are built here from ``sample_articles/`` (never the team corpus): the bundled
articles' paragraphs repeated up to each size, and one line of about 1 MB with every line
break made a space. The baseline is the PLAIN model (``spacy.load``, none of our
components) running ``nlp.pipe`` over the very chunks the analysis cuts, normalised the
same way, so the ratio is everything the analysis adds: our pipeline component, the
rules after the parse, and the chunking. Each measurement runs in a fresh process, so
peak memory (max RSS) is that run's own. Times are CPU seconds of the process (the machine may
be shared, and wall-clock time would measure the neighbours), the best of ``--rounds``, alternating;
the BLAS thread pools are held to one thread so CPU time is the work done.

    python benchmarks/analysis.py [--rounds N] [--budget 1.15] [--sizes 1000,10000,...]

Exit status 1 when a ratio is above the budget.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_articles"
sys.path.insert(0, str(REPO))
SIZES = (1_000, 10_000, 100_000, 200_000)
ONE_LINE_CHARS = 1_000_000


def _paragraphs() -> list[str]:
    found = []
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [p.strip() for p in text.split("\n\n") if p.strip()]
    return found


def synthetic_text(case: str) -> str:
    """``"1000"`` (words, paragraphs kept) or ``"line"`` (one line of about 1 MB)."""
    paragraphs = _paragraphs()
    chosen: list[str] = []
    words = chars = 0
    target_words = int(case) if case != "line" else None
    i = 0
    while (words < target_words) if target_words else (chars < ONE_LINE_CHARS):
        paragraph = paragraphs[i % len(paragraphs)]
        chosen.append(paragraph)
        words += len(paragraph.split())
        chars += len(paragraph) + 2
        i += 1
    if target_words:
        return "\n\n".join(chosen)
    return " ".join(" ".join(chosen).split())[:ONE_LINE_CHARS]


# Both modes first run once on another text, so neither pays for first-call set-up in its time.
_WARM_UP = "\n\n".join(_paragraphs()[-12:]) if SAMPLES.is_dir() else "Warm up."


def _measure(case: str, mode: str) -> dict:
    """One run in this process: seconds and peak RSS of ``mode`` ("bare" or "whole") on ``case``."""
    from briefing.model import Article
    from briefing.nlp.analyze import analyze, chunk_spans
    from briefing.nlp.pipeline import MODEL_NAMES
    from briefing.nlp.quotes import normalise_for_parser

    article = Article.from_text(synthetic_text(case), f"synthetic-{case}")
    if mode == "bare":
        import spacy

        nlp = None
        for name in MODEL_NAMES:
            try:
                nlp = spacy.load(name)
                break
            except OSError:
                continue
        if nlp is None:
            raise SystemExit("no spaCy English model installed")
        nlp(_WARM_UP)
        texts = [normalise_for_parser(article.text[s:e]) for s, e in chunk_spans(article)]
        started = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        seconds = time.process_time() - started
        statements = None
    else:
        analyze(Article.from_text(_WARM_UP, "warm-up"))
        started = time.process_time()
        statements = len(analyze(article).statements)
        seconds = time.process_time() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": seconds, "peak_mb": peak, "words": len(article.text.split()), "statements": statements}


def _run(case: str, mode: str) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = subprocess.run(
        [sys.executable, __file__, "--one", case, mode], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--budget", type=float, default=1.15)
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES) + ",line")
    parser.add_argument("--one", nargs=2, metavar=("CASE", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_measure(*args.one)))
        return 0

    worst = 0.0
    print(
        f"{'text':>12} {'words':>8} {'bare s':>8} {'whole s':>8} {'ratio':>6} "
        f"{'µs/word':>8} {'bare MB':>8} {'whole MB':>8} {'statements':>10}"
    )
    for case in args.sizes.split(","):
        bare_runs, whole_runs = [], []
        for _ in range(args.rounds):
            bare_runs.append(_run(case, "bare"))
            whole_runs.append(_run(case, "whole"))
        bare = min(bare_runs, key=lambda r: r["seconds"])
        whole = min(whole_runs, key=lambda r: r["seconds"])
        ratio = whole["seconds"] / bare["seconds"]
        worst = max(worst, ratio)
        label = "1 MB line" if case == "line" else f"{int(case):,} w"
        per_word = 1e6 * whole["seconds"] / whole["words"]
        print(
            f"{label:>12} {whole['words']:>8} {bare['seconds']:>8.2f} {whole['seconds']:>8.2f} {ratio:>6.3f} "
            f"{per_word:>8.1f} {bare['peak_mb']:>8.1f} {whole['peak_mb']:>8.1f} {whole['statements']:>10}",
            flush=True,
        )
    print(f"worst ratio {worst:.3f} (budget {args.budget})")
    return 0 if worst <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
