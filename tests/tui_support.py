"""Helpers for the reader's tests: the bundled sample articles with fixed analyses, and waits.

Each sample's analysis is read from ``tests/sample_gold/`` (statements in the gold
format, recorded once from the analyser), so Pilot tests run on the project's own
text, without the team corpus and without loading spaCy, and do not change when
the analyser does.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from briefing.model import Analysis, Article, Mention, Party, Statement

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"
SAMPLE_GOLD = Path(__file__).resolve().parent / "sample_gold"
SIZE = (140, 40)
FAKE_VERSION = "test-gold-1"
MACKEREL = "01-wire-mackerel-talks"
SEABED = "02-press-briefing-seabed-mining"


def sample_article(name: str) -> tuple[Article, Analysis]:
    """A bundled sample article (as the reader loads it) and its fixed analysis."""
    from briefing.ingest import load_sources

    (article,) = load_sources([str(next(SAMPLES.glob(f"{name}.*")))]).articles
    gold = json.loads((SAMPLE_GOLD / f"{name}.json").read_text("utf-8"))
    return article, analysis_from_gold(article, gold)


def analysis_from_gold(article: Article, gold: dict) -> Analysis:
    types = {p["name"]: p.get("type", "PERSON") for p in gold.get("parties") or ()}
    aliases = {p["name"]: tuple(p.get("aliases") or ()) for p in gold.get("parties") or ()}
    names: list[str] = []
    for quote in gold["quotes"]:
        if quote.get("speaker") and quote["speaker"] not in names:
            names.append(quote["speaker"])
    names.extend(name for name in types if name not in names)
    ids = {name: f"p{number}" for number, name in enumerate(names, 1)}
    mentions: list[Mention] = []
    parties: list[Party] = []
    for name in names:
        party_type = types.get(name) or _guess_type(name)
        spans = _occurrences(article.text, (name, *aliases.get(name, ())))
        mentions.extend(Mention(s, e, article.text[s:e], party_type, ids[name]) for s, e in spans)
        parties.append(Party(ids[name], name, party_type, aliases.get(name, ()), mentions=tuple(spans)))
    statements = tuple(
        Statement(
            start=q["start"],
            end=q["end"],
            text=article.text[q["start"] : q["end"]],
            kind=q.get("kind", "direct"),
            stance=q.get("stance") or "claim",
            speaker=q.get("speaker"),
            party_id=ids.get(q.get("speaker")),
            speaker_span=tuple(q["speaker_span"]) if q.get("speaker_span") else None,
            cue=q.get("cue"),
        )
        for q in sorted(gold["quotes"], key=lambda q: q["start"])
    )
    return Analysis(
        article.id, FAKE_VERSION, tuple(parties), tuple(sorted(mentions, key=lambda m: m.start)), statements
    )


def _guess_type(name: str) -> str:
    lowered = name.casefold()
    if any(word in lowered for word in ("department", "mission", "ministry", "committee", "house", "office")):
        return "ORG"
    if lowered in {"iran", "us", "the united states", "russia", "china", "ukraine"}:
        return "GPE"
    return "PERSON"


def _occurrences(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    for name in sorted(set(names), key=len, reverse=True):
        for match in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            if not taken.intersection(range(*match.span())):
                spans.append(match.span())
                taken.update(range(*match.span()))
    return sorted(spans)


class GoldAnalyzer:
    """A stand-in analyser that returns prepared analyses and counts its calls."""

    def __init__(self, analyses: dict[str, Analysis]) -> None:
        self.analyses = analyses
        self.calls: list[str] = []

    def __call__(self, article: Article) -> Analysis:
        self.calls.append(article.id)
        return self.analyses.get(article.id) or Analysis(article.id, FAKE_VERSION)


async def ready(pilot) -> None:
    """Wait until the app has drawn and its workers (loading, analysis) have posted back."""
    await pilot.pause()  # the workers start after the first frame
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot, condition, what: str, timeout: float = 10.0) -> None:
    """Let the app run until ``condition()`` holds; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"after {timeout} s still waiting for {what}")
        await pilot.pause(0.02)


# The mackerel sample's unnamed sources, marked as the analyser marks them (issue 9: who is listed).
SPOKESWOMAN = "spokeswoman for the British delegation"
DELEGATION = "British delegation"
UNNAMED = ("two people familiar with the talks", "senior Norwegian official")


def mackerel_with_unnamed_sources() -> tuple[Article, Analysis]:
    """The mackerel sample with the spokeswoman speaking for the delegation, and two sources for no one."""
    from dataclasses import replace

    article, analysis = sample_article(MACKEREL)
    delegation = next(p for p in analysis.parties if p.name == DELEGATION)
    parties = tuple(
        replace(p, unnamed=True, parent_id=delegation.id)
        if p.name == SPOKESWOMAN
        else replace(p, unnamed=True)
        if p.name in UNNAMED
        else p
        for p in analysis.parties
    )
    return article, replace(analysis, parties=parties)
