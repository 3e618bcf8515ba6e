"""Tests for noteparse.mentions: States, organizations and places named in running text.

Every sentence here is written for the tests (none is taken from the corpus). Each case runs the
whole pipeline once (``pipeline`` fixture from conftest) and reads ``record.mentions``; every
record must stay grounded. A case the code gets wrong today is an ``xfail(strict=True)`` whose
reason says what comes out instead, so the suite stays green and the gap stays visible.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import xfail
from noteparse.mentions import town_of_local_government


def state_codes(record) -> set[str]:
    return {s.code for s in record.mentions.states}


def state_surfaces(record, text: str, code: str) -> set[str]:
    """Every way the text writes the State ``code`` (one string per span)."""
    return {text[a:b] for s in record.mentions.states if s.code == code for a, b in s.spans}


def org_by_surface(record, text: str, surface: str):
    """The organization mention one of whose spans is exactly ``surface`` (None if none)."""
    return next((o for o in record.mentions.organizations if any(text[a:b] == surface for a, b in o.spans)), None)


# --- States ------------------------------------------------------------------------------------

STATE_ALIASES = [
    ("A delegation from Bolivia (Plurinational State of) attended the seminar.",
     "Bolivia (Plurinational State of)", "BOL"),
    ("Licensing officers of Iran (Islamic Republic of) presented their control list.",
     "Iran (Islamic Republic of)", "IRN"),
    ("Venezuela (Bolivarian Republic of) described its end-user certificates.",
     "Venezuela (Bolivarian Republic of)", "VEN"),
    ("The Lao PDR has drafted a strategic trade decree.", "Lao PDR", "LAO"),
    ("Customs officers of the Lao People's Democratic Republic took part.", "Lao People's Democratic Republic", "LAO"),
    ("Viet Nam presented its draft law on dual-use goods.", "Viet Nam", "VNM"),
    ("Vietnam presented its draft law on dual-use goods.", "Vietnam", "VNM"),
    ("Türkiye shared its experience with catch-all controls.", "Türkiye", "TUR"),
    ("Turkey shared its experience with catch-all controls.", "Turkey", "TUR"),
    ("Experts from Côte d'Ivoire reviewed the national action plan.", "Côte d'Ivoire", "CIV"),
    ("Experts from Côte d\u2019Ivoire reviewed the national action plan.", "Côte d\u2019Ivoire", "CIV"),
    ("Czechia offered a study visit to its licensing authority.", "Czechia", "CZE"),
    ("Eswatini reported on its border management.", "Eswatini", "SWZ"),
    ("North Macedonia hosted the second session.", "North Macedonia", "MKD"),
    ("The Republic of Korea presented its strategic trade portal.", "Republic of Korea", "KOR"),
    ("The Democratic People's Republic of Korea was discussed under sanctions implementation.",
     "Democratic People's Republic of Korea", "PRK"),
    ("Officials from the Republic of the Congo attended.", "Republic of the Congo", "COG"),
    ("Officials from the Congo attended.", "the Congo", "COG"),
    ("Officials from the Democratic Republic of the Congo attended.", "Democratic Republic of the Congo", "COD"),
    ("The United Republic of Tanzania presented its draft regulations.", "United Republic of Tanzania", "TZA"),
    ("Officials of the Russian Federation described their export licensing.", "the Russian Federation", "RUS"),
    ("Russia described its export licensing.", "Russia", "RUS"),
    ("The USA funded the customs training.", "USA", "USA"),
    ("Experts from the U.S. explained deemed exports.", "U.S.", "USA"),
    ("Experts from the United States explained deemed exports.", "United States", "USA"),
    ("The United Kingdom presented its open general licences.", "United Kingdom", "GBR"),
    ("The Netherlands presented its transit controls.", "Netherlands", "NLD"),
    ("Officials from Korea described their strategic trade act.", "Korea", "KOR"),  # Seoul's own short name
    ("North Korea's procurement networks were discussed.", "North Korea", "PRK"),
]


@pytest.mark.parametrize("sentence,surface,code", STATE_ALIASES)
def test_mentions_state_alias_in_running_text(parse, sentence, surface, code):
    record = parse(sentence)
    assert state_codes(record) == {code}
    assert any(surface in written for written in state_surfaces(record, sentence, code))


@pytest.mark.parametrize(
    "sentence,surface",
    [
        ("Officials of the Russian Federation described their export licensing.", "the Russian Federation"),
        ("Experts from the Republic of Korea and the Netherlands attended.", "the Republic of Korea"),
    ],
)
def test_mentions_state_span_includes_the(parse, sentence, surface):
    record = parse(sentence)
    assert surface in {sentence[a:b] for s in record.mentions.states for a, b in s.spans}


@pytest.mark.parametrize(
    "sentence,codes",
    [
        ("Officials from Nigeria attended the workshop.", {"NGA"}),
        ("Officials from Niger attended the workshop.", {"NER"}),
        ("Officials from the Niger and Nigeria attended the workshop.", {"NER", "NGA"}),
        ("Guinea-Bissau presented its control list.", {"GNB"}),
        ("Equatorial Guinea presented its control list.", {"GNQ"}),
        ("Papua New Guinea presented its control list.", {"PNG"}),
        ("Guinea presented its control list.", {"GIN"}),
        ("Guinea, Guinea-Bissau and Equatorial Guinea presented their control lists.", {"GIN", "GNB", "GNQ"}),
        ("South Sudan reported on border management.", {"SSD"}),
        ("Sudan and South Sudan reported on border management.", {"SDN", "SSD"}),
        ("Dominica described its maritime controls.", {"DMA"}),
        ("The Dominican Republic described its maritime controls.", {"DOM"}),
        ("Dominica and the Dominican Republic described their maritime controls.", {"DMA", "DOM"}),
        ("Experts from Austria and Australia compared their licensing systems.", {"AUT", "AUS"}),
        ("Officials of Saint Kitts and Nevis and Saint Lucia attended.", {"KNA", "LCA"}),
    ],
)
def test_mentions_longest_state_match_wins(parse, sentence, codes):
    assert state_codes(parse(sentence)) == codes


@pytest.mark.parametrize(
    "sentence,state_surface,code,org_surface",
    [
        ("Officials of the U.S. Department of State explained licensing.", "U.S.", "USA", "U.S. Department of State"),
        ("Staff of the Ministry of Foreign Affairs of Belarus attended.", "Belarus", "BLR",
         "Ministry of Foreign Affairs of Belarus"),
        pytest.param("Belize's Customs and Excise Department presented its risk profiling.", "Belize", "BLZ",
                     "Belize's Customs and Excise Department"),
        ("The Ministry of Economy, Trade and Industry of Japan briefed participants.", "Japan", "JPN",
         "Ministry of Economy, Trade and Industry of Japan"),
    ],
)
def test_mentions_state_inside_agency_name_is_both(parse, sentence, state_surface, code, org_surface):
    record = parse(sentence)
    assert state_surface in state_surfaces(record, sentence, code)
    org = org_by_surface(record, sentence, org_surface)
    assert org is not None and org.country_code == code


@pytest.mark.parametrize("sentence, name", [
    ("Researchers from King\u2019s College London attended.", "King's College London"),
    ("An expert of the 1540 Committee\u2019s Group of Experts presented.",
     "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"),
])
def test_mentions_a_bodys_name_with_a_typographic_apostrophe(parse, sentence, name):
    """A PDF writes "King’s" with U+2019, which the tokenizer keeps apart from "'"."""
    assert name in [o.name for o in parse(sentence + "\n").mentions.organizations]


@pytest.mark.parametrize("sentence, name", [
    ("It is organized by the Ministry of Economy, Trade and Industry in\nTokyo together with UNODA.",
     "Ministry of Economy, Trade and Industry"),  # "in" at a line's end
    ("It was run by the Dual-Use Export Control Division of the Ministry of Economy and Industry in Jerusalem.",
     "Dual-Use Export Control Division of the Ministry of Economy and Industry"),  # a ministry's unit
])
def test_mentions_a_ministrys_name_ends_before_the_city_it_is_in(parse, sentence, name):
    """A ministry's name, or its unit's, stops before "in" and the city the ministry sits in."""
    assert name in [o.name for o in parse(sentence + "\n").mentions.organizations]


@pytest.mark.parametrize("sentence, city", [
    ("The conference met at a centre in Riyadh's diplomatic quarter.", "Riyadh"),
    ("The conference met at a centre in Riyadh\u2019s diplomatic quarter.", "Riyadh"),
    ("The visit ended in Saint George's on Friday.", "Saint George's"),  # a name with "'s" found whole
])
def test_mentions_a_city_with_a_possessive_is_the_city(parse, sentence, city):
    assert [m.name for m in parse(sentence + "\n").mentions.places if m.kind == "city"] == [city]


@pytest.mark.parametrize("sentence, town, code", [
    ("The City of San Juan Capistrano welcomed the officials.", "San Juan Capistrano", "USA"),
    ("The seminar met in S\u00e3o Mateus do Sul, Paran\u00e1.", "S\u00e3o Mateus do Sul", "BRA"),
])
def test_mentions_a_town_whose_name_a_city_opens_is_the_town(parse, sentence, town, code):
    """A city of the gazetteer that opens a longer town's name the towns list knows in one State is that town: "San
    Juan Capistrano" (United States), not San Juan (Puerto Rico) and a word after it."""
    assert [(m.name, m.country_code) for m in parse(sentence + "\n").mentions.places if m.kind == "city"][0] == (town, code)


@pytest.mark.parametrize("sentence, cities", [
    ("A. Communique: A\u00eft Melloul, 8 June 2026.", ["Ait Melloul"]),  # the gazetteer writes it without marks
    ("GOVERNORSHIP OF K\u0130L\u0130S: the seminar in K\u0130L\u0130S opened.", ["Kilis"]),  # a Turkish capital \u0130
    ("The panel: Nguy\u1ec5n V\u0103n An, Bel\u00e9n Rodr\u00edguez.", []),  # one word, its marks away, is as often another's
    ("The workshop opened in Du\u00e9kou\u00e9 on Tuesday.", ["Duekou\u00e9"]),  # one word the gazetteer marks too
])
def test_mentions_a_citys_name_written_with_marks_the_gazetteer_leaves_out(parse, sentence, cities):
    assert [m.name for m in parse(sentence + "\n").mentions.places if m.kind == "city"] == cities


@pytest.mark.parametrize("sentence, cities", [
    ("Mr. Adama Diallo of Senegal opened the course in Adama.", ["Adama"]),
    ("The Chair, Prof. Marie-Claire Ngo Bissau, spoke in Dakar.", ["Dakar"]),
    ("Dr Florence Ayo and H.E. Santiago Nsue met in Malabo.", ["Malabo"]),
    ("Dr. K. Brandt spoke. The Commissioner of Mwanza welcomed them.", ["Mwanza"]),  # after a sentence's end
    ("MUELLER/KATHARINA MS\nFROM VIENNA (VIE) TO LVIV (LWO)", ["Vienna", "Lviv"]),  # a boarding pass's "MS"
])
def test_mentions_a_persons_names_after_an_honorific_are_no_cities(parse, sentence, cities):
    assert [m.name for m in parse(sentence + "\n").mentions.places if m.kind == "city"] == cities


@pytest.mark.parametrize(
    "sentence,city,country_code",
    [
        ("The training took place in Belize City on the coast.", "Belize City", "BLZ"),
        ("The training took place in Kuwait City last spring.", "Kuwait City", "KWT"),
        ("The training took place in Mexico City last spring.", "Mexico City", "MEX"),
        ("The training took place in Guatemala City last spring.", "Guatemala City", "GTM"),
        ("The training took place in Panama City last spring.", "Panama City", "PAN"),
    ],
)
def test_mentions_city_named_after_state_is_a_city(parse, sentence, city, country_code):
    record = parse(sentence)
    assert state_codes(record) == set()
    cities = [p for p in record.mentions.places if p.kind == "city"]
    assert [(p.text, p.country_code) for p in cities] == [(city, country_code)]


@pytest.mark.parametrize(
    "sentence,city,codes",
    [
        ("The workshop took place in Port of Spain, Trinidad and Tobago.", "Port of Spain", {"TTO"}),
        ("The course was held in Dar es Salaam last year.", "Dar es Salaam", set()),
        ("Officials met in Santa Cruz de la Sierra, Bolivia.", "Santa Cruz de la Sierra", {"BOL"}),
        ("A seminar took place in Rio de Janeiro, Brazil.", "Rio de Janeiro", {"BRA"}),
        ("OFFICIALS REVIEW TRADE CONTROLS IN PORT OF SPAIN", "PORT OF SPAIN", set()),
        ("MEMBERS OF THE BANGKOK CUSTOMS TEAM ATTENDED", "BANGKOK", set()),  # the article is not the city's
        ("EXPERTS MET IN THE HAGUE", "THE HAGUE", set()),
    ],
)
def test_mentions_city_names_with_small_words(parse, sentence, city, codes):
    """"Port of Spain" is one city (and no mention of Spain); "Dar es Salaam" too."""
    record = parse(sentence)
    assert [p.text for p in record.mentions.places if p.kind == "city"] == [city]
    assert state_codes(record) == codes


