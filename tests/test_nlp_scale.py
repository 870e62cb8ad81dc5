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


def _one_line(chars: int) -> str:
    """The bundled articles' words run together on one line, without a single line break."""
    from nlp_support import SAMPLES

    words = " ".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("0*.txt"))).split()
    line = " ".join(words)
    return (line + " ") * (chars // len(line) + 1)


def test_a_megabyte_on_one_line_is_cut_at_sentence_ends_inside_the_limit() -> None:
    from briefing.model import Article

    article = Article.from_text(_one_line(1_000_000)[:1_000_000], "one-line")
    spans = chunk_spans(article)
    assert spans[0][0] == 0 and spans[-1][1] == len(article.text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(end - start <= CHUNK_CHARS for start, end in spans)
    assert len(spans) >= 1_000_000 // CHUNK_CHARS
    # Each cut follows a sentence's full stop (and its closing mark), never the middle of a word.
    for _, end in spans[:-1]:
        assert article.text[end - 1].isspace()
        assert article.text[:end].rstrip()[-1] in ".!?\"'”’)]"


def test_a_long_line_without_line_breaks_is_analysed_without_spacy_errors() -> None:
    from briefing.model import Article
    from briefing.nlp.analyze import analyze

    article = Article.from_text(_one_line(3 * CHUNK_CHARS), "one-line")
    assert len(chunk_spans(article)) >= 3
    analysis = analyze(article)
    assert analysis.statements and analysis.parties
    assert any(s.start > 2 * CHUNK_CHARS for s in analysis.statements), "statements in the last chunk"
    for statement in analysis.statements:
        assert article.text[statement.start : statement.end] == statement.text
    names = [p.name for p in analysis.parties]
    assert len(names) == len(set(names)), "a name listed twice"


def test_every_paragraph_starts_a_sentence() -> None:
    from briefing.nlp.pipeline import load_nlp

    paragraphs = ["Talks resume on Monday", "The minister said the deal was close", "“We are ready”"]
    doc = load_nlp()("\n\n".join(paragraphs) + "\n")
    starts = {sentence.start_char for sentence in doc.sents}
    offset = 0
    for paragraph in paragraphs:
        assert offset in starts, paragraph
        offset += len(paragraph) + 2


def test_the_cyclic_collector_pauses_for_the_rules_only() -> None:
    """Paused while the rules run (they would make it walk every Token of a long article for nothing),
    back on for the reader once the analysis is handed over, and left off for a caller who had it off."""
    import gc

    from briefing.model import Article
    from briefing.nlp import analyze as analyze_module

    seen: list[bool] = []
    real = analyze_module._analyse_parsed

    def watching(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - passes through
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    article = Article.from_text("The mayor said the bridge would reopen in May.", "gc")
    analyze_module._analyse_parsed = watching
    try:
        assert gc.isenabled()
        analysis = analyze_module.analyze(article)
        assert gc.isenabled()
        gc.disable()
        try:
            analyze_module.analyze(article)
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        analyze_module._analyse_parsed = real
    assert seen == [False, False]
    assert [s.text for s in analysis.statements] == ["the bridge would reopen in May"]
