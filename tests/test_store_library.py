"""The library beside the notes file: kept articles, read state, named briefings (a real TinyDB file),
and the notes file's rules for it: foreign or unparsable files refused untouched, malformed records
skipped and kept, writes that keep the mode and follow a symlink."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.model import Article
from briefing.store import Library, StoreCorruptError, StoreForeignError, library_path_for


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


def test_a_library_written_by_another_program_is_refused_untouched(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes.json"
    path = library_path_for(notes)
    path.write_text(json.dumps({"_default": {"1": {"title": "someone else's"}}}), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreForeignError, match="not a briefing library file"):
        Library(notes)
    story = _article(tmp_path, "a.txt", "A story.")
    capsys.readouterr()
    assert main(["save", "morning", story.source, "--db", str(notes)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and str(path) in err[0] and "left untouched" in err[0]
    assert path.read_bytes() == before
    assert not path.with_name(f"{path.name}.bak").exists()


def test_library_writes_keep_the_file_mode_and_follow_a_symlink(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    elsewhere = tmp_path / "synced" / "library.json"
    elsewhere.parent.mkdir()
    with Library(tmp_path / "synced" / "seed.json") as seed:
        seed.keep_articles([_article(tmp_path, "a.txt", "First story.")])
    library_path_for(tmp_path / "synced" / "seed.json").rename(elsewhere)
    elsewhere.chmod(0o640)
    link = library_path_for(notes)
    link.symlink_to(elsewhere)

    second = _article(tmp_path, "b.txt", "Second story.")
    with Library(notes) as library:
        library.save_briefing("morning", [second])
        library.set_read(second.id)

    assert link.is_symlink() and os.readlink(link) == str(elsewhere)  # the link still points there
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o640
    on_disk = json.loads(elsewhere.read_text(encoding="utf-8"))
    assert len(on_disk["articles"]) == 2 and on_disk["articles"][second.id]["read"] is True
    assert elsewhere.with_name("library.json.bak").exists()  # the backup is beside the real file
    with Library(notes) as reopened:
        assert [b.name for b in reopened.briefings()] == ["morning"]


def test_a_new_library_is_private(tmp_path: Path) -> None:
    with Library(tmp_path / "notes.json") as library:
        library.keep_articles([_article(tmp_path, "a.txt", "A story.")])
    assert stat.S_IMODE(library.path.stat().st_mode) == 0o600


def test_a_malformed_library_record_is_reported_skipped_and_kept(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    good = _article(tmp_path, "a.txt", "A story.")
    with Library(notes) as library:
        library.save_briefing("morning", [good])
    path = library_path_for(notes)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["articles"]["broken"] = {**data["articles"][good.id], "text": None}
    data["briefings"]["evening"] = {"articles": "not a list"}
    path.write_text(json.dumps(data), encoding="utf-8")

    with Library(notes) as library:
        assert [kept.article.id for kept in library.articles()] == [good.id]
        assert [b.name for b in library.briefings()] == ["morning"]
        kept_note = "; it is kept in the file"
        assert sorted(library.warnings) == [
            f"{path}: library article 'broken' skipped: text is missing or not text{kept_note}",
            f"{path}: saved briefing 'evening' skipped: its articles are not a list of ids{kept_note}",
        ]
        with pytest.raises(KeyError):
            library.set_read("broken")
        library.keep_articles([_article(tmp_path, "b.txt", "Another story.")])
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert kept["articles"]["broken"] == data["articles"]["broken"]
    assert kept["briefings"]["evening"] == data["briefings"]["evening"]
