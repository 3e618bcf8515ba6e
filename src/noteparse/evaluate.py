"""Score records against gold files: the Python twin of ``noteparse eval DIR``.

A gold directory holds pairs ``<id>.txt`` + ``<id>.gold.json`` (see the corpus README). Each text
is parsed, its record compared with the gold, and true positives (tp), false positives (fp) and
false negatives (fn) are summed per field over all documents (micro-average).

Fields and how they count:

``dates``
    One item per document, right when ``record.dates.start == start_date`` and
    ``record.dates.end == end_date``. Same value: tp. A different value: fp + fn ("wrong"). Gold
    has a date, record none: fn ("missing"). Gold null, record has one: fp ("extra").
``venue_city``, ``venue_country``
    The same single-value rules for ``record.venue.city`` (compared folded, :func:`fold`) and
    ``record.venue.country_code``. Both null (an online event) counts nothing: a true negative.
``states_participating``, ``states_mentioned``
    Sets of alpha-3 codes from ``record.participants.states`` / ``record.mentions.states``:
    each code in both is a tp, each only in the record an fp ("extra"), each only in gold an fn
    ("missing").
``organizers``, ``organizations_mentioned``
    ``record.organizers`` / ``record.mentions.organizations`` against gold canonical names. An
    organization matches a gold name when the folded names are equal, or its acronym is one of the
    acronyms of the registry entry found for the gold name, or the registry finds the same entry
    for both names. Matching is one-to-one (a maximum matching, so one gold name is used at most
    once); unmatched record organizations are fp, unmatched gold names fn. Without the registry
    (``noteparse.organizations`` not importable) only folded names match.

Precision is tp / (tp + fp), recall tp / (tp + fn), F1 their harmonic mean. A 0/0 ratio is 1.0
when the field has nothing at all (tp = fp = fn = 0: nothing to find, nothing found) and 0.0
otherwise.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal, Protocol, Sequence

from .errors import InputError, NoteParseError
from .gazetteers import fold
from .record import Organization, Record

if TYPE_CHECKING:
    import os

FIELDS = (
    "dates",
    "venue_city",
    "venue_country",
    "states_participating",
    "states_mentioned",
    "organizers",
    "organizations_mentioned",
)
"""The scored fields, in report order."""

GOLD_KEYS = ("start_date", "end_date", "venue_city", "venue_country", "states_participating",
             "states_mentioned", "organizers", "organizations_mentioned")
"""Keys a gold file must have (null or empty lists allowed)."""

Counts = tuple[int, int, int]
MissKind = Literal["missing", "extra", "wrong"]


@dataclass
class FieldScore:
    """Micro-averaged counts and scores of one field over all documents."""

    field: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def from_counts(cls, field: str, tp: int, fp: int, fn: int) -> "FieldScore":
        """Compute P, R and F1 from counts; 0/0 is 1.0 only when all three counts are 0."""
        empty = tp == fp == fn == 0
        precision = _ratio(tp, tp + fp, empty)
        recall = _ratio(tp, tp + fn, empty)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(field, tp, fp, fn, precision, recall, f1)


@dataclass
class Miss:
    """One disagreement: a gold value not found, a value found but not in gold, or a wrong value."""

    doc: str
    field: str
    kind: MissKind
    value: str
    expected: str | None = None

    def __str__(self) -> str:
        line = f"{self.doc}: {self.field}: {self.kind} '{self.value}'"
        return f"{line} (expected '{self.expected}')" if self.expected is not None else line


@dataclass
class EvalReport:
    """The result of :func:`evaluate`: per-field scores, every miss, and what was left out.

    ``unpaired`` names the files skipped for want of a partner (``x.txt`` without
    ``x.gold.json`` or the reverse); ``errors`` maps a document id to the message of the
    :class:`NoteParseError` that stopped its parse (it is then scored as an empty record).
    """

    fields: list[FieldScore]
    misses: list[Miss]
    documents: int
    seconds: float
    model: str | None
    unpaired: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (``noteparse eval --json``)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "EvalReport":
        """Rebuild a report from :meth:`to_dict` output (e.g. a saved ``--json`` run)."""
        return cls(
            fields=[FieldScore(**item) for item in data["fields"]],
            misses=[Miss(**item) for item in data["misses"]],
            documents=data["documents"],
            seconds=data["seconds"],
            model=data["model"],
            unpaired=list(data.get("unpaired", [])),
            errors=dict(data.get("errors", {})),
        )

    def score(self, name: str) -> FieldScore:
        """The score of one field by name; KeyError if it is not scored."""
        for item in self.fields:
            if item.field == name:
                return item
        raise KeyError(name)


class _Parser(Protocol):
    def parse_file(self, path: str | os.PathLike[str]) -> Record: ...


def load_gold(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read one ``<id>.gold.json``. Raises InputError if it is unreadable, not a JSON object, or
    lacks a scored key (null values and empty lists are fine)."""
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON: {exc}") from None
    if not isinstance(gold, dict):
        raise InputError(f"{path}: gold must be a JSON object")
    missing = [key for key in GOLD_KEYS if key not in gold]
    if missing:
        raise InputError(f"{path}: gold lacks {', '.join(missing)}")
    return gold


