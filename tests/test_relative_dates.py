"""Tests for noteparse.relative_dates: days a press release gives relative to its own date."""

from __future__ import annotations

import datetime

import pytest

from noteparse import relative_dates
from noteparse.relative_dates import (DAY_OF_MONTH_RE, DAYS_OF_MONTH_RE, day_of_month, days_of_month, find_relative_dates,
                                      join_ranges)

MONDAY_19_JUNE_2023 = datetime.date(2023, 6, 19)


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("Officials gathered yesterday at the Hofburg.", "2023-06-18", "2023-06-18"),
        ("The workshop concluded here today.", "2023-06-19", "2023-06-19"),
        ("The delegation visited Thailand last Tuesday and Wednesday.", "2023-06-13", "2023-06-14"),
        ("Experts met on Friday to review the action plan.", "2023-06-16", "2023-06-16"),
        ("Experts met this past Thursday.", "2023-06-15", "2023-06-15"),
        ("The course ran from Wednesday to Friday.", "2023-06-14", "2023-06-16"),
        ("The briefing will take place on Thursday.", "2023-06-22", "2023-06-22"),
        ("Talks opened on Monday.", "2023-06-19", "2023-06-19"),  # the day of the release itself
        ("Talks opened last Monday.", "2023-06-12", "2023-06-12"),  # "last": the one before
        ("The results will be presented tomorrow.", "2023-06-20", "2023-06-20"),
    ],
)
def test_relative_dates_resolve_against_the_note_date(text, start, end):
    (found,) = find_relative_dates(text, MONDAY_19_JUNE_2023)
    assert (found.start, found.end) == (tuple(map(int, start.split("-"))), tuple(map(int, end.split("-"))))
    assert found.anchored and found.precision == "day"
    assert text[found.span[0]:found.span[1]] == found.text


@pytest.mark.parametrize("text, day", [
    ("On Thursday the participants will visit the laboratories.", "2024-05-16"),  # the future, said after it
    ("On Thursday the participants visited the laboratories.", "2024-05-09"),
    ("On Thursday, after the visit, the participants said they will write a report.", "2024-05-09"),  # a comma ends it
    ("The seminar began on Monday and will run until Friday.", "2024-05-13"),  # begun: the future is its end's
    ("From Thursday the customs\ntraining centre next to our paddock will host it.", "2024-05-16"),  # a line's end
])
def test_relative_dates_a_weekday_opening_a_clause_in_the_future(text, day):
    """Dated Tuesday 14 May 2024: "On Thursday … will visit" is the coming Thursday, not the last one; a day
    the event "began on" is gone by, whatever "will" follows it."""
    found = find_relative_dates(text, datetime.date(2024, 5, 14))[0]
    assert found.start == tuple(map(int, day.split("-")))


@pytest.mark.parametrize("text, start, end", [
    ("The course ran from Monday to Friday at Cambrian College.", "2019-10-07", "2019-10-11"),  # over: last week's
    ("The course runs from Monday to Friday at Cambrian College.", "2019-10-14", "2019-10-18"),  # this week's
    ("The course will run from Monday to Friday next door.", "2019-10-21", "2019-10-25"),
    ("The course, held Monday through Friday at the Student Union, was organized by CBP.", "2019-10-07", "2019-10-11"),
    ("The course, which is being held Monday through Friday at the Student Union, …", "2019-10-14", "2019-10-18"),
])
def test_relative_dates_a_range_of_weekdays_said_in_the_past_is_over(text, start, end):
    """Dated Wednesday 16 October 2019, "ran from Monday to Friday" cannot end on the 18th: it is last week's."""
    (found,) = find_relative_dates(text, datetime.date(2019, 10, 16))
    assert (found.start, found.end) == (tuple(map(int, start.split("-"))), tuple(map(int, end.split("-"))))


@pytest.mark.parametrize(
    "text,start",
    [
        ("The course opened on Monday last week.", "2023-06-12"),  # the week before, not this Monday
        ("Talks opened on Monday of last week.", "2023-06-12"),
        ("The course opened on Friday last week.", "2023-06-16"),
        ("The review will start on Tuesday next week.", "2023-06-27"),
        ("Experts met on Tuesday this week.", "2023-06-20"),
    ],
)
def test_relative_dates_a_weekday_of_last_or_next_week(text, start):
    (found,) = find_relative_dates(text, datetime.date(2023, 6, 22))  # a Thursday
    assert found.start == found.end == tuple(map(int, start.split("-")))
    assert text[found.span[0]:found.span[1]] == found.text


