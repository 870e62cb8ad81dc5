"""A literal prefilter for the word-list patterns: skip a regular expression when the text cannot match it.

Most of the stance and cue patterns are long alternations ("not recall|no idea|never heard of|…") tried
on every statement, and Python's ``re`` tries each alternative at every character. Nearly every statement
matches none of them. From a pattern's parse we take a set of plain strings of which every match must
contain at least one ("recall", "remember", "no idea", "heard of" …); when none is in the text, the
answer is "no match" without running the pattern. When a pattern offers no such set (or ignores case),
it is run as it is. The answers are the same as the pattern's own, only cheaper to reach.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # pyright: ignore[reportAttributeAccessIssue]
from re import _parser as sre_parse  # pyright: ignore[reportAttributeAccessIssue]
from typing import Any

# Sets of strings grow by product along a pattern ("(do|does|did)n't know (whether|if)"): beyond this size
# a set is cut short, and such sets are too many substring tests to be worth it anyway.
_MOST_STRINGS = 48
# A necessary set is looked for among joined stretches of at most this many strings, each this long if it can.
_WINDOW_STRINGS = 8
_RARE_LENGTH = 4
# A stretch longer than this is no rarer for it, and trying every longer one made the import slow.
_WINDOW_PARTS = 24

# (every string the part can match, when few; a set of strings one of which every match contains)
_Analysis = tuple[frozenset[str] | None, frozenset[str] | None]
_ZERO_WIDTH: _Analysis = (frozenset({""}), None)
_UNKNOWN: _Analysis = (None, None)


# Words in nearly every statement: a needle made only of them passes nearly every text, whatever its length.
_COMMON_WORDS = frozenset(
    """a an the of to in on at by for with from and or but not no is are was were be been being it its this
    that he she they we i you has have had do does did as would will more than said say says""".split()
)


def _rarity(needle: str) -> int:
    """A needle's length, or 1 when it is only common words and spaces."""
    words = needle.split()
    return 1 if all(word in _COMMON_WORDS for word in words) else len(needle)


def _score(strings: frozenset[str]) -> tuple[int, int, int]:
    """Higher is a better prefilter: few substring tests, each long enough to be rare."""
    shortest = min(map(_rarity, strings))
    return (1, -len(strings), shortest) if shortest >= _RARE_LENGTH else (0, shortest, -len(strings))


def _usable(strings: frozenset[str] | None) -> frozenset[str] | None:
    """``strings`` as a necessary set, or None when it says nothing (no strings, or the empty one)."""
    return None if strings is None or not strings or "" in strings else strings


class _Best:
    """The best necessary set found so far, with its score kept (scores are asked of every candidate)."""

    def __init__(self) -> None:
        self.strings: frozenset[str] | None = None
        self.score: tuple[int, int, int] | None = None

    def offer(self, strings: frozenset[str] | None) -> None:
        strings = _usable(strings)
        if strings is None:
            return
        score = _score(strings)
        if self.score is None or score > self.score:
            self.strings, self.score = strings, score


def _sequence(items: Any) -> _Analysis:
    parts = [_item(op, av) for op, av in items]
    best = _Best()
    for _, needed in parts:
        best.offer(needed)
    # Every stretch of consecutive parts whose strings are known: the strings it can match, joined up.
    for start in range(len(parts)):
        # From one start, the first stretch rare enough has the fewest strings; the longest is the rarest.
        run: frozenset[str] = frozenset({""})
        rare = False
        for every, _ in parts[start : start + _WINDOW_PARTS]:
            if every is None or len(run) * len(every) > _WINDOW_STRINGS:
                break
            run = frozenset(a + b for a in run for b in every)
            if not rare and "" not in run and min(map(_rarity, run)) >= _RARE_LENGTH:
                rare = True
                best.offer(run)
        best.offer(run)
    every_part = [every for every, _ in parts]
    whole: frozenset[str] | None = frozenset({""})
    for every in every_part:
        if every is None or whole is None or len(whole) * len(every) > _MOST_STRINGS:
            whole = None
            break
        whole = frozenset(a + b for a in whole for b in every)
    return whole, best.strings


def _item(op: Any, av: Any) -> _Analysis:
    if op is sre.LITERAL:
        one = frozenset({chr(av)})
        return one, one
    if op is sre.IN:
        if any(kind is not sre.LITERAL for kind, _ in av) or len(av) > _MOST_STRINGS:
            return _UNKNOWN
        chars = frozenset(chr(code) for _, code in av)
        return chars, chars
    if op is sre.BRANCH:
        branches = [_sequence(branch) for branch in av[1]]
        everies = [every for every, _ in branches]
        every = None
        if all(e is not None for e in everies):
            union = frozenset().union(*everies)  # type: ignore[arg-type]
            every = union if len(union) <= _MOST_STRINGS else None
        neededs = [_usable(needed) for _, needed in branches]
        needed = frozenset().union(*neededs) if all(n is not None for n in neededs) else None  # type: ignore[arg-type]
        return every, needed
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return _UNKNOWN if add_flags & re.IGNORECASE else _sequence(sub)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        every, needed = _sequence(sub)
        if low == 0:
            return (every | {""} if every is not None and high == 1 else None), None
        if low == high == 1:
            return every, needed
        return None, needed
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _ZERO_WIDTH  # consumes nothing; what a look-around needs is not part of the match
    return _UNKNOWN


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or None when there is no such set."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))[1]
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    if not found or "" in found:
        return None
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


class Prefiltered:
    """A compiled pattern that answers "no match" at once when none of its needles is in the text."""

    __slots__ = ("compiled", "needles", "pattern", "flags", "groups", "groupindex")

    def __init__(self, compiled: re.Pattern[str], found: tuple[str, ...]) -> None:
        self.compiled = compiled
        self.needles = found
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex

    def _absent(self, text: str) -> bool:
        for needle in self.needles:
            if needle in text:
                return False
        return True

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.compiled.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.compiled.match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.compiled.fullmatch(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.compiled.finditer(text, *args)

    def findall(self, text: str, *args: int) -> list[Any]:
        return [] if self._absent(text) else self.compiled.findall(text, *args)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return text if self._absent(text) else self.compiled.sub(repl, text, count)

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return (text, 0) if self._absent(text) else self.compiled.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return [text] if self._absent(text) else self.compiled.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r}, needles={self.needles!r})"


def prefiltered(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """``compiled`` behind its prefilter, or as it is when it has none (typed as the pattern)."""
    found = needles(compiled)
    return compiled if found is None else Prefiltered(compiled, found)  # type: ignore[return-value]


def prefilter_module_patterns(namespace: dict[str, Any]) -> None:
    """Put every compiled pattern bound at a module's top level behind its prefilter."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and not name.startswith("__"):
            namespace[name] = prefiltered(value)
