"""Markdown exports of the bundled samples, with notes added through the real store, against golden files.

The analyses are built by hand (the words each party said, found in the sample
text) so the golden files change only when the export changes, not when the
analyser does. To accept a deliberate change of format, run once with
``BRIEFING_UPDATE_GOLDEN=1`` and review the diff of ``tests/golden/``.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.anchoring import new_annotation
from briefing.export import ExportItem, render_json, render_markdown, text_fragment_link
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
    # A web page: its URL and site name, so each note links to its words (a text fragment).
    "07-news-site-baltic-air-defence.html": {
        "parties": [
            ("p1", "Mārtiņš Ozoliņš", "PERSON", ("Ozoliņš",), ("Latvia’s defence minister",)),
            (
                "p2",
                "Rasa Jankauskienė",
                "PERSON",
                ("Jankauskienė",),
                ("Lithuania’s deputy defence minister",),
            ),
            ("p3", "Kaarel Tamm", "PERSON", ("Tamm",), ("a spokesman for the Estonian defence ministry",)),
            ("p4", "Estonia", "GPE", ("Estonian officials",), ()),
            ("p5", "NATO", "ORG", (), ()),  # named, says nothing
        ],
        "statements": [
            (
                "p1",
                "For thirty years each of us has bought a little of this and a little of that, and paid a "
                "premium for being small,",
                "direct",
                "claim",
                "said",
            ),
            ("p2", "insist on a fair share", "mixed", "claim", "said"),
            ("p4", "that they were opposed to local production", "indirect", "denial", "denied"),
            ("p3", "We have never said no to Baltic industry,", "direct", "denial", "said"),
            ("p2", "What was said in the room stays in the room,", "direct", "refusal", "said"),
        ],
        "notes": [
            ("medium-range air-defence systems", "Which systems? Ask for the shortlist & the timetable.", []),
            (
                "Estonia has argued that heavy offset requirements would raise the price and delay delivery",
                "The price argument, against Lithuania's third.",
                ["offsets", "EE position"],
            ),
            ("We have never said no to Baltic industry,", "Not a denial of the 2028 line.", ["offsets"]),
            ("declined to comment", "Ask Vilnius about the letter of intent. #follow_up", ["lt"]),
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


PARSER = MarkdownIt("commonmark").enable("table")
# Everything our layout may produce; a quote or a note that made anything else (html, an image,
# emphasis, a fence, a list, a rule) would have broken out of its text.
OUR_STRUCTURE = {
    "heading_open",
    "heading_close",
    "paragraph_open",
    "paragraph_close",
    "blockquote_open",
    "blockquote_close",
    "inline",
    "text",
    "softbreak",
    "hardbreak",
    "code_inline",
    "link_open",
    "link_close",
    *(f"{part}_{end}" for part in ("table", "thead", "tbody", "tr", "th", "td") for end in ("open", "close")),
}
BRIEFING_STRUCTURE = OUR_STRUCTURE | {
    "ordered_list_open",
    "ordered_list_close",
    "list_item_open",
    "list_item_close",
    "bullet_list_open",  # the parties' statements and the disputes' two sides
    "bullet_list_close",
}


def body_tokens(markdown: str) -> list[Token]:
    return PARSER.parse(markdown.split("---\n", 2)[2])  # markdown-it does not know YAML front matter


def walk(tokens: list[Token]):
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


def rendered(inline: Token) -> str:
    """The text a reader sees in an inline token (soft breaks as newlines)."""
    return "".join("\n" if c.type in ("softbreak", "hardbreak") else c.content for c in inline.children or [])


def headings(tokens: list[Token]) -> list[tuple[str, str]]:
    return [(t.tag, rendered(tokens[i + 1])) for i, t in enumerate(tokens) if t.type == "heading_open"]


def quotes(tokens: list[Token]) -> list[tuple[list[str], str]]:
    """Each blockquote's paragraphs, and the paragraph right after it ("" when none)."""
    found = []
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            close = next(i for i in range(index, len(tokens)) if tokens[i].type == "blockquote_close")
            inside = [rendered(t) for t in tokens[index:close] if t.type == "inline"]
            after = tokens[close + 2] if close + 2 < len(tokens) else None
            found.append((inside, rendered(after) if after is not None and after.type == "inline" else ""))
    return found


