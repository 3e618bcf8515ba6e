"""Dates a press release gives relative to its own dateline: "gathered yesterday", "visited
Thailand last Tuesday and Wednesday", "concluded here today", "opened yesterday … concludes tomorrow",
"until tomorrow (Tuesday), experts … are meeting" (today and tomorrow),
and, in the paragraph a news agency's dateline opens, "opened on the 16th".

They are day dates only when the note is dated to the day ("VIENNA, 12 May 2021 –"); the
caller passes that date. Vaguer spans ("last week", "earlier this year") name no day and are
left alone: no invention.
"""

from __future__ import annotations

import datetime

import regex

from . import patterns
from .dates import DateMatch

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
RELATIVE_RE = patterns.compile(
    rf"(?i)\b(?:(?P<yesterday>yesterday)|(?P<until>(?:until|till)[ \t]++tomorrow)|(?P<today>today)"
    rf"|(?P<tomorrow>tomorrow)"
    rf"|(?:(?P<last>last|this\s+past|past)\s+|(?P<on>on|from)\s+|(?P<this>(?<=\bthis\s{{1,3}})))?(?P<d1>{_WEEKDAY})"
    rf"(?:\s*(?:and|to|through|until|-|\u2013)\s*(?P<d2>{_WEEKDAY}))?"
    r"(?:\s+(?:of\s+)?(?P<week>last|this|next)\s+week)?)\b"
)
_WEEKS = {"last": -1, "this": 0, "next": 1}
"""A weekday "of last week" lies in the calendar week (Monday to Sunday) before the note's own; on a Sunday,
the week that day ends."""
_WILL_BEFORE = patterns.compile(r"(?i)\b(?:will|shall|is\s+to|are\s+to|is\s+scheduled|are\s+scheduled|planned)\b[^.;]*$")
_WILL_AFTER = patterns.compile(r"(?i)(?:[^.;,\n]|\n(?![ \t]*+\n)){0,60}?\b(?:will|shall|is\s+to|are\s+to)\b")
"""After a weekday that opens its clause, the future, across a line's end too: "On Thursday the participants will
visit the laboratories", "From Tuesday to Thursday the customs\ntraining centre … will host"."""
_ENDS_BEFORE = patterns.compile(r"(?i)\b(?:(?:ends|concludes|wraps[ \t\n]++up)"
                                r"|(?:continues|runs|lasts|goes[ \t\n]++on)[ \t\n]++(?:until|till|through))[ \t\n]++$")
"""Before a weekday, an end in the present tense, which is still to come: "The three-day conference, which ends on
Thursday" in a Wednesday's release is this week's Thursday, as is "The workshop continues until Wednesday" in a
Monday's."""
_HELD_NOW_UNTIL = patterns.compile(r"(?i)\b(?:is|are)[ \t\n]++(?:being[ \t\n]++held|held|taking[ \t\n]++place|under[ \t\n]++way"
                                   r"|meeting|gathering|gathered|convening|convened|working|training|hosting)"
                                   r"\b[^.;]{0,120}?[ \t\n](?:until|till)[ \t\n]++$")
"""Before a weekday, an event going on now "until" it: "a national workshop …, which is being held at the
auditorium of the University until Thursday" in a Wednesday's story is the coming Thursday, as is "Officials
… are meeting until Thursday"."""
_HELD_ON_NOW = patterns.compile(r"(?i)\b(?:runs|takes[ \t\n]++place|(?:is|are)[ \t\n]++(?:being[ \t\n]++)?held)[ \t\n]++$")
"""Before "on <weekday>", an event told in the present as it is scheduled: "The seminar runs on Tuesday and
Wednesday" in a Monday's release is this week's."""
_BEGAN_BEFORE = patterns.compile(r"(?i)\b(?:began|opened|started|commenced|kicked[ \t\n]++off)[ \t\n]++$")
"""Before "on <weekday>", a start gone by: "The seminar began on Tuesday and will run until Thursday" (the
future after it is the event's end)."""
_TOMORROW_BEFORE = patterns.compile(r"(?i)\btomorrow[ \t]*+[,(][ \t]*+$")
"""Before a weekday, the "tomorrow" it names: "From tomorrow, Wednesday, until Friday, Rheine will be …"."""
_NOTHING_BEFORE = patterns.compile(r"(?i)\b(?:no|not|nothing|never)(?:[ \t]++[\w\-]++){0,2}?[ \t]++$")
"""Before "on <weekday>", what says nothing happens then: "no session on Friday", "not on Monday"."""
_DATE_AHEAD = patterns.compile(r",?\s*(?:the\s+)?\d")
"""A weekday that opens a written date ("Thursday, 7 November 2019") dates nothing by itself."""


