"""Split a note into its title, header fields, body sections and footnotes — with spans.

Pure and line-based (no spaCy): each line is classified once (blank, page footer, footnote,
header label, heading, bullet, text) after looking past what PDF or markdown conversion leaves
(``**``, ``*``, ``#``, bullets, no-break spaces, CRLF). A small state machine then groups lines:
label lines open header fields and continuation lines extend them; headings open sections whose
items are bullets or paragraphs; footnotes are pulled out wherever a page break dropped them.
Every piece keeps ``[start, end)`` offsets into the text it was given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, NamedTuple, Sequence

import regex

from . import patterns
from .gazetteers import fold
from .mailheaders import BLOCK_LINES, HEADER_LABEL, SUBJECT, in_a_header_block
from .textview import SPACE_CHARS, VBARS, WHITE_SPACE, bracketed_ref


class Piece(NamedTuple):
    """A stretch of the raw text: ``raw[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass
class HeaderField:
    """A labelled header field, e.g. ``Organizers: …``; ``key`` is the canonical label."""

    key: str
    label: Piece
    value: Piece


@dataclass
class SectionBlock:
    """A body section: its heading, canonical key and grounded items (bullets or paragraphs)."""

    key: str
    heading: Piece
    items: list[Piece] = field(default_factory=list)


@dataclass
class FootnoteBlock:
    """A footnote found at line start: ``¹ text``, ``(1) text`` or ``*text``."""

    marker: str
    body: Piece


@dataclass
class Layout:
    """Everything :func:`split_sections` found; ``paragraphs`` are body blocks outside any section."""

    title: Piece | None = None
    fields: list[HeaderField] = field(default_factory=list)
    sections: list[SectionBlock] = field(default_factory=list)
    footnotes: list[FootnoteBlock] = field(default_factory=list)
    paragraphs: list[Piece] = field(default_factory=list)
    front_matter: Piece | None = None
    """A blog export's metadata block ("---\ntitle: …\ndate: …\n---"): the page's, not the event's."""
    numbered_headings: bool = False
    """Whether a known heading after its number made a section ("2.  Background")."""
    label_gaps: list[tuple[int, int]] = field(default_factory=list)
    """Raw spans that a wrapped label's second line puts inside a value ("Organization of American\n
    Organizations:     States"): the cleaned view reads each as one space, and the name as one."""

    def field_values(self, *keys: str) -> list[HeaderField]:
        """The header fields whose key is one of ``keys``, in order."""
        return [f for f in self.fields if f.key in keys]

    @property
    def fields_end(self) -> int:
        """Where the last header field's value ends (0 with no fields): the body's sentences come after."""
        return max((f.value.end for f in self.fields), default=0)

    @property
    def is_information_note(self) -> bool:
        """True when the note has the header block of an Information Note."""
        body = min([p.start for p in self.paragraphs[:1] if not _A_TITLE_BLOCK_ENDING_IN_ITS_NAME.search(p.text)]
                   + [s.items[0].start for s in self.sections[:1] if s.items
                                                             and not _A_TITLE_LINE.fullmatch(s.heading.text)],
                   default=None)  # the header block comes before the prose: a memo's "3.1 Title:" is no header
        # (a committee's name over the note, "… PURSUANT TO / RESOLUTION 1540 (2004)", is no section of prose)
        core = {f.key for f in self.fields if body is None or f.label.start < body} & \
            {"event", "organizers", "dates_venue", "participants"}
        if len(core) >= 3 or "dates_venue" in core and len(core) >= 2:
            return True  # a booking's "Event:" and "Organizer:" alone make no such header
        first_field = min((f.label.start for f in self.fields), default=-1)
        first = [p for i, p in enumerate(self.paragraphs[:2]) if (p.end - p.start <= _TITLE_BLOCK or p.end - p.start <=
                                                              _PADDED_TITLE and _unpadded_length(p.text) <= _TITLE_BLOCK)
                 and (i == 0 or p.end <= first_field)]  # "1540 Committee\nInformation Note¹"; or a committee's
        # name over "Information Note*", both above the fields (its lines pushed right by spaces or not)
        return any(_INFORMATION_NOTE.search(_LETTER_SPACED.sub("", fold(piece.text)))  # the title, or a heading
                   for piece in [self.title, *(s.heading for s in self.sections[:1]), *first] if piece is not None)
        # under a document symbol


_A_TITLE_LINE = patterns.compile(r"(?i)(?:[^\n]{0,80}?\bpursuant[ \t]++to[ \t]++)?resolution[ \t]++\d{3,4}[ \t]*+\(\d{4}\)")
"""A heading that is the committee's name over the note, or its end: "RESOLUTION 1540 (2004)", "COMMITTEE
ESTABLISHED PURSUANT TO RESOLUTION 1540 (2004)" (over an indented "Information Note")."""
_TITLE_BLOCK = 80
"""The longest opening block that may be a title on two lines ("1540 Committee / Information Note")."""
_PADDED_TITLE = 8 * _TITLE_BLOCK
"""The longest such block counted again with its padding taken out."""
_SPACE_RUN = patterns.compile(r"\s++")


def _unpadded_length(text: str) -> int:
    """The length of ``text`` with each run of white space as one: a converter right-aligns a committee's
    name over the note with dozens of spaces ("…  established pursuant to resolution / …  1540 (2004)")."""
    return len(_SPACE_RUN.sub(" ", text.strip()))


_INFORMATION_NOTE = patterns.compile(r"information ?note|nota ?informativa|note ?d.information")
"""The document's name in its title, in English, Spanish or French (folded: no accents, lower case, one
space; none once a title spaced out letter by letter is read whole)."""
_A_TITLE_BLOCK_ENDING_IN_ITS_NAME = patterns.compile(
    r"(?i)\n[ \t*]*+(?:information[ ]note|nota[ ]informativa|note[ ]d.information)[ \t*\d\u00b9\u00b2\u00b3]*+\Z")
"""A paragraph whose last line is the document's name: a committee's name over "Information Note" is a title
block, no prose (its lines too long together to read as a title: "Security Council Committee established pursuant
to resolution 1540 (2004)" / "Information Note", the second pushed right by spaces)."""
_LETTER_SPACED = patterns.compile(r"(?<=(?:^| )\p{L}) (?=\p{L}(?: |$))")
"""The space between two letters of a title spaced out letter by letter: "I N F O R M A T I O N   N O T E"."""


# --- label and heading vocabularies -------------------------------------------------------------

_ORG = r"organi[sz]"
FIELD_LABELS: dict[str, str] = {
    "event": r"(?:title\s+of\s+(?:the\s+)?(?:event|activity)|(?:event|activity)\s+title|(?:event|activity)\s+name"
    r"|name\s+of\s+(?:the\s+)?(?:event|activity)|event|activity|title|meeting"
    r"|evento|actividad|t[\u00edi]tulo(?:\s+del\s+evento)?|[\u00e9e]v[\u00e9e]nement|activit[\u00e9e]|intitul[\u00e9e])",
    "organizers": rf"(?:co-?{_ORG}ers?|{_ORG}ers?(?:\s*\((?:s|hosts?|co-?hosts?|lead|main)\))?|{_ORG}ing\s+(?:bod(?:y|ies)|entit(?:y|ies)|institutions?)"
    rf"|(?:(?:lead|main|implementing)\s+)?partners?|partner\s+{_ORG}ations?|in\s+(?:partnership|co-?operation|collaboration)\s+with"
    rf"|{_ORG}ed\s+by|(?:meeting\s+|event\s+)?hosted\s+by|co-?hosted\s+by|(?:(?:national|local|main)\s+|co-?)?hosts?"
    rf"|convened\s+by|convener|(?:conducted|implemented|delivered|offered|run)\s+by|(?:training\s+|course\s+)?provider"
    r"|(?:co-?)?organizadores?|organizado\s+por|(?:co-?)?organisateurs?|organis[\u00e9e]\s+par)",
    "supporters": r"(?:(?:meeting\s+|event\s+)?supported\s+by|sponsors?|sponsored\s+by|funded\s+by|funding(?:\s+sources?)?"
    r"|sources?\s+of\s+funding|donors?"
    r"|made\s+possible\s+by|(?:with\s+(?:the\s+)?)?(?:generous\s+|kind\s+)?(?:financial\s+)?support\s+(?:of|from)"
    r"|with\s+(?:the\s+)?(?:financial\s+)?(?:support|funding)|financial\s+support|support|supporters?)",
    "dates_venue": r"(?:dates?\s*(?:\(s\))?\s*(?:and|&|\+|/|,)\s*(?:venue|place|location)|(?:venue|place|location)\s*(?:and|&|\+|/|,)\s*dates?"
    r"|fechas?\s+y\s+lugar|lugar\s+y\s+fechas?|dates?\s+et\s+lieu|lieu\s+et\s+dates?"
    r"|when\s*(?:and|&|\+|/)\s*where|where\s*(?:and|&|\+|/)\s*when)",
    "start_date": r"(?:start(?:ing)?\s*date|date\s+from|starts?|begins|from)",
    "end_date": r"(?:end(?:ing)?\s*date|date\s+to|ends?|to|until)",
    "dates": r"(?:(?:event\s+|activity\s+|exercise\s+|workshop\s+|seminar\s+|course\s+|training\s+|meeting\s+|"
    r"conference\s+|webinar\s+|actual\s+|confirmed\s+|revised\s+)?(?:dates?|days)\s*(?:\(s\))?(?:\s+of\s+(?:the\s+)?event)?|when|period"
    r"|fechas?)",
    "venue": r"(?:(?:event\s+)?(?:venue|place|locations?)|where|city|lugar|sede|lieu)",
    "format": r"(?-i:(?=\p{Lu}))(?:(?:event\s+|meeting\s+)?(?:format|modality|mode)|mode\s+of\s+(?:delivery|participation)|delivery)",
    "participants": r"(?:(?:(?:nominated|confirmed|registered|selected)\s+)?participants(?:\s*\([^()\n]{1,60}\)(?=\s*:))?|ptcps?\.?"
    r"|participation|(?:also\s+)?participating|attendees|attendance|observers|who\s+(?:took\s+part|attended|participated)"
    r"|present(?:\s*\((?:in\s+person|on-?line|virtually|remotely|in\s+the\s+room)\))?|participantes)",
    "resource_persons": r"(?:(?:speakers|resource\s+persons|evaluators|facilitators|trainers|instructors|lecturers)(?:\s+from)?)",
    "states": r"(?:(?:(?:participating\s+|member\s+)?states|countries|governments"
    r"|estados(?:\s+participantes)?|pa[\u00edi]ses|[\u00e9e]tats(?:\s+participants)?)"
    r"(?:\s*\([^()\n]{1,60}\)(?=\s*:))?)",
    "organizations": r"(?:(?:international|regional|intergovernmental|participating)(?:\s+and\s+regional|\s*/\s*regional)?\s+"
                     r"(?:{o}ations?|organi-[ \t]*+\r?\n[ \t]*+[sz]ations?)|{o}ations?|ios"  # "International organi-" / "zations:"
                     r"|int(?:ernational|ern|['\u2019]?l)?\.?(?:[ \t]*+/[ \t]*+regional)?[ \t]++(?:orgs?\b\.?|org\.s\b|org['\u2019]s\b|{o}ations?)"
                     r"|(?:(?:un|united\s+nations)\s+(?:system|entities|bodies|agencies)|"
                     r"(?:1540\s+(?:committee|cttee\b\.?)(?:\s*+(?:/|and(?:\s+its)?)\s*+group\s+of\s+experts)?|group\s+of\s+experts)"
                     r"(?:\s+(?:experts?|members?)(?:\s*+/\s*+(?:experts?|members?))?)?"  # "1540 Committee member/expert
                     r"(?:\s+(?:participation|participating|participants?))?)(?=[*\t ]*:|[ \t]*+(?:\.{{3,}}|\u2026))"  # participating:"
                     r"|participation\s+of\s+(?:the\s+)?(?:1540\s+(?:committee|cttee\b\.?)(?:\s*+(?:/|and(?:\s+its)?)\s*+group\s+of\s+experts)?"
                     r"|group\s+of\s+experts|(?:1540\s+)?committee\s+(?:experts?|members?)(?:\s*+/\s*+(?:experts?|members?))?)"
                     r"(?=[*\t ]*+(?::|$|[{v}]))"
                     r"|organizaciones(?:\s+internacionales)?|organismos\s+internacionales|organisations\s+internationales)"
                     r"(?:[ \t]*+\(\d{{1,3}}\)(?=[ \t]*+:))?".format(  # "International orgs (4):"
                         o=_ORG, v=VBARS),
    "civil_society": r"(?:civil\s+society(?:\s+{o}ations?)?|civil\s+soc\b\.?|ngos?|csos?|academia|think[\s-]+tanks?"
                     r"|sociedad\s+civil|soci[\u00e9e]t[\u00e9e]\s+civile)".format(o=_ORG),
    "industry": r"(?:industry|private\s+sector)",
    "others": r"(?:others?)",
    "national": r"(?:national(?:\s+(?:participants|authorities|agencies|institutions|stakeholders|participation))?"
                r"|local\s+(?:governments?|authorit(?:y|ies)))",
}
_THE_COMMITTEES_OWN = patterns.compile(r"(?i)\bcommittee\b|\bgroup\s+of\s+experts\b")
"""An organizations label that is the 1540 Committee's own: a header field of its own, before the Participants'."""
PARTICIPANT_KEYS = ("states", "organizations", "civil_society", "industry", "others", "national")
"""Sub-fields of Participants: on its line, on their own lines, or as their own bullets."""

SECTION_HEADINGS: dict[str, str] = {
    "objectives": r"(?:objectives?|aims?|purposes?|goals?|objetivos?|objectifs?)\b",
    "background": r"(?:background|context|introduction|antecedentes|contexto|contexte)\b",
    "highlights": r"(?:highlights?|(?:main\s+|key\s+)?(?:discussions?|proceedings|points)\b"
    r"|(?:aspectos|puntos)\s+destacados|(?:faits|points)\s+saillants)",
    "summary": r"(?:(?:executive\s+)?summary|overview)\b",
    "outcomes": r"(?:(?:main\s+|key\s+)?(?:outcomes?|results?|conclusions?|recommendations?|achievements?|findings))\b",
    "follow_up": r"(?:follow[\s-]*ups?|next\s+steps|way\s+forward|next(?!(?-i:[ \t]++(?:week|month|year|day|time)\b)"
                 r"|[ \t]*+,)|upcoming(?:\s+events)?|looking\s+ahead"
                 r"|save\s+the\s+date|coming\s+up|forthcoming(?:\s+events)?)\b",
    "additional_comments": r"(?:additional\s+(?:comments?|information|remarks?|notes?)|comments?|remarks)\b",
}

_ARTIFACT = r"[\s*#>\u00a0\u200b\"]"
_BULLET = r"(?:[-\u2013\u2022\u25aa\u25cf\u25e6\u00b7\u2023\u2043\u25a0\u25a1\u27a2\u2192\uf0b7]|\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=[ \t])|\[\d{1,2}\]|\(?[a-z][.)]|\*(?=\s)|[A-H]\d(?=[ \t]++\p{Lu}[\p{L} ()/]{1,40}:))"
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"

_VBAR = f"[{VBARS}]"
_TABLE_RULE = rf"{_VBAR}(?=[ \t]*+\**+[ \t]*+\p{{L}}[^{VBARS}\n]*+{_VBAR})"
"""A table's opening rule before a cell that another rule closes: "| **Dates** | …", "│ Where │ …"."""
_LEAD_ITEM = rf"{_ARTIFACT}|{_TABLE_RULE}|{_BULLET}(?=[\s*])"
LEAD_RE = patterns.compile(rf"(?:{_LEAD_ITEM})*+")
"""Bullets, markdown marks and spaces before a line's content (possessive: no backtracking)."""
BULLET_RE = patterns.compile(rf"[\s\u00a0]*+(?:#+\s*+)?\**+\s*+{_BULLET}(?=[\s*])")
_NOT_A_COLUMN_HEAD = (r"(?!(?i:representation|representatives?|names?|roles?|units?|departments?|remarks|contacts?|"
                      r"positions?|titles?|functions?|participants?|delegates?|numbers?|no\.?)[ \t]*+$)")
"""After a label and a tab, not a table's second column head: "\tOrganization\tRepresentation" heads
a table; its rows are no fields."""
_NOT_A_CRUMB = (r"(?!(?:news|events|press(?:[ ]releases?)?|media|announcements|updates|home|blog|articles|stories)"
                r"[ \t]*+$)")
"""After a guillemet, not a web page's breadcrumb ending its line with its site's section: "City › News"."""
FIELD_RE = patterns.compile(
    r"(?P<label>" + "|".join(f"(?P<{k}>{p})" for k, p in FIELD_LABELS.items()) + r")"
    rf"[{_SUPERSCRIPTS}]*+"  # a footnote's marker after the label: "Participants¹   States: …"
    r"(?P<sep>[\s*\"]*+:[\s*\"]*+(?:" + _VBAR + r"[ \t]*+(?=\S))?|[ \t*]*+" + _VBAR + r"[ \t]*+(?=\S|$)|[ \t]*+[\u203a\u00bb\u25b8\u25ba\u2192][ \t]*+" + _NOT_A_CRUMB + r"|\*++\s*+:?[\s*]*+(?=\S)|[ \t]++\*\*++[ \t]*+(?=\S)|[ \t]++\*[ \t]{2,}+(?=\S)|\t[\s*]*+" + _NOT_A_COLUMN_HEAD + r"|[ \t]*+(?:\.{3,}|(?<=\p{L})\.\.(?=\p{L})|(?<=\p{L}[ \t])\.\.(?=[ \t])|(?<=\p{L}[ \t])\.(?:[ \t]\.)*+(?=[ \t])|\u2026)[.\u2026]*+[ \t]*+:?[ \t]*+(?=\S)"
    # "* Event *     Roundtable …": a label a PDF set between stars, its value far to the right
    r"|[ \t]++[\u2013\u2014](?:[ \t]++(?=\S)|[ \t]*+$)|[ \t]++-(?:[ ]{2,}+|\t[ \t]*+|[ \t]*+$)"  # "Event -      Course"
    r"|[ ]--(?:[ ]++(?=\S)|[ \t]*+$)"  # "Event -- Course": a typewriter's dash (not "Civil Society     --", a dash
    # for none)
    r"|\u00a0?\s{2,}(?=\S)|[\s*]*+$)",
    regex.IGNORECASE,
)
_GLOSS = r"\p{L}[\p{L}'\u2019\-]*+(?:[ ]\p{L}[\p{L}'\u2019\-]*+){0,3}+"
GLOSSED_FIELD_RE = patterns.compile(
    rf"(?P<label>(?:{_GLOSS}[ \t]*+/[ \t]*+)?"
    r"(?:" + "|".join(f"(?P<{k}>{p})" for k, p in FIELD_LABELS.items()) + r")"
    rf"(?:[ \t]*+/[ \t]*+{_GLOSS})?)(?P<sep>[\s*\u00a0]*+:[\s*]*+)",
    regex.IGNORECASE,
)
"""A label in two languages, one of them ours: "Lieu et date / Venue and date :", "Organizers /
Organisateurs :". Tried only on a line with a "/" before its colon, and only with the colon."""
HEADING_RE = patterns.compile(
    r"(?:" + "|".join(f"(?P<{k}>{p})" for k, p in SECTION_HEADINGS.items()) + r")", regex.IGNORECASE
)
FOOTNOTE_RE = patterns.compile(
    rf"[ \t\u00a0]*+(?:(?P<marker>[{_SUPERSCRIPTS}]++)|\((?P<marker>\d{{1,2}})\)(?=[ \t]*+\p{{Lu}})"
    rf"|\[(?P<marker>\d{{1,2}})\](?=[ \t]*+\p{{Lu}})|\*(?P<marker>)(?=\p{{Lu}}))"
    r"[ \t\u00a0]*+(?=\S)"
)
FOOTER_RE = patterns.compile(
    r"[\s*]*+(?:page\s++)?(?:-\s*+)?\d{1,4}(?:\s*+(?:of|/)\s*+\d{1,4})?(?:\s*+-)?[\s*]*+"
    r"|[\s*]*+\d{2}-\d{5}\s*+(?:\([A-Z]\))?[\s*]*+",
    regex.IGNORECASE,
)
"""Page numbers ("2", "- 2 -", "Page 2 of 5") and UN job numbers ("12-34567 (E)") on a line alone."""
_TRAIL = WHITE_SPACE + "*"
"""What ends a line's content: ``rstrip`` of these is the regex ``[\\s*\\u00a0]+$``, without a search at every position."""
_RULE_LINE = patterns.compile(rf"[ \t]*+(?:[-_=+{VBARS}\u2500-\u257f][ \t]*+){{3,}}+")
"""A line drawn with rule characters alone: a footnote rule, a table's border or row rule."""
_RULE_STARTS = frozenset("-_=+" + VBARS + "".join(map(chr, range(0x2500, 0x2580))))
_SPACE_STAR = SPACE_CHARS + "*"
"""What :func:`_piece` trims: ``str.isspace()`` characters and stray asterisks."""
_STAR_REF = patterns.compile(r"\*(?<=\w\*)(?=[\s.,;:)]|$)", flags=regex.MULTILINE)
"""A reference star after a word ("Note*"): then "*Text" lines are footnotes. The star comes
first in the pattern so that a search jumps from star to star instead of trying every word character."""
_FOOTER_OR_NOTE_START = "pP-([0123456789"
"""ASCII characters that start a page footer or footnote when LEAD_RE skips nothing: "Page 2", "- 2 -", "(1)", "[1]", "2"."""
_TRAILING_MARKER = patterns.compile(rf"[\s*]*[{_SUPERSCRIPTS}]+[\s*]*$")
"""A footnote marker ending the title ("Information Note¹"); searched only when a superscript ends it."""
_SUPERSCRIPT_SET = frozenset(_SUPERSCRIPTS)
_HEADING_WITH_TEXT = patterns.compile(r"([^:]{1,90}):[\s*]*(?=\S)")
_WORD_FRAGMENT = r"\p{L}[\p{L}'\u2019-]*+"
_WORD = patterns.compile(_WORD_FRAGMENT)
_AT_LEAST_30_WORDS = patterns.compile(rf"(?:\P{{L}}*+{_WORD_FRAGMENT}){{30}}")
"""``word_count(text) >= 30``, but stops at the 30th word (possessive: a failed match cannot backtrack)."""


# --- lines ---------------------------------------------------------------------------------------

@dataclass
class Line:
    """One line: its raw bounds, where its content starts after artifacts, and what kind it is."""

    start: int
    end: int
    cstart: int
    cend: int
    kind: str = "text"
    bullet: bool = False
    field_key: str | None = None
    label: Piece | None = None
    value_start: int = 0
    heading_key: str | None = None
    marker: str | None = None
    note_at: int | None = None
    marked: bool = False
    label_gap: tuple[int, int] | None = None
    """For a line that goes on with the value above it past a wrapped label's second word
    ("Organizations:" under "International"): from the end of the line above to this value."""
    numbered: bool = False
    """A heading after its number ("2.  Background"): one in an Information Note only."""


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line's content, newline characters excluded."""
    pos = 0
    for chunk in text.splitlines(keepends=True):
        stripped = chunk.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        yield pos, pos + len(stripped)
        pos += len(chunk)


_LEAD_STARTS = frozenset(ch for ch in map(chr, range(128)) if regex.match(_LEAD_ITEM, ch, partial=True))
"""The ASCII characters a bullet or mark can begin with (by partial matching: the set follows the
pattern); a line starting with any other ASCII character, a capital most often, skips LEAD_RE."""


@lru_cache(maxsize=4096)
def _may_be_label(head: str) -> bool:
    """Whether a line starting with ``head`` (its first three characters) can start with a label.

    Partial matching says if FIELD_RE could match a text that starts so: "The", "In " or "We "
    cannot, so most lines skip it.
    """
    return FIELD_RE.match(head, partial=True) is not None


def _classify(text: str, start: int, end: int, asterisk_refs: bool, numbered_headings: bool = True) -> Line:
    if start == end:
        return Line(start, end, start, end, "blank")
    first = text[start]
    cstart = LEAD_RE.match(text, start, end).end() if first in _LEAD_STARTS or not first.isascii() else start
    cend = cstart + len(text[cstart:end].rstrip(_TRAIL))
    if cend > cstart and text[cend - 1] in VBARS and text[cend - 1] in text[start:cstart]:
        cend = cstart + len(text[cstart:cend - 1].rstrip(_TRAIL))  # "| **Dates** | 27–29 November |": the closing rule
    line = Line(start, end, cstart, cend)
    if cstart >= cend or (first in _RULE_STARTS and _RULE_LINE.fullmatch(text, start, cend)):
        line.kind = "blank"  # nothing, or a drawn rule: "________" above footnotes, "├─────┼───┤", "+-----+"
        return line
    if cstart == start and text[start].isascii() and text[start] not in _FOOTER_OR_NOTE_START:
        note = None  # a plain first character: no bullet, page footer or footnote (they start past LEAD_RE)
    else:
        line.bullet = bool(BULLET_RE.match(text, start, end))
        if FOOTER_RE.fullmatch(text, start, end):
            line.kind = "footer"
            return line
        note = FOOTNOTE_RE.match(text, start, end)
    if note and note.group("marker") and line.bullet:
        line.note_at, line.marker = note.end(), note.group("marker")  # "(1) …": footnote or item, see _numbered_notes
    elif note and not line.bullet and (note.group("marker") or (asterisk_refs and "*" not in text[note.end():end])):
        line.kind, line.marker, line.cstart = "footnote", note.group("marker") or "*", note.end()
        return line
    label = None
    if _may_be_label(text[cstart:min(cstart + 3, cend)]):
        label = FIELD_RE.match(text, cstart, cend) or (cend < end and FIELD_RE.match(text, cstart, end))
    if not label and 0 < text.find("/", cstart, min(cstart + 60, cend)) < text.find(":", cstart, min(cstart + 90, cend)):
        label = _glossed(text, cstart, cend)
    if not label and text[cstart + 1:cstart + 2] == " " and text[cstart + 3:cstart + 4] == " ":
        spaced = _letter_spaced_field(text, cstart, cend)
        if spaced is not None:
            line.kind, line.field_key = "field", spaced[0]
            line.label = Piece(text[cstart:spaced[1]], cstart, spaced[1])
            line.value_start = spaced[2]
            return line
    if label:
        key = next(k for k in FIELD_LABELS if label.group(k))
        if key == "dates" and _A_PAGES_FACTS.search(text, label.end(), cend):
            return line  # "Date: 09 August 2024 | Category: News | Views: 412": the page's date, not a header field
        if key in _CATCH_ALL_KEYS and "/" in label.group("label"):
            key = _first_of_a_pair(label.group("label"), key)
        line.kind, line.field_key = "field", key
        name = label.group("label").rstrip()  # "Dates   | …": the spaces are the separator's
        line.label = Piece(name, label.start("label"), label.start("label") + len(name))
        line.value_start = min(label.end(), cend)
        return line
    line.marked = "#" in text[start:cstart] or ("**" in text[start:cstart] and "**" in text[cend:end])
    roman = _A_ROMAN_NUMBER.match(text, cstart, cend) \
        if numbered_headings and not line.bullet and text[cstart] in "IVX" else None  # "I. OBJECTIVES": no bullet
    numbered = numbered_headings and (
        roman is not None or line.bullet and _A_HEADINGS_NUMBER.fullmatch(text, start, cstart) is not None)
    heading = _heading(text, roman.end() if roman else cstart, cend, line.bullet and not numbered, line.marked,
                       numbered)
    if heading:
        line.kind, line.heading_key, line.numbered = "heading", heading, numbered
    elif 0 < text.find(":", cstart, min(cstart + 41, cend)) or 0 < text.find("...", cstart, min(cstart + 41, cend)) \
            or 0 < text.find("\u2026", cstart, min(cstart + 41, cend)) or 0 < text.find(" |", cstart, min(cstart + 41, cend)):
        other = _OTHER_LABEL.match(text, cstart, cend)
        if other:
            line.kind = "label"
            line.label = Piece(other.group("label"), other.start("label"), other.end("label"))
            line.value_start = min(other.end(), cend)
    return line


_LETTER_SPACED_LABEL = patterns.compile(
    r"(?P<label>\p{L}(?:[ ]{1,3}+[\p{L}()]){2,60}+)[ \t]*+:[ \t]*+")
"""A label set letter by letter, as a PDF's tracked-out type comes out: "O r g a n i z e r ( s ) :",
"D a t e   a n d   V e n u e :" (a wider gap between its words)."""
_WORD_GAP = patterns.compile(r"[ ]{2,}+")


def _letter_spaced_field(text: str, cstart: int, cend: int) -> tuple[str, int, int] | None:
    """``(key, label end, value start)`` of a field whose label is letter-spaced, when the label,
    its letters joined, is one of ours."""
    m = _LETTER_SPACED_LABEL.match(text, cstart, cend)
    if m is None:
        return None
    words = _WORD_GAP.split(m.group("label"))
    if not all(len(letter) == 1 for word in words for letter in word.split(" ")):
        return None  # "A t tendance:": letters and a word, no spaced label
    known = _FIELD_LABEL_ALONE.fullmatch(" ".join(word.replace(" ", "") for word in words))
    if known is None:
        return None
    return next(k for k in FIELD_LABELS if known.group(k)), m.end("label"), min(m.end(), cend)


_CATCH_ALL_KEYS = ("industry", "others")
_A_PAGES_FACTS = patterns.compile(r"(?:[|\u00b7\u2022][ \t]*+|[ \t]{3,}+)(?i:categor(?:y|ies)|views?|hits?|author|tags?|reads?|"
                                  r"comments?)(?:[ \t]*+:|[ \t]++\d[\d,.]*+[ \t]*+$)")
"""A web page's facts beside its date on one line: "| Category: News | Views: 412", "Date  2025-04-22   Hit  1,287"."""
_FIELD_LABEL_ALONE = patterns.compile(
    r"[ \t*]*+(?:" + "|".join(f"(?P<{k}>{p})" for k, p in FIELD_LABELS.items()) + r")[ \t*]*+", regex.IGNORECASE)


def _first_of_a_pair(label: str, key: str) -> str:
    """The key of a label that pairs one of ours with industry or others, "Civil society /
    industry": its bodies are civil society's (an industry council among them), not "others"."""
    first = _FIELD_LABEL_ALONE.fullmatch(label, 0, label.find("/"))
    return next(k for k in FIELD_LABELS if first.group(k)) if first is not None else key


def _glossed(text: str, cstart: int, cend: int) -> regex.Match | None:
    """A match of GLOSSED_FIELD_RE with a "/" in its label: a bilingual label."""
    m = GLOSSED_FIELD_RE.match(text, cstart, cend)
    return m if m is not None and "/" in m.group("label") else None


_OTHER_LABEL = patterns.compile(
    r"(?P<label>\p{Lu}[\p{L}'\u2019\-]*+(?:[ ](?:&|\p{L}[\p{L}'\u2019\-]*+)){0,3}+(?:\.(?=:))?+)"
    r"(?:[ \t*]*+:(?!\S)|[ \t]*+(?:\.{3,}|\u2026)[.\u2026]*+|[ \t]++" + _VBAR + r"(?=[ \t]))[\s*]*+"
)
"""A label no field of ours has ("Audience:", "Language:", "Time ........"): it ends the field
before it, so that its value is not read as, say, more organizers."""


_INLINE_HEADING = patterns.compile(r"(?P<head>[^:]{1,60}):[\s*]*+\S")


_A_ROW_OF_A_TABLE = patterns.compile(rf"[ \t]++{_VBAR}[ \t]")
"""After a label, a table's column rule: the label heads a row of the table."""
_A_CATEGORY = patterns.compile(r"\p{Lu}\p{L}*+(?:[ ]\p{L}+)*?[ ]\p{Ll}+")
"""A row's label that names a kind of participant, its last word in lower case ("Committee support",
"Other participants"), not a State in a table's first column ("Chile", "Sierra Leone")."""
_GOES_ON = patterns.compile(r"(?i)(?:\b(?:the|of|and|in|for|on|to|a|an|with|by|at|from)|,)[ \t]*+\Z")
"""A field value's line that ends on a word no phrase ends with, or on a list's comma: the next line
goes on with it, heading words and all ("Roundtable on … Research Security in the / Context of
Resolution 1540", "International Atomic Energy Agency (IAEA), / OSCE, UNODA")."""


_A_HEADINGS_NUMBER = patterns.compile(r"[ \t*]*+\d{1,2}[.)][ \t]++\**+")
"""A number, a bullet's, before a heading: "1.  Objectives of …", "2) Background"."""
_A_ROMAN_NUMBER = patterns.compile(r"[IVX]{1,4}[.)][ \t]++")
"""A Roman number before a heading, which is no bullet: "I. OBJECTIVES OF …", "II. Background"."""


def _heading(text: str, cstart: int, cend: int, bullet: bool, marked: bool = False,
             numbered: bool = False) -> str | None:
    """The section key of a heading line ("other" for an unknown but marked heading), or None.

    A known heading may carry its first paragraph on the same line ("Follow-up: a meeting in May.").
    After a number ("2.  Background"), only a known heading alone on its line is one: a numbered
    list's items are not.
    """
    if bullet:
        return None
    content = text[cstart:cend].replace("*", "").strip()
    if not content:
        return None
    if numbered:
        known = HEADING_RE.match(content) if len(content.split()) <= 8 and content[-1] not in ".,;:" else None
        return next(k for k in SECTION_HEADINGS if known.group(k)) if known and content[0].isupper() else None
    inline = _INLINE_HEADING.match(content) if content.find(":", 1, 61) > 0 else None
    if inline and len(inline.group("head").split()) <= 6 and content[0].isupper():
        known = HEADING_RE.match(inline.group("head"))
        if known:
            return next(k for k in SECTION_HEADINGS if known.group(k))
    if len(content) > 90 or content[-1] in ".,;":
        return None
    words = content.split()
    if len(words) > 12:
        return None
    known = HEADING_RE.match(content)
    if known and content[0].isupper():
        return next(k for k in SECTION_HEADINGS if known.group(k))
    caps = content.upper() == content and len(words) <= 8 and sum(ch.isalpha() for ch in content) >= 3 \
        and content.count(")") <= content.count("(")  # 'SHIELD")': a bracket the line above opened goes on
    if (marked or caps) and content[0].isalpha():
        return "other"
    return None


_NUMBERED = patterns.compile(r"[\s*]*+(?:\(?\d{1,2}[.)]|\[\d{1,2}\])\s")
_CITED = patterns.compile(rf"(?<=[\p{{L}}.,;:])\((?P<n>\d{{1,2}})\)|{bracketed_ref('n')}")
"""A footnote reference attached to the text: "held(1)", "workshop.(2)", "resolution 1540 (2004)[1]"."""


def _numbered_notes(text: str, lines: list[Line]) -> None:
    """Turn "(1) …" lines into footnotes unless they belong to a numbered list.

    A "(n)" line is a footnote when the text refers to it ("held(1)") or when it stands alone
    among non-numbered lines (a page break dropped it between bullets or paragraphs).
    """
    solid = [ln for ln in lines if ln.kind not in ("blank", "footer")]
    cited: set[str] | None = None
    for i, line in enumerate(solid):
        if line.note_at is None:
            continue
        if cited is None:  # found once: searching per line would be quadratic
            cited = {m.group("n") for m in _CITED.finditer(text)}
        near = [solid[j] for j in (i - 1, i + 1) if 0 <= j < len(solid)]
        in_list = any(_NUMBERED.match(text, n.start, n.end) for n in near)
        if line.marker in cited or not in_list:
            line.kind, line.cstart, line.bullet = "footnote", line.note_at, False
            line.field_key = line.heading_key = line.label = None


_EMPHASIS = patterns.compile(r"(?<![\w*])\*{1,2}+(?=[^\s*])[^*\n]{1,300}?(?<=[^\s*])\*{1,2}+(?![\w*])")
"""Balanced ``*italic*`` / ``**bold**``: their closing star is not a reference marker ("Note*")."""


def classify_lines(text: str, numbered: bool = True) -> list[Line]:
    """Classify every line of ``text``; see the module docstring for the kinds. ``numbered``: a known
    heading after its number is one ("2.  Background")."""
    asterisk_refs = "*" in text and bool(_STAR_REF.search(_EMPHASIS.sub("", text)))
    lines = [_classify(text, s, e, asterisk_refs, numbered) for s, e in iter_lines(text)]
    _numbered_notes(text, lines)
    if asterisk_refs:
        _star_notes_under_a_rule(text, lines)
    lines = _join_wrapped_labels(text, lines)
    _labels_one_space_from_the_values_column(text, lines)
    _sub_labels_alone_among_participants(text, lines)
    for i, (prev, line) in enumerate(zip(lines, lines[1:])):
        if line.kind == "heading":
            _list_goes_on_in_capitals(text, prev, line)
            _no_heading_ending_a_wrapped_value(text, lines[max(0, i - 3):i], prev, line)
            _no_heading_after_a_line_broken_off(text, prev, line)
        elif line.kind == "field":
            _no_label_in_a_wrapped_cell(text, prev, line)
            _no_label_ending_a_bodys_name(text, prev, line)
    return _split_run_on_header(text, lines)


def _no_heading_ending_a_wrapped_value(text: str, above: list[Line], prev: Line, line: Line) -> None:
    """A heading's word in title case right under a field's value that breaks off mid-phrase goes on with
    that value: "Event" / "Workshop on … at Land Crossing" / "Points" is the title's last word, not a
    "Points" heading that would end the header."""
    if line.heading_key in (None, "other") or line.marked or prev.kind != "text" or prev.cend <= prev.cstart \
            or not text[prev.cend - 1].isalnum() or text[line.cstart:line.cend].isupper() \
            or ":" in text[line.cstart:line.cend] or " " in text[line.cstart:line.cend].strip():
        return
    field = max((j for j, a in enumerate(above) if a.kind == "field"), default=None)
    if field is not None and all(a.kind == "text" for a in above[field + 1:]):  # the field, then its value's lines
        line.kind, line.heading_key = "text", None


_BROKEN_OFF = patterns.compile(r"[ \t](?:at|of|for|and|on|in|to|the|with|from|by|a|an|against|between|into)[ \t]*+$")
"""A line's end mid-phrase: a preposition, an article or "and"."""


def _no_heading_after_a_line_broken_off(text: str, prev: Line, line: Line) -> None:
    """A heading's word opening a line right under one that breaks off mid-phrase goes on with that line:
    a title's "… Detection and Response at" / "Points of Entry for Southern African States" is no "Points"
    heading (which would take the header's fields below it into a section)."""
    if line.heading_key in (None, "other") or line.marked or prev.kind != "text" or prev.cend <= prev.cstart \
            or text[line.cstart:line.cend].isupper() or ":" in text[line.cstart:line.cend]:
        return
    if _BROKEN_OFF.search(text, prev.cstart, prev.cend):
        line.kind, line.heading_key = "text", None


_A_BODYS_NAME_BEFORE_STATES = patterns.compile(
    r"\b(?:of|the)[ \t]++(?:\p{Lu}\p{Ll}++[ \t]++){0,2}?(?:American|Arab|African|Caribbean|Island|Pacific|Independent)$")
"""A line's end that "States" on the next line completes: "… Organization of American" / "States – …",
"League of Arab", "Economic Community of West African", "Alliance of Small Island"."""


def _no_label_ending_a_bodys_name(text: str, prev: Line, line: Line) -> None:
    """"States" opening a line after "… Organization of American" is the end of the body's name, not the
    States sub-label: the line goes on with the value above it."""
    if line.field_key != "states" or line.label is None or prev.kind not in ("field", "text") \
            or text[line.label.start:line.label.end].strip().casefold() != "states":
        return
    if _A_BODYS_NAME_BEFORE_STATES.search(text, max(prev.cstart, prev.cend - 60), prev.cend):
        line.kind, line.field_key, line.label, line.value_start = "text", None, None, 0


_STAR_THEN_A_SPACE = patterns.compile(r"[ \t]*+\*[ \t]++(?=\p{Lu})")


def _star_notes_under_a_rule(text: str, lines: list[Line]) -> None:
    """A "* Text" line just under a drawn rule ("_____") is the footnote a star refers to ("INFORMATION
    NOTE*" … "* Prepared by the 1540 Committee experts for information purposes only"), not text that goes
    on with the value of a label above it: conversion put a space after its star. (A rule is a "blank" line
    with characters on it.)"""
    for prev, line in zip(lines, lines[1:]):
        if prev.kind == "blank" and text[prev.start:prev.end].strip() and line.kind == "text":
            star = _STAR_THEN_A_SPACE.match(text, line.start, line.end)
            if star is not None:
                line.kind, line.marker, line.cstart = "footnote", "*", star.end()


_THE_COMMITTEE = r"(?i)[ \t*]*+(?P<label>(?:the[ ]+)?1540[ ]+(?:committee|cttee\b\.?)(?:[ ]+(?:experts?|members?|participation))?)"
_THE_COMMITTEE_ALONE = patterns.compile(_THE_COMMITTEE + r"[ \t*:]*+")
_THE_COMMITTEE_THEN_A_GAP = patterns.compile(_THE_COMMITTEE + r"\**+(?:[ ]*+\t|[ ]{2,})[ \t]*+(?=\S)")
"""The Committee's sub-label in a column of labels, a tab or wide space from who of it came ("1540 Committee
   Chair of the 1540 Committee; three members")."""


def _sub_labels_alone_among_participants(text: str, lines: list[Line]) -> None:
    """"1540 Committee" alone on its line among the Participants' sub-labels, who of it came on the line
    below, set in or bulleted ("Civil society / - RUSI" then "1540 Committee / - Three experts of the Group
    of Experts"): a sub-label of its own, as "1540 Committee:" is, not a heading that ends the header. So is
    a pair of sub-labels alone there ("Academia / Civil society" over "- United Arab Emirates University").
    Where the sub-labels above stand alone over their values, in the same column ("*Civil society*" over
    "King's College London …"), the line below need not be set in; where they sit a gap before theirs,
    so may the Committee's ("1540 Committee<tab>Two members of the Group of Experts")."""
    among = False
    above: Line | None = None  # the last Participants field
    for i, line in enumerate(lines):
        if line.kind == "field":
            among = line.field_key in ("participants", *PARTICIPANT_KEYS)
            above = line if among else None
            continue
        if line.kind == "heading" and line.heading_key not in (None, "other"):
            among = False
        if not among or line.kind not in ("text", "heading") or line.bullet:
            continue
        gap = _THE_COMMITTEE_THEN_A_GAP.match(text, line.start, line.end)
        if gap is not None:
            line.kind, line.heading_key, line.field_key = "field", None, "organizations"
            line.label, line.value_start = Piece(gap["label"], gap.start("label"), gap.end("label")), gap.end()
            above = line
            continue
        committee = _THE_COMMITTEE_ALONE.fullmatch(text, line.start, line.end)
        pair = _SUB_LABEL_ALONE.fullmatch(text, line.start, line.end) if committee is None and "/" in text[
            line.cstart:line.cend] else None
        if committee is None and pair is None:
            continue
        below = next((n for n in lines[i + 1:i + 3] if n.kind != "blank"), None)
        alike = above is not None and not text[above.value_start:above.end].strip(" \t*") \
            and _column_of(text, above.cstart) == _column_of(text, line.cstart)  # labels alone over their values
        if below is not None and below.kind == "text" and (below.bullet or alike or below.cstart - below.start > line.cstart - line.start):
            line.kind, line.heading_key = "field", None
            line.field_key = "organizations" if committee else next(k for k in PARTICIPANT_KEYS if pair.group(k))
            line.label, line.value_start = Piece(text[line.cstart:line.cend], line.cstart, line.cend), line.cend
            above = line


def _no_label_in_a_wrapped_cell(text: str, prev: Line, line: Line) -> None:
    """A label with no colon in the column of the line above, which goes on with its words, a word in
    lower case after it ("… for Pacific Island" over "States — organized by the UN Office …" in a
    table's third column): a sentence's words, not a field."""
    if prev.kind != "text" or line.bullet or line.label is None or line.label.start != line.cstart \
            or not text[line.value_start:line.value_start + 1].islower() or not prev.cend > prev.cstart \
            or not text[prev.cend - 1].isalnum() \
            or text.find("   ", prev.cstart, prev.cend) >= 0:  # "INTERNATIONAL ORGS   AU, …" over "CIVIL SOCIETY   -"
        return
    if _column_of(text, line.cstart) == _column_of(text, prev.cstart) and text.find(":", line.label.end, line.value_start) < 0:
        line.kind, line.field_key, line.label, line.value_start = "text", None, None, 0


_LABEL_THEN_ONE_SPACE = patterns.compile(
    r"(?P<label>" + "|".join(f"(?P<{k}>{p})" for k, p in FIELD_LABELS.items()) + r")[ ](?=\S)", regex.IGNORECASE)
"""A label as long as its column, one space from its value: "DATES/VENUE 6 to 8 June 2023 | …"."""


_SUB_LABEL_KEYS = ("states", "organizations", "civil_society", "industry", "others")
"""The Participants sub-labels that a label column in any case may hold ("States", "Int'l organizations")."""
_GO_ON_REACH = 400
"""How far after a Participants field's value a line may go on with it: one blank line and an indent."""


def _labels_one_space_from_the_values_column(text: str, lines: list[Line]) -> None:
    """A line that opens with a label in capitals one space from a value, in the column where the
    values of the fields above it start, their labels in capitals too ("ORGANIZERS  Ministry …" over
    "DATES/VENUE 6 to 8 June 2023 | …"), opening where theirs do (after their numbers too: "2.  ORGANIZERS
    South African …" over "3.  DATE / VENUE 29 to 31 August 2023"): a field of that label column. So is
    one in any case right under the field before it and its value's lines ("Organizers     National …"
    over "Date and Venue February 24 to 26, 2026, …"), its value not going on in lower case."""
    near: list[Line] = []
    wrapped = False  # only the last field's value, wrapped in its column, since that field
    for line in lines:
        if line.kind == "field":
            near, wrapped = [*near[-2:], line], True
            continue
        after_wrapped = wrapped
        wrapped = wrapped and (line.kind == "blank" or _column_of(text, line.cstart) == _column_of(text, near[-1].value_start))
        if line.kind != "text" or not near or not text[line.cstart:line.cstart + 1].isupper():
            continue  # most lines: no label opens them
        m = _LABEL_THEN_ONE_SPACE.match(text, line.cstart, line.cend)
        capitals = m is not None and m.group("label").isupper()
        sub_label = m is not None and any(m.group(k) for k in _SUB_LABEL_KEYS)
        following = m is not None and after_wrapped and not text[m.end():m.end() + 1].islower()
        if m is None or not capitals and not sub_label and not following:
            continue  # in capitals, or a sub-label under one of its column in any case: "Int'l organizations
        column, opens = _column_of(text, m.end()), _column_of(text, line.cstart)  # Organization …" under "States   Albania"
        if any(f.label is not None and (f.label.text.isupper() if capitals  # a label column in capitals
                                        else f.field_key in _SUB_LABEL_KEYS if sub_label  # sub-labels' column
                                        else f is near[-1] and ":" not in text[f.label.end:f.value_start])  # right under
               and _column_of(text, f.value_start) == column and _column_of(text, f.cstart) == opens
               and f.bullet == line.bullet for f in near):
            line.kind, line.field_key = "field", next(k for k in FIELD_LABELS if m.group(k))
            line.label, line.value_start = Piece(m.group("label"), m.start("label"), m.end("label")), m.end()
            near, wrapped = [*near[-2:], line], True  # and its own value may wrap, the next label under it
            # ("Organizer(s) Nuclear …" / "             Authority …" over "Date & Venue 9-13 March 2026")


def _list_goes_on_in_capitals(text: str, prev: Line, line: Line) -> None:
    """A line in capitals under a value that ends in ";" or ",", in that value's column, goes on with
    its list ("… World Customs Organization (WCO);" over "UNODA"): it is no heading. So does one
    under an indented list's item that ends in its acronym, one a line ("United Nations Assistance
    Mission in Afghanistan (UNAMA)" over "UNODC"): a heading does not stand in a value's column."""
    if line.heading_key != "other" or prev.kind not in ("field", "text") or prev.cend <= prev.cstart:
        return
    column = _column_of(text, line.cstart)
    last = text[prev.cstart:prev.cend].rstrip(_SUPERSCRIPTS)[-1:]  # "… Centre (RACVIAC)¹" over "UNODA"
    if column == _column_of(text, prev.value_start if prev.kind == "field" else prev.cstart) \
            and (last in (";", ",") or last == ")" and column > 0 and not line.marked):
        line.kind, line.heading_key = "text", None


_RUN_ON_LABEL = patterns.compile(
    r"(?<!\S)(?P<label>" + "|".join(f"(?P<{k}>{p})" for k, p in FIELD_LABELS.items()) + r")[ \t]++(?=\S)",
    regex.IGNORECASE,
)
"""A label inside a line, then its value after one space: found in capitals only."""


def _split_run_on_header(text: str, lines: list[Line]) -> list[Line]:
    """A header run together on one line, its labels in capitals with no colon ("EVENT Workshop on X
    ORGANIZERS UNODA DATE AND VENUE 25-27 February 2019 Arusha PARTICIPANTS …"): one field per label.

    Only a line that starts with such a label and holds another, each value with a small letter or
    a digit ("PARTICIPANTS AND ORGANIZERS" is a heading); most lines fail the first capitals."""
    out: list[Line] = []
    for line in lines:
        labels = _run_on_labels(text, line) if line.kind == "text" and not line.bullet else None
        if not labels:
            out.append(line)
            continue
        for i, m in enumerate(labels):
            value_end = labels[i + 1].start() if i + 1 < len(labels) else line.cend
            cend = m.end() + len(text[m.end():value_end].rstrip(_TRAIL))
            out.append(Line(line.start, line.end, m.start(), cend, "field",
                            field_key=next(k for k in FIELD_LABELS if m.group(k)),
                            label=Piece(m.group("label"), m.start("label"), m.end("label")), value_start=m.end()))
    return out


def _run_on_labels(text: str, line: Line) -> list[regex.Match[str]] | None:
    head = text[line.cstart:line.cstart + 5]
    if line.cend - line.cstart < 60 or not (head[:1].isalpha() and head.split(" ")[0].isupper()):
        return None
    first = _RUN_ON_LABEL.match(text, line.cstart, line.cend)
    if first is None or not first.group("label").isupper():
        return None  # "UNODA and the OSCE …": capitals, but no label
    labels = [m for m in _RUN_ON_LABEL.finditer(text, line.cstart, line.cend) if m.group("label").isupper()]
    if len(labels) < 2 or labels[0].start() != line.cstart:
        return None
    for i, m in enumerate(labels):
        value = text[m.end():labels[i + 1].start() if i + 1 < len(labels) else line.cend]
        if not any(c.islower() or c.isdigit() for c in value):
            return None
    return labels


_LABEL_COLUMN = patterns.compile(r"(?P<head>\p{L}[\p{L} ]{0,30}?(?:\p{L}|(?<=\p{L})[ ]?+/))(?P<hyphen>-)?+"
                                 r"(?:(?:[ \t]{2,}|\t)(?=\S)|[ \t]*+$)")
"""A line's first words, then the gap of a label column: "Date and        14–15 May 2013"; the last
word may break at a hyphen ("International organ-   UNODA, …" over "izations:"), or a slash end them
("International /   Organization of …" over "regional orgs:"); or those words alone on their line
("Date and" over "Venue:", its value on the line after)."""


def _join_wrapped_labels(text: str, lines: list[Line]) -> list[Line]:
    """A label column wrapped over two lines ("Date and      14–15 May 2013, Accra" over
    "Venue:"): when the first line's head and the next line's label make one label together, the
    first line is that field and the next line's value (if any) goes on with it."""
    out: list[Line] = []
    drop = False
    for cur, nxt in zip(lines, [*lines[1:], None]):
        if drop:
            drop = False
            continue
        if nxt is not None and nxt.kind == "field" and _head_of_its_label(text, cur, nxt):
            nxt.label = Piece(text[cur.cstart:nxt.label.end], cur.cstart, nxt.label.end)
            continue  # "INTERNATIONAL" over "ORGANIZATIONS   PIFS, UNODA": the head of the label below
        out.append(cur)
        if nxt is not None and (cur.kind == "text" or cur.kind == "heading" and cur.heading_key in (None, "other")) \
                and not cur.bullet and text.endswith("-", cur.cstart, cur.cend) \
                and nxt.kind == "text" and not nxt.bullet and _label_broken_alone(text, cur, nxt):
            continue  # "International orga-" alone over "nizations ........  OPCW, ASEAN Secretariat"; in capitals,
            # read as a heading: "PARTICI-" over "PANTS          STATES: …"
        if nxt is not None and cur.kind in ("text", "label") and nxt.kind in ("text", "field") and not nxt.bullet \
                and (not cur.bullet and cur.start == cur.cstart or nxt.kind == "field" and nxt.value_start >= nxt.cend
                     or nxt.kind == "field" and not cur.bullet and cur.cstart - cur.start == nxt.cstart - nxt.start) \
                and _join_a_label_wrapped_in_its_column(text, cur, nxt):
            continue  # "Civil society /         CISTEC; …" over "academia                (CNS), Monterey"
        if nxt is None or cur.kind != "text" or nxt.kind not in ("field", "label", "text") or nxt.bullet:
            continue
        if nxt.kind == "field" and _label_over_a_label(text, cur, nxt):
            continue  # also after a list's letter: "b) International   OSCE; …" over "   organizations:   WHO"
        if cur.bullet:
            continue
        if text.find(":", nxt.cstart, nxt.cstart + 34) < 0:
            continue  # no label's end on the next line: most lines stop here, without a regex
        head = _LABEL_COLUMN.match(text, cur.cstart, cur.cend)
        tail = head and _LABEL_TAIL.match(text, nxt.cstart, nxt.cend)
        if not head or not tail:
            continue
        joined = head.group("head") + ("" if head.group("hyphen") else " ") + tail.group("tail")
        label = FIELD_RE.match(joined + ":")
        if label is None or label.end("label") != len(joined):
            continue
        cur.kind, cur.field_key = "field", next(k for k in FIELD_LABELS if label.group(k))
        cur.label, cur.value_start = Piece(head.group("head"), head.start(), head.end("head")), head.end()
        if head.end() >= cur.cend:  # "Date and" alone over "Venue:": the label is both lines, its value after them
            cur.label = Piece(text[head.start():tail.end("tail")], head.start(), tail.end("tail"))
            cur.value_start = tail.end()
        if tail.end() >= nxt.cend:
            drop = True  # "Venue:" alone: nothing of it goes on
        else:
            nxt.kind, nxt.cstart, nxt.field_key, nxt.label = "text", tail.end(), None, None
            nxt.label_gap = (cur.cend, nxt.cstart)
    return out


_LABEL_BROKEN_ALONE = patterns.compile(r"(?P<head>\p{L}[\p{L} ]{0,30}?\p{L})-")
_LABEL_TAIL_BEFORE_ITS_VALUE = patterns.compile(
    r"(?P<tail>\p{L}[\p{L}]{0,30}?(?:[ ]\p{L}++){0,2}?)(?:[ \t]*+:|[ \t]*+(?:\.{3,}|\u2026)[.\u2026]*+:?|[ \t]{2,})[ \t]*+(?=\S)")


def _label_broken_alone(text: str, cur: Line, nxt: Line) -> bool:
    """A label hyphenated at its line's end with nothing beside it, its rest and its value on the
    next line ("International orga-" over "nizations ................  OPCW, …", "Internat-" over
    "ional Orgs:   UNLIREC; …"): ``cur`` opens that
    field (made so here), its value the next line's after the label's rest, which the layout
    records as a gap. Said true when it did."""
    head = _LABEL_BROKEN_ALONE.fullmatch(text, cur.cstart, cur.cend)
    tail = _LABEL_TAIL_BEFORE_ITS_VALUE.match(text, nxt.cstart, nxt.cend) if head is not None else None
    if tail is None:
        return False
    joined = head.group("head") + tail.group("tail")
    label = FIELD_RE.match(joined + ":")
    if label is None or label.end("label") != len(joined):
        return False
    cur.kind, cur.field_key = "field", next(k for k in FIELD_LABELS if label.group(k))
    cur.label, cur.value_start = Piece(text[cur.cstart:cur.cend], cur.cstart, cur.cend), cur.cend
    nxt.kind, nxt.cstart, nxt.field_key, nxt.label = "text", tail.end(), None, None
    nxt.label_gap = (cur.cend, nxt.cstart)
    return True


def _label_over_a_label(text: str, cur: Line, nxt: Line) -> bool:
    """A label column wrapped over two lines, each with a value beside it ("INTERNATIONAL   UNODC;
    WCO;" over "ORGANIZATIONS   IAEA"): when the head of ``cur`` and the label of ``nxt`` start in
    one column, their values in another, and together make that field's label, ``cur`` opens the
    field (made so here) and ``nxt``'s value goes on with it. Said true when it did."""
    head = _LABEL_COLUMN.match(text, cur.cstart, cur.cend)
    if head is None or nxt.label is None or nxt.field_key is None:
        return False
    if head.start() - cur.start != nxt.label.start - nxt.start or head.end() - cur.start != nxt.value_start - nxt.start:
        return False
    joined = f"{head.group('head')} {nxt.label.text}"
    label = FIELD_RE.match(joined + ":")
    if label is None or label.end("label") != len(joined) or label.group(nxt.field_key) is None:
        return False
    cur.kind, cur.field_key = "field", nxt.field_key
    cur.label, cur.value_start = Piece(head.group("head"), head.start(), head.end("head")), head.end()
    nxt.kind, nxt.cstart, nxt.field_key, nxt.label = "text", nxt.value_start, None, None
    nxt.label_gap = (cur.cend, nxt.cstart)
    return True


_HEAD_OF_A_LABEL = patterns.compile(
    r"(?P<head>\p{L}[\p{L} ]{0,30}?(?:/\p{L}++|[ ]/[ ]\p{L}[\p{L} ]{0,20}?)?(?:-|[ \t]*+[/&])?)[ \t]{2,}+(?=\S)")
"""A label column's first line, a gap, then the value: "Civil society /     CISTEC", "Organised    Ministry …",
"Particip-    STATES (8): …", "International/regional      UNODA, …", "CIVIL SOCIETY / ACADEMIA /    ISS · …"."""
_TAIL_OF_A_LABEL = patterns.compile(r"(?P<tail>\p{L}[\p{L} ]{0,20}?)[ \t]{2,}+(?=\S)")


def _join_a_label_wrapped_in_its_column(text: str, cur: Line, nxt: Line) -> bool:
    """When a label column wraps from ``cur`` onto ``nxt`` with a value on both lines, in the same
    column ("Organised    Ministry of …" over "by           Organization …", "Date &   17-19 May" over
    "Venue    Hotel …", "Particip-   STATES: …" over "ants        nia, Poland"), make ``cur`` the field
    and ``nxt``'s value go on with it, and say so. A label wrapped after its "/" is its first half's
    when the two make no label together ("Civil society /" over "academia"). The label's rest may
    stand alone under its head, after a list's letter ("c) Civil society /   ISS; …" over "   academia:")."""
    head = _HEAD_OF_A_LABEL.match(text, cur.cstart, cur.cend)
    if head is None:
        return False
    alone = False  # "c) Civil society /   ISS; …" over "   academia:": the label's rest alone, its value above
    if nxt.kind == "field":
        if nxt.label is None or len(nxt.label.text.split()) > 2:
            return False
        tail_text, value_start = nxt.label.text, nxt.value_start
        alone = value_start >= nxt.cend and nxt.label.start - nxt.start == head.start("head") - cur.start
    else:
        tail = _TAIL_OF_A_LABEL.match(text, nxt.cstart, nxt.cend)
        if tail is None:
            return False
        tail_text, value_start = tail.group("tail"), tail.end()
    if head.end() - cur.start != value_start - nxt.start and not alone:
        return False
    words = head.group("head")
    joined = words[:-1] + tail_text if words.endswith("-") else f"{words} {tail_text}"
    label = FIELD_RE.match(joined + ":")
    if label is None or label.end("label") != len(joined):
        first = words.rstrip(" \t/&")
        if first == words:
            return False
        label = FIELD_RE.match(first + ":")  # "Civil society /" over "academia": the first half's
        if (label is None or label.end("label") != len(first)) and "/" in first:
            first = first.split("/", 1)[0].rstrip()  # "CIVIL SOCIETY / ACADEMIA /" over "INDUSTRY": the first label's
            label = FIELD_RE.match(first + ":")
        if label is None or label.end("label") != len(first):
            return False
    name = words.rstrip(" \t/&-")
    cur.kind, cur.field_key = "field", next(k for k in FIELD_LABELS if label.group(k))
    cur.label, cur.value_start = Piece(name, head.start("head"), head.start("head") + len(name)), head.end()
    if alone:
        nxt.kind, nxt.field_key, nxt.label = "blank", None, None
        return True
    nxt.kind, nxt.cstart, nxt.field_key, nxt.label = "text", value_start, None, None
    nxt.label_gap = (cur.cend, nxt.cstart)
    return True


def _head_of_its_label(text: str, cur: Line, nxt: Line) -> bool:
    """Whether ``cur``, a word or two alone on its line, opens the label of the field below it: a
    label column wrapped before its value ("INTERNATIONAL" over "ORGANIZATIONS   PIFS, UNODA").
    Read alone, the word is a heading, and it would end the header there."""
    if cur.bullet or nxt.bullet or cur.kind not in ("text", "heading") or cur.heading_key not in (None, "other") \
            or not 0 < cur.cend - cur.cstart <= 24 or nxt.label is None:
        return False
    head = text[cur.cstart:cur.cend]
    if not _LABEL_HEAD.fullmatch(head):
        return False
    joined = f"{head} {nxt.label.text}"
    label = FIELD_RE.match(joined + ":")
    return label is not None and label.end("label") == len(joined) and label.group(nxt.field_key) is not None


_LABEL_HEAD = patterns.compile(r"\p{L}++(?: \p{L}++)?")
_LABEL_TAIL = patterns.compile(r"(?P<tail>\p{L}[\p{L} ()]{0,30}?)[ \t]*+:[ \t]*+")
"""The rest of a wrapped label on the next line: "Venue:", "bodies:"."""


# --- grouping ------------------------------------------------------------------------------------

def _column_of(text: str, at: int) -> int:
    """The column of offset ``at`` on its line."""
    return at - (text.rfind("\n", 0, at) + 1)


def _piece(text: str, start: int, end: int) -> Piece | None:
    """The stretch ``text[start:end]`` trimmed of spaces and stray asterisks; None when empty."""
    stretch = text[start:end]
    left = stretch.lstrip(_SPACE_STAR)
    trimmed = left.rstrip(_SPACE_STAR)
    start += len(stretch) - len(left)
    return Piece(trimmed, start, start + len(trimmed)) if trimmed else None


def _title(text: str, lines: list[Line]) -> Piece | None:
    """The first line of text, if it reads as a title (not a sentence, a date, a bullet); in an
    e-mail, its subject ("Subject: OSCE-UNODA webinar: …" below "From:" and "Sent:")."""
    first = next((line for line in lines if line.kind != "blank"), None)
    if first is not None and HEADER_LABEL.match(text, first.start, first.end):
        for line in lines[:BLOCK_LINES]:
            subject = SUBJECT.match(text, line.start, line.end)
            if subject is not None:
                return _piece(text, subject.end(), line.end)
    for line in lines:
        if line.kind == "blank":
            continue
        if (line.kind in ("text", "label") or line.heading_key == "other") and not line.bullet:
            content = text[line.cstart:line.cend]
            marker = _TRAILING_MARKER.search(content) if content.rstrip(_TRAIL)[-1:] in _SUPERSCRIPT_SET else None
            end = line.cstart + (marker.start() if marker else len(content))
            piece = _piece(text, line.cstart, end)
            if piece and len(piece.text) <= 200 and not piece.text.endswith(".") and not _is_date_line(piece.text):
                return piece
        return None
    return None


_DATE_LINE = patterns.compile(
    r"(?:\p{L}+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}",
)


def _is_date_line(text: str) -> bool:
    return bool(_DATE_LINE.fullmatch(text.strip()))


_FRONT_MATTER = patterns.compile(r"\ufeff?---[ \t]*+\r?\n(?:[^\n]*+\n){1,60}?---[ \t]*+(?=\r?\n|$)")
"""YAML front matter opening a static site's page: its keys ("date:", "location:") are the page's
metadata, no header fields of the event."""


def split_sections(text: str) -> Layout:
    """Split a note into title, header fields, sections, footnotes and loose paragraphs.

    Never raises on any text; a text with no recognisable structure gives a Layout whose
    ``paragraphs`` hold its blocks and whose other parts are empty.
    """
    layout = _grouped(text, classify_lines(text))
    if not layout.is_information_note and layout.numbered_headings:
        layout = _grouped(text, classify_lines(text, numbered=False))  # a memo's "2. BACKGROUND" is its own
    if _DEBRIEF.search(text, 0, _DEBRIEF_REACH) and any(
            f.key == "dates" and _A_MEETINGS_DATE.fullmatch(f.label.text) for f in layout.fields):
        for f in layout.fields:
            if f.key in ("dates", "venue") and _DEBRIEFS_OWN_LABEL.fullmatch(f.label.text):
                f.key = "other"
    return layout


def _grouped(text: str, lines: list[Line]) -> Layout:
    """The layout classified ``lines`` make: title, fields, sections, footnotes, paragraphs."""
    front = _FRONT_MATTER.match(text)
    if front is not None:
        lines = [ln for ln in lines if ln.start >= front.end()]
    layout = Layout(title=_title(text, lines), front_matter=_piece(text, 0, front.end()) if front else None,
                    label_gaps=[ln.label_gap for ln in lines if ln.label_gap is not None],
                    numbered_headings=any(ln.numbered for ln in lines))
    title_line = next((i for i, ln in enumerate(lines) if layout.title and ln.start <= layout.title.start < ln.end + 1), -1)
    _Grouper(text, layout).run(lines, skip=title_line)
    return layout


_DEBRIEF = patterns.compile(r"(?i)\b(?:de-?brief(?:ing)?|after[- ]action\s+review|hot[- ]?wash|wash-up)\b")
_DEBRIEF_REACH = 300
"""A debrief's minutes say so in their title ("MINUTES – ORGANISING TEAM DEBRIEF"): the record is of
the event they look back on."""
_A_MEETINGS_DATE = patterns.compile(r"(?i)[ \t*]*+(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting)[ \t*]*+")
_DEBRIEFS_OWN_LABEL = patterns.compile(r"(?i)[ \t*]*+(?:meeting\s+(?:date|time|location|venue|place)|"
                                       r"date\s+of\s+(?:the\s+)?meeting|date|location|venue|place)[ \t*]*+")
"""A debrief's own "Meeting date:" and the "Location: MS Teams" beside it: its meeting's, not the
event's; only when a field says "Meeting date" (an after-action review's "Exercise dates:" and
"Location:" are the exercise's)."""


_LATE_HEADER_KEYS = frozenset({"event", "organizers", "dates_venue", "dates", "start_date", "end_date", "venue"})


def _late_header_block(lines: list[Line]) -> frozenset[int]:
    """The starts of the label lines of the first block, after prose, that is a header all the
    same: a run of lines at least two thirds labels (a value's lines wrapped in its column aside),
    three or more, two of them of the event's own fields (a report's "Activity 3.2" block: "Planned
    timing:", "Actual dates:", "Venue:", "Lead / partners:"; a booking's "Dates:", "Place:",
    "Languages:", "Team:"). Empty when no block is."""
    run: list[Line] = []
    prose = False  # a mail's own header lines ("From:", "To:", "Date:") open it: no block after prose
    for line in [*lines, Line(0, 0, 0, 0, "blank")]:
        if line.kind != "blank":
            run.append(line)
            continue
        labels = [ln for ln in run if ln.kind in ("field", "label")]
        keys = {ln.field_key for ln in labels} & _LATE_HEADER_KEYS
        values = {ln.value_start - ln.start for ln in labels}
        own = [ln for ln in run if ln.kind != "text" or ln.cstart - ln.start not in values]  # not a value's wrapped lines
        if prose and len(labels) >= 3 and len(keys) >= 2 and 3 * len(labels) >= 2 * len(own):
            return frozenset(ln.start for ln in labels)
        prose = prose or any(ln.kind == "text" for ln in run)
        run = []
    return frozenset()


class _Grouper:
    """The state machine over classified lines (a class only to share its few registers)."""

    def __init__(self, text: str, layout: Layout) -> None:
        self.text, self.layout = text, layout
        self.section: SectionBlock | None = None
        self.block: list[int] | None = None  # [start, end] of the open item/paragraph/field value
        self.block_kind: str = ""
        self.field: tuple[str, Piece] | None = None
        self.field_bulleted = False  # the open field's label line opens with a bullet
        self.in_participants = False
        self.seen_body = False

    def run(self, lines: list[Line], skip: int) -> None:
        self.late = _late_header_block(lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.kind == "blank" and self.block_kind == "field" and self.block is not None \
                    and self.text.count("\n", self.block[1], line.start) <= 1 \
                    and _HEADS_UNDERLINED.fullmatch(self.text, line.start, line.end):
                i += 1  # a table's column heads underlined ("States   Organizations" / "------   -----"): its rows go on
                continue
            if line.kind == "blank" and self.block_kind == "field" and self.block is not None:
                after = _past_page_break(self.text, lines, i, self.block[1])
                if after is not None:
                    i = after  # the field's list goes on over the page break
                    continue
            if i != skip:
                getattr(self, f"_on_{line.kind}")(line)
            i += 1
        self._close()

    # each handler closes or extends the open block
    def _empty_field(self) -> bool:
        return self.block_kind == "field" and self.block is not None and not self.text[self.block[0]:self.block[1]].strip(" *\t")

    def _in_late_header(self, line: Line) -> bool:
        """Whether ``line`` is a label of :func:`_late_header_block`'s block, read as a header
        only when no header came before it (a mail's "From:", "To:" and "Date:" lines are none)."""
        return line.start in self.late and (self.field is not None or all(
            in_a_header_block(self.text, f.label.start) for f in self.layout.fields))  # none, or a mail's own

    def _on_blank(self, line: Line) -> None:
        if self._empty_field():
            return  # "Event:" alone, its value after a blank line
        self._close()

    def _on_footer(self, line: Line) -> None:
        self._close()

    def _on_footnote(self, line: Line) -> None:
        if self.block_kind == "field" and self.block is not None and line.marker.isdigit() \
                and _column_of(self.text, line.cstart) == _column_of(self.text, self.block[0]) > 0:
            self.block[1] = line.cend  # "Participating States    Japan, …" / "(7)                     Thailand, …": a
            return  # count under the label, the value going on in its column
        self._close()
        self._open("footnote", line.cstart, line.cend)
        self.marker = line.marker or "*"

    def _on_field(self, line: Line) -> None:
        key = line.field_key or ""
        sub = key in PARTICIPANT_KEYS
        in_header = bool(self.layout.fields) or self.field is not None
        late = self._in_late_header(line)
        if self.seen_body and not late or (sub and not self.in_participants and not (key == "states" and in_header) and not (
                key == "organizations" and in_header and _THE_COMMITTEES_OWN.search(line.label.text))):
            # label-like words in the body are ordinary text; but "Participating States:" or
            # "Countries:" in a header block is the participants' States field on its own, and
            # "Participation of Committee members/experts:" the Committee's own
            return self._on_text(line)
        self._close()
        self.in_participants = key == "participants" or sub
        assert line.label is not None
        self.field = (key, line.label)
        self.field_bulleted = line.bullet
        self._open("field", line.value_start, line.cend)

    def _on_label(self, line: Line) -> None:
        late = self._in_late_header(line)
        if self.in_participants and self.block_kind == "field" and not self.seen_body and line.label is not None \
                and self.field is not None and _A_ROW_OF_A_TABLE.match(self.text, self.field[1].end) \
                and _A_ROW_OF_A_TABLE.match(self.text, line.label.end) and _A_CATEGORY.fullmatch(line.label.text):
            self._close()  # "Committee support | two members of the Group of Experts" under "Civil society | none":
            self.field = ("participants", line.label)  # a row of its own, of those taking part
            self._open("field", line.value_start, line.cend)
            return
        if self.block_kind != "field" and not late or self.in_participants or self.seen_body and not late:
            return self._on_text(line)  # in a Participants value ("Observers: …") or in prose: text
        if self._empty_field() and self.field is not None and self.field[0] == "venue":
            return self._on_text(line)  # "WHERE" alone, then "Baku: Ministry of Foreign Affairs": its value
        self._close()
        assert line.label is not None
        self.field = ("other", line.label)
        self._open("field", line.value_start, line.cend)

    def _on_heading(self, line: Line) -> None:
        if line.heading_key == "other" and not line.marked and (self.block_kind == "item" or self._empty_field()):
            return self._on_text(line)  # "- item\nALL CAPS" goes on; "Organizers:\nUNODA" is the value
        if self.block_kind == "field" and self.block is not None and not line.marked \
                and (_GOES_ON.search(self.text, self.block[0], self.block[1]) or self._capitals_go_on(line)):
            return self._on_text(line)  # "… Research Security in the\nContext of Resolution 1540 (2004)"
        self._close()
        self.in_participants = False
        # an unknown heading before any header field ("NEWS | 12/08/2017") does not end the header
        self.seen_body = self.seen_body or line.heading_key != "other" or bool(self.layout.fields)
        heading = _piece(self.text, line.cstart, line.cend)
        assert heading is not None
        inline = _HEADING_WITH_TEXT.match(heading.text)
        if inline and HEADING_RE.match(heading.text):
            rest = heading.start + inline.end()
            heading = Piece(heading.text[: inline.end(1)], heading.start, heading.start + inline.end(1))
            self.section = SectionBlock(line.heading_key or "other", heading)
            self.layout.sections.append(self.section)
            self._open("paragraph", rest, line.cend)
            return
        bare = heading.text.rstrip(":* \t")
        heading = Piece(bare, heading.start, heading.start + len(bare)) if bare else heading
        self.section = SectionBlock(line.heading_key or "other", heading)
        self.layout.sections.append(self.section)

    def _capitals_go_on(self, line: Line) -> bool:
        """A value in capitals wrapped in its column: "EVENT:   REGIONAL CONFERENCE ON THE\n
        RESOLUTION 1540 (2004): MARITIME TRADE, DUAL-USE\n   GOODS" is one title, its last line no
        heading, when that line starts where the value does and the value's last line is in capitals."""
        assert self.block is not None
        value_column = _column_of(self.text, self.block[0])
        if value_column == 0 or line.cstart - line.start != value_column:
            return False
        last = self.text[self.text.rfind("\n", self.block[0], self.block[1]) + 1:self.block[1]]
        return last.upper() == last and any(ch.isalpha() for ch in last)

    def _on_text(self, line: Line) -> None:
        if line.bullet and self.block_kind == "field" and self.field_bulleted and self.field is not None \
                and self.field[0] in PARTICIPANT_KEYS and self.field[0] != "participants":
            # "• Civil society: VERTIC" then "• Group of Experts of the 1540 Committee": the next bullet
            # is another item of the Participants list, under no sub-label
            self._close()
            self.field, self.field_bulleted = ("participants", Piece("", line.cstart, line.cstart)), True
            self._open("field", line.cstart, line.cend)
            return
        if self.block is not None and (not line.bullet or self.block_kind == "field"):
            self.block[1] = line.cend
            return
        if self.block is None and self._participants_go_on(line):
            last = self.layout.fields[-1]  # "Participants:   Botswana   Eswatini" / "" / "   World Customs
            self.field = (last.key, last.label)  # Organization (WCO); EU P2P; …": the list's next block, in its column
            self._open("field", line.cstart, line.cend)
            return
        self._close()
        self._open("item" if line.bullet else "paragraph", line.cstart, line.cend)

    def _participants_go_on(self, line: Line) -> bool:
        """Whether ``line``, after one blank line under a Participants field, goes on with its value: it
        opens in the value's column (indented), no bullet, before any section or body text."""
        if line.bullet or self.seen_body or self.section is not None or not self.layout.fields:
            return False
        last = self.layout.fields[-1]
        if last.key not in ("participants", *PARTICIPANT_KEYS) or not last.value.text \
                or line.start - last.value.end > _GO_ON_REACH or self.text.count("\n", last.value.end, line.start) > 2:
            return False  # (the reach first: a long header-less text's lines are each this far from the field)
        column = _column_of(self.text, line.cstart)
        return column > 0 and column == _column_of(self.text, last.value.start)

    def _open(self, kind: str, start: int, end: int) -> None:
        self.block, self.block_kind = [start, end], kind

    def _close(self) -> None:
        if self.block is None:
            return
        start, end = self.block
        kind, self.block, self.block_kind = self.block_kind, None, ""
        piece = _piece(self.text, start, end)
        if kind == "field":
            assert self.field is not None
            key, label = self.field
            self.field = None
            if piece is None:
                piece = Piece("", end, end)
            self.layout.fields.append(HeaderField(key, label, piece))
            return
        if piece is None:
            return
        if kind == "paragraph" and self.section is None and not self.seen_body \
                and _AT_LEAST_30_WORDS.match(_LETTER_SPACED.sub("", piece.text)):
            self.seen_body = True  # a real paragraph: label-like lines after it are prose (a title spaced out
            # letter by letter, "R e g i o n a l   S e m i n a r", counts its words, not its letters)
        if kind == "footnote":
            self.layout.footnotes.append(FootnoteBlock(self.marker, piece))
        elif self.section is not None:
            self.section.items.append(piece)
        else:
            self.layout.paragraphs.append(piece)


_SUB_GLOSS = r"\p{L}[\p{L}'\u2019\-]*+(?:[ ]\p{L}[\p{L}'\u2019\-]*+){0,5}+"
_NAMES_WORDS = r"American|Arab|African|Caribbean|Andean|Pacific|Island|Gulf|Baltic|Nordic|Independent|Developing"
_NOT_A_NAMES_LAST_WORD = rf"(?<!\b(?:{_NAMES_WORDS}|Member|Participating)[ \t]*+\r?\n[ \t*]*+)"
"""Not a line's first word that a name wrapped over the line before ends with: "Organization of
American\n   States - Inter-American Committee against Terrorism" names the OAS, no "States -" label; nor, before
a dash, the second word of a line that a name wrapped onto ("Organization of\n   American States – Inter-American …")."""
_PARTICIPANT_LABEL_RE = patterns.compile(
    rf"(?:(?<=^|[\s;,.(*])|^)[*\s]*{_NOT_A_NAMES_LAST_WORD}(?:{_SUB_GLOSS}[ \t]*+/[ \t]*+)?(?:"
    + "|".join(f"(?P<{k}>{FIELD_LABELS[k]})" for k in PARTICIPANT_KEYS) + r")"
    r"(?:(?:[ \t]+(?:and|&)[ \t]+(?:academia|research|industry|civil[ \t]+society|think[ \t]+tanks?|private[ \t]+sector))?[*\s]*:"
    r"|(?=[ \t]++[\u2013\u2014\-])(?<=^[ \t*]*\p{L}[\p{L}']*(?:[ \t]{1,2}[\p{L}']+)*)"  # no column gap before it
    rf"(?<!^[ \t*]*+(?:{_NAMES_WORDS})[ \t]++\p{{L}}++)[ \t]++[\u2013\u2014\-][ \t]++(?=\S)"
    r"|(?=\t)(?<=^[ \t*]*\p{L}[\p{L}. \t]*)\t++(?=\S)" + _NOT_A_COLUMN_HEAD + r")[*\s]*",
    regex.IGNORECASE | regex.MULTILINE,
)
"""An inline sub-label of a Participants value: "States:", "; International organizations:", in two
languages ("Société civile et milieu universitaire / Civil society and academia :"), and at a
line's start, before a dash (a hyphen too, spaced: "Int'l organizations -  UNRCPD") or a tab:
" States – Bahrain · Egypt", "\tInt. org.\tLAS, UNODA" — not a
table's column heads ("\tOrganization\tRepresentation")."""


_OPEN_ENDING = patterns.compile(r"(?:[,;/&-]|\b(?:and|of|the|for|on|in|to|de|la|et))$", regex.IGNORECASE)
"""How a header value ends that is not over: a list's comma, a name's "and" ("Saint Kitts and")."""


def _past_page_break(text: str, lines: list[Line], i: int, value_end: int) -> int | None:
    """The index of the line that goes on with a header value over a page break at line ``i``:
    blank lines with a page number among them, then a plain text line, when the value ended
    open (:data:`_OPEN_ENDING`) or that line starts in lower case. None when there is no such break."""
    j, footer = i, False
    while j < len(lines) and lines[j].kind in ("blank", "footer"):
        footer = footer or lines[j].kind == "footer"
        j += 1
    if not footer or j == len(lines) or lines[j].kind != "text" or lines[j].bullet:
        return None
    if _OPEN_ENDING.search(text, max(0, value_end - 4), value_end) or text[lines[j].cstart].islower():
        return j
    return None


_BRACKETED_SUB_LABEL = patterns.compile(
    r"(?i)\(\s*+(?:" + "|".join(f"(?P<{k}>{FIELD_LABELS[k]})" for k in PARTICIPANT_KEYS) + r")\s*+\)")


_CIVIL_SOCIETY_TOO = patterns.compile(r"(?i)\b(?:civil[ \t]+society|academia|research|think[ \t]+tanks?)\b")


def participant_parts(text: str, value: Piece, label: str = "",
                      gaps: Sequence[tuple[int, int]] = ()) -> list[tuple[str, Piece]]:
    """Split a Participants value at inline sub-labels ("States: …; International organizations: …").

    Returns ``(key, piece)`` pairs; text before the first sub-label (or all of it when there is
    none) comes back under the key ``"participants"``, or under the one its ``label`` gives in
    brackets ("Participants (Civil society):"). A wrapped label's second word inside the value (in
    one of the layout's ``gaps``) is no sub-label.
    """
    columns = _two_columns(text, value, label)
    if columns is not None:
        return columns
    parts: list[tuple[str, Piece]] = []
    sub = _BRACKETED_SUB_LABEL.search(label) if "(" in label else None
    key = next((k for k in PARTICIPANT_KEYS if sub.group(k)), "participants") if sub else "participants"
    pos = value.start
    for m in _PARTICIPANT_LABEL_RE.finditer(text, value.start, value.end):
        if any(a <= m.start() < b for a, b in gaps):
            continue
        piece = _piece(text, pos, m.start())
        if piece:
            kept = _A_BARE_LAST_LINE.sub("", piece.text).rstrip(";,.")  # "… (NUST)" over "| o  1540 Committee:"
            parts.append((key, Piece(kept, piece.start, piece.start + len(kept))))
        key = next(k for k in PARTICIPANT_KEYS if m.group(k))
        if key == "industry" and _CIVIL_SOCIETY_TOO.search(m.group()):
            key = "civil_society"  # "Industry and civil society:": its bodies are civil society's, as "Civil society:"'s are
        if key in _CATCH_ALL_KEYS and "/" in m.group():
            key = _first_of_a_pair(m.group().strip(" \t\n*:;,.("), key)
        pos = m.end()
    piece = _piece(text, pos, value.end)
    if piece:
        parts.append((key, piece))
    return [(k, cell) for k, piece in parts for cell in _first_column(text, piece)]


_A_BARE_LAST_LINE = patterns.compile(rf"\n[ \t]*+(?:{_VBAR}[ \t]*+)?(?:{_BULLET}|o)?[ \t*]*+\Z")
"""A piece's last line with only a table's rule or a bullet on it: the opening of the next sub-label's line."""
_SUB_LABEL_ALONE = patterns.compile(
    r"(?i)[ \t*]*+(?:" + "|".join(f"(?P<{k}>{FIELD_LABELS[k]})" for k in PARTICIPANT_KEYS) + r")"
    r"(?:[ \t]*+[/&][ \t]*+(?:" + "|".join(FIELD_LABELS[k] for k in PARTICIPANT_KEYS) + r")){0,2}+[ \t*:]*+")
"""A participants' sub-label alone in a table's head cell: "States", "International organizations",
"International organizations / civil society", "Civil society / academia / industry"."""
_CELL_RULE = patterns.compile(rf"[ \t]*+{_VBAR}[ \t]*+")
_CELL_TAB = patterns.compile(r"[ ]*+\t[ \t]*+")
"""Between the cells of a row of a table whose heads a tab parts ("States<tab>International organizations")."""


def _two_columns(text: str, value: Piece, label: str) -> list[tuple[str, Piece]] | None:
    """A table of two columns under "States | International organizations", read by column: the
    label's key for each row's first cell, "cell" (the bodies and States it names) for the
    second, a wrapped name's next line ("Pan American Health Organization" / "(PAHO)") marked
    :data:`WRAPPED` right after the cell it goes on with (:func:`_goes_on`). None unless the label
    and the value's first line are such heads and rows follow."""
    first = _SUB_LABEL_ALONE.fullmatch(label)
    head_end = text.find("\n", value.start, value.end)
    second = _SUB_LABEL_ALONE.fullmatch(text, value.start, head_end) if first is not None and head_end > 0 else None
    if second is None:
        return _columns_under_heads(text, value, first, head_end) if head_end > 0 else None
    key = next(k for k in PARTICIPANT_KEYS if first.group(k))
    tabbed = text.startswith("\t", value.start - 1)  # "States<tab>International organizations": cells a tab parts
    column = _column_of(text, value.start) if text.startswith("  ", value.start - 2) else None
    cells: list[tuple[str, Piece]] = []
    above: Piece | None = None  # the second column's cell on the row above
    for line_start, line_end in _lines_of(text, head_end + 1, value.end):
        if _UNDERLINES.fullmatch(text, line_start, line_end):
            continue  # the heads' underlines: "------      --------------"
        rule = (_CELL_TAB if tabbed else _CELL_RULE).search(text, line_start, line_end)
        if rule is None and column is not None and not tabbed:
            rule = _column_gap(text, line_start, line_end, column)  # heads and rows aligned by spaces
        if rule is None and not tabbed:
            return None  # a row with no rule: no such table
        if rule is None:  # a row of the first column alone ("Uzbekistan")
            rule = _EMPTY_AT_END.search(text, line_start, line_end)
        for k, a, b in ((key, line_start, rule.start()), ("cell", rule.end(), line_end)):
            cell = _piece(text, a, b)
            if cell is None:
                continue
            if k == key and cells and cells[-1][0] == key and \
                    _column_of(text, cell.start) > _column_of(text, cells[-1][1].start):  # indented under the cell above, no second
                held = cells[-1][1]  # cell between: a name wrapped in its column ("the former Yugoslav" / "  Republic of …")
                cells[-1] = (key, Piece(text[held.start:cell.end], held.start, cell.end))
                continue
            if k == "cell" and above is not None and _goes_on(text, above, cell):
                at = next(j for j in range(len(cells) - 1, -1, -1) if cells[j][1] is above)
                cells.insert(at + 1, (WRAPPED, cell))  # "UN Regional Centre for Peace and Disarmament" / "  in Asia …"
                above = cell
                continue
            cells.append((k, cell))
            if k == "cell":
                above = cell
        if rule is not None and _piece(text, rule.end(), line_end) is None:
            above = None  # a row without a second cell: the next one starts a name
    return cells or None


_HEAD_GAP = patterns.compile(r"[ ]{2,}+|[ ]*+\t[ \t]*+")
_CELL_GAP = patterns.compile(r"(?<=\S)[ ]{3,}+(?=\S)|[ ]*+\t[ \t]*+")
_SLACK = 2
"""How far left of its head a cell may start and still be that head's."""


def _columns_under_heads(text: str, value: Piece, first: regex.Match[str] | None,
                         head_end: int) -> list[tuple[str, Piece]] | None:
    """A table of three or more columns under "States" (the label) and, on the value's first line,
    "Int'l / regional organizations      Civil society", or of two or more whose heads are all on that
    line ("PARTICIPANTS :    STATES      ORGANIZATIONS"): each row's cells, each under the head it
    starts below, with that head's key ("cell" for the organizations'). A cell that goes on with the
    one above it in its column (:func:`_goes_on`) joins it in the first column ("Congo" / "  (Republic
    of the)"), and in another comes right after it, marked :data:`WRAPPED`. None unless every head on
    the first line is a sub-label."""
    heads: list[tuple[int, str]] = [] if first is None else \
        [(-1, next(k for k in PARTICIPANT_KEYS if first.group(k)))]  # the label's column
    pos = value.start
    for gap in [*_HEAD_GAP.finditer(text, value.start, head_end), None]:
        end = gap.start() if gap is not None else head_end
        head = _SUB_LABEL_ALONE.fullmatch(text, pos, end)
        if head is None or end == pos:
            return None
        heads.append((_column_of(text, pos), next(k for k in PARTICIPANT_KEYS if head.group(k))))
        pos = gap.end() if gap is not None else head_end
    if len(heads) < (2 if first is None else 3):
        return None
    cells: list[tuple[str, Piece]] = []
    above: dict[int, Piece] = {}  # each column's cell on the row above
    for line_start, line_end in _lines_of(text, head_end + 1, value.end):
        if _UNDERLINES.fullmatch(text, line_start, line_end):
            continue
        cut, row = line_start, {}
        for gap in [*_CELL_GAP.finditer(text, line_start, line_end), None]:
            cell = _piece(text, cut, gap.start() if gap is not None else line_end)
            cut = gap.end() if gap is not None else line_end
            if cell is None:
                continue
            column = _column_of(text, cell.start)
            i = next((i for i in range(len(heads) - 1, -1, -1) if column >= heads[i][0] - _SLACK), 0)
            key = "cell" if heads[i][1] == "organizations" else heads[i][1]  # a body's bracketed units are its own
            held, row[i] = above.get(i), cell
            if held is not None and _goes_on(text, held, cell):
                at = next(j for j in range(len(cells) - 1, -1, -1) if cells[j][1] is held)
                if i == 0:  # a name wrapped in the first column: "Congo" / "  (Republic of the)"
                    row[i] = Piece(text[held.start:cell.end], held.start, cell.end)
                    cells[at] = (key, row[i])
                else:  # "UN Office for Disarmament" / "  Affairs (UNODA)": right after the cell it goes on with
                    cells.insert(at + 1, (WRAPPED, cell))
                continue
            cells.append((key, cell))
        above = row
    return cells or None


WRAPPED = "+"
"""The key of a cell that goes on with the one above it in its column, past the other columns' cells."""


def _goes_on(text: str, held: Piece, cell: Piece) -> bool:
    """Whether ``cell`` goes on with ``held``, the cell above it in its column: it starts further
    right, or after a hyphen, in lower case or with a bracket ("Stockholm Inter-" / "national Peace
    Re-" / "search Institute" / "(SIPRI)"), or ``held`` ends in a word that cannot end a name or
    inside a bracket ("Implementation Support Unit of the" / "Biological Weapons Convention",
    "INTERPOL (Regional Bureau for" / "Buenos Aires)")."""
    return (_column_of(text, cell.start) > _column_of(text, held.start) or held.text.endswith("-")
            or cell.text[:1].islower() or cell.text.startswith("(") or _NAME_GOES_ON_AFTER.search(held.text) is not None
            or held.text.count("(") > held.text.count(")"))


_NAME_GOES_ON_AFTER = patterns.compile(r"(?i)[ ](?:of|the|for|and|on|in|to|de|del|la|des|du|et)$")
"""A word a name cannot end with: its line goes on with the next."""


_HEADS_UNDERLINED = patterns.compile(r"[ \t]*+[\-\u2013\u2014_=]{3,}+(?:[ \t]{2,}+[\-\u2013\u2014_=]{3,}+)++[ \t]*+")
"""Under a table's column heads, each head's underline, a gap between: "-------------      -------"."""
_EMPTY_AT_END = patterns.compile(r"$")
_UNDERLINES = patterns.compile(r"[ \t]*+[\-\u2013\u2014_=]{3,}+(?:[ \t]++[\-\u2013\u2014_=]{3,}+)*+[ \t]*+")
_GAP_AT = patterns.compile(r"[ \t]*+")


def _column_gap(text: str, start: int, end: int, column: int) -> regex.Match[str] | None:
    """In a row of a table whose columns spaces align, the spaces before its second column (which
    starts at ``column``, where the second head does; a wrapped cell's indent is its own); at the
    row's end when the row has no second cell."""
    at = start + column
    if at >= end or not text[at - 1].isspace():
        return _EMPTY_AT_END.search(text, end, end) if at >= end or text[start:at].strip() == "" else None
    gap = start + len(text[start:at].rstrip())
    return _GAP_AT.match(text, gap, end)


def _lines_of(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of ``text[start:end]``, as ``(start, end)`` without their line ends."""
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        yield start, stop
        start = stop + 1


_COLUMN_HEADS_ROW = patterns.compile(r"(?m)[ \t]*+[^\t\n]{1,40}\t++" + _NOT_A_COLUMN_HEAD.replace("(?!", "(?=", 1))
"""A table's head row, its second column a column head: "Organization<tab>Representation"."""
_FIRST_CELL = patterns.compile(r"(?m)^[ \t]*+(?P<cell>[^\t\n]*[^\t\n \r])")


def _first_column(text: str, piece: Piece) -> list[Piece]:
    """The first cells of the rows of a table ``piece`` opens with its head row ("1540 Committee",
    "UNODA" under "Organization<tab>Representation"; not the units beside them), or ``[piece]``."""
    head = _COLUMN_HEADS_ROW.match(text, piece.start, piece.end)
    if head is None:
        return [piece]
    row_start = text.find("\n", head.end(), piece.end) + 1
    cells = (m for m in _FIRST_CELL.finditer(text, row_start, piece.end) if m.group("cell"))
    return [Piece(m.group("cell"), m.start("cell"), m.end("cell")) for m in cells]


def label_spans(text: str, layout: Layout) -> list[tuple[int, int]]:
    """Raw spans of every label of ``layout``: headings, header field labels, and the sub-labels
    inside participant values ("*Civil Society:*") — words that name a field, not a body."""
    spans = [(s.heading.start, s.heading.end) for s in layout.sections]
    for f in layout.fields:
        spans.append((f.label.start, f.label.end))
        if f.key == "participants" or f.key in PARTICIPANT_KEYS:
            spans += [m.span() for m in _PARTICIPANT_LABEL_RE.finditer(text, f.value.start, f.value.end)]
    return spans


def word_count(text: str) -> int:
    """Number of words (letters and inner apostrophes or hyphens) in ``text``."""
    return len(_WORD.findall(text))
