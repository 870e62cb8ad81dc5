"""The notes file's lock: held across processes, given up on after its timeout, and cheap to import."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing.file_lock import file_lock

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the POSIX lock is tested; Windows uses filelock"
)

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from briefing.file_lock import file_lock
    with file_lock(Path(sys.argv[1]), 5) as held:
        print("held" if held else "not held", flush=True)
        sys.stdin.readline()  # hold it until the test says so
    """
)


def _holder(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_a_lock_another_process_holds_is_given_up_on_after_the_timeout_then_taken(tmp_path: Path) -> None:
    path = tmp_path / "notes.json.lock"
    holder = _holder(path)
    try:
        with file_lock(path, 0.2) as held:
            assert held is False
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)
    with file_lock(path, 0.2) as held:
        assert held is True
    assert path.exists()  # left for the next writer: removing it would let two writers lock two files


def test_the_lock_is_the_same_one_filelock_takes(tmp_path: Path) -> None:
    # Another briefing of an older version (filelock) and this one exclude each other.
    from filelock import FileLock

    path = tmp_path / "notes.json.lock"
    with FileLock(str(path)):
        holder = subprocess.run(
            [sys.executable, "-c", HOLDER.replace(", 5)", ", 0.2)"), str(path)],
            input="\n",
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert holder.stdout.strip() == "not held"


def test_opening_a_file_never_imports_the_http_client_or_filelock(tmp_path: Path) -> None:
    # Each is tens of milliseconds at every launch of the reader; only a URL needs the first.
    source = tmp_path / "article.txt"
    source.write_text("“We will sign,” said Ana Lund.\n", encoding="utf-8")
    code = textwrap.dedent(
        f"""
        import sys
        from briefing.ingest import load_sources
        from briefing.model import Analysis
        from briefing.store import Store
        (article,) = load_sources([{str(source)!r}]).articles
        with Store({str(tmp_path / "notes.json")!r}) as store:
            store.save_analysis(Analysis(article.id, "test"))
        print(sorted(m for m in ("http.client", "ssl", "filelock", "briefing.fetch") if m in sys.modules))
        """
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert found.stdout.strip() == "[]"
    assert list(tmp_path.glob("*.lock"))  # the write did take the lock
