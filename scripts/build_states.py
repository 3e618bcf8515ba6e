"""Build ``src/noteparse/data/states.jsonl``: one line per ISO 3166-1 country or territory.

pycountry supplies the codes (and names for territories); the tables below supply what it does
not: the UN short names, the UN formal names, UN membership, and the aliases that English text
uses. The JSONL this writes is committed and is the shipped source of truth; rerun this script
after editing a table here:

    python scripts/build_states.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "noteparse" / "data" / "states.jsonl"

OBSERVERS = {"PSE", "VAT"}

# Codes in ISO 3166-1 that are neither UN Member States nor observer States.
TERRITORIES = set(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL "
    "GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN "
    "SJM SPM SXM TCA TKL TWN UMI VGB VIR WLF".split()
)

# UN short names (UNTERM / M49) where they differ from pycountry's `name`; territories whose
# pycountry name is comma-inverted get their common short name here too.
UN_NAMES = {
    "BOL": "Bolivia (Plurinational State of)",
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia (Federated States of)",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "IRN": "Iran (Islamic Republic of)",
    "KOR": "Republic of Korea",
    "MDA": "Republic of Moldova",
    "NLD": "Netherlands (Kingdom of the)",
    "PRK": "Democratic People's Republic of Korea",
    "PSE": "State of Palestine",
    "TZA": "United Republic of Tanzania",
    "USA": "United States of America",
    "VAT": "Holy See",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "TWN": "Taiwan",
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
}

# UN formal names where pycountry's `official_name` is missing or differs.
FORMAL_NAMES = {
    "ERI": "State of Eritrea",
    "LBY": "State of Libya",
    "MMR": "Republic of the Union of Myanmar",
    "NLD": "Kingdom of the Netherlands",
    "KOR": "Republic of Korea",
    "LAO": "Lao People's Democratic Republic",
    "SYR": "Syrian Arab Republic",
    "RUS": "Russian Federation",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "USA": "United States of America",
    "AUS": "Commonwealth of Australia",
    "COD": "Democratic Republic of the Congo",
    "URY": "Eastern Republic of Uruguay",
    "RWA": "Republic of Rwanda",
    "NER": "Republic of the Niger",
    "SDN": "Republic of the Sudan",
}

# Common English aliases, exact case. "the X" forms are written here only where no rule in
# takes_the() produces them. Left out on purpose: "America" (ambiguous), "Virgin Islands" (two
# territories), demonyms, cities. "Korea" alone is the Republic of Korea: English writes the DPRK
# "North Korea" or "the DPRK", and Seoul's own bodies write "Korea" ("Korea Customs Service").
ALIASES = {
    "AFG": [],
    "BHS": ["the Bahamas"],
    "BIH": ["Bosnia-Herzegovina", "BiH"],
    "BLR": ["Byelorussia"],
    "BOL": ["Bolivia"],
    "BRN": ["Brunei"],
    "CHN": ["PRC", "the PRC"],
    "CIV": ["Cote d'Ivoire", "Republic of Cote d'Ivoire", "Ivory Coast", "the Ivory Coast"],
    "COD": ["Democratic Republic of Congo", "DR Congo", "D.R. Congo", "DRC", "the DRC",
            "Congo-Kinshasa", "Congo (Kinshasa)", "Congo (DRC)", "RD Congo", "R.D. Congo",
            "République démocratique du Congo", "Republique democratique du Congo"],
    "COG": ["the Congo", "Congo-Brazzaville", "Congo (Brazzaville)", "République du Congo"],
    "COM": ["the Comoros"],
    "CPV": ["Cape Verde", "Republic of Cape Verde"],
    "CZE": ["Czech Republic"],
    "FSM": ["Micronesia", "FSM", "the FSM"],
    "GBR": ["United Kingdom", "UK", "the UK", "U.K.", "the U.K.", "Britain", "Great Britain"],
    "GIN": ["Guinea-Conakry"],
    "GMB": ["Gambia", "the Gambia"],
    "IRN": ["Iran"],
    "KGZ": ["Kyrgyz Republic"],
    "KNA": ["St. Kitts and Nevis", "St Kitts and Nevis"],
    "KOR": ["South Korea", "ROK", "the ROK", "Korea"],
    "LAO": ["Laos", "Lao PDR", "the Lao PDR",
            # its name less its last word, which a column list wraps onto the next row: "Lao People's
            # Democratic           Thailand" / "Republic                Viet Nam"
            "Lao People's Democratic", "the Lao People's Democratic", "Lao People's", "the Lao People's"],
    "LBY": ["Libyan Arab Jamahiriya", "the Libyan Arab Jamahiriya"],
    "LCA": ["St. Lucia", "St Lucia"],
    "MDA": ["Moldova"],
    "MDV": ["the Maldives"],
    "MHL": ["RMI", "the RMI"],
    "MKD": ["Macedonia", "the former Yugoslav Republic of Macedonia", "FYROM"],
    "MMR": ["Burma", "Republic of Myanmar"],
    "NLD": ["Netherlands", "the Netherlands"],
    "NZL": ["NZ"],
    "PHL": ["the Philippines"],
    "PNG": ["PNG"],
    "PRK": ["DPRK", "the DPRK", "North Korea"],
    "PSE": ["Palestine"],
    "RUS": ["Russia"],
    "SAU": ["KSA", "the KSA"],
    "SDN": ["the Sudan"],
    "STP": ["São Tomé and Príncipe", "Democratic Republic of São Tomé and Príncipe"],
    "SWZ": ["Swaziland", "Kingdom of Swaziland"],
    "SYC": ["the Seychelles"],
    "SYR": ["Syria"],
    "TLS": ["East Timor", "Timor Leste"],  # written without its hyphen too
    "TUR": ["Turkiye", "Turkey", "Republic of Turkiye", "Republic of Turkey"],
    "TZA": ["Tanzania"],
    "USA": ["United States", "USA", "the USA", "U.S.A.", "the U.S.A.", "U.S.", "the U.S.",
            "US", "the US"],
    "ARE": ["UAE", "the UAE"],
    "URY": ["Oriental Republic of Uruguay"],
    "VAT": ["the Holy See", "Vatican", "the Vatican", "Vatican City State"],
    "VCT": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "VEN": ["Venezuela"],
    "VNM": ["Vietnam", "Socialist Republic of Vietnam"],
    # territories
    "ALA": ["Aland Islands"],
    "BLM": ["Saint Barthelemy"],
    "CCK": ["Cocos Islands"],
    "CUW": ["Curacao"],
    "FLK": ["Falkland Islands", "Falklands", "the Falklands"],
    "HKG": ["Hong Kong, China", "Hong Kong SAR"],
    "MAC": ["Macau", "Macao, China", "Macao SAR"],
    "MAF": ["Saint Martin"],
    "REU": ["Reunion"],
    "SJM": ["Svalbard"],
    "SXM": ["Sint Maarten"],
    "TWN": ["Taiwan, Province of China", "Taiwan Province of China"],
    "VGB": ["British Virgin Islands"],
    "VIR": ["U.S. Virgin Islands", "US Virgin Islands"],
}

# Names that take "the" in running text although no word in them says so.
THE_NAMES = {"Bahamas", "Comoros", "Congo", "Gambia", "Holy See", "Maldives", "Netherlands",
             "Netherlands (Kingdom of the)", "Philippines", "Seychelles"}
_THE_WORDS = re.compile(
    r"\b(Republic|Kingdom|Federation|Union|Commonwealth|Principality|Duchy|Sultanate|"
    r"Confederation|States|Emirates|Islands|Territory|Territories|Isle|State of)\b"
)


def takes_the(name: str) -> bool:
    """True when running text writes ``the`` before ``name`` ("the Republic of Korea")."""
    if name in THE_NAMES:
        return True
    if "(" in name or name.startswith(("the ", "South Georgia")):
        return False
    return bool(_THE_WORDS.search(name))


def pycountry_names(country) -> list[str]:
    """pycountry's name, official name and common name, minus comma-inverted forms."""
    names = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
    names = [n.removeprefix("the ") for n in names if n]
    return [n for n in names if ", " not in n or n.startswith(("Bonaire", "Saint Helena"))]


