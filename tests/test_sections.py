"""Tests for noteparse.sections: title, header fields, body sections, footnotes — with spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from growth import growth

from noteparse.sections import (
    _AT_LEAST_30_WORDS,
    _LEAD_STARTS,
    FIELD_RE,
    LEAD_RE,
    WRAPPED,
    Layout,
    Piece,
    _may_be_label,
    participant_parts,
    split_sections,
    word_count,
)


def _pieces(layout: Layout) -> list[Piece]:
    out = [layout.title] if layout.title else []
    out += [p for f in layout.fields for p in (f.label, f.value)]
    out += [p for s in layout.sections for p in (s.heading, *s.items)]
    return out + [f.body for f in layout.footnotes] + layout.paragraphs


def _fields(text: str) -> list[tuple[str, str]]:
    return [(f.key, f.value.text) for f in split_sections(text).fields]


def _sections(text: str) -> list[tuple[str, str, list[str]]]:
    return [(s.key, s.heading.text, [i.text for i in s.items]) for s in split_sections(text).sections]


# --- header labels -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Event: Seminar on X\nOrganizer: UNODA\n", [("event", "Seminar on X"), ("organizers", "UNODA")]),
        ("Title of event: Seminar on X\nOrganizers: UNODA, OSCE\n",
         [("event", "Seminar on X"), ("organizers", "UNODA, OSCE")]),
        ("TITLE OF EVENT: Seminar\nORGANISERS: OSCE\nDATES AND VENUE: 1-2 May 2013, Vienna, Austria\n",
         [("event", "Seminar"), ("organizers", "OSCE"), ("dates_venue", "1-2 May 2013, Vienna, Austria")]),
        ("Organiser(s): OSCE\nEvent: Course\n", [("organizers", "OSCE"), ("event", "Course")]),
        ("Organized by: the OSCE\nEvent: Course\n", [("organizers", "the OSCE"), ("event", "Course")]),
        ("Hosted by: Government of Peru\nEvent: Course\n", [("organizers", "Government of Peru"), ("event", "Course")]),
        ("Event: X\nDate(s) and venue: 3 June 2014, Lima, Peru\n", [("event", "X"), ("dates_venue", "3 June 2014, Lima, Peru")]),
        ("Event: X\nDates + Venue: 4 May 2015, Astana\n", [("event", "X"), ("dates_venue", "4 May 2015, Astana")]),
        ("Event: X\nPlace and date: Vienna, 1 May 2013\n", [("event", "X"), ("dates_venue", "Vienna, 1 May 2013")]),
        ("Event: X\nVenue: Geneva\nDate: 5 May 2016\nLocation: Palais des Nations\n",
         [("event", "X"), ("venue", "Geneva"), ("dates", "5 May 2016"), ("venue", "Palais des Nations")]),
        ("Event\u00a0: Course on X\nOrganizers:   UNODA\n", [("event", "Course on X"), ("organizers", "UNODA")]),
        ("Activity title: Course on X\nConducted by: IMPACS\nActivity dates: 12-15 February 2024\n"
         "Funding source: EXBS\nAlso participating: RSS\n",
         [("event", "Course on X"), ("organizers", "IMPACS"), ("dates", "12-15 February 2024"), ("supporters", "EXBS"),
          ("participants", "RSS")]),
        ("Activity:        Sub-regional Workshop on Biosecurity\nCo-organizers:   OSCE and UNODA\n",
         [("event", "Sub-regional Workshop on Biosecurity"), ("organizers", "OSCE and UNODA")]),
        ("Delivery:      Fully online\nCourse dates:  2 September to 11 October 2024\n",
         [("format", "Fully online"), ("dates", "2 September to 11 October 2024")]),
        ("Exercise dates: 14-15 May 2024\nLocation: Batumi\nEvaluators: IAEA, INTERPOL\nClassification: internal\n",
         [("dates", "14-15 May 2024"), ("venue", "Batumi"), ("resource_persons", "IAEA, INTERPOL"),
          ("other", "internal")]),
        ('{\n  "startDate": "2024-10-08T09:00:00+07:00",\n  "endDate": "2024-10-08T12:30:00+07:00"\n}\n',
         [("start_date", '2024-10-08T09:00:00+07:00",'), ("end_date", '2024-10-08T12:30:00+07:00"\n}')]),
        ("Start            : 25.11.2024\nEnd              : 31.01.2025\nProvider         : WCO\n",
         [("start_date", "25.11.2024"), ("end_date", "31.01.2025"), ("organizers", "WCO")]),
        ("Offered by: Center for International Trade and Security (CITS)\n",
         [("organizers", "Center for International Trade and Security (CITS)")]),
        ("Co-host:        Ministerio de Relaciones Exteriores y Culto de Costa Rica\n",
         [("organizers", "Ministerio de Relaciones Exteriores y Culto de Costa Rica")]),
        ("When / Where: Tuesday 4 and Wednesday 5 June, Kingstown, St. Vincent\n",
         [("dates_venue", "Tuesday 4 and Wednesday 5 June, Kingstown, St. Vincent")]),
        ("Organiser(s):\tSECO\nDate, venue:\tJune 3-4, 2025 \u2014 Bern, Switzerland\n",
         [("organizers", "SECO"), ("dates_venue", "June 3-4, 2025 \u2014 Bern, Switzerland")]),
        ("Title:             Roundtable ITT\nOrganiser (host):  SECO, with UNIDIR\n",
         [("event", "Roundtable ITT"), ("organizers", "SECO, with UNIDIR")]),
    ],
    ids=["event-organizer", "title-of-event", "all-caps", "organisers-s", "organized-by", "hosted-by",
         "dates-s-and-venue", "dates-plus-venue", "place-and-date", "venue-date-location", "nbsp-before-colon",
         "an-activitys-labels", "an-activity", "a-course-delivery", "a-role-ends-at-an-unknown-label", "json-keys",
         "a-training-records-start-end-provider", "offered-by", "co-host", "when-where", "date-comma-venue", "organiser-host"],
)
def test_sections_header_label_spellings(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("O r g a n i z e r s :  UNRCPD; PIFS\nD a t e :  17 March 2021\n",
     [("organizers", "UNRCPD; PIFS"), ("dates", "17 March 2021")]),
    ("O r g a n i z e r ( s ) :  University of Udine\n", [("organizers", "University of Udine")]),
    ("D a t e   a n d   V e n u e :  3 May 2019, Udine\n", [("dates_venue", "3 May 2019, Udine")]),
    ("A t tendance:  12\nEvent: X\n", [("event", "X")]),  # a word among the letters: no spaced label
    ("I t e m s :  4\nEvent: X\n", [("event", "X")]),  # spaced, but no label of ours
])
def test_sections_letter_spaced_labels(text, expected):
    """A PDF's tracked-out type: "O r g a n i z e r s :" is the Organizers label."""
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("- Event / \u00c9v\u00e9nement : Workshop / Atelier\n- Organizers / Organisateurs : UNREC\n"
         "- Lieu et date / Venue and date : Abidjan, 1 May 2019\n",
         [("event", "Workshop / Atelier"), ("organizers", "UNREC"), ("dates_venue", "Abidjan, 1 May 2019")]),
        ("Lugar y fecha / Venue and date: Lima, 3 June 2014\n", [("dates_venue", "Lima, 3 June 2014")]),
        ("Input / output ratio: 3\nEvent: X\n", [("event", "X")]),  # neither side a label
    ],
    ids=["french-english", "spanish-english", "no-label-either-side"],
)
def test_sections_bilingual_labels(text, expected):
    """A label given in two languages, "Lieu et date / Venue and date :", is the label it is in English."""
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Event\nRegional Seminar\n\nOrganized by\nthe OSCE\n",
         [("event", "Regional Seminar"), ("organizers", "the OSCE")]),
        ("Event:\n\nRegional Seminar\nOrganizers:\nUNODA\n", [("event", "Regional Seminar"), ("organizers", "UNODA")]),
        ("**Title of event:** Seminar on X\n**Hosted by:** Government of Peru\n",
         [("event", "Seminar on X"), ("organizers", "Government of Peru")]),
        ("- Event:** Workshop\n- Organizers:** OSCE\n", [("event", "Workshop"), ("organizers", "OSCE")]),
        ("*Event:* Thing\n*Organizers:* UNODA*\nParticipants: 40 people\n",
         [("event", "Thing"), ("organizers", "UNODA"), ("participants", "40 people")]),
        ("Event: Workshop on Border\n  Controls and Licensing\nOrganizers: UNODA\n",
         [("event", "Workshop on Border\n  Controls and Licensing"), ("organizers", "UNODA")]),
        ("Event: X\r\nDates + Venue: 4 May 2015,\r\nAstana, Kazakhstan\r\n",
         [("event", "X"), ("dates_venue", "4 May 2015,\r\nAstana, Kazakhstan")]),
        ("When \u203a   2 December 2024\nWhere \u00bb Online\nHosted by \u2192 UNODA\n",
         [("dates", "2 December 2024"), ("venue", "Online"), ("organizers", "UNODA")]),
        ("Jastrz\u0119bie-Zdr\u00f3j \u2013 official website of the city\nCity \u203a News\n\nEvent: Conference\n",
         [("event", "Conference")]),  # a web page's breadcrumb, its site's section after the guillemet: no field
        ("Event -- Stakeholders' Meeting\nDate and Venue -- 4-5 December 2024, Atebubu, Ghana\nParticipants --\n"
         "    Civil society     --\n\nObservers came from Togo.\n",
         [("event", "Stakeholders' Meeting"), ("dates_venue", "4-5 December 2024, Atebubu, Ghana"), ("participants", ""),
          ("civil_society", "--")]),  # a typewriter's dash after a label; alone, a dash for none
        ("WHEN ** 12, 13 and 14 November 2024\nWHERE ** Amman\nWHO TOOK PART **\n States \u2013 Oman\n"
         "SUPPORT ** Global Affairs Canada\n",
         [("dates", "12, 13 and 14 November 2024"), ("venue", "Amman"), ("participants", ""), ("states", "Oman"),
          ("supporters", "Global Affairs Canada")]),  # "States – Oman" on its own line: a field, as "States: Oman" is
        ("* Event *     Roundtable on Strategic Trade\n\n* Organizers *  UNODA; Gwangju City Hall (host)\n\n"
         "* Participants *\n   States:  Japan,  Mongolia\n",
         [("event", "Roundtable on Strategic Trade"), ("organizers", "UNODA; Gwangju City Hall (host)"), ("participants", ""),
          ("states", "Japan,  Mongolia")]),  # a label between single stars, its value far to the right
    ],
    ids=["label-alone-no-colon", "label-alone-with-colon", "bold-labels", "sample-style-bullets",
         "italic-labels-with-asterisk-refs", "continuation-line", "crlf-continuation", "guillemet-or-arrow",
         "breadcrumb", "double-hyphen",
         "bold-marks-left-between-label-and-value", "labels-between-single-stars"],
)
def test_sections_header_label_shapes(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Event: X\nParticipants: States: Austria, Hungary; International organizations: IAEA; Civil society: VERTIC\n",
         [("event", "X"), ("participants", "States: Austria, Hungary; International organizations: IAEA; Civil society: VERTIC")]),
        ("Event: X\nParticipants:\nStates: Austria\nInternational Organizations: IAEA\nOthers: observers\nIndustry: firms\n",
         [("event", "X"), ("participants", ""), ("states", "Austria"), ("organizations", "IAEA"), ("others", "observers"),
          ("industry", "firms")]),
        ("Event: X\n- Participants:** *States:* Chile, Peru\n- International organizations:* OSCE\n- Civil society:* researchers\n",
         [("event", "X"), ("participants", "States:* Chile, Peru"), ("organizations", "OSCE"),
          ("civil_society", "researchers")]),
        ("**Participants:**\n- **States:** Chile, Peru\n- **Civil society:** a university\n",
         [("participants", ""), ("states", "Chile, Peru"), ("civil_society", "a university")]),
        ("Participants: States: Chile\nCivil society: VERTIC\nParticipation of the 1540 Committee/Group of Experts: "
         "two experts\n",
         [("participants", "States: Chile"), ("civil_society", "VERTIC"), ("organizations", "two experts")]),
        ("Event: X\n- Participants:** *States:* Chile\n- Civil society:* SIPRI\n"
         "- 1540 Committee and its Group of Experts participation:* one expert\n",
         [("event", "X"), ("participants", "States:* Chile"), ("civil_society", "SIPRI"), ("organizations", "one expert")]),
        ("Event\nX\n\nParticipants\nStates\nChile\n\nCivil society\nVERTIC\n\n"
         "Participation of the 1540 Committee / Group of Experts\nTwo experts\n",
         [("event", "X"), ("participants", ""), ("states", "Chile"), ("civil_society", "VERTIC"),
          ("organizations", "Two experts")]),
        ("| **Event** | X |\n|---|---|\n| **Participants** | **States:** Bahrain |\n"
         "| **Participation of the 1540 Committee/Group of Experts** | One expert |\n",
         [("event", "X"), ("participants", "States:** Bahrain"), ("organizations", "One expert")]),
    ],
    ids=["on-participants-line", "own-lines", "separate-bullets-sample-style", "bold-bullets", "committee-participation",
         "committee-participation-after", "committee-participation-on-its-own-line", "committee-participation-in-a-table"],
)
def test_sections_participant_sub_fields(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "value,expected",
    [
        ("States: Austria, Hungary; International organizations: IAEA; Civil society: VERTIC",
         [("states", "Austria, Hungary"), ("organizations", "IAEA"), ("civil_society", "VERTIC")]),
        ("*States:* Chile, Peru", [("states", "Chile, Peru")]),
        ("40 experts. Industry: firms", [("participants", "40 experts"), ("industry", "firms")]),
        ("experts from ten States", [("participants", "experts from ten States")]),
        (" States \u2013 Bahrain \u00b7 Oman\n Organizations \u2013 UNOCT; WCO",
         [("states", "Bahrain \u00b7 Oman"), ("organizations", "UNOCT; WCO")]),
        ("experts from 12 States \u2013 Bahrain and Oman", [("participants", "experts from 12 States \u2013 Bahrain and Oman")]),
        ("\u00c9tats / States : Egypt, Jordan\n Soci\u00e9t\u00e9 civile et milieu universitaire / Civil society and "
         "academia : SIPRI", [("states", "Egypt, Jordan"), ("civil_society", "SIPRI")]),
        ("\n\tStates\tAlgeria, Egypt\n\tInt. org.\tLAS, UNODA\n\tCivil soc.\tCNS; SIPRI",
         [("states", "Algeria, Egypt"), ("organizations", "LAS, UNODA"), ("civil_society", "CNS; SIPRI")]),
        ("\n  States -  Cambodia, Indonesia\n  Int'l organizations -  UNRCPD; OPCW\n  Civil Society -  Stimson Center",
         [("states", "Cambodia, Indonesia"), ("organizations", "UNRCPD; OPCW"), ("civil_society", "Stimson Center")]),
        ("experts from 12 States - Bahrain and Oman", [("participants", "experts from 12 States - Bahrain and Oman")]),
        ("experts of Ghana\tTogo", [("participants", "experts of Ghana\tTogo")]),
        ("Organization\tRepresentation\n\t1540 Committee\ttwo experts\n\tUNODA\tWMD Branch\n",
         [("participants", "1540 Committee"), ("participants", "UNODA")]),
        ("International organizations: UNLIREC; Organization of\n      American States \u2013 Inter-American Committee",
         [("organizations", "UNLIREC; Organization of\n      American States \u2013 Inter-American Committee")]),
        ("\n   International   Organization of American States - Inter-American Committee\n   organizations:  against "
         "Terrorism (OAS/CICTE)", [("participants", "International   Organization of American States - Inter-American "
                                                    "Committee"), ("organizations", "against Terrorism (OAS/CICTE)")]),
    ],
    ids=["three-parts", "asterisks", "lead-text", "no-sub-labels", "dashes-at-line-starts", "a-dash-inside-a-line-is-text",
         "two-languages", "abbreviated-before-tabs", "spaced-hyphens-at-line-starts", "a-hyphen-inside-a-line-is-text", "a-tab-after-no-label", "a-tables-first-column-under-its-heads",
         "a-name-wrapped-onto-a-line-before-a-dash", "a-column-gap-before-a-names-dash"],
)
def test_sections_participant_parts(value, expected):
    parts = participant_parts(value, Piece(value, 0, len(value)))
    assert [(k, p.text) for k, p in parts] == expected
    assert all(value[p.start:p.end] == p.text for _, p in parts)


