"""Build the written development gold files from their specs, computing every offset.

Run from the repository root: ``python eval/written/build.py`` (all specs) or
``python eval/written/build.py eval/written/specs/pol_summit.py`` (some). Each spec
``eval/written/specs/<name>.py`` becomes ``eval/written/<ID>.json`` in the format of
``shared/eval/GOLD_FORMAT.md``. The specs live in a subfolder, and are ``.py`` files, because
``briefing eval DIR`` reads every ``*.json`` directly in DIR as a gold file.

A spec is a Python module defining:

- ``ID`` (str, e.g. ``"written-pol-summit"``), ``TITLE`` (str), optionally ``SOURCE`` (str);
- ``TEXT``: the article body, paragraphs separated by blank lines. Inside a paragraph, runs of
  white space (line breaks included) become one space; paragraphs are joined with one "\\n".
- ``QUOTES``: a list of dicts, one per statement, in any order, with keys
  - ``content``: where the statement's span is. Either a locator string, or a pair
    ``(start_locator, end_locator)``: the span runs from the start of the first to the end of
    the first match of the second after it, in the same paragraph.
  - ``kind`` (direct/indirect/mixed), ``speaker`` (str or None), ``cue`` (str or None),
    ``stance`` (claim/denial/non_denial/confirmation/refusal or None);
  - ``mention``: locator of the speaker mention the cue attaches to, or None. It is looked
    up in the paragraph holding the content, or ``mention_para`` paragraphs away from it
    (``-1``: the paragraph before), and matched on word boundaries.
- ``PARTIES``: a list of dicts ``{"name": ..., "type": PERSON/ORG/GPE/NORP, "aliases": [...]}``.
- optionally ``UNNAMED_SPEAKERS``: speakers that are not parties (unnamed sources kept under
  their description, "a senior official"); every other speaker must be a party's name.

A locator is a string that must occur exactly once where it is looked for (the whole text
for content, the paragraph for a mention). To pin down a string that occurs more often, mark
the target inside a longer unique context with ``[[`` and ``]]``: ``"“No,” [[he]] said"``.
White space in a locator is normalised like the text's. Anything not found, or found more
than once, stops the build with a message naming the spec and the locator.

Checks on every built quote: the span is inside the text and not blank; a direct quote's span
starts and ends just inside quotation marks and does not begin or end with one; a mixed quote
holds a quotation mark; quotes do not overlap; every alias occurs in the text; every speaker is
a party name or listed in UNNAMED_SPEAKERS.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
QUOTE_MARKS = "\"“”‘’'"
OPENING_MARKS = "\"“‘'"
CLOSING_MARKS = "\"”’'"
KINDS = ("direct", "indirect", "mixed")
STANCES = ("claim", "denial", "non_denial", "confirmation", "refusal")
PARTY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
DEFAULT_SOURCE = "written for briefing's development set (invented events, invented people)"


class SpecError(Exception):
    """A spec that cannot be built; the message says which and why."""


def normalise_text(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """The article text and the (start, end) offsets of each of its paragraphs."""
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", raw.strip())]
    paragraphs = [p for p in paragraphs if p]
    bounds: list[tuple[int, int]] = []
    position = 0
    for paragraph in paragraphs:
        bounds.append((position, position + len(paragraph)))
        position += len(paragraph) + 1
    return "\n".join(paragraphs), bounds


def _pattern(target: str, whole_words: bool) -> str:
    escaped = re.escape(target)
    if whole_words and target[:1].isalnum():
        escaped = r"(?<!\w)" + escaped
    if whole_words and target[-1:].isalnum():
        escaped += r"(?!\w)"
    return escaped


def locate(text: str, locator: str, lo: int, hi: int, whole_words: bool, where: str) -> tuple[int, int]:
    """The one span of ``text[lo:hi]`` that ``locator`` names (see the module docstring)."""
    locator = " ".join(locator.split())
    if locator.count("[[") > 1 or locator.count("[[") != locator.count("]]"):
        raise SpecError(f"{where}: locator {locator!r} needs at most one [[...]] pair")
    if "[[" in locator:
        before, rest = locator.split("[[", 1)
        target, after = rest.split("]]", 1)
    else:
        before, target, after = "", locator, ""
    if not target:
        raise SpecError(f"{where}: locator {locator!r} names an empty string")
    pattern = re.escape(before) + "(" + _pattern(target, whole_words) + ")" + re.escape(after)
    matches = list(re.compile(pattern).finditer(text, lo, hi))
    if not matches:
        raise SpecError(f"{where}: {locator!r} not found")
    if len(matches) > 1:
        raise SpecError(f"{where}: {locator!r} found {len(matches)} times; mark it with [[...]]")
    return matches[0].span(1)


def paragraph_of(bounds: list[tuple[int, int]], offset: int) -> int:
    for index, (start, end) in enumerate(bounds):
        if start <= offset <= end:
            return index
    raise SpecError(f"offset {offset} is outside every paragraph")


def build_quote(spec: dict, text: str, bounds: list[tuple[int, int]], where: str) -> dict:
    unknown = set(spec) - {"content", "kind", "speaker", "cue", "stance", "mention", "mention_para"}
    if unknown:
        raise SpecError(f"{where}: unknown keys {sorted(unknown)}")
    content = spec["content"]
    if isinstance(content, tuple):
        start, first_end = locate(text, content[0], 0, len(text), False, where)
        _, para_end = bounds[paragraph_of(bounds, start)]
        end_locator = " ".join(content[1].split())
        end_at = text.find(end_locator, start, para_end) if end_locator else -1
        while end_at >= 0 and end_at + len(end_locator) < first_end:
            end_at = text.find(end_locator, end_at + 1, para_end)
        if end_at < 0:
            raise SpecError(f"{where}: end {content[1]!r} not found after {content[0]!r} in its paragraph")
        end = end_at + len(end_locator)
    else:
        start, end = locate(text, content, 0, len(text), False, where)
    kind, stance = spec["kind"], spec["stance"]
    if kind not in KINDS:
        raise SpecError(f"{where}: kind {kind!r}")
    if stance is not None and stance not in STANCES:
        raise SpecError(f"{where}: stance {stance!r}")
    span_text = text[start:end]
    if not span_text.strip() or "\n" in span_text and kind != "direct":
        raise SpecError(f"{where}: content {span_text!r} is blank or crosses a paragraph")
    if kind == "direct":
        if span_text[0] in QUOTE_MARKS or span_text[-1] in QUOTE_MARKS:
            raise SpecError(f"{where}: direct quote {span_text!r} includes a quotation mark at an end")
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not before or before not in OPENING_MARKS or not after or after not in CLOSING_MARKS:
            raise SpecError(f"{where}: direct quote {span_text!r} is not just inside quotation marks")
    if kind == "mixed" and not any(mark in span_text for mark in QUOTE_MARKS):
        raise SpecError(f"{where}: mixed quote {span_text!r} holds no quotation mark")
    speaker_span = None
    if spec.get("mention") is not None:
        paragraph = paragraph_of(bounds, start) + spec.get("mention_para", 0)
        if not 0 <= paragraph < len(bounds):
            raise SpecError(f"{where}: mention_para points outside the text")
        lo, hi = bounds[paragraph]
        m_start, m_end = locate(text, spec["mention"], lo, hi, True, where + " (mention)")
        speaker_span = [m_start, m_end]
    return {
        "start": start,
        "end": end,
        "kind": kind,
        "speaker": spec["speaker"],
        "speaker_span": speaker_span,
        "cue": spec["cue"],
        "stance": stance,
    }


def load_spec(path: Path) -> ModuleType:
    module_spec = importlib.util.spec_from_file_location(f"gold_spec_{path.stem}", path)
    if module_spec is None or module_spec.loader is None:
        raise SpecError(f"{path}: cannot be loaded")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def build(path: Path) -> dict:
    spec = load_spec(path)
    text, bounds = normalise_text(spec.TEXT)
    quotes = [
        build_quote(quote, text, bounds, f"{path.name}: quote {number}")
        for number, quote in enumerate(spec.QUOTES, start=1)
    ]
    quotes.sort(key=lambda quote: (quote["start"], quote["end"]))
    for earlier, later in zip(quotes, quotes[1:], strict=False):
        if later["start"] < earlier["end"]:
            raise SpecError(f"{path.name}: quotes overlap: {text[later['start'] : later['end']]!r}")
    parties = spec.PARTIES
    names: set[str] = set()
    for party in parties:
        if set(party) != {"name", "type", "aliases"} or party["type"] not in PARTY_TYPES:
            raise SpecError(f"{path.name}: party {party!r} needs name, type (one of {PARTY_TYPES}), aliases")
        if party["name"] in names:
            raise SpecError(f"{path.name}: party {party['name']!r} is listed twice")
        names.add(party["name"])
        for alias in party["aliases"]:
            if alias not in text:
                raise SpecError(f"{path.name}: alias {alias!r} of {party['name']!r} is not in the text")
    all_names = names | set(getattr(spec, "UNNAMED_SPEAKERS", ()))
    for quote in quotes:
        if quote["speaker"] is not None and quote["speaker"] not in all_names:
            raise SpecError(
                f"{path.name}: speaker {quote['speaker']!r} is no party and not in UNNAMED_SPEAKERS"
            )
    return {
        "id": spec.ID,
        "title": spec.TITLE,
        "source": getattr(spec, "SOURCE", DEFAULT_SOURCE),
        "text": text,
        "quotes": quotes,
        "parties": parties,
    }


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or sorted(SPECS.glob("*.py"))
    for path in paths:
        try:
            gold = build(path)
        except (SpecError, KeyError, AttributeError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 2
        out = HERE / f"{gold['id']}.json"
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{out.relative_to(HERE.parent.parent)}: {len(gold['quotes'])} statements")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