@pytest.mark.parametrize("sentence,cities", [
    ("The seminar met at the Pazo de San Marcos in Lugo.", []),
    ("Why there? The province's own port at San\nCibrao handles chemicals.", []),
    ("A study visit took the group to San Salvador.", ["San Salvador"]),
    ("The regional office in San, Mali, sent a delegate.", ["San"]),
])
def test_mentions_san_opening_a_longer_name_is_no_city(parse, sentence, cities):
    """"San" is a city of Mali, and the first word of many more names: "San Marcos", a line's "San" /
    "Cibrao" name no city the gazetteer knows; "San Salvador" is found whole, "San, Mali" is Mali's."""
    record = parse(sentence)
    assert [p.text for p in record.mentions.places if p.kind == "city"] == cities


def test_mentions_a_name_does_not_run_into_the_next_sentence(parse):
    """A line with no stop, and "The" opening the next: the name ends before it."""
    record = parse("Organized by the UN Office for Disarmament Affairs\nThe workshop met in Vienna.\n")
    assert [o.name for o in record.mentions.organizations] == ["United Nations Office for Disarmament Affairs"]


def test_mentions_city_first_words_are_those_of_every_spelling():
    """The pre-check before a city look-up skips a word only if no spelling of any city opens with it."""
    from noteparse.gazetteers import fold
    from noteparse.places import city_entries, city_first_words

    spellings = [a for c in city_entries() for a in c.aliases + (c.name,)]
    expected = {w for a in spellings for w in (a.split(" ")[0].lower(), fold(a).split(" ")[0])}
    assert city_first_words() == expected


@pytest.mark.parametrize(
    "sentence,codes",
    [
        ("Officials from El Salvador and Honduras attended.", {"SLV", "HND"}),
        ("Delegates of Trinidad and Tobago and of Saint Lucia met.", {"TTO", "LCA"}),
    ],
)
def test_mentions_city_inside_a_state_name_is_no_city(parse, sentence, codes):
    """"Salvador" (Brazil) inside "El Salvador" is part of the State's name, not a city."""
    record = parse(sentence)
    assert state_codes(record) == codes
    assert [p.text for p in record.mentions.places if p.kind == "city"] == []


@pytest.mark.parametrize(
    "sentence,region",
    [
        ("The project serves the States of Central Asia.", "Central Asia"),
        pytest.param("The course was designed for South-East Asian States.", "South-East Asian"),
        ("Experts from Latin America and the Caribbean compared control lists.", "Latin America and the Caribbean"),
        ("The seminar gathered experts from the Western Balkans.", "Western Balkans"),
        ("Customs officers from West Africa took part.", "West Africa"),
        ("Delegates from the Middle East and North Africa took part.", "Middle East"),
        xfail("Participants came from Southeast Asia and the Pacific.", "Southeast Asia",
              reason="only the later, shorter region 'Asia and the Pacific' is found; 'Southeast Asia' is lost"),
    ],
)
def test_mentions_region_is_a_place_never_a_state(parse, sentence, region):
    record = parse(sentence)
    assert state_codes(record) == set()
    regions = [sentence[a:b] for p in record.mentions.places if p.kind == "region" for a, b in p.spans]
    assert any(region in r for r in regions), regions


def test_mentions_an_island_province_is_a_region_of_its_state_not_a_city_elsewhere(parse):
    """"Bali" folds to the spelling of Bāli (Bally, a city of India); it is Indonesia's island."""
    record = parse("Indonesia held a similar workshop in Bali on 12-13 September 2019.\n")
    assert [(p.name, p.kind, p.country_code) for p in record.mentions.places] == [("Bali", "region", "IDN")]
    assert "IND" not in {w.message[8:11] for w in record.warnings}


@pytest.mark.parametrize(
    "sentence,codes",
    [
        ("NATIONAL WORKSHOP ON EXPORT CONTROLS IN KAZAKHSTAN", {"KAZ"}),
        ("OFFICIALS OF THE RUSSIAN FEDERATION AND BELARUS ATTENDED", {"RUS", "BLR"}),
        ("DELEGATIONS FROM THE REPUBLIC OF KOREA AND VIET NAM", {"KOR", "VNM"}),
        ("CÔTE D'IVOIRE AND GUINEA-BISSAU PRESENTED THEIR REPORTS", {"CIV", "GNB"}),
        ("HOSTED BY THE UNITED STATES OF AMERICA", {"USA"}),
        ("EXPERTS FROM NIGERIA AND THE NIGER", {"NGA", "NER"}),
    ],
)
def test_mentions_states_in_all_caps(parse, sentence, codes):
    assert state_codes(parse(sentence)) == codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Participants discussed national legislation and border controls.",
        "The Chairman of the Committee opened the meeting.",
        xfail("Chad Smith and Jordan Lee of the secretariat took notes.",
              reason="first names read as States: Chad -> TCD, Jordan -> JOR (debatable: rare in notes, but a "
                     "Title-Case word followed by a surname-like capitalised word is not a State)"),
    ],
)
def test_mentions_no_state_where_none_is_named(parse, sentence):
    assert state_codes(parse(sentence)) == set()


@pytest.mark.parametrize(
    "sentence,codes",
    [
        ("The course was held at Los Alamos, New Mexico, for officers from Mexico.", {"MEX"}),
        ("The 21st Civil Support Team of the New Jersey National Guard took part.", set()),
        ("Officials from New Ireland Province of Papua New Guinea attended.", {"PNG"}),
        ("Delegates from Western Australia and New Zealand attended.", {"AUS", "NZL"}),
        ("Trade between Northern\n   Ireland and Ireland is governed by EU law.", {"IRL"}),
        ("The seminar met in Hohhot, Inner Mongolia Autonomous Region, China.", {"CHN"}),
        ("Officers from Inner Mongolia and from Mongolia inspected the crossing.", {"MNG"}),
    ],
)
def test_mentions_a_division_named_after_another_state_is_not_that_state(parse, sentence, codes):
    """"New Mexico" and "New Jersey" are divisions of the United States, not Mexico and Jersey;
    "Western Australia" is still Australia's."""
    assert state_codes(parse(sentence)) == codes


# --- organizations -----------------------------------------------------------------------------

REGISTRY_ORGS = [
    ("The International Atomic Energy Agency presented its nuclear security guidance.",
     "International Atomic Energy Agency", "IAEA"),
    ("The IAEA presented its nuclear security guidance.", "IAEA", "IAEA"),
    ("Inspectors of the Organisation for the Prohibition of Chemical Weapons attended.",
     "Organisation for the Prohibition of Chemical Weapons", "OPCW"),
    ("Inspectors of the Organization for the Prohibition of Chemical Weapons attended.",
     "Organization for the Prohibition of Chemical Weapons", "OPCW"),
    ("The Organization for Security and Co-operation in Europe supported the event.",
     "Organization for Security and Co-operation in Europe", "OSCE"),
    ("The Organisation for Security and Cooperation in Europe supported the event.",
     "Organisation for Security and Cooperation in Europe", "OSCE"),
    ("The World Customs Organisation trained the front-line officers.", "World Customs Organisation", "WCO"),
    ("The World Customs Organization trained the front-line officers.", "World Customs Organization", "WCO"),
    ("The UN Office on Drugs and Crime presented its container control programme.",
     "UN Office on Drugs and Crime", "UNODC"),
    ("The United Nations Office on Drugs and Crime presented its container control programme.",
     "United Nations Office on Drugs and Crime", "UNODC"),
    ("The UN Regional Centre for Peace and Disarmament in Asia and the Pacific hosted the event.",
     "UN Regional Centre for Peace and Disarmament in Asia and the Pacific", "UNRCPD"),
    ("The United Nations Regional Center for Peace and Disarmament in Asia and the Pacific hosted the event.",
     "United Nations Regional Center for Peace and Disarmament in Asia and the Pacific", "UNRCPD"),
    ("The UN Office for Disarmament Affairs opened the meeting.", "UN Office for Disarmament Affairs", "UNODA"),
    ("UNLIREC delivered the course.", "UNLIREC", "UNLIREC"),
    ("The Caribbean Community secretariat took part.", "Caribbean Community", "CARICOM"),
    ("CARICOM IMPACS presented its regional strategy.", "CARICOM IMPACS", "IMPACS"),
    ("The Wassenaar Arrangement gave a briefing on its control lists.", "Wassenaar Arrangement", None),
    ("INTERPOL presented its notices system.", "INTERPOL", "INTERPOL"),
    ("Researchers of the Stockholm International Peace Research Institute attended.",
     "Stockholm International Peace Research Institute", "SIPRI"),
    ("The Stimson Center moderated the panel.", "Stimson Center", None),
    ("VERTIC offered legislative assistance.", "VERTIC", "VERTIC"),
    ("The League of Arab States sent an observer.", "League of Arab States", "LAS"),
    ("The Economic Community of West African States (ECOWAS) co-chaired the session.",
     "Economic Community of West African States", "ECOWAS"),
    ("The Shanghai Cooperation Organisation sent an observer.", "Shanghai Cooperation Organisation", "SCO"),
    ("The Shanghai Cooperation Organization sent an observer.", "Shanghai Cooperation Organization", "SCO"),
    ("Officials of Itamaraty opened the roundtable.", "Itamaraty", None),
    ("The SRE hosted the conference in Guadalajara.", "SRE", "SRE"),
    ("BIMCO described the shipping industry's screening.", "BIMCO", None),
    ("The Korea International Trade Association (KITA) presented.", "Korea International Trade Association", "KITA"),
    ("The China Atomic Energy Authority led the exercise.", "China Atomic Energy Authority", "CAEA"),
    ("The Commonwealth Department of Foreign Affairs and Trade co-hosted the exercise.",
     "Commonwealth Department of Foreign Affairs and Trade", "DFAT"),
]


@pytest.mark.parametrize("sentence,surface,acronym", REGISTRY_ORGS)
def test_mentions_registry_organization_by_name_acronym_or_spelling(parse, sentence, surface, acronym):
    record = parse(sentence)
    org = org_by_surface(record, sentence, surface)
    assert org is not None, [o.text for o in record.mentions.organizations]
    if acronym is not None:
        assert org.acronym == acronym or acronym in org.name


@pytest.mark.parametrize(
    "sentence,surface,name",
    [
        ("The 1540 Committee held an open briefing.", "1540 Committee",
         "Security Council Committee established pursuant to resolution 1540 (2004)"),
        ("Members of the Group of Experts of the 1540 Committee gave presentations.",
         "Group of Experts of the 1540 Committee",
         "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"),
        ("The United Nations Security Council adopted the resolution.", "United Nations Security Council",
         "United Nations Security Council"),
        ("The UN Security Council adopted the resolution.", "UN Security Council", "United Nations Security Council"),
        ("The U.N. Security Council adopted the resolution.", "U.N. Security Council",
         "United Nations Security Council"),
        pytest.param("The United Nations organised a side event.", "United Nations", "United Nations"),
        pytest.param("The UN organised a side event.", "UN", "United Nations"),
        ("The UN will organise a side event.", "UN", "United Nations"),
    ],
)
def test_mentions_un_bodies_under_un_variants(parse, sentence, surface, name):
    record = parse(sentence)
    org = org_by_surface(record, sentence, surface)
    assert org is not None and org.name == name


@pytest.mark.parametrize(
    "sentence,later",
    [
        ("The Arab Atomic Energy Agency (AAEA) met in Tunis. Later the AAEA adopted its plan.", "AAEA"),
        ("The Caribbean Customs Law Enforcement Council (CCLEC) met. The CCLEC then adopted its plan.", "CCLEC"),
        ("The National Export Control Agency (NECA) was created in 2015. NECA now issues all licences.", "NECA"),
        ("The Strategic Goods Licensing Office (SGLO) met industry. SGLO answered questions on brokering.",
              "SGLO"),
    ],
)
def test_mentions_acronym_defined_then_used_bare(parse, sentence, later):
    record = parse(sentence)
    defined = sentence.index("(") - 1
    owner = next((o for o in record.mentions.organizations if o.span[1] == defined), None)
    assert owner is not None, [o.text for o in record.mentions.organizations]
    bare = sentence.rindex(later)
    assert (bare, bare + len(later)) in owner.spans


def test_mentions_a_ministry_name_many_States_use_is_no_one_States_body(parse):
    """Papua New Guinea's Department of Foreign Affairs and Trade is not Australia's."""
    record = parse("The workshop was hosted by the Government of Papua New Guinea through its Department of Foreign "
                   "Affairs and Trade.\n")
    assert "AUS" not in {o.country_code for o in record.mentions.organizations}


def test_mentions_an_acronym_the_note_defines_is_no_misspelling(parse):
    """"CNDC" is one letter from UNDC, but the note defines it for a body of its own."""
    record = parse("The seminar was organized with the Commission Nationale de D\u00e9sarmement du Cameroun (CNDC). "
                   "The CNDC thanked the participants.\n")
    assert "UNDC" not in {o.acronym for o in record.mentions.organizations}


def test_mentions_a_registry_acronym_the_note_defines_for_its_own_body_is_that_body(parse):
    """"RSS" is the registry's Regional Security System, but this note spells it out as the Royal
    Scientific Society: every "RSS" in it is the Society, which organized the workshop."""
    record = parse("The workshop was organised by the Royal Scientific Society (RSS) of Jordan in Amman on 3 May 2024. "
                   "The RSS thanked the participants.\n")
    assert "Regional Security System" not in {o.name for o in record.mentions.organizations}
    (society,) = [o for o in record.mentions.organizations if o.name == "Royal Scientific Society"]
    assert society.acronym == "RSS" and len(society.spans) == 3
    assert [(o.name, o.text) for o in record.organizers] == [("Royal Scientific Society", "Royal Scientific Society")]


