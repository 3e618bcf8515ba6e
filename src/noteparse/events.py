"""The main event — its name and kind, dates and venue — and the other events a note refers to.

An Information Note states them in its header (Event, Date and Venue); free prose states them
in the sentence that says the event "was held", "took place" or "will be held". Datelines and
publication dates are never the event's date, and sentences about an earlier or later event
("the previous workshop took place in Malta in January 2012") become related events.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from difflib import SequenceMatcher
from typing import Iterator

import regex

from . import patterns
from .context import Context, cue_opening, cue_words, first_lines, last_lines, offsets
from .mailheaders import DATE_LABEL, in_a_header_block, on_a_date_line, under_a_reference_line
from .dates import ORDINAL_WORDS, DateMatch, find_dates
from .gazetteers import fold
from .icalendar import calendar_days
from .mentions import FOR_AN_EVENT, LOCAL_GOVERNMENT_SOURCES, Mention, SpanIndex, a_longer_town, city_ending_a_phrase, \
    town_of_government, town_of_local_government
from .record import Dates, Event, RelatedEvent, Venue
from .references import RESOLUTION_RE
from .relative_dates import WEEKDAYS
from .sections import HeaderField
from .spans import Cover
from .places import CityEntry, lookup_city, subdivision_of, towns_named
from .states import StateEntry, capital_of, lookup_state, state_by_code
from .textview import mended

_TAIL_START = patterns.compile(r"[ ](?:on|for|of|to|in|regarding|concerning|against)[ ]")
_TAIL_WORD = patterns.compile(r"[ ]*(?P<w>\((?:19|20)\d{2}\)|[^\s,.;:!?()\u201c\u201d\"\u300c\u300d\u300e\u300f]+)")
_PLACE_OR_DATE_AHEAD = patterns.compile(r"[ ](?:\d|\p{Lu}\p{L}+[ ,.]|\p{Lu}\p{L}+$)")
_VENUE_PREPOSITION = patterns.compile(
    r"(?i)(?:\b(?:in|at|visited|(?:visit|mission|trip)s?\s+to|welcom(?:e|ed|es|ing)(?:\s+(?:you|them|us|all|everyone|"
    r"(?:the\s+|our\s+)?(?:participants|delegates|delegations|experts|guests)(?:\s+of\s+the\s+[\w\-]+)?))?\s+to|"
    r"travell?ed\s+to)\s+(?:the\s+|its\s+|our\s+)?(?:(?:(?-i:\p{L}[\p{Ll}\-]*+|\p{Lu}{2,3}+)\s+){0,2}?"
    r"(?:city|town|village|settlement|(?:sea)?port|harbou?r|(?:centre|center|heart)\s+of\s+the\s+city)"
    r"\s+of\s+|(?:(?-i:\p{Lu}[\p{Ll}\-]*+)\s+){1,2}(?:state\s+|provincial\s+|regional\s+)?capital"
    r"\s+of\s+|(?:(?:historic(?:al)?|old|city|town)\s+)?(?:centre|center|heart|outskirts)\s+of\s+|(?:downtown|central|uptown)\s+)?#?"
    r"|\b(?:opens|opened|begins|began|starts|started)[ \t]*+[\-\u2013\u2014:][ \t]*+)$")
"""Just before the place an event is in: "in", "at the", "visited", "welcomed to", "welcoming the
participants of the workshop to", "travelled to", "in the centre of", "in the farming settlement of",
"to the lowlands town of", "in the Guinean city of", "in the US city of", "in the Shan State capital of", "in the port of",
"in downtown", "in the historic centre of", a post's "in #Accra", a chronology's "SEMINAR OPENS - "."""
_AT_FACILITY = patterns.compile(r"\bat\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'\u2019\-]*+\s+){1,3}$")
"""A city ending a hotel's or centre's name: "at the Hyatt Regency Tashkent", "at Lotte Hotel Seoul"."""
_SPACES = patterns.compile(r"\s+")

EVENT_WORDS: dict[str, str] = {
    "workshop": "workshop", "seminar": "seminar", "conference": "conference", "symposium": "conference",
    "summit": "conference", "forum": "conference", "meeting": "meeting", "dialogue": "meeting",
    "consultation": "meeting", "consultations": "meeting", "briefing": "meeting", "session": "meeting",
    "peer-review": "meeting", "peer review": "meeting", "course": "course", "training": "course", "exercise": "exercise",
    "ttx": "exercise", "drill": "exercise",
    "roundtable": "roundtable", "round table": "roundtable", "round-table": "roundtable",
    "webinar": "webinar", "virtual event": "webinar", "online event": "webinar", "visit": "visit", "mission": "visit",
}  # fmt: skip
EVENT_WORD = "|".join(sorted((regex.escape(w) for w in EVENT_WORDS), key=len, reverse=True))
"""Any of :data:`EVENT_WORDS`, the longest first: "consultations" before "consultation"."""
_ROUND = r"(?:first|second|third|fourth|fifth|previous|earlier|next|last|new|latest|final|another)\s+round"
_KIND_CUES = " ".join(sorted({regex.match("[a-z]+", w).group() for w in EVENT_WORDS} | {"round"}))  # peer-review: peer
_FACILITY_AFTER = (r"(?![ \t\n]+(?i:cent(?:re|er)s?|halls?|rooms?|buildings?|facilit(?:y|ies)|venues?|complex|"
                   r"institutes?|academy|schools?|colleges?|programmes?|programs?|secretariats?|commissions?|"
                   r"offices?|organi[sz]ations?|councils?|agency|division|unit|network|foundation|association|"
                   r"members?|leaders|island|points?|places?)\b)")
"""Not an event's word but a place's, a body's or a programme's: "the African Union Conference
Centre", "the Peacekeeping Training Centre", "the Pacific Islands Forum Secretariat", "the
Training Programme", "Forum member countries", "our city was the meeting point for …"."""
_NOT_AN_EVENT_BEFORE = r"(?<!\b(?i:permanent|diplomatic|observer|peacekeeping|political)[ \t\n])"
"""A mission that is a body, not a visit: "the Permanent Missions to the United Nations"."""
_NOT_A_VERB = r"(?!meeting\b(?<=\b(?:are|were|is|was|am|be|been)[ \t\n]meeting))"
""""Meeting" that is a verb, not an event: "experts … are meeting in Bremen" (its literal first: cheap where it fails)."""
_NOT_AN_IDIOM = (r"(?<![,(][ \t\n]*+of[ \t\n]course)(?!(?<=\bof[ \t\n]course)[ \t]*+[,.;:!?])"
                 r"(?!(?<=\b(?:in|during|over|throughout)[ \t\n]the[ \t\n]course)[ \t\n]++of\b)")
"""After an event's word, not an idiom's course: "and, of course, my host country", "in the course
of the week" (not "a report of course materials"). Tried after a word only, not at every position."""
_KIND_RE = cue_words(patterns.compile(
    rf"(?i){_NOT_AN_EVENT_BEFORE}\b{_NOT_A_VERB}(?:{EVENT_WORD}|{_ROUND})s?\b{_NOT_AN_IDIOM}"
    + _FACILITY_AFTER
), _KIND_CUES)
_KEY = r"(?:Workshop|Seminar|Conference|Symposium|Summit|Forum|Meeting|Dialogue|Consultations?|Briefing|Course|Training|Exercise|Round[\- ]?[Tt]able|Webinar|Visit|Mission)s?"
_CAPWORD = r"(?:\p{Lu}[\p{L}\p{M}\d'\u2019]*+(?:-\p{L}[\p{L}\d]*+)*+|\d{1,2}(?:st|nd|rd|th)|\(\p{Lu}[\p{Lu}\d&\-]{1,9}\))"
"""A capitalised word of a name, a series number ("5th") or the acronym it defines: "Enforcement (STCE) Training"."""
NAME_RE = patterns.compile(rf"(?<![\p{{L}}\d])(?P<pre>(?:{_CAPWORD}[ ]){{0,8}}){_NOT_AN_EVENT_BEFORE}(?P<key>{_KEY})"
                          rf"(?![\p{{L}}]){_FACILITY_AFTER}")
_KEY_HEAD = re.compile("Workshop|Seminar|Conference|Symposium|Summit|Forum|Meeting|Dialogue|Consultation|Briefing|"
                       "Course|Training|Exercise|Round|Webinar|Visit|Mission")
"""The word each head of :data:`_KEY` begins with, as written."""
_NOT_IN_NAME = patterns.compile(r"(?r)[^\p{L}\p{M}\d'\u2019\- ()]")
"""The last character before a point that the capitalised words of a name cannot hold (searched backwards)."""
_NAME_STOP = patterns.compile(
    r"(?i)^(?:was|were|is|are|will|would|which|that|who|held|took|hosted|organi[sz]ed|convened|from|at|by|"
    r"with|through|between|during|has|have|had|brought|aimed|where|when|as|under|after|before|since|"
    r"opened|opens|closed|closes|ended|ends|concluded|concludes|began|begins|started|starts|gathered|attracted|"
    r"focused|featured|drew|ran|runs|today|yesterday|tomorrow|here|there)$"
)
"""A word that ends an event's name: a verb or clause word after it ("… for ECOWAS Member States
closed today")."""
_NAME_START_SKIP = {"The", "A", "An", "This", "These", "Its", "Their", "Our", "Participants", "Attendees", "Host",
                    "Hosts", "Holds", "Hold", "To", "In", "On", "At", "Of", "For", "And"}
EVENT_NOUNS = (r"workshops?|seminars?|conferences?|meetings?|courses?|round[\s-]?tables?|exercises?|webinars?|"
               r"briefings?|dialogues?")
"""The nouns of events, singular or plural, as alternatives for a pattern (which adds its own)."""
TRIGGER_RE = cue_words(patterns.compile(
    r"(?i)\b(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+(?:held|organi[sz]ed|convened|hosted|conducted|"
    r"opened|launched|carried\s+out)|took\s+place|(?:has|have)\s+taken\s+place|will\s+take\s+place|takes\s+place|"
    r"taking\s+place|(?:is|are|will\s+be)\s+holding|holding(?=\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z\u00c0-\u00de]))|kicked\s+off|met|meets|opened(?=\s+(?:on|in|at)\b)(?!\s+in\s+(?:19|20)\d\d\b)|"
    rf"(?:took|(?:have|has|had)\s+taken)\s+part\s+in(?=\s+(?:[\w\-]+\s+){{0,4}}?(?:{EVENT_NOUNS}|trainings?)\b)|"
    r"convened|conducted|hosted|hosts|holds|held|organi[sz]ing|organi[sz]ed|participate[sd]?|visited|gathered|(?:brought|to\s+bring)\s+together|"
    rf"(?:opens|opened|begins|began|starts|started)(?<=\b(?:{EVENT_NOUNS}|trainings?)(?:[^.;]{{0,80}}?\b(?:that|which))?\s+\w+)|"
    rf"(?:co-?)?(?:led|delivered|facilitated)(?=\s+(?:[\w\-]+\s+){{0,4}}?(?:{EVENT_NOUNS}|trainings?)\b)|"
    rf"(?:wrapped\s+up|wraps\s+up|concluded|concludes|completed|completes)"
    rf"(?=\s+(?:[\w\-]+,?\s+){{0,9}}?(?:{EVENT_NOUNS}|trainings?|visits?|missions?)\b)|"
    rf"(?:ended|concluded|closed)(?<=\b(?:{EVENT_NOUNS}|trainings?)\b(?:[^.;]{{0,80}}?\b(?:which|that))?\s+\w+)"
    r"(?=\s+(?:(?:yesterday|today|here)\s+)?at\s+(?:the\s+)?(?-i:[A-Z\u00c0-\u00de]))|"
    r"trained\s+(?:in|at)(?=\s+(?:the\s+)?(?-i:[A-Z\u00c0-\u00de]))|(?:came|comes|drew|draws)\s+to\s+(?:an\s+end|a\s+close)|"
    r"converge[ds]?\s+(?:in|on|at)(?=\s+(?:the\s+)?(?-i:[A-Z\u00c0-\u00de]))|"  # "have converged in Kitengela for a …"
    rf"(?:travell?ed|came|welcom(?:e|ed|ing)[ \t\n][^.;]{{1,80}}?)\s+to"
    rf"(?=\s+[^.;]{{0,120}}?\bfor\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){{0,4}}?(?:{EVENT_NOUNS}|trainings?)\b)|"
    r"which\s+(?:it|we|they)\s+(?:delivered|ran|facilitated)|(?:that|which)\s+ran\s+(?:at|in|from|on)|sat\s+down|"
    r"paid\s+(?:an?\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?visit|streamed\s+live\s+on|"
    r"will\s+(?:jointly\s+)?(?:co-?)?(?:organi[sz]e|host|convene|hold)|"
    r"(?:has|have)\s+been\s+meeting(?=\s+(?:since|until|till|from|for|on|in|at|here|this|today|yesterday)\b)|"
    # "Officials … have been meeting since yesterday at the Gymkhana Club in Vacoas" (cued by "been": "meeting" is
    # in most sentences of a note, and would send them all through this pattern)
    r"(?:coordinated|cooperated|collaborated|partnered)\s+with\b[^.;]{1,200}?\bto\s+(?:jointly\s+)?(?:co-?)?"
    r"(?:organi[sz]e|hold|host|conduct)|"  # Vietnamese news's "… coordinated with … to organize a seminar"
    rf"conclusion(?=\s+(?:[\w\-]+,?\s+){{0,8}}?of\s+(?:the|an?)\s+(?:[\w\-]+\s+){{0,4}}?(?:{EVENT_NOUNS}|trainings?)\b)|"
    r"(?:was|is|will\s+be)(?<!\b(?:that|this|it|which)\s+\w+|\b(?:that|this|it|which)\s+will\s+be)"
    r"\s+(?:(?:this|last)\s+week\s+|yesterday\s+|today\s+)?the\s+venue\s+(?:of|for)"
    rf"(?=\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,4}}?(?:{EVENT_NOUNS}|trainings?)\b))\b"
    # "Santa Coloma de Gramenet was this week the venue of an international expert meeting" (not "Do not enter
    # Kathmandu: that was the venue of the in-person workshop planned for …")
), "held hold organi convene host conducted open launched carried place kicked met meets participate visited "
   "gathered brought bring begin began start led delivered facilitated wrap conclud complet took taken trained "
   "ran sat paid stream conclusion travel came comes drew draws welcom ended closed converge coordinated "
   "cooperated collaborated partnered been venue")
OTHER_EVENT_RE = cue_words(patterns.compile(
    r"(?i)\b(?:previous|last(?!\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|until|till|through|for|into|day|month(?!['\u2019]s))\b)|"  # "will last until June 14": the verb; "today was the last
    # day": the event's own; a story's "Last month, two of our analysts spent Sept. 19-21 at a workshop": its event's days
    r"next(?!\s+(?:few|couple\s+of|two|three|four|five|[2-9])\s+(?:days|hours)\b|\s+(?:door|to)\b"
    r"|(?<!\bfor\s+next)\s+week\b)|"
    # "will gather in Ylöjärvi next week for a conference": an advance notice's own week (not "orders for next week")
    r"future|upcoming|subsequent|prior|earlier(?!\s+(?:this(?!\s+(?:year|spring|summer|autumn|fall|winter)\b)|today|in\s+the\s+(?:week|month)))|former|advanced|follow-up\s+to|"
    r"(?:follow-up|similar),?\s+(?:[\w\-]+,?\s+){0,2}?(?:workshops?|seminars?|conferences?|meetings?|courses?|"
    r"round[\s-]?tables?|exercises?|webinars?|trainings?|sessions?|visits?|missions?|events?)\b|"
    r"series|elsewhere\s+(?:in|during|over)\s+(?:the|that|this)\s+(?:year|month|week|period|region|world|country|continent)|"
    r"will\s+participate|is\s+expected|are\s+expected|planned\s+for|(?:years?|decades?)\s+ago|recalling|"
    r"(?:like|similar\s+to)\s+the\s+ones?\s+(?:held|organi[sz]ed|run|hosted|delivered|given)|"
    r"builds\s+on|built\s+on|building\s+on|(?<!\bas\s)follows\s+(?:up\b|(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:workshops?|seminars?|conferences?|meetings?|courses?|round[\s-]?tables?|exercises?|drills?|webinars?|trainings?|"
    r"sessions?|editions?|visits?|missions?|events?|dialogues?|forums?))|"
    r"later\s+(?:this|that|in\s+the)\s+(?:year|month)|meanwhile,[^.;]{0,80}?\bwill\b|"
    r"had\s+(?:been\s+)?(?:held|hosted|organi[sz]ed|convened|taken\s+place)|"
    r"had\s+(?:originally\s+|initially\s+|first\s+)?planned\s+to\b|"
    r"(?:was|were)\s+to\s+have\s+(?:been\s+)?(?:held|hosted|organi[sz]ed|convened|taken\s+place)|"
    rf"since\s+(?:the|its|their|our)\s+(?:[\w\-]+\s+){{0,3}}?(?:{EVENT_NOUNS})|"
    rf"preparatory\s+(?:[\w\-]+\s+){{0,2}}?(?:{EVENT_NOUNS})|"
    rf"(?<=\b(?:it|this|which)\s)(?:replac(?:es|ed)|took\s+the\s+place\s+of)\s+(?:the|an?)\s+(?:[\w\-]+\s+){{0,4}}?"
    rf"(?:{EVENT_NOUNS}))\b"
), "previous last next future upcoming subsequent prior earlier former advanced follow series participate expected "
   "planned build built had similar have since ago replac place preparatory recalling like elsewhere later meanwhile")
"""Words of a sentence about another event ("the previous workshop", "last year's meeting", "Elsewhere in
the year, the team also travelled to Suva for a Pacific workshop", "The
course builds on the first course, held in Lima", "follows a national seminar held in …", "the
workshop that was to have taken place in Kingston in March 2020", "progress since the first
conference, held in Gaborone in November 2023", "It replaces the Nairobi workshop of 24-26 March
2020": said of a pronoun; "The webinar, held on 17 June 2021, replaces the workshop …" is the webinar's),
"the preparatory meeting for this conference took place in Istanbul", a press release's last item: "Meanwhile, the
Deputy Commissioner will chair a meeting … tomorrow", "a similar, regional meeting in
Tunis", "a session like the one held for the
South Caucasus (webinar of 15 November 2022)" — not
"last week", "last Tuesday" nor "last month" (but "last month's workshop"): a blog post's or a
story's days just gone are its own event's."""
NEW_EVENT_RE = patterns.compile(
    r"(?i)\b(?:offered|proposed|agreed|volunteered)\s+to\s+host\b"
    rf"|\b(?:an?|another)\s+(?:[\w\-]+\s+){{0,3}}?(?:{EVENT_NOUNS}|activit(?:y|ies)|sessions?)\b[^.;\n]{{0,150}}?"
    r"\b(?:(?:is|are)\s+(?:planned|scheduled|foreseen|envisaged|to\s+be\s+(?:held|hosted|organi[sz]ed|convened))"
    r"|should\s+be\s+(?:held|hosted|organi[sz]ed|convened))\b"
    r"|\bto\s+(?:hold|host|organi[sz]e|convene)\s+(?:another|an?\s+(?:[\w\-]+\s+){0,2}?(?:follow[\s-]?up|further|"
    rf"similar|second|third|fourth|fifth))\s+(?:[\w\-]+\s+){{0,3}}?(?:{EVENT_NOUNS})\b"
    rf"|\bthat\s+(?:the|an?|another)\s+(?:[\w\-]+\s+){{0,3}}?(?:{EVENT_NOUNS})\s+be\s+(?:held|hosted|organi[sz]ed|"
    r"convened)\b"
)
"""An event still to come, named as new: "offered to host the Fourth Regional Meeting", "A third
workshop … is planned to take place in Dushanbe", "A further session for Nauru … is planned", "A
follow-up workshop is to be held in 2022", "intends to hold a follow-up meeting in Dakar", "agreed
that the third regional meeting be held in 2020" (an indefinite article or a wish: not the event reported; nor is "offered to organize a
national workshop", often the one reported). Tried only on :func:`new_event_sentences`'
candidates: over a whole note it would cost more than all the other event patterns."""
_NEW_EVENT_CUES = ("to host", "planned", "scheduled", "foreseen", "envisaged", "to be held", "to be hosted",
                   "to be organi", "to be convened", "should be held", "should be hosted", "should be organi",
                   "should be convened", "to hold", "to organi", "to convene", " be held", " be hosted")


def new_event_sentences(ctx: Context) -> set[tuple[int, int]]:
    """The sentences that name an event still to come as a new one (:data:`NEW_EVENT_RE`)."""
    key = ("new event sentences",)
    if key not in ctx.memo:
        lowered = ctx.lowered
        found: set[tuple[int, int]] = set()
        if lowered is None:  # lowering changed the text's length: no offsets to share, look everywhere
            found = {s for s in ctx.sentences if NEW_EVENT_RE.search(ctx.raw, *s)}
        for cue in _NEW_EVENT_CUES if lowered is not None else ():
            at = lowered.find(cue)
            while at >= 0:
                s = ctx.sentence(at)
                if s not in found and NEW_EVENT_RE.search(ctx.raw, *s):
                    found.add(s)
                at = lowered.find(cue, max(at + 1, s[1]))
        ctx.memo[key] = found
    return ctx.memo[key]  # type: ignore[return-value]


ONLINE_RE = cue_words(patterns.compile(
    r"(?i)(?<!\b(?:no|not|without|instead[ \t]+of|rather[ \t]+than)[ \t]+(?:an?[ \t]+)?)"
    r"(?:\b(?:online|on-line|virtual(?:ly)?|video[\s-]?(?:tele)?conferenc(?:e|ing)|web-?based|webinar|remotely|hybrid|"
    r"via\s+(?:zoom|webex|(?:microsoft\s+)?teams))|(?<=[^\W\d_][ \t]{0,3})\+[ \t]*+(?:zoom|webex|teams))\b"
    r"(?![ \t]+(?:\w+[ \t]+)?(?:was|were|has[ \t]+been|had[ \t]+been|is)[ \t]+(?:dropped|cancell?ed|abandoned|scrapped|"
    r"removed|withdrawn|ruled[ \t]+out))"
), "line virtual video web remotely zoom teams hybrid")
"""A word that says the event was online, unless denied: "not online", "the hybrid option was dropped";
a place "+ Zoom" ("Tirana + Zoom")."""
HYBRID_RE = cue_words(patterns.compile(
    r"(?i)\b(?:hybrid|and\s+(?:online|on-line|virtually)|(?:online|on-line|virtually)\s+and\s+(?:in|offline)"
    r"|in[\s\-]+person\s+and\s+(?:(?:via|by|through)\s+)?video(?:[\s\-]?conferenc(?:e|ing)|[\s\-]?links?)"
    r"|with\s+(?:[\w\-]+\s+){1,4}?(?:connecting|connected|joining|participating|taking\s+part|attending)\s+"
    r"(?:(?:from\s+)?[\w\-]+\s+){0,2}?(?:online|on-line|virtually|remotely|(?:by|via)\s+video(?:[\s-]?links?)?)"
    r"|whose\s+(?:[\w\-]+\s+){1,3}?(?:are|were)\s+(?:following|joining|attending)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:online|on-line|virtually|remotely))\b"
), "hybrid line virtually remotely video")
"""A meeting both in a place and online: "in Vienna, Austria, and online", "a hybrid meeting", "met in
Ljubljana, with two delegations connecting by video link", "…, and Chad and Niger, whose colleagues
are following the course online", "held both online and offline", "in person and via videoconference"."""
_FACILITY = patterns.compile(
    r"(?i)\b(?:centre|center|building|hotel|hall|house|palace|headquarters|room|ministry|university|"
    r"campus|academy|complex|office|premises|auditorium|institute)\b"
)
_NOT_EVENT_DATE = cue_words(
    patterns.compile(r"(?i)\b(?:adopted|signed|entered\s+into\s+force|established|founded|dated|published|made\s+public"
                     r"|promulgated|enacted)\b"),
    "adopted signed entered established founded dated published made promulgated enacted")


def _about_another_event(ctx: Context, d: DateMatch, s: tuple[int, int]) -> bool:
    """Whether sentence ``s`` of date ``d`` has words of another event, not counting the date's
    own ("last Tuesday"): the first such word is either outside the date, or in it and then only
    a later one counts."""
    if s in new_event_sentences(ctx) or ctx.search(_ORDINAL_ONE_RE, *s):
        return True  # "The first one took place in Kampala …": one of a series named before
    m = ctx.search(OTHER_EVENT_RE, *s)
    if m is None or not (d.span[0] <= m.start() and m.end() <= d.span[1]):
        return m is not None
    return ctx.search(OTHER_EVENT_RE, d.span[1], s[1]) is not None


def _dated_act(ctx: Context, d: DateMatch, s: tuple[int, int]) -> bool:
    """Whether ``d`` dates an act rather than an event: "adopted on 28 April 2004", "which entered
    into force on 1 January 2020", a deadline ("comments … by 9 July 2025"), a journey ("travel 1–6
    March"). The act's word comes just before the date, in its clause, not anywhere in the sentence
    ("the Committee established pursuant to resolution 1540 … met on …")."""
    return ctx.search(_NOT_EVENT_DATE, max(s[0], d.span[0] - _ACT_REACH), d.span[0]) is not None or \
        _DEADLINE_BEFORE.search(ctx.raw, max(s[0], d.span[0] - _ACT_REACH), d.span[0]) is not None or \
        _TRAVEL_BEFORE.search(ctx.raw, max(s[0], d.span[0] - 20), d.span[0]) is not None or \
        _LEFT_HOME_ON.search(ctx.raw, max(s[0], d.span[0] - 50), d.span[0]) is not None


_ACT_REACH = 60
_TODAY_SAID = patterns.compile(
    r"(?i)today[ \t\n]++(?:thanked|congratulated|praised|hailed|announced|reported|said|stated|published|released)\b")
"""The day a publisher tells of its own act on, not of the event's: "Bicycle maker Fjordsykkel AS today thanked …"."""


def _the_publishers_day_beside_the_events(ctx: Context, d: DateMatch, s: tuple[int, int]) -> bool:
    """Whether ``d`` is a "today" the text's publisher thanks or announces on (:data:`_TODAY_SAID`), its sentence
    dating the event otherwise: "… today thanked the organisers of the Conference …, which closed yesterday"."""
    return d.start == d.end and _TODAY_SAID.match(ctx.raw, d.span[0]) is not None \
        and any(o.span != d.span for o in ctx.dates_in(*s))


_DEADLINE_WORDS = r"deadline|comments?|submit\w*+|submissions?|regist(?:er|ration)\w*+|apply|applications?|nominations?"
_DEADLINE_BEFORE = patterns.compile(
    rf"(?i)\b(?:{_DEADLINE_WORDS}|"
    r"repl(?:y|ies)|responses?|feedback|inputs?|reports?)\b[^.;\n]{0,50}?\b(?:by|before|no[ \t]+later[ \t]+than)[ \t]++"
    r"(?:\p{L}+day,?[ \t]++)?$")
"""A deadline just before a date: "comments to the exercise control team by 9 July 2025", "register
before Friday, 3 May"."""
_TRAVEL_BEFORE = patterns.compile(
    r"(?i)\b(?:travel|return(?:ing)?|departure|arrival|stayed(?:[ \t]++(?:\w++[ \t]++)?nights?)?|check-?in)"
    r"(?:[ \t]++dates?)?[ \t]*+[:(]?[ \t]*+(?:from[ \t]++|on[ \t]++)?$")
"""A traveller's own dates, not the event's: "Mission to Paramaribo (travel 1–6 March 2026)", "stayed four
nights (6-10 Aug)"."""
_LEFT_HOME_ON = patterns.compile(
    r"\b(?:left|departed(?:\s++from)?|set\s++off\s++from)\s++(?:\p{Lu}[\p{L}\-]*+\s++){1,3}"
    r"(?:on\s++)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s++)?$")
"""A delegation's departure, not the event: "An Ivorian delegation, which left Abidjan on Tuesday 24 June,
is taking part today in Kumasi"."""


# --- event name and kind -------------------------------------------------------------------------

_ROMANCE_KINDS = {
    "conferencia": "conference", "conf\u00e9rence": "conference", "confer\u00eancia": "conference",
    "taller": "workshop", "atelier": "workshop", "seminario": "seminar", "s\u00e9minaire": "seminar",
    "semin\u00e1rio": "seminar", "curso": "course", "ejercicio": "exercise", "exercice": "exercise",
    "simulacro": "exercise", "reuni\u00f3n": "meeting", "r\u00e9union": "meeting", "reuni\u00e3o": "meeting",
    "mesa redonda": "roundtable", "table ronde": "roundtable",
}
"""An event's kind as a name in Spanish, French or Portuguese says it ("Conferencia Hemisférica sobre
…"), when no English word does."""
_ROMANCE_KIND = patterns.compile(r"(?i)\b(?:" + "|".join(sorted(_ROMANCE_KINDS, key=len, reverse=True)) + r")\b")


_LETTERS_SPACED_OUT = patterns.compile(r"(?<!\S)\p{L}(?:[ ]\p{L}){3,}+(?!\S)")
"""A word spaced out letter by letter, as a title may be: "S e m i n a r"."""
_LETTERS_OF_A_WORD = patterns.compile(r"(?<!\S)\p{L}(?:[ ]\p{L})++(?!\S)")
"""In such a title, any word so spaced: "o n" too."""


def _words_of_spaced_letters(ctx: Context, start: int, end: int) -> str:
    """Raw ``[start, end)`` on one line, stars dropped, its words spaced out letter by letter joined again:
    "R e g i o n a l  S e m i n a r  o n …" is "Regional Seminar on …" (two spaces or more part words, which
    the view, keeping one space, would lose)."""
    text = _LETTERS_OF_A_WORD.sub(lambda m: m.group().replace(" ", ""), ctx.raw[start:end])
    return " ".join(text.replace("*", "").split())


def event_kind(text: str) -> str:
    """The event kind named first in ``text`` ("other" when none is; then one named in Spanish,
    French or Portuguese)."""
    m = _KIND_RE.search(text)
    if m is None:
        romance = _ROMANCE_KIND.search(text)
        return _ROMANCE_KINDS[romance.group().lower()] if romance is not None else "other"
    head = _KIND_RE.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
    if head is not None:
        m = head  # "Training Workshop", "Simulation Training Exercise": the last word is the head noun
    word = m.group().lower()
    if word.endswith(("round", "rounds")) and " " in word:
        return "meeting"  # "an earlier round" of talks
    return EVENT_WORDS.get(word, EVENT_WORDS.get(word[:-1], "other"))


