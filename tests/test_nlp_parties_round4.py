"""Parties, round 4: one party per actor in constructions of news English (sentences written here)."""

from __future__ import annotations

import pytest

from briefing.model import Analysis, Article


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def names(analysis: Analysis) -> list[str]:
    return [p.name for p in analysis.parties if not p.unnamed]


@pytest.mark.parametrize(
    ("text", "body", "fragment"),
    [
        (
            "Republicans pounced on the report. The Ohio GOP said in an email on Monday that the "
            'governor had misled voters. "This is a pattern," the GOP said.',
            "Ohio GOP",
            "GOP",
        ),
        (
            "The Nevada GOP noted in a fundraising email on Tuesday that the mayor had taken three trips.",
            "Nevada GOP",
            "GOP",
        ),
        (
            "The Texas Democratic Party said the new map was unfair to voters in the cities.",
            "Texas Democratic Party",
            "Democratic Party",
        ),
    ],
)
def test_a_place_written_before_an_organisation_is_part_of_its_name(
    text: str, body: str, fragment: str
) -> None:
    analysis = analysed(text)
    assert body in names(analysis)
    assert fragment not in names(analysis)
    assert body in [s.speaker for s in analysis.statements]
