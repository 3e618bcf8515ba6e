"""``regex.compile`` with a cache on disk, so a new process loads the rules' patterns already compiled.

Compiling the rules' ~250 patterns costs about a second (the date grammar alone, 22,000 characters,
half of it): that was a third of a one-note ``noteparse parse`` and every batch worker paid it at
start. A ``regex`` pattern pickles with its compiled code, and unpickling hands that code straight to
the matcher without compiling again (about 8 ms for the date grammar). So the first process compiles
and writes its patterns to the cache directory (:mod:`noteparse.disk_cache`), and later ones load
them.

The cache is keyed by everything ``compile`` is given (pattern, flags, named lists), and its file by
the ``regex`` and Python versions, so a stale or foreign entry is never used: a changed rule simply
misses and is compiled. A missing, unreadable or corrupt file, or one that cannot be written,
costs the compile time and nothing else.
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path
from typing import Any

import regex

from . import disk_cache

_Key = tuple[str, int, tuple[tuple[str, tuple[str, ...]], ...]]

_loaded: dict[_Key, regex.Pattern] | None = None
_used: dict[_Key, regex.Pattern] = {}
_new = False


def compile(pattern: str, flags: int = 0, **named_lists: Any) -> regex.Pattern:  # noqa: A001 - regex's name
    """``regex.compile(pattern, flags, **named_lists)``, from the cache when an earlier process compiled it."""
    global _loaded, _new
    key = (pattern, flags, tuple(sorted((name, tuple(sorted(items))) for name, items in named_lists.items())))
    found = _used.get(key)
    if found is not None:
        return found
    if _loaded is None:
        _loaded = _load()
        atexit.register(save)
    found = _loaded.get(key)
    if found is None:
        found = regex.compile(pattern, flags, **named_lists)
        _new = True
    _used[key] = found
    return found


def cache_file() -> Path | None:
    """Where this ``regex`` and Python keep their compiled patterns; None when the cache is off."""
    version = f"regex-{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
    return disk_cache.cache_path(f"patterns-{version}.pickle")


def _load() -> dict[_Key, regex.Pattern]:
    patterns = disk_cache.read(cache_file())
    return patterns if isinstance(patterns, dict) else {}


def save() -> None:
    """Write this process's patterns, if it compiled any, atomically.

    Only the patterns this process used are kept, so entries for rules that changed since drop out.
    Called at exit; a failure to write is ignored.
    """
    global _new
    if _new:
        disk_cache.write(cache_file(), _used)
        _new = False
