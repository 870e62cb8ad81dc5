"""Markdown exports of the bundled samples, with notes added through the real store, against golden files.

The analyses are built by hand (the words each party said, found in the sample
text) so the golden files change only when the export changes, not when the
analyser does. To accept a deliberate change of format, run once with
``BRIEFING_UPDATE_GOLDEN=1`` and review the diff of ``tests/golden/``.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.anchoring import new_annotation
from briefing.export import ExportItem, render_json, render_markdown
from briefing.ingest import load_file
from briefing.model import Analysis, Article, Party, Statement
from briefing.store import Store

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
EXPORTED_AT = datetime(2026, 3, 16, 10, 0, tzinfo=UTC)

# Per sample: parties (id, name, type, aliases, roles), statements (party id, exact words, kind,
# stance, cue), and notes (exact words, note text, tags); an "orphan" note is made on words
# the stored article no longer has.
SAMPLES: dict[str, dict] = {
    "01-wire-mackerel-talks.txt": {
        "parties": [
            ("p1", "Sigrid Halvorsen", "PERSON", ("Halvorsen",), ("Norway’s chief fisheries negotiator",)),
            ("p2", "Eyjólfur Magnússon", "PERSON", ("Magnússon",), ("Iceland’s fisheries minister",)),
            ("p3", "European Commission", "ORG", ("Commission",), ()),
            ("p4", "Norway", "GPE", (), ()),
        ],
        "statements": [
            (
                "p1",
                "There is no side deal, there has never been a side deal, and anyone who has read the "
                "draft text knows it",
                "direct",
                "denial",
                "said",
            ),
            (
                "p2",
                "We came here to negotiate among five parties, not to be handed the leftovers of a "
                "conversation between two",
                "direct",
                "claim",
                "said",
            ),
            (
                "p3",
                "to confirm or deny that its officials had discussed a bilateral split with Norway",
                "indirect",
                "non_denial",
                "declined",
            ),
            (
                "p3",
                "I am not going to get into the details of papers that are circulating in corridors.",
                "direct",
                "refusal",
                "said",
            ),
            ("p4", "the accusation", "indirect", "denial", "denied"),
        ],
        "notes": [
            (
                "There is no side deal",
                "Flat denial. Compare with the annex:\n# is it *really* a `working paper`?\n"
                "<script>alert('x')</script> | not | a | table",
                ["annex", "norway"],
            ),
            ("declined to confirm or deny", "Not a denial. Ask DG MARE again on Friday.", ["eu"]),
        ],
    },
    "02-press-briefing-seabed-mining.txt": {
        "parties": [
            ("p1", "Dana Whitcombe", "PERSON", ("Whitcombe",), ("State Department spokeswoman",)),
            ("p2", "Hannah Okoro", "PERSON", ("Okoro",), ("Center for Maritime Futures",)),
            ("p3", "Fiji", "GPE", ("Fiji's foreign ministry",), ()),
        ],
        "statements": [
            (
                "p1",
                "The United States has not held any talks with any company about permits in international "
                "waters, and we are not going to,",
                "direct",
                "denial",
                "told reporters",
            ),
            (
                "p1",
                "I'm not going to get into details of the envoy's private meetings.",
                "direct",
                "refusal",
                "said",
            ),
            ("p1", "I have given you the answer I have,", "direct", "non_denial", "said"),
            (
                "p2",
                "She said there were no talks about permits. She did not say there were no meetings,",
                "direct",
                "claim",
                "said",
            ),
            ("p3", "studying it carefully.", "mixed", "confirmation", "said"),
        ],
        "notes": [
            (
                "She did not say there were no meetings",
                "Okoro is right: the denial covers *talks about permits*, not meetings.\n\n"
                "1. Ask for the Honolulu schedule.\n2. Check the Fiji readout.",
                ["follow-up"],
            ),
        ],
    },
    "03-briefing-carbon-market-link.md": {
        "parties": [
            ("p1", "Marcus Ellery", "PERSON", ("Ellery",), ("UK minister responsible for the talks",)),
            ("p2", "Anneke Vos", "PERSON", ("Vos",), ("the European Commission's lead negotiator",)),
            ("p3", "European Commission", "ORG", ("Commission",), ()),
        ],
        "statements": [
            (
                "p1",
                "That is not something we are negotiating, and it is not something we will agree to.",
                "direct",
                "denial",
                "said",
            ),
            ("p2", "ambition is not the same thing as alignment", "mixed", "claim", "said"),
            ("p3", "the Commission did not comment on anonymous briefings", "indirect", "refusal", "said"),
        ],
        "notes": [
            ("We are not rejoining anything", "Line for the minister's brief.", ["uk"]),
        ],
        "orphan": ("the Swiss link was renegotiated in 2025", "Check this: it was in yesterday's version."),
    },
    "04-profile-danube-negotiation.txt": {
        "parties": [
            (
                "p1",
                "Teodora Vasilescu",
                "PERSON",
                ("Vasilescu", "Teo Vasilescu"),
                ("Deputy Foreign Minister",),
            ),
            (
                "p2",
                "Jürgen Albrecht",
                "PERSON",
                ("Albrecht",),
                ("secretary-general of the Danube Commission",),
            ),
            ("p3", "Danube Commission", "ORG", (), ()),  # named, says nothing: "Also mentioned"
        ],
        "statements": [
            (
                "p1",
                "We have seen no evidence that our operations caused any damage to the Serbian gates,",
                "direct",
                "denial",
                "said",
            ),
            ("p2", "he had made the proposal", "indirect", "confirmation", "confirmed"),
            ("p2", "to say how it had been received", "indirect", "refusal", "declined"),
        ],
        "notes": [
            ("close one chamber at a time", "The deal in one line.", []),
        ],
    },
}


def build_analysis(article: Article, spec: dict) -> Analysis:
    parties = tuple(
        Party(pid, name, kind, aliases=aliases, roles=roles)
        for pid, name, kind, aliases, roles in spec["parties"]
    )
    names = {party.id: party.name for party in parties}
    statements = []
    for party_id, words, kind, stance, cue in spec["statements"]:
        start = article.text.index(words)
        statements.append(
            Statement(start, start + len(words), words, kind, stance, names[party_id], party_id, cue=cue)
        )
    return Analysis(article.id, "golden", parties=parties, statements=tuple(statements))


def export_item(name: str, store: Store) -> ExportItem:
    """The sample as ingest loads it, its hand-built analysis, and its notes as the store gives them back."""
    article = load_file(Path("sample_articles") / name)
    spec = SAMPLES[name]
    for words, note, tags in spec["notes"]:
        start = article.text.index(words)
        store.add_annotation(new_annotation(article, start, start + len(words), note=note, tags=tags))
    if "orphan" in spec:
        words, note = spec["orphan"]
        earlier = Article.from_text(
            f"{article.text}\n\nBritish officials say {words}.", source=article.source
        )
        start = earlier.text.index(words)
        store.add_annotation(new_annotation(earlier, start, start + len(words), note=note))
    return ExportItem(article, build_analysis(article, spec), store.annotations_for(article))


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(REPO)  # sources are named relative to the repository, as a user would type them
    with Store(tmp_path / "notes.json") as opened:
        yield opened


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with BRIEFING_UPDATE_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8"), f"export differs from {path}"


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_export_matches_golden(name: str, store: Store) -> None:
    markdown = render_markdown([export_item(name, store)], EXPORTED_AT)
    check_golden(f"export-{Path(name).stem}.md", markdown)


def rendered(inline: Token) -> str:
    """The text a reader sees in an inline token (soft breaks as newlines)."""
    return "".join("\n" if c.type in ("softbreak", "hardbreak") else c.content for c in inline.children or [])


@pytest.mark.parametrize("name", SAMPLES)
def test_every_statement_is_quoted_word_for_word_and_every_note_under_its_words(
    name: str, store: Store
) -> None:
    item = export_item(name, store)
    markdown = render_markdown([item], EXPORTED_AT)
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown.split("---\n", 2)[2])
    quotes = []  # (first paragraph of each blockquote, the paragraph after the blockquote)
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            close = next(i for i in range(index, len(tokens)) if tokens[i].type == "blockquote_close")
            after = rendered(tokens[close + 2]) if close + 2 < len(tokens) else ""
            quotes.append((rendered(tokens[index + 2]), after))
    quoted = [words for words, _ in quotes]
    for statement in item.analysis.statements:
        assert quoted.count(statement.text) >= 1, statement.text
    for note in item.annotations:
        # The note's first line follows the blockquote of its words.
        first_line = note.note.split("\n")[0]
        under = [after for words, after in quotes if words == note.anchor.exact]
        assert any(after.startswith(first_line) for after in under), note


def test_orphaned_notes_come_last_and_say_so(store: Store) -> None:
    item = export_item("03-briefing-carbon-market-link.md", store)
    assert [note.orphaned for note in item.annotations] == [False, True]
    markdown = render_markdown([item], EXPORTED_AT)
    assert markdown.index("### Orphaned notes") > markdown.index("Line for the minister's brief.")
    assert "> the Swiss link was renegotiated in 2025\n>\n> (no longer found in the text)" in markdown


def test_a_briefing_of_three_articles(store: Store) -> None:
    names = list(SAMPLES)[:3]
    items = [export_item(name, store) for name in names]
    markdown = render_markdown(items, EXPORTED_AT)
    check_golden("export-briefing-of-three.md", markdown)
    body = markdown.split("---\n", 2)[2]
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    headings = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert [text for tag, text in headings if tag == "h1"] == ["Briefing, 2026-03-16"]
    article_sections = [text for tag, text in headings if tag == "h2"]
    titles = [item.article.title for item in items]
    assert article_sections == ["Contents", *titles, "Index of parties"]
    # The table of contents links each article's section by its GitHub anchor.
    toc_start = next(i for i, t in enumerate(tokens) if t.type == "ordered_list_open")
    toc_end = next(i for i, t in enumerate(tokens) if t.type == "ordered_list_close")
    toc = [t for t in tokens[toc_start:toc_end] if t.type == "inline"]
    links = [c.attrs["href"] for t in toc for c in t.children if c.type == "link_open"]
    assert len(links) == 3 and links[0].startswith("#mackerel-talks-stall")
    assert links[2] == "#linking-the-carbon-markets-what-london-and-brussels-still-disagree-about"
    # The index merges the Commission of articles 1 and 3 into one row with both articles.
    index_rows = body.split("## Index of parties", 1)[1]
    commission = next(line for line in index_rows.splitlines() if line.startswith("| European Commission"))
    assert commission.count("](#") == 2
    # Claims, denials, non-denials, confirmations, refusals: a non-denial in 1, a refusal in each.
    assert commission.endswith("| 0 | 0 | 1 | 0 | 2 |")
    front = markdown.split("---\n", 2)[1]
    assert 'title: "Briefing, 2026-03-16"' in front and "sources: [" in front


def test_json_has_the_same_content_as_the_markdown(store: Store) -> None:
    items = [export_item(name, store) for name in SAMPLES]
    data = json.loads(render_json(items, EXPORTED_AT))
    assert [article["title"] for article in data["articles"]] == [item.article.title for item in items]
    for article, item in zip(data["articles"], items, strict=True):
        said = [
            statement["text"]
            for speaker in article["who_said_what"]
            for group in speaker["stances"]
            for statement in group["statements"]
        ]
        assert sorted(said) == sorted(statement.text for statement in item.analysis.statements)
        notes = [note["note"] for note in article["notes"] + article["orphaned_notes"]]
        assert notes == [note.note for note in item.annotations]
    assert data["exported_at"] == "2026-03-16T10:00:00Z"
    assert {entry["name"] for entry in data["parties_index"]} >= {"European Commission", "Dana Whitcombe"}
