"""``briefing eval``: score quote attribution against hand-made gold files.

The rules are those of ``shared/eval/GOLD_FORMAT.md``. The scoring core,
:func:`score`, is pure (gold documents and predicted statements in, a
:class:`Report` out) so it can be tested without spaCy; only
:func:`evaluate_dir` runs the project's analysis, imported lazily.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefing.model import KINDS, STANCES, Article, Party, Statement
from briefing.party_scoring import PartyScore, score_parties

# The two views every figure is given for: direct quotes alone, and every kind.
VIEWS: tuple[str, ...] = ("direct", "all")
# Words that carry no identity in a name ("Iran's mission to the UN" ~ "Iran mission UN").
_NAME_STOPWORDS = frozenset(
    {"a", "an", "the", "of", "to", "for", "and", "in", "on", "at", "s", "mr", "mrs", "ms"}
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_EXCERPT_CHARS = 90


class GoldFormatError(ValueError):
    """A gold file that cannot be scored; the message names the file and the problem."""


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str | None
    stance: str | None
    cue: str | None = None


@dataclass(frozen=True)
class GoldDoc:
    id: str
    source: str
    title: str | None
    text: str
    quotes: tuple[GoldQuote, ...]
    # Canonical party name -> the other names the article uses for it.
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def names_of(self, speaker: str) -> tuple[str, ...]:
        """The gold speaker and every alias its party has."""
        key = _normal_name(speaker)
        for name, aliases in self.aliases.items():
            if _normal_name(name) == key or key in {_normal_name(a) for a in aliases}:
                return (speaker, name, *aliases)
        return (speaker,)


def parse_gold(data: Any, origin: str) -> GoldDoc:
    """Check one decoded gold file and build a :class:`GoldDoc`; ``origin`` names it in errors."""
    if not isinstance(data, dict):
        raise GoldFormatError(f"{origin}: expected a JSON object")
    text = data.get("text")
    if not isinstance(text, str):
        raise GoldFormatError(f"{origin}: 'text' is missing or not a string")
    raw_quotes = data.get("quotes")
    if not isinstance(raw_quotes, list):
        raise GoldFormatError(f"{origin}: 'quotes' is missing or not a list")
    quotes = tuple(_parse_quote(raw, index, len(text), origin) for index, raw in enumerate(raw_quotes))
    aliases: dict[str, tuple[str, ...]] = {}
    parties = data.get("parties")
    if parties is not None and not isinstance(parties, list):
        raise GoldFormatError(f"{origin}: 'parties' is not a list")
    for number, party in enumerate(parties or (), start=1):
        if not isinstance(party, dict) or not isinstance(party.get("name"), str):
            raise GoldFormatError(f"{origin}: party {number} needs a 'name' string")
        names: Any = party.get("aliases") or []
        if not (isinstance(names, list) and all(isinstance(a, str) for a in names)):
            raise GoldFormatError(f"{origin}: party {number}: 'aliases' is not a list of strings")
        aliases[party["name"]] = tuple(names)
    title = data.get("title")
    for name in ("id", "source"):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise GoldFormatError(f"{origin}: {name!r} is not a string")
    return GoldDoc(
        id=data.get("id") or Path(origin).stem,
        source=data.get("source") or origin,
        title=title if isinstance(title, str) else None,
        text=text,
        quotes=quotes,
        aliases=aliases,
    )


def _parse_quote(raw: Any, index: int, text_length: int, origin: str) -> GoldQuote:
    where = f"{origin}: quote {index + 1}"
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where} is not an object")
    start, end = raw.get("start"), raw.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= text_length):
        raise GoldFormatError(f"{where}: start/end {start!r}-{end!r} is not a span of the text")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise GoldFormatError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    stance = raw.get("stance")
    if stance is not None and stance not in STANCES:
        raise GoldFormatError(f"{where}: stance {stance!r} is not one of {', '.join(STANCES)} or null")
    speaker = raw.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise GoldFormatError(f"{where}: speaker must be a string or null")
    cue = raw.get("cue")
    if cue is not None and not isinstance(cue, str):
        raise GoldFormatError(f"{where}: cue must be a string or null")
    return GoldQuote(start, end, kind, speaker, stance, cue)


def load_gold_dir(gold_dir: Path) -> tuple[list[GoldDoc], list[str]]:
    """Every ``*.json`` gold file in ``gold_dir``, and one error line per file that cannot be used."""
    docs: list[GoldDoc] = []
    errors: list[str] = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            docs.append(parse_gold(data, str(path)))
        except GoldFormatError as exc:
            errors.append(str(exc))
        except UnicodeDecodeError:
            errors.append(f"{path}: not UTF-8 text")
        except json.JSONDecodeError as exc:
            errors.append(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
        except RecursionError:
            errors.append(f"{path}: nested too deeply to be a gold file")
        except OSError as exc:
            errors.append(f"{path}: cannot be read ({exc.strerror or exc})")
    return docs, errors


# --- speaker rules ---------------------------------------------------------


def _normal_name(name: str) -> str:
    return " ".join(name.translate(_APOSTROPHES).casefold().split())


def _content_words(name: str) -> frozenset[str]:
    words = re.findall(r"\w+", _normal_name(name))
    return frozenset(word for word in words if word not in _NAME_STOPWORDS)


def speaker_correct(predicted: str | None, gold: str | None, gold_names: Iterable[str] = ()) -> bool:
    """Whether a predicted speaker names the gold speaker.

    Correct when equal (case-insensitively) to the gold speaker or one of its
    aliases, or when the content words of one name are all in the other
    ("Price" ~ "Ned Price"). The containment rule is applied to the gold
    speaker's own name only: aliases such as "State Department spokesman"
    would otherwise let "State Department" pass for Ned Price. ``None``
    matches only ``None``.
    """
    if predicted is None or gold is None:
        return predicted is None and gold is None
    wanted = _normal_name(predicted)
    if wanted in {_normal_name(name) for name in (gold, *gold_names)}:
        return True
    predicted_words, gold_words = _content_words(predicted), _content_words(gold)
    if not predicted_words or not gold_words:
        return False
    return predicted_words <= gold_words or gold_words <= predicted_words


# --- span matching ---------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs overlapping by at least half their union.

    Greedy, largest overlap first; ties go to the earlier gold, then the earlier prediction.
    """
    candidates: list[tuple[int, int, int]] = []
    for g, gold_span in enumerate(gold):
        for p, predicted_span in enumerate(predicted):
            shared = _overlap(gold_span, predicted_span)
            union = (gold_span[1] - gold_span[0]) + (predicted_span[1] - predicted_span[0]) - shared
            if shared > 0 and 2 * shared >= union:
                candidates.append((shared, g, p))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without white space and punctuation at either end."""

    def ignorable(char: str) -> bool:
        return char.isspace() or unicodedata.category(char).startswith("P")

    while start < end and ignorable(text[start]):
        start += 1
    while end > start and ignorable(text[end - 1]):
        end -= 1
    return start, end


# --- figures -----------------------------------------------------------------


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(hits: int, gold: int, predicted: int) -> float | None:
    return 2 * hits / (gold + predicted) if gold + predicted else None


@dataclass
class ViewScore:
    """Counts for one view (direct alone, or all kinds), summed over documents."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_correct: int = 0
    # (gold stance, predicted stance) of matched quotes whose gold stance is labelled.
    stance_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def detection(self, hits: int) -> dict[str, float | None]:
        return {
            "precision": _ratio(hits, self.predicted),
            "recall": _ratio(hits, self.gold),
            "f1": _f1(hits, self.gold, self.predicted),
        }

    def stance_f1(self) -> dict[str, float | None]:
        """Per-class F1; ``None`` for a class neither labelled nor predicted (it has no F1)."""
        scores: dict[str, float | None] = {}
        for label in STANCES:
            hits = self.stance_pairs[(label, label)]
            gold = sum(n for (g, _), n in self.stance_pairs.items() if g == label)
            predicted = sum(n for (_, p), n in self.stance_pairs.items() if p == label)
            scores[label] = _f1(hits, gold, predicted)
        return scores

    def stance_macro_f1(self) -> float | None:
        defined = [value for value in self.stance_f1().values() if value is not None]
        return sum(defined) / len(defined) if defined else None

    def to_dict(self) -> dict[str, Any]:
        labelled = sum(self.stance_pairs.values())
        correct = sum(n for (g, p), n in self.stance_pairs.items() if g == p)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "quotes": self.detection(self.matched),
            "exact": self.detection(self.exact),
            "speaker_accuracy": _ratio(self.speaker_correct, self.matched),
            "end_to_end": self.detection(self.speaker_correct),
            "stance": {
                "labelled": labelled,
                "accuracy": _ratio(correct, labelled),
                "f1": self.stance_f1(),
                "macro_f1": self.stance_macro_f1(),
            },
        }


