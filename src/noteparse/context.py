"""What every extractor reads: the raw text, its layout, the cleaned view, mentions, sentences.

Built once per note by the pipeline; extractors read it and return values, and record what they
inferred through :meth:`Context.warn`.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import Iterator

import ahocorasick
import regex

from . import patterns
from .dates import DateMatch, date_starts, find_dates, iter_dates, slash_dates_month_first
from .mentions import MentionSet
from .mailheaders import on_a_date_line, under_a_reference_line
from .places import subdivision_of, towns_named
from .relative_dates import (DAY_OF_MONTH_RE, DAYS_JUST_ENDED_RE, DAYS_OF_A_MONTH_TOLD_RE, DAYS_OF_MONTH_RE,
                             RELATIVE_RE, WEEKDAYS, day_of_month, days_just_ended, days_of_a_month_told,
                             days_of_a_week, days_of_month, join_ranges, relative_date)
from .sections import Layout
from .sentences import sentence_at
from .spans import Cover
from .textview import TextView

_SPACES = patterns.compile(r"\s+")
_DATELINE_TAIL = patterns.compile(r"[ \t]*+(?:(?:\([^()\n]{1,60}\)\.?[ \t]*+"
                                  r"|,[ \t]*+\p{Lu}{2,8}+[ \t]++(?=[\-\u2013\u2014]))?"
                                  r"(?:[\-\u2013\u2014|\u00b7\u2022]|,?[ \t]+by[ \t])"
                                  r"|/\p{Lu}[\p{L}\-]{1,20}+/|,[ \t]*+\p{Lu}{2,10}+[ \t.]*+$|\([^()\n]{1,40}\)[ \t]*+:|:[ \t]*+$"
                                  r"|:[ \t]++(?=\p{Lu}[\p{Ll}\-]*+[ \t]++[\p{Ll}\-]++[ \t]|(?:The|A|An)[ \t]++\p{Lu}))")
"""After a dateline's date: a dash, a bar, a middle dot, a byline ("21 June 2019 · by L. Ntelo") or a
news agency's tag ("Ulaanbaatar, September 23, 2022 /MONTSAME/.", "December 5, 2022, SPA --"; at the
line's end, "Sumgayit, May 20, AZERTAC"; a state information office's "Mysuru, December 6 (Karnataka
Information):", a county paper's reporters, "Wensu, 23 May (Reporter Ma Lina, Correspondent Aynur Tursun) —",
"Guarenas, June 18, 2026 (Prensa Miranda).-"; a line of its own ending in a colon, "Jalandhar, November 21:",
or a colon before the story's first words, "Gazipur, 23 November: A two-day seminar …", "Kundla, 28 November: The
Savarkundla Nagarpalika hosted …")."""
_A_GLOSS_TO_THE_LINES_END = patterns.compile(r"[ \t]*+\([^()\n]{1,30}+\)[ \t.]*+")
"""After a dateline's date, the same day glossed in brackets, and nothing else on its line: "Marmaris, 17 May 2024
(Friday)", a Japanese page's "17 May 2024 (Reiwa 6)"."""
_A_SENTENCE_AFTER_ITS_STOP = patterns.compile(r"\.[ \t]++(?:\([^()\n]{1,40}\)[ \t]++)?\p{Lu}\p{Ll}")
"""After a place's dateline date, a full stop and the story's first sentence on its line, perhaps after the
press office's tag: "Chalatenango, Thursday 22 August 2019. The General Directorate of Customs (DGA) today
closed …", "Yopal, 24 February 2026. (Press Office) Today the … Conference … was installed"."""
_CLOSING_STAMP = patterns.compile(r"(?m)^[ \t]*+(?P<year>(?:19|20)\d\d)-[01]\d-[0-3]\d(?:[ T]\d\d:\d\d(?::\d\d)?)?\s*+\Z")
"""A note's last line that is a date and time alone, ISO style: when it was published."""
_STAMP_REACH = 40
_A_COPYRIGHT_LINE = patterns.compile(r"(?im)^[ \t*]*+(?:\u00a9|\(c\)|copyright)[ \t]*+(?:\u00a9[ \t]*+)?(?P<year>(?:19|20)\d\d)\b")
"""A page's closing copyright notice, "(c) 2025 The Stamford Ledger": the year of a dateline that has none."""
_COPYRIGHT_REACH = 400
_ISSUED_BEFORE = patterns.compile(
    r"(?i)\b(?:issued|published|released|circulated|distributed|distribution[ \t]+date|date[ \t]+of[ \t]+issue|"
    r"recorded|broadcast|aired)\b[^.;\n]*+$"
    r"|(?m:^)[ \t]*+\d{1,2}:\d\d(?:[ \t]*+[AaPp]\.?[Mm]\.?)?[ \t]*+[\u00b7\u2022|][ \t]*+$")
"""Before the day a note's closing lines say it was issued: "Issued by the 1540 Committee experts,
New York,", "[Recorded", a post's time stamp "11:02 PM ·"."""
_A_SIGNATURES_PLACE = patterns.compile(r"[ \t]*+\p{Lu}[\p{L}.'\u2019\- ]{1,40}?,[ \t]*+")
_NOTHING_AFTER_ON_ITS_LINE = patterns.compile(r"[ \t.]*+(?:\r?\n|$)")
"""A foreword's or a letter's closing line, its place and date alone: "Munster, November 2019"."""
_SIGNED_LINE = patterns.compile(r"(?im)^[ \t*]*+(?:signed|sgd\.?|issued[ \t]++by)[ \t]*+:?[ \t*]*+$")
"""A statement's signature block opening: "Signed:", "Issued by:" on a line of its own."""
_SIGNATURE_REACH = 300
_ISSUE_REACH = 800
"""How far from a note's end its issue date is looked for."""
_ISSUE_LINE = 160
_MASTHEAD_YEAR = patterns.compile(
    r"(?i)\b(?:issue|vol(?:ume)?|no|number|edition|n[\u00b0\u00ba])\.?[ \t]*+\d{1,3}\b[^\n\d]{0,40}?"
    r"(?:\d{1,3}\b[^\n\d]{0,30}?)?(?P<year>(?:19|20)\d\d)\b")
_A_YEAR_CELL = patterns.compile(
    r"(?:[|\u00b7\u2022][ \t]*+|\S[ \t]{3,}+)(?P<year>(?:19|20)\d\d)[ \t]*+(?:$|[|\u00b7\u2022\n])")
"""A year alone after a bar or a dot on a masthead's line, or far to the right of its words: "Local News | 2026",
"Mozambique News Agency - English Service          2025"."""
_MASTHEAD_LINES = 3
"""How far from a note's end its closing time stamp is looked for."""
_ISSUE_LINES = 8
_DATELINE_PARAGRAPH = 2000
"""How far after a dateline its paragraph is read for a day of the month alone."""
_CITED_YEAR_BEFORE = patterns.compile(
    r"\d[ \t]*+(?:\r?\n[ \t]*+)?\($"
    r"|(?i:resolution)[ \t\n]++\d{3,4}[ \t\n]++(?:(?:was|were)[ \t\n]++(?:\w++[ \t\n]++)?adopted[ \t\n]++in|of)[ \t\n]++$")
"""Before a year that dates a resolution, not an event: "resolution 1540 (2004)", or "resolution 1540"
at a line's end and "(2004)" on the next; "resolution 2325 of 2016", "resolution 1540 was adopted in 2004"."""
_A_NAMES_YEAR_BEFORE = patterns.compile(r"\b(?:the|its|their|a|an)[ \t]++$")
_A_NAMES_YEAR_AFTER = patterns.compile(r"[ \t]++\p{Lu}\p{Ll}")
"""Around a year that is part of a thing's name, not a time: "its 2005 Amendment", "the 2030 Agenda"."""
_CITED_YEAR_REACH = 48
"""How far before a year its resolution's number may stand: a line's end and the next line's indent."""

_STRUCK_THROUGH = patterns.compile(r"~~[^~\n]{1,200}+~~")
"""Text struck through in Markdown, as a transcription shows what was crossed out."""
_A_RESOLUTIONS_NUMBER_BEFORE = patterns.compile(
    r"(?i)\b(?:resolutions?|res\.?)[ \t\n]++(?:\d{3,4}(?:[ \t]*+\(\d{4}\))?[ \t]*+(?:,|and|&)[ \t\n]*+){0,6}+$")
"""Before a number that is a resolution's, not a year: "repeated resolution 1977 and its action
plans", "resolutions 1540, 1810 and 1977"."""
_NUMBERS_REACH = 120
"""How far back a list of resolution numbers reaches."""

_WEEKDAY_THEN = r"(?i:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?)[ \t]*+[,|]?[ \t]*+"
"""A weekday before a date: "Friday 30 September 2022", "Wednesday, 14 August 2019", a newspaper's
"Tuesday | May 21, 2024", a wire's "Wed 2 Oct 2024"."""
_A_RELEASES_NUMBER = (r"\p{L}[\p{L} ]{1,30}?[ \t]++(?i:no\.?|n\u00ba|nr\.?|#)[ \t]*+\d[\w/.\-]{0,14}+"
                      r"(?:[ \t]*+[\-\u2013\u2014|,][ \t]*+|[ ]{3,}+|\t[ \t]*+)")
"""A numbered release's number before its dateline's place: "Press note No. 412/2018 - ", or far to its left on the
line, as a letterhead sets them: "Press note no. 47/2026          Moncalieri, 22 May 2026"."""
_HIJRI_MONTH = r"muharram|safar|rabi|jumad|rajab|sha['\u2019]?ban|ramadh?an|shawwal|dhu|thul"
"""A Hijri month's name, or how it starts ("Rabi' al-Awwal", "Jumada Al-Awwal", "Dhu al-Hijjah")."""
_HIJRI_DATE = (rf"(?i:{_HIJRI_MONTH})[\p{{L}}'\u2019\- ]{{0,20}}?"
               r"[ \t]++\d{1,2},[ \t]*+1[34]\d\d(?:[ \t]*+(?i:ah?|h)\.?)?+")
"""A Hijri date before the Gregorian one in a news agency's dateline: "Madinah, Jumada Al-Awwal 11, 1444,
December 5, 2022, SPA --"."""
_ANOTHER_CALENDARS_DATE = (
    r"(?:(?:1[34]|25|57)\d\d[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:1[34]|25|57)\d\d"
    r"|(?:\d{1,2}[ \t]++)?(?i:farvardin|ordibehesht|khordad|tir|a?mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand"
    r"|hamal|sawr|saur|jawza|saratan|asad|sunbula|mizan|aqrab|qaws|jadi|dalw|hut"
    rf"|{_HIJRI_MONTH})[\p{{L}}'\u2019\- ]{{0,20}}?[ \t]++(?:\d{{1,2}},?[ \t]++)?1[34]\d\d)"
    r"(?:[ \t]*+(?i:AH|H|SH|HS)\.?)?")
"""A day in the Persian (Iran's or Afghanistan's month names) or the Hijri calendar: "1404/07/08", "8 Mehr
1404", "27 Qaws 1398"."""
_ANOTHER_CALENDARS_DAY = patterns.compile(
    rf"[ \t]*+(?:[|\u00b7\u2022/\-\u2013\u2014][ \t]*+|[ \t]{{2,}}+|\((?=[^()\n]++\)))"
    rf"{_ANOTHER_CALENDARS_DATE}\)?[ \t*.]*+")
