"""The analysis scored against the team's gold files, as `briefing eval` scores it.

Floors a little under the issue's targets so a regression shows, not noise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gold"


@pytest.fixture(scope="module")
def report():
    if not GOLD.is_dir():
        pytest.skip(f"the team corpus is not at {GOLD.parent} (it lives in ../shared beside the repo)")
    from briefing.evaluate import evaluate_dir

    scored, errors = evaluate_dir(GOLD)
    assert not errors
    return scored.to_dict()


def test_direct_quotes_and_their_speakers(report) -> None:
    direct = report["direct"]
    assert direct["quotes"]["f1"] >= 0.95
    assert direct["speaker_accuracy"] >= 0.90


def test_all_statements_and_end_to_end(report) -> None:
    every = report["all"]
    assert every["quotes"]["f1"] >= 0.75
    assert every["end_to_end"]["f1"] >= 0.65


def test_stance(report) -> None:
    every = report["all"]
    stance = every["stance"]
    assert stance["accuracy"] >= 0.88
    assert stance["macro_f1"] >= 0.75
    assert stance["f1"]["denial"] >= 0.75
    for label in ("non_denial", "confirmation", "refusal"):
        assert stance["f1"][label] >= 0.65
