"""A two-column table in a text file sorted by its first column, looked up by bisection over the
file's text: nothing is built on load.

The town table holds 121k lines. As a dict it took 91 ms and 16.6 MiB to build in every process that
needed one town; read as one string it takes 1.6 ms and 3.5 MiB, and a look-up ~17 probes, 16 µs
in all (``benchmarks/sorted_table.py`` measures both).
"""

from __future__ import annotations


class SortedTable:
    """``key<TAB>value`` lines, one per key, sorted by key in code-point order (Python's ``sorted``)."""

    def __init__(self, text: str) -> None:
        self.text = text if not text or text.endswith("\n") else text + "\n"

    def get(self, key: str) -> str | None:
        """The value on ``key``'s line, or None when no line has that key."""
        text = self.text
        lo, hi = 0, len(text)  # the line sought, if any, starts in [lo, hi)
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", lo, mid) + 1 or lo  # the line holding ``mid`` (or opening at lo)
            tab = text.find("\t", start)
            end = text.find("\n", tab)
            found = text[start:tab]
            if found == key:
                return text[tab + 1:end]
            if found < key:
                lo = end + 1
            else:
                hi = start
        return None