def iter_pairs(directory: str | os.PathLike[str]) -> list[tuple[str, Path, Path]]:
    """``(id, text path, gold path)`` for every ``<id>.txt`` with an ``<id>.gold.json``, sorted by
    id. Unpaired files are left out (see :func:`unpaired_files`). Raises InputError if
    ``directory`` is not a directory."""
    root = _directory(directory)
    pairs = []
    for txt in root.glob("*.txt"):
        gold = root / f"{txt.stem}.gold.json"
        if gold.is_file():
            pairs.append((txt.stem, txt, gold))
    return sorted(pairs)


def unpaired_files(directory: str | os.PathLike[str]) -> list[str]:
    """File names of texts without gold and gold without text, sorted; empty when all pair up."""
    root = _directory(directory)
    texts = {p.stem for p in root.glob("*.txt")}
    golds = {p.name.removesuffix(".gold.json") for p in root.glob("*.gold.json")}
    return sorted([f"{i}.txt" for i in texts - golds] + [f"{i}.gold.json" for i in golds - texts])


def score_record(doc_id: str, record: Record | None, gold: dict[str, Any]) -> tuple[dict[str, Counts], list[Miss]]:
    """Compare one record with its gold: ``({field: (tp, fp, fn)}, misses)`` for every field in
    :data:`FIELDS`. ``record=None`` (the parse failed) scores as a record that found nothing."""
    lookup = _org_lookup()
    venue = record.venue if record else None
    found_dates = f"{record.dates.start}..{record.dates.end}" if record and record.dates else None
    gold_dates = (f"{gold['start_date']}..{gold['end_date']}"
                  if gold["start_date"] or gold["end_date"] else None)
    results = [
        _score_value(doc_id, "dates", found_dates, gold_dates, str),
        _score_value(doc_id, "venue_city", venue.city if venue else None, gold["venue_city"], fold),
        _score_value(doc_id, "venue_country", venue.country_code if venue else None, gold["venue_country"], str),
        _score_set(doc_id, "states_participating",
                   [s.code for s in record.participants.states] if record else [], gold["states_participating"]),
        _score_set(doc_id, "states_mentioned",
                   [s.code for s in record.mentions.states] if record else [], gold["states_mentioned"]),
        _score_orgs(doc_id, "organizers", record.organizers if record else [], gold["organizers"], lookup),
        _score_orgs(doc_id, "organizations_mentioned",
                    record.mentions.organizations if record else [], gold["organizations_mentioned"], lookup),
    ]
    counts = {name: result[0] for name, result in zip(FIELDS, results)}
    misses = [miss for _, field_misses in results for miss in field_misses]
    return counts, misses


def evaluate(directory: str | os.PathLike[str], pipeline: _Parser | None = None,
             model: str | None = None) -> EvalReport:
    """Parse every paired text in ``directory`` and score it against its gold.

    ``pipeline`` is any object with ``parse_file(path) -> Record``; without one,
    ``Pipeline(model=model)`` is built. A NoteParseError on one text is recorded in
    ``report.errors`` and that text scores as an empty record. Raises InputError if the
    directory is missing or holds no pair.
    """
    started = time.perf_counter()
    pairs = iter_pairs(directory)
    if not pairs:
        raise InputError(f"{directory}: no <id>.txt + <id>.gold.json pairs")
    if pipeline is None:
        from .pipeline import Pipeline

        pipeline = Pipeline(model=model)
    totals = {name: [0, 0, 0] for name in FIELDS}
    misses: list[Miss] = []
    errors: dict[str, str] = {}
    for doc_id, txt, gold_path in pairs:
        gold = load_gold(gold_path)
        try:
            record: Record | None = pipeline.parse_file(txt)
        except NoteParseError as exc:
            record, errors[doc_id] = None, str(exc)
        counts, doc_misses = score_record(doc_id, record, gold)
        for name, doc_counts in counts.items():
            totals[name] = [a + b for a, b in zip(totals[name], doc_counts)]
        misses.extend(doc_misses)
    return EvalReport(
        fields=[FieldScore.from_counts(name, *totals[name]) for name in FIELDS],
        misses=misses,
        documents=len(pairs),
        seconds=time.perf_counter() - started,
        model=model if model is not None else getattr(pipeline, "model", None),
        unpaired=unpaired_files(directory),
        errors=errors,
    )