def event_names(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Raw spans of event names ("High-Level Roundtable on …") in raw ``[start, end)``."""
    view = ctx.view
    a, b = view.to_clean(start), view.to_clean(end)
    found = []
    for m in _name_matches(view.clean, a, b):
        pre = m.group("pre").split()
        while pre and (pre[0] in _NAME_START_SKIP or not pre[0][0].isupper()):
            pre.pop(0)
        if not pre and not m.group("key")[0].isupper():
            continue
        cstart = m.start("key") - (len(" ".join(pre)) + 1 if pre else 0)
        cend = _name_tail(ctx, m.end(), b)
        if not pre and cend == m.end():
            continue  # a bare "Workshop" is a word, not a name
        found.append(view.to_raw(cstart, cend))
    return found


def _name_matches(clean: str, pos: int, end: int) -> Iterator[regex.Match]:
    """``NAME_RE.finditer(clean, pos, end)``, with the pattern tried only near a head word.

    A match is up to eight capitalised words and spaces, then a head (:data:`_KEY_HEAD`): no match
    starts before the last character such words cannot hold that precedes the next head, so the
    search starts after it. Trying the pattern at every position costs ~100 ns a character.
    """
    while True:
        head = _KEY_HEAD.search(clean, pos, end)
        if head is None:
            return
        barrier = _NOT_IN_NAME.search(clean, pos, head.start())
        m = NAME_RE.search(clean, barrier.end() if barrier else pos, end)
        if m is None:
            return
        yield m
        pos = m.end()


def _name_tail(ctx: Context, pos: int, limit: int) -> int:
    """Extend a name past its head word through "on/for/of/to …" until a clause boundary."""
    clean = ctx.view.clean
    first = _TAIL_START.match(clean[pos:limit])
    if first is None:
        return pos
    end, words = pos, 0
    for w in _TAIL_WORD.finditer(clean[pos:limit]):
        if pos + w.start() != end:
            break  # something no word holds came between: "… Implementation (Mongolia)"
        if words and _line_break_before(ctx, pos + w.start("w")) and _is_place_or_date(ctx, pos + w.start("w")):
            break  # a title block's next line: "… Strategic Trade Controls / Brussels, 15 November 2018"
        word = w.group("w")
        if words and _NAME_STOP.match(word):
            break
        if word == "in" or (word == "on" and words):  # "Workshop in Tbilisi"; "Workshop on Afghanistan" is a topic
            following = clean[pos + w.end():pos + w.end() + 40]
            if _PLACE_OR_DATE_AHEAD.match(following) and _is_place_or_date(ctx, pos + w.end() + 1):
                break
        end = pos + w.end()
        words += 1
        if words >= 30 or pos + w.end() >= limit or clean[pos + w.end():pos + w.end() + 1] in (",", ".", ";", ":", "!", "?"):
            break
    return end


def _line_break_before(ctx: Context, clean_pos: int) -> bool:
    """Whether the raw text has a line break just before the word at clean ``clean_pos``."""
    raw_pos, _ = ctx.view.to_raw(clean_pos, clean_pos + 1)
    return ctx.raw[max(0, raw_pos - 40):raw_pos].rstrip(" \t").endswith("\n")


def _is_place_or_date(ctx: Context, clean_pos: int) -> bool:
    raw_pos, _ = ctx.view.to_raw(clean_pos, clean_pos + 1)
    for m in ctx.mentions.states + ctx.mentions.places:
        if m.start <= raw_pos < m.end:
            return True
    return any(d.span[0] == raw_pos for d in ctx.dates_in(raw_pos, raw_pos + 60))


def find_event(ctx: Context, main_date: DateMatch | None) -> Event | None:
    """The main event: the Event header field, else a name or event word near the main date.

    None when the note names no event at all.
    """
    for f in ctx.layout.field_values("event"):
        if f.value.text:
            name = ctx.clean(f.value.start, f.value.end)
            if _LETTERS_SPACED_OUT.search(ctx.raw, f.value.start, f.value.end):
                name = _words_of_spaced_letters(ctx, f.value.start, f.value.end)
            return Event(name=name, kind=event_kind(name), text=f.value.text, span=(f.value.start, f.value.end))
    heading = _heading_over_the_dates_fields(ctx, main_date) or _heading_over_the_date_line(ctx, main_date)
    if heading is None and main_date is not None and main_date.anchored and ctx.datelines:
        heading = _heading_over_the_date_line(ctx, ctx.datelines[0])  # a speech's "Maputo, Tuesday, 14 April 2026"
    if heading is not None:
        return heading
    places = []
    for s in _event_sentences(ctx, main_date):
        places.append(s)
        names = [n for n in event_names(ctx, *s) if not ctx.in_dateline(*n) and not ctx.in_other_clause(*n)
                 and not _in_a_body(ctx, *n)]
        if names:
            event = _named_event(ctx, *names[0])
            word = _kind_word(ctx, places[0]) if main_date is not None and len(places) > 1 else None
            if word is not None and word.kind != event.kind and not _A_SESSION.fullmatch(word.text):
                return word  # "ASIA REGIONAL SEMINAR … / Kuala Lumpur | 6 & 7 November 2024", not a talk's forum
            return event
    title = ctx.layout.title
    if title is not None:  # no sentence names it: a page or a file may, in its title ("# Notes: National Roundtable on …")
        names = [n for n in event_names(ctx, title.start, title.end) if not _in_a_body(ctx, *n)
                 and not _A_BRIEFINGS_TRANSCRIPT.search(ctx.raw, *n)]
        if names:
            return _named_event(ctx, *names[0])
    for plural in (False, True):  # "a fair number of workshops …, but few as intense as the one I attended": a class
        for s in places[:3]:
            word = _kind_word(ctx, s, plural)
            if word is not None and _A_SESSION.fullmatch(word.text):  # "the session brought together …" after
                before = _kind_word(ctx, (0, s[0]), plural)  # "… at the heart of a webinar I joined": a webinar
                return before if before is not None and not _A_SESSION.fullmatch(before.text) else word
            if word is not None:
                return word
        if title is not None and not title.text[:1].islower():  # "Subject: OSCE-UNODA webinar: …", not "the meeting went well"
            word = _kind_word(ctx, (title.start, title.end), plural)
            if word is not None:
                return word
        if not plural and main_date is not None and places and _plural_only(ctx, places[:3]):
            word = _kind_word(ctx, (0, main_date.span[0]), plural)  # a headline's "notes from a tabletop exercise"
            if word is not None:
                return word
    if main_date is not None:  # a slide or a poster names its event above its dates, in no sentence
        names = [n for n in event_names(ctx, 0, main_date.span[0]) if not ctx.in_dateline(*n)
                 and not ctx.in_other_clause(*n) and not _in_a_body(ctx, *n)]
        if names:
            return _named_event(ctx, *names[0])
        word = _kind_word(ctx, (0, main_date.span[0]))  # an invitation card's "… your company at a / ROUNDTABLE"
        if word is not None:
            return word
    return _this_event(ctx)


def _this_event(ctx: Context) -> Event | None:
    """The first event a text calls its own ("this training course", "our workshop") where no
    sentence that dates or tells of an event names one: a toast's "to bring this training course here"."""
    for m in _KIND_RE.finditer(ctx.raw):
        if _THIS_BEFORE.search(ctx.raw, max(0, m.start() - _THIS_REACH), m.start()) and not _a_plural(m.group()) \
                and not ctx.in_other_clause(*m.span()) and not _in_a_body(ctx, *m.span()):
            return Event(name=None, kind=event_kind(m.group()), text=m.group(), span=m.span())
    return None


_THIS_BEFORE = patterns.compile(r"(?i)\b(?:this|our)[ \t\n]++(?:[\p{L}\-]++[ \t\n]++){0,2}+$")
_THIS_REACH = 48


_A_BRIEFINGS_TRANSCRIPT = patterns.compile(r"(?i)\b(?:daily|noon|press)[ \t]++(?:press[ \t]++)?(?:briefing|conference)\b")
"""A title that names the text itself, a spokesperson's transcript ("Daily Press Briefing by the
Office of the Spokesperson …"), not the event it tells of."""
_DATE_FIELDS = ("dates", "dates_venue", "start_date")


def _heading_over_the_dates_fields(ctx: Context, date: DateMatch | None) -> Event | None:
    """The event a line names just above the block of fields that dates it, with no "Event:" among
    them: a report's "BANGLADESH - National Tabletop Exercise on …" over "When: Tue 16 - Wed 17 Nov",
    "Where: Dhaka", "Organizers: …"."""
    if date is None:
        return None
    fields = ctx.layout.fields
    at = next((i for i, f in enumerate(fields) if f.key in _DATE_FIELDS and f.value.start <= date.span[0] < f.value.end),
              None)
    if at is None:
        return None
    raw = ctx.raw
    while at > 0 and raw.count("\n", fields[at - 1].value.end, fields[at].label.start) <= 1:
        at -= 1  # up the block: each label on the line after the last value
    top = raw.rfind("\n", 0, fields[at].label.start)
    if top <= 0:
        return None
    above = raw.rfind("\n", 0, top) + 1
    if not raw[above:top].strip():
        return None
    names = [n for n in event_names(ctx, above, top) if not _in_a_body(ctx, *n)]
    return _named_event(ctx, *names[0]) if names else None


_A_WEEKDAY = r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
"""A weekday's name, in any case: the fragment the date patterns below share."""
_WEEKDAY_ALONE = patterns.compile(r"[ \t*\-\u2022]*+(?:" + _A_WEEKDAY + r",?[ \t]++)?")
"""What may open a line before its date: bullets, a weekday."""


def _heading_over_the_date_line(ctx: Context, date: DateMatch | None) -> Event | None:
    """The event a heading names on the line over the line its date opens (a blank line between
    them or none), as a journal's or a programme's listing gives it: "Regional webinar on the
    implementation of … in the Pacific" over "Tuesday, 24 February, and Wednesday, 25 February
    2026, from 10:00 to 13:00" — not "Virtual meeting (Zoom)", the format the next line gives. A
    dateline's city may open the date's line ("Maputo, Tuesday, 14 April 2026" under a speech's event)."""
    if date is None:
        return None
    raw = ctx.raw
    line = raw.rfind("\n", 0, date.span[0]) + 1
    place = ctx.dateline_place
    opening = place[1] if place is not None and line <= place[0] < place[1] <= date.span[0] \
        and not raw[line:place[0]].strip() else line  # "Maputo, Tuesday, 14 April 2026": the city, then the date
    if line == 0 or not _WEEKDAY_ALONE.fullmatch(raw, opening + (raw[opening] == ","), date.span[0]):
        return None
    top = line - 1
    while top > 0 and raw[top - 1] in " \t\r":
        top -= 1
    if top > 0 and raw[top - 1] == "\n":
        top -= 1  # one blank line between them
    above = raw.rfind("\n", 0, top) + 1
    heading = raw[above:top].rstrip()
    kind = ctx.search(_KIND_RE, above, top)
    if not heading[:1].isupper() or heading.endswith((".", ":", ";", ",")) or kind is None \
            or raw.count(" ", above, kind.start()) > 3 or _A_BRIEFINGS_TRANSCRIPT.search(raw, above, top):
        return None  # a sentence or a label, a heading that opens with no event ("Draft minutes of the closing
        # session"), or the transcript's own title ("DAILY PRESS BRIEFING BY …")
    names = [n for n in event_names(ctx, above, top) if not _in_a_body(ctx, *n)]
    if names:
        return _named_event(ctx, *names[0])
    by = _BY_WHOM_AFTER.search(heading)  # a journal's "Virtual event on the theme "…" (co-organized by …)"
    return _named_event(ctx, above, above + (by.start() if by else len(heading)))  # sentence case


_BY_WHOM_AFTER = patterns.compile(r"[ \t]*+\((?i:co-?)?(?i:organi[sz]ed|hosted|convened|sponsored)[ \t]++by\b"
                                  r"(?:[^()\n]|\([^()\n]*+\))*+\)$")
"""A heading's closing bracket that says who organizes its event: who, not the event's name."""


def _named_event(ctx: Context, start: int, end: int) -> Event:
    """The event named at raw ``[start, end)``: its cleaned name, and the kind the name says."""
    name = ctx.clean(start, end)
    return Event(name=name, kind=event_kind(name), text=ctx.raw[start:end], span=(start, end))


def _kind_word(ctx: Context, s: tuple[int, int], plural: bool = True) -> Event | None:
    """The first event word of sentence ``s`` outside another event's clause and a body's name,
    as an event without a name; a plural one ("workshops") only when ``plural``."""
    for m in _KIND_RE.finditer(ctx.raw, s[0], s[1]):
        if not plural and _a_plural(m.group()):
            continue
        if _PART_OF_AN_EVENT.search(ctx.raw, max(0, m.start() - 30), m.end()):
            continue  # "the minutes of the closing session" of an exercise
        if _IS_NOT_A_BUT.match(ctx.raw, m.end()) or _NOT_A_BEFORE.search(ctx.raw, max(0, m.start() - 12), m.start()):
            continue  # "The meeting was not a conference but a closed, two-day roundtable": a roundtable
        if not ctx.in_other_clause(*m.span()) and not _in_a_body(ctx, *m.span()):
            return Event(name=None, kind=event_kind(m.group()), text=m.group(), span=m.span())
    return None


_IS_NOT_A_BUT = patterns.compile(r"[ \t\n]++(?:was|is|were|are)[ \t\n]++not[ \t\n]++an?[ \t\n]++[\w\-]++"
                                 r"[ \t\n]*+,?[ \t\n]*+but\b")
_NOT_A_BEFORE = patterns.compile(r"\bnot[ \t\n]++an?[ \t\n]++$")
"""What a text corrects: "The meeting was not a conference but a … roundtable" names neither of the first two."""
_A_SESSION = patterns.compile(r"(?i)sessions?")
"""The vaguest event word: a sitting of some event, which an earlier sentence may name."""
_PART_OF_AN_EVENT = patterns.compile(
    r"(?i)\b(?:opening|closing|final|concluding|plenary|breakout|parallel|syndicate)[ \t\n]++(?:[\w\-]++[ \t\n]++)?sessions?$")
"""A session that is a part of the event, not the event: "Draft minutes of the closing session", "back
from the final syndicate session"."""


def _plural_only(ctx: Context, sentences: list[tuple[int, int]]) -> bool:
    """Whether the event words of ``sentences`` are all plurals, and there is one."""
    words = [m.group() for s in sentences for m in _KIND_RE.finditer(ctx.raw, *s)]
    return bool(words) and all(_a_plural(w) for w in words)


def _a_plural(word: str) -> bool:
    """Whether an event word is a plural ("workshops"), not a word that is one ("consultations")."""
    word = word.lower()
    return word not in EVENT_WORDS and word[:-1] in EVENT_WORDS


def _in_a_body(ctx: Context, start: int, end: int) -> bool:
    """Whether raw ``[start, end)`` lies in an organization's name: the "Training" of the
    "Verification Research, Training and Information Centre" is no event."""
    key = ("org cover",)
    cover = ctx.memo.get(key)
    if cover is None:
        cover = ctx.memo[key] = Cover((m.start, m.end) for m in ctx.mentions.orgs)
    return cover.contains(start, end)  # type: ignore[attr-defined]


def _event_sentences(ctx: Context, main_date: DateMatch | None, others: bool = True) -> Iterator[tuple[int, int]]:
    """The main date's sentence, then each sentence that says an event was held (with
    ``others=False`` none about another event). Lazy: the first that names the event ends the search."""
    if main_date is not None:
        yield ctx.sentence(main_date.span[0])
    for s in ctx.sentences:
        if ctx.search(TRIGGER_RE, *s) and (others or not ctx.search(OTHER_EVENT_RE, *s)
                                           and s not in new_event_sentences(ctx)
                                           and not ctx.search(_ORDINAL_ONE_RE, *s)):
            yield s


# --- dates ---------------------------------------------------------------------------------------

def _dates_value(ctx: Context, match: DateMatch, end_match: DateMatch | None = None) -> Dates | None:
    """Turn a date match (and an optional separate end) into the record's Dates, inferring a year."""
    year = ctx.publication_year if not match.has_year() else None
    if not match.has_year():
        if year is None:
            nearest = _nearest_year(ctx, match.span[0])
            months = _its_months_year(ctx, match) if not _a_year_before(ctx, match.span[0]) else None
            year = months if months is not None and (nearest is None or months > nearest) else nearest
        year = _year_of_its_weekday(ctx, match, year)
        own = ctx.publication_year
        said = _YEAR_SAID_AFTER.match(ctx.raw, match.span[1], match.span[1] + _REACH_AFTER) if own is not None else None
        if own is not None and said is not None:  # "from the 9th to the 13th of June last year"
            year = own + _YEARS_ON[said["which"].lower()]
    resolved = match.resolve(year)
    if resolved is None:
        return None
    start, end = resolved
    span = match.span
    if end_match is not None:
        other = end_match.resolve(start.year if not end_match.has_year() else None)
        if other is not None and other[1] >= start:
            end = other[1]
            span = (min(match.span[0], end_match.span[0]), max(match.span[1], end_match.span[1]))  # "Ends:" may come first
    if not match.has_year():
        ctx.warn("year_inferred", f"year {start.year} taken from the note's context for {match.text!r}", match.span)
    if match.anchored:
        ctx.warn("date_from_dateline", f"{match.text!r} read as {start.isoformat()} from the note's own date",
                 match.span)
    return Dates(start=start.isoformat(), end=end.isoformat(), precision=match.precision,
                 text=ctx.raw[span[0]:span[1]], span=span)


_YEAR_SAID_AFTER = patterns.compile(r"[ \t]*+,?[ \t]*+(?i:of[ \t]++)?(?P<which>(?i:last|previous|this|next))[ \t]++year\b")
"""Words after a date with no year that say which year it is, counted from the note's own date (not
from the nearest year written, which may be a resolution's): "… of June last year"."""
_YEARS_ON = {"last": -1, "previous": -1, "this": 0, "next": 1}
_REACH_AFTER = 40
"""How far a pattern that opens at a date's end looks: unbounded, ``regex`` looks for its words to the
text's end first, for every date (quadratic in a long text)."""


_WEEKDAY_NAMED = patterns.compile(
    r"(?i)\b(?P<day>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+(?:the[ \t]+)?$")
_WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_WEEKDAYS_NAMED = patterns.compile(
    r"(?i)\b(?P<day>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"(?:[ \t\n]++(?:and|&|to|through)[ \t\n]++|[ \t]*+[\u2013\-/][ \t]*+)"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t\n]+(?:the[ \t]+)?$")
"""Two weekdays before a range of days, the first the range's first day's: "Wednesday and Thursday, October 21–22",
"Thursday and\nFriday, 9–10 April" across a line's end, "Tuesday–Wednesday 3–4 February"."""


def _year_of_its_weekday(ctx: Context, match: DateMatch, year: int | None) -> int | None:
    """The year for a date written without one: ``year`` (the note's, or the nearest written),
    unless the weekday written before the date falls on it in another of the note's years ("Monday
    11 November" in a diary that names 2004 and 2024 is in 2024, when 11 November was a Monday), or else, ``year``
    being the text's own, in the year before or after; of two weekdays before a range, the first ("Wednesday and
    Thursday, October 21–22")."""
    named = _WEEKDAYS_NAMED.search(ctx.raw, max(0, match.span[0] - 32), match.span[0]) if match.start != match.end else None
    named = named or _WEEKDAY_NAMED.search(ctx.raw, max(0, match.span[0] - 14), match.span[0])
    if named is None or year is None or match.start[1] is None or match.start[2] is None:
        return year
    wanted = _WEEKDAY_INDEX[named["day"].lower()[:3]]

    def falls(y: int) -> bool:
        try:
            return datetime.date(y, match.start[1], match.start[2]).weekday() == wanted  # type: ignore[arg-type]
        except ValueError:
            return False

    if falls(year):
        return year
    key = ("years named",)
    if key not in ctx.memo:
        ctx.memo[key] = frozenset(y for _, y in ctx.years)  # at most the two centuries a year is read in
    others = sorted(ctx.memo[key] - {year}, key=lambda y: abs(y - year))  # type: ignore[operator]
    nearby = (year - 1, year + 1) if year == ctx.publication_year else ()
    return next((y for y in others if falls(y)), next((y for y in nearby if falls(y)), year))
    # else, the year being the text's own, the one next to it where the weekday falls: an issue of January 2025's
    # "Monday 2 and Tuesday 3 December"


_A_HASHTAGS_YEAR = patterns.compile(r"#\p{L}[\p{L}_]*+(?P<year>(?:19|20)\d\d)(?![\p{L}\d])")
"""A year ending a hashtag, the event's own when a post gives no other: "#SurakshaSetu2025"."""


def _its_months_year(ctx: Context, match: DateMatch) -> int | None:
    """The one year the text gives the month of a date written without one, outside other events'
    clauses: a note's header "14 May - 16 May" and its body's "The present workshop … was held in May
    2025". Asked only when no year comes before the date (the nearest year is then a guess forward),
    and taken over that guess when later (a history's, "Since 2022"), not when earlier (a
    founding's, "established on the seventeenth of September, 1994")."""
    month = match.start[1]
    years = {d.start[0] for d in ctx.dates if d.has_year() and d.start[1] == month and d.span != match.span
             and not ctx.in_other_clause(*d.span)}
    return years.pop() if len(years) == 1 else None


def _a_year_before(ctx: Context, offset: int) -> bool:
    """Whether a date or year with a year comes before ``offset``."""
    return bool(ctx.years) and ctx.years[0][0] < offset


def _nearest_year(ctx: Context, offset: int) -> int | None:
    """The year of the nearest date that has one, looking back first, else any year in the text, else
    a hashtag's year ("co-hosted #SurakshaSetu2025 … on Feb 18–19")."""
    years = ctx.years
    if not years:
        tagged = _A_HASHTAGS_YEAR.search(ctx.raw) if "#" in ctx.raw else None
        return int(tagged["year"]) if tagged is not None else None
    key = ("year offsets",)
    if key not in ctx.memo:
        ctx.memo[key] = [pos for pos, _ in years]  # once per note: a list per call made this quadratic
    i = bisect_right(ctx.memo[key], offset)  # type: ignore[arg-type]
    if i > 0:
        return years[i - 1][1]
    return years[0][1] if years else None


def main_date(ctx: Context) -> tuple[DateMatch | None, DateMatch | None]:
    """The main event's date match (and, for Start/End Date fields, the end's), or (None, None)."""
    for f in ctx.layout.field_values("dates_venue", "dates"):
        if DATE_LABEL.fullmatch(f.label.text) and (in_a_header_block(ctx.raw, f.label.start) or _a_receipts_date(ctx, f)):
            continue  # a memo's or an e-mail's "Date:" is when it was written; a receipt's, when it was paid
        found = ctx.find_dates(f.value.start, f.value.end)
        if found and DATE_LABEL.fullmatch(f.label.text) and ctx.in_dateline(*found[0].span):
            continue  # a news page's "Date  2019-09-16   |   Views 287": when it was posted
        if found:
            return _to_the_day(ctx, found[0], f.value.end), None
    starts = [d for f in ctx.layout.field_values("start_date") for d in ctx.find_dates(f.value.start, f.value.end)
              if "\n" not in ctx.raw[f.value.start:d.span[0]].strip()]  # not "From:\nBritish Embassy …\nPublished\n27 …"
    if not starts and "DTSTART" in ctx.raw:
        calendar = _calendar_dates(ctx)
        if calendar[0] is not None:
            return calendar
    if not starts and "startDate" in ctx.raw:
        schema = _schema_org_dates(ctx)
        if schema[0] is not None:
            return schema
    if starts:
        ends = [d for f in ctx.layout.field_values("end_date") for d in ctx.find_dates(f.value.start, f.value.end)]
        return starts[0], (ends[0] if ends else None)
    written = [d for d in ctx.dates if not ctx.in_dateline(*d.span) and not on_a_date_line(ctx.raw, d.span[0])
               and d.span[0] < ctx.links_start]  # not "READ ALSO / - El Jadida hosts … festival from June 20 to 23"
    candidates = written + [d for d in ctx.relative_dates if _about_an_event(ctx, ctx.sentence(d.span[0]))
                            or _about_an_event_before(ctx, ctx.sentence(d.span[0]))
                            or _about_an_event_after(ctx, ctx.sentence(d.span[0]))
                            or _an_event_on_that_day_after(ctx, d)
                            or _days_opening_a_paragraph_after_an_event(ctx, d)]
    if not candidates:
        return next((d for d in ctx.datelines if _under_an_event_title(ctx, d)), None), None
    scores = [_date_score(ctx, d) for d in candidates]
    best_at = max(range(len(candidates)), key=scores.__getitem__)  # the first of the best, as max() picks
    best = candidates[best_at]
    if scores[best_at] < _A_SURE_SCORE and "day" in ctx.raw:
        days = _first_and_last_days(ctx, written)
        if days is not None:
            return days  # "On the first day, Tuesday 3 March, …" … "Today, Thursday 5 March, our third day"
    if scores[best_at] < _A_WEAK_SCORE:  # no date written said held, nor named an event: a card's header date
        headed = next((d for d in ctx.datelines if _over_an_event_title(ctx, d)), None)  # over its title block
        if headed is not None:  # ("WELCOME TO BITOLA   Thursday 26.09.2019 / Regional Roundtable on …")
            return headed, None
    if scores[best_at] < 0:  # every date written is another event's, a deadline's, a link's: an event
        titled = next((d for d in ctx.datelines if _under_an_event_title(ctx, d)), None)  # page's "Webinar: … /
        if titled is not None:  # Tue, 24 Feb 2026" over "Related events / 14 – 16 Apr 2026 | Regional Workshop …"
            return titled, None
    if not best.anchored and _about_another_event(ctx, best, ctx.sentence(best.span[0])):
        titled = next((d for d in ctx.datelines if _under_an_event_title(ctx, d)), None)
        if titled is not None:
            return titled, None  # "Regional Conference … / Santiago, Tuesday 4 November 2025" … "Two years ago, …"
    if best.precision == "month":
        return _days_after_a_month(ctx, best), None
    return (_range_around(ctx, best, candidates) if best.anchored else best), None


def _a_receipts_date(ctx: Context, field: HeaderField) -> bool:
    """Whether a bare "Date:" field is a receipt's, a ticket's or a letter's, with no field of the event
    beside it: "RECEIPT No. 0457 / Date: 13/03/2023   Time: 16:40 / From: Biratnagar Airport   To: Hotel"."""
    keys = {f.key for f in ctx.layout.fields}
    return keys.isdisjoint(_THE_EVENTS_FIELDS) and (_A_RECEIPTS_WORD.search(
        ctx.raw, max(0, field.label.start - 200), field.value.end + 200) is not None
        or _A_SALUTATION.search(ctx.raw, field.value.end, field.value.end + 300) is not None
        or _A_SUBJECT_LINE.match(ctx.raw, field.value.end) is not None
        or under_a_reference_line(ctx.raw, field.label.start))


_A_SALUTATION = patterns.compile(r"(?m)^[ \t]*+(?:Dear|DEAR)[ \t]++\S")
"""A letter's "Dear …" just below a bare "Date:": the letter's date ("Our ref: FOI2024/08817 / Date: 2
September 2024 / Dear [REDACTED],")."""
_A_SUBJECT_LINE = patterns.compile(r"[ \t]*+\n(?:[ \t]*+\n)?[ \t]*+(?:Subject|SUBJECT|Sub\.?|SUB\.?)[ \t]*+:")
"""An official notice's or letter's subject line next below a bare "Date:", which dates the notice: "Notice No.
7/2025 / Date: 3 March 2025 / Subject: Successful holding of the National Roundtable …"."""


_THE_EVENTS_FIELDS = frozenset({"event", "organizers", "dates_venue", "venue", "participants", "states", "organizations"})
_A_RECEIPTS_WORD = patterns.compile(r"(?i)\b(?:receipt|invoice|fare|ticket[ \t]++no|total|amount|paid)\b")


_A_SURE_SCORE = 5
"""A date that scores this much names its event in a sentence that says it was held (or nearly)."""
_NTH_DAY_BEFORE = patterns.compile(
    r"(?i)\b(?:(?:on[ \t]++)?(?:the|our)[ \t]++(?P<ord>first|opening|second|third|fourth|fifth|final|last|closing)[ \t]++day"
    r"|day[ \t]++(?P<n>[1-5]))[ \t]*+[,:(\u2013\-]?[ \t]*+(?:" + _A_WEEKDAY + r",?[ \t]++)?$")
_NTH_DAY_AFTER = patterns.compile(
    r"(?i)[ \t]*+,[ \t]++(?:(?:our|the)[ \t]++)(?P<ord>first|opening|second|third|fourth|fifth|final|last|closing)"
    r"[ \t]++day\b")
"""A day of the event's own programme, by its number: "On the first day, Tuesday 3 March", "Day 2 (4
March)", "Today, Thursday 5 March, our third day"."""
_NTH = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "final": 9, "last": 9, "closing": 9}


def _first_and_last_days(ctx: Context, dates: list[DateMatch]) -> tuple[DateMatch, DateMatch] | None:
    """The event's first and last days, when the text dates the days of its programme by their
    number ("On the first day, Tuesday 3 March, …", "Today, Thursday 5 March, our third day") and no
    date scores as the event's: a rapporteur's report or a diary of the days."""
    numbered: list[tuple[int, DateMatch]] = []
    for d in dates:
        if d.precision != "day" or d.start != d.end:
            continue
        m = _NTH_DAY_BEFORE.search(ctx.raw, max(0, d.span[0] - 40), d.span[0]) or \
            _NTH_DAY_AFTER.match(ctx.raw, d.span[1])
        if m is not None:
            n = m.groupdict().get("n")
            numbered.append((int(n) if n else _NTH[m["ord"].lower()], d))
    first = next((d for n, d in numbered if n == 1), None)
    later = [d for n, d in numbered if n > 1]
    if first is None or not later:
        return None
    start = _resolved(ctx, first)
    last = max(later, key=lambda d: d.span[0])
    end = last.resolve(start[0].year) if start is not None and not last.has_year() else _resolved(ctx, last)
    if start is None or end is None or not start[0] < end[0] <= start[0] + datetime.timedelta(days=_PROGRAMME_DAYS):
        return None
    return first, last


_PROGRAMME_DAYS = 14
"""The longest an event whose days are numbered may run."""


_DAYS_AFTER_A_MONTH = patterns.compile(
    r"[ \t]*+[\u2013\u2014:(,\-][ \t]*+(?:(?i:from|between)[ \t]++)?(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day[ \t,]++)?"
    r"(?:the[ \t]++)?(?P<d1>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:[ \t]*+(?:and|to|through|until|[\-\u2013])[ \t]*+"
    r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day[ \t,]++)?(?:the[ \t]++)?(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))?\b")
"""The days a month's date goes on to name: "in April 2025 – Monday the 21st and Tuesday the 22nd",
"in October 2018 — from Tuesday the 16th to Thursday the 18th"."""


def _days_after_a_month(ctx: Context, month: DateMatch) -> DateMatch:
    """``month`` narrowed to the days written just after it, or ``month``."""
    m = _DAYS_AFTER_A_MONTH.match(ctx.raw, month.span[1])
    if m is None or month.start[:2] != month.end[:2]:
        return month
    year, number = month.start[0], month.start[1]
    first, last = int(m["d1"]), int(m["d2"] or m["d1"])
    day = DateMatch(span=(month.span[0], m.end()), text=ctx.raw[month.span[0]:m.end()], start=(year, number, first),
                    end=(year, number, last), precision="day")
    return day if day.resolve(ctx.publication_year) is not None else month


def _range_around(ctx: Context, day: DateMatch, candidates: list[DateMatch]) -> DateMatch:
    """The range among ``candidates`` that holds ``day``, a day said relative to the text's date, or
    ``day``: "today concluded a week-long course … Over five days, from 10 to 14 November" is the
    course's five days, not its last; "Yesterday we held a round table" is one of the "two intense
    days" a post "just wrapped up"; not a range shorter than the one length the text states ("Sessions on
    Monday and yesterday" of "a three-day conference" that opened on Monday). Or the range from ``day`` to
    a written date: "from today, Monday, until Wednesday 1 October"."""
    resolved = _resolved(ctx, day)
    if resolved is None or resolved[0] != resolved[1]:
        return day
    length = _the_one_length(ctx)
    shortest = _day_count(length) if length is not None else 2
    for d in candidates:
        outer = _resolved(ctx, d) if d.precision == "day" else None
        if outer is not None and outer[0] < outer[1] and outer[0] <= resolved[0] <= outer[1] \
                and (outer[1] - outer[0]).days + 1 >= shortest:  # not "Sessions on Monday and yesterday" of
            return d  # "a three-day regional conference": some of its days
    for d in candidates:
        if d.span[0] > day.span[1] and not d.anchored and d.precision == "day" and d.start == d.end \
                and _SINCE_A_DATE.fullmatch(ctx.raw, day.span[1], d.span[0]):
            first = d.resolve(resolved[0].year)  # "has completed today … the course, which has been held since
            if first is not None and 0 < (resolved[0] - first[0]).days <= _UNTIL_DAYS:  # Monday 4 March": from that day
                return DateMatch(span=(day.span[0], d.span[1]), text=ctx.raw[day.span[0]:d.span[1]],
                                 start=(first[0].year, first[0].month, first[0].day), end=day.end,
                                 precision="day", anchored=True)
    for d in candidates:
        if d.span[0] > day.span[1] and not d.anchored and d.precision == "day" \
                and _UNTIL_A_DATE.fullmatch(ctx.raw, day.span[1], d.span[0]):
            end = d.resolve(resolved[0].year)  # "from today, Monday, until Wednesday 1 October": to that date
            if end is not None and end[1] > resolved[0]:
                last = (end[1].year, end[1].month, end[1].day)
                return DateMatch(span=(day.span[0], d.span[1]), text=ctx.raw[day.span[0]:d.span[1]], start=day.start,
                                 end=last, precision="day", anchored=True)
    return day


_SINCE_A_DATE = patterns.compile(
    r"(?:[^.;\n]|\n(?![ \t]*+\n)){0,200}?\b(?:since|began|begun|started|opened|commenced)(?:[ \t\n]++on)?[ \t\n]++"
    r"(?:" + _A_WEEKDAY + r"[ \t\n]*+,?[ \t\n]*+)?(?:the[ \t\n]++)?")
"""Between the day an event ended, told from the text's own, and the written day it began: "has completed today
… the National Course …, which has been held since Monday 4 March"."""
_UNTIL_A_DATE = patterns.compile(
    r"[ \t\n,]*+(?:" + _A_WEEKDAY + r"[ \t\n]*+,?[ \t\n]*+)?(?i:until|till|to|through)[ \t\n]++"
    r"(?:" + _A_WEEKDAY + r",?[ \t\n]++)?(?:the[ \t\n]++)?")
"""Between a day said relative to the text's date and a written date, words that make them one
range: "from today, Monday, until Wednesday 1 October"."""


_TITLE_EVENT = patterns.compile(rf"(?i)\b(?:{EVENT_NOUNS}|trainings?)\b")
_TITLE_LINE = 150


def _under_an_event_title(ctx: Context, d: DateMatch) -> bool:
    """Whether dateline ``d`` sits right under a title that names an event ("Seminar on Export
    Controls / 3 May 2023 | Lima, Peru"), or under a title block of up to three lines whose first
    names it (a slide's "Webinar on National Reporting … / for Pacific Island States / UNRCPD | PIFS /
    25 November 2025 · Online"): in a note that gives no other date, the title block's date is its event's."""
    line_start = ctx.raw.rfind("\n", 0, d.span[0]) + 1
    a, b = _next_full_line(ctx.raw, line_start, -1)
    if a < b and b - a <= _TITLE_LINE and ctx.search(_TITLE_EVENT, a, b) is not None:
        return True
    for _ in range(_TITLE_BLOCK - 1):  # a title over two lines, and its organizers' line, above the date
        if a >= b or b - a > _TITLE_LINE or "\n" not in ctx.raw[max(0, a - 1):a] or a == 0:
            return False
        block_start = a
        a = ctx.raw.rfind("\n", 0, a - 1) + 1
        b = block_start - 1
        if a < b and b - a <= _TITLE_LINE and ctx.search(_TITLE_EVENT, a, b) is not None:
            return True
    return False


_TITLE_BLOCK = 3
"""How many lines, with no blank line between, a title block may stand above its date."""
_A_WEAK_SCORE = 1
"""A best date that scores less was neither said held nor named an event nor a range."""


def _over_an_event_title(ctx: Context, d: DateMatch) -> bool:
    """Whether dateline ``d`` ends the line right over a title that names an event ("WELCOME TO
    BITOLA   Thursday 26.09.2019" over "Regional Roundtable on Effective Practices …")."""
    line_end = ctx.raw.find("\n", d.span[1])
    if line_end < 0 or ctx.raw[d.span[1]:line_end].strip():
        return False
    a, b = _next_full_line(ctx.raw, line_end, 1)
    return a < b and b - a <= _TITLE_LINE and "\n" not in ctx.raw[line_end + 1:a] \
        and ctx.search(_TITLE_EVENT, a, b) is not None


_SCHEMA_DATE = patterns.compile(r"""(?P<key>startDate|endDate)["']?(?:[ \t]++content)?[ \t]*+[:=][ \t]*+["']?""")
"""A schema.org Event's date, in a page's JSON-LD ("startDate": "2024-10-08T09:00:00+07:00") or
microdata (itemprop="startDate" content="2024-10-08")."""


def _schema_org_dates(ctx: Context) -> tuple[DateMatch | None, DateMatch | None]:
    """The start and end a page's structured data gives its event; (None, None) when it gives none."""
    found: dict[str, DateMatch] = {}
    for m in _SCHEMA_DATE.finditer(ctx.raw):
        dates = ctx.find_dates(m.end(), min(len(ctx.raw), m.end() + 40))
        if dates and dates[0].span[0] == m.end() and m["key"] not in found:
            found[m["key"]] = dates[0]
    if "startDate" not in found:
        return None, None
    return found["startDate"], found.get("endDate")


def _calendar_dates(ctx: Context) -> tuple[DateMatch | None, DateMatch | None]:
    """The start and end a calendar export's event gives (:func:`noteparse.icalendar.calendar_days`)."""
    days = calendar_days(ctx.raw)
    if days is None:
        return None, None
    (a, b), first, (c, d), last = days
    return (DateMatch((a, b), ctx.raw[a:b], (first.year, first.month, first.day), (first.year, first.month, first.day),
                      "day"),
            DateMatch((c, d), ctx.raw[c:d], (last.year, last.month, last.day), (last.year, last.month, last.day), "day"))


def _to_the_day(ctx: Context, vague: DateMatch, after: int) -> DateMatch:
    """A header's month ("June 2018") narrowed to the days a sentence after the header says the
    event was held in it ("held between 12 and 14 June 2018"); the header's date otherwise."""
    if vague.precision == "day" or not vague.has_year():
        return vague
    outer = vague.resolve()
    if outer is None:
        return vague
    inside = []
    for d in ctx.dates_in(after, len(ctx.raw)):
        resolved = d.resolve() if d.precision == "day" and d.has_year() else None
        if resolved is None or not (outer[0] <= resolved[0] and resolved[1] <= outer[1]):
            continue
        s = ctx.sentence(d.span[0])
        if ctx.search(TRIGGER_RE, *s) and not _about_another_event(ctx, d, s) and not ctx.in_other_clause(*d.span) \
                and not _dated_act(ctx, d, s):
            inside.append(d)
    return max(inside, key=lambda d: _date_score(ctx, d)) if inside else vague


def _about_an_event(ctx: Context, s: tuple[int, int]) -> bool:
    """Whether sentence ``s`` says an event was held or names one ("a one-day seminar")."""
    return ctx.search(TRIGGER_RE, *s) is not None or ctx.search(_KIND_RE, *s) is not None


def _about_an_event_before(ctx: Context, s: tuple[int, int]) -> bool:
    """Whether the sentence before ``s``, in its paragraph, is about an event: "… invited VERTIC to a
    national round-table … We would have two days, the 16th and 17th, to …"."""
    raw, end = ctx.raw, s[0]
    while end > 0 and raw[end - 1] in " \t\n" and end > s[0] - 8:
        end -= 1
    if end == 0 or "\n\n" in raw[end:s[0]]:
        return False
    before = ctx.sentence(end - 1)
    return before != s and before[0] < before[1] and _about_an_event(ctx, before)


_DAYS_OPEN_THE_PARAGRAPH = patterns.compile(r"(?:\n[ \t]*+\n|\A)[ \t*]*+(?i:(?:from|on|between)[ \t]++)?$")
_ENDS_ON_A_DAY_OF_THE_MONTH = patterns.compile(r"\d(?:st|nd|rd|th)\)?$")


def _days_opening_a_paragraph_after_an_event(ctx: Context, d: DateMatch) -> bool:
    """Whether relative days ``d`` with their days of the month open a paragraph whose paragraph
    before ends on an event: "… the Training Course … that ABIT held last week at FATEC Americana …" /
    "From Monday the 2nd to Friday the 6th, 38 professionals … studied how to …"."""
    a = d.span[0]
    if not _ENDS_ON_A_DAY_OF_THE_MONTH.search(d.text) or not _DAYS_OPEN_THE_PARAGRAPH.search(ctx.raw, max(0, a - 12), a):
        return False
    end = ctx.raw.rfind("\n\n", 0, a)
    while end > 0 and ctx.raw[end - 1] in " \t\n":
        end -= 1
    if end <= 0:
        return False
    before = ctx.sentence(end - 1)
    return before[0] < before[1] and _about_an_event(ctx, before) and ctx.search(OTHER_EVENT_RE, *before) is None


_THE_EVENT_OPENS = patterns.compile(rf"(?i)(?:the|this)[ \t]++(?:[\w\-]++[ \t]++){{0,3}}?(?:{EVENT_WORD})s?\b")
"""A sentence that opens on the event just told: "The three-day workshop was organized by …"."""
_THAT_DAY_OPENS = patterns.compile(r"(?i)(?:^|(?<=[.!?:][ \t]|\n))[ \t*]*+(?:on[ \t]++)?that[ \t]++day\b")
"""A sentence that opens on the day told before it: "… will remain closed on Thursday, the 27th of this month. …" /
"On that day our Managing Director … will take part in the one-day Industry Roundtable …". Not "On the same day",
which tells of something else done then ("On the same day, the Governor chaired a meeting of …")."""
_THAT_DAY_REACH = 600


def _about_an_event_after(ctx: Context, s: tuple[int, int]) -> bool:
    """Whether the sentence after ``s``, in its paragraph, is about an event: a story's lead "for three
    days, from Tuesday to Thursday last week, the Navy and its partners practised stopping …", then "The
    exercise … was hosted by the Navy". A release's one-sentence lead reaches into the next paragraph
    when it opens on the event ("… spent last Tuesday through Thursday in Pittsburgh …" / "The
    three-day workshop was organized by …")."""
    after = _next_sentence(ctx, s)
    return after is not None and _about_an_event(ctx, after) and ctx.search(OTHER_EVENT_RE, *after) is None \
        and after not in new_event_sentences(ctx)  # not "Next stop hopefully the field exercise … next year"


