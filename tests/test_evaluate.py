"""Tests for noteparse.evaluate: counting rules per field, organization matching, arithmetic,
rendering, and a run over tests/fixtures/eval with a stub pipeline (no spaCy)."""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

from noteparse.errors import DecodeError, InputError
from noteparse.evaluate import (
    FIELDS,
    EvalReport,
    FieldScore,
    Miss,
    evaluate,
    iter_pairs,
    load_gold,
    render_text,
    score_record,
)
from noteparse.gazetteers import fold
from noteparse.record import Dates, Mentions, Organization, Participants, Record, Source, State, Venue

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


@dataclass(frozen=True)
class FakeEntry:
    id: str
    name: str
    acronyms: tuple[str, ...]


REGISTRY = [
    (FakeEntry("unoda", "United Nations Office for Disarmament Affairs", ("UNODA",)),
     ["United Nations Office for Disarmament Affairs", "United Nations Office of Disarmament Affairs",
      "Office of Disarmament Affairs", "UNODA"]),
    (FakeEntry("opcw", "Organisation for the Prohibition of Chemical Weapons", ("OPCW",)),
     ["Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons",
      "OPCW"]),
    (FakeEntry("wco", "World Customs Organization", ("WCO",)), ["World Customs Organization", "WCO"]),
]


@pytest.fixture(autouse=True)
def fake_registry(monkeypatch):
    """Stand in for noteparse.organizations so matching does not depend on the real registry data."""
    index = {fold(spelling): entry for entry, spellings in REGISTRY for spelling in spellings}
    module = types.ModuleType("noteparse.organizations")
    module.lookup_org = lambda text: index.get(fold(text))
    monkeypatch.setitem(sys.modules, "noteparse.organizations", module)


def make_record(*, dates=None, city=None, country=None, participating=(), mentioned=(),
                organizers=(), orgs_mentioned=()) -> Record:
    """A hand-built record; spans are (0, 0) since scoring never reads them."""
    venue = None
    if city or country:
        venue = Venue(text=city or country, span=(0, 0), city=city, country_code=country)
    return Record(
        source=Source(sha256="0" * 64, chars=100, pipeline="test"),
        document_type="free_text",
        dates=Dates(text="x", span=(0, 0), start=dates[0], end=dates[1], precision="day") if dates else None,
        venue=venue,
        organizers=[_org(o) for o in organizers],
        participants=Participants(states=[_state(c) for c in participating]),
        mentions=Mentions(states=[_state(c) for c in mentioned], organizations=[_org(o) for o in orgs_mentioned]),
    )


def _state(code: str) -> State:
    return State(text=code, span=(0, 0), name=code, code=code)


def _org(spec: str | tuple[str, str]) -> Organization:
    name, acronym = (spec, None) if isinstance(spec, str) else spec
    return Organization(text=name, span=(0, 0), name=name, acronym=acronym)


def make_gold(**overrides) -> dict:
    gold = dict(start_date=None, end_date=None, venue_city=None, venue_country=None, states_participating=[],
                states_mentioned=[], organizers=[], organizations_mentioned=[])
    gold.update(overrides)
    return gold


def score(field: str, record: Record, gold: dict):
    counts, misses = score_record("doc", record, gold)
    return counts[field], [str(m) for m in misses if m.field == field]


@pytest.mark.parametrize("found,start,end,counts,misses", [
    (("2012-03-13", "2012-03-15"), "2012-03-13", "2012-03-15", (1, 0, 0), []),
    (("2012-03-13", "2012-03-16"), "2012-03-13", "2012-03-15", (0, 1, 1),
     ["doc: dates: wrong '2012-03-13..2012-03-16' (expected '2012-03-13..2012-03-15')"]),
    (("2012-03-14", "2012-03-15"), "2012-03-13", "2012-03-15", (0, 1, 1),
     ["doc: dates: wrong '2012-03-14..2012-03-15' (expected '2012-03-13..2012-03-15')"]),
    (None, "2012-03-13", "2012-03-13", (0, 0, 1), ["doc: dates: missing '2012-03-13..2012-03-13'"]),
    (("2012-03-13", "2012-03-13"), None, None, (0, 1, 0), ["doc: dates: extra '2012-03-13..2012-03-13'"]),
    (None, None, None, (0, 0, 0), []),
])
def test_evaluate_dates_counting(found, start, end, counts, misses):
    assert score("dates", make_record(dates=found), make_gold(start_date=start, end_date=end)) == (counts, misses)


