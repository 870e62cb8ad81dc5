"""Speakers, round 6 (r6b): news constructions where the parser misleads (sentences written here)."""

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


# A sentence that opens with its setting ("Outside court, …") : the setting never speaks; the speaker is
# the one the sentence goes on to name.
@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        (
            "Outside court, Ames’s solicitor, Petra Lund of Vale Street Law, said her client would appeal.",
            "Petra Lund",
            "would appeal",
        ),
        (
            "Outside court, his barrister, Tom Achebe, said the verdict was a relief to the family.",
            "Tom Achebe",
            "a relief",
        ),
    ],
)
def test_a_fronted_setting_is_not_the_speaker(text: str, speaker: str, phrase: str) -> None:
    assert speaker_named(analysed(text), phrase) == speaker


# "the rating agency Fenwick Ratings … The agency said": the kind written before a name is what a later
# definite description of that kind means.
@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        (
            "Shares fell after the ratings agency Corran Credit cut the bank to junk. "
            "The agency said the bank's losses on property loans were likely to grow.",
            "Corran Credit",
            "property loans",
        ),
        (
            "Orlen Steel’s debt has doubled since 2022, and the rating agency Paxton Scores moved it to "
            "negative watch in May. The agency said the steelmaker had little room under its covenants.",
            "Paxton Scores",
            "little room",
        ),
    ],
)
def test_a_kind_written_before_a_name_is_what_the_description_means(
    text: str, speaker: str, phrase: str
) -> None:
    assert speaker_named(analysed(text), phrase) == speaker
