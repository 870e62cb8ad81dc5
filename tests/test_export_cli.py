"""``briefing export`` from the command line: notes from a real store in tmp_path, real sample files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.anchoring import new_annotation
from briefing.cli import main
from briefing.ingest import load_file
from briefing.model import Analysis, Article, Party, Statement
from briefing.store import Store

MACKEREL = "01-wire-mackerel-talks.txt"
SEABED = "02-press-briefing-seabed-mining.txt"
DANUBE = "04-profile-danube-negotiation.txt"
DENIAL = "There is no side deal, there has never been a side deal"


def seed_analysis(store: Store, article: Article) -> None:
    """Cache a hand-built analysis so the export needs no spaCy."""
    from briefing.nlp.analyze import ANALYZER_VERSION  # does not import spaCy

    start = article.text.find(DENIAL)
    if start < 0:
        statements: tuple[Statement, ...] = ()
        parties: tuple[Party, ...] = ()
    else:
        parties = (Party("p1", "Sigrid Halvorsen", "PERSON"),)
        statements = (
            Statement(
                start, start + len(DENIAL), DENIAL, "direct", "denial", "Sigrid Halvorsen", "p1", cue="said"
            ),
        )
    store.save_analysis(Analysis(article.id, ANALYZER_VERSION, parties=parties, statements=statements))


@pytest.fixture
def workspace(tmp_path: Path, samples: Path) -> dict[str, Path]:
    """Three sample articles copied to tmp_path, notes on two of them, in a notes file of its own."""
    paths = {}
    for name in (MACKEREL, SEABED, DANUBE):
        paths[name] = tmp_path / "articles" / name
        paths[name].parent.mkdir(exist_ok=True)
        shutil.copy(samples / name, paths[name])
    db = tmp_path / "notes.json"
    notes = {MACKEREL: ("no side deal", "# Flat denial <script>x</script>"), SEABED: ("no talks", "Narrow.")}
    with Store(db) as store:
        for name, path in paths.items():
            article = load_file(path)
            seed_analysis(store, article)
            if name in notes:
                words, note = notes[name]
                start = article.text.index(words)
                store.add_annotation(
                    new_annotation(article, start, start + len(words), note=note, tags=["t"])
                )
    return {"db": db, "out": tmp_path / "out" / "notes.md", **paths}


def run(workspace: dict[str, Path], *args: str) -> int:
    return main(["export", "--db", str(workspace["db"]), *args])


def analyser_present() -> bool:
    try:
        import briefing.nlp.analyze  # noqa: F401
    except ImportError:
        return False
    return True


def test_export_one_article_to_a_file(workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(workspace, str(workspace[MACKEREL]), "-o", str(workspace["out"])) == 0
    markdown = workspace["out"].read_text(encoding="utf-8")
    assert markdown.startswith("---\ntitle: ")
    said = "Sigrid Halvorsen, ✗ denial · " if analyser_present() else ""
    assert (
        f"> no side deal\n>\n> — {said}2026-03-03 · `{workspace[MACKEREL]}`, ¶4\n\n"
        "\\# Flat denial \\<script\\>x\\</script\\>\n\nTags: #t\n"
    ) in markdown
    captured = capsys.readouterr()
    assert captured.out == ""  # standard output is only ever the export itself (-o -)
    assert captured.err.splitlines() == [
        f"wrote {workspace['out']} (1 article, 1 note; created the folder {workspace['out'].parent})"
    ]


def test_an_existing_file_is_kept_without_force(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace["out"].parent.mkdir()
    workspace["out"].write_text("the colleague's copy\n", encoding="utf-8")
    assert run(workspace, str(workspace[MACKEREL]), "-o", str(workspace["out"])) == 2
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if "already exists" in line] == [
        f"briefing: {workspace['out']}: already exists (use --force to overwrite it)"
    ]
    assert workspace["out"].read_text(encoding="utf-8") == "the colleague's copy\n"
    assert run(workspace, str(workspace[MACKEREL]), "-o", str(workspace["out"]), "--force") == 0
    assert "no side deal" in workspace["out"].read_text(encoding="utf-8")


def test_dash_prints_and_writes_nothing(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(workspace, str(workspace[SEABED]), "-o", "-") == 0
    out = capsys.readouterr().out
    assert out.startswith("---\n") and "Narrow." in out
    assert not workspace["out"].parent.exists()


def test_no_source_exports_every_article_with_notes(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(workspace, "-o", "-") == 0
    out = capsys.readouterr().out
    assert "## Contents" in out
    assert "Mackerel talks stall" in out and "State Department says no talks" in out
    assert "Iron Gates" not in out  # the Danube article has no notes


def test_only_annotated_leaves_out_articles_without_notes(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(workspace[DANUBE].parent)
    assert run(workspace, folder, "-o", "-") == 0
    assert "Iron Gates" in capsys.readouterr().out
    assert run(workspace, folder, "--only-annotated", "-o", "-") == 0
    out = capsys.readouterr().out
    assert "Iron Gates" not in out and "Mackerel talks stall" in out


def test_json_format_is_data(workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(workspace, str(workspace[MACKEREL]), "--format", "json", "-o", "-") == 0
    data = json.loads(capsys.readouterr().out)
    [article] = data["articles"]
    assert article["notes"][0]["note"] == "# Flat denial <script>x</script>"
    assert article["notes"][0]["paragraph"] == 4


def test_a_missing_source_is_one_line_and_the_rest_is_exported(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = workspace["db"].parent / "gone.txt"
    assert run(workspace, str(missing), str(workspace[SEABED]), "-o", "-") == 2
    captured = capsys.readouterr()
    assert len([line for line in captured.err.splitlines() if "gone.txt" in line]) == 1
    assert "Traceback" not in captured.err
    assert "Narrow." in captured.out


def test_default_path_under_the_documents_folder(
    workspace: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = workspace["db"].parent / "Documents"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    assert not documents.exists()
    assert run(workspace, str(workspace[SEABED])) == 0
    [written] = (documents / "briefing-notes").iterdir()
    # Dated, named after the title, cut at a whole word:
    assert written.name.endswith("-state-department-says-no-talks-with-miners-on-pacific-seabed.md")
    folder = documents / "briefing-notes"
    assert capsys.readouterr().err.splitlines() == [
        f"wrote {written} (1 article, 1 note; created the folder {folder})"
    ]
    assert run(workspace, str(workspace[SEABED])) == 2  # the same name again: refused
    capsys.readouterr()
    assert run(workspace, str(workspace[SEABED]), "--force") == 0
    assert capsys.readouterr().err.splitlines() == [
        f"wrote {written} (1 article, 1 note)"
    ]  # the folder was there


def headings_of(markdown: str) -> list[str]:
    return [
        line
        for line in markdown.splitlines()
        if line.startswith("#") and " " in line and set(line.split(" ")[0]) == {"#"}
    ]


def test_the_appendix_comes_with_one_article_unless_asked_not_to(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(workspace, str(workspace[MACKEREL]), "-o", "-") == 0
    assert "## Appendix: who said what" in headings_of(capsys.readouterr().out)
    assert run(workspace, str(workspace[MACKEREL]), "--without-analysis", "-o", "-") == 0
    out = capsys.readouterr().out
    assert [line for line in headings_of(out) if line.startswith("##")] == ["## Notes"]
    if analyser_present():  # the analysis still says who said the noted words
        assert "> — Sigrid Halvorsen, ✗ denial · " in out


def test_a_briefing_is_the_notes_unless_the_appendix_is_asked_for(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(workspace, "-o", "-") == 0
    out = capsys.readouterr().out
    assert "## Contents" in out and "## Appendix: who said what" not in headings_of(out)
    assert run(workspace, "--with-analysis", "-o", "-") == 0
    out = capsys.readouterr().out
    assert "## Appendix: who said what" in headings_of(out)
    assert out.index("Narrow.") < out.index("## Appendix: who said what")  # every note before the analysis


def test_several_sources_give_the_parties_across_articles_then_the_disputes(
    workspace: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    sources = [str(workspace[name]) for name in (MACKEREL, SEABED, DANUBE)]
    assert run(workspace, *sources, "-o", "-") == 0
    out = capsys.readouterr().out
    sections = [line for line in out.splitlines() if line.startswith("## ")]
    assert sections[-2:] == ["## Parties across the briefing", "## Disputes"]
    assert out.index("Narrow.") < out.index("## Parties across the briefing")  # the notes come first
    parties = out.split("## Parties across the briefing", 1)[1].split("## Disputes", 1)[0]
    assert "### Sigrid Halvorsen" in parties and "Person, in 1 article: 1 denial." in parties
    assert f"- ✗ “{DENIAL}”" in parties


def test_with_the_real_analysis_every_statement_is_quoted_word_for_word(
    tmp_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No cached analysis: the export runs the analyser, caches it, and quotes what it found."""
    from markdown_it import MarkdownIt

    from briefing.nlp.analyze import ANALYZER_VERSION

    source = tmp_path / SEABED
    shutil.copy(samples / SEABED, source)
    db = tmp_path / "notes.json"
    article = load_file(source)
    with Store(db) as store:
        start = article.text.index("no talks")
        store.add_annotation(new_annotation(article, start, start + 8, note="Narrow."))
    assert main(["export", "--db", str(db), str(source), "-o", "-"]) == 0
    markdown = capsys.readouterr().out
    with Store(db) as store:
        analysis = store.cached_analysis(article.id, ANALYZER_VERSION)
    assert analysis is not None and analysis.statements, "the analysis was not cached, or found nothing"
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown.split("---\n", 2)[2])
    assert not {"html_block", "html_inline", "fence", "code_block"} & {t.type for t in tokens}
    seen = "\n".join(
        "".join("\n" if c.type in ("softbreak", "hardbreak") else c.content for c in t.children or [])
        for t in tokens
        if t.type == "inline"
    )
    for statement in analysis.statements:
        for line in article.text[statement.start : statement.end].split("\n"):
            assert line.strip() in seen, statement
    for party in {s.speaker for s in analysis.statements if s.speaker}:
        assert f"— {party}" in seen