def test_mentions_a_registry_name_ending_a_longer_name_its_acronym_spells_is_the_longer_body(parse):
    """"the Arab Institute for Security Studies (AISS)" is not the Institute for Security Studies (ISS)."""
    record = parse("The grant goes to the Arab Institute for Security Studies (AISS), Amman. AISS will report.\n")
    assert [(o.name, o.acronym) for o in record.mentions.organizations] == [
        ("Arab Institute for Security Studies", "AISS")]
    assert len(record.mentions.organizations[0].spans) == 3


def test_mentions_a_term_an_agreement_defines_for_a_body_stands_for_it(parse):
    record = parse('Agreement between Global Affairs Canada ("the Donor") and the Arab Institute for Security '
                   'Studies (AISS), Amman ("the Recipient").\n\nThe Recipient will organize the workshop in '
                   'cooperation with UNODA in Amman on 23-25 March 2026.\n')
    assert [o.name for o in record.organizers] == ["Arab Institute for Security Studies",
                                                   "United Nations Office for Disarmament Affairs"]
    assert record.organizers[0].text == "The Recipient"


def test_mentions_a_part_of_a_hyphenated_acronym_the_note_defines_is_no_misspelling(parse):
    """"(SSTC-ME)": SSTC is one letter from ISTC, but the note defines it."""
    record = parse("Project title: Strengthening Strategic Trade Controls in the Middle East (SSTC-ME)\n")
    assert "ISTC" not in {o.acronym for o in record.mentions.organizations}


@pytest.mark.parametrize("item", [
    "European Union Border Assistance Mission to the Republic of Moldova and Ukraine (EUBAM)",
    "European Union Border Assistance Mission to the\n      Republic of Moldova and Ukraine (EUBAM)2",
])
def test_mentions_a_registry_body_reworded_before_its_acronym_is_that_body(parse, item):
    """The registry has "… Mission to Moldova and Ukraine": another wording of its name, with its own
    acronym after it, is that body, not the EU and the governments of two States."""
    record = parse(f"Participants:\n  International organizations: IAEA; {item}; OSCE\n")
    names = [o.name for o in record.participants.organizations]
    assert "European Union Border Assistance Mission to Moldova and Ukraine" in names
    assert not {"European Union", "Government of Ukraine"} & set(names)


def test_mentions_a_registry_name_read_across_columns_is_not_reworded(parse):
    """A name broken by another column's cell ("Chemical / Chile / Weapons") is not read as one."""
    record = parse("States:       Organizations:  Organisation for the Prohibition of Chemical\n"
                   "   Chile                        Weapons (OPCW)\n")
    assert all("Chile" not in o.text for o in record.mentions.organizations)


def test_mentions_a_registry_acronym_after_its_own_name_stays_the_registrys(parse):
    record = parse("The workshop was organised by the Regional Security System (RSS) in Bridgetown on 3 May 2024.\n")
    assert [(o.name, o.acronym) for o in record.organizers] == [("Regional Security System", "RSS")]


@pytest.mark.parametrize(
    "sentence,misspelled,acronym",
    [
        ("Inspectors of the OPWC described declarations.", "OPWC", "OPCW"),
        ("The UNDOA organised the briefing.", "UNDOA", "UNODA"),
        ("The Caribbean Customs Law Enforcement Council (CCLEC) met. The CLCEC then adopted its plan.",
         "CLCEC", "CCLEC"),
        ("The National Export Control Agency (NECA) was created in 2015. NEAC now issues all licences.",
              "NEAC", "NECA"),
    ],
)
def test_mentions_acronym_misspelled_once_by_adjacent_swap(parse, sentence, misspelled, acronym):
    record = parse(sentence)
    at = sentence.index(misspelled)
    org = next((o for o in record.mentions.organizations if (at, at + len(misspelled)) in o.spans), None)
    assert org is not None
    assert org.acronym == acronym or any(sentence[a:b] == acronym for a, b in org.spans)


@pytest.mark.parametrize(
    "sentence,surface,name",
    [
        ("The OSCE Conflict Prevention Centre drafted the best-practice guide.", "OSCE Conflict Prevention Centre",
         "OSCE Conflict Prevention Centre"),
        ("The OSCE Centre in Ashgabat arranged the visit.", "OSCE Centre in Ashgabat", "OSCE Centre in Ashgabat"),
        ("The OSCE Office in Yerevan arranged the visit.", "OSCE Office in Yerevan", "OSCE Office in Yerevan"),
        ("The OPCW Technical Secretariat presented its assistance programme.", "OPCW Technical Secretariat",
         "Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons"),
        ("The UNODA Vienna Office coordinated the project.", "UNODA Vienna Office",
         "United Nations Office for Disarmament Affairs Vienna Office"),
    ],
)
def test_mentions_sub_body_keeps_its_own_name(parse, sentence, surface, name):
    record = parse(sentence)
    org = org_by_surface(record, sentence, surface)
    assert org is not None, [o.text for o in record.mentions.organizations]
    assert org.name == name


@pytest.mark.parametrize(
    "sentence,surface,acronym",
    [
        ("The FATF Secretariat briefed the participants.", "FATF Secretariat", "FATF"),
        ("Staff of the OAS General Secretariat attended.", "OAS General Secretariat", "OAS"),
        ("The IAEA Secretariat presented the guidance.", "IAEA Secretariat", "IAEA"),
        ("The ECCAS Commission presented the guidance.", "ECCAS Commission", "ECCAS"),  # its commission too
        ("Organizations: INTERPOL; SADC Secre-\n   tariat; UNODA", "SADC Secre-\n   tariat", "SADC"),  # broken at a line end
    ],
)
def test_mentions_a_known_bodys_secretariat_is_the_body(parse, sentence, surface, acronym):
    """A secretariat the registry has no entry for stands for its body, with the whole phrase as
    its text; a secretariat it knows keeps its own name (above: the OPCW Technical Secretariat)."""
    record = parse(sentence)
    org = org_by_surface(record, sentence, surface)
    assert org is not None, [o.text for o in record.mentions.organizations]
    assert org.acronym == acronym


@pytest.mark.parametrize(
    "sentence,surface,code",
    [
        ("Staff of the Ministry of Foreign Affairs of Belarus attended.", "Ministry of Foreign Affairs of Belarus",
         "BLR"),
        ("The Ministry of Trade of Indonesia briefed participants.", "Ministry of Trade of Indonesia", "IDN"),
        pytest.param("Belize's Customs and Excise Department presented its risk profiling.",
                     "Belize's Customs and Excise Department", "BLZ"),
        ("Kenya's National Police Service described border checks.", "Kenya's National Police Service", "KEN"),
        ("The Customs Service of Mongolia presented its risk profiling.", "Customs Service of Mongolia", "MNG"),
        ("The Federal Ministry of Foreign Affairs of Nigeria hosted it.", "Federal Ministry of Foreign Affairs of Nigeria",
         "NGA"),
        ("The Royal Ministry of Foreign Affairs of Norway funded it.", "Royal Ministry of Foreign Affairs of Norway", "NOR"),
    ],
)
def test_mentions_ministry_or_agency_of_a_state_is_a_government_body(parse, sentence, surface, code):
    record = parse(sentence)
    org = org_by_surface(record, sentence, surface)
    assert org is not None, [o.text for o in record.mentions.organizations]
    assert (org.kind, org.country_code) == ("government", code)


@pytest.mark.parametrize("text, name, kind, code", [
    ("the Slovenian Ministry of Foreign and European Affairs", "Ministry of Foreign and European Affairs of Slovenia",
     "government", "SVN"),
    ("the Australian Federal Police", "Australian Federal Police", "government", "AUS"),
    ("the Kazakh Ministry of Trade and Ex-\nport Development", "Ministry of Trade and Export Development of Kazakhstan",
     "government", "KAZ"),
    ("the Chilean Foreign Ministry", "Ministry of Foreign Affairs of Chile", "government", "CHL"),  # its formal name
    ("Chile's Foreign Ministry", "Ministry of Foreign Affairs of Chile", "government", "CHL"),
    ("the Foreign Ministry of Chile", "Ministry of Foreign Affairs of Chile", "government", "CHL"),
    ("the Hellenic Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Greece", "government", "GRC"),
])
def test_mentions_a_states_adjective_opening_a_state_bodys_name_says_its_state(parse, text, name, kind, code):
    org = parse(f"Officials of {text} spoke.").mentions.organizations[0]
    assert (org.name, org.kind, org.country_code) == (name, kind, code)


@pytest.mark.parametrize("text, name, kind, code", [
    ("Cameroon's Ministry of External Relations", "Ministry of External Relations of Cameroon", "government", "CMR"),
    ("Pakistan's National Assembly", "National Assembly of Pakistan", "other", "PAK"),
    ("Egypt's Al-Ahram Center for Political and Strategic Studies", "Al-Ahram Center for Political and Strategic Studies",
     "ngo", "EGY"),
    ("the Dominican Republic's Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Dominican Republic",
     "government", "DOM"),  # a State named with its article: the body's text starts at the name
])
def test_mentions_a_states_possessive_names_its_body_as_analysts_do(parse, text, name, kind, code):
    """The State that owns a body by its possessive ends a State body's name, as "of <State>" does;
    a think tank or university is named on its own. The text and span stay the note's."""
    org = parse(f"{text} spoke.").mentions.organizations[0]
    assert (org.name, org.kind, org.country_code) == (name, kind, code)
    assert org.text == text.removeprefix("the ")


@pytest.mark.parametrize(
    "sentence,surface,code",
    [
        ("The workshop was co-organized by the Ministerio de Relaciones Exteriores y Culto de Costa Rica.",
         "Ministerio de Relaciones Exteriores y Culto de Costa Rica", "CRI"),
        ("It was hosted by the Minist\u00e8re de l'Int\u00e9rieur de la C\u00f4te d'Ivoire.",
         "Minist\u00e8re de l'Int\u00e9rieur de la C\u00f4te d'Ivoire", "CIV"),
        ("It was organized by the Ministerio de Relaciones Exteriores, Comercio Internacional y Culto de Argentina.",
         "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto de Argentina", "ARG"),  # its portfolios
    ],
)
def test_mentions_a_ministry_named_in_spanish_or_french_is_its_states_government_body(parse, sentence, surface, code):
    record = parse(sentence + "\n")
    (body,) = [o for o in record.mentions.organizations if o.text == surface]
    assert (body.kind, body.country_code) == ("government", code)


@pytest.mark.parametrize("organizers, acronym, name, code", [
    ("the IAEA and the Radiation Protection Authority\n   (RPA) of Zambia", "RPA",
     "Radiation Protection Authority of Zambia", "ZMB"),
    ("WCO and the Direction g\u00e9n\u00e9rale des\n   douanes (General Directorate of Customs, DGD) of the Republic "
     "of Guinea", "DGD", "General Directorate of Customs of the Republic of Guinea", "GIN"),  # its English name in
    # brackets, its acronym after a comma
    ("UNLIREC, jointly with the Directorate General of\n   Customs (Direcci\u00f3n General de Aduanas, DGA) of the "
     "Dominican Republic", "DGA", "Directorate General of Customs of the Dominican Republic", "DOM"),  # its own
    # language's name before its acronym
])
def test_mentions_a_state_body_named_before_its_acronym_and_of_its_state_is_that_states(parse, organizers, acronym,
                                                                                        name, code):
    record = parse(f"Organizers: {organizers}\n")
    body = next(o for o in record.mentions.organizations if o.acronym == acronym)
    assert (body.name, body.country_code, body.kind) == (name, code, "government")


@pytest.mark.parametrize("sentence, surface", [
    ("Organized by: Ministry of Foreign Affairs of the Republic of Korea and the Henry L.\nStimson Center",
     "Ministry of Foreign Affairs of the Republic of Korea"),
    ("Opened by the State Service for Export Control of Ukraine and the Head of the OSCE FSC Support Section.",
     "State Service for Export Control of Ukraine"),
])
def test_mentions_and_after_a_bodys_state_with_no_head_after_it_ends_the_name(parse, sentence, surface):
    assert surface in [o.text for o in parse(sentence + "\n").mentions.organizations]


