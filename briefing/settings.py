"""The reader's remembered settings (today the theme): a small JSON file in the user config folder.

``BRIEFING_CONFIG_DIR`` names another folder (tests point it at a tmp folder). A file that cannot
be read is reported in one line and left untouched: it is never overwritten, so a hand edit with a
typo costs nothing. Writes replace the file atomically.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from briefing.durable import atomic_write

CONFIG_DIR_VARIABLE = "BRIEFING_CONFIG_DIR"
THEME_VARIABLE = "BRIEFING_THEME"
FILE_NAME = "settings.json"


def settings_path() -> Path:
    """Where the settings live: $BRIEFING_CONFIG_DIR, else the platform's user config folder."""
    folder = os.environ.get(CONFIG_DIR_VARIABLE)
    if folder:
        return Path(folder) / FILE_NAME
    import platformdirs

    return platformdirs.user_config_path("briefing") / FILE_NAME


@dataclass
class SettingsFile:
    """The settings read from one file; ``problem`` says why it could not be used (then it is kept as is)."""

    path: Path
    values: dict
    problem: str | None = None

    @classmethod
    def read(cls, path: Path) -> SettingsFile:
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            return cls(path, {})
        except (OSError, UnicodeDecodeError) as error:
            return cls(path, {}, f"{path}: cannot read the settings ({error}); using the defaults")
        try:
            values = json.loads(text)
        except json.JSONDecodeError as error:
            return cls(
                path, {}, f"{path}: not valid JSON ({error.msg}, line {error.lineno}); using the defaults"
            )
        if not isinstance(values, dict):
            return cls(path, {}, f"{path}: not a JSON object; using the defaults")
        return cls(path, values)

    @property
    def theme(self) -> str | None:
        theme = self.values.get("theme")
        return theme if isinstance(theme, str) and theme else None

    def remember(self, key: str, value: object) -> str | None:
        """Save one setting; a file that could not be read is left alone (the problem is returned)."""
        if self.problem is not None:
            return self.problem
        if self.values.get(key) == value:
            return None
        self.values[key] = value
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, (json.dumps(self.values, indent=2, sort_keys=True) + "\n").encode())
        except OSError as error:
            return f"{self.path}: cannot save the settings ({error})"
        return None


def chosen_theme(option: str | None, settings: SettingsFile | None) -> str | None:
    """The theme to start with: --theme, else $BRIEFING_THEME, else the one remembered."""
    return option or os.environ.get(THEME_VARIABLE) or (settings.theme if settings else None)
