"""The theme the reader starts with, and remembering the one the user picks (command palette)."""

from __future__ import annotations

from textual.app import App

from briefing.settings import SettingsFile


class ThemeMemory:
    """Applies the starting theme and saves every later theme change to the settings file."""

    def __init__(self, settings: SettingsFile | None, theme: str | None) -> None:
        self.settings = settings
        self.theme = theme
        self.warnings: list[str] = []  # for stderr once the app has quit

    def start(self, app: App) -> None:
        if self.settings is not None and self.settings.problem:
            self._warn(app, self.settings.problem)
        if self.theme:
            if self.theme in app.available_themes:
                app.theme = self.theme
            else:
                known = ", ".join(sorted(app.available_themes))
                self._warn(app, f"unknown theme {self.theme!r}; themes: {known}")
        app.theme_changed_signal.subscribe(app, self._theme_changed)

    def _theme_changed(self, theme) -> None:
        if self.settings is None:
            return
        problem = self.settings.remember("theme", theme.name)
        if problem and problem not in self.warnings:
            self.warnings.append(problem)

    def _warn(self, app: App, line: str) -> None:
        self.warnings.append(line)
        app.notify(line, severity="warning", markup=False, timeout=10)
