"""The bundled sample articles: what a new user sees first, and what other tests rely on.

sample_articles/README.md lists, per file, phrases that appear in it verbatim (in
backticks on its "Contains:" line); these tests hold the files to that list, to the
ingest conventions (headline, byline, date), and to the project's brief (a long report,
an HTML page whose chrome is dropped, both kinds of quote marks).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.ingest import load_file, load_sources

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
CHROME_TEXT = (
    "Accept all",
    "Advertisement",
    "Related stories",
    "Most read",
    "All rights reserved",
    "Sign up",
)


def _article_files(samples: Path) -> list[Path]:
    return sorted(p for p in samples.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.stem != "README")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _readme_phrases(samples: Path) -> dict[str, list[str]]:
    """File name -> the backticked phrases on the "Contains:" bullet of its README section."""
    readme = (samples / "README.md").read_text(encoding="utf-8")
    phrases: dict[str, list[str]] = {}
    for section in re.split(r"^## ", readme, flags=re.MULTILINE)[1:]:
        name, _, body = section.partition("\n")
        bullets = re.split(r"^- ", body, flags=re.MULTILINE)
        contains = [b for b in bullets if b.startswith("Contains:")]
        assert contains, f"README section {name} has no 'Contains:' line"
        phrases[name.strip()] = [_squash(p) for p in re.findall(r"`([^`]+)`", contains[0])]
    return phrases


def test_readme_lists_every_sample_and_nothing_else(samples: Path) -> None:
    listed = set(_readme_phrases(samples))
    on_disk = {p.name for p in _article_files(samples)}
    assert listed == on_disk


def test_every_phrase_the_readme_promises_is_in_its_file(samples: Path) -> None:
    for name, phrases in _readme_phrases(samples).items():
        text = _squash((samples / name).read_text(encoding="utf-8"))
        missing = [p for p in phrases if p not in text]
        assert not missing, f"{name} lacks {missing}"


def test_samples_are_utf8_with_lf_line_endings(samples: Path) -> None:
    for path in _article_files(samples) + [samples / "README.md"]:
        data = path.read_bytes()
        data.decode("utf-8")
        assert b"\r" not in data, path.name
        assert data.endswith(b"\n"), path.name


def test_the_straight_quote_samples_are_plain_ascii(samples: Path) -> None:
    for name in ("02-press-briefing-seabed-mining.txt", "03-briefing-carbon-market-link.md"):
        text = (samples / name).read_text(encoding="utf-8")
        assert text.isascii(), name
        assert text.count('"') >= 10 and text.count('"') % 2 == 0, name


def test_every_sample_loads_with_headline_byline_and_date(samples: Path) -> None:
    result = load_sources([str(samples)])
    assert result.errors == []
    assert [Path(a.source).name for a in result.articles] == [p.name for p in _article_files(samples)]
    for article in result.articles:
        assert article.title and "\n" not in article.title, article.source
        assert not article.title.endswith("."), article.source
        assert article.byline, article.source
        assert re.fullmatch(r"2026-\d\d-\d\d", article.date or ""), article.source


def test_curly_quotes_pair_within_paragraphs_or_run_on_to_the_next(samples: Path) -> None:
    """An unclosed “ is allowed only where the next paragraph reopens the quote (wire style)."""
    for path in _article_files(samples):
        if path.suffix == ".html":
            continue
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for index, paragraph in enumerate(paragraphs):
            opened, closed = paragraph.count("“"), paragraph.count("”")
            if opened == closed:
                continue
            assert opened == closed + 1, f"{path.name}: {paragraph[:60]}"
            assert paragraphs[index + 1].startswith("“"), (
                f"{path.name}: no continuation after {paragraph[:50]}"
            )


def test_both_kinds_of_quote_marks_and_a_run_on_quote_are_present(samples: Path) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in _article_files(samples)}
    assert sum(t.count("“") for t in texts.values()) > 100
    assert sum(t.count('"') for t in texts.values() if not t.lstrip().startswith("<")) > 20
    run_on = [
        name
        for name, text in texts.items()
        if re.search(r"\n“[^”\n]*\n\n“[^\n]*”", text)  # a paragraph with no closing mark, reopened
    ]
    assert "04-profile-danube-negotiation.txt" in run_on


def test_the_long_report_has_fifteen_thousand_words_and_many_speakers(samples: Path) -> None:
    path = samples / "08-long-report-north-sea-infrastructure.txt"
    text = path.read_text(encoding="utf-8")
    assert len(text.split()) >= 15_000
    annex = text.split("Annex B: People quoted in this report", 1)[1].split("Annex C:", 1)[0]
    named = [line.split(",", 1)[0] for line in annex.splitlines() if re.match(r"^[A-Z].*, [a-z]", line)]
    assert len(named) >= 12
    for speaker in named:
        surname = speaker.split()[-1]
        assert text.count(surname) >= 2, f"{speaker} is listed but never quoted"


def test_html_sample_keeps_the_article_and_drops_the_site_chrome(samples: Path) -> None:
    article = load_file(samples / "07-news-site-baltic-air-defence.html")
    assert article.title == (
        "Baltic states agree joint purchase of air-defence systems, but split over who builds them"
    )
    assert article.date == "2026-03-23"
    assert "Ingrid Salmela" in (article.byline or "")
    assert article.text.count("“") >= 8
    assert "RIGA — Estonia, Latvia and Lithuania signed an agreement" in article.text
    assert "“Three countries, one sky,” he said" in article.text
    for chrome in CHROME_TEXT:
        assert chrome not in article.text, chrome


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("04-profile-danube-negotiation.txt", ("Deputy Foreign Minister Teodora Vasilescu", "Teo Vasilescu")),
        ("02-press-briefing-seabed-mining.txt", ("The United States", "U.S.", "America ")),
        ("03-briefing-carbon-market-link.md", ("the United Kingdom", "Britain", "the UK")),
    ],
)
def test_one_party_is_named_several_ways(samples: Path, name: str, variants: tuple[str, ...]) -> None:
    text = (samples / name).read_text(encoding="utf-8")
    for variant in variants:
        assert variant in text, variant
