"""Text-quote anchors for notes, and re-anchoring them when the text changes.

An anchor keeps the exact words, up to ``CONTEXT`` characters either side, and
the offsets as a hint (a W3C TextQuoteSelector plus a TextPositionSelector, as
Hypothesis stores them). ``locate`` finds the words again in a possibly edited
text, in this order:

1. the offsets still hold the exact words and context (the usual case: nothing changed);
2. the exact words elsewhere, the best by context and nearness to the hint;
3. a near match: 16-character seeds of prefix + quote + suffix vote for where
   the quote starts, each candidate is aligned with ``difflib`` and scored with
   Hypothesis' weights; it is accepted only when the quote itself is at least
   ``MIN_QUOTE_SIMILARITY`` alike.

Nothing here is ever dropped: ``reanchor`` marks what it cannot place as
orphaned and keeps its original words and offsets.

Public API:

- ``make_anchor(text, start, end, context=CONTEXT) -> Anchor``
- ``locate(anchor, text) -> tuple[int, int] | None``
- ``reanchor(annotation, article) -> Annotation``
- ``relocated(anchor, text) -> Anchor | None`` (the same for any anchored record, e.g. corrections)
- ``new_annotation(article, start, end, note="", tags=(), colour=1, target="text", party_id=None)``
  ``-> Annotation`` (the one place notes are created, for the app and the command line)
- ``edit_annotation(annotation, note=None, tags=None, colour=None) -> Annotation``
- ``find_quote(text, quote) -> list[tuple[int, int]]`` (for quotes typed by hand)
- ``tags_in(note) -> list[str]``, ``utc_now() -> str``
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from difflib import SequenceMatcher

from briefing.model import NOTE_COLOURS, Anchor, Annotation, Article

CONTEXT = 32  # characters of prefix and suffix, as Hypothesis keeps
MIN_QUOTE_SIMILARITY = 0.75
SEED_LENGTH = 16
MAX_SEED_HITS = 50  # a seed found more often than this says nothing about where the quote is
MAX_CANDIDATES = 8
MAX_SCORED_COPIES = 64
TRUSTED_EXACT_SCORE = 0.8  # exact words with most of their context: no need to look further
# Hypothesis' weights for quote, prefix, suffix and position (match-quote.ts).
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50, 20, 20, 2

# A hashtag: '#' not glued to a word before it, then a word that holds a letter.
_TAG = re.compile(r"(?<![\w#&])#(\w[\w-]*)")


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """The anchor for ``text[start:end]``: its words, ``context`` characters either side, its offsets."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no words to anchor at {start}..{end} in a text of {len(text)} characters")
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def locate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where the anchored words are in ``text`` (start, end), or ``None`` when they cannot be placed."""
    exact = anchor.exact
    if not exact:
        return None
    if text[anchor.start : anchor.end] == exact and _context_matches(anchor, text, anchor.start):
        return anchor.start, anchor.end
    exact_match = _best_exact(anchor, text)
    if exact_match is not None and exact_match[0] >= TRUSTED_EXACT_SCORE:
        return exact_match[1]
    # The words alone are weak evidence when their context changed (a short quote
    # like "said" is everywhere): let an edited copy in the right context compete.
    candidates = [found for found in (exact_match, _best_near(anchor, text)) if found is not None]
    return max(candidates)[1] if candidates else None


def reanchor(annotation: Annotation, article: Article) -> Annotation:
    """The note placed in ``article``: fresh offsets and context, or ``orphaned`` with its original anchor."""
    anchor = relocated(annotation.anchor, article.text)
    if anchor is None:
        return annotation.with_changes(orphaned=True)
    if anchor is annotation.anchor and annotation.article_id == article.id and not annotation.orphaned:
        return annotation
    return annotation.with_changes(anchor=anchor, article_id=article.id, orphaned=False)


def relocated(anchor: Anchor, text: str) -> Anchor | None:
    """``anchor`` placed in ``text``: the same object when its words are still at its offsets,
    a fresh anchor (new offsets and context) where they moved, ``None`` when they cannot be placed."""
    span = locate(anchor, text)
    if span is None:
        return None
    if span == (anchor.start, anchor.end) and text[span[0] : span[1]] == anchor.exact:
        if _context_matches(anchor, text, span[0]):
            return anchor
    context = max(len(anchor.prefix), len(anchor.suffix), CONTEXT)
    return make_anchor(text, span[0], span[1], context)


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place ``quote`` is in ``text``, as typed or else forgiving white space and quote marks.

    For a quote typed on the command line: a line break in the article is a
    space to the user, and a keyboard gives ' and " where the article has ’ and ”.
    """
    quote = quote.strip()
    if not quote:
        return []
    exact = [(hit, hit + len(quote)) for hit in _find_all(text, quote, limit=len(text))]
    if exact:
        return exact
    pattern = "".join(_forgiving(character) for character in re.sub(r"\s+", " ", quote))
    return [match.span() for match in re.finditer(pattern, text)]