def status_of(code: str) -> str:
    """'observer', 'territory' or 'member'."""
    if code in OBSERVERS:
        return "observer"
    return "territory" if code in TERRITORIES else "member"


def record(country) -> dict:
    """The states.jsonl line for one pycountry country."""
    code = country.alpha_3
    name = UN_NAMES.get(code, country.name)
    formal = FORMAL_NAMES.get(code) or getattr(country, "official_name", None)
    base = [name, *([formal] if formal else []), *pycountry_names(country), *ALIASES.get(code, [])]
    aliases: list[str] = []
    for alias in base:
        for form in (alias, f"the {alias}" if takes_the(alias) and "(" not in alias else None):
            if form and form not in aliases:
                aliases.append(form)
    return {"code": code, "name": name, "the": takes_the(name), "status": status_of(code),
            "aliases": aliases}


def check(records: list[dict]) -> None:
    """Fail loudly on a count or an alias that two codes share."""
    statuses = [r["status"] for r in records]
    assert statuses.count("member") == 193, statuses.count("member")
    assert statuses.count("observer") == 2
    owner: dict[str, str] = {}
    for r in records:
        for alias in r["aliases"]:
            key = alias.removeprefix("the ").casefold()
            assert owner.setdefault(key, r["code"]) == r["code"], (alias, owner[key], r["code"])


def main() -> int:
    """Write states.jsonl, ordered by code."""
    records = [record(c) for c in sorted(pycountry.countries, key=lambda c: c.alpha_3)]
    check(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(records)} states, {sum(len(r['aliases']) for r in records)} aliases",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
