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
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from briefing.durable import atomic_write, regular_file_target, stream_descriptor, write_to_stream
from briefing.markdown import (
    blockquote,
    code_span,
    escape_inline,
    escape_markdown,
    escape_paragraphs,
    link_target,
)
from briefing.model import STANCE_HEADINGS, STANCES, Analysis, Annotation, Article, Statement
from briefing.safe import json_safe

EXPORT_FOLDER = "briefing-notes"
_UNATTRIBUTED = "Unattributed"


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


def _party_key(statement: Statement, analysis: Analysis) -> tuple[str | None, str]:
    party = analysis.party(statement.party_id)
    if party is not None:
        return party.id, party.name
    return None, statement.speaker or _UNATTRIBUTED


def _note_content(article: Article, note: Annotation) -> dict[str, Any]:
    return {
        "id": note.id,
        "exact": note.anchor.exact,
        "note": note.note,
        "tags": list(note.tags),
        "paragraph": None if note.orphaned else _paragraph(article, note.start),
        "start": note.start,
        "end": note.end,
        "orphaned": note.orphaned,
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
    content: dict[str, Any] = {
        "id": article.id,
        "title": article_title(article),
        "byline": article.byline,
        "date": article.date,
        "source": article.source,
        "url": next((u for u in (article.url, article.source) if _is_web_address(u)), None),
        "tags": tags,
        "analysed": analysis is not None,
        "parties": [],
        "who_said_what": [],
        "notes": [_note_content(article, n) for n in placed],
        "orphaned_notes": [_note_content(article, n) for n in orphaned],
    }
    if analysis is None:
        return content
    for party in analysis.parties:
        content["parties"].append(
            {
                "id": party.id,
                "name": party.name,
                "type": party.type,
                "roles": list(party.roles),
                "aliases": list(party.aliases),
                "counts": analysis.stance_counts(party.id),
            }
        )
    speakers: dict[tuple[str | None, str], list[Statement]] = {}
    for statement in sorted(analysis.statements, key=lambda s: (s.start, s.end)):
        speakers.setdefault(_party_key(statement, analysis), []).append(statement)
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
                            }
                            for s in chosen
                        ],
                    }
                )
        content["who_said_what"].append({"party": name, "party_id": party_id, "stances": stances})
    return content


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


# --- Markdown --------------------------------------------------------------------


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


def _front_matter(fields: dict[str, Any]) -> list[str]:
    return ["---", *(f"{key}: {_yaml_value(value)}" for key, value in fields.items()), "---", ""]


def _byline(content: dict[str, Any]) -> list[str]:
    parts = []
    if content["byline"]:
        parts.append(escape_inline(content["byline"]))
    if content["date"]:
        parts.append(escape_inline(content["date"]))
    if content["url"]:
        parts.append(f"[source]({link_target(content['url'])})")
    elif content["source"]:
        parts.append(f"source: {code_span(content['source'])}")
    return [" · ".join(parts), ""] if parts else []


def _parties_table(content: dict[str, Any]) -> list[str]:
    """Parties that said something, most statements first; the others on one line below."""
    if not content["parties"]:
        return ["No parties found." if content["analysed"] else "Not analysed.", ""]
    speaking = [party for party in content["parties"] if sum(party["counts"].values())]
    speaking.sort(key=lambda party: -sum(party["counts"].values()))  # stable: ties keep the analyser's order
    lines: list[str] = []
    if speaking:
        header = ["Party", "Type", "Roles", *(STANCE_HEADINGS[s] for s in STANCES)]
        lines += [
            "| " + " | ".join(header) + " |",
            "|" + "|".join(["---"] * 3 + ["--:"] * len(STANCES)) + "|",
        ]
        for party in speaking:
            roles = "; ".join(escape_inline(role) for role in party["roles"])
            counts = [str(party["counts"].get(s, 0)) for s in STANCES]
            cells = [escape_inline(party["name"]), escape_inline(party["type"]), roles, *counts]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    silent = [party for party in content["parties"] if party not in speaking]
    if silent:
        named = ", ".join(
            f"{escape_inline(party['name'])} ({escape_inline(party['type'])})" for party in silent
        )
        lines += [f"Also mentioned: {named}.", ""]
    return lines


def _attribution(name: str, statement: dict[str, Any]) -> str:
    cue = f", {escape_inline(statement['cue'])}" if statement["cue"] else ""
    return f"— {escape_inline(name)}{cue} (¶{statement['paragraph']})"


def _who_said_what(content: dict[str, Any], level: int, headings: _Headings) -> list[str]:
    if not content["who_said_what"]:
        return ["No statements found." if content["analysed"] else "Not analysed.", ""]
    lines: list[str] = []
    for speaker in content["who_said_what"]:
        lines += [headings.add(level, speaker["party"])[0], ""]
        for group in speaker["stances"]:
            lines += [headings.add(level + 1, group["heading"])[0], ""]
            for statement in group["statements"]:
                words = escape_paragraphs(statement["text"]) or [""]
                lines += [*blockquote([*words, "", _attribution(speaker["party"], statement)]), ""]
    return lines