def tags_in(note: str) -> list[str]:
    """The ``#tags`` written in a note, in order, without the '#', each once."""
    return _unique(match.group(1) for match in _TAG.finditer(note) if _has_letter(match.group(1)))


def utc_now() -> str:
    """Now in UTC as ISO 8601 with a 'Z', to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_annotation(
    article: Article,
    start: int,
    end: int,
    note: str = "",
    tags: Iterable[str] = (),
    colour: int = 1,
    target: str = "text",
    party_id: str | None = None,
) -> Annotation:
    """A new note on ``article.text[start:end]``: fresh id, UTC times, given tags and the ``#tags`` in it."""
    now = utc_now()
    return Annotation(
        id=uuid.uuid4().hex,
        source=article.source,
        article_id=article.id,
        anchor=make_anchor(article.text, start, end),
        note=note,
        tags=tuple(_unique([*_clean_tags(tags), *tags_in(note)])),
        colour=_check_colour(colour),
        created=now,
        updated=now,
        target=target,
        party_id=party_id,
    )


def edit_annotation(
    annotation: Annotation,
    note: str | None = None,
    tags: Iterable[str] | None = None,
    colour: int | None = None,
) -> Annotation:
    """The note with new text, tags or colour, and ``updated`` set to now.

    Tags that came from ``#tags`` in the old note text follow the text: deleting
    ``#budget`` from the note drops the tag, unless ``tags`` names it explicitly.
    """
    new_note = annotation.note if note is None else note
    if tags is None:
        from_old_text = set(tags_in(annotation.note))
        explicit = [tag for tag in annotation.tags if tag not in from_old_text]
    else:
        explicit = _clean_tags(tags)
    return annotation.with_changes(
        note=new_note,
        tags=tuple(_unique([*explicit, *tags_in(new_note)])),
        colour=annotation.colour if colour is None else _check_colour(colour),
        updated=utc_now(),
    )


def _best_exact(anchor: Anchor, text: str) -> tuple[float, tuple[int, int]] | None:
    length = len(anchor.exact)
    hits = _find_all(text, anchor.exact, limit=len(text))
    if not hits:
        return None
    in_context = [hit for hit in hits if _context_matches(anchor, text, hit)]
    if in_context:
        nearest = min(in_context, key=lambda hit: abs(hit - anchor.start))
        return 1.0, (nearest, nearest + length)
    # Scoring context with difflib is the slow part: only the copies nearest the hint.
    nearest_hits = sorted(hits, key=lambda hit: abs(hit - anchor.start))[:MAX_SCORED_COPIES]
    score, start = max(
        (_score(anchor, text, hit, hit + length, quote_similarity=1.0), hit) for hit in nearest_hits
    )
    return score, (start, start + length)


def _context_matches(anchor: Anchor, text: str, start: int) -> bool:
    end = start + len(anchor.exact)
    before = start - len(anchor.prefix)
    return before >= 0 and text.startswith(anchor.prefix, before) and text.startswith(anchor.suffix, end)


def _best_near(anchor: Anchor, text: str) -> tuple[float, tuple[int, int]] | None:
    best: tuple[float, int, int] | None = None
    for guess in _guessed_starts(anchor, text):
        span = _align(anchor.exact, text, guess)
        if span is None:
            continue
        start, end = span
        similarity = _similarity(anchor.exact, text[start:end])
        if similarity < MIN_QUOTE_SIMILARITY:
            continue
        score = _score(anchor, text, start, end, similarity)
        if best is None or score > best[0]:
            best = (score, start, end)
    return None if best is None else (best[0], (best[1], best[2]))


