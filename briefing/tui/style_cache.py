"""Parsed style sheets kept between launches, as Python keeps bytecode.

Textual parses every style sheet of the app at each launch before its first frame; for the reader's
sheets that is about a tenth of the launch. A parsed sheet depends only on its text, where it was
read from, the theme's variables and the Textual and Python that parsed it, so the parse is kept in
the user's cache folder under a hash of all of these and read back at the next launch. Any change to
one of them is another key; a file that cannot be read, or is not the user's own, is parsed again.
The cache is a convenience: failing to read or write it never stops the app.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
from pathlib import Path

from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.css.types import CSSLocation

from briefing.durable import atomic_write

CACHE_DIR_VARIABLE = "BRIEFING_CACHE_DIR"
FORMAT = 1  # bump when what is stored changes shape
KEPT_FILES = 64  # older parses (other themes, earlier sheets) beyond this are removed
LARGEST_FILE = 4 * 1024 * 1024


def style_cache_dir() -> Path:
    """$BRIEFING_CACHE_DIR/styles, else the platform's user cache folder's briefing/styles."""
    folder = os.environ.get(CACHE_DIR_VARIABLE)
    if folder:
        return Path(folder) / "styles"
    import platformdirs

    return platformdirs.user_cache_path("briefing") / "styles"


def _parser_identity() -> str:
    """Which Python and which Textual parsed: the files of Textual's CSS parser, by size and time.

    (Asking importlib.metadata for Textual's version takes longer than the parse it would save.)"""
    import textual.css.model as css_model

    folder = Path(css_model.__file__).parent
    marks = []
    for name in ("model.py", "styles.py", "parse.py", "tokenize.py", "stylesheet.py"):
        try:
            found = (folder / name).stat()
        except OSError:
            found = None
        marks.append((name, found and found.st_size, found and found.st_mtime_ns))
    return repr((FORMAT, sys.version, str(folder), marks))


class StyleCache:
    """A folder of parsed sheets, one file per sheet and set of variables."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else style_cache_dir()
        self._identity: str | None = None
        self._pruned = False

    def key(
        self,
        css: str,
        read_from: CSSLocation,
        flags: tuple[bool, int, str],
        variables: dict[str, str],
    ) -> str:
        if self._identity is None:
            self._identity = _parser_identity()
        described = repr((self._identity, read_from, flags, sorted(variables.items())))
        digest = hashlib.sha256(described.encode("utf-8", "surrogatepass"))
        digest.update(css.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def load(self, key: str) -> list[RuleSet] | None:
        """The rules kept under ``key``, or None: missing, unreadable, or a file that is not the
        user's own regular file and writable by no one else (only such a file is unpickled)."""
        path = self.folder / f"{key}.pickle"
        try:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            found = os.fstat(descriptor)
            if not self._trusted(found):
                return None
            with os.fdopen(descriptor, "rb", closefd=False) as stream:
                rules = pickle.load(stream)
        except Exception:  # a torn or foreign file is a miss: the sheet is parsed again
            return None
        finally:
            os.close(descriptor)
        if not isinstance(rules, list) or not all(isinstance(rule, RuleSet) for rule in rules):
            return None
        return rules

    @staticmethod
    def _trusted(found: os.stat_result) -> bool:
        return (
            stat.S_ISREG(found.st_mode)
            and found.st_size <= LARGEST_FILE
            and (not hasattr(os, "getuid") or found.st_uid == os.getuid())
            and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        )

    def save(self, key: str, rules: list[RuleSet]) -> None:
        """Keep ``rules`` under ``key``, best effort: a cache that cannot be written is no cache.

        Written by the one atomic write, so a reader finds the old file or the new one, never half of
        one; not synced to disk, since a file lost in a crash is only parsed again."""
        try:
            payload = pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL)
            if len(payload) > LARGEST_FILE:
                return
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not self.folder.is_dir() or self.folder.is_symlink():
                return
            path = self.folder / f"{key}.pickle"
            if path.is_symlink() or (path.exists() and not self._trusted(path.stat())):
                path.unlink()  # written anew as the user's own, not through a link or in its mode
            atomic_write(path, payload, new_file_mode=0o600, sync=False)
            if not self._pruned:
                self._pruned = True
                self._prune()
        except Exception:  # full disk, read-only home, a file where the folder should be
            return

    def _prune(self) -> None:
        kept = sorted(self.folder.glob("*.pickle"), key=lambda path: path.stat().st_mtime_ns)
        for path in kept[:-KEPT_FILES]:
            path.unlink(missing_ok=True)


class CachedStylesheet(Stylesheet):
    """Textual's stylesheet, reading each sheet's parse from a ``StyleCache`` when it has it."""

    def __init__(self, *, variables: dict[str, str] | None = None, cache: StyleCache) -> None:
        super().__init__(variables=variables)
        self.cache = cache

    def _parse_rules(
        self,
        css: str,
        read_from: CSSLocation,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        in_process = (css, read_from, is_default_rules, tie_breaker, scope)
        if in_process in self._parse_cache:
            return self._parse_cache[in_process]
        key = self.cache.key(css, read_from, (is_default_rules, tie_breaker, scope), self._variables)
        rules = self.cache.load(key)
        if rules is not None:
            self._parse_cache[in_process] = rules
            return rules
        rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
        if not any(rule.errors for rule in rules):  # a sheet with errors is reported, never kept
            self.cache.save(key, rules)
        return rules

    def invalid_css(self) -> set[str]:
        """The sheets found invalid (Textual skips them until they change)."""
        return self._invalid_css

    def reparse(self) -> None:
        """Textual's reparse (a fresh stylesheet, so errors leave this one as it was), through the cache."""
        stylesheet = CachedStylesheet(variables=self._variables, cache=self.cache)
        for read_from, (css, is_defaults, tie_breaker, scope) in self.source.items():
            stylesheet.add_source(
                css, read_from=read_from, is_default_css=is_defaults, tie_breaker=tie_breaker, scope=scope
            )
        try:
            stylesheet.parse()
        except Exception:
            self._invalid_css.update(stylesheet.invalid_css())
            raise
        self._rules = stylesheet.rules
        self._rules_map = None
        self.source = stylesheet.source
        self._require_parse = False
