"""Hostile notes and quotes stay text: the export is parsed with markdown-it-py and its tree checked."""

from __future__ import annotations

import random
import string
from datetime import UTC, datetime

import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.anchoring import new_annotation
from briefing.export import ExportItem, escape_markdown, render_json, render_markdown
from briefing.model import Analysis, Article, Party, Statement

EXPORTED_AT = datetime(2026, 3, 16, 10, 0, tzinfo=UTC)
HOSTILE_LINES = [
    "# heading",
    "<script>alert(1)</script>",
    "| a | b |",
    "|---|---|",
    "```",
    "~~~ python",
    "> x",
    "*x*",
    "**bold** and _under_ and ~~gone~~",
    "[link](javascript:alert(1))",
    "![img](http://example.org/x.png)",
    "<http://example.org>",
    "`code`",
    "- item",
    "+ item",
    "1. first",
    "2) second",
    "===",
    "---",
    "***",
    "    indented code",
    "&amp; &#65; &copy;",
    "<!-- comment -->",
    "[ref]: http://example.org",
    "trailing backslash \\",
    "two trailing spaces  ",
    "$E = mc^2$ and ==highlight== and %%hidden%%",
    "[[Wiki link]] and #not-a-heading",
]
HOSTILE_NOTE = "\n".join(HOSTILE_LINES)
PARSERS = {
    "commonmark": MarkdownIt("commonmark").enable(["table", "strikethrough"]),
    "gfm-like": MarkdownIt("gfm-like"),
}
STRUCTURE = {
    "html_block",
    "html_inline",
    "fence",
    "code_block",
    "link_open",
    "image",
    "em_open",
    "strong_open",
    "s_open",
    "hr",
    "bullet_list_open",
    "ordered_list_open",
}


def walk(tokens: list[Token]):
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


def inline_text(token: Token) -> str:
    breaks = ("softbreak", "hardbreak")
    return "".join("\n" if child.type in breaks else child.content for child in token.children or [])


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_each_hostile_line_is_one_paragraph_of_its_own_words(parser: str, line: str) -> None:
    tokens = PARSERS[parser].parse("\n".join(escape_markdown(line)))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert only_text_or_web_autolinks(tokens[1])
    assert inline_text(tokens[1]) == line.strip()


def only_text_or_web_autolinks(inline: Token) -> bool:
    """Text nodes only; GitHub-style parsers may also turn a bare http(s) address into a link to itself."""
    for child in inline.children or []:
        if child.type in ("link_open", "link_close"):
            if child.type == "link_open" and not str(child.attrs.get("href", "")).startswith("http"):
                return False
        elif child.type not in ("text", "softbreak", "hardbreak"):
            return False
    return True


@pytest.mark.parametrize("parser", PARSERS)
def test_random_punctuation_round_trips_as_text(parser: str) -> None:
    rng = random.Random(6)
    alphabet = string.punctuation + "  ab1"
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))).strip()
        if not text:
            continue
        tokens = PARSERS[parser].parse("\n".join(escape_markdown(text)))
        assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], text
        assert only_text_or_web_autolinks(tokens[1]), text
        assert inline_text(tokens[1]) == text, text


def hostile_item() -> ExportItem:
    text = (
        "Officials <b>met</b> in *Geneva* on Monday.\n\n"
        '"We have # nothing | to `hide` <script>alert(2)</script>," said Dana [Smith](javascript:x).\n\n'
        "The ministry declined to comment."
    )
    article = Article.from_text(
        text, source="hostile.txt", title="# Not <i>a</i> | heading", date="2026-03-14"
    )
    words = "We have # nothing | to `hide` <script>alert(2)</script>,"
    start = text.index(words)
    speaker = "Dana [Smith](javascript:x)"
    analysis = Analysis(
        article.id,
        "test",
        parties=(Party("p1", speaker, "PERSON", roles=("<em>spokes|woman</em>",)),),
        statements=(
            Statement(start, start + len(words), words, "direct", "denial", speaker, "p1", cue="said"),
        ),
    )
    first = new_annotation(article, start, start + 7, note=HOSTILE_NOTE, tags=["a tag", "x_y_", "#h"])
    second = new_annotation(article, text.index("Officials"), text.index(" on Monday"), note="<b>bold?</b>")
    return ExportItem(article, analysis, [first, second])


