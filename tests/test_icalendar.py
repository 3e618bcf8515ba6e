"""A calendar export (iCalendar) is read unfolded, and its event's days come from DTSTART and DTEND."""

from __future__ import annotations

from growth import growth

from noteparse.icalendar import calendar_days, unfold

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//UNRCPD//Outreach Events//EN\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:d1@unrcpd.org\r\nDTSTART;TZID=Asia/Bangkok:20260224T130000\r\n"
    "DTEND;TZID=Asia/Bangkok:20260224T163000\r\n"
    "SUMMARY:Regional Webinar on Strategic Trade Management and the Implementati\r\n on of Resolution 1540 "
    "(2004) – Day 1\r\nLOCATION:Online (Zoom webinar)\r\n"
    "DESCRIPTION:Organized by the United Nations Regional Centre for Peace and D\r\n isarmament in Asia and "
    "the Pacific (UNRCPD).\\n\\nPARTICIPATING STATES: Cambodia\\, Indonesia\\, Viet Nam\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:d2@unrcpd.org\r\nDTSTART;TZID=Asia/Bangkok:20260225T130000\r\n"
    "DTEND;TZID=Asia/Bangkok:20260225T163000\r\nSUMMARY:Regional Webinar on Strategic Trade Management – Day 2\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:other@unrcpd.org\r\nDTSTART;VALUE=DATE:20260610\r\nDTEND;VALUE=DATE:20260612\r\n"
    "SUMMARY:National workshop in Bangkok\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_icalendar_unfolds_lines_reads_escapes_and_drops_the_plumbing():
    text = unfold(CALENDAR).text
    assert "the Implementation of Resolution 1540" in text  # a fold: the continuation's space goes
    assert "(UNRCPD).\n\nPARTICIPATING STATES: Cambodia, Indonesia, Viet Nam" in text  # escapes read
    assert "\nRegional Webinar on Strategic Trade" in text  # the summary a title line, its name gone
    assert "UID:" not in text and "BEGIN:" not in text and "19700101" not in text and "Reminder" not in text


def test_icalendar_spans_of_the_unfolded_text_map_back_to_the_export():
    unfolded = unfold(CALENDAR)
    at = unfolded.text.index("Implementation")
    start, end = unfolded.to_raw(at, at + len("Implementation"))
    assert CALENDAR[start:end] == "Implementati\r\n on"


def test_icalendar_an_event_told_one_day_a_vevent_runs_from_its_first_start_to_its_last_end():
    """Day 1 and Day 2 are one event; the June workshop that follows later is another."""
    text = unfold(CALENDAR).text
    start_span, first, end_span, last = calendar_days(text)
    assert (first.isoformat(), last.isoformat()) == ("2026-02-24", "2026-02-25")
    assert text[slice(*start_span)] == "20260224T130000"


def test_icalendar_a_whole_day_end_is_the_day_after_the_last():
    text = "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260610\nDTEND;VALUE=DATE:20260612\nEND:VEVENT\n"
    _, first, _, last = calendar_days(text)
    assert (first.isoformat(), last.isoformat()) == ("2026-06-10", "2026-06-11")


def test_icalendar_a_text_without_an_event_is_left_alone():
    assert unfold("Event: Regional workshop\nDTSTART is a word here.\n") is None


def test_icalendar_a_calendar_export_gives_the_record_of_its_event(parse):
    record = parse(CALENDAR)
    assert (record.dates.start, record.dates.end) == ("2026-02-24", "2026-02-25")
    assert record.venue.online
    assert [o.acronym for o in record.organizers] == ["UNRCPD"]
    assert [s.code for s in record.participants.states] == ["KHM", "IDN", "VNM"]
    assert all(CALENDAR[s.span[0]:s.span[1]] == s.text for s in record.participants.states)


def test_icalendar_unfolding_is_linear_even_without_ends():
    """Blocks that never end, and events that never end, are each read once."""
    chunk = "BEGIN:VTIMEZONE\nTZID:x\nBEGIN:VEVENT\nDTSTART:20260224\nSUMMARY:a\n b\\n\n"
    assert growth(lambda t: calendar_days(unfold(t).text), chunk * 200, chunk * 2000) < 25