@pytest.mark.parametrize("label, key", [("Participants (Civil society)", "civil_society"), ("Participants (States)", "states"),
                                        ("Participants", "participants")])
def test_sections_a_participants_label_names_its_part_in_brackets(label, key):
    value = "MEDAC, University of Malta"
    assert [k for k, _ in participant_parts(value, Piece(value, 0, len(value)), label)] == [key]


def test_sections_a_label_ruled_off_by_a_bar_at_its_lines_end_has_its_value_on_the_next_line():
    """"DATE AND VENUE |" alone on its line, its value under it; the fields after it are read too."""
    assert _fields("EVENT          | Regional Webinar on Strategic Trade\nDATE AND VENUE |\n24-25 February 2026, online\n"
                   "PARTICIPANTS   | States: Cambodia, Indonesia\n") == [
        ("event", "Regional Webinar on Strategic Trade"), ("dates_venue", "24-25 February 2026, online"),
        ("participants", "States: Cambodia, Indonesia")]


def test_sections_a_value_that_wraps_mid_phrase_goes_on_past_a_heading_word():
    """"… Research Security in the / Context of Resolution 1540 (2004)": no Context section."""
    assert _fields("EVENT:\nRoundtable on Research Security in the\nContext of Resolution 1540 (2004)\n\nORGANISER:\n"
                   "Ministry of Foreign Affairs of Estonia\n") == [
        ("event", "Roundtable on Research Security in the\nContext of Resolution 1540 (2004)"),
        ("organizers", "Ministry of Foreign Affairs of Estonia")]


def test_sections_a_values_line_that_ends_on_a_comma_goes_on_past_a_line_in_capitals():
    """"… (IAEA),\n   OSCE, UNODA" in a column: the list goes on; no "OSCE, UNODA" heading ends the header."""
    assert _fields("Participants:\n  States:          Fiji, Samoa\n  Organizations:   World Health Organization (WHO),\n"
                   "                   OSCE, UNODA\n  Civil Society:   VERTIC\n")[1:] == [
        ("states", "Fiji, Samoa"), ("organizations", "World Health Organization (WHO),\n                   OSCE, UNODA"),
        ("civil_society", "VERTIC")]


@pytest.mark.parametrize("label", ["Int. organisations", "Int'l Org.s        ", "Intl. org's        "])
def test_sections_int_organisations_is_a_label_of_bodies(label):
    """"Int. organisations" in a spaced column: the bodies, not more States."""
    assert _fields(f"Participants :\n   Member States          Bhutan; Nepal\n   {label}     UNRCPD; WHO\n"
                   "   NGO                    VERTIC\n")[1:] == [
        ("states", "Bhutan; Nepal"), ("organizations", "UNRCPD; WHO"), ("civil_society", "VERTIC")]


def test_sections_a_label_column_wrapped_after_a_lists_letter_is_one_field():
    """"b) International   OSCE; …" over "   organizations:   WHO": one organizations field."""
    assert _fields("Participants:\n a) States:           Estonia, Latvia\n b) International     OSCE; Implementation\n"
                   "    organizations:    Support Unit; WHO\n c) Civil society:    VERTIC\n")[1:] == [
        ("states", "Estonia, Latvia"),
        ("organizations", "OSCE; Implementation\n    organizations:    Support Unit; WHO"), ("civil_society", "VERTIC")]


def test_sections_states_ending_a_bodys_name_on_the_next_line_is_no_label():
    """"… Organization of American" over "States – Inter-American Committee …": the body's name goes on,
    not the States sub-label."""
    assert _fields("Participants:\nStates: Canada, Chile\nInternational organizations: WCO; Organization of American\n"
                   "States \u2013 Inter-American Committee against Terrorism (OAS/CICTE)\nOthers: Seaport Alliance\n")[1:] == [
        ("states", "Canada, Chile"),
        ("organizations", "WCO; Organization of American\nStates \u2013 Inter-American Committee against Terrorism (OAS/CICTE)"),
        ("others", "Seaport Alliance")]


def test_sections_days_and_meeting_are_labels():
    """A booth sheet's "Meeting ......." and "Days .........." are the event and its dates."""
    assert _fields("Meeting ....... Conferencia Hemisférica sobre Seguridad Marítima\n"
                   "Days .......... Tue 5 - Thu 7 March 2024\n") == [
        ("event", "Conferencia Hemisférica sobre Seguridad Marítima"), ("dates", "Tue 5 - Thu 7 March 2024")]


