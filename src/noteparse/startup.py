"""Start-up without the cyclic garbage collector: importing spaCy and building the pipeline make
objects by the hundred thousand, few of them garbage, and ~450 collections walked them again and
again (~0.4 s of a one-note run). The collector is off while they are made; they are then frozen
(``gc.freeze``), so later collections skip them, and processes forked after that (the batch's
workers) share their pages instead of copying the ones a collection would touch.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the collector off; freeze what exists at its end, then turn it back on
    (unless it was off before)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()
