"""``briefing eval --disputes PAIRS_FILE``: score dispute linking against hand-made pairs.

A pairs file is JSON::

    {"articles": {"KEY": {"path": "relative/to/this/file.html"} | {"gold": "gold-file-id"}},
     "matters": [{"about": "...",
                  "assertions": [{"article": "KEY", "start": 0, "end": 10}],
                  "responses": [{"article": "KEY", "start": 20, "end": 30, "stance": "denial"}]}]}

All the articles of a file are one briefing. A ``gold`` article is a gold file
of eval/GOLD_FORMAT.md (found in GOLD_DIR by file name or ``id``): its ``text``
is analysed, so a pairs file over the team corpus holds ids and offsets only.
Every assertion of a matter paired with every response of it is one gold pair.
A predicted dispute matches a gold pair when each side's span overlaps the gold
side's by at least half of their union (as quotes are matched), in the same
article; each gold pair matches one dispute at most.

The scoring core :func:`score_pairs` is pure; :func:`load_pairs_file` reads the
file and its articles (ingest only, no analysis).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.model import Article
from briefing.morning import Dispute

Side = tuple[str, int, int]  # (article id, start, end)


class PairsFormatError(ValueError):
    """A pairs file that cannot be scored; the message names the file and the problem."""


@dataclass(frozen=True)
class PairsGold:
    articles: tuple[Article, ...]
    pairs: tuple[tuple[Side, Side], ...]  # (assertion, response), article ids not keys


@dataclass(frozen=True)
class DisputeScore:
    gold: int
    predicted: int
    matched: int
    responses: int = 0  # distinct gold responses
    responses_linked: int = 0  # of them, linked to one of their matter's assertions by some dispute

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def response_recall(self) -> float | None:
        return self.responses_linked / self.responses if self.responses else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "responses": self.responses,
            "responses_linked": self.responses_linked,
            "response_recall": self.response_recall,
            "gold_pairs": self.gold,
            "predicted_pairs": self.predicted,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
        }


def load_pairs_file(path: Path, gold_dir: Path | None = None) -> PairsGold:
    """Read a pairs file and the articles it names (``gold`` ids are looked up in ``gold_dir``)."""
    from briefing.ingest import load_file

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PairsFormatError(f"{path}: cannot read the pairs file ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise PairsFormatError(f"{path}: expected an object with 'articles' and 'matters'")
    articles: dict[str, Article] = {}
    for key, where in data["articles"].items():
        if isinstance(where, dict) and isinstance(where.get("gold"), str):
            articles[key] = _gold_article(path, gold_dir, where["gold"])
        elif isinstance(where, dict) and isinstance(where.get("path"), str):
            try:
                articles[key] = load_file(path.parent / where["path"])
            except Exception as exc:  # ingest's errors are one line naming the file
                raise PairsFormatError(f"{path}: article {key}: {exc}") from None
        else:
            raise PairsFormatError(f"{path}: article {key} needs a 'path' or a 'gold' id")
    pairs: list[tuple[Side, Side]] = []
    matters: Any = data.get("matters") or []
    if not isinstance(matters, list):
        raise PairsFormatError(f"{path}: 'matters' must be a list")
    for number, matter in enumerate(matters, start=1):
        if not isinstance(matter, dict):
            raise PairsFormatError(f"{path}: matter {number} is not an object")
        assertions = [_side(path, number, raw, articles) for raw in matter.get("assertions") or ()]
        responses = [_side(path, number, raw, articles) for raw in matter.get("responses") or ()]
        for assertion in assertions:
            for response in responses:
                if (assertion, response) not in pairs:
                    pairs.append((assertion, response))
    return PairsGold(tuple(articles.values()), tuple(pairs))


def _gold_article(path: Path, gold_dir: Path | None, gold_id: str) -> Article:
    if gold_dir is None:
        raise PairsFormatError(f"{path}: article {gold_id!r} is a gold file id; name the GOLD_DIR it is in")
    candidates = [gold_dir / f"{gold_id}.json", *sorted(gold_dir.glob("*.json"))]
    for candidate in candidates:
        try:
            data = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(data, dict) and (candidate.stem == gold_id or data.get("id") == gold_id):
            text = data.get("text")
            if isinstance(text, str):
                return Article.from_text(text, source=str(candidate), title=data.get("title"))
    raise PairsFormatError(f"{path}: no gold file {gold_id!r} in {gold_dir}")


def _side(path: Path, matter: int, raw: Any, articles: dict[str, Article]) -> Side:
    if not isinstance(raw, dict) or raw.get("article") not in articles:
        raise PairsFormatError(f"{path}: matter {matter}: every side needs an 'article' key from 'articles'")
    article = articles[raw["article"]]
    start, end = raw.get("start"), raw.get("end")
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(article.text):
        raise PairsFormatError(f"{path}: matter {matter}: offsets {start}-{end} are not in the article")
    return (article.id, start, end)


def _matches(predicted: Side, gold: Side) -> bool:
    if predicted[0] != gold[0]:
        return False
    overlap = min(predicted[2], gold[2]) - max(predicted[1], gold[1])
    union = max(predicted[2], gold[2]) - min(predicted[1], gold[1])
    return overlap > 0 and overlap * 2 >= union


def dispute_sides(dispute: Dispute) -> tuple[Side, Side]:
    a, r = dispute.assertion, dispute.response
    return (
        (a.article.id, a.statement.start, a.statement.end),
        (r.article.id, r.statement.start, r.statement.end),
    )


def score_pairs(gold: Sequence[tuple[Side, Side]], predicted: Sequence[tuple[Side, Side]]) -> DisputeScore:
    """Precision and recall of predicted (assertion, response) pairs against gold pairs."""
    unused = list(gold)
    matched = 0
    linked: set[Side] = set()
    for assertion, response in predicted:
        for index, (gold_assertion, gold_response) in enumerate(unused):
            if _matches(assertion, gold_assertion) and _matches(response, gold_response):
                matched += 1
                linked.add(gold_response)
                del unused[index]
                break
    responses = {response for _, response in gold}
    return DisputeScore(len(gold), len(predicted), matched, len(responses), len(linked))


def format_score(name: str, score: DisputeScore) -> str:
    def figure(value: float | None) -> str:
        return "  n/a" if value is None else f"{value:5.3f}"

    return (
        f"disputes  {name}\n"
        f"  gold pairs {score.gold}  predicted {score.predicted}  matched {score.matched}\n"
        f"  precision {figure(score.precision)}  recall {figure(score.recall)}\n"
        f"  responses linked to what they answer {score.responses_linked} of {score.responses}"
        f"  ({figure(score.response_recall).strip()})"
    )
