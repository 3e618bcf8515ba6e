"""Tests for noteparse.events: the main event, its dates and venue, and related events.

Header notes in many label shapes, and free prose (press releases, web pages) whose event is
found from "will be held", "took place", "was held", "hosted", "convened". Every text is written
for the tests. A case the code gets wrong today is an ``xfail(strict=True)`` that says what
comes out instead.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noteparse.events import _KEY, _KEY_HEAD, NAME_RE, _name_matches, event_kind



def dates_of(record) -> tuple[str, str] | None:
    return (record.dates.start, record.dates.end) if record.dates else None


def venue_of(record) -> tuple[str | None, str | None, bool] | None:
    v = record.venue
    return (v.city, v.country_code, v.online) if v else None


def warning_codes(record) -> set[str]:
    return {w.code for w in record.warnings}


def note(*header: str, body: str = "Background\n\nThe event supported the implementation of resolution 1540 (2004).\n",
         title: str = "Information Note") -> str:
    """An Information Note with the given header lines."""
    return f"{title}\n\n" + "\n".join(header) + "\n\n" + body


# --- header notes ------------------------------------------------------------------------------

HEADERS = [
    pytest.param(note("Event: Regional Workshop on Strategic Trade Controls", "Organizers: UNRCPD",
                      "Date and Venue: 13-15 March 2012, Bangkok, Thailand", "Participants: Cambodia, Myanmar"),
                 ("2012-03-13", "2012-03-15"), ("Bangkok", "THA", False), id="event-date-and-venue"),
    pytest.param(note("Title of event: National Seminar on Export Licensing", "Organised by: OSCE",
                      "Dates and venue: 4 to 5 May 2015, Astana, Kazakhstan", "Participants: Kazakhstan"),
                 ("2015-05-04", "2015-05-05"), ("Astana", "KAZ", False), id="title-of-event-dates-and-venue"),
    pytest.param(note("Event title: Table-Top Exercise on Biological Incidents", "Organizer(s): UNODA",
                      "Date: 2 October 2018", "Venue: Amman, Jordan", "Participants: Jordan, Iraq"),
                 ("2018-10-02", "2018-10-02"), ("Amman", "JOR", False), id="separate-date-and-venue"),
    pytest.param(note("Name of the event: Outreach Meeting on Brokering Controls", "Hosted by: Government of Ghana",
                      "Dates: 21-23 February 2017", "Location: Accra, Ghana", "Participants: Ghana, Togo"),
                 ("2017-02-21", "2017-02-23"), ("Accra", "GHA", False), id="name-of-the-event-location"),
    pytest.param(note("EVENT: SUB-REGIONAL WORKSHOP ON BORDER CONTROLS", "ORGANIZERS: UNREC",
                      "DATE AND VENUE: 7-9 NOVEMBER 2017, LOMÉ, TOGO", "PARTICIPANTS: BENIN, TOGO"),
                 ("2017-11-07", "2017-11-09"), ("Lomé", "TGO", False), id="all-caps"),
    pytest.param(note("Event Title: Regional Course On Transit Controls", "Co-Organizers: OAS And UNLIREC",
                      "Venue And Dates: Lima, Peru, 3-4 June 2014", "Participants: Peru, Chile"),
                 ("2014-06-03", "2014-06-04"), ("Lima", "PER", False), id="title-case-venue-first"),
    pytest.param(note("Event\tNational Round Table on Dual-Use Goods", "Organizers\tUNODA",
                      "Date and venue\t10 December 2019, Tbilisi, Georgia", "Participants\tGeorgia"),
                 ("2019-12-10", "2019-12-10"), ("Tbilisi", "GEO", False), id="tab-no-colon"),
    pytest.param(note("Event", "National Round Table on Dual-Use Goods", "Organizers", "UNODA",
                      "Date and venue", "10 December 2019, Tbilisi, Georgia", "Participants", "Georgia"),
                 ("2019-12-10", "2019-12-10"), ("Tbilisi", "GEO", False), id="label-on-own-line"),
    pytest.param(note("**Event:** National Round Table on Dual-Use Goods", "**Organizers:** UNODA",
                      "**Date and venue:** 10 December 2019, Tbilisi, Georgia", "**Participants:** Georgia"),
                 ("2019-12-10", "2019-12-10"), ("Tbilisi", "GEO", False), id="markdown-bold-labels"),
    pytest.param(note("Event: Regional Seminar on Nuclear Security", "Organizers: IAEA",
                      "Place and date: Vienna, Austria, 28 February - 1 March 2013", "Participants: Austria"),
                 ("2013-02-28", "2013-03-01"), ("Vienna", "AUT", False), id="place-and-date-combined"),
    pytest.param(note("Event: Regional Workshop on Export Controls", "Organizers: UNRCPD",
                      "Date: 5-6 June 2019", "Venue: United Nations Conference Centre, Bangkok, Thailand",
                      "Participants: Thailand, Viet Nam"),
                 ("2019-06-05", "2019-06-06"), ("Bangkok", "THA", False), id="facility-before-city"),
    pytest.param(note("Event: Workshop on Customs Enforcement", "Organizers: WCO",
                      "Date and venue: 11-12 April 2016, Hotel Intercontinental, Tashkent, Uzbekistan",
                      "Participants: Uzbekistan"),
                 ("2016-04-11", "2016-04-12"), ("Tashkent", "UZB", False), id="hotel-before-city"),
    pytest.param(note("Event: Course on Radiation Detection", "Organizers: IAEA",
                      "Dates: 8-12 July 2013", "Venue: Vienna International Centre, Vienna, Austria",
                      "Participants: Austria"),
                 ("2013-07-08", "2013-07-12"), ("Vienna", "AUT", False), id="vic-before-city"),
    pytest.param(note("Event: Webinar on Intangible Technology Transfers", "Organizers: UNODA",
                      "Date: 8 December 2020", "Venue: Online", "Participants: Mexico, Peru"),
                 ("2020-12-08", "2020-12-08"), (None, None, True), id="online"),
    pytest.param(note("Event: Seminar on Brokering Controls", "Organizers: UNODA",
                      "Date and venue: 3 May 2021, Vienna, Austria (hybrid)", "Participants: Mexico, Peru"),
                 ("2021-05-03", "2021-05-03"), ("Vienna", "AUT", True), id="hybrid-field"),
    pytest.param(note("Event: Regional Meeting of Points of Contact", "Organizers: UNODA",
                      "Date and venue: 1, 8 and 15 December 2020, virtual", "Participants: Fiji, Samoa"),
                 ("2020-12-01", "2020-12-15"), (None, None, True), id="virtual-list-of-days"),
    pytest.param(note("Event: Consultation with the National Authority", "Organizers: 1540 Committee",
                      "Date and venue: 3 June 2021, videoconference", "Participants: Kenya"),
                 ("2021-06-03", "2021-06-03"), (None, None, True), id="videoconference"),
    pytest.param(note("Event: Peer-Review Meeting", "Organizers: UNODA",
                      "Start date: 30 September 2009", "End date: 2 October 2009", "Venue: Warsaw, Poland",
                      "Participants: Poland, Croatia"),
                 ("2009-09-30", "2009-10-02"), ("Warsaw", "POL", False), id="start-and-end-date"),
    pytest.param("Information Note\n\nEvent\nOrganizers\nDate and Venue\nRegional Table-Top Exercise\n"
                 "EU CBRN Centres of Excellence, through its Regional Secretariat (Manila)\n"
                 "5-7.VI.2023 | Bangkok, Thailand\nParticipants\nStates\nCambodia, Thailand\n",
                 ("2023-06-05", "2023-06-07"), ("Bangkok", "THA", False), id="labels-stacked-the-place-beside-its-date"),
    pytest.param(note("Event: Sub-regional Training Course", "Organizers: OAS/CICTE",
                      "Date and Venue:   17 to 21 April 2023 \u00b7 Hotel del Comahue, Av. Argentina 377, Neu-\n"
                      "                  qu\u00e9n, Argentina", "Participants: Chile, Uruguay"),
                 ("2023-04-17", "2023-04-21"), ("Neuqu\u00e9n", "ARG", False), id="a-street-on-the-dates-line-the-city-below"),
    pytest.param(note("Event: Regional Workshop on Export Controls", "Organizers: ANCEX",
                      "DATE AND VENUE:\n20-22 May 2025, Aula Magna of the University, Bulevardul Bucure\u0219ti 39,\n"
                      "Ploie\u0219ti, Prahova County, Romania", "Participants: Romania, Serbia"),
                 ("2025-05-20", "2025-05-22"), ("Ploie\u015fti", "ROU", False), id="a-street-named-after-a-city-on-the-dates-line"),
    pytest.param(note("Event: Mediterranean Conference", "Organizers: Alcantarilla City Council",
                      "Date and Venue: 4 to 6 November 2024, Centro Cultural Infanta Elena, Alcantarilla "
                      "(Regi\u00f3n de Murcia), Spain", "Participants: Spain, Malta"),
                 ("2024-11-04", "2024-11-06"), ("Alcantarilla", "ESP", False),
                 id="a-region-named-after-its-seat-in-brackets"),
    pytest.param(note("Event: National Meeting", "Organizers: Yanggu County People's Government",
                      "Date and Venue: 17-18 June 2025, Yanggu International Hotel, Yanggu County, Liaocheng,\n"
                      "Shandong Province, China", "Participants: China"),
                 ("2025-06-17", "2025-06-18"), ("Yanggu", "CHN", False), id="a-county-before-the-city-it-comes-under"),
    pytest.param(note("Event: Regional Meeting of 1540 Points of Contact", "Organizers: Jayapura Regency Government",
                      "Date and Venue\n14 - 15 August 2025\nGedung Negara, Jl. Raya Sentani, Sentani, Jayapura Regency, "
                      "Papua Province,\nIndonesia", "Participants: Indonesia, Fiji"),
                 ("2025-08-14", "2025-08-15"), ("Sentani", "IDN", False), id="an-indonesian-building-named-for-a-town"),
    pytest.param(note("Event: National Meeting of Points of Contact", "Organizers: Municipalidad de Goicoechea",
                      "Date and Venue\n11 March 2025\nSalón Comunal de Purral, Purral, Goicoechea, San José, Costa Rica",
                      "Participants: Costa Rica"),
                 ("2025-03-11", "2025-03-11"), ("Purral", "CRI", False), id="a-town-its-canton-then-its-province"),
    pytest.param(note("Event: Regional Conference on Export Controls", "Organizers: RACVIAC",
                      "Date and Venue:   30 September - 2 October 2024, Pylaia Cultural Centre, Pylaia,\n"
                      "                  Thessaloniki, Greece", "Participants: Greece, Serbia"),
                 ("2024-09-30", "2024-10-02"), ("Pylaia", "GRC", False), id="a-town-then-its-city-on-the-next-line"),
]


@pytest.mark.parametrize("text,dates,venue", HEADERS)
def test_events_header_dates_and_venue(parse, text, dates, venue):
    record = parse(text)
    assert record.document_type == "information_note"
    assert dates_of(record) == dates
    assert venue_of(record) == venue


@pytest.mark.parametrize(
    "label",
    ["Date and Venue:", "Dates and venue:", "Date & venue:", "Date/Venue:", "Date(s) and place:", "Venue and date:",
     "Location and dates:", "Place and date:", "DATE AND VENUE:", "Date and venue\t", "Date and venue  "],
)
def test_events_header_date_and_venue_label_spellings(parse, label):
    text = note("Event: Regional Workshop on Border Controls", "Organizers: OSCE",
                f"{label} 4-5 May 2015, Astana, Kazakhstan", "Participants: Kazakhstan, Kyrgyzstan")
    record = parse(text)
    assert dates_of(record) == ("2015-05-04", "2015-05-05")
    assert venue_of(record) == ("Astana", "KAZ", False)


@pytest.mark.parametrize(
    "lines,venue",
    [
        (["Format: HYBRID", "  [x] in person - Hyatt Regency Tashkent, 1A Navoi Street, Tashkent, Uzbekistan",
          "  [x] online - Interprefy platform"], ("Tashkent", "UZB", True)),
        (["Format: Hybrid", "Venue: Hyatt Regency Tashkent, Tashkent, Uzbekistan"], ("Tashkent", "UZB", True)),
        (["Venue: Tashkent, Uzbekistan", "Event format: Virtual segment for remote participants"],
         ("Tashkent", "UZB", True)),
        (["Modality: in person", "Venue: Tashkent, Uzbekistan"], ("Tashkent", "UZB", False)),
        (["Format: Round-table discussion", "Venue: Tashkent, Uzbekistan"], ("Tashkent", "UZB", False)),
        (["Format: Online"], (None, None, True)),
    ],
)
def test_events_a_format_field_says_online_or_stands_for_the_venue(parse, lines, venue):
    text = note("Event: Regional Workshop on the BWC", "Dates: 30 November - 2 December 2021", *lines,
                "Organized by: the BWC ISU")
    assert venue_of(parse(text)) == venue


@pytest.mark.parametrize("value,venue", [
    ("5-7 June 2018, Windhoek, Namibia (Safari Court), with remote connection via WebEx for delegations",
     ("Windhoek", "NAM", True)),
    ("5-7 June 2018, Windhoek, Namibia; online participation via Zoom", ("Windhoek", "NAM", True)),
    ("5-7 June 2018, online (Zoom), hosted from Windhoek", (None, None, True)),
    ("5 June 2018 (10:00-13:00 Fiji time), online (Zoom)", (None, None, True)),  # a clock's place is no venue
    ("23 June 2021, 10:00-13:30 (Washington, D.C. time), held online via Zoom", (None, None, True)),
    ("5 June 2018, 9:00 Geneva Standard Time, Windhoek, Namibia, and online", ("Windhoek", "NAM", True)),
    ("5-7 June 2018, Windhoek, Namibia, with two delegations taking part remotely", ("Windhoek", "NAM", True)),
    ("5-7 June 2018, by video link from Windhoek", (None, None, True)),
])
def test_events_a_venue_field_naming_a_place_and_then_a_platform_is_hybrid(parse, value, venue):
    text = note("Event: Sub-regional Meeting of Points of Contact", f"Date and Venue: {value}",
                "Organizers: UNODA")
    assert venue_of(parse(text)) == venue


def test_events_a_town_named_like_an_adverb_of_online_is_no_venue(parse):
    text = note("Course: Export Control Basics", "Dates: 3 May - 28 June 2021", "Delivery: Fully online (Moodle)",
                "Organizers: UNODA")
    assert venue_of(parse(text)) == (None, None, True)


def test_events_a_weekday_beside_a_place_label_is_no_town(parse):
    """A section label a newspaper sets before its date ("CITY | Thursday, 2 October 2025") reads as a venue
    field; the weekday the date leaves in it is no town."""
    record = parse("EL OBSERVADOR\n\nCITY | Thursday, 2 October 2025\n\nA regional seminar on export controls was "
                   "held on 30 September-1 October and brought together officials from Chile and Peru.\n")
    assert dates_of(record) == ("2025-09-30", "2025-10-01")
    assert record.venue is None or record.venue.city != "Thursday"


@pytest.mark.parametrize("seat", ["with headquarters in Lima", "which has its headquarters in Lima",
                                  "whose head office is in Lima, Peru", "whose office is in Lima, Peru",
                                  "which works out of Lima"])
def test_events_a_body_with_headquarters_in_a_city_does_not_place_the_event(parse, seat):
    record = parse("News\n\n2 October 2025\n\nA regional seminar on export controls was held on 30 September-1 "
                   "October. The meeting was organized by the Municipality and a United Nations disarmament centre "
                   f"{seat}.\n")
    assert record.venue is None


def test_events_an_event_field_spaced_out_letter_by_letter_is_read_as_words(parse):
    """A title field spaced out letter by letter, two spaces between its words, names the event in words."""
    record = parse(note("Event:   R e g i o n a l  S e m i n a r  o n  N u c l e a r  S e c u r i t y\n"
                        "         and Response", "Date and Venue: 18-20 April 2023, Kuopio, Finland"))
    assert record.event.name == "Regional Seminar on Nuclear Security and Response"
    assert record.event.kind == "seminar"


def test_events_a_line_over_the_fields_that_date_it_names_the_event(parse):
    text = ("2. KEY ACTIVITY OF THE WEEK\n"
            "BANGLADESH - National Tabletop Exercise on Radiological Security (resolution 1540 (2004))\n"
            "  When:        Tue 16 - Wed 17 Nov\n  Where:       Dhaka\n  Organizers:  UNRCPD\n\n"
            "- Fri 19 Nov: Staff participated in a security briefing (SMT).\n")
    event = parse(text).event
    assert (event.name, event.kind) == ("National Tabletop Exercise on Radiological Security", "exercise")


def test_events_forum_member_countries_are_no_forum(parse):
    text = ("TWENTY-NINE OFFICIALS FROM TEN FORUM MEMBER COUNTRIES HAVE COMPLETED A THREE-DAY REGIONAL TRAINING "
            "COURSE ON STRATEGIC TRADE CONTROLS, HELD IN SUVA, FIJI FROM 1 TO 3 JULY 2024.\n")
    assert parse(text).event.kind == "course"


@pytest.mark.parametrize("text", [
    "Xi'an, Oct. 17, 2023 (Reporter Zhang Rui) -- The 2nd China-Central Asia Seminar on Export Control opened on "
    "the 16th in Xi'an. The seminar is sponsored by MOFCOM and lasts for 3 days.\n",
    "Xi'an, Oct. 17 (Reporter Zhang Rui) -- The 2nd China-Central Asia Seminar on Export Control opened on the 16th "
    "in Xi'an. The seminar is sponsored by MOFCOM and lasts for 3 days.\n\nEditor: Wang Li\n2023-10-17 20:41:05\n",
], ids=["dateline-with-year", "year-in-the-closing-stamp"])
def test_events_a_news_agencys_day_of_the_month_and_how_long_it_lasts(parse, text):
    assert dates_of(parse(text)) == ("2023-10-16", "2023-10-18")


def test_events_the_16th_far_from_a_dateline_is_no_date(parse):
    text = "The seminar on export controls will open on the 16th in Xi'an, as planned.\n"
    assert parse(text).dates is None


def test_events_a_hotel_named_head_first_sends_the_venue_to_the_dateline(parse):
    text = ("DAKAR \u2014 Officials wrapped up a seminar in the Senegalese capital on Wednesday.\n\n"
            "The seminar, held from 17 to 19 November 2008 at the H\u00f4tel M\u00e9ridien Pr\u00e9sident, was "
            "organised by UNODA.\n")
    assert venue_of(parse(text)) == ("Dakar", "SEN", False)


@pytest.mark.parametrize("heading", ["NEXT", "Next steps", "Upcoming events", "Looking ahead"])
def test_events_a_date_in_a_follow_up_section_is_a_later_events(parse, heading):
    text = ("REGIONAL EXERCISE ISTMO 2022\n\nKEY FIGURES\n  4   days of exercise (24\u201327 Oct. 2022)\n\n"
            f"{heading}\n\nA regional workshop on lessons learned will be held in Lima, Peru, on 6\u20138 March 2023, "
            "organized by the OPCW.\n")
    assert dates_of(parse(text)) == ("2022-10-24", "2022-10-27")


def test_events_a_documents_caption_date_is_not_the_events(parse):
    text = ("UNITED NATIONS DISPUTE TRIBUNAL\n\nCase No.:    UNDT/NBI/2025/041\nJudgment No.: UNDT/2026/017\n"
            "Date:        12 February 2026\nOriginal:    English\n\nFacts\n\n2. The Workshop was organized by "
            "UNODA and took place in Djibouti City, Djibouti, from 3 to 5 June 2025.\n")
    record = parse(text)
    assert dates_of(record) == ("2025-06-03", "2025-06-05")
    assert [o.text for o in record.organizers] == ["UNODA"]


def test_events_a_news_pages_date_beside_posted_is_not_the_events(parse):
    text = ("Teams practice stopping WMD cargo at sea\n\nStory by Jessica Ramos\nDate: 08.31.2018\n"
            "Posted: 08.31.2018 04:12\nNews ID: 291847\n\nMANILA, Philippines \u2014 The Maritime WMD Interdiction "
            "Exercise, co-hosted by the Philippine Coast Guard, ran Aug. 27-30 at its headquarters in Manila.\n")
    assert dates_of(parse(text)) == ("2018-08-27", "2018-08-30")


def test_events_a_newspapers_published_line_with_a_bar_after_the_weekday_dates_the_note(parse):
    text = ("LETTERS\n\nPublished: Tuesday | May 21, 2024\n\nThe mandate was renewed by resolution 2663 of 2022. "
            "The delegation visited Kingston from May 13 to 15.\n")
    assert dates_of(parse(text)) == ("2024-05-13", "2024-05-15")


def test_events_a_pages_published_line_under_its_from_line_dates_the_note(parse):
    """A government page's "From: Department …" and "Published on: …" lines look like a memo's fields;
    the published date still dates the page, and the relative days with it."""
    text = ("gov.ie\n\nFrom: Department of the Environment, Climate and Communications\nPublished on: 30 September "
            "2022\nLast updated on: 30 September 2022\n\nIrish agencies take part in exercise\n\nThe table-top "
            "exercise, which ran from Tuesday to Thursday, was organised by the IAEA.\n")
    assert dates_of(parse(text)) == ("2022-09-27", "2022-09-29")


def test_events_a_resolutions_year_on_the_next_line_gives_no_year_to_a_date_without_one(parse):
    """"resolution 1540\\n(2004)" dates the resolution; 3 February 2004 was a Tuesday too, so the
    weekday cannot tell."""
    text = note("Event: Visit of the 1540 Committee to Viet Nam",
                "Organizers: Security Council Committee established pursuant to resolution",
                "            1540 (2004); Government of Viet Nam",
                "Date and venue: From Tuesday 3 until Thursday 5 February, Hanoi, Viet Nam",
                body="Objectives\n\n- To discuss the implementation of resolution 1540\n  (2004).\n\nBackground\n\n"
                     "The visit was included in the Committee's programme of work for 2026.\n")
    assert dates_of(parse(text)) == ("2026-02-03", "2026-02-05")


@pytest.mark.parametrize("cited", ["repeated resolution 1977 and its action plans", "recalled resolutions 1540, 1810 and 1977"])
def test_events_a_resolutions_number_gives_no_year_to_a_date_without_one(parse, cited):
    text = (f"Welcome to the course in Encarnaci\u00f3n, which opened on 19 August 2013. Our expert {cited}. "
            "The course report will be sent by 30 September.")
    record = parse(text)
    assert "1977" not in " ".join(w.message for w in record.warnings)
    assert all(not e.dates or e.dates.start[:4] != "1977" for e in record.related_events)
    assert not record.dates or record.dates.start[:4] == "2013"


def test_events_format_in_running_text_is_no_label(parse):
    """A line of prose that opens with "format:" is the sentence going on, not a field."""
    text = ("The Dialogue convened by UNIDIR from 28 November to 2 December 2022 was held in a hybrid\n"
            "format: about 70 participants attended in person at the Palais des Nations in Geneva.\n")
    assert venue_of(parse(text)) == ("Geneva", "CHE", True)


@pytest.mark.parametrize("later", [
    "The Mongolian delegation took part online, and the hybrid set-up worked almost without a hitch.",
    "The delegations of Georgia and Ukraine participated remotely.",
    "The South Sudan delegation joined every session on Webex.",
    "Some twenty-five participants gathered around the table, and another dozen joined online.",
    "Forty officers are attending in person, with other delegations joining virtually.",
    "About 150 people attended on site and around 90 more joined online.",
    "Around 140 participants attended in person while about 60 others followed the sessions via Zoom.",
    "The sessions were also livestreamed, drawing about 600 online viewers.",
    "The exercise was also streamed live on Microsoft Teams for officials in the provinces.",
    "Thirty are attending in person, with some delegations and international experts following the proceedings online.",
    "Many other participants joined the sessions virtually.",
    "The sessions were also streamed online for companies that could not travel.",
    "It met at the Central Hall, in person and online.",
    "Forty attended in person, while representatives of Kyrgyzstan followed the discussions by videoconference.",
])
def test_events_delegations_that_joined_from_afar_make_the_event_hybrid(parse, later):
    text = ("From Monday 9 until Wednesday 11 March 2026, the OSCE ran a regional table-top exercise in Tashkent.\n\n"
            f"Officers from Kazakhstan and Uzbekistan took part. {later}\n")
    assert venue_of(parse(text)) == ("Tashkent", "UZB", True)


@pytest.mark.parametrize("later", ["A second 1540 Committee expert joined remotely on day 3.",
                                   "Two 1540 Committee experts (participating online and in person) presented."])
def test_events_an_expert_who_joined_from_afar_does_not_make_the_event_hybrid(parse, later):
    """A speaker on a screen is not a delegation: the event in its place stays in person."""
    text = ("From Monday 9 until Wednesday 11 March 2026, the OSCE ran a regional table-top exercise in Tashkent.\n\n"
            f"Officers from Kazakhstan and Uzbekistan took part. {later}\n")
    assert venue_of(parse(text)) == ("Tashkent", "UZB", False)


def test_events_a_mails_venue_is_confirmed_at_names_the_events_place(parse):
    text = ("Subject: RE: Kampala workshop - logistics\n\nDear Peter,\n\nWe had delegations from Kenya and Uganda "
            "with us in the room at Munyonyo over the three days, March 10 through 12, 2026.\n\n"
            "> Venue is confirmed at Speke Resort Munyonyo, Kampala, plenary hall B.\n")
    assert venue_of(parse(text)) == ("Kampala", "UGA", False)


def test_events_a_scripts_capitals_the_city_this_week_and_the_days_it_opened_and_wraps_up(parse):
    """A TV news script: its caption's "DATE:" is the script's; the lead's city "this week" is the
    event's; "THE GABONESE GOVERNMENT AS HOST" and "THEIR GABONESE COUNTERPARTS" are Gabon's."""
    text = ("SLUG: GABON-CBRN EXERCISE\nDATE: 30/09/2025     SHOW: EVENING NEWS 20H     WRITER: M. NDONG\n\n"
            "[ANCHOR ON CAM]\nIT IS ONLY A DRILL -- BUT IT IS BEING TAKEN VERY SERIOUSLY IN LIBREVILLE THIS WEEK.\n\n"
            "[VO]\nTHE FOUR-DAY TABLE-TOP EXERCISE OPENED ON MONDAY (SEPT 29) AT THE CITE DE LA DEMOCRATIE.\n"
            "IT IS ORGANISED BY ECCAS AND UNREC, WITH THE GABONESE GOVERNMENT AS HOST.\n"
            "DELEGATIONS FROM CAMEROON AND CHAD ARE WORKING ALONGSIDE THEIR GABONESE COUNTERPARTS.\n")
    record = parse(text)
    assert dates_of(record) == ("2025-09-29", "2025-10-02")
    assert venue_of(record) == ("Libreville", "GAB", False)
    assert [o.acronym or o.name for o in record.organizers] == ["ECCAS", "UNREC", "Government of Gabon"]
    assert {s.code for s in record.participants.states} == {"CMR", "TCD", "GAB"}


def test_events_a_press_conference_on_the_opening_day_dates_and_places_the_course(parse):
    """"from today, Monday, until Wednesday 1 October" runs from the dateline's day to that date; the
    States "whose colleagues are following the course online" make it hybrid, in the dateline's city."""
    text = ("Press conference by the Ambassador on the opening of the training course\n\n"
            "Nouakchott, 29 September 2025\n\nAMBASSADOR: I have just come from the opening ceremony of the "
            "training course that brings together, from today, Monday, until Wednesday 1 October, officers from "
            "Mauritania, Senegal, and Chad and Niger, whose colleagues are following the course online because "
            "they could not travel.\n")
    record = parse(text)
    assert dates_of(record) == ("2025-09-29", "2025-10-01")
    assert venue_of(record) == ("Nouakchott", "MRT", True)


def test_events_of_two_events_told_alike_the_one_the_text_goes_on_about_is_the_event(parse):
    """A national report's paragraphs: a workshop its officials attended, then the exercise the State
    hosted, which the next sentences speak of as "The exercise"."""
    text = ("40. Officials of the Ministry of Foreign Affairs took part in the regional legislative drafting workshop "
            "organised by UNRCPD in Suva, Fiji, from 16 to 18 April 2024.\n\n41. From 2 to 4 September 2025, "
            "Solomon Islands hosted in Honiara the Pacific Regional Table-Top Exercise. The exercise was organised by "
            "UNRCPD. Delegations from Fiji and Tonga took part.\n\n42. The exercise allowed the police to practise "
            "a joint response.\n")
    record = parse(text)
    assert dates_of(record) == ("2025-09-02", "2025-09-04")
    assert venue_of(record) == ("Honiara", "SLB", False)


def test_events_a_rapporteurs_numbered_days_are_the_events_first_and_last(parse):
    """No sentence dates the conference as held; its days are dated by their number. "When we met in
    Lima in November 2023" is another meeting."""
    text = ("Closing plenary \u2013 Report of the Rapporteur\n\nAllow me first to thank our hosts for organizing here "
            "in Montevideo this Regional Conference on Biosecurity.\n\nOn the first day, Tuesday 3 March, delegations "
            "presented their national frameworks.\n\nOn Wednesday, our second day, we turned to laboratories.\n\n"
            "Today, Thursday 5 March, our third day, was about enforcement.\n\nMadam Chair, when we met in Lima in "
            "November 2023 we spoke of chemical security; this week we spoke of biology. The written report will "
            "follow in April 2026.\n")
    record = parse(text)
    assert dates_of(record) == ("2026-03-03", "2026-03-05")
    assert venue_of(record) == ("Montevideo", "URY", False)


def test_events_this_is_the_second_webinar_so_the_first_webinars_date_is_anothers(parse):
    text = ("Webinar: Developing National Action Plans for resolution 1540 (2004)\n\n\U0001f4c5 Tuesday, 14 October 2025\n"
            "\U0001f559 10:00 \u2013 12:30 CEST (Vienna) | 13:00 \u2013 15:30 Astana\n\U0001f4cd Online (Zoom).\n\n"
            "The OSCE and UNODA invite officials to a webinar on national action plans.\n\n"
            "This is the second webinar in the series. Recordings and presentations of the first webinar (3 June "
            "2025, \"Reviewing legislation\") are available.\n")
    assert dates_of(parse(text)) == ("2025-10-14", "2025-10-14")


def test_events_a_slides_title_block_over_three_lines_dates_its_event(parse):
    text = ("--- Slide 1 ---\nWebinar on National Reporting in Implementing Resolution 1540 (2004)\n"
            "for Pacific Island States\nUNRCPD | Pacific Islands Forum Secretariat\n25 November 2025 \u00b7 Online (Zoom)\n\n"
            "--- Slide 7 ---\nNext steps\n\u2022 Draft national report updates \u2192 by 31 March 2026\n\n"
            "Speaker notes:\nSend slides + recording link by 28 November.\n")
    record = parse(text)
    assert dates_of(record) == ("2025-11-25", "2025-11-25")
    assert venue_of(record) == (None, None, True)


def test_events_a_place_before_the_date_across_a_padded_middle_dot(parse):
    text = ("Caribbean 1540 Conference 2025\nNassau, The Bahamas  \u00b7  Oct 28 \u2013 30, 2025  \u00b7  Baha Mar "
            "Convention Centre\nHosted by the Government of The Bahamas with UNLIREC\n")
    record = parse(text)
    assert dates_of(record) == ("2025-10-28", "2025-10-30")
    assert venue_of(record) == ("Nassau", "BHS", False)


def test_events_a_hybrid_set_up_that_was_dropped_leaves_the_event_in_its_place(parse):
    text = ("From Monday 9 until Wednesday 11 March 2026, the OSCE ran a regional table-top exercise in Tashkent.\n\n"
            "The hybrid set-up was dropped a week before.\n")
    assert venue_of(parse(text)) == ("Tashkent", "UZB", False)


@pytest.mark.parametrize(
    "date_label,venue_label",
    [("Date:", "Venue:"), ("Dates:", "Place:"), ("Date(s):", "Location:"), ("DATES:", "VENUE:"), ("When:", "Where:"),
     ("Period:", "City:")],
)
def test_events_header_separate_date_and_venue_labels(parse, date_label, venue_label):
    text = note("Event: Regional Workshop on Border Controls", "Organizers: OSCE", f"{date_label} 4-5 May 2015",
                f"{venue_label} Astana, Kazakhstan", "Participants: Kazakhstan, Kyrgyzstan")
    record = parse(text)
    assert dates_of(record) == ("2015-05-04", "2015-05-05")
    assert venue_of(record) == ("Astana", "KAZ", False)


@pytest.mark.parametrize(
    "text,name,kind",
    [
        (note("Event: Regional Workshop on Strategic Trade Controls", "Organizers: UNRCPD",
              "Date and venue: 13-15 March 2012, Bangkok, Thailand"),
         "Regional Workshop on Strategic Trade Controls", "workshop"),
        (note("TITLE OF EVENT: NATIONAL SEMINAR ON EXPORT LICENSING", "ORGANIZERS: OSCE",
              "DATES AND VENUE: 4-5 MAY 2015, ASTANA, KAZAKHSTAN"),
         "NATIONAL SEMINAR ON EXPORT LICENSING", "seminar"),
        (note("Event: Table-Top Exercise on Biological Incidents", "Organizers: UNODA", "Date: 2 October 2018"),
         "Table-Top Exercise on Biological Incidents", "exercise"),
        (note("Event: Webinar on Intangible Technology Transfers", "Organizers: UNODA", "Date: 8 December 2020"),
         "Webinar on Intangible Technology Transfers", "webinar"),
        (note("Event: Country Visit to Malawi", "Organizers: 1540 Committee", "Date: 8-9 May 2018"),
         "Country Visit to Malawi", "visit"),
        (note("Event: High-Level Roundtable on Resolution 1540", "Organizers: UNODA", "Date: 8 May 2018"),
         "High-Level Roundtable on Resolution 1540", "roundtable"),
        (note("Event: Training Course for Customs Officers", "Organizers: WCO", "Date: 8 May 2018"),
         "Training Course for Customs Officers", "course"),
    ],
)
def test_events_header_event_name_and_kind(parse, text, name, kind):
    record = parse(text)
    assert (record.event.name, record.event.kind) == (name, kind)


# --- free prose --------------------------------------------------------------------------------

PROSE = [
    pytest.param("A national workshop on the implementation of resolution 1540 (2004) will be held in Windhoek, "
                 "Namibia, from 7 to 9 November 2017.\n",
                 ("2017-11-07", "2017-11-09"), ("Windhoek", "NAM", False), id="will-be-held"),
    pytest.param("The Regional Seminar on Transit and Trans-shipment Controls took place in Panama City, Panama, "
                 "on 14-15 June 2016. Officials from ten Central American States attended.\n",
                 ("2016-06-14", "2016-06-15"), ("Panama City", "PAN", False), id="took-place"),
    pytest.param("A table-top exercise on biological incidents was held at the Grand Hyatt Hotel in Amman, Jordan, "
                 "on 2 October 2018.\n",
                 ("2018-10-02", "2018-10-02"), ("Amman", "JOR", False), id="was-held-hotel"),
    pytest.param("The Government of Mongolia hosted a regional workshop on border security in Ulan Bator, Mongolia, "
                 "on August 14 and 15, 2019.\n",
                 ("2019-08-14", "2019-08-15"), ("Ulaanbaatar", "MNG", False), id="hosted-american-dates"),
    pytest.param("UNODA convened a virtual meeting of national points of contact on 8 December 2020.\n",
                 ("2020-12-08", "2020-12-08"), (None, None, True), id="convened-virtual"),
    pytest.param("The training course took place online from 2nd\u20134th May 2015, with 40 licensing officers.\n",
                 ("2015-05-02", "2015-05-04"), (None, None, True), id="took-place-online"),
    pytest.param("The seminar was held in Accra, Ghana, and online on 3 May 2021.\n",
                 ("2021-05-03", "2021-05-03"), ("Accra", "GHA", True), id="place-and-online"),
    pytest.param("UNODA held a hybrid meeting in Lima, Peru, on 3 May 2021.\n",
                 ("2021-05-03", "2021-05-03"), ("Lima", "PER", True), id="hybrid-meeting"),
    pytest.param("The seminar was held online on 3 May 2021 instead of in Accra, Ghana.\n",
                 ("2021-05-03", "2021-05-03"), (None, None, True), id="online-instead-of-place"),
    pytest.param("Last week, from 30 September \u2013 2 October 2009, a peer-review meeting was held in Zagreb, "
                 "Croatia.\n",
                 ("2009-09-30", "2009-10-02"), ("Zagreb", "HRV", False), id="date-before-trigger"),
    pytest.param("On 3 June 2014 the Government of Peru held a seminar on export controls in Lima, Peru.\n",
                 ("2014-06-03", "2014-06-03"), ("Lima", "PER", False), id="held-active"),
    pytest.param("The workshop on resolution 2325 (2016) was held in Nairobi, Kenya, in March 2017.\n",
                 ("2017-03-01", "2017-03-31"), ("Nairobi", "KEN", False), id="month-precision"),
    pytest.param("The U.S. Department of State, in partnership with the Government of Mexico, organized a seminar in "
                 "Mexico City, Mexico, on 2 August 2016.\n",
                 ("2016-08-02", "2016-08-02"), ("Mexico City", "MEX", False), id="in-partnership-with-government"),
    pytest.param("The seminar was organized in cooperation with the Government of Chile in Santiago, Chile, on "
                 "4 May 2015.\n",
                 ("2015-05-04", "2015-05-04"), ("Santiago", "CHL", False), id="in-cooperation-with-government"),
    pytest.param("UNODA held a national workshop on 12 and 13 March 2019 in the Jordanian capital.",
                 ("2019-03-12", "2019-03-13"), ("Amman", "JOR", False), id="the-capital-by-adjective"),
    pytest.param("Experts gathered at the Vienna International Centre on 14 June 2018 for a technical meeting.",
                 ("2018-06-14", "2018-06-14"), ("Vienna", "AUT", False), id="city-opening-a-facility-name"),
    pytest.param("On 6 and 7 November 2019 the EU held a regional conference at the Hyatt Regency Tashkent.",
                 ("2019-11-06", "2019-11-07"), ("Tashkent", "UZB", False), id="city-ending-a-hotel-name"),
    pytest.param("Zambia held a national workshop on 3 October 2017 at the Avani Victoria Falls Resort in Livingstone.",
                 ("2017-10-03", "2017-10-03"), ("Livingstone", "ZMB", False), id="a-city-inside-a-resort-name"),
    pytest.param("From 9 to 11 June 2026, Brunei Darussalam welcomed to Bandar Seri Begawan the Regional Conference on "
                 "Strategic Trade Management.", ("2026-06-09", "2026-06-11"), ("Bandar Seri Begawan", "BRN", False),
                 id="a-state-after-the-date-is-the-subject-welcoming-to-a-city"),
    pytest.param("Experts from Fiji and Samoa travelled to Suva for the regional workshop held on 9-11 June 2026.",
                 ("2026-06-09", "2026-06-11"), ("Suva", "FJI", False), id="travelled-to"),
    pytest.param("1/7 An Ivorian delegation, which left Abidjan on Tuesday\n24 June, is taking part today in Kumasi "
                 "(#Ghana) in the sub-regional roundtable on resolution 1540 (2004). \U0001f9f5\n9:02 AM \u00b7 Jun 26, 2025\n",
                 ("2025-06-26", "2025-06-26"), ("Kumasi", "GHA", False), id="a-delegations-departure-is-no-event-day"),
    pytest.param("We look forward to welcoming the participants of the workshop to Riga on 10-12 March 2026.",
                 ("2026-03-10", "2026-03-12"), ("Riga", "LVA", False), id="welcoming-the-participants-of-the-workshop-to"),
]


@pytest.mark.parametrize("text,dates,venue", PROSE)
def test_events_prose_main_event_dates_and_venue(parse, text, dates, venue):
    record = parse(text)
    assert record.document_type == "free_text"
    assert dates_of(record) == dates
    assert venue_of(record) == venue


@pytest.mark.parametrize(
    "text,kind",
    [
        ("A national workshop on export controls will be held in Windhoek, Namibia, on 7 November 2017.\n",
         "workshop"),
        ("The seminar took place in Lima, Peru, on 3 June 2014.\n", "seminar"),
        ("A table-top exercise was held in Amman, Jordan, on 2 October 2018.\n", "exercise"),
        ("The national TTX on the action plan took place in Tbilisi, Georgia, on 14-16 May 2019.\n", "exercise"),
        ("The national seminar opened on 21 August 2018 at the Ministry of Foreign Affairs in Asunci\u00f3n.\n",
         "seminar"),
        ("UNODA convened a webinar on 8 December 2020.\n", "webinar"),
        ("The Committee conducted a visit to Malawi on 8-9 May 2018.\n", "visit"),
        pytest.param("Ahead of the Nuclear Security Summit, the Government of Kazakhstan hosted a regional seminar in "
                     "Astana, Kazakhstan, on 14 October 2014.\n", "seminar"),
        pytest.param("Officials met at the African Union Conference Centre in Addis Ababa, Ethiopia, on 22 February "
                     "2022 for a regional workshop.\n", "workshop", id="conference-centre-is-a-place"),
        pytest.param("The event, held at the Peacekeeping Training Centre in Accra, Ghana, on 26 March 2019, was a "
                     "seminar on border controls.\n", "seminar", id="training-centre-is-a-place"),
        pytest.param("UNRCPD, in partnership with the Pacific Islands Forum Secretariat and the Verification Research, "
                     "Training and Information Centre, organized a regional workshop in Nadi, Fiji, on 24 September "
                     "2018.\n", "workshop", id="event-words-in-bodies-names"),
        pytest.param("On 30 April 2019 UNODA convened a briefing for the Permanent Missions to the United Nations of "
                     "twelve Pacific Island States in New York.\n", "meeting", id="permanent-missions-are-bodies"),
        pytest.param("A mission of the Committee visited Ghana on 3 May 2019.\n", "visit", id="a-mission-is-a-visit"),
        pytest.param("Blog\n\nNotes from a tabletop exercise in Sarajevo\n\nI have taken part in many workshops, but few "
                     "as intense as the one I attended in Sarajevo from 30 September to 2 October 2025.\n", "exercise",
                     id="plural-workshops-are-a-class"),
        pytest.param("A series of workshops was held in Sarajevo from 30 September to 2 October 2025.\n", "workshop",
                     id="plural-workshops-alone"),
    ],
)
def test_events_prose_event_kind(parse, text, kind):
    assert parse(text).event.kind == kind


@pytest.mark.parametrize("name,kind", [
    ("Peer Review between Colombia and Peru", "meeting"), ("Peer-Review Meeting of Officials", "meeting"),
    ("Regional Round Table on Export Controls", "roundtable"), ("Table-Top Exercise on Bio-Incidents", "exercise"),
    ("Regional STCE Training Workshop", "workshop"), ("Training Course on Licensing", "course"),
    ("Workshop on Training of Trainers", "workshop"),
])
def test_events_kind_of_a_named_event(name, kind):
    assert event_kind(name) == kind


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Regional Seminar on Transit and Trans-shipment Controls took place in Panama City, Panama, on "
         "14-15 June 2016.\n", "Regional Seminar on Transit and Trans-shipment Controls"),
        ("UNRCPD organized the National Workshop on Strategic Trade Management in Dhaka, Bangladesh, on "
         "3-4 May 2018.\n", "National Workshop on Strategic Trade Management"),
        ("From 13 to 17 November 2017, the World Customs Organization (WCO) conducted a Regional Strategic Trade "
         "Control Enforcement (STCE) Training Workshop in Tbilisi, Georgia.\n",
         "Regional Strategic Trade Control Enforcement (STCE) Training Workshop"),
        ("On 18 October 2023 the Sub-regional Workshop on Resolution 1540 for ECOWAS Member States closed today in "
         "Accra.\n", "Sub-regional Workshop on Resolution 1540 for ECOWAS Member States"),
    ],
)
def test_events_prose_event_name(parse, text, name):
    assert parse(text).event.name == name


@pytest.mark.parametrize(
    "body,dates",
    [
        ("Highlights\n\nThe workshop was held between 12 and 14 June 2018 at the Rixos hotel.\n",
         ("2018-06-12", "2018-06-14")),
        ("Highlights\n\nA preparatory meeting had been held on 2 June 2018 in Astana.\n",
         ("2018-06-01", "2018-06-30")),  # another event's day: the header's month stands
        ("Highlights\n\nThe workshop was held on 12-14 July 2018.\n",
         ("2018-06-01", "2018-06-30")),  # not in the header's month: the header stands
    ],
)
def test_events_a_header_month_is_narrowed_to_the_days_the_body_gives(parse, body, dates):
    record = parse(note("Event: Regional workshop on export controls", "Venue and date: Almaty, June 2018",
                        body=body))
    assert dates_of(record) == dates


@pytest.mark.parametrize("text,dates", [
    ("Over two days in April 2025 \u2013 Monday the 21st and Tuesday the 22nd \u2013 officials met in Kuwait City for a "
     "conference.\n", ("2025-04-21", "2025-04-22")),
    ("The conference met in Kuwait City in April 2025 (the 3rd to the 5th).\n", ("2025-04-03", "2025-04-05")),
    ("The conference met in Kuwait City in April 2025, and again in May.\n", ("2025-04-01", "2025-04-30")),
])
def test_events_a_month_narrowed_to_the_days_written_after_it(parse, text, dates):
    assert dates_of(parse(text)) == dates


@pytest.mark.parametrize("opening, state, venue", [
    ("Still thinking about last week in Dili.", "Timor-Leste", ("Dili", "TLS", False)),
    ("Still thinking about last week in Nairobi, and the port visit in Mombasa.", "Kenya", (None, "KEN", False)),
])
def test_events_a_visit_to_a_state_is_in_the_one_city_of_it_the_text_names(parse, opening, state, venue):
    record = parse(f"{opening}\n\nFrom Tuesday 2 to Thursday 4 December 2025 I accompanied the 1540 Committee on its "
                   f"visit to {state}.\n")
    assert venue_of(record) == venue
    assert ("city_from_text" in {w.code for w in record.warnings}) == (venue[0] is not None)


def test_events_an_event_said_to_be_in_a_city_places_it_when_nothing_else_does(parse):
    """"nominated for a week-long course in Georgetown": a testimonial's one place for its event
    (warned); "the follow-up course in Port of Spain" is another event's."""
    record = parse("Alumni voices\n\nPosted 16 February 2026\n\nSome of us met again at the follow-up course in Port "
                   "of Spain. When I was nominated for a week-long course in Georgetown, I was glad. What I got, from "
                   "the 9th to the 13th of June last year, was the most useful training of my career.\n")
    assert venue_of(record) == ("Georgetown", "GUY", False)
    assert "venue_from_event_phrase" in warning_codes(record)


@pytest.mark.parametrize("text, venue", [
    ("Channel topic: Western Balkans TTX on CBRN trafficking \u2013 Tirana + Zoom \u2013 Tue 10 to Thu 12 March 2026\n\n"
     "opening starting, full house\n", ("Tirana", "ALB", True)),  # a place "+ Zoom": that place, and online
    ("That's a wrap! Thanks all: 3 days of the table-top exercise, 10 to 12 March 2026, 6 delegations.\n\n"
     "Faleminderit to everyone! Tirana was happy to host.\n", ("Tirana", "ALB", False)),  # nothing else places it
])
def test_events_a_chats_place_plus_zoom_or_a_city_glad_to_host(parse, text, venue):
    assert venue_of(parse(text)) == venue


def test_events_a_visit_to_a_state_that_takes_place_in_its_city_in_a_sentence_naming_a_resolution(parse):
    """"the visit to Burundi of the Committee established pursuant to resolution 1540 (2004), which takes
    place in Bujumbura from Monday 9 to Wednesday 11 March": the resolution's bracketed year dates no
    other event, and the year the memo's date gives is the visit's."""
    record = parse("TO: The Minister\nFROM: Director-General\nDATE: 2 March 2026\nSUBJECT: Visit of the 1540 "
                   "Committee to Burundi\n\n1. This memorandum briefs you on the visit to Burundi of the Security "
                   "Council Committee established pursuant to resolution 1540 (2004), which takes place in Bujumbura "
                   "from Monday 9 to Wednesday 11 March.\n")
    assert venue_of(record) == ("Bujumbura", "BDI", False)


# --- datelines and publication dates ----------------------------------------------------------

DATELINES = [
    pytest.param("THE HAGUE, Netherlands \u2013 24 September 2019 \u2013 The OPCW hosted a course for customs "
                 "officers from African States in Nairobi, Kenya, from 16 to 20 September 2019.\n",
                 ("2019-09-16", "2019-09-20"), ("Nairobi", "KEN", False), id="the-hague-dash"),
    pytest.param("KATHMANDU \u2013 The United Nations Regional Centre for Peace and Disarmament in Asia and the "
                 "Pacific organized a national workshop in Dhaka, Bangladesh, on 3-4 April 2019.\n",
                 ("2019-04-03", "2019-04-04"), ("Dhaka", "BGD", False), id="kathmandu-dash"),
    pytest.param("KATHMANDU, 10 April 2019 \u2013 A national workshop on strategic trade was held in Dhaka, "
                 "Bangladesh, on 3-4 April 2019.\n",
                 ("2019-04-03", "2019-04-04"), ("Dhaka", "BGD", False), id="kathmandu-comma-date"),
    pytest.param("Bruxelles, 16/08/2019\n\nThe EU and UNODA held a seminar on brokering controls in Accra, Ghana, "
                 "on 6-7 August 2019.\n",
                 ("2019-08-06", "2019-08-07"), ("Accra", "GHA", False), id="bruxelles-numeric"),
    pytest.param("VIENNA, 2 March 2021 (UNODA) \u2013 A regional webinar on export controls took place on "
                 "25 February 2021.\n",
                 ("2021-02-25", "2021-02-25"), (None, None, True), id="vienna-online"),
    pytest.param("Published: 12 May 2016\n\nA sub-regional workshop was held in Cairo, Egypt, on 3-5 May 2016.\n",
                 ("2016-05-03", "2016-05-05"), ("Cairo", "EGY", False), id="published-line"),
    pytest.param("12 May 2016\n\nA sub-regional workshop was held in Cairo, Egypt, on 3-5 May 2016.\n",
                 ("2016-05-03", "2016-05-05"), ("Cairo", "EGY", False), id="bare-date-line"),
    pytest.param("THE HAGUE, Netherlands \u2014 25 June 2021 \u2014 Customs officials completed this week a three-part online "
                 "series organised by the OPCW.\n\nSession 1 \u2014 Tuesday, 8 June 2021: Schedules\nSession 2 \u2014 "
                 "Tuesday, 15 June 2021: Risk\n", ("2021-06-08", "2021-06-15"), (None, None, True), id="online-under-a-dateline"),
    pytest.param("Asunci\u00f3n, 18 of October of 2019.-\n\nFrom the 14 to the 16 of October of the current year was "
                 "carried out in this capital the National Seminar, organized by the Ministry of Foreign Affairs.\n",
                 ("2019-10-14", "2019-10-16"), ("Asunci\u00f3n", "PRY", False), id="in-this-capital"),
    pytest.param("Asunci\u00f3n, June 12 of 2025\n\nThe Ministry communicates that, from Tuesday 10 to Thursday 12 of "
                 "June of the current year, it was realized in our capital the Regional Workshop, organized by UNLIREC.\n",
                 ("2025-06-10", "2025-06-12"), ("Asunci\u00f3n", "PRY", False), id="in-our-capital"),
    pytest.param("RADIO POLYNESIA\nBroadcast: Thursday 24 August 2023, 07:35\n\nHOST (LEILANI TUALA): ... and now "
                 "to something heavier. Here in Apia on Tuesday and Wednesday this week, officials from around the region "
                 "sat down, some in the room and some on a screen, to talk about weapons of mass destruction.\n",
                 ("2023-08-22", "2023-08-23"), ("Apia", "WSM", False), id="a-broadcasts-date-and-days-of-its-week"),
    pytest.param("SAMOA OBSERVER\nWednesday 14 August 2019\n\nThe three-day workshop, which opened yesterday at the "
                 "Taumeasina Island Resort in Apia and concludes tomorrow, is organised by UNRCPD.\n",
                 ("2019-08-13", "2019-08-15"), ("Apia", "WSM", False), id="masthead-weekday-and-relative-range"),
    pytest.param("Event Summary: Mekong Workshop\nBy the Partnerships in Security Team \u00b7 December 9, 2019\n\nThe "
                 "Center convened a workshop in Phnom Penh, Cambodia.\n\nAGENDA\n\nDay 1 \u2014 Tuesday, 12 November 2019\n"
                 "Opening\n\nDay 2 \u2014 Wednesday, 13 November 2019\nClosing\n",
                 ("2019-11-12", "2019-11-13"), ("Phnom Penh", "KHM", False), id="byline-and-agenda-days"),
    pytest.param("Five questions on the regional meeting\n\nPublished in the OSCE newsletter \"Security Community "
                 "Bulletin\", Vienna, 9 December 2024\n\nLate last month, on the 25th and 26th, points of contact met in "
                 "Ljubljana, with two delegations connecting by video link.\n",
                 ("2024-11-25", "2024-11-26"), ("Ljubljana", "SVN", True), id="published-where-and-days-of-last-month"),
]


@pytest.mark.parametrize("text,dates,venue", DATELINES)
def test_events_dateline_is_not_the_event(parse, text, dates, venue):
    record = parse(text)
    assert dates_of(record) == dates
    assert venue_of(record) == venue


# --- dates and places a press release gives by its dateline ---------------------------------------

RELATIVE_TO_DATELINE = [
    pytest.param("VIENNA, 12 May 2021 \u2013 Officials gathered yesterday at the Hofburg in Vienna for a one-day "
                 "seminar on export controls. Delegations reported progress since the last regional meeting, which "
                 "took place in Belgrade in October 2019.\n",
                 ("2021-05-11", "2021-05-11"), ("Vienna", "AUT", False), id="yesterday-beats-last-meeting"),
    pytest.param("BANGKOK, 19 June 2023 \u2013 A delegation of the Committee established pursuant to resolution 1540 "
                 "(2004) visited Thailand last Tuesday and Wednesday. The authorities briefed it on the regional "
                 "workshop that UNRCPD hosted in Bangkok on 27-28 September 2017.\n",
                 ("2023-06-13", "2023-06-14"), ("Bangkok", "THA", False),  # the dateline's city, in the State visited
                 id="last-weekdays-beat-a-workshop-years-before"),
    pytest.param("ACCRA, 29 March 2019 \u2013 A regional workshop on resolution 1540 concluded here today. It "
                 "follows a first regional meeting held in Abuja, Nigeria, in 2017, and will be followed by national "
                 "roundtables in Guinea and Liberia later this year.\n",
                 ("2019-03-29", "2019-03-29"), ("Accra", "GHA", False), id="here-today"),
    pytest.param("Santo Domingo \u2013 On Thursday, 7 November 2019, the Ministry of Foreign Affairs and UNLIREC "
                 "jointly convened a one-day meeting. The meeting reviewed progress since the regional workshop held "
                 "in Kingston, Jamaica, on 2-4 April 2019.\n",
                 ("2019-11-07", "2019-11-07"), ("Santo Domingo", "DOM", False), id="place-dash-lede"),
    pytest.param("KUWAIT CITY \u2014 Feb. 7\u20139, 2017. At the invitation of the Government of Kuwait, CITS delivered a "
                 "three-day training to customs officers.\n",
                 ("2017-02-07", "2017-02-09"), ("Kuwait City", "KWT", False), id="place-and-the-event-dates"),
    pytest.param("Published Friday 30 September 2022, 14:05 CET\n\nOfficers complete detection course\n\n"
                 "VIENNA, Sept 30 (NPW) - Twenty-two officers completed a regional training course in Vienna "
                 "yesterday, the agency said.\n",
                 ("2022-09-29", "2022-09-29"), ("Vienna", "AUT", False), id="wire-dateline-without-its-year"),
    pytest.param("Posted on 14 March 2019 by UNRCPD\n\nA national workshop opened on Monday last week in "
                 "Kathmandu, Nepal.\n",
                 ("2019-03-04", "2019-03-04"), ("Kathmandu", "NPL", False), id="posted-on-line"),
    pytest.param("21 June 2019 \u00b7 by L. Ntelo\n\nLast week, our team was in Lilongwe, Malawi, where we "
                 "co-organised a national workshop. It took place from 11 to 13 June at the Convention Centre.\n",
                 ("2019-06-11", "2019-06-13"), ("Lilongwe", "MWI", False), id="last-week-is-the-posts-own-event"),
    pytest.param("CHAIR'S SUMMARY\n\nAmman, 6 September 2017\n\nThe conference was convened on 5-6 September 2017 at the "
                 "Le Royal Hotel by the Ministry of Foreign Affairs.\n",
                 ("2017-09-05", "2017-09-06"), ("Amman", "JOR", False), id="a-hotel-without-its-city"),
    pytest.param("Vienna, 6 September 2017\n\nThe conference was convened on 5-6 September 2017 at the Le Royal Hotel "
                 "in Amman, Jordan.\n",
                 ("2017-09-05", "2017-09-06"), ("Amman", "JOR", False), id="a-hotel-and-its-city"),
    pytest.param("Lom\u00e9, 14 November 2025 \u2013 Officers today concluded a week-long regional training course. "
                 "Over five days, from 10 to 14 November, participants learned to recognise dual-use goods.\n",
                 ("2025-11-10", "2025-11-14"), ("Lom\u00e9", "TGO", False), id="today-ends-the-range-written-out"),
    pytest.param("Chair (@Chair1540)\n8:42 PM \u00b7 Nov 19, 2024\n\n1/3 Just wrapped up two intense days in Yerevan \u2013 "
                 "the first visit of the Committee to Armenia.\n\n2/3 Yesterday we held an interagency round table.\n\n"
                 "3/3 Today: wrap-up at the MFA.\n",
                 ("2024-11-18", "2024-11-19"), ("Yerevan", "ARM", False), id="a-posts-time-stamp-and-days-just-ended"),
    pytest.param("News\n\nSanto Domingo, Thursday 6 March 2025. \u2013 Officers met in the capital this week. The "
                 "subregional workshop, which ran from Monday to Wednesday at the Ministry, was organized by UNLIREC.\n",
                 ("2025-03-03", "2025-03-05"), ("Santo Domingo", "DOM", False), id="a-weekday-before-the-datelines-date"),
    pytest.param("Press release 178/2025\n20.10.2025 13.30\n\nThe Ministry and UNODA will organise an exercise in "
                 "Helsinki on 21\u201322 October. It continues the first exercise, which Sweden hosted in Stockholm in "
                 "June 2023.\n",
                 ("2025-10-21", "2025-10-22"), ("Helsinki", "FIN", False), id="a-date-and-time-alone-on-their-line"),
    pytest.param("Casablanca Hosts Regional Training Course\n\nMonday 29 September 2025 - 17:05\n\nCasablanca - A "
                 "regional training course opened, Monday in Casablanca. This course, which runs until October 2, brings "
                 "together customs officials from Senegal. It "
                 "follows the first edition, hosted in Tanger Med in November 2023.\n",
                 ("2025-09-29", "2025-10-02"), ("Casablanca", "MAR", False), id="a-weekday-date-then-a-dash-and-its-time"),
    pytest.param("OFFICE OF THE COMMISSIONER KOHAT DIVISION\nPRESS RELEASE\nNo. 117/PRO/CKD                    Dated Kohat "
                 "the 25/02/2026\n\nKohat: Commissioner Kohat Division has said that vigilance at entry points is "
                 "essential.\n\nHe was addressing the opening session of a two-day national conference on border "
                 "management at the main auditorium of the university on Wednesday.\n",
                 ("2026-02-25", "2026-02-26"), ("Kohat", "PAK", False), id="dated-place-the-date-and-a-place-colon-lede"),
    pytest.param("Press Release\n\nDate: 23/11/2025\n\nGazipur, 23 November: A two-day seminar on chemical safety began today at the "
                 "Conference Hall of the City Corporation.\n\nThe seminar will conclude tomorrow (Monday).\n",
                 ("2025-11-23", "2025-11-24"), ("Gazipur", "BGD", False), id="a-colon-after-the-datelines-date"),
    pytest.param("Wilaya of Gharda\u00efa\n\nNews\n\nPublished on: 15/10/2025\n\nThe Wali presided on Tuesday morning over "
                 "the opening of a national workshop on strategic trade controls, which is being held at the auditorium "
                 "of the University of Gharda\u00efa until Thursday.\n",
                 ("2025-10-14", "2025-10-16"), ("Gharda\u00efa", "DZA", False), id="held-at-a-university-until-a-weekday"),
    pytest.param("Radio Worodougou\n\nWednesday 11 February 2026\n\nThe regional conference on biosecurity opened "
                 "yesterday in S\u00e9gu\u00e9la. The discussions continue today. The closing is planned tomorrow, Thursday, "
                 "in the presence of the Prefect.\n",
                 ("2026-02-10", "2026-02-12"), ("S\u00e9gu\u00e9la", "CIV", False), id="the-closing-is-planned-tomorrow"),
    pytest.param("THE GODAVARI EXPRESS\nNashik | Saturday, February 8, 2025 | City | Page 3\n\nNASHIK, Feb 7: Police "
                 "officers learnt how to spot radioactive material at a two-day national seminar that began at the Police "
                 "Academy on Thursday and concluded here on Friday.\n",
                 ("2025-02-06", "2025-02-07"), ("Nashik", "IND", False), id="began-on-a-weekday-and-concluded-here-on-one"),
    pytest.param("Republic of Moldova\nPress Office\n\n12 March 2025\n\nA two-day seminar on export controls opened today in "
                 "the Conference Hall. In his welcome, the Mayor thanked the Ministry of Foreign Affairs and the United "
                 "Nations for choosing B\u0103l\u021bi.\n",
                 ("2025-03-12", "2025-03-13"), ("B\u0103l\u0163i", "MDA", False), id="thanked-them-for-choosing-the-city"),
    pytest.param("News\n\nPosted on 4 June 2025\n\nThe District Commissioner opened on Tuesday, at the Town Council hall, a "
                 "workshop on the control of dual-use goods organised by the Tanzania Atomic Energy Commission, which "
                 "continues until Thursday. He welcomed the choice of Makambako to host this meeting.\n",
                 ("2025-06-03", "2025-06-05"), ("Makambako", "TZA", False), id="the-choice-of-a-town-of-its-state"),
    pytest.param("County Council\nPress Office\n\nPRESS RELEASE\n14.05.2025\n\nBetween 13.05.2025-14.05.2025, the County "
                 "Council hosted, in the hall of its headquarters, a seminar on dual-use goods. \"We are proud that the "
                 "Ministry of Foreign Affairs chose Sibiu for this seminar, after the first edition organized last year in "
                 "Cluj-Napoca,\" said its President.\n",
                 ("2025-05-13", "2025-05-14"), ("Sibiu", "ROU", False), id="chose-the-town-after-another-event"),
    pytest.param("News\n\nPosted on 4 June 2025\n\nA workshop on strategic trade opened on Tuesday at the Grand Hall and "
                 "continues until Thursday.\n\nThank you for choosing Taunggyi Rose Florist for the flowers.\n",
                 ("2025-06-03", "2025-06-05"), None, id="choosing-a-shop-named-for-a-city"),
    pytest.param("COUNTY GOVERNMENT OF KAJIADO\n\nPosted on 18th November 2025\n\nCustoms officers from Kenya and Uganda "
                 "have converged in Kitengela for a week-long course on dangerous goods.\n\nThe training, which began "
                 "on Monday and will end on Friday, is organised by the Kenya Revenue Authority.\n\nThe county has hosted "
                 "other trainings, including a forum in Ngong in August.\n",
                 ("2025-11-17", "2025-11-21"), ("Kitengela", "KEN", False), id="converged-in-a-town"),
    pytest.param("News\n\nAugust 1, 2025 - Press Office\n\nFrom Monday, July 28, to this Friday, our municipality of "
                 "Malambo was the venue of the Specialized Course on Strategic Trade Controls.\n",
                 ("2025-07-28", "2025-08-01"), ("Malambo", "COL", False), id="a-dated-day-to-this-weekday"),
]


@pytest.mark.parametrize("text,dates,venue", RELATIVE_TO_DATELINE)
def test_events_dates_and_places_given_by_the_dateline(parse, text, dates, venue):
    record = parse(text)
    assert dates_of(record) == dates
    assert venue_of(record) == venue


def test_events_an_event_page_states_its_dates_on_an_opening_line(parse):
    record = parse(
        "STIMSON\n\nStrategic Trade Controls Fundamentals: Virtual Training Course\n\n"
        "Monday, November 29th, 2021 \u2013 Friday, January 14th, 2022\nVirtual (Zoom)\n\n"
        "The course builds on Stimson's in-person regional workshop held in Bangkok, Thailand on 4-6 December 2019. "
        "Module 3 (Jan. 3rd \u2013 14th) closes with a capstone exercise.\n")
    assert dates_of(record) == ("2021-11-29", "2022-01-14")
    assert venue_of(record) == (None, None, True)


@pytest.mark.parametrize(
    "text,dates",
    [
        ("The OPCW held a three-part online series for customs officials:\n\n    Session 1 \u2014 Tuesday, 8 June 2021: "
         "Schedules\n    Session 2 \u2014 Tuesday, 15 June 2021: Risk\n    Session 3 \u2014 Tuesday, 22 June 2021: "
         "Cooperation\n", ("2021-06-08", "2021-06-22")),
        ("The course ran in two modules.\n\nModule I, 3 March 2020: Law\nModule II, 5 March 2020: Licensing\n",
         ("2020-03-03", "2020-03-05")),
        ("The course ran in two modules.\n\nModule I, 3 March 2020: Law\nModule II, 5 October 2020: Licensing\n",
         ("2020-03-03", "2020-03-03")),
        ("The workshop opened.\n\nDay 1 \u2014 Tuesday, 12 November 2019: Opening\n", ("2019-11-12", "2019-11-12")),
    ],
    ids=["sessions", "modules", "parts-months-apart-stay-apart", "one-day-alone"],
)
def test_events_numbered_parts_span_the_event(parse, text, dates):
    """An event in numbered parts, each dated on its own line, runs from the first to the last."""
    assert dates_of(parse(text)) == dates


@pytest.mark.parametrize(
    "text,dates",
    [
        ("A three-day workshop on export control opened in Nairobi on 5 March 2019.\n", ("2019-03-05", "2019-03-07")),
        ("On 30 November 2021, the 2-day regional training course began in Lima.\n", ("2021-11-30", "2021-12-01")),
        ("The five-day course, which concluded on Friday, 7 May 2021 in Tbilisi, was run by the IAEA.\n",
         ("2021-05-03", "2021-05-07")),
        ("The seminar was held in Rome on 4 May 2020 and lasted two full days.\n", ("2020-05-04", "2020-05-05")),
        ("A one-day seminar was held on 4 May 2020 in Rome.\n", ("2020-05-04", "2020-05-04")),
        ("A three-day workshop was held in Nairobi on 5-7 March 2019.\n", ("2019-03-05", "2019-03-07")),
        ("A workshop was held in Nairobi on 5 March 2019. The three-day visit ended there.\n", ("2019-03-05", "2019-03-05")),
        ("Accra hosts workshop - 18 October 2023 -\nA three-day workshop on resolution 1540 closed today at the Accra "
         "International Conference Centre.\n", ("2023-10-16", "2023-10-18")),
        ("PRESS RELEASE\n\n26 April 2018\n\nThe Minister today welcomed the successful conclusion of \"Blue Suir\", a "
         "three-day international exercise on stopping illicit shipments.\n", ("2018-04-24", "2018-04-26")),
        ("News | 22-04-2025 | 2:45 PM\n\nKalar \u2013 The Minister on Tuesday opened the two-day\nRegional Conference "
         "on Biosafety at the University of Garmian.\n", ("2025-04-22", "2025-04-23")),
        ("Passengers for the three-day regional\n   tabletop exercise, which opens in Tutume this morning and closes on "
         "Thursday, 24 November 2022, please alight here.\n", ("2022-11-22", "2022-11-24")),
        ("The national workshop opened in Chi Linh.\n\nThe workshop takes place over three days, until November 14, "
         "2024.\n", ("2024-11-12", "2024-11-14")),
        ("Politics | 26 March 2026 | 09:14\n\nLuanda - Angola reaffirmed on Wednesday its commitment to the ban on "
         "chemical weapons, at the end of a two-day national conference held in Cazenga.\n", ("2026-03-24", "2026-03-25")),
    ],
    ids=["opened-on", "began-on", "concluded-on", "lasted", "one-day", "a-range-is-kept", "another-sentence",
         "closed-today-under-a-dated-heading", "welcomed-the-conclusion-of-today", "a-line-break-after-its-length",
         "closes-on", "until-the-day", "at-the-end-of"],
)
def test_events_a_length_in_days_stretches_a_one_day_date(parse, text, dates):
    """A one-day date and "a three-day workshop" in its sentence: the date is the first day, or the
    last when the event "concluded" on it; the length is warned."""
    record = parse(text)
    assert dates_of(record) == dates
    assert ("end_from_length" in warning_codes(record)) == (dates[0] != dates[1] and "-7 March" not in text)


@pytest.mark.parametrize(
    "text,dates",
    [
        ('<!-- saved 12 October 2024 -->\n<script type="application/ld+json">\n{"@type": "Event",\n'
         '  "startDate": "2024-10-08T09:00:00+07:00",\n  "endDate": "2024-10-08T12:30:00+07:00"}\n</script>\n'
         '<p>UNODA held a webinar.</p>\n', ("2024-10-08", "2024-10-08")),
        ('<div itemscope itemtype="https://schema.org/Event">Seminar, 12 May 2023\n'
         '<meta itemprop="startDate" content="2023-05-14"><meta itemprop="endDate" content="2023-05-16"></div>\n',
         ("2023-05-14", "2023-05-16")),
        ('<p>The seminar was held on 14-16 May 2023.</p> <a data-startDate="soon">x</a>\n', ("2023-05-14", "2023-05-16")),
    ],
    ids=["json-ld", "microdata", "a-startdate-without-a-date"],
)
def test_events_a_pages_structured_data_dates_its_event(parse, text, dates):
    """A schema.org Event's startDate and endDate, in JSON-LD or microdata, are the event's dates."""
    assert dates_of(parse(text)) == dates


def test_events_a_title_blocks_facility_and_city_above_a_dated_and_timed_line(parse):
    """"<facility>, <city>" on the line above "Thursday, 8 February 2024, 13:10 local time": the
    weekday and the time leave the date alone on its line, the city is the venue."""
    record = parse("Transcript of the closing press conference\nLe Royal Hotel Conference Centre, Amman\n"
                   "Thursday, 8 February 2024, 13:10 local time\n\nThe course ends today.\n")
    assert venue_of(record) == ("Amman", "JOR", False)


def test_events_a_title_blocks_place_date_and_format_beat_a_recalled_first_edition(parse):
    """"Tbilisi | 2025-10-14/15 | hybrid format" under the title is the event's place, dates and
    format; "Version 3, updated 1 October 2025" dates the page, so a first edition a year before
    is another event."""
    text = ("BLACK SEA REGIONAL FORUM ON STRATEGIC TRADE CONTROL ENFORCEMENT\nTbilisi | 2025-10-14/15 | hybrid format\n\n"
            "FREQUENTLY ASKED QUESTIONS\nVersion 3, updated 1 October 2025.\n\nQ3. Is this the first edition?\n"
            "No. The first Forum was held in Chisinau on 5-6 November 2024.\n\nQ9. Is there a social programme?\n"
            "An informal welcome reception will take place on the evening of 13 October.\n")
    record = parse(text)
    assert dates_of(record) == ("2025-10-14", "2025-10-15")
    assert venue_of(record) == ("Tbilisi", "GEO", True)


def test_events_a_quoted_title_broken_after_its_colon_stays_in_its_sentence(parse):
    """'the online webinar "Brokering … Controls:\nImplementing …", held live on Zoom on …': one
    sentence, so the webinar is the event and it was online."""
    record = parse('Full recording of the online webinar "Brokering, Transit and Transshipment Controls:\n'
                   'Implementing UNSCR 1540 in Southeast Asia", held live on Zoom on Wednesday 19 February 2025,\n'
                   "09:30-12:00 Philippine time.\n")
    assert record.event.kind == "webinar"
    assert record.venue is not None and record.venue.online


def test_events_a_listings_heading_over_its_date_line_names_the_event_not_the_format_under_it(parse):
    """A journal's listing: the heading in sentence case over "Tuesday, 24 February, and Wednesday, 25
    February 2026" names a webinar; "Virtual meeting (Zoom)" under it is its format. The two days,
    each with its weekday, are one range."""
    text = ("Other activities\n\nRegional webinar on border controls in the Pacific\n\n"
            "Tuesday, 24 February, and Wednesday, 25 February 2026, from 10:00 to 13:00 (Fiji time)\n"
            "Virtual meeting (Zoom)\n\nOrganized by the United Nations Office for Disarmament Affairs (UNODA).\n")
    record = parse(text)
    assert record.event.kind == "webinar"
    assert record.event.name == "Regional webinar on border controls in the Pacific"
    assert dates_of(record) == ("2026-02-24", "2026-02-25")


def test_events_an_agencys_masthead_is_no_dateline_town(parse):
    """"SUNA - Sudan News Agency" over the story: the agency's name, not Suna (a town of Russia); the
    story's own dateline below, "Wad Madani, April 20 (SUNA) -", is where it is from."""
    record = parse("SUNA - Sudan News Agency\nHome | Politics | States\n\nStates | 20/04/2026 - 15:40\n\n"
                   "Wad Madani, April 20 (SUNA) - The two-day national meeting on radioactive sources in Gezira State "
                   "concluded today.\n\nThe meeting was held in Wad Madani.\n")
    assert venue_of(record) == ("Wad Madani", "SDN", False)


def test_events_a_press_offices_dateline_with_its_tag_after_the_stop(parse):
    """"Neiva, 3 March 2026. (Press Office) Today the … Seminar … opened …. Until tomorrow, Wednesday, …": the
    dateline dates the release (the tag in brackets after its stop is the office's), so the seminar runs
    from today to tomorrow, in Neiva."""
    record = parse("GOBERNACIÓN DEL HUILA\n\nNeiva, 3 March 2026. (Press Office) Today the Regional Seminar on "
                   "Chemical Security opened in the capital of Huila. Until tomorrow, Wednesday, experts will share "
                   "experiences on chemical precursors.\n")
    assert dates_of(record) == ("2026-03-03", "2026-03-04")
    assert venue_of(record) == ("Neiva", "COL", False)


def test_events_a_town_opening_the_story_when_a_place_in_it_hosts_the_event(parse):
    """A town's newsletter: "Tamale was in the spotlight on Tuesday, 10 March, when the Town Hall played host
    to a regional roundtable": the roundtable was in Tamale. Not when no place in it hosts anything."""
    text = ("Tamale welcomes experts\n\nMarch 2026\n\nTamale was in the spotlight on Tuesday, 10 March, when the "
            "Town Hall played host to a regional roundtable on farm biosecurity.\n")
    assert venue_of(parse(text)) == ("Tamale", "GHA", False)
    idle = text.replace("when the Town Hall played host to", "as experts met at")
    assert venue_of(parse(idle)) is None


def test_events_a_news_sites_sections_after_its_byline_date_are_no_venue(parse):
    """"By Staff Reporter | Monday, 9 June 2025 | Ghana, Security": the site's sections, not where the course
    was; the dateline's "TAMALE —" says that. A city with its province after the bar stays the venue."""
    text = ("Customs course ends in Tamale\n\nBy Staff Reporter | Monday, 9 June 2025 | Ghana, Security\n\n"
            "TAMALE \u2014 A three-day training course on border security concluded today in Tamale, with officers "
            "from Togo and Burkina Faso.\n\nThe course, which opened on Saturday, was organised by UNODA.\n")
    assert venue_of(parse(text)) == ("Tamale", "GHA", False)
    title = "REGIONAL WORKSHOP ON EXPORT CONTROL\n12 - 14 May 2025 | Tamale, Northern\n\nThe workshop was held.\n"
    assert venue_of(parse(title)) == ("Tamale", "GHA", False)


def test_events_a_title_blocks_kind_and_place_beat_a_named_event_in_a_speakers_bio(parse):
    """"ASIA REGIONAL SEMINAR … / Sasana Kijang, Kuala Lumpur | 6 & 7 November 2024": a seminar in
    Kuala Lumpur (the places before a bar beside the date), not the forum a speaker's bio names."""
    text = ("ASIA REGIONAL SEMINAR ON STRATEGIC TRADE MANAGEMENT\nSasana Kijang, Kuala Lumpur | 6 & 7 November 2024\n"
            "SPEAKER BIOGRAPHIES\n\nShe has spoken widely. Recent engagements include a keynote at the ASEAN "
            "Regional Forum Inter-Sessional Meeting on Non-Proliferation in Manila (April 2023), and a masterclass "
            "in Bangkok co-hosted by Chulalongkorn University (March 2024).\n")
    record = parse(text)
    assert dates_of(record) == ("2024-11-06", "2024-11-07")
    assert venue_of(record) == ("Kuala Lumpur", "MYS", False)
    assert record.event.kind == "seminar"


@pytest.mark.parametrize(
    "text,venue",
    [
        ("CBRN-MENA 2024: Third International Conference on CBRN Security\n"
         "12-14 November 2024 | Royal Scientific Society, Al-Jubeiha, Amman, Jordan\n", ("Amman", "JOR", False)),
        ("Seminar on Export Controls\n3 May 2023 | Hotel Bolivar, Jr. Union 958, Lima, Peru | In person\n",
         ("Lima", "PER", False)),
    ],
)
def test_events_a_title_blocks_date_bar_then_a_facility_and_its_city(parse, text, venue):
    """A title block's line "<date> | <facility>, <district>, <city>, <State>": the places that end the
    bar's segment are the venue, and the date under a title naming an event is its date even where
    it stands alone as a dateline would."""
    record = parse(text)
    assert venue_of(record) == venue
    assert record.dates is not None and record.dates.text in text.splitlines()[1]


@pytest.mark.parametrize(
    "location",
    ["Athens, Georgia \u2013 UGA Center for Continuing Education, 1197 S. Lumpkin St., Athens, GA 30602",
     "Holiday Inn Downtown, 197 E Broad St, Athens, GA 30601"],
)
def test_events_a_us_postal_address_puts_the_venue_in_the_united_states(parse, location):
    """"Athens, GA 30602": Athens in the United States, not the Greek capital nor a town of Georgia."""
    record = parse(f"Executive Course on Strategic Trade Controls\nDates: 06/09/2025 \u2013 06/13/2025\n"
                   f"Location: {location}\n")
    assert venue_of(record) == ("Athens", "USA", False)


@pytest.mark.parametrize("address", ["Austrasse 1, 3700 Spiez, Switzerland", "Austrasse 1, CH-3700 Spiez, Switzerland",
                                     "Austrasse 1, Spiez 3700, Switzerland"])
def test_events_a_town_after_its_postal_code_in_a_venue_field(parse, address):
    record = parse(f"Conference on Export Controls\nDates: 9-11 March 2026\nVenue: Spiez Laboratory, {address}\n")
    assert venue_of(record) == ("Spiez", "CHE", False)


@pytest.mark.parametrize("address, city, code", [
    ("Wagramer Strasse 5, 1220 Vienna-Donaustadt, Austria", "Vienna", "AUT"),
    ("Viedenska cesta 10, Bratislava-\nPetrzalka, Slovakia", "Bratislava", "SVK"),  # broken at the hyphen
    ("Rathausplatz 1, Baden-Baden, Germany", "Baden-Baden", "DEU"),  # one town's name, hyphen and all
])
def test_events_a_city_and_its_district_joined_by_a_hyphen_is_the_city(parse, address, city, code):
    record = parse(f"Conference on Export Controls\nDates: 9-11 March 2026\nVenue: Conference Hall, {address}\n")
    assert venue_of(record) == (city, code, False)


@pytest.mark.parametrize("verb", ["co-led", "delivered", "facilitated"])
def test_events_a_trainer_who_led_the_course_says_where_it_was(parse, verb):
    """A trainer's post: "I co-led my first national training course … in Amman, Jordan", the dates in
    the next sentence."""
    record = parse(f"Posted 07.10.2024\n\nI'm happy to share that last week I {verb} my first national training "
                   "course on compliance programmes in Amman, Jordan.\n\nFrom 30 September to 2 October, 34 "
                   "compliance officers worked through three intensive days with us.\n")
    assert venue_of(record) == ("Amman", "JOR", False)
    assert dates_of(record) == ("2024-09-30", "2024-10-02")


@pytest.mark.parametrize("place", ["Shangri-La Hotel, Ulaanbaatar, Mongolia", "Shangri-La Hotel in Ulaanbaatar, Mongolia"])
def test_events_a_city_that_opens_a_hotels_name_is_no_venue(parse, place):
    """Shangri-La is a city of China; "the Shangri-La Hotel, Ulaanbaatar" is a hotel in Ulaanbaatar."""
    record = parse(f"The workshop took place on 10-12 March 2026 at the {place}.\n")
    assert venue_of(record) == ("Ulaanbaatar", "MNG", False)


@pytest.mark.parametrize("place, venue", [
    ("the Palacio Santos in Montevideo", ("Montevideo", "URY", False)),
    ("the Hotel Lima in Miraflores, Peru", ("Miraflores", "PER", False)),
    ("the Instituto Rio Branco in Bras\u00edlia", ("Bras\u00edlia", "BRA", False)),
])
def test_events_a_city_after_a_facilitys_head_word_names_the_facility(parse, place, venue):
    """Santos is a city of Brazil; "the Palacio Santos in Montevideo" is a palace in Montevideo."""
    record = parse(f"From 14 to 16 May 2025, the Ministry held a national workshop on trade controls at {place}.\n")
    assert venue_of(record) == venue


def test_events_a_letters_place_far_right_of_its_first_words_places_its_event(parse):
    """"NOTICE TO CUSTOMERS          Qingfu, 6 May 2025": the notice's place and date set far to the right; the
    workshop the town's conference centre holds is in Qingfu, a town the cities gazetteer does not know."""
    record = parse("QINGFU CRYSTAL ICE CO., LTD.\nNo. 18 Binjiang Road, Qingfu Town, Gao County, Yibin, Sichuan\n\n"
                   "NOTICE TO CUSTOMERS                                            Qingfu, 6 May 2025\n\n"
                   "From Wednesday 14 to Friday 16 May, the Qingfu Town Conference Centre on Wenhua Street will hold "
                   "a national workshop on export controls.\n")
    assert venue_of(record) == ("Qingfu", "CHN", False)


@pytest.mark.parametrize("host, venue", [
    ("the Governorate of Qorveh", ("Qorveh", "IRN", False)),  # the town whose government hosted
    ("the university", ("Tehran", "IRN", False)),  # no town's government: the capital may well be the place
])
def test_events_a_ministry_in_its_capital_is_where_it_sits(parse, host, venue):
    """"organized by the Ministry of Foreign Affairs in Tehran": the ministry's seat, not the event's place, where a
    town's government hosted it."""
    record = parse("Dairy news, November 2024\n\nFrom Monday 14 to Wednesday 16 October " + host + " hosted a workshop "
                   "in its conference hall on dual-use goods. We are told it was organized by the Ministry of Foreign "
                   "Affairs in Tehran together with the United Nations Office for Disarmament Affairs.\n")
    assert venue_of(record) == venue


@pytest.mark.parametrize("place, city", [
    ("Bintumani Conference Centre, Aberdeen, Freetown, Sierra Leone", "Freetown"),
    ("Hotel Bolivar, Miraflores, Lima, Peru", "Lima"),
    ("Freetown, Sierra Leone", "Freetown"),
    ("Bucaramanga, Santander, Colombia", "Bucaramanga"),
    ("Mbarara, Western, Uganda", "Mbarara"),
    ("Seattle, Washington, United States of America", "Seattle"),
])
def test_events_a_district_then_its_city_before_the_country_is_in_the_city(parse, place, city):
    """Aberdeen is a district of Freetown (and a city of Scotland): of two towns before the country,
    each after a comma, the second is the city, unless it is a town of another State and the first
    one of this: Santander, a department of Colombia, is a city of Spain; nor is a US state's name
    after a city of the United States (Washington)."""
    record = parse(note("Event: Table-top exercise", f"Date and Venue: 3\u20135 February 2026, {place}"))
    assert venue_of(record)[0] == city


def test_events_a_session_is_the_webinar_an_earlier_sentence_names(parse):
    """"the session brought together …" after "a webinar I joined": the session is the webinar's."""
    record = parse("That was the question at the heart of a webinar I joined as a speaker.\n\n21.05.2025 | Online\n\n"
                   "Organised by UNODA, the session brought together officials from Cambodia.\n")
    assert record.event.kind == "webinar"


@pytest.mark.parametrize("text, dates", [
    ("Question for the Foreign Office\nUIN 41877, tabled on 17 March 2026\n\nAnswered on 26 March 2026\n\n"
     "Since January 2025, the UK has funded projects. Most recently, it funded a training course held in Kyiv "
     "between 9 and 13 March.\n", ("2026-03-09", "2026-03-13")),
])
def test_events_a_parliamentary_answers_date_gives_the_year(parse, text, dates):
    """A written answer's "Answered on 26 March 2026" dates it: a day written without its year is of
    that year, not of another year the text names."""
    assert dates_of(parse(text)) == dates


RELEASE = ("PRESS RELEASE\n\nVisit of the 1540 Committee to Pakistan\n\nIslamabad, 5 February 2026\n\nA delegation of "
           "the 1540 Committee visited Pakistan from Tuesday 3 until Thursday 5 February at the invitation of the "
           "Government of Pakistan.\n\nOfficials briefed the delegation on enforcement at ports, including radiation "
           "detection equipment installed at Karachi port.\n")


def test_events_a_visit_to_a_state_is_in_the_datelines_city_not_a_site_it_names():
    """"visited Pakistan": the country; the release's dateline "Islamabad" gives the city (warned),
    not "equipment installed at Karachi port", a site."""
    from noteparse import Pipeline

    record = Pipeline()(RELEASE)
    assert venue_of(record) == ("Islamabad", "PAK", False)
    assert "venue_from_dateline" in warning_codes(record)


def test_events_held_in_a_hybrid_format_is_in_the_city_an_earlier_sentence_gives(parse):
    """"spoke last week at a regional workshop in Sofia" … "Held in a hybrid format, with some
    delegations joining online": Sofia, and online."""
    record = parse("8 October 2025\n\nProfessor Marsh spoke last week at a regional workshop in Sofia on resolution "
                   "1540.\n\nThe Regional Workshop ran from 30 September to 2 October 2025. Held in a hybrid format, "
                   "with some delegations joining online, it brought together officials from Albania and Serbia.\n")
    assert venue_of(record) == ("Sofia", "BGR", True)


def test_events_a_radio_scripts_visit_wraps_up_today_and_has_been_in_a_city_since_tuesday(parse):
    """A bulletin dated Thursday 2 October 2025: "wraps up a three-day visit … today" ends the visit
    today and reaches back three days (not to "yesterday they visited the border post"); the team
    "has been in Mbabane since Tuesday" places it."""
    record = parse("EBIS RADIO \u2013 ENGLISH NEWS AT 1300\nTHURSDAY 2 OCTOBER 2025\n\nANCHOR LEAD-IN:\nA delegation "
                   "wraps up a three-day visit to the Kingdom today. The team from the Council's 1540 Committee, which "
                   "works against proliferation, has been in Mbabane since Tuesday.\n\nREPORTER (V/O):\nThe visitors "
                   "are diplomats from Denmark, Panama and Sierra Leone. Over three days they met officials, and "
                   "yesterday they visited the Ngwenya border post.\n")
    assert dates_of(record) == ("2025-09-30", "2025-10-02")
    assert venue_of(record) == ("Mbabane", "SWZ", False)
    assert {s.code for s in record.participants.states} >= {"DNK", "PAN", "SLE"}


def test_events_the_sessions_one_may_follow_online_are_no_kind_of_event(parse):
    """"It takes place from Tuesday 3 until Thursday 5 November …: delegates can attend in person or
    follow the sessions online": the conference a sentence named is a conference, not a meeting."""
    record = parse("About the event\n\nThe conference is organized by UNODA. It takes place from Tuesday 3 until "
                   "Thursday 5 November 2026 at the Palais des Nations in Geneva, in a hybrid format: delegates can "
                   "attend in person or follow the sessions and intervene online.\n\nThe Geneva Conference 2026 is "
                   "the second edition of the series, after the inaugural meeting held in Vienna in May 2024.\n")
    assert record.event.kind == "conference"


def test_events_a_bodys_seat_is_no_venue(parse):
    """"… and UNRCPD, which is based in Kathmandu": the body's seat; the headline places the event."""
    record = parse("2025-11-19 17:48 NZDT\n\nPacific officials meet in Wellington on export controls\n\n"
                   "WELLINGTON, Nov. 19 (PNW) \u2014 Officials ended three days of talks in the New Zealand capital on "
                   "Wednesday.\n\nThe Nov. 17-19 workshop was organised by UNODA and the United Nations Regional Centre "
                   "for Peace and Disarmament in Asia and the Pacific (UNRCPD), which is based in Kathmandu.\n")
    assert venue_of(record)[:2] == ("Wellington", "NZL")


def test_events_a_bodys_seat_and_its_state_are_no_venue(parse):
    """"… the OPCW, based in The Hague, in the Netherlands": the State after the seat is the seat's too,
    neither the venue nor a State taking part; the dateline places the course (rounds 964, 966)."""
    record = parse("CAMPINAS, 21 March 2025 \u2013 Government representatives from eight South American countries have "
                   "been in the city since Monday for a regional training course on chemical safety. The course, "
                   "which ends today, is organized by the Organisation for the Prohibition of Chemical Weapons "
                   "(OPCW), based in The Hague, in the Netherlands, together with the Ministry of Science, "
                   "Technology and Innovation of Brazil.\n")
    assert venue_of(record)[:2] == ("Campinas", "BRA")
    assert [s.code for s in record.participants.states] == ["BRA"]


def test_events_a_venue_fields_institute_named_for_a_city_is_in_the_city_after_it(parse):
    """Rio Branco is a city of Brazil; the Instituto Rio Branco, its diplomatic academy, is in Brasília."""
    record = parse(note("Event: Regional course", "Date and Venue: 18\u201322 August 2025\nInstituto Rio Branco, "
                        "Bras\u00edlia, Brazil"))
    assert venue_of(record) == ("Bras\u00edlia", "BRA", False)


def test_events_a_venue_fields_palace_named_for_a_city_is_in_the_city_after_it(parse):
    """San Martín is a city of Argentina too; the Palacio San Martín is in Buenos Aires."""
    record = parse(note("Event: Peer review", "Date and Venue: 8\u201310 April 2024 \u2013 Palacio San Mart\u00edn, "
                        "Buenos Aires, Argentina"))
    assert venue_of(record) == ("Buenos Aires", "ARG", False)


def test_events_a_korean_calque_names_its_seminar_in_corner_brackets_at_a_hotel_ending_in_its_city(parse):
    record = parse("1. Ministry of Foreign Affairs is, with the United Nations Office for Disarmament Affairs (UNODA) "
                   "together, 9.16.(Tue)~9.18.(Thu) 3 days during, at Lotte Hotel Seoul \u300c2025 Asia-Pacific "
                   "Regional Seminar on Resolution 1540 Implementation\u300d co-hosted it was said.\n\n"
                   "Distribution date: 2025. 9. 15.(Mon)\n")
    assert record.event.name == "Asia-Pacific Regional Seminar on Resolution 1540 Implementation"
    assert dates_of(record) == ("2025-09-16", "2025-09-18")
    assert venue_of(record) == ("Seoul", "KOR", False)


def test_events_a_year_missing_comes_from_the_notes_issue_date_in_its_closing_lines(parse):
    text = ("Information Note*\n\nEvent:      National Round-table on resolution 1540\n"
            "When/Where: 16\u201317 January, Vientiane, Lao PDR\n\nBackground\n\nThe matrix was last updated "
            "in 2023. The event was first foreseen for November 2023.\n\n"
            "* For information only. Issued by the 1540 Committee experts, New York, 29 January 2024.\n")
    assert dates_of(parse(text)) == ("2024-01-16", "2024-01-17")
    no_issue = text.replace("Issued by", "Written by")  # no issue date, but the one year the text gives January
    assert dates_of(parse(no_issue)) == ("2024-01-16", "2024-01-17")
    no_date = text.replace("Issued by", "Written by").replace(", 29 January 2024", "")
    assert dates_of(parse(no_date)) == ("2023-01-16", "2023-01-17")  # the nearest year, as before


def test_events_a_transcripts_year_comes_from_its_recording_date_not_a_resolutions(parse):
    record = parse("THE CHOKEPOINT \u2013 a podcast\n\nHOST: Where were you?\n\nGUEST: We were running a tabletop "
                   "exercise in Ohrid, from June 3rd through the 5th. It was about resolution 1540, from 2004.\n\n"
                   "[Recorded 16 June 2025]\n")
    assert dates_of(record) == ("2025-06-03", "2025-06-05")


def test_events_a_wires_weekdays_count_from_its_masthead_time_stamp(parse):
    record = parse("Arab officials meet in Amman\n\nWed 2 Oct 2024 15:42 GMT\n\nAMMAN, Oct 2 - Officials from 16 "
                   "Arab states wrapped up a three-day meeting in the Jordanian capital on Wednesday on export "
                   "controls.\n\nThe closed-door meeting, which opened on Monday, was organised by the Arab League.\n")
    assert dates_of(record) == ("2024-09-30", "2024-10-02")


def test_events_a_day_the_event_opened_on_takes_the_one_length_the_note_states(parse):
    record = parse("Officials ended a three-day meeting in Amman.\n\nThe meeting, which opened on 30 September "
                   "2024, was organised by the Arab League.\n")
    assert dates_of(record) == ("2024-09-30", "2024-10-02")
    two_lengths = ("Officials ended a three-day meeting in Amman after a two-day course.\n\nThe meeting, which "
                   "opened on 30 September 2024, was organised by the Arab League.\n")
    assert dates_of(parse(two_lengths)) == ("2024-09-30", "2024-09-30")


def test_events_a_course_launched_on_a_day_takes_the_one_length_the_note_states(parse):
    """An agency's "launched on Sunday a training course", then "the course, which will continue for four
    days": launched is opened, Sunday to Wednesday."""
    record = parse("Customs course opens in Basra\n\n2025-03-02 10:15\n\nBasra - INA\n\nThe Ministry of Interior launched on Sunday a training course on "
                   "border security in Basra.\n\nA spokesman said the course, which will continue for four days, "
                   "is held with UNODA.\n")
    assert dates_of(record) == ("2025-03-02", "2025-03-05")


def test_events_officers_who_completed_on_a_day_a_course_of_some_days_ended_it_then(parse):
    """"… officers completed on Thursday a four-day training course" under a Friday's date: Thursday is the
    course's last day, so it ran Monday to Thursday."""
    record = parse("Friday, June 13, 2025\n\nJACMEL - Some thirty customs officers completed on Thursday a four-day "
                   "training course in Jacmel on detecting dangerous materials.\n")
    assert dates_of(record) == ("2025-06-09", "2025-06-12")


def test_events_a_blogs_days_of_the_month_and_its_headline_city(parse):
    record = parse("Trust & Verify Blog\n\nTwo days and one draft decree: notes from Vientiane\n\nPosted 24 January "
                   "2024 | Legal Programme\n\nOn Tuesday of last week I landed at the airport. The authorities had "
                   "invited us to a national round-table on resolution 1540. We would have two days, the 16th and "
                   "17th, to go through the legal framework.\n")
    assert dates_of(record) == ("2024-01-16", "2024-01-17")
    assert venue_of(record) == ("Vientiane", "LAO", False)


def test_events_a_post_written_back_home_tells_of_the_event_it_came_back_from(parse):
    record = parse("Back home in Apia after an intense few days in Nadi \U0001F1EB\U0001F1EF at the Pacific Islands "
                   "sub-regional workshop on resolution 1540 (Wed 28 Feb \u2013 Fri 1 March).\n\nThanks to the Fiji "
                   "Government, a warm host, and to our first regional meeting of 2024!\n")
    assert venue_of(record) == ("Nadi", "FJI", False)
    assert record.event.kind == "workshop"
    assert dates_of(record) == ("2024-02-28", "2024-03-01")


@pytest.mark.parametrize("masthead", ["Issue 10/2024 \u00b7 Regulatory round-up", "Volume 8, Issue 3 \u00b7 October 2024",
                                      "No. 117 (2024)"])
def test_events_a_periodicals_issue_gives_the_missing_year(parse, masthead):
    record = parse(f"STRATEGIC TRADE MONITOR\n{masthead}\n\nMoldova readies new law\n\nOfficials in Chisinau spent "
                   "Sept. 30\u2013Oct. 2 at a national workshop on resolution 1540 (2004).\n")
    assert dates_of(record) == ("2024-09-30", "2024-10-02")


def test_events_a_posts_hashtag_city_is_the_venue(parse):
    record = parse("Netherlands Embassy in Ghana\nMarch 28, 2024\n\nThis week (26-28 March) our Ambassador opened a "
                   "regional workshop in #Accra for customs officers from West Africa.\n")
    assert venue_of(record) == ("Accra", "GHA", False)


def test_events_earlier_this_month_is_the_events_own_time(parse):
    record = parse("VERTIC UPDATE \u00b7 June 2024\n\nEarlier this month (4-5 June 2024) our programme joined officials in "
                   "Kingstown, the capital of St Vincent and the Grenadines, for a two-day national drafting workshop.\n\n"
                   "BWC NEWS\n\nVERTIC followed the fifth session of the Working Group on the BWC in Geneva, 10-13 June "
                   "2024.\n")
    assert dates_of(record) == ("2024-06-04", "2024-06-05")
    assert venue_of(record) == ("Kingstown", "VCT", False)


def test_events_an_event_that_was_to_have_taken_place_is_another(parse):
    record = parse("THE BULLETIN\nVolume 8, Issue 3 \u00b7 July 2021\n\nThe two-part webinar series, held on June 22 "
                   "and 24, gave focal points a chance to compare notes.\n\nThe webinars replace the in-person "
                   "workshop that was to have taken place in Kingston in March 2020.\n")
    assert dates_of(record) == ("2021-06-22", "2021-06-24")
    assert venue_of(record) == (None, None, True)


@pytest.mark.parametrize("since", ["since the first conference", "since their last regional meeting",
                                   "since the Gaborone conference"])
def test_events_progress_since_an_earlier_event_is_about_that_event(parse, since):
    record = parse("Quarterly Update \u2014 Issue 27 \u2014 July 2025\n\nWe Take Part in Southern African 1540 Conference "
                   "in Windhoek\n\nOn the 3rd and 4th of June, our team travelled "
                   "to Windhoek, Namibia, for the Second Southern African Regional Conference on resolution 1540.\n\n"
                   f"Officials from ten States reviewed progress {since}, held in Gaborone in November 2023.\n")
    assert dates_of(record) == ("2025-06-03", "2025-06-04")
    assert venue_of(record) == ("Windhoek", "NAM", False)


def test_events_follows_the_names_another_event_only_before_an_event_word(parse):
    """A flyer's scenario "follows the seizure … 19 - 21 NOVEMBER 2024": not a sentence about another
    event, so its dates beat the registration deadline's."""
    record = parse("REGIONAL TABLE-TOP EXERCISE\n\nThe scenario starts with the detection of a source and follows "
                   "the seizure and the cross-border\n          19 - 21\n          NOVEMBER 2024\n          "
                   "Tashkent, Uzbekistan\ninvestigation, with injects delivered in real time.\n\n"
                   "Registration through your National Focal Point by 25 October 2024.\n")
    assert dates_of(record) == ("2024-11-19", "2024-11-21")


def test_events_a_date_under_a_title_that_names_no_event_dates_the_text(parse):
    """"UNODA news / 3 May 2023": a publication date, not the date of the seminar the text tells of."""
    assert parse("UNODA news\n3 May 2023\nUNODA held a seminar in Lima.\n").dates is None


@pytest.mark.parametrize(
    "text,dates",
    [
        ("Training log 2024\n\nThis year marks twenty years since resolution 1540 was adopted in April 2004.\n\n"
         "Monday 11 November. The course opened in Panama City this morning.\n", ("2024-11-11", "2024-11-11")),
        ("Training log 2004\n\nWe will meet again in 2024.\n\nThursday 11 November. The course opened in Panama "
         "City this morning.\n", ("2004-11-11", "2004-11-11")),
        ("Client Alert\nOctober 27, 2015\n\nLast Wednesday and Thursday, October 21\u201322, UNODA convened a two-day "
         "seminar in Seattle under the Strategic Trade Act 2010.\n", ("2015-10-21", "2015-10-22")),
        ("ON BOARD\nIssue 1/2025 · January–February 2025\n\nHVIDOVRE · Last month the town hosted a two-day visit "
         "by the 1540 Committee. On Monday 2 and Tuesday 3 December, the Committee's experts met officials at "
         "Hvidovre Town Hall.\n", ("2024-12-02", "2024-12-03")),
        ("Campus news\n2 April 2024\n\nA seminar on research security will be held at Rackham on Thursday and\n"
         "Friday, April 18-19, with experts from the IAEA.\n", ("2024-04-18", "2024-04-19")),
    ],
    ids=["the-weekday-picks-a-later-year", "the-weekday-picks-an-earlier-year",
         "the-first-of-two-weekdays-is-the-first-days", "the-texts-own-year-or-the-one-next-to-it",
         "two-weekdays-across-a-line-end"],
)
def test_events_a_yearless_dates_weekday_picks_its_year_among_the_notes(parse, text, dates):
    """A date written without its year, after a weekday: of the years the note names, the one in
    which that day fell on that weekday (11 November 2024 was a Monday, 11 November 2004 a Thursday);
    of two weekdays before a range, the first names its first day's (21 October 2015 was a Wednesday,
    21 October 2010 a Thursday); else, the year being the text's own, the year next to it where the weekday falls."""
    assert dates_of(parse(text)) == dates


def test_events_a_chronology_dates_its_event_by_the_days_it_opens_and_closes(parse):
    """A chronology's lines: the day the seminar "OPENS" (at a place after a dash) to the day it
    "CLOSES"; a longer follow-up training's range later in the year is another event."""
    text = ("Regional seminar on enforcement\nChronology (last updated 9 October 2023)\n\n2023\n"
            " - 3 Feb     Invitations sent.\n"
            " \u25ba 24 Apr    SEMINAR OPENS - Almaty, Rixos Almaty hotel.\n"
            " \u25ba 25 Apr    Day 2: session on commodity identification.\n"
            " \u25ba 26 Apr    Day 3: table-top scenario; closing session; SEMINAR CLOSES.\n"
            " - 2-4 Oct   Follow-up national training, Bishkek (separate event).\n")
    record = parse(text)
    assert dates_of(record) == ("2023-04-24", "2023-04-26")
    assert venue_of(record) == ("Almaty", "KAZ", False)
    assert record.event.kind == "seminar"


@pytest.mark.parametrize(
    "text,dates",
    [
        ("Monday, 18 March 2024\n\nUNODA today opened a regional workshop in Suva, Fiji. The workshop runs until "
         "Wednesday, 20 March, and brings together officials from Fiji and Samoa.\n", ("2024-03-18", "2024-03-20")),
        ("A regional seminar opened in Rabat on 20 May 2019. It will close on 22 May with a field visit.\n",
         ("2019-05-20", "2019-05-22")),
        ("A regional seminar opened in Rabat on 20 May 2019. The photo exhibition runs until 30 June.\n",
         ("2019-05-20", "2019-05-20")),
        ("A regional seminar opened in Rabat on 20 May 2019. The previous seminar ran until 22 May 2018.\n",
         ("2019-05-20", "2019-05-20")),
        ("On June 10, 2019 the Ministry of Foreign Affairs of Turkmenistan has begun the work of a regional training "
         "course. The event is organized by the Ministry jointly with the OSCE and will last until June 14.\n",
         ("2019-06-10", "2019-06-14")),
        ("MERAUKE - The police secured the opening of the Regional Training Course on Countering Illicit "
         "Trafficking of CBRN Materials held at the hotel, Monday (17/11/2025).\n\nThe course, organized by the "
         "National Police together with INTERPOL, runs until Friday (21/11/2025) and is attended by 32 participants.\n",
         ("2025-11-17", "2025-11-21")),
        ("Tuesday, June 3, 2025 | 9:10 a.m.\n\nThe Ministry of Foreign Affairs opened this Tuesday, in the city of "
         "Esteli, the National Seminar on Export Controls, which will be held until Thursday, June 5.\n",
         ("2025-06-03", "2025-06-05")),
        ("Tuesday, June 3, 2025\n\nThe Ministry opened this Tuesday, in Esteli, the National Seminar on Export "
         "Controls. A follow-up seminar will be held on Thursday, June 5, in Leon.\n",
         ("2025-06-03", "2025-06-03")),
    ],
    ids=["runs-until-a-weekday", "it-will-close-on", "weeks-later-is-no-end", "another-event", "will-last-until",
         "until-a-weekday-then-its-date-in-brackets", "will-be-held-until", "will-be-held-on-is-no-end"],
)
def test_events_a_one_day_date_runs_until_a_later_day(parse, text, dates):
    """An event that opened on the main date and "runs until" a day at most two weeks later ends
    then; the end is warned."""
    record = parse(text)
    assert dates_of(record) == dates
    assert ("end_from_until" in warning_codes(record)) == (dates[0] != dates[1])


@pytest.mark.parametrize(
    "text,venue",
    [
        ("Regional Training Course\n\nNuclear Security Academy (INSA)\nDaejeon, Republic of Korea\n\n"
         "12\u201316 February 2024\n\nA. Background\n\nThe course is organized by the IAEA.\n", ("Daejeon", "KOR", False)),
        ("Regional Training Course\n\n12\u201316 February 2024\nDaejeon, Republic of Korea\n\nThe course is run by the IAEA.\n",
         ("Daejeon", "KOR", False)),
        ("Regional Training Course\n\nNuclear Security Academy\n\n12\u201316 February 2024\n\nThe course is run by the IAEA.\n",
         None),
    ],
    ids=["place-line-above", "place-line-below", "no-place-line"],
)
def test_events_a_title_block_sets_the_place_beside_the_date(parse, text, venue):
    """A title block's line of places next to the main date, each alone on its line, is the venue."""
    assert venue_of(parse(text)) == venue


@pytest.mark.parametrize(
    "text,dates",
    [
        ("ULAANBAATAR, 21 March 2022 \u2013 The course took place during the week of 14 March 2022, from Monday to "
         "Thursday, at the border.\n", ("2022-03-14", "2022-03-17")),
        ("The course was held in the week of Monday 16 March 2020, Tuesday to Friday, in Riga.\n", ("2020-03-17", "2020-03-20")),
        ("The course was held in the week of 14 March 2022 in Riga.\n", ("2022-03-14", "2022-03-14")),
    ],
    ids=["week-of-with-dateline", "week-of-monday", "week-of-alone"],
)
def test_events_weekdays_of_the_week_of_a_date(parse, text, dates):
    """"The week of 14 March 2022, from Monday to Thursday" is 14–17 March, not days read from the
    note's own date."""
    record = parse(text)
    assert dates_of(record) == dates
    assert "date_from_dateline" not in warning_codes(record)


def test_events_a_date_from_the_dateline_is_warned(parse):
    record = parse("GENEVA, 3 March 2022 \u2013 Experts met on Monday in Geneva, Switzerland, for a seminar.\n")
    assert dates_of(record) == ("2022-02-28", "2022-02-28")
    assert "date_from_dateline" in warning_codes(record)


@pytest.mark.parametrize(
    "text",
    [
        "Experts met yesterday in Vienna, Austria, for a seminar.\n",  # no dateline: no day to count from
        "VIENNA, May 2021 \u2013 Experts met yesterday for a seminar.\n",  # a dateline without its day
    ],
)
def test_events_relative_days_need_a_dateline_with_a_day(parse, text):
    assert parse(text).dates is None


@pytest.mark.parametrize(
    "text",
    [
        "BRUSSELS \u2013 The European Union funds export control outreach in Central Asia.\n",  # no event in the lede
        "EU P2P Export Control Programme \u2013 Eastern Partnership\n\nThe programme supports partners.\n",
    ],
)
def test_events_a_dateline_place_alone_is_no_venue(parse, text):
    assert parse(text).venue is None


def test_events_the_headline_numbers_the_event_of_a_series(parse):
    record = parse(
        "Second regional workshop on enforcement\n\n"
        "The first regional workshop was held in Tbilisi, Georgia, on 15-16 May 2018 and focused on licensing.\n\n"
        "Building on its results, the second regional workshop took place in Chisinau, Republic of Moldova, on 9-10 "
        "October 2018.\n")
    assert dates_of(record) == ("2018-10-09", "2018-10-10")
    assert venue_of(record) == ("Chisinau", "MDA", False)
    assert [e.venue.city for e in record.related_events if e.venue] == ["Tbilisi"]


def test_events_the_headline_years_the_event_among_a_timelines_items(parse):
    """"Timeline of the 2019 Tashkent Regional Seminar": its 2019 item, not the round table of 2017
    that the first item dates (the items' years come from the year headings above them)."""
    record = parse(
        "Timeline of the 2019 Tashkent Regional Seminar on Resolution 1540\n\n"
        "2017\n \u2022 7\u20138 June \u2013 Astana: national round table for Kazakhstan, organized by the OSCE.\n\n"
        "2019\n \u2022 14\u201316 May \u2013 the Regional Seminar on resolution 1540 is held in Tashkent, "
        "Uzbekistan, organized by UNODA.\n")
    assert dates_of(record) == ("2019-05-14", "2019-05-16")
    assert venue_of(record) == ("Tashkent", "UZB", False)


def test_events_a_headline_with_a_full_date_gives_no_year_to_prefer(parse):
    """A headline's date is a date: its year does not weigh on the others'."""
    record = parse("Seminar report, 3 March 2021\n\nThe seminar was held in Lima, Peru, on 2-4 December 2020.\n")
    assert dates_of(record) == ("2020-12-02", "2020-12-04")


# --- missing years ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,dates",
    [
        ("TBILISI, Georgia \u2013 2 May 2019 \u2013 A national workshop took place in Tbilisi, Georgia, on "
         "24-25 April.\n", ("2019-04-24", "2019-04-25")),
        ("Published: 3 May 2019\n\nA national workshop took place in Tbilisi, Georgia, on 24-25 April.\n",
         ("2019-04-24", "2019-04-25")),
        ("In 2016 Peru adopted a national control list. A national workshop on the new list took place in Lima, "
         "Peru, from 5 to 6 October.\n", ("2016-10-05", "2016-10-06")),
        ("The seminar was held in Lima, Peru, on 5 and 6 October. It was the first of its kind since 2014.\n",
         ("2014-10-05", "2014-10-06")),
        ("21 June 2019 \u00b7 by L. Ntelo \u00b7 Legislation\n\nOn resolution 1540 (2004), we co-organised a workshop "
         "in Lilongwe, Malawi, from 11 to 13 June.\n", ("2019-06-11", "2019-06-13")),  # a byline dates the post
        ("In 2016 Peru adopted a list. Resolution 1540 (2004) was discussed at a workshop held in Lima, Peru, from 5 to "
         "6 October.\n", ("2016-10-05", "2016-10-06")),  # the resolution's year is not the event's
        ("Posted 16 February 2026 in Alumni Stories\n\nWhat I got, from the 9th to the 13th of June last year, was "
         "the most useful course I attended in Georgetown.\n", ("2025-06-09", "2025-06-13")),  # from the post's year
    ],
)
def test_events_missing_year_is_inferred_with_a_warning(parse, text, dates):
    record = parse(text)
    assert dates_of(record) == dates
    assert "year_inferred" in warning_codes(record)


@pytest.mark.parametrize(
    "text",
    [
        "A national workshop took place in Lima, Peru, on 5-6 October 2016.\n",
        note("Event: Workshop", "Organizers: OSCE", "Date and venue: 5-6 October 2016, Lima, Peru"),
    ],
)
def test_events_explicit_year_gives_no_year_warning(parse, text):
    assert "year_inferred" not in warning_codes(parse(text))


# --- numbers that are not the event's date ------------------------------------------------------

@pytest.mark.parametrize(
    "text,dates",
    [
        ("The workshop on resolution 1540 (2004) was held in Nairobi, Kenya.\n", None),
        ("The workshop on resolutions 1540 (2004) and 2325 (2016) was held in Nairobi, Kenya, on 12 May 2017.\n",
         ("2017-05-12", "2017-05-12")),
        ("Under its 2019 \u2013 2021 programme, the EU funds outreach. A workshop was held in Almaty, Kazakhstan, "
         "on 12 May 2020.\n", ("2020-05-12", "2020-05-12")),
        ("The project (2019-2021) is funded by Canada. A workshop was held in Almaty, Kazakhstan, in May 2020.\n",
         ("2020-05-01", "2020-05-31")),
        ("The workshop was held in Almaty, Kazakhstan. The Council Decision of 2019 funds the 2019-2021 project.\n",
         None),
        ("The law adopted on 3 March 2015 was reviewed. A workshop was held in Minsk, Belarus, on 4 June 2016.\n",
         ("2016-06-04", "2016-06-04")),
    ],
)
def test_events_resolution_years_and_programme_periods_are_not_dates(parse, text, dates):
    assert dates_of(parse(text)) == dates


# --- related events -----------------------------------------------------------------------------

RELATED = [
    pytest.param("From 21 to 23 June 2023, UNLIREC delivered the second course in Cartagena, Colombia. The course "
                 "builds on the first course, held in Lima, Peru, in November 2022.\n",
                 ("2023-06-21", "2023-06-23"), ("Cartagena", "COL", False), [("2022-11-01", "Lima")], id="builds-on"),
    pytest.param("The training was held in Zamyn-Uud, Mongolia, on 14 March 2022. It follows a national seminar held "
                 "in Ulaanbaatar, Mongolia, in November 2021.\n",
                 ("2022-03-14", "2022-03-14"), ("Zamyn-Uud", "MNG", False), [("2021-11-01", "Ulaanbaatar")],
                 id="follows-a"),
    pytest.param("The workshop took place in Minsk, Belarus, on 10-11 April 2019. It followed an earlier round held "
                 "in Vilnius, Lithuania, in November 2018.\n",
                 ("2019-04-10", "2019-04-11"), ("Minsk", "BLR", False), [("2018-11-01", "Vilnius")], id="earlier-round"),
    pytest.param("Ahead of the Nuclear Security Summit held in Seoul in March 2012, the Government of Kazakhstan hosted "
                 "a seminar in Astana, Kazakhstan, on 14-15 February 2012.\n",
                 ("2012-02-14", "2012-02-15"), ("Astana", "KAZ", False), [("2012-03-01", "Seoul")], id="summit-before"),
    pytest.param("A regional workshop was held in Accra, Ghana, on 6-7 August 2019. The results will be presented at "
                 "the next meeting in Abuja, Nigeria, on 2 December 2019.\n",
                 ("2019-08-06", "2019-08-07"), ("Accra", "GHA", False), [("2019-12-02", "Abuja")], id="next-meeting"),
    pytest.param("The previous workshop took place in Rabat, Morocco, in January 2012. This year the workshop was "
                 "held in Tunis, Tunisia, on 4-6 June 2013.\n",
                 ("2013-06-04", "2013-06-06"), ("Tunis", "TUN", False), [("2012-01-01", "Rabat")], id="previous-first"),
    pytest.param("On 9 May 2022, UNODA held a virtual briefing for Pacific States. The briefing built on the regional "
                 "dialogue held in Nadi, Fiji, on 3-4 December 2019.\n",
                 ("2022-05-09", "2022-05-09"), (None, None, True), [("2019-12-03", "Nadi")], id="built-on-past-dialogue"),
    pytest.param("The course took place in Quito, Ecuador, from 2 to 4 July 2019 and followed the seminar held in "
                 "Lima, Peru, from 1 to 5 April 2019.\n",
                 ("2019-07-02", "2019-07-04"), ("Quito", "ECU", False), [("2019-04-01", "Lima")], id="followed-seminar"),
    pytest.param("A regional workshop took place in Accra, Ghana, on 26-28 March 2019. It follows a first regional "
                 "meeting held in Abuja, Nigeria, in 2017, and will be followed by national roundtables in Guinea "
                 "later this year.\n",
                 ("2019-03-26", "2019-03-28"), ("Accra", "GHA", False), [("2017-01-01", "Abuja"), (None, None)],
                 id="a-year-and-no-date"),
    pytest.param("The second workshop took place in Chisinau, Republic of Moldova, on 9-10 October 2018.\n\nThe next "
                 "regional workshop, on outreach to industry, is planned for spring 2019 in Kyiv.\n",
                 ("2018-10-09", "2018-10-10"), ("Chisinau", "MDA", False), [("2019-01-01", "Kyiv")], id="next-in-spring"),
    pytest.param("The workshop took place in Kuala Lumpur, Malaysia, on 3-5 June 2019. It built upon the outcomes of "
                 "the 2018 sub-regional meeting in Manila.\n",
                 ("2019-06-03", "2019-06-05"), ("Kuala Lumpur", "MYS", False), [("2018-01-01", "Manila")],
                 id="built-upon"),
    pytest.param("The workshop took place in Kuala Lumpur, Malaysia, on 3-5 June 2019. The next regional event will be a "
                 "table-top exercise in Manila in the last quarter of 2019.\n",
                 ("2019-06-03", "2019-06-05"), ("Kuala Lumpur", "MYS", False), [("2019-01-01", "Manila")],
                 id="next-event"),
    pytest.param("The Committee visited Antananarivo, Madagascar, on 5-6 March 2019. Earlier visits took place in Togo "
                 "in November 2017 and in Malawi in June 2016.\n",
                 ("2019-03-05", "2019-03-06"), ("Antananarivo", "MDG", False),
                 [("2017-11-01", None), ("2016-06-01", None)], id="two-in-one-sentence"),
    pytest.param("The workshop took place in Almaty, Kazakhstan, on 12-14 June 2018.\n\nA third workshop of the "
                 "programme, on enforcement, is planned to take place in Dushanbe in the first half of 2019.\n",
                 ("2018-06-12", "2018-06-14"), ("Almaty", "KAZ", False), [("2019-01-01", "Dushanbe")],
                 id="a-workshop-is-planned"),
    pytest.param("The meeting took place in Lima, Peru, on 3-5 December 2019. The Dominican Republic offered to host "
                 "the Fourth Regional Meeting in Santo Domingo in 2021.\n",
                 ("2019-12-03", "2019-12-05"), ("Lima", "PER", False), [("2021-01-01", "Santo Domingo")],
                 id="offered-to-host"),
    pytest.param("The conference took place in Tashkent, Uzbekistan, on 6-7 November 2019. The next regional activity "
                 "of the programme is foreseen in Ashgabat in March 2020.\n",
                 ("2019-11-06", "2019-11-07"), ("Tashkent", "UZB", False), [("2020-03-01", "Ashgabat")],
                 id="next-activity"),
    pytest.param("The workshop took place in Astana, Kazakhstan, on 3-4 June 2021.\n\nA follow-up regional workshop is to "
                 "be held in 2022 in Tashkent, Uzbekistan.\n",
                 ("2021-06-03", "2021-06-04"), ("Astana", "KAZ", False), [("2022-01-01", "Tashkent")],
                 id="is-to-be-held"),
    pytest.param("The workshop took place in Dushanbe, Tajikistan, on 4-6 June 2018. It was the third in a series. The "
                 "first was held in Bishkek, Kyrgyzstan, on 11-13 October 2016, and the second in Ashgabat, "
                 "Turkmenistan, on 20-22 June 2017.\n",
                 ("2018-06-04", "2018-06-06"), ("Dushanbe", "TJK", False),
                 [("2016-10-11", "Bishkek"), ("2017-06-20", "Ashgabat")], id="the-first-and-the-second"),
    pytest.param("The webinar was held online on 3 March 2021. It is the second of three. The first, on chemical "
                 "security, took place on 27 January 2021; the third, on nuclear security, is scheduled for May 2021.\n",
                 ("2021-03-03", "2021-03-03"), (None, None, True), [("2021-01-27", None), ("2021-05-01", None)],
                 id="the-first-the-third"),
    pytest.param("The workshop was the second for the Partner States. The first one took place in Kampala, Uganda, on "
                 "17-19 May 2016. This one brought officials to Arusha, Tanzania, on 25-27 February 2019.\n",
                 ("2019-02-25", "2019-02-27"), None, [("2016-05-17", "Kampala")], id="the-first-one-took-place"),
    pytest.param("The meeting took place in Podgorica, Montenegro, on 23-24 October 2018.\n\nThe second meeting of the "
                 "peer review is to be held in Skopje in the first half of 2019.\n",
                 ("2018-10-23", "2018-10-24"), ("Podgorica", "MNE", False), [("2019-01-01", "Skopje")],
                 id="the-second-is-to-be-held"),
    pytest.param("The workshop took place in Almaty, Kazakhstan, on 12-14 June 2018. The third regional workshop will "
                 "take place in Bishkek.\n",
                 ("2018-06-12", "2018-06-14"), ("Almaty", "KAZ", False), [(None, "Bishkek")], id="the-third-will-take-place"),
    pytest.param("The workshop took place in Abuja, Nigeria, on 4-6 June 2019. ECOWAS intends to hold a follow-up "
                 "meeting in Dakar in 2020.\n",
                 ("2019-06-04", "2019-06-06"), ("Abuja", "NGA", False), [("2020-01-01", "Dakar")], id="to-hold-a-follow-up"),
    pytest.param("The meeting took place in Gaborone, Botswana, on 4-6 June 2019. It agreed that the third regional "
                 "meeting be held in 2020 in Windhoek, Namibia.\n",
                 ("2019-06-04", "2019-06-06"), ("Gaborone", "BWA", False), [("2020-01-01", "Windhoek")],
                 id="agreed-that-it-be-held"),
    pytest.param("In 2018 the Government requested assistance, and UNODA offered to organize a national workshop. The "
                 "workshop took place in Djibouti on 18-20 June 2019.\n",
                 ("2019-06-18", "2019-06-20"), ("Djibouti", "DJI", False), [], id="offered-to-organize-the-one-reported"),
    pytest.param("The dialogue took place in Geneva, Switzerland, on 28-30 November 2022. The first two editions of "
                 "the dialogue were held in Vienna on 4-5 November 2019 and, because of the pandemic, online on 15-17 "
                 "June 2021.\n",
                 ("2022-11-28", "2022-11-30"), ("Geneva", "CHE", False), [("2019-11-04", "Vienna"), ("2021-06-15", None)],
                 id="in-a-city-and-online"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Start Date: Aug 2 2016\nEnd Date: Aug 5 2016\nLocation: Minsk, Belarus\n\nOfficials met at a peer-review "
        "meeting in Minsk, Belarus, from 2 to 5 August 2016.\n",  # the main event restated
        "Regional dialogue\n\nThe dialogue took place in New York on 30 April and 1 May 2019.\n\nProgramme\n\n"
        "Tuesday, 30 April 2019\n10:00-11:00   Opening session\n\nWednesday, 1 May 2019\n10:00-12:30   Session 3\n",
        "Expert meeting in The Hague, 6-8 October 2015.\n\nOPCW Expert Meeting \u00b7 October 2015     \u2013 2 \u2013\n",
        note("Event: Peer Review", "Date and venue: 8\u201310 April 2024, Buenos Aires, Argentina",
             body="Background\n\nThe first peer review took place in Mexico City in 2015, and resolution 2663\n"
                  "(2022) called for more.\n\nHighlights\n\nDay 2 (9 April) \u2013 Site visits and thematic sessions.\n"),
    ],
)
def test_events_the_main_event_again_is_no_related_event(parse, text):
    """A headline, a running footer or a programme's day restating the main event's dates."""
    assert parse(text).related_events == []


@pytest.mark.parametrize(
    "text",
    [
        "The workshop took place in Lima, Peru, on 3 May 2019. Participants recalled previous workshops.\n",
        "The seminar took place in Lima, Peru, on 3 May 2019, as part of a project to implement resolution 1540 "
        "(2004) and subsequent resolutions.\n",
    ],
)
def test_events_another_event_needs_a_date_a_year_or_a_place(parse, text):
    assert parse(text).related_events == []


@pytest.mark.parametrize("text,dates,venue,related", RELATED)
def test_events_other_events_go_to_related_events(parse, text, dates, venue, related):
    record = parse(text)
    assert dates_of(record) == dates
    assert venue_of(record) == venue
    got = [(e.dates.start if e.dates else None, e.venue.city if e.venue else None) for e in record.related_events]
    assert got == related


@pytest.mark.parametrize(
    "text,cities,code",
    [
        pytest.param("The Government of Mongolia hosted a workshop in Ulaanbaatar, Mongolia, on 14 August 2019.\n",
                     {"Ulaanbaatar"}, "MNG"),
        pytest.param("A workshop took place in Valletta, Malta, on 9 January 2012.\n", {"Valletta"}, "MLT"),
        pytest.param("A workshop took place in Thimphu, Bhutan, on 9 January 2012.\n", {"Thimphu"}, "BTN"),
        pytest.param("Last week I joined a roundtable in Al Ain on 3 May 2022.\n", {"Al Ain City"}, "ARE"),
        pytest.param("The city hosted a workshop in Cheongju on 14 October 2019.\n", {"Cheongju"}, "KOR"),
    ],
)
def test_events_prose_small_or_variant_city_before_its_state(parse, text, cities, code):
    record = parse(text)
    assert record.venue is not None
    assert record.venue.city in cities and record.venue.country_code == code


# --- cities alone -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,city,code",
    [
        ("The training was held in Kathmandu on 3 May 2018.\n", "Kathmandu", "NPL"),
        ("The Government of Ghana hosted a sub-regional workshop in Accra on 21-23 February 2017.\n", "Accra", "GHA"),
        ("A national round table took place in Bishkek on 12 March 2015.\n", "Bishkek", "KGZ"),
        (note("Event: Workshop on Export Controls", "Organizers: OSCE", "Date: 5 May 2015", "Venue: Tashkent"),
         "Tashkent", "UZB"),
        (note("Event: Workshop on Export Controls", "Organizers: OSCE", "Date and venue: 5 May 2015, Nairobi"),
         "Nairobi", "KEN"),
    ],
)
def test_events_venue_city_alone_gets_country_from_gazetteer(parse, text, city, code):
    record = parse(text)
    assert venue_of(record) == (city, code, False)
    assert "country_from_city" in warning_codes(record)


@pytest.mark.parametrize(
    "text",
    [
        "The training was held in Kathmandu, Nepal, on 3 May 2018.\n",
        note("Event: Workshop", "Organizers: OSCE", "Date and venue: 5 May 2015, Tashkent, Uzbekistan"),
    ],
)
def test_events_venue_with_country_gives_no_city_warning(parse, text):
    assert "country_from_city" not in warning_codes(parse(text))


@pytest.mark.parametrize(
    "text,venue",
    [
        ("Namibia hosted a national workshop on 13-15 May 2019 in Swakopmund.\n", ("Swakopmund", "NAM", False)),
        ("In Swakopmund, a national workshop for officials of Namibia was held on 13-15 May 2019.\n",
         ("Swakopmund", "NAM", False)),
        ("Indonesia and Australia co-hosted a seminar on 7 and 8 August 2017 at The Laguna Resort, Nusa Dua, Bali.\n",
         ("Nusa Dua", "IDN", False)),
        ("The tabletop exercise on chemical security in C\u00f4te d'Ivoire was held on 22 and 23 February 2023 at the "
         "H\u00f4tel \u00c9toile du Sud, Grand-Bassam.\n", ("Grand-Bassam", "CIV", False)),
        # a town of a State the note does not name is no venue
        ("A national workshop was held on 13-15 May 2019 in Swakopmund.\n", None),
        # a town's two words across a line's end; a town before a line whose first word is not its own
        ("Customs officers from Malaysia, Thailand and Indonesia met in Kuala\nNerus this week for a two-day "
         "workshop on strategic trade controls.\n", ("Kuala Nerus", "MYS", False)),
        ("Customs officers from Nigeria and Ghana met in Sagamu\nThis week's workshop on strategic trade controls "
         "ran for two days.\n", ("Sagamu", "NGA", False)),
        ("Officials of South Africa and Namibia met for a three-day workshop on dual-use chemicals, which ended "
         "yesterday at the Grabouw Civic Centre.\n", ("Grabouw", "ZAF", False)),  # a town's own hall named after it
        ("Officials of the United States met for a three-day conference on export controls, which ended yesterday "
         "at the Sharon Conference Centre.\n", None),  # not any hall: a region's name, not the town's
        # a town people were welcomed "to", the event they came for after it; not a town they were only sent to
        ("On 6 February 2025 the council welcomed officials from the UK to County Hall, Trowbridge, for a "
         "roundtable on chemical security.\n", ("Trowbridge", "GBR", False)),
        ("On 6 February 2025 officials from the UK met for a roundtable on chemical security; its report went to "
         "Trowbridge for comment.\n", None),
    ],
)
def test_events_a_town_too_small_for_the_city_gazetteer_in_a_state_the_note_names(parse, text, venue):
    assert venue_of(parse(text)) == venue


def test_events_a_pages_front_matter_dates_the_page_not_the_event(parse):
    """The front matter's date is the page's (it gives the year), its location the author's."""
    text = ('---\ntitle: "An industry seminar in Thailand"\ndate: 2019-11-12T09:30:00+00:00\nlocation: "London, UK"\n'
            "---\n\nLast week, on 5 and 6 November, our team was in Bangkok where we co-hosted a two-day seminar on "
            "the new Act, which enters into force on 1 January 2020.\n")
    record = parse(text)
    assert (str(record.dates.start), str(record.dates.end)) == ("2019-11-05", "2019-11-06")
    assert venue_of(record) == ("Bangkok", "THA", False)


@pytest.mark.parametrize(
    "text,venue",
    [
        ("The workshop was convened by IMPACS jointly with the Government of Saint Kitts and Nevis at the Ocean "
         "Terrace Inn, Basseterre, from 12 to 14 April 2016.\n", ("Basseterre", "KNA", False)),
        ("According to the letter, the workshop was organised by UNODA together with the South African Department of\n"
         "International Relations and Cooperation (DIRCO), and it took place at the Ranch\nResort, Polokwane, from "
         "Tuesday 14 March 2023 until Thursday 16 March 2023.\n", ("Polokwane", "ZAF", False)),  # the name wrapped
        ("The course organized by the IAEA was held at the Ghana Atomic Energy Commission, Kwabenya, Accra, "
         "from 27 November to 1 December 2017.\n", ("Accra", "GHA", False)),
        ("The roundtable, co-organised by UNODA and the Ministry of Foreign and Diaspora Affairs, went ahead at the "
         "Kenya School of Government, Lower Kabete, Nairobi, on 11 and 12 June 2024.\n", ("Nairobi", "KEN", False)),
        ("A two-day divisional seminar on chemical safety began on 27 January 2026 at the conference room of the "
         "Deputy Commissioner's Office, Natore, and concluded the next day.\n", ("Natore", "BGD", False)),  # its room
        ("The roundtable was held at the Kenya School of Government in Nairobi on 11-12 June 2024.\n",
         ("Nairobi", "KEN", False)),
        ("The roundtable was held at the Kenya School of Government, Nairobi, on 11 and 12 June 2024. It ran in "
         "hybrid format, with customs officers connected from Mombasa.\n", ("Nairobi", "KEN", True)),
        ("The meeting is confirmed for 25 to 27 March 2025 in Dakar, at the King Fahd Palace hotel. It is co-organised "
         "by ECOWAS. Hybrid format - Zoom link for those who cannot travel.\n", ("Dakar", "SEN", True)),
        ("The meeting is confirmed for 25 to 27 March 2025 in Dakar. It is co-organised by ECOWAS.\n\nHybrid format "
         "for the next one.\n", ("Dakar", "SEN", False)),
        ("From 14 to 16 October 2025, UNODA co-hosted a regional conference at the Emirates Palace in Abu Dhabi. Delegations "
         "joined in the room, while two experts took the floor remotely \u2013 the first time the conference was run "
         "in this hybrid way.\n", ("Abu Dhabi", "ARE", True)),
        ("From 14 to 16 October 2025, UNODA co-hosted a regional conference at the Emirates Palace in Abu Dhabi. "
         "Delegations discussed hybrid threats.\n", ("Abu Dhabi", "ARE", False)),
        ("The training took place at the DIAN Centre of Customs Studies in **Bogot\u00e1, Colombia, from 16 to 20 "
         "September 2024** (five days, in person).\n", ("Bogot\u00e1", "COL", False)),
        ("The workshop ran from 29 September through 1 October 2025, at a hotel in the centre of Tegucigalpa.\n",
         ("Tegucigalpa", "HND", False)),
        ("Last week officials came together at the headquarters of the League of Arab States in downtown Cairo for a "
         "two-day course on 21-22 October 2025.\n", ("Cairo", "EGY", False)),
    ],
)
def test_events_a_city_after_a_named_facility_and_a_comma(parse, text, venue):
    """The city after a facility's name and a comma, or after its district too (two words: "Lower
    Kabete"); the city ending a body's name the event is at; online when the next sentence, about
    the event, says so."""
    assert venue_of(parse(text)) == venue


def test_events_an_event_that_opened_somewhere_was_held_there(parse):
    """"The seminar opened on … at …" says where it was held; "the Minister opened the seminar" does not."""
    record = parse("Broadcast: 24 August 2018\n\nThe national seminar opened on Tuesday at the Ministry of Foreign "
                   "Affairs in Asunci\u00f3n and closed on Thursday.\n")
    assert venue_of(record) == ("Asunci\u00f3n", "PRY", False)
    assert record.event.kind == "seminar"


@pytest.mark.parametrize(
    "text,venue,body",
    [
        ("The seminar was convened by UNRCPD and the Ministry of Foreign Affairs of Sri Lanka in Colombo on 4 and 5 "
         "September 2019.\n", ("Colombo", "LKA", False), "Ministry of Foreign Affairs of Sri Lanka"),
        ("The national seminar was held on 21 August 2018 at the Ministry of Foreign Affairs in Asunci\u00f3n.\n",
         ("Asunci\u00f3n", "PRY", False), "Ministry of Foreign Affairs"),
        # an office is named by its city: the venue is elsewhere
        ("The OSCE Programme Office in Bishkek organized a seminar in Osh, Kyrgyzstan, on 3 May 2019.\n",
         ("Osh", "KGZ", False), "OSCE Programme Office in Bishkek"),
    ],
)
def test_events_where_a_ministry_is_is_no_part_of_its_name(parse, text, venue, body):
    """"in <city>" after a ministry or after "of <State>" says where the body is, so it can be the venue."""
    record = parse(text)
    assert venue_of(record) == venue
    assert body in [o.name for o in record.mentions.organizations]


@pytest.mark.parametrize(
    "text,dates,venue",
    [
        ("In the period from 12.09.2023 to 14.09.2023 in the city of Cholpon-Ata was carried out the regional seminar "
         "on export control for Kyrgyzstan and Kazakhstan. On 14.09.2023 at the customs post was conducted the "
         "practical exercise.\n", ("2023-09-12", "2023-09-14"), ("Cholpon-Ata", "KGZ", False)),
        ("The national workshop was carried out on 5 May 2022 in the city of Almaty.\n", ("2022-05-05", "2022-05-05"),
         ("Almaty", "KAZ", False)),
        ("The works of the seminar have taken place from 12th to 14th March 2019 at Cotonou. It comes at the "
         "continuation of the regional course organised at Abidjan, in Cote d'Ivoire, from 2nd to 4th October 2018.\n",
         ("2019-03-12", "2019-03-14"), ("Cotonou", "BEN", False)),
    ],
)
def test_events_calques_say_an_event_was_held_and_where(parse, text, dates, venue):
    """"was carried out" and "have taken place" say an event was held; "in the city of X" is where."""
    record = parse(text)
    assert (str(record.dates.start), str(record.dates.end)) == dates
    assert venue_of(record) == venue


NAME_PIECES = ["Regional", "Workshop", "Workshops", "Round", "Round-table", "Roundtable", "Round Table", "Meeting",
               "Forumx", "UN", "(STCE)", ")", "Co-operation", "O\u2019Neil", "O'Brien", "3rd", "21st", "12", "the", "of", "on", "A", " ", "  ",
               ",", ".", "\n", "(", "-", "\u0301", "Ce\u0301sar", "\u00c9cole", "\u00e9", "_", "*", "\u00b2", "x"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=40).flatmap(lambda pieces: st.sampled_from(["", " "]).map(
    lambda sep: sep.join(pieces))), st.integers(0, 30), st.integers(0, 400))
def test_events_name_search_near_heads_finds_what_a_full_scan_finds(text, pos, end):
    """Trying the name pattern only after the last character before a head word that a name
    cannot hold finds the matches of a scan of every position."""
    assert [m.span() for m in _name_matches(text, pos, end)] == [m.span() for m in NAME_RE.finditer(text, pos, end)]


def test_events_a_stated_length_picks_the_event_of_that_many_days(parse):
    """A report that calls its event "a three-day regional tabletop exercise" and lists a two-day
    preparatory workshop first: the three-day range is the event's."""
    report = ("1. Summary\n\nIts core output, a three-day regional tabletop exercise, was delivered in November 2021.\n\n"
              "Activity 1 - Scenario development workshop (virtual, 7-8 September 2021).\n\n"
              "Activity 2 - Regional Tabletop Exercise, Entebbe, Uganda,\n16-18 November 2021. Forty participants "
              "took part.\n")
    record = parse(report)
    assert dates_of(record) == ("2021-11-16", "2021-11-18")
    assert venue_of(record) == ("Entebbe", "UGA", False)


@pytest.mark.parametrize("text,venue", [
    ("Regional Tabletop Exercise, Entebbe, Uganda,\n16-18 November 2021.\n", ("Entebbe", "UGA", False)),
    ("National Workshop on Export Controls \u2014 14-15 May 2019, Tashkent, Uzbekistan\n", ("Tashkent", "UZB", False)),
    ("The webinar, 14 May 2019, Vienna, Austria, and online.\n", ("Vienna", "AUT", True)),
    ("A workshop was organized by the Government of Uganda, 16-18 November 2021.\n", None),
    ("Pacific Regional Meeting on Resolution 1540 (2004)\nNadi, Fiji, 3-4 September 2013\n", ("Nadi", "FJI", False)),
    ("The national workshop, 14-15 May 2019, Nadi, Fiji.\n", ("Nadi", "FJI", False)),
    ("A workshop was organized by UNODA, Fiji, 3-4 September 2013.\n", (None, "FJI", False)),
], ids=["before", "after", "hybrid", "inside-a-body", "a-town-before", "a-town-after", "a-body-is-no-town"])
def test_events_places_that_run_into_the_date_are_the_venue(parse, text, venue):
    """A title or activity line that gives the place and the date joined by commas, with no "in"."""
    assert venue_of(parse(text)) == venue


def test_events_the_place_beside_a_restated_date_of_the_event(parse):
    """A post that gives the days without the place, then the place beside the month in its link
    card: the card's "Accra, March 2023" holds 6-8 March, so Accra is the venue; a card for
    another month says nothing of it."""
    post = ("Back in London after a week of work!\n\nFrom 6 to 8 March, VERTIC co-organised a regional drafting "
            "workshop at the Kofi Annan International Peacekeeping Training Centre.\n\n"
            "  vertic.org\n  Regional drafting workshop for West Africa - {place}, {month} 2023\n")
    assert venue_of(parse(post.format(place="Accra", month="March"))) == ("Accra", "GHA", False)
    assert venue_of(parse(post.format(place="Accra", month="June"))) is None


def test_events_a_web_pages_related_links_are_other_events(parse):
    """A saved web page's "Related news" links name other events, even ones "held" on a day: the
    page's own event, which the WCO "conducted", is the one reported."""
    page = ("Home > Media > Newsroom\n\nWCO delivers regional training\n\n21 November 2017\n\n"
            "From 13 to 17 November 2017, the World Customs Organization conducted a regional training "
            "workshop in Tbilisi, Georgia. Officers from Armenia and Ukraine took part.\n\n"
            "Related news\n  \u203a National Training Workshop held in Skopje (10 October 2017)\n"
            "  \u203a Call for experts - deadline 15 December 2017\n")
    record = parse(page)
    assert dates_of(record) == ("2017-11-13", "2017-11-17")
    assert venue_of(record) == ("Tbilisi", "GEO", False)
    assert [e.name for e in record.related_events] == ["National Training Workshop"]


def test_events_every_name_head_begins_with_a_key_head():
    """The near-head search is exact only if every head of the name pattern starts with one of them."""
    assert _KEY.startswith("(?:") and _KEY.endswith(")s?")
    for head in _KEY[3:-3].split("|"):
        assert _KEY_HEAD.match(head), head


def test_events_a_title_names_the_event_no_sentence_names(parse):
    """Notes whose sentences say "the roundtable" name it in their title: the name ends before a
    bracket it does not close."""
    notes = ("# Notes: National Roundtable on UNSCR 1540 Implementation (Mongolia)\n\n"
             "- **When:** 14-15 March 2023\n- **Where:** Ulaanbaatar, Mongolia\n\nThe roundtable agreed on a plan.\n")
    event = parse(notes).event
    assert (event.name, event.kind) == ("National Roundtable on UNSCR 1540 Implementation", "roundtable")


@pytest.mark.parametrize("said", [
    "Format: in person only. The hybrid option was dropped, no link was sent.",
    "The seminar was held in person, not online.",
])
def test_events_an_online_word_denied_is_not_online(parse, said):
    record = parse(f"Seminar on export control\n\nThe seminar took place in Accra, Ghana, on 3-4 May 2019.\n{said}\n")
    assert venue_of(record) == ("Accra", "GHA", False)


def test_events_an_e_mails_subject_is_its_title_and_a_platform_its_venue(parse):
    """A meeting invitation: its title is the subject, not "From:"; "Where: Microsoft Teams
    Meeting" is online, no city."""
    invitation = ("From:      Support Section\nSent:      Monday, November 23, 2020 4:12 PM\n"
                  "Subject:   RE: OSCE-UNODA webinar: national action plans\n"
                  "When:      Wednesday, December 9, 2020 10:00 AM-12:30 PM\nWhere:     Microsoft Teams Meeting\n\n"
                  "Dear colleagues,\n\nPlease join five minutes early.\n")
    record = parse(invitation)
    assert record.title.text == "OSCE-UNODA webinar: national action plans"
    assert record.event.kind == "webinar"
    assert dates_of(record) == ("2020-12-09", "2020-12-09")
    assert venue_of(record) == (None, None, True)


def test_events_a_city_that_hosted_the_event_is_its_venue(parse):
    record = parse("Mr. Chair,\n\n4. I am therefore pleased to report that from 10 to 12 September 2019,\nAccra hosted a "
                   "subregional workshop on the implementation of resolution\n1540 (2004) for Member States of the Economic "
                   "Community of West African\nStates. The workshop was jointly organized by the Government of Ghana.\n")
    assert venue_of(record) == ("Accra", "GHA", False)
    assert dates_of(record) == ("2019-09-10", "2019-09-12")


@pytest.mark.parametrize("lead", [
    "Bayambang successfully hosted the Inter-Agency Tabletop and Field Exercise from Wednesday to Friday",
    "Municipality of Bayambang\nMarch 1, 2024\n\nBayambang proudly hosted the Inter-Agency Field Exercise from "
    "Wednesday to Friday",
])
def test_events_a_city_that_hosted_the_event_with_an_adverb_between_is_its_venue(parse, lead):
    """"Bayambang successfully hosted the … Exercise": an adverb between the city and its verb."""
    record = parse(lead + ", 28 February to 1 March 2024, with 20 agencies.\n")
    assert venue_of(record) == ("Bayambang", "PHL", False)


def test_events_a_city_hosting_the_event_with_its_dates_between_is_its_venue(parse):
    """"The municipality of Saurimo is hosting, from 24.11.2025 to 28.11.2025, a regional training course",
    under another town's dateline: the dates between the verb and the event, dots and all."""
    record = parse("PROVINCIAL GOVERNMENT - NEWS\n\nLuena - The municipality of Saurimo is hosting, from 24.11.2025 to "
                   "28.11.2025, a regional training course on the detection of radioactive material.\n")
    assert venue_of(record) == ("Saurimo", "AGO", False)
    assert dates_of(record) == ("2025-11-24", "2025-11-28")


def test_events_a_city_that_hosts_the_event_in_a_headline_in_capitals_is_its_venue(parse):
    """A press statement's headline in capitals, "CHITUNGWIZA HOSTS NATIONAL SEMINAR ON …", as "Mosul hosts …"."""
    record = parse("PRESS STATEMENT\n04 August 2025\n\nCHITUNGWIZA HOSTS NATIONAL SEMINAR ON WEAPONS OF MASS DESTRUCTION "
                   "CONTROLS\n\nThe town was honoured to host the seminar at the Civic Centre on Thursday 31 July and "
                   "Friday 1 August.\n")
    assert venue_of(record) == ("Chitungwiza", "ZWE", False)


@pytest.mark.parametrize("subject", ["The University of Moratuwa (UoM)",
                                     "The Department of Mechanical Engineering of the University of Moratuwa"])
def test_events_a_university_named_after_its_city_that_hosted_the_event_puts_it_there(parse, subject):
    """"The … of the University of Moratuwa (UoM) hosted a five-day … Course": the university's city, in a text
    that names its State; a university's department stays the university's, not made Sri Lanka's."""
    record = parse(f"{subject} hosted a five-day National Training Course from November 3 to 7, 2025, with Sri "
                   "Lanka Customs.\n")
    assert venue_of(record) == ("Moratuwa", "LKA", False)
    assert not any(o.name.endswith("of Sri Lanka") for o in record.organizers)


def test_events_a_room_of_a_named_building_then_a_comma_and_a_city_is_the_venue(parse):
    """"in the auditorium of the new Collectorate building, Khargone": the building's town."""
    record = parse("A three-day seminar was organised from 9th to 11th December 2025 in the auditorium of the new "
                   "Collectorate building, Khargone. It was organised by the DGFT, Government of India.\n")
    assert venue_of(record) == ("Khargone", "IND", False)


def test_events_a_slide_names_its_event_above_its_dates(parse):
    """A slide deck's text: the event is named on the first slide, in no sentence; its dates run
    with an arrow."""
    deck = ("[Exported text - debrief_v3.pptx - 11 slides]\n\n=========== Slide 1 ===========\n"
            "Regional Table-Top Exercise on Enforcement of Strategic Trade Controls\nBrussels, 15 November 2018\n\n"
            "=========== Slide 2 ===========\nAt a glance\n\u2022 Dates: 2018-10-02 \u2192 2018-10-04\n"
            "\u2022 Venue: Tbilisi, Georgia\n")
    record = parse(deck)
    assert (record.event.name, record.event.kind) == (
        "Regional Table-Top Exercise on Enforcement of Strategic Trade Controls", "exercise")
    assert dates_of(record) == ("2018-10-02", "2018-10-04")


def test_events_a_memos_date_is_when_it_was_written(parse):
    """A memo's "Date:" among its "To:", "From:" and "Subject:" is the memo's; its numbered
    paragraphs' labels ("3.2  Dates:") are the event's fields."""
    memo = ("INTERNAL MEMORANDUM\n\nTo:        Chief, Programming Unit\nFrom:      Project Officer\n"
            "Date:      the 11th of February 2025\nSubject:   BUDGET REQUEST\n\n"
            "3. THE EVENT\n\n3.1  Title: National Workshop on the Implementation of UNSCR 1540 (2004).\n\n"
            "3.2  Dates: from the 3rd to the 5th of June 2025.\n\n3.3  Venue: Tashkent, Uzbekistan.\n")
    record = parse(memo)
    assert dates_of(record) == ("2025-06-03", "2025-06-05")
    assert venue_of(record) == ("Tashkent", "UZB", False)
    assert record.event.kind == "workshop"


def test_events_a_stories_weekdays_before_its_date_and_its_full_stop_dateline(parse):
    """A university news story: "on Monday and Tuesday, November 6 and 7" are those days, not
    days counted from its publication; "Nairobi." opens it as a dateline; a sentence about
    another time ("had met in Geneva in November 2016") does not place the event."""
    story = ("UNIVERSITY OF NAIROBI\n\nScientists meet to close biosecurity gaps\n\n"
             "Published 14 November 2017 | Communications Office\n\n"
             "Nairobi. Scientists from six East African countries met at the University's Chiromo Campus on "
             "Monday and Tuesday, November 6 and 7, for a two-day regional seminar on biosecurity.\n\n"
             "The UNODA representative noted that States Parties had met in Geneva in November 2016 for the "
             "Eighth Review Conference.\n")
    record = parse(story)
    assert dates_of(record) == ("2017-11-06", "2017-11-07")
    assert venue_of(record) == ("Nairobi", "KEN", False)


def test_events_venue_labels_in_the_body_are_read_to_their_sentences_end():
    """A numbered paragraph's "3. Venue:" below the header is read to the end of its sentence (the
    procurement notice of round 15, z11, whose venue only it gave); a page's front matter
    "location:" is its author's."""
    from noteparse.context import Context
    from noteparse.events import _labelled_venues
    from noteparse.mentions import MentionSet
    from noteparse.sections import split_sections
    from noteparse.sentences import sentence_spans
    from noteparse.textview import make_view

    text = ("---\nlocation: London, UK\n---\n\n1. UNRCPD will hold a workshop.\n\n"
            "3. Venue: Diamond Island Centre (Koh Pich), Phnom Penh,\n   Cambodia. The contractor shall provide a room.\n")
    view = make_view(text)
    ctx = Context(text, split_sections(text), view, MentionSet(), sentence_spans(view))
    assert [text[a:b] for a, b in _labelled_venues(ctx)] == ["Diamond Island Centre (Koh Pich), Phnom Penh,\n   Cambodia."]


def test_events_a_city_ending_an_unknown_bodys_name_places_the_event(parse):
    """A calque's "at the headquarters of the Diplomatic Institute of the Ministry of Foreign
    Affairs in Doha": Doha is named, and the event is there; the cooperating body's list ends at
    ", and its activities continue"."""
    release = ("The workshop is organized by the National Committee for the Prohibition of Weapons in cooperation "
               "with the United Nations Office for Disarmament Affairs, and its activities continue during the period "
               "from 16 to 18 October 2022, at the headquarters of the Diplomatic Institute of the Ministry of "
               "Foreign Affairs in Doha.\n")
    record = parse(release)
    assert venue_of(record) == ("Doha", "QAT", False)
    assert [p.name for p in record.mentions.places] == ["Doha"]
    assert [o.text for o in record.organizers] == ["National Committee for the Prohibition of Weapons",
                                                   "United Nations Office for Disarmament Affairs"]


def test_events_a_digests_message_dates_are_not_the_events(parse):
    """A mailing-list digest: the "Date:" lines among "From:", "To:" and "Subject:" are its messages';
    the announcement's own "Date:" label, below a blank line, is the event's."""
    digest = ("From: list-request@lists.example.org\nTo: list@lists.example.org\nDate: Fri, 25 Jun 2021 12:00:02 -0400\n"
              "Subject: list Digest, Vol 7, Issue 12\n\nMessage: 1\nDate: Tue, 1 Jun 2021 14:05:33 -0400\n"
              "From: CARICOM 1540 Programme\nTo: list@lists.example.org\nSubject: Webinar announcement\n\n"
              "Dear colleagues,\n\nWe are pleased to invite you to a webinar:\n\n"
              "   Date:     Tuesday 15 June 2021\n   Platform: Zoom (link sent upon registration)\n\n"
              "Please register by Friday 11 June 2021.\n")
    assert dates_of(parse(digest)) == ("2021-06-15", "2021-06-15")


def test_events_a_newsletters_lead_item_is_its_event(parse):
    """A newsletter's items each report an event; the lead item's, which "brings together" its
    participants (no "held" in it), comes first and is the one, not the "organizing" of the next."""
    newsletter = ("REGIONAL CENTRE ROUNDUP\nIssue No. 41 | October 2024\n\n1 | PACIFIC: RADIOACTIVE SOURCES\n\n"
                  "On 2 and 3 October, we teamed up with the IAEA to bring together, entirely online, regulators from "
                  "across the Pacific for a two-part webinar on resolution 1540 (2004).\n\n2 | BHUTAN\n\n"
                  "On 15\u201316 October, we supported the Royal Government of Bhutan in organizing a national "
                  "workshop in Thimphu.\n")
    record = parse(newsletter)
    assert dates_of(record) == ("2024-10-02", "2024-10-03")
    assert record.event.kind == "webinar"


def test_events_an_annual_reports_course_which_it_delivered_is_its_event(parse):
    """A report on a year: the event "which it delivered" in a relative clause is the one told, not
    the workshop "held" in a sentence on who asked for more."""
    report = ("Annual Report 2025\n\nNepal and Bangladesh requested similar support, and a national workshop was held "
              "in Dhaka from 18 to 20 November.\n\nThe Centre's principal activity was a four-day training course, "
              "which it delivered in Da Nang from 13 to 16 May. Officers from Cambodia and Viet Nam took part.\n")
    record = parse(report)
    assert dates_of(record) == ("2025-05-13", "2025-05-16")
    assert venue_of(record) == ("Da Nang", "VNM", False)


@pytest.mark.parametrize("labels", [("End date", "Start date"), ("Ends", "Starts")])
def test_events_an_end_date_field_before_its_start(parse, labels):
    """An events listing puts "Ends:" above "Starts:": the range is read, its span covers both
    (this raised a validation error: the span ran backwards)."""
    end, start = labels
    record = parse(f"Webinar series on export control\n\n{end}: 2021-11-25\nFormat: Online (Zoom)\n{start}: Tue 23 Nov 2021\n")
    assert dates_of(record) == ("2021-11-23", "2021-11-25")
    assert record.dates.span[0] < record.dates.span[1]


def test_events_from_and_to_labels_give_a_range_and_an_e_mails_give_none(parse):
    """A spreadsheet's "From / To" rows are the event's days; an e-mail's "From:" and "To:" hold no date."""
    sheet = ("Event\tRegional Workshop on UNSCR 1540\nVenue\tPalace of Serbia, Belgrade\nFrom\t4.10.2016\nTo\t6.10.2016\n"
             "Mode\tIn person\n")
    assert dates_of(parse(sheet)) == ("2016-10-04", "2016-10-06")
    mail = ("From: UNODA <unoda@un.org>\nTo: all@lists.example.org\nSubject: Workshop in Belgrade\n\n"
            "The workshop will take place in Belgrade on 4-6 October 2016.\n")
    assert dates_of(parse(mail)) == ("2016-10-04", "2016-10-06")


def test_events_an_invitation_cards_event_word_above_its_date(parse):
    card = ("                        [emblem]\n\n        The Permanent Representative of the Republic of Korea\n"
            "                   to the United Nations\n                            and\n"
            "   the High Representative for Disarmament Affairs, United Nations\n"
            "            Office for Disarmament Affairs (UNODA)\n\n"
            "            request the pleasure of your company at a\n\n                        ROUNDTABLE\n\n"
            '   "Twenty Years On: Assistance, Partnerships and the Future of\n'
            '              Security Council Resolution 1540 (2004)"\n\n'
            "     on the margins of the open consultations of the 1540 Committee\n"
            "                  in the context of the comprehensive review\n\n"
            "                  Thursday, 2 June 2022\n                  13:15 - 14:30 hrs\n")
    record = parse(card)
    assert (record.event.kind, record.event.text) == ("roundtable", "ROUNDTABLE")
    assert dates_of(record) == ("2022-06-02", "2022-06-02")


@pytest.mark.parametrize("after, city", [
    ("It was received in Santiago by the Minister.", "Santiago"),
    ("A first visit was held in Santiago in 2015.", None),
    ("It was received in Lima by the Minister.", None),
])
def test_events_a_country_visits_city_from_the_sentences_after(parse, after, city):
    record = parse(f"A delegation carried out a visit to Chile on 3 May 2019. {after}\n")
    assert (record.venue.city, record.venue.country_code) == (city, "CHL")


def test_events_a_newspapers_weekday_with_its_day_in_brackets():
    from noteparse.pipeline import Pipeline
    record = Pipeline()("Daily News                                        Thursday, 8 February 2024\n\n"
                        "MPs discuss WMD\n\nThe two-day regional workshop, which began on Tuesday (6) at a city "
                        "hotel, concluded\nyesterday (7). It was organised by UNRCPD.\n")
    assert (record.dates.start, record.dates.end) == ("2024-02-06", "2024-02-07")


@pytest.mark.parametrize("text, venue", [
    ("Information Note\n\nEvent: Seminar\nDate and venue: 8-9 May 2019, Antigua Guatemala, Guatemala\n",
     ("Antigua Guatemala", "GTM", False)),
    ("Information Note\n\nEvent: Workshop\nDate and venue: 21-22 September 2022, Shangri-La Hotel, Ulaanbaatar, Mongolia\n",
     ("Ulaanbaatar", "MNG", False)),
    ("Information Note\n\nEvent: Course\nDates: 14-17 March 2023\nVenue: Kenya School of Revenue Administration (KESRA), "
     "Mombasa Campus\n", ("Mombasa", "KEN", False)),
    ("Information Note\n\nEvent: Webinar series\nDate(s): on 4, 11 and 18 March 2021\nMode:             Online (Zoom)\n",
     (None, None, True)),
    ("16 October 2023\n\nLYON, France – Investigators completed a course.\n\nThe course, organized with SARPCCO and hosted "
     "by the Namibian Police Force in\nWindhoek, ran from Monday 2 October until Friday 13 October.\n",
     ("Windhoek", "NAM", False)),
])
def test_events_venue_shapes_of_round_25(parse, text, venue):
    record = parse(text)
    assert (record.venue.city, record.venue.country_code, record.venue.online) == venue


def test_events_opened_on_one_day_and_closed_on_another(parse):
    record = parse("Accra, Dec. 2, 2022 (GNA) – Naval officers on Thursday ended a four-day tabletop exercise in Accra "
                   "on how to stop ships.\n\nThe exercise opened on Monday, 28 November, at the Kofi Annan International "
                   "Peacekeeping Training Centre and closed on 1 December. It was organised by UNREC. A follow-up "
                   "exercise could be held in Abidjan in\n2024.\n")
    assert (record.dates.start, record.dates.end) == ("2022-11-28", "2022-12-01")
    assert record.venue.city == "Accra"


@pytest.mark.parametrize("trained", ["trained in Dakar", "were trained in Dakar, Senegal,"])
def test_events_officers_trained_in_a_city_place_the_event_there(parse, trained):
    record = parse(f"Canada in Senegal\n6 December 2024\n\nThis week, 24 border officers from across West Africa {trained} "
                   "to detect nuclear materials at borders!\n\nFrom December 2 to 6, officers took part in a regional "
                   "training course organized by the IAEA.\n")
    assert venue_of(record) == ("Dakar", "SEN", False)


MINUTES = ("DRAFT \u2013 NOT FOR CIRCULATION \u2013 comments to the exercise control team by 9 July 2025\n\n"
           "ANGKOR SHIELD 2025\nDraft minutes of the closing session\nWednesday, 2 July 2025, 15:30\u201317:10\n"
           "Plenary hall, Siem Reap\n\n1.1 The Chair welcomed participants back from the final syndicate session and "
           "recalled that the exercise, which opened on {weekday}, had been prepared by INTERPOL.\n\n"
           "5.1 The Chair declared the three-day exercise closed at 17:10.\n")


@pytest.mark.parametrize("weekday, dates", [("Monday", ("2025-06-30", "2025-07-02")),
                                             ("Tuesday", ("2025-07-02", "2025-07-02"))])
def test_events_minutes_of_a_closing_session_date_the_event_back_to_the_day_it_opened(parse, weekday, dates):
    """The minutes' date line (a time range after it) is the last day, the place line under it the
    venue; "which opened on Monday" and "the three-day exercise" reach back to 30 June, when 30 June
    is a Monday. The comments' deadline dates nothing, and a closing or syndicate session is a part
    of the exercise, not its kind."""
    record = parse(MINUTES.format(weekday=weekday))
    assert dates_of(record) == dates
    assert venue_of(record) == ("Siem Reap", "KHM", False)
    assert record.event.kind == "exercise"


@pytest.mark.parametrize(
    "text,dates,warned",
    [
        ("ANKARA, 3 October 2025 \u2013 A three-day regional conference on resolution 1540 met in Ankara. The "
         "conference, which ended on 2 October, was organised by UNODA.\n", ("2025-09-30", "2025-10-02"),
         "end_from_length"),
        ("JAKARTA, 15 September 2025 \u2013 Officers completed a Regional Training Course in Canberra, which "
         "concluded on Friday, 12 September. The course, which opened on 8 September, was organised by ASEAN.\n",
         ("2025-09-08", "2025-09-12"), "start_from_opening"),
        ("BAGHDAD, Nov 19 (Wire) - Police on Wednesday wrapped up a drill.\n\nNovember 19, 2025\n\nThe three-day "
         "drill, run by INTERPOL, began on Monday.\n", ("2025-11-17", "2025-11-19"), "start_from_length"),
        ("JAKARTA, 15 September 2025 \u2013 A course in Canberra concluded on Friday, 12 September. An earlier "
         "course, which opened on 8 August, was organised by ASEAN.\n", ("2025-09-12", "2025-09-12"), None),
    ],
    ids=["ended-on-and-one-length", "concluded-on-and-opened-on", "a-drill-is-an-exercise", "an-opening-weeks-before"],
)
def test_events_a_day_it_closed_on_reaches_back_to_the_day_it_opened(parse, text, dates, warned):
    """A one-day date the event "ended on" and the one length the text states, or a day within two
    weeks before that a sentence says it "opened on": the range back to its first day, warned."""
    record = parse(text)
    assert dates_of(record) == dates
    if warned:
        assert warned in warning_codes(record)


def test_events_a_deadline_is_no_related_event(parse):
    record = parse("The workshop was held in Accra on 3 May 2024. A draft roadmap was circulated after the workshop, "
                   "with comments due by 31 May 2024. Nominations must be submitted before Friday, 14 June 2024.\n")
    assert dates_of(record) == ("2024-05-03", "2024-05-03")
    assert record.related_events == []


def test_events_a_memos_date_line_dates_its_days_of_the_month_and_travel_dates_are_no_event(parse):
    """A memo's "Date:" among its "From:" and "Subject:" dates the text, so "the 3rd and 4th" are of
    its month; the writer's "travel 1–6 March" is a journey's, not the event's."""
    record = parse("BACK-TO-OFFICE REPORT\n\nTo:        Director, UNLIREC\nFrom:      Associate Officer\n"
                   "Date:      9 March 2026\nSubject:   Mission to Paramaribo, Suriname (travel 1\u20136 March 2026)\n\n"
                   "1. Purpose\n\nI travelled to Paramaribo to support the visit of the Committee.\n\n"
                   "2. Preparatory meetings (2 March)\n\nOn arrival I met the focal point.\n\n3. The visit\n\n"
                   "The national dialogue took place on the 3rd and 4th at the Ministry's conference room.\n")
    assert dates_of(record) == ("2026-03-03", "2026-03-04")


SPEECH = ("Opening remarks by the Undersecretary\nRegional Conference on Strategic Trade Controls\n"
          "Quito, Ministry of Foreign Affairs, Tuesday 4 November 2025\n\n"
          "Excellencies, dear colleagues here in Quito and those of you connected online,\n\n"
          "Over the next three days, until our closing session on {weekday} the 6th, we will work together "
          "in this hybrid format.\n\n"
          "Two years ago, in October 2023, many of us met in Lima for the first regional conference of this kind.\n")


@pytest.mark.parametrize("weekday, end", [("Thursday", "2025-11-06"), ("Friday", "2025-11-04")])
def test_events_an_opening_speech_runs_from_its_date_until_the_weekday_and_day_it_names(parse, weekday, end):
    """A speech's title line dates its first day and places it ("Quito, Ministry of Foreign Affairs,
    Tuesday 4 November 2025": the city, then its building); "until our closing session on Thursday
    the 6th" ends it when the 6th is that Thursday. "Two years ago … in Lima" is another event, and
    "this hybrid format" makes the place online too ("the next three days" are this event's)."""
    record = parse(SPEECH.format(weekday=weekday))
    assert dates_of(record) == ("2025-11-04", end)
    assert venue_of(record) == ("Quito", "ECU", True)
    assert ("end_from_weekday" in warning_codes(record)) == (end != "2025-11-04")


def test_events_registration_open_until_a_day_is_no_end(parse):
    record = parse("Quito, Ministry of Foreign Affairs, Tuesday 4 November 2025\n\nThe workshop opens today. "
                   "Registration for the follow-up course is open until Thursday the 6th.\n")
    assert dates_of(record) == ("2025-11-04", "2025-11-04")


NEWSLETTER = ("CNS NONPROLIFERATION UPDATE\nApril 2025\n\nIN THIS ISSUE\n1. Monterey dialogue on strategic trade\n"
              "2. Biosecurity in the Americas: CNS joins UNLIREC webinar\n\n------\n\n"
              "1. MONTEREY DIALOGUE ON STRATEGIC TRADE\n\nOn February 10\u201312, CNS convened its annual dialogue on "
              "strategic trade controls at our campus in Monterey, California. Officials from Japan and Thailand took "
              "part.\n\n------\n\n2. BIOSECURITY IN THE AMERICAS: CNS JOINS UNLIREC WEBINAR\n\nOn March 25\u201326, CNS "
              "researchers joined officials for a two-day online webinar on biosecurity and resolution 1540 (2004). "
              "The webinar was organized by UNLIREC. Officials from Chile and Mexico took part.\n")


def test_events_a_newsletters_1540_story_is_its_event(parse):
    """Of a newsletter's stories (its contents list names them, in another case), the one that
    names resolution 1540 is the event; the other story's convener organizes another event."""
    record = parse(NEWSLETTER)
    assert dates_of(record) == ("2025-03-25", "2025-03-26")
    assert venue_of(record) == (None, None, True)
    assert [o.acronym for o in record.organizers] == ["UNLIREC"]


def test_events_a_body_that_will_organise_the_event_dates_it_before_an_earlier_one(parse):
    record = parse("The Ministry and UNODA will organise an exercise in Helsinki on 21-22 October 2025. It continues "
                   "the first exercise, which Sweden hosted in Stockholm in June 2023.\n")
    assert dates_of(record) == ("2025-10-21", "2025-10-22")
    assert record.venue.city == "Helsinki"


def test_events_the_city_the_writers_travelled_to_for_the_event_is_its_venue(parse):
    record = parse("We travelled to N'Djamena at the invitation of UNREC to deliver a module in a three-day training "
                   "course. It took place from 9 to 11 March 2026. We then flew to Paris for a meeting at OECD.\n")
    assert venue_of(record) == ("N'Djamena", "TCD", False)


def test_events_a_newsletters_issue_date_on_its_first_line_gives_the_year(parse):
    record = parse("VERTIC UPDATE | October 2025\n\nOur guide's first edition came out in 2019.\n\nOn 30 September and "
                   "1 October, UNRCPD held a two-day webinar on model legislation.\n")
    assert dates_of(record) == ("2025-09-30", "2025-10-01")


def test_events_a_press_briefings_title_names_the_transcript_not_the_event(parse):
    record = parse("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\nFriday, 6 February "
                   "2026\n\nSpokesperson: From 3 until 5 February, a delegation of the 1540 Committee was in Basseterre. "
                   "The visit was organized by the Committee together with the Government.\n")
    assert record.event.kind == "visit"


def test_events_a_start_date_field_gives_its_date_on_its_first_line_only(parse):
    record = parse("Press release\n\nUK supports partners\n\nFrom:\nBritish Embassy Mogadishu\nPublished\n27 February 2026\n\n"
                   "Officials gathered in Mogadishu from Tuesday 24 until Thursday 26 February for a sub-regional "
                   "workshop.\n")
    assert dates_of(record) == ("2026-02-24", "2026-02-26")


def test_events_where_officials_spent_their_days_places_the_event(parse):
    record = parse("Customs officials from eight countries spent the past week in Cebu City learning to spot shipments. "
                   "The Regional Training Course ran from March 9 through 13, 2026 at a hotel in the IT Park.\n")
    assert venue_of(record) == ("Cebu City", "PHL", False)


def test_events_where_experts_gather_for_the_event_places_it(parse):
    record = parse("CITY OF ORIVESI\nPress release | 30.1.2026\n\nAround sixty experts from five countries will gather in "
                   "Orivesi next week for a conference on export controls. The conference will be held on "
                   "Tuesday\u2013Wednesday 3\u20134 February at the City Hall. Participants come from Finland, Sweden "
                   "and Estonia.\n")
    assert venue_of(record) == ("Orivesi", "FIN", False)


def test_events_next_week_in_an_advance_notice_is_the_events_own_week(parse):
    record = parse("City news\nPublished: 7 May 2025\n\nNext week Wednesday, 14 May, the university welcomes experts "
                   "from the Netherlands and Belgium for a roundtable on export controls.\n\nAlso in the news:\n"
                   "- new bicycle parking opens on 19 May\n")
    assert dates_of(record) == ("2025-05-14", "2025-05-14")


def test_events_the_city_the_visit_is_to_over_a_city_of_another_event(parse):
    record = parse("The school hosted a delegation of the 1540 Committee, which was in Canada on an official visit from "
                   "April 29 to May 1, 2026. The visit to Ottawa was organized by Global Affairs Canada, following an "
                   "invitation extended by Canada in September 2025. Students had presented the research at a "
                   "conference in Montreal in November 2024.\n")
    assert venue_of(record) == ("Ottawa", "CAN", False)


def test_events_an_event_pages_date_under_its_title_when_every_other_date_is_anothers(parse):
    record = parse("Webinar: Countering Proliferation Financing\n\nTue, 24 Feb 2026\n10:00 \u2013 13:00 CET\nOnline (Zoom)\n\n"
                   "Registration: by invitation; nominations by 17 February 2026\n\nThe webinar will bring together "
                   "officials from Armenia and Georgia.\n\nRelated events\n14 \u2013 16 Apr 2026 | Regional Workshop on "
                   "Proliferation Financing | Tashkent, Uzbekistan\n")
    assert dates_of(record) == ("2026-02-24", "2026-02-24")
    assert record.event.kind == "webinar"


def test_events_a_speech_names_its_event_over_its_dateline(parse):
    record = parse("Opening remarks by the Deputy Minister of Foreign Affairs\n\nSubregional Training Course on "
                   "Strategic Trade Controls\n\nMaputo, Tuesday, 14 April 2026\n\nExcellencies,\n\nIt is my great "
                   "pleasure to welcome you to Maputo for this training course. Over the next four days, from today until Friday, you will "
                   "work side by side. It was prepared at the meeting of focal points held in Lisbon last October.\n")
    assert (record.event.kind, record.event.name) == ("course", "Subregional Training Course on Strategic Trade Controls")
    assert (record.dates.start, record.dates.end) == ("2026-04-14", "2026-04-17")


def test_events_a_journals_virtual_event_is_a_webinar_named_without_its_organizers(parse):
    record = parse("Virtual event on the theme \"Action plans for resolution 1540 (2004)\" (co-organized by the "
                   "Permanent Mission of Kazakhstan and the United Nations Office for Disarmament Affairs (UNODA))\n\n"
                   "Thursday, 19 February 2026, from 9:00 to 11:30 (New York time)\nVirtual format (Microsoft Teams)\n")
    assert (record.event.kind, record.event.name) == ("webinar", "Virtual event on the theme \"Action plans for "
                                                                 "resolution 1540 (2004)\"")


def test_events_a_hybrid_event_takes_the_city_another_of_its_sentences_names(parse):
    record = parse("1/3 This week in #PhnomPenh, @UNRCPD brought together officials from 8 countries for a regional "
                   "table-top exercise. #UNSCR1540\n\n2/3 From Mon 24 to Wed 26 Nov 2025, officials from Cambodia and "
                   "Thailand worked through a scenario - in the room and online in a hybrid format.\n")
    assert (record.venue.city, record.venue.country_code, record.venue.online) == ("Phnom Penh", "KHM", True)


@pytest.mark.parametrize("dateline, expected", [
    ("MONTEGO BAY, St James \u2014 When a container ship docks", ("Montego Bay", "JAM")),
    ("SWAKOPMUND \u2014 When a container ship docks", (None, None)),  # a town of a State the story does not name
    ("OCHO RIOS, Jamaica, March 12, 2026 (Regional Wire) -- When a container ship docks", ("Ocho Rios", "JAM")),  # a
    # wire's dateline: the town, its State, the date and the wire before the dash
])
def test_events_a_storys_dateline_town_is_the_venue_of_an_event_at_a_hotel(parse, dateline, expected):
    record = parse("Ports on the front line\n\n" + dateline + " in the region, officials worry.\n\nThat warning was the "
                   "focus of a two-day regional roundtable held at a Rose Hall hotel on March 10 and 11, 2026, which "
                   "brought together officials from Jamaica and Barbados.\n")
    venue = record.venue
    assert ((venue.city, venue.country_code) if venue else (None, None)) == expected


def test_events_a_mails_format_line_makes_its_venue_hybrid(parse):
    record = parse("Hi Kim,\n\nLogistics for the 14-15 October 2025 roundtable on 1540 and emerging technologies, "
                   "as we agreed when we spoke last week in Vienna about the programme, the list of speakers and the "
                   "opening session with the Minister:\n\nVenue: "
                   "Iveagh House, 80 St Stephen's Green, Dublin 2.\nFormat: hybrid - the Webex link will go out on "
                   "10 Oct to those who registered to attend remotely.\n\nBest,\nNiamh\n")
    assert (record.venue.city, record.venue.online) == ("Dublin", True)


def test_events_a_town_opening_the_bracket_of_the_date_is_the_venue(parse):
    record = parse("Southern Africa Regional TTX on trafficking (Swakopmund, 30 June – 2 July 2026)\n\n"
                   "Delegations from Angola and Namibia took part.\n")
    assert (record.venue.city, record.venue.country_code) == ("Swakopmund", "NAM")


def test_events_a_venue_label_after_a_stop_inside_a_line_gives_the_venue(parse):
    record = parse("UNLIREC delivered a Subregional Training Course on the Control of Dual-Use Goods. Date: 3 to 5 "
                   "February 2026. Venue: Santa Cruz de la Sierra, Plurinational State of Bolivia.\n")
    assert (record.venue.city, record.venue.country_code) == ("Santa Cruz de la Sierra", "BOL")


def test_events_a_datelines_city_is_the_venue_of_a_visit_to_its_state(parse):
    record = parse("Friday, December 5, 2025\n\nCASTRIES, St Lucia \u2014 A delegation of the 1540 Committee has ended "
                   "a three-day visit to Saint Lucia, its first to the island.\n\nThe delegation held meetings from "
                   "Tuesday 2 until Thursday 4 December with customs officers.\n")
    assert (record.venue.city, record.venue.country_code) == ("Castries", "LCA")


@pytest.mark.parametrize("sentence, online", [
    ("The meeting, which took place in a hybrid format, brought together officials from Argentina and Brazil, while "
     "the delegation of Peru participated virtually.", True),
    ("Participants welcomed joining the annual meeting of points of contact in a hybrid format.", False),
])
def test_events_took_place_in_a_hybrid_format_is_online_too(parse, sentence, online):
    record = parse(f"October 3, 2025\n\nUNLIREC held from September 30 through October 2 in Asunción, Paraguay, a "
                   f"roundtable.\n\n{sentence}\n")
    assert (record.venue.city, record.venue.online) == ("Asunción", online)


@pytest.mark.parametrize("dateline, city", [
    ("Ulaanbaatar", "Ulaanbaatar"),
    ("Erdenet", None),  # no capital: "the capital" is another city
])
def test_events_in_the_capital_is_the_datelines_capital(parse, dateline, city):
    record = parse(f"{dateline}, September 23, 2022 /MONTSAME/. Mongolia has begun drafting a national action plan, "
                   "the Ministry said after a two-day national workshop held at the Shangri-La Hotel in the capital on "
                   "September 21-22.\n")
    assert (record.venue.city if record.venue else None) == city
    assert (record.dates.start, record.dates.end) == ("2022-09-21", "2022-09-22")


def test_events_a_thread_that_opens_in_its_city_places_the_event_there(parse):
    record = parse("Canada in Ecuador @CanadaEcuador \u00b7 Jul 2, 2026\n\n1/6 This week in #Quito, Canada joined "
                   "experts from Bolivia and Chile for a three-day table-top exercise.\n\n2/6 Organized by @UNLIREC, "
                   "the exercise ran June 30 through July 2.\n")
    assert (record.venue.city, record.venue.country_code) == ("Quito", "ECU")


def test_events_a_state_that_opens_a_clause_after_the_city_is_not_its_country(parse):
    record = parse("This week in Quito, Canada joined experts from Bolivia for a table-top exercise held from June 30 "
                   "through July 2, 2026.\n")
    assert (record.venue.city, record.venue.country_code) == ("Quito", "ECU")


BULLETIN = ("CARICOM SECURITY BULLETIN\nIssue 6 | June 2025\n\nIN THIS ISSUE\n- Biosecurity webinar draws ten Member "
            "States\n- Belize adopts Strategic Goods Control Regulations\n- Save the date: Points of Contact Meeting\n\n"
            "BIOSECURITY WEBINAR DRAWS TEN MEMBER STATES\nOn 21 May, the CARICOM Secretariat partnered with the BWC ISU "
            "to host an online webinar on resolution 1540 (2004). Officials from Barbados and Jamaica logged on.\n\n"
            "BELIZE ADOPTS STRATEGIC GOODS CONTROL REGULATIONS\nThe Regulations entered into force on 2 June.\n\n"
            "SAVE THE DATE: POINTS OF CONTACT MEETING\nThe annual meeting of CARICOM 1540 points of contact will take "
            "place in Bridgetown, Barbados, from 28 to 30 October 2025.\n")


def test_events_a_bulletins_lead_story_under_its_contents_list_is_its_event(parse):
    record = parse(BULLETIN)
    assert (record.dates.start, record.event.kind, record.venue.online) == ("2025-05-21", "webinar", True)


BRIEFING = ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\nMonday, 23 February "
            "2026\n\nThe following is a near-verbatim transcript of today's noon briefing.\n\n**Pacific\n\nStarting "
            "tomorrow, Tuesday, 24 February, and running through Thursday, UNRCPD, together with the Government of "
            "Papua New Guinea, is holding a regional workshop in Port Moresby on resolution 1540 (2004).\n\n"
            "**Security Council\n\nThis afternoon, the Security Council will hold consultations on Syria.\n")


def test_events_a_noon_briefings_workshop_that_an_organizer_is_holding(parse):
    record = parse(BRIEFING)
    assert (record.event.kind, record.dates.start, record.venue.city) == ("workshop", "2026-02-24", "Port Moresby")
    assert [o.acronym or o.name for o in record.organizers] == ["UNRCPD", "Government of Papua New Guinea"]


def test_events_an_end_said_by_its_weekday_alone_is_the_next_such_day(parse):
    record = parse(BRIEFING)
    assert record.dates.end == "2026-02-26"
    assert any("running through Thursday" in w.message for w in record.warnings)  # the warning says where the end is from


def test_events_a_phrase_does_not_run_on_into_the_next_lines_day(parse):
    names = [o.name for o in parse(BRIEFING).mentions.organizations]
    assert "Office of the Spokesperson for the Secretary-General" in names
    assert not any(n.endswith("Monday") for n in names)


def test_events_a_range_and_the_day_after_it_in_one_sentence_are_one_range(parse):
    record = parse("Dear participant,\n\nWelcome to the training course in Tegucigalpa. Sessions will take place in "
                   "the Salón Copán from 08:30 to 17:30 on Monday 20 through Wednesday 22 April 2026, and from 08:30 "
                   "to 13:00 on Thursday 23 April.\n")
    assert (record.dates.start, record.dates.end) == ("2026-04-20", "2026-04-23")
    assert "end_from_next_day" in [w.code for w in record.warnings]


def test_events_closing_remarks_are_given_at_the_event_on_its_last_day(parse):
    record = parse("CLOSING REMARKS\nPacific Regional Roundtable on Resolution 1540 (2004)\nApia, Thursday 4 December "
                   "2025\n\nWhen we opened this roundtable on Tuesday, the 2nd of December, I said that our Blue Pacific "
                   "is large.\n\nI now declare this roundtable closed.\n")
    assert (record.dates.start, record.dates.end) == ("2025-12-02", "2025-12-04")
    assert (record.venue.city, record.venue.country_code) == ("Apia", "WSM")


def test_events_a_statement_at_an_open_briefing_is_not_given_where_the_event_was(parse):
    record = parse("Statement by the Permanent Representative of Brunei Darussalam\nOpen Briefing of the 1540 "
                   "Committee\nNew York, 8 October 2026\n\n(Check against delivery)\n\nMadam Chair,\n\nFrom 9 to 11 "
                   "June, Brunei Darussalam welcomed to Bandar Seri Begawan the Regional Conference on Strategic Trade "
                   "Management. The Conference was convened by our Ministry of Foreign Affairs.\n")
    assert record.venue.city == "Bandar Seri Begawan"


def test_events_venue_the_datelines_city_that_its_sentence_puts_the_event_in_again(parse):
    """"BAHIR DAR, Ethiopia, 30 March 2023 -- A three-day workshop … closed today in Bahir Dar": no
    verb of holding, but the dateline's sentence puts its event in its city."""
    record = parse("BAHIR DAR, Ethiopia, 30 March 2023 -- A three-day workshop on resolution 1540 (2004) closed today "
                   "in Bahir Dar, on the shores of Lake Tana. The workshop, held from 28 to 30 March, was organized by "
                   "IGAD.\n\nIGAD proposes a follow-up meeting in Nairobi in 2024.\n")
    assert (record.venue.city, record.venue.country_code) == ("Bahir Dar", "ETH")


@pytest.mark.parametrize(("place", "city", "code"), [
    ("Lubumbashi, Congo", "Lubumbashi", "COD"),  # the short name two States share: the city's
    ("Brazzaville, Congo", "Brazzaville", "COG"),
    ("Lubumbashi, RD Congo", "Lubumbashi", "COD"),
    ("Lubumbashi, Congo (DRC)", "Lubumbashi", "COD"),
])
def test_events_venue_a_short_name_two_states_share_is_the_citys(parse, place, city, code):
    record = parse(f"Information Note\n\nEvent: Sub-regional seminar on export controls\nDate and Venue: 20-22 March 2012, "
                   f"{place}\n")
    assert (record.venue.city, record.venue.country_code) == (city, code)



@pytest.mark.parametrize("sentence", [
    "I have worked in Gabès and at the headquarters in Tunis, but my proudest week was the week of 6 to 10 March 2023, "
    "in Sfax, when we ran the regional training course.",
    "I have worked at the headquarters in Tunis; we ran the regional training course from 6 to 10 March 2023 in Sfax.",
])
def test_events_a_city_after_in_right_after_the_events_dates_is_its_venue(parse, sentence):
    assert parse(sentence).venue.city == "Sfax"


@pytest.mark.parametrize(("line", "city"), [
    ("Puerto Montt, Chile · Tuesday 7 – Thursday 9 November 2017", "Puerto Montt"),
    ("Workshop on strategic trade, Davao City, Philippines, Thursday 19 March 2026, organized by the STMO", "Davao"),
])
def test_events_places_before_the_dates_weekday_are_beside_the_dates(parse, line, city):
    record = parse(f"TRANSPORT PLAN\nRegional Conference on resolution 1540 (2004)\n{line}\n\nShuttle A1 11:40 from Santiago\n")
    assert record.venue.city == city


LETTER = ("Dear Ms. Shrestha,\n\nThank you for choosing {again} for the \"Sub-regional Seminar on Biosecurity\", hosted "
          "by the Ministry of Foreign Affairs of Bangladesh together with UNRCPD.\n\nFUNCTION SPACE\n  Jaflong Hall, "
          "Tuesday 20 and Wednesday 21 November 2018, 08:30-17:30.\n")


def test_events_a_facilitys_letter_about_the_event_is_written_from_its_venue(parse):
    record = parse("HOTEL SURMA GRAND  *  Airport Road, Sylhet 3100, Bangladesh  *  +880 821 000 000\n\n"
                   + LETTER.format(again="Hotel Surma Grand"))
    assert (record.venue.city, record.venue.country_code) == ("Sylhet", "BGD")


def test_events_a_city_in_the_facilitys_name_is_not_its_city(parse):
    record = parse("PALMA REAL BÁVARO RESORT & CONVENTION CENTER\nAv. Alemania s/n, Playa Bávaro, Punta Cana, "
                   "La Altagracia, República Dominicana\n\n" + LETTER.format(again="Palma Real Bávaro"))
    assert (record.venue.city, record.venue.country_code) == ("Punta Cana", "DOM")


def test_events_a_hotels_letterhead_it_does_not_name_again_gives_no_venue(parse):
    record = parse("HOTEL SURMA GRAND  *  Airport Road, Sylhet 3100, Bangladesh\n\n" + LETTER.format(again="us"))
    assert record.venue is None or record.venue.city != "Sylhet"


def test_events_places_before_an_abbreviated_weekday_are_beside_the_dates(parse):
    record = parse("LL-23-040\t2023-10-13\tSummary\tRegional workshop on ITT and brokering controls, Timișoara, Tue 10 - "
                   "Thu 12 Oct 2023, jointly organised by ANCEX.\nLL-23-049\t2023-11-02\tNext event\tMoldova offered to "
                   "host the third workshop in Chișinău, H1 2024.\n")
    assert (record.venue.city, record.venue.country_code) == ("Timişoara", "ROU")


@pytest.mark.parametrize(("name", "kind"), [
    ("Conferencia Hemisférica sobre Seguridad Marítima", "conference"),
    ("Atelier régional sur la non-prolifération", "workshop"),
    ("Seminário sobre controles de exportação", "seminar"),
    ("Mesa redonda sobre bioseguridad", "roundtable"),
    ("Regional Conference (Conferencia Regional) on export controls", "conference"),
    ("Annual report of course materials", "course"),  # English first; "cours" is no kind of its own
])
def test_events_a_kind_in_spanish_french_or_portuguese(name, kind):
    from noteparse.events import event_kind

    assert event_kind(name) == kind


HELPDESK = ("Ticket #0412   Status: CLOSED\n[2021-06-21 08:14 UTC] Requester: j.mwangi (National Treasury, Kenya)\n"
            "  Hello, I am registered for the webinar organized by UNODA and CNS. I never got the Zoom link.\n\n"
            "[2021-06-21 09:02 UTC] Agent: helpdesk-vie\n  Dear Mr. Mwangi, yes: the webinar takes place online on "
            "Wednesday 23 June 2021, 10:00-12:30 East Africa Time. {replaces}\n")


@pytest.mark.parametrize("replaces", [
    "It replaces the Nairobi workshop of 24-26 March 2020, which was postponed because of COVID-19.",
    "",
])
def test_events_a_tickets_stamps_and_the_event_it_replaces_do_not_date_it(parse, replaces):
    record = parse(HELPDESK.format(replaces=replaces))
    assert (record.dates.start, record.dates.end, record.event.kind) == ("2021-06-23", "2021-06-23", "webinar")


def test_events_the_event_a_webinar_replaces_after_its_own_date_leaves_its_date(parse):
    record = parse("The webinar, held entirely online on Thursday, 17 June 2021, replaces the in-person regional "
                   "workshop that had been scheduled for Almaty, Kazakhstan, in April 2020.")
    assert record.dates.start == "2021-06-17"


CARD = ("=====\n  WELCOME TO BITOLA                                  Thursday 26.09.2019\n"
        "  Regional Roundtable on Effective Practices in the Implementation\n  of UN Security Council Resolution 1540 (2004)\n"
        "  hosted by the Ministry of Foreign Affairs of North Macedonia\n=====\n\n  16:30  Close.  One day only — no "
        "session on Friday.\n\n  READING PACK\n  - North Macedonia's national action plan (Official Gazette, 10 July 2019)\n")


def test_events_a_cards_header_date_over_its_title_dates_the_event(parse):
    record = parse(CARD)
    assert (record.dates.start, record.dates.end) == ("2019-09-26", "2019-09-26")


def test_events_a_town_a_card_welcomes_its_readers_to_is_the_venue(parse):
    record = parse(CARD)
    assert (record.venue.city, record.venue.country_code) == ("Bitola", "MKD")


def test_events_a_day_with_nothing_on_it_is_no_date():
    import datetime

    from noteparse.relative_dates import find_relative_dates

    text = "One day only — no session on Friday. The visit to the port is on Friday."
    found = find_relative_dates(text, datetime.date(2019, 9, 26))
    assert [text[d.span[0]:d.span[1]] for d in found] == ["on Friday"]
    assert found[0].span[0] > text.index("port")


def test_events_a_transcripts_place_line_over_its_own_date_places_a_day_told_from_it(parse):
    """"yesterday" is told from the transcript's date; the place line over that date is the venue, not
    the city of "the preparatory meeting for this conference", another event."""
    record = parse("TRANSCRIPT — CLOSING REMARKS\nBlack Sea Regional Conference on Strategic Trade Controls\n"
                   "Ondokuz Mayıs University Congress and Culture Centre, Samsun\nWednesday, 14 May 2014, 16:05\n\n"
                   "When we opened this conference yesterday morning, the Governor welcomed us.\n\n"
                   "Let me close by recalling that the preparatory meeting for this conference took place in Istanbul "
                   "in February.\n")
    assert (record.venue.city, record.venue.country_code) == ("Samsun", "TUR")


@pytest.mark.parametrize("sentence", [
    "A session on intangible transfers like the one held for the South Caucasus (webinar of 15 November 2022).",
    "A course similar to the ones organized in Lima in 2019 was requested.",
])
def test_events_like_the_one_held_is_said_of_another_event(sentence):
    from noteparse.events import OTHER_EVENT_RE
    assert OTHER_EVENT_RE.search(sentence) is not None


def test_events_a_day_at_the_close_of_a_two_day_event_is_its_last(parse):
    record = parse("Photo 1\nThe hall, 28 May 2024. Delegates gather for the opening of the two-day national roundtable.\n\n"
                   "Photo 2\nA working group on the survey of universities, 29 May 2024.\n\n"
                   "Photo 3\nGroup photo at the close of the roundtable, 29 May 2024.\n")
    assert (record.dates.start, record.dates.end) == ("2024-05-28", "2024-05-29")


def test_events_the_last_day_is_the_events_own(parse):
    """"Three days, seventh to ninth of February, today was the last day": no other event's "last"."""
    record = parse("[Voice memo — auto-transcribed]\nRecording 1 of 3 · 09-Feb-2023 · 21:47\n\nSo. Kochi. The table-top "
                   "exercise on interdiction of WMD cargo in ports. Three days, seventh to ninth of February, today was "
                   "the last day. Organised by the Indian Ministry of External Affairs together with UNODA.\n")
    assert (record.dates.start, record.dates.end) == ("2023-02-07", "2023-02-09")


def test_events_days_after_a_month_from_weekday_the_nth_and_a_plan_made_public(parse):
    """"For three days in October 2018 — from Tuesday the 16th to Thursday the 18th — …"; a national
    plan "first made public on 12 March 2016" dates an act, not the event."""
    record = parse("For three days in October 2018 — from Tuesday the 16th to Thursday the 18th — a conference room "
                   "of the Hotel Oro Verde became a crossroads of the Andes. Officials from Ecuador and Peru met here "
                   "for a sub-regional workshop.\n\nEcuador presented its own national action plan, first made public "
                   "on 12 March 2016.\n")
    assert (record.dates.start, record.dates.end) == ("2018-10-16", "2018-10-18")


@pytest.mark.parametrize("line,city,code", [
    ("14 - 16 March 2023          Garoua, North Region, Cameroon", "Garoua", "CMR"),
    ("19 \u2013 23 August 2013, Encarnaci\u00f3n, Itap\u00faa Department, Paraguay", "Encarnaci\u00f3n", "PRY"),
    ("5 May 2022, Mbabane, Eswatini", "Mbabane", "SWZ"),  # no division: the part before the country
    ("22-24 August 2017, Cobija (Pando Department), Bolivia", "Cobija", "BOL"),  # its department in brackets
    ("10-12 June 2025, Mbouda (Bamboutos Division, West Region), Cameroon", "Mbouda", "CMR"),  # a comma in them
    ("24-26 March 2026 | Pico de Loro Cove, Hamilo Coast, Nasugbu,\nBatangas, Philippines", "Nasugbu", "PHL"),
    # a Philippine province, a second-level division, that is a city's name too
    ("12-14 May 2025, Training Centre, Lakhdaria (Wilaya of\nBouira), Algeria", "Lakhdaria", "DZA"),  # a line break
    ("7 to 9 June 2022 | Ondangwa, Oshana Region, Namibia", "Ondangwa", "NAM"),  # a bar before it
    ("13-16 April 2025, Regional Customs Training Centre, Sebdou (Wilaya\nof Tlemcen), Algeria", "Sebdou", "DZA"),
    ("13-14 January 2026 ** Maison de la Culture, Merouana (Wilaya of Batna),\n   Algeria", "Merouana", "DZA"),
    ("20-22 October 2024 | Ouenza, Wilaya (Province) of T\u00e9bessa, Algeria", "Ouenza", "DZA"),  # the word glossed
    # a division named after its seat, a city, in the town's bracket
    ("12 May 2026, Student Union Building, University of\nVictoria, District of Saanich, British Columbia, Canada",
     "Saanich", "CAN"),  # after a comma, a district names the town itself
    ("19-23 January 2026, ADM training centre, Casoria (Metropolitan City of Naples), Italy", "Casoria", "ITA"),
    ("Monday 19 to Thursday 22 January 2026, Kalba, Emirate of Sharjah, United\n   Arab Emirates", "Kalba", "ARE"),
    ("Wednesday, 15 October 2025 \u2014 Granby, Quebec, Canada", "Granby", "CAN"),  # a dash before the town
    ("18-19 March 2025, Hillhouse Technology Enterprise Zone, Thornton-\nCleveleys, Lancashire, United Kingdom",
     "Thornton-Cleveleys", "GBR"),  # a double name broken at its own hyphen
    ("12 to 16 January 2026, Tahsil Office Conference Hall, Jintur, Parbhani\n                  District, Maharashtra, "
     "India", "Jintur", "IND"),  # a city's name before its division's word on the next line names the division
    ("12-16 October 2025, Customs Training Centre, Paghman District, Kabul Province,\n   Afghanistan", "Paghman", "AFG"),
    # a facility that names no town, then a district's seat
    ("18-19 November 2025, B\u00fcrgerhaus, Ibbenb\u00fcren (Steinfurt district, North\nRhine-Westphalia), Germany",
     "Ibbenb\u00fcren", "DEU"),  # a long bracket of district and state after the town
    ("10\u201311 March 2026 \u2013 Salurinn, Hamraborg 6, K\u00f3pavogur (Reykjav\u00edk capital area),\nIceland",
     "K\u00f3pavogur", "ISL"),  # the city whose area the town is in, in its bracket
    ("10-11 March 2026, Salurinn, K\u00f3pavogur (near Reykjav\u00edk), Iceland", "K\u00f3pavogur", "ISL"),
    ("25 and 26 June 2024, Ouidah (Benin)", "Ouidah", "BEN"),  # a town, its State in brackets
    ("15\u201319 September 2025, Myski, Kemerovo Oblast \u2013 Kuzbass, Russian Federation|", "Myski", "RUS"),  # a
    # table's rule glued to the State's name
    ("10-12 March 2026, Auditorio Municipal, Colmenar Viejo (Community of Madrid),\n   Spain", "Colmenar Viejo", "ESP"),
    ("12-16 October 2025, Training Unit, Berrouaghia\n(Wilaya of M\u00e9d\u00e9a), Algeria", "Berrouaghia", "DZA"),
    # the division named after a city, its bracket on the next line
    ("12-13 October 2025, Koya University campus, Koysinjaq (Koya),\n   Erbil Governorate, Kurdistan Region, Iraq",
     "Koysinjaq", "IRQ"),  # a town's other name in brackets before a division named after a city
    ("20 November 2025, Sahyadri Hall, Ozar (Ojhar), Niphad Taluka, Nashik District, Maharashtra, India", "Ozar",
     "IND"),
    # a taluka is a division
    ("25-29 November 2024, Abdu Gusau Polytechnic,\n   Talata Mafara, Zamfara State, Nigeria", "Talata Mafara", "NGA"),
    # a city inside a polytechnic's name
    ("6-7 November 2025 | Chitkara University campus, Rajpura (Patiala district),\nPunjab, India", "Rajpura", "IND"),
    # a town with its district in brackets, then its State's division
    ("18 to 20 February 2025 | Town Hall of Tibiri, Department of Guidan Roumdji,\n   Maradi Region, Niger",
     "Tibiri", "NER"),  # a town's hall named with its town, then divisions named after their seats
    ("7-9 May 2024, Regional Centre, Lashibi (Tema Metropolitan area, Greater Accra Region), Ghana", "Lashibi", "GHA"),
    ("17 June 2025, Casa de Cultura, Tramanda\u00ed, Rio\nGrande do Sul, Brazil", "Tramanda\u00ed", "BRA"),  # a city's name
    # opening a state's
    ("3-5 March 2015, Dipolog, Zamboanga del Norte, Philippines", "Dipolog", "PHL"),
    ("Sunday, 18 January 2026 \u2014 Upazila Parishad Auditorium, Bhandaria, Pirojpur,\n   Bangladesh",
     "Bhandaria", "BGD"),  # two towns of the State: the town, then its district's seat
    ("21-23 October 2025, Hotel Milano Est, Via Roma 2, Pioltello (Metropolitan City of Milan), Italy",
     "Pioltello", "ITA"),  # a hotel named after the State's city, then a town of the State
    ("21 November 2024 | Likino-Dulevo, Orekhovo-Zuyevsky urban district, Moscow Oblast,\nRussian Federation",
     "Likino-Dulevo", "RUS"),  # a city's name before "Oblast", after a district's comma part, names the oblast
    ("Thursday, 12 March 2026 — Dambulla, Matale District, Central Province,\n   Sri Lanka", "Dambulla", "LKA"),
    # a dash after the date
    ("2 - 6 March 2026; Training Centre, Asbe Teferi\n(Chiro), West Hararghe Zone, Oromia Region, Ethiopia",
     "Asbe Teferi", "ETH"),  # a zone is a division
    ("16-18 June 2026, Maison du Peuple, Vénissieux (Lyon Metropolis),\nFrance", "Vénissieux", "FRA"),
    # the city whose metropolis the town is part of, in its bracket
    ('Wednesday, 24 April 2024; Salón Municipal "Santiago de los Caballeros",\n   Ciudad Vieja, '
     "Sacatepéquez, Guatemala", "Ciudad Vieja", "GTM"),  # a city's name in quotes names a hall
    ("14-16 May 2019, Hotel Cumbaza, Tarapoto (San Martín Region), Peru", "Tarapoto", "PER"),  # a city's name
    # in brackets before "Region" is its region's
    ("9 - 11 September 2014, Pisco, Ica Region, Peru", "Pisco", "PER"),  # or after a town and a comma
    ("22 \u2013 24 April 2013 / Mazar-i-Sharif, Balkh Province, Afghanistan", "Mazar-i-Sharif", "AFG"),
    ("9 - 11 September 2014, Pisco, Peru (Naval facilities, Port of General San Mart\u00edn)", "Pisco", "PER"),
    # a city's name in brackets after the country names a site, not the town
    ("14 - 15 May 2019 | Riberalta, Beni, Bolivia", "Riberalta", "BOL"),  # Beni, a town of Congo, is a
    # department of Bolivia after a town of its own
    ("11 to 13 June 2018, Labasa, Vanua Levu, Fiji", "Labasa", "FJI"),  # of two names no gazetteer holds as a
    # city, the town of the State, not its island
    ("27 \u2013 29 February 2024, Chitipa Boma, Chitipa District\n                 (Northern Region), Malawi",
     "Chitipa", "MWI"),  # Boma, a town of Congo, the last word of a district's seat; its bracketed region aside
    ("14 \u2013 15 February 2024 ; Prefecture Conference Hall, Bossan-\n                  goa, Ouham Prefecture, "
     "Central African Republic", "Bossangoa", "CAF"),  # a town's name broken at the line's end
    ("15-17 October 2019, San Vicente de Ca\u00f1ete (Lima Region), Peru", "San Vicente de Ca\u00f1ete", "PER"),
    ("5-7 September 2023, Kara O'Mula Lodge, Mulanje, Malawi", "Mulanje", "MWI"),  # a facility a city of another
    # State opens (Kara, Togo), then a town of the venue's State
    # a town of the State whose name opens with a city's of another (San, Mali)
    ("14-15 April 2026, Airport conference hotel, Lockport, New York, United States of America", "Lockport", "USA"),
    # a town before its US state's name, which the city gazetteer holds as a metropolis's
    ("14-15 April 2026, Hotel St George, Brooklyn, New York, USA", "Brooklyn", "USA"),  # the city's own borough
    ("9 to 13 February 2026; Imperial Hotel, Great Yarmouth, Norfolk, United Kingdom of\nGreat Britain and Northern "
     "Ireland", "Great Yarmouth", "GBR"),  # the State's name runs on below the date's line (Norfolk, a US city)
    ("Wednesday, 22 April 2026 \u2013 Las Rozas Innova Centre, Las Rozas de Madrid, Spain", "Las Rozas de Madrid",
     "ESP"),  # a town whose name ends with a city's, after a particle
    ("3-4 December 2024 | Casa de la Cultura, Sabana de Mendoza, Trujillo State,\nVenezuela", "Sabana de Mendoza",
     "VEN"),  # the same, the State on the next line (Mendoza, a city of Argentina)
    ("16-18 September 2024, Serdar (formerly Gyzylarbat), Balkan Velayat, Turkmenistan", "Serdar", "TKM"),  # a velayat
    # is a division
    ("14 October 2025, Town Hall, Capelle aan den IJssel (South Holland),\n    the Netherlands",
     "Capelle aan den IJssel", "NLD"),  # the State's article before its name
    ("Thursday, 12 March 2026 -- Palacio de Beniel, V\u00e9lez-M\u00e1laga\n(M\u00e1laga), Spain",
     "V\u00e9lez-M\u00e1laga", "ESP"),  # its province's seat in brackets, a part of the town's double name
    ("14-16 October 2025, The Inn at Virginia Tech and Skelton Conference\nCenter, Blacksburg, Virginia, United "
     "States of America", "Blacksburg", "USA"),  # a city of another State (Virginia, South Africa) on the date's line
    ("18-22 November 2024, KICT campus, Kavali, Sri Potti Sriramulu Nellore\nDistrict, Andhra Pradesh, India", "Kavali",
     "IND"),  # a city's name ending a district's longer one
    ("Thursday, 11 September 2025, Auditorium, SDM Complex, Narwana,\nDistrict Jind, Haryana, India", "Narwana", "IND"),
    # a district's word before its name
    ("17\u201318 February 2026, Mufindi District Council Hall, Mafinga, Iringa\n|                   | Region, United "
     "Republic of Tanzania", "Mafinga", "TZA"),  # a table's rules before the division's word on the next line
    ("Thursday, 12 March 2026 \u2013 Dumila Community Centre, Dumila, Kilosa District,\n|                   | Morogoro "
     "Region, United Republic of Tanzania", "Dumila", "TZA"),  # a district's part, then the region on the next row
    ("Wednesday, 15 April 2026 - Conference Hall, ul. Z\u0142otnickiego 25,\nZdu\u0144ska Wola, \u0141\u00f3d\u017a Voivodeship, "
     "Poland", "Zdu\u0144ska Wola", "POL"),  # a town whose name ends with a city's (Wola, a district of Warsaw)
    ("3-5 June 2025, Town Hall, North Vancouver, British Columbia, Canada", "North Vancouver", "CAN"),
    ("23 to 25 September 2025, Maritime Heritage Centre, Campbell River, British\nColumbia, Canada", "Campbell River",
     "CAN"),  # a division's name broken at the line's end (Columbia, a city of the United States)
    ("Thursday, 12 March 2026 \u2014 Town Hall of Pantin (Seine-Saint-Denis), France", "Pantin", "FRA"),  # a town's hall,
    # its division in brackets
])
def test_events_a_venue_lines_town_is_not_its_region(parse, line, city, code):
    record = parse(f"Information Note\n\nEvent: Regional exercise\nDate and venue: {line}\nParticipants: Chad\n")
    assert venue_of(record) == (city, code, False)


@pytest.mark.parametrize("event, line, city", [
    ("Provincial workshop in Misantla", "3-5 June 2025, Casa de la Cultura, Misantla, Veracruz, Mexico", "Misantla"),
    # a town, then the state its port city names
    ("Course on port security, Penco", "12-14 May 2025, Penco, Concepción, Biobío Region,\nChile", "Penco"),  # a
    # town, then the city it comes under, the State on the next line
    ("Regional exercise", "12 May 2025, Resort Hall, Kuta, Denpasar, Bali, Indonesia", "Denpasar"),  # a suburb
    # named once, in the address, is not the venue's town
    ("Regional exercise", "20 May 2025, Centro Cultural, Talagante, Santiago\nMetropolitan Region, Chile",
     "Talagante"),  # a city's name before "Metropolitan Region" names the region
])
def test_events_a_town_named_again_before_its_city_is_the_venue(parse, event, line, city):
    record = parse(f"Information Note\n\nEvent: {event}\nDate and venue: {line}\nParticipants: Chad\n")
    assert record.venue.city == city


@pytest.mark.parametrize("place, city", [
    ("MACHINGA, Malawi", "Machinga"),  # a town in capitals is named as a name is written
    ("SAN VICENTE DE CA\u00d1ETE, Peru", "San Vicente de Ca\u00f1ete"),  # its particles in lower case
    ("N'DJAMENA, Chad", "N'Djamena"),  # a known city: the gazetteer's spelling
])
def test_events_a_venues_town_in_capitals_is_written_as_a_name(parse, place, city):
    record = parse(f"Information Note\n\nEvent: Regional exercise\nDate and venue: 20-22 May 2025, {place}\n")
    assert record.venue.city == city


def test_events_online_on_a_wrapped_labels_second_line_after_a_clocks_place(parse):
    """"DATE AND" over "VENUE": the value's part that says it met online is the venue, and "Fiji" of
    "10:00–13:00 Fiji" / "time" is a clock's place, not a country."""
    record = parse("INFORMATION NOTE\n\nEVENT        Virtual Regional Webinar on Biosecurity\n\n"
                   "DATE AND     16\u201317 September 2020 (two sessions of three hours each, 10:00\u201313:00 Fiji\n"
                   "VENUE        time), online via the Webex platform\n\nPARTICIPANTS\n States: Fiji, Samoa\n")
    assert venue_of(record) == (None, None, True)


def test_events_a_clocks_places_in_brackets_are_no_venue(parse):
    """"08:00–11:30 (New York) / 19:00–22:30 (Bangkok), online": the brackets name clocks, the
    webinar met online."""
    record = parse("Information Note\n\nEvent: Webinar on export controls\n"
                   "Date and Venue:       23 June 2021, 08:00\u201311:30 (New York) / 19:00\u201322:30\n"
                   "                      (Bangkok), online (virtual platform)\nParticipants: Cambodia, Thailand\n")
    assert venue_of(record) == (None, None, True)


def test_events_a_clocks_place_before_time_on_the_next_line_is_no_venue(parse):
    record = parse("Date and venue: 16 September 2020, 10:00 to 13:00 Fiji\n  time\nParticipants: Samoa, Tonga\n")
    assert record.venue is None or record.venue.country_code != "FJI"


def test_events_a_states_name_inside_a_hotels_leaves_no_town(parse):
    record = parse("Information Note\n\nEvent: Regional course\n"
                   "Date and venue: 22-25 August 2023, Great Zimbabwe Hotel, Masvingo, Zimbabwe\nParticipants: Malawi\n")
    assert record.venue is None or record.venue.city != "Great"


def test_events_a_reports_deadline_is_no_date_of_the_event(parse):
    text = ("[Closing dinner toast, Friday 23 August 2013, Encarnaci\u00f3n.]\n\nDear friends, tonight I see one team. "
            "CICTE will send the course report by 30 September.")
    record = parse(text)
    assert dates_of(record) == ("2013-08-23", "2013-08-23")
    assert not any(e.dates and e.dates.start == "2013-09-30" for e in record.related_events)


def test_events_a_text_that_dates_no_event_sentence_names_its_event_as_its_own(parse):
    text = ("[Closing dinner toast, Friday 23 August 2013, Encarnaci\u00f3n.]\n\nDear friends, five days ago most of us "
            "did not know each other. When the OAS and Paraguay decided to bring this training course here, some "
            "asked: why there? Now you know why.")
    assert parse(text).event.kind == "course"


def test_events_a_date_struck_through_was_crossed_out(parse):
    text = ("MAKASSAR WORKSHOP - strategic trade\n\n  DATES:  ~~16-18 Oct~~  -> 23-25 OCT 2018 (Tue-Thu)\n"
            "  VENUE:  Makassar, Indonesia\n")
    assert dates_of(parse(text)) == ("2018-10-23", "2018-10-25")


def test_events_a_strike_through_left_open_strikes_nothing():
    from noteparse.context import _STRUCK_THROUGH

    assert [m.group() for m in _STRUCK_THROUGH.finditer("~~a~~ ~~" + "x" * 10_000)] == ["~~a~~"]


def test_events_a_forms_coded_items_are_fields_and_locations_is_the_venues_label(parse):
    text = ("REQUEST FOR TEMPORARY ACCESS PASSES\n\nSection B - Event\n"
            "  B1 Title: Black Sea Regional Conference on Maritime Security\n"
            "  B2 Event dates: 21, 22 and 23 May 2024 (three days)\n"
            "  B3 Locations: Trabzon Chamber of Commerce, conference hall (21-23 May);\n"
            "     Port of Trabzon, Turkey, customs area (23 May, 14:00-17:00)\n")
    record = parse(text)
    assert venue_of(record) == ("Trabzon", "TUR", False)
    assert not record.venue.text.endswith("(")
    assert dates_of(record) == ("2024-05-21", "2024-05-23")


def test_events_a_facilitys_letter_about_an_event_in_our_building_is_written_from_its_venue(parse):
    text = ("K\u00f6lcsey K\u00f6zpont / K\u00f6lcsey Convention Centre\nHunyadi utca 1-3, 4026 Debrecen, Hungary\n\n"
            "Dear colleagues,\n\nWe confirm the parking spaces for the course that the OSCE is organizing in our "
            "building from Monday 2 October to Friday 6 October 2017.\n")
    assert venue_of(parse(text)) == ("Debrecen", "HUN", False)


def test_events_a_hotels_notice_about_an_event_in_our_named_hall_is_from_the_city_its_letterhead_capitalises(parse):
    text = ("PADMA RESIDENCY HOTEL, RAJSHAHI\nHousekeeping Department - LOST AND FOUND NOTICE\n\nDear guests,\n\n"
            "After the workshop that took place in our Jamuna Hall from Tuesday 14 March to Thursday 16 March 2023, "
            "our staff collected the items listed below.\n")
    assert venue_of(parse(text)) == ("Rajshahi", "BGD", False)


def test_events_a_letters_place_and_date_with_the_time_of_day_date_it_and_place_its_here(parse):
    text = ("[picture side]  KO\u0160ICE \u2014 St Elisabeth Cathedral\n\nKo\u0161ice, Thu 19.X.2017, evening\n\n"
            "Dearest Mum,\n\nThe conference finished this afternoon \u2014 two days, yesterday and today, in a huge old "
            "hall at the Technical University here.\n")
    record = parse(text)
    assert venue_of(record) == ("Ko\u0161ice", "SVK", False)
    assert dates_of(record) == ("2017-10-18", "2017-10-19")


@pytest.mark.parametrize("line", ["Daugavpils, Latvia - 7-8 September 2016", "Georgetown, Guyana \u2014 7-8 September 2016"])
def test_events_places_before_a_spaced_dash_and_the_date_are_its_venue(parse, line):
    record = parse(f"STORYBOARD v3 \u2014 promo for the seminar\n\nSUPER:  \"{line}\"\n\nThe seminar brought experts together.")
    assert venue_of(record)[1] in ("LVA", "GUY") and venue_of(record)[0] is not None


def test_events_a_webinar_with_no_place_said_was_online(parse):
    text = "Biosecurity webinar for Caribbean States\n\nThe webinar took place on 9 June 2021. Jamaica took part.\n"
    record = parse(text)
    assert record.event.kind == "webinar"
    assert (record.venue.online, record.venue.city) == (True, None)
    assert text[slice(*record.venue.span)].lower() == "webinar"


def _moved(verb: str) -> str:
    return (f"#1  18 May 2021 09:12\nThe webinar with CARICOM IMPACS is scheduled for Wednesday 26 May.\n\n"
            f"#3  21 May 2021 16:03\nChange of plan: several capitals asked for more time, so we have {verb} "
            f"Wednesday 9 June 2021, same time.\n")


@pytest.mark.parametrize("text, dates, city", [
    *((_moved(verb), ("2021-06-09", "2021-06-09"), None)  # the date it was moved to
      for verb in ("moved it to", "rescheduled it for", "postponed the webinar to")),
    ("KOSHI SAWARI TAXI SERVICE\n\nRECEIPT No. 0457\nDate: 13/03/2023   Time: 16:40\n"
     "From: Biratnagar Airport   To: Hotel, Main Road\nFare: NPR 700.00   Total: NPR 700.00\n\n"
     "EXPENSE NOTE\nI took part in the sub-regional workshop that UNRCPD organized with Nepal. The "
     "workshop ran for three days, Tuesday 14 to Thursday 16 March 2023, in Biratnagar.\n",
     ("2023-03-14", "2023-03-16"), "Biratnagar"),  # a receipt's "Date:" is when it was paid
], ids=["moved-to", "rescheduled-for", "postponed-to", "a-receipts-date-field"])
def test_events_the_events_dates_not_the_documents_own(parse, text, dates, city):
    record = parse(text)
    assert (record.dates.start, record.dates.end) == dates
    assert record.venue.city == city


def test_events_a_letters_date_above_its_salutation_is_not_the_events(parse):
    """"Our ref: … / Date: 2 September 2024 / Dear …": when the letter was written; the course it
    tells of ran in May."""
    record = parse("Our ref: FOI2024/08817\nDate: 2 September 2024\n\nDear Ms Smith,\n\nA five-day training course "
                   "took place in Kostanay, Kazakhstan, from Monday 20 May to Friday 24 May 2024.\n")
    assert dates_of(record) == ("2024-05-20", "2024-05-24")


@pytest.mark.parametrize("subject", ["Subject:", "SUB:", "\nSubject :"])
def test_events_a_notices_date_above_its_subject_line_is_not_the_events(parse, subject):
    """"Notice No. 7/2025 / Date: 3 March 2025 / Subject: …": when the office wrote the notice; the
    roundtable it tells of was held the week before."""
    record = parse("Township General Administration Office\n\nNotice No. 7/2025\nDate: 3 March 2025\n"
                   f"{subject} Successful holding of the roundtable\n\n1. The National Roundtable on Chemical Security "
                   "was successfully held at the Township Hall, Kyaukme, Myanmar, on 27 and 28 February 2025.\n")
    assert dates_of(record) == ("2025-02-27", "2025-02-28")


@pytest.mark.parametrize("reference", ["Ref. No.: KUC/MR/2025/07", "Our ref: MR-07/2025", "Release No. 7"])
def test_events_a_releases_date_below_its_reference_number_is_not_the_events(parse, reference):
    """"Ref. No.: … / Date: 28.03.2025 / FOR IMMEDIATE RELEASE": when the council issued its release; the
    conference it announces ended the day before."""
    record = parse(f"KALUTARA URBAN COUNCIL\n\nMEDIA RELEASE\n{reference}\nDate: 28.03.2025\nFOR IMMEDIATE RELEASE\n\n"
                   "The Council is pleased to announce the successful conclusion of the regional conference on maritime "
                   "security, held in Kalutara, Sri Lanka, from 25th to 27th March 2025.\n")
    assert dates_of(record) == ("2025-03-25", "2025-03-27")


def test_events_a_kind_a_sentence_corrects_is_not_the_events(parse):
    record = parse("The meeting was not a conference but a closed, two-day roundtable on resolution 1540 (2004), "
                   "held in Kurunegala on 8 and 9 July 2014.\n")
    assert record.event.kind == "roundtable"


def test_events_a_reviewers_stay_and_the_review_date_are_not_the_events(parse):
    """A hotel review: when it was written, and the nights the writer stayed, are not the conference
    "that ran at the convention centre next door" ("next door" speaks of no next event)."""
    record = parse("Reviewed 14 August 2018 by Rizal  |  Trip type: Business\n\nI stayed four nights (6-10 Aug) "
                   "because my ministry had me at the regional conference on strategic trade controls that ran at "
                   "the convention centre next door from Tuesday 7 to Thursday 9 August. Manado was a new city.\n")
    assert dates_of(record) == ("2018-08-07", "2018-08-09")


def test_events_a_streams_live_date_is_the_webinars(parse):
    """A video page's "Streamed live on 14 Jul 2020" dates its webinar; the next one a moderator
    announces in the chat does not."""
    record = parse("Live chat replay \u2014 \"Biosecurity and Resolution 1540 (2004)\"\nStreamed live on 14 Jul 2020 \u00b7 "
                   "2,904 views\n\n"
                   "12:53  Moderator: Save the date: second webinar, on border controls, 22 September 2020.\n")
    assert dates_of(record) == ("2020-07-14", "2020-07-14")


def test_events_an_event_a_preamble_recalls_is_another(parse):
    """An agreement's "RECALLING FURTHER the round-table held in New Delhi …" names an earlier event;
    the one it notes it organized is its own."""
    record = parse("RECALLING FURTHER the national round-table held in New Delhi on 11 and 12 February 2016,\n"
                   "from which the present cooperation originates;\n\nNOTING WITH SATISFACTION the Regional Workshop "
                   "on Resolution 1540 (2004), which\nthe Participants jointly organized at Coimbatore, Tamil Nadu, "
                   "from 20 to 22 November 2018;\n")
    assert dates_of(record) == ("2018-11-20", "2018-11-22")
    assert venue_of(record)[0] == "Coimbatore"


def test_events_a_year_a_resolution_is_of_dates_no_day_without_one(parse):
    """"Resolution 2325 of 2016", "resolution 1540 was adopted in 2004": years of resolutions, not
    of "the 21st to the 23rd of April" a few lines on; the note's own year is."""
    record = parse("Today, on the 9th of December 2020, we close the webinar. The Chair reminded us that "
                   "resolution 1540 was adopted in 2004, and resolution 2325 of 2016 went further.\n\n"
                   "The training ran from the 21st to the 23rd of April.\n")
    assert all(d.start.startswith("2020") for d in [record.dates] if d is not None)
    assert record.dates.start in ("2020-12-09", "2020-04-21")


def test_events_a_meeting_a_text_had_planned_is_not_the_event(parse):
    """"we had planned to be together in Abuja, from the 21st to the 23rd of April" did not happen;
    the webinar of "the 9th of December 2020" did."""
    record = parse("Allow me to thank our partners. Here we are, on the 9th of December 2020, at the end of this "
                   "webinar, with seven delegations.\n\nMany of you remember that we had planned to be together "
                   "in Abuja, from the 21st to the 23rd of April this year. COVID-19 decided otherwise.\n")
    assert (record.dates.start, record.dates.end) == ("2020-12-09", "2020-12-09")


@pytest.mark.parametrize("idiom", ["Ghana and, of course, my host country, Togo", "Ghana, in the course of the day, Togo"])
def test_events_the_course_of_an_idiom_is_no_event(parse, idiom):
    """"… and, of course, my host country": no course; the webinar the speech closes is the event."""
    record = parse("When we decided to organize this webinar we were not sure it would hold anyone's attention. "
                   f"But here we are, on the 9th of December 2020, and I count delegations from Benin, {idiom}.\n")
    assert record.event is not None and record.event.kind == "webinar"


def test_events_a_town_the_writer_spent_the_event_in_is_the_venue(parse):
    """"my week in Thamaga": a town too small for the city gazetteer, of a State the post names."""
    record = parse("My week in Thamaga\nPosted 22 September 2025 by Palesa M., Lesotho Revenue Authority\n\nWhen I got "
                   "the nomination letter in July I had to look up Thamaga on the map. The course on strategic trade "
                   "controls ran from 15 to 19 September 2025 and brought together officers from Botswana, Lesotho "
                   "and Namibia.\n")
    assert venue_of(record)[:2] == ("Thamaga", "BWA")


def test_events_a_seat_said_as_a_clause_is_no_venue(parse):
    """"RACVIAC, whose seat is at Rakitje near Zagreb, …": the body's seat, not the earlier event's place."""
    record = parse("Event: Regional Conference on Strategic Trade Controls\nDate: 5 to 7 June 2017\nVenue: Hotel Kolovare, "
                   "Zadar, Croatia\n\nBackground\nRACVIAC, whose seat is at Rakitje near Zagreb, has run an annual 1540 "
                   "event for the region since\n2014; the previous one took place in Budva, Montenegro, on 22-23 October "
                   "2015. Croatia hosted.\n")
    assert [e.venue.city for e in record.related_events if e.venue is not None] == ["Budva"]


def test_events_a_state_in_a_venue_facilitys_name_is_not_the_country_before_the_town(parse):
    """"Kenya School of Government training facility, Nanyuki, Laikipia County, Kenya": Nanyuki, a town of Kenya."""
    record = parse(note("Event: Regional tabletop exercise", "Date and venue: 7 to 9 November 2022 \u2014 Kenya School of "
                        "Government training facility,\nNanyuki, Laikipia County, Kenya"))
    assert venue_of(record) == ("Nanyuki", "KEN", False)


@pytest.mark.parametrize(("venue", "expected"), [
    ("22\u201323 August 2023\n                  Bicol University Main Campus, Rizal Street, Legazpi City, Albay, Philippines",
     ("Legazpi", "PHL", False)),  # the city the note names a city, not the province after it
    ("5 \u2013 7 March 2019 , Puerto Prin\ncesa City, Palawan, the Philippines", ("Puerto Princesa", "PHL", False)),
    ("9 to 13 September 2024 | Training Hall, Regional Revenue and Customs Office,\n   Gelephu, Sarpang Dzongkhag, Bhutan",
     ("Gelephu", "BTN", False)),  # a dzongkhag is a district of Bhutan
    ("22\u201323 May 2019 | Hotel City, Maribor, Slovenia", ("Maribor", "SVN", False)),  # a hotel's name, no city
])
def test_events_a_town_named_a_city_or_before_its_district_is_the_venue(parse, venue, expected):
    assert venue_of(parse(note("Event: Regional seminar", f"Date and Venue: {venue}"))) == expected


@pytest.mark.parametrize(("venue", "expected"), [
    ("3\u20135 June 2025, Universidad Nacional de Luj\u00e1n, Luj\u00e1n, Province of Buenos Aires, Argentina",
     ("Luj\u00e1n", "ARG", False)),
    ("3\u20135 June 2025, Cartagena, Region of Murcia, Spain", ("Cartagena", "ESP", False)),
    ("3\u20135 June 2025, Hotel Plaza, Villa Mar\u00eda, Province of\nC\u00f3rdoba, Argentina", ("Villa Mar\u00eda", "ARG", False)),
])
def test_events_a_province_its_capital_names_is_no_city(parse, venue, expected):
    """"Province of Buenos Aires", "Region of Murcia": the division after the town, though a city has its name."""
    assert venue_of(parse(note("Event: Regional seminar", f"Date and Venue: {venue}"))) == expected


def test_events_a_town_before_its_provinces_seat_in_brackets_is_the_venue_its_state_wrapped_below(parse):
    """"…, Urla (İzmir),\nTürkiye": the date's line ends before the State; the town is still the venue, not the
    seat of its province in brackets (round 980)."""
    record = parse("Information Note\n\nEvent: Regional course\n\nDate and Venue: from 2 to 6 June 2025, IZTECH "
                   "G\u00fclbah\u00e7e Campus, Urla (\u0130zmir),\nT\u00fcrkiye\n\nParticipants: T\u00fcrkiye\n")
    assert venue_of(record) == ("Urla", "TUR", False)


def test_mentions_the_region_of_a_city_is_the_city(parse):
    """"a producer in the region of Darmstadt": the land around the city, which the note names."""
    record = parse("The workshop in Vienna heard from a producer of machine tools in the region of Darmstadt.\n")
    assert "Darmstadt" in [p.name for p in record.mentions.places]


def test_events_a_town_before_its_district_in_prose_is_the_venue(parse):
    """"in Gelephu, Sarpang district, Bhutan": Sarpang is a town too, but named here as Gelephu's district."""
    record = parse("Subject: Report of the delegation to the Subregional Training Course, Gelephu, Bhutan\n\n1. I have the "
                   "honour to report that the delegation attended the above course in Gelephu, Sarpang district, Bhutan, "
                   "from 9 to 13 September 2024.\n")
    assert venue_of(record) == ("Gelephu", "BTN", False)


def test_events_a_university_named_for_its_city_puts_the_event_there(parse):
    """"at the University of Fianarantsoa": in Fianarantsoa, Madagascar; not in a town "University" of Canada
    (the mail's addressee), nor is "University" a town."""
    record = parse("To: Program Officer, Global Affairs Canada (Ottawa)\nDate: 3 July 2023\n\nDear Ms. Tremblay,\n\n"
                   "Our Ministry organized the seminar jointly with UNREC. We held it over two days, on Tuesday 20 and "
                   "Wednesday 21 June, at the University of\nFianarantsoa, which lent us its main lecture hall. Comoros, "
                   "Mauritius and Seychelles sent delegations, and Madagascar had the largest group.\n")
    assert venue_of(record) == ("Fianarantsoa", "MDG", False)


def test_events_a_news_leads_city_its_people_wrapped_up_days_of_work_in_is_the_venue(parse):
    """A release's lead has its people wrap up days of work in the city; the event's own sentence names only
    its dates."""
    record = parse("17 May 2024\n\nAustralia supports regional efforts\n\nOfficials from seven South-East Asian "
                   "countries wrapped up three days of work in\nBatam yesterday, examining how ports can stop the "
                   "diversion of goods.\n\nThe Subregional Workshop on Controls over Transit ran from Tuesday 14 to "
                   "Thursday 16 May. Indonesia hosted it.\n")
    assert venue_of(record) == ("Batam", "IDN", False)


def test_events_a_datelines_lead_that_places_the_event_elsewhere_is_the_venue(parse):
    """The dateline's own date is no other event's: its lead's city is the event's ("met in Manzini … last week")."""
    record = parse("SADC NEWS\n\nMember States strengthen cooperation\n\nGaborone, 5 September 2018 \u2013 Senior officials "
                   "from six SADC Member States met\nin Manzini, Kingdom of Eswatini, last week for a three-day regional "
                   "seminar on strategic trade controls.\n\nThe seminar, which ran from 28 to 30 August 2018, was organised "
                   "by the SADC Secretariat.\n")
    assert venue_of(record) == ("Manzini", "SWZ", False)


def test_events_the_city_of_an_events_conclusion_is_the_venue(parse):
    """"welcomes the successful conclusion yesterday in Matadi, … of the Regional Conference": the event's city."""
    record = parse("ECONOMIC COMMUNITY OF CENTRAL AFRICAN STATES (ECCAS)\nThe Commission\n\nPRESS STATEMENT No. 027/2016\n\nCentral "
                   "African States commit to tighter port and border controls against\nweapons of mass destruction\n\nLibreville, "
                   "14 May 2016 - The Commission of the Economic Community of Central\nAfrican States (ECCAS) welcomes "
                   "the successful conclusion yesterday in Matadi,\nDemocratic Republic of the Congo, of the Regional "
                   "Conference on Port and\nBorder Security in the Implementation of United Nations Security Council\nResolution "
                   "1540 (2004).\n\nThe conference, jointly organized by the ECCAS Commission and the United\nNations Office "
                   "for Disarmament Affairs (UNODA), was generously hosted by the\nGovernment of the Democratic Republic "
                   "of the Congo through its Ministry of\nForeign Affairs. Over three days, from 11 to 13 May 2016, it "
                   "brought together\nsenior officials of the customs, port, police and foreign affairs services of\nsix "
                   "Member States: Angola, Cameroon, Chad, the Congo, the Democratic Republic\nof the Congo and Gabon.\n\nThe "
                   "Deputy Secretary-General of ECCAS, opening the work alongside the\n")
    assert venue_of(record) == ("Matadi", "COD", False)


def test_events_a_town_named_as_a_kind_of_settlement_is_the_venue(parse):
    """"in the farming settlement of Kalkfeld, Otjozondjupa Region, Namibia": a town too small for the gazetteer."""
    record = parse("Activity 3.2 was delivered as planned. The EU CBRN CoE and UNICRI organised a three-day regional "
                   "tabletop exercise, codenamed \"Kalkfeld Shield 2018\", from 12 to 14 June 2018 in the farming "
                   "settlement of Kalkfeld, Otjozondjupa Region, Namibia.\n")
    assert venue_of(record) == ("Kalkfeld", "NAM", False)


def test_events_a_lodge_no_one_names_outside_the_datelines_town_puts_the_event_there(parse):
    """"NATA – … The course ran at a lodge outside Nata": the dateline's town (too small for the gazetteer)."""
    record = parse("Daily News\n28 May 2024\n\nNATA \u2013 Customs officers from Botswana, Zambia and Zimbabwe have completed "
                   "a five-day course.\n\nThe course ran at a lodge outside Nata from Monday 20 to Friday 24 May and was "
                   "organised by the Botswana Unified Revenue Service.\n")
    assert venue_of(record) == ("Nata", "BWA", False)


def test_events_a_team_that_travelled_to_a_town_for_the_event_names_its_venue(parse):
    """"travelled to the hill town of Hlotse … for a two-day seminar": the town, not a city the
    background says another session was once held in."""
    record = parse("Posted 4 May 2016\n\nIn mid-April our team travelled to the hill town of Hlotse, north-east of Maseru, "
                   "for a two-day seminar with the Government of Lesotho.\n\nThe seminar, held on 12 and 13 April 2016, "
                   "drew thirty officials. A first briefing took place in Maseru in 2013.\n")
    assert venue_of(record) == ("Hlotse", "LSO", False)


def test_events_a_town_its_people_call_a_town_is_the_town(parse):
    """"in Sowa Town": the town Sowa, which the towns table has without the word."""
    record = parse("Gaborone, 2 June 2021 \u2013 The Government of Botswana hosted a national workshop on border "
                   "controls in Sowa Town from 24 to 26 May 2021.\n")
    assert venue_of(record) == ("Sowa", "BWA", False)


def test_events_a_sentence_about_elsewhere_in_the_year_is_another_event(parse):
    """"Elsewhere in the year, the team also held a Pacific workshop in Apia": not the review's event."""
    record = parse("Annual review 2022\n\nOur regional conference on chemical weapons legislation brought six States "
                   "together in June 2022.\n\nElsewhere in the year, the team also held a Pacific workshop in Apia, "
                   "Samoa, in March.\n")
    assert record.venue is None


def test_events_a_facility_named_after_a_city_on_the_dates_line_leaves_the_town_below(parse):
    """"10-12 October 2017, Santa Rosa Conference Facility, Arima," over "Trinidad and Tobago": a
    facility's name opens with a city's (Santa Rosa, of the Philippines); the event is in Arima."""
    record = parse("Event: Sub-Regional Tabletop Exercise\n\nDate and Venue: 10-12 October 2017, Santa Rosa "
                   "Conference Facility, Arima,\nTrinidad and Tobago\n\nParticipants: Grenada, Trinidad and Tobago\n")
    assert venue_of(record) == ("Arima", "TTO", False)


def test_events_a_numbered_press_notes_dateline_anchors_its_weekdays(parse):
    """"Press note No. 412/2018 - Formosa, Friday 14 September 2018": the note's own day and place,
    from which "from Tuesday to Thursday of this week" are the 11th to the 13th, in Formosa."""
    record = parse("Press note No. 412/2018 - Formosa, Friday 14 September 2018\n\nFor three days, from Tuesday to "
                   "Thursday of this week, our city was the meeting point for customs officials of Argentina and "
                   "Paraguay, who came together for a regional workshop.\n")
    assert (record.dates.start, record.dates.end) == ("2018-09-11", "2018-09-13")
    assert venue_of(record) == ("Formosa", "ARG", False)
    assert record.event.kind == "workshop"  # the city was the "meeting point": no meeting


def test_events_a_year_in_a_things_name_dates_no_event(parse):
    """"the Convention … and its 2005 Amendment": a year that names, not a time; the course's year is
    the one the text gives as a time."""
    record = parse("Lankaran, September 13, AZERTAC\n\nThe course, held from 9 to 13 September, trained customs "
                   "officers on the Convention on the Physical Protection of Nuclear Material and its 2005 Amendment. "
                   "Azerbaijan will report to the 1540 Committee again in 2024.\n")
    assert (record.dates.start, record.dates.end) == ("2024-09-09", "2024-09-13")


def test_events_a_length_that_today_concluded_ends_today(parse):
    """"… today concluded a three-day regional workshop": the dateline's day is the last of three."""
    record = parse("Nizwa, 5 December 2018 \u2013 The General Secretariat of the League of Arab States today concluded "
                   "a three-day regional workshop on the implementation of resolution 1540 (2004).\n")
    assert (record.dates.start, record.dates.end) == ("2018-12-03", "2018-12-05")


def test_events_a_lead_that_coordinated_with_others_to_organize_the_event_dates_it(parse):
    """Vietnamese news's lead, "On March 4 and 5, in Cua Lo town, the Ministry … coordinated with … to organize a
    seminar", dates the seminar, not a later "In the afternoon of March 5, the delegates visited the port"."""
    record = parse("06/03/2025 09:10\n\n(Portal) - On March 4 and 5, in Cua Lo town, the Ministry of Industry and "
                   "Trade coordinated with the Provincial People's Committee and UNRCPD to organize a seminar on "
                   "strategic trade control.\n\nIn the afternoon of March 5, the delegates visited the port.\n")
    assert dates_of(record) == ("2025-03-04", "2025-03-05")


def test_events_officials_who_have_been_meeting_since_yesterday_in_a_town_met_there(parse):
    """"Officials … have been meeting since yesterday at the Town Hall in Beau Bassin-Rose Hill": the meeting's
    place and first day, though no verb says it was held; a body's seat in a town the gazetteer lacks is no venue."""
    record = parse("By a staff writer | Posted on Wednesday 1 October 2025 - 16:05\n\nOfficials from Mauritius and "
                   "Seychelles have been meeting since yesterday at the Town Hall in Beau Bassin-Rose Hill to discuss "
                   "port controls.\n\nThe two-day meeting, which ends this afternoon, was organised with the Indian "
                   "Ocean Commission, which has its headquarters in Ebène.\n\nOpening the meeting on Tuesday, the "
                   "Permanent Secretary of the Ministry said that the islands share their ports.\n")
    assert venue_of(record) == ("Beau Bassin-Rose Hill", "MUS", False)
    assert dates_of(record) == ("2025-09-30", "2025-10-01")


def test_events_an_event_under_way_since_a_weekday_runs_from_it(parse):
    """A newspaper's Wednesday story: a workshop "under way" "since Tuesday", and "meeting until Thursday",
    ran from Tuesday to Thursday."""
    record = parse("Published 16/04/2025 | 19:05\n\nOfficials from Chile and Peru are meeting until Thursday at a hotel "
                   "in Talcahuano.\n\nSome forty officials came to Talcahuano, where since Tuesday a workshop on "
                   "strategic trade controls has been under way.\n")
    assert (record.dates.start, record.dates.end) == ("2025-04-15", "2025-04-17")


@pytest.mark.parametrize("text, dates", [
    ("Ministry of Foreign Affairs\n23 November 2022 \u00b7\n\nToday the Ministry and the Oceania Customs Organisation "
     "closed a two-day national roundtable on port security.\n", ("2022-11-22", "2022-11-23")),
    ("SUVA, 16 August 2019 \u2013 Officials from five Forum Island Countries wrapped up three days of talks "
     "yesterday.\n\nThe seminar, which opened on Tuesday 13 August, was convened by the Forum Secretariat.\n",
     ("2019-08-13", "2019-08-15")),
    ("Tripoli, 25 February 2025 (LANA) - The workshop on border controls, organized by the Customs Authority, "
     "concluded today in the city of Misrata, after three days of work.\n", ("2025-02-23", "2025-02-25")),
    ("GONAIVES - Twenty port officers on Thursday completed a three-day course on chemical safety, the "
     "customs administration said.\n\nBy a staff writer | March 7, 2025\n", ("2025-03-04", "2025-03-06")),
    ("NEWS UPDATE    Friday, 20th February 2026\n\nCustoms officers from six countries are today wrapping up the "
     "five-day training course at a hotel here in Bugembe.\n", ("2026-02-16", "2026-02-20")),
    ("Friday 6 February 2026\n\nSousse - The Governor chaired on Friday the closing ceremony of the five-day "
     "regional training course for customs officers in Msaken.\n", ("2026-02-02", "2026-02-06")),
    ("Friday 6 February 2026\n\nSousse - The Governor visited on Friday the five-day regional training course "
     "for customs officers, which ends today in Msaken.\n", ("2026-02-02", "2026-02-06")),
    ("Serdar, 19 September 2024\n\nYesterday, a three-day regional workshop on the detection of radioactive "
     "materials at border crossing points concluded in the city.\n", ("2024-09-16", "2024-09-18")),  # its closing
    # verb after the length
    ("Wednesday, 19 November 2025\n\nThe District Council announces the successful conclusion yesterday of the "
     "three-day national workshop on border controls.\n", ("2025-11-16", "2025-11-18")),  # the closing's noun
    ("Atebubu, 6th December 2024\n\nThe Assembly has hosted a two-day national stakeholders' meeting on chemical "
     "security, which ended on Thursday, 5th December 2024.\n", ("2024-12-04", "2024-12-05")),  # an apostrophe in
    # the words between the length and the event's
    ("Published: Wednesday 25 June 2025\n\nThe two-day technical meeting, which finishes today, was organised by "
     "the World Customs Organization.\n", ("2025-06-24", "2025-06-25")),
    ("Published: Friday 13 March 2026\n\nOfficers are completing their training in Camberley today, as a "
     "five-day course on smuggling comes to an end.\n", ("2026-03-09", "2026-03-13")),
])
def test_events_a_length_said_with_its_closing_or_in_days_of_talks(parse, text, dates):
    """"Today … closed a two-day roundtable": today is its last day, as the weekday is of a course
    "on Thursday completed", of one "today wrapping up", of the closing ceremony of one, and of one "which ends
    today"; "three days of talks" is a length, which the day it "opened on" starts."""
    record = parse(text)
    assert (record.dates.start, record.dates.end) == dates


def test_events_a_states_capital_of_a_city_names_the_venue_not_the_dateline(parse):
    """"gathered in the Shan State capital of Taunggyi, Myanmar, last week": Taunggyi, not the
    news item's Jakarta."""
    record = parse("JAKARTA, 18 November 2019 - Customs officials from five ASEAN Member States gathered in the Shan "
                   "State capital of Taunggyi, Myanmar, last week for a three-day regional workshop.\n\nThe workshop "
                   "ran from 12 to 14 November 2019.\n")
    assert venue_of(record) == ("Taunggyi", "MMR", False)


@pytest.mark.parametrize("text, venue", [
    ("ECOWAS has concluded a three-day sub-regional workshop on resolution 1540 (2004) in the Guinean city of Lab\u00e9. "
     "It opened on Tuesday 14 March and closed on Thursday 16 March 2023.\n", ("Lab\u00e9", "GIN", False)),
    ("On 27 and 28 February 2014, the town of Soufri\u00e8re, on our south-west coast, was the venue of the Caribbean "
     "Roundtable on Biosecurity, held with Saint Lucia's Ministry of Health.\n", ("Soufri\u00e8re", "LCA", False)),
])
def test_events_a_city_named_by_its_states_adjective_or_as_the_venue_of_the_event(parse, text, venue):
    """"in the Guinean city of Labé"; "the town of Soufrière … was the venue of the Roundtable"."""
    assert venue_of(parse(text)) == venue


def test_events_a_town_people_were_welcomed_to_for_the_event_is_its_venue(parse):
    """"welcoming colleagues from four neighbouring administrations to Paro for a sub-regional seminar":
    a town too small for the gazetteer, of Bhutan, which the text names."""
    record = parse("DRC Newsletter, June 2023\n\nIn late May our Department had the pleasure of welcoming colleagues "
                   "from four neighbouring administrations to Paro for a sub-regional seminar on strategic trade "
                   "controls. Bhutan's customs officers shared their practice.\n")
    assert venue_of(record) == ("Paro", "BTN", False)


def test_events_a_dateline_ended_by_a_full_stop_dates_the_story_and_its_opening_day_is_no_other_event(parse):
    """"Chalatenango, Thursday 22 August 2019. The DGA today closed a three-day workshop": the day
    is the last of three; "The workshop opened on Tuesday 20 August … in Chalatenango" is its first, not
    another event's, and names its town."""
    record = parse("PRESS RELEASE No. 087/2019\n\nChalatenango, Thursday 22 August 2019. The General Directorate of "
                   "Customs of El Salvador today closed a three-day workshop on strategic trade controls. The workshop "
                   "opened on Tuesday 20 August at the Customs Training Centre in Chalatenango.\n\nIt continues the "
                   "awareness session held in San Salvador on 12 and 13 March 2018.\n")
    assert (record.dates.start, record.dates.end) == ("2019-08-20", "2019-08-22")
    assert venue_of(record) == ("Chalatenango", "SLV", False)


@pytest.mark.parametrize("text, dates, venue", [
    ('AzTV - "X\u0259b\u0259rl\u0259r" evening news, 11 September 2013, 20:00\n\nANCHOR: Azerbaijan is strengthening '
     "its export controls. A two-day seminar that began today in Mingachevir is looking at resolution 1540.\n",
     ("2013-09-11", "2013-09-12"), ("Mingachevir", "AZE", False)),
    ("THE NATIONAL DAILY  |  Thursday, November 9, 2017  |  Country\n\nStaff Correspondent, Jessore\n\nOfficials "
     "from four South Asian countries yesterday wrapped up a two-day seminar in Jessore on land-port controls. It "
     "follows a workshop held in Dhaka in April 2015.\n", ("2017-11-07", "2017-11-08"), ("Jessore", "BGD", False)),
])
def test_events_a_broadcasts_or_papers_dated_line_dates_the_story(parse, text, dates, venue):
    """A broadcast's programme line ('AzTV - "Xəbərlər" evening news, 11 September 2013, 20:00': a name in
    quotes, a date and its air time) and a paper's masthead with a weekday and a section ("THE NATIONAL DAILY
    |  Thursday, November 9, 2017  |  Country") date the story: "a two-day seminar that began today in
    Mingachevir" (placed by "that began", not "seminar began") and "yesterday wrapped up a two-day seminar"
    are days, counted on by the length."""
    record = parse(text)
    assert (record.dates.start, record.dates.end) == dates
    assert venue_of(record) == venue


@pytest.mark.parametrize("facts, said, dates", [
    ("Home > News\n\nNEWS ARTICLE | 26 April 2023 | Joint Research Centre | 3 min read", "From Tuesday to Thursday last week",
     ("2023-04-18", "2023-04-20")),
    ("LE QUOTIDIEN \u2013 ENGLISH EDITION\nMorning Digest | Friday 18 November 2022", "Yesterday", ("2022-11-17", "2022-11-17")),
])
def test_events_a_row_of_a_pages_facts_dates_the_page(parse, facts, said, dates):
    """A date alone in a cell of a row that says what the page is ("NEWS ARTICLE | … | 3 min read", "Morning
    Digest | …") dates the page, so a day said relative to it is the event's."""
    record = parse(f"{facts}\n\n{said}, experts met at a regional seminar in Kuopio, Finland.\n\nThe next course "
                   "is in Ispra from 5 to 9 June 2023.\n")
    assert (record.dates.start, record.dates.end) == dates


def test_events_a_relative_range_in_a_lead_before_the_events_sentence_is_its_days(parse):
    """A story's lead gives the days ("for three days, from Tuesday to Thursday last week, the Navy and its
    partners practised …"); the next sentence of its paragraph names the event. Not when that sentence is
    about another event ("Next stop hopefully the field exercise … next year")."""
    lead = ("Kiel, 22.09.2025.\n\nFor three days, from Tuesday to Thursday last week, the Navy and its partners "
            "practised stopping shipments at sea. ")
    record = parse(lead + "The exercise was hosted by the Navy and the Federal Foreign Office.\n")
    assert (record.dates.start, record.dates.end) == ("2025-09-16", "2025-09-18")
    record = parse(lead + "Next stop hopefully the field exercise in Rostock next year.\n")
    assert record.dates is None


@pytest.mark.parametrize("label", ["Release Date:", "Publication date:", "Date of release:"])
def test_events_a_release_lead_reaches_the_paragraph_that_names_its_event(parse, label):
    """A release's label ("Release Date: April 23, 2018") dates it; its one-sentence lead ("spent last Tuesday
    through Thursday in Pittsburgh") gives the days of the event the next paragraph opens on ("The three-day
    workshop was organized by …"), not those of another event a later sentence says was hosted."""
    record = parse(f"NEWS RELEASE\n\n{label} April 23, 2018\n\nMore than 40 officials from across Latin America spent "
                   "last Tuesday through Thursday in Pittsburgh learning how research institutions keep sensitive "
                   "technologies safe.\n\nThe three-day workshop was organized by the Department of State.\n\nEarlier "
                   "this spring, NETL hosted its annual portfolio review in Pittsburgh, March 19\u201323.\n")
    assert (record.dates.start, record.dates.end) == ("2018-04-17", "2018-04-19")


def test_events_a_lead_before_a_dated_paragraph_leaves_it_its_date(parse):
    """When the paragraph that names the event gives its own dates, those are the event's, not days the
    lead counts from the text's date ("wrapped up three days of work in Batam yesterday")."""
    record = parse("MEDIA RELEASE\n17 May 2024\n\nOfficials wrapped up three days of work in Batam yesterday, "
                   "examining how ports can stop diversion.\n\nThe Subregional Workshop ran from Tuesday 14 to "
                   "Thursday 16 May. It was convened by UNODA.\n")
    assert (record.dates.start, record.dates.end) == ("2024-05-14", "2024-05-16")


@pytest.mark.parametrize("opening", ["Earlier this year", "Earlier this spring"])
def test_events_earlier_this_year_tells_another_event(parse, opening):
    """"Earlier this year, the Ministry also hosted a seminar … on 14 May" in a news item of 30 August is
    another event than the course it reports; "earlier this week" may still be its own."""
    record = parse("News\n\n30 August 2024\n\nThree officers joined Pacific colleagues in Launceston from Monday 19 to "
                   f"Friday 23 August for a course on strategic goods.\n\n{opening}, the Ministry also hosted an outreach "
                   "seminar for exporters in Auckland on 14 May.\n")
    assert (record.dates.start, record.dates.end) == ("2024-08-19", "2024-08-23")


def test_events_a_papers_masthead_with_its_volume_dates_the_paper(parse):
    """"Enugu  |  Sunday, September 17, 2023  |  Vol. 14, No. 37" under the paper's name dates the paper, so
    the days a feature counts from it are the event's."""
    record = parse("THE EASTERN CLARION\nEnugu  |  Sunday, September 17, 2023  |  Vol. 14, No. 37\n\nSUNDAY FEATURE\n\n"
                   "The delegates who spent Tuesday to Thursday last week in the resort's hall discussed export "
                   "controls.\n\nThe three-day workshop was organised by UNODA.\n")
    assert (record.dates.start, record.dates.end) == ("2023-09-12", "2023-09-14")


@pytest.mark.parametrize("state, venue", [("Denmark", ("Esbjerg", "DNK", False)), ("Norway", None)])
def test_events_a_datelines_town_the_gazetteer_lacks_counts_with_its_own_state(parse, state, venue):
    """A dateline's town that only the towns list knows ("ESBJERG, Denmark", a smaller port) is the story's
    place, which "an exercise here" says is the event's, when the State after it is the town's."""
    record = parse(f"News\n\nESBJERG, {state}, 13 September 2024 \u2013 A three-day exercise on interdiction concluded "
                   f"yesterday in the Port of Esbjerg, {state}.\n\nThe exercise, which ran from 10 to 12 September, brought together "
                   "officials of Albania and Serbia.\n\n\u201cAn exercise here shows why customs and the police must "
                   "work together,\u201d said an official.\n")
    assert (venue_of(record) if record.venue else None) == venue


def test_events_an_events_row_is_no_dateline(parse):
    """A row that only names an event, its date and place is the event's."""
    record = parse("Upcoming events\n\nRegional Workshop | 12 March 2024 | Tashkent\n\nThe workshop gathered officials of "
                   "Central Asia.\n")
    assert (record.dates.start, record.dates.end) == ("2024-03-12", "2024-03-12")


def test_events_a_headlines_city_that_hosts_the_event_is_its_venue(parse):
    """"Mosul hosts regional workshop on …" (no article, as headlines write): Mosul is the venue, not the
    Tunis of the dateline nor of the session a later sentence says was "held in Tunis"; "concluded on
    Thursday, 16 March 2023, a three-day regional workshop" says the event was held, a date and all between."""
    record = parse("Mosul hosts regional workshop on border security\n\nTunis, 19 March 2023 \u2013 The General "
                   "Secretariat concluded on Thursday, 16 March 2023, a three-day regional workshop.\n\nThe speaker "
                   "recalled the recommendations of the 40th session of the Council, held in Tunis in March 2023.\n")
    assert venue_of(record) == ("Mosul", "IRQ", False)
    assert (record.dates.start, record.dates.end) == ("2023-03-14", "2023-03-16")


@pytest.mark.parametrize("sentence, venue", [
    ("Officers have returned from Rzesz\u00f3w (Republic of Poland), where from 14 to 16 May 2019 they took part in "
     "the international exercise.", ("Rzesz\u00f3w", "POL", False)),
    ("Officers travelled on to Brazzaville, where ISS held the first workshop in October 2019, and on 14 to 16 May "
     "2019 took part in the international exercise.", None),  # the clause is another event's
])
def test_events_a_city_then_where_the_event_was_held_is_its_venue(parse, sentence, venue):
    """"… returned from Rzeszów (Republic of Poland), where … they took part in the international exercise": the
    city the "where" clause holds the event in; not a clause about another one ("where ISS held the first …")."""
    assert venue_of(parse(sentence + "\n")) == venue


def test_events_a_hotel_in_a_city_named_with_its_provinces_word_puts_the_event_in_that_city(parse):
    """"at the Centara Hotel & Convention Centre in Udon Thani Province": the hotel's phrase runs on to
    the province, named after its city; the city is still named, and the event is there."""
    record = parse("The Ministry organized the Sub-regional Workshop on Export Controls from 12 to 14 March 2019 at "
                   "the Centara Hotel & Convention Centre in Udon Thani Province.\n")
    assert venue_of(record) == ("Udon Thani", "THA", False)


def test_events_a_hall_in_a_city_named_with_city_after_it_puts_the_event_in_that_city(parse):
    """"at the Provincial Convention Centre in Tan An City": the hall's phrase runs on to "City"; the city is
    still named (without its diacritics), and the event is there."""
    record = parse("LONG AN - On the morning of March 26, 2025, at the Provincial Convention Centre in Tan An City, the "
                   "Vice Chairman delivered the opening speech at the Roundtable on Strategic Trade Controls.\n")
    assert venue_of(record) == ("Tân An", "VNM", False)


def test_events_a_city_next_to_the_events_first_day_is_its_venue(parse):
    """"On the morning of October 14, in Cao Lanh City, …" then "The course takes place from October 14 to 18,
    2024": the city next to the first day of the event's range is where it is."""
    record = parse("Opening of training course on strategic commodities\n\n(DTP) - On the morning of October 14, in "
                   "Cao Lanh City, the Provincial Customs Department coordinated with the World Customs Organization "
                   "to open the sub-regional training course.\n\nThe course takes place from October 14 to 18, 2024 "
                   "with 32 trainees.\n")
    assert venue_of(record) == ("Cao Lãnh", "VNM", False)


def test_events_an_event_which_began_on_a_weekday_and_concluded_today_runs_from_that_day(parse):
    """"The two-day seminar … which began on Tuesday at … University concluded here today", under "Dated:
    27.11.2024" and "Bhiwani, November 27 -": the seminar ran 26-27 November, not on the later day a camp "will be held" (December 5)."""
    record = parse("Press Release No. 412\nDated: 27.11.2024\n\nTwo-day seminar on export controls concludes\n\n"
                   "Bhiwani, November 27 - "
                   "The two-day sub-regional seminar on export controls and industry compliance which began on Tuesday "
                   "at Chaudhary Bansi Lal University concluded here today. The seminar was organised by the Ministry "
                   "of External Affairs.\n\nA special registration camp for exporters will be held at the District "
                   "Industries Centre, Bhiwani on December 5.\n")
    assert dates_of(record) == ("2024-11-26", "2024-11-27")


def test_events_a_city_the_event_was_far_from_is_not_its_venue(parse):
    """"… delivered from 27 February to 2 March 2023 – far from the ministries in Dhaka, in the district town
    of Dinajpur": the event was kept from Dhaka, and held in Dinajpur."""
    record = parse("A BAFA team delivered the course in the north-west of Bangladesh from 27 February to 2 March 2023 "
                   "\u2013 far from the ministries in Dhaka, in the district town of Dinajpur.\n")
    assert venue_of(record) == ("Dinajpur", "BGD", False)


def test_events_an_event_that_came_to_an_end_in_a_city_is_there(parse):
    """"Today in Aktobe the three-day international exercise … came to an end": the sentence says the event
    was held, so its city is the venue."""
    record = parse("PRESS NOTE\n22 June 2017, Aktobe\n\nToday in Aktobe the three-day international exercise on "
                   "detecting illicit trafficking came to an end. The exercise, which opened on 20 June, was organized "
                   "by the OSCE.\n")
    assert venue_of(record) == ("Aktobe", "KAZ", False)


def test_events_a_digest_dated_after_a_dash_and_its_items_city_heading(parse):
    """A digest's "Our digest for English-speaking readers - Monday 19 November 2018" dates it, so "From last Tuesday to
    Thursday" is 13-15 November, not the tram works of another item; the item's heading "NANTES: …" places it."""
    record = parse("THE WEEK IN ENGLISH\nOur digest for English-speaking readers - Monday 19 November 2018\n\n---\n\n"
                   "TRAM: LINE 1 INTERRUPTED\nFrom Saturday 1 to Sunday 9 December, no trams will run on line 1.\n\n---\n\n"
                   "NANTES: AFRICAN EXPERTS TRAIN ON BIOLOGICAL THREATS\n\nFrom last Tuesday to Thursday, around forty "
                   "officials took part in a workshop on biosecurity at the veterinary school.\n\n---\n\nMORE NEWS\n")
    assert (record.dates.start, record.dates.end) == ("2018-11-13", "2018-11-15")
    assert venue_of(record) == ("Nantes", "FRA", False)


@pytest.mark.parametrize("field, city", [("P isa, Italy", "Pisa"), ("B raga, Portugal", "Braga"), ("P isa, Spain", None)])
def test_events_a_venues_town_with_its_first_letter_apart(parse, field, city):
    """A converter's space after a town's first letter ("P isa, Italy") is mended when the gazetteer has the
    town in that State."""
    record = parse(f"Event: Course on export controls\n\nDate and Venue: 8-19 October 2018, {field}\n")
    assert record.venue.city == city


@pytest.mark.parametrize("field, city", [
    ("Lawrence Livermore National Laboratory, Livermore, California, USA", "Livermore"),  # the division after the town
    ("Palais des Congrès, Cahul, Cahul District, Republic of Moldova", "Cahul"),
    ("Hotel Rivera, Rivera, Uruguay", "Rivera"),  # a town named as its division, nothing before it a town
    ("Punta del Este, Maldonado, Uruguay", "Punta del Este"),  # the division is a city's name too
    ("Rosario, Santa Fe, Argentina", "Rosario"),
    ("Kingsmills Hotel, Inverness, Scotland (United\nKingdom)", "Inverness"),  # the State in brackets after
    ("Magee campus, Derry~Londonderry, Northern\n  Ireland (United Kingdom)", "Derry"),  # a town's two names
])
def test_events_a_venues_division_after_its_town_is_no_town(parse, field, city):
    record = parse(f"Event: Exercise on radiological security\n\nDate and Venue: 20-22 February 2018, {field}\n")
    assert record.venue.city == city


def test_events_a_town_before_its_states_division_in_prose(parse):
    """"in Launceston, Tasmania": the towns list has Launceston in Australia, whose division Tasmania is."""
    record = parse("News\n\n30 August 2024\n\nThree officers joined Pacific colleagues in Launceston, Tasmania, from "
                   "Monday 19 to Friday 23 August, for a course on strategic goods.\n")
    assert venue_of(record) == ("Launceston", "AUS", False)


@pytest.mark.parametrize("verb, kind", [("are meeting in Bremen", "seminar"), ("attend a meeting in Bremen", "meeting")])
def test_events_meeting_as_a_verb_is_no_event(parse, verb, kind):
    """"Experts … are meeting in Bremen": a verb; the event is "the two-day seminar" the next sentence names."""
    record = parse(f"BREMEN, 24.10.2016\n\nUntil tomorrow, experts from Europe {verb} to discuss ports. The two-day "
                   "seminar, which opened today, is organised by the Federal Foreign Office.\n")
    assert record.event.kind == kind


def test_events_a_city_opening_a_terminals_name_is_no_venue(parse):
    """"at the Porto Canale container terminal, where the final session was held": a terminal's name
    (in Cagliari), not Porto."""
    record = parse("PRESS RELEASE\nCagliari, 17 May 2019\n\nThe regional workshop opened on Tuesday and closed "
                   "yesterday. Officers showed the delegations the detectors at the Porto Canale container\n"
                   "terminal, where the final session was held on Thursday.\n")
    assert venue_of(record)[:2] == ("Cagliari", "ITA")


@pytest.mark.parametrize("sentence, end", [
    ("The two-week course, which ran from Monday 11 September and finished on Friday, was organised by UNODC.",
     "2023-09-22"),
    ("The course, which ran from Monday 11 September and closed on Thursday, was organised by UNODC.", "2023-09-14"),
])
def test_events_a_first_day_and_the_weekday_the_event_finished_on(parse, sentence, end):
    """The end said by its weekday alone, after the first day's date, that many weeks on as the event is long."""
    record = parse(f"News\n\nPublished\n    26 September 2023\n\n{sentence}\n")
    assert dates_of(record) == ("2023-09-11", end)


def test_events_a_town_said_to_be_the_venue(parse):
    """A town too small for the city gazetteer, said to be the venue, in a State the note names; the
    dateline's city is where the ministry writes from."""
    record = parse("Ministry of Foreign Affairs \u2013 Uruguay\nNews\n\nMontevideo, April 12, 2018\n\nLast Tuesday and "
                   "Wednesday, Punta del Este was the venue of the Sub-regional Round Table on resolution 1540, "
                   "organized by the Ministry together with UNLIREC.\n")
    assert venue_of(record)[:2] == ("Punta del Este", "URY")


@pytest.mark.parametrize("sentence, city", [
    ("Santa Coloma de Gramenet was this week the venue of an international expert meeting on chemical security.",
     "Santa Coloma de Gramenet"),
    ("The meeting was held online. Do not enter Kathmandu: that was the venue of the workshop planned for April.", None),
])
def test_events_a_city_said_to_be_this_weeks_venue(parse, sentence, city):
    """A city "was this week the venue of" a meeting a council's page tells of, away from the sentence that dates it;
    not a town that "that was the venue of" another, postponed event."""
    record = parse(f"City Council of Santa Coloma de Gramenet\n\n02/10/2025\n\nExperts from Spain and Portugal met "
                   f"on Tuesday and Wednesday at Torre Balldovina.\n\n{sentence}\n")
    assert (record.venue.city if record.venue else None) == city


def test_events_last_month_in_a_story_is_its_own_events_time(parse):
    """A story's "Last month, two analysts spent Sept. 19-21 in Fairbanks at a workshop": the days just
    gone of the event it tells, as "last week" is, not the story's own date; "last month's workshop"
    is another event."""
    story = ("PNNL News | Community & Outreach\n\nArctic shipping lanes get a nonproliferation check-up\nPNNL "
             "specialists join Nordic officials at Alaska workshop\n\nOctober 4, 2017\nBy Janelle Ruiz, PNNL "
             "Communications\n\nRICHLAND, Wash. \u2014 Every summer the sea ice pulls back a little\nfurther, and "
             "every summer a few more cargo ships try the short way between Rotterdam and\nBusan. That is good news "
             "for shippers.\n\nTwo of those people work at the laboratory. Last month, an analyst and a trainer\n"
             "spent Sept. 19-21 in Fairbanks, Alaska, at a three-day workshop on strategic trade controls.\n\nThe "
             "Fairbanks event follows a similar seminar PNNL staff supported in Tallinn, Estonia, in June 2016. Next "
             "up for the team is a licensing course in Kuala Lumpur, Malaysia, Nov. 13-17.\n")
    record = parse(story)
    assert dates_of(record) == ("2017-09-19", "2017-09-21")
    assert venue_of(record)[:2] == ("Fairbanks", "USA")
    other = parse("News\n\nOctober 4, 2017\n\nThe seminar was held in Fairbanks on 2 October. Last month's workshop, "
                  "held on Sept. 19-21 in Anchorage, covered licensing.\n")
    assert dates_of(other) == ("2017-10-02", "2017-10-02")


@pytest.mark.parametrize("text, place", [
    ("Lab News\n\nOctober 4, 2017\n\nRICHLAND, Wash. \u2014 Every summer a few more ships try the short way "
     "between Rotterdam and\nBusan. That is good news for shippers.\n", "RICHLAND"),  # a US town and its state
    ("Nairobi. Scientists from twelve countries met this week.\n", "Nairobi"),
    ("Science News\n\nNairobi. Scientists from twelve countries met this week.\n", "Nairobi"),
    ("PRESS RELEASE\n\nPHILIPSBURG:--- Sint Maarten is this week hosting a regional seminar.\n", "PHILIPSBURG"),
    ("PRESS RELEASE\n\nLAGOS -- The seminar opened on Monday.\n", "LAGOS"),
    ("THE ECHO\nLocal news \u00b7 Perpignan \u00b7 Friday 17 May 2019\n\nDiplomats met this week.\n", "Perpignan"),
    ("THE ECHO\nLocal news \u00b7 Wine fair \u00b7 Friday 17 May 2019\n\nDiplomats met this week.\n", None),
    ("University News\n\n26.01.2026 | Kleve\n\nExperts from Germany and Austria met last Thursday.\n", "Kleve"),
    ("University News\n\n26.01.2026 | Research\n\nExperts from Germany and Austria met last Thursday.\n", None),
    ("METRO | Thursday, 2 October 2025\n\nOfficers learn to stop weapons parts\n\nBy NUR AINA HASSAN\n\n"
     "KUALA LUMPUR: Customs officers spent two days in Bukit Bintang.\n", "KUALA LUMPUR"),
    ("MANILA | Thursday, 2 October 2025\n\nOfficers learn to stop weapons parts\n", "MANILA"),
    ("LUCKNOW CITY | VARANASI | AZAMGARH\n\nSmall exporters told to screen goods\n\nTNN | Feb 20, 2025, 04.12 AM IST"
     "\n\nAZAMGARH: Chemical traders were on Tuesday and Wednesday told to check their lists.\n", "AZAMGARH"),
    ("News\n\nPublished: 13 March 2025\n\nARTEMISA. \u2013 Delegates from five Caribbean countries are meeting in "
     "Artemisa, Cuba.\n", "ARTEMISA"),  # a stop
    # and a dash: the town without its stop
    ("Local news, sport and culture\n\nPublished: 13 March 2025.\n\nARTEMISA.\u2013 Delegates from five Caribbean "
     "countries are meeting in Artemisa, Cuba.\n", "ARTEMISA"),  # a comma or a stop on a line above
])
def test_events_a_city_and_a_stop_open_a_dateline_only_at_a_paragraphs_start(pipeline, text, place):
    """"Nairobi. Scientists …" opening a paragraph is a dateline, as is "PHILIPSBURG:--- " or "LAGOS -- " (a
    dash of hyphens), or a page's kicker "Local news · Perpignan · Friday 17 May 2019", or a news item's
    "26.01.2026 | Kleve"; "… between Rotterdam and / Busan. That is …" is a sentence's end that a line break
    put at a line's start. A page's section cell before its date
    ("METRO | Thursday, …") yields to a story's own dateline below it, and a paper's row of editions
    ("LUCKNOW CITY | VARANASI | AZAMGARH") is no dateline at all."""
    from noteparse.context import Context
    from noteparse.mentions import find_mentions
    from noteparse.nlp import tag
    from noteparse.sections import split_sections
    from noteparse.sentences import sentence_spans
    from noteparse.textview import make_view

    layout = split_sections(text)
    view = make_view(text, layout.label_gaps)
    ctx = Context(text, layout, view, find_mentions(tag(pipeline.nlp, view.clean), view), sentence_spans(view))
    span = ctx.dateline_place
    assert (text[span[0]:span[1]] if span else None) == place


_A_TOWN_PAGE = ("Official website of the Town of Trutnov\n\nHome > News > Economy\n\nExporters learn to keep sensitive "
                "goods at home\n\n17. 10. 2025 | Press Department\n\nTrutnov \u2013 Around sixty representatives of companies "
                "met on Thursday for a seminar on export controls of dual-use items at the Trutnov cultural house.\n")


@pytest.mark.parametrize("text, venue", [
    (_A_TOWN_PAGE, ("Trutnov", "CZE")),
    (_A_TOWN_PAGE.replace("17. 10. 2025 | Press Department\n\n", ""), None),  # no page date above it
    (_A_TOWN_PAGE.replace("Trutnov \u2013 Around", "Export rules \u2013 Around"), None),  # no town
])
def test_events_a_town_and_a_dash_opening_the_story_below_the_pages_date_is_its_dateline(parse, text, venue):
    """A town hall's page dates itself above the story ("17. 10. 2025 | Press Department"), whose first
    paragraph opens with its town and a dash, in mixed case: "Trutnov \u2013 Around sixty representatives …"."""
    record = parse(text)
    assert (record.venue.city, record.venue.country_code) == venue if venue else record.venue is None


_A_TOWNS_RELEASE = ("TOWN OF LOCKPORT\nOffice of the Town Supervisor\n6560 Dysinger Road\nwww.example.org\n\n"
                     "FOR IMMEDIATE RELEASE\nApril 16, 2026\n\nContact: Office of the Supervisor\n\nSUPERVISOR WELCOMES "
                     "BORDER OFFICIALS\nTO TOWN FOR TRADE MEETING\n\nLOCKPORT, N.Y. - Officials from Canada and Mexico met "
                     "this week at a hotel for a two-day meeting on strategic trade.\n")


@pytest.mark.parametrize("text, city", [
    (_A_TOWNS_RELEASE, "Lockport"),
    # a newsletter's masthead is no dateline: the story's own city is the venue
    ("PORT NEWS\n\nCrowley, Louisiana  |  Volume 14, Issue 1  |  January 2026\n\nPORT JOINS SECURITY TALKS IN "
     "NASHVILLE\n\nOur director travelled to Nashville, Tennessee, for a one-day roundtable on supply chain security "
     "last month.\n", "Nashville"),
])
def test_events_a_town_and_its_us_states_abbreviation_open_a_dateline_below_a_long_letterhead(parse, text, city):
    """"LOCKPORT, N.Y. - …": a US town and its state as the AP stylebook abbreviates it, below a town's
    letterhead, release line, contact and two-line headline: the dateline, so the venue, of a town too small
    for the cities gazetteer."""
    venue = parse(text).venue
    assert (venue.city, venue.country_code) == (city, "USA")


def test_events_a_papers_filing_stamp_after_its_wires_code_dates_the_story(parse):
    """"TNN | Feb 20, 2025, 04.12 AM IST": when the story was filed, so "on Tuesday and Wednesday" are the two
    days before it, not the stamp's day."""
    record = parse("Small exporters told to screen goods\n\nTNN | Feb 20, 2025, 04.12 AM IST\n\nAZAMGARH: Chemical "
                   "traders were on Tuesday and Wednesday told to check their lists, at a two-day workshop held here.\n")
    assert dates_of(record) == ("2025-02-18", "2025-02-19")


def test_events_a_bylines_slashed_update_stamp_dates_the_story(parse):
    """"Ravi Shankar Jha / TNN / Updated: Feb 12, 2025, 06:14 IST": a reporter, the wire and when the story was
    filed, so a three-day workshop "that began here on Tuesday" ran 11-13 February, not on the stamp's day."""
    text = ("Bihar | Patna News\n\nOfficials in Begusarai learn to keep chemicals safe\n\n"
            "Ravi Shankar Jha / TNN / Updated: Feb 12, 2025, 06:14 IST\n\nBEGUSARAI: Customs officials from four "
            "countries joined a three-day workshop on chemical security that began here on Tuesday.\n")
    assert dates_of(parse(text)) == ("2025-02-11", "2025-02-13")


def test_events_a_yearless_published_stamp_takes_the_pages_copyright_year(parse):
    """"Published 6:05 p.m., Thursday, Oct. 2" over a page's closing "(c) 2025 The Stamford Ledger": the story's
    date, so "held Tuesday and Wednesday" are the two days before it."""
    text = ("THE STAMFORD LEDGER\n\nBy Kevin Marchetti, Staff Writer\nPublished 6:05 p.m., Thursday, Oct. 2\n\n"
            "STAMFORD -- The conference, held Tuesday and Wednesday on Washington Boulevard, drew forty firms.\n\n"
            "(c) 2025 The Stamford Ledger. All rights reserved.\n")
    assert dates_of(parse(text)) == ("2025-09-30", "2025-10-01")


def test_events_a_town_broken_at_a_lines_end_before_its_territory(parse):
    """"White-" / "horse, Yukon, Canada": the town the break cuts, not the territory after it."""
    record = parse(note("Event: Regional Industry Roundtable",
                        "Date and Venue: 23 and 24 May 2017 \u2013 Coast High Country Inn Convention Centre, White-",
                        "horse, Yukon, Canada"))
    assert venue_of(record)[:2] == ("Whitehorse", "CAN")


def test_events_a_news_agencys_dateline_with_a_hijri_date(parse):
    """"Madinah, Jumada Al-Awwal 11, 1444, December 5, 2022, SPA --": the Hijri date before the Gregorian,
    the agency's tag after it; the city opens the dateline and the workshop it opened "today" is there."""
    record = parse("Madinah Hosts Regional Workshop\n\nMadinah, Jumada Al-Awwal 11, 1444, December 5, 2022, SPA -- "
                   "The Deputy Governor inaugurated today a regional workshop on resolution 1540, organized by "
                   "the Ministry of Foreign Affairs, which runs for three days.\n")
    assert dates_of(record) == ("2022-12-05", "2022-12-07")
    assert venue_of(record)[:2] == ("Medina", "SAU")
    assert [o.name for o in record.organizers] == ["Ministry of Foreign Affairs of Saudi Arabia"]


@pytest.mark.parametrize("sentence, city", [
    ("Experts took part last week in a three-day exercise held in the port of Almer\u00eda, in southern Spain.",
     "Almer\u00eda"),
    ("The two-day exercise took place at the Port of New Orleans on April 25\u201326.", "New Orleans"),
])
def test_events_the_port_of_a_city_is_in_the_city(parse, sentence, city):
    """"held in the port of Almería", "at the Port of New Orleans": the city the port is of."""
    record = parse(f"NEWS RELEASE\n\nWICHITA, Kan., May 2, 2023 \u2014 Our staff joined a drill. {sentence}\n")
    assert venue_of(record)[0] == city


def test_events_a_releases_date_opening_a_row_of_cells(parse):
    """"October 16, 2019          Ottawa, Ontario          Canada Border Services Agency": the release's
    date, its place and publisher far to its right, dates the text; a programme's row with an event in it
    does not."""
    record = parse("News release\n\nOctober 16, 2019          Ottawa, Ontario          Canada Border Services Agency\n\n"
                   "Last week, the agency welcomed 24 officers to Greater Sudbury for a five-day course.\n\n"
                   "The course ran from Monday to Friday at Cambrian College.\n")
    assert dates_of(record) == ("2019-10-07", "2019-10-11")
    row = parse("Programme\n\n12 March 2024   Regional Workshop   Tashkent\n\nThe workshop met on Tuesday.\n")
    assert dates_of(row) == ("2024-03-12", "2024-03-12")


def test_events_a_dateline_town_of_one_state_too_small_for_the_cities_gazetteer(parse):
    """"Siena, 14 May 2024": a town the towns list has in one State only (Italy), named again in the text,
    opens the dateline of a release about an event there; its State comes from the towns list, with a warning."""
    record = parse("PREFETTURA DI SIENA\nPress Office\n\nPRESS RELEASE\n\nSiena, 14 May 2024\n\nTHE PREFECT OPENS THE "
                   "WORKSHOP\n\nThis morning, in the Aula Magna of the Rectorate, the Prefect of Siena opened the regional "
                   "workshop on biosecurity with officials of Albania and Serbia. On Thursday the participants will "
                   "visit the laboratories.\n")
    assert venue_of(record) == ("Siena", "ITA", False)
    assert "country_from_town" in warning_codes(record)


def test_events_a_papers_row_with_wide_gaps_and_a_dash_dates_the_page(parse):
    """"TERUEL | Provincial news          Friday, 27 April 2018 – English edition": wide spaces part the
    cells, a dash the last; the row dates the page, so "ended yesterday … began on Tuesday" is 24-26 April."""
    record = parse("TERUEL | Provincial news                                    Friday, 27 April 2018 – English edition\n\n"
                   "Teruel rehearses the response to a bioterrorist attack\n\nFor three days the capital of the "
                   "province became the stage of a simulated epidemic. The exercise, which ended yesterday at the "
                   "exhibition centre, began on Tuesday and brought together some sixty specialists.\n")
    assert dates_of(record) == ("2018-04-24", "2018-04-26")


def test_events_a_state_information_offices_dateline_takes_its_year_from_the_date_above(parse):
    """"Mysuru, December 6 (Karnataka Information):" dates the release (its year from "Date: 06.12.2022"
    above): "today inaugurated the two-day … Seminar" is the 6th, and "will conclude tomorrow" its last
    day, the 7th, not the day it was held."""
    record = parse("GOVERNMENT OF KARNATAKA\nDEPARTMENT OF INFORMATION AND PUBLIC RELATIONS\n\nPRESS RELEASE\n\n"
                   "No. DIO/MYS/PR/412/2022-23                      Date: 06.12.2022\n\nRegional Seminar on Laboratory "
                   "Biosecurity inaugurated at CFTRI\n\nMysuru, December 6 (Karnataka Information): The Minister "
                   "today inaugurated the two-day South Asia Regional Seminar on Laboratory Biosecurity at CFTRI, "
                   "Mysuru. The seminar is organised by the Ministry of External Affairs and will conclude tomorrow.\n")
    assert dates_of(record) == ("2022-12-06", "2022-12-07")
    assert "date_from_dateline" in warning_codes(record)


def test_events_a_weekday_it_will_conclude_tomorrow_is_its_last_day_not_the_day_it_was_held(parse):
    """"This Wednesday … inaugurated the conference", under a bulletin dated Wednesday, February 25: the
    conference "will conclude tomorrow, Thursday" ends on the 26th; the Thursday is not the day it was held."""
    record = parse("Social Communication Office\n\nSan Luis Rio Colorado, Sonora, February 25, 2026\n\nThis "
                   "Wednesday the Municipal President inaugurated the Binational Conference on Border Security in "
                   "the auditorium of the university.\n\nThe conference, organized by the Secretariat of Foreign "
                   "Affairs and the National Customs Agency, will conclude tomorrow, Thursday, with a visit to the "
                   "customs post.\n")
    assert dates_of(record) == ("2026-02-25", "2026-02-26")


def test_events_a_dateline_town_in_capitals_named_again_in_title_case(parse):
    """"KANNUR, February 09, 2024 00:12 IST" under a byline, and "the Kannur district" in the story: the
    town is named again, in another case."""
    record = parse("KERALA  >  KANNUR\n\nWorkshop discusses curbs on sensitive cargo at ports\n\nStaff Reporter\n"
                   "KANNUR, February 09, 2024 00:12 IST\n\nA two-day national workshop on controlling the movement of "
                   "sensitive goods through seaports concluded here on Thursday. Officials of the Kannur district "
                   "administration took part.\n")
    assert venue_of(record) == ("Kannur", "IND", False)


def test_events_an_other_events_relative_clause_dates_it(parse):
    """"right after the … Conference, which ran Dec. 1–2 in the same hotel": the conference's days, not the
    roundtable's."""
    record = parse("Port News  |  Volume 14, Issue 1  |  January 2026\n\nOn Wednesday, Dec. 3, our director travelled "
                   "to Nashville, Tennessee, for a one-day roundtable on supply chain security. The roundtable was "
                   "convened by the OAS, right after the Inland Ports and Waterways Conference, which ran Dec. 1\u20132 "
                   "in the same hotel.\n")
    start, end = dates_of(record)
    assert start == end and start.endswith("-12-03")


@pytest.mark.parametrize("trip", [
    "On the middle weekend the group visited the Ferrari Museum in Maranello.",
    "On Wednesday participants visited a pharmaceutical plant in Sagamu, Nigeria.",
])
def test_events_a_trip_out_during_the_event_is_not_its_venue(parse, trip):
    """"the group visited the Ferrari Museum in Maranello": a site the event's people went out to, in a
    town of its own; the event stays where the text put it first."""
    record = parse("Campus News\n\nOfficials from three countries in Modena for the Summer Course\n\nFor two weeks, "
                   "from 8 to 19 July 2024, the classrooms of the Department of Economics hosted officials from Nigeria, "
                   f"Italy and Ghana for the summer course on export controls. {trip} The course closed with a simulation.\n")
    assert venue_of(record) == ("Modena", "ITA", False)


def test_events_a_towns_state_on_the_next_line_after_a_comma(parse):
    """"in Hargeisa,\nSomalia": the State after a comma and a line break is the town's."""
    record = parse("The exercise itself ran for three days, 18-20 November 2024, in Hargeisa,\nSomalia. It was "
                   "organized by the Ministry of Internal Security.\n")
    assert venue_of(record) == ("Hargeisa", "SOM", False)
    assert record.venue.text == "Hargeisa,\nSomalia"


def test_events_a_pages_related_links_name_no_venue(parse):
    """Under "Related:" alone on its line, a news page's links to other stories: their events' towns are
    not the venue; nor is "a similar, regional meeting in Tunis" (another event, its noun after a comma)."""
    record = parse("THE DISPATCH\n\nPublished: 21 February 2024\n\nA three-day workshop on Libya's obligations under "
                   "resolution 1540 closed on Wednesday.\n\nLibyan officials had taken part in a similar, regional meeting "
                   "in Tunis in 2019.\n\nRelated:\n\u203a Interior Ministry launches training for border guards in Sebha\n")
    assert venue_of(record) is None


def test_events_a_town_a_states_name_introduces(parse):
    """"in the US city of Eugene (Oregon)": the city, not the State that introduces it."""
    record = parse("Rabat - A Moroccan delegation took part, from May 15 to 17, 2018 in the US city of Eugene (Oregon), "
                   "in a tabletop exercise on biological threats.\n")
    assert venue_of(record) == ("Eugene", "USA", False)


NEWS_PAGE_TOP = ("THE RED RIVER LEDGER\nShreveport-Bossier's news source\n\nNEWS > LOCAL\n\nInternational teams practice "
                 "stopping nuclear smuggling at the port\n\nOfficials from seven countries joined federal, state and "
                 "local responders for a\nthree-day drill. No real radioactive material was involved.\n\nBy Marcus "
                 "Delahoussaye\nRed River Ledger\nPublished 6:12 p.m. CT April 9, 2025 | Updated 8:47 a.m. CT April 10, "
                 "2025\n\n")


def test_events_a_news_pages_dateline_below_its_masthead_headline_and_byline(parse):
    """A local paper's story opens below eight lines of masthead, headline, summary and byline: its
    "Published 6:12 p.m. CT April 9, 2025" dates it (a Wednesday), and "SHREVEPORT, La. —" places it;
    "began Tuesday … and wraps up Thursday" is the 8th to the 10th (not a Thursday gone by)."""
    record = parse(NEWS_PAGE_TOP + "SHREVEPORT, La. \u2014 The alarm at the port on Wednesday morning was part of a "
                   "script.\n\nThe exercise began Tuesday with a day of tabletop sessions at the Convention Center "
                   "and wraps up Thursday.\n")
    assert (record.dates.start, record.dates.end) == ("2025-04-08", "2025-04-10")
    assert venue_of(record) == ("Shreveport", "USA", False)


@pytest.mark.parametrize("stamp, said, start", [
    ("Published at : November 25, 2025", "began in Dhangadhi on Monday", "2025-11-24"),  # "at", then a colon
    ("Wed Feb 11, 2026 12:00 AM   Last update on: Wed Feb 11, 2026 01:37 AM", "met in Dhangadhi yesterday",
     "2026-02-10"),  # the time it was filed, then, far to its right, when it was changed
])
def test_events_a_papers_stamp_dates_its_story(parse, stamp, said, start):
    """A daily's stamp under its headline dates the story, not the event: "on Monday" and "yesterday" are told
    from it, and it is no event's day itself."""
    record = parse(f"Provinces\n\nOfficials discuss border security\n\nPost Report\n{stamp}\n\nA two-day "
                   f"conference on border management {said}.\n")
    assert record.dates.start == start


def test_events_a_wires_dateline_with_its_state_in_brackets_and_the_year_far_right_of_its_masthead(parse):
    """"Mocuba (Mozambique), 16 Jul (AIM) -" dates the dispatch, its year the masthead's, far to the right of
    the service's name (a Wednesday): the "three-day" conference "opened on Monday", the 14th."""
    record = parse("Mozambique News Agency - English Service                              2025\n\nConference ends in "
                   "Mocuba\n\nMocuba (Mozambique), 16 Jul (AIM) - A three-day regional conference on biosecurity, "
                   "which opened on Monday, ended in Mocuba.\n")
    assert (record.dates.start, record.dates.end) == ("2025-07-14", "2025-07-16")


def test_events_a_social_posts_stamp_dates_it(parse):
    """A page's post stamped "September 16, 2025 at 2:14 PM ·" (its audience's dot after the time): "this
    morning, Tuesday" is the 16th, and "continues for three days" runs to the 18th."""
    record = parse("Governorate of Monufia\nSeptember 16, 2025 at 2:14 PM \u00b7\n\nThe Governor this morning, "
                   "Tuesday, opened the national workshop on strategic trade controls in Ashmoun, which continues for "
                   "three days until Thursday.\n")
    assert (record.dates.start, record.dates.end) == ("2025-09-16", "2025-09-18")


def test_events_a_meeting_that_will_conclude_this_weekday(parse):
    """"installed this Wednesday …. The meeting, which will conclude this Thursday, …": the next sentence,
    the meeting its subject, ends it on the Thursday after."""
    record = parse("Venezuela hosts subregional meeting\n\nMarch 18, 2026\n\nCaracas, March 18 (VTV).- The Government "
                   "installed this Wednesday in the city of La Victoria the Subregional Meeting on resolution 1540.\n\n"
                   "The meeting, which will conclude this Thursday, brings together delegations from Cuba and Bolivia.\n")
    assert (record.dates.start, record.dates.end) == ("2026-03-18", "2026-03-19")


def test_events_today_concluded_a_meeting_held_since_a_weekday(parse):
    """"(IPEN) today concluded the Regional Meeting …, which since Tuesday brought together …" in a
    Thursday's release: the meeting ran from the Tuesday to the day of the release."""
    record = parse("San Borja, April 16, 2026. - The Peruvian Institute of Nuclear Energy (IPEN) today concluded the "
                   "Regional Meeting on Nuclear Security Detection at Borders, which since Tuesday brought together "
                   "officials from Bolivia, Chile and Peru.\n")
    assert (record.dates.start, record.dates.end) == ("2026-04-14", "2026-04-16")


def test_events_a_papers_publication_time_then_its_date(parse):
    """A daily's byline "Published: 12:00 AM, Saturday, February 21, 2026" dates the story, a comma after
    the time: "ended … yesterday" is the Friday."""
    record = parse("DISTRICTS\n\nDrill ends in Bagerhat\n\nOur Correspondent, Bagerhat\nPublished: 12:00 AM, Saturday, "
                   "February 21, 2026\n\nA three-day regional exercise on chemical accidents ended in Bagerhat town "
                   "yesterday.\n")
    assert (record.dates.start, record.dates.end) == ("2026-02-18", "2026-02-20")


def test_events_a_states_name_below_eight_lines_is_no_dateline(parse):
    """Past a text's first eight lines, only a city opens a dateline: a room plan's name plates
    ("BOLIVIA (Estado Plurinacional de) - CHILE - …") place nothing."""
    plan = "".join(f"Line {n} of the plan legend\n" for n in range(1, 10))
    record = parse(plan + "BOLIVIA (Estado Plurinacional de) - CHILE - COLOMBIA - PERU\n")
    assert record.venue is None or record.venue.country_code != "BOL"


@pytest.mark.parametrize("text, dates", [
    ("Taranto, 15 March 2024\n\nThe Training Course on Maritime Counter-Proliferation ended today at the Navy Petty "
     "Officers School. The course, which started on 4 March, was organised by the Italian Navy.\n",
     ("2024-03-04", "2024-03-15")),
    ("Taranto, 15 March 2024\n\nThe strike at the port ended today. The course, which started on "
     "4 March, was organised by the Italian Navy.\n", ("2024-03-04", "2024-03-04")),  # no event ended today
    ("Taranto, 15 April 2024\n\nThe Training Course ended today. The course, which started on 4 March, "
     "was organised by the Italian Navy.\n", ("2024-03-04", "2024-03-04")),  # six weeks: not the one course
])
def test_events_a_course_that_started_on_a_day_and_ended_today_ends_on_the_texts_day(parse, text, dates):
    record = parse(text)
    assert (record.dates.start, record.dates.end) == dates


def test_events_a_bodys_seat_with_its_state_is_no_venue_and_a_citys_historic_centre_is(parse):
    """"in the historic centre of Pelotas" places the event; "UNLIREC, which is based in Lima, Peru"
    names a body's seat (a town then its State, as well as a city alone)."""
    record = parse("On the twenty-third of August 2022, the auditorium of the Faculty of Law, in the historic centre "
                   "of\nPelotas, received researchers and diplomats for the Roundtable on Academia and Resolution 1540. "
                   "The event was organised by UFPel together with UNLIREC, which is based in Lima,\nPeru.\n")
    assert venue_of(record) == ("Pelotas", "BRA", False)
    assert "PER" not in [s.code for s in record.participants.states]


def test_events_a_news_agencys_filing_stamp_and_tagged_dateline_anchor_its_weekdays(parse):
    """"Society | 20.05.2022 [16:42]" (a section, then the filing time) and "Sumgayit, May 20, AZERTAC"
    (the agency's tag ending the line) date the dispatch: the course "which kicked off on Monday" ran
    16-20 May, in Sumgayit."""
    record = parse("AZERTAC\nAzerbaijan State News Agency\n\nSociety | 20.05.2022 [16:42]\n\nSumgayit hosts regional "
                   "course\n\nSumgayit, May 20, AZERTAC\n\nA regional training course organized by the State Customs "
                   "Committee has wrapped up in Sumgayit.\n\nCustoms officers from Georgia attended the five-day "
                   "course,\nwhich kicked off on Monday.\n")
    assert (record.dates.start, record.dates.end) == ("2022-05-16", "2022-05-20")
    assert venue_of(record) == ("Sumgayit", "AZE", False)


def test_events_an_opening_day_and_ends_today_far_apart_in_one_sentence_are_one_range(parse):
    record = parse("Published: 12.10.2018 | Category: Events\n\nThe Prefect attended on Wednesday the opening of the\n"
                   "regional workshop on the control of strategic goods and the security of borders in the Lower\n"
                   "Danube and Black Sea area, which is hosted in our city and ends today.\n")
    assert (record.dates.start, record.dates.end) == ("2018-10-10", "2018-10-12")


def test_events_a_bylines_publication_cell_dates_the_story_and_its_links_dates_are_no_events(parse):
    """"By … | Published Friday, May 17, 2019 - 11:42" dates the story, so "from Tuesday to Thursday" is
    14-16 May; a date under "READ ALSO" is another page's, never the event's."""
    record = parse("Abda Doukkala Today\n\nBy Youssef El Amrani | Published Friday, May 17, 2019 - 11:42 | Updated "
                   "15:05\n\nSAFI \u2013 The regional workshop, held from Tuesday to Thursday at a hotel, was organised "
                   "by UNODA.\n\nREAD ALSO\n- El Jadida hosts national fishing festival from June 20 to 23\n")
    assert (record.dates.start, record.dates.end) == ("2019-05-14", "2019-05-16")


def test_events_a_date_only_under_a_pages_links_is_no_events(parse):
    record = parse("Workshop on export controls held in Safi\n\nREAD ALSO\n- El Jadida hosts a festival from "
                   "June 20 to 23, 2019\n")
    assert record.dates is None


def test_events_a_posts_hashtag_gives_the_year_it_gives_nowhere_else(parse):
    """"Proud to have co-hosted #SurakshaSetu2025, a full-scale field exercise … on Feb 18–19": 2025."""
    record = parse("Proud to have co-hosted #SurakshaSetu2025, a full-scale field exercise at Hazira Port, Surat on "
                   "Feb 18\u201319.\n")
    assert (record.dates.start, record.dates.end) == ("2025-02-18", "2025-02-19")
    assert parse("A field exercise at Hazira Port, Surat on Feb 18\u201319. #exercise #ports\n").dates is None


def test_events_a_publication_label_with_a_dash_dates_the_page_and_a_visit_that_concluded_on_a_weekday(parse):
    """"Published - February 15, 2025 12:41 am IST" dates a Saturday's story; "concluded a two-day
    technical visit to V.O. Chidambaranar Port here on Friday" (an initial's full stop ends nothing)
    ran from Thursday the 13th to Friday the 14th."""
    record = parse("TAMIL NADU\n\nForeign officials study port security systems\n\nSpecial Correspondent\nCHENNAI\n\n"
                   "Published - February 15, 2025 12:41 am IST\n\nA delegation of customs officials from Sri Lanka "
                   "concluded a two-day technical visit to V.O. Chidambaranar Port here on Friday.\n")
    assert (record.dates.start, record.dates.end) == ("2025-02-13", "2025-02-14")


def test_events_a_pages_section_cell_before_its_publication_date_and_last_weeks_weekdays(parse):
    """"News | Published 16.09.2019 | Last updated 17.09.2019" dates a Monday's page; "Last week, from
    Tuesday to Thursday" there is the 10th to the 12th."""
    record = parse("DSA – Norwegian Radiation and Nuclear Safety Authority\n\nNews | Published 16.09.2019 | Last updated "
                   "17.09.2019\n\nExercise tested response to a dirty bomb\n\nLast week, from Tuesday to Thursday, some "
                   "sixty experts met in Kristiansand for a tabletop exercise.\n")
    assert (record.dates.start, record.dates.end) == ("2019-09-10", "2019-09-12")


def test_events_a_town_after_a_facility_with_another_states_city_in_its_name(parse):
    """"Pazo de San Marcos, Lugo, Spain": the venue is the Spanish town after the palace, not San
    (a city of Mali) inside the palace's name."""
    record = parse("Event: Seminar on port security\nDate and Venue: 14-15 March 2023, Pazo de San Marcos, Lugo, Spain\n")
    assert venue_of(record) == ("Lugo", "ESP", False)


def test_events_a_facility_hosting_the_event_puts_it_in_the_towns_kicker_cell(parse):
    """A page's kicker cell names a town too small for the cities gazetteer ("· Lugo ·"), of a State
    the text names; the event's sentence has a palace host it and names no place: the event is in
    Lugo, not in Cervo, where a later sentence puts a plant beside the province's port."""
    record = parse("THE GALICIAN COURIER\nEnglish edition · Lugo · Thursday, 16 March 2023\n\nBy Uxía Seoane\n\n"
                   "On Tuesday and Wednesday, the Pazo de San Marcos, seat of the Provincial Council, hosted an\n"
                   "international seminar on port security organised by Spain's Ministry of Foreign Affairs.\n\n"
                   "Organisers said the choice was partly practical: the province's own port at San\nCibrao, next to "
                   "the aluminium plant in Cervo, is a working example.\n")
    assert venue_of(record) == ("Lugo", "ESP", False)
    assert (record.dates.start, record.dates.end) == ("2023-03-14", "2023-03-15")


def test_events_a_pages_labelled_date_beside_its_view_count_is_when_it_was_posted(parse):
    """A city's news page: "Date  2019-09-16   |   Views 287   |   Department …" dates the page, not the
    exercise "held at Gunsan Port … for 3 days from September 10th to 12th"."""
    record = parse("GUNSAN CITY  ENGLISH\nHome > Gunsan News > City News\n\nGunsan Port hosts international port "
                   "security exercise\n\nDate  2019-09-16   |   Views 287   |   Department  Port & Logistics Division\n\n"
                   "Gunsan City announced on the 16th that the '2019 Asia-Pacific Port Security Exercise' was "
                   "successfully held at Gunsan Port for 3 days from September 10th to 12th.\n")
    assert (record.dates.start, record.dates.end) == ("2019-09-10", "2019-09-12")
    assert venue_of(record) == ("Gunsan", "KOR", False)


@pytest.mark.parametrize("text,venue", [
    ("PREFECT OF VAUCLUSE\n\n                 Avignon, 28 June 2019\n\nPRESS RELEASE\n\nOn Tuesday 2 and Wednesday 3 "
     "July, Avignon will host an international seminar on chemical security, organised by the Ministry for Europe "
     "and Foreign Affairs with the support of the OPCW, based in The Hague.\n", ("Avignon", "FRA", False)),
    ("PORT SYSTEM AUTHORITY OF THE SEA OF SARDINIA\n\nOlbia, 6 October 2022\n\nFrom Tuesday 4 to Thursday 6 "
     "October, the passenger terminal of the port of Olbia Isola Bianca hosted a regional workshop on port "
     "security.\n", ("Olbia", "ITA", False)),
])
def test_events_the_datelines_town_named_again_as_the_host_is_the_venue(parse, text, venue):
    """A dateline's town too small for the cities gazetteer, named again in the event's sentence
    ("Avignon will host", "the port of Olbia … hosted"), with no other place but a body's seat."""
    assert venue_of(parse(text)) == venue


def test_events_a_bylines_place_cell_before_the_date_and_an_updated_cell(parse):
    """A paper's byline row: "Lleida · Saturday, 16 March 2024 · 09:41 CET | Updated 16/03/2024 · 12:15"
    dates the page (its "Updated" cell says it is a page) and places it: "on Thursday and Friday" are
    the 14th and 15th, in Lleida."""
    record = parse("DIARI DE PONENT · ENGLISH EDITION\nHome › Lleida › Universities & Science\n\nUN experts tell "
                   "Lleida scientists: your lab notebook can be an export\n\nMarta Solé i Farré\nLleida · Saturday, 16 "
                   "March 2024 · 09:41 CET | Updated 16/03/2024 · 12:15\n\nUnited Nations experts spoke on Thursday "
                   "and Friday to some sixty researchers gathered in the Rectorate building of the University of Lleida "
                   "(UdL) for a seminar on dual-use research.\n")
    assert (record.dates.start, record.dates.end) == ("2024-03-14", "2024-03-15")
    assert venue_of(record) == ("Lleida", "ESP", False)


def test_events_a_town_with_particles_in_its_name_before_its_state(parse):
    """"San Vicente de Cañete (Lima Region), Peru": the towns list has the whole name in Peru, its
    lowercase "de" too."""
    record = parse("Event: Workshop on export controls\nDate and Venue: 15-17 October 2019, San Vicente de Cañete "
                   "(Lima Region), Peru\n")
    assert venue_of(record) == ("San Vicente de Cañete", "PER", False)


@pytest.mark.parametrize("said", [
    "The seminar, held both online and offline, was co-hosted by China's Ministry of Foreign Affairs and\nthe UN "
    "Office for Disarmament Affairs.",
    "Some 140 participants took part, around half of them on site at the CongressPark and the others via video link."])
def test_events_a_venue_with_people_on_site_and_online_is_hybrid(parse, said):
    """"held both online and offline", "half of them on site … and the others via video link": the event in its
    place was online too."""
    record = parse(f"WOLFSBURG, Nov. 9 (Xinhua) -- A two-day regional seminar on the implementation of UN Security\n"
                   f"Council Resolution 1540 opened here on Wednesday.\n\n{said}\n")
    assert venue_of(record) == ("Wolfsburg", "DEU", True)


def test_events_a_wire_pages_row_of_cells_dates_it(parse):
    """"Source: Xinhua | 2023-11-21 18:42:10 | Editor: huaxia" is when the wire was filed, not the event's
    date: "A two-day regional seminar … opened here on Tuesday" ran the 21st and 22nd."""
    record = parse("Regional seminar on non-proliferation opens in Hainan\n\nSource: Xinhua | 2023-11-21 18:42:10 | "
                   "Editor: huaxia\n\nHAIKOU, Nov. 21 (Xinhua) -- A two-day regional seminar on the implementation of "
                   "UN Security\nCouncil Resolution 1540 opened here on Tuesday, bringing together officials.\n")
    assert (record.dates.start, record.dates.end) == ("2023-11-21", "2023-11-22")


def test_events_the_length_of_the_event_said_in_another_sentence(parse):
    """"A regional workshop … opened on Tuesday in Nanning." then "The three-day event was jointly organized
    by …": it ran Tuesday to Thursday."""
    record = parse("NANNING, 14 November 2018 -- A regional workshop on strategic trade management opened on Tuesday in "
                   "Nanning.\n\nThe three-day event was jointly organized by the Ministry of Foreign Affairs.\n")
    assert (record.dates.start, record.dates.end) == ("2018-11-13", "2018-11-15")


def test_events_completed_today_what_has_been_held_since_a_written_day(parse):
    """"Burgos, 8 March 2024 / The Guardia Civil has completed today in Burgos the National Course …, which has
    been held since Monday 4 March": 4 to 8 March."""
    record = parse("PRESS NOTE\n\nBurgos, 8 March 2024\n\nThe Guardia Civil has completed today in Burgos the National "
                   "Course on First Response to CBRN\nincidents, which has been held since Monday 4 March\nat the "
                   "facilities of the Burgos Command.\n")
    assert (record.dates.start, record.dates.end) == ("2024-03-04", "2024-03-08")


@pytest.mark.parametrize("text, start, end", [
    ("Angers, 23 September 2022\n\nThe Prefect opened, on Tuesday 20 September, at the Angers Congress Centre, an "
     "international seminar on biosecurity.\n\nUntil Thursday, some forty officials worked with the experts.\n",
     "2022-09-20", "2022-09-22"),
    ("PRESS RELEASE\n\nHuelva, 10 April 2019\n\nThe Port of Huelva hosts an international seminar\n\n- More than 70 "
     "experts are taking part in the meeting, which ends tomorrow\n\nSince yesterday, Tuesday, the headquarters of the "
     "Port Authority has been the venue of the \"Seminar on Maritime Interdiction\", organised by the Ministry of "
     "Defence.\n",
     "2019-04-09", "2019-04-11")])
def test_events_a_later_day_told_from_the_texts_own_that_the_event_ends_on(parse, text, start, end):
    """"Until Thursday, some forty officials worked" after a seminar opened on Tuesday 20 September; "the meeting,
    which ends tomorrow" of one held since yesterday: the range on to that day."""
    record = parse(text)
    assert (record.dates.start, record.dates.end) == (start, end)


def test_events_the_dateline_city_a_facility_of_the_event_is_named_after(parse):
    """"East London – … a regional workshop …, which wrapped up at the East London International Convention
    Centre on Thursday": the event was in the dateline's city, not in Windhoek, where a summit is to be held."""
    record = parse("SAnews\n\nFriday, March 9, 2018\n\nEast London – Southern African countries must close the gaps "
                   "in their laws, the Deputy Minister has said.\n\nThe Deputy Minister was speaking at the opening of a "
                   "regional workshop on Resolution 1540, which wrapped up at the East London International Convention "
                   "Centre on Thursday.\n\nThe three-day workshop, which started on Tuesday, was hosted by the "
                   "Department of International Relations and Cooperation (DIRCO). It brought together more than 60 "
                   "officials from 11 SADC member states, including Zimbabwe, Mozambique, Namibia and Botswana.\n\n"
                   "The previous regional workshop for SADC countries on Resolution 1540 was held "
                   "in Gaborone, Botswana, in 2016.\n\nSouth Africa's work will also feature at the 38th SADC Summit, to be held in "
                   "Windhoek, Namibia, in August.\n")
    assert venue_of(record) == ("East London", "ZAF", False)


def test_events_a_papers_place_line_under_its_byline(parse):
    """"Special Correspondent / THOOTHUKUDI / Published - February 15, 2025": the place line under the byline
    is where the story is told from, so "a technical visit to the port here" was in Thoothukudi."""
    record = parse("TAMIL NADU\n\nForeign officials study port security systems\n\nSpecial Correspondent\nTHOOTHUKUDI\n\n"
                   "Published - February 15, 2025 12:41 am IST\n\nA delegation of customs officials from Sri Lanka "
                   "concluded a two-day technical visit to the port here on Friday.\n")
    assert venue_of(record) == ("Thoothukudi", "IND", False)


def test_events_a_mastheads_row_with_its_page_number_dates_the_paper(parse):
    """"THE COASTAL HERALD | Nellore City | Saturday, November 29, 2025 | Page 3": a row of the paper's facts,
    so its date is the paper's, and "NELLORE" under the byline is where the story was told, "here"."""
    record = parse("THE COASTAL HERALD | Nellore City | Saturday, November 29, 2025 | Page 3\n\nLab experts trained\n\n"
                   "Staff Reporter\n\nNELLORE\n\nA five-day training course on laboratory biosafety concluded at "
                   "the Penna Institute here on Friday.\n\nThe institute will host a national CME on antimicrobial "
                   "resistance on December 12 and 13.\n")
    assert venue_of(record) == ("Nellore", "IND", False)


def test_events_a_state_in_turkish_capitals_names_the_state_of_a_small_town(parse):
    """"REPUBLIC OF TÜRKİYE": Turkish capitals dot their I, and the State so written is the one whose
    town (too small for the cities gazetteer) the workshop "is being held in"."""
    record = parse("REPUBLIC OF T\u00dcRK\u0130YE\nGOVERNORSHIP OF NEV\u015eEH\u0130R\n\nThe Regional Workshop on CBRN "
                   "Emergency Response is being held in Nev\u015fehir between 01-03.10.2024.\n")
    assert venue_of(record) == ("Nev\u015fehir", "TUR", False)


@pytest.mark.parametrize("sentence", [
    "Between August 23rd and 25th, 2022, the Sorocaba Campus of UFSCar hosted the Subregional Workshop on Biosecurity.",
    "The Subregional Workshop on Biosecurity was held at the Sorocaba Campus of the Federal University of São Carlos "
    "(UFSCar) from 23 to 25 August 2022.",
])
def test_events_a_universitys_campus_named_for_its_town_is_in_that_town(parse, sentence):
    """"the Sorocaba Campus of UFSCar hosted …": a campus takes its town's name, so the town is the venue
    (where "the Victoria Falls Resort" is a resort's name, not the town's)."""
    record = parse(sentence + "\n")
    assert venue_of(record) == ("Sorocaba", "BRA", False)


@pytest.mark.parametrize(("masthead", "expected"), [
    ("KASTAMONU UNIVERSITY\nHome \u00bb News", ("Kastamonu", "TUR", False)),
    ("Obihiro University of Agriculture and Veterinary Medicine\nTOP > News", ("Obihiro", "JPN", False)),
    ("\u0130N\u00d6N\u00dc UNIVERSITY\nHome | News", None),  # a town's name, and a statesman's: not taken
])
def test_events_our_university_is_the_town_its_mastheads_name_gives(parse, masthead, expected):
    """A university's own news: "held at our University" is where the page is written from, the city
    its masthead names."""
    record = parse(f"{masthead}\n\nInternational Workshop Held at Our University\n\nThe Workshop on Biosafety, "
                   "organized by the Ministry of Foreign Affairs, was held at our University on 14-16 October 2025.\n")
    assert venue_of(record) == expected


def test_events_a_signed_statements_day_counts_its_today_and_thursday(parse):
    """"Signed: / … / Owerri, 15th March, 2022": a press statement dated only under its signature; its
    "today, Tuesday" and "ends on Thursday" are counted from that day, not a later date it mentions."""
    record = parse("PRESS RELEASE\n\nThe Governor gave the assurance today, Tuesday, at the opening of a three-day "
                   "National Workshop on Chemical Safety and Security, holding at the Imo Concorde Hotel, Owerri, which "
                   "ends on Thursday.\n\nThe March salaries will be paid on Friday, 25th March, 2022.\n\nSigned:\n"
                   "Hon. Chidi Obi\nCommissioner for Information\nOwerri, 15th March, 2022\n")
    assert (record.dates.start, record.dates.end) == ("2022-03-15", "2022-03-17")


def test_events_a_statement_issued_on_a_day_counts_its_yesterday(parse):
    """"Issued by: / … / 27 June 2025": a press statement dated only under its issuer, below its first lines; its
    "the three-day workshop … ended yesterday" is counted from that day."""
    record = parse("PRESS STATEMENT\n\nThe District Council wishes to inform the public that the three-day National "
                   "Workshop on Resolution 1540 ended yesterday in Chalinze, Tanzania.\n\n" + "The workshop reviewed the draft "
                   "National Action Plan.\n\n" * 12 + "Issued by:\nInformation Unit\n"
                   "Chalinze District Council\nChalinze, Pwani\n\n27 June 2025\n")
    assert (record.dates.start, record.dates.end) == ("2025-06-24", "2025-06-26")


@pytest.mark.parametrize(("place", "expected"), [
    ("the American University of Nigeria (AUN), Yola", ("Yola", "NGA", False)),
    ("Pacific Northwest National Laboratory (PNNL), Richland, Washington", ("Richland", "USA", False)),
])
def test_events_a_facility_by_its_acronym_then_its_town(parse, place, expected):
    """"at the American University of Nigeria (AUN), Yola": the facility's acronym, then its town; a US
    state's name after a town is no city ("Richland, Washington")."""
    record = parse(f"A three-day National Workshop on Biological Security opened at {place}, on 24 June 2025. "
                   "Officials from the United States and Nigeria took part.\n")
    assert venue_of(record) == expected


@pytest.mark.parametrize(("venue", "expected"), [
    ("Dharwad, Karnataka, India", ("Dharwad", "IND", False)),  # a town the towns list lacks, then its state
    ("Cawthron Institute, Halifax Street, Nelson, New Zealand", ("Nelson", "NZL", False)),  # a region that is a town
])
def test_events_a_venue_fields_town_before_its_states_division(parse, venue, expected):
    """The town before a State's division is the venue, even one no gazetteer has; a division that is a
    town too stays the town."""
    record = parse(f"Organizer(s): UNODA\n\nDate and Venue: 9-11 October 2023, {venue}\n")
    assert venue_of(record) == expected


@pytest.mark.parametrize(("dateline", "expected"), [
    ("ILOILO CITY – Some 40 port officers", ("Iloilo", "PHL", False)),  # a Philippine city's style
    ("Iloilo City – Some 40 port officers", ("Iloilo", "PHL", False)),
    ("MEXICO CITY – Some 40 port officers", ("Mexico City", "MEX", False)),  # "City" is its name here
])
def test_events_a_datelines_city_with_its_word_city(parse, dateline, expected):
    """"ILOILO CITY – …" … "held … here": the dateline's town, without the word a Philippine city's style
    adds to it."""
    record = parse(f"News Agency\n\nBy A. Reporter\nMarch 8, 2024, 5:10 pm\n\n{dateline} completed a "
                   "five-day training course held from March 4 to 8 at the state university here.\n")
    assert venue_of(record) == expected


def test_events_a_storys_colon_dateline_over_its_papers_town_in_the_masthead(parse):
    """"THE DAILY LEDGER · Multan · Friday, March 7, 2025" is the paper's row: its town is the paper's,
    its date the paper's; "BAHAWALPUR: …" opens the story, where a workshop "concluded on Thursday"."""
    record = parse("THE DAILY LEDGER  ·  Multan  ·  Friday, March 7, 2025\nBUSINESS\n\nTraders briefed on "
                   "export rules\n\nOur Staff Reporter\n\nBAHAWALPUR: Exporters must know the control lists, "
                   "speakers said at a two-day workshop that concluded at the chamber on Thursday.\n")
    assert dates_of(record) == ("2025-03-05", "2025-03-06")
    assert venue_of(record) == ("Bahawalpur", "PAK", False)


def test_events_an_event_row_in_a_first_line_is_no_masthead(parse):
    """"Regional Workshop · Tashkent · 12 March 2024" opening a page is the event's row, not a paper's."""
    record = parse("Regional Workshop  ·  Tashkent  ·  Tuesday, 12 March 2024\n\nCustoms officers from "
                   "Uzbekistan and Kyrgyzstan took part in the workshop.\n")
    assert dates_of(record) == ("2024-03-12", "2024-03-12")


def test_events_a_town_in_capitals_before_its_dash_hosts_the_universitys_course(parse):
    """"UTTARADIT – … as the university hosted a four-day course": a dateline's town no cities gazetteer has
    (one State's, in capitals, named again), and the page's own university as the host."""
    record = parse("Posted on 8 July 2025 | Research News | 412 views\n\nUTTARADIT – Researchers took their work into "
                   "the classroom, as the university hosted a four-day training course on export controls from "
                   "30 June to 3 July. They surveyed 142 firms in Uttaradit and Phrae.\n")
    assert venue_of(record) == ("Uttaradit", "THA", False)


@pytest.mark.parametrize("line", ["TIME  | ENTRY", "MAYA: Good evening and welcome to the show."])
def test_events_a_word_in_capitals_before_a_bar_or_a_colon_is_no_town(parse, line):
    """A log's "TIME | ENTRY" and a script's "MAYA:" are no datelines, though a town somewhere bears each name."""
    record = parse(f"Drill log, 18 May 2021\n\n{line}\nThe webinar was held online on 18 May 2021; Time and Maya "
                   "were mentioned.\n")
    assert venue_of(record) is None or venue_of(record)[0] not in ("Time", "Maya")


@pytest.mark.parametrize("other", [
    "The findings will be presented at a national validation workshop to be held in Nakuru later this year.",
    "The exercise follows a smaller drill held in Nakuru in 2023.",
])
def test_events_a_drill_before_or_a_workshop_later_this_year_is_another_event(parse, other):
    """"a smaller drill held in Nakuru in 2023", "a … workshop to be held in Nakuru later this year": other
    events' town, not the exercise's."""
    record = parse("Posted on 26th June 2025\n\nHealth officers from across Kenya staged a three-day exercise on "
                   "biological attacks this week. The exercise ran from Monday to Wednesday at a school hall. "
                   f"{other}\n")
    assert venue_of(record) is None or venue_of(record)[0] != "Nakuru"


def test_events_a_town_opening_its_sentence_hosted_the_event(parse):
    """"Meru County this week hosted a high-level roundtable": the county's town, which the towns list has
    in Kenya, the State the text names."""
    record = parse("Posted on 26th June 2025\n\nMeru County this week hosted a high-level roundtable on biosafety "
                   "that brought together officials of the National Biosafety Authority of Kenya. The three-day "
                   "roundtable ran from Monday to Wednesday.\n")
    assert venue_of(record) == ("Meru", "KEN", False)


def test_events_a_labelled_date_in_a_row_of_page_facts_dates_the_page(parse):
    """"Date 2025.05.26 | Department: … | Views 214" dates the page; "from the 21st to the 23rd" in its
    news item are days of that month, not the page's own day."""
    record = parse("City News\n\nDate 2025.05.26   |   Department: International Cooperation Team   |   Views 214\n\n"
                   "The city announced on the 26th that a regional workshop was held in Andong from the 21st to the "
                   "23rd, bringing about 60 officials together.\n")
    assert dates_of(record) == ("2025-05-21", "2025-05-23")


def test_events_a_date_and_time_with_the_readers_count_far_right_dates_the_page(parse):
    """"17.10.2025 10:14          Views: 318" under a regional committee's headline dates the page: "From
    Tuesday to Thursday" are that week's days, not the page's own day."""
    record = parse("REGIONAL EXECUTIVE COMMITTEE\nHome > Press center > News\n\nRegion hosts workshop on export "
                   "control\n\n17.10.2025 10:14                    Views: 318\n\nFrom Tuesday to Thursday, the region "
                   "hosted an international workshop on strategic trade controls organized by the State Customs "
                   "Committee.\n")
    assert dates_of(record) == ("2025-10-14", "2025-10-16")


def test_events_a_date_and_time_with_the_readers_count_in_the_next_cell_dates_the_page(parse):
    """"16.04.2026 10:25 | Views: 412" under a city administration's menu dates the page: "From Monday to
    Wednesday" are the days of that week before it, not the page's own Thursday."""
    record = parse("ADMINISTRATION OF THE CITY\nHome / Press centre / News\n\n16.04.2026 10:25 | Views: 412\n\n"
                   "International exercise completed in the city\n\nFrom Monday to Wednesday, the city became the "
                   "venue of an international exercise on the response to a chemical incident organized by the "
                   "Ministry of Emergency Situations.\n")
    assert dates_of(record) == ("2026-04-13", "2026-04-15")


def test_events_a_host_whose_name_ends_with_the_datelines_city_places_the_event_there(parse):
    """"Târgu Mureș, 20.11.2025" over "… the Aula of the University of … Technology of Târgu Mureș hosts the
    Roundtable": the event is in the dateline's city, though no sentence says "held in" (and "George" in the
    university's name is no place)."""
    record = parse("INSTITUTION OF THE PREFECT\n\nTârgu Mureș, 20.11.2025\n\nThe county hosts a regional roundtable\n\n"
                   "In the period 19.11.2025-20.11.2025, the Aula of the \"George Emil Palade\" University of Medicine, "
                   "Pharmacy, Science and Technology of Târgu Mureș hosts the Roundtable on Dual-Use Export Controls, "
                   "organized by the Department for Export Controls.\n")
    assert venue_of(record)[1:] == ("ROU", False)
    assert venue_of(record)[0] in ("Târgu Mureș", "Târgu Mureş")


def test_events_an_event_holding_at_a_hall_in_a_town_is_held_there(parse):
    """Nigerian English: "a two-day Stakeholders' Roundtable … holding at the Local Government Secretariat,
    Igboho" is being held there."""
    record = parse("PRESS RELEASE\n\nThe Executive Chairman has declared open a two-day Stakeholders' Roundtable on "
                   "Biosecurity holding at the Local Government Secretariat, Igboho.\n\nThe roundtable, which commenced "
                   "on Tuesday 24th June, 2025 and ends on Wednesday, is being attended by health and veterinary officials.\n")
    assert venue_of(record) == ("Igboho", "NGA", False)


def test_events_a_pages_date_beside_the_same_day_in_the_persian_calendar_dates_the_page(parse):
    """"Tuesday 30 September 2025  |  1404/07/08" under a university's news ID dates the page: the course
    "opened on Sunday … and continues until Thursday" of that week."""
    record = parse("University of Zanjan\nPublic Relations Office\n\nNews ID: 48217\nTuesday 30 September 2025  |  "
                   "1404/07/08\nViews: 312\n\nThe Regional Course on Chemical Safety, organized by the OPCW, opened on "
                   "Sunday at the Central Conference Hall of the University of Zanjan and continues until Thursday.\n")
    assert dates_of(record) == ("2025-09-28", "2025-10-02")


def test_events_a_pages_date_beside_the_same_day_in_the_hijri_calendar_after_a_dash_dates_the_page(parse):
    """"Thursday 6 March 2025 – 6 Ramadan 1446 AH" under a council's masthead dates the page: the council
    "hosted on Wednesday and Thursday" a workshop of that week, not one on the page's day alone."""
    record = parse("Tarmiyah District Council\nMedia Office\n\nThursday 6 March 2025 – 6 Ramadan 1446 AH\n\n"
                   "Council hosts workshop on chemical security\n\nThe District Council hosted on Wednesday and Thursday "
                   "a national workshop on chemical security, organized by the National Monitoring Authority. The "
                   "workshop, which began yesterday, concluded its work this afternoon.\n")
    assert dates_of(record) == ("2025-03-05", "2025-03-06")


def test_events_a_date_and_time_with_the_pages_tools_in_the_next_cell_dates_the_page(parse):
    """"22/04/2025 09:30 | Font size: A- A+ | Print" under a town's portal menu dates the page, so "yesterday and
    today" are the seminar's two days."""
    record = parse("TOWN ELECTRONIC INFORMATION PORTAL\nHome | News - Events | Contact\n\nTown hosts seminar on "
                   "strategic goods\n\n22/04/2025 09:30 | Font size: A- A+ | Print | Share\n\nOver two days, yesterday "
                   "and today, the People's Committee of the town hosted a seminar on export controls, organized by "
                   "the Ministry of Industry and Trade.\n")
    assert dates_of(record) == ("2025-04-21", "2025-04-22")


def test_events_a_releases_date_under_its_reference_line_dates_it(parse):
    """A council's "Ref.: … / Date: 12 September 2024" dates its release: "today concluded a two-day seminar …,
    which opened yesterday" is 11–12 September, not the two days from the date below its headline."""
    record = parse("MAJLIS DAERAH KAMPAR\nKAMPAR DISTRICT COUNCIL\n\"Kampar Bandar Sejahtera\"\n\nKENYATAAN MEDIA / "
                   "MEDIA RELEASE\nFor immediate release\nRef.: MDK/UKK/600-1/3/2024 (17)\nDate: 12 September 2024\n\n"
                   "KAMPAR HOSTS A SEMINAR ON STRATEGIC TRADE\n\nKAMPAR, 12 September – The Kampar District Council today "
                   "concluded a two-day seminar on strategic trade management, which opened yesterday at the council's "
                   "hall.\n")
    assert dates_of(record) == ("2024-09-11", "2024-09-12")


def test_events_a_press_releases_date_under_its_number_dates_it(parse):
    """"PRESS RELEASE          No. DIO/…" over a "Date: 04.02.2025" set far to the right dates the release: the
    workshop "which began here on Monday, concluded today" ran 3–4 February."""
    record = parse("District Information Office, Mandya\n\nPRESS RELEASE" + " " * 30 + "No. DIO/MDY/PR/118/2024-25\n"
                   + " " * 43 + "Date: 04.02.2025\n\nExperts discuss chemical security at Mandya\n\nMandya, February 4: "
                   "A two-day workshop on chemical security, which began here on Monday, concluded today at the Zilla "
                   "Panchayat hall.\n")
    assert dates_of(record) == ("2025-02-03", "2025-02-04")


def test_events_a_weekday_alone_in_a_releases_dateline_is_its_day_not_the_events(parse):
    """"KASULU, Friday – … hosted a three-day meeting which ended yesterday": Friday is the day the release went out
    (signed 22 November 2024), so the meeting ran 19–21 November, not to the Friday."""
    record = parse("PRESS RELEASE\n\nKASULU HOSTS MEETING ON BIOSECURITY\n\nKASULU, Friday – Kasulu District Council "
                   "has hosted a three-day stakeholders' meeting on biosecurity which ended yesterday at the Council "
                   "Hall.\n\nOpening the meeting on Tuesday, the District Commissioner welcomed the delegates.\n\n"
                   "Issued by:\nInformation Unit\nKasulu District Council\n22 November 2024\n")
    assert dates_of(record) == ("2024-11-19", "2024-11-21")


def test_events_a_translated_pages_date_in_brackets_after_its_own_dates_the_page(parse):
    """"2025. október 17., péntek (Friday, 17 October 2025) | Town Hall Press Office": a translated page's date as
    it wrote it, then in English, dates the page; the course "held from Monday to Friday … closes today"."""
    record = parse("TOWN COUNCIL\nHome | Town Hall | News\n\nInternational training course in the town\n\n2025. "
                   "október 17., péntek (Friday, 17 October 2025) | Town Hall Press Office\n\nCustoms officers from "
                   "eight countries have been studying here this week: the regional training course on detection, "
                   "held from Monday to Friday at the Conference Centre, closes today.\n")
    assert dates_of(record) == ("2025-10-13", "2025-10-17")


def test_events_a_venues_town_broken_over_two_lines_before_its_division_is_the_town_by_its_short_name(parse):
    """"Lutherstadt\nWittenberg, Saxony-Anhalt, Germany": the town's official name broken at the line's end, then its
    Land; the note goes on to call it "Wittenberg", the towns list's name (not the Land, Saxony-Anhalt)."""
    record = parse("INFORMATION NOTE\n\nEVENT: Regional conference on export controls\n\nDATE AND VENUE: 4-5 March "
                   "2025, Old Town Hall, Markt 26, Lutherstadt\nWittenberg, Saxony-Anhalt, Germany\n\nBACKGROUND\n\n"
                   "The conference in Wittenberg brought together licensing officers of eight States.\n")
    assert venue_of(record) == ("Wittenberg", "DEU", False)


def test_events_a_municipal_hall_of_a_town_before_its_province_places_the_event_in_the_town(parse):
    """"Session Hall, Municipal Hall of Victorias, Negros Occidental, Philippines": the town whose hall it is, not the
    province after it."""
    record = parse("Information Note\n\nEvent: National meeting on strategic trade\n\nDate and Venue: 12 March 2025,\n"
                   "Session Hall, Municipal Hall of Victorias, Negros Occidental, Philippines\n")
    assert venue_of(record) == ("Victorias", "PHL", False)


def test_events_a_county_before_the_metropolis_it_comes_under_is_the_venue_when_the_text_calls_it_a_county(parse):
    """"Pan'an, Jinhua City, Zhejiang Province": a county before the prefecture-level city it comes under (which has
    more than a million people), the note naming "Pan'an County" too; not the city."""
    record = parse("Information Note\n\nEvent: Regional training course on chemical safety\n\nDate and Venue: "
                   "2-5 June 2025, Pan'an, Jinhua City, Zhejiang Province, People's Republic of China\n\nHighlights\n\n"
                   "The Magistrate of Pan'an County welcomed participants.\n")
    assert venue_of(record) == ("Pan'an", "CHN", False)


def test_events_a_town_in_capitals_before_a_colon_opening_the_story_is_its_dateline(parse):
    """A South Asian release's "SIKANDRA RAO: A three-day national workshop …", the town named again: the venue."""
    record = parse("TOWN MUNICIPAL COMMITTEE\nNews & Events\n\nPosted on: Friday, 17 January 2025\n\nSIKANDRA RAO: A "
                   "three-day national workshop on strategic trade controls, which opened on Tuesday in the Council Hall, "
                   "concluded yesterday. The chairman of Sikandra Rao thanked the Ministry of External Affairs.\n")
    assert venue_of(record) == ("Sikandra Rao", "IND", False)


def test_events_an_interviewers_name_before_a_colon_is_no_dateline(parse):
    """An oral history's "SAGAY: When was that?", the interviewer's name before each question: a speaker, not where
    the story is from, though a town of the Philippines has that name."""
    record = parse("Oral history: export control officers remember\nInterviewer: M. Sagay.\n\nSAGAY: You mentioned "
                   "the seminar. When was that?\nOFFICER: In May 2019, a two-day seminar in Cebu City.\n\nSAGAY: Who "
                   "organized it?\nOFFICER: The Department of Trade and Industry.\n")
    assert venue_of(record)[0] != "Sagay"


def test_events_a_town_in_capitals_with_its_states_postal_code_is_a_city_releases_dateline(parse):
    """"VALDOSTA, GA – The City of Valdosta is serving as host city this week …": a town of the United States, its
    state by the postal code."""
    record = parse("City of Valdosta\nCITY NEWS\nPosted on: March 10, 2026\n\nValdosta welcomes Caribbean delegates\n\n"
                   "VALDOSTA, GA – The City of Valdosta is serving as host city this week for an international training "
                   "course on trade security organized by the U.S. Department of State.\n")
    assert venue_of(record) == ("Valdosta", "USA", False)


def test_events_a_town_before_the_state_named_after_its_capital_is_the_venue(parse):
    """"Vassouras,\nState of Rio de Janeiro, Brazil": the Brazilian State named after its capital city, not the city."""
    record = parse("Information Note\n\nEvent: National seminar on biosafety\n\nDate and venue: 3-4 June 2025, Municipal "
                   "Theatre, Vassouras,\nState of Rio de Janeiro, Brazil\n")
    assert venue_of(record) == ("Vassouras", "BRA", False)


def test_events_a_town_before_a_state_that_is_another_states_capital_too_at_a_lines_end(parse):
    """"Mildura, Victoria,\nAustralia": Victoria the Australian state (as the Seychelles' capital is another State's),
    the line wrapped after its comma."""
    record = parse("Information Note\n\nEvent: Regional roundtable on export controls\n\nDate and Venue: 21-22 November "
                   "2023, Mildura, Victoria,\nAustralia\n")
    assert venue_of(record) == ("Mildura", "AUS", False)


def test_events_a_dateline_in_two_calendars_dates_the_statement_and_its_headline_places_it(parse):
    """"Ghazni, 27 Qaws 1398 (18 December 2019)" under a four-line masthead dates the statement, so "16th to
    18th December" is in 2019; the headline under it, "… concludes in Ghazni", places the workshop."""
    record = parse("Islamic Republic of Afghanistan\nGhazni Province - Office of the Provincial Governor\nMedia and "
                   "Public Relations Directorate\n\nPress Statement\n\nGhazni, 27 Qaws 1398 (18 December 2019)\n\n"
                   "Three-day workshop on the control of explosive materials concludes in Ghazni\n\nA three-day workshop "
                   "organized by the Office of the Provincial Governor concluded today in the conference hall of the "
                   "Governor's Office. The workshop, which was held from 25 to 27 Qaws (16th to 18th December), was "
                   "attended by officials of the provincial police.\n")
    assert dates_of(record) == ("2019-12-16", "2019-12-18")
    assert (record.venue.city, record.venue.country_code) == ("Ghazni", "AFG")


def test_events_a_press_notes_abbreviated_date_far_right_dates_it(parse):
    """"PRESS NOTE          Dt: 30-09-2025": the note's date, so the seminar "inaugurated … here today" that
    "will conclude tomorrow" is on 30 September and 1 October, not on a programme's "06-10-2025" below."""
    record = parse("OFFICE OF THE DISTRICT COLLECTOR\nPALNADU DISTRICT :: NARASARAOPET\n\nPRESS NOTE"
                   "                                            Dt: 30-09-2025\n\nCollector opens export control "
                   "seminar\n\nThe Collector inaugurated the two-day National Outreach Seminar on SCOMET Export Controls "
                   "at Narasaraopeta Engineering College here today. The seminar will conclude tomorrow.\n\nThe Collector "
                   "asked the public to attend the grievance redressal programme at the Collectorate on 06-10-2025.\n")
    assert dates_of(record) == ("2025-09-30", "2025-10-01")


def test_events_a_day_within_the_events_reach_is_no_related_event(parse):
    """"concluded today" in a three-day workshop's release dated 26/04/2023: its first day, "inaugurated on 24th
    April 2023", is the same workshop, not another event; the mock exercise on 5th May is one."""
    record = parse("SIKKIM POLICE\n\nNo. 212/PHQ/PRO/2023                                    Dated: 26/04/2023\n\n"
                   "PRESS RELEASE\n\nThe three-day National Workshop on Border Security organised by the Ministry of "
                   "External Affairs concluded today at Chintan Bhawan, Gangtok.\n\nThe workshop was inaugurated on 24th "
                   "April 2023 by the Chief Secretary.\n\nSikkim Police will conduct a joint mock exercise on CBRN incident "
                   "response on 5th May 2023.\n")
    assert dates_of(record) == ("2023-04-24", "2023-04-26")
    assert [e.dates.start for e in record.related_events] == ["2023-05-05"]


def test_events_a_hall_of_a_university_named_after_its_city_places_the_event(parse):
    """"opened … at the Central Conference Hall of the University of Zanjan" in a text that names Iran: Zanjan."""
    record = parse("Experts attend OPCW course\n\nThe Regional Course on Chemical Safety, organized by the OPCW and the "
                   "National Authority of the Islamic Republic of Iran, opened on 28 September 2025 at the Central "
                   "Conference Hall of the University of Zanjan.\n")
    assert venue_of(record) == ("Zanjan", "IRN", False)


def test_events_a_facilitys_acronym_inside_its_name_before_its_town(parse):
    """"at the LASEMA Response Unit (LRU) Base, Oshodi": the acronym inside the facility's name, then its town."""
    record = parse("LAGOS STATE AGENCY\n\nThe exercise was held from Tuesday 5th to Thursday 7th November, 2024, at the "
                   "LASEMA Response Unit (LRU) Base, Oshodi, with Nigeria's agencies.\n")
    assert venue_of(record) == ("Oshodi", "NGA", False)


def test_events_started_on_a_weekday_and_completed_today_is_one_range(parse):
    """"which started on Tuesday, was completed today" in a Thursday's story: Tuesday to Thursday."""
    record = parse("OFFICIAL PORTAL OF THE GOVERNMENT\n\n16.10.2025  17:42\n\nExercise completed in Derbent\n\n"
                   "An international exercise of customs services, which started on Tuesday, was completed today in "
                   "Derbent.\n")
    assert dates_of(record) == ("2025-10-14", "2025-10-16")


def test_events_a_papers_masthead_row_set_apart_by_spaces_dates_the_paper(parse):
    """"Vol. XII, No. 316      …      Friday, 27 February 2026": the paper's date, not the exercise's; the
    story's "which opened on Tuesday, concluded … today" under "MEIKTILA, 26 Feb —" are its days."""
    record = parse("THE NEW LIGHT\nVol. XII, No. 316          10th Waxing of Tabaung 1387 ME          Friday, 27 February "
                   "2026\n\nNATIONAL\n\nExercise concludes in Meiktila\n\nMEIKTILA, 26 Feb \u2014 A three-day national "
                   "exercise on response to a chemical incident, which opened on Tuesday, concluded at the district "
                   "hall today.\n")
    assert dates_of(record) == ("2026-02-24", "2026-02-26")


def test_events_a_publish_date_dates_the_page_and_a_place_and_day_over_a_colon_dates_the_story(parse):
    """"Publish Date: 2026-03-06" is the page's date: "opened on Wednesday and concluded yesterday" are the two
    days before it. "Jalandhar, November 21:" on a line of its own is a release's dateline, and "Inaugurating
    the … Workshop … here" names the workshop, not "… here"."""
    record = parse("County Government\nHome > News\n\nSeminar helps machinery makers\n\nPublish Date: 2026-03-06\n"
                   "Views: 128\n\nThe County Government held a two-day seminar at its Second Administrative Building, "
                   "which opened on Wednesday and concluded yesterday.\n")
    assert dates_of(record) == ("2026-03-04", "2026-03-05")
    record = parse("Government of Punjab\nPress Release\nPublish Date : 21/11/2023\n\nEXPORTERS MUST KNOW DUAL-USE RULES\n\n"
                   "Jalandhar, November 21:\n\nInaugurating the two-day National Workshop on Dual-Use Export Licensing "
                   "here today, the Minister said that small units export to the United States.\n")
    assert dates_of(record) == ("2023-11-21", "2023-11-22")
    assert venue_of(record) == ("Jalandhar", "IND", False)
    assert record.event.name == "National Workshop on Dual-Use Export Licensing"


def test_events_a_labelled_date_over_another_fact_of_the_page_dates_the_page(parse):
    """"Date: 2025-05-29" over "Unit: Investment Services Division" dates a bureau's news page: the
    conference ran "on May 27 to 28, 2025 in Toufen"."""
    record = parse("Science Park Bureau\nHome > News > Latest News\n\nExport control conference for park companies\n\n"
                   "Date: 2025-05-29\nUnit: Investment Services Division\n\nThe Bureau and the Bureau of Foreign Trade "
                   "jointly held the conference on export control on May 27 to 28, 2025 in Toufen, Miaoli County.\n")
    assert dates_of(record) == ("2025-05-27", "2025-05-28")


def test_events_concluded_this_weekday_of_the_storys_own_day_is_its_last_day(parse):
    """"Guarenas, June 18, 2026 (Prensa Miranda).- … concluded this Thursday" and "The event, which began on
    Tuesday": Tuesday to that Thursday; "concluded on Monday" in that story is another day, not its end."""
    text = ("Miranda Bulletin\n\nGuarenas, June 18, 2026 (Prensa Miranda).- The Regional Conference on chemical "
            "security concluded {} in Guarenas after three days of work.\n\nThe event, which began on Tuesday, was "
            "organized by the Ministry of Foreign Affairs.\n")
    assert dates_of(parse(text.format("this Thursday"))) == ("2026-06-16", "2026-06-18")
    assert dates_of(parse(text.format("on Thursday"))) == ("2026-06-16", "2026-06-18")
    assert dates_of(parse(text.format("on Monday"))) == ("2026-06-16", "2026-06-18")  # its three days of work, from
    # the Tuesday it began: not to a Monday


def test_events_at_its_campus_in_a_page_dated_among_its_hits(parse):
    """"Date 2025.09.22 | Hits 312 | Writer …" dates a university's page; "at its Yangsan Campus from the
    15th to the 19th": the course's days, in the campus's town."""
    record = parse("PNU News\n\nDate 2025.09.22 | Hits 312 | Writer Office of Public Relations\n\nThe university "
                   "announced on the 22nd that it held a regional training course on biosecurity at its Yangsan "
                   "Campus from the 15th to the 19th.\n")
    assert dates_of(record) == ("2025-09-15", "2025-09-19")
    assert venue_of(record) == ("Yangsan", "KOR", False)


def test_events_a_meanwhile_item_about_what_will_happen_is_another_event(parse):
    """A press release's last item, "Meanwhile, the Deputy Commissioner will chair a meeting … tomorrow
    (19.11.2025)": another event; the seminar "held here today" is the release's."""
    record = parse("PRESS RELEASE                    Dated: 18.11.2025\n\nAttock: Export control awareness vital\n\n"
                   "Attock (18.11.2025): The Deputy Commissioner said that awareness is necessary.\n\nHe expressed "
                   "these views while addressing the closing session of a seminar on export controls held here today "
                   "at the chamber of commerce. The seminar was organized by SECDIV.\n\nLater, the Deputy "
                   "Commissioner distributed certificates among the participating companies.\n\n---\n\n"
                   "Meanwhile, the Deputy Commissioner will chair a meeting of the District Anti-Dengue Committee at "
                   "the DC Office tomorrow (19.11.2025) at 11:00 am.\n")
    assert dates_of(record) == ("2025-11-18", "2025-11-18")
    assert record.event.kind == "seminar"


def test_events_a_towns_dateline_with_its_word_city(parse):
    """"OROQUIETA CITY – … gathered here on Thursday": a town no cities gazetteer has, of one State,
    named again, without the word a Philippine city's style adds."""
    record = parse("REGIONAL NEWS\nBy R. Reporter\nDecember 5, 2025 | 6:15 PM\n\nOROQUIETA CITY – Local exporters "
                   "gathered here on Thursday for a roundtable on strategic trade. Firms from Oroquieta and nearby "
                   "towns took part.\n")
    assert venue_of(record) == ("Oroquieta", "PHL", False)


def test_events_in_person_and_via_videoconference_is_the_datelines_town_and_online(parse):
    """"Madaba, Oct. 28 (Petra) -- … kicked off … in person and via videoconference": hybrid, so the
    dateline's town (of one State, named again) and online, not online alone."""
    record = parse("Jordan News Agency (Petra)\n\nWorkshop on export controls kicks off\n\n28/10/2025 13:52:07\n\n"
                   "Madaba, Oct. 28 (Petra) -- A national workshop on export controls kicked off at Mutah University on "
                   "Tuesday, with officials from Jordan and Iraq taking part in person and via videoconference. The "
                   "Governor of Madaba attended the opening.\n")
    assert venue_of(record) == ("Madaba", "JOR", True)


def test_events_a_datelines_town_two_states_have_is_the_named_ones(parse):
    """"BEJA, May 13 (TAP) -" in a wire on Tunisia: Portugal has a Beja too, but the text names Tunisia; dated on
    the event's first day, a hybrid event's dateline reports from it."""
    record = parse("TAP - Tunis Afrique Presse\nAgence Tunis Afrique Presse | English\n\nHome > National > Economy\n\n"
                   "Beja hosts regional seminar on strategic trade\n\nPublished on 13/05/2025 - 11:02\n\n"
                   "BEJA, May 13 (TAP) - A regional seminar on the implementation of UN Security Council Resolution 1540 "
                   "in the Maghreb opened Tuesday in Beja, with the participation of delegations from Algeria, Libya "
                   "and Morocco.\n\nThe seminar, organised from May 13 to 14 by the Ministry of Trade in cooperation "
                   "with the United Nations Office for Disarmament Affairs (UNODA), is being held in person and by "
                   "videoconference.\n\nThe Minister said Tunisia stands by its obligations.\n")
    assert venue_of(record) == ("Beja", "TUN", True)


def test_events_a_length_and_the_day_it_ends_in_the_present_tense(parse):
    """"The three-day conference, which ends on Thursday" in a Wednesday's release: Tuesday to Thursday of that
    week, the Thursday its last day."""
    record = parse("PRESS RELEASE\n\nENUGU, Wednesday 19 March 2025 - The Deputy Governor declared open a regional "
                   "conference on strategic trade controls on Tuesday.\n\nThe three-day conference, which ends on "
                   "Thursday, is organised by the State Government.\n")
    assert dates_of(record) == ("2025-03-18", "2025-03-20")


def test_events_a_headline_opens_with_its_town_before_a_colon(parse):
    """"Tozeur: customs officers trained …" on a customs service's page: the town too small for the city
    gazetteer, of the State the page names, that the story keeps coming back to."""
    record = parse("TUNISIAN CUSTOMS\nMinistry of Finance | Directorate General of Customs\n\nHome > News\n\n"
                   "Tozeur: customs officers trained in the control of strategic goods\n\nPosted on 24/11/2025\n\n"
                   "The Directorate General of Customs organised a training course for officers of the regional "
                   "directorate of Tozeur, held on 17.11.2025-21.11.2025.\n\nThe Regional Director of Customs of "
                   "Tozeur thanked the trainers. Tunisia will hold more such courses.\n")
    assert venue_of(record) == ("Tozeur", "TUN", False)


def test_events_a_headline_puts_its_story_in_a_town(parse):
    """"… welcomes West African experts in Ross-Betio": the headline's town, named again below."""
    record = parse("Sahel Agro Industries\nHome > News\n\nChemical safety: we welcome West African experts in Ross-Betio\n\n"
                   "Published March 10, 2025\n\nFor three days our plant outside Ross-Betio became a meeting place for "
                   "experts. From March 4 to 6, 2025, we hosted a conference on chemical safety organised by "
                   "Senegal's Ministry of Foreign Affairs.\n\nThe people of Ross-Betio welcomed them.\n")
    assert venue_of(record) == ("Ross-Betio", "SEN", False)


def test_events_a_headlines_town_hosts_the_event_without_an_article(parse):
    """Headlines drop articles: "Leskovac hosts international workshop on …" names the host town as "Trelew
    hosts an international workshop" does; its State is named below."""
    record = parse("CITY OF LESKOVAC\nNews\n\nLeskovac hosts international workshop on control of dual-use goods\n\n"
                   "16.10.2025.\n\nThe three-day workshop that ends today at the Cultural Centre brought together "
                   "customs officers from Serbia and Montenegro.\n")
    assert venue_of(record) == ("Leskovac", "SRB", False)


@pytest.mark.parametrize("headline, venue", [
    ("CAUCASIA HOSTED INTERNATIONAL MEETING ON THE CONTROL OF CHEMICALS", ("Caucasia", "COL", False)),
    ("MORELOS HOSTS INTERNATIONAL SEMINAR ON THE SAFE TRADE OF CHEMICALS", None),  # a Mexican state, not its town
])
def test_events_a_headline_in_capitals_names_its_host_town(parse, headline, venue):
    """A headline in capitals, "CAUCASIA HOSTED INTERNATIONAL MEETING ON …", names the host town as "Leskovac hosts
    international workshop" does, by its own name; a State's division so written is no town."""
    record = parse(f"MUNICIPAL BULLETIN\nFriday, September 5, 2025\n\n{headline}\n\nOn Wednesday and Thursday the "
                   "subregional meeting brought together officials from Colombia and Mexico.\n")
    assert venue_of(record) == venue


def test_events_a_town_the_event_was_held_in_of_a_state_named_only_by_its_people(parse):
    """An economic zone's page never names Poland: "held at the ARP Business Incubator in Mielec", with
    "Polish Investment Zone" above, is a Polish town's, as it would be beside "Poland"."""
    record = parse("EURO-PARK MIELEC\nPolish Investment Zone\n\nNews\n\nExport control seminar for companies\n"
                   "20.03.2025\n\nOn 18-19 March the Ministry of Development and Technology hosted a seminar on the "
                   "control of exports of dual-use goods. The meeting, held at the ARP Business Incubator in Mielec, "
                   "gathered guests from Ukraine and Slovakia.\n")
    assert venue_of(record) == ("Mielec", "POL", False)


def test_events_a_bodys_seat_is_no_town_the_event_was_held_in(parse):
    """"organised by BAFA, which has its seat in Eschborn": the body's town, not the exercise's; without a
    place the exercise was held in, there is none."""
    record = parse("University news\n\nFor three days in September (16.09.2025-18.09.2025), researchers met on Campus "
                   "Hohbuch for the exercise. It was organised by the Federal Office for Economic Affairs and Export "
                   "Control (BAFA), which has its seat in Eschborn near Frankfurt, with guests from Germany and Austria.\n")
    assert record.venue is None or record.venue.city != "Eschborn"


def test_events_a_headlines_town_of_a_state_named_only_by_its_people(parse):
    """A county office's news page never says "Poland": "… met in Bełchatów" over a story of "Polish
    ministries" is a Polish town's, named again below, as the page's own county."""
    record = parse("Bełchatów County Office\nHome > News > County news\n\nExport control experts met in Bełchatów\n\n"
                   "Published: 09.05.2025\n\nA two-day workshop on export controls, hosted by the County Office, ended "
                   "yesterday in its conference hall. It was organised by the Ministry of Development and Technology "
                   "with UNODA. The Starost of Bełchatów County welcomed officials from Czechia and Slovakia, as well as "
                   "staff of Polish ministries.\n")
    assert venue_of(record) == ("Bełchatów", "POL", False)


@pytest.mark.parametrize("text", [
    # named once: a headline's aside, not where the story is
    "GHOST STORIES WE TOLD IN KEBILI\n\nPosted 10 May 2025\n\nA seminar on resolution 1540 met from 4 to 6 May "
    "2025, organised by Tunisia's Ministry of Foreign Affairs.\n",
    # a form's field, not a heading
    "Zarzis: ____ Date: 10/05/2025\nRoom: 12\n\nA seminar on resolution 1540 met from 4 to 6 May 2025, organised "
    "by Tunisia's Ministry of Foreign Affairs. Guests from Zarzis, Gabes and Djerba took part; Zarzis sent three.\n",
])
def test_events_a_headlines_town_named_once_or_a_forms_label_is_no_venue(parse, text):
    venue = parse(text).venue
    assert venue is None or venue.city is None


def test_events_a_place_that_opened_in_a_year_is_no_event_held_there(parse):
    """"… location in Durham Region … since it opened in 2003" is the university's history, not the event's
    place: the story's dateline town is, as its days are counted from the story's date."""
    record = parse("University of Guelph\nHome > News\n\nUniversity hosts hemispheric workshop on export controls\n\n"
                   "October 24, 2024\n\nGUELPH, Ont. \u2013 The University of Guelph welcomed researchers from across the "
                   "Americas to its main campus from Monday to Wednesday for a three-day workshop on research security.\n\n"
                   "The university's location in Durham Region has made agriculture a core strength of the university "
                   "since it opened in 1964.\n")
    assert venue_of(record) == ("Guelph", "CAN", False)
    assert dates_of(record) == ("2024-10-21", "2024-10-23")


def test_events_some_days_of_the_event_are_not_its_length(parse):
    """"Sessions on Monday and yesterday" in a Wednesday's story of "a three-day regional conference" opened on
    Monday: two of its days; it runs Monday to Wednesday."""
    record = parse("Oman Observer\n\nPublished: Wednesday, May 14, 2025 | 7:05 am\n\nNIZWA: Officials gathered at the "
                   "University of Nizwa on Monday for a three-day regional conference on preventing the spread of "
                   "weapons of mass destruction through trade.\n\nThe conference, organised by the Ministry of Foreign "
                   "Affairs, concludes today.\n\nSessions on Monday and yesterday focused on transshipment through "
                   "free zones.\n")
    assert dates_of(record) == ("2025-05-12", "2025-05-14")


@pytest.mark.parametrize("masthead,venue", [
    ("Instituto Tecnológico Forestal | ITF\nTela, Honduras, C.A.", ("Tela", "HND", False)),  # a town, then its State
    ("Bielski Park Technologiczny\nBPT | Bielsko-Biała Technology Park", ("Bielsko-Biala", "POL", False)),
])
def test_events_a_bodys_own_page_on_an_event_on_its_premises_is_from_its_masthead_town(parse, masthead, venue):
    """"Our campus welcomed …", "our Conference Centre hosted …" on the page of the body whose premises they are:
    the town its masthead names, a city of the gazetteer or a town before its State."""
    record = parse(f"{masthead}\nHome / News\n\nNational seminar on chemical security\n\nPosted on April 14, 2025\n\n"
                   "From April 8 to 10 our campus welcomed sixty officials for a national seminar on chemical security, "
                   "organized by the Ministry of Foreign Affairs. Delegates from Guatemala and Poland took part.\n")
    assert venue_of(record) == venue


@pytest.mark.parametrize("masthead,footer,venue", [
    ("KLEIN DRAHTWERK GMBH", "Klein Drahtwerk GmbH | Talstra\u00dfe 9 | 58507 L\u00fcdenscheid",
     ("L\u00fcdenscheid", "DEU", False)),
    ("Kettering Depot News\nUnit 4, Telford Way, Kettering NN16 8UN", "Printed in-house.", ("Kettering", "GBR", False)),
    ("PRAIRIE GRAIN CO-OP", "Prairie Grain Co-op | 1200 Vine Street | Hays, KS 67601", ("Hays", "USA", False)),
    ("BETUWE FRUIT", "Betuwe Fruit B.V., Industrieweg 3, 4004 Tiel", None),  # the address alone names Tiel
    ("TALUKA WATER SERVICES\nHead Office: Near Railway Phatak, Jacobabad Road, Usta Muhammad", "Printed in-house.",
     ("Usta Muhammad", "PAK", False)),
    ("TOWN PAPER\nEditorial office: Ruzayevka, Republic\nof Mordovia", "Printed in-house.", None),  # not "Republic"
])
def test_events_a_bodys_own_page_on_an_event_in_its_own_town_is_from_its_postal_address(parse, masthead, footer,
                                                                                        venue):
    """"Our depot ran …", "our town hosted …", "our kiln hall was the venue of …": the town of the body's postal
    address, in its masthead or its footer, when the page names it again; not "05.09.2024  Welcome to our new
    apprentices" (a date, no postal code)."""
    town = venue[0] if venue else "the town"
    record = parse(f"{masthead}\n\nNews\n\nMonday, 20.10.2025\n\nExport control experts meet at our works\n\n"
                   "Last week, from Tuesday to Thursday, our restored boiler hall was the venue of a regional workshop "
                   "on export controls, organised by the Ministry of Foreign Affairs with the United Nations Office "
                   "for Disarmament Affairs. Officials from Germany, the Netherlands and the United Kingdom took "
                   f"part, and guests travelled to {town} from four countries.\n\n"
                   f"05.09.2024  Welcome to our five new apprentices\n\n{footer}\n")
    assert venue_of(record) == venue


@pytest.mark.parametrize("host,address,venue", [
    ("Lethbridge College will host", "412 Main Street, Lethbridge, AB", ("Lethbridge", "CAN", False)),
    ("The workshop was hosted by the Kharian Chamber of Commerce and Industry", "G.T. Road, Kharian, District Gujrat",
     ("Kharian", "PAK", False)),
    ("Harvard University will host", "12 Elm Street", None),  # the town not named on its own
])
def test_events_a_host_named_for_its_town_places_the_event_there(parse, host, address, venue):
    """"Lethbridge College will host …", "hosted by the Kharian Chamber of Commerce …": the town a host is named
    for, when the page names it again on its own and nothing else places the event."""
    record = parse(f"Ward 4 Community Notice\n{address}\n\nPosted May 20, 2025\n\n{host} a regional workshop on "
                   "export controls from Monday, June 2 to Wednesday, June 4, with the Ministry of Foreign Affairs. "
                   "Officials from Canada and Pakistan will attend.\n")
    assert venue_of(record) == venue


def test_events_the_city_a_campus_is_named_after_is_the_venue_where_nothing_else_says(parse):
    """"… to the Conference Centre on the Rehovot campus": a university's page places its guests by its campus;
    not a campus a sentence of another time names ("a follow-up session will be held at the Longueuil Campus")."""
    text = ("Institute of Science\nHome > News\n\nScientists meet to discuss responsible research\n\n9 November 2025\n\n"
            "The conference was held at the Institute from November 3 to 5, 2025, organized with the Ministry of "
            "Foreign Affairs. It brought about 140 participants to the Conference Centre on the {} campus.\n")
    assert venue_of(parse(text.format("Rehovot"))) == ("Reẖovot", "ISR", False)
    later = text.format("main") + "\nA follow-up session will be held at the Longueuil Campus on November 14.\n"
    assert venue_of(parse(later)) is None


def test_events_a_campus_named_after_a_town_the_other_way_round(parse):
    """"… hosted by the Universitat Politècnica de València at its Campus de Gandia": the town a campus is named
    after, in a State the text names, when nothing else places the event."""
    record = parse("NOTICE\n\nOn Thursday 9 October 2025 our shop opens in the afternoon only. That day our team "
                   "serves the coffee breaks of the international roundtable on chemical trade, hosted by the "
                   "university at its Campus de Gandia with the Ministry of Foreign Affairs. Guests from Spain and "
                   "Portugal will taste our orxata.\n")
    assert venue_of(record) == ("Gandia", "ESP", False)


def test_events_a_header_date_without_its_year_takes_the_year_the_body_gives_its_month(parse):
    """"14 May - 16 May" in the header, "The present workshop … was held in May 2025" in the body: 2025, not
    the first year written ("Since 2022 the volume of transit …", a history's)."""
    record = parse("INFORMATION NOTE\n\nEvent\nCross-Border Workshop on Strategic Trade Controls\n\nDate and Venue\n"
                   "14 May - 16 May, Prefecture Palace, Satu Mare, Romania\n\nBackground\nSince 2022 the volume of "
                   "transit has increased. The first edition was held in Iasi in September 2023. The present "
                   "workshop, the second of the series, was held in May 2025.\n")
    assert dates_of(record) == ("2025-05-14", "2025-05-16")


def test_events_a_date_without_its_year_keeps_the_nearest_year_over_an_earlier_one_of_its_month(parse):
    """A founding "on 17 September 1994" is history: "in the autumn of 2021 … on the 28th and 29th of
    September" stays 2021."""
    record = parse("The club was established on 17 September 1994. In the autumn of 2021 the seminar was held in "
                   "Nanded on the 28th and 29th of September.\n")
    assert dates_of(record) == ("2021-09-28", "2021-09-29")


@pytest.mark.parametrize("sentence", [
    "The training course on chemical security, which ended yesterday at the Abraham Adesanya Polytechnic "
    "(AAPOLY), Ijebu-Igbo, was organised by ONSA.",
    "The course ended yesterday at the Abraham Adesanya Polytechnic, Ijebu-Igbo.",
])
def test_events_an_event_that_ended_at_a_named_place_in_a_town_was_held_there(parse, sentence):
    """A local government's statement names the venue only where the course "ended yesterday at the …
    Polytechnic, Ijebu-Igbo": as "was held at"."""
    assert venue_of(parse(sentence + "\n")) == ("Ijebu-Igbo", "NGA", False)


def test_events_a_campus_that_hosts_people_for_a_training_is_the_venue(parse):
    """A college's headline "Markham Campus hosts Caribbean border officers for strategic trade training":
    the guests come between the verb and the event, as "hosted a workshop" has it at once."""
    record = parse("Markham Campus hosts Caribbean border officers for strategic trade training\n\nOctober 7, 2025\n\n"
                   "From Sept. 29 to Oct. 3, the campus welcomed 26 officers for a course.\n")
    assert venue_of(record) == ("Markham", "CAN", False)


@pytest.mark.parametrize("venue, city", [
    ("14 – 18 July 2025, GCCI Auditorium, Faisalabad Road, Gojra, District Toba Tek Singh, Punjab, Pakistan", "Gojra"),
    ("23, 24 and 25 September 2024 – UPB campus, Autopista Piedecuesta km 7, Floridablanca,\nSantander, Colombia",
     "Floridablanca"),
])
def test_venue_a_street_named_after_a_city_is_no_city(parse, venue, city):
    """"Faisalabad Road, Gojra", "Autopista Piedecuesta km 7, Floridablanca": a street named after a city, its
    word before or after the city's name, is an address in the town that follows."""
    record = parse(note(f"Date and Venue: {venue}"))
    assert record.venue.city == city
    assert not any(p.name in ("Faisalabad", "Piedecuesta") for p in record.mentions.places)


def test_events_a_numbered_venue_label_alone_on_its_line_gives_the_next_line(parse):
    """A prefecture's release numbers its items and puts each value under its label ("2. Venue" over
    "Piazza Ohmi, …" and "(1-1-20 Nionohama, Otsu City)"); a "Venue" heading alone has the place below it."""
    release = ("With the strengthening of security trade controls, companies that export goods, including small and "
               "medium-sized enterprises, are required to establish export control systems. Shiga Prefecture, together "
               "with CISTEC, will hold a roundtable for companies in the prefecture, as follows.\n\n"
               "1. Date and time\n   Wednesday, February 4, 2026, 13:30 - 17:00 (reception from 13:00)\n\n"
               "2. Venue\n   Piazza Ohmi, 2nd floor, Large Conference Room\n   (1-1-20 Nionohama, Otsu City)\n\n"
               "3. Other\n   This roundtable follows the seminar held in Kobe City in November 2024.\n")
    record = parse(release)
    assert dates_of(record) == ("2026-02-04", "2026-02-04")
    assert venue_of(record) == ("Ōtsu", "JPN", False)
    assert record.venue.text.startswith("Piazza Ohmi")


@pytest.mark.parametrize("value, city, code", [
    ("30 September - 1 October 2025, Conference Centre, Beni Suef, Arab Republic of Egypt", "Beni Suef", "EGY"),
    ("30 September - 1 October 2025, Conference Centre of the University, Beni Suef, Arab\n"
     "                 Republic of Egypt", "Beni Suef", "EGY"),
    ("15-17 October 2019, San Vicente de Cañete (Lima Region), Peru", "San Vicente de Cañete", "PER"),
])
def test_venue_a_towns_name_that_opens_with_another_states_city_is_the_town(parse, value, city, code):
    """"Beni Suef, Arab Republic of Egypt": Beni is a town of Congo, and no list has Beni Suef; the whole
    name that runs to the comma before the State is the town, on the date's line too."""
    record = parse(note(f"Date and Venue: {value}"))
    assert (record.venue.city, record.venue.country_code) == (city, code)


@pytest.mark.parametrize("story, end", [
    ("OMAN NEWS AGENCY\nLocal News | 2026\n\nMuscat, Feb 9 (ONA) --- The Royal Oman Police today launched a national "
     "field exercise on detecting radioactive materials in the Wilayat of As Suwayq.\n\nThe exercise, titled \"Coastal "
     "Shield 2026\", is organized with the IAEA and runs until Wednesday at the fishing port.\n", "2026-02-11"),
    ("OMAN NEWS AGENCY\nLocal News | 2026\n\nMuscat, Feb 9 (ONA) --- The Royal Oman Police today launched a national "
     "field exercise on detecting radioactive materials in the Wilayat of As Suwayq.\n\nThe market, on the other hand, "
     "runs until Wednesday at the fishing port.\n", "2026-02-09"),
])
def test_events_the_next_sentence_about_the_event_says_the_weekday_it_runs_to(parse, story, end):
    """"… today launched a national field exercise …" and, in the next paragraph, "The exercise, titled …, runs
    until Wednesday": the range runs on to that Wednesday; a sentence about anything else does not end it."""
    assert dates_of(parse(story)) == ("2026-02-09", end)


@pytest.mark.parametrize("text, dates", [
    ("San Fernando de Apure, 12 June 2025\n\nThe Government of Apure hosted yesterday a roundtable on chemical "
     "precursors with the National Authority of Venezuela.\n\nThe Government also invites the public to the Apure "
     "Llanero Festival, which will take place on 27 and 28 June.\n", ("2025-06-11", "2025-06-11")),
    ("Tarija, 14 March 2025\n\nThe Departmental Government hosted yesterday a seminar on chemical safety for customs "
     "officers, with the Ministry of Foreign Affairs of Bolivia.\n\nThe Government also invites the public to the "
     "Tarija Wine Fair, which will take place on 28 and 29 March.\n", ("2025-03-13", "2025-03-13")),
])
def test_events_a_festivitys_dates_are_not_the_events(parse, text, dates):
    """A page that reports a roundtable "yesterday" and invites readers to a town's festival, fair or week of
    something dates the roundtable, not the festival: that sentence names no meeting."""
    record = parse(text)
    assert (record.dates.start, record.dates.end) == dates


def test_events_a_dateline_far_right_of_a_releases_number(parse):
    """A letterhead sets the release's number on the left and its place and date far to the right of the same
    line: that date is the note's own, which "yesterday" and "today" count from."""
    record = parse("Press release no. 12/2025                         Cesena, 9 April 2025\n\nThe regional seminar "
                   "on export controls, which opened yesterday in the Malatestiana Library, closes today.\n")
    assert (record.dates.start, record.dates.end) == ("2025-04-08", "2025-04-09")


def test_events_a_dateline_under_a_papers_section_path(parse):
    """"CITY / BIKANER & RAJASTHAN          Saturday, March 7, 2020": a paper's section path, then its day far
    to the right, dates the story, so "began on Monday and concluded on Friday" is that week's."""
    record = parse("CITY / BIKANER & RAJASTHAN                          Saturday, March 7, 2020\n\nBikaner: Customs "
                   "officers from four countries spent the week at a five-day regional course held at the academy "
                   "here.\n\nThe course, which began on Monday and concluded on Friday, was organised by the Ministry "
                   "of External Affairs.\n\nOfficials said the Border Security Force will launch its annual summer "
                   "exercise along the frontier from March 26.\n")
    assert (record.dates.start, record.dates.end) == ("2020-03-02", "2020-03-06")


def test_events_a_datelines_town_by_its_longer_name_in_a_state_the_text_names(parse):
    """"San José de Guanipa, 12 June 2025" in a text on Venezuela is that town, not San José, the capital of Costa
    Rica: the towns list has the longer name in Venezuela."""
    record = parse("San José de Guanipa, 12 June 2025\n\nThe Mayor's Office hosted yesterday a roundtable on chemical "
                   "precursors with the National Authority of Venezuela, in the hall of the Chamber of Commerce of San "
                   "José de Guanipa.\n")
    assert venue_of(record) == ("San José de Guanipa", "VEN", False)


@pytest.mark.parametrize("text, venue", [
    ("COMMUNIQUÉ\n\nThe roundtable on border security, held on Thursday 23 April 2026, was hosted by the Prefecture of "
     "Guiglo and organized by the Ministry of Foreign Affairs of Côte d'Ivoire.\n", ("Guiglo", "CIV", False)),
    ("News\n\nThe City of Emden hosted a two-day meeting of export control officials on 3 and 4 June 2026, with the "
     "Federal Office for Economic Affairs and Export Control of Germany.\n", ("Emden", "DEU", False)),
    ("MUNICIPAL BULLETIN | Friday, 6 March 2026\n\nMOTUPE HOSTS INTERNATIONAL TRAINING FOR CUSTOMS OFFICERS\n\nThe "
     "five-day course on chemical precursors that ends today in our district brought together officers of the customs "
     "service and of the National Police of Peru.\n", ("Motupe", "PER", False)),
    ("News\n\n20 March 2026\n\nOn Tuesday and Wednesday this week the Montforthaus was the meeting place for experts "
     "from five countries. The Federal Ministry for European and International Affairs organized an Alpine regional "
     "seminar on biosecurity, with the City of Feldkirch as host.\n\nDelegates from Germany joined Austrian officials."
     "\n", ("Feldkirch", "AUT", False)),
    ("NEWS SHEET \u00b7 November 2025\n\nFrom Tuesday 4 to Thursday 6 November the town's cultural centre was the "
     "venue of a regional conference on chemical security. The Prefeitura de Januária hosted it together with "
     "the Organization of American States.\n\nDelegates came from Argentina and Brazil.\n",
     ("Januária", "BRA", False)),
    ("NOTICE TO CLIENTS\nDate: 5 August 2024\n\nPlease be advised that the Municipal Government of Bogo is hosting, "
     "together with the Strategic Trade Management Office and the United Nations Office for Disarmament Affairs, a "
     "two-day technical visit on maritime trade controls on the 14th and 15th of this month, with officers of the "
     "Government of the Philippines.\n", ("Bogo", "PHL", False)),
    ("NOTICE TO CUSTOMERS\nDate: 10 June 2025\n\nOn Tuesday 17 and Wednesday 18 June, the Wenshang County People's "
     "Government will host a national meeting on the export control of dual-use chemicals in China, organised "
     "together with the Ministry of Commerce.\n", ("Wenshang", "CHN", False)),
])
def test_events_a_town_whose_own_government_hosts_it(parse, text, venue):
    """A town's own government that hosts the event puts it in that town, when the text names no other place: "was
    hosted by the Prefecture of Man", "The City of Emden hosted a two-day meeting", "The Prefeitura de Januária
    hosted it", "the Municipal Government of Bogo is hosting, together with …, a two-day technical visit"; as does a
    headline's town that "HOSTS INTERNATIONAL TRAINING"."""
    assert venue_of(parse(text)) == venue


@pytest.mark.parametrize("masthead", ["Gemeente Weert", "Stadt Weert | News", "# City of Weert", "Hansestadt Weert",
                                      "M\u011bsto Weert | Town of Weert", "Weert City Council", "Weert Municipality | News",
                                      "WEERT CITY  \u30a6\u30a7\u30fc\u30eb\u30c8\u5e02"])
def test_events_a_towns_own_website_places_its_story(parse, masthead):
    """A town's own website ("Gemeente Weert") tells of an event in the town when nothing else places it: a town of
    a State the text names, named often ("Weert was the meeting place", "the mayor of Weert")."""
    record = parse(f"{masthead}\nHome > News\n\nBenelux experts on export control\n\nPublished: Thursday 5 June 2025"
                   "\n\nOn Tuesday and Wednesday, Weert was the meeting place for some forty customs experts from the "
                   "Netherlands and Belgium. The meeting was organised by the Dutch Ministry of Foreign Affairs. The "
                   "mayor of Weert welcomed the participants on Tuesday morning.\n")
    assert venue_of(record) == ("Weert", "NLD", False)


@pytest.mark.parametrize("masthead, town", [("Ayuntamiento de Torrej\u00f3n de Ardoz", "Torrej\u00f3n de Ardoz"),
                                             ("ALCALD\u00cdA DE SAN PEDRO DE URAB\u00c1 \u2013 ANTIOQUIA",
                                              "SAN PEDRO DE URAB\u00c1"),
                                             ("PREFEITURA MUNICIPAL DE BAR\u00c3O DE COCAIS", "BAR\u00c3O DE COCAIS"),
                                             ("ILUSTRE MUNICIPALIDAD DE LA LIGUA", "LA LIGUA")])
def test_events_a_towns_website_with_a_particle_in_its_name_places_its_story(parse, masthead, town):
    """A town's name with a particle ("Torrej\u00f3n de Ardoz") on its own masthead, in capitals as well: the town,
    in its own case ("San Pedro de Urab\u00e1"), not the words before the particle."""
    expected = " ".join(w.lower() if w.lower() == "de" else w.title() for w in town.split(" "))  # "La Ligua" too
    record = parse(f"{masthead}\nHome > News\n\nPublished: 5 June 2025\n\nOn Tuesday and Wednesday, {expected} was "
                   "the meeting place for some forty customs officers of Spain, Colombia, Chile and Brazil. The "
                   f"meeting was organised by the ministries of foreign affairs. The mayor of {expected} welcomed "
                   "them.\n")
    assert (record.venue.city, record.venue.online) == (expected, False)


def test_events_a_citys_own_website_places_its_story(parse):
    """A city of the gazetteer on its own website's masthead ("Universit\u00e4tsstadt Siegen") places its story as a
    smaller town's does: named often, in a State the text names."""
    record = parse("Universit\u00e4tsstadt Siegen\nHome > News in English\n\nExport control experts meet at the castle"
                   "\n\n22.09.2025\n\nSiegen. From Wednesday 17 to Friday 19 September, the baroque Unteres Schloss was "
                   "the meeting place of a conference on export control, with experts from Germany and Austria. The "
                   "mayor of Siegen welcomed them.\n")
    assert venue_of(record) == ("Siegen", "DEU", False)


def test_events_not_a_towns_own_website_it_names_once(parse):
    """A masthead's town the story never names again is the site's, not the event's place."""
    record = parse("Gemeente Weert\nHome > News\n\nPublished: Thursday 5 June 2025\n\nOn Tuesday and Wednesday, "
                   "forty customs experts from the Netherlands and Belgium held a meeting on export control.\n")
    assert venue_of(record) != ("Weert", "NLD", False)


def test_events_not_a_town_government_that_hosted_another_event(parse):
    """"The City of Emden hosted the previous meeting": another event's host says nothing of this one's place."""
    record = parse("News\n\nA meeting of export control officials took place on 3 and 4 June 2026 with the Federal "
                   "Office for Economic Affairs and Export Control of Germany. Last year the City of Emden hosted the "
                   "previous meeting.\n")
    assert venue_of(record) != ("Emden", "DEU", False)


def test_events_a_prefecture_of_a_town_is_its_government(parse):
    """"hosted by the Prefecture of Guiglo": a town's prefecture is a body, as its municipality is, so it organizes."""
    record = parse("COMMUNIQUÉ\n\nThe roundtable on border security, held on Thursday 23 April 2026, was hosted by the "
                   "Prefecture of Guiglo and organized by the Ministry of Foreign Affairs of Côte d'Ivoire.\n")
    assert "Prefecture of Guiglo" in [o.name for o in record.organizers]


@pytest.mark.parametrize("text, dates", [
    ("REPUBLIC OF KENYA\n\nMINISTRY OF INTERIOR\n\nOFFICE OF THE DEPUTY COUNTY COMMISSIONER\nMAVOKO SUB-COUNTY\n\n"
     "Telephone: Mavoko\nWhen replying please quote\nP.O. Box 12\nRef. No. MSC/PR/VOL.II/14                        "
     "Date: 7th March, 2025\n\nPRESS NOTE\n\nThe five-day training course for customs officers, which opened on Monday "
     "at the Sub-County offices, ends today.\n\nThe public is informed that a security meeting will be held on 12th "
     "March, 2025.\n", ("2025-03-03", "2025-03-07")),
    ("OFFICE OF THE MANDAL PARISHAD DEVELOPMENT OFFICER :: MARKAPUR\n\nPRESS NOTE\n\nRc.No. A/214/2025          "
     "                      Dt. 28-02-2025\n\nThe Mandal Parishad Development Officer informs that a one day seminar on "
     "chemical safety was conducted yesterday at the Mandal Parishad Meeting Hall.\n\nFurther, the grievance day will "
     "be held on 03-03-2025.\n", ("2025-02-27", "2025-02-27")),
    ("PRESS NOTE\n\nNo. 2217/DIPRO                                          Cuttack, Dated the 21.11.2025\n\nThe "
     "five-day National Training Course on Strategic Trade Control Enforcement, which began on Monday at Choudwar, "
     "concludes today.\n\nMeanwhile, the meeting of the District Committee will be held on 25.11.2025.\n",
     ("2025-11-17", "2025-11-21")),  # "Dated the"
    ("PRESS NOTE\n\nPatna, dated 23.01.2026                                          Memo No. 88/DPRO\n\nThe five-day "
     "regional training course, which began on Monday at the campus of IIT Patna at Bihta, ends today.\n\nThe Republic "
     "Day parade will be held at the Gandhi Maidan on 26 January 2026.\n", ("2026-01-19", "2026-01-23")),  # its place and
    # "dated" at the left, its reference far right
])
def test_events_a_letters_date_far_right_under_its_letterhead(parse, text, dates):
    """A press note's or a communiqué's date set far to the right, after its reference number or its place, dates
    the note however long its letterhead: "opened on Monday … ends today" and "yesterday" count from it, and a
    later day the note announces is another's."""
    record = parse(text)
    assert (record.dates.start, record.dates.end) == dates


def test_events_a_notes_date_field_far_right_is_the_events(parse):
    """"Date:                 Tuesday, 17 May 2016": a note's header field of its event's date, not a letter's."""
    record = parse("INFORMATION NOTE\n\nEvent:                Roundtable on export controls\n"
                   "Date:                 Tuesday, 17 May 2016\nVenue:                Cahul, Republic of Moldova\n")
    assert (record.dates.start, record.dates.end) == ("2016-05-17", "2016-05-17")


def test_events_a_day_still_to_come_after_the_event_told_is_anothers(parse):
    """A page that tells of its seminar "yesterday" and then announces what is still to come ("the departmental
    council meets in Parakou on 12 March") dates the seminar from its own day: the later day names no meeting of its
    kind."""
    record = parse("PREFECTURE OF ALIBORI\n\nHome  >  News  >  Security\n\nKandi, 5 March 2026\n\nMalanville hosts "
                   "sub-regional seminar on border security\n\nThe two-day seminar on border security and the prevention "
                   "of trafficking in chemical materials\nclosed yesterday in Malanville, in the north of our department."
                   "\n\nThe Prefect chaired the opening ceremony on Tuesday in the presence of the Mayor of Malanville.\n\n"
                   "Also in the news: the departmental council for development meets in Kandi on 12 March.\n")
    assert (record.dates.start, record.dates.end) == ("2026-03-03", "2026-03-04")


@pytest.mark.parametrize("text, venue", [
    ("INFORMATION NOTE\n\nEvent: Regional meeting on dual-use controls\nDate: 21-22 May 2026\nVenue: Casa de la "
     "Cultura, Elda (Alicante), Spain\n", ("Elda", "ESP", False)),
    ("INFORMATION NOTE\n\nEvent: Regional workshop on export controls\nDate: 14-16 May 2024\nVenue: Hotel Rajdoot, "
     "Barisal (Barishal), Bangladesh\n", ("Barishal", "BGD", False)),
])
def test_events_a_town_then_its_provinces_seat_in_brackets(parse, text, venue):
    """"Elda (Alicante), Spain": a town, then in brackets the seat of its province, a city of the same State; the
    town is the venue. Not one city's two spellings, "Barisal (Barishal)": that city, by the gazetteer's name."""
    assert venue_of(parse(text)) == venue


def test_events_a_state_named_after_a_town_is_no_town(parse):
    """"headquartered in Port of Spain, Trinidad and Tobago": Trinidad is the State's name, not Trinidad
    (Colorado) in a text that names the United States."""
    record = parse("Caribbean officials meet for a two-day regional seminar on strategic trade controls this week.\n\n"
                   "The seminar was organized by the U.S. Department of State and the CARICOM IMPACS, which is "
                   "headquartered in Port of Spain, Trinidad and Tobago.\n")
    assert venue_of(record) != ("Trinidad", "USA", False)


def test_events_a_facility_named_for_a_longer_town_is_in_that_town(parse):
    """"at the San Juan Capistrano Community Center": the town the towns list knows, not San Juan (Puerto Rico)."""
    record = parse("The City of San Juan Capistrano this week welcomed officials from eight countries for a three-day "
                   "regional workshop on strategic trade controls, held at the San Juan Capistrano\nCommunity Center.\n")
    assert venue_of(record) == ("San Juan Capistrano", "USA", False)


def test_events_a_states_name_inside_its_divisions_is_no_country_before_the_town(parse):
    """"Jinka, South Omo Zone, South Ethiopia Regional State, Ethiopia": the State's name inside a region's is
    not the country after the town; the town is the venue."""
    record = parse("INFORMATION NOTE\n\nEvent: National workshop on border controls\nDate and Venue: 3-5 June 2025, "
                   "Jinka, South Omo Zone, South Ethiopia Regional State, Ethiopia\n")
    assert venue_of(record) == ("Jinka", "ETH", False)


def test_events_a_town_with_a_particle_in_its_name(parse):
    """"in Ras el Oued": a town's name with a lowercase particle between its words, whole."""
    record = parse("People's Democratic Republic of Algeria\n\nNews of the Wilaya\n\nThe Wali opened on Sunday, in "
                   "Ras el Oued, a three-day national seminar on border security organized by the Ministry of Foreign "
                   "Affairs.\n")
    assert venue_of(record) == ("Ras el Oued", "DZA", False)


def test_events_a_towns_cultural_centre_is_in_that_town(parse):
    """"at the Gönen Cultural Centre": the town a cultural centre is named after, as a town hall's."""
    record = parse("Republic of Türkiye\n\nNEWS\n\nThe regional workshop on strategic trade controls, organised by "
                   "the Ministry of Trade, was completed today with a closing ceremony at the Gönen Cultural Centre.\n")
    assert venue_of(record) == ("Gönen", "TUR", False)


def test_events_a_chinese_countys_own_page_places_its_headlines_our_city(parse):
    """A county-level government's page ("Anguo Municipal People's Government") whose headline opens with a
    compound ("China–UN Seminar … Opens in Our City"): the town of its masthead, not China alone from a dateline
    read in the compound."""
    record = parse("Anguo Municipal People's Government\n\nHome > Government Information > Anguo News\n\n"
                   "China–UN Seminar on Export Controls Opens in Our City\n\nRelease date: 2025-10-15 09:12\n\n"
                   "On the morning of 14 October, the China–UN Seminar on Export Controls opened at the Anguo "
                   "International Conference Center. The seminar is hosted by the Ministry of Foreign Affairs and "
                   "organized by the Anguo Municipal People's Government. Anguo welcomed forty officials.\n")
    assert venue_of(record) == ("Anguo", "CHN", False)


def test_events_a_day_that_opens_its_sentence_with_the_event_opening_takes_the_notes_one_length(parse):
    """"On the morning of May 21, the … Workshop … opened at …", and later "During the three-day workshop": the
    one length the text states runs from the day it opened."""
    record = parse("Anguo Municipal People's Government\n\nRelease date: 2024-05-21 17:02\n\nOn the morning of May 21, "
                   "the Regional Workshop on Export Controls, organized by the Ministry of Foreign Affairs, opened at "
                   "the Anguo Hotel.\n\nThe Mayor of Anguo welcomed the guests.\n\nDuring the three-day workshop, the "
                   "participants will discuss licensing and enforcement.\n")
    assert (record.dates.start, record.dates.end) == ("2024-05-21", "2024-05-23")


@pytest.mark.parametrize("value, venue", [
    ("30 June to 4 July 2025, Nakhchivan, Nakhchivan Autonomous Republic,\nRepublic of Azerbaijan",
     ("Nakhchivan", "AZE", False)),  # an autonomous republic is a State's division, not the town
    ("28 July to 1 August 2025, Santa Cruz de Mompox, Department of\n                    Bolívar, Colombia",
     ("Santa Cruz de Mompox", "COL", False)),  # not Santa Cruz, a city of another State, before a division's name
])
def test_events_a_town_the_lists_lack_before_its_divisions(parse, value, venue):
    record = parse(f"INFORMATION NOTE\n\nEvent: National course on export controls\nDate and Venue: {value}\n")
    assert venue_of(record) == venue


def test_events_a_hyphened_town_in_capitals_keeps_its_particles_small(parse):
    """"VILLE DE VILLENEUVE-SUR-LOT": the town's own page, its name in its own case, Villeneuve-sur-Lot."""
    record = parse("VILLE DE VILLENEUVE-SUR-LOT\n\nNews\n\nPublished on 05/06/2025\n\nOn Tuesday and Wednesday, the "
                   "town theatre welcomed officials from six European countries for a conference on research security, "
                   "organised by the French Ministry of Foreign Affairs. Villeneuve-sur-Lot is proud to host them, said "
                   "the mayor of Villeneuve-sur-Lot, France.\n")
    assert venue_of(record) == ("Villeneuve-sur-Lot", "FRA", False)


def test_events_a_division_that_is_a_town_too_after_another_division_is_no_town(parse):
    """"Ebbw Vale, Blaenau Gwent, Wales, United Kingdom": Wales is a town too, but after a county borough it is the
    country's division; the town is Ebbw Vale."""
    record = parse("INFORMATION NOTE\n\nEvent: Regional conference on export controls\nDate and Venue: 30 September to "
                   "2 October 2025, Ebbw Vale, Blaenau Gwent, Wales, United\nKingdom\n")
    assert venue_of(record) == ("Ebbw Vale", "GBR", False)


@pytest.mark.parametrize("dateline", [
    "Tarnów, 14 March 2025 (Friday)",  # the day's weekday in brackets after its date
    "14 March 2025 (Reiwa 7)",  # an era's year glossing the date alone on its line
    "SALEM, Ore. (March 14, 2025) - Officials from six countries met this week.",  # the date in brackets after the State
    "Release time: 2025-03-14 09:30   Source: Foreign Affairs Office   Views: 806",  # a city's page's release time
])
def test_events_weekdays_counted_from_a_dateline_in_its_other_shapes(parse, dateline):
    text = (f"{dateline}\n\nThe two-day workshop on export controls, which opened in the town hall on Wednesday, "
            "closed yesterday.\n")
    assert dates_of(parse(text)) == ("2025-03-12", "2025-03-13")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "REPUBLIC OF EXAMPLE\nUnity - Work - Progress\n---------------\nMINISTRY OF MINES\nSECRETARIAT GENERAL\n"
        "REGIONAL DIRECTORATE\n---------------\nNo. 41-2025/MM/SG\n\nTarnów, 14 March 2025\n\nPRESS RELEASE\n\n"
        "A workshop on the traceability of minerals was held on Tuesday and Wednesday of this week.\n",
        ("2025-03-11", "2025-03-12"), id="under-a-letterheads-rules"),
    pytest.param(
        "KOTKAPURA GROWERS' ASSOCIATION (Regd.)\nEstd. 1971  |  Regn. No. 214\nRegd. Office: Faridkot Road\n"
        "Phone: 01635-220000\n\nRef. No. KGA/PN/17          Dated: 14.03.2025\n\nPRESS NOTE\n(For publication)\n\n"
        "BRIEFING CONCLUDES\n\nTarnów, March 14: A two-day briefing on chemical safety and the Chemical Weapons "
        "Convention, organised by the National Authority, concluded here yesterday at the Association hall.\n\n"
        "The Association lent its hall for the briefing on Wednesday and Thursday.\n",
        ("2025-03-12", "2025-03-13"), id="a-press-notes-dateline-below-its-header"),
    pytest.param(
        "The conference was held in Tekirdağ, Türkiye, between 30.09.2025 and 02.10.2025 with UNODA.\n",
        ("2025-09-30", "2025-10-02"), id="between-two-numeric-dates"),
    pytest.param(
        "Gapan Farmers' Cooperative\nFriday, June 13, 2025 at 4:12 PM \u00b7 \U0001f30f\n\n"
        "Proud to share that the regional conference on biosecurity was held at the Convention Center from Tuesday "
        "until yesterday, Thursday.\n",
        ("2025-06-10", "2025-06-12"), id="a-posts-stamp-and-audience-icon"),
    pytest.param(
        "No. PR/2024/118          Date: 28.11.2024\n\nPRESS NOTE\n\n"
        "Kundla, 28 November: The Nagarpalika hosted yesterday at the Town Hall a day-long symposium on strategic "
        "trade controls.\n",
        ("2024-11-27", "2024-11-27"), id="a-dateline-opening-its-story-with-the"),
    pytest.param(
        "Release date: 2024. 11. 12. (Tue)             For immediate release\n\n"
        "Yanggu County announced on the 12th that it will host the Roundtable on Strategic Trade for two days on "
        "the 14th and 15th at the Peace Centre.\n",
        ("2024-11-14", "2024-11-15"), id="days-of-the-month-to-come"),
    pytest.param(
        " Distributed   2025. 4. 10. (Thu) 09:00         Pages   2\n Release       Immediately\n\n"
        "The County Office held a briefing on strategic trade controls yesterday (the 9th) in its main conference "
        "room.\n",
        ("2025-04-09", "2025-04-09"), id="a-distribution-date"),
    pytest.param(
        "HARBOUR FOODS LTD.\nSTAFF BULLETIN \u2014 Week of March 9, 2026                    Bulletin no. 10\n\n"
        "Our QA manager was at the Civic Centre last week, on the 3rd and 4th, for a regional seminar on "
        "biosecurity organized by the Ministry of Foreign Affairs.\n",
        ("2026-03-03", "2026-03-04"), id="a-weeklys-issue-line"),
    pytest.param(
        "NEWS RELEASE\n\nLillehammer, Norway, 6 March 2026 - Bicycle maker Sykkel AS today thanked the organisers "
        "of the Regional Conference on Export Control, which closed yesterday at the Kulturhus after three days of "
        "meetings.\n",
        ("2026-03-03", "2026-03-05"), id="the-publishers-own-today-beside-the-close"),
])
def test_events_dates_read_from_a_pages_own_day_and_numbers(parse, text, expected):
    """A page's own day in more shapes (under a letterhead's rules, a post's stamp, a distribution date, a weekly's
    "Week of"), days counted from it ("yesterday (the 9th)", "will host … on the 14th and 15th"; not the day the
    publisher thanks on, beside the day the event closed), a range between numeric dates."""
    assert dates_of(parse(text)) == expected


def test_events_a_letters_date_below_its_header_is_no_dateline(parse):
    text = ("Permanent Mission\nto the United Nations\nNote verbale\n\nThe Permanent Mission presents its compliments\n"
            "to the Chair of the Committee\nand has the honour to confirm\nthe visit of the Committee\n"
            "to the capital\n\nNew York, 2 March 2026\n\nThe Committee's visit to Vaduz, Liechtenstein, took place on "
            "16 and 17 March 2026.\n")
    assert venue_of(parse(text))[:2] == ("Vaduz", "LIE")