@pytest.mark.parametrize("text, day, said", [
    ("The meeting, which ends this Thursday, is organized by the Ministry.", "2025-04-17", "Thursday"),
    ("The Ministry opened this Monday the national seminar.", "2025-04-14", "Monday"),  # this week's, gone by
    ("Officials from four States are meeting until Thursday at a hotel by the lagoon.", "2025-04-17", "Thursday"),
    ("Officials from four States met on Thursday at a hotel by the lagoon.", "2025-04-10", "on Thursday"),
])
def test_relative_dates_this_weekday_is_this_weeks_and_an_event_going_on_runs_until_a_coming_one(text, day, said):
    """Dated Wednesday 16 April 2025: "this Thursday" is this week's, as "this Monday" is; officials who "are
    meeting until Thursday" meet to the coming one. The match leaves "this" out of its text, so that a place
    before it ("… Chile and Uruguay, this Tuesday began in Trelew") ends where it did."""
    (found,) = find_relative_dates(text, datetime.date(2025, 4, 16))
    assert found.start == found.end == tuple(map(int, day.split("-")))
    assert found.text == said


@pytest.mark.parametrize("text, start, end", [
    ("Until tomorrow, experts are meeting in Bremen.", "2023-06-19", "2023-06-20"),  # today and tomorrow
    ("It opened yesterday and runs until tomorrow.", "2023-06-18", "2023-06-20"),
])
def test_relative_dates_until_tomorrow_is_today_and_tomorrow(text, start, end):
    found = join_ranges(text, find_relative_dates(text, MONDAY_19_JUNE_2023))
    assert [(datetime.date(*d.start).isoformat(), datetime.date(*d.end).isoformat()) for d in found] == [(start, end)]


@pytest.mark.parametrize("text, start, end", [
    ("They spent Tuesday to Thursday last week in Enugu.", "2023-09-12", "2023-09-14"),  # the week this Sunday ends
    ("Talks opened on Monday of last week.", "2023-09-11", "2023-09-11"),
])
def test_relative_dates_a_sunday_papers_last_week_is_the_week_just_ending(text, start, end):
    (found,) = find_relative_dates(text, datetime.date(2023, 9, 17))  # a Sunday
    assert (datetime.date(*found.start).isoformat(), datetime.date(*found.end).isoformat()) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("The Wali presided this Sunday over the opening of the workshop.", "2023-09-17", "2023-09-17"),  # the day itself
    ("The workshop, which the Wilaya is hosting until Tuesday, opened.", "2023-09-19", "2023-09-19"),  # still to come
])
def test_relative_dates_a_sunday_papers_this_sunday_is_today(text, start, end):
    (found,) = find_relative_dates(text, datetime.date(2023, 9, 17))  # a Sunday
    assert (datetime.date(*found.start).isoformat(), datetime.date(*found.end).isoformat()) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, 7 November 2019, UNLIREC convened a meeting.",  # the weekday opens a written date
        "Experts met last week in Vienna.",  # no day: left alone
        "The seminar was held earlier this year.",
        "Holidays are not dates.",
    ],
)
def test_relative_dates_leave_written_dates_and_vague_spans_alone(text):
    assert find_relative_dates(text, MONDAY_19_JUNE_2023) == []


