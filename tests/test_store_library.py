"""The library beside the notes file: kept articles, read state, named briefings (a real TinyDB file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.model import Article
from briefing.store import Library, StoreCorruptError, library_path_for


def _article(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Article.from_text(text, source=str(path), title=name, date="2026-04-06", site="Wire")


def test_articles_are_kept_whole_and_a_briefing_reopens_after_its_files_are_gone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    first = _article(tmp_path, "a.txt", "First story.\n\nIt said things.")
    second = _article(tmp_path, "b.txt", "Second story.")
    with Library(notes) as library:
        library.save_briefing("morning", [first, second, first])
    assert library.path == tmp_path / "notes.library.json" == library_path_for(notes)
    Path(first.source).unlink()
    Path(second.source).unlink()
    with Library(notes) as reopened:
        articles = reopened.briefing_articles("morning")
        assert [a.id for a in articles] == [first.id, second.id]
        assert articles[0] == first  # text, title, source, date, paragraphs
        assert [(b.name, len(b.article_ids)) for b in reopened.briefings()] == [("morning", 2)]
        with pytest.raises(KeyError):
            reopened.briefing_articles("evening")


def test_read_state_survives_reopening_the_same_article(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    story = _article(tmp_path, "a.txt", "A story.")
    with Library(notes) as library:
        library.keep_articles([story])
        assert library.article(story.id).read is False
        library.set_read(story.id)
        library.keep_articles([story])
        assert library.article(story.id).read is True
        with pytest.raises(KeyError):
            library.set_read("no-such-article")
    with Library(notes) as reopened:
        assert [(s.article.id, s.read) for s in reopened.articles()] == [(story.id, True)]


def test_a_library_that_does_not_parse_is_named_and_never_written_over(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    path = library_path_for(notes)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreCorruptError, match="notes.library.json"):
        Library(notes)
    assert path.read_text(encoding="utf-8") == "{not json"


def test_two_instances_keep_each_others_articles(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    one, two = Library(notes), Library(notes)
    one.keep_articles([_article(tmp_path, "a.txt", "One.")])
    two.keep_articles([_article(tmp_path, "b.txt", "Two.")])
    on_disk = json.loads(library_path_for(notes).read_text(encoding="utf-8"))
    assert len(on_disk["articles"]) == 2
    assert len(one.articles()) == 2
