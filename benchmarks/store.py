"""How much the notes store costs, beside a bare JSON write of the same data.

Budgets (the annotation issue): with 5,000 notes in the store, saving one more
takes under 50 ms; opening an article with 200 notes stays under 100 ms beyond
opening it without notes.

    python benchmarks/store.py [--notes 5000] [--per-article 200] [--repeat 20]

"Saving one more" is ``Store.add_annotation``: lock, re-read check, serialise,
temporary file, fsync, rename, folder fsync, backup link. The bare write is
``json.dumps`` of the same data written to a file (what TinyDB's own JSONStorage does),
shown with and without an fsync. "Opening" is a fresh ``Store`` plus
``annotations_for(article)``, with the article as the notes were made on it and
after a one-word edit (so every note re-anchors).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefing.anchoring import new_annotation
from briefing.model import Annotation, Article
from briefing.resources import samples_dir
from briefing.store import Store

SAMPLE = "08-long-report-north-sea-infrastructure.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--per-article", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    text = (samples_dir() / SAMPLE).read_text(encoding="utf-8")
    rng = random.Random(5000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.json"
        article = Article.from_text(text, str(Path(folder) / SAMPLE))
        others = [
            Article.from_text(f"{text}\nAddendum {n}.", str(Path(folder) / f"other-{n}.txt"))
            for n in range(49)
        ]
        notes = [_random_note(article, rng) for _ in range(args.per_article)]
        notes += [_random_note(others[n % len(others)], rng) for n in range(args.notes - args.per_article)]
        Store(path).add_annotations(notes)
        size = path.stat().st_size
        print(f"store: {len(notes):,} notes, {size / 1024:,.0f} KiB ({path.name})")

        store = Store(path)
        save = _median_ms(lambda: store.add_annotation(_random_note(others[0], rng)), args.repeat)
        data = json.loads(path.read_text(encoding="utf-8"))
        bare_path = Path(folder) / "bare.json"
        bare = _median_ms(lambda: _bare_write(bare_path, data, fsync=False), args.repeat)
        bare_fsync = _median_ms(lambda: _bare_write(bare_path, data, fsync=True), args.repeat)
        print(f"save one more note:        {save:7.1f} ms  (budget 50 ms)")
        print(f"bare json.dumps, same data: {bare:7.1f} ms  -> store/bare {save / bare:.2f}x")
        print(
            f"bare json.dumps + fsync:    {bare_fsync:7.1f} ms  -> store/bare+fsync {save / bare_fsync:.2f}x"
        )

        unannotated = Article.from_text(
            f"{text}\nAn article nobody has annotated.", str(Path(folder) / "new.txt")
        )
        edited = Article.from_text(text.replace(" the ", " a ", 1), article.source)
        without = _median_ms(lambda: _open(path, unannotated, expect=0), args.repeat)
        same = _median_ms(lambda: _open(path, article, expect=args.per_article), args.repeat)
        moved = _median_ms(lambda: _open(path, edited, expect=args.per_article), args.repeat)
        print(f"open an article, no notes:          {without:7.1f} ms")
        print(
            f"open it with {args.per_article} notes:              {same:7.1f} ms  "
            f"(+{same - without:.1f} ms, budget +100 ms)"
        )
        print(
            f"... after a one-word edit (re-anchor): {moved:5.1f} ms  "
            f"(+{moved - without:.1f} ms, budget +100 ms)"
        )
    return 0


def _random_note(article: Article, rng: random.Random) -> Annotation:
    start = rng.randrange(0, len(article.text) - 200)
    end = start + rng.randrange(20, 160)
    return new_annotation(
        article, start, end, note=f"A note of ordinary length on this passage #tag{start % 17}"
    )


def _open(path: Path, article: Article, expect: int) -> None:
    found = Store(path).annotations_for(article)
    assert len(found) == expect and not any(note.orphaned for note in found), "notes lost their place"


def _bare_write(path: Path, data: object, fsync: bool) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(data))
        if fsync:
            handle.flush()
            os.fsync(handle.fileno())


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    raise SystemExit(main())