@dataclass(frozen=True)
class Finding:
    """One error worth reading: a miss, a false alarm, a wrong speaker or a wrong stance."""

    what: str  # "miss", "false alarm", "wrong speaker", "wrong stance"
    start: int
    end: int
    excerpt: str
    expected: str | None = None
    got: str | None = None
    rule: str | None = None  # for a wrong stance: the stance rule that fired

    def to_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "expected": self.expected,
            "got": self.got,
            "rule": self.rule,
        }


@dataclass
class DocumentResult:
    id: str
    title: str | None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Report:
    views: dict[str, ViewScore]
    documents: list[DocumentResult]
    parties: PartyScore = field(default_factory=PartyScore)

    def to_dict(self, verbose: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {"documents": len(self.documents)}
        data.update({view: score.to_dict() for view, score in self.views.items()})
        data["parties"] = self.parties.to_dict()
        if verbose:
            data["findings"] = [
                {"id": doc.id, "title": doc.title, "findings": [f.to_dict() for f in doc.findings]}
                for doc in self.documents
            ]
        return data


def score(
    gold_docs: Sequence[GoldDoc],
    predictions: Sequence[Sequence[Statement]],
    parties: Sequence[Sequence[Party]] | None = None,
) -> Report:
    """Score predicted statements (one sequence per gold document, same order) against the gold;
    with ``parties`` (the predicted parties of each document, same order) the party figures too."""
    if len(gold_docs) != len(predictions) or (parties is not None and len(parties) != len(gold_docs)):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(predictions)} predictions")
    views = {view: ViewScore() for view in VIEWS}
    party_score = PartyScore()
    documents: list[DocumentResult] = []
    for index, (doc, statements) in enumerate(zip(gold_docs, predictions, strict=True)):
        for view, view_score in views.items():
            findings = _score_document(doc, list(statements), view, view_score)
            if view == "all":
                documents.append(DocumentResult(doc.id, doc.title, findings))
        if parties is not None:
            speakers = [name for q in doc.quotes if q.speaker for name in doc.names_of(q.speaker)]
            score_parties(party_score, doc.aliases, speakers, parties[index], statements, _normal_name)
    return Report(views, documents, party_score)


