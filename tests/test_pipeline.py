"""End to end: raw note -> grounded, validated record, on the sample and on small notes of our own."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noteparse import Pipeline
from noteparse.reading import read_bytes
from noteparse.record import Record, grounding_errors

OTHER_SPELLINGS = """INFORMATION NOTE

TITLE OF EVENT: Regional Seminar on Export Controls
ORGANISERS: United Nations Office for Disarmament Affairs (UNODA)
PLACE AND DATE: Vienna, Austria, 1-2 May 2013
PARTICIPANTS:
- States: Austria, Hungary, the Republic of Korea
- International organizations: International Atomic Energy Agency (IAEA)
- Civil society: a university

HIGHLIGHTS

The seminar discussed resolutions 1540 (2004) and 1977 (2011).
"""

ARTIFACTS = """**Information Note**\u00b9\r
\r
**Event:** Workshop on Strategic Trade\r
**Organized by:** Organization for Security and Co-operation in Europe (OSCE)\r
**Dates + Venue:** 13-15 March 2012,\r
Ashgabat, Turkmenistan\r
**Participants:** *States:* the Russian\r
Federation, Switzerland\r
\r
## Highlights\r
\r
The workshop in Ashgabat discussed licens-\r
ing and dual-\r
use goods; licensing was the theme.\r
\r
Page 2 of 3\r
\r
\u00b9 For information, not an official report.\r
\r
The discussions went on in Central Asia.\r
"""

NO_STRUCTURE = "the meeting went well and people talked about things for a while\n\nnothing else happened\n"


def _notes(small_note: str, prose_note: str) -> dict[str, str]:
    return {"small": small_note, "small-crlf": small_note.replace("\n", "\r\n"), "prose": prose_note,
            "other-spellings": OTHER_SPELLINGS, "artifacts": ARTIFACTS, "no-structure": NO_STRUCTURE}


# --- the sample's golden facts (issue 2), one by one -------------------------------------------

def test_pipeline_sample_event(sample_record):
    event = sample_record.event
    assert event is not None and event.kind == "workshop"
    assert event.name.startswith("Workshop on Customs Procedures")
    assert event.name.endswith("Through Information Sharing")


def test_pipeline_sample_dates(sample_record):
    dates = sample_record.dates
    assert dates is not None and (dates.start, dates.end, dates.precision) == ("2012-03-13", "2012-03-15", "day")


def test_pipeline_sample_venue(sample_record):
    venue = sample_record.venue
    assert venue is not None and (venue.city, venue.country, venue.country_code) == ("Ashgabat", "Turkmenistan", "TKM")


@pytest.mark.parametrize(
    "i,name,acronym,kind,code,text",
    [
        (0, "Government of Turkmenistan", None, "government", "TKM", "Government of Turkmenistan"),
        (1, "Organization for Security and Co-operation in Europe", "OSCE", "international_organization", None,
         "Organization for Security and Co-operation in Europe"),
        (2, "United Nations Office for Disarmament Affairs", "UNODA", "un_body", None,
         "UN Office for Disarmament Affairs"),
    ],
)
def test_pipeline_sample_organizers(sample_record, i, name, acronym, kind, code, text):
    assert len(sample_record.organizers) == 3
    org = sample_record.organizers[i]
    assert (org.name, org.acronym, org.kind, org.country_code, org.text) == (name, acronym, kind, code, text)


def test_pipeline_sample_participating_states(sample_record):
    assert [(s.name, s.code) for s in sample_record.participants.states] == [
        ("Kazakhstan", "KAZ"), ("Kyrgyzstan", "KGZ"), ("Mongolia", "MNG"), ("Russian Federation", "RUS"),
        ("Switzerland", "CHE"), ("Tajikistan", "TJK"), ("Turkmenistan", "TKM"), ("United States of America", "USA")]


@pytest.mark.parametrize(
    "i,acronym,fragment",
    [(0, "OSCE", "Organization for Security and Co-operation in Europe"), (1, "WCO", "World Customs Organization"),
     (2, None, "1540"), (3, "UNODA", "Office for Disarmament Affairs")],
    ids=["osce", "wco", "1540-committee-expert", "unoda-the-organizer"],
)
def test_pipeline_sample_participating_organizations(sample_record, i, acronym, fragment):
    """The bodies the note lists, then the organizing body it does not: UNODA organized, so it took part."""
    orgs = sample_record.participants.organizations
    assert len(orgs) == 4
    assert fragment in orgs[i].name and (acronym is None or orgs[i].acronym == acronym)


def test_pipeline_sample_civil_society(sample_record):
    """"Civil society: independent researchers": people who took part, but no body; kept as other participants."""
    assert [t.text for t in sample_record.participants.civil_society] == []
    assert [t.text for t in sample_record.participants.other] == ["independent researchers"]


@pytest.mark.parametrize(
    "key,count,first_words",
    [("objectives", 3, "Provide a follow-up"), ("background", 1, "The workshop was one in a series"),
     ("highlights", 3, "The opening remarks"), ("additional_comments", 1, "For further information")],
)
def test_pipeline_sample_sections(sample_record, key, count, first_words):
    assert [s.key for s in sample_record.sections] == ["objectives", "background", "highlights", "additional_comments"]
    section = next(s for s in sample_record.sections if s.key == key)
    assert len(section.items) == count and section.items[0].text.startswith(first_words)


def test_pipeline_sample_highlights_without_the_footnote(sample_record):
    highlights = next(s for s in sample_record.sections if s.key == "highlights")
    assert "not an official report" not in highlights.text
    assert all(not item.text.startswith("\u00b9") for item in highlights.items)


def test_pipeline_sample_footnote(sample_record):
    assert [f.marker for f in sample_record.footnotes] == ["\u00b9"]
    assert sample_record.footnotes[0].text.startswith("For information, not an official report.")
    assert sample_record.footnotes[0].text.endswith("participants of the workshop.")


def test_pipeline_sample_contact(sample_record):
    assert [c.email for c in sample_record.contacts] == ["1540experts@un.org"]


def test_pipeline_sample_resolution(sample_record):
    assert [(r.number, r.year) for r in sample_record.resolutions] == [(1540, 2004)]
    assert len(sample_record.resolutions[0].spans) == 3


@pytest.mark.parametrize(
    "i,start,end,fragment",
    [(0, "2011-01-27", "2011-01-28", "OSCE Workshop"), (1, "2012-01-01", "2012-01-31", "Malta")],
    ids=["osce-workshop-2011", "malta-2012"],
)
def test_pipeline_sample_related_events(sample_record, i, start, end, fragment):
    events = sample_record.related_events
    assert len(events) == 2
    assert events[i].dates is not None and (events[i].dates.start, events[i].dates.end) == (start, end)
    assert fragment in events[i].text


def test_pipeline_sample_malta_is_a_venue_of_the_earlier_workshop(sample_record):
    venue = sample_record.related_events[1].venue
    assert venue is not None and venue.country_code == "MLT"


def test_pipeline_sample_mentions_malta_as_a_state(sample_record):
    assert "MLT" in [s.code for s in sample_record.mentions.states]


@pytest.mark.parametrize("region", ["Central Asia", "Balkans", "Mediterranean"])
def test_pipeline_sample_regions_are_places_never_states(sample_record, region):
    places = {p.name.removeprefix("the ") for p in sample_record.mentions.places if p.kind == "region"}
    assert region in places
    assert all(region not in s.name for s in sample_record.mentions.states + sample_record.participants.states)


def test_pipeline_sample_document_type_and_title(sample_record):
    assert sample_record.document_type == "information_note"
    assert sample_record.title is not None and sample_record.title.text == "Information Note"


def test_pipeline_sample_is_grounded(sample_record, sample_raw):
    assert grounding_errors(sample_record, sample_raw) == []


# --- small notes of our own -------------------------------------------------------------------

@pytest.mark.parametrize(
    "name,event,dates,city,code,states",
    [
        ("small", "Regional Seminar on Border Controls", ("2015-05-04", "2015-05-05"), "Astana", "KAZ", ["KAZ", "KGZ"]),
        ("small-crlf", "Regional Seminar on Border Controls", ("2015-05-04", "2015-05-05"), "Astana", "KAZ",
         ["KAZ", "KGZ"]),
        ("other-spellings", "Regional Seminar on Export Controls", ("2013-05-01", "2013-05-02"), "Vienna", "AUT",
         ["AUT", "HUN", "KOR"]),
        ("artifacts", "Workshop on Strategic Trade", ("2012-03-13", "2012-03-15"), "Ashgabat", "TKM", ["RUS", "CHE"]),
        ("prose", None, ("2014-06-03", "2014-06-03"), "Lima", "PER", ["CHL", "PER"]),
    ],
)
def test_pipeline_small_notes(pipeline, small_note, prose_note, name, event, dates, city, code, states):
    record = pipeline(_notes(small_note, prose_note)[name])
    assert (record.event.name if record.event else None) == event
    assert record.dates is not None and (record.dates.start, record.dates.end) == dates
    assert record.venue is not None and (record.venue.city, record.venue.country_code) == (city, code)
    found = [s.code for s in record.participants.states]
    assert (found if name != "prose" else sorted(found)) == states


def test_pipeline_artifacts_note(pipeline):
    record = pipeline(ARTIFACTS)
    assert [s.key for s in record.sections] == ["highlights"] and len(record.sections[0].items) == 2
    section = record.sections[0]  # grounded like every value: its raw extent, bullets and all
    assert ARTIFACTS[section.span[0]:section.span[1]] == section.text
    assert section.text.startswith(section.items[0].text) and section.text.endswith(section.items[-1].text)
    assert [(f.marker, f.text) for f in record.footnotes] == [("\u00b9", "For information, not an official report.")]
    assert record.participants.states[0].text == "the Russian\r\nFederation"
    assert record.organizers[0].acronym == "OSCE"


def test_pipeline_other_spellings_note(pipeline):
    record = pipeline(OTHER_SPELLINGS)
    assert record.document_type == "information_note" and record.organizers[0].acronym == "UNODA"
    assert [o.acronym for o in record.participants.organizations] == ["IAEA", "UNODA"]  # the organizer too
    assert [t.text for t in record.participants.civil_society] == ["a university"]
    assert [(r.number, r.year) for r in record.resolutions] == [(1540, 2004), (1977, 2011)]


@pytest.mark.parametrize(
    "text,listed",
    [("Event: Workshop\nDate and Venue: 13-15 March 2012, Ashgabat, Turkmenistan\nParticipants: States: Switzerland\n",
      ["CHE"])],
)
def test_pipeline_listed_states_are_not_extended_silently(pipeline, text, listed):
    record = pipeline(text)
    codes = [s.code for s in record.participants.states]
    assert codes == listed or (set(codes) > set(listed) and record.warnings)


def test_pipeline_no_structure_is_free_text(pipeline):
    record = pipeline(NO_STRUCTURE)
    assert record.document_type == "free_text" and record.sections == [] and record.dates is None
    assert record.event is None and record.organizers == []


def test_pipeline_bom_offsets_index_the_text_without_bom(pipeline, small_note):
    note = read_bytes(codecs.BOM_UTF8 + small_note.replace("\n", "\r\n").encode("utf-8"))
    record = pipeline.parse_note(note)
    assert note.text == small_note.replace("\n", "\r\n") and record.source.encoding == "utf-8-sig"
    assert grounding_errors(record, note.text) == []
    assert note.text[slice(*record.dates.span)] == "4-5 May 2015"


WINDOWS_NOTE = """INFORMATION NOTE

