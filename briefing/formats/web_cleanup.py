"""Page furniture that trafilatura leaves in an article, removed by general rules.

News pages wrap an article in things that are not the article: pop-up cards
glued into a sentence, "More:" and "SEE MORE:" links, a "DON'T MISS" block of
other headlines, "Follow ... full coverage" lines, the headline repeated as
the first paragraph, runs of link titles, update stamps. Left in, their
headlines read as statements and their names as parties. Each rule below
describes a construction of news pages in general, not one page's wording.
"""

from __future__ import annotations

import re

# Elements a page shows only on hover or keeps hidden: person cards, tooltips, pop-ups.
_POPUP_CLASS = re.compile(
    r"(?:^|[-_\s])(?:rollover|hovercard|hover-card|tooltip|popover|popup)(?:$|[-_\s])", re.I
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

_LIST_WORDS = (
    r"more|see more|see also|read more|read next|read also|also read|related|related coverage|"
    r"related stories|related articles|related content|recommended|recommended for you|don[\u2019']t miss|"
    r"must read|more (?:stories|news|coverage|from\b.{1,40})|most (?:read|popular|viewed)|"
    r"trending(?: now| stories)?|top stories|latest(?: news| stories)?|you (?:may|might) also like|"
    r"editor[\u2019']s picks|in other news"
)
_LABEL_WORDS = (
    r"watch|watch more|listen|click here|sign up|subscribe|advertisement|share(?: this(?: article)?)?"
)
# "More: …", "SEE MORE: …", "RELATED — …", "WATCH: …": a label, then a link to another story.
_LINK_LEAD = re.compile(rf"^(?:{_LIST_WORDS}|{_LABEL_WORDS})\s*(?::|\u2014|\u2013|>>|\u00bb|\|)", re.I)
# A heading over a list of other stories' headlines: "DON'T MISS", "Related stories", "More from …".
_LIST_HEADING = re.compile(rf"^(?:{_LIST_WORDS})\s*:?$", re.I)
# A label left alone on its line: "Advertisement", "Share this article".
_LONE_LABEL = re.compile(rf"^(?:{_LABEL_WORDS})\s*:?$", re.I)
# "Follow AP's full coverage of the trial at …", "Follow us on Twitter".
_FOLLOW = re.compile(
    r"^follow (?:us\b|(?:the |our |all of |\S+[\u2019']s ).{0,120}\b(?:coverage|updates)\b|"
    r".{0,80}\bon (?:twitter|x|facebook|instagram|threads|bluesky)\b)",
    re.I,
)
_FOLLOW_MAX_WORDS = 25
# "Updated at 1:23 p.m.", "Last updated: March 3, 2026 10:02": a stamp, not a sentence.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_STAMP = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|modified)\b.{0,40}?"
    rf"(?:\d{{1,2}}[:.]\d{{2}}|\d{{4}}-\d{{2}}-\d{{2}}|\b{_MONTH} \d{{1,2}}\b|\b\d{{1,2}} {_MONTH}|\bago\b)",
    re.I,
)
_STAMP_MAX_WORDS = 9
_SENTENCE_END = tuple('.!?"\u201d\u2019')
_HEADLINE_MAX_WORDS = 16
_LINK_RUN = 3  # this many headline-like lines in a row are a list of links
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into is of off on or over per the to up via vs with".split()
)


def clean_html(html: str) -> str | None:
    """The page without pop-up cards and hidden elements, or None when it has none of them."""
    return without_elements(html, _popups_and_hidden)


def without_elements(html: str, pick) -> str | None:
    """``html`` less the elements ``pick(tree)`` names, or None when it names none (or cannot parse)."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree = lxml_html.document_fromstring(html)
    except (ParserError, ValueError):
        return None
    doomed = list(pick(tree))
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    return str(lxml_html.tostring(tree, encoding="unicode")) if doomed else None


def _popups_and_hidden(tree) -> list:
    popups = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str) and _POPUP_CLASS.search(element.get("class") or "")
    ]
    # A hover widget is a trigger (the linked name, kept) and a card (the innermost part, dropped).
    inside = {id(ancestor) for element in popups for ancestor in element.iterancestors()}
    doomed = [element for element in popups if id(element) not in inside and element.tag != "a"]
    doomed += [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and element.tag not in ("html", "body")
        and (_HIDDEN_STYLE.search(element.get("style") or "") or element.get("hidden") is not None)
    ]
    return doomed


def remove_furniture(text: str, title: str | None = None) -> str:
    """Article text (one paragraph a line) without the furniture lines."""
    lines = text.split("\n")
    keep = [True] * len(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and title and _same_words(lines[first], title):
        keep[first] = False
    in_block = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _LIST_HEADING.match(line):
            keep[index] = False
            in_block = True
            continue
        if in_block and _headline_like(line):
            keep[index] = False
            continue
        in_block = False
        if _LINK_LEAD.match(line) or _LONE_LABEL.match(line):
            keep[index] = False
        elif _FOLLOW.match(line) and len(line.split()) <= _FOLLOW_MAX_WORDS and ", " not in line:
            # (A sentence that starts with "Follow" has clauses; the pointer line has none.)
            keep[index] = False
        elif _STAMP.match(line) and len(line.split()) <= _STAMP_MAX_WORDS:
            keep[index] = False
    _drop_link_runs(lines, keep)
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


def _drop_link_runs(lines: list[str], keep: list[bool]) -> None:
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if index < len(lines) and keep[index] and line.strip() and _title_case_headline(line.strip()):
            run.append(index)
            continue
        if len(run) >= _LINK_RUN:
            for member in run:
                keep[member] = False
        run = []


def _headline_like(line: str) -> bool:
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not line.endswith(_SENTENCE_END)


def _title_case_headline(line: str) -> bool:
    """A short line without a sentence's end whose words are mostly capitalised: a link title."""
    if not _headline_like(line) or line.startswith(("\u201c", '"', "-", "\u2022", "*")):
        return False
    words = [word for word in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if word.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return False
    return sum(word[0].isupper() for word in words) / len(words) >= 0.75


def _same_words(a: str, b: str) -> bool:
    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.casefold())

    return bool(words(a)) and words(a) == words(b)
