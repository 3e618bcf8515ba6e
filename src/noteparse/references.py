"""Resolutions, contacts and footnotes: the note's references, each a regex with its converter."""

from __future__ import annotations

import re

import regex

from . import patterns
from .record import Contact, Footnote, Resolution
from .sections import Layout
from .textview import TextView

_COUNCIL = r"(?:(?:United\s+Nations|UN|U\.N\.)\s+)?Security\s+Council"
_GAP = r"[ \t\u00a0\u202f]*+(?:(?:\r\n|\r|\n)[ \t\u00a0\u202f]*+(?:\d{1,3}[ \t]{2,}+)?)?"
"""Spaces (no-break ones too: "resolution\u00a01540\u00a0(2004)"), and at most one line break: a line may
end between "resolution" and "1540", and the next line open with its number in a verbatim record
("resolution⏎17      1540")."""
_RESOLUTION_ELSEWHERE = r"[Rr]\u00e9solutions?|R\u00c9SOLUTIONS?|[Rr]esoluci(?:\u00f3n|ones)|[Rr]esolu\u00e7(?:\u00e3o|\u00f5es)"
"""The word in French, Spanish and Portuguese, as a bilingual note or a title left untranslated has
it: "la résolution 1540 (2004) du Conseil de sécurité", "resolución 1540"."""
_RESOLUTIONS_SUCH_AS = (r"[Rr]esolutions,?[ \t]++(?:(?:incl\.|including)(?=[ \t]*+[1-9]\d{2,3}[ \t]*+\((?:19|20)\d{2}\))"
                        r"|(?:such[ \t]+as|notably|e\.g\.,?)(?=[ \t]*+[12]\d{3}(?!\d)))")
"""Resolutions introduced as examples: "follow-up resolutions, incl. 2663 (2022)" (with the year, as
"including" may go on to anything), "later resolutions such as 1673" (a number of four digits)."""
_OF_THE_COUNCIL = rf"(?:[Rr]esolutions?|RESOLUTIONS?)[ \t]++(?:of|OF)[ \t]++(?:(?:the|THE)[ \t]++)?{_COUNCIL}[ \t]++(?=[1-9])"
"""The Council after the word, as a translation keeps it: "the resolution of UN Security Council
1540 (2004) and 1977 (2011)" (Russian "резолюции Совета Безопасности ООН 1540")."""
RESOLUTION_RE = patterns.compile(
    rf"(?:S/RES/|{_OF_THE_COUNCIL}|(?:(?:{_COUNCIL}|UNSC)\s+)?(?:{_RESOLUTIONS_SUCH_AS}|[Rr]esolutions,(?=[ \t\n]++[12]\d{{3}}(?!\d))|[Rr]esolutions?|RESOLUTIONS?|UNSCRs?|SCRs?|{_RESOLUTION_ELSEWHERE}"
    r"|(?<!\p{L})(?:[Rr]es|RES)\.(?=[ \t]*+(?:[1-9]\d{2,3}[ \t]*+\((?:19|20)\d{2}\)|(?:1[0-8]\d{2}|19[0-8]\d|20[4-9]\d|2[1-7]\d{2})(?![\d/\p{L}])))"
    r"|(?<!\p{L})(?:[Rr]es|RES)(?=[ \t]++[1-9]\d{2,3}[ \t]*+\((?:19|20)\d{2}\)))"
    rf"{_GAP}"
    rf"(?:\((?:UNSCR|SCR)\){_GAP})?(?:No\.?{_GAP}|#)?)"
    rf"(?P<number>[1-9]\d{{1,3}})(?!\d|[\-/]\p{{Lu}}{{2}}|/(?:19|20)\d{{2}}/|-\d\d(?!\d))"
    rf"(?:{_GAP}\((?P<year>(?:19|20)\d{{2}})\))?"
)
"""``resolution 1540 (2004)``, ``UNSCR 1540``, ``UN Security Council resolution (UNSCR) 1540 (2004)``, a
spoken list's ``resolutions, 1977 and 2325`` (a comma, then a four-digit number), a
post's ``res. 2663 (2022)`` or ``resolution #1540``, a notice's ``UNSC RES 1540 (2004)`` (with its year, or a number of the Council's that no year or "/" could be,
1000–1989 or 2040–2799: "res." is short for more than resolutions, "res. 2024/15" an ECOSOC one), and
the Council's document symbol ``S/RES/2663 (2022)``. Not a number with a body's letters after it: a
Party's or a government's own "Resolution No. 33-NQ/TW", "Resolution No. 18/2022/NQ-HĐND", nor a city council's
"Resolution No. 52-25" (its year after a hyphen)."""
_RESOLUTION_START = re.compile(r"United|UN(?:SC|\s)|U\.N\.|Security|SCR|Resolution|resolution|RESOLUTION|S/RES/")
"""How a RESOLUTION_RE match can start ("UNODA" cannot); stdlib ``re`` finds these literals
several times faster than ``regex`` scans with the whole pattern. A post's "res." is looked for
apart (:data:`_RES_ABBREVIATION`): in this alternation, it cost the scan its literal prefixes (0.5 M
instructions a note)."""
_RES_ABBREVIATION = re.compile(r"\b(?:[Rr]es|RES)(?:\.|[ \t]+(?=\d))")
_ABBREVIATED = re.compile(r" (?:[Rr]es|RES)(?:\. | [12])")
"""Whether a note writes the abbreviation at all: one scan, not one per spelling."""
_RESOLUTION_START_ELSEWHERE = re.compile(
    _RESOLUTION_START.pattern + "|R\u00e9solution|r\u00e9solution|R\u00c9SOLUTION|Resoluci|resoluci|Resolu\u00e7|resolu\u00e7")
