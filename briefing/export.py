"""Export an analyst's notes, and who said what, to Markdown (or the same content as JSON).

Pure: this module sees only ``briefing.model`` types. The caller (the command
line or the app's export dialog) gathers, for each article, its analysis and
its annotations (already re-anchored by the store) into an :class:`ExportItem`.

Article text and notes are data: every piece of them goes through one of the
``escape_*`` functions of ``briefing.markdown`` (the Markdown escaper ``analyze --format md``
shares), so a note that reads ``# heading``, ``<script>`` or
`````` ``` `````` stays text in any CommonMark renderer (GitHub and Obsidian too).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from briefing.corrections import machine_said
from briefing.durable import atomic_write, regular_file_target, stream_descriptor, write_to_stream
from briefing.markdown import (
    blockquote,
    code_span,
    escape_inline,
    escape_markdown,
    escape_paragraphs,
    link_target,
)
from briefing.model import (
    PARTY_TYPE_WORDS,
    STANCE_GLYPHS,
    STANCE_HEADINGS,
    STANCE_WORDS,
    STANCES,
    UNNAMED_SOURCES,
    UNNAMED_SOURCES_HEADING,
    Analysis,
    Annotation,
    Article,
    Party,
    Statement,
)
from briefing.morning import (
    Briefing,
    Dispute,
    build_briefing,
    find_disputes,
    render_briefing_parties,
    render_disputes,
)
from briefing.safe import json_safe, terminal_safe

EXPORT_FOLDER = "briefing-notes"
_UNATTRIBUTED = "Unattributed"
_UNNAMED_WHO = "not named in the article"


class ExportItem(NamedTuple):
    """One article to export, with its analysis (``None`` when not analysed) and its notes."""

    article: Article
    analysis: Analysis | None
    annotations: Sequence[Annotation]


class ExportExistsError(FileExistsError):
    """The target file exists and overwriting was not allowed."""


# --- escaping (the Markdown rules are briefing.markdown's) ---------------------

# Character categories a YAML parser may read as line breaks or refuse: written as escapes.
_INVISIBLE = {"Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"}


def _yaml_string(value: str) -> str:
    """A YAML double-quoted scalar: JSON quoting, plus escapes for what YAML reads as line breaks."""
    quoted = json.dumps(value, ensure_ascii=False)
    return "".join(_yaml_escape(c) if unicodedata.category(c) in _INVISIBLE else c for c in quoted)


def _yaml_escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _yaml_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return _yaml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_yaml_value(v) for v in value) + "]"
    raise TypeError(f"no YAML form for {type(value).__name__}")


def _is_web_address(value: str | None) -> bool:
    return bool(value) and value.lower().startswith(("http://", "https://"))


# --- content (shared by the Markdown and the JSON) -----------------------------

# A long quote is found by its first and last words (a text fragment's start and end).
_FRAGMENT_END_WORDS = 4


def _paragraph(article: Article, offset: int) -> int:
    return article.paragraph_index(offset) + 1


def _exact_words(article: Article, statement: Statement) -> str:
    if 0 <= statement.start < statement.end <= len(article.text):
        return article.text[statement.start : statement.end]
    return statement.text


def article_title(article: Article) -> str:
    """The article's headline, or the name of its source when it has none."""
    if article.title and article.title.strip():
        return " ".join(article.title.split())
    name = article.source.rstrip("/").rsplit("/", 1)[-1]
    return name or article.source or "Untitled"


def text_fragment_link(url: str, words: str) -> str:
    """``url`` with a ``#:~:text=`` fragment: browsers that know it scroll to ``words`` and highlight them.

    A long quote, or one across paragraphs (a fragment's single text cannot cross one), is
    given by its first and last words.
    """
    lines = [line.split() for line in words.split("\n") if line.split()]
    page = url.split(":~:", 1)[0]  # a fragment directive already there would be replaced, not doubled
    if not lines:
        return page
    every = [word for line in lines for word in line]
    if len(lines) > 1 or len(every) > 2 * _FRAGMENT_END_WORDS:
        first, last = lines[0][:_FRAGMENT_END_WORDS], lines[-1][-_FRAGMENT_END_WORDS:]
        directive = f"{_fragment_words(first)},{_fragment_words(last)}"
    else:
        directive = _fragment_words(every)
    separator = ":~:" if "#" in page else "#:~:"
    return f"{page}{separator}text={directive}"


