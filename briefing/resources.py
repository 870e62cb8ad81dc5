"""Where the bundled styles and sample articles live, installed or in a checkout.

A wheel carries them inside the package (``briefing/styles``); an editable
install or a checkout keeps them beside the package at the repository top.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def styles_dir() -> Path:
    return _bundled("styles")


def samples_dir() -> Path:
    return _bundled("sample_articles")