"""The same, with the words of :data:`_RESOLUTION_ELSEWHERE`: for a note that has one only, since
with them the pattern's literal prefixes are lost and the scan costs several times as much."""
MORE_RE = patterns.compile(
    rf"(?:{_GAP},{_GAP}|{_GAP}(?<=\s)and(?=\s){_GAP}|{_GAP},{_GAP}and(?=\s){_GAP}|[ \t]*+/[ \t]*+)"
    rf"(?P<number>[1-9]\d{{2,3}})(?!\d)"
    rf"(?:{_GAP}\((?P<year>(?:19|20)\d{{2}})\))?")
"""Further numbers of a list: ``resolutions 1540 (2004), 1673 (2006) and 1810 (2008)``, also
over a line break, or after a slash: ``resolutions 1718 / 2270`` (but "UNSCR 1244/1999" is one
resolution and its year: :func:`_adopted_about`)."""
EMAIL_RE = patterns.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?<!\.)")
_CONTACT_NAME = patterns.compile(
    r"(?i)(?:contact|write\s+to|reach|e-?mail)[ \t:]+(?P<name>(?:the\s+)?[^\n.;:]{2,80}?)[ \t]+(?:by|via|at|on)[ \t]+"
    r"(?:(?:e-?mail|email)[ \t]+)?(?:at[ \t]+|:[ \t]*)?$"
)
_NAME_BEFORE_PARENTHESIS = patterns.compile(
    r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?\p{Lu}[\p{L}'\u2019\-]+(?:[ \t]+\p{Lu}[\p{L}'\u2019\-]+){1,3})"
    r"[ \t]*\([ \t]*(?:e-?mail:?[ \t]*)?$"
)
"""A person named just before their address in parentheses: "Mr. John Smith (john.smith@…)"."""
_SPACES = patterns.compile(r"\s+")
_LEADING_THE = patterns.compile(r"(?i)^the\s+")


_OTHER_ORGAN = patterns.compile(
    r"(?:General[ \t]+Assembly|GA|UNGA|Human[ \t]+Rights[ \t]+Council|HRC)['\u2019]?s?[ \t]*+$"
    r"|\b(?!(?:Security|SECURITY|The|This|Its)\b)\p{Lu}[\p{L}\-]*+[ \t\n]++Council(?:['\u2019]s)?"
    r"(?:[ \t\n]++in[ \t\n]++its)?[ \t\n]*+$")
"""Before a resolution that is not the Security Council's: "GA resolution", "General Assembly's resolution",
another body's council ("requested by the LAS Council in its resolution 8092"; not "The Council, in its
resolution 2325", which is the Security Council named again)."""
_HIGHEST_NUMBER = 2999
"""No Council resolution is numbered higher: the Council adopted its 2,800th in 2025, some fifty a year.
A higher number after "resolution" is another body's."""
_SESSION_NUMBER = patterns.compile(r"/[ \t]*+(?:\r?\n[ \t]*+)?\d")
"""After the session of a General Assembly resolution's "53/77" (at a line's end too: "71/" over "67"):
the Council's are numbered alone."""