def _next_sentence(ctx: Context, s: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence after ``s`` in its paragraph, or in the next one when that opens on the event."""
    raw, start = ctx.raw, s[1]
    while start < len(raw) and raw[start] in " \t\n" and start < s[1] + 8:
        start += 1
    if start >= len(raw) or "\n\n" in raw[s[1]:start] and not _THE_EVENT_OPENS.match(raw, start):
        return None
    after = ctx.sentence(start)
    return after if after != s and after[0] < after[1] else None


def _an_event_on_that_day_after(ctx: Context, d: DateMatch) -> bool:
    """Whether a later sentence, with no date between, opens on "that day" and tells of an event it gives no date
    of its own: the event's day is ``d``."""
    m = _THAT_DAY_OPENS.search(ctx.raw, d.span[1], d.span[1] + _THAT_DAY_REACH)
    if m is None or ctx.dates_in(d.span[1], m.start()) \
            or any(d.span[1] <= r.span[0] < m.start() for r in ctx.relative_dates):
        return False
    after = ctx.sentence(m.end() - 1)
    return _about_an_event(ctx, after) and not ctx.dates_in(*after) and ctx.search(OTHER_EVENT_RE, *after) is None


def _an_undated_event_after(ctx: Context, s: tuple[int, int]) -> bool:
    """Whether sentence ``s`` names no event, and the next one names it with no date of its own: the
    days ``s`` counts from the text's date are then that event's."""
    if _about_an_event(ctx, s) or not _about_an_event_after(ctx, s):
        return False
    after = _next_sentence(ctx, s)
    return after is not None and not ctx.dates_in(*after)


_SPACE_AHEAD = patterns.compile(r"\s*+")


def _date_score(ctx: Context, d: DateMatch) -> float:
    s = ctx.sentence(d.span[0])
    score = 0.0
    if ctx.search(TRIGGER_RE, *s) or d.anchored and d.start != d.end and _an_undated_event_after(ctx, s) \
            or _an_event_on_that_day_after(ctx, d):
        score += 4  # a lead's "spent last Tuesday through Thursday in Pittsburgh", then "The workshop was organized
        # by"; a notice's "closed on Thursday, the 27th", then "On that day our … will take part in the … Roundtable"
    if _about_another_event(ctx, d, s):
        score -= 5
    if ctx.in_other_clause(*d.span) or d.span[0] >= ctx.links_start:
        score -= 8  # a clause about another event; a web page's "Related news" links
    if _dated_act(ctx, d, s):
        score -= 6
    if _the_publishers_day_beside_the_events(ctx, d, s):
        score -= 3  # "Fjordsykkel AS today thanked the organisers of the … Conference, which closed yesterday"
    if ctx.search(_A_FESTIVITY, *s) and not ctx.search(_KIND_RE, *s):
        score -= 5  # "The Governorate also invites the community to the Amazon Tourism Fair, which will take place …"
    if _still_to_come_beside_a_day_told(ctx, d, s):
        score -= 4  # "Mieres became yesterday a meeting point …" … "will also host the … Week from 2 to 5 December"
    if _follow_up_sections(ctx).contains(*d.span):
        score -= 5  # "Next steps" / "NEXT": "A third edition is planned for Lima on 6-8 March 2023"
    if ctx.search(_KIND_RE, *s):
        score += 1
    if d.start != d.end:
        score += 2
    if d.precision == "day":
        score += 1
        if d.start != d.end and _length_in_days(d) in _stated_lengths(ctx):
            score += 2  # "a three-day regional tabletop exercise, delivered in November": 16-18 November
    if not d.has_year() and (ctx.publication_year is None and _nearest_year(ctx, d.span[0]) is None):
        score -= 3
    if _far_from_publication(ctx, d):
        score -= 4
    if d.start != d.end and _alone_on_an_opening_line(ctx, d):
        score += 3  # an event page's "Monday, November 29th, 2021 – Friday, January 14th, 2022"
    wanted = _headline_ordinals(ctx)
    if wanted:
        said = _sentence_ordinals(ctx, s)
        score += 3 if said & wanted else (-3 if said else 0)
    years = _headline_years(ctx)
    year = d.start[0] if d.start[0] is not None else _nearest_year(ctx, d.span[0]) if years else None
    if years and year is not None:
        score += 3 if year in years or d.end[0] in years else -3
    if ctx.stories and _stories_on_resolutions(ctx).contains(*d.span):
        score += 3  # a newsletter's story about a 1540 webinar, not its story about a dialogue on trade
    if _spoken_of_again(ctx, s):
        score += 1  # "… hosted in Honiara the Pacific Regional Table-Top Exercise …. The exercise was organised by"
    if _MOVED_TO.search(ctx.raw, max(s[0], d.span[0] - 50), d.span[0]):
        score += 4  # "… so IMPACS and we have moved it to Wednesday 9 June 2021": the date it was moved to
    if d.start == d.end and _LASTS_UNTIL.search(ctx.raw, max(s[0], d.span[0] - 40), d.span[0]):
        score -= 5  # "… and will last until June 14": the day it ends, which _run_until reads as such
    if _A_TIME_AFTER.match(ctx.raw, d.span[1], d.span[1] + 9) and _OPENS_A_LOG_LINE.search(ctx.raw, max(0, d.span[0] - 4), d.span[0]):
        score -= 1  # a log's or a thread's time stamp: "[2021-06-21 08:14 UTC] Requester: …", when a message was
        # written; less than a date the text states, still a date when the text states none (a push log's)
    front = ctx.layout.front_matter
    if front is not None and d.span[0] < front.end:
        score -= 1  # a page's metadata ("event:\n  start: 2021-12-07"): the prose that tells it dates it as well
    return score - d.span[0] / max(len(ctx.raw), 1)


def _still_to_come_beside_a_day_told(ctx: Context, d: DateMatch, s: tuple[int, int]) -> bool:
    """Whether written date ``d`` falls after the note's own day, its sentence ``s`` names no meeting, and the note
    has told before it of one on a day counted from its own ("yesterday", "opened on Monday"): a page reporting the
    event that goes on to announce something still to come ("the departmental council meets in Parakou on 12
    March")."""
    if d.anchored or d.start[1] is None or d.start[2] is None or ctx.search(_KIND_RE, *s):
        return False
    day = ctx.publication_date
    if day is None:
        return False
    year = d.start[0] if d.start[0] is not None else day.year
    if (year, d.start[1], d.start[2]) <= (day.year, day.month, day.day):
        return False
    return any(r.span[1] <= s[0] and ctx.search(_KIND_RE, *ctx.sentence(r.span[0])) for r in ctx.relative_dates)


_A_FESTIVITY = cue_words(patterns.compile(
    r"\b(?:[A-Z\u00c0-\u00de][\w'\u2019\-]*+[ \t\n]++){1,4}+"
    r"(?:Fair|Festival|Week|Days|Expo|Carnival|Exhibition|Marathon|Gala|Concert|Tournament|Games)\b(?![ \t]*+\d)"),
    "fair festival week days expo carnival exhibition marathon gala concert tournament games")
"""A festivity or a show a town holds, by its name: "the Amazon Tourism Fair", "the Moncalieri Innovation Week",
"the Kwidzyn Days of Entrepreneurship". Its sentence, naming no workshop, seminar or other meeting, dates it, not the
event a page reports: "The City also recalls that the Moncalieri Innovation Week will take place from 5 to 10 October"."""
_A_TIME_AFTER = patterns.compile(r"[ T]\d{1,2}:\d{2}\b")
_OPENS_A_LOG_LINE = patterns.compile(r"(?:^|\n)[ \t]*+\[?\Z")
"""A date that opens its line (or a bracket there) before a time: a log's or a ticket's entry stamp."""
_MOVED_TO = patterns.compile(
    r"(?ri)\b(?:moved|rescheduled|postponed|pushed[ \t]++back|deferred|shifted|brought[ \t]++forward)[ \t\n]++"
    r"(?:(?:it|them|the[ \t]++\p{L}++)[ \t\n]++)?(?:to|until|till|for)[ \t\n]++(?:the[ \t\n]++)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t\n]++(?:the[ \t\n]++)?)?$")
"""Before the date an event was moved to: the one it was held on, not the one first planned."""
_LASTS_UNTIL = patterns.compile(
    r"(?ri)\b(?:(?:runs?|running|continues?|continuing|lasts?|lasting)\s++(?:until|till|through)"
    r"|(?:will|shall)\s++(?:conclude|end|close|finish)(?:\s++on)?)\s++(?:(?:tomorrow|today),?\s++)?(?:the\s++)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s++(?:the\s++)?)?$")
"""Before a day an event is said to go on to: its last day, not the day it was held ("and will
conclude tomorrow", "will conclude tomorrow, Thursday")."""


def _spoken_of_again(ctx: Context, s: tuple[int, int]) -> bool:
    """Whether a later sentence opens with the event that sentence ``s`` names, by its kind: "The
    exercise was organised by UNRCPD", "The exercise allowed …" — the text goes on about it."""
    if ctx.lowered is None or ctx.search(_KIND_RE, *s) is None:
        return False
    said = ("spoken of again in", s)
    if said in ctx.memo:  # once per sentence: a sentence of many dates would read it for each
        return ctx.memo[said]  # type: ignore[return-value]
    ctx.memo[said] = found = _kind_opens_a_later_sentence(ctx, s)
    return found


def _kind_opens_a_later_sentence(ctx: Context, s: tuple[int, int]) -> bool:
    """:func:`_spoken_of_again`, worked out: for each event word of ``s``, the last sentence opening
    "The <word>" or "This <word>" in the note, found once per word."""
    assert ctx.lowered is not None
    seen: set[str] = set()
    for kind in _KIND_RE.finditer(ctx.raw, *s):  # "a week-long Regional Training Course": training, course
        noun = kind.group().lower().rstrip("s")
        if noun in seen:
            continue
        seen.add(noun)
        key = ("spoken of again", noun)
        if key not in ctx.memo:  # once per kind, and by str.find: a pattern run over the whole note cost far more
            ctx.memo[key] = max((at for word in ("the ", "this ") for at in offsets(ctx.lowered, word + noun)
                                 if _A_SENTENCE_OPENS.search(ctx.raw, max(0, at - 4), at)
                                 and _NOUN_ENDS.match(ctx.raw, at + len(word) + len(noun))), default=-1)
        if ctx.memo[key] >= s[1]:  # type: ignore[operator]  # the last such opening comes after the sentence
            return True
    return False


_A_SENTENCE_OPENS = patterns.compile(r"(?:^|\n|[.!?][ \t]++)[ \t*]*+$")
"""Before a word that opens a sentence or a line."""
_NOUN_ENDS = patterns.compile(r"s?+(?![\p{L}\d])")
"""After an event's noun, its end: "the exercise", "the courses" (not "the visitors")."""


def _stories_on_resolutions(ctx: Context) -> Cover:
    """A newsletter's stories that name a Security Council resolution, when some others name none:
    its 1540 story among its others. (A mailing list's parts are one event's: its correction need
    not name the resolution its announcement did.)"""
    key = ("stories on resolutions",)
    if key not in ctx.memo:
        named = [(a, b) for a, b in ctx.stories if RESOLUTION_RE.search(ctx.raw, a, b)]
        ctx.memo[key] = Cover(named if len(named) < len(ctx.stories) else ())
    return ctx.memo[key]  # type: ignore[return-value]


def _follow_up_sections(ctx: Context) -> Cover:
    """Raw spans of the note's follow-up sections ("Next steps", "Way forward", "Upcoming"): their
    dates are later events'."""
    key = ("follow-up sections",)
    if key not in ctx.memo:
        ctx.memo[key] = Cover((sec.heading.start, sec.items[-1].end) for sec in ctx.layout.sections
                              if sec.key == "follow_up" and sec.items)
    return ctx.memo[key]  # type: ignore[return-value]


_ORDINAL_RE = patterns.compile(
    r"(?i)\b(?:(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
    r"|(?P<number>\d{1,2})(?:st|nd|rd|th))\b(?=(?:[ \t\n]+[\p{L}\-]+){0,3}?[ \t\n]+"
    rf"(?:{EVENT_NOUNS}|forums?|sessions?|editions?|rounds?|symposi(?:um|a)|consultations?)\b)"
)
"""The number of an event in its series: "Second regional workshop", "the 5th Annual Meeting"."""


def _ordinals(text: str) -> set[int]:
    return {ORDINAL_WORDS[m.group("word").lower()] if m.group("word") else int(m.group("number"))
            for m in _ORDINAL_RE.finditer(text)}


def _sentence_ordinals(ctx: Context, s: tuple[int, int]) -> set[int]:
    """:func:`_ordinals` of sentence ``s``, read once however many dates it holds."""
    key = ("ordinals", s)
    if key not in ctx.memo:
        ctx.memo[key] = _ordinals(ctx.raw[s[0]:s[1]])
    return ctx.memo[key]  # type: ignore[return-value]


def _headline_ordinals(ctx: Context) -> set[int]:
    """The series numbers a note's headline gives its event: the headline (its opening lines, up
    to the first sentence that runs over a line or ends with a stop) reports that one, not "the
    first regional workshop" a later paragraph recalls. So does a sentence that says "This is the
    second webinar in the series"."""
    key = ("headline ordinals",)
    if key not in ctx.memo:
        found: set[int] = set()
        for a, b in ctx.sentences[:3]:
            line = ctx.raw[a:b].strip()
            if "\n" in line or line.endswith("."):
                break
            found |= _ordinals(line)
        for a, b in ctx.cued_sentences(_THIS_IS_THE_NTH):  # the sentences with an ordinal: few
            for m in _THIS_IS_THE_NTH.finditer(ctx.raw, a, b):
                found |= _ordinals(ctx.raw[m.start("nth"):b])  # "This is the second webinar in the series"
        ctx.memo[key] = found
    return ctx.memo[key]  # type: ignore[return-value]


_THIS_IS_THE_NTH = cue_words(patterns.compile(
    r"\b(?:This|It)[ \t\n]++(?:is|was|will[ \t\n]++be)[ \t\n]++the[ \t\n]++(?P<nth>first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth)\b"),
    "first second third fourth fifth sixth seventh eighth ninth tenth")
"""A sentence that gives the text's own event its number in words: "This is the second webinar in the series"."""


_HEADLINE_LINE = 200
"""The longest first line read as a headline for its year."""
_HEADLINE_YEAR = patterns.compile(rf"(?i)(?<![\d/.\-])(?P<year>(?:19|20)\d\d)(?![\d/.\-])(?=.*\b(?:{EVENT_NOUNS})\b)")


def _headline_years(ctx: Context) -> set[int]:
    """The years a note's headline gives its event, beside an event word: "Timeline of the 2019
    Tashkent Regional Seminar on Resolution 1540" is about the seminar of 2019, not the round table
    of 2017 its first item dates. Only a headline (the note's first line, the text before its first
    line break) that holds no full date counts."""
    key = ("headline years",)
    if key not in ctx.memo:
        first = next(first_lines(ctx.raw, 1), (0, 0))
        line = ctx.raw[first[0]:first[1]]
        dated = bool(ctx.dates_in(*first)) if first[1] - first[0] <= _HEADLINE_LINE else True
        ctx.memo[key] = set() if dated else {int(m["year"]) for m in _HEADLINE_YEAR.finditer(line)}
    return ctx.memo[key]  # type: ignore[return-value]


_NEAR_PUBLICATION = datetime.timedelta(days=120)
"""How far from its own date a dated note's main event may lie: reports follow an event by days
or weeks and announcements precede it by weeks or months; a date years away is another event's
("the workshop UNRCPD hosted in Bangkok on 27-28 September 2017", in a release of June 2023)."""


def _alone_on_an_opening_line(ctx: Context, d: DateMatch) -> bool:
    """Whether ``d`` stands nearly alone on one of the note's first eight lines (a weekday, "from",
    a label's leftovers, its place and format at most): where an event page states its event's dates."""
    key = ("opening lines",)
    if key not in ctx.memo:
        ctx.memo[key] = [(a, b) for a, b in first_lines(ctx.raw, 8) if b - a <= 120]  # a date alone: a short line
    line = next(((a, b) for a, b in ctx.memo[key] if a <= d.span[0] < b), None)  # type: ignore[attr-defined]
    if line is None:
        return False
    rest = _FORMAT_WORDS.sub("", ctx.raw[line[0]:d.span[0]] + ctx.raw[d.span[1]:line[1]])
    places = sum(len(_NOT_WORDS.sub("", m.text)) for kind in ("places", "states")
                 for m in ctx.mentions.within(kind, line[0], line[1]))
    return len(_NOT_WORDS.sub("", rest)) - places <= 12


_NOT_WORDS = patterns.compile(r"[^\p{L}]+")
_FORMAT_WORDS = patterns.compile(r"(?i)\b(?:hybrid|online|virtual|in[ -]person)(?:[ ](?:format|event|meeting))?\b")
"""The format beside a title block's date ("Tbilisi | 2025-10-14/15 | hybrid format"), like its
place, leaves the date alone."""


def _far_from_publication(ctx: Context, d: DateMatch) -> bool:
    day = ctx.publication_date
    resolved = _resolved(ctx, d) if day is not None else None
    if day is None or resolved is None:
        return False
    start, end = resolved
    return start - day > _NEAR_PUBLICATION or day - end > _NEAR_PUBLICATION


def find_dates_value(ctx: Context) -> tuple[Dates | None, DateMatch | None]:
    """The record's ``dates`` and the match it came from."""
    match, end_match = main_date(ctx)
    if match is None:
        return None, None
    if end_match is None:
        first, last = _series_ends(ctx, match)
        if last is not None:
            return _dates_value(ctx, first, last), match
    value = _dates_value(ctx, match, end_match)
    if value is not None and end_match is None and value.start == value.end and match.precision == "day":
        value = _stretched_to_its_length(ctx, match, value)
        if value.start == value.end:
            value = _run_until(ctx, match, value)
        if value.start == value.end:
            value = _from_the_day_it_opened(ctx, match, value)
        if value.start == value.end:
            value = _on_to_the_day_it_ended_today(ctx, match, value)
        if value.start == value.end:
            value = _on_to_the_day_it_closes(ctx, value)
        if value.start == value.end:
            value = _on_to_a_later_day_it_ends(ctx, match, value)
        if value.start == value.end:
            value = _on_to_the_weekday(ctx, match, value)
        if value.start == value.end:
            value = _on_to_the_closing_speech(ctx, match, value)
    if value is not None and end_match is None and match.precision == "day":
        value = _and_the_day_after(ctx, match, value)
    return value, match


_AND = patterns.compile(r"(?i)\band\b")
_STOP = patterns.compile(r"[.;\n]")
"""Between a date and the next day in its sentence: an "and" joins them ("on Monday 20 through
Wednesday 22 April, and from 08:30 to 13:00 on Thursday 23 April"), and no stop parts them."""


def _and_the_day_after(ctx: Context, match: DateMatch, value: Dates) -> Dates:
    """The main date's range on to the day after it, when its sentence goes on with "and" to that day:
    sessions "from 08:30 to 17:30 on Monday 20 through Wednesday 22 April, and from 08:30 to 13:00 on
    Thursday 23 April" run from the 20th to the 23rd. Warned with the day's span."""
    following = ctx.dates_in(match.span[1], ctx.sentence(match.span[0])[1])
    if not following or following[0].precision != "day":
        return value
    d, end = following[0], datetime.date.fromisoformat(value.end)
    resolved = d.resolve(end.year if not d.has_year() else None)
    if resolved is None or resolved[0] != end + datetime.timedelta(days=1) or ctx.in_other_clause(*d.span) \
            or not _AND.search(ctx.raw, match.span[1], d.span[0]) or _STOP.search(ctx.raw, match.span[1], d.span[0]):
        return value
    ctx.warn("end_from_next_day", f"{value.start} to {resolved[1].isoformat()} from {d.text!r}", d.span)
    return value.model_copy(update={"end": resolved[1].isoformat()})


_ITS_WEEKDAY_BEFORE = r"(?:the\s++)?(?:" + _A_WEEKDAY + r"(?:,?\s++(?:the\s++)?|[ \t]*+\())?$"
"""The end of a pattern searched backwards from a date: perhaps its weekday, "Wednesday, ", "Friday (", "the"."""
_RUNS_UNTIL = patterns.compile(
    r"(?ri)\b(?:runs?|running|continues?|continued|continuing|resumed|lasts?|will[ ](?:run|continue|last|end|close|conclude)|"
    r"(?:is|are)[ ](?:scheduled|set|due|expected)[ ]to[ ](?:run|continue|last|end|close|conclude)|"
    r"ends?|ended|closes?|closed|concludes?|concluded)\s++(?:until|till|through|to|on)\s++" + _ITS_WEEKDAY_BEFORE +
    r"|\b(?:will[ ]be|is[ ]being|are[ ]being|to[ ]be)\s++held\s++(?:until|till|through)\s++" + _ITS_WEEKDAY_BEFORE)
"""Before a later day, words that make it the end of an event that opened on the main date: "The
workshop runs until Wednesday, 20 March", "and will close on 22 May", "opened on Monday, 28
November, … and closed on 1 December", a summary record's "… and continued on Wednesday, 9 October",
an Indonesian release's "runs until Friday (21/11/2025)", a Nicaraguan one's "which will be held until
Wednesday, March 12" (held *until*: "will be held on" is no end)."""
_CLOSES = cue_words(patterns.compile(
    rf"(?i)\b(?:{EVENT_NOUNS}|trainings?)\s+(?:closes|closed|ends|ended|concludes|concluded)\b"), "close end conclude")
"""A later day's own sentence that says the event closed then: a chronology's "26 Apr — Day 3: …;
SEMINAR CLOSES" after "24 Apr — SEMINAR OPENS"."""
_UNTIL_REACH = 2000
_UNTIL_DAYS = 14


def _run_until(ctx: Context, match: DateMatch, value: Dates) -> Dates:
    """A one-day main date, and a sentence after it that says when the event runs until (or a
    later day's sentence that says it closed), within two weeks: the range from one to the other
    ("… today opened a regional workshop …. The workshop runs until Wednesday, 20 March"). The end
    is warned with its span."""
    start = datetime.date.fromisoformat(value.start)
    for d in ctx.dates_in(match.span[1], match.span[1] + _UNTIL_REACH):
        if d.precision != "day" or not (_RUNS_UNTIL.search(ctx.raw, max(0, d.span[0] - 60), d.span[0])
                                        or ctx.search(_CLOSES, *ctx.sentence(d.span[0]))):
            continue
        resolved = d.resolve(start.year if not d.has_year() else None)
        s = ctx.sentence(d.span[0])
        if resolved is None or not 0 < (resolved[1] - start).days <= _UNTIL_DAYS or ctx.in_other_clause(*d.span) \
                or not _about_an_event(ctx, s) and not _IT.match(ctx.raw, s[0]) or _about_another_event(ctx, d, s):
            continue
        ctx.warn("end_from_until", f"{value.start} to {resolved[1].isoformat()} from {d.text!r}", d.span)
        return value.model_copy(update={"end": resolved[1].isoformat()})
    return value


_UNTIL_A_WEEKDAY_THE = cue_words(patterns.compile(
    r"(?i)\b(?:until|till|through|to)[ \t\n]++(?:[\w\-]++[ \t\n]++){0,4}?(?:on[ \t\n]++)?"
    r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day),?[ \t\n]++the[ \t\n]++(?P<dom>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b"),
    "until till through to")
"""The day an event runs to, by its weekday and day of the month alone: "until our closing session
on Thursday the 6th"."""


def _on_to_the_day_it_closes(ctx: Context, value: Dates) -> Dates:
    """A one-day date of the event's first day (an opening speech dated Tuesday 4 November) and the
    text's "until our closing session on Thursday the 6th": the range on to that day, when it is the
    weekday said and at most two weeks later. A deadline ("registration is open until …") is no end.
    Warned with the day's span."""
    if value.start != value.end:
        return value
    day = datetime.date.fromisoformat(value.start)
    for s0, s1 in ctx.cued_sentences(_UNTIL_A_WEEKDAY_THE):
        for m in _UNTIL_A_WEEKDAY_THE.finditer(ctx.raw, s0, s1):
            end = _next_day_of_month(day, int(m["dom"]))
            if end is None or (end - day).days > _UNTIL_DAYS or m["weekday"].lower() != WEEKDAYS[end.weekday()] or \
                    _DEADLINE_WORD.search(ctx.raw, s0, m.start()) is not None:
                continue
            ctx.warn("end_from_weekday", f"{value.start} to {end.isoformat()} from {m.group()!r}", m.span())
            return value.model_copy(update={"end": end.isoformat()})
    return value


_ENDS_BEFORE = patterns.compile(
    r"(?i)\b(?:until|till|ends|closes|concludes|finishes|(?:will|is[ \t\n]++to)[ \t\n]++(?:end|close|conclude|finish)"
    r"|closing(?:[ \t\n]++(?:ceremony|session))?[ \t\n]++(?:is|will[ \t\n]++be)[ \t\n]++(?:planned|scheduled|set|expected|held))"
    r"[ \t\n]++(?:(?:on|for)[ \t\n]++)?$")
_ENDS_AFTER = patterns.compile(
    r"(?i)[ \t\n,]*+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t\n,]++)?(?:the[ \t\n]++)?(?:[\w\-]++[ \t\n]++){0,2}?"
    r"(?:will|is[ \t\n]++to)[ \t\n]++(?:end|close|conclude|finish)\b")
"""Around a day told from the text's own, words that make it the event's last: "the meeting, which ends tomorrow",
"Until Thursday, some forty officials … worked", "Tomorrow, Thursday, the seminar will close", "The closing is
planned tomorrow, Thursday"."""


def _on_to_a_later_day_it_ends(ctx: Context, match: DateMatch, value: Dates) -> Dates:
    """A one-day main date and a later day, told from the text's own and at most two weeks on, that the
    text says the event ends on ("Since yesterday, Tuesday, the port has been the venue of the seminar" and
    "… the meeting, which ends tomorrow"): the range on to that day. Not a deadline's ("registration is open
    until Friday"), nor another event's. Warned with the day's span."""
    start = datetime.date.fromisoformat(value.start)
    for d in ctx.relative_dates:
        if d.precision != "day" or d.start != d.end:
            continue
        end = datetime.date(*d.start)
        if not 0 < (end - start).days <= _UNTIL_DAYS:
            continue
        if not (_ENDS_BEFORE.search(ctx.raw, max(0, d.span[0] - 40), d.span[0]) or _ENDS_AFTER.match(ctx.raw, d.span[1])):
            continue
        s = ctx.sentence(d.span[0])
        if _DEADLINE_WORD.search(ctx.raw, *s) or ctx.in_other_clause(*d.span) or _about_another_event(ctx, d, s) \
                or _A_THING_OPENS.match(ctx.raw, s[0]) and not _IT_OPENS.match(ctx.raw, *s) and not _about_an_event(ctx, s):
            continue  # "The market, on the other hand, runs until Wednesday": another thing's end
        ctx.warn("end_from_dateline", f"{value.start} to {end.isoformat()} from {d.text!r}", d.span)
        return value.model_copy(update={"end": end.isoformat()})
    return value


_A_THING_OPENS = patterns.compile(r"[\s*]*+(?:The|This|That|Our|Its|Their)[ \t]++(?!closing|opening)\p{Ll}")
"""A sentence that opens with its subject, a thing named in lower case: "The market, on the other hand, …"."""


_RUNS_UNTIL_A_WEEKDAY = patterns.compile(
    r"(?i)\b(?:(?:runs?|running|continues?|continuing|lasts?|lasting|will[ \t\n]++(?:run|continue|last))[ \t\n]++"
    r"(?:until|till|through|to)|(?:finished|ended|closed|concluded)[ \t\n]++on"
    r"|(?:will[ \t\n]++(?:end|close|conclude|finish)|ends|closes|concludes|finishes)[ \t\n]++(?:on|this)"
    r"|(?<=\d),?+[ \t\n]*+(?:until|till|through|to)(?:[ \t\n]++this)?)[ \t\n]++"
    r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"(?![ \t\n,]*+(?:the[ \t\n]++)?\d|[ \t\n,]*+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
"""An end said by its weekday alone, in the sentence of the first day: "starting tomorrow, Tuesday,
24 February, and running through Thursday", "ran from Monday 11 September and finished on Friday", or in
the next, the event its subject: "installed this Wednesday …. The meeting, which will conclude this Thursday",
right after the date: "From Monday, July 28, to this Friday" (a weekday with its date is :func:`_run_until`'s)."""
_WEEKS_LONG = patterns.compile(r"(?i)\b(?P<n>two|three|four|[234])[\-\u2010\u2011 ]weeks?\b")
"""A length in weeks: "The two-week course": its last weekday is that many weeks on."""


def _on_to_the_weekday(ctx: Context, match: DateMatch, value: Dates) -> Dates:
    """A one-day main date and, after it in its sentence (or in the next, which opens with the event),
    the weekday the event runs to: the range on to the first such weekday after it (within a week).
    Warned with the weekday's span."""
    s0, s1 = ctx.sentence(match.span[0])
    m = _RUNS_UNTIL_A_WEEKDAY.search(ctx.raw, match.span[1], s1)
    if m is None:  # or in the next sentence, the event its subject: "… today launched a national field exercise …
        i = bisect_right(ctx.sentences, (s0, s1))  # The exercise, titled "Coastal Shield 2026", … runs until Wednesday"
        after = ctx.sentences[i] if i < len(ctx.sentences) else None
        if after is not None and _IT_OPENS.match(ctx.raw, *after):
            m = _RUNS_UNTIL_A_WEEKDAY.search(ctx.raw, *after)
    if m is None or ctx.in_other_clause(*m.span()):
        return value
    day = datetime.date.fromisoformat(value.start)
    ahead = (WEEKDAYS.index(m["weekday"].lower()) - day.weekday()) % 7
    if ahead == 0:
        return value
    weeks = _WEEKS_LONG.search(ctx.raw, s0, s1)
    if weeks is not None:
        ahead += 7 * ((_DAY_COUNTS.get(weeks["n"].lower()) or int(weeks["n"])) - 1)
    end = day + datetime.timedelta(days=ahead)
    ctx.warn("end_from_weekday", f"{value.start} to {end.isoformat()} from {m.group()!r}", m.span("weekday"))
    return value.model_copy(update={"end": end.isoformat()})


_SPEECH = r"[ \t]++(?:remarks|statement|address|speech)\b"
"""What follows a speech's occasion in its heading: "Closing remarks", "Opening statement"."""
_CLOSING = patterns.compile(
    rf"(?i)\b(?:closing|concluding){_SPEECH}"
    r"|\bdeclare[ \t\n]++(?:this|the)[ \t\n]++(?:[\w\-]++[ \t\n]++){0,3}?closed\b")


def _on_to_the_closing_speech(ctx: Context, match: DateMatch, value: Dates) -> Dates:
    """A one-day main date the event opened on ("When we opened this roundtable on Tuesday, the 2nd of
    December") in a closing speech dated a later day ("Apia, Thursday 4 December 2025", "I now declare
    this roundtable closed"): the range on to the speech's day, within two weeks. Warned with its span."""
    s0 = ctx.sentence(match.span[0])[0]
    if not ctx.datelines or not _OPENED_ON.search(ctx.raw, s0, match.span[0]) or not ctx.search(_CLOSING, 0, len(ctx.raw)):
        return value
    start = datetime.date.fromisoformat(value.start)
    for d in ctx.datelines:
        resolved = d.resolve(start.year if not d.has_year() else None) if d.precision == "day" else None
        if resolved is not None and 0 < (resolved[0] - start).days <= _UNTIL_DAYS:
            ctx.warn("end_from_closing", f"{value.start} to {resolved[0].isoformat()} from {d.text!r}", d.span)
            return value.model_copy(update={"end": resolved[0].isoformat()})
    return value


_DEADLINE_WORD = patterns.compile(rf"(?i)\b(?:{_DEADLINE_WORDS}|open)\b")


def _next_day_of_month(day: datetime.date, dom: int) -> datetime.date | None:
    """The first date after ``day`` that is the ``dom``-th of its month (None if none within two months)."""
    year, month = day.year, day.month
    for _ in range(2):
        if dom > day.day or month != day.month:
            try:
                return datetime.date(year, month, dom)
            except ValueError:
                pass
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return None


_IT = patterns.compile(r"[ \t]*+It\b")


def _from_the_day_it_opened(ctx: Context, match: DateMatch, value: Dates) -> Dates:
    """A one-day main date the event closed on ("… a course in Canberra, which concluded on Friday,
    12 September"), and an earlier day, at most two weeks before, that a sentence says it opened on
    ("The course, which opened on 8 September, …"), or, for a day told from the text's own ("are meeting
    until Thursday"), a day also so told ("where since Tuesday a workshop … has been under way"): the range
    from that day. :func:`_run_until` read the other way. Warned with the opening day's span."""
    s = ctx.sentence(match.span[0])
    if not _CLOSED_ON.search(ctx.raw, s[0], match.span[0]) \
            and not (match.anchored and _CLOSED_RIGHT_AFTER.match(ctx.raw, match.span[1])):
        return value
    end = datetime.date.fromisoformat(value.end)
    for d in [*ctx.dates, *(ctx.relative_dates if match.anchored else ())]:  # "since Tuesday … until Thursday"
        ds = ctx.sentence(d.span[0])
        if d.precision != "day" or d.span == match.span or not _OPENED_ON.search(ctx.raw, ds[0], d.span[0]):
            continue
        resolved = d.resolve(end.year if not d.has_year() else None)
        if resolved is None or resolved[0] != resolved[1] or not 0 < (end - resolved[0]).days <= _UNTIL_DAYS \
                or ctx.in_other_clause(*d.span) or _about_another_event(ctx, d, ds):
            continue
        ctx.warn("start_from_opening", f"{resolved[0].isoformat()} to {value.end} from {d.text!r}", d.span)
        return value.model_copy(update={"start": resolved[0].isoformat()})
    return value


_CLOSED_RIGHT_AFTER = patterns.compile(r"[ \t\n]++(?:concluded|closed|ended|wrapped[ \t\n]++up)\b")
"""Right after a day told from the text's own, the verb that makes it the last: "(IPEN) today concluded the
Regional Meeting …, which since Tuesday brought together …"."""


_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT = "two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4]"
_LENGTH_RE = cue_words(patterns.compile(
    rf"(?i)\b(?P<n>{_COUNT})[- ]day(?:[- ]long)?[ \t\n]++(?:[\w'\u2019-]+[ \t\n]++){{0,3}}?(?:{EVENT_WORD}|event)s?\b"
    rf"|\b(?:for|over|lasting|lasted|lasts|during)[ \t\n]++(?:the[ \t\n]++)?(?:next[ \t\n]++)?(?P<days>{_COUNT})"
    rf"[ \t\n]++(?:full[ \t\n]++|working[ \t\n]++)?days\b"
    rf"|\b(?P<days_of>{_COUNT})[ \t\n]++(?:full[ \t\n]++|working[ \t\n]++)?days[ \t\n]++of[ \t\n]++(?:[\w-]+[ \t\n]++){{0,2}}?"
    rf"(?:talks|discussions|deliberations|exchanges|debates?|work|{EVENT_WORD})s?\b"
), "day")
"""A length in days said of an event: "a three-day workshop", "the 2-day regional training
course", "The three-day event", "a two-day national stakeholders' meeting", "lasted three days", "over two full
days", "three days of talks", "after three days of work", "after two days of exchanges"."""
_CLOSED_ON = patterns.compile(
    r"(?i)\b(?:concluded|completed|closed|ended|came[ ]to[ ]a[ ]close|wrapped[ ]up|wraps[ ]up|concludes|closes|ends|culminated"
    r"|finishe[sd]"
    r"|at[ ]the[ ]close[ ]of|conclusion)\b(?:[^.;:]|\.(?=\w)|(?<=\b\p{Lu})\.){0,80}?$"
    r"|\b(?:until|till)[ \t\n]++(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?+[ \t\n]++)?$"
)
"""Before a day the event ended on: "… which concluded on", "officers … completed on Thursday a four-day
training course", "Group photo at the close of the roundtable, 29 May",
"concluded a two-day technical visit to V.O. Chidambaranar Port here on" (an initial's full stop ends nothing),
"announces the successful conclusion" (before "yesterday of the three-day workshop"),
"The workshop takes place over three days, until" (right before the day), "The two-day technical meeting, which
finishes today"."""
_AN_OPENING_VERB = patterns.compile(
    r"(?i)\b(?:opened|opens|began|begins|started|starts|kicked[ \t\n]++off|commenced|launched)\b")
_ON_A_SENTENCES_DAY = patterns.compile(
    r"[ \t\n*]*+(?i:on[ \t\n]++(?:the[ \t\n]++(?:morning|afternoon|evening)[ \t\n]++of[ \t\n]++)?)")
"""Before a day that opens its sentence: "On ", "On the morning of "."""
_OPENED_ON = patterns.compile(r"(?i)\b(?:opened|began|started|kicked[ ]off|commenced|launched)\b[^.;:]{0,40}?$|\bsince[ \t\n]++$")
"""Before the day an event opened: "The course, which opened on 8 September", "where since Tuesday a
workshop … has been under way", "The Authority launched on Sunday a training course"."""
_ENDED_TODAY = cue_words(patterns.compile(
    r"(?i)\b(?:(?:ended|concluded|closed|finished|wrapped[ \t\n]++up|c(?:ame|omes)[ \t\n]++to[ \t\n]++(?:an[ \t\n]++end|a[ \t\n]++close))"
    rf"[ \t\n]++(?:here[ \t\n]++)?(?:today|(?:this|on)[ \t\n]++(?P<weekday>{'|'.join(WEEKDAYS)}))"
    r"|today[ \t\n]++(?:ended|concluded|closed|wrapped[ \t\n]++up))\b"), "today " + " ".join(WEEKDAYS))
"""An event that "ended today", or "concluded this Thursday" in a text of that Thursday: its last day is the text's own."""


def _on_to_the_day_it_ended_today(ctx: Context, match: DateMatch, value: Dates) -> Dates:
    """A one-day main date the event opened on ("The course, which started on 4 March, …") and a
    sentence about it that says it "ended today" in a text dated at most two weeks later (a press
    release of 15 March): the range on to that day. Warned with the "ended today" span."""
    day = ctx.publication_date
    if day is None or not _OPENED_ON.search(ctx.raw, ctx.sentence(match.span[0])[0], match.span[0]):
        return value
    if not 0 < (day - datetime.date.fromisoformat(value.start)).days <= _UNTIL_DAYS:
        return value
    for s in ctx.cued_sentences(_ENDED_TODAY):
        m = ctx.search(_ENDED_TODAY, *s)
        if m is not None and m["weekday"] and WEEKDAYS.index(m["weekday"].lower()) != day.weekday():
            continue  # "concluded on Thursday" in a Saturday's story: another day, told elsewhere
        if m is not None and _about_an_event(ctx, s) and not _about_another_event(ctx, match, s):
            ctx.warn("end_from_dateline", f"{value.start} to {day.isoformat()} from {m.group()!r}", m.span())
            return value.model_copy(update={"end": day.isoformat()})
    return value


_CLOSED_TODAY = patterns.compile(
    r"(?i)\b(?:concluded|closed|ended|came[ ]to[ ]a[ ]close|wrapped[ ]up|ends|closes|concludes|wraps[ ]up)"
    r"[ ]+(?:here[ ]+)?today\b")
"""After a dated heading, the event it reports "closed today": the date is its last day ("… - 18
October 2023 - A three-day … Workshop … closed today", "… the five-day course, which ends today in Msaken")."""
_A_CLOSING_VERB = patterns.compile(r"(?i)\b(?:concluded|completed|closed|ended|wrapped[ \t\n]++up|brought[ \t\n]++to[ \t\n]++a[ \t\n]++close"
                                   r"|conclud(?:es|ing)|complet(?:es?|ing)|wrap(?:s|ping)[ \t\n]++up"
                                   r"|c(?:ame|omes|oming)[ \t\n]++to[ \t\n]++(?:an[ \t\n]++end|a[ \t\n]++close)"
                                   r"|the[ \t\n]++closing[ \t\n]++(?:ceremony|session)[ \t\n]++of"
                                   r"|(?:welcomed|marked|celebrated|hailed)[ \t\n]++the[ \t\n]++(?:successful[ \t\n]++)?"
                                   r"(?:conclusion|close)[ \t\n]++of"
                                   r"|at[ \t\n]++the[ \t\n]++(?:end|close|conclusion)[ \t\n]++of"
                                   r"|on[ \t\n]++the[ \t\n]++(?:last|final|closing)[ \t\n]++day[ \t\n]++of)\b")
"""Between a day told from the text's own ("today") and the length after it, the verb that makes it
the last day: "… today concluded a three-day workshop", "Today the Ministry and the OCO closed a two-day
national roundtable", "officers are today wrapping up the five-day training course", "… complete today a five-day
course", "chaired on Friday the closing ceremony of the five-day … course", "… today welcomed the successful
conclusion of "Blue Suir", a three-day exercise", "Angola reaffirmed on Wednesday its commitment …, at the end of
a two-day national conference", "… in Camberley today, as a five-day course … comes to an end"."""


def _stated_lengths(ctx: Context) -> frozenset[int]:
    """The lengths in days the note gives an event anywhere ("a three-day workshop", "lasted two days")."""
    key = ("stated lengths",)
    if key not in ctx.memo:
        ctx.memo[key] = frozenset(_day_count(m) for s in ctx.cued_sentences(_LENGTH_RE)
                                  for m in _LENGTH_RE.finditer(ctx.raw, *s))
    return ctx.memo[key]  # type: ignore[return-value]


def _the_one_length(ctx: Context) -> regex.Match[str] | None:
    """The length in days the note states, when it states one only (once or more)."""
    if len(_stated_lengths(ctx)) != 1:
        return None
    return next((m for s in ctx.cued_sentences(_LENGTH_RE) for m in _LENGTH_RE.finditer(ctx.raw, *s)), None)


def _day_count(length: regex.Match) -> int:
    """The number of days a :data:`_LENGTH_RE` match gives: "three-day" is 3, "for 2 days" is 2, "three
    days of talks" 3 (each its own group: stdlib ``re``, which the cue-word test compiles with, allows a
    group name once)."""
    groups = length.groupdict()
    n = groups.get("n") or groups.get("days") or groups["days_of"]
    return _DAY_COUNTS.get(n.lower()) or int(n)


def _length_in_days(d: DateMatch) -> int | None:
    """How many days a range written to the day runs, its year unwritten or not (None if impossible)."""
    resolved = d.resolve(2001)  # a year unwritten: any but a leap one, so 28 February - 1 March is two days
    return (resolved[1] - resolved[0]).days + 1 if resolved is not None else None


def _stretched_to_its_length(ctx: Context, match: DateMatch, value: Dates) -> Dates:
    """A one-day date and a length in days in its sentence: "A three-day workshop opened on 5 March
    2019" runs 5–7 March; "The three-day course closed on 7 March" ran 5–7 March, as did a three-day
    course that "closed today" under a heading dated 7 March. A day the event "opened" on takes the
    one length the note states elsewhere ("wrapped up a three-day meeting …", then "The meeting,
    which opened on Monday"). The length is
    warned with its span, the date's own text and span stay."""
    s = ctx.sentence(match.span[0])
    length = ctx.search(_LENGTH_RE, *s) or _lasting_next(ctx, s)
    if length is None and (_OPENED_ON.search(ctx.raw, s[0], match.span[0])
                           or _CLOSED_ON.search(ctx.raw, s[0], match.span[0])
                           or _ON_A_SENTENCES_DAY.fullmatch(ctx.raw, s[0], match.span[0])
                           and ctx.search(_AN_OPENING_VERB, match.span[1], s[1])):
        length = _the_one_length(ctx)  # "The meeting, which opened on Monday, …" after "a three-day meeting"; "On the
        # morning of May 21, the … Workshop … opened at …" before "During the three-day workshop, …"
    if length is None:
        return _back_to_the_day_it_opened(ctx, value)
    days = datetime.timedelta(days=_day_count(length) - 1)
    day = datetime.date.fromisoformat(value.start)
    if _CLOSED_ON.search(ctx.raw, s[0], match.span[0]) \
            or ctx.search(_CLOSED_TODAY, match.span[1], s[1]) and not _OPENED_ON.search(ctx.raw, s[0], match.span[0]) \
            or match.anchored and match.span[1] <= length.start() \
            and (_A_CLOSING_VERB.search(ctx.raw, match.span[1], length.start())
                 or _A_CLOSING_VERB.search(ctx.raw, length.end(), s[1]) and not _AN_OPENING_VERB.search(ctx.raw, *s)):
        # (not "which began on Tuesday … concluded here today": the day it began); "Yesterday, a three-day regional
        # workshop … concluded in Serdar": its closing verb after the length, the day its last
        start, end = day - days, day
    else:
        start, end = day, day + days
    ctx.warn("end_from_length", f"{start.isoformat()} to {end.isoformat()} from {length.group()!r}", length.span())
    return value.model_copy(update={"start": start.isoformat(), "end": end.isoformat()})


_OPENED_ON_A_WEEKDAY = cue_words(patterns.compile(
    r"(?i)\b(?:opened|began|started|commenced)[ \t\n]++on[ \t\n]++(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"),
    "opened began started commenced")


def _back_to_the_day_it_opened(ctx: Context, value: Dates) -> Dates:
    """A one-day date of the event's last session (the minutes of a closing session dated 2 July, a
    Wednesday), the text's "the exercise, which opened on Monday" and the one length it states ("the
    three-day exercise"): the range back to the day it opened (30 June–2 July), when that day is the
    weekday said. Warned with the weekday's span."""
    length = _the_one_length(ctx)
    if length is None:
        return value
    day = datetime.date.fromisoformat(value.start)
    start = day - datetime.timedelta(days=_day_count(length) - 1)
    for s0, s1 in ctx.cued_sentences(_OPENED_ON_A_WEEKDAY):
        opened = ctx.search(_OPENED_ON_A_WEEKDAY, s0, s1)
        if opened is not None and start < day and opened["weekday"].lower() == WEEKDAYS[start.weekday()]:
            ctx.warn("start_from_length", f"{start.isoformat()} to {value.end} from {length.group()!r} and "
                     f"{opened.group()!r}", opened.span())
            return value.model_copy(update={"start": start.isoformat()})
    return value


_LASTS = patterns.compile(r"(?i)\b(?:lasts|lasted|lasting|will[ ]last|runs|ran)[ ](?:for[ ])?(?P<days>" + _COUNT + r")[ ](?:full[ ]|working[ ])?days\b")
"""How long the event runs, said with a verb of lasting: "lasts for 3 days", "ran two full days"."""
_SENTENCE_GAP = patterns.compile(r"[ \t]*+(?:\r?\n[ \t]*+)?(?=\S)")
"""Between a sentence and the next one of its paragraph: spaces and at most one line break."""


def _lasting_next(ctx: Context, s: tuple[int, int]) -> regex.Match[str] | None:
    """How long the event "lasts", said in the sentence after the date's, in its paragraph: "The
    seminar opened on the 16th in Xi'an. It is sponsored by MOFCOM and lasts for 3 days."""
    gap = _SENTENCE_GAP.match(ctx.raw, s[1])
    if gap is None or gap.end() >= len(ctx.raw):
        return None
    after = ctx.sentence(gap.end())
    return _LASTS.search(ctx.raw, *after) if "day" in ctx.raw[after[0]:after[1]] else None

_SERIES_HEAD = patterns.compile(
    r"[ \t*#\-\u2022]*+(?P<head>day|session|module|part|week|meeting|webinar|round)[ \t]++"
    r"(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight)\b[^\n\d]{0,30}?$",
    regex.IGNORECASE,
)
"""A line's head that numbers a part of the event before its date: "Session 1 — Tuesday, ",
"Day 2: ", "- Module III, "."""


def _series_head(raw: str, offset: int) -> str | None:
    line_start = raw.rfind("\n", 0, offset) + 1
    m = _SERIES_HEAD.match(raw, line_start, offset) if offset - line_start <= 60 else None
    return m.group("head").lower() if m else None


def series_dates(ctx: Context, match: DateMatch) -> list[DateMatch]:
    """The dates of the numbered parts the main date heads, within two months of it ("Session 1 —
    Tuesday, 8 June 2021" … "Session 3 — Tuesday, 22 June 2021", an agenda's "Day 1 — …", "Day 2 —
    …"), in order; [] when the main date heads no such part or is the only one."""
    key = ("series", match.span)
    if key not in ctx.memo:
        head = _series_head(ctx.raw, match.span[0]) if match.has_year() else None
        found: list[DateMatch] = []
        if head is not None:
            here = match.resolve()
            for d in ctx.dates:
                days = d.resolve() if d.has_year() and _series_head(ctx.raw, d.span[0]) == head else None
                if here is not None and days is not None and abs((days[0] - here[0]).days) <= 62:
                    found.append(d)
        ctx.memo[key] = found if len(found) > 1 else []
    return ctx.memo[key]  # type: ignore[return-value]


def _series_ends(ctx: Context, match: DateMatch) -> tuple[DateMatch, DateMatch | None]:
    """The first and last of :func:`series_dates` (the last None when there is no series)."""
    parts = series_dates(ctx, match)
    if not parts:
        return match, None
    return min(parts, key=lambda d: d.resolve()[0]), max(parts, key=lambda d: d.resolve()[1])  # type: ignore[index]


# --- venue ---------------------------------------------------------------------------------------

def find_venue(ctx: Context, date: DateMatch | None) -> Venue | None:
    """Where the main event took place: a venue header field, else the place named with the event.

    A "Format:" field ("HYBRID", "Online", "In person – Hyatt Regency Tashkent, …") adds that the
    event was online to a venue field's place, or stands for the venue field when there is none.
    A place the text's own event works in "this hybrid format" is online too.
    """
    venue = _find_venue(ctx, date)
    if date is not None and (venue is None or venue.city is None and venue.country_code is not None and not venue.online):
        chosen = _the_town_chosen_to_host(ctx, date)  # last: "for choosing Kilis", with "Republic of Türkiye" atop
        if chosen is not None and (venue is None or chosen.country_code == venue.country_code):
            venue = chosen
    if venue is not None and venue.city is not None and venue.city.isupper() and len(venue.city) > 3:
        venue = venue.model_copy(update={"city": _in_title_case(venue.city)})
    if venue is not None and venue.city is not None and not venue.online and _in_this_hybrid_format(ctx):
        return venue.model_copy(update={"online": True})
    return venue


_A_NAMES_WORD = patterns.compile(r"(?<=^|[ \-])(?:(?P<particle>DE|DEL|DA|DO|DOS|DAS|DI|DU|DES|LA|LAS|LOS|EL|Y)(?=[ ])|"
                                 r"(?P<elided>\p{Lu}['\u2019])?(?P<word>\p{Lu}[\p{Lu}\p{M}'\u2019.]*+))")
"""A word of a name in capitals: a Romance particle ("DE", "LA"), or a word, its elided article apart ("N'")."""


def _in_title_case(name: str) -> str:
    """A town's name written in capitals (a headline's "DRILL ENDS IN MACHINGA") as a name is written:
    "Machinga", "San Vicente de Cañete", "N'Djamena". The gazetteer's cities come with their own spelling."""
    def recased(m: regex.Match[str]) -> str:
        if m.group("particle"):
            return m.group().lower() if m.start() else m.group().capitalize()
        return (m.group("elided") or "") + m.group("word")[0] + m.group("word")[1:].lower()
    return _A_NAMES_WORD.sub(recased, name)


def online_for_a_webinar(ctx: Context, event: Event | None) -> Venue | None:
    """No venue found for a webinar: it was online, as a webinar is; grounded on the word "webinar"
    in the event's text (or that text)."""
    if event is None or event.kind != "webinar":
        return None
    word = _WEBINAR.search(ctx.raw, *event.span)
    a, b = word.span() if word is not None else event.span
    return Venue(online=True, text=ctx.raw[a:b], span=(a, b))


_WEBINAR = patterns.compile(r"(?i)webinar")


_THIS_HYBRID_FORMAT = cue_words(patterns.compile(
    r"(?i)(?:\b(?:in|this|our|(?:took[ \t\n]++place|(?:was|were)[ \t\n]++(?:held|conducted|run))[ \t\n]++in[ \t\n]++a)"
    r"[ \t\n]++hybrid[ \t\n]++(?:format|mode|setting|way|manner)\b"
    r"|\(hybrid(?:[ \t]++(?:format|mode))?+\)|(?m:^)[ \t*\-\u2022]*+(?:format|modality|mode)[ \t]*+:[ \t]*+hybrid\b)"
    r"(?![ \t]+(?:\w+[ \t]+)?(?:was|were|has[ \t]+been|had[ \t]+been|is)[ \t]+(?:dropped|cancell?ed|abandoned|scrapped))"), "hybrid")
"""How the text's own event runs: "we will work together in this hybrid format", "took place in a
hybrid format", a venue line's
"Radisson Blu Hotel Lietuva – and online (hybrid format)", a mail's line "Format: hybrid - Webex link …"."""


_JOINED_FROM_AFAR = cue_words(patterns.compile(
    r"(?i)\b(?:the[ \t\n]++hybrid[ \t\n]++(?:set-?up|arrangements?|connection|link)\b"
    r"|(?:delegation|delegations|participants|representatives|officials)[ \t\n]++"
    r"(?:[\w\-]++[ \t\n]++){0,4}?(?:took[ \t\n]++part|participated|participating|joined|joining|connected|connecting"
    r"|followed|following)[ \t\n]++(?:the[ \t\n]++(?:sessions?|proceedings|discussions?)[ \t\n]++)?"
    r"(?:online|on-line|remotely|virtually|by[ \t\n]++video(?:[ \t\n-]?link)?"
    r"|(?:[\w\-]++[ \t\n]++){0,3}?(?:on|via|by)[ \t\n]++(?:Webex|Zoom|(?:Microsoft[ \t\n]++)?Teams))\b"
    r"|\b(?:another|a[ \t\n]++further|(?:some|an?)[ \t\n]++(?:other|additional))[ \t\n]++(?:dozen|\d++|few|handful|[a-z]++)"
    r"(?:[ \t\n]++(?:participants|people|officials|delegates|attendees|experts))?[ \t\n]++"
    r"(?:joined|took[ \t\n]++part|participated|followed)[ \t\n]++(?:online|remotely|virtually)\b"
    r"|\b(?:\d++|many|several|dozens|hundreds)[ \t\n]++more(?:[ \t\n]++(?:participants|people|officials|delegates|attendees"
    r"|experts|viewers))?[ \t\n]++(?:joined|took[ \t\n]++part|participated|followed)[ \t\n]++(?:online|remotely|virtually)\b"
    r"|\b(?:is|are|was|were|will(?:[ \t\n]++also)?[ \t\n]++be)[ \t\n]++(?:also[ \t\n]++)?"
    r"(?:live-?streamed|streamed[ \t\n]++(?:live|online)|broadcast[ \t\n]++live)\b"
    r"|\b(?:held|conducted|run|took[ \t\n]++place)[ \t\n]++(?:both[ \t\n]++)?(?:online[ \t\n]++and[ \t\n]++(?:offline|in[ \t\n-]person"
    r"|on[ \t\n-]site)|(?:offline|in[ \t\n-]person|on[ \t\n-]site)[ \t\n]++and[ \t\n]++online)\b"
    r"|(?:,|\bboth)[ \t\n]++(?:in[ \t\n-]person|on[ \t\n-]site)[ \t\n]++and[ \t\n]++online\b"
    r"|(?:,|\bboth)[ \t\n]++online[ \t\n]++and[ \t\n]++(?:in[ \t\n-]person|on[ \t\n-]site)\b"
    r"|\b(?:on[ \t\n-]site|in[ \t\n-]person),?[ \t\n]++(?:while|whereas)\b[^.;\n]{0,120}?[ \t\n]"
    r"(?:online|remotely|virtually|by[ \t\n]++video(?:-?conferenc(?:e|ing)|[ \t\n-]?link)?)\b"
    r"|\b(?:on[ \t\n-]site|in[ \t\n-]person)\b[^.;\n]{0,80}?\b(?:the[ \t\n]++|(?:about|around|some|nearly)[ \t\n]++)?"
    r"(?:\d++[ \t\n]++)?(?:others|rest)[ \t\n]++(?:(?:joined|took[ \t\n]++part|participated"
    r"|followed|connected)(?:[ \t\n]++the[ \t\n]++(?:sessions?|proceedings|discussions))?[ \t\n]++)?(?:online|remotely|virtually"
    r"|(?:via|by|on)[ \t\n]++(?:video(?:[ \t\n-]?links?)?|Zoom|Webex|(?:Microsoft[ \t\n]++)?Teams))\b)"
    r"(?![ \t]+(?:\w+[ \t]+)?(?:was|were|has[ \t]+been|had[ \t]+been|is)[ \t]+(?:dropped|cancell?ed|abandoned|scrapped))"),
    "hybrid line remotely virtually video webex zoom teams streamed broadcast")
"""Some took part from afar, so the event in its place was hybrid: "The Mongolian delegation took
part online", "the South Sudan delegation joined every session on Webex", "… gathered around the table, and
another dozen joined online", "the hybrid set-up worked almost without a hitch", "around half of them on site …
and the others via video link", "held both online and offline", "with other delegations joining virtually",
"around 90 more joined online", "with some delegations and international experts following the proceedings
online", "…, in person and online" (not a speaker's "(participating online and in person)"), "… attended in
person, while representatives of Colombia and Peru followed the discussions … by videoconference", "about 60
others followed the sessions via Zoom", "was also streamed live", "the sessions were also streamed online".
Not a speaker alone: "a second expert joined remotely on day 3"."""


def _in_this_hybrid_format(ctx: Context) -> bool:
    return any(ctx.search(pattern, *s) is not None and ctx.search(OTHER_EVENT_RE, *s) is None
               for pattern in (_THIS_HYBRID_FORMAT, _JOINED_FROM_AFAR) for s in ctx.cued_sentences(pattern))


def _venue_on_the_dates_line(ctx: Context, start: int, end: int, date: DateMatch | None, whole: Venue) -> Venue | None:
    """In a field's value of several lines that holds the date, the place on the date's line: a value
    run on with the lines beside it ("… Centres of Excellence, through its Regional Secretariat (Manila) /
    5-7.VI.2023 | Bangkok, Thailand") has its place beside its date, when it is a known city (a hotel's
    name may stand there, its city below) other than the one the ``whole`` value gives first."""
    if date is None or not start <= date.span[0] < end or ctx.raw.find("\n", start, end) < 0:
        return None
    line_start = max(start, ctx.raw.rfind("\n", start, date.span[0]) + 1)
    line_end = ctx.raw.find("\n", date.span[1], end)
    warned = len(ctx.warnings)
    line_end = end if line_end < 0 else line_end
    venue = _venue_in(ctx, line_start, line_end, exclude=date)
    if venue is None or venue.city is None or venue.country_code is None or venue.city == whole.city \
            or lookup_city(venue.city) is None or (whole.city or "").startswith(venue.city + " ") \
            or whole.city is not None and _as_a_whole_word(whole.city).search(ctx.raw, line_start, line_end) \
            or (whole.city or "").endswith(" " + venue.city) \
            or whole.country_code not in (None, venue.country_code) \
            and not ctx.mentions.within("states", line_start, line_end) \
            or any(m.name == venue.city and _A_DIVISION_NEXT.match(ctx.raw, m.end, end)
                   for m in ctx.mentions.within("places", line_start, line_end)) \
            or any(s.start < line_end < s.end for s in ctx.mentions.within("states", start, end)) \
            or any(m.name == venue.city and (_FACILITY_NAME_GOES_ON.match(ctx.raw, m.end, line_end)
                                             or _FACILITY_HEAD_BEFORE.search(ctx.raw, max(line_start, m.start - 16), m.start))
                   for m in ctx.mentions.within("places", line_start, line_end)):
        # "… Av. Argentina 377, Neu-" over "quén, Argentina": no city on the line; "10-12 October 2017, Santa
        # Rosa Conference Facility, Arima," over "Trinidad and Tobago": a facility's name, its town the value's;
        # "…, Beni Suef, Arab" over "Republic of Egypt": the start of the town's name the value gives whole; "…, Bulevardul
        # București 39," over "Ploiești, Prahova County, Romania": a street named after a city; "…, Great Yarmouth,
        # Norfolk, United Kingdom of" over "Great Britain and Northern Ireland": the State's name runs on below;
        # "…, Sabana de Mendoza, Trujillo State," over "Venezuela": the end of the town's name the value gives whole;
        # "…, The Inn at Virginia Tech and Skelton Conference" over "Center, Blacksburg, Virginia, United States": a
        # city of another State than the value's, no State on its line; "…, Kavali, Sri Potti Sriramulu Nellore" over
        # "District, …": a district's name; "2–6 June 2025, Fujin, Jiamusi, Heilongjiang Province," over "People's
        # Republic of China": the value's own town on the date's line, before the city it comes under
        del ctx.warnings[warned:]  # a trial: what it inferred is not the record's
        return None
    return venue


def _find_venue(ctx: Context, date: DateMatch | None) -> Venue | None:
    formats = [v for f in ctx.layout.field_values("format")
               if (v := _venue_in(ctx, f.value.start, f.value.end, exclude=date)) is not None]
    for f in ctx.layout.field_values("dates_venue", "venue"):
        venue = _venue_in(ctx, f.value.start, f.value.end, exclude=date)
        if venue is not None:
            venue = _venue_on_the_dates_line(ctx, f.value.start, f.value.end, date, venue) or venue
            return venue.model_copy(update={"online": True}) if any(v.online for v in formats) else venue
    if formats:
        return formats[0]
    for a, b in _labelled_venues(ctx):  # "3. Venue: Diamond Island Convention Centre, Phnom Penh, Cambodia." in a body
        venue = _venue_in(ctx, a, b, exclude=date)
        if venue is not None and (venue.country_code or venue.online):  # else the prose may say more
            return venue
    beside = _place_line_beside(ctx, date) or _places_next_to(ctx, date) if date is not None else None
    if beside is None and date is not None and date.anchored and ctx.datelines:  # "yesterday", told from the
        own = ctx.datelines[0]  # transcript's own date: the place beside that date ("… Culture Centre, Samsun /
        beside = _place_line_beside(ctx, own)  # Wednesday, 14 May 2014, 16:05"), a line of its own: not a byline's place
    if beside is not None:
        venue = _venue_from_parts(ctx, *beside)
        if venue is not None:
            online = _online_said(ctx, ctx.sentence(date.span[0])) if date is not None else None
            return venue.model_copy(update={"online": True}) if online else venue
    place = ctx.dateline_place
    if place is not None and (_held_here(ctx) or _held_in_the_datelines_capital(ctx, place) or _remarks_at_the_event(ctx)
                              or _held_at_a_facility_of_the_datelines_city(ctx, place) or _a_facility_hosted_it(ctx, place)
              or _the_datelines_town_hosts_it(ctx, place) or _a_host_named_for_the_datelines_city(ctx, place)
                              or date is not None and _PLACE_TO_DATE.fullmatch(ctx.raw, place[1], date.span[0])):
        venue = _venue_from_dateline(ctx, place)  # "here", or "KUWAIT CITY — Feb. 7–9, 2017." (the event's dates)
        if venue is not None and date is not None and _online_said(ctx, ctx.sentence(date.span[0])):
            venue = venue.model_copy(update={"online": True})  # "Tbilisi | 2025-10-14/15 | hybrid format"
        return venue
    for s in _event_sentences(ctx, date, others=False):
        if date is not None and not s[0] <= date.span[0] < s[1] and _dated_otherwise(ctx, s, date):
            continue  # "States Parties had met in Geneva in November 2016": another time, another event
        online = ctx.search(ONLINE_RE, *s)
        venue = _venue_after_preposition(ctx, s) if not online or ctx.search(HYBRID_RE, *s) else None
        if venue is not None and venue.city is None and venue.country_code is not None:
            venue = _its_city_next(ctx, venue, s[1], date) or _the_visit_to_its_city(ctx, venue) or \
                _its_one_city(ctx, venue, date) or \
                _its_city_on_the_dateline(ctx, venue) or venue
        if venue is not None:
            online = online or _online_said(ctx, s) or ctx.search(HYBRID_RE, *s)  # "… by video link"
            return venue.model_copy(update={"online": True}) if online else venue  # hybrid: the place, and online
        if online:
            plus = _place_plus_online(ctx, online)  # "Tirana + Zoom": hybrid
            if plus is None and date is not None and ctx.search(HYBRID_RE, *s):
                placed = _an_event_in_a_city(ctx, date) or _venue_in_the_headline(ctx) or \
                    _a_city_another_event_sentence_names(ctx, date, s) or \
                    (_venue_from_dateline(ctx, place) if place is not None and (
                        date.anchored or _dated_within(ctx.datelines, date)) else None) or \
                    _our_universitys_town(ctx)
                # "Held in a hybrid format"; "Nouakchott, 29 September 2025" … "from today, Monday, until …"
                plus = placed.model_copy(update={"online": True}) if placed is not None else None  # after "a workshop in Sofia"
            return plus or Venue(online=True, text=online.group(), span=online.span())
    opening = _dateline_sentence(ctx, place) if place is not None else None
    if place is not None and ctx.search(TRIGGER_RE, *opening):
        online = ctx.search(ONLINE_RE, *opening)
        if online and not ctx.search(HYBRID_RE, *opening):
            return Venue(online=True, text=online.group(), span=online.span())  # "THE HAGUE – … an online series"
        return _venue_from_dateline(ctx, place)  # "Santo Domingo – On 7 November, UNLIREC convened …"
    if place is not None and _its_state_said_the_venue(ctx, place, opening):
        return _venue_from_dateline(ctx, place)  # "CASTRIES, St Lucia — A delegation … has ended a three-day visit
        # to Saint Lucia"
    if place is not None and date is not None and _held_at_a_facility(ctx, date):
        return _venue_from_dateline(ctx, place)  # "Amman, 6 September 2017" … "at the Le Royal Hotel"
    if place is not None and date is not None and date.anchored:
        return _venue_from_dateline(ctx, place)  # "ADDIS ABABA — …" … "The meeting, which ran from Tuesday to
        # Thursday": days counted from the story's own date, told from where the reporter is
    if date is None:
        return None
    return _venue_beside_the_date_again(ctx, date) or _venue_in_the_headline(ctx) or \
        _city_heading_its_item(ctx, date) or _an_event_in_a_city(ctx, date) or _town_on_the_dateline(ctx, date) or _town_before_the_date(ctx, date) or \
        _town_welcomed_to(ctx) or \
        (_the_datelines_city_again(ctx, place, opening) if place is not None and opening is not None else None) or \
        _a_facilitys_letterhead(ctx) or _our_universitys_town(ctx) or _our_premises_town(ctx) or _a_campus_city(ctx, date) \
        or _a_university_citys(ctx, date) or _a_town_when_a_place_in_it_hosts(ctx) \
        or _a_towns_government_hosts_it(ctx) or _a_towns_own_page(ctx) or _our_own_address_town(ctx, date) \
        or _a_host_named_for_its_town(ctx, date)


_WHEN_A_PLACE_IN_IT_HOSTS = patterns.compile(
    rf"[^.;]{{0,200}}?\bwhen[ \t\n]++(?:the|its|our|\p{{Lu}})[^.;]{{0,100}}?\b(?:hosts|hosted|will[ \t\n]++host|"
    rf"play(?:s|ed)?[ \t\n]++host[ \t\n]++to|(?:is|was)[ \t\n]++hosting)[ \t\n]++(?:a|an|the)\b[^.;]{{0,80}}?\b"
    rf"(?i:{EVENT_WORD})s?\b")
_OPENING_SENTENCES = 6


def _a_town_when_a_place_in_it_hosts(ctx: Context) -> Venue | None:
    """A town a local paper's or a town's own story opens a sentence with, then says "when" a place in it
    hosts the event: "Ermelo was in the spotlight on Tuesday, 10 March, when the Town Hall played host to a
    regional roundtable", "Oakville will welcome officials … next week, when Sheridan College's … Campus hosts
    a three-day international workshop". Among the first sentences only."""
    for s0, s1 in ctx.sentences[:_OPENING_SENTENCES]:
        town = next(iter(ctx.mentions.after("places", s0)), None)
        if town is None or town.kind != "city" or ctx.raw[s0:town.start].strip(" \t\n*#\"'\u201c") \
                or _WHEN_A_PLACE_IN_IT_HOSTS.match(ctx.raw, town.end, s1) is None:
            continue
        return _venue_from_parts(ctx, town.start, town.end)
    return None


_HOSTED_BY_BEFORE = patterns.compile(r"\b(?:hosted|welcomed)[ \t\n]++by[ \t\n]++(?:the[ \t\n]++)?$")
_IT_HOSTED_AFTER = patterns.compile(
    r"[^.;:]{0,60}?\b(?:hosted|hosts|will[ \t\n]++host|(?:is|was)[ \t\n]++hosting|welcomed|welcomes)(?:[ \t\n]++"
    r"(?:[^.;:]{0,40}?[ \t\n])?|,[ \t\n]++together[ \t\n]++with[^.;:]{0,160}?[ \t\n])"
    r"(?:an?|the|its)[ \t\n]++(?:[\w\-]++[ \t\n]++){0,4}?(?i:" + EVENT_NOUNS
    + r"|trainings?|(?<=(?:technical|study)[ \t\n]++)visits?)\b"
    r"|[ \t\n]++(?:hosted|hosts|(?:is|was)[ \t\n]++hosting)[ \t\n]++it\b")

_AS_HOST_AFTER = patterns.compile(r"[ \t\n]++as[ \t\n]++(?:the[ \t\n]++|its[ \t\n]++)?hosts?\b")


def _a_towns_government_hosts_it(ctx: Context) -> Venue | None:
    """The town whose own government hosts the event, the text naming no other place for it: "The roundtable was
    hosted by the Prefecture of Danané", "The City of Emden hosted a two-day meeting", "the Municipal Government of
    Daanbantayan is hosting … a two-day technical visit", "The Prefeitura de Taiobeiras hosted it" (the event the
    sentence before tells of), "with the City of Feldkirch as host". Tried late, after the page's own places."""
    for m in ctx.mentions.orgs:
        if m.source not in LOCAL_GOVERNMENT_SOURCES:
            continue
        town = town_of_government(m.name) if m.source == "town_government" else town_of_local_government(m.name)
        s0, s1 = ctx.sentence(m.start)
        if town is None or not (_HOSTED_BY_BEFORE.search(ctx.raw, max(s0, m.start - 30), m.start)
                                or _IT_HOSTED_AFTER.match(ctx.raw, m.end, s1)
                                or _AS_HOST_AFTER.match(ctx.raw, m.end, s1)) \
                or ctx.search(OTHER_EVENT_RE, s0, s1) or (s0, s1) in new_event_sentences(ctx):
            continue  # not "Last year the City of Emden hosted the previous meeting"
        venue = _a_towns_venue(ctx, town, m.text, (m.start, m.end))
        if venue is not None:
            return venue
    return None


def _a_towns_venue(ctx: Context, town: str, text: str, span: tuple[int, int]) -> Venue | None:
    """The venue of ``town`` as written ``text`` at raw ``span``: a city of the city gazetteer, or a town of the
    towns list in one State or in the one of its States the text names; None for neither."""
    city = lookup_city(town)
    if city is not None:
        return _city_venue(city, text, span)
    code = ctx.state_of_town(town)
    entry = state_by_code(code) if code is not None else None
    if entry is None:
        return None
    return Venue(city=town, country=entry.name, country_code=entry.code, text=text, span=span)


_A_FACILITY = patterns.compile(r"(?i)\b(?:hotel|resort|inn|lodge|suites|convention|conference[ \t]++cent(?:re|er))\b")
_LETTERHEAD_BREAK = patterns.compile(r"[ \t]*+(?:[*|\u00b7\u2022,]|[ \t]{2})")
_LETTERHEAD_LINES = 3


_IN_OUR_PREMISES = patterns.compile(
    r"\b(?i:in|at)[ \t\n]++our[ \t\n]++(?:\p{Lu}\p{Ll}++[ \t\n]++){0,2}(?i:building|premises|hotel|venue|centre|center|facilit(?:y|ies)|halls?|"
    r"conference[ \t\n]++(?:hall|centre|center|rooms?))\b")
"""A facility's letter saying the event is held in it: "… are organizing in our building from Monday",
"… that took place in our Jamuna Hall"."""


def _a_facilitys_letterhead(ctx: Context) -> Venue | None:
    """A hotel's or a convention centre's own letter about the event: its first line names the
    facility, its first lines give the city, and the letter names the facility again ("HOTEL SURMA
    GRAND  *  Airport Road, Sylhet 3100, Bangladesh" … "Thank you for choosing Hotel Surma Grand for
    the … Seminar"), or says it is held "in our building". Tried last: the event is where the letter is written from."""
    raw = ctx.raw
    lines = list(first_lines(raw, _LETTERHEAD_LINES))
    if not lines or _A_FACILITY.search(raw, *lines[0]) is None:
        return None
    a, b = lines[0]
    cut = _LETTERHEAD_BREAK.search(raw, a, b)
    words = raw[a:cut.start() if cut is not None else b].split()  # the name, before its address
    if len(words) < 2 or re.compile(re.escape(" ".join(words[:2])), re.IGNORECASE).search(raw, b) is None \
            and _IN_OUR_PREMISES.search(raw, b) is None:
        return None  # the name not said again, nor "in our building": a letterhead of a hotel that is not the venue
    cities = [m for m in ctx.mentions.within("places", cut.start() if cut is not None else b, lines[-1][1])
              if m.kind == "city"]  # after the name: "PALMA REAL BÁVARO RESORT" names no Palma
    if cities:
        return _venue_from_parts(ctx, cities[0].start, cities[0].end)
    return _first_gazetteer_city(raw, _CAPITALS, cut.end() if cut is not None else b, lines[-1][1])  # "…, RAJSHAHI"


def _first_gazetteer_city(raw: str, words: regex.Pattern, start: int, end: int) -> Venue | None:
    """The first of the ``words`` in raw ``[start, end)`` that the city gazetteer knows (and that names no State)."""
    for m in words.finditer(raw, start, end):
        venue = _gazetteer_city(raw, *m.span()) if lookup_state(m.group()) is None else None
        if venue is not None:
            return venue
    return None


def _hosted_at_our(place: str) -> regex.Pattern[str]:
    """A body's own page saying the event was held at "our" ``place`` (a pattern): "held at our University",
    "our university hosted …"."""
    return patterns.compile(
        r"(?i)\b(?:(?:held|hosted|organi[sz]ed|took[ \t\n]++place|takes[ \t\n]++place|taking[ \t\n]++place)[ \t\n]++"
        rf"(?:at|by|on|in)[ \t\n]++our[ \t\n]++{place}"
        rf"|our[ \t\n]++{place}[ \t\n]++(?:(?:has|was|is)[ \t\n]++)?(?:hosted|hosts|hosting|welcomed))\b")


_OUR_UNIVERSITY_HOSTS = _hosted_at_our(r"(?:university|campus)")
"""A university's own news saying it hosted the event: "held at our University", "our university hosted …"."""
_A_UNIVERSITYS_MASTHEAD = patterns.compile(r"(?i)\buniversit(?:y|ies|\p{L}*+)\b")
_A_MASTHEADS_WORD = patterns.compile(r"\p{Lu}[\p{L}\p{M}'\u2019\-]++")
_A_UNIVERSITYS_MASTHEAD_LINES = 2


def _our_universitys_town(ctx: Context) -> Venue | None:
    """A university's news page that says the event was held at "our University", its masthead the
    university's name: the city of the city gazetteer that name gives ("KASTAMONU UNIVERSITY", "Obihiro University
    of Agriculture and Veterinary Medicine"; not a town's name, which may be a person's: "İNÖNÜ UNIVERSITY"). Tried
    last: where the page is written from."""
    raw = ctx.raw
    if ctx.lowered is not None and ctx.lowered.find("our ") < 0 or _OUR_UNIVERSITY_HOSTS.search(raw) is None:
        return None
    for a, b in first_lines(raw, _A_UNIVERSITYS_MASTHEAD_LINES):
        venue = _first_gazetteer_city(raw, _A_MASTHEADS_WORD, a, b) \
            if _A_UNIVERSITYS_MASTHEAD.search(raw, a, b) is not None else None
        if venue is not None:
            return venue
    return None


_OUR_PREMISES = (r"(?:(?:main|new)[ \t\n]++)?(?:university|campus|premises|headquarters"
                 r"|(?:conference|training|convention|business|events?)[ \t\n]++(?:cent(?:re|er)|hall))")
_OUR_PREMISES_HOSTED = _hosted_at_our(_OUR_PREMISES)
"""A body's own page saying the event was held on its premises: "our campus welcomed …", "our Conference
Centre hosted a regional workshop"."""
_A_TOWN_THEN_A_COMMA = patterns.compile(r"(?P<town>\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+){0,2}),[ \t]++")
_OUR_PREMISES_MASTHEAD_LINES = 3


def _our_premises_town(ctx: Context) -> Venue | None:
    """A body's own page that says the event was held on its premises: the town its masthead gives, a
    city of the city gazetteer ("BPT | Bielsko-Biała Technology Park") or a town before its State
    ("Siguatepeque, Honduras, C.A."). Tried last: where the page is written from."""
    raw = ctx.raw
    if ctx.lowered is not None and ctx.lowered.find("our ") < 0 or _OUR_PREMISES_HOSTED.search(raw) is None:
        return None
    for a, b in first_lines(raw, _OUR_PREMISES_MASTHEAD_LINES):
        for m in _A_TOWN_THEN_A_COMMA.finditer(raw, a, b):
            state = next((s for s in ctx.mentions.within("states", m.end(), b) if s.start == m.end()), None)
            if state is not None and state.code in towns_named(m["town"]):
                return Venue(city=m["town"], country=state.name, country_code=state.code,
                             text=raw[m.start("town"):state.end], span=(m.start("town"), state.end))
        venue = _first_gazetteer_city(raw, _A_MASTHEADS_WORD, a, b)
        if venue is not None:
            return venue
    return None


_OUR_OWN_PLACE_HOSTED = patterns.compile(
    r"(?i)\bour[ \t\n]++(?:[\w\-]++[ \t\n]++){0,4}?(?:town|city|village|district|county|municipality|commune|depot|"
    r"plant|factory|mill|works|estate|farm|yard|institute|museum|garden|hall|building|site|premises|campus)"
    r"[ \t\n]++(?:(?:has|had|was|is|will)[ \t\n]++)?(?:hosted|hosts|hosting|host|ran|welcomed|"
    r"play(?:ed|s)?[ \t\n]++host|(?:be[ \t\n]++)?the[ \t\n]++venue)\b")
"""A body's own page saying the event was in its own town or on its own premises: "From Monday to Wednesday our
town hosted a …", "our depot ran a dedicated …", "our restored Hoffmann ring kiln hall was the venue of …"."""
_TOWN_NAME = r"\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+){0,2}"
_AN_ADDRESS_TOWN = patterns.compile(
    rf"(?:(?<!(?:\u00a9|\([cC]\))[ \t]*+|[\d.\-/])\b(?:[A-Z]{{1,2}}-)?\d{{4,6}}[ \t]++"
    rf"(?P<after>{_TOWN_NAME})(?![\p{{L}}\p{{M}}])"
    rf"|(?<![\p{{L}}\p{{M}}])(?P<before>{_TOWN_NAME}),?[ \t]++(?:\p{{Lu}}[\p{{L}}]++[ \t]++){{0,2}}"
    rf"(?:\d{{5,6}}|[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}|[A-Z]{{2}}[ \t]++\d{{5}})\b"
    rf"|(?<![\p{{L}}\p{{M}}])(?P<comma>{_TOWN_NAME}),[ \t]++"
    rf"|(?i:(?:head[ \t]++)?office|address)[ \t]*+:[^\n]{{0,80}}?,[ \t]++(?P<labelled>{_TOWN_NAME})(?=[ \t]*+(?m:$)))")
"""A town in a postal address: after its postal code ("22926 Ahrensburg", "59850 \u00c7orlu / Tekirda\u011f"),
before it, perhaps past its region ("Wellingborough NN8 4NL", "Joplin, MO 64801", "Laiyang, Shandong 265200"),
before a comma and its State ("Orange Walk Town, Belize, C.A."), or ending a labelled address line ("Head Office:
Near Railway Phatak, Jacobabad Road, Usta Muhammad")."""
_A_TOWN_WORD_AT_THE_END = patterns.compile(r"[ ](?:Town|City)$")
_GOES_ON_BELOW = patterns.compile(r"[ \t]*+\n[ \t]*+\p{Ll}")
_ADDRESS_LINES = 8


def _our_own_address_town(ctx: Context, date: DateMatch) -> Venue | None:
    """The town of a body's own postal address, in its masthead or its footer, when its page says the event was
    in its own town or on its own premises in a sentence of the event's time ("our depot ran a dedicated …" over
    "Finedon Road Industrial Estate, Wellingborough NN8 4NL"): a town of the towns list in one State or in one the
    text names, or a city of the city gazetteer, named again outside the address. Tried last: where the page is
    written from."""
    raw = ctx.raw
    if ctx.lowered is not None and ctx.lowered.find("our ") < 0 or not any(
            not ctx.search(OTHER_EVENT_RE, *(s := ctx.sentence(m.start()))) and not _dated_otherwise(ctx, s, date)
            for m in _OUR_OWN_PLACE_HOSTED.finditer(raw)):
        return None
    lines = list(first_lines(raw, _ADDRESS_LINES)) + last_lines(raw, _ADDRESS_LINES)
    for a, b in lines:
        for m in _AN_ADDRESS_TOWN.finditer(raw, a, b, overlapped=True):
            venue = _an_address_town(ctx, m)
            if venue is not None:
                return venue
    return None


def _an_address_town(ctx: Context, m: regex.Match[str]) -> Venue | None:
    """The venue of the town an address match (:data:`_AN_ADDRESS_TOWN`) names, as :func:`_our_own_address_town`
    takes it; before a comma only with the State the text names next ("Orange Walk Town, Belize")."""
    key = m.lastgroup
    start, end = m.span(key)
    town = _A_TOWN_WORD_AT_THE_END.sub("", m[key])  # "Orange Walk Town": the towns list's Orange Walk
    if not any(w.start() != start for w in _as_a_whole_word(town).finditer(ctx.raw)):
        return None  # named in the address alone: not "05.09.2024  Welcome to our five new apprentices"
    if key == "labelled" and _GOES_ON_BELOW.match(ctx.raw, end):
        return None  # "Editorial office: Ruzayevka, Republic / of Mordovia": a name the next line goes on with
    if key == "comma":
        state = next((s for s in ctx.mentions.within("states", m.end(), m.end() + 40) if s.start == m.end()), None)
        if state is None or state.code not in towns_named(town):
            return None
        return Venue(city=town, country=state.name, country_code=state.code, text=m[key], span=(start, end))
    if lookup_state(town) is not None:
        return None
    return _a_towns_venue(ctx, town, m[key], (start, end))


_A_TOWNS_BODY = r"(?:College|University|Polytechnic|Chamber|Municipality|Institute|Academy|Museum|Library|Hospital)"
_A_HOST_NAMED_FOR_ITS_TOWN = patterns.compile(
    rf"\b(?:hosted|organi[sz]ed|convened)[ \t\n]++by[ \t\n]++(?:the[ \t\n]++)?(?P<town>{_TOWN_NAME})[ \t\n]++"
    rf"{_A_TOWNS_BODY}\b"
    rf"|(?<![\p{{L}}\p{{M}}])(?P<town>{_TOWN_NAME})[ \t\n]++{_A_TOWNS_BODY}"
    rf"(?:[ \t\n]++(?:of|and|for|\p{{Lu}}[\p{{L}}\-]*+)){{0,5}}?"
    r"[ \t\n]++(?:will[ \t\n]++host|hosted|hosts|is[ \t\n]++hosting|(?:has|had)[ \t\n]++hosted)\b")
"""A host named for its town: "hosted by the Lala Musa Chamber of Commerce and Industry in its auditorium",
"Medicine Hat College will host an international conference"."""
_A_TOWNS_BODY_AFTER = patterns.compile(rf"[ \t\n]++{_A_TOWNS_BODY}")


def _a_host_named_for_its_town(ctx: Context, date: DateMatch) -> Venue | None:
    """The town a host of the event is named for (:data:`_A_HOST_NAMED_FOR_ITS_TOWN`), in a sentence of the event's
    time, when the text names the town again on its own ("Medicine Hat, AB" in the page's address): a city of the
    city gazetteer, or a town of the towns list in one State or in one the text names (not "Harvard University",
    whose town the text does not name). Tried last."""
    if ctx.lowered is not None and ctx.lowered.find("host") < 0 and ctx.lowered.find("organi") < 0:
        return None
    for m in _A_HOST_NAMED_FOR_ITS_TOWN.finditer(ctx.raw):
        s = ctx.sentence(m.start())
        town, (start, end) = m["town"], m.span("town")
        if ctx.search(OTHER_EVENT_RE, *s) or _dated_otherwise(ctx, s, date) or lookup_state(town) is not None \
                or not any(w.start() != start and not _A_TOWNS_BODY_AFTER.match(ctx.raw, w.end())
                           for w in _as_a_whole_word(town).finditer(ctx.raw)):
            continue
        venue = _a_towns_venue(ctx, town, town, (start, end))
        if venue is not None:
            return venue
    return None


_WILL = patterns.compile(r"\b(?i:will|shall)\b")
_A_CAMPUS_IN_A_CITY = patterns.compile(
    r"\b(?i:on|at|to)[ \t\n]++(?i:the|its|our)[ \t\n]++(?:(?P<city>\p{Lu}[\p{L}\p{M}'\u2019\-]*+)[ \t\n]++(?i:campus)"
    r"|(?i:campus)[ \t\n]++(?:de|of|di|do|da|du)[ \t\n]++(?P<city>\p{Lu}[\p{L}\p{M}'\u2019\-]*+))\b")


def _a_campus_city(ctx: Context, date: DateMatch) -> Venue | None:
    """The city a campus is named after, the only campus the text takes anyone to ("brought about 140
    participants to the … Conference Centre on the Rehovot campus", "at its Campus de Gandia"), a city of the city
    gazetteer or a town of a State the text names; not in a
    sentence of another time ("a follow-up session … will be held at the Longueuil Campus on November 14").
    Tried last: a university's page tells where it hosts its guests by its campus."""
    if ctx.lowered is not None and ctx.lowered.find("campus") < 0:
        return None
    venues = [v for m in _A_CAMPUS_IN_A_CITY.finditer(ctx.raw)
              if lookup_state(m["city"]) is None and (v := _gazetteer_city(ctx.raw, *m.span("city"))
                                                       or _a_town_of_a_named_state(ctx, *m.span("city"))) is not None
              and not _dated_otherwise(ctx, s := ctx.sentence(m.start()), date) and not ctx.search(_WILL, *s)]
    return venues[0] if venues and all(v.city == venues[0].city for v in venues) else None


_HELD_AT_A_UNIVERSITY_OF = cue_words(patterns.compile(
    r"\b(?i:held|hosted|taking[ \t\n]++place|takes[ \t\n]++place|took[ \t\n]++place|convened|opened)[ \t\n]++at[ \t\n]++the"
    r"[ \t\n]++(?:(?:[\w\-]++[ \t\n]++){1,3}?of[ \t\n]++the[ \t\n]++)?(?i:university)[ \t\n]++of[ \t\n]++"
    r"(?P<city>(?-i:[A-Z\u00c0-\u00de])[\w'\u2019\-]*+(?:[ ](?-i:[A-Z\u00c0-\u00de])[\w'\u2019\-]*+){0,2}+)\b"), "university")
"""Where the event is held, a university named after its city: "which is being held at the auditorium of
the University of Ghardaïa until Thursday"."""


def _a_university_citys(ctx: Context, date: DateMatch) -> Venue | None:
    """The city of the city gazetteer (not a State) that the university the event is held at is named
    after, in a sentence about it and of its time. Tried last: most texts name the city otherwise."""
    for s in ctx.cued_sentences(_HELD_AT_A_UNIVERSITY_OF):
        m = ctx.search(_HELD_AT_A_UNIVERSITY_OF, *s)
        if m is None or lookup_state(m["city"]) is not None or _dated_otherwise(ctx, s, date) \
                or _another_event_outside_its_clauses(ctx, s) or ctx.in_other_clause(*m.span()):
            continue
        venue = _gazetteer_city(ctx.raw, *m.span("city"))
        if venue is not None:
            return venue
    return None


_CHOSEN_TOWN = cue_words(patterns.compile(
    r"\b(?:(?i:choosing)|(?i:chooses?+)|(?i:chosen?+)|(?i:choice[ \t\n]++of))[ \t\n]++(?:(?i:the[ \t\n]++(?:city|town)[ \t\n]++of)[ \t\n]++)?"
    r"(?P<city>(?-i:[A-Z\u00c0-\u00de])[\w'\u2019\-]*+(?:[ ](?:(?:de|del|da|do|la|le|el|al|sur|on)[ ])?"
    r"(?-i:[A-Z\u00c0-\u00de])[\w'\u2019\-]*+){0,3}+)"), "choosing choose chooses chose chosen choice")
"""A town named as the one chosen: "thanked the organizers for choosing Kilis", "welcomed the choice
of Makambako to host this meeting"."""


def _the_town_chosen_to_host(ctx: Context, date: DateMatch) -> Venue | None:
    """The town a speaker thanks or praises the organizers for choosing, in a sentence of the event's
    time and not about another event: a city of the city gazetteer (not a State), or a town of a State
    the text names. Tried last: a town's own news often names it only so, the venue being "City Hall"
    or "the Technopole"."""
    for s in ctx.cued_sentences(_CHOSEN_TOWN):
        if _dated_otherwise(ctx, s, date) or _another_event_outside_its_clauses(ctx, s):
            continue
        for m in ctx.finditer(_CHOSEN_TOWN, *s):
            if ctx.in_other_clause(*m.span()):
                continue
            (start, end), name = m.span("city"), m["city"]  # all its words: not "choosing Taunggyi Rose Florist"
            if lookup_state(name) is None and (venue := _gazetteer_city(ctx.raw, start, end)):
                return venue
            state = _named_state_of_town(ctx, name)
            if state is not None:  # a town too small for the gazetteer, of a State the text names
                return _town_venue(name, state, (start, end))
    return None


def _another_event_outside_its_clauses(ctx: Context, s: tuple[int, int]) -> bool:
    """Whether sentence ``s`` has a word of another event outside the clauses that tell of one: "chose
    Sibiu for this seminar, after the first edition organized last year in Cluj-Napoca" is about this
    seminar but for its last clause."""
    return any(not ctx.in_other_clause(*m.span()) for m in ctx.finditer(OTHER_EVENT_RE, *s))


def _a_town_of_a_named_state(ctx: Context, start: int, end: int) -> Venue | None:
    """The venue raw ``[start, end)`` names when the towns list has it in a State the text names."""
    town = ctx.raw[start:end]
    state = _named_state_of_town(ctx, town)
    return _town_venue(town, state, (start, end)) if state is not None else None


def _gazetteer_city(raw: str, start: int, end: int) -> Venue | None:
    """The venue raw ``[start, end)`` names when the city gazetteer knows it, in its State."""
    city = lookup_city(raw[start:end])
    entry = state_by_code(city.country_code) if city is not None else None
    if city is None or entry is None:
        return None
    return Venue(city=city.name, country=entry.name, country_code=entry.code, text=raw[start:end], span=(start, end))


_CAPITALS = patterns.compile(r"\b\p{Lu}{3,}+(?:[ \-]\p{Lu}{2,}+){0,2}+\b")
"""A word or two in capitals, as a letterhead writes its city (which no Title-Case city scan finds)."""


def _the_datelines_city_again(ctx: Context, place: tuple[int, int], opening: tuple[int, int]) -> Venue | None:
    """The dateline's city, when the sentence it opens puts an event there again: "BAHIR DAR,
    Ethiopia, 30 March 2023 -- A three-day workshop … closed today in Bahir Dar" (the story's own
    event, though the sentence has no verb of holding it)."""
    if not ctx.search(_KIND_RE, *opening) or ctx.search(OTHER_EVENT_RE, *opening):
        return None
    venue = _venue_after_preposition(ctx, opening)
    cities = _dateline_cities(ctx, place)
    return venue if venue is not None and venue.city is not None and cities and cities[0].name == venue.city else None


def _dated_within(datelines: list[DateMatch], date: DateMatch) -> bool:
    """Whether the text's dateline falls on one of the event's days: "MONASTIR, May 13 (TAP)" over a
    conference "from May 13 to 15" reports from it."""
    if not datelines:
        return False
    year = next((d.start[0] for d in (date, *datelines) if d.start[0] is not None), None)
    days, day = date.resolve(year), datelines[0].resolve(year)
    return days is not None and day is not None and days[0] <= day[0] <= days[1]


def _a_city_another_event_sentence_names(ctx: Context, date: DateMatch, hybrid: tuple[int, int]) -> Venue | None:
    """The city that another sentence about the event puts it in ("This week in #PhnomPenh, @UNRCPD …
    brought together officials … for a regional table-top exercise"), for the sentence ``hybrid``
    that dates it and says it ran in the room and online; not a sentence dated otherwise or online."""
    for s in _event_sentences(ctx, date, others=False):
        if s == hybrid or _dated_otherwise(ctx, s, date) or ctx.search(ONLINE_RE, *s):
            continue
        venue = _venue_after_preposition(ctx, s)
        if venue is not None and venue.city is not None:
            return venue
    return None


_EVENT_IN_BEFORE = patterns.compile(
    rf"(?ri)\b(?:{EVENT_NOUNS}|trainings?)(?:[ \t\n]++(?:on|for)[ \t\n][^.;:()\n]{{1,60}}?)?[ \t\n]++in[ \t\n]++$")
"""An event named just before the city it was in: "a week-long course in Georgetown"."""
_ADVERB = r"\p{Ll}{4,}+(?<=ly)"
"""One adverb between a host and its verb: "Bayambang successfully hosted", "… (UoM) proudly hosts"."""
_GLAD_TO_HOST_AFTER = patterns.compile(
    r"[ \t]++(?:(?:was|is|were|are)[ \t]++(?:(?:so|very)[ \t]++)?(?:happy|proud|pleased|delighted|honou?red|glad)"
    r"[ \t]++to[ \t]++host|(?:" + _ADVERB + r"[ \t]++)?hosted)\b")
"""A city that says it hosted: "Tirana was happy to host", "Bayambang successfully hosted"."""
_BEEN_IN_BEFORE = patterns.compile(r"(?i)\b(?:has|have|had)[ \t\n]++been[ \t\n]++in[ \t\n]++$")
_VISITORS = patterns.compile(r"(?i)\b(?:delegation|team|mission|visitors|experts)\b")
_TRAVELLED_TO_BEFORE = patterns.compile(r"(?i)\b(?:travell?ed|flew|went)[ \t\n]++to[ \t\n]++$")
"""A journey to the city, in a sentence that names the event: "We travelled to N'Djamena … to deliver
the module … in a three-day training course"."""
_SPENT_IN_BEFORE = patterns.compile(
    r"(?i)\b(?:spent|wrapped[ \t\n]++up|concluded|completed)[ \t\n]++(?:[\w\-]++[ \t\n]++){1,4}?in[ \t\n]++$")
_GATHERED_IN_BEFORE = patterns.compile(
    r"(?i)\b(?:(?:will|to)[ \t\n]++)?(?:gather(?:ed|s)?+|met|meet|(?:are|were)[ \t\n]++meeting|convened|converged?+"
    r"|assembled)[ \t\n]++in[ \t\n]++$")
"""People who "will gather in Ylöjärvi next week for a conference", who "met in Pori": where they met."""
_PEOPLE = patterns.compile(r"(?i)\b(?:officials|officers|delegates|delegations|participants|experts|representatives)\b")
"""People who "spent the past week in Cebu City learning …", who "wrapped up three days of work in Batam": where
they met."""
_OPENING_IN = patterns.compile(
    r"(?:^|\n|[.!?][ \t]++|\d/\d{1,2}[ \t]++)[\p{So}\p{Sk} \t]*+(?:(?:This|Last)[ \t]++week|Today|Yesterday|"
    r"Earlier[ \t]++this[ \t]++week)?[ \t]*+(?i:in)[ \t]++#?$")
"""A sentence (or a numbered post) that opens with the city: "1/6 This week in #Quito, …"."""
_IN_IT_THIS_WEEK = patterns.compile(r"[ \t]++(?i:this[ \t]++week|today|this[ \t]++morning)\b")
"""A news lead's city "this week": "IT IS BEING TAKEN VERY SERIOUSLY IN LIBREVILLE THIS WEEK"."""
_IN_BEFORE = patterns.compile(r"[ \t\n](?i:in)[ \t]++$")
_FOR_AN_EVENT = patterns.compile(rf"(?i)\b(?:for|in|at)[ \t\n]++(?:an?|the)[ \t\n]++(?:[\w\-]++[ \t\n]++){{0,3}}?"
                                 rf"(?:{EVENT_NOUNS}|trainings?)\b")
"""Later in that sentence, the event it tells: "… joined experts from … for a three-day table-top exercise"."""
"""Those who came, before "has been in Mbabane since Tuesday": where their visit is."""


def _an_event_in_a_city(ctx: Context, date: DateMatch) -> Venue | None:
    """The city an event noun puts the event in ("I had been nominated for a week-long course in
    Georgetown"), that is said to host it ("Tirana was happy to host"), or that the writers travelled
    to for it ("We travelled to N'Djamena … to deliver a module in a training course"), or where people
    spent their days ("officials … spent the past week in Cebu City learning …"), or a news lead's city
    "this week" ("… taken very seriously in Libreville this week"), when nothing else places
    it: the first such city outside sentences and clauses about other events ("the follow-up course
    in Port of Spain") and sentences dated otherwise. Online too when the date's sentence says so
    ("Tirana + Zoom – Tue 10 to Thu 12 March")."""
    for m in ctx.mentions.places:
        if m.start >= ctx.links_start:
            break  # "Related:" / "› … training for border guards in Sebha": another page's event
        if m.kind != "city" or not (_EVENT_IN_BEFORE.search(ctx.raw, max(0, m.start - 90), m.start)
                                    or _GLAD_TO_HOST_AFTER.match(ctx.raw, m.end)
                                    or _BEEN_IN_BEFORE.search(ctx.raw, max(0, m.start - 20), m.start)
                                    and _VISITORS.search(ctx.raw, ctx.sentence(m.start)[0], m.start)
                                    or _TRAVELLED_TO_BEFORE.search(ctx.raw, max(0, m.start - 20), m.start)
                                    and ctx.search(_TITLE_EVENT, *ctx.sentence(m.start))
                                    or (_SPENT_IN_BEFORE.search(ctx.raw, max(0, m.start - 50), m.start)
                                        or _GATHERED_IN_BEFORE.search(ctx.raw, max(0, m.start - 30), m.start))
                                    and ctx.search(_PEOPLE, ctx.sentence(m.start)[0], m.start)
                                    or _OPENING_IN.search(ctx.raw, max(0, m.start - 40), m.start)
                                    and ctx.search(_FOR_AN_EVENT, m.end, ctx.sentence(m.start)[1])
                                    or _IN_IT_THIS_WEEK.match(ctx.raw, m.end)
                                    and _IN_BEFORE.search(ctx.raw, max(0, m.start - 8), m.start)):
            continue
        s = ctx.sentence(m.start)
        if ctx.in_other_clause(m.start, m.end) or _another_event_outside_its_clauses(ctx, s) or _dated_otherwise(ctx, s, date):
            continue
        venue = _venue_from_parts(ctx, m.start, m.end)
        if venue is not None:
            ctx.warn("venue_from_event_phrase", f"venue {m.text!r}: the city an event is said to be in", (m.start, m.end))
            return venue.model_copy(update={"online": True}) if _online_said(ctx, ctx.sentence(date.span[0])) else venue
    return None


def _place_plus_online(ctx: Context, online: regex.Match[str]) -> Venue | None:
    """The place written just before "+ Zoom" ("… – Tirana + Zoom – Tue 10 to Thu 12 March"), online
    too; None for any other online word."""
    if not online.group().startswith("+"):
        return None
    end = online.start()
    while end > 0 and ctx.raw[end - 1] in " \t":
        end -= 1
    run = _place_run(ctx, end, -1)
    venue = _venue_from_parts(ctx, *run) if run is not None else None
    return venue.model_copy(update={"online": True}) if venue is not None else None


_HEADLINE_LINES = 4
_HEADLINE_LENGTH = 160
_IN_BEFORE_CITY = patterns.compile(r"(?i)(?<!\bback[ \t]++)\b(?:in|from|at)[ \t]++$")


def _venue_in_the_headline(ctx: Context) -> Venue | None:
    """The city a headline puts the story in, when nothing else places the event: "Two days,
    fourteen agencies and one draft decree: notes from Vientiane"."""
    for a, b in [*first_lines(ctx.raw, _HEADLINE_LINES), *_lines_under_datelines(ctx)]:
        if b - a > _HEADLINE_LENGTH:
            return None  # the text has begun
        if ctx.raw[a:b].rstrip(" \t*")[-1:] in (".", "!", "?"):
            continue  # a sentence: "Back in London after a week of work!"
        for city in ctx.mentions.within("places", a, b):
            if city.kind == "city" and _IN_BEFORE_CITY.search(ctx.raw, max(a, city.start - 8), city.start):
                venue = _venue_from_parts(ctx, city.start, city.end)
                if venue is not None:
                    ctx.warn("venue_from_headline", f"venue {city.text!r} taken from the headline", (city.start, city.end))
                    return venue
        venue = _town_in_a_headline(ctx, a, b)
        if venue is not None:
            ctx.warn("venue_from_headline", f"venue {venue.text!r} taken from the headline", venue.span)
            return venue
    return None


def _lines_under_datelines(ctx: Context) -> list[tuple[int, int]]:
    """The line under each dateline that is a line of its own, below a masthead of more lines than a
    headline's reach: a press statement's headline ("Ghazni, 27 Qaws 1398 (18 December 2019)" over
    "Three-day workshop … concludes in Ghazni")."""
    found = []
    for d in ctx.datelines:
        line_start = ctx.raw.rfind("\n", 0, d.span[0]) + 1
        line_end = ctx.raw.find("\n", d.span[1])
        if line_end < 0 or ctx.raw[line_start:d.span[0]].count(",") != 1 or ctx.raw[d.span[1]:line_end].strip(" \t)"):
            continue  # only a place's dateline alone on its line: "Ghazni, 27 Qaws 1398 (18 December 2019)"
        under = _A_LINE_UNDER.match(ctx.raw, line_end)
        if under is not None:
            found.append(under.span("line"))
    return found


_A_LINE_UNDER = patterns.compile(r"(?:[ \t]*+\r?\n)++[ \t]*+(?P<line>[^\s][^\r\n]*+)")


def _town_in_a_headline(ctx: Context, a: int, b: int) -> Venue | None:
    """The town too small for the city gazetteer that a headline opens with, before a colon, or
    puts its story in: a town of a State the text names, its longest name first ("in Richard-Toll
    Today" is Richard-Toll)."""
    for m in _A_TOWN_IN_A_HEADLINE.finditer(ctx.raw, a, b):
        if m.group("colon") and any(a <= f.label.start < b for f in ctx.layout.fields):
            continue  # a form's "Date  : 30/11/2017", not a heading: Date is a town in Japan
        start, end = m.span("town")
        words = ctx.raw[start:end].split(" ")
        for n in range(len(words), 0, -1):
            town = " ".join(words[:n])
            state = _named_state_of_town(ctx, town) or _state_of_town_by_its_people(ctx, town)
            if state is not None and _named_often(ctx.raw, town):
                return _town_venue(town, state, (start, start + len(town)))
    return None


_TIMES_A_STORYS_TOWN_IS_NAMED = 3
"""A story placed in a town comes back to it: its headline and twice more, at least (a headline's
"… in Junín" in a story told in Tarma names Junín once)."""


def _as_a_whole_word(word: str, flags: int = 0) -> regex.Pattern:
    """``word`` as a whole word, not inside a longer one ("Rosa" of "Santa Rosa", not "Sant" of "Santa")."""
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])", flags)


def _named_often(raw: str, town: str) -> bool:
    """Whether ``town`` is named, as a whole word in any case, often enough for the story to be there."""
    named = _as_a_whole_word(town, regex.IGNORECASE).finditer(raw)
    return sum(1 for _ in zip(range(_TIMES_A_STORYS_TOWN_IS_NAMED), named)) == _TIMES_A_STORYS_TOWN_IS_NAMED


_CITY_THEN_A_COLON = patterns.compile(r"[ \t*#]*+(?P<city>\p{Lu}[\p{L}'\u2019.\- ]{1,30}?)[ \t]*+:[ \t]")
"""A digest item's heading that opens with its place: "NANTES: AFRICAN EXPERTS TRAIN ON BIOLOGICAL THREATS"."""


def _city_heading_its_item(ctx: Context, date: DateMatch) -> Venue | None:
    """The city that opens the heading of the digest item the event's date is in, before a colon."""
    item = next(((a, b) for a, b in ctx.digest_items if a <= date.span[0] < b), None)
    if item is None:
        return None
    start = _SPACE_AHEAD.match(ctx.raw, item[0], item[1]).end()  # its first line
    end = ctx.raw.find("\n", start, item[1])
    m = _CITY_THEN_A_COLON.match(ctx.raw, start, end if end >= 0 else item[1])
    if m is None:
        return None
    city = next((c for c in ctx.mentions.within("places", *m.span("city")) if c.kind == "city"
                 and (c.start, c.end) == m.span("city")), None)
    return _venue_from_parts(ctx, city.start, city.end) if city is not None else None


_VENUE_LABEL = patterns.compile(r"(?im)^[ \t*#>\-\u2022]*+(?:\(?\d{1,2}(?:\.\d{1,2})*+[.)]?[ \t]++)?"
                            r"(?:(?:event[ \t]+)?(?:venue|location)[ \t*]*+:[ \t*]*+|venue[ \t*]*+\n[ \t]*+(?=\S)"
                            r"|(?:the[ \t]+)?venue[ \t]++(?:is|has[ \t]++been)[ \t]++(?:now[ \t]++)?"
                            r"(?:confirmed|booked|fixed|set)[ \t]++(?:at|as)[ \t]++)")
"""A line that opens with a "Venue:" label, or is one with its value on the next line (a release's
numbered "2. Venue" over "Piazza Ohmi, … Otsu City"), or says it as a sentence: a mail's "Venue is
confirmed at Speke Resort Munyonyo, Kampala"."""


_A_STOP_BEFORE = patterns.compile(r"\.[ \t]{1,3}$")
_LABEL_AFTER_A_STOP = patterns.compile(r"(?:Venue|Location|VENUE|LOCATION)[ \t]*+:[ \t]*+")
"""A "Venue:" label inside a line, after a stop: a page's "Date: 3 to 5 February 2026. Venue: …"."""
_LABEL_REACH = 30
"""How far into its line a "Venue:" label may start (after bullets, numbers and "Event ")."""


def _labelled_venues(ctx: Context) -> list[tuple[int, int]]:
    """Raw spans of the values of "Venue:" labels that open a line below the header (a numbered
    paragraph's "3. Venue: …", a label after prose), each to the end of its sentence."""
    if ctx.lowered is None or ("venue" not in ctx.lowered and "location" not in ctx.lowered):
        return []
    front = ctx.layout.front_matter
    after = front.end if front is not None else 0  # a page's "location:" is its author's
    found = set()
    for word in ("venue", "location"):  # from the words: the pattern at every line start cost 60 µs a note
        for at in offsets(ctx.lowered, word):
            if at >= after and _A_STOP_BEFORE.search(ctx.raw, max(0, at - 4), at):
                m = _LABEL_AFTER_A_STOP.match(ctx.raw, at)  # "… 2026. Venue: Santa Cruz de la Sierra, …"
                if m is not None:
                    end = ctx.sentence(m.end())[1]
                    if end > m.end():
                        found.add((m.end(), end))
                    continue
            reach = max(0, at - _LABEL_REACH)
            line_start = ctx.raw.rfind("\n", reach, at) + 1
            if line_start == 0 and reach > 0:
                continue  # the word is far into its line: no label opens it (and no scan back over a long line)
            m = _VENUE_LABEL.match(ctx.raw, line_start) if line_start >= after else None
            if m is not None and m.end() > at and not any(
                    line_start <= f.label.start < m.end() for f in ctx.layout.field_values("other")):  # a debrief's own
                end = ctx.sentence(m.end())[1]
                if end > m.end():
                    found.add((m.end(), end))
    return sorted(found)


def _dated_otherwise(ctx: Context, s: tuple[int, int], date: DateMatch) -> bool:
    """Whether sentence ``s`` holds a date that does not overlap the main ``date`` (a dateline's date is
    the text's own: "Libreville, 14 May 2016 - … welcomes the conclusion yesterday in Matadi … of the Conference").
    A one-day date the note gives one length in days to reaches that far either way: the other days of it."""
    main = _resolved(ctx, date)
    if main is None:
        return False
    length = _the_one_length(ctx) if main[0] == main[1] else None
    if length is not None:  # "today closed a three-day workshop", which "opened on Tuesday 20 August": its days
        days = datetime.timedelta(days=_day_count(length) - 1)
        main = (main[0] - days, main[1] + days)
    for d in ctx.dates_in(*s):
        if ctx.in_dateline(*d.span):
            continue
        other = _resolved(ctx, d)
        if other is not None and (other[1] < main[0] or main[1] < other[0]):
            return True
    return False


def _dateline_sentence(ctx: Context, place: tuple[int, int]) -> tuple[int, int]:
    """The sentence a dateline's place opens, or the next one when a full stop ends the place
    ("Nairobi. Scientists … met at the University's Chiromo Campus")."""
    s = ctx.sentence(place[1])
    if s[1] <= place[1] + 1 and ctx.raw[place[1]:place[1] + 1] == ".":
        i = bisect_right(ctx.sentences, s)
        if i < len(ctx.sentences):
            return ctx.sentences[i]
    return s


_IT_OPENS = patterns.compile(rf"[\s*]*+(?:It|(?:The|This)[ ](?:[\w\-]+[ ]){{0,2}}?(?i:{EVENT_WORD}|event))\b")
"""A sentence that opens with the event as its subject: "It ran in hybrid format", "The national roundtable was"."""


_FORMAT_OPENS = patterns.compile(r"[\s*]*+(?i:hybrid|online|virtual)[ ](?i:format|meeting|event|participation|session)\b")
"""A sentence that opens with the event's format: "Hybrid format - Zoom link for those who cannot travel"."""
_RUN_IN_A_FORMAT = cue_words(patterns.compile(
    rf"(?i)\b(?:{EVENT_WORD}|event)[ \t\n]++(?:was|is)[ \t\n]++(?:run|held|conducted|organi[sz]ed|convened|delivered)"
    r"[ \t\n]++(?:[\w\-]++[ \t\n]++){0,3}?(?:hybrid|online|virtual(?:ly)?)\b"), "hybrid line virtual")
"""A later sentence of the paragraph that says how the event ran: "… took the floor remotely – the
first time the conference was run in this hybrid way"."""
_FORMAT_REACH = 3
BLANK_LINE = patterns.compile(r"\n[ \t]*+\n")
"""A blank line: where a paragraph (or an FAQ's answer) ends."""


def _online_said(ctx: Context, s: tuple[int, int]) -> regex.Match | None:
    """An online or hybrid word in sentence ``s``, or in one of the next few of its paragraph that
    opens with the event or its format ("… at the Kenya School of Government, Nairobi, on 11 and 12
    June. It ran in hybrid format"; "… in Dakar. It is co-organised by … . Hybrid format - Zoom link …")
    or says the event ran so (:data:`_RUN_IN_A_FORMAT`)."""
    online = ctx.search(ONLINE_RE, *s)
    i = bisect_right(ctx.sentences, s)
    for after in ctx.sentences[i:i + _FORMAT_REACH] if online is None else ():
        if BLANK_LINE.search(ctx.raw, s[1], after[0]):
            break  # the paragraph ended
        if _IT_OPENS.match(ctx.raw, after[0], after[1]) or _FORMAT_OPENS.match(ctx.raw, after[0], after[1]):
            online = ctx.search(ONLINE_RE, *after)
        else:
            run = ctx.search(_RUN_IN_A_FORMAT, *after)
            online = ctx.search(ONLINE_RE, run.start(), run.end()) if run is not None else None
        if online is not None:
            break
    return online


def _venue_beside_the_date_again(ctx: Context, date: DateMatch) -> Venue | None:
    """The places that run into another date of the same event, one that holds the main date (a
    link card's "workshop for West Africa - Accra, March 2023" under "From 6 to 8 March …") or is its
    first day ("On the morning of October 14, in Cao Lanh City, …" over "The course takes place from
    October 14 to 18, 2024")."""
    main = _resolved(ctx, date)
    if main is None:
        return None
    for d in ctx.dates:
        if d is date or ctx.in_dateline(*d.span):
            continue
        outer = _resolved(ctx, d)
        if outer is not None and (outer[0] <= main[0] and main[1] <= outer[1]
                                  or outer[0] == outer[1] == main[0] < main[1]):
            beside = _places_next_to(ctx, d)
            venue = _venue_from_parts(ctx, *beside) if beside is not None else None
            if venue is not None:
                return venue
    return None


def _place_line_beside(ctx: Context, date: DateMatch) -> tuple[int, int] | None:
    """A line of places alone next to the main date alone on its line (a time after it at most), as a
    title block sets them ("… Academy (INSA) / Daejeon, Republic of Korea / / 12–16 February 2024";
    "… Conference Centre, Aqaba / Thursday, 8 February 2024, 13:10 local time"): the venue. Blank
    lines between them are skipped; the line before is tried first."""
    raw = ctx.raw
    start, end = raw.rfind("\n", 0, date.span[0]) + 1, raw.find("\n", date.span[1])
    end = len(raw) if end < 0 else end
    if raw[start:date.span[0]].strip(" \t*#") and not _WEEKDAY_BEFORE.fullmatch(raw, start, date.span[0]) or \
            raw[date.span[1]:end].strip(" \t*.,") and not _TIME_AFTER.fullmatch(raw, date.span[1], end):
        return None
    for a, b in (_next_full_line(raw, start, -1), _next_full_line(raw, end, 1)):
        if a < b and ctx.only_places(a, b):
            return a, b
        comma = raw.rfind(",", a, b)
        if a < comma and _FACILITY.search(raw, a, comma) and ctx.only_places(comma + 1, b):
            place = comma + 1
            while raw[place] in " \t":
                place += 1
            return place, b  # "Le Royal Hotel Conference Centre, Amman"
    return None


_WEEKDAY_BEFORE = patterns.compile(r"[ \t*#]*+" + _A_WEEKDAY + r"[ \t]*+,?[ \t]*+")
_TIME_AFTER = patterns.compile(
    r"[ \t]*+[,\-\u2013]?[ \t]*+\d{1,2}[:.h]\d{2}(?:[ \t]*+[\-\u2013][ \t]*+\d{1,2}[:.h]\d{2})?"
    r"(?:[ \t]*+(?i:local[ \t]+time|[ap]\.?m\.?|[A-Z]{2,5}))?[ \t.]*+")
"""A time after a title block's date: "Thursday, 8 February 2024, 13:10 local time", "…, 15:30–17:10"."""


def _places_next_to(ctx: Context, date: DateMatch) -> tuple[int, int] | None:
    """Places that run into the main date with a comma (or a title block's bar), as a title or an
    activity line writes them: "Regional Tabletop Exercise, Entebbe, Uganda, 16-18 November 2021",
    "14 May 2019, Tashkent, Uzbekistan", "Sasana Kijang, Kuala Lumpur | 6 & 7 November 2024". A place inside a body's name ("the Government of Uganda, 16-18 …") is none."""
    raw = ctx.raw
    before = _SEPARATOR_BEFORE.search(raw, max(0, date.span[0] - _SEPARATOR_REACH), date.span[0])
    if before is not None:
        found = _place_run(ctx, before.start(), -1)
        if found is not None:
            town = _TOWN_BEFORE.search(raw, max(0, found[0] - _TOWN_REACH), found[0])
            if town is not None and _no_city(ctx, *found) and _unnamed(ctx, *town.span("town")):
                return town.start("town"), found[1]
            return found
    after = _SEPARATOR_AFTER.match(raw, date.span[1], date.span[1] + _GAP_REACH)
    if after is None:
        return None
    found = _place_run(ctx, after.end(), 1)
    if found is not None:
        tags = "|" in after.group() and _TAGS_AFTER.match(raw, found[1]) and _no_city(ctx, *found)  # "… | 2 October
        # 2025 | Libya, Security" (not "| Zhongxiang, Hubei")
        return None if _A_VERB_AFTER.match(raw, found[1]) or tags else found
    if "|" in after.group():
        found = _places_ending_a_segment(ctx, after.end())
        if found is not None:
            return found
    town = _TOWN_THEN_COMMA.match(raw, after.end(), after.end() + _TOWN_REACH)
    if town is None or not _unnamed(ctx, *town.span("town")):
        return None
    state = _place_run(ctx, town.end(), 1)
    return (town.start(), state[1]) if state is not None and _no_city(ctx, *state) else None  # "…, Nadi, Fiji"


_SEGMENT_REACH = 120


_A_VERB_AFTER = patterns.compile(r"[ \t]++(?!(?:and|or|in|at|on|to|from)\b)\p{Ll}")
"""A lower-case word after the places, as after a sentence's subject: "From 9 to 11 June, Brunei
Darussalam welcomed to Bandar Seri Begawan the Regional Conference" (a place line ends there)."""


_TAGS_AFTER = patterns.compile(r"[ \t]*+,[ \t]*+\p{Lu}[\p{L}&\- ]*+(?:,[ \t]*+\p{Lu}[\p{L}&\- ]*+)*+[ \t]*+(?:\n|\Z)")
"""Title-Case words after a place and a comma, to the line's end: after a State alone, a news site's sections
after its date ("By Staff Reporter | Thursday, 2 October 2025 | Libya, Security"), not a venue."""


def _places_ending_a_segment(ctx: Context, at: int) -> tuple[int, int] | None:
    """The places that end a title block's segment opening at ``at`` after a bar, behind a
    facility or a district: "12-14 November 2024 | Royal Scientific Society, Al-Jubeiha, Amman,
    Jordan". The segment ends at the next bar or the line's end, within 120 characters."""
    raw = ctx.raw
    bar, line_end = raw.find("|", at, at + _SEGMENT_REACH), raw.find("\n", at, at + _SEGMENT_REACH)
    ends = [e for e in (bar, line_end) if e >= 0] or ([len(raw)] if len(raw) - at <= _SEGMENT_REACH else [])
    if not ends:
        return None
    end = min(ends)
    while end > at and raw[end - 1] in " \t.\r":
        end -= 1
    found = _place_run(ctx, end, -1)
    if found is None or found[0] <= at or raw[found[0] - 1] not in " ," or "," not in raw[at:found[0]]:
        return None
    return found if any(m.kind == "city" for m in ctx.mentions.within("places", *found)) else None


def _no_city(ctx: Context, a: int, b: int) -> bool:
    """Whether raw ``[a, b)`` names no known city (a State alone, say)."""
    return not any(m.kind == "city" for m in ctx.mentions.within("places", a, b))


def _unnamed(ctx: Context, a: int, b: int) -> bool:
    """Whether raw ``[a, b)`` holds no known body, State or place: "UNODA, Fiji" has no town."""
    return not any(m.start < b and a < m.end for kind in ("orgs", "states", "places")
                   for m in ctx.mentions.within(kind, a - _BODY_REACH, b + _BODY_REACH))


_UNKNOWN_TOWN = r"\p{Lu}[\p{L}\p{M}'\u2019.\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019.\-]*+){0,2}+"
_TOWN_BEFORE = patterns.compile(rf"(?:^|(?<=[,\-\u2013\u2014:|\u0022\u201c]))[ \t]*+(?P<town>{_UNKNOWN_TOWN})[ \t]*+,[ \t]*+\Z", regex.MULTILINE)
"""A town the gazetteer does not know, opening its line (or after a dash or comma) before the
State of a place that runs into the date: "Nadi, Fiji, 3-4 September 2013"."""
_TOWN_THEN_COMMA = patterns.compile(rf"(?P<town>{_UNKNOWN_TOWN})[ \t]*+,[ \t]*+")
_TOWN_REACH = 40


_COMMA_BEFORE = patterns.compile(r"[ \t]*+,[ \t]*+\r?\n?[ \t]*+\Z")
_SEPARATOR_BEFORE = patterns.compile(r"(?:[ \t]*+[,|\u00b7]|[ \t]++[\-\u2013\u2014])[ \t]*+\r?\n?[ \t]*+"
                                     r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
                                     r",?[ \t]++)?\Z")
_SEPARATOR_AFTER = patterns.compile(r"[ \t]*+[,|\u00b7][ \t]*+(?:in[ \t]++)?|[ \t]++in[ \t]++(?=\p{Lu})")
"""Between a date and the places beside it: a comma, or a title block's bar or middle dot
("Sasana Kijang, Kuala Lumpur | 6 & 7 November 2024", "Nassau, The Bahamas  ·  Oct 28 – 30, 2025")."""
_SEPARATOR_REACH = 22
"""How far before a date its separator may start: a middle dot padded with two spaces each side,
and the weekday a date's span leaves out ("Puerto Montt, Chile · Tuesday 7 – Thursday 9 November")."""
_COMMA_AFTER = patterns.compile(r"[ \t]*+,[ \t]*+(?:\r?\n[ \t]*+)?")
_GAP_REACH = 12
"""The end given to a match of :data:`_COMMA_AFTER`: with none, ``regex`` looks for its "," to the
end of the text first, which costs time in proportion to the text at each date of a text without one."""
_PLACE_RUN = 3
"""At most this many places in a run: a city, its province, its State."""
_BODY_REACH = 120
"""How far before a place a body's name that holds it may start: "the Ministry of Health of Uganda"."""


def _place_end(raw: str, place: Mention) -> int:
    """Where a place's name ends: a city's with the "City" a Philippine city's style adds ("Davao City")."""
    return place.end + 5 if place.kind == "city" and raw.startswith(" City", place.end) else place.end


def _place_run(ctx: Context, at: int, step: int) -> tuple[int, int] | None:
    """The span of the places (cities, States) that end at ``at`` (``step`` -1) or start there
    (``step`` 1), joined by commas and spaces; None when no place is there."""
    def place_at(pos: int) -> Mention | None:
        window = (pos - 60, pos) if step < 0 else (pos, pos + 60)
        named = [m for kind in ("states", "places") for m in ctx.mentions.within(kind, *window)
                 if (kind == "states" or m.kind == "city") and (_place_end(ctx.raw, m) == pos if step < 0 else m.start == pos)]
        if not named:
            return None
        place = max(named, key=lambda m: m.end - m.start)
        place = place._replace(end=_place_end(ctx.raw, place))
        in_a_body = any(o.start <= place.start and place.end <= o.end
                        for o in ctx.mentions.within("orgs", place.start - _BODY_REACH, place.end))
        return None if in_a_body else place
    first = place_at(at)
    if first is None:
        return None
    a, b = first.start, first.end
    for _ in range(_PLACE_RUN - 1):
        gap = _COMMA_BEFORE.search(ctx.raw, max(0, a - 4), a) if step < 0 else _COMMA_AFTER.match(ctx.raw, b, b + _GAP_REACH)
        nxt = place_at(gap.start() if step < 0 else gap.end()) if gap is not None else None
        if nxt is None:
            break
        a, b = min(a, nxt.start), max(b, nxt.end)
    return a, b


def _next_full_line(raw: str, at: int, step: int) -> tuple[int, int]:
    """The span of the first non-blank line before the line starting at ``at`` (``step`` -1) or after
    the line ending at ``at`` (``step`` 1), at most two blank lines away; (0, 0) when there is none."""
    for _ in range(3):
        if step < 0:
            if at == 0:
                return 0, 0
            end = at - 1
            start = raw.rfind("\n", 0, end) + 1
            at = start
        else:
            if at >= len(raw):
                return 0, 0
            start = at + 1
            end = raw.find("\n", start)
            end = len(raw) if end < 0 else end
            at = end
        text = raw[start:end]
        if text.strip():
            lead = len(text) - len(text.lstrip())
            return start + lead, start + len(text.rstrip())
    return 0, 0


_AT_A_FACILITY = patterns.compile(
    r"\bat\s+(?:the|an?)\s+(?:(?:\p{Lu}[\p{L}\-']*+\s+){1,5}(?:Hotel|Centre|Center|Hall|Palace|Resort|Campus)\b"
    r"|(?:Hotel|H\u00f4tel|Palais|Centre|Center)\s+(?:(?:de|du|des|de\s+la)\s+)?\p{Lu}"
    r"|(?:[\p{Ll}\-]+\s+){0,2}?(?:hotel|lodge|resort|guest\s*house)\s+(?:outside|near|just\s+outside)\b)")
"""A named hotel or centre, its head noun last or, as French names go, first: "at the Le Royal
Hotel", "at the Hôtel Méridien Président", "at the Palais des Congrès", "at a Rose Hall hotel"; or a
lodge no one names near the story's town: "ran at a lodge outside Nata" under "NATA –"."""


def _held_at_a_facility(ctx: Context, date: DateMatch) -> bool:
    """Whether the main date's sentence puts the event at a named hotel or centre without a city
    ("convened … at the Le Royal Hotel"): then the note's own dateline place is the venue."""
    return ctx.search(_AT_A_FACILITY, *ctx.sentence(date.span[0])) is not None


_PLACE_TO_DATE = patterns.compile(r"[ \t,]*+[\-\u2013\u2014|]?[ \t,]*+")
"""Between an opening place and the event's own dates: the dates are the place's."""


_HERE = cue_opening(patterns.compile(r"(?i)\b(?:here\b(?!\s+(?:is|are)\b)|(?:in|at)\s+(?:this|our)\s+capital\b|(?:in|at)\s+(?:this|our)\s+city\b)"),
                    "here capital city", reach=3)
"""The dateline's place, said from there: "concluded here today", "was carried out in this capital"."""


def _held_here(ctx: Context) -> bool:
    """Whether a sentence about the main event says it was "here": where the dateline is ("ACCRA,
    29 March 2019 – A regional workshop … concluded here today")."""
    for m in ctx.finditer(_HERE, 0, len(ctx.raw)):
        s = ctx.sentence(m.start())
        if _about_an_event(ctx, s) and not ctx.search(OTHER_EVENT_RE, *s):
            return True
    return False


def _held_at_a_facility_of_the_datelines_city(ctx: Context, place: tuple[int, int]) -> bool:
    """Whether a sentence about the main event puts it at a facility named after the dateline's city:
    "East London – … a regional workshop …, which wrapped up at the East London International Convention
    Centre on Thursday"."""
    for at, end in _the_datelines_name_again(ctx, place):
        if _FACILITY_NAME_GOES_ON.match(ctx.raw, end) and _AT_THE.search(ctx.raw, max(0, at - 8), at):
            s = ctx.sentence(at)
            if _about_an_event(ctx, s) and not _another_event_outside_its_clauses(ctx, s) and not ctx.in_other_clause(at, end):
                return True
    return False


def _the_datelines_name_again(ctx: Context, place: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """Raw spans of the dateline place's name, whole words, written again after the dateline."""
    name = ctx.raw[place[0]:place[1]].strip()
    at = ctx.raw.find(name, place[1]) if name else -1
    while at >= 0:
        end = at + len(name)
        if not ctx.raw[at - 1:at].isalpha() and not ctx.raw[end:end + 1].isalpha():
            yield at, end
        at = ctx.raw.find(name, end)


_AT_THE = patterns.compile(r"(?i)\b(?:at|in)[ \t\n]++the[ \t\n]++$")


def _the_datelines_town_hosts_it(ctx: Context, place: tuple[int, int]) -> bool:
    """Whether the dateline's place is a town too small for the cities gazetteer that the first
    sentence about the main event names again, with no other place but a body's seat: "Avignon, 28
    June 2019" … "Avignon will host an international seminar … with the support of the OPCW, based in
    The Hague"; "Olbia, 6 October 2022" … "the passenger terminal of the port of Olbia Isola Bianca
    hosted a regional workshop"."""
    if ctx.mentions.within("places", *place) or ctx.mentions.within("states", *place):
        return False  # a city or a State: the rules for those read it
    for at, end in _the_datelines_name_again(ctx, place):
        s = ctx.sentence(at)
        if not _about_an_event(ctx, s):
            continue
        if _another_event_outside_its_clauses(ctx, s) or ctx.in_other_clause(at, end):
            return False
        others = [m for m in ctx.mentions.within("places", *s) + ctx.mentions.within("states", *s)
                  if m.kind in ("city", "state")
                  and not _SEAT_IN.search(ctx.raw, max(s[0], m.start - _PREPOSITION_REACH), m.start)]
        return not others
    return False


def _a_host_named_for_the_datelines_city(ctx: Context, place: tuple[int, int]) -> bool:
    """Whether a sentence about the main event has a body or a hall whose name ends with the dateline's
    city host it, and puts it nowhere else: "Târgu Mureș, 20.11.2025" … "the Aula of the … University of
    Medicine, Pharmacy, Science and Technology of Târgu Mureș hosts the Roundtable on …"."""
    for at, end in _the_datelines_name_again(ctx, place):
        if not _HOSTS_AFTER.match(ctx.raw, end) or ctx.raw[max(0, at - 4):at] != " of ":
            continue
        s = ctx.sentence(at)
        if not _about_an_event(ctx, s) or _another_event_outside_its_clauses(ctx, s) or ctx.in_other_clause(at, end):
            continue
        return not [m for m in ctx.mentions.within("places", end, s[1]) + ctx.mentions.within("states", end, s[1])
                    if m.kind in ("city", "state")]  # not "… hosts the Roundtable in Cluj"
    return False


def _a_facility_hosted_it(ctx: Context, place: tuple[int, int]) -> bool:
    """Whether the main event's first sentence has a facility host it and names no place before the
    verb: "LUGO — … the Pazo de San Marcos, seat of the Provincial Council, hosted an international
    seminar" (in Lugo, not in Cervo, where a later sentence puts a plant)."""
    for m in ctx.finditer(_A_FACILITY_HOSTED, place[1], len(ctx.raw)):
        s = ctx.sentence(m.start())
        if not _about_an_event(ctx, s) or _another_event_outside_its_clauses(ctx, s) or ctx.in_other_clause(*m.span()):
            continue
        return not ctx.mentions.within("places", s[0], m.end()) and not ctx.mentions.within("states", s[0], m.end())
    return False


_A_FACILITY_HOSTED = cue_words(patterns.compile(
    r"\b(?:Pazo|Pa\u00e7o|Palau|Palacio|Pal\u00e1cio|Palais|Palazzo|Palace|Castle|Castillo|Castello|Ch\u00e2teau|Schloss|"
    r"Hotel|H\u00f4tel|Museum|Museo|Mus\u00e9e|Town[ \t\n]++Hall|City[ \t\n]++Hall|Convention[ \t\n]++Cent(?:re|er))"
    r"(?:[ \t\n]++(?:(?:de|del|da|do|of|the)[ \t\n]++)?[A-Z\u00c0-\u00de][\w'\u2019\-]*+){0,4}"
    r"(?:,[^,.;:\n]{1,60}+(?:\n[^,.;:\n]{1,60}+)?,)?[ \t\n]++(?:has[ \t\n]++)?hosted\b"
    r"|\b(?:the|our)[ \t\n]++(?:university|campus|college|institute)[ \t\n]++(?:has[ \t\n]++)?hosted\b"), "hosted")
"""A facility that hosted something, an apposition between: "the Pazo de San Marcos, seat of the
Provincial Council, hosted"; a university's page's "as the university hosted a … course"."""


_IN_THE_CAPITAL = cue_words(patterns.compile(r"(?i)\b(?:in|at)[ \t\n]++the[ \t\n]++capital\b(?![ \t\n]++(?:of|city)\b)"),
                            "capital")


def _dateline_cities(ctx: Context, place: tuple[int, int]) -> list[Mention]:
    """The cities a dateline's place names, with their States' codes."""
    return [m for m in ctx.mentions.within("places", *place) if m.kind == "city" and m.code]


_REMARKS_HEADING = patterns.compile(rf"(?i)\b(?:opening|closing|welcome|welcoming|keynote|concluding){_SPEECH}")
_HEADING_REACH = 600


def _remarks_at_the_event(ctx: Context) -> bool:
    """Whether the text is a speech given at the event (its heading says "Closing remarks"): its dateline
    ("Apia, Thursday 4 December 2025") is where it was given. Not any statement "Check against delivery":
    one given at an open briefing in New York may report an event held elsewhere."""
    return ctx.search(_REMARKS_HEADING, 0, min(len(ctx.raw), _HEADING_REACH)) is not None


def _held_in_the_datelines_capital(ctx: Context, place: tuple[int, int]) -> bool:
    """Whether a sentence about the main event puts it "in the capital", and the dateline names a
    capital: "Ulaanbaatar, September 23, 2022 /MONTSAME/. … a two-day national workshop held at the
    Shangri-La Hotel in the capital on September 21-22"."""
    cities = _dateline_cities(ctx, place)
    if not cities or capital_of(cities[0].code or "") != cities[0].name:
        return False
    for s in ctx.cued_sentences(_IN_THE_CAPITAL):
        if ctx.search(_IN_THE_CAPITAL, *s) and _about_an_event(ctx, s) and not ctx.search(OTHER_EVENT_RE, *s):
            return True
    return False


_A_CLAUSES_VERB_NEXT = patterns.compile(
    r"[ \t]++(?!(?:on|from|in|at|during|between|and|or|to|for|with|until|through|this|last|next|the|a|an)\b)\p{Ll}")
"""After a State, a lowercase word that is none of a place's followers: the State opens a clause as
its subject ("This week in #Quito, Canada joined experts …"), it is not the city's country."""


def _its_state_said_the_venue(ctx: Context, place: tuple[int, int], opening: tuple[int, int]) -> bool:
    """Whether the dateline's ``opening`` sentence puts the event in the State the dateline names
    or whose city it names: "CASTRIES, St Lucia — … has ended a three-day visit to Saint Lucia"."""
    named = ctx.mentions.within("states", *place) + _dateline_cities(ctx, place)
    country = next((m.code for m in sorted(named, key=lambda m: m.start) if m.code), None)
    return country is not None and any(
        s.code == country and not ctx.in_dateline(s.start, s.end) and not ctx.in_other_clause(s.start, s.end)
        and _VENUE_PREPOSITION.search(ctx.raw[max(opening[0], s.start - 20):s.start])
        for s in ctx.mentions.within("states", *opening))


def _venue_from_dateline(ctx: Context, place: tuple[int, int]) -> Venue | None:
    venue = _venue_from_parts(ctx, *place)
    if venue is not None:
        ctx.warn("venue_from_dateline", f"venue {ctx.raw[place[0]:place[1]]!r} taken from the note's dateline", place)
    if venue is not None and venue.city is not None and venue.country_code is None:
        code = ctx.state_of_town(venue.city)
        entry = state_by_code(code) if code is not None else None
        if entry is not None:  # "Siena, 14 May 2024": the one State with a town so named; "Lugo": of the
            # three, the one the text names (Spain)
            ctx.warn("country_from_town", f"country {entry.code} taken from the town {venue.city!r}", place)
            venue = venue.model_copy(update={"country": entry.name, "country_code": entry.code})
    return venue


def _venue_in(ctx: Context, start: int, end: int, exclude: DateMatch | None) -> Venue | None:
    """A venue from a field value such as "13-15 March 2012, Ashgabat, Turkmenistan"."""
    parts = [(start, end)]
    for d in ctx.find_dates(start, end):
        parts = [p for a, b in parts for p in ((a, d.span[0]), (d.span[1], b))]
    gaps = ctx.layout.label_gaps  # in text order
    for gap_start, gap_end in gaps[bisect_left(gaps, (start, -1)):bisect_left(gaps, (end, -1))]:
        if gap_end <= end:  # a wrapped label's second line: "Date and" / "Venue   Galle"
            parts = [p for a, b in parts for p in (((a, b),) if not a <= gap_start < b else ((a, gap_start), (gap_end, b)))]
    piece = next((p for p in parts if len(parts) > 1 and ctx.search(ONLINE_RE, *p)), None) or \
        max(((a, b) for a, b in parts), key=lambda p: len(ctx.raw[p[0]:p[1]].strip(" ,;*-\u2013")), default=None)
    if piece is None:  # the part that says it met online ("…, 10:00–13:00 Fiji" / "VENUE  time), online via the
        return None  # Webex platform"), else the longest
    a, b = piece
    text = ctx.raw[a:b]
    lead = len(text) - len(text.lstrip(" ,;*-\u2013\t\n)"))  # ")" too: "(21:00 UTC on 13–14 October) – online"
    a += lead
    b -= len(text) - len(text.rstrip(" ,;*-\u2013\t\n.(["))  # "… monitor (23 May, 14:00)": not its bracket
    if b <= a:
        return None
    online = ctx.search(ONLINE_RE, a, b) or ctx.search(_PLATFORM, a, b)
    venue = _venue_from_parts(ctx, a, b) if not online or ctx.search(HYBRID_RE, a, b) else _place_before_online(ctx, a, online.start())
    if venue is not None:
        return venue.model_copy(update={"online": True, "text": ctx.raw[a:b], "span": (a, b)}) if online else venue
    if online:
        return Venue(online=True, text=ctx.raw[a:b], span=(a, b))
    return None


_APART = patterns.compile(r"[,;(&+]|\b(?:with|and|plus)\b")


def _place_before_online(ctx: Context, a: int, cue: int) -> Venue | None:
    """The place a field names before its online cue and apart from it, which makes the event hybrid:
    "Windhoek, Namibia (Safari Court), with remote connection via WebEx", "… Beirut, Lebanon & online
    (Webex)" (not "Fully online": a town's name that is the cue's adverb)."""
    places = [m for m in ctx.mentions.within("places", a, cue) + ctx.mentions.within("states", a, cue)
              if not _is_time_zone(ctx, m)]
    last = max((m.end for m in places), default=None)
    if last is None or not _APART.search(ctx.raw, last, cue):
        return None
    return _venue_from_parts(ctx, a, cue)


_PLATFORM = cue_words(patterns.compile(
    r"(?i)\b(?:zoom|webex|(?:microsoft[ \t]+)?teams(?:[ \t]+meeting)?|google[ \t]+meet|skype|gotomeeting|gotowebinar|"
    r"interprefy|kudo|video[ \t-]?links?)\b"), "zoom webex teams meet skype gotomeeting gotowebinar interprefy kudo video")
"""A meeting platform named as a venue: "Where: Microsoft Teams Meeting", "Venue: Zoom", "by video link"."""


_US_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
              "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
_US_ADDRESS = patterns.compile(
    rf"(?P<city>\p{{Lu}}[\p{{L}}.'\-]*+(?:[ ]\p{{Lu}}[\p{{L}}.'\-]*+){{0,2}}),[ ]++(?:{'|'.join(_US_STATES)})[ ]++\d{{5}}(?:-\d{{4}})?\b")
"""A US postal address's "City, ST 12345": the venue is in the United States, whatever a State's
name beside it says ("Athens, Georgia – … Athens, GA 30602" is no town of Georgia the State)."""
_US_STATE_NAMES = frozenset({"GEO"})
"""States whose name a US state shares."""
_A_US_STATES_NAME = patterns.compile(
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    r"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    r"Montana|Nebraska|Nevada|New[ ]Hampshire|New[ ]Jersey|New[ ]Mexico|New[ ]York|North[ ]Carolina|North[ ]Dakota|Ohio|"
    r"Oklahoma|Oregon|Pennsylvania|Rhode[ ]Island|South[ ]Carolina|South[ ]Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
    r"Washington|West[ ]Virginia|Wisconsin|Wyoming)")
"""A US state's name after a city of the United States: "Seattle, Washington, United States" is in Seattle."""


def _a_us_states_after_its_town(ctx: Context, m: Mention) -> bool:
    """Whether the city ``m`` is a US state's name after a town's: "Richland, Washington" is in Washington State
    (not "…, Washington, D.C.")."""
    return m.code == "USA" and _A_US_STATES_NAME.fullmatch(ctx.raw, m.start, m.end) is not None \
        and _A_TOWN_BEFORE.search(ctx.raw, max(0, m.start - 40), m.start) is not None \
        and _THE_DISTRICT_NEXT.match(ctx.raw, m.end) is None


_THE_DISTRICT_NEXT = patterns.compile(r"[ \t,]*+D\.?[ ]?C\b")
"""After "Washington", the district that makes it the city: ", D.C.", " DC"."""


_JUST_A_COMMA = patterns.compile(r",[ \t]*+")
_A_COMMA_AT_A_LINES_END_TOO = patterns.compile(r",[ \t]*+(?:\n[ \t]*+)?")
"""A comma between a venue's parts, perhaps at a wrapped line's end ("Wodonga, Victoria,\nAustralia")."""
_QUOTES = frozenset('"\u201c\u201d\u00ab\u00bb')


_SHARED_SHORT_NAMES = {"congo": frozenset({"COG", "COD"}), "korea": frozenset({"KOR", "PRK"})}
"""A short name two States go by: after a city of one of them, it is the city's ("Lubumbashi, Congo",
"Pyongyang, Korea")."""
_THE = re.compile(r"^the\s+")


def _venue_from_parts(ctx: Context, a: int, b: int) -> Venue | None:
    """City and country from the mentions in raw ``[a, b)``: "Ashgabat, Turkmenistan", "Singapore",
    "Kathmandu" (its country then comes from the city gazetteer, with a warning), a US postal
    address's city (:data:`_US_ADDRESS`)."""
    named = [m for m in ctx.mentions.within("places", a, b) if m.kind == "city" and not _is_time_zone(ctx, m)
             and not (ctx.raw[m.start - 1:m.start] in _QUOTES and ctx.raw[m.end:m.end + 1] in _QUOTES)
             and not _A_DISTRICT_BEFORE.search(ctx.raw, max(a, m.start - 12), m.start)]  # "Narwana, District Jind"
    # (a facility's name in quotes: 'Salón Municipal "Santiago de los Caballeros", Ciudad Vieja, …')
    named = [m for m in named if not (_A_DIVISION_NEXT.match(ctx.raw, m.end) and (
        ctx.raw[m.start - 1:m.start] == "(" or _A_TOWN_BEFORE.search(ctx.raw, a, m.start)
        or _A_PART_BEFORE.search(ctx.raw, a, m.start) or ctx.raw.endswith("Greater ", a, m.start)
        or _A_NAMES_LAST_WORD.search(ctx.raw, max(a, m.start - 30), m.start)))]
    # "Tarapoto (San Martín Region), Peru", "Pisco, Ica Region, Peru", "Greater Accra Region", "Kavali, Sri Potti
    # Sriramulu Nellore District": the region a city's name also names
    named = [m for m in named if not _A_TOWN_THEN_A_DIVISION_OF.search(ctx.raw, max(a, m.start - 60), m.start)
             and not (_A_DIVISION_OF_BEFORE.search(ctx.raw, max(a, m.start - 16), m.start) and subdivision_of(m.text))]
    # "Sebdou (Wilaya of Tlemcen), Algeria": the town, not the seat its division is named after; "Seropédica, State of
    # Rio de Janeiro, Brazil": the State named after its capital, not the city
    named = [m for m in named if not (_NEAR_BEFORE.search(ctx.raw, max(a, m.start - 12), m.start)
                                      or ctx.raw[m.start - 1:m.start] == "(" and _AN_AREA_NEXT.match(ctx.raw, m.end))]
    # "Kópavogur (Reykjavík capital area), Iceland", "Kópavogur (near Reykjavík)": the town, not the city it is near
    named = [m for m in named if not _opens_a_divisions_name(ctx, m, b)]  # "Tramandaí, Rio Grande do Sul, Brazil"
    named = [m for m in named if not _A_NAMES_LAST_WORD.search(ctx.raw, max(a, m.start - 30), m.start)
             or _of_the_state_it_names(ctx, m, ctx.mentions.within("states", a, b))]
    # "Chitipa Boma, …, Malawi": Boma, a town of Congo, as the last word of another's name
    if named and ctx.raw.find("(", a, b) >= 0:
        named = [m for m in named if not _in_brackets_after_a_state(ctx, a, m)]
    cities = [m for m in named if not _FACILITY_NAME_GOES_ON.match(ctx.raw, m.end, b)
              and not _FACILITY_HEAD_BEFORE.search(ctx.raw, max(a, m.start - 16), m.start)]
    if not cities and named:  # "Kigali Convention Centre, Rwanda": the city its facility is named after, unless
        town = _a_towns_part_after(ctx, named[-1], a, b)  # a town of the State follows: "Kara O'Mula Lodge, Mulanje, Malawi"
        if town is not None:
            return town
        cities = named
    # "Shangri-La Hotel, Ulaanbaatar" is in Ulaanbaatar; "KESRA, Mombasa Campus" still in Mombasa;
    # "Palacio San Martín, Buenos Aires" in Buenos Aires
    states = [s for s in ctx.mentions.within("states", a, b) if not _is_time_zone(ctx, s)]
    us = _US_ADDRESS.search(ctx.raw, a, b) if ctx.raw.find(",", a, b) >= 0 else None
    if us is not None and all(s.key in _US_STATE_NAMES or s.key == "USA" for s in states):
        entry = state_by_code("USA")
        return Venue(city=us.group("city"), country=entry.name if entry else None, country_code="USA",
                     text=ctx.raw[a:b], span=(a, b))
    city = cities[0] if cities else None
    if len(cities) > 1:  # "Bintumani Conference Centre, Aberdeen, Freetown, Sierra Leone": a district, then its city
        city = next((c for c in cities[1:] if any(_JUST_A_COMMA.fullmatch(ctx.raw, p.end, c.start) for p in cities)
                     and any(_JUST_A_COMMA.fullmatch(ctx.raw, c.end, s.start)
                             and (c.code == s.code or city.code != s.code) for s in states)
                     and not (city.code == c.code == "USA" and _A_US_STATES_NAME.fullmatch(ctx.raw, c.start, c.end))), city)
        # but "Bucaramanga, Santander, Colombia": a department named as a town of another State is not the city;
        # nor "Seattle, Washington, United States": a US state's name
    state = next((s for s in states if city is None or s.start >= city.end), None)
    if city is None and state is not None and len(states) > 1 and (
            _in_a_bodys_name(ctx, state) or _A_DIVISION_NEXT.match(ctx.raw, state.end)):
        state = next((s for s in states if s.start > state.end and not _in_a_bodys_name(ctx, s)), state)
        # "Kenya School of Government training facility, Nanyuki, …, Kenya": the facility's name is no country; nor
        # a division's ("Hosaena, Hadiya Zone, Central Ethiopia Regional State, Ethiopia")
    if city is None and state is not None:  # "Antigua Guatemala, Guatemala": the first names the town
        state = next((s for s in states if s.code == state.code and s.start > state.end
                      and ctx.raw[state.end:s.start].strip() == ","), state)
    if state is not None and city is not None and city.code and city.code != state.code \
            and city.code in _SHARED_SHORT_NAMES.get(_THE.sub("", state.text.lower()), ()):
        state = None  # "Lubumbashi, Congo": the short name two States share, the city's one of them
    if city is not None and state is not None and city.end <= state.start:
        town = _a_longer_town_ending_with(ctx, city, a, state)
        if town is not None:  # "Las Rozas Innova Centre, Las Rozas de Madrid, Spain": the town, not Madrid
            return Venue(city=town, country=state.name, country_code=state.code, text=ctx.raw[a:b], span=(a, b))
    city_state = next((s for s in states if city is not None and (s.start, s.end) == (city.start, city.end)), None)
    longer = _a_longer_town_of_a_named_state(ctx, city, b) if state is None and city is not None and city_state is None \
        else None
    if longer is not None:  # "San José del Guaviare, 10 July 2025" in a text on Colombia: not San José (Costa Rica)
        name, entry = longer
        ctx.warn("country_from_town", f"country {entry.code} taken from the town {name!r}", (city.start, city.end))
        return Venue(city=name, country=entry.name, country_code=entry.code, text=ctx.raw[a:b], span=(a, b))
    if state is None and city_state is not None:
        state = city_state  # a city-state: "held in Singapore"
    elif state is None and city is not None and city.code:
        entry = state_by_code(city.code)
        if entry is not None:
            ctx.warn("country_from_city", f"country {city.code} taken from the city {city.name!r}", (city.start, city.end))
            town = _a_town_before_its_seat(ctx, a, city)  # "…, Urla (İzmir),": the State wrapped past the value
            return Venue(city=town or city.name, country=entry.name, country_code=city.code, text=ctx.raw[a:b],
                         span=(a, b))
    if city is not None and state is not None and city.code and city.code != state.code \
            and _A_COMMA_AT_A_LINES_END_TOO.fullmatch(ctx.raw, city.end, state.start) \
            and _A_TOWN_BEFORE.search(ctx.raw, a, city.start):
        town = _unknown_city(ctx, a, city.start, None)
        if town is not None:  # "Riberalta, Beni, Bolivia": Beni, a town of Congo, is a department of Bolivia (and
            # "Wodonga, Victoria,\nAustralia": Victoria, the Seychelles' capital, a state of Australia)
            return Venue(city=town, country=state.name, country_code=state.code, text=ctx.raw[a:b], span=(a, b))
    if city is not None and state is not None and city.code == state.code:
        town = _a_town_before_its_seat(ctx, a, city)
        if town is not None:  # "…, Águilas (Murcia), Spain": the town, its province's seat in brackets after it
            return Venue(city=town, country=state.name, country_code=state.code, text=ctx.raw[a:b], span=(a, b))
    if city is not None and state is not None and city.code and city.code != state.code:
        town = _a_longer_towns_name(ctx, city, state, b)
        if town is not None:  # "San Vicente de Cañete (Lima Region), Peru": not San, a city of Mali
            return Venue(city=town, country=state.name, country_code=state.code, text=ctx.raw[a:b], span=(a, b))
        town = _unknown_city(ctx, city.end, b, state) if _A_NAME_GOES_ON.match(ctx.raw, city.end, state.start) else None
        if town is not None and state.code in towns_named(town):  # "Pazo de San Marcos, Lugo, Spain": the town
            return Venue(city=town, country=state.name, country_code=state.code, text=ctx.raw[a:b], span=(a, b))
            # of the State after the facility, not San (Mali) inside the facility's name
    if city is not None and state is not None and city.code == state.code and state.code in subdivision_of(city.text) \
            and _JUST_A_COMMA.fullmatch(ctx.raw, city.end, state.start) \
            and (not _a_metropolis(city.name) or _A_US_STATES_NAME.fullmatch(ctx.raw, city.start, city.end)):
        town = _THE_PART_BEFORE.search(ctx.raw, a, city.start)
        if town is not None and _a_town_of(town.group(1), state.code):  # "Punta del Este, Maldonado, Uruguay":
            known = lookup_city(town.group(1))  # Maldonado is the town's department too; "Cheektowaga, New York,
            # United States": a town of the state, not a district of the city ("Miraflores, Lima, Peru")
            return Venue(city=known.name if known is not None else town.group(1), country=state.name,
                         country_code=state.code, text=ctx.raw[a:b], span=(a, b))
    town = _a_town_before_its_city(ctx, a, city, state) if city is not None and state is not None else None
    if town is not None:  # "Botou, Cangzhou, Hebei Province, China": the town, then the city it comes under
        return Venue(city=town, country=state.name, country_code=state.code, text=ctx.raw[a:b], span=(a, b))
    city_name = city.name if city is not None else _unknown_city(ctx, a, b, state)
    if city_name is None and state is None:
        return None
    return Venue(city=city_name, country=state.name if state else None, country_code=state.code if state else None,
                 text=ctx.raw[a:b], span=(a, b))


def _a_town_before_its_city(ctx: Context, a: int, city: Mention, state: Mention) -> str | None:
    """The comma part just before a city of the venue's State when the towns list has it there, the city
    gazetteer does not, and the text names it again: a county town before the city it comes under ("Botou,
    Cangzhou, Hebei Province"), or the state named after its port ("Las Choapas, Veracruz, Mexico"); or the part
    before that, past a division neither list knows ("Purral, Goicoechea, San José, Costa Rica"). Not a
    suburb named once in an address ("Campus, Meadowbrook, Logan City"), a district of a metropolis ("Miraflores,
    Lima, Peru") but a county under it, nor a facility."""
    if city.code != state.code or city.end > state.start:
        return None
    part = _THE_PART_BEFORE.search(ctx.raw, a, city.start)
    town = _SPACES.sub(" ", part.group(1)) if part is not None else None
    if town is not None and not towns_named(town):
        town = _A_COUNTY_WORD.sub("", town)  # "Yanggu County, Liaocheng": the county's town, Yanggu
    if town is not None and not towns_named(town) and lookup_city(town) is None:
        earlier = _THE_PART_BEFORE.search(ctx.raw, a, part.start(1))  # "Purral, Goicoechea, San José, Costa Rica":
        if earlier is not None:  # the town, then its canton, then its province named as its capital is
            part, town = earlier, _SPACES.sub(" ", earlier.group(1))
    if town is None or lookup_city(town) is not None or state.code not in towns_named(town) or _FACILITY.search(town):
        return None
    if _a_metropolis(city.name) and _as_a_whole_word(f"{town} County").search(ctx.raw) is None:
        return None  # a district of a metropolis, unless the text calls the town a county ("Pan'an, Jinhua City,
        # Zhejiang Province" of "the Magistrate of Pan'an County")
    again = _as_a_whole_word(town)
    if again.search(ctx.raw, 0, part.start(1)) is None and again.search(ctx.raw, part.end(1)) is None:
        return None
    return town


def _a_town_before_its_seat(ctx: Context, a: int, city: Mention) -> str | None:
    """The town before a city named in brackets after it, the seat of the town's province ("…, Águilas (Murcia),
    Spain", "Urla (İzmir)"): a town of the city's State the city gazetteer lacks (not "Barisal (Barishal)", "Jazan
    (Jizan)": one city's two spellings; but "Vélez-Málaga (Málaga)", the seat a part of the town's double name)."""
    if ctx.raw[city.start - 1:city.start] != "(" or ctx.raw[city.end:city.end + 1] != ")":
        return None
    town = _VENUE_PARTS.split(ctx.raw[a:city.start - 1])[-1].strip(" */\t\n\u2013\u2014")
    if town and town[:1].isupper() and city.code in towns_named(town) and lookup_city(town) is None \
            and (SequenceMatcher(None, fold(town), fold(city.text)).ratio() < _ANOTHER_SPELLING
                 or fold(city.text) in fold(town).split("-")):
        return town
    return None


_ANOTHER_SPELLING = 0.6
"""How alike (:class:`difflib.SequenceMatcher` ratio, folded) two names must be to be one place's two spellings:
"Barisal" and "Barishal" 0.93, "Jazan" and "Jizan" 0.8; a town and its province's seat, "Águilas" and "Murcia",
0.15 to 0.31."""


def _a_towns_part_after(ctx: Context, facility_city: Mention, a: int, b: int) -> Venue | None:
    """The venue at the town after a facility a city's name opens, when the towns list has that town in
    the State the venue names: "Kara O'Mula Lodge, Mulanje, Malawi" is in Mulanje, not Kara (Togo); "Hotel Milano
    Est, Via Roma 2, Pioltello (…), Italy" in Pioltello, not Milan."""
    states = [s for s in ctx.mentions.within("states", facility_city.end, b) if not _is_time_zone(ctx, s)]
    if not states:
        return None
    town = _unknown_city(ctx, facility_city.end, b, states[0])
    if town is None or states[0].code not in towns_named(town):
        return None
    return Venue(city=town, country=states[0].name, country_code=states[0].code, text=ctx.raw[a:b], span=(a, b))


_A_PARTICLE = r"(?:de|del|da|do|dos|das|di|du|des|la|las|los|le|el|y)"
"""A small word inside a place's name: "de" of "San Vicente de Cañete", "las" of "Santiago de las Vegas"."""
_A_NAME_GOES_ON = patterns.compile(rf"(?:[ ](?:{_A_PARTICLE}[ ])*+\p{{Lu}}[\p{{L}}\p{{M}}'\u2019\-]*+){{1,4}}")
"""The words after a city's name that go on with it, its particles too: " Vicente de Cañete"."""


def _a_longer_towns_name(ctx: Context, city: Mention, state: Mention, b: int) -> str | None:
    """The longest name that opens with ``city``'s and that the towns list has in the venue's State,
    when the city lies in another: "San Vicente de Cañete, Peru" names a town of Peru, not San (Mali);
    or, the list knowing none, the whole name up to the comma before the State ("Beni Suef, Egypt": not
    Beni, a town of Congo)."""
    more = _A_NAME_GOES_ON.match(ctx.raw, city.end, min(b, state.start))
    if more is None:
        return None
    name = next((n for n in _longer_names(city.text, more.group()) if state.code in towns_named(n)), None)
    if name is not None:
        return name
    if _JUST_A_COMMA.fullmatch(ctx.raw, more.end(), state.start) or _divisions_only(ctx.raw, more.end(), state.start):
        return ctx.raw[city.start:more.end()]  # "Beni Suef, Arab Republic of Egypt": a town the lists do not know,
        # whose whole name runs to the State's comma, or to its division's ("Santa Cruz de Mompox, Department of …")
    return None


def _divisions_only(raw: str, a: int, b: int) -> bool:
    """Whether raw ``[a, b)`` is a comma, then only a State's divisions in comma parts: ", Department of Bolívar, "."""
    parts = [p.strip() for p in _VENUE_PARTS.split(raw[a:b])]
    return raw.startswith(",", a) and any(parts) and all(
        _ADMINISTRATIVE.search(f" {p}") or _A_DIVISION_OF.match(p) for p in parts if p)


_ENDS_ON_A_PARTICLE = patterns.compile(rf"\p{{Lu}}[^,()|\n]*?[ ]{_A_PARTICLE}[ ]$")
"""A comma part's words up to a particle just before a city's name: "Las Rozas de " of "Las Rozas de Madrid"."""


_NAMES_BEFORE = patterns.compile(r"(?<![\p{L}\p{M}])(?:\p{Lu}[\p{L}\p{M}'\u2019\-]*+[ ]){1,3}$")
"""The capitalised words just before a city's name in a comma part: "Zduńska " of "Zduńska Wola"."""


def _a_longer_town_ending_with(ctx: Context, city: Mention, a: int, state: Mention) -> str | None:
    """The longest name that ends with ``city``'s, after a particle or capitalised words, and that the towns list
    has in the venue's State: "Las Rozas de Madrid, Spain" names a town of Spain, not Madrid; "Santiago de las Vegas,
    Cuba" not Las Vegas; "Zduńska Wola, Łódź Voivodeship, Poland" not Wola (a district of Warsaw)."""
    part = _VENUE_PARTS.split(ctx.raw[a:city.start])[-1]
    before = _ENDS_ON_A_PARTICLE.search(part) or _NAMES_BEFORE.search(part)
    if before is None:
        return None
    words = [*_SPACES.sub(" ", before.group()).split(" ")[:-1], _SPACES.sub(" ", city.text)]
    return next((name for i in range(len(words) - 1) if words[i][:1].isupper()
                 and state.code in towns_named(name := " ".join(words[i:]))), None)


def _opens_a_divisions_name(ctx: Context, city: Mention, b: int) -> bool:
    """Whether ``city``'s name opens a longer one of a State's division that is no city: "Rio Grande" of "Rio Grande
    do Sul" (not "Santiago del Estero", a province and its city)."""
    more = _A_NAME_GOES_ON.match(ctx.raw, city.end, b)
    return more is not None and any(subdivision_of(n) and lookup_city(n) is None
                                    for n in _longer_names(_SPACES.sub(" ", city.text), more.group()))


def _a_longer_town_of_a_named_state(ctx: Context, city: Mention, b: int) -> tuple[str, StateEntry] | None:
    """The longest name opening with ``city``'s, up to ``b``, that the towns list puts in one State the text names
    and the city is not in, with that State: "San José del Guaviare" in a text that names Colombia."""
    more = _A_NAME_GOES_ON.match(ctx.raw, city.end, b)
    for name in _longer_names(city.text, more.group()) if more is not None else ():
        codes = {s.code for s in ctx.mentions.states if s.code in towns_named(name) and s.code != city.code}
        entry = state_by_code(codes.pop()) if len(codes) == 1 else None
        if entry is not None:
            return name, entry
    return None


def _longer_names(head: str, more: str) -> Iterator[str]:
    """The names ``head`` opens and ``more`` (:data:`_A_NAME_GOES_ON`'s match after it) goes on with, longest first,
    each ending on a capitalised word: "San Vicente de Cañete", "San Vicente"."""
    words = more.split(" ")[1:]
    for n in range(len(words), 0, -1):
        if words[n - 1][:1].isupper():
            yield " ".join([head, *words[:n]])


def _of_the_state_it_names(ctx: Context, city: Mention, states: list[Mention]) -> bool:
    """Whether ``city`` lies in the State a venue names, or, naming none, in one the note names."""
    return any(s.code == city.code for s in states) if states else _of_a_named_state(ctx, city)


def _in_brackets_after_a_state(ctx: Context, a: int, m: Mention) -> bool:
    """Whether a city's name lies in brackets opened after the State a venue names: "Pisco, Peru
    (Naval facilities, Port of General San Martín)" names a port, not the town of the venue."""
    opened = ctx.raw.rfind("(", a, m.start)
    if opened < 0 or ctx.raw.rfind(")", opened, m.start) >= 0:
        return False
    return any(s.end <= opened and not _is_time_zone(ctx, s) for s in ctx.mentions.within("states", a, opened))


def _in_a_bodys_name(ctx: Context, state: Mention) -> bool:
    """Whether a State's name lies inside a body's ("Kenya School of Government")."""
    return any(o.start <= state.start and state.end <= o.end and (o.start, o.end) != (state.start, state.end)
               for o in ctx.mentions.within("orgs", max(0, state.start - 120), state.end + 120))


def _unknown_city(ctx: Context, a: int, b: int, state: Mention | None) -> str | None:
    """The comma part before the country when it looks like a town: "Mbabane, Eswatini" → Mbabane,
    "Austrasse 1, 3700 Spiez, Switzerland" → Spiez (its postal code aside); of several, the one the
    towns list has in that State ("Labasa, Vanua Levu, Fiji" → Labasa), the town of a seat named after
    it ("Chitipa Boma" → Chitipa), a name broken at a line's end whole ("Bossan-" / "goa")."""
    end = state.start if state is not None else b
    the = _THE_LAST.search(ctx.raw, a, end) if state is not None else None
    end = the.start() if the is not None else end
    if state is not None and not ctx.raw[a:end].rstrip().endswith((",", "|")) \
            and not _A_DIVISION_BEFORE_ITS_STATE.search(ctx.raw, a, end) \
            and not (ctx.raw[a:end].endswith("(") and ctx.raw.startswith(")", state.end)):
        return None  # "Great Zimbabwe Hotel, Masvingo": a State's name inside a facility's is no country after a town
    parts = [_A_HYPHENS_LINE_BREAK.sub("", p.strip(" */\t\n(\u2013\u2014"))
             for p in _VENUE_PARTS.split(ctx.raw[a:end])]  # (a dash after the date; "Thornton-\n Cleveleys" one name)
    parts = [_its_known_name(p, state.code) if state is not None and _TWO_NAMES.search(p) else p for p in parts if p]
    popped = None
    while len(parts) > 1 and (_ADMINISTRATIVE.search(_BRACKET_AFTER.sub("", parts[-1]))
                              or _A_DIVISION_OF.match(parts[-1]) or _A_DISTRICT_FIRST.match(parts[-1])
                              or state is not None and state.code in subdivision_of(parts[-1])
                              and (_a_town_of(_A_LINE_ENDS_HYPHEN.sub("", _BRACKET_AFTER.sub("", parts[-2])),
                                              state.code)
                                   or _A_TOWNS_SHAPE.fullmatch(_SPACES.sub(" ", _BRACKET_AFTER.sub("", parts[-2])))
                                   and not _FACILITY.search(parts[-2])
                                   and not _a_town_of(parts[-1], state.code)
                                   or _A_TOWN_HALL_OF.fullmatch(_BRACKET_AFTER.sub("", parts[-2])) is not None
                                   or state.code in subdivision_of(parts[-2]))):
        popped = parts.pop()  # "Garoua, North Region, Cameroon", "…, Chitipa District (Northern Region)",
        # "Livermore, California, USA", "White-" / "horse, Yukon, Canada": the town, not its region, even
        # one the towns list lacks ("Dharwad, Karnataka, India"; not "Halifax Street, Nelson, New Zealand": a
        # region that is a town too stays the town, unless a division comes before it: "Briton Ferry, Neath Port Talbot,
        # Wales, United Kingdom")
    if not parts:
        return None
    hall = _A_TOWN_HALL_OF.fullmatch(_BRACKET_AFTER.sub("", parts[-1])) if state is not None else None
    if hall is not None and _a_town_of(hall["town"], state.code):
        return hall["town"]  # "Town Hall of Tibiri, Department of Guidan Roumdji, Maradi Region, Niger"
    if popped is not None and state is not None and _FACILITY.search(parts[-1]):
        seat = _A_LOCAL_DIVISION.sub("", _BRACKET_AFTER.sub("", popped)).strip()
        if seat != popped and _a_town_of(seat, state.code) \
                and not any(_a_town_of(w, state.code) for w in _A_CAPITALISED_WORD.findall(parts[-1])):
            return seat  # "Customs Training Centre, Paghman District, Kabul Province": the district's seat, after
            # a facility that names no town ("Njala Campus, Moyamba District": Njala)
    named_a_city = next((i for i, p in enumerate(parts[:-1])
                         if _A_CITY_SO_NAMED.fullmatch(p) and not _FACILITY.search(p)), None)
    if named_a_city is not None:
        parts = parts[:named_a_city + 1]  # "Legazpi City, Albay, Philippines": the city, not its province after it
    if state is not None and len(parts) > 1 and state.code not in towns_named(parts[-1]):
        town = next((p for p in reversed(parts[:-1]) if state.code in towns_named(p)), None)
        if town is not None:  # "Labasa, Vanua Levu, Fiji": the town of Fiji, not its island
            return town
    elif state is not None and len(parts) > 1 and state.code in towns_named(parts[-2]):
        return parts[-2]  # "Bhandaria, Pirojpur, Bangladesh": the town, then its district's seat
    candidate = _POSTCODE.sub("", _SPACES.sub(" ", _A_LINE_ENDS_HYPHEN.sub("", _BRACKET_AFTER.sub("", mended(parts[-1])))))
    if state is not None and " " in candidate and state.code not in towns_named(candidate) \
            and state.code in towns_named(candidate.rsplit(" ", 1)[0]):
        candidate = candidate.rsplit(" ", 1)[0]  # "Chitipa Boma", "Dumaguete City": the town of its seat
    elif state is not None and " " in candidate and state.code not in towns_named(candidate) \
            and state.code in towns_named(candidate.rsplit(" ", 1)[1]) \
            and _as_a_whole_word(candidate.rsplit(" ", 1)[1]).search(ctx.raw, end) is not None:
        candidate = candidate.rsplit(" ", 1)[1]  # "Lutherstadt Wittenberg, Saxony-Anhalt, Germany", then "the
        # conference in Wittenberg": the town by the short name the text goes on to call it
    if _A_CITY_SO_NAMED.fullmatch(candidate) and lookup_state(candidate[:-len(" City")]) is None \
            and not _FACILITY.search(candidate):
        candidate = _joined_at_its_line_break(parts[-1][:-len(" City")]) or candidate[:-len(" City")]  # not "Belize City"
    city_and_part = _A_CITY_THEN_ITS_PART.fullmatch(candidate)
    if city_and_part is not None and state is not None and state.code not in towns_named(candidate):
        city = lookup_city(city_and_part["city"])
        if city is not None and city.country_code == state.code:
            return city.name  # "1220 Vienna-Donaustadt, Austria": the city, then its district
    if regex.fullmatch(r"\p{Lu}[\p{L}\p{M}'\u2019.\-]*(?: \p{Lu}[\p{L}\p{M}'\u2019.\-]*){0,2}", candidate) and not _FACILITY.search(candidate) \
            and not _A_DAYS_NAME.fullmatch(candidate):
        return candidate
    if state is not None and state.code in towns_named(candidate) and not _FACILITY.search(candidate):
        return candidate  # "San Vicente de Cañete (Lima Region), Peru": a town of Peru, its particles in its name
    if _A_LETTER_APART.fullmatch(candidate):  # "P isa, Italy": a converter's space after the first letter
        joined = candidate.replace(" ", "", 1)
        city = lookup_city(joined)
        if city is not None and (state is None or city.country_code == state.code) \
                or state is not None and state.code in towns_named(joined):
            return city.name if city is not None else joined
    return None


_THE_LAST = patterns.compile(r"(?<=\s)(?i:the)\s*+$")
"""A State's article its name's mention may leave out: "…, Capelle aan den IJssel (South Holland), the
Netherlands"."""


_A_CITY_THEN_ITS_PART = patterns.compile(r"(?P<city>\p{Lu}[\p{L}\p{M}]++)-[ ]?\p{Lu}[\p{L}\p{M}]++")
"""A city and its district joined by a hyphen, as Central European addresses write them: "Vienna-Donaustadt",
"Bratislava-Petržalka" (a line's break may leave a space after the hyphen)."""


_A_DAYS_NAME = patterns.compile(r"(?i:" + _A_WEEKDAY + r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)")
"""A weekday's name, which a date left beside a place's label leaves ("CITY | Thursday, 2 October 2025"): no town."""


_TWO_NAMES = patterns.compile(r"\p{L}[~/]\p{Lu}")
"""A town's two names, a tilde or a slash between: "Derry~Londonderry", "Bozen/Bolzano"."""


def _its_known_name(part: str, code: str) -> str:
    """Of a town's two names (:data:`_TWO_NAMES`), the first the towns list has in the State with
    ``code``; the part as it is when it has neither."""
    return next((name for name in regex.split(r"(?<=\p{L})[~/](?=\p{Lu})", part) if _a_town_of(name, code)), part)


def _a_town_of(name: str, code: str) -> bool:
    """Whether ``name`` is a town or a city of the State with ``code``."""
    city = lookup_city(name)
    return city is not None and city.country_code == code or code in towns_named(name)


_A_LETTER_APART = patterns.compile(r"\p{Lu} \p{Ll}{2,}+")


_A_CITY_SO_NAMED = patterns.compile(r"\p{Lu}[\p{L}\p{M}'\u2019.\-]*+(?:\s++\p{L}[\p{L}\p{M}'\u2019.\-]*+){0,2}?\s++City")
"""A town named a city ("Legazpi City", "Puerto Prin" / "cesa City"): the city, whatever the province
after it, and the town's name without the word (as "Dumaguete"). Not a facility's name ("Hotel City")."""


def _joined_at_its_line_break(name: str) -> str | None:
    """A city's name that a line break cuts without a hyphen ("Puerto Prin" / "cesa"), joined, when
    the city gazetteer knows it so; None when it does not."""
    if "\n" not in name:
        return None
    city = lookup_city(_A_LINE_BREAK.sub("", name))
    return city.name if city is not None else None


_A_LINE_BREAK = patterns.compile(r"[ \t]*+\r?\n[ \t]*+")


_VENUE_PARTS = patterns.compile(r"[,|](?![^()]{0,40}\))")
"""What parts a venue's words: commas, and a header's bars ("7 to 9 June 2022 | Ondangwa, …"); not a comma
in a town's bracket ("Mbouda (Bamboutos Division, West Region), Cameroon")."""
_A_NAMES_LAST_WORD = patterns.compile(
    r"\p{Lu}(?:[\p{L}\p{M}'\u2019\-]*+[ ]|\p{Ll}[\p{L}\p{M}'\u2019\-]*+[ \t]*+\n[ \t]*+)$")
"""A Title-Case word just before a place's name, one space between, or a line's break after a word in lower case:
"Chitipa " of "Chitipa Boma", "British\n" of "British / Columbia" (not a log's "FROM: DESK JERUSALEM / HAIFA …")."""
_A_DIVISION_BEFORE_ITS_STATE = patterns.compile(
    r",[ \t]*+\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:\s++\p{Lu}[\p{L}\p{M}'\u2019\-]*+)?[ \t]*+\($")
"""A comma part before its State in brackets: ", Scotland (" of "Inverness, Scotland (United Kingdom)"."""


def _a_metropolis(name: str) -> bool:
    """Whether the city gazetteer's ``name`` has a million people or more: a place before it is one of
    its districts ("Miraflores, Lima, Peru"), not a town of a division it names."""
    entry = lookup_city(name)
    return entry is not None and (entry.population or 0) >= 1_000_000


_A_COUNTY_WORD = patterns.compile(r"[ ]County$")
_THE_PART_BEFORE = patterns.compile(
    r"(?:\G|(?<=[,(|\n\u2013\u2014]))[ \t]*+(\p{Lu}[^,()|\n]{1,40}?)[ \t]*+,[ \t]*+(?:\n[ \t]*+)?$")
"""The comma part just before a place in a venue: "Punta del Este" of "Punta del Este, Maldonado, Uruguay" (of
"— Granby, Quebec, Canada" too, a dash after the date; of "…, Pylaia,\n   Thessaloniki, Greece", the line wrapped)."""
_A_PART_BEFORE = patterns.compile(
    r"\p{Lu}[^,()|\n]{1,40}?(?i:district|county|municipality|okrug|raion|rayon),[ \t]*+(?:\n[ \t|\u2502]*+)?$")
"""A division's name and its comma before a place in a venue: "Orekhovo-Zuyevsky urban district, " of
"Likino-Dulevo, Orekhovo-Zuyevsky urban district, Moscow Oblast", "Dumila, Kilosa District," over "|  | Morogoro Region"
(a table's rules before the place on the next line)."""
_A_TOWN_BEFORE = patterns.compile(
    r"\p{Lu}[\p{L}\p{M}'\u2019.\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019.\-]*+){0,2}(?:\s*+\(\p{Lu}[^()\n]{0,20}\))?,\s*+$")
"""A town's name, perhaps its other name in brackets, and its comma just before a place in a venue: "Pisco, " of
"Pisco, Ica Region, Peru", "Koysinjaq (Koya), " of "Koysinjaq (Koya), Erbil Governorate"."""
_A_HYPHENS_LINE_BREAK = patterns.compile(r"(?<=\p{L}-)[ \t]*+\r?\n[ \t]*+(?=\p{Lu})")
"""A line's break after a hyphen, before a capital: a double name's own hyphen ("Thornton-" / "Cleveleys")."""
_A_LINE_ENDS_HYPHEN = patterns.compile(r"(?<=\p{L})-[ \t]*+\r?\n[ \t]*+(?=\p{Ll})")
"""A town's name broken at a line's end: "Bossan-" over "goa". Not the cleaned view's join, which keeps
the hyphen unless the note spells the word whole elsewhere: a town's name is often written once."""
_BRACKET_AFTER = patterns.compile(r"\s*+\((?:[^()]{1,40}|\p{Lu}[^()]{40,59})\)$")
"""A town's region or old name in brackets after it: "Cobija (Pando Department)", "Ibbenbüren (Steinfurt district,
North Rhine-Westphalia)", a longer one opening with a capital (not "(please judge him here, he is too heavy …)")."""
_NEAR_BEFORE = patterns.compile(r"(?:\([ \t]*+(?i:near|outside|greater)|,[ \t]*+(?i:near|outside))[ \t\n]++$")
"""A city a town is near, in its bracket or after its comma: "Kópavogur (near " of "Kópavogur (near Reykjavík)"."""
_AN_AREA_NEXT = patterns.compile(r"[ \t\n]++(?i:(?:capital|metropolitan|metro|urban)[ \t\n]++)?(?i:area|region)\b")
"""A city's area after its name, in a town's bracket: "(Reykjavík capital area)", "(Lisbon metropolitan area)"."""
_DIVISIONS = (r"region|province|department|departamento|district|county|oblast|governorate|prefecture|"
              r"municipality|regency|canton|territory|parish|wilaya|voivodeship|krai|ra[iy]on|state|"
              r"dzongkhag|gewog|upazila|tehsil|taluka?|zone|metropolis|velayat|wela[y\u00fd]at|viloyat|"
              r"autonomous[ ]republic")
_A_DIVISION_NEXT = patterns.compile(
    rf"(?:[ \t]++|[ \t]*+\r?\n[ \t|\u2502]*+)(?i:(?:metropolitan|regional)[ \t\n]++)?(?i:{_DIVISIONS})\b")
"""After a place's name, a State's division it names: "(San Martín Region)", "Santiago Metropolitan Region",
"Parbhani\\n   District" (a table's rules before it on the next line: "Mafinga, Iringa" over "|    | Region"),
"Central Ethiopia Regional State"."""
_A_TOWN_THEN_A_DIVISION_OF = patterns.compile(
    r"\p{Lu}[\p{L}\p{M}'\u2019.\-]*+\s*+(?:\([ \t]*+(?i:district|county|metropolitan\s++city|community)"
    r"|[(,][ \t]*+(?i:wilaya|province|region|department|governorate|oblast|voivodeship|state|emirate))"
    r"(?:[ \t]*+\([\p{L} ]{1,20}\))?\s++of\s++(?:the\s++)?$")
"""A town, then its division named after a seat: "Sebdou (Wilaya of " of "Sebdou (Wilaya of Tlemcen)" (its word
glossed too: "Ouenza, Wilaya (Province) of Tébessa"; a line's break before the bracket; "Colmenar Viejo (Community
of Madrid)"). Not a municipality, which names the town itself ("Municipality of Ñemby"), nor a district or county
after a comma, which can be the town's own ("Victoria, District of Saanich": Saanich)."""
_A_DISTRICT_BEFORE = patterns.compile(r"(?<=^|[,(\n])[ \t]*+(?i:district)[ \t]++$")
"""A district's word before its name, as Indian addresses write it: "District " of "Narwana, District Jind"."""
_A_DIVISION_OF = patterns.compile(r"(?i:region|regi[o\u00f3]n|regione|r\u00e9gion|regi\u00e3o|province|provincia|"
                                  r"prov\u00edncia|department|departamento|d\u00e9partement|prefecture|governorate|"
                                  r"wilaya|oblast|voivodeship|state|estado|emirate)\s++(?:of|de(?:l|\s++la)?|di|d[ao])\s")
"""A division named after its seat, opening a venue's comma part: "Department of Guidan Roumdji", "Región de
Murcia". Not a district, county or municipality, which can be the town's own ("Victoria, District of Saanich")."""
_A_DIVISION_OF_BEFORE = patterns.compile(r"(?:^|(?<=[,\s(]))" + _A_DIVISION_OF.pattern + r"$")
"""Just before a place in a venue, the words that make it a division named after its seat: "State of " of "State of Rio
de Janeiro", "(Región de " of "Alcantarilla (Región de Murcia)"."""
_A_DISTRICT_FIRST = patterns.compile(r"(?i:district)[ \t\n]++\p{Lu}")
"""A comma part that opens with a district's word before its name: "District Jind"."""
_A_CAPITALISED_WORD = patterns.compile(r"\p{Lu}[\p{L}\p{M}'\u2019\-]++")
"""A word that opens with a capital: a facility's words, any of which may be a town's name ("Njala Campus")."""
_A_LOCAL_DIVISION = patterns.compile(r"[ \t\n](?i:district|municipality|upazila|tehsil)$")
"""A local division after its seat's name: "Paghman District", "Madhyapur Thimi Municipality"."""
_ADMINISTRATIVE = patterns.compile(rf"(?i)[ \t\n](?:{_DIVISIONS})$")
"""A State's division, after its name: "North Region", "Itapúa Department", "Lagos State"."""
_POSTCODE = patterns.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5} | \d{4,5}$")
"""A postal code before or after a town in an address: "3700 Spiez", "CH-3700 Spiez"."""


_TIME_ZONE_AFTER = patterns.compile(r"(?:,?[ ]D\.[ ]?C\.)?+[ \t]*+\n?[ \t]*+(?<=\s)(?:standard\s++|summer\s++|daylight\s++)?"
                                    r"time\b", regex.IGNORECASE)
"""A place that names a clock, not a venue: "10:00–13:00 Fiji time", "9 a.m. Geneva Standard Time", a line's end
between ("10:00–13:00 Fiji\n time"), "(Washington, D.C. time)"."""


_CLOCK_THEN_A_BRACKET = patterns.compile(r"\d[:.]\d\d(?:[ \t]*+[ap]\.?m\.?)?\s*+\($", regex.IGNORECASE)
"""A clock time and the bracket that names its place: "08:00–11:30 (New York)"."""


def _is_time_zone(ctx: Context, m: Mention) -> bool:
    return _TIME_ZONE_AFTER.match(ctx.raw, m.end, m.end + 24) is not None \
        or ctx.raw[m.start - 1:m.start] == "(" and ctx.raw[m.end:m.end + 1] == ")" \
        and _CLOCK_THEN_A_BRACKET.search(ctx.raw, max(0, m.start - 40), m.start) is not None


_FACILITY_NAME_GOES_ON = patterns.compile(
    r"(?:[ ]\p{Lu}[\p{L}\-']*+){0,3}[ ](?:Hotel|Resort|Centre|Center|Hall|Palace|Campus|Inn|Lodge|Suites|Club|Facility|Complex|Building|Auditorium|"
    r"Polytechnic|Street|Road|Avenue|Boulevard)\b"
    r"|(?:[ ]\p{Lu}[\p{L}\-']*+){1,3}\s++(?:container\s++)?(?:terminal|harbou?r|airport)\b")
"""A city inside a facility's or a street's name, not ending it: "at the Avani Victoria Falls Resort in Livingstone",
"at the Porto Canale container terminal" (in Cagliari), "Bucharest Boulevard"."""
_FACILITY_HEAD_BEFORE = patterns.compile(
    r"\b(?:Palacio|Pal\u00e1cio|Palais|Palazzo|Palace|Hotel|H\u00f4tel|Casa|Edificio|Centro|Sala|Torre|Villa|Quinta|"
    r"Museo|Teatro|Instituto|Institut|Escuela|Escola|Universidad|Universidade|Universit\u00e9|Academia|Colegio|"
    r"Col\u00e9gio|Biblioteca|Auditorio|Audit\u00f3rio|Fundaci\u00f3n|Funda\u00e7\u00e3o|"
    r"Calle|Avenida|Rua|Rue|Avenue|Boulevard|Bulevardul|Strada|Calea|Ulica|ul\.|Via|Viale|"
    r"Gedung|Wisma|Balai|Graha|Jalan|Jl\.)[ ]$")
"""A facility's or a street's head word opening its name just before a city's: "Palacio Santos", "Hotel Lima",
"Instituto Rio Branco" (Brazil's diplomatic academy, in Brasília), "Bulevardul București 39" (in Ploiești), an
Indonesian "Gedung Negara" (a building, in Sentani; Negara is a town in Bali)."""
_NAME_THEN_COMMA = (r"\p{Lu}[^,.;:()\n]{0,60}?(?:\([\p{Lu}\d&\-]{2,12}\)[ \t]++\p{Lu}[^,.;:()\n]{0,30}?)?"
                    r"(?:\n(?![ \t]*+\n)[^,.;:()\n]{0,60}?)?(?:[ \t]*+\([\p{Lu}\d&\-]{2,12}\))?,")
"""A facility's name and the comma before its city or town: "Ocean Terrace Inn,", wrapped over a line
too ("at the Ranch\nResort, Polokwane"), its acronym after it ("at the American University of Nigeria (AUN), Yola")
or inside it ("at the LASEMA Response Unit (LRU) Base, Cappa, Oshodi")."""
_AT_A_NAMED_PLACE = patterns.compile(
    rf"(?:\bat\s++(?:(?i:the)\s++)?(?:(?:\p{{Ll}}++\s++){{1,3}}+of\s++(?:(?i:the)\s++)?)?"
    rf"|\b(?:in|at)\s++the\s++(?:\p{{Ll}}++\s++){{1,2}}?of\s++the\s++(?:new\s++|old\s++|main\s++)?)"
    rf"{_NAME_THEN_COMMA}(?:[ \t\n]*+\p{{Lu}}[\p{{L}}\p{{M}}'\u2019\-]*+"
    rf"(?:[ ]\p{{Lu}}[\p{{L}}\p{{M}}'\u2019\-]*+)?,)?[ \t\n]*+$")
"""A facility's name and a comma before a city, perhaps with its district: "at the Ocean Terrace
Inn, Basseterre", "at the Ghana Atomic Energy Commission, Kwabenya, Accra", "at the Kenya School of
Government, Lower Kabete, Nairobi", "at the conference room of the Deputy Commissioner's Office, Natore", "in the
auditorium of the new Collectorate building, Khargone"."""
def _of_a_named_state(ctx: Context, city: Mention) -> bool:
    """Whether ``city`` lies in a State the note names, or the note names none: after a facility
    and a district, "Bali" in a note about Indonesia is no town of India."""
    return not ctx.mentions.states or any(s.code == city.code for s in ctx.mentions.states)


_HOSTS_AFTER = patterns.compile(r"[ \t\n]++(?:(?:has|will|is|was)[ \t\n]++)?(?:" + _ADVERB + r"[ \t\n]++)?"
                            r"(?:hosted|hosts|host|hosting|played[ \t\n]++host[ \t\n]++to|HOSTS|HOSTED)(?:,(?:[^,.;\n]|(?<=\d)\.(?=\d)){1,60},)?[ \t\n]++"
                            r"(?:(?:a|an|the|this|its|A|AN|THE)\b"
                            rf"|(?=(?:[\p{{L}}\-]++[ \t\n]++){{0,3}}?(?i:{EVENT_NOUNS})\b)"
                            rf"|(?=(?:[\p{{L}}\-]++[ \t\n]++){{1,5}}?for[ \t\n]++(?:(?:an?|the)[ \t\n]++)?"
                            rf"(?:[\p{{L}}\-]++[ \t\n]++){{0,4}}?(?i:{EVENT_NOUNS}|trainings?)\b))"
                            r"|(?:,[^,.;\n]{1,60},)?[ \t\n]++(?:was|is|will[ \t\n]++be)[ \t\n]++"
                            r"(?:(?:this|last)[ \t\n]++week[ \t\n]++|yesterday[ \t\n]++|today[ \t\n]++)?the[ \t\n]++venue[ \t\n]++(?:of|for)\b")
"""A city as the host of the event: "Accra hosted a subregional workshop" (or "successfully hosted"), a
headline's "Mosul hosts regional workshop on …" (or "CHITUNGWIZA HOSTS NATIONAL SEMINAR …", "Markham Campus
hosts Caribbean border officers for strategic trade training", "The municipality of Lucapa is hosting, from
24.11.2025 to 28.11.2025, a regional training course"), "the town of Soufrière, on our south-west coast, was the
venue of the Caribbean Roundtable"."""
_ITS_CAMPUS_NEXT = patterns.compile(r"[ \t\n]++Campus(?:[ \t\n]++of[ \t\n]++(?:the[ \t\n]++)?\p{Lu}[\p{L}\p{M}\-]*+"
                                   r"(?:[ \t\n]++(?:(?:of|de|do|da)[ \t\n]++)?\p{Lu}[\p{L}\p{M}\-]*+){0,7}+"
                                   r"(?:[ \t]*+\([^()\n]{1,15}\))?)?")
"""A city's campus of a university, its name perhaps after it: "the Sorocaba Campus of UFSCar", "the Chapecó Campus
of the Federal University of Fronteira Sul (UFFS)"."""
_TO_BEFORE = patterns.compile(r"\bto[ \t\n]++$")
"""Before a city the people came to, "for a seminar" after it: "… to Paro for a sub-regional seminar"."""
_IN_TOWN_RE = patterns.compile(r"\b(?:in|at)\s+(?P<town>\p{Lu}[\p{L}\p{M}'\u2019\-]+(?:\s\p{Lu}[\p{L}\p{M}'\u2019\-]+){0,2}),\s*$")
"""A town the gazetteer does not know, named before its State: "in Mbabane, Eswatini"."""


_A_YEAR = patterns.compile(r"(?<!\()\b(?:19|20)\d\d\b(?!\))")
"""A year, not a resolution's in brackets ("resolution 1540 (2004)"): that is no time of an event."""
_NEXT_SENTENCES_REACH = 600
"""How far after a sentence that names only a country its city may be named: two or three sentences."""


_A_SITE_AFTER = patterns.compile(r"[ \t]++(?i:port|airport|harbou?r|seaport|border[ \t]++(?:post|crossing)|terminal|"
                                 r"free[ \t]++zone|container[ \t]++terminal)\b")


def _its_city_next(ctx: Context, venue: Venue, after: int, date: DateMatch | None) -> Venue | None:
    """The first city of ``venue``'s country that the sentences just after ``after`` say the event was
    in ("… a working visit to Côte d'Ivoire from 14 to 16 March 2023. The delegation … was received
    in Abidjan"), as the venue; None when none does or another date comes first."""
    end = min(len(ctx.raw), after + _NEXT_SENTENCES_REACH)
    for m in ctx.mentions.within("places", after, end):
        if m.kind != "city" or m.code != venue.country_code or ctx.in_dateline(m.start, m.end) \
                or ctx.in_other_clause(m.start, m.end) \
                or not _VENUE_PREPOSITION.search(ctx.raw[max(0, m.start - 20):m.start]) \
                or _A_SITE_AFTER.match(ctx.raw, m.end):
            continue  # "equipment installed at Karachi port": a site seen, not where the visit was held
        if date is None or _another_time(ctx, ctx.sentence(m.start), date):
            return None  # "A first course was held in Tashkent in April 2017": another time
        return venue.model_copy(update={"city": m.name, "text": m.text, "span": (m.start, m.end)})
    return None


def _another_time(ctx: Context, sentence: tuple[int, int], date: DateMatch) -> bool:
    """Whether ``sentence`` is dated otherwise than ``date``, or names another year."""
    own = {date.text[-4:]} | {str(year) for year in (date.start[0], date.end[0]) if year is not None}
    return _dated_otherwise(ctx, sentence, date) or any(
        year.group() not in own for year in _A_YEAR.finditer(ctx.raw, *sentence))


def _its_city_on_the_dateline(ctx: Context, venue: Venue) -> Venue | None:
    """The dateline's city, when it is in ``venue``'s country and nothing else places the event in a
    city of it: a ministry's release "Islamabad, 5 February 2026" on a visit "to Pakistan". Warned."""
    place = ctx.dateline_place
    cities = [m for m in ctx.mentions.within("places", *place) if m.kind == "city"] if place is not None else []
    city = next((m for m in cities if m.code == venue.country_code), None)
    if city is None:
        return None
    ctx.warn("venue_from_dateline", f"city {city.name!r} taken from the note's dateline", (city.start, city.end))
    return venue.model_copy(update={"city": city.name})


_THE_VISIT_TO = patterns.compile(r"(?i)\b(?:the|its|this)[ \t\n]++visit[ \t\n]++to[ \t\n]++$")


def _the_visit_to_its_city(ctx: Context, venue: Venue) -> Venue | None:
    """The one city of ``venue``'s country that "the visit to" names: "on its official visit to
    Canada …" then "The visit to Ottawa was organized by …" (a city named elsewhere, "a conference in
    Montreal in November 2024", is no rival). Warned."""
    found = {m.name: m for m in reversed(ctx.mentions.places) if m.kind == "city" and m.code == venue.country_code
             and _THE_VISIT_TO.search(ctx.raw, max(0, m.start - 20), m.start)}
    return _the_one_city(ctx, venue, found, "the city of {code} the visit is said to be to")


def _the_one_city(ctx: Context, venue: Venue, found: dict[str, Mention], why: str) -> Venue | None:
    """``venue`` in the one city ``found`` holds, warned with ``why`` (its ``{code}``: the country's);
    None when it holds none, or two."""
    if len(found) != 1:
        return None
    (m,) = found.values()
    ctx.warn("city_from_text", f"city {m.name!r}: " + why.format(code=venue.country_code), (m.start, m.end))
    return venue.model_copy(update={"city": m.name})


_A_VISIT_TO_BEFORE = patterns.compile(r"(?i)\b(?:visit|trip|excursion|tour)[ \t\n]++to[ \t\n]++(?:the[ \t\n]++)?$")


def _its_one_city(ctx: Context, venue: Venue, date: DateMatch | None) -> Venue | None:
    """The one city of ``venue``'s country the text puts anything in ("Still thinking about last week
    in Dili" over "… on its visit to Timor-Leste"), outside other events' clauses and sentences dated
    otherwise than ``date``; None when it names none, or two. Inferred, so warned."""
    if date is None:
        return None
    found = {m.name: m for m in reversed(ctx.mentions.places)  # reversed: each name's first mention is kept
             if m.kind == "city" and m.code == venue.country_code
             and not ctx.in_other_clause(m.start, m.end)
             and _VENUE_PREPOSITION.search(ctx.raw[max(0, m.start - 20):m.start])
             and not _A_SITE_AFTER.match(ctx.raw, m.end)
             and not _A_VISIT_TO_BEFORE.search(ctx.raw, max(0, m.start - 24), m.start)
             and not _another_time(ctx, ctx.sentence(m.start), date)}  # nor a trip out: "a visit to the Padang
    return _the_one_city(ctx, venue, found, "the one city of {code} the text puts anything in")  # Besar border complex"


def _venue_after_preposition(ctx: Context, sentence: tuple[int, int], other: bool = False) -> Venue | None:
    """The first city or State after "in", "at" or "visited" in a sentence about the event
    (``other``: about another event, so clauses about other events are not skipped)."""
    s0, s1 = sentence
    places = [m for m in ctx.mentions.within("places", s0, s1) if m.kind == "city"]
    states = ctx.mentions.within("states", s0, s1)
    orgs = ctx.mentions.within("orgs", s0, s1)
    bodies = Cover((o.start, o.end) for o in orgs if o.source != "town_government")  # "the Municipality of
    for m in sorted(places + states, key=lambda m: m.start):  # Strumica was host of a two-day workshop": its town
        if ctx.in_dateline(m.start, m.end) or (not other and ctx.in_other_clause(m.start, m.end)):
            continue
        if bodies.contains(m.start, m.end) and not city_ending_a_phrase(ctx.raw, m, SpanIndex(orgs)):
            continue  # "the Government of Mexico" is not a place the event is in
        campus = _ITS_CAMPUS_NEXT.match(ctx.raw, m.end, s1) if m.kind == "city" else None
        if m.kind == "city" and campus is None and _FACILITY_NAME_GOES_ON.match(ctx.raw, m.end, s1):
            continue  # "at the Shangri-La Hotel, Ulaanbaatar": a hotel's name, not the city of Shangri-La
            # (but "the Sorocaba Campus of UFSCar hosted …": a university's campus is named for its town)
        if m.kind == "city" and _FACILITY_HEAD_BEFORE.search(ctx.raw, max(s0, m.start - 16), m.start) \
                and any(p.start >= m.end for p in places + states):
            continue  # "at the Palacio Santos in Montevideo": a palace's name; its city comes after
        before = ctx.raw[max(s0, m.start - _PREPOSITION_REACH):m.start]  # "welcoming the participants of the workshop to"
        if _BACK_HOME_IN.search(before):
            continue  # "Back home in Apia after a few days in Nadi": where the writer is now
        if _SEAT_IN.search(before):
            continue  # "… and UNRCPD, which is based in Kathmandu": a body's seat, not the event's place
        if m.kind == "city" and _a_ministry_in_its_capital(ctx, orgs, m):
            continue  # "organized by the Ministry of Foreign Affairs in Tehran together with …": where it sits
        if _FAR_FROM.search(before):
            continue  # "– far from the ministries in Dhaka, in the district town of Dinajpur": not there
        if m.kind == "city" and _A_SIDE_VISIT_BEFORE.search(ctx.raw, max(s0, m.start - _SIDE_VISIT_REACH), m.start):
            continue  # "the group visited the Ferrari Museum in Maranello": a trip out of the event's town
        if m.kind == "state" and _ITS_TOWN_OF_AFTER.match(ctx.raw, m.end, s1) \
                and any(p.start >= m.end for p in places):
            continue  # "in the US city of Eugene (Oregon)": the city named next is the place
        unknown = _IN_TOWN_RE.search(ctx.raw, max(s0, m.start - 50), m.start) if m.kind == "state" else None
        if unknown and not _FACILITY.search(unknown.group("town")) \
                and not _SEAT_IN.search(ctx.raw, max(s0, unknown.start("town") - _PREPOSITION_REACH), unknown.start("town")) and (
                other or not ctx.in_other_clause(*unknown.span("town")) and not _A_SIDE_VISIT_BEFORE.search(
                    ctx.raw, max(s0, unknown.start("town") - _SIDE_VISIT_REACH), unknown.start("town"))):
            a = unknown.start("town")
            return Venue(city=_SPACES.sub(" ", unknown.group("town")), country=m.name, country_code=m.code,
                         text=ctx.raw[a:m.end], span=(a, m.end))
        if not _VENUE_PREPOSITION.search(before) \
                and not (m.kind == "city" and _HOSTS_AFTER.match(ctx.raw, campus.end() if campus else m.end, s1)) \
                and not (m.kind == "city" and _where_it_was_held(ctx, m.end, s1)) \
                and not (m.kind == "city" and _TO_BEFORE.search(before) and FOR_AN_EVENT.match(ctx.raw, m.end, s1)) \
                and not (m.kind == "city" and (_AT_FACILITY.search(ctx.raw, max(s0, m.start - 60), m.start)
                                      or _AT_A_NAMED_PLACE.search(ctx.raw, max(s0, m.start - 90), m.start)
                                      and _of_a_named_state(ctx, m) and not _a_us_states_after_its_town(ctx, m))
                and not _FACILITY_NAME_GOES_ON.match(ctx.raw, m.end, s1)):
            continue
        if m.kind == "city":
            state = next((s for s in states if 0 <= s.start - m.end <= 3 and not (
                m.code and s.code != m.code and _A_CLAUSES_VERB_NEXT.match(ctx.raw, s.end, s1))), None)
            end = state.end if state is not None else m.end  # "in #Quito, Canada joined experts": Canada's no place
            return _venue_from_parts(ctx, m.start, end)
        return _town_in(ctx, s0, s1, other, [m]) or _venue_from_parts(ctx, m.start, m.end)
    return _city_opening_a_facility(ctx, orgs, other) or _capital_by_adjective(ctx, s0, s1) or \
        _town_in(ctx, s0, s1, other)


_PREPOSITION_REACH = 60
_IN_ITS_CAPITAL = patterns.compile(r"[ \t\n]++in[ \t\n]++(?:the[ \t\n]++)?")
"""Between a body's name and the city it sits in: " in ", across a line's end too."""
_A_MINISTRY = patterns.compile(
    r"(?i)(?:the[ \t\n]++)?(?:ministry|ministère|ministerio|ministério|foreign[ \t\n]++office)\b")
"""A ministry's head word, opening the body's text or inside its name ("… Division of the Foreign Office")."""


def _a_ministry_in_its_capital(ctx: Context, orgs: list[Mention], city: Mention) -> bool:
    """Whether ``city`` is the capital a ministry named just before it sits in: "the Ministry of Foreign Affairs in
    Tehran", "the Strategic Export Control Division of the Foreign Office in Islamabad", "the Ministry of Economy,
    Trade and Industry in Tokyo": a national ministry's seat, not where the event was, when a town's or a
    province's government of the State is named too ("the Governorate of Qorveh hosted a workshop")."""
    body = next((o for o in orgs if o.end <= city.start and _IN_ITS_CAPITAL.fullmatch(ctx.raw, o.end, city.start)),
                None)
    if body is None or not (_A_MINISTRY.match(ctx.raw, body.start) or _A_MINISTRY.search(body.name)):
        return False
    capitals = {capital_of(code) for code in {body.code, city.code} if code}
    return city.name in capitals and any(o.source in LOCAL_GOVERNMENT_SOURCES and o.code in (None, city.code)
                                         for o in ctx.mentions.orgs)


_WHERE_AFTER = patterns.compile(r"(?:[ \t]*+\([^()\n]{1,40}\))?,[ \t\n]++where\b")
_THE_EVENT_IN_THE_CLAUSE = patterns.compile(
    rf"[^.;]{{0,80}}?\b(?i:the|this|our)[ \t\n]++(?:(?!(?i:first|second|third|next|previous|earlier|last|former|"
    rf"preparatory)\b)[\w\-]++[ \t\n]++){{0,3}}?(?i:{EVENT_NOUNS})\b")


def _where_it_was_held(ctx: Context, end: int, s1: int) -> bool:
    """Whether a city is followed by ", where" and a clause that says the event was held there: "… have
    returned from Rzeszów (Republic of Poland), where from 14 to 16 May they took part in the international
    exercise" (the event named with "the", not "where ISS held the first workshop in 2019": another one)."""
    where = _WHERE_AFTER.match(ctx.raw, end, s1)
    return where is not None and ctx.search(TRIGGER_RE, where.end(), s1) is not None \
        and _THE_EVENT_IN_THE_CLAUSE.match(ctx.raw, where.end(), s1) is not None


_SEAT_IN = patterns.compile(r"(?i)\b(?:(?:based|headquartered|seated)[ \t\n]+in"
                            r"(?:[ \t\n]+\p{Lu}[^.;,()\n]{0,30},[ \t\n]+in(?:[ \t\n]+the)?)?+"
                            r"|(?:seat|headquarters|head[ \t\n]+office|main[ \t\n]+office)[ \t\n]+(?:is|are|lies)"
                            r"[ \t\n]+(?:at|in)"
                            r"|(?:whose|its|their)[ \t\n]+offices?[ \t\n]+(?:is|are)[ \t\n]+(?:at|in)"
                            r"|(?:which|that|who)[ \t\n]+(?:works|operates)[ \t\n]+(?:out[ \t\n]+of|from)"
                            r"|(?:with|having|(?:which|that)[ \t\n]+(?:has|have))[ \t\n]+(?:its[ \t\n]+|their[ \t\n]+)?"
                            r"(?:seat|headquarters|head[ \t\n]+office)[ \t\n]+(?:at|in))[ \t\n]+$")
"""A body's seat: "UNRCPD, which is based in Kathmandu", "… based in The Hague, in the Netherlands" (its State as
well), "RACVIAC, whose seat is at Rakitje", "a United Nations regional centre whose head office is in Kathmandu",
"a United Nations centre with headquarters in Lima", "UNLIREC, which
has its headquarters in Lima", "UNRCPD, whose office is in Kathmandu", "UNRCPD, which works out of Kathmandu" (not a
venue's "received … at the Ministry's headquarters in Kuwait City")."""
_FAR_FROM = patterns.compile(r"(?i)\b(?:far|away)[ \t\n]++from\b[^.;,:()]{0,40}$")
"""Before a place the event is kept from: "far from the ministries in Dhaka", "away from the capital,"."""
_ITS_TOWN_OF_AFTER = patterns.compile(r"[ \t\n]++(?:city|town|village|port|capital)[ \t\n]++of[ \t\n]++(?=\p{Lu})")
"""After a State's name, a town of it named next: "the US city of Eugene", "the Thai port of Laem Chabang"."""
_A_SIDE_VISIT_BEFORE = patterns.compile(
    r"(?i)\b(?:participants|the[ \t\n]++group|delegates|attendees|trainees|students|the[ \t\n]++class|they)\b"
    r"[^.;:\n]{0,40}?\b(?:visited|toured|(?:went|were[ \t\n]++taken)[ \t\n]++(?:on[ \t\n]++)?(?:an?[ \t\n]++)?"
    r"(?:(?:study|site|field|technical)[ \t\n]++)?(?:visit|tour|trip|excursion)[ \t\n]++to)"
    r"[ \t\n]++(?:the|an?)[ \t\n]++[^.;:\n]{1,60}?[ \t\n]++in[ \t\n]++$")
"""Before a town the event's people went out to, a site there named first: "the group visited the
Ferrari Museum in Maranello", "participants on Wednesday visited a pharmaceutical plant in Sagamu"."""
_SIDE_VISIT_REACH = 140
_BACK_HOME_IN = patterns.compile(r"(?i)\b(?:back(?:[ \t]+home)?|home|returned)[ \t]+(?:in|to)[ \t]+$")
_TOWN_WORD = r"\p{Lu}[\p{L}\p{M}'\u2019\-]*+"
_TOWNS_PARTICLES = ("de", "del", "da", "do", "dos", "das", "di", "la", "el")
_A_TOWNS_PARTICLE = rf"(?:{'|'.join(_TOWNS_PARTICLES)}|{'|'.join(_TOWNS_PARTICLES).upper()})"
_A_TOWNS_NAME = rf"{_TOWN_WORD}(?:[ ](?:{_A_TOWNS_PARTICLE}[ ])?{_TOWN_WORD}){{0,2}}"
"""A town's name: up to three capitalised words, with a Romance language's particle between two ("Alcal\u00e1 de
Guada\u00edra", "Tabuleiro do Norte", "SAN PEDRO DE URAB\u00c1")."""


_A_TOWN_IN_A_HEADLINE = patterns.compile(
    rf"(?m)^[ \t*#]*+(?P<town>{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}})[ \t]*+(?P<colon>:)[ \t]++(?=\p{{Lu}}*+\p{{Ll}})"
    rf"|\b(?i:in|at)[ \t]++(?:(?i:the)[ ]++)?(?P<town>{_A_TOWNS_NAME})(?![\p{{L}}\p{{M}}'\u2019\-])")
"""A town a headline puts its story in: "Kasserine: border officers trained …", "… welcomes
West African experts in Richard-Toll"."""


_TOWN_AFTER = patterns.compile(
    rf"\b(?:(?i:in|at)|(?P<to>to))\s++(?:(?i:the)\s++)?"
    rf"(?:(?:city|town|village)\s++of\s++|(?P<named>{_NAME_THEN_COMMA})\s*+)?"
    rf"(?P<town>{_TOWN_WORD}(?:[ \n](?:{_A_TOWNS_PARTICLE}[ ])?{_TOWN_WORD}){{0,2}})(?![ \n]?\p{{Lu}}|\s++of\s"
    rf"|\s++(?:della|dei|degli|delle|di)\s++\p{{Lu}})")
"""A town after "in" or "at", or after the facility it has: "in Swakopmund", "in Bir el Ater", "at the Laguna
Resort, Nusa Dua", "in the city of Cholpon-Ata", "in West / Bridgford" across a line's end (not "at
the University of Fianarantsoa" or "in the Sala dei Baroni": a body's or a hall's name goes on); after "to"
when the event people came for follows (:func:`_town_in`)."""

_A_TOWNS_HALL = patterns.compile(
    rf"(?P<town>{_TOWN_WORD}(?:[ ]{_TOWN_WORD})??)[ ](?:Civic|Community|Town|City|Municipal|Cultural)[ ]"
    r"(?:Centre|Center|Hall)")
"""A town's own hall, named after it: "Grabouw Civic Centre", "Garango Town Hall", "Karacabey Cultural Centre" (not
"Sharon Conference Centre", "Garrett Hall": a region's name, a person's)."""


def _town_in(ctx: Context, s0: int, s1: int, other: bool, states: list[Mention] | None = None) -> Venue | None:
    """A town too small for the city gazetteer, where a venue is named (:data:`_TOWN_AFTER`),
    in a State the note names (of ``states`` when given: the State the sentence puts the event
    in): "at the Hôtel Étoile du Sud, Grand-Bassam" in a note about Côte d'Ivoire. A town of a
    State the note does not name is no venue: too many town names are words or surnames."""
    for m in ctx.finditer(_TOWN_AFTER, s0, s1):
        a, b = m.span("town")
        named = m.group("named")
        if named is not None and (not other and not ctx.in_other_clause(a, b)) and (
                division := _town_before_its_division(ctx, m.span("named")[0], m.span("named")[1] - 1, a, b)):
            return division  # "in Launceston, Tasmania, from Monday 19 …": the town of the division's State
        codes = towns_named(_SPACES.sub(" ", m.group("town")))
        if not codes and "\n" in m.group("town"):  # "in Lagos / The …": the town before the line's end
            b = ctx.raw.index("\n", a)
            codes = towns_named(ctx.raw[a:b])
        if not codes and named is None and (hall := _A_TOWNS_HALL.fullmatch(ctx.raw, a, b)) is not None:
            b = hall.end("town")  # "at the Grabouw Civic Centre", "of the Garango Town Hall": its town
            codes = towns_named(ctx.raw[a:b])
        if not codes or ctx.in_dateline(a, b) or (not other and ctx.in_other_clause(a, b)):
            continue
        if any(s.start <= a and b <= s.end for s in ctx.mentions.within("states", s0, s1)):
            continue  # "headquartered in Port of Spain, Trinidad and Tobago": a State's name, no town of Colorado
        if m.group("to") is not None and not FOR_AN_EVENT.match(ctx.raw, b + ctx.raw.startswith(",", b)):
            continue  # "welcomed officials … to County Hall, Trowbridge, for a roundtable" (not "sent to Nairobi")
        if not other and _A_SIDE_VISIT_BEFORE.search(ctx.raw, max(s0, a - _SIDE_VISIT_REACH), a):
            continue  # "participants on Wednesday visited a pharmaceutical plant in Sagamu": a trip out
        if _SEAT_IN.search(ctx.raw, max(s0, a - _PREPOSITION_REACH), a):
            continue  # "organised by BAFA, which has its seat in Eschborn": the body's town, not the event's
        state = next((s for s in (ctx.mentions.states if states is None else states) if s.code in codes), None)
        if state is None and states is None:
            state = _state_of_town_by_its_people(ctx, ctx.raw[a:b])  # "held at the ARP Business Incubator in Mielec"
        if state is not None and _A_DIVISION_NEXT.match(ctx.raw, b):  # "in Gelephu, Sarpang district, Bhutan":
            named = m.group("named")  # the district a town names, after the town the event is in
            if named is None or not _A_TOWNS_SHAPE.fullmatch(named[:-1]) or _FACILITY.search(named):
                continue
            a, b = m.span("named")[0], m.span("named")[1] - 1
        if state is not None:
            return Venue(city=_SPACES.sub(" ", ctx.raw[a:b]), country=state.name, country_code=state.code,
                         text=ctx.raw[a:b], span=(a, b))
    m = _TOWN_WAS_THE_VENUE.search(ctx.raw, s0, s1) if any(  # "Punta del Este was the venue of the … Round Table"
        ctx.raw.find(word, s0, s1) >= 0 for word in ("the venue", "host city", "setting")) else None
    if m is None and (ctx.raw.find("host", s0, s1) >= 0 or ctx.raw.find("HOST", s0, s1) >= 0):
        m = _A_TOWN_HOSTED_IT.match(ctx.raw, s0 + len(ctx.raw[s0:s1]) - len(ctx.raw[s0:s1].lstrip(" \t\n*#")), s1)
    state = _named_state_of_town(ctx, m["town"]) if m is not None and (
        other or not ctx.in_other_clause(*m.span("town"))) else None
    if state is not None:
        town = m["town"].title() if m["town"].isupper() else m["town"]  # a headline's capitals: its town's own name
        if town != m["town"] and state.code in subdivision_of(town):
            return None  # "MORELOS HOSTS INTERNATIONAL SEMINAR …": a State's division in capitals, not its town
        return Venue(city=town, country=state.name, country_code=state.code, text=m["town"], span=m.span("town"))
    return None


_TOWN_WAS_THE_VENUE = patterns.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<town>{_A_TOWNS_NAME})[ \t\n]++"
    r"(?:was|is|will[ \t\n]++be|became|becomes)[ \t\n]++the[ \t\n]++(?:venue|host[ \t\n]++city|setting)"
    r"[ \t\n]++(?:of|for)\b")
