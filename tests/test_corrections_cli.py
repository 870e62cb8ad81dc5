"""`briefing correct`, `corrections list|remove`, `gold`, and corrections in `analyze` and `export`:
the real analyser on the sample articles and a real notes file in a temporary folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.evaluate import parse_gold, score
from briefing.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"
MACKEREL = "01-wire-mackerel-talks.txt"
SEABED = "02-press-briefing-seabed-mining.txt"
WORKING_PAPER = "the annex was a working paper"  # machine: a denial by a senior Norwegian official


@pytest.fixture()
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "notes.json"
    monkeypatch.setenv("BRIEFING_DB", str(path))
    return path


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    copy = tmp_path / MACKEREL
    shutil.copyfile(SAMPLES / MACKEREL, copy)
    return copy


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _correct(capsys, *argv: str) -> str:
    status, out, err = _run(capsys, "correct", *argv)
    assert status == 0, err
    return out.strip()


def _analysed(capsys, source: Path, *options: str) -> dict:
    status, out, err = _run(capsys, "analyze", str(source), "--format", "json", *options)
    assert status == 0, err
    return json.loads(out)


def _statement_with(record: dict, words: str) -> dict:
    [found] = [s for s in record["statements"] if words in s["text"]]
    return found


def test_a_stance_and_speaker_correction_shows_in_analyze_with_the_machine_values(
    article: Path, db: Path, capsys
) -> None:
    correction_id = _correct(
        capsys, str(article), "--quote", WORKING_PAPER, "--stance", "claim", "--speaker", "Sigrid Halvorsen"
    )
    assert len(correction_id) == 32

    statement = _statement_with(_analysed(capsys, article), WORKING_PAPER)
    assert statement["corrected"] is True
    assert (statement["stance"], statement["speaker"]) == ("claim", "Sigrid Halvorsen")
    assert (statement["machine"]["stance"], statement["machine"]["speaker"]) == (
        "denial",
        "senior Norwegian official",
    )
    machine = _analysed(capsys, article, "--machine-only")
    assert _statement_with(machine, WORKING_PAPER)["stance"] == "denial"
    assert not any("corrected" in s for s in machine["statements"])
    # The cache keeps the analysis as the machine made it.
    cached = json.loads(db.with_name("notes.cache.json").read_text(encoding="utf-8"))
    [entry] = cached["analyses"].values()
    assert not any(s.get("corrected") for s in entry["statements"])


def test_party_corrections_from_the_command_line(article: Path, db: Path, capsys) -> None:
    _correct(capsys, str(article), "--party", "Faroese government", "--merge-into", "Faroe Islands")
    _correct(capsys, str(article), "--party", "Officials from two delegations", "--type", "group")
    _correct(capsys, str(article), "--party", "Reykjavik", "--rename", "City of Reykjavik")
    _correct(capsys, str(article), "--party", "Sigrid Halvorsen", "--split-alias", "Halvorsen")

    parties = {p["name"]: p for p in _analysed(capsys, article)["parties"]}
    merged, group = parties["Faroe Islands"], parties["Officials from two delegations"]
    assert "Faroese government" not in parties and "Faroese government" in merged["aliases"]
    assert group["type"] == "NORP" and group["machine"]["type"] == "PERSON"
    assert "Reykjavik" in parties["City of Reykjavik"]["aliases"]
    assert parties["Halvorsen"]["corrected"] is True and parties["Halvorsen"]["machine"] is None
    assert merged["corrected"] and group["corrected"]


def test_add_a_missed_statement_and_strike_one_out(article: Path, db: Path, capsys) -> None:
    missed = "The dispute centres on a two-page annex"
    _correct(capsys, str(article), "--quote", missed, "--add", "--speaker", "Iceland")
    _correct(capsys, str(article), "--quote", WORKING_PAPER, "--not-a-statement")

    record = _analysed(capsys, article)
    added = _statement_with(record, missed)
    assert added["corrected"] is True and added["machine"] is None and added["speaker"] == "Iceland"
    assert added["kind"] == "indirect" and added["stance"] == "claim"
    assert not [s for s in record["statements"] if WORKING_PAPER in s["text"]]


def test_a_new_speaker_and_a_span(article: Path, db: Path, capsys) -> None:
    shorter = "There is no side deal, there has never been a side deal"
    _correct(capsys, str(article), "--quote", shorter, "--span", "--kind", "direct")
    _correct(capsys, str(article), "--quote", WORKING_PAPER, "--speaker", "Kari Nordmann", "--new-speaker")
    record = _analysed(capsys, article)
    assert _statement_with(record, "There is no side deal")["text"] == shorter
    assert _statement_with(record, WORKING_PAPER)["speaker"] == "Kari Nordmann"
    assert "Kari Nordmann" in {p["name"] for p in record["parties"]}


def test_list_and_remove(article: Path, db: Path, capsys) -> None:
    first = _correct(capsys, str(article), "--quote", WORKING_PAPER, "--stance", "refusal")
    second = _correct(capsys, str(article), "--party", "Officials from two delegations", "--type", "group")

    status, out, _ = _run(capsys, "corrections", "list", str(article), "--json")
    records = {r["id"]: r for r in json.loads(out)}
    assert status == 0 and set(records) == {first, second}
    assert records[first]["quote"] == WORKING_PAPER and records[first]["stance"] == "refusal"
    assert records[first]["orphaned"] is False and records[second]["party_type"] == "NORP"
    status, out, _ = _run(capsys, "corrections", "list")
    lines = out.splitlines()
    assert status == 0 and lines[0] == str(article) and len(lines) == 3
    assert any("stance → refusal" in line for line in lines)

    assert _run(capsys, "corrections", "remove", first[:12])[:2] == (0, f"removed {first}\n")
    status, _, err = _run(capsys, "corrections", "remove", first)
    assert status == 2 and err.count("\n") == 1 and "no correction has id" in err
    assert [c.id for c in Store(db).all_corrections()] == [second]


def test_the_correction_follows_an_edited_text_and_an_orphan_is_kept(article: Path, db: Path, capsys) -> None:
    correction_id = _correct(capsys, str(article), "--quote", WORKING_PAPER, "--stance", "claim")
    text = article.read_text(encoding="utf-8")
    edited = text.replace("\n\n", "\n\nAn editor's note added at the top of the story.\n\n", 1)
    edited = edited.replace("fisheries scientists", "fishery scientists")
    article.write_text(edited, encoding="utf-8")

    statement = _statement_with(_analysed(capsys, article), WORKING_PAPER)
    assert statement["corrected"] is True and statement["stance"] == "claim"
    assert edited[statement["start"] :].startswith(WORKING_PAPER)
    [record] = json.loads(_run(capsys, "corrections", "list", str(article), "--json")[1])
    assert record["orphaned"] is False and edited[record["start"] : record["end"]] == WORKING_PAPER
    assert record["start"] > text.index(WORKING_PAPER)

    paragraph = next(p for p in edited.split("\n\n") if WORKING_PAPER in p)
    article.write_text(edited.replace(paragraph, "The paragraph was cut."), encoding="utf-8")
    status, out, err = _run(capsys, "analyze", str(article))
    assert status == 0 and f"correction {correction_id[:12]} is orphaned" in err
    [record] = json.loads(_run(capsys, "corrections", "list", str(article), "--json")[1])
    assert record["id"] == correction_id and record["orphaned"] is True and record["quote"] == WORKING_PAPER


def test_export_applies_corrections(article: Path, db: Path, capsys) -> None:
    _correct(
        capsys, str(article), "--quote", WORKING_PAPER, "--stance", "claim", "--speaker", "Sigrid Halvorsen"
    )
    status, out, err = _run(capsys, "export", str(article), "--format", "json", "-o", "-")
    assert status == 0, err
    [content] = json.loads(out)["articles"]
    said = {
        (group["party"], stance["stance"], statement["text"][: len(WORKING_PAPER)])
        for group in content["who_said_what"]
        for stance in group["stances"]
        for statement in stance["statements"]
    }
    assert ("Sigrid Halvorsen", "claim", WORKING_PAPER) in said
    assert not [entry for entry in said if entry[2] == WORKING_PAPER and entry[0] != "Sigrid Halvorsen"]


def _figures(report: dict) -> list[float | None]:
    """Every figure `eval --json` gives, for both views."""
    values = []
    for view in ("direct", "all"):
        data = report[view]
        for group in ("quotes", "exact", "end_to_end"):
            values += data[group].values()
        values += [data["speaker_accuracy"], data["stance"]["accuracy"], data["stance"]["macro_f1"]]
        values += data["stance"]["f1"].values()
    return values


def test_gold_scored_by_eval_against_the_same_analysis_is_one_everywhere(
    tmp_path: Path, db: Path, capsys
) -> None:
    sources = [str(SAMPLES / MACKEREL), str(SAMPLES / SEABED)]
    gold = tmp_path / "gold"
    status, out, err = _run(capsys, "gold", *sources, "-o", str(gold))
    assert status == 0, err
    assert sorted(Path(line).name for line in out.split()) == sorted(Path(s).stem + ".json" for s in sources)

    status, out, err = _run(capsys, "eval", str(gold), "--json")
    assert status == 0, err
    report = json.loads(out)
    assert report["documents"] == 2 and report["all"]["gold"] > 20
    figures = _figures(report)
    assert all(value == 1.0 for value in figures if value is not None)
    assert sum(value is not None for value in figures) >= 20


def test_gold_holds_the_corrections_and_scores_one_against_the_corrected_analysis(
    tmp_path: Path, article: Path, db: Path, capsys
) -> None:
    _correct(
        capsys, str(article), "--quote", WORKING_PAPER, "--stance", "claim", "--speaker", "Sigrid Halvorsen"
    )
    _correct(capsys, str(article), "--quote", "The dispute centres on a two-page annex", "--add")
    gold = tmp_path / "gold"
    assert _run(capsys, "gold", str(article), "-o", str(gold))[0] == 0
    gold_file = gold / f"{article.stem}.json"
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    corrected = [s for s in _analysed(capsys, article)["statements"]]
    from briefing.model import Statement

    report = score(
        [parse_gold(data, str(gold_file))], [[Statement.from_dict(s) for s in corrected]]
    ).to_dict()
    assert all(value == 1.0 for value in _figures(report) if value is not None)

    # Scored against the machine, the gold finds exactly what the analyst corrected.
    status, out, _ = _run(capsys, "eval", str(gold), "--json", "--verbose")
    [document] = json.loads(out)["findings"]
    found = {(f["what"], f["excerpt"][:20]) for f in document["findings"]}
    assert found == {
        ("wrong speaker", WORKING_PAPER[:20]),
        ("wrong stance", WORKING_PAPER[:20]),
        ("miss", "The dispute centres "),
    }

    before = gold_file.read_bytes()
    status, _, err = _run(capsys, "gold", str(article), "-o", str(gold))
    assert status == 2 and err.count("\n") == 1 and "already exists" in err
    assert gold_file.read_bytes() == before


@pytest.mark.parametrize(
    "argv, problem",
    [
        (["--quote", "words the article never says", "--stance", "claim"], "the quote is not in the text"),
        (["--quote", WORKING_PAPER, "--stance", "maybe"], "stance 'maybe' is not one of claim, denial"),
        (["--quote", WORKING_PAPER, "--speaker", "Nobody Atall"], "no party named 'Nobody Atall'"),
        (["--quote", WORKING_PAPER, "--kind", "rumour"], "kind 'rumour' is not one of"),
        (
            ["--quote", "The dispute centres on a two-page annex", "--stance", "claim"],
            "no statement at these words",
        ),
        (["--quote", WORKING_PAPER, "--rename", "X"], "correct a --party"),
        (["--party", "Nobody Atall", "--rename", "X"], "no party named 'Nobody Atall'"),
        (
            ["--party", "Faroese government", "--merge-into", "Nobody Atall"],
            "no party named 'Nobody Atall' to merge into",
        ),
        (["--party", "Faroese government", "--type", "planet"], "type 'planet' is not one of"),
        (["--party", "Faroese government", "--stance", "claim"], "correct a --quote"),
        (["--party", "Faroese government"], "a party correction is one of"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    article: Path, db: Path, capsys, argv: list[str], problem: str
) -> None:
    status, out, err = _run(capsys, "correct", str(article), *argv)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and problem in err and str(article) in err and "Traceback" not in err
    assert not db.parent.exists() or not list(db.parent.iterdir())


def test_corrections_of_a_source_that_is_gone_are_still_listed(article: Path, db: Path, capsys) -> None:
    correction_id = _correct(capsys, str(article), "--quote", WORKING_PAPER, "--stance", "claim")
    article.unlink()
    status, out, err = _run(capsys, "corrections", "list", str(article), "--json")
    assert status == 2 and err.count("\n") == 1 and str(article) in err
    assert [r["id"] for r in json.loads(out)] == [correction_id]


def test_a_corrupt_notes_file_stops_analyze_with_one_line_and_is_left_alone(
    article: Path, db: Path, capsys
) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b'{"meta": {"schema": {"version": 1}}, "corrections": {"a": ')
    status, out, err = _run(capsys, "analyze", str(article))
    assert status == 2 and out == "" and err.count("\n") == 1 and str(db) in err and "not valid JSON" in err
    assert _run(capsys, "analyze", str(article), "--machine-only")[0] == 0
    assert db.read_bytes() == b'{"meta": {"schema": {"version": 1}}, "corrections": {"a": '


def test_names_with_terminal_controls_never_reach_the_terminal_raw(article: Path, db: Path, capsys) -> None:
    hostile = "Red \x1b[31mAlert\x07 \u202eMan"
    _correct(capsys, str(article), "--quote", WORKING_PAPER, "--speaker", hostile, "--new-speaker")
    status, out, _ = _run(capsys, "corrections", "list")
    assert status == 0 and "Red" in out and "Alert" in out
    for raw in ("\x1b", "\x07", "\u202e"):
        assert raw not in out
    status, out, err = _run(capsys, "correct", str(article), "--party", hostile + " Jr", "--rename", "X")
    assert status == 2 and err.count("\n") == 1 and "\x1b" not in err and "\u202e" not in err
    status, out, _ = _run(capsys, "corrections", "list", "--json")
    assert "\x1b" not in out and "\u202e" not in out and json.loads(out)[0]["speaker"] == hostile