def find_resolutions(raw: str, view: TextView | None = None) -> list[Resolution]:
    """Every Security Council resolution named, once per number, with all its spans; first year
    given wins. The General Assembly's ("GA resolution 53/77 D") are not the Council's. With the
    note's cleaned ``view``, also those a line break hyphenates ("reso-/lution 2325 (2016)"), as
    the raw text's spans of them."""
    by_number: dict[int, Resolution] = {}
    _add_all(by_number, raw)
    if view is not None and _hyphenates_a_resolution(raw):
        hyphenated: dict[int, Resolution] = {}
        _add_all(hyphenated, view.clean)
        for found in hyphenated.values():
            for span in found.spans:
                start, end = view.to_raw(*span)
                if "\n" in raw[start:end]:
                    _add_span(by_number, raw, found.number, found.year, (start, end))
        for resolution in by_number.values():
            resolution.spans.sort()
    if by_number or _RESOLUTION_WORD.search(raw):  # named by its word, or a list under "RESOLUTIONS TO REMEMBER"
        _add_bare_numbers(by_number, raw)
        _add_numbers_told(by_number, raw)
    return sorted(by_number.values(), key=lambda r: r.span[0])


_PIECE_BEFORE = patterns.compile(r"(?r)\p{L}{1,9}")
_PIECE_AFTER = patterns.compile(r"[ \t>]*+(\p{L}{1,9})")
_RESOLUTION_WORD = patterns.compile(r"(?i)r[eé]solu(?:tions?|ci[oó]n(?:es)?|[cç][aã]o|[cç][oõ]es)")


def _hyphenates_a_resolution(raw: str) -> bool:
    """Whether a word hyphenated at a line's end ("reso-/lution") is a resolution's, which the raw
    text's patterns cannot read and the cleaned view has rejoined. Found from each "-" that ends a
    line (a pattern tried at every letter cost more than the rest of the resolution search)."""
    for end_of_line in ("-\n", "-\r\n"):
        at = raw.find(end_of_line)
        while at >= 0:
            before = _PIECE_BEFORE.match(raw, max(0, at - 9), at)
            after = _PIECE_AFTER.match(raw, at + len(end_of_line), at + 40)
            if before and after and _RESOLUTION_WORD.fullmatch(before.group() + after.group(1)):
                return True
            at = raw.find(end_of_line, at + 2)
    return False


def _add_all(by_number: dict[int, Resolution], raw: str) -> None:
    for m in _resolution_matches(raw):
        if (_OTHER_ORGAN.search(raw, max(0, m.start() - 30), m.start())
                or len(m.group("number")) <= 2 and _SESSION_NUMBER.match(raw, m.end("number"))
                or len(m.group("number")) < 4 and _COLUMN_GAP_BEFORE.search(raw, max(0, m.start("number") - 4), m.start("number"))):
            continue  # not a table's "… texts of resolutions   40  19.09": a quantity in the next column
        pos = _add(by_number, raw, m, m.start())
        last = m.group("number")
        while (more := MORE_RE.match(raw, pos)) is not None and not (len(last) == 4 and len(more["number"]) == 3):
            pos = _add(by_number, raw, more, more.start("number"))  # not "… resolution 1540 (2004), 185 States"
            last = more["number"]


_COLUMN_GAP_BEFORE = re.compile(r"(?:[ ]{3}|\t)[ \t]*\Z")
_YEAR_IN_BRACKETS = re.compile(r"\((?P<year>(?:19|20)\d\d)\)")
_NUMBER_BEFORE = re.compile(r"(?<![\w/.\-])(?P<number>[12]\d{3})[ \t]*\Z")
"""A resolution's number and year without the word, as a chat or a list writes it after naming one:
"… resolution 1540 (2004) op 7 and the encouragement in 1977 (2011)": found from the year in
brackets (a literal "(" a scan finds fast), then the number just before it."""
_NUMBER_REACH = 8