def render_text(report: EvalReport) -> str:
    """The report as plain text: a score table, a summary line, then one line per miss, per
    parse error and per unpaired file."""
    width = max(len(name) for name in FIELDS + ("field",))
    lines = [f"{'field':<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'tp':>4} {'fp':>4} {'fn':>4}"]
    for s in report.fields:
        lines.append(f"{s.field:<{width}}  {s.precision:5.3f}  {s.recall:5.3f}  {s.f1:5.3f}"
                     f"  {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    lines.append(f"{report.documents} documents, model {report.model or 'rules'}, {report.seconds:.2f} s")
    if report.misses:
        lines.append("")
        lines.extend(str(miss) for miss in report.misses)
    lines.extend(f"{doc}: error: {message}" for doc, message in report.errors.items())
    lines.extend(f"skipped {name}: no partner file" for name in report.unpaired)
    return "\n".join(lines) + "\n"


def _ratio(part: int, whole: int, empty: bool) -> float:
    if whole:
        return part / whole
    return 1.0 if empty else 0.0


def _directory(directory: str | os.PathLike[str]) -> Path:
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"{root}: not a directory")
    return root


def _score_value(doc: str, name: str, found: str | None, expected: str | None,
                 key: Callable[[str], str]) -> tuple[Counts, list[Miss]]:
    if found is None and expected is None:
        return (0, 0, 0), []
    if found is None:
        return (0, 0, 1), [Miss(doc, name, "missing", str(expected))]
    if expected is None:
        return (0, 1, 0), [Miss(doc, name, "extra", found)]
    if key(found) == key(expected):
        return (1, 0, 0), []
    return (0, 1, 1), [Miss(doc, name, "wrong", found, expected)]


def _score_set(doc: str, name: str, found: Sequence[str], expected: Sequence[str]) -> tuple[Counts, list[Miss]]:
    found_set, expected_set = dict.fromkeys(found), dict.fromkeys(expected)
    extra = [code for code in found_set if code not in expected_set]
    missing = [code for code in expected_set if code not in found_set]
    misses = [Miss(doc, name, "missing", code) for code in missing] + [Miss(doc, name, "extra", code) for code in extra]
    return (len(found_set) - len(extra), len(extra), len(missing)), misses


def _score_orgs(doc: str, name: str, found: Sequence[Organization], expected: Sequence[str],
                lookup: Callable[[str], Any]) -> tuple[Counts, list[Miss]]:
    orgs = _unique(found, lambda org: fold(org.name))
    gold = _unique(expected, fold)
    edges = [[i for i, org in enumerate(orgs) if _org_matches(org, g, lookup)] for g in gold]
    pairs = _max_matching(edges)
    matched_orgs = set(pairs.values())
    misses = [Miss(doc, name, "missing", g) for j, g in enumerate(gold) if j not in pairs]
    misses += [Miss(doc, name, "extra", org.name) for i, org in enumerate(orgs) if i not in matched_orgs]
    return (len(pairs), len(orgs) - len(pairs), len(gold) - len(pairs)), misses


def _unique(items: Sequence[Any], key: Callable[[Any], str]) -> list[Any]:
    """The first item of each key, in order: a record or gold that names one body twice names it once."""
    first: dict[str, Any] = {}
    for item in items:
        first.setdefault(key(item), item)
    return list(first.values())


def _org_matches(org: Organization, gold_name: str, lookup: Callable[[str], Any]) -> bool:
    if fold(org.name) == fold(gold_name):
        return True
    entry = lookup(gold_name)
    if entry is None:
        return False
    if org.acronym and fold(org.acronym) in {fold(a) for a in entry.acronyms}:
        return True
    other = lookup(org.name)
    return other is not None and other.id == entry.id


def _max_matching(edges: list[list[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): ``{gold index: record index}``; lists are a few dozen."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for r in edges[g]:
            if r not in seen:
                seen.add(r)
                if r not in owner or augment(owner[r], seen):
                    owner[r] = g
                    return True
        return False

    for g in range(len(edges)):
        augment(g, set())
    return {g: r for r, g in owner.items()}


def _org_lookup() -> Callable[[str], Any]:
    """``lookup_org`` from the registry, memoised for one scoring call; a lookup that finds
    nothing when the registry module is not there (yet)."""
    try:
        from .organizations import lookup_org
    except ImportError:
        return lambda text: None
    return cache(lookup_org)
