"""Places that are not States: regions (``data/places.jsonl``), cities (``data/cities.jsonl``) and
towns (``data/towns.tsv``).

A note's venue ("Ashgabat, Turkmenistan", "Ha Noi") and its scope ("States of Central Asia")
must resolve to a city with its country, or to a region, and never be mistaken for a State.
Both gazetteers are data; this module builds lazily cached indexes over them under the same
folding rule as ``states`` (``gazetteers.fold``, a leading "the" and trailing punctuation
ignored) and offers, for each, an exact lookup and the patterns for spaCy's PhraseMatcher (with
the ALL-CAPS and apostrophe variants that headers and datelines use).

Towns are no mentions: too many of their names are words or surnames to match them everywhere.
:func:`towns_named` tells which States have a town of a name, for a venue rule to check against
the States the note names.

No fuzzy matching: an unknown spelling resolves to None. A city-state such as Singapore is both
a State (in ``states``) and a city (``CityEntry.same_as_state``); deciding which a mention means
is the caller's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from . import disk_cache
from .gazetteers import fold, load_jsonl
from .sorted_table import SortedTable
from .states import lookup_key, surface_variants


@dataclass(frozen=True)
class PlaceEntry:
    """A region or other non-State place: a stable ``id``, a display name and its spellings.

    ``kind`` is "continent", "region" or "territory"; ``country_code`` is the State a region lies
    in when it lies in one (Bali, whose name would otherwise be read as Bally's, a city of India),
    else None.
    """

    id: str
    name: str
    kind: str
    country_code: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class CityEntry:
    """A city from GeoNames: its name, ISO alpha-3 country, population and spellings.

    ``country_code`` is None where ISO has no code (Kosovo); ``same_as_state`` marks a city that
    shares its name with its State (Singapore, Djibouti, Luxembourg).
    """

    name: str
    country_code: str | None
    population: int
    aliases: tuple[str, ...]
    same_as_state: bool = False


@cache
def region_entries() -> tuple[PlaceEntry, ...]:
    """All regions and other non-State places, in file order."""
    return tuple(
        PlaceEntry(r["id"], r["name"], r["kind"], r.get("country_code"), tuple(r["aliases"]))
        for r in load_jsonl("places.jsonl")
    )


@cache
def _regions_by_alias() -> dict[str, PlaceEntry]:
    return {lookup_key(alias): entry for entry in region_entries() for alias in entry.aliases}


def lookup_region(text: str) -> PlaceEntry | None:
    """The region that ``text`` names exactly ("the Middle East" -> middle-east).

    Returns None when nothing matches, including for States ("Egypt") and cities.
    """
    return _regions_by_alias().get(lookup_key(text))


@cache
def _region_patterns() -> tuple[tuple[str, str], ...]:
    pairs = {form: entry.id for entry in region_entries() for alias in entry.aliases
             for form in surface_variants(alias)}
    return tuple(pairs.items())


def region_patterns() -> list[tuple[str, str]]:
    """(surface form, region id) for a PhraseMatcher; a leading "the" is left to the caller."""
    return list(_region_patterns())


def city_entries() -> tuple[CityEntry, ...]:
    """All cities, most populous first."""
    return _city_index()[0]


def city_first_words() -> frozenset[str]:
    """The first word of every city's name and spellings, lowercased and folded: most Title-Case
    words start no city name, and a mention rule asks this before it looks further."""
    return _city_index()[2]


def city_marked_words() -> frozenset[str]:
    """The folded one-word names of six letters or more that the gazetteer writes with marks
    ("Duekoué", "Sétif"): a text that marks them otherwise ("Duékoué") names the same town, where a
    one-word name the gazetteer writes bare, its marks away, is as often a person's ("Rodríguez")."""
    return _city_index()[3]


@cache
def _city_index() -> tuple[tuple[CityEntry, ...], dict[str, CityEntry], frozenset[str], frozenset[str]]:
    """The cities, the lookup key of every spelling, their first words and their marked one-word
    names (:func:`city_marked_words`): built from the data
    once per machine and read back by later processes (:func:`~noteparse.disk_cache.derived`),
    where building them was 0.1 s of every process's first note."""
    return disk_cache.derived("cities", _build_city_index)


def _build_city_index() -> tuple[tuple[CityEntry, ...], dict[str, CityEntry], frozenset[str], frozenset[str]]:
    entries = tuple(
        CityEntry(r["name"], r["country_code"], r["population"], tuple(r["aliases"]),
                  r.get("same_as_state", False))
        for r in load_jsonl("cities.jsonl")
    )
    by_alias: dict[str, CityEntry] = {}
    for entry in entries:
        for alias in entry.aliases:
            key = lookup_key(alias)
            if key not in by_alias or entry.population > by_alias[key].population:
                by_alias[key] = entry
    firsts = {a.split(" ", 1)[0] for c in entries for a in c.aliases + (c.name,)}
    first_words = frozenset(w for word in firsts for w in (word.lower(), fold(word)))  # 9.7k words, not 16.8k names
    marked = frozenset(key for c in entries for a in c.aliases
                       if " " not in a and not a.isascii() and len(key := lookup_key(a)) >= 6)
    return entries, by_alias, first_words, marked


def lookup_city(text: str) -> CityEntry | None:
    """The city that ``text`` names exactly ("Ha Noi" -> Hanoi, VNM).

    When several cities share the folded spelling, the most populous wins. Returns None when
    nothing matches, including for a State's name that is not also a city's ("Kuwait").
    """
    return _city_index()[1].get(lookup_key(text))


@cache
def _city_patterns() -> tuple[tuple[str, str], ...]:
    pairs = {form: entry.name for entry in city_entries() for alias in entry.aliases
             for form in surface_variants(alias)}
    return tuple(pairs.items())


def city_patterns() -> list[tuple[str, str]]:
    """(surface form, canonical city name) for a PhraseMatcher: every distinct form once."""
    return list(_city_patterns())


@cache
def _towns() -> SortedTable:
    """Folded town name -> comma-separated alpha-3 codes (130k names), read on first use and looked
    up in place (:class:`~noteparse.sorted_table.SortedTable`): 1.6 ms, not the 91 ms of a dict."""
    return SortedTable(resources.files("noteparse.data").joinpath("towns.tsv").read_text(encoding="utf-8"))


_TWO_WORDS = re.compile(r"[^\W\d_]{3,} [^\W\d_]{3,}")
"""Two words of three letters or more, that the towns list may write as one: not a broken word ("W aterford")."""


def towns_named(text: str) -> tuple[str, ...]:
    """The alpha-3 codes of the States that have a town named ``text`` ("Swakopmund" -> NAM);
    empty for a name no town has, and for a city's (cities are :func:`lookup_city`'s). A double name's hyphen is
    its space too: "Jastrzębie-Zdrój" as the list's "Jastrzębie Zdrój", and so is an apostrophe ("Birni N'Konni" as
    "Birni N Konni"), and a name written in two words may be the list's one ("Padang Panjang" as "Padangpanjang")."""
    key = lookup_key(text)
    codes = _towns().get(key) or ("-" in key and _towns().get(key.replace("-", " "))) \
        or ("'" in key and _towns().get(key.replace("'", " "))) \
        or (_TWO_WORDS.fullmatch(key) and _towns().get(key.replace(" ", "")))
    return tuple(codes.split(",")) if codes else ()


@cache
def _subdivisions() -> dict[str, str]:
    text = resources.files("noteparse.data").joinpath("subdivisions.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines())


def subdivision_of(text: str) -> tuple[str, ...]:
    """The alpha-3 codes of the States with a first-level division named ``text`` ("California" -> USA,
    "Western Australia" -> AUS, "Bavaria" -> DEU); empty for any other name."""
    codes = _subdivisions().get(lookup_key(text))
    return tuple(codes.split(",")) if codes else ()
