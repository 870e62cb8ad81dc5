"""Parties: one per real actor, and nothing that is not one (on the bundled samples and written text)."""

from __future__ import annotations

from collections import Counter

import pytest
from nlp_support import SAMPLES, analysed_sample, party_named

from briefing.model import Article

SAMPLE_FILES = sorted(p.name for p in SAMPLES.glob("0*"))


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_never_the_same_name_twice(name: str) -> None:
    _, analysis = analysed_sample(name)
    counts = Counter(p.name.casefold() for p in analysis.parties)
    assert not [n for n, c in counts.items() if c > 1]


def test_a_short_form_joins_the_one_longer_name() -> None:
    _, analysis = analysed_sample("01-wire-mackerel-talks.txt")
    commission = party_named(analysis, "European Commission")
    assert "Commission" not in [p.name for p in analysis.parties]
    assert len(commission.mentions) >= 2


def test_a_surname_alone_is_the_person_named_in_full() -> None:
    _, analysis = analysed_sample("06-press-conference-cocoa-traceability.txt")
    assert [p.name for p in analysis.parties if "Mensah-Darko" in p.name] == ["Abena Mensah-Darko"]


def test_a_capitalised_common_noun_and_a_nationality_adjective_are_no_parties() -> None:
    _, mackerel = analysed_sample("01-wire-mackerel-talks.txt")
    assert "Mackerel" not in [p.name for p in mackerel.parties]
    _, cocoa = analysed_sample("06-press-conference-cocoa-traceability.txt")
    assert "European" not in [p.name for p in cocoa.parties]
    assert party_named(cocoa, "European Union")  # the adjective goes, the organisation stays


def test_a_state_is_not_taken_for_the_short_form_of_an_organisation() -> None:
    _, analysis = analysed_sample("06-press-conference-cocoa-traceability.txt")
    assert party_named(analysis, "Ghana").type == "GPE"


def test_a_capitalised_word_that_speaks_stays_a_party() -> None:
    from briefing.nlp.analyze import analyze

    text = (
        "Members of parliament met on Monday to discuss the budget.\n\n"
        '"The vote will take place on Friday," Parliament said in a statement.'
    )
    analysis = analyze(Article.from_text(text, "written-for-the-test"))
    speakers = [s.speaker for s in analysis.statements]
    assert "Parliament" in speakers
    assert party_named(analysis, "Parliament")