def _fragment_words(words: Sequence[str]) -> str:
    # "-", "," and "&" mean something inside a text directive, so they are encoded too.
    return quote(" ".join(words), safe="").replace("-", "%2D")


def _party_key(statement: Statement, analysis: Analysis) -> tuple[str | None, str]:
    """The row a statement is listed under (``briefing.model.listed_under``): its party, the named
    party an unnamed source speaks for, the unnamed sources, or its speaker's words."""
    row = analysis.listed_under(statement.party_id)
    if row == UNNAMED_SOURCES:
        return UNNAMED_SOURCES, UNNAMED_SOURCES_HEADING
    party = analysis.party(row)
    if party is not None:
        return party.id, party.name
    return None, statement.speaker or _UNATTRIBUTED


def _statement_under(note: Annotation, analysis: Analysis) -> Statement | None:
    """The statement the note's words fall in: the one holding at least half of them."""
    length = note.end - note.start
    best, most = None, 0
    for statement in analysis.statements:
        overlap = min(statement.end, note.end) - max(statement.start, note.start)
        if overlap > most:
            best, most = statement, overlap
    return best if length > 0 and 2 * most >= length else None


def _said_by(note: Annotation, analysis: Analysis | None) -> dict[str, Any] | None:
    """Who said the noted words and how (speaker, role, stance), when the analysis knows."""
    if analysis is None or note.orphaned:
        return None
    statement: Statement | None = None
    if note.target == "party" and note.party_id:
        party = analysis.party(note.party_id)
        if party is None:
            return None
    else:
        statement = _statement_under(note, analysis)
        if statement is None:
            return None
        party = analysis.party(statement.party_id)
    return {
        "speaker": party.name if party else statement.speaker if statement else None,
        "party_id": party.id if party else None,
        "role": party.roles[0] if party and party.roles else None,
        "stance": statement.stance if statement else None,
        "cue": statement.cue if statement else None,
    }


def _note_content(article: Article, note: Annotation, analysis: Analysis | None, url: str | None) -> dict:
    return {
        "id": note.id,
        "exact": note.anchor.exact,
        "note": note.note,
        "tags": list(note.tags),
        "paragraph": None if note.orphaned else _paragraph(article, note.start),
        "start": note.start,
        "end": note.end,
        "orphaned": note.orphaned,
        "said_by": _said_by(note, analysis),
        "link": text_fragment_link(url, note.anchor.exact) if url and not note.orphaned else None,
        "target": note.target,
        "party_id": note.party_id,
        "colour": note.colour,
        "created": note.created,
        "updated": note.updated,
    }


def article_content(item: ExportItem) -> dict[str, Any]:
    """Everything one article contributes to an export, as plain data (the JSON form)."""
    article, analysis, annotations = item
    placed = sorted((n for n in annotations if not n.orphaned), key=lambda n: (n.start, n.end, n.created))
    orphaned = sorted((n for n in annotations if n.orphaned), key=lambda n: (n.created, n.id))
    tags = sorted({tag for note in annotations for tag in note.tags}, key=str.casefold)
    url = next((u for u in (article.url, article.source) if _is_web_address(u)), None)
    content: dict[str, Any] = {
        "id": article.id,
        "title": article_title(article),
        "byline": article.byline,
        "date": article.date,
        "site": article.site,
        "source": article.source,
        "url": url,
        "tags": tags,
        "analysed": analysis is not None,
        "notes": [_note_content(article, n, analysis, url) for n in placed],
        "orphaned_notes": [_note_content(article, n, analysis, url) for n in orphaned],
        "parties": [],
        "unnamed_sources": dict.fromkeys(STANCES, 0),  # statements by sources the article does not name
        "who_said_what": [],
    }
    if analysis is not None:
        content["parties"] = [_party_content(party, analysis) for party in analysis.listed_parties()]
        content["unnamed_sources"] = analysis.stance_counts(UNNAMED_SOURCES)
        content["who_said_what"] = _who_said_what_content(article, analysis)
    return content


