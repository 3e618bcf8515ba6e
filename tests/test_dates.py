"""Tests for noteparse.dates: the shapes that parse, what must not, spans, resolution, speed."""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from growth import growth
from noteparse.dates import DateMatch, _compiled, date_starts, find_dates, parse_date, slash_dates_month_first

DASHES = ["-", "\u2013", "\u2014", "\u2010", "\u2212"]


def only_date(text: str, years: bool = False) -> DateMatch:
    found = find_dates(text, years=years)
    assert len(found) == 1, found
    return found[0]


def iso(m: DateMatch, default_year: int | None = None) -> tuple[str, str] | None:
    resolved = m.resolve(default_year)
    return (resolved[0].isoformat(), resolved[1].isoformat()) if resolved else None


# (text, date text found, start, end, precision); a missing year resolves with default_year=2000
SHAPES = [
    ("13-15 March 2012", "13-15 March 2012", "2012-03-13", "2012-03-15", "day"),
    ("13 to 15 March 2012", "13 to 15 March 2012", "2012-03-13", "2012-03-15", "day"),
    ("the meeting runs from 7 to 10 December in Rome", "7 to 10 December", "2000-12-07", "2000-12-10", "day"),
    ("30 September – 2 October 2009", "30 September – 2 October 2009", "2009-09-30", "2009-10-02", "day"),
    ("30 November/1 December 2025, Tlemcen", "30 November/1 December 2025", "2025-11-30", "2025-12-01", "day"),
    ("28 February-1 March 2013", "28 February-1 March 2013", "2013-02-28", "2013-03-01", "day"),
    ("held between 30 November and 2 December 2021", "30 November and 2 December 2021", "2021-11-30", "2021-12-02", "day"),
    ("Between Tuesday 30 November and 2 December", "30 November and 2 December", "2000-11-30", "2000-12-02", "day"),
    ("between November 30 and December 2, 2021", "November 30 and December 2, 2021", "2021-11-30", "2021-12-02", "day"),
    ("March 13-15, 2012", "March 13-15, 2012", "2012-03-13", "2012-03-15", "day"),
    ("October 14–16, 2014", "October 14–16, 2014", "2014-10-14", "2014-10-16", "day"),
    ("Start: Aug 2 2016", "Aug 2 2016", "2016-08-02", "2016-08-02", "day"),
    ("End: Nov 21 2016", "Nov 21 2016", "2016-11-21", "2016-11-21", "day"),
    ("2nd–4th May 2015", "2nd–4th May 2015", "2015-05-02", "2015-05-04", "day"),
    ("2nd to 4th of May 2015", "2nd to 4th of May 2015", "2015-05-02", "2015-05-04", "day"),
    ("the 3rd to the 5th of May 2015", "3rd to the 5th of May 2015", "2015-05-03", "2015-05-05", "day"),
    ("August 14 and 15, 2019", "August 14 and 15, 2019", "2019-08-14", "2019-08-15", "day"),
    ("14 and 15 August 2019", "14 and 15 August 2019", "2019-08-14", "2019-08-15", "day"),
    ("1, 8 and 15 December 2020", "1, 8 and 15 December 2020", "2020-12-01", "2020-12-15", "day"),
    ("1, 8, and 15 December 2020", "1, 8, and 15 December 2020", "2020-12-01", "2020-12-15", "day"),
    ("August 4, 11 and 18, 2021", "August 4, 11 and 18, 2021", "2021-08-04", "2021-08-18", "day"),
    ("13/14 March 2012", "13/14 March 2012", "2012-03-13", "2012-03-14", "day"),
    ("13.03.2012", "13.03.2012", "2012-03-13", "2012-03-13", "day"),
    ("16/08/2019", "16/08/2019", "2019-08-16", "2019-08-16", "day"),
    ("24. 4. 2026 | Press Department", "24. 4. 2026", "2026-04-24", "2026-04-24", "day"),  # Czech, Slovak, German
    ("CIT COURSE\n14–18. 10. 2024.", "14–18. 10. 2024", "2024-10-14", "2024-10-18", "day"),  # Serbian
    ("13.03.2012 - 15.03.2012", "13.03.2012 - 15.03.2012", "2012-03-13", "2012-03-15", "day"),
    ("2018-10-02 \u2192 2018-10-04", "2018-10-02 \u2192 2018-10-04", "2018-10-02", "2018-10-04", "day"),  # a slide's arrow
    ("13 -> 15 March 2012", "13 -> 15 March 2012", "2012-03-13", "2012-03-15", "day"),
    ("from 03/30/2019 to 04/02/2019", "03/30/2019 to 04/02/2019", "2019-03-30", "2019-04-02", "day"),
    ("08/16/2019", "08/16/2019", "2019-08-16", "2019-08-16", "day"),
    ("04/05/2019", "04/05/2019", "2019-05-04", "2019-05-04", "day"),
    ("7-3-2018", "7-3-2018", "2018-03-07", "2018-03-07", "day"),
    ("2012-03-13", "2012-03-13", "2012-03-13", "2012-03-13", "day"),
    ("2 TO 5 AUGUST 2016", "2 TO 5 AUGUST 2016", "2016-08-02", "2016-08-05", "day"),
    ("12 AND 13 MARCH 2019", "12 AND 13 MARCH 2019", "2019-03-12", "2019-03-13", "day"),
    ("06-08.10.2015", "06-08.10.2015", "2015-10-06", "2015-10-08", "day"),
    ("took place 12.-14.3.2019 in Tashkent", "12.-14.3.2019", "2019-03-12", "2019-03-14", "day"),
    ("held from 10 to 12.6.2025 in Suwon", "10 to 12.6.2025", "2025-06-10", "2025-06-12", "day"),
    ("Dates: 7 to 11.08.2023", "7 to 11.08.2023", "2023-08-07", "2023-08-11", "day"),
    ("Kurs 22.07.\u201326.07.2024 in Denpasar", "22.07.\u201326.07.2024", "2024-07-22", "2024-07-26", "day"),
    ("from 30.06.-02.07.2024", "30.06.-02.07.2024", "2024-06-30", "2024-07-02", "day"),
    ("From 30.09 to 04.10.2019 in Kazan", "30.09 to 04.10.2019", "2019-09-30", "2019-10-04", "day"),
    ("course 16.09\u201320.09.2019,", "16.09\u201320.09.2019", "2019-09-16", "2019-09-20", "day"),
    ("Asunci\u00f3n, 18 of October of 2019.-", "18 of October of 2019", "2019-10-18", "2019-10-18", "day"),
    ("in March of 2019", "March of 2019", "2019-03-01", "2019-03-31", "month"),
    ("held du 17 au 19 novembre 2008 at", "17 au 19 novembre 2008", "2008-11-17", "2008-11-19", "day"),  # French
    ("les 8 et 9 octobre 2024,", "8 et 9 octobre 2024", "2024-10-08", "2024-10-09", "day"),
    ("DU 3 AU 5 MAI 2017", "3 AU 5 MAI 2017", "2017-05-03", "2017-05-05", "day"),
    ("le 14 février 2019", "14 février 2019", "2019-02-14", "2019-02-14", "day"),
    ("del 16 al 18 de octubre de 2019", "16 al 18 de octubre de 2019", "2019-10-16", "2019-10-18", "day"),  # Spanish
    ("los días 16 y 17 de mayo de 2018", "16 y 17 de mayo de 2018", "2018-05-16", "2018-05-17", "day"),
    ("em 3 de março de 2020", "3 de março de 2020", "2020-03-03", "2020-03-03", "day"),  # Portuguese
    ("from 7. until 9. November 2022 in", "7. until 9. November 2022", "2022-11-07", "2022-11-09", "day"),  # German
    ("am 7. November 2022", "7. November 2022", "2022-11-07", "2022-11-07", "day"),
    ("from the 21st to the 23rd day of August 2018,", "21st to the 23rd day of August 2018", "2018-08-21",
     "2018-08-23", "day"),  # as agreements and certificates date
    ("DONE at Windhoek on this 23rd day of August 2018.", "23rd day of August 2018", "2018-08-23", "2018-08-23", "day"),
    ("Belgrade, 18.IX.2017", "18.IX.2017", "2017-09-18", "2017-09-18", "day"),
    ("Dates | 2019-10-14 to 16", "2019-10-14 to 16", "2019-10-14", "2019-10-16", "day"),
    ("held 18.-20.IX.2017 in Belgrade", "18.-20.IX.2017", "2017-09-18", "2017-09-20", "day"),
    ("DATE/VENUE 3 to 5.III.2025 \u2013 Nassau", "3 to 5.III.2025", "2025-03-03", "2025-03-05", "day"),
    ("Session 1 \u2014 Tuesday, 8 June 2021: the schedules", "8 June 2021", "2021-06-08", "2021-06-08", "day"),
    ("Mon. 3 \u2013 Fri. 5 December 2014", "3 \u2013 Fri. 5 December 2014", "2014-12-03", "2014-12-05", "day"),
    ("from 12. - 14.3.2019", "12. - 14.3.2019", "2019-03-12", "2019-03-14", "day"),
    ("13\u201315/03/2012", "13\u201315/03/2012", "2012-03-13", "2012-03-15", "day"),
    ("30 April and 1 May 2019", "30 April and 1 May 2019", "2019-04-30", "2019-05-01", "day"),
    ("31 December 2019 and 1 January 2020", "31 December 2019 and 1 January 2020", "2019-12-31", "2020-01-01", "day"),
    ("Tuesday, 24 February, and Wednesday, 25 February 2026", "24 February, and Wednesday, 25 February 2026",
     "2026-02-24", "2026-02-25", "day"),
    ("on Thursday, 9 October 2025, at 10 a.m., and on Friday, 10 October 2025, at 9.30 a.m.",
     "9 October 2025, at 10 a.m., and on Friday, 10 October 2025", "2025-10-09", "2025-10-10", "day"),
    ("convened from Tuesday 3 until today, Thursday 5 February 2026", "3 until today, Thursday 5 February 2026",
     "2026-02-03", "2026-02-05", "day"),
    ("February 24 (Wed) \u2013 26 (Fri)", "February 24 (Wed) \u2013 26 (Fri)", "2000-02-24", "2000-02-26", "day"),
    ("March 3 (Tuesday), 2020", "March 3 (Tuesday), 2020", "2020-03-03", "2020-03-03", "day"),
    ("On 3 (Tue.) and 4 (Wed.) June 2025, the", "3 (Tue.) and 4 (Wed.) June 2025", "2025-06-03", "2025-06-04", "day"),
    ("held 28th (Mon.) \u2013 29th (Tue.) November 2022", "28th (Mon.) \u2013 29th (Tue.) November 2022",
     "2022-11-28", "2022-11-29", "day"),
    ("2021-05-18 to 2021-05-20", "2021-05-18 to 2021-05-20", "2021-05-18", "2021-05-20", "day"),
    ("2021-12-30 \u2013 2022-01-02", "2021-12-30 \u2013 2022-01-02", "2021-12-30", "2022-01-02", "day"),
    ("the TTX is 2019-05-14/16. Venue", "2019-05-14/16", "2019-05-14", "2019-05-16", "day"),  # ISO 8601 interval
    ("2019-05-31/06-02", "2019-05-31/06-02", "2019-05-31", "2019-06-02", "day"),
    ("2019-05-14/2019-05-16", "2019-05-14/2019-05-16", "2019-05-14", "2019-05-16", "day"),
    ("2019-10-14 to 10-16", "2019-10-14 to 10-16", "2019-10-14", "2019-10-16", "day"),
    ("13 March 2012", "13 March 2012", "2012-03-13", "2012-03-13", "day"),
    ("Tuesday, 13 March 2012", "13 March 2012", "2012-03-13", "2012-03-13", "day"),
    ("Monday 5 – Wednesday 7 May 2014", "5 – Wednesday 7 May 2014", "2014-05-05", "2014-05-07", "day"),
    ("from Tuesday\n  6 to Thursday 8 June 2023", "6 to Thursday 8 June 2023", "2023-06-06", "2023-06-08", "day"),
    ("ran from Tuesday the\n12th to Thursday the 14th of June 2018", "12th to Thursday the 14th of June 2018",
     "2018-06-12", "2018-06-14", "day"),
    ("March 13, 2012", "March 13, 2012", "2012-03-13", "2012-03-13", "day"),
    ("Dila, March 3/2026 (SERMMA) -", "March 3/2026", "2026-03-03", "2026-03-03", "day"),  # an Ethiopian wire's
    ("held March 3-5/2026 in Hawassa", "March 3-5/2026", "2026-03-03", "2026-03-05", "day"),
    ("13 Mar. 2012", "13 Mar. 2012", "2012-03-13", "2012-03-13", "day"),
    ("13 Mar 2012", "13 Mar 2012", "2012-03-13", "2012-03-13", "day"),
    ("Sept. 30, 2009", "Sept. 30, 2009", "2009-09-30", "2009-09-30", "day"),
    ("Sep 30 2009", "Sep 30 2009", "2009-09-30", "2009-09-30", "day"),
    ("13 MARCH 2012", "13 MARCH 2012", "2012-03-13", "2012-03-13", "day"),
    ("13 march 2012", "13 march 2012", "2012-03-13", "2012-03-13", "day"),
    ("January 2012", "January 2012", "2012-01-01", "2012-01-31", "month"),
    ("in February 2012,", "February 2012", "2012-02-01", "2012-02-29", "month"),
    ("January-February 2012", "January-February 2012", "2012-01-01", "2012-02-29", "month"),
    ("December 2012 – January 2013", "December 2012 – January 2013", "2012-12-01", "2013-01-31", "month"),
    ("27-28 January 2011", "27-28 January 2011", "2011-01-27", "2011-01-28", "day"),
    ("7-9 July 2020", "7-9 July 2020", "2020-07-07", "2020-07-09", "day"),
    ("from 9 – 12 March 2015", "9 – 12 March 2015", "2015-03-09", "2015-03-12", "day"),
    ("9 to 12 March 2015", "9 to 12 March 2015", "2015-03-09", "2015-03-12", "day"),
    ("21 November", "21 November", "2000-11-21", "2000-11-21", "day"),
    ("On 21 November, the minister", "21 November", "2000-11-21", "2000-11-21", "day"),
    ("adopted on 28 April 2004.", "28 April 2004", "2004-04-28", "2004-04-28", "day"),
    ("between 5 and 7 May 2014", "5 and 7 May 2014", "2014-05-05", "2014-05-07", "day"),
    ("5 May to 7 June 2014", "5 May to 7 June 2014", "2014-05-05", "2014-06-07", "day"),
    ("5 May 2014 to 7 June 2014", "5 May 2014 to 7 June 2014", "2014-05-05", "2014-06-07", "day"),
    ("December 3-4 2018", "December 3-4 2018", "2018-12-03", "2018-12-04", "day"),
    ("September 30 – October 2, 2009", "September 30 – October 2, 2009", "2009-09-30", "2009-10-02", "day"),
    ("2 \u00e2\u20ac\u201c 4 October 2023", "2 \u00e2\u20ac\u201c 4 October 2023", "2023-10-02", "2023-10-04", "day"),  # "–" mis-decoded
    ("May 3\u00e2\u20ac\u201d5, 2021", "May 3\u00e2\u20ac\u201d5, 2021", "2021-05-03", "2021-05-05", "day"),  # "—" mis-decoded
    ("3rd of December 2009", "3rd of December 2009", "2009-12-03", "2009-12-03", "day"),
    ("from the twenty-first to the twenty-third of March 2017", "twenty-first to the twenty-third of March 2017",
     "2017-03-21", "2017-03-23", "day"),
    ("on the eighth and tenth of June 2021", "eighth and tenth of June 2021", "2021-06-08", "2021-06-10", "day"),
    ("The Hague, the Thirtieth of March 2017", "Thirtieth of March 2017", "2017-03-30", "2017-03-30", "day"),
    ("the thirtieth of September to the second of October 2009", "thirtieth of September to the second of October 2009",
     "2009-09-30", "2009-10-02", "day"),
    ("on the twenty first of\nJune", "twenty first of\nJune", "2000-06-21", "2000-06-21", "day"),
    ("from the seventeenth day to the nineteenth day of November, 2025",  # a gazette's
     "seventeenth day to the nineteenth day of November, 2025", "2025-11-17", "2025-11-19", "day"),
    ("on the third day of May, 2024", "third day of May, 2024", "2024-05-03", "2024-05-03", "day"),
    ("THE FIRST OF MAY 2015", "FIRST OF MAY 2015", "2015-05-01", "2015-05-01", "day"),
    ("on the 3rd December", "3rd December", "2000-12-03", "2000-12-03", "day"),
    ("28 December - 3 January 2013", "28 December - 3 January 2013", "2012-12-28", "2013-01-03", "day"),
    ("28 December 2012 – 3 January", "28 December 2012 – 3 January", "2012-12-28", "2013-01-03", "day"),
    ("13-15\nMarch 2012", "13-15\nMarch 2012", "2012-03-13", "2012-03-15", "day"),
    ("13 to\n  15 March 2012", "13 to\n  15 March 2012", "2012-03-13", "2012-03-15", "day"),
    ("March\n13, 2012", "March\n13, 2012", "2012-03-13", "2012-03-13", "day"),
    ("13\u00a0March\u00a02012", "13\u00a0March\u00a02012", "2012-03-13", "2012-03-13", "day"),
    ("Date:13 March 2012", "13 March 2012", "2012-03-13", "2012-03-13", "day"),
    ("2\u20135 Novem-\nber 2025", "2\u20135 Novem-\nber 2025", "2025-11-02", "2025-11-05", "day"),  # a PDF's line end
    ("SEPTEM-\r\nBER 9, 2025", "SEPTEM-\r\nBER 9, 2025", "2025-09-09", "2025-09-09", "day"),
]


