"""A set of spans asked one question many times: does one of you contain ``[start, end)``?

Rules ask it of every candidate in a note (is this date inside a clause about another event? is
this phrase inside a heading?); scanning all spans each time made long notes quadratic. Sorted by
start, with the furthest end reached so far, each question is a binary search.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Iterable


class Cover:
    """Spans ``(a, b)``; :meth:`contains` is ``any(a <= start and end <= b for a, b in spans)``."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def contains(self, start: int, end: int) -> bool:
        """True when one span holds all of ``[start, end)``."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def first_start_in(self, start: int, end: int) -> int | None:
        """The first start of a span that lies in ``(start, end)``, if any."""
        i = bisect_right(self.starts, start)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < end else None