@pytest.mark.parametrize(
    "sentence,surface",
    [
        ("The Caspian Institute for Strategic Trade Studies presented a survey.",
         "Caspian Institute for Strategic Trade Studies"),
        ("The National Nuclear Regulatory Authority described its inspections.", "National Nuclear Regulatory Authority"),
        ("A representative of the Andean Border Police Academy spoke.", "Andean Border Police Academy"),
        ("The Pacific Strategic Trade Network hosted a dinner.", "Pacific Strategic Trade Network"),
        ("The Directorate General of Foreign Economic Relations co-hosted.", "Directorate General of Foreign Economic Relations"),
        ("The Ministry of Trade's Export Control and Related Border Security Program trained officers.",
         "Ministry of Trade"),  # a possessive: the body owns what follows
        ("The Ministry of the People's Power for Foreign Affairs of Venezuela hosted.",
         "Ministry of the People's Power for Foreign Affairs of Venezuela"),  # a group's possessive is the name's
        ("The Ministry of Women\u2019s Affairs of Nepal hosted.", "Ministry of Women\u2019s Affairs of Nepal"),
        ("The National Superintendence of Customs and Tax Administration of Peru (SUNAT) hosted.",
         "National Superintendence of Customs and Tax Administration of Peru"),  # a superintendence heads it
        ("The roundtable met at the Kenya School of Government.", "Kenya School of Government"),
        ("Officers of the National Defence College attended.", "National Defence College"),
        ("Two lecturers of the University of Dar es Salaam attended.", "University of Dar es Salaam"),
        ("A team from the Universidad Nacional Aut\u00f3noma de Honduras attended.",
         "Universidad Nacional Aut\u00f3noma de Honduras"),
        ("Students of the Universidade Nacional Timor Lorosa'e attended.", "Universidade Nacional Timor Lorosa'e"),
        ("- The Anton de Kom University presented an inventory.", "Anton de Kom University"),
        ("It was organized with the DTI Agusan del Sur Provincial Office.", "DTI Agusan del Sur Provincial Office"),
        ("The Davao del Norte Chamber of Commerce and Industry attended.",
         "Davao del Norte Chamber of Commerce and Industry"),  # a province's particle, before its head noun
        ("It was hosted by the National Commission to Combat the Proliferation of Small Arms and Light Weapons.",
         "National Commission to Combat the Proliferation of Small Arms and Light Weapons"),  # its verb's object
        ("Officials of the Ghana-C\u00f4te d'Ivoire Joint Commission attended.",
         "Ghana-C\u00f4te d'Ivoire Joint Commission"),  # an elided particle
    ],
)
def test_mentions_unknown_organization_found_by_pattern_keeps_its_text(parse, sentence, surface):
    record = parse(sentence)
    org = org_by_surface(record, sentence, surface)
    assert org is not None, [o.text for o in record.mentions.organizations]
    assert org.name == surface


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("The Ministry of Foreign Affairs and Regional Integra-\n   tion of Ghana hosted it.",
         "Ministry of Foreign Affairs and Regional Integration of Ghana"),
        ("The Caspian Institute for Strategic Trade Stu-\ndies hosted it and studies trade.",
         "Caspian Institute for Strategic Trade Studies"),
        ("The Caspian Dual-\nUse Trade Institute hosted it.", "Caspian Dual-Use Trade Institute"),
        ("The Caspian Oﬃce for Strategic Trade hosted it.", "Caspian Office for Strategic Trade"),
        ("The United Nations Oﬃce on Drugs and Crime hosted it.", "United Nations Office on Drugs and Crime"),
    ],
    ids=["word-ending-after-the-break", "word-the-note-repeats", "capital-after-the-break-keeps-its-hyphen",
         "ligature-in-an-unknown-name", "ligature-in-a-registry-name"],
)
def test_mentions_body_name_mended_as_the_view_reads_it(parse, sentence, name):
    """A line-end hyphen or a PDF ligature inside a body's name: its name is as the view reads it."""
    assert [o.name for o in parse(sentence).mentions.organizations] == [name]


@pytest.mark.parametrize(
    "sentence,names",
    [
        ("The Ministry of Investment, Trade and Industry of Malaysia sent experts.",
         ["Ministry of Investment, Trade and Industry of Malaysia"]),
        ("Officers of the Ministry of Industry, Trade and Supply spoke.", ["Ministry of Industry, Trade and Supply"]),
        ("The Caspian Centre for Peace, Disarmament, Security and Development presented.",
         ["Caspian Centre for Peace, Disarmament, Security and Development"]),
        ("The Ministry of Foreign Affairs, Ghana and Kenya sent experts.", ["Ministry of Foreign Affairs"]),
        ("The Caspian Institute for Trade, UNODA and UNRCPD spoke.",
         ["Caspian Institute for Trade", "United Nations Office for Disarmament Affairs",
          "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"]),
        ("The Ministry of Trade, Sudan and the WCO spoke.", ["Ministry of Trade", "World Customs Organization"]),
        ("The Ministry of Foreign Affairs, National Community Abroad and African Affairs of Algeria spoke.",
         ["Ministry of Foreign Affairs, National Community Abroad and African Affairs of Algeria"]),
    ],
    ids=["portfolios-then-state", "portfolios", "four-portfolios", "states-listed-after", "bodies-listed-after",
         "state-then-and-the", "three-word-portfolios"],
)
def test_mentions_a_names_list_of_portfolios_keeps_its_commas(parse, sentence, names):
    """"Ministry of Investment, Trade and Industry": a list that "and" ends is the name's, unless a
    State or a known body is an item of it — then the list is of parties, and the name ends at its comma."""
    assert [o.name for o in parse(sentence).mentions.organizations] == names


@pytest.mark.parametrize(
    "sentence,names",
    [
        ("Officers of the General Authority for Border Protection and the Customs General Administration of Mongolia "
         "spoke.", ["General Authority for Border Protection", "Customs General Administration of Mongolia"]),
        ("The Ministry of Foreign Affairs and the Ministry of Defence of Chile sent experts.",
         ["Ministry of Foreign Affairs of Chile", "Ministry of Defence of Chile"]),  # the State both ministries'
        ("It was organized by the Ministry of Trade and the Ministry of Foreign Affairs of the Republic of Türkiye.",
         ["Ministry of Trade of Türkiye", "Ministry of Foreign Affairs of the Republic of Türkiye"]),
        ("The Ministry of External Affairs and the Ministry of Home Affairs, Government of India, organized it.",
         ["Ministry of External Affairs of India", "Ministry of Home Affairs of India"]),
        ("The Institute for Science and International Security presented.", ["Institute for Science and International Security"]),
        ("The Director General of the Andean Border Police Academy spoke.", ["Andean Border Police Academy"]),
        ("Researchers from Egypt's Al-Ahram Center for Political and Strategic Studies and Egypt's Ministry of Foreign "
         "Affairs, Emigration and Egyptian Expatriates spoke.", ["Al-Ahram Center for Political and Strategic Studies",
                                                                 "Ministry of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt"]),
        ("The round table was organized by the African Union Commission and Algeria's Ministry of Foreign Affairs.",
         ["African Union Commission", "Ministry of Foreign Affairs of Algeria"]),  # a State's possessive after "and"
        ("It was organized by the Ministry of Foreign Affairs of Japan and Asahikawa Medical University.",
         ["Ministry of Foreign Affairs of Japan", "Asahikawa Medical University"]),  # a name that ends with its State
        ("It was held with the cooperation of Fukushima Prefecture and Fukushima Medical University.",
         ["Fukushima Medical University"]),  # a province, which ends no body's name
    ],
)
def test_mentions_two_bodies_joined_by_and_the_are_two(parse, sentence, names):
    """"X of A and the Y of B" names two bodies when both sides have a head noun; "General" opens a
    body's name unless it follows a title ("Director General")."""
    assert [o.name for o in parse(sentence).mentions.organizations] == names


@pytest.mark.parametrize(
    "text",
    [
        "Background\n\nThe event followed earlier national consultations.\n",
        "Objectives of the Workshop\n\nTo raise awareness of export controls.\n",
        xfail("Strengthening Customs\n\nThe session looked at risk management.\n",
              reason="the heading 'Strengthening Customs' becomes an organization (gerund + head noun)"),
        "Key Outcomes and Next Steps\n\nParticipants agreed on a roadmap.\n",
        "Session III: Licensing Procedures\n\nThe session looked at licensing.\n",
        "Head of Delegation remarks were delivered in the morning.\n",
        "The International Summer School on Export Controls opened in Vienna.\n",
    ],
)
def test_mentions_headings_and_fragments_are_not_organizations(parse, text):
    record = parse(text)
    assert [o.text for o in record.mentions.organizations] == []


@pytest.mark.parametrize("label", ["Civil Society", "Civil Society Organizations", "International Organizations",
                                   "Academia"])
def test_mentions_header_labels_are_not_organizations(parse, label):
    text = ("Event: Workshop on Export Controls\nDate and Venue: 3 May 2019, Lima, Peru\n"
            f"Participating States: Chile, Peru\n{label}: Stimson Center\n\nHighlights\n\nThe talks went well.\n")
    assert [o.text for o in parse(text).mentions.organizations] == ["Stimson Center"]


# --- Fast paths give the same answers as the plain patterns -------------------------------------

_PHRASE_PIECES = st.sampled_from([
    "Ministry", "Ministries", "Centre", "Forces", "Force", "Unit", "United", "Nations", "Office", "Customs",
    "Civil", "Defence", "of", "for", "the", "and", "& ", "U.S.", "St.", "O'Neil", "Viet-Nam", "Élysée",
    "customs", "ministry", " ", " ", " ", ", ", ". ", "\n", "(", ")", "1", "²", "-", "'", "\u2019",
    "to", "Combat", "d'", "Ivoire",
])


@given(st.tuples(st.sampled_from([" ", ""]), st.lists(st.one_of(_PHRASE_PIECES, st.text(max_size=4)), max_size=40))
       .map(lambda sep_words: sep_words[0].join(sep_words[1])))
@settings(max_examples=400, deadline=None)
@example("U.S.Ministry Ministry")  # the "." before the head: the wall search must see the letter after it
def test_mentions_org_phrase_matches_equal_the_plain_scan(text):
    from noteparse.mentions import ORG_PHRASE_RE, org_phrase_matches

    assert [m.span() for m in org_phrase_matches(text)] == [m.span() for m in ORG_PHRASE_RE.finditer(text)]


def test_mentions_flag_emojis_are_states_and_regulators_from_them_take_part(parse):
    post = ("Office of Atoms for Peace \U0001F1F9\U0001F1ED \u00b7 Jun 5, 2023\n1/7 Today in #Bangkok we opened a regional "
            "table-top exercise.\n\n2/7 Welcome to the regulators from \U0001F1E7\U0001F1F3\U0001F1F0\U0001F1ED"
            "\U0001F1EE\U0001F1E9! \U0001F1FD\U0001F1FD is no flag.\n")
    record = parse(post)
    assert state_codes(record) == {"THA", "BRN", "KHM", "IDN"}
    assert {s.code for s in record.participants.states} >= {"BRN", "KHM", "IDN"}
    assert all(post[a:b] == s.text for s in record.mentions.states for a, b in [s.span])


@pytest.mark.parametrize("name, kind", [("Mediterranean Academy of Diplomatic Studies", "academic"),
                                        ("Mongolian Academy of Sciences", "academic"),
                                        ("National Customs Academy", "other")])
def test_mentions_an_academy_of_studies_or_sciences_is_academic(parse, name, kind):
    record = parse(f"Experts of the {name} took part in the roundtable.\n")
    assert [(o.name, o.kind) for o in record.mentions.organizations] == [(name, kind)]


def test_mentions_a_handle_that_opens_with_a_bodys_acronym_names_it(parse):
    """"@UNREC_Africa", "@IAEAorg", "@OPCW": a post names a body by its handle, the whole handle;
    "@MOFALiberia" and "@UnivLiberia" open with no acronym the registry knows."""
    record = parse("Our colleagues from @UNREC_Africa joined. Thanks @IAEAorg, @OPCW, @MOFALiberia and @UnivLiberia!\n")
    assert [(o.acronym, o.text) for o in record.mentions.organizations] == [
        ("UNREC", "@UNREC_Africa"), ("IAEA", "@IAEAorg"), ("OPCW", "@OPCW")]


def test_mentions_a_ministry_of_a_state_is_named_as_the_view_reads_a_word_broken_at_a_line_end(parse):
    """"Ministry of Foreign Affairs of the Re-\n  public of Armenia": "Republic", not "Re- public"."""
    record = parse("Information Note\n\nOrganizer:  OSCE, in co-operation with the Ministry of Foreign Affairs of the Re-\n"
                   "            public of Armenia\nDate/Venue: 10-14 June 2024 / Gyumri, Armenia\n")
    ministry = next(o for o in record.organizers if o.kind == "government")
    assert ministry.name == "Ministry of Foreign Affairs of the Republic of Armenia"
    assert ministry.text.endswith("Re-\n            public of Armenia")


def test_mentions_a_ministry_of_a_state_is_named_without_the_pdfs_ligatures(parse):
    """"Ministry of Foreign Aﬀairs of Portugal" (a PDF's "ﬀ" glyph): the name is written out, the
    text keeps the glyph."""
    record = parse("The course was organised by the Ministry of Foreign A\ufb00airs of Portugal in Lisbon on 17-21 "
                   "November 2025.\n")
    (ministry,) = record.organizers
    assert ministry.name == "Ministry of Foreign Affairs of Portugal"
    assert ministry.text == "Ministry of Foreign A\ufb00airs of Portugal"


def test_mentions_a_state_in_a_regions_name_is_no_state(parse):
    record = parse("The Lake Chad Basin Commission (LCBC) and the Gulf of Guinea Commission (GGC) met in Lomé.\n")
    assert [s.code for s in record.mentions.states] == []
    assert [(o.name, o.acronym, o.country_code) for o in record.mentions.organizations] == [
        ("Lake Chad Basin Commission", "LCBC", None), ("Gulf of Guinea Commission", "GGC", None)]


@pytest.mark.parametrize("water", ["the River Niger", "the Niger Delta", "the Congo River", "the River Gambia",
                                   "the Senegal River valley", "the Gulf of Mexico", "Lake Chad"])