@pytest.mark.parametrize("text,found,start,end,precision", SHAPES)
def test_dates_shapes(text, found, start, end, precision):
    """Every documented way of writing a date gives the right span, range and precision."""
    m = only_date(text)
    assert m.text == found
    assert text[m.span[0] : m.span[1]] == m.text
    assert iso(m, default_year=2000) == (start, end)
    assert m.precision == precision


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize(
    "template,start,end",
    [
        ("13{d}15 March 2012", "2012-03-13", "2012-03-15"),
        ("13 {d} 15 March 2012", "2012-03-13", "2012-03-15"),
        ("28 February{d}1 March 2013", "2013-02-28", "2013-03-01"),
        ("30 September {d} 2 October 2009", "2009-09-30", "2009-10-02"),
        ("March 13{d}15, 2012", "2012-03-13", "2012-03-15"),
        ("January{d}February 2012", "2012-01-01", "2012-02-29"),
    ],
)
def test_dates_every_dash(template, start, end, dash):
    """Notes use every kind of dash, spaced or not, between the ends of a range."""
    text = template.format(d=dash)
    m = only_date(text)
    assert (m.text, iso(m)) == (text, (start, end))


@pytest.mark.parametrize(
    "text,texts",
    [
        ("on 3 March and 5 May 2019", ["3 March", "5 May 2019"]),  # not consecutive: two dates
        ("on 30 April and 2 May 2019", ["30 April", "2 May 2019"]),
        ("on 30 November and 2 December 2021", ["30 November", "2 December 2021"]),  # a range needs "between"
        ("30 April 2019 and 1 May 2020", ["30 April 2019", "1 May 2020"]),
        ("13-15 March and 16 March 2012", ["13-15 March", "16 March 2012"]),  # a range is not joined again
        ("On 30 September and 1 October, UNODA met", ["30 September and 1 October"]),  # the year elsewhere
        ("on 28 February and 1 March", ["28 February and 1 March"]),  # consecutive in a common year
        ("on 30 September and 2 October", ["30 September", "2 October"]),
        ("on 31 December and 1 January", ["31 December", "1 January"]),  # across a year not written: two
    ],
)
def test_dates_two_days_joined_only_when_consecutive(text, texts):
    assert [m.text for m in find_dates(text)] == texts


