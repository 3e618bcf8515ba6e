"""``regex.compile`` with a cache on disk, so a new process loads the rules' patterns already compiled.

Compiling the rules' ~250 patterns costs about a second (the date grammar alone, 22,000 characters,
half of it): that was a third of a one-note ``noteparse parse`` and every batch worker paid it at
start. A ``regex`` pattern pickles with its compiled code, and unpickling hands that code straight to
the matcher without compiling again (about 8 ms for the date grammar). So the first process compiles
and writes its patterns to ``$NOTEPARSE_CACHE_DIR`` (default ``~/.cache/noteparse``), and later ones
load them, as Python does with ``__pycache__``.

The cache is keyed by everything ``compile`` is given (pattern, flags, named lists), and its file by
the ``regex`` and Python versions, so a stale or foreign entry is never used: a changed rule simply
misses and is compiled. Only this user's own cache directory is read. A missing, unreadable or
corrupt file, or one that cannot be written, costs the compile time and nothing else.
``NOTEPARSE_CACHE_DIR=""`` turns the cache off.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

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
    root = os.environ.get("NOTEPARSE_CACHE_DIR")
    if root is None:
        root = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "noteparse")
    if not root:
        return None
    version = f"regex-{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
    return Path(root) / f"patterns-{version}.pickle"


def _load() -> dict[_Key, regex.Pattern]:
    path = cache_file()
    if path is None:
        return {}
    try:
        with path.open("rb") as fh:
            patterns = pickle.load(fh)
    except Exception:  # noqa: BLE001 - absent, unreadable or corrupt: compile instead
        return {}
    return patterns if isinstance(patterns, dict) else {}


def save() -> None:
    """Write this process's patterns, if it compiled any, atomically (temporary file + rename).

    Only the patterns this process used are kept, so entries for rules that changed since drop out.
    Called at exit; a failure to write is ignored.
    """
    global _new
    path = cache_file()
    if not _new or path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(_used, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return
    _new = False