"""After a page's date that opens its line, the same day in another calendar: "Tuesday 30 September 2025
|  1404/07/08", "(8 Mehr 1404)", "Monday 17 February 2025 – 18 Sha'ban 1446 AH"."""
_DATELINE_RE = patterns.compile(
    rf"[ \t*\u2022]*+(?:{_A_RELEASES_NUMBER})?"
    r"(?:(?:\p{Lu}[\p{L}\-]*+(?:[ ]\p{Lu}[\p{L}\-]*+){0,2}+[ ]\(\p{Lu}[\p{L} ]{1,30}+\)"  # "Mocuba (Mozambique)"
    r"|[\p{L}.'\u2019\-\"\u201c\u201d ]{2,40}?),[ \t]*+(?:[\p{L}.'\u2019\- ]{2,30}?[ \t]*+[\-\u2013\u2014,][ \t]*+)?"
    rf"(?:{_HIJRI_DATE}[ \t]*+,[ \t]*+|{_ANOTHER_CALENDARS_DATE}[ \t]*+\([ \t]*+"
    r"|(?:\p{Lu}[\p{L}.]{1,12}+[ \t]++)?\()?"
    rf"(?:{_WEEKDAY_THEN})?)?"
)
"""What may come before the date of a dateline: "THE HAGUE, Netherlands –", "Bruxelles, ", "Mocuba
(Mozambique), " (a town and, in brackets, its State: not "Recorded in Brussels (Ixelles), "), "Santo
Domingo, Thursday ", a numbered release's "Press note No. 412/2018 - Formosa, Friday ", a US release's town, its
State and a bracket before the date: "ROANOKE, Va. (" (the bracket must close after the date)."""
_FRONT_MATTER_DATE = patterns.compile(r"[ \t]*+(?i:date|published|pubdate|publishdate)[ \t]*+:")
"""The publication date's key in a page's front matter."""
_A_MASTHEADS_NAME = patterns.compile(
    r"[ \t]*+(?:\p{Lu}[\p{L}'\u2019\-]*+[ \t]++){0,4}?(?:News[ \t]++Agency|Agency|News|Press|Times|Post|Herald|Radio"
    r"|Television|TV)[ \t]*+$")
"""After a capitalised word and its dash, an agency's or a paper's name to the line's end: "SUNA - Sudan News Agency"."""
_DATELINE_LINES = 8
_DATELINE_LINES_FOR_A_CITY = 4
"""How many of a text's first lines may hold its dateline: any in the first eight; in the four after
them, below a news page's masthead, headline, summary and byline, a city's place ("SHREVEPORT, La. —"; a
room plan's "BOLIVIA (Estado Plurinacional de) - CHILE - …" there is none) or a labelled date
("Published 6:12 p.m. CT April 9, 2025")."""
_PUBLISHED_RE = patterns.compile(
    r"[ \t*]*+(?:(?i:version|v\.?|rev\.?|revision)[ \t]*+[\w.]{1,6}[ \t]*+[,;\-\u2013\u2014][ \t]*+)?"
    r"(?i:(?:date[ \t]+)?(?:published|posted|updated|last[ \t]+updated|issued|released|distributed|broadcast|aired|on[ \t]+air"
    r"|answered)"
    r"(?:[ \t]+(?:on|at))?|(?:release|publication|publish|posting|post|issue)[ \t]+(?:date|time)"
    r"|date[ \t]+of[ \t]+(?:publication|release|issue))"
    r"[ \t]*+[:\-\u2013\u2014]?[ \t]*+(?:\d{1,2}[:.]\d\d[ \t]*+(?i:[ap]\.?m\.?)?[ \t]*+(?:[A-Z]{1,4}T?[ \t]++)?,?+[ \t]*+)?"  # "Published 6:12 p.m. CT"
    rf"(?:{_WEEKDAY_THEN})?"
)
"""A web page's publication label before its date: "Published Friday", "Posted on", "Last updated:", "Published -",
"Published: 12:00 AM, Saturday,",
"Version 3, updated", "Release Date:", "Publish Date:", a city's page's "Release time:", a press release's
"Distributed   2025. 4. 10. (Thu) 09:00"; a programme's "Broadcast:", "Aired on"; a parliamentary answer's "Answered on".
Whatever follows the date on that line (a time, "by UNRCPD") is the page's, not an event's."""


_BYLINE_RE = patterns.compile(r"[ \t*]*+(?i:by)(?:[ \t]*+:)?[ \t]++[^\n\d]{2,60}?"
                               r"[ \t]*+[\u00b7\u2022|,\-\u2013\u2014][ \t]*+"
                           rf"(?:{_WEEKDAY_THEN})?")
"""A byline before the date that ends its line, or a cell of it: "By the Partnerships in Security Team · ",
"By: Yenisey Castro Díaz | Matanzas | "."""
_A_NEXT_CELL = patterns.compile(r"[ \t]*+\|[^\n]*+")
_PUBLISHED_WHERE = patterns.compile(r"[ \t*]*+(?i:published|posted|issued|released)[ \t]++(?i:in|on|by)[ \t]++[^\n\d]{2,150}?"
                                   r"[ \t]*+[\u00b7\u2022|,\-\u2013\u2014][ \t]*+")
"""Where a text was published, before the date that ends its line: "Published in the OSCE Secretariat
newsletter "Security Community Bulletin", Vienna, 9 December 2024"."""
_MASTHEAD_ISSUE = patterns.compile(r"[ \t*#]*+\p{Lu}[\p{L}\d.&'\u2019 \-]{1,40}?[ \t]*+[|\u00b7\u2022][ \t]*+"
                                   r"(?:\p{Lu}[\p{L}\p{M}.'\u2019 \-]{1,30}?[ \t]*+[|\u00b7\u2022][ \t]*+)?"
                                   rf"(?:{_WEEKDAY_THEN})?")
"""A newsletter's name before its issue's date, on its first line: "VERTIC UPDATE | October 2025", a
paper's "THE NATIONAL DAILY  |  Thursday, ", or its town between them: "THE PUNJAB OBSERVER · Lahore · Thursday,
" (not an event's row, "Regional Workshop · Tashkent · 12 March 2024": the caller asks)."""
_A_PAGES_SECTION = patterns.compile(r"[ \t]*+[|\u00b7\u2022][ \t]*+\p{Lu}[\p{L} &\-]{1,30}+[ \t]*+")
"""After a masthead's date, the paper's section on the same line: "  |  Country"."""
_TIME_THEN = patterns.compile(r"[ \t*]*+\d{1,2}:\d\d[ \t]*+(?i:[ap]\.?m\.?)?[ \t]*+[\u00b7\u2022|,\-\u2013\u2014][ \t]*+")
"""A post's time before its date, the two alone on their line: "8:42 PM · Nov 19, 2024"."""


_WEEKDAY_ALONE = patterns.compile(rf"[ \t*]*+{_WEEKDAY_THEN}|[ \t*]*+\p{{Lu}}[\p{{L}}.&/'\u2019 \-]{{0,40}}?[ \t]{{3,}}(?:{_WEEKDAY_THEN})?")
"""A weekday before a date that ends its line: a masthead's "Wednesday 14 August 2019", or "Daily
News          Thursday, 8 February 2024" (the paper's name, then the date far to its right), or a paper's section
path so ("CITY / JAIPUR & RAJASTHAN          Saturday, December 7, 2019")."""


_A_TIME_OF_DAY = patterns.compile(
    r"[ \t]*+,?[ \t]*+(?i:(?:late|early)[ \t]++)?(?i:morning|afternoon|evening|night|noon|midnight)[ \t.]*+")
"""After a letter's place and date, when it was written: "Košice, Thu 19.X.2017, evening"."""
_NOTHING_OR_A_TIME = patterns.compile(
    r"[ \t*.,]*+(?:(?:at[ \t]++|[\-\u2013\u2014|\u00b7][ \t]*+)?\d{1,2}[:.]\d\d(?::\d\d)?[ \t]*+(?i:[ap]\.?m\.?)?[ \t]*+"
    r"(?:\(?(?:GMT|UTC|[A-Z]{2,4}T|[A-Z]{3}|[+\-]\d\d:?\d\d)\)?)?[ \t*.]*+)?"
    r"(?:(?:[\-\u2013\u2014|\u00b7][ \t]*+|(?<=[ \t]{2}))"  # after a bar or a dash, or far to the right
    r"(?i:(?:last[ \t]++)?(?:updated?|modified|edited)|by|source|author|press[ \t]++(?:service|office|centre|center))"
    r"\b[^\n]*+)?(?:\u00b7[ \t]*+(?:[\p{So}\ufe0f][ \t]*+){0,3}+)?")
"""What may follow a masthead's or a byline's date on its line: nothing, or the time it was filed
("Wed 2 Oct 2024 15:42 GMT", "Monday 29 September 2025 - 17:05", a social post's "September 16, 2025 at 2:14 PM ·"),
and when the page was changed since ("21/11/2025 15:40 - Updated 21/11/2025 17:05") or who wrote it
("02.10.2025 17:40 | Press service of …"), or a post's audience after its time ("June 13, 2025 at 4:12 PM · 🌏")."""


_AN_ORDINAL_DAY = re.compile(r"\d(?:st|nd|rd|th)\b|day[ \t]*\([ \t]*\d{1,2}[ \t]*\)")
_BACK_FROM = patterns.compile(r"(?im)(?:^[ \t]*+|[.!?]\s+)(?:(?:I['\u2019]m|I[ \t]+am|we['\u2019]re|we[ \t]+are|just)[ \t]+)?"
                             r"(?:back|home|returned)\b[^.!?\n]*+$")
"""A writer back home before an "after …" clause: the clause tells the event the text is about."""
_BACK_REACH = 60


_CUE_WORDS: dict[regex.Pattern, tuple[str, ...]] = {}
_LITERALS: set[str] = set()
"""Every string whose offsets in a lowered note :meth:`Context.literal_spans` finds in its one pass."""


def cue_words(pattern: regex.Pattern, words: str) -> regex.Pattern:
    """Give ``pattern`` the words (lowercase ASCII letters, space-separated) one of which each of
    its matches contains, in any case; returns ``pattern``.

    :meth:`Context.search` then tries the pattern only where one of the words occurs: finding the
    words in the lowered text (one pass for all of them) costs a fraction of a case-insensitive
    pattern, and it proves that most sentences cannot match.
    """
    listed = tuple(words.split())
    if not all(w.isascii() and w.isalpha() and w.islower() for w in listed):
        raise ValueError(f"cue words must be lowercase ASCII letters: {words!r}")
    _CUE_WORDS[pattern] = listed
    _LITERALS.update(listed)
    return pattern


def cue_literals(*literals: str) -> tuple[str, ...]:
    """Register lowercase strings whose offsets extractors ask of each note ("presented by",
    "present:"): :meth:`Context.literal_spans` finds them with the cue words, in one pass. Returns them."""
    if not all(w and w == w.lower() for w in literals):
        raise ValueError(f"cue literals must be lowercase and not empty: {literals!r}")
    _LITERALS.update(literals)
    return literals


_automata: dict[frozenset[str], ahocorasick.Automaton] = {}


def _automaton() -> ahocorasick.Automaton:
    """An Aho–Corasick automaton over all registered literals, built once (again only when a module
    has registered more since)."""
    if len(_automata) == 1:
        key, found = next(iter(_automata.items()))
        if len(key) == len(_LITERALS):
            return found
    key = frozenset(_LITERALS)
    found = ahocorasick.Automaton()
    for literal in key:
        found.add_word(literal, literal)
    found.make_automaton()
    _automata.clear()
    _automata[key] = found
    return found


_REACH: dict[regex.Pattern, int] = {}
_WORD_STARTS_BACK = patterns.compile(r"(?r)(?<!\p{L})\p{L}")  # a letter after anything else, found backwards


def cue_opening(pattern: regex.Pattern, words: str, reach: int) -> regex.Pattern:
    """Give ``pattern`` its :func:`cue_words` and say more: each match starts with a letter at a
    word boundary, at one of the last ``reach`` word starts up to a cue word (counting the start
    of the word the cue is in: "on the margins" reaches 3). Returns ``pattern``.

    :meth:`Context.finditer` then tries the pattern only there, rather than at every position of
    the text (about 100 ns a character for a case-insensitive pattern).
    """
    cue_words(pattern, words)
    _REACH[pattern] = reach
    return pattern


