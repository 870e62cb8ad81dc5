"""Corrections laid over the real analysis of a sample article: what the analyst changed shows,
marked as corrected with the machine's values kept, and the machine's analysis stays as it was."""

from __future__ import annotations

from dataclasses import replace

import pytest
from nlp_support import analysed_sample

from briefing.corrections import (
    CorrectionError,
    apply_corrections,
    machine_said,
    party_correction,
    party_named,
    statement_correction,
)
from briefing.model import Analysis, Article

SAMPLE = "01-wire-mackerel-talks.txt"
WORKING_PAPER = "the annex was a working paper"  # the senior Norwegian official's denial
SIDE_DEAL = "There is no side deal"  # Sigrid Halvorsen's direct denial


@pytest.fixture(scope="module")
def analysed() -> tuple[Article, Analysis]:
    return analysed_sample(SAMPLE)


def _words(article: Article, phrase: str) -> tuple[int, int]:
    start = article.text.index(phrase)
    return start, start + len(phrase)


def _statement_with(analysis: Analysis, article: Article, phrase: str):
    start, _ = _words(article, phrase)
    [statement] = [s for s in analysis.statements if s.start <= start < s.end]
    return statement


def test_stance_and_speaker_change_and_the_machine_values_are_kept(analysed) -> None:
    article, machine = analysed
    before = machine.to_dict()
    correction = statement_correction(
        article, *_words(article, WORKING_PAPER), stance="claim", speaker="Sigrid Halvorsen"
    )
    corrected, report = apply_corrections(article, machine, [correction])

    statement = _statement_with(corrected, article, WORKING_PAPER)
    original = _statement_with(machine, article, WORKING_PAPER)
    assert (statement.stance, statement.speaker) == ("claim", "Sigrid Halvorsen")
    assert statement.party_id == party_named(machine, "Sigrid Halvorsen").id
    assert statement.corrected and statement.machine == original
    assert (original.stance, original.speaker) == ("denial", "senior Norwegian official")
    assert report.applied == [correction] and not report.problems()
    assert machine.to_dict() == before  # the machine's analysis is not touched
    others = [s for s in corrected.statements if s is not statement]
    assert not any(s.corrected for s in others)


def test_corrected_analysis_survives_a_dict_round_trip(analysed) -> None:
    article, machine = analysed
    corrections = [
        statement_correction(article, *_words(article, WORKING_PAPER), stance="claim"),
        party_correction(article, party_named(machine, "Faroese government"), merge_into="Faroe Islands"),
    ]
    corrected, _ = apply_corrections(article, machine, corrections)
    data = corrected.to_dict()
    assert Analysis.from_dict(data) == corrected
    [record] = [s for s in data["statements"] if s.get("corrected") and WORKING_PAPER in s["text"]]
    assert record["machine"]["stance"] == "denial" and record["stance"] == "claim"
    merged = [s for s in data["statements"] if s.get("corrected") and s is not record]
    assert merged and all(s["speaker"] == "Faroe Islands" for s in merged)
    assert "corrected" not in machine.to_dict()["statements"][0]  # the machine's shape is unchanged


def test_a_new_speaker_name_makes_a_new_party(analysed) -> None:
    article, machine = analysed
    correction = statement_correction(article, *_words(article, WORKING_PAPER), speaker="Kari Nordmann")
    corrected, _ = apply_corrections(article, machine, [correction])
    statement = _statement_with(corrected, article, WORKING_PAPER)
    party = corrected.party(statement.party_id)
    assert party is not None and party.name == "Kari Nordmann" and party.corrected and party.machine is None
    assert statement.speaker == "Kari Nordmann" and statement.speaker_span is None
    assert len(corrected.parties) == len(machine.parties) + 1


