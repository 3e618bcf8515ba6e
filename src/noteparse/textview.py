"""A cleaned copy of the raw note for matching, with a map back to raw offsets.

Conversion debris would split names in two ("the Russian\\nFederation", "**OSCE**", "Note¹"), so
matchers read a view where runs of white space are one space (a newline where a block ends, or
between the tab-separated cells of a table's row),
``*``, superscript markers and footnote digits glued to a word are gone, a word broken by a
line-end hyphen or a page break is whole again, and ligature glyphs are letters.
:meth:`TextView.to_raw` turns a span of the view back into a span of the text the user gave.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import NamedTuple

import regex

from . import patterns
from .organizations import org_entries
from .places import city_entries
from .spans import Cover
from .states import state_entries

WHITE_SPACE = "\t\n\x0b\x0c\r \x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
"""The characters the regex ``\\s`` matches (Unicode White_Space), for ``str.strip`` and ``re`` sets."""
SPACE_CHARS = WHITE_SPACE + "\x1c\x1d\x1e\x1f"
"""The characters ``str.isspace()`` accepts (and ``str.strip()`` removes): ``\\s`` and the four separators."""
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
def bracketed_ref(group: str) -> str:
    """A footnote reference in brackets glued to the text, its number in ``group``: "States[3]",
    "resolution 1540 (2004)[1]" (not a Markdown link's "[1](…)", nor "[x]" or " [1]")."""
    return rf"(?<=[\p{{L}}\d.,;:)])\[(?P<{group}>\d{{1,2}})\](?![(\[:])"


VBARS = "|\u2502\u2503\u2551"
"""A table's column rule: "|", or the box-drawing "│", "┃" and "║" of a table drawn in a text editor."""
EMPTY_FIRST_CELL = rf"[{VBARS}][ \t]++[{VBARS}]"
"""A table row's empty first cell, its two rules: "|        |" before a value that goes on from the row above."""
_PAGE_NUMBER = r"(?i:page[ \t]++)?(?:-[ \t]*+)?\d{1,4}(?:[ \t]*+(?:of|/)[ \t]*+\d{1,4})?(?:[ \t]*+-)?"
_EDIT_RE = patterns.compile(
    r"(?P<page>(?<=[^\n]{24}[\p{Ll},;])[ \t]*+\r?\n(?:[ \t]*+\r?\n)*+[ \t]*+" + _PAGE_NUMBER
    + r"[ \t]*+\r?\n\s*+(?=\p{L}))"
    r"|(?P<hyphen>(?<=\p{L})-[ \t]*+(?:\r\n|\r|\n)[ \t]*+(?:(?<=\n[ \t]{4,})[" + VBARS + r"][ \t]++)?(?=\p{L}))"
    r"|(?P<soft>\u00ad[ \t]*+(?:\r\n|\r|\n)?[ \t]*+)"
    r"|(?P<slashwrap>(?<=\p{Lu}/)[ \t]*+\r?\n[ \t]*+(?=\p{Lu}))"
    r"|(?P<cellwrap>[ \t]*+[" + VBARS + r"][ \t]*+\r?\n[ \t]*+[" + VBARS + r"][ \t]*+[" + VBARS + r"][ \t]*+"
    r"(?=[^" + VBARS + r"\n]++[" + VBARS + r"][ \t]*+(?:\r?\n|\Z)))"
    r"|(?P<rule>(?<=[\p{L}.)])[" + VBARS + r"](?=[ \t]*+(?:\r?\n|\Z)))"
    r"|(?P<space>(?:[ ](?=[\s\u200b])|[^\S ]|\u200b)[\s\u200b]*+(?:(?<=\n[ \t]{4,})[" + VBARS + r"][ \t]++(?=\S)"
    r"|(?<=\n[ \t]*+)" + EMPTY_FIRST_CELL + r"[ \t]++(?=[^\s" + VBARS + r"]))?)"
    rf"|(?P<mark>[*{SUPERSCRIPTS}]++)"
    r"|(?P<ligature>[\ufb00-\ufb06])"
    r"|(?P<link>\[(?=[^\[\]\n]{1,200}+\]\([^()\s]{0,500}+\))|(?<=\[[^\[\]\n]{1,200})\]\([^()\s]{0,500}+\))"
    rf"|(?P<ref>{bracketed_ref('ref_number')})"
    r"|(?P<attr>(?<=\p{L})=[\"'](?=\p{L}))"
    r"|(?P<quote>(?<=\p{L})\?(?=s\b))"
)
"""Edits the view makes; a single plain space is copied as it is, so most of a text is one copy.

A ``space`` edit takes in the rule of a padded table's wrapped cell ("Ministry of the /      |
Armed Forces"), and so does a ``hyphen`` edit ("Office for Disarma-" /  "     |    ment Affairs"). A ``cellwrap`` is the end of a two-column table's row and the opening of the
next, whose first cell is empty ("… Disarmament in     |\n|              | Asia and the Pacific
(UNRCPD) …   |"): the second cell's text goes on, so the view has one space; so does a ``space`` before a row whose
first cell is empty in a table without closing rules ("… Cooperation of the United" / "|      | Republic of
Tanzania"). A ``rule`` is a table's last column rule glued to the cell's last word ("Russian Federation|"): a space, so the word is a word of its own. A
``page`` edit is a page number alone on its line inside a sentence ("Saint Kitts and / 1 /
Nevis"): the text before it ends a long line without a stop, a letter follows; it becomes one
space, so the name is whole again. A ``ligature`` is one PDF glyph for two or three letters
("Oﬃce"): the view has the letters. A ``link`` is the mark-up of a Markdown link, "[Da
Nang](/wiki/Da_Nang)": the view has its text alone. A ``ref`` is a footnote reference in
brackets glued to the text, as word processors and wikis export them: "resolution 1540 (2004)[1]". An
``attr`` is the '="' of an HTML attribute before its text, '<meta content="UNODA and …': a space, so
the value's first word is a word of its own. A ``quote`` is a curly apostrophe a conversion wrote as
"?" ("Lao People?s Democratic Republic", "the Committee?s experts"): the view has the apostrophe. A
``slashwrap`` is the line end after a slash between capitals, "(OAS/" over "CICTE)": nothing, so the
acronym is whole again."""
_EDIT_START = re.compile(rf"[{WHITE_SPACE.replace(' ', '')}\u200b\u00ad*{SUPERSCRIPTS}\ufb00-\ufb06\[\]=\-?{VBARS}]")
"""Where an edit can start, but for a space before one or a double space; a one-set pattern in
stdlib ``re`` skips plain text several times faster than ``regex`` scanning with ``_EDIT_RE``."""
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_UNLIGATURE = str.maketrans(_LIGATURES)


def without_ligatures(text: str) -> str:
    """``text`` with each ligature glyph written as its letters ("Aﬀairs" → "Affairs"): a name's
    canonical form, where a span keeps the raw glyph."""
    return text.translate(_UNLIGATURE)
_HYPHEN_GAP = (" ", "\t", "\r", "\n")
"""What follows the "-" of a hyphen edit: any other "-" ("follow-up") is not tried."""
_GLUED_MARKER = re.compile(
    r"(?P<mark>[0-9](?:(?<=[a-z\u00df-\u00ff]{3}[0-9])[0-9]?|(?<=\b[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2}[0-9])"
    r"|(?<=[A-Z\u00c0-\u00de]{4}[0-9])[0-9]?|(?<=[A-Z\u00c0-\u00de]{3}[0-9])))(?=[\s,;:)\]]|\.(?!\d)|$)"
)
"""A digit first, then the letters behind it: a scan for a digit is four times faster than one for
the letters (16 µs a note). Behind capitals ("INTERPOL3", "KAZAKHSTAN2") a marker needs three of
them, and four for two digits: "EU3", "P5", "COP26" stay; behind a word of three letters, one
digit ("Viet Nam2")."""
_LETTERS = patterns.compile(r"\p{L}+")
_LAST_LETTERS = patterns.compile(r"\p{L}+$")
_BLOCK_START = patterns.compile(r"[ \t]*+(?:[-\u2013\u2022\u25aa\u25cf\u00b7*#]|\(?\d{1,2}[.)](?![\d\-\u2013./])|(?P<label>\p{Lu}[\p{L} ()/]{0,40}:))")
"""A line that starts a block of its own: a bullet, a number ("2." but not "12.-14.3.2019"), a
label (not after a line that stops mid-sentence: "… and the national / CBRN team: Benin, …")."""


@dataclass(frozen=True)
class TextView:
    """``clean`` is what matchers read; ``to_raw`` maps its spans back to ``raw``."""

    raw: str
    clean: str
    _clean_starts: tuple[int, ...]
    _raw_starts: tuple[int, ...]
    _copied: tuple[bool, ...]

    def raw_index(self, i: int, *, last: bool = False) -> int:
        """The raw offset of clean character ``i`` (for ``last``, of the raw char it ends on)."""
        k = bisect_right(self._clean_starts, i) - 1
        if self._copied[k]:
            return self._raw_starts[k] + (i - self._clean_starts[k])
        return (self._raw_starts[k + 1] - 1) if last and k + 1 < len(self._raw_starts) else self._raw_starts[k]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span ``[start, end)`` to the raw span covering the same characters.

        ``raw_index`` of both ends, written out: matchers call this for every span they keep.
        """
        if end <= start:
            r = self.raw_index(start) if start < len(self.clean) else len(self.raw)
            return r, r
        clean_starts, raw_starts, copied = self._clean_starts, self._raw_starts, self._copied
        k = bisect_right(clean_starts, start) - 1
        raw_start = raw_starts[k] + (start - clean_starts[k]) if copied[k] else raw_starts[k]
        last = end - 1
        k = bisect_right(clean_starts, last) - 1
        if copied[k]:
            return raw_start, raw_starts[k] + (last - clean_starts[k]) + 1
        return raw_start, raw_starts[k + 1] if k + 1 < len(raw_starts) else raw_starts[k] + 1

    def to_clean(self, raw_start: int) -> int:
        """The clean offset of the first clean character at or after raw offset ``raw_start``."""
        k = bisect_right(self._raw_starts, raw_start) - 1
        if k < 0:
            return 0
        if self._copied[k]:
            return self._clean_starts[k] + (raw_start - self._raw_starts[k])
        return self._clean_starts[k + 1] if k + 1 < len(self._clean_starts) else len(self.clean)


def make_view(raw: str, gaps: Sequence[tuple[int, int]] = ()) -> TextView:
    """Build the cleaned view of ``raw``; linear in its length. Each of ``gaps`` (raw spans that
    hold no words of the text, as a wrapped label's second line inside a value) reads as one space."""
    words = None
    pieces: list[str] = []
    raw_starts: list[int] = []
    copied: list[bool] = []
    pos = 0
    edits: Sequence[regex.Match[str] | _Gap] = _with_glued_markers(raw, _edits(raw))
    if not raw.isascii() and MOJIBAKE_SIGN.search(raw):
        edits = _with_mended_mojibake(raw, edits)
    for m in _with_gaps(edits, gaps) if gaps else edits:
        start, end = m.span()
        if start > pos:
            pieces.append(raw[pos:start])
            raw_starts.append(pos)
            copied.append(True)
        kind = m.lastgroup
        if kind in ("gap", "cellwrap", "rule"):
            rep = " "
        elif kind == "space":
            rep = _space(raw, m)
        elif kind == "page":
            rep = " "
        elif kind == "soft":
            rep = ""  # a soft hyphen, at a line's end too: "Intern\u00ad" over "ational" is one word
        elif kind == "ligature":
            rep = _LIGATURES[m.group()]
        elif kind == "mojibake":
            rep = _unmojibake(m.group())
        elif kind == "quote":
            rep = "\u2019"
        elif kind == "hyphen":
            if words is None:
                words = set(_LETTERS.findall(raw.lower()))
            rep = _dehyphen(raw, m, words)
        else:
            before = raw[start - 1] if start else " "
            after = raw[end] if end < len(raw) else " "
            rep = " " if before.isalnum() and after.isalnum() else ""
        pieces.append(rep)
        raw_starts.append(start)
        copied.append(False)
        pos = end
    if pos < len(raw):
        pieces.append(raw[pos:])
        raw_starts.append(pos)
        copied.append(True)
    pieces.append("")  # sentinel: the end of the text
    raw_starts.append(len(raw))
    copied.append(False)
    clean_starts = tuple(accumulate(map(len, pieces[:-1]), initial=0))
    return TextView(raw, "".join(pieces), clean_starts, tuple(raw_starts), tuple(copied))


class _Gap(NamedTuple):
    """A raw span the view reads as one space, in the place of an edit's match."""

    start_at: int
    end_at: int
    lastgroup: str = "gap"

    def span(self) -> tuple[int, int]:
        return self.start_at, self.end_at

    def start(self) -> int:
        return self.start_at

    def end(self) -> int:
        return self.end_at


def _with_gaps(edits: Sequence[regex.Match[str] | _Gap], gaps: Sequence[tuple[int, int]]) -> list[regex.Match[str] | _Gap]:
    """``edits`` with ``gaps`` among them, in text order; an edit that overlaps a gap gives way to it.
    One merge of the two ordered lists: linear, however many gaps a text of wrapped labels has."""
    cover = [_Gap(a, b) for a, b in sorted(gaps) if a < b]
    merged: list[regex.Match[str] | _Gap] = []
    i = 0
    for m in edits:
        start, end = m.span()
        while i < len(cover) and cover[i].end_at <= start:
            if not merged or merged[-1].span()[1] <= cover[i].start_at:
                merged.append(cover[i])
            i += 1
        if i < len(cover) and cover[i].start_at < end:
            if m.lastgroup == "hyphen" and start < cover[i].start_at:  # "Organisation for the Prohi-" over
                cover[i] = _Gap(start, cover[i].end_at, "hyphen")  # "organizations:    bition of …": one word
            continue  # the edit overlaps the next gap
        if merged and merged[-1].span()[1] > start:
            continue  # the edit overlaps the gap before it
        merged.append(m)
    merged += [g for g in cover[i:] if not merged or merged[-1].span()[1] <= g.start_at]
    return merged


_CP1252_HIGH = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
"""The 59 characters cp1252 decodes a UTF-8 continuation byte as ("€", "™", "©", "\u00a0" …)."""
_MOJIBAKE = patterns.compile(
    rf"(?P<mojibake>[\u00c2-\u00df][{regex.escape(_CP1252_HIGH)}]|[\u00e0-\u00ef][{regex.escape(_CP1252_HIGH)}]{{2}})")
"""A character UTF-8 wrote in two or three bytes, read back as cp1252: "Ã©" for "é", "â€™" for "’"."""
MOJIBAKE_SIGN = patterns.compile(r"\u00e2\u20ac|\u00c3[\u00a0-\u00bf\u2018-\u201e\u2026\u0152\u0153\u0161\u0178]")
"""What only a mis-decoded text holds ("â€", "Ã©"): without it no pair is mended, so a text's own
"É’" stays as written."""


def _unmojibake(text: str) -> str:
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text


def mended(text: str) -> str:
    """``text`` with the characters a conversion mis-decoded as the view reads them ("LuleÃ¥" is
    "Luleå"): for a name taken from the raw text, not from the view."""
    if text.isascii() or not MOJIBAKE_SIGN.search(text):
        return text
    return _MOJIBAKE.sub(lambda m: _unmojibake(m.group()), text)


def _with_mended_mojibake(raw: str, edits: Sequence[regex.Match[str] | _Gap]) -> list[regex.Match[str] | _Gap]:
    """``edits`` and, in text order among them, each character a conversion mis-decoded ("Peopleâ€™s",
    "MÃ©rida"): the view has the character, so names match. An edit inside one gives way to it."""
    mends = [m for m in _MOJIBAKE.finditer(raw) if _unmojibake(m.group()) != m.group()]
    if not mends:
        return list(edits)
    taken = Cover((m.start(), m.end()) for m in mends)
    kept = [e for e in edits if not taken.contains(e.start(), e.start() + 1)
            and taken.first_start_in(e.start() - 1, e.end()) is None]
    return sorted(kept + mends, key=lambda m: m.start())  # type: ignore[operator]


def _with_glued_markers(raw: str, edits: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``edits`` and, in text order among them, the footnote digits conversion glued to a word
    ("Kazakhstan2, Kyrgyzstan", "Information Note1"): one or two digits ending a Title-Case word,
    then a space, a stop or a comma. "item2", "km2", "G20", "1540" stay."""
    marks = [m for m in _GLUED_MARKER.finditer(raw) if _capitalised_word_before(raw, m.start())]
    if not marks:
        return edits
    return sorted(edits + marks, key=lambda m: m.start())  # type: ignore[operator]


def glued_marker_end(raw: str, a: int, b: int) -> int:
    """Where ``raw[a:b]`` ends less a footnote's digits glued to its last word, as the view drops them
    ("… International Relations of Lesotho1" ends at "Lesotho"); ``b`` when it has none."""
    m = _GLUED_MARKER.search(raw, max(a, b - 2), b)
    return m.start() if m is not None and m.end() == b and m.start() > a and _capitalised_word_before(raw, m.start()) else b


def _capitalised_word_before(raw: str, end: int) -> bool:
    start = end
    while start > 0 and raw[start - 1].isalpha() and end - start < 40:
        start -= 1
    return raw[start].isupper()


def _edits(raw: str) -> list[regex.Match[str]]:
    """The matches of ``_EDIT_RE.finditer(raw)``, trying ``_EDIT_RE`` only where one can start.

    That is at an ``_EDIT_START`` character, at the plain space before one, or at a double space;
    any other space is copied, and nothing else starts an edit.
    """
    found: list[regex.Match[str]] = []
    pos, double = 0, raw.find("  ")
    while True:
        if 0 <= double < pos:
            double = raw.find("  ", pos)
        start = _EDIT_START.search(raw, pos)
        at = start.start() if start else len(raw)
        if 0 <= double < at:
            at = double
        elif at > pos and raw[at - 1] == " ":
            at -= 1  # " \n" is one edit; " *" is not, and the next round tries the "*"
        if at >= len(raw):
            return found
        m = _EDIT_RE.match(raw, at) if raw[at] != "-" or raw[at + 1:at + 2] in _HYPHEN_GAP else None
        if m:
            found.append(m)
        pos = m.end() if m else at + 1


_CELL_EDGE = patterns.compile(r"[\p{L}\d)]")


_CELL_REACH = 200


def _another_tab_on_the_line(raw: str, start: int, end: int) -> bool:
    """Whether the line of the gap ``raw[start:end]`` has another tab within reach: a table's row
    ("\tUNODA\tWeapons …", "1\tPetrovic\tMarko"), where one tab in prose is a space."""
    before = raw.rfind("\n", max(0, start - _CELL_REACH), start) + 1 or max(0, start - _CELL_REACH)
    after = raw.find("\n", end, end + _CELL_REACH)
    return raw.rfind("\t", before, start) >= 0 or raw.find("\t", end, after if after >= 0 else end + _CELL_REACH) >= 0


def _space(raw: str, m: regex.Match[str]) -> str:
    gap = m.group()
    newlines = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
    if newlines >= 2:
        return "\n\n"
    if not newlines and "\t" in gap and _CELL_EDGE.match(raw, max(0, m.start() - 1)) and _CELL_EDGE.match(raw, m.end()) \
            and _another_tab_on_the_line(raw, m.start(), m.end()):
        return "\n"  # a table's cells, "<tab>UNODA<tab>Weapons of Mass Destruction Branch": no name runs from one to the next
    if newlines == 1:
        before = raw[max(0, m.start() - 1)]
        if before in ".:!?":
            if before == "." and _A_SAINTS_STOP.search(raw, max(0, m.start() - 4), m.start()) \
                    and _A_CAPITAL.match(raw, m.end()):
                return " "  # "University of St. / Gallen": a name's abbreviation at the line's end, no sentence's stop
            return " " if before == ":" and _in_open_quote(raw, m.start()) else "\n"
        block = _BLOCK_START.match(raw, m.end())
        if block and not (block.group("label") and (before.islower() or before == ",") and not _is_label_line(raw, m.start())):
            return "\n"
    return " "


_A_SAINTS_STOP = patterns.compile(r"(?<!\p{L})(?:St|Ste|Sta|Mt)\.$")
"""A saint's or a mount's abbreviation ending a line, which a name goes on from on the next: "University of St." /
"Gallen"."""
_A_CAPITAL = patterns.compile(r"\p{Lu}")


_SUFFIXES = frozenset(
    "tion tions sion sions ment ments ness ity ities ing ings ance ances ence ences ation ations ative atives "
    "ed er ers es ies ic ics ical al ial ian ians ly ism isms ist ists ize ized izes ise ised ous ive ives ible able "
    "bility ility ty cy gy ry ary ory ure ures ent ents ated ating ator ators ional ization isation ful".split()
)
"""Word endings that are no word alone: "Integra-\\ntion" was one word broken at the line end,
where "dual-\\nuse" and "capacity-\\nbuilding" were written with their hyphen."""


def _in_open_quote(raw: str, end: int) -> bool:
    """Whether the line ending at ``end`` leaves a double quote open (its last straight quote opens a
    word, or it opens more curly quotes than it closes): a title quoted across a line end after its
    colon ('the webinar "Brokering Controls:\nImplementing UNSCR 1540"') goes on."""
    line = raw[raw.rfind("\n", 0, end) + 1:end]
    last = line.rfind('"')
    opens = last >= 0 and (last == 0 or line[last - 1] in " \t([") and line[last + 1:last + 2].isalnum()
    return opens or line.count("\u201c") > line.count("\u201d")


def _is_label_line(raw: str, end: int) -> bool:
    """Whether the line ending at ``end`` opens with a label ("Location: Kathmandu"): a label under it starts anew."""
    return _LABEL_LINE.match(raw, raw.rfind("\n", 0, end) + 1, end) is not None


_LABEL_LINE = patterns.compile(r"[ \t*#\-\u2013\u2022]*+\p{Lu}[\p{L} ()/]{0,40}:")


def _dehyphen(raw: str, m: regex.Match[str], words: set[str]) -> str:
    """Rejoin "licens-\\ning" as "licensing" when that word occurs elsewhere in the note or in a
    State's, a city's or a registry body's name ("Sierra Le-\\none"), or when what follows the
    break is only a word's ending (:data:`_SUFFIXES`); else keep "dual-use"."""
    left = _LAST_LETTERS.search(raw[max(0, m.start() - 40):m.start()])
    right = _LETTERS.match(raw, pos=m.end())
    if left and right:
        word = (left.group() + right.group()).lower()
        if word in words or word in _name_words() or right.group().lower() in _SUFFIXES:
            return ""
    return "-"


@cache
def _name_words() -> frozenset[str]:
    """The lowercased words of the gazetteers' names: a name split at a line end may occur once."""
    names = [n for e in state_entries() for n in (e.name, *e.aliases)]
    names += [n for e in city_entries() for n in (e.name, *e.aliases)]
    names += [n for e in org_entries() for n in (e.name, *e.aliases)]
    return frozenset(w.lower() for n in names for w in _LETTERS.findall(n))
