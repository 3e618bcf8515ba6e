"""Build ``src/noteparse/data/demonyms.jsonl``: each UN member or observer State's demonyms and capital.

The adjectives ("Kuwaiti, Omani and Emirati officials", "in the Jordanian capital") come from the
countryinfo package's data (MIT), corrected by the tables below; the JSONL this writes is
committed and is what ships. countryinfo is needed only to rebuild:

    pip install countryinfo==1.0.1 && python scripts/build_demonyms.py [--check]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "noteparse" / "data" / "demonyms.jsonl"
STATES = ROOT / "src" / "noteparse" / "data" / "states.jsonl"

# Adjectives English texts use beside (or instead of) countryinfo's.
EXTRA = {
    "SAU": ["Saudi"], "KGZ": ["Kyrgyz"], "LAO": ["Lao", "Laotian"], "BIH": ["Bosnian"], "TTO": ["Trinidadian"],
    "CZE": ["Czech"], "MKD": ["North Macedonian"], "SWZ": ["Swazi", "Emaswati"], "TLS": ["Timorese"],
    "GBR": ["British"], "NLD": ["Dutch"], "PHL": ["Filipino", "Philippine"], "VNM": ["Vietnamese"],
    "KAZ": ["Kazakh", "Kazakhstani"], "UZB": ["Uzbek"], "TJK": ["Tajik"], "TKM": ["Turkmen"], "AZE": ["Azerbaijani"],
    "KHM": ["Cambodian"], "BGD": ["Bangladeshi"], "CIV": ["Ivorian"], "DJI": ["Djiboutian"],
    "SDN": ["Sudanese"], "SSD": ["South Sudanese"],
    # countryinfo's rarer spelling beside the usual one
    "ECU": ["Ecuadorian"], "ARG": ["Argentine", "Argentinian"], "CPV": ["Cabo Verdean", "Cape Verdean"],
    "GNB": ["Bissau-Guinean"], "MDV": ["Maldivian"], "SVN": ["Slovenian"], "SUR": ["Surinamese"],
    "SLV": ["Salvadorean"], "COM": ["Comorian"], "BWA": ["Botswanan"], "LSO": ["Basotho"], "ISL": ["Icelandic"],
    "LUX": ["Luxembourgish"], "TTO": ["Tobagonian"], "KNA": ["Kittitian", "Nevisian"], "STP": ["S\u00e3o Tomean"],
    "VCT": ["Vincentian"], "WSM": ["Samoan"], "GRC": ["Hellenic"],
}
# Adjectives that name more than one State or something else first: left out. ("Samoan" is
# Samoa's: an American Samoan official is rare in these notes, a Samoan one is not.)
DROP = {"American", "Congolese", "Dominican", "Korean", "Niger", "Chadian Arab",
        "Virgin Islander", "Macedonian"}
# Capitals where countryinfo gives another seat or spelling than the city gazetteer's.
CAPITALS = {"USA": "Washington", "BOL": "La Paz", "SWZ": "Mbabane", "CIV": "Abidjan", "TZA": "Dodoma",
            "NLD": "Amsterdam", "PSE": "Ramallah", "KAZ": "Astana", "MMR": "Naypyidaw", "LKA": "Colombo",
            "BEN": "Porto-Novo", "VNM": "Hanoi", "KOR": "Seoul", "MNG": "Ulaanbaatar"}


def build() -> list[dict]:
    from countryinfo import CountryInfo  # noqa: F401 (only its data is read)
    import countryinfo

    data = Path(countryinfo.__file__).parent / "data"
    info = {}
    for path in data.glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso = record.get("ISO")
        if isinstance(iso, dict) and iso.get("alpha3"):
            info[iso["alpha3"]] = record
    codes = [json.loads(line)["code"] for line in STATES.read_text(encoding="utf-8").splitlines()
             if json.loads(line)["status"] in ("member", "observer")]
    rows = []
    for code in codes:
        record = info.get(code, {})
        given = [d.strip() for d in (record.get("demonym") or "").split(",")]  # "Antiguan,Barbudan": two
        demonyms = [d for d in [*given, *EXTRA.get(code, [])] if d and d not in DROP]
        rows.append({"code": code, "demonyms": list(dict.fromkeys(demonyms)),
                     "capital": CAPITALS.get(code) or record.get("capital") or None})
    shared = Counter(d for r in rows for d in r["demonyms"])
    for r in rows:  # one adjective, two States ("Congolese"): it names neither
        r["demonyms"] = [d for d in r["demonyms"] if shared[d] == 1]
    return rows


def main() -> int:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build())
    if "--check" in sys.argv[1:]:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        print(f"{OUT.name} is {'current' if current == text else 'OUT OF DATE: rerun this script'}", file=sys.stderr)
        return 0 if current == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} States to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
