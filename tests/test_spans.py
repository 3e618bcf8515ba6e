"""Tests for noteparse.spans: the containment question, asked in log time, answers as a scan would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from noteparse.spans import Cover

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@given(spans=SPANS, start=st.integers(0, 90), width=st.integers(0, 20))
def test_spans_cover_contains_as_a_scan_says(spans, start, width):
    end = start + width
    assert Cover(spans).contains(start, end) == any(a <= start and end <= b for a, b in spans)


def test_spans_cover_of_nested_and_empty_spans():
    cover = Cover([(10, 50), (12, 14), (60, 60)])
    assert cover.contains(20, 30) and cover.contains(12, 14) and cover.contains(60, 60)
    assert not cover.contains(5, 12) and not cover.contains(45, 55) and not Cover([]).contains(0, 0)


def test_spans_the_first_start_inside_a_range():
    cover = Cover([(61, 71), (95, 109), (5, 9)])
    assert cover.first_start_in(45, 87) == 61
    assert cover.first_start_in(61, 87) is None  # a span starting where the range does is not inside it
    assert cover.first_start_in(72, 95) is None and cover.first_start_in(72, 96) == 95