EVENT         Regional Training Course on Strategic Trade Control
              Enforcement for Customs Officials of Central Asia

ORGANIZER(s)  Organization for Security and Co-operation in Europe (OSCE) and the State
              Customs Service of the Kyrgyz Republic

DATE &        20 - 23 September 2022
VENUE         Regional Training Centre of the State Customs Service,
              Jalal-Abad, Kyrgyz Republic

PARTICIPANTS  States (3):        Kazakhstan, Kyrgyz Republic,
                                 Tajikistan
              Int. Org. (2):     OSCE, World Customs Organization (WCO)
"""


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_a_note_saved_on_windows_gives_the_same_record(pipeline, line_end):
    """A note whose lines end in "\r\n" (or an old Mac's "\r") reads as the same note: the
    same values, their spans into the text as given (the city one line under its label)."""
    text = WINDOWS_NOTE.replace("\n", line_end)
    plain, windows = pipeline(WINDOWS_NOTE), pipeline(text)
    assert (windows.venue.city, windows.venue.country_code) == (plain.venue.city, plain.venue.country_code) \
        == ("Jalal-Abad", "KGZ")
    assert [s.code for s in windows.participants.states] == [s.code for s in plain.participants.states] \
        == ["KAZ", "KGZ", "TJK"]
    assert [o.name for o in windows.organizers] == [o.name for o in plain.organizers]
    assert (windows.dates.start, windows.dates.end) == ("2022-09-20", "2022-09-23")
    assert text[slice(*windows.venue.span)] == plain.venue.text.replace("\n", line_end)
    assert grounding_errors(windows, text) == []


# --- invariants ---------------------------------------------------------------------------------

def test_pipeline_every_record_is_grounded(pipeline, small_note, prose_note, sample_raw):
    texts = {"sample": sample_raw, **_notes(small_note, prose_note)}
    errors = {name: grounding_errors(pipeline(text), text) for name, text in texts.items()}
    assert errors == {name: [] for name in texts}


def test_pipeline_is_deterministic_and_round_trips(pipeline, small_note, prose_note, sample_raw):
    for text in [sample_raw, *_notes(small_note, prose_note).values()]:
        first = pipeline(text).to_json()
        assert pipeline(text).to_json() == first
        assert Record.model_validate_json(first).to_json() == first


def test_pipeline_fresh_pipeline_gives_the_same_json(sample_record, sample_path):
    assert Pipeline().parse_file(sample_path).to_json() == sample_record.to_json()


_PIECES = st.sampled_from(["Event: ", "Organizers: ", "Date and Venue: ", "Participants: ", "States: ", "Highlights",
                           "\n", "\r\n", "\n\n", "- ", "**", "*", "\u00b9", "(1) ", "13-15 March 2012", "Ashgabat",
                           "Turkmenistan", "the Russian\nFederation", "OSCE", "resolution 1540 (2004)", "a@b.org",
                           "Central Asia", "licens-\ning", ", ", ". ", "workshop", "\u00a0", "Page 2 of 5"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=25).map("".join))
def test_pipeline_never_raises_and_stays_grounded(pipeline, text):
    record = pipeline(text)
    assert grounding_errors(record, text) == []



@pytest.mark.parametrize("page,dates,city,kind", [
    ("News\n\nIndonesia holds a course in Bandung\n\nDate: 09 August 2024 | Category: News | Views: 412\n\nBandung "
     "\u2013 The Ministry held the Regional Training Course from Monday (5/8) to Friday (9/8) in Bandung, West Java.\n",
     ("2024-08-05", "2024-08-09"), "Bandung", "course"),
    ("Ministry of Foreign Affairs, Republic of Korea\n\nDate  2025-04-22        Hit  1,287\n\n1. The Ministry is "
     "co-hosting the 2025 Asia-Pacific Seminar on Nuclear Security in Gyeongju, North Gyeongsang Province, from "
     "April 22 (Tue.) to 24 (Thu.).\n", ("2025-04-22", "2025-04-24"), "Gyeongju", "seminar"),
])
def test_a_pages_date_line_with_its_facts_is_no_header_field(pipeline, page, dates, city, kind):
    """A news page's "Date: … | Category: News | Views: 412" (or "… Hit 1,287") dates the page; the
    event's dates, kind and city are the ones its text names, in the page's year."""
    record = pipeline(page)
    assert (record.dates.start, record.dates.end) == dates
    assert (record.venue.city, record.event.kind) == (city, kind)
