"""Pickles kept between processes in the user's cache directory, as Python keeps ``__pycache__``.

Work that every new process would otherwise repeat at start-up (compiling the rules' patterns,
tokenizing the gazetteers' phrases) is done once per machine and read back by later processes.
The directory is ``$NOTEPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/noteparse``, else
``~/.cache/noteparse``; ``NOTEPARSE_CACHE_DIR=""`` turns every cache off. Each caller names its
file by whatever its content depends on, so a stale file is never read, only missed. A missing,
unreadable or corrupt file reads as None, and a file that cannot be written is not written: a bad
cache costs the time it was meant to save and nothing else.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_path(name: str) -> Path | None:
    """Where the cache file ``name`` lives; None when caching is off."""
    root = os.environ.get("NOTEPARSE_CACHE_DIR")
    if root is None:
        root = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "noteparse")
    return Path(root) / name if root else None


def read(path: Path | None) -> Any:
    """The object pickled at ``path``; None when there is none or it cannot be read."""
    if path is None:
        return None
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - absent, unreadable or corrupt: the caller does the work
        return None


def write(path: Path | None, value: Any, replacing: str | None = None) -> None:
    """Pickle ``value`` to ``path`` atomically (temporary file + rename); a failure is ignored.

    ``replacing``: a glob for the files this one supersedes (other versions' of the same thing),
    removed once it is written, so the directory does not grow with every upgrade."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        for old in path.parent.glob(replacing) if replacing else ():
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return


def derived(name: str, build: Callable[[], T]) -> T:
    """``build()``, read from the cache when a process running the same package code and data
    built it before; else built and kept there for the next (replacing older versions' file)."""
    path = cache_path(f"{name}-{package_fingerprint()}.pickle")
    value = read(path)
    if value is None:
        value = build()
        write(path, value, replacing=f"{name}-*.pickle")
    return value


@cache
def package_fingerprint() -> str:
    """8 hex digits of a hash over the package's code and data files: any change to the rules or
    gazetteers changes it (and so ``source.pipeline``: a batch re-run redoes notes made by older rules)."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".jsonl", ".json") and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]