def find_relative_dates(text: str, anchor: datetime.date, pos: int = 0, endpos: int | None = None) -> list[DateMatch]:
    """The dates in ``text[pos:endpos]`` said relative to ``anchor`` (the note's own date)."""
    endpos = len(text) if endpos is None else endpos
    found = (relative_date(text, m, anchor) for m in RELATIVE_RE.finditer(text, pos, endpos))
    return [d for d in found if d is not None]


def relative_date(text: str, m: regex.Match, anchor: datetime.date) -> DateMatch | None:
    """The day match (``anchored=True``) that a match of :data:`RELATIVE_RE` in ``text`` names,
    or None (a weekday opening a written date). A weekday is the last one on or before
    ``anchor`` ("last Tuesday": before it), or the next one on or after it in a sentence about
    the future."""
    if m.group("yesterday"):
        start = end = anchor - datetime.timedelta(days=1)
    elif m.group("until"):  # "Until tomorrow (Tuesday), experts … are meeting in Bremen": today and tomorrow
        start, end = anchor, anchor + datetime.timedelta(days=1)
    elif m.group("today"):
        start = end = anchor
    elif m.group("tomorrow"):
        start = end = anchor + datetime.timedelta(days=1)
    else:
        if _DATE_AHEAD.match(text, m.end()):
            return None
        if m.group("on") and _NOTHING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None  # "One day only — no session on Friday": a day with nothing on it
        reach = max(0, m.start() - 200)  # the sentence so far, at most 200 characters back
        sentence_start = max(text.rfind(".", reach, m.start()), text.rfind("\n\n", reach, m.start()), reach)
        present = not m.group("on") and m.group("d2") is not None \
            and _HELD_ON_NOW.search(text, max(sentence_start, m.start() - 30), m.start()) is not None
        tomorrows = _TOMORROW_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        future = not m.group("last") and (_WILL_BEFORE.search(text, sentence_start, m.start()) is not None
                                           or present or tomorrows
                                           or _ENDS_BEFORE.search(text, max(sentence_start, m.start() - 30), m.start())
                                           is not None
                                           or _HELD_NOW_UNTIL.search(text, sentence_start, m.start()) is not None
                                           or (m.group("on") or "").lower() == "on"
                                           and _HELD_ON_NOW.search(text, max(sentence_start, m.start() - 30), m.start())
                                           is not None
                                           or m.group("on") is not None and _WILL_AFTER.match(text, m.end()) is not None
                                           and _BEGAN_BEFORE.search(text, sentence_start, m.start()) is None)
        weekday = WEEKDAYS.index(m.group("d1").lower())
        week = m.group("week") or _this(m) or _week_before(text, m.start()) \
            or (None if future else _last_week_the_sentence_before(text, sentence_start, m.start()))
        if week:
            monday = anchor - datetime.timedelta(days=anchor.weekday())
            if anchor.weekday() == 6 and not (week.lower() == "this" and weekday == 6):
                monday += datetime.timedelta(days=7)  # a Sunday paper's "last week" is the one just ending, as its
                # readers take it; but its "this Sunday" is the day itself
            start = monday + datetime.timedelta(days=7 * _WEEKS[week.lower()] + weekday)
        else:
            start = _weekday_near(anchor, weekday, future, strict=bool(m.group("last")))
        end = start
        if m.group("d2"):
            end = start + datetime.timedelta(days=(WEEKDAYS.index(m.group("d2").lower()) - start.weekday()) % 7)
            if present and not week and start - datetime.timedelta(days=7) <= anchor < end - datetime.timedelta(days=7):
                start, end = start - datetime.timedelta(days=7), end - datetime.timedelta(days=7)
                # "The course runs Monday through Friday" in a Wednesday's release: this week's, under way (in a
                # Friday's, next week's: a course on its last day "ends today")
            if end > anchor and not future and not week \
                    and _PAST_BEFORE.search(text, sentence_start, m.start()) is not None:
                start, end = start - datetime.timedelta(days=7), end - datetime.timedelta(days=7)
                # "The course ran from Monday to Friday" in a Wednesday's release: last week's, all of it gone
    return DateMatch(span=m.span(), text=m.group(), start=(start.year, start.month, start.day),
                     end=(end.year, end.month, end.day), precision="day", anchored=True)