@pytest.mark.parametrize(
    "name,month",
    [
        ("Jan", 1), ("Feb.", 2), ("Mar", 3), ("Apr.", 4), ("May", 5), ("Jun", 6), ("Jul.", 7), ("Aug", 8),
        ("Sep", 9), ("Sept.", 9), ("Oct", 10), ("Nov.", 11), ("Dec", 12), ("JUNE", 6), ("july", 7),
        ("SEPT", 9), ("September", 9), ("MAY", 5),
    ],
)  # fmt: skip
def test_dates_month_names(name, month):
    """Full and abbreviated month names, with or without a dot, in any common case."""
    for text in (f"10 {name} 2014", f"{name} 10, 2014"):
        m = only_date(text)
        assert (m.text, m.start) == (text, (2014, month, 10))


@pytest.mark.parametrize(
    "text",
    [
        "resolution 1540 (2004)",
        "UNSCR 1540",
        "Brussels, 05:39, UNIQUE ID: 190816_1",
        "call +41 22 917 2015 or 022-917-1234",
        "the 2019 – 2021 programme",
        "25 participants from 10 countries",
        "Article X and Article 7",
        "see page 12, pp. 3-5 and p. 13",
        "1.5 million",
        "version 3.8.0",
        "March",
        "in March, at the latest",
        "States may 15 times",
        "May",
        "Marching 5 kilometres",
        "Mayor 5",
        "13:30-15:00",
        "1-2-3-4-5-6",
        "13/13/2012",
        "12.5.12",
        "24. 4.2026",  # a space after one dot and not the other: no date
        "2019-05-16/14",  # an interval that runs backwards
        "2019/05/14/16",  # the interval mark follows hyphens only
        "13\n\nMarch",
        "the first March meeting",  # an ordinal word is a day only with "of"
        "the second of the two meetings",
        "thirty-second of May",
    ],
)
def test_dates_not_dates(text):
    """Numbers without a month (or full numeric form), bare years and lone months are no dates."""
    assert find_dates(text) == []
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text,found,start,end",
    [
        ("resolution 1540 (2004)", ["2004"], "2004-01-01", "2004-12-31"),
        ("the 2019 – 2021 programme", ["2019 – 2021"], "2019-01-01", "2021-12-31"),
        ("from 2019-2021", ["2019-2021"], "2019-01-01", "2021-12-31"),
        ("Since 2008, the Centre", ["2008"], "2008-01-01", "2008-12-31"),
    ],
)
def test_dates_years_when_asked(text, found, start, end):
    """years=True adds bare years and year ranges (1900–2099) with precision "year"."""
    matches = find_dates(text, years=True)
    assert [m.text for m in matches] == found
    assert (iso(matches[0]), matches[0].precision) == ((start, end), "year")


