"""Tests for noteparse.parties: who organized the event and who took part.

Organizers come from header fields or from organizing verbs ("organized / hosted / convened by",
"in cooperation / partnership with", "jointly with") — never from support, funding or sponsoring.
Participating States come from header fields or from "officials / representatives / delegations
/ experts from …", lists in parentheses and "participants from …"; the host State joins them.
Every text is written for the tests; failing cases are ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest



def organizer_keys(record) -> list[str]:
    """Each organizer as its acronym when it has one, else its name."""
    return [o.acronym or o.name for o in record.organizers]


def as_listed(record) -> list:
    """The participating bodies as the text names them taking part: without the organizing bodies that
    join them at the end, copies of organizers (an organizer takes part in its own event; see
    ``test_parties_the_organizing_bodies_take_part``)."""
    organizing = {o.span for o in record.organizers}
    return [o for o in record.participants.organizations if o.span not in organizing]


def participant_codes(record) -> set[str]:
    return {s.code for s in record.participants.states}


def note(*header: str) -> str:
    return "Information Note\n\n" + "\n".join(header) + "\n\nBackground\n\nThe event built on earlier work.\n"


# --- organizers in prose -----------------------------------------------------------------------

ORGANIZERS = [
    ("The workshop was organized by UNODA in cooperation with the Government of Togo.",
     ["UNODA", "Government of Togo"]),
    ("The workshop was organised by the OSCE in partnership with the Government of Mongolia.",
     ["OSCE", "Government of Mongolia"]),
    ("The seminar was hosted by the Government of Kenya.", ["Government of Kenya"]),
    ("The roundtable on 20-21 August 2019 was co-organized by the Ministry of Trade of the Philippines and the Stimson "
     "Center (US think tank).", ["Ministry of Trade of the Philippines", "Stimson Center"]),
    ("By the letter of 20 January 2025, UNRCPD and the Government of Malaysia jointly invite the Royal Thai Government "
     "to take part in the roundtable, to be held in Kota Kinabalu on 11 and 12 March 2025.",
     ["UNRCPD", "Government of Malaysia"]),
    ("The Mission places on record the following information on an outreach workshop on 17-19 October 2023 hosted "
     "by Colombia, in response to the 1540 Committee's invitation to share feedback.", ["Government of Colombia"]),
    ("The course was convened by the IAEA jointly with INTERPOL.", ["IAEA", "INTERPOL"]),
    ("The round table was co-hosted by Kazakhstan and the OSCE.", ["Government of Kazakhstan", "OSCE"]),
    ("UNRCPD, jointly with the Government of Nepal, organized a national workshop.",
     ["UNRCPD", "Government of Nepal"]),
    ("A virtual meeting, organized by UNRCPD jointly with the Pacific Islands Forum Secretariat, for officials of Fiji "
     "and Samoa.", ["UNRCPD", "PIFS"]),
    ("The course was organized by the OSCE for officials from Armenia and Georgia.", ["OSCE"]),
    ("The Government of Chile organised the meeting.", ["Government of Chile"]),
    ("The workshop was hosted by the Vincentian government together with UNLIREC.",
     ["Government of Saint Vincent and the Grenadines", "UNLIREC"]),
    ("The seminar was hosted by the Kenyan authorities.", ["Government of Kenya"]),
    ("It was a three-day online webinar convened November 14th through 16th by the United Nations Office on Drugs "
     "and Crime and UNICRI, the UN's Turin-based crime and justice research institute.", ["UNODC", "UNICRI"]),
    ("Our guest coordinated the online course that UNLIREC ran together with OPANAL from March 4 through April 12, "
     "2024, and Oscar Gimenez, an official at Paraguay's customs directorate, was one of its students.",
     ["UNLIREC", "OPANAL"]),
    ("The round-table was co-hosted by their Ministry of Foreign Affairs and the UN's regional disarmament centre "
     "for Asia and the Pacific, UNRCPD.", ["Ministry of Foreign Affairs", "UNRCPD"]),
    ("The course was co-organised by UNLIREC and Guatemala's tax and customs administration, the Superintendencia "
     "de Administraci\u00f3n Tributaria (SAT).", ["UNLIREC", "SAT"]),
    ("The meeting was organised by the Arab League and the United Nations' disarmament office.", ["LAS", "UNODA"]),
    ("UNLIREC, in collaboration with the Government of Jamaica, held a course on 4 May 2015.",
     ["UNLIREC", "Government of Jamaica"]),
    ("The IAEA and INTERPOL jointly organized a table-top exercise.", ["IAEA", "INTERPOL"]),
    ("On 3 June 2014 the Government of Peru hosted a seminar on export controls in Lima.", ["Government of Peru"]),
    ("The World Customs Organization is organizing a regional workshop in Nairobi.", ["WCO"]),
    ("The exercise is organized in partnership with the ASEAN Secretariat and the Government of Laos.",
     ["ASEAN Secretariat", "Government of the Lao People's Democratic Republic"]),
    ("UNODA organized in cooperation with the OSCE a seminar in Vienna.", ["UNODA", "OSCE"]),
    ("Officials from Moldova and Ukraine met at a peer-review meeting that the OSCE had organized together with "
     "UNODA under resolution 1540.", ["OSCE", "UNODA"]),
    ("UNODA held the workshop. It brought together officials from Serbia, Montenegro and the host country.",
     ["UNODA"]),
    ("UNODA held the workshop. Delegations came from Kazakhstan and Kyrgyzstan, plus a large host delegation.",
     ["UNODA"]),
    ("The meeting was held at the headquarters of the General Secretariat of the League of Arab States in Cairo. It "
     "was convened by the General Secretariat in cooperation with UNODA.", ["LAS", "UNODA"]),
    ("UNODA convened the meeting. It recommended that the fourth meeting be held in Rabat in 2023, at the kind "
     "invitation of the Kingdom of Morocco.", ["UNODA"]),
    ("From 8 to 10 May 2017, UNREC, a regional centre of the United Nations Office for Disarmament Affairs, "
     "conducted a training course in Lom\u00e9.", ["UNREC"]),
    ("The OPCW Technical Secretariat also conducted an outreach event for industry.", []),
    ("UNLIREC and the OAS jointly delivered a course on arms trafficking.", ["UNLIREC", "OAS"]),
    ("It was the last event of the work programme implemented by Expertise France and the BAFA on behalf of the "
     "European Union, and was hosted by the Government of Georgia.", ["Expertise France", "BAFA", "Government of Georgia"]),
    ("UNODA held the workshop on the measures implemented by Ghana and Togo.", ["UNODA"]),
    ("The round table was organized by the OSCE with the State Service of Export Control of Ukraine on Tuesday, "
     "9 March 2021.", ["OSCE", "State Service of Export Control of Ukraine"]),
    ("The course was developed and delivered jointly by UNODA and the Arab Atomic Energy Agency.",
     ["UNODA", "AAEA"]),
    ("UNODA held the workshop. Presentations were delivered by the IAEA and the OPCW.", ["UNODA"]),
    ("Last Tuesday I joined a webinar on WMD laws. The session was run by VERTIC, the London-based NGO, together with "
     "the UN Office for Disarmament Affairs.", ["VERTIC", "UNODA"]),
    ("UNODA held the workshop on an export control programme run by the European Union.", ["UNODA"]),
    ("UNODA held the workshop. The IAEA delivered a presentation.", ["UNODA"]),
    ("The Stimson Center, together with the ASEAN Secretariat, is pleased to convene a virtual training course.",
     ["Stimson Center", "ASEAN Secretariat"]),
    ("The seminar was organised by the Stimson Center together with the ASEAN Secretariat and in cooperation with "
     "the IAEA. It was financed by Japan.", ["Stimson Center", "ASEAN Secretariat", "IAEA"]),  # each partner clause
    ("The seminar was organised by Expertise France with the GIZ in Tashkent.",  # agencies, not France or Germany
     ["Expertise France", "GIZ"]),
    ("At the invitation of the Government of Jordan, UNODA held a national workshop in Amman.",
     ["Government of Jordan", "UNODA"]),
    ("A delegation of the Committee visited Accra from 3 to 5 May 2019 at the invitation of the Government of Ghana.",
     ["Government of Ghana"]),
    ("The previous workshop, held at the invitation of the Government of Peru, took place in 2017.", []),
    ("UNODA organized the meeting on 30 April 2019. Participants agreed that a regional workshop, to be hosted by the "
     "Government of Fiji in Suva, should be held in 2020.", ["UNODA"]),
    ("At the invitation of the Government of Ghana, experts from Togo and Benin met in Accra on 3 May 2019.",
     ["Government of Ghana"]),
    ("The webinar, convened by the PIFS on 4 August 2020, was attended by Fiji and Tonga.", ["PIFS"]),
    ("The workshop was organized jointly with UNLIREC and formed part of the country's efforts to implement United "
     "Nations Security Council resolution 1540 (2004).", ["UNLIREC"]),
    ("The course was organised by UNODA and was part of a programme of the United Nations Security Council.", ["UNODA"]),
    ("The course, hosted by the Government of Chile, brought together Peru and Bolivia.", ["Government of Chile"]),
    ("UNODA co-organized the national workshop on export controls with UNRCPD in Kathmandu.", ["UNODA", "UNRCPD"]),
    ("The OSCE co-hosted a workshop for officials with the support of Japan.", ["OSCE"]),
    ("VERTIC Blog\n\nLast week we co-organised, with the Ministry of Foreign Affairs of Malawi, a national workshop.",
     ["VERTIC", "Ministry of Foreign Affairs of Malawi"]),  # "we": the masthead's body
    ("Last week we organised a national workshop in Lilongwe.", []),  # "we", and no masthead says who
    ("UNREC held the webinar. Speakers cited Morocco and Kenya, which host regional training centres.", ["UNREC"]),
    ("The conference was convened on Tuesday and Wednesday at the Le Royal Hotel by the Ministry of Foreign Affairs "
     "of Jordan jointly with the OPCW.", ["Ministry of Foreign Affairs of Jordan", "OPCW"]),
    ("UNODA held the meeting.\n\nAnnex\n\nAlgeria     2\nBahrain     1\nJordan (host)     11\n", ["UNODA"]),
    ("The participants in the meeting, convened by UNODA in cooperation with the SADC Secretariat, held at the "
     "Gaborone International Convention Centre on 1 March 2024, with the participation of Angola, Lesotho and "
     "the IAEA, adopted this document.", ["UNODA", "SADC"]),  # a participle, then who took part
    ("The Conference was convened by UNRCPD jointly with UNODA, and we remain grateful to the Government of Japan, "
     "whose generous contribution made it possible.", ["UNRCPD", "UNODA"]),  # "and we": another clause
    ("It was a regional round table, put together by UNODA and the Pacific Islands Forum Secretariat, and Samoa was "
     "proud to host.", ["UNODA", "PIFS", "Government of Samoa"]),
    ("UNRCPD teamed up with the PIFS and the IAEA to bring together regulators for a webinar.",
     ["UNRCPD", "PIFS", "IAEA"]),
    ("UNRCPD Newsletter\n\nWe teamed up with the PIFS to bring together regulators for a webinar.",
     ["UNRCPD", "PIFS"]),  # "we": the masthead's body
    ("The course was put on by UNLIREC, the UN regional centre for Latin America and the Caribbean, together with "
     "CARICOM IMPACS.", ["UNLIREC", "IMPACS"]),
    ("The course was organised by the United Nations Regional Centre for Peace and Disarmament in Africa (UNREC), "
     "which is based in Lom\u00e9, Togo, and the African Union Commission. It was not organised by the OPCW, which "
     "did not take part.", ["UNREC", "AUC"]),  # a correction denies the OPCW
]


@pytest.mark.parametrize("sentence,expected", ORGANIZERS)
def test_parties_organizers_from_organizing_verbs(parse, sentence, expected):
    assert organizer_keys(parse(sentence + "\n")) == expected


SUPPORTERS = [
    ("The Government of Chile organised the meeting with financial support from the European Union.",
     ["Government of Chile"]),
    ("The workshop was organized by VERTIC and funded by the United Kingdom.", ["VERTIC"]),
    ("The course was organized by CICTE and sponsored by the Government of Canada.", ["CICTE"]),
    pytest.param("With support from the European Union, UNODA organized a workshop in Lomé, Togo.", ["UNODA"]),
    ("Funded by Norway, the seminar was hosted by the Government of Ghana.", ["Government of Ghana"]),
    pytest.param("The workshop, sponsored by the Republic of Korea, was convened by UNRCPD.", ["UNRCPD"]),
    ("The event was organized by the OSCE with the generous support of Germany and the United States.", ["OSCE"]),
    ("UNODA organized the course, which was made possible by a contribution from Japan.", ["UNODA"]),
    ("The workshop was organized by the Ministry of Foreign Affairs in partnership with UNODA, with the financing of "
     "the Government of the Kingdom of Norway.", ["Ministry of Foreign Affairs", "UNODA"]),
]


@pytest.mark.parametrize("sentence,expected", SUPPORTERS)
def test_parties_supporters_funders_sponsors_do_not_organize(parse, sentence, expected):
    assert organizer_keys(parse(sentence + "\n")) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("THE HAGUE, Netherlands \u2013 24 September 2019 \u2013 The OPCW hosted a course for customs officers in "
         "Nairobi, Kenya, from 16 to 20 September 2019.\n", ["OPCW"]),
        ("KATHMANDU \u2013 UNRCPD organized a national workshop in Dhaka, Bangladesh, on 3-4 April 2019.\n",
         ["UNRCPD"]),
        pytest.param("The consultations took place in Panama City, Panama, following an earlier round held in "
                     "San José, Costa Rica.\n", []),
        pytest.param("Ahead of the Nuclear Security Summit held in Seoul in March 2012, the Government of Kazakhstan "
                     "hosted a seminar in Astana on 14-15 February 2012.\n", ["Government of Kazakhstan"]),
        ("UNODA convened a webinar on 8 June 2021. The Centre for Nonproliferation Studies (CNS) presented its "
         "work. CNS will organize a follow-up meeting in 2022.\n", ["UNODA"]),
        ("A workshop was held in Lusaka, Zambia, on 4 March 2019. The previous workshop had been organized by "
         "the OPCW in Harare.\n", []),
        ("The workshop is organized by the Ministry of Foreign Affairs in Tarakan from 6 to 8 December 2016.\n\n"
         "Previously, last month (15/11) the Provincial Government of North Kalimantan also held a coordination "
         "meeting on cross-border trade.\n", ["Ministry of Foreign Affairs of Indonesia"]),
        ("The next round of consultations, organized by UNLIREC, took place in Lima on 2 May 2019.\n", ["UNLIREC"]),
        ("Monday, 18 March 2024\n\nThis morning, the Security Council held an open briefing on non-proliferation.\n\n"
         "UNODA convened a regional workshop in Suva, Fiji, today.\n", ["UNODA"]),
        ("Monday, 18 March 2024\n\nUNODA convened a regional workshop in Suva, Fiji, today. The Pacific Islands Forum "
         "Secretariat organized the meeting with it.\n", ["UNODA", "PIFS"]),
        ("The roundtable, co-organised by UNODA and the Ministry of Foreign and Diaspora Affairs, went ahead at the "
         "Kenya School of Government on 11 and 12 June 2024.\n", ["UNODA", "Ministry of Foreign and Diaspora Affairs"]),
        ("The seminar, organised jointly by the OSCE Secretariat (Conflict Prevention Centre) and the United Nations "
         "Office for Disarmament Affairs, was held in Almaty on 24-26 April 2023.\n", ["OSCE Secretariat", "UNODA"]),
        ("It was organised by UNODA and the General Secretariat of the Andean Community (CAN), and focused on the "
         "implementation of United Nations Security Council Resolution 1540.\n", ["UNODA", "CAN"]),
        ("The European Union is not a participant; no EU rooms are held.\n", []),
        ("Exercise dates: 14-15 May 2024\nConducted by: OSCE\nEvaluators: IAEA, INTERPOL\n\nThe exercise was held "
         "in Batumi.\n", ["OSCE"]),
        ("The Nigerian Nuclear Regulatory Authority (NNRA) informs the public that its officers took part in an "
         "exercise organised by the IAEA in Rostock from 11 to 13 September 2018.\n\nThe Authority further wishes to "
         "announce that it will hold a national stakeholders' workshop in Lagos on 2 and 3 October 2018.\n", ["IAEA"]),
    ],
)
def test_parties_organizers_ignore_datelines_and_other_events(parse, text, expected):
    assert organizer_keys(parse(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("This week we unpack the virtual roundtable that CNS and UNODA convened on Thursday, 24 June 2021, on "
         "proliferation financing.\n", ["CNS", "UNODA"]),
        ("The round table which the OSCE and UNRCPD convened in Ulaanbaatar on 2 May 2019 closed with a plan.\n",
         ["OSCE", "UNRCPD"]),
        ("On 3 May 2022 the first national workshop, which the BWC ISU is organising together with the World Health "
         "Organization, opened in Lusaka.\n", ["Biological Weapons Convention Implementation Support Unit", "WHO"]),
        # its partner after where it is held
        ("On 11 November 2024 the Undersecretary attended the opening of the national workshop, which the OPCW is "
         "organising at a hotel in the governorate in cooperation with the World Customs Organization.\n", ["OPCW", "WCO"]),
        # the main verb after the appositive ends its list
        ("On 14 October 2025 a national workshop opened. This workshop, organised by the OPCW in coordination with the "
         "World Customs Organization, brings together officers of customs and the Border Guard, as well as officers "
         "from Tunisia and Niger.\n", ["OPCW", "WCO"]),
        # a gerund after a speaker's "said that" is the speaker's body's hosting, not the guests' it listed
        ("On 11 November 2024 the Undersecretary opened the workshop, which the OPCW organises. He welcomed the "
         "participants, who include delegations from the Sultanate of Oman and the State of Qatar, and said that "
         "hosting such events reflects the governorate's readiness.\n", ["OPCW"]),
        # a relative clause about another event, with its own date, names that event's organizers
        ("A national seminar was held in Bangkok on 3-4 May 2022. It heard of the workshop that UNRCPD hosted in "
         "Bangkok on 27-28 September 2017.\n", []),
    ],
)
def test_parties_organizers_in_a_relative_clause(parse, text, expected):
    assert organizer_keys(parse(text)) == expected


# --- organizers in header fields ---------------------------------------------------------------

@pytest.mark.parametrize(
    "label",
    ["Organizers:", "Organisers:", "Organizer:", "Organizer(s):", "Co-organizers:", "Organized by:", "Organised by:",
     "Hosted by:", "Convened by:", "ORGANIZERS:", "Organizing entities:", "Organizers\t"],
)
def test_parties_organizers_header_label_spellings(parse, label):
    text = note("Event: Regional Workshop on Border Controls", f"{label} UNODA and the Government of Togo",
                "Date and venue: 4-5 May 2015, Lomé, Togo", "Participants: Togo, Benin")
    assert organizer_keys(parse(text)) == ["UNODA", "Government of Togo"]


@pytest.mark.parametrize(
    "value,expected",
    [
        ("UNODA; OSCE", ["UNODA", "OSCE"]),
        ("Ministry of Foreign Affairs of Belarus, UNODA", ["Ministry of Foreign Affairs of Belarus", "UNODA"]),
        ("Government of Egypt", ["Government of Egypt"]),
        ("The Caspian Border Management Academy", ["Caspian Border Management Academy"]),
        ("OSCE Conflict Prevention Centre", ["OSCE CPC"]),
        ("Organization for Security and Co-operation in Europe (OSCE) Secretariat \u2013 Conflict Prevention Centre; "
         "UNODA", ["OSCE", "UNODA"]),  # a dash before the body's unit, as a comma
        ("Organization for Security and Co-operation in Europe (OSCE)\n            Secretariat \u2013 Conflict "
         "Prevention Centre, in co-operation with UNODA", ["OSCE", "UNODA"]),  # the unit's line wraps before it
        ("Organization for Security and Co-operation in Europe (OSCE) -\n     Conflict Prevention Centre, jointly with "
         "UNODA", ["OSCE", "UNODA"]),  # a hyphen at the line's end
        ("Government of Belarus; UNODA; supported by the Government of Japan", ["Government of Belarus", "UNODA"]),
        ("UNODA, with the financial support of the European Union and Norway", ["UNODA"]),
        ("OSCE. Sponsored by Canada Export Partners", ["OSCE"]),
        # "and" inside a name does not make its last word a body
        ("UNODA through its Centre for Peace and Disarmament and the Government of Belarus",
         ["UNODA", "Government of Belarus"]),
        # a body in brackets glosses the one before: the one the registry knows stays
        ("Federal Office for Economics and Export Control (BAFA) in cooperation with the European Union",
         ["BAFA", "EU"]),
        # a long line of a comma list wraps; it does not end an item (the programme, whole, is the WCO's)
        ("World Customs Organization (WCO), Strategic Trade Control Enforcement\n"
         "             Programme, Regional Office for Capacity Building",
         ["WCO", "Regional Office for Capacity Building"]),
    ],
)
def test_parties_organizers_header_values(parse, value, expected):
    text = note("Event: Regional Workshop on Border Controls", f"Organizers: {value}",
                "Date and venue: 4-5 May 2015, Minsk, Belarus")
    assert organizer_keys(parse(text)) == expected


def test_parties_an_unknown_organizer_keeps_the_acronym_its_name_defines(parse):
    text = note("Event: Seminar", "Organized by: UNREC; Commission Nationale de D\u00e9sarmement du Cameroun (CNDC)",
                "Date and venue: 6-8 November 2018, Yaound\u00e9, Cameroon")
    unknown = parse(text).organizers[-1]
    assert (unknown.name, unknown.acronym) == ("Commission Nationale de D\u00e9sarmement du Cameroun", "CNDC")
    assert unknown.text == "Commission Nationale de D\u00e9sarmement du Cameroun"  # as a registry body's: its name


def test_parties_an_unknown_organizer_keeps_the_acronym_its_english_name_defines(parse):
    text = note("Event: Seminar", "Organized by: UNREC; National Disarmament Board of Cameroon (NDBC)",
                "Date and venue: 6-8 November 2018, Yaound\u00e9, Cameroon")
    unknown = parse(text).organizers[-1]
    assert unknown.acronym == "NDBC"


@pytest.mark.parametrize(
    "sentence,code",
    [
        ("The Government of Egypt hosted a workshop in Cairo.", "EGY"),
        ("The workshop was hosted by the Government of the Russian Federation.", "RUS"),
        ("The seminar was organized by the Government of Bolivia (Plurinational State of).", "BOL"),
        ("Viet Nam's Government hosted the workshop.", "VNM"),
    ],
)
def test_parties_government_organizer_has_kind_and_code(parse, sentence, code):
    record = parse(sentence + "\n")
    assert [(o.kind, o.country_code) for o in record.organizers] == [("government", code)]


# --- participating States in prose ------------------------------------------------------------

PARTICIPANTS = [
    ("Officials from Armenia, Azerbaijan and Georgia attended the workshop.", {"ARM", "AZE", "GEO"}),
    ("Representatives of Fiji, Samoa and Tonga took part in the seminar.", {"FJI", "WSM", "TON"}),
    ("Delegations from Brazil, Chile and Peru participated in the meeting.", {"BRA", "CHL", "PER"}),
    ("Experts from Ghana, Nigeria and Senegal joined the discussions.", {"GHA", "NGA", "SEN"}),
    ("Guests from Turkey, Kazakhstan and Belarus are sharing their own experience.", {"TUR", "KAZ", "BLR"}),
    ("The workshop brought together 25 participants from six States (Cambodia, Indonesia, Malaysia, Myanmar, "
     "Philippines and Thailand).", {"KHM", "IDN", "MYS", "MMR", "PHL", "THA"}),
    ("Participants from Kyrgyzstan and Tajikistan discussed licensing procedures.", {"KGZ", "TJK"}),
    ("Customs officers from Côte d\u2019Ivoire, Guinea-Bissau and the Niger were trained.", {"CIV", "GNB", "NER"}),
    ("The course was attended by officials from the Lao PDR, Viet Nam and the Republic of Korea.",
     {"LAO", "VNM", "KOR"}),
    ("Licensing officers of Bolivia (Plurinational State of) and Iran (Islamic Republic of) attended.",
     {"BOL", "IRN"}),
    ("Forty officials (from Kenya, Uganda and the United Republic of Tanzania) attended.", {"KEN", "UGA", "TZA"}),
    ("UNODA held a virtual briefing for Fiji, Samoa, Tonga and the Marshall Islands.", {"FJI", "WSM", "TON", "MHL"}),
    ("A national round-table for Mongolia took place in 2019.", {"MNG"}),
    ("UNODA held a webinar on proliferation financing for Fiji and Samoa.", {"FJI", "WSM"}),
    ("The workshop for Benin and Togo, funded by Japan, was held in Cotonou.", {"BEN", "TGO"}),
    ("Officials from Laos attended. Timor-Leste attended as an observer.", {"LAO", "TLS"}),
    ("In addition, Ghana and Togo also took part.", {"GHA", "TGO"}),
    ("Officials from Chile attended. Spain and the United States of America sent observers.", {"CHL", "ESP", "USA"}),
    ("Officials from Chile attended, and Peru sent a delegation.", {"CHL", "PER"}),
    ("Statements on national experience were delivered by Argentina, Indonesia and the United States of America.",
     {"ARG", "IDN", "USA"}),
    ("States represented at the meeting were Ghana, Kenya and Nigeria.", {"GHA", "KEN", "NGA"}),
    ("CITS trained Kuwaiti, Bahraini, Omani, Qatari, Saudi and Emirati customs and border officials.",
     {"KWT", "BHR", "OMN", "QAT", "SAU", "ARE"}),
    ("Kenyan and Ugandan officers attended.", {"KEN", "UGA"}),
    ("Huge thanks to colleagues from Fiji, Samoa and Tonga for such frank and generous discussions.",
     {"FJI", "WSM", "TON"}),  # thanks to people for what they said: they came
    ("We thank colleagues from Fiji, Samoa and Tonga for such frank discussions.", {"FJI", "WSM", "TON"}),
    ("The workshop was possible thanks to Japan, and officials from Fiji attended.", {"FJI"}),  # a funder
    ("Chilean, Colombian and Peruvian customs inspectors sat at the same table.", {"CHL", "COL", "PER"}),
    ("Polish and Moldovan border guards, as well as representatives of EUBAM, observed the exercise.", {"POL", "MDA"}),
    ("Chilean police and a Dutch crew joined the drill.", {"CHL", "NLD"}),
    ("Participants included diplomats from the British, Canadian and South Korean missions.", {"GBR", "CAN", "KOR"}),
    ("A Chilean and a Colombian police officer worked as one team.", {"CHL", "COL"}),
    ("Delegations present: Kazakhstan, Kyrgyzstan, Tajikistan,\n   Turkmenistan, Uzbekistan (customs, border guard).",
     {"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    ("Kenyan officers attended. Unfortunately our Ugandan counterparts regret that they cannot join.", {"KEN"}),
    ("Kenyan officers attended, but Ugandan officials could not travel.", {"KEN"}),
    ("We welcomed colleagues from the Republic of Iraq, the Lebanese Republic and the State of Kuwait.",
     {"IRQ", "LBN", "KWT"}),
    ("Delegations from Georgia and Armenia took part. The Ministry of Trade of the Republic of T\u00fcrkiye will take "
     "part online.", {"GEO", "ARM", "TUR"}),
    ("Officials from Mozambique took part. The delegation of the Republic of Malawi, equally invited to share its "
     "experience, did not manage to be present.", {"MOZ"}),
    ("Armenian officers attended. The evaluator recommended that the next exercise include the Turkish customs "
     "authorities.", {"ARM"}),
    ("Delegations from Bolivia and Peru took part, and Chile sent an observer delegation.[1][3] Venezuela, which left "
     "the Andean Community in 2006, was invited as a guest but did not attend.[7]", {"BOL", "PER", "CHL"}),
    ("Officials from Mongolia took part. We convey our appreciation to the Government of the Republic of Korea, "
     "whose generous contribution made the consultation possible.", {"MNG"}),
    ("Officials from Kazakhstan attended. The second session was chaired by the delegation of Mongolia.",
     {"KAZ", "MNG"}),
    ("Officials from Viet Nam attended. The session chaired by Australia reviewed control lists.", {"VNM", "AUS"}),
    ("The course was attended by Chile, Peru and the United States.", {"CHL", "PER", "USA"}),
    ("It was held with the participation of Ecuador and Uruguay.", {"ECU", "URY"}),
    ("The dialogue brought together Nauru, Palau and Samoa.", {"NRU", "PLW", "WSM"}),
    ("Among the participants were Bhutan and Nepal.", {"BTN", "NPL"}),
    ("The United States and Canada took part.", {"USA", "CAN"}),
    ("Experts registered from the following States: Chile; Peru; Switzerland;\nT\u00fcrkiye; Uruguay.",
     {"CHL", "PER", "CHE", "TUR", "URY"}),  # a list wrapped after a semicolon goes on
    ("The Philippines and Thailand took part.", {"PHL", "THA"}),
    ("Forty customs officers took part, as well as two observers coming from the Togolese Republic and from the "
     "Republic of Niger.", {"TGO", "NER"}),
    ("The delegation will be led by its Chair and will include representatives of Denmark, Greece and Pakistan.",
     {"DNK", "GRC", "PAK"}),  # the Chair's own State is not given; these are the representatives'
]


@pytest.mark.parametrize("sentence,codes", PARTICIPANTS)
def test_parties_participating_states_from_prose(parse, sentence, codes):
    assert participant_codes(parse(sentence + "\n")) == codes


@pytest.mark.parametrize(
    "sentence,codes",
    [
        ("Funded by Norway, the workshop was attended by officials from Ghana and Togo.", {"GHA", "TGO"}),
        ("With support from Japan, experts from Nepal and Bhutan were trained.", {"NPL", "BTN"}),
        pytest.param("Officials from Chile and Peru attended. The 2015 workshop had been held in Spain.",
                     {"CHL", "PER"}),
        ("Experts from Armenia attended. Sweden shared its experience as a donor.", {"ARM"}),
        ("Experts from Armenia attended, with the support of Swedish experts.", {"ARM"}),  # a support clause
        ("Experts from Armenia studied Japanese export control law.", {"ARM"}),  # no people after the adjective
        ("A course for customs officers, with experts from Chile, was funded by Spain.", {"CHL"}),
        ("The seminar for Peru and the donors Canada, Norway was held.", {"PER"}),
        ("Officials from Haiti took part. The meeting was financed through a voluntary contribution from the "
         "Government of Canada.", {"HTI"}),
        ("Officials from Paraguay and Bolivia took part. The activity counted with the financial cooperation of the "
         "Government of Canada.", {"PRY", "BOL"}),
        ("Japan funded the seminar and Ghana participated.", {"GHA"}),  # the clause after "and" has its own subject
        ("Japan funded the seminar and Ghana, Togo and Benin participated.", {"GHA", "TGO", "BEN"}),
        ("Norway contributed funds to the project.", set()),  # a donor
        ("Experts from Belarus, which had completed a similar peer review with Kyrgyzstan and Tajikistan in August "
         "2016, shared their experience.", {"BLR"}),
        ("Participants studied the control lists of the Australia Group.", set()),
        ("A delegation of the Committee, led by its Chair, Ambassador Sacha Llorenty of the Plurinational State of "
         "Bolivia, met officials of Madagascar.", {"MDG"}),
        ("Officials from Japan discussed relevant resolutions on the Democratic People's Republic of Korea.", {"JPN"}),
        ("Officials of Madagascar met the delegation, led by the Chair of the Committee, Ambassador Sacha Sergio "
         "Llorentty Sol\u00edz of the Plurinational State of Bolivia.", {"MDG"}),
        ("Officials from Ghana attended. The Chair of the 1540 Committee, the Permanent Representative of the "
         "Plurinational State of Bolivia to the United Nations, addressed the meeting.", {"GHA"}),
        ("The Minister welcomes Ambassador Ricardo Mendieta, Chair of the Security Council Committee established "
         "pursuant to resolution 1540 (2004) and Permanent Representative of Panama. Delegates from Comoros took "
         "part.", {"COM"}),
        ("Officers from Botswana attended. An earlier course for officers from East African States was held in "
         "Mombasa, Kenya, in May.", {"BWA"}),
        ("Officials from Albania took part. The organizers thank the Government of Norway for its contribution.",
         {"ALB"}),
        ("A similar seminar for officers from Tajikistan and Uzbekistan is planned in Dushanbe.", set()),
        ("A seminar on aid to Chile. Training for Peru followed.", {"PER"}),
        ("Officials from Fiji attended. Micronesia (Federated States of), Nauru and Palau are parties to the Treaty.",
         {"FJI"}),  # "States of" in a State's name is no one taking part
        ("Convened by: UNLIREC\nMade possible by: a voluntary contribution of the Government of Canada (Weapons Threat\n"
         "     Reduction Program, Global Affairs Canada)\nLanguage: English\n\nAbout\n\nParticipants included "
         "officials from Chile and Peru.", {"CHL", "PER"}),  # a donor in a supporters field
        ("Officials from Togo and experts of the University of Malta attended.", {"TGO"}),  # a State in a body's name
        ("The delegation, led by the Chair, Ambassador Dian Triansyah Djani (Indonesia), met officials of the "
         "Philippines.", {"PHL"}),
        ("Officials from Namibia took part. Speakers recalled the experience of Morocco and Kenya, which host regional "
         "training centres.", {"NAM"}),
        ("Officials from Samoa took part. It follows a regional workshop for Pacific Island countries held in Nadi, Fiji, "
         "in September last year, which Samoa attended.", {"WSM"}),  # the country of a place
    ],
)
def test_parties_states_named_otherwise_do_not_take_part(parse, sentence, codes):
    assert participant_codes(parse(sentence + "\n")) == codes


@pytest.mark.parametrize(
    "text,host",
    [
        ("The Government of Egypt hosted a regional workshop. Officials from Jordan and Lebanon attended.\n", "EGY"),
        ("A national workshop was held in Tbilisi, Georgia, on 10 December 2019.\n", "GEO"),
    ],
)
def test_parties_host_state_takes_part(parse, text, host):
    assert host in participant_codes(parse(text))


@pytest.mark.parametrize(
    "text,orgs,civil",
    [
        ("Representatives of the Pacific Islands Forum Secretariat, the Oceania Customs Organisation and VERTIC "
         "attended.", ["PIFS", "OCO"], ["VERTIC"]),
        ("Experts from the International Atomic Energy Agency (IAEA), the OPCW and INTERPOL presented their work.",
         ["IAEA", "OPCW", "INTERPOL"], []),
        ("Officials from Chile and the World Customs Organization took part.", ["WCO"], []),
        ("Experts of the OSCE, as well as the IAEA, attended.", ["OSCE", "IAEA"], []),
        ("It gathered representatives of different International Organizations including UNODC, WCO and OAS.",
         ["UNODC", "WCO", "OAS"], []),
        ("Participants discussed the role of the IAEA with support from the OPCW.", [], []),
        ("The workshop was funded by the European Union. Staff of UNODA spoke.", ["UNODA"], []),
        ("CARICOM IMPACS and the Organization of American States also participated.", ["IMPACS", "OAS"], []),
        ("The International Atomic Energy Agency (IAEA) was also represented.", ["IAEA"], []),
        ("Members of the Group of Experts of the 1540 Committee facilitated the sessions.",
         ["Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"], []),
        ("UNODA opened the session and the OSCE participated.", ["OSCE"], []),
        ("INTERPOL (Regional Bureau Nairobi) presented on its CBRNE programme and the IAEA presented on detection.",
         ["INTERPOL", "IAEA"], []),
        ("The ECOWAS Commission and the World Customs Organization (WCO) delivered presentations.",
         ["ECOWAS Commission", "WCO"], []),
        ("RACVIAC and the OSCE Conflict Prevention Centre contributed experts.", ["RACVIAC", "OSCE CPC"], []),
        ("Speakers from the International Atomic Energy Agency and from the League of Arab States presented.",
         ["IAEA", "LAS"], []),
        ("Experts from the IAEA, from the OPCW and from INTERPOL attended.", ["IAEA", "OPCW", "INTERPOL"], []),
        ("Representatives of the Wassenaar Arrangement and of the European Union also participated.",
         ["Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies", "EU"],
         []),
        ("Officials from Kyrgyzstan took part; the OSCE also attended.", ["OSCE"], []),
        ("On March 25-26, CNS researchers joined government officials from Kenya.", [], ["CNS"]),
        ("INTERPOL officers attended.", ["INTERPOL"], []),
        ("The Economic Community of West African States (ECOWAS) and the Southern African Development Community "
         "(SADC) sent observers.", ["ECOWAS", "SADC"], []),
        ("Officials from Kenya took part, and the Intergovernmental Authority on Development (IGAD) sent an "
         "observer.", ["IGAD"], []),
        ("The Secretariat of the League of Arab States participated as an observer.", ["LAS"], []),
        ("The European Union sent two representatives.", ["EU"], []),
        ("The Implementation Support Unit of the Biological Weapons Convention contributed as resource persons.",
         ["Biological Weapons Convention Implementation Support Unit"], []),
        ("Resource persons came from the IAEA and from the OPCW.", ["IAEA", "OPCW"], []),
        ("The IAEA served as a resource person.", ["IAEA"], []),
        ("Also taking part were representatives of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban "
         "Treaty Organization (CTBTO), the United Nations Office on Drugs and Crime (UNODC) and INTERPOL.",
         ["CTBTO", "UNODC", "INTERPOL"], []),
        ("International organizations represented at the meeting were the World Customs Organization (WCO) and the "
         "OSCE.", ["WCO", "OSCE"], []),
        ("An officer of the World Customs Organization (WCO) in Brussels joined us by video link.", ["WCO"], []),
        ("Two experts from the IAEA also took part.", ["IAEA"], []),
        ("Experts from the Group of Experts supporting the 1540 Committee, the IAEA and INTERPOL contributed to the "
         "sessions.", ["Group of Experts of the Security Council Committee established pursuant to resolution 1540 "
                       "(2004)", "IAEA", "INTERPOL"], []),
        ("Representatives of the Financial Action Task Force (FATF) Secretariat, the United Nations Office on Drugs "
         "and Crime (UNODC) and the IAEA also took part.", ["FATF", "UNODC", "IAEA"], []),
        ("The UNODC and the FATF Secretariat also took part.", ["UNODC", "FATF"], []),
        ("The Oceania Customs Organisation is also taking part.", ["OCO"], []),
        ("The Brazilian-Argentine Agency for Accounting and Control of Nuclear Materials (ABACC) and the International "
         "Atomic Energy Agency (IAEA) contributed as resource organizations.", ["ABACC", "IAEA"], []),
        ("Experts presented a template for such plans, while the Oceania Customs Organisation, the International "
         "Atomic Energy Agency (IAEA) and the OPCW outlined the assistance they can offer.", ["OCO", "IAEA", "OPCW"], []),
        ("The League of Arab States and the Secretariat of the Gulf Cooperation Council took an active part.",
         ["LAS", "GCC"], []),
        ("The IAEA and the EU's P2P export control programme also presented.", ["IAEA", "EU"], []),
        ("A practical session led by the International Atomic Energy Agency on detection was appreciated, as were the "
         "modules run by INTERPOL.", ["IAEA", "INTERPOL"], []),
        ("SIPRI, Sweden's peace research institute, gave a very frank talk, and the OPCW sent two people.",
         ["OPCW"], ["SIPRI"]),
        ("The Pan American Health Organization (PAHO) and the Biological Weapons Convention Implementation Support "
         "Unit gave briefings.", ["PAHO", "Biological Weapons Convention Implementation Support Unit"], []),
        ("The United Nations Office for Disarmament Affairs (UNODA) will accompany the delegation, and the African "
         "Union Commission will send its 1540 focal point.", ["UNODA", "AUC"], []),
        ("The scenario was written by the James Martin Center for Nonproliferation Studies, and experts from INTERPOL "
         "took part.", ["INTERPOL"], ["James Martin Center for Nonproliferation Studies"]),
        ("Experts from INTERPOL took part. The Stimson Center designed the three-move scenario and facilitated the "
         "exercise.", ["INTERPOL"], ["Stimson Center"]),
        ("Partner organizations contributed sessions at no cost to the project: the Oceania Customs Organisation (OCO), "
         "INTERPOL and the Verification Research, Training and Information Centre (VERTIC).", ["OCO", "INTERPOL"],
         ["Verification Research, Training and Information Centre"]),
        ("Presentations were given by experts supporting the Security Council's 1540 Committee, the Oceania Customs "
         "Organisation and the London-based Verification Research, Training and Information Centre (VERTIC).",
         ["Security Council Committee established pursuant to resolution 1540 (2004)", "OCO"],
         ["Verification Research, Training and Information Centre"]),
        ("The OPCW walked us through its assistance, and the World Health Organization explained the notifications. "
         "On the third day INTERPOL ran a very practical session on joint investigations.",
         ["OPCW", "WHO", "INTERPOL"], []),
        ("Lecturers from INTERPOL will join IAEA instructors. The East African Community Secretariat will present "
         "regional initiatives.", ["INTERPOL", "IAEA", "EAC"], []),
        ("The OPCW representative said that laboratories could help. The WOAH facilitator intervened, and the 1540 "
         "Committee expert thanked the organizers. An IAEA expert mission is planned.",
         ["OPCW", "WOAH", "Security Council Committee established pursuant to resolution 1540 (2004)"], []),
        ("The OPCW representative said that laboratories could help. The EU funded it, but there is no EU speaker.",
         ["OPCW"], []),  # none of a body's people
        ("Live session 10 Sept: guest lecture by the World Health Organization on the manual. A presentation by the "
         "IAEA followed.", ["WHO", "IAEA"], []),
        ("Representatives of **Ghana**, **Togo** and the **IAEA** took part.", ["IAEA"], []),
        ("The **OSCE** and the **IAEA** also took part.", ["OSCE", "IAEA"], []),
        ("Resource persons will be provided by the International Atomic Energy Agency (Division of Nuclear Security) "
         "and the Oceania Customs Organisation Secretariat; the Pacific Islands Forum Secretariat will attend as an "
         "observer.", ["IAEA", "OCO", "PIFS"], []),
        ("It brought together officials from Indonesia and Malaysia, alongside the ASEAN Secretariat and the "
         "International Atomic Energy Agency.", ["ASEAN Secretariat", "IAEA"], []),
        ("Thank you also to the teams from WHO AFRO, WOAH and VERTIC for very hands-on sessions.",
         ["WHO AFRO", "WOAH"], ["VERTIC"]),
        ("The ASEAN Secretariat, the International Atomic Energy Agency and the European Union contributed their "
         "expertise.", ["ASEAN Secretariat", "IAEA", "EU"], []),
        ("The GCC Secretariat General and the Arab Atomic Energy Agency sent representatives, and INTERPOL ran the "
         "information-sharing strand.", ["GCC", "AAEA", "INTERPOL"], []),
        ("The World Customs Organization's Regional Office for Capacity Building for Asia/Pacific led the sessions on "
         "risk targeting.", ["ROCB A/P"], []),
        ("An expert from the UN 1540 Committee's Group of Experts observed.",
         ["Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"], []),
    ],
)
def test_parties_participating_bodies_from_prose(parse, text, orgs, civil):
    """In prose, the international bodies listed after "representatives / experts from" take part;
    civil society ones are civil society; bodies named otherwise do not."""
    participants = parse(text + "\n").participants
    assert [o.acronym or o.name for o in participants.organizations] == orgs
    assert [t.text for t in participants.civil_society] == civil


# --- participants in header fields -------------------------------------------------------------

@pytest.mark.parametrize(
    "lines,codes,orgs",
    [
        (["Participants: States: Armenia; Georgia; International organizations: OSCE, IAEA"],
         {"ARM", "GEO"}, {"OSCE", "IAEA"}),
        (["Participants: States: Afghanistan, Kazakhstan2, Kyrgyzstan3"], {"AFG", "KAZ", "KGZ"}, set()),
        (["Participants:", "States: Armenia, Georgia", "International organizations: OSCE"],
         {"ARM", "GEO"}, {"OSCE"}),
        pytest.param(["Participating States: Armenia, Georgia and Azerbaijan"], {"ARM", "GEO", "AZE"}, set()),
        (["Participants: Customs and licensing officials from Armenia, Georgia and the Republic of Moldova, as well "
          "as experts from the OSCE and the European Union."], {"ARM", "GEO", "MDA"}, {"OSCE", "EU"}),
        (["PARTICIPANTS: ARMENIA, GEORGIA"], {"ARM", "GEO"}, set()),
        (["Attendees: Armenia, Georgia; IAEA"], {"ARM", "GEO"}, {"IAEA"}),
        (["Participants: *States:* Jordan; *International", "  organizations:* IAEA, OPCW; *Civil Society:* Royal "
          "Scientific Society"], {"JOR"}, {"IAEA", "OPCW"}),
    ],
)
def test_parties_participants_header_shapes(parse, lines, codes, orgs):
    text = note("Event: Regional Workshop on Border Controls", "Organizers: UNODA",
                "Date and venue: 4-5 May 2015, Vienna, Austria", *lines)
    record = parse(text)
    assert participant_codes(record) - {"AUT"} == codes
    assert {o.acronym or o.name for o in as_listed(record)} == orgs
    assert {"Civil Society", "International organizations"}.isdisjoint(o.name for o in record.mentions.organizations)

@pytest.mark.parametrize("lines", [
    pytest.param(["Participants", "", "States", " - Armenia", " - Georgia", "", "Civil society", " - VERTIC", "",
                  "1540 Committee", " - Two experts of the Group of Experts"], id="alone-its-people-bulleted-below"),
    pytest.param(["Participants:", "  States:\tArmenia, Georgia", "  1540 Cttee:\tone expert of the Group of Experts"],
                 id="abbreviated"),
    pytest.param(["PARTICIPANTS:", "States\t\tArmenia, Georgia", "", "Civil society\tVERTIC", "",
                  "1540 Committee\tTwo members of the Group of Experts"], id="a-tab-from-its-value"),
    pytest.param(["Participants", "   States                 Armenia; Georgia", "   Civil society          VERTIC",
                  "   1540 Committee         Chair of the 1540 Committee; three members", "                          of the Group of Experts"],
                 id="a-wide-gap-from-its-value"),
])
def test_parties_the_committees_sub_label_alone_or_abbreviated(parse, lines):
    """"1540 Committee" on its own line among the sub-labels, its people below, is a sub-label as
    "1540 Committee:" is (not a heading that ends the header); so is "1540 Cttee:", and "1540 Committee"
    a tab or a wide gap from its people, as the sub-labels above it are from theirs."""
    record = parse(note("Event: Regional Workshop on Border Controls", "Date and venue: 4-5 May 2015, Vienna, Austria",
                        *lines))
    assert participant_codes(record) - {"AUT"} == {"ARM", "GEO"}
    orgs = record.participants.organizations  # its Group of Experts (and the Committee, when its Chair came)
    assert any("Group of Experts" in o.name for o in orgs) and all("1540" in o.name or "Experts" in o.name for o in orgs)
    assert not any("1540" in t.text for t in record.participants.civil_society)


def test_parties_a_pair_of_sub_labels_alone_heads_the_bullets_below_it(parse):
    record = parse(note("Event: Regional Roundtable on Biosecurity", "Date and venue: 4-5 May 2015, Al Ain, United Arab Emirates",
                        "Participants", "  States", "    - Oman", "    - Qatar", "  Academia / Civil society",
                        "    - United Arab Emirates University (UAEU)",
                        "    - International Federation of Biosafety Associations (IFBA)"))
    assert [t.text for t in record.participants.civil_society] == [
        "United Arab Emirates University (UAEU)", "International Federation of Biosafety Associations (IFBA)"]
    assert not any("Academia" in o.name for o in record.participants.organizations)


def test_parties_sub_labels_alone_over_flush_values_a_triple_and_the_committees_among_them(parse):
    record = parse(note("Event: Regional Workshop on Border Controls", "Date and venue: 4-5 May 2015, Vienna, Austria",
                        "Participants", "*States*", "Armenia; Georgia", "", "*International and regional organizations*",
                        "World Customs Organization (WCO); UNODA", "", "*Civil society / academia / industry*",
                        "VERTIC; Stimson Center", "", "*1540 Committee*", "Two members of the Group of Experts", "",
                        "**Objectives**", "To train officials."))
    assert [o.acronym for o in record.participants.organizations][:2] == ["WCO", "UNODA"]
    assert "Group of Experts" in record.participants.organizations[2].name
    assert [t.text for t in record.participants.civil_society] == ["VERTIC", "Stimson Center"]


def test_parties_an_item_in_capitals_after_a_footnote_marker_goes_on_with_the_list(parse):
    record = parse(note("Event: Regional Meeting of Points of Contact", "Date and venue: 16-17 October 2024, Lille, France",
                        "Participants          States:", "                        Albania, Serbia",
                        "                      International organizations:",
                        "                        Regional Arms Control Verification and Implementation Assistance",
                        "                        Centre (RACVIAC)\u00b9", "                        UNODA",
                        "                      1540 Committee: three experts of the Group of Experts"))
    assert [o.acronym for o in record.participants.organizations] == ["RACVIAC", "UNODA", None]
    assert "Group of Experts" in record.participants.organizations[-1].name



def test_parties_attendance_blocks_of_minutes(parse):
    """Minutes list who was present, online and observing: all take part; apologies do not."""
    text = ("MINUTES\nFourth Round Table Meeting\n\nDate:    07/11/2023\nVenue:   Tashkent, Uzbekistan\n\n"
            "Present (in person):\n  National Focal Point of Kazakhstan\n  UNICRI: Regional Coordinator\n\n"
            "Present (online):\n  National Focal Point of Mongolia\n\nObservers:\n  OSCE Programme Office in Dushanbe\n\n"
            "Apologies:\n  National Focal Point of Tajikistan\nApologies: Bolivia\n\n1. OPENING\n\n1.1 The meeting was opened at 09:40.\n")
    record = parse(text)
    assert participant_codes(record) == {"KAZ", "MNG"}
    assert {o.acronym or o.name for o in record.participants.organizations} >= {"UNICRI", "OSCE Programme Office in Dushanbe"}


def test_parties_organizers_in_a_ruled_table_of_labels(parse):
    text = ("4.3 Activity 3.2 \u2013 Table-top exercise\n\nDates               | 2019-10-14 to 16\n"
            "Location            | Dakar (Senegal)\nLead partner        | Expertise France\nCo-organiser        | FIIAPP\n"
            "National host       | Government of Senegal (National CBRN Focal Point, Ministry of the\n"
            "                    | Armed Forces)\n\nThe exercise was the central event of the project.\n")
    record = parse(text)
    assert (record.dates.start, record.dates.end) == ("2019-10-14", "2019-10-16")
    assert [o.name for o in record.organizers] == ["Expertise France", "FIIAPP", "Government of Senegal",
                                                   "Ministry of the Armed Forces"]


def test_parties_organizers_in_a_table_whose_rows_go_on_under_an_empty_first_cell(parse):
    """"| Organizers: | … Rey Juan Carlos" over "|             | University (URJC), …": one name across the rows."""
    text = ("Information Note\n\n| Event:          | Roundtable on biosecurity\n"
            "| Organizers:     | United Nations Office for Disarmament Affairs (UNODA); the Ghana\n"
            "|                 | National Authority for the Chemical Weapons Convention (GNACWC); Rey Juan Carlos\n"
            "|                 | University (URJC), which hosted the event\n"
            "| Date and Venue: | 20 May 2025, Accra, Ghana\n")
    assert [o.name for o in parse(text).organizers] == [
        "United Nations Office for Disarmament Affairs", "Ghana National Authority for the Chemical Weapons Convention",
        "Rey Juan Carlos University"]


def test_parties_header_run_together_on_one_line(parse):
    """Capital labels without colons on one line: the fields are read as in a header block."""
    record = parse("INFORMATION NOTE\n\nEVENT Regional Workshop on Border Controls ORGANIZERS EAC Secretariat, UNODA "
                   "DATE AND VENUE 25-27 February 2019 EAC Headquarters Arusha United Republic of Tanzania "
                   "PARTICIPANTS States Burundi, Kenya, Rwanda\n\nBACKGROUND\n\nThe workshop was the second. The first "
                   "one took place in Kampala, Uganda, on 17-19 May 2016.\n")
    assert (record.dates.start, record.dates.end) == ("2019-02-25", "2019-02-27")
    assert (record.venue.city, record.venue.country_code) == ("Arusha", "TZA")
    assert [(o.acronym, o.text) for o in record.organizers] == [("EAC", "EAC Secretariat"), ("UNODA", "UNODA")]
    assert participant_codes(record) == {"BDI", "KEN", "RWA"}


def test_parties_header_states_list_goes_on_over_a_page_break(parse):
    """PDF text drops the page number inside the list, even inside a State's name."""
    text = note("Event: Regional Workshop on Border Controls", "Organizers: UNODA",
                "Date and venue: 4-5 May 2015, Port of Spain, Trinidad and Tobago",
                "Participants:    States: Antigua and Barbuda, Grenada, Guyana, Saint Kitts and", "",
                "                                                       1", "",
                "                 Nevis, Saint Lucia, Suriname; Canada (observer)")
    assert participant_codes(parse(text)) == {"ATG", "GRD", "GUY", "KNA", "LCA", "SUR", "CAN"}


def test_parties_states_in_the_footnote_a_participants_field_marks(parse):
    text = ("Information Note\n\nEvent: Sub-regional workshop\n\nDate and Venue: 21-23 November 2016, Libreville, "
            "Gabon\n\nParticipants:\n  \u2022 States:\n     \u2013 Delegations of three ECCAS Member States \u00b2\n"
            "     \u2013 Observer: Rwanda\n\nHighlights\n\nThe workshop reviewed national reports.\n\n"
            "\u00b2 Angola, Burundi and Chad. The Democratic Republic of the Congo was invited but did not attend.\n")
    assert participant_codes(parse(text)) == {"RWA", "AGO", "BDI", "TCD"}


def test_parties_a_state_its_mark_notes_did_not_come_does_not_take_part(parse):
    """"Croatia*" in the States' list, and under it "* Croatia registered but was not able to attend."."""
    text = ("Information Note\n\nEvent: Regional conference\n\nDate and Venue: 10-12 June 2025, Rosenheim, Germany\n\n"
            "Participants\n  \u2022 States:    Austria, Croatia*, Germany, Italy\n"
            "  \u2022 International organizations:    UNODA\n  * Croatia registered but was not able to attend.\n\n"
            "Objectives\n\nTo inform exporters.\n")
    assert participant_codes(parse(text)) == {"AUT", "DEU", "ITA"}


def test_parties_states_in_a_bracketed_footnote_a_participation_sentence_marks(parse):
    """Word processors and wikis export footnotes as "[3]": the sentence's footnote lists the States."""
    text = ("The seminar was convened by UNRCPD in Colombo on 4 and 5 September 2019.\n\n"
            "Thirty officials from six South Asian States[3] took part.\n\n________________\n"
            "[3] Bangladesh, Bhutan, Maldives, Nepal, Pakistan and Sri Lanka. India and Afghanistan were invited "
            "but were unable to attend.\n")
    assert participant_codes(parse(text)) == {"BGD", "BTN", "MDV", "NPL", "PAK", "LKA"}


@pytest.mark.parametrize("placeholder", ["\u2014", "-", "None", "none.", "N/A", "n/a", "Not applicable", "*"])
def test_parties_placeholder_list_items_name_no_one(parse, placeholder):
    """"Civil society: —" in a header says there was none: no item comes out of it."""
    text = note("Event: Regional Workshop on Border Controls", "Organizers: UNODA",
                "Date and venue: 4-5 May 2015, Vienna, Austria", "Participants:", "States: Armenia, Georgia",
                f"Civil society: {placeholder}", f"Others: {placeholder}")
    participants = parse(text).participants
    assert (participants.civil_society, participants.other) == ([], [])


def test_parties_a_name_a_wrapped_label_cuts_in_two_is_one_body(parse):
    """"International   INTERPOL, World Customs" over "organizations   Organization (WCO)": the
    label's second word sits inside the name, and the body is the WCO, not "World Customs"."""
    record = parse("Information Note\n\nEvent           Regional course\nParticipants\n   States          Mali\n"
                   "   International   INTERPOL, World Customs\n   organizations   Organization (WCO), 1540 Committee\n")
    assert [o.acronym or o.name for o in record.participants.organizations] == [
        "INTERPOL", "WCO", "Security Council Committee established pursuant to resolution 1540 (2004)"]
    assert all(o.name != "World Customs" for o in record.mentions.organizations)


# --- participants listed below a line that introduces them -----------------------------------------

DISPLAYED_LISTS = [
    pytest.param("The workshop was held in Addis Ababa.\n\nParticipating States were:\n  - Cabo Verde\n"
                 "  - C\u00f4te d'Ivoire\n  - the Gambia\n  - Sao Tome and Principe\n\nThe AU opened it.\n",
                 {"CPV", "CIV", "GMB", "STP"}, set(), id="bullets"),
    pytest.param("The seminar was held in Istanbul.\nS/AC.44/2023/NOTE.12\nThe States represented were:\n\n"
                 "1. Armenia\n2. Azerbaijan\n3. Republic of Moldova\n10. T\u00fcrkiye\n\nThe seminar ended.\n",
                 {"ARM", "AZE", "MDA", "TUR"}, set(), id="numbered"),
    pytest.param("Information Note\n\nParticipants: States: 6 States of the region (see list below)\n\nHighlights\n\n"
                 "The meeting was attended by officials from the following six States:\n\n"
                 "          Antigua and Barbuda                       Guyana\n"
                 "          Bolivia (Plurinational State of)          Saint Vincent and the\n"
                 "          Brazil                                    Grenadines\n"
                 "          Chile                                     Trinidad and Tobago\n\n"
                 "Several States noted progress.\n",
                 {"ATG", "GUY", "BOL", "BRA", "CHL", "TTO"}, set(), id="two-columns-beside-a-header"),
    pytest.param("The course was held online.\n\nThe following took part:\n\u2022 Fiji\n\u2022 Samoa\n"
                 "\u2022 the International Atomic Energy Agency (IAEA)\n\nThe course ended.\n",
                 {"FJI", "WSM"}, {"IAEA"}, id="states-and-bodies"),
    pytest.param("UNODA held a webinar for Fiji.\n\nThe following States were invited but did not attend:\n"
                 "- Tonga\n- Tuvalu\n\nThe course ended.\n", {"FJI"}, set(), id="invited-not-attending"),
    pytest.param("UNODA held a webinar for Fiji.\n\nThe course covered the export controls of:\n"
                 "- Japan\n- Australia\n\nThe course ended.\n", {"FJI"}, set(), id="not-about-taking-part"),
    pytest.param("The dialogue was held in New York.\n\nAnnex I \u2013 List of participating delegations\n\n"
                 "Fiji; Kiribati; Micronesia (Federated States of); Nauru\n\nAnnex II \u2013 Programme\n",
                 {"FJI", "KIR", "FSM", "NRU"}, set(), id="a-heading-without-colon"),
    pytest.param("The conference was held in Amman.\n\nAnnex \u2014 Participating delegations\n\n"
                 "Delegation                Participants\n--------------------------------\nAlgeria                   2\n"
                 "Jordan (host)             11\nLibya                     \u2014 (invited; did not attend)\n"
                 "OPCW Technical Secretariat  5\n--------------------------------\nTotal      18\n",
                 {"DZA", "JOR"}, {"Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons"},
                 id="a-table-with-column-heads"),
    pytest.param("The course was held online.\n\nLIST OF PARTICIPANTS\n\u2022 Fiji\n\u2022 Samoa\n\nThe course ended.\n",
                 {"FJI", "WSM"}, set(), id="a-heading-in-capitals"),
    pytest.param("The series was held online. In total, 58 officials took part. Participants came from the\n"
                 "following regions:\n\n    Africa: Botswana, Cameroon and Ghana\n    Asia: Bangladesh and Indonesia\n\n"
                 "Sessions were recorded.\n", {"BWA", "CMR", "GHA", "BGD", "IDN"}, set(), id="an-introduction-over-two-lines"),
    pytest.param("The meeting was held in Cairo.\n\n3. Fifteen member States attended. The delegation of Yemen sent its "
                 "apologies. The list of participants is reproduced below.\n\n"
                 "    Country        | Name                  | Title\n"
                 "    ---------------+-----------------------+--------------------------------\n"
                 "    Algeria        | Mr. Karim Benali      | Counsellor, Ministry of Foreign Affairs\n"
                 "    Bahrain        | Ms. Noor Al-Khalifa   | Second Secretary, Ministry of Foreign\n"
                 "                   |                       | Affairs\n"
                 "    Egypt          | Mr. Ahmed Fathy       | Counsellor, Ministry of Foreign Affairs\n"
                 "                   | Dr. Mona El-Sayed     | Egyptian Atomic Energy Authority\n"
                 "    Yemen          | (apologized)          |\n\nIII. Discussions\n",
                 {"DZA", "BHR", "EGY"}, set(), id="a-ruled-table-of-people-below-a-sentence"),
    pytest.param("The meeting was held online.\n\nLIST OF PARTICIPANTS\n\nI. STATES\n\nKIRIBATI\n"
                 "Mr. Teburoro Kaiea, Assistant Secretary, Office of Te Beretitenti, Tarawa\n\nSOLOMON ISLANDS\n"
                 "Mr. Derek Houasi, Under-Secretary, Ministry of Foreign Affairs and External Trade, Honiara\n"
                 "Ms. Ana Taufa, Second Secretary, Embassy of Japan, Suva\n\n"
                 "II. INTERNATIONAL ORGANIZATIONS\nInternational Atomic Energy Agency (IAEA)\n"
                 "  Ms. Hyun-ju Baek, Nuclear Security Officer, Vienna\n\nIII. SECRETARIAT\nUNODA\n"
                 "  Mr. Daniel Fuentes, Political Affairs Officer, New York\n\nApologies received:\nNauru\n",
                 {"KIR", "SLB"}, {"IAEA"}, id="a-roster-of-delegations-and-their-people"),
    pytest.param("The course was held online.\n\nCustoms, police and licensing officers from six States:\n\n"
                 "| Delegation | Officers |\n|---|---:|\n| Colombia | 9 |\n| Costa Rica | 3 |\n| Ecuador | 4 |\n\n"
                 "The course ended.\n", {"COL", "CRI", "ECU"}, set(), id="a-markdown-table-below-officers-from"),
    pytest.param("The meeting was held online.\n\nLIST OF PARTICIPANTS\n\nI. STATES\n\nTONGA\n"
                 "H.E. Mr. Sione Fifita, Ambassador, Permanent Mission of the Kingdom of Tonga to the\n"
                 "  United Nations, New York\n\nII. RESOURCE PERSONS\n"
                 "Ms. Carolina Ibarra, Expert, 1540 Committee Group of Experts, New York\n"
                 "Mr. Andrew Whitfield, Legal Officer, World Customs\n  Organization (WCO), Brussels\n"
                 "Dr. Lena Paul, Lecturer, King's College London, on behalf of the IAEA\n\n"
                 "III. INTERNATIONAL ORGANIZATIONS\nInternational Atomic Energy Agency (IAEA)\n"
                 "  Ms. Hyun-ju Baek, Nuclear Security Officer, Division of Nuclear Security, Vienna\n\n"
                 "IV. SECRETARIAT\nMr. Daniel Fuentes, Political Affairs Officer, UNODA, New York\n",
                 {"TON"}, {"Group of Experts of the Security Council Committee established pursuant to resolution 1540 "
                           "(2004)", "WCO", "IAEA"}, id="a-roster-of-people-naming-their-bodies"),
    pytest.param("UNODA held a webinar for Fiji.\n\nParticipants came from:\nSamoa, where customs officers "
                 "have trained with the regional customs body for many years under a programme funded by Japan\n",
                 {"FJI"}, set(), id="a-sentence-is-no-list-item"),
    pytest.param("Course: STCE course\nStart: 25.11.2024\n\nParticipants by country (source: provider final report)\n"
                 "  Bangladesh ............ 4\n  Cambodia .............. 3\n  TOTAL ................ 7\n",
                 {"BGD", "KHM"}, set(), id="a-training-records-participants-by-country-with-dot-leaders"),
    pytest.param("Course: STCE course\n\nParticipants by country:\n  Bangladesh    4\n  Cambodia    3\n",
                 {"BGD", "KHM"}, set(), id="participants-by-country-and-a-colon"),
    pytest.param("The Meeting was held in Windhoek.\n\n2. The Meeting was attended by representatives of the following "
                 "Member States:\nAngola, Botswana, Mauritius, South Africa, United Republic of\nTanzania, Zambia and "
                 "Zimbabwe. The Union of Comoros and the Republic of\nMadagascar sent apologies.\n",
                 {"AGO", "BWA", "MUS", "ZAF", "TZA", "ZMB", "ZWE"}, set(),
                 id="a-list-in-running-lines-a-name-wrapped-and-the-next-sentence-not-of-it"),
]


@pytest.mark.parametrize("text,codes,orgs", DISPLAYED_LISTS)
def test_parties_participants_listed_below_their_introduction(parse, text, codes, orgs):
    record = parse(text)
    assert participant_codes(record) == codes
    assert {o.acronym or o.name for o in as_listed(record)} == orgs


@pytest.mark.parametrize(
    "sentence,codes",
    [
        ("The delegation of Yemen sent its apologies.", set()),
        ("The delegation of Yemen could not attend.", set()),
        ("Delegations of Armenia and Georgia attended, while Azerbaijan could not attend.", {"ARM", "GEO"}),
        ("Delegations of Armenia and Georgia attended, while Azerbaijan sent apologies.", {"ARM", "GEO"}),
        ("Two delegations arrived a day late, and Rwanda, a member of the bloc, sent no one.", set()),
        ("The course is open to nominees from Burundi, the Comoros and Kenya.", {"BDI", "COM", "KEN"}),
        ("Delegations from Belize and Panama took part. The participants agreed to meet again later in the year; "
         "Guyana has offered to host a follow-up meeting in Georgetown.", {"BLZ", "PAN"}),
        ("Delegates came from Kenya and Uganda; there was a place card for Eritrea, but the chair stayed empty.",
         {"KEN", "UGA"}),
        ("Delegates came from Kenya and Uganda. The money for the workshop came from the Government of Canada.",
         {"KEN", "UGA"}),
    ],
)
def test_parties_a_state_that_did_not_come_does_not_take_part(parse, sentence, codes):
    assert participant_codes(parse("The meeting was held in Cairo on 14 November 2022. " + sentence + "\n")) == codes


def test_parties_a_header_field_naming_no_one_leaves_the_prose_to_say(parse):
    record = parse(note("Participants: States: Ghana, Kenya", "International organizations: see Highlights")
                   + "\nHighlights\n\nInternational organizations represented at the meeting were the World Customs "
                     "Organization (WCO) and INTERPOL.\n")
    assert participant_codes(record) == {"GHA", "KEN"}
    assert [o.acronym for o in record.participants.organizations] == ["WCO", "INTERPOL"]


def test_parties_a_meeting_at_an_international_bodys_premises_has_no_host_state(parse):
    record = parse("VIENNA, Austria \u2013 Representatives of Ghana and Kenya gathered at the Vienna International "
                   "Centre on 14 June 2018 for a technical meeting.\n")
    assert (record.venue.city, record.venue.country_code) == ("Vienna", "AUT")
    assert participant_codes(record) == {"GHA", "KEN"}


@pytest.mark.parametrize("value", ["UNODA, Vienna", "**UNODA** (via UNRCPD, Kathmandu)"])
def test_parties_a_city_or_a_brackets_piece_is_no_organizer(parse, value):
    record = parse(note(f"Organizers: {value}"))
    assert [o.text for o in record.organizers if o.acronym is None] == []


def test_parties_those_who_invite_to_an_event_organize_it_not_their_units(parse):
    record = parse("The OSCE Secretariat (Conflict Prevention Centre, FSC Support Section) and the United Nations "
                   "Office for Disarmament Affairs (UNODA) invite you to a webinar on 9 December 2020. "
                   "Ghana, invited to the webinar, will present.\n")
    assert [o.text for o in record.organizers] == ["OSCE Secretariat", "United Nations Office for Disarmament Affairs"]


def test_parties_those_who_write_in_a_saved_video_call_chat_take_part(parse):
    """A saved chat's senders' States and bodies take part; a State its messages speak of does not."""
    record = parse("Meeting: UNODA webinar on national action plans\nDate: 15/06/2021\n\n"
                   "09:51:02 From UNODA Host - Vienna to Everyone:\n  Welcome! The webinar starts at 10:00.\n"
                   "09:52:40 From Aigerim (Kazakhstan - MFA) to Everyone:\n  Good morning from Nur-Sultan\n"
                   "09:53:15 From Timur K. - Kyrgyzstan to Everyone:\n  Hello from Bishkek\n"
                   "10:02:20 From UNODA Host - Vienna to Everyone:\n  Our Afghan colleagues cannot connect; Mongolia "
                   "sends regrets.\n"
                   "10:25:19 From IAEA - Division of Nuclear Security - Rahul to Everyone:\n  Link to the brochure\n")
    assert participant_codes(record) == {"KAZ", "KGZ"}
    assert {o.acronym for o in record.participants.organizations} >= {"UNODA", "IAEA"}


def test_parties_a_line_or_two_that_quote_a_chat_list_no_one(parse):
    record = parse("The workshop was held in Lima on 3 May 2019. The chat showed: 09:52 From Chile to Everyone: hello.\n")
    assert "CHL" not in participant_codes(record)


def test_parties_we_had_them_online_took_part_and_those_with_whom_we_hosted_organize(parse):
    """"We had Fiji, Palau … online, plus UNODA, OCO …, with VERTIC and us hosting": the first list
    takes part; VERTIC hosts (the list before "with" does not)."""
    record = parse("Vinaka to everyone who joined the webinar on resolution 1540 yesterday, 14 September 2021! We had "
                   "Fiji, Palau, Samoa and Tonga online, plus UNODA, OCO and both 1540 Committee experts, with VERTIC "
                   "and us hosting. Sadly our Nauru colleagues could not connect.\n")
    assert organizer_keys(record) == ["VERTIC"]
    assert participant_codes(record) == {"FJI", "PLW", "WSM", "TON"}
    assert {"UNODA", "OCO"} <= {o.acronym for o in record.participants.organizations}


def test_parties_those_a_passive_names_before_with_and_a_host_all_organize(parse):
    record = parse("It is a week-long course on resolution 1540 held on 3-7 June 2024, run by the World Customs "
                   "Organization and UNODA, with Cabo Verde customs hosting us in their training centre.\n")
    assert organizer_keys(record) == ["WCO", "UNODA", "Government of Cabo Verde"]


@pytest.mark.parametrize("host_sentence", [
    "The Municipality of Bragado acted as host.",
    "The Municipality of Bragado was the host of the event.",
    "UNODA thanked everyone, with the Municipality of Bragado as host.",
])
def test_parties_a_body_in_the_role_of_host_organizes(parse, host_sentence):
    record = parse("A regional workshop on resolution 1540 was organized by UNODA in Bragado, Argentina, on 3 and 4 "
                   f"June 2024. {host_sentence} Officials from Chile and Uruguay took part.\n")
    assert organizer_keys(record) == ["UNODA", "Municipality of Bragado"]


def test_parties_a_host_country_in_a_list_is_no_organizer_by_its_role(parse):
    record = parse("A regional workshop on resolution 1540 was organized by UNODA in Santiago on 3 and 4 June 2024, "
                   "with Chile as host country. Officials from Chile and Uruguay took part.\n")
    assert organizer_keys(record) == ["UNODA"]


@pytest.mark.parametrize("host, name", [
    ("the Prefeitura Municipal de Itajubá", "Prefeitura Municipal de Itajubá"),
    ("the Municipality of Itajubá (Prefeitura de Itajubá)", "Municipality of Itajubá"),  # one body, two names
])
def test_parties_a_town_government_by_its_own_tongues_name_hosts(parse, host, name):
    record = parse("A national seminar on chemical security was organized by the OPCW in Itajubá, Brazil, on 3 and 4 "
                   f"June 2024, with {host} as host.\n")
    assert organizer_keys(record) == ["OPCW", name]


@pytest.mark.parametrize("header_item, name", [
    ("Tehsil Municipal Administration Shujaabad (TMA Shujaabad), as host", "Tehsil Municipal Administration Shujaabad"),
    ("Landkreis Harburg (District of Harburg), host", "Landkreis Harburg"),
])
def test_parties_an_organizers_role_after_a_comma_is_no_part_of_its_name(parse, header_item, name):
    record = parse(f"Information Note\n\nEvent: National seminar\n\nOrganizers: {header_item}; UNODA\n\n"
                   "Date and Venue: 9 to 11 December 2024, Multan, Pakistan\n\nParticipants:\nStates: Pakistan\n")
    assert organizer_keys(record) == [name, "UNODA"]


def test_parties_trainers_from_bodies_after_the_organizers_are_no_organizers(parse):
    """"run by the Ministry of Trade together with UNODA, with trainers from the World Customs Organization and the
    IAEA": those bodies' people taught; they did not organize."""
    record = parse("A national training course on strategic trade controls was held in Yalvaç, Türkiye, from 12 to 16 "
                   "May 2025. The course was run by the Ministry of Trade together with the United Nations Office for "
                   "Disarmament Affairs (UNODA), with trainers from the World Customs Organization and the IAEA.\n")
    assert "WCO" not in organizer_keys(record) and "IAEA" not in organizer_keys(record)


def test_parties_a_place_before_a_because_clause_is_no_host(parse):
    """"… around the municipal Convention Centre, because the Municipality of Chimbas is hosting an international
    meeting there": the municipality hosts, not the centre the clause before names."""
    record = parse("Next week, from Monday 2 to Wednesday 4 March 2026, there will be parking restrictions around the "
                   "municipal Convention Centre, because the Municipality of Chimbas is hosting an international "
                   "meeting there on resolution 1540 with officials from Argentina and Chile.\n")
    assert organizer_keys(record) == ["Municipality of Chimbas"]


def test_parties_a_hall_that_hosted_is_where_not_who(parse):
    record = parse("From Monday until yesterday the Cultural Centre on Cumhuriyet Meydanı hosted a three-day regional "
                   "seminar on strategic goods in Uzunköprü, Türkiye, on 30 September-2 October 2024. The seminar was "
                   "hosted by Uzunköprü Municipality with the United Nations Office for Disarmament Affairs.\n")
    assert organizer_keys(record) == ["Uzunköprü Municipality", "UNODA"]


def test_parties_a_danish_kommune_hosts(parse):
    record = parse("On Monday 2 and Tuesday 3 December 2024 a delegation of the 1540 Committee met officials at "
                   "Hvidovre Town Hall, Denmark. Hvidovre Kommune hosted the visit at the government's invitation.\n")
    assert "Hvidovre Kommune" in organizer_keys(record)


def test_parties_a_chinese_towns_peoples_government_after_and_is_a_second_body(parse):
    """"the Department of Commerce of Hebei Province and the People's Government of Botou City": two organizers,
    though "Government" heads no body's name alone."""
    record = parse("A regional seminar on export control was organized by UNODA in Botou, China, on 3 and 4 June 2025, "
                   "co-organized by the Department of Commerce of Hebei Province and the People's Government of Botou "
                   "City.\n")
    assert [o.name for o in record.organizers][-2:] == ["Department of Commerce of Hebei Province",
                                                        "People's Government of Botou City"]


def test_parties_a_north_indian_towns_council_before_its_town_hosts(parse):
    """"Nagar Palika Parishad Jalesar hosted the course": a town's council by the name it has in Hindi, before the
    town's name."""
    record = parse("A regional training course on chemical safety was organized by UNODA in Jalesar, India, on 3 and 4 "
                   "June 2024. The Nagar Palika Parishad Jalesar hosted the course and arranged the venue.\n")
    assert organizer_keys(record) == ["UNODA", "Nagar Palika Parishad Jalesar"]


@pytest.mark.parametrize("host_sentence, host", [
    ("The seminar was co-hosted by Kakegawa City.", "Kakegawa City"),
    ("Kakegawa City co-hosted the seminar with the ministry.", "Kakegawa City"),
    ("It was held in partnership with Kakegawa City, which hosted the seminar.", "Kakegawa City"),
    ("The seminar ran with Kakegawa City Hall as host.", "Kakegawa City Hall"),
    ("It was hosted by the Kakegawa county government.", "Kakegawa county government"),  # a wire's lower case
])
def test_parties_a_host_town_named_with_its_governments_word_organizes(parse, host_sentence, host):
    record = parse("A national seminar on export control was organized by UNODA in Kakegawa, Japan, on 3 and 4 June "
                   f"2024. {host_sentence} Officials from Japan and Viet Nam took part.\n")
    assert organizer_keys(record) == ["UNODA", host]


def test_parties_a_header_items_host_town_named_with_its_governments_word_organizes(parse):
    record = parse("Information Note\n\nEvent: National seminar on export control\n"
                   "Organizers: UNODA; host: Kakegawa City\nDate and Venue: 3-4 June 2024, Kakegawa, Japan\n")
    assert organizer_keys(record) == ["UNODA", "Kakegawa City"]


@pytest.mark.parametrize("sentence", [
    "Kuwait City hosted the seminar.",  # a city's own name, not its government
    "Kakegawa City hosted the Asia Tea Forum in November last year.",  # another event
])
def test_parties_a_town_hosting_is_no_body_by_a_citys_own_name_or_another_events_host(parse, sentence):
    record = parse("A national seminar on export control was organized by UNODA on 3 and 4 June 2024. "
                   f"{sentence} Officials from Japan and Viet Nam took part.\n")
    assert organizer_keys(record) == ["UNODA"]


def test_parties_a_briefs_foreign_delegations_and_also_present_lines_list_who_took_part(parse):
    record = parse("09:00 AM   OPENING OF THE ROUNDTABLE ON STRATEGIC TRADE, Iloilo City, 20-21 August 2019\n"
                   "           - Foreign delegations: Indonesia, Malaysia, Thailand, Viet Nam.\n"
                   "           - Also present: ASEAN Secretariat (Jakarta); UNRCPD (Kathmandu).\n")
    assert participant_codes(record) >= {"IDN", "MYS", "THA", "VNM"}
    assert "ASEAN Secretariat" in {o.name for o in record.participants.organizations}


def test_parties_a_delegation_that_has_cancelled_after_an_aside_did_not_come(parse):
    """"the delegation of the Republic of Bulgaria, announced in our note of 25 September 2017, has
    cancelled its participation": the clause's subject is before the aside."""
    record = parse("The conference on export controls took place in Novi Sad on 10-12 October 2017 with delegations "
                   "of Albania and Montenegro.\n\nPLEASE NOTE: the delegation of the Republic of Bulgaria, announced "
                   "in our note of 25 September 2017, has cancelled its participation; the request is withdrawn.\n")
    assert participant_codes(record) == {"ALB", "MNE"}


def test_parties_besides_the_organizing_bodies_they_took_part_too(parse):
    record = parse("The regional conference was jointly organised by the African Union Commission and UNREC in "
                   "Bulawayo on 23-25 August 2016. Besides the two organising bodies, the SADC Secretariat, the OPCW and "
                   "two experts of the 1540 Committee attended.\n")
    assert {"AUC", "UNREC", "OPCW"} <= {o.acronym for o in record.participants.organizations}


def test_parties_organizers_not_said_to_attend_are_not_listed_as_attending(parse):
    record = parse("The regional conference was jointly organised by the African Union Commission and UNREC in "
                   "Bulawayo on 23-25 August 2016. The SADC Secretariat and the OPCW attended.\n")
    assert {"AUC", "UNREC"}.isdisjoint({o.acronym for o in as_listed(record)})


@pytest.mark.parametrize("text,orgs,civil", [
    pytest.param("The regional conference was jointly organised by the African Union Commission and UNREC in Bulawayo "
                 "on 23-25 August 2016. The SADC Secretariat and the OPCW attended.\n",
                 ["SADC", "OPCW", "AUC", "UNREC"], [], id="prose"),
    pytest.param(note("Event: Regional Seminar on Export Controls",
                      "Organizers: Ministry of Foreign Affairs of Romania and UNODA",
                      "Date and venue: 25-26 September 2018, Craiova, Romania",
                      "Participants: States: Bulgaria, Serbia; International organizations: OSCE"),
                 ["OSCE", "UNODA"], [], id="header-a-ministry-is-no-body-of-the-list"),
    pytest.param("The workshop was organized by CITS in Almaty on 22-24 September 2009. Instructors came from "
                 "the World Customs Organization (WCO).\n", ["WCO"], ["CITS"], id="an-academic-organizer-is-civil-society"),
    pytest.param(note("Event: Workshop", "Organizers: UNODA", "Date and venue: 4-5 May 2015, Vienna, Austria",
                      "Participants: States: Armenia; International organizations: UNODA, IAEA"),
                 ["UNODA", "IAEA"], [], id="listed-already-listed-once"),
])
def test_parties_the_organizing_bodies_take_part(parse, text, orgs, civil):
    """An organizing body takes part in its own event, as a host State does: after the bodies the text
    lists, the organizers that are international bodies (and civil society the academic or NGO ones),
    each once; a ministry organizes for its State, which the host rule already lists."""
    record = parse(text)
    assert [o.acronym for o in record.participants.organizations] == orgs
    assert [t.text for t in record.participants.civil_society] == civil


def test_parties_a_speech_honoured_by_the_presence_of_bodies_lists_who_took_part(parse):
    record = parse("The exercise on border security was held in Bobo-Dioulasso on 19-21 November 2013. We are also "
                   "honoured by the presence of the International Atomic Energy Agency, INTERPOL, the World Customs "
                   "Organization, and an expert of the 1540 Committee.\n")
    assert {"IAEA", "INTERPOL", "WCO"} <= {o.acronym for o in record.participants.organizations}


def test_parties_international_organizations_given_as_examples_of_who_attended_took_part(parse):
    """"…, as well as from international organizations such as the World Health Organization, attended": the
    examples are those bodies that came, set off by commas before the verb."""
    record = parse("The workshop on biosecurity was held in Longyan from Oct 22 to 24, 2024. More than 60 representatives "
                   "from China, Cambodia and other countries in the region, as well as from international organizations "
                   "including the World Health Organization, attended the event.\n")
    assert "WHO" in {o.acronym for o in record.participants.organizations}


def test_parties_bodies_that_took_part_alongside_another_bring_it(parse):
    record = parse("The seminar was held in Rennes on 2-4 October 2023. Experts from the International Atomic Energy "
                   "Agency (IAEA) took part in the discussions, alongside the UN Regional Centre for Peace and "
                   "Disarmament in Africa, based in Lom\u00e9.\n")
    assert {"IAEA", "UNREC"} <= {o.acronym for o in record.participants.organizations}


def test_parties_delegations_that_confirmed_their_participation_together_with_bodies(parse):
    record = parse("The roundtable will be held in Kota Kinabalu on 11-12 March 2025. Delegations of Indonesia and "
                   "Malaysia have confirmed their participation, together with the ASEAN Secretariat and the OPCW.\n")
    assert participant_codes(record) == {"IDN", "MYS"}
    assert {"ASEAN Secretariat", "Organisation for the Prohibition of Chemical Weapons"} <= {
        o.name for o in record.participants.organizations}


def test_parties_a_bodys_programme_after_a_dash_is_its_unit(parse):
    record = parse("INFORMATION NOTE\n\n1. Event:  Regional Tabletop Exercise on Cargo\n\n4. Participants:\n"
                   "   States ........................ Bangladesh, Nepal\n"
                   "   International Organizations ... International Criminal Police Organization (INTERPOL);\n"
                   "                                   United Nations Office on Drugs and Crime (UNODC) \u2013\n"
                   "                                   Global Maritime Crime Programme\n"
                   "   Civil Society ................. VERTIC\n")
    assert [o.acronym or o.name for o in record.participants.organizations] == ["INTERPOL", "UNODC"]


def test_parties_a_bodys_programme_after_a_dash_wrapped_after_its_first_word_is_its_unit(parse):
    record = parse("Information Note\n\n**Organizers**            United Nations Office on Drugs and Crime (UNODC) - Global\n"
                   "                          Maritime Crime Programme\n"
                   "                          Intergovernmental Authority on Development (IGAD) - Security\n"
                   "                          Sector Program\n\n**Date / Venue**          10-12 February 2025\n")
    assert [o.acronym for o in record.organizers] == ["UNODC", "IGAD"]


@pytest.mark.parametrize("value, acronyms", [
    ("United Nations Office on Drugs and Crime (UNODC), Container and Cargo Control\nProgramme, jointly with the "
     "World Customs Organization (WCO)", ["UNODC", "WCO"]),  # a programme's name an "and" parts
    ("World Customs Organization (WCO) and the Export Control and Related Border Security (EXBS) Program of\n   the "
     "United States Department of State", ["WCO", "EXBS"]),  # a programme's owner, named after it
    ("Export Control and Related Border Security (EXBS) Pro-\n   gram of the United States Department of State, and the "
     "World Customs Organization (WCO)", ["EXBS", "WCO"]),  # its "Program of" broken at the line's end; its name
    # cut at its "and" no body of its own
    ("World Customs Organization (WCO) and Ghana Revenue Authority\n   (GRA), Customs Division", ["WCO", None]),
    # a State body's division after its acronym and a comma
    ("- Ministry of Foreign Affairs of Peru\n   - Export Control and Related Border Security (EXBS) Program, United "
     "States\n     Department of State", [None, "EXBS"]),  # or after a comma
    ("the U.S. Department of State's Export Control and Related Border Security (EXBS) Program and the World Customs\n"
     "   Organization (WCO)", ["EXBS", "WCO"]),  # or its possessive before it
    ("U.S. Department of State, Export Control and Related Border Security\n   (EXBS) Program, jointly with the World "
     "Customs Organization (WCO)", ["EXBS", "WCO"]),  # or its owner first, the programme's name wrapped
    ("Ministry of Foreign Affairs of Uruguay (MRREE), Directorate-General\n   for Political Affairs, and the United "
     "Nations Office for Disarmament Affairs (UNODA)", ["MRREE", "UNODA"]),  # a ministry's directorate after a comma
])
def test_parties_a_header_organizers_unit_after_its_body_is_no_organizer(parse, value, acronyms):
    record = parse(f"Information Note\n\nOrganizers: {value}\n\nDate and venue: 22 May 2014, Salto, Uruguay\n")
    assert [o.acronym for o in record.organizers] == acronyms


@pytest.mark.parametrize("value, host", [
    ("Ministry of Foreign Affairs of the Republic of Poland; hosted by the Town of Ełk", "Town of Ełk"),
    ("Egyptian Customs Authority (ECA), and the World Customs Organization (WCO); hosted by Kafr El Sheikh "
     "Governorate", "Kafr El Sheikh Governorate"),
    ("Ministry of Energy and Mines of Algeria, hosted by Sonatrach at its training centre in Skikda", "Sonatrach"),
    ("Ministry of Foreign Affairs of Japan (MOFA); hosted by Takasago City", "Takasago City"),  # its town's name
    ("METI and CISTEC; hosted by Fujiyoshida City, Yamanashi Prefecture", "Fujiyoshida City"),  # not its region
])  # the host's name is what follows "hosted by the", up to the premises it lends or the region it is in
def test_parties_a_header_organizers_host_organizes_too(parse, value, host):
    record = parse(f"Information Note\n\nOrganizers: {value}\n\nDate and venue: 22 May 2014, Salto, Uruguay\n")
    assert record.organizers[-1].name == host


def test_parties_semicolons_inside_a_bodys_brackets_do_not_end_its_item(parse):
    record = parse(note("Participants: States: Estonia; Civil society: University of Tartu (Institute of Computer "
                        "Science; Grants and Research Security Office); SIPRI"))
    assert [c.text for c in record.participants.civil_society] == [
        "University of Tartu (Institute of Computer Science; Grants and Research Security Office)", "SIPRI"]


def test_parties_an_attendance_sheet_exported_as_csv_lists_who_came_by_its_country_column(parse):
    record = parse('"ATTENDANCE SHEET - Regional Training Course on Strategic Trade Control Enforcement"\n'
                   '"Cordoba, Argentina - Monday 2 to Friday 6 September 2019"\n'
                   "No,Surname,Given name,Institution,Country / Organization,Mon,Tue,Remarks\n"
                   "1,Ferreyra,Lucia,Cancilleria,Argentina,X,X,host\n"
                   "2,Mamani,Rolando,Aduana Nacional,Bolivia,X,X,\n"
                   '3,Lemaire,Pierre,"WCO, Capacity Building Directorate",World Customs Organization (WCO),X,,trainer\n'
                   "4,Paredes,Carla,SENIAT,Venezuela,,,confirmed 20/08 - did not attend any day\n"
                   '"NOTES: funded by the Government of Canada; no Canadian participant."\n')
    assert participant_codes(record) == {"ARG", "BOL"}
    assert "WCO" in {o.acronym for o in record.participants.organizations}


def test_parties_a_csv_table_whose_rows_repeat_its_heads_words_is_read_in_linear_time(pipeline):
    from growth import growth

    head = "No,Surname,Given name,Institution,Country / Organization,Mon,Tue\n"
    row = "1,Ferreyra,Lucia,Cancilleria,Country / Organization,X,X\n"  # each row a head's candidate
    assert growth(pipeline, head + row * 200, head + row * 2000) < 25


def test_parties_the_writers_own_delegation_in_brackets_after_us_goes_on_the_list(parse):
    record = parse("The roundtable on biosecurity was held in Ndola on 21-22 October 2025.\n\nWHO WILL BE THERE\n"
                   "- Delegations: Zambia (hosts), Zimbabwe, Mozambique and us (Malawi)\n")
    assert participant_codes(record) == {"ZMB", "ZWE", "MOZ", "MWI"}


def test_parties_a_checklists_international_bullet_under_delegations_lists_bodies_that_took_part(parse):
    record = parse("The roundtable on biosecurity was held in Ndola on 21-22 October 2025.\n\nWHO WILL BE THERE\n"
                   "- Delegations: Zambia (hosts), Zimbabwe\n- International: SADC Secretariat, African Union "
                   "Commission, WOAH (animal health)\n")
    assert {"African Union Commission", "World Organisation for Animal Health"} <= {
        o.name for o in record.participants.organizations}


def test_parties_a_list_with_a_bracket_never_closed_is_split_in_linear_time():
    from growth import growth

    from noteparse.parties import _list_items

    def split(text: str) -> None:
        _list_items(text, 0, len(text))

    assert growth(split, "X (" + "a; " * 5000, "X (" + "a; " * 50000) < 25


def test_parties_bilateral_talks_beside_an_event_organize_nothing(parse):
    """At a workshop, "Experts of the 1540 Committee … held bilateral consultations with delegations":
    talks beside it, not the workshop."""
    record = parse("The workshop was held in Bahir Dar on 28-30 March 2023 and organized by IGAD. Experts of the "
                   "Security Council's 1540 Committee presented the mandate renewal and held bilateral consultations "
                   "with delegations on their national matrices.\n")
    assert organizer_keys(record) == ["IGAD"]


def test_parties_bodies_listed_in_brackets_after_a_body_are_its_parts(parse):
    """"OSCE (Secretariat, FSC Support Section, and Mission to Serbia)": no FSC, no Government of Serbia."""
    record = parse(note("Organizers: Ministry of Foreign Affairs of Serbia",
                        "Participants: International organizations: OSCE (Secretariat, FSC Support Section, and "
                        "Mission to Serbia), RACVIAC, UNODA"))
    assert [o.acronym for o in record.participants.organizations] == ["OSCE", "RACVIAC", "UNODA"]


@pytest.mark.parametrize("sentence,organizers", [
    ("On 5-6/11/2024 the Ministry of Investment, Trade and Industry of Malaysia (MITI) coordinated with the Export "
     "Control and Related Border Security (EXBS) Program to organize the Regional Seminar on Strategic Trade.",
     ["Ministry of Investment, Trade and Industry of Malaysia", "Export Control and Related Border Security Program"]),
    ("UNODA partnered with the Pacific Islands Forum Secretariat to host a webinar on 4 August 2021.",
     ["United Nations Office for Disarmament Affairs", "Pacific Islands Forum Secretariat"]),
    ("The Caspian Customs Academy worked closely with VERTIC and UNRCPD to deliver the course on 3 May 2022.",
     ["Caspian Customs Academy", "Verification Research, Training and Information Centre",
      "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"]),
], ids=["coordinated-with", "partnered-with", "worked-closely-with"])
def test_parties_those_who_worked_with_partners_to_organize_organize(parse, sentence, organizers):
    assert [o.name for o in parse(sentence).organizers] == organizers


def test_parties_working_with_partners_on_something_else_organizes_nothing(parse):
    record = parse("The workshop took place on 3 May 2022. Ghana worked with VERTIC to draft its law and "
                   "plans to adopt it.")
    assert record.organizers == []


def test_parties_a_programme_that_runs_events_organizes_them_not_its_funder(parse):
    record = parse("The seminar was organised by the EU P2P Export Control Programme for Dual-Use Goods in "
                   "Rabat on 8 October 2024.")
    assert [(o.name, o.acronym) for o in record.organizers] == [
        ("EU P2P Export Control Programme for Dual-Use Goods", "EU P2P")]


def test_parties_a_city_after_a_civil_society_body_is_where_it_is_not_another(parse):
    record = parse(note("Participants: States: Namibia", "Civil society: Institute for Security Studies (ISS), "
                        "Pretoria; Stimson Center"))
    assert [t.text for t in record.participants.civil_society] == ["Institute for Security Studies (ISS)",
                                                                   "Stimson Center"]


def test_parties_a_bodys_acronym_joined_to_its_parents_is_one_organizer(parse):
    record = parse("The course was organized by OAS/CICTE in Port of Spain on 14-18 April 2008.")
    assert [o.acronym for o in record.organizers] == ["CICTE"]


def test_parties_representatives_of_a_bodys_secretariat_are_the_bodys(parse):
    record = parse("The conference in Windhoek on 21 August 2018 was attended by representatives of the Secretariat "
                   "of the Southern African Development Community (SADC) and of the International Atomic Energy "
                   "Agency (IAEA).\n")
    assert [o.acronym for o in record.participants.organizations] == ["SADC", "IAEA"]


def test_parties_a_list_goes_on_past_a_bracket_with_two_acronyms(parse):
    record = parse("The seminar was held in Dakar on 17 November 2008. Experts from the International Atomic Energy "
                   "Agency (AIEA/IAEA), the Organisation for the Prohibition of Chemical Weapons (OIAC/OPCW) and the "
                   "African Union made presentations.\n")
    assert [o.acronym for o in record.participants.organizations] == ["IAEA", "OPCW", "AU"]


def test_parties_an_organizers_list_ends_at_and_an_irregular_past_verb(parse):
    record = parse("It was the first course to be hosted by the Customs Division, and brought together officers from "
                   "Barbados, Belize and Guyana.\n")
    assert [o.text for o in record.organizers] == ["Customs Division"]


def test_parties_the_country_after_a_city_is_where_not_who(parse):
    record = parse("The Roundtable was convened by the Pacific Islands Forum Secretariat (PIFS) and UNRCPD at the "
                   "Grand Pacific Hotel, Suva, Fiji, on 20 and 21 August 2024.\n")
    assert [o.acronym for o in record.organizers] == ["PIFS", "UNRCPD"]


def test_parties_instructors_who_deliver_a_course_take_part_not_organize(parse):
    record = parse("The course was organized by UNODA jointly with the Revenue Service of Georgia and held at the "
                   "Revenue Service Training Centre in Tbilisi from 12 to 16 September 2016. The course was delivered "
                   "by two instructors from the World Customs Organization (WCO).\n")
    assert [o.text for o in record.organizers] == ["UNODA", "Revenue Service of Georgia"]
    assert [o.acronym for o in as_listed(record)] == ["WCO"]


@pytest.mark.parametrize("label", ["Nominated participants (2 per Member State, confirmed 10/03):",
                                   "Confirmed participants:", "Participants (in person):"])
def test_parties_a_participants_label_with_a_qualifier_or_a_gloss(parse, label):
    record = parse(f"The course was held in Algiers on 16 March 2010.\n\nNotes:\n- {label} Burkina Faso, Mali.\n")
    assert participant_codes(record) >= {"BFA", "MLI"}


def test_parties_an_organizer_whose_people_teach_is_listed_once_as_its_organizer(parse):
    record = parse("The workshop was organized by CITS in Almaty on 22-24 September 2009. Instructors came from "
                   "CITS, the World Customs Organization (WCO) and the OSCE.\n")
    assert [o.acronym for o in record.participants.organizations] == ["WCO", "OSCE"]
    assert [t.text for t in record.participants.civil_society] == ["CITS"]  # an academic body: it organizes, so takes part


def test_parties_a_states_own_ministry_organizing_stands_for_its_government(parse):
    record = parse("FIJI HOSTS PACIFIC WORKSHOP ON STRATEGIC TRADE\n\nSuva, 9 April 2025\n\nThe workshop, from 8 to 10 "
                   "April 2025, is co-organised by the Ministry of Foreign Affairs of Fiji and the Pacific Islands "
                   "Forum Secretariat (PIFS).\n")
    assert [o.text for o in record.organizers] == ["Ministry of Foreign Affairs of Fiji", "Pacific Islands Forum Secretariat"]


def test_parties_a_ministry_that_does_not_say_its_state_is_the_hosting_states(parse):
    record = parse("FIJI HOSTS PACIFIC WORKSHOP ON STRATEGIC TRADE\n\nSuva, 9 April 2025\n\nThe workshop, from 8 to 10 "
                   "April 2025, is co-organised by the Ministry of Foreign Affairs (MFA) and the Pacific Islands "
                   "Forum Secretariat (PIFS).\n")
    ministry, pifs = record.organizers
    assert (ministry.text, ministry.name, ministry.kind, ministry.country_code) == (
        "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Fiji", "government", "FJI")
    assert pifs.acronym == "PIFS"
    assert "state_of_a_body" in {w.code for w in record.warnings}


@pytest.mark.parametrize("sentence, expected", [
    ("The organisers \u2013 the OSCE, together with Bosnia and Herzegovina's Ministry of Security \u2013 had built a "
     "scenario.", ["OSCE", "Ministry of Security of Bosnia and Herzegovina"]),
    ("Its co-organizers were the OSCE and UNODA.", ["OSCE", "UNODA"]),
    ("The organizers: UNODA and the Government of Ghana.", ["UNODA", "Government of Ghana"]),
    ("The organizers thank Norway for its support.", []),
])
def test_parties_organizers_named_as_such(parse, sentence, expected):
    record = parse(f"I attended a tabletop exercise in Sarajevo from 30 September to 2 October 2025. {sentence}\n")
    assert organizer_keys(record) == expected


def test_parties_a_state_organizing_through_its_ministry_and_a_body_it_co_organized_with(parse):
    record = parse("The Argentine Republic, through its Ministry of Foreign Affairs, International Trade and Worship, "
                   "convened a peer review in Buenos Aires on April 8-10, 2024. The review was co-organized with the "
                   "Organization of American States (OAS).\n")
    ministry, oas = record.organizers
    assert (ministry.text, ministry.name, ministry.country_code, ministry.kind) == (
        "Ministry of Foreign Affairs, International Trade and Worship",
        "Ministry of Foreign Affairs, International Trade and Worship of Argentina", "ARG", "government")
    assert oas.acronym == "OAS"


def test_parties_a_government_organizing_through_its_ministry_organizes_as_the_ministry(parse):
    record = parse("The Government of Benin, through its Ministry of Foreign Affairs and Cooperation, hosted a regional "
                   "workshop in Cotonou on 29 September 2025.\n")
    assert [(o.name, o.country_code) for o in record.organizers] == [
        ("Ministry of Foreign Affairs and Cooperation of Benin", "BEN")]
    record = parse("It was hosted by the Government of Saint Lucia through its Customs and Excise Department.\n")
    assert organizer_keys(record) == ["Government of Saint Lucia"]


@pytest.mark.parametrize("sentence, expected", [
    ("The Government of Benin hosted in Cotonou, from 29 September to 2 October 2025, a regional workshop.",
     ["Government of Benin"]),
    ("UNODA convened on 29 September 2025, at its Vienna office, an expert meeting.", ["UNODA"]),
    ("Delegates of Ghana and Togo attended the workshop hosted in Cotonou on 29 September 2025, a first.", []),
])
def test_parties_an_organizing_verb_is_active_when_its_object_follows_the_place_and_date(parse, sentence, expected):
    assert organizer_keys(parse(sentence + "\n")) == expected


def test_parties_partners_after_a_relative_clause_organize_and_the_clauses_body_does_not(parse):
    record = parse("The webinar took place virtually on 25 and 26 February 2025. The webinar was convened by the United "
                   "Nations Regional Centre for Peace and Disarmament in Asia and the Pacific, which is part of the UN "
                   "Office for Disarmament Affairs, together with the Pacific Islands Forum Secretariat.\n")
    assert organizer_keys(record) == ["UNRCPD", "PIFS"]


@pytest.mark.parametrize("sentence, codes", [
    ("Around the tables sat teams from Albania, Croatia and Serbia, alongside our Bosnian hosts.",
     {"ALB", "HRV", "SRB", "BIH"}),
    ("National teams from Albania, Serbia and the Bosnian hosts \u2013 customs, police \u2013 took part. There was a "
     "Croatian observer.", {"ALB", "SRB", "BIH", "HRV"}),
    ("Delegates from Albania and Serbia join their Bosnian hosts for the sub-regional session.", {"ALB", "SRB", "BIH"}),
])
def test_parties_hosts_as_a_noun_organize_nothing(parse, sentence, codes):
    record = parse(f"I attended a tabletop exercise in Sarajevo from 30 September to 2 October 2025. {sentence}\n")
    assert record.organizers == []
    assert participant_codes(record) == codes


def test_parties_a_ministry_that_does_not_say_its_state_is_the_venues_when_no_state_organizes(parse):
    record = parse("MONTEVIDEO, 12 June 2025 \u2013 A national workshop held in Montevideo on 10-11 June 2025 was organized "
                   "by the Ministry of Foreign Affairs in cooperation with UNLIREC.\n")
    assert [(o.name, o.country_code) for o in record.organizers][0] == ("Ministry of Foreign Affairs of Uruguay", "URY")
    both = parse("MONTEVIDEO, 12 June 2025 \u2013 The Ministry of Foreign Affairs and UNLIREC held a national workshop in "
                 "Montevideo on 10-11 June 2025.\n")
    assert organizer_keys(both) == ["Ministry of Foreign Affairs of Uruguay", "UNLIREC"]
    online = parse("An online workshop held on 10-11 June 2025 was organized by the Ministry of Foreign Affairs in "
                   "cooperation with UNLIREC.\n")
    assert [(o.name, o.country_code) for o in online.organizers][0] == ("Ministry of Foreign Affairs", None)


def test_parties_a_ministry_among_two_states_organizers_keeps_its_name(parse):
    record = parse("Suva, 9 April 2025\n\nThe workshop, from 8 to 10 April 2025, was organized by Fiji, Samoa and the "
                   "Ministry of Foreign Affairs.\n")
    assert [(o.name, o.country_code) for o in record.organizers][-1] == ("Ministry of Foreign Affairs", None)


def test_parties_an_officer_of_a_body_and_a_member_of_the_group_of_experts(parse):
    record = parse("The webinar took place on 24 September 2020. An officer of the Organisation for the Prohibition of "
                   "Chemical Weapons (OPCW) presented, and a member of the Group of Experts of\nthe United Nations 1540 "
                   "Committee explained the resolution.\n")
    assert [o.acronym or o.name for o in record.participants.organizations] == [
        "OPCW", "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"]


def test_parties_a_thanks_before_who_attended_cuts_no_one(parse):
    record = parse("NOTING WITH APPRECIATION the Regional Conference on Trade Controls, held at Windhoek from 21 "
                   "to 23 August 2018, organised by UNODA and attended by delegations of the Republic of Angola "
                   "and the Republic of Zambia;\n")
    assert participant_codes(record) >= {"AGO", "ZMB"}


def test_parties_those_thanked_take_no_part_unless_said_to(parse):
    record = parse("The workshop took place in Accra on 6-8 March 2023. We are grateful to the officials from "
                   "Ghana and Togo who took part. We thank the Government of Norway for its funding.\n")
    assert participant_codes(record) == {"GHA", "TGO"}


def test_parties_a_state_in_a_bodys_address_does_not_take_part(parse):
    record = parse("Experts from Albania and Serbia took part, with RACVIAC - Centre for Security Cooperation "
                   "(Rakitje, Croatia), in the webinar on 9 December 2020.\n")
    assert participant_codes(record) == {"ALB", "SRB"}


def test_parties_a_count_of_countries_introduces_the_list_below_it(parse):
    record = parse("Who took part\n\u2022 34 participants from 5 partner countries\n   \u2013 Georgia (host) ....... 12\n"
                   "   \u2013 Armenia ........ 6\n   \u2013 Republic of Moldova ......... 5\n\n"
                   "The exercise ran in Tbilisi on 2-4 October 2018.\n")
    assert participant_codes(record) >= {"GEO", "ARM", "MDA"}


@pytest.mark.parametrize("said", ["The following organizations were represented:", "The following bodies took part:"])
def test_parties_a_list_after_were_represented_and_a_colon(parse, said):
    """A rapporteur's "were represented: the General Secretariat of the Central American
    Integration System (SICA), the International Atomic Energy Agency (IAEA)": the list's items, the
    secretariat as the registry's organ of SICA (SG-SICA)."""
    record = parse(f"The workshop was held in Panama City on 3 May 2019.\n\n{said} the General Secretariat of the "
                   "Central American Integration System (SICA), the International Atomic Energy Agency (IAEA).\n")
    assert [o.acronym for o in record.participants.organizations] == ["SG-SICA", "IAEA"]  # SICA's organ


def test_parties_the_of_of_a_bodys_name_does_not_make_a_team_take_part(parse):
    """"Our legislative team … with the Eswatini Ministry of Foreign Affairs": the team is the
    writer's own, Eswatini only the place it went; "officials of" still brings States in."""
    record = parse("From 12-14 June, VERTIC convened a table-top exercise in Kigali, Rwanda, for officials of "
                   "Kenya and Uganda.\n\nAlso in 2023\n  \u2022 In February, our legislative team undertook an "
                   "assistance visit to Mbabane, Eswatini, to review draft legislation with the Eswatini Ministry "
                   "of Foreign Affairs.\n")
    assert participant_codes(record) == {"KEN", "UGA", "RWA"}


def test_parties_a_label_on_the_next_line_is_no_body_of_the_list_before(parse):
    """A rapporteur's bullets: "- Background docs: …" after a list of bodies present is another field."""
    record = parse("OSCE-UNODA Roundtable: Strategic Trade Controls\n\nBasics\n- Vienna, Hofburg (hybrid)\n"
                   "- Tue 11 Feb 2025, 09:30-17:30 CET\n- Co-organisers: OSCE Conflict Prevention Centre / UNODA\n"
                   "- Attendance: 58 in room / 41 online; 27 participating States represented\n"
                   "- IOs / expert bodies present: IAEA (Office of Nuclear Security), Wassenaar\n"
                   "  Arrangement Secretariat, SIPRI, UNIDIR\n"
                   "- Background docs: FSC.DEC/.. on 1540 best-practice guides; OSCE 1540 project\n  brief (2024)\n")
    names = [o.name for o in record.participants.organizations]
    assert "Stockholm International Peace Research Institute" in names
    assert not [n for n in names if "Background" in n]


def test_parties_a_state_overlapping_a_bodys_name_is_not_its_government(parse):
    record = parse(note("Organised by: Royal Malaysian Customs Department (JKDM), with the\n\t\tU.S. Department of Energy"))
    assert [o.name for o in record.organizers] == ["Royal Malaysian Customs Department", "United States Department of Energy"]


def test_parties_speakers_from_bodies_take_part(parse):
    record = parse("Webinar on export control, 23 November 2021, online\n\nTitle: Effective Practices\n"
                   "Host(s): UNODA\nSpeakers from: International Atomic Energy Agency (IAEA); World Customs Organization (WCO)\n")
    assert {o.acronym for o in record.participants.organizations} >= {"IAEA", "WCO"}


PROGRAMME = ("REGIONAL CONFERENCE ON STRATEGIC TRADE CONTROLS\n\nVilnius, 14-16 October 2025\n"
             "Radisson Blu Hotel Lietuva - and online (hybrid format)\n\nPROGRAMME BOOKLET\n\nWelcome\n\n"
             "Delegations from Armenia, Estonia, Georgia and Ukraine are taking part. Contributions come from the "
             "International Atomic Energy Agency (IAEA) and the World Customs Organization (WCO). Made possible by "
             "financial contributions from Germany.\n\n"
             "TUESDAY, 14 OCTOBER\n\n09:30-10:15   Opening session\nChair: Ministry of Foreign Affairs of Lithuania\n"
             "Welcome remarks: Vice-Minister of Foreign Affairs of Lithuania\n\n"
             "10:30-12:30   Session 1 - Resolution 1540 (2004) after the comprehensive reviews\n"
             "Chair: OSCE Conflict Prevention Centre\nSpeakers: UNODA\n\n"
             "14:00-17:00   Session 2 - Licensing in practice: national experiences\nChair: Latvia\n"
             "Speakers: Estonia, Armenia\n")


def test_parties_a_programmes_speakers_are_some_of_those_its_welcome_says_take_part(parse):
    """Its sessions' "Speakers:" name a few; the welcome's delegations and "Contributions come from
    …" take part too (not Germany, whose contribution is money); "(hybrid format)" is online too."""
    record = parse(PROGRAMME)
    assert participant_codes(record) == {"ARM", "EST", "GEO", "UKR", "LTU"}  # and the host's
    assert {o.acronym for o in record.participants.organizations} == {"UNODA", "IAEA", "WCO"}
    assert (record.venue.city, record.venue.online) == ("Vilnius", True)


def test_parties_a_state_in_a_compound_adjective_does_not_take_part(parse):
    record = parse("The workshop took place in Bridgetown on 3 May 2019. Officials from Barbados and Jamaica took part, "
                   "with sessions on the DPRK- and Iran-related sanctions.\n")
    assert participant_codes(record) == {"BRB", "JAM"}


@pytest.mark.parametrize("listed, names", [
    ("Verification Research, Training and Information Centre\n(VERTIC)",
     ["Verification Research, Training and Information Centre\n(VERTIC)"]),
    ("Stimson Center, VERTIC", ["Stimson Center", "VERTIC"]),
    ("King's College London, Centre for Science and Security Studies (CSSS)", ["King's College London"]),
    ("Center for International Trade and Security (CITS),\n   University of Georgia",
     ["Center for International Trade and Security (CITS)"]),
    ("Institute of International Relations Prague (IIR), Masaryk University",
     ["Institute of International Relations Prague (IIR)", "Masaryk University"]),
])
def test_parties_a_civil_society_list_keeps_a_name_with_a_comma_whole(parse, listed, names):
    record = parse(note("Participants: States: Kazakhstan, Kyrgyzstan", f"Civil society / academia / industry: {listed}"))
    assert [c.text for c in record.participants.civil_society] == names


@pytest.mark.parametrize("listed, names", [
    ("Institute for Security Studies (ISS), Pretoria/\n   Dakar offices", ["Institute for Security Studies (ISS)"]),
    ("The Stimson Center (Washington, D.C.); Institute for Security Studies (Pretoria, South Africa); "
     "Korea International Trade Association (KITA)",
     ["The Stimson Center", "Institute for Security Studies", "Korea International Trade Association (KITA)"]),
    ("Stimson Center; Consejo Nacional de la Industria Maquiladora y Manufacturera de Exportaci\u00f3n\n   (INDEX), "
     "Chihuahua chapter; 22 companies",
     ["Stimson Center", "Consejo Nacional de la Industria Maquiladora y Manufacturera de Exportaci\u00f3n\n   (INDEX)"]),
])
def test_parties_a_civil_society_list_names_bodies_not_their_local_offices_nor_counts(parse, listed, names):
    """Which offices came ("…, Pretoria/ Dakar offices", "…, Chihuahua chapter") or where a body is
    ("(Washington, D.C.)"; not "(KITA)", an acronym that a town of Mali also spells) is no body of its own;
    nor is a count of bodies no one names ("22 companies")."""
    record = parse(note("Participants: States: Kazakhstan, Kyrgyzstan", f"Civil society / academia / industry: {listed}"))
    assert [c.text for c in record.participants.civil_society] == names


def test_parties_a_list_semicolons_divide_ends_items_at_semicolons_only(parse):
    record = parse(note("Participants: States: Ghana",
                        "International organizations: IAEA; Radiation Protection, Nuclear Safety and Security Authority\n"
                        "  (ARSN); Ministry of Health"))
    names = [o.name for o in record.participants.organizations]
    assert "Radiation Protection, Nuclear Safety and Security Authority" in names
    assert "Nuclear Safety and Security Authority" not in names


@pytest.mark.parametrize("organizers", [
    "Organization for Security and Co-operation in Europe (OSCE), Conflict Prevention\nCentre; United Nations Office "
    "for Disarmament Affairs (UNODA)",
    "United Nations Office for Disarmament Affairs (UNODA); Organization for Security and Co-operation in Europe\n"
    "(OSCE), Conflict Prevention Centre",  # the acronym wrapped to the next line
    "Organization for Security and Co-operation in Europe (OSCE) \u2013 Conflict Prevention Centre, and United Nations "
    "Office for Disarmament Affairs (UNODA)",  # a dash, no semicolons
    "Organization for Security and Co-operation in Europe (OSCE) Conflict Prevention Centre, and the United Nations "
    "Office for Disarmament Affairs (UNODA)",  # right after its acronym
])
def test_parties_a_unit_after_its_body_and_a_comma_is_the_body(parse, organizers):
    record = parse(note(f"Organized by: {organizers}"))
    assert sorted(organizer_keys(record)) == ["OSCE", "UNODA"]


def test_parties_a_secretariat_named_by_its_kind_after_its_body_and_a_comma_is_the_body(parse):
    record = parse(note("ORGANIZER(S): Organization of the Black Sea Economic Cooperation (BSEC), Permanent\n"
                        "International Secretariat, and the Ministry of Foreign Affairs of the Republic of T\u00fcrkiye"))
    assert [o.name for o in record.organizers] == ["Organization of the Black Sea Economic Cooperation",
                                                  "Ministry of Foreign Affairs of the Republic of T\u00fcrkiye"]


def test_parties_a_sub_directorate_after_its_body_and_a_comma_is_the_body(parse):
    record = parse(note("Organizers: International Criminal Police Organization (INTERPOL), CBRNE and Vulnerable "
                        "Targets Sub-Directorate, in cooperation with the Ministry of the Interior of Spain"))
    assert [o.name for o in record.organizers] == ["International Criminal Police Organization",
                                                  "Ministry of the Interior of Spain"]


@pytest.mark.parametrize("sentence, keys", [
    ("Officials wrapped up a regional course, organized in Almaty by the OSCE and UNODA.", ["OSCE", "UNODA"]),
    ("Some 60 officials from the Caribbean Community attended an exercise held April 23-25, 2019 in Port of Spain.", []),
    ("Officials attended an exercise held 23-25 April 2019 in Port of Spain.", []),
    ("UNODA held 3 workshops in 2019.", ["UNODA"]),
    ("It was a good afternoon at the seminar that UNRCPD and the ASEAN Secretariat put together on 24 June 2021.",
     ["UNRCPD", "ASEAN Secretariat"]),
])
def test_parties_organizing_participles_and_relative_clauses(parse, sentence, keys):
    assert organizer_keys(parse(sentence + "\n")) == keys


def test_parties_with_the_backing_of_is_support(parse):
    record = parse("Officials wrapped up a course organized by the OSCE with the backing of the U.S. State Department's "
                   "export control program. Officials from Kazakhstan took part.\n")
    assert participant_codes(record) == {"KAZ"}


@pytest.mark.parametrize("who", ["Facilitators", "Moderators", "Trainers"])
def test_parties_facilitators_from_bodies_take_part(parse, who):
    record = parse(f"The exercise was held in Port of Spain on 23 April 2019. {who} from INTERPOL and the Pan American "
                   "Health Organization guided participants.\n")
    assert [o.text for o in record.participants.organizations] == ["INTERPOL", "Pan American Health Organization"]


@pytest.mark.parametrize("described", ["the London-based NGO VERTIC", "the think tank VERTIC"])
def test_parties_a_list_goes_on_past_what_the_next_body_is(parse, described):
    record = parse(f"The workshop was held in Suva on 27 November 2018. Experts from the IAEA, the OPCW and {described} "
                   "presented.\n")
    assert [o.acronym for o in record.participants.organizations] == ["IAEA", "OPCW"]
    assert [c.text for c in record.participants.civil_society] == ["VERTIC"]


@pytest.mark.parametrize("value, expected", [("one expert", ["IAEA", "1540 Committee"]),
                                             ("the Chair's representative did not attend", ["IAEA"])])
def test_parties_the_committees_label_names_it_when_its_value_says_who_of_it_came(parse, value, expected):
    record = parse(note("Participants:", "States: Albania, Serbia", "International organizations: IAEA",
                        f"1540 Committee:  {value}"))
    assert [o.text for o in record.participants.organizations] == expected


def test_parties_a_ministrys_unit_after_its_name_in_its_own_language_is_no_organizer_of_its_own(parse):
    record = parse(note("Organizers:  VERTIC and the Ministry of Foreign Affairs of the Republic of Indonesia (Kementerian "
                        "Luar Ne-\ngeri), Directorate of International Security and Disarmament"))
    assert organizer_keys(record) == ["VERTIC", "Ministry of Foreign Affairs of the Republic of Indonesia"]


def test_parties_a_bodys_seat_in_brackets_is_no_organizer(parse):
    record = parse(note("Organizer(s): RACVIAC – Centre for Security Cooperation (Rakitje, Croatia) and the United Nations\n"
                        "Office for Disarmament Affairs (UNODA)"))
    assert organizer_keys(record) == ["RACVIAC", "UNODA"]


def test_parties_a_1540_committee_sub_label_lists_bodies(parse):
    record = parse(note("Participants:", "States: Albania, Serbia", "International organizations: IAEA",
                        "1540 Committee:  two experts of the 1540 Committee Group of Experts"))
    assert [o.text for o in record.participants.organizations] == ["IAEA", "1540 Committee Group of Experts"]


@pytest.mark.parametrize("unit", ["Regional Office for Capacity Building for East and Southern Africa",
                                  "Regional Office for Capacity\n     Building for East and Southern Africa"])
def test_parties_a_unit_named_head_first_after_its_body_is_the_body(parse, unit):
    record = parse(note("Participants:", "States: Kenya", "International and regional organizations:",
                        f"   \u25e6 World Customs Organization (WCO), {unit}", "   \u25e6 INTERPOL",
                        "Civil society / academia:", "   \u25e6 Institute for Security Studies (ISS Africa)"))
    assert [o.acronym for o in record.participants.organizations] == ["WCO", "INTERPOL"]
    assert [c.text for c in record.participants.civil_society] == ["Institute for Security Studies (ISS Africa)"]


@pytest.mark.parametrize("organizers, names", [
    ("UNODA, in partnership with the Department of International Politics, Aberystwyth University (United Kingdom)",
     ["United Nations Office for Disarmament Affairs", "Aberystwyth University"]),
    ("Export Control Joint Unit (ECJU) of the United Kingdom1 and Swansea\n                 University, School of Law",
     ["Export Control Joint Unit", "Swansea University"]),
    ("Institute for Security Studies (ISS), in partnership with Kisii University",
     ["Institute for Security Studies", "Kisii University"]),
])
def test_parties_a_university_and_its_school_or_department_are_one_organizer(parse, organizers, names):
    """A school, faculty or department next to its university, a comma between, is the university's
    work; an institute or a centre may be a body of its own. A State's name glued to its footnote's digit
    ("United Kingdom1 and Swansea University") opens no body's name."""
    record = parse(note(f"Organizer(s): {organizers}"))
    assert [o.name for o in record.organizers] == names


@pytest.mark.parametrize("organizers, names", [
    ("World Customs Organization (WCO)1 ; Ministry of Foreign Affairs, European Union and Cooperation of Spain",
     ["World Customs Organization", "Ministry of Foreign Affairs, European Union and Cooperation of Spain"]),
    ("Federal Public Service Foreign Affairs, Foreign Trade and Development Cooperation (FPS Foreign Affairs), "
     "Kingdom of Belgium", ["Federal Public Service Foreign Affairs, Foreign Trade and Development Cooperation of Belgium"]),
])
def test_parties_a_registry_name_with_commas_is_one_organizer(parse, organizers, names):
    """A ministry whose own name holds commas is one organizer, not one for each of its parts."""
    record = parse(note(f"Organizer(s): {organizers}"))
    assert [o.name for o in record.organizers] == names


@pytest.mark.parametrize("item, name", [
    ("German Navy (Deutsche Marine)", "German Navy"),
    ("Border Guard Headquarters of the Republic of Poland (Stra\u017c Graniczna)",
     "Border Guard Headquarters of the Republic of Poland"),
])
def test_parties_an_unknown_organizers_name_in_its_own_language_in_brackets_is_no_part_of_it(parse, item, name):
    record = parse(note(f"Organizer(s): UNODA; {item}"))
    assert [o.name for o in record.organizers][1:] == [name]


def test_parties_a_registry_body_after_its_parent_is_the_parent(parse):
    record = parse(note("Participants: States: Nepal",
                        "International and regional organizations:  International Atomic Energy Agency (IAEA);\n"
                        "United Nations Office on Drugs and Crime (UNODC), Terrorism Prevention Branch"))
    assert [o.acronym for o in record.participants.organizations] == ["IAEA", "UNODC"]


def test_parties_a_unit_a_body_acts_through_is_no_organizer_of_its_own(parse):
    record = parse("The exercise was organised by the Indian Ocean Commission (IOC) and UNICRI through its Regional "
                   "Secretariat for Eastern and Central Africa in Nairobi on 9 November 2021.\n")
    assert organizer_keys(record) == ["IOC", "UNICRI"]


@pytest.mark.parametrize("who", ["Lawmakers", "Parliamentarians", "MPs", "Legislators"])
def test_parties_lawmakers_from_states_take_part(parse, who):
    record = parse(f"The workshop was held in Colombo on 6 February 2024. {who} from Bangladesh, Bhutan and Nepal "
                   "joined in person.\n")
    assert participant_codes(record) >= {"BGD", "BTN", "NPL"}


def test_parties_an_organizations_acronym_in_capitals_is_no_territory(parse):
    record = parse(note("Participants:", "States: Georgia", "International organizations:  OSCE; GUAM – Organization "
                        "for Democracy and Economic Development"))
    assert participant_codes(record) == {"GEO"}
    assert [o.acronym for o in record.participants.organizations] == ["OSCE", "GUAM"]


def test_parties_facilitated_by_organizes_an_event(parse):
    record = parse("The peer review, facilitated by the OSCE in co-operation with the United Nations Office for "
                   "Disarmament Affairs (UNODA), took place from 5 to 8 September 2023 in Tbilisi.\n")
    assert organizer_keys(record) == ["OSCE", "UNODA"]


def test_parties_a_body_in_brackets_after_a_state_says_which_of_its_bodies(parse):
    record = parse(note("Organized by: UNODA and the League of Arab States (LAS), hosted by the Hashemite Kingdom of "
                        "Jordan (Ministry of Foreign Affairs and Expatriates)"))
    assert organizer_keys(record) == ["UNODA", "LAS", "Government of Jordan"]


def test_parties_experts_from_a_body_named_with_its_seat_or_city_take_part(parse):
    record = parse("The meeting was held in Amman on 3 May 2024. Experts from the Vienna-based International Atomic "
                   "Energy Agency and from the Organisation for the Prohibition of Chemical Weapons in The Hague "
                   "briefed the delegates.\n")
    assert [o.acronym for o in record.participants.organizations] == ["IAEA", "OPCW"]


@pytest.mark.parametrize("people", [
    "Experts supporting the United Nations Security Council 1540 Committee also took part",
    "An expert working for the UN Security Council's 1540 Committee explained its assistance procedures",
    "Two experts working for the UN's 1540 Committee presented the matrix",
    'So did one expert serving the United Nations "1540 Committee"',
    "Experts advising the UN 1540 Committee also joined",
    "Experts who support the UN Security Council's 1540 Committee played roles",
    "An expert serving on the Group of Experts of the UN Security Council's 1540 Committee explained the matrix",
    "The two members of the 1540 Committee's Group of Experts walked us through the matrix",
    "An expert from the group supporting the UN's 1540 Committee set the scene",
    "Experts supporting the United Nations Security Council Committee established by Resolution 1540 (2004) spoke",
])
def test_parties_people_serving_a_body_bring_it(parse, people):
    """Who serves a body, in prose, brings it as its experts do (its own unit when a possessive names one:
    "the UN's 1540 Committee" is the Committee, not the United Nations)."""
    record = parse(f"The workshop was held in Heraklion on 3-5 May 2017. Officers from Greece and Malta took part. {people}.\n")
    assert ["1540" in o.name for o in record.participants.organizations] == [True]


@pytest.mark.parametrize("sentence", [
    "Ghana, a non-permanent member of the Security Council, took part",
    "Belgium was a member of the Security Council in 2019-2020",
    "Thailand, as a member of the United Nations, must control such exports",
    "Experts who assist the UN Security Council's committee set up under resolution 1540 also took part",
])
def test_parties_a_member_state_or_an_unnamed_unit_brings_no_council(parse, sentence):
    """A State member of the Council ("Belgium was a member of …") or of the UN, or the people of a unit the text
    does not name ("the Council's committee set up under …"), bring no Security Council, no United Nations."""
    record = parse(f"The workshop was held in Heraklion on 3-5 May 2017. {sentence}.\n")
    assert not {"United Nations Security Council", "United Nations"} & {o.name for o in record.participants.organizations}


def test_parties_a_news_pages_specialists_take_part_and_its_related_news_people_do_not(parse):
    page = ("Radiological terrorism: countries test joint response\n\n15 November 2024\n\nAMMAN, Jordan \u2013 Police "
            "and customs officials from eight countries have taken part in an INTERPOL tabletop exercise.\n\nHeld from "
            "12 to 14 November, the exercise was organized by INTERPOL.\n\nSpecialists from Bahrain, Egypt and Oman "
            "worked through the scenario.\n\nRELATED NEWS\n\u2022 04 October 2024 \u2013 Caribbean officers trained on "
            "detecting precursors at ports (Port of Spain, Trinidad and Tobago)\n")
    record = parse(page)
    assert participant_codes(record) == {"BHR", "EGY", "OMN", "JOR"}
    assert (record.venue.city, record.venue.country_code) == ("Amman", "JOR")


def test_parties_a_states_delegate_in_the_possessive_takes_part(parse):
    story = ("THE LEDGER\nFriday, 13 June 2025 | Politics\n\nADDIS ABABA \u2014 Officials spent three days at the African "
             "Union headquarters this week.\n\nThe meeting, which ran from Tuesday to Thursday, was convened by the "
             "African Union Commission. Egypt's delegate urged faster progress, and Kenya's national team presented "
             "its plan; Ethiopia's foreign minister gave the welcome address.\n")
    record = parse(story)
    assert (record.dates.start, record.dates.end) == ("2025-06-10", "2025-06-12")
    assert (record.venue.city, record.venue.country_code) == ("Addis Ababa", "ETH")
    assert participant_codes(record) == {"EGY", "KEN", "ETH"}  # Ethiopia as the host


def test_parties_a_name_hyphenated_over_a_line_ends_before_the_next_lines_label(parse):
    record = parse(note("Participants :",
                        " Organisations internationales / International organizations : League of Arab States; 1540 Com-",
                        "mittee Group of Experts",
                        " Soci\u00e9t\u00e9 civile et milieu universitaire / Civil society and academia : Stockholm Inter-",
                        "national Peace Research Institute (SIPRI)"))
    assert [o.name for o in record.participants.organizations] == [
        "League of Arab States", "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"]
    assert [t.text for t in record.participants.civil_society] == [
        "Stockholm Inter-\nnational Peace Research Institute (SIPRI)"]


def test_parties_a_states_label_with_a_count_in_brackets_over_a_flattened_table(parse):
    record = parse(note("Organised by: ** African Union Commission (AUC), Department of Political Affairs, Peace",
                        "and Security, with the United Nations Office for Disarmament Affairs (UNODA)",
                        "Dates: 10-12 June 2025",
                        "Participating States (4 AU Member States):",
                        "Region Member State Participation",
                        "Central Cameroon in person",
                        "Congo online",
                        "Democratic Republic of the Congo in person",
                        "Northern Egypt in person",
                        "Participating organisations: African Commission on Nuclear Energy (AFCONE); INTERPOL"))
    assert organizer_keys(record) == ["AUC", "UNODA"]
    assert participant_codes(record) == {"CMR", "COG", "COD", "EGY"}
    assert [o.acronym for o in as_listed(record)] == ["AFCONE", "INTERPOL"]


def test_parties_funding_provided_by_a_donor_in_the_organizers_field_is_support(parse):
    record = parse(note("Organizers", "United Nations Office for Disarmament Affairs (UNODA), jointly with the Pacific "
                        "Islands Forum Secretariat and hosted by the Government of Fiji. Funding was provided by the "
                        "Government of Japan."))
    assert organizer_keys(record) == ["UNODA", "PIFS", "Government of Fiji"]


def test_parties_a_civil_society_item_without_its_footnote_marker(parse):
    record = parse(note("Participation:", "   *Civil society:* Verification Research, Training and Information Centre "
                        "(VERTIC)\u00b3; Stimson Center*"))
    assert [t.text for t in record.participants.civil_society] == [
        "Verification Research, Training and Information Centre (VERTIC)", "Stimson Center"]


@pytest.mark.parametrize("listed, names", [
    ("VERTIC (co-organizer); Stimson Center (observer)", ["VERTIC", "Stimson Center"]),
    ("Stockholm International Peace Research Institute (SIPRI); Universidad de la República (Faculty of Law)",
     ["Stockholm International Peace Research Institute (SIPRI)", "Universidad de la República"]),  # a unit of it
    ("Alpen-Adria-Universität Klagenfurt (Department of Public Law)", ["Alpen-Adria-Universität Klagenfurt"]),
    ("Asociación Nacional de Empresarios de Colombia (ANDI) \u2013 Chemical Industry Chamber; Universidad del Cesar",
     ["Asociación Nacional de Empresarios de Colombia (ANDI)", "Universidad del Cesar"]),  # a dash's gloss
    ("Association of Ghana Industries (AGI) - chemical sector representatives",
     ["Association of Ghana Industries (AGI)"]),
])
def test_parties_a_civil_society_item_without_a_note_on_its_role(parse, listed, names):
    record = parse(note("Participation:", f"   *Civil society:* {listed}"))
    assert [t.text for t in record.participants.civil_society] == names


@pytest.mark.parametrize("listed, names", [
    ("Ministry of Mines of Ghana; Tarkwa Gold Mines Ltd (host)", ["Ministry of Mines of Ghana", "Tarkwa Gold Mines Ltd"]),
    ("Hue University (Faculty of Chemistry); VERTIC (co-organizer)", ["Hue University", "VERTIC"]),
    ("BAFA; Landkreis Harburg (District of\nHarburg), host", ["BAFA", "Landkreis Harburg"]),  # a gloss, then its part
    ("UNODA; Kreis Soest, co-organizer", ["UNODA", "Kreis Soest"]),
])
def test_parties_an_organizer_without_a_note_on_its_role(parse, listed, names):
    """A header's "Acme Ltd (host)" organizes as "Acme Ltd": the bracket, or a comma's note, says its part,
    and is no name; nor is a gloss in English of a local government's name."""
    assert organizer_keys(parse(note(f"Organizers: {listed}"))) == names


@pytest.mark.parametrize("lines", [
    ("Participants:", "Civil society / industry: International Council of Chemical Associations (ICCA)"),
    ("Participants: States: Belgium; Civil society / industry: International Council of Chemical Associations (ICCA)",),
])
def test_parties_a_civil_society_and_industry_label_lists_civil_society(parse, lines):
    """"Civil society / industry" pairs two of our labels: its bodies are civil society's, not "others"."""
    record = parse(note(*lines))
    assert [t.text for t in record.participants.civil_society] == ["International Council of Chemical Associations (ICCA)"]
    assert record.participants.other == []


BULLETED_SUB_LABELS = (
    "Participants",
    "    o  States: Botswana, Malawi, Zimbabwe",
    "    o  International organizations: SADC Secretariat; World Health Organization (WHO)",
    "    o  Civil society / academia: Midlands State University (Faculty of Science and",
    "       Technology)",
    "    o  1540 Committee: one expert (in person), one expert (remotely, day 1)",
)


def test_parties_a_bracket_wrapped_after_and_holds_one_item(parse):
    """The "and" that ends a line inside a body's brackets parts no items; the next line's "o" bullet is none."""
    record = parse(note(*BULLETED_SUB_LABELS))
    assert [t.text for t in record.participants.civil_society] == [
        "Midlands State University (Faculty of Science and\n       Technology)"]


def test_parties_the_committees_own_sub_label_with_its_experts_takes_part(parse):
    record = parse(note(*BULLETED_SUB_LABELS))
    assert [o.acronym or o.text for o in record.participants.organizations] == ["SADC", "WHO", "1540 Committee"]


@pytest.mark.parametrize("line", [
    "1540 Committee: one Committee expert",
    "1540 Committee: Group of Experts (two experts)",
    "1540 Committee participant: one expert of the Group of Experts",
    "**1540 Committee Participants:** two members of the Group of Experts",
])
def test_parties_the_committees_sub_label_over_its_experts(parse, line):
    """The Committee's own sub-label, however its experts are said: "one Committee expert", a bare
    "Group of Experts (two experts)" (the Committee's, not a group of nobody's), "1540 Committee participant:"."""
    record = parse(note("Participants", "States: Israel, Jordan", "International organizations: IMO", line))
    names = [o.name for o in record.participants.organizations]
    assert names[0] == "International Maritime Organization"
    assert len(names) == 2 and "1540 (2004)" in names[1]


def test_parties_the_committee_its_objectives_heading_names_takes_part(parse):
    """An Information Note whose participants leave out the Committee, its experts' objectives heading
    saying they took part."""
    from test_sections import NUMBERED_NOTE
    record = parse(NUMBERED_NOTE.replace("Organizers:  UNLIREC\n", "Organizers:  UNLIREC\nParticipants:  Peru; WCO\n"))
    assert [o.acronym or o.text for o in as_listed(record)] == ["WCO", "1540 Committee"]


def test_parties_a_listed_body_named_in_unknown_words_then_its_acronym(parse):
    """A translation's name for a body, then the acronym the registry knows: the list goes on."""
    record = parse("On 10 June 2019 a regional training course opened in Ashgabat. As trainers act experts of the OSCE "
                   "(Department on transnational threats), the Office of United Nations on drugs and crime (UNODC), "
                   "the World customs organization and INTERPOL.\n")
    assert [o.acronym for o in record.participants.organizations] == ["OSCE", "UNODC", "WCO", "INTERPOL"]


def test_parties_a_body_spoken_for_that_a_relative_clause_says_organizes(parse):
    """"On behalf of X" names whom a speaker speaks for, as a rule no organizer; ", which has the
    honour of organizing this conference" says X is one."""
    record = parse("Guayaquil, 30 October 2024. On behalf of the Ministry of Foreign Affairs and Human Mobility, which "
                   "has the honour of organizing this conference together with UNLIREC, I would like to thank you.\n")
    assert [o.text for o in record.organizers] == ["Ministry of Foreign Affairs and Human Mobility", "UNLIREC"]


def test_parties_a_sentence_of_prose_under_a_participants_sub_label(parse):
    """After a sentence on who took part, "International organisations: …." lists bodies that did,
    organizers among them (as a header's field would)."""
    record = parse("The workshop was organised by UNODA in Arusha on 14-16 February 2023. The States taking part were "
                   "Burundi, Kenya and Rwanda. International organisations: the [[African Union Commission]], UNODA and "
                   "the experts of the [[1540 Committee]]. Civil society: [[VERTIC]] and the Institute for Security "
                   "Studies (ISS, Pretoria).\n")
    assert [o.acronym for o in record.participants.organizations] == ["AUC", "UNODA", None]  # the Committee
    assert [t.text for t in record.participants.civil_society] == ["VERTIC", "Institute for Security Studies"]


def test_parties_a_notes_bullet_under_a_participants_sub_label(parse):
    record = parse("Roundtable, Bern, 3-4 June 2025.\n\nNotes:\nCo-organised SECO / UNIDIR. External participants:\n"
                   " - Delegations: Austria, Germany, Japan;\n - IOs: EU (European Commission, DG TRADE, Brussels), "
                   "UNIDIR (Geneva, 2 pers.), OSCE.\n")
    assert [o.acronym for o in record.participants.organizations] == ["EU", "UNIDIR", "OSCE"]


def test_parties_a_sub_label_in_prose_without_who_took_part_lists_no_one(parse):
    record = parse("The workshop was organised by UNODA in Arusha on 14-16 February 2023.\n\n"
                   "Further reading. International organisations: the African Union Commission and the OPCW.\n")
    assert as_listed(record) == []


@pytest.mark.parametrize("refuted", ["That isn't what the sources say.", "This is wrong: UNODA organised it.",
                                     "It's not accurate."])
def test_parties_a_quoted_claim_the_next_sentence_refutes_names_no_organizer(parse, refuted):
    record = parse("The workshop was held in Arusha on 14-16 February 2023. The lead says it was \"organised by "
                   f"Norway, the EAC and the UN\". {refuted} The EAC Secretariat and UNODA organised it.\n")
    assert sorted(o.acronym for o in record.organizers) == ["EAC", "UNODA"]


def test_parties_a_denied_active_verb_organizes_nothing(parse):
    record = parse("The EAC Secretariat and UNODA organised the workshop in Arusha on 14-16 February 2023. Norway paid "
                   "for it through a voluntary contribution to a UNODA trust fund \u2013 funding, not organising.\n")
    assert [o.acronym for o in record.organizers] == ["EAC", "UNODA"]


_ROOMING = ("Group name: Caribbean Regional Workshop on Strategic Trade Controls, Punta Cana, March 10-12, 2026\n\n"
            "4. ROOMING LIST\n"
            "   Delegation / organization              Rooms   Arr.    Dep.    Remarks\n"
            "   Antigua and Barbuda                       2      09/03   13/03\n"
            "   Belize                                    2      09/03   13/03   1 late arrival (23:40)\n"
            "   Haiti                                     \u2013        \u2013       \u2013     CANCELLED 12/01 (no rooms)\n"
            "   World Customs Organization (WCO)          1      09/03   13/03   from Brussels\n"
            "   1540 Committee expert (United Nations)    1      09/03   13/03   from New York\n"
            "   Total room-nights: 115\n")
_BADGES = ("Conference on Chemical Security, The Hague, 17\u201319 November 2025\n\n"
           "No.   Name                     Organisation                                 Country / Entity          Cat.\n"
           "----  -----------------------  -------------------------------------------  ------------------------  ----\n"
           "0011  Ms Els DE SMEDT          FPS Foreign Affairs, Non-Proliferation Unit  Belgium                   DEL\n"
           "0062  Mr Marco BELLINI         European Commission, DG TRADE (dual-use)     European Union            IO\n"
           "0066  Mr Olivier RENAUD        Group of Experts, 1540 Committee             United Nations (1540)     IO\n"
           "0219  Mr Rafael COSTA          Ministry of Foreign Affairs                  Brazil                    DEL   "
           "** CANCELLED \u2013 regrets **\n")


@pytest.mark.parametrize("text, states, bodies", [
    (_ROOMING, ["ATG", "BLZ"], ["WCO", "1540 Committee"]),
    (_BADGES, ["BEL"], ["EU", "1540 Committee"]),
    ("Survey of the course in Bukhara, 16\u201320 September 2024\n\n2. RESPONDENTS BY DELEGATION\n"
     "   Delegation        Participants   Respondents\n   Kazakhstan              6              5\n"
     "   Kyrgyzstan              5              4\n   Total                  11              9\n", ["KAZ", "KGZ"], []),
    ("Trade in 2024, Bukhara, 16\u201320 September 2024\n\n   Country        Exports   Imports\n"
     "   Kazakhstan         6         5\n   Kyrgyzstan         5         4\n", [], []),
])
def test_parties_a_tables_delegation_column(parse, text, states, bodies):
    """A table set in spaced columns whose head names the delegations' column ("Delegation /
    organization", or "Country / Entity" beside "Name") lists who came, row by row to a blank line
    or a total; not a row that says it cancelled, nor a column of countries with no people beside it."""
    record = parse(text)
    assert [s.code for s in record.participants.states] == states
    assert [o.acronym or o.name.split(" established")[0].replace("Security Council Committee", "1540 Committee")
            for o in record.participants.organizations] == bodies


def test_parties_besides_them_others_took_part(parse):
    """"Besides UNREC and ECCAS, INTERPOL … took part": the organizers it names took part as well."""
    record = parse("The exercise was organised by UNREC in cooperation with ECCAS in Douala on 28 February 2023. "
                   "Besides UNREC and ECCAS, INTERPOL and the World Organisation for Animal Health (WOAH) took part.\n")
    assert [o.acronym for o in record.participants.organizations] == ["INTERPOL", "WOAH", "UNREC", "ECCAS"]


@pytest.mark.parametrize("value", [
    "Fiji, Kiribati, Samoa\n - FSM and RMI invited, couldn't connect",
    "Delegations from Fiji, Kiribati and Samoa. Lesotho withdrew (regrets received, no delegate). Eswatini did not come.",
    "Fiji, Kiribati and Samoa (Eswatini sent regrets)",
    "Fiji, Kiribati and Samoa; Eswatini could not attend.",
    "Fiji, Kiribati and Samoa. The donor (Eswatini) did not attend.",
    "Fiji, Kiribati and Samoa took part, while Eswatini could not attend.",
])
def test_parties_a_sentence_of_the_participants_field_on_who_did_not_come(parse, value):
    record = parse(note(f"Participants: {value}"))
    assert [s.code for s in record.participants.states][:3] == ["FJI", "KIR", "WSM"]
    assert not {"FSM", "MHL", "LSO", "SWZ"} & {s.code for s in record.participants.states}


def test_parties_shorthand_labels_of_a_participants_list(parse):
    record = parse("PIFS/UNODA webinar - biosec + 1540 - Zoom\nThu 2 & Fri 3 Dec 2021\n\n"
                   "Ptcp: Fiji (us: MoFA, MoH), Kiribati, Palau\nIOs: PIFS, UNODA, WHO\nCSO: Stimson Center (DC)\n")
    assert [s.code for s in record.participants.states] == ["FJI", "KIR", "PLW"]
    assert [o.acronym for o in record.participants.organizations] == ["PIFS", "UNODA", "WHO"]
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center (DC)"]


def test_parties_who_sent_regrets_in_brackets_within_a_list_of_prose(parse):
    record = parse("The tabletop exercise was held in Davao City on 19 March 2026.\n\nParticipants: a Philippine "
                   "inter-agency delegation; observers from Indonesia and Malaysia (Brunei Darussalam invited, sent "
                   "regrets); UNRCPD.\n")
    assert [s.code for s in record.participants.states] == ["IDN", "MYS"]


def test_parties_a_state_cut_at_its_and_in_an_organizers_field_is_no_name(parse):
    """The seat after a body: "Trinidad and Tobago" cut into "Trinidad" and "Tobago – contact …"."""
    record = parse(note("Co-organizer:   CARICOM Implementation Agency for Crime and Security (CARICOM IMPACS),",
                        "                Port of Spain, Trinidad and Tobago \u2013 contact Mr. Dwayne Baptiste"))
    assert [o.name for o in record.organizers] == ["CARICOM Implementation Agency for Crime and Security"]


def test_parties_around_the_table_then_together_with(parse):
    record = parse("The roundtable was held in Kumasi on 26 June 2025.\n\nAround the table: Benin, Ghana and Togo, "
                   "together with the African Union, the OPCW and the experts of the 1540 Committee.\n")
    assert [s.code for s in record.participants.states] == ["BEN", "GHA", "TGO"]
    assert [o.acronym for o in record.participants.organizations][:2] == ["AU", "OPCW"]


def test_parties_the_place_after_an_organizers_list_is_no_organizer(parse):
    record = parse("On 26 June 2025 the roundtable is organized by the @ecowas_cedeao Commission and the United Nations "
                   "Regional Centre for Peace and Disarmament in Africa (@UNREC_Lome), at the Kwame Nkrumah University of "
                   "Science and Technology (KNUST).\n")
    assert [o.acronym for o in record.organizers] == ["ECOWAS", "UNREC"]


def test_parties_partners_from_bodies_take_part(parse):
    record = parse("The course was held in Tbilisi on 4-8 March 2024. Partners from the Organization for Security and "
                   "Co-operation in Europe (OSCE) and INTERPOL contributed sessions on regional cooperation.\n")
    assert [o.acronym for o in record.participants.organizations] == ["OSCE", "INTERPOL"]


def test_parties_a_national_sub_label_lists_the_hosts_own_bodies_not_organizations(parse):
    record = parse(note("When/Where: 16-17 January 2024, Vientiane, Lao PDR",
                        "Participants:   \u2013 National: Ministries of Foreign Affairs, Finance (Lao Customs Department); "
                        "Office of the Prime Minister; National Assembly Secretariat",
                        "                \u2013 Organizations: IAEA; OPCW"))
    assert [o.acronym for o in record.participants.organizations] == ["IAEA", "OPCW"]


def test_parties_a_local_government_sub_label_lists_the_hosts_own_body_not_civil_society(parse):
    """"Local government:" under "Civil society:" is a sub-label of its own: the city's government is the
    host State's, not a civil society body named "Local government: City Government of Bayawan"."""
    record = parse(note("Participants:", "   States: Australia, Indonesia, Philippines",
                        "   Civil society: Negros Oriental State University (NORSU)",
                        "   Local government: City Government of Bayawan"))
    assert [t.text for t in record.participants.civil_society] == ["Negros Oriental State University (NORSU)"]
    assert participant_codes(record) == {"AUS", "IDN", "PHL"}


def test_parties_a_unit_named_by_its_kind_after_its_body_is_the_body(parse):
    record = parse(note("Participants:", "International organizations: Andean Community (CAN) General Secretariat; "
                        "Gulf Cooperation Council (GCC) Secretariat General; World Customs Organization (WCO)"))
    assert [o.acronym for o in record.participants.organizations] == ["CAN", "GCC", "WCO"]


def test_parties_a_territory_in_brackets_after_its_state_is_the_state(parse):
    record = parse(note("Participants:", "States (online):   the Comoros, France (Réunion), Madagascar"))
    assert participant_codes(record) == {"COM", "FRA", "MDG"}


@pytest.mark.parametrize("states", [
    "Canada; Denmark (including the Government of Greenland); Iceland",
    "Canada; Denmark (including officials of the Government of Greenland); Iceland",
])
def test_parties_a_territory_a_states_delegation_included_is_the_state(parse, states):
    """Greenland's officials came in Denmark's delegation: Denmark took part, not a State of Greenland."""
    record = parse(note("Participants:", f"States: {states}"))
    assert participant_codes(record) == {"CAN", "DNK", "ISL"}


def test_parties_adjectives_before_one_person_or_colleagues_take_part_unless_none_came(parse):
    record = parse("The round-table was held in Vientiane on 16-17 January 2024. A Lebanese delegate spoke, and our "
                   "Philippine and Vietnamese colleagues explained their systems; no Afghan participant connected.\n")
    assert participant_codes(record) == {"LBN", "PHL", "VNM"}


def test_parties_adjectives_before_prosecutors_and_judges(parse):
    record = parse("The webinar was held online on 14-16 November 2023. Each day, 60 Kazakh, Kyrgyz, Tajik, Turkmen and "
                   "Uzbek\nprosecutors, investigators and judges were connected.\n")
    assert participant_codes(record) == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_parties_adjectives_before_the_ministries_whose_officials_came(parse):
    """"officials of the Bolivian, Honduran and Paraguayan foreign ministries" take part; a ministry that
    paid for the course ("The Norwegian foreign ministry paid …") does not."""
    record = parse("The course was held in Pamplona on 23-27 October 2023. Participants included officials of the "
                   "Bolivian, Honduran and Paraguayan foreign ministries. The Norwegian foreign ministry paid for it.\n")
    assert participant_codes(record) == {"BOL", "HND", "PRY"}


def test_parties_adjectives_of_the_services_in_a_list_of_bodies_whose_people_came(parse):
    """"Participants from the Mexican Navy, Panama's National Aeronaval Service and the Honduran Navy": each
    service's State takes part, the last one's too, far down the list; a navy that only lent a ship does not."""
    record = parse("The seminar was held in Spokane on 6-7 March 2019. Participants from the Mexican Navy, Panama's "
                   "National Aeronaval Service and the Honduran Navy joined the hosts. The Chilean Navy lent a ship.\n")
    assert participant_codes(record) - {"USA"} == {"MEX", "PAN", "HND"}


def test_parties_adjectives_in_their_usual_spelling(parse):
    record = parse("The workshop was held in Quito on 28-30 November 2023. It gathered Bolivian, Chilean, "
                   "Ecuadorian, Argentine and Surinamese officials.\n")
    assert participant_codes(record) == {"BOL", "CHL", "ECU", "ARG", "SUR"}


def test_parties_pacific_adjectives_and_a_session_still_to_come(parse):
    record = parse("The webinar, held online on 2 and 3 December 2024, was convened by UNRCPD. Fijian, Samoan and "
                   "Tongan officials were joined by counterparts from Kiribati. A further session for Nauru and Papua "
                   "New Guinea is planned for early 2025.\n")
    assert participant_codes(record) == {"FJI", "WSM", "TON", "KIR"}


def test_parties_adjectives_set_off_by_dashes_after_the_people(parse):
    record = parse("The course was held in Mombasa on 14 March 2023. Twenty-two officers – Djiboutian, Ethiopian, "
                   "South Sudanese, Sudanese and Ugandan – completed the course.\n")
    assert participant_codes(record) == {"DJI", "ETH", "SSD", "SDN", "UGA"}


def test_parties_a_newsletters_other_items_people_took_part_in_their_own_events(parse):
    newsletter = ("UNRCPD Roundup | October 2024\n\n-----\n\nOn 2 and 3 October 2024, we held a webinar. Officials "
                  "from Fiji and Tonga took part.\n\n-----\n\nOn 15\u201316 October 2024, UNRCPD held a national "
                  "workshop in Thimphu. Officials from Bhutan and experts of the IAEA took part.\n\n-----\n\n"
                  "Unsubscribe\n")
    record = parse(newsletter)
    assert participant_codes(record) == {"FJI", "TON"}
    assert as_listed(record) == []


BULLETIN = ("STRATEGIC TRADE BULLETIN\nIssue 4/2025\n\nIn this issue\n1. Abu Dhabi conference on trade controls\n"
            "2. Drafting support for Mauritius\n3. Looking ahead\n\n1. Abu Dhabi conference on trade controls\n\n"
            "On 14-16 October 2025, UNODA co-hosted a regional conference in Abu Dhabi. Delegations from Bahrain and "
            "Oman took part.\n\n2. Drafting support for Mauritius\n\nOn 4 and 5 November 2025, a UNODA legal team "
            "worked in Port Louis with officials of Mauritius and Seychelles.\n\n3. Looking ahead\n\nThe 1540 "
            "Committee will hold a comprehensive review in 2026.\n")


def test_parties_a_bulletins_other_stories_name_neither_participants_nor_organizers(parse):
    record = parse(BULLETIN)
    assert participant_codes(record) == {"BHR", "OMN"}
    assert [o.acronym for o in record.organizers] == ["UNODA"]


def test_parties_numbered_sections_without_a_contents_list_are_one_story(parse):
    release = BULLETIN.replace("In this issue\n1. Abu Dhabi conference on trade controls\n"
                               "2. Drafting support for Mauritius\n3. Looking ahead\n\n", "")
    assert participant_codes(parse(release)) == {"BHR", "OMN", "MUS", "SYC"}


def test_parties_an_annexed_list_in_parts_one_name_a_line(parse):
    record = parse("FINAL REPORT\n\nThe conference met in Kuwait City on 21-22 April 2025.\n\nAnnex: List of participants\n\n"
                   "States\nKingdom of Bahrain\nState of Kuwait\n\nInternational and regional organizations\n"
                   "Gulf Cooperation Council \u2013 Secretariat General\nInternational Atomic Energy Agency\n\n"
                   "Civil society and industry\nGulf Research Center\nKuwait University\n"
                   "Kuwait Chamber of Commerce and Industry\n")
    assert participant_codes(record) == {"BHR", "KWT"}
    assert [o.acronym for o in record.participants.organizations] == ["GCC", "IAEA"]
    assert [t.text for t in record.participants.civil_society] == [
        "Gulf Research Center", "Kuwait University", "Kuwait Chamber of Commerce and Industry"]


def test_parties_a_mailing_lists_messages_about_one_event_keep_their_people(parse):
    digest = ("Today's Topics: 1. Webinar announcement 2. Thank you\n\n-----\n\nMessage: 1\nWe will hold a webinar on "
              "Tuesday 15 June 2021.\n\n-----\n\nMessage: 2\nDate: Wed, 16 Jun 2021 09:00:00 -0400\nThank you for "
              "joining. Officials from Jamaica and Belize took part in the webinar.\n\n-----\n")
    assert participant_codes(parse(digest)) == {"JAM", "BLZ"}


def test_parties_the_committees_members_named_under_its_participation_are_no_participants(parse):
    record = parse(note("Event: Visit of the 1540 Committee to Armenia", "Date and Venue: 18 and 19 November 2024, Yerevan",
                        "Participants: States: Armenia",
                        "Participation of the 1540 Committee/Group of Experts: representatives of Denmark and the "
                        "Republic of Korea as members of the Committee; three experts of the Group of Experts"))
    assert participant_codes(record) == {"ARM"}
    assert [o.name for o in record.participants.organizations] == [
        "Security Council Committee established pursuant to resolution 1540 (2004)",
        "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"]


def test_parties_georgian_delegations_are_georgias(parse):
    """"Georgian" was left out of the adjectives as if the US state came first; in these notes it is
    the country's, and the list "Georgian, Kazakh, … delegations" broke at it."""
    record = parse("Diplomats met in Baku on 15-16 April 2025 for a round table. Georgian, Kazakh, Tajik and Uzbek "
                   "delegations shared information on national legislation.\n")
    assert participant_codes(record) == {"GEO", "KAZ", "TJK", "UZB"}


@pytest.mark.parametrize("guineas, codes", [
    ("Guinean, Bissau-Guinean and Malian", ["GIN", "GNB", "MLI"]),
    ("Papua New Guinean and Equatorial Guinean", ["PNG", "GNQ"]),
])
def test_parties_guinean_officers_are_guineas_and_the_other_guineas_keep_their_own(parse, guineas, codes):
    record = parse(f"From December 2 to 6, 2024, {guineas} officers took part in a regional training course in Dakar.\n")
    assert sorted(s.code for s in record.participants.states) == sorted(codes)


@pytest.mark.parametrize("sentence, codes", [
    ("We had Fiji, Tonga and Kiribati around the table, and Nauru and the Marshall Islands dialled in, along with "
     "Australia and New Zealand.", ["FJI", "TON", "KIR", "NRU", "MHL", "AUS", "NZL"]),
    ("About thirty of us joined from Kiribati, Palau, Samoa, Vanuatu and my own Tonga.",
     ["KIR", "PLW", "WSM", "VUT", "TON"]),
    ("Officials connected online from Fiji and Nauru.", ["FJI", "NRU"]),
    ("Focal points dialled in from Belize and our own Jamaica.", ["BLZ", "JAM"]),
    ("There are about twenty of us: Senegal, Guinea, Sierra Leone, us from The Gambia and Mali.",
     ["SEN", "GIN", "SLE", "GMB", "MLI"]),
    ("I was there for Trinidad and Tobago. Delegations I remember: Bahamas, Belize (big interagency team, they were "
     "hosts), Guyana and us.", ["TTO", "BHS", "BLZ", "GUY"]),
    ("So the delegations in the room are the host Tonga plus Fiji, Samoa and Vanuatu.", ["TON", "FJI", "WSM", "VUT"]),
])
def test_parties_those_who_joined_a_webinar_from_states_take_part(parse, sentence, codes):
    record = parse(f"Last Tuesday, 11 March 2025, I logged on for a webinar on WMD laws run by VERTIC. {sentence}\n")
    assert sorted(participant_codes(record)) == sorted(codes)


@pytest.mark.parametrize("sentence, orgs", [
    ("Representatives of INTERPOL, the European Union's CBRN Risk Mitigation Centres of Excellence Initiative, the UN "
     "Office for Disarmament Affairs (UNODA) and an expert supporting the UN Security Council 1540 Committee also took "
     "part.", ["INTERPOL", "European Union", "UN Office for Disarmament Affairs",
               "UN Security Council 1540 Committee"]),
    ("Officers of INTERPOL, the OSCE's Transnational Threats Department and two experts of the IAEA took part.",
     ["INTERPOL", "OSCE", "IAEA"]),
])
def test_parties_a_list_goes_on_past_an_items_longer_name_and_its_people(parse, sentence, orgs):
    record = parse(f"The tabletop exercise was held in Skopje on 17 October 2024. {sentence}\n")
    assert [o.text for o in record.participants.organizations] == orgs


@pytest.mark.parametrize("sentence, orgs", [
    ("The Pacific Islands Forum Secretariat was there too, as were the IAEA and the OPCW.", ["PIFS", "IAEA", "OPCW"]),
    ("INTERPOL took part, as did the OPCW and the World Customs Organization.", ["INTERPOL", "OPCW", "WCO"]),
    ("INTERPOL was there as well.", ["INTERPOL"]),
    ("Specialists of INTERPOL are also here, as is the OPCW.", ["INTERPOL", "OPCW"]),
    ("International participation comprised INTERPOL and the World Customs Organization (WCO).", ["INTERPOL", "WCO"]),
    ("Participation by organizations consisted of the OPCW and INTERPOL.", ["OPCW", "INTERPOL"]),
])
def test_parties_bodies_that_were_there_too_or_did_as_others_did_take_part(parse, sentence, orgs):
    record = parse(f"Last Tuesday, 11 March 2025, I joined a webinar on WMD laws run by VERTIC. {sentence}\n")
    assert [o.acronym for o in record.participants.organizations] == orgs


@pytest.mark.parametrize("sentence, civil", [
    ("Researchers from the Mongolian University of Science and Technology presented a study.",
     ["Mongolian University of Science and Technology"]),
    ("The Washington-based Stimson Center, a think-tank, spoke about compliance programmes.", ["Stimson Center"]),
    ("The IAEA presented, as did analysts from the Baku-based Center of Analysis of International Relations.",
     ["Center of Analysis of International Relations"]),
    ("Representatives of the Caspian Policy Centre took part.", ["Caspian Policy Centre"]),
    ("Researchers from the Gulf Research Center spoke on outreach to industry.", ["Gulf Research Center"]),
    ("On the international side there were the WCO and UNODC. From civil society, the Stimson Center and a small team "
     "from the Universidad Nacional Aut\u00f3noma de Honduras.",
     ["Stimson Center", "Universidad Nacional Aut\u00f3noma de Honduras"]),
    ("Civil society was represented by the West Africa Network for Peacebuilding (WANEP) and the Accra-based Kofi "
     "Annan International Peacekeeping Training Centre (KAIPTC).",
     ["West Africa Network for Peacebuilding", "Kofi Annan International Peacekeeping Training Centre"]),
])
def test_parties_researchers_from_a_university_and_a_think_tank_that_spoke_take_part(parse, sentence, civil):
    record = parse(f"The roundtable was held in Ulaanbaatar on 30 September 2024. {sentence}\n")
    assert [t.text for t in record.participants.civil_society] == civil


def test_parties_a_states_research_institute_is_not_a_think_tank(parse):
    record = parse("The roundtable was held in Manila on 30 September 2024. Officials from the Philippine Nuclear "
                   "Research Institute took part.\n")
    assert record.participants.civil_society == []


@pytest.mark.parametrize("heading", ["Most relevant comments \u25be", "Comments (17)", "All comments"])
def test_parties_a_posts_comments_name_no_one_who_took_part(parse, heading):
    """Readers' comments under a post are not its story: "a course for Sudan too?" names no participant."""
    record = parse("26 October 2025\n\nLast Tuesday and Wednesday, officials from Egypt and Jordan came together in Cairo "
                   "for a regional training course on strategic trade controls.\n\n"
                   f"{heading}\nAhmed M. \u2014 Great initiative! Will there be a course for Sudan too?\n"
                   "Yasmine K. \u2014 Were experts from Oman and the WCO there?\n")
    assert participant_codes(record) == {"EGY", "JOR"}
    assert record.participants.organizations == []


def test_parties_people_of_a_states_body_named_by_its_adjective_bring_the_state(parse):
    """Observers from a body a State's adjective opens bring that State; a body that names its State
    ("the Government of Turkmenistan") is listed by that State's own mention."""
    record = parse("The exercise was held in Siem Reap on 30 June 2025. Delegations from Brunei Darussalam and Cambodia "
                   "had taken part, together with two observers from the Australian Federal Police. The delegation of "
                   "Myanmar, which had been invited, was not present.\n")
    assert participant_codes(record) == {"BRN", "KHM", "AUS"}
    aus = next(s for s in record.participants.states if s.code == "AUS")
    assert aus.text == "Australian Federal Police"


def test_parties_the_bodies_closing_a_programmes_timed_lines_are_its_speakers(parse):
    record = parse("Full recording of our webinar on biosecurity, organized by UNRCPD on 11 June 2024.\n\nCHAPTERS\n"
                   "00:00 Waiting room\n02:41 Welcome \u2013 Director, UNRCPD\n"
                   "15:30 Where does the Pacific stand? \u2013 1540 Committee expert\n"
                   "31:02 One Health: linking surveillance \u2013 World Health Organization\n"
                   "2:04:33 Biorisk training \u2013 University of the South Pacific\n")
    assert [o.acronym or o.name for o in as_listed(record)] == [
        "Security Council Committee established pursuant to resolution 1540 (2004)", "WHO"]
    assert [t.text for t in record.participants.civil_society] == ["University of the South Pacific"]


@pytest.mark.parametrize("text, organizers", [
    ("Quito, Tuesday 4 November 2025\n\nOn behalf of the Ministry of Foreign Affairs of Ecuador, it is my great pleasure "
     "to welcome you to this conference, which we are co-organizing with the Organization of American States, through "
     "the Secretariat of its Inter-American Committee against Terrorism, and with the United Nations Office for "
     "Disarmament Affairs.\n", ["Ministry of Foreign Affairs of Ecuador", "OAS", "UNODA"]),
    ("Dear participants,\n\nOn behalf of the United Nations Office for Disarmament Affairs (UNODA) and the Economic "
     "Community of Central African States (ECCAS), thank you for your participation in the Regional Workshop on "
     "resolution 1540 (2004), which we organized in cooperation with the Government of Equatorial Guinea in Malabo "
     "from 18 to 20 November 2025.\n", ["UNODA", "ECCAS", "Government of Equatorial Guinea"]),
    ("Dear colleagues,\n\nOn behalf of UNODA and our co-hosts at the Ministry of Foreign Affairs of Uganda, thank you "
     "all for making the regional workshop such a success. Over the three days, March 10 through 12, 2026, we had "
     "delegations from Kenya and Rwanda with us in Kampala.\n", ["UNODA", "Ministry of Foreign Affairs of Uganda"]),
])
def test_parties_the_bodies_a_speaker_or_a_mail_speaks_on_behalf_of_are_the_we_that_organizes(parse, text, organizers):
    """"On behalf of the Ministry …, … this conference, which we are co-organizing with A, through its
    unit, and with B"; "On behalf of A and B, thank you … which we organized in cooperation with C"; "On
    behalf of A and our co-hosts at B": all those spoken for organize, with their partners."""
    assert [o.acronym or o.name for o in parse(text).organizers] == organizers


def test_parties_a_mails_attendance_list_with_dotted_leaders_names_its_delegations_not_its_organizers(parse):
    """"ATTENDANCE LIST (…)" over parts whose lines lead with dots to the people ("Cameroon ....... Mr.
    Paul Essomba (Ministry of External Relations)": the first column only); a body marked "(organizer)"
    organized; the mail's closing paragraph ends the list, so its signature's body is no delegation."""
    record = parse("Dear participants,\n\nThank you for attending the regional workshop held in Malabo from 18 to 20 "
                   "November 2025.\n\nATTENDANCE LIST (18-20 November 2025)\n\nStates\n"
                   "  Cameroon ................... Mr. Paul Essomba (Ministry of External Relations)\n"
                   "  Chad ....................... Ms. Achta Djibrine (National Police)\n\nOrganizations\n"
                   "  International Atomic Energy Agency (IAEA) ........... Ms. Irina Kovalenko\n"
                   "  ECCAS (organizer) ................................... Mr. Gervais Nkoulou\n\n"
                   "We are already preparing the next workshop for the member States of ECOWAS and will share the "
                   "materials with that group.\n\nWith best regards,\n\nHelene Mbarga\n"
                   "United Nations Office for Disarmament Affairs\n")
    assert participant_codes(record) >= {"CMR", "TCD"}
    assert [o.acronym for o in as_listed(record)] == ["IAEA"]


def test_parties_a_chats_roll_call_lists_its_delegations_with_asides(parse):
    """"Final roll call, national cells:" over bulleted lines; an aside in brackets is no sentence."""
    record = parse("The table-top exercise runs in Tirana from 10 to 12 March 2026.\n\nFinal roll call, national cells:\n"
                   "\u2022 in the room: Albania, Montenegro, Serbia\n"
                   "\u2022 on Zoom: Moldova (link sent to the MFA in Chisinau)\n"
                   "Croatia sent regrets this afternoon, so no observer seat\n")
    assert participant_codes(record) == {"ALB", "MNE", "SRB", "MDA"}


def test_parties_resource_persons_labelled_below_the_prose_take_part(parse):
    """Below a header and the prose, "Resource persons: …" is a line of text, not a field; those it
    lists take part all the same."""
    record = parse("Event title: Webinar on National Action Plans\nOrganized by: UNRCPD\nEvent date(s): 22 April 2026\n\n"
                   "ABOUT THE EVENT\nThe webinar will introduce the template the Group of Experts prepared.\n\n"
                   "Resource persons: International Atomic Energy Agency (IAEA), Organisation for the Prohibition of "
                   "Chemical Weapons (OPCW).\n")
    assert [o.acronym for o in as_listed(record)] == ["IAEA", "OPCW"]


@pytest.mark.parametrize("sentence, organizers", [
    ("I travelled to Zagreb to support the visit of the Security Council Committee established pursuant to "
     "resolution 1540 (2004) to Croatia, held on 17 and 18 November 2025 at the invitation of the Government of the "
     "Republic of Croatia.", ["Security Council Committee established pursuant to resolution 1540 (2004)",
                              "Government of Croatia"]),
    ("Zambia moves to close gaps after visit by Security Council body. The visit to Lusaka, from 3 to 5 March 2025, "
     "ended with a plan.", []),  # "Security Council body": another's
    ("A delegation has wrapped up a three-day visit to Gabon. The Security Council Committee established pursuant to "
     "resolution 1540 (2004) \u2013 known as the 1540 Committee \u2013 was in Libreville from 9 to 11 March 2026 at "
     "the invitation of the Gabonese Government.", ["Security Council Committee established pursuant to resolution "
                                                    "1540 (2004)", "Government of Gabon"]),
    ("A delegation has wrapped up a three-day visit to Gabon. At the invitation of the Gabonese Government, UNODA was "
     "in Libreville from 9 to 11 March 2026 for talks.", ["Government of Gabon"]),  # not the sentence's opening
])
def test_parties_the_body_a_visit_is_of_organizes_it(parse, sentence, organizers):
    """"The visit of the Committee to Croatia", or the Committee opening the date's sentence and
    "was in Libreville": the visiting body organizes its visit, the inviting government with it."""
    assert [o.name for o in parse(sentence + "\n").organizers] == organizers


def test_parties_a_visiting_delegation_supported_by_bodies_and_a_lower_case_committee(parse):
    """A visiting delegation "supported by" bodies: they take part (the delegation is people, not
    an event that is funded). "A delegation of the Security Council committee that monitors …" is
    no delegation of the Council's."""
    record = parse("A delegation of the Security Council committee that monitors efforts against proliferation has "
                   "wrapped up a visit to Gabon.\n\nThe 1540 Committee was in Libreville from 9 to 11 March 2026. "
                   "They were supported by the UN Office for Disarmament Affairs (UNODA) and the UN Regional Centre "
                   "for Peace and Disarmament in Africa (UNREC).\n")
    assert [o.acronym for o in as_listed(record)] == ["UNODA", "UNREC"]


def test_parties_a_body_and_its_home_after_a_comma_is_the_body(parse):
    """"James Martin Center for Nonproliferation Studies (CNS), Middlebury Institute of International
    Studies": the registry's parent after its body is where the body is housed, no second body."""
    home = "James Martin Center for Nonproliferation Studies (CNS), Middlebury Institute of International Studies"
    record = parse(note(f"Organizers: UNODA; {home}"))
    assert [o.name for o in record.organizers] == ["United Nations Office for Disarmament Affairs",
                                                   "James Martin Center for Nonproliferation Studies"]
    record = parse(note("Organizers: UNODA", "Participants: Chile", f"Civil society: {home}"))
    assert [t.text for t in record.participants.civil_society] == ["James Martin Center for Nonproliferation Studies (CNS)"]


def test_parties_a_regional_centre_then_its_parent_by_its_acronym_is_two_bodies(parse):
    """"UNLIREC, United Nations Office for Disarmament Affairs (UNODA), CARICOM", "UNRCPD, UNODA, IAEA": the
    centre's parent named next by its acronym is the list's next body, not the centre's owner after a comma."""
    for listed in ("UNLIREC, United Nations Office for Disarmament Affairs (UNODA), CARICOM", "UNRCPD, UNODA, IAEA"):
        record = parse(note("Organizers: Ministry of Foreign Affairs of Cuba", "Participants: Cuba",
                            f"International organizations: {listed}"))
        assert "UNODA" in [o.acronym for o in record.participants.organizations]


def test_parties_a_local_office_by_its_kind_is_named_with_the_place_after_its_comma(parse):
    """"Upazila Administration, Ramganj", "hosted by the District Collector Office, Buldhana.": the office of that
    place, named in full; not "District Administration, Police Department", two bodies."""
    record = parse(note("Organizers: Ministry of Foreign Affairs of Bangladesh; Upazila Administration, Ramganj"))
    assert [o.name for o in record.organizers] == ["Ministry of Foreign Affairs of Bangladesh",
                                                   "Upazila Administration, Ramganj"]
    record = parse("The seminar, from 9 to 10 December 2024 in Buldhana, India, was hosted by the District Collector "
                   "Office, Buldhana.\n")
    assert [o.name for o in record.organizers] == ["District Collector Office, Buldhana"]
    record = parse(note("Organizers: Ministry of Foreign Affairs of India; District Administration, Police Department"))
    assert [o.name for o in record.organizers] == ["Ministry of Foreign Affairs of India", "District Administration",
                                                   "Police Department"]


def test_parties_a_saints_abbreviation_is_part_of_a_name_even_at_a_lines_end(parse):
    """"University of St. Gallen", "St. Cyril and St. / Methodius University of Veliko Tarnovo": "St." is a word of
    the name, on its line or at its end, not a sentence's full stop that cuts it ("University of St")."""
    record = parse(note("Organizers: State Secretariat for Economic Affairs; University of St.\n  Gallen"))
    assert [o.name for o in record.organizers] == ["State Secretariat for Economic Affairs", "University of St. Gallen"]
    record = parse(note("Organizers: Ministry of Foreign Affairs of Bulgaria; St. Cyril and St.\nMethodius University "
                        "of Veliko Tarnovo"))
    assert [o.name for o in record.organizers] == ["Ministry of Foreign Affairs of Bulgaria",
                                                   "St. Cyril and St. Methodius University of Veliko Tarnovo"]


def test_parties_a_company_named_after_its_state_is_no_government(parse):
    """"hosted by Korea Midland Power Co., Ltd. (KOMIPO)", "Japan Atomic Power Company": a company whose name opens with
    its State's, not that State's government; a State alone still stands for its government."""
    record = parse(note("Organizers: Ministry of Foreign Affairs of the Republic of Korea (MOFA); hosted by Korea "
                        "Midland Power Co., Ltd. (KOMIPO)"))
    assert [o.name for o in record.organizers] == ["Ministry of Foreign Affairs of the Republic of Korea",
                                                   "Korea Midland Power Co., Ltd."]
    record = parse(note("Organizers: Ministry of Foreign Affairs of Japan; hosted by Japan Atomic Power Company "
                        "(JAPC)"))
    assert [o.name for o in record.organizers] == ["Ministry of Foreign Affairs of Japan", "Japan Atomic Power Company"]
    record = parse(note("Organizers: UNODA; Republic of Korea"))
    assert [o.name for o in record.organizers] == ["United Nations Office for Disarmament Affairs",
                                                   "Government of the Republic of Korea"]


def test_parties_a_body_and_its_home_by_its_short_name_is_the_body(parse):
    """"…(CNS), Middlebury Institute": the home's short name is the registry's too."""
    record = parse(note("Organizers: UNODA", "Participants: Chile", "Civil society: VERTIC, James Martin Center for "
                        "Nonproliferation Studies (CNS), Middlebury Institute"))
    assert [t.text for t in record.participants.civil_society] == [
        "VERTIC", "James Martin Center for Nonproliferation Studies (CNS)"]


def test_parties_an_events_page_lists_its_delegations_and_speakers_under_headings(parse):
    """An events page's "Confirmed delegations (updated …)" over one line of States split by "·", and
    "Speakers and resource persons" over a body and its division ("IAEA, Division of Nuclear
    Security" is the IAEA) and a think tank named twice on its line ("VERTIC – Verification …")."""
    record = parse("Pacific Webinar Series 2025\n\n2025-06-10 \u2013 2025-06-11, online (Zoom)\n\n"
                   "UNRCPD and the Pacific Islands Forum Secretariat (PIFS) are jointly organizing the second session "
                   "of their webinar series.\n\nConfirmed delegations (updated 6 June 2025)\n"
                   "Fiji \u00b7 Kiribati \u00b7 Palau \u00b7 Samoa\n\nSpeakers and resource persons\n"
                   "- International Atomic Energy Agency (IAEA), Division of Nuclear Security\n"
                   "- Oceania Customs Organisation (OCO)\n"
                   "- VERTIC \u2013 Verification Research, Training and Information Centre (London)\n")
    assert [o.acronym for o in record.organizers] == ["UNRCPD", "PIFS"]
    assert participant_codes(record) == {"FJI", "KIR", "PLW", "WSM"}
    assert {o.acronym for o in as_listed(record)} == {"IAEA", "OCO"}
    assert [t.text for t in record.participants.civil_society] == ["VERTIC"]


def test_parties_an_annual_reports_numbered_activities_are_apart(parse):
    """An annual report's subsections ("4.2 …", "4.3 …") are its activities: the States of another
    one's course ("ran a two-week online course") took no part in the workshop. "X and Y held a
    workshop …, hosted by Z": all three organize."""
    record = parse("ANNUAL REPORT 2025\n\n4.1 Overview\n\nUNLIREC assisted States of the region.\n\n"
                   "4.2 Sub-regional workshop for the Caribbean (Nassau)\n\n"
                   "From 3 to 5 March 2025, UNLIREC and the CARICOM Implementation Agency for Crime and Security "
                   "(CARICOM IMPACS) held a sub-regional workshop in Nassau, hosted by the Government of the Bahamas. "
                   "Officials from Barbados, Belize and Jamaica took part.\n\n"
                   "4.3 Online course for Andean States\n\n"
                   "From 22 September to 3 October 2025, UNLIREC ran a two-week online course for officers from "
                   "Colombia, Ecuador and Peru.\n")
    assert [o.acronym or o.name for o in record.organizers] == ["UNLIREC", "IMPACS", "Government of the Bahamas"]
    assert participant_codes(record) == {"BRB", "BLZ", "JAM", "BHS"}


def test_parties_a_relative_clauses_organizers_before_the_host(parse):
    """"the course that the UN Office for Disarmament Affairs (UNODA) and the African Union Commission
    (AUC) ran in Kampala …, hosted by the Government of Uganda": the two ran it, Uganda hosted it."""
    record = parse("Published: 21 April 2026\n\nThis week we go behind the scenes of the Training Course for National "
                   "Points of Contact that the UN Office for Disarmament Affairs (UNODA) and the African Union "
                   "Commission (AUC) ran in Kampala from March 30 to April 3, hosted by the Government of Uganda.\n")
    assert [o.acronym or o.name for o in record.organizers] == ["UNODA", "AUC", "Government of Uganda"]


def test_parties_a_regional_centre_listed_after_its_parent_is_a_body_of_its_own(parse):
    """"UNODA, United Nations Regional Centre for Peace and Disarmament in Africa (UNREC)" lists two
    bodies; "UNODC, Terrorism Prevention Branch" one."""
    record = parse(note("Event: Country visit", "Date and Venue: 17\u201319 September 2024, Monrovia, Liberia",
                        "Participants:\nInternational organizations: UNODA, United Nations Regional Centre for Peace and "
                        "Disarmament in Africa (UNREC), United Nations Office on Drugs and Crime (UNODC), Terrorism "
                        "Prevention Branch"))
    assert [o.acronym for o in record.participants.organizations] == ["UNODA", "UNREC", "UNODC"]


@pytest.mark.parametrize("sentence, organizers", [
    ("The exercise, which opened on Monday, had been jointly prepared by INTERPOL and the ASEAN Secretariat.",
     ["INTERPOL", "ASEAN Secretariat"]),
    ("The exercise report was prepared by INTERPOL and the ASEAN Secretariat.", []),
])
def test_parties_an_event_prepared_by_its_organizers(parse, sentence, organizers):
    record = parse(f"The tabletop exercise was held in Siem Reap on 30 June 2025. {sentence}\n")
    assert [o.acronym or o.name for o in record.organizers] == organizers


def test_parties_a_pipe_tables_closing_rule_is_no_part_of_a_civil_society_name(parse):
    record = parse("| Event          | Webinar on biosecurity |\n| Date and Venue | 25 March 2025, online |\n"
                   "| Participants   | States: Chile, Uruguay |\n"
                   "|               | Civil society: James Martin Center for Nonproliferation Studies (CNS), Universidad de Chile |\n")
    assert [t.text for t in record.participants.civil_society][-1] == "Universidad de Chile"


def test_parties_a_summary_records_reported_speech(parse):
    """A summary record: the Chair "speaking on behalf of" the Ministry "which was hosting the meeting"
    (the Ministry hosts; no support clause); "The meeting had been convened jointly by …" (this
    meeting's organizers, not another's); "points of contact … from …" took part."""
    record = parse("Summary record\n\nHeld at the Ministry of Foreign Affairs, Bucharest, on Tuesday, 8 October 2024, "
                   "at 9.30 a.m., and continued on Wednesday, 9 October 2024, at 9 a.m.\n\n"
                   "1. The Chair, speaking on behalf of the Ministry of Foreign Affairs of Romania, which was hosting the "
                   "meeting, welcomed participants to Bucharest. The meeting had been convened jointly by the United "
                   "Nations Office for Disarmament Affairs (UNODA) and the OSCE. National points of contact or their "
                   "alternates from Armenia, Bulgaria and Serbia were present.\n")
    assert [o.acronym or o.name for o in record.organizers] == ["Ministry of Foreign Affairs of Romania", "UNODA", "OSCE"]
    assert participant_codes(record) >= {"ARM", "BGR", "SRB"}
    assert (record.dates.start, record.dates.end) == ("2024-10-08", "2024-10-09")


FAQ = ("Third Pacific Regional Conference\nPort Vila, Vanuatu | 10\u201312 June 2025\n\nFREQUENTLY ASKED QUESTIONS\n\n"
       "Q: Who is organizing?\nA: UNRCPD, together with the Government of Vanuatu. The conference is funded by the "
       "Government of Australia.\n\n"
       "Q: Which delegations have confirmed?\nA: In person: Fiji, Kiribati and the host, Vanuatu. New Zealand will "
       "participate remotely. The Federated States of Micronesia will not be able to attend.\n\n"
       "Q: Which organizations will take part?\nA: The Oceania Customs Organisation (OCO) and the Stimson Center will "
       "attend. The Stimson Center will present research.\n\n"
       "Q: Do I need a visa?\nA: Delegates transiting through Australia should check its transit rules.\n")


def test_parties_an_faqs_answers_name_the_organizers_and_those_taking_part(parse):
    """An FAQ's answers to "Who is organizing?" and "Which delegations have confirmed?": not the
    funder, not who "will not be able to attend", not a State of a visa question; "the host,
    Vanuatu" is a noun, not a verb whose subject organizes; the Stimson Center once."""
    record = parse(FAQ)
    assert [o.acronym or o.name for o in record.organizers] == ["UNRCPD", "Government of Vanuatu"]
    assert participant_codes(record) == {"FJI", "KIR", "VUT", "NZL"}
    assert [o.acronym for o in as_listed(record)] == ["OCO"]
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center"]


def test_parties_a_participants_label_is_no_roster_heading(parse):
    """"PARTICIPANTS" over its indented sub-fields is a header label: its lists are the fields', and a
    funder the Background names alone on a wrapped line ("…the Government of / Australia.") took no part."""
    record = parse("EVENT\n        Regional Conference\n\nWHEN / WHERE\n        10 to 12 June 2025\n        Port Vila, Vanuatu\n\n"
                   "PARTICIPANTS\n    STATES\n        Fiji, Kiribati, Vanuatu\n    CIVIL SOCIETY\n        Stimson Center\n\n"
                   "BACKGROUND\n        The 2025 conference was made possible by a financial contribution from the Government of\n"
                   "        Australia.\n")
    assert participant_codes(record) == {"FJI", "KIR", "VUT"}
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center"]


def test_parties_a_body_that_names_a_resolution_organizes_nothing(parse):
    """"… a regional workshop on United Nations Security Council resolution 1540 (2004), which it
    organized together with UNODA": the Council names the resolution; it is no organizer."""
    record = parse("Maseru, 18 September 2025\n\nThe Ministry of Foreign Affairs of Lesotho today closed a regional "
                   "workshop on the implementation of United Nations Security Council resolution 1540 (2004), which it "
                   "organized together with the United Nations Office for Disarmament Affairs (UNODA).\n")
    assert [o.acronym or o.name for o in record.organizers] == ["Ministry of Foreign Affairs of Lesotho", "UNODA"]


def test_parties_took_part_as_did_a_counted_kind_of_body_then_its_names(parse):
    record = parse("The workshop was held in Maseru on 16 September 2025. INTERPOL also took part, as did two civil-society "
                   "organizations, the Institute for Security Studies and the London-based Verification Research, "
                   "Training and Information Centre (VERTIC).\n")
    assert [t.text for t in record.participants.civil_society] == [
        "Institute for Security Studies", "Verification Research, Training and Information Centre"]


@pytest.mark.parametrize("field, acronym, name", [
    ("Superintendencia de Administración Tributaria (SAT) of Guatemala", "SAT",
     "Superintendencia de Administración Tributaria of Guatemala"),
    ("Commission Nationale de Désarmement du Cameroun (CNDC)", "CNDC", "Commission Nationale de Désarmement du Cameroun"),
])
def test_parties_an_unknown_bodys_acronym_before_its_state_is_its_acronym(parse, field, acronym, name):
    """An organizer no registry knows keeps its own words; its acronym in brackets, at the end or
    before the State it is of, is its acronym, not a part of its name."""
    record = parse(note(f"Organizers: UNODA; {field}", "Participants: Chile"))
    assert [(o.name, o.acronym) for o in record.organizers][1:] == [(name, acronym)]


def test_parties_a_division_after_its_body_and_a_government_through_the_office_are_their_bodies(parse):
    """"OPCW, International Cooperation and Assistance Division, and the Government of Sierra Leone
    through the Office of National Security (ONS)": two organizers, the OPCW and the Government (a
    Government acting "through the" office stays the Government, as with "through its")."""
    record = parse(note("Organizers: Organisation for the Prohibition of Chemical Weapons (OPCW), International "
                        "Cooperation and Assistance Division, and the Government of Sierra Leone through the Office of "
                        "National Security (ONS)", "Participants: Ghana"))
    assert [o.name for o in record.organizers] == ["Organisation for the Prohibition of Chemical Weapons",
                                                   "Government of Sierra Leone"]


@pytest.mark.parametrize("office", ["Dakar office", "Dakar\n               office"])
def test_parties_a_bodys_office_in_a_city_is_the_body(parse, office):
    record = parse(note("Organizers: UNODA", "Participants: Ghana",
                        f"Civil society: Institute for Security Studies (ISS), {office}, VERTIC"))
    assert [t.text for t in record.participants.civil_society] == ["Institute for Security Studies (ISS)", "VERTIC"]


def test_parties_a_universitys_campus_is_the_university(parse):
    """"University of Central Asia (UCA), Khorog campus": the university, its campus named by a town
    the gazetteers may not hold."""
    record = parse(note("Organizers: UNODA", "Participants: Tajikistan",
                        "Academia: University of Central Asia (UCA), Khorog campus, VERTIC"))
    assert [t.text for t in record.participants.civil_society] == ["University of Central Asia (UCA)", "VERTIC"]


def test_parties_an_organ_names_the_organization_it_acts_for(parse):
    """"ECOWAS Commission" is named as written, with ECOWAS as what it is an organ of; UNREC is a
    body in its own right."""
    record = parse(note("Organizers: UNODA", "Participants: Ghana",
                        "International organizations: ECOWAS Commission, OSCE Conflict Prevention Centre, UNREC"))
    assert [(o.name, o.organ_of and o.organ_of.acronym) for o in as_listed(record)] == [
        ("ECOWAS Commission", "ECOWAS"), ("OSCE Conflict Prevention Centre", "OSCE"),
        ("United Nations Regional Centre for Peace and Disarmament in Africa", None)]
    assert {o.name: o.organ_of for o in record.mentions.organizations}["ECOWAS Commission"].name == \
        "Economic Community of West African States"


def test_parties_a_universitys_department_acts_for_the_university(parse):
    """"Department of Chemistry of the University of Dhaka" is named as written, with the university
    as what it acts for: analysts name the university."""
    record = parse(note("Organizers: UNODA", "Participants: Bangladesh",
                        "Civil society: Department of Chemistry of the University of Dhaka"))
    department = {o.name: o for o in record.mentions.organizations}["Department of Chemistry of the University of Dhaka"]
    assert department.organ_of.name == "University of Dhaka"


def test_parties_and_host_new_zealand_names_a_participant_not_an_organizer(parse):
    """"… along with Australia and host New Zealand": "host" before a name is a noun; the States
    before it do not host."""
    record = parse("The workshop was held in Wellington on 17-19 November 2025. It brought together delegations from "
                   "Fiji, Kiribati and Samoa, along with Australia and host New Zealand.\n")
    assert record.organizers == []
    assert participant_codes(record) == {"FJI", "KIR", "WSM", "AUS", "NZL"}


def test_parties_as_did_a_city_based_body_takes_part(parse):
    record = parse("The workshop was held in Suva on 3 May 2025. Experts from the IAEA gave presentations, as did the "
                   "London-based Verification Research, Training and Information Centre (VERTIC), which drafts model laws.\n")
    assert [t.text for t in record.participants.civil_society] == ["Verification Research, Training and Information Centre"]


def test_parties_a_passive_that_opens_its_sentence_names_only_its_list(parse):
    """"Organised by UNODA and the Stimson Center, the session brought together … officials from
    Cambodia, …": the agents end before the sentence's subject; the rest take part."""
    record = parse("📅 21.05.2025 | 💻 Online\n\nOrganised by the United Nations Office for Disarmament Affairs (UNODA) "
                   "and the Stimson Center, the session brought together officials from Brunei Darussalam, Cambodia "
                   "and Indonesia, together with colleagues from the ASEAN Secretariat and the World Customs "
                   "Organization (WCO).\n")
    assert [o.name for o in record.organizers] == ["United Nations Office for Disarmament Affairs", "Stimson Center"]
    assert participant_codes(record) == {"BRN", "KHM", "IDN"}


def test_parties_an_opening_phrase_of_two_passives_names_only_their_lists(parse):
    """"Co-organized by … and UNODA and hosted by Tsinghua University, the workshop brought together
    … from Cambodia, …": the second passive is still the opening phrase, and its list ends there too."""
    record = parse("From June 4 to 6, the Regional Workshop was held in Shenzhen. Co-organized by the Ministry of "
                   "Foreign Affairs of China and UNODA and hosted by Tsinghua University, the workshop brought together "
                   "officials from Cambodia, Indonesia and Viet Nam.\n")
    assert [o.name for o in record.organizers] == [
        "Ministry of Foreign Affairs of the People's Republic of China", "United Nations Office for Disarmament Affairs",
        "Tsinghua University"]
    assert participant_codes(record) >= {"KHM", "IDN", "VNM"}


def test_parties_a_body_that_held_on_its_days_an_event(parse):
    """"The Ministry … held on Monday and Tuesday of this week an international seminar": the days come
    between the verb and its object, as a place or a date may."""
    record = parse("PRESS RELEASE\nJerusalem, Wednesday, 22 February 2023\n\nThe Ministry of Economy and Industry held "
                   "on Monday and Tuesday of this week an international seminar in Haifa.\n")
    assert [o.name for o in record.organizers] == ["Ministry of Economy and Industry of Israel"]


def test_parties_a_speaker_on_behalf_of_a_body_has_it_take_part(parse):
    """"on behalf of" names whom a speaker speaks for, not a funder."""
    record = parse("On 21 May 2025 I joined a webinar as a speaker on behalf of the James Martin Center for "
                   "Nonproliferation Studies (CNS). It was organised by UNODA.\n")
    assert [t.text for t in record.participants.civil_society] == ["James Martin Center for Nonproliferation Studies"]


def test_parties_a_bullet_after_the_civil_society_line_is_another_participant(parse):
    """"• Civil society: VERTIC" then "• Group of Experts of the 1540 Committee (three experts)": the
    second bullet is another item of the Participants list, not a second civil-society body."""
    record = parse("Information Note\n\nOrganizer(s): UNODA\n\nParticipants:\n• States: Fiji, Tonga\n"
                   "• Civil society: VERTIC\n• Group of Experts of the 1540 Committee (three experts)\n\n"
                   "Background\n\nThe webinar built on earlier work.\n")
    assert [t.text for t in record.participants.civil_society] == ["VERTIC"]
    assert [o.kind for o in as_listed(record)] == ["un_body"]


def test_parties_a_state_in_a_bodys_bracketed_acronym_is_no_government(parse):
    """"EU Advisory Mission Ukraine (EUAM Ukraine)": Ukraine is in the mission's name, twice."""
    record = parse(note("Organizers: UNODA", "Participants: Georgia",
                        "International organizations: EU Advisory Mission Ukraine (EUAM Ukraine), INTERPOL"))
    assert [o.acronym for o in as_listed(record)] == ["EUAM Ukraine", "INTERPOL"]


def test_parties_held_to_account_organizes_nothing(parse):
    record = parse("The course was organised by the World Customs Organization in Kyiv on 9 March 2026. We will work "
                   "with Ukraine, the EU and other partners so that those who supply Russia's war machine are "
                   "identified and held to account.\n")
    assert [o.acronym for o in record.organizers] == ["WCO"]


def test_parties_bodies_and_people_of_bodies_that_also_contributed_take_part(parse):
    """"The EUAM Ukraine, INTERPOL, an expert of the 1540 Committee and researchers from CNS also
    contributed.": a list of bodies and of bodies' people, then a bare "contributed"."""
    record = parse("The course was held in Kyiv on 9 March 2026. The European Union Advisory Mission Ukraine, INTERPOL, "
                   "an expert of the UN Security Council's 1540 Committee and researchers from the James Martin Center "
                   "for Nonproliferation Studies also contributed.\n")
    assert [o.acronym or o.name for o in record.participants.organizations] == [
        "EUAM Ukraine", "INTERPOL", "Security Council Committee established pursuant to resolution 1540 (2004)"]
    assert [t.text for t in record.participants.civil_society] == ["James Martin Center for Nonproliferation Studies"]


def test_parties_a_non_permanent_member_of_the_council_is_no_participant(parse):
    record = parse("A delegation of the 1540 Committee visited Pakistan on 3 February 2026, accompanied by officials of "
                   "UNODA. Pakistan, as a non-permanent member of the Security Council, attaches great importance to "
                   "resolution 1540.\n")
    assert "UNSC" not in [o.acronym for o in record.participants.organizations]
    assert "UNODA" in [o.acronym for o in record.participants.organizations]


def test_parties_cloud_hosted_files_host_no_event(parse):
    record = parse("The workshop was hosted by UNODA in Sofia on 30 September 2025. Professor Marsh's presentation "
                   "drew on CSSS research into cloud-hosted design files.\n")
    assert [o.acronym for o in record.organizers] == ["UNODA"]


@pytest.mark.parametrize("sentence, states", [
    ("Only a handful of countries in the region, among them Argentina, Brazil and Chile, have comprehensive control "
     "lists, according to figures cited at the meeting from a database.", {"CUB", "MEX"}),
    ("Officials from eight countries, among them Argentina and Brazil, attended.", {"CUB", "MEX", "ARG", "BRA"}),
    ("It brought together diplomats and researchers from seven South American\ncountries, among them Argentina and "
     "Chile.", {"CUB", "MEX", "ARG", "CHL"}),  # researchers are people who came, as officials are
])
def test_parties_countries_given_as_examples_do_not_take_part(parse, sentence, states):
    record = parse(f"The roundtable was held in Havana on 21 April 2026 with officials from Cuba and Mexico. {sentence}\n")
    assert participant_codes(record) == states


def test_parties_also_at_the_table_were_bodies_based_in_a_city_of_two_words(parse):
    """"Also at the table were the Mexico City-based OPANAL, …, members of the Group of Experts that
    assists the UN Security Council's 1540 Committee, and the Washington-based Stimson Center"."""
    record = parse("The roundtable was held in Havana on 21 April 2026. Also at the table were the Mexico City-based "
                   "Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (OPANAL), the "
                   "Organisation for the Prohibition of Chemical Weapons (OPCW), members of the Group of Experts that "
                   "assists the UN Security Council's 1540 Committee, and the Washington-based Stimson Center, which "
                   "presented research.\n")
    assert [o.acronym for o in record.participants.organizations][:2] == ["OPANAL", "OPCW"]
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center"]


def test_parties_an_invitation_on_behalf_of_bodies_and_nominations_received_from_states(parse):
    """An invitation mail: "On behalf of UNODA and the OSCE, we are pleased to confirm the
    arrangements for the … Webinar …, to be held online on 24 and 25 February 2026" (they organize);
    "Nominations have been received from Kazakhstan, …" (they take part)."""
    record = parse("Dear colleagues,\n\nOn behalf of the United Nations Office for Disarmament Affairs (UNODA) and the "
                   "Organization for Security and Co-operation in Europe (OSCE), we are pleased to confirm the "
                   "arrangements for the Regional Webinar on Proliferation Financing, to be held online on 24 and 25 "
                   "February 2026.\n\nNominations have been received from Kazakhstan, Kyrgyzstan and Mongolia.\n")
    assert [o.acronym for o in record.organizers] == ["UNODA", "OSCE"]
    assert participant_codes(record) == {"KAZ", "KGZ", "MNG"}


def test_parties_an_event_page_in_the_present_tense(parse):
    """An event page: "UNODA and the Ministry … are holding a three-day exercise" (they organize);
    "briefings from the BWC ISU", "INTERPOL leads a session", "the OPCW explains", "The League of
    Arab States (LAS) presents its work" (they take part) — but a note verbale's "presents its
    compliments" is no talk."""
    record = parse("UNODA and the Government of Tunisia are holding a three-day regional table-top exercise from Monday "
                   "9 to Wednesday 11 March 2026 in Tunis, Tunisia.\n\nDay one opens with briefings from the "
                   "Implementation Support Unit of the Biological Weapons Convention (BWC ISU). The International "
                   "Criminal Police Organization (INTERPOL) leads a session on information sharing, and the "
                   "Organisation for the Prohibition of Chemical Weapons (OPCW) explains how toxins fall under both "
                   "Conventions. The League of Arab States (LAS) presents its work.\n\nThe Federal Department of "
                   "Foreign Affairs of the Swiss Confederation presents its compliments to the Mission.\n")
    assert [o.name for o in record.organizers] == ["United Nations Office for Disarmament Affairs", "Government of Tunisia"]
    orgs = as_listed(record)
    assert "Implementation Support Unit" in orgs[0].name
    assert [o.acronym for o in orgs[1:]] == ["INTERPOL", "OPCW", "LAS"]
    assert "CHE" not in participant_codes(record)


def test_parties_bodies_that_led_sessions_without_an_article_take_part(parse):
    record = parse("The workshop was held in Thimphu on 3 March 2026. The Stimson Center and VERTIC led hands-on "
                   "sessions on drafting national legislation.\n")
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center", "VERTIC"]


@pytest.mark.parametrize("sentence, expected", [
    ("From 3 until 5 March 2026, UNRCPD and the Royal Government of Bhutan brought together officials from seven "
     "States in Thimphu.", ["UNRCPD", "Government of Bhutan"]),
    ("On 4 May 2026 the OSCE (Organization for Security and Co-operation in Europe) brings together customs officers "
     "in Vienna.", ["OSCE"]),
    ("On 4 May 2026 the workshop brought together customs officers from Kenya and the WCO in Nairobi.", []),
    ("On 4 May 2026 funding from Japan brought together customs officers from Kenya in Nairobi.", []),
    ("Addis Ababa, 21 November 2025 \u2013 The African Union Commission (AUC), through its Department of Political "
     "Affairs, Peace and Security (PAPS), and UNODA concluded on Wednesday a three-day Regional Workshop held in Asmara.",
     ["AUC", "UNODA"]),
    ("Officers concluded a week-long course in Asmara on 21 November 2025.", []),
])
def test_parties_bodies_that_bring_people_together_organize(parse, sentence, expected):
    assert organizer_keys(parse(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Two non-governmental partners, the Stimson Center and VERTIC, led hands-on sessions on drafting legislation.",
    "The Stimson Center and VERTIC, two non-governmental partners, led hands-on sessions on drafting legislation.",
])
def test_parties_a_list_set_off_from_its_description_takes_part(parse, sentence):
    record = parse("The workshop was held in Thimphu on 3 March 2026. " + sentence + "\n")
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center", "VERTIC"]


def test_parties_an_unknown_intergovernmental_body_that_took_part_is_an_organization(parse):
    record = parse("The course took place in Lomé on 3 May 2026. The West African Health Organisation (WAHO) and the "
                   "Lake Chad Basin Commission (LCBC) were represented. The National Commission on Small Arms (NCSA) "
                   "was represented too.\n")
    assert [o.name for o in record.participants.organizations] == [
        "West African Health Organisation", "Lake Chad Basin Commission"]


REPORT = ("INTERPOL – FOR OFFICIAL USE ONLY\n\nBACK-TO-OFFICE REPORT\n\nWe travelled to N'Djamena at the invitation of "
          "UNREC to deliver the module on INTERPOL databases in a training course. The course took place from 9 to 11 "
          "March 2026. {line}\n")


def test_parties_an_invitation_ends_at_its_purpose(parse):
    assert organizer_keys(parse(REPORT.format(line="Trainers came from the WCO."))) == ["UNREC"]


@pytest.mark.parametrize("line, expected", [
    ("Besides ourselves, trainers came from the WCO.", ["INTERPOL", "WCO"]),
    ("On Day 3 we delivered our module. Trainers came from the WCO.", ["INTERPOL", "WCO"]),
    ("Our CBRNE Prevention (CPU) team presented. Trainers came from the WCO.", ["INTERPOL", "WCO"]),
    ("Trainers came from the WCO.", ["WCO"]),
])
def test_parties_the_mastheads_body_takes_part_when_its_writers_say_so(parse, line, expected):
    assert [o.acronym for o in as_listed(parse(REPORT.format(line=line)))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A colleague from the Office for Disarmament Affairs [UNODA] joined them.", ["UNODA"]),
    ("Representatives of CARICOM IMPACS, that's the Caribbean Community's Implementation Agency for Crime and "
     "Security, and of the Organization of American States also took part.", ["IMPACS", "OAS"]),
])
def test_parties_a_colleague_from_a_body_and_a_spoken_gloss_in_a_list(parse, sentence, expected):
    record = parse("The visit took place in Basseterre on 3 May 2026. " + sentence + "\n")
    assert [o.acronym for o in record.participants.organizations] == expected


def test_parties_the_group_of_experts_of_the_committee_is_one_participant(parse):
    record = parse("The exercise was held in Helsinki on 21 October 2025. Experts from the World Health Organization "
                   "(WHO), INTERPOL and the Group of Experts of the UN Security Council\u2019s 1540 Committee will take "
                   "part in the exercise.\n")
    assert [o.name for o in record.participants.organizations] == [
        "World Health Organization", "International Criminal Police Organization",
        "Group of Experts of the Security Council Committee established pursuant to resolution 1540 (2004)"]


@pytest.mark.parametrize("sentence, orgs, civil", [
    ("The African Union and INTERPOL were also in the room.", ["AU", "INTERPOL"], []),
    ("VERTIC and INTERPOL will also contribute.", ["INTERPOL"], ["VERTIC"]),
    ("INTERPOL was also in the room, as were two experts supporting the 1540 Committee.", ["INTERPOL", None], []),
    ("I represented VERTIC at the workshop.", [], ["VERTIC"]),
    ("The IMO took part, along with an expert working for the UN Security Council's 1540 Committee.", ["IMO", None], []),
    ("The Verification Research, Training and Information Centre (VERTIC) and the Finnish Institute for Verification "
     "of the Chemical Weapons Convention (VERIFIN) at the University of Helsinki will also contribute.", [],
     ["Verification Research, Training and Information Centre", "Finnish Institute for Verification of the Chemical "
                                                                 "Weapons Convention"]),
])
def test_parties_in_the_room_will_contribute_as_were_experts_and_i_represented(parse, sentence, orgs, civil):
    record = parse("The workshop took place in Niamey on 3 February 2026. " + sentence + "\n")
    assert [o.acronym for o in record.participants.organizations] == orgs
    assert [t.text for t in record.participants.civil_society] == civil


def test_parties_show_notes_lists_and_bodies_that_bring_officials_together(parse):
    record = parse("On November 18, 2025, UNLIREC (the UN's regional disarmament centre, based in Lima) and CARICOM "
                   "IMPACS brought officials from eight Caribbean States together on Zoom for a webinar.\n\nJoining from "
                   "capitals: the Bahamas, Barbados and Belize. Also on the (virtual) panel: the Pan American Health "
                   "Organization (PAHO) and VERTIC.\n")
    assert organizer_keys(record) == ["UNLIREC", "IMPACS"]
    assert participant_codes(record) == {"BHS", "BRB", "BLZ"}
    assert [o.acronym for o in as_listed(record)] == ["PAHO"]


def test_parties_a_bodys_own_programme_in_a_list_of_trainers(parse):
    record = parse("The course ran in Cebu City from 9 to 13 March 2026. Trainers came from the World Customs Organization "
                   "(WCO), the European Union's export control program, the IAEA, and the Stimson Center.\n")
    assert [o.acronym for o in record.participants.organizations] == ["WCO", "EU", "IAEA"]
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center"]


@pytest.mark.parametrize("sentence, expected", [
    ("NPSIA hosts UN Security Council 1540 Committee delegation.", ["GAC"]),
    ("The Government of Canada hosted the 1540 Committee delegation.", ["GAC"]),  # its ministry: one organizer
])
def test_parties_a_school_that_hosts_a_visiting_delegation_does_not_organize_the_visit(parse, sentence, expected):
    record = parse(sentence + "\n\nThe Norman Paterson School of International Affairs (NPSIA) welcomed the delegation "
                   "during the Committee's visit to Canada from 29 April to 1 May 2026, organized by Global Affairs "
                   "Canada (GAC).\n")
    assert organizer_keys(record) == expected


def test_parties_bodies_that_ran_the_injects_take_part(parse):
    record = parse("The table-top exercise took place in Tarawa from 30 June to 2 July 2026. The Oceania Customs "
                   "Organisation (OCO), INTERPOL and the IAEA ran the technical injects.\n")
    assert [o.acronym for o in record.participants.organizations] == ["OCO", "INTERPOL", "IAEA"]


@pytest.mark.parametrize("sentence, states", [
    ("Several speakers, including the representatives of Austria, Hungary and Poland, cited the industry outreach of "
     "the German Federal Office for Economic Affairs and Export Control (BAFA) as an example.", {"AUT", "HUN", "POL"}),
    ("Representatives of Austria praised Germany's licensing system.", {"AUT"}),
])
def test_parties_states_and_bodies_cited_by_those_present_do_not_take_part(parse, sentence, states):
    assert participant_codes(parse("The meeting was held in Prague on 9 October 2025. " + sentence + "\n")) == states


def test_parties_supported_by_one_and_by_another_and_at_the_table_too(parse):
    record = parse("The visit of the 1540 Committee took place in Majuro on 24-26 November 2025. The delegation was "
                   "supported by two members of the 1540 Committee's Group of Experts and by the United Nations Office "
                   "for Disarmament Affairs (UNODA). Regional partners were at the table too: the World Customs "
                   "Organization (WCO) and the Oceania Customs Organisation (OCO) briefed on cooperation.\n")
    assert [o.acronym for o in as_listed(record)] == [None, "UNODA", "WCO", "OCO"]


@pytest.mark.parametrize("sentence, expected", [
    ("The CARICOM 1540 Regional Coordinator, who delivered a presentation, said the course came at the right time.",
     ["CARICOM", "WCO"]),
    ("The CARICOM Regional 1540 Coordinator had been invited to share the Caribbean experience but could not travel.",
     ["WCO"]),
    ("The annex lists the written contribution of the CARICOM Regional 1540 Coordinator and the presentations.",
     ["WCO"]),
])
def test_parties_a_bodys_coordinator_speaking_brings_it_in_unless_absent(parse, sentence, expected):
    record = parse("The course took place in Mexico City from 30 June to 2 July 2025. " + sentence +
                   " The World Customs Organization (WCO) also took part.\n")
    assert [o.acronym for o in record.participants.organizations] == expected


@pytest.mark.parametrize("unit", ["Strategic Trade Secretariat", "Strategic Trade Secretariat (STS)"])
def test_parties_a_unit_before_its_ministry_is_the_ministry(parse, unit):
    record = parse(note(f"Organiser: {unit}, Ministry of Investment, Trade and Industry of Malaysia "
                        "(MITI), in cooperation with the United Nations Office for Disarmament Affairs (UNODA)"))
    assert organizer_keys(record) == ["MITI", "UNODA"]


@pytest.mark.parametrize("sentence, expected", [
    ("The seminar was put together by the OSCE's Conflict Prevention Centre together with UNODA.", ["OSCE", "UNODA"]),
    ("CAPTION: THE OSCE'S CONFLICT PREVENTION CENTRE AND UNODA CO-ORGANIZE A TWO-DAY SEMINAR.", ["OSCE", "UNODA"]),
    ("The seminar was convened by the OSCE, through its Conflict Prevention Centre, and UNODA.", ["OSCE", "UNODA"]),
    ("Requesting unit: Conflict Prevention Centre (CPC), FSC Support Section. The OSCE webinar was organized by the "
     "Conflict Prevention Centre.", ["OSCE CPC"]),
])
def test_parties_the_osces_centre_is_the_osce_acting_through_it(parse, sentence, expected):
    record = parse(sentence + "\n")
    assert organizer_keys(record) == expected
    assert {(o.organ_of.acronym if o.organ_of else o.acronym) for o in record.organizers} == {"OSCE", "UNODA"} - (
        set() if "UNODA" in sentence else {"UNODA"})


@pytest.mark.parametrize("organizers, expected", [
    ("United Nations Office on Drugs and Crime (UNODC), Global\n   Maritime Crime Programme, and the Strategic Trade "
     "Manage-\n   ment Office (STMO) of the Department of Trade and Industry\n   of the Philippines",
     ["UNODC", "STMO"]),  # a programme of the body; the STMO, which the registry knows, and not its ministry
    ("Organization of American States, Inter-American Committee against Terrorism\n(OAS/CICTE) and the Ministry of "
     "Foreign Affairs of the Plurinational State of Bolivia",
     ["CICTE", "Ministry of Foreign Affairs of the Plurinational State of Bolivia"]),  # the pair's acronym names the unit
])
def test_parties_organizers_named_with_their_units_and_programmes(parse, organizers, expected):
    assert organizer_keys(parse(note(f"Organizers: {organizers}"))) == expected


def test_parties_a_bodys_programme_after_it_in_prose_is_the_body(parse):
    record = parse("The exercise was organized by the United Nations Office on Drugs and Crime (UNODC), Global Maritime "
                   "Crime Programme, in Mombasa on 3 May 2022.\n")
    assert organizer_keys(record) == ["UNODC"]


@pytest.mark.parametrize("lines, codes, acronyms", [
    (["   States (4):                Brunei Darussalam, Indonesia", "   International orgs (4):    UNODC; INTERPOL"],
     ["BRN", "IDN"], ["UNODC", "INTERPOL"]),  # a count after the bodies' label
    (["   * States ........................ Cambodia, Indonesia", "   * International organizations .. EU CBRN CoE; INTERPOL"],
     ["KHM", "IDN"], ["CBRN CoE", "INTERPOL"]),  # a two-dot leader between spaces
], ids=["a-count-after-the-label", "a-two-dot-leader-between-spaces"])
def test_parties_participants_sub_labels_as_notes_write_them(parse, lines, codes, acronyms):
    record = parse(note("Participants:", *lines))
    assert [s.code for s in record.participants.states] == codes
    assert [o.acronym for o in record.participants.organizations] == acronyms


def test_parties_a_body_represented_by_its_own_unit_is_the_body(parse):
    record = parse(note("Participants:", "States: Denmark, Sweden",
                        "International organizations: European Union (EU) \u2013 represented by the European "
                        "Commission's DG TAXUD; INTERPOL"))
    assert [o.acronym for o in record.participants.organizations] == ["EU", "INTERPOL"]


def test_parties_at_the_initiative_of_a_ministry_whose_name_holds_commas_in_partnership_with(parse):
    record = parse("A regional training course opened on 29 September 2025 in Casablanca, at the initiative of the "
                   "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates, in partnership with the "
                   "United Nations Office for Disarmament Affairs (UNODA).\n")
    assert organizer_keys(record) == [
        "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates of Morocco", "UNODA"]


@pytest.mark.parametrize("line, orgs, civil", [
    ("- Organisations: EEAS, OSCE and the IAEA, and from civil society SIPRI and VERTIC.",
     ["EEAS", "OSCE", "IAEA"], ["SIPRI", "VERTIC"]),
    ("- Substance: the delegations asked regional organisations: OSCE and the IAEA to follow up.", [], []),
])
def test_parties_a_mails_organisations_item_lists_those_who_took_part(parse, line, orgs, civil):
    record = parse("Dear Niamh,\n\nMany thanks again to you and the team for hosting the roundtable in Dublin on "
                   "14-15 October 2025 - it really was a very good two days. A few points for the record, as "
                   "promised:\n\n- Attendance: delegations in person from Austria and Sweden; Nigeria "
                   "joined online.\n" + line + "\n- Next steps: written comments by 7 November.\n")
    assert [o.acronym for o in record.participants.organizations] == orgs
    assert [t.text for t in record.participants.civil_society] == civil


def test_parties_a_chairs_summary_donor_example_and_the_experts_supporting_the_committee(parse):
    record = parse("1. The Regional Workshop was held in Gaborone from 3 to 5 February 2026. It was jointly organised by "
                   "the SADC Secretariat and the United Nations Office for Disarmament Affairs (UNODA), with the generous "
                   "financial support of the Government of Norway.\n\n2. The Workshop was attended by delegations of "
                   "Botswana and Namibia. Representatives of the OPCW, INTERPOL and the experts supporting the 1540 "
                   "Committee took part.\n\n3. Participants took note of the legislative guides developed by VERTIC "
                   "and of the example of Kenya, which recently adopted biosecurity legislation.\n")
    assert organizer_keys(record) == ["SADC", "UNODA"]
    assert participant_codes(record) == {"BWA", "NAM"}
    assert [o.acronym for o in as_listed(record)] == ["OPCW", "INTERPOL", None]


@pytest.mark.parametrize("post, orgs, civil", [
    ("Thanks to the @BWC_ISU, the @ASEAN Secretariat and the @StimsonCenter for their contributions.",
     ["Biological Weapons Convention Implementation Support Unit", "ASEAN Secretariat"], ["@StimsonCenter"]),
    ("Thanks to the OPCW for funding this work and for its expertise.", [], []),
    ("Thanks to the OPCW and INTERPOL for a great week.", [], []),
    ("Huge thanks to our colleagues from the OPCW and the IAEA for joining as resource persons, and to the "
     "Australian Government for funding the series.", ["OPCW", "IAEA"], []),
    ("Special thanks to our colleagues from the IAEA and WCO for the presentations, to the Stimson Center, and to "
     "VERTIC, ISS and Makerere University for the case studies.",
     ["IAEA", "WCO"], ["Stimson Center", "VERTIC", "ISS", "Makerere University"]),
    ("Who calls whom? \U0001f50d @INTERPOL_HQ led the law enforcement discussion.", ["INTERPOL"], []),
])
def test_parties_a_post_thanks_bodies_for_contributing_and_a_handle_leads_a_discussion(parse, post, orgs, civil):
    record = parse("1/4 From 24 to 26 November 2025, officials from Cambodia and Thailand met in Phnom Penh for a "
                   "table-top exercise.\n\n2/4 " + post + "\n")
    assert [o.acronym or o.name for o in record.participants.organizations] == orgs
    assert [t.text for t in record.participants.civil_society] == civil


def test_parties_a_states_government_and_its_ministry_organizing_are_one_organizer_the_ministry(parse):
    record = parse("The workshop was held in Gaborone from 3 to 5 February 2026, at the invitation of the Government "
                   "of the Republic of Botswana. It was jointly organised by the Ministry of International Relations "
                   "of Botswana and UNODA.\n")
    assert organizer_keys(record) == ["Ministry of International Relations of Botswana", "UNODA"]


def test_parties_a_speech_welcomes_bodies_and_the_experts_who_support_the_committee(parse):
    record = parse("It is my pleasure to welcome you to Maputo for this training course, from 14 to 17 April 2026. "
                   "Allow me to extend a special welcome to the representatives of the World Customs Organization, "
                   "the Executive Secretariat of the Community of Portuguese Language Countries, and VERTIC, as well "
                   "as to the experts who support the 1540 Committee of the Security Council.\n")
    assert [o.name for o in record.participants.organizations] == [
        "World Customs Organization", "Executive Secretariat of the Community of Portuguese Language Countries",
        "Security Council Committee established pursuant to resolution 1540 (2004)"]


def test_parties_a_cables_numbered_paragraph_says_the_committee_visited(parse):
    record = parse("SUBJECT: UNSC 1540 COMMITTEE VISIT TO NIGERIA\n\n1. THE 1540 COMMITTEE VISITED NIGERIA FROM 29 "
                   "SEPTEMBER TO 1 OCTOBER 2025 AT THE INVITATION OF THE NIGERIAN GOVERNMENT. ALL MEETINGS WERE HELD "
                   "IN ABUJA.\n")
    assert [o.name for o in record.organizers][:1] == [
        "Security Council Committee established pursuant to resolution 1540 (2004)"]


@pytest.mark.parametrize("sentence, civil", [
    ("The Norman Paterson School of International Affairs (NPSIA) welcomed a delegation of the 1540 Committee.",
     ["Norman Paterson School of International Affairs"]),
    ("The Government of Canada hosted the 1540 Committee delegation.", []),
])
def test_parties_a_school_that_welcomes_a_visiting_delegation_takes_part(parse, sentence, civil):
    record = parse("The Committee's visit to Canada took place from 29 April to 1 May 2026, organized by Global Affairs "
                   "Canada (GAC). " + sentence + "\n")
    assert [t.text for t in record.participants.civil_society] == civil


def test_parties_a_list_goes_on_with_the_expert_group_of_a_body_and_in_addition_to_a_think_tank(parse):
    record = parse("The course, held in Casablanca from 28 September to 2 October 2026, brings together officials "
                   "from Senegal and Tunisia, as well as experts from the World Customs Organization (WCO), the "
                   "United Nations Regional Centre for Peace and Disarmament in Africa (UNREC) and the expert group "
                   "of the Security Council Committee established pursuant to resolution 1540, in addition to the "
                   "American think tank Stimson Center.\n")
    assert [o.acronym or o.name for o in record.participants.organizations] == [
        "WCO", "UNREC", "Security Council Committee established pursuant to resolution 1540 (2004)"]
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center"]


def test_parties_a_list_in_capitals_takes_part(parse):
    record = parse("3. UNODA AND THE UN REGIONAL CENTRE IN LOME (UNREC) TOOK PART THROUGHOUT; UNREC OFFERED SUPPORT.\n")
    assert [o.acronym for o in record.participants.organizations] == ["UNODA", "UNREC"]


@pytest.mark.parametrize("body, states", [
    ("the Stimson Center (United States)", ["KAZ"]),  # a think tank's seat
    ("the National Export Control Agency (Kenya)", ["KAZ", "KEN"]),  # a government body's State took part
])
def test_parties_a_state_in_brackets_after_a_body_is_its_seat_unless_the_body_is_its_government(parse, body, states):
    record = parse(f"Taking part were delegations of Kazakhstan, as well as representatives of {body}.\n")
    assert [s.code for s in record.participants.states] == states


def test_parties_bodies_that_rounded_out_the_faculty_took_part(parse):
    record = parse("The course ran in Valparaíso from 9 to 11 March 2026. The World Customs Organization (WCO), CARICOM "
                   "IMPACS and an expert from the Group of Experts that supports the UN Security Council's 1540 "
                   "Committee rounded out the faculty.\n")
    assert [o.acronym for o in record.participants.organizations][:2] == ["WCO", "IMPACS"]
    assert record.participants.organizations[2].name.startswith("Group of Experts")


def test_parties_a_body_that_holds_its_own_first_meeting_organizes_that_one_not_the_event(parse):
    record = parse("The workshop, organized by the Government of Sri Lanka, was held in Kandy from 17 to 19 November "
                   "2025. A Coordinating Committee is established. The Coordinating Committee shall hold its first "
                   "meeting within thirty days.\n")
    assert [o.name for o in record.organizers] == ["Government of Sri Lanka"]


@pytest.mark.parametrize("sentence", [
    "Travel support for experts was provided by Norway, which did not itself send a delegation.",
    "Funding for the travel of experts was provided by Norway.",
])
def test_parties_a_state_that_provided_support_for_experts_funds_them(parse, sentence):
    record = parse("Government delegations came from Austria and Croatia to the workshop in Brno on 3 May 2026. "
                   + sentence + "\n")
    assert [s.code for s in record.participants.states] == ["AUT", "HRV"]


def test_parties_a_body_a_bracket_marks_as_co_organiser_organizes(parse):
    record = parse("Meeting date: 14 July 2026\nPresent:\nP. Shikongo, NRPA, Government of Namibia (co-organiser)\n"
                   "L. Moreau, UNODA (co-organiser)\nK. Lindqvist, IAEA\n")
    assert [o.name for o in record.organizers] == ["Government of Namibia", "United Nations Office for Disarmament Affairs"]


def test_parties_the_members_of_a_delegation_set_off_by_dashes_do_not_organize_its_visit(parse):
    record = parse("From Monday to Wednesday (10-12 Nov 2025), a delegation of the 1540 Committee – led by the "
                   "representative of Sierra Leone and including representatives of Denmark and Panama – held its "
                   "first-ever visit to the Comoros.\n")
    assert [o.name for o in record.organizers] == ["Security Council Committee established pursuant to resolution 1540 (2004)"]
    assert [s.code for s in record.participants.states][:3] == ["SLE", "DNK", "PAN"]


def test_parties_a_delegation_supported_by_members_of_the_group_and_a_handle_took_them_along(parse):
    record = parse("The delegation of the 1540 Committee visited Majuro on 3 May 2026 and included representatives of "
                   "Greece and Panama, "
                   "supported by two members of the Committee's Group of Experts and by @UN_Disarmament (UNODA).\n")
    assert "UNODA" in [o.acronym for o in record.participants.organizations]


def test_parties_a_list_goes_on_with_a_bodys_secretariat_and_experts_who_advise_the_committee(parse):
    record = parse("The workshop was held in Cape Town on 2 October 2025. The International Atomic Energy Agency, the "
                   "Southern African Development Community's secretariat and experts who advise the Security Council's "
                   "1540 committee took part.\n")
    assert [o.acronym or o.name for o in record.participants.organizations] == [
        "IAEA", "SADC", "Security Council Committee established pursuant to resolution 1540 (2004)"]


def test_parties_the_body_of_a_researcher_who_attended_took_part(parse):
    record = parse('"Enforcement is weak," said Thandiwe Mokoena, a researcher at the Pretoria-based Institute for '
                   "Security Studies, who attended the meeting. The workshop was held in Cape Town on 2 October 2025.\n")
    assert [t.text for t in record.participants.civil_society] == ["Institute for Security Studies"]


def test_parties_a_storys_lead_names_the_visitor_and_a_body_its_regional_centre(parse):
    record = parse("A delegation from the United Nations Security Council's 1540 Committee, which monitors how countries "
                   "keep such weapons out of the hands of terrorists, wrapped up a two-day visit to Antigua and Barbuda "
                   "yesterday.\n\nThe visit, which took place on Tuesday and Wednesday (November 18 and 19, 2025) in St "
                   "John's, came at the invitation of the government. The delegation included officials from the UN "
                   "Office for Disarmament Affairs (UNODA) and its Lima-based regional centre, UNLIREC.\n")
    assert [o.name for o in record.organizers] == ["Security Council Committee established pursuant to resolution 1540 (2004)"]
    assert [o.acronym for o in as_listed(record)][-2:] == ["UNODA", "UNLIREC"]


def test_parties_a_list_goes_on_past_an_items_gloss_of_who_delivered_what(parse):
    record = parse("The course ran in Santa Cruz de la Sierra from 3 to 5 February 2026. It benefited from the "
                   "participation of specialists from the World Customs Organization (WCO), who delivered modules of "
                   "the Strategic Trade Control Enforcement (STCE) programme, the Organisation for the Prohibition of "
                   "Chemical Weapons (OPCW) and the Stimson Center.\n")
    assert [o.acronym for o in record.participants.organizations] == ["WCO", "OPCW"]
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center"]


def test_parties_a_marks_note_under_a_list_is_no_civil_society_body(parse):
    record = parse(note("Event: Subregional Roundtable", "Participants:", "States: Brazil, Peru*",
                        "Civil society: James Martin Center for Nonproliferation Studies (CNS)\n"
                        "* connected online"))
    assert [c.text for c in record.participants.civil_society] == [
        "James Martin Center for Nonproliferation Studies (CNS)"]


def test_parties_a_list_of_subjects_after_a_body_and_its_acronym_all_organize(parse):
    record = parse("The Secretariat of the Inter-American Committee against Terrorism (CICTE) of the Organization of "
                   "American States (OAS), the United Nations Regional Centre for Peace, Disarmament and Development in "
                   "Latin America and the Caribbean (UNLIREC) and the Ministry of Foreign Affairs of Paraguay held from "
                   "September 30 through October 2, 2025 in Asunción, Paraguay, a Subregional Roundtable.\n")
    assert [o.acronym or o.name for o in record.organizers] == [
        "CICTE", "UNLIREC", "Ministry of Foreign Affairs of Paraguay"]


def test_parties_a_scene_set_before_a_comma_is_no_subject(parse):
    record = parse("In Lima (Peru), the OSCE and UNODA held a workshop on 3 May 2026.\n")
    assert [o.acronym for o in record.organizers] == ["OSCE", "UNODA"]


def test_parties_holding_something_up_as_a_model_organizes_nothing(parse):
    record = parse("The webinar, held on 9 and 10 September 2025, was organized by UNRCPD.\n\nMalaysia presented its "
                   "Strategic Trade Act, while several speakers held up Singapore's legislation as a regional model.\n")
    assert [o.acronym for o in record.organizers] == ["UNRCPD"]


def test_parties_a_memos_participation_section_is_read_as_prose(parse):
    record = parse("Subject: Back-to-office report, Tirana, 9-11.III.2026\n\n1. Purpose\n\nI travelled to Tirana for the "
                   "exercise.\n\n2. Participation\n\nNational teams came from Albania, Montenegro and Serbia. Croatia had "
                   "confirmed but cancelled at short notice. The project is funded by Germany and Norway; no "
                   "representatives of the donors were present.\n\n3. The exercise\n\nThe scenario started at a port.\n")
    assert [s.code for s in record.participants.states] == ["ALB", "MNE", "SRB"]


def test_parties_a_list_that_opens_with_besides_and_a_gloss_before_took_part(parse):
    record = parse("The exercise was held in Tirana on 9-11 March 2026. Besides the OPCW, INTERPOL, an expert of the "
                   "1540 Committee and SIPRI, which co-developed the scenario, took part.\n")
    assert [o.acronym for o in record.participants.organizations][:2] == ["OPCW", "INTERPOL"]


def test_parties_a_state_whose_experience_delegations_learned_about_is_cited(parse):
    record = parse("The roundtable was held in Asunción on 30 September 2025 with delegations of Chile and Peru. "
                   "Delegations also learned about the experience of Mexico in updating its control list.\n")
    assert [s.code for s in record.participants.states] == ["CHL", "PER"]


def test_parties_a_programmes_speakers_on_the_lines_under_its_times(parse):
    record = parse("Regional Training Course, Muscat, 2-5 November 2025\n\nAgenda\n\n"
                   "09:00  Opening remarks\n       Representative, Ministry of Foreign Affairs, Sultanate of Oman\n"
                   "09:45  Session 1: The obligations of resolution 1540\n"
                   "       Karim Benhaddou, Expert, Group of Experts of the 1540 Committee\n"
                   "11:00  Session 2: Customs risk management\n"
                   "       Laila Mansour, Technical Officer, World Customs Organization (WCO)\n"
                   "14:00  Session 3: Detection architecture\n"
                   "       Pavel Hruby, Nuclear Security Officer, International Atomic Energy Agency (IAEA)\n")
    assert [o.acronym for o in record.participants.organizations][1:] == ["WCO", "IAEA"]


def test_parties_the_host_of_a_field_visit_does_not_organize_the_event(parse):
    record = parse("The course, held in Muscat from 2 to 5 November 2025, was organized by King's College London.\n\n"
                   "Day 3: Field visit to the Port of Sohar, hosted by the Royal Oman Police.\n")
    assert [o.acronym or o.name for o in record.organizers] == ["KCL"]


def test_parties_briefings_from_one_body_and_from_another_name_both(parse):
    record = parse("The exercise opens in Tunis on 9 March 2026 with briefings from the Implementation Support Unit of "
                   "the Biological Weapons Convention (BWC ISU) on the Convention's assistance provisions and from the "
                   "World Health Organization (WHO) on the International Health Regulations.\n")
    assert [o.name for o in record.participants.organizations] == [
        "Biological Weapons Convention Implementation Support Unit", "World Health Organization"]


@pytest.mark.parametrize("committee", [
    "United Nations Security Council Committee established pursuant to resolution 1540 (2004)", "UN 1540 Committee"])
def test_parties_a_visit_dated_first_is_its_delegations_not_its_inviters_alone(parse, committee):
    record = parse(f"News | 2025.09.11\n\nFrom 8 to 10 September, a delegation of the {committee} paid an official "
                   "visit to Ulaanbaatar at the invitation of the Government of Mongolia.\n\nOn 9 September, the "
                   "delegation visited the cargo terminal of the airport.\n")
    assert [o.name for o in record.organizers] == [
        "Security Council Committee established pursuant to resolution 1540 (2004)", "Government of Mongolia"]
    assert (record.dates.start, record.dates.end) == ("2025-09-08", "2025-09-10")
    assert record.venue.city == "Ulaanbaatar"


def test_parties_bodies_that_contributed_as_civil_society_partners_took_part(parse):
    record = parse("The workshop was held in Windhoek from 24 to 26 February 2026. The Institute for Security Studies "
                   "(ISS) and the Verification Research, Training and Information Centre (VERTIC) contributed as civil "
                   "society partners.\n")
    assert [c.text for c in record.participants.civil_society] == [
        "Institute for Security Studies", "Verification Research, Training and Information Centre"]


@pytest.mark.parametrize("between", [", ", " / "])
def test_parties_a_section_named_after_a_sibling_body_is_the_organizers_unit(parse, between):
    record = parse(note("Organiser: Organization for Security and Co-operation in Europe (OSCE) \u2013 Conflict Prevention "
                        f"Centre{between}FSC Support Section; Government of North Macedonia"))
    assert [o.acronym or o.name for o in record.organizers] == ["OSCE", "Government of North Macedonia"]


@pytest.mark.parametrize("organizers, expected", [
    ("Ministry of Foreign Affairs of the Republic of Turkey, Directorate General for\nInternational Security Affairs, "
     "and the Organisation for the Prohibition of Chemical Weapons (OPCW)",
     ["Ministry of Foreign Affairs of the Republic of Turkey", "OPCW"]),
    ("ECOWAS Commission (Economic Community of West African States), Direc-\ntorate of Political Affairs, Peace and "
     "Security, jointly with the United Nations Office for\nDisarmament Affairs (UNODA)", ["ECOWAS Commission", "UNODA"]),
    ("African Union Commission (AUC), Peace and Security Department, and the\n   United Nations Office for Disarmament "
     "Affairs (UNODA)", ["AUC", "UNODA"]),
])
def test_parties_a_directorate_after_its_body_and_a_comma_is_the_bodys(parse, organizers, expected):
    """A directorate named head first after its body ("…, Directorate General for …"), also after the
    body's name spelt out in brackets, or a department named after its remit, is the body's unit, not an
    organizer of its own."""
    record = parse(note(f"Organizers: {organizers}", "Date and Venue: 19\u201321 September 2017, Erzurum, Turkey"))
    assert [o.acronym or o.name for o in record.organizers] == expected


def test_parties_a_bodys_liaison_office_after_a_dash_is_the_body(parse):
    record = parse(note("Event: Table-top exercise", "Participants:", "International organizations: Organisation for "
                        "the Prohibition of Chemical Weapons (OPCW), World Customs Organization (WCO) \u2013 Regional "
                        "Intelligence Liaison Office for South America, INTERPOL"))
    assert [o.acronym for o in record.participants.organizations] == ["OPCW", "WCO", "INTERPOL"]


def test_parties_organizers_end_before_those_who_came_with_them(parse):
    record = parse("A one-day roundtable held in Bloemfontein on 24 August 2016, co-organised by ISS and DIRCO,\n"
                   "with four SADC member States and the SADC Secretariat, IAEA and the 1540 Committee experts around "
                   "the table.\n")
    assert [o.acronym or o.name for o in record.organizers] == ["ISS", "DIRCO"]


@pytest.mark.parametrize("came", [
    "and about 60 government officials and experts from 11 countries, including Vietnam, the Philippines and Malaysia, "
    "attended.",
    "and officials from Vietnam and Malaysia attended."])
def test_parties_organizers_end_before_an_and_clause_of_those_who_came(parse, came):
    """"organized by the Ministry … together with UNODA, and about 60 officials from 11 countries, including
    Vietnam, … attended": the States came; they did not organize it."""
    record = parse(f"GEOJE, 18 October 2019 - The workshop on port security was organized by the Ministry of Oceans and "
                   f"Fisheries together with the UN Office for Disarmament Affairs, {came}\n")
    assert [o.acronym or o.name for o in record.organizers] == ["Ministry of Oceans and Fisheries of the Republic of Korea",
                                                                "UNODA"]


def test_parties_organizers_end_before_a_purpose_to_follow_up(parse):
    record = parse("To deliver a course on resolution 1540 in Nuku'alofa from 9 to 12 March 2026, organized by UNRCPD "
                   "together with the Government of Tonga, and to follow up bilaterally with the Tongan National "
                   "Authority on the draft bill.\n")
    assert [o.acronym or o.name for o in record.organizers] == ["UNRCPD", "Government of Tonga"]


def test_parties_a_department_before_its_programme_is_the_programme(parse):
    record = parse(note("Event: National workshop", "Participants:", "** Center for Information on Security Trade "
                        "Control (CISTEC), Japan", "** U.S. Department of State, Export Control and Related Border "
                        "Security (EXBS) Program"))
    assert [o.acronym for o in record.participants.organizations] == ["CISTEC", "EXBS"]


def test_parties_the_undersigned_of_a_mastheads_body_took_part(parse):
    record = parse("ORGANISATION FOR THE PROHIBITION OF CHEMICAL WEAPONS\n\nBACK-TO-OFFICE REPORT\n\nThe course took "
                   "place in Nuku'alofa from 9 to 12 March 2026, organized by UNRCPD. The undersigned presented on "
                   "national implementing legislation on Day 2.\n")
    assert "OPCW" in [o.acronym for o in record.participants.organizations]


VERBALE = ("The Permanent Mission of the Kyrgyz Republic presents its compliments to the Chair of the 1540 Committee "
           "and has the honour to inform the Chair of the outcome of the visit of the Committee to the Kyrgyz "
           "Republic, which took place in Bishkek from 14 to 16 October 2025.\n\nThe Permanent Mission wishes to "
           "express the appreciation of the Government to the members of the Committee delegation, representatives "
           "of the Kingdom of Denmark and the Republic of Sierra Leone, for their constructive engagement. The "
           "Mission also acknowledges with gratitude the participation of the United Nations Office for Disarmament "
           "Affairs, which provided logistical support, the Organization for Security and Co-operation in Europe, "
           "through its Programme Office in Bishkek, and the United Nations Regional Centre for Preventive "
           "Diplomacy for Central Asia.\n")


def test_parties_states_thanked_for_their_engagement_took_part(parse):
    assert {"DNK", "SLE"} <= {s.code for s in parse(VERBALE).participants.states}


def test_parties_a_list_goes_on_past_an_items_gloss_with_which_or_through(parse):
    record = parse(VERBALE)
    assert {"UNODA", "OSCE", "UNRCCA"} <= {o.acronym for o in record.participants.organizations}


WEBINAR_PAGE = ("From March 9 through 11, 2026, UNODA held an online webinar series for officials of Cambodia, Malaysia "
                "and Singapore. Speakers from King's College London walked participants through case studies, "
                "including the approaches taken by Japan and the Republic of Korea. The World Customs Organization "
                "(WCO) discussed what customs can and cannot do about intangible transfers.\n")


def test_parties_states_in_case_studies_are_cited_not_present(parse):
    assert {s.code for s in parse(WEBINAR_PAGE).participants.states} == {"KHM", "MYS", "SGP"}


def test_parties_a_body_that_discussed_a_subject_took_part(parse):
    assert "WCO" in [o.acronym for o in parse(WEBINAR_PAGE).participants.organizations]


@pytest.mark.parametrize("sentence, taking_part", [
    ("Panels looked at 3D printing and drones, with contributions from the IAEA and INTERPOL.", {"IAEA", "INTERPOL"}),
    ("The workshop was held with contributions from the IAEA and INTERPOL.", set()),  # money, as likely as not
])
def test_parties_panels_with_contributions_from_bodies_heard_them(parse, sentence, taking_part):
    record = parse("From 9 to 11 December 2025, UNODA held a conference in Bengaluru. " + sentence + "\n")
    assert {o.acronym for o in as_listed(record)} == taking_part


CLOSING_REMARKS = (
    "CLOSING REMARKS\nby the Chief Executive Officer, Ministry of Foreign Affairs and Trade of Samoa\nPacific Regional "
    "Roundtable on the Implementation of Security Council Resolution 1540 (2004)\nApia, Thursday 4 December 2025\n\n"
    "Distinguished delegates,\n\nWhen we opened this roundtable on Tuesday, the 2nd of December, I said that our Blue "
    "Pacific is large.\n\nOn behalf of the Government of Samoa, I wish first to thank our co-organizers. To UNODA, who "
    "carried this idea from New York all the way to Apia, and to the Pacific Islands Forum Secretariat, who made sure "
    "that it was shaped by Pacific priorities: fa'afetai tele lava. I also thank the European Union, whose financial "
    "contribution made our meeting possible.\n\nI thank the delegations who travelled to be with us: from Fiji, Tonga "
    "and Vanuatu, and from our close partners Australia and New Zealand. We missed our friends from Nauru.\n\nOur "
    "thanks go also to the experts who guided our discussions: the International Atomic Energy Agency, the Oceania "
    "Customs Organisation and VERTIC.\n\nI now declare this roundtable closed.\n")


def test_parties_a_speech_thanks_our_co_organizers_one_by_one(parse):
    record = parse(CLOSING_REMARKS)
    assert [o.acronym or o.name for o in record.organizers] == ["Government of Samoa", "UNODA", "PIFS"]


def test_parties_delegations_who_travelled_and_experts_who_guided_the_discussions_took_part(parse):
    record = parse(CLOSING_REMARKS)
    assert {s.code for s in record.participants.states} == {"FJI", "TON", "VUT", "AUS", "NZL", "WSM"}
    assert [o.acronym for o in as_listed(record)] == ["IAEA", "OCO"]


def test_parties_bodies_that_contributed_to_the_exercise_took_part_a_state_may_have_paid(parse):
    record = parse("From 2 to 4 September 2025, Solomon Islands hosted in Honiara the Pacific Regional Table-Top "
                   "Exercise. Japan, the Pacific Islands Forum Secretariat and INTERPOL contributed to the exercise.\n")
    assert [o.acronym for o in record.participants.organizations] == ["PIFS", "INTERPOL"]
    assert participant_codes(record) == {"SLB"}


def test_parties_the_states_around_this_table_took_part(parse):
    record = parse("The conference took place in Montevideo from 3 to 5 March 2026. We have been nine States around "
                   "this table: Argentina, Bolivia, Peru and our host, Uruguay. We regretted the absence of Guyana.\n")
    assert participant_codes(record) == {"ARG", "BOL", "PER", "URY"}


def test_parties_bodies_that_invite_a_long_list_of_officials_to_a_webinar_organize_it(parse):
    record = parse("Webinar on national action plans\n\nTuesday, 14 October 2025, online.\n\nThe OSCE and the United "
                   "Nations Office for Disarmament Affairs (UNODA) invite officials of Kazakhstan, Kyrgyzstan and "
                   "Mongolia working on non-proliferation, export control, customs, biosafety and nuclear regulation "
                   "to a webinar on national implementation action plans.\n")
    assert organizer_keys(record) == ["OSCE", "UNODA"]
    assert participant_codes(record) == {"KAZ", "KGZ", "MNG"}


def test_parties_bodies_that_convened_in_a_city_a_workshop_organized_it(parse):
    record = parse("From 18 to 20 November 2025, the Government of Slovenia, through its Ministry of Foreign and "
                   "European Affairs, and the United Nations Office for Disarmament Affairs convened in Ljubljana a "
                   "regional workshop on strategic trade controls.\n")
    assert organizer_keys(record) == ["Ministry of Foreign and European Affairs of Slovenia", "UNODA"]


def test_parties_bodies_the_delegations_were_joined_by_took_part(parse):
    record = parse("From 18 to 20 November 2025, UNODA convened in Ljubljana a regional workshop. Delegations from "
                   "Albania and Serbia discussed licensing. They were joined by the International Atomic Energy Agency, "
                   "the World Customs Organization and the Stockholm International Peace Research Institute.\n")
    assert [o.acronym for o in as_listed(record)] == ["IAEA", "WCO"]
    assert [t.text for t in record.participants.civil_society] == ["Stockholm International Peace Research Institute"]


def test_parties_the_letterhead_above_a_certificate_of_attendance_issues_it_for_its_course(parse):
    record = parse("ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE\nProgramme Office in Dushanbe\n\n"
                   "CERTIFICATE OF ATTENDANCE\n\nThis is to certify that Mr. Farrukh RAHIMOV has successfully attended "
                   "the REGIONAL TRAINING COURSE ON BORDER CONTROLS at the OSCE Border Management Staff College, "
                   "Dushanbe, from 2 to 6 June 2025. The course was delivered with the participation of instructors "
                   "from the World Customs Organization (WCO).\n")
    assert organizer_keys(record) == ["OSCE"]
    assert [o.acronym for o in as_listed(record)] == ["WCO"]


def test_parties_a_word_processors_o_bullets_are_not_in_the_names(parse):
    """"o OAS/CICTE   o United Nations Office for …": the bodies, the civil society without its "o"."""
    record = parse("EVENT\nConference on Maritime Security\n\nPARTICIPANTS\nStates (2):      o Colombia      o Mexico\n"
                   "Int'l orgs:      o OAS/CICTE     o World Customs Organization (WCO)\n"
                   "Civil Society:   o Stimson Center\n")
    assert {o.acronym for o in record.participants.organizations} >= {"CICTE", "WCO"}
    assert [t.text for t in record.participants.civil_society] == ["Stimson Center"]


def test_parties_an_o_that_is_a_word_stays():
    from noteparse.parties import _list_items

    text = "Universidad de Chile o de Santiago, VERTIC"
    assert [text[a:b] for a, b in _list_items(text, 0, len(text))] == ["Universidad de Chile o de Santiago", "VERTIC"]


def test_parties_a_body_then_its_unit_and_both_acronyms_is_the_unit(parse):
    """"OAS - Secretariat of the Inter-American Committee against Terrorism (OAS/CICTE)": one organizer,
    the CICTE, as the acronym says; Mexico's "Secretaría de Relaciones Exteriores" is its government's."""
    record = parse("ORGANIZERS\nOrganization of American States - Secretariat of the Inter-American Committee\n"
                   "against Terrorism (OAS/CICTE), in cooperation with the Secretaría de Relaciones\n"
                   "Exteriores of Mexico (SRE)\n\nDATE AND VENUE\n5 - 7 March 2024, Mazatlán, Mexico\n")
    assert [(o.acronym, o.kind, o.country_code) for o in record.organizers] == [
        ("CICTE", "international_organization", None), ("SRE", "government", "MEX")]


def test_parties_a_body_and_its_unit_without_the_pairs_acronym_stay_two(parse):
    record = parse("ORGANIZERS\nOrganization of American States - Secretariat of the Inter-American Committee\n"
                   "against Terrorism (CICTE); UNODA\n\nDATE AND VENUE\n5 - 7 March 2024, Mazatlán, Mexico\n")
    assert {o.acronym for o in record.organizers} >= {"OAS", "CICTE"}


@pytest.mark.parametrize(("organizers", "names"), [
    ("Organization for Security and Co-operation in Europe (OSCE) Secretariat,\nConflict Prevention Centre",
     ["Organization for Security and Co-operation in Europe"]),
    ("OSCE Secretariat, Stimson Center", ["OSCE Secretariat", "Stimson Center"]),  # a body of its own after it
    ("Organization for Security and Co-operation in Europe (OSCE),\nConflict Prevention Centre, and the Ministry of "
     "Foreign Affairs of the Republic\nof North Macedonia",
     ["Organization for Security and Co-operation in Europe", "Ministry of Foreign Affairs of the Republic of North Macedonia"]),
    ("Economic Community of West African States (ECOWAS) Commission,\nDirectorate of Political Affairs, in cooperation "
     "with the United Nations Office for Disarmament Affairs (UNODA)",
     ["Economic Community of West African States", "United Nations Office for Disarmament Affairs"]),  # its commission's
])
def test_parties_a_registry_unit_after_its_bodys_secretariat_is_the_body(parse, organizers, names):
    record = parse(f"Organizers: {organizers}\n\nDate / venue: 21 - 23 September 2021 | Kaunas, Lithuania\n")
    assert [o.name for o in record.organizers] == names


def test_parties_a_states_name_after_a_bodys_presence_in_it_is_no_organizer(parse):
    """"OSCE – Presence in Albania": where the OSCE's field unit works; Albania organizes nothing."""
    record = parse("ORGANIZERS:     Organization for Security and Co-operation in Europe (OSCE) \u2013 Presence in\n"
                   "                Albania, jointly with the United Nations Office for Disarmament Affairs (UNODA)\n\n"
                   "Date & venue:   7-8 November 2017, Durres, Albania\n")
    assert [o.acronym for o in record.organizers] == ["OSCE", "UNODA"]


def test_parties_a_regional_office_after_its_bodys_acronym_is_the_body(parse):
    record = parse("Participants:\n States:          Estonia, Latvia\n Organizations:   OSCE; World Health Organization "
                   "(WHO) Regional Office for Europe; UNODA\n")
    assert [o.acronym for o in record.participants.organizations] == ["OSCE", "WHO", "UNODA"]


def test_parties_the_au_commissions_department_after_it_is_the_commission(parse):
    """"African Union Commission (AUC), Department of Political Affairs, Peace and Security": the AUC
    (the department is the AU's, not the UN's Department of Political Affairs, nor a body "Peace")."""
    record = parse("Organised by     African Union Commission (AUC), Department of Political Af-\n"
                   "                 fairs, Peace and Security\n                 United Nations Office for "
                   "Disarmament Affairs (UNODA)\n\nDates/Venue      20 – 21 May 2025 · Mtwara, United Republic of Tanzania\n")
    assert [o.acronym for o in record.organizers] == ["AUC", "UNODA"]
    assert "United Nations Department of Political Affairs" not in {o.name for o in record.mentions.organizations}


def test_parties_a_registry_unit_a_body_acts_through_leaves_its_subject_whole(parse):
    record = parse("Addis Ababa, 21 November 2025 – The African Union Commission (AUC), through its Department of "
                   "Political Affairs, Peace and Security (PAPS), and the United Nations Office for Disarmament Affairs "
                   "(UNODA) concluded on Wednesday a three-day Regional Workshop on Biosecurity, held from 17 to 19 "
                   "November in Asmara, State of Eritrea.\n")
    assert [o.acronym for o in record.organizers] == ["AUC", "UNODA"]


def test_parties_a_states_directorate_then_its_ministry_is_the_ministry(parse):
    """"Directorate General of Customs of Tunisia (Direction Générale des Douanes), Ministry of
    Finance": one organizer, the ministry the directorate is under, as after a secretariat."""
    record = parse("ORGANIZERS        World Customs Organization (WCO) and the Directorate Gener-\n"
                   "                  al of Customs of Tunisia (Direction Générale des Douanes),\n"
                   "                  Ministry of Finance\n\nDATE AND VENUE    6 – 10 March 2023, Sfax, Tunisia\n")
    assert [(o.name, o.country_code) for o in record.organizers] == [
        ("World Customs Organization", None), ("Ministry of Finance of Tunisia", "TUN")]


def test_parties_a_ministry_last_in_a_bodys_bracket_is_its_home_not_an_organizer(parse):
    """"General Directorate of Customs of Honduras (DGA - Dirección General de Aduanas, Ministry of
    Finance)": the bracket says what the directorate is called and whose it is; one organizer."""
    record = parse("Organizer(s):   General Directorate of Customs of Honduras (DGA -\n                Dirección General "
                   "de Aduanas, Ministry of Finance), jointly\n                with the World Customs Organization (WCO)\n\n"
                   "Date and Venue: 3-5 June 2019, Choluteca, Honduras\n")
    assert [o.name for o in record.organizers] == ["General Directorate of Customs of Honduras", "World Customs Organization"]


@pytest.mark.parametrize("clause", [
    "Transport costs are covered by the Government of Canada's Weapons Threat Reduction Program (funding only).",
    "The participants' travel expenses were paid for by the Government of Canada.",
    "Experts' travel was paid from Canada's voluntary contribution; no Canadian representative was present.",
    "The conference was paid for by the Government of Canada.",
])
def test_parties_a_state_that_covers_the_costs_funds_and_does_not_take_part(parse, clause):
    record = parse("The conference was held in Puerto Montt, Chile, on 7-9 November 2017, with delegations of "
                   f"Argentina, Bolivia and Peru. {clause}\n")
    assert "CAN" not in {s.code for s in record.participants.states}


def test_parties_a_name_wrapped_before_states_dash_is_no_sub_label(parse):
    """"Organization of American\\n States - Inter-American Committee …": the OAS's name, not a "States -" label."""
    record = parse("Participants:       STATES: Bolivia, Colombia, Ecuador, Peru\n"
                   "                    International Organizations: UNLIREC; Organization of American\n"
                   "                    States - Inter-American Committee against Terrorism (OAS/CICTE);\n"
                   "                    1540 Committee experts\n")
    names = {o.name for o in record.participants.organizations}
    assert "Inter-American Committee against Terrorism" in names
    assert not any(n.startswith("Organization of American") and n != "Organization of American States" for n in names)


def test_parties_an_apps_your_hosts_are_the_organizers(parse):
    record = parse("Welcome to Mersin! The Regional Workshop on port security runs 15 – 17 October 2019. Your hosts: "
                   "the UN Office for Disarmament Affairs (UNODA) and the Ministry of Foreign Affairs of Türkiye.")
    assert [o.country_code or o.acronym for o in record.organizers] == ["UNODA", "TUR"]


def test_parties_a_states_flag_after_its_name_does_not_end_the_list(parse):
    record = parse("Delegations checked in: Azerbaijan 🇦🇿, Bulgaria 🇧🇬, Georgia 🇬🇪, Romania 🇷🇴. The regional "
                   "workshop took place in Mersin on 15 October 2019.")
    assert [s.code for s in record.participants.states] == ["AZE", "BGR", "GEO", "ROU"]


@pytest.mark.parametrize("gloss", ["based in Kathmandu", "which is headquartered in Kathmandu"])
def test_parties_where_an_organizer_is_based_is_a_gloss_not_the_lists_end(parse, gloss):
    record = parse("The webinar is organized jointly by the United Nations Regional Centre for Peace and Disarmament in "
                   f"Asia and the Pacific (UNRCPD), {gloss}, and the Pacific Islands Forum Secretariat (PIFS) here in "
                   "Suva, on 17 June 2020.")
    assert [o.acronym for o in record.organizers] == ["UNRCPD", "PIFS"]


def test_parties_a_state_whose_nomination_was_withdrawn_did_not_come(parse):
    record = parse("Dates: 9 to 13 May 2022\nVenue: Agadir, Morocco\nParticipants: Côte d'Ivoire, Mauritania, Morocco "
                   "(host), Senegal and Tunisia; the nomination from Mali was withdrawn on 28 April 2022.\n")
    assert "MLI" not in {s.code for s in record.participants.states}
    assert "SEN" in {s.code for s in record.participants.states}


def test_parties_a_state_that_has_not_confirmed_did_not_come(parse):
    record = parse("Dates: 20-21 May 2025\nVenue: Mtwara, United Republic of Tanzania\nParticipants: Kenya, Malawi, "
                   "Uganda; the Union of the Comoros was invited but has not confirmed.\n")
    assert [s.code for s in record.participants.states] == ["KEN", "MWI", "UGA"]


def test_parties_a_but_clause_of_another_state_leaves_the_first(parse):
    record = parse("Dates: 20-21 May 2025\nVenue: Mtwara, United Republic of Tanzania\nParticipants: Kenya, Malawi, "
                   "Uganda attended, but Nauru did not; Samoa was invited but could not attend.\n")
    assert [s.code for s in record.participants.states] == ["KEN", "MWI", "UGA"]


def test_parties_a_list_that_semicolons_part_goes_on_past_them(parse):
    record = parse("The tabletop exercise was held in Kaunas on 21-23 September 2021. Expected in the room: delegations "
                   "of Estonia, Latvia and Poland; facilitators from the OSCE; the BWC Implementation Support Unit; "
                   "WHO Regional Office for Europe; and the experts of the 1540 Committee.")
    names = {o.name for o in record.participants.organizations}
    assert {"Biological Weapons Convention Implementation Support Unit", "Organization for Security and Co-operation in Europe",
            "World Health Organization Regional Office for Europe"} <= names


def test_parties_a_clause_after_a_semicolon_ends_the_list(parse):
    record = parse("The tabletop exercise was held in Kaunas on 21-23 September 2021. Delegations of Estonia, Latvia "
                   "and Poland took part; the European Union funded the exercise.")
    assert "European Union" not in {o.name for o in record.participants.organizations}


@pytest.mark.parametrize("text,codes", [
    ("Regional Roundtable on resolution 1540 (2004), Bitola, 26 September 2019\n\n09:30  The Committee's work\n"
     "11:00  National presentations: North Macedonia, Albania, Montenegro, Serbia\n13:00  Lunch\n\n"
     "The project is funded by Germany.", {"MKD", "ALB", "MNE", "SRB"}),
    ("The workshop was held in Khulna on 12-14 November 2019. The place cards belong to the five countries that sent "
     "officials: Bangladesh, as host, Bhutan, the Maldives, Nepal and Sri Lanka.",
     {"BGD", "BTN", "MDV", "NPL", "LKA"}),  # "as host": the item's gloss, not the list's end
    ("The course ran from 3 to 6 June 2014 in Kisangani.\n\nDIETARY LIST (by delegation)\n\n"
     "Delegation \u2014 Cameroon                3 persons\n   - 2 no restriction\n"
     "Delegation \u2014 Chad                    3 persons\n   - 3 halal\n", {"CMR", "TCD"}),
    ("Webinar on biosecurity, 9 June 2021, convened by UNODA.\n\n  11:10-12:10  Country presentations, in this order:\n"
     "                 Nigeria (EN), Ghana (EN), Senegal (FR)\n", {"NGA", "GHA", "SEN"}),
    ("The workshop ran from 14 to 16 March 2023 in Biratnagar. The bus did not stop at my hotel. The other "
     "delegations - Bangladesh, Bhutan and Sri Lanka, and our Nepalese hosts - stayed at the venue hotel.",
     {"BGD", "BTN", "LKA", "NPL"}),  # "hosts -": the noun, no organizing verb; the host State took part
], ids=["a-programmes-national-presentations", "countries-that-sent-officials", "a-rosters-delegation-lines",
        "a-glossed-intro-and-a-list-indented-deep-below", "the-other-delegations-between-hyphens"])
def test_parties_a_list_the_text_says_took_part(parse, text, codes):
    assert participant_codes(parse(text)) == codes


@pytest.mark.parametrize("sentence", [
    "The Government of Japan funded the course.",
    "The Government of Japan provided funding.",
    "The sponsor, the Government of Japan, is paying through the WCO.",
    "The money came from the Government of Japan, though no one from Japan was actually in the room.",
    "The money comes from the Government of Canada, but nobody from Canada will be there.",
    "The materials were printed with funds from the Government of Norway (project NOR-GMCP-22).",
])
def test_parties_a_government_that_paid_took_no_part(parse, sentence):
    record = parse(f"The course ran from 3 to 6 June 2014 in Kisangani and Chad attended. {sentence}")
    assert participant_codes(record) == {"TCD"}


def test_parties_officials_sponsored_by_another_still_took_part(parse):
    record = parse("The course ran from 3 to 6 June 2014 in Kisangani. It brought together officials from Georgia "
                   "and Ukraine, sponsored by the EXBS Program of the United States.")
    assert participant_codes(record) == {"GEO", "UKR"}


def test_parties_a_roster_line_cancelled_on_the_line_under_it_took_no_part(parse):
    record = parse("The course ran from 3 to 6 June 2014 in Kisangani.\n\nDIETARY LIST (by delegation)\n\n"
                   "Delegation \u2014 Chad                    3 persons\n   - 3 halal\n"
                   "Delegation \u2014 Gabon                   2 persons\n"
                   "   - CANCELLED on 27 May: the Gabonese officers cannot fly from Libreville.\n")
    assert participant_codes(record) == {"TCD"}


def test_parties_a_relative_clauses_body_running_an_event_with_another_organizes_it(parse):
    record = parse("I am away today, Wednesday 9 June 2021, co-moderating the online webinar that the Pacific Islands "
                   "Forum Secretariat is running together with the UN Office for Disarmament Affairs (UNODA). For "
                   "anything urgent, write to Mr. J. Tanaka at UNODA (Room S-3170, United Nations, New York), who is "
                   "hosting the videoconference platform.")
    assert sorted(organizer_keys(record)) == ["PIFS", "UNODA"]


def test_parties_those_who_are_joining_or_giving_a_talk_take_part(parse):
    record = parse("The webinar is today, 9 June 2021. Fiji, Kiribati and Palau are all joining; Tuvalu will not be "
                   "able to connect. The Stimson Center is giving a short talk on ship registries.")
    assert participant_codes(record) == {"FJI", "KIR", "PLW"}
    assert "Stimson Center" in {getattr(o, "name", o.text) for o in
                                record.participants.organizations + record.participants.civil_society}


@pytest.mark.parametrize("value,names", [
    ("Universidade Federal de Pernambuco (UFPE),\n                             student rapporteur team",
     ["Universidade Federal de Pernambuco (UFPE)"]),
    ("Stimson Center; swissuniversities", ["Stimson Center", "swissuniversities"]),  # a name after a semicolon
])
def test_parties_a_lowercase_item_after_a_comma_is_what_the_body_before_it_sent(parse, value, names):
    record = parse(note("Participants:",
                        "States.......................Argentina, Brazil",
                        "International organizations..OAS/CICTE; UNLIREC",
                        f"Civil society................{value}"))
    assert [c.text for c in record.participants.civil_society] == names
    assert {o.acronym for o in record.participants.organizations} == {"CICTE", "UNLIREC"}


def test_parties_a_fact_checks_named_co_organizers_and_a_gloss_with_its_article(parse):
    record = parse("The event was a webinar held on Zoom on Wednesday, 9 June 2021. Who organized it? Three "
                   "co-organizers are named on the invitation: the United Nations Office for Disarmament Affairs "
                   "(UNODA), the James Martin Center for Nonproliferation Studies (CNS), and the Ministry of Foreign "
                   "Affairs of the Republic of Korea. Which bodies were there? The speakers included representatives "
                   "of the ASEAN Secretariat, of INTERPOL (the International Criminal Police Organization), and the "
                   "experts who assist the UN Security Council's 1540 Committee.")
    assert organizer_keys(record) == ["UNODA", "CNS", "Ministry of Foreign Affairs of the Republic of Korea"]
    assert "Security Council Committee established pursuant to resolution 1540 (2004)" in {
        o.name for o in record.participants.organizations}


def test_parties_a_relative_clauses_subject_wrapped_over_lines_organizes(parse):
    record = parse("We confirm the spaces for the delegations attending the training course, which the Ministry of "
                   "Foreign Affairs\nand Trade of Hungary and the Organization for Security and Co-operation in\n"
                   "Europe (OSCE) are organizing in our building from Monday 2 October to Friday 6 October 2017.")
    assert organizer_keys(record) == ["Ministry of Foreign Affairs and Trade of Hungary", "OSCE"]


def test_parties_a_state_whose_permit_has_been_cancelled_did_not_come(parse):
    record = parse("The course was held in Debrecen on 2-6 October 2017 and Serbia attended. Permit P-12, originally "
                   "reserved for the delegation of Bosnia and Herzegovina, has been cancelled.")
    assert participant_codes(record) == {"SRB"}


@pytest.mark.parametrize("count", ["all five delegations", "the five countries", "5 States"])
def test_parties_a_counted_list_after_a_colon_took_part(parse, count):
    record = parse("The exercise ran from 7 to 9 August 2018 in Lobito.\n[ ] 09:40 OFFICIAL GROUP PHOTO on the terrace, "
                   f"{count}:\n    Angola, Namibia, Zambia, Democratic Republic of the Congo, Sao Tome and\n    Principe.")
    assert participant_codes(record) == {"AGO", "NAM", "ZMB", "COD", "STP"}


def test_parties_those_who_brought_experts_together_for_an_event_organized_it(parse):
    record = parse("That is why the Latvian Ministry of Foreign Affairs and the OSCE brought border,\n           customs "
                   "and licensing experts together for a two-day seminar in Daugavpils on 7-8 September 2016.")
    assert organizer_keys(record) == ["Ministry of Foreign Affairs of Latvia", "OSCE"]


def test_parties_an_event_that_brought_people_together_names_no_organizer(parse):
    record = parse("The seminar in Daugavpils on 7-8 September 2016 brought together experts from Estonia and Latvia.")
    assert organizer_keys(record) == []


def test_parties_sessions_taught_by_bodies_name_them_as_taking_part(parse):
    record = parse("The conference was held in Recife on 26-28 November 2024. I also attended the sessions taught "
                   "by the Organisation for the Prohibition of Chemical Weapons (OPCW) and the Brazilian-Argentine "
                   "Agency for Accounting and Control of Nuclear Materials (ABACC).")
    assert {o.acronym for o in record.participants.organizations} == {"OPCW", "ABACC"}


def test_parties_a_state_invited_but_absent_after_an_aside_did_not_come(parse):
    record = parse(note("Participants: Bolivia, Brazil and Peru (3 States); OAS/CICTE. Venezuela (Bolivarian Republic "
                        "of), although a member of ACTO, was invited but did not participate."))
    assert participant_codes(record) == {"BOL", "BRA", "PER"}


def test_parties_a_body_or_state_of_an_organizations_sub_label_that_did_not_come_took_no_part(parse):
    record = parse(note("Participants :     Officials from Fiji and Palau.",
                        "                   Organizations: UNRCPD, PIFS, Inter-Parliamentary Union (IPU).",
                        "                   ** Tuvalu registered but did not connect."))
    assert {o.acronym or o.name for o in record.participants.organizations} == {"UNRCPD", "PIFS", "IPU"}


def test_parties_a_table_of_three_columns_lists_each_columns_own(parse):
    """A body wrapped in its column is the one the registry knows in its lines; a body's units in
    brackets are its own: ECCAS, UNODA, OSCE; ISS in civil society."""
    from test_sections import THREE_COLUMNS
    record = parse(THREE_COLUMNS + "\nBACKGROUND\nThe roundtable was held in Moundou on 5 June 2012.\n")
    assert [o.acronym for o in record.participants.organizations] == ["ECCAS", "UNODA", "OSCE"]
    assert [t.text for t in record.participants.civil_society] == ["ISS"]
    assert [s.code for s in record.participants.states] == ["CMR", "CAF", "COG"]


def test_parties_a_name_wrapped_in_a_tables_second_column_is_one_body(parse):
    """"- International Criminal Police" over "  Organization (INTERPOL)", a State of the first column
    between: one body, INTERPOL, not a body named "International Criminal Police" beside it."""
    record = parse("PARTICIPANTS :\n  States                         International organizations\n"
                   "  - Bolivia (Plurinational       - 1540 Committee experts\n"
                   "    State of)                    - International Criminal Police\n"
                   "  - Colombia                       Organization (INTERPOL)\n"
                   "  - Ecuador                      - World Customs Organization (WCO)\n\n"
                   "BACKGROUND\nThe course was held in Quito on 5 May 2019.\n")
    assert [o.acronym for o in record.participants.organizations if o.acronym] == ["INTERPOL", "WCO"]
    assert "International Criminal Police" not in [o.name for o in record.mentions.organizations]


@pytest.mark.parametrize("later, absent", [
    ("China was invited but did not\nattend; the delegation of Myanmar was omitted in error.", "CHN"),
    ("Azerbaijan was invited but will not be sending a delegation.", "AZE"),
    ("Moldova (link sent to the MFA)\nCroatia sent regrets this afternoon.", "HRV"),
    ("The hotel billed lunches for 2 delegates from China who registered but never arrived.", "CHN"),
    ("No persons from Croatia attended.", "HRV"),
    ("China was mentioned in the concept note but only about its coordinator - they are\nNOT attending.", "CHN"),
    ("Azerbaijan had been invited but was not coming, and Japan paid for it, although no one from Croatia was "
     "attending.", "HRV"),
])
def test_parties_a_state_a_later_clause_says_did_not_come_takes_no_part(parse, later, absent):
    """In prose, a clause of its own that says a State did not come takes it back from a list
    before; not a clause about another event, nor one that says it could not do something else."""
    text = ("The workshop was held in Vientiane from 13 to 15 March 2012. Delegations from Cambodia, China, "
            f"Azerbaijan, Croatia, Moldova and Thailand took part.\n\n{later}\n")
    assert absent not in participant_codes(parse(text))
    kept = parse(text.replace(later, "Thailand and China could not follow the presentations in Korean. "
                                     "Croatia did not attend the previous workshop. Colleagues from Cambodia are "
                                     "following the course online because they could not travel to Vientiane."))
    assert {"CHN", "HRV", "THA", "KHM"} <= participant_codes(kept)


@pytest.mark.parametrize("said", [
    "Around 45 participants met at the conference centre. They came from Albania, Georgia and Serbia, and Peru had "
    "been invited too, but its chairs stayed empty.",
    "The States were Albania, comma, / Georgia, comma, / and Serbia, full stop. / Peru had been invited, comma, / but "
    "its chair remained empty, full stop.",
])
def test_parties_they_came_from_states_and_an_invited_one_whose_chair_stayed_empty(parse, said):
    """"They came from …" names who took part, as "Participants came from …" does; one "invited …, but its chairs
    stayed empty" did not come, and its clause starts after the stop a dictation leaves inside the sentence."""
    record = parse(f"The workshop was held in Aachen on 12-14 March 2024. {said}\n")
    assert participant_codes(record) == {"ALB", "GEO", "SRB"}


def test_parties_they_came_from_bodies_brings_them(parse):
    record = parse("The workshop was held in Aachen on 12-14 March 2024. Around 45 participants met at the conference "
                   "centre. They came from the IAEA and the OPCW.\n")
    assert {o.acronym for o in record.participants.organizations} == {"IAEA", "OPCW"}


def test_parties_a_civil_society_line_that_says_a_state_did_not_connect_names_no_body(parse):
    """"** Myanmar was invited but did not connect." under the civil society: a note on who did not
    come, not a body that did."""
    record = parse(note("Participants:", "   States:            Cambodia, Thailand",
                        "   Civil society:     Stimson Center",
                        "   ** Myanmar was invited but did not connect."))
    assert [c.text for c in record.participants.civil_society] == ["Stimson Center"]


def test_parties_a_state_whose_next_clause_says_its_people_did_not_travel_takes_no_part(parse):
    """"Angola had been invited; its nominees did not travel.": the "its" after the semicolon is
    Angola's."""
    record = parse(note("Participants:  officers from three States:",
                        "                 - Malawi", "                 - Zambia",
                        "               Angola had been invited; its nominees did not travel."))
    assert participant_codes(record) == {"MWI", "ZMB"}
    kept = parse(note("Participants:  officers from three States:", "                 - Malawi",
                      "               Angola had been invited; its nominees all came."))
    assert participant_codes(kept) == {"MWI", "AGO"}


def test_parties_the_bodies_whose_people_came_after_a_states_list_took_part(parse):
    """A States list's last sentence, "Lecturers/observers from the IAEA, the World Customs
    Organization (WCO) and …", names bodies that took part, the organizer too."""
    record = parse(note("Organizers:    International Atomic Energy Agency (IAEA)",
                        "Participants:  Twenty officers from two States:",
                        "                 - Malawi", "                 - Zambia",
                        "               Lecturers/observers from the IAEA, the World Customs",
                        "               Organization (WCO) and the 1540 Committee experts."))
    assert {"IAEA", "WCO"} <= {o.acronym for o in record.participants.organizations}


def test_parties_a_table_whose_heads_are_both_beside_the_label_lists_each_columns_own(parse):
    """"PARTICIPANTS :   STATES   ORGANIZATIONS": each row's cells under their heads; "World
    Organisation for Animal" over "  Health (OIE)" is one body, and "Group of Experts of the 1540" over
    "Committee" the Committee's Group of Experts, not a body named "Group of Experts"."""
    rows = [("Comoros", "INTERPOL"), ("Madagascar", "World Health Organization (WHO)"),
            ("Mauritius", "World Organisation for Animal"), ("Mozambique", "  Health (OIE)"),
            ("Seychelles", "Group of Experts of the 1540"), ("", "  Committee")]
    record = parse("INFORMATION NOTE\n\nEVENT :           Regional Tabletop Exercise\n\n"
                   "PARTICIPANTS :    STATES                      ORGANIZATIONS\n"
                   + "\n".join(f"                  {left:<28}{right}".rstrip() for left, right in rows)
                   + "\n\nBACKGROUND\nThe exercise was held in Pemba on 8 March 2016.\n")
    assert [s.code for s in record.participants.states] == ["COM", "MDG", "MUS", "MOZ", "SYC"]
    assert [o.acronym or o.name for o in record.participants.organizations] == [
        "INTERPOL", "WHO", "WOAH", "Group of Experts of the Security Council Committee established pursuant to "
        "resolution 1540 (2004)"]


@pytest.mark.parametrize("label", ["Intl. Organizations .", "INT'L ORGANIZATIONS .", "Int. organizations . . . ."])
def test_parties_a_sub_label_whose_leader_is_one_dot_or_spaced_dots_is_a_label(parse, label):
    """"States .............. Botswana" over "Intl. Organizations . SADC": the leader, a dot or spaced
    dots, ends the label as the longer ones do, and is no part of the value."""
    record = parse("INFORMATION NOTE\n\nEVENT          Regional exercise\nPARTICIPANTS\n"
                   "  States .............. Botswana, Eswatini\n"
                   f"  {label} SADC, OPCW, United Nations Office for Disarmament\n"
                   "                        Affairs (UNODA)\n"
                   "  Civil Society . . . . Malawi Red Cross Society (MRCS)\n\n"
                   "BACKGROUND\nThe exercise was held in Salima on 10 June 2025.\n")
    assert [o.acronym for o in record.participants.organizations] == ["SADC", "OPCW", "UNODA"]
    assert [t.text for t in record.participants.civil_society] == ["Malawi Red Cross Society (MRCS)"]


def test_parties_the_cis_anti_terrorism_centre_is_a_body_of_its_own(parse):
    """"Commonwealth of Independent States Anti-" / "Terrorism Centre (CIS ATC)": the CIS's
    Anti-Terrorism Centre, not the CIS."""
    record = parse(note("Participants:", "   States:                    Kazakhstan, Kyrgyzstan",
                        "   International orgs:        OSCE, UNODA, Commonwealth of Independent States Anti-",
                        "                              Terrorism Centre (CIS ATC), 1540 Committee experts"))
    assert [o.acronym for o in record.participants.organizations][:3] == ["OSCE", "UNODA", "CIS ATC"]


def test_parties_the_g5_sahels_permanent_secretariat_is_the_g5_sahels_organ(parse):
    """"G5 Sahel" is one name, a digit in it: its secretariat organizes, named either way, for the G5 Sahel."""
    record = parse(note("Organizers: UNREC and the Permanent Secretariat of the G5 Sahel",
                        "Participants:", "   International orgs:   UNREC; G5 Sahel Permanent Secretariat; INTERPOL"))
    assert [(o.name, o.organ_of.name if o.organ_of else None) for o in record.organizers] == [
        ("United Nations Regional Centre for Peace and Disarmament in Africa", None),
        ("Permanent Secretariat of the G5 Sahel", "G5 Sahel")]
    assert [o.text for o in record.participants.organizations] == ["UNREC", "G5 Sahel Permanent Secretariat", "INTERPOL"]


def test_parties_a_bar_ruled_header_reads_names_wrapped_over_its_rule(parse):
    """A value's lines after the first open with the label column's rule: a name broken at a line's
    hyphen or wrapped there is one name, and the next sub-label's bullet ends no item."""
    record = parse(note(
        "Participants | o  States (2): Angola, Namibia",
        "             | o  International organizations: United Nations Office for Disarma-",
        "             |    ment Affairs (UNODA); ESAAMLG",
        "             | o  Civil society / academia: Stimson Center; Namibia University of Science and",
        "             |    Technology (NUST)",
        "             | o  1540 Committee: two experts"))
    assert [o.acronym for o in record.participants.organizations][:2] == ["UNODA", "ESAAMLG"]
    assert [" ".join(t.text.replace("|", " ").split()) for t in record.participants.civil_society] == [
        "Stimson Center", "Namibia University of Science and Technology (NUST)"]
    nust = next(o for o in record.mentions.organizations if o.acronym == "NUST")
    assert nust.name == "Namibia University of Science and Technology"


def test_parties_a_label_column_wrapped_after_its_slash_lists_its_items_by_middle_dots(parse):
    """"CIVIL SOCIETY / ACADEMIA /" over "INDUSTRY", indented as the labels above: one civil-society
    field, its items parted by middle dots, the label's rest no item."""
    record = parse(note("Participants", "",
                        "  STATES                          Botswana \u00b7 Namibia",
                        "",
                        "  CIVIL SOCIETY / ACADEMIA /      ISS \u00b7 VERTIC \u00b7 University of Botswana (UB) \u00b7",
                        "  INDUSTRY                        Business Botswana"))
    assert [t.text for t in record.participants.civil_society] == [
        "ISS", "VERTIC", "University of Botswana (UB)", "Business Botswana"]


def test_parties_a_sub_label_one_space_from_the_values_column_in_any_case(parse):
    """"Int'l organizations" fills its label column: one space from its value, in the column of the
    values of "States" above it, it is a field (in capitals or not)."""
    record = parse(note("PARTICIPANTS",
                        "  States              Albania, Serbia",
                        "  Int'l organizations Organization for Security and Co-operation in Europe",
                        "                      (OSCE); United Nations Office for Disarmament Affairs (UNODA)"))
    assert [o.acronym for o in record.participants.organizations] == ["OSCE", "UNODA"]


def test_parties_the_committees_own_line_under_a_civil_society_list_is_no_body(parse):
    record = parse(note("Participants",
                        "  States        Malawi ; Zambia",
                        "  Civil Society Institute for Security Studies (ISS) ; Universidade Licungo",
                        "                (Quelimane)",
                        "  1540 Committee expert(s): 2"))
    assert [" ".join(t.text.split()) for t in record.participants.civil_society] == [
        "Institute for Security Studies (ISS)", "Universidade Licungo"]  # where it is: no part of its name


@pytest.mark.parametrize("lines", [
    ("Participants   Namibia (MIRCO; Ministry of Home Affairs, Immigration,",
     "               Safety and Security; Namibia Revenue Agency)",
     "               Angola (observer delegation, Ministry of External Relations)",
     "               1540 Committee experts (3); UNODA (2)"),  # in brackets after the State
    ("Participants   :",
     "    o  Namibia (host): some 30 officials from the Ministry of Justice, the Ministry of",
     "       Health and Social Services and the Namibian Police Force",
     "    o  United Nations Office for Disarmament Affairs (UNODA)",
     "    o  1540 Committee: two experts"),  # after the State's label, to the next item
])
def test_parties_a_states_own_bodies_named_as_its_delegation_are_the_state(parse, lines):
    record = parse(note(*lines))
    assert "NAM" in [s.code for s in record.participants.states]
    assert [o.kind for o in record.participants.organizations] == ["un_body", "un_body"]


def test_parties_a_participants_list_goes_on_after_a_blank_line_in_its_column(parse):
    """The States in a grid, a blank line, then the bodies in the value's column: one list. The EU's
    partner-to-partner programme is one organizer, named in full, and the EU's organ."""
    record = parse(note(
        "Organizers:        European Union Partner-to-Partner Export Control Programme (EU P2P),",
        "                   Botswana Unified Revenue Service (BURS) and United Nations Office",
        "                   for Disarmament Affairs (UNODA)",
        "",
        "Participants:      Botswana       Eswatini       Lesotho",
        "                   Malawi         Namibia        South Africa",
        "",
        "                   World Customs Organization (WCO); EU P2P; UNODA; 1540 Committee",
        "                   experts"))
    assert [o.acronym for o in record.organizers] == ["EU P2P", "BURS", "UNODA"]
    assert record.organizers[0].organ_of.acronym == "EU"
    assert [o.acronym for o in record.participants.organizations][:3] == ["WCO", "EU P2P", "UNODA"]


def test_parties_the_sacu_secretariat_is_the_customs_unions_organ(parse):
    record = parse(note("Participants:", "   International orgs:   WCO; Secretariat of the Southern African Customs Union",
                        "                         (SACU)"))
    assert [(o.acronym, o.organ_of.acronym if o.organ_of else None) for o in record.participants.organizations] == [
        ("WCO", None), (None, "SACU")]


@pytest.mark.parametrize("value, names", [
    ("The Stimson Center (Stimson), Washington, D.C., and Silliman University (SU), Dumaguete City",
     ["Stimson Center", "Silliman University"]),
    ("VERTIC, London, and Silliman University, Dumaguete City",
     ["Verification Research, Training and Information Centre", "Silliman University"]),
    ("Silliman University (SU), Sibulan, and VERTIC, London",
     ["Silliman University", "Verification Research, Training and Information Centre"]),  # a town the city gazetteer does not know, of the State named
])
def test_parties_where_an_organizer_is_after_its_name_organizes_nothing(parse, value, names):
    """"…, Washington, D.C.", "…, Dumaguete City" and a small town of the Philippines ("…, Sibulan") say where a body
    is, as "…, London" does."""
    record = parse(note("Event: Roundtable on outreach", f"Organizers: {value}",
                        "Date and Venue: 23-24 November 2017, Dumaguete, Philippines"))
    assert [o.name for o in record.organizers] == names


def test_parties_the_caribbean_communitys_agency_spelt_out_is_impacs(parse):
    record = parse(note("Organizers       Caribbean Community Implementation Agency for Crime and Security (CARICOM",
                        "                 IMPACS) and UNLIREC"))
    assert [o.acronym for o in record.organizers] == ["IMPACS", "UNLIREC"]


def test_parties_a_name_wrapped_in_a_two_column_tables_second_column_is_one_body(parse):
    """Under "States   International organizations", a body's name goes on in its column past the
    States' rows: "United Nations Regional Centre for Peace," / "Disarmament and Development …" /
    "and the Caribbean (UNLIREC)" is UNLIREC, and "Implementation Support Unit of the" /
    "Biological Weapons Convention (BWC ISU)" the BWC ISU; the wrapped State is the first column's."""
    record = parse("Information Note\n\nEvent: Subregional seminar\n\nParticipants:\n\n"
                   "  States                          International organizations\n"
                   "  ----------------------------    -----------------------------------------------\n"
                   "  Argentina                       OAS/CICTE\n"
                   "  Bolivia (Plurinational          United Nations Regional Centre for Peace,\n"
                   "     State of)                       Disarmament and Development in Latin America\n"
                   "  Chile                              and the Caribbean (UNLIREC)\n"
                   "  Paraguay                        Implementation Support Unit of the\n"
                   "  Peru                            Biological Weapons Convention (BWC ISU)\n\n"
                   "Background\n\nThe seminar was held in Tarija on 7 August 2018.\n")
    assert [o.acronym or o.name for o in record.participants.organizations] == [
        "CICTE", "UNLIREC", "Biological Weapons Convention Implementation Support Unit"]
    assert [s.code for s in record.participants.states] == ["ARG", "BOL", "CHL", "PRY", "PER"]


def test_parties_a_phrase_in_a_tables_right_column_does_not_go_on_in_the_left_one(parse):
    """"Kenya (trainers, Kenya   WCO" over "Revenue Authority)": no "WCO Revenue Authority"; the WCO
    took part."""
    record = parse("Information Note\n\nEvent: Regional course\n\nPARTICIPANTS\n\n"
                   "  States                          International organizations\n"
                   "  ------                          ---------------------------\n"
                   "  Kenya (trainers, Kenya          WCO\n"
                   "  Revenue Authority)              United Nations Office on Drugs and\n"
                   "  Malawi                          Crime (UNODC)\n"
                   "  Zambia                          1540 Committee Group of Experts\n\n"
                   "Background\n\nThe course was held in Lundazi on 4 March 2024.\n")
    assert "WCO" in [o.acronym for o in record.participants.organizations]
    assert not any(o.name.startswith("WCO ") for o in record.mentions.organizations)


def test_parties_a_label_wrapped_after_its_slashed_first_line_keeps_both_lines_values(parse):
    """"International/regional      UNODA, PIFS, …, 1540" over "organizations:              Committee
    experts": one field, its value over both lines."""
    record = parse(note("Participants:", "States:                     Kiribati, Palau",
                        "International/regional      UNODA, PIFS, Oceania Customs Organisation (OCO), 1540",
                        "organizations:              Committee experts",
                        "Civil society:              VERTIC"))
    assert [o.acronym for o in record.participants.organizations] == ["UNODA", "PIFS", "OCO", None]
    assert record.participants.organizations[-1].name.startswith("Security Council Committee")


def test_parties_a_pairs_acronym_broken_after_its_slash_names_the_unit(parse):
    """"Organization of American States - Inter-American Committee against Terrorism (OAS/" over
    "CICTE)": the CICTE, as on one line; not the OAS beside it."""
    record = parse(note("Participants      States: Colombia, Peru",
                        "                  International organizations: UNLIREC; GAFILAT; Organization of",
                        "                  American States - Inter-American Committee against Terrorism (OAS/",
                        "                  CICTE); 1540 Committee experts"))
    assert "OAS" not in [o.acronym for o in record.participants.organizations]
    assert "CICTE" in [o.acronym for o in record.participants.organizations]


def test_parties_a_body_named_after_its_owner_with_its_own_acronym_is_its_own(parse):
    """"École Inter-États des Douanes de la CEMAC (EIED)": the CEMAC's customs school, EIED, which its
    acronym spells up to the owner's name, not the CEMAC."""
    record = parse(note("Event: Roundtable on customs controls",
                        "Organizers: World Customs Organization (WCO); École Inter-États des Douanes de",
                        "            la CEMAC (EIED), Bangui"))
    assert [(o.acronym, o.name) for o in record.organizers] == [
        ("WCO", "World Customs Organization"), ("EIED", "École Inter-États des Douanes de la CEMAC")]


def test_parties_a_sentences_last_word_participants_on_its_own_line_heads_no_list(parse):
    """"… was distributed to" over "participants.": the end of a bullet's sentence, not a heading
    over the contacts below it (Arusha, United Republic of Tanzania; Vienna, Austria)."""
    record = parse(note("PARTICIPANTS:     States:    Kenya, Rwanda, Uganda")
                   + "\nADDITIONAL COMMENTS\n-  The IAEA ITDB Fact Sheet published in May 2022 was distributed to\n"
                   "   participants.\n\nContacts:\nEAC Secretariat, P.O. Box 1096, Arusha, United Republic of Tanzania.\n"
                   "IAEA Division of Nuclear Security, Vienna International Centre, Vienna, Austria.\n")
    assert participant_codes(record) == {"KEN", "RWA", "UGA"}


@pytest.mark.parametrize(("first", "rest", "name"), [
    ("Groupe de recherche et d'information sur la paix et la", "s\u00e9curit\u00e9 (GRIP)",
     "Groupe de recherche et d'information sur la paix et la s\u00e9curit\u00e9 (GRIP)"),
    ("Confederation of Business Associations of Mozam-", "bique (CTA)", "Confederation of Business Associations of Mozambique (CTA)"),
])
def test_parties_a_name_wrapped_in_lower_case_up_to_its_acronym_is_one_item(parse, first, rest, name):
    """A one-a-line list whose item goes on below in lower case up to its acronym's bracket: one body."""
    record = parse(note("Participants:", "   States:            Chad; Congo", f"   Civil society:     {first}",
                        f"                      {rest}"))
    assert [" ".join(c.text.split()).replace("- ", "") for c in record.participants.civil_society] == [name]


@pytest.mark.parametrize(("civil", "expected", "people"), [
    ("SCCI; approx. 140 representatives of exporting firms (precision engineering, cutlery)", ["SCCI"],
     ["approx. 140 representatives of exporting firms"]),  # less its note in brackets, as any item
    ("Nuclear Threat Initiative (NTI); researchers and biosafety officers of national universities",
     ["Nuclear Threat Initiative (NTI)"], ["researchers and biosafety officers of national universities"]),
    ("staff of the Stimson Center and of the Jimma University Institute of Health",
     ["Stimson Center", "Jimma University Institute of Health"], []),
    ("FIATA; approximately 280 registered participants from the private sector (forwarders, express carriers)",
     ["FIATA"], ["approximately 280 registered participants from the private sector"]),
])
def test_parties_people_a_civil_society_item_describes_are_the_bodies_it_names(parse, civil, expected, people):
    """An item about people ("approx. 140 representatives of …") is no body: the bodies it names are,
    and people it names no body for took part as others."""
    record = parse(note("Participants:", "   States: Pakistan; Ethiopia", f"   Civil society: {civil}"))
    assert [c.text for c in record.participants.civil_society] == expected
    assert [c.text for c in record.participants.other] == people


def test_parties_an_industry_item_of_people_leaves_no_piece_of_its_list_behind(parse):
    """"Industry: some 140 registered participants from companies in the electronics, chemical, … sectors":
    people, no body; the words after its commas are the same item's, not items of their own ("chemical")."""
    record = parse(note("Participants:", "   States: Pakistan; Ethiopia", "   Industry: some 140 registered participants "
                        "from companies in the electronics, chemical, semiconductor and logistics sectors"))
    assert [c.text for c in record.participants.other] == []


def test_parties_the_eu_cbrn_centres_initiative_by_its_short_name_is_no_eu_besides_it(parse):
    """"European Union CBRN Risk Mitigation Centres of Excellence Initiative": the initiative, not the EU as well."""
    record = parse(note("Organizers: European Union CBRN Risk Mitigation Centres of Excellence Initiative "
                        "(EU CBRN CoE); World Health Organization (WHO)"))
    assert [o.name for o in record.organizers] == [
        "European Union Chemical, Biological, Radiological and Nuclear Risk Mitigation Centres of Excellence",
        "World Health Organization"]


@pytest.mark.parametrize(("organizers", "venue", "expected"), [
    ("Uganda Revenue Authority (URA), Customs Department, and the World Customs Organization (WCO)", "Kasese, Uganda",
     ["Uganda Revenue Authority", "World Customs Organization"]),
    ("UNICRI; Ministry of Agriculture, Water and Forestry (MAWF)\n                 of Namibia, Directorate of Veterinary "
     "Services (host)", "Kalkfeld, Namibia", ["United Nations Interregional Crime and Justice Research Institute",
                                              "Ministry of Agriculture, Water and Forestry of Namibia"]),
    ("OPCW, in cooperation with the Ministry of the Interior of Angola (MININT) - Civil\nProtection and Fire Service",
     "Namibe, Angola", ["Organisation for the Prohibition of Chemical Weapons", "Ministry of the Interior of Angola"]),
    ("European Union CBRN Risk Mitigation Centres of Excellence Initiative (EU CBRN CoE),\n     Regional Secretariat for "
     "South East Asia; UNICRI", "Can Tho, Viet Nam", [
         "European Union Chemical, Biological, Radiological and Nuclear Risk Mitigation Centres of Excellence",
         "United Nations Interregional Crime and Justice Research Institute"]),
    ("UNRCPD, and the Department of Revenue and Customs (DRC), Ministry of Finance,\n   Royal Government of Bhutan",
     "Gelephu, Bhutan", ["United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific",
                         "Department of Revenue and Customs of Bhutan"]),
    ("IAEA, and\nthe Department of Atomic Energy (DAE), Ministry of Education, Republic of the Union of Myanmar",
     "Myitkyina, Myanmar", ["International Atomic Energy Agency", "Department of Atomic Energy of Myanmar"]),
    ("Ministry of External Affairs (MEA) of India and the Directorate General of\nForeign Trade (DGFT), Ministry of "
     "Commerce and Industry, in cooperation with the United\nNations Office for Disarmament Affairs (UNODA)",
     "Udupi, India", ["Ministry of External Affairs of India", "Directorate General of Foreign Trade",
                      "United Nations Office for Disarmament Affairs"]),
    ("Disaster and Emergency Management Presidency (AFAD), Ministry of Interior of the\nRepublic of T\u00fcrkiye, "
     "and the OPCW", "\u00c7orum, T\u00fcrkiye", ["Disaster and Emergency Management Presidency",
                                                   "Organisation for the Prohibition of Chemical Weapons"]),
    ("Central Board of Indirect Taxes and Customs (CBIC), Department of Revenue,\nMinistry of Finance of India; World "
     "Customs Organization (WCO)", "Karimnagar, India", ["Central Board of Indirect Taxes and Customs",
                                                          "World Customs Organization"]),
    ("Rahimah Municipality (host), Ministry of Foreign Affairs of the Kingdom of Saudi\n   Arabia, United Nations "
     "Office for Disarmament Affairs (UNODA)", "Rahimah, Saudi Arabia",  # a role in brackets is no acronym: two bodies
     ["Rahimah Municipality", "Ministry of Foreign Affairs of Saudi Arabia",
      "United Nations Office for Disarmament Affairs"]),
])
def test_parties_a_bodys_unit_or_ministry_named_after_it_is_no_organizer_of_its_own(parse, organizers, venue, expected):
    """A unit after a body and a comma or dash is the body's; a ministry between a department and its State
    is the department's home."""
    record = parse(note(f"Organizers: {organizers}", f"Date and Venue: 12-14 June 2018, {venue}"))
    assert [o.name for o in record.organizers] == expected


def test_parties_a_ministrys_unit_named_with_its_state_after_it_is_that_states(parse):
    """"… Office of the Department of Trade and Industry (DTI-STMO), Republic of the Philippines": the office is
    the Philippines', and the State no organizer of its own beside it."""
    record = parse(note("Organizers: Strategic Trade Management Office of the Department of Trade and Industry\n"
                        "  (DTI-STMO), Republic of the Philippines, in partnership with Bicol University (BU)"))
    assert [(o.name, o.country_code) for o in record.organizers] == [
        ("Strategic Trade Management Office of the Department of Trade and Industry of the Philippines", "PHL"),
        ("Bicol University", None)]


@pytest.mark.parametrize(("organizations", "expected"), [
    ("Indian Ocean Commission (IOC); World Health Organization (WHO) \u2013 Country Office Madagascar",
     ["Indian Ocean Commission", "World Health Organization"]),  # the body's office there, not the State's government
    ("UNICRI; World Health Organization\n      (WHO) Country Office for Viet Nam; 1540 Committee experts (2)",
     ["United Nations Interregional Crime and Justice Research Institute", "World Health Organization",
      "Security Council Committee established pursuant to resolution 1540 (2004)"]),
    ("CARICOM; Organization of American States / Inter-\n      American Committee against Terrorism (OAS/CICTE)",
     ["Caribbean Community", "Inter-American Committee against Terrorism"]),  # the unit the pair's acronym names
])
def test_parties_a_bodys_office_or_unit_in_an_organizations_list_is_the_body(parse, organizations, expected):
    record = parse(note("Participants:", "   States: Madagascar; Viet Nam; Haiti", f"   Organizations: {organizations}"))
    assert [o.name for o in record.participants.organizations] == expected


def test_parties_a_state_a_relative_clause_says_was_not_represented_did_not_take_part(parse):
    """"paid for by the Government of Japan, which was not represented at the meeting": a funder, absent."""
    record = parse("BISSAU, 10 November 2016 - Officials from Senegal, Guinea and Guinea-Bissau met in Bafata for a "
                   "seminar on export controls. The seminar was paid for by the Government of Japan, which was not "
                   "represented at the meeting.\n")
    assert "JPN" not in [s.code for s in record.participants.states]


def test_parties_a_language_adjective_names_no_state_and_the_countries_among_them_took_part(parse):
    """"officials from around ten French-speaking African countries, among them Senegal, Cameroon and
    Tunisia": the three took part, and "French-speaking" names no French official."""
    record = parse("AVIGNON, 2 July 2019 - A seminar on chemical security opened in Avignon today. Some forty officials "
                   "from around ten French-speaking African countries, among them Senegal, Cameroon and Tunisia, took "
                   "part.\n")
    assert [s.code for s in record.participants.states] == ["SEN", "CMR", "TUN"]


def test_parties_a_state_not_being_represented_did_not_take_part(parse):
    """"financed by the Government of the Republic of Korea …, Korea not being represented": a funder, absent."""
    record = parse("TAPACHULA, 22 February 2024 - Officials from Guatemala, Belize and Mexico met in Tapachula for a "
                   "tabletop exercise on border security. The exercise was financed by the Government of the Republic "
                   "of Korea through the UNODA 1540 Trust Fund, Korea not being represented.\n")
    assert [s.code for s in record.participants.states] == ["GTM", "BLZ", "MEX"]


def test_parties_a_state_that_could_host_a_new_meeting_organizes_another(parse):
    """"Ecuador could host a new meeting in Quito in 2024": another event's host; the Ministry that
    organized this one is the host State's."""
    record = parse("POTOS\u00cd, Aug. 28, 2023 (ABI) - Bolivia opened on Monday an Andean conference on chemical "
                   "security.\n\nThe meeting, organized by the Ministry of Foreign Affairs together with the OPCW, runs "
                   "until Wednesday 30 August.\n\nThe organizers anticipated that Ecuador could host a new meeting in "
                   "Quito in 2024.\n")
    assert [o.country_code for o in record.organizers] == ["BOL", None]


def test_parties_the_secretariat_of_a_known_body_organizes_as_that_body(parse):
    """"… with the Secretariat of the Union for the Mediterranean (UfM)": the Union, as the registry knows it."""
    record = parse(note("Organizers: United Nations Office for Disarmament Affairs (UNODA), with the Secretariat of the "
                        "Union for the Mediterranean (UfM)"))
    assert [o.acronym for o in record.organizers] == ["UNODA", "UfM"]


@pytest.mark.parametrize("unit", [
    "Department of Arms Control",
    "Strategic Trade Secretariat",
    "Customs Department,\n",  # the line broken after the comma
])
def test_parties_a_unit_before_its_ministry_after_a_comma_is_the_ministrys_work(parse, unit):
    """"Department of Arms Control, Ministry of Foreign Affairs of …": one organizer, the ministry, which
    acts through its department (as through its secretariat)."""
    comma = "" if unit.endswith("\n") else ", "
    record = parse(note(f"Organizer(s): {unit}{comma}Ministry of Foreign Affairs of Malaysia; United Nations Office for "
                        "Disarmament Affairs (UNODA)", "Date and venue: 3-5 May 2017, Kuala Lumpur, Malaysia"))
    assert [o.name for o in record.organizers] == ["Ministry of Foreign Affairs of Malaysia",
                                                   "United Nations Office for Disarmament Affairs"]


def test_parties_two_bodies_a_line_break_after_a_comma_parts_stay_two(parse):
    """"Bureau of Customs," / "Philippine Ports Authority": a list broken at its comma, not a unit and its ministry."""
    record = parse(note("Organizer(s): Strategic Trade Management Office; Bureau of Customs,\nPhilippine Ports Authority",
                        "Date and venue: 3-5 May 2017, Manila, Philippines"))
    assert "Philippine Ports Authority" in [o.name for o in record.organizers]
    assert any(o.name.startswith("Bureau of Customs") for o in record.organizers)


def test_parties_an_acronym_alone_under_its_name_is_the_same_item(parse):
    record = parse(note("Participants:", " States: India", " Civil society: Federation of Indian Chambers of Commerce and "
                        "Industry", "(FICCI)"))
    assert [t.text for t in record.participants.civil_society] == [
        "Federation of Indian Chambers of Commerce and Industry\n(FICCI)"]


def test_parties_a_ministrys_unit_in_brackets_after_it_is_the_ministrys_work(parse):
    record = parse(note("Organizer(s): Ministry of External Affairs, Government of India\u00b9 (Disarmament and International",
                        "Security Affairs Division), in cooperation with the United Nations Office for Disarmament Affairs",
                        "(UNODA)", "Date and venue: 12-16 February 2024, Bhopal, India"))
    assert [o.name for o in record.organizers] == ["Ministry of External Affairs of India",
                                                   "United Nations Office for Disarmament Affairs"]


@pytest.mark.parametrize("sentence,codes", [
    ("The Philippine presentation on the Strategic Trade Management Act followed", {"PHL"}),
    ("The Tajik\u2013Afghan border speaker described patrols", set()),
])
def test_parties_a_states_adjective_before_what_its_people_gave(parse, sentence, codes):
    """"The Philippine presentation" is the Philippines' people speaking; "the Tajik–Afghan border
    speaker" qualifies a border, not Afghanistan's people."""
    record = parse(f"The webinar was held online on 16 June 2021. {sentence}.\n")
    assert participant_codes(record) == codes


@pytest.mark.parametrize("body", ["the U.S. Department of State", "the S. Rajaratnam School of International Studies"])
def test_parties_an_initials_stop_ends_no_list_of_organizers(parse, body):
    """The stop of "U.S." or of an initial ("S. Rajaratnam") is no clause's end: the list goes on after it."""
    record = parse(f"The workshop was organized by {body} and UNODA.\n")
    assert [o.acronym for o in record.organizers][-1] == "UNODA" and len(record.organizers) == 2


@pytest.mark.parametrize("sentence, organizers", [
    ("The University of Minho and UNODA ran a training course on trade controls.", ["University of Minho", "UNODA"]),
    ("The CNS team then ran a two-day table-top exercise on a diverted machine tool.", []),  # a session, not the event
])
def test_parties_a_body_that_ran_a_course_organizes_it(parse, sentence, organizers):
    record = parse(sentence + "\n")
    assert [o.acronym or o.name for o in record.organizers] == organizers


def test_parties_a_universitys_school_is_the_university(parse):
    """"the School of Law (Escola de Direito) of the University of Minho": the university organizes."""
    record = parse("From 8 to 12 April, the School of Law (Escola de Direito) of the University of Minho and UNODA ran "
                   "a training course.\n")
    assert [o.acronym or o.name for o in record.organizers] == ["University of Minho", "UNODA"]


def test_parties_civil_servants_from_states_take_part(parse):
    record = parse("Civil servants from Angola, Brazil and Mozambique worked alongside the hosts at the course.\n")
    assert [s.code for s in record.participants.states] == ["AGO", "BRA", "MOZ"]


@pytest.mark.parametrize("sentence, organizers", [
    ("She took part in a three-day exercise at Odense Congress Center run by the Danish Business Authority.",
     ["Danish Business Authority"]),
    ("She spoke at a workshop on a programme run by the Danish Business Authority.", []),
])
def test_parties_an_event_at_its_place_run_by_a_body(parse, sentence, organizers):
    """"an exercise at Odense Congress Center run by X": the place between the event and the verb."""
    record = parse(sentence + "\n")
    assert [o.name for o in record.organizers] == organizers


def test_parties_a_header_list_that_spaced_hyphens_divide(parse):
    """"Swissmem - VDMA (German Engineering Federation) - ETH Zurich": three bodies; one spaced hyphen alone
    may be inside a name ("Handelskammer Bremen - Chamber of Commerce")."""
    record = parse("Event: Roundtable on export controls\n\nParticipants:\nStates: Austria, Germany\n"
                   "Civil society: Swissmem - VDMA (German Engineering Federation) -\nETH Zurich; Handelskammer Bremen - "
                   "Chamber of Commerce\n")
    assert [t.text for t in record.participants.civil_society] == [
        "Swissmem", "VDMA (German Engineering Federation)", "ETH Zurich", "Handelskammer Bremen - Chamber of Commerce"]


def test_parties_a_federal_ministry_without_its_state_is_the_venues(parse):
    """A Nigerian paper's "the Federal Ministry of Foreign Affairs", at a workshop in Enugu: Nigeria's ministry,
    named as analysts name it."""
    record = parse("The three-day workshop in Enugu, Nigeria was organised by the Federal Ministry of Foreign Affairs in "
                   "partnership with UNODA.\n")
    assert [o.name for o in record.organizers][0] == "Ministry of Foreign Affairs of Nigeria"


def test_parties_a_national_body_named_as_at_home_is_the_venues_states(parse):
    """A Moldovan story's "the State Customs Service", "the National Agency for Public Health": Moldova's bodies
    (at a workshop in Moldova), named as analysts name them; not a body whose name says another State's
    ("the General Directorate of the Romanian Border Police") nor a council ("National Council of Women")."""
    record = parse("The two-day workshop in Cahul, Moldova, on 3-4 June 2025 was organised by the State Customs "
                   "Service and the National Agency for Public Health, with the General Directorate of the Romanian "
                   "Border Police and the National Council of Women.\n")
    assert [(o.name, o.country_code) for o in record.organizers] == [
        ("State Customs Service of the Republic of Moldova", "MDA"),
        ("National Agency for Public Health of the Republic of Moldova", "MDA"),
        ("General Directorate of the Romanian Border Police", None), ("the National Council of Women", None)]
    directorate = parse("The seminar in Annaba, Algeria, on 3-4 June 2025 was organised by the Directorate General of "
                        "Customs with the WCO.\n")
    assert [(o.name, o.country_code) for o in directorate.organizers][0] == (
        "Directorate General of Customs of Algeria", "DZA")
    ministry = parse("A workshop on export controls was held in Matara, Sri Lanka, on 3-4 June 2025, organised by "
                     "the Foreign Ministry with UNODA.\n")
    assert [(o.name, o.country_code) for o in ministry.organizers][0] == (
        "Ministry of Foreign Affairs of Sri Lanka", "LKA")


def test_parties_a_ministry_without_its_state_is_its_fellow_organizers_states_when_no_venue_says(parse):
    """No venue named, but "the Georgian Revenue Service and the Ministry of Finance" organize: the Ministry
    is Georgia's, as its fellow organizer is."""
    record = parse("14 May 2025. A seminar on strategic trade was held on 13 May 2025, organized by the "
                   "Georgian Revenue Service and the Ministry of Finance.\n")
    assert [(o.name, o.country_code) for o in record.organizers][-1] == ("Ministry of Finance of Georgia", "GEO")


@pytest.mark.parametrize("text, name", [
    ("Sultanate of Oman\nGovernor's Office - Media Centre\n\nNews | Thursday, 23 October 2025\n\nA national "
     "workshop on strategic trade controls, organized by the Ministry of Foreign Affairs with UNODA, concluded today "
     "at a hotel in the wilayat.\n", "Ministry of Foreign Affairs of Oman"),  # the masthead's State alone on its line
    ("REPUBLIC OF CAMEROON          R\u00c9PUBLIQUE DU CAMEROUN\nTHE MAYOR'S OFFICE\n\nThe regional conference, "
     "organised by the Ministry of External Relations together with UNREC, took place in our municipality from "
     "Tuesday 2 to Thursday 4 December 2025.\n", "Ministry of External Relations of Cameroon"),  # its first column
])
def test_parties_a_ministry_without_its_state_and_no_venue_is_the_mastheads_or_datelines_states(parse, text, name):
    assert parse(text).organizers[0].name == name


def test_parties_an_organizer_in_brackets_with_a_footnote_mark_glued_after(parse):
    """"Portuguese Navy (Marinha Portuguesa)2": the mark, then the name in its language, come off."""
    record = parse(note("Event: Exercise", "Organizer(s): Ministry of Foreign Affairs of Portugal1 and Portuguese Navy\n"
                        "  (Marinha Portuguesa)2, through the Azores Maritime Zone Command"))
    assert "Portuguese Navy" in [o.name for o in record.organizers]


@pytest.mark.parametrize("sentence, names", [
    ("From June 12 to 14, 2018, Global Affairs Canada's Weapons Threat Reduction Program and UNLIREC brought "
     "together 40 officials in Kelowna for a workshop.", ["Global Affairs Canada", "UNLIREC"]),
    ("Industry had a seat at the table in Whitehorse on May 23, when UNODA and Natural Resources Canada brought "
     "together officials for a two-day roundtable.", ["UNODA", "Natural Resources Canada"]),
])
def test_parties_bringers_together_by_their_unit_or_after_when(parse, sentence, names):
    """A body named by its unit in the possessive, and a subject after ", when", bring people together."""
    record = parse(f"News\n\n{sentence}\n")
    assert [o.acronym if o.acronym in names else o.name for o in record.organizers] == names


@pytest.mark.parametrize("sentence", [
    "The lecturers included a member of the group of experts that supports the UN Security Council Committee on "
    "resolution 1540.",
    "The seminar closed with a presentation by an expert who advises the Security Council committee responsible for "
    "monitoring resolution 1540.",
])
def test_parties_the_committee_named_by_what_it_does(parse, sentence):
    """"the UN Security Council Committee on resolution 1540", "the Security Council committee responsible
    for monitoring resolution 1540": the 1540 Committee, whose expert took part."""
    record = parse(f"The course was held in Udine on 19-23 November 2018. {sentence}\n")
    assert any("1540 (2004)" in o.name for o in record.participants.organizations)


def test_parties_a_body_that_welcomed_people_to_a_place_for_an_event_and_its_partner(parse):
    """"the CBSA welcomed 24 officers … to Greater Sudbury for a five-day course" hosts it; "The course,
    delivered with Global Affairs Canada, ran …" names a partner; a minister who welcomed the participants
    to the workshop does not organize it."""
    record = parse("News release\n\nOctober 16, 2019\n\nLast week, the Canada Border Services Agency (CBSA) "
                   "welcomed 24 customs officers from seven countries to Greater Sudbury for a five-day course. The "
                   "course, delivered with Global Affairs Canada, ran from Monday to Friday at Cambrian College. "
                   "The Minister of Health welcomed the participants to the course.\n")
    assert [o.name for o in record.organizers] == ["Canada Border Services Agency", "Global Affairs Canada"]


def test_parties_a_body_that_joined_others_to_host_an_event(parse):
    """"Today #PIFS joined @UNRCPD and @VERTIC to host an online session": all three organize; officials
    who "joined the workshop to learn" organize nothing."""
    record = parse("Pacific Islands Forum Secretariat\n\nToday #PIFS joined @UNRCPD and @VERTIC to host an online "
                   "session for Forum Members on resolution 1540. Officials of Fiji joined the session to learn.\n")
    assert [o.acronym for o in record.organizers] == ["PIFS", "UNRCPD", "VERTIC"]


def test_parties_a_unit_named_after_its_bodys_possessive_organizes(parse):
    """"convened by the University of Georgia's Center for International Trade and Security and the OAS":
    the Center (a body of its own) and the OAS, not the university that owns it."""
    record = parse("News\n\nThe roundtable was convened by the University of Georgia's Center for International "
                   "Trade and Security and the Organization of American States in Nashville on 3 December 2025.\n")
    assert [o.name for o in record.organizers] == ["Center for International Trade and Security",
                                                  "Organization of American States"]


@pytest.mark.parametrize("unit, organizers", [
    ("University of Georgia, Center for International Trade and Security (CITS)",
     ["Center for International Trade and Security"]),
    ("Swansea University, School of Law", ["Swansea University"]),  # a school: the university's own doing
    ("Case Western Reserve University (CWRU) School of Law", ["Case Western Reserve University"]),
])
def test_parties_a_universitys_centre_after_a_comma_organizes(parse, unit, organizers):
    """"University of Georgia, Center for International Trade and Security (CITS)": the Center, a body of
    its own, as after the university's possessive; a school of it, after a comma or its acronym, is the university's."""
    record = parse(f"Information Note\n\nEvent: Regional Exercise\nOrganizers:\n- {unit}\n"
                   "Date and Venue: 16-18 August 2022, Tacoma, United States of America\n")
    assert [o.name for o in record.organizers] == organizers


def test_parties_a_translated_releases_promoted_by(parse):
    """"…, promoted by the Ministry … together with UNODA": an Italian release's word for organized,
    after the event and a comma; "a resolution promoted by France" in its own sentence organizes nothing."""
    record = parse("PRESS RELEASE\n\nSiena, 14 May 2024\n\nThe Prefect opened the regional workshop on biosecurity, "
                   "promoted by the Ministry of Foreign Affairs and International Cooperation together with the United "
                   "Nations Office for Disarmament Affairs (UNODA).\n")
    first, second = record.organizers
    assert first.name.startswith("Ministry of Foreign Affairs and International Cooperation") and second.acronym == "UNODA"


@pytest.mark.parametrize("organizers, names", [
    ("United States Coast Guard (USCG), Thirteenth District, and the Canada Border Services Agency",
     ["USCG", "CBSA"]),
    ("UNODA, Seventh Framework Programme Office", ["UNODA", "Seventh Framework Programme Office"]),  # no unit
])
def test_parties_a_bodys_numbered_unit_after_a_comma_is_the_body(parse, organizers, names):
    """"United States Coast Guard (USCG), Thirteenth District": the Coast Guard's district, not an organizer."""
    record = parse(note(f"Organizer(s): {organizers}"))
    assert [o.acronym or o.name for o in record.organizers] == names


@pytest.mark.parametrize("organizers, names", [
    ("Global Affairs Canada\u00b9 (Export Controls Policy Division, Trade and Export Controls Bureau), in cooperation "
     "with the United Nations Office for Disarmament Affairs (UNODA)",
     ["Global Affairs Canada", "United Nations Office for Disarmament Affairs"]),
    ("International Atomic Energy Agency\u00b9 (IAEA), Division of Nuclear Security, and the Australian Radiation "
     "Protection and Nuclear Safety Agency\u00b2 (ARPANSA)",
     ["International Atomic Energy Agency", "Australian Radiation Protection and Nuclear Safety Agency"]),
])
def test_parties_a_footnotes_mark_before_a_bodys_brackets(parse, organizers, names):
    """"Global Affairs Canada¹ (Export Controls Policy Division, …)": the units in brackets are the body's,
    its footnote's mark between them; "(IAEA)¹, Division of …" after the mark is the IAEA's unit."""
    record = parse(f"Information Note\n\nEvent: Regional Workshop\nOrganizer(s): {organizers}\n"
                   "Date and Venue: 17-19 September 2024, Thunder Bay, Canada\n")
    assert [o.name for o in record.organizers] == names


def test_participants_a_bulletins_contents_list_names_no_one_who_came(parse):
    """"IN THIS ISSUE / - Course for Peruvian police officers": a headline of another story, told below."""
    record = parse("UNLIREC NEWSLETTER\n\nIN THIS ISSUE\n- Caribbean States discuss 1540 obligations\n- Course for "
                   "Peruvian police officers\n\n-----\n\nCARIBBEAN STATES DISCUSS 1540 OBLIGATIONS\n\nOn 14 and 15 "
                   "March 2023, UNLIREC held a webinar for officials from Jamaica and Belize.\n\n-----\n\nCOURSE FOR "
                   "PERUVIAN POLICE OFFICERS\n\nUNLIREC trained officers in Lima on 2 February 2023.\n")
    assert [s.code for s in record.participants.states] == ["JAM", "BLZ"]


def test_participants_bodies_after_and_from_once_other_people_are_named(parse):
    """"Participants came from Argentina, in addition to U.S. federal and state officials, and from
    international organizations including INTERPOL and the FAO": the bodies took part too."""
    record = parse("The exercise was held in Fargo on 4-6 June 2025. Participants came from Argentina, in addition "
                   "to U.S. federal\nand state officials, and from international organizations including INTERPOL and "
                   "the FAO.\n")
    assert [o.acronym for o in record.participants.organizations] == ["INTERPOL", "FAO"]


def test_participants_a_sub_label_hyphenated_over_a_line_end_still_parts_the_list(parse):
    """"States: Egypt  Iraq   International organi-" / "zations: OPCW  Biological Weapons Convention
    Implementa-" / "tion Support Unit (BWC ISU)": the bodies are organizations, none a State's list."""
    record = parse(note("Organizers: OPCW", "Participants:  States: Egypt  Iraq  Jordan   International organi-\n"
                        "zations: OPCW  Biological Weapons Convention Implementa-\ntion Support Unit (BWC ISU)"))
    assert [s.code for s in record.participants.states] == ["EGY", "IRQ", "JOR"]
    assert [o.name for o in record.participants.organizations] == [
        "Organisation for the Prohibition of Chemical Weapons", "Biological Weapons Convention Implementation Support Unit"]


@pytest.mark.parametrize("label", ["Academia and industry", "Civil society and industry", "Academia and civil society",
                                   "Industry and civil society"])
def test_participants_a_sub_label_of_two_kinds_lists_civil_society(parse, label):
    """"Academia and industry: ATU; BioPharmaChem Ireland": bodies that took part, not other participants."""
    record = parse(note("Organizers: OPCW", "Participants:", "- States: Ireland",
                        f"- {label}: Atlantic Technological University (ATU); BioPharmaChem Ireland"))
    assert [c.text for c in record.participants.civil_society] == [
        "Atlantic Technological University (ATU)", "BioPharmaChem Ireland"]


def test_participants_a_bodys_city_after_it_does_not_end_a_list(parse):
    """"speakers from the Center for Information on Security Trade Control (CISTEC), Tokyo, and from the
    Stockholm International Peace Research Institute (SIPRI)": Tokyo is CISTEC's seat; SIPRI came too."""
    record = parse("The webinar was held online on 17 November 2020. In the second panel, speakers from the Center for "
                   "Information on Security Trade Control (CISTEC), Tokyo, and from the Stockholm International Peace "
                   "Research Institute (SIPRI) discussed the results.\n")
    assert [c.text for c in record.participants.civil_society] == [
        "Center for Information on Security Trade Control", "Stockholm International Peace Research Institute"]


@pytest.mark.parametrize("government", ["Govt. of India", "Govt of India", "Government of India"])
def test_organizers_a_governments_abbreviation_does_not_end_the_clause(parse, government):
    """"organised by the Ministry of Home Affairs, Govt. of India in New Delhi": the full stop of "Govt."
    ends no sentence; the ministry is India's and the organizer."""
    record = parse(f"The workshop was organised by the Ministry of Home Affairs, {government} in New Delhi on "
                   "3 May 2024.\n")
    assert [o.name for o in record.organizers] == ["Ministry of Home Affairs of India"]


def test_organizers_a_footnotes_superscript_mark_is_not_the_ministrys_name(parse):
    """"Ministry for Foreign Affairs of Iceland¹ and United Nations Office for Disarmament / Affairs
    (UNODA)": the ministry's name ends before its footnote's mark."""
    record = parse("Organizer(s): Ministry for Foreign Affairs of Iceland\u00b9 and United Nations Office for Disarmament\n"
                   "Affairs (UNODA)\n")
    assert [o.name for o in record.organizers] == [
        "Ministry for Foreign Affairs of Iceland", "United Nations Office for Disarmament Affairs"]


@pytest.mark.parametrize("committee", ["the UN Security Council committee that oversees resolution 1540",
                                       "the United Nations Security Council committee overseeing resolution 1540",
                                       "the UN committee that follows up Security Council resolution 1540"])
def test_participants_the_1540_committee_as_a_news_story_words_it_and_its_adviser(parse, committee):
    """"Experts from Interpol took part, as did an adviser to the UN Security Council committee that oversees
    resolution 1540": the Committee took part (not the Security Council)."""
    record = parse(f"The seminar was held in Lugo on 14 March 2023. Experts from Interpol took part, as did an adviser "
                   f"to {committee}.\n")
    assert "Security Council Committee established pursuant to resolution 1540 (2004)" in [
        o.name for o in record.participants.organizations]


@pytest.mark.parametrize("said, organizers", [
    ("The course was held in Wrexham from 3 to 7 February 2025. It was run by the UK Government's Export Control "
     "Joint Unit together with the Brussels-based World Customs Organization.",
     ["Export Control Joint Unit", "World Customs Organization"]),
    ("The initiative was promoted by the Polytechnic Institute of Viseu and the United Nations Office for "
     "Disarmament Affairs, and took place in Viseu on 22 May 2024.",
     ["Polytechnic Institute of Viseu", "United Nations Office for Disarmament Affairs"])])
def test_organizers_it_was_run_by_and_the_initiative_was_promoted_by(parse, said, organizers):
    """"It was run by …" after the course's sentence; a translated release's "The initiative was promoted by …"
    (Portuguese "promovida por"): the event's organizers."""
    assert [o.name for o in parse(said + "\n").organizers] == organizers


def test_participants_the_german_rectors_conference_is_known_by_its_name_and_acronym(parse):
    """"Representatives of the German Rectors' Conference (HRK) took part": an academic body the registry knows."""
    record = parse("The workshop was held in Hildesheim on 26 September 2023. Representatives of the German Rectors' "
                   "Conference (HRK) took part.\n")
    assert [c.text for c in record.participants.civil_society] == ["German Rectors' Conference"]


@pytest.mark.parametrize("said, codes", [
    ("A guest speaker from Switzerland's State Secretariat for Economic Affairs (SECO) presented the Swiss approach.",
     ["CHE"]),
    ("Panellists from Argentina and Chile shared their experience.", ["ARG", "CHL"]),
    ("Several speakers recalled the removal of Syria's chemical weapons.", [])])
def test_participants_speakers_from_a_state_took_part(parse, said, codes):
    """"A guest speaker from Switzerland's SECO presented …": Switzerland took part; speakers who only
    recall a State ("Several speakers recalled … Syria's chemical weapons") name no participant."""
    record = parse(f"The seminar was held in Hildesheim on 26 September 2023. {said}\n")
    assert [s.code for s in record.participants.states] == codes


def test_organizers_co_hosted_with_after_a_comma(parse):
    """"Ehime University held the "Workshop on …" at the Johoku Campus in Matsuyama (…), co-hosted with the Ministry
    of Economy, Trade and Industry (METI) and the Center for … (CISTEC)": the partners organized it too."""
    record = parse("On November 21 and 22, 2017, Ehime University held the \"Workshop on Export Control Compliance in "
                   "Universities\" at the Johoku Campus in Matsuyama (Multi-Purpose Hall, Faculty of Law and Letters), "
                   "co-hosted with the Ministry of Economy, Trade and Industry (METI) and the Center for Information on "
                   "Security Trade Control (CISTEC).\n")
    names = [o.name for o in record.organizers]
    assert "Ministry of Economy, Trade and Industry" in names
    assert "Center for Information on Security Trade Control" in names


def test_organizers_a_state_body_the_registry_knows_then_its_ministry_and_government(parse):
    """"Directorate General of Foreign Trade (DGFT), Ministry of Commerce and Industry, Government of India": the
    directorate, in its ministry, of its State; the ministry is not another organizer."""
    record = parse("Organizer(s): Ministry of External Affairs (MEA), Government of India ; Directorate\n"
                   "General of Foreign Trade (DGFT), Ministry of Commerce and Industry, Government of India\n")
    assert [o.name for o in record.organizers] == ["Ministry of External Affairs of India",
                                                   "Directorate General of Foreign Trade"]


@pytest.mark.parametrize(("line", "civil", "orgs", "other"), [
    ("Industry: World Shipping Council (WSC); BIMCO", ["World Shipping Council (WSC)", "BIMCO"], [], []),
    ("Others: the Stimson Center; private port operators and shipping agents", ["the Stimson Center"], [],
     ["private port operators and shipping agents"]),
    ("Other: Border Security Force (BSF), Central Board of Indirect Taxes and Customs (CBIC)", [], [],
     ["Border Security Force (BSF)", "Central Board of Indirect Taxes and Customs (CBIC)"]),
    ("Others: World Customs Organization (WCO); 1540 Committee expert (1)", [],
     ["World Customs Organization", "Security Council Committee established pursuant to resolution 1540 (2004)"], []),
    ("Others: WCO-accredited trainers from the customs administrations of Finland", [], [],
     ["WCO-accredited trainers from the customs administrations of Finland"]),
])
def test_parties_the_bodies_of_an_industry_or_others_list_take_part_beside_the_states(parse, line, civil, orgs, other):
    """An "Industry:" or "Others:" list names bodies that took part as civil society's do (an association,
    an institute) or as international ones do; a State's own agency, and people, stay "other"."""
    record = parse(note("Participants:", "   States: Pakistan; Ethiopia", f"   {line}"))
    assert [c.text for c in record.participants.civil_society] == civil
    assert [o.name for o in record.participants.organizations] == orgs
    assert [c.text for c in record.participants.other] == other


def test_parties_a_bodys_local_unit_after_it_is_that_body(parse):
    """"NACIN, Regional Training Institute, Chandigarh": the academy's unit in a town, no body of its own."""
    record = parse(note("Participants:", "   States: India", "   Other: Stimson Center (STIMSON), Regional Training "
                        "Institute, Chandigarh (faculty)"))
    assert [c.text for c in record.participants.civil_society] == ["Stimson Center (STIMSON)"]
    assert [c.text for c in record.participants.other] == []


@pytest.mark.parametrize("line", [
    "1540 Committee member/expert participating: Ms. Lucía Montero, 1540 Committee expert",
    "Participation of Committee members/experts: Two members of the Group of Experts of the 1540 Committee",
    "Participation of Committee members/experts: Chair's representative; two experts of the Group of Experts",
])
def test_parties_the_committees_own_header_field_says_it_took_part(parse, line):
    """Information Notes give the Committee's own participation a header field of its own, before or after
    the Participants'; a bare "Group of Experts" there is the Committee's."""
    record = parse(f"Event: Workshop on export controls\nDate and Venue: 3 May 2024, Lomé, Togo\n{line}\n"
                   "Participants:\n   States: Togo, Benin\n   International organizations: WCO\n\nObjectives\nTo train.\n")
    assert [o.organ_of.name if o.organ_of else o.name for o in record.participants.organizations][:1] == [
        "Security Council Committee established pursuant to resolution 1540 (2004)"]


@pytest.mark.parametrize("rows", [
    ("Japan                             Philippines", "Lao People's Democratic           Thailand",
     "Republic                          Viet Nam"),
    ("Japan                 Philippines", "Lao People\u00e2\u20ac\u2122s         Thailand",
     "Democratic Republic   Viet Nam"),
])
def test_parties_a_states_name_a_column_list_wraps_onto_its_next_row_is_that_state(parse, rows):
    """Two columns of States: the first column's long name goes on in the row below, beside another State."""
    record = parse(note("Participants:", "   States:", *(f"      {row}" for row in rows)))
    assert sorted(s.code for s in record.participants.states) == ["JPN", "LAO", "PHL", "THA", "VNM"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Japan Atomic Energy Agency (JAEA), Integrated Support Center for Nuclear Nonproliferation and Nuclear Security "
     "(ISCN); International Atomic Energy Agency (IAEA)", ["Japan Atomic Energy Agency", "International Atomic Energy Agency"]),
    ("Japan Atomic Energy Agency (JAEA) – Integrated Support Center for Nuclear Nonproliferation and Nuclear Security "
     "(ISCN), and the International Atomic Energy Agency (IAEA)", ["Japan Atomic Energy Agency", "International Atomic Energy Agency"]),
    ("U.S. Department of Energy, National Nuclear Security Administration (NNSA); International Atomic Energy Agency "
     "(IAEA)", ["National Nuclear Security Administration", "International Atomic Energy Agency"]),
])
def test_parties_a_state_agencys_centre_after_it_is_that_agency(parse, line, expected):
    """A State agency named with its acronym, then its centre: the agency organizes (not the Department of Energy
    before the NNSA, which the note names by its acronym)."""
    record = parse(note(f"Organizer(s): {line}", "Participants:", "   States: Japan; Thailand"))
    assert [o.name for o in record.organizers] == expected


def test_parties_the_united_nations_beside_one_of_its_bodies_is_that_body(parse):
    """"In cooperation with the United Nations" where the note names UNODA: the UN came as UNODA, once."""
    record = parse("The workshop, organised in Denizli on 7 May 2025 by the Ministry of Trade of Türkiye in cooperation "
                   "with the United Nations. Experts of the United Nations Office for Disarmament Affairs (UNODA) "
                   "presented the resolution.\n")
    assert [o.name for o in record.organizers] == ["Ministry of Trade of Türkiye"]
    assert "United Nations" not in [o.name for o in record.participants.organizations]


def test_parties_the_united_nations_alone_organizes(parse):
    record = parse("The workshop was organised in Denizli on 7 May 2025 by the Ministry of Trade of Türkiye in "
                   "cooperation with the United Nations.\n")
    assert [o.name for o in record.organizers] == ["Ministry of Trade of Türkiye", "United Nations"]


@pytest.mark.parametrize("item", [
    "some 80 enterprises from Gansu, Ningxia and\n   Qinghai",
    "approximately 80 enterprises from Hunan Province",
    "approx. 110 represen-\n   tatives of chemical and engineering enterprises",
])
def test_parties_a_count_of_bodies_or_people_from_somewhere_is_no_body(parse, item):
    """Bodies or people no one names, however the item goes on ("… from Gansu, Ningxia and Qinghai"), and
    a word a line end breaks ("represen-" / "tatives") is still that word."""
    record = parse(note("Participants:", "   States: China", f"   Industry and academia: Lanzhou University; {item}"))
    assert [c.text for c in record.participants.civil_society] == ["Lanzhou University"]


def test_parties_a_companys_abbreviated_form_keeps_its_full_stop(parse):
    """"INVAP S.E.", "Rizhao Port Group Co., Ltd.": the full stop ends the company's form, not only the
    list; a plain name loses the list's full stop."""
    record = parse("Participants:\nStates: Argentina\nCivil society: INVAP S.E.; Rizhao Port Group Co., Ltd.; "
                   "Acme Industries.\n")
    assert [t.text for t in record.participants.civil_society] == [
        "INVAP S.E.", "Rizhao Port Group Co., Ltd.", "Acme Industries"]


@pytest.mark.parametrize("unit", [
    "the Strategic Export Control Division (SECDIV) of the Ministry of Foreign Affairs",
    "the Vietnam Chemicals Agency under the Ministry of Industry and Trade",
])
def test_parties_a_unit_of_a_ministry_organizes_as_one_body(parse, unit):
    """"the … Division (SECDIV) of the Ministry of Foreign Affairs", "the … Agency under the Ministry of …":
    the unit organizes, its ministry is no second organizer; a ministry listed beside a body still is."""
    record = parse(f"The workshop was held in Multan on 3 May 2024. It was organised by {unit} in collaboration "
                   "with the chamber of commerce.\n")
    assert not any(o.name.startswith("Ministry") for o in record.organizers)
    beside = parse("The workshop was held in Multan on 3 May 2024. It was organised by UNODA and the Ministry of "
                   "Foreign Affairs of Pakistan.\n")
    assert any(o.name.startswith("Ministry of Foreign Affairs") for o in beside.organizers)


@pytest.mark.parametrize("sentence", [
    "Lecturers conducted practical sessions alongside instructors from the United States.",
    "Trainers from the United States led the sessions on the final day.",
    "Two facilitators from the United States guided the tabletop exercise.",
])
def test_participants_trainers_from_a_state_take_part(parse, sentence):
    """"alongside instructors from the United States": those who teach at the event are there for their State,
    as "experts from" are."""
    record = parse("The course was held in Moratuwa, Sri Lanka, from 3 to 7 November 2025. " + sentence + "\n")
    assert participant_codes(record) == {"LKA", "USA"}


def test_organizers_a_ministry_of_a_hybrid_events_city_is_its_states(parse):
    """An event in Nantong that others joined online is still in China: "the Ministry of Commerce" is China's,
    as it is when all came in person."""
    record = parse("The seminar was organized by the Ministry of Commerce in Nantong on 3 May 2024. Other delegations "
                   "joined online.\n")
    assert record.venue.online
    assert [o.name for o in record.organizers] == ["Ministry of Commerce of China"]


@pytest.mark.parametrize("company", ["Daesung Precision Co., Ltd.", "Woodward, Inc.", "Indra Sistemas, S.A."])
def test_participants_a_companys_legal_form_after_a_comma_is_part_of_its_name(parse, company):
    """"Civil society: KINAC, Daesung Precision Co., Ltd.": the legal form ends the company's name; it is no item."""
    record = parse("INFORMATION NOTE\n\nEvent: National Workshop on Export Control\n\nDate and Venue: 3-7 November 2025, "
                   "Hanam, Republic of Korea\n\nParticipants:\nStates: Republic of Korea\nCivil society: Korea Institute "
                   f"of Nuclear Nonproliferation and Control (KINAC), {company}\n")
    assert [c.text for c in record.participants.civil_society][-1] == company


def test_participants_a_word_like_a_legal_form_opening_the_next_item_still_ends_the_last(parse):
    """"Ministry of Justice, AG's Chambers": an item that opens with "AG" is an item of its own."""
    record = parse("INFORMATION NOTE\n\nEvent: National Workshop on Export Control\n\nDate and Venue: 3-7 November 2025, "
                   "Suva, Fiji\n\nParticipants:\nStates: Fiji\nOthers: Fiji Revenue and Customs Service, AG's Chambers\n")
    texts = [c.text for c in record.participants.other + record.participants.civil_society]
    assert "Fiji Revenue and Customs Service, AG's Chambers" not in texts


@pytest.mark.parametrize("count", [
    "54 MSMEs (agricultural machinery repair, rubber and palm oil\nprocessing, mining supplies, chemical trading, "
    "electronics repair)",
    "around 120 owners, foremen and safety officers of small and medium enterprises",
    "about 40 semiconductor,\nequipment and logistics companies",
    "textile, nonwovens and chemical companies of the Americana region",
])
def test_parties_a_count_of_bodies_or_people_no_one_names_is_no_body(parse, count):
    """"54 MSMEs (…what they do…)" counts firms by an acronym's plural, its bracket over a line end; "around
    120 owners, foremen and safety officers of …" lists kinds of people with a comma; "about 40 semiconductor,
    equipment and logistics companies" lists their trades, and so may a list with no count: none names a body."""
    record = parse(note("Participants: States: Philippines",
                        f"Civil society: Father Saturnino Urios University (FSUU); {count}"))
    assert [c.text for c in record.participants.civil_society] == ["Father Saturnino Urios University (FSUU)"]


@pytest.mark.parametrize("organizers, names", [
    ("Department of Foreign Trade (DFT), Ministry of Commerce of Thailand, and UNODA",
     ["Department of Foreign Trade of Thailand", "United Nations Office for Disarmament Affairs"]),
    ("Department of Atomic Energy (DAE), Government of India, and the IAEA",
     ["Department of Atomic Energy of India", "International Atomic Energy Agency"]),
    ("Department of Arms Control, Ministry of Foreign Affairs of China, and UNODA",  # no acronym: a ministry's unit
     ["Ministry of Foreign Affairs of the People's Republic of China", "United Nations Office for Disarmament Affairs"]),
])
def test_organizers_a_unit_known_by_its_acronym_before_its_ministry_is_a_body(parse, organizers, names):
    """"Department of Foreign Trade (DFT), Ministry of Commerce of Thailand": a unit with an acronym of its own
    organizes, its ministry (or government) named to say whose it is; a unit named without one ("Department of
    Arms Control, Ministry of Foreign Affairs of …") is its ministry's doing."""
    record = parse(note(f"Organizers: {organizers}", "Date and Venue: 3 June 2025, Bangkok, Thailand"))
    assert [o.name for o in record.organizers] == names


@pytest.mark.parametrize("organizers, names", [
    ("Agency of Foreign Trade, Ministry of Industry and Trade (MOIT) of Viet Nam; UNODA",
     ["Ministry of Industry and Trade of Viet Nam", "United Nations Office for Disarmament Affairs"]),
    ("Ministry of Development, Industry, Trade and Services of Brazil (MDIC), Foreign Trade Secretariat (SECEX); UNODA",
     ["Ministry of Development, Industry, Trade and Services of Brazil", "United Nations Office for Disarmament Affairs"]),
])
def test_organizers_a_ministrys_agency_or_secretariat_beside_it_is_the_ministrys_doing(parse, organizers, names):
    """"Agency of Foreign Trade, Ministry of Industry and Trade …" (an agency named without an acronym, then its
    ministry) and "Ministry … (MDIC), Foreign Trade Secretariat (SECEX)" (a secretariat after its ministry) are
    one organizer each: the ministry."""
    record = parse(note(f"Organizers: {organizers}", "Date and Venue: 26 March 2025, Tan An, Viet Nam"))
    assert [o.name for o in record.organizers] == names


@pytest.mark.parametrize("people, university", [
    ("Professors of Mokpo National University also took part in the discussion.", "Mokpo National University"),
    ("Teachers from the University of Havana also attended.", "University of Havana"),
    ("Faculty members and students of Bodoland University attended the closing session.", "Bodoland University"),
    ("Lawyers from Masaryk University spoke about research contracts.", "Masaryk University"),
])
def test_parties_a_universitys_teachers_or_lawyers_bring_it_in(parse, people, university):
    """A university's professors, teachers, lawyers, or its staff with its students, who come to an event
    bring their university with them, as its experts or researchers do: civil society. Students alone
    do not: "music by students of Annamalai University" at the festival around it."""
    record = parse("The seminar on export controls was held in Muan on 4 September 2025, organized by UNODA. "
                   f"{people}\n")
    assert [t.text for t in record.participants.civil_society] == [university]


def test_parties_students_alone_do_not_bring_their_university(parse):
    record = parse("The seminar on export controls was held in Muan on 4 September 2025, organized by UNODA. "
                   "A concert by students of Bodoland University closed the town's festival.\n")
    assert record.participants.civil_society == []


@pytest.mark.parametrize("field", [
    "Organizers: Federal Ministry for European and International Affairs of Austria (BMEIA);\n"
    "   hosted by the City of Feldkirch\nDate and venue: 17-18 March 2026, Montforthaus, Feldkirch, Austria\n",
    "Organizers: Federal Ministry for European and International Affairs of Austria (BMEIA);\n"
    "   hosted by the City of Feldkirch\nDATE AND VENUE 17-18 March 2026, Montforthaus, Feldkirch, Austria\n",
])
def test_parties_a_host_towns_government_at_a_wrapped_fields_end(parse, field):
    """A wrapped header field's last line, its next label after it ("… the City of Feldkirch" over "Date and venue:"),
    still names the host town's government: the town, not "Feldkirch Date", is its place."""
    record = parse(f"Information Note\n\nEvent: Seminar on biosecurity\n{field}Participants: Austria\n")
    assert [o.name for o in record.organizers][-1] == "City of Feldkirch"


@pytest.mark.parametrize("named", ["National Authority, Chemical Weapons Convention (NACWC)",
                                   "National Authority Chemical Weapons Convention (NACWC)"])
def test_parties_a_body_its_acronym_spells_across_a_comma(parse, named):
    """"National Authority, Chemical Weapons Convention (NACWC)": one body, the acronym spelling its words across the
    comma, and India's (the registry's, by either spelling), whose government the line names after its secretariat:
    not a National Authority, a Convention and the Government of India."""
    record = parse(f"Information Note\n\nEvent: Workshop on chemical security\n\nOrganizers: {named}, Cabinet "
                   "Secretariat, Government of India, and the Organisation for the Prohibition of Chemical Weapons "
                   "(OPCW)\n\nDate and Venue: 10-11 March 2026, Jind, India\n")
    assert [(o.name, o.country_code, o.acronym) for o in record.organizers] == [
        ("National Authority Chemical Weapons Convention", "IND", "NACWC"),
        ("Organisation for the Prohibition of Chemical Weapons", None, "OPCW")]


def test_parties_a_universitys_city_after_its_comma_stays_a_place(parse):
    """"University of Agriculture, Faisalabad (UAF)": the acronym spells the city too, but a city after the comma
    is where the university is, and may be the event's venue."""
    record = parse("News\n\nA seminar on biosecurity was held on 12 April 2023 at the University of Agriculture,\n"
                   "Faisalabad (UAF), with experts from Pakistan.\n")
    assert (record.venue.city, record.venue.country_code) == ("Faisalabad", "PAK")


@pytest.mark.parametrize("host_sentence", [
    "The Prefecture of Boké hosted the conference in the meeting hall of the sub-prefecture.",
    "The conference was hosted by the Prefecture of Boké in the meeting hall of the sub-prefecture.",
])
def test_parties_a_notes_body_adds_the_local_government_that_hosted_to_its_headers_organizers(parse, host_sentence):
    """A note's header lists its organizers; a town's or a province's government its body says hosted the event
    organizes too, as analysts count a host."""
    text = ("Information Note\n\nEvent: Regional Conference on Chemical Security\nOrganizers: UNODA\n"
            "Date and Venue: 4-6 March 2024, Kolaboui, Guinea\n\nHighlights\n\n" + host_sentence +
            " Delegations from Guinea and Sierra Leone took part.\n")
    assert [o.name for o in parse(text).organizers][-1] == "Prefecture of Boké"


def test_parties_a_notes_body_adds_no_host_of_a_side_activity(parse):
    text = ("Information Note\n\nEvent: Regional Conference on Chemical Security\nOrganizers: UNODA\n"
            "Date and Venue: 4-6 March 2024, Kolaboui, Guinea\n\nHighlights\n\nThe Prefecture of Boké hosted a "
            "reception for the delegations. Delegations from Guinea and Sierra Leone took part.\n")
    assert "Prefecture of Boké" not in [o.name for o in parse(text).organizers]


def test_parties_a_town_that_served_as_the_host_city_organizes(parse):
    record = parse("The conference was organized by the Ministry of Foreign Affairs of Japan and UNODA, and Fukuchiyama "
                   "City served as the host city. Officials from Japan, Thailand and Viet Nam took part.\n")
    assert "Fukuchiyama City" in [o.name for o in record.organizers]
