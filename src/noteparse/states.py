"""State mentions -> ISO 3166-1 alpha-3 codes with UN names, from ``data/states.jsonl``.

Notes name States in many ways ("the Russian Federation", "Russia", "RUSSIAN FEDERATION",
"Côte d’Ivoire"); records need one code and one UN name. The data file holds every spelling
(aliases, case-sensitive, "the X" forms included where English writes them); this module holds
the two ways of using it:

- ``lookup_state(text)`` for a string already cut out (a venue part, a header field): exact
  match under ``gazetteers.fold`` after dropping a leading "the" and trailing punctuation;
- ``state_patterns()`` for spaCy's PhraseMatcher over running text: the aliases as written plus
  the ALL-CAPS and straight/curly-apostrophe variants, which are generated here, not stored.

There is no fuzzy matching: a spelling that is not in the data is not a State. Nothing is read
until the first call; each index is built once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .gazetteers import fold, load_jsonl

_TRAILING = " \t\n.,;:!?)]}\"'’"


@dataclass(frozen=True)
class StateEntry:
    """One ISO 3166-1 country or territory: alpha-3 code, UN short name and known spellings.

    ``the`` says whether running text writes "the" before ``name``; ``status`` is "member",
    "observer" or "territory".
    """

    code: str
    name: str
    the: bool
    status: str
    aliases: tuple[str, ...]


def lookup_key(text: str) -> str:
    """The folded form that indexes are keyed by: "The Netherlands." -> "netherlands"."""
    key = fold(text).strip(_TRAILING)
    return key[4:] if key.startswith("the ") else key


_TURKISH_LETTERS = frozenset("\u00fc\u015f\u011f\u0131\u00e7\u00f6")
"""Letters that mark a spelling as Turkish (ü ş ğ ı ç ö), whose capitals write "i" as "İ"."""


def surface_variants(alias: str) -> list[str]:
    """``alias`` as text may write it: as stored, ALL-CAPS, apostrophes straight or curly,
    and "The ..." for an alias stored as "the ..."."""
    forms = [alias, alias.upper()]
    if "i" in alias and not _TURKISH_LETTERS.isdisjoint(alias):  # "REPUBLIC OF TÜRKİYE": a Turkish word's
        forms.append(" ".join(w.replace("i", "\u0130").upper() if not _TURKISH_LETTERS.isdisjoint(w) else w.upper()
                              for w in alias.split(" ")))  # capitals dot their I
    if alias.startswith("the "):
        forms.append("The " + alias[4:])
    for form in list(forms):
        forms += [form.replace("'", "\u2019"), form.replace("\u2019", "'")]
    return list(dict.fromkeys(forms))


@cache
def state_entries() -> tuple[StateEntry, ...]:
    """All 249 entries, ordered by code."""
    return tuple(
        StateEntry(r["code"], r["name"], r["the"], r["status"], tuple(r["aliases"]))
        for r in load_jsonl("states.jsonl")
    )


@cache
def _by_code() -> dict[str, StateEntry]:
    return {entry.code: entry for entry in state_entries()}


@cache
def _by_alias() -> dict[str, StateEntry]:
    return {lookup_key(alias): entry for entry in state_entries() for alias in entry.aliases}


def state_by_code(code: str) -> StateEntry | None:
    """The entry for an alpha-3 code (any case); None when ISO 3166-1 has no such code."""
    return _by_code().get(code.strip().upper())


def lookup_state(text: str) -> StateEntry | None:
    """The State that ``text`` names exactly ("the Republic of Korea" -> KOR).

    Case, accents, apostrophe style, a leading "the" and trailing punctuation do not matter;
    anything else must match an alias. Returns None when nothing matches, including for regions
    ("Central Asia"), demonyms ("Russian") and the empty string.
    """
    return _by_alias().get(lookup_key(text))


@cache
def _patterns() -> tuple[tuple[str, str], ...]:
    pairs = {form: entry.code for entry in state_entries() for alias in entry.aliases
             for form in surface_variants(alias)}
    return tuple(pairs.items())


def state_patterns() -> list[tuple[str, str]]:
    """(surface form, alpha-3 code) for a PhraseMatcher: every distinct form once."""
    return list(_patterns())


@cache
def _demonyms() -> tuple[dict[str, str], dict[str, str]]:
    rows = load_jsonl("demonyms.jsonl")
    by_word = {form: r["code"] for r in rows for d in r["demonyms"] for form in surface_variants(d)}  # "KUWAITI" too
    capitals = {r["code"]: r["capital"] for r in rows if r.get("capital")}
    return by_word, capitals


def demonym_patterns() -> list[tuple[str, str]]:
    """(adjective, alpha-3 code) for a PhraseMatcher: "Kuwaiti" -> KWT, and "KUWAITI" as a script or a
    cable in capitals writes it; one that names two States ("Congolese") is not in the data."""
    return list(_demonyms()[0].items())


def capital_of(code: str) -> str | None:
    """The capital's name (as the city gazetteer spells it) of the State with ``code``."""
    return _demonyms()[1].get(code)
