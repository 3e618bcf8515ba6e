"""Build ``src/noteparse/data/subdivisions.tsv``: the first-level divisions of States, by name.

A venue names a town, then its State's division, then perhaps the State: "LLNL, Livermore,
California, USA", "Bunbury, Western Australia". The division is no town (California is also a
hamlet's name, which is why the towns list cannot tell), so the venue's town is the part before it.
Names come from ISO 3166-2 (pycountry), cleaned of their bracketed variants and generic words
("Gansu Sheng" -> Gansu), plus the English names that English notes use where ISO gives the
local one ("Bavaria" for "Bayern"). A division is read only right after a town in a venue, never
in running text.

Each line is ``<folded name>\\t<alpha-3>[,<alpha-3>…]``. Rerun after a change here (the TSV is
committed):

    python scripts/build_subdivisions.py [--check]  # --check: exit 1 if the TSV is out of date
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
from datafile import write_or_check

from noteparse.states import lookup_key, lookup_state

OUT = Path(__file__).resolve().parents[1] / "src" / "noteparse" / "data" / "subdivisions.tsv"

ENGLISH_NAMES = {
    "DEU": ["Bavaria", "Lower Saxony", "North Rhine-Westphalia", "Rhineland-Palatinate", "Saxony", "Saxony-Anhalt",
            "Thuringia", "Hesse", "Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern"],
    "ITA": ["Tuscany", "Lombardy", "Piedmont", "Sicily", "Sardinia", "Apulia", "Aosta Valley", "Trentino-South Tyrol"],
    "ESP": ["Andalusia", "Catalonia", "Castile and León", "Castile-La Mancha", "Valencian Community", "Basque Country",
            "Balearic Islands", "Canary Islands", "Navarre"],
    "AUT": ["Lower Austria", "Upper Austria", "Carinthia", "Styria", "Tyrol", "Vienna"],
    "CHE": ["Grisons", "Ticino", "Vaud", "Valais", "Geneva", "Bern", "Lucerne", "Zurich"],
    "FRA": ["Brittany", "Normandy", "Burgundy-Franche-Comté"],
    "BEL": ["Flanders", "Wallonia", "Brussels-Capital Region"],
    "GBR": ["Wales"],
    "CHN": ["Inner Mongolia", "Tibet"],  # ISO's "Nei Mongol", "Xizang"; "Inner Mongolia" is no mention of Mongolia
}
"""English names where ISO 3166-2 gives the local one."""
SECOND_LEVEL = {"PHL", "FRA", "ITA", "ESP", "BEL", "GBR"}
"""States whose addresses name a second-level division after the town: a Philippine province ("Nasugbu, Batangas,
Philippines"), a French department ("Castres, Tarn"), an Italian or Spanish province, a Belgian province, a British
county. Not where second-level divisions are named for their towns and written alone (Uganda's districts)."""
_GENERIC = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|Tebiexingzhengqu)$")
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")


def clean(name: str) -> str:
    """ISO's name as a venue writes it: "Catalunya [Cataluña]" -> Catalunya, "Asturias, Principado de" -> Asturias."""
    return _GENERIC.sub("", _BRACKETS.sub("", name).split(",")[0]).strip()


def rows() -> dict[str, set[str]]:
    """Folded name -> the alpha-3 codes of the States with a first-level division so named; not a State's own name."""
    found: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        code = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        if sub.parent_code is not None and code not in SECOND_LEVEL:
            continue
        found[lookup_key(clean(sub.name))].add(code)
    for code, names in ENGLISH_NAMES.items():
        for name in names:
            found[lookup_key(name)].add(code)
    return {key: codes for key, codes in found.items() if key and lookup_state(key) is None}


def render() -> str:
    return "".join(f"{key}\t{','.join(sorted(codes))}\n" for key, codes in sorted(rows().items()))


def main(argv: list[str]) -> int:
    """Write the TSV, or with ``--check`` report whether it is current (exit 1 if not)."""
    text = render()
    return write_or_check(OUT, text, argv, f"wrote {text.count(chr(10))} divisions to {OUT}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
