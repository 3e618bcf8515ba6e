"""Date grammar: find dates and date ranges in running text and turn them into ISO ranges.

Named fragments build every pattern:

* ``DAY`` 1–31 with an optional ordinal (``3rd``); ``MONTH`` a month name, full or abbreviated,
  with or without a dot (``Sept.``), in lower, Title or UPPER case — but never lowercase ``may``,
  the verb; ``YEAR`` 1900–2099.
* ``RANGE`` joins the ends of a range: any dash (``- ‐ – — −``, spaced or not) or ``to``,
  ``until``, ``through`` (after a comma too: "Tuesday, March 10, through Thursday, March 12"). ``LINK`` also allows ``and``, ``&`` and ``/``; with ``COMMA`` it builds
  lists of days (``1, 8 and 15 December``), which run from the first day to the last.
* ``S0``/``S1`` (optional/required space) allow at most one line break, so a date may wrap a line
  but a number ending one paragraph never joins a month starting the next.

The fragments make a few *shapes*, each paired with the converter that reads its match:

* ``DAY_FIRST``: 13 March 2012, 3rd of December, the 23rd day of August, 13-15 March 2012, 2nd to 4th of May,
  14 and 15 August 2019, 30 September – 2 October 2009, 28 December - 3 January 2013
* ``MONTH_FIRST``: March 13, 2012, Aug 2 2016, October 14–16, 2014, August 14 and 15, 2019,
  September 30 – October 2, 2009, January 2012, January-February 2012 (month precision)
* ``ISO`` 2012-03-13 and ``NUMERIC`` 13.03.2012, 24. 4. 2026, 16/08/2019 (day first unless the second number
  cannot be a month: 08/16/2019 is US style), and ranges of two: 13.03.2012 - 15.03.2012;
  ``ROMAN`` 18.IX.2017; ``WEEKDAY_NUMERIC`` Wed 14/6 - Thu 15/6, Tuesday (5/3): day and month
  alone, which only a weekday before them makes a date (the year is the note's); ``DAY_MON_YEAR``
  11-Mar-2025, as hotel and database systems print dates; ``DOTTED_YMD`` 2025. 9. 15.(Mon),
  9.16.(Tue)~9.18.(Thu), as Korean writes dates
* ``WORD_DAYS``: days as ordinal words, always with "of": the twenty-first to the twenty-third
  of March 2017, the eighth and tenth of June, the thirtieth of September to the second of October 2009
* ``YEAR_RANGE`` 2019 – 2021 and ``BARE_YEAR`` 2015, only with ``years=True``.

All shapes are alternatives of one compiled pattern; inside a shape the longer reading is tried
first, so the longest date wins. Words before a date (``from``, ``on``, ``between``, a weekday)
are not part of its span. Numbers need a month name, or the full numeric form, to be a date.

Matching is linear in the length of the text: repetitions are bounded or possessive, and a run of
linked numbers with no month (``1-2-3-4``) is consumed in one step and dropped rather than retried
from each of its numbers.
"""

from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Callable, Iterator, Literal

import regex

from . import patterns

__all__ = ["DateMatch", "date_starts", "find_dates", "iter_dates", "parse_date"]

Parts = tuple[int | None, int, int | None]
Precision = Literal["day", "month", "year"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French, as francophone notes and bilingual releases write them: "du 17 au 19 novembre 2008"
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # Spanish and Portuguese: "del 16 al 18 de octubre de 2019", "16 e 17 de maio de 2018"
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9,
    "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3,
    "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
             "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun"]  # fmt: skip


def _cases(words: list[str]) -> list[str]:
    """Lower, Title and UPPER spellings; lowercase ``may`` is left out because it is the verb."""
    return sorted({v for w in words for v in (w, w.title(), w.upper())} - {"may"})


_THREE_LETTER_NAMES = ("may", "mai")
"""Months whose full name has three letters: a name, not an abbreviation (no dot after it)."""


def _hyphenated(words: list[str]) -> list[str]:
    """``words`` as a PDF's line end may hyphenate them: "Novem-\nber" (English names of five
    letters or more, split two letters or more from either end)."""
    return [w[:k] + joint + w[k:] for w in words for k in range(2, len(w) - 1) for joint in ("-\n", "-\r\n")]


_NAMED_LISTS = {
    "month_full": _cases([m for m in _MONTHS if len(m) > 3 or m in _THREE_LETTER_NAMES])
    + _hyphenated([c for m in list(_MONTHS)[:24] if len(m) >= 5 for c in (m, m.title(), m.upper())]),
    "month_abbr": _cases([m for m in _MONTHS if len(m) <= 4 and m not in _THREE_LETTER_NAMES]),
    "weekdays": _cases(_WEEKDAYS),
}

