"""``briefing parties``, ``disputes``, ``save``/``library``/``open`` and ``eval --disputes``,
on the bundled Sines port samples (real spaCy) and on the team corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main

REPO = Path(__file__).resolve().parents[1]
SINES = sorted(str(p) for p in (REPO / "sample_articles").glob("1[0-3]-sines-port-*.html"))
PAIRS = REPO / "tests" / "golden" / "disputes"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "notes.json"
    monkeypatch.setenv("BRIEFING_DB", str(path))
    return path


def _records(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(list(argv)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_parties_follows_one_person_across_outlets_and_keeps_namesakes_apart(db: Path, capsys) -> None:
    assert len(SINES) == 4
    parties = {p["name"]: p for p in _records(capsys, "parties", *SINES, "--json")}
    hale = parties["Thomas Hale"]
    assert "Tom Hale" in hale["aliases"] and len(hale["articles"]) == 2
    assert hale["counts"]["refusal"] >= 1
    assert {s["article_id"] for s in hale["statements"]} == set(hale["articles"])
    assert len(parties["Rui Teixeira"]["articles"]) == 3
    assert len(parties["United States"]["articles"]) == 4
    assert parties["Laura Brandt"]["articles"] != parties["Oskar Brandt"]["articles"]
    calado = parties["Inês Calado"]  # "Calado", which the model took for an organisation, joins her
    assert len(calado["articles"]) == 2 and calado["type"] == "PERSON"


def test_disputes_sets_the_claim_beside_the_denial_in_another_outlet(db: Path, capsys) -> None:
    disputes = _records(capsys, "disputes", *SINES, "--json")
    assert disputes
    linked = {
        (d["assertion"]["party"], d["response"]["party"], d["response"]["stance"], d["response"]["outlet"])
        for d in disputes
    }
    assert ("Portugal’s main opposition party", "United States", "denial", "Meridian Wire") in linked
    for dispute in disputes:
        assert dispute["reason"] and dispute["assertion"]["party_id"] != dispute["response"]["party_id"]
        for side in ("assertion", "response"):
            assert set(dispute[side]) >= {"article_id", "start", "end", "text", "outlet", "date", "stance"}


def test_saved_briefing_is_listed_and_reopens_without_its_files(db: Path, tmp_path: Path, capsys) -> None:
    copies = []
    for source in SINES[:2]:
        copy = tmp_path / Path(source).name
        copy.write_bytes(Path(source).read_bytes())
        copies.append(str(copy))
    assert main(["save", "sines", *copies]) == 0
    assert "saved briefing sines (2 articles)" in capsys.readouterr().out
    for copy in copies:
        Path(copy).unlink()
    records = _records(capsys, "library", "--json")
    assert [r["name"] for r in records if r["kind"] == "briefing"] == ["sines"]
    outlets = {r["outlet"] for r in records if r["kind"] == "article"}
    assert outlets == {"The Lisbon Observer", "Meridian Wire"}
    assert main(["open", "no-such-briefing"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no briefing named 'no-such-briefing'" in err[0]


def test_missing_source_is_one_line_and_exit_2(db: Path, tmp_path: Path, capsys) -> None:
    assert main(["parties", str(tmp_path / "gone.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "gone.txt" in err[0]


def _scores(capsys, *argv: str) -> dict:
    assert main(["eval", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["disputes"]


def test_dispute_links_on_the_samples_hold_the_measured_floor(db: Path, capsys) -> None:
    scores = _scores(capsys, "--disputes", str(PAIRS / "sines-port.json"))
    # The headlines are the pages' titles, not their text, so the gold holds no pair on them.
    assert scores["gold_pairs"] == 46
    # Measured: 9 of 46 gold pairs among 21 predicted (precision 0.429, recall 0.196);
    # 7 of the 12 answers linked to a claim they answer. (Before "the company" was resolved to the
    # company the article names: 8 of 16, 6 of 12; the operator's answers now reach the linker.)
    assert scores["matched"] >= 9 and scores["precision"] >= 9 / 21 - 1e-9
    assert scores["responses_linked"] >= 7


def test_dispute_links_on_the_team_corpus_hold_the_measured_floor(shared_corpus: Path, capsys) -> None:
    scores = _scores(capsys, str(shared_corpus / "gold"), "--disputes", str(PAIRS / "corpus.json"))
    assert scores["gold_pairs"] == 46
    # Measured with the analyser of issue 9: 10 of 46 gold pairs among 42 predicted (precision 0.238,
    # recall 0.217); 6 of the 13 answers linked to a claim they answer.
    assert scores["matched"] >= 10 and scores["precision"] >= 10 / 42 - 1e-9
    assert scores["responses_linked"] >= 6


def test_parties_on_real_articles_merge_one_envoy_named_several_ways(
    db: Path, shared_corpus: Path, capsys
) -> None:
    parties = _records(capsys, "parties", str(shared_corpus / "text" / "seed-iran-malley.txt"), "--json")
    malley = [p for p in parties if p["name"].endswith("Malley")]
    assert len(malley) == 1
    assert sum(p["counts"]["denial"] for p in parties) >= 1


def test_a_pairs_file_naming_a_missing_gold_id_is_one_line(tmp_path: Path, capsys) -> None:
    pairs = tmp_path / "pairs.json"
    pairs.write_text(json.dumps({"articles": {"a": {"gold": "nope"}}, "matters": []}), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--disputes", str(pairs)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no gold file 'nope'" in err[0]


def test_disputes_on_a_real_article_set_the_report_beside_the_mission_s_denial(
    db: Path, shared_corpus: Path, capsys
) -> None:
    disputes = _records(capsys, "disputes", str(shared_corpus / "text" / "seed-iran-malley.txt"), "--json")
    linked = {(d["assertion"]["party"], d["response"]["party"], d["response"]["stance"]) for d in disputes}
    assert any(a == "Iran International" and "Iran’s mission" in r and s == "denial" for a, r, s in linked)
    assert any(a == "Iran International" and r == "Ned Price" and s == "non_denial" for a, r, s in linked)
    assert all(d["same_article"] for d in disputes)


def test_an_unreadable_library_costs_one_line_not_the_parties(db: Path, capsys) -> None:
    library = db.with_name("notes.library.json")
    library.write_text("{broken", encoding="utf-8")
    assert main(["parties", SINES[0], "--json"]) == 0
    captured = capsys.readouterr()
    assert any(json.loads(line)["name"] == "Rui Teixeira" for line in captured.out.splitlines())
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "notes.library.json" in err[0] and "not kept" in err[0]
    assert library.read_text(encoding="utf-8") == "{broken"


def test_the_export_sections_render_the_sample_story_as_markdown() -> None:
    from markdown_it import MarkdownIt

    from briefing.cli_briefing import analysed
    from briefing.ingest import load_sources
    from briefing.morning import build_briefing, find_disputes, render_briefing_parties, render_disputes

    briefing = build_briefing(analysed(None, load_sources(SINES).articles))
    parties = render_briefing_parties(briefing)
    disputes = render_disputes(briefing, find_disputes(briefing))
    headings = [
        token.content
        for token in MarkdownIt().parse(parties + "\n" + disputes)
        if token.type == "inline" and token.map and token.content and not token.content.startswith("-")
    ]
    for party in briefing.principal_parties():
        assert party.name in headings
    assert "Disputes" in headings
    assert "Meridian Wire, 2026-04-07" in disputes and "Linked because:" in disputes
    assert "Harbour & Freight Weekly" in parties