def test_sections_a_two_column_table_aligned_by_spaces_is_read_by_column():
    """Heads "States" and "International organizations" with underlines, rows aligned by spaces, a
    wrapped name in the second column: States from the first, bodies (cells) from the second, the
    wrapped line marked as going on with the cell above it."""
    text = ("PARTICIPANTS\n   States                          International organizations\n"
            "   ------                          ---------------------------\n"
            "   Bangladesh                      UNODA\n   India                           World Customs Organization (WCO)\n"
            "   Seychelles                      United Nations Office on Drugs and Crime\n"
            "                                      (UNODC)\n   Sri Lanka\n")
    field = next(f for f in split_sections(text).fields if f.key == "states")
    parts = participant_parts(text, field.value, field.label.text)
    assert [(k, p.text) for k, p in parts] == [
        ("states", "Bangladesh"), ("cell", "UNODA"), ("states", "India"), ("cell", "World Customs Organization (WCO)"),
        ("states", "Seychelles"), ("cell", "United Nations Office on Drugs and Crime"), (WRAPPED, "(UNODC)"),
        ("states", "Sri Lanka")]


THREE_COLUMNS = (
    "Participants :\n"
    "   States                        Int'l / regional organizations       Civil society\n"
    "   Cameroon                      ECCAS                                Institute for Security\n"
    "   Central African Republic      UN Office for Disarmament              Studies (ISS)\n"
    "   Congo                           Affairs (UNODA)\n"
    "     (Republic of the)           OSCE (CPC/FSC Support Unit)\n")


def test_sections_a_table_of_three_columns_is_read_cell_by_cell_under_its_heads():
    """Heads on the value's first line beside the label's "States": each cell under its head, a
    name wrapped in the first column one cell, one wrapped in another column marked to go on with
    the cell above it (and put right after it)."""
    field = next(f for f in split_sections(THREE_COLUMNS).fields if f.key == "states")
    parts = participant_parts(THREE_COLUMNS, field.value, field.label.text)
    assert [(k, " ".join(p.text.split())) for k, p in parts] == [
        ("states", "Cameroon"), ("cell", "ECCAS"), ("civil_society", "Institute for Security"), ("+", "Studies (ISS)"),
        ("states", "Central African Republic"), ("cell", "UN Office for Disarmament"), ("+", "Affairs (UNODA)"),
        ("states", "Congo Affairs (UNODA) (Republic of the)"), ("cell", "OSCE (CPC/FSC Support Unit)")]


def test_sections_a_label_column_wrapped_without_colons_with_values_on_both_lines():
    """"Organised" over "by", "Date &" over "Venue", "Civil society /" over "academia": each one label,
    the value going on in its column (the second line's label words no value of it)."""
    fields = _fields("Event        Baltic Sea Regional Conference\n\n"
                     "Organised    Ministry of Foreign Affairs of the Republic of Poland and the\n"
                     "by           Organization for Security and Co-operation in Europe (OSCE)\n\n"
                     "Date &       17-19 May 2016\nVenue        Hotel Gdansk Boutique, Gdansk, Poland\n\n"
                     "Participating States    Japan, Malaysia\n"
                     "Civil society /         CISTEC; James Martin Center for Nonproliferation Studies\n"
                     "academia                (CNS), Monterey\n")
    assert [k for k, _ in fields] == ["event", "organizers", "dates_venue", "states", "civil_society"]
    text = "Date &       17-19 May 2016\nVenue        Gdansk, Poland\n"
    assert split_sections(text).label_gaps == [(len("Date &       17-19 May 2016"), text.index("Gdansk"))]


def test_sections_a_label_wrapped_alone_over_its_tail_and_value_is_one_field():
    """"Date and" alone over "Venue:" alone, the value on the line after: one label over two lines, its value
    the third line (read apart, "Venue" held the dates and no "Date and Venue" field dated the event)."""
    text = ("Information Note\n\nOrganizers: UNODA; hosted by the\nKavala Chamber of Commerce\n\nDate and\nVenue:\n"
            "3 to 5 June 2025, Kavala, Greece\n\nParticipants:\nStates: Greece\n")
    fields = split_sections(text).fields
    assert [(f.key, f.value.text) for f in fields if f.key == "dates_venue"] == [
        ("dates_venue", "3 to 5 June 2025, Kavala, Greece")]


def test_sections_a_label_wrapped_after_its_value_alone_under_its_head_is_one_field():
    """"c) Civil society /   ISS; …" over "   academia:" alone: one label, its value on the first line;
    the numbered heading after it opens a section, not the field's value."""
    text = ("4. Participants\n   a) States:                Botswana, Lesotho\n"
            "   c) Civil society /        ISS; University of the Free State (UFS)\n      academia:\n\n"
            "5. Objectives of the 1540 Committee experts' participation\n   * Present the status of implementation.\n")
    assert _fields(text)[-1] == ("civil_society", "ISS; University of the Free State (UFS)")


@pytest.mark.parametrize("text, expected", [
    ("PARTICIPANTS\n States                          International Organizations\n"
     " ----------------------------    ---------------------------------------\n"
     " Croatia                         INTERPOL\n Serbia\n the former Yugoslav\n   Republic of Macedonia\n",
     [("states", "Croatia"), ("cell", "INTERPOL"), ("states", "Serbia"),
      ("states", "the former Yugoslav\n   Republic of Macedonia")]),  # a name wrapped in the first column: one cell
    ("*Participants*\nStates                         International / regional organizations\n"
     "-------------------------      ----------------------------------------------\n"
     "Australia                      ASEAN Secretariat\nIndonesia                      Pacific Islands Forum "
     "Secretariat (PIFS)\nTimor-Leste                    VERTIC (civil society / co-organizer)\n\n*Background*\n",
     [("states", "Australia"), ("cell", "ASEAN Secretariat"), ("states", "Indonesia"),
      ("cell", "Pacific Islands Forum Secretariat (PIFS)"), ("states", "Timor-Leste"),
      ("cell", "VERTIC (civil society / co-organizer)")]),  # under its own label, past its heads' underlines
], ids=["a-name-wrapped-in-the-first-column", "past-the-heads-underlines"])
def test_sections_a_two_column_table_is_read_by_column(text, expected):
    field = next(f for f in split_sections(text).fields if f.key == "states")
    parts = participant_parts(text, field.value, field.label.text)
    assert [(k, p.text) for k, p in parts] == expected


def test_sections_a_label_hyphenated_alone_on_its_line_is_one_label():
    """"International orga-" alone over "nizations ........  OPCW, …": the bodies' field, not more States."""
    fields = _fields("4.  Participants\n    States ...................  Cambodia, Thailand\n    International orga-\n"
                     "    nizations ................  OPCW, ASEAN Secretariat\n")
    assert [k for k, _ in fields] == ["participants", "states", "organizations"]
    assert fields[1][1] == "Cambodia, Thailand"


def test_sections_a_label_hyphenated_alone_goes_on_in_two_words():
    """"Internat-" alone over "ional Orgs:   UNLIREC; …": the bodies' field, its rest two words."""
    fields = _fields("Participants:\n  States:       Honduras; Guatemala\n  Internat-\n"
                     "  ional Orgs:   UNLIREC; World Customs Organization (WCO)\n")
    assert [k for k, _ in fields] == ["participants", "states", "organizations"]
    assert fields[2][1].endswith("   UNLIREC; World Customs Organization (WCO)")  # the label's rest a gap in it


def test_sections_a_label_hyphenated_alone_in_capitals_is_no_heading():
    """"PARTICI-" alone over "PANTS          STATES: …": the Participants field, not a section headed "PARTICI-"."""
    fields = _fields("Organizers     UNODA\n\nPARTICI-\nPANTS          STATES: Palau, Kiribati\n"
                     "               INTERNATIONAL ORGANIZATIONS: UNODA, WCO\n")
    assert [k for k, _ in fields] == ["organizers", "participants", "organizations"]


def test_sections_a_hyphenated_word_alone_over_a_sentence_is_no_label():
    fields = _fields("Participants: Cambodia, Thailand\nThe exercise was co-\norganized by the OPCW.\n")
    assert [k for k, _ in fields] == ["participants"]


def test_sections_a_titles_line_broken_off_before_a_heading_word_goes_on_with_it():
    """"… Detection and Response at" / "Points of Entry for Southern African States": the title's second
    line, not a "Points" heading that would swallow the header's fields under it."""
    assert _fields("Regional Training Course on Detection and Response at\nPoints of Entry for West African States\n\n"
                   "Event\nRegional training course on radiation detection\n\nDate and Venue\n9 - 13 February 2026, "
                   "Tamale, Ghana\n") == [
        ("event", "Regional training course on radiation detection"),
        ("dates_venue", "9 - 13 February 2026, Tamale, Ghana")]


def test_sections_a_title_in_capitals_wrapped_in_its_column_is_one_value():
    """A title in capitals over three lines of its column: its last line ("GOODS") is no heading, and
    the fields after it are read."""
    assert _fields("EVENT:       REGIONAL CONFERENCE ON RESOLUTION 1540 (2004):\n"
                   "             MARITIME TRADE, PORTS AND DUAL-USE\n             GOODS\n\n"
                   "ORGANIZER:   UNLIREC\n") == [
        ("event", "REGIONAL CONFERENCE ON RESOLUTION 1540 (2004):\n             MARITIME TRADE, PORTS AND DUAL-USE\n"
                  "             GOODS"),
        ("organizers", "UNLIREC")]


@pytest.mark.parametrize("text, fields", [
    ("Event -           Training Course on Chemical Security\n\nOrganizer(s) -    UNLIREC\n\n"
     "Date and Venue -  10 to 13 October 2016\n",  # labels before a spaced hyphen and a column gap
     [("event", "Training Course on Chemical Security"), ("organizers", "UNLIREC"),
      ("dates_venue", "10 to 13 October 2016")]),
    ('Event:            Regional Tabletop Exercise in the Cross-Border Area ("Exercise KIWIRA\n'
     '                  SHIELD")\n\nOrganizers:       UNODA\n',  # a line in capitals that closes a bracket: no heading
     [("event", 'Regional Tabletop Exercise in the Cross-Border Area ("Exercise KIWIRA\n                  SHIELD")'),
      ("organizers", "UNODA")]),
    ("Participants:     Thailand; Viet Nam\nOrganizations:    IAEA; World Customs Organization (WCO);\n"
     "                  UNODA\nCivil society:    CII\n",  # a list going on in capitals: no heading
     [("participants", "Thailand; Viet Nam"),
      ("organizations", "IAEA; World Customs Organization (WCO);\n                  UNODA"),
      ("civil_society", "CII")]),
    ("Participants:  ** International Organizations **\n"
     "                 United Nations Assistance Mission in Afghanistan (UNAMA)\n"
     "                 UNODC\n                 1540 Committee expert\n",  # an acronym a line, in the items' column
     [("participants", "International Organizations **\n"
       "                 United Nations Assistance Mission in Afghanistan (UNAMA)\n                 UNODC\n"
       "                 1540 Committee expert")]),
], ids=["labels-before-a-spaced-hyphen", "a-bracket-closed-on-a-line-in-capitals", "a-list-going-on-in-capitals",
        "an-acronym-under-an-item-in-its-column"])