def _score_document(doc: GoldDoc, statements: list[Statement], view: str, into: ViewScore) -> list[Finding]:
    gold = [q for q in doc.quotes if view == "all" or q.kind == view]
    predicted = [s for s in statements if view == "all" or s.kind == view]
    into.gold += len(gold)
    into.predicted += len(predicted)

    trimmed_gold = Counter(trimmed_span(doc.text, q.start, q.end) for q in gold)
    trimmed_predicted = Counter(trimmed_span(doc.text, s.start, s.end) for s in predicted)
    into.exact += sum((trimmed_gold & trimmed_predicted).values())

    pairs = match_spans([(q.start, q.end) for q in gold], [(s.start, s.end) for s in predicted])
    into.matched += len(pairs)
    findings: list[Finding] = []
    for g, p in pairs:
        quote, statement = gold[g], predicted[p]
        names = doc.names_of(quote.speaker) if quote.speaker else ()
        if speaker_correct(statement.speaker, quote.speaker, names):
            into.speaker_correct += 1
        else:
            findings.append(
                _finding(doc, "wrong speaker", quote.start, quote.end, quote.speaker, statement.speaker)
            )
        if quote.stance is not None:
            into.stance_pairs[(quote.stance, statement.stance)] += 1
            if statement.stance != quote.stance:
                wrong = _finding(doc, "wrong stance", quote.start, quote.end, quote.stance, statement.stance)
                findings.append(replace(wrong, rule=statement.stance_rule))
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    for g, quote in enumerate(gold):
        if g not in matched_gold:
            findings.append(_finding(doc, "miss", quote.start, quote.end, quote.speaker, None))
    for p, statement in enumerate(predicted):
        if p not in matched_predicted:
            findings.append(
                _finding(doc, "false alarm", statement.start, statement.end, None, statement.speaker)
            )
    findings.sort(key=lambda f: (f.start, f.end, f.what))
    return findings