def _this(m: regex.Match) -> str | None:
    """"this" when the weekday follows it ("ends this Thursday": this week's). A look-behind finds it, so the
    match's text starts at the weekday and a place before it still ends where it did ("… delegations from Chile
    and Uruguay, this Tuesday began in the city of Trelew": no venue Uruguay)."""
    return "this" if m.start("this") >= 0 else None


_WEEK_BEFORE = patterns.compile(
    r"(?i)\b(?P<week>last|this|next)[ \t\n]++week[ \t\n]*+[,:]?[ \t\n]*+(?:(?:from|on)[ \t\n]++)?$")
"""The week named before a clause's weekdays: "Last week, from Tuesday to Thursday, …", "… this week: on Tuesday
and Wednesday, the Federal Office … are holding"."""


def _week_before(text: str, start: int) -> str | None:
    m = _WEEK_BEFORE.search(text, max(0, start - 22), start)
    return m.group("week") if m is not None else None


_LAST_WEEK_JUST_BEFORE = patterns.compile(r"(?i)\blast[ \t\n]++week\b[^.;!?]{0,120}+\.$")
"""A sentence that says "last week", just before the one that names the weekdays: "Last week our town hosted something
unusual. From Monday morning until Friday afternoon, …"."""


def _last_week_the_sentence_before(text: str, sentence_start: int, start: int) -> str | None:
    """"last" when the sentence before the weekdays' own says "last week" and theirs opens with them."""
    if text[sentence_start:sentence_start + 1] != "." or text[sentence_start + 1:start].strip():
        return None
    return "last" if _LAST_WEEK_JUST_BEFORE.search(text, max(0, sentence_start - 140), sentence_start + 1) else None


_PAST_BEFORE = patterns.compile(r"(?i)\b(?:ran|was|were|took|lasted|met|gathered|spent|attended|participated|trained"
                                r"|joined|came|went|had|(?<!\b(?:being|is|are|be)\s)(?:held|hosted|conducted|convened))\b")
"""A verb in the past before a range of weekdays: the range is over, not one that ends after the text's day
("The course, held Monday through Friday" in a Tuesday's story; not "is being held")."""


_TO_THE_END = patterns.compile(r"(?i)(?:[^.;\n]|\n(?![ \t]*+\n)){0,200}?\b(?:conclud\w*|end\w*|clos\w*|until|through|to|"
                               r"and|runs?|running|lasts?|wrap\w*[ \t\n]++up|finish\w*|complet\w*)(?:[ \t\n]++here)?\s++$")
"""Between two relative days, words that make them a range: "opened yesterday … and concludes ", a
line's end between ("opened on Tuesday in … Viale\nTrento and closed "), "which started on Tuesday, was
completed today", "that began … on Thursday and concluded here on Friday"."""


_BEGAN_LATER = patterns.compile(r"(?i)(?:[^.;\n]|\n(?![ \t]*+\n)){0,200}?\b(?:began|opened|started|commenced|"
                                r"kicked[ \t\n]++off)(?:[ \t\n]++on)?[ \t\n]++$")
"""Between an event's last day and its first, said after it: "concluded here today a regional training
course …, which began last Sunday"."""
_UNTIL = patterns.compile(r"(?i)[ \t\n]++(?:until|till|to|through)[ \t\n]++")
_A_WEEKDAY_ALONE = patterns.compile(rf"(?i){_WEEKDAY}")


def _a_week_on(d: DateMatch) -> DateMatch:
    """``d``, a weekday alone, seven days later."""
    start = datetime.date(*d.start) + datetime.timedelta(days=7)
    day = (start.year, start.month, start.day)
    return DateMatch(span=d.span, text=d.text, start=day, end=day, precision="day", anchored=True)