"""A town said to be the venue: "Last Tuesday and Wednesday, Punta del Este was the venue of the Sub-regional
Round Table"."""
_A_TOWN_HOSTED_IT = patterns.compile(
    rf"(?P<town>{_TOWN_WORD}(?:[ ](?:{_A_TOWNS_PARTICLE}[ ])?(?!County\b){_TOWN_WORD}){{0,2}})(?:[ ]County)?[ \t\n]++"
    r"(?:(?:this|last)[ \t\n]++week[ \t\n]++)?(?:has[ \t\n]++)?(?:" + _ADVERB + r"[ \t\n]++)?"
    r"(?:hosts|hosted|HOSTS|HOSTED)[ \t\n]++(?:(?:a|an|the|AN?|THE)[ \t\n]++)?"
    rf"(?:[\p{{L}}\-]++[ \t\n]++){{0,4}}?(?i:{EVENT_NOUNS}|trainings?)\b")
"""A town that opens its sentence as the event's host: a headline's "Trelew hosts an international workshop on …"
(or, as headlines drop articles, "Leskovac hosts international workshop on …"), "Embu County this week hosted a
high-level roundtable", a headline in capitals ("CAUCASIA HOSTED INTERNATIONAL MEETING ON …": Caucasia; "CHOCOPE
HOSTS INTERNATIONAL TRAINING FOR CUSTOMS …")."""


