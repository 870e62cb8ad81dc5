"""Writing the export: never over an existing file without consent, atomically, where the user expects."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from briefing.export import ExportExistsError, default_export_path, write_export
from briefing.model import Article


def test_writes_a_new_file_and_its_folders(tmp_path: Path) -> None:
    target = tmp_path / "briefing-notes" / "2026-03-16-notes.md"
    write_export(target, "# Notes\n")
    assert target.read_text(encoding="utf-8") == "# Notes\n"
    assert list(target.parent.iterdir()) == [target]  # no temporary file left beside it


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("yesterday's notes\n", encoding="utf-8")
    with pytest.raises(ExportExistsError, match=r"notes\.md: already exists \(use --force"):
        write_export(target, "today's notes\n")
    assert target.read_text(encoding="utf-8") == "yesterday's notes\n"
    assert list(tmp_path.iterdir()) == [target]


def test_force_replaces_and_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old\n", encoding="utf-8")
    os.chmod(target, 0o640)
    write_export(target, "new\n", force=True)
    assert target.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert list(tmp_path.iterdir()) == [target]


def test_a_new_file_is_readable_like_any_other_under_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_export(tmp_path / "notes.md", "x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "notes.md").stat().st_mode) == 0o644


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    with pytest.raises(UnicodeEncodeError):
        write_export(target, "half a surrogate \udc80")
    assert list(tmp_path.iterdir()) == []


def test_default_path_is_dated_and_named_after_the_article(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    article = Article.from_text(
        "Body text.", source="a.txt", title="Mackerel talks: Norway’s “side deal” (update)"
    )
    other = Article.from_text("Other text.", source="b.txt", title="Second")
    path = default_export_path([article], date(2026, 3, 16))
    assert path.parent == tmp_path / "Documents" / "briefing-notes"
    assert path.name == "2026-03-16-mackerel-talks-norways-side-deal-update.md"
    several = default_export_path([article, other], date(2026, 3, 16))
    assert several.name == "2026-03-16-mackerel-talks-norways-side-deal-update-and-1-more.md"
    untitled = Article.from_text("Body.", source="/tmp/Press Release 7.txt")
    assert default_export_path([untitled], date(2026, 3, 16)).name == "2026-03-16-press-release-7-txt.md"