def _add_bare_numbers(by_number: dict[int, Resolution], raw: str) -> None:
    """In a text that names a resolution, "NNNN (YYYY)" or "NNNN of YYYY" where the Council's resolution
    NNNN was adopted within a year of YYYY is one too ("Decree 1234 (2019)" is not: resolution 1234 is of
    1999); not a Thai year and its Gregorian one ("B.E. 2562 (2019)")."""
    taken = [span for r in by_number.values() for span in r.spans]
    found = []
    for bracket in _YEAR_IN_BRACKETS.finditer(raw):
        m = _NUMBER_BEFORE.search(raw, max(0, bracket.start() - _NUMBER_REACH), bracket.start())
        if m is not None:
            found.append((int(m.group("number")), int(bracket.group("year")), m.start(), bracket.end()))
    if " of " in raw:
        found += [(int(m["number"]), int(m["year"]), m.start(), m.end()) for m in _NUMBER_OF_ITS_YEAR.finditer(raw)
                  if not _A_LAWS_WORD_BEFORE.search(raw, max(0, m.start() - 16), m.start())]
    for number, year, start, end in found:
        if number - year != _BUDDHIST_ERA and _adopted_about(number, year, within=1) \
                and not any(a < end and start < b for a, b in taken):
            _add_span(by_number, raw, number, year, (start, end))
            by_number[number].spans.sort()


_A_RESOLUTION_NUMBERED = patterns.compile(
    r"(?i:resolution)(?P<between>[^.;]{0,60}?)\b(?i:numbered|number|no\.|called|call|known[ \t\n]++as)[ \t\n]*+"
    r"[\"\u201c'\u2018]?(?P<number>[12]\d{3})(?![\d/\-])")
"""A resolution's number as a lay text tells it: "a UN Security Council resolution numbered 1540", "a
resolution, number 1540", "a resolution of the United Nations Security Council, number 1540", "a resolution called
\u201c1540\u201d", "a resolution that people in the field simply call "1540"", "a Security Council resolution on
this (number 1540, for the curious)"."""
_THE_COUNCIL_BEFORE = patterns.compile(r"Security[ \t\n]++Council|United[ \t\n]++Nations|\bU\.?N\.?\b")
_COUNCIL_REACH = 160
"""How far before a told number's "resolution" the Security Council is looked for: a sentence or two."""


def _add_numbers_told(by_number: dict[int, Resolution], raw: str) -> None:
    """Resolutions a lay text names by their number (:data:`_A_RESOLUTION_NUMBERED`), after naming the Security
    Council or the United Nations: not a town council's "resolution number 2024"."""
    if "esolution" not in raw:
        return
    for m in _A_RESOLUTION_NUMBERED.finditer(raw):
        number = int(m["number"])
        if number > _HIGHEST_NUMBER or number in by_number or _RESOLUTION_WORD.search(m["between"]) \
                or _THE_COUNCIL_BEFORE.search(raw, max(0, m.start() - _COUNCIL_REACH), m.start("number")) is None:
            continue
        _add_span(by_number, raw, number, None, m.span("number"))


_NUMBER_OF_ITS_YEAR = patterns.compile(r"(?<![\w/.\-])(?P<number>[12]\d{3})[ \t\n]++of[ \t\n]++(?P<year>(?:19|20)\d\d)(?![\d/])")
"""A resolution's number and year as speech says them: "1540 of 2004, 2325 of 2016 and 2572 of 2021"."""
_A_LAWS_WORD_BEFORE = patterns.compile(r"(?i)\b(?:law|decree|act|article|decision|regulation|order|no\.?|nº)[ \t]*+\Z")


_BUDDHIST_ERA = 543
"""Years of the Thai calendar run 543 ahead of the Gregorian: "2562 (2019)" is a year twice."""
_IN_ITS_YEAR = patterns.compile(r"[ \t]++(?:in|of)[ \t]++(?P<year>(?:19|20)\d{2})(?!\d)")
"""A resolution's year as speech gives it after its number: "1810 in 2008", "1810 of 2008"."""
_SLASH_YEAR = patterns.compile(r"[ \t]*+/[ \t]*+(?P<year>(?:19|20)\d{2})(?!\d)")
_YEAR_REACH = 24
"""How far the year after a resolution's number is looked for: unbounded, ``regex`` looks for the pattern's
literal to the text's end first (quadratic in a long text)."""
_ADOPTED = ((1, 1946), (500, 1982), (1000, 1995), (1244, 1999), (1373, 2001), (1540, 2004), (1718, 2006),
            (1977, 2011), (2325, 2016), (2663, 2022), (2800, 2025))
"""Resolution numbers and the years the Council adopted them, to tell a year written after a slash
("UNSCR 1244/1999", the Kosovo footnote of EU documents) from a second resolution ("1718 / 2270")."""