def _town_before_its_division(ctx: Context, a: int, b: int, c: int, d: int) -> Venue | None:
    """The town raw ``[a, b)`` names, when the towns list has it in the State whose division ``[c, d)``
    names ("Launceston, Tasmania"); None otherwise."""
    town = _SPACES.sub(" ", ctx.raw[a:b]).strip()
    codes = towns_named(town)
    code = next((x for x in subdivision_of(ctx.raw[c:d]) if x in codes), None) if codes else None
    entry = state_by_code(code) if code is not None else None
    if entry is None or not _A_TOWNS_SHAPE.fullmatch(town):
        return None
    return Venue(city=town, country=entry.name, country_code=entry.code, text=ctx.raw[a:d], span=(a, d))


_A_TOWNS_SHAPE = patterns.compile(rf"{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}}")
"""A town's name as a facility's place before a comma may be: up to three Title-Case words ("Gelephu")."""
_A_TOWN_HALL_OF = patterns.compile(
    r"(?:(?i:town|city|municipal)[ ]++(?i:hall)|Mairie|H\u00f4tel[ ]de[ ]Ville)[ ]++(?:of|de|d')[ ]*+"
    rf"(?P<town>{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}})")
"""A town's hall named with its town: "Town Hall of Tibiri", "Mairie de Kérou", "Municipal Hall of Manapla" (its
division in brackets after it: "Town Hall of Pantin (Seine-Saint-Denis)")."""


