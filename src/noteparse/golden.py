"""Golden records: compare a new record with the stored one, field by field, and say what changed.

``raw/<stem>.txt`` pairs with ``data/<stem>.json``. The comparison ignores ``source.path`` and
``source.pipeline`` (where and with which version the golden was made), so goldens move with the
repository; everything else must be equal. ``noteparse check`` and the tests share this module.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
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
    """Every leaf where ``old`` and ``new`` (JSON-like values) differ; [] when equal."""
    if isinstance(old, dict) and isinstance(new, dict):
        changes: list[Change] = []
        for key in list(old) + [k for k in new if k not in old]:
            if (path, key) in IGNORED:
                continue
            sub = f"{path}.{key}" if path else key
            changes += diff(old.get(key, MISSING), new.get(key, MISSING), sub)
        return changes
    if isinstance(old, list) and isinstance(new, list):
        return _diff_lists(old, new, path)
    return [] if old == new else [Change(path, old, new)]


_IDENTITY = ("code", "email", "number", "name", "key", "text")
"""The field that names a list item: a State by code, an organization by name, a section by key."""


def _identity(item: Any) -> Any:
    if isinstance(item, dict):
        for name in _IDENTITY:
            if item.get(name) is not None:
                return (name, json.dumps(item[name]))
    return json.dumps(item, sort_keys=True)


def _diff_lists(old: list[Any], new: list[Any], path: str) -> list[Change]:
    """Align two lists on their items' identity, so one removed State is one change, not a cascade."""
    changes: list[Change] = []
    matcher = difflib.SequenceMatcher(a=[_identity(x) for x in old], b=[_identity(x) for x in new], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                changes += diff(old[i1 + k], new[j1 + k], f"{path}[{i1 + k}]")
            continue
        for i in range(i1, i2):
            changes.append(_item_change(f"{path}[{i}]", old[i], MISSING))
        for j in range(j1, j2):
            changes.append(_item_change(f"{path}[{j}]", MISSING, new[j]))
    return changes


def _item_change(path: str, old: Any, new: Any) -> Change:
    """A whole item added or removed, named by its identity: ``states[3].code: 'RUS' → missing``."""
    item = old if old is not MISSING else new
    key = _identity(item)
    if isinstance(key, tuple):
        name = key[0]
        return Change(f"{path}.{name}", old[name] if old is not MISSING else MISSING,
                      new[name] if new is not MISSING else MISSING)
    return Change(path, old, new)


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