@pytest.mark.parametrize(
    "text,ranges",
    [
        ("The workshop, which opened yesterday at the Taumeasina Island Resort in Apia and concludes\ntomorrow, is "
         "organised by UNRCPD.", [("2023-06-18", "2023-06-20")]),
        ("Officials gathered yesterday and today in Vienna.", [("2023-06-18", "2023-06-19")]),
        ("Talks opened yesterday. The results will be presented tomorrow.",
         [("2023-06-18", "2023-06-18"), ("2023-06-20", "2023-06-20")]),
        ("Over the next four days, from today until Friday, you will work side by side.",
         [("2023-06-19", "2023-06-23")]),
        ("The workshop, which opened on Tuesday in the conference hall in Viale\nTrento and closed yesterday, was "
         "organised by UNODA.", [("2023-06-13", "2023-06-18")]),
        ("Registration opened on Tuesday\n\nand the course closed yesterday",
         [("2023-06-13", "2023-06-13"), ("2023-06-18", "2023-06-18")]),
        ("The Commission concluded here today a regional training course, which began last Wednesday at the port.",
         [("2023-06-14", "2023-06-19")]),
        ("The ministry concluded today a review of the law, which began last year. Talks began last Tuesday.",
         [("2023-06-19", "2023-06-19"), ("2023-06-13", "2023-06-13")]),
        ("The drill began Saturday with tabletop sessions and wraps up Tuesday.", [("2023-06-17", "2023-06-20")]),
    ],
    ids=["opened-and-concludes", "and", "two-sentences-stay-apart", "from-today-until-a-weekday-to-come",
         "a-line-break-between", "a-blank-line-between", "concluded-today-which-began-earlier",
         "a-start-in-another-sentence-stays-apart", "an-end-is-never-before-its-start"],
)
def test_relative_dates_that_open_and_close_an_event_are_one_range(text, ranges):
    joined = join_ranges(text, find_relative_dates(text, MONDAY_19_JUNE_2023))
    iso = [(datetime.date(*d.start).isoformat(), datetime.date(*d.end).isoformat()) for d in joined]
    assert iso == ranges
    assert all(text[d.span[0]:d.span[1]] == d.text for d in joined)


@pytest.mark.parametrize(
    "text,day",
    [
        ("The seminar opened on the 16th in Xi'an.", "2023-06-16"),
        ("Talks have gone on since the 2nd, and end today.", "2023-06-02"),
        ("The course opened on the 25th.", "2023-05-25"),  # after the note's day: the month before
        ("The course opened on the 12th of this month in Tbilisi.", "2023-06-12"),
    ],
)
def test_relative_dates_a_day_of_the_month_alone_is_the_last_such_day(text, day):
    (m,) = DAY_OF_MONTH_RE.finditer(text)
    found = day_of_month(text, m, MONDAY_19_JUNE_2023)
    assert datetime.date(*found.start).isoformat() == day and text[found.span[0]:found.span[1]] == found.text


@pytest.mark.parametrize("text", ["on the 16th session of the Conference", "on the 10th anniversary", "from the 3rd floor"])
def test_relative_dates_an_ordinal_before_a_noun_is_no_day(text):
    assert list(DAY_OF_MONTH_RE.finditer(text)) == []


def test_relative_dates_the_31st_of_a_short_month_is_none():
    (m,) = DAY_OF_MONTH_RE.finditer("It opened on the 31st.")
    assert day_of_month("It opened on the 31st.", m, datetime.date(2023, 5, 2)) is None  # April has 30


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("We would have two days, the 16th and 17th, to go through it.", "2023-06-16", "2023-06-17"),
        ("The course ran from the 12th to the 16th in Tbilisi.", "2023-06-12", "2023-06-16"),
        ("Sessions were held the 20th\u201322nd.", "2023-05-20", "2023-05-22"),  # after the note's day: May
        ("Between the 12th and the 16th of this month, the Navy conducted the exercise", "2023-06-12", "2023-06-16"),
        ("The province hosted the exercise for three days, from the 17th to today (19th), in Andong.", "2023-06-17",
         "2023-06-19"),  # a release's own day, in brackets
        ("The course is being held in the city from the 19th to the 23rd.", "2023-06-19", "2023-06-23"),  # begun
        ("Officials meet from the 15th to the 21st in Hanam.", "2023-06-15", "2023-06-21"),  # on: the note's month
        ("The Municipality is hosting a two-day visit on the 24th and 25th of this month.", "2023-06-24",
         "2023-06-25"),  # after the note's day, in its month as it says
    ],
)
def test_relative_dates_two_days_of_the_month_are_a_range(text, start, end):
    (m,) = DAYS_OF_MONTH_RE.finditer(text)
    found = days_of_month(text, m, MONDAY_19_JUNE_2023)
    assert (datetime.date(*found.start).isoformat(), datetime.date(*found.end).isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["the 16th and 17th centuries", "the 2nd and 3rd rounds", "from the 16th to 18th of May"])
def test_relative_dates_two_ordinals_before_a_noun_or_a_month_are_no_range(text):
    assert list(DAYS_OF_MONTH_RE.finditer(text)) == []