def _party_content(party: Party, analysis: Analysis) -> dict[str, Any]:
    return {
        "id": party.id,
        "name": party.name,
        "type": party.type,
        "roles": list(party.roles),
        "aliases": list(party.aliases),
        "counts": analysis.stance_counts(party.id),
        **_correction_content(party),
    }


def _correction_content(item: Party | Statement) -> dict[str, Any]:
    """On what the analyst corrected only: ``corrected``, the machine's own (``None`` for what the
    analyst added) and what it said in words; the machine's output alone has none of these keys."""
    said = machine_said(item)
    if said is None:
        return {}
    return {
        "corrected": True,
        "machine": item.machine.to_dict() if item.machine is not None else None,
        "machine_said": said,
    }


def _who_said_what_content(article: Article, analysis: Analysis) -> list[dict[str, Any]]:
    speakers: dict[tuple[str | None, str], list[Statement]] = {}
    for statement in sorted(analysis.statements, key=lambda s: (s.start, s.end)):
        speakers.setdefault(_party_key(statement, analysis), []).append(statement)
    said = []
    for (party_id, name), statements in speakers.items():
        stances = []
        for stance in STANCES:
            chosen = [s for s in statements if s.stance == stance]
            if chosen:
                stances.append(
                    {
                        "stance": stance,
                        "heading": STANCE_HEADINGS[stance],
                        "statements": [
                            {
                                "text": _exact_words(article, s),
                                "kind": s.kind,
                                "cue": s.cue,
                                "speaker": s.speaker,
                                "paragraph": _paragraph(article, s.start),
                                "start": s.start,
                                "end": s.end,
                                **_correction_content(s),
                            }
                            for s in chosen
                        ],
                    }
                )
        said.append({"party": name, "party_id": party_id, "stances": stances})
    return said


def _index_key(name: str) -> str:
    return " ".join(name.casefold().split())


