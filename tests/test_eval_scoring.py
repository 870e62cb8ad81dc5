"""The scoring rules of ``briefing eval`` on hand-built gold and predictions (no spaCy)."""

from __future__ import annotations

import pytest

from briefing.evaluate import (
    GoldDoc,
    GoldFormatError,
    GoldQuote,
    format_findings,
    format_table,
    match_spans,
    parse_gold,
    score,
    speaker_correct,
)
from briefing.model import Statement

TEXT = (
    'The mission said "we have not held any negotiations with US officials," a spokesman wrote.\n'
    "Ned Price said the United States would keep pressing Iran.\n"
    '"I am not going to get into details," Price told reporters.\n'
)


def span_of(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def gold_quote(words: str, kind: str = "direct", speaker: str | None = "Ned Price", stance=None) -> GoldQuote:
    start, end = span_of(words)
    return GoldQuote(start, end, kind, speaker, stance)


def predicted(
    words: str, kind: str = "direct", speaker: str | None = "Ned Price", stance: str = "claim"
) -> Statement:
    start, end = span_of(words)
    return Statement(start, end, TEXT[start:end], kind, stance=stance, speaker=speaker)


def doc_of(*quotes: GoldQuote, aliases: dict[str, tuple[str, ...]] | None = None) -> GoldDoc:
    return GoldDoc("d1", "hand-built", "A title", TEXT, tuple(quotes), aliases or {})


NEGOTIATIONS = "we have not held any negotiations with US officials"
PRESSING = "the United States would keep pressing Iran"
DETAILS = "I am not going to get into details"


def test_perfect_prediction_scores_one_everywhere() -> None:
    doc = doc_of(
        gold_quote(NEGOTIATIONS, speaker="Iran's mission to the UN", stance="denial"),
        gold_quote(PRESSING, kind="indirect", stance="claim"),
        gold_quote(DETAILS, stance="refusal"),
    )
    statements = [
        predicted(NEGOTIATIONS, speaker="Iran's mission to the UN", stance="denial"),
        predicted(PRESSING, kind="indirect"),
        predicted(DETAILS, stance="refusal"),
    ]
    figures = score([doc], [statements]).to_dict()
    for view, count in (("all", 3), ("direct", 2)):
        assert figures[view]["gold"] == figures[view]["predicted"] == figures[view]["matched"] == count
        for group in ("quotes", "exact", "end_to_end"):
            assert figures[view][group] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
        assert figures[view]["speaker_accuracy"] == 1.0
        assert figures[view]["stance"]["accuracy"] == 1.0
        assert figures[view]["stance"]["macro_f1"] == 1.0
    # Classes neither labelled nor predicted have no F1 and stay out of the average.
    assert figures["all"]["stance"]["f1"]["confirmation"] is None


def test_half_of_the_union_is_the_matching_boundary() -> None:
    gold = [(0, 10)]
    assert match_spans(gold, [(0, 5)]) == [(0, 0)]  # overlap 5 of union 10
    assert match_spans(gold, [(0, 4)]) == []  # overlap 4 of union 10
    assert match_spans(gold, [(5, 15)]) == []  # overlap 5 of union 15
    assert match_spans(gold, [(10, 20)]) == []  # touching is no overlap
    assert match_spans([(3, 3)], [(3, 3)]) == []  # empty spans never match


def test_greedy_matching_takes_largest_overlap_first_and_one_to_one() -> None:
    # Both predictions overlap the first gold quote enough; the bigger overlap wins it.
    assert match_spans([(0, 10)], [(0, 8), (0, 10)]) == [(0, 1)]
    # Largest overlap first: gold 1 takes prediction 1 (19 chars) before gold 0 could,
    # leaving prediction 0 for gold 0 (in document order gold 0 would have grabbed either).
    assert match_spans([(0, 10), (0, 20)], [(0, 12), (0, 19)]) == [(0, 0), (1, 1)]


def test_unmatched_prediction_is_a_false_alarm_and_unmatched_gold_a_miss() -> None:
    doc = doc_of(gold_quote(NEGOTIATIONS), gold_quote(DETAILS))
    statements = [predicted(NEGOTIATIONS), predicted("Ned Price said the United States")]
    report = score([doc], [statements])
    figures = report.to_dict()["all"]
    assert figures["quotes"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    kinds = [finding.what for finding in report.documents[0].findings]
    assert sorted(kinds) == ["false alarm", "miss"]
    text = format_findings(report)
    assert "miss" in text and "I am not going to get into details" in text
    assert "false alarm" in text and "Ned Price said the United States" in text


def test_exact_ignores_white_space_and_punctuation_at_the_edges() -> None:
    doc = doc_of(gold_quote(NEGOTIATIONS), gold_quote(DETAILS))
    statements = [
        predicted(f'"{NEGOTIATIONS},"'),  # marks and comma included: still exact
        predicted("I am not going to get into"),  # matched, but one word short
    ]
    figures = score([doc], [statements]).to_dict()["all"]
    assert figures["matched"] == 2
    assert figures["exact"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_direct_view_keeps_only_direct_gold_and_direct_predictions() -> None:
    doc = doc_of(gold_quote(NEGOTIATIONS), gold_quote(PRESSING, kind="indirect"))
    statements = [predicted(NEGOTIATIONS, kind="mixed"), predicted(PRESSING, kind="indirect")]
    figures = score([doc], [statements]).to_dict()
    assert figures["all"]["quotes"]["f1"] == 1.0
    assert figures["direct"]["gold"] == 1
    assert figures["direct"]["predicted"] == 0
    assert figures["direct"]["quotes"] == {"precision": None, "recall": 0.0, "f1": 0.0}


PRICE_ALIASES = ("Price", "State Department spokesman", "a State Department spokesman")


@pytest.mark.parametrize(
    ("predicted_name", "gold_name", "correct"),
    [
        ("Ned Price", "Ned Price", True),
        ("ned price", "Ned Price", True),  # case does not matter
        ("Price", "Ned Price", True),  # content words of one are all in the other
        ("Ned Price", "Price", True),
        ("Mr. Price", "Ned Price", True),  # titles carry no identity
        ("the State Department spokesman", "Ned Price", False),  # not an alias as written
        ("a State Department spokesman", "Ned Price", True),  # an alias, case-insensitively
        ("State Department", "Ned Price", False),  # containment is checked against the name only
        ("Iran’s mission to the UN", "Iran's mission to the UN", True),  # curly apostrophe
        ("Robert Malley", "Ned Price", False),
        ("he", "Ned Price", False),
        (None, None, True),
        (None, "Ned Price", False),
        ("Ned Price", None, False),
    ],
)
def test_speaker_rules(predicted_name: str | None, gold_name: str | None, correct: bool) -> None:
    names = PRICE_ALIASES if gold_name == "Ned Price" else ()
    assert speaker_correct(predicted_name, gold_name, names) is correct


def test_aliases_come_from_the_gold_parties_list() -> None:
    doc = doc_of(
        gold_quote(NEGOTIATIONS, speaker="Robert Malley"),
        gold_quote(DETAILS, speaker=None),
        aliases={"Robert Malley": ("Rob Malley", "US Iran envoy")},
    )
    statements = [predicted(NEGOTIATIONS, speaker="US Iran envoy"), predicted(DETAILS, speaker="Ned Price")]
    report = score([doc], [statements])
    figures = report.to_dict()["all"]
    assert figures["speaker_accuracy"] == 0.5  # the alias counts; null gold wants a null speaker
    assert figures["end_to_end"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    wrong = [f for f in report.documents[0].findings if f.what == "wrong speaker"]
    assert [(f.expected, f.got) for f in wrong] == [(None, "Ned Price")]


def test_stance_accuracy_and_macro_f1_against_a_hand_computed_answer() -> None:
    quotes = ["The mission said", NEGOTIATIONS, "a spokesman wrote", PRESSING, DETAILS]
    gold_stances = ["claim", "claim", "denial", "refusal", None]
    predicted_stances = ["claim", "denial", "denial", "claim", "denial"]
    doc = doc_of(*(gold_quote(q, stance=s) for q, s in zip(quotes, gold_stances, strict=True)))
    statements = [predicted(q, stance=s) for q, s in zip(quotes, predicted_stances, strict=True)]
    stance = score([doc], [statements]).to_dict()["all"]["stance"]
    # By hand, over the four labelled quotes (the null one is left out):
    # claim: 1 hit, 2 gold, 2 predicted -> 2*1/4 = 0.5
    # denial: 1 hit, 1 gold, 2 predicted -> 2*1/3
    # refusal: 0 hits, 1 gold, 0 predicted -> 0
    # non_denial, confirmation: never labelled or predicted -> no F1
    assert stance["labelled"] == 4
    assert stance["accuracy"] == pytest.approx(0.5)
    assert stance["f1"]["claim"] == pytest.approx(0.5)
    assert stance["f1"]["denial"] == pytest.approx(2 / 3)
    assert stance["f1"]["refusal"] == 0.0
    assert stance["f1"]["non_denial"] is None and stance["f1"]["confirmation"] is None
    assert stance["macro_f1"] == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)


def test_counts_sum_over_documents() -> None:
    first = doc_of(gold_quote(NEGOTIATIONS))
    second = doc_of(gold_quote(DETAILS), gold_quote(PRESSING, kind="indirect"))
    report = score([first, second], [[predicted(NEGOTIATIONS)], []])
    figures = report.to_dict()["all"]
    assert (figures["gold"], figures["predicted"], figures["matched"]) == (3, 1, 1)
    assert figures["quotes"]["recall"] == pytest.approx(1 / 3)
    table = format_table(report)
    assert "quotes recall" in table and "0.333" in table


def test_predictions_must_line_up_with_the_gold() -> None:
    with pytest.raises(ValueError, match="1 gold documents but 0 predictions"):
        score([doc_of()], [])


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "expected a JSON object"),
        ({"quotes": []}, "'text' is missing"),
        ({"text": "abc"}, "'quotes' is missing"),
        ({"text": "abc", "quotes": [{"start": 0, "end": 9, "kind": "direct"}]}, "quote 1: start/end 0-9"),
        ({"text": "abc", "quotes": [{"start": 0, "end": 2, "kind": "quoted"}]}, "kind 'quoted'"),
        ({"text": "abc", "quotes": [{"start": 0, "end": 2, "kind": "direct", "stance": "x"}]}, "stance 'x'"),
    ],
)
def test_bad_gold_is_named_with_its_problem(data: object, problem: str) -> None:
    with pytest.raises(GoldFormatError, match=f"^gold/a.json: .*{problem}"):
        parse_gold(data, "gold/a.json")


def test_excerpts_keep_terminal_control_characters_inert() -> None:
    hostile = 'He said "\x1b[31mred\u202e" loudly.'
    doc = GoldDoc("d", "s", None, hostile, (GoldQuote(9, 19, "direct", "He", None),), {})
    text = format_findings(score([doc], [[]]))
    assert "\x1b" not in text and "\u202e" not in text
    assert "\\u001b[31mred\\u202e" in text