# --- fragments -------------------------------------------------------------------------------
_SP = r"[^\S\r\n]"
_MARK = r"(?:[*\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2020]{1,3}+(?=\s))?+"
"""A footnote marker glued to a day, month or year before a space ("August* 14", "14¹ March"): a
PDF's superscript, or a stray "*", is not part of the date but must not break it. Only a required
space (``S1``) allows one: in ``S0`` too it cost 6 % of the grammar's time for the rarer "14¹ – 16"."""
S0 = rf"{_SP}*+(?:\r?\n{_SP}*+)?"  # optional space, at most one line break
S1 = rf"{_MARK}(?:{_SP}++(?:\r?\n{_SP}*+)?|\r?\n{_SP}*+)"  # required space, at most one line break
DASH = r"[\-\u2010-\u2015\u2212]"
DASH_OR_ARROW = r"[\-\u2010-\u2015\u2212\u2192\u27f6]"  # "2018-10-02 → 2018-10-04" on a slide; "->" is a dash and ">"
MOJIBAKE_DASH = "\u00e2\u20ac[\u201c\u201d]"  # "2 â€“ 4 October": an en or em dash in UTF-8 read back as cp1252
START = rf"(?<![\w+#]|\d[.,:/]|\d{DASH})"  # not inside a number, code, time or phone number
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?!\d)(?:st|nd|rd|th|ST|ND|RD|TH)?+(?:\b|(?=\u00e2\u20ac))"  # "3â€“5": a mis-decoded dash is letters
_MONTH_INITIALS = "".join(sorted({c for m in _MONTHS for c in (m[0], m[0].upper())}))
MONTH = rf"(?<!\w)(?=[{_MONTH_INITIALS}])(?:\L<month_abbr>(?:\.|\b)|\L<month_full>\b)"
YEAR = r"(?<!\d)(?:19|20)[0-9]{2}(?!\d)"
NUM_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
NUM_MONTH = r"(?:1[0-2]|0?[1-9])"
WEEKDAY = rf"(?<!\w)\L<weekdays>\b\.?,?{S1}"
RANGE = rf"(?:{S0}(?:{DASH_OR_ARROW}|{MOJIBAKE_DASH})>?{S0}|(?:{_SP}*+,)?+{S1}(?:to|until|till|through|thru|au|al|TO|UNTIL|TILL|THROUGH|THRU|AU|AL){S1}(?:(?:the|THE){S1}|today,{S1})?)"
LINK = rf"(?:{RANGE}|{S0}(?:/|&|,{S0}(?:and|AND)\b){S0}|{S1}(?:and|AND|et|ET|y|Y|e){S1}(?:(?:the|THE){S1})?)"  # ends a list of days
COMMA = rf"{S0},{S0}"
OF = rf"(?:{S1}(?:(?:day|DAY){S1})?+(?:of|OF|de|DE))?{S1}"  # "3rd of December", "the 23rd day of August", "16 de octubre"
YEAR_TAIL = rf"(?:{S0},{S0}|{S1}(?:(?:of|de|DE){S1})?)"  # "March 13, 2012" / "13 March 2012" / "18 of October of 2019"
NOT_NUMBER_AFTER = r"(?![.,:/]?\d)"
NOT_NUMERIC_DATE = r"(?![./\-]\d\d?[./\-](?:19|20)\d\d)"  # "3/4, 13/03/2012": the 13 starts a date of its own
MAX_DAYS = 7  # "1, 8, 15, 22 and 29 May": bounded so a run of numbers cannot make matching quadratic
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth"]
ORDINAL_WORDS = {word: day for day, word in enumerate(_UNITS + _TEENS, 1)} | {"twentieth": 20, "thirtieth": 30} | {
    tens + unit: base + day for tens, base in (("twenty", 20), ("thirty", 30)) for day, unit in enumerate(_UNITS, 1)
    if base + day <= 31}
"""Days written as ordinal words, keyed without hyphen or space: "twentyfirst" is 21."""
_ORDINAL_KEY = str.maketrans("", "", "-\u2010\u2011 ")
WORD_DAY = (r"(?i:(?<![\w\-\u2010\u2011])(?:twenty[\-\u2010\u2011 ]?(?:" + "|".join(_UNITS) + r")|thirty[\-\u2010\u2011 ]?first|"
            + "|".join(sorted(_TEENS + _UNITS + ["twentieth", "thirtieth"], key=len, reverse=True)) + r")\b)")
"""A day as an ordinal word, in any case: "twenty-first", "Thirtieth", "the FIRST"."""


def _g(name: str, fragment: str) -> str:
    """Wrap a fragment in a named group; the same names recur across shapes (``regex`` allows it)."""
    return f"(?P<{name}>{fragment})"


BUDDHIST_ERA = 543
"""Years of the Buddhist Era, as Thai texts date, run 543 ahead: B.E. 2565 is 2022."""
_YEAR_OR_BE = (r"(?:(?:B\.[ ]?E\.|BE)[ ]|(?:Reiwa|Heisei)[ ]\d{1,2}[ ]\()?+(?<!\d)(?:(?:19|20)[0-9]{2}|25[4-9][0-9])"
               r"(?!\d)|(?:Reiwa|Heisei)[ ](?:[1-9]|[1-3][0-9])(?!\d|[ ]\()")
"""A year after a month's name, Common Era or Buddhist ("22-23 September B.E. 2565", "26 September
2565": B.E. 2540-2599, 1997-2056, no Common Era year a note names), or a Japanese era's year, with the Common
Era's in brackets ("January 14, Reiwa 8 (2026)") or alone ("13 March, Reiwa 8")."""
JAPANESE_ERAS = {"Reiwa": 2018, "Heisei": 1988}
"""The Common Era's year before each era's first: Reiwa 1 is 2019, Heisei 1 is 1989."""


def _opt_year(name: str) -> str:
    """An optional year after a day or month: "13 March 2012", "March 13, 2012", "September B.E. 2565", "27 May,
    Reiwa 7 (2025)" (with its bracket)."""
    return f"(?:{YEAR_TAIL}{_g(name, _YEAR_OR_BE)}(?:(?<=\\(\\d{{4}})\\))?+)?"


def _opt_slashed_year(name: str) -> str:
    """An optional year after a month's day, a slash between them as an Ethiopian wire writes it too:
    "Addis Ababa, March 3/2026 (ENA)", "March 3-5/2026"."""
    return f"(?:(?:{YEAR_TAIL}|/){_g(name, _YEAR_OR_BE)}(?:(?<=\\(\\d{{4}})\\))?+)?"  # "Reiwa 8 (2026)": its bracket


# --- converters --------------------------------------------------------------------------------
Converted = tuple[Parts, Parts, Precision] | None


def _day(m: regex.Match, name: str) -> int | None:
    value = m.group(name)
    if not value:
        return None
    if value[0].isdigit():
        return int(value.rstrip("stndrhSTNDRH"))
    return ORDINAL_WORDS[value.lower().translate(_ORDINAL_KEY)]


def _month(m: regex.Match, name: str) -> int | None:
    value = m.group(name)
    return _MONTHS[value.rstrip(".").lower().replace("-\r\n", "").replace("-\n", "")] if value else None


