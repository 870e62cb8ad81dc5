"""Parties, round 7 (r7b): descriptions that stay with the organisation named (sentences written here)."""

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


# "The watchdog said" after the article names a regulator: that regulator, not a party "watchdog".
@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        (
            "The Pensions Conduct Authority fined Larchmont Savings on Monday. The watchdog said the "
            "firm had ignored complaints from customers for two years.",
            "Pensions Conduct Authority",
            "ignored complaints",
        ),
        (
            "The Water Services Regulation Office opened an inquiry into Tamberly Water. The watchdog said "
            "it had received more than 400 complaints about sewage spills.",
            "Water Services Regulation Office",
            "400 complaints",
        ),
    ],
)
def test_the_watchdog_is_the_regulator_named(text: str, speaker: str, phrase: str) -> None:
    assert speaker_named(analysed(text), phrase) == speaker


# "A Kestrel spokesman" after "Kestrel Insurance": the spokesman speaks for the company, named in full
# as news names such a voice, so the statement is the company's.
@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        (
            "Marlow Freight Holdings cut 300 jobs on Friday. A Marlow spokeswoman said the cuts would fall "
            "mostly on its depots in the north.",
            "Marlow Freight Holdings spokeswoman",
            "depots in the north",
        ),
        (
            "Brackley Water was fined for the spill. A spokesman for Brackley said the company had "
            "already paid for the clean-up.",
            "Brackley Water spokesman",
            "clean-up",
        ),
    ],
)
def test_a_spokesman_named_by_a_short_form_is_named_in_full(text: str, speaker: str, phrase: str) -> None:
    assert speaker_named(analysed(text), phrase) == speaker