def parties_index(contents: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parties across articles: one entry per actor, matched by name or alias, with summed stance counts."""
    entries: list[dict[str, Any]] = []
    by_name: dict[str, dict[str, Any]] = {}
    for number, content in enumerate(contents, start=1):
        for party in content["parties"]:
            names = [_index_key(party["name"]), *(_index_key(a) for a in party["aliases"])]
            entry = next((by_name[n] for n in names if n in by_name), None)
            if entry is None:
                entry = {
                    "name": party["name"],
                    "type": party["type"],
                    "articles": [],
                    "counts": {stance: 0 for stance in STANCES},
                }
                entries.append(entry)
            for name in names:
                by_name.setdefault(name, entry)
            if number not in entry["articles"]:
                entry["articles"].append(number)
            for stance, count in party["counts"].items():
                entry["counts"][stance] = entry["counts"].get(stance, 0) + count
    return sorted(entries, key=lambda e: (-sum(e["counts"].values()), e["name"].casefold()))


def _briefing_title(exported_at: datetime) -> str:
    return f"Briefing, {exported_at.date().isoformat()}"


def _utc_stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def export_data(items: Sequence[ExportItem], exported_at: datetime) -> dict[str, Any]:
    """The export as data: what ``--format json`` prints.

    The briefing's date is ``exported_at``'s own date (pass a local time for the user's
    day); ``exported_at`` itself is written in UTC.
    """
    contents = [article_content(item) for item in items]
    return {
        "title": contents[0]["title"] if len(contents) == 1 else _briefing_title(exported_at),
        "date": exported_at.date().isoformat(),
        "exported_at": _utc_stamp(exported_at),
        "articles": contents,
        "parties_index": parties_index(contents),
    }


def render_json(items: Sequence[ExportItem], exported_at: datetime) -> str:
    # json_safe: the JSON may be printed (-o -), and C1 and bidi controls would reach the terminal raw.
    return json_safe(json.dumps(export_data(items, exported_at), ensure_ascii=False, indent=2)) + "\n"


def note_count(items: Sequence[ExportItem]) -> int:
    return sum(len(item.annotations) for item in items)


def counted(number: int, thing: str) -> str:
    """``1 note``, ``3 notes``."""
    return f"{number} {thing}{'s' * (number != 1)}"


def analysis_by_default(items: Sequence[ExportItem]) -> bool:
    """The machine's who said what comes with one article; a briefing of several is the notes alone."""
    return len(items) == 1


# --- Markdown --------------------------------------------------------------------
#
# A document is a sequence of sections, each a function of the layout returning its lines;
# ``_ARTICLE_SECTIONS`` and ``_BRIEFING_SECTIONS`` say which, in order. A new section is one
# more function in the tuple.


class _Headings:
    """Emits headings and remembers their GitHub-style anchors (duplicates get -1, -2 …)."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def add(self, level: int, text: str) -> tuple[str, str]:
        """The heading line for ``text`` (plain data) and its anchor."""
        base = re.sub(r"[^\w\- ]", "", text.casefold()).replace(" ", "-")
        count = self.seen.get(base, 0)
        self.seen[base] = count + 1
        anchor = base if count == 0 else f"{base}-{count}"
        return f"{'#' * level} {escape_inline(text)}", anchor


@dataclass
class _Layout:
    """What the sections of one document share: its data, its headings, and the options."""

    data: dict[str, Any]
    with_analysis: bool
    # Each article's anchor, from a first rendering: the contents link headings that come after it.
    article_anchors: Sequence[str]
    headings: _Headings = field(default_factory=_Headings)
    anchors_seen: list[str] = field(default_factory=list)
    briefing: Briefing | None = None  # parties merged across the analysed articles (several articles)
    disputes: Sequence[Dispute] = ()

    @property
    def articles(self) -> list[dict[str, Any]]:
        return self.data["articles"]

    def heading(self, level: int, text: str) -> list[str]:
        return [self.headings.add(level, text)[0], ""]

    def article_heading(self, level: int, text: str) -> list[str]:
        line, anchor = self.headings.add(level, text)
        self.anchors_seen.append(anchor)
        return [line, ""]

    def article_anchor(self, number: int) -> str:
        return self.article_anchors[number - 1] if number <= len(self.article_anchors) else ""


Section = Callable[[_Layout], list[str]]


def _front_matter(fields: dict[str, Any]) -> list[str]:
    return ["---", *(f"{key}: {_yaml_value(value)}" for key, value in fields.items()), "---", ""]


def _byline(content: dict[str, Any]) -> list[str]:
    parts = [escape_inline(content[key]) for key in ("byline", "site", "date") if content[key]]
    if content["url"]:
        parts.append(f"[source]({link_target(content['url'])})")
    elif content["source"]:
        parts.append(f"source: {code_span(content['source'])}")
    return [" · ".join(parts), ""] if parts else []


# --- the notes ---


def tag_form(tag: str) -> str:
    """A tag as Obsidian reads it, without its '#': letters, digits, '_', '-' and '/'; anything else a hyphen.

    No '_' at either end, where it could start or end emphasis.
    """
    cleaned = re.sub(r"[^\w/-]+", "-", tag.strip())
    return re.sub(r"-{2,}", "-", cleaned).strip("-/_")


def _unique_tags(tags: Iterable[str]) -> list[str]:
    kept: dict[str, str] = {}
    for tag in tags:
        form = tag_form(tag)
        if form:
            kept.setdefault(form.casefold(), form)
    return list(kept.values())


def _note_text(note: str, tags: Sequence[str]) -> tuple[list[str], set[str]]:
    """The note as escaped Markdown lines, its ``#tags`` still tags; and the tags (casefolded) it holds."""
    written: dict[str, str] = {}
    names = [re.escape(tag) for tag in sorted(tags, key=len, reverse=True) if tag]
    if names:
        # Letters the escaper leaves alone stand in for each tag while the note is escaped.
        marker = "tagmark"
        while marker in note:
            marker += "x"
        pattern = re.compile(rf"(?<![\w#&])#({'|'.join(names)})(?![\w-])")

        def mark(match: re.Match[str]) -> str:
            form = tag_form(match.group(1))
            if not form:
                return match.group(0)
            key = f"{marker}{len(written)}z"
            written[key] = f"#{form}"
            return key

        note = pattern.sub(mark, note)
    lines = escape_markdown(note)
    for key, tag in written.items():
        lines = [line.replace(key, tag) for line in lines]
    return lines, {tag[1:].casefold() for tag in written.values()}


def _said_by_words(said: dict[str, Any]) -> str:
    who = escape_inline(said["speaker"] or _UNATTRIBUTED)
    if said["role"]:
        who += f" ({escape_inline(said['role'])})"
    if said["stance"] in STANCE_WORDS:
        who += f", {STANCE_GLYPHS[said['stance']]} {STANCE_WORDS[said['stance']]}"
    return who


def _note_citation(note: dict[str, Any], content: dict[str, Any]) -> str:
    """Who said the words and how, the outlet, the date, and where they are in the source."""
    parts = [_said_by_words(note["said_by"])] if note["said_by"] else []
    parts += [escape_inline(content[key]) for key in ("site", "date") if content[key]]
    if note["paragraph"] is None:
        parts.append("no longer found in the text")
    elif note["link"]:
        parts.append(f"[source, ¶{note['paragraph']}]({link_target(note['link'])})")
    elif content["source"]:
        parts.append(f"{code_span(content['source'])}, ¶{note['paragraph']}")
    else:
        parts.append(f"¶{note['paragraph']}")
    return "— " + " · ".join(parts)


def _note_block(note: dict[str, Any], content: dict[str, Any]) -> list[str]:
    words = escape_paragraphs(note["exact"]) or [""]
    lines = [*blockquote([*words, "", _note_citation(note, content)]), ""]
    text, tags_in_text = _note_text(note["note"], note["tags"])
    if text:
        lines += [*text, ""]
    others = [tag for tag in _unique_tags(note["tags"]) if tag.casefold() not in tags_in_text]
    if others:
        lines += ["Tags: " + " ".join(f"#{tag}" for tag in others), ""]
    return lines


def _notes(layout: _Layout, content: dict[str, Any], level: int) -> list[str]:
    """An article's notes in text order; those whose words are gone under a heading of their own."""
    if not content["notes"] and not content["orphaned_notes"]:
        return ["No notes.", ""]
    lines: list[str] = []
    for note in content["notes"]:
        lines += _note_block(note, content)
    if content["orphaned_notes"]:
        lines += layout.heading(level, "Orphaned notes")
        lines += ["These notes could not be placed in the current text of the article.", ""]
        for note in content["orphaned_notes"]:
            lines += _note_block(note, content)
    return lines


# --- the appendix: the machine's who said what ---

_APPENDIX = "Appendix: who said what"
_APPENDIX_NOTE = "Found by the analyser in the wording of the text, not checked by hand."
_APPENDIX_NOTE_CORRECTED = (
    "Found by the analyser in the wording of the text; those marked corrected were corrected by the analyst."
)


def _appendix_note(contents: Sequence[dict[str, Any]]) -> str:
    corrected = any(
        statement.get("corrected")
        for content in contents
        for speaker in content["who_said_what"]
        for group in speaker["stances"]
        for statement in group["statements"]
    )
    return _APPENDIX_NOTE_CORRECTED if corrected else _APPENDIX_NOTE


def _who(party: dict[str, Any]) -> str:
    """A party's role, else its type in words: what tells a reader who the name is."""
    if party["roles"]:
        return "; ".join(escape_inline(role) for role in party["roles"])
    return PARTY_TYPE_WORDS.get(party["type"], "")


def _parties_table(content: dict[str, Any]) -> list[str]:
    """Parties that said something, most statements first; the others named on one line below."""
    if not content["parties"] and not sum(content["unnamed_sources"].values()):
        return ["No parties found." if content["analysed"] else "Not analysed.", ""]
    speaking = [party for party in content["parties"] if sum(party["counts"].values())]
    speaking.sort(key=lambda party: -sum(party["counts"].values()))  # stable: ties keep the analyser's order
    unnamed = sum(content["unnamed_sources"].values())  # a row apart, last: they are no party
    lines: list[str] = []
    if speaking or unnamed:
        header = ["Party", "Who", *(STANCE_HEADINGS[s] for s in STANCES)]
        lines += [
            "| " + " | ".join(header) + " |",
            "|" + "|".join(["---"] * 2 + ["--:"] * len(STANCES)) + "|",
        ]
        for party in speaking:
            counts = [str(party["counts"].get(s, 0)) for s in STANCES]
            lines.append("| " + " | ".join([escape_inline(party["name"]), _who(party), *counts]) + " |")
        if unnamed:
            counts = [str(content["unnamed_sources"].get(s, 0)) for s in STANCES]
            lines.append("| " + " | ".join([UNNAMED_SOURCES_HEADING, _UNNAMED_WHO, *counts]) + " |")
        lines.append("")
    silent = [party for party in content["parties"] if party not in speaking]
    if silent:
        lines += [f"Also mentioned: {', '.join(escape_inline(party['name']) for party in silent)}.", ""]
    return lines


def _attribution(name: str, statement: dict[str, Any]) -> str:
    # An unnamed source listed under the party it speaks for, or among the unnamed: its own words.
    if statement["speaker"] and _index_key(statement["speaker"]) != _index_key(name):
        name = statement["speaker"]
    cue = f", {escape_inline(statement['cue'])}" if statement["cue"] else ""
    said = statement.get("machine_said")
    corrected = f" (corrected; the analyser said: {escape_inline(said)})" if said else ""
    return f"— {escape_inline(name)}{cue} (¶{statement['paragraph']}){corrected}"


def _who_said_what(layout: _Layout, content: dict[str, Any], level: int) -> list[str]:
    if not content["who_said_what"]:
        return ["No statements found." if content["analysed"] else "Not analysed.", ""]
    lines: list[str] = []
    for speaker in content["who_said_what"]:
        lines += layout.heading(level, speaker["party"])
        for group in speaker["stances"]:
            lines += layout.heading(level + 1, group["heading"])
            for statement in group["statements"]:
                words = escape_paragraphs(statement["text"]) or [""]
                lines += [*blockquote([*words, "", _attribution(speaker["party"], statement)]), ""]
    return lines


def _article_analysis(layout: _Layout, content: dict[str, Any], level: int) -> list[str]:
    if not content["analysed"]:
        return ["Not analysed.", ""]
    return [*_parties_table(content), *_who_said_what(layout, content, level)]


def _index_table(layout: _Layout) -> list[str]:
    entries = layout.data["parties_index"]
    if not entries:
        return ["No parties found.", ""]
    header = ["Party", "Articles", *(STANCE_HEADINGS[s] for s in STANCES)]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * 2 + ["--:"] * len(STANCES)) + "|"]
    for entry in entries:
        articles = ", ".join(f"[{n}](#{layout.article_anchor(n)})" for n in entry["articles"])
        counts = [str(entry["counts"].get(s, 0)) for s in STANCES]
        lines.append("| " + " | ".join([escape_inline(entry["name"]), articles, *counts]) + " |")
    return [*lines, ""]