def test_sections_header_labels_and_values_in_their_columns(text, fields):
    assert _fields(text) == fields


def test_sections_a_label_as_long_as_its_column_one_space_from_its_value_is_a_field():
    """"DATES/VENUE" fills the label column: one space parts it from its value, in the values' column."""
    assert _fields("EVENT       SUB-REGIONAL SEMINAR ON BIOSECURITY\n\nORGANIZERS  Ministry of External Relations\n\n"
                   "DATES/VENUE 6 to 8 June 2023 | Lubango, Angola\n") == [
        ("event", "SUB-REGIONAL SEMINAR ON BIOSECURITY"), ("organizers", "Ministry of External Relations"),
        ("dates_venue", "6 to 8 June 2023 | Lubango, Angola")]
    assert _fields("EVENT       Seminar\n\nVENUE AND DATES were agreed in May.\n") == [("event", "Seminar")]
    assert _fields("1.  EVENT        Regional Tabletop Exercise\n\n2.  ORGANIZERS   South African Revenue Service\n\n"
                   "3.  DATE / VENUE 29 to 31 August 2023 | Mafikeng\n") == [
        ("event", "Regional Tabletop Exercise"), ("organizers", "South African Revenue Service"),
        ("dates_venue", "29 to 31 August 2023 | Mafikeng")]  # after the numbers the labels have


def test_sections_a_label_in_any_case_one_space_from_the_values_column_under_a_field_is_a_field():
    """"Date and Venue" fills the label column under "Organizers" and its wrapped value: a field; a line
    under a label with a colon, or going on in lower case, is not."""
    assert _fields("Event          Tabletop Exercise\nOrganizers     National Authority and the Department of\n"
                   "               Disaster Management\nDate and Venue February 24 to 26, 2026, Meiktila, Myanmar\n") == [
        ("event", "Tabletop Exercise"), ("organizers", "National Authority and the Department of\n"
                                                       "               Disaster Management"),
        ("dates_venue", "February 24 to 26, 2026, Meiktila, Myanmar")]
    assert _fields("Event: Roundtable on resolution 1540 (2004) in French-speaking\nStates / Table ronde\n") == [
        ("event", "Roundtable on resolution 1540 (2004) in French-speaking\nStates / Table ronde")]
    assert _fields("Event          Seminar on safety\nDate and Venue were agreed in May.\n")[1:] == []


def test_sections_labels_one_space_from_the_values_column_one_under_another():
    """"Organizer(s)" and "Date & Venue" fill the label column one under the other, the first's value wrapped in its
    column and a blank line between: both fields, as the first would be alone."""
    assert _fields("Event        Training Course on Detection\n\nOrganizer(s) Nuclear Regulatory Authority and the Revenue\n"
                   "             Authority\n\nDate & Venue 9-13 March 2026\n             Anloga, Volta Region, Ghana\n") == [
        ("event", "Training Course on Detection"),
        ("organizers", "Nuclear Regulatory Authority and the Revenue\n             Authority"),
        ("dates_venue", "9-13 March 2026\n             Anloga, Volta Region, Ghana")]


def test_sections_a_headings_word_ending_a_wrapped_title_goes_on_with_it():
    """"Event" / "Workshop on … at Land Crossing" / "Points": the title's last word, not a "Points" heading that
    would end the header; after a full stop, "Highlights" is still a heading."""
    assert _fields("Event\nWorkshop on Border Security at Land Crossing\nPoints\n\nOrganizers\nCustoms Authority\n") == [
        ("event", "Workshop on Border Security at Land Crossing\nPoints"), ("organizers", "Customs Authority")]
    assert _fields("Event\nWorkshop on Border Security.\nHighlights\n\nOrganizers\nCustoms Authority\n") == [
        ("event", "Workshop on Border Security.")]


def test_sections_a_label_word_that_goes_on_with_the_sentence_above_is_no_field():
    """"… for Pacific Island" over "States — organized by …": the sentence goes on; "States – Fiji"
    after a field's value is still a field."""
    assert _fields("Date: 8 June 2021\n\nDid not travel. Webinar, entirely online, on resolution 1540 (2004) for Pacific Island\n"
                   "States \u2014 organized by UNODA and PIFS.\n") == [("dates", "8 June 2021")]
    assert _fields("Event \u2013 Workshop on export controls for\nPacific Island States\nStates \u2013 Fiji, Samoa\n") == [
        ("event", "Workshop on export controls for\nPacific Island States"), ("states", "Fiji, Samoa")]


def test_sections_a_heading_in_capitals_after_a_value_still_ends_the_header():
    """Out of the value's column, or after a value not in capitals, a line in capitals is a heading."""
    assert _fields("EVENT:       REGIONAL CONFERENCE ON EXPORT CONTROLS\nOBJECTIVES\nTo share practice.\n") == [
        ("event", "REGIONAL CONFERENCE ON EXPORT CONTROLS")]
    assert _fields("EVENT:       Regional conference on export controls\n             OBJECTIVES\nTo share.\n") == [
        ("event", "Regional conference on export controls")]


def test_sections_a_label_column_wrapped_beside_its_values_is_one_field():
    """"INTERNATIONAL   UNODC; WCO;" over "ORGANIZATIONS   IAEA": one organizations field, not States."""
    fields = _fields("PARTICIPANTS:\n  STATES          Nepal,\n                  Sri Lanka\n"
                     "  INTERNATIONAL   UNODC; World Customs Organization (WCO);\n"
                     "  ORGANIZATIONS   International Atomic Energy Agency (IAEA)\n  CIVIL SOCIETY   RCSS\n")
    assert [key for key, _ in fields] == ["participants", "states", "organizations", "civil_society"]
    assert fields[1][1] == "Nepal,\n                  Sri Lanka"
    assert fields[2][1].startswith("UNODC; World Customs Organization (WCO);") and fields[2][1].endswith("(IAEA)")


def test_sections_a_label_column_wrapped_inside_a_name_leaves_a_gap_in_it():
    """"… (INTERPOL), World Customs" over "organizations   Organization (WCO)": one field, and the
    label's second word is a gap the cleaned view reads as a space."""
    text = ("Participants\n   States             Mali\n   International      INTERPOL, World Customs\n"
            "   organizations      Organization (WCO)\n")
    layout = split_sections(text)
    assert [f.key for f in layout.fields] == ["participants", "states", "organizations"]
    assert [text[a:b] for a, b in layout.label_gaps] == ["\n   organizations      "]


def test_sections_the_committees_row_with_a_dotted_leader_is_a_participants_label():
    fields = _fields("Participants:\n   States ........................ Bangladesh, Nepal\n"
                     "   Civil Society ................. VERTIC\n"
                     "   1540 Committee ................ one expert of the Group of Experts\n")
    assert fields[-2:] == [("civil_society", "VERTIC"), ("organizations", "one expert of the Group of Experts")]


def test_sections_a_label_column_hyphenated_over_two_lines_is_one_label():
    """"International organ-   UNODA, OSCE" over "izations:   Committee experts"."""
    layout = split_sections("Information Note\n\n Event:                 Webinar on action plans\n"
                            " Participating States:  Kazakhstan, Mongolia\n International organ-   UNODA, OSCE, 1540\n"
                            " izations:              Committee experts\n")
    assert [f.key for f in layout.fields] == ["event", "states", "organizations"]


def test_sections_a_label_column_that_a_slash_ends_over_two_lines_is_one_label():
    """"International /   Organization of American States …" over "regional orgs:   Terrorism (OAS/CICTE)"."""
    assert _fields("Participants:\n   States (6):        Belize, Mexico\n"
                   "   International /    Organization of American States - Inter-American Committee against\n"
                   "   regional orgs:     Terrorism (OAS/CICTE); UNLIREC\n")[-2:] == [
        ("states", "Belize, Mexico"), ("organizations", "Organization of American States - Inter-American Committee "
                                                        "against\n   regional orgs:     Terrorism (OAS/CICTE); UNLIREC")]


def test_sections_a_participants_tables_row_of_another_kind_is_a_part_of_its_own():
    """"Committee support | two members of the Group of Experts" under "Civil society | none" is no
    civil society body; a table whose first column lists States ("Chile | …") keeps its rows."""
    assert _fields("Event: Visit\nParticipants:\nStates | Congo; Guyana\nCivil society | none\n"
                   "Committee support | two members of the Group of Experts\n")[-2:] == [
        ("civil_society", "none"), ("participants", "two members of the Group of Experts")]


def test_sections_a_participants_table_of_two_columns_is_read_by_column():
    """"States | International organizations" heads two columns: each row's first cell a State's,
    its second a cell of bodies, a wrapped name's next line ("Pan American Health Organization" /
    "(PAHO)") marked as going on with it, right after it."""
    text = ("Participants:\nStates                    | International organizations\n"
            "Chile                     | Pan American Health Organization\nPeru                      | (PAHO)\n")
    value = next(f.value for f in split_sections(text).fields if f.key == "states")
    assert [(k, p.text) for k, p in participant_parts(text, value, "States")] == [
        ("states", "Chile"), ("cell", "Pan American Health Organization"), (WRAPPED, "(PAHO)"), ("states", "Peru")]


def test_sections_a_participants_table_that_tabs_part_is_read_by_column():
    """"States<tab>International organizations / civil society": a tab parts each row's cells, and a
    row of the first column alone ("Uzbekistan") is a State's cell."""
    text = ("Participants:\nStates\tInternational organizations / civil society\n"
            "Kazakhstan\tWorld Customs Organization (WCO)\nMongolia2\tKing's College London\nUzbekistan\n")
    value = next(f.value for f in split_sections(text).fields if f.key == "states")
    assert [(k, p.text) for k, p in participant_parts(text, value, "States")] == [
        ("states", "Kazakhstan"), ("cell", "World Customs Organization (WCO)"), ("states", "Mongolia2"),
        ("cell", "King's College London"), ("states", "Uzbekistan")]


