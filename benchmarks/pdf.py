"""PDF reading: pages per second and reading order on a generated 50-page two-column report.

Times briefing's reader (pypdfium2 plus our paragraph rebuilding) against
pypdfium2's and, when it is importable, pdfplumber's plain page text, in one
run on the same file, best of N rounds. "Order" is the share of the story's
paragraphs found whole in the output: a reader that interleaves the columns
scores near 0.

    python benchmarks/pdf.py [--rounds N] [--repeat 160]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import formats_support  # noqa: E402 - the tests' own document writer


def _order(text: str, repeat: int) -> float:
    """Share of the paragraphs written (each copy of each) that the text holds whole."""
    flat = " ".join(text.split())
    found = sum(flat.count(" ".join(paragraph.split())) for paragraph in formats_support.STORY)
    return found / (repeat * len(formats_support.STORY))


def _briefing(data: bytes, path: Path) -> str:
    from briefing.formats.pdf import read_pdf

    return read_pdf(data, 10**9).text


def _pdfium_plain(data: bytes, path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    texts = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    document.close()
    # Undo the line-end hyphens as the reader does, so only the order differs.
    return re.sub(r"-\s*\n", "", "\n".join(texts))


def _pdfplumber(data: bytes, path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as document:
        return re.sub(r"-\s*\n", "", "\n".join(page.extract_text() or "" for page in document.pages))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=160, help="copies of the story (160 give 50 pages)")
    args = parser.parse_args()
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as folder:
        path = formats_support.write_pdf(
            Path(folder) / "report.pdf", columns=2, running=True, repeat=args.repeat
        )
        data = path.read_bytes()
        pages = len(pdfium.PdfDocument(data))
        readers = {"briefing (pypdfium2 + layout)": _briefing, "pypdfium2 plain text": _pdfium_plain}
        try:
            import pdfplumber  # noqa: F401
        except ImportError:
            print("pdfplumber not importable: not measured")
        else:
            readers["pdfplumber extract_text"] = _pdfplumber
        best = {name: float("inf") for name in readers}
        texts = {}
        for _ in range(args.rounds):
            for name, read in readers.items():
                start = time.perf_counter()
                texts[name] = read(data, path)
                best[name] = min(best[name], time.perf_counter() - start)
    print(f"{pages} pages, two columns, written row by row; best of {args.rounds}")
    baseline = best["briefing (pypdfium2 + layout)"]
    for name, seconds in best.items():
        print(
            f"{name:32} {pages / seconds:8.1f} pages/s  {seconds / baseline:5.2f}x briefing's time"
            f"  order {_order(texts[name], args.repeat):.0%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