def links(tokens: list[Token]) -> list[str]:
    return [t.attrs["href"] for t in walk(tokens) if t.type == "link_open"]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_export_matches_golden(name: str, store: Store) -> None:
    markdown = render_markdown([export_item(name, store)], EXPORTED_AT)
    check_golden(f"export-{Path(name).stem}.md", markdown)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_statement_is_quoted_word_for_word_and_every_note_under_its_words(
    name: str, store: Store
) -> None:
    item = export_item(name, store)
    found = quotes(body_tokens(render_markdown([item], EXPORTED_AT)))
    quoted = [inside[0] for inside, _ in found]
    for statement in item.analysis.statements:
        assert quoted.count(statement.text) >= 1, statement.text
    for note in item.annotations:
        # The note's first line follows the blockquote of its words.
        first_line = note.note.split("\n")[0]
        under = [after for inside, after in found if inside[0] == note.anchor.exact]
        assert any(after.startswith(first_line) for after in under), note


@pytest.mark.parametrize("name", SAMPLES)
def test_the_export_parses_to_our_structure_only(name: str, store: Store) -> None:
    item = export_item(name, store)
    for with_analysis in (True, False):
        tokens = body_tokens(render_markdown([item], EXPORTED_AT, with_analysis=with_analysis))
        assert {t.type for t in walk(tokens)} <= OUR_STRUCTURE
        # The only links: the source, or the source at the noted words.
        page = item.article.url
        assert all(page and href.startswith(page) for href in links(tokens)), links(tokens)
        names = {party.name for party in item.analysis.parties}
        allowed = {item.article.title, "Notes", "Orphaned notes", "Appendix: who said what", *names}
        allowed |= {"Claims", "Denials", "Non-denials", "Confirmations", "Refusals"}
        assert {text for _, text in headings(tokens)} <= allowed
        if not with_analysis:
            assert [text for _, text in headings(tokens)][:2] == [item.article.title, "Notes"]
            assert "Appendix: who said what" not in {text for _, text in headings(tokens)}


def test_notes_come_first_each_with_who_said_it_and_where_then_the_appendix(store: Store) -> None:
    item = export_item("01-wire-mackerel-talks.txt", store)
    tokens = body_tokens(render_markdown([item], EXPORTED_AT))
    assert headings(tokens) == [
        ("h1", item.article.title),
        ("h2", "Notes"),
        ("h2", "Appendix: who said what"),
        ("h3", "Norway"),
        ("h4", "Denials"),
        ("h3", "Sigrid Halvorsen"),
        ("h4", "Denials"),
        ("h3", "Eyjólfur Magnússon"),
        ("h4", "Claims"),
        ("h3", "European Commission"),
        ("h4", "Non-denials"),
        ("h4", "Refusals"),
    ]
    first, second = quotes(tokens)[:2]
    source = "sample_articles/01-wire-mackerel-talks.txt"
    assert first[0] == [
        "There is no side deal",
        f"— Sigrid Halvorsen (Norway’s chief fisheries negotiator), ✗ denial · 2026-03-03 · {source}, ¶4",
    ]
    # "declined" is outside the statement, but most of the noted words are in it.
    assert second[0] == [
        "declined to confirm or deny",
        f"— European Commission, ◐ non-denial · 2026-03-03 · {source}, ¶9",
    ]
    assert second[1] == "Not a denial. Ask DG MARE again on Friday."


def test_each_note_on_a_web_page_links_to_its_own_words(store: Store) -> None:
    item = export_item("07-news-site-baltic-air-defence.html", store)
    tokens = body_tokens(render_markdown([item], EXPORTED_AT))
    page = item.article.url
    notes = sorted(item.annotations, key=lambda note: note.start)
    found = {inside[0]: inside[1] for inside, _ in quotes(tokens)[: len(notes)]}  # the notes come first
    site = "The Northern Ledger · 2026-03-23"
    assert found[notes[0].anchor.exact] == f"— {site} · source, ¶1"
    assert found[notes[1].anchor.exact] == f"— {site} · source, ¶4"
    assert found[notes[2].anchor.exact] == (
        f"— Kaarel Tamm (a spokesman for the Estonian defence ministry), ✗ denial · {site} · source, ¶6"
    )
    assert found[notes[3].anchor.exact] == f"— {site} · source, ¶8"  # no statement holds these words
    fragments = [href for href in links(tokens) if href.startswith(f"{page}#:~:text=")]
    assert len(fragments) == len(notes)
    for href, note in zip(fragments, notes, strict=True):
        directive = href.split("#:~:text=", 1)[1]
        # "-", "," and "&" separate a directive's parts: inside the words they are encoded.
        assert not {"-", "&"} & set(directive), directive
        parts = [unquote(part) for part in directive.split(",")]
        words = " ".join(note.anchor.exact.split())
        if len(parts) == 1:
            assert parts == [words]
        else:  # a long quote: a browser highlights from its first words to its last
            start, end = parts
            assert words.startswith(start) and words.endswith(end) and len(start) + len(end) < len(words)
    assert len([href for href in fragments if "," in href.split("#:~:text=", 1)[1]]) == 1