@pytest.mark.parametrize("found,expected,counts,kinds", [
    ("Lima", "Lima", (1, 0, 0), []),
    ("SÃO  PAULO", "Sao Paulo", (1, 0, 0), []),
    ("Ha Noi", "Hanoi", (0, 1, 1), ["wrong"]),
    (None, "Lima", (0, 0, 1), ["missing"]),
    ("Lima", None, (0, 1, 0), ["extra"]),
    (None, None, (0, 0, 0), []),
])
def test_evaluate_venue_city_counting(found, expected, counts, kinds):
    record = make_record(city=found, country="PER" if found else None)
    got_counts, misses = score_record("doc", record, make_gold(venue_city=expected))
    assert got_counts["venue_city"] == counts
    assert [m.kind for m in misses if m.field == "venue_city"] == kinds


@pytest.mark.parametrize("found,expected,counts", [
    ("EGY", "EGY", (1, 0, 0)),
    ("EGY", "LBY", (0, 1, 1)),
    (None, "EGY", (0, 0, 1)),
    ("EGY", None, (0, 1, 0)),
    (None, None, (0, 0, 0)),
])
def test_evaluate_venue_country_counting(found, expected, counts):
    record = make_record(country=found)
    assert score_record("doc", record, make_gold(venue_country=expected))[0]["venue_country"] == counts


@pytest.mark.parametrize("field,kwarg", [("states_participating", "participating"), ("states_mentioned", "mentioned")])
@pytest.mark.parametrize("found,expected,counts,misses", [
    (["COG", "COD"], ["COD", "COG"], (2, 0, 0), []),
    (["COG", "FRA"], ["COG", "COD"], (1, 1, 1), ["missing 'COD'", "extra 'FRA'"]),
    (["COG", "COG"], ["COG"], (1, 0, 0), []),
    ([], ["EGY"], (0, 0, 1), ["missing 'EGY'"]),
    (["EGY"], [], (0, 1, 0), ["extra 'EGY'"]),
    ([], [], (0, 0, 0), []),
])
def test_evaluate_state_sets(field, kwarg, found, expected, counts, misses):
    record = make_record(**{kwarg: found})
    assert score(field, record, make_gold(**{field: expected})) == (counts, [f"doc: {field}: {m}" for m in misses])


@pytest.mark.parametrize("found,expected", [
    pytest.param("United Nations Office for Disarmament Affairs", "United Nations Office for Disarmament Affairs",
                 id="same-name"),
    pytest.param("world customs  organization", "World Customs Organization", id="folded-name"),
    pytest.param(("UNODA", "UNODA"), "United Nations Office for Disarmament Affairs", id="acronym"),
    pytest.param(("Disarmament Office", "UNODA"), "United Nations Office for Disarmament Affairs",
                 id="acronym-unknown-name"),
    pytest.param("Office of Disarmament Affairs", "United Nations Office for Disarmament Affairs", id="spelling"),
    pytest.param("Organization for the Prohibition of Chemical Weapons",
                 "Organisation for the Prohibition of Chemical Weapons", id="spelling-variant"),
])
@pytest.mark.parametrize("field,kwarg", [("organizers", "organizers"),
                                         ("organizations_mentioned", "orgs_mentioned")])
def test_evaluate_org_matches(field, kwarg, found, expected):
    record = make_record(**{kwarg: [found]})
    assert score(field, record, make_gold(**{field: [expected]})) == ((1, 0, 0), [])


@pytest.mark.parametrize("found,expected", [
    pytest.param(("Disarmament Office", "WCO"), "United Nations Office for Disarmament Affairs", id="other-acronym"),
    pytest.param("Office of Disarmament Affairs", "World Customs Organization", id="other-entry"),
    pytest.param("Disarmament Unit", "Disarmament Branch", id="both-unknown"),
])
def test_evaluate_org_mismatches(found, expected):
    name = found if isinstance(found, str) else found[0]
    assert score("organizers", make_record(organizers=[found]), make_gold(organizers=[expected])) == (
        (0, 1, 1), [f"doc: organizers: missing '{expected}'", f"doc: organizers: extra '{name}'"])


@pytest.mark.parametrize("found,expected,counts", [
    pytest.param(["Office of Disarmament Affairs"], ["United Nations Office for Disarmament Affairs"], (0, 1, 1),
                 id="spelling-needs-registry"),
    pytest.param([("UNODA", "UNODA")], ["United Nations Office for Disarmament Affairs"], (0, 1, 1),
                 id="acronym-needs-registry"),
    pytest.param(["WORLD CUSTOMS ORGANIZATION"], ["World Customs Organization"], (1, 0, 0), id="name-still-matches"),
])
def test_evaluate_org_matching_without_registry(monkeypatch, found, expected, counts):
    monkeypatch.setitem(sys.modules, "noteparse.organizations", None)  # import raises ImportError
    assert score("organizers", make_record(organizers=found), make_gold(organizers=expected))[0] == counts