def test_mentions_a_state_in_a_rivers_or_a_gulfs_name_is_no_state(parse, water):
    """A river, delta, gulf or lake named after a State names a place, not the State: trade along
    "the River Niger" is no sign that Niger took part."""
    record = parse(f"Customs officers from Ghana met in Accra on 4 June 2025 to discuss trade along {water}.\n")
    assert [s.code for s in record.mentions.states] == ["GHA"]


def test_mentions_a_sub_body_in_a_bracket_after_its_parent(parse):
    record = parse("International organizations: 1540 Committee (Chair and Group of Experts); UNODA\n\n"
                   "A Group of Experts (GGE) on cyber met elsewhere (Group of Experts).\n")
    names = [o.name for o in record.mentions.organizations]
    assert "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)" in names
    grounded = [o for o in record.mentions.organizations if o.name.startswith("Group of Experts of the Security")][0]
    assert grounded.spans == [(55, 71)]  # not "(Group of Experts)" after "elsewhere"


def test_mentions_a_sub_body_wrapped_in_a_bracket_while_another_is_whole(parse):
    """One sub-body's name whole in a note ("its Technical Secretariat") does not hide another's wrapped at a
    line's end ("the Group of\nExperts")."""
    record = parse("International organizations: OPCW (its Technical Secretariat); 1540 Committee (one member of "
                   "the Group of\nExperts)\n")
    names = [o.name for o in record.mentions.organizations]
    assert "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)" in names


@pytest.mark.parametrize("text, expected", [
    ("The event is co-organized by the Permanent Mission of Kazakhstan to the United Nations and UNODA.",
     ("Permanent Mission of Kazakhstan to the United Nations", "government", "KAZ")),
    ("A note verbale came from the Permanent Mission of Ghana to the United Nations Office at Geneva.",
     ("Permanent Mission of Ghana to the United Nations Office at Geneva", "government", "GHA")),
    ("The event is co-organized by the Permanent Mission of Kazakhstan and UNODA.",
     ("Permanent Mission of Kazakhstan", "government", "KAZ")),
])
def test_mentions_a_states_permanent_mission_is_its_body_not_the_un(parse, text, expected):
    record = parse(text + "\n")
    first = record.mentions.organizations[0]
    assert (first.name, first.kind, first.country_code) == expected
    assert "United Nations" not in [o.name for o in record.mentions.organizations]


@pytest.mark.parametrize("tag, kind, name", [
    ("#PortMoresby", "places", "Port Moresby"),
    ("#SaintLucia", "states", "Saint Lucia"),
    ("@StimsonCenter", "organizations", "Stimson Center"),
    ("@BWC_ISU", "organizations", "Biological Weapons Convention Implementation Support Unit"),
])
def test_mentions_a_hashtag_or_handle_of_two_words_names_what_it_spells(parse, tag, kind, name):
    record = parse(f"Great week with colleagues {tag} working on export controls.\n")
    found = [(m.text, m.name) for m in getattr(record.mentions, kind)]
    assert (tag, name) in found


def test_mentions_an_email_address_is_no_handle(parse):
    record = parse("Write to stimson.center@StimsonCenter.org for the slides.\n")
    assert "Stimson Center" not in [o.name for o in record.mentions.organizations]


def test_mentions_a_states_possessive_after_and_opens_a_name_of_its_own(parse):
    record = parse("This week UNRCPD and Cambodia's National Authority for the Prohibition of Chemical, Nuclear, "
                   "Biological and Radiological Weapons (NACW) brought together officials.\n")
    assert [(o.acronym, o.name) for o in record.mentions.organizations] == [
        ("UNRCPD", "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"),
        ("NACW", "National Authority for the Prohibition of Chemical, Nuclear, Biological and Radiological Weapons "
                 "of Cambodia")]


@pytest.mark.parametrize("text, expected", [
    ("REF: UNSC 1540 COMMITTEE VISIT TO NIGERIA", "Security Council Committee established pursuant to resolution 1540 (2004)"),
    ("THE ECOWAS COMMISSION ALSO ATTENDED.", "ECOWAS Commission"),
])
def test_mentions_a_short_name_in_capitals_is_the_body(parse, text, expected):
    record = parse(text + "\n")
    assert expected in [o.name for o in record.mentions.organizations]


@pytest.mark.parametrize("text, phrase, expected", [
    ("UNODA and the UN Regional Centre in Lome (UNREC) took part.", "UN Regional Centre in Lome",
     "United Nations Regional Centre for Peace and Disarmament in Africa"),
    ("The Royal Scientific Society (RSS) took part.", "Royal Scientific Society",
     "Royal Scientific Society"),  # shares no words with the registry's Regional Security System
])
def test_mentions_a_phrase_that_defines_a_registry_acronym_is_that_body_if_it_shares_its_words(parse, text, phrase,
                                                                                                expected):
    record = parse(text + "\n")
    assert [o.name for o in record.mentions.organizations if o.text == phrase] == [expected]


@pytest.mark.parametrize("text, phrase, expected", [
    ("3. UNODA AND THE UN REGIONAL CENTRE IN LOME (UNREC) TOOK PART THROUGHOUT.", "UN REGIONAL CENTRE IN LOME",
     ["United Nations Regional Centre for Peace and Disarmament in Africa"]),
    ("THE NATIONAL WORKSHOP (UNREC) WAS HELD.", "NATIONAL WORKSHOP", []),  # shares no two words with UNREC's name
])
def test_mentions_a_name_in_capitals_that_defines_a_registry_acronym_is_that_body(parse, text, phrase, expected):
    record = parse(text + "\n")
    assert [o.name for o in record.mentions.organizations if o.text == phrase] == expected


def test_mentions_a_word_amid_capitals_is_no_misspelt_acronym(parse):
    record = parse("NIGERIA ASKED FOR SUPPORT IN THE LAKE CHAD BASIN AND ON THIS BASIS WE AGREED. The OPWC took part.\n")
    assert [o.acronym for o in record.mentions.organizations] == ["OPCW"]


def test_mentions_an_acronym_before_programme_is_no_misspelt_body(parse):
    """"STCE Programme" is the WCO's Strategic Trade Control Enforcement programme, not the STCU."""
    record = parse("Speaker: Regional STCE Programme Manager, World Customs Organization (WCO)\n")
    assert [o.acronym for o in record.mentions.organizations] == ["WCO"]


def test_mentions_a_scripts_words_in_capitals_are_no_acronyms(parse):
    """"B-ROLL: CITE DE LA DEMOCRATIE" is no CITS; "WHO CALLS WHOM" no World Health Organization."""
    record = parse("[VO -- B-ROLL: CITE DE LA DEMOCRATIE EXTERIOR]\n\"WHAT WE ARE LEARNING HERE IS WHO CALLS "
                   "WHOM.\"\nEXPERTS FROM INTERPOL ARE ADVISING THE TEAMS.\n")
    assert [o.acronym for o in record.mentions.organizations] == ["INTERPOL"]


@pytest.mark.parametrize("text, expected", [
    ("the Committee of the UN Security Council established pursuant to resolution 1540",
     "Security Council Committee established pursuant to resolution 1540 (2004)"),
    ("the Group of Experts of the Committee of the Security Council established pursuant to resolution 1540 (2004)",
     "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"),
])
def test_mentions_the_1540_committee_as_a_translation_words_it(parse, text, expected):
    record = parse(f"Taking part were representatives of {text}.\n")
    assert [o.name for o in record.mentions.organizations] == [expected]


def test_mentions_the_committee_is_the_committee_not_its_group_of_experts_named_just_before(parse):
    text = ("Rwanda invited the Chair of the Committee of the United Nations Security Council established pursuant to "
            "resolution 1540 (2004). Experts of the Group of Experts of the Committee came. The Committee thanked Kenya.\n")
    committee = next(o for o in parse(text).mentions.organizations if o.name.startswith("Security Council Committee"))
    assert [text[a:b] for a, b in committee.spans][-1] == "Committee"


@pytest.mark.parametrize("text, expected", [
    ("the Ministry of Foreign Affairs and DIRECTEMAR, the maritime authority", "Ministry of Foreign Affairs"),
    ("the Ministry of Science and ICT", "Ministry of Science and ICT"),  # a word too short for a body's acronym
])
def test_mentions_a_ministry_and_a_body_by_its_acronym_are_two(parse, text, expected):
    record = parse(f"The course was organized by {text}.\n")
    assert [o.name for o in record.mentions.organizations] == [expected]


def test_mentions_a_legal_texts_said_committee_is_the_committee_named_before(parse):
    text = ("A delegation of the Security Council Committee established pursuant to resolution 1540 (2004), comprising "
            "representatives of the Hellenic Republic, visited Sri Lanka; the visit, organized by the Government of Sri "
            "Lanka in cooperation with the said Committee, comprised consultations.\n")
    (committee,) = parse(text).mentions.organizations
    assert [text[a:b] for a, b in committee.spans] == [
        "Security Council Committee established pursuant to resolution 1540 (2004)", "Committee"]


def test_mentions_stimson_alone_is_the_stimson_center(parse):
    record = parse("I was there for Stimson, presenting and running the final-day simulation.\n")
    assert [o.name for o in record.mentions.organizations] == ["Stimson Center"]


@pytest.mark.parametrize("text", [
    "UNDP South Eastern and Eastern Europe Clearinghouse for the Control of Small Arms and Light Weapons (SEESAC)",
    "SEESAC",
])
def test_mentions_seesac_is_one_body_with_or_without_undp_before_its_name(parse, text):
    record = parse(f"Experts of {text} took part.\n")
    assert [o.acronym for o in record.mentions.organizations] == ["SEESAC"]


def test_mentions_a_handle_before_a_registry_acronym_in_brackets_is_that_body(parse):
    text = "Supported by @UN_Disarmament (UNODA).\n"
    (unoda,) = parse(text).mentions.organizations
    assert [text[a:b] for a, b in unoda.spans] == ["@UN_Disarmament", "UNODA"]


def test_mentions_south_africas_dirco_is_the_registry_body(parse):
    record = parse("The workshop was organised by UNODA and South Africa's Department of International Relations and "
                   "Cooperation.\n")
    assert [(o.name, o.acronym, o.country_code) for o in record.organizers][1:] == [
        ("Department of International Relations and Cooperation", "DIRCO", "ZAF")]


@pytest.mark.parametrize("line, expected", [
    ("OPCW Office of Legal Affairs; IAEA Office of Legal Affairs",
     ["Organisation for the Prohibition of Chemical Weapons", "International Atomic Energy Agency"]),
    ("UNODA Regional Centre for Peace and Disarmament in Asia and the Pacific (UNRCPD)",  # the UN's own centre
     ["United Nations Office for Disarmament Affairs",
      "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"]),
    ("1540 Committee: Group of Experts",
     ["Security Council Committee established pursuant to resolution 1540 (2004)",
      "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"]),    ("1540 Comm.:  two experts of the Group\n               of Experts participated",  # abbreviated, the name wrapped
     ["Security Council Committee established pursuant to resolution 1540 (2004)",
      "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"]),
])
def test_mentions_an_office_or_group_named_after_its_body(parse, line, expected):
    record = parse("Participants:\n" + line + "\n")
    assert [o.name for o in record.mentions.organizations] == expected


@pytest.mark.parametrize("unit", [
    "INTERPOL's CBRNE and Vulnerable Targets Sub-Directorate",
    "the INTERPOL Counter-Terrorism Directorate",
    "INTERPOL\u2019s Bioterrorism Prevention Unit",
])
def test_mentions_a_unit_named_after_its_body_is_the_body(parse, unit):
    record = parse(f"The exercise was organized by {unit} in Amman on 12 November 2025.\n")
    assert [o.acronym for o in record.mentions.organizations] == ["INTERPOL"]
    assert [o.acronym for o in record.organizers] == ["INTERPOL"]


def test_mentions_a_registry_unit_after_its_bodys_possessive_stays_the_unit(parse):
    record = parse("The IAEA's Division of Nuclear Security in Vienna shared its guidance.\n")
    assert [o.name for o in record.mentions.organizations] == ["International Atomic Energy Agency",
                                                               "Division of Nuclear Security"]
    assert [p.name for p in record.mentions.places] == ["Vienna"]


def test_mentions_a_masthead_in_capitals_is_its_body_not_a_phrase_with_the_line_below(parse):
    record = parse("ORGANISATION FOR THE PROHIBITION OF CHEMICAL WEAPONS\nInternational Cooperation and Assistance "
                   "Division \u2013 Implementation Support Branch\n\nBACK-TO-OFFICE REPORT\n")
    assert [o.acronym for o in record.mentions.organizations] == ["OPCW"]


def test_mentions_a_phrase_stops_at_a_tables_column_gap(parse):
    """The view makes a column's run of spaces one space; the phrase is the cell that holds its
    head noun, not the person, the country and the codes beside it. A wrapped line's indent is no gap."""
    record = parse("No.   Name                 Organisation                               Country      Cat.\n"
                   "0014  Dr Katrin WEBER      Federal Office for Economic Affairs        Germany      DEL   P S2\n"
                   "0015  Mr Stefan ALBRECHT   Ministry of Foreign Affairs, Emigration    Egypt        DEL\n"
                   "                           and Egyptian Expatriates\n")
    names = [o.name for o in record.mentions.organizations]
    assert "Federal Office for Economic Affairs" in names
    assert not any("WEBER" in n or "DEL" in n or "Name" in n for n in names)


