"""Messages that do not pile up: the same message while its toast is still shown is not repeated."""

from __future__ import annotations

import time


class ToastGate:
    """Remembers until when each message's toast is on screen."""

    def __init__(self) -> None:
        self._until: dict[str, float] = {}

    def admit(self, message: str, timeout: float) -> bool:
        """Whether to show ``message`` now: not while the same one is still on screen."""
        now = time.monotonic()
        if self._until.get(message, 0.0) > now:
            return False
        self._until = {text: end for text, end in self._until.items() if end > now}
        self._until[message] = now + timeout
        return True
