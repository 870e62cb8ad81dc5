"""The cue candidates read from the Doc's arrays are every token ``is_cue`` answers yes for.

``is_cue`` answers no at once for a verb whose lemma no branch of its rules names, and
``attribution._possible_cues`` skips such tokens before it runs; a new branch whose lemma is not in
``_CUE_LEMMAS`` would be skipped without a word, so this compares both with the rules themselves
(``cue_by_rules``) on every token of the bundled samples and of sentences with each kind of cue.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"

# One or more cues of each branch of is_cue, in sentences of our own.
SENTENCES = """The minister said the plan was sound. She told reporters it would pass.
He called the report a fabrication. The council declared that the vote was void.
The court heard from the inspector that the wall was unsafe. Officials would not discuss the details.
The spokesman would not be drawn on whether talks had begun. As she put it, the deal was dead.
The union pointed out that wages had fallen. She ruled out a second vote.
The mayor voiced doubts that the bridge would open. The firm gave an assurance that jobs were safe.
According to the ministry, the figures were wrong. The former doctor maintains the test was flawed.
He is accused of fraud, which he denies. The agency pushed back against the claim that it had failed.
Analysts added that growth was slowing.
The company denied the report and insisted it had done nothing wrong."""


def _texts() -> list[str]:
    return [SENTENCES] + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def test_the_candidates_hold_every_cue() -> None:
    from briefing.nlp.attribution import TextIndex, _possible_cues, cue_by_rules, is_cue
    from briefing.nlp.pipeline import load_nlp

    nlp = load_nlp()
    cues = 0
    for text in _texts():
        index = TextIndex([(nlp(text), 0)])
        every = [t.i for t in index.tokens() if cue_by_rules(t)]
        assert [t.i for t in index.tokens() if is_cue(t)] == every
        candidates = _possible_cues(index)
        assert [t.i for t in candidates if is_cue(t)] == every
        assert len(candidates) < len(index.tokens()) / 2  # most tokens are skipped, or it saves nothing
        cues += len(every)
    assert cues >= 40


def test_tokens_read_from_the_arrays_are_the_tokens_with_those_attributes() -> None:
    """``TextIndex.tokens_where`` (report nouns, he/she subjects, surnames) keeps exactly the tokens a
    scan of every Token's attributes keeps, across chunks, and keeps none for an empty set."""
    from briefing.nlp.attribution import TextIndex
    from briefing.nlp.lexicon import REPORT_NOUNS
    from briefing.nlp.pipeline import load_nlp

    nlp = load_nlp()
    texts = _texts()
    index = TextIndex([(nlp(text), n * 100_000) for n, text in enumerate(texts)])
    tokens = index.tokens()
    nouns = [t for t in tokens if t.pos_ == "NOUN" and t.lemma_.lower() in REPORT_NOUNS]
    assert nouns and index.tokens_where(pos="NOUN", lemmas=REPORT_NOUNS) == nouns
    subjects = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she")]
    found = index.tokens_where(deps=frozenset({"nsubj", "nsubjpass"}), lowers=frozenset({"he", "she"}))
    assert subjects and found == subjects
    assert index.tokens_where(lowers=frozenset()) == []
