"""The literal prefilter in front of the word-list patterns answers exactly as the patterns do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.nlp import lexicon
from briefing.nlp.prefilter import Prefiltered, needles, prefiltered

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"

# Sentences of our own that each match some word-list pattern, in the lower-cased form the rules see.
WRITTEN = [
    "i have no idea what he is talking about",
    "i don't know whether the minister was there",
    "we would not rule it out at this stage",
    "everything is on the table, she said",
    "the claims are completely false and politically motivated",
    "i never heard of the company before today",
    "we take these concerns very seriously",
    "she declined to comment on the report",
    "the company did not know the full circumstances of the sale",
    "that is simply not true",
    "we reserve the right to take legal action",
    "i should have handled it better",
    "it's a question for the courts, not for me",
]


def _texts() -> list[str]:
    found = list(WRITTEN)
    for path in sorted(SAMPLES.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if paragraph.strip():
                found += [paragraph, paragraph.lower().replace("’", "'")]
    return found


def _lexicon_patterns() -> dict[str, Prefiltered | re.Pattern[str]]:
    return {n: v for n, v in vars(lexicon).items() if isinstance(v, (Prefiltered, re.Pattern))}


def test_every_lexicon_pattern_with_needles_is_behind_its_prefilter() -> None:
    patterns = _lexicon_patterns()
    assert len(patterns) > 50
    unfiltered = [n for n, p in patterns.items() if isinstance(p, re.Pattern) and needles(p) is not None]
    assert not unfiltered, f"bound after prefilter_module_patterns() in lexicon.py: {unfiltered}"
    assert sum(isinstance(p, Prefiltered) for p in patterns.values()) > 0.9 * len(patterns)


def test_prefiltered_patterns_answer_as_the_patterns_do() -> None:
    texts = _texts()
    matched = 0
    for name, pattern in _lexicon_patterns().items():
        if not isinstance(pattern, Prefiltered):
            continue
        for text in texts:
            expected = pattern.compiled.search(text)
            got = pattern.search(text)
            assert (got and got.span()) == (expected and expected.span()), (name, text)
            assert pattern.sub("#", text) == pattern.compiled.sub("#", text), (name, text)
            assert pattern.findall(text) == pattern.compiled.findall(text), (name, text)
            matched += expected is not None
    assert matched >= len(WRITTEN)  # the check saw matches, not only texts that match nothing


@pytest.mark.parametrize(
    ("source", "inside", "outside"),
    [
        (r"\b(do|does|did)n't know (whether|if)\b", "i didn't know if", "i know"),
        (r"(?<=no )idea\b", "no idea", "no ide"),  # a look-behind's words need not be in the match
        (r"(?<!no )idea\b", "an idea", "an ide"),  # nor a negative look-behind's
        (r"\bwe ?'?ll see\b", "we'll see", "well, see"),
        (r"(full|whole) (story|picture)", "the whole picture", "the full pic"),
        (r"x{2,3}yz", "xxyz", "xyz"),
    ],
)
def test_a_needle_is_in_every_match(source: str, inside: str, outside: str) -> None:
    compiled = re.compile(source)
    found = needles(compiled)
    assert found, source
    assert any(needle in inside for needle in found)
    wrapped = prefiltered(compiled)
    assert wrapped.search(inside) is not None
    assert wrapped.search(outside) is None


@pytest.mark.parametrize("source", [r"\w+", r"(a|)b?", r"x*", r"[^a]+", r"(?i)denied", r"(?i:no) comment|x?"])
def test_no_needles_where_a_match_needs_no_fixed_string(source: str) -> None:
    compiled = re.compile(source)
    assert needles(compiled) is None
    assert prefiltered(compiled) is compiled