@pytest.mark.parametrize("text", ["UNSCR 1540", "call +41 22 917 2015", "190816_1", "in 2100 or 1899", "2012345",
                                  "Operator on duty: V. Rusu (0700–1900)"])
def test_dates_years_never_from_other_numbers(text):
    """Even with years=True, 1540, phone-number parts, a shift's hours and years outside 1900–2099
    are no years."""
    assert find_dates(text, years=True) == []


def test_dates_years_do_not_split_full_dates():
    """With years=True a full date is still one match; its year is not reported again."""
    text = "On 13 March 2012 (see 2012-03-13) the 2012 plan"
    assert [m.text for m in find_dates(text, years=True)] == ["13 March 2012", "2012-03-13", "2012"]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Bruxelles, 16/08/2019 - 05:39, UNIQUE ID: 190816_1", ["16/08/2019"]),
        ("held in Malta in January 2012 and from 13 to 15 March 2012", ["January 2012", "13 to 15 March 2012"]),
        ("27-28 January 2011 and 13-15 March 2012", ["27-28 January 2011", "13-15 March 2012"]),
        ("pages 4-5, 13 March 2012", ["13 March 2012"]),
        ("Ref. 3/4, 13/03/2012", ["13/03/2012"]),
        ("items 1, 2, 3, 4, 5, 6, 7, 8, 9 May 2012", ["9 May 2012"]),
        ("In May 2015 and November 2015", ["May 2015", "November 2015"]),
        ("Start Date: Nov 21 2016\nEnd Date: Nov 22 2016", ["Nov 21 2016", "Nov 22 2016"]),
    ],
)
def test_dates_in_running_text(text, found):
    """Several dates come back in order, non-overlapping, with grounded spans."""
    matches = find_dates(text)
    assert [m.text for m in matches] == found
    assert all(text[m.span[0] : m.span[1]] == m.text for m in matches)
    assert all(a.span[1] <= b.span[0] for a, b in zip(matches, matches[1:]))


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("on August* 14, 2019, in Accra", "2019-08-14", "2019-08-14"),
        ("on 14* August 2019 in Accra", "2019-08-14", "2019-08-14"),
        ("from 14\u00b9 to 16 August 2019", "2019-08-14", "2019-08-16"),
        ("on 14-16 August* 2019", "2019-08-14", "2019-08-16"),
    ],
)
def test_dates_a_footnote_marker_glued_to_a_part_does_not_break_the_date(text, start, end):
    """A stray "*" or a superscript left by a PDF after a day or a month is inside the date's span."""
    (match,) = find_dates(text)
    first, last = match.resolve()
    assert (first.isoformat(), last.isoformat()) == (start, end)
    assert text[match.span[0] : match.span[1]] == match.text


