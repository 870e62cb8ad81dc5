"""Shared test fixtures: where the team's corpus lives, and the bundled samples."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """../shared/corpus beside the repository (present on team machines and in CI)."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"the team corpus is not at {SHARED_CORPUS} (it lives in ../shared beside the repo)")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def samples() -> Path:
    from briefing.resources import samples_dir

    return samples_dir()


@pytest.fixture(autouse=True)
def private_notes_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands that open the default store (``analyze`` caches there) use a file of the test's own."""
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "default-notes.json"))