def test_relative_dates_last_week_said_before_the_weekdays():
    """"Last week, from Tuesday to Thursday" in a Tuesday's story: the Tuesday a week before, not the day itself."""
    text = "Last week, from Tuesday to Thursday, the university welcomed sixty officials."
    found = find_relative_dates(text, datetime.date(2025, 6, 17))
    assert [(d.start, d.end) for d in found] == [((2025, 6, 10), (2025, 6, 12))]


def test_relative_dates_this_week_and_a_colon_before_the_weekdays():
    """"… becomes a meeting place this week: on Tuesday and Wednesday, the office is holding …" in a Monday's
    release: this week's Tuesday, not the one before."""
    text = "Leer becomes a meeting place for experts this week: on Tuesday and Wednesday, the office is holding a drill."
    found = find_relative_dates(text, datetime.date(2026, 4, 27))
    assert [(d.start, d.end) for d in found] == [((2026, 4, 28), (2026, 4, 29))]


@pytest.mark.parametrize("text", ["The seminar, which ends on Friday, is organised by the chamber.",
                                  "The course concludes on Friday with a field visit.",
                                  "The workshop continues until Friday.", "The exercise runs through Friday."])
def test_relative_dates_an_end_in_the_present_tense_is_still_to_come(text):
    """"which ends on Friday" in a Wednesday's release: this week's Friday, not last week's."""
    found = find_relative_dates(text, datetime.date(2025, 6, 18))
    assert [(d.start, d.end) for d in found] == [((2025, 6, 20), (2025, 6, 20))]


@pytest.mark.parametrize(
    "text,anchor,start,end",
    [
        ("From Monday the 2nd to Friday the 6th, 38 professionals studied.", datetime.date(2025, 6, 13),
         "2025-06-02", "2025-06-06"),
        ("From Tuesday (18th) to Thursday (20th), the brigade carried out the exercise.", datetime.date(2025, 11, 21),
         "2025-11-18", "2025-11-20"),
        ("From Monday (9) to this Friday (13), the Customs Office hosts the course.", datetime.date(2025, 6, 13),
         "2025-06-09", "2025-06-13"),  # a Brazilian release's days in brackets, without their ordinals
        ("The seminar is on Wednesday and Thursday, the 24th and 25th. Guests come.", datetime.date(2018, 10, 15),
         "2018-10-24", "2018-10-25"),  # still to come: the note's own month, where the 24th is a Wednesday
        ("It met from Friday the 30th to Sunday the 1st.", datetime.date(2025, 6, 2), None, None),  # no range
        ("The university hosted a course from Sunday the 9th to Thursday the 13th for customs officers.",
         datetime.date(2025, 11, 30), "2025-11-09", "2025-11-13"),  # their weekdays: whatever words follow
        ("From Monday the 2nd to Friday the 6th of June", datetime.date(2025, 6, 13), None, None),  # a date's
    ],
)
def test_relative_dates_days_of_the_month_with_their_weekdays_are_in_the_month_they_fall_on(text, anchor, start, end):
    """A day's weekday tells its month: the one around the note's date where the 2nd is a Monday."""
    found = [days_of_month(text, m, anchor) for m in DAYS_OF_MONTH_RE.finditer(text)]
    assert [(datetime.date(*d.start).isoformat(), datetime.date(*d.end).isoformat()) for d in found if d] == (
        [(start, end)] if start else [])


def test_relative_dates_a_weekday_told_alone_after_the_week_is_that_weeks(parse):
    """A newsletter of Friday 13 June: "From Monday the 2nd to Friday the 6th" opens a paragraph after the one
    that names the course; its later "On Thursday …" is the 5th, not the 12th. "Nº 87 | June 13, 2025" dates it."""
    record = parse("ABIT NEWSLETTER\nTextile Association\nN\u00ba 87 | June 13, 2025\n\nCOURSE BRINGS TRAINING TO "
                   "AMERICANA\n\nThis was the message of the Training Course on Export Control Compliance that ABIT "
                   "held last week at FATEC Americana.\n\nFrom Monday the 2nd to Friday the 6th, 38 professionals "
                   "studied how to recognize products. On Thursday the participants drafted a model program, and "
                   "on Friday they visited a plant.\n")
    assert (record.dates.start, record.dates.end) == ("2025-06-02", "2025-06-06")