def _named_state_of_town(ctx: Context, town: str) -> Mention | None:
    """The first State the text names that has a town called ``town`` (too many town names are words
    or surnames for a town of a State the text does not name to be taken)."""
    codes = towns_named(town)
    return next((s for s in ctx.mentions.states if s.code in codes), None) if codes else None


def _state_of_town_by_its_people(ctx: Context, town: str) -> Mention | None:
    """The first State the text names only by its people's word ("staff of Polish ministries") that has
    a town called ``town``: a county's news page says "our county", never "Poland"."""
    codes = towns_named(town)
    return next((d for d in ctx.mentions.demonyms if d.code in codes), None) if codes else None


_TOWN_DATELINE = patterns.compile(
    rf"[ \t*]*+(?P<town>{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}})(?:,[ \t]*+[^,\n\u2013\u2014]{{1,30}}?)?"
    r"(?:,[ \t]*+[^\n\u2013\u2014]{1,50}?\d{4}(?:[ \t]*+\([^()\n]{1,30}\))?)?[ \t]*+(?:[\u2013\u2014]|--)")
"""A story's opening town before its dash, perhaps with its district or State, and a wire's date and
source: "MONTEGO BAY, St James —", "USULUTAN, El Salvador, March 16, 2023 (Regional Wire) --"."""
_DATELINE_LINES = 8


