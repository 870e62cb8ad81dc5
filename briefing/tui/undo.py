"""Which of the reader's undoable actions came last: ``u`` takes back the most recent one.

Each owner (the notes controller's deletions, the corrections controller's
corrections) keeps its own stack of what to undo; this history only records the
order of owners, so ``u`` asks the owner of the most recent action to undo its last.
"""

from __future__ import annotations


class UndoHistory:
    """The owners of the undoable actions, oldest first."""

    def __init__(self) -> None:
        self.owners: list[str] = []

    def record(self, owner: str) -> None:
        self.owners.append(owner)

    def take_last(self) -> str | None:
        """The owner of the most recent action, taken off the history (``None``: nothing to undo)."""
        return self.owners.pop() if self.owners else None

    def forget_last(self, owner: str) -> None:
        """The owner undid its last action itself: drop that entry."""
        for index in range(len(self.owners) - 1, -1, -1):
            if self.owners[index] == owner:
                del self.owners[index]
                return