OTHER_CLAUSE_RE = cue_opening(patterns.compile(
    r"(?i)\b(?:(?:ahead\s+of|following|prior\s+to|on\s+the\s+(?:margins|sidelines)\s+of|in\s+the\s+run-up\s+to|"
    r"in\s+preparation\s+for|as\s+a\s+follow-up\s+to|(?:builds?|building|built)\s+(?:up)?on|follow(?:s|ed)(?:\s+up\s+on)?|"
    r"after|since)\s+(?:the|an?|its|their|[^\W\d_][\w\-]*+['\u2019]s)\b|(?:will|is\s+to|are\s+to)\s+be\s+followed\s+by\b)"
    r"(?:[^,;.\n]|\n(?![ \t]*\n)){3,200}"
), "ahead follow prior margins sidelines run preparation buil after since", reach=3)
"""A clause that places the main event relative to another one; it ends at a comma, a stop or a
blank line (a line break of wrapped text does not end it)."""
_AN_EVENT_NAMED = patterns.compile(
    r"(?i)\b(?:workshops?|seminars?|conferences?|meetings?|courses?|round[\s-]?tables?|exercises?|webinars?|"
    r"trainings?|sessions?|editions?|visits?|missions?|events?|dialogues?|forums?|summits?|rounds?|symposi(?:um|a)|"
    r"consultations?|talks|briefings?|reviews?|outreach|programmes?|programs?|projects?|activit(?:y|ies)|"
    r"assessments?|launch|adoption|conventions?|conclusion|gatherings?|retreats?|congress(?:es)?)\b")
"""What a clause about another event names: the event, or an act it follows ("following the adoption of
resolution 2325"); a clause that names neither ("follows the seizure and the cross-border
investigation" in an exercise's scenario) is about no other event."""
_CLAUSE_TO_DATE = patterns.compile(
    r"(?:,[ \t]+\p{Lu}[\p{L}\p{M}.'\u2019\-]*+(?:[ ](?:of[ ](?:the[ ])?)?\p{Lu}[\p{L}\p{M}.'\u2019\-]*+)*+)*+"
    r",?[ \t]+(?:on|in|from|between)[ \t]+"
    r"|,[ \t\n]++(?:which|that)[ \t\n]++(?:ran|was[ \t\n]++held|took[ \t\n]++place|met|convened)[ \t\n]++"
    r"(?:(?:on|from|between|in)[ \t\n]++)?"
)
"""What may follow a clause's comma and still be the clause: the rest of its place (", Fiji"),
then the preposition of its date (", on ") or year (", in 2017"); or a relative clause that dates
the other event ("right after the … Conference, which ran Dec. 1–2")."""
_YEAR = patterns.compile(r"(?:19|20)\d{2}(?!\d)")
_WEEKDAY_GAP = patterns.compile(r"[ \t]*+,?[ \t]*+(?:\r?\n[ \t]*+)?(?:the[ \t]++)?")
_LINKS_HEADING = patterns.compile(
    r"[ \t*#>\u203a\u00bb|\-]*+(?i:(?:related|more|latest|other|recent|similar)[ \t]++(?:news|articles?|stories|"
    r"posts?|items?|content|events?|press[ \t]++releases?|links?|reading)|related|see[ \t]++also|read[ \t]++more|"
    r"(?:read[ \t]++also|also[ \t]++read)|further[ \t]++reading|"
    r"you[ \t]++(?:may|might)[ \t]++also[ \t]++(?:like|be[ \t]++interested[ \t]++in)|"
    r"(?:(?:most[ \t]++relevant|top|all|newest|readers?['\u2019]?)[ \t]++)?comments(?:[ \t]*+\(\d++\))?)"
    r"[ \t*:\u25be\u25bc\u2304]*+\r?$",
    regex.MULTILINE,
)
"""A heading alone on its line above a web page's links to other pages ("Related news", "Related:", "› See also:"),
or above a post's comments ("Most relevant comments ▾"): what follows is not the page's own story."""
_DIGEST_RULE = patterns.compile(r"(?m)^[ \t]*+(?:[-_=*\u2500\u2014\u2013][ \t]*+){3,}+$")
"""A line drawn with dashes, underscores, equals signs or stars alone: a rule between a digest's items."""
_RULE_CUES = ("---", "___", "===", "***", "\u2500\u2500\u2500", "\u2014\u2014\u2014")
"""What a rule line holds: looked for with ``in`` (a pattern of these alternatives costs a text's
length times six)."""


