"""Page furniture removed from web articles, on a page the test writes (our own fictional story).

The real pages in ../shared/corpus/html are checked in test_ingest.py; here each
kind of furniture the issue names is put in a page of ours, next to article
lines that look like it but are not furniture and must stay.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from formats_support import STORY, TITLE

from briefing.formats.web_cleanup import remove_furniture
from briefing.ingest import load_file

# Article sentences that resemble furniture: they must survive.
LOOKALIKES = (
    "More than 200 fishermen signed the letter to the board, Morrow said.",
    "Follow-up talks are planned for Friday, a spokeswoman for the council said.",
)
FURNITURE = (
    "More: Ferry operators ask for a new timetable",
    "SEE MORE: Storm closes the coastal road for a second day",
    "DON\u2019T MISS",
    "Lighthouse Keepers Mark Two Hundred Years On The Point",
    "New Ferry Timetable Starts In April",
    "Council Approves Budget For Harbour Lights",
    "Follow the Gazette\u2019s full coverage of the harbour dispute at https://gazette.example/harbour",
    "Updated at 9:14 a.m.",
)
CARD = ("Budget row deepens over harbour lights", "Brandt calls for a public inquiry")


def page() -> bytes:
    def p(text: str) -> str:
        return f"<p>{escape(text)}</p>"

    card = (
        "<span class='person-rollover'><a href='/people/ivo-brandt'>Ivo Brandt</a>"
        "<span class='person-rollover-card'><a href='/people/ivo-brandt'>Ivo Brandt</a>"
        + "".join(f"<a href='/news/{n}'>{escape(headline)}</a> " for n, headline in enumerate(CARD))
        + "<a href='/people/ivo-brandt'>MORE</a></span></span>"
    )
    body = [
        p(TITLE),  # the headline again, as the first paragraph
        p(STORY[0]),
        f"<p>More: <a href='/ferry'>{escape(FURNITURE[0][6:])}</a></p>",
        p(STORY[1]),
        p(LOOKALIKES[0]),
        f"<p>SEE MORE: <a href='/storm'>{escape(FURNITURE[1][10:])}</a></p>",
        p(STORY[2]),
        f"<p><strong>{FURNITURE[2]}</strong></p>",
        *(f"<p><a href='/other/{n}'>{escape(line)}</a></p>" for n, line in enumerate(FURNITURE[3:6])),
        p(STORY[3]),
        p(STORY[4]),
        p(LOOKALIKES[1]),
        f"<p>Councillor {card} said the council would ask the board for the full maintenance report "
        "before its next meeting.</p>",
        p(FURNITURE[6]),
        p(FURNITURE[7]),
    ]
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(TITLE)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/harbour'>Harbour</a></nav>"
        f"<article><h1>{escape(TITLE)}</h1>{''.join(body)}</article>"
        "<footer>Port Ellery Gazette</footer></body></html>"
    ).encode()


def test_page_furniture_is_removed_and_every_article_sentence_kept(tmp_path: Path) -> None:
    path = tmp_path / "pier.html"
    path.write_bytes(page())
    article = load_file(path)
    lines = article.text.split("\n")
    expected = [*STORY[:2], LOOKALIKES[0], STORY[2], STORY[3], STORY[4], LOOKALIKES[1], STORY[5]]
    assert lines == expected
    assert article.title == TITLE
    for headline in CARD:
        assert headline not in article.text


# Sentences that open like a stamp or a "Follow" pointer, and labels alone on a line.
MORE_LOOKALIKES = (
    "Follow the money, the councillor said, and the updates will explain the rest.",
    "Published in 2024, the maintenance report found rust in the railings.",
    "Repairs and moorings",
)
LABELS = (
    "Advertisement",
    "Share this article",
    "Last updated: March 3, 2026 10:02 GMT",
    "Posted 3 hours ago",
)


def test_rules_on_extracted_lines() -> None:
    """The line rules alone, as they meet trafilatura's output (one paragraph a line)."""
    lines = [TITLE, STORY[0], *FURNITURE[:6], STORY[1], *LOOKALIKES, FURNITURE[6], FURNITURE[7], STORY[5]]
    assert remove_furniture("\n".join(lines), TITLE).split("\n") == [
        STORY[0],
        STORY[1],
        *LOOKALIKES,
        STORY[5],
    ]
    lines = [STORY[0], *MORE_LOOKALIKES, *LABELS, STORY[1]]
    assert remove_furniture("\n".join(lines)).split("\n") == [STORY[0], *MORE_LOOKALIKES, STORY[1]]


def test_a_run_of_title_case_link_lines_goes_but_headings_between_paragraphs_stay() -> None:
    links = [
        "Ferry Strike Ends After Two Days",
        "Harbour Lights Return To The Point",
        "A New Pier For Ellery",
    ]
    text = "\n".join([STORY[0], "Repairs And Moorings", STORY[1], *links, STORY[2]])
    assert remove_furniture(text).split("\n") == [STORY[0], "Repairs And Moorings", STORY[1], STORY[2]]
