"""The town table as a dict against :class:`noteparse.sorted_table.SortedTable` (a script, not a test).

Prints, for each: time to load (median of 5), memory it holds (tracemalloc), and the time of a
look-up (hits and misses). The venue rule looks up a handful of names per note, so the load is
what a process pays.

Usage: python benchmarks/sorted_table.py
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from importlib import resources

from noteparse.sorted_table import SortedTable


def _read() -> str:
    return resources.files("noteparse.data").joinpath("towns.tsv").read_text(encoding="utf-8")


def as_dict() -> dict[str, str]:
    return dict(line.split("\t", 1) for line in _read().splitlines())


def as_table() -> SortedTable:
    return SortedTable(_read())


def measure(build) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    loads = []
    for _ in range(5):
        start = time.perf_counter()
        build()
        loads.append(time.perf_counter() - start)
    tracemalloc.start()
    table = build()
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    keys = [line.split("\t", 1)[0] for line in _read().splitlines()[::50]]
    probes = keys + [k + "q" for k in keys]
    start = time.perf_counter()
    for key in probes:
        table.get(key)
    per_lookup = (time.perf_counter() - start) / len(probes)
    return statistics.median(loads), held, per_lookup


def main() -> None:
    for name, build in (("dict", as_dict), ("SortedTable", as_table)):
        load, held, lookup = measure(build)
        print(f"{name:12s} load {load * 1000:6.1f} ms   holds {held / 2**20:5.1f} MiB   look-up {lookup * 1e6:5.2f} µs")


if __name__ == "__main__":
    main()
