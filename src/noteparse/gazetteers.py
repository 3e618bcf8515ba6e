"""One text-folding rule and lazily built, cached indexes over the data files in ``data/``.

Importing this module reads nothing; each index is built on first use and cached for the process.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from . import patterns

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_DASHES = patterns.compile(r"[\p{Pd}\u2212]")
_SPACE = patterns.compile(r"\s+")


_UNACCENTED = str.maketrans({"\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O"})
"""Letters with a stroke, which Unicode does not split into a letter and an accent: "Bielsko-Biała" is
"Bielsko-Biala", "Tromsø" "Tromso" (not "đ": the gazetteer's "Đining" for Jining would be "dining")."""


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold a name for lookup: accents (and strokes) off, case folded, quotes straight, dashes '-', spaces single.

    ``fold("Côte d’Ivoire") == fold("cote d'ivoire") == "cote d'ivoire"``. Memoised: the rules
    fold the same few hundred names and candidate words note after note.
    """
    text = text.translate(_QUOTES)
    if not text.isascii():  # ASCII has no accents to take off and no dash but "-"
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        text = text.translate(_UNACCENTED)
        text = _DASHES.sub("-", text)
    return _SPACE.sub(" ", text).strip().casefold()


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """The records of ``data/<name>`` (JSON Lines), read once per process."""
    with resources.files("noteparse.data").joinpath(name).open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())
