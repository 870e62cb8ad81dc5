"""Killing writers with SIGKILL at random moments never costs an acknowledged note."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.anchoring import new_annotation
from briefing.model import Article
from briefing.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

ROUNDS = 15
WRITERS_PER_ROUND = 2
TIME_BUDGET_SECONDS = (
    60  # a cap, not a target: a loaded machine still gets its 20 kills (15 rounds take ~10 s)
)
TEXT = "The spokesman said the talks had not begun, and declined to say when they would."

# A writer adds notes as fast as it can and prints each id only after the call returned.
WRITER = """
import sys
from briefing.anchoring import new_annotation
from briefing.model import Article
from briefing.store import Store

store = Store(sys.argv[1])
article = Article.from_text(sys.argv[2], sys.argv[3])
while True:
    note = store.add_annotation(new_annotation(article, 4, 13, note="written before the kill #crash"))
    print(note.id, flush=True)
"""


def test_sigkilled_writers_leave_a_valid_file_with_every_acknowledged_note(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    # Some notes first, so each write takes long enough to be caught half way.
    seed = Store(path)
    article = Article.from_text(TEXT, "seed.txt")
    for n in range(300):
        seed.add_annotation(new_annotation(article, 4, 13, note=f"seed note {n} " + "context " * 20))
    acknowledged = {note.id for note in seed.all_annotations()}
    rng = random.Random(20261129)
    started = time.monotonic()
    kills = 0

    for round_number in range(ROUNDS):
        if time.monotonic() - started > TIME_BUDGET_SECONDS:
            break
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(path), TEXT, f"writer-{round_number}-{n}.txt"],
                stdout=subprocess.PIPE,
            )
            for n in range(WRITERS_PER_ROUND)
        ]
        # Wait until the first writer has written once, then kill each at a random moment.
        first_line = writers[0].stdout.readline()
        assert first_line, "a writer died before writing anything"
        acknowledged.add(first_line.decode().strip())
        for writer in writers:
            time.sleep(rng.uniform(0.0, 0.15))
            writer.send_signal(signal.SIGKILL)
        for writer in writers:
            out, _ = writer.communicate(timeout=30)
            assert writer.returncode == -signal.SIGKILL
            acknowledged |= {line for line in out.decode().split("\n") if len(line) == 32}
            kills += 1

        stored = {note.id for note in Store(path).all_annotations()}
        missing = acknowledged - stored
        assert not missing, f"round {round_number}: {len(missing)} acknowledged notes lost"

    assert kills >= 20, f"only {kills} kills in the time budget"
    final = Store(path).all_annotations()
    assert {note.id for note in final} >= acknowledged
    assert all(note.note for note in final)
    # A kill between writing the temporary file and the rename leaves it behind; the next writer removes it.
    Store(path).add_annotation(new_annotation(article, 4, 13, note="after the kills"))
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_writer_killed_after_its_backup_step_leaves_no_spare_file(tmp_path: Path) -> None:
    """Killed between keeping the backup and the rename, the backup and the notes file are one
    file under two names; the next write must still leave no temporary file behind."""
    import os

    path = tmp_path / "notes.json"
    article = Article.from_text(TEXT, "seed.txt")
    Store(path).add_annotation(new_annotation(article, 4, 13, note="first"))
    backup = path.with_name("notes.json.bak")
    backup.unlink(missing_ok=True)
    os.link(path, backup)  # the state such a kill leaves
    Store(path).add_annotation(new_annotation(article, 4, 13, note="second"))
    assert not list(tmp_path.glob(".*.tmp"))
    assert {note.note for note in Store(path).all_annotations()} == {"first", "second"}