def _guessed_starts(anchor: Anchor, text: str) -> list[int]:
    """Where the quote may start now: votes from exact seeds of prefix + quote + suffix."""
    whole = anchor.prefix + anchor.exact + anchor.suffix
    quote_at = len(anchor.prefix)
    seed_length = max(4, min(SEED_LENGTH, len(anchor.exact) // 3))
    votes: Counter[int] = Counter()
    for offset in range(0, max(1, len(whole) - seed_length + 1), seed_length):
        seed = whole[offset : offset + seed_length]
        hits = _find_all(text, seed, MAX_SEED_HITS + 1)
        if len(hits) > MAX_SEED_HITS:
            continue
        for hit in hits:
            # Votes within a few characters are one guess: small edits shift the seeds a little.
            votes[(hit - offset + quote_at) // 8] += 1
    return [bucket * 8 for bucket, _ in votes.most_common(MAX_CANDIDATES)]


def _align(exact: str, text: str, guess: int) -> tuple[int, int] | None:
    """The stretch of ``text`` near ``guess`` that best matches ``exact``, its ends trimmed to whole words."""
    slack = len(exact) // 4 + 16
    window_start = max(0, guess - slack)
    window = text[window_start : guess + len(exact) + slack]
    blocks = [
        block
        for block in SequenceMatcher(None, exact, window, autojunk=False).get_matching_blocks()
        if block.size >= 3
    ]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    start = window_start + max(0, first.b - first.a)
    end = window_start + min(len(window), last.b + last.size + (len(exact) - last.a - last.size))
    if end <= start:
        return None
    return _refine(exact, text, start, end)


def _refine(exact: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Nudge both ends a few characters to the best similarity (the alignment guesses the ends)."""
    shifts = range(-6, 7)
    starts = [s for s in (start + shift for shift in shifts) if 0 <= s < end]
    start = max(starts, key=lambda s: (_similarity(exact, text[s:end]), -abs(s - start)))
    ends = [e for e in (end + shift for shift in shifts) if start < e <= len(text)]
    end = max(ends, key=lambda e: (_similarity(exact, text[start:e]), -abs(e - end)))
    return start, end


def _score(anchor: Anchor, text: str, start: int, end: int, quote_similarity: float) -> float:
    prefix = text[max(0, start - len(anchor.prefix)) : start]
    suffix = text[end : end + len(anchor.suffix)]
    prefix_similarity = _similarity(anchor.prefix, prefix) if anchor.prefix else 1.0
    suffix_similarity = _similarity(anchor.suffix, suffix) if anchor.suffix else 1.0
    nearness = 1 - abs(start - anchor.start) / max(1, len(text))
    total = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT
    return (
        QUOTE_WEIGHT * quote_similarity
        + PREFIX_WEIGHT * prefix_similarity
        + SUFFIX_WEIGHT * suffix_similarity
        + POSITION_WEIGHT * nearness
    ) / total


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _find_all(text: str, needle: str, limit: int) -> list[int]:
    hits: list[int] = []
    position = text.find(needle)
    while position != -1 and len(hits) < limit:
        hits.append(position)
        position = text.find(needle, position + 1)
    return hits


_QUOTE_MARKS = {"'": "'‘’‛′", '"': '"“”„‟″«»'}
_SAME_MARKS = {mark: marks for marks in _QUOTE_MARKS.values() for mark in marks}


def _forgiving(character: str) -> str:
    if character == " ":
        return r"\s+"
    if character in _SAME_MARKS:
        return f"[{re.escape(_SAME_MARKS[character])}]"
    return re.escape(character)


def _clean_tags(tags: Iterable[str]) -> list[str]:
    return [tag.strip().lstrip("#") for tag in tags if tag.strip().lstrip("#")]


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            kept.append(item)
    return kept


def _has_letter(word: str) -> bool:
    return any(character.isalpha() for character in word)


def _check_colour(colour: int) -> int:
    if colour not in NOTE_COLOURS:
        raise ValueError(f"highlight colour must be {NOTE_COLOURS[0]}..{NOTE_COLOURS[-1]}, not {colour}")
    return colour
