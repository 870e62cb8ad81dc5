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


# --- only regular files are replaced (issue 15, item 2) -------------------------------------------------


def test_force_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    folder = tmp_path / "real"
    folder.mkdir()
    real = folder / "notes.md"
    real.write_text("old\n", encoding="utf-8")
    os.chmod(real, 0o604)
    link = tmp_path / "notes.md"
    link.symlink_to(real)

    write_export(link, "new\n", force=True)

    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o604
    assert sorted(p.name for p in folder.iterdir()) == ["notes.md"]  # no temporary file left either


def test_a_dangling_symlink_is_written_through(tmp_path: Path) -> None:
    link = tmp_path / "notes.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    write_export(link, "x\n", force=True)
    assert link.is_symlink() and (tmp_path / "elsewhere.md").read_text(encoding="utf-8") == "x\n"


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _char_device(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node (mknod) needs root")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a null device of our own, in tmp


def _socket(path: Path) -> None:
    import socket

    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (_fifo, "a FIFO"),
        (_char_device, "a character device"),
        (_socket, "a socket"),
        (Path.mkdir, "a folder"),
    ],
)
@pytest.mark.parametrize("force", [False, True])
def test_a_target_that_is_not_a_regular_file_is_refused_and_left_as_it_is(
    tmp_path: Path, make, kind: str, force: bool
) -> None:
    target = tmp_path / "notes.md"
    make(target)
    mode = target.lstat().st_mode
    with pytest.raises(OSError) as caught:
        write_export(target, "notes\n", force=force)
    assert not isinstance(caught.value, ExportExistsError)  # "use --force" would not help
    assert caught.value.strerror == f"it is {kind}, not a regular file; nothing was written"
    assert target.lstat().st_mode == mode
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_a_read_only_file_is_refused_even_with_force(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("keep me\n", encoding="utf-8")
    os.chmod(target, 0o444)
    with pytest.raises(OSError, match="read-only"):
        write_export(target, "new\n", force=True)
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


def test_dev_stdout_is_written_straight_to(capfd: pytest.CaptureFixture[str]) -> None:
    write_export(Path("/dev/stdout"), "# Notes\n", force=False)
    assert capfd.readouterr().out == "# Notes\n"


def test_the_cli_refuses_a_fifo_with_one_line_and_writes_stdout_aliases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    article = tmp_path / "harbour.txt"
    article.write_text("Harbour plan\n\nThe mayor said the plan was sound.\n", encoding="utf-8")
    db = tmp_path / "notes.json"
    repo = Path(__file__).resolve().parents[1]
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)

    def export(*argv: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "briefing", "export", str(article), "--db", str(db), *argv]
        return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=repo)

    refused = export("-o", str(fifo), "--force")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.splitlines() == [
        f"briefing: {fifo}: cannot write (it is a FIFO, not a regular file; nothing was written)"
    ]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)

    straight = export("-o", "/dev/stdout", "--without-analysis")  # main's layout: notes last
    assert straight.returncode == 0 and "Traceback" not in straight.stderr
    assert straight.stdout.startswith('---\ntitle: "Harbour plan"')
    assert "wrote" not in straight.stdout and straight.stdout.endswith("No notes.\n")