def _year(m: regex.Match, name: str) -> int | None:
    value = m.group(name)
    if not value:
        return None
    if value[0] in "RH" and not value[-4:].isdigit():  # "Reiwa 8"
        era, number = value.split()
        return JAPANESE_ERAS[era] + int(number)
    year = int(value[-4:])
    return year - BUDDHIST_ERA if year >= 2500 else year


def _from_words(m: regex.Match) -> Converted:
    """Parts from groups d1 m1 y1 (start) and d2 m2 y2 (end); a missing end part copies the start.

    A year written on one end only is shared; when the months wrap around New Year
    ("28 December - 3 January 2013") the unwritten year is one less (or more) than the written one.
    """
    d1, m1, y1 = _day(m, "d1"), _month(m, "m1"), _year(m, "y1")
    if m1 is None:  # numbers with no month
        return None
    d2, m2, y2 = _day(m, "d2"), _month(m, "m2"), _year(m, "y2")
    m2 = m2 or m1
    wraps = m2 < m1
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if wraps else y2
    elif y2 is None and y1 is not None:
        y2 = y1 + 1 if wraps else y1
    precision: Precision = "day" if d1 else "month"
    return (y1, m1, d1), (y2, m2, d2 or d1), precision


def _from_numeric(m: regex.Match, month_first: bool = False) -> Converted:
    """Day/month/year, unless the second number cannot be a month (then US month/day/year); a
    range's two ends are read the same way ("13.03.2012 - 15.03.2012", "03/30/2019 - 04/02/2019").
    ``month_first``: the note writes its dates with "/" month first (:func:`slash_dates_month_first`),
    so "3/12/2013" is 12 March there."""
    ends = [(int(m.group("n1")), int(m.group("n2")), int(m.group("y1")))]
    if m.group("n0"):  # a range of days in one month (or from a day of an earlier one), always day first
        first, last, month = int(m.group("n0")), ends[0][0], ends[0][1]
        first_month = int(m.group("m0")) if m.group("m0") else month
        return ((ends[0][2], first_month, first), (ends[0][2], month, last), "day") \
            if month <= 12 and (first_month, first) <= (month, last) else None
    if m.group("n3"):
        ends.append((int(m.group("n3")), int(m.group("n4")), int(m.group("y2"))))
    if any(a > 12 and b > 12 for a, b, _ in ends):
        return None
    us = any(b > 12 for _, b, _ in ends) or month_first and m.group("sep") == "/"
    parts = [(year, a, b) if us else (year, b, a) for a, b, year in ends]
    return parts[0], parts[-1], "day"


_BIKRAM_SAMBAT_YEARS = 2070
"""Nepal's offices date year first in the Bikram Sambat calendar, 56 to 57 years ahead of the Gregorian
one ("Date: 2082/11/09" is a notice of February 2026): a year-first date from this year on is not read."""


