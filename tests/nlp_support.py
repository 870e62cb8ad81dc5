"""Shared helpers for the nlp tests: spaCy is loaded once per test session, articles analysed once."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from briefing.model import Analysis, Article

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SAMPLES = REPO / "sample_articles"


def corpus_gold(name: str) -> dict:
    path = CORPUS / "gold" / f"{name}.json"
    if not path.is_file():
        pytest.skip(f"the team corpus is not at {CORPUS} (it lives in ../shared beside the repo)")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _analysed(key: str) -> tuple[Article, Analysis]:
    from briefing.nlp.analyze import analyze

    if key.startswith("gold:"):
        data = corpus_gold(key[5:])
        article = Article.from_text(data["text"], key)
    else:
        from briefing.ingest import load_sources

        result = load_sources([str(SAMPLES / key)])
        assert result.articles, result.errors
        article = result.articles[0]
    return article, analyze(article)


def analysed_gold(name: str) -> tuple[Article, Analysis]:
    corpus_gold(name)  # skips with a reason when the corpus is absent
    return _analysed(f"gold:{name}")


def analysed_sample(file_name: str) -> tuple[Article, Analysis]:
    return _analysed(file_name)


def statement_at(article: Article, analysis: Analysis, phrase: str):
    """The statement whose span holds ``phrase`` (which must occur in the text)."""
    at = article.text.index(phrase)
    found = [s for s in analysis.statements if s.start <= at < s.end]
    assert found, f"no statement holds {phrase!r}"
    return min(found, key=lambda s: s.end - s.start)


def party_named(analysis: Analysis, name: str):
    found = [p for p in analysis.parties if p.name == name or name in p.aliases]
    assert found, f"no party named {name!r}: {[p.name for p in analysis.parties]}"
    return found[0]


def statement_holding(text: str, phrase: str):
    """The shortest statement the analysis of ``text`` finds around ``phrase`` (fails when none does)."""
    from briefing.nlp.analyze import analyze

    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    at = text.index(phrase)
    holding = [s for s in analysis.statements if s.start <= at < s.end]
    assert holding, f"no statement holds {phrase!r}: {[s.text for s in analysis.statements]}"
    return min(holding, key=lambda s: s.end - s.start)


def analysed_text(text: str) -> Analysis:
    """The analysis of ``text``, a test's own sentences."""
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def statement_with(analysis: Analysis, words: str):
    """The first statement whose text holds ``words`` (fails, listing them, when none does)."""
    found = [s for s in analysis.statements if words in s.text]
    assert found, f"no statement holds {words!r}: {[s.text for s in analysis.statements]}"
    return found[0]


def speakers_by_statement(text: str) -> dict[str, str | None]:
    """Each statement's text in the analysis of ``text``, with its speaker."""
    return {s.text: s.speaker for s in analysed_text(text).statements}


def assert_found_with_speaker(text: str, span: str, speaker: str) -> None:
    """``span`` is a statement of ``text`` exactly, and its speaker's name contains ``speaker``."""
    statements = speakers_by_statement(text)
    assert span in statements, statements
    assert speaker in (statements[span] or ""), statements


def speaker_named(analysis: Analysis, phrase: str) -> str | None:
    """The speaker of the first statement holding ``phrase``; fails when none does."""
    for statement in analysis.statements:
        if phrase in statement.text:
            return statement.speaker
    raise AssertionError(f"no statement holds {phrase!r}")