def test_sections_a_bodys_unit_in_brackets_in_a_tables_cell_is_no_participant(parse):
    record = parse("Information Note\n\nEvent: Regional Workshop\nParticipants:\nStates\tInternational organizations\n"
                   "Kazakhstan\tKing's College London (Centre for Science and Security Studies)\n")
    assert [o.name for o in record.participants.organizations] == ["King's College London"]


@pytest.mark.parametrize("text, keys", [
    ("MINUTES – ORGANISING TEAM DEBRIEF\nRegional TTX (Swakopmund, 30 June – 2 July)\n\nMeeting date: 14 July 2026\n"
     "Location: MS Teams\n", ["other", "other"]),  # the debrief's own meeting
    ("AFTER-ACTION REVIEW (AAR)\nTabletop Exercise\n\nExercise dates: 14-15 May 2024\nLocation: Batumi, Georgia\n",
     ["dates", "venue"]),  # the exercise's
])
def test_sections_a_debriefs_own_meeting_date_and_place_are_not_the_events(text, keys):
    assert [f.key for f in split_sections(text).fields] == keys


def test_sections_a_tables_column_heads_are_no_field():
    """"\tOrganization\tRepresentation" heads a table under "Participants (International organizations):"."""
    layout = split_sections("Event: Roundtable\nParticipants (International organizations):\n\tOrganization\tRepresentation\n"
                            "\tUNODA\tWeapons of Mass Destruction Branch\n")
    assert [f.key for f in layout.fields] == ["event", "participants"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("When: 24-26 September 2018\nHosted by: Government of Fiji\nAudience: Senior officials\nLanguage: English\n",
         [("dates", "24-26 September 2018"), ("organizers", "Government of Fiji"), ("other", "Senior officials"),
          ("other", "English")]),
        ("Organizers: UNODA\nParticipants: Chile, Peru\nGuests: Mexico\n",  # inside Participants: its value
         [("organizers", "UNODA"), ("participants", "Chile, Peru\nGuests: Mexico")]),
        ("Present (in person): Chile, Peru\nObservers: Mexico\nApologies: Bolivia\n",
         [("participants", "Chile, Peru"), ("participants", "Mexico\nApologies: Bolivia")]),  # who sent apologies: parties
        ("Partners: UNRCPD; PIFS\n", [("organizers", "UNRCPD; PIFS")]),
        ("Thank you for registering.\n\nThe course is run by SENAE with the EXBS Program.\nIt is for officers.\n\n"
         "  Dates:    21 to 25 March 2022\n  Place:    Tulc\u00e1n, Ecuador\n  Ref.:     EXBS-ECU-2022-07\n",
         [("dates", "21 to 25 March 2022"), ("venue", "Tulc\u00e1n, Ecuador"), ("other", "EXBS-ECU-2022-07")]),  # an
        # abbreviation's label, and a header block after prose
        ("NEWS | 12/08/2017\n\nCNS Trains Officials\n\nEvent dates: 11/27/2017 \u2013 12/01/2017\n"
         "Location: Grand Papua Hotel, Port Moresby\n",
         [("dates", "11/27/2017 \u2013 12/01/2017"), ("venue", "Grand Papua Hotel, Port Moresby")]),
        ("Date of event ...... Wednesday, 3 March 2021\nTime ......... 10:00 \u2013 12:30\nConvened by ...... UNLIREC\n"
         "Made possible by \u2026 Canada\n",
         [("dates", "Wednesday, 3 March 2021"), ("other", "10:00 \u2013 12:30"), ("organizers", "UNLIREC"),
          ("supporters", "Canada")]),
        ("Information Note\n\nEvent \u2013 Visit to Timor-Leste\nOrganizers \u2013 1540 Committee\n"
         "Date and Venue \u2013 2 to 4 December 2025, Dili\n",
         [("event", "Visit to Timor-Leste"), ("organizers", "1540 Committee"),
          ("dates_venue", "2 to 4 December 2025, Dili")]),
    ],
    ids=["unknown-labels-end-a-field", "unknown-label-inside-participants", "minutes-attendance", "partners-organize",
         "an-abbreviations-label-in-a-block-after-prose", "caps-line-before-the-header", "dot-leaders", "dashes"],
)
def test_sections_unknown_header_labels(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Event: Workshop\nParticipants: States: Grenada, Guyana, Saint Kitts and\n\n            1\n\n"
         "              Nevis, Saint Lucia\n\nObjectives\n\nTo meet.\n",
         [("event", "Workshop"),
          ("participants", "States: Grenada, Guyana, Saint Kitts and\n\n            1\n\n              Nevis, Saint Lucia")]),
        ("Event: Workshop\nParticipants: Grenada, Guyana,\n\nPage 2 of 4\n\nJamaica\n",
         [("event", "Workshop"), ("participants", "Grenada, Guyana,\n\nPage 2 of 4\n\nJamaica")]),
        ("Event: Workshop\nParticipants: Grenada, Guyana\n\n2\n\nThe workshop opened on Monday.\n",
         [("event", "Workshop"), ("participants", "Grenada, Guyana")]),
        ("Event: Workshop\nParticipants: Grenada, Guyana,\n\nJamaica\n",
         [("event", "Workshop"), ("participants", "Grenada, Guyana,")]),
    ],
    ids=["page-number-inside-a-name", "page-of-pages-after-a-comma", "closed-value-ends-at-the-break",
         "blank-line-without-a-page-number-ends-it"],
)
def test_sections_header_value_goes_on_over_a_page_break(text, expected):
    """A page break (blank lines round a page number) inside an open header value does not end it."""
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Event:          X\nDate and        14\u201315 May 2013, Accra, Ghana\nVenue:\n\nParticipants:   Ghana\n",
         [("event", "X"), ("dates_venue", "14\u201315 May 2013, Accra, Ghana"), ("participants", "Ghana")]),
        ("Event:          X\nDate and        14\u201315 May 2013, Hotel Golden Tulip,\nVenue:          Accra, Ghana\n",
         [("event", "X"), ("dates_venue", "14\u201315 May 2013, Hotel Golden Tulip,\nVenue:          Accra, Ghana")]),
        ("Event:          X\nOrganizing      UNODA and the\nbodies:         AU Commission\n",
         [("event", "X"), ("organizers", "UNODA and the\nbodies:         AU Commission")]),
        ("Event: X\nThe meeting  was long and\nVenue: Accra\n", [("event", "X\nThe meeting  was long and"), ("venue", "Accra")]),
    ],
    ids=["date-and-over-venue", "value-goes-on-beside-the-tail", "organizing-over-bodies", "no-label-when-joined"],
)
def test_sections_label_wrapped_over_two_lines(text, expected):
    """A narrow label column wraps "Date and Venue:" as "Date and" beside the value, "Venue:" below."""
    assert _fields(text) == expected
    assert split_sections(text).fields[1].label.text in ("Date and", "Organizing", "Venue")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("INFORMATION NOTE\n\nEVENT Regional Workshop on Border Controls ORGANIZERS EAC Secretariat, UNODA DATE AND "
         "VENUE 25-27 February 2019 Arusha PARTICIPANTS States Burundi, Kenya\n\nBACKGROUND\n\nText.\n",
         [("event", "Regional Workshop on Border Controls"), ("organizers", "EAC Secretariat, UNODA"),
          ("dates_venue", "25-27 February 2019 Arusha"), ("participants", "States Burundi, Kenya")]),
        ("INFORMATION NOTE\n\nPARTICIPANTS AND ORGANIZERS OF THE REGIONAL WORKSHOP ON BORDER CONTROLS IN EAST AFRICA\n",
         []),
        ("INFORMATION NOTE\n\nEVENT Workshop on the things that organizers and participants of events do every day.\n", []),
    ],
    ids=["one-line-header", "capitals-heading-is-no-header", "one-label-is-no-header"],
)
def test_sections_header_run_together_on_one_line(text, expected):
    """A header whose table lost its line breaks: capital labels without colons, one field each."""
    assert _fields(text) == expected


def test_sections_a_label_column_wrapped_before_its_value():
    """"INTERNATIONAL" alone over "ORGANIZATIONS   PIFS, …" opens that label; read as a heading, it
    ended the header, and the organizations and civil society below it were lost."""
    text = ("PARTICIPANTS\n STATES          Fiji, Kiribati,\n                 Tonga\n INTERNATIONAL\n"
            " ORGANIZATIONS   PIFS, UNODA\n CIVIL SOCIETY   Stimson Center\n")
    assert _fields(text) == [("participants", ""), ("states", "Fiji, Kiribati,\n                 Tonga"),
                             ("organizations", "PIFS, UNODA"), ("civil_society", "Stimson Center")]
    assert split_sections(text).fields[2].label.text == "INTERNATIONAL\n ORGANIZATIONS"


def test_sections_labels_ruled_from_their_values():
    """A report's table of labels and values ruled with "|": each known label a field, a wrapped
    value cell going on, an unknown label ending the field before it."""
    text = ("Activity 3.2\n\nDates               | 2019-10-14 to 16\nLocation            | Dakar (Senegal)\n"
            "Lead partner        | Expertise France\nNational host       | Government of Senegal (Ministry of the\n"
            "                    | Armed Forces)\nBudget line         | 3.2\n")
    assert _fields(text) == [("dates", "2019-10-14 to 16"), ("venue", "Dakar (Senegal)"), ("organizers", "Expertise France"),
                             ("organizers", "Government of Senegal (Ministry of the\n                    | Armed Forces)"),
                             ("other", "3.2")]
    assert split_sections(text).fields[0].label.text == "Dates"


def test_sections_a_markdown_infobox_is_a_header():
    """A wiki page's infobox as a Markdown table: "| **Dates** | value |" is a field, without the
    rules and the bold marks; the rule line and the title row are no fields."""
    text = ("| 2018 Roundtable | |\n|---|---|\n| **Dates** | November 27\u201329, 2018 |\n"
            "| **Location** | Furama Resort, Da Nang, Viet Nam |\n| Organizers | MOIT; CITS |\n\nThe roundtable met.\n")
    assert _fields(text) == [("dates", "November 27\u201329, 2018"), ("venue", "Furama Resort, Da Nang, Viet Nam"),
                             ("organizers", "MOIT; CITS")]