def _finding(doc: GoldDoc, what: str, start: int, end: int, expected: str | None, got: str | None) -> Finding:
    return Finding(what, start, end, excerpt(doc.text[start:end]), expected, got)


def excerpt(text: str, limit: int = _EXCERPT_CHARS) -> str:
    """One printable line: control and format characters made visible, long text shortened."""
    flat = " ".join(text.split())
    safe = "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf") and c != "\u200d" else c for c in flat
    )
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"


# --- running and printing ------------------------------------------------------


def evaluate_dir(gold_dir: Path) -> tuple[Report, list[str]]:
    """Run the project's analysis over every gold file in ``gold_dir`` and score it.

    Returns the report and one error line per gold file that could not be used.
    """
    parts, errors = evaluate_parts(gold_dir, split=None)
    return parts["all"], errors


# The team corpus split once into a tuning and a checking part (see eval/make_split.py beside it).
CORPUS_SPLIT = Path(__file__).resolve().parents[1] / "eval" / "corpus_split.json"
PARTS: tuple[str, ...] = ("tuning", "checking")


def load_split(path: Path) -> dict[str, frozenset[str]]:
    """The gold ids of each part of a split file; an error names the file when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: not a readable split file ({exc})") from exc
    if not isinstance(data, dict) or not all(isinstance(data.get(p), list) for p in PARTS):
        raise GoldFormatError(f"{path}: a split file needs the lists {' and '.join(map(repr, PARTS))}")
    return {part: frozenset(str(i) for i in data[part]) for part in PARTS}


def evaluate_parts(gold_dir: Path, split: Path | None = CORPUS_SPLIT) -> tuple[dict[str, Report], list[str]]:
    """Score every gold file ("all") and, when ``split`` names files of ``gold_dir``, each part of it.

    The analysis runs once; each part is scored on its own documents.
    """
    docs, errors = load_gold_dir(gold_dir)
    predictions: list[tuple[Statement, ...]] = []
    parties: list[tuple[Party, ...]] = []
    if docs:
        from briefing.nlp.analyze import analyze_many

        articles = [Article.from_text(doc.text, source=doc.source, title=doc.title) for doc in docs]
        analyses = list(analyze_many(articles))
        predictions = [analysis.statements for analysis in analyses]
        parties = [analysis.parties for analysis in analyses]
    reports = {"all": score(docs, predictions, parties)}
    if split is not None and split.is_file():
        try:
            parts = load_split(split)
        except GoldFormatError as exc:
            return reports, [*errors, str(exc)]
        for part in PARTS:
            chosen = [i for i, doc in enumerate(docs) if doc.id in parts[part]]
            if chosen:
                reports[part] = score(
                    [docs[i] for i in chosen], [predictions[i] for i in chosen], [parties[i] for i in chosen]
                )
    return reports, errors


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def format_table(report: Report, parts: dict[str, Report] | None = None) -> str:
    """The scores as a plain-text table: one row per figure, one column per view (and per part, when
    ``parts`` holds more than all the documents)."""
    reports = parts if parts and len(parts) > 1 else {"": report}
    columns = [(name, view) for name in reports for view in VIEWS]
    data = {(name, view): reports[name].views[view].to_dict() for name, view in columns}
    keys = columns
    rows: list[tuple[str, ...]] = []
    if len(reports) > 1:
        rows.append(("", *(name for name, _ in columns)))
    rows.append(("", *(view for _, view in columns)))
    rows.append(("documents", *(str(len(reports[name].documents)) for name, _ in columns)))
    rows.append(("gold quotes", *(str(data[v]["gold"]) for v in keys)))
    rows.append(("predicted", *(str(data[v]["predicted"]) for v in keys)))
    rows.append(("matched", *(str(data[v]["matched"]) for v in keys)))
    for group, title in (("quotes", "quotes"), ("exact", "exact"), ("end_to_end", "end-to-end")):
        for measure in ("precision", "recall", "f1"):
            rows.append((f"{title} {measure}", *(_figure(data[v][group][measure]) for v in keys)))
    rows.append(("speaker accuracy", *(_figure(data[v]["speaker_accuracy"]) for v in keys)))
    rows.append(("stance labelled", *(str(data[v]["stance"]["labelled"]) for v in keys)))
    rows.append(("stance accuracy", *(_figure(data[v]["stance"]["accuracy"]) for v in keys)))
    rows.append(("stance macro-F1", *(_figure(data[v]["stance"]["macro_f1"]) for v in keys)))
    for label in STANCES:
        rows.append((f"  F1 {label}", *(_figure(data[v]["stance"]["f1"][label]) for v in keys)))
    # Party figures are per part, not per view: the same number stands in both columns of a part.
    party = {(name, view): reports[name].parties.to_dict() for name, view in columns}
    rows.append(("parties: documents", *(str(party[v]["documents"]) for v in keys)))
    rows.append(("speaking party real", *(_figure(party[v]["speaking_precision"]) for v in keys)))
    rows.append(("real speaker found", *(_figure(party[v]["speaking_recall"]) for v in keys)))
    rows.append(("actor split in two", *(str(party[v]["split"]) for v in keys)))
    rows.append(("name listed twice", *(str(party[v]["duplicate_names"]) for v in keys)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]
    lines.insert(2 if len(reports) > 1 else 1, "-" * len(lines[0]))
    header = f"{len(report.documents)} gold documents; '–' where a figure has nothing to count"
    footer = (
        "stance macro-F1 averages the labels that occur in the gold or the predictions of that column\n"
        "party rows count the documents whose gold lists parties; a predicted party is a party the\n"
        "article names (unnamed sources are none), a speaking party one some statement is listed under\n"
        "(an unnamed spokesman's statement under the party it speaks for): 'speaking party real' is the\n"
        "share of speaking parties that name a gold party; 'real speaker found' the share of gold parties\n"
        "that speak matched by a predicted party; 'actor split in two' gold parties matched by 2+\n"
        "predicted parties; 'name listed twice' predicted parties sharing a name or alias with another"
    )
    return "\n".join([header, "", *lines, "", footer])


def format_findings(report: Report) -> str:
    """Every miss, false alarm, wrong speaker and wrong stance, article by article."""
    blocks: list[str] = []
    for doc in report.documents:
        lines = [f"== {doc.id}" + (f": {excerpt(doc.title)}" if doc.title else "")]
        for finding in doc.findings:
            detail = ""
            if finding.what in ("wrong speaker", "wrong stance"):
                detail = f" expected {finding.expected!r}, got {finding.got!r}"
                if finding.rule:
                    detail += f" (rule: {finding.rule})"
            elif finding.what == "miss":
                detail = f" by {finding.expected!r}"
            else:
                detail = f" attributed to {finding.got!r}"
            lines.append(f"  {finding.what} [{finding.start}:{finding.end}]{detail}: “{finding.excerpt}”")
        if not doc.findings:
            lines.append("  no errors")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
