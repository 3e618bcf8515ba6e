"""Tests for noteparse.states: the State gazetteer and its lookups."""

from __future__ import annotations

from collections import Counter

import pycountry
import pytest

from noteparse.places import region_entries
from noteparse.states import lookup_key, lookup_state, state_by_code, state_entries, state_patterns


def test_states_one_entry_per_iso_code():
    codes = [entry.code for entry in state_entries()]
    assert codes == sorted({c.alpha_3 for c in pycountry.countries})


@pytest.mark.parametrize("status,count", [("member", 193), ("observer", 2), ("territory", 54)])
def test_states_status_counts(status, count):
    assert Counter(entry.status for entry in state_entries())[status] == count


@pytest.mark.parametrize("code", ["PSE", "VAT"])
def test_states_observers(code):
    assert state_by_code(code).status == "observer"


def test_states_every_alias_maps_to_exactly_one_code():
    owners: dict[str, set[str]] = {}
    for entry in state_entries():
        for alias in entry.aliases:
            owners.setdefault(lookup_key(alias), set()).add(entry.code)
    shared = {key: codes for key, codes in owners.items() if len(codes) > 1}
    assert not shared


def test_states_every_entry_lists_its_name_as_alias():
    assert all(entry.name in entry.aliases for entry in state_entries())


@pytest.mark.parametrize(
    "code,name,the",
    [
        ("RUS", "Russian Federation", True),
        ("USA", "United States of America", True),
        ("GBR", "United Kingdom of Great Britain and Northern Ireland", True),
        ("KOR", "Republic of Korea", True),
        ("PRK", "Democratic People's Republic of Korea", True),
        ("IRN", "Iran (Islamic Republic of)", False),
        ("TUR", "Türkiye", False),
        ("VNM", "Viet Nam", False),
        ("CZE", "Czechia", False),
        ("COG", "Congo", True),
        ("COD", "Democratic Republic of the Congo", True),
        ("NLD", "Netherlands (Kingdom of the)", True),
        ("SDN", "Sudan", False),
        ("NER", "Niger", False),
        ("GMB", "Gambia", True),
        ("VAT", "Holy See", True),
        ("PSE", "State of Palestine", True),
    ],
)
def test_states_un_names_and_the(code, name, the):
    entry = state_by_code(code)
    assert (entry.name, entry.the) == (name, the)