def test_mentions_new_zealand_as_notes_shorten_it(parse):
    record = parse("Ptcp: Fiji, NZ, Samoa. Mexico's and NZ's presentations were useful; prices in NZ$ and nz.\n")
    assert [(s.code, len(s.spans)) for s in record.mentions.states] == [("FJI", 1), ("NZL", 2), ("WSM", 1), ("MEX", 1)]


def test_mentions_no_phrase_starts_inside_a_registry_name(parse):
    record = parse("Information Note\n\nEvent: Visit of the 1540 Committee to Sweden\n")
    assert "Committee to Sweden" not in [o.name for o in record.mentions.organizations]


def test_mentions_a_head_noun_alone_and_where_it_went_is_no_name(parse):
    record = parse("The visit of the Committee to the Kyrgyz Republic took place in Bishkek. The Permanent Mission "
                   "of Kenya to the United Nations attended.\n")
    names = [o.name for o in record.mentions.organizations]
    assert "Committee to the Kyrgyz Republic" not in names
    assert "Permanent Mission of Kenya to the United Nations" in names


def test_mentions_the_group_supporting_the_committee_is_its_group_of_experts(parse):
    record = parse("Delegations from Albania and Serbia attended, with an expert from the group supporting the 1540 "
                   "Committee joining the discussions throughout.\n")
    assert [o.name for o in record.mentions.organizations] == [
        "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"]


def test_mentions_a_fact_sheets_who_label_is_no_world_health_organization(parse):
    sheet = parse("FACT SHEET\n\nWHAT\nA visit by the 1540 Committee.\n\nWHEN\n30 September 2025\n\nWHO\n- Host: the "
                  "Government of Azerbaijan\n")
    assert "World Health Organization" not in [o.name for o in sheet.mentions.organizations]
    story = parse("Experts from the\nWHO\nand the IAEA attended.\n")  # no question labels: the body
    assert "World Health Organization" in [o.name for o in story.mentions.organizations]


@pytest.mark.parametrize("name", [
    "Customs Service under the Government of the Republic of Tajikistan",
    "Agency for Strategic Trade under the President of the Republic of Uzbekistan",
])
def test_mentions_a_body_under_a_government_or_president_is_one_name(parse, name):
    text = f"The {name} hosted the course in Dushanbe on 3 June 2025.\n"
    record = parse(text)
    assert name in [o.name for o in record.mentions.organizations]
    assert [o.name for o in record.organizers] == [name]


@pytest.mark.parametrize("sentence, names", [
    ("Thanks to the IAEA and Makerere University for the case studies.",
     ["International Atomic Energy Agency", "Makerere University"]),
    ("Thanks to VERTIC and Makerere University.",
     ["Verification Research, Training and Information Centre", "Makerere University"]),
])
def test_mentions_a_known_body_and_a_title_case_name_after_it_are_two(parse, sentence, names):
    assert [o.name for o in parse(sentence + "\n").mentions.organizations] == names


@pytest.mark.parametrize("tail, name", [
    ("and the French agricultural research centre took part", "Ministry for Europe and Foreign Affairs of France"),
    ("and Cooperation hosted it", "French Ministry for Europe and Foreign Affairs and Cooperation"),
])
def test_mentions_a_known_name_then_and_the_adjective_of_the_next_body_is_the_known_body(parse, tail, name):
    """"… Affairs and the French agricultural research centre": "the French" opens the next body, which goes on
    in lower case; "… Affairs and Cooperation" goes on with the name."""
    record = parse(f"The conference was organised by the French Ministry for Europe and Foreign Affairs {tail}.\n")
    assert [o.name for o in record.mentions.organizations][:1] == [name]


def test_mentions_a_speaker_named_after_a_state_opening_a_programmes_line_is_no_state(parse):
    record = parse("Speakers:\n  Jordan Hale \u2014 Senior Fellow, Stimson Center\n  Chad \u2014 Ministry of Foreign Affairs\n"
                   "Delegates from Jordan attended.\n")
    assert [s.code for s in record.mentions.states] == ["TCD", "JOR"]
    assert [s.text for s in record.mentions.states] == ["Chad", "Jordan"]


@pytest.mark.parametrize(
    "sentence,name,acronym,code",
    [
        ("The course was co-organized with the Agence Marocaine de S\u00fbret\u00e9 et de S\u00e9curit\u00e9 "
         "Nucl\u00e9aires et Radiologiques (AMSSNuR).",
         "Agence Marocaine de S\u00fbret\u00e9 et de S\u00e9curit\u00e9 Nucl\u00e9aires et Radiologiques", "AMSSNuR", None),
        ("The Comisi\u00f3n Nacional de Energ\u00eda At\u00f3mica (CNEA) hosted a visit.",
         "Comisi\u00f3n Nacional de Energ\u00eda At\u00f3mica", "CNEA", None),
        ("Organizers: UNLIREC; Secretar\u00eda de Relaciones Exteriores y Cooperaci\u00f3n Internacional (SRECI) "
         "of the Republic of Honduras",
         "Secretar\u00eda de Relaciones Exteriores y Cooperaci\u00f3n Internacional of the Republic of Honduras", "SRECI", "HND"),
        ("ORGANIZERS :  WCO; host: Direction G\u00e9n\u00e9rale des Douanes et Accises (DGDA) of the Democratic "
         "Republic of\nthe Congo",
         "Direction G\u00e9n\u00e9rale des Douanes et Accises of the Democratic Republic of the Congo", "DGDA", "COD"),
        ("Organizer(s)        OAS/CICTE, jointly with the Direcci\u00f3n General Mar\u00edtima (DIMAR) of\n"
         "                    Colombia",
         "Direcci\u00f3n General Mar\u00edtima of Colombia", "DIMAR", "COL"),
        ("  o Civil society        Red Andina de Seguridad Qu\u00edmica (RASQ), Lima",
         "Red Andina de Seguridad Qu\u00edmica", "RASQ", None),
        ("Experts of the Instituto Peruano de Energ\u00eda Nuclear (IPEN) spoke.",
         "Instituto Peruano de Energ\u00eda Nuclear", "IPEN", None),
        ("The C\u00e1mara de Comercio de Lima (CCL) and the Minist\u00e9rio da Defesa (MD) took part.",
         "Minist\u00e9rio da Defesa", "MD", None),
        ("Organizer(s): the IAEA, and\nthe Ag\u00eancia Nacional de Energia At\u00f3-\nmica (ANEA) of Mozambique",
         "Ag\u00eancia Nacional de Energia At\u00f3mica of Mozambique", "ANEA", "MOZ"),
    ],
    ids=["french-with-a-lower-case-letter-in-its-acronym", "spanish", "of-a-state-after-its-acronym",
         "a-particle-that-starts-as-another-does", "an-acronym-of-syllables-and-of-after-a-wrapped-line",
         "a-network", "an-institute-in-spanish", "a-ministry-in-portuguese", "a-word-broken-at-a-line-end"],
)
def test_mentions_a_body_named_head_first_in_a_romance_language_with_its_acronym(parse, sentence, name, acronym, code):
    org = next((o for o in parse(sentence).mentions.organizations if o.acronym == acronym), None)
    assert org is not None
    assert (org.name, org.country_code) == (name, code)


@pytest.mark.parametrize("sentence", [
    "The Office des Nations Unies (XYZ) met.",  # its capitals are not the name's initials
    "The Office des Nations Unies (NU) met.",  # nor its first word's letters, then others'
    "The Centre Hospitalier Universitaire met in Brazzaville (CHU).",  # no acronym right after it
    "The Office for Nuclear Security Affairs (ONSA) met.",  # English: the phrase rule's, with no word of French
])
def test_mentions_no_romance_body_without_its_acronym_or_its_language(parse, sentence):
    from noteparse.mentions import _ROMANCE_BODY, _initials_spell

    m = _ROMANCE_BODY.search(sentence)
    assert m is None or not _initials_spell(m["name"], m["acr"]) or \
        not any(w in m["name"].split() for w in ("de", "des", "du", "et", "y", "del"))


def test_mentions_romance_bodies_are_found_in_linear_time():
    from growth import growth

    from noteparse.mentions import _romance_bodies

    assert growth(lambda t: _romance_bodies(t, [], []), "Office de Office " * 2000, "Office de Office " * 20000) < 25
    named = "Comisión Nacional de Energía (CNE) x "  # a name and its acronym, with no "of" after it to the end
    assert growth(lambda t: _romance_bodies(t, [], []), named * 2000, named * 20000) < 25


@pytest.mark.parametrize(("written", "name"), [("Timișoara", "Timişoara"), ("Constanța", "Constanţa")])
def test_mentions_a_romanian_comma_below_is_the_gazetteers_cedilla(parse, written, name):
    """Romanian writes ș and ț with a comma below; GeoNames (and older fonts) with a cedilla."""
    record = parse(f"A log row: regional workshop on brokering controls, {written}, with six delegations.")
    assert name in {p.name for p in record.mentions.places}


def test_mentions_uk_among_language_codes_is_no_state(parse):
    """"Simultaneous interpretation RU/UK/EN": Ukrainian; "the UK/US delegations" are States."""
    assert [m.code for m in parse("Simultaneous interpretation RU/UK/EN, day 1.\n").mentions.states] == []
    assert [m.code for m in parse("The UK/US delegations attended.\n").mentions.states] == ["GBR", "USA"]


@pytest.mark.parametrize(("sentence", "town", "code"), [
    ("Thank you for two very productive days in Outapi on 8 and 9 June, colleagues from Namibia.", "Outapi", "NAM"),
    ("Some forty officials met in the small town of\nKamanjab, in north-western Namibia, in 2019.", "Kamanjab", "NAM"),
    ("Botswana hosted the course at Kasane; Zambia sent two officers.", "Kasane", "BWA"),
    ("Algeria: the Wali opened, in the town of Ksar\nChellala, a workshop for Mauritania.", "Ksar Chellala", "DZA"),
    # the town's name runs on below (Ksar, a town of Mauritania)
    ("It was held here in Sri\nJayawardenepura Kotte, Sri Lanka.", "Sri Jayawardenepura Kotte", "LKA"),
    ("Sixty German exporters met in the Kreishaus in Winsen on 5 March.", "Winsen", "DEU"),  # its people's adjective
    ("Experts of the Federal Office for Economic Affairs and Export Control met in Winsen.", "Winsen", "DEU"),
    # a national body of the State, as the registry knows it
])
def test_mentions_a_town_where_a_venue_is_named_in_a_state_the_text_names(parse, sentence, town, code):
    """Towns too small for the city gazetteer are places where a venue is named, in a State the text names, or
    names by its people's adjective or by a body of its own: a town's paper seldom names its own country."""
    assert (town, code) in {(p.name, p.country_code) for p in parse(sentence).mentions.places}


@pytest.mark.parametrize("sentence", [
    "Officials of Namibia met in Outapi Hall Two, Windhoek.",  # the Title-Case run goes on: no town Outapi
    "Officials met in Outapi on 8 June.",  # no State named: a town name may be a word or a surname
    "The United States delegation arrived in August and met at Central Station.",  # calendar and compass words
    "The drill ran at PCG headquarters in Port Area, Manila, Philippines.",  # a quarter of the city after it
    "Italian delegates met at the Palazzo della Cultura on 4 May.",  # a building's name goes on: no town Palazzo
])
def test_mentions_no_town_without_its_venue_cue_its_state_or_its_whole_name(parse, sentence):
    assert [p.name for p in parse(sentence).mentions.places if p.kind == "city" and p.name not in ("Windhoek", "Manila")] == []


def test_mentions_a_body_wrapped_before_a_label_ends_before_its_footnote_digit(parse):
    """"… International Relations of / Lesotho1" over the next label: the digit is a footnote's, not the name's."""
    record = parse("ORGANIZER(s)    The Stimson Center and the\n                Ministry of Foreign Affairs and "
                   "International Relations of\n                Lesotho1\nDATE and VENUE  11\u201312 November 2014, "
                   "Mafeteng, Lesotho\n")
    assert "Ministry of Foreign Affairs and International Relations of Lesotho" in {o.name for o in record.organizers}


def test_mentions_a_states_official_name_holds_no_body(parse):
    """"the Republic of the Union of Myanmar", "the Union of the Comoros": a State, not a "Union" body in it."""
    record = parse("Officials of the Republic of the Union of Myanmar and of the Union of the Comoros attended.")
    assert [o.name for o in record.mentions.organizations] == []
    assert [s.code for s in record.mentions.states] == ["MMR", "COM"]


@pytest.mark.parametrize("sentence, name", [
    ("The seminar was co-organized by the Arab Institute for Security Studies (ACSIS).",
     "Arab Institute for Security Studies"),
    ("Officials of the Shaanxi Provincial Department of Commerce attended.", "Shaanxi Provincial Department of Commerce"),
])
def test_mentions_a_word_before_a_registry_name_that_opens_with_its_head_names_another_body(parse, sentence, name):
    """"the Arab Institute for Security Studies" is not the ISS, nor "the Shaanxi Provincial Department of
    Commerce" the United States'; the Institute for Security Studies alone still is."""
    assert [o.name for o in parse(sentence).mentions.organizations] == [name]
    assert [o.acronym for o in parse("The Institute for Security Studies hosted it.").mentions.organizations] == ["ISS"]