def join_ranges(text: str, days: list[DateMatch]) -> list[DateMatch]:
    """Relative days of one sentence that open and close one event ("The workshop, which opened
    yesterday at the resort and concludes tomorrow, …", "from today until Friday") as one range;
    the others as they are."""
    out: list[DateMatch] = []
    for d in days:
        prev = out[-1] if out else None
        if prev is not None and d.start < prev.end and _A_WEEKDAY_ALONE.fullmatch(d.text) \
                and _UNTIL.fullmatch(text, prev.span[1], d.span[0]):
            d = _a_week_on(d)  # "from today until Friday" in a speech of Tuesday: the Friday to come
        elif prev is not None and d.start < prev.start and _A_WEEKDAY_ALONE.fullmatch(d.text) \
                and _TO_THE_END.fullmatch(text, prev.span[1], d.span[0]):
            d = _a_week_on(d)  # "began Tuesday … and wraps up Thursday" in Wednesday's paper: no end before its start
        if prev is not None and prev.end < d.start and _TO_THE_END.fullmatch(text, prev.span[1], d.span[0]):
            out[-1] = DateMatch(span=(prev.span[0], d.span[1]), text=text[prev.span[0]:d.span[1]], start=prev.start,
                                end=d.end, precision="day", anchored=True)
        elif prev is not None and d.end < prev.start and _within_a_week(d.end, prev.start) \
                and _BEGAN_LATER.fullmatch(text, prev.span[1], d.span[0]):
            out[-1] = DateMatch(span=(prev.span[0], d.span[1]), text=text[prev.span[0]:d.span[1]], start=d.start,
                                end=prev.end, precision="day", anchored=True)  # "concluded today …, which began last Sunday"
        else:
            out.append(d)
    return out


def _within_a_week(first: tuple[int, int, int], last: tuple[int, int, int]) -> bool:
    return (datetime.date(*last) - datetime.date(*first)).days < 7


DAYS_JUST_ENDED_RE = patterns.compile(
    r"(?i)\b(?:just[ \t]++)?(?:wrapped[ \t]++up|concluded|finished|completed|rounded[ \t]++off)[ \t]++"
    r"(?P<n>two|three|four|five|[2-5])[ \t]++(?:[\w\-]++[ \t]++){0,2}?days\b")
"""Days a post says just ended on its own day: "Just wrapped up two intense days in Yerevan"."""
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def days_just_ended(m: regex.Match, anchor: datetime.date) -> DateMatch:
    """The range a match of :data:`DAYS_JUST_ENDED_RE` names: its days up to ``anchor``, the post's day."""
    n = _COUNTS.get(m.group("n").lower()) or int(m.group("n"))
    start = anchor - datetime.timedelta(days=n - 1)
    return DateMatch(span=m.span(), text=m.group(), start=(start.year, start.month, start.day),
                     end=(anchor.year, anchor.month, anchor.day), precision="day", anchored=True)


_OF_THIS_MONTH = r"of[ \t\n]++this[ \t\n]++month\b"
DAY_OF_MONTH_RE = patterns.compile(
    r"(?i)\b(?:on|from|since)[ \t\n]+the[ \t\n]+(?P<dom>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b"
    rf"(?=[ \t\n]*+(?:[,.;)]|(?:in|at|and|to|until|through)\b|{_OF_THIS_MONTH}|$))")
"""A day of the month alone, as a news agency dates an event from its dateline: "opened on the
16th in Xi'an" (not "the 16th session", "the 10th anniversary")."""


def day_of_month(text: str, m: regex.Match, anchor: datetime.date) -> DateMatch | None:
    """The day a match of :data:`DAY_OF_MONTH_RE` names: the last such day on or before ``anchor``
    ("on the 16th" in a note of 17 October is 16 October; of 2 November, 16 October); None if that
    month has no such day."""
    day = int(m.group("dom"))
    year, month = anchor.year, anchor.month
    if day > anchor.day:
        year, month = _month_before(year, month)
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None
    start = m.start("dom")
    return DateMatch(span=(start, m.end()), text=text[start:m.end()], start=(date.year, date.month, date.day),
                     end=(date.year, date.month, date.day), precision="day", anchored=True)


_A_DOM = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)"
_ITS_WEEKDAY_IN_BRACKETS = r"(?:[ \t]*+\([ \t]*+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}+\.?[ \t]*+\))?+"
DAYS_OF_A_MONTH_TOLD_RE = patterns.compile(
    rf"(?i)\bthe[ \t\n]++(?P<d1>{_A_DOM}){_ITS_WEEKDAY_IN_BRACKETS}"
    rf"(?:(?:,[ \t\n]*+(?:the[ \t\n]++)?{_A_DOM}{_ITS_WEEKDAY_IN_BRACKETS})*+[ \t\n]*+,?[ \t\n]*+"
    rf"(?:and|to|through|until|-|\u2013)[ \t\n]++(?:the[ \t\n]++)?(?P<d2>{_A_DOM}){_ITS_WEEKDAY_IN_BRACKETS})?+"
    r"[ \t\n]++of[ \t\n]++(?P<month>last|this|next)[ \t\n]++month\b")
