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
def _notes_file_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's own notes file (``analyze`` reads corrections from it)."""
    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "default-notes" / "notes.json"))


@pytest.fixture(autouse=True)
def _style_cache_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's cache folder (the reader keeps parsed style sheets there)."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's own settings (the remembered theme); the overrides are unset."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("BRIEFING_THEME", raising=False)