@pytest.mark.parametrize(
    "text,code",
    [
        ("Republic of Korea", "KOR"),
        ("the Republic of Korea", "KOR"),
        ("South Korea", "KOR"),
        ("Korea", "KOR"),  # alone, Seoul's own short name: English writes the DPRK "North Korea"
        ("Democratic People's Republic of Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Congo", "COG"),
        ("the Congo", "COG"),
        ("Republic of the Congo", "COG"),
        ("Democratic Republic of the Congo", "COD"),
        ("DRC", "COD"),
        ("RD Congo", "COD"),
        ("Congo (DRC)", "COD"),
        ("République démocratique du Congo", "COD"),
        ("République du Congo", "COG"),
        ("Guinea", "GIN"),
        ("Guinea-Bissau", "GNB"),
        ("Guinea–Bissau", "GNB"),
        ("Equatorial Guinea", "GNQ"),
        ("Papua New Guinea", "PNG"),
        ("Sudan", "SDN"),
        ("South Sudan", "SSD"),
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Dominica", "DMA"),
        ("Dominican Republic", "DOM"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Uganda", "UGA"),
        ("U.S.", "USA"),
        ("the United States", "USA"),
        ("Russia", "RUS"),
        ("RUSSIAN FEDERATION", "RUS"),
        ("The Netherlands", "NLD"),
        ("Kingdom of Morocco", "MAR"),
        ("Republic of Kazakhstan", "KAZ"),
        ("Plurinational State of Bolivia", "BOL"),
        ("Islamic Republic of Iran", "IRN"),
        ("Lao PDR", "LAO"),
        ("Vietnam", "VNM"),
        ("Turkey", "TUR"),
        ("Turkiye", "TUR"),
        ("Swaziland", "SWZ"),
        ("the former Yugoslav Republic of Macedonia", "MKD"),
        ("Burma", "MMR"),
        ("Cape Verde", "CPV"),
        ("East Timor", "TLS"),
        ("Timor Leste", "TLS"),
        ("Palestine", "PSE"),
        ("Vatican", "VAT"),
        ("Singapore", "SGP"),
        ("Kuwait", "KWT"),
        ("Georgia,", "GEO"),
        ("PNG", "PNG"),
        ("the FSM", "FSM"),
        ("the RMI", "MHL"),
        ("BiH", "BIH"),
        ("KSA", "SAU"),
    ],
)
def test_states_lookup(text, code):
    assert lookup_state(text).code == code


@pytest.mark.parametrize(
    "text",
    ["Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "COTE D’IVOIRE", "Ivory Coast"],
)
def test_states_lookup_apostrophes_and_accents(text):
    assert lookup_state(text).code == "CIV"


@pytest.mark.parametrize(
    "form,code",
    [
        ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("CÔTE D’IVOIRE", "CIV"),
        ("Democratic People’s Republic of Korea", "PRK"),
        ("the Russian Federation", "RUS"),
        ("The Russian Federation", "RUS"),
        ("RUSSIAN FEDERATION", "RUS"),
        ("US", "USA"),
    ],
)
def test_states_patterns_include_variants(form, code):
    assert dict(state_patterns())[form] == code


def test_states_patterns_are_distinct():
    forms = [form for form, _ in state_patterns()]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize(
    "text",
    ["", "the", "Atlantis", "America", "Russian", "Belarusian", "Kuwait City",
     "Mexico City", "Central Asia", "Holland", "Russi"],
)
def test_states_lookup_unknown_returns_none(text):
    assert lookup_state(text) is None


def test_states_regions_never_resolve_as_states():
    hits = [a for entry in region_entries() for a in entry.aliases
            if lookup_state(a) and entry.kind != "territory"]
    assert not hits


@pytest.mark.parametrize(
    "code,expected", [("rus", "RUS"), (" USA ", "USA"), ("XKX", None), ("", None)]
)
def test_states_by_code(code, expected):
    entry = state_by_code(code)
    assert (entry.code if entry else None) == expected


@pytest.mark.parametrize("form", ["us", "the us", "russia", "niger"])
def test_states_patterns_are_case_sensitive(form):
    assert form not in dict(state_patterns())


@pytest.mark.parametrize("text", ["us", "US", "u.s."])
def test_states_lookup_folds_case(text):
    assert lookup_state(text).code == "USA"


def test_states_demonyms_name_one_state_each_and_capitals_are_known_cities():
    from noteparse.places import lookup_city
    from noteparse.states import capital_of, demonym_patterns

    pairs = demonym_patterns()
    words = [w for w, _ in pairs]
    assert len(words) == len(set(words)) > 150
    assert dict(pairs)["Emirati"] == "ARE" and dict(pairs)["Saudi"] == "SAU"
    assert "Congolese" not in words and "American" not in words  # two States, or a continent's
    assert dict(pairs)["Ecuadorian"] == dict(pairs)["Ecuadorean"] == "ECU" and dict(pairs)["Barbudan"] == "ATG"
    assert not any("," in w for w in words)  # countryinfo's "Antiguan,Barbudan" is two adjectives
    # "Guinean" is Guinea's; the longer adjectives of the other Guineas win where they are written
    assert [dict(pairs).get(w) for w in ("Guinean", "Bissau-Guinean", "Equatorial Guinean", "Papua New Guinean")] \
        == ["GIN", "GNB", "GNQ", "PNG"]
    assert capital_of("JOR") == "Amman" and lookup_city(capital_of("KWT")).country_code == "KWT"