@pytest.mark.parametrize("name", [
    "Federation of Indian Chambers of Commerce and Industry",
    "Confederation of Indian Industry",
    "German Engineering Federation",
    "Attorney General's Chambers",
])
def test_mentions_a_federation_of_firms_or_chambers_is_a_body(parse, name):
    record = parse(f"Participants:\n  States: India\n  Civil society: {name}; Stimson Center\n")
    assert name in [o.name for o in record.mentions.organizations]
    assert name in [t.text for t in record.participants.civil_society + record.participants.organizations]


@pytest.mark.parametrize("sentence,not_a_body", [
    ("The war of the Russian Federation against Ukraine was discussed.", "Russian Federation against Ukraine"),
    ("The meeting was held in the Town Council Chambers on 3 May 2024.", "Town Council Chambers"),
    ("Officials of the Federal Department of Foreign Affairs of the Swiss Confederation attended.", None),
])
def test_mentions_a_states_federation_or_a_councils_chambers_is_no_body(parse, sentence, not_a_body):
    names = [o.name for o in parse(sentence + "\n").mentions.organizations]
    assert not_a_body not in names
    if not_a_body is None:
        assert "Federal Department of Foreign Affairs of the Swiss Confederation" in names


def test_mentions_a_mastheads_ministry_over_its_government_is_the_states_ministry(parse):
    record = parse("Ministry of External Affairs\nGovernment of India\n\nPress Releases\n\nThe Ministry of External "
                   "Affairs hosted a workshop in Pune on 20-22 February 2024.\n")
    assert "Ministry of External Affairs of India" in [o.name for o in record.mentions.organizations]


@pytest.mark.parametrize("text, name", [
    ("The Seminar was organised by the Ministry of External Affairs, Government of India, with UNODA.",
     "Ministry of External Affairs of India"),
    ("The workshop was hosted by the Ministry of Home Affairs, Govt. of India.", "Ministry of Home Affairs of India"),
])
def test_mentions_a_ministry_then_its_government_is_the_states_ministry(parse, text, name):
    """"the Ministry of External Affairs, Government of India": one body, India's ministry, not a ministry and a government."""
    record = parse(text + "\n")
    assert name in [o.name for o in record.mentions.organizations]
    assert "Government of India" not in [o.name for o in record.organizers]


@pytest.mark.parametrize("sentence", [
    "Experts working for the UN Security Council committee set up under resolution 1540 explained reporting.",
    "Experts of the committee created by the UN Security Council under Resolution 1540 took part.",
])
def test_mentions_the_1540_committee_told_in_a_storys_words(parse, sentence):
    """A news story names the 1540 Committee by what it is: that is the Committee, not the Security Council."""
    names = [o.name for o in parse(sentence + "\n").mentions.organizations]
    assert names == ["Security Council Committee established pursuant to resolution 1540 (2004)"]


def test_mentions_a_ministry_of_government_keeps_its_name(parse):
    record = parse("Organizers: Ministry of Government of the Plurinational State of Bolivia\n")
    assert "Ministry of Government of the Plurinational State of Bolivia" in [o.name for o in record.mentions.organizations]


def test_mentions_a_mastheads_ministry_and_its_state_on_one_line_is_the_states_ministry(parse):
    record = parse("Ministry of Foreign Affairs, Republic of Korea\nHome > Press > Press Releases\n\nThe Ministry "
                   "of Foreign Affairs is hosting a seminar in Gyeongju.\n")
    assert record.mentions.organizations[0].name == "Ministry of Foreign Affairs of the Republic of Korea"


@pytest.mark.parametrize("text, name", [
    ("organized by UNODA and the University of\nCalifornia, Davis (UC Davis).", "University of California, Davis"),
    ("with the Federal University of Agriculture, Abeokuta (FUNAAB).", "Federal University of Agriculture, Abeokuta"),
    ("Venue: University of Michigan, Ann Arbor, Michigan (United States)", "University of Michigan"),  # an address
    ("Venue: University of Tasmania, Hobart (Australia)", "University of Tasmania"),  # no US state's university
])
def test_mentions_a_universitys_campus_after_a_comma_is_part_of_its_name(parse, text, name):
    """A US state's university and a Nigerian federal one are named with their campus's town after a comma."""
    assert name in [o.name for o in parse(text + "\n").mentions.organizations]


@pytest.mark.parametrize("text, name", [
    ("The workshop was hosted by the District Administration, Sheikhpura.", "District Administration, Sheikhpura"),
    ("Organizers: MEA; hosted by the District Administration,\nSidhi (Madhya Pradesh)", "District Administration, Sidhi"),
    ("with the District Administration, Chatra as host.", "District Administration, Chatra"),
    ("The District Administration, Officials and Staff welcomed them.", "District Administration"),  # no town
    ("Lecturers of the Government College, Kasaragod, took part.", "Government College, Kasaragod"),
    ("It was held with the Government Polytechnic, Amravati (Maharashtra).", "Government Polytechnic, Amravati"),
])
def test_mentions_a_district_administrations_town_after_a_comma_is_part_of_its_name(parse, text, name):
    """An Indian district's administration, and a government college, is named with its town after a comma."""
    assert name in [o.name for o in parse(text + "\n").mentions.organizations]


@pytest.mark.parametrize("text, name", [
    ("Lecturers from the Federal Polytechnic, Idah, discussed laboratory safety.", "Federal Polytechnic, Idah"),
    ("The course was organised by UNODA and Humber Polytechnic.", "Humber Polytechnic"),
])
def test_mentions_a_polytechnic_is_an_academic_body(parse, text, name):
    """A polytechnic is a body of its own, as a university is; a Nigerian federal one goes on with its town."""
    found = {o.name: o.kind for o in parse(text + "\n").mentions.organizations}
    assert found.get(name) == "academic"


@pytest.mark.parametrize("text, name", [
    ("organized by The University of Tennessee at Chattanooga (UTC) and the Stimson Center.",
     "University of Tennessee at Chattanooga"),
    ("Experts from the University of Illinois at Urbana-Champaign took part.", "University of Illinois at Urbana-Champaign"),
    ("Venue: University of Malta at Msida", "University of Malta"),  # no US state's university
])
def test_mentions_a_universitys_campus_after_at_is_part_of_its_name(parse, text, name):
    """"University of Tennessee at Chattanooga" is one body: not the University of Tennessee."""
    assert name in [o.name for o in parse(text + "\n").mentions.organizations]


@pytest.mark.parametrize("sentence, name", [
    ("The seminar was hosted by the Organization of American States' counterterrorism committee.",
     "Organization of American States"),
    ("Funding came from the Norwegian Ministry of Foreign Affairs' programme.", "Ministry of Foreign Affairs of Norway"),
])
def test_mentions_a_plurals_possessive_mark_is_not_the_bodys_name(parse, sentence, name):
    """"the Organization of American States' counterterrorism committee": the OAS, its possessive's mark left out."""
    assert name in [o.name for o in parse(sentence + "\n").mentions.organizations]


@pytest.mark.parametrize("sentence, names", [
    ("The roundtable was hosted by the Université Marie et Louis Pasteur (UMLP) in Besançon.",
     ["Université Marie et Louis Pasteur"]),
    ("The course met at the Pontificia Universidad Católica Madre y Maestra.",
     ["Pontificia Universidad Católica Madre y Maestra"]),  # a Catholic university's title is its name's first word
    ("Lecturers of the Pontifícia Universidade Católica do Rio Grande do Sul attended.",
     ["Pontifícia Universidade Católica do Rio Grande do Sul"]),
    ("The seminar was hosted by the Université du Québec à Trois-Rivières (UQTR).",
     ["Université du Québec à Trois-Rivières"]),
    ("Delegates came from the Universidad de Chile y Universidad de Concepción.",
     ["Universidad de Chile", "Universidad de Concepción"]),
])
def test_mentions_a_romance_universitys_name_holds_its_and(parse, sentence, names):
    """"Université Marie et Louis Pasteur": the "and" of a Romance university's name is its own, unless
    another university follows it."""
    assert [o.name for o in parse(sentence + "\n").mentions.organizations] == names


@pytest.mark.parametrize("sentence, names", [
    ("The workshop was hosted by Universiti Malaysia Terengganu (UMT).", ["Universiti Malaysia Terengganu"]),
    ("Lecturers came from Universitas Brawijaya and Institut Teknologi Garut.",
     ["Universitas Brawijaya", "Institut Teknologi Garut"]),
    ("The conference was co-organized by the Politecnico di Torino.", ["Politecnico di Torino"]),
    ("Date and Venue: 21-23 October 2025, Faculty of Maritime Studies, Universiti Malaysia\n"
     "Terengganu, Kuala Nerus, Malaysia.", ["Universiti Malaysia Terengganu"]),
])
def test_mentions_a_university_named_head_first_in_malay_indonesian_or_italian(parse, sentence, names):
    """"Universiti Malaysia Terengganu", "Institut Teknologi Garut", "Politecnico di Torino": named head
    first, as Romance universities are; a line's break inside when the next line's words end the name.
    Its State's name inside is no State of the venue."""
    assert [o.name for o in parse(sentence + "\n").mentions.organizations] == names


def test_mentions_a_universitys_state_inside_its_name_leaves_the_venues_town(parse):
    record = parse("Event: Workshop\nDate and Venue: 21-23 October 2025, Faculty of Maritime Studies, Universiti "
                   "Malaysia\nTerengganu, Kuala Nerus, Terengganu, Malaysia\n")
    assert (record.venue.city, record.venue.country_code) == ("Kuala Nerus", "MYS")


def test_mentions_a_heading_before_a_line_that_opens_with_the_is_not_the_bodys_name(parse):
    """"1  Outline / The Okayama Prefectural Police, in cooperation with …": the body is the Okayama Prefectural
    Police, not "Outline The Okayama Prefectural Police"."""
    record = parse("Press release\n\n1  Outline\n   The Okayama Prefectural Police, in cooperation with the National "
                   "Police Agency, have conducted a training course in Okayama on 22 January 2024.\n")
    assert "Okayama Prefectural Police" in [o.name for o in record.mentions.organizations]
    assert not any(o.name.startswith("Outline") for o in record.mentions.organizations)


@pytest.mark.parametrize("label", ["Organizers", "ORGANIZERS", "**ORGANIZERS**"])
def test_mentions_a_label_over_a_name_is_not_the_names_first_word(parse, label):
    """"Organizers" on its own line over "Ain Shams University (ASU) and …": the label opens no body's name."""
    record = parse(f"INFORMATION NOTE\n\n{label}\nAin Shams University (ASU) and the Ministry of Foreign Affairs "
                   "of Egypt\n\nDATE AND VENUE\n3-4 May 2025, Cairo, Egypt\n\nBACKGROUND\nThe EU CBRN CoE Initiative "
                   "supported it.\n")
    assert [o.name for o in record.organizers] == ["Ain Shams University", "Ministry of Foreign Affairs of Egypt"]
    assert not any(o.name.startswith(("Organizers", "ORGANIZERS", "BACKGROUND", "The "))
                   for o in record.mentions.organizations)


@pytest.mark.parametrize("sentence, name", [
    ("The conference was hosted by Al al-Bayt University on 28 October.", "Al al-Bayt University"),
    ("Lecturers of the Imam Abdulrahman bin Faisal University attended.", "Imam Abdulrahman bin Faisal University"),
])
def test_mentions_an_arabic_names_article_and_bin_are_its_own(parse, sentence, name):
    """"Al al-Bayt", "bin Faisal": an Arabic name's article and "bin" are words of the body's name."""
    assert name in [o.name for o in parse(sentence + "\n").mentions.organizations]



@pytest.mark.parametrize("text, name", [
    ("Officials of the Ministry of Health and the Uganda Police\nForce attended the exercise in Jinja.\n",
     "Uganda Police Force"),
    ("ORGANIZERS:\nNational Authority for the Chemical Weapons Convention (NACWC), Armed Forces\nDivision, "
     "Government of Bangladesh\n", "Armed Forces Division"),
])
def test_mentions_a_head_noun_alone_on_the_next_line_ends_the_name_above(parse, text, name):
    """A name wrapped before its last head noun ("… the Uganda Police" / "Force attended …") is one body, where
    a list of one name a line ("Gulf Research Center" / "Kuwait University") is two."""
    names = [o.name for o in parse(text).mentions.organizations]
    assert name in names
    assert name.rsplit(" ", 1)[0] not in names


def test_mentions_a_fields_label_under_a_name_is_no_word_of_it(parse):
    """"… at Minya University" over "Group: 5 guests": the next line's label is no part of the university's name,
    nor is a table's next row's ("Group code   GRP1111")."""
    record = parse("Itinerary for the guests of the workshop at Minya University\nGroup: 5 guests from Vienna\n"
                   "Affiliation  Philippine Nuclear Research Institute\nGroup code   GRP1111\n")
    names = [o.name for o in record.mentions.organizations]
    assert "Minya University" in names
    assert not any(n.endswith("Group") for n in names)