def test_kind_span_and_not_a_statement(analysed) -> None:
    article, machine = analysed
    shorter = "There is no side deal, there has never been a side deal"
    corrections = [
        statement_correction(article, *_words(article, shorter), respan=True, kind="mixed"),
        statement_correction(article, *_words(article, WORKING_PAPER), not_a_statement=True),
    ]
    corrected, report = apply_corrections(article, machine, corrections)
    statement = _statement_with(corrected, article, SIDE_DEAL)
    assert statement.text == shorter and statement.kind == "mixed"
    assert statement.machine is not None and len(statement.machine.text) > len(shorter)
    assert not [s for s in corrected.statements if WORKING_PAPER in s.text]
    assert len(corrected.statements) == len(machine.statements) - 1
    assert [s.text[: len(WORKING_PAPER)] for s in report.removed] == [WORKING_PAPER]


def test_an_added_statement_is_marked_with_no_machine_values(analysed) -> None:
    article, machine = analysed
    missed = "The dispute centres on a two-page annex"
    assert article.text.count(missed) == 1
    correction = statement_correction(
        article, *_words(article, missed), added=True, speaker="Iceland", stance="claim"
    )
    corrected, _ = apply_corrections(article, machine, [correction])
    [added] = [s for s in corrected.statements if s.text == missed]
    assert added.corrected and added.machine is None and added.speaker == "Iceland"
    assert list(corrected.statements) == sorted(corrected.statements, key=lambda s: (s.start, s.end))


def test_merge_moves_names_mentions_and_statements(analysed) -> None:
    article, machine = analysed
    merged = party_named(machine, "Faroese government")
    into = party_named(machine, "Rannvá Joensen")
    correction = party_correction(article, merged, merge_into="Rannvá Joensen")
    corrected, _ = apply_corrections(article, machine, [correction])
    assert corrected.party(merged.id) is None
    party = corrected.party(into.id)
    assert party is not None and party.corrected and party.machine == into
    assert "Faroese government" in party.aliases
    assert set(merged.mentions) <= set(party.mentions)
    moved = [s for s in corrected.statements if s.machine is not None and s.machine.party_id == merged.id]
    assert moved and all(
        s.party_id == into.id and s.speaker == "Rannvá Joensen" and s.corrected for s in moved
    )
    assert not [m for m in corrected.mentions if m.party_id == merged.id]


def test_rename_retype_and_split_alias(analysed) -> None:
    article, machine = analysed
    halvorsen = party_named(machine, "Sigrid Halvorsen")
    assert "Halvorsen" in halvorsen.aliases
    corrections = [
        party_correction(article, party_named(machine, "Officials from two delegations"), party_type="group"),
        party_correction(
            article, party_named(machine, "European Commission"), rename="the Commission's services"
        ),
        party_correction(article, halvorsen, split_alias="Halvorsen"),
    ]
    corrected, report = apply_corrections(article, machine, corrections)
    assert not report.problems()
    assert party_named(corrected, "Officials from two delegations").type == "NORP"
    renamed = party_named(corrected, "the Commission's services")
    assert renamed.corrected and "European Commission" in renamed.aliases
    assert renamed.machine.name == "European Commission"
    split = [p for p in corrected.parties if p.name == "Halvorsen"]
    assert len(split) == 1 and split[0].id != halvorsen.id and split[0].corrected
    assert "Halvorsen" not in party_named(corrected, "Sigrid Halvorsen").aliases
    # Statements whose cue attaches to the bare surname now belong to the new party.
    said_as_surname = [
        s
        for s in machine.statements
        if s.party_id == halvorsen.id
        and s.speaker_span
        and article.text[slice(*s.speaker_span)] == "Halvorsen"
    ]
    assert said_as_surname
    for statement in said_as_surname:
        assert _statement_with(corrected, article, statement.text).party_id == split[0].id


def test_corrections_apply_in_the_order_they_were_made(analysed) -> None:
    article, machine = analysed
    span = _words(article, WORKING_PAPER)
    first = statement_correction(article, *span, stance="claim")
    second = replace(statement_correction(article, *span, stance="refusal"), created="9" + first.created[1:])
    corrected, _ = apply_corrections(article, machine, [second, first])
    statement = _statement_with(corrected, article, WORKING_PAPER)
    assert statement.stance == "refusal" and statement.machine.stance == "denial"