@pytest.mark.parametrize("found,expected,counts,misses", [
    pytest.param(["UNODA", "Office of Disarmament Affairs"], ["United Nations Office for Disarmament Affairs"],
                 (1, 1, 0), ["extra 'Office of Disarmament Affairs'"], id="two-records-one-gold"),
    pytest.param(["UNODA"], ["United Nations Office for Disarmament Affairs", "Office of Disarmament Affairs"],
                 (1, 0, 1), ["missing 'Office of Disarmament Affairs'"], id="one-record-two-golds"),
    pytest.param(["WCO", "Office of Disarmament Affairs"], ["Office of Disarmament Affairs", "UNODA"],
                 (1, 1, 1), ["missing 'UNODA'", "extra 'WCO'"], id="no-reuse"),
    pytest.param(["Government of Peru", "government of peru"], ["Government of Peru"], (1, 0, 0), [],
                 id="duplicate-name-counted-once"),
])
def test_evaluate_org_matching_is_one_to_one(found, expected, counts, misses):
    got = score("organizers", make_record(organizers=found), make_gold(organizers=expected))
    assert got == (counts, [f"doc: organizers: {m}" for m in misses])


@pytest.mark.parametrize("found,expected", [
    pytest.param([("Office of Disarmament Affairs", "WCO"), "UNODA"],
                 ["Office of Disarmament Affairs", "World Customs Organization"], id="augmenting-path"),
])
def test_evaluate_org_matching_is_maximal(found, expected):
    # The first record matches both golds (by name, by acronym), the second only the first (by entry):
    # a greedy pass would give the first gold to the first record and strand the second gold.
    assert score("organizers", make_record(organizers=found), make_gold(organizers=expected)) == ((2, 0, 0), [])


@pytest.mark.parametrize("miss,line", [
    (Miss("pr-sc9803", "organizers", "missing", "Government of Egypt"),
     "pr-sc9803: organizers: missing 'Government of Egypt'"),
    (Miss("x", "states_mentioned", "extra", "FRA"), "x: states_mentioned: extra 'FRA'"),
    (Miss("x", "dates", "wrong", "2012-03-13..2012-03-16", "2012-03-13..2012-03-15"),
     "x: dates: wrong '2012-03-13..2012-03-16' (expected '2012-03-13..2012-03-15')"),
])
def test_evaluate_miss_wording(miss, line):
    assert str(miss) == line


@pytest.mark.parametrize("counts,expected", [
    ((3, 1, 2), (0.75, 0.6, 2 * 0.75 * 0.6 / 1.35)),
    ((1, 0, 0), (1.0, 1.0, 1.0)),
    ((0, 0, 0), (1.0, 1.0, 1.0)),
    ((0, 0, 2), (0.0, 0.0, 0.0)),
    ((0, 2, 0), (0.0, 0.0, 0.0)),
    ((0, 1, 1), (0.0, 0.0, 0.0)),
    ((2, 2, 0), (0.5, 1.0, 2 / 3)),
])
def test_evaluate_field_score_arithmetic(counts, expected):
    s = FieldScore.from_counts("f", *counts)
    assert (s.tp, s.fp, s.fn) == counts
    assert (s.precision, s.recall, s.f1) == pytest.approx(expected)


@pytest.mark.parametrize("gold", [make_gold(start_date="2020-01-01", end_date="2020-01-02", venue_city="Lima",
                                            venue_country="PER", states_mentioned=["PER"],
                                            organizers=["World Customs Organization"])])
def test_evaluate_failed_parse_scores_as_empty_record(gold):
    counts, misses = score_record("doc", None, gold)
    assert set(counts) == set(FIELDS)
    assert sum(c[0] + c[1] for c in counts.values()) == 0
    assert sum(c[2] for c in counts.values()) == len(misses) == 5


class StubPipeline:
    """Returns prebuilt records by file stem, or raises the error given for it."""

    model = "stub"

    def __init__(self, outcomes):
        self.outcomes = outcomes

    def parse_file(self, path):
        outcome = self.outcomes[Path(path).stem]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