@pytest.mark.parametrize("sentence, names", [
    ("Staff of the University of Aizu and Tohoku University introduced the rules.",
     ["University of Aizu", "Tohoku University"]),
    ("Researchers from Kobe University and Osaka University explained it.", ["Kobe University", "Osaka University"]),
    ("The Federal Office for Economic Affairs and Export Control hosted it.",
     ["Federal Office for Economic Affairs and Export Control"]),  # one body: no second head noun
])
def test_mentions_a_head_noun_again_after_and_and_a_name_is_a_second_body(parse, sentence, names):
    """"Kobe University and Osaka University": the same head noun, after a name of its own, opens a second
    body; "… Economic Affairs and Export Control" has no second head and stays one."""
    assert [o.name for o in parse(sentence).mentions.organizations] == names


@pytest.mark.parametrize("sentence, names", [
    ("It was held in collaboration with PHD Chamber of Commerce and Industry and Chaudhary Bansi Lal University.",
     ["PHD Chamber of Commerce and Industry", "Chaudhary Bansi Lal University"]),
    ("Experts of the China Petroleum and Chemical Industry Federation and Guizhou University gave lectures.",
     ["China Petroleum and Chemical Industry Federation", "Guizhou University"]),
    ("Deans of the College of Medicine and College of Veterinary Medicine spoke.",
     ["College of Medicine and College of Veterinary Medicine"]),  # no name of its own before the head: left alone
    ("Staff of the Science and Technology University attended.", ["Science and Technology University"]),
])
def test_mentions_a_school_named_for_a_place_or_a_person_after_and_is_a_second_body(parse, sentence, names):
    """"… Chamber of Commerce and Industry and Chaudhary Bansi Lal University": after a body's name, "and"
    then a name of its own and "University", "College" or "Polytechnic" opens a second body."""
    assert [o.name for o in parse(sentence).mentions.organizations] == names


@pytest.mark.parametrize("sentence, name", [
    ("The exercise was hosted by the City Government of Lubuklinggau.", "City Government of Lubuklinggau"),
    ("It was hosted by the Government of Klungkung\nRegency with BAPETEN.", "Government of Klungkung Regency"),
    ("Officials of the Government of the Province of Chubut attended.", "Government of the Province of Chubut"),
    ("The Kelantan State Government welcomed the delegates.", "Kelantan State Government"),
    ("It was co-organised by the Leiyang Municipal People's Government.", "Leiyang Municipal People's Government"),
    ("Staff of the Provincial Government of Davao del Sur took part.", "Provincial Government of Davao del Sur"),
    ("The course was hosted by Kamuli District Local Government.", "Kamuli District Local Government"),
    ("The workshop was hosted by the Departmental Government of Durazno.", "Departmental Government of Durazno"),
    ("It was hosted by the Autonomous Municipal Government of Vinto.", "Autonomous Municipal Government of Vinto"),
])
def test_mentions_a_provinces_or_citys_government_is_a_body(parse, sentence, name):
    """A government below a State's, named as a body ("City Government of Lubuklinggau", "Kelantan State
    Government"), is one: with no head noun of its own, the phrase rule did not see it."""
    assert name in [o.name for o in parse(sentence).mentions.organizations]


@pytest.mark.parametrize("name, town", [
    ("Municipal Government of Daanbantayan", "Daanbantayan"), ("City Government of Lubuklinggau", "Lubuklinggau"),
    ("Leiyang Municipal People's Government", "Leiyang"), ("Autonomous Municipal Government of Vinto", "Vinto"),
    ("Yanggu County People's Government", "Yanggu"),  # a Chinese county's, named for its seat
    ("Changhua County Government", None), ("Government of the Province of Chubut", None),  # no town's
    ("Kamuli District Local Government", None), ("Ministry of Foreign Affairs", None),
])
def test_mentions_the_town_a_towns_government_is_named_after(name, town):
    """A city's or a municipality's government, named as a body, is its town's, and a Chinese county's people's
    government its seat's; another county's or a province's is not."""
    assert town_of_local_government(name) == town


@pytest.mark.parametrize("sentence, names", [
    ("It was hosted by the Ministry of Industry\nand Trade and the UN regional centre UNRCPD.",
     ["Ministry of Industry and Trade",
      "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"]),
])
def test_mentions_and_the_before_an_acronym_opens_another_body(parse, sentence, names):
    """"… Industry and Trade and the UN regional centre": "and the" before an acronym ends a body's name."""
    assert [o.name for o in parse(sentence).mentions.organizations] == names


@pytest.mark.parametrize("sentence, name", [
    ("The meeting was hosted by the City of Emden.", "City of Emden"),
    ("Host: Municipality of Pesaro.", "Municipality of Pesaro"),
    ("The roundtable was co-organized by Pryluky City Council.", "Pryluky City Council"),
    ("The Provincial Municipality of Ferreñafe hosted the workshop.", "Provincial Municipality of Ferreñafe"),
    ("The meeting was hosted by the Province of Chichaoua.", "Province of Chichaoua"),
    ("The conference was held with the Wilaya of Aïn Defla as host.", "Wilaya of Aïn Defla"),
    ("The workshop was hosted by the Commune of Kalalé.", "Commune of Kalalé"),
    ("The roundtable was hosted by the Rural Commune of Imerintsiatosika.", "Rural Commune of Imerintsiatosika"),
    ("The workshop was hosted by the Town of Gagny (Mairie de Gagny).", "Town of Gagny"),
    ("It was hosted by the Municipality of Capelle aan den IJssel.", "Municipality of Capelle aan den IJssel"),
    ("It was hosted by the Municipality of Casalecchio di Reno.", "Municipality of Casalecchio di Reno"),
    ("The course was hosted by the Municipal Prefecture of Machadinho d'Oeste.",
     "Municipal Prefecture of Machadinho d'Oeste"),  # a Brazilian town's government, an elided particle in its name
    ("Organizers: BAFA; hosted by the City\nof Velbert\n", "City of Velbert"),  # its words on two lines
    ("The conference was hosted by the Bitou Local Municipality.", "Bitou Local Municipality"),  # a South African kind
    ("The meeting was held this morning, hosted by the Governorate of Sarakhs.", "Governorate of Sarakhs"),
    ("The course was hosted by the Da\u00efra of Oued Rhiou.", "Da\u00efra of Oued Rhiou"),
    ("The roundtable, hosted by the District of Ambanja, was organized by UNREC.", "District of Ambanja"),
    ("Organizers: UNREC; hosted by the Governorate of Gu\u00e9ra Province\nDate and Venue: 14 April 2026",
     "Governorate of Gu\u00e9ra Province"),  # its province named in full, before the next label
])
def test_mentions_a_towns_own_government_is_a_body(parse, sentence, name):
    """A host town's government by the names towns give it, "City of Emden", "Municipality of Pesaro", "Pryluky City
    Council": analysts count it among the organizers, so it must be a body, though no word "Government" names it."""
    assert name in [o.name for o in parse(sentence).mentions.organizations]


@pytest.mark.parametrize("sentence, name", [
    ("The exercise was held in the City of Tacloban, Province of Leyte.", "City of Tacloban"),
    ("It was hosted by the Senator for Ports of the Free Hanseatic City of Bremen.", "City of Bremen"),
    ("Date and Venue: 4-8 May 2026, Bragado, Province of Buenos Aires, Argentina.", "Province of Buenos Aires"),
    ("The course was held in the Province of Chichaoua.", "Province of Chichaoua"),
    ("The course was held in the Town of Gagny.", "Town of Gagny"),
])
def test_mentions_a_towns_name_as_a_place_is_no_town_government(parse, sentence, name):
    """"in the City of Tacloban" is where, not who, as a venue line's province after its town is; "City of Bremen"
    inside a longer name is no body of its own."""
    assert name not in [o.name for o in parse(sentence).mentions.organizations]


@pytest.mark.parametrize("sentence, names", [
    ("The Ministry of Local Government of Uganda attended.", ["Ministry of Local Government of Uganda"]),
    ("The Kurdistan Regional Government's Ministry of Interior attended.",
     ["Kurdistan Regional Government's Ministry of Interior"]),
    ("Officials of the United States Government and the Government of the Republic of Moldova came.", []),
    ("On Monday State Government officials met.", []),
])
def test_mentions_no_local_government_inside_another_body_nor_a_states(parse, sentence, names):
    """Not a "Local Government of Uganda" inside a ministry's name, nor a "Regional Government" inside another
    body's, nor a State's government ("the Government of the Republic of Moldova", "the United States Government":
    the States stand for them), nor a day's "Monday State Government"."""
    assert [o.name for o in parse(sentence).mentions.organizations] == names


@pytest.mark.parametrize("sentence, names", [
    ("It was organized by the Ministry of Foreign Affairs, African Integration and the Diaspora of Côte d'Ivoire.",
     ["Ministry of Foreign Affairs, African Integration and the Diaspora of Côte d'Ivoire"]),
    ("Opening statements by the Ministry of Foreign Affairs, UNODA and the Rector of Kobe University followed.",
     ["Ministry of Foreign Affairs", "UNODA", "Kobe University"]),
    ("Students of Hanoi University of Science and Technology, Chulalongkorn University and the University of "
     "Malaya attended.", ["Hanoi University of Science and Technology", "Chulalongkorn University", "University of Malaya"]),
])
def test_mentions_a_ministrys_last_portfolio_after_and_the(parse, sentence, names):
    """"Ministry of Foreign Affairs, African Integration and the Diaspora": a last portfolio after "and the" is the
    ministry's; not a body's head noun after it, nor a list with an acronym ("…, UNODA and the Rector of …")."""
    assert [o.text for o in parse(sentence).mentions.organizations] == names


def test_mentions_a_local_government_named_again_by_its_kind(parse):
    """"The Anambra State Government has … organised by the State Government": the one State government the text
    named, named again; with two of that kind named, "the State Government" is neither."""
    record = parse("The Anambra State Government has praised the conference. It was organised by the State Government "
                   "through the Ministry of Industry.")
    spans = next(o.spans for o in record.mentions.organizations if o.name == "Anambra State Government")
    assert len(spans) == 2
    record = parse("The Anambra State Government and the Enugu State Government met. The State Government spoke.")
    assert all(len(o.spans) == 1 for o in record.mentions.organizations)


def test_mentions_a_body_named_again_without_the_words_in_front(parse):
    """"the Sabaragamuwa Provincial Council … in cooperation with the Provincial Council": the body named in full
    before, named again; not "the University of Zanjan" after "the Press Office of the University of Zanjan"."""
    record = parse("The Sabaragamuwa Provincial Council took part. The workshop was organised in cooperation with "
                   "the Provincial Council.")
    assert [(o.name, len(o.spans)) for o in record.mentions.organizations] == [("Sabaragamuwa Provincial Council", 2)]
    record = parse("The Press Office of the Nakuru University of Science said that the Nakuru University of Science "
                   "hosted it.")
    assert "Nakuru University of Science" in [o.name for o in record.mentions.organizations]


def test_mentions_the_council_is_the_council_named_before_not_a_known_one_named_after(parse):
    """"The Port Loko District Council … hosted by the Council", the Security Council named further down: the
    district's council; a known body named nearer before still wins ("the IAEA Board of Governors … the Board")."""
    record = parse("The Port Loko District Council yesterday closed a seminar, hosted by the Council. It was part of "
                   "the work under United Nations Security Council resolution 1540.")
    spans = {o.name: len(o.spans) for o in record.mentions.organizations}
    assert spans["Port Loko District Council"] == 2 and spans["United Nations Security Council"] == 1
    record = parse("The Port Loko District Council took part. The United Nations Security Council adopted resolution "
                   "1540; the Council met again.")
    spans = {o.name: len(o.spans) for o in record.mentions.organizations}
    assert spans["Port Loko District Council"] == 1 and spans["United Nations Security Council"] == 2


@pytest.mark.parametrize("venue, body, city", [
    ("Paraninfo, University of Alcalá\nAlcalá de Henares (Madrid), Spain", "University of Alcalá", "Alcalá de Henares"),
    ("Ministry of Foreign Affairs\nHanoi, Viet Nam", "Ministry of Foreign Affairs", "Hanoi"),
    ("University of Nairobi\nNairobi, Kenya", "University of Nairobi", "Nairobi"),
])
def test_mentions_a_bodys_name_stops_at_its_line_when_the_next_opens_with_a_city(parse, venue, body, city):
    """A venue's lines: the body on one, its town on the next. The name does not run on into the town
    ("University of Alcalá Alcalá de Henares"), which is then the venue's city."""
    record = parse(f"Date and Venue: 3-4 March 2026\n{venue}\n")
    assert body in [o.name for o in record.mentions.organizations]
    assert record.venue.city == city


@pytest.mark.parametrize("wrapped, name", [
    ("Ministry of Foreign Affairs of\nSingapore", "Ministry of Foreign Affairs of Singapore"),
    ("University of the Fraser\nValley (UFV)", "University of the Fraser Valley"),
])
def test_mentions_a_name_wrapped_before_its_last_words_stays_whole(parse, wrapped, name):
    """"… Affairs of" ending a line goes on below; "Valley" alone is no town ("The Valley" is)."""
    record = parse(f"Organizers: {wrapped} and UNODA\n")
    assert name in [o.name for o in record.mentions.organizations]


def test_mentions_a_local_government_after_a_heading_starts_at_its_article(parse):
    """"Highlights" over "The Perlis State Government hosted …": the heading is no word of the body's name."""
    names = [o.name for o in parse("Highlights\nThe Perlis State Government hosted the meeting in Kangar.\n")
             .mentions.organizations]
    assert names == ["Perlis State Government"]
