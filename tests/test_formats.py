"""PDF, Word, e-mail and feeds: documents the tests write, read back as the same clean articles.

Each format carries the same fictional story (tests/formats_support.py); the
analysis of each must find the statements and speakers it finds in the plain
text of the story.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from formats_support import (
    AFTER_HEADING,
    AUTHOR,
    SECTION,
    SENDER,
    STORY,
    TITLE,
    atom_feed,
    plain_text,
    rss_feed,
    serving,
    story_html_body,
    story_message,
    write_docx,
    write_image_pdf,
    write_mbox,
    write_pdf,
)

from briefing.ingest import load_file, load_sources

STORY_PARAGRAPHS = [TITLE, *STORY[:AFTER_HEADING], SECTION, *STORY[AFTER_HEADING:]]


def paragraphs(article) -> list[str]:
    return [article.text[start:end] for start, end in article.paragraphs]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, timeout=300, check=False
    )


def one_error(source: Path | str, **options) -> str:
    result = load_sources([str(source)], **options)
    assert not result.articles
    assert len(result.errors) == 1, result.errors
    (line,) = result.errors
    assert line.startswith(f"{source}: ") and "\n" not in line and "Traceback" not in line
    return line.removeprefix(f"{source}: ")


# --- PDF ---------------------------------------------------------------------------------------


def test_pdf_one_column_gives_the_paragraphs_title_and_author(tmp_path: Path) -> None:
    article = load_file(write_pdf(tmp_path / "story.pdf"))
    # Lines joined, "Cooper-" / "ative" style line-end hyphens undone, the heading its own paragraph.
    assert paragraphs(article) == STORY_PARAGRAPHS
    assert article.title == TITLE
    assert article.byline == AUTHOR
    assert article.date and article.date[:4].isdigit()


def test_pdf_two_columns_read_in_order_without_headers_footers_or_page_numbers(tmp_path: Path) -> None:
    # Written row by row across the columns, over several pages, with running lines on each.
    path = write_pdf(tmp_path / "report.pdf", columns=2, running=True, repeat=8)
    article = load_file(path)
    assert paragraphs(article) == STORY_PARAGRAPHS * 8
    assert "Gazette" not in article.text
    assert not any(paragraph.strip().isdigit() for paragraph in paragraphs(article))


def test_pdf_title_from_first_heading_when_metadata_has_none(tmp_path: Path) -> None:
    article = load_file(write_pdf(tmp_path / "story.pdf", title_metadata=False))
    assert article.title == TITLE


def test_pdf_text_is_the_plain_text_and_ids_follow_the_text(tmp_path: Path) -> None:
    pdf = load_file(write_pdf(tmp_path / "story.pdf"))
    text = tmp_path / "story.txt"
    text.write_text(plain_text(), encoding="utf-8")
    assert pdf.text == plain_text()
    assert pdf.id == load_file(text).id


def test_scanned_pdf_needs_ocr(tmp_path: Path) -> None:
    path = write_image_pdf(tmp_path / "scan.pdf")
    assert one_error(path) == "no text layer: a scanned PDF needs OCR first"


def test_encrypted_pdf_says_so(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "locked.pdf", encrypt="secret")
    assert one_error(path).startswith("encrypted PDF")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", b"%PDF-1.7\n" + bytes(range(256)) * 40],
    ids=["truncated", "garbage"],
)
def test_corrupt_pdf_says_so(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    assert one_error(path) == "not a readable PDF (corrupt or truncated)"


def test_pdf_whose_text_expands_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "long.pdf", repeat=30)
    size = path.stat().st_size
    text_size = len(load_file(path).text.encode())
    assert text_size > size * 1.5, "the test needs a PDF smaller than its text"
    limit = (size + text_size) // 2
    problem = one_error(path, max_bytes=limit)
    assert "past the size limit" in problem and "refused" in problem


# --- Word --------------------------------------------------------------------------------------


def test_docx_headings_table_no_comment_no_tracked_deletion(tmp_path: Path) -> None:
    article = load_file(write_docx(tmp_path / "note.docx", table=True))
    assert paragraphs(article) == [*STORY_PARAGRAPHS, "Item | Cost", "Railings | 40,000 crowns"]
    assert "secretly" not in article.text  # the tracked deletion
    assert "to close the northern pier, after" in article.text  # the tracked insertion
    assert "desk" not in article.text  # the comment
    assert article.title == TITLE
    assert article.byline == AUTHOR


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * 5_000_000 + b"</w:document>")
    assert path.stat().st_size < 100_000
    problem = one_error(path, max_bytes=1_000_000)
    assert problem.startswith("unpacks to 4.8 MB, past the size limit") and problem.endswith("(refused)")


def test_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"just some text pretending")
    assert one_error(path).startswith("not a readable Word document")


# --- e-mail ------------------------------------------------------------------------------------


def test_eml_html_part_and_pdf_attachment_are_articles(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "attached.pdf").read_bytes()
    path = tmp_path / "pier.eml"
    path.write_bytes(bytes(story_message(attach_pdf=pdf)))
    result = load_sources([str(path)])
    assert not result.errors
    message, attachment = result.articles
    assert message.source == str(path)
    assert (message.title, message.byline, message.date) == (TITLE, SENDER, "2026-03-03")
    assert paragraphs(message) == list(STORY)  # no quoted reply, no signature
    assert attachment.source == f"{path}#pier-report.pdf"
    assert attachment.title == f"{TITLE} \u2014 pier-report.pdf"
    assert paragraphs(attachment) == STORY_PARAGRAPHS


def test_eml_plain_text_only_drops_quoted_reply_and_signature(tmp_path: Path) -> None:
    path = tmp_path / "plain.eml"
    path.write_bytes(bytes(story_message(html=False)))
    (article,) = load_sources([str(path)]).articles
    assert paragraphs(article) == list(STORY)
    assert "wrote:" not in article.text and "correspondent" not in article.text


def test_mbox_gives_one_article_per_message_and_each_can_be_named(tmp_path: Path) -> None:
    box = write_mbox(
        tmp_path / "desk.mbox",
        [story_message(subject="First filing"), story_message(subject="Second filing", html=False)],
    )
    result = load_sources([str(box)])
    assert not result.errors
    assert [(a.source, a.title) for a in result.articles] == [
        (f"{box}#1", "First filing"),
        (f"{box}#2", "Second filing"),
    ]
    # The source of one message loads that message alone (as notes and export re-read it).
    (second,) = load_sources([f"{box}#2"]).articles
    assert second == result.articles[1]


# --- feeds -------------------------------------------------------------------------------------


def test_atom_file_one_article_per_entry_with_feed_title_and_dates(tmp_path: Path) -> None:
    entries = [
        (TITLE, "https://gazette.example/pier", story_html_body()),
        ("Fishermen write to the board", "https://gazette.example/letters", f"<p>{STORY[2]}</p>"),
    ]
    path = tmp_path / "gazette.atom"
    path.write_bytes(atom_feed(entries))
    result = load_sources([str(path)])
    assert not result.errors
    first, second = result.articles
    assert (first.title, first.site, first.date, first.url) == (
        TITLE,
        "Port Ellery Gazette",
        "2026-03-01",
        "https://gazette.example/pier",
    )
    assert paragraphs(first) == STORY_PARAGRAPHS[1:]
    assert paragraphs(second) == [STORY[2]]
    assert [a.title for a in load_sources([str(path)], limit=1).articles] == [TITLE]


def test_rss_url_entries_from_content_or_by_fetching_the_link() -> None:
    page = (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"{story_html_body()}</article></body></html>"
    ).encode()
    routes = {"/pier.html": ("text/html; charset=utf-8", page)}
    with serving(routes) as base:
        feed = rss_feed(
            [
                (
                    "Fishermen write to the board",
                    f"{base}/letters.html",
                    f"<p>{STORY[2]}</p><p>{STORY[3]}</p>",
                ),
                (TITLE, f"{base}/pier.html", ""),  # no content: the page is fetched
            ]
        )
        routes["/feed"] = ("application/rss+xml", feed)
        result = load_sources([f"{base}/feed"])
    assert not result.errors, result.errors
    letters, pier = result.articles
    assert paragraphs(letters) == [STORY[2], STORY[3]]
    assert pier.url == f"{base}/pier.html" and pier.site == "Port Ellery Gazette"
    assert [p for p in paragraphs(pier) if p in STORY] == list(STORY)


def test_pdf_url_is_read_as_pdf(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "story.pdf").read_bytes()
    with serving({"/report": ("application/pdf", pdf)}) as base:
        (article,) = load_sources([f"{base}/report"]).articles
    assert paragraphs(article) == STORY_PARAGRAPHS


def test_folder_loads_every_supported_kind_and_names_what_it_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "morning"
    folder.mkdir()
    write_pdf(folder / "a.pdf")
    write_docx(folder / "b.docx")
    (folder / "c.eml").write_bytes(bytes(story_message()))
    (folder / "d.atom").write_bytes(atom_feed([(TITLE, "https://gazette.example/pier", story_html_body())]))
    (folder / "e.xlsx").write_bytes(b"PK\x03\x04 not a briefing")
    result = load_sources([str(folder)])
    assert not result.errors
    assert [Path(a.source).name for a in result.articles] == ["a.pdf", "b.docx", "c.eml", "pier"]
    assert len(result.skipped) == 1 and "e.xlsx" in result.skipped[0]


# --- the analysis is the same in every format ---------------------------------------------------


def test_analyze_finds_the_same_statements_and_speakers_in_every_format(tmp_path: Path) -> None:
    """Each document against the plain text of the same words (an e-mail body has no headline)."""
    versions = {
        "whole": "\n\n".join(STORY_PARAGRAPHS) + "\n",
        "body": "\n\n".join(STORY) + "\n",
        "sections": "\n\n".join(STORY_PARAGRAPHS[1:]) + "\n",
    }
    for name, words in versions.items():
        (tmp_path / f"{name}.txt").write_text(words, encoding="utf-8")
    eml = tmp_path / "story.eml"
    eml.write_bytes(bytes(story_message()))
    atom = tmp_path / "story.atom"
    atom.write_bytes(atom_feed([(TITLE, "https://gazette.example/pier", story_html_body())]))
    rss = tmp_path / "story.rss"
    rss.write_bytes(rss_feed([(TITLE, "https://gazette.example/pier", story_html_body())]))
    documents = {
        write_pdf(tmp_path / "story.pdf", columns=2, running=True): "whole",
        write_docx(tmp_path / "story.docx"): "whole",
        eml: "body",
        write_mbox(tmp_path / "story.mbox", [story_message(html=False)]): "body",
        atom: "sections",
        rss: "sections",
    }
    sources = [*(str(tmp_path / f"{name}.txt") for name in versions), *map(str, documents)]
    done = run_cli("analyze", *sources, "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(records) == len(versions) + len(documents)

    def found(record) -> tuple[list, set]:
        statements = [(s["text"], s["speaker"], s["stance"]) for s in record["statements"]]
        return statements, {s["speaker"] for s in record["statements"]}

    plain = dict(zip(versions, map(found, records), strict=False))
    for name, version in plain.items():
        assert len(version[0]) >= 4 and {"Tomas Vintner", "Ada Morrow"} <= version[1], name
    for record, version in zip(records[len(versions) :], documents.values(), strict=True):
        assert found(record) == plain[version], record["article"]["source"]


def test_message_forwarded_as_attachment_is_an_article_of_its_own(tmp_path: Path) -> None:
    from email.message import EmailMessage

    outer = EmailMessage()
    outer["From"] = "Desk <desk@example.org>"
    outer["Subject"] = "Fwd: the pier cable"
    outer["Date"] = "Wed, 04 Mar 2026 09:00:00 +0000"
    outer.set_content("The cable is below; please brief the minister.\n\n-- \nThe desk")
    outer.add_attachment(story_message(subject="Cable: northern pier"))
    path = tmp_path / "forward.eml"
    path.write_bytes(bytes(outer))
    result = load_sources([str(path)])
    assert not result.errors
    note, cable = result.articles
    assert paragraphs(note) == ["The cable is below; please brief the minister."]
    assert (cable.source, cable.title, cable.byline) == (
        f"{path}#forwarded-1",
        "Cable: northern pier",
        SENDER,
    )
    assert paragraphs(cable) == list(STORY)


def test_pdf_on_standard_input_is_sniffed(tmp_path: Path) -> None:
    import io

    pdf = write_pdf(tmp_path / "story.pdf").read_bytes()
    (article,) = load_sources(["-"], stdin=io.BytesIO(pdf)).articles
    assert article.source == "<stdin>" and paragraphs(article) == STORY_PARAGRAPHS


def test_bad_documents_on_the_command_line_get_a_line_each(tmp_path: Path) -> None:
    bad = {
        "scan.pdf": write_image_pdf(tmp_path / "scan.pdf"),
        "locked.pdf": write_pdf(tmp_path / "locked.pdf", encrypt="secret"),
        "torn.pdf": tmp_path / "torn.pdf",
        "torn.docx": tmp_path / "torn.docx",
        "empty.eml": tmp_path / "empty.eml",
        "notes.mbox": tmp_path / "notes.mbox",
        "empty.rss": tmp_path / "empty.rss",
    }
    bad["torn.pdf"].write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    bad["torn.docx"].write_bytes(b"PK\x03\x04\x14\x00 torn")
    bad["empty.eml"].write_bytes(b"")
    bad["notes.mbox"].write_bytes(b"just notes, not a mailbox\n")
    bad["empty.rss"].write_bytes(
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></channel></rss>"
    )
    good = write_pdf(tmp_path / "good.pdf")
    done = run_cli("analyze", *(str(p) for p in bad.values()), str(good))
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [str(p) for p in bad.values()], lines
    assert TITLE in done.stdout.decode()


async def test_reader_opens_a_pdf_and_takes_limit_entries_of_a_later_feed(tmp_path: Path) -> None:
    from tui_support import GoldAnalyzer, ready

    from briefing.tui.app import BriefingApp

    pdf = load_file(write_pdf(tmp_path / "story.pdf"))
    feed = tmp_path / "gazette.atom"
    feed.write_bytes(
        atom_feed([(f"Entry {n}", f"https://gazette.example/{n}", f"<p>{STORY[n]}</p>") for n in range(3)])
    )
    app = BriefingApp([pdf], analyzer=GoldAnalyzer({}), use_store=False, more_sources=[str(feed)], limit=2)
    app.animation_level = "none"
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert [article.title for article in app.articles] == [TITLE, "Entry 0", "Entry 1"]
        assert app.sub_title == "1/3"