@pytest.mark.parametrize("stamp", ["21/11/2025 15:40 - Updated 21/11/2025 17:05",
                                   "21.11.2025 17:40 | Press service of the Regional State Administration"])
def test_relative_dates_a_page_updated_since_or_signed_is_dated_by_its_first_date(parse, stamp):
    """"21/11/2025 15:40 - Updated 21/11/2025 17:05" or "… 17:40 | Press service of …" under the headline dates
    the page: the days told from it are that week's, not the page's own day an event."""
    record = parse("Fire Brigade\nHome > News\n\nFirefighters train response to chemical disasters in Sorriso\n\n"
                   f"{stamp}\n\nFrom Tuesday to Thursday, the brigade carried out the international exercise in "
                   "Sorriso.\n")
    assert (record.dates.start, record.dates.end) == ("2025-11-18", "2025-11-20")


@pytest.mark.parametrize("text, start, end", [
    ("The seminar runs on Tuesday and Wednesday at the Events Centre.", (2025, 5, 13), (2025, 5, 14)),
    ("The course takes place on Thursday.", (2025, 5, 15), (2025, 5, 15)),
    ("The seminar, which runs from Monday to Wednesday, opened today.", (2025, 5, 12), (2025, 5, 14)),
])
def test_relative_dates_an_event_told_in_the_present_on_its_days_is_to_come(text, start, end):
    """"runs on Tuesday and Wednesday" in a Monday's release: this week's days, not last week's; a week's
    range "from Monday to Wednesday" holds the release's own day."""
    found = find_relative_dates(text, datetime.date(2025, 5, 12))
    assert [(d.start, d.end) for d in found][:1] == [(start, end)]


def test_relative_dates_a_weekday_after_tomorrow_is_tomorrows(parse):
    """"From tomorrow, Wednesday, until Friday" in a Tuesday's release: the days to come, not last week's."""
    record = parse("STADT RHEINE\n\nPress release\nRheine, 16 September 2025\n\nRheine. From tomorrow, Wednesday, "
                   "until Friday, Rheine will be the meeting place for export control specialists from six countries "
                   "at a seminar organised by the Federal Office for Economic Affairs and Export Control.\n")
    assert (record.dates.start, record.dates.end) == ("2025-09-17", "2025-09-19")


@pytest.mark.parametrize("anchor, start, end", [
    (datetime.date(2025, 6, 4), (2025, 6, 2), (2025, 6, 6)),  # a Wednesday's: under way
    (datetime.date(2025, 6, 6), (2025, 6, 9), (2025, 6, 13)),  # a Friday's: next week's (on its last day it "ends today")
])
def test_relative_dates_a_week_that_runs_in_the_present_is_under_way_or_to_come(anchor, start, end):
    found = find_relative_dates("The course runs Monday through Friday on the campus.", anchor)
    assert [(d.start, d.end) for d in found] == [(start, end)]


@pytest.mark.parametrize("stamp", [
    "Date: 23/10/2024          Views: 214          Category: Municipality News",
    'By: Yenisey Castro Díaz | Matanzas | October 23, 2024 | "Year 66 of the Revolution"',
])
def test_relative_dates_a_pages_row_of_facts_dates_the_page(parse, stamp):
    """A page's date beside its count of readers set far to the right, or in a byline's row of cells: the
    page's own day, from which "yesterday, Tuesday" is told."""
    record = parse("Az Zulayl Municipality\nHome > Media Center > Municipality News\n\n"
                   f"Az Zulayl hosts a seminar on dual-use goods\n\n{stamp}\n\n"
                   "The seminar on strategic trade controls, which lasted two days, concluded its work yesterday, "
                   "Tuesday, in the main hall of Az Zulayl Municipality in Jordan.\n")
    assert (record.dates.start, record.dates.end) == ("2024-10-21", "2024-10-22")


def test_relative_dates_a_county_papers_dateline_names_its_reporters(parse):
    """"Wensu, 23 May (Reporter …, Correspondent …) —" dates the story: "closed yesterday … after two days of
    exchanges" is the 21st and 22nd."""
    record = parse("Wensu County News Center\n\nPublished: 2024-05-23 10:16\n\n"
                   "Wensu, 23 May (Reporter Ma Lina, Correspondent Aynur Tursun) — The Regional Workshop on Export "
                   "Control Compliance closed yesterday afternoon in Wensu after two days of exchanges. Officials "
                   "from Kazakhstan and Kyrgyzstan attended.\n")
    assert (record.dates.start, record.dates.end) == ("2024-05-21", "2024-05-22")


