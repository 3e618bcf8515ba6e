"""Who organized the event and who took part.

From an Information Note's header (Organizers; Participants with States / International
organizations / Civil society / Others), or from prose: organizers are the bodies that organize,
host, convene or hold the event, or act "in cooperation / partnership with" or "jointly with"
them — never those that only support, fund or sponsor it. Participating States are those listed
after "officials / representatives / delegations / experts from …", invited, met or trained,
those in a footnote such a sentence points to ("10 countries*"), and the host. The organizing
bodies take part too: after the bodies the text lists come the organizers it does not (an
international body; an academic or NGO one as civil society).
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from functools import cache, partial
from itertools import islice
from typing import Callable, Iterator, Sequence

import regex

from . import patterns
from .context import Context, cue_literals, cue_opening, cue_words, first_lines, offsets
from .dates import DateMatch
from .events import (AT_A_BODYS_PREMISES, BLANK_LINE, EVENT_NOUNS, EVENT_WORD, EVENT_WORDS, ONLINE_RE, OTHER_EVENT_RE,
                     TRIGGER_RE, new_event_sentences)
from .mentions import (ACRONYM_DEF_RE, COLUMN_GAP, LOCAL_GOVERNMENT_SOURCES, POSSESSIVE, TITLE_CASE_WORD, Mention,
                       SpanIndex, government_name, org_mention, unit_of_state)
from .organizations import lookup_org, org_by_id, organ_name
from .record import Organization, Participants, State, Text
from .sections import WRAPPED, Piece, participant_parts
from .spans import Cover
from .states import demonym_patterns, state_by_code, state_patterns
from .textview import VBARS, bracketed_ref

_COMMA = patterns.compile(r"[,;]")
_ITEM_LEAD = patterns.compile(r"[,\s]*(?:and\s+)?(?:the\s+)?")
_ITEM_FOLLOWS = patterns.compile(r"\s*(?:,|and\b|\.|$)")
_OF_BEFORE = patterns.compile(r"(?i)\b(?:of|from|in)\s+(?:the\s+)?$")
_CAPITAL = patterns.compile(r"\p{Lu}")
_LIST_SEPARATOR = patterns.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+(?=\p{Lu}|the\s)|\n|(?<=[ \t])[\u00b7\u2022](?=[ \t\n]))\s*")
_PLACEHOLDER = patterns.compile(r"(?i)[\W_]+|none|nil|n/?a|not\s+applicable")
"""A list item that stands for no one: "—", "None", "N/A"."""
_IN_BEFORE = patterns.compile(r"(?i)\b(?:in|at)\s+(?:the\s+)?$")
_FIELD_MARKER = patterns.compile(r"[\u00b9\u00b2\u00b3\u2074-\u2079]++|(?<=\w)\*++")
"""A footnote marker in a participants field: "Member States ²", "States*"."""
_NOTE_MARKER = patterns.compile(rf"(?<=\w)(?P<m>\*+|[\u00b9\u00b2\u00b3\u2074-\u2079]+)|{bracketed_ref('m')}")
"""A footnote marker in a sentence: "States*", "States³", "States[3]" (lookbehinds: scans skip to a mark)."""

_ORGANIZE = r"(?:co-?)?organi[sz]e[ds]?|(?:co-?)?organi[sz]ing|(?=(?:co-?)?host)(?<!\b(?:the|our|a|as|its|their)[ \t])(?!(?<=\b(?:and|plus|with)[ \t]|,[ \t])host[ \t]++(?-i:[A-Z]))(?:(?=hosts[ \t]*+[.,;:)\u2013\u2014])|(?<!\b(?:the|our|a|as|its|their)[ \t](?-i:[A-Z][a-z\u00e0-\u00ff]+)[ \t]))(?:co-?)?hosts?(?!\s+(?:country|countries|states?|governments?|nations?|cit(?:y|ies)|institutions?|delegation|team|side|party|authorities|agency|ministry|(?:[\w\-]+\s+){0,2}(?:cent(?:re|er)s?|facilit(?:y|ies)|headquarters|offices?|secretariats?|bases?))\b)|(?<!-)(?:co-?)?hosted|(?<!-)(?:co-?)?hosting|convene[ds]?|convening|holding(?=\s+(?:a|an|the|its|their|this)\s)|holds|held(?!\s+(?:to\s+account|accountable|responsible|liable|hostage|captive|up|back|out|firm|onto)\b)|hold"
_DELIVERED_BY = (r"(?=delivered\s|facilitated\s)(?<=\b(?:workshops?|seminars?|courses?|trainings?|webinars?|exercises?|modules?|"
                 r"reviews?|meetings?|dialogues?|round[\s-]?tables?)\b[^.;]{0,60})"
                 r"(?:delivered|facilitated)\s+(?:jointly\s+|together\s+)?by(?!\s+(?:(?:a|an|the|two|three|four|five|several|\d{1,2})\s+)?"
                 r"(?:[\w\-]+\s+)?(?:instructors?|trainers?|experts?|members?|speakers?|lecturers?|officers?|officials?|"
                 r"specialists?|consultants?|representatives?|staff)\b)")
"""A course "(developed and) delivered jointly by" its organizers, a peer review "facilitated by"
them — not presentations delivered by speakers, nor a course "delivered by two instructors from
the WCO" (they teach; they take part)."""
_IMPLEMENTED_BY = (r"(?=implemented\s)(?<=\b(?:programmes?|programs?|projects?|workshops?|seminars?|courses?|events?|"
                   r"activit(?:y|ies))(?:[ \t]*+,)?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|"
                   r"being)\s+)?(?:(?:jointly|also)\s+)?)implemented\s+(?:jointly\s+|together\s+)?by")
"""A programme (and so its events) "implemented by" its organizers, the noun just before the verb —
not "the workshop on the measures implemented by Ghana"."""
_RUN_BY = (rf"(?=run\s)(?<=\b(?:{EVENT_NOUNS}|trainings?|sessions?|(?-i:It))"
           r"(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}'\u2019\-]*(?:\s+(?-i:\p{Lu})[\p{L}'\u2019\-]*){0,4})?(?:[ \t]*+,)?\s+"
           r"(?:(?:which|that)\s+)?"
           r"(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+)?(?:(?:jointly|also)\s+)?)run\s+(?:jointly\s+|together\s+)?by")
"""An event "run by" its organizers, the event's noun (or "It") just before the verb ("The session was run by
VERTIC", "It was run by the UK Government's Export Control Joint Unit"), or its place ("an exercise at Odense Congress Center run by") — not "a workshop on a programme
run by the EU"."""
_PREPARED_BY = (rf"(?=prepared\s)(?<=\b(?:{EVENT_NOUNS}|trainings?)(?:[ \t]*+,[^,;.()]{{1,60}},)?\s+"
                r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)(?:(?:jointly|also)\s+)?)prepared\s+(?:jointly\s+)?by")
"""An event "prepared by" its organizers, the event its subject (a relative clause between at most):
"the exercise, which opened on Monday, had been jointly prepared by INTERPOL, …" — not "a report
prepared by the Secretariat"."""
_PROMOTED_BY = (rf"(?:(?<=,[ \t\n]++)|(?<=\b(?:{EVENT_NOUNS}|initiative)[ \t\n]++(?:was|were|is|has[ \t\n]++been)[ \t\n]++))"
                r"promoted[ \t\n]++(?:jointly[ \t\n]++)?by")
"""A translated release's participle after its event and a comma: "opened the regional workshop dedicated to
biosecurity …, promoted by the Ministry of Foreign Affairs … together with UNODA" (Italian "promosso da"), "The
initiative was promoted by the Ministry …" (Portuguese "promovida por")."""
PASSIVE_RE = patterns.compile(
    rf"(?i)\b(?:(?:{_ORGANIZE})\s+(?:jointly\s+|together\s+)?by|{_DELIVERED_BY}|{_IMPLEMENTED_BY}|{_RUN_BY}|{_PREPARED_BY}|{_PROMOTED_BY}|put\s+(?:together|on)\s+by"
    rf"|(?=(?:co-?)?(?:organi|host|conven|hold|held))(?<=\b(?:was|were|is|are|be|been)\s+|,\s*)(?:{_ORGANIZE})\s+(?:on|in|at|from|between|during)\s[^.;:(),]{{1,100}}?"
    r"\s(?:jointly\s+|together\s+)?by"
    rf"|(?:{_ORGANIZE})\s+(?=\d{{1,2}}\s|(?:january|february|march|april|june|july|august|september|october|november|"
    r"december)\b)[^.;:(),]{1,40}?\s(?:jointly\s+|together\s+)?by)\b")
"""A passive organizing verb and its agent: "organized by", "put together by", "put on by", "was convened on Tuesday
at the Le Royal Hotel by" (when, where, then who), "…, organized in Almaty by", "a webinar convened November 14th
through 16th by"."""
_WITH = (r"(?:in\s+(?:close\s+)?(?:cooperation|co-operation|collaboration|partnership|conjunction|coordination)"
         r"\s+with|jointly\s+with|together\s+with)")
COOPERATION_RE = cue_words(patterns.compile(rf"(?i)\b(?:{_WITH}|and\s+its\s+partners?)\b"),
                           "operation collaboration partner conjunction coordination jointly together")
_CO_VERB_WITH = (r"(?:(?:(?<=\b(?:is|are|was|were|been|be)\s+)|(?<=,\s*+))co-?(?:organi[sz]ed|hosted|convened)\s+with"
                 r"|(?<=\b(?:course|workshop|seminar|training|exercise|webinar|round[\s-]?table)s?,\s+)"
                 r"(?:delivered|organi[sz]ed|run|hosted|convened)\s+(?:jointly\s+|together\s+)?with)")
"""A passive co-organizing verb and its partners: "The review was co-organized with the CICTE", "… held the
"Workshop on …" at the Johoku Campus …, co-hosted with the Ministry of Economy, Trade and Industry", "The
course, delivered with Global Affairs Canada, ran …" (the active "we co-organised with the OSCE a
workshop" is the active rules')."""
_CO_VERB_WITH_RE = patterns.compile(rf"(?i)\b{_CO_VERB_WITH}\b")
_BE_BEFORE = patterns.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
PASSIVE_WITH_RE = patterns.compile(rf"(?i)\b(?:(?:{_ORGANIZE})\s+{_WITH}|{_CO_VERB_WITH})\b")
"""A passive organizing verb with partners but no agent: "The exercise is organized in partnership
with the ASEAN Secretariat", "The review was co-organized with the Secretariat of the CICTE" — the
partners organize."""
_RAN_AN_EVENT_AHEAD = (r"(?=\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,4}?(?:workshop|seminar|course|webinar|"
                 r"round[\s-]?table|conference|forum)s?\b)")
_CONDUCTED = (rf"ran{_RAN_AN_EVENT_AHEAD}|runs?{_RAN_AN_EVENT_AHEAD}|"  # two branches: one "r(?:an|uns?)" would hide its cue words
              r"(?:conducted|delivered)(?=\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,4}?(?:workshop|seminar|course|training|"
              r"exercise|round[\s-]?table|webinar|briefing|dialogue|meeting|conference|forum|consultation)s?\b)")
"""'Conducted' or 'delivered' organizes when its object is an event: "UNREC … conducted a training
course", "UNLIREC and SG-SICA jointly delivered a course", "the University and UNODA ran a training
course" (not "ran a table-top exercise", a session of the event, nor "conducted an outreach event for
industry", "was conducted with presentations by", "delivered a presentation")."""
_INVITES = (rf"(?:invites?|invited)(?=\s+(?:[\w\-]+,?\s+){{1,40}}?to\s+(?:attend\s+|join\s+|participate\s+in\s+|take\s+part\s+in\s+)?"
            rf"(?:a|an|the|its|their|our|this)\s+(?:[\w\-]+\s+){{0,4}}?(?:{EVENT_WORD})s?\b)"
            rf"|welcom(?:es|ed)(?=\s+(?:[\w\-]+,?\s+){{1,30}}?to\s+(?-i:[A-Z\u00c0-\u00de])[\w\-]*+"
            rf"(?:\s+(?-i:[A-Z\u00c0-\u00de])[\w\-]*+){{0,3}}"
            rf"\s+for\s+(?:a|an|its|their|our|this)\s+(?:[\w\-]+\s+){{0,4}}?(?:{EVENT_WORD})s?\b)")
"""'Invite' organizes when someone is invited to an event: "The OSCE and UNODA invite you to a
webinar", "… invite officials of Kazakhstan, Kyrgyzstan, … working on non-proliferation, export
control, customs … to a webinar" (not "Ghana, invited to the workshop": no one is invited there); so
does 'welcome' people to a place for an event: "the CBSA welcomed 24 officers … to Greater Sudbury for
a five-day course" (not "the Minister welcomed the participants to the workshop")."""
_A_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ACTIVE_RE = cue_opening(patterns.compile(
    rf"(?i)\b(?<!\()(?<!\b(?:be|been|being|was|were|is|are|to)\s+(?:\w+ly\s+)?)(?<!\b(?:be|been|being|was|were|is|are|to)\s+)"
    r"(?!(?=[\w\-]+ing\b)(?<=\b(?:include[sd]?|including|delegations?\s+from)\s[^.;]{1,200}?\bthat\s+))"
    # "… the participants, who include … delegations from Oman and Qatar, and said that hosting such events
    # reflects …": the speaker's body hosts ("AABU President said that hosting the conference …"), not the guests
    rf"(?:jointly\s+|together\s+)?(?:(?:is|are)\s+(?:(?:jointly|together|also)\s+)?(?=[\w\-]+ing\b|(?:pleased|honou?red|proud|delighted|glad)\b)|will\s+|has\s+|have\s+)?"
    rf"(?:(?:pleased|honou?red|proud|delighted|glad)\s+to\s+)?(?:{_ORGANIZE}|{_CONDUCTED}|{_INVITES})\b"
    r"(?!\s+(?:jointly\s+)?(?:by|during|between|last|earlier|previously|virtually|online|over|via|"
    r"yesterday|today|recently|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    rf"|\s+(?:jointly\s+)?(?:in|at|on|from)\b(?![^.;]{{1,120}}?,\s+an?\s+(?:[\w\-]+\s+){{0,6}}?(?:{EVENT_NOUNS})\b"
    rf"|\s+(?-i:[A-Z\u00c0-\u00de])[\w\-]*+(?:\s+(?-i:[A-Z\u00c0-\u00de])[\w\-]*+){{0,3}}\s+an?\s+(?:[\w\-]+\s+){{0,6}}?"
    rf"(?:{EVENT_NOUNS})\b"
    rf"|\s+{_A_WEEKDAY}(?:\s+(?:and|to|through|until)\s+{_A_WEEKDAY})?(?:\s+of\s+(?:this|last)\s+week)?\s+an?\s+"
    rf"(?:[\w\-]+\s+){{0,6}}?(?:{EVENT_NOUNS})\b)"
    r"|\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|(?<=hosts)[ \t]*+(?:[.,;:)\u2013\u2014]|-[ \t])"  # "alongside our Bosnian hosts.": the noun, with no object
    r"|(?<=host(?:s|ed|ing)?)\s+(?:the|a|an|our|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:platform|website|web\s*page|server|"
    r"links?|recordings?|videoconference|video\s*call)s?\b)"  # "who is hosting the videoconference platform": no event
), "organi host conven hold held conducted delivered invite ran run welcom", reach=4)  # "jointly is co-organizing"
"""An active organizing verb ("X and Y jointly organised", "X is organizing", "X holds", "X is
pleased to convene") — not a passive one ("was held", "will be hosted", "no EU rooms are held"), a
participle ("a summit held in Seoul", "an exercise held April 23-25, 2019") nor an
infinitive ("Egypt to Host"); but active when its object follows the place and the date:
"Benin hosted in Cotonou, from 29 September to 2 October, a regional workshop", or the place alone:
"… and UNODA convened in Ljubljana a regional workshop", or the days: "… held on Monday and Tuesday of this
week an international seminar". The word boundary
comes first, so that the lookbehinds are tried at the start of words only (twice as fast; the same matches, as all three test one position)."""
ORGANIZE_WORD_RE = cue_words(patterns.compile(rf"(?i)\b(?:{_ORGANIZE}|{_CONDUCTED}|{_INVITES}|(?:delivered|implemented|facilitated|run|prepared)\s+(?:jointly\s+|together\s+)?by|delivered\s+with|promoted\s+by"
                                             r"|to\s+(?:conduct|deliver|bring\s+together)|put\s+(?:together|on\s+by)|(?:ran|running)\s+(?:together|jointly)\s+with)\b"),
                             "organi host conven hold held conduct deliver implemented invite put facilitated together "
                             "jointly run ran prepared welcom promoted")
"""Any organizing verb: a sentence without one has no organizers, so the heavy patterns above
(with their lookbehinds at every position) need not run over it."""
ANOTHER_EVENT_RE = cue_words(patterns.compile(
    rf"(?i)\b(?:previous(?:ly)?|next|future|upcoming|subsequent|earlier|follow-up|"
    rf"(?:could|might|may)\s+(?:also\s+)?(?:host|organi[sz]e|convene)\s+(?:a\s+new|another|a\s+further|a\s+second)|"
    rf"(?=had\s)(?<!\b(?:the|this|present)\s+(?:{EVENT_NOUNS})\s+)had\s+(?:been\s+)?(?:held|hosted|organi[sz]ed|convened))\b"
), "previous next future upcoming subsequent earlier follow had could might may")
"""Words that put a sentence's event before or after the main one: the events these sentences
organize are others' ("Ecuador could host a new meeting in Quito", "Previously, last month (15/11) the Provincial
Government … also held a coordination meeting"; not a summary record's "The meeting
had been convened jointly by …"). Narrower than ``events.OTHER_EVENT_RE``: "series", "last" or "expected"
also sit in sentences about the main event, whose organizers must not be lost."""
SUPPORT_RE = cue_words(patterns.compile(
    r"(?i)\b(?:and\s+)?(?:with\s+(?:the\s+)?(?:(?:generous|financial|technical|logistical|kind)\s+){0,2}"
    r"(?:support|funding|financing|contributions?(?<!\b(?:panels?|sessions?|discussions?|debates?)\b[^.;:\n]{0,120}?"
    r"\bwith\s+contributions?)|assistance|sponsorship|backing)|(?:financially\s+)?"
    r"(?<!\b(?:delegations?|missions?|teams?|they|visits?)\s+(?:was|were)\s+(?:also\s+)?)supported\s+by"
    r"(?!\s+(?:(?:an?|one|two|three|four|several|the)\s+)?(?:members?|experts?|officials?|staff)\s+(?:of|from)\b)|funded\s+by|"
    r"sponsored\s+by|made\s+possible|thanks\s+to(?!\s+(?:(?:all|our|the)\s+)?(?:colleagues|participants|delegations|delegates|everyone)\b)|financed\s+(?:by|through)|(?=on\s)(?<!\b(?:speaking|speaks|spoke|speaker|panell?ist|participant|delegate)\s+)on\s+behalf\s+of|"
    r"(?:voluntary|financial|generous|extra-?budgetary)\s+contributions?\s+(?:from|of|by)|"
    r"financial\s+(?:cooperation|backing)\s+(?:from|of|by)|"
    r"(?:funding|financing|(?:financial\s+|travel\s+)?support)(?:\s+for\s+(?:[\w\-]+\s+){1,4}?)?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:provided|given|made\s+available|offered)\s+by"
    r"|(?:funding|funds|money)(?:\s+for\s+(?:the\s+|this\s+)?[\w\-]+)?\s+(?:came|comes|come|will\s+come)\s+from"
    r"|(?:with|using|through)\s+(?:the\s+)?funds\s+(?:from|of|provided\s+by)"
    r"|(?:costs?|expenses?|fees?)\s+(?:(?:is|are|was|were|will\s+be|have\s+been|has\s+been)\s+)?"
    r"(?:covered|paid(?:\s+for)?|borne|met)\s+by|(?:was|were)\s+paid\s+(?:for\s+)?(?:from|out\s+of)"
    r"|paid\s+for\s+by(?<=\b(?:workshops?|seminars?|conferences?|meetings?|courses?|trainings?|exercises?"
    r"|round[\s-]?tables?|events?|programmes?|programs?|visits?|it|travel|trip)\s+(?:is|are|was|were|will\s+be"
    r"|has\s+been|had\s+been)\s+(?:being\s+)?paid\s+for\s+by)"
    r"|(?:is|are|was|were|will\s+be)\s+paying\s+(?:for|through))\b"
), "support funding financing contribution assistance sponsor funded made thanks financed behalf financial backing "
   "cost expense fee paid funds money paying")
_CLAUSE_END = patterns.compile(
    r";\s|(?<!(?:^|[\s(.])\p{Lu})\.\s(?!of\s)|,\s*at\s+the\s|,\s*(?:in\s+(?:response|reply|answer)\s+to|following|pursuant\s+to|as\s+part\s+of)\s|,\s*(?:which|who|where|while|and\s+(?:was|is|will|[a-z]{2,}ed\b|(?:brought|took|drew|met|saw|ran|began|went|"
    r"gave|made|held|led|had|has|have)\b|(?:its|their|it|they|this|these|we)\s)|(?:was|were|is|are|will|has|have|had|took|brought|"
    r"brings|gathers|draws|attracts|aims|seeks|focuses|targets|welcomes|"
    r"gathered|attracted|for|went|ran|began|met|saw|drew|held|led|(?!(?:based|headquartered|located)\s+in\b)[a-z]{2,}ed)\s|with\s+(?:the\s+)?participation\s)\b|\bto\s+(?:discuss|address|share|promote|deliver|present|give|attend|participate|provide|train|teach|speak|brief|facilitate|observe|"
    r"review|assess|examine|exchange|strengthen|build|develop|prepare|draft|learn|explore|follow\s+up|meet|consult)\b"
    r"|\band\s+(?:(?:was\s+|were\s+)?(?:held|hosted|convened|conducted)\s+(?:at|in|on|from|between|virtually|online)|took\s+place"
    r"|(?:formed|forms|was|were|is|are|will|aimed|aims|sought|seeks)\b)\b"
    r"|\bfor\s+(?:the\s+)?(?:officials|representatives|participants|experts|delegates|delegations|officers|staff)\b"
    r"|,\s*(?:with|and)\s+(?:(?:some|about|around|over|nearly)\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|many|delegations|participants|officials|representatives|trainers|instructors|lecturers|speakers"
    r"|facilitators|presenters|experts)\s")
"""Where a list of parties ends: at a clause break (not an initial's stop: "the U.S. Department of State"), a
relative clause, the main verb after an appositive ("The webinar, convened by the PIFS on 4 August, was attended by Fiji": Fiji did not
convene it; "…, co-organised by UNODA and the Ministry, went ahead at the Kenya School of
Government", "This workshop, organised by the Ministry …, brings together officers of …"), a participle
("…, held at the Gaborone International Convention Centre", "… jointly
with the Revenue Service and held at its Training Centre"), the participation that follows ("…,
with the participation of Angola, …", "…, co-organised by ISS and DIRCO, with four SADC member
States and …", "…, with trainers from the World Customs Organization and the IAEA"), a purpose ("at the invitation of
UNREC to deliver the module on INTERPOL databases"),
those it is for ("organized by UNRCPD jointly
with the PIFS, for officials of Fiji and Samoa"), a second predicate ("organized jointly with
UNLIREC and formed part of the country's efforts to implement United Nations Security Council
resolution 1540")."""
_SUBJECT_START = patterns.compile(r"(?:^|[;:]\s|,\s+(?=the\s|The\s)|\b(?:that|which|whom)\s+(?=the\s|\p{Lu})"
                                  r"|,[ \t\n]++(?:when|because)[ \t\n]++(?=the\s|\p{Lu}))")
"""Where a verb's subject may begin: after a clause break, or a relative pronoun ("a meeting that
the OSCE CPC had organized": not the officials the sentence opens with), or a "when" or a "because" after a comma
("… in Whitehorse on May 23rd, when UNODA and Natural Resources Canada brought together …", "… around the
municipal Convention Centre, because the Municipality of Chimbas is hosting …": not the centre)."""
_PARTICIPLE = patterns.compile(r"(?i)(?:co-?)?(?:hosting|organi[sz]ing|convening)\b")
PARTICIPANT_RE = cue_words(patterns.compile(
    r"(?i)\b(?:officials?|representatives?|delegations?|delegates?|experts?|participants?|nationals|teams?|"
    r"governments?|authorities|practitioners|officers|observers?|states|countries|colleagues|counterparts|diplomats|"
    r"lawmakers|legislators|parliamentarians|MPs|members\s+of\s+parliament|specialists|regulators|prosecutors|"
    r"investigators|analysts|nominees|trainees|points\s+of\s+contact|focal\s+points|alternates|guests"
    r"|(?:speakers?|presenters?|panell?ists?|trainers?|instructors?|facilitators?|lecturers?|resource\s+persons?)"
    r"(?=\s+from\s)"
    r"|(?:civil|public)\s+servants|they(?=\s+(?:came|travell?ed|were\s+drawn)\s+from\b))\b"
), "official representative delegat expert participant nationals team government authorities practitioners officers diplomats "
   "observer states countries colleagues counterparts lawmakers legislators parliamentarians mps parliament specialists "
   "regulators prosecutors investigators analysts nominees trainees points alternates guests they servants speaker "
   "presenter panel trainer instructor facilitator lecturer resource")
EVENT_FOR_BEFORE = patterns.compile(
    r"(?ir)\b(?:workshop|seminar|course|training|briefing|meeting|dialogue|round[\s-]?table|consultations?|webinar|"
    r"exercise|conference|forum|session|mission)s?(?:\s+(?:on|about)\s[^,;:.()\n]{1,60}?)?\s+for\s+(?:the\s+)?$"
)
"""An event held for someone, just before a list: "a virtual briefing for Fiji, Samoa and Tonga",
"a webinar on proliferation financing for Fiji" — the States listed take part."""
PEOPLE_FROM_BEFORE = patterns.compile(
    r"(?ir)\b(?<!\b(?:group|panel)\s+of\s+)(?:officials?|representatives?|delegations?|delegates?|experts?|participants?|officers?|staff|speakers?|diplomats?|"
    r"researchers?|academics?|scholars?|scientists?|(?:civil|public)\s+servants?|"
    r"observers?|(?<!\b(?:permanent|elected|(?:was|is|as|became|been|being)\s+an?)\s)members?|resource\s+persons?|trainers?|instructors?|facilitators?|moderators?|presenters?|lecturers?|"
    r"evaluators?|panell?ists?|colleagues?|counterparts|specialists?|regulators?|prosecutors?|investigators?|analysts?|partners|teams?|guests|"
    r"professors?|teachers?|lawyers?|they(?=\s+(?:came|were\s+drawn)\s+from))(?:\s+and\s+students)?(?:\s*+,\s*+and(?=\s+from\b))?\s+"
    r"(?:(?:came|were\s+drawn)\s+)?(?:from|of)\s+(?:[^.;:()\n]{1,80}?\s(?:including|such\s+as|namely)[:\s]\s*)?(?:the\s+)?"
    r"(?:\p{Lu}[\p{L}'\u2019.\- ]{1,30}?-based\s+)?(?:(?:General\s+)?Secretariats?\s+of\s+(?:the\s+)?)?$"
)
"""People from a list of bodies, just before it: "Representatives of the OPCW, the WCO and VERTIC",
"representatives of different international organizations including the OPCW and the WCO", "representatives
of the Secretariat of the Southern African Development Community",
"Resource persons came from the Group of Experts", "They came from Albania, Georgia, …" (the participants of the
sentence before), "… and state officials, and from international organizations including INTERPOL", "Experts from the Vienna-based International Atomic
Energy Agency", a university's "Professors of Mokpo National University also took part", "Faculty members and students of
Bodoland University attended" (not "the Group of Experts of the … 1540 Committee": a body's name) — in
prose, the international bodies listed take part (civil society ones as civil society)."""
TOOK_PART_RE = cue_opening(patterns.compile(
    r"(?i)\b(?:took\s+(?:an?\s+(?:active|full|leading)\s+)?part|participated|attended|joined|diall?ed\s+in|logged\s+(?:on|in)|(?:(?:was|were)\s+)?around\s+the\s+table|"
    r"(?:was|were)\s+(?:also\s+)?(?:present|represented|in\s+the\s+room|there(?=\s+too\b|"
    r"\s+as\s+well\b|[ \t]*+[,.;]))|"
    r"will\s+(?:also\s+)?contribute(?=[ \t]*+[.;])|"
    r"(?:is|are|was|were)\s+(?:(?:also|all|both)\s+)?(?:taking\s+part|participating|attending|joining(?=[ \t]*+[.;,]|\s+(?:us|online|"
    r"remotely|virtually|from|the\s+(?:webinar|session|meeting|call|workshop|course|exercise|seminar)\b)))|"
    r"will\s+(?:also\s+)?(?:attend|participate|take\s+part|join)|"
    r"sent\s+(?:(?:an?|one|two|three|four|five|several|some|its|their)\s+)?(?:observers?|delegations?|delegates?|"
    r"representatives?)|"
    r"(?:will\s+)?(?:send|sends)\s+(?:its|their|an?|one|two)\s+(?:[\w\-]+\s+){0,2}?(?:focal\s+points?|observers?|"
    r"experts?|representatives?|delegat\w+)|"
    r"(?:will\s+)?accompan(?:y|ies|ied)\s+(?:the|our|its|their)\s+(?:delegation|mission|visit|team)|"
    r"(?P<spoke>presented|delivered|shared|facilitated|moderated|briefed|spoke|outlined|explained|discussed|contributed(?=[ \t]*+[.;])|"
    r"presents(?!\s+(?:its|their|his|her)\s+compliments)|delivers|shares|facilitates|moderates|briefs|speaks|outlines|explains|"
    r"walked\s+(?:us|participants|delegations|them|the\s+participants)\s+through|will\s+(?:also\s+)?(?:present|brief)|"
    r"(?:is|are)\s+(?:also\s+)?(?:presenting|giving\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:talks?|presentations?|briefings?|"
    r"lectures?|keynotes?))|"
    r"contributed\s+(?:(?:their|its|technical)\s+)?(?:experts|expertise|"
    r"presentations|to\s+the\s+(?:discussions?|sessions?|exercise|workshop|course|training|seminar|webinar|roundtable)"
    r"|as\s+resource\s+(?:persons?|organi[sz]ations?)"
    r"|as\s+(?:(?:civil[\s-]+society|technical|knowledge|expert|academic)\s+)?(?:partners?|experts?|speakers?|trainers?))|"
    r"(?:served|acted)\s+as\s+(?:an?\s+)?resource\s+(?:persons?|organi[sz]ations?)|sent\s+(?:(?:an?|one|two|three|several|some)\s+)?"
    r"(?:experts?|speakers?|trainers?|instructors?|people|persons|staff|members)|"
    r"gave\s+(?:(?:an?|the|its|their)\s+)?(?:[\w\-]+\s+){0,3}?(?:talks?|presentations?|lectures?|briefings?|keynotes?|overviews?)|"
    r"(?:ran|led|runs|leads)\s+(?:(?:the|a|an|its|their|two|three)\s+)?(?:[\w\-]+\s+){0,3}?(?:sessions?|strands?|modules?|segments?|panels?|"
    r"injects?|simulations?|demonstrations?|drills?|discussions?)|"
    r"(?:designed|wrote|drafted|developed)\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:scenarios?|injects?|"
    r"simulations?|case\s+stud(?:y|ies))|"
    r"(?:rounded|filled)\s+out\s+the\s+(?:faculty|panel|line-?up|roster|team\s+of\s+(?:trainers|instructors|experts))))\b"
), "part participat attend join present represented sent deliver share facilitate moderate brief spoke speaks giving "
   "contribute served acted there dial logged around ran runs led leads outline explain discussed walked people persons "
   "staff members gave send accompan designed wrote drafted developed room rounded filled",
   reach=5)  # "were also in the room"
"""The verb after those who took part: "CARICOM IMPACS and the OAS also participated",
"The Oceania Customs Organisation is also taking part", "The Pacific Islands Forum Secretariat
was there too", an event page's "the EAC Secretariat will present", "Timor-Leste attended as an
observer", "SADC sent observers"; for bodies also a verb of speaking ("The ECOWAS Commission and the
WCO delivered presentations", "The WCO discussed what customs can do", "RACVIAC and the OSCE CPC
contributed experts", "INTERPOL and VERTIC contributed to the exercise", "gave a very frank talk", "gave briefings"; a memo's "UNODA and UNREC
will accompany the delegation, and the African Union Commission will send its 1540 focal point"; an
abstract's "CNS designed the three-move scenario"), which for a State may be a donor's
("Sweden shared its experience as a donor")."""
_SECRETARIAT = r"(?:\s+(?:(?:General|Technical|Permanent)\s+)?Secretariat\b)?"
"""A body's secretariat after its name stands for the body: "the Financial Action Task Force
(FATF) Secretariat, the EAG and …", "the FATF Secretariat also took part"."""
_ITS_OWN_UNIT = r"(?:['\u2019]s[ \t]++(?:[\p{L}\d\-]++[ \t]++){0,4}?(?:programme|program|project|team|office|unit|experts?|mission|secretariat))?"
"""A body's own programme or team after its name: "the European Union's export control program", "the
Southern African Development Community's secretariat"."""
_BEFORE_TOOK_PART = patterns.compile(
    r"(?:[ \t]*+\([^()\n]{1,40}\))?" + _SECRETARIAT + r"(?:\s+(?:in|based\s+in|at\s+the\s+University\s+of)\s+"
    r"\p{Lu}[\p{L}\-]*+(?:[ ]\p{Lu}[\p{L}\-]*+)?)?"
    r"(?:\s+(?:researchers?|experts?|officials?|officers?|staff|representatives?|delegates?|trainers?|instructors?|"
    r"lecturers?|specialists?|scientists?|analysts?))?"
    + _ITS_OWN_UNIT +
    r"(?:,[ \t]+(?:an?|the|two|three|four|several|both|\p{Lu}[\p{L}\-]*+['\u2019]s)[ \t]+[\p{L}\-]++(?:[ \t]+[\p{L}\-]++){0,3}+,"
    r"|,[ \t]+(?:which|who)[ \t]+[^,;.\n]{1,60}+,)?"
    r"\s+(?:(?i:also|too|both)\s+)?")
"""Between the last of those who took part and the verb: "(OAS) also", "(ISU) in Geneva", "(VERIFIN) at the
University of Helsinki", "(Regional
Bureau Nairobi)", "(FATF) Secretariat also", its people ("CNS researchers joined"), the body's own programme ("the EU's P2P export control
programme also presented"), an appositive (", a think-tank,", ", Slovenia's nuclear research institute,",
", two non-governmental partners,")."""
_WHICH_BEFORE = patterns.compile(r",[ \t\n]++(?:which|who)[ \t\n]++(?:(?:also|had|has|have)[ \t\n]++)?(?:co-)?$")
_LIST_OPENING = patterns.compile(
    r"(?i)[\s*\-\u2022\p{So}]*+(?:(?:the|both|also|in\s+addition|besides|moreover|further(?:more)?|[\p{L}.]++-based|we\s+had|"
    r"on\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|closing|opening)\s+day|then|finally|"
    r"on\s+(?:\p{L}+,?\s+)?(?:\d{1,2}(?:\s*[–\-]\s*\d{1,2})?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:\s*[–\-]\s*\d{1,2})?)(?:,?\s+\d{4})?|"
    r"(?:an?\s+|one\s+|two\s+|three\s+|several\s+)?(?:representatives?|delegations?|delegates?|experts?|officers?|"
    r"officials?|members?|staff)\s+(?:of|from)|(?:general\s+)?secretariat\s+of|"
    r"(?:two|three|four|five|several)\s+(?:[\p{L}\-]++\s+){0,3}?(?:partners|organi[sz]ations|bodies|institutes|"
    r"institutions|think[\s-]tanks|NGOs|groups|cent(?:re|er)s)(?=,))\W+)*+")
"""What may come before a list that opens its sentence: "The", "In addition, the", "An officer of
the", "The Secretariat of the" (a body's secretariat stands for the body), "The Washington-based",
"We had" (… around the table), "On the third day", "On March 25–26", a description the list is
set off from ("Two non-governmental partners, the Stimson Center and VERTIC, led …")."""
_PARTICIPANT_ORG_KINDS = frozenset({"international_organization", "un_body"})
_CIVIL_SOCIETY_KINDS = frozenset({"ngo", "academic"})
_NAME_GOES_ON = r"(?:['\u2019]s)?(?:[ ](?:(?:of|for|on)[ ])?(?!AND[ ]|THE[ ])\p{Lu}[\p{L}\-]*+){0,8}+"
"""The rest of a list item's name past the part a gazetteer knows: "the European Union's CBRN Risk
Mitigation Centres of Excellence Initiative, the UN Office …" (the item is the EU's)."""
_GAP_BEFORE_THE_SEPARATOR = r"(?:\s*\([^()\n]{1,60}\))?" + _SECRETARIAT + _NAME_GOES_ON + _ITS_OWN_UNIT
_ITEM_OPENING = (
    r"(?:(?:us|ourselves|me)\s*+\(\s*+|(?:us\s+)?(?:from|of|by)\s+|(?:to\s+)?(?:the\s+|(?:an?|one|two|three|several)\s+)?(?:experts?|representatives?|officials?|officers?|members?|"
    r"staff|researchers?|scientists?|specialists?|facilitators?|trainers?|lecturers?|instructors?|expert\s+group)\s+"
    r"(?:of|from|supporting|serving|working\s+(?:for|with)|"
    r"who\s+(?:support|serve|assist|advise|work\s+for))\s+)?(?:the\s+|THE\s+|(?:my|our)\s+own\s+)?[@#]?"
    r"(?:(?:its|their)\s+(?:\p{Lu}\p{L}*+-based\s+)?(?:regional\s+)?(?:centre|center|office|branch)\s*+,\s*+)?"
    r"(?:(?:\p{Lu}[\p{L}.]*+\s)?[\p{L}.]++-based\s+)?"
    r"(?:(?:General\s+)?Secretariat\s+of\s+(?:the\s+)?)?"
    r"(?:(?:\p{Lu}\p{Ll}++\s+)?(?i:NGO|non-?governmental\s+organi[sz]ation|think[\s-]tank|research\s+(?:institute|centre|center))\s+)?")
_LIST_GAP = patterns.compile(
    _GAP_BEFORE_THE_SEPARATOR
    + r"\s*(?:,|and|,\s*and|AND|,\s*AND|,?\s*as\s+well\s+as|,?\s*in\s+addition\s+to|,\s*together\s+with)\s*"
    + _ITEM_OPENING)
"""Between two items of a list: a comma or "and" (", from the", "and of the", a writer's "and us (Malawi)", "and an expert
supporting the", "and the experts supporting the", "as well as to the experts who support the" when each
item says whose its people are), after the acronym the first one
defines and its secretariat (Markdown's emphasis around the names is gone before the rules read a
note: :mod:`noteparse.markup`), and what the next one is ("and the London-based NGO VERTIC", ", in
addition to the American think tank Stimson Center"), or
whose: "… Vanuatu and my own Tonga", "… Sierra Leone, us from The Gambia"."""
_SEMICOLON_GAP = patterns.compile(_GAP_BEFORE_THE_SEPARATOR + r"\s*;\s*(?:and\s+)?" + _ITEM_OPENING)
_ITEM_END_REACH = 90
_ITEM_ENDS = patterns.compile(r"[ \t]*+(?:\([^()\n]{1,80}\)[ \t]*+)?(?:[;.]|,?[ \t\n]++and\b|\s*$)")
"""A list whose items semicolons part ("… Ukraine; facilitators from the OSCE; the BWC Implementation
Support Unit; WHO Regional Office for Europe; …"): an item after a semicolon (:data:`_SEMICOLON_GAP`,
the same gap as :data:`_LIST_GAP` but for its separator) counts when it ends there too (at the next
semicolon, the full stop or "and"), not when a clause goes on ("…; the European Union funded it")."""
_A_GLOSS = patterns.compile(
    r"(?:[ \t]*+\([^()\n]{1,20}\))?,[ \t\n]++(?:(?:that's|that[ \t\n]++is|i\.e\.)[ \t\n]++[^,;()\n]{1,80}?"
    r"|(?:who|which)[ \t\n]++(?:delivered|presented|gave|led|ran|conducted|shared|provided)[ \t\n]++[^,;\n]{1,100}?"
    r"|through[ \t\n]++(?:its|their)[ \t\n]++[^,;()\n]{1,80}?"
    r"|(?:(?:which|who)[ \t\n]++(?:is|are)[ \t\n]++)?(?:based|headquartered|located)[ \t\n]++in[ \t\n]++[^,;()\n]{1,40}?"
    r"|(?:as[ \t\n]++(?:the[ \t\n]++)?|the[ \t\n]++)(?:host|chair|co-?chair)(?:[ \t\n]++(?:country|state|nation))?)(?=,)")
"""A gloss set off by commas after a list item, whose names are the item's, not items: "CARICOM
IMPACS, that's the Caribbean Community's Implementation Agency for Crime and Security, and of the OAS",
"the World Customs Organization (WCO), who delivered modules of the … (STCE) programme, the OPCW",
"the participation of the UNODA, which provided logistical support, the OSCE, through its Programme
Office in Bishkek, and the UNRCCA", "Bangladesh, as host, Bhutan, …"."""
_SERVING_GAP = patterns.compile(r"\s+(?:(?:that|which)\s+(?:supports|assists|serves|advises)|supporting|assisting|serving|"
                                r"advising|of)\s+(?:the\s+)?")
"""Between a body and the body it serves or belongs to, in a list ("the Group of Experts supporting
the 1540 Committee, the IAEA and INTERPOL", "… and the Group of Experts of the UN Security Council's
1540 Committee"): the second names the first, it is no item of its own."""
_BRACKETED = patterns.compile(r"\s*\((?:[Tt]he\s+)?(?:\p{Lu}[\p{Lu}\d&\-]{1,11}/)?$")
"""Between a list item and a mention in brackets after it; the bracket may give the acronym in
another language first ("the International Atomic Energy Agency (AIEA/IAEA)")."""
_ARTICLE_BEFORE = patterns.compile(r"(?i)\bthe[ \t\n]+$")
_BRACKETED_ITEM = 15
"""A mention in brackets just after a list item is its acronym ("the Preparatory Commission for the
CTBTO (CTBTO)", a different registry entry) or a gloss, not the next item; as long as
:data:`_LIST_GAP` lets a bracket be."""
TAKING_PART_BEFORE_LIST = patterns.compile(
    r"(?ir)\b(?:(?:represented|participating|participants|attendees|present|taking\s+part|attending)\b[^.;:\n]{0,60}?"
    r"\b(?:were|was|included)"
    r"|(?:delivered|made|presented|given|(?:co-?)?chaired|moderated|attended|represented)\s+by(?:\s+the\s+delegations?\s+of)?"
    r"|(?:lectures?|presentations?|briefings?|talks?|keynotes?)\s+(?:(?:given\s+)?by|from)"
    r"(?:\b[^.;:\n]{1,140}?\band\s+(?:by|from))?"  # "… and from the WHO on …" (not possessive: searched in reverse)
    r"|(?:nominations|registrations)\s+(?:have\s+been\s+|had\s+been\s+|were\s+)?received\s+from"
    r"|\b(?:speaker|panell?ist|participant|delegate)\s+on\s+behalf\s+of|\b(?:I|we|he|she)\s+represented"
    r"|\b(?:delegations?|missions?|teams?|they|visits?)\s+(?:was|were)\s+(?:also\s+)?(?:supported|accompanied|assisted)\s+by"
    r"|(?:sessions?|modules?|segments?|panels?|simulations?|demonstrations?)\s+(?:led|facilitated|run|conducted|taught)\s+by"
    r"|scenarios?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:written|drafted|developed|designed|prepared)\s+by"
    r"|(?<!\b(?:(?:support|funding|travel|costs?)\s+for|(?:travel|costs?)\s+of)\s+(?:the\s+)?)(?:resource\s+persons?|experts?|speakers?|trainers|instructors|lecturers)\b[^.;:]{0,40}?\b(?:provided|supplied)\s+by"
    r"|participation\s+of|participation(?:\s+(?:by|from)\s+[^.;:\n]{1,40}?)?\s+(?:comprised|included|consisted\s+of|was\s+made\s+up\s+of)|(?:honou?red|graced|privileged|pleased)\s+(?:to\s+have\s+|by\s+)the\s+presence\s+of"
    r"|brought\s+together|brought\s+together\b[^.;:]{0,200}?\balongside"
    r"|(?:at|around)\s+the\s+table\s+(?:were|was)|(?:were|was)\s+(?:at|around)\s+the\s+table(?:\s+too)?[ \t]*+:"
    r"|(?:(?:states|delegations|countries)\s+)?(?:at|around)\s+(?:this|the)\s+table[ \t]*+:"
    r"|\b(?:they|delegations|participants|officials|experts)\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?joined\s+by"
    r"|(?-i:Contributions)\s+(?:come|came|will\s+come)\s+from"
    r"|(?<=\b(?:panels?|sessions?|discussions?|debates?)\b[^.;:\n]{0,120}?)with\s+contributions\s+from"
    r"|(?:experts?|speakers?|trainers?|instructors?|resource\s+persons?|panell?ists?)\s+who\s+(?:guided|led|facilitated|"
    r"moderated|enriched|shaped)\s+(?:our|the)\s+(?:discussions?|sessions?|debates?|deliberations|work)[ \t]*+:"
    r"|(?-i:Delegations)\b(?:(?!not\b|unable|regret|absent|apolog)[^.;:\n]){0,25}:"
    r"|\b(?:I|we)\s+(?:was|were)\s+there\s+for"
    r"|contributed\s+(?:[\w\-]+\s+){0,2}?(?:sessions?|presentations?|expertise|experts?|speakers?|trainers?)\b"
    r"[^.;:\n]{0,60}:"
    r"|(?:resource[ \t]+persons?|speakers|trainers|instructors|lecturers|presenters)[ \t]*+:"
    r"|\b(?:countries|states|delegations)[ \t\n]++(?:that|which|who)[ \t\n]++sent[ \t\n]++(?:officials|delegates|delegations|"
    r"representatives|experts|participants)[ \t]*+:"
    r"|(?:national|country)[ \t]+(?:presentations|statements)(?:,?[ \t]++[^.;:\n]{1,30}?)?[ \t]*+:"
    r"|(?<=(?:^|\n)[ \t\u2022\u25aa*\-]{0,8})delegations?[ \t]*+[\u2013\u2014:]"
    r"|\b(?:other|participating|visiting|foreign)[ \t\n]++delegations[ \t]*+(?:[\u2013\u2014]|-(?=[ \t]))"
    r"|\b(?:all[ \t]++)?(?:the[ \t]++)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]++(?:delegations|countries|states)"
    r"[ \t]*+:"
    r"|there\s+(?:were|was)(?:\s+also)?|from\s+civil\s+society,?"
    r"|(?:delegations?|states|countries|participants|organi[sz]ations)[ \t]+(?:present|represented|attending|participating)[ \t]*+:"
    r"|(?:were|was)[ \t]+(?:represented|present)[ \t]*+:|(?:took[ \t]+part|participated)[ \t]*+:|of[ \t]+us[ \t]*+:"
    r"|(?<=(?:^|\n)[ \t\u2022\u25aa*\-]{0,20})(?:also[ \t]+present|(?:foreign|visiting|participating|attending)[ \t]+"
    r"delegations)[ \t]*+:"
    r"|joining(?:[ \t]+(?:us|online|remotely|virtually|from[ \t]+(?:their[ \t]+)?capitals))*+[ \t]*+:"
    r"|on[ \t]+the[ \t]+(?:\(?(?:virtual|online)\)?[ \t]+)?panel[ \t]*+:"
    r"|(?<=(?:^|\n)[ \t\u2022\u25aa*\-]{0,4})(?:(?:international|regional|participating)[ \t]++)?organi[sz]ations:"
    r"|(?:joined|connected|logged[ \t]+(?:on|in)|dial(?:l)?ed[ \t]+in)(?:[ \t]+(?:online|virtually|remotely))?[ \t]+from"
    r"|(?:present(?:ations)?|there|here|part|participated|attended|spoke|presented|room)\b[^.;:\n]{0,20}?,[ \t]+as[ \t]+(?:were|was|did|is|are)"
    r"|(?:took[ \t]+part|participated|attended|joined|connected|logged[ \t]+(?:on|in)|dial(?:l)?ed[ \t]+in"
    r"|confirmed[ \t]+(?:their|its)[ \t]+participation)\b[^.;:\n]{0,40}?,[ \t\n]+(?:(?:along|together)[ \t\n]+with|alongside))"
    r"\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.]*\s)?\p{Lu}[\p{L}.]*-based\s+)?(?:(?:(?:an?|one|two|three|four|five|several|\d{1,2})\s+)?"
    r"(?:experts?|representatives?|officials?|members?|staff)\s+(?:of|from|supporting|serving|working\s+(?:for|with))\s+"
    r"(?:the\s+)?)?(?:(?:two|three|four|five|several|\d{1,2})\s+(?:[\w\-]+\s+){0,2}?(?:organi[sz]ations|bodies|institutions|"
    r"institutes|ngos|think[\s\-]+tanks|universities|cent(?:re|er)s)[ \t]*+[,:][ \t]*+(?:the\s+)?)?"
    r"(?:(?:General\s+)?Secretariat\s+of\s+(?:the\s+)?)?$"
)
"""Those who took part, after the verb: "International organizations represented at the meeting
were the WCO, …", "Statements were delivered by Argentina, Indonesia and …", "a session chaired
by the delegation of Mongolia", "a practical session led by the IAEA", "attended by Fiji and
Samoa", "a guest lecture by the World Health Organization", "with the participation of Chile", "a webinar I joined as a
speaker on behalf of the James Martin Center …", a visiting
delegation "supported by the Committee's Group of Experts, the UNODA and …", "brought together Kenya, Uganda and IGAD",
"brought together officials from Indonesia … alongside the ASEAN Secretariat", a programme's
"Contributions come from the IAEA, …" (a sentence's first word: not "financial contributions from"), panels "with
contributions from the IAEA and …", a speech's thanks "to the experts who guided our discussions: the IAEA, …", show
notes' "Joining from capitals: the Bahamas, …" and "Also on the (virtual) panel: the BWC ISU, …", a blog's
"I represented VERTIC at the sub-regional workshop", a cable's "International participation comprised
INTERPOL, the World Customs Organization (WCO) and …", a
forum post's "Delegations I remember: Bahamas, …" and "I was there for Trinidad and Tobago", a report's
"Partner organizations contributed sessions at no cost to the project: the OCO, …", a mail's "Resource
persons: International Atomic Energy Agency (IAEA), …" below its prose, "Delegations
present: Kazakhstan, …", a webinar's "About thirty of us joined from Kiribati, Palau, …", a diary's "There are about twenty
of us: Senegal, Guinea, …, us from The Gambia", "… was
there too, as were the IAEA and the OPCW", "… dialled in, along with Australia", "…, as did two civil-society organizations, the ISS and …" ("Also taking part were representatives of the OPCW, …"
is :data:`PEOPLE_FROM_BEFORE`'s); whose people they are may come first: "Presentations were given
by experts supporting the Security Council's 1540 Committee, the Oceania Customs Organisation, …"."""
_TAKING_PART_CUES = cue_literals("represented", "participating", "participants", "attendees", "present ", "present\n", "present:", "taking",
                     "attending", "delivered by", "made by", "presented by", "given by", "chaired by", "moderated by",
                     "attended by", "participation", "presence of", "together", "contributions c", "contributions from", "who guided",
                     "who led", "who facilitated", "who moderated", "who enriched", "who shaped", "lecture by", "lectures by", "presentation by",
                     "presentations by", "briefing by", "talk by", "keynote by", "provided by", "supplied by",
                     "briefings from", "briefing from", "presentations from", "presentation from", "talks from",
                     "led by", "facilitated by", "run by", "conducted by", "taught by", "written by", "drafted by", "developed by",
                     "designed by", "prepared by", "supported by", "accompanied by", "assisted by", "behalf of",
                     "the table", "this table", "received from", "joined by",
                     "took part", "participated", "joined from", "connected", "logged", "dialled in", "dialed in",
                     "as were", "as was", "as did", "as is", "as are", "along with", "there were", "there was", "civil society",
                     "of us", "delegations", "there for", "contributed", "persons:", "speakers:", "trainers:",
                     "instructors:", "lecturers:", "presenters:", "presentations:", "statements:", "presentations,", "statements,", "delegation", "countries:", "states:", " sent ", "joining", "panel", "ations:")
"""Words one of which :data:`TAKING_PART_BEFORE_LIST` holds: a window without any is not searched."""
PARTICIPATE_VERB = patterns.compile(
    r"(?i)\b(?:from|of|invited|attended|attending|participat\w*|took\s+part|met|meet|trained|gathered|joined|"
    r"represented|brought\s+together|in\s+the\s+room)\b"
)
"""After a participant noun, what says they took part: "officials from …", "delegations attended", a
live blog's "the delegations in the room are the host Saudi Arabia plus Bahrain, …"."""


def _without_the_un_beside_its_bodies(orgs: list[Mention], named: list[Mention]) -> list[Mention]:
    """``orgs`` less the United Nations itself when one of its bodies is ``named``: "in cooperation with
    the United Nations" where the note names UNODA, "experts of the United Nations" beside the 1540
    Committee, say who of the UN it was."""
    if any(m.org_kind == "un_body" for m in named):
        return [m for m in orgs if m.key != _THE_UNS_KEY]
    return orgs


_THE_UNS_KEY = "un"


def _org(m: Mention) -> Organization:
    return Organization(name=m.name, acronym=m.acronym, kind=m.org_kind, country_code=m.code, text=m.text,
                        span=(m.start, m.end), organ_of=organ_name(m.key, m.name))


def _unique(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each State or body, in order."""
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out


# --- organizers ----------------------------------------------------------------------------------

_VISIT_OF = patterns.compile(
    r"(?i)\bvisits?[ \t\n]++(?:(?:to|in)[ \t\n]++(?-i:\p{Lu})[\p{L}\-]*+(?:[ \t\n]++(?-i:\p{Lu})[\p{L}\-]*+){0,3}[ \t\n]++)?"
    r"(?:of|by)"
    r"[ \t\n]++(?:(?:a|the)[ \t\n]++delegation[ \t\n]++of[ \t\n]++)?(?:the[ \t\n]++)?")
"""A visit and whose it is: "the visit of the Security Council Committee … to Croatia", "a visit by the
1540 Committee", "the visit to Croatia of the Committee" (not "a visit to Ulaanbaatar at the invitation of
the Government": the place's name is in capitals, as the pattern's other words are not)."""


def _visitor(ctx: Context, date: DateMatch | None) -> list[Mention]:
    """The body a visit is said to be of or by, the first time the text says so outside other
    events' sentences, or the body that opens the main date's sentence and "was in" the place or
    "visited" it: it organizes its visit (the host's government invites it)."""
    for m in ctx.finditer(_VISIT_OF, 0, len(ctx.raw)):
        s0, s1 = ctx.sentence(m.start())
        if date is not None and not s0 <= date.span[0] < s1 and (
                ctx.search(ANOTHER_EVENT_RE, s0, s1) or (s0, s1) in new_event_sentences(ctx)):
            continue
        body = next((o for o in ctx.mentions.within("orgs", m.end(), min(s1, m.end() + 120)) if o.start == m.end()), None)
        if body is not None and not _ONE_OF_ITS.match(ctx.raw, body.end):
            return [body]
    if date is not None:
        s0, s1 = ctx.sentence(date.span[0])
        dated_first = _DATE_THEN_COMMA.fullmatch(ctx.raw, s0, date.span[0]) and \
            _A_COMMA_AFTER.match(ctx.raw, date.span[1], s1)  # "From 8 to 10 September, a delegation of …"
        opening = _DELEGATION_OF.match(ctx.raw, dated_first.end() if dated_first else s0, s1)
        at = opening.start("un") if opening and opening.group("un") else opening.end() if opening else 0
        body = next(iter(ctx.mentions.within("orgs", at, s1)), None) if opening else None
        if body is not None and body.start in (at, opening.end()) and not _ONE_OF_ITS.match(ctx.raw, body.end) \
                and _VISITED.search(ctx.raw, body.end, s1 if dated_first else date.span[0]):
            return [body]
    for m in ctx.finditer(_A_DELEGATION_FROM, 0, len(ctx.raw)):  # a story's lead, its date in a later sentence
        s0, s1 = ctx.sentence(m.start())
        if ctx.raw[s0:m.start()].strip() or (s0, s1) in new_event_sentences(ctx) or ctx.search(ANOTHER_EVENT_RE, s0, s1):
            continue
        body = next(iter(ctx.mentions.within("orgs", m.end(), s1)), None)
        if body is not None and body.start == m.end() and not _ONE_OF_ITS.match(ctx.raw, body.end) \
                and _WRAPPED_UP_A_VISIT.search(ctx.raw, body.end, s1):
            return [body]
    return []


_DATE_THEN_COMMA = patterns.compile(r"[\s*]*+(?i:from|on|between)?[ \t]*+")
_A_COMMA_AFTER = patterns.compile(r"(?:[ \t]++\d{4})?,[ \t\n]++")
_A_DELEGATION_FROM = patterns.compile(r"\b(?:A|The)[ \t\n]++delegation[ \t\n]++(?:of|from)[ \t\n]++(?:the[ \t\n]++)?")
_WRAPPED_UP_A_VISIT = patterns.compile(
    r"\b(?:wrapped[ \t\n]++up|concluded|completed|ended|began|started)[ \t\n]++(?:an?|its|the)[ \t\n]++"
    r"(?:[\w\-]++[ \t\n]++){0,3}?visit[ \t\n]++to\b")
"""A story's lead: "A delegation from the United Nations Security Council's 1540 Committee, which …, wrapped up a
two-day visit to Antigua and Barbuda yesterday": the visitor, though the visit's days come later."""


_ONE_OF_ITS = patterns.compile(r"[ \t]++(?i:body|bodies|members?|subsidiary|organs?|committees?)\b")
"""After a body's name, a word that makes it another's: "a visit by Security Council body", "a
delegation of the Security Council committee that monitors …"."""
_ONE_OF_ITS_BODIES = patterns.compile(r"[ \t]++(?:committees?|bodies|body|organs?|subsidiary)\b")
"""After a body's name, in lower case, one of its bodies that the text does not name: "a delegation of
the Security Council committee that monitors …" is no delegation of the Council's."""
_DELEGATION_OF = patterns.compile(r"[\s*]*+(?:\d{1,2}\.[ \t]++)?(?:(?:A|The|THE|a|the)[ \t\n]++(?i:delegation)[ \t\n]++(?i:of)[ \t\n]++)?"
                                  r"(?:the[ \t\n]++|The[ \t\n]++|THE[ \t\n]++)?(?P<un>United[ \t\n]++Nations[ \t\n]++|UN[ \t\n]++)?")
"""How the visiting body opens its sentence (or its clause after the date: "From 8 to 10 September, a
delegation of the United Nations Security Council Committee …"): "The Security Council Committee …", "A
delegation of the 1540 Committee",
a cable's numbered "1. THE 1540 COMMITTEE …". The body's name may hold the "United Nations" or not."""
_VISITED = patterns.compile(r"\b(?:(?:was|were)[ \t\n]++in(?=[ \t\n]++\p{Lu})|visited|VISITED|(?:paid|made|undertook|conducted)"
                            r"[ \t\n]++(?:an?|its|the)[ \t\n]++(?:[\w\-]++[ \t\n]++){0,3}?visit)\b")
"""The visitor's predicate, before the main date: "… – known as the 1540 Committee – was in Libreville
from 9 to 11 March", "visited Accra on 3 May"."""


def find_organizers(ctx: Context, date: DateMatch | None = None, kind: str | None = None,
                    venue_code: str | None = None) -> list[Organization]:
    """Organizers from the header fields; for prose (or a page whose fields leave some out) also
    from organizing verbs in its sentences. [] when none. Bodies that only support, fund or
    sponsor are left out, in a field as in prose.

    ``venue_code``: the country of the event's place, whose a ministry that does not say its State
    is when no State organizes (:func:`_units_of_the_state`).

    ``date``: the main event's date. A sentence that speaks of another event ("will organize a
    follow-up meeting", "the previous workshop was hosted by …") and does not hold that date
    names that event's organizers, not the main event's; so does one that has a body organize "a"
    new event of another kind than the main event's ``kind`` ("This morning, the Security Council
    held an open briefing" in a note about a workshop).
    """
    found: list[Mention] = []
    fields = ctx.layout.field_values("organizers")
    for f in fields:
        support = _support_spans(ctx, f.value.start, f.value.end)  # "UNODA; supported by Japan"
        found += [m for m in _orgs_or_names(ctx, f.value.start, f.value.end)
                  if not any(a <= m.start < b for a, b in support)
                  and not ((m.kind == "state" or m.source in ("government", "state")) and _A_FIELD_UNIT_IN.search(
                      ctx.raw, max(0, m.start - 40), m.start))]
    if found and ctx.layout.is_information_note:
        found += _local_hosts_in_the_body(ctx, date)
    if not found or not ctx.layout.is_information_note:
        elsewhere, other_items = _items_without(ctx, date), _other_items(ctx, date)
        for s0, s1 in ctx.cued_sentences(ORGANIZE_WORD_RE):
            if date is not None and not s0 <= date.span[0] < s1 and (
                    ctx.search(ANOTHER_EVENT_RE, s0, s1) or (s0, s1) in new_event_sentences(ctx)
                    or _organizes_another_kind(ctx, s0, s1, kind) or _holds_its_next_meeting(ctx, s0, s1)
                    or elsewhere.contains(s0, s1)
                    or other_items.contains(s0, s1)):  # a digest's item on another event: "On February 10–12, CNS convened"
                continue
            if (date is None or not s0 <= date.span[0] < s1) and ctx.raw.find("hosted by", s0, s1) >= 0 \
                    and ctx.search(_A_SIDE_ACTIVITY_HOSTED, s0, s1):
                continue  # "Field visit to the Port of Sohar, hosted by the Directorate General of Customs": the visit's
            found += _organizers_in_sentence(ctx, s0, s1, date)
        for s0, s1 in ctx.cued_sentences(_THE_ORGANIZERS_ARE):
            if _of_the_main_event(ctx, s0, s1, date):
                found += _organizers_named(ctx, s0, s1)
        for s0, s1 in ctx.cued_sentences(INVITATION_RE):
            if not (date is not None and s0 <= date.span[0] < s1) and (
                    ctx.search(ANOTHER_EVENT_RE, s0, s1) or (s0, s1) in new_event_sentences(ctx)):
                continue  # "that the fourth meeting be held in Rabat, at the kind invitation of Morocco"
            found += _inviters(ctx, s0, s1)
        for s0, s1 in ctx.cued_sentences(_BROUGHT_TOGETHER):
            if _of_the_main_event(ctx, s0, s1, date):
                found += _bringers_together(ctx, s0, s1)
        for s0, s1 in ctx.cued_sentences(_ACTS_AS_HOST):
            if _of_the_main_event(ctx, s0, s1, date):
                found += _acting_hosts(ctx, s0, s1)
        for s0, s1 in ctx.cued_sentences(_THANKS_OUR_ORGANIZERS):
            found += _organizers_thanked(ctx, s0, s1)
        for s0, s1 in ctx.cued_sentences(_ON_BEHALF_WITH_OUR_CO_HOSTS):
            m = _ON_BEHALF_WITH_OUR_CO_HOSTS.match(ctx.raw, s0, s1)
            if m is not None and _of_the_main_event(ctx, s0, s1, date):
                found += _parties(ctx, *m.span("body"))
        for s0, s1 in ctx.cued_sentences(_ON_BEHALF_WE_ANNOUNCE):
            m = _ON_BEHALF_WE_ANNOUNCE.match(ctx.raw, s0, s1)  # "On behalf of UNODA and the OSCE, we are
            if m is not None and (date is None or s0 <= date.span[0] < s1):  # pleased to confirm the arrangements …"
                found += _parties(ctx, *m.span("body"))
        found += _marked_organizers(ctx)
        if not found and ("CERTIFICATE" in ctx.raw or "Certificate" in ctx.raw):
            found += _certificates_issuers(ctx)
        for a, b in _answers(ctx, _WHO_ORGANIZES):  # an FAQ's "Q: Who is organizing? / A: UNRCPD, together with …"
            support = _support_spans(ctx, a, b)
            found += [m for m in _parties(ctx, a, b) if not any(x <= m.start < y for x, y in support)]
        if kind == "visit":
            found = _visitor(ctx, date) + found
        found = [m for m in found if m.source != "phrase" or not _A_HALLS_NAME.match(m.name)]
    found = [_acting_through_its_unit(ctx, m) for m in _without_a_units_ministry(ctx, found)]
    return [_org(m) for m in _without_the_un_beside_its_bodies(
        _without_a_states_bare_government(_units_of_the_state(ctx, _unique(found), venue_code)), ctx.mentions.orgs)]


_A_HALLS_NAME = patterns.compile(
    r"(?:[\p{L}\-]++[ ]){0,2}?"
    r"(?:Cultural|Culture|Convention|Conference|Congress|Community|Civic|Exhibition|Events?|Sports?)"
    r"[ ](?:Centre|Center|Hall|Palace)\b(?![ ](?:for|of)\b)")
"""A hall by its name, which a prose text may say "hosted" the event: "the Cultural Centre on Cumhuriyet Meydanı hosted
a three-day regional seminar" names where it was, not who organized it (not a "Centre for …", a body)."""


def _without_a_units_ministry(ctx: Context, found: list[Mention]) -> list[Mention]:
    """``found`` less a ministry named as the one a found unit belongs to: "the Strategic Export Control Division
    (SECDIV) of the Ministry of Foreign Affairs", "the Vietnam Chemicals Agency under the Ministry of Industry and
    Trade" organize as the unit, one body."""
    ends = {m.end for m in found}
    kept = []
    for m in found:
        gap = _A_UNITS_MINISTRY_BEFORE.search(ctx.raw, max(0, m.start - 30), m.start) \
            if ctx.raw.startswith("Ministry", m.start) else None
        if gap is None or gap.start() not in ends:
            kept.append(m)
    return kept


_A_UNITS_MINISTRY_BEFORE = patterns.compile(
    r"[ \t\n]*+(?:\([\p{Lu}\d&\-]{2,12}\)[ \t\n]*+)?(?:of|under)[ \t\n]++the[ \t\n]++$")
"""Between a unit and its ministry: "… Division (SECDIV) of the ", "… Agency under the "."""


_A_FIELD_UNIT_IN = patterns.compile(r"\b(?:Presence|Mission|Office|Centre|Center|Programme[ \t\n]++Office)[ \t\n]++(?:in|to)"
                                    r"[ \t\n]++(?:the[ \t\n]++)?$")
"""Before a State, a body's unit in it: "OSCE – Presence in Albania" names where the unit works, no organizer."""


_CERTIFICATE_TITLE = patterns.compile(
    r"(?im)^[ \t*#]*+certificate[ \t]++of[ \t]++(?:attendance|participation|completion|achievement)[ \t*]*+$")
"""A certificate's title line."""


def _certificates_issuers(ctx: Context) -> list[Mention]:
    """The bodies whose letterhead stands above a certificate of attendance's title: they issue it
    for the course they ran ("ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE / Programme Office in
    Dushanbe / CUSTOMS SERVICE UNDER THE GOVERNMENT … / CERTIFICATE OF ATTENDANCE")."""
    title = _CERTIFICATE_TITLE.search(ctx.raw)
    return ctx.mentions.within("orgs", 0, title.start()) if title is not None else []


_A_SIDE_ACTIVITY_HOSTED = patterns.compile(
    r"(?i)\b(?:(?:field|site|study|technical)[ \t\-]++visits?|reception|dinner|luncheon|lunch)\b[^.;\n]{0,80}?"
    r"\bhosted[ \t]++by\b")
"""A part of the programme that someone hosts: they host that part, not the event."""
_ORGANIZER_MARK = patterns.compile(r"(?i)\((?:co-?)?organi[sz]ers?[ \t]*+\)")
"""A role in brackets after a body, as a list of those present gives it: "UNODA Vienna (co-organiser)"
(not a table's "Jordan (host)": the host State may only have taken part)."""


def _marked_organizers(ctx: Context) -> list[Mention]:
    """The bodies, and the States standing for their governments, that a bracket marks as (co-)organisers:
    "Present: … NRPA, Government of Namibia (co-organiser); L. Moreau, UNODA Vienna (co-organiser)"."""
    lowered = ctx.lowered
    if lowered is None:
        return []
    found: list[Mention] = []
    for word in ("(co-organi", "(co organi", "(coorgani", "(organi"):  # from the words: a scan of the
        for at in offsets(lowered, word):  # pattern at every position cost 0.3 M instructions a note
            m = _ORGANIZER_MARK.match(ctx.raw, at)
            if m is not None:
                end = at
                while end > 0 and ctx.raw[end - 1] in " \t":
                    end -= 1
                found += [p for p in _parties(ctx, max(0, end - 120), end) if p.end == end]
    return found


_HOSTED = cue_words(patterns.compile(r"(?i)\b(?:co-?)?hosted\b"), "hosted")
_HOSTED_AFTER = patterns.compile(rf"[ \t\n]++(?i:(?:co-?)?hosted)[ \t\n]++(?:the|this|our|its)[ \t\n]++"
                                 rf"(?:[\w\-]++[ \t\n]++){{0,4}}?(?:{EVENT_NOUNS})\b")
_HOSTED_BY_BEFORE = patterns.compile(r"\b(?i:(?:co-?)?hosted)[ \t\n]++by[ \t\n]++(?:the[ \t\n]++)?$")


def _local_hosts_in_the_body(ctx: Context, date: DateMatch | None) -> list[Mention]:
    """A town's or a division's government that a note's body says hosted its event, beside the organizers its
    header lists: "The Prefecture of Boké hosted the conference in the meeting hall of …", "… was hosted by the
    County Government of Bungoma". A host organizes, as analysts count it; a side activity's host does not."""
    found = []
    body = ctx.layout.fields_end
    for s0, s1 in ctx.cued_sentences(_HOSTED):
        if s0 < body or not _of_the_main_event(ctx, s0, s1, date) or ctx.search(_A_SIDE_ACTIVITY_HOSTED, s0, s1):
            continue  # the header's own fields name its organizers
        found += [m for m in ctx.mentions.within("orgs", s0, s1) if m.source in LOCAL_GOVERNMENT_SOURCES and (
            _HOSTED_AFTER.match(ctx.raw, m.end) or _HOSTED_BY_BEFORE.search(ctx.raw, max(s0, m.start - 20), m.start))]
    return found


def _of_the_main_event(ctx: Context, s0: int, s1: int, date: DateMatch | None) -> bool:
    """Whether sentence ``[s0, s1)`` may name the main event's organizers: it holds the main ``date``,
    or it speaks of no other event ("the previous workshop was hosted by …", "will organize a follow-up")."""
    return date is None or s0 <= date.span[0] < s1 or not (
        ctx.search(ANOTHER_EVENT_RE, s0, s1) or (s0, s1) in new_event_sentences(ctx))


_BROUGHT_TOGETHER = cue_words(patterns.compile(
    r"(?i)\b(?:brought|brings)[ \t\n]++(?:(?:[^.;:()\n]|\n(?![ \t]*+\n)){1,80}?[ \t\n]++)?together\b"
    rf"|\bconcluded(?=[ \t\n]++(?:on[ \t\n]++\w++[ \t\n]++)?(?:a|an|the|its|their)[ \t\n]++(?:[\w\-]++[ \t\n]++){{0,4}}?"
    rf"(?:{EVENT_NOUNS})\b)"), "together concluded")
"""Bodies that bring people together organize: "UNRCPD and the Royal Government of Bhutan brought
together government officials from seven States in Thimphu", "… brought officials from eight
Caribbean States together on Zoom"; so do those that conclude the event: "The African Union
Commission (AUC), through its Department of Political Affairs, Peace and Security (PAPS), and UNODA
concluded on Wednesday a three-day Regional Workshop"."""
_IN_BRACKETS = patterns.compile(r"\([^()\n]{1,100}\)")
_SUBJECT_GLUE = patterns.compile(r"(?:[\s,]++|\([^()\n]{1,100}\)|\b(?:and|[Tt]he|jointly|together[ \t\n]++with|Royal)\b"
                                 r"|\bthrough[ \t\n]++its[ \t\n][^;()\n]{1,100}?\([^()\n]{1,20}\)"
                                 r"|(?<=\p{L})['\u2019]s(?:[ \t\n]++\p{Lu}[\p{L}\-]*+){1,6}+(?=[ \t\n,]))*+")
"""What may stand between the parties of a subject that is nothing but parties: joining words, a
bracketed name or acronym, a Government's "Royal", the unit a body acts through ("…, through its
Department of Political Affairs, Peace and Security (PAPS), and …"), or names in the possessive
("Global Affairs Canada's Weapons Threat Reduction Program and UNLIREC": the body, by its unit)."""
_BEFORE_A_SUBJECT = patterns.compile(r"(?:[ \t\n]++(?:[Tt]he|Royal))*+[ \t\n]*+$")


_AS_HOST = (r"as[ \t\n]++(?:the[ \t\n]++)?(?:local[ \t\n]++)?host\b"
            r"(?![ \t\n]++(?:country|city|nation|state|government)\b)")
"""The role of host ("as the local host"), not a State's ("as host country")."""
_OF_THE_EVENT = (rf"[ \t\n]++(?:of|for|to)[ \t\n]++(?:the|this)[ \t\n]++(?:[\w\-]++[ \t\n]++){{0,3}}?"
                 rf"(?:{EVENT_NOUNS}|event)s?\b")
"""Whose host: "of the event", "for this regional seminar"."""
_ACTS_AS_HOST = cue_words(patterns.compile(
    r"(?i)\b(?:acted|acts|served|serves|(?:will|would|to)[ \t\n]++(?:act|serve)|(?:is|was)[ \t\n]++(?:acting|serving))"
    rf"[ \t\n]++{_AS_HOST}(?:{_OF_THE_EVENT})?+"
    rf"|\b(?:was|is|will[ \t\n]++be)[ \t\n]++the[ \t\n]++(?:local[ \t\n]++)?host{_OF_THE_EVENT}"
    rf"|\bwith[ \t\n]++(?P<body>[^,;.\n]{{3,120}}?)[ \t\n]++{_AS_HOST}"), "host")
"""A body said to be the event's host by its role: "The Municipality of Saladillo acted as host", "The Town of
Cieszyn was the host of the event", "… organized by UNODA, with the Comune di Formigine as host" — a host organizes,
as analysts count it (not "Kenya, as host country", a State's part in a list)."""


def _acting_hosts(ctx: Context, s0: int, s1: int) -> list[Mention]:
    """The host :data:`_ACTS_AS_HOST` names in sentence ``[s0, s1)``: the bodies "with" it names, else its subject's
    last body (the one the verb follows: "… by UNODA. The Municipality of Saladillo acted as host")."""
    m = _ACTS_AS_HOST.search(ctx.raw, s0, s1)
    if m is None:
        return []
    if m.group("body") is not None:
        return _parties(ctx, *m.span("body"))
    subject = _parties(ctx, _subject_start(ctx.raw, s0, m.start()), m.start())
    return subject[-1:] if subject and not ctx.raw[subject[-1].end:m.start()].strip(" \t\n,") else []


def _bringers_together(ctx: Context, s0: int, s1: int) -> list[Mention]:
    """The subject of :data:`_BROUGHT_TOGETHER` in sentence ``[s0, s1)`` when it is a list of
    parties and nothing else: "The workshop brought together …" names the event, and "Funding from
    Japan brought together …" a funder."""
    m = _BROUGHT_TOGETHER.search(ctx.raw, s0, s1)
    if m is None:
        return []
    start = _subject_start(ctx.raw, s0, m.start())
    support = _support_spans(ctx, s0, s1)
    glosses = [g.span() for g in _IN_BRACKETS.finditer(ctx.raw, start, m.start())]  # "UNLIREC (the UN's regional
    parties = [p for p in _parties(ctx, start, m.start())  # disarmament centre, based in Lima) and CARICOM IMPACS"
               if not any(x <= p.start < y for x, y in support + glosses)]
    subject = [p for p in parties if not _THROUGH_ITS.search(ctx.raw, max(0, p.start - 16), p.start)]
    if not subject:
        return []
    first = subject[0].start
    opening = ctx.raw[start:_BEFORE_A_SUBJECT.search(ctx.raw, start, first).start()]
    at = first if opening[-1:] in ("", ",", "\u2013", "\u2014", "-") or opening[-1:].isdigit() \
        or _WHY_BEFORE.search(opening) else start  # "That is why the Latvian Ministry … and the OSCE brought …"; "From 3
    # until 5 March 2026, UNRCPD and …", "On 4 May 2026 the OSCE …", "Addis Ababa, 21 November 2025 – The AUC …":
    # an opening phrase set off by a comma or a dash, or a date
    for p in parties:  # the units a body acts through are glue: "the AUC, through its PAPS, and UNODA"
        if p.start < at or p not in subject:
            continue
        if _SUBJECT_GLUE.fullmatch(ctx.raw, at, p.start) is None:
            return []
        at = p.end
    return subject if _SUBJECT_GLUE.fullmatch(ctx.raw, at, m.start()) is not None else []


_WHY_BEFORE = patterns.compile(r"(?i)\b(?:that|this|which)(?:['\u2019]s|[ \t\n]++(?:is|was))[ \t\n]++why[ \t\n]*+$")
"""An opening that gives the reason before a sentence's subject: "That is why the OSCE brought …"."""
_QUESTION = r"(?im)^[ \t*#]*+(?:Q(?:uestion)?[ \t]*+[:.)\-][ \t]*+)?"
_WHO_ORGANIZES = cue_words(patterns.compile(
    _QUESTION + r"who[ \t]++(?:is|are)[ \t]++(?:(?:co-?)?organi[sz]ing|(?:co-?)?hosting|behind|the[ \t]++(?:co-?)?"
    r"(?:organi[sz]ers|hosts?))\b[^?\n]{0,80}\?[ \t]*+$"), "who")
"""An FAQ's question for the organizers: "Q: Who is organizing?", "Who are the organizers of the workshop?"."""
_WHO_TAKES_PART = cue_words(patterns.compile(
    _QUESTION + r"(?:which|what)[ \t]++(?:delegations|states|countries|governments|organi[sz]ations|agencies|bodies)"
    r"\b[^?\n]{0,40}?\b(?:confirmed|take[ \t]++part|attend(?:ing)?|participat(?:e|ing)|taking[ \t]++part|represented)"
    r"\b[^?\n]{0,40}\?[ \t]*+$|" + _QUESTION.removeprefix("(?im)") + r"who[ \t]++(?:will|is|are|can)[ \t]++(?:attend(?:ing)?|"
    r"participat(?:e|ing)|tak(?:e|ing)[ \t]++part)\b[^?\n]{0,40}\?[ \t]*+$"), "wh")  # "wh": which, what, who
"""An FAQ's question for those who take part: "Q: Which delegations have confirmed?", "Which
organizations will take part?", "Who will attend?"."""
_ANSWER_OPENING = patterns.compile(r"[ \t]*+(?:A(?:nswer)?[ \t]*+[:.)\-][ \t]*+)?")
_ANSWER_SENTENCES = 3
"""How many sentences of an answer are read: its first ones say who; the rest go on to other things."""


def _answers(ctx: Context, question: regex.Pattern) -> list[tuple[int, int]]:
    """The raw spans of the first sentences of each answer to ``question`` in an FAQ: from the line
    after the question to the answer's blank line, at most :data:`_ANSWER_SENTENCES` sentences."""
    found: list[tuple[int, int]] = []
    if "?" not in ctx.raw:
        return found
    for s0, s1 in ctx.cued_sentences(question):
        for q in question.finditer(ctx.raw, s0, s1):
            line = q.end() + 1
            opening = _ANSWER_OPENING.match(ctx.raw, line)
            start = opening.end() if opening else line
            blank = BLANK_LINE.search(ctx.raw, start)
            end = blank.start() if blank else len(ctx.raw)
            i = bisect_left(ctx.sentences, (start, start))
            read = [s for s in ctx.sentences[max(0, i - 1):i + _ANSWER_SENTENCES + 1] if s[1] > start and s[0] < end]
            found += [(max(a, start), min(b, end)) for a, b in read[:_ANSWER_SENTENCES]]
    return found



_ACTING_THROUGH_ITS = patterns.compile(r",?[ \t\n]++(?:acting[ \t\n]++)?through[ \t\n]++its[ \t\n]++")


def _acting_through_its_unit(ctx: Context, m: Mention) -> Mention:
    """A State that organizes "through its" unit organizes as that unit: "The Argentine Republic,
    through its Ministry of Foreign Affairs, International Trade and Worship, convened …" gives the
    Ministry (of Argentina). A Government does so through a ministry only: "the Government of Saint
    Lucia through its Customs and Excise Department" stays the Government (as analysts name it)."""
    a_state = (m.source == "state" or m.key.startswith("gov:")) and m.code
    through = _ACTING_THROUGH_ITS.match(ctx.raw, m.end, m.end + 40) if a_state else None
    unit = next(iter(ctx.mentions.after("orgs", through.end())), None) if through is not None else None
    entry = state_by_code(m.code or "")
    if unit is None or unit.start != through.end() or entry is None or unit.code not in (None, m.code) or (
            m.source != "state" and not unit.name.startswith("Ministry")):
        return m
    name = unit.name if unit.code else unit_of_state(unit.name, entry)
    return unit._replace(name=name, code=m.code, org_kind="government")


_UNIT_WITHOUT_ITS_STATE = patterns.compile(
    r"(?![^()]*?\b(?:Universit\p{L}*+|College|Faculty)\b)"
    r"(?:[Tt]he[ ]++)?(?:(?:\p{Lu}[\p{L}\-]*+[ ]++){1,5}?(?:Office|Directorate|Division|Bureau|Unit|Secretariat)[ ]++of[ ]++"
    r"the[ ]++)?(?:Federal[ ]++)?(?:Ministry|Department)[ ]++(?:of|for)[ ]++\p{Lu}[^()]*+")
"""A government unit's name that does not say whose: "the Ministry of Foreign Affairs", "Strategic Trade
Management Office of the Department of Trade and Industry", a federation's "Federal Ministry of Foreign Affairs"
(named as analysts name it, "Ministry of Foreign Affairs of Nigeria"); not a university's department ("Department
of Mechanical Engineering of the University of Moratuwa")."""

_NATIONAL_BODY_WITHOUT_ITS_STATE = patterns.compile(
    r"(?:[Tt]he[ ]++)?(?:(?:State|National|Federal|General|Central|Customs)[ ]++(?:[\p{L}\-]++[ ]++){0,4}?"
    r"(?:Committee|Commission|Administration|Authority|Agency|Services?|Directorate|Inspectorate|Bureau)"
    r"|Directorate[ \-]General)(?:,?+[ ]++(?:(?:of|for|on)[ ]++)?\p{Lu}[^()]*+)?|(?:[Tt]he[ ]++)?Foreign[ ]++Ministry")
"""A State's own body named, as at home, without its State: "the State Customs Committee", "National Revenue
Administration", "General Commission for Atomic Energy", "Customs Authority", "Directorate General of Customs",
"the Foreign Ministry", "National Authority, Chemical Weapons Convention" (analysts' "State Customs Committee of
Belarus"). Not a council, union or association: "National Council of Women" is no State's."""


@cache
def _state_words() -> frozenset[str]:
    """States' names (every surface form) and adjectives, as written."""
    return frozenset({*(d for d, _ in demonym_patterns()), *(a for a, _ in state_patterns())})


_NAME_WORDS_AT_MOST = 6


def _names_a_state(name: str) -> bool:
    """Whether a run of the name's words is a State's name or adjective: "… of the Peruvian Navy" says whose
    it is. Set lookups of its word runs: a regex alternation of the ~2,200 forms took 0.19 s to compile and
    0.14 ms a search."""
    words = [w.strip(",;:()") for w in name.split()]
    known = _state_words()
    return any(" ".join(words[i:j]) in known for i in range(len(words))
               for j in range(i + 1, min(len(words), i + _NAME_WORDS_AT_MOST) + 1))


def _units_of_the_state(ctx: Context, found: list[Mention], venue_code: str | None = None) -> list[Mention]:
    """``found`` with a government unit that does not say its State made the unit of the one State
    among the organizers: in "Dominican Republic hosts … organized by the Ministry of Foreign Affairs
    (MIREX) jointly with UNLIREC", the Ministry is the Dominican Republic's; with no State among
    them, of the State the event is in (``venue_code``): a ministry at home; with no venue either, of
    the one State whose bodies organize ("the Ethiopian Customs Commission and the Ministry of Foreign
    Affairs"); with none, of the State the text's masthead or dateline names ("Sultanate of Oman" over "… organized
    by the Ministry of Foreign Affairs"). Inferred, so warned."""
    states = ({m.code for m in found if m.source == "state"} or ({venue_code} if venue_code else set())
              or {m.code for m in found if m.org_kind == "government" and m.code} or _the_texts_own_states(ctx))
    if len(states) != 1:
        return found
    entry = state_by_code(next(iter(states)) or "")
    if entry is None:
        return found
    out = []
    for m in found:
        if m.code is None and m.org_kind == "other" and (
                _UNIT_WITHOUT_ITS_STATE.fullmatch(m.name) or _NATIONAL_BODY_WITHOUT_ITS_STATE.fullmatch(m.name)
                and not _names_a_state(m.name)):
            unit = m.name.removeprefix("the ").removeprefix("The ")
            unit = unit.removeprefix("Federal ") if unit.startswith("Federal Ministry ") else unit
            m = m._replace(name=unit_of_state(unit, entry), code=entry.code, org_kind="government")
            ctx.warn("state_of_a_body", f"{unit!r} taken as {entry.name}'s: the one State among the organizers, "
                     "the event's, or the text's masthead's or dateline's", (m.start, m.end))
        out.append(m)
    return out


def _the_texts_own_states(ctx: Context) -> set[str]:
    """The State of a text's masthead, its first line's first column naming a State alone ("Sultanate of Oman",
    "REPUBLIC OF CAMEROON     RÉPUBLIQUE DU CAMEROUN"), or of the place its dateline names: the State itself, or
    its city's."""
    for a, b in first_lines(ctx.raw, 1):
        column = COLUMN_GAP.split(ctx.raw[a:b].strip(" \t*#"), 1)[0]
        a = ctx.raw.find(column, a, b)
        state = next(iter(ctx.mentions.within("states", a, a + len(column))), None)
        if state is not None and (state.start, state.end) == (a, a + len(column)):
            return {state.code}
    place = ctx.dateline_place
    if place is None:
        return set()
    return {m.code for m in ctx.mentions.within("states", *place)} or {
        m.code for m in ctx.mentions.within("places", *place) if m.kind == "city" and m.code}


def _items_without(ctx: Context, date: DateMatch | None) -> Cover:
    """A newsletter's stories (:attr:`Context.stories`) other than the one ``date`` is in: who
    organizes there ("the 1540 Committee will hold a comprehensive review") organizes something else.
    (A mail's parts are no stories: its invitation may name the organizers of the date its header gives.)"""
    if date is None:
        return Cover(())
    return Cover((a, b) for a, b in ctx.stories if not a <= date.span[0] < b)


def _without_a_states_bare_government(found: list[Mention]) -> list[Mention]:
    """``found`` less a State standing for its government where one of that State's own bodies
    organizes too: "FIJI HOSTS PACIFIC WORKSHOP … co-organised by the Ministry of Foreign Affairs of
    Fiji" names one organizer, the Ministry."""
    bodies = {m.code for m in found if m.source != "state" and m.org_kind == "government" and m.code
              and not m.key.startswith("gov:")}
    return [m for m in found if not ((m.source == "state" or m.key.startswith("gov:")) and m.code in bodies)]


_ORGANIZES_AN_EVENT = patterns.compile(
    rf"(?i)\b(?:{_ORGANIZE}|conducted)\s+(?:an?\s+(?:[\w\-]+['\u2019]?\s+){{0,3}}?(?P<word>{EVENT_WORD})s?|(?P<word>consultations)(?!\s+with\b)"
    r"|(?P<bilateral>bilateral)\s+(?:[\w\-]+\s+)?(?P<word>consultations|meetings|talks))\b")
_ITS_NEXT_MEETING = patterns.compile(
    rf"(?i)\b(?:{_ORGANIZE}|convene)\s+(?:its|their)\s+(?:first|next|inaugural|following|second|third)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:meeting|session)s?\b")
"""A body that holds its own next meeting organizes that one, not the event: "The Coordinating Committee
shall hold its first meeting within thirty days"."""
_ITS_NEXT = ("its first", "its next", "its inaugural", "its following", "its second", "its third", "their first",
             "their next", "their inaugural", "their following", "their second", "their third")


def _holds_its_next_meeting(ctx: Context, s0: int, s1: int) -> bool:
    """Whether sentence ``[s0, s1)`` has a body hold its own next meeting (:data:`_ITS_NEXT_MEETING`);
    the pattern is tried only in a sentence that holds "its first" or the like."""
    lowered = ctx.lowered
    if lowered is not None and not any(w in lowered[s0:s1] for w in _ITS_NEXT):
        return False
    return ctx.search(_ITS_NEXT_MEETING, s0, s1) is not None


_ANY_KIND_WORDS = frozenset({"meeting", "session"})
"""Words a note may use for its event whatever its kind: "the meeting" of a workshop."""


def _organizes_another_kind(ctx: Context, s0: int, s1: int, kind: str | None) -> bool:
    """Whether sentence ``[s0, s1)`` has a body organize a new event ("held an open briefing", "will
    hold consultations on Syria") of another kind than ``kind``, the main event's. Not a visiting
    delegation that "held consultations with" the State's authorities: that is the visit. Bilateral
    talks at any other event are beside it ("Experts of the 1540 Committee … held bilateral
    consultations with delegations" at a workshop)."""
    if kind is None or kind == "other":
        return False
    m = ctx.search(_ORGANIZES_AN_EVENT, s0, s1)
    if m is None:
        return False
    if m.group("bilateral"):
        return kind != "visit"
    word = m.group("word").lower()
    return word not in _ANY_KIND_WORDS and EVENT_WORDS.get(word) != kind


INVITATION_RE = cue_words(patterns.compile(r"(?i)\b(?:at|on|upon)\s+the\s+(?:kind\s+)?(?:invitation|initiative)\s+of\b"),
                          "vitation itiative")  # "in" is both words' prefix: the cue check reads past it
"""Who invites to the event hosts it: "A delegation of the Committee visited Accra at the
invitation of the Government of Ghana"; so does the one it is held "at the initiative of"."""


def _inviters(ctx: Context, s0: int, s1: int) -> list[Mention]:
    """Those "at the invitation of" whom the event is held: the list after it, to the first comma
    that no other party follows ("At the invitation of the Government of Ghana, experts from Togo
    met": Togo invites no one)."""
    excluded = _not_organizing(ctx, s0, s1)
    named, commas = _list_index(ctx, s0, s1)
    found = []
    for m in INVITATION_RE.finditer(ctx.raw, s0, s1):
        if not any(x <= m.start() < y for x, y in excluded):
            end = min(_clause_end(ctx, m.end(), s1, excluded), _list_end(ctx.raw, m.end(), s1, named, commas))
            inviters = [p for p in _parties(ctx, m.end(), end) if not any(x <= p.start < y for x, y in excluded)]
            found += inviters
            if inviters and "initiative" in m.group().lower():  # "at the initiative of the Ministry …, in
                found += _partners_after(ctx, end, s1, excluded, partial(_parties, ctx))  # partnership with UNODA"
    return found


_THE_ORGANIZERS_ARE = cue_words(patterns.compile(
    r"(?i)\b(?:(?:the|its|our|their|your)[ \t\n]++(?:co-?)?(?:organi[sz]ers|hosts)[ \t\n]*+"
    r"(?:(?:were|are|was|included|include)[ \t\n]++|[:\u2013\u2014][ \t\n]*+|-[ \t\n]++)"
    r"|(?:two|three|four|five|[2-5])[ \t\n]++(?:co-?)?organi[sz]ers[ \t\n]++(?:are|were)[ \t\n]++(?:named|listed)"
    r"[^.:;\n]{0,40}:[ \t\n]*+)"), "organi host")
"""The organizers named as such, the list after them as after "organized by": "The organisers – the
OSCE, together with Bosnia and Herzegovina's Ministry of Security – had built …", "Its co-organizers
were UNODA and the OSCE", a fact check's "Three co-organizers are named on the invitation: …", an app's "Your hosts: the UN Office for Disarmament Affairs (UNODA) and …"."""


def _organizers_named(ctx: Context, s0: int, s1: int) -> list[Mention]:
    """The parties listed after :data:`_THE_ORGANIZERS_ARE` in sentence ``[s0, s1)``, and those
    "together with" them."""
    named = list(ctx.finditer(_THE_ORGANIZERS_ARE, s0, s1))
    if not named:
        return []  # most sentences the cue opens: "Organizers: …" fields, "the organizers thank …"
    excluded = _not_organizing(ctx, s0, s1)
    found: list[Mention] = []
    for m in named:
        if any(x <= m.start() < y for x, y in excluded):
            continue
        end = _clause_end(ctx, m.end(), s1, excluded)
        found += _parties(ctx, m.end(), end) + _partners_after(ctx, end, s1, excluded, partial(_parties, ctx))
    return [m for m in found if not any(x <= m.start and m.end <= y for x, y in excluded)]


_RELATIVE_CLAUSE = patterns.compile(
    r",[ \t\n]++which[ \t\n]++(?:is|was|are|were)[ \t\n]++[^;.()]{1,80}?(?=,[ \t\n]++(?:and|together|in|jointly)\b)")
"""A relative clause between a party and its partners: ", which is part of the UN Office for
Disarmament Affairs, together with …", ", which is based in Lomé, Togo, and the African Union Commission"."""
_AND_AFTER = patterns.compile(r",[ \t\n]++and[ \t\n]++")


def _partners_after(ctx: Context, end: int, s1: int, excluded: list[tuple[int, int]],
                    parties: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """The parties of a "cooperation with" clause that starts at once at ``end`` (within 3
    characters), or after a relative clause there, or the list that goes on after such a clause."""
    if ctx.raw.startswith(", which", end):
        relative = _RELATIVE_CLAUSE.match(ctx.raw, end, s1)
        end = relative.end() if relative is not None else end
        more = _AND_AFTER.match(ctx.raw, end, s1) if relative is not None else None
        if more is not None:  # "organised by UNREC, which is based in Lomé, Togo, and the AUC"
            return parties(more.end(), _clause_end(ctx, more.end(), s1, excluded))
    found: list[Mention] = []
    while (coop := ctx.search(COOPERATION_RE, end, min(s1, end + _COOPERATION_REACH))) is not None and (
            coop.start() - end < 3 or found and _AND_ANOTHER_CLAUSE.fullmatch(ctx.raw, end, coop.start())):
        end = _clause_end(ctx, coop.end(), s1, excluded)  # "together with B and in cooperation with C": C too
        found += parties(coop.end(), end)
    return found


_AND_ANOTHER_CLAUSE = patterns.compile(r"[ \t\n]*+,?[ \t\n]*+and(?:[ \t\n]++also)?[ \t\n]++")
"""Between two "cooperation with" clauses of one passive: "organised by A together with B and in cooperation with C"."""


def _not_organizing(ctx: Context, s0: int, s1: int) -> list[tuple[int, int]]:
    """The spans of sentence ``[s0, s1)`` whose bodies organize nothing: support clauses, clauses
    about other events, and header fields read as fields ("Evaluators: IAEA …" below "Conducted by: …")."""
    return _support_spans(ctx, s0, s1) + [c for c in ctx.other_clauses if s0 <= c[0] < s1] + \
        [(f.label.start, f.value.end) for f in ctx.layout.field_values(*_READ_AS_FIELDS)
         if f.label.start < s1 and s0 < f.value.end] + _refuted_quotes(ctx, s0, s1)


_QUOTED = patterns.compile(r"[\"\u201c][^\"\u201c\u201d\n]{1,300}[\"\u201d]")
_REFUTED = patterns.compile(
    r"(?i)[ \t\n]*+(?:(?:that|this|it)(?:['\u2019]s|[ \t]++(?:is|was))[ \t]++(?:not|wrong|incorrect|inaccurate|false|untrue)\b"
    r"|(?:that|this|it)[ \t]++(?:isn['\u2019]t|wasn['\u2019]t)\b)")
"""A sentence that opens by saying the one before is wrong: "That isn't what the sources say."."""


def _refuted_quotes(ctx: Context, s0: int, s1: int) -> list[tuple[int, int]]:
    """The quotations of sentence ``[s0, s1)`` when the next sentence refutes them: "The lead says the
    workshop was "organised by Norway, the EAC and the UN". That isn't what the sources say." """
    raw = ctx.raw
    if raw.find('"', s0, s1) < 0 and raw.find("\u201c", s0, s1) < 0 or not _REFUTED.match(raw, s1, s1 + 40):
        return []
    return [m.span() for m in _QUOTED.finditer(raw, s0, s1)]


_COOPERATION_REACH = 60
"""How far after a passive's list its "in cooperation with" is looked for: it must start at once,
and a search to the sentence's end at each list made a long sentence of lists quadratic."""
_READ_AS_FIELDS = ("organizers", "supporters", "participants", "resource_persons", "states", "organizations",
                   "civil_society", "industry", "others")
"""Header fields whose bodies are read from the field: prose rules do not read them again."""


_OPENS_ITS_SENTENCE = patterns.compile(r"[\s*_#>\-\u2022]*+")
"""Before a passive that opens its sentence ("Organised by UNODA and the Stimson Center, the
session brought together …"): its list of agents ends with the list, before the sentence's subject."""
_AND_THEN = patterns.compile(r"[ \t\n]*+,?[ \t\n]*+and[ \t\n]++")
"""Between two passives of one opening phrase: "Co-organized by … and hosted by SUSTech, the workshop …"."""
_DENIED_BEFORE = patterns.compile(r"(?i)\b(?:not|never|n't)[ \t\n]++(?:(?:been|jointly)[ \t\n]++)?$")


def _organizers_in_sentence(ctx: Context, s0: int, s1: int, date: DateMatch | None = None) -> list[Mention]:
    """Organizers a sentence names: after "organized by" (and its "in cooperation with"), else the
    subject of an active organizing verb, else of one in a relative clause (in a sentence that holds
    the main ``date`` or none). Supporters, funders and other events' clauses are out; but a body
    that a relative clause says hosts the event is in, whatever clause it is named in ("On behalf of
    the Ministry …, which has the honour of organizing this conference together with UNLIREC")."""
    if not ctx.search(ORGANIZE_WORD_RE, s0, s1):
        return []
    found = _organizers_said(ctx, s0, s1, date)

    def of_this_event(a: int, b: int) -> list[Mention]:
        return [m for m in _parties(ctx, a, b) if not any(x <= m.start and m.end <= y for x, y in ctx.other_clauses)]

    hosting = [m for m in _which_hosts(ctx, s0, s1, of_this_event) if m not in found]
    return hosting + found


def _organizers_said(ctx: Context, s0: int, s1: int, date: DateMatch | None) -> list[Mention]:
    """The organizers sentence ``[s0, s1)`` names by its own verbs, outside the clauses that
    organize nothing (see :func:`_organizers_in_sentence`)."""
    raw = ctx.raw
    excluded = _not_organizing(ctx, s0, s1)

    def parties(a: int, b: int) -> list[Mention]:
        return [m for m in _parties(ctx, a, b) if not any(x <= m.start and m.end <= y for x, y in excluded)]

    found: list[Mention] = []
    first = None
    opening_end = None  # where the lists of an opening passive phrase end so far
    for m in PASSIVE_RE.finditer(raw, s0, s1):
        if any(x <= m.start() < y for x, y in excluded) or _DENIED_BEFORE.search(raw, max(s0, m.start() - 12), m.start()):
            continue  # "It was not organised by the OPCW": a correction's denial
        first = m.start() if first is None else first
        end = _clause_end(ctx, m.end(), s1, excluded)
        if _OPENS_ITS_SENTENCE.fullmatch(raw, s0, m.start()) or opening_end is not None and (
                m.start() < opening_end or _AND_THEN.fullmatch(raw, opening_end, m.start())):
            # "Organised by UNODA and the Stimson Center (and hosted by …), the session brought together …"
            end = opening_end = min(end, _list_end(raw, m.end(), end, *_list_index(ctx, s0, s1)))
        found += parties(m.end(), end) + _partners_after(ctx, end, s1, excluded, parties)
    if found:
        return _active_before(ctx, s0, first, excluded, parties) + found
    for m in PASSIVE_WITH_RE.finditer(raw, s0, s1) if ctx.search(COOPERATION_RE, s0, s1) \
            or _CO_VERB_WITH_RE.search(raw, s0, s1) else ():
        if not any(x <= m.start() < y for x, y in excluded):
            progressive = m.group().split(None, 1)[0].lower().endswith("ing")  # "is organising together with"
            if _WE_BEFORE.search(raw, max(s0, m.start() - 12), m.start()):
                found += _publisher(ctx, s0)  # "On behalf of UNODA and ECCAS, … which we organized in cooperation with"
            elif progressive or not _BE_BEFORE.search(raw, max(s0, m.start() - 20), m.start()):
                # the subject organizes: "UNODA organized in cooperation with", "the ISU is organising together
                # with" (not "the workshop was organized in cooperation with": that subject is the event)
                found += parties(_subject_start(raw, s0, m.start()), m.start())
            found += parties(m.end(), _clause_end(ctx, m.end(), s1, excluded))
    if found:
        return found
    found = _worked_with_to(ctx, s0, s1, parties)
    if found:
        return found
    actives = ctx.finditer(ACTIVE_RE, s0, s1)
    active = next((a for a in actives if not any(x <= a.start() < y for x, y in excluded)
                   and not _DENIED_BEFORE.search(raw, max(s0, a.start() - 12), a.start())), None)  # "funding, not organising"
    if active is None:
        if date is not None and not s0 <= date.span[0] < s1 and ctx.find_dates(s0, s1):
            return found  # "the workshop that UNRCPD hosted in Bangkok on 27-28 September 2017": another's
        return _organizers_of_a_relative_clause(ctx, s0, s1, parties)
    coop = ctx.search(COOPERATION_RE, s0, s1)
    partners = _co_partners(ctx, active, s0, s1, excluded)
    if _WE_BEFORE.search(raw, max(s0, active.start() - 12), active.start()):
        return _publisher(ctx, s0) + partners + (parties(coop.end(), _clause_end(ctx, coop.end(), s1, excluded))
                                             if coop else [])
    subject_start = _subject_start(raw, s0, active.start())
    excluded += [m.span() for m in _APPOSITIVE.finditer(raw, subject_start, active.start())]
    excluded += [m.span() for m in _DASHED_MEMBERS.finditer(raw, subject_start, active.start())]
    subject = parties(subject_start, coop.start() if coop and coop.start() < active.start() else active.start())
    if subject and _A_DELEGATION_HOSTED.match(raw, active.end(), s1) and all(
            p.source != "state" and p.org_kind != "government" for p in subject):
        return []  # "NPSIA hosts UN Security Council 1540 Committee delegation": a stop on the visit, not its host
    if coop and coop.start() < active.start():
        subject += parties(coop.end(), active.start())
    elif coop:
        subject += parties(coop.end(), _clause_end(ctx, coop.end(), s1, excluded))
    return subject + partners


_A_DELEGATION_HOSTED = patterns.compile(r"(?<=host(?:s|ed)?)[ \t\n]++(?:(?:an?|the)[ \t\n]++)?[^.;,\n]{0,80}?\bdelegations?\b")
"""A body that hosts a visiting delegation: a government that does hosts the visit; a school or an
institute is one of the places it called at."""


def _active_before(ctx: Context, s0: int, passive: int, excluded: list[tuple[int, int]],
                   parties: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """The subject of an active organizing verb before a passive one in its sentence: "UNLIREC and
    CARICOM IMPACS held a workshop …, hosted by the Government of the Bahamas" (all three organize),
    or of one in a relative clause there ("the course that UNODA and the AUC ran …, hosted by …")."""
    active = next((a for a in ctx.finditer(ACTIVE_RE, s0, passive) if not any(x <= a.start() < y for x, y in excluded)),
                  None)
    if active is None:  # "the course that UNODA and the AUC ran in Kampala …, hosted by the Government of Uganda"
        return _organizers_of_a_relative_clause(ctx, s0, passive, parties)
    if _WE_BEFORE.search(ctx.raw, max(s0, active.start() - 12), active.start()):
        return []
    return parties(_subject_start(ctx.raw, s0, active.start()), active.start())


_RELATIVE_ORGANIZER = patterns.compile(
    rf"(?i)\b(?:that|which)\s++(?P<subject>(?:the\s++)?(?-i:\p{{Lu}})(?:[^,;:.\n]|\n(?![ \t]*+\n)){{0,120}}?)\s++"
    rf"(?:(?:is|are|was|were|has|have|had)\s++)?(?:(?:jointly|together|also)\s++)?(?:{_ORGANIZE}|put\s++together|ran|running)\b"
)
"""An organizing verb in a relative clause, its subject before it (acronyms in brackets too): "the
roundtable that CNS and UNODA convened on Thursday", "a workshop which the ISU is organising together with WHO", "the seminar
that UNRCPD and the ASEAN Secretariat put together", "the online course that UNLIREC ran together with
OPANAL", "the online webinar that the Pacific Islands Forum Secretariat is running together with the UN
Office for Disarmament Affairs (UNODA)". (The
active rule leaves out a verb that "on" or "in" follows: out of a relative clause, that is a
participle, "a summit held in Seoul".)"""


def _organizers_of_a_relative_clause(ctx: Context, s0: int, s1: int,
                                     parties: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """The subject of :data:`_RELATIVE_ORGANIZER`, and the partners "together with" it names."""
    m = ctx.search(_RELATIVE_ORGANIZER, s0, s1)
    if m is None:
        return []
    found = parties(*m.span("subject"))
    gap = ctx.raw[m.end():m.end() + 8]
    coop = COOPERATION_RE.match(ctx.raw, m.end() + len(gap) - len(gap.lstrip()), s1) if found else None
    if coop is None and found:  # "which the Ministry … is organising at a hotel in the governorate in cooperation with"
        coop = COOPERATION_RE.search(ctx.raw, m.end(), min(s1, m.end() + _WHERE_REACH))
        if coop is not None and not _WHERE_BEFORE_A_PARTNER.fullmatch(ctx.raw, m.end(), coop.start()):
            coop = None
    if coop is not None:
        found += parties(coop.end(), _clause_end(ctx, coop.end(), s1, []))
    return found


_WHERE_REACH = 80
_WHERE_BEFORE_A_PARTNER = patterns.compile(r"[ \t\n]++(?:at|in)[ \t\n]++[^,;.()\n]{1,50}(?:\n[^,;.()\n]{1,50})?")
"""Between a relative clause's organizing verb and its "in cooperation with", where: "at a hotel in the governorate"."""


_WHICH_HOSTS = cue_words(patterns.compile(
    rf"(?i),[ \t\n]++which[ \t\n]++(?:(?:was|is|were|are|had[ \t\n]++been)[ \t\n]++(?:jointly[ \t\n]++)?"
    rf"|(?:has|have|had)[ \t\n]++the[ \t\n]++(?:honou?r|pleasure|privilege)[ \t\n]++of[ \t\n]++)"
    rf"(?:co-?)?(?:hosting|organi[sz]ing|convening)[ \t\n]++(?:the|this)[ \t\n]++(?:[\w\-]++[ \t\n]++){{0,3}}?(?:{EVENT_NOUNS})\b"),
    "hosting organi convening")
"""A body that a relative clause says organizes the event: "the Ministry of Foreign Affairs of
Romania, which was hosting the meeting", "On behalf of the Ministry of Foreign Affairs and Human
Mobility, which has the honour of organizing this conference" (the body just before its comma)."""


def _which_hosts(ctx: Context, s0: int, s1: int, parties: Callable[[int, int], list[Mention]]) -> list[Mention]:
    if ctx.raw.find("which", s0, s1) < 0:
        return []  # most sentences: no pattern run
    m = ctx.search(_WHICH_HOSTS, s0, s1)
    if m is None:
        return []
    before = parties(max(s0, m.start() - 200), m.start())
    return before[-1:] if before and before[-1].end == m.start() else []


_WORKED_WITH_TO = patterns.compile(
    r"(?i)\b(?:(?:partnered|teamed[ \t\n]+up|worked|coordinated|collaborated|cooperated|co-operated|joined[ \t\n]+(?:forces|hands))"
    r"(?:[ \t\n]+(?:closely|together|jointly))?[ \t\n]+with|joined(?![ \t\n]+(?:us|the|our|this|a|an)\b))"
    r"[ \t\n]+(?P<partners>[^.;:]{1,200}?)[ \t\n]+to[ \t\n]+"
    rf"(?:jointly[ \t\n]+)?(?:{_ORGANIZE}|conduct|deliver|bring[ \t\n]+together)\b")
"""Done together "with" partners "to organize" it: "MITI coordinated with the EXBS Program of the
Department of State to organize the seminar", "UNODA partnered with the PIFS to host a webinar",
"we teamed up with the IAEA to bring together …", "#PIFS joined @UNRCPD and @VERTIC to host an online session"
— the subject and the partners organize (not "joined the workshop to …"). (The active rule leaves the infinitive
out: "Egypt to Host".)"""

_WITH_WORD = patterns.compile(r"(?i)\bwith\b")
_JOINED = patterns.compile(r"(?i)\bjoined\b")


def _worked_with_to(ctx: Context, s0: int, s1: int, parties: Callable[[int, int], list[Mention]]) -> list[Mention]:
    """The subject and partners of :data:`_WORKED_WITH_TO` in sentence ``[s0, s1)``."""
    m = ctx.search(_WORKED_WITH_TO, s0, s1) if ctx.search(_WITH_WORD, s0, s1) or ctx.search(_JOINED, s0, s1) else None
    if m is None:
        return []
    subject = _publisher(ctx) if _WE_BEFORE.search(ctx.raw, max(s0, m.start() - 12), m.start()) else \
        parties(_subject_start(ctx.raw, s0, m.start()), m.start())  # "we teamed up with …": the masthead's body
    return subject + parties(*m.span("partners"))


_CO_WITH = patterns.compile(r"(?:[ \t\n]++(?!with\b)[\w\-]++){0,6}?[ \t\n]*+,?[ \t\n]*+with[ \t\n]+")


def _co_partners(ctx: Context, active: regex.Match[str], s0: int, s1: int,
                 excluded: list[tuple[int, int]]) -> list[Mention]:
    """The partners of a "co-" verb, "with" whom it was done: "we co-organised, with the Ministry of
    Foreign Affairs of Malawi, a workshop", "UNODA co-organized the workshop with UNRCPD" (to the end
    of their list)."""
    if "co" not in active.group().lower():
        return []
    with_ = _CO_WITH.match(ctx.raw, active.end(), s1)
    if with_ is None:
        return []
    named, commas = _list_index(ctx, s0, s1)
    clause_end = _clause_end(ctx, with_.end(), s1, excluded)
    end = min(clause_end, _list_end(ctx.raw, with_.end(), s1, named, commas))
    found = _parties(ctx, with_.end(), end)
    more = _AND_WITH.search(ctx.raw, end, clause_end) if end < clause_end else None
    if more is not None:  # "co-organizing with the OAS, through the Secretariat of its CICTE, and with UNODA"
        found += _parties(ctx, more.end(), min(clause_end, _list_end(ctx.raw, more.end(), s1, named, commas)))
    return [m for m in found if not any(x <= m.start < y for x, y in excluded)]


_AND_WITH = patterns.compile(r"(?i),?[ \t\n]++and[ \t\n]++(?:also[ \t\n]++)?with[ \t\n]++")


_WE_BEFORE = patterns.compile(r"(?i)\bwe[ \t\n]+(?:have[ \t\n]+|had[ \t\n]+)?$")
_MASTHEAD = 60
"""The longest first line that may be a masthead naming who writes ("VERTIC Blog", "CNS News")."""


_ON_BEHALF_OF = patterns.compile(r"(?i)\bon[ \t\n]++behalf[ \t\n]++of[ \t\n]++(?P<body>[^,;.]{1,150}),")
"""Whom a speaker speaks for, opening the sentence: "On behalf of the Ministry of Foreign Affairs of
Chile, it is my great pleasure to welcome you to this conference, which we are co-organizing …"."""


_ON_BEHALF_WE_ANNOUNCE = cue_words(patterns.compile(
    r"(?i)[\s*]*+on[ \t\n]++behalf[ \t\n]++of[ \t\n]++(?P<body>[^,;.]{1,150}),[ \t\n]++(?:we|I)[ \t\n]++"
    r"(?:are|am|have|would[ \t\n]++like|wish)\b[^.;]{0,40}?\b(?:invite|confirm|announce|inform|share|welcome)"), "behalf")
"""Who writes an event's invitation or its arrangements, opening the sentence that gives its date:
"On behalf of UNODA and the OSCE, we are pleased to confirm the arrangements for the Regional Webinar
…, to be held online on 24 and 25 February 2026" — they organize it."""


_ON_BEHALF_WITH_OUR_CO_HOSTS = cue_words(patterns.compile(
    r"(?i)[\s*>]*+on[ \t\n]++behalf[ \t\n]++of[ \t\n]++(?P<body>[^,;.]{1,150}?[ \t\n]and[ \t\n]++our[ \t\n]++"
    r"co-?(?:hosts|organi[sz]ers)\b[^,;.]{1,150}),"), "behalf")
"""Who speaks "on behalf of" a body "and our co-hosts": they host the event together. "On behalf
of UNODA and our co-hosts at the Ministry of Foreign Affairs of Uganda, thank you all for making the
regional workshop … such a success"."""


_THANKS_OUR_ORGANIZERS = cue_words(patterns.compile(
    r"(?i)\b(?:thank|thanks[ \t\n]++(?:go[ \t\n]++)?to|(?:grateful|gratitude)[ \t\n]++to)[ \t\n]++(?:our|the)[ \t\n]++"
    r"(?:co-?)?organi[sz]ers[ \t]*+\."), "organi")
"""A speech's thanks to "our co-organizers", who its next sentence names one by one: "I wish first to
thank our co-organizers. To UNODA, who carried this idea …, and to the Pacific Islands Forum
Secretariat, who …"."""
_SPEAKING_FOR = patterns.compile(r"(?i)[\s*]*+on[ \t\n]++behalf[ \t\n]++of[ \t\n]++")
_TO_BEFORE = patterns.compile(r"(?i)\bto[ \t\n]++(?:the[ \t\n]++)?$")
_SPACE = patterns.compile(r"\s*+")


def _organizers_thanked(ctx: Context, s0: int, s1: int) -> list[Mention]:
    """The organizers a speech thanks as "our co-organizers" in sentence ``[s0, s1)``: those the next
    sentence thanks "To …", and — "our" co-organizers — the body on whose behalf the speaker thanks
    them ("On behalf of the Government of Samoa, I wish first to thank our co-organizers")."""
    m = ctx.search(_THANKS_OUR_ORGANIZERS, s0, s1)
    if m is None:
        return []
    a, b = ctx.sentence(_SPACE.match(ctx.raw, m.end()).end())  # the next sentence, past the space between
    found = [p for p in _parties(ctx, a, b) if _TO_BEFORE.search(ctx.raw, max(a, p.start - 8), p.start)]
    speaking_for = _SPEAKING_FOR.match(ctx.raw, s0, m.start())
    comma = ctx.raw.find(",", speaking_for.end(), m.start()) if speaking_for is not None else -1
    if found and comma >= 0 and " our " in m.group().lower():
        found = _parties(ctx, speaking_for.end(), comma) + found
    return found


def _publisher(ctx: Context, s0: int | None = None) -> list[Mention]:
    """Who "we" are in a post that says "we co-organised": the body its masthead (a short first
    line) names; no one when it names none. In a speech, the body its sentence ``s0`` opens by
    speaking "on behalf of"."""
    behalf = _ON_BEHALF_OF.match(ctx.raw, s0) if s0 is not None else None
    if behalf is not None:  # "On behalf of UNODA and ECCAS, thank you …": both
        return ctx.mentions.within("orgs", *behalf.span("body"))
    for a, b in first_lines(ctx.raw, 1):
        if b - a <= _MASTHEAD:
            return ctx.mentions.within("orgs", a, b)[:1]
    return []


_APPOSITIVE = patterns.compile(r",\s+(?:a|an)\s+[^,;()]{0,60}?\b(?:of|within|under|based\s+in)\s+[^,;]{1,150},")
"""A description set off by commas after the subject: "UNREC, a regional centre of the United
Nations Office for Disarmament Affairs (UNODA), conducted …" — UNODA is not the subject."""


_DASHED_MEMBERS = patterns.compile(
    r"[ \t]++[\u2013\u2014][ \t]++(?:led|headed|chaired|including|comprising|composed|consisting|made[ \t]++up|accompanied)\b"
    r"[^\u2013\u2014\n.;]{1,200}?[ \t]++[\u2013\u2014](?=[ \t])")
"""Who a subject's delegation was made of, set off by dashes: "a delegation of the Committee – led by the
representative of Sierra Leone and including representatives of Denmark and Panama – held its first
visit": the Committee holds it, not those States."""


def _subject_start(raw: str, s0: int, verb: int) -> int:
    """Where the subject of the verb at ``verb`` begins: after the last clause break before it, or
    after the "with" of a clause its participle closes ("…, with VERTIC and us hosting") when no
    organizing word comes before it."""
    start = s0
    for m in _SUBJECT_START.finditer(raw, s0, verb):
        if not (m.group().startswith(",") and _A_LISTED_SUBJECT.match(raw, start, m.start())
                and _AND_THE_NEXT.search(raw, m.end(), verb)):
            start = m.end()
    with_at = raw.rfind(", with ", start, verb)
    if with_at >= 0 and raw.find(",", with_at + 7, verb) < 0 and _PARTICIPLE.match(raw, verb) \
            and ORGANIZE_WORD_RE.search(raw, start, with_at) is None:
        return with_at + 7  # "We had Fiji, Palau … online, plus UNODA, with VERTIC and us hosting": the clause's own
        # ("run by the WCO and UNODA, with Cabo Verde customs hosting us": all three organize)
    return start


_A_LISTED_SUBJECT = patterns.compile(
    r"(?!(?:In|On|At|During|With|Following|After|Before|From|Under|Through|Over|Last|This|Today|Yesterday|Earlier|"
    r"Since|Between|For|As|By|To|Upon|Within|Alongside|Besides)\b)(?:[Tt]he[ \t\n]++)?\p{Lu}[^,;:]{0,200}"
    r"[ \t\n]\(\p{Lu}[\p{Lu}/\-&]{1,15}\)$")
"""Before a comma, the first of a list of subjects: a body's name and its acronym in brackets, not
a phrase that sets the scene ("In Lima (Peru)"): "The Secretariat of the Inter-American Committee
against Terrorism (CICTE) of the Organization of American States (OAS), the United Nations Regional
Centre … (UNLIREC) and the Ministry of Foreign Affairs of Paraguay held …" names three organizers."""
_AND_THE_NEXT = patterns.compile(r"[ \t\n]and[ \t\n]++(?:the[ \t\n]++)?\p{Lu}")


def _support_spans(ctx: Context, s0: int, s1: int) -> list[tuple[int, int]]:
    """Clauses that name supporters, funders or sponsors, each to the end of its list of parties:
    "with financial support from the European Union, Norway and the United States". Worked out
    once per span of the note (several rules ask about the same sentence)."""
    key = ("support", s0, s1)
    if key not in ctx.memo:
        ctx.memo[key] = _find_support_spans(ctx, s0, s1)
    return ctx.memo[key]  # type: ignore[return-value]


def _find_support_spans(ctx: Context, s0: int, s1: int) -> list[tuple[int, int]]:
    if not ctx.search(SUPPORT_RE, s0, s1):
        return []
    spans = []
    named, commas = _list_index(ctx, s0, s1)
    for m in SUPPORT_RE.finditer(ctx.raw, s0, s1):
        spans.append((m.start(), _list_end(ctx.raw, m.end(), s1, named, commas)))
    return spans


def _list_index(ctx: Context, s0: int, s1: int) -> tuple[dict[int, Mention], list[int]]:
    """What :func:`_list_end` needs of raw ``[s0, s1)``: its parties by start offset (organizations
    first), and the offsets of its commas and semicolons — not those inside a party's name ("the
    Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates, in partnership with …")."""
    named: dict[int, Mention] = {}
    for m in ctx.mentions.within("orgs", s0, s1) + ctx.mentions.within("states", s0, s1):
        named.setdefault(m.start, m)
    commas = [c.start() for c in _COMMA.finditer(ctx.raw, s0, s1)]
    if commas and named:
        inside = Cover((m.start, m.end) for m in named.values() if "," in m.text)
        commas = [c for c in commas if not inside.contains(c, c + 1)]
    return named, commas


def _list_end(raw: str, pos: int, limit: int, named: dict[int, Mention], commas: list[int]) -> int:
    """Where a list of parties starting near ``pos`` ends: at the first comma not followed by
    another item of the list ("…Union, Norway and …" goes on; "…Union, UNODA organized" stops).
    ``named``: the parties that may be items, by start offset; ``commas``: the offsets of the
    commas and semicolons up to ``limit``, in order."""
    for i in range(bisect_left(commas, pos), len(commas)):
        at = commas[i]
        if raw[at] == ";":
            return at
        lead = _ITEM_LEAD.match(raw, at, limit)
        item = named.get(lead.end() if lead else at + 1)
        if item is None or not _ITEM_FOLLOWS.match(raw, item.end, limit):
            return at
    return limit


def _clause_end(ctx: Context, start: int, limit: int, excluded: list[tuple[int, int]] = ()) -> int:  # type: ignore[assignment]
    """Where the list of parties after ``start`` ends: a clause boundary, a "cooperation with",
    or a support clause."""
    m = _CLAUSE_END.search(ctx.raw, start, limit)
    coop = ctx.search(COOPERATION_RE, start, limit)
    ends = [limit] + ([m.start()] if m else []) + ([coop.start()] if coop else [])
    ends += [x for x, _ in excluded if x >= start]
    date = ctx.date_after(start, limit)  # "ran together with OPANAL from March 4 through April 12, and …"
    ends += [date.span[0]] if date is not None else []
    return min(ends)


_GLOSS_BEFORE = patterns.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]?+[ \t\n]*+\([ \t]*+(?:\p{Lu}{2,8}+[ \t]*+/[ \t]*+)?+")
"""Between a body and a gloss in brackets after it, or its units': "OSCE (", "OSCE (CPC/FSC Support Unit)",
its footnote's mark first: "Global Affairs Canada¹ (Export Controls Policy Division, …)"."""
_GLOSS_AFTER = patterns.compile(r"[ \t]*+\)")


def _without_glosses(raw: str, orgs: list[Mention], end: int) -> list[Mention]:
    """``orgs`` less each body in brackets after another. One alone is the other's gloss, and the
    one the registry knows stays ("the General Customs Directorate (Generalzolldirektion)"); several
    are its parts ("The OSCE Secretariat (Conflict Prevention Centre, FSC Support Section)")."""
    out: list[Mention] = []
    inside = -1  # the end of the bracket whose bodies are parts of the one before it
    for o in orgs:
        if o.start < inside:
            continue
        last = out[-1] if out else None
        if last is not None and _GLOSS_BEFORE.fullmatch(raw, last.end, o.start):
            if _GLOSS_AFTER.match(raw, o.end, end):
                if last.source == "phrase" and o.source != "phrase" and o.key != last.key:
                    out[-1] = o
                continue
            close = raw.find(")", o.end, end)
            if close >= 0 and "(" not in raw[o.end:close]:
                inside = close
                continue
        out.append(o)
    return out


_UNIT_AFTER_A_COMMA = patterns.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]?+(?:[ \t]*+(?:\r?\n[ \t]*+)?\([^()\n]{1,15}\))?(?:(?:[ \t]*+\r?\n[ \t]*+|[ \t]++)(?:Secretariat|Commission))?"
                                      r"[ \t]*+(?:,|[\u2013\u2014]|-(?=[ \t\r\n]))[ \t\r\n]*+(?:the[ \t\n]++|its[ \t\n]++)?"
                                      r"(?:\p{Lu}[\p{L}\-]*+(?:[ \t]++\p{Lu}[\p{L}\-]*+)?+[ \t]*+\r?\n[ \t]*+)?+")
"""Between a body and a unit of it: a comma, or a dash ("(OSCE) Secretariat \u2013 Conflict Prevention Centre"), and
the unit's first words where its line ends ("(UNODC) - Global\n Maritime Crime Programme")."""
_A_PROGRAMME = patterns.compile(r"[ ](?:Programme|Program)\Z")
"""A phrase's last word that makes it a body's programme, not a body: run by the body named before it."""
_A_NUMBERED_UNIT = patterns.compile(
    r"(?:the[ ])?(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh"
    r"|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth)[ ](?:\p{Lu}\p{Ll}++[ ]){0,2}"
    r"(?:District|Region|Division|Fleet|Command|Sector|Area|Brigade|Battalion)")
"""A body's numbered unit, named alone after it and a comma: "Thirteenth District", "7th Fleet"."""
_ITS_POSSESSIVE = patterns.compile(r"['\u2019][sS][ \t\n]++")
"""Between a body and a unit of it: its possessive ("the OSCE's Conflict Prevention Centre", "THE OSCE'S …")."""
_A_PROGRAMMES_NAME = r"(?:\p{Lu}[\p{L}\-]*+[ \t\n]++(?:(?:and|of|for|on)[ \t\n]++)?){0,8}+\(?"
"""A programme's name up to its acronym's bracket: "Export Control and Related Border Security (" of "… (EXBS)"."""
_A_POSSESSIVE_THEN_ITS_NAME = patterns.compile(r"['\u2019][sS][ \t\n]++" + _A_PROGRAMMES_NAME)
"""Between a body and a programme of it: its possessive, and the programme's name when the mention is its acronym in
brackets ("the U.S. Department of State's Export Control and Related Border Security (EXBS) Program")."""
_ITS_ACRONYM_THEN_A_COMMA = patterns.compile(r"[ \t]*+\([^()\n]{1,15}\),[ ]")
_MINISTRY_OR_GOVERNMENT = patterns.compile(r"(?:Ministry|Government)[ ]of[ ]")
_AN_INNER_UNIT = patterns.compile(r"\b(?:Secretariat|Division|Section|Unit|Branch|Desk)\b")
"""A head word of a ministry's inner unit, which acts as its ministry even when known by an acronym."""
_A_COMMA_AT_A_LINES_END = patterns.compile(r"(?:[ \t]*+\([^()\n]{1,15}\))?,[ \t]*+\r?\n[ \t]*+")
"""Between a unit and its ministry, a line broken after the comma: "Customs Department," / "Ministry of Planning
and Finance of Myanmar" (only before a ministry, department or government: "Bureau of Customs," / "Philippine
Ports Authority" is a list of two)."""
_ITS_ACRONYM_AND_A_COMMA = patterns.compile(r"(?:[ \t]*+\([^()\n]{1,15}\))?(?:,[ ]|[ \t\n]++of[ \t\n]++the[ \t\n]++)")
"""Between a unit and the ministry it is part of: "Strategic Trade Secretariat, Ministry of …",
"Strategic Trade Management Office (STMO), Department of Trade and Industry (DTI)", "… Office (STMO) of
the Department of Trade and Industry"."""
_GLOSS_THEN_A_COMMA = patterns.compile(r"[ \t]*+(?:\([^()]{1,60}+\)[ \t]*+)?,[ \t\n]*+(?:the[ \t\n]++|its[ \t\n]++)?")
"""Between a government's body and its unit: a comma, after the body's name in its own language in brackets."""
_ITS_UNIT_IN_BRACKETS = patterns.compile(r"(?:,[ \t\n]++(?:the[ \t\n]++)?Government[ \t\n]++of[ \t\n]++[^()\n,;]{2,40}?)?"
                                        r"[\u00b9\u00b2\u00b3\u2070-\u2079\d*]{0,2}[ \t\n]*+\([ \t\n]*+")
"""Between a ministry (and its government) and its unit in brackets: ", Government of India¹ (" of
"Ministry of External Affairs, Government of India¹ (Disarmament and … Division)"."""
_UNIT_HEAD = patterns.compile(r"(?i)(?:centre|center|office|division|department|section|unit|branch|bureau|"
                              r"secretariat|directorate|programme|program)\Z")
_SUB_UNIT_HEAD = patterns.compile(r"[ ](?:Sub-?(?=[Dd]))?(?:Division|Branch|Section|Unit|[Dd]irectorate)\Z")
"""A unit's last word that no body in its own right ends with: "OPCW, International Cooperation and
Assistance Division, and the Government of …" is the OPCW's division, in any list."""
_A_STATE_BODYS_UNIT = patterns.compile(r"[ ](?:Department|Service|Secretariat)\Z")
"""The last word of a unit a State body names after it: "Uganda Revenue Authority (URA), Customs Department"."""
_STATE_AFTER = patterns.compile(r"[ \t\n]*+\([^()\n]{1,15}\)[ \t\n]++of[ \t\n]++(?:the[ \t\n]++)?"
                                r"\p{Lu}[\p{L}\-]*+(?:[ \t]++\p{Lu}[\p{L}\-]*+){0,3}+")
"""A State body's acronym and its State after it: " (MAWF)\\n of Namibia"."""
_A_STATE_BODYS_HEAD = patterns.compile(r"[ ](?:Authority|Board|Presidency|Directorate|Agency|Administration|Commission)\Z"
                                       r"|\A(?:Directorate|Agency|Board|Presidency)[ ]")
"""A State body's head word, first or last: "Central Board of Indirect Taxes and Customs", "… Presidency"."""
_ITS_ACRONYM_THEN_ITS_MINISTRY = patterns.compile(r"[ \t]*+\((?!\p{Ll})[^()\n]{1,15}\),[ \t\n]++"
                                                  r"(?:Department[ ]of[ ][^,()\n]{1,40}+,[ \t\n]++)?")
"""Between a State body's acronym and its ministry, a department between them perhaps: "(CBIC), Department of
Revenue, Ministry of Finance" (not a role in lower case: "Rahimah Municipality (host), Ministry of Foreign Affairs
of …", a second body)."""
_ITS_STATE_AFTER_A_COMMA = patterns.compile(r"[ \t]*+,[ \t\n]*+(?:the[ \t\n]++)?(?:(?:Royal|Federal)[ \t\n]++)?"
                                            r"(?:Government|Republic|Kingdom|State|Union)[ \t\n]++of\b")
"""A State's government after a ministry: "…, Ministry of Finance, Royal Government of Bhutan"."""


def _past_its_state(raw: str, end: int) -> int:
    """Where a State body's name ends with its acronym and State after it ("… Forestry (MAWF)\\n of Namibia")."""
    m = _STATE_AFTER.match(raw, end)
    return m.end() if m is not None else end


_A_DEPARTMENT_LAST = patterns.compile(r"[ ]Department\Z")
"""A department named after its remit, no State's ("African Union Commission (AUC), Peace and Security
Department, and …"), after its body: the body's."""
_A_SECRETARIAT_BY_ITS_KIND = patterns.compile(
    r"(?:(?:Permanent|International|General|Executive|Technical|Joint|Standing)[ ]++){1,3}Secretariat")
"""A secretariat named by its kind alone, which is its body's: "Organization of the Black Sea Economic
Cooperation (BSEC), Permanent International Secretariat, and the Ministry …" has two organizers."""
_A_UNIT_AND_ITS_REMIT = patterns.compile(r"[ ](?:Office|Centre|Center|Division|Section|Unit|Branch|Bureau|Directorate)"
                                         r"[ ](?:for|of|on|in)[ ]")
"""A unit's head and what it covers, at the end of its name: "… – Regional Intelligence Liaison Office for
South America" after the WCO is the WCO's."""
_A_UNITS_WORDS_NEXT = patterns.compile(r"(?:[ ]\p{Lu}[\p{L}\-]*+){0,3}?[ ](?:Section|Unit|Branch|Division|Team|Desk)\b")
_ITS_MINISTRY_NEXT = patterns.compile(r"(?:[ \t]*+\([^()\n]{1,60}\))?+,[ \t]*+\n?[ \t]*+(?:the[ \t]++)?")
"""Between a State's unit and the ministry it is under: "… of Tunisia (Direction Générale des Douanes), "."""
_IN_ITS_BRACKET_LAST = patterns.compile(r"[ \t\n]*+\((?:[^()\n]|\n(?![ \t]*+\n)){1,80}?,[ \t\n]*+(?:the[ \t\n]++)?")
_ITS_BRACKET_CLOSES = patterns.compile(r"[ \t\n]*+\)")
"""A body named last in the bracket after another's name, after a comma: the other's home, a gloss of
it ("(DGA - Direccion General de Aduanas, Ministry of Finance)"), not a party of its own."""
_OF_ITS_PARENT = patterns.compile(r"(?:[ \t\n]*+\([^()\n]{1,15}\))?+[ \t\n]++of[ \t\n]++(?:the[ \t\n]++)?")
_THE_SECRETARIAT_OF_A_UNIT = patterns.compile(r"(?:[ \t]*+\([^()\n]{1,15}\))?+[ \t]*+(?:[\u2013\u2014,/]|-(?=[ \t]))[ \t\n]*+"
                                              r"(?:(?:Technical[ \t\n]++)?Secretariat[ \t\n]++of[ \t\n]++)?(?:the[ \t\n]++|its[ \t\n]++)?")
_BOTH_ACRONYMS = patterns.compile(r"[ \t\n]*+\([\p{Lu}\d]{2,10}+/(?:[ \t]*+\r?\n[ \t]*+)?[\p{Lu}\d]{2,10}+\)")
"""After a body's unit named after it with a dash or a comma, the pair's acronym: "OAS - Secretariat of the
Inter-American Committee against Terrorism (OAS/CICTE)", "Organization of American States, Inter-American
Committee against Terrorism (OAS/CICTE)" (or "… States / Inter-American …") are the unit the acronym names, its
line broken after the slash too."""
_A_SLASH = patterns.compile(r"[ \t]*+/[ \t\n]*+")
_THROUGH_ITS = patterns.compile(r"\b(?i:through|via)\s++(?:its|the)\s++$")
_A_DASH = patterns.compile(r"[\u2013\u2014]|-(?=[ \t])")
"""A dash between a body and a unit no registry knows joins them in any list: "Organization for
Security and Co-operation in Europe (OSCE) – Conflict Prevention Centre, and UNODA"."""
_UNIT_HEAD_FIRST = patterns.compile(r"(?:(?:Regional|Sub-?regional|Liaison|Country|Programme|Project)[ ]++)?"
                                    r"(?:Office|Centre|Center|Division|Section|Unit|Branch|Bureau|Secretariat|Directorate(?:[- ]General)?+"
                                    r"|General[ ]Directorate|Department|Agency)[ ]++(?:for|of|on|in)[ ]")


_A_PROGRAMME_OF = patterns.compile(
    r"[ \t\n)]*+(?:\([^()\n]{1,15}\)[ \t\n]*+)?Pro(?:-[ \t]*+\n[ \t]*+)?gram(?:me)?[ \t\n]++of[ \t\n]++(?:the[ \t\n]++)?")
"""Between a programme's name (or its acronym) and the body whose programme it is: ") Program of the", at a
line's end too (") Pro-" over "gram of the")."""
_A_COMMA_THEN_ITS_OWNER = patterns.compile(
    r"[ \t\n)]*+(?:\([^()\n]{1,15}\)[ \t\n]*+)?(?:(?:Programme|Program)[ \t]*+)?,[ \t\n]++(?:the[ \t\n]++)?")
"""Between a registry body's name (or its acronym) and, after a comma, a body that holds it: ") Program, "."""


_OF_ITS_UNIVERSITY = patterns.compile(r"[ \t\n]*+(?:\([^()\n]{1,40}\)[ \t\n]*+)?,?[ \t\n]*+of[ \t\n]++(?:the[ \t\n]++)?")
"""Between a university's school (its own-language name in brackets, perhaps) and the university: " (Escola de
Direito) of the "."""


def _without_units(raw: str, orgs: list[Mention], semicolons: bool) -> list[Mention]:
    """``orgs`` less a unit no registry knows named after its body and a comma, in a list its
    semicolons divide ("Organization for Security and Co-operation in Europe (OSCE), Conflict
    Prevention Centre; UNODA" has two organizers, the OSCE and UNODA; so has "OSCE – Conflict Prevention
    Centre, and UNODA", a dash between them) or head first in any list
    ("World Customs Organization (WCO), Regional Office for Capacity Building for East and Southern
    Africa" is the WCO), or a registry body after its parent ("United Nations Office on Drugs and
    Crime (UNODC), Terrorism Prevention Branch" is UNODC; not one known by an acronym, a body in
    its own right: "UNODA, United Nations Regional Centre … (UNREC)"), or a registry body's parent after
    it ("James Martin Center for Nonproliferation Studies (CNS), Middlebury Institute of International
    Studies" is CNS, which the Institute houses); a unit named by its kind
    alone right after its body ("Andean Community (CAN) General Secretariat"); and a unit no
    registry knows that a body acts "through" ("… Initiative through its Regional Secretariat for
    Eastern and Central Africa", "the Government of Sierra Leone through the Office of National
    Security (ONS)")."""
    out: list[Mention] = []
    for prev, o in zip([None, *orgs], orgs):
        last = out[-1] if out else None
        if last is not None and last.source == "phrase" and _ACADEMIC_UNIT.match(last.name) \
                and (o.org_kind == "academic" or _A_UNIVERSITYS_NAME.match(o.name)) \
                and _OF_ITS_UNIVERSITY.fullmatch(raw, last.end, o.start):
            out[-1] = o  # "the School of Law (Escola de Direito) of the University of Minho": the university's
            continue
        if last is not None and o.source == "phrase" and o.code is None and _ACADEMIC_UNIT.match(o.name) \
                and (last.org_kind == "academic" or _A_UNIVERSITYS_NAME.match(last.name)) \
                and (_UNIT_AFTER_A_COMMA.fullmatch(raw, last.end, o.start) or _UNIT_NEXT.fullmatch(raw, last.end, o.start)):
            continue  # "Case Western Reserve University (CWRU) School of Law", "TCU, Department of Political Science":
            # the university's unit, never a body of its own
        if last is not None and _A_PROGRAMME_OF.fullmatch(raw, last.end, o.start):
            continue  # "the Export Control and Related Border Security (EXBS) Program of the United States Department
            # of State": the programme organizes, its owner is named to say whose it is
        if last is not None and last.source == o.source == "gazetteer" and _A_COMMA_THEN_ITS_OWNER.fullmatch(
                raw, last.end, o.start) and _an_ancestor(o.key, last.key) \
                and not (o.org_kind != "government" and not _an_organ(last.key) and _by_its_acronym(raw, o)):
            continue  # "Export Control and Related Border Security (EXBS) Program, United States Department of State":
            # the programme, its owner after a comma (not "UNLIREC, United Nations Office for Disarmament Affairs
            # (UNODA), …": a list's next body, by its acronym)
        if last is not None and last.source == o.source == "gazetteer" and not _an_organ(o.key) \
                and _A_POSSESSIVE_THEN_ITS_NAME.fullmatch(raw, last.end, o.start) and _an_ancestor(last.key, o.key):
            out[-1] = o  # "the U.S. Department of State's Export Control and Related Border Security (EXBS) Program":
            continue  # the programme, its owner's possessive before it (not an organ: "the OSCE's Conflict Prevention
            # Centre")
        if (o.source == "phrase" or _an_organ(o.key)) and _THROUGH_ITS.search(raw, max(0, o.start - 16), o.start):
            continue  # "the EU CBRN Centres of Excellence Initiative through its Regional Secretariat for …"
        if last is not None and last.source != "phrase" and o.source == "phrase" and _A_PROGRAMME.search(o.name) \
                and o.code is None and _UNIT_AFTER_A_COMMA.fullmatch(raw, last.end, o.start):
            continue  # "United Nations Office on Drugs and Crime (UNODC), Global Maritime Crime Programme": UNODC's
        if last is not None and o.source == "gazetteer" and _an_organ(o.key) and _a_unit_of(o, last) and (
                _UNIT_AFTER_A_COMMA.fullmatch(raw, last.end, o.start) or _UNIT_NEXT.fullmatch(raw, last.end, o.start)
                or _ITS_POSSESSIVE.fullmatch(raw, last.end, o.start)):
            continue  # "Organization for Security and Co-operation in Europe (OSCE) Conflict Prevention Centre",
            # "OSCE – Conflict Prevention Centre, …", "the OSCE's Conflict Prevention Centre": the OSCE, acting
            # through its centre
        if last is not None and last.source != "phrase" and _UNIT_AFTER_A_COMMA.fullmatch(raw, last.end, o.start) and (
                o.source == "phrase" and ((semicolons or _A_DASH.search(raw, last.end, o.start))
                                          and (_UNIT_HEAD.search(o.name) or _A_UNIT_AND_ITS_REMIT.search(o.name))
                                          or _UNIT_HEAD_FIRST.match(o.name)
                                          or _SUB_UNIT_HEAD.search(o.name)
                                          or _A_DEPARTMENT_LAST.search(o.name) and o.code is None
                                          or _A_SECRETARIAT_BY_ITS_KIND.fullmatch(o.name)
                                          or _a_unit_of(o, last))  # "OSCE, Conflict Prevention Centre, and …",
            # "(OSCE) Secretariat,\nConflict Prevention Centre"
                or o.source == "gazetteer" and _parent(o.key) == last.key and (
                    not _known_by_an_acronym(o.key) or last.org_kind == "government" and raw.startswith(" (", last.end))
                # "Japan Atomic Energy Agency (JAEA), Integrated Support Center … (ISCN)": a State agency's centre (not
                # "U.S. Department of Energy, National Nuclear Security Administration (NNSA)": the NNSA, by its acronym)
                or o.source == "gazetteer" and _parent(last.key) == o.key and not _by_its_acronym(raw, o)):
            continue  # "CNS, Middlebury Institute …": its home (not "UNREC, United Nations Office for Disarmament
            # Affairs (UNODA), …" or "UNRCPD, UNODA, …": a list's next body, named by its acronym)
        if last is not None and (last.org_kind == "government" or last.name.startswith("Ministry of ")) \
                and o.source == "phrase" and o.code is None \
                and (_SUB_UNIT_HEAD.search(o.name) or _A_STATE_BODYS_UNIT.search(o.name) or _UNIT_HEAD_FIRST.match(o.name)) \
                and _UNIT_AFTER_A_COMMA.fullmatch(raw, _past_its_state(raw, last.end), o.start):
            continue  # "Ghana Revenue Authority (GRA), Customs Division", "(URA), Customs Department", "(MAWF) of Namibia,
            # Directorate of Veterinary Services", "(MININT) - Civil Protection and Fire Service": a State body's unit
        if last is not None and last.source == "phrase" and _UNIT_HEAD_FIRST.match(last.name) \
                and o.name.startswith("Ministry of ") and _ITS_ACRONYM_AND_A_COMMA.fullmatch(raw, last.end, o.start) \
                and (o.source == "phrase" and o.code is None and _ITS_STATE_AFTER_A_COMMA.match(raw, o.end)
                     or o.source == "government" and o.code is not None
                     and _ITS_STATE_AFTER_A_COMMA.search(raw, o.start, o.end) is not None):  # "…, Royal Government of Bhutan"
            continue  # "the Department of Revenue and Customs (DRC), Ministry of Finance, Royal Government of Bhutan":
            # the department, in its ministry, of its State
        if last is not None and last.source == "gazetteer" and last.org_kind == "government" and last.code is not None \
                and o.name.startswith("Ministry of ") and o.code == last.code \
                and _ITS_ACRONYM_AND_A_COMMA.fullmatch(raw, last.end, o.start) \
                and _ITS_STATE_AFTER_A_COMMA.search(raw, o.start, o.end) is not None:
            continue  # "Directorate General of Foreign Trade (DGFT), Ministry of Commerce and Industry, Government of
            # India": a State body the registry knows, in its ministry, of its State
        if last is not None and o.name.startswith("Ministry of ") and not last.name.startswith(("Ministry", "Government")) \
                and (last.org_kind == "government" or last.source == "phrase" and _A_STATE_BODYS_HEAD.search(last.name)) \
                and (o.code is None or last.code is None or o.code == last.code) \
                and _ITS_ACRONYM_THEN_ITS_MINISTRY.fullmatch(raw, last.end, o.start):
            continue  # "Directorate General of Foreign Trade (DGFT), Ministry of Commerce and Industry, in cooperation
            # with …", "Disaster and Emergency Management Presidency (AFAD), Ministry of Interior of the Republic of
            # Türkiye": a State body by its acronym, then the ministry it is part of
        if last is not None and o.source == "gazetteer" and _parent(o.key) in (last.key, _parent(last.key) or last.key) \
                and prev is not None and (_UNIT_AFTER_A_COMMA.fullmatch(raw, prev.end, o.start)
                                          or _A_SLASH.fullmatch(raw, prev.end, o.start)) \
                and _A_UNITS_WORDS_NEXT.match(raw, o.end):
            continue  # "OSCE – Conflict Prevention Centre, FSC Support Section" (or "… Centre / FSC Support Section"):
            # a unit of the CPC, named after the FSC
        if last is not None and last.source == o.source == "gazetteer" and _parent(o.key) == last.key \
                and _THE_SECRETARIAT_OF_A_UNIT.fullmatch(raw, last.end, o.start) and _BOTH_ACRONYMS.match(raw, o.end):
            out[-1] = o  # "Organization of American States - Secretariat of the Inter-American Committee against
            continue  # Terrorism (OAS/CICTE)": the CICTE, as its acronym says
        if last is not None and last.source == o.source == "gazetteer" and _parent(last.key) == o.key \
                and _OF_ITS_PARENT.fullmatch(raw, last.end, o.start):
            continue  # "the Inter-American Committee against Terrorism (CICTE) of the Organization of American States"
        if last is not None and (last.org_kind == "government" or last.source != "phrase") and o.source == "phrase" \
                and o.org_kind == "other" and o.code is None and _UNIT_HEAD_FIRST.match(o.name) \
                and _GLOSS_THEN_A_COMMA.fullmatch(raw, last.end, o.start):
            continue  # "the Ministry of Foreign Affairs of the Republic of Indonesia (Kementerian Luar Negeri),
            # Directorate of International Security and Disarmament": the Ministry's unit, after its own name's gloss;
            # "ECOWAS Commission (Economic Community of West African States), Directorate of Political Affairs, …"
        if last is not None and last.source != "phrase" and raw.startswith(")", last.end) and \
                _UNIT_AFTER_A_COMMA.fullmatch(raw, last.end + 1, o.start) and _UNIT_HEAD_FIRST.match(o.name) and \
                (o.source == "phrase" or _parent(o.key) == last.key):
            continue  # "International Atomic Energy Agency (IAEA), Division of Nuclear Security": after its acronym
        if last is not None and last.source != "phrase" and o.source == "phrase" and (
                _BARE_UNIT.fullmatch(o.name) or (_UNIT_HEAD.search(o.name) or _A_UNIT_AND_ITS_REMIT.search(o.name)
                                                 or _UNIT_HEAD_FIRST.match(o.name))
                and "(" in raw[last.end:o.start]) and _UNIT_NEXT.fullmatch(raw, last.end, o.start):
            continue  # "Gulf Cooperation Council (GCC) Secretariat General", "Andean Community (CAN) General Secretariat",
            # "Organization for Security and Co-operation in Europe (OSCE) Conflict Prevention Centre",
            # "World Health Organization (WHO) Regional Office for Europe", "(WHO) Country Office for Viet Nam"
        if last is not None and last.source == "phrase" and last.org_kind == "other" \
                and (_UNIT_HEAD.search(last.name) or _UNIT_HEAD_FIRST.match(last.name)) \
                and (o.org_kind == "government" or o.name.startswith(("Ministry of ", "Department of "))) \
                and (_ITS_ACRONYM_AND_A_COMMA.fullmatch(raw, last.end, o.start)
                     or _A_COMMA_AT_A_LINES_END.fullmatch(raw, last.end, o.start)
                     and o.name.startswith(("Ministry of ", "Department of ", "Government of "))):
            # "Strategic Trade Secretariat, Ministry of Investment, Trade and Industry of Malaysia", "Department of Arms
            # Control, Ministry of Foreign Affairs of …": the Ministry's doing. But a department or agency known by its
            # acronym is a body of its own, its ministry or government named to say whose: "Department of Foreign Trade
            # (DFT), Ministry of Commerce of Thailand" is Thailand's DFT (a secretariat or division stays its
            # ministry's, acronym or not: "Strategic Trade Secretariat (STS), Ministry of …")
            if not (_ITS_ACRONYM_THEN_A_COMMA.fullmatch(raw, last.end, o.start) and _MINISTRY_OR_GOVERNMENT.match(o.name)
                    and not _AN_INNER_UNIT.search(last.name)):
                out[-1] = o
            elif last.code is None and (entry := state_by_code(o.code or "")) is not None:
                out[-1] = last._replace(name=unit_of_state(last.name, entry), code=entry.code, org_kind="government")
            continue
        if last is not None and (last.org_kind == "government" or last.name.startswith("Ministry of ")) \
                and o.source == "phrase" and o.code is None and _UNIT_HEAD.search(o.name) \
                and _ITS_UNIT_IN_BRACKETS.fullmatch(raw, last.end, o.start) and _ITS_BRACKET_CLOSES.match(raw, o.end):
            continue  # "Ministry of External Affairs, Government of India¹ (Disarmament and International Security
            # Affairs Division)": the ministry, through its division
        if last is not None and o.source == "phrase" and o.code is None and not last.name.startswith("Government") \
                and _IN_ITS_BRACKET_LAST.fullmatch(raw, last.end, o.start) and _ITS_BRACKET_CLOSES.match(raw, o.end):
            continue  # "General Directorate of Customs of El Salvador (DGA - Direccion General de Aduanas, Ministry of
            # Finance)": the directorate; its bracket says what it is called and whose it is (but "Government of
            # Senegal (National CBRN Focal Point, Ministry of the Armed Forces)": the ministry it acts through)
        if last is not None and last.source == o.source == "phrase" and last.org_kind == "government" and last.code \
                and o.code is None and o.name.startswith("Ministry of ") and _ITS_MINISTRY_NEXT.fullmatch(raw, last.end, o.start):
            out[-1] = o  # "Directorate General of Customs of Tunisia (Direction Générale des Douanes), Ministry of
            continue  # Finance": the Ministry (which a later rule makes the State's), through its directorate, as above
        out.append(o)
    return out


def _without_owners(raw: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` less a body whose unit, described after its possessive, the next body names: "the
    UN's regional disarmament centre for Asia and the Pacific, UNRCPD" is UNRCPD's doing, not the
    UN's; so is a unit named right after the possessive ("the University of Georgia's Center for
    International Trade and Security")."""
    return [o for before, o, after in zip([None, *orgs[:-1]], orgs, [*orgs[1:], None])
            if (after is None or _DESCRIBED_AND_NAMED.fullmatch(raw, o.end, after.start) is None
                and _ITS_NAMED_UNIT.fullmatch(raw, o.end, after.start) is None
                and not _a_universitys_centre_next(raw, o, after))
            and not (before is not None and _APPOSITIVE_THE.fullmatch(raw, before.end, o.start)
                     and _POSSESSIVE_DESCRIPTION.match(raw, o.end))]


_ITS_NAMED_UNIT = patterns.compile(r"['\u2019]s[ \t\n]++(?:the[ \t\n]++)?")
"""Between a body and its unit named next, in the possessive: "the University of Georgia's Center for
International Trade and Security" is the Center's doing, a body of its own."""


_A_UNIVERSITY_WORD = patterns.compile(r"\b(?:University|Universit[éày]|College)\b")
_A_CENTRE = patterns.compile(r"(?:Center|Centre|Institute)\b")
_COMMA_THEN_ITS = patterns.compile(r",[ \t\n]++(?:(?:the|its)[ \t\n]++)?")


def _a_universitys_centre_next(raw: str, o: Mention, after: Mention) -> bool:
    """Whether a university's centre or institute, a body of its own, is named right after it and a
    comma: "University of Georgia, Center for International Trade and Security (CITS)" is the Center's
    doing, as "the University of Georgia's Center …" is."""
    return _A_CENTRE.match(raw, after.start) is not None and _COMMA_THEN_ITS.fullmatch(raw, o.end, after.start) is not None \
        and _A_UNIVERSITY_WORD.search(o.text) is not None


_DESCRIBED_AND_NAMED = patterns.compile(r"(?:'s|\u2019s|'|\u2019)[ \t]++\p{Ll}[^,;()\n]{0,80}+,[ \t\n]*+(?:the[ \t]++)?")
_APPOSITIVE_THE = patterns.compile(r",[ \t\n]++the[ \t\n]++")
_POSSESSIVE_DESCRIPTION = patterns.compile(r"(?:'s|\u2019s|'|\u2019)[ \t]++(?:\p{Lu}[\p{L}.]*+-based[ \t]++)?\p{Ll}")
"""After a body's name and ", the", another's possessive describes it: "UNICRI, the UN's Turin-based
crime and justice research institute" names one party, UNICRI."""
_BARE_UNIT = patterns.compile(r"(?:(?:General|Permanent|Executive|Technical)[ ])?(?:Secretariat|Commission)(?:[ ]General)?")
"""A unit named by its kind alone: it is the body's whose name it follows."""
_UNIT_NEXT = patterns.compile(r"(?:[ \t]*+(?:\r?\n[ \t]*+)?\([^()\n]{1,15}\))?[ \t]++")
"""Between a body and its unit named right after it, its acronym between them, on the next line too
("World Health Organization" / "(WHO) Country Office for Viet Nam")."""


_RESOLUTION_NEXT = patterns.compile(r"[ \t\n]++(?i:resolutions?)\b")
_RESOLUTION_REACH = 40
"""How far :data:`_RESOLUTION_NEXT` looks: unbounded, ``regex`` looks for the word to the text's end before
it tries the match, and a long text's every body paid for the rest of the text (quadratic: 2.5 s of a
1.3 MB note's 5.5)."""
"""After a body's name, the word that makes it a resolution's: "United Nations Security Council resolution 1540"."""


def _parties(ctx: Context, start: int, end: int) -> list[Mention]:
    """Organizations in raw ``[start, end)``; a State standing alone stands for its government.
    A body that names a resolution ("Security Council resolution 1540") is no party.
    Nothing on a dateline ("THE HAGUE, Netherlands – …") counts, nor a body alone in brackets after
    another, its gloss ("the OSCE Secretariat (Conflict Prevention Centre)")."""
    named = ctx.mentions.within("orgs", start, end)
    orgs = [o for o in named if not ctx.in_dateline(o.start, o.end)
            and not _RESOLUTION_NEXT.match(ctx.raw, o.end, o.end + _RESOLUTION_REACH)]
    orgs = _without_glosses(ctx.raw, orgs, end)
    orgs = [o for o in orgs if not _among_a_bodys_parts(ctx.raw, o, orgs, start, end)]
    orgs = _without_units(ctx.raw, orgs, ";" in ctx.raw[start:end])
    orgs = _without_owners(ctx.raw, _without_its_departments(ctx.raw, orgs))
    if "represented by" in ctx.raw[start:end]:
        orgs = _without_its_representatives(ctx.raw, orgs)
    found = list(orgs)
    by_start = {o.start: o for o in orgs}
    for s in ctx.mentions.within("states", start, end):
        if ctx.in_dateline(s.start, s.end) or any(o.start < s.end and s.start < o.end for o in named):
            continue  # inside a body's name (its gloss's too: "(EUAM Ukraine)"), or overlapping it: "the U.S."
            # before "U.S. Department of Energy"
        if _OF_BEFORE.search(ctx.raw[max(start, s.start - 12):s.start]) or _after_a_city(ctx, s) \
                or _AN_OFFICE_BEFORE.search(ctx.raw, max(start, s.start - 24), s.start) \
                or _a_bodys_address(ctx, s) or _among_a_bodys_parts(ctx.raw, s, orgs, start, end) \
                or _describes_the_body_before(ctx.raw, s, orgs) or _owns_the_body_next(ctx.raw, s, orgs) \
                or _A_COMPANYS_NAME_GOES_ON.match(ctx.raw, s.end, end):
            continue  # "the Ministry of Foreign Affairs of Fiji"; "Korea Midland Power Co., Ltd.": a company's name;
            # "at the Grand Pacific Hotel, Suva, Fiji", "RACVIAC – Centre for Security Cooperation (Rakitje, Croatia)":
            # where; "(WHO) – Country Office Madagascar": the body's office there; "Guatemala's tax administration,
            # the Superintendencia …": the body the State's unit is
        entry = state_by_code(s.key)
        if entry is not None:
            glossed = _gloss_after(ctx.raw, s, by_start, end)
            if glossed is not None:
                found.remove(glossed)
            found.append(Mention("org", f"gov:{s.key}", s.start, s.end, s.text, government_name(entry), code=s.key,
                                 org_kind="government", source="state"))
    named_index: SpanIndex | None = None  # built at the first adjective before "government": most spans have none
    for d in ctx.mentions.within("demonyms", start, end):
        government = _GOVERNMENT_AFTER.match(ctx.raw, d.end, end)
        entry = state_by_code(d.code or "") if government is not None else None
        if entry is None:
            continue
        named_index = named_index if named_index is not None else SpanIndex(orgs)
        if not named_index.overlapping(d.start, government.end()):
            found.append(Mention("org", f"gov:{entry.code}", d.start, government.end(), ctx.raw[d.start:government.end()],
                                 government_name(entry), code=entry.code, org_kind="government", source="state"))
    return sorted(found, key=lambda m: m.start)


_A_COMPANYS_NAME_GOES_ON = patterns.compile(
    r"(?:[ ](?:\p{Lu}[\p{L}\-]*+|&)){1,4}[ ](?:Company|Corporation|Co\.|Corp\.?|Ltd\.?|Inc\.?|PLC|Holdings)(?![\p{L}])")
"""After a State's name, the rest of a company's that opens with it: "Korea Midland Power Co., Ltd.", "Japan Atomic
Power Company"."""
_AN_OFFICE_BEFORE = patterns.compile(r"\bOffice(?:[ \t]++(?:for|in|to))?[ \t\n]++(?:the[ \t\n]++)?$")
"""A body's office the State after it names: "World Health Organization (WHO) – Country Office Madagascar"."""
_GOVERNMENT_AFTER = patterns.compile(r"[ \t\n]++(?:[Gg]overnment|[Aa]uthorities|GOVERNMENT|AUTHORITIES)\b")
"""After a State's adjective, its government: "hosted by the Vincentian government together with …",
a script's "WITH THE GABONESE GOVERNMENT AS HOST"."""


def _among_a_bodys_parts(raw: str, m: Mention, orgs: list[Mention], start: int, end: int) -> bool:
    """Whether ``m`` is listed, after a comma, in brackets right after a body: that body's units and
    offices, not parties of their own ("OSCE (Secretariat, FSC Support Section, and Mission to
    Serbia)": neither the FSC nor Serbia's government). A government's bracket names which of its
    bodies is meant ("Government of Senegal (National CBRN Focal Point, Ministry of the Armed
    Forces)"): those stay."""
    open_at = raw.rfind("(", max(start, m.start - 120), m.start)
    if open_at < 0 or raw.find(")", open_at, m.start) >= 0 or raw.find(",", open_at, m.start) < 0:
        return False
    close = raw.find(")", m.end, min(end, m.end + 120))
    if close < 0 or raw.find("(", m.end, close) >= 0:
        return False
    body_end = _before_the_spaces(raw, open_at, start)
    return any(o.end == body_end and o.org_kind != "government" for o in orgs)


def _owns_the_body_next(raw: str, state: Mention, orgs: list[Mention]) -> bool:
    """Whether ``state``'s possessive describes the body named next, after a comma: "Guatemala's tax and
    customs administration, the Superintendencia de Administración Tributaria (SAT)" — the State's
    unit takes part by its name, as :func:`_without_owners` has it for a body's."""
    if not raw.startswith(("'s", "\u2019s"), state.end):
        return False
    after = next((o for o in orgs if o.start > state.end), None)
    return after is not None and _DESCRIBED_AND_NAMED.fullmatch(raw, state.end, after.start) is not None


def _describes_the_body_before(raw: str, state: Mention, orgs: list[Mention]) -> bool:
    """Whether ``state`` opens a description in brackets of the body just before it: "the Stimson
    Center (US think tank)", "the ISS (South Africa-based)": where the body is from, not a party."""
    bracket = _OPEN_BRACKET_BEFORE.search(raw, max(0, state.start - 4), state.start)
    if bracket is None or not _A_DESCRIPTION_AFTER.match(raw, state.end):
        return False
    body_end = _before_the_spaces(raw, bracket.start())
    return any(o.end == body_end for o in orgs)


def _before_the_spaces(raw: str, at: int, floor: int = 0) -> int:
    """Where the text before ``at`` ends, the spaces and line ends between left out (not before ``floor``)."""
    while at > floor and raw[at - 1] in " \t\n\r":
        at -= 1
    return at


_OPEN_BRACKET_BEFORE = patterns.compile(r"\([ \t]*+$")
_A_DESCRIPTION_AFTER = patterns.compile(r"(?:-based)?[ \t]++\p{Ll}[\p{L}\-]*+(?:[ \t]++\p{Ll}[\p{L}\-]*+){0,3}[ \t]*+\)|-based\)")
"""After a State in brackets, words in lower case to the bracket's end: "(US think tank)", "(Austria-based)"."""


def _gloss_after(raw: str, state: Mention, by_start: dict[int, Mention], end: int) -> Mention | None:
    """The body alone in brackets after ``state``, if any: which of its government's bodies is
    meant ("hosted by the Hashemite Kingdom of Jordan (Ministry of Foreign Affairs and
    Expatriates)"), not another party."""
    bracket = _GLOSS_BEFORE.match(raw, state.end, end)
    body = by_start.get(bracket.end()) if bracket is not None and "(" in bracket.group() else None
    return body if body is not None and _GLOSS_AFTER.match(raw, body.end, end) else None


_CITY_COMMA = patterns.compile(r",[ \t]*+$")


def _after_a_city(ctx: Context, state: Mention) -> bool:
    """Whether ``state`` follows a city and a comma: the country of a place ("Suva, Fiji"), not a party."""
    comma = _CITY_COMMA.search(ctx.raw, max(0, state.start - 4), state.start)
    return comma is not None and any(p.kind == "city" and p.end == comma.start()
                                     for p in ctx.mentions.within("places", max(0, comma.start() - 60), comma.start()))


def _orgs_or_names(ctx: Context, start: int, end: int) -> list[Mention]:
    """Organizations in a header value; comma-separated names no rule knows keep their own text."""
    known = _parties(ctx, start, end)
    found = list(known)
    named = SpanIndex(known + ctx.mentions.within("orgs", start, end))  # a gloss left out still names its words
    places = Cover((m.start, m.end) for m in ctx.mentions.within("places", start, end))
    states = SpanIndex(ctx.mentions.within("states", start, end))
    semicolons = ";" in ctx.raw[start:end]
    items, towns_hosting = [], set()
    for a, b in _programmes_whole(ctx, _list_items(ctx.raw, start, end)):
        host = _the_host_of(ctx.raw, a, b)
        if host[0] > a and _A_TOWN_AS_A_BODY.search(ctx.raw, *host):
            towns_hosting.add(host[0])  # "hosted by Takasago City": the town's government, though a town's name
        items.append(_less_a_role_note(ctx.raw, *host))
    for i, (a, b) in enumerate(items):  # "Qarmet JSC (host)": the company
        if _part_of_a_university_next_to_it(ctx, items, i):
            found = [m for m in found if not a <= m.start < b]
            continue  # "Department of International Politics, Aberystwyth University"; "Swansea University, School of Law"
        overlapping = named.overlapping(a, b)
        spans = {(m.start, m.end) for m in overlapping}
        if semicolons and len(spans) == 1 and _names_run_on(ctx.raw, a, b, overlapping[0]):
            found = [m for m in found if (m.start, m.end) not in spans]  # and the item is named below
        elif overlapping or _unbalanced(ctx.raw, a, b):
            continue  # and a bracket's piece: "UNODA (via UNRCPD, Kathmandu)"
        if places.contains(a, b) and a not in towns_hosting:
            continue  # a city is no body: "Organizers: UNODA, Vienna"
        if a > start and a not in towns_hosting and _A_TOWNS_NAME.fullmatch(ctx.clean(a, b)):
            continue  # nor "…, Washington, D.C.", "…, Dumaguete City" after a body
        if a > start and _A_WORD_OR_TWO.fullmatch(ctx.raw, a, b) and ctx.a_town_of_a_named_state(a, b):
            continue  # nor a town too small for the city gazetteer: "… (MIAS), Hisua, with the support of …"
        if any(m.start < a or m.end > b for m in states.overlapping(a, b)):
            continue  # a State's name cut at its "and": "CARICOM IMPACS, Port of Spain, Trinidad and Tobago"
        if _LABEL_IN_ITEM.search(ctx.raw, a, b):
            continue  # the next line's label: "- Background docs: FSC.DEC/.. on 1540 best-practice guides"
        name = ctx.clean(a, b)
        if (_A_PROGRAMME.search(name) or _A_NUMBERED_UNIT.fullmatch(name)) \
                and any(_UNIT_AFTER_A_COMMA.fullmatch(ctx.raw, m.end, a) for m in known):
            continue  # "United Nations Office on Drugs and Crime (UNODC), Global Maritime Crime Programme": UNODC's;
            # "United States Coast Guard (USCG), Thirteenth District": the Coast Guard's
        if _UNIT_HEAD_FIRST.match(name) and any(m.org_kind == "government" and m.code is not None
                                                and _UNIT_AFTER_A_COMMA.fullmatch(ctx.raw, m.end, a) for m in known):
            continue  # "Ministry of Foreign Affairs of Uruguay (MRREE), Directorate-General for Political Affairs"
        if any(0 <= m.start - b <= _NAME_AND_REACH and m.name.startswith(f"{name} and ") for m in known):
            continue  # "Export Control and Related Border Security (EXBS) Pro-/gram": the programme's name cut at its "and"
        defined = _DEFINED_ACRONYM.search(name) or _ACRONYM_BEFORE_ITS_STATE.search(name)
        acronym = defined.group("acr") if defined else None
        name = name[:defined.start()] + name[defined.end():] if defined else name
        name = _A_MARK_AFTER_A_BRACKET.sub("", name) if not defined else name  # "Portuguese Navy (Marinha Portuguesa)2"
        glossed = _ITS_NAME_IN_ITS_LANGUAGE.search(name) if not defined and name.endswith(")") else None
        name = name[:glossed.start()] if glossed is not None and glossed.start() > 0 else name  # "German Navy (Deutsche Marine)"
        if _CAPITAL.match(name) and len(name.split()) <= 12 and not (
                " " not in name and _NAME_GOES_ON_BEFORE.search(ctx.raw, max(start, a - 40), a)):
            found.append(Mention("org", f"~{name.casefold()}", a, b, ctx.raw[a:b], name, source="field",
                                 acronym=acronym))
    return sorted(found, key=lambda m: m.start)


_ACADEMIC_UNIT = patterns.compile(r"(?:(?:and|(?:(?:in[ ]++(?:partnership|cooperation|collaboration)|together|jointly)[ ]++)?with)[ ]++)?"
                                  r"(?:the[ ]++)?(?:School|Faculty|Department|Dept\.)[ ]++(?:of|for)[ ]")
"""A unit of a university that is never a body of its own (an institute or a centre may be)."""
_A_UNIVERSITYS_NAME = patterns.compile(r"(?:the[ ]++)?\p{Lu}[\p{L}\-]*+(?:[ ]++(?:of[ ]++)?\p{Lu}[\p{L}\-]*+)*?[ ]++(?:University|College)\b"
                                 r"|(?:the[ ]++)?(?:University|Universit\p{L}++)[ ]++\p{L}")
"""A university's name, all of the item: "Aberystwyth University", "the University of Dundee"."""
_JUST_A_COMMA_BETWEEN = patterns.compile(r"[ \t]*+(?:\([^()\n]{1,15}\))?[\d\u00b9\u00b2\u00b3*]?[ \t]*+,[ \t\r\n]*+")


def _part_of_a_university_next_to_it(ctx: Context, items: list[tuple[int, int]], i: int) -> bool:
    """Whether list item ``i`` is a unit of the university named in the item just before or after it,
    a comma between: "Department of International Politics, Aberystwyth University", "Swansea University,
    School of Law". The university is the body."""
    a, b = items[i]
    if not _ACADEMIC_UNIT.match(ctx.clean(a, b)):
        return False
    before = items[i - 1] if i > 0 else None
    after = items[i + 1] if i + 1 < len(items) else None
    return (before is not None and _JUST_A_COMMA_BETWEEN.fullmatch(ctx.raw, before[1], a) is not None
            and _A_UNIVERSITYS_NAME.match(ctx.clean(*before)) is not None) or (
        after is not None and _JUST_A_COMMA_BETWEEN.fullmatch(ctx.raw, b, after[0]) is not None
        and _A_UNIVERSITYS_NAME.match(ctx.clean(*after)) is not None)


_NAME_AND_REACH = 80
"""How far after a name cut at its "and" the known body whose name it opens may be named (its acronym)."""
_A_TOWNS_NAME = patterns.compile(r"(?:\p{Lu}[\p{L}'\u2019\-]*+[ ]){1,2}City|D\.?[ ]?C\.?")
"""Where a body is, in a list of bodies, as no gazetteer names it: "Dumaguete City", "D.C."."""


_A_WORD_OR_TWO = patterns.compile(rf"{TITLE_CASE_WORD}(?:[ ]{TITLE_CASE_WORD})?")
"""A list item of one or two Title-Case words, as a small town's name is: "Hisua", "Nani Daman"."""


def _programmes_whole(ctx: Context, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """List items with a programme's name that an "and" split made whole again: "Container and Cargo
    Control Programme" is one programme (of the body named before it), not a "Container"."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        if out and _AND_BETWEEN.fullmatch(ctx.raw, out[-1][1], a) and _A_PROGRAMME.search(ctx.clean(a, b)):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_AND_BETWEEN = patterns.compile(r"\s++and\s++")


_TITLE_WORDS_COMMA = patterns.compile(r"(?:\p{Lu}[\p{L}\-]*+[ \t\n]++){0,3}\p{Lu}[\p{L}\-]*+,[ \t\n]++")


def _names_run_on(raw: str, a: int, b: int, phrase: Mention) -> bool:
    """Whether the one body a rule found in the item ``[a, b)`` of a list semicolons divide is a
    Title-Case phrase its name runs on before, over a comma: "Radiation Protection, Nuclear Safety
    and Security Authority (ARSN)" is one body, not "Nuclear Safety and Security Authority"."""
    return phrase.source == "phrase" and a < phrase.start and _TITLE_WORDS_COMMA.fullmatch(raw, a, phrase.start) \
        is not None


_LABEL_IN_ITEM = patterns.compile(r"\p{L}[ \t]*+:(?:[ \t]|$)")
"""A label's colon inside a list item: the item is another field, no body's name."""


def _unbalanced(raw: str, a: int, b: int) -> bool:
    return raw.count("(", a, b) != raw.count(")", a, b)


_NAME_GOES_ON_BEFORE = patterns.compile(r"\p{Lu}\p{Ll}+[ ]and[ ]$")
"""Before one word: "and" between two Title-Case words joins them in a name ("Centre for Peace and
Disarmament"); the word is no body of its own."""
_ITS_NAME_IN_ITS_LANGUAGE = patterns.compile(r"[ ]*+\((?:\p{Lu}[\p{L}'\u2019\-]*+[ ]?){2,5}\)$")
"""After an unknown body's name, its name again in brackets, words in capitals each: "German Navy (Deutsche
Marine)". The body is the name before it."""
_A_MARK_AFTER_A_BRACKET = patterns.compile(r"(?<=\))[\d\u00b9\u00b2\u00b3*]{1,2}$")
"""A footnote's mark glued to the bracket that ends a name: "(Marinha Portuguesa)2"."""
_DEFINED_ACRONYM = patterns.compile(ACRONYM_DEF_RE.pattern + "$")
"""The acronym an unknown body's name ends with: "Commission Nationale de Désarmement du Cameroun (CNDC)"."""
_ACRONYM_BEFORE_ITS_STATE = patterns.compile(ACRONYM_DEF_RE.pattern + r"(?=[ ]of[ ](?:the[ ])?\p{Lu}[^()]*+$)")
"""The acronym an unknown body's name gives before the State it is of: "Superintendencia de
Administración Tributaria (SAT) of Guatemala" is the SAT of Guatemala."""


_WRAP = 45
"""A line at least this long that a comma list goes on after was wrapped, not ended."""
_A_NAME_GOES_ON_BELOW = patterns.compile(r"\p{Ll}(?![ \t)])[\p{L}\-'\u2019]*+(?:[ \t]++\p{Ll}[\p{L}\-'\u2019]*+)*+[ \t]++\(")
"""A line that goes on with a name's rest in lower case up to its acronym's bracket: "sécurité (GRIP)"
(not an "o" bullet's item, nor a line's note "connected online")."""


_BULLETS = frozenset(" *\t\n\r-\u2022\u25e6\u25cf\u25aa\u25ab\u25a0\u25a1\u00b7\u2023\u2043\u2013\u2014\u27a2\uf0b7")
"""What a list item may open with: space, "*", "-", and bullets ("•", "◦", "●", "▪", "■", "·", "‣", "➢", a PDF's )."""
_O_BULLET = patterns.compile(r"o[ \t]++(?=\p{Lu})")
"""A lower-case "o" as a word processor's second-level bullet, before a capital: "o Stimson Center"."""
_SEMICOLON = patterns.compile(r"\s*;\s*(?:and\s+)?|[ \t]*+\n\s*(?=[\p{Lu}\d][\p{L}\d/ ()\-]{1,40}:\s)")
"""An item's end in a list semicolons divide: a semicolon, or the start of a line that opens with a label
("1540 Committee expert(s): 2")."""


_ITEM_TRAIL = " *\t\n\r.\u00a0" + VBARS
"""What an item ends with that is not its name: spaces, a full stop, a table's closing rule ("Universidad de Chile |")."""
_AN_ABBREVIATED_LAST_WORD = patterns.compile(
    r"(?:(?<![\p{L}.])(?:\p{Lu}\.){1,4}\p{Lu}|\b(?i:ltd|inc|co|corp|bhd|pvt|pty|ltda|cia|c\u00eda|jsc|plc))$")
"""A name's last word that a full stop abbreviates: a company's form ("S.A.I.C", "S.E", "Inc", "Co., Ltd")."""


_SPACED_HYPHEN = patterns.compile(r"[ \t]++-[ \t]*+(?:\r?\n[ \t]*+)?(?=\p{Lu})")


def _split_at_spaced_hyphens(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    """Item ``[a, b)`` as the items two or more spaced hyphens divide it into: "Swissmem - VDMA (German
    Engineering Federation) - ETH Zurich"; one hyphen alone may be a name's ("Handelskammer Bremen -
    Chamber of Commerce")."""
    cuts = list(_SPACED_HYPHEN.finditer(raw, a, b))
    if len(cuts) < 2:
        return [(a, b)]
    bounds = [a, *(x for m in cuts for x in m.span()), b]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


_A_LEGAL_FORM = patterns.compile(r"(?:Ltd|Inc|LLC|PLC|Plc|Corp|S\.A|GmbH|AG|Pty[ ]Ltd|B\.V|N\.V)"
                                 r"(?:\.|(?=[ \t]*+(?:[,;()\n]|\Z)))")
"""A company's legal form after a comma, the end of its name ("Co., Ltd.", ", Inc. (PHILEXPORT)"), not a
list's next item; alone, so "…, AG's Chambers" is one."""


def _list_items(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the items of a list "A, B and C" / "A; B" / one a line in raw ``[start, end)``,
    trimmed. In a comma list, the break after a long line is a wrap. A list that semicolons divide
    has names with commas in them ("Radiation Protection, Nuclear Safety and Security Authority;
    Ministry of Health"): only semicolons end its items."""
    items = []
    pos = start
    listed = raw[start:end]
    commas = "," in listed or ";" in listed
    separators = _SEMICOLON if ";" in listed else _LIST_SEPARATOR
    depth, counted = 0, 0  # brackets open before the separator: counted once, from the last one on
    closing = -2  # the next ")" after a separator (-1: none left), looked for again only once passed
    for m in separators.finditer(listed):
        if commas and m.group().strip(" \t\r") == "\n" and start + m.start() - raw.rfind("\n", 0, start + m.start()) > _WRAP:
            continue  # a long line of a comma list wrapped: "…, Strategic Trade / Control Enforcement (STCE) …"
        if m.group().strip(" \t\r") == "\n" and _A_NAME_GOES_ON_BELOW.match(listed, m.end()):
            continue  # a name wrapped in lower case: "Groupe de recherche et d'information sur la paix et la" / "sécurité (GRIP)"
        if m.group().lstrip().startswith(",") and _A_LEGAL_FORM.match(listed, m.end()):
            continue  # a company's legal form: "Daesung Precision Co., Ltd.", "… Confederation, Inc."
        depth += listed.count("(", counted, m.start()) - listed.count(")", counted, m.start())
        counted = m.start()
        if depth > 0:
            if closing != -1 and closing < m.end():
                closing = listed.find(")", m.end())
            if closing >= 0:
                continue  # a body's units in its brackets: "University of Tartu (Institute of Computer Science; Grants
                # …)", "Midlands State University (Faculty of Science and\n Technology)"
        items.append((pos, start + m.start()))
        pos = start + m.end()
    items.append((pos, end))
    items = [part for a, b in items for part in _split_at_spaced_hyphens(raw, a, b)]
    out = []
    for a, b in items:
        while a < b and raw[a] in _BULLETS:
            a += 1
        if (bullet := _O_BULLET.match(raw, a, b)) is not None:  # a word processor's "o" bullet: "o Stimson Center"
            a = bullet.end()
        while b > a and raw[b - 1] in _ITEM_TRAIL:
            b -= 1
        if raw.startswith(".", b) and _AN_ABBREVIATED_LAST_WORD.search(raw, a, b) is not None:
            b += 1  # "INVAP S.E.", "Takht Bhai Chemicals (Pvt.) Ltd.": the full stop is the name's own
        if b > a and not _PLACEHOLDER.fullmatch(raw, a, b) and raw[a:b] != "o":  # the "o" bullet of the next
            out.append((a, b))  # line's sub-label: "…Technology)\n    o  1540 Committee: one expert"
    return out


# --- participants --------------------------------------------------------------------------------

def find_participants(ctx: Context, organizers: list[Organization], venue_code: str | None,
                      date: DateMatch | None = None) -> Participants:
    """Participating States, organizations, civil society and others (in prose, not those of a
    digest's items other than the one that holds the main ``date``), the hosts and organizing bodies last."""
    states: list[Mention] = []
    orgs: list[Mention] = []
    civil: list[Text] = []
    other: list[Text] = []
    rosters = 0  # how many States and bodies a roster listed (not a programme's "Speakers:" alone)
    for f in ctx.layout.field_values("participants", "resource_persons",
                                     *("states", "organizations", "civil_society", "industry", "others", "national")):
        if f.key == "participants" and not ctx.layout.is_information_note and _told_in_prose(ctx.raw, f.value):
            continue  # a memo's "2. Participation" section: its sentences say who took part, and who did not
        # a sub-label may open any of them: "International organizations: IAEA; Civil society: RSS"; the
        # bodies and States of "Speakers:" or "Evaluators:" take part as those of "Participants:" do
        own = "participants" if f.key == "resource_persons" else f.key
        before = len(states) + len(orgs) + len(civil)
        parts = _wrapped_cells(ctx, [(own if k == "participants" else k, piece) for k, piece in
                                     participant_parts(ctx.raw, f.value, f.label.text, ctx.layout.label_gaps)])
        for key, piece in parts:
            if key in ("states", "participants", "national", "cell"):  # "National: Ministries of …": the host's own
                states += [m for m in ctx.mentions.within("states", piece.start, piece.end)
                           if not _a_clause_that_says_they_did_not_come(ctx, m, piece)
                           and not _its_mark_says_it_did_not_come(ctx, m)]
                for marker in dict.fromkeys(_FIELD_MARKER.findall(ctx.raw, piece.start, piece.end)):
                    states += _footnote_states(ctx, marker)  # "Delegations of nine ECCAS Member States ²"
            if key == "states":  # "… from four States: - Malawi … Lecturers/observers from the IAEA, the WCO and …"
                orgs += _bodies_whose_people_came(ctx, piece)
            if key == "organizations" and f.key == "organizations" and _THE_COMMITTEES_LABEL.search(f.label.text):
                named = [m for m in ctx.mentions.within("orgs", piece.start, piece.end) if m.org_kind != "government"]
                if all(_a_group_of_nobody(m) for m in named) and _ITS_PEOPLE_CAME.match(ctx.raw, piece.start, piece.end):
                    # "1540 Committee: one expert", "1540 Committee: Group of Experts (one expert)"
                    named = [m for m in ctx.mentions.within("orgs", f.label.start, piece.end) if m.start < f.label.end] \
                        or [_the_committees_group(m) for m in named]  # (the label's own name, or one across its gap:
                    # "1540 Committee<tab>Group of Experts"; "Participation of Committee members/experts: two experts
                    # of the Group of Experts": the Committee's)
                orgs += named
            elif key == "organizations":  # not one a clause says did not come: "** Tuvalu registered but did not connect."
                orgs += [m for m in _orgs_or_names(ctx, piece.start, piece.end)
                         if not _a_clause_that_says_they_did_not_come(ctx, m, piece)] \
                    or _the_committee_sub_labelled(ctx, piece)
            elif key == "participants":
                orgs += [m for m in _without_its_departments(ctx.raw, ctx.mentions.within("orgs", piece.start, piece.end))
                         if not _in_a_states_delegation(ctx, m, piece)]
            elif key == "cell":  # a table's cell: whoever it names, but a gloss in brackets after a body
                orgs += _without_glosses(ctx.raw, ctx.mentions.within("orgs", piece.start, piece.end), piece.end)
            elif key.startswith(_NAMED_BY_ITS_LINES):
                orgs.append(_body_its_lines_name(key, piece))
            if key == "civil_society":  # not an item that says who did not come: "** Myanmar was invited but did not connect."
                civil += [t for t in _named_items(ctx, piece.start, piece.end, people=other)
                          if ctx.search(_DID_NOT_COME, *t.span) is None]
            if key in ("others", "industry"):
                people = other if key == "others" else None  # "Others: some 60 young people": they took part
                for t in _named_items(ctx, piece.start, piece.end, people=people):  # the bodies beside the States
                    body = _a_body_beside_the_states(ctx, t)
                    if body is not None and body.org_kind in _PARTICIPANT_ORG_KINDS:
                        orgs.append(body)
                    else:
                        (other if body is None else civil).append(t)
        if f.key != "resource_persons":
            rosters += len(states) + len(orgs) + len(civil) - before
    # a header field that names no one ("see Highlights") leaves the prose to say who took part; so
    # does a programme whose sessions name their speakers ("Speakers: Estonia, Latvia"), a few of those
    # its welcome says take part ("Delegations from Armenia, Estonia, … are taking part")
    header_list = bool(states) and rosters > 0
    if not header_list:
        states += _in_this_item(ctx, date, _states_in_prose(ctx))
    if not rosters or not orgs and not civil:
        hosts = {o.name for o in organizers}  # "organized by CITS … Instructors came from CITS, the WCO": CITS organizes
        listed = _in_this_item(ctx, date, [m for m in _orgs_in_prose(ctx) if m.name not in hosts
                                           and not _ONE_OF_ITS_BODIES.match(ctx.raw, m.end)])
        orgs += [m for m in listed if m.org_kind in _PARTICIPANT_ORG_KINDS or _an_unknown_intergovernmental_body(m)]
        civil += [Text(text=m.text, span=(m.start, m.end)) for m in _unique(listed)
                  if m.org_kind in _CIVIL_SOCIETY_KINDS or m.org_kind == "other" and _said_civil_society(ctx, m)]
    displayed = _displayed_lists(ctx) + _answered_taking_part(ctx) + _sub_labelled_in_prose(ctx) \
        + _besides_them(ctx, organizers) \
        + _captioned_speakers(ctx) + _chat_senders(ctx) + _we_had_them(ctx)
    states += [m for m in displayed if m.kind == "state"]
    orgs += [m for m in displayed if m.kind == "org" and m.org_kind in _PARTICIPANT_ORG_KINDS]
    civil += [Text(text=m.text, span=(m.start, m.end)) for m in _unique(displayed)
              if m.kind == "org" and m.org_kind in _CIVIL_SOCIETY_KINDS]  # "VERTIC – Verification Research, …": once
    if not header_list and states:  # prose, where a later sentence may take one back: "China was invited but did
        absent = _said_not_to_come(ctx)  # not attend", "No persons from Brazil attended."
        states = [m for m in states if m.key not in absent]
    states += _hosts(ctx, organizers, venue_code, states, header_list)
    orgs += _the_committee_its_objectives_name(ctx, orgs)
    taking_part = [_org(m) for m in _without_the_un_beside_its_bodies(_unique(orgs), orgs)]  # then the organizing
    # bodies: each takes part in its own event,
    named = {o.name for o in taking_part}  # as a host State does (copies: a record's values are its own)
    taking_part += [o.model_copy(deep=True) for o in organizers if o.kind in _PARTICIPANT_ORG_KINDS and o.name not in named]
    civil += [Text(text=o.text, span=o.span) for o in organizers if o.kind in _CIVIL_SOCIETY_KINDS]
    return Participants(
        states=[_state(m) for m in _unique(_without_bracketed_territories(ctx.raw, states))],
        organizations=taking_part,
        civil_society=_once_each(civil),
        other=other,
    )


_A_SENTENCES_END = patterns.compile(r"\p{Ll}[.!?][ \t]*+\n?[ \t]*+(?=\p{Lu})(?![\p{L} ]{1,30}:)")


_A_DELEGATIONS_BRACKET = patterns.compile(r"[ \t]*+\(")
_A_DELEGATIONS_LABEL = patterns.compile(r"[ \t]*+(?:\([^()\n]{0,30}\))?[ \t]*+:")
_THE_NEXT_ITEM = patterns.compile(r"\n[ \t]*+(?:\n|[o\u2022\u25aa\u25cf\-*][ \t])")
"""Where a list's item ends: a blank line, or a line a bullet opens."""
_DELEGATION_REACH = 600
"""How far a State's delegation may be described after it: a few lines of its ministries."""


def _in_a_states_delegation(ctx: Context, m: Mention, piece: Piece) -> bool:
    """Whether body ``m``, a State's own (no international body), is named as where a State's people
    came from, in brackets after the State or after its label: "Namibia (MIRCO; Ministry of Home
    Affairs, …)", "Namibia (host): some 30 officials from MIRCO, the Ministry of Justice, …". The
    State took part; its ministries are not bodies that took part beside it."""
    if m.org_kind not in ("government", "other"):
        return False
    key = ("delegations", piece.start, piece.end)
    stretches = ctx.memo.get(key)
    if stretches is None:
        stretches = ctx.memo[key] = Cover(_delegations(ctx.raw, ctx.mentions.within("states", piece.start, piece.end),
                                                       piece.end))
    return stretches.contains(m.start, m.end)  # type: ignore[union-attr]


def _delegations(raw: str, states: list[Mention], end: int) -> list[tuple[int, int]]:
    """The stretches after each State that describe its delegation: its bracket, or after its label
    to the list's next item; each looked for within :data:`_DELEGATION_REACH` (linear in the list)."""
    found = []
    for s in states:
        reach = min(end, s.end + _DELEGATION_REACH)
        if raw[s.start - 1:s.start] != "(" and (label := _A_DELEGATIONS_LABEL.match(raw, s.end, reach)) is not None:
            after = _THE_NEXT_ITEM.search(raw, label.end(), reach)
            found.append((s.end, after.start() if after is not None else reach))
        elif (bracket := _A_DELEGATIONS_BRACKET.match(raw, s.end, reach)) is not None:
            found.append((s.end, _closing_bracket(raw, bracket.end() - 1, reach) or reach))
    return found


def _closing_bracket(raw: str, opened: int, end: int) -> int | None:
    """The offset just past the ")" that closes the bracket opened at ``opened``, before ``end``: "Namibia
    (Ministry of Justice (MoJ); Namibian Police)" closes after "Police"."""
    depth = 0
    for i in range(opened, end):
        if raw[i] == "(":
            depth += 1
        elif raw[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def _told_in_prose(raw: str, value: Piece) -> bool:
    """Whether a field's value is sentences, not a list: two sentences end inside it, after a
    lowercase word, and the next does not open with a label ("… came from Albania, …, North Macedonia
    and Serbia. Croatia had confirmed but cancelled at short notice. Besides the OPCW, …")."""
    return len(list(islice(_A_SENTENCES_END.finditer(raw, value.start, value.end), 2))) == 2


def _once_each(texts: list[Text]) -> list[Text]:
    """``texts`` less a repeat of an earlier one's words ("Stimson Center" in the prose and again in
    an answer)."""
    seen: set[str] = set()
    out = []
    for t in texts:
        key = " ".join(t.text.split()).casefold()
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


_CIVIL_SOCIETY_SAID = patterns.compile(r"(?i)\bcivil[ \t\n]++society\b")


_INTERGOVERNMENTAL_NOUN = patterns.compile(r"\b(?:Commission|Community|Union|Council|Forum|Organi[sz]ation)\b")
_A_STATES_OWN = patterns.compile(r"(?i)(?:the[ ]++)?(?:national|ministry|department|government)\b")


def _an_unknown_intergovernmental_body(m: Mention) -> bool:
    """Whether ``m``, a body the registry does not know, names itself as an intergovernmental one and
    defines its acronym: "the Lake Chad Basin Commission (LCBC) was represented" — an organization
    that took part, not civil society. A State's own ("National Commission …") is not one."""
    return m.org_kind == "other" and m.source != "state" and m.code is None and m.acronym is not None \
        and _INTERGOVERNMENTAL_NOUN.search(m.name) is not None and _A_STATES_OWN.match(m.name) is None


def _said_civil_society(ctx: Context, m: Mention) -> bool:
    """Whether the sentence that lists body ``m`` says, before it, that it lists civil society
    ("Civil society was represented by the West Africa Network for Peacebuilding (WANEP) and …")."""
    return ctx.search(_CIVIL_SOCIETY_SAID, ctx.sentence(m.start)[0], m.start) is not None


def _in_this_item(ctx: Context, date: DateMatch | None, found: list[Mention]) -> list[Mention]:
    """``found`` less those in a digest's items about other events (:func:`_other_items`)."""
    if not found:
        return found
    others = _other_items(ctx, date)
    return [m for m in found if not others.contains(m.start, m.end)]


_RAN_AN_EVENT = patterns.compile(rf"(?i)\b(?:ran|runs)[ \t\n]++(?:a|an)[ \t\n]++(?:[\w\-]++[ \t\n]++){{0,4}}?(?:{EVENT_NOUNS}|trainings?)\b")
"""An event run, as a report says it: "UNLIREC ran a two-week online course" (TRIGGER_RE's verbs say the rest)."""


def _other_items(ctx: Context, date: DateMatch | None) -> Cover:
    """The items of a digest (:attr:`Context.digest_items`) that report another event: one of their
    sentences says an event took place on another day than ``date`` ("On 15-16 October, UNRCPD
    supported Bhutan in organizing a national workshop in Thimphu"), or puts that day in a city ("On
    4 and 5 November, a UNODA legal team worked in Port Louis"). Their people took part in that one.
    A mailing list's announcement, correction and thanks for one webinar are one event's. A day and an
    event "ran" will do too: "From 22 September to 3 October 2025, UNLIREC ran a two-week online course".
    A bulletin's contents list too (:attr:`Context.contents_list`): its headlines are its stories'."""
    contents = [ctx.contents_list] if ctx.contents_list is not None else []  # "- Course for Peruvian police officers"
    if date is None or not ctx.digest_items:
        return Cover(contents)
    key = ("other items", date.span)
    if key not in ctx.memo:  # asked for the States and again for the bodies

        def another_events(d: DateMatch) -> bool:  # a day and a trigger, or a day and a city
            if d.precision != "day" or (d.start, d.end) == (date.start, date.end):
                return False
            s0, s1 = ctx.sentence(d.span[0])
            return ctx.search(TRIGGER_RE, s0, s1) is not None or ctx.search(_RAN_AN_EVENT, s0, s1) is not None \
                or any(p.kind == "city" for p in ctx.mentions.within("places", s0, s1))

        ctx.memo[key] = Cover([*((a, b) for a, b in ctx.digest_items
                                 if not a <= date.span[0] < b and any(another_events(d) for d in ctx.dates_in(a, b))),
                               *contents])
    return ctx.memo[key]  # type: ignore[return-value]


_THE_COMMITTEES_OWN_LINE = patterns.compile(r"(?i)(?:the[ \t]++)?(?:1540[ \t]++committee|group[ \t]++of[ \t]++experts)"
                                           r"[^:\n]{0,30}:")
"""A line of its own under a list, the 1540 Committee's label: "1540 Committee expert(s): 2"."""
_THE_COMMITTEES_LABEL = patterns.compile(r"(?i)\b(?:1540|group\s+of\s+experts|committee\s+(?:members?|experts?))\b")
"""A label for the 1540 Committee's own participation ("Participation of the 1540 Committee/Group
of Experts:"): its value names the Committee's members ("representatives of Denmark and the Republic
of Korea as members of the Committee"), not participating governments, and the experts' bodies."""

_ITS_PEOPLE_CAME = patterns.compile(
    r"(?i)[ \t*]*+(?:(?:one|two|three|four|five|\d)[ \t]++|the[ \t]++|a[ \t]++)?(?:committee[ \t]++)?(?:members?|experts?|chair|"
    r"representatives?|coordinator|group[ \t]++of[ \t]++experts)\b(?![^;\n]{0,80}?\b(?:not|absent|cancell?ed)\b)")
"""The value under the Committee's own label, when it says who of it came: "1540 Committee: one expert",
"one Committee expert", "Group of Experts (two experts)" (the label names the body; not "the Chair did not attend")."""


_THE_COMMITTEES_PARTICIPATION = patterns.compile(r"(?i)\b1540[ \t]++committee\b[^\n]{0,40}?\bparticipation\b")
"""An Information Note's heading over what the Committee's experts came to do: "Objectives of the
1540 Committee experts' participation"."""


def _the_committee_its_objectives_name(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    """The 1540 Committee, when an Information Note's participants leave it out and its heading
    "Objectives of the 1540 Committee experts' participation" says its experts took part."""
    if not ctx.layout.is_information_note or any(o.key.startswith("unsc_1540") for o in orgs):
        return []
    for s in ctx.layout.sections:
        if s.key == "objectives" and _THE_COMMITTEES_PARTICIPATION.search(s.heading.text):
            return [m for m in ctx.mentions.within("orgs", s.heading.start, s.heading.end)
                    if m.key.startswith("unsc_1540")][:1]
    return []


def _wrapped_cells(ctx: Context, parts: list[tuple[str, Piece]]) -> list[tuple[str, Piece]]:
    """``parts`` with each cell a table wraps in its column (the cells :data:`WRAPPED` marks after it)
    as the bodies the registry knows in its pieces ("UN Office for Disarmament" / "Affairs (UNODA)" is
    UNODA), else as its first line: the raw text between its lines is other columns'."""
    out: list[tuple[str, Piece]] = []
    i = 0
    while i < len(parts):
        j = i + 1
        while j < len(parts) and parts[j][0] == WRAPPED:
            j += 1
        key, first = parts[i]
        if j == i + 1 or key == WRAPPED:
            out += [p for p in parts[i:j] if p[0] != WRAPPED]
        else:
            known = [m for _, piece in parts[i:j] for m in ctx.mentions.within("orgs", piece.start, piece.end)
                     if m.source == "gazetteer"]
            entry = lookup_org(" ".join(piece.text.strip() for _, piece in parts[i:j])) if not known else None
            if entry is not None:  # "Group of Experts of the 1540" / "Committee": the body its lines name, at its first
                out.append((_NAMED_BY_ITS_LINES + entry.id, first))
            else:
                out += [(key, Piece(m.text, m.start, m.end)) for m in known] or [(key, first)]
        i = j
    return out


_NAMED_BY_ITS_LINES = "body:"
"""The key of a wrapped cell whose lines together name a registry body, before the body's id."""


def _body_its_lines_name(key: str, piece: Piece) -> Mention:
    """The registry body a wrapped cell's lines name (:func:`_wrapped_cells`), grounded at its first line."""
    return org_mention(org_by_id(key.removeprefix(_NAMED_BY_ITS_LINES)), piece.start, piece.end, piece.text)


def _the_committees_group(m: Mention) -> Mention:
    """A bare "Group of Experts" under the 1540 Committee's own label: the Committee's Group of Experts."""
    if not _a_group_of_nobody(m):
        return m
    return org_mention(org_by_id(_THE_COMMITTEES_GROUP), m.start, m.end, m.text, source=m.source)


_THE_COMMITTEES_GROUP = "unsc_1540_group_of_experts"


def _a_group_of_nobody(m: Mention) -> bool:
    """Whether ``m`` is a bare "Group of Experts" that names no body it serves."""
    return m.org_kind == "other" and " ".join(m.text.lower().split()) == "group of experts"


def _the_committee_sub_labelled(ctx: Context, piece: Piece) -> list[Mention]:
    """The Committee its own sub-label names, on the piece's line, when the piece says who of it came
    and names no one else: "o  1540 Committee: one expert (in person), one expert (remotely, day 1)"."""
    line = ctx.raw.rfind("\n", 0, piece.start) + 1
    if not _THE_COMMITTEES_LABEL.search(ctx.raw, line, piece.start) or not _ITS_PEOPLE_CAME.match(ctx.raw, piece.start,
                                                                                                    piece.end):
        return []
    return ctx.mentions.within("orgs", line, piece.start)


_OPEN_BRACKET = patterns.compile(r"[ \t]*+\([ \t]*+")
_INCLUDED_IN_ITS_DELEGATION = patterns.compile(r"[^.;:()\n]{0,20}?[ \t]*+\(?[ \t]*+includ(?:ing|ed|es)\b[^.;:()]*+")
"""Between a State and a territory, that the State's delegation included the territory's people."""
_INCLUDED_REACH = 80


def _without_bracketed_territories(raw: str, states: list[Mention]) -> list[Mention]:
    """``states`` less a territory in brackets after a State: "France (Réunion)" took part as France; and
    one a State's delegation included: "Denmark (including the Government of Greenland)", a footnote's "The
    delegation of Denmark included officials of the Government of Greenland"."""
    ends = {m.end for m in states}
    by_end = sorted(states, key=lambda s: s.end)
    end_offsets = [s.end for s in by_end]  # the States just before a territory: a binary search, linear in the note
    out = []
    for m in states:
        entry = state_by_code(m.key)
        if entry is not None and entry.status == "territory" and any(
                s.key != m.key and _INCLUDED_IN_ITS_DELEGATION.fullmatch(raw, s.end, m.start)
                for s in by_end[bisect_left(end_offsets, m.start - _INCLUDED_REACH):bisect_right(end_offsets, m.start)]):
            continue
        if entry is not None and entry.status == "territory":
            opening = raw.rfind("(", max(0, m.start - 4), m.start)
            if opening >= 0 and _OPEN_BRACKET.fullmatch(raw, opening, m.start) and any(
                    end in ends and _OPEN_BRACKET.fullmatch(raw, end, m.start) for end in range(opening - 2, opening + 1)):
                continue
        out.append(m)
    return out


def _a_body_beside_the_states(ctx: Context, item: Text) -> Mention | None:
    """The body an item of an "Industry:" or "Others:" list names, when it takes part beside the States
    (an international body, or civil society's: "World Shipping Council (WSC)", "the Stimson Center"):
    not a State's own agency ("Border Security Force (BSF)", "Department of Commerce of …"), people
    ("terminal operators of Port NOLA", "WCO-accredited trainers from …") or a State."""
    a, b = item.span
    a += 4 if ctx.raw.startswith(("the ", "The "), a) else 0
    first = next(iter(ctx.mentions.within("orgs", a, b)), None)
    if first is None or first.start != a or first.org_kind == "government" or _A_STATES_FORCE_OR_MINISTRY.search(first.name) \
            or _PART_OF_A_WORD.match(ctx.raw, first.end, b):
        return None
    return first


_A_STATES_FORCE_OR_MINISTRY = patterns.compile(r"\b(?:Forces?|Police|Guard|Army|Navy|Customs|Gendarmerie)$|^(?:Ministry|Department)[ ]")
"""A State's own force or ministry, by its name's head: "Border Security Force", "Department of Commerce of …"."""
_PART_OF_A_WORD = patterns.compile(r"-\p{L}|['\u2019]s[ ]")
"""A name that opens a longer word or phrase: "WCO-accredited trainers", "the IAEA's experts"."""


def _named_items(ctx: Context, start: int, end: int, people: list[Text] | None = None) -> list[Text]:
    """The items of a list of names in raw ``[start, end)`` less a city alone, where the body
    before it is ("Civil society: Institute for Security Studies (ISS), Pretoria").

    An item about people ("approx. 140 representatives of exporting firms") is the bodies it names;
    one that names none goes to ``people`` when given (a civil-society list's "independent researchers"
    took part, but are no body), else is left out."""
    found = ctx.mentions.within("places", start, end)
    places = Cover((m.start, m.end) for m in found)
    items = _whole_names(_out_of_label_gaps(_list_items(ctx.raw, start, end), ctx.layout.label_gaps, start, end),
                         ctx.mentions.within("orgs", start, end))
    if ctx.raw.find("(", start, end) >= 0:
        items = _with_their_acronyms(ctx.raw, items)
    ending = {m.end: m for m in found}
    starting = {m.start: m for m in found}
    items = [_less_a_role_note(ctx.raw, *_less_a_note_marker(ctx.raw, *_less_a_local_office(
        ctx.raw, *_less_a_bracketed_place(ctx.raw, *_less_a_city_after(ctx.raw, a, b, ending.get(b)), starting),
        places))) for a, b in items]
    known = {m.start: m for m in ctx.mentions.within("orgs", start, end) if m.source == "gazetteer"}
    named = []
    for a, b in items:
        if not _UNNAMED_PEOPLE.match(_unbroken(ctx.raw, a, b)):
            named.append((a, b))
        elif bodies := _bodies_their_people_are_of(ctx, a, b):
            named += bodies  # "staff of EPHI and of the Jimma University Institute of Health"
        elif people is not None:
            people.append(Text(text=ctx.raw[a:b], span=(a, b)))
    items = named
    return [Text(text=ctx.raw[a:b], span=(a, b)) for i, (a, b) in enumerate(items)
            if not places.contains(a, b) and not _a_marks_note(ctx.raw, a)
            and not _UNNAMED_ONES.fullmatch(ctx.raw, a, b)  # "22 companies", "several local NGOs"
            and not _THE_COMMITTEES_OWN_LINE.match(ctx.raw, a, b)  # "1540 Committee expert(s): 2" under the list
            and not (a > start and ctx.raw[a:a + 2].islower() and ctx.raw[max(start, a - 40):a].rstrip().endswith(","))
            # "… Pernambuco (UFPE), student rapporteur team": what it sent (not "…; swissuniversities")
            and not (i and _a_universitys_unit(ctx.raw, items[i - 1], (a, b)))
            and not (i and _the_units_university(ctx.raw, items[i - 1], (a, b)))
            and not (i and _an_office_in(ctx.raw, items[i - 1], (a, b), places))
            and not (i and _its_home(known.get(items[i - 1][0]), known.get(a)))]


def _with_their_acronyms(raw: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``items`` with an acronym in brackets alone on the line under a name joined to it: "Federation of
    Indian Chambers of Commerce and Industry" over "(FICCI)" is one item."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        if out and ACRONYM_DEF_RE.fullmatch(raw, a, b) and not raw[out[-1][1]:a].strip():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _bodies_their_people_are_of(ctx: Context, a: int, b: int) -> list[tuple[int, int]]:
    """The bodies an item that names people names ("representatives of the German Chemical Industry
    Association (VCI) and of …"): each a span of its own; none for "researchers of national universities"."""
    return [(m.start, m.end) for m in _longest_spans(ctx.mentions.within("orgs", a, b))]


def _longest_spans(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those inside a longer one ("Jimma University" in "Jimma University Institute of
    Health"): an item names few bodies, so the pairs are few."""
    return [m for m in mentions if not any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                                           for o in mentions)]


def _out_of_label_gaps(items: list[tuple[int, int]], gaps: Sequence[tuple[int, int]], start: int,
                       end: int) -> list[tuple[int, int]]:
    """``items`` less what of them lies in a label column wrapped beside the value ("CIVIL SOCIETY /
    ACADEMIA /   ISS · VERTIC ·" over "INDUSTRY    Business Botswana": the item is "Business Botswana").
    One that a gap splits keeps its words on both sides: a span is whole."""
    inside = [(a, b) for a, b in gaps if start <= a and b <= end]
    if not inside:
        return items
    out = []
    for a, b in items:
        for ga, gb in inside:
            if ga <= a < gb:
                a = gb
            if ga < b <= gb:
                b = ga
        if a < b:
            out.append((a, b))
    return out


_UNNAMED_ONES = patterns.compile(
    r"(?:(?:(?i:approx\.?|approximately|about|around|some|over|more[ \t\n]++than)[ \t\n]++)?+"
    r"(?i:\d{1,4}+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|various|other)"
    r"(?:[ \t\n]++(?:(?!(?:from|in|of|across)\b)\p{Ll}[\p{Ll}\-]*+,?+|\p{Lu}{2,6}+s\b)){1,6}+"
    r"|(?:\p{Ll}[\p{Ll}\-]*+,?+[ \t\n]++){1,4}?(?:companies|firms|enterprises|businesses|exporters|manufacturers)\b)"
    r"(?:[ \t\n]++(?:from|in|of|across)[ \t\n]++[^;()\n]++"
    r"(?:\n[^;()\n]++)?+)?+[ \t]*+(?:\([^();]{1,160}\))?+")
"""A count of bodies no one names, not a body: "22 companies", "several local NGOs", "three universities
(as observers)", "some 80 enterprises from Gansu, Ningxia and Qinghai", "54 MSMEs (agricultural machinery
repair, …, electronics repair)" (a bracket of what they do, over a line end), "about 40 semiconductor,
equipment and logistics companies", or none counted: "textile, nonwovens and chemical companies of the … region"."""


def _unbroken(raw: str, start: int, end: int) -> str:
    """``raw[start:end]`` with its words a line end hyphenates made whole: "represen-" over "tatives"."""
    text = raw[start:end]
    return _A_BROKEN_WORD.sub("", text) if "-" in text and "\n" in text else text


_A_BROKEN_WORD = patterns.compile(r"(?<=\p{Ll})-[ \t]*+\n[ \t]*+(?=\p{Ll})")
"""A hyphen a line end puts inside a word, with the spaces around the break."""
_UNNAMED_PEOPLE = patterns.compile(
    r"(?:(?i:approx\.?|approximately|about|around|some|over|more[ \t]++than|up[ \t]++to)[ \t\n]++)?+"
    r"(?:\d{1,4}+[ \t\n]++|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|various)[ \t\n]++)?+"
    r"(?:\p{Ll}[\p{Ll}\-]*+,?+[ \t\n]++(?:and[ \t\n]++)?){0,3}?"
    r"(?:representatives|researchers|officers|officials|experts|staff|students|academics|members|delegates|"
    r"practitioners|scientists|lecturers|participants|attendees|trainees|people)\b")
"""People no one names as a body, however their item goes on: "approx. 140 representatives of exporting
firms (…)", "researchers and biosafety officers of national universities", "approximately 280 registered
participants from the private sector (forwarders, …)", "around 120 owners, foremen and safety officers of …"."""

_NOTES_MARK = patterns.compile(r"[ \t]*+[*\u2020\u2021][ \t]*+")


def _a_marks_note(raw: str, a: int) -> bool:
    """Whether the item at ``a`` is the note a mark opens a line with, in lowercase: "* connected
    online" under a list whose "Peru*" it explains."""
    line = raw.rfind("\n", 0, a) + 1
    return raw[a:a + 1].islower() and _NOTES_MARK.fullmatch(raw, line, a) is not None


def _its_home(body: Mention | None, item: Mention | None) -> bool:
    """Whether ``item`` is the registry parent of the ``body`` listed just before it: "James Martin
    Center for Nonproliferation Studies (CNS), Middlebury Institute of International Studies"."""
    return body is not None and item is not None and _parent(body.key) == item.key


_SUPERSCRIPT_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079*\u2020\u2021"


def _less_a_note_marker(raw: str, a: int, b: int) -> tuple[int, int]:
    """Item ``[a, b)`` less a footnote's marker glued to its end ("… Centre (VERTIC)³")."""
    k = b
    while k > a + 1 and raw[k - 1] in _SUPERSCRIPT_MARKS:
        k -= 1
    return a, k


_ROLE_NOTE = patterns.compile(
    r"[ \t\n]*+\(\p{Ll}[^()\n]{0,40}\)$"
    r"|(?<=\p{L}|\))[ \t]*+,[ \t\n]++(?:as[ \t]++)?(?:the[ \t]++)?(?:co-?)?(?:host|organi[sz]er|convener)"
    r"(?:[ \t]++(?:body|institution))?$")
"""A note on what an item did, in brackets and in lowercase or after a comma: "VERTIC (co-organizer)",
"(observer)", "Landkreis Harburg (District of Harburg), host", "… (TMA Shujaabad), as host"."""


_A_DASHED_GLOSS = patterns.compile(
    r"(?<=\(\p{Lu}[\p{L}\d&/\-]{1,11}\))[ \t]*+(?:[\u2013\u2014]|-(?=[ \t]))[ \t\n]++[^;()\n]{1,80}+$")
"""What a dash adds after a body's acronym, saying what the body is: "… de Colombia (ANDI) –
Chemical Industry Chamber"."""


_A_BRACKETED_UNIT = patterns.compile(
    r"[ \t\n]*+\((?:Faculty|Department|Dept\.|School|Division|Section|Unit|Chair)[ \t\n]++(?:of|for)[ \t\n][^()\n]{1,60}\)$")
"""A unit of the body before it, in brackets: "Alpen-Adria-Universität Klagenfurt (Department of Public Law)"."""


_HOSTED_BY_OPENING = patterns.compile(r"(?:and[ \t\n]++)?(?:co-?)?hosted[ \t\n]++by[ \t\n]++(?:the[ \t\n]++)?")
_THE_HOSTS_PREMISES = patterns.compile(r"[ \t\n]++(?:at|in)[ \t\n]++(?:its|their|the)?\b")
"""Where a host's name ends in its item: "Sonatrach at its training centre in Skikda"."""


_A_REGIONS_KIND = r"(?:Prefecture|Province|State|Region|County|Oblast)"
_ITS_REGION_AFTER = patterns.compile(
    rf",[ \t\n]++\p{{Lu}}[\p{{L}}\-]*+(?:[ ](?!{_A_REGIONS_KIND}\b)\p{{Lu}}[\p{{L}}\-]*+)?+"
    rf"[ \t\n]++{_A_REGIONS_KIND}\s*+$")
"""The region a host town's government is in, after it: "Fujiyoshida City, Yamanashi Prefecture"."""
_A_TOWN_AS_A_BODY = patterns.compile(r"[ ](?:City|Town|Municipality|County)[ \t]*+$")
"""A host named as its town with the word for its government: "Takasago City" (not "hosted by Vienna")."""


def _the_host_of(raw: str, a: int, b: int) -> tuple[int, int]:
    """A header item's host body, after its "hosted by the" and before the premises it lends ("…; hosted by the
    Town of Ełk", "hosted by Sonatrach at its training centre") or the region it is in ("hosted by Fujiyoshida
    City, Yamanashi Prefecture"): the host organizes with the others. Any other item as it is."""
    m = _HOSTED_BY_OPENING.match(raw, a, b)
    if m is None or m.end() >= b:
        return a, b
    premises = _THE_HOSTS_PREMISES.search(raw, m.end(), b)
    end = premises.start() if premises is not None else b
    region = _ITS_REGION_AFTER.search(raw, m.end(), end)
    return m.end(), region.start() if region is not None else end


_A_GLOSS_OF_ITS_PLACE = patterns.compile(
    r"[ \t\n]*+\((?:the[ \t\n]++)?(?:District|County|Municipality|City|Town|Province|Region|Prefecture|Governorate)"
    r"[ \t\n]++of[ \t\n]++(?P<place>\p{Lu}[\p{L}\-]++)\)$")
"""A local government's name put into English in brackets after it: "Landkreis Harburg (District of Harburg)"."""


def _less_a_gloss(raw: str, a: int, b: int) -> tuple[int, int]:
    """Item ``[a, b)`` less an English gloss of its place's government ("Landkreis Harburg (District of
    Harburg)"): the gloss names the place the name holds."""
    gloss = _A_GLOSS_OF_ITS_PLACE.search(raw, a, b)
    if gloss is None or gloss.start() <= a:
        return a, b
    place = gloss["place"]
    return (a, gloss.start()) if regex.search(rf"\b{regex.escape(place)}\b", raw[a:gloss.start()]) else (a, b)


def _less_a_role_note(raw: str, a: int, b: int) -> tuple[int, int]:
    """Item ``[a, b)`` less a bracketed note on its role that ends it, a unit of it in brackets, or a
    dash's gloss after its acronym, then less a gloss of its name: the body is "VERTIC", not "VERTIC
    (co-organizer)", the university, not "… (Faculty of Law)", and "Landkreis Harburg", not "… (District
    of Harburg), host"; an acronym in brackets ("(SIPRI)") stays."""
    note = _ROLE_NOTE.search(raw, a, b) or _A_BRACKETED_UNIT.search(raw, a, b) or _A_DASHED_GLOSS.search(raw, a, b)
    a, b = (a, note.start()) if note is not None and note.start() > a else (a, b)
    return _less_a_gloss(raw, a, b) if raw.endswith(")", a, b) else (a, b)


def _less_a_city_after(raw: str, a: int, b: int, place: Mention | None) -> tuple[int, int]:
    """Item ``[a, b)`` less the ", Pretoria" (``place``, ending the item) that says where its body
    is (in a list semicolons divide)."""
    if place is not None and a < place.start:
        k = place.start
        while k > a and raw[k - 1] in " \t\r\n":
            k -= 1
        if k > a + 1 and raw[k - 1] == ",":
            return a, k - 1
    return a, b


_A_BRACKETED_PLACE = patterns.compile(r"[ \t\n]*+\((?P<place>[^()\n]{1,40})\)$")
_THE_PLACES_REST = patterns.compile(r"(?:,[ \t]*+(?:D\.[ ]?C\.|\p{Lu}[\p{L}\-]*+(?:[ ]\p{L}[\p{L}\-]*+){0,3}))?[ \t]*+")


def _less_a_bracketed_place(raw: str, a: int, b: int, starting: dict[int, Mention]) -> tuple[int, int]:
    """Item ``[a, b)`` less the bracket at its end that says where its body is: "The Stimson Center
    (Washington, D.C.)", "ISS (Pretoria, South Africa)": a city first, perhaps its State or district after it."""
    m = _A_BRACKETED_PLACE.search(raw, a, b) if raw[b - 1:b] == ")" else None
    if m is None or m.start() == a:
        return a, b
    place = starting.get(m.start("place"))
    if place is None or place.kind != "city" or place.text.isupper() \
            or not _THE_PLACES_REST.fullmatch(raw, place.end, m.end("place")):  # "(KITA)": an acronym, not Kita
        return a, b
    return a, m.start()


_UNIVERSITY = patterns.compile(r"(?i)\b(?:university|college|universit[éeà]|universidad[e]?|hochschule)\b")
_UNIT_HEADS = r"Centre|Center|Department|School|Faculty|Laboratory|Programme|Program"
_UNIT_FIRST = patterns.compile(rf"(?:{_UNIT_HEADS}|Institute)[ \t\n]++(?:for|of|on)[ \t\n]")


def _a_universitys_unit(raw: str, before: tuple[int, int], item: tuple[int, int]) -> bool:
    """Whether ``item`` is a unit of the university named just before it, after a comma ("King's
    College London, Centre for Science and Security Studies"): the university is the body."""
    return raw[before[1]:item[0]].strip() == "," and bool(_UNIVERSITY.search(raw, *before)) \
        and bool(_UNIT_FIRST.match(raw, item[0], item[1]))


def _the_units_university(raw: str, before: tuple[int, int], item: tuple[int, int]) -> bool:
    """Whether ``item`` is the university whose unit is named just before it, after a comma
    ("Center for International Trade and Security (CITS), University of Georgia"): the unit is the body."""
    return raw[before[1]:item[0]].strip() == "," and bool(_A_UNIT_FIRST.match(raw, before[0], before[1])) \
        and _A_UNIVERSITY_ALONE.fullmatch(raw, item[0], item[1]) is not None


_A_UNIT_FIRST = patterns.compile(rf"(?:{_UNIT_HEADS})[ \t\n]++(?:for|of|on)[ \t\n]")
"""A unit's head, not an institute's: "Institute of International Relations Prague (IIR), Masaryk
University" are two bodies."""


_A_UNIVERSITY_ALONE = patterns.compile(
    r"(?:[Tt]he[ \t\n]++)?+(?:University[ \t\n]++of[ \t\n]++\p{Lu}[\p{L}\-'\u2019]*+(?:[ \t\n]++\p{Lu}[\p{L}\-'\u2019]*+){0,3}"
    r"|(?:\p{Lu}[\p{L}\-'\u2019.]*+[ \t\n]++){1,4}University)")
"""A university's name alone: "University of Georgia", "Stanford University"."""


_OFFICE_AFTER_ITS_PLACE = patterns.compile(
    r"[ \t\r\n]++(?i:regional[ \t\r\n]++)?(?i:offices?+|bureaux?+|branch(?:es)?+|chapters?+|liaison[ \t]++offices?+)")
_BETWEEN_PLACES = patterns.compile(r"[ \t\r\n]*+(?:/|,|\band\b|&)[ \t\r\n]*+")


def _places_only(raw: str, a: int, b: int, places: Cover) -> bool:
    """Whether raw ``[a, b)`` is places alone, a slash, a comma or an "and" between: "Pretoria/ Dakar"."""
    pos = a
    for sep in _BETWEEN_PLACES.finditer(raw, a, b):
        if not places.contains(pos, sep.start()):
            return False
        pos = sep.end()
    return places.contains(pos, b)


_A_LOCAL_OFFICE = patterns.compile(r",[ \t\r\n]*+(?P<where>[^,;()]{2,80}?)" +
                                   _OFFICE_AFTER_ITS_PLACE.pattern + r"[ \t]*+$")


def _less_a_local_office(raw: str, a: int, b: int, places: Cover) -> tuple[int, int]:
    """Item ``[a, b)`` less the ", Chihuahua chapter" (", Pretoria/ Dakar offices") that says which
    of its body's offices came (in a list semicolons divide): the body is the item."""
    if raw.find(",", a, b) < 0:
        return a, b
    m = _A_LOCAL_OFFICE.search(raw, a, b)
    if m is None or m.start() <= a:
        return a, b
    where = m.group("where").rstrip()
    if not _places_only(raw, m.start("where"), m.start("where") + len(where), places):
        return a, b
    return a, m.start()


_A_LOCAL_UNIT = patterns.compile(r"[ \t]*+(?:Regional|Zonal|Sub-?regional|Field|Country|Liaison|Branch|Local)"
                                 r"(?:[ \t\n]++(?:Training|Liaison|Coordination))?+[ \t\n]++(?:Institute|Office|Cent(?:re|er)|Unit)[ \t]*+")
"""A body's local unit, with no name of its own: "Regional Training Institute", "Country Office"."""
_A_CAMPUS = patterns.compile(r"[ \t]*+(?:\p{Lu}[\p{L}\p{M}'\u2019\-]*+[ \t]++){1,3}(?i:campus)[ \t]*+")
"""A university's campus, named by its town: "Khorog campus", "Mona Campus"."""


def _an_office_in(raw: str, before: tuple[int, int], item: tuple[int, int], places: Cover) -> bool:
    """Whether ``item`` is the office in a place of the body named just before it, after a comma:
    "Institute for Security Studies (ISS), Dakar office" is the ISS; or a university's campus there
    ("University of Central Asia (UCA), Khorog campus" is the university)."""
    if raw[before[1]:item[0]].strip() != ",":
        return False
    if _A_CAMPUS.fullmatch(raw, item[0], item[1]) and _A_UNIVERSITY_WORD.search(raw, before[0], before[1]):
        return True  # "University of Central Asia (UCA), Khorog campus": a town the gazetteers may lack
    if _A_LOCAL_UNIT.fullmatch(raw, item[0], item[1]):
        return True  # "National Academy of Customs, … (NACIN), Regional Training Institute, Chandigarh"
    office = _OFFICE_AFTER_ITS_PLACE.search(raw, item[0], item[1])
    return office is not None and office.end() == item[1] and _places_only(raw, item[0], office.start(), places)


def _whole_names(items: list[tuple[int, int]], orgs: list[Mention]) -> list[tuple[int, int]]:
    """``items`` with those one body's name runs across made one: "Verification Research, Training
    and Information Centre (VERTIC)" is one item, not three."""
    merged: list[tuple[int, int]] = []
    index = SpanIndex(orgs)
    for a, b in items:
        if merged and any(o.start < merged[-1][1] and a < o.end for o in index.overlapping(merged[-1][1] - 1, a + 1)):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _states_in_prose(ctx: Context) -> list[Mention]:
    """States in sentences that say who took part, and in the footnote such a sentence marks."""
    found: list[Mention] = []
    raw = ctx.raw
    supporters = Cover((f.value.start, f.value.end) for f in ctx.layout.field_values("supporters"))
    for s0, s1 in ctx.cued_sentences(PARTICIPANT_RE):
        if s0 >= ctx.links_start:
            break  # a web page's "Related news": other events' people
        noun = _participant_noun(ctx, s0, s1)
        if noun is None or not _participation_after(ctx, noun.end(), s1):
            continue
        support = _support_spans(ctx, s0, s1)
        if ctx.search(_SIMILAR_EVENT_BEFORE, s0, noun.start()):
            continue  # "A similar seminar for officers from Tajikistan is planned": another event's
        other = ctx.search(_OTHER_EVENT_AFTER, noun.end(), s1)  # "…, which had completed a similar review with …"
        thanks = ctx.search(_THANKS, s0, s1)  # "The organizers thank the Government of Norway": a donor, a host
        if thanks is not None and (ctx.search(_TOOK_PART_VERB, thanks.end(), s1) or _thanked_for_taking_part(ctx, thanks, s1)):
            thanks = None  # a preamble's "NOTING WITH APPRECIATION the conference … attended by delegations of …"
        cited = ctx.search(_CITED, noun.end(), s1)  # "… Poland, cited the industry outreach of the German BAFA"
        end = min(other.start() if other else s1, thanks.start() if thanks else s1, cited.start() if cited else s1)
        bodies = Cover((o.start, o.end) for o in ctx.mentions.within("orgs", s0, s1)
                       if o.org_kind in _PARTICIPANT_ORG_KINDS or o.org_kind in _CIVIL_SOCIETY_KINDS)
        absent = _absent_clause(ctx, s0, s1)
        examples = _examples_of_countries(ctx, s0, s1)
        listed = [m for m in ctx.mentions.within("states", noun.start(), end)
                  if not absent[0] <= m.start < absent[1]
                  if not examples[0] <= m.start < examples[1]
                  if not ctx.in_dateline(m.start, m.end)
                  and not supporters.contains(m.start, m.end)  # "Funded by: the Government of Canada"
                  and not bodies.contains(m.start, m.end)  # "the Australia Group",
                  # not "the Vietnam Agency for Radiation and Nuclear Safety": a national body, its State
                  and not any(a <= m.start < b for a, b in support)
                  and not _IN_BEFORE.search(raw[max(s0, m.start - 8):m.start])
                  and not _country_of_a_place(ctx, m, s0)
                  and not _a_bodys_address(ctx, m)
                  and not _COMPOUND_AFTER.match(raw, m.end, m.end + 30)
                  and not _OFFERS_TO_HOST_AFTER.match(raw, m.end, m.end + 40)  # bounded: a later "host" is not looked for
                  and not _FUNDS_AFTER.match(raw, m.end, m.end + _FUNDS_REACH)
                  and not _NOT_TAKING_PART_BEFORE.search(raw, max(s0, m.start - 160), m.start)]
        found += listed
        # "two observers from the Australian Federal Police": that body's State
        found += [state for o in ctx.mentions.within("orgs", noun.start(), end)
                  if not absent[0] <= o.start < absent[1] and not any(a <= o.start < b for a, b in support)
                  and not supporters.contains(o.start, o.end) and not ctx.mentions.within("states", o.start, o.end)
                  and (state := _its_state(o)) is not None]  # (a body that names its State: that State is listed)
        marker = _NOTE_MARKER.search(raw[s0:s1])
        if marker:
            found += _footnote_states(ctx, marker.group("m"))
    found += [m for sentence, listed in _lists_after(ctx, EVENT_FOR_BEFORE, ("for",), ("states",)) for m in listed
              if sentence not in new_event_sentences(ctx)]  # not "A further session for Nauru … is planned"
    found += [m for m in _lists_taking_part(ctx) if m.kind == "state"]
    found += [m for m in _lists_after_taking_part(ctx) if m.kind == "state"]
    found += [state for m in _lists_taking_part(ctx) + _lists_after_taking_part(ctx)
              if (state := _its_state(m)) is not None]
    found += _people_by_adjective(ctx)
    found += _people_of_a_states_possessive(ctx)
    # not after a page's links or a post's comments (a commenter's "a course for Sudan too?")
    return sorted((m for m in found if m.start < ctx.links_start), key=lambda m: m.start)


_FUNDS_AFTER = patterns.compile(
    r"(?:[ \t\n]*+,)?[ \t\n]++(?:(?:also|generously|kindly|has|had|have|will)[ \t\n]++){0,2}+"
    r"(?:(?:funded|financed|sponsored)(?![ \t\n]++(?:by|through|from|under)\b)|paid[ \t\n]++for|is[ \t\n]++paying|"
    r"pays[ \t\n]++for|funds[ \t\n]++the|"
    r"provided[ \t\n]++(?:the[ \t\n]++)?(?:funding|financing|funds|financial[ \t\n]++support))\b")
_FUNDS_REACH = 48
"""After a State, that it paid ("The Government of Japan funded the course", "The sponsor, the Government
of Canada, is paying through the WCO"): a donor, not one who took part, though "Government" is a
participant's noun."""
_CITED = patterns.compile(r"(?i)\b(?:cited|quoted|praised|mentioned|referred[ \t\n]++to|pointed[ \t\n]++to|"
                          r"took[ \t\n]++note[ \t\n]++of|(?:the|an)[ \t\n]++example[ \t\n]++of|"
                          r"(?:learned|learnt|heard)[ \t\n]++about[ \t\n]++(?:the[ \t\n]++)?experiences?[ \t\n]++of|"
                          r"case[ \t\n]++stud(?:y|ies),?[ \t\n]++(?:of|on|from|including)|"
                          r"approach(?:es)?[ \t\n]++(?:taken|adopted|followed)[ \t\n]++(?:by|in))\b")
"""What people who took part said of others: those named after it are cited, not present
("Participants took note of … the example of Kenya", "Delegations also learned about the experience
of Mexico", "walked participants through case studies, including the approaches taken by Japan")."""
_EXAMPLES_OF_COUNTRIES = cue_words(patterns.compile(
    r"(?i)\b(?:countries|states|nations)\b[^.;:()\n]{0,40}?[,\s]\s*+(?:among[ \t]+them|such[ \t]+as|for[ \t]+example|"
    r"for[ \t]+instance|e\.g\.|like)\b"), "countries states nations")
_PEOPLE_OF_BEFORE = patterns.compile(
    r"(?i)\b(?:officials?|delegations?|delegates?|participants?|representatives?|experts?|officers?|diplomats?|researchers?|"
    r"scientists?|academics?|specialists?|practitioners?|regulators?|trainees?)[ \t\n]++(?:from|of)"
    r"[ \t\n]++(?:[\w\-]++[ \t\n]++){0,4}?$")  # "officials from around ten French-speaking African countries"
_EXAMPLES_REACH = 120


def _examples_of_countries(ctx: Context, s0: int, s1: int) -> tuple[int, int]:
    """The span of the States a sentence gives as examples of countries it speaks of, not of those
    who took part: "Only a handful of countries in the region, among them Argentina, Brazil and
    Chile, have comprehensive control lists" (not "officials from eight countries, among them …").
    (0, 0) when there is none."""
    m = ctx.search(_EXAMPLES_OF_COUNTRIES, s0, s1)
    if m is None or _PEOPLE_OF_BEFORE.search(ctx.raw, max(s0, m.start() - 60), m.start()):
        return 0, 0
    return m.end(), min(s1, m.end() + _EXAMPLES_REACH)


def _participation_after(ctx: Context, start: int, end: int) -> bool:
    """Whether a :data:`PARTICIPATE_VERB` follows a participant noun in raw ``[start, end)``, not
    the "of" of a body's name ("our legislative team undertook a visit to Mbabane … with the
    Eswatini Ministry of Foreign Affairs": the team is the writer's own)."""
    names: Cover | None = None  # built at the first "of"
    for verb in PARTICIPATE_VERB.finditer(ctx.raw, start, end):
        if verb.group().lower() != "of":
            return True
        if names is None:
            names = Cover((o.start, o.end) for o in ctx.mentions.within("orgs", start, end))
        if not names.contains(*verb.span()):
            return True
    return False


def _its_state(body: Mention) -> Mention | None:
    """The State of a government body that takes part ("The Ministry of Trade of the Republic of
    Türkiye will take part online"), on the body's words; None for any other mention."""
    entry = state_by_code(body.code) if body.kind == "org" and body.org_kind == "government" and body.code else None
    if entry is None:
        return None
    return Mention("state", entry.code, body.start, body.end, body.text, entry.name, code=entry.code)


_COMPOUND_AFTER = patterns.compile(
    r"-(?:[ \t]+(?:and|or)\b|(?i:related|based|led|specific|funded|sponsored|focused|cent(?:red|ered)|flagged|origin|bound)\b)")
"""After a State that is half of a compound adjective: "the DPRK- and Iran-related resolutions"."""
_OFFERS_TO_HOST_AFTER = patterns.compile(
    r"[ \t\n]++(?:ha[sd][ \t\n]++)?(?:also[ \t\n]++)?(?:offered|proposed|volunteered)[ \t\n]++to[ \t\n]++host\b")
"""After a State that offers to host what comes next: "…; Guyana has offered to host a follow-up
meeting in Georgetown" names the next meeting's host, not one who took part in this one."""
_ADDRESS_BEFORE = patterns.compile(r"[ \t\n]*+\([ \t]*+\p{Lu}[\p{L}\-'\u2019. ]{1,30},[ \t]*+")
_ADDRESS_AFTER = patterns.compile(r"[ \t]*+\)")
_STATE_ALONE_BEFORE = patterns.compile(r"[ \t\n]*+\([ \t]*+")
"""A State alone in brackets after an international or civil-society body is its seat, not who came:
"King's College London (Great Britain)". A government body's State, "Customs Service (Kenya)", is."""


def _a_bodys_address(ctx: Context, m: Mention) -> bool:
    """Whether State ``m`` ends the address in brackets after a body's name: "RACVIAC - Centre for
    Security Cooperation (Rakitje, Croatia)", "King's College London (Great Britain)" (where the body
    sits, not who took part)."""
    if not _ADDRESS_AFTER.match(ctx.raw, m.end, m.end + 20):  # bounded: `regex` looks for ")" to the end else
        return False
    open_at = ctx.raw.rfind("(", max(0, m.start - 40), m.start)
    if open_at < 0:
        return False
    body_end = _before_the_spaces(ctx.raw, open_at)
    if _ADDRESS_BEFORE.fullmatch(ctx.raw, body_end, m.start):
        return any(o.end == body_end for o in ctx.mentions.within("orgs", max(0, body_end - 200), body_end))
    return bool(_STATE_ALONE_BEFORE.fullmatch(ctx.raw, body_end, m.start)) and any(
        o.end == body_end and o.org_kind in _PERSON_BODY_KINDS
        for o in ctx.mentions.within("orgs", max(0, body_end - 200), body_end))


_IN_A_PLACE_BEFORE = patterns.compile(
    r"\b(?i:in|at)\s++(?:the\s++)?(?P<place>\p{Lu}[\p{L}\-'\u2019]*+(?:[ ]\p{Lu}[\p{L}\-'\u2019]*+){0,3})[ \t]*+,[ \t\n]*+$")


def _country_of_a_place(ctx: Context, m: Mention, s0: int) -> bool:
    """Whether State ``m`` names the country of a place the sentence puts something in: "held in
    Nadi, Fiji" (Fiji is where, not who). Not after a State ("in Armenia, Georgia"): a list."""
    before = _IN_A_PLACE_BEFORE.search(ctx.raw, max(s0, m.start - 50), m.start)
    return before is not None and not ctx.mentions.within("states", before.start("place"), before.end("place"))


_CLAUSE_BREAK = patterns.compile(r"[,;:]|\b(?:while|whereas|but)\b")


_INVITED_BUT = patterns.compile(r"(?i)\b(?:was|were|had\s+been)\s+(?:also\s+)?invited\b[^.;]{0,60}?\bbut\s*+")
"""Who "was invited … but" did not come: the subject, however far before (an appositive between)."""
_SUBJECT_BREAK = patterns.compile(r";|\(|\b(?:while|whereas)\b|,\s*(?:and|but)\b|(?<=\p{Ll}\p{Ll})\.\s")
"""Where the clause of the one "invited … but" starts at the latest: after a semicolon, a bracket, "while", ", and",
or a stop the sentence splitter did not end the sentence at ("… and Sao Tome and Principe, full stop. / Chad had
been invited, …", a dictation), not an abbreviation's ("U.N.")."""


_NO_SUBJECT = patterns.compile(r"(?i)\s*+(?:(?:which|who)\s++)?(?:(?:has|have|had|was|were|is|are|been|also|then|later|eventually|finally|"
                               r"unfortunately|however|since)\s++)*+")
"""Before a clause's "did not come" words, nothing that could be its subject: only its auxiliaries,
perhaps after a relative pronoun ("… by the Government of Japan, which was not represented")."""


def _absent_clause(ctx: Context, s0: int, s1: int) -> tuple[int, int]:
    """The clause of sentence ``[s0, s1)`` that says someone did not come ("The delegation of Yemen
    sent its apologies", "…, while Azerbaijan could not attend"); (s1, s1) when none does."""
    neg = ctx.search(_DID_NOT_COME, s0, s1)
    if neg is None:
        return s1, s1
    invited = ctx.search(_INVITED_BUT, s0, neg.start())
    if invited is not None and invited.end() >= neg.start() - 1:
        # "Venezuela, which left …, was invited as a guest but did not attend": back to the subject
        start = max((m.end() for m in _SUBJECT_BREAK.finditer(ctx.raw, s0, invited.start())), default=s0)
    else:
        start = max((m.end() for m in _CLAUSE_BREAK.finditer(ctx.raw, s0, neg.start())), default=s0)
        if _NO_SUBJECT.fullmatch(ctx.raw, start, neg.start()):
            # no subject of its own: "The delegation of Malawi, equally invited …, did not manage", "the
            # delegation of Bulgaria, announced in our note of 25 September, has cancelled its participation"
            start = max((m.end() for m in _SUBJECT_BREAK.finditer(ctx.raw, s0, start - 1)), default=s0)
    after = _CLAUSE_BREAK.search(ctx.raw, neg.end(), s1)
    return start, after.start() if after else s1


def _said_not_to_come(ctx: Context) -> set[str]:
    """The States a clause of their own says did not come ("Azerbaijan was invited but will not be
    sending a delegation", "Australia was not represented at the seminar"), in a sentence about no
    other event: their code."""
    codes: set[str] = set()
    for s0, s1 in ctx.cued_sentences(_DID_NOT_COME):
        if not ctx.mentions.within("states", s0, s1) or ctx.search(_DID_NOT_COME, s0, s1) is None \
                or ctx.search(OTHER_EVENT_RE, s0, s1) is not None:
            continue  # a sentence with no State; "Brazil did not attend the previous workshop"
        pos = s0
        for _ in range(_CLAUSES_SAID):  # "Brunei … was not coming, …, although no one from the UK was attending"
            start, end = _absent_clause(ctx, pos, s1)
            neg = ctx.search(_DID_NOT_COME, start, end)
            if neg is None:
                break
            pos = neg.end()
            state = _the_one_that_did_not_come(ctx, s0, start, neg)
            if state is not None:
                codes.add(state.key)
    return codes


_CLAUSES_SAID = 4
"""How many clauses of a sentence that say someone did not come are read."""


def _the_one_that_did_not_come(ctx: Context, s0: int, start: int, neg: regex.Match[str]) -> Mention | None:
    """The State that the clause from ``start`` to ``neg`` (its words that say so) says did not come:
    the nearest before them, or the one after "no persons from"; before a "they", the sentence's."""
    if neg.group().lower().endswith("from"):  # "No persons from Brazil attended."
        after = next(ctx.mentions.after("states", neg.end()), None)
        return after if after is not None and _JUST_SPACE.fullmatch(ctx.raw, neg.end(), after.start) else None
    named = ctx.mentions.within("states", start, neg.start())
    if not named and _THEY_BEFORE.search(ctx.raw, max(start, neg.start() - 16), neg.start()):
        named = ctx.mentions.within("states", s0, start)  # "Mexico was mentioned … but only … - they are NOT attending"
    if not named or neg.start() - named[-1].end > _SUBJECT_REACH:
        return None
    if _A_MODAL.match(neg.group()) and not _TO_COME.match(ctx.raw, neg.end(), neg.end() + 40):
        return None  # not "Thailand and Viet Nam could not follow the presentations"
    line = ctx.raw.rfind("\n", named[-1].end, neg.start())
    if line >= 0 and ctx.raw[line:neg.start()].strip():
        return None  # not "Viet Nam" over "~~Cambodia~~ -> declined"
    if ctx.search(ONLINE_RE, named[-1].end, min(neg.end() + 60, len(ctx.raw))):
        return None  # "Niger, whose colleagues are following the course online because they could not travel"
    return named[-1]  # the nearest: "Moldova (link sent …)" over "Croatia sent regrets" is Croatia


_THEY_BEFORE = patterns.compile(r"(?i)\b(?:they|it)[ \t\n]++$")


_JUST_SPACE = patterns.compile(r"[ \t\n]*+")
_SUBJECT_REACH = 100
"""How far before the words that say so a State may be the one that did not come."""
_A_MODAL = patterns.compile(r"(?i)(?:did|could|can|will|won|didn|couldn|was|were|not)\b")
_TO_COME = patterns.compile(r"(?i)[ \t\n]++(?:to[ \t\n]++)?(?:\w++[ \t\n]++){0,2}?(?:attend|come|travel|connect|participate|"
                            r"take[ \t\n]++part|join|make[ \t\n]++it|be[ \t\n]++(?:present|represented)|send|sending|"
                            r"arrive|get[ \t\n]++in|show[ \t\n]++up|turn[ \t\n]++up)")
"""After "did not", "could not", "was unable": a verb of coming ("could not attend", "will not be sending a
delegation"), not of anything else ("could not follow the presentations")."""


def _participant_noun(ctx: Context, s0: int, s1: int) -> regex.Match[str] | None:
    """The sentence's first :data:`PARTICIPANT_RE` noun that is not a word of a State's name
    ("the United States", "Micronesia (Federated States of)")."""
    noun = ctx.search(PARTICIPANT_RE, s0, s1)
    if noun is None:
        return None
    names = Cover((m.start, m.end) for m in ctx.mentions.within("states", s0, s1))
    while noun is not None and names.contains(*noun.span()):
        noun = PARTICIPANT_RE.search(ctx.raw, noun.end(), s1)
    return noun


_ADJECTIVE_GAP = patterns.compile(r",?[ \t\n]+and[ \t\n]+(?:an?[ \t\n]+)?|,[ \t\n]*+")
_PEOPLE_NOUNS = (
    r"(?:officials?|experts?|delegations?|delegates?|authorities|participants?|"
    r"officers?|representatives?|counterparts?|trainees?|practitioners?|colleagues?|peers|specialists?|teams?|"
    r"regulators?|diplomats?|instructors?|trainers?|lawmakers?|parliamentarians?|prosecutors?|investigators?|judges?|"
    r"(?:civil|public)\s+servants?|inspectors?|guards?|coastguards?|police|gendarmes?|sailors|crews?|researchers?|"
    r"analysts?|scientists?|engineers?|personnel|staff|observers?|hosts|speakers?|presenters?|panell?ists?|"
    r"presentations?)\b")
_PEOPLE_AFTER = patterns.compile(rf"(?i)(?:[ \t\n]+[\w\-]+){{0,3}}?[ \t\n]+{_PEOPLE_NOUNS}")
_PEOPLE_NEXT = patterns.compile(rf"(?i)[ \t\n]+{_PEOPLE_NOUNS}")
"""After States' adjectives, the people they qualify: "Kuwaiti, Omani and Emirati customs and border
officials", "Kenyan and Ugandan officers", "a Lebanese delegate", "our Philippine and Vietnamese
colleagues", "a Chilean and a Colombian police officer", or what they gave: "The Philippine presentation
on …" (not "no Afghan participant connected": :data:`_NONE_BEFORE`)."""
_MINISTRIES_OR_SERVICES_AFTER = patterns.compile(
    r"(?i)(?:[ \t\n]+[\w\-]+){0,2}?[ \t\n]+(?:ministr(?:y|ies)|nav(?:y|ies)|arm(?:y|ies)|coast[ \t\n]+guards?|customs"
    r"|police|border[ \t\n]+(?:guards?|police|force|service)|air[ \t\n]+forces?|armed[ \t\n]+forces|national[ \t\n]+guard"
    r"|gendarmerie|(?:diplomatic[ \t\n]+|permanent[ \t\n]+)?missions?|embass(?:y|ies))\b")
"""Around States' adjectives, the people of their ministries and services: "officials of the Bolivian,
Honduran and Paraguayan foreign ministries", "Participants from the Mexican Navy, … and the Honduran
Navy" (not "The Norwegian foreign ministry paid for the programme")."""
_PEOPLE_OF_A_LIST_BEFORE = patterns.compile(
    r"\b(?i:officials?|delegations?|delegates?|participants?|representatives?|experts?|officers?)[ \t\n]++(?i:from|of)"
    r"[ \t\n]++(?:(?:the|and|of|for|\p{Lu}[\p{L}'\u2019\-]*+)[ \t\n,]*+){1,14}?$")
"""People from a list of bodies of Title-Case names, up to an adjective's: "Participants from the Mexican Navy,
Panama's National Aeronaval Service and the" (Honduran Navy)."""
_LIST_REACH = 150
_A_COMPOUNDS_SECOND = patterns.compile(r"\p{L}[\-\u2010\u2011\u2013\u2014/]$")
"""Before an adjective, another joined to it: "the Tajik–Afghan border speaker" qualifies a border, not people
(but "a joint Kenyan–Ugandan team" is people: the noun comes next)."""
_NONE_BEFORE = patterns.compile(r"(?i)\b(?:no|not[ \t\n]+(?:an?|one)|neither|nor|without)[ \t\n]+$")
"""Before States' adjectives, words that say none came: "no Afghan participant connected"."""
_PEOPLE_DASH_BEFORE = patterns.compile(
    r"(?i)\b(?:officials|experts|delegations|delegates|participants|officers|representatives|trainees|"
    r"practitioners)[ \t\n]*+[\u2013\u2014\-][ \t\n]*+$")
_DASH_AFTER = patterns.compile(r"[ \t\n]*+[\u2013\u2014\-,]")
"""Adjectives set off by dashes after the people they qualify: "border officers – Djiboutian,
Ethiopian, … and Ugandan – completed"."""


def _people_by_adjective(ctx: Context) -> list[Mention]:
    """The States whose people take part, named by adjective: "Kuwaiti, Bahraini and Emirati
    officials". Each comes as a State mention on its adjective; not after "the next exercise"
    ("recommended that the next exercise include the Turkish customs authorities"), not inside
    support clauses, nor in a clause that says they did not come ("our Ugandan counterparts regret
    that they cannot join")."""
    found: list[Mention] = []
    run: list[Mention] = []
    for d in ctx.mentions.demonyms + [None]:  # type: ignore[list-item]
        if d is not None and run and _ADJECTIVE_GAP.fullmatch(ctx.raw, run[-1].end, d.start):
            run.append(d)
            continue
        if run:
            s0, s1 = ctx.sentence(run[0].start)
            qualified = _PEOPLE_AFTER.match(ctx.raw, run[-1].end, s1) or (
                _PEOPLE_DASH_BEFORE.search(ctx.raw, max(s0, run[0].start - 40), run[0].start)
                and _DASH_AFTER.match(ctx.raw, run[-1].end, s1)) or (
                _MINISTRIES_OR_SERVICES_AFTER.match(ctx.raw, run[-1].end, s1)
                and (_PEOPLE_OF_BEFORE.search(ctx.raw, max(s0, run[0].start - 40), run[0].start)
                     or _PEOPLE_OF_A_LIST_BEFORE.search(ctx.raw, max(s0, run[0].start - _LIST_REACH), run[0].start)))
            if qualified and (not _A_COMPOUNDS_SECOND.search(ctx.raw, max(0, run[0].start - 2), run[0].start)
                              or _PEOPLE_NEXT.match(ctx.raw, run[-1].end, s1)) \
                    and not ctx.in_other_clause(run[0].start, run[-1].end) \
                    and not _NONE_BEFORE.search(ctx.raw, max(s0, run[0].start - 12), run[0].start) \
                    and not ctx.search(_SIMILAR_EVENT_BEFORE, s0, run[0].start):
                support = _support_spans(ctx, s0, s1) + [_absent_clause(ctx, s0, s1), _absent_clause(ctx, run[0].start, s1)]
                # (the second: a negation after an earlier one, "CANCELLED on 27 May: the Gabonese officers cannot fly")
                found += [Mention("state", m.key, m.start, m.end, m.text, m.name, code=m.code) for m in run
                          if not any(a <= m.start < b for a, b in support)]
        run = [d] if d is not None else []
    return found


def _people_of_a_states_possessive(ctx: Context) -> list[Mention]:
    """The States whose people take part, named in the possessive: "Egypt's delegate urged …",
    "Kenya's delegation presented …" (not a minister's welcome: a host speaks, as the venue says)."""
    found: list[Mention] = []
    for m in ctx.mentions.states:
        if m.start >= ctx.links_start:
            break
        if _POSSESSIVE_PEOPLE.match(ctx.raw, m.end, m.end + _POSSESSIVE_REACH) and not ctx.in_other_clause(m.start, m.end):
            found.append(m)
    return found


_POSSESSIVE_PEOPLE = patterns.compile(
    r"['\u2019]s[ \t\n]++(?:[\w\-]++[ \t\n]++){0,2}?(?:delegat(?:es?|ions?)|representatives?|officials|experts|team)\b")
_POSSESSIVE_REACH = 60


_OTHER_EVENT_AFTER = cue_words(patterns.compile(
    r"(?i)\b(?:similar|previous|next|future|upcoming|subsequent|earlier|follow-up|planned|"
    r"had\s+(?:been\s+)?(?:held|hosted|organi[sz]ed|convened|completed|attended))\b"
), "similar previous next future upcoming subsequent earlier follow planned had")
"""After those who took part, the turn to another event: the States named after it are its
("Experts from Belarus, which had completed a similar peer review with Kyrgyzstan and
Tajikistan"; "A similar seminar for officers from Tajikistan is planned")."""


_NOT_TAKING_PART_BEFORE = patterns.compile(
    r"(?i)\b(?:chair(?:man|person|woman)?|vice-chair(?:man|person|woman)?)\b"
    r"(?:(?!\b(?:representatives|delegations|delegates|members|officials)\b)"
    r"(?:[^.;:(),]|,(?=\s*(?:the\s+)?(?-i:\p{Lu}))|\((?:19|20)\d\d\))){0,140}"
    r"\s+of\s+(?:the\s+)?$"
    r"|\bresolutions?\b[^.;:(),]{0,30}\b(?:on|concerning|regarding|relating\s+to)\s+(?:the\s+)?$"
    r"|\b(?:chair(?:man|person|woman)?|ambassador)\b[^.;:()]{0,80}\(\s*+$"
)
"""Just before a State that is a chair's nationality ("led by the Chair, Ambassador … of the
Plurinational State of Bolivia", "Ambassador Dian Triansyah Djani (Indonesia)", "the Chair of the
1540 Committee, the Permanent Representative of the Plurinational State of Bolivia") or a
resolution's subject ("resolutions on the Democratic People's Republic of Korea"): not a participant. Not
when people in the plural come between: "led by its Chair and will include representatives of Denmark"."""
_TOOK_PART_VERB = patterns.compile(r"(?i)\b(?:attended|participated|took\s+part)\b")
"""A verb after a thanks that says who took part: the States it names are listed."""
_THANKS = cue_words(patterns.compile(r"(?i)\b(?:thank(?:s|ed|ing)?|gratitude|grateful|appreciation)\b"),
                    "thank gratitude grateful appreciation")
"""Who is thanked is not thereby taking part: States after it are not listed."""
_SIMILAR_EVENT_BEFORE = cue_words(patterns.compile(
    r"(?i)\b(?:a|an|the)\s+(?:similar|next|previous|future|upcoming|subsequent|follow-up|earlier|prior)\s+"
    r"(?:[\w\-]+\s+){0,3}?"
    rf"(?:{EVENT_NOUNS}|trainings?|visits?|missions?)\b"
), "similar next previous future upcoming subsequent follow earlier prior")
"""Another event as the subject, before those who take part in it."""


def _orgs_in_prose(ctx: Context) -> list[Mention]:
    """The bodies listed after "officials / representatives / experts from …" in prose, outside
    support clauses: "Experts from the IAEA, the OPCW and INTERPOL presented …"."""
    found: list[Mention] = []
    for (s0, s1), listed in _lists_after(ctx, PEOPLE_FROM_BEFORE, ("from", "of", "including", "such as", "namely", "-based"),
                                          ("orgs", "states")):
        bodies = [o for o in listed if o.kind == "org"]
        if bodies:
            support = _support_spans(ctx, s0, s1)
            found += [o for o in bodies if not any(a <= o.start < b for a, b in support)]
    found += [m for m in _lists_taking_part(ctx) if m.kind == "org"]
    found += [m for m in _lists_after_taking_part(ctx) if m.kind == "org"]
    found += _a_bodys_people(ctx)
    found += _people_serving_a_body(ctx)
    found += _thanked_for_contributing(ctx)
    found += _hosts_of_a_delegation(ctx)
    found += _programme_speakers(ctx)
    found += _the_writers_taking_part(ctx)
    found += _bodies_of_people_who_came(ctx)
    return sorted((m for m in found if m.start < ctx.links_start), key=lambda m: m.start)


_BESIDES_THEM = cue_words(patterns.compile(
    r"(?i)\b(?:besides|apart[ \t\n]++from|in[ \t\n]++addition[ \t\n]++to|alongside)[ \t\n]++(?P<them>[^,;.:()]{2,120}),"
    r"[^.;:]{1,240}?\b(?:took[ \t\n]++part|take[ \t\n]++part|participated|attended|were[ \t\n]++(?:also[ \t\n]++)?present)\b"),
    "besides apart addition alongside")
"""Those a sentence says took part as well as the ones it names: "Besides UNREC and ECCAS, INTERPOL,
the World Organisation for Animal Health (WOAH) and experts of the 1540 Committee took part." —
UNREC and ECCAS took part too (organizers among them, as a header's list may name them)."""


_WE_HAD_THEM = cue_words(patterns.compile(
    r"\b(?:[Ww]e|I)[ \t\n]++(?:also[ \t\n]++)?had[ \t\n]++(?P<them>(?:the[ \t\n]++)?[A-Z\u00c0-\u00de][^.;:()!?]{1,240}?)[ \t\n]++"
    r"(?:online|on[ \t\n]++the[ \t\n]++(?:call|line)|in[ \t\n]++the[ \t\n]++room|present|connected|with[ \t\n]++us)\b"
    r"(?:,?[ \t\n]++(?:plus|and|as[ \t\n]++well[ \t\n]++as|along[ \t\n]++with)[ \t\n]++(?P<more>[^.;:()!?]{1,200}))?"),
    "had")
"""A host's "We had Fiji, Palau, Samoa, Tonga and Vanuatu online, plus UNODA, OCO and both 1540
Committee experts": those it names (and those after "plus") took part."""


def _we_had_them(ctx: Context) -> list[Mention]:
    """The States and bodies of :data:`_WE_HAD_THEM`'s lists, but those of a clause "with … hosting"
    in them (they host)."""
    if "e had " not in ctx.raw and "I had " not in ctx.raw and "also had " not in ctx.raw:
        return []  # a cheap gate: "had" is a common word, "we had" a rare one
    found: list[Mention] = []
    for s0, s1 in ctx.cued_sentences(_WE_HAD_THEM):
        m = _WE_HAD_THEM.search(ctx.raw, s0, s1)
        if m is None or ctx.search(_DID_NOT_COME, m.start(), m.end("them")):
            continue
        for group in ("them", "more"):
            if m.group(group) is not None:
                end = m.end(group)
                hosting = _WITH_THEM_HOSTING.search(ctx.raw, m.start(group), end)
                end = hosting.start() if hosting is not None else end  # "…, with VERTIC and us hosting": they host
                found += ctx.mentions.within("orgs", m.start(group), end) + ctx.mentions.within("states", m.start(group), end)
    return found


_WITH_THEM_HOSTING = patterns.compile(r",[ \t\n]++with[ \t\n]++[^,]{1,80}?[ \t\n](?:co-?)?(?:hosting|organi[sz]ing|convening)\b")
"""A list's last clause that names its hosts: "…, with VERTIC and us hosting"."""


_THE_ORGANIZERS = patterns.compile(
    r"(?i)[ \t\n]*+(?:the[ \t\n]++)?(?:(?:two|three|four|both)[ \t\n]++)?(?:organi[sz]ing[ \t\n]++(?:bodies|"
    r"organi[sz]ations|partners|institutions)|(?:co-?)?organi[sz]ers|co-?hosts|hosts)[ \t\n]*+")
"""Those a sentence names as the organizers: "Besides the two organising bodies, the SADC Secretariat,
the OPCW and two experts of the 1540 Committee attended" counts them among those who took part."""


def _besides_them(ctx: Context, organizers: list[Organization]) -> list[Mention]:
    """Those :data:`_BESIDES_THEM` names; the ``organizers`` when it names them by their role."""
    found: list[Mention] = []
    for s0, s1 in ctx.cued_sentences(_BESIDES_THEM):
        m = _BESIDES_THEM.search(ctx.raw, s0, s1)
        if m is None or ctx.search(_DID_NOT_COME, s0, s1):
            continue
        if _THE_ORGANIZERS.fullmatch(ctx.raw, *m.span("them")):
            found += [x for o in organizers for x in ctx.mentions.within("orgs", *o.span) if (x.start, x.end) == o.span]
        else:
            found += ctx.mentions.within("orgs", *m.span("them")) + ctx.mentions.within("states", *m.span("them"))
    return found


_CAPTION = patterns.compile(
    r"(?m)^[ \t]*+\[(?P<role>(?i:(?:(?:deputy|vice|assistant|senior|chief|lead)[ \-])?(?:experts?|directors?|researchers?|"
    r"ministers?|vice-ministers?|representatives?|officers?|officials?|heads?|chiefs?|chairs?|chairpersons?|"
    r"professors?|ambassadors?|coordinators?|specialists?|advisers?|advisors?|analysts?|fellows?|trainers?|"
    r"instructors?|spokespersons?|secretary|moderators?))(?:[ \t][^,\]\n]{0,40})?),[ \t\n]*+(?P<body>[^\[\]]{2,160})\][ \t]*+$")
"""A video's caption of who speaks, alone on its line: "[Director, UNLIREC]", "[Expert, Group of Experts
/ of the 1540 Committee]"."""


def _captioned_speakers(ctx: Context) -> list[Mention]:
    """The bodies of the speakers a video's captions name ("[Researcher, Escuela Superior Politécnica
    del Litoral – ESPOL]"): those who speak at the event take part in it."""
    if "[" not in ctx.raw or "]" not in ctx.raw:
        return []
    found: list[Mention] = []
    for line in _A_LINE_OPENING_A_BRACKET.finditer(ctx.raw):
        m = _CAPTION.match(ctx.raw, line.start())
        if m is not None:
            found += ctx.mentions.within("orgs", *m.span("body"))
    return found


_A_LINE_OPENING_A_BRACKET = patterns.compile(r"(?m)^[ \t]*+\[")


_CHAT_LINE = patterns.compile(
    r"(?m)^[ \t]*+\[?(?:\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*+[AaPp][Mm])?)\]?[ \t]++From[ \t]++(?P<who>[^\n]{1,120}?)"
    r"[ \t]++to[ \t]++(?:Everyone|All|everyone|all|Host|host|Me|me|[^\n:]{1,40}?\((?:[Pp]rivately|[Dd]irect(?:[ \t]Message)?)\))"
    r"[ \t]*+:")
"""A video call's saved chat line: "09:52:40 From Aigerim (Kazakhstan - MFA) to Everyone:"."""
_CHAT_LINES_NEEDED = 3


def _chat_senders(ctx: Context) -> list[Mention]:
    """The States and bodies in the names of those who write in a video call's saved chat ("From
    Timur K. - Kyrgyzstan to Everyone:", "From IAEA - Division of Nuclear Security - Rahul to
    Everyone:"): those who write in the event's chat take part in it. Only in a saved chat (three
    such lines at least); a sender's State alone stands for its delegation."""
    if " to Everyone" not in ctx.raw and " to everyone" not in ctx.raw:
        return []
    lines = list(_CHAT_LINE.finditer(ctx.raw))
    if len(lines) < _CHAT_LINES_NEEDED:
        return []
    found: list[Mention] = []
    for line in lines:
        found += ctx.mentions.within("states", *line.span("who")) + ctx.mentions.within("orgs", *line.span("who"))
    return sorted(found, key=lambda m: m.start)


_SUB_LABEL_WORDS = ("organisations", "organizations", "civil society", "ios", "ngos", "csos", "international")
_COLON_NEXT = re.compile(r"[ \t]*+:")


def _sub_label_words(lowered: str) -> list[tuple[int, int]]:
    """Where a sub-label's last word and its colon stand in the lowered note: found by ``str.find``
    from the words (a pattern scan of the note cost 1 % of the parse)."""
    found = []
    for word in _SUB_LABEL_WORDS:
        for at in offsets(lowered, word):
            colon = _COLON_NEXT.match(lowered, at + len(word))
            if colon is not None and (len(word) > 4 or at == 0 or not lowered[at - 1].isalnum()):
                found.append((at, colon.end()))
    return sorted(found)


_SUB_LABEL_OPENS = patterns.compile(
    r"(?i)[\s*\-\u2022]*+(?:(?:and|also|the)[ \t]++)?(?:(?:academia|industry)[ \t]*+/[ \t]*+)?"
    r"(?:(?:international|regional|intergovernmental)(?:[ \t]++and[ \t]++regional)?"
    r"[ \t]++)?(?:organi[sz]ations|civil[ \t]++society|IOs|NGOs|CSOs|international)[ \t]*+:")
"""A sentence of prose that opens as a participants' sub-label: "International organisations: the
African Union Commission, the EAC Secretariat, UNODA …", "Civil society: VERTIC and the ISS", a
note's bullet "- IOs: EU (…), UNIDIR (Geneva, 2 pers.)", "- Academia / civil society: …", a checklist's
bullet "- International: SADC Secretariat, …" under "- Delegations: …"."""


def _sub_labelled_in_prose(ctx: Context) -> list[Mention]:
    """The bodies a sentence lists under a participants' sub-label, in a paragraph that has just
    said who took part: "… the States taking part were Burundi, …, Uganda. International
    organisations: the African Union Commission, the EAC Secretariat, UNODA and the experts of the
    1540 Committee. Civil society: VERTIC and the Institute for Security Studies." Header fields
    are read as fields."""
    lowered = ctx.lowered
    if lowered is None:
        return []
    found: list[Mention] = []
    fields = Cover((f.label.start, f.value.end) for f in ctx.layout.fields)
    for at, end in _sub_label_words(lowered):
        s0, s1 = ctx.sentence(at)
        label = _SUB_LABEL_OPENS.match(ctx.raw, s0, s1)
        if label is None or label.end() != end or fields.contains(at, at + 1):
            continue
        paragraph = max(ctx.raw.rfind("\n\n", 0, s0), s0 - _SAID_WHO_TOOK_PART_REACH)
        if not _SAID_WHO_TOOK_PART.search(ctx.raw, max(0, paragraph), s0):
            continue
        found += _without_glosses(ctx.raw, ctx.mentions.within("orgs", label.end(), s1), s1)  # "EU (European
        # Commission, DG TRADE, Brussels)": the EU
    return found


_SAID_WHO_TOOK_PART_REACH = 400
"""How far before a sub-labelled sentence its paragraph may say who took part."""
_SAID_WHO_TOOK_PART = patterns.compile(
    r"(?i)\b(?:participa\w*+|attend\w*+|(?:took|taking|take|takes)[ \t\n]++part|represented|present|delegations)\b")


_A_PERSON_OF_BEFORE = patterns.compile(
    r"(?i)\b(?:an?|the|one|two|its)[ \t]++(?:senior[ \t]++)?(?:researchers?|experts?|officials?|analysts?|officers?|"
    r"representatives?|fellows?|specialists?|scientists?)[ \t]++(?:at|of|from|with)[ \t]++(?:the[ \t]++)?"
    r"(?:\p{Lu}\p{L}*+(?:[ \-]\p{Lu}\p{L}*+)?-based[ \t]++)?$")
_WHO_CAME_AFTER = patterns.compile(r"(?:[ \t]*+\([^()\n]{1,20}\))?,?[ \t]++who[ \t]++(?:also[ \t]++)?"
                                   r"(?:attended|took[ \t]++part|participated|joined)\b")


def _bodies_of_people_who_came(ctx: Context) -> list[Mention]:
    """The body of a person a story describes as someone who came: "…, a researcher at the
    Pretoria-based Institute for Security Studies, who attended the meeting"."""
    lowered = ctx.lowered
    if lowered is not None and not any(w in lowered for w in (" who attended", " who took part", " who participated",
                                                               " who also", " who joined")):
        return []
    return [m for m in ctx.mentions.orgs if m.org_kind != "government"
            and _WHO_CAME_AFTER.match(ctx.raw, m.end, m.end + 60)
            and _A_PERSON_OF_BEFORE.search(ctx.raw, max(0, m.start - 60), m.start)]


_THANKS_TO_BEFORE = patterns.compile(
    r"(?ir)\b(?:thanks|thank[ \t\n]++you|grateful|gratitude)[ \t\n]++to[ \t\n]++"
    r"(?:(?:our|the)[ \t\n]++(?:colleagues|partners|friends)[ \t\n]++(?:from|at|of)[ \t\n]++)?(?:the[ \t\n]++)?$")
"""Thanks before a list, searched backwards from it: "Thanks to the ", "Huge thanks to our colleagues from the "."""
_FOR_CONTRIBUTING = patterns.compile(
    r"(?i)\bfor[ \t\n]++(?:(?:their|its|the)[ \t\n]++(?:(?:valuable|active|expert|many)[ \t\n]++)?"
    r"(?:contributions?|participation|presentations?|expertise|inputs?|insights|interventions|case[ \t\n]++studies"
    r"|lectures|talks|briefings)\b"
    r"|joining[ \t\n]++(?:us[ \t\n]++)?as[ \t\n]++(?:resource[ \t\n]++persons|speakers|trainers|experts|panell?ists)\b"
    r"|taking[ \t\n]++part\b|participating\b)")
"""What the thanks are for, when it is taking part: "for their contributions", "for joining as resource persons",
"for the case studies"."""
_FUNDING = patterns.compile(r"(?i)\b(?:fund|financ|sponsor|donat)\w*+")
"""Thanks for money, which are a donor's: "for funding this work"."""


_FOR_TAKING_PART = patterns.compile(
    r"(?i)\bfor[ \t\n]++(?:their|its)[ \t\n]++(?:(?:constructive|active|valuable|full)[ \t\n]++)?(?:engagement|participation)\b"
    r"|\bfor[ \t\n]++(?:such|the|their|its|so[ \t\n]++many)[ \t\n]++(?:[\w\-]++[ \t\n]++){0,3}?"
    r"(?:discussions|exchanges|debates|insights|presentations)\b"
    r"|\b(?:delegations|delegates|participants)[ \t\n]++who[ \t\n]++(?:travell?ed|came|joined|attended|took[ \t\n]++part)\b")
"""Thanks for being there, which a State's people may earn ("for their constructive engagement", "for such
frank and generous discussions", "I thank the delegations who travelled … to be with us: from Fiji, …"):
not "for its contribution", which may be money."""


def _thanked_for_taking_part(ctx: Context, thanks: regex.Match, end: int) -> bool:
    """Whether the thanks at ``thanks`` are for taking part, not money, by ``end``: "the appreciation
    of the Government … to the members of the Committee delegation, representatives of Denmark, … for
    their constructive engagement"."""
    taking_part = ctx.search(_FOR_TAKING_PART, thanks.end(), end)
    return taking_part is not None and ctx.search(_FUNDING, thanks.end(), taking_part.start()) is None


def _thanked_for_contributing(ctx: Context) -> list[Mention]:
    """The bodies a post thanks for what they brought to the event ("Thanks to the @BWC_ISU, the
    @ASEAN Secretariat … for their contributions"; "…, to our colleagues from the IAEA for the
    presentations, …, and to VERTIC, ISS and Makerere University for the case studies"): they took
    part. Not those thanked for funding, nor those whose thanks do not say what they are for."""
    if "thank" not in ctx.raw and "Thank" not in ctx.raw and "grateful" not in ctx.raw and "gratitude" not in ctx.raw:
        return []
    found: list[Mention] = []
    for (s0, s1), listed in _lists_after(ctx, _THANKS_TO_BEFORE, ("to", "to the", "from the", "from"), ("orgs",)):
        named = ctx.mentions.within("orgs", listed[0].start, s1)  # the list, and those thanked after it in turn
        since = s0  # each "for …" is the thanks of the bodies named since the one before it
        while (contributing := ctx.search(_FOR_CONTRIBUTING, since, s1)) is not None:
            if ctx.search(_FUNDING, since, contributing.start()) is None:
                # funding thanked for after it is another's: "…, and to the Australian Government for funding the series"
                found += [m for m in named if m.org_kind != "government" and since <= m.start
                          and m.end <= contributing.start()]
            since = contributing.end()
    return found


_HOSTED_A_DELEGATION_AFTER = patterns.compile(
    r"(?:[ \t]*+\([^()\n]{1,20}\))?[ \t]++(?:hosts|hosted|welcomed|welcomes|received)[ \t]++(?:(?:an?|the)[ \t]++)?"
    r"[^.;,\n]{0,80}?\bdelegations?\b")


def _hosts_of_a_delegation(ctx: Context) -> list[Mention]:
    """A school, institute or other body, not a government, that "hosts" or "welcomed" a visiting
    delegation ("The Norman Paterson School of International Affairs (NPSIA) welcomed a delegation of
    the … 1540 Committee"): one of the places the visit called at, so it took part (it does not
    organize the visit: :data:`_A_DELEGATION_HOSTED`)."""
    if "delegation" not in ctx.raw:
        return []
    return [m for m in ctx.mentions.orgs if m.org_kind != "government" and m.source != "state"
            and _HOSTED_A_DELEGATION_AFTER.match(ctx.raw, m.end) is not None]


_WE_TOOK_PART = patterns.compile(
    r"(?i)\b(?:besides|apart[ \t\n]++from)[ \t\n]++ourselves\b|\b(?:we|the[ \t\n]++undersigned|our[ \t\n]++(?:[\p{L}()\-]++[ \t\n]++){0,6}?"
    r"(?:team|programme|program|experts?|staff|colleagues|delegation|representatives?))[ \t\n]++(?:also[ \t\n]++)?"
    r"(?:took[ \t\n]++part|participated|attended|presented|delivered|facilitated|gave[ \t\n]++(?:a|an|our|the)[ \t\n])")
"""The writers taking part: "Besides ourselves, trainers came from the WCO", "On Day 3 we delivered our
module", "our National Implementation Measures (NIM) Programme took part", "Our team presented", a
back-to-office report's "The undersigned presented on …"."""


def _the_writers_taking_part(ctx: Context) -> list[Mention]:
    """The body a report's masthead names ("INTERPOL – FOR OFFICIAL USE ONLY"), when its writers say
    they took part; nothing in a text with no such masthead."""
    writers = _publisher(ctx)
    if not writers or _WE_TOOK_PART.search(ctx.raw) is None:
        return []
    return writers


_PROGRAMME_LINE = re.compile(r"(?m)^[ \t\u2022*\-]*+(?:\d{1,2}:)?\d{1,2}[:.h]\d\d\b")
"""A line a time opens: a programme's "09:30 Opening – UNODA", a recording's chapters "31:02 One Health – WHO"."""
_SPEAKER_DASH = (" \u2013 ", " \u2014 ", " - ")
_PROGRAMME_LINES = 3


def _programme_speakers(ctx: Context) -> list[Mention]:
    """The bodies that close a programme's timed lines after a dash ("15:30 Where does the Pacific
    stand? – 1540 Committee expert", "31:02 One Health … – World Health Organization"): its speakers.
    Only in a text with three such lines at least."""
    raw = ctx.raw
    lines = [m.start() for m in _PROGRAMME_LINE.finditer(raw)]
    if len(lines) < _PROGRAMME_LINES:
        return []
    found = []
    for start in lines:
        end = raw.find("\n", start)
        end = len(raw) if end < 0 else end
        dash = max(raw.rfind(d, start, end) for d in _SPEAKER_DASH)
        if dash >= 0:
            found += [m for m in ctx.mentions.within("orgs", dash + 3, end) if m.org_kind != "government"]
        for a, b in _SPEAKER_LINES.match(raw, end + 1).spans("line") if end < len(raw) else ():
            if raw.find(",", a, b) >= 0:  # "Laila Mansour, Technical Officer, World Customs Organization (WCO)"
                found += [m for m in ctx.mentions.within("orgs", a, b) if m.org_kind != "government"]
    return found


_SPEAKER_LINES = patterns.compile(r"(?:[ \t]++(?P<line>(?![ \t\u2022*\-]*+(?:\d{1,2}:)?\d{1,2}[:.h]\d\d\b)[^\n]++)\n?){0,4}+")
"""The indented lines under a programme's timed line, which name its speakers: "09:45  Session 1: …" /
"       Karim Benhaddou, Expert, Group of Experts of the 1540 Committee"."""


_BODYS_PEOPLE_AFTER = patterns.compile(
    r"(?:[ \t]*+\([^()\n]{1,20}\))?[ \t]++(?:representatives?|experts?|facilitators?|delegates?|delegation|speakers?|"
    r"trainers?|instructors?|observers?|evaluators?|lecturers?|panell?ists?|moderators?|"
    r"(?:[\p{L}\d\-]++[ \t]++){0,2}?(?i:coordinators?)(?=[^.;\n]{0,60}?\b(?:said|delivered|presented|spoke|briefed|"
    r"noted|stressed|explained|outlined)\b))\b(?![ \t]*+(?:group|mission|report|"
    r"meeting|visit|panel|roster|network|database|list)s?\b)")
"""People a body's name qualifies, as minutes name them: "The OPCW representative said", "the WOAH
facilitator intervened", "The 1540 Committee expert thanked the organizers", "The CARICOM 1540 Regional
Coordinator, who delivered a presentation" (a coordinator when speaking: not "the written contribution of
the CARICOM Regional 1540 Coordinator"; not "an IAEA expert mission")."""
_BODYS_PEOPLE_REACH = 100  # the people, then what a coordinator did


def _a_bodys_people(ctx: Context) -> list[Mention]:
    """The bodies whose people speak in prose (:data:`_BODYS_PEOPLE_AFTER`), outside support
    clauses and sentences about another event; not a body whose own unit the text names."""
    found: list[Mention] = []
    parents: set[str | None] | None = None
    for m in ctx.mentions.orgs:
        if m.org_kind == "government" or _BODYS_PEOPLE_AFTER.match(ctx.raw, m.end, m.end + _BODYS_PEOPLE_REACH) is None \
                or _NONE_OF.search(ctx.raw, max(0, m.start - 12), m.start):
            continue  # "there is no EU speaker": none of its people
        if parents is None:
            parents = {_parent(o.key) for o in ctx.mentions.orgs if o.source == "gazetteer"}
        if m.key in parents:
            continue  # "OAS experts" in a text that names the OAS's CICTE: the experts are the CICTE's
        if _came_to_this_event(ctx, m):
            found.append(m)
    return found


def _came_to_this_event(ctx: Context, m: Mention) -> bool:
    """Whether a body whose people a phrase names came to this event: its sentence is about no other
    event, and the body stands in no support clause and no clause that says it did not come ("The CARICOM
    Regional 1540 Coordinator had been invited … but could not travel")."""
    s = ctx.sentence(m.start)
    absent = _absent_clause(ctx, *s)
    return not (ctx.search(ANOTHER_EVENT_RE, *s) or s in new_event_sentences(ctx)
                or any(a <= m.start < b for a, b in _support_spans(ctx, *s)) or absent[0] <= m.start < absent[1])


_PEOPLE_SERVING_BEFORE = patterns.compile(
    r"(?ri)\b(?:experts?|officials?|officers?|staff|members?|representatives?|advisers?|advisors?|consultants?|specialists?)"
    r"(?:[ \t\n]++(?:from|of|in)[ \t\n]++the[ \t\n]++(?:expert[ \t\n]++)?(?:group|team|panel))?+"
    r"[ \t\n]++(?:supporting|working[ \t\n]++(?:for|with)|serving(?:[ \t\n]++(?:on|with))?|assisting|advising|attached[ \t\n]++to"
    r"|(?:who|that)[ \t\n]++(?:support|advise|serve|assist)s?+(?:[ \t\n]++on)?|(?<=(?P<members>members?)[ \t\n]++)of|of"
    r"|(?<=(?:advis[eo]rs?|consultants?)[ \t\n]++)to)"
    r"[ \t\n]++(?:the[ \t\n]++)?$")
"""People who serve a body, just before its name: "Experts supporting the United Nations Security Council 1540
Committee also took part", "An expert working for the UN Security Council's 1540 Committee explained …", "experts
advising the UN 1540 Committee", "An expert serving on the Group of Experts …", "the two members of the 1540
Committee's Group of Experts who walked us through …", "an expert from the group supporting the UN's 1540
Committee", "an adviser to the UN Security Council committee that oversees resolution 1540"."""
_SERVING = ("supporting", "working", "serving", "assisting", "attached", "advis", "who ", "that ", "members of",
            "experts of", "expert of")


def _people_serving_a_body(ctx: Context) -> list[Mention]:
    """The bodies whose people :data:`_PEOPLE_SERVING_BEFORE` names, outside support clauses, sentences
    about another event and clauses that say they did not come."""
    if not any(w in ctx.raw for w in _SERVING):
        return []  # a cheap gate
    found: list[Mention] = []
    for m in ctx.mentions.orgs:
        serving = _PEOPLE_SERVING_BEFORE.search(ctx.raw, max(0, m.start - 60), m.start) if m.org_kind != "government" else None
        if serving is None or serving.group("members") and not _A_BODY_OF_MEMBERS.search(m.name):
            continue  # "a non-permanent member of the Security Council" is a State
        while (owned := _ITS_OWN.match(ctx.raw, m.end)) is not None:  # "the UN's 1540 Committee": the Committee's people
            unit = next((o for o in ctx.mentions.within("orgs", owned.end(), owned.end() + 120) if o.start == owned.end()), None)
            if unit is None:
                if _AN_UNNAMED_UNIT.match(ctx.raw, m.end):
                    m = None  # "the UN Security Council's committee set up under …": a unit the text does not name
                break
            m = unit
        if m is None:
            continue
        if _came_to_this_event(ctx, m):
            found.append(m)
    return found


_A_BODY_OF_MEMBERS = patterns.compile(r"\b(?:Group|Committee|Panel|Team)\b")
"""A body whose members are people ("the two members of the 1540 Committee's Group of Experts"), not States."""
_AN_UNNAMED_UNIT = patterns.compile(r"['\u2019]s[ \t\n]++\p{Ll}|[ \t\n]++(?:committee|panel|group|team)\b")
_ITS_OWN = patterns.compile(r"(?:['\u2019]s)?[ \t\n]++[\"\u201c]?")
"""Between a body and its own unit named next: "the UN's 1540 Committee", "the United Nations "1540 Committee""."""


_NONE_OF = patterns.compile(r"(?ri)\b(?:no|not[ \t]++an?|without(?:[ \t]++an?)?|nor)[ \t]++(?:the[ \t]++)?$")
"""Before a body whose people a phrase names, that no one of them is there: "there is no EU speaker"."""


def _lists_after_taking_part(ctx: Context) -> list[Mention]:
    """The States and bodies listed after :data:`TAKING_PART_BEFORE_LIST`, outside support clauses."""
    key = ("after taking part",)
    if key not in ctx.memo:
        found: list[Mention] = []
        words = ("were", "was", "also", "society", "included", "by", "of", "together", "present:", "represented:",
                 "attending:", "participating:", "alongside", "part:", "participated:", "from", "did", "with",
                 "porting", "serving", "ions, the", "us:", ": ", "there for", ":\n", "-based ", "behalf of",
                 "represented ", "king for", "king with", "\u2014 ", "\u2013 ", "ions - ", "comprised", "up of", "as is", "as are")  # "porting": "supporting the" is longer than the 14 characters
        # looked at, as "working for the" is; "ions, the": "as did two civil-society organizations, the ISS …";
        # a dash: a roster's "Delegation — Cameroon", "the other delegations - Bangladesh, …"
        for (s0, s1), listed in _lists_after(ctx, TAKING_PART_BEFORE_LIST, words, ("orgs", "states"),
                                             cues=_TAKING_PART_CUES):
            support = _support_spans(ctx, s0, s1)
            found += [m for m in listed if not any(a <= m.start < b for a, b in support)
                      and not (len(listed) == 1 and _cancelled_below(ctx.raw, m.end))]
        ctx.memo[key] = found
    return ctx.memo[key]  # type: ignore[return-value]


_CANCELLED_BELOW = patterns.compile(
    r"\r?\n[ \t\-\u2022\u25aa*]*+(?i:cancell?ed|withdrawn|withdrew|absent|excused|declined|no[ \t\-]show|"
    r"did[ \t]++not[ \t]++(?:attend|come|travel))\b")
"""A roster line's cancellation on the line under it: "Delegation — Gabon   2 persons" over "- CANCELLED on 27 May"."""


def _cancelled_below(raw: str, at: int) -> bool:
    end = _line_end(raw, at)
    return _CANCELLED_BELOW.match(raw, end, end + 60) is not None  # bounded: no scan for its line break ahead


_LIST_INTRO = patterns.compile(r":[ \t*]*+\r?\n")
"""The end of a line that introduces what follows it."""
_COUNTED = ("countries", "states", "delegations")
_COUNT_BEFORE = patterns.compile(r"\b(?i:from|of)[ \t]++(?:\d{1,3}|\p{L}+)[ \t]++(?:[\p{L}\-]+[ \t]++)?$")
_COUNT_AFTER = patterns.compile(r"[ \t*]*+\r?\n")


def _list_intros(ctx: Context) -> list[tuple[int, int]]:
    """``(start, end)`` of each line end that introduces a list below it: a colon, or a count of
    those listed ("• 34 participants from 5 partner countries"), found from its noun (a pattern
    tried at every line end would cost twenty times as much)."""
    raw = ctx.raw
    found = [m.span() for m in _LIST_INTRO.finditer(raw)]
    for word in _COUNTED if ctx.lowered is not None else ():
        for at in offsets(ctx.lowered, word):
            after = _COUNT_AFTER.match(raw, at + len(word))
            if after is not None and _COUNT_BEFORE.search(raw, max(0, at - 40), at):
                found.append((at, after.end()))
    return sorted(found)


_TAKING_PART_INTRO = patterns.compile(
    r"(?i)\b(?:participat\w*|attended|attending|attendees|took\s+part|represented|came\s+from|roll\s+call|"
    r"were\s+present|joined|(?:delegations?|officials|officers|representatives|experts|participants|trainees|delegates)"
    r"\s+(?:of|from)|(?:participants|attendance|trainees|delegates)\s+(?:by|per)\s+(?:country|state|delegation))\b"
)
"""What an introducing line says of those listed below it for them to take part: "Participating
States were:", "The States represented were:", "officials from the following six States:",
"Participants by country:", a chat's "Final roll call, national cells:"."""
_LIST_HEADING = patterns.compile(
    r"(?i)[ \t*#]*+(?:annex(?:\s+[\dIVX]+)?\s*[\-\u2013\u2014:.]?\s*)?(?:list\s+of\s+(?:the\s+)?)?"
    r"(?:(?:confirmed|attending|final)\s+)?(?:participants|participating\s+\w+|attendees|delegations|attendance\s+list"
    r"|(?:speakers|presenters|panell?ists)(?:\s+and\s+resource\s+persons)?|resource\s+persons)\b[^\n:()]{0,40}"
    r"(?:\([^\n()]{0,80}\)[ \t]*+)?\n"
)
"""A heading over a list of those who took part, with no colon: "Annex I – List of participating
delegations", "LIST OF PARTICIPANTS", "Annex — Participating delegations", a training record's
"Participants by country (source: provider final report 07.02.2025)", an events page's "Confirmed
delegations (updated 6 June 2025)" and "Speakers and resource persons", a mail's "ATTENDANCE LIST
(18–20 November 2025)"."""
_LIST_BELOW = patterns.compile(
    r"(?i)\b(?:the\s+)?list\s+of\s+(?:the\s+)?(?:participants|delegations|attendees)\b[^\n.:]{0,40}?"
    r"\b(?:(?:is|are)\s+(?:reproduced|given|provided|set\s+out|shown)\s+)?(?:below|as\s+follows)[ \t]*+[.:]?[ \t]*+\r?\n"
)
"""A sentence ending its line that says the list of those who took part follows: "The list of
participants is reproduced below."."""
_ENDS_A_SENTENCE_ABOVE = patterns.compile(r"[ \t]*+\p{Ll}[\p{Ll}\-]*+[.;]")
"""A line that opens in lower case and ends a sentence there: the end of the line above's ("… was
distributed to" over "participants."), no heading."""
_TABLE_HEAD = 2
"""Lines with no one named that may open a displayed list: a table's column heads, its rule."""
_COLUMN_RULE = re.compile(f"[{VBARS}]|[ \t]*+(?:\\.{{4,}}|\u2026{{2,}})")
"""A table's column rule, "|" or box-drawn "│", or a leader of dots ("Cameroon ....... Mr. Paul
Essomba (Ministry of External Relations)"): only the first column names a participant."""
_ITEM_DEBRIS = patterns.compile(r"[\s\-\u2022\u25e6\u25aa\u00b7*\d.)(,;:\u00b9\u00b2\u00b3\u2070-\u2079]+|\b(?:and|the|of)\b")
_ASIDE = patterns.compile(r"\([^()\n]{0,80}\)")
_ITEM_LEFTOVER_WORDS = 4
"""A line of a displayed list holds its names and at most a few other words (an aside in brackets
not counted: "on Zoom: Moldova (link sent to the MFA in Chisinau)"): a name broken over two lines
of a table ("Saint Vincent and the"), a footnote's note; a sentence holds many."""


def _displayed_lists(ctx: Context) -> list[Mention]:
    """The States and bodies listed line by line (bullets, numbers, the columns of a table) below a
    line that says they took part and ends with a colon: "Participating States were:", "…
    attended by officials from the following States:". The list ends at a blank line or at a line
    that is not a list item; a list of those invited who "did not attend" gives no one."""
    raw = ctx.raw
    found: list[Mention] = []
    fields = Cover((f.label.start, f.value.end) for f in ctx.layout.fields)
    for intro_start, intro_end in _list_intros(ctx):
        line_start = raw.rfind("\n", 0, intro_start) + 1
        if fields.contains(line_start, line_start + 1):
            continue  # a header field's own list is read as the field
        said_from = min(line_start, ctx.sentence(max(line_start, intro_start - 1))[0])  # "Participants came from the / following regions:"
        if not _TAKING_PART_INTRO.search(raw, said_from, intro_start) or \
                ctx.search(_DID_NOT_COME, said_from, intro_start):
            continue
        found += _list_lines(ctx, intro_end)
    roster_end = 0
    for line_start in _heading_candidates(ctx):
        if fields.contains(line_start, _line_end(raw, line_start)):
            continue  # a header field's label ("PARTICIPANTS" over "STATES", …): its lists are read as fields
        heading = _LIST_HEADING.match(raw, line_start) or _LIST_BELOW.search(raw, line_start, _line_end(raw, line_start) + 1)
        if heading is not None and not _ENDS_A_SENTENCE_ABOVE.match(raw, line_start):
            listed = _list_lines(ctx, heading.end())
            found += listed
            if heading.end() >= roster_end:  # a running header's "LIST OF PARTICIPANTS": read once
                roster, roster_end = _roster_lines(ctx, heading.end())
                found += [m for m in roster if m not in listed]
    found += _delegation_columns(ctx) + _csv_delegation_columns(ctx)
    return [m for m in found if m.kind == "state" or not _MARKED_ORGANIZER.match(raw, m.end)]


_COLUMN_HEAD_CUES = ("delegation", "country")
_HEAD_CELL = patterns.compile(r"(?P<cell>[\p{L}#.][\p{L}.#&'()\-]*+(?:[ ]{1,2}(?:/[ ]?)?[\p{L}.#&'()/\-]++)*+)(?:[ \t]{2,}|[ \t]*+$)")
"""A cell of a table's head row set in spaced columns: "Delegation / organization", "Cat."."""
_DELEGATION_HEAD = patterns.compile(
    r"(?i)(?:delegations?|countr(?:y|ies)|states?|member\s+states?)(?:\s*+/\s*+(?:organi[sz]ations?|entit(?:y|ies)|bod(?:y|ies)|"
    r"institutions?|agency|agencies))?")
_PERSON_HEAD = patterns.compile(r"(?i)names?|participants?|delegates?|(?:first|last|family)\s+names?|surnames?")
_BODY_HEAD = patterns.compile(r"(?i)organi[sz]ations?|institutions?|agenc(?:y|ies)|affiliations?|entit(?:y|ies)|employers?")
_TABLE_ENDS = patterns.compile(r"(?i)[ \t]*+(?:totals?|sum|grand\s+total|printed|subtotal)\b")
_CELL_SLACK = 2
"""How far left of its head a cell may start: a name a column's spaces set off by one or two less."""
_HEAD_ROW = 240
"""The longest line read as a table's head row."""


def _delegation_columns(ctx: Context) -> list[Mention]:
    """The States and bodies in a column that heads a table set in spaced columns as the
    delegations' ("Delegation   Participants   Respondents", "Delegation / organization   Rooms   Arr.",
    or "Country / Entity" beside a "Name" column: a badge list, a rooming list, a survey's
    respondents), row by row to a blank line or a total; bodies also from a column of the
    people's organizations. A row that says its delegation cancelled or sent regrets gives no one."""
    lowered = ctx.lowered
    if lowered is None or "  " not in ctx.raw:
        return []
    raw = ctx.raw
    found: list[Mention] = []
    done = -1
    for at in sorted(at for cue in _COLUMN_HEAD_CUES for at in offsets(lowered, cue)):
        if at < done:
            continue
        start = raw.rfind("\n", 0, at) + 1
        end = _line_end(raw, start)
        done = end
        if end - start > _HEAD_ROW or raw.find("  ", start, end) < 0 and raw.find("\t", start, end) < 0:
            continue  # a line of prose that says "country": no row of cells (most hits, without a pattern)
        cells = [(m.start("cell") - start, m.end("cell") - start, m["cell"]) for m in _HEAD_CELL.finditer(raw, start, end)]
        if len(cells) < 2 or sum(c[1] - c[0] for c in cells) + 2 * (len(cells) - 1) > end - start \
                or "".join(c[2] for c in cells).replace(" ", "") != raw[start:end].replace(" ", "").replace("\t", ""):
            continue  # not a row of cells a run of spaces parts
        states_at = _delegations_column([c[2] for c in cells])
        if states_at is None:
            continue
        columns = [(cells[states_at][0] - _CELL_SLACK, cells[states_at + 1][0] if states_at + 1 < len(cells) else None,
                    "state")]
        columns += [(cells[i][0] - _CELL_SLACK, cells[i + 1][0] if i + 1 < len(cells) else None, "body")
                    for i, c in enumerate(cells) if _BODY_HEAD.fullmatch(c[2])]
        rows, done = _rows_of_columns(ctx, end + 1, columns)
        found += rows
    return found


def _delegations_column(heads: list[str]) -> int | None:
    """Which of a table's ``heads`` is its delegations' column: "Delegation", or "Country" beside a
    column of people ("Country" alone may be a country's address); None when none is."""
    at = next((i for i, head in enumerate(heads) if _DELEGATION_HEAD.fullmatch(head)), None)
    if at is None or not ("delegation" in heads[at].lower() or any(_PERSON_HEAD.fullmatch(h) for h in heads)):
        return None
    return at


def _csv_delegation_columns(ctx: Context) -> list[Mention]:
    """:func:`_delegation_columns` for a table exported as comma-separated values ("No,Surname,Given
    name,Institution,Country / Organization,…"): the States and bodies of the delegations' column, and
    bodies of the institutions' one, row by row while the rows have the head's number of cells. A row
    that says its delegate did not attend ("confirmed 20/08 - did not attend any day") gives no one."""
    lowered = ctx.lowered
    if lowered is None or ",country" not in lowered and ",delegation" not in lowered:
        return []
    raw = ctx.raw
    found: list[Mention] = []
    done = -1  # where the last table read ends: a row that says ",Country" again is no head
    for at in sorted(at for cue in (",country", ",delegation") for at in offsets(lowered, cue)):
        if at < done:
            continue
        start = raw.rfind("\n", 0, at) + 1
        end = done = _line_end(raw, start)
        cells = _csv_cells(raw, start, end)
        heads = [raw[a:b].strip(' "') for a, b in cells]
        states_at = _delegations_column(heads) if len(cells) >= 4 else None
        if states_at is None:
            continue
        columns = [states_at] + [i for i, h in enumerate(heads) if _BODY_HEAD.fullmatch(h) and i != states_at]
        rows, done = _csv_rows(ctx, end + 1, len(cells), columns)
        found += rows
    return found


def _csv_rows(ctx: Context, pos: int, width: int, columns: list[int]) -> tuple[list[Mention], int]:
    """The mentions in ``columns`` of the rows from ``pos`` that have ``width`` cells (the first
    column the delegations'), and where those rows end."""
    raw = ctx.raw
    found: list[Mention] = []
    while pos < len(raw):
        end = _line_end(raw, pos)
        row = _csv_cells(raw, pos, end)
        if len(row) != width:
            return found, pos
        if not ctx.search(_DID_NOT_COME, pos, end):
            found += _row_mentions(ctx, [(*row[i], "state" if k == 0 else "body") for k, i in enumerate(columns)])
        pos = end + 1
    return found, len(raw)


def _csv_cells(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a comma-separated line ``raw[start:end]``, a quoted cell's commas its own."""
    cells, pos, quoted = [], start, False
    for i in range(start, end):
        if raw[i] == '"':
            quoted = not quoted
        elif raw[i] == "," and not quoted:
            cells.append((pos, i))
            pos = i + 1
    cells.append((pos, end))
    return cells


def _rows_of_columns(ctx: Context, pos: int, columns: list[tuple[int, int | None, str]]) -> tuple[list[Mention], int]:
    """The mentions each row below a head row holds in ``columns`` (offsets in the line), and
    where the table ends."""
    raw = ctx.raw
    found: list[Mention] = []
    while pos < len(raw):
        end = _line_end(raw, pos)
        if not raw[pos:end].strip() or _TABLE_ENDS.match(raw, pos, end):
            return found, end
        if _COLUMN_RULE_LINE.fullmatch(raw, pos, end):
            pos = end + 1
            continue  # "----  -------------  …": the head's rule
        if not ctx.search(_DID_NOT_COME, pos, end):
            found += _row_mentions(ctx, [(pos + max(0, left), min(pos + right if right is not None else end, end), kind)
                                         for left, right, kind in columns])
        pos = end + 1
    return found, len(raw)


def _row_mentions(ctx: Context, cells: list[tuple[int, int, str]]) -> list[Mention]:
    """The States and bodies a table's row names in its ``cells`` (raw spans, the delegations' ("state")
    first, then the people's organizations' ("body")): a body's column is read only when the
    delegation's names none."""
    row: list[Mention] = []
    for a, b, kind in cells:
        if kind == "body" and any(m.kind == "org" and m.name != _THE_UN for m in row):
            break  # "European Union" beside "European Commission, DG TRADE": the delegation's own column says
        named = ctx.mentions.within("states", a, b) if kind == "state" else []
        row += named + [o for o in ctx.mentions.within("orgs", a, b)
                        if not any(n.start <= o.start and o.end <= n.end for n in named)]
    if any(o.kind == "org" and o.name != _THE_UN for o in row):
        row = [m for m in row if m.name != _THE_UN]  # "United Nations (UNODA)": the body it names
    return row


_THE_UN = "United Nations"
_COLUMN_RULE_LINE = patterns.compile(r"[ \t\-=_+|]++")


_MARKED_ORGANIZER = patterns.compile(r"(?:[ \t]*+\([^()\n]{1,15}\))?[ \t]*+\((?i:co-?)?(?i:organi[sz]er)s?\)")
"""A list's body marked as one who organized: "ECCAS (organizer) ....... Mr. Gervais Nkoulou" is no
participant (a State is: "Georgia (host)", "Equatorial Guinea (organizer)" take part as hosts do)."""


def _answered_taking_part(ctx: Context) -> list[Mention]:
    """The States and bodies an FAQ's answer to "Which delegations have confirmed?" names, less
    those of its sentences that say who will not come ("… regrettably, it will not be able to attend")."""
    found: list[Mention] = []
    for a, b in _answers(ctx, _WHO_TAKES_PART):
        if ctx.search(_DID_NOT_COME, a, b) is None and ctx.search(SUPPORT_RE, a, b) is None:
            orgs = ctx.mentions.within("orgs", a, b)
            found += orgs + [s for s in ctx.mentions.within("states", a, b)  # not "U.S." in "U.S. Customs …"
                             if not any(o.start <= s.start and s.end <= o.end for o in orgs)]
    return found


_ROSTER_END = patterns.compile(
    r"[ \t*#\-\u2022]*+(?:[IVX]{1,4}|\d{1,2}|[A-H])?[.)]?[ \t]*+(?i:secretariat|organi[sz]ers?|organi[sz]ing\s+team|"
    r"apologies|regrets|absent|excused|staff)\b")
"""A heading that ends a roster's delegations: its organizers' staff, those who sent apologies."""
_ROSTER_ITEM = patterns.compile(r"[\s\-\u2022\u25e6\u25aa\u00b7*\d.)(:]*+")
"""What may stand around the one name of a roster's heading line: numbers, bullets, brackets."""


def _roster_lines(ctx: Context, pos: int) -> tuple[list[Mention], int]:
    """The delegations of a list of participants set out as a roster: each State or body alone on
    its line ("FIJI", "International Atomic Energy Agency (IAEA)"), its people on the lines below
    ("Mr. Josefa Tuiloma, Director, Ministry of Foreign Affairs, Suva"). A person's entry gives
    no State (a minister's "Ministry of Foreign Affairs, Suva" is the delegation's), but an
    international or civil society body it names as a field of its own does: a resource person's
    "Ms. Carolina Ibarra, Expert, 1540 Committee Group of Experts, New York". The roster ends at its
    organizers' staff or its apologies (:data:`_ROSTER_END`). Returns the mentions and where the
    roster ends."""
    raw = ctx.raw
    found: list[Mention] = []
    while pos < len(raw):
        line_end = _line_end(raw, pos)
        if _ROSTER_END.match(raw, pos, line_end) or _a_paragraph(raw, pos, line_end):
            break
        if _HONORIFIC.match(raw, pos, line_end):
            entry_end = _entry_end(raw, line_end)
            found += _bodies_of_a_person(ctx, pos, entry_end, {m.key for m in found})
            pos = entry_end + 1
            continue
        named = sorted((m for kind in ("states", "orgs") for m in ctx.mentions.within(kind, pos, line_end)),
                       key=lambda m: (m.start, -m.end))
        if named:
            first = named[0]
            rest = [m for m in named[1:] if not (first.start <= m.start and m.end <= first.end)]
            acronym = rest[0] if len(rest) == 1 and raw[first.end:rest[0].start].strip() == "(" else None
            last = acronym.end if acronym is not None else first.end
            if (len(rest) == 0 or acronym is not None) and _ROSTER_ITEM.fullmatch(raw, pos, first.start) \
                    and _ROSTER_ITEM.fullmatch(raw, last, line_end):
                found.append(first)
        pos = line_end + 1
    return found, pos


_PARAGRAPH_WORDS = 14


def _a_paragraph(raw: str, start: int, end: int) -> bool:
    """Whether the line is prose, not a roster's: a sentence of many words ("We are already preparing
    the workshop for …, and will share the materials with that group."), after which a mail's
    signature names its sender's body, no delegation."""
    line = raw[start:end].rstrip()
    return line.endswith((".", "!", "?")) and len(line.split()) >= _PARAGRAPH_WORDS


_HONORIFIC = patterns.compile(
    r"[ \t\-\u2022*\d.)]*+(?:H\.[ ]?E\.[ \t]+)?(?:Mr|Ms|Mrs|Miss|Mme|Dr|Prof|Sir|Dame|Amb|Ambassador|Col|Gen|"
    r"Lt|Capt|Cdr|Maj|Brig)\b\.?[ \t]+\p{Lu}")
"""The start of a person's entry in a roster: "Mr. ", "H.E. Ms. ", "Dr "."""
_CONTINUED = patterns.compile(r"[ \t]+\S")
_OWN_FIELD_BEFORE = patterns.compile(r"(?r),\s*+(?:the\s+)?$")
_OWN_FIELD_AFTER = patterns.compile(r"(?:\s*\([^()\n]{1,15}\))?\s*(?:[,;]|$)")
_PERSON_BODY_KINDS = frozenset({"international_organization", "un_body", "ngo", "academic"})


def _entry_end(raw: str, line_end: int) -> int:
    """The end of a person's entry whose first line ends at ``line_end``: its indented lines go on."""
    while line_end < len(raw) and _CONTINUED.match(raw, line_end + 1):
        line_end = _line_end(raw, line_end + 1)
    return line_end


def _bodies_of_a_person(ctx: Context, start: int, end: int, listed: set[str]) -> list[Mention]:
    """The international and civil society bodies a person's entry names as a field of its own
    (after a comma, before a comma or the entry's end), not those inside a longer name
    ("Permanent Mission of Tonga to the United Nations"), nor the division of a body the roster
    lists above them ("IAEA … Division of Nuclear Security")."""
    raw = ctx.raw
    return [m for m in ctx.mentions.within("orgs", start, end)
            if m.org_kind in _PERSON_BODY_KINDS and _parent(m.key) not in listed
            and _OWN_FIELD_BEFORE.search(raw, start, m.start) and _OWN_FIELD_AFTER.match(raw, m.end, end)]


def _an_organ(key: str) -> bool:
    """Whether the registry body with this key is one through which its parent acts (see the registry's ``organ``)."""
    try:
        return org_by_id(key).organ
    except KeyError:
        return False


_ITS_ACRONYM_NEXT = patterns.compile(r"[ \t\n]*+\((?P<acronym>[^()\n]{2,15})\)")
"""A body's acronym in brackets right after its name: " (UNODA)"."""


def _by_its_acronym(raw: str, o: Mention) -> bool:
    """Whether a registry body is named by one of its acronyms, alone ("UNODA") or in brackets after its name
    ("United Nations Office for Disarmament Affairs (UNODA)")."""
    try:
        acronyms = org_by_id(o.key).acronyms
    except KeyError:
        return False
    after = _ITS_ACRONYM_NEXT.match(raw, o.end)
    return raw[o.start:o.end] in acronyms or after is not None and after["acronym"] in acronyms


def _known_by_an_acronym(key: str) -> bool:
    """Whether the registry body with this key has an acronym: a body in its own right ("UNODA, United
    Nations Regional Centre for Peace and Disarmament in Africa (UNREC)" lists two), not a mere unit."""
    try:
        return bool(org_by_id(key).acronyms)
    except KeyError:
        return False


def _without_its_departments(raw: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` less a government department named just before one of its programmes or offices,
    a comma between: "U.S. Department of State, Export Control and Related Border Security (EXBS)
    Program" is the programme."""
    return [o for o, after in zip(orgs, [*orgs[1:], None])
            if not (after is not None and o.source == after.source == "gazetteer" and o.org_kind == "government"
                    and _A_COMMA_THEN_ITS_NAME.fullmatch(raw, o.end, after.start) and _an_ancestor(o.key, after.key))]


_A_COMMA_THEN_ITS_NAME = patterns.compile(r",[ \t]++" + _A_PROGRAMMES_NAME)
"""Between a department and its programme: a comma, and the programme's name when the mention is its
acronym in brackets ("…, Export Control and Related Border Security (EXBS)")."""


def _an_ancestor(key: str, of: str) -> bool:
    """Whether the registry body ``key`` holds the body ``of``, at any depth ("United States Department
    of State" holds the EXBS Program, through its bureau and office)."""
    parent, seen = _parent(of), 0
    while parent is not None and seen < 8:
        if parent == key:
            return True
        parent, seen = _parent(parent), seen + 1
    return False


def _a_unit_of(unit: Mention, body: Mention) -> bool:
    """Whether the registry holds ``unit`` under ``body``, within three levels; a phrase by its name
    after the body's acronym ("Conflict Prevention Centre" after the OSCE is the "OSCE Conflict
    Prevention Centre", under the OSCE Secretariat)."""
    key: str | None = unit.key
    if unit.source == "phrase":
        entry = lookup_org(f"{body.acronym} {unit.name}") if body.acronym else None
        key = entry.id if entry is not None else None
    for _ in range(3):
        key = _parent(key) if key is not None else None
        if key == body.key:
            return True
    return False


def _without_its_representatives(raw: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` less a body of the registry's that one before it is "represented by", when it is that
    body's own: "European Union (EU) – represented by the European Commission's DG TAXUD" is the EU."""
    out: list[Mention] = []
    for o in orgs:
        if not any(0 <= raw.find("represented by", x.end, min(o.start, x.end + _REPRESENTED_REACH + 14))
                   and _a_unit_of(o, x) for x in out[-_REPRESENTED_BACK:]):
            out.append(o)
    return out


_REPRESENTED_REACH = 20
"""How far after a body its "represented by" may stand: past its acronym and a dash."""
_REPRESENTED_BACK = 4
"""How many bodies before one its representative may follow: a body and the units it names on the way."""


def _parent(key: str) -> str | None:
    """The registry parent of the body with this key (None for a body the registry lacks)."""
    try:
        return org_by_id(key).parent
    except KeyError:
        return None


def _line_end(raw: str, at: int) -> int:
    nl = raw.find("\n", at)
    return len(raw) if nl < 0 else nl


_HEADING_CUES = cue_literals("participa", "attendees", "delegations", "speakers", "presenters", "panel", "resource persons",
                 "attendance")


def _heading_candidates(ctx: Context) -> list[int]:
    """The starts of the lines holding one of :data:`_LIST_HEADING`'s nouns (``str`` finds them ten
    times faster than a multiline scan of the pattern); every line's when the note cannot be lowered."""
    if ctx.lowered is None:
        return [0] + [at + 1 for at in offsets(ctx.raw, "\n")]
    starts, line_end = [], -1
    for at, _ in ctx.literal_spans(_HEADING_CUES):
        if at > line_end:  # each line once: linear even on one long line
            starts.append(ctx.raw.rfind("\n", 0, at) + 1)
            line_end = _line_end(ctx.raw, at)
    return starts


_MARKDOWN_ROW = patterns.compile(rf"(?P<open>[ \t]*+[{VBARS}]).*[{VBARS}][ \t\r]*+")
"""A Markdown table's row, opened and closed by a rule: "| Colombia | 9 |"."""


def _list_lines(ctx: Context, pos: int) -> list[Mention]:
    """The mentions on the list item lines from ``pos`` on (a blank line may come first). In a
    table ruled with "|", only the first column names ("Algeria   | Mr. Karim Benali | Counsellor",
    a Markdown table's "| Colombia | 9 |"), and a row whose first cell is empty continues the row before."""
    raw = ctx.raw
    found: list[Mention] = []
    started = False
    heads = 0
    while pos < len(raw):
        line_end = _line_end(raw, pos)
        if not raw[pos:line_end].strip():
            part = _part_heading_at(ctx, line_end + 1) if started and found else None
            if started and part is None:
                break
            started = True  # one blank line between the introduction and its list, or a part's heading
            pos = part if part is not None else line_end + 1
            continue
        started = True
        row = _MARKDOWN_ROW.fullmatch(raw, pos, line_end)
        rule = _COLUMN_RULE.search(raw, row.end("open") if row else pos, line_end)
        cell = rule.start() if rule else -1
        if cell >= 0 and not row and not raw[pos:cell].strip():
            pos = line_end + 1  # "          |                  | Affairs": a row's wrapped cells
            continue
        end = cell if cell >= 0 else line_end
        stop = _SENTENCE_END.search(raw, pos, end) if cell < 0 else None
        end = stop.start() + 1 if stop is not None else end  # "… Zambia and Zimbabwe. The Union of Comoros …"
        named = sorted((m for kind in ("states", "orgs") for m in ctx.mentions.within(kind, pos, end + _WRAPPED_NAME)
                        if m.start < end), key=lambda m: m.start)  # a name may wrap: "United Republic of / Tanzania"
        named = [m for i, m in enumerate(named) if not any(o.start <= m.start and m.end <= o.end and o is not m
                                                            for o in named)]  # a State inside a body's name
        if not named and not found and heads < _TABLE_HEAD and len(raw[pos:end].split()) <= 3:
            heads += 1  # "Delegation        Participants", "-----------"
            pos = line_end + 1
            continue
        if not named:
            break
        if ctx.search(_DID_NOT_COME, pos, line_end):
            pos = line_end + 1  # "Libya — (invited; did not attend)", "Yemen | (apologized)"
            continue
        leftover, at = [], pos
        for m in named:
            leftover.append(raw[at:m.start])
            at = max(at, m.end)
        leftover.append(raw[at:end])
        if len(_ITEM_DEBRIS.sub(" ", _ASIDE.sub(" ", " ".join(leftover))).split()) > _ITEM_LEFTOVER_WORDS:
            break
        units = _without_units(raw, [m for m in named if m.kind == "org"], False)  # "IAEA, Division of Nuclear Security"
        found += [m for m in named if m.kind != "org" or m in units]
        if stop is not None:
            break  # the list's sentence ended on this line
        pos = line_end + 1
    return found


_PART_HEADING = patterns.compile(
    r"(?i)[ \t*#\-\u2022]*+(?:[IVX]{1,4}[.)]?[ \t]++|[A-H][.)][ \t]++|\d{1,2}[.)][ \t]++)?"
    r"(?:(?:member\s+|participating\s+|observer\s+)?states|(?:international|regional|intergovernmental)\b[^\n]{0,40}?"
    r"organi[sz]ations|civil\s+society\b[^\n]{0,30}|(?:non-governmental\s+)?organi[sz]ations|industry|academia|observers)"
    r"[ \t]*+:?[ \t]*+\n")
"""The heading of a part of a displayed list, after a blank line: "International and regional
organizations", "Civil society and industry", "B. Observers"."""


def _part_heading_at(ctx: Context, pos: int) -> int | None:
    """Where the first item starts when the line at ``pos`` heads another part of the same list and
    that item names someone on the next line; else None."""
    heading = _PART_HEADING.match(ctx.raw, pos, _line_end(ctx.raw, pos) + 1)
    if heading is None:
        return None
    nxt = heading.end()
    named = any(m.start < _line_end(ctx.raw, nxt) for kind in ("states", "orgs")
                for m in islice(ctx.mentions.after(kind, nxt), 1))
    return nxt if named else None


_SENTENCE_END = patterns.compile(r"(?<=\p{Ll}{3})\.[ \t]++(?=\p{Lu})")
"""A list's sentence ending inside its line, the next one opening: "Zambia and Zimbabwe. The Union of Comoros …"."""
_WRAPPED_NAME = 60
"""How far past its line's end a name listed on it may run: "United Republic of / Tanzania"."""


def _lists_taking_part(ctx: Context) -> list[Mention]:
    """The States and bodies listed as the subject of "took part", "participated",
    "attended" or "joined": the list opens its sentence, or a clause after an "and", and
    ends at the verb ("The CEEAC General Secretariat and UNOCA also took part"; "INTERPOL presented
    on its programme and the IAEA presented on detection"), so "UNODA opened it and Ghana
    participated" gives Ghana, "Officials of UNODA met Ghana" no one."""
    key = ("took part",)
    if key in ctx.memo:
        return ctx.memo[key]  # type: ignore[return-value]
    found: list[Mention] = []
    ctx.memo[key] = found
    done = last_verb = -1
    for verb in ctx.finditer(TOOK_PART_RE, 0, len(ctx.raw)):
        if _WHICH_BEFORE.search(ctx.raw, max(0, verb.start() - 24), verb.start()):
            continue  # "…, INTERPOL and SIPRI, which co-developed the scenario, took part": a gloss's verb
        s0 = _clause_start(ctx.raw, ctx.sentence(verb.start())[0], verb.start())
        starts = [s0] if s0 > done else []  # a list opening the sentence (or clause): its first verb tells
        at = ctx.raw.find(" and ", max(s0, last_verb), verb.start())
        while at >= 0:
            if _party_within(ctx, at + 5, min(verb.start(), at + 65)):
                starts.append(at + 5)
            at = ctx.raw.find(" and ", at + 5, verb.start())
        examples = [m.end() for m in _BODIES_SUCH_AS.finditer(ctx.raw, max(s0, last_verb), verb.start())] \
            if ctx.lowered is None or ctx.lowered.find("organi", max(s0, last_verb), verb.start()) >= 0 else []
        starts += examples  # "…, as well as from international organizations such as the WHO, attended"
        done, last_verb = max(done, s0), verb.end()
        for start in starts:
            opening = _LIST_OPENING.match(ctx.raw, start, verb.start())
            listed = _list_at(ctx, opening.end(), verb.start(), ("states", "orgs"))
            if len(listed) > 1 and listed[-1].kind == "state" and POSSESSIVE.match(ctx.raw, listed[-1].end):
                listed = listed[:-1]  # "SIPRI, Sweden's peace research institute, gave …": an appositive's State
            after = listed[-1].end if listed else 0  # the comma closing a list set off by an opening's comma
            after += ctx.raw.startswith(",", after) and ("," in opening.group() or start in examples)
            if listed and _BEFORE_TOOK_PART.fullmatch(ctx.raw, after, verb.start()):
                found += [m for m in listed if m.kind == "org" or not verb.group("spoke")]
                break
    return found


_BODIES_SUCH_AS = patterns.compile(r"(?i)\b(?:international|regional|intergovernmental)[ \t\n]++(?:and[ \t\n]++regional[ \t\n]++)?"
                                   r"organi[sz]ations,?[ \t\n]++(?:such[ \t\n]++as|including|like|namely)[ \t\n]++")
"""Before the examples of bodies who took part, in a list set off by commas: "…, as well as from international
organizations such as the World Health Organization, attended the workshop"."""


def _party_within(ctx: Context, start: int, end: int) -> bool:
    """Whether a State or body is named in raw ``[start, end)``: a clause that names none lists no one."""
    return any(m.start < end for kind in ("states", "orgs") for m in islice(ctx.mentions.after(kind, start), 1))


def _clause_start(raw: str, s0: int, end: int) -> int:
    """Where the clause before ``end`` begins in a sentence beginning at ``s0``: after its last
    ";", ", and" or ", while" ("…; the OSCE Programme Office in Bishkek attended", "Kenya took part, and
    IGAD sent an observer", "Experts presented a template, while the OCO and the IAEA outlined …")."""
    start = max(s0, raw.rfind(";", s0, end) + 1)
    for joint in (", and ", ", while "):
        at = raw.rfind(joint, s0, end)
        start = max(start, at + len(joint) if at >= 0 else s0)
    return start


def _lists_after(ctx: Context, before: regex.Pattern, words: tuple[str, ...], kinds: tuple[str, ...],
                 cues: tuple[str, ...] = ()) -> Iterator[tuple[tuple[int, int], list[Mention]]]:
    """Each list of mentions of ``kinds`` that ``before`` (a pattern anchored at its end, holding
    one of ``words``, and of ``cues`` when given) leads into, with its sentence. Only mentions with
    one of the words just before them are tried: far fewer than the places the pattern could
    start. The patterns are compiled to search in reverse (``(?r)``): anchored at the window's
    end, the search then starts there, not at each of its 160 characters."""
    raw = ctx.raw
    lowered = ctx.lowered
    taken = -1
    hits = _cue_hits(ctx, cues) if cues else None
    near_word = _any_of(words)
    for m in _in_order(ctx, kinds):
        if m.start < taken:
            continue
        near = m.start
        if raw[near - 2:near] in _TWO_SPACES:  # a list indented deep under its line: its words before the indent
            indent = raw[max(0, near - 40):near]
            near -= len(indent) - len(indent.rstrip(" \t"))
        if lowered is not None:
            if not near_word.search(lowered, max(0, near - 14), m.start):
                continue
        elif not near_word.search(raw[max(0, near - 14):m.start].lower()):
            continue  # the note cannot be lowered as a whole (its length would change)
        if hits is not None:
            i = bisect_left(hits, m.start - 160)
            if i == len(hits) or hits[i] >= m.start:
                continue  # no cue in the window
        window = raw[max(0, m.start - 160):m.start]
        if not before.search(window):
            continue
        sentence = ctx.sentence(m.start)
        listed = _list_at(ctx, m.start, sentence[1], kinds)
        if listed:
            taken = listed[-1].end
            yield sentence, listed


_TWO_SPACES = frozenset(a + b for a in " \t\n" for b in " \t")
"""Two characters before a mention that may end an indent: a space or tab after a space, a tab or a line break."""


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for any of ``words`` (literal): one search instead of a test per word."""
    return re.compile("|".join(re.escape(w) for w in words))


def _in_order(ctx: Context, kinds: tuple[str, ...]) -> list[Mention]:
    """The mentions of ``kinds`` in text order, sorted once per note."""
    key = ("in order", kinds)
    if key not in ctx.memo:
        ctx.memo[key] = sorted((m for kind in kinds for m in getattr(ctx.mentions, kind)), key=lambda m: m.start)
    return ctx.memo[key]  # type: ignore[return-value]


def _cue_hits(ctx: Context, cues: tuple[str, ...]) -> list[int] | None:
    """The sorted offsets of ``cues`` in the lowered note (None when it cannot be lowered)."""
    if ctx.lowered is None:
        return None
    return [at for at, _ in ctx.literal_spans(cues)]


def _list_at(ctx: Context, start: int, end: int, kinds: tuple[str, ...] = ("states",)) -> list[Mention]:
    """The mentions of ``kinds`` listed from raw ``start`` on ("Fiji, Samoa and the Marshall
    Islands"): the first begins there, each next one follows the last after a comma or "and"; a
    word that is none of them ends the list."""
    listed: list[Mention] = []
    article = _ARTICLE_BEFORE.search(ctx.raw, max(0, start - 5), start)
    first = article.start() if article else start  # "The United States": the State's name holds its article
    tail = -1  # where the last item ends, with the body a participle after it names
    for m in heapq.merge(*(ctx.mentions.after(kind, first) for kind in kinds), key=lambda m: (m.start, -m.end)):
        if m.end > end:
            break
        last = listed[-1] if listed else None
        if last is not None and (m.start < tail or _BRACKETED.match(ctx.raw, tail, m.start)
                                 and m.end - m.start <= _BRACKETED_ITEM):
            continue  # a State inside a body's name, or the acronym in brackets after a body's name
        gloss = _A_GLOSS.match(ctx.raw, tail, end) if last is not None and m.start > tail else None
        if gloss is not None and m.start < gloss.end():
            tail = gloss.end()  # "CARICOM IMPACS, that's the Caribbean Community's …, and …": the item's gloss
            continue
        if gloss is not None:
            tail = gloss.end()  # "the WCO, who delivered modules of its programme, the OPCW": a gloss naming no body
        closed = _GLOSS_AFTER.match(ctx.raw, m.end, end) if last is not None and \
            _BRACKETED.match(ctx.raw, tail, m.start) else None
        if closed is not None:
            tail = closed.end()  # "the International Atomic Energy Agency (Division of Nuclear Security) and …": its gloss
            continue
        if last is None and m.start == first:
            listed.append(m)
            tail = m.end
            continue
        gap_start = tail if last is not None else start
        if last is not None and last.kind == "org" and _SERVING_GAP.fullmatch(ctx.raw, gap_start, m.start):
            tail = m.end  # "the Group of Experts supporting the 1540 Committee": still the Group
            continue
        if last is not None and m.key == last.key and m.kind == "state" and not m.text[:1].isalpha() \
                and not ctx.raw[gap_start:m.start].strip():
            tail = m.end  # "Bulgaria 🇧🇬, Georgia 🇬🇪": the item's flag
            continue
        if last is not None and POSSESSIVE.fullmatch(ctx.raw, gap_start, m.start):  # a body the item owns: part of it
            tail = m.end  # "the European Union's CBRN Centres of Excellence, …": still the EU's
            continue
        if last is not None and last.kind == "org" and m.start != gap_start:
            gap_start = _past_its_seat(ctx, gap_start, m.start)  # "(CISTEC), Tokyo, and from the …": the body's city
        if m.start != gap_start and not (last is not None and (
                _LIST_GAP.fullmatch(ctx.raw, gap_start, m.start)
                or ";" in ctx.raw[gap_start:m.start] and _SEMICOLON_GAP.fullmatch(ctx.raw, gap_start, m.start)
                and _ITEM_ENDS.match(ctx.raw, m.end, min(end, m.end + _ITEM_END_REACH)))):
            named = _NAMED_THEN_ITS_ACRONYM.match(ctx.raw, gap_start, end) if last is not None and last.kind == "org" \
                and m.kind == "org" else None
            if named is None:
                break
            acronym = next((a for a in ctx.mentions.after("orgs", named.end()) if a.start == named.end()), None)
            if acronym is None or not ctx.raw.startswith(")", acronym.end):
                break
            listed.append(acronym)  # "the OSCE, the Office of United Nations on drugs and crime (UNODC), …": as its
            tail = acronym.end + 1  # acronym names it, what a translation calls it in between is no list's end
            continue
        listed.append(m)
        tail = m.end
    return listed


_A_COMMA_BEFORE_ITS_SEAT = patterns.compile(r"(?:[ \t]*+\([^()\n]{1,15}\))?[ \t]*+,[ \t\n]*+")


def _past_its_seat(ctx: Context, gap_start: int, end: int) -> int:
    """Where a list's gap goes on after a body's city named after it and a comma ("(CISTEC), Tokyo, and
    from the Stockholm …": the list goes on after "Tokyo"); ``gap_start`` when no city is there."""
    comma = _A_COMMA_BEFORE_ITS_SEAT.match(ctx.raw, gap_start, end)
    if comma is None:
        return gap_start
    city = next((p for p in ctx.mentions.within("places", comma.end(), end) if p.start == comma.end()), None)
    return city.end if city is not None and city.kind == "city" else gap_start


_NAMED_THEN_ITS_ACRONYM = patterns.compile(
    r"(?:[ \t]*+\([^()\n]{1,60}\))?[ \t]*+(?:,[ \t]*+(?:and[ \t]++)?|and[ \t]++)(?:the[ \t]++)?"
    r"\p{Lu}[\p{L}'\u2019\- \t]{2,80}?[ \t]*+\((?=\p{Lu})")
"""A list's next item named in words no registry knows, then in brackets by an acronym it does
know: "(Department on transnational threats), the Office of United Nations on drugs and crime (UNODC)"."""


_PEOPLE_FROM = patterns.compile(
    r"(?i)\b(?:lecturers?|trainers?|instructors?|speakers?|observers?|experts?|officials?|representatives?|staff|"
    r"resource[ \t]++persons?)(?:[ \t]*+/[ \t]*+\w++)?[ \t\n]++from\b")
"""Who came from a body: "Lecturers/observers from the IAEA, …", "Experts from the WCO"."""


def _bodies_whose_people_came(ctx: Context, piece: Piece) -> list[Mention]:
    """The international bodies a sentence in a States' list says its people came from, after the
    States: "… Zambia / Lecturers/observers from the IAEA, the World Customs Organization (WCO) and the
    1540 Committee experts." (not those of a clause that says they did not come)."""
    found: list[Mention] = []
    for cue in _PEOPLE_FROM.finditer(ctx.raw, piece.start, piece.end):
        s1 = min(piece.end, ctx.sentence(cue.start())[1])
        found += [m for m in ctx.mentions.within("orgs", cue.end(), s1) if m.org_kind in _PARTICIPANT_ORG_KINDS
                  and not _a_clause_that_says_they_did_not_come(ctx, m, piece)]
    return found


def _a_clause_that_says_they_did_not_come(ctx: Context, m: Mention, piece: Piece) -> bool:
    """Whether State ``m`` of a participants' field sits in a clause of it that says who did not
    come: a bullet, a sentence, a stretch in brackets or after a semicolon or a "but" ("Fiji,
    Kiribati, Samoa / - FSM and RMI invited, could not attend", "Delegations from Angola, ….
    Eswatini observer did not come.", "Fiji, Samoa and Tonga (Nauru sent regrets)")."""
    s0, s1 = ctx.sentence(m.start)
    s0, s1 = max(piece.start, s0), min(piece.end, s1)
    before = _CLAUSE_OPENS.search(ctx.raw, s0, m.start)
    after = _CLAUSE_CLOSES.search(ctx.raw, m.end, s1)
    if before is not None and after is not None and before.group() == "(" and after.group() == ")" \
            and not ctx.raw[before.end():m.start].strip() and not ctx.raw[m.end:after.start()].strip():
        before = _CLAUSE_OPENS.search(ctx.raw, s0, before.start())  # "the donor (Canada) did not attend": the
        after = _CLAUSE_CLOSES.search(ctx.raw, after.end(), s1)  # State alone in brackets glosses its clause
    if ctx.search(_DID_NOT_COME, before.end() if before else s0, after.start() if after else s1) is not None:
        return True
    for _ in range(_CLAUSES_ON):  # "Venezuela (…), although a member of ACTO, was invited but did not participate":
        if after is None or not (_A_BUT.fullmatch(after.group())  # past an aside, the subject's verbs go on
                                 or after.group() == ";" and _ITS_PRONOUN.match(ctx.raw, after.end())
                                 and not ctx.mentions.within("states", m.end, after.start())):
            return False  # "Angola had been invited; its nominees did not travel": the next clause's "its" is the State's
        nxt = _CLAUSE_CLOSES.search(ctx.raw, after.end(), s1)  # "… was invited but has not confirmed": the same
        end = nxt.start() if nxt is not None else s1  # subject's second verb, when no State opens another clause
        if ctx.mentions.within("states", after.end(), end):
            return False
        if ctx.search(_DID_NOT_COME, after.end(), end) is not None:
            return True
        after = nxt
    return False


_ITS_PRONOUN = patterns.compile(r"[ \t\n]++(?:its|their|it|they)\b")
"""A clause that opens by pointing back at the last one's subject: "; its nominees did not travel"."""
_CLAUSES_ON = 3
"""How many clauses of one subject a participants field's State is followed through."""


_BUT = r",?[ \t\n]++(?:while|but|whereas|although|though)\b"
_A_BUT = patterns.compile(_BUT)
_CLAUSE_MARK = r"[;()]|" + _BUT
_CLAUSE_OPENS = patterns.compile(r"(?r)" + _CLAUSE_MARK)  # searched back from the State
_CLAUSE_CLOSES = patterns.compile(_CLAUSE_MARK)
"""Around a State: the stretch that is its own clause (a bracket's, or between semicolons)."""


_A_STATES_MARK = patterns.compile(r"\*++|\u2020++")
_A_MARKS_NOTE = patterns.compile(r"(?m)^[ \t]*+(?P<mark>\*++|\u2020++)[ \t]*+(?P<note>[^\n]++)")
"""A line a mark opens, its note: "  * Croatia registered but was not able to attend."."""
_MARKS_NOTE_REACH = 2000


def _its_mark_says_it_did_not_come(ctx: Context, m: Mention) -> bool:
    """Whether a State a participants' field marks ("Croatia*") has a note under the field, a line opening with the
    same mark, that says it did not come: "* Croatia registered but was not able to attend."."""
    mark = _A_STATES_MARK.match(ctx.raw, m.end)
    if mark is None:
        return False
    for n in _A_MARKS_NOTE.finditer(ctx.raw, mark.end(), mark.end() + _MARKS_NOTE_REACH):
        if n["mark"] != mark.group():
            continue
        a, b = n.span("note")
        if any(s.key == m.key for s in ctx.mentions.within("states", a, b)):
            return ctx.search(_DID_NOT_COME, a, b) is not None
    return False


def _footnote_states(ctx: Context, marker: str) -> list[Mention]:
    """The States footnote ``marker`` lists, but for one its sentence says did not come ("The
    Democratic Republic of the Congo was invited but did not attend")."""
    superscripts = {"\u00b9": "\u00b9", "\u00b2": "\u00b2", "\u00b3": "\u00b3"}
    wanted = "*" if marker.startswith("*") else superscripts.get(marker, marker)
    out: list[Mention] = []
    for note in ctx.layout.footnotes:
        if note.marker == wanted:
            out += [m for m in ctx.mentions.within("states", note.body.start, note.body.end)
                    if not ctx.search(_DID_NOT_COME, *ctx.sentence(m.start))]
    return out


_DID_NOT_COME = cue_words(patterns.compile(
    r"(?i)\b(?:did\s+not|didn['\u2019]t|could\s+not|couldn['\u2019]t|cannot|can\s+not|can['\u2019]t|will\s+not(?!\s+only)|won['\u2019]t|was\s+unable|"
    r"were\s+unable|not\s+able|absent|declined|cancell?ed|regrets?\s+that|(?:was|were|being)\s+not\s+(?:present|represented)|"
    r"not\s+being\s+(?:present|represented)|"
    r"apologi[sz]ed|(?:sent|presented|conveyed|sent\s+in)\s+(?:(?:its|their|her|his)\s+)?(?:apologies|regrets)|"
    r"sent\s+(?:no(?:\s+one|body)?|none)\b|withdrew|(?:was|were|been)\s+withdrawn|no\s+delegates?\b"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?confirmed|(?:nobody|no[ \t]one|noone)\s+from"
    r"|never\s+(?:arrived|came|attended|connected|got\s+in|joined|showed\s+up|turned\s+up|travell?ed|made\s+it)"
    r"|(?:is|are|was|were)\s+not\s+(?:attending|coming|participating|taking\s+part|travell?ing|joining)"
    r"|no\s+(?:persons?|individuals?|people)\s+from"
    r"|no\s+[A-Z][A-Za-z.]*+\s+(?:officials?|representatives?|delegates?|participants?)\s+attended"
    r"|(?:its|their|the)\s+(?:chairs?|seats?|places?)\s+(?:stayed|remained|were\s+left|was\s+left)\s+empty)\b"),
    "not can won unable able absent declined cancel regret apologi sent didn couldn withdr delegate body one never "
    "person individual people attended empty")
"""Words that say someone did not come: "could not attend", "sent its apologies", "was not present",
"the nomination from Mali was withdrawn", "was invited but has not confirmed", "though no one from Japan was
actually in the room", "registered but never arrived", "No persons from Brazil attended", "no U.S. official
attended the course", "they are NOT attending", "Peru had been invited too, but its chairs stayed empty"."""


def _hosts(ctx: Context, organizers: list[Organization], venue_code: str | None, listed: list[Mention],
           header_list: bool) -> list[Mention]:
    """Host States not already listed: one whose government organizes the event on its own soil
    (or where no venue is known), and — in prose, where no list is authoritative — the venue's
    State when the text names it. Each is a warned inference."""
    codes = [o.country_code for o in organizers if o.kind == "government" and o.country_code
             and (venue_code is None or o.country_code == venue_code)]
    if venue_code and not header_list and not ctx.memo.get(AT_A_BODYS_PREMISES):
        codes.append(venue_code)
    hosts = []
    seen = {m.key for m in listed}
    for code in codes:
        named = next((m for m in ctx.mentions.states if m.key == code), None)
        if named is not None and code not in seen:
            seen.add(code)
            hosts.append(named)
            ctx.warn("host_state", f"{named.name} ({code}) counted as participating: it hosts the event",
                     (named.start, named.end))
    return hosts


def _state(m: Mention) -> State:
    return State(name=m.name, code=m.key, text=m.text, span=(m.start, m.end))