def note_blocks(markdown: str) -> list[str]:
    """The raw Markdown of each note: from its blockquote up to the next one."""
    blocks: list[list[str]] = []
    previous = ""
    for line in markdown.splitlines():
        if line.startswith(">") and not previous.startswith(">"):
            blocks.append([])
        if blocks:
            blocks[-1].append(line)
        if line:
            previous = line
    return ["\n".join(block) for block in blocks]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("01-wire-mackerel-talks.txt", [["annex", "norway"], ["eu"]]),
        (
            "07-news-site-baltic-air-defence.html",
            [[], ["offsets", "EE-position"], ["offsets"], ["lt", "follow_up"]],
        ),
    ],
)
def test_each_tag_is_written_once_as_a_tag(name: str, expected: list[list[str]], store: Store) -> None:
    item = export_item(name, store)
    markdown = render_markdown([item], EXPORTED_AT)
    notes_part = markdown.split("\n## Notes\n", 1)[1].split("\n## ", 1)[0]
    blocks = note_blocks(notes_part)
    assert len(blocks) == len(expected)
    for block, tags in zip(blocks, expected, strict=True):
        body = "\n".join(line for line in block.splitlines() if not line.startswith(">"))
        for tag in tags:
            assert len(re.findall(rf"(?<![\w\\#])#{re.escape(tag)}(?![\w/-])", body)) == 1, (tag, block)
        assert not re.search(r"\\#\w", body), block  # no escaped would-be tag
    front = markdown.split("---\n", 2)[1]
    assert f"tags: {json.dumps(sorted({t for ts in expected for t in ts}, key=str.casefold))}" in front


def test_the_inline_tag_stays_where_the_analyst_wrote_it(store: Store) -> None:
    item = export_item("07-news-site-baltic-air-defence.html", store)
    markdown = render_markdown([item], EXPORTED_AT)
    assert "Ask Vilnius about the letter of intent. #follow_up\n\nTags: #lt\n" in markdown


@pytest.mark.parametrize("with_analysis", [True, False])
def test_party_types_are_words_and_only_where_they_help(with_analysis: bool, store: Store) -> None:
    items = [export_item(name, store) for name in SAMPLES]
    for markdown in [render_markdown([item], EXPORTED_AT) for item in items] + [
        render_markdown(items, EXPORTED_AT, with_analysis=with_analysis)
    ]:
        assert not re.search(r"\b(PERSON|ORG|GPE|NORP)\b", markdown)
    mackerel = render_markdown(items[:1], EXPORTED_AT)
    assert "| Norway | state |" in mackerel  # no role: the type says what Norway is
    assert "| Sigrid Halvorsen | Norway’s chief fisheries negotiator |" in mackerel  # the role says more
    baltic = render_markdown(items[-1:], EXPORTED_AT)
    assert "Also mentioned: NATO.\n" in baltic


def test_orphaned_notes_come_last_and_say_so(store: Store) -> None:
    item = export_item("03-briefing-carbon-market-link.md", store)
    assert [note.orphaned for note in item.annotations] == [False, True]
    markdown = render_markdown([item], EXPORTED_AT)
    assert markdown.index("### Orphaned notes") > markdown.index("Line for the minister's brief.")
    assert markdown.index("### Orphaned notes") < markdown.index("## Appendix")
    assert (
        "> the Swiss link was renegotiated in 2025\n>\n> — 2026-03-09 · no longer found in the text"
        in markdown
    )


def test_a_briefing_of_three_articles_is_their_notes(store: Store) -> None:
    names = list(SAMPLES)[:3]
    items = [export_item(name, store) for name in names]
    markdown = render_markdown(items, EXPORTED_AT)
    check_golden("export-briefing-of-three.md", markdown)
    tokens = body_tokens(markdown)
    assert {t.type for t in walk(tokens)} <= BRIEFING_STRUCTURE
    titles = [item.article.title for item in items]
    found = headings(tokens)
    # The notes first, article by article; then the parties across the articles; then the disputes.
    assert found[:6] == [
        ("h1", "Briefing, 2026-03-16"),
        ("h2", "Contents"),
        ("h2", titles[0]),
        ("h2", titles[1]),
        ("h2", titles[2]),
        ("h3", "Orphaned notes"),
    ]
    sections = [text for level, text in found if level == "h2"]
    assert sections[-2:] == ["Parties across the briefing", "Disputes"]
    parties = [text for level, text in found if level == "h3"][1:]
    assert "Dana Whitcombe" in parties and "Sigrid Halvorsen" in parties
    assert "1. Hannah Okoro · Dana Whitcombe (denials)" in parties
    assert rendered(tokens[4]) == "3 articles, 5 notes, exported 2026-03-16T10:00:00Z."
    # The table of contents links each article's section by its GitHub anchor, with its number of notes.
    items_text = [
        rendered(t)
        for t in tokens
        if t.type == "inline" and any(c.type == "link_open" for c in t.children or [])
    ]
    assert items_text[:3] == [f"{titles[0]} — 2 notes", f"{titles[1]} — 1 note", f"{titles[2]} — 2 notes"]
    hrefs = links(tokens)
    assert hrefs[0].startswith("#mackerel-talks-stall")
    assert hrefs[2] == "#linking-the-carbon-markets-what-london-and-brussels-still-disagree-about"
    # Without the appendix, a statement nobody noted is in the briefing once: under its party's stance.
    assert markdown.count("anyone who has read the draft text knows it") == 1
    assert markdown.index("anyone who has read the draft text knows it") > markdown.index(
        "## Parties across the briefing"
    )
    front = markdown.split("---\n", 2)[1]
    assert 'title: "Briefing, 2026-03-16"' in front and "sources: [" in front


