"""Hostile sources: each gets one line naming it and its own problem, exit 2, and costs the others nothing.

Every odd file-system object is made in the test's own temporary folder.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.ingest import decode_text, load_file, load_sources

HEADLINE = "Minister rejects report of secret talks"
BODY = "\u201cWe have never met them,\u201d the minister said. \u2018Never.\u2019 Caf\u00e9 owners agreed."
ARTICLE = f"{HEADLINE}\n\n{BODY}\n"
LONG_NAME = "n" * 300  # longer than the 255 bytes a file name may have on Linux file systems


def run_cli(
    *args: str, stdin: bytes | None = None, unprivileged: bool = False
) -> subprocess.CompletedProcess:
    """The CLI; ``unprivileged`` makes file permissions apply even when the tests run as root
    (setpriv drops the capabilities that bypass them; the test skips without it)."""
    prefix: list[str] = []
    if unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file permissions cannot be made to apply")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "briefing", *args], input=stdin, capture_output=True, timeout=120
    )


def error_lines(done: subprocess.CompletedProcess) -> list[str]:
    stderr = done.stderr.decode()
    assert "Traceback" not in stderr, stderr
    return stderr.splitlines()


def good_file(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def notes_add(source: str, db: Path, *extra: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """``notes add``: loads the source like every command, without starting the analyser."""
    return run_cli("notes", "add", source, "--quote", "never met them", "--db", str(db), *extra, stdin=stdin)


# --- item 5: every file-system check inside the source's own error handling ----------------


def test_a_name_too_long_costs_no_other_source(tmp_path: Path) -> None:
    good = good_file(tmp_path)
    too_long = tmp_path / f"{LONG_NAME}.txt"
    inside_too_long = tmp_path / LONG_NAME / "a.txt"
    result = load_sources([str(too_long), str(inside_too_long), str(good)])
    assert result.errors == [
        f"{too_long}: the name is too long for the file system",
        f"{inside_too_long}: the name is too long for the file system",
    ]
    assert [article.source for article in result.articles] == [str(good)]


def test_a_folder_that_cannot_be_searched(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    good_file(locked, "inside.txt")
    good = good_file(tmp_path)
    locked.chmod(0o600)  # names can be listed, files cannot be opened
    try:
        done = run_cli("analyze", str(locked), str(locked / "inside.txt"), str(good), unprivileged=True)
    finally:
        locked.chmod(0o700)
    assert done.returncode == 2
    assert error_lines(done) == [
        f"briefing: {locked}: cannot open the files in this folder (permission denied)",
        f"briefing: {locked / 'inside.txt'}: permission denied",
    ]
    assert HEADLINE in done.stdout.decode()  # the good source was analysed


def test_a_folder_of_symlinks_to_paths_that_cannot_be_checked(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    good_file(locked, "inside.txt")
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "a-locked.txt").symlink_to(locked / "inside.txt")
    (folder / "b-long.txt").symlink_to(tmp_path / LONG_NAME)
    (folder / "c-loop.txt").symlink_to(folder / "c-loop.txt")
    (folder / "d-broken.txt").symlink_to(tmp_path / "gone.txt")
    good_file(folder, "e-good.txt")
    locked.chmod(0o600)
    try:
        done = run_cli("analyze", str(folder), unprivileged=True)
    finally:
        locked.chmod(0o700)
    assert done.returncode == 2
    assert error_lines(done) == [
        f"briefing: {folder / 'a-locked.txt'}: permission denied",
        f"briefing: {folder / 'b-long.txt'}: the name is too long for the file system",
        f"briefing: {folder / 'c-loop.txt'}: a symlink loop (the link leads back to itself)",
        f"briefing: {folder / 'd-broken.txt'}: a broken symlink (what it points to does not exist)",
    ]
    assert HEADLINE in done.stdout.decode()


def test_an_unknown_users_home_is_one_line(tmp_path: Path) -> None:
    result = load_sources(["~no-such-user-of-briefing/a.txt", str(good_file(tmp_path))])
    assert result.errors == ["~no-such-user-of-briefing/a.txt: no such user's home folder"]
    assert len(result.articles) == 1


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    result = load_sources([str(pipe), str(good_file(tmp_path))])
    assert result.errors == [f"{pipe}: not a regular file (a named pipe)"]
    assert len(result.articles) == 1


def test_a_device_node_is_refused(tmp_path: Path) -> None:
    node = tmp_path / "zero.txt"
    try:
        os.mknod(node, 0o600 | 0o020000, os.makedev(1, 5))  # a character device like /dev/zero
    except PermissionError:
        pytest.skip("mknod needs root")
    result = load_sources([str(node)])
    assert result.errors == [f"{node}: not a regular file (a character device)"]


# --- item 8: --max-bytes -----------------------------------------------------------------


@pytest.mark.parametrize("value", ["-5", "0", "abc", "1.5M", "10G", ""])
def test_max_bytes_takes_only_positive_whole_numbers(tmp_path: Path, value: str) -> None:
    done = run_cli("analyze", "--max-bytes", value, str(good_file(tmp_path)))
    assert done.returncode == 2
    lines = error_lines(done)
    assert lines[-1].startswith("briefing analyze: error: argument --max-bytes: "), lines


def test_max_bytes_suffixes(tmp_path: Path) -> None:
    db = tmp_path / "notes.json"
    path = tmp_path / "sized.txt"
    path.write_bytes(ARTICLE.encode() + b"x" * (2048 - len(ARTICLE.encode())))
    assert notes_add(str(path), db, "--max-bytes", "2K").returncode == 0
    refused = notes_add(str(path), db, "--max-bytes", "1k")
    assert refused.returncode == 2
    assert error_lines(refused) == [f"briefing: {path}: too large (2.0 KB; the limit is 1.0 KB)"]


def test_a_huge_max_bytes_reading_stdin_is_clamped_not_a_crash(tmp_path: Path) -> None:
    done = notes_add("-", tmp_path / "notes.json", "--max-bytes", "9" * 40, stdin=ARTICLE.encode())
    assert done.returncode == 0, done.stderr.decode()
    assert error_lines(done) == []


# --- item 9: messages that name the right problem ---------------------------------------


def test_one_byte_over_shows_exact_bytes(tmp_path: Path) -> None:
    limit = 1024 * 1024
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (limit // 5) + b"w" * (limit % 5 + 1))
    result = load_sources([str(path)], max_bytes=limit)
    assert result.errors == [f"{path}: too large (1,048,577 bytes; the limit is 1,048,576 bytes)"]
    result = load_sources(["-"], max_bytes=limit, stdin=io.BytesIO(path.read_bytes()))
    assert result.errors == ["<stdin>: too large (more than the limit of 1.0 MB = 1,048,576 bytes)"]


def test_export_to_a_folder_does_not_suggest_force(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    before = sorted(folder.iterdir())
    for extra in ((), ("--force",)):
        done = run_cli("export", str(good_file(tmp_path)), "-o", str(folder), *extra)
        assert done.returncode == 2
        assert error_lines(done) == [
            f"briefing: {folder}: is a folder; name the file to write in it, e.g. -o {folder / 'notes.md'}"
        ]
    assert sorted(folder.iterdir()) == before


# --- item 13: encodings --------------------------------------------------------------------


def test_utf8_with_one_stray_byte_stays_utf8_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes(ARTICLE.encode().replace(b"owners", b"own\xffers"))
    result = load_sources([str(path)])
    assert not result.errors
    text = result.articles[0].text
    assert "\u201cWe have never met them,\u201d" in text and "Caf\u00e9" in text
    assert "own\ufffders" in text
    assert result.warnings == [f"{path}: warning: 1 invalid UTF-8 byte sequence replaced with \ufffd"]
    done = notes_add(str(path), tmp_path / "notes.json")
    assert done.returncode == 0
    assert error_lines(done) == [f"briefing: {result.warnings[0]}"]


def test_cp1252_without_utf8_evidence_is_cp1252(tmp_path: Path) -> None:
    assert decode_text(ARTICLE.encode("cp1252")) == ARTICLE
    # A lone accented byte in ASCII text is Latin-1 / cp1252, not a broken UTF-8 file.
    assert (
        decode_text("Ministro: a\u00e7\u00e3o, disse ele.\n".encode("latin-1"))
        == "Ministro: a\u00e7\u00e3o, disse ele.\n"
    )
    # Letters that cp1250 reads otherwise (\u00e8 is \u010d there, \u00e3 is \u0103) read the Western way.
    western = "Tr\u00e8s bien, dit le ministre \u00e0 S\u00e3o Paulo; Jo\u00e3o et Lu\u00eds approuvent.\n"
    assert decode_text(western.encode("latin-1")) == western


def test_a_page_declared_utf8_but_written_in_cp1252_keeps_its_quotes(tmp_path: Path) -> None:
    page = tmp_path / "mislabelled.html"
    paragraph = f"{BODY} The talks, officials said, would resume in the spring after the elections."
    page.write_bytes(
        f'<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body><article>'
        f"<h1>{HEADLINE}</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>".encode("cp1252")
    )
    result = load_sources([str(page)])
    assert not result.errors and not result.warnings
    assert "\u201cWe have never met them,\u201d" in result.articles[0].text


def test_strong_evidence_for_another_legacy_encoding_is_believed() -> None:
    russian = "Министр заявил журналистам, что переговоры о бюджете продолжатся на следующей неделе.\n"
    assert decode_text(russian.encode("cp1251")) == russian


# --- item 14: entities, front matter, files that report no size ----------------------------


@pytest.mark.parametrize("entity", ["&#27;", "&#7;", "&#x1b;", "&#x1B;[31m"])
def test_a_control_character_entity_does_not_lose_the_page(tmp_path: Path, entity: str) -> None:
    page = tmp_path / "page.html"
    paragraph = f"{BODY} The talks, officials said, would resume in the spring after the elections."
    page.write_text(
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p>{paragraph} {entity}Beware.</p><p>{paragraph}</p></article></body></html>",
        encoding="utf-8",
    )
    article = load_file(page)
    assert "Beware." in article.text
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert article.title == HEADLINE


def test_markdown_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\n"
        'title: "Harbour budget approved"\n'
        "date: 2026-03-03T09:00:00Z\n"
        "author:\n"
        "  - Ana Ruiz\n"
        "  - Tom Berg\n"
        "tags: [budget, harbour]\n"
        "---\n\n"
        f"# {HEADLINE}\n\n{BODY}\n",
        encoding="utf-8",
    )
    article = load_file(path)
    assert article.text == f"# {HEADLINE}\n\n{BODY}\n"
    assert article.title == "Harbour budget approved"
    assert article.date == "2026-03-03"
    assert article.byline == "Ana Ruiz, Tom Berg"


def test_a_markdown_rule_at_the_top_is_text(tmp_path: Path) -> None:
    path = tmp_path / "rule.md"
    text = f"---\n\n{BODY}\n\n---\n\nMore words after the rule.\n"
    path.write_text(text, encoding="utf-8")
    assert load_file(path).text == text


def test_a_file_that_reports_size_0_is_counted_while_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "proc-like.txt"
    path.write_bytes(ARTICLE.encode() * 100)
    real_stat = os.stat

    def reports_zero(target, *args, **kwargs):  # as files in /proc do
        info = real_stat(target, *args, **kwargs)
        if isinstance(target, (str, os.PathLike)) and Path(target) == path:
            return os.stat_result((*info[:6], 0, *info[7:]))
        return info

    monkeypatch.setattr(os, "stat", reports_zero)
    assert os.stat(path).st_size == 0
    result = load_sources([str(path)], max_bytes=1000)
    assert result.errors == [f"{path}: too large (more than the limit of 1000 bytes)"]
    assert load_sources([str(path)]).articles[0].text.startswith(ARTICLE)