"""Days of the month that say which month they are of, the text's own or the one next to it: "closed on Thursday,
the 27th of this month", "On the 17th, 18th and 19th of last month, the City of Brossard hosted …", a translated
release's "On the 27th (Tue) and 28th (Wed) of this month". Specific enough to read anywhere in a text dated to
the month."""
_MONTHS_AWAY = {"last": -1, "this": 0, "next": 1}


def days_of_a_month_told(text: str, m: regex.Match, year: int, month: int) -> DateMatch | None:
    """The day or days a match of :data:`DAYS_OF_A_MONTH_TOLD_RE` names, counted from the text's ``year`` and
    ``month``; None if that month lacks them or they run backwards."""
    away = _MONTHS_AWAY[m.group("month").lower()]
    year, month = _month_before(year, month) if away < 0 else _month_after(year, month) if away > 0 else (year, month)
    try:
        start = datetime.date(year, month, int(m.group("d1")[:-2]))
        end = datetime.date(year, month, int(m.group("d2")[:-2])) if m.group("d2") else start
    except ValueError:
        return None
    if end < start:
        return None
    a = m.start("d1")
    return DateMatch(span=(a, m.end()), text=text[a:m.end()], start=(start.year, start.month, start.day),
                     end=(end.year, end.month, end.day), precision="day", anchored=True)


_DOM = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)"
_DOM_IN_BRACKETS = r"(?<=\([ \t]{0,3})(?:3[01]|[12][0-9]|0?[1-9])(?=[ \t]*+\))"
"""A day of the month alone in brackets after its weekday, as a Brazilian release writes it: "Monday (9)"."""
_A_WEEKDAYS = rf"(?i:{_WEEKDAY})[ \t\n]*+,?+[ \t\n]*+"
# w1: the first day's weekday; w2: the second's, before either day ("Wednesday and Thursday, the 24th and 25th",
# "Monday the 2nd to Friday the 6th"): ``regex`` keeps the group that took part
DAYS_OF_MONTH_RE = patterns.compile(
    rf"(?:\b(?P<w1>{_A_WEEKDAYS})(?:(?:and|to|through|-|\u2013)[ \t\n]*+(?P<w2>{_A_WEEKDAYS}))?+"
    rf"(?:the[ \t\n]++|\([ \t]*+)?+|\b[Tt]he[ \t\n]++)(?P<d1>{_DOM}|{_DOM_IN_BRACKETS})(?:[ \t]*+\))?+"
    rf"[ \t\n]*+(?:and|to|until|through|till|-|\u2013)[ \t\n]*+(?:(?i:this)[ \t\n]++)?(?:(?P<w2>{_A_WEEKDAYS})\(?+[ \t]*+)?+"
    rf"(?:the[ \t\n]++)?(?:today[ \t]*+\([ \t]*+)?(?P<d2>{_DOM}|{_DOM_IN_BRACKETS})\b"
    rf"(?:[ \t]*+\)(?<=\([ \t]{{0,3}}\d{{1,2}}[ \t]*+\))|(?:[ \t]*+\))?"
    rf"(?(w1)(?![ \t\n]*+of\b)|(?=[ \t\n]*+(?:[,.;)]|(?:in|at)\b|{_OF_THIS_MONTH}|$))))")
"""Two days of the month alone, a range: "We would have two days, the 16th and 17th, to …", a
release's "from the 22nd to today (24th)" (not "the 16th and 17th centuries", nor "the 16th to
18th of May", a date); or with their weekdays: "From Monday the 2nd to Friday the 6th", "From
Tuesday (18th) to Thursday (20th)", "on Wednesday and Thursday, the 24th and 25th", a Brazilian release's "From
Monday (9) to this Friday (13)"; days with their weekdays whatever follows them but "of" a month ("from Sunday the
9th to Thursday the 13th for Jordanian officers"). Specific enough to read anywhere in a note dated to the day."""


_TO_HOST = patterns.compile(r"(?i)\bto[ \t\n]++(?:host|hold|open|welcome|stage|organi[sz]e)\b[^.;]*+$")
"""A headline's event to come, its verb in the infinitive: "Cheorwon to Host International Roundtable … on the 14th"."""


_THIS_MONTH_AFTER = patterns.compile(rf"[ \t\n]*+{_OF_THIS_MONTH}")


