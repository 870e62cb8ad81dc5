"""The written development gold (eval/written): loadable by briefing's own loader, and sound.

The articles there were written for the project (invented events), so this test needs no corpus.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from briefing.evaluate import load_gold_dir

WRITTEN = Path(__file__).resolve().parents[1] / "eval" / "written"
QUOTE_MARKS = "\"“”‘’'"
GOLD_FILES = sorted(WRITTEN.glob("*.json"))


def _builder():
    spec = importlib.util.spec_from_file_location("written_gold_build", WRITTEN / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_written_gold_file_loads_without_problems() -> None:
    docs, errors = load_gold_dir(WRITTEN)
    assert errors == []
    assert len(docs) == len(GOLD_FILES) >= 12  # six written for politics, six for business, courts and health
    assert len({doc.id for doc in docs}) == len(docs)
    assert all(doc.quotes for doc in docs)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda path: path.stem)
def test_spans_are_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = gold["text"]
    for quote in gold["quotes"]:
        content = text[quote["start"] : quote["end"]]
        assert content.strip(), quote
        if quote["speaker_span"] is not None:
            start, end = quote["speaker_span"]
            assert text[start:end].strip(), quote
        if quote["kind"] == "direct":
            assert content[0] not in QUOTE_MARKS and content[-1] not in QUOTE_MARKS, content
            assert text[quote["start"] - 1] in QUOTE_MARKS and text[quote["end"]] in QUOTE_MARKS, content


def test_each_gold_file_is_what_its_spec_builds() -> None:
    """A gold file edited by hand, or a spec changed without a rebuild, would drift from the other."""
    builder = _builder()
    specs = sorted((WRITTEN / "specs").glob("*.py"))
    built = {gold["id"]: gold for gold in (builder.build(spec) for spec in specs)}
    on_disk = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in GOLD_FILES}
    assert set(built) <= set(on_disk)
    for gold_id, gold in built.items():
        assert on_disk[gold_id] == gold, gold_id


def test_the_builder_refuses_an_ambiguous_or_missing_locator() -> None:
    builder = _builder()
    text, bounds = builder.normalise_text('Then he said "no," and he said it twice.\n\nThen silence.')
    with pytest.raises(builder.SpecError, match="found 2 times"):
        builder.locate(text, "he", *bounds[0], True, "test")
    with pytest.raises(builder.SpecError, match="not found"):
        builder.locate(text, "yes", 0, len(text), False, "test")
    second = text.index("and he") + len("and ")
    assert builder.locate(text, "and [[he]] said", *bounds[0], True, "test") == (second, second + 2)
    # A pronoun is matched as a word, never inside another ("Then"), so one "he" is found here.
    first = text.index(" he ") + 1
    assert builder.locate(text, "he", 0, text.index("and"), True, "test") == (first, first + 2)
