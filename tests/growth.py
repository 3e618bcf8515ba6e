"""How a function's cost grows with its input, measured so that a busy machine cannot fake a quadratic.

Linear cost shows as about k times the time for k times the text, quadratic as k squared. Wall time
on a shared CI machine also counts other processes and this one's garbage collector, whose full
collections grow with everything earlier tests left on the heap. So each run is timed in this
process's CPU time, with the collector off, and the small and large runs alternate so that a slow
spell touches both; the best of each is compared.
"""

from __future__ import annotations

import gc
import time
from typing import Callable


def growth(run: Callable[[str], object], small: str, large: str, repeats: int = 3) -> float:
    """The best CPU time of ``run(large)`` over the best of ``run(small)`` (floored at 1 ms)."""
    best = {small: float("inf"), large: float("inf")}
    run(small)  # caches and lazy builds are paid once, not by the first timed run
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            for text in (small, large):
                started = time.process_time()
                run(text)
                best[text] = min(best[text], time.process_time() - started)
    finally:
        if enabled:
            gc.enable()
    return best[large] / max(best[small], 1e-3)
