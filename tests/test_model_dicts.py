"""The plain dicts of briefing.model keep the shapes the cache, the notes file and
``analyze --format json`` hold: the same keys, in the same order, with the same values.

Each expected dict below is the shape the hand-written ``to_dict`` of each class gave before
they were written once over ``dataclasses.fields``; key order is compared too, since it is what
reaches the bytes of a file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from briefing.model import (
    NOTE_COLOURS,
    Analysis,
    Anchor,
    Annotation,
    Article,
    Mention,
    Party,
    Statement,
    record_from_dict,
)

STYLES = Path(__file__).resolve().parents[1] / "styles"
TEXT = 'The harbour board met on Monday.\n\n"We will not sell the pier," Mara Holt said.'
ARTICLE = Article.from_text(
    TEXT, "notes/harbour.txt", title="Pier", date="2025-03-04", url="https://x.test/a"
)
MENTION = Mention(63, 72, "Mara Holt", "PERSON", "p1")
PARTY = Party("p1", "Mara Holt", "PERSON", ("Holt",), ("board chair",), ((63, 72),), parent_id="p2")
STATEMENT = Statement(35, 60, TEXT[35:60], "direct", "denial", "Mara Holt", "p1", (63, 72), "said", (73, 77))
ANCHOR = Anchor("sell the pier", 'met on Monday.\n\n"We will not ', '," Mara Holt', 47, 60)
NOTE = Annotation(
    "n1", "notes/harbour.txt", ARTICLE.id, ANCHOR, "ask the board", ("pier", "sale"), 3, "t0", "t1"
)


def items(data: dict[str, Any]) -> list[tuple[str, Any]]:
    """Keys in order with their values, nested dicts too: what ``json.dumps`` writes."""
    return json.loads(json.dumps(data), object_pairs_hook=list)


def test_article_dict() -> None:
    expected = {
        "id": ARTICLE.id,
        "title": "Pier",
        "byline": None,
        "date": "2025-03-04",
        "site": None,
        "source": "notes/harbour.txt",
        "url": "https://x.test/a",
        "text": TEXT,
        "paragraphs": [[0, 32], [34, len(TEXT)]],
    }
    assert items(ARTICLE.to_dict()) == items(expected)
    assert Article.from_dict(expected) == ARTICLE


def test_an_article_written_by_hand_gets_its_id_and_paragraphs() -> None:
    assert Article.from_dict({"text": TEXT, "source": None}) == Article.from_text(TEXT, "")


def test_mention_dict() -> None:
    expected = {"start": 63, "end": 72, "text": "Mara Holt", "label": "PERSON", "party_id": "p1"}
    assert items(MENTION.to_dict()) == items(expected)
    assert Mention.from_dict(expected) == MENTION


def test_party_dict_machine_and_corrected() -> None:
    expected = {
        "id": "p1",
        "name": "Mara Holt",
        "type": "PERSON",
        "aliases": ["Holt"],
        "roles": ["board chair"],
        "mentions": [[63, 72]],
        "unnamed": False,
        "parent_id": "p2",
    }
    assert items(PARTY.to_dict()) == items(expected)
    assert Party.from_dict(expected) == PARTY

    renamed = Party("p1", "M. Holt", "PERSON", corrected=True, machine=PARTY)
    corrected = {
        **expected,
        "name": "M. Holt",
        "aliases": [],
        "roles": [],
        "mentions": [],
        "parent_id": None,
        "corrected": True,
        "machine": expected,
    }
    assert items(renamed.to_dict()) == items(corrected)
    assert Party.from_dict(corrected) == renamed


def test_statement_dict_machine_corrected_and_added() -> None:
    expected = {
        "start": 35,
        "end": 60,
        "text": TEXT[35:60],
        "kind": "direct",
        "speaker": "Mara Holt",
        "party_id": "p1",
        "speaker_span": [63, 72],
        "cue": "said",
        "cue_span": [73, 77],
        "stance": "denial",
        "stance_rule": None,
    }
    assert items(STATEMENT.to_dict()) == items(expected)
    assert Statement.from_dict(expected) == STATEMENT

    changed = Statement(35, 60, TEXT[35:60], "direct", "claim", corrected=True, machine=STATEMENT)
    shape = {**expected, "stance": "claim", "speaker": None, "party_id": None}
    shape.update(speaker_span=None, cue=None, cue_span=None, corrected=True, machine=expected)
    assert items(changed.to_dict()) == items(shape)
    assert Statement.from_dict(shape) == changed

    added = Statement(0, 32, TEXT[:32], "indirect", corrected=True)
    assert added.to_dict()["machine"] is None and added.to_dict()["corrected"] is True
    assert Statement.from_dict(added.to_dict()) == added


def test_a_null_stance_reads_as_a_claim() -> None:
    data = {"start": 0, "end": 4, "text": "The ", "kind": "indirect", "stance": None}
    assert Statement.from_dict(data).stance == "claim"


def test_analysis_dict() -> None:
    analysis = Analysis(ARTICLE.id, "v7", (PARTY,), (MENTION,), (STATEMENT,))
    expected = {
        "article_id": ARTICLE.id,
        "analyzer_version": "v7",
        "parties": [PARTY.to_dict()],
        "mentions": [MENTION.to_dict()],
        "statements": [STATEMENT.to_dict()],
    }
    assert items(analysis.to_dict()) == items(expected)
    assert Analysis.from_dict(json.loads(json.dumps(expected))) == analysis
    assert Analysis.from_dict({"article_id": "a", "analyzer_version": "v"}) == Analysis("a", "v")


def test_annotation_and_anchor_dicts() -> None:
    anchor = {"exact": "sell the pier", "prefix": ANCHOR.prefix, "suffix": ANCHOR.suffix}
    anchor.update(start=47, end=60)
    expected = {
        "id": "n1",
        "source": "notes/harbour.txt",
        "article_id": ARTICLE.id,
        "anchor": anchor,
        "note": "ask the board",
        "tags": ["pier", "sale"],
        "colour": 3,
        "created": "t0",
        "updated": "t1",
        "orphaned": False,
        "target": "text",
        "party_id": None,
    }
    assert items(NOTE.to_dict()) == items(expected)
    assert Annotation.from_dict(expected) == NOTE
    # An anchor at the very start of a text has no prefix; old notes left the key out.
    assert Anchor.from_dict({"exact": "The", "start": 0, "end": 3}) == Anchor("The", "", "", 0, 3)


def test_a_missing_required_key_is_an_error() -> None:
    with pytest.raises(KeyError):
        Mention.from_dict({"start": 0, "end": 3, "text": "The"})


def test_every_class_round_trips_through_json() -> None:
    for record in (ARTICLE, MENTION, PARTY, STATEMENT, ANCHOR, NOTE):
        data = json.loads(json.dumps(record.to_dict()))
        assert type(record).from_dict(data) == record
        assert record_from_dict(type(record), data) == record


def test_the_styles_draw_every_note_colour_and_no_other() -> None:
    """The colours are numbered in one place; the stylesheets must draw exactly those."""
    styles = "".join(path.read_text(encoding="utf-8") for path in STYLES.glob("*.tcss"))
    for pattern in (r"\.article-view--note-(\d+)", r"\.notes-pane--colour-(\d+)", r"\.swatch\.colour-(\d+)"):
        assert {int(n) for n in re.findall(pattern, styles)} == set(NOTE_COLOURS), pattern