def test_a_correction_with_nothing_left_to_change_is_reported_not_dropped(analysed) -> None:
    article, machine = analysed
    merge = party_correction(article, party_named(machine, "Faroese government"), merge_into="No Such Party")
    corrected, report = apply_corrections(article, machine, [merge])
    assert corrected == machine
    assert [c.id for c, _ in report.unapplied] == [merge.id]
    assert "No Such Party" in report.problems()[0]


@pytest.mark.parametrize(
    "changes, problem",
    [
        ({"stance": "maybe"}, "not one of claim, denial"),
        ({"kind": "rumour"}, "not one of direct, indirect, mixed"),
        ({}, "nothing to correct"),
        ({"not_a_statement": True, "stance": "claim"}, "takes no other change"),
    ],
)
def test_bad_statement_corrections_are_refused(analysed, changes, problem) -> None:
    article, _ = analysed
    with pytest.raises(CorrectionError, match=problem):
        statement_correction(article, *_words(article, WORKING_PAPER), **changes)


def test_bad_party_corrections_are_refused(analysed) -> None:
    article, machine = analysed
    party = party_named(machine, "Sigrid Halvorsen")
    with pytest.raises(CorrectionError, match="no alias"):
        party_correction(article, party, split_alias="Siggi")
    with pytest.raises(CorrectionError, match="into itself"):
        party_correction(article, party, merge_into="sigrid  halvorsen")
    with pytest.raises(CorrectionError, match="not one of person"):
        party_correction(article, party, party_type="planet")


def test_a_correction_still_applies_to_a_new_analyser_versions_output(analysed) -> None:
    """Corrections hold on to the words, not to the analysis: a new version that draws the
    statement a little differently and finds it by another cue still gets it."""
    article, machine = analysed
    correction = statement_correction(article, *_words(article, WORKING_PAPER), stance="claim")
    old = _statement_with(machine, article, WORKING_PAPER)
    redrawn = replace(old, start=old.start + 4, text=article.text[old.start + 4 : old.end], cue="told")
    newer = replace(
        machine,
        analyzer_version="99",
        statements=tuple(redrawn if s is old else s for s in machine.statements),
    )
    corrected, report = apply_corrections(article, newer, [correction])
    statement = _statement_with(corrected, article, "working paper")
    assert statement.stance == "claim" and statement.machine == redrawn
    assert corrected.analyzer_version == "99" and report.applied == [correction]


def test_a_party_the_analyst_made_can_be_corrected_and_the_status_line_says_what_the_machine_had(
    analysed,
) -> None:
    article, machine = analysed
    new_speaker = statement_correction(article, *_words(article, WORKING_PAPER), speaker="Kari Nordmann")
    corrected, _ = apply_corrections(article, machine, [new_speaker])
    made = party_named(corrected, "Kari Nordmann")
    retype = party_correction(article, made, party_type="organisation", analysis=corrected)
    again, report = apply_corrections(article, machine, [new_speaker, retype])
    assert not report.problems() and party_named(again, "Kari Nordmann").type == "ORG"

    statement = _statement_with(again, article, WORKING_PAPER)
    assert machine_said(statement) == "indirect denial by senior Norwegian official"
    assert machine_said(party_named(again, "Kari Nordmann")) == "the analyst made this party"
    assert machine_said(_statement_with(again, article, SIDE_DEAL)) is None


def test_an_empty_speaker_means_nobody_is_named(analysed) -> None:
    article, machine = analysed
    correction = statement_correction(article, *_words(article, WORKING_PAPER), speaker="")
    corrected, _ = apply_corrections(article, machine, [correction])
    statement = _statement_with(corrected, article, WORKING_PAPER)
    assert (statement.speaker, statement.party_id, statement.speaker_span) == (None, None, None)
    assert statement.machine.speaker == "senior Norwegian official"