FIXTURE_RECORDS = {
    "lima-seminar": make_record(
        dates=("2021-05-04", "2021-05-05"), city="Lima", country="PER",
        participating=["PER", "CHL"], mentioned=["PER", "CHL", "BOL", "ARG"],
        organizers=["Office of Disarmament Affairs", "Government of Peru"], orgs_mentioned=[("UNODA", "UNODA")]),
    "online-briefing": make_record(dates=("2021-06-03", "2021-06-03"), orgs_mentioned=["World Customs Organization"]),
}


@pytest.mark.parametrize("field,counts", [
    ("dates", (1, 1, 1)),
    ("venue_city", (1, 0, 0)),
    ("venue_country", (1, 0, 0)),
    ("states_participating", (2, 0, 1)),
    ("states_mentioned", (3, 1, 0)),
    ("organizers", (2, 0, 1)),
    ("organizations_mentioned", (2, 0, 0)),
])
def test_evaluate_fixture_dir(field, counts):
    report = evaluate(FIXTURES, pipeline=StubPipeline(FIXTURE_RECORDS))
    s = report.score(field)
    assert (s.tp, s.fp, s.fn) == counts
    assert [f.field for f in report.fields] == list(FIELDS)
    assert (report.documents, report.model, report.unpaired, report.errors) == (2, "stub", [], {})
    assert [str(m) for m in report.misses] == [
        "lima-seminar: states_participating: missing 'BOL'",
        "lima-seminar: states_mentioned: extra 'ARG'",
        "online-briefing: dates: wrong '2021-06-03..2021-06-03' (expected '2021-06-02..2021-06-02')",
        "online-briefing: organizers: missing 'World Customs Organization'",
    ]


@pytest.mark.parametrize("stray", [["extra.txt"], ["extra.txt", "orphan.gold.json"]])
def test_evaluate_skips_unpaired_and_records_errors(tmp_path, stray):
    for path in FIXTURES.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    for name in stray:
        (tmp_path / name).write_text("{}" if name.endswith(".json") else "no gold", encoding="utf-8")
    outcomes = dict(FIXTURE_RECORDS, **{"online-briefing": DecodeError("binary data: contains NUL bytes")})
    report = evaluate(tmp_path, pipeline=StubPipeline(outcomes), model="named")
    assert [doc_id for doc_id, _, _ in iter_pairs(tmp_path)] == ["lima-seminar", "online-briefing"]
    assert report.unpaired == sorted(stray)
    assert report.errors == {"online-briefing": "binary data: contains NUL bytes"}
    assert report.model == "named"
    assert report.score("dates").fn == 1


@pytest.mark.parametrize("content,message", [
    ("not json", "not JSON"),
    ("[1, 2]", "JSON object"),
    ('{"start_date": null}', "lacks end_date"),
])
def test_evaluate_load_gold_rejects_bad_files(tmp_path, content, message):
    path = tmp_path / "x.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_gold(path)


@pytest.mark.parametrize("name", ["lima-seminar", "online-briefing"])
def test_evaluate_load_gold_reads_fixture(name):
    assert load_gold(FIXTURES / f"{name}.gold.json")["start_date"].startswith("2021-")


@pytest.mark.parametrize("make_dir", [lambda p: p / "absent", lambda p: p])
def test_evaluate_rejects_missing_or_empty_dir(tmp_path, make_dir):
    with pytest.raises(InputError):
        evaluate(make_dir(tmp_path), pipeline=StubPipeline({}))


@pytest.fixture
def fixture_report() -> EvalReport:
    return evaluate(FIXTURES, pipeline=StubPipeline(FIXTURE_RECORDS))


@pytest.mark.parametrize("expected", [
    "field                        P      R     F1    tp   fp   fn",
    "dates                    0.500  0.500  0.500     1    1    1",
    "states_mentioned         0.750  1.000  0.857     3    1    0",
    "2 documents, model stub,",
    "online-briefing: organizers: missing 'World Customs Organization'",
    "online-briefing: dates: wrong '2021-06-03..2021-06-03' (expected '2021-06-02..2021-06-02')",
])
def test_evaluate_render_text_has_table_and_misses(fixture_report, expected):
    assert expected in render_text(fixture_report)


@pytest.mark.parametrize("extra", [{}, {"unpaired": ["a.txt"], "errors": {"b": "boom"}}])
def test_evaluate_to_dict_round_trips_json(fixture_report, extra):
    for key, value in extra.items():
        setattr(fixture_report, key, value)
    data = fixture_report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert EvalReport.from_dict(json.loads(json.dumps(data))) == fixture_report
    assert data["fields"][0] == {"field": "dates", "tp": 1, "fp": 1, "fn": 1,
                                 "precision": 0.5, "recall": 0.5, "f1": 0.5}