def _from_iso(m: regex.Match) -> Converted:
    """Year-month-day, or a range of two ("2021-05-18 to 2021-05-20", "2019-05-14/16"); not a Bikram
    Sambat date."""
    first = (int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
    if first[0] >= _BIKRAM_SAMBAT_YEARS:
        return None
    if m.group("y2"):
        last = (int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    elif m.group("d2"):  # "2019-10-14 to 16", "2019-05-14/05-16": the same year
        last = (first[0], int(m.group("m2") or first[1]), int(m.group("d2")))
        if last < first:
            return None
    else:
        last = first
    return first, last, "day"


def _from_years(m: regex.Match) -> Converted:
    y1, y2 = _year(m, "y1"), _year(m, "y2")
    return (y1, 1, None), (y2 or y1, 12, None), "year"


@dataclass(frozen=True)
class Shape:
    """One way of writing a date: its pattern and the converter that reads its match."""

    name: str
    pattern: str
    convert: Callable[..., Converted]  # (match) -> parts; the slash shapes take month_first too


_D1, _D2 = _g("d1", DAY), _g("d2", DAY + NOT_NUMERIC_DATE)
_M1, _M2 = _g("m1", MONTH), _g("m2", MONTH)
_WD = f"(?:{WEEKDAY}(?:(?:the|THE){S1})?)?"  # "Monday 5 – Wednesday 7 May", "… to Thursday the 14th": the second
# weekday sits inside the range

# Day first. The branches share the first day so it is read once; the longer reading is tried
# first. A list of days ends with a range or "and" ("1, 8 and 15 December"), so a bare comma does
# not glue a page range to a date ("pages 4-5, 13 March"). Linked numbers with no month
# ("1-2-3-4", "1, 2, 3") are consumed whole and dropped by the converter, so that the scan does not
# retry them from each of their numbers; a number that a month follows is left for the next match.
_DAY_DOT = r"(?:\.(?=[ \t]))?+"
"""A day's full stop, as German writes it and machine translation keeps it: "7. until 9. November 2022"."""
_BRACKETED_WEEKDAY = rf"(?:{_SP}*+\(\L<weekdays>\.?\))?+"
"""A day's weekday in brackets after it, as Japanese releases write it: "February 24 (Wed) – 26 (Fri)",
"3 (Tue.) and 4 (Wed.) June"."""
_MONTH_AFTER_DAY = rf"{OF}{_M1}{_opt_year('y1')}"  # " March 2012", " of May"
_BETWEEN_BEFORE = r"(?:(?<=(?<!\w)(?:between|Between|BETWEEN)[ \t]{1,3}(?:\L<weekdays>\.?,?[ \t]{1,3})?)(?P<btw>))?"
"""Marks a first day or month after "between": only then does "and" end a range that crosses a
month ("between 30 November and 2 December 2021"); elsewhere "30 November and 2 December" are two
days."""
_BETWEEN_AND = rf"(?(btw){S1}(?:and|AND){S1}|(?!))"
_TO_DAY_MONTH = rf"(?:{RANGE}|{S0}/{S0}|{_BETWEEN_AND}){_WD}{_D2}{_DAY_DOT}{OF}{_M2}{_opt_year('y2')}"
"""After a day and its month, the last day and its month: " – 2 October 2009", "/1 December 2025"."""
_GAP_OR_LINE_END = r"(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,12})"
_WEEKDAY_BEFORE = rf"(?:(?<=(?<!\w)\L<weekdays>\.?,?{_GAP_OR_LINE_END}(?:(?:the|THE){_GAP_OR_LINE_END})?)(?P<wd0>))?"
"""Marks a first day that has its weekday ("Monday 5 – Wednesday 7 May", "from Tuesday" over "6 to
Thursday 8 June", "Tuesday the 12th to Thursday the 14th"): only then may the last."""
# "-15", " to 4th", ", 8 and 15"
_DAY_LIST = rf"(?:{COMMA}{_D2}){{0,{MAX_DAYS}}}+{LINK}(?(wd0){_WD}){_D2}{_DAY_DOT}{_BRACKETED_WEEKDAY}"
_NO_MONTH = rf"(?:(?:{COMMA}|{LINK}){DAY}{NOT_NUMERIC_DATE}(?!{OF}{MONTH}))++"
_NOT_A_NUMBER_NEXT = rf"(?!{S0}\d)"  # a quick exit for "13 14 15 ...": no shape goes on with a number
DAY_FIRST = (rf"{START}{_WEEKDAY_BEFORE}{_BETWEEN_BEFORE}{_D1}{_DAY_DOT}{_BRACKETED_WEEKDAY}{_NOT_A_NUMBER_NEXT}"
             rf"(?:{_MONTH_AFTER_DAY}(?:{_TO_DAY_MONTH})?|{_DAY_LIST}{_MONTH_AFTER_DAY}|{_NO_MONTH})")

_HYPHEN = r"[\-\u2011]"
DAY_MON_YEAR = (
    rf"(?=\d\d?{_HYPHEN}[{_MONTH_INITIALS}]){START}{_g('d1', NUM_DAY)}{_HYPHEN}{_M1}(?:{_HYPHEN}{_g('y1', YEAR)})?+"
    rf"(?:{RANGE}{_WD}{_g('d2', NUM_DAY)}{_HYPHEN}{_M2}(?:{_HYPHEN}{_g('y2', YEAR)})?+)?+{NOT_NUMBER_AFTER}"
)
"""Day, month and year joined by hyphens, as hotel, airline and database systems print them:
"11-Mar-2025", "Tuesday 11-Mar-2025 to Thursday 13-Mar-2025", a room block's "10-Mar"."""

_CAPITAL_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC"
DAY_MON_YY = (rf"(?=\d\d?[ \-][A-Z]{{3}}){START}{_g('d1', NUM_DAY)}(?P<sep>[ \-]){_g('m1', _CAPITAL_MONTHS)}"
              rf"(?P=sep){_g('yy', '[0-9]{2}')}(?![\w:.,/\-]?\d)")
"""Day, a month's three capitals and a two-digit year, as logs and date-time groups write them:
"14 APR 21", "14-APR-21". Capitals only: "14 Apr 21" may as well be 14 April, 21 people."""


def _from_two_digit_year(m: regex.Match) -> Converted:
    """Parts of "14 APR 21": the century as ``%y`` reads it (69-99 are 1969-1999, 00-68 2000-2068)."""
    yy = int(m.group("yy"))
    day = (yy + (1900 if yy >= 69 else 2000), _month(m, "m1"), _day(m, "d1"))
    return day, day, "day"

_OF = rf"{S1}(?:of|OF){S1}"
_DAY = rf"(?:{S1}(?:day|DAY))?"
WORD_DAYS = (rf"{START}{_g('d1', WORD_DAY)}{_DAY}(?:{LINK}{_g('d2', WORD_DAY)}{_DAY})?{_OF}{_M1}{_opt_year('y1')}"
             rf"(?:{RANGE}{_g('d2', WORD_DAY)}{_DAY}{_OF}{_M2}{_opt_year('y2')})?")
"""Days in words, as minutes and formal summaries write them, always with "of" before the month:
"the twenty-first of March 2017", "from the twenty-first to the twenty-third of March 2017", "the
thirtieth of September to the second of October 2009", and as a gazette does, "from the seventeenth
day to the nineteenth day of November, 2025". Tried only where :func:`date_starts` found one, so a
text without them pays nothing."""

# Month first.
_TO_MONTH_DAY = rf"{_opt_year('y1')}(?:{RANGE}|{_BETWEEN_AND}){_WD}{_M2}{S1}{_D2}{_opt_year('y2')}"  # " – October 2, 2009"
_DAYS_YEAR = rf"(?:{COMMA}{_D2}){{0,{MAX_DAYS}}}+{LINK}{_D2}{_BRACKETED_WEEKDAY}{_opt_slashed_year('y1')}"  # "-15, 2012", " and 15, 2019"
_MONTH_RANGE = rf"(?:{S1}{_g('y1', YEAR)})?{RANGE}{_M2}{S1}{_g('y2', YEAR)}"  # "-February 2012"
_MONTH_YEAR = rf"(?:{S0},)?{S1}(?:of{S1})?{_g('y1', YEAR)}"  # " 2012", " of 2012"
MONTH_FIRST = (
    rf"{_BETWEEN_BEFORE}{_M1}(?:{S1}{_D1}{_BRACKETED_WEEKDAY}(?:{_TO_MONTH_DAY}|{_DAYS_YEAR}|{_opt_slashed_year('y1')}){NOT_NUMBER_AFTER}"
    rf"|{_MONTH_RANGE}|{_MONTH_YEAR})"
)

_DOT = r"\.[ ]?"
_PAREN_WEEKDAY = r"(?:[ ]?\(\L<weekdays>\))?+"
DOTTED_YMD = (
    rf"(?=\d{{1,4}}\.[ ]?\d){START}(?:{_g('y1', YEAR)}{_DOT}(?=\d)|(?=\d\d?\.[ ]?\d\d?\.[ ]?\(\L<weekdays>\)))"
    rf"{_g('m1', NUM_MONTH)}{_DOT}{_g('d1', NUM_DAY)}\.{_PAREN_WEEKDAY}"
    rf"(?:[ ]?~[ ]?(?:{_g('y2', YEAR)}{_DOT})?(?:{_g('m2', NUM_MONTH)}{_DOT}(?=\d))?{_g('d2', NUM_DAY)}\.{_PAREN_WEEKDAY})?+"
    r"(?!\d)"
)
"""Year, month and day each closed by a full stop, as Korean writes them ("2025. 9. 15.(Mon)"), and a
range joined by "~" ("2023. 11. 28.~11. 30."); month and day alone when a weekday in brackets
follows ("9.16.(Tue)~9.18.(Thu)": the year is the note's)."""


def _from_dotted_ymd(m: regex.Match) -> Converted:
    year = int(m.group("y1")) if m.group("y1") else None
    first = (year, int(m.group("m1")), int(m.group("d1")))
    if not m.group("d2"):
        return first, first, "day"
    last = (int(m.group("y2")) if m.group("y2") else year, int(m.group("m2") or first[1]), int(m.group("d2")))
    return (first, last, "day") if (last[1], last[2]) >= (first[1], first[2]) or m.group("y2") else None


_ISO_INTERVAL = r"(?<=-\d{1,2})/"
"""ISO 8601's own range mark, after a date written with hyphens: "2019-05-14/16", "2019-05-14/05-16"."""
ISO = (
    rf"{START}{_g('y1', YEAR)}(?P<sep>[-/.]){_g('m1', NUM_MONTH)}(?P=sep){_g('d1', NUM_DAY)}"
    rf"(?:(?:{NOT_NUMBER_AFTER}{RANGE}|{_ISO_INTERVAL})"
    rf"(?:(?:{_g('y2', YEAR)}(?P=sep))?{_g('m2', NUM_MONTH)}(?P=sep))?{_g('d2', NUM_DAY)}{NOT_NUMBER_AFTER}"
    rf"(?![./\-]\d)|{NOT_NUMBER_AFTER})"  # "2021-05-18 to 2021-05-20", "2019-10-14 to 16", "2019-05-14/16"
)
NUMERIC = (
    rf"{START}{_BETWEEN_BEFORE}(?:{_g('n0', NUM_DAY)}(?:\.{_g('m0', NUM_MONTH)}\.?|\.)?+"  # "06-08.10.2015", "12.-14.3.2019":
    # days 6 to 8;
    rf"(?:{_SP}?{DASH}{_SP}?|{_SP}++(?:to|until|till|au|al){_SP}++)(?=\d\d?[./][ ]?\d))?"  # "22.07.–26.07.2024",
    # "7 to 11.08.2023", "30.09 to 04.10.2019", "14–18. 10. 2024."
    rf"{_g('n1', NUM_DAY)}(?P<sep>[./-]|\.[ ]){_g('n2', NUM_DAY)}(?P=sep){_g('y1', YEAR)}{NOT_NUMBER_AFTER}"
    rf"(?:(?:{RANGE}|{_BETWEEN_AND}){_g('n3', NUM_DAY)}(?P=sep){_g('n4', NUM_DAY)}(?P=sep){_g('y2', YEAR)}"
    rf"{NOT_NUMBER_AFTER})?"  # "between 30.09.2025 and 02.10.2025"
)
_DAYS_AND = rf"(?:[ \t]++(?:and|&)[ \t]++|[ \t]*+{DASH}[ \t]*+)"
"""Between two days before their one month in numbers: "On 24 and 25/9", "from 24-25/9"."""
_AFTER_A_DAY_WORD = (r"(?<=(?<!\w)\L<weekdays>\.?,?[ \t]++\(?|(?<!\w)\L<weekdays>\.?[ \t]*+\(|"
                    r"(?<!\w)(?:morning|afternoon|evening|MORNING|AFTERNOON|EVENING)[ \t]++(?:of|OF)[ \t]++(?=\d\d?/)|"
                    rf"(?<!\w)(?:until|UNTIL|from|FROM|From)[ \t]++(?=(?:\d\d?{_DAYS_AND})?+\d\d?/)|"
                    rf"(?<!\w)On[ \t]++(?=(?:\d\d?{_DAYS_AND})?+\d\d?/\d\d?(?:[ \t]*+{DASH}[ \t]*+\d\d?/\d\d?)?+,))")
_WEEKDAY_AGAIN = rf"(?:\L<weekdays>\.?,?{_SP}++\(?)?+"
WEEKDAY_NUMERIC = (
    rf"(?=\d\d?(?:[./]\d|{_DAYS_AND}\d\d?/\d)){START}{_AFTER_A_DAY_WORD}(?:{_g('n0', NUM_DAY)}{_DAYS_AND}(?=\d\d?/))?+"
    rf"{_g('n1', NUM_DAY)}(?P<sep>[./]){_g('n2', NUM_DAY)}(?![./]?\d)"
    rf"(?:\)?+{RANGE}{_WEEKDAY_AGAIN}{_g('n3', NUM_DAY)}(?P=sep){_g('n4', NUM_DAY)}"
    rf"(?:(?P=sep){_g('ny', YEAR)})?+(?![./]?\d))?+"
)
"""Day and month in numbers after a weekday, the year left to the note: a notebook's "Wed 14/6 -
Thu 15/6", a calque's "on Tuesday (5/3)", "from Monday (5/8) to Friday (9/8)"; or after a part of the
day, "from" or "until", as Vietnamese news writes them: "On the morning of 11/3 … until 13/3", "from
11/3 to 13/3/2025" (the year after the last day); or after a capital "On" that opens a clause with it: "On 30/9
- 1/10, in Ha Noi, …", "On 24 and 25/9, the … Committee". Without such a word before it, "14/6" is no date."""


def _from_weekday_numeric(m: regex.Match, month_first: bool = False) -> Converted:
    ends = [(int(m.group("n1")), int(m.group("n2")))] + ([(int(m.group("n3")), int(m.group("n4")))] if m.group("n3") else [])
    if any(a > 12 and b > 12 for a, b in ends):
        return None
    if month_first or any(b > 12 for _, b in ends):  # "Tuesday 3/14" is US month/day
        ends = [(b, a) for a, b in ends]
    if any(b > 12 for _, b in ends):
        return None
    (d1, m1), (d2, m2) = ends[0], ends[-1]
    if m.group("n0"):  # "On 24 and 25/9": two days, one month, day first as only day-first writers write it
        if month_first or int(m.group("n0")) >= d1:
            return None
        d1 = int(m.group("n0"))
    year = int(m.group("ny")) if m.group("ny") else None  # "from 11/3 to 13/3/2025": the year ends the range
    return ((year, m1, d1), (year, m2, d2), "day") if (m1, d1) <= (m2, d2) else None


_AFTER_FROM = r"(?<=(?<![\w])(?i:from|between)[ \t\n]++)"
_NOT_A_QUANTITY = (r"(?![ \t]*+(?:%|\u2030|°|(?i:per\b|percent|pc\b|points?\b|million|billion|thousand|[kcm]?m\b|kg\b|"
                   r"tonnes?\b|tons?\b|t\b|degrees?\b)))")
YEARLESS_DOTTED = (
    rf"(?=\d\d?\.?{_SP}*+(?:{DASH}|to|until|till|and)){START}"
    rf"(?:{_AFTER_FROM}{_g('n0', NUM_DAY)}(?:{_SP}*+{DASH}{_SP}*+|{_SP}++(?:to|until|till|and){_SP}++)"
    rf"|{_g('n0', NUM_DAY)}\.{_SP}?{DASH}{_SP}?)"
    rf"{_g('n1', NUM_DAY)}\.{_g('n2', NUM_MONTH)}\.?(?![.,/]?\d){_NOT_A_QUANTITY}"
)
"""A range of days and its month in numbers, the year left to the note: "ran from 11 to 15.9",
"11.–15.9.". Only after "from" or with both days dotted: "15.9" alone is a number ("rose from 11 to
15.9 per cent" is none)."""


def _from_yearless_dotted(m: regex.Match) -> Converted:
    first, last, month = int(m.group("n0")), int(m.group("n1")), int(m.group("n2"))
    return ((None, month, first), (None, month, last), "day") if first < last else None


_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ROMAN = (
    rf"(?=\d\d?(?:\.?{_SP}*+(?:{DASH_OR_ARROW}|(?i:to|until|till|through)){_SP}*+\d\d?)?\.{_SP}?[IVX])"  # a quick exit for other numbers
    rf"{START}(?:{_g('n0', NUM_DAY)}\.?{RANGE})?{_g('n1', NUM_DAY)}\.{_SP}?"
    rf"{_g('rm', '|'.join(sorted(_ROMAN_MONTHS, key=len, reverse=True)))}\.{_SP}?{_g('y1', YEAR)}{NOT_NUMBER_AFTER}"
)
"""A month in Roman numerals, as Central and Eastern European documents write it: "18.IX.2017",
"18.-20.IX.2017", "3 to 5.III.2025"."""


def _from_roman(m: regex.Match) -> Converted:
    year, month, last = int(m.group("y1")), _ROMAN_MONTHS.index(m.group("rm")) + 1, int(m.group("n1"))
    first = int(m.group("n0")) if m.group("n0") else last
    return ((year, month, first), (year, month, last), "day") if first <= last else None


_NOT_YEAR_NEIGHBOUR = r"(?<![\d+][ .\-/\u2013]?)"  # "917 2015" is a phone number, "0700–1900" a shift
YEAR_RANGE = rf"{_NOT_YEAR_NEIGHBOUR}{_g('y1', YEAR)}{RANGE}{_g('y2', YEAR)}{NOT_NUMBER_AFTER}"
BARE_YEAR = rf"{_NOT_YEAR_NEIGHBOUR}{_g('y1', YEAR)}(?![ .\-/]?\d|['\u2019]?s\b)"  # not a decade: "since the 1960s"
DIGIT_SHAPES = [  # tried in this order at a digit
    Shape("ISO", ISO, _from_iso),  # 2012-03-13
    Shape("DOTTED_YMD", DOTTED_YMD, _from_dotted_ymd),  # 2025. 9. 15.(Mon), 9.16.(Tue)~9.18.(Thu)
    Shape("NUMERIC", NUMERIC, _from_numeric),  # 13.03.2012, 16/08/2019, 08/16/2019
    Shape("ROMAN", ROMAN, _from_roman),  # 18.IX.2017
    Shape("WEEKDAY_NUMERIC", WEEKDAY_NUMERIC, _from_weekday_numeric),  # Wed 14/6 - Thu 15/6
    Shape("YEARLESS_DOTTED", YEARLESS_DOTTED, _from_yearless_dotted),  # from 11 to 15.9, 11.–15.9.
    Shape("DAY_MON_YY", DAY_MON_YY, _from_two_digit_year),  # 14 APR 21
    Shape("DAY_FIRST", DAY_FIRST, _from_words),  # 13-15 March 2012, 30 September – 2 October 2009
    Shape("DAY_MON_YEAR", DAY_MON_YEAR, _from_words),  # 11-Mar-2025
]
YEAR_SHAPES = [  # only with years=True
    Shape("YEAR_RANGE", YEAR_RANGE, _from_years),  # 2019 – 2021
    Shape("BARE_YEAR", BARE_YEAR, _from_years),  # in 2015
]
LETTER_SHAPES = [  # tried at a month name
    Shape("MONTH_FIRST", MONTH_FIRST, _from_words),  # March 13-15, 2012, Sept. 30, 2009, January-February 2012
]
WORD_SHAPES = [  # tried at an ordinal word that date_starts found
    Shape("WORD_DAYS", WORD_DAYS, _from_words),  # the twenty-first to the twenty-third of March 2017
]


@cache
def _compiled(years: bool) -> tuple[regex.Pattern, dict[str, Shape]]:
    """The combined pattern (compiled on first use) and its shapes by group name.

    A cheap guard picks the digit or the month-name branch before any shape is tried, which
    keeps the cost per position low on long texts.
    """
    digit_shapes = DIGIT_SHAPES + (YEAR_SHAPES if years else [])
    digits = "|".join(_g(s.name, s.pattern) for s in digit_shapes)
    letters = "|".join(_g(s.name, s.pattern) for s in LETTER_SHAPES)
    words = "|".join(_g(s.name, s.pattern) for s in WORD_SHAPES)
    pattern = rf"\b(?:(?=\d)(?:{digits})|(?=[{_MONTH_INITIALS}])(?:{letters})|(?=[{_WORD_INITIALS}])(?:{words}))"
    return patterns.compile(pattern, **_NAMED_LISTS), {s.name: s for s in digit_shapes + LETTER_SHAPES + WORD_SHAPES}


_WORD_INITIALS = "".join(sorted({c for w in ORDINAL_WORDS for c in (w[0], w[0].upper())}))
_WORDS_BEFORE_MONTH = patterns.compile(rf"{WORD_DAY}{_DAY}(?:{LINK}{WORD_DAY}{_DAY})?{_OF}\Z")
"""Ordinal words that end, with "of", where a month name begins: found only before a month."""
_WORDS_REACH = 200
"""How far before the "of" of a month ordinal words may start: "the twenty-seventh to the twenty-ninth of"."""
_MONTH_STEMS = frozenset(case(m[:3]) for m in _MONTHS for case in (str.lower, str.title, str.upper))
_LOWER_STEMS = sorted({stem.lower() for stem in _MONTH_STEMS})
_NUMBER = patterns.compile(r"[0-9]+")
_MONTH_PREFIXES = frozenset(m[:4] for m in _MONTHS if len(m) >= 4)
_SHORT_MONTHS = frozenset(m for m in _MONTHS if len(m) == 3)


def _month_word_at(text: str, k: int) -> bool:
    """Whether the word at ``text[k]`` may be a month's name: its first four letters begin one, or it
    is a three-letter month ("Jan", "may", "mai") that the word ends with. Most words a stem begins
    ("outreach", "set", "ago", "market") are none, and the grammar is not tried there."""
    if text[k:k + 4].lower() in _MONTH_PREFIXES:
        return True
    after = text[k + 3:k + 4]
    return text[k:k + 3].lower() in _SHORT_MONTHS and not (after.isalnum() or after == "_")


def date_starts(text: str, pos: int = 0, endpos: int | None = None, *, lowered: str | None = None) -> list[int]:
    """Offsets in ``text[pos:endpos]`` where a date can begin, in order.

    Every shape starts with an ASCII digit at a word boundary (so the first digit of a number)
    or with a month name as the grammar spells it (its first three letters in lower, Title or
    UPPER case) at the start of a word that may be a month's name (:func:`_month_word_at`: "out"
    in "about" or "outreach" is no "outubro"). Finding those with ``str.find`` and trying the full
    pattern only there is much cheaper than letting the pattern test every position of the text;
    the matches are the same.
    The stems are looked for in the lowered text (12 scans, not 36) and checked in the text;
    ``lowered`` is ``text.lower()`` when the caller has it already.

    Pass the offsets of the whole text to :func:`find_dates` as ``starts`` to scan several parts
    of one text without looking for them again.
    """
    endpos = len(text) if endpos is None else endpos
    starts = [m.start() for m in _NUMBER.finditer(text, pos, endpos)]
    stems, spellings = _LOWER_STEMS, _MONTH_STEMS
    if lowered is not None and len(lowered) == len(text):
        offset, lo, hi = 0, pos, endpos
    else:
        part = text[pos:endpos]
        offset, lo, hi, lowered = pos, 0, len(part), part.lower()
        if len(lowered) != len(part):  # a letter that lowers to two ("İ") shifts offsets: find each spelling
            lowered, stems, spellings = part, sorted(_MONTH_STEMS), None
    for stem in stems:
        i = lowered.find(stem, lo, hi)
        while i >= 0:
            k = offset + i
            if k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_") or not _month_word_at(text, k):
                pass  # inside a word ("about"), or a word no month's name begins ("outreach", "set")
            elif spellings is None or text[k:k + 3] in spellings:
                starts.append(k)
                j = i
                while j > lo and lowered[j - 1].isspace():
                    j -= 1
                if j - 2 >= lo and lowered[j - 2:j] == "of":  # "the twenty-first of March": the words start the date
                    words = _WORDS_BEFORE_MONTH.search(text, max(pos, offset + j - _WORDS_REACH), offset + i)
                    if words:
                        starts.append(words.start())
            i = lowered.find(stem, i + 1, hi)
    starts.sort()
    return starts


# --- public API --------------------------------------------------------------------------------
@dataclass(frozen=True)
class DateMatch:
    """A date or date range found in a text, with its parts as written (year None if unwritten)."""

    span: tuple[int, int]
    text: str
    start: Parts
    end: Parts
    precision: Precision
    anchored: bool = False
    """True when the text gives the date relative to the note's own date ("yesterday")."""

    def has_year(self) -> bool:
        """Whether the text itself gives the year."""
        return self.start[0] is not None

    def resolve(self, default_year: int | None = None) -> tuple[datetime.date, datetime.date] | None:
        """First and last day of the range; an unwritten year comes from ``default_year``.

        Returns None when there is no year to use, when a date does not exist (31 February), or
        when the end comes before the start.
        """
        (y1, m1, d1), (y2, m2, d2) = self.start, self.end
        if y1 is None or y2 is None:
            if default_year is None:
                return None
            y1, y2 = (default_year - 1 if m2 < m1 else default_year), default_year
        try:
            start = datetime.date(y1, m1, d1 or 1)
            end = datetime.date(y2, m2, d2 or calendar.monthrange(y2, m2)[1])
        except ValueError:
            return None
        return (start, end) if start <= end else None


def find_dates(text: str, pos: int = 0, endpos: int | None = None, *, years: bool = False,
               starts: list[int] | None = None, month_first: bool = False) -> list[DateMatch]:
    """Every date or date range in ``text[pos:endpos]``, in order and non-overlapping.

    Spans index ``text``. With ``years=True`` bare years and year ranges (1900–2099) count too,
    with precision "year". ``starts``, when given, is ``date_starts(text)`` computed once for
    several calls on the same text. ``month_first``: read "3/12/2013" as 12 March (a note's own
    convention, :func:`slash_dates_month_first`). Returns an empty list when there is none.
    """
    return list(iter_dates(text, pos, endpos, years=years, starts=starts, month_first=month_first))


def iter_dates(text: str, pos: int = 0, endpos: int | None = None, *, years: bool = False,
               starts: list[int] | None = None, month_first: bool = False) -> Iterator[DateMatch]:
    """The dates of :func:`find_dates`, one at a time: a caller that needs the first reads no further."""
    held: DateMatch | None = None
    for m in _matches(text, pos, endpos, years, starts, month_first):
        if held is not None:
            joined = _consecutive(text, held, m)
            if joined is not None:
                yield joined
                held = None
                continue
            yield held
        held = m
    if held is not None:
        yield held


_AND = patterns.compile(r"(?:,?[^\S\r\n]++at[^\S\r\n]++\d{1,2}(?:[.:]\d\d)?+[^\S\r\n]*+(?i:a\.m\.|p\.m\.|am|pm|h)?+)?+"
                        r"(?:[^\S\r\n]*+,)?+[^\S\r\n]++and[^\S\r\n]++(?:on[^\S\r\n]++)?+"
                        r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\r\n]++)?+")
"""Between two days of one event: "and", "and on", the first one's hour ("on Thursday, 9 October 2025,
at 10 a.m., and on Friday, 10 October 2025")."""


def _consecutive(text: str, first: DateMatch, second: DateMatch) -> DateMatch | None:
    """Two single days joined by "and" across a month's end ("30 April and 1 May 2019", "30 September
    and 1 October" with the year elsewhere), or each with its weekday ("Tuesday, 24 February, and
    Wednesday, 25 February 2026"), as one range, when the second is the day after the first; None
    otherwise."""
    if first.precision != "day" or second.precision != "day" or first.start != first.end or \
            second.start != second.end or not _AND.fullmatch(text, first.span[1], second.span[0]):
        return None
    (y1, m1, d1), (y2, m2, d2) = first.start, second.start
    if d1 is None or d2 is None:
        return None
    if y1 is None and y2 is None:  # "On 30 September and 1 October": the next day in some year, not across one
        if m2 < m1 or not any(_the_day_after((y, m1, d1), (y, m2, d2)) for y in (2001, 2004)):  # common, leap
            return None
        start = first.start
    else:
        if y1 is None:
            y1 = y2 - 1 if y2 is not None and m2 < m1 else y2
        if y1 is None or y2 is None or not _the_day_after((y1, m1, d1), (y2, m2, d2)):
            return None
        start = (y1, m1, d1)
    span = (first.span[0], second.span[1])
    return DateMatch(span, text[span[0]:span[1]], start, second.end, "day")


def _the_day_after(day: tuple[int, int, int], after: tuple[int, int, int]) -> bool:
    """Whether ``after`` (year, month, day) is the day after ``day``; False if either is no date."""
    try:
        return datetime.date(*day) + datetime.timedelta(days=1) == datetime.date(*after)
    except ValueError:
        return False


def _matches(text: str, pos: int, endpos: int | None, years: bool, starts: list[int] | None,
             month_first: bool = False) -> Iterator[DateMatch]:
    pattern, shapes = _compiled(years)
    endpos = len(text) if endpos is None else endpos
    if starts is None:
        starts = date_starts(text, pos, endpos)
    else:
        # Offsets of the whole text in [pos, endpos) are the window's, plus at most some where no
        # date can begin in the window: inside a number (``\b`` sees the digit before ``pos``) or
        # a month stem cut by ``endpos`` (every month name has three letters at least).
        starts = starts[bisect_left(starts, pos):bisect_left(starts, endpos)]
    for at in starts:
        if at < pos:
            continue  # inside the previous date
        m = pattern.match(text, at, endpos)
        if m is None:
            continue
        pos = m.end()
        shape = next(shapes[name] for name in shapes if m.start(name) >= 0)
        converted = shape.convert(m, True) if month_first and shape.name in _SLASH_SHAPES else shape.convert(m)
        if converted is not None:
            start, end, precision = converted
            yield DateMatch(m.span(), m.group(), start, end, precision)


_SLASH_SHAPES = ("NUMERIC", "WEEKDAY_NUMERIC")
"""The shapes a note's month-first convention turns ("3/12/2013" is 12 March in a US note)."""
_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?![\d/])")


def slash_dates_month_first(text: str) -> bool:
    """Whether ``text`` writes its "d/d/yyyy" dates month first, as in the US: one of them has a
    second number that cannot be a month ("3/14/2013") and none a first one ("14/3/2013"). A
    note keeps one convention, so its "3/12/2013" is then 12 March, not 3 December."""
    if "/" not in text:
        return False
    month_first = False
    for m in _SLASH_DATE.finditer(text):
        if int(m.group(1)) > 12:
            return False
        month_first = month_first or int(m.group(2)) > 12
    return month_first


def parse_date(text: str) -> DateMatch | None:
    """The first date in ``text``, or None when there is none."""
    return next(iter_dates(text), None)
