"""Tests for noteparse.record: the pydantic contract rejects impossible records and is the schema."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from noteparse.record import SCHEMA_VERSION, Dates, Record, State, Text, Venue, grounding_errors, iter_spans

RAW = "Event: Workshop in Ashgabat, Turkmenistan, 13-15 March 2012."


def _record(**fields) -> dict:
    data = {"source": {"sha256": "a" * 64, "chars": len(RAW), "pipeline": "noteparse test"},
            "document_type": "information_note"}
    data.update(fields)
    return data


def _dates(**kw) -> dict:
    return {"text": "13-15 March 2012", "span": [43, 59], "start": "2012-03-13", "end": "2012-03-15",
            "precision": "day", **kw}


def _state(**kw) -> dict:
    return {"text": "Turkmenistan", "span": [29, 41], "name": "Turkmenistan", "code": "TKM", **kw}


def test_record_valid_minimal_record():
    record = Record.model_validate(_record(dates=_dates(), mentions={"states": [_state(spans=[[29, 41]])]}))
    assert record.schema_version == SCHEMA_VERSION and grounding_errors(record, RAW) == []


@pytest.mark.parametrize(
    "fields,message",
    [
        ({"dates": _dates(start="2012-03-15", end="2012-03-13")}, "before start"),
        ({"dates": _dates(start="2012-02-30")}, "ISO 8601"),
        ({"mentions": {"states": [_state(code="XYZ")]}}, "alpha-3"),
        ({"mentions": {"states": [_state(code="tkm")]}}, "alpha-3"),
        ({"title": {"text": "x", "span": [10, 5]}}, "half-open"),
        ({"title": {"text": "x", "span": [-1, 2]}}, "half-open"),
        ({"title": {"text": "x", "span": [0, len(RAW) + 1]}}, "past the text"),
        ({"mentions": {"states": [_state(spans=[[29, 41], [100, 112]])]}}, "past the text"),
        ({"sections": [{"key": "other", "heading": "H", "text": "x", "span": [0, 1],
                        "items": [{"text": "x", "span": [0, len(RAW) + 1]}]}]}, r"sections\[0\]\.items\[0\]\.span: .* past the text"),
        ({"related_events": [{"text": "x", "span": [0, 1], "dates": _dates(span=[43, 600])}]}, r"related_events\[0\]\.dates\.span"),
        ({"surprise": 1}, "Extra inputs"),
        ({"title": {"text": "x", "span": [0, 1], "confidence": 0.9}}, "Extra inputs"),
        ({"document_type": "press_release"}, "information_note"),
        ({"event": {"text": "Workshop", "span": [7, 15], "kind": "party"}}, "workshop"),
        ({"sections": [{"key": "intro", "heading": "Intro", "text": "", "span": [0, 0]}]}, "objectives"),
        ({"schema_version": "2"}, "'1'"),
    ],
    ids=["end-before-start", "impossible-date", "unknown-iso-code", "lower-case-code", "reversed-span",
         "negative-span", "span-past-text", "spans-list-past-text", "section-item-past-text",
         "related-event-dates-past-text", "extra-top-key", "extra-nested-key",
         "unknown-document-type", "unknown-event-kind", "unknown-section-key", "wrong-schema-version"],
)
def test_record_rejects_impossible_records(fields, message):
    with pytest.raises(ValidationError, match=message):
        Record.model_validate(_record(**fields))


@pytest.mark.parametrize("start,end", [("2012-03-13", "2012-03-13"), ("2012-12-31", "2013-01-01")],
                         ids=["one-day", "over-new-year"])
def test_record_dates_accepted(start, end):
    assert Dates.model_validate(_dates(start=start, end=end)).end == end


def test_record_json_schema_is_exported():
    schema = Record.model_json_schema()
    assert schema["title"] == "Record" and schema["additionalProperties"] is False
    assert {"source", "dates", "participants", "mentions", "warnings"} <= set(schema["properties"])
    json.dumps(schema)


def test_record_json_round_trips(sample_record):
    text = sample_record.to_json()
    again = Record.model_validate_json(text)
    assert again == sample_record and again.to_json() == text


def test_record_iter_spans_lists_every_span():
    record = Record.model_validate(_record(dates=_dates(), mentions={"states": [_state(spans=[[29, 41]])]}))
    assert list(iter_spans(record)) == [("dates.span", (43, 59)), ("mentions.states[0].span", (29, 41)),
                                        ("mentions.states[0].spans[0]", (29, 41))]


@pytest.mark.parametrize(
    "model,data,ok",
    [(Text, {"text": "Event", "span": [0, 5]}, True),
     (Text, {"text": "Event", "span": [1, 6]}, False),
     (State, _state(), True),
     (State, _state(span=[28, 40]), False)],
    ids=["text-ok", "text-off-by-one", "state-ok", "state-shifted"],
)
def test_record_grounding_errors(model, data, ok):
    record = Record.model_validate(_record(title=data if model is Text else None,
                                           mentions={"states": [data]} if model is State else {}))
    assert (grounding_errors(record, RAW) == []) is ok


def test_record_venue_city_read_across_a_line_break_is_one_name():
    """A header's venue wrapped mid-name ("Casa de la Cultura, Puerto\\n   Wilches") names one town."""
    raw = "DATE AND VENUE: 19 February 2026 – Casa de la Cultura, Puerto\n             Wilches, Colombia"
    venue = Venue(city="Puerto\n             Wilches", country="Colombia", country_code="COL",
                  text=raw[35:], span=(35, len(raw)))
    assert venue.city == "Puerto Wilches" and venue.text == raw[35:]