def _note_block(note: dict[str, Any]) -> list[str]:
    where = f"(¶{note['paragraph']})" if note["paragraph"] else "(no longer found in the text)"
    lines = [*blockquote([*(escape_paragraphs(note["exact"]) or [""]), "", where]), ""]
    text = escape_markdown(note["note"])
    if text:
        lines += [*text, ""]
    tags = [tag for tag in (_tag(t) for t in note["tags"]) if tag]
    if tags:
        lines += [" ".join(tags), ""]
    return lines


def _tag(tag: str) -> str:
    """``#tag`` in the form Obsidian and GitHub both read as plain words: letters, digits, - and /."""
    cleaned = re.sub(r"[^\w/-]|_", "-", tag.strip()).strip("-")
    return f"#{cleaned}" if cleaned else ""


def _notes(content: dict[str, Any], level: int, headings: _Headings) -> list[str]:
    if not content["notes"] and not content["orphaned_notes"]:
        return ["No notes.", ""]
    lines: list[str] = []
    for note in content["notes"]:
        lines += _note_block(note)
    if content["orphaned_notes"]:
        lines += [headings.add(level, "Orphaned notes")[0], ""]
        lines += ["These notes could not be placed in the current text of the article.", ""]
        for note in content["orphaned_notes"]:
            lines += _note_block(note)
    return lines


def _article_body(content: dict[str, Any], level: int, headings: _Headings) -> list[str]:
    lines = _byline(content)
    lines += [headings.add(level, "Parties")[0], "", *_parties_table(content)]
    lines += [headings.add(level, "Who said what")[0], "", *_who_said_what(content, level + 1, headings)]
    lines += [headings.add(level, "Notes")[0], "", *_notes(content, level + 1, headings)]
    return lines


def render_markdown(items: Sequence[ExportItem], exported_at: datetime) -> str:
    """The export as CommonMark (with GitHub tables): one article, or a briefing of several."""
    if not items:
        raise ValueError("nothing to export")
    data = export_data(items, exported_at)
    contents = data["articles"]
    headings = _Headings()
    if len(contents) == 1:
        content = contents[0]
        lines = _front_matter(
            {
                "title": content["title"],
                "source": content["url"] or content["source"],
                "date": content["date"],
                "exported_at": data["exported_at"],
                "tags": content["tags"],
            }
        )
        lines += [headings.add(1, content["title"])[0], "", *_article_body(content, 2, headings)]
        return "\n".join(lines).rstrip("\n") + "\n"

    tags = sorted({tag for content in contents for tag in content["tags"]}, key=str.casefold)
    lines = _front_matter(
        {
            "title": data["title"],
            "date": data["date"],
            "exported_at": data["exported_at"],
            "tags": tags,
            "sources": [content["url"] or content["source"] for content in contents],
        }
    )
    lines += [headings.add(1, data["title"])[0], ""]
    lines += [f"{len(contents)} articles, exported {escape_inline(data['exported_at'])}.", ""]
    contents_heading = headings.add(2, "Contents")[0]
    sections: list[str] = []
    anchors: list[str] = []
    for content in contents:
        heading, anchor = headings.add(2, content["title"])
        anchors.append(anchor)
        sections += [heading, "", *_article_body(content, 3, headings)]
    index_heading = headings.add(2, "Index of parties")[0]
    toc = [
        f"{number}. [{escape_inline(content['title'])}](#{anchor})"
        for number, (content, anchor) in enumerate(zip(contents, anchors, strict=True), start=1)
    ]
    lines += [contents_heading, "", *toc, "", *sections, index_heading, ""]
    lines += _index_table(data["parties_index"], anchors)
    return "\n".join(lines).rstrip("\n") + "\n"


def _index_table(entries: list[dict[str, Any]], anchors: list[str]) -> list[str]:
    if not entries:
        return ["No parties found."]
    header = ["Party", "Type", "Articles", *(STANCE_HEADINGS[s] for s in STANCES)]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * 3 + ["--:"] * len(STANCES)) + "|"]
    for entry in entries:
        articles = ", ".join(f"[{n}](#{anchors[n - 1]})" for n in entry["articles"])
        counts = [str(entry["counts"].get(s, 0)) for s in STANCES]
        cells = [escape_inline(entry["name"]), escape_inline(entry["type"]), articles, *counts]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


# --- where and how the file is written -----------------------------------------------


def slugify(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, for file names."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        cut = slug[: limit + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:limit]  # end on a whole word
    return slug.strip("-") or "notes"


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
