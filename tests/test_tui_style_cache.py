"""The reader's style sheets are parsed once and read back at the next launch: the same screen,
without Textual's parser, and never from a file the user does not own."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from textual.css import parse as textual_parse
from textual.css import stylesheet as textual_stylesheet
from tui_support import MACKEREL, SIZE, GoldAnalyzer, ready, sample_article

from briefing.tui.app import BriefingApp
from briefing.tui.style_cache import CachedStylesheet, StyleCache

SHEET = "Screen { background: $panel; }\n.marked { color: red; text-style: bold; }\n"
VARIABLES = {"panel": "#223344"}


async def _screen_of_a_launch() -> tuple[str, set[str]]:
    article, analysis = sample_article(MACKEREL)
    app = BriefingApp([article], analyzer=GoldAnalyzer({article.id: analysis}), use_store=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert "statements from" in str(app.query_one("#status").render())
        return app.export_screenshot(), {str(where) for where in app.stylesheet.source}


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Textual's parser replaced by one that fails the test: nothing may be parsed from text."""
    parsed: list[object] = []

    def refusing_parse(scope, css, read_from, **options):
        parsed.append(read_from)
        raise AssertionError(f"{read_from} was parsed again")

    monkeypatch.setattr(textual_stylesheet, "parse", refusing_parse)
    return parsed


async def test_a_second_launch_draws_the_same_screen_without_parsing_a_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    first, sources = await _screen_of_a_launch()
    kept = list((tmp_path / "cache" / "styles").glob("*.pickle"))
    assert any("app.tcss" in source for source in sources)
    assert len(kept) >= len(sources) - 1  # every sheet the first frame needs (one may be empty)

    parsed = _no_parsing(monkeypatch)
    second, _ = await _screen_of_a_launch()
    assert parsed == []
    assert second == first


async def test_a_cache_that_cannot_be_written_still_opens_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocked))
    await _screen_of_a_launch()  # drawn, its status line counting the statements
    assert blocked.read_text(encoding="utf-8") == "a file where the cache folder would be"


def _parse(cache: StyleCache, css: str = SHEET, variables: dict[str, str] = VARIABLES) -> list:
    sheet = CachedStylesheet(variables=variables, cache=cache)
    sheet.add_source(css, read_from=("styles/test.tcss", ""))
    sheet.parse()
    return [rule.css for rule in sheet.rules]


def test_a_kept_parse_is_used_only_for_the_same_text_and_the_same_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = StyleCache(tmp_path / "styles")
    fresh = _parse(cache)
    assert "#223344" in " ".join(fresh)

    with monkeypatch.context() as patch:
        parsed = _no_parsing(patch)
        assert _parse(StyleCache(tmp_path / "styles")) == fresh
        assert parsed == []

    other_theme = _parse(StyleCache(tmp_path / "styles"), variables={"panel": "#aabbcc"})
    assert "#AABBCC" in " ".join(other_theme)
    edited = " ".join(_parse(StyleCache(tmp_path / "styles"), css=SHEET.replace("red", "blue")))
    assert "#0000FF" in edited and "#FF0000" not in edited


def test_a_sheet_with_errors_is_reported_each_time_and_never_kept(tmp_path: Path) -> None:
    cache = StyleCache(tmp_path / "styles")
    for _ in range(2):
        with pytest.raises(textual_stylesheet.StylesheetParseError):
            _parse(cache, css="Screen { colour: red; }")
    assert not (tmp_path / "styles").exists() or list((tmp_path / "styles").iterdir()) == []


@pytest.mark.parametrize("spoil", ["torn", "writable by others", "not a list of rules", "symlink"])
def test_a_kept_file_that_is_torn_or_not_the_users_own_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: str
) -> None:
    folder = tmp_path / "styles"
    fresh = _parse(StyleCache(folder))
    (kept,) = folder.glob("*.pickle")
    if spoil == "torn":
        kept.write_bytes(kept.read_bytes()[:40])
    elif spoil == "writable by others":
        os.chmod(kept, 0o666)
    elif spoil == "not a list of rules":
        kept.write_bytes(pickle.dumps({"rules": "none"}))
    else:
        elsewhere = tmp_path / "elsewhere.pickle"
        kept.rename(elsewhere)
        kept.symlink_to(elsewhere)
    parsed: list[object] = []
    real_parse = textual_parse.parse  # the parser the stylesheet module imported

    def counting_parse(*arguments, **options):
        parsed.append(arguments[2])
        return real_parse(*arguments, **options)

    monkeypatch.setattr(textual_stylesheet, "parse", counting_parse)
    assert _parse(StyleCache(folder)) == fresh
    assert parsed == [("styles/test.tcss", "")]
    rewritten = os.lstat(kept)  # and kept anew, the user's own: the next launch reads it
    assert not kept.is_symlink() and rewritten.st_mode & 0o777 == 0o600
    assert _parse(StyleCache(folder)) == fresh
    assert parsed == [("styles/test.tcss", "")]


def test_older_parses_beyond_the_kept_number_are_removed(tmp_path: Path) -> None:
    from briefing.tui import style_cache

    folder = tmp_path / "styles"
    for number in range(style_cache.KEPT_FILES + 5):
        _parse(StyleCache(folder), variables={"panel": f"#{number:06x}"})
    assert len(list(folder.glob("*.pickle"))) == style_cache.KEPT_FILES
