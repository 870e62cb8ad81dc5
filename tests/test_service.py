"""The analysis service: cache or analyse, one backend run for the misses; `analyze` uses the cache."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from briefing import cli, service
from briefing.model import Analysis, Article, Statement
from briefing.service import AnalysisService
from briefing.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"
MACKEREL = SAMPLES / "01-wire-mackerel-talks.txt"


class CountingBackend:
    """Gives each article one statement over its first word and records every run."""

    def __init__(self) -> None:
        self.runs: list[list[str]] = []

    def __call__(self, articles: Sequence[Article]):
        self.runs.append([article.id for article in articles])
        for article in articles:
            end = len(article.text.split()[0])
            yield Analysis(article.id, "t1", statements=(Statement(0, end, article.text[:end], "direct"),))


def articles(*texts: str) -> list[Article]:
    return [Article.from_text(text, f"{number}.txt") for number, text in enumerate(texts)]


def test_misses_go_to_the_backend_in_one_run_and_are_cached(tmp_path: Path) -> None:
    backend = CountingBackend()
    first, second, third = articles("Alpha said so.", "Bravo denied it.", "Charlie declined.")
    store = Store(tmp_path / "notes.json")
    store.save_analysis(Analysis(second.id, "t1"))
    heard: list[Article] = []
    found = list(AnalysisService(store, backend, "t1").analyses([first, second, third], on_miss=heard.append))
    assert [(f.article.id, f.cached) for f in found] == [
        (first.id, False),
        (second.id, True),
        (third.id, False),
    ]
    assert backend.runs == [[first.id, third.id]]
    assert heard == [first, third]
    again = list(AnalysisService(Store(tmp_path / "notes.json"), backend, "t1").analyses([first, third]))
    assert all(f.cached for f in again) and len(backend.runs) == 1


def test_another_version_is_a_miss_and_no_version_never_caches(tmp_path: Path) -> None:
    backend = CountingBackend()
    (article,) = articles("Delta said so.")
    store = Store(tmp_path / "notes.json")
    store.save_analysis(Analysis(article.id, "old"))
    assert not next(AnalysisService(store, backend, "t1").analyses([article])).cached
    list(AnalysisService(store, backend, None).analyses([article]))
    assert len(backend.runs) == 2


def test_cached_only_skips_the_misses(tmp_path: Path) -> None:
    backend = CountingBackend()
    hit, miss = articles("Echo said so.", "Foxtrot said so.")
    store = Store(tmp_path / "notes.json")
    store.save_analysis(Analysis(hit.id, "t1"))
    found = list(AnalysisService(store, backend, "t1").analyses([hit, miss], cached_only=True))
    assert [f.article for f in found] == [hit] and backend.runs == []


def test_a_cache_that_cannot_be_written_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    class FullStore:
        warnings: list[str] = []

        def cached_analysis(self, article_id: str, version: str) -> None:
            return None

        def save_analysis(self, analysis: Analysis) -> None:
            raise OSError("No space left on device")

    (article,) = articles("Golf said so.")
    analyses = AnalysisService(FullStore(), CountingBackend(), "t1")  # type: ignore[arg-type]
    assert next(analyses.analyses([article])).analysis.article_id == article.id
    assert analyses.take_warnings() == ["could not cache the analysis: No space left on device"]


def test_importing_the_service_and_its_version_does_not_import_spacy() -> None:
    code = "import sys, briefing.service as s\ns.analyzer_version()\nprint('spacy' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_analyze_uses_the_cache_and_fresh_skips_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "notes.json")
    assert cli.main(["analyze", str(MACKEREL), "--db", db]) == 0
    first = json.loads(capsys.readouterr().out)

    def no_analyser(_articles):
        raise AssertionError("the analyser ran although the article was cached")

    monkeypatch.setattr(service, "analyse_in_process", no_analyser)
    assert cli.main(["analyze", str(MACKEREL), "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == first
    with pytest.raises(AssertionError, match="analyser ran"):
        cli.main(["analyze", str(MACKEREL), "--db", db, "--fresh"])