def test_a_briefing_with_the_appendix_puts_the_analysis_after_every_note(store: Store) -> None:
    items = [export_item(name, store) for name in list(SAMPLES)[:3]]
    markdown = render_markdown(items, EXPORTED_AT, with_analysis=True)
    check_golden("export-briefing-of-three-with-analysis.md", markdown)
    tokens = body_tokens(markdown)
    assert {t.type for t in walk(tokens)} <= BRIEFING_STRUCTURE
    found = headings(tokens)
    appendix = found.index(("h2", "Appendix: who said what"))
    assert [text for tag, text in found[:appendix] if tag == "h2"][1:] == [
        *(item.article.title for item in items),
        "Parties across the briefing",
        "Disputes",
    ]
    assert [text for tag, text in found[appendix:] if tag == "h3"] == [
        *(item.article.title for item in items),
        "Index of parties",
    ]
    last_note = markdown.index("Check this: it was in yesterday's version.")
    assert last_note < markdown.index("## Appendix: who said what")
    # The index merges the Commission of articles 1 and 3 into one row, linking both articles' notes.
    index_rows = markdown.split("### Index of parties", 1)[1]
    commission = next(line for line in index_rows.splitlines() if line.startswith("| European Commission"))
    assert commission.count("](#mackerel-talks-stall") == 1 and commission.count("](#linking-the-carbon") == 1
    # Claims, denials, non-denials, confirmations, refusals: a non-denial in 1, a refusal in each.
    assert commission.endswith("| 0 | 0 | 1 | 0 | 2 |")


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
    denial = data["articles"][0]["notes"][0]["said_by"]
    assert (denial["speaker"], denial["stance"]) == ("Sigrid Halvorsen", "denial")
    assert data["exported_at"] == "2026-03-16T10:00:00Z"
    assert {entry["name"] for entry in data["parties_index"]} >= {"European Commission", "Dana Whitcombe"}


def test_a_quote_across_paragraphs_links_by_its_first_and_last_words() -> None:
    article = load_file(REPO / "sample_articles" / "07-news-site-baltic-air-defence.html")
    start = article.text.index("would be awarded by the end of the year.")
    end = article.text.index("each of us has bought") + len("each of us")
    href = text_fragment_link(article.url, article.text[start:end])
    directive = href.split("#:~:text=", 1)[1]
    first, last = (unquote(part) for part in directive.split(","))
    paragraphs = [article.text[a:b] for a, b in article.paragraphs]
    # A text fragment cannot cross a paragraph: its start is in the first, its end in the second.
    assert first == "would be awarded by" and first in paragraphs[1]
    assert last == "years each of us" and last in paragraphs[2]
    assert (
        text_fragment_link("https://example.org/a#top", "no deal")
        == "https://example.org/a#top:~:text=no%20deal"
    )


def test_a_note_on_a_party_names_it_without_a_stance(store: Store) -> None:
    article = load_file(Path("sample_articles") / "01-wire-mackerel-talks.txt")
    analysis = build_analysis(article, SAMPLES["01-wire-mackerel-talks.txt"])
    start = article.text.index("Sigrid Halvorsen")
    note = new_annotation(
        article,
        start,
        start + len("Sigrid Halvorsen"),
        note="Her third denial.",
        target="party",
        party_id="p1",
    )
    tokens = body_tokens(render_markdown([ExportItem(article, analysis, [note])], EXPORTED_AT))
    (inside, after), *_ = quotes(tokens)
    source = "sample_articles/01-wire-mackerel-talks.txt"
    assert inside == [
        "Sigrid Halvorsen",
        f"— Sigrid Halvorsen (Norway’s chief fisheries negotiator) · 2026-03-03 · {source}, ¶4",
    ]
    assert after == "Her third denial."
