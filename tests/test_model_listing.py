"""The party a statement is listed under (briefing.model.listed_under): the one rule the Parties pane,
the export, the briefing and the scorer share."""

from __future__ import annotations

from briefing.model import UNNAMED_SOURCES, Analysis, Party, Statement, listed_under

MINISTRY = Party("p1", "Ministry of Fisheries", "ORG")
OKAFOR = Party("p2", "Maria Okafor", "PERSON")
SPOKESWOMAN = Party("p3", "spokeswoman for the Ministry of Fisheries", "PERSON", unnamed=True, parent_id="p1")
HER_AIDE = Party("p4", "aide to the spokeswoman", "PERSON", unnamed=True, parent_id="p3")
OFFICIAL = Party("p5", "senior official", "PERSON", unnamed=True)
LOOP_A = Party("p6", "one source", "PERSON", unnamed=True, parent_id="p7")
LOOP_B = Party("p7", "another source", "PERSON", unnamed=True, parent_id="p6")
PARTIES = (MINISTRY, OKAFOR, SPOKESWOMAN, HER_AIDE, OFFICIAL, LOOP_A, LOOP_B)


def test_a_named_party_is_its_own_row() -> None:
    assert listed_under(PARTIES, "p1") == "p1"
    assert listed_under(PARTIES, "p2") == "p2"


def test_an_unnamed_source_is_listed_under_the_named_party_it_speaks_for() -> None:
    assert listed_under(PARTIES, "p3") == "p1"
    assert listed_under(PARTIES, "p4") == "p1"  # up a chain of unnamed sources


def test_an_unnamed_source_that_speaks_for_no_named_party_is_listed_apart() -> None:
    assert listed_under(PARTIES, "p5") == UNNAMED_SOURCES
    assert listed_under(PARTIES, "p6") == UNNAMED_SOURCES  # a loop of parents ends, apart


def test_no_speaker_stays_none() -> None:
    assert listed_under(PARTIES, None) is None
    assert listed_under(PARTIES, "p99") == "p99"


def _said(start: int, party: Party) -> Statement:
    return Statement(start, start + 5, "words", "direct", speaker=party.name, party_id=party.id)


def test_an_analysis_lists_only_named_parties_and_keeps_every_statement() -> None:
    statements = (_said(0, SPOKESWOMAN), _said(10, OKAFOR), _said(20, OFFICIAL), _said(30, MINISTRY))
    analysis = Analysis("a1", "test", parties=PARTIES, statements=statements)
    assert [p.name for p in analysis.listed_parties()] == ["Ministry of Fisheries", "Maria Okafor"]
    assert analysis.statement_rows() == ["p1", "p2", UNNAMED_SOURCES, "p1"]
    ministry = analysis.statements_of("p1")
    assert [s.start for s in ministry] == [0, 30]
    assert ministry[0].speaker == "spokeswoman for the Ministry of Fisheries"  # her own words stay
    assert [s.start for s in analysis.statements_of(UNNAMED_SOURCES)] == [20]
    assert analysis.stance_counts("p1")["claim"] == 2
    assert sum(len(analysis.statements_of(row)) for row in ("p1", "p2", UNNAMED_SOURCES)) == 4