# --- sections of one article ---


def _single_heading(layout: _Layout) -> list[str]:
    content = layout.articles[0]
    return [*layout.article_heading(1, content["title"]), *_byline(content)]


def _single_notes(layout: _Layout) -> list[str]:
    return [*layout.heading(2, "Notes"), *_notes(layout, layout.articles[0], 3)]


def _single_appendix(layout: _Layout) -> list[str]:
    if not layout.with_analysis:
        return []
    return [
        *layout.heading(2, _APPENDIX),
        _appendix_note(layout.articles),
        "",
        *_article_analysis(layout, layout.articles[0], 3),
    ]


# --- sections of a briefing ---


def _briefing_heading(layout: _Layout) -> list[str]:
    articles = layout.articles
    notes = sum(len(content["notes"]) + len(content["orphaned_notes"]) for content in articles)
    summary = f"{counted(len(articles), 'article')}, {counted(notes, 'note')}"
    return [
        *layout.heading(1, layout.data["title"]),
        f"{summary}, exported {layout.data['exported_at']}.",
        "",
    ]


def _briefing_contents(layout: _Layout) -> list[str]:
    toc = []
    for number, content in enumerate(layout.articles, start=1):
        notes = counted(len(content["notes"]) + len(content["orphaned_notes"]), "note")
        link = f"[{escape_inline(content['title'])}](#{layout.article_anchor(number)})"
        toc.append(f"{number}. {link} — {notes}")
    return [*layout.heading(2, "Contents"), *toc, ""]