@pytest.mark.parametrize("top, rule, bar, bottom", [
    ("\u250c" + "\u2500" * 12 + "\u252c" + "\u2500" * 26 + "\u2510", "\u251c" + "\u2500" * 12 + "\u253c" + "\u2500" * 26 + "\u2524",
     "\u2502", "\u2514" + "\u2500" * 12 + "\u2534" + "\u2500" * 26 + "\u2518"),
    ("+" + "-" * 12 + "+" + "-" * 26 + "+", "+" + "=" * 12 + "+" + "=" * 26 + "+", "|", "+" + "-" * 12 + "+" + "-" * 26 + "+"),
], ids=["box-drawn", "ascii"])
def test_sections_a_drawn_table_is_a_header(top, rule, bar, bottom):
    """A press kit's table drawn in a text editor, box-drawn ("\u2502 Where \u2502 …") or in ASCII
    ("+-----+"): each row a field, its border and row rules no text, so no value runs into them."""
    rows = [("Event", "Regional Workshop"), ("Dates", "14\u201316 May 2019"), ("Venue", "Tashkent, Uzbekistan")]
    lines = [top]
    for label, value in rows:
        lines += [f"{bar} {label:<10} {bar} {value:<24} {bar}", rule]
    text = "\n".join(lines[:-1] + [bottom]) + "\n\nThe workshop met.\n"
    assert _fields(text) == [("event", "Regional Workshop"), ("dates", "14\u201316 May 2019"), ("venue", "Tashkent, Uzbekistan")]


def test_sections_label_words_in_the_body_are_text():
    text = "Event: X\nOrganizers: Y\n\nBackground\nThe venue was changed.\nDate: later than planned.\n"
    assert _fields(text) == [("event", "X"), ("organizers", "Y")]


def test_sections_a_block_of_labels_after_prose_is_a_header():
    """A report's activity block after its prose: a run of labels, two of the event's own fields,
    is the header all the same; a lone label in the body stays text, and only the first block counts."""
    text = ("FINAL NARRATIVE REPORT\nThe project supported States in Africa for two years, as the Council decided "
            "in its decision of July 2013, through national and regional workshops, country visits and dialogues on the "
            "implementation of the resolution, and reports here on each of its activities.\n\n"
            "Activity 3.2   National workshop - Madagascar\n\n"
            "  Planned timing:   Q3 2014\n  Actual dates:     25-27 November 2014\n"
            "  Venue:            Hotel Colbert, Antananarivo\n  Lead / partners:  UNODA, in cooperation with the\n"
            "                    Ministry of Foreign Affairs\n\nThe workshop met. Date: later than planned.\n\n"
            "  Actual dates:     3 June 2015\n  Venue:            Antananarivo\n  Status:           Done\n")
    assert _fields(text) == [
        ("other", "Q3 2014"), ("dates", "25-27 November 2014"), ("venue", "Hotel Colbert, Antananarivo"),
        ("organizers", "UNODA, in cooperation with the\n                    Ministry of Foreign Affairs")]


def test_sections_a_block_of_labels_after_prose_may_wrap_its_values():
    """A booking's "Dates:" and "Place:" block, values wrapped in their column: still a block of labels."""
    text = ("Tolketjenesten Midt AS \u2014 Sign Language Interpreting\nBooking confirmation\n"
            "Ref.: TM-2012-1184                                      Trondheim, 21 May 2012\n\n"
            "To: Section for Disarmament and Non-Proliferation, Royal Norwegian Ministry of Foreign\n"
            "    Affairs (Oslo) \u2014 att. conference secretariat\nCc: NTNU Conference Services, Gl\u00f8shaugen\n\n"
            "Dear Ms. Lunde,\n\nThank you for your request of 14 May. We are pleased to confirm the booking of\n"
            "interpreters for the Nordic-Baltic Conference on implementing Security Council\n"
            "resolution 1540 (2004), which the Ministry is organizing with NTNU as host\ninstitution, as follows.\n\nAssignment\n"
            "  Dates:     Tuesday 5 June 2012, 09:00\u201317:30 and Wednesday 6 June 2012, 09:00\u201315:00\n"
            "             (two conference days; no interpreting needed for the reception in the\n"
            "             evening of 4 June at the Archbishop's Palace)\n"
            "  Place:     NTNU Gl\u00f8shaugen, Realfagbygget, auditorium R1, Trondheim\n"
            "  Languages: International Sign <-> spoken English; Norwegian Sign Language (NTS) on\n"
            "             request during the opening only\n"
            "  Team:      two interpreters in rotation (20-minute turns) each day, plus one\n"
            "             deaf-interpreter consultant for the first morning\n")
    assert ("venue", "NTNU Gl\u00f8shaugen, Realfagbygget, auditorium R1, Trondheim") in _fields(text)


def test_sections_a_mails_header_lines_do_not_stand_for_a_block_of_labels_after_its_prose():
    """A registration confirmation: "From:", "To:", "Date:" head the mail; the event's own block
    after its prose ("Event date(s):", "Venue:") is read all the same, and the mail's is no late block."""
    text = ("From: UNRCPD Events <no-reply@events.unrcpd.org>\nTo: Sione Fifita\nDate: Thu, 9 Apr 2026 14:22:07 +1200\n\n"
            "Thank you for registering. This is an automatic message.\n\nEVENT DETAILS\n"
            "Event title:            Webinar on National Action Plans\nOrganized by:           UNRCPD\n"
            "Event date(s):          Wednesday, 22 April 2026\nVenue:                  Online (Zoom)\n")
    assert [f for f in _fields(text) if f[0] in ("event", "organizers", "dates", "venue")][-4:] == [
        ("event", "Webinar on National Action Plans"), ("organizers", "UNRCPD"),
        ("dates", "Wednesday, 22 April 2026"), ("venue", "Online (Zoom)")]


def test_sections_a_pages_front_matter_gives_no_fields():
    text = ('---\ntitle: "An industry seminar"\ndate: 2019-11-12T09:30:00+00:00\nlocation: "London, UK"\n---\n\n'
            "Last week our team was in Bangkok.\n\nDate: 5 November 2019\n")
    layout = split_sections(text)
    assert layout.front_matter is not None and layout.front_matter.text.startswith("---\ntitle")
    assert _fields(text) == [("dates", "5 November 2019")]


# --- body sections -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("Objectives for a 1540 Committee expert participation\n\n- one;\n- two.\n",
         [("objectives", "Objectives for a 1540 Committee expert participation", ["one;", "two."])]),
        ("Background\n\nSome text.\n\nHighlights\n\nFirst.\n\nSecond.\n",
         [("background", "Background", ["Some text."]), ("highlights", "Highlights", ["First.", "Second."])]),
        ("## Summary\nThe seminar was held.\n\n## Outcomes\n1. One outcome.\n2) Another outcome.\n",
         [("summary", "Summary", ["The seminar was held."]), ("outcomes", "Outcomes", ["One outcome.", "Another outcome."])]),
        ("**Follow-up**\n\u2022 more work.\n\n**Additional Comments**\nNone.\n",
         [("follow_up", "Follow-up", ["more work."]), ("additional_comments", "Additional Comments", ["None."])]),
        ("BACKGROUND\nx\n\nWAY OF WORKING\ny\n\n## Programme\nz\n\n**Participants list**\nw\n",
         [("background", "BACKGROUND", ["x"]), ("other", "WAY OF WORKING", ["y"]), ("other", "Programme", ["z"]),
          ("other", "Participants list", ["w"])]),
        ("**Key Findings\ntext3\n\nOUTCOMES:\ntext4\nFollow up: inline text here.\n",
         [("outcomes", "Key Findings", ["text3"]), ("outcomes", "OUTCOMES", ["text4"]),
          ("follow_up", "Follow up", ["inline text here."])]),
        ("Highlights\n- a bullet\n## Programme\ntext\n", [("highlights", "Highlights", ["a bullet"]),
                                                        ("other", "Programme", ["text"])]),
    ],
    ids=["objectives-bullets", "background-highlights", "hash-headings-numbered", "bold-headings-bullet-dot",
         "caps-and-unknown-headings", "unbalanced-and-colon-and-inline", "hash-heading-after-bullet"],
)
def test_sections_body_headings(text, expected):
    assert _sections(text) == expected


@pytest.mark.parametrize(
    "text,heading",
    [("Highlights\n\nThe meeting was held.\n", "Highlights"),
     ("## Objectives of the workshop\n- a\n", "Objectives of the workshop"),
     ("Highlights\n1) First point.\n(2) Second point.\n", "Highlights")],
    ids=["plain", "hash", "numbered-items"],
)
def test_sections_first_line_heading_is_not_the_title(text, heading):
    layout = split_sections(text)
    assert layout.title is None and layout.sections[0].heading.text == heading


@pytest.mark.parametrize(
    "text,title",
    [("Information Note \u00b9\n\nEvent: X\n", "Information Note"),
     ("INFORMATION NOTE\n\nEvent: X\nOrganizers: Y\n", "INFORMATION NOTE"),
     ("**Information Note**\r\n\r\nEvent: X\r\n", "Information Note")],
    ids=["superscript-marker", "all-caps", "bold-crlf"],
)
def test_sections_title(text, title):
    layout = split_sections(text)
    assert layout.title is not None and layout.title.text == title
    assert layout.is_information_note