def _town_on_the_dateline(ctx: Context, date: DateMatch) -> Venue | None:
    """The town too small for the city gazetteer that opens a story ("MONTEGO BAY, St James — …"),
    when the story puts its event at a hotel or centre without a city ("held at a Rose Hall hotel") or
    dates it from its own day, as a city's dateline is read; a town of a State the story names (too many
    town names are words or surnames)."""
    if not (_held_at_a_facility(ctx, date) or date.anchored):
        return None
    venue = _town_opening_a_line(ctx, _TOWN_DATELINE)  # not a headline's "Caribbean Ports — Experts Warn"
    if venue is not None:
        ctx.warn("venue_from_dateline", f"venue {venue.text!r} taken from the note's dateline", venue.span)
    return venue


def _town_opening_a_line(ctx: Context, opening: regex.Pattern[str]) -> Venue | None:
    """The town ``opening`` names at the start of one of the first lines, a town of a State the text
    names (too many town names are words or surnames for one of a State it does not name)."""
    for a, b in first_lines(ctx.raw, _DATELINE_LINES):
        m = opening.match(ctx.raw, a, b)
        state = _named_state_of_town(ctx, m.group("town")) if m is not None else None
        if state is not None:
            return _town_venue(m.group("town"), state, m.span("town"))
    return None