def _briefing_articles(layout: _Layout) -> list[str]:
    """Each article's heading, byline and notes: what the analyst wrote comes first."""
    lines: list[str] = []
    for content in layout.articles:
        lines += [
            *layout.article_heading(2, content["title"]),
            *_byline(content),
            *_notes(layout, content, 3),
        ]
    return lines


def _briefing_parties(layout: _Layout) -> list[str]:
    """Each principal party across the analysed articles, with its statements by stance."""
    if layout.briefing is None:
        return []
    return [*render_briefing_parties(layout.briefing).splitlines(), ""]


def _briefing_disputes(layout: _Layout) -> list[str]:
    """What one party asserts beside another's answer, with why they were linked."""
    if layout.briefing is None:
        return []
    return [*render_disputes(layout.briefing, layout.disputes).splitlines(), ""]


def _briefing_appendix(layout: _Layout) -> list[str]:
    if not layout.with_analysis:
        return []
    lines = [*layout.heading(2, _APPENDIX), _appendix_note(layout.articles), ""]
    for content in layout.articles:
        lines += [*layout.heading(3, content["title"]), *_article_analysis(layout, content, 4)]
    return [*lines, *layout.heading(3, "Index of parties"), *_index_table(layout)]


_ARTICLE_SECTIONS: tuple[Section, ...] = (_single_heading, _single_notes, _single_appendix)
_BRIEFING_SECTIONS: tuple[Section, ...] = (
    _briefing_heading,
    _briefing_contents,
    _briefing_articles,
    _briefing_parties,
    _briefing_disputes,
    _briefing_appendix,
)


