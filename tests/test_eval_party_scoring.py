"""The party figures of ``briefing eval`` on hand-made gold and analyses (no spaCy)."""

from __future__ import annotations

from briefing.evaluate import GoldDoc, GoldQuote, format_table, score
from briefing.model import Party, Statement

TEXT = "Maria Okafor said the plan was dead. The ministry said talks would go on. Rain fell in Lagos."


def statement(words: str, party_id: str | None, speaker: str | None) -> Statement:
    start = TEXT.index(words)
    end = start + len(words)
    return Statement(start, end, words, "indirect", speaker=speaker, party_id=party_id)


PLAN = "the plan was dead"
TALKS = "talks would go on"


def gold(parties: dict[str, tuple[str, ...]]) -> GoldDoc:
    quotes = (
        GoldQuote(TEXT.index(PLAN), TEXT.index(PLAN) + len(PLAN), "indirect", "Maria Okafor", "claim"),
        GoldQuote(TEXT.index(TALKS), TEXT.index(TALKS) + len(TALKS), "indirect", "Ministry of Energy", None),
    )
    return GoldDoc("d1", "hand-made", None, TEXT, quotes, parties)


GOLD_PARTIES = {
    "Maria Okafor": ("Okafor",),
    "Ministry of Energy": ("the ministry",),
    "Nigeria": (),
}


def test_every_figure_on_a_hand_counted_document() -> None:
    parties = (
        Party("p1", "Maria Okafor", "PERSON", aliases=("Okafor",)),
        Party("p2", "Okafor", "PERSON"),  # the same person split off: a split and a name listed twice
        Party("p3", "Lagos", "GPE"),  # a place that speaks in the prediction but is no gold party
        Party("p4", "Nigeria", "GPE"),  # a real party that says nothing
    )
    statements = (statement(PLAN, "p1", "Maria Okafor"), statement(TALKS, "p3", "Lagos"))
    figures = score([gold(GOLD_PARTIES)], [statements], [parties]).parties.to_dict()
    assert figures == {
        "documents": 1,
        "speaking_predicted": 2,
        "speaking_gold": 2,
        "speaking_precision": 0.5,  # p1 names Maria Okafor; p3 names no gold party
        "speaking_recall": 0.5,  # Okafor is found as a party; the ministry is not
        "split": 1,  # Maria Okafor is matched by p1 and p2
        "duplicate_names": 2,  # p1 and p2 both carry "Okafor"
    }


def test_names_match_by_alias_case_and_apostrophe() -> None:
    parties = (Party("p1", "THE MINISTRY", "ORG"), Party("p2", "Maria Okafor", "PERSON"))
    statements = (statement(TALKS, "p1", "THE MINISTRY"), statement(PLAN, "p2", "Maria Okafor"))
    figures = score([gold(GOLD_PARTIES)], [statements], [parties]).parties.to_dict()
    assert figures["speaking_precision"] == 1.0
    assert figures["speaking_recall"] == 1.0
    assert figures["split"] == 0
    assert figures["duplicate_names"] == 0


def test_a_document_without_gold_parties_is_not_counted() -> None:
    parties = (Party("p1", "Lagos", "GPE"), Party("p2", "Lagos", "GPE"))
    statements = (statement(TALKS, "p1", "Lagos"),)
    figures = score([gold({})], [statements], [parties]).parties.to_dict()
    assert figures["documents"] == 0
    assert figures["speaking_precision"] is None
    assert figures["duplicate_names"] == 0


def test_the_table_and_json_carry_the_party_rows() -> None:
    parties = (Party("p1", "Maria Okafor", "PERSON"),)
    report = score([gold(GOLD_PARTIES)], [(statement(PLAN, "p1", "Maria Okafor"),)], [parties])
    table = format_table(report)
    assert "speaking party real" in table and "real speaker found" in table
    assert "actor split in two" in table and "name listed twice" in table
    assert report.to_dict()["parties"]["speaking_recall"] == 0.5


def test_an_unnamed_spokesman_speaks_for_the_party_it_is_listed_under() -> None:
    # "A ministry spokesman said talks would go on": the statement is listed under the ministry, so
    # the ministry is a speaking party and the gold ministry is found; the spokesman is no party.
    parties = (
        Party("p1", "Maria Okafor", "PERSON"),
        Party("p2", "Ministry of Energy", "ORG"),
        Party("p3", "spokesman for the Ministry of Energy", "PERSON", unnamed=True, parent_id="p2"),
    )
    statements = (
        statement(PLAN, "p1", "Maria Okafor"),
        statement(TALKS, "p3", "spokesman for the Ministry of Energy"),
    )
    figures = score([gold(GOLD_PARTIES)], [statements], [parties]).parties.to_dict()
    assert figures["speaking_predicted"] == 2
    assert figures["speaking_precision"] == 1.0
    assert figures["speaking_recall"] == 1.0


def test_an_unnamed_source_with_no_named_party_neither_speaks_nor_finds_a_gold_party() -> None:
    # A description that happens to carry a gold party's name is still no party of the list.
    parties = (
        Party("p1", "Maria Okafor", "PERSON"),
        Party("p2", "the ministry", "ORG", unnamed=True),
    )
    statements = (statement(PLAN, "p1", "Maria Okafor"), statement(TALKS, "p2", "the ministry"))
    figures = score([gold(GOLD_PARTIES)], [statements], [parties]).parties.to_dict()
    assert figures["speaking_predicted"] == 1  # only Maria Okafor: unnamed sources are listed apart
    assert figures["speaking_precision"] == 1.0
    assert figures["speaking_recall"] == 0.5  # the ministry is not found as a party


def test_the_legend_says_what_a_speaking_party_is() -> None:
    parties = (Party("p1", "Maria Okafor", "PERSON"),)
    table = format_table(score([gold(GOLD_PARTIES)], [(statement(PLAN, "p1", "Maria Okafor"),)], [parties]))
    assert "unnamed sources are none" in table
    assert "listed under" in table


def test_a_leading_the_is_no_part_of_a_name_compared() -> None:
    # "The Ministry of Energy" in the gold and "Ministry of Energy" predicted name one actor, as the
    # speaker score (which compares content words) already reads them.
    gold_parties = {"Maria Okafor": ("Okafor",), "The Ministry of Energy": ()}
    parties = (Party("p1", "Maria Okafor", "PERSON"), Party("p2", "Ministry of Energy", "ORG"))
    statements = (statement(PLAN, "p1", "Maria Okafor"), statement(TALKS, "p2", "Ministry of Energy"))
    figures = score([gold(gold_parties)], [statements], [parties]).parties.to_dict()
    assert figures["speaking_precision"] == 1.0
    assert figures["speaking_recall"] == 1.0


def test_a_leading_the_is_ignored_in_the_gold_name_only_not_in_a_description_alias() -> None:
    # Gold "Maria Okafor" also called "the Nigerian"; the group "Nigerian" is another actor.
    gold_parties = {"Maria Okafor": ("Okafor", "the Nigerian"), "Ministry of Energy": ("the ministry",)}
    parties = (Party("p1", "Maria Okafor", "PERSON"), Party("p2", "Nigerian", "ORG"))
    statements = (statement(PLAN, "p1", "Maria Okafor"),)
    figures = score([gold(gold_parties)], [statements], [parties]).parties.to_dict()
    assert figures["split"] == 0