@pytest.mark.parametrize(
    "text,found,start,end",
    [
        ("Wed 14/6 - Thu 15/6, Park Hotel", "14/6 - Thu 15/6", (None, 6, 14), (None, 6, 15)),
        ("In the opening speech on Tuesday (5/3), the Director", "5/3", (None, 3, 5), (None, 3, 5)),
        ("held from Monday (5/8) to Friday (9/8) in Bandung", "5/8) to Friday (9/8", (None, 8, 5), (None, 8, 9)),
        ("flight home Fri 16.6 08:10", "16.6", (None, 6, 16), (None, 6, 16)),
        ("(BPO) - On the morning of 11/3, in Dong Xoai city", "11/3", (None, 3, 11), (None, 3, 11)),
        ("The workshop takes place over three days, until 13/3.", "13/3", (None, 3, 13), (None, 3, 13)),
        ("over three days, from 11/3 to 13/3/2025.", "11/3 to 13/3/2025", (2025, 3, 11), (2025, 3, 13)),
        ("(MOFA) - On 30/9 - 1/10, in Ha Noi, the Ministry", "30/9 - 1/10", (None, 9, 30), (None, 10, 1)),
        ("On 14/6, delegates visited the port.", "14/6", (None, 6, 14), (None, 6, 14)),
        ("(CDO) - On 24 and 25/9, the District People's Committee", "24 and 25/9", (None, 9, 24), (None, 9, 25)),
        ("over two days, from 24-25/9 in Can Tho", "24-25/9", (None, 9, 24), (None, 9, 25)),
    ],
)
def test_dates_day_and_month_in_numbers_after_a_weekday(text, found, start, end):
    """A weekday, a part of the day, "from" or "until" makes "14/6" a date (its year is the note's, or
    the one after the range's last day); alone, it is none."""
    (match,) = find_dates(text)
    assert (match.text, match.start, match.end) == (found, start, end)


@pytest.mark.parametrize("text", ["a score of 14/6 in the vote", "Tuesday 14/13", "Thursday 3.2.1 release",
                                  "agreed on 2/3 of the budget", "passed on 1/4, 2/4 and 3/4 of the shares",
                                  "the call went on until 10.30 our time"])