def test_a_whole_export_with_hostile_data_has_only_our_structure() -> None:
    markdown = render_markdown([hostile_item()], EXPORTED_AT)
    body = markdown.split("---\n", 2)[2]  # markdown-it does not know YAML front matter
    for parser in PARSERS.values():
        tokens = list(walk(parser.parse(body)))
        assert not (STRUCTURE - {"link_open"}) & {t.type for t in tokens}, body
        # Only GitHub-style bare-address links, to the addresses written in the note.
        links = {t.attrs["href"] for t in tokens if t.type == "link_open"}
        assert links <= {"http://example.org", "http://example.org/x.png"}
        headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
        assert headings == [
            "\\# Not \\<i\\>a\\</i\\> \\| heading",
            "Notes",
            "Appendix: who said what",
            "Dana \\[Smith\\](javascript:x)",
            "Denials",
        ]
    text_of_everything = "\n".join(
        inline_text(t) for t in PARSERS["commonmark"].parse(body) if t.type == "inline"
    )
    for line in HOSTILE_LINES:
        assert line.strip() in text_of_everything
    assert "We have # nothing | to `hide` <script>alert(2)</script>," in text_of_everything
    assert "— Dana [Smith](javascript:x), said (¶2)" in text_of_everything


def test_front_matter_is_valid_yaml_with_the_exact_values() -> None:
    item = hostile_item()
    article = Article.from_text(
        item.article.text,
        source='C:\\notes\\"quoted": yes\u2028next',
        title='title: "x" # not a comment\nsecond line\x85',
        date="2026-03-14",
    )
    markdown = render_markdown([ExportItem(article, item.analysis, item.annotations)], EXPORTED_AT)
    assert markdown.startswith("---\n")
    front = yaml.safe_load(markdown.split("---\n")[1])
    assert front == {
        "title": 'title: "x" # not a comment second line',  # a title is one line
        "source": article.source,
        "date": "2026-03-14",
        "exported_at": "2026-03-16T10:00:00Z",
        "tags": ["a-tag", "h", "not-a-heading", "x_y"],  # "#not-a-heading" in the note is a tag
    }


def test_tags_become_plain_hashtags() -> None:
    markdown = render_markdown([hostile_item()], EXPORTED_AT)
    assert "Tags: #a-tag #x_y #h\n" in markdown
    assert "\\]\\] and #not-a-heading\n" in markdown  # the tag written in the note stays there, once
    assert markdown.count("#not-a-heading") == 1


def test_json_carries_the_same_words_unescaped() -> None:
    import json

    data = json.loads(render_json([hostile_item()], EXPORTED_AT))
    article = data["articles"][0]
    statement = article["who_said_what"][0]["stances"][0]["statements"][0]
    assert statement["text"] == "We have # nothing | to `hide` <script>alert(2)</script>,"
    assert [note["note"] for note in article["notes"]] == ["<b>bold?</b>", HOSTILE_NOTE]


def test_a_notes_line_breaks_and_paragraphs_survive() -> None:
    note = "First line\\\nsecond line  \n\n\n- third, a paragraph of its own"
    tokens = PARSERS["commonmark"].parse("\n".join(escape_markdown(note)))
    paragraphs = [t for t in tokens if t.type == "inline"]
    assert [inline_text(t) for t in paragraphs] == [
        "First line\\\nsecond line",
        "- third, a paragraph of its own",
    ]
    assert [c.type for c in paragraphs[0].children] == ["text", "hardbreak", "text"]


TERMINAL_HOSTILE = (
    "keep \x1b[2J\x1b]52;c;cGF5bG9hZA==\x07 and \x9b31m and \u202eevil\u202c and \u2066iso\u2069 \x00end"
)


def test_controls_in_notes_titles_and_paths_never_reach_the_markdown() -> None:
    text = "Title\n\nThe mayor said the plan was sound.\n"
    article = Article.from_text(text, f"/tmp/path{TERMINAL_HOSTILE}.txt", title=f"Plan {TERMINAL_HOSTILE}")
    start = text.index("the plan")
    note = new_annotation(article, start, start + 8, note=TERMINAL_HOSTILE, tags=["x"])
    analysis = Analysis(article.id, "v", parties=(Party("p1", f"Mayor{TERMINAL_HOSTILE}", "PERSON"),))
    for render in (render_markdown, render_json):
        output = render([ExportItem(article, analysis, [note])], EXPORTED_AT)
        controls = {c for c in output if c != "\n" and (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0)}
        bidi = {c for c in output if c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}
        assert not controls and not bidi, render.__name__
        assert "keep" in output and "end" in output
    note_lines = escape_markdown(TERMINAL_HOSTILE)
    assert note_lines[0].startswith("keep \u241b\\[2J\u241b\\]52;c;cGF5bG9hZA\\=\\=\u2407 and")