# --- artifacts -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,items,footnotes",
    [
        ("Highlights\r\n\r\nThe first para-\r\ngraph goes on.\r\n\r\n2\r\n\r\n\u00b9 For information only.\r\n\r\nThe second.\r\n",
         ["The first para-\r\ngraph goes on.", "The second."], [("\u00b9", "For information only.")]),
        ("Highlights\n\nThe meeting was held(1) in Vienna.\n\n(1) See the report.\n\nThe second paragraph.\n",
         ["The meeting was held(1) in Vienna.", "The second paragraph."], [("1", "See the report.")]),
        ("Objectives\n- one\n- two\n\nPage 2 of 5\n\n(1) A footnote dropped by a page break.\n\n- three\n",
         ["one", "two", "three"], [("1", "A footnote dropped by a page break.")]),
        ("Highlights\n1) First point.\n(2) Second point.\n(3) Third point.\n",
         ["First point.", "Second point.", "Third point."], []),
        ("Highlights\n\nText with a marker\u00b9 and more.\n12-34567 (E)\n- 3 -\nContinues here.\n",
         ["Text with a marker\u00b9 and more.", "Continues here."], []),
        ("Highlights\n\nThe text is broken\nmid-sentence and a word is bro-\nken too.\n",
         ["The text is broken\nmid-sentence and a word is bro-\nken too."], []),
        ("Highlights\n\n\u00a0\u00a0Text after no-break spaces.\u00a0\n",
         ["Text after no-break spaces."], []),
        ("Highlights\n\n**Bold text** and *italic* text.\n\n*Unbalanced bold.\n",
         ["Bold text** and *italic* text.", "Unbalanced bold."], []),
        ("Note*\n\nHighlights\n\nText.\n\n*For information only.\n\nMore.\n",
         ["Text.", "More."], [("*", "For information only.")]),
        ("Highlights\n\nThe seminar on resolution 1540 (2004)[1] met.[2]\n\n________\n[1] Hereafter the seminar.\n"
         "[2] At the Cinnamon Grand Hotel.\n", ["The seminar on resolution 1540 (2004)[1] met.[2]"],
         [("1", "Hereafter the seminar."), ("2", "At the Cinnamon Grand Hotel.")]),
        ("Highlights\n[1] First point.\n[2] Second point.\n", ["First point.", "Second point."], []),
    ],
    ids=["superscript-footnote-page-number", "numbered-footnote-cited", "numbered-footnote-between-bullets",
         "numbered-list-stays-items", "job-number-and-dash-page", "mid-sentence-and-mid-word", "nbsp",
         "asterisks", "asterisk-footnote", "bracketed-footnotes-cited", "bracketed-list-stays-items"],
)
def test_sections_artifacts(text, items, footnotes):
    layout = split_sections(text)
    assert [i.text for s in layout.sections for i in s.items] == items
    assert [(f.marker, f.body.text) for f in layout.footnotes] == footnotes


def test_sections_sample(sample_raw):
    layout = split_sections(sample_raw)
    assert layout.title is not None and layout.title.text == "Information Note"
    assert [f.key for f in layout.fields] == ["event", "organizers", "dates_venue", "participants", "organizations",
                                              "civil_society"]
    assert [(s.key, len(s.items)) for s in layout.sections] == [
        ("objectives", 3), ("background", 1), ("highlights", 3), ("additional_comments", 1)]
    assert [f.marker for f in layout.footnotes] == ["\u00b9"]
    highlights = " ".join(i.text for i in layout.sections[2].items)
    assert "not an official report" not in highlights


@pytest.mark.parametrize(
    "text",
    ["Just some prose. Nothing else.\n\nA second paragraph about the meeting.\n",
     "The workshop took place. It was useful.",
     "the meeting went well.\nanother line.\n"],
    ids=["two-paragraphs", "one-line", "lower-case"],
)
def test_sections_unstructured_text_gives_paragraphs(text):
    layout = split_sections(text)
    assert layout.title is None and not layout.fields and not layout.sections and not layout.footnotes
    assert layout.paragraphs and not layout.is_information_note


@pytest.mark.parametrize(
    "text,note",
    [
        ("Event: Workshop on X\nOrganizer: UNICRI\nEvent dates: 5 - 7 November 2023\n", False),
        ("Event: Workshop on X\nOrganizers: UNICRI\nParticipants: Iraq, Jordan\n", True),
        ("Event: Workshop on X\nDate and Venue: 5 - 7 November 2023, Amman, Jordan\n", True),
        ("Page 1 of 3\n\n\n1540 Committee\nInformation Note\u00b9\n\n\nEvent\nCourse on X\n\nOrganizers\nUNRCPD\n\n"
         "Date & place\n13\u201316 May 2025\nDa Nang, Viet Nam\n\nBackground\n\nThe course was the third.\n", True),
        ("UNITED NATIONS\nSecurity Council Committee established pursuant to resolution 1540 (2004)\n\n"
         "                              Information Note*\n\nEvent: Regional Conference on X\n"
         "Organizer(s): UNODA\nDate and Venue: 3-5 February 2026, Riyadh, Saudi Arabia\n", True),
        ("UNITED NATIONS\nSecurity Council Committee established pursuant to resolution 1540 (2004)\n"
         "                              Information Note\n\nEvent:\nRegional Conference on X\n\nOrganizers:\nUNODA\n\n"
         "Date and Venue:\n15-17 July 2025, Mocuba, Mozambique\n\nObjectives\nTo raise awareness.\n", True),
    ],
    ids=["two-labels-of-a-booking", "three-header-labels", "date-and-venue-and-one-more",
         "a-title-on-two-lines-above-labels-on-their-own-lines", "the-committees-name-over-the-title-over-labels",
         "the-committees-name-and-the-title-in-one-paragraph"],
)
def test_sections_an_information_note_has_its_header_block(text, note):
    """Three of the header's labels (Event, Organizers, Date and Venue, Participants), or its
    "Date and Venue" and one more: a booking's "Event:" and "Organizer:" alone make no such note."""
    assert split_sections(text).is_information_note is note


# --- invariants ----------------------------------------------------------------------------------

_SHAPES = st.sampled_from(["Event:", "Organizers", "**", "*", "- ", "\u2022 ", "1. ", "1) ", "(1) ", "\u00b9", "## ",
                           "\r\n", "\n", "\n\n", "\u00a0", "Highlights", "BACKGROUND", "Page 2 of 5", "States:", "-\n",
                           "word", "Word.", " ", ":", "\t", "12-34567 (E)"])


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "*", "**", "-", "1.", "\u00b9", "Event:", "Participants:\nStates:", "\r", "\u00a0", "#", "## ",
     "(1)", "A\u2028B", "\ufeff"],
)
def test_sections_degenerate_inputs_do_not_raise(text):
    layout = split_sections(text)
    assert all(text[p.start:p.end] == p.text for p in _pieces(layout))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_SHAPES, st.text(max_size=8)), max_size=30).map("".join))
def test_sections_never_raise_and_spans_are_grounded(text):
    layout = split_sections(text)
    assert all(text[p.start:p.end] == p.text for p in _pieces(layout))


def test_sections_sample_spans_are_grounded(sample_raw):
    assert all(sample_raw[p.start:p.end] == p.text for p in _pieces(split_sections(sample_raw)))


@pytest.mark.parametrize(
    "unit",
    ["(1) Note here.\n" * 300, "Held(1) there.\n\n(1) Note here.\n\n" * 150, "- item\n(2) note\n" * 200,
     "*Text* and note*\n*Footnote.\n" * 200, "HEADING\n" * 400, "Event:\n" * 400],
    ids=["numbered-notes", "cited-notes", "bullets-and-notes", "asterisks", "caps-headings", "empty-labels"],
)
def test_sections_linear_time(unit):
    ratio = growth(split_sections, unit, unit * 4)
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", "l'eau", "co-operation", "Kyrgyz\u2019s", "-", "'", " ", "\n", "1540", ",", "\u00e9t\u00e9", "."]),
                max_size=80).map("".join))
def test_sections_thirty_words_check_agrees_with_word_count(text):
    assert bool(_AT_LEAST_30_WORDS.match(text)) == (word_count(text) >= 30)


_LINE_BITS = st.sampled_from(["Title of the event", "Event", "co-organisers", "Organizer(s)", "hosted by", "HOSTS", "ios", "NGOs",
                              "think-tank", "Date(s) & venue", "Venue/date", "start date", "When", "Others", "The", "In", ":",
                              " : ", "** ", "\t", "  ", "\u00a0", " ", "*", "-", "1.", "(a)", "#", ">", "\u017ftates", "x"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_BITS, min_size=1, max_size=6).map("".join))
def test_sections_prechecks_never_skip_a_match(line):
    if FIELD_RE.match(line):
        assert _may_be_label(line[:3])
    if line[0].isascii() and line[0] not in _LEAD_STARTS:
        assert LEAD_RE.match(line).end() == 0


def test_sections_numbered_paragraphs_labels_are_fields():
    """A report's numbered paragraphs open with labels: "3.2  Dates:" is the dates field (not
    "12.03.2019 Workshop", a date at a line's start)."""
    layout = split_sections("3. THE EVENT\n\n3.1  Title: National Workshop\n\n3.2  Dates: 3-5 June 2025\n\n"
                            "12.03.2019 Workshop opened\n")
    assert [(f.key, f.value.text) for f in layout.fields] == [("event", "National Workshop"), ("dates", "3-5 June 2025")]


def test_sections_labels_below_the_prose_make_no_information_note():
    """An Information Note's header block opens it; the same labels deep in a memo's paragraphs
    are fields all the same, but no header."""
    labels = "Event: Workshop on export control\nOrganizers: UNODA\nParticipants: Ghana, Togo\n"
    assert split_sections("Information\n\n" + labels + "\nBackground\n\nThe event built on earlier work.\n").is_information_note
    memo = split_sections("INTERNAL MEMORANDUM\n\nThis memorandum asks for the release of funds for a workshop.\n\n" + labels)
    assert [f.key for f in memo.fields] == ["event", "organizers", "participants"] and not memo.is_information_note


NUMBERED_NOTE = ("Information Note\n\nEvent:  Workshop\nOrganizers:  UNLIREC\nDate and venue:  5 May 2020, Lima, Peru\n\n"
                 "1.  Objectives of the 1540 Committee experts' participation\n \u2022  To present.\n\n"
                 "2.  Background\nThe workshop follows.\n\nIII. HIGHLIGHTS\nThe.\n\n4.  Additional comments\nNone.\n")


def test_sections_an_information_notes_numbered_headings_are_its_sections():
    assert [s.key for s in split_sections(NUMBERED_NOTE).sections] == [
        "objectives", "background", "highlights", "additional_comments"]


def test_sections_numbered_heading_words_elsewhere_are_a_lists_items():
    """A memo's "2. BACKGROUND" stays its own; so does a numbered point that only opens with a
    heading's word ("3. Background checks were run.")."""
    assert [s.key for s in split_sections("MEMO\n\n1. PURPOSE\nTo ask.\n\n2. BACKGROUND\nThe workshop.\n").sections] \
        == []
    assert [s.key for s in split_sections(NUMBERED_NOTE.replace("2.  Background\n", "2.  Background checks were run.\n"))
            .sections] == ["objectives", "highlights", "additional_comments"]


def test_sections_an_information_note_heading_under_a_document_symbol():
    text = ("S/AC.44/2022/NOTE.87                                        17 October 2022\n\n"
            "                    **INFORMATION NOTE**\n"
            "      Security Council Committee established pursuant to resolution 1540 (2004)\n\n"
            "**Event:**    Sub-regional Seminar on Strategic Trade Controls\n\n"
            "**Organizer(s):** United Nations Office for Disarmament Affairs (UNODA)\n\n"
            "**Dates:**    11 to 13 October 2022\n\n**Venue:**    Budva, Montenegro\n\n"
            "**Objectives**\n\nTo raise awareness.\n")
    assert split_sections(text).is_information_note