def test_dates_day_and_month_in_numbers_need_a_weekday_and_a_month(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text,found,start,end",
    [
        ("The training course, which ran from 11 to 15.9, was organised by", "11 to 15.9", (None, 9, 11), (None, 9, 15)),
        ("Kurs 11.–15.9. in Bayonne", "11.–15.9.", (None, 9, 11), (None, 9, 15)),
    ],
)
def test_dates_a_range_of_days_and_its_month_in_numbers_leaves_the_year_to_the_note(text, found, start, end):
    (match,) = find_dates(text)
    assert (match.text, match.start, match.end) == (found, start, end)


@pytest.mark.parametrize("text", ["Inflation rose from 11 to 15.9 per cent.", "from 11 to 15.9%", "version 3 to 4.2",
                                  "a share from 12 to 14.5 million"])
def test_dates_a_number_after_from_and_to_is_no_date(text):
    assert find_dates(text) == []


def test_dates_a_month_first_note_reads_a_weekdays_numbers_month_first():
    (match,) = find_dates("Tuesday 3/12 - Thursday 3/14", month_first=True)
    assert (match.start, match.end) == ((None, 3, 12), (None, 3, 14))


@pytest.mark.parametrize(
    "text,found,start,end",
    [
        ("Dates: Tuesday 11-Mar-2025 to Thursday 13-Mar-2025", "11-Mar-2025 to Thursday 13-Mar-2025",
         (2025, 3, 11), (2025, 3, 13)),
        ("Issued: 18-Feb-2025  Revision 2", "18-Feb-2025", (2025, 2, 18), (2025, 2, 18)),
        ("  10-Mar   Deluxe King   9", "10-Mar", (None, 3, 10), (None, 3, 10)),
        ("28-Feb - 1-Mar-2013", "28-Feb - 1-Mar-2013", (2013, 2, 28), (2013, 3, 1)),
    ],
)
def test_dates_day_month_and_year_joined_by_hyphens(text, found, start, end):
    """As hotel, airline and database systems print dates: "11-Mar-2025"."""
    (match,) = find_dates(text)
    assert (match.text, match.start, match.end) == (found, start, end)


@pytest.mark.parametrize(
    "text,found,day",
    [
        ("14 APR 21   0700   MIKE BASE   Shift handover", "14 APR 21", (2021, 4, 14)),
        ("Issued 03-NOV-09 by the desk", "03-NOV-09", (2009, 11, 3)),
        ("1 JAN 99 entry", "1 JAN 99", (1999, 1, 1)),
    ],
)
def test_dates_a_logs_day_capital_month_and_two_digit_year(text, found, day):
    """As radio logs and date-time groups write them: "14 APR 21" is 14 April 2021."""
    (match,) = find_dates(text)
    assert (match.text, match.start, match.end) == (found, day, day)


@pytest.mark.parametrize("text", ["on 14 Apr 21 people came", "14 APR 21:30", "14 APR 21-22 May"])
def test_dates_no_two_digit_year_but_after_a_month_in_capitals(text):
    """"14 Apr 21 people" is 14 April and a count; a time or a range is no year either."""
    assert all(m.start[0] is None for m in find_dates(text))


@pytest.mark.parametrize(
    "text,found,start,end",
    [
        ("Tuesday, March 10, through Thursday, March 12, 2026, at the hotel", "March 10, through Thursday, March 12, 2026",
         (2026, 3, 10), (2026, 3, 12)),
        ("from Monday, 9 March, to Wednesday, 11 March 2026, at Spiez", "9 March, to Wednesday, 11 March 2026",
         (2026, 3, 9), (2026, 3, 11)),
    ],
)
def test_dates_a_comma_before_to_or_through_still_joins_a_range(text, found, start, end):
    (match,) = find_dates(text)
    assert (match.text, match.start, match.end) == (found, start, end)


def test_dates_a_comma_then_to_and_no_date_is_no_range():
    assert [m.text for m in find_dates("on 9 March 2026, to Geneva and back")] == ["9 March 2026"]


@pytest.mark.parametrize(
    "text,found,start,end",
    [
        ("Distribution date: 2025. 9. 15.(Mon)", "2025. 9. 15.(Mon)", (2025, 9, 15), (2025, 9, 15)),
        ("UNODA together, 9.16.(Tue)~9.18.(Thu) 3 days during", "9.16.(Tue)~9.18.(Thu)", (None, 9, 16), (None, 9, 18)),
        ("last seminar is 2023. 11. 28.~11. 30. at Jeju held.", "2023. 11. 28.~11. 30.", (2023, 11, 28), (2023, 11, 30)),
    ],
)
def test_dates_korean_dotted_dates(text, found, start, end):
    """Year, month and day each closed by a full stop; month and day alone only before a weekday."""
    (match,) = find_dates(text)
    assert (match.text, match.start, match.end) == (found, start, end)


@pytest.mark.parametrize("text", ["version 2.1.3. of the list", "In 2025. 9 States came.", "items 9.16. and 9.18."])
def test_dates_dotted_numbers_that_are_no_korean_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text,found,start,end",
    [
        ("on 22-23 September B.E. 2565, the Department", "22-23 September B.E. 2565", (2022, 9, 22), (2022, 9, 23)),
        ("Bangkok, 26 September 2565", "26 September 2565", (2022, 9, 26), (2022, 9, 26)),
        ("since 1 January BE 2563", "1 January BE 2563", (2020, 1, 1), (2020, 1, 1)),
    ],
)
def test_dates_a_year_of_the_buddhist_era_after_a_month(text, found, start, end):
    """As Thai texts date: B.E. 2565 is 2022."""
    (match,) = find_dates(text)
    assert (match.text, match.start, match.end) == (found, start, end)