def _city_venue(city: CityEntry, text: str, span: tuple[int, int]) -> Venue:
    """The venue of a city of the gazetteer, written ``text`` at raw ``span``, in the city's own State."""
    entry = state_by_code(city.country_code or "")
    return Venue(city=city.name, country=entry.name if entry else None, country_code=city.country_code,
                 text=text, span=span)


def _town_venue(town: str, state: Mention, span: tuple[int, int]) -> Venue:
    """The venue of a town as written at raw ``span``, in ``state``: "MONTEGO BAY" is Montego Bay, "SAN PEDRO DE
    URAB\u00c1" San Pedro de Urab\u00e1."""
    return Venue(city=_town_in_title_case(town) if town.isupper() else town, country=state.name,
                 country_code=state.code, text=town, span=span)


def _town_in_title_case(town: str) -> str:
    """A town's name written in capitals, in its own case: "SAN PEDRO DE URAB\u00c1" is San Pedro de Urab\u00e1, "LA
    LIGUA" La Ligua, "SAINT-MAUR-DES-FOSS\u00c9S" Saint-Maur-des-Foss\u00e9s (a French particle between hyphens)."""
    parts = _A_NAMES_JOINT.split(town)  # words and the spaces and hyphens between them
    return "".join(p.lower() if i and (p.lower() in _TOWNS_PARTICLES or parts[i - 1] == "-" and p.lower() in
                                       _HYPHENED_PARTICLES) else p.title() for i, p in enumerate(parts))


_A_NAMES_JOINT = patterns.compile(r"([ \-])")
_HYPHENED_PARTICLES = frozenset({"des", "du", "sur", "en", "le", "les", "aux", "l\u00e8s", "sous", "et"})
"""French particles inside a hyphened town's name: "Boulogne-sur-Mer", "Ch\u00e2lons-en-Champagne", "Aix-les-Bains"."""


_A_TOWNS_MASTHEAD = patterns.compile(
    r"[ \t*#]*+(?:\p{Lu}\p{Ll}*?stadt|(?i:Gemeente|Stadt|Stad|Ville[ ]de|Comune[ ]di|Citt\u00e0[ ]di|"
    r"City[ ]of|Town[ ]of|Municipality[ ]of|Mairie[ ]de|Municipio[ ]de|Alcald\u00eda[ ]de|"
    r"Prefeitura[ ](?:Municipal[ ])?de|Gmina|Miasto|Grad|Municipiul|Ajuntament[ ]de|Concello[ ]de|Ayuntamiento[ ]de|"
    r"C\u00e2mara[ ]Municipal[ ]de|"
    r"(?:Ilustre[ ])?Municipalidad[ ]de|M\u011bsto|Mesto|Urz\u0105d[ ]Miasta))"
    rf"[ ]++(?P<town>{_A_TOWNS_NAME})[ \t*]*+(?:$|[|\u00b7\u2013\u2014])",
    regex.MULTILINE)
"""A town's own website's masthead: "Gemeente Weert", "Stadt Feldkirch", "Universit\u00e4tsstadt Siegen",
"M\u011bsto Trutnov | Town of Trutnov", "City of Granby | News"."""
_A_TOWNS_COUNCILS_MASTHEAD = patterns.compile(
    rf"[ \t*#]*+(?P<town>{_A_TOWNS_NAME})[ ]++(?:(?:City|Town|Borough|Municipal)[ ]Council|"
    r"Municipality|[Kk]ommune?|CITY(?=[ \t]++[^\p{Latin}\s\d])|(?:Municipal|County)[ ]People['\u2019]s[ ]Government)"
    r"[ \t*]*+(?:$|[|\u00b7\u2013\u2014]|[^\p{Latin}\n]++$)",
    regex.MULTILINE)
"""A town's own council's masthead: "Milton Keynes City Council", "Kalba Municipality | News" (not a district's or
a county's, whose name is seldom a town's, but a Chinese county's: "Xiangxiang Municipal People's Government",
"Fenggang County People's Government"), or a city's in capitals beside its name in its own script: "GONGJU CITY
공주시"."""
_MASTHEAD_LINES = 2


def _a_towns_own_page(ctx: Context) -> Venue | None:
    """The town whose own website tells the story ("Gemeente Weert" over "On Tuesday and Wednesday, Weert was the
    meeting place for …"), when nothing else places the event: a town or city of a State the text names, named often.
    Tried last."""
    for a, b in first_lines(ctx.raw, _MASTHEAD_LINES):
        m = _A_TOWNS_MASTHEAD.match(ctx.raw, a, b) or _A_TOWNS_COUNCILS_MASTHEAD.match(ctx.raw, a, b)
        if m is None:
            continue
        town = m.group("town")
        if not _named_often(ctx.raw, town):
            continue
        city = lookup_city(town)  # "Universit\u00e4tsstadt Siegen", a city of the gazetteer
        if city is not None and any(s.code == city.country_code
                                    for s in (*ctx.mentions.states, *ctx.mentions.demonyms)):
            return _city_venue(city, town, m.span("town"))
        state = _named_state_of_town(ctx, town) or _state_of_town_by_its_people(ctx, town)
        if state is not None:
            return _town_venue(town, state, m.span("town"))
    return None


_WELCOME_TO_A_TOWN = patterns.compile(
    rf"[ \t*]*+(?i:welcome[ \t]++(?:you[ \t]++)?to)[ \t]++(?P<town>{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}})(?![\p{{L}}])")
"""A welcome card's or a programme's opening "WELCOME TO BITOLA": where its readers are."""


def _town_welcomed_to(ctx: Context) -> Venue | None:
    """The town too small for the city gazetteer that one of the first lines welcomes its readers to
    ("WELCOME TO BITOLA   Thursday 26.09.2019"), a town of a State the text names."""
    return _town_opening_a_line(ctx, _WELCOME_TO_A_TOWN)


_TOWN_BEFORE_A_DATE = patterns.compile(rf"\([ \t]*+(?P<town>{_TOWN_WORD}(?:[ ]{_TOWN_WORD}){{0,2}}),[ \t]*+$")


def _town_before_the_date(ctx: Context, date: DateMatch) -> Venue | None:
    """The town too small for the city gazetteer that opens the bracket of the main date, as a title
    gives both ("Regional TTX on … (Swakopmund, 30 June – 2 July)"); a town of a State the text names."""
    m = _TOWN_BEFORE_A_DATE.search(ctx.raw, max(0, date.span[0] - 40), date.span[0])
    state = _named_state_of_town(ctx, m.group("town")) if m is not None else None
    if state is None:
        return None
    a, b = m.span("town")
    return Venue(city=m.group("town"), country=state.name, country_code=state.code, text=ctx.raw[a:b], span=(a, b))


_CAPITAL_AFTER = patterns.compile(r"[ \t\n]+capital\b")


def _capital_by_adjective(ctx: Context, s0: int, s1: int) -> Venue | None:
    """ "in the Jordanian capital": the capital of the State the adjective names."""
    for d in ctx.mentions.within("demonyms", s0, s1):
        after = _CAPITAL_AFTER.match(ctx.raw, d.end, s1)
        if after is None or not _VENUE_PREPOSITION.search(ctx.raw, max(s0, d.start - 20), d.start):
            continue
        capital = capital_of(d.code or "")
        city = lookup_city(capital) if capital else None
        entry = state_by_code(d.code or "")
        if city is not None and entry is not None and city.country_code == entry.code:
            return Venue(city=city.name, country=entry.name, country_code=entry.code, text=ctx.raw[d.start:after.end()],
                         span=(d.start, after.end()))
    return None


AT_A_BODYS_PREMISES = ("venue at an international body's premises",)
"""Context memo key, set when the venue is an international body's premises ("the Vienna
International Centre"): a meeting there is the body's, Austria is not its host."""
_INTERNATIONAL = patterns.compile(r"\b(?:International|United\s+Nations|Nations|UN)\b")
"""In a facility's name, premises of international bodies: "Vienna International Centre"."""
_IN_A_CITY_END = patterns.compile(
    r"(?:(?<=[ ]in[ ])|(?<=\b(?:University|Universidad|Universit\u00e9|Universidade|Port)[ \t\n]+(?:of|de|do)[ \t\n]+))"
    r"(?P<city>\p{Lu}[\p{L}\p{M}'\u2019.\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019.\-]*+)?)$")
"""A city a facility's name ends with: "… School of Government in Nairobi", "the University of Fianarantsoa"."""
_AT_A_HALL_OF_THE = patterns.compile(
    r"\b(?i:at|in)[ \t\n]++the[ \t\n]++(?:\p{Lu}[\p{L}\-]*+[ \t\n]++){0,4}?(?:Hall|Auditorium|Room|Building|Library"
    r"|Campus|Complex|Theat(?:re|er)|Amphitheat(?:re|er))[ \t\n]++of[ \t\n]++the[ \t\n]++$")
"""A room or building of a facility named next: "at the Central Conference Hall of the University of Zanjan"."""
_A_BODY_HOSTED_IT = patterns.compile(r"[ \t]*+(?:\([^()\n]{1,15}\)[ \t\n]*+)?(?:has[ \t\n]++)?"
                                     r"(?:" + _ADVERB + r"[ \t\n]++)?(?:hosted|hosts|is[ \t\n]++hosting)"
                                     r"[ \t\n]++(?:a|an|the)\b")
"""After a facility's name, that it hosted the event: "The … of the University of Moratuwa (UoM) hosted a …
course"."""
_CITY_HEAD = patterns.compile(r"\p{Lu}[\p{L}\p{M}'\u2019.\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019.\-]*+)?")


_A_WORD = patterns.compile(r"\S++")
_A_FACILITYS_FIRST_WORDS = patterns.compile(
    r"\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ \t\n]++\p{Lu}[\p{L}\p{M}'\u2019\-]*+){1,3}+")


def _a_longer_town_opening(ctx: Context, o: Mention) -> Venue | None:
    """The town of the towns list whose name opens a facility's, where a shorter city of the gazetteer opens it
    too: "at the San Juan Capistrano Community Center" is in San Juan Capistrano (United States), not San Juan
    (Puerto Rico). Its State is the one the list knows it in, or the one of them the text names."""
    m = _A_FACILITYS_FIRST_WORDS.match(ctx.raw, o.start, o.end)
    words = _SPACES.sub(" ", m.group()).split(" ") if m is not None else []
    city = next((n for n in range(len(words) - 1, 0, -1) if lookup_city(" ".join(words[:n])) is not None), None)
    town = a_longer_town(words, 0, city, ctx.mentions.states) if city is not None else None
    if town is None:
        return None
    k, code = town
    name, state = " ".join(words[:k]), state_by_code(code)
    end = [w.end() for w in _A_WORD.finditer(ctx.raw, o.start, m.end())][k - 1]
    return Venue(city=_town_in_title_case(name) if name.isupper() else name, country=state.name if state else None,
                 country_code=code, text=ctx.raw[o.start:end], span=(o.start, end))


def _city_opening_a_facility(ctx: Context, orgs: list[Mention], other: bool) -> Venue | None:
    """The city a facility's name opens with, after "at the": "at the Vienna International Centre"
    (the registry knows the Centre as a body, so its city is no place mention of its own); or the
    city it ends with: "at the Kenya School of Government in Nairobi", "at the University of Fianarantsoa"; or
    of the facility that hosted it, "the University of Moratuwa (UoM) hosted a … course"."""
    for o in orgs:
        if not (other or not ctx.in_other_clause(o.start, o.end)) or \
                not _VENUE_PREPOSITION.search(ctx.raw, max(0, o.start - 20), o.start) \
                and not _AT_A_HALL_OF_THE.search(ctx.raw, max(0, o.start - 80), o.start) \
                and not _A_BODY_HOSTED_IT.match(ctx.raw, o.end):
            continue
        ending = _IN_A_CITY_END.search(ctx.raw, o.start, o.end)
        venue = _gazetteer_city(ctx.raw, *ending.span("city")) if ending else None
        if venue is not None and (ctx.raw[ending.start() - 3:ending.start()] == "in " or any(
                s.code == venue.country_code for s in ctx.mentions.states)):
            return venue  # "at the Kenya School of Government in Nairobi"; "at the University of Fianarantsoa" in a
            # text that names Madagascar (the University of Salamanca, in a text that names no Mexico, is Spain's)
        town = _a_longer_town_opening(ctx, o)
        if town is not None:
            return town
        head = _CITY_HEAD.match(ctx.raw, o.start, o.end)
        for end in (head.end(), ctx.raw.find(" ", o.start, head.end())) if head else ():
            venue = _gazetteer_city(ctx.raw, o.start, end) \
                if end > o.start and lookup_state(ctx.raw[o.start:end]) is None else None
            if venue is not None:
                ctx.warn("country_from_city", f"country {venue.country_code} taken from the city {venue.city!r}",
                         (o.start, end))
                if o.org_kind in ("international_organization", "un_body") or _INTERNATIONAL.search(o.text):
                    ctx.memo[AT_A_BODYS_PREMISES] = True  # its host State does not thereby take part
                return venue
    return None


# --- related events ------------------------------------------------------------------------------

def find_related_events(ctx: Context, main: DateMatch | None, dates: Dates | None = None) -> list[RelatedEvent]:
    """Other dated events the note refers to, in order: one per sentence, or one per date where a
    sentence names several with their places. ``dates``: the event's, which may reach past its
    date's match ("concluded today" in a three-day workshop's release: its first day is no other event)."""
    found: list[RelatedEvent] = []
    header_end = ctx.layout.fields_end if ctx.layout.is_information_note else 0
    used: set[tuple[int, int]] = set()
    last_end: dict[tuple[int, int], int] = {}  # per sentence, where its last related event's date ended
    main_sentence = ctx.sentence(main.span[0]) if main is not None else None
    main_range = _resolved(ctx, main) if main is not None else None
    if main_range is not None and dates is not None and dates.precision == "day":
        main_range = (min(main_range[0], datetime.date.fromisoformat(dates.start)),
                      max(main_range[1], datetime.date.fromisoformat(dates.end)))
    clause_starts = [a for a, _ in ctx.other_clauses]
    for d in ctx.dates_in(header_end, len(ctx.raw)):
        if main is not None and d.span == main.span or ctx.in_dateline(*d.span):
            continue
        s = ctx.sentence(d.span[0])
        if s in used and s not in last_end or (s == main_sentence and not ctx.search(OTHER_EVENT_RE, *s)
                                                and s not in new_event_sentences(ctx)
                                                and not ctx.in_other_clause(*d.span)):
            continue
        if _dated_act(ctx, d, s) or not (ctx.search(_KIND_RE, *s) or ctx.search(_ANOTHER_KIND_RE, *s)
                                         or ctx.search(_ORDINAL_ONE_RE, *s)):
            continue
        i = bisect_right(clause_starts, d.span[0]) - 1  # clauses do not overlap: the last to start
        clause = ctx.other_clauses[i] if i >= 0 and d.span[1] <= ctx.other_clauses[i][1] else None
        if s in used:
            # a second event in the sentence: "visits took place in Togo in November 2017 and in Malawi
            # in June 2016" — from the last one's date on, if a place (or "online") or an event word comes between
            gap = (last_end[s], d.span[0])
            if not (ctx.mentions.within("states", *gap) or ctx.mentions.within("places", *gap)
                    or ctx.search(_KIND_RE, *gap) or ctx.search(_ORDINAL_ONE_RE, *gap) or ctx.search(ONLINE_RE, *gap)):
                continue
            lead = _SEGMENT_LEAD.match(ctx.raw, last_end[s], d.span[0])
            where = clause or (lead.end(), d.span[1])  # up to its own date: segments do not overlap
        else:
            where = clause or s
        used.add(s)
        last_end[s] = d.span[1]
        if main_range is not None and (_restates(_resolved(ctx, d), main_range) or not d.has_year()
                                       and _restates(d.resolve(main_range[0].year), main_range)) and not clause \
                and not ctx.search(OTHER_EVENT_RE, *s) and s not in new_event_sentences(ctx):
            del last_end[s]
            continue  # the main event again: a headline or running footer, a day of its programme
        names = event_names(ctx, *where)
        name = ctx.clean(*names[0]) if names else None
        dates = _dates_value(ctx, d)
        venue = _venue_after_preposition(ctx, where, other=True)
        found.append(RelatedEvent(name=name, dates=dates, venue=venue, text=ctx.raw[where[0]:where[1]], span=where))
    found += _undated_related_events(ctx, header_end, main_sentence, used)
    return sorted(found, key=lambda e: e.span)


def _restates(found: tuple[datetime.date, datetime.date] | None,
              main: tuple[datetime.date, datetime.date]) -> bool:
    """Whether dates ``found`` overlap the main event's: "October 2015" in a running footer of a
    meeting of 6-8 October 2015, "Tuesday, 30 April 2019" heading a day of its programme, "Day 2
    (9 April)" in the main event's year (whatever year was written nearest)."""
    return found is not None and found[0] <= main[1] and main[0] <= found[1]


_SEGMENT_LEAD = patterns.compile(r"[\s,;)\]]*+")


def _undated_related_events(ctx: Context, header_end: int, main_sentence: tuple[int, int] | None,
                            used: set[tuple[int, int]]) -> list[RelatedEvent]:
    """Other events named without a day or month: a clause about one ("follows a first regional
    meeting held in Abuja, Nigeria, in 2017") or a sentence naming one ("The next regional
    workshop is planned for spring 2019 in Kyiv"). Each must give its year or its place:
    "previous workshops" alone is no event to record."""
    clauses = [c for c in ctx.other_clauses if c[0] >= header_end and ctx.sentence(c[0]) not in used]
    starts = [c[0] for c in clauses]  # in order: a sentence holding a clause is told by the clause
    named = [m.start() for m in ctx.finditer(_ANOTHER_KIND_RE, header_end, len(ctx.raw))]
    named += [m.start() for m in ctx.finditer(_RANK_AHEAD_RE, header_end, len(ctx.raw))]
    named += [s[0] for s in new_event_sentences(ctx) if s[0] >= header_end]
    sentences = list(dict.fromkeys(ctx.sentence(at) for at in sorted(named)))
    sentences = [s for s in sentences if s != main_sentence and s not in used and not _any_between(starts, *s)]
    found: list[RelatedEvent] = []
    for where in clauses + sentences:
        if ctx.dates_in(*where) or not ctx.search(_KIND_RE, *where):
            continue
        year = _event_year(ctx, *where)
        venue = _venue_after_preposition(ctx, where, other=True)
        if year is None and venue is None:
            continue
        names = event_names(ctx, *where)
        found.append(RelatedEvent(name=ctx.clean(*names[0]) if names else None,
                                  dates=_dates_value(ctx, year) if year is not None else None, venue=venue,
                                  text=ctx.raw[where[0]:where[1]], span=where))
    return found


def _any_between(ordered: list[int], start: int, end: int) -> bool:
    i = bisect_left(ordered, start)
    return i < len(ordered) and ordered[i] < end


_ANOTHER_KIND_RE = cue_opening(patterns.compile(
    r"(?i)\b(?:previous|last(?!\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|next|future|upcoming|subsequent|prior|earlier|former)\b(?:[ \t\n]+[\w\-\u2013]+){0,4}?"
    rf"[ \t\n]+(?:{EVENT_NOUNS}|forums?|sessions?|editions?|symposi(?:um|a)|consultations?|visits?|missions?|events?|"
    r"activit(?:y|ies))\b"
), "previous last next future upcoming subsequent prior earlier former", reach=1)
"""Another event named as such: "the next regional workshop", "the last OSCE\u2013UNODA regional meeting"."""
_RANK_AHEAD_RE = cue_opening(patterns.compile(
    rf"(?i)\bthe\s+(?:second|third|fourth|fifth|sixth|seventh)\s+(?:[\w\-]+\s+){{0,3}}?(?:{EVENT_NOUNS})\b[^.;]{{0,150}}?"
    r"\b(?:(?:is|are)\s+(?:planned|scheduled|foreseen|envisaged|expected|to\s+be\s+(?:held|hosted|organi[sz]ed|convened))"
    r"|will\s+(?:be\s+(?:held|hosted|organi[sz]ed|convened)|take\s+place))\b"
), "second third fourth fifth sixth seventh", reach=2)
"""An event of a series still to come, named by its rank: "The second meeting of the peer review
is to be held in Skopje in the first half of 2019". Asked only of sentences without a date: with
one, the sentence may announce the event reported."""
_ORDINAL_ONE_RE = cue_words(patterns.compile(
    r"(?i)\bthe\s+(?:first|second|third|fourth|fifth|sixth|previous|last|latest)(?:\s+one)?(?:,[^,;.\n]{1,80},)?"
    r"\s+(?:(?:was|were|had\s+been)\s+(?:held|organi[sz]ed|hosted|convened)|took\s+place|(?:is|was)\s+scheduled|"
    r"will\s+(?:take\s+place|be\s+held))\b"
), "first second third fourth fifth sixth previous last latest")
"""An event of a series named by its rank alone, after the sentence that names the series: "The
first was held in Bishkek …, and the second in Ashgabat …", "the third, on nuclear security, is
scheduled for May 2021"."""
_EVENT_YEAR = patterns.compile(
    r"(?i)\b(?:in|during|of|since|the|spring|summer|autumn|fall|winter|early|late|mid-?)[ \t\n]+"
    r"(?P<year>(?:19|20)\d{2})(?![\d)])"
)
"""A year that dates an event: "in 2017", "the 2018 sub-regional meeting", "spring 2019" — not the
"(2004)" of a resolution."""


def _event_year(ctx: Context, start: int, end: int) -> DateMatch | None:
    m = _EVENT_YEAR.search(ctx.raw, start, end)
    return next(iter(find_dates(ctx.raw, m.start("year"), m.end("year"), years=True)), None) if m else None


def _resolved(ctx: Context, d: DateMatch) -> tuple[datetime.date, datetime.date] | None:
    """A match's ISO range, its year taken from context when missing (no warning)."""
    return d.resolve(None if d.has_year() else
                     _year_of_its_weekday(ctx, d, ctx.publication_year or _nearest_year(ctx, d.span[0])))