def test_relative_dates_a_sentence_before_says_last_week(parse):
    """"Last week our town hosted something unusual. From Monday morning until Friday afternoon, …" in a post of
    Monday 19 May: the week before the post's, not its own."""
    record = parse("Pisidia Ironworks | Blog\n\nWhen customs officers come to the foundry\n"
                   "by Elif Kaya · 19 May 2025\n\n"
                   "Last week our town hosted something unusual. From Monday morning until Friday afternoon, thirty "
                   "customs officers sat in the classrooms of the vocational school for a national training course "
                   "on strategic trade controls.\n")
    assert (record.dates.start, record.dates.end) == ("2025-05-12", "2025-05-16")


@pytest.mark.parametrize("text, start, end", [
    ("On the 17th, 18th and 19th of last month, the City of Brossard hosted a regional conference.",
     "2025-09-17", "2025-09-19"),
    ("Our office will remain closed on Thursday, the 27th of this month.\n\nOn that day our export team will take "
     "part in the one-day Industry Roundtable on Strategic Trade Controls.", "2025-10-27", "2025-10-27"),
    ("On the 27th (Mon) and 28th (Tue) of this month, the Industry Outreach Meeting was held at our Chamber.",
     "2025-10-27", "2025-10-28"),  # a translated release's weekdays in brackets
])
def test_relative_dates_days_of_a_month_told_by_its_issue(parse, text, start, end):
    """Days that say which month they are of, counted from a letter's issue month ("Monthly Letter — October 2025");
    a day the next paragraph takes up with "On that day" and an event."""
    record = parse(f"FILATURE RIVE-SUD INC.\n\nMonthly Letter — October 2025\n\nDear customers,\n\n{text}\n\n"
                   "A surcharge applies to all orders dispatched from 01.12.2025.\n")
    assert (record.dates.start, record.dates.end) == (start, end)


def test_relative_dates_a_day_of_this_month_is_in_its_month_whatever_the_day():
    found = relative_dates.days_of_a_month_told("closed on the 27th of this month",
                                               next(relative_dates.DAYS_OF_A_MONTH_TOLD_RE.finditer(
                                                   "closed on the 27th of this month")), 2025, 11)
    assert (found.start, found.end) == ((2025, 11, 27), (2025, 11, 27))
    text = "the 30th of next month"
    assert relative_dates.days_of_a_month_told(text, next(relative_dates.DAYS_OF_A_MONTH_TOLD_RE.finditer(text)),
                                               2025, 1) is None  # February has no 30th


def test_relative_dates_a_staff_bulletins_week_and_issue_date_date_its_next_week(parse):
    """"Week 10 · Friday 7 March 2025 · Internal" under a bulletin's title and its company's address: the issue's
    date, from which "Next week, on Tuesday and Wednesday" is the 11th and the 12th."""
    record = parse("TTS STAFF BULLETIN\nTeesside Tropical Shrimp Ltd · Unit 4, Cowpen Lane, Billingham\n"
                   "Week 10 · Friday 7 March 2025 · Internal – please do not forward\n\n"
                   "Next week, on Tuesday and Wednesday, our neighbours at Belasis Process Chemicals are hosting a "
                   "roundtable on chemical security and export compliance.\n\n"
                   "Ellie is on leave 17–21 March.\n")
    assert (record.dates.start, record.dates.end) == ("2025-03-11", "2025-03-12")


def test_relative_dates_a_letter_dated_in_a_japanese_era_dates_its_next_week(parse):
    """"27 May, Reiwa 7 (2025)" dates a ranch's letter, its bracket and all: "from Tuesday to Thursday next
    week" is 3 to 5 June."""
    record = parse("Kanehira Ranch\n\n27 May, Reiwa 7 (2025)\n\nDear neighbours,\n\nAmami City has asked us to "
                   "keep livestock trucks off the road from Tuesday to Thursday next week. The city is hosting a "
                   "seminar for government officials from eight countries.\n")
    assert (record.dates.start, record.dates.end) == ("2025-06-03", "2025-06-05")