@pytest.mark.parametrize("text", ["3 May 2500 tonnes", "3 May 2612 units", "3 May 2539"])
def test_dates_a_number_outside_the_buddhist_eras_range_is_no_year(text):
    (match,) = find_dates(text)
    assert (match.text, match.start) == ("3 May", (None, 5, 3))


def test_dates_a_nepali_offices_year_first_date_is_of_its_own_calendar():
    """Bikram Sambat 2082/11/09 is a day of February 2026, not of November 2082: not read; the
    Gregorian days the notice gives are."""
    text = "Date: 2082/11/09\n\nat Hotel Himalaya, Patan on 24 and 25 February 2026 (Tuesday and Wednesday)"
    assert [(m.start, m.end) for m in find_dates(text)] == [((2026, 2, 24), (2026, 2, 25))]
    assert find_dates("Ref. 2082-11-09") == []
    assert [m.start for m in find_dates("due 2069-12-31")] == [(2069, 12, 31)]


def test_dates_pos_and_endpos_index_the_whole_text():
    """pos/endpos limit the search, spans still index the text passed in."""
    text = "x 13-15 March 2012 and 20 May 2013"
    assert [(m.text, m.span) for m in find_dates(text, 19)] == [("20 May 2013", (23, 34))]
    assert [m.text for m in find_dates(text, 0, 13)] == ["13-15 March"]
    assert [m.text for m in find_dates(text, 4)] == ["March 2012", "20 May 2013"]  # "5" continues "13-"


@pytest.mark.parametrize(
    "text,start,end,has_year",
    [
        ("13-15 March 2012", (2012, 3, 13), (2012, 3, 15), True),
        ("7 to 10 December", (None, 12, 7), (None, 12, 10), False),
        ("28 December - 3 January 2013", (2012, 12, 28), (2013, 1, 3), True),
        ("January-February 2012", (2012, 1, None), (2012, 2, None), True),
    ],
)
def test_dates_parts_as_written(text, start, end, has_year):
    """Parts keep the year None when the text gives none; a shared year or month is copied."""
    m = parse_date(text)
    assert (m.start, m.end, m.has_year()) == (start, end, has_year)


@pytest.mark.parametrize(
    "text,default_year,expected",
    [
        ("7 to 10 December", None, None),
        ("7 to 10 December", 2009, ("2009-12-07", "2009-12-10")),
        ("28 December - 3 January", 2013, ("2012-12-28", "2013-01-03")),
        ("13-15 March 2012", 1999, ("2012-03-13", "2012-03-15")),
        ("31 February 2012", None, None),
        ("29 February 2013", None, None),
        ("29 February", 2012, ("2012-02-29", "2012-02-29")),
        ("15-13 March 2012", None, None),
        ("February 2013", None, ("2013-02-01", "2013-02-28")),
    ],
)
def test_dates_resolve(text, default_year, expected):
    """resolve() fills a missing year, wraps New Year, and returns None for impossible dates."""
    assert iso(parse_date(text), default_year) == expected


def test_dates_resolve_gives_dates():
    """resolve() returns datetime.date objects, not strings."""
    assert parse_date("13 March 2012").resolve() == (datetime.date(2012, 3, 13), datetime.date(2012, 3, 13))


ADVERSARIAL = {
    "dash run": "1-" * 100_000,
    "spaced numbers": "13 " * 70_000,
    "months": "March " * 40_000,
    "mixed": "1-2 3–4, 2012-1 13.03. 12 and 2019 - " * 6_000,
    "month and runs": "March 1-2-3-4-5-6-7-8-9-10-11 " * 8_000,
    "comma list": "1, " * 70_000,
    "ordinals": "1st, 2nd and 3rd, 4th to " * 8_000,
    "dense dates": "13-15 March 2012, " * 12_000,
    "one long space": "13" + " " * 200_000 + "March",
    "ordinal words": "the first to the second of March, " * 6_000,
    "ordinal words, no month": "twenty-first to the " * 10_000 + "of March",
}


