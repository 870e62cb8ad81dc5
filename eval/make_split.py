"""Write ``corpus_split.json``: the team corpus split once, by article, into a tuning and a checking part.

The rule: gold files are grouped by whether any of their statements has a stance label;
each group is sorted by id, shuffled with ``random.Random(SEED)``, and its first half
(rounded up) is the tuning part, the rest the checking part. Run once; the file is fixed.

    python eval/make_split.py ../shared/corpus/gold
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 9
HERE = Path(__file__).resolve().parent


def split(gold_dir: Path) -> dict[str, list[str]]:
    groups: dict[bool, list[str]] = {True: [], False: []}
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        labelled = any(q.get("stance") for q in data.get("quotes") or ())
        groups[labelled].append(str(data["id"]))
    parts: dict[str, list[str]] = {"tuning": [], "checking": []}
    rng = random.Random(SEED)
    for labelled in (True, False):
        ids = sorted(groups[labelled])
        rng.shuffle(ids)
        half = (len(ids) + 1) // 2
        parts["tuning"] += ids[:half]
        parts["checking"] += ids[half:]
    return {name: sorted(ids) for name, ids in parts.items()}


def main() -> int:
    parts = split(Path(sys.argv[1]))
    document = {
        "rule": (
            f"gold files grouped by whether any statement has a stance label; each group sorted by id, "
            f"shuffled with random.Random({SEED}), first half (rounded up) tuning, the rest checking"
        ),
        **parts,
    }
    (HERE / "corpus_split.json").write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