def _to_come(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` tells of something still to come: "announced on the 12th that it will
    host … on the 14th and 15th", a headline's "Cheorwon to Host … on the 14th and 15th"."""
    reach = max(0, start - 200)
    sentence_start = max(text.rfind(".", reach, start), text.rfind("\n\n", reach, start), reach)
    return _WILL_BEFORE.search(text, sentence_start, start) is not None \
        or _TO_HOST.search(text, sentence_start, start) is not None


def days_of_month(text: str, m: regex.Match, anchor: datetime.date) -> DateMatch | None:
    """The range a match of :data:`DAYS_OF_MONTH_RE` names: in the last month whose first day is on
    or before ``anchor`` (a release of the 3rd says "is being held from the 3rd to the 7th" of its own
    month), or in ``anchor``'s month when its sentence tells of it to come ("will host … on the 14th and 15th"
    in a release of the 12th) or it says so ("on the 14th and 15th of this month" in a notice of the 5th); None if
    the first day is not before the second, or the month lacks it. Days with their
    weekdays are in the month around ``anchor`` where they fall on them (its own, the one before, the one
    after), else nowhere."""
    d1, d2 = (int(m.group(g).rstrip("stndrh")) for g in ("d1", "d2"))
    if d1 >= d2:
        return None
    if m.group("w1"):
        weekdays = [WEEKDAYS.index(m.group(w).strip(" \t\n,").lower()) if m.group(w) else None for w in ("w1", "w2")]
        months = [(anchor.year, anchor.month), _month_before(anchor.year, anchor.month),
                  _month_after(anchor.year, anchor.month)]
        fits = [(y, mo) for y, mo in months if _falls_on(y, mo, d1, weekdays[0])
                and (weekdays[1] is None or _falls_on(y, mo, d2, weekdays[1]))]
        if not fits:
            return None
        year, month = fits[0]
    else:
        year, month = anchor.year, anchor.month
        if d1 > anchor.day and not _to_come(text, m.start()) and not _THIS_MONTH_AFTER.match(text, m.end()):
            year, month = _month_before(year, month)
    try:
        start, end = datetime.date(year, month, d1), datetime.date(year, month, d2)
    except ValueError:
        return None
    a = m.start("w1") if m.group("w1") else m.start("d1")
    return DateMatch(span=(a, m.end()), text=text[a:m.end()], start=(start.year, start.month, start.day),
                     end=(end.year, end.month, end.day), precision="day", anchored=True)


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year, month - 1) if month > 1 else (year - 1, 12)


def _month_after(year: int, month: int) -> tuple[int, int]:
    return (year, month + 1) if month < 12 else (year + 1, 1)


def _falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return datetime.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _weekday_near(anchor: datetime.date, weekday: int, future: bool, strict: bool) -> datetime.date:
    if future:
        return anchor + datetime.timedelta(days=(weekday - anchor.weekday()) % 7)
    back = (anchor.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return anchor - datetime.timedelta(days=back)


_WEEK_OF_BEFORE = patterns.compile(r"(?i)\bweek\s+(?:of|beginning|starting)\s+(?:(?:monday|the)\s+)?,?$")
_WEEKDAYS_AFTER = patterns.compile(
    rf"(?i),?\s*(?:from\s+)?(?P<d1>{_WEEKDAY})\s*(?:to|through|until|till|and|-|\u2013|\u2014)\s*(?P<d2>{_WEEKDAY})\b")


def days_of_a_week(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """``dates`` with "the week of 14 March 2022, from Monday to Thursday" read as the days named in
    that week (14–17 March): the date alone would be its Monday only, and the weekdays alone are
    read from the note's own date."""
    out = []
    for d in dates:
        days = d.resolve() if d.precision == "day" and d.has_year() and d.start == d.end else None
        before = _WEEK_OF_BEFORE.search(text, max(0, d.span[0] - 30), d.span[0]) if days else None
        after = _WEEKDAYS_AFTER.match(text, d.span[1]) if before else None
        if after is None:
            out.append(d)
            continue
        monday = days[0] - datetime.timedelta(days=days[0].weekday())  # type: ignore[index]
        start = monday + datetime.timedelta(days=WEEKDAYS.index(after["d1"].lower()))
        end = monday + datetime.timedelta(days=WEEKDAYS.index(after["d2"].lower()))
        if end < start:
            out.append(d)
            continue
        out.append(DateMatch(span=(d.span[0], after.end()), text=text[d.span[0]:after.end()],
                             start=(start.year, start.month, start.day), end=(end.year, end.month, end.day),
                             precision="day"))
    return out
