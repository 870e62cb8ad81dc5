"""Long articles are cut into chunks for the parser; offsets still point into the whole text."""

from __future__ import annotations

from nlp_support import analysed_sample

from briefing.nlp.analyze import CHUNK_CHARS, chunk_spans

LONG = "08-long-report-north-sea-infrastructure.txt"


def test_a_long_article_is_parsed_in_paragraph_chunks_with_offsets_mapped_back() -> None:
    article, analysis = analysed_sample(LONG)
    spans = chunk_spans(article)
    assert len(spans) > 2
    assert spans[0][0] == 0 and spans[-1][1] == len(article.text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    paragraph_ends = {end for _, end in article.paragraphs}
    assert all(end in paragraph_ends for _, end in spans[:-1])
    assert all(end - start < 2 * CHUNK_CHARS for start, end in spans)
    late = [s for s in analysis.statements if s.start > spans[-1][0]]
    assert late, "statements in the last chunk"
    for statement in analysis.statements:
        assert article.text[statement.start : statement.end] == statement.text
    for mention in analysis.mentions:
        assert article.text[mention.start : mention.end] == mention.text