def _front_matter_fields(data: dict[str, Any]) -> dict[str, Any]:
    contents = data["articles"]
    tags = sorted(_unique_tags(tag for content in contents for tag in content["tags"]), key=str.casefold)
    if len(contents) == 1:
        content = contents[0]
        return {
            "title": content["title"],
            "source": content["url"] or content["source"],
            "date": content["date"],
            "exported_at": data["exported_at"],
            "tags": tags,
        }
    return {
        "title": data["title"],
        "date": data["date"],
        "exported_at": data["exported_at"],
        "tags": tags,
        "sources": [content["url"] or content["source"] for content in contents],
    }


def _analysed_briefing(items: Sequence[ExportItem]) -> Briefing | None:
    """The parties merged across the analysed articles, or ``None`` when none is analysed."""
    pairs = [(item.article, item.analysis) for item in items if item.analysis is not None]
    return build_briefing(pairs) if pairs else None


def render_markdown(
    items: Sequence[ExportItem], exported_at: datetime, with_analysis: bool | None = None
) -> str:
    """The export as CommonMark (with GitHub tables): one article, or a briefing of several.

    The notes come first; the machine's who said what follows as an appendix when
    ``with_analysis`` is true (by default: for one article, not for a briefing).
    """
    if not items:
        raise ValueError("nothing to export")
    data = export_data(items, exported_at)
    sections = _ARTICLE_SECTIONS if len(items) == 1 else _BRIEFING_SECTIONS
    wanted = analysis_by_default(items) if with_analysis is None else with_analysis
    # Twice: the first pass learns each article's anchor, which the contents link before it is reached.
    briefing = _analysed_briefing(items) if len(items) > 1 else None
    disputes = find_disputes(briefing) if briefing is not None else []
    first = _Layout(data, wanted, article_anchors=(), briefing=briefing, disputes=disputes)
    for section in sections:
        section(first)
    layout = _Layout(data, wanted, first.anchors_seen, briefing=briefing, disputes=disputes)
    lines = _front_matter(_front_matter_fields(data))
    for section in sections:
        lines += section(layout)
    return "\n".join(lines).rstrip("\n") + "\n"