def _between(lines: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The spans before, between and after ``lines`` (sorted spans) in a text of length ``end``."""
    bounds = [0, *(x for span in lines for x in span), end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


_NUMBERED_LINE = patterns.compile(r"(?m)^[ \t]*+[1-9][.)][ \t]++(?P<title>\p{Lu}[^\n]{2,120}+)$")
"""A numbered line: an item of a contents list, or the heading of the item it names."""
_CONTENTS_HEADING = patterns.compile(r"(?im)^[ \t*#]*+(?:in[ \t]++this[ \t]++issue|contents)[ \t*:]*+\n")
_BULLETED_LINE = patterns.compile(r"(?m)^[ \t]*+[\-\u2022*\u25aa\u25cf][ \t]++(?P<title>\p{Lu}[^\n]{2,120}+)\n?")
_A_LINE = patterns.compile(r"(?m)^[^\n]{3,130}+$")
_SUBSECTION_HEADING = patterns.compile(r"(?m)^[ \t]*+[1-9]\d?\.[1-9]\d?\.?[ \t]++\p{Lu}[^\n.;:]{2,100}+$")
"""A numbered subsection's heading: "4.3 National workshop for Guatemala" (a line with no full stop;
numbered paragraphs, "2.1 Syndicate A reported that …", are sentences)."""

_LINKS_CUES = ("related", "more ", "latest", "other", "recent", "similar", "also", "further", "comments")


cue_opening(RELATIVE_RE, "day tomorrow", reach=3)  # "this past Tuesday": the cue is in the third word


@dataclass
class Context:
    """One note, read every way the extractors need."""

    raw: str
    layout: Layout
    view: TextView
    mentions: MentionSet
    sentences: list[tuple[int, int]]
    warnings: list[tuple[str, str, tuple[int, int] | None]] = field(default_factory=list)
    datelines: list[DateMatch] = field(default_factory=list)
    _searches: dict[tuple[regex.Pattern, int, int], regex.Match | None] = field(default_factory=dict, init=False,
                                                                               repr=False)
    _spans_by_pattern: dict[regex.Pattern, list[tuple[int, int]]] = field(default_factory=dict, init=False, repr=False)
    memo: dict[tuple, object] = field(default_factory=dict, init=False, repr=False)
    """What an extractor worked out for a part of the note and may be asked again, by its own key."""

    def __post_init__(self) -> None:
        self.datelines = find_datelines(self.raw, self.layout, self.date_starts, self.month_first)

    def warn(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        """Record an inference or a doubt; it ends up in the record's ``warnings``."""
        self.warnings.append((code, message, span))

    def search(self, pattern: regex.Pattern, start: int, end: int) -> regex.Match | None:
        """``pattern.search`` in raw ``[start, end)``, done once: several extractors ask the same
        sentence the same question (does it say the event was held? is it about another event?).
        A pattern with :func:`cue_words` runs only where one of its words occurs."""
        key = (pattern, start, end)
        try:
            return self._searches[key]
        except KeyError:
            pass
        cued = pattern not in _CUE_WORDS or self.lowered is None or self._cued(pattern, start, end)
        if not cued:
            found = None
        else:
            found = pattern.search(self.raw, start, end)
        self._searches[key] = found
        return found

    def _cued(self, pattern: regex.Pattern, start: int, end: int) -> bool:
        """Whether one of the cue words of ``pattern`` lies in raw ``[start, end)``, by the sorted
        offsets of all of them in the note (found in one pass): a bisection, however long the span."""
        hits = self._pattern_spans(pattern)
        i = bisect_left(hits, (start, start))
        while i < len(hits) and hits[i][0] < end:
            if hits[i][1] <= end:
                return True
            i += 1
        return False

    def _pattern_spans(self, pattern: regex.Pattern) -> list[tuple[int, int]]:
        """The sorted spans of the cue words of ``pattern`` in the lowered note, worked out once."""
        spans = self._spans_by_pattern.get(pattern)
        if spans is None:
            spans = self._spans_by_pattern[pattern] = self.literal_spans(_CUE_WORDS[pattern])
        return spans

    def literal_spans(self, literals: tuple[str, ...]) -> list[tuple[int, int]]:
        """The sorted lowered-text spans of every occurrence of ``literals`` (overlapping ones
        too), from the one Aho–Corasick pass over the note for all literals registered by
        :func:`cue_words` and :func:`cue_literals` (a ``str.find`` scan for one that is not).
        Callers check :attr:`lowered` first."""
        found = self._literal_starts
        lowered = self.lowered or ""
        return sorted((at, at + len(literal)) for literal in literals
                      for at in (found.get(literal, ()) if literal in _LITERALS else offsets(lowered, literal)))

    @cached_property
    def _literal_starts(self) -> dict[str, list[int]]:
        starts: dict[str, list[int]] = {}
        for last, literal in _automaton().iter(self.lowered or ""):
            starts.setdefault(literal, []).append(last + 1 - len(literal))
        return starts

    def cued_sentences(self, pattern: regex.Pattern) -> list[tuple[int, int]]:
        """The sentences in which one of the :func:`cue_words` of ``pattern`` occurs, in order (all
        of them when the text cannot be lowered): no other sentence can match the pattern."""
        if self.lowered is None:
            return self.sentences
        hits = self._pattern_spans(pattern)
        found = []
        for s0, s1 in self.sentences:
            i = bisect_left(hits, (s0, s0))
            while i < len(hits) and hits[i][0] < s1:
                if hits[i][1] <= s1:
                    found.append((s0, s1))
                    break
                i += 1
        return found

    def finditer(self, pattern: regex.Pattern, start: int, end: int) -> Iterator[regex.Match]:
        """``pattern.finditer`` over raw ``[start, end)``; a pattern with a :func:`cue_opening` is
        tried only at the last word starts up to each cue word: no match can start elsewhere."""
        reach = _REACH.get(pattern)
        if reach is None or self.lowered is None:
            yield from pattern.finditer(self.raw, start, end)
            return
        raw, pos = self.raw, start
        hits = self._pattern_spans(pattern)
        for cue, cue_end in islice(hits, bisect_left(hits, (start, start)), None):
            if cue >= end:
                break
            if cue_end > end or cue < pos:
                continue  # past the span's end, or inside the last match
            words = list(islice(_WORD_STARTS_BACK.finditer(raw, pos, cue + 1), reach))
            for word in reversed(words):
                m = pattern.match(raw, word.start(), end)
                if m is not None:
                    yield m
                    pos = m.end()
                    break
            else:
                pos = cue + 1

    @cached_property
    def lowered(self) -> str | None:
        """The raw text in lower case, at the same offsets, where the cue words of :func:`cue_words`
        are looked for. None when lowering cannot stand for case-insensitive matching: a letter that
        lowers to two ("İ") shifts offsets, and the long s ("ſ") matches s but lowers to itself."""
        lowered = self._lower
        return lowered if len(lowered) == len(self.raw) and "\u017f" not in self.raw else None

    @cached_property
    def _lower(self) -> str:
        return self.raw.lower()

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence around raw ``offset`` (the offset alone when it is in none)."""
        return sentence_at(self.sentences, offset) or (offset, offset)

    def clean(self, start: int, end: int) -> str:
        """The cleaned text of raw ``[start, end)``: one line, no markup, words rejoined."""
        a, b = self.view.to_clean(start), self.view.to_clean(end)
        return _SPACES.sub(" ", self.view.clean[a:b]).strip()

    @cached_property
    def other_clauses(self) -> list[tuple[int, int]]:
        """Raw spans of clauses about another event: "Ahead of the Nuclear Security Summit held in
        Seoul in March 2012", "following an earlier round held in San José" — up to the next comma,
        or on through the commas of a place to the date or year that ends the clause: "built on the
        dialogue held in Suva, Fiji, on 3-4 December 2019", "follows a first meeting held in Abuja,
        Nigeria, in 2017"."""
        found = []
        for m in self.finditer(OTHER_CLAUSE_RE, 0, len(self.raw)):
            if not _AN_EVENT_NAMED.search(self.raw, m.start(), m.end()):
                continue  # "follows the seizure and the cross-border investigation": no other event
            if _BACK_FROM.search(self.raw, max(0, m.start() - _BACK_REACH), m.start()):
                continue  # "Back home in Apia after a few days in Nadi at the workshop": the event told of
            end = m.end()
            tail = _CLAUSE_TO_DATE.match(self.raw, end)
            if tail is not None:
                date = self._date_at(tail.end())
                if date is not None:
                    end = date.span[1]
                elif (year := _YEAR.match(self.raw, tail.end())) is not None:
                    end = year.end()
            found.append((m.start(), end))
        return found

    def date_after(self, start: int, end: int) -> DateMatch | None:
        """The first date of :attr:`dates` that starts in raw ``[start, end)``, if any."""
        i = bisect_left(self._found_date_starts, start)
        return self.dates[i] if i < len(self.dates) and self.dates[i].span[0] < end else None

    def _date_at(self, offset: int) -> DateMatch | None:
        """The date of :attr:`dates` that starts at raw ``offset``, if one does."""
        i = bisect_left(self._found_date_starts, offset)
        return self.dates[i] if i < len(self.dates) and self.dates[i].span[0] == offset else None

    @cached_property
    def _found_date_starts(self) -> list[int]:
        """Where each date of :attr:`dates` starts (not :attr:`date_starts`, where one may)."""
        return [d.span[0] for d in self.dates]

    def in_other_clause(self, start: int, end: int) -> bool:
        """True when raw ``[start, end)`` lies in a clause about another event."""
        return self._other_clause_cover.contains(start, end)

    @cached_property
    def _other_clause_cover(self) -> Cover:
        return Cover(self.other_clauses)

    @cached_property
    def date_starts(self) -> list[int]:
        """Where a date can begin in the note: looked for once for every date scan of it. Not in
        text struck through ("DATES: ~~16-18 Oct~~ -> 23-25 OCT 2018"): it was crossed out."""
        starts = date_starts(self.raw, lowered=self._lower)
        if "~~" not in self.raw:
            return starts
        struck = Cover(m.span() for m in _STRUCK_THROUGH.finditer(self.raw))
        return [at for at in starts if not struck.contains(at, at + 1)]

    @cached_property
    def month_first(self) -> bool:
        """Whether the note writes "3/14/2013": then its "3/12/2013" is 12 March too."""
        return slash_dates_month_first(self.raw)

    def find_dates(self, start: int, end: int) -> list[DateMatch]:
        """The dates in raw ``[start, end)`` read on their own (a field value, a line)."""
        return find_dates(self.raw, start, end, starts=self.date_starts, month_first=self.month_first)

    @cached_property
    def dates(self) -> list[DateMatch]:
        """Every date or date range in the note, in order: one pass of the grammar, shared."""
        found = find_dates(self.raw, starts=self.date_starts, month_first=self.month_first)
        return days_of_a_week(self.raw, found) if self.raw.find("eek ") >= 0 else found  # no "week": nothing to read

    def dates_in(self, start: int, end: int) -> list[DateMatch]:
        """The dates of :attr:`dates` inside raw ``[start, end)``."""
        starts = self._found_date_starts
        return [d for d in self.dates[bisect_left(starts, start):bisect_left(starts, end)] if d.span[1] <= end]

    @cached_property
    def years(self) -> list[tuple[int, int]]:
        """``(offset, year)`` of every date or year in the text that has a year, in order."""
        found = find_dates(self.raw, years=True, starts=self.date_starts, month_first=self.month_first)
        return [(d.span[0], d.end[0]) for d in found if d.end[0] is not None
                and not _CITED_YEAR_BEFORE.search(self.raw, max(0, d.span[0] - _CITED_YEAR_REACH), d.span[0])
                and not (d.precision == "year" and
                         _A_RESOLUTIONS_NUMBER_BEFORE.search(self.raw, max(0, d.span[0] - _NUMBERS_REACH), d.span[0]))
                and not (d.precision == "year" and _A_NAMES_YEAR_AFTER.match(self.raw, d.span[1])
                         and _A_NAMES_YEAR_BEFORE.search(self.raw, max(0, d.span[0] - 8), d.span[0]))]

    @cached_property
    def digest_items(self) -> list[tuple[int, int]]:
        """The raw spans a text's rule lines ("-----") set apart, when it has two or more and no
        header block: a newsletter's or a mailing-list digest's items (else none); or, short of
        rules, the numbered headings its contents list named first."""
        if self.layout.is_information_note:
            return []
        rules = [m.span() for m in _DIGEST_RULE.finditer(self.raw)] if any(cue in self.raw for cue in _RULE_CUES) else []
        return _between(rules, len(self.raw)) if len(rules) >= 2 else self.stories or self.subsections

    @cached_property
    def subsections(self) -> list[tuple[int, int]]:
        """The raw spans under a report's numbered subsection headings ("4.2 Sub-regional workshop for
        the Caribbean (Nassau)", "4.3 National workshop for Guatemala"), two or more: an annual
        report's activities, each its own item. None in an Information Note."""
        if self.layout.is_information_note or ".2" not in self.raw:
            return []
        starts = [m.start() for m in _SUBSECTION_HEADING.finditer(self.raw)]  # each item with its heading
        return list(zip([0, *starts], [*starts, len(self.raw)])) if len(starts) >= 2 else []

    @cached_property
    def stories(self) -> list[tuple[int, int]]:
        """The raw spans of a newsletter's stories, each under a numbered heading its contents list
        ("In this issue") gave first: "1. Abu Dhabi conference …", "2. Legislative drafting support
        for Mauritius"; none without such a list. Unlike a mail's parts, each is its own story."""
        if self.layout.is_information_note:
            return []
        if "\n2. " not in self.raw:
            return self._stories_a_bulleted_contents_list_names()
        seen: set[str] = set()
        headings = []
        for m in _NUMBERED_LINE.finditer(self.raw):
            title = m.group("title").strip().casefold()  # "1. Monterey dialogue …" heads "1. MONTEREY DIALOGUE …"
            if title in seen:
                headings.append(m.span())
            seen.add(title)
        return _between(headings, len(self.raw)) if len(headings) >= 2 else []

    @cached_property
    def contents_list(self) -> tuple[int, int] | None:
        """The raw span of a bulletin's contents list, its stories' headlines ("IN THIS ISSUE / - Caribbean
        States discuss 1540 obligations … / - Course for Peruvian police officers"), when its stories are
        told below it (:attr:`stories`): none of its lines is the story told."""
        if not self.stories:
            return None
        contents = _CONTENTS_HEADING.search(self.raw, 0, self.stories[0][1])
        if contents is None:
            return None
        end = contents.end()
        for m in _BULLETED_LINE.finditer(self.raw, end):
            if m.start() != end and self.raw[end:m.start()].strip():
                break
            end = m.end()
        return (contents.start(), end) if end > contents.end() else None

    def _stories_a_bulleted_contents_list_names(self) -> list[tuple[int, int]]:
        """A bulletin's stories under headings its bulleted contents list gave first: "IN THIS ISSUE /
        - Biosecurity webinar draws ten Member States / …" heads "BIOSECURITY WEBINAR DRAWS TEN MEMBER
        STATES", two or more."""
        contents = _CONTENTS_HEADING.search(self.raw)
        if contents is None:
            return []
        titles = set()
        for m in _BULLETED_LINE.finditer(self.raw, contents.end()):
            if m.start() != contents.end() and self.raw[contents.end():m.start()].strip():
                break
            titles.add(m.group("title").strip().casefold())
            contents = m  # the list goes on from this line
        headings = [m.span() for m in _A_LINE.finditer(self.raw, contents.end())
                    if m.group().strip().casefold() in titles]
        return _between(headings, len(self.raw)) if len(headings) >= 2 else []

    @cached_property
    def links_start(self) -> int:
        """Where a web page's block of links to other pages begins ("Related news", "See also",
        "Read more" alone on a line), or a post's comments ("Most relevant comments"), or the text's
        end: the events its items name are others, and its commenters' States take no part."""
        lowered = self.lowered
        if lowered is None:  # lowering changed the text's length: no offsets to share, try every line
            starts = (start for start, _ in first_lines(self.raw, len(self.raw) + 1))
            return next((start for start in starts if _LINKS_HEADING.match(self.raw, start)), len(self.raw))
        found = len(self.raw)
        for cue in _LINKS_CUES:
            at = lowered.find(cue)
            while 0 <= at < found:
                line = self.raw.rfind("\n", 0, at) + 1
                if _LINKS_HEADING.match(self.raw, line):
                    found = line
                    break
                at = lowered.find(cue, at + 1)
        return found

    @cached_property
    def publication_year(self) -> int | None:
        """The year of the note's own date line, when it has one; else of a closing time stamp
        (a news page's last line "2023-10-17 20:41:05" under "Xi'an, Oct. 17 -- …"). Kept: each date's
        score asks for it, and finding it may read every date of the note."""
        year = next((d.start[0] for d in self.datelines if d.start[0] is not None), None)
        if year is None and self.datelines:
            line = self.datelines[0]  # "Date: 06.12.2022" above "Mysuru, December 6 (Karnataka Information):"
            year = next((d.start[0] for d in self.dates if d.span[1] <= line.span[0] and d.start[0] is not None
                         and d.start[1:] == line.start[1:] and d.end == d.start), None)
        if year is None and self.datelines:
            stamp = _CLOSING_STAMP.search(self.raw, max(0, len(self.raw) - _STAMP_REACH))
            year = int(stamp.group("year")) if stamp is not None else None
        if year is None and not self.datelines:
            year = self._issue_year() or self._masthead_year()
        elif year is None:
            year = self._masthead_year()  # "OMAN NEWS AGENCY / Local News | 2026" over "Muscat, Feb 9 (ONA) ---"
            if year is None:  # "Published 6:05 p.m., Thursday, Oct. 2" over a page's last "(c) 2025 The Stamford Ledger"
                notice = _A_COPYRIGHT_LINE.search(self.raw, max(0, len(self.raw) - _COPYRIGHT_REACH))
                year = int(notice.group("year")) if notice is not None else None
        return year

    def _masthead_year(self) -> int | None:
        """The year of a periodical's issue on its first lines: "Issue 10/2024 · Regulatory round-up",
        "Volume 8, Issue 3 · July 2021", or a year alone in a cell of its kicker line ("Local News | 2026")."""
        for a, b in first_lines(self.raw, _MASTHEAD_LINES):
            m = _MASTHEAD_YEAR.search(self.raw, a, b) or _A_YEAR_CELL.search(self.raw, a, b)
            if m is not None:
                return int(m.group("year"))
        return None

    def _issue_year(self) -> int | None:
        """The year of the day a note's closing lines say it was issued: an Information Note's
        footnote "Issued by the 1540 Committee experts, New York, 29 January 2024", a podcast
        transcript's "[Recorded 16 June 2025]", a foreword's closing "Munster, November 2019"."""
        tail = max(0, len(self.raw) - _ISSUE_REACH)
        for d in self.dates[bisect_left(self._found_date_starts, tail):]:
            if d.has_year() and d.precision == "day" and d.start == d.end:
                line = self.raw.rfind("\n", 0, d.span[0]) + 1
                if _ISSUED_BEFORE.search(self.raw, max(line, d.span[0] - _ISSUE_LINE), d.span[0]):
                    return d.start[0]
        signed = [d for d in self.dates[bisect_left(self._found_date_starts, tail):] if d.has_year() and d.start == d.end
                  and d.precision in ("day", "month") and _A_SIGNATURES_PLACE.fullmatch(
                      self.raw, self.raw.rfind("\n", 0, d.span[0]) + 1, d.span[0])
                  and _NOTHING_AFTER_ON_ITS_LINE.match(self.raw, d.span[1])]
        return signed[-1].start[0] if signed else None

    @cached_property
    def publication_date(self) -> datetime.date | None:
        """The day of the note's own date line, when it gives one to the day; else of the day its
        signature closes it with (:meth:`_signed_on`). Worked out once: each candidate date of the event asks it."""
        for d in self.datelines:
            if d.precision == "day":
                resolved = d.resolve(None if d.has_year() else self.publication_year)
                if resolved is not None:
                    return resolved[0]
        return self._signed_on() if not self.datelines else None

    def _signed_on(self) -> datetime.date | None:
        """The day a statement is signed on, on its last lines under "Signed:" ("Signed: / Hon. … /
        Commissioner for Information / Owerri, 15th March, 2022"): the day its "today" and "yesterday" are
        counted from."""
        tail = max(0, len(self.raw) - _SIGNATURE_REACH)
        signed = _SIGNED_LINE.search(self.raw, tail)
        if signed is None:
            return None
        for d in self.dates[bisect_left(self._found_date_starts, signed.end()):]:
            line = self.raw.rfind("\n", 0, d.span[0]) + 1
            if d.has_year() and d.precision == "day" and d.start == d.end \
                    and (line == d.span[0] or _A_SIGNATURES_PLACE.fullmatch(self.raw, line, d.span[0])
                         or _WEEKDAY_ALONE.fullmatch(self.raw, line, d.span[0])) \
                    and _NOTHING_AFTER_ON_ITS_LINE.match(self.raw, d.span[1]):
                resolved = d.resolve(None)
                return resolved[0] if resolved is not None else None
        return None

    @cached_property
    def relative_dates(self) -> list[DateMatch]:
        """Days said relative to the note's own date ("gathered yesterday", "last Tuesday and
        Wednesday"), in order; none when the note is not dated to the day."""
        day = self.publication_date
        if day is None:
            return self._days_of_a_month_told()
        found = [relative_date(self.raw, m, day) for m in self.finditer(RELATIVE_RE, 0, len(self.raw))]
        if " days" in self.raw:  # "Just wrapped up two intense days in Yerevan"
            found += [days_just_ended(m, day) for m in DAYS_JUST_ENDED_RE.finditer(self.raw)]
        month_days = [d for d in self._days_of_the_month(day) if d is not None]
        days = sorted((d for d in _outside_the_week_told(found, month_days) + month_days if d is not None),
                      key=lambda d: d.span)
        return join_ranges(self.raw, [d for d in days if not self.in_dateline(*d.span)
                                      and not self._in_a_date(*d.span) and not self._date_after(d.span[1])
                                      and not self._a_datelines_weekday(d)])

    def _a_datelines_weekday(self, d: DateMatch) -> bool:
        """Whether day ``d`` is the weekday alone a release's dateline gives its own day by ("NGUDU, Thursday –")."""
        m = _A_DATELINES_WEEKDAY.match(self.raw, self.raw.rfind("\n", 0, d.span[0]) + 1)
        return m is not None and m.span("day") == d.span

    def _days_of_the_month(self, day: datetime.date) -> list[DateMatch | None]:
        """A day of the month alone in the paragraph a dateline opens ("Xi'an, Oct. 17 -- The seminar
        opened on the 16th"): a news agency's way; anywhere else "the 16th" is too loose to read.
        Two of them, a range, anywhere ("two days, the 16th and 17th")."""
        this_month = self._days_of_a_month_told()
        if not self.datelines:
            return this_month
        start = self.datelines[0].span[1]
        end = self.raw.find("\n\n", start, start + _DATELINE_PARAGRAPH)
        end = end if end >= 0 else min(len(self.raw), start + _DATELINE_PARAGRAPH)
        ranges = [days_of_month(self.raw, m, day) for m in DAYS_OF_MONTH_RE.finditer(self.raw)] \
            if _AN_ORDINAL_DAY.search(self.raw) else []  # stdlib `re` finds "16th" several times faster
        taken = Cover(d.span for d in ranges if d is not None)
        this_month = [d for d in this_month if d is not None and not taken.contains(*d.span)]
        taken = Cover(d.span for d in ranges + this_month if d is not None)
        alone = [day_of_month(self.raw, m, day) for m in DAY_OF_MONTH_RE.finditer(self.raw, start, end)
                 if not taken.contains(*m.span("dom"))]
        return ranges + this_month + alone

    def _days_of_a_month_told(self) -> list[DateMatch]:
        """Days of the month that say which month they are of ("the 27th of this month", "the 17th, 18th and 19th of
        last month"), counted from the note's own day, or its month where its date line gives no day ("Monthly
        Letter — October 2025")."""
        if " month" not in self.raw:
            return []
        day = self.publication_date
        month = (day.year, day.month) if day is not None else self._issue_month()
        if month is None:
            return []
        found = (days_of_a_month_told(self.raw, m, *month) for m in DAYS_OF_A_MONTH_TOLD_RE.finditer(self.raw))
        return [d for d in found if d is not None]

    def _issue_month(self) -> tuple[int, int] | None:
        """The year and month a text's first lines date it by, when they give no day and it is the text's first date:
        a letter's or a newsletter's issue ("Monthly Letter — October 2025", "Issue No. 37 · November 2025")."""
        first = self.dates[0] if self.dates else None
        if first is None or first.precision != "month" or not first.has_year() or first.start[:2] != first.end[:2]:
            return None
        lines = list(first_lines(self.raw, _ISSUE_LINES))
        return (first.start[0], first.start[1]) if lines and first.span[0] < lines[-1][1] else None

    def _date_after(self, end: int) -> bool:
        """Whether a written date follows raw ``end`` at once: the weekdays of "on Monday and
        Tuesday, November 6 and 7" are that date's, not days counted from the note's own."""
        gap = _WEEKDAY_GAP.match(self.raw, end)
        return gap is not None and self._date_at(gap.end()) is not None

    def _in_a_date(self, start: int, end: int) -> bool:
        """Whether raw ``[start, end)`` lies inside a written date ("the week of 14 March, from Monday to Thursday")."""
        i = bisect_left(self._found_date_starts, end) - 1
        return i >= 0 and self.dates[i].span[0] <= start and end <= self.dates[i].span[1]

    @cached_property
    def dateline_place(self) -> tuple[int, int] | None:
        """Raw span of the place a press release's first lines open with, before its date or a
        dash: "ACCRA, 29 March 2019 –", "Santo Domingo – On Thursday, …", "THE HAGUE, Netherlands,
        7 May –". Only a known city or State (or both) counts: a headline's "Programme – Region"
        is no place. A building after the city is left out: "Santiago, Ministry of Foreign Affairs,
        Tuesday 4 November 2025"."""
        previous = masthead = None
        for line, (start, end) in enumerate(first_lines(self.raw, _DATELINE_LINES + _DATELINE_LINES_FOR_A_CITY)):
            under_a_byline, previous = previous is not None and _A_BYLINE_LINE.fullmatch(self.raw, *previous), (start, end)
            if under_a_byline and _A_CITY_IN_CAPITALS.fullmatch(self.raw, start, end) and self.only_places(start, end) \
                    and self.datelines:
                return self._its_words(start, end)  # "Special Correspondent / THOOTHUKUDI": a paper's place line
            dated = next((d for d in self.datelines if start <= d.span[0] < end), None)
            m = _PLACE_OPENING.match(self.raw, start, dated.span[0] if dated is not None else end)
            if m is None and dated is not None:
                cell = _PLACE_CELL_BEFORE_A_DATE.search(self.raw, start, dated.span[0])
                if cell is None and not self.raw[start:dated.span[0]].strip(" \t*"):
                    cell = _PLACE_CELL_AFTER_A_DATE.match(self.raw, dated.span[1], end)  # "26.01.2026 | Lemgo"
                far = _A_PLACE_FAR_RIGHT.fullmatch(self.raw, start, dated.span[0]) if cell is None else None
                if far is not None and self._a_letters_place(*far.span("place")):
                    return far.span("place")  # "NOTICE TO CUSTOMERS          Qingfu, 6 May 2025": a letter's place
                if masthead is None and cell is not None and (
                        self.only_places(*cell.span("place")) or self.a_town_of_a_named_state(*cell.span("place"))):
                    masthead = cell.span("place")  # "Local news · Perpignan · Friday 17 May 2019": a page's kicker line;
                    # "English edition · Lugo · Thursday, 16 March 2023": a town of Spain, which the text names; unless
                    # a story's own dateline follows ("THE PUNJAB OBSERVER · Lahore · …" … "GUJRANWALA: Local …")
                    continue
            if m is None or (dated is None and not m.group("dash")):
                continue
            if dated is None and m.group("dash") == "|" and self.raw.find("|", m.end(), end) >= 0:
                continue  # a paper's editions, "LUCKNOW CITY | VARANASI | AZAMGARH": a menu, not where a story is from
            if dated is not None and m.group("dash") == "|" and line == 0:
                if masthead is None and self.only_places(*m.span("place")):
                    masthead = m.span("place")  # a page's "METRO | Thursday, 2 October 2025", unless a story's own
                continue  # dateline follows ("KUALA LUMPUR: Customs and licensing officers …")
            if m.group("dash") == "." and not _opens_a_paragraph(self.raw, start):
                continue  # "… between Rotterdam and / Busan. That is good news": a sentence's end at a line's start
            a, b = m.span("place")
            if m.group("dash") != "." and _A_FULL_STOP_AFTER_A_NAME.fullmatch(self.raw, a, b):
                b -= 1  # "ARTEMISA. – Delegates from five Caribbean countries …": the town, not its full stop
            if m.group("dash") == ":" and not self.raw[a:b].isupper() and not (
                    _opens_a_paragraph(self.raw, start) and _PROSE_AFTER.match(self.raw, m.end())):
                continue  # "GUJRANWALA: Local exporters …", a South Asian paper's dateline; not a label ("Venue: …");
                # a release's "Kohat: Commissioner Kohat Division has said that …" opening its paragraph
            comma = self.raw.find(",", a, b)
            if comma > 0 and m.group("dash") != "|" and not self.mentions.within("places", a, comma) \
                    and self._a_town_of_the_division_after(a, comma, b):
                return a, comma  # "CHEEKTOWAGA, N.Y. -": a town the towns list puts in that division's State, even
                # below a release's long letterhead; not a newsletter's "Abbeville, Louisiana  |  Volume 14", nor
                # a town a city's name is part of ("EAST LANSING, Mich. —" is read as it was)
            if line >= _DATELINE_LINES and not self.mentions.within("places", a, b):
                continue  # below a masthead, a headline and a byline: a city's ("SHREVEPORT, La. — …"), not a State's alone
            if self.only_places(a, b):
                return a, b
            city_word = _ITS_CITY_WORD.search(self.raw, a, b)
            if city_word is not None and self.only_places(a, city_word.start()):
                return a, city_word.start()  # "TUGUEGARAO CITY –": a Philippine city's style, the city without its word
            if comma > 0 and self.only_places(a, comma):
                return a, comma  # "Santiago, Ministry of Foreign Affairs, Tuesday 4 November 2025": the city, then its building
            if comma > 0 and self._a_town_of_the_state_after(a, comma, b):
                return a, b  # "ESBJERG, Denmark, 13 September 2024 –": a town the towns list puts in that State
            town_end = city_word.start() if city_word is not None else b  # "DIPOLOG CITY –": the town Dipolog
            if comma < 0 and (dated is not None or self.raw[a:b].isupper() and (
                    m.group("dash")[-1:] in "-\u2013\u2014" or m.group("dash") == ":" and not self._a_speaker(a, b))
                              and not _A_MASTHEADS_NAME.match(self.raw, m.end(), end)
                              or self._a_story_under_its_date(start, m)) \
                    and self.state_of_town(self.raw[a:town_end].strip()) is not None \
                    and self._named_again(self.raw[a:town_end].strip(), b):
                return a, town_end  # "Siena, 14 May 2024" … "the Prefect of Siena": a town of one State only, too small for
                # the cities gazetteer, that the text names again (not "Erdenet, …" over a workshop "in the capital");
                # in any case ("KANNUR, February 09, 2024" … "the Kannur district"); in capitals before its dash alone
                # ("PHITSANULOK – Researchers …" … "142 firms in Phitsanulok", "KAHROR PAKKA: A three-day …" …
                # "TMC Kahror Pakka", not an interview's speaker, "RUEDA: Who organized it?"); of several States, one
                # the text names ("MONASTIR, May 13 (TAP) –" in a text on Tunisia; Italy has a Monastir too)
                # (not a masthead's "SUNA - Sudan News Agency": an agency's name, Suna a town of Russia)
        return masthead

    def _a_letters_place(self, a: int, b: int) -> bool:
        """Whether raw ``[a, b)`` is a known city, or a town of one State only that the text names again."""
        name = self.raw[a:b]
        return self.only_places(a, b) or self.state_of_town(name) is not None and self._named_again(name, b)

    def _a_speaker(self, a: int, b: int) -> bool:
        """Whether the name at raw ``[a, b)`` opens lines again and again before a colon: an interview's speaker
        ("RUEDA: Who organized it?"), not a dateline."""
        return self.raw.count(f"\n{self.raw[a:b]}:") > 1

    def _a_story_under_its_date(self, start: int, m: regex.Match) -> bool:
        """Whether the place and dash ``m``, at raw ``start``, open a story's first paragraph below the page's
        date: "17. 10. 2025 | Press Department" … "Zlín – Around sixty representatives … met on Thursday"."""
        return m.group("dash")[-1:] in "-\u2013\u2014" and _opens_a_paragraph(self.raw, start) \
            and _PROSE_AFTER.match(self.raw, m.end()) is not None and any(d.span[1] <= start for d in self.datelines)

    def _its_words(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` less the spaces around its words."""
        text = self.raw[start:end]
        return start + len(text) - len(text.lstrip()), start + len(text.rstrip())

    def _a_town_of_the_state_after(self, a: int, comma: int, b: int) -> bool:
        """Whether raw ``[a, comma)`` names a town that the towns list puts in the State named, alone, after
        the comma, up to ``b``."""
        states = self.mentions.within("states", comma, b)
        return len(states) == 1 and not self.raw[comma + 1:states[0].start].strip() \
            and not self.raw[states[0].end:b].strip(" ,\t") and states[0].code in towns_named(self.raw[a:comma].strip())

    def _a_town_of_the_division_after(self, a: int, comma: int, b: int) -> bool:
        """Whether raw ``[a, comma)`` names a town that the towns list puts in the State of the first-level
        division named, alone, after the comma, up to ``b``: "CHEEKTOWAGA, N.Y.", "WARNER ROBINS, GA", "Ladysmith,
        KwaZulu-Natal"."""
        division = self.raw[comma + 1:b].strip(" ,\t")
        us = _A_US_STATE_ABBREVIATED.fullmatch(division) or _A_US_STATES_POSTAL_CODE.fullmatch(division) \
            and self.raw[a:comma].isupper()
        codes = ("USA",) if us else subdivision_of(division)
        return bool(codes) and any(code in codes for code in towns_named(self.raw[a:comma].strip()))

    def state_of_town(self, name: str) -> str | None:
        """The code of the State a town ``name`` is in: the one State the towns list puts it in ("Siena"), or of
        several, the one the text names ("Lugo": Spain); None when neither says."""
        codes = towns_named(name)
        named = [c for c in codes if any(s.code == c for s in self.mentions.states)]
        return codes[0] if len(codes) == 1 else named[0] if len(named) == 1 else None

    def _named_again(self, name: str, after: int) -> bool:
        """Whether ``name`` occurs again after raw ``after``, in any case."""
        if self.lowered is not None and len(name.lower()) == len(name):
            return self.lowered.find(name.lower(), after) >= 0
        return self.raw.find(name, after) >= 0

    def a_town_of_a_named_state(self, a: int, b: int) -> bool:
        """Whether raw ``[a, b)`` names a town that the towns list puts in a State the text names."""
        codes = towns_named(self.raw[a:b].strip())
        return bool(codes) and any(s.code in codes for s in self.mentions.states)

    def only_places(self, a: int, b: int) -> bool:
        """Whether raw ``[a, b)`` holds known cities and States and nothing else but commas and spaces."""
        named = sorted((m.start, m.end) for kind in ("states", "places") for m in self.mentions.within(kind, a, b)
                       if kind == "states" or m.kind == "city")
        pos = a
        for start, end in named:
            if start < pos:
                continue
            if self.raw[pos:start].strip(" ,\t"):
                return False
            pos = end
        return bool(named) and not self.raw[pos:b].strip(" ,\t")

    def in_dateline(self, start: int, end: int) -> bool:
        """True when raw ``[start, end)`` lies on a dateline (publication place and date)."""
        for d in self.datelines:
            line_start = self.raw.rfind("\n", 0, d.span[0]) + 1
            if line_start <= start and end <= d.span[1] + 2:
                return True
        return False


_A_DATELINES_WEEKDAY = patterns.compile(
    r"[ \t*]*+\p{Lu}[\p{L}\p{M}'\u2019.\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019.\-]*+){0,2}+,[ \t]*+"
    rf"(?P<day>(?i:{'|'.join(WEEKDAYS)}))[ \t]*+[\-\u2013\u2014:]")
"""A release's dateline that gives its day as a weekday alone, its place before: "NGUDU, Thursday – Kwimba District
Council has successfully hosted …". The weekday is the release's day, not one of the event's."""


def offsets(text: str, word: str) -> Iterator[int]:
    """Every offset of ``word`` in ``text``, overlapping ones included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_A_US_STATE_ABBREVIATED = patterns.compile(
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.")
"""A US state as the AP stylebook abbreviates it on a dateline: "CHEEKTOWAGA, N.Y. -", "SHREVEPORT, La. —"."""
_A_US_STATES_POSTAL_CODE = patterns.compile(
    r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR"
    r"|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
"""A US state by its postal code after a town in capitals, as a city's release writes its dateline: "WARNER ROBINS,
GA –" (not a town's "Huntington, NY -" over a story in another of its hamlets)."""
_PLACE_WORDS = r"\p{Lu}[\p{L}\p{M}.'\u2019]*+(?:[ \-]\p{L}[\p{L}\p{M}.'\u2019]*+){0,4}+"
_A_FULL_STOP_AFTER_A_NAME = patterns.compile(r"[^.,\n]*\p{L}{3}\.")
"""A full stop after a one-part place's last word of three letters or more: "ARTEMISA." (not "N.Y.", "Mich." after
its town's comma, "St.")."""
_A_BYLINE_LINE = patterns.compile(
    r"[ \t*]*+(?i:by[ \t]++\p{Lu}[^\n]{1,60}+|(?:special|staff|our|senior)[ \t]++(?:correspondent|reporter|writer)s?"
    r"|(?:express[ \t]++)?news[ \t]++service|staff[ \t]++writer)[ \t*]*+")
"""A byline of a line of its own: "Special Correspondent", "Staff Reporter", "By Anjali Rao"."""
_A_CITY_IN_CAPITALS = patterns.compile(r"[ \t*]*+\p{Lu}[\p{Lu}\p{M}'\-]++(?:[ ]\p{Lu}[\p{Lu}\p{M}'\-]++){0,2}+[ \t*]*+")
"""A line that is a place in capitals alone, as a paper's place line under its byline: "THOOTHUKUDI"."""
_PLACE_OPENING = patterns.compile(
    rf"[ \t*]*+(?:{_A_RELEASES_NUMBER})?(?P<place>{_PLACE_WORDS}(?:,[ \t]*+(?!{_WEEKDAY_THEN}$|{_HIJRI_DATE}){_PLACE_WORDS})?+)"
    rf"[ \t]*+(?:\([^()\n]{{1,40}}\)[ \t]*+)?"
    rf"(?:(?P<dash>[\u2014|]|(?<=[ \t])\u2013|\u2013(?!\p{{L}})|:?-{{2,3}}+|-(?=[ \t])|:(?=[ \t]++\p{{Lu}}))"
    rf"|,?[ \t]*+(?:{_HIJRI_DATE}[ \t]*+,[ \t]*+)?"
    rf"(?:{_WEEKDAY_THEN})?$)"
    r"|[ \t*]*+(?P<place>\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+){0,3}+)(?P<dash>\.)(?=[ \t]++\p{Lu}\p{Ll})"
)
"""A line's opening place, up to the dash after it ("PHILIPSBURG:--- ", "LAGOS -- ", "GUJRANWALA: ", or a full stop: "Nairobi. Scientists …") or
(``$``: the caller's end) its date and the weekday before it ("Santo Domingo, Thursday 6 March"); not a headline's
compound ("China–UN Seminar …": an en dash between two words)."""


_PROSE_AFTER = patterns.compile(r"[ \t]*+\p{Lu}[\p{L}\-'\u2019]*+(?:[ \t]++[\p{L}\-'\u2019]++){4}")
"""After a place and its colon, a sentence's first five words: a dateline, not a label's value."""


_ITS_CITY_WORD = patterns.compile(r"[ \t]++(?:City|CITY)$")
"""The word "City" a dateline's town ends with, as a Philippine city's style writes it ("DAVAO CITY –")."""


_PLACE_CELL_AFTER_A_DATE = patterns.compile(rf"[ \t]*+[\u00b7|\u2022][ \t]*+(?P<place>{_PLACE_WORDS})[ \t]*+$")
"""A place alone in the cell after a line's opening date: a university's news item's "26.01.2026 | Lemgo"."""
_A_PLACE_FAR_RIGHT = patterns.compile(
    r"[^\n]*?\S[ \t]{10,}+(?P<place>\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+){0,2}+),[ \t]*+")
"""A letter's place set far to the right of its line's first words, before its date: "NOTICE TO CUSTOMERS
          Qingfu, 6 May 2025"."""
_PLACE_CELL_BEFORE_A_DATE = patterns.compile(
    rf"(?:[\u00b7|\u2022]|(?<![^\n]))[ \t]*+(?P<place>{_PLACE_WORDS}(?:,[ \t]*+{_PLACE_WORDS})?+)[ \t]*+[\u00b7|\u2022][ \t]*+"
    rf"(?:{_WEEKDAY_THEN})?$")
"""A place in its cell of a line of cells, the date's cell next: "Local news · Perpignan · Friday 17 May 2019";
the line's first cell too: "Lleida · Saturday, 16 March 2024 · 09:41 CET | Updated …"."""


def _opens_a_paragraph(raw: str, start: int) -> bool:
    """Whether the line at raw ``start`` opens the text or follows a blank line."""
    previous = raw.rfind("\n", 0, max(0, start - 1)) + 1
    return start == 0 or not raw[previous:start].strip()




def first_lines(raw: str, count: int) -> Iterator[tuple[int, int]]:
    """Raw ``(start, end)`` of the first ``count`` lines that are not blank, without line ends."""
    pos = 0
    while count and pos < len(raw):
        nl = raw.find("\n", pos)
        end = len(raw) if nl < 0 else nl
        start, pos = pos, end + 1
        if raw[start:end].strip():
            yield start, end - (raw[end - 1:end] == "\r")
            count -= 1


def last_lines(raw: str, count: int) -> list[tuple[int, int]]:
    """Raw ``(start, end)`` of the last ``count`` lines that are not blank, without line ends, first to last."""
    found: list[tuple[int, int]] = []
    end = len(raw)
    while len(found) < count and end > 0:
        nl = raw.rfind("\n", 0, end)
        start = nl + 1
        if raw[start:end].strip():
            found.append((start, end - (raw[end - 1:end] == "\r")))
        end = nl if nl >= 0 else 0
    return found[::-1]


_WEEKDAY_FIRST = patterns.compile(rf"(?i)(?:(?:on|from)[ \t\n]++)?(?:{'|'.join(WEEKDAYS)})\b")
_A_WEEK_NAMED = patterns.compile(r"(?i)\b(?:last|this|next|past)\b")


def _outside_the_week_told(found: list[DateMatch | None], month_days: list[DateMatch]) -> list[DateMatch | None]:
    """Weekdays named alone, less those after days told with their weekdays and days of the month ("From
    Monday the 2nd to Friday the 6th, …") that fall on one of those weekdays though not in those days: the
    later "On Thursday the participants drafted …" is that week's Thursday, not the one before the note's date."""
    told = [d for d in month_days if _WEEKDAY_FIRST.match(d.text) and d.start is not None and d.end is not None]
    if not told:
        return found
    kept = []
    for d in found:
        week = next((t for t in told if d is not None and t.span[1] <= d.span[0]), None)
        if week is not None and _WEEKDAY_FIRST.match(d.text) and not _A_WEEK_NAMED.search(d.text) \
                and not week.start <= d.start <= week.end \
                and _weekday(week.start) <= _weekday(d.start) <= _weekday(week.end):
            continue
        kept.append(d)
    return kept


def _weekday(day: tuple[int | None, int | None, int | None]) -> int:
    return datetime.date(*day).weekday()


def find_datelines(raw: str, layout: Layout, starts: list[int] | None = None,
                   month_first: bool = False) -> list[DateMatch]:
    """Publication dates: a date alone on one of the first lines, or "PLACE, [Country –] date"
    opening a line or paragraph; one day, never a range (an event page's "Monday, November 29th,
    2021 – Friday, January 14th, 2022" is its event's). They date the text, never the event. ``starts``: the note's
    :func:`~noteparse.dates.date_starts`, when known; ``month_first``: its convention for "3/12/2013"."""
    found = []
    seen_lines = 0
    pos = 0
    for line in raw.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not line.strip():
            continue
        if layout.front_matter is not None and start < layout.front_matter.end:
            if _FRONT_MATTER_DATE.match(raw, start, end):  # "date: 2019-11-12T09:30:00+00:00": the page's
                page_date = next(iter_dates(raw, start, end, starts=starts, month_first=month_first), None)
                found += [page_date] if page_date is not None else []
            continue
        if _DIGEST_RULE.fullmatch(raw, start, end):
            continue  # a letterhead's rule ("---------------") is no line of text: "Ambositra, 26 September 2024"
            #           under a ministry's five-line letterhead and its two rules still dates the release
        seen_lines += 1
        if seen_lines > _DATELINE_LINES + _DATELINE_LINES_FOR_A_CITY:
            break
        field_line = any(f.label.start <= start < f.value.end or start <= f.label.start < end for f in layout.fields)
        first = next(iter_dates(raw, start, end, starts=starts, month_first=month_first), None)
        if first is None:
            continue
        if first.start == first.end and first.has_year() and not field_line \
                and _A_LETTERS_DATE_FAR_RIGHT.fullmatch(raw, start, first.span[0]) \
                and not _A_DATE_LABEL.match(raw, start) and _NOTHING_OR_A_TIME.fullmatch(raw, first.span[1], end) \
                and not _AN_EVENTS_CELL.search(raw, start, end):
            found.append(first)  # a letter's or a communiqué's date under its long letterhead: "Rc.No. A/214/2025
            continue  #            Dt. 28-02-2025", "                    Bouar, 14 March 2025"
        if first.start == first.end and first.has_year() and not field_line \
                and _A_PLACE_DATED.fullmatch(raw, start, first.span[0]) \
                and (_NOTHING_OR_A_TIME.fullmatch(raw, first.span[1], end)
                     or _A_FAR_RIGHT_CELL.fullmatch(raw, first.span[1], end)):
            found.append(first)  # a press note's "Patna, dated 23.01.2026          Memo No. 88/DPRO"
            continue
        if first.start == first.end and first.has_year() and not field_line \
                and _A_DATE_IN_ITS_LANGUAGE.fullmatch(raw, start, first.span[0]) \
                and raw.startswith(")", first.span[1]) and _A_CELLS_END.fullmatch(raw, first.span[1] + 1, end) \
                and not _AN_EVENTS_CELL.search(raw, start, end):
            found.append(first)  # a translated page's "2025. október 17., péntek (Friday, 17 October 2025) | Town
            continue  #            Hall Press Office": its date as the page wrote it, then in English
        if seen_lines > _DATELINE_LINES:  # below a news page's masthead, headline, summary and byline: a labelled date
            if first.start == first.end and first.has_year() and _PUBLISHED_RE.fullmatch(raw, start, first.span[0]):
                found.append(first)  # "Published 6:12 p.m. CT April 9, 2025 | Updated 8:47 a.m. CT April 10, 2025"
            elif first.start == first.end and not field_line and _A_PLACES_COMMA.fullmatch(raw, start, first.span[0]) \
                    and _A_STORY_AFTER_ITS_DATELINE.match(raw, first.span[1], end) and _is_dateline(raw, start, end, first):
                found.append(first)  # a press note's "Kotkapura, August 29: A two-day briefing …" under its letterhead,
                #                      reference line, "PRESS NOTE" and headline
            continue
        if field_line:  # a memo's or an e-mail's "Date: 9 March 2026", among its "From:" and "Subject:"; a page's
            if first.start == first.end and first.has_year() and (  # "Published on: 30 September 2022" under its "From:"
                    on_a_date_line(raw, first.span[0]) or _PUBLISHED_RE.fullmatch(raw, start, first.span[0])
                    or _A_PAGE_FACT_CELLS_AFTER.fullmatch(raw, first.span[1], end)
                    or _A_PAGE_FACT_LINE.match(raw, end + 1) and _NOTHING_OR_A_TIME.fullmatch(raw, first.span[1], end)
                    or _FRONT_MATTER_DATE.match(raw, start, end) and under_a_reference_line(raw, start)
                    and _NOTHING_OR_A_TIME.fullmatch(raw, first.span[1], end)):
                found.append(first)  # a city's news page: "Date  2019-09-16   |   Views 287   |   Department  …",
                # "Date: 2025-05-29" over "Unit: Investment Services Division"; a release's "Date: 5 June 2024"
                # under its "Ref.: MPKL/UKK/600-1/2/2024 (42)"
            continue
        if first.start == first.end and (_is_dateline(raw, start, end, first) or _in_a_pages_facts_row(raw, start, end, first)
                                         or _a_weeks_issue(raw, start, end, first)
                                         or seen_lines == 1 and first.has_year()
                                         and _MASTHEAD_ISSUE.fullmatch(raw, start, first.span[0])
                                         and not _AN_EVENTS_CELL.search(raw, start, first.span[0])
                                         and (_NOTHING_OR_A_TIME.fullmatch(raw, first.span[1], end)
                                              or _A_PAGES_SECTION.fullmatch(raw, first.span[1], end))):
            found.append(first)
    return found


_A_WEEKS_ISSUE = patterns.compile(
    rf"[ \t*#]*+(?:[^\n]{{0,80}}?(?:[|\u00b7\u2022,]|[ \t][\-\u2013\u2014])[ \t]*+)?"
    rf"(?i:week[ \t]++(?:of|beginning|starting))"
    rf"[ \t]++(?:{_WEEKDAY_THEN})?")
"""A weekly's or a bulletin's issue before the day its week starts: "STAFF BULLETIN \u2014 Week of ", "Vol. 38, No. 16 |
Week of "."""


_A_WEEKDAYS_WORD = patterns.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)})\b")


def _a_weeks_issue(raw: str, start: int, end: int, first: DateMatch) -> bool:
    """Whether the line ``[start, end)`` is a weekly's issue line, ``first`` the day its week starts, with its year
    ("STAFF BULLETIN \u2014 Week of October 20, 2025          Bulletin no. 41"): the day its "last Thursday" is told
    from; not an event's "Monday through Friday, week of April 28, 2025"."""
    return first.has_year() and _A_WEEKS_ISSUE.fullmatch(raw, start, first.span[0]) is not None \
        and _A_WEEKDAYS_WORD.search(raw, start, first.span[0]) is None \
        and (_A_CELLS_END.fullmatch(raw, first.span[1], end) is not None
             or _A_FAR_RIGHT_CELL.fullmatch(raw, first.span[1], end) is not None)


_A_LETTERS_PLACE = r"\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+){0,2}+,[ \t]*+"
"""A letter's place and its comma before its date: "Cuttack, ", "Bouar, "."""
_A_LETTERS_DATE_FAR_RIGHT = patterns.compile(
    rf"[^\n]*?[ \t]{{10,}}+(?:{_A_LETTERS_PLACE})?(?:(?i:dated?|dt\.?)[ \t]*+:?[ \t]*+(?i:the[ \t]++)?)?")
"""Before a letter's, a press note's or a communiqué's date set far to the right of its line, under a letterhead
however long: its reference number ("Rc.No. A/214/2025          Dt. 28-02-2025", "Ref. No. ARSC/PR/VOL.II/14
Date: 7th March, 2025", "No. 2217/DIPRO          Cuttack, Dated the 21.11.2025"), or nothing but its place
("                    Bouar, 14 March 2025")."""
_A_PLACES_COMMA = patterns.compile(rf"[ \t*]*+(?!(?i:{'|'.join(WEEKDAYS)})\b){_A_LETTERS_PLACE}")
"""A dateline's place alone before its date: "Kotkapura, " (no weekday: "Thursday, 15 Jan. 2026" on a sticker)."""
_A_STORY_AFTER_ITS_DATELINE = patterns.compile(
    r"[ \t]*+(?:[:\-\u2013\u2014][ \t]*+|\([^()\n]{1,40}\)[ \t]*+[:\-\u2013\u2014][ \t]*+)\p{Lu}")
"""After a dateline's date, its story on the same line: ": A two-day briefing …", " – The …" (not a letter's date alone
on its line, "New York, 2 March 2026", which dates a note verbale sent from the Committee's seat)."""
_A_PLACE_DATED = patterns.compile(rf"[ \t]*+{_A_LETTERS_PLACE}(?i:dated)[ \t]++(?i:the[ \t]++)?")
"""Before a press note's date, its place and "dated": "Patna, dated 23.01.2026"."""
_A_DATE_IN_ITS_LANGUAGE = patterns.compile(rf"[ \t*]*+(?:19|20)\d\d[^\n()]{{1,30}}?\([ \t]*+(?:{_WEEKDAY_THEN})?")
"""Before a date in brackets, the same date as a translated page wrote it, its year first (as Hungarian,
Korean, Chinese and Japanese write dates): "2025. október 17., péntek (Friday, "."""
_A_FAR_RIGHT_CELL = patterns.compile(r"[ \t]{10,}+[^\n]*+")
"""After a letter's date, its reference set far to the right: "          Memo No. 88/DPRO"."""
_A_DATE_LABEL = patterns.compile(r"[ \t*#]*+(?i:dates?|when|period|days?)\b")
"""A note's header field of its event's date, "Date:          Tuesday, 17 May 2016", no letter's date."""
_A_CELLS_START = patterns.compile(rf"(?:[^\n]*?(?:[ \t]*+[|\u00b7\u2022]|[ \t][\-\u2013\u2014]|[ \t]{{3,}})[ \t]*+"
                                  rf"(?:(?i:dated|dt\.?)[ \t]*+:[ \t]*+|(?i:dated)[ \t]++(?:\p{{Lu}}[\p{{L}}\-]*+[ \t]++){{0,2}}?"
                                  rf"(?i:the[ \t]++)?)?)?(?:{_WEEKDAY_THEN})?"
                                  rf"|[ \t*]*+(?:(?i:date|posted(?:[ \t]++on)?)[ \t]*+:?[ \t]*+)?(?:{_WEEKDAY_THEN})?")
"""Before a date in a row of a page's facts: other cells, or its label alone ("Date 2025.05.26   |   Views 214"),
or a press note's abbreviated one far to the right ("PRESS NOTE          Dt: 30-09-2025"), or a release's
place and date there ("No. 117/PRO/CKD          Dated Kohat the 25/02/2026")."""
_A_CELLS_END = patterns.compile(r"[ \t.]*+(?:(?:[|\u00b7\u2022]|[\-\u2013\u2014][ \t]|(?<=[ ]{3}|\t)(?=\S))[^\n]*+)?")
_A_PAGE_FACT = patterns.compile(
    r"(?i)\b(?:news|article|digest|(?:press|media)[ \t]++(?:release|note)|bulletin|newsletter|update|edition|blog|post|story"
    r"|category|views|hits|\d++[ \t]*+min(?:ute)?s?[ \t]++read|reading[ \t]++time|(?:last[ \t]++)?updated|published|posted"
    r"|vol(?:ume)?\.?[ \t]*+(?:\d++|(?-i:[IVXL]++))|(?:issue[ \t]++(?:no\.?[ \t]*+)?|(?-i:No)\.[ \t]*+|(?-i:N)[\u00ba\u00b0][ \t]*+)\d++"
    r"|page[ \t]++[A-Z]?\d{1,3}+|(?-i:Week)[ \t]++\d{1,2}+)\b")


_A_SPACED_DASH = patterns.compile(r"[ \t][\-\u2013\u2014][ \t]")


_A_PAGE_FACT_CELLS_AFTER = patterns.compile(
    r"[ \t]*+[|\u00b7\u2022][ \t]*+(?i:views?|hits|reads|visits)[ \t]*+:?[ \t]*+[\d,.]++(?:[ \t]*+[|\u00b7\u2022][^\n]*+)?")
"""After a labelled date, the page's count of readers in the next cell: "Date  2019-09-16   |   Views 287   | …"."""


_A_TIME_THEN_A_READERS_COUNT = patterns.compile(
    r"(?:[ \t,]++\d{1,2}:\d\d(?::\d\d)?)?(?:[ ]{3,}+|\t[ \t]*+|[ \t]*+[|\u00b7\u2022][ \t]*+)"
    r"(?:(?i:views?|hits|reads|visits)[ \t]*+:?[ \t]*+[\d,.]++[ \t]*+"
    r"|(?<=\d[ \t]*+[|\u00b7\u2022][ \t]*+)(?i:font[ \t]++size|text[ \t]++size)\b[^\n]*+)")
"""After a date opening its line, the time it was posted and, far to the right or in the next cell, the page's
count of readers: "17.10.2025 10:14                    Views: 318", "16.04.2026 10:25 | Views: 412"; or, in the
next cell after the time, the page's tools: "15/05/2025 16:45 | Font size: A- A+ | Print | Share"."""


_A_PAGE_FACT_LINE = patterns.compile(
    r"[ \t*]*+(?i:unit|department|division|section|category|views?|hits|author|writer|editor|source)[ \t]*+:[ \t]*+\S")
"""The line under a labelled date on a page, another fact of the page: "Unit: Investment Services Division"."""


def _in_a_pages_facts_row(raw: str, start: int, end: int, first: DateMatch) -> bool:
    """Whether the one-day date ``first`` fills a cell of a row of a page's facts, which then dates
    the page: "NEWS ARTICLE | 26 April 2023 | Joint Research Centre | 3 min read", a digest's
    "Morning Digest | Friday 18 November 2022", a paper's "Enugu  |  Sunday, September 17, 2023  |  Vol. 14,
    No. 37", a staff bulletin's "Week 10 · Friday 7 March 2025 · Internal", "Our digest for English-speaking readers -
    Monday 19 November 2018", a paper's cells set apart by
    spaces ("Vol. XII, No. 316        10th Waxing of Tabaung 1387 ME        Friday, 27 February 2026"). Not an event's row
    ("Regional Workshop | 12 March 2024 | Tashkent"): another cell must say what the page is."""
    if not first.has_year() or not _A_CELLS_START.fullmatch(raw, start, first.span[0]) \
            or not _A_CELLS_END.fullmatch(raw, first.span[1], end):
        return False
    line = raw[start:end]
    return ("|" in line or "\u00b7" in line or "\u2022" in line or _A_SPACED_DASH.search(line) is not None
            or "   " in line.strip()) and (
        _A_PAGE_FACT.search(raw, start, first.span[0]) is not None or _A_PAGE_FACT.search(raw, first.span[1], end) is not None)


_CELLS_AFTER = patterns.compile(
    r"(?:(?:[ ]{3,}+|\t[ \t]*+)\p{Lu}(?:[\p{L}\p{M}.,'\u2019&\-]|[ ]{1,2}+(?=[^ \t\n]))++){1,3}+[ \t]*+")
"""After a release's date that opens its line, the row's other cells far to its right: its place, its
publisher ("October 16, 2019          Ottawa, Ontario          Canada Border Services Agency")."""
_AN_EVENTS_CELL = patterns.compile(r"(?i)\b(?:workshops?|seminars?|courses?|conferences?|meetings?|exercises?|webinars?"
                                   r"|round[ \-]?tables?|trainings?|visits?|sessions?|forums?|dialogues?)\b")
"""A word of an event in such a row: a programme's or a list's row ("12 March 2024   Regional Workshop   Tashkent")."""


_A_BYLINE_WITH_ITS_WIRE = patterns.compile(
    r"[ \t*]*+\p{Lu}[\p{L}.\-]*+(?:[ ]\p{Lu}[\p{L}.\-]*+){0,3}+[ \t]*+/[ \t]*+\p{Lu}{2,5}+[ \t]*+/[ \t]*+")
"""A reporter's name and the wire's code before a story's stamp, set apart by slashes: "Ravi Shankar Jha / TNN / "."""
_AN_AGENCYS_CELL = patterns.compile(r"[ \t*]*+\p{Lu}{2,5}+[ \t]*+\|[ \t]*+")
"""A wire's or a paper's code in the cell before a story's filing stamp: "TNN | ", "PTI | "."""
_A_FILING_TIME = patterns.compile(r"[ \t]*+,?[ \t]*+\d{1,2}[:.]\d\d[ \t]*+(?i:[ap]\.?m\.?)?+[ \t]*+(?:[A-Z]{2,4}+)?+[ \t]*+")
"""The time a story was filed, after its date: ", 04.12 AM IST"."""


_A_STAMPS_TIME = patterns.compile(r"[ \t,]*+(?:\[\d{1,2}:\d\d(?::\d\d)?\]|\(\d{1,2}:\d\d(?::\d\d)?\))[ \t]*+")
"""A time in brackets after a date: a filing stamp's ("20.05.2022 [16:42]")."""


_A_BYLINE_CELL = patterns.compile(
    r"[ \t*]*+(?:(?i:by)[ \t]++[^|\u00b7\n]{2,80}+|\p{Lu}[\p{L}\-]*+(?:[ ][\p{L}\-]++){0,2}+[ \t]*+)")
"""A byline or a page's section in a row of cells, before its publication date's: "By Youssef El Amrani |
Published …", "News | Published 16.09.2019 | Last updated 17.09.2019"."""


_A_WIRES_CELL_LABEL = patterns.compile(r"(?im)(?:^|[|\u00b7])[ \t*]*+(?:source|editor|author|writer)[ \t]*+:")
"""A label of a wire page's row of cells, beside the date it was filed: "Source: Xinhua | … | Editor: huaxia"."""
_A_TIME_TO_THE_CELLS_END = patterns.compile(r"[ \t]*+(?:\d{1,2}:\d\d(?::\d\d)?[ \t]*+)?(?:[|\u00b7]|$)")


def _is_dateline(raw: str, start: int, end: int, first: DateMatch) -> bool:
    """Whether the one-day date ``first``, the first on line ``[start, end)``, dates the text: after
    a publication label ("Published Friday 30 September 2022, 14:05 CET"), or alone or after a
    place and before a dash ("KATHMANDU, 10 April 2019 –"). A wire's date may lack its year
    ("VIENNA, Sept 30 (Reuters) -") when a place and a dash frame it."""
    if first.has_year() and _PUBLISHED_RE.fullmatch(raw, start, first.span[0]):
        return True
    if first.precision == "day" and _PUBLISHED_RE.fullmatch(raw, start, first.span[0]) \
            and _NOTHING_OR_A_TIME.fullmatch(raw, first.span[1], end):
        return True  # a paper's "Published 6:05 p.m., Thursday, Oct. 2", its year in the page's "(c) 2025"
    cell = max(raw.rfind("|", start, first.span[0]), raw.rfind("\u00b7", start, first.span[0]))
    if first.has_year() and cell > start and _PUBLISHED_RE.fullmatch(raw, cell + 1, first.span[0]) \
            and _A_BYLINE_CELL.fullmatch(raw, start, cell):
        return True  # "By Youssef El Amrani | Published Friday, May 17, 2019 - 11:42 | Updated 15:05"
    if first.has_year() and (_BYLINE_RE.fullmatch(raw, start, first.span[0]) or _PUBLISHED_WHERE.fullmatch(
            raw, start, first.span[0]) or _WEEKDAY_ALONE.fullmatch(
            raw, start, first.span[0]) or _TIME_THEN.fullmatch(raw, start, first.span[0])) \
            and (_NOTHING_OR_A_TIME.fullmatch(raw, first.span[1], end)
                 or _ANOTHER_CALENDARS_DAY.fullmatch(raw, first.span[1], end)):
        return True  # "By the Partnerships in Security Team · December 9, 2019", "Wed 2 Oct 2024 15:42 GMT",
        # "Tuesday 30 September 2025  |  1404/07/08"
    if first.has_year() and _BYLINE_RE.fullmatch(raw, start, first.span[0]) \
            and raw.find("|", start, first.span[0]) >= 0 and _A_NEXT_CELL.fullmatch(raw, first.span[1], end):
        return True  # a paper's row: "By: Yenisey Castro Díaz | Matanzas | January 23, 2025 | "Year 67 of …""
    if first.has_year() and cell > start and not raw[cell + 1:first.span[0]].strip() \
            and _A_TIME_TO_THE_CELLS_END.match(raw, first.span[1], end) and _A_WIRES_CELL_LABEL.search(raw, start, end):
        return True  # "Source: Xinhua | 2023-11-21 18:42:10 | Editor: huaxia": a wire's page, when it was filed
    if first.has_year() and raw.find("|", start, first.span[0]) >= 0 and _A_CELLS_START.fullmatch(raw, start, first.span[0]) \
            and _A_STAMPS_TIME.fullmatch(raw, first.span[1], end) and not _AN_EVENTS_CELL.search(raw, start, end):
        return True  # a news agency's "Society | 20.05.2022 [16:42]": its section, then when it was filed
    byline = _A_BYLINE_WITH_ITS_WIRE.match(raw, start, first.span[0])
    if first.has_year() and byline is not None and _PUBLISHED_RE.fullmatch(raw, byline.end(), first.span[0]) \
            and _NOTHING_OR_A_TIME.fullmatch(raw, first.span[1], end):
        return True  # "Ravi Shankar Jha / TNN / Updated: Feb 12, 2025, 06:14 IST": a paper's byline, its wire, its stamp
    if first.has_year() and _AN_AGENCYS_CELL.fullmatch(raw, start, first.span[0]) \
            and _A_FILING_TIME.fullmatch(raw, first.span[1], end):
        return True  # a paper's "TNN | Feb 20, 2025, 04.12 AM IST": its wire's code, then when the story was filed
    if first.has_year() and not raw[start:first.span[0]].strip(" \t*") and _CELLS_AFTER.fullmatch(raw, first.span[1], end) \
            and not _AN_EVENTS_CELL.search(raw, first.span[1], end):
        return True  # "October 16, 2019          Ottawa, Ontario          Canada Border Services Agency"
    if first.has_year() and not raw[start:first.span[0]].strip(" \t*") \
            and _A_TIME_THEN_A_READERS_COUNT.fullmatch(raw, first.span[1], end):
        return True  # "17.10.2025 10:14                    Views: 318"
    before = _DATELINE_RE.fullmatch(raw, start, first.span[0])
    if before is None:
        return False
    after = raw[first.span[1]:end]
    if before.group().endswith("("):  # "Ghazni, 27 Qaws 1398 (18 December 2019)": the day in two calendars
        if not after.startswith(")"):
            return False
        after = after[1:]
    if first.has_year():  # "Asunción, 18 of October of 2019.-": a stop may come before the dash
        return not after.strip(" \t*.,") or _DATELINE_TAIL.match(after.lstrip(".")) is not None \
            or "," in before.group() and _A_SENTENCE_AFTER_ITS_STOP.match(after) is not None \
            or _A_TIME_OF_DAY.fullmatch(after) is not None \
            or (not before.group().strip(" \t*\u2022") or "," in before.group()) \
            and (_NOTHING_OR_A_TIME.fullmatch(after) is not None or _ANOTHER_CALENDARS_DAY.fullmatch(after) is not None
                 or _A_GLOSS_TO_THE_LINES_END.fullmatch(after) is not None and not _AN_EVENTS_CELL.search(after))
        # "20.10.2025 13.30", "Tuesday 30 September 2025  |  1404/07/08", a broadcast's 'AzTV -
        # "Xəbərlər" evening news, 11 September 2013, 20:00'
    return first.precision == "day" and "," in before.group() and _DATELINE_TAIL.match(after) is not None