@pytest.mark.parametrize("label, key", [("WITH THE FINANCIAL SUPPORT OF", "supporters"), ("With the support of", "supporters"),
                                        ("In cooperation with", "organizers")])
def test_sections_support_and_cooperation_labels_keep_the_header_going(label, key):
    text = (f"INFORMATION NOTE\n\nNAME OF ACTIVITY:   Subregional Seminar\n\nORGANIZERS:\n   UNLIREC\n\n{label}:\n"
            "   Global Affairs Canada\n\nDATE AND VENUE:     8-9 May 2019, Antigua Guatemala, Guatemala\n\n"
            "OBJECTIVES\n\nTo raise awareness.\n")
    layout = split_sections(text)
    assert [f.key for f in layout.fields] == ["event", "organizers", key, "dates_venue"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("NOTA INFORMATIVA\n\n* Evento: Curso sobre la resolución 1540\n* Organizadores: UNLIREC\n"
         "* Fecha y lugar: 4 March 2024, Lima, Peru\n* Participantes:\n** Estados: Argentina, Peru\n"
         "** Organizaciones internacionales: OAS\n** Sociedad civil: Stimson Center\n\nObjetivos / Objectives\n\n"
         "To train officials.\n",
         [("event", "Curso sobre la resolución 1540"), ("organizers", "UNLIREC"),
          ("dates_venue", "4 March 2024, Lima, Peru"), ("participants", ""), ("states", "Argentina, Peru"),
          ("organizations", "OAS"), ("civil_society", "Stimson Center")]),
        ("NOTE D'INFORMATION\n\nÉvénement : Atelier régional\nOrganisateurs : UNODA\nDates et lieu : 3-4 May 2023, "
         "Lomé, Togo\nParticipants :\nÉtats : Bénin, Togo\nSociété civile : VERTIC\n\nContexte\n\nThe workshop built on.\n",
         [("event", "Atelier régional"), ("organizers", "UNODA"), ("dates_venue", "3-4 May 2023, Lomé, Togo"),
          ("participants", ""), ("states", "Bénin, Togo"), ("civil_society", "VERTIC")]),
    ],
    ids=["spanish", "french"],
)
def test_sections_an_information_note_with_spanish_or_french_labels(text, expected):
    layout = split_sections(text)
    assert _fields(text) == expected
    assert layout.is_information_note and layout.sections[0].key in ("objectives", "background")


def test_sections_a_table_rule_after_a_labels_colon_is_no_part_of_its_value():
    assert _fields("Event: Regional Workshop\nParticipants:\n*States:* | Botswana, Namibia\n"
                   "*Civil society:* | Institute for Security Studies (ISS)\n") == [
        ("event", "Regional Workshop"), ("participants", ""), ("states", "Botswana, Namibia"),
        ("civil_society", "Institute for Security Studies (ISS)")]


@pytest.mark.parametrize("heading", ["SAVE THE DATE", "Coming up", "Forthcoming events"])
def test_sections_a_save_the_date_heading_opens_a_follow_up_section(heading):
    layout = split_sections(f"The workshop was held on 21 May 2025.\n\n{heading}\n\nThe next meeting is in October.\n")
    assert [s.key for s in layout.sections][-1] == "follow_up"


def test_sections_a_venue_label_alone_takes_the_next_lines_place_and_its_colon():
    text = ("WHEN\n30 September – 2 October 2025\n\nWHERE\nBaku: Ministry of Foreign Affairs (plenary sessions); "
            "Alat port (site visits)\n\nWHO\n- Host: the Government of Azerbaijan\n")
    assert _fields(text)[:2] == [
        ("dates", "30 September – 2 October 2025"),
        ("venue", "Baku: Ministry of Foreign Affairs (plenary sessions); Alat port (site visits)")]


def test_sections_an_event_label_alone_before_a_name_label_keeps_the_name_label():
    text = "EVENT\n  Name:    National Workshop on Strategic Trade Controls\n  Dates:   11-Mar-2025 to 13-Mar-2025\n"
    assert ("other", "National Workshop on Strategic Trade Controls") in _fields(text)


def test_sections_a_label_with_a_footnote_marker_is_a_label():
    text = ("Information Note\n\nEvent               Roundtable on Biosecurity\n\n"
            "Participants\u00b9       States: Egypt, Jordan\n"
            "                    International organizations: League of Arab States\n"
            "                    (LAS); UNODA\n")
    layout = split_sections(text)
    assert [f.key for f in layout.fields][:2] == ["event", "participants"]


def test_sections_a_count_under_a_label_is_no_footnote():
    assert _fields("Event    Conference\n\nParticipating States    Japan, Malaysia, Philippines,\n"
                   "(7)                     Thailand, Viet Nam\n\nIntern. Organizations   UNODA\n")[1:] == [
        ("states", "Japan, Malaysia, Philippines,\n(7)                     Thailand, Viet Nam"),
        ("organizations", "UNODA")]


def test_sections_an_information_note_titled_letter_by_letter():
    text = ("                        Security Council Committee established pursuant to\n"
            "                                     resolution 1540 (2004)\n\n"
            "                                  I N F O R M A T I O N   N O T E\n\n"
            "EVENT :                  Subregional Training Course on Customs Enforcement\n"
            "DATES AND VENUE :        9 to 13 September 2024 - Piura, Peru\n\nBACKGROUND\nThis was the second edition.\n")
    assert split_sections(text).is_information_note


def test_sections_an_events_title_spaced_letter_by_letter_opens_no_prose_before_the_header():
    """A title spaced out letter by letter counts its words, not its letters: no paragraph of prose
    comes before the header block, whose fields are read."""
    text = ("1540 Committee \u2013 Information Note\n\n"
            "R e g i o n a l   S e m i n a r   o n   S t r a t e g i c   T r a d e   C o n t r o l s\n"
            "in Free Zones and Transshipment Hubs\n\n* Event: Regional seminar\n\n"
            "* Organizer(s): Executive Office for Control and Non-Proliferation (EOCN)\n\n"
            "* Date and Venue: 10-11 February 2025, Ajman, United Arab Emirates\n\nObjectives\nTo share experience.\n")
    layout = split_sections(text)
    assert [f.key for f in layout.fields] == ["event", "organizers", "dates_venue"]


def test_sections_a_committees_name_over_the_note_opens_no_prose_before_its_header():
    text = ("                        SECURITY COUNCIL COMMITTEE ESTABLISHED PURSUANT TO\n"
            "                                    RESOLUTION 1540 (2004)\n\n"
            "                                     Information note\n\n"
            "*Event*: Amazon Basin Tabletop Exercise\n\n*Organizer(s)*: OAS/CICTE\n\n"
            "*Date and venue*: 9\u201311 September 2025, Bel\u00e9m, Brazil\n\n*Participants*: Bolivia, Brazil\n\n"
            "**Background:\nCICTE has worked with Amazon States since 2001.\n")
    assert split_sections(text).is_information_note


def test_sections_a_committees_whole_name_on_one_line_over_the_note_opens_no_prose_before_its_header():
    """"COMMITTEE ESTABLISHED PURSUANT TO RESOLUTION 1540 (2004)" on one line, over an indented "Information
    Note" and the header fields: a note, though the title reads as that line's first item."""
    text = ("                         UNITED NATIONS SECURITY COUNCIL\n"
            "              COMMITTEE ESTABLISHED PURSUANT TO RESOLUTION 1540 (2004)\n\n"
            "                               Information Note\n\n"
            "Event: National Workshop on Strategic Trade Controls\n\n"
            "Organizers: Ministry of External Affairs (MEA), Government of India\n\n"
            "Date and Venue: 11-13 February 2025, Ramagundam, India\n\nParticipants:\n   States: India, Nepal\n\n"
            "Objectives\n\u2022  To familiarize officials with resolution 1540 (2004).\n")
    assert split_sections(text).is_information_note


def test_sections_a_star_line_under_a_rule_is_the_footnote_the_title_star_refers_to():
    """"INFORMATION NOTE*" … "_____" / "* Prepared by …": conversion put a space after the star; under a
    drawn rule the line is still the footnote, not the value of the empty label above it."""
    text = ("INFORMATION NOTE*\n\nEvent:           Regional Training Course\n"
            "Civil society    \u2013\n\n_____\n"
            "* Prepared by the 1540 Committee experts for information purposes only. Not an official\n"
            "document of the Committee.\n\nBackground\n\nThe course followed a national one.\n")
    layout = split_sections(text)
    assert [(n.marker, n.body.text) for n in layout.footnotes] == [
        ("*", "Prepared by the 1540 Committee experts for information purposes only. Not an official\n"
              "document of the Committee.")]
    assert not any("Prepared" in f.value.text for f in layout.fields)


def test_sections_a_committees_name_pushed_right_over_the_note_is_its_title():
    """A converter right-aligns "United Nations … Security Council Committee / established pursuant to
    resolution / 1540 (2004)" with runs of spaces, then "Information Note" and a bold event title before
    "**Event:**": the block counts as a title by its words, not by its padding."""
    pad = " " * 60
    text = (f"United Nations{pad}Security Council Committee\n{pad}established pursuant to resolution\n"
            f"{pad}{' ' * 20}1540 (2004)\nInformation Note\n\n"
            "**Regional Table-top Exercise on Response to an Incident Involving Toxic Chemicals in\nan Industrial Park**\n\n"
            "**Event:** Exercise\n**Organizers:** Vietnam Chemicals Agency\n**Date and Venue:** 5-7 November 2024, "
            "Ben Cat City, Viet Nam\n\n**Objectives**\nTest the coordination.\n")
    assert split_sections(text).is_information_note


def test_sections_a_line_opening_on_next_week_is_prose_not_a_follow_up_heading():
    """"Next week, Monday to Friday, Pak Budi … (refrigeration" wraps a paragraph; "Next dates" heads one."""
    text = ("OUR PLANT GOES BACK TO SCHOOL\nNext week, Monday to Friday, Pak Budi Santoso (refrigeration\n"
            "supervisor) will attend a national training course.\n\nNext dates\n\n- 8 August: safety talk\n")
    keys = [(s.key, s.heading.text) for s in split_sections(text).sections]
    assert ("follow_up", "Next dates") in keys
    assert all(not heading.startswith("Next week") for _, heading in keys)