def _adopted_about(number: int, year: int, within: float = 2) -> bool:
    """Whether resolution ``number`` was adopted within ``within`` years of ``year`` (interpolating :data:`_ADOPTED`)."""
    for (n0, y0), (n1, y1) in zip(_ADOPTED, _ADOPTED[1:]):
        if n0 <= number <= n1:
            return abs(y0 + (y1 - y0) * (number - n0) / (n1 - n0) - year) <= within
    return False


_ELSEWHERE_WORDS = ("\u00e9solution", "\u00c9SOLUTION", "esoluci", "esolu\u00e7")
"""A note that names a resolution in French, Spanish or Portuguese: the start scan then looks for those words too."""


def _resolution_matches(raw: str) -> list[regex.Match[str]]:
    """The matches of ``RESOLUTION_RE.finditer(raw)``, trying it only where one of its first words starts.

    Every match holds "resolution", "RESOLUTION", "SCR", "S/RES/", "res." or one of
    :data:`_ELSEWHERE_WORDS`: a note with none of them is not scanned.
    """
    found: list[regex.Match[str]] = []
    elsewhere = any(w in raw for w in _ELSEWHERE_WORDS)
    abbreviated = _ABBREVIATED.search(raw) is not None  # a post's "res. 2663 (2022)", notes' "res 1540 (2004)"
    if not elsewhere and "esolution" not in raw and "ESOLUTION" not in raw and "SCR" not in raw and "S/RES/" not in raw \
            and not abbreviated:
        return found
    start = _RESOLUTION_START_ELSEWHERE if elsewhere else _RESOLUTION_START
    pos = 0
    while (word := start.search(raw, pos)) is not None:
        m = RESOLUTION_RE.match(raw, word.start())
        if m:
            found.append(m)
        pos = m.end() if m else word.start() + 1
    if abbreviated:
        found += [m for word in _RES_ABBREVIATION.finditer(raw) if (m := RESOLUTION_RE.match(raw, word.start()))]
        found.sort(key=lambda m: m.start())
    return found


def _add(by_number: dict[int, Resolution], raw: str, m: regex.Match[str], start: int) -> int:
    """Add the resolution of match ``m``, its year given in brackets or after a slash; return where it ends."""
    number = int(m.group("number"))
    year = int(m.group("year")) if m.group("year") else None
    end = m.end()
    if number > _HIGHEST_NUMBER:
        return end
    slash = _SLASH_YEAR.match(raw, end, end + _YEAR_REACH) if year is None else None
    if slash is not None and _adopted_about(number, int(slash["year"])):
        year, end = int(slash["year"]), slash.end()
    spoken = _IN_ITS_YEAR.match(raw, end, end + _YEAR_REACH) if year is None else None
    if spoken is not None and _adopted_about(number, int(spoken["year"]), within=1):
        year, end = int(spoken["year"]), spoken.end()  # "resolutions, 1810 in 2008 and 1977 in 2011": not
        # "the implementation of resolution 1540 in 2019", a year the Council adopted no such number in
    _add_span(by_number, raw, number, year, (start, end))
    return end


def _add_span(by_number: dict[int, Resolution], raw: str, number: int, year: int | None, span: tuple[int, int]) -> None:
    known = by_number.get(number)
    if known is None:
        by_number[number] = Resolution(text=raw[span[0]:span[1]], number=number, year=year, span=span, spans=[span])
    else:
        known.spans.append(span)
        if known.year is None and year is not None:
            known.year = year


def find_contacts(raw: str) -> list[Contact]:
    """E-mail addresses, once each, with whom they reach when the sentence says ("contact X by e-mail at")."""
    found: dict[str, Contact] = {}
    for m in EMAIL_RE.finditer(raw):
        email = m.group().rstrip(".")
        if email.lower() in found:
            continue
        before = raw[max(0, m.start() - 140):m.start()]
        who = _CONTACT_NAME.search(before) or _NAME_BEFORE_PARENTHESIS.search(before)
        name = _SPACES.sub(" ", who.group("name")).strip(" ,") if who else None
        if name:
            name = _LEADING_THE.sub("", name)
        found[email.lower()] = Contact(email=email, name=name or None, text=raw[m.start():m.start() + len(email)],
                                       span=(m.start(), m.start() + len(email)))
    return list(found.values())


def find_footnotes(layout: Layout) -> list[Footnote]:
    """The footnotes the sectioner pulled out, with their markers."""
    return [Footnote(marker=f.marker, text=f.body.text, span=(f.body.start, f.body.end)) for f in layout.footnotes]