@pytest.mark.parametrize("years", [False, True])
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_dates_linear_time_on_adversarial_text(name, years):
    """200 kB of number runs, repeated months or long spaces must not backtrack catastrophically:
    the whole text costs at most about four times its first quarter (a ratio, so a slow or busy
    machine does not fail it; a backtracking pattern would be 16 times or worse)."""
    text = ADVERSARIAL[name]
    ratio = growth(lambda part: find_dates(part, years=years), text[:len(text) // 4], text, repeats=2)
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["13", "3rd", "2012", "1540", " ", "-", "–", ",", "and", "to", "March", "Sept.", "May",
                         "may", "\n", "/", ".", "(", "of", "Monday", "x"]),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_dates_never_raise_and_stay_grounded(text):
    """On any text: no exception, spans grounded, in order, non-overlapping, resolve() never raises."""
    for years in (False, True):
        matches = find_dates(text, years=years)
        assert all(text[m.span[0] : m.span[1]] == m.text for m in matches)
        assert all(a.span[1] <= b.span[0] for a, b in zip(matches, matches[1:]))
        for m in matches:
            m.resolve(2000)


_DATE_PIECES = ["13", "3rd", "2012", "1-", " ", "–", ",", "and", "to", "March", "MAR", "Sept.", "May", "may",
                "\n", "/", ".", "of", "x", "é"]


def _text_and_window(*pieces: str):  # type: ignore[no-untyped-def]
    """A text joined from date-like pieces (``_DATE_PIECES`` and ``pieces``), and a ``pos``/``endpos`` window."""
    return (st.lists(st.sampled_from(_DATE_PIECES + list(pieces)), max_size=30).map("".join),
            st.integers(0, 40), st.integers(0, 200))


@settings(max_examples=300, deadline=None)
@given(*_text_and_window("decided", "summary", "Monday", "\u0663", "first", "twenty-third", "the", "of "))
def test_dates_same_matches_as_a_full_scan(text, pos, endpos):
    """Trying the pattern only where a date can begin finds what scanning every position finds."""
    for years in (False, True):
        pattern, shapes = _compiled(years)
        full = [m.span() for m in pattern.finditer(text, pos, endpos)
                if next(shapes[n] for n in shapes if m.start(n) >= 0).convert(m) is not None]
        assert [m.span for m in find_dates(text, pos, endpos, years=years)] == full


@settings(max_examples=300, deadline=None)
@given(*_text_and_window("decided", "JuN", "\u0130", "\u017f", "\u212a", "NOV", "janov", "second", "of"))
def test_dates_shared_starts_same_as_a_scan_of_the_part(text, pos, endpos):
    """Start offsets found once for a whole text serve any part of it: the same dates as a scan
    of that part alone (letters that lower to two, "\u0130", do not shift them)."""
    starts = date_starts(text)
    assert starts == sorted(set(starts))
    assert date_starts(text, lowered=text.lower()) == starts
    assert date_starts(text, pos, endpos, lowered=text.lower()) == date_starts(text, pos, endpos)
    for years in (False, True):
        assert find_dates(text, pos, endpos, years=years, starts=starts) == \
            find_dates(text, pos, endpos, years=years)


@pytest.mark.parametrize("text,months", [
    ("Jan 5 and JAN 6, jan 7 or JaN 8", [0, 10, 17]),
    ("\u0130stanbul, 3 May 2012 and June 2013", [12, 25]),
    ("janov 12", []),
    ("about outreach, 5 outubro 2019, email_out, out. set", [18]),
    ("Sept. 3, mayo, Mar.", [0, 9, 15]),
])
def test_dates_starts_at_numbers_and_month_spellings(text, months):
    """A start at the first digit of each number, and at each word in lower, Title or UPPER case
    that may be a month's name: one whose first four letters begin one, or a three-letter month
    that ends its word."""
    numbers = [i for i in range(len(text)) if text[i].isdigit() and (i == 0 or not text[i - 1].isdigit())]
    expected = sorted(numbers + months)
    assert date_starts(text) == expected


@pytest.mark.parametrize(
    "text,month_first",
    [
        ("Posted: 3/12/2013 | Last updated: 3/14/2013", True),  # 14 cannot be a month: US style
        ("from 10/23/2012 to 10/25/2012", True),
        ("Posted: 14/03/2013; the course on 3/12/2013", False),  # 14 cannot be a month: day first
        ("3/14/2013 and 14/3/2013", False),  # mixed: no convention, each read alone
        ("3/12/2013 and 4/5/2013", False),  # nothing tells: day first
        ("13.03.2012", False),
        ("", False),
    ],
)
def test_dates_a_note_that_writes_dates_month_first(text, month_first):
    assert slash_dates_month_first(text) is month_first


def test_dates_month_first_reads_a_slashed_date_month_first():
    """In a note that writes "3/14/2013", "3/12/2013" is 12 March; dotted dates stay day first."""
    text = "Posted 3/12/2013. Held 3/5/2013 - 3/7/2013 and 04.05.2013."
    found = find_dates(text, month_first=True)
    assert [(d.start, d.end) for d in found] == [
        ((2013, 3, 12), (2013, 3, 12)), ((2013, 3, 5), (2013, 3, 7)), ((2013, 5, 4), (2013, 5, 4))]
    assert find_dates(text)[0].start == (2013, 12, 3)


def test_dates_a_us_page_reads_its_schedule_month_first(parse):
    text = ("EXBS Program Brings Commodity Identification Training to Tangier\n\n"
            "Posted: 3/18/2013\n\nA course for customs officers was held in Tangier, Morocco, from 3/5/2013 to "
            "3/7/2013.\n")
    record = parse(text)
    assert (str(record.dates.start), str(record.dates.end)) == ("2013-03-05", "2013-03-07")


def test_dates_a_japanese_eras_year_with_the_common_eras_in_brackets():
    """"January 14, Reiwa 8 (2026)": a Japanese city's release dates itself in its era and, in brackets, in ours."""
    (match,) = find_dates("Shiojiri City          January 14, Reiwa 8 (2026)")
    assert (match.text, match.start) == ("January 14, Reiwa 8 (2026)", (2026, 1, 14))


def test_dates_a_day_then_a_japanese_eras_year_keeps_its_bracket():
    """"27 May, Reiwa 7 (2025)": the date's span closes its bracket, so nothing is left after it on its line."""
    (match,) = find_dates("27 May, Reiwa 7 (2025)")
    assert (match.text, match.start) == ("27 May, Reiwa 7 (2025)", (2025, 5, 27))


def test_dates_a_japanese_eras_year_alone():
    """"13 March, Reiwa 8": a release dated in its era alone is dated 2026 (Reiwa 1 is 2019, Heisei 1 is 1989)."""
    assert [(m.text, m.start) for m in find_dates("NEWS RELEASE    13 March, Reiwa 8\nIssued 2 May, Heisei 30.")] == [
        ("13 March, Reiwa 8", (2026, 3, 13)), ("2 May, Heisei 30", (2018, 5, 2))]


def test_dates_a_decade_is_no_year():
    """"since the 1960s" names no year a date without one could take."""
    assert [d.text for d in find_dates("a hub of precision industries since the 1960s, and in 2019", years=True)] == ["2019"]
