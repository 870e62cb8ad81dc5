"""Speakers, round 7 (r7b): descriptions and roles the tagger splits (sentences written here)."""

from __future__ import annotations

import pytest

from briefing.model import Analysis, Article


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def speaker_named(analysis: Analysis, phrase: str) -> str | None:
    for statement in analysis.statements:
        if phrase in statement.text:
            return statement.speaker
    raise AssertionError(f"no statement holds {phrase!r}")


# A hyphenated role the tagger splits ("co-founder" as "co", "-", "founder"): the speaker is the person
# in apposition to the role, never the prefix.
@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        (
            "The Riverside Tenants Network backed the strike. Its co-founder, Imogen Tate, said rents had "
            "risen by a third in two years.",
            "Imogen Tate",
            "risen by a third",
        ),
        (
            "The charity's co-founder, Marek Duda, said the shelter would stay open through the winter.",
            "Marek Duda",
            "stay open",
        ),
    ],
)
def test_a_split_hyphenated_role_names_its_apposition(text: str, speaker: str, phrase: str) -> None:
    assert speaker_named(analysed(text), phrase) == speaker
