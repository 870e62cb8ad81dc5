"""The reading state without a running app: statement order, n/N targets, the status line, duplicates."""

from __future__ import annotations

from dataclasses import replace

from briefing.model import Analysis, Article, Party, Statement
from briefing.tui.reader_state import (
    ReaderState,
    drop_duplicates,
    next_match,
    next_statement,
    statement_order,
    status_line,
)
from briefing.tui.selection import TextSelection

TEXT = "Ana said yes. Bo denied it. Ana said no. Cy declined. Bo agreed."


def state() -> ReaderState:
    article = Article.from_text(TEXT, "a.txt")
    parties = (Party("p1", "Ana", "PERSON"), Party("p2", "Bo", "PERSON"))

    def said(words: str, stance: str, party: str | None, cue: str | None = None) -> Statement:
        start = TEXT.index(words)
        return Statement(start, start + len(words), words, "indirect", stance, None, party, cue=cue)

    # Out of document order on purpose: n/N must follow the text, not the list.
    statements = (
        said("Bo denied it", "denial", "p2", "denied"),
        said("Ana said yes", "claim", "p1", "said"),
        said("Bo agreed", "confirmation", "p2"),
        said("Ana said no", "claim", "p1"),
        said("Cy declined", "refusal", None),
    )
    reader = ReaderState([article])
    reader.analyses[article.id] = Analysis(article.id, "t", parties, (), statements)
    return reader


def text_of(reader: ReaderState) -> str:
    return "".join(part.text for part in status_line(reader))


def test_statements_are_stepped_in_document_order_and_by_party() -> None:
    reader = state()
    assert statement_order(reader.analysis, None) == [1, 0, 3, 4, 2]
    assert statement_order(reader.analysis, "p2") == [0, 2]
    assert statement_order(None, None) == []


def test_n_and_N_wrap_and_start_from_the_top_of_the_view() -> None:
    reader = state()
    assert next_statement(reader, True, top=TEXT.index("Ana said no")) == 3
    assert next_statement(reader, False, top=TEXT.index("Ana said no")) == 0
    reader.current_statement = 2  # the last in the text
    assert next_statement(reader, True, top=0) == 1
    reader.party_filter = "p1"
    reader.current_statement = 3
    assert next_statement(reader, True, top=0) == 1


def test_matches_step_from_the_view_and_wrap() -> None:
    reader = state()
    reader.search("ana")
    assert reader.matches == [(0, 3), (28, 31)]
    assert next_match(reader, True, top=5) == 1
    assert next_match(reader, False, top=5) == 0
    reader.match_index = 1
    assert next_match(reader, True, top=0) == 0


def test_the_status_line_follows_the_state() -> None:
    reader = state()
    assert text_of(reader) == "5 statements from 2 of 2 parties · n: next statement"
    reader.current_statement = 0
    parts = status_line(reader)
    assert [p.look for p in parts][:3] == ["bold", "", "speaker"] and parts[2].speaker == "Bo"
    assert text_of(reader).endswith("Bo · “denied” · 2/5")
    reader.party_filter = "p2"
    assert text_of(reader).endswith("· 1/2 · only Bo (esc: all)")
    reader.search("zz")
    assert text_of(reader) == "No matches for “zz”"
    reader.selection = TextSelection(0, 12)
    assert text_of(reader).startswith("Selected 3 words ·")


def test_the_status_line_before_and_after_a_failed_analysis() -> None:
    reader = state()
    reader.analyses.clear()
    assert text_of(reader).startswith("Analysing who said what")
    reader.failures[reader.article.id] = "a.txt: analysis failed: boom"
    assert text_of(reader) == "a.txt: analysis failed: boom"


def test_outside_text_in_the_status_line_is_made_safe() -> None:
    reader = state()
    reader.search("\x1b[2J")
    assert "\x1b" not in text_of(reader)


def test_the_same_text_twice_is_kept_once_and_named() -> None:
    first = Article.from_text("Same words.", "saved.html")
    again = Article.from_text("Same words.", "saved (1).html")
    other = Article.from_text("Other words.", "other.txt")
    kept, lines = drop_duplicates([first], [again, other, other])
    assert kept == [other]
    assert lines == [
        "saved (1).html: the same text as saved.html; shown once",
        "other.txt: the same text as other.txt; shown once",
    ]


def test_the_status_line_names_what_it_counts() -> None:
    # A party named but never quoted counts among the parties, not among those who made statements.
    reader = state()
    analysis = reader.analysis
    silent = Party("p3", "Dee", "PERSON")
    reader.analyses[reader.article.id] = Analysis(
        analysis.article_id, "t", (*analysis.parties, silent), (), analysis.statements
    )
    assert text_of(reader) == "5 statements from 2 of 3 parties · n: next statement"


def test_the_status_line_says_which_stance_rule_fired() -> None:
    reader = state()
    analysis = reader.analysis
    denial = replace(analysis.statements[0], stance_rule="verb of denying")
    plain = replace(analysis.statements[1], stance_rule="plain assertion")
    reader.analyses[reader.article.id] = replace(
        analysis, statements=(denial, plain, *analysis.statements[2:])
    )
    reader.current_statement = 0
    assert text_of(reader).endswith("· 2/5 · why: verb of denying")
    reader.current_statement = 1  # a plain claim: nothing to explain
    assert "why:" not in text_of(reader)