# --- where and how the file is written -----------------------------------------------


def slugify(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, for file names."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        cut = slug[: limit + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:limit]  # end on a whole word
    return slug.strip("-") or "notes"


def make_folder(path: Path) -> Path | None:
    """Create the folder ``path`` goes in when it is missing, and return it; ``None`` when it was there.

    Raises ``OSError`` when it cannot be made.
    """
    folder = Path(path).parent
    if folder.is_dir():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def written_message(path: Path, items: Sequence[ExportItem], created: Path | None = None) -> str:
    """What a user is told once the file is written: where it went, what it holds, a folder made for it."""
    made = f"; created the folder {terminal_safe(str(created))}" if created is not None else ""
    counts = f"{counted(len(items), 'article')}, {counted(note_count(items), 'note')}"
    return f"wrote {terminal_safe(str(path))} ({counts}{made})"


def default_export_path(articles: Sequence[Article], today: date) -> Path:
    """``<documents>/briefing-notes/YYYY-MM-DD-<slug>.md``; a briefing of several is named after the first."""
    from platformdirs import user_documents_dir

    if not articles:
        slug = "notes"
    elif len(articles) == 1:
        slug = slugify(article_title(articles[0]))
    else:
        slug = f"{slugify(article_title(articles[0]), limit=40)}-and-{len(articles) - 1}-more"
    return Path(user_documents_dir()) / EXPORT_FOLDER / f"{today.isoformat()}-{slug}.md"


def write_export(path: Path, text: str, force: bool = False) -> None:
    """Write ``text`` to ``path`` atomically (``durable.atomic_write``): a regular file only.

    Raises :class:`ExportExistsError` if ``path`` exists and ``force`` is false; the
    existing file is then untouched. Folders, devices, FIFOs, sockets and read-only
    files are refused (``durable.NotARegularFileError``, an ``OSError``); a symlink's
    target is replaced, not the link. ``/dev/stdout`` and the like are written straight
    to. Missing parent folders are created.
    """
    path = Path(path)
    payload = text.encode("utf-8")
    descriptor = stream_descriptor(path)
    if descriptor is not None:
        write_to_stream(descriptor, payload)
        return
    regular_file_target(path)  # a folder or a FIFO is refused before "already exists" suggests --force
    if path.exists() and not force:
        raise ExportExistsError(f"{path}: already exists (use --force to overwrite it)")
    try:
        atomic_write(path, payload, overwrite=force)
    except FileExistsError:
        raise ExportExistsError(f"{path}: already exists (use --force to overwrite it)") from None
