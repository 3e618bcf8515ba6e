"""Golden records: compare a new record with the stored one, field by field, and say what changed.

``raw/<stem>.txt`` pairs with ``data/<stem>.json``. The comparison ignores ``source.path`` and
``source.pipeline`` (where and with which version the golden was made), so goldens move with the
repository; everything else must be equal. ``noteparse check`` and the tests share this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Callable

from .errors import NoteParseError
from .record import Record

IGNORED = {("source", "path"), ("source", "pipeline")}
MISSING = object()


@dataclass(frozen=True)
class Change:
    """One differing value: its dotted path, the golden value and the new one (MISSING if absent)."""

    path: str
    old: Any
    new: Any

    def __str__(self) -> str:
        return f"{self.path}: {_show(self.old)} \u2192 {_show(self.new)}"


def _show(value: Any) -> str:
    if value is MISSING:
        return "missing"
    text = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def diff(old: Any, new: Any, path: str = "") -> list[Change]:
    """Every leaf where ``old`` and ``new`` (JSON-like values) differ; [] when equal.

    Objects are compared key by key; an object present on one side only is one change, named
    by its identity field (``participants.states[3].code: 'RUS' → missing``). List items are
    aligned by identity (code, e-mail, number, key, name or text) before comparing, so one State
    dropped from the middle of a list is one missing item, not every later item changed; ``[i]``
    is the golden's index, or the new record's for an added item. A list of plain values (a span)
    is one value.
    """
    if isinstance(old, dict) or isinstance(new, dict):
        if not (isinstance(old, dict) or old is MISSING) or not (isinstance(new, dict) or new is MISSING):
            return [Change(path, old, new)]
        present = old if new is MISSING else new if old is MISSING else None
        key = next((k for k in _IDENTITY if isinstance(present, dict) and present.get(k) is not None), None)
        if key is not None:
            return [Change(f"{path}.{key}", MISSING if old is MISSING else old[key], MISSING if new is MISSING else new[key])]
        olds, news = (old if old is not MISSING else {}), (new if new is not MISSING else {})
        changes: list[Change] = []
        for key in list(olds) + [k for k in news if k not in olds]:
            if (path, key) in IGNORED:
                continue
            sub = f"{path}.{key}" if path else key
            changes += diff(olds.get(key, MISSING), news.get(key, MISSING), sub)
        return changes
    if _is_nested_list(old) or _is_nested_list(new):
        if not (isinstance(old, list) or old is MISSING) or not (isinstance(new, list) or new is MISSING):
            return [Change(path, old, new)]
        return _diff_lists(old if old is not MISSING else [], new if new is not MISSING else [], path)
    return [] if old == new else [Change(path, old, new)]


_IDENTITY = ("code", "email", "number", "key", "name", "text")


def _is_nested_list(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(x, (dict, list)) for x in value)


def _identity(item: Any) -> str:
    if isinstance(item, dict):
        for key in _IDENTITY:
            if item.get(key) is not None:
                return f"{key}={item[key]!r}"
    return json.dumps(item, sort_keys=True)


def _diff_lists(old: list[Any], new: list[Any], path: str) -> list[Change]:
    matcher = SequenceMatcher(None, [_identity(x) for x in old], [_identity(x) for x in new], autojunk=False)
    changes: list[Change] = []
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        paired = min(i2 - i1, j2 - j1)
        for k in range(paired):
            changes += diff(old[i1 + k], new[j1 + k], f"{path}[{i1 + k}]")
        for i in range(i1 + paired, i2):
            changes += diff(old[i], MISSING, f"{path}[{i}]")
        for j in range(j1 + paired, j2):
            changes += diff(MISSING, new[j], f"{path}[{j}]")
    return changes


@dataclass
class NoteCheck:
    """The outcome for one raw note: same, changed, new (no golden), orphan (no note) or failed."""

    stem: str
    status: str
    changes: list[Change] = field(default_factory=list)
    error: str | None = None
    record: Record | None = None


def golden_pairs(raw_dir: Path, data_dir: Path) -> list[tuple[str, Path | None, Path | None]]:
    """``(stem, raw path, golden path)`` for every ``*.txt`` in raw_dir and ``*.json`` in data_dir, by stem."""
    raws = {p.stem: p for p in sorted(raw_dir.glob("*.txt"))}
    goldens = {p.stem: p for p in sorted(data_dir.glob("*.json"))}
    return [(stem, raws.get(stem), goldens.get(stem)) for stem in sorted(set(raws) | set(goldens))]


def check(raw_dir: Path, data_dir: Path, parse: Callable[[Path], Record]) -> list[NoteCheck]:
    """Re-parse every note of raw_dir with ``parse`` and compare it with its golden record."""
    results = []
    for stem, raw, golden in golden_pairs(raw_dir, data_dir):
        if raw is None:
            results.append(NoteCheck(stem, "orphan", error=f"{golden} has no note {raw_dir / (stem + '.txt')}"))
            continue
        try:
            record = parse(raw)
        except NoteParseError as exc:
            results.append(NoteCheck(stem, "failed", error=str(exc)))
            continue
        record.source.path = raw.name
        if golden is None:
            results.append(NoteCheck(stem, "new", record=record))
            continue
        old = json.loads(golden.read_text(encoding="utf-8"))
        changes = diff(old, json.loads(record.to_json()))
        results.append(NoteCheck(stem, "changed" if changes else "same", changes, record=record))
    return results


def write_golden(data_dir: Path, result: NoteCheck) -> Path:
    """Write a result's record as the golden ``data_dir/<stem>.json``; returns the path."""
    assert result.record is not None
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"{result.stem}.json"
    path.write_text(result.record.to_json(), encoding="utf-8")
    return path
