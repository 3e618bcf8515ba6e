"""An iCalendar export (RFC 5545) unfolded before the rules read it, and its events' dates.

A calendar export pasted as text ("BEGIN:VEVENT", "SUMMARY:…", "DESCRIPTION:…") folds its long
lines at 75 octets, a space opening each continuation ("the Implementati\\n on of Resolution"), and
escapes the description's line ends and commas ("\\n", "\\,"). Read as it is, names break at the
folds and a description's list is one line. The pipeline reads it unfolded and unescaped
(:func:`unfold`; spans map back to the text the user gave, as for Markdown emphasis), and the event's
dates come from its ``DTSTART`` and ``DTEND`` (:func:`calendar_days`), which no prose states.
"""

from __future__ import annotations

import datetime

import regex

from . import patterns
from .markup import Stripped

_CUE = "BEGIN:VEVENT"
_PLUMBING = ("BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|X-[A-Z0-9\\-]++|TZID|TZOFFSETFROM|TZOFFSETTO|TZNAME|TZURL|UID|"
             "DTSTAMP|CREATED|LAST-MODIFIED|SEQUENCE|STATUS|CATEGORIES|URL|TRIGGER|ACTION|TRANSP|CLASS|PRIORITY|"
             "ORGANIZER|ATTENDEE|RRULE|RDATE|EXDATE|GEO|ATTACH|DURATION|REPEAT|RECURRENCE-ID|RELATED-TO|CONTACT")
_EDIT = patterns.compile(
    r"(?m)^BEGIN:(?P<block>VTIMEZONE|VALARM)\r?\n(?:(?!(?:END|BEGIN):(?P=block))[^\n]*+\n)*+END:(?P=block)[^\n]*+(?:\n|$)"
    rf"|^(?:{_PLUMBING})[;:][^\r\n]*+(?:\r?\n[ \t][^\r\n]*+)*+(?:\r?\n|$)"
    r"|^(?:SUMMARY|DESCRIPTION|COMMENT)(?:;[^:\r\n]*+)?:|\r?\n[ \t]|\\[nN,;\\]")
"""What goes: a time zone's or an alarm's block, a line of the calendar's plumbing with its continuations ("BEGIN:VEVENT", "UID:…",
"ORGANIZER;CN=…:mailto:…"), the name of a property whose value is text ("SUMMARY:", so the
summary is a title line and the description prose), a fold (a line end and the space or tab that
opens the continuation), an escape's backslash. "LOCATION:" stays a label; "DTSTART" and "DTEND"
stay for :func:`calendar_days`."""


def unfold(raw: str) -> Stripped | None:
    """The calendar with its folds removed and its escapes read ("\\n" a line end, "\\," a comma);
    None for a text that holds no calendar event (most notes). One scan, linear in the text."""
    if _CUE not in raw:
        return None
    return Stripped.from_edits(raw, ((m.start(), m.end(), _replacement(m.group())) for m in _EDIT.finditer(raw)))


def _replacement(edit: str) -> str:
    """What an edit leaves: an escape its character ("\\n" a line end, "\\," a comma); a line, a
    property's name or a fold nothing."""
    if edit[0] != "\\":
        return ""
    return "\n" if edit[1] in "nN" else edit[1]


_PROPERTY = patterns.compile(r"(?m)^(?P<key>DTSTART|DTEND)(?:;[^:\r\n]*+)?:(?P<value>[^\r\n]*+)")
_BASIC_DATE = patterns.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?P<time>T\d{4,6}Z?)?")
_NEXT_DAY = datetime.timedelta(days=1)


def calendar_days(text: str) -> tuple[tuple[int, int], datetime.date, tuple[int, int], datetime.date] | None:
    """The first calendar event's days: ``(start span, start day, end span, end day)``, the spans
    those of its ``DTSTART`` and ``DTEND`` values in ``text``. An event told in parts, one VEVENT a
    day ("… – Day 1", "… – Day 2"), runs from its first part's start to the end of the last part
    that follows on without a gap; a whole-day ``DTEND`` (a date alone) is the day after the last.
    None when no event has a start."""
    start = end = None
    for key, prop in ((p["key"], p) for p in _PROPERTY.finditer(text)):
        if key == "DTSTART":
            day = _day(prop)
            if day is None:
                continue
            if start is not None and day[1] > end[1] + _NEXT_DAY:
                break  # a later event of the calendar
            start = start or day
            end = day if end is None or day[1] > end[1] else end
        elif start is not None:
            last = _day(prop, exclusive=True)
            if last is not None and last[1] > end[1]:
                end = last
    if start is None or end is None:
        return None
    return start[0], start[1], end[0], end[1]


def _day(prop: regex.Match[str], exclusive: bool = False) -> tuple[tuple[int, int], datetime.date] | None:
    m = _BASIC_DATE.match(prop["value"])
    if m is None:
        return None
    try:
        day = datetime.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if exclusive and m["time"] is None:
        day -= _NEXT_DAY  # DTEND;VALUE=DATE:20260226 ends the day before
    return (prop.start("value") + m.start(), prop.start("value") + m.end()), day
