"""Tests for noteparse.golden: the field-level diff shared by `noteparse check` and the tests."""

from __future__ import annotations

import copy
import json

import pytest

from noteparse.golden import MISSING, Change, check, diff, golden_pairs, write_golden

STATES = [{"text": t, "span": [i * 20, i * 20 + len(t)], "name": n, "code": c, "spans": []}
          for i, (t, n, c) in enumerate([("Kazakhstan", "Kazakhstan", "KAZ"), ("Kyrgyzstan", "Kyrgyzstan", "KGZ"),
                                         ("Mongolia", "Mongolia", "MNG"),
                                         ("the Russian Federation", "Russian Federation", "RUS"),
                                         ("Switzerland", "Switzerland", "CHE")])]
GOLDEN = {"source": {"path": "raw/a.txt", "sha256": "0" * 64, "pipeline": "noteparse 0.1.0 (rules)"},
          "dates": {"start": "2012-03-13", "end": "2012-03-15", "span": [354, 370]},
          "participants": {"states": STATES}, "title": {"text": "Information Note", "span": [2, 18]}}


def _edited(edit) -> dict:
    new = copy.deepcopy(GOLDEN)
    edit(new)
    return new


@pytest.mark.parametrize(
    "edit,lines",
    [
        (lambda r: r["dates"].update(end="2012-03-16"), ["dates.end: '2012-03-15' \u2192 '2012-03-16'"]),
        (lambda r: r["participants"]["states"].pop(3),
         ["participants.states[3].code: 'RUS' \u2192 missing"]),
        (lambda r: r["title"].update(span=[3, 19]), ["title.span: [2, 18] \u2192 [3, 19]"]),
        (lambda r: r.update(venue=None), ["venue: missing \u2192 null"]),
        (lambda r: r["participants"]["states"][0].update(code="KGZ"),
         ["participants.states[0].code: 'KAZ' \u2192 'KGZ'"]),
        (lambda r: r.pop("title"), ["title.text: 'Information Note' \u2192 missing"]),
    ],
    ids=["date-changed", "state-dropped-from-the-middle", "span-is-one-value", "key-added", "code-changed",
         "object-removed"],
)
def test_golden_diff_wording(edit, lines):
    assert [str(c) for c in diff(GOLDEN, _edited(edit))] == lines


def test_golden_diff_added_item_uses_new_index():
    new = _edited(lambda r: r["participants"]["states"].insert(1, dict(STATES[0], name="Malta", code="MLT")))
    assert "participants.states[1].code: missing \u2192 'MLT'" in [str(c) for c in diff(GOLDEN, new)]


@pytest.mark.parametrize(
    "edit",
    [lambda r: r["source"].update(path="elsewhere/a.txt"), lambda r: r["source"].update(pipeline="noteparse 9 (x)"),
     lambda r: None],
    ids=["path", "pipeline", "nothing"],
)
def test_golden_diff_ignores_path_and_pipeline(edit):
    assert diff(GOLDEN, _edited(edit)) == []


def test_golden_change_shows_long_values_shortened():
    text = str(Change("event.text", "x" * 300, MISSING))
    assert text.endswith("... \u2192 missing") and len(text) < 160


def test_golden_pairs_by_stem(tmp_path):
    (tmp_path / "raw").mkdir(), (tmp_path / "data").mkdir()
    for name in ("raw/a.txt", "raw/b.txt", "data/a.json", "data/c.json"):
        (tmp_path / name).write_text("{}")
    pairs = golden_pairs(tmp_path / "raw", tmp_path / "data")
    assert [(s, r is not None, g is not None) for s, r, g in pairs] == [("a", True, True), ("b", True, False),
                                                                       ("c", False, True)]


def test_golden_check_statuses_and_write(tmp_path, pipeline, sample_raw):
    raw_dir, data_dir = tmp_path / "raw", tmp_path / "data"
    raw_dir.mkdir()
    (raw_dir / "same.txt").write_text(sample_raw, encoding="utf-8")
    (raw_dir / "edited.txt").write_text(sample_raw, encoding="utf-8")
    (raw_dir / "new.txt").write_text(sample_raw, encoding="utf-8")
    (raw_dir / "empty.txt").write_text("  \n", encoding="utf-8")
    first = {r.stem: r for r in check(raw_dir, data_dir, pipeline.parse_file)}
    assert {s: r.status for s, r in first.items()} == {"same": "new", "edited": "new", "new": "new", "empty": "failed"}
    write_golden(data_dir, first["same"])
    golden = json.loads(write_golden(data_dir, first["edited"]).read_text(encoding="utf-8"))
    golden["dates"]["end"] = "2012-03-16"
    (data_dir / "edited.json").write_text(json.dumps(golden), encoding="utf-8")
    (data_dir / "orphan.json").write_text("{}", encoding="utf-8")
    second = {r.stem: r for r in check(raw_dir, data_dir, pipeline.parse_file)}
    assert {s: r.status for s, r in second.items()} == {"same": "same", "edited": "changed", "new": "new",
                                                        "empty": "failed", "orphan": "orphan"}
    assert [str(c) for c in second["edited"].changes] == ["dates.end: '2012-03-16' \u2192 '2012-03-15'"]
