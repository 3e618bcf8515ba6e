"""Find every State, organization and place a note names, as raw-text mentions.

Sources, in order of trust: the gazetteer rulers' span groups (States, regions, registry
organizations); governments and ministries built around a State ("Government of Egypt",
"Ministry of Foreign Affairs of Belarus"); acronyms the text defines ("… Safety (VARANS)") and
their later bare or once-misspelled uses; organization-shaped Title-Case phrases with a head noun
("Civil Defence Academy of Singapore"); cities from the city gazetteer; and, with a trained
pipeline, its ORG / GPE / LOC entities. Overlaps are resolved per kind, longest first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple, Sequence

import regex

from . import patterns
from . import nlp as groups
from .gazetteers import fold
from .organizations import OrgEntry, fuzzy_acronym, lookup_org, org_by_id, org_entries
from .places import city_first_words, city_marked_words, lookup_city, lookup_region, subdivision_of, towns_named
from .spans import Cover
from .states import StateEntry, demonym_patterns, lookup_state, state_by_code
from .textview import (EMPTY_FIRST_CELL, MOJIBAKE_SIGN, SUPERSCRIPTS, VBARS, TextView, glued_marker_end,
                       without_ligatures)

if TYPE_CHECKING:
    from spacy.tokens import Doc

_THE_BEFORE = patterns.compile(r"(?:^|\W)([Tt]he)\s+$")
_NEXT_WORD = patterns.compile(r"[ ](?P<w>[\p{L}\-]+)")
_LIST_GAP = patterns.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")
_SPACES = patterns.compile(r"\s+")
_VIEW_MENDS = patterns.compile(r"-[ \t]*+\r?\n|[\ufb00-\ufb06]|\n[ \t]{4,}\|[ \t]")
"""What the view mends in a name and a squashed raw name keeps: a line-end hyphen, a ligature, a
padded table's rule before a wrapped cell."""
_EVENTISH = patterns.compile(r"(?i)\b(?:resolution|workshop|course|seminar|conference|meeting|(?:summer|winter|spring|autumn)\s+school)\b")
_COORDINATION_BEFORE = patterns.compile(r"(?:,|\band)\s+(?:the\s+)?$")
_DANGLING_END = patterns.compile(r"(?:[\s,]+(?:and|the|of|for|in|on|to|The))+[\s,]*$|[\s,]+$")
"""Words a name does not end with; "The" opens the next sentence after a line with no stop."""
_CAPITAL_AHEAD = patterns.compile(r"[ \t]*\p{Lu}")
_ITS_SECRETARIAT = patterns.compile(r"\s+(?:(?:General|Technical|Permanent)\s+)?(?:Secretariat|Commission)")
"""After a known body's name, its secretariat or commission: "the FATF Secretariat" is the FATF, "ECCAS
Commission" ECCAS (one the registry knows by its own name, "ASEAN Secretariat", "ECOWAS Commission",
is that entry)."""
_INNER_UNIT = patterns.compile(r"(?:Sub-?)?[Dd]irectorate|Division|Branch|Section|Unit")
_ITS_UNIT = patterns.compile(r"(?:['\u2019]s)?+(?:[ \t\n]++(?:and[ \t\n]++)?\p{Lu}[\p{L}\-]*+){1,8}+"
                             r"(?:[ \t\n]++(?:of|for|on)[ \t\n]++(?:(?!in[ \t\n])[^\n])*+)?")
"""After a known body's name, a unit inside it, which no registry names: "INTERPOL's CBRNE and
Vulnerable Targets Sub-Directorate", "the IAEA's Division of Nuclear Security" are INTERPOL and the
IAEA (a unit headed "Office" or "Centre", "OSCE Office in Ashgabat", is a body with its own name; one
named after a body the registry puts under another, "FSC Support Section", stays a phrase)."""
_DETERMINER_BEFORE = patterns.compile(r"(?i)\b(?:the|its|their|said|aforesaid|aforementioned)\s+$")
"""Before a body named again: "the Committee", "its Secretariat", a legal text's "the said Committee"."""
_LEADING_THE = patterns.compile(r"^(?i:the)\s+")


class Mention(NamedTuple):
    """One occurrence of a named thing in the raw text; ``key`` identifies the thing.

    A named tuple, not a frozen dataclass: as immutable, and four times cheaper to make, which
    counts for the ~25 a note makes and copies (``_replace``).
    """

    kind: str  # state | org | region | city
    key: str
    start: int
    end: int
    text: str
    name: str
    code: str | None = None  # ISO alpha-3 of a State, or the country of an org / city
    acronym: str | None = None
    org_kind: str = "other"
    source: str = "gazetteer"


@dataclass
class MentionSet:
    """All mentions of a note, each list sorted by start offset."""

    states: list[Mention] = field(default_factory=list)
    orgs: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    demonyms: list[Mention] = field(default_factory=list)
    """States' adjectives ("Kuwaiti officials"): not mentions of the States, but what some rules read."""
    _starts: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def within(self, kind: str, start: int, end: int) -> list[Mention]:
        """The mentions of ``kind`` ('states', 'orgs', 'places') inside raw ``[start, end)``.

        Each list is sorted by start, so this is a binary search, not a scan.
        """
        out = []
        for m in self.after(kind, start):
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def after(self, kind: str, start: int) -> Iterator[Mention]:
        """The mentions of ``kind`` that start at raw ``start`` or later, in order, one at a time:
        a caller that stops early pays only for what it read."""
        mentions = getattr(self, kind)
        starts = self._starts.get(kind)
        if starts is None or len(starts) != len(mentions):
            starts = self._starts[kind] = [m.start for m in mentions]
        for i in range(bisect_left(starts, start), len(mentions)):
            yield mentions[i]


class SpanIndex:
    """Mentions sorted by start, for the overlap questions the rules ask: a binary search and a
    window as wide as the longest mention, so the rules stay linear in the size of the note."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.items]
        self.width = max((m.end - m.start for m in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions that share at least one character with ``[start, end)``, in text order."""
        lo = bisect_left(self.starts, start - self.width)
        hi = bisect_left(self.starts, end)
        return [m for m in self.items[lo:hi] if m.end > start]

    def covers(self, start: int, end: int) -> bool:
        """True when one mention contains all of ``[start, end)``."""
        return any(m.start <= start and end <= m.end for m in self.overlapping(start, end))


HEAD_NOUNS = (
    "Ministry|Ministries|Department|Agency|Office|Council|Commission|Committee|Centre|Center|Institute|"
    "Academy|Authority|Customs|Force|Forces|Service|Services|Organization|Organisation|Association|"
    "Bureau|Sub-?[Dd]irectorate|Directorate|Superintendence|Superintendency|Secretariat|Foundation|University|Police|"
    "Inspectorate|Administration|Division|Presidency|"
    "Unit|Board|Union|Assembly|Parliament|Court|Bank|Chamber|Society|Guard|Laboratory|Laboratories|"
    "Coalition|Alliance|Consortium|Initiative|Network|Group|Delegation|School|College|Federation|Confederation|Chambers|"
    "Polytechnic"
)
_GOV_HEADS = {"ministry", "ministries", "department", "agency", "customs", "force", "forces", "police",
              "authority", "inspectorate", "directorate", "superintendence", "superintendency", "sub-directorate",
              "subdirectorate", "administration", "guard", "office", "service", "services", "presidency"}
_ACADEMIC_HEADS = {"university", "college", "school", "polytechnic"}
"""A body headed so is academic: its State ("University of Malta") is part of its name, not a party."""
_ACADEMY_WORDS = {"studies", "diplomatic", "sciences", "science"}
"""An academy of studies or sciences is academic ("Mediterranean Academy of Diplomatic Studies"),
where a customs or police academy is a State's."""
_THINK_TANK_HEADS = {"centre", "center", "institute", "foundation"}
_THINK_TANK_WORDS = {"studies", "analysis", "policy", "strategic", "relations"}
"""A centre or institute of studies, analysis or policy is a think tank (civil society), not a
State's agency: "Center of Analysis of International Relations", "Caspian Policy Centre". Of
"research" only when nothing names a State or a State's science (:func:`_a_think_tanks_research`)."""
_BUSINESS_HEADS = {"chamber", "association", "federation"}
_BUSINESS_WORDS = {"commerce", "industry", "industries", "business", "exporters", "manufacturers", "employers"}
"""A chamber, association or federation of commerce, industry or exporters speaks for business:
civil society (ngo), as the record counts industry among those who take part ("Kuwait Chamber of
Commerce and Industry")."""
_STATE_SCIENCE_WORDS = {"national", "nuclear", "atomic", "energy", "scientific", "agricultural", "medical", "state"}
"""Words of a State's research agency's name: "Philippine Nuclear Research Institute"."""


def _an_academy_of_studies(head: str, words: list[str]) -> bool:
    return head == "academy" and not _ACADEMY_WORDS.isdisjoint(words)


def _civil_society(head: str, words: list[str], stateless: bool) -> bool:
    """Whether a phrase with lower-cased ``head`` and ``words`` names a think tank (of studies,
    policy, …, or of research when ``stateless``) or a business association."""
    if head in _THINK_TANK_HEADS:
        return not _THINK_TANK_WORDS.isdisjoint(words) or stateless and _a_think_tanks_research(words)
    return head in _BUSINESS_HEADS and not _BUSINESS_WORDS.isdisjoint(words)


def _a_think_tanks_research(words: list[str]) -> bool:
    """Whether a centre's or institute's lower-cased ``words`` name a think tank's research ("Gulf
    Research Center"), not a State's agency ("Philippine Nuclear Research Institute")."""
    return "research" in words and _STATE_SCIENCE_WORDS.isdisjoint(words) and words[0] not in _demonym_words()


@cache
def _demonym_words() -> frozenset[str]:
    return frozenset(d.lower() for d, _ in demonym_patterns())
_CAP = r"(?:\p{Lu}(?:[\p{L}\p{M}'\u2019\-]|\.(?=\p{L}))*+)"
_NOT_START = {"The", "A", "An", "This", "These", "That", "Its", "Their", "Our", "His", "Her", "In", "On", "At",
              "By", "For", "From", "With", "And", "Of", "To", "As", "It", "He", "She", "They", "We", "Head",
              "Participants", "Representatives", "Officials", "Experts", "Members", "Member", "Director",
              "Chair", "Chairman", "Chairperson", "President", "Minister", "Secretary", "Deputy",
              "Ambassador", "Dr", "Prof", "Mr", "Ms", "Mrs", "H.E.", "Senior", "Coordinator", "Adviser", "Advisor"}
_NOT_A_DAY = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
              r"July|August|September|October|November|December)\b)")
_NO_ACRONYM = r"(?!\p{Lu}{2,}+\b)"
_PORTFOLIO_COMMA = (rf",[ ](?:{_CAP}(?=(?:[ ]{_CAP}){{0,2}}(?:,[ ]{_CAP}(?:[ ]{_CAP}){{0,2}}){{0,6}}+,?[ ]and[ ]{_CAP})"
                    rf"|{_NO_ACRONYM}{_CAP}(?=(?:[ ]{_CAP}){{0,2}}(?:,[ ]{_NO_ACRONYM}{_CAP}(?:[ ]{_CAP}){{0,2}}){{0,6}}+,?[ ]and[ ]"
                    rf"the[ ](?!(?:{HEAD_NOUNS})\b){_CAP}(?![ ]{_CAP})))")
"""A comma inside a tail's list of portfolios of up to three words each, which "and" ends within seven
items: "Ministry of Investment, Trade and Industry", "Centre for Peace, Disarmament and Development",
"Ministry of Foreign Affairs, National Community Abroad and African Affairs", "Ministry of Foreign Affairs, African
Integration and the Diaspora" (after "the", a last portfolio of one word, no head noun, and no acronym in the list:
"Ministry of Defence, Customs and the National Police", "… Science and Technology, Chulalongkorn University and the
University of …", "… Affairs, UNODA and the Rector of …" name more than one body, or a person). (Unbounded, the
look for the "and" from each comma made a list of n items cost n².)"""
_SAINTS = r"(?:St|Ste|Sta|Mt)\.(?=[ ]\p{Lu})"
"""A saint's or a mount's abbreviation inside a name: "University of St. Gallen", "St. Cyril and St. Methodius
University"."""
_NAME_WORD = rf"(?:{_SAINTS}|{_CAP})"
ORG_PHRASE_RE = patterns.compile(
    rf"(?<![\p{{L}}\d])(?P<run>{_NAME_WORD}(?:[ ](?:and[ ]|&[ ]|(?:de|da|do|del|dos|das|van|von|der|den|bin|ibn|bint)"
    rf"[ ](?=\p{{Lu}})|d['\u2019](?=\p{{Lu}})"
    rf"|(?:al|el|as|ash|at|ad|ar|az|an)-(?=\p{{Lu}}))?{_NAME_WORD}){{0,6}}[ ])?"
    rf"(?P<head>(?:{HEAD_NOUNS}))(?:[ ]General)?(?![\p{{L}}])"
    rf"(?P<tail>(?:[ ](?:of|for|on|in|against|to|under[ ]the(?=[ ](?:Government|President|Cabinet|Prime[ ]Minister)\b))"
    rf"[ ](?:the[ ])?{_NOT_A_DAY}{_NAME_WORD}"
    rf"(?:[ ](?:and[ ](?:the[ ](?!\p{{Lu}}{{2,}}+\b))?|&[ ]|of[ ](?:the[ ])?|(?:es|de|da|do|del|du)[ ](?=\p{{Lu}})|"
    rf"the[ ](?<=[ ]to[ ]\p{{Lu}}\p{{Ll}}++[ ]the[ ])|d['\u2019](?=\p{{Lu}}))?{_NOT_A_DAY}{_NAME_WORD}"
    rf"|{_PORTFOLIO_COMMA})*+)*+)"
)
"""An organization-shaped phrase: Title-Case words (a name's particles among them: "Anton de Kom
University", Arabic ones: "Al al-Bayt University", "Imam Abdulrahman bin Faisal University"), a head
noun (or "Directorate General"), and of/for/on/in tails (not "and the UN" that names another body) — not "on
Tuesday" nor "in March" ("the State
Service of Export Control of Ukraine on Tuesday, 9 March 2021"), nor a dateline's day on the next line ("Office of the
Spokesperson for the Secretary-General / Monday, 23 February 2026"). A tail's list may hold commas (:data:`_PORTFOLIO_COMMA`),
the object of its verb ("National Commission to Combat the Proliferation and Illicit Circulation of …"), an
elided particle ("… of Côte d'Ivoire"), and
a place's particles ("University of Dar es Salaam", "… of Rio de Janeiro"), and the government a
body is under: "Customs Service under the Government of the Republic of Tajikistan"."""
_HEAD_WORD = re.compile(rf"(?:{HEAD_NOUNS})")
"""A head noun: ``fullmatch`` tells a word of a phrase; ``finditer`` finds where one may start (a
superset: "Unit" in "United"). Plain ``re``: the alternatives are literal, and its scan is cheap."""
_RUN_BREAK_BEFORE = patterns.compile(r"(?r)[^\p{L}\p{M}'\u2019\-& .]|(?<!(?<!\p{L})(?:St|Ste|Sta|Mt))\.(?!\p{L})")
"""Searched backwards: the last character a run of Title-Case words cannot cross (a comma, a
digit, a line break, a sentence's full stop)."""
_WORD_START_CAP = patterns.compile(r"(?<![\p{L}\d])\p{Lu}")
ACRONYM_DEF_RE = patterns.compile(r"[ ]?\((?P<acr>\p{Lu}[\p{Lu}\d&/\-]{1,11})\)")
_NAME_BEFORE = patterns.compile(r"\p{Lu}[\p{L}\p{M}'\u2019\-]*+[ ]?$")
"""A Title-Case word just before an acronym in brackets: the acronym is that name's."""
_ACRONYM_TOKEN = patterns.compile(r"(?<![\p{L}\d])\p{Lu}[\p{Lu}\d]{2,11}(?![\p{L}\d])")
_GOVERNMENT_BEFORE = patterns.compile(
    r"(?:(?i:the)\s+)?(?P<gov>Governments?|government|(?:(?:Federal|Royal)\s+)?Ministry\s+of\s+(?:(?!Ministry\b)[\p{L}\s&]){3,60}?"
    r"|(?:Permanent\s+)?Missions?)\s+of\s+(?:the\s+)?$"
    r"|(?P<gov>(?:Ministerio|Minist\u00e9rio|Minist\u00e8re|Secretar[\u00edi]a)\s+(?:de|da|do|des|du)\s+"
    r"(?:(?!Minist|Secretar)[\p{L}\s&'\u2019,]){3,80}?)"
    r"\s+(?:de|da|do|du|d'|d\u2019|of)\s*+(?:(?:la|l'|l\u2019|the)\s*+)?$")
"""What names a government just before a State: "the Government of", "Ministry of Defence of the",
"Federal Ministry of Foreign Affairs of", "the Permanent Mission of",
and a ministry named in Spanish, Portuguese or French, as English notes keep it: "Ministerio de
Relaciones Exteriores y Culto de", its portfolios listed with commas ("Ministerio de Relaciones Exteriores, Comercio
Internacional y Culto de la"), "Ministère de l'Intérieur de la", Mexico's "Secretaría de
Relaciones Exteriores" (also before an English "of"). It ends with one of
:data:`_GOVERNMENT_ENDS`, so a window that does not is not searched."""
_GOVERNMENT_AFTER = patterns.compile(r"^(?:'s|\u2019s)?\s+(?P<gov>[Gg]overnment)\b")
_A_MASTHEADS_MINISTRY = patterns.compile(r"(?:^|\n)[ \t]*+(?P<gov>Ministry[ ]of[ ][\p{L} &]{3,60}?),[ ](?:the[ ])?$")
"""A page's masthead, a ministry and its State on one line: "Ministry of Foreign Affairs, Republic of Korea"."""
_A_MINISTRY_THEN_ITS_GOVERNMENT = patterns.compile(
    r"(?P<gov>Ministry[ \t\n]++of[ \t\n]++(?:(?!Ministry\b)[\p{L} &\t\n]){3,60}?),[ \t\n]*+(?:the[ \t\n]++)?"
    r"(?:(?:Royal|Federal)[ \t\n]++)?(?:Government|Govt\.?)[ \t\n]++of[ \t\n]++(?:the[ \t\n]++)?$")
"""A ministry, a comma and its government before a State: "the Ministry of External Affairs, Government of
India" is the Ministry of External Affairs of India (one body, not two)."""
_A_MINISTRY_AND = patterns.compile(r"(?P<gov>Ministry[ \t\n]++of[ \t\n]++(?:(?!Ministry\b|of\b)[\p{L}&]++[ \t\n]++){1,6}?)"
                                   r"and[ \t\n]++(?:the[ \t\n]++)?$")
"""A ministry whose State the next one's name gives: "the Ministry of External Affairs and the" before
"Ministry of Home Affairs, Government of India"."""
_A_GOVERNMENT_AFTER_ITS_NAME = patterns.compile(r"(?<=\p{Ll}) (?:the )?Government of .*$")
_A_GOVERNMENT_LINE_AFTER_ITS_NAME = patterns.compile(
    r"(?<=\p{Ll})(?<!\bof|\bthe|\bNational|\bFederal|\bLocal)[ \t]*+\r?\n[ \t]*+(?:the[ \t]++)?Government[ \t]++of\b")
"""A ministry's name run on into its government's, as a masthead's two lines are: "Ministry of External
Affairs" over "Government of India"."""


def find_mentions(doc: Doc, view: TextView, extra_ents: bool = False,
                  skip: Iterable[tuple[int, int]] = ()) -> MentionSet:
    """Every State, organization and place in ``doc`` (built on ``view.clean``), in raw offsets.

    ``skip``: raw spans (headings, header labels) where Title-Case phrases are not read as organizations.
    """
    raw = view.raw
    regions = _regions(doc, view)
    states = _states(doc, view)
    if "\u2014" in raw or " \u2013 " in raw:
        states = [s for s in states if not (_A_PERSON_NAMED_SO.match(raw, s.end)
                                            and _OPENS_ITS_LINE.search(raw, max(0, s.start - 8), s.start))]
    if regions:  # "Chad" in "the Lake Chad Basin Commission", "Guinea" in "the Gulf of Guinea": a region's
        region_index = SpanIndex(regions)
        states = [s for s in states if not _inside_longer(s, region_index)]
    if not raw.isascii() and _REGIONAL_INDICATOR.search(raw) and (flags := _flag_states(raw)):
        states = sorted(states + flags, key=lambda m: m.start)
    orgs = _without_another_bodys_office(raw, _registry_orgs(doc, view))
    if "\nWHO" in raw:
        orgs = _without_a_question_label(raw, orgs)
    if "WHO " in raw:
        orgs = [o for o in orgs if not (o.text == "WHO" and _amid_capitals(raw, o.start, o.end))]  # "WHO CALLS WHOM"
    orgs += _sub_bodies(raw, orgs) + _governments(view, states)
    if "group " in raw:
        orgs = _groups_supporting(raw, orgs)
    adjectives = _demonym_mentions(doc, view)
    orgs = _local_offices_with_their_places(raw, _learned_acronyms(raw, view, _phrase_orgs(raw, view, orgs, states,
                                                                                          skip, adjectives)))
    if "Government" in raw:
        orgs += _local_governments(view, orgs, states)
    if any(word in view.clean for word in _TOWN_GOVERNMENT_WORDS):  # "the City / of Velbert": the words on two lines
        orgs += _town_governments(view, orgs)
    if "host" in view.clean or "Host" in view.clean:
        orgs += _host_towns_as_bodies(view, orgs)
    orgs = _without_a_known_names_first_line(raw, orgs)
    orgs = _of_the_state_after_its_acronym(raw, orgs, states)
    orgs += _defined_terms(raw, orgs)
    if any(head in raw for head in _HEAD_FIRST_HEADS):
        orgs += _head_first_universities(raw, orgs)
    orgs += _romance_bodies(raw, orgs, states)
    if "@" in raw:
        orgs += _handles(raw, orgs)
    tagged: list[Mention] = _tagged_names(raw, orgs + states) if "#" in raw or "@" in raw else []
    states = sorted(states + [m for m in tagged if m.kind == "state"], key=lambda m: m.start) if tagged else states
    orgs += [m for m in tagged if m.kind == "org"]
    places = regions + _cities(doc, view, states) + [m for m in tagged if m.kind == "city"]
    hints = adjectives + [o for o in orgs if o.code]
    if states or hints:
        places += _towns_at_a_venue(view, states, places, hints)
    org_index = SpanIndex(orgs)
    places = [p for p in places if not org_index.covers(p.start, p.end) or city_ending_a_phrase(raw, p, org_index)
              or _a_local_governments(p, org_index)]
    if extra_ents:
        orgs += _model_orgs(doc, view, orgs, places + states)
        places += _model_places(doc, view, places, states + orgs)
    cities = SpanIndex(p for p in places if p.kind == "city")
    states = [s for s in states if not _inside_longer(s, cities)  # "Mexico" in "Mexico City"
              and not _a_bodys_acronym(s, org_index)]
    state_index = SpanIndex(states)
    # "Salvador" in "El Salvador"
    places = [p for p in places if p.kind != "city" or not _inside_longer(p, state_index)]
    return MentionSet(states=_longest(states), orgs=_longest(orgs), places=_longest(places),
                      demonyms=[d for d in adjectives if not org_index.covers(d.start, d.end)])


_TO_LINE_END = patterns.compile(r"[ \t]*+(?:\r?\n|$)")
_A_LOCAL_OFFICE = patterns.compile(
    r"(?:Office[ ]of[ ]the[ ])?(?:Deputy[ ])?(?:District|Upazila|Taluk|Tehsil|Block|(?:Sub-?)?Divisional|Zonal|Woreda"
    r"|Municipal)[ ](?:Administration|Collector(?:ate|[ ]Office)?|(?:Commissioner|Magistrate)(?:['\u2019]s)?[ ]Office)")
"""A local office by its kind alone, which the place after its comma names in full: "District Administration, North
and Middle Andaman", "Upazila Administration, Ramganj", "Office of the District Collector, Buldana"."""
_ITS_PLACE_AFTER_A_COMMA = patterns.compile(
    rf",[ ](?P<place>{_CAP}(?:[ ](?:and[ ]|&[ ])?{_CAP}){{0,3}})(?=[ \t]*+(?:[\r\n.;)]|$))")
"""A comma and a place to the line's, the sentence's or the bracket's end: ", North & Middle Andaman."."""


def _local_offices_with_their_places(raw: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs``, a local office named by its kind alone (:data:`_A_LOCAL_OFFICE`) named with the place after its
    comma, which tells it from every other district's: "hosted by the District Collector Office, Buldhana." (not
    "District Administration, Police Department": a body, no place; nor "…, Bangladesh": its State)."""
    out = []
    for o in orgs:
        m = _ITS_PLACE_AFTER_A_COMMA.match(raw, o.end) if o.source == "phrase" and _A_LOCAL_OFFICE.fullmatch(o.name) \
            else None
        if m is not None and lookup_state(m["place"]) is None and not any(
                _HEAD_WORD.fullmatch(word) for word in m["place"].split(" ")):
            text = raw[o.start:m.end("place")]
            name = _squash(text)
            o = o._replace(key=f"~{fold(name)}", end=m.end("place"), text=text, name=name)
        out.append(o)
    return out


def _without_a_known_names_first_line(raw: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` less a Title-Case phrase that ends its line and opens the name of a registry body the
    text names, whose next word is on the next line: a name wrapped in a table's column
    ("- International Criminal Police" over "  Organization (INTERPOL)", the other column's words
    between) is that body's, not another. "… – Group of Experts" ending a line is a mention still."""
    ending = [m for m in orgs if m.source == "phrase" and raw.startswith(("\n", " ", "\t", "\r"), m.end)
              and "\n" not in m.text and _TO_LINE_END.match(raw, m.end)]
    if not ending:
        return orgs  # most notes: no phrase ends its line
    known = {m.name.casefold() for m in orgs if m.source == "gazetteer"}
    cut = {id(m) for m in ending if _goes_on_below(raw, m, known)}
    return [m for m in orgs if id(m) not in cut] if cut else orgs


def _goes_on_below(raw: str, m: Mention, known: set[str]) -> bool:
    prefix = m.name.casefold() + " "
    line_end = raw.find("\n", m.end)
    if line_end < 0:
        return False
    below = raw.find("\n", line_end + 1)
    words = set(raw[line_end + 1:below if below >= 0 else len(raw)].casefold().split())
    return any(k.startswith(prefix) and k[len(prefix):].split()[0] in words for k in known)


_HANDLE = patterns.compile(r"(?<![\w.@])@(?:(?P<caps>\p{Lu}[\p{Lu}\d]{2,12}+)(?P<lower>\p{Ll})?|(?P<small>\p{Ll}{3,12}+)(?=_))")
"""A social-media handle that opens with capitals: "@UNREC_Africa", "@IAEAorg", "@MOFALiberia"; or
with an acronym in small letters before an underscore: "@ecowas_cedeao"."""


_HANDLE_REST = patterns.compile(r"[\p{L}\d_]*+")


def _handles(raw: str, orgs: list[Mention]) -> list[Mention]:
    """The registry bodies whose acronym opens a handle ("Our colleagues from @UNREC_Africa joined"),
    where no mention lies already: the handle is the body's name in a post."""
    index = SpanIndex(orgs)
    found = []
    for m in _HANDLE.finditer(raw):
        caps = m["caps"] or m["small"].upper()  # before a lower-case letter, its last capital may open the next
        for acronym in (caps, caps[:-1]) if m["lower"] else (caps,):  # word ("MOFA|Liberia")
            entry = lookup_org(acronym)
            end = _HANDLE_REST.match(raw, m.start() + 1 + len(acronym)).end()  # the whole handle: "@INTERPOL_HQ"
            if entry is not None and acronym in entry.acronyms:
                if not index.overlapping(m.start(), end):
                    found.append(org_mention(entry, m.start(), end, raw[m.start():end]))
                break
    return found


_TAG = patterns.compile(r"(?<![\w.@#])[#@](?P<tag>\p{L}[\p{L}\d]*+(?:_[\p{L}\d]++)*+)")
_TAG_WORD = patterns.compile(r"\p{Lu}++(?=\p{Lu}\p{Ll})|\p{Lu}?+\p{Ll}++|\p{Lu}++|\d++")
"""The words of a hashtag or handle: "PhnomPenh" -> Phnom, Penh; "BWC_ISU" -> BWC, ISU; "StimsonCenter"."""


def _tagged_names(raw: str, known: list[Mention]) -> list[Mention]:
    """The cities, States and registry bodies that a hashtag or handle of two words or more spells
    ("in #PhnomPenh", "#SaintLucia", "@StimsonCenter", "@BWC_ISU"), where no mention lies already; the
    mention is the tag with its sign, as a handle's is (:func:`_handles`)."""
    index = SpanIndex(known)
    found = []
    for m in _TAG.finditer(raw):
        words = _TAG_WORD.findall(m["tag"])
        if len(words) < 2 or index.overlapping(*m.span("tag")):
            continue
        name = " ".join(words)
        start, end = m.span()
        city, state, org = lookup_city(name), lookup_state(name), lookup_org(name)
        if state is not None:
            found.append(Mention("state", state.code, start, end, m.group(), state.name, code=state.code))
        elif city is not None:
            found.append(Mention("city", fold(city.name), start, end, m.group(), city.name, code=city.country_code))
        elif org is not None:
            found.append(org_mention(org, start, end, m.group()))
    return found


_HEAD_FIRST_UNIVERSITY = patterns.compile(
    r"\b(?:(?:Pontif[i\u00ed]cia[ ])?Univers(?:idad|idade|it\u00e9|it\u00e0|itat|iti|itas)|Politecnico|Institut[ ]Teknologi)"
    r"(?:(?:[ ]|[ \t]*+\n[ \t]*+(?=\p{Lu}[\p{L}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}'\u2019\-]*+){0,3}[ \t]*+[,.;()\n]))"
    r"(?:de[ ]la|de[ ]los|de[ ]las|del|de|da|do|dos|das|des|du|di|d'"
    r"|(?:et|e|y)(?=[ ](?!Univers))|\u00e0(?=[ ]\p{Lu}))?[ ]?\p{Lu}[\p{L}'\u2019\-]*+){1,6}")
"""A university named in Spanish, Portuguese, French, Italian, Catalan, Malay or Indonesian, its head first:
"Universidad Nacional Autónoma de Honduras", "Pontificia Universidad Católica de Chile" (a Catholic university's
title its first word), "Universidade Nacional Timor Lorosa'e", "Université
Cheikh Anta Diop", "Université Marie et Louis Pasteur" (its "and", not one before another university),
"Université du Québec à Trois-Rivières" (its campus's town after "à"), "Politecnico di Torino", "Universiti
Malaysia" / "Terengganu," (a line's break inside, when the next line's words end the name), "Institut Teknologi
Garut" — the English phrase rule wants its head last, or "of" after it."""


_HEAD_FIRST_HEADS = ("Univ", "Politecnico", "Institut Teknologi")
"""What each name :data:`_HEAD_FIRST_UNIVERSITY` finds opens with: a note without any is not searched."""


def _head_first_universities(raw: str, orgs: list[Mention]) -> list[Mention]:
    """Academic bodies :data:`_HEAD_FIRST_UNIVERSITY` names, where no other mention is. A name that
    opens its line ends there: "Universidad de Navarra" / "News", "UNACIFOR | Universidad Nacional de
    Ciencias Forestales" / "Siguatepeque, Honduras" are a masthead over its next line."""
    known = SpanIndex(orgs)
    found = []
    for m in _HEAD_FIRST_UNIVERSITY.finditer(raw):
        start, end = m.span()
        broken = raw.find("\n", start, end)
        if broken >= 0 and _A_LINES_OPENING.fullmatch(raw, raw.rfind("\n", 0, start) + 1, start):
            end = broken
        if not known.overlapping(start, end):
            name = _squash(raw[start:end])
            found.append(Mention("org", f"~{fold(name)}", start, end, raw[start:end], name,
                                 org_kind="academic", source="phrase"))
    return found


_A_LINES_OPENING = patterns.compile(r"[\s*#|\u2022\-]*+(?:\p{Lu}{2,}+[ \t]*+\|[\s*]*+)?")
"""What may stand before a name that opens its line: a bullet, a markup's stars, a masthead's acronym and bar."""


_ROMANCE_HEAD = re.compile(
    "Ag(?:ence|encia|\u00eancia)|Autorit(?:\u00e9|y)|Autoridade?|Comisi\u00f3n|Comiss\u00e3o|Commission|Comit\u00e9|"
    "Conse(?:il|jo|lho)|Direc(?:tion|ci\u00f3n|\u00e7\u00e3o)|Dire\u00e7\u00e3o|Instituto?|Oficina|Secr\u00e9tariat|"
    "Secretar\u00eda|Servi(?:cio|\u00e7o)|Centro|Observatoire|Cellule|Unidad|Unit\u00e9|Fundaci\u00f3n|Fondation|"
    "Laborat(?:oire|orio|\u00f3rio)|Office|Centre|Service|Red|Rede|R\u00e9seau|Asociaci\u00f3n|Associa\u00e7\u00e3o|"
    "C\u00e1mara|C\u00e2mara|Chambre|Federaci\u00f3n|F\u00e9d\u00e9ration|Sociedade?|Soci\u00e9t\u00e9|"
    "Minist(?:erio|\u00e8re|\u00e9rio)|Superintendencia|Aduanas?|Polic\u00eda|Gendarmer\u00eda")
"""Where a body named in French, Spanish or Portuguese may start (plain ``re``: a literal scan;
the pattern below is tried only there)."""
_ROMANCE_PARTICLE = r"(?:de[ ]la|de[ ]los|de[ ]las|de|del|des|du|da|do|dos|das|et|y|e|pour|para|en|l'|d'|la|le|les|el|los|las)"
_ROMANCE_BODY = patterns.compile(
    rf"(?<![\p{{L}}\d])(?P<name>(?:{_ROMANCE_HEAD.pattern})(?:[ \t]*+\n?[ \t]*+(?:{_ROMANCE_PARTICLE}(?:(?<=')|(?!\p{{L}}))"
    r"[ \t]*+\n?[ \t]*+){0,2}+"
    r"\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:(?<=-)[ \t]*+\n[ \t]*+\p{Ll}[\p{L}\p{M}'\u2019\-]*+)?+){1,9}+)"
    r"[ \t]*+\n?[ \t]*+\((?P<acr>\p{Lu}[\p{L}\d&\-]{1,11}+)\)")
"""A body named head first in French, Spanish or Portuguese, and its acronym: "Agence Marocaine de
Sûreté et de Sécurité Nucléaires et Radiologiques (AMSSNuR)", "Comisión Nacional de Energía Atómica
(CNEA)". The English phrase rule wants its head last, or "of" after it; so the acronym is asked for,
and its capitals must be the name's initials (:func:`_initials_spell`)."""
_LINE_END_HYPHEN = patterns.compile(r"(?<=\p{L})-[ \t]*+\n[ \t]*+(?=\p{Ll})")
"""A word's halves at a line's end, in a name written in those languages: "Energia Ató-\nmica"."""
_ROMANCE_REACH = 400
"""How far a name and its acronym reach: nine words, their particles and line breaks."""
_ROMANCE_WORDS = frozenset({"de", "del", "des", "du", "da", "do", "dos", "das", "et", "y", "e", "pour", "para", "en",
                            "la", "le", "les", "el", "los", "las"})


def _initials_spell(name: str, acronym: str) -> bool:
    """Whether ``acronym``'s capitals are, in order, initials of ``name``'s capitalised words (its
    first among them): "AMSSNuR" of "Agence Marocaine de Sûreté et de Sécurité Nucléaires et Radiologiques"."""
    initials = [w[0] for w in name.replace("'", " ").replace("\u2019", " ").split() if w[0].isupper()]
    capitals = [c for c in acronym if c.isupper()]
    if not capitals or not initials or capitals[0] != initials[0] or len(capitals) < 2:
        return False
    at = 0
    for c in capitals:
        while at < len(initials) and initials[at] != c:
            at += 1
        if at == len(initials):
            return _syllables_spell(name, acronym)
        at += 1
    return True


def _syllables_spell(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is, in order, the first letters of some of ``name``'s capitalised words, the
    first word's among them, a few letters each: "DIMAR" of "Dirección General Marítima" (DI-MAR),
    as Spanish and French names are often shortened."""
    words = [w.casefold() for w in name.replace("'", " ").replace("\u2019", " ").split() if w[0].isupper()]
    letters = "".join(c for c in acronym.casefold() if c.isalpha())

    @cache
    def spelled(i: int, j: int) -> bool:  # letters[i:] from words[j:], the next piece from words[j] or a later word
        if i == len(letters):
            return True
        for k in range(j, len(words) if i else min(1, len(words))):
            n = 1
            while i + n <= len(letters) and n <= len(words[k]) and words[k][n - 1] == letters[i + n - 1]:
                if spelled(i + n, k + 1):
                    return True
                n += 1
        return False

    return len(letters) >= 2 and spelled(0, 0)


def _romance_bodies(raw: str, orgs: list[Mention], states: list[Mention]) -> list[Mention]:
    """Bodies :data:`_ROMANCE_BODY` names, with a word of its languages in the name, where no other
    mention is: English names ("Office for Disarmament Affairs (ODA)") are the phrase rule's. One
    an English "of" gives a State after its acronym is that State's: "Secretaría de Relaciones
    Exteriores y Cooperación Internacional (SRECI) of the Republic of Honduras"."""
    known: SpanIndex | None = None
    found = []
    starts = {s.start: s for s in states}
    for head in _ROMANCE_HEAD.finditer(raw):
        m = _ROMANCE_BODY.match(raw, head.start(), head.start() + _ROMANCE_REACH)  # bounded: the matcher
        # looks for the pattern's "(" ahead before it tries, to the end of what it is given
        if m is None:
            continue
        known = SpanIndex(orgs) if known is None else known
        name = _squash(_LINE_END_HYPHEN.sub("", m["name"]))
        words = name.split()
        if _ROMANCE_WORDS.isdisjoint(w.lower() for w in words[1:]) and not any("\u00e0" <= c for c in words[0]):
            continue
        if not _initials_spell(name, m["acr"]) or known.overlapping(*m.span("name")):
            continue
        at, state = _state_after_of(raw, m.end(), starts)
        if state is not None:
            name = f"{name} of {_squash(raw[at:state.end])}"
            found.append(Mention("org", f"~{fold(name)}", m.start("name"), state.end, raw[m.start("name"):state.end],
                                 name, code=state.key, acronym=m["acr"], org_kind="government", source="phrase"))
            continue
        found.append(Mention("org", f"~{fold(name)}", m.start("name"), m.end("name"), m["name"], name,
                             acronym=m["acr"], source="phrase"))
    return found


def _of_the_state_after_its_acronym(raw: str, orgs: list[Mention], states: list[Mention]) -> list[Mention]:
    """``orgs`` with each State body no registry knows, named before its acronym and "of" a State, as
    that State's: "the Radiation Protection Authority (RPA) of Zambia" is the Radiation Protection
    Authority of Zambia, "the Directorate General of Customs (Dirección General de Aduanas, DGA) of the
    Dominican Republic" the Directorate General of Customs of the Dominican Republic; so is a body's English
    name in brackets with its acronym after its own name:
    "Direction générale des douanes (General Directorate of Customs, DGD) of the Republic of Guinea"."""
    out = []
    starts = {s.start: s for s in states}
    for o in orgs:
        acronym = (_A_GLOSS_ENDS_ITS_ACRONYM if raw[o.start - 1:o.start] == "(" else _AN_ACRONYM_NEXT).match(raw, o.end) \
            if o.source == "phrase" and o.code is None and o.name.split()[-1].lower() in _GOV_HEADS else None
        at, state = _state_after_of(raw, acronym.end(), starts) if acronym is not None else (-1, None)
        if state is not None:
            name = f"{o.name} of {_squash(raw[at:state.end])}"  # "… of the Republic of Guinea", its "the" kept
            o = o._replace(key=f"~{fold(name)}", name=name, end=state.end, text=raw[o.start:state.end], code=state.key,
                           acronym=o.acronym or acronym["acr"], org_kind="government")
        out.append(o)
    return out


_AN_ACRONYM_NEXT = patterns.compile(
    r"[ \t\n]*+\((?:\p{Lu}[^()\n,;]{2,60}+,[ \t\n]*+)?(?P<acr>\p{Lu}[\p{Lu}\d&\-]{1,11}+)\)")
"""After a body's name, its acronym in brackets, perhaps after its name in its own language: " (RPA)",
" (Dirección General de Aduanas, DGA)"."""
_A_GLOSS_ENDS_ITS_ACRONYM = patterns.compile(r"[ \t\n]*+(?:\((?P<acr>\p{Lu}[\p{Lu}\d&\-]{1,11}+)\)|,[ \t\n]*+"
                                            r"(?P<acr>\p{Lu}[\p{Lu}\d&\-]{1,11}+)\))")
"""After a body's name in brackets, its acronym in them after a comma: ", DGD)" of "(General Directorate of Customs, DGD)"."""


def _state_after_of(raw: str, at: int, starts: dict[int, Mention]) -> tuple[int, Mention | None]:
    """Where the name after an "of" at ``at`` starts, and the State it is (``starts``: States by
    start), its "the" read either way: "(SRECI) of the Republic of Honduras", "(RPA) of Zambia"."""
    of = _OF_AFTER_AN_ACRONYM.match(raw, at, at + _OF_REACH)
    if of is None:
        return -1, None
    k = of.end()
    return k, starts.get(k) or (starts.get(k + 4) if raw.startswith("the ", k) else None)


_OF_AFTER_AN_ACRONYM = patterns.compile(r"[ \t\n]++of[ \t\n]++")
_OF_REACH = 48
"""An end for :data:`_OF_AFTER_AN_ACRONYM`'s match (room for a line wrapped into a column after "of"): with
none, ``regex`` looks for its "of" to the text's end first."""


def city_ending_a_phrase(raw: str, place: Mention, orgs: SpanIndex) -> bool:
    """Whether city ``place`` ends, after "in", the name of a body no registry knows ("the
    Diplomatic Institute of the Ministry of Foreign Affairs in Doha"), or ends it but for the word of the
    province (or "City") named after it ("the Centara Hotel & Convention Centre in Udon Thani Province", "the
    Provincial Convention Centre in Tan An City"): the city is named too."""
    return place.kind == "city" and raw[max(0, place.start - 3):place.start - 1] == "in" \
        and raw[place.start - 1:place.start].isspace() and all(
        o.source == "phrase" and (o.end == place.end or _ITS_PROVINCES_WORD.fullmatch(raw, place.end, o.end))
        for o in orgs.overlapping(place.start, place.end))


_ITS_PROVINCES_WORD = patterns.compile(r"[ ](?:Province|Region|District|Governorate|County|Prefecture|Oblast|City)")


LOCAL_GOVERNMENT_SOURCES = ("local_government", "town_government")
"""The sources of a town's, a county's or a province's government's mention."""


def _a_local_governments(place: Mention, orgs: SpanIndex) -> bool:
    """Whether ``place`` is named only inside its own government's name ("City Government of Bayugan"): the
    place is named too."""
    return all(o.source in LOCAL_GOVERNMENT_SOURCES for o in orgs.overlapping(place.start, place.end))


def _a_bodys_acronym(state: Mention, orgs: SpanIndex) -> bool:
    """Whether State mention ``state`` is in capitals a registry body has for its acronym, at the same
    place: "GUAM – Organization for Democracy and Economic Development" names no island."""
    return state.text.isupper() and any(o.source == "gazetteer" and (o.start, o.end) == (state.start, state.end)
                                        for o in orgs.overlapping(state.start, state.end))


def _inside_longer(m: Mention, index: SpanIndex) -> bool:
    """True when a longer mention of ``index`` holds all of ``m``."""
    return any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
               for o in index.overlapping(m.start, m.end))


def _raw_span(view: TextView, start_char: int, end_char: int) -> tuple[int, int, str]:
    start, end = view.to_raw(start_char, end_char)
    return start, end, view.raw[start:end]


_FLAG = patterns.compile("[\U0001F1E6-\U0001F1FF]{2}")
"""A flag emoji: two regional indicator letters, the State's ISO 3166 alpha-2 code."""
_REGIONAL_INDICATOR = re.compile("[\U0001F1E6-\U0001F1FF]")
"""Whether a note has a flag at all: one stdlib scan, only of a note that is not ASCII (``isascii``
costs nothing; ``max(raw)`` made a string of every character: 0.3 M instructions a note)."""


def _flag_states(raw: str) -> list[Mention]:
    """States a post shows by their flags: "regulators from 🇧🇳🇰🇭🇮🇩" (Brunei, Cambodia, Indonesia)."""
    found = []
    for m in _FLAG.finditer(raw):
        alpha2 = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in m.group())
        entry = state_by_code(_alpha3_of(alpha2) or "")
        if entry is not None:
            found.append(Mention("state", entry.code, m.start(), m.end(), m.group(), entry.name, code=entry.code))
    return found


@cache
def _alpha3_of(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


def _states(doc: Doc, view: TextView) -> list[Mention]:
    found = []
    for span in doc.spans.get(groups.STATES, []):
        entry = state_by_code(span.id_)
        if entry is None:
            continue
        start, end, text = _raw_span(view, span.start_char, span.end_char)
        modifier = _modifier(view.clean, span.end_char)
        if modifier and text.lower().startswith("the "):
            start, text = start + 4, text[4:]  # "the U.S. Department": the article is the Department's
        if entry.the and not text.lower().startswith("the ") and not modifier:
            before = _THE_BEFORE.search(view.raw[max(0, start - 6):start])
            if before:
                start -= len(view.raw[max(0, start - 6):start]) - before.start(1)
                text = view.raw[start:end]
        if len(text) == 2 and "/" in view.raw[max(0, start - 4):end + 4] and _AMONG_LANGUAGES.search(
                view.raw, max(0, start - 12), min(len(view.raw), end + 12)):
            continue  # "interpretation RU/UK/EN": Ukrainian, not the United Kingdom
        if _another_states_division(view.raw, start, end, entry.code):
            continue
        found.append(Mention("state", entry.code, start, end, text, entry.name, code=entry.code))
    return found


def _another_states_division(raw: str, start: int, end: int, code: str) -> bool:
    """Whether the word before a State's name makes, with it, a division of another State: "New Mexico"
    and "New Jersey" are the United States', "New Ireland" Papua New Guinea's."""
    before = _A_WORD_BEFORE.search(raw, max(0, start - 40), start)
    return before is not None and any(
        other != code for other in subdivision_of(f"{before.group(1)} {raw[start:end]}"))


_A_WORD_BEFORE = patterns.compile(r"(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}++)(?:[ \t]++\n?+|\n)[ \t]*+$")
"""A Title-Case word just before a name, a space or a line's end between: "New " of "New Mexico"."""


_AMONG_LANGUAGES = patterns.compile(r"\b(?:EN|FR|RU|AR|ES|ZH|CN|SP|TR|DE|PT|IT)[ ]?/[ ]?\p{Lu}{2}\b|"
                                    r"\b\p{Lu}{2}[ ]?/[ ]?(?:EN|FR|RU|AR|ES|ZH|CN|SP|TR|DE|PT|IT)\b")
"""Two-letter language codes joined by slashes ("interpretation RU/UK/EN"): "UK" there is Ukrainian."""


def _demonym_mentions(doc: Doc, view: TextView) -> list[Mention]:
    """States' adjectives, in raw offsets. Those outside organizations' names are the MentionSet's
    ``demonyms`` ("the Kenyan Revenue Authority" is a body's); those opening a body's name say its State."""
    found = []
    for span in doc.spans.get(groups.DEMONYMS, []):
        start, end, text = _raw_span(view, span.start_char, span.end_char)
        entry = state_by_code(span.id_)
        if entry is not None and not _A_LANGUAGE_AFTER.match(view.raw, end):
            found.append(Mention("demonym", entry.code, start, end, text, entry.name, code=entry.code))
    return found


_A_LANGUAGE_AFTER = patterns.compile(r"[\-\u2010\u2011 ](?:speaking|language|speakers?)\b")
"""After an adjective, the word that makes it a language's: "French-speaking African countries",
"a French-language daily" name no French official."""


def _registry_orgs(doc: Doc, view: TextView) -> list[Mention]:
    spans = list(doc.spans.get(groups.ORGS, [])) + list(doc.spans.get(groups.ORGS_FOLDED, []))
    found = []
    for span in spans:
        entry = org_by_id(span.id_)
        if entry.id == "un" and _modifier(view.clean, span.end_char):
            continue  # "United Nations Building", "a United Nations workshop": not the UN acting
        start, end, text = _raw_span(view, span.start_char, span.end_char)
        if _A_HEAD_FIRST.match(text) and _ANOTHER_NAMES_WORD_BEFORE.search(view.raw, max(0, start - 24), start) \
                and not _A_KNOWN_NAMES_END.search(view.raw, max(0, start - 24), start):
            continue  # "the Arab Institute for Security Studies (ACSIS)": another body than the ISS, named longer
        found.append(org_mention(entry, start, end, text))
    return found


_A_HEAD_FIRST = patterns.compile(rf"(?:{HEAD_NOUNS})[ ]")
"""A registry name that opens with its head noun ("Institute for Security Studies"): a word before it
may make another body's name."""
_ANOTHER_NAMES_WORD_BEFORE = patterns.compile(r"(?<![\p{L}\d.\-'\u2019&])(?!(?:The|A|An|Its|Their|Our|This|That|And|Of|For|"
                                              r"In|At|By|With|From|To|On|New|Former)[ ])\p{Lu}\p{Ll}++[ ]$")
"""One Title-Case word (not a determiner, a preposition nor "New") just before a name, a space between."""
_A_KNOWN_NAMES_END = patterns.compile(rf"(?:{HEAD_NOUNS}|Nations|Union|States)[ ]$")
"""A word that ends a body's own name before another's ("Commission Joint Research Centre"): not one name."""


_MODIFIED_NOUNS = {"workshop", "workshops", "seminar", "conference", "meeting", "course", "training", "system",
                   "staff", "building", "member", "members", "entities", "entity", "agencies", "agency", "bodies",
                   "body", "officials", "official", "experts", "expert", "event", "events", "programme", "program",
                   "charter", "family", "headquarters", "premises", "office", "offices", "mission", "missions",
                   "peacekeeping", "regional", "secretariat", "document", "documents", "report", "website",
                   "compound", "facilities", "facility", "centre", "center", "support", "framework", "partners"}


def _modifier(clean: str, end: int) -> bool:
    """True when the word after a name makes the name a modifier: "United Nations Building",
    "a United Nations workshop" — but not "the United Nations organised"."""
    nxt = _NEXT_WORD.match(clean[end:end + 40])
    if nxt is None:
        return False
    word = nxt.group("w")
    return word[0].isupper() or word.lower() in _MODIFIED_NOUNS


def org_mention(entry: OrgEntry, start: int, end: int, text: str, source: str = "gazetteer") -> Mention:
    return Mention("org", entry.id, start, end, text, entry.name, code=entry.country_code,
                   acronym=entry.acronyms[0] if entry.acronyms else None, org_kind=entry.kind, source=source)


@cache
def _sub_body_names() -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, OrgEntry]]:
    """Short names of sub-bodies ("Technical Secretariat" of the OPCW) and a pattern for "its/the <name>",
    or the name in a bracket (whose ``open`` group is where it opens: the parent must come just before);
    and the same pattern for a name wrapped between its words ("two experts of the Group\n   of
    Experts"), which has no literal for ``regex`` to look for first, so it runs only where no name is whole."""
    short: dict[str, OrgEntry] = {}
    for e in org_entries():
        head = e.name.split(" of the ")[0]
        if e.parent and head != e.name and len(head.split()) >= 2:
            short.setdefault(head, e)
    names = sorted(short, key=len, reverse=True)
    whole = "|".join(map(regex.escape, names))
    wrapped = "|".join(r"\s++".join(map(regex.escape, n.split(" "))) for n in names)
    return _the_sub_body(whole), _the_sub_body(wrapped), short


def _the_sub_body(names: str) -> regex.Pattern[str]:
    return patterns.compile(rf"\b(?:[Ii]ts|[Tt]he|[Tt]heir)\s+(?P<name>{names})\b"
                            rf"|(?P<open>\()[ \t]*+(?:[^()\n]{{0,30}}?\b(?:and|&)[ \t]++)?(?P<name>{names})[ \t]*+\)"
                            rf"|(?P<open>:)[ \t]*+(?P<name>{names})[ \t]*+(?=[|;\n]|$)")


_QUESTION_LABEL = patterns.compile(r"(?m)^[ \t*#]*+(?:WHAT|WHEN|WHERE|WHY)[ \t*:]*+$")
_ALONE_ON_ITS_LINE = patterns.compile(r"[ \t*:]*+(?:\n|$)")


def _without_a_question_label(raw: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` less a "WHO" alone on its line in a fact sheet whose other labels ask WHAT, WHEN, WHERE
    or WHY: the label "who", not the World Health Organization."""
    if _QUESTION_LABEL.search(raw) is None:
        return orgs
    return [o for o in orgs if not (o.text == "WHO" and (o.start == 0 or raw[o.start - 1] == "\n")
                                    and _ALONE_ON_ITS_LINE.match(raw, o.end))]


_GROUP_SUPPORTING = patterns.compile(
    r"(?ir)\b(?P<group>group)[ \t\n]++(?:of[ \t\n]++experts[ \t\n]++)?(?:supporting|assisting|that[ \t\n]++supports|"
    r"which[ \t\n]++supports|serving)[ \t\n]++(?:the[ \t\n]++)?$")
"""Searched backwards from a body: a group said by what it does for it ("an expert from the group
supporting the 1540 Committee")."""


@cache
def _groups_of() -> dict[str, OrgEntry]:
    """The registry's groups by their parent's id: the 1540 Committee's Group of Experts."""
    return {e.parent: e for e in org_entries() if e.parent and e.name.startswith("Group of ")}


def _groups_supporting(raw: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` with a body that a group is said to support, and that group, read as the body's group of
    the registry: "the group supporting the 1540 Committee" is the Committee's Group of Experts."""
    groups = _groups_of()
    out = []
    for o in orgs:
        m = _GROUP_SUPPORTING.search(raw, max(0, o.start - 40), o.start) if o.key in groups else None
        out.append(o if m is None else org_mention(groups[o.key], m.start("group"), o.end, raw[m.start("group"):o.end],
                                                    source="sub-body"))
    return out


def _may_hold(raw: str, name: str) -> bool:
    """Whether ``raw`` may hold ``name``, wrapped or not: its first and last words are there."""
    words = name.split(" ")
    return words[0] in raw and words[-1] in raw


@cache
def _sub_body_parents() -> frozenset[str]:
    return frozenset(e.parent for e in _sub_body_names()[2].values())


def _sub_bodies(raw: str, orgs: list[Mention]) -> list[Mention]:
    """"its Group of Experts", "the Technical Secretariat": a sub-body of a parent the note names; also
    in brackets or after a colon just after the parent ("1540 Committee (Chair and Group of Experts)",
    a table's "1540 Committee: Group of Experts")."""
    whole, wrapped, short = _sub_body_names()
    named = {o.key for o in orgs}
    if named.isdisjoint(_sub_body_parents()):
        return []  # no parent named: nothing to find, no regex scan
    ours = [name for name, e in short.items() if e.parent in named]  # the sub-bodies of the parents named
    if any(name not in raw and _may_hold(raw, name) for name in ours):
        pattern = wrapped  # "1540 Committee (one member of the Group of\nExperts)", whatever else is whole
    elif any(name in raw for name in ours):
        pattern = whole
    else:
        return []  # no short name written
    found = []
    index = SpanIndex(orgs)
    for m in pattern.finditer(raw):
        entry = short[" ".join(m.group("name").split())]
        start, end = m.span("name")
        if index.covers(start, end):
            continue
        if m.group("open") is not None and not any(  # "1540 Committee (Chair and Group of Experts)": its parent's
                o.key == entry.parent and 0 <= m.start() - o.end <= 2 for o in index.overlapping(m.start() - 2, m.start())):
            continue
        if entry.parent in named:
            found.append(org_mention(entry, start, end, raw[start:end], source="sub-body"))
    return found


@cache
def government_name(state: StateEntry) -> str:
    """The canonical name of a State's government: "Government of the Russian Federation";
    a UN name with a parenthesis reads in its formal order: "Government of the Kingdom of the Netherlands"."""
    return unit_of_state("Government", state)


def unit_of_state(unit: str, state: StateEntry) -> str:
    """``unit`` named with its State as :func:`government_name` names the government: "Ministry of
    Foreign Affairs of the Dominican Republic" (a "Foreign Ministry" too: one body, by its formal name)."""
    unit = _FOREIGN_MINISTRY.sub("Ministry of Foreign Affairs", unit)
    inverted = regex.fullmatch(r"(?P<short>.+?) \((?P<formal>.+ of(?: the)?)\)", state.name)
    if inverted:
        return f"{unit} of the {inverted.group('formal')} {inverted.group('short')}"
    return f"{unit} of {'the ' if state.the else ''}{state.name}"


_FOREIGN_MINISTRY = patterns.compile(r"\A(?i:foreign)[ ]++Ministry(?=\Z|[ ]of[ ])")
"""A ministry named by its common short form: "the Chilean Foreign Ministry", "the Foreign Ministry of
Chile" are its Ministry of Foreign Affairs."""


_GOVERNMENT_ENDS = ("of", "the", "de", "da", "do", "du", "la", "d'", "d\u2019", "l'", "l\u2019")
"""The words :data:`_GOVERNMENT_BEFORE` ends with: a window that ends otherwise is not searched."""


_TO_THE_UN = patterns.compile(r"[ \t\n]++to[ \t\n]++the[ \t\n]++(?:United[ \t\n]++Nations|UN)\b"
                              r"(?:[ \t\n]++(?:Office[ \t\n]++)?(?:in|at)[ \t\n]++(?:New[ \t\n]++York|Geneva|Vienna|Nairobi)\b)?")
"""What a State's mission adds to its name: "to the United Nations (Office at Geneva)"."""


def _governments(view: TextView, states: list[Mention]) -> list[Mention]:
    """Governments and ministries around a State mention: "Government of X", "X's government".
    A ministry's name is read in the cleaned view: "of the Re-\npublic of Armenia" is "Republic"."""
    raw = view.raw
    found = []
    for i, s in enumerate(states):
        entry = state_by_code(s.key)
        assert entry is not None
        window = raw[max(0, s.start - 90):s.start]
        before = _A_MINISTRY_THEN_ITS_GOVERNMENT.search(window) if window.endswith(("of ", "the ")) and "," in window \
            else None
        if before is None:
            before = _GOVERNMENT_BEFORE.search(window) if window.rstrip().endswith(_GOVERNMENT_ENDS) else \
                _A_MASTHEADS_MINISTRY.search(window) if window.endswith(", ") and _TO_LINE_END.match(raw, s.end) else None
        if before is None and i > 0 and _in_list_after(raw, states[i - 1], s):
            prev = next((m for m in reversed(found) if m.end == states[i - 1].end and m.source == "government"), None)
            if prev is not None and prev.name.startswith("Government"):
                found.append(Mention("org", f"gov:{s.key}", s.start, s.end, s.text, government_name(entry),
                                     code=s.key, org_kind="government", source="government"))
            continue
        if before is not None:
            start = s.start - len(window) + before.start("gov")
            gov = before.group("gov")
            to_the_un = _TO_THE_UN.match(raw, s.end) if gov.startswith(("Permanent", "Mission")) else None
            end = to_the_un.end() if to_the_un is not None else s.end  # "… of Kazakhstan to the United Nations"
            name = government_name(entry) if gov.lower().startswith("government") else \
                _squash(without_ligatures(view.clean[view.to_clean(start):view.to_clean(end)]))  # "Aﬀairs"
            if before.re is _A_MASTHEADS_MINISTRY or before.re is _A_MINISTRY_THEN_ITS_GOVERNMENT:
                name = unit_of_state(_squash(gov), entry)  # "Ministry of Foreign Affairs, Republic of Korea"
            elif not gov.lower().startswith("government") and _A_GOVERNMENT_LINE_AFTER_ITS_NAME.search(raw, start, end) \
                    and (then := _A_GOVERNMENT_AFTER_ITS_NAME.search(name)) is not None:
                name = unit_of_state(name[:then.start()], entry)  # a masthead's "Ministry of External Affairs" over
                # "Government of India": the Ministry of External Affairs of India
            key = f"gov:{s.key}" if gov.lower().startswith("government") else f"~{fold(name)}"
            if not gov.lower().startswith("government") and (first := _A_MINISTRY_AND.search(raw, max(0, start - 90), start)):
                other = unit_of_state(_squash(first.group("gov")), entry)  # "the Ministry of External Affairs and the
                found.append(Mention("org", f"~{fold(other)}", first.start("gov"), first.end("gov"),  # Ministry of Home
                                     first.group("gov"), other, code=s.key, org_kind="government",  # Affairs, Government
                                     source="government"))  # of India": both India's
            found.append(Mention("org", key, start, end, raw[start:end], name, code=s.key,
                                 org_kind="government", source="government"))
            continue
        after = _GOVERNMENT_AFTER.match(raw[s.end:s.end + 20])
        if after:
            end = s.end + after.end()
            found.append(Mention("org", f"gov:{s.key}", s.start, end, raw[s.start:end], government_name(entry),
                                 code=s.key, org_kind="government", source="government"))
    return found


_LOCAL_UNIT = (r"(?:City|County|Provincial|Departmental|Municipal|Regency|Regional|District|Prefectural|State"
               r"|Metropolitan|Town|Township)")
_LOCAL_PARTICLE = r"(?:de|del|dos|das|da|do|di|la|aan[ ]de[nr]?|an[ ]der|am|sur)"
"""A small word inside a town's name: "de" of "Cachoeiras de Macacu", "aan den" of "Capelle aan den IJssel"."""
_LOCAL_PLACE = (rf"{_NOT_A_DAY}{_CAP}(?:[ ](?:{_LOCAL_PARTICLE}[ ](?=\p{{Lu}})|d['\u2019](?=\p{{Lu}}))?"
                rf"{_NOT_A_DAY}{_CAP}){{0,4}}")
_LOCAL_GOVERNMENT = patterns.compile(
    rf"(?<![\p{{L}}\d\-])(?:"
    rf"(?:Autonomous[ ])?(?P<unit>{_LOCAL_UNIT}[ ](?:People's[ ])?|People's[ ])Government[ ]of[ ](?:the[ ])?"
    rf"(?P<a>{_LOCAL_PLACE})"
    rf"|Government[ ]of[ ](?:the[ ])?(?:"
    rf"(?:Province|Republic|State|Region|Oblast|Krai|Municipality|City|Prefecture|County|District|Governorate)[ ]of[ ]"
    rf"(?P<b>{_LOCAL_PLACE})|(?P<c>{_LOCAL_PLACE})[ ](?:Regency|Province|State|Prefecture|County|District|Region|Oblast|Krai"
    rf"|Governorate|Municipality|City))"
    rf"|(?!(?:{'|'.join(sorted(regex.escape(w) for w in _NOT_START | {'United'}))})[ ])"
    rf"{_NOT_A_DAY}(?P<d>{_CAP}(?:[ ](?!The[ ]){_CAP}){{0,2}})[ ]{_LOCAL_UNIT}[ ](?:People's[ ]|Local[ ])?Government)"
    rf"(?![\p{{L}}\-])")  # not a heading joined to its first line's article: "Highlights The Perlis State Government"
"""A province's, county's or city's government, named as a body: "City Government of Lubuklinggau",
"Government of the Province of Chubut", "Government of Klungkung Regency", "Changhua County Government",
"Leiyang Municipal People's Government", a Ugandan district's "Kamuli District Local Government", a Bolivian
"Autonomous Municipal Government of Vinto", a Uruguayan "Departmental Government of Durazno". A State's
government is :func:`_governments`'s."""


def _local_governments(view: TextView, known: list[Mention], states: list[Mention]) -> list[Mention]:
    """The governments of places inside a State (:data:`_LOCAL_GOVERNMENT`) no mention found so far
    overlaps: not "the Ministry of Local Government", not "Government of the Republic of Moldova"."""
    found: list[Mention] = []
    index = SpanIndex(known + states)
    for m in _local_government_matches(view.clean):
        start, end, text = _raw_span(view, m.start(), m.end())
        if index.overlapping(start, end):
            continue
        place = next(g for g in m.group("a", "b", "c", "d") if g is not None)
        name = _squash(text)
        found.append(Mention("org", f"~{fold(name)}", start, end, text, name, code=_country_of_place(place),
                             org_kind="government", source="local_government"))
    if found:
        found += _local_governments_again(view, found, index)
    return found


_MUNICIPALITYS_KIND = r"(?:Local|District|Metropolitan)[ ]"
"""A South African municipality's kind, between its name and "Municipality": "Bitou Local Municipality"."""
_A_TOWN_GOVERNMENT_IN_ITS_TONGUE = (r"(?:Alcald[\u00edi]a(?:[ ]Municipal)?|Prefeitura(?:[ ]Municipal)?|Ayuntamiento"
                                   r"|Municipalidad(?:[ ](?:Provincial|Distrital))?|Mairie|Ville)[ ]de|Comune[ ]di"
                                   r"|Nagar[ ](?:Palika(?:[ ]Parishad)?|Panchayat|Nigam)")
"""A town's government by its own language's name, as translations keep it: "Alcaldía Municipal de Bosconia",
"Prefeitura Municipal de Campo Bom", "Comune di Formigine", "Ayuntamiento de La Orotava", "Ville de Joliette", a
north Indian town's council before its town's name, "Nagar Palika Parishad Atrauli"."""
_NOT_A_NAMES_START = rf"(?!(?:{'|'.join(sorted(regex.escape(w) for w in _NOT_START))})[ ])"
"""Not a word that opens a sentence or a phrase before a name ("The", "With"): no town's first word."""
_TOWN_GOVERNMENT = patterns.compile(
    rf"(?<![\p{{L}}\d\-])(?<!\b(?!The[ ])\p{{Lu}}[\p{{L}}\-]*[ ])(?<!\b(?i:in|at|to|from|near|of)[ ]the[ ])"
    rf"(?:(?:(?:(?:Provincial|District|Metropolitan)[ ])?Municipality[ ]of|{_A_TOWN_GOVERNMENT_IN_ITS_TONGUE})[ ]"
    rf"(?P<a>{_LOCAL_PLACE})"
    rf"|Municipal[ ]Prefecture[ ]of[ ](?P<f>{_LOCAL_PLACE})"
    rf"|(?:City|Town)[ ](?:Council|Hall)[ ]of[ ](?P<b>{_LOCAL_PLACE})|(?:City|Town)[ ]of[ ](?P<c>{_LOCAL_PLACE})"
    rf"|(?<![,(][ ]?)(?<![,(][ ]?the[ ])(?:(?:Rural|Urban)[ ])?"
    rf"(?:Commune|Province|Wilaya|Prefecture|Governorate|Da[\u00efi]ra|District|Canton)[ ]of[ ](?P<e>{_LOCAL_PLACE})"
    rf"|{_NOT_A_NAMES_START}{_NOT_A_DAY}"
    rf"(?P<d>{_CAP}(?:[ ](?!{_MUNICIPALITYS_KIND}){_CAP}){{0,2}})"
    rf"[ ](?:(?:City|Town|Municipal)[ ]Council|(?:{_MUNICIPALITYS_KIND})?Municipality|[Kk]ommune?))(?![\p{{L}}\-])")
"""A town's own government by the names towns give it: "Municipality of Pesaro", "City of Emden", "Town of Gagny",
"Municipality of Capelle aan den IJssel", a Brazilian town's "Municipal Prefecture of Machadinho d'Oeste", "City
Hall of Curtea de Argeș", "Pryluky City Council", "Ray Nkonyeni Municipality" (the town a town of the gazetteers), a
Danish "Hvidovre Kommune" or Swedish "Lunds kommun",
or a province's, a wilaya's, a commune's or a prefecture's, "hosted by the Province of Chichaoua", "the Wilaya of
Aïn Defla", "the Commune of Kalalé", "the Prefecture of Danané", "the Governorate of Sarakhs", "the Daïra of
Oued Rhiou", "the District of Ambanja" (its place a town or a division), a South African "Bitou Local
Municipality"; not a place ("in the
City of Tacloban", a venue line's "Bragado, Province of Buenos Aires, Argentina") nor inside a longer name ("the
Free Hanseatic City of Bremen")."""


_IN_ITS_TONGUE = patterns.compile(_A_TOWN_GOVERNMENT_IN_ITS_TONGUE)
_A_BRACKET_BEFORE = patterns.compile(r"\((?:H\.[ ])?$")


def _an_alias_in_brackets(clean: str, start: int) -> bool:
    """Whether the town's government named from ``start`` is named in its own tongue in brackets, the alias of the
    body before it: "the Mayor's Office of Itagüí (Alcaldía de Itagüí)", "(H. Ayuntamiento de Amozoc de Mota)"."""
    return _A_BRACKET_BEFORE.search(clean, max(0, start - 4), start) is not None \
        and _IN_ITS_TONGUE.match(clean, start) is not None


def _town_governments(view: TextView, known: list[Mention]) -> list[Mention]:
    """The governments of towns (:data:`_TOWN_GOVERNMENT`) no mention found so far overlaps, when their place
    is a city or town the gazetteers know: a host town's council is among the organizers as analysts count
    them ("hosted by the City of Emden")."""
    found: list[Mention] = []
    index = SpanIndex(known)
    for m in _town_government_matches(view.clean):
        place, stop = _its_place(m), m.end()
        if not _a_known_place(place, m):
            heads = _heads(place)[1:] if m.group("d") is None else []
            place = next((head for head in heads if _a_known_place(head, m)
                          and _A_LABEL_NEXT.match(view.clean, m.start(m.lastgroup) + len(head))), None)
            if place is None:
                continue  # "City of Feldkirch Date and Venue:": a field's wrapped value joined to the next label
            stop = m.start(m.lastgroup) + len(place)
        start, end, text = _raw_span(view, m.start(), stop)
        if index.overlapping(start, end) or _an_alias_in_brackets(view.clean, m.start()):
            continue
        name = _squash(text)
        found.append(Mention("org", f"~{fold(name)}", start, end, text, name,
                             code=_country_of_place(place.removesuffix(_PROVINCE)), org_kind="government",
                             source="town_government"))
    return found


_A_HOST_TOWNS_WORD = r"(?:City(?:[ ](?:Hall|Government))?|County(?:[ ]Government)?|county[ ]government|Municipality)"
"""The word after a town's name that makes it the town's government where it hosts: "Nichinan City", "Wanju
County", "Canindé City Hall", a wire's "the Chenggu county government"."""
_HOSTED_BY_A_TOWN = patterns.compile(
    rf"(?:\b(?i:(?:co-?)?hosted)[ \t\n]++by[ \t\n]++(?:the[ \t\n]++)?"
    rf"|\b(?i:host(?:[ ](?:municipality|city|town|county))?)[ \t]*+:[ \t]*+)"
    rf"{_NOT_A_NAMES_START}(?P<town>{_LOCAL_PLACE})[ \t\n]++{_A_HOST_TOWNS_WORD}(?![\p{{L}}\-])")
"""A town's government that hosts, by its town's name and its word: "co-hosted by Higashimurayama City", a header's
"Organizers: …; host: Pașcani City Hall"."""
_A_TOWN_HOSTS = patterns.compile(
    rf"(?<![\p{{L}}\p{{M}}\-]){_NOT_A_NAMES_START}(?P<town>{_LOCAL_PLACE})[ \t\n]++{_A_HOST_TOWNS_WORD}"
    rf"(?=[ \t\n]*+(?:,[ \t\n]++which[ \t\n]++)?(?:(?:has|had|have|also|successfully|jointly|will)[ \t\n]++)*+"
    rf"(?:(?:co-?)?host(?:s|ed)?\b|played[ \t\n]++host\b|(?:was|is)[ \t\n]++the[ \t\n]++host\b)"
    rf"|[ \t\n]++(?:served[ \t\n]++)?as[ \t\n]++(?:the[ \t\n]++)?(?:co-?)?host\b)")
"""A town's government that hosts, by its town's name and its word before the verb: "Anseong City co-hosts …",
"Wanju County, which hosted the event", "with Canindé City Hall as host", "Fukuchiyama City served as the host
city"."""
_A_HOST_TOWNS_WORDS_START = patterns.compile(r"City|County|county|Municipality")
"""How each of :data:`_A_HOST_TOWNS_WORD`'s words starts: where none stands near a "host", neither pattern can match."""
_HOST_WORD = patterns.compile(r"(?i:host)")
_HOST_REACH = 80
"""How far a hosting town's government's name reaches from the word "host"."""
_ANOTHER_YEAR = patterns.compile(r"\b(?:(?:last|next|previous)[ \t\n]++year|(?:in|since)[ \t\n]++(?:19|20)\d\d)\b")
"""A year of another event than the note's, in the clause a town hosts in: "… in November last year"."""


def _host_towns_as_bodies(view: TextView, known: list[Mention]) -> list[Mention]:
    """The government of a town named by the town's name and a word for it ("Nichinan City", "Wanju County") where
    it hosts the event: a body among the organizers, as a host town's government is (not "Kuwait City", a city's
    own name, nor a town the gazetteers do not know or know in several States)."""
    found: list[Mention] = []
    index = SpanIndex(known)
    clean = view.clean
    for word in _HOST_WORD.finditer(clean):
        at = word.start()
        if _A_HOST_TOWNS_WORDS_START.search(clean, max(0, at - _HOST_REACH), at + _HOST_REACH) is None:
            continue  # no word of a town's government near: neither pattern can match
        matches = [m for m in (_HOSTED_BY_A_TOWN.search(clean, max(0, at - 10), min(len(clean), at + _HOST_REACH)),
                               _A_TOWN_HOSTS.search(clean, max(0, at - _HOST_REACH), at + _HOST_REACH))
                   if m is not None and (m.re is _HOSTED_BY_A_TOWN or m.end() <= at)]
        for m in matches:
            start, end, text = _raw_span(view, m.start("town"), m.end())
            if index.overlapping(start, end) or any(f.start == start for f in found):
                continue
            stop = clean.find(".", m.end())
            clause_end = stop if 0 <= stop - m.end() < 2 * _HOST_REACH else m.end() + _HOST_REACH
            if _ANOTHER_YEAR.search(clean, m.end(), clause_end):
                continue  # "Gimcheon City hosted the Korea-ASEAN Forum in November last year": another event
            town, name = _SPACES.sub(" ", m["town"]), _squash(text)
            city = lookup_city(town)
            codes = {city.country_code} if city is not None else set(towns_named(town))
            if len(codes) != 1 or lookup_city(name) is not None:
                continue
            found.append(Mention("org", f"~{fold(name)}", start, end, text, name, code=codes.pop(),
                                 org_kind="government", source="town_government"))
    return found


_TOWN_GOVERNMENT_WORDS = ("Municipality", "Municipal Prefecture", "City of", "Town of", "City Council", "Town Council",
                          "Municipal Council", "Hall of", "Commune of", "Province of", "Wilaya of", "Prefecture of",
                          "Governorate of", "Da\u00efra of", "Daira of", "District of", "Canton of", "Alcald",
                          "Prefeitura", "Ayuntamiento de", "Municipalidad", "Mairie de", "Ville de", "Comune di",
                          "Nagar Palika", "Nagar Panchayat", "Nagar Nigam", "Kommune", "kommune", "Kommun", "kommun")
"""The words that name a town's government's kind: where one is looked for (not "Security Council")."""
_TOWN_GOVERNMENT_WORD = patterns.compile("|".join(regex.escape(word) for word in _TOWN_GOVERNMENT_WORDS))
_TOWN_REACH = (60, 120)
"""How far a town's government's name reaches before and after the word that names its kind."""


_A_LABEL_NEXT = patterns.compile(r"[ ](?:\p{Lu}[\p{L}\p{M} /&]{0,30}:|(?i:dates?|venue|place|location|participants)\b)")
"""The next field's label: a few words and a colon (" Host Institution:"), or a header's own word (" Date and
Venue", " DATE AND VENUE")."""


_PROVINCE = " Province"
"""What may end a division's name after "Governorate of": "the Governorate of Guéra Province"."""


def _a_known_place(place: str, m: regex.Match[str]) -> bool:
    """Whether a town's government's ``place`` is a city or town the gazetteers know (a province's or a wilaya's
    a division)."""
    if m.group("e"):
        place = place.removesuffix(_PROVINCE)  # "the Governorate of Guéra Province": the province Guéra
    return lookup_city(place) is not None or bool(towns_named(place)) or bool(m.group("e") and subdivision_of(place))


def town_of_government(name: str) -> str | None:
    """The place a town's government (:data:`_TOWN_GOVERNMENT`) is named after, from its name: "Prefecture of
    Danané" → "Danané"; None for any other name."""
    m = _TOWN_GOVERNMENT.fullmatch(name)
    return _its_place(m) if m is not None else None


_A_TOWNS_UNIT = patterns.compile(r"\b(?:City|Municipal|Municipality|Town|Township|County[ ]People's)\b")


def town_of_local_government(name: str) -> str | None:
    """The town a town's government named as a body (:data:`_LOCAL_GOVERNMENT`) is named after: "Municipal
    Government of Daanbantayan" → "Daanbantayan", "Leiyang Municipal People's Government" → "Leiyang", a Chinese
    county's "Yanggu County People's Government" → "Yanggu" (its seat bears its name); None for another county's,
    a province's or a region's ("Changhua County Government")."""
    m = _LOCAL_GOVERNMENT.fullmatch(name)
    if m is None or _A_TOWNS_UNIT.search(name) is None:
        return None
    return next(g for g in m.group("a", "b", "c", "d") if g is not None)


def _its_place(m: regex.Match[str]) -> str:
    """The place a match of :data:`_TOWN_GOVERNMENT` names, whichever of its shapes it has."""
    return next(g for g in m.group("a", "b", "c", "d", "e", "f") if g is not None)


def _town_government_matches(clean: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_TOWN_GOVERNMENT.finditer(clean)``, looked for only around the words that name a town's
    government: the pattern, with its lookbehinds, tried at every letter of a note cost 1.4 M instructions a note."""
    pos = 0
    for word in _TOWN_GOVERNMENT_WORD.finditer(clean):
        at = word.start()
        if at < pos:
            continue
        m = _TOWN_GOVERNMENT.search(clean, max(pos, at - _TOWN_REACH[0]), min(len(clean), word.end() + _TOWN_REACH[1]))
        while m is not None and m.end() <= at:  # one that ends before this word: look on from it
            m = _TOWN_GOVERNMENT.search(clean, m.end(), min(len(clean), word.end() + _TOWN_REACH[1]))
        if m is not None and m.start() <= at < m.end():
            yield m
            pos = m.end()


_LOCAL_REACH = (80, 200)
"""How far a local government's name reaches before and after its word "Government"."""


def _local_government_matches(clean: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_LOCAL_GOVERNMENT.finditer(clean)``, looked for only around the word "Government": the
    pattern tried at every letter of a note cost more than a tenth of a millisecond a note."""
    pos = 0
    at = clean.find("Government")
    while at >= 0:
        m = _LOCAL_GOVERNMENT.search(clean, max(pos, at - _LOCAL_REACH[0]), at + _LOCAL_REACH[1])
        if m is not None and m.start() <= at < m.end():
            yield m
            pos = m.end()
        at = clean.find("Government", max(at + 1, pos))


_THE_LOCAL_GOVERNMENT = patterns.compile(
    rf"(?<![\p{{L}}])[Tt]he[ ](?P<body>(?P<unit>{_LOCAL_UNIT})[ ]Government)(?![ ]of\b)(?![\p{{L}}\-])")
"""A local government named again by its kind alone: "the State Government" after "the Anambra State Government"."""


def _local_governments_again(view: TextView, found: list[Mention], index: SpanIndex) -> list[Mention]:
    """"The Anambra State Government has … The conference was organised by the State Government": the one local
    government of that kind the text named, named again (none when it named two of that kind)."""
    again = []
    named = SpanIndex(found)
    for m in _THE_LOCAL_GOVERNMENT.finditer(view.clean):
        start, end, text = _raw_span(view, m.start("body"), m.end("body"))
        bodies = {f.key: f for f in found if m.group("unit") in f.name.split(" ")}
        if len(bodies) == 1 and not named.overlapping(start, end) and not index.overlapping(start, end):
            again.append(next(iter(bodies.values()))._replace(start=start, end=end, text=text))
    return again


def _country_of_place(place: str) -> str | None:
    """The State a province's or city's name lies in, when the gazetteers know only one."""
    city = lookup_city(place)
    codes = {city.country_code} if city is not None else set(subdivision_of(place))
    return codes.pop() if len(codes) == 1 else None


_TERM_DEFINED = patterns.compile(
    r"\)?+(?:,[^,()\n]{0,40}+)?[ \t\n]*+\((?:hereinafter[ \t\n]++)?(?:(?:referred[ \t\n]++to|known)[ \t\n]++as[ \t\n]++)?"
    r"[\"\u201c\u2018'](?P<term>(?:the[ ]|The[ ])?\p{Lu}\p{Ll}{2,20}+)[\"\u201d\u2019'][ \t]*+\)")
"""A term an agreement defines for the body just named: 'the Arab Institute for Security Studies
(AISS), Amman ("the Recipient")', '… (hereinafter "the Organizer")'."""
_TERM_REACH = 60


def _defined_terms(raw: str, orgs: list[Mention]) -> list[Mention]:
    """Where a defined term stands for the body it was defined for ("The Recipient will organize the
    workshop"): each "the Recipient" after the definition is a mention of that body (the first
    body a term is defined for), where no other body's name holds it."""
    found: list[Mention] = []
    if '("' not in raw and "(\u201c" not in raw and "(hereinafter" not in raw:
        return found
    owners: dict[str, tuple[Mention, int]] = {}
    for o in orgs:
        m = _TERM_DEFINED.match(raw, o.end, o.end + _TERM_REACH)
        if m is not None:
            owners.setdefault(m.group("term").split()[-1], (o, m.end()))
    if not owners:
        return found
    covered = SpanIndex(orgs)
    terms = patterns.compile(r"(?<![\p{L}\d])(?:the[ ]|The[ ])?(?P<term>\L<terms>)(?![\p{L}\d])", terms=list(owners))
    for t in terms.finditer(raw, min(end for _, end in owners.values())):
        owner, defined_at = owners[t.group("term")]
        if t.start() >= defined_at and not covered.covers(t.start(), t.end()):
            found.append(owner._replace(start=t.start(), end=t.end(), text=t.group(), source="term"))
    return found


def _in_list_after(raw: str, prev: Mention, cur: Mention) -> bool:
    """True when ``cur`` follows ``prev`` in a list: "Norway and the United States", "A, B"."""
    gap = raw[prev.end:cur.start]
    return bool(_LIST_GAP.fullmatch(gap)) or not gap.strip(" ,")


def _squash(text: str) -> str:
    if "\n" in text and any(bar in text for bar in VBARS):  # "Rey Juan Carlos" / "|      | University": a table
        text = _A_ROWS_EMPTY_CELL.sub(" ", text)  # row's empty first cell is no word of the name
    return _SPACES.sub(" ", text.replace("*", "")).strip()


_A_ROWS_EMPTY_CELL = patterns.compile(rf"\n[ \t]*+{EMPTY_FIRST_CELL}")


def _learned_acronyms(raw: str, view: TextView, orgs: list[Mention]) -> list[Mention]:
    """Apply acronyms the text defines after a known name, and fix one-letter misspellings of
    registry acronyms the text does not define itself ("OPWC", but not the "(CNDC)" of a national
    commission, one letter from UNDC)."""
    clean = view.clean
    learned: dict[str, Mention] = {}
    defined: set[str] = set()  # acronyms the text defines after a name, known or not: none is a misspelling
    renamed: dict[Mention, Mention] = {}  # registry bodies that end a longer name the acronym after them spells
    added: list[Mention] = []  # registry bodies named in capitals before their acronym
    by_end = {view.to_clean(m.end): m for m in sorted(orgs, key=lambda m: m.start - m.end)}
    starts_of: dict[str, list[int]] = {}
    for o in orgs:
        starts_of.setdefault(o.key, []).append(o.start)
    for m in ACRONYM_DEF_RE.finditer(clean):
        if _NAME_BEFORE.search(clean, max(0, m.start() - 40), m.start()):
            defined.update((m.group("acr"), *m.group("acr").split("-")))  # "(SSTC-ME)": SSTC is no misspelt ISTC
        owner = by_end.get(m.start())
        if owner is None or owner.acronym != m.group("acr"):  # "… Mission to the Republic of Moldova and Ukraine (EUBAM)"
            reworded = _registry_name_reworded(view, m.start(), m.group("acr"))
            if reworded is not None and (owner is None or owner.start > reworded.start) \
                    and not any(reworded.start <= s < reworded.end for s in starts_of.get(reworded.key, ())):
                added.append(reworded)  # the registry's EUBAM, unless the text names it there already
                owner = reworded
        if owner is None:
            owner = _shouted_name_defining(view, m.start(), m.group("acr")) or \
                _handle_defining(view, m.start(), m.group("acr")) or \
                _name_spelled_across_a_comma(view, m.start(), m.group("acr"))
            if owner is not None:
                added.append(owner)
        if owner is not None and owner.kind == "org" and owner.source == "phrase" and owner.code is None:
            known = _registry_body_by_its_acronym(owner, m.group("acr"))
            if known is not None:  # "the UN Regional Centre in Lome (UNREC)": the registry's UNREC
                renamed[owner] = owner = known
        if owner is not None and owner.kind == "org":
            longer = _longer_name_spelled(raw, owner, m.group("acr"))
            if longer is not None:
                renamed[owner] = owner = longer
            learned.setdefault(m.group("acr"), owner._replace(acronym=owner.acronym or m.group("acr")))
    if renamed:
        orgs = [renamed.get(o, o) for o in orgs]
    if added:
        orgs = sorted(orgs + added, key=lambda o: (o.start, -o.end))
    acronym_of = {o.key: o.acronym for o in learned.values()}
    found = [o._replace(acronym=acronym_of[o.key]) if o.acronym is None and o.key in acronym_of else o for o in orgs]
    redefined = {acr: o for acr, o in learned.items() if o.source == "phrase" and _initials(o.name) == acr}
    if redefined:  # "the Royal Scientific Society (RSS)": here RSS is not the registry's Regional Security System
        found = [redefined[o.text]._replace(start=o.start, end=o.end, text=o.text, source="acronym")
                 if o.text in redefined and o.source != "phrase" else o for o in found]
    covered = SpanIndex(orgs)
    for m in _ACRONYM_TOKEN.finditer(clean):
        start, end, text = _raw_span(view, m.start(), m.end())
        if covered.covers(start, end):
            continue
        token = m.group()
        owner = learned.get(token)
        if owner is None:
            fixed = fuzzy_acronym(token, learned) if learned else None
            owner = learned.get(fixed) if fixed else None
            entry = _registry_misspelling(token) if owner is None and token not in defined \
                and not _amid_capitals(clean, m.start(), m.end()) and not _A_PROGRAMME_NEXT.match(clean, m.end()) \
                else None  # not "STCE Programme" (the WCO's), one letter from the STCU
            if entry is not None:
                found.append(org_mention(entry, start, end, text, source="fuzzy"))
                continue
        if owner is not None:
            found.append(owner._replace(start=start, end=end, text=text, source="acronym"))
    return found


def _registry_body_by_its_acronym(phrase: Mention, acronym: str) -> Mention | None:
    """The registry body whose acronym a phrase defines, when the phrase shares two words of its
    name ("the UN Regional Centre in Lome (UNREC)"); None for a body of its own that happens to
    share an acronym ("the Royal Scientific Society (RSS)" is no Regional Security System)."""
    entry = _registry_body_of_acronym(acronym)
    if entry is None:
        return None
    own = {w for w in phrase.name.lower().split() if w not in _MINOR_WORDS}
    shared = own & {w for w in entry.name.lower().split() if w not in _MINOR_WORDS}
    return org_mention(entry, phrase.start, phrase.end, phrase.text) if len(shared) >= 2 else None


def _registry_body_of_acronym(acronym: str) -> OrgEntry | None:
    """The registry body whose own acronym ``acronym`` is (not one of its names that happens to be spelt so)."""
    entry = lookup_org(acronym)
    return entry if entry is not None and acronym in entry.acronyms else None


_HANDLE_BEFORE = patterns.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,30}+[ ]?$")


def _without_another_bodys_office(raw: str, orgs: list[Mention]) -> list[Mention]:
    """``orgs`` with a UN office named without "United Nations" right after another body made part of
    that body's mention, whose office it is: "OPCW Office of Legal Affairs" is the OPCW, not the UN's
    Office of Legal Affairs."""
    ends = {o.end: o for o in orgs}
    owners: dict[Mention, Mention] = {}
    for o in orgs:
        before = ends.get(o.start - 1)
        if before is not None and before.key != o.key and before.org_kind != "un_body" and raw[o.start - 1] == " " \
                and o.name.startswith("United Nations ") and not _UN_WORD.search(o.text):  # "UNODA Regional Centre …" is the UN's
            owners[o] = before
    if not owners:
        return orgs
    merged = {b: b._replace(end=o.end, text=raw[b.start:o.end]) for o, b in owners.items()}
    return [merged.get(o, o) for o in orgs if o not in owners]


_UN_WORD = patterns.compile(r"\b(?:United|UN|U\.N\.)\b")


def _handle_defining(view: TextView, bracket: int, acronym: str) -> Mention | None:
    """The registry body whose acronym follows a handle in brackets: a post's "@UN_Disarmament (UNODA)"."""
    if "@" not in view.clean[max(0, bracket - 32):bracket]:
        return None
    handle = _HANDLE_BEFORE.search(view.clean, max(0, bracket - 32), bracket + view.clean.startswith(" ", bracket))
    entry = _registry_body_of_acronym(acronym) if handle is not None else None
    if entry is None:
        return None
    raw_start, raw_end = view.to_raw(handle.start(), bracket)
    return org_mention(entry, raw_start, raw_end, view.raw[raw_start:raw_end])


_SHOUTED_WORDS_BEFORE = patterns.compile(r"(?<![\p{L}\d'\u2019])(?:\p{Lu}[\p{Lu}\-]*+[ ]){2,8}+$")
"""Two to eight words in capitals before an acronym's bracket: a cable's or a heading's name."""


def _name_spelled_across_a_comma(view: TextView, bracket: int, acronym: str) -> Mention | None:
    """A body's name its acronym spells across a comma, from the capitalised word it opens: "National Authority,
    Chemical Weapons Convention (NACWC)" is one body, not a National Authority and a Convention (but "University of
    Agriculture, Faisalabad (UAF)" names the city it is in, where a venue may be)."""
    end = view.to_raw(0, bracket)[1]
    words = _WORDS_ACROSS_A_COMMA.search(view.raw, max(0, end - 100), end + 1) \
        if "," in view.raw[max(0, end - 100):end] else None
    name = _squash(view.raw[words.start():end]) if words is not None else ""
    if "," not in name or _initials(name) != acronym or lookup_city(name.rsplit(", ", 1)[-1]) is not None:
        return None  # the whole run, from its first word, or nothing
    return Mention("org", f"~{fold(name)}", words.start(), end, view.raw[words.start():end], name, acronym=acronym,
                   source="phrase")


def _shouted_name_defining(view: TextView, bracket: int, acronym: str) -> Mention | None:
    """The registry body a name in capitals defines the acronym of ("… AND THE UN REGIONAL CENTRE IN
    LOME (UNREC) TOOK PART"), when the name shares two words of the registry's: a shouted text has
    no Title-Case phrase for :func:`_registry_body_by_its_acronym` to check. The name starts after
    the last "THE" or "AND" before the bracket."""
    clean = view.clean
    words = _SHOUTED_WORDS_BEFORE.search(clean, max(0, bracket - 100), bracket + clean.startswith(" ", bracket))
    entry = _registry_body_of_acronym(acronym) if words is not None else None
    if entry is None:
        return None
    start = words.start()
    for w in _CAPITAL_WORD.finditer(clean, words.start(), bracket):
        if w.group() in ("THE", "AND"):
            start = w.end() + 1
    name = clean[start:bracket].strip().lower().split()
    shared = {w for w in name if w not in _MINOR_WORDS} & {w for w in entry.name.lower().split() if w not in _MINOR_WORDS}
    if len(name) < 2 or len(shared) < 2:
        return None
    raw_start, raw_end = view.to_raw(start, bracket)
    return org_mention(entry, raw_start, raw_end, view.raw[raw_start:raw_end])


_TITLE_WORDS_BEFORE = patterns.compile(
    r"(?:\p{Lu}[\p{L}\-]*+,?+[ \t\n]++(?:(?:of|for|and|the|to|in|on|de|du|des|la|le)[ \t\n]++){0,3}+){3,16}+$")
"""Three to sixteen Title-Case words before an acronym's bracket, minor words between: a body's full name."""


def _registry_name_reworded(view: TextView, bracket: int, acronym: str) -> Mention | None:
    """The registry body whose own acronym follows a name worded otherwise than the registry's, when
    that name starts with the registry name's first word and holds every word of it: "European Union
    Border Assistance Mission to the Republic of Moldova and Ukraine (EUBAM)" is the registry's
    "… Mission to Moldova and Ukraine", not the EU and two governments."""
    entry = _registry_body_of_acronym(acronym)
    if entry is None:
        return None
    clean = view.clean
    words = _TITLE_WORDS_BEFORE.search(clean, max(0, bracket - 200), bracket + clean.startswith(" ", bracket))
    if words is None:
        return None
    wanted = [w for w in fold(entry.name).split() if w not in _MINOR_WORDS]
    if len(wanted) < 3:
        return None
    for w in reversed(list(_CAPITAL_WORD.finditer(clean, words.start(), bracket))):
        if fold(w.group()) != wanted[0]:
            continue
        name = {x for x in fold(_squash(clean[w.start():bracket])).replace(",", " ").split() if x not in _MINOR_WORDS}
        raw_start, raw_end = view.to_raw(w.start(), bracket)
        if set(wanted) <= name and len(name - set(wanted)) <= _REWORDING \
                and not COLUMN_GAP.search(view.raw, raw_start, raw_end) \
                and not _A_WORD_IN_CAPITALS.search(view.raw, raw_start, raw_end):  # nor across columns or a label
            return org_mention(entry, raw_start, raw_end, view.raw[raw_start:raw_end])
    return None


_A_WORD_IN_CAPITALS = patterns.compile(r"(?<![\p{L}\d])\p{Lu}{2,}+(?![\p{L}\d])")
_REWORDING = 2
"""Words a reworded name may hold that the registry's lacks ("the Republic of Moldova" for "Moldova")."""


_A_NAMES_SMALL_WORDS = r"(?:(?:of|for|and|the|de|du|des|del|la|le|les|da|do)[ \t\n]++){0,2}+"
"""Up to two small words between a name's capitalised ones: "of the", "de"."""
_WORDS_BEFORE = patterns.compile(rf"(?:\p{{Lu}}[\p{{L}}\-]*+[ \t\n]++{_A_NAMES_SMALL_WORDS}){{1,4}}+$")
_WORDS_ACROSS_A_COMMA = patterns.compile(rf"(?:\p{{Lu}}[\p{{L}}\-]*+,?+[ \t\n]++{_A_NAMES_SMALL_WORDS}){{2,8}}+$")
"""Capitalised words before an acronym's bracket, a comma among them: "National Authority, Chemical Weapons
Convention " of "… (NACWC)"."""
_CAPITAL_WORD = patterns.compile(r"\p{Lu}[\p{L}\-]*+")


def _longer_name_spelled(raw: str, owner: Mention, acronym: str) -> Mention | None:
    """A registry body whose name ends a longer one that the acronym after it spells: "Arab
    Institute for Security Studies (AISS)" is no Institute for Security Studies (ISS) but a body of
    its own, named from its first capital word; so is a phrase's "Gulf of Guinea Commission (GGC)"
    read as "Guinea Commission" after the region; so is one the acronym spells up to its owner's name
    ("École Inter-États des Douanes de la CEMAC (EIED)"). None when the acronym is the body's own."""
    if owner.acronym == acronym or _initials(owner.name) == acronym:
        return None
    words = _WORDS_BEFORE.search(raw, max(0, owner.start - 60), owner.start)
    if words is None:
        return None
    starts = [w.start() for w in _CAPITAL_WORD.finditer(raw, words.start(), owner.start)]
    of_its_owner = _OF_ITS_OWNER.search(raw, words.start(), owner.start) if acronym not in _registry_acronyms() else None
    for start in reversed(starts):
        name = _squash(raw[start:owner.end])
        if _initials(name) == acronym or of_its_owner is not None and start < of_its_owner.start() \
                and fold(_initials(_squash(raw[start:of_its_owner.start()]))).upper() == acronym:
            return Mention("org", f"~{fold(name)}", start, owner.end, raw[start:owner.end], name, acronym=acronym,
                           source="phrase")  # "École Inter-États des Douanes de la CEMAC (EIED)": the school, EIED
    return None


_OF_ITS_OWNER = patterns.compile(r"[ \t\n]++(?:of|de|du|des|del|da|do)(?:[ \t\n]++(?:the|la|las|los|le|les))?[ \t\n]++$")
"""Before a body that owns the one named before it: "… des Douanes de la " of "… de la CEMAC"."""


_MINOR_WORDS = frozenset("of the for and in on at to de du des la le et".split())


def _initials(name: str) -> str:
    """The capital initials of a name's words, its minor words aside: "Royal Scientific Society" → RSS."""
    return "".join(w[0].upper() for w in name.replace("-", " ").split() if w.lower() not in _MINOR_WORDS)


@cache
def _registry_acronyms() -> dict[str, OrgEntry]:
    return {a: e for e in org_entries() for a in e.acronyms}


_CAPITALS_BEFORE = patterns.compile(r"(?<![\p{L}\d])\p{Lu}{2,}+[:,;]?+[ \t]++$")
_CAPITALS_AFTER = patterns.compile(r"[ \t]++\p{Lu}{2,}+(?![\p{L}\d])")


def _amid_capitals(clean: str, start: int, end: int) -> bool:
    """Whether a word in capitals stands between two others: a cable's or a heading's words ("ON THIS
    BASIS WE …", a script's "B-ROLL: CITE DE LA DEMOCRATIE"), which are no misspelt acronyms ("BASIS"
    is no BASIC, "CITE" no CITS)."""
    return _CAPITALS_BEFORE.search(clean, max(0, start - 30), start) is not None \
        and _CAPITALS_AFTER.match(clean, end) is not None


_A_PROGRAMME_NEXT = patterns.compile(r"[ ](?:Programme|Program|Project|Initiative|Manager|Advisor|Adviser)\b")
"""After an acronym, what makes it a programme's (or its staff's) name, not a misspelt body's."""


@lru_cache(maxsize=4096)
def _registry_misspelling(token: str) -> OrgEntry | None:
    """The registry body whose acronym ``token`` misspells by one letter ("OPWC" → OPCW), or None."""
    acronyms = _registry_acronyms()
    if token in acronyms:
        return None
    fixed = fuzzy_acronym(token, acronyms)
    return acronyms.get(fixed) if fixed else None


def _phrase_orgs(raw: str, view: TextView, orgs: list[Mention], states: list[Mention],
                 skip: Iterable[tuple[int, int]] = (), adjectives: Iterable[Mention] = ()) -> list[Mention]:
    """Organization-shaped phrases no registry or government mention covers.

    A phrase that only repeats part of a body the note names elsewhere ("the Regional Centre")
    is that body; one that starts with a known body and goes on ("OSCE Office in Ashgabat") is a
    sub-body with its own name; Title-Case words in front of a known name ("Host Security
    Council") are not an organization.
    """
    found: list[Mention] = []
    skip = list(skip)
    known, state_index, labels, label_ends = _Known(orgs), SpanIndex(states), Cover(skip), dict(skip)
    opening = {d.start: d for d in adjectives}
    for m in org_phrase_matches(view.clean):
        for cstart, cend, head in _phrase_parts(view.clean, m):
            start, end, _ = _raw_span(view, cstart, cend)
            if labels.contains(start, end):
                continue
            label = labels.first_start_in(start - 1, end)  # a label inside (or opening it: "Organizers" over
            # "Ain Shams University (ASU)"): the phrase is on its head's side of it
            if label is not None and raw.find(head, label_ends[label], end) >= 0:
                after = label_ends[label]  # the head comes after the label: the phrase starts there
                start, label = after + len(raw[after:end]) - len(raw[after:end].lstrip()), None
                if raw.startswith(("The ", "THE "), start) and raw.find(head, start + 4, end) >= 0:
                    start += 4  # "Background" over "The EU CBRN CoE Initiative …": its article is no name's word
            cells = _one_a_cell(raw, start, end, head) if raw.find("   ", start, end) >= 0 or raw.find("\t", start, end) >= 0 \
                else ((start, end, head),)
            for a, b, h in (piece for c in cells for piece in (
                    _one_a_line(raw, *c) if raw.find("\n", c[0], c[1]) >= 0 else (c,))):
                if h == "University":
                    b = _past_its_campus(raw, a, b)
                elif h == "Administration" and raw.startswith("District", a) \
                        or h == "Polytechnic" and raw.startswith(("Federal", "Government"), a) \
                        or h == "College" and raw.startswith("Government", a):
                    b = _past_its_town(raw, b)
                mention = _phrase_mention(view, a, b, h, known, state_index, label)
                if mention is not None and mention.code is None and mention.start in opening:
                    mention = _of_its_adjectives_state(mention, opening[mention.start], h)
                if mention is not None and mention.source == "phrase":
                    mention = _named_in_full_before(raw, mention, found)
                elif mention is not None and mention.source == "anaphora":
                    mention = _named_in_full_nearer(raw, mention, found, known)
                if mention is not None:
                    found.append(mention)
    return orgs + found


_TITLE_WORDS = patterns.compile(r"(?!(?:[^ ]*+[ ])*?(?:OF|THE|AND|FOR)\b)\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+)*+")
"""Words in front of a name that only qualify it: "Sabaragamuwa" in "Sabaragamuwa Provincial Council"."""


_NAMED_BEFORE_REACH = 200
"""How many phrases back a body named again is looked for: a long text's thousands stay linear."""


def _named_in_full_before(raw: str, mention: Mention, before: list[Mention]) -> Mention:
    """A phrase "the Provincial Council" after "the Sabaragamuwa Provincial Council": the body named
    in full before, whose name only has more words in front on its line (not a masthead's
    "Trádála" / "Department of Foreign Affairs and Trade"); ``mention`` when none was."""
    if not _DETERMINER_BEFORE.search(raw, max(0, mention.start - 16), mention.start):
        return mention
    full = _a_phrase_named_in_full(before, mention.name)
    if full is None or full.name == mention.name or mention.code not in (None, full.code):
        return mention  # not "the University of Zanjan" after "the Public Relations Office of the University of Zanjan"
    return mention._replace(key=full.key, name=full.name, code=full.code, org_kind=full.org_kind)


def _a_phrase_named_in_full(before: list[Mention], name: str, upto: int | None = None) -> Mention | None:
    """The last of the phrase bodies ``before`` (in text order; ending by ``upto`` when given) named in full, with
    Title-Case words in front of ``name`` on its line ("Sabaragamuwa Provincial Council" for "Provincial Council"),
    or, without ``upto``, named ``name`` itself."""
    tail = " " + name
    return next((o for o in reversed(before[-_NAMED_BEFORE_REACH:]) if o.source == "phrase" and (
        o.name == name and upto is None or (upto is None or o.end <= upto) and o.name.endswith(tail)
        and _TITLE_WORDS.fullmatch(o.name[:-len(tail)]) and o.text.endswith(tail))), None)


def _named_in_full_nearer(raw: str, mention: Mention, before: list[Mention], known: _Known) -> Mention:
    """"the Council" after "The Port Loko District Council …": the body named in full before (a phrase the
    registry does not know), when the known body an anaphora took it for is named farther back or only after ("…
    United Nations Security Council Resolution 1540" further down); ``mention`` otherwise."""
    if not _DETERMINER_BEFORE.search(raw, max(0, mention.start - 16), mention.start):
        return mention
    full = _a_phrase_named_in_full(before, " ".join(mention.text.split()), upto=mention.start)
    if full is None or any(full.start < m.start and m.end <= mention.start for m in known.by_key.get(mention.key, ())):
        return mention
    return mention._replace(key=full.key, name=full.name, code=full.code, org_kind=full.org_kind)


_LINE_OF_A_LIST = patterns.compile(rf"(?:[ \t]*+{EMPTY_FIRST_CELL}[ \t]*+(?=\S))?+\K[^\n]++")
"""A line's text, without a table row's empty first cell ("|        | University (URJC), which …")."""
_A_CAMPUS_AFTER = patterns.compile(
    r",[ ](?P<town>\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+){0,2})"
    r"(?=[ \t]*+(?:[(;)\n]|$|\.(?!\p{L})|[ ]and[ ]))")
"""A town after a comma that ends a name: not one an address goes on from ("…, Ann Arbor, Michigan")."""
_A_CAMPUS_NAMING_UNIVERSITY = patterns.compile(r"(?:Federal\s++)?University\s++of\s++(?P<of>\p{Lu}[\p{L}\p{M}\-\s]*+)")
"""A university's name that may go on with its campus: "University of California", "Federal University of Agriculture"."""
_A_CAMPUS_AT = patterns.compile(
    r"[ ]++at[ ](?P<town>\p{Lu}[\p{L}\p{M}'\u2019]*+(?:[ \-]\p{Lu}[\p{L}\p{M}'\u2019]*+){0,2})(?![\p{L}\p{M}\-])")
"""A campus's town after "at", as a US state's universities are named: "University of Tennessee at
Chattanooga", "University of Illinois at Urbana-Champaign"."""


def _past_its_campus(raw: str, start: int, end: int) -> int:
    """The end of a university's name that goes on with its campus's town after a comma, as a US
    state's university and a Nigerian federal one are named: "University of California, Davis",
    "Federal University of Agriculture, Abeokuta" (not "University of Malaya, Kuala Lumpur", an
    address); ``end`` when it does not."""
    name = _A_CAMPUS_NAMING_UNIVERSITY.fullmatch(raw, start, end)
    if name is not None and not name.group().startswith("Federal") and "USA" in subdivision_of(" ".join(name["of"].split())):
        at = _A_CAMPUS_AT.match(raw, end, min(len(raw), end + 60))
        if at is not None and any(_a_us_town(part) for part in at["town"].split("-")):
            return at.end()
    campus = _A_CAMPUS_AFTER.match(raw, end) if name is not None else None
    if campus is None or lookup_state(campus["town"]) is not None:
        return end
    town = campus["town"]
    if name.group().startswith("Federal"):
        return campus.end() if towns_named(town) or lookup_city(town) else end
    return campus.end() if _a_us_town(town) and "USA" in subdivision_of(" ".join(name["of"].split())) else end


_ITS_TOWN_AFTER = patterns.compile(
    r",[ \t]*+\n?[ \t]*+(?P<town>\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+)?)"
    r"(?=[ \t]*+(?:[(;),\n]|$|\.(?!\p{L}))|[ ](?:and|as|on|in|with|from|for|has|had|was|is)[ ])")
"""A town after a comma that ends a body's generic name, wrapped or not: its district's, its campus's."""


def _past_its_town(raw: str, end: int) -> int:
    """The end of a generic name that goes on with its town after a comma, as an Indian district's administration
    and government college and a Nigerian federal polytechnic are written: "the District Administration,
    Sheikhpura", "hosted by the District Administration,\nSidhi (Madhya Pradesh)", "Government College, Attingal",
    "the Federal Polytechnic, Idah"; ``end`` when no town the gazetteers know follows."""
    town = _ITS_TOWN_AFTER.match(raw, end)
    if town is None or lookup_state(town["town"]) is not None:
        return end
    return town.end() if towns_named(town["town"]) or lookup_city(town["town"]) else end


def _a_us_town(name: str) -> bool:
    return "USA" in towns_named(name) or getattr(lookup_city(name), "country_code", None) == "USA"


def _of_its_adjectives_state(m: Mention, adjective: Mention, head: str) -> Mention:
    """A body a State's adjective opens, headed as a State's body is: that State's ("the Slovenian
    Ministry of Foreign and European Affairs" is the Ministry of Foreign and European Affairs of
    Slovenia; "the Australian Federal Police" keeps its name, and is Australia's)."""
    entry = state_by_code(adjective.code or "")
    if head.lower() not in _GOV_HEADS or entry is None:
        return m
    rest = m.name.split(" ", len(adjective.text.split()))[-1]  # the name as the view mends it ("Ex-\nport")
    name = unit_of_state(rest, entry) if rest.startswith(("Ministry ", "Ministries ")) or _FOREIGN_MINISTRY.match(rest) \
        else m.name
    return m._replace(name=name, key=f"~{fold(name)}", code=entry.code, org_kind="government")


COLUMN_GAP = patterns.compile(r"(?<=\S)(?:[ ]{3,}+|[ ]*+\t[ \t]*+)(?=\S)")
"""Spaces between two words of one line (not a wrapped line's indent): a table's or a masthead's column gap
("REPUBLIC OF CAMEROON     RÉPUBLIQUE DU CAMEROUN")."""


def _one_a_cell(raw: str, start: int, end: int, head: str) -> list[tuple[int, int, str]]:
    """A phrase over raw ``[start, end)`` that runs over a table's column gaps (three spaces or a
    tab, which the view makes one space), split there: "Dr Katrin WEBER   Federal Office for Economic
    Affairs and Export   Germany   DEL" is a name, a body and a country. Each piece with a head
    noun, with it; unsplit, ``[(start, end, head)]``."""
    pieces, first = [], start
    for gap in COLUMN_GAP.finditer(raw, start, end):
        indent = raw[raw.rfind("\n", 0, gap.start()) + 1:gap.start() - 1]
        if raw[gap.start() - 1] in VBARS and not indent.strip():
            continue  # "Science and" / "             |    Technology": a wrapped cell's rule and its padding; "the
            # Ghana" / "|         | National Authority …": a row's empty first cell
        pieces.append((first, gap.start()))
        first = gap.end()
    if not pieces:
        return [(start, end, head)]
    return _with_their_heads(raw, [*pieces, (first, end)])


def _with_their_heads(raw: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Each piece of a split phrase with its first head noun; a piece without one is no body."""
    out = []
    for a, b in pieces:
        heads = [w for w in raw[a:b].split() if _HEAD_WORD.fullmatch(w)]
        if heads:
            out.append((a, b, heads[0]))
    return out


def _one_a_line(raw: str, start: int, end: int, head: str) -> list[tuple[int, int, str]]:
    """A phrase over raw ``[start, end)`` that runs over line ends, split where a line ends with a
    head noun and the next opens with a capital: a list of one name a line ("Gulf Research Center",
    "Kuwait University", …), which the view joins, names one body a line; but a head noun alone on
    the next line is the name's last word ("Armed Forces" / "Division, …"; not a table's or a field's
    label, "Group code   GRP1111", "Group: 5 guests"). Each piece with its head;
    a piece without one is no body. Unsplit, ``[(start, end, head)]``."""
    lines = [m.span() for m in _LINE_OF_A_LIST.finditer(raw, start, end)]
    pieces, first = [], lines[0][0]
    for (a, b), (c, d) in zip(lines, lines[1:]):
        last_word = raw[a:b].rstrip(" \t*").rsplit(" ", 1)[-1]
        if _HEAD_WORD.fullmatch(last_word) and raw[c:c + 1].isupper() \
                and not (_HEAD_WORD.fullmatch(raw[c:d].rstrip(" \t*")) and not _A_ROWS_GAP.match(raw, d)) \
                or _back_a_column(raw, first, c):
            pieces.append((first, len(raw[:b].rstrip(" \t*"))))
            first = c
    if not pieces:
        return [(start, end, head)]
    return _with_their_heads(raw, [*pieces, (first, end)])


def _back_a_column(raw: str, first: int, c: int) -> bool:
    """Whether a phrase from ``first``, in a table's right column (a column gap before it on its line),
    would go on at ``c``, the next line's words left of that column: another column's ("WCO" over "  Revenue
    Authority)", the rest of "Kenya Revenue Authority" in the column of States)."""
    line = raw.rfind("\n", 0, first) + 1
    gap = _LAST_COLUMN_GAP.search(raw, line, first + 1)
    if gap is None:
        return False
    text = _AN_INDENT.match(raw, c).end()  # the next line's first word, its indent aside
    return text - (raw.rfind("\n", 0, c) + 1) < gap.end() - line - 2


_AN_INDENT = patterns.compile(r"[ \t]*+")
_A_ROWS_GAP = patterns.compile(r"[ \t]*+:|[^\n\t]*?(?:[ ]{2}|\t)[ \t]*+\S")
"""A label's colon, or a column gap further on a line: the line is a table's row or a field."""


_LAST_COLUMN_GAP = patterns.compile("(?r)" + COLUMN_GAP.pattern)
"""The last column gap before a point of a line: where its cell starts."""


def org_phrase_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``ORG_PHRASE_RE.finditer(text)``, found from the head nouns outwards.

    Scanning with ORG_PHRASE_RE tries, at every capital letter, a run of up to seven words before
    giving up; notes are full of capitals, so that scan cost a third of a millisecond per note.
    A match needs a head noun, and its start lies on the run of Title-Case words just before that
    head (nothing the run cannot cross in between), so only those word starts are tried, each at
    most once, in text order: the same matches, a few times faster, still linear.
    """
    pos = tried = 0
    for head in _HEAD_WORD.finditer(text):
        h = head.start()
        if h < max(pos, tried):
            continue
        lo = max(pos, tried)
        wall = _RUN_BREAK_BEFORE.search(text, lo, h + 1)  # h + 1: a "." just before the head sees the letter after it
        for start in _WORD_START_CAP.finditer(text, wall.end() if wall else lo, h + 1):
            m = ORG_PHRASE_RE.match(text, start.start())
            if m:
                yield m
                pos = m.end()
                break
        tried = h + 1


class _Known:
    """The organizations found so far, indexed for the phrase rule: by position, and by name for
    "the Regional Centre"-style references (few distinct bodies per note, many mentions)."""

    def __init__(self, orgs: list[Mention]) -> None:
        self.index = SpanIndex(orgs)
        self.by_key: dict[str, list[Mention]] = {}
        for o in self.index.items:
            if o.source != "phrase":
                self.by_key.setdefault(o.key, []).append(o)

    def named_like(self, name: str, start: int) -> Mention | None:
        """The body whose canonical name contains ``name`` as words: the nearest named before
        ``start``, else the first named after; None when no body's name contains it. A body whose
        name holds the words before its first "of" wins over one whose name only ends with them:
        "the Committee" is the 1540 Committee, not the "Group of Experts of the … Committee"."""
        words = _as_words(name)
        best: Mention | None = None
        in_head = False
        for mentions in self.by_key.values():
            found = words.search(mentions[0].name)
            if found is None:
                continue
            head = mentions[0].name.find(" of ")
            if in_head and 0 <= head < found.start():
                continue
            if not in_head and not 0 <= head < found.start():
                in_head, best = True, None
            before = [m for m in mentions[:bisect_left([m.start for m in mentions], start)] if m.end <= start]
            candidate = before[-1] if before else mentions[0]
            if best is None or _closer(candidate, best, start):
                best = candidate
        return best


@lru_cache(maxsize=1024)
def _as_words(name: str) -> regex.Pattern[str]:
    """``name`` as whole words; cached here, as ``regex``'s own cache lookup costs ~50 µs."""
    return patterns.compile(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])")


def _closer(a: Mention, b: Mention, start: int) -> bool:
    """True when ``a`` is a better antecedent than ``b`` for a phrase at ``start``."""
    a_before, b_before = a.end <= start, b.end <= start
    if a_before != b_before:
        return a_before
    return a.start > b.start if a_before else a.start < b.start


def _phrase_parts(clean: str, m: regex.Match[str]) -> list[tuple[int, int, str]]:
    """Trim a phrase match of leading non-name words; split "Customs and Civil Defence Forces" in two."""
    words = m.group().split(" ")
    pos = m.start()
    trimmed = False
    while words and (words[0] in _NOT_START or words[0].lower() in ("and", "of", "the")
                     or words[0] == "General" and trimmed  # "Director General": "General Authority" stays
                     or words[0].endswith("-based") and len(words) > 2):  # "the Baku-based Center of …": where it is
        trimmed = True
        pos += len(words.pop(0)) + 1
    if not words or not words[0][:1].isupper():
        return []
    words = _before_possessive(words)
    parts, first = [], 0
    for i, w in enumerate(words):
        if w != "and" or i == 0:
            continue
        right_head = next((k for k in range(i + 1, len(words)) if _HEAD_WORD.fullmatch(words[k])
                           or words[k] == "Government" and words[k - 1] in _PEOPLES), None)  # "… and the People's
        # Government of Beipiao City": a Chinese town's government, whose head word is no body's alone
        if right_head is None:
            if _of_a_state_before(words, first, i):
                words = words[:i]  # "Ministry of Foreign Affairs of the Republic of Korea and the Henry L.": a
                break  # second body, its head past the line's end
            continue
        if _HEAD_WORD.fullmatch(words[i - 1]) and right_head - i > 2:
            parts.append((first, i))  # "Customs and Civil Defence Forces"
            first = i + 1
        elif words[i + 1] == "the" and any(_HEAD_WORD.fullmatch(x) for x in words[first:i]):
            parts.append((first, i))  # "Authority for Border Protection and the Customs Administration"
            first = i + 2
        elif _a_states_possessive(words, i + 1):
            parts.append((first, i))  # "Egypt's Al-Ahram Center for … Studies and Egypt's Ministry of …",
            first = i + 1  # "UNRCPD and Cambodia's National Authority for …"
        elif _of_a_state_before(words, first, i) or words[i - 1] in _A_PROVINCES_WORD and right_head - i > 1:
            parts.append((first, i))  # "Ministry of Foreign Affairs of Japan and Asahikawa Medical University": a
            first = i + 1  # body's name ends with its State's; "Fukushima Prefecture and Fukushima Medical University": a
            # province is no body's name's end
        elif right_head - i >= 2 and words[i + 1][:1].isupper() and words[right_head] in words[first:i] \
                and all(x[:1].isupper() and not _HEAD_WORD.fullmatch(x) for x in words[i + 1:right_head]):
            parts.append((first, i))  # "Kobe University and Osaka University", "University of Aizu and Tohoku
            first = i + 1  # University": the same head noun again, after a name of its own, is a second body
        elif words[right_head] in _A_SCHOOLS_HEAD and right_head - i >= 2 and words[i + 1][:1].isupper() \
                and any(_HEAD_WORD.fullmatch(x) for x in words[first:i]) \
                and all(x[:1].isupper() and not _HEAD_WORD.fullmatch(x) for x in words[i + 1:right_head]):
            parts.append((first, i))  # "PHD Chamber of Commerce and Industry and Chaudhary Bansi Lal University":
            first = i + 1  # a school named for a person or a place, after a body's name, is a second body
    if len(words) > 3 and words[-2] == "and" and _AN_ACRONYM_OF_ITS_OWN.fullmatch(words[-1]) \
            and any(_HEAD_WORD.fullmatch(w) for w in words[first:-2]):
        words = words[:-2]  # "Ministry of Foreign Affairs and DIRECTEMAR": a second body, by its acronym
    parts.append((first, len(words)))
    out = []
    for a, b in parts:
        offset = pos + sum(len(w) + 1 for w in words[:a])
        phrase = " ".join(words[a:b])
        head = next((w for w in words[a:b] if _HEAD_WORD.fullmatch(w)), "")
        if head and not _EVENTISH.search(phrase):
            out.append((offset, offset + len(phrase), head))
    return out


_PEOPLES = frozenset({"People's", "People\u2019s"})
_A_SCHOOLS_HEAD = frozenset({"University", "College", "Polytechnic"})
"""The last word of a school's name, which its own name opens ("Guizhou University"): after "and" and a
body's name, a second body."""


_A_PROVINCES_WORD = frozenset({"Prefecture", "Province", "County", "District", "Governorate", "Oblast", "Municipality"})
"""The last word of a province's name, which ends no body's name: "Fukushima Prefecture and …" opens a second."""


def _of_a_state_before(words: list[str], first: int, i: int) -> bool:
    """Whether ``words[first:i]`` hold a head noun and end with "of" and a State's name: "Ministry of
    Foreign Affairs of the Republic of Korea"."""
    for k in range(i - 1, max(first, i - 5), -1):
        if words[k - 1] in ("of", "the") and lookup_state(" ".join(words[k:i])) is not None:
            return any(_HEAD_WORD.fullmatch(x) for x in words[first:k])
    return False


_AN_ACRONYM_OF_ITS_OWN = patterns.compile(r"\p{Lu}{5,}+")
"""A word in capitals, too long for a name's short word ("ICT" in "Ministry of Science and ICT")."""


def _a_states_possessive(words: list[str], at: int) -> bool:
    """Whether ``words[at:]`` opens with a State's possessive: "Egypt's", "Sri Lanka's"."""
    for j in range(at, min(at + 4, len(words))):
        if words[j].endswith(("'s", "\u2019s")):
            return lookup_state(" ".join(words[at:j + 1])[:-2]) is not None
    return False


_WHOSE_NAMES = frozenset({"people", "women", "children", "men"})
"""Plurals whose possessive is a name's own word, not its owner: "Ministry of the People's Power for
Foreign Affairs", "Ministry of Women's Affairs", "United Nations Children's Fund"."""


def _before_possessive(words: list[str]) -> list[str]:
    """A body named before a possessive owns what follows: "Department of State's Export Control
    and Related Border Security (EXBS) Program" is the Department of State. (A possessive before
    any head noun, "Kazakhstan's Customs Committee", is the phrase's own; so is a group's, "the
    People's Power"; nor is a State's after "and", which opens a second body: "African Union Commission and
    Algeria's Ministry of Foreign Affairs".)"""
    for i, w in enumerate(words[:-1]):
        if w.endswith(("'s", "\u2019s")) and w[:-2].lower() not in _WHOSE_NAMES:
            conjunction = next((j for j in range(i - 1, max(-1, i - 4), -1) if words[j] == "and"), None)
            if conjunction is not None and _a_states_possessive(words, conjunction + 1):
                return words
            owner = words[:i] + [w[:-2]]
            return owner if any(_HEAD_WORD.fullmatch(x) for x in owner) else words
    return words


_TO_AFTER_THE_HEAD = patterns.compile(r"[ \t\n]++to[ \t\n]")
"""A head noun's "to" tail with no name before the head is where it went, not a name ("Committee to
Armenia"); "Permanent Mission of Kenya to the United Nations" has its name before it."""


_A_PERSON_NAMED_SO = patterns.compile(r"[ ]\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?[ \t]++[\u2014\u2013][ \t]")
_OPENS_ITS_LINE = patterns.compile(r"(?:^|\n)[ \t\u2022*\-]*+$")
"""A State's name that opens a line and, with a surname after it, names a speaker before the dash of
a programme's line: "  Jordan Hale — Senior Fellow, Stimson Center" is no Jordan."""
_POSSESSIVE_END = patterns.compile(r"['\u2019]s$")
_MEMBERS_HEADS = frozenset({"Federation", "Confederation", "Chambers"})
_MEMBERS_WORDS = frozenset({"commerce", "industry", "industries", "business", "exporters", "manufacturers", "employers",
                            "engineering", "associations", "trade", "chemical", "attorney", "attorney-general"})
"""A federation (of industries, of freight forwarders' associations) or chambers (of commerce, an
Attorney General's) are bodies; a "Federation" a State's name ends with ("Russian Federation") and
a council's chambers (a room) are not."""
_AND_AFTER_A_KNOWN = patterns.compile(r"[ \t\n]++(?:and|&)[ \t\n]++")
_AN_ADJECTIVE_AFTER_AND = patterns.compile(r"[ \t\n]++(?:and|&)[ \t\n]++the[ \t\n]++\p{Lu}[\p{L}\-]*+")
_A_LOWER_CASE_WORD_NEXT = patterns.compile(r"[ \t\n]++\p{Ll}")
"""After a known name, "and the" and one word, which the next body's lower-case words go on from ("and the French
agricultural research centre CIRAD"): no name of its own."""
_AND_AFTER_A_STATE = patterns.compile(r"[\d\u00b9\u00b2\u00b3]{0,2}+[ \t\n]++(?:and|&)[ \t\n]++")
"""After a State's name, its footnote's digits glued to it aside: "United Kingdom¹ and "."""
_A_LINE_OPENED_BY_THE = patterns.compile(r"(?r)\n[ \t]*+(?:The|THE)[ \t]++(?=\p{Lu})")
"""A line that opens with "The" and a name, under the words a phrase took from the line before."""
_UNDER_THE = patterns.compile(r"\sunder\s++the\s++$")
"""Before a government a body is under: "Customs Service under the | Government of …"."""


def _phrase_mention(view: TextView, start: int, end: int, head: str, known: _Known,
                    states: SpanIndex, label: int | None = None) -> Mention | None:
    """The body a phrase names, if any; ``label``: where a label begins inside it, which ends it
    ("1540 Com-/mittee Group of Experts" running on into the next line's "Société civile … :")."""
    raw = view.raw
    head_at = raw.find(head, start, end)
    for o in known.index.overlapping(start, start + 1):
        joined = _AND_AFTER_A_KNOWN.match(raw, o.end, head_at) if o.start == start and o.end < head_at else None
        if joined is not None and o.source != "phrase":
            start = joined.end()  # "IAEA and Makerere University": the known body, and another
            break
    for o in states.overlapping(start, start + 1):
        joined = _AND_AFTER_A_STATE.match(raw, o.end, head_at) if o.end < head_at else None
        if joined is not None:
            start = joined.end()  # "… (ECJU) of the United Kingdom¹ and Swansea University": the State, and a body
            break
    article = _A_LINE_OPENED_BY_THE.search(raw, start, head_at) if head_at > start else None
    if article is not None:
        start = article.end()  # "1  Outline\n   The Okayama Prefectural Police": a heading, then the body's name
    end = _before_listed_parties(raw, head_at, end, known, states)
    if raw[end - 1:end] in ("'", "\u2019") and raw[end - 2:end - 1] == "s":
        end -= 1  # "the Organization of American States' counterterrorism committee": a plural's possessive mark
    if any(o.start == start and o.end < end and o.source != "phrase" and _AN_ADJECTIVE_AFTER_AND.fullmatch(raw, o.end, end)
           and _A_LOWER_CASE_WORD_NEXT.match(raw, end) for o in known.index.overlapping(start, start + 1)):
        return None  # "the French Ministry for Europe and Foreign Affairs and the French agricultural …": the known body
    for o in known.index.overlapping(start, end):
        if o.start <= start and end <= o.end:
            return None  # already known
        if o.start < start < o.end and o.source == "gazetteer":
            return None  # it starts inside a known name: "(ORGANISATION FOR THE) PROHIBITION OF CHEMICAL WEAPONS /
            # International Cooperation and Assistance Division", a masthead in capitals and the line under it
        if o.start > head_at >= 0 and o.start < end and _COORDINATION_BEFORE.search(raw[start:o.start]):
            end = o.start  # "Centre for Peace and Disarmament and the Government of Nepal", "… Affairs and UNLIREC": stop before it
        elif start < o.start and o.end >= end and o.start < end and not (
                o.org_kind == "government" and _UNDER_THE.search(raw, start, o.start)):
            return None  # words in front of a known name, or straddling it (not a body under a government)
    if label is not None and label < end:
        end = start + len(raw[start:label].rstrip())
    end = start + len(_DANGLING_END.sub("", raw[start:end]))
    if any(o.start == start and o.end < end and o.source != "phrase" and raw.startswith(" in ", o.end)
           for o in known.index.overlapping(start, start + 1)):
        return None  # "the Organisation for the Prohibition of Chemical Weapons in The Hague": the body, and where
    end = _before_where_it_is(raw, start, end, head, states)
    if raw[end - 1:end].isdigit():
        end = start + len(raw[start:end].rstrip(SUPERSCRIPTS))  # "… of Iceland¹": a footnote's mark
        end = glued_marker_end(raw, start, end)  # "… International Relations of / Lesotho1": a footnote's digit
    if head_at == start and _TO_AFTER_THE_HEAD.match(raw, start + len(head), end):
        return None  # "the visit of the Committee to the Kyrgyz Republic": a head noun alone, and where it went
    text = raw[start:end]
    name = _squash(text)
    if _VIEW_MENDS.search(text) or not text.isascii() and MOJIBAKE_SIGN.search(text):
        name = _squash(view.clean[view.to_clean(start):view.to_clean(end)])  # "Integra-\ntion", "Oﬃce": as the view reads it
    if _CAPITAL_AHEAD.match(raw[end:end + 3]):
        return None  # "Customs Procedures …": a word of a longer name, not a body
    if (head in _MEMBERS_HEADS or name.endswith(" Chambers")) and _MEMBERS_WORDS.isdisjoint(
            _POSSESSIVE_END.sub("", w).lower() for w in name.split()):
        return None  # "Russian Federation against …", "Town Council Chambers": no federation of firms, no office
    determiner = bool(_DETERMINER_BEFORE.search(raw[max(0, start - 16):start]))
    if len(name.split()) < 2:
        return _anaphora(raw, name, start, end, text, known) if determiner else None
    inside = known.index.overlapping(start, end)
    if any(o.start == start and o.end == end for o in inside):
        return None
    same = _anaphora(raw, name, start, end, text, known) if determiner else None
    if same is not None:
        return same
    state = next((s for s in states.overlapping(start, end) if start <= s.start and s.end <= end), None) \
        or next((s for s in states.overlapping(start, end) if s.start < start < s.end <= end
                 and _A_STATES_ARTICLE.fullmatch(raw, s.start, start)), None)  # "the UAE's Executive Office …"
    if state is not None and state.start == start and state.end == end:
        return None
    if any(s.start <= start and end <= s.end for s in states.overlapping(start, end)):
        return None  # "Union of Myanmar" in "the Republic of the Union of Myanmar": a State's own name
    if _known_bodies_then_where(raw, start, end, inside):
        return None  # "the IAEA's Division of Nuclear Security in Vienna": two known bodies, and where
    inner = next((o for o in inside if start <= o.start and o.end <= end), None)
    if inner is not None and inner.start == start and inner.source != "phrase" and \
            _ITS_SECRETARIAT.fullmatch(view.clean, view.to_clean(inner.end - 1) + 1,
                                       view.to_clean(end - 1) + 1):  # "SADC Secre-\ntariat"
        return inner._replace(start=start, end=end, text=text, source="anaphora")
    if inner is not None and inner.start == start and inner.source != "phrase" and inner.org_kind != "government" \
            and _INNER_UNIT.fullmatch(head) and all(o is inner or o.source == "phrase" for o in inside) \
            and _a_top_level_body(inner.key):  # not "FSC Support Section", a unit of the OSCE Secretariat
        unit = _ITS_UNIT.match(raw, inner.end, end)  # "INTERPOL's CBRNE … Sub-Directorate (in Lyon)"
        if unit is not None and (unit.end() == end or raw.startswith(" in ", unit.end())):
            return inner._replace(start=start, end=unit.end(), text=raw[start:unit.end()], source="anaphora")
    kind = "government" if state is not None and head.lower() in _GOV_HEADS else \
        "academic" if head.lower() in _ACADEMIC_HEADS or _an_academy_of_studies(head.lower(), name.lower().split()) else \
        "ngo" if _civil_society(head.lower(), name.lower().split(), state is None) else "other"
    if state is not None and state.start <= start and POSSESSIVE.match(raw, state.end, state.end + 3):
        # "Egypt's Ministry of Foreign Affairs" is the Ministry of Foreign Affairs of Egypt, "Pakistan's National
        # Assembly" the National Assembly of Pakistan; "Egypt's Al-Ahram Center …" is the Al-Ahram Center
        own = _squash(raw[state.end + 3:end])
        entry = state_by_code(state.key)
        name = own if kind in ("ngo", "academic") or entry is None else unit_of_state(own, entry)
    known_entry = lookup_org(name) if state is None else None
    if known_entry is not None:  # the registry's name, which its ruler did not see: "@ASEAN Secretariat"
        return org_mention(known_entry, start, end, text)
    if kind == "government":
        name = _FOREIGN_MINISTRY.sub("Ministry of Foreign Affairs", name)
    return Mention("org", f"~{fold(name)}", start, end, text, name,
                   code=state.key if state is not None else (inner.code if inner else None),
                   org_kind=kind, source="phrase")


def _a_top_level_body(key: str) -> bool:
    """Whether the registry body with ``key`` has no parent: a unit named after a sub-body (the OSCE's
    Forum) may belong to its parent instead."""
    try:
        return org_by_id(key).parent is None
    except KeyError:
        return False


def _known_bodies_then_where(raw: str, start: int, end: int, inside: list[Mention]) -> bool:
    """Whether raw ``[start, end)`` is known bodies one after another, a possessive between
    them, and then " in" where they are: the phrase names nothing new."""
    pos = start
    for o in sorted((o for o in inside if o.source != "phrase"), key=lambda o: o.start):
        if o.start > pos and not _A_POSSESSIVE_GAP.fullmatch(raw, pos, o.start) or o.start < pos:
            return False
        pos = o.end
    return pos > start and raw.startswith(" in ", pos) and pos < end


_A_STATES_ARTICLE = patterns.compile(r"(?i)the[ \t\n]++")
"""The article a State's name has ("the UAE") before a phrase that starts at the name."""
_A_POSSESSIVE_GAP = patterns.compile(r"(?:['\u2019]s)?+[ \t]++")
POSSESSIVE = patterns.compile(r"['\u2019]s[ \t]")
"""A possessive's ending, matched after a name: "Egypt's Ministry", "Sweden's peace research institute"."""


def _before_listed_parties(raw: str, head_at: int, end: int, known: _Known, states: SpanIndex) -> int:
    """The end of a phrase whose tail's comma list (:data:`_PORTFOLIO_COMMA`) is a list of parties
    instead ("the Ministry of Foreign Affairs, Ghana and Kenya"): the first comma, when a State or a
    known body is an item of it."""
    comma = raw.find(", ", head_at, end) if head_at >= 0 else -1
    if comma < 0:
        return end
    for m in states.overlapping(comma, end) + known.index.overlapping(comma, end):
        if m.start > comma and (raw.endswith(", ", 0, m.start) or raw.endswith(" and ", 0, m.start)):
            return comma
    return end


def _anaphora(raw: str, name: str, start: int, end: int, text: str, known: _Known) -> Mention | None:
    """"the Regional Centre" after "United Nations Regional Centre for …": the body named before
    (or, failing that, after) whose canonical name contains the phrase; else "the General
    Secretariat" after "the General Secretariat of the League of Arab States": the body it was
    named a part of. None when neither."""
    if not name or not name[0].isupper():
        return None
    chosen = known.named_like(name, start) or _part_of_named_before(raw, name, start, known)
    if chosen is None:
        return None
    return chosen._replace(start=start, end=end, text=text, source="anaphora")


def _before_where_it_is(raw: str, start: int, end: int, head: str, states: SpanIndex) -> int:
    """The end of a body's name that a phrase goes on past with where the body is: "in" after
    "of <State>" or in a ministry's name ("the Ministry of Foreign Affairs of Sri Lanka in Colombo",
    "the Ministry of Foreign Affairs in Asunción"), or a unit's of a ministry ("… Division of the Foreign Office in
    Islamabad"); an office keeps its city ("OSCE Office in Bishkek")."""
    after_state = next((s.end for s in states.overlapping(start, end)
                        if start < s.start and s.end < end and raw.startswith(" in ", s.end)), None)
    if after_state is not None:
        return after_state
    if head in ("Ministry", "Ministries"):
        at = _IN_A_PLACE.search(raw, start, end)
        end = at.start() if at is not None else end
    elif (office := _A_MINISTRYS_NAME.search(raw, start, end)) is not None:
        at = _IN_A_PLACE.search(raw, office.end(), end)  # "Strategic Export Control Division of the Foreign
        end = at.start() if at is not None else end  # Office in Islamabad": the division's, in its ministry's city
    return _before_its_city_below(raw, start, end)


_IN_A_PLACE = patterns.compile(r"[ \t]in[ \t\n]++(?=\p{Lu})")
"""Where a ministry's name ends and its place begins, across a line's end too: "… Trade and Industry in\nTokyo"."""
_A_MINISTRYS_NAME = patterns.compile(r"\b(?:Ministry|Foreign[ \t\n]++Office)\b")


_A_LINE_OPENED_BY_A_CITY = patterns.compile(r"(?<=\p{L})[ \t]*+\r?\n[ \t]*+(?=\p{Lu}[^\n]*+$)")
_A_CONNECTOR_AT_THE_LINE_END = patterns.compile(r"(?i)[ \t](?:of|and|for|the|on|in|de|del|du|des|la|le|für|und)$")
_THE_CITYS_LINE_GOES_ON = patterns.compile(r"[ \t]*+(?:[,(]|\r?\n|$)")


def _before_its_city_below(raw: str, start: int, end: int) -> int:
    """The end of a body's name, on its own line, that a phrase runs on into the next line's city: a
    venue's "University of Alcalá" over "Alcalá de Henares (Madrid), Spain", "Ministry of Foreign
    Affairs" over "Hanoi, Viet Nam". Not a name whose line ends with "of" or "and" ("… Affairs of" over
    "Singapore")."""
    if raw.find("\n", start, end) < 0:
        return end
    gap = _A_LINE_OPENED_BY_A_CITY.search(raw, start, end)
    if gap is None or _A_CONNECTOR_AT_THE_LINE_END.search(raw, start, gap.start()) \
            or not _THE_CITYS_LINE_GOES_ON.match(raw, end):
        return end
    below = raw[gap.end():end]
    city = lookup_city(below)  # the whole line's start a city as written: not "Valley", read as "The Valley"
    return gap.start() if city is not None and fold(below) in (fold(a) for a in (city.name, *city.aliases)) else end


_OF_THE = patterns.compile(r"\s++of\s++(?:the\s++)?")
_OF_THE_REACH = 40
"""How far :data:`_OF_THE` may reach: given no end, ``regex`` looks for its required "of" all the
way to the text's end before matching, and a long text without one made the phrase rule quadratic."""
_PART_OF_REACH = 3000
"""How far back "X of <a body>" is looked for: a bounded window keeps the phrase rule linear."""


def _part_of_named_before(raw: str, name: str, start: int, known: _Known) -> Mention | None:
    for m in _as_words(name).finditer(raw, max(0, start - _PART_OF_REACH), start):
        of = _OF_THE.match(raw, m.end(), m.end() + _OF_THE_REACH)
        owner = next((o for o in known.index.overlapping(of.end(), of.end() + 1)
                      if o.start == of.end() and o.source != "phrase"), None) if of else None
        if owner is not None:
            return owner
    return None


def _model_orgs(doc: Doc, view: TextView, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """ORG entities of a trained pipeline that no rule found, kept with their own text as name.

    Only names shaped like a body's: Title Case at both ends, several words or a defined
    acronym, on one line, not a State, place, document, programme or event.
    """
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end, text = _raw_span(view, ent.start_char, ent.end_char)
        if any(o.start < end and start < o.end for o in orgs + places) or "\n" in text:
            continue
        name = _squash(_LEADING_THE.sub("", text))
        words = name.split()
        if len(words) < 2 or not (words[0][0].isupper() and words[-1][0].isupper()):
            continue
        if _MODEL_NOT_ORG.search(name):
            continue
        found.append(Mention("org", f"~{fold(name)}", start, end, text, name, source="model"))
    return found


_MODEL_NOT_ORG = patterns.compile(
    r"(?i)\b(?:resolutions?|workshops?|courses?|seminars?|conferences?|meetings?|treaty|convention|programmes?|"
    r"programs?|fund|charter|building|points?\s+of\s+contact|protocol|act|plan|strategy|review|project)\b"
)


def _regions(doc: Doc, view: TextView) -> list[Mention]:
    found = []
    for span in doc.spans.get(groups.PLACES, []):
        entry = lookup_region(span.text)
        if entry is None:
            continue
        start, end, text = _raw_span(view, span.start_char, span.end_char)
        found.append(Mention("region", entry.id, start, end, text, entry.name, code=entry.country_code))
    return found


_CITY_CANDIDATE = patterns.compile(
    r"(?<![\p{L}\d])\p{Lu}[\p{L}\p{M}'\u2019.\-]*+"
    r"(?:[ ](?:(?i:of|de|del|da|do|dos|das|la|las|los|el|al|es|am|upon)[ ]){0,2}\p{Lu}[\p{L}\p{M}'\u2019.\-]*+)*+"
)
"""A run of Title-Case words, with the small words city names hold between them ("Port of Spain",
"Dar es Salaam", "Santa Cruz de la Sierra"), in capitals too ("PORT OF SPAIN"). A city of up to
:data:`_CITY_WORDS` words is looked for at each word of the run: a headline in capitals cut into
runs of three would cut "CONTROLS IN PORT | OF SPAIN"."""
_CITY_WORDS = 6
_POSSESSIVES = ("'s", "\u2019s")
_NAME_OPENERS = frozenset({"san"})
"""Cities whose name opens many longer ones: "San" (Mali) is no city in "San Marcos" or "San Cibrao"."""
_A_NAME_GOES_ON_NEXT_LINE = patterns.compile(r"[ \t]*+\n[ \t]*+\p{Lu}\p{Ll}")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mme", "mlle", "dr", "prof", "sir", "h.e"})
"""Words before a person's name, which may be a city's too: "Mr. Adama Diallo", "Dr Florence Ayo"."""


def _a_persons_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is one of the first three names after an honorific ("Prof. Marie-Claire
    Ngo Bissa"). Not after a sentence's end, nor after a boarding pass's "MS" (a name's last word)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        word = words[k]
        if word.rstrip(".").lower() in _HONORIFICS and (word.endswith(".") or not word.isupper()):
            return True
        if word.endswith(".") or word.islower():
            return False
    return False


_COMMA_BELOW = str.maketrans("\u0219\u021b", "\u015f\u0163")
"""Romanian's s and t with a comma below, as the cedilla older fonts (and GeoNames) write for them."""


def _cities(doc: Doc, view: TextView, states: list[Mention]) -> list[Mention]:
    """Cities: Title-Case words looked up in the city gazetteer, the longest name first at each word."""
    found = []
    clean = view.clean
    first_words = city_first_words()
    for m in _CITY_CANDIDATE.finditer(clean):
        words = m.group().split(" ")
        offset = m.start()
        i = 0
        while i < len(words):
            first = words[i].rstrip(".").lower()
            folded = False
            if first not in first_words and not first.isascii():
                first = first.translate(_COMMA_BELOW).replace("i\u0307", "i")  # "Timișoara": GeoNames writes
                # "Timişoara", a cedilla; "KİLİS": a Turkish capital İ lowers to i and a dot above
                if first not in first_words and not (first.endswith(_POSSESSIVES) and first[:-2] in first_words):
                    first, folded = fold(first), True  # "Aït Melloul", which the gazetteer writes "Ait Melloul"
            if first not in first_words and not (first.endswith(_POSSESSIVES) and first[:-2] in first_words):
                i += 1
                continue
            alone = not folded or first in city_marked_words()  # folded, a name of words: one word alone,
            # its marks away, is as often another's ("Văn", "Belén", "Rodríguez"), unless the gazetteer marks it too
            for j in range(min(len(words), i + _CITY_WORDS), i if alone else i + 1, -1):
                name = " ".join(words[i:j]).rstrip(".")
                entry = lookup_city(name) if name else None
                if entry is None and name.endswith(_POSSESSIVES):
                    name = name[:-2]  # "in Riyadh's diplomatic quarter" (not "Saint George's": found whole)
                    entry = lookup_city(name) if name else None
                if entry is not None and i and _a_persons_name(words, i):
                    break  # "Mr. Adama Diallo": a person's name, not the city's
                if entry is not None and j == i + 1 and name.casefold() in _NAME_OPENERS \
                        and (j < len(words) or _A_NAME_GOES_ON_NEXT_LINE.match(clean, m.end())):
                    break  # "Pazo de San Marcos", "the port at San / Cibrao": a longer name, not San (Mali)
                town = a_longer_town(words, i, j, states) if entry is not None and j < len(words) else None
                if town is not None:  # "San Juan Capistrano", a town of the United States, not San Juan (Puerto Rico)
                    k, code = town
                    name = " ".join(words[i:k]).rstrip(".")
                    cstart = offset + len(" ".join(words[:i])) + (1 if i else 0)
                    start, end, text = _raw_span(view, cstart, cstart + len(name))
                    found.append(Mention("city", fold(name), start, end, text, name, code=code))
                    i = k - 1
                    break
                if entry is not None:
                    cstart = offset + len(" ".join(words[:i])) + (1 if i else 0)
                    if words[i].casefold() == "the" and j > i + 1 and not entry.name.casefold().startswith("the "):
                        cstart, name = cstart + 4, name[4:]  # "THE SINGAPORE CUSTOMS": the article is not the city's
                    start, end, text = _raw_span(view, cstart, cstart + len(name))
                    division = _A_DIVISION_OF.search(clean, max(0, cstart - 24), cstart)  # "Zárate, Province of
                    # Buenos Aires": the province its capital names, not the city
                    if division is None and (lookup_state(name) is None or entry.same_as_state) \
                            and not _A_STREET_AFTER.match(clean, cstart + len(name)) \
                            and not _A_STREET_BEFORE.search(clean, max(0, cstart - 12), cstart):
                        found.append(Mention("city", fold(entry.name), start, end, text, entry.name,
                                             code=entry.country_code))
                    i = j - 1
                    break
            i += 1
    return found


def a_longer_town(words: list[str], i: int, j: int, states: Sequence[Mention]) -> tuple[int, str] | None:
    """The end and State of the longest town's name that opens with the city's ``words[i:j]`` and goes on past
    it, when the towns list knows it in one State, or in one of ``states`` (those the text names): "San Juan
    Capistrano" (United States), not San Juan and a word after it."""
    for k in range(min(len(words), i + _CITY_WORDS), j, -1):
        codes = towns_named(" ".join(words[i:k]).rstrip("."))
        if len(codes) > 1:
            codes = tuple(c for c in codes if any(s.code == c for s in states))
        if len(codes) == 1:
            return k, codes[0]
    return None


_A_STREET_AFTER = patterns.compile(r"[ ](?:Road|Rd\.?|Street|St\.|Avenue|Ave\.?|Highway|Expressway|Bypass|Boulevard|Lane|Drive)\b")
_A_STREET_BEFORE = patterns.compile(r"\b(?:Autopista|Avenida|Av\.|Calle|Carrera|Carretera|Rodovia|Rua|Rue|Jalan|Jl\.|Via|Viale)[ ]$")
"""A street named after a city, the city's name before or after the street's word: "Faisalabad Road, Gojra",
"Autopista Piedecuesta km 7, Floridablanca", "Jalan Medan …": no city of the text."""
_A_DIVISION_OF = patterns.compile(
    r"\b(?:(?i:province|department|governorate|prefecture|oblast|county)|Region)[ \t\n]++of[ \t\n]++(?:the[ \t\n]++)?$")
"""Before a city's name, the word of a State's division that takes it: "Province of " of "Province of Buenos
Aires", "Region of " of "Region of Murcia" (not "the region of Darmstadt": the land around the city)."""


_VENUE_CUE = re.compile(r"[ \t\n(](?:[Ii]n|[Aa]t|(?P<to>to)|(?:[Tt]own|[Vv]illage|[Ss]ettlement|[Mm]unicipality|[Cc]ity)[ \t\n]+of)[ \t\n]+")
"""Where a venue is named: "in", "at", "the small town of", "the farming settlement of", "to" before
:data:`FOR_AN_EVENT` ("welcoming colleagues … to Paro for a sub-regional seminar") (a stdlib scan: a
third faster than the ``regex`` module's over a whole note; the town's name after it is ``regex``'s)."""
TITLE_CASE_WORD = r"\p{Lu}[\p{Ll}\p{M}'\u2019\-]++"
"""A word in Title Case, its capital alone: "Outapi", "Chellala" (not "CentralWorld")."""
_A_TOWNS_NAME = patterns.compile(
    rf"{TITLE_CASE_WORD}(?:[ ]{TITLE_CASE_WORD}){{0,2}}+(?![\p{{L}}\d]|[ ]\p{{Lu}}|\s++of\s"
    rf"|\s++(?:de|del|della|dei|degli|delle|di|da|do|dos|das|du|des)\s++\p{{Lu}})")
"""A Title-Case name after a venue's cue: "in Outapi", "at Kasane", "the small town of Kamanjab" (not "at
CentralWorld": a word goes on in capitals; nor "at University of …" or "at the Palazzo della Cultura": a
body's or a building's name goes on)."""
_A_TOWNS_WORDS_NEXT_LINE = patterns.compile(
    rf"[ \t]*+\n[ \t]*+(?P<words>{TITLE_CASE_WORD}(?:[ ]{TITLE_CASE_WORD})?+)(?![\p{{L}}\d])")
"""A town's name's last words on the next line: "Chellala" of "in the town of Ksar / Chellala"."""


def _heads(words: str) -> list[str]:
    """The runs of words that open ``words``, longest first: "Jayawardenepura Kotte", "Jayawardenepura" (a town's
    name run on below; a town government's place cut before the next field's label)."""
    parts = words.split(" ")
    return [" ".join(parts[:n]) for n in range(len(parts), 0, -1)]
FOR_AN_EVENT = patterns.compile(r"[ \t\n]++for[ \t\n]++(?:a|an|the|its|their)[ \t\n]++(?:[\w\-]++[ \t\n]++){0,3}?"
                                r"(?:workshop|seminar|conference|meeting|course|round[ \-]?table|exercise|webinar|training|"
                                r"briefing|dialogue)s?\b")
"""After a place one came "to", the event one came for: " for a sub-regional seminar"."""
_A_CITY_AROUND_IT_AFTER = patterns.compile(r",[ \t\n]++(?:(?:here|there|right)[ \t\n]++in[ \t\n]++)?$")
"""What may part a city's quarter from its city: "in Port Area, Manila", "in Boa Viagem, here in Recife"."""
_QUARTER_REACH = 16


def _towns_at_a_venue(view: TextView, states: list[Mention], places: list[Mention],
                      hints: Iterable[Mention] = ()) -> list[Mention]:
    """Towns too small for the city gazetteer (``towns.tsv``), named where a venue is ("two days in
    Outapi"), of a State the text names: cities for every rule that reads them. The whole Title-Case
    run must be the town's name ("at Speke Resort Munyonyo" names no town Speke). A town of a State
    the text does not name is none (too many town names are words or surnames), nor is one a city or
    a place already holds. A name several named States have goes to the one the text names most.

    ``hints``: States' adjectives and bodies with a State, which name it too ("German exporters met in
    Winsen"): a town's paper seldom names its own country."""
    found = []
    raw = view.raw  # not the cleaned view, whose joined lines run a town into the next line's capital
    named: dict[str, int] = {}
    for s in [*states, *hints]:
        named[s.code] = named.get(s.code, 0) + 1
    known = Cover((m.start, m.end) for m in places + states)
    index = SpanIndex(places)  # the overlap questions below are binary searches: linear in the note
    for cue in _VENUE_CUE.finditer(raw):
        m = _A_TOWNS_NAME.match(raw, cue.end())
        if m is None:
            continue
        start, end = m.span()
        name = m.group()
        more = _A_TOWNS_WORDS_NEXT_LINE.match(raw, end)
        for words in _heads(more.group("words")) if more is not None else ():
            codes = towns_named(f"{name} {words}")
            if any(c in named for c in codes):
                end, name = more.start("words") + len(words), f"{name} {words}"  # "in the town of Ksar /
                break  # Chellala": the town's name runs on below
        if known.contains(start, end):
            continue  # "in Windhoek", "in Namibia": a city or a State, looked up no further
        if cue.group("to") and not FOR_AN_EVENT.match(raw, end):
            continue  # "to Paro for a seminar", not any "to Paro"
        if name.endswith(" Town") and not towns_named(name):
            name = name[:-len(" Town")]  # "in Sowa Town": the town Sowa, as its people call it
        codes = [c for c in towns_named(name) if c in named]
        if not codes:
            continue
        if not index.overlapping(start, end) and not _a_quarter_of(raw, end, index):
            found.append(Mention("city", fold(name), start, end, raw[start:end], name,
                                 code=max(codes, key=named.__getitem__)))
    return found


def _a_quarter_of(raw: str, end: int, places: SpanIndex) -> bool:
    """Whether a town's name ending at ``end`` is a quarter of the city named right after it ("PCG
    headquarters in Port Area, Manila"): the city is the place, not a town of the same name elsewhere."""
    return any(0 < p.start - end <= _QUARTER_REACH and p.kind == "city"
               and _A_CITY_AROUND_IT_AFTER.fullmatch(raw, end, p.start)
               for p in places.overlapping(end, end + _QUARTER_REACH + 1))


def _model_places(doc: Doc, view: TextView, places: list[Mention], states: list[Mention]) -> list[Mention]:
    """GPE / LOC entities of a trained pipeline that are neither States nor known places."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        start, end, text = _raw_span(view, ent.start_char, ent.end_char)
        if any(p.start < end and start < p.end for p in places + states):
            continue
        name = _squash(_LEADING_THE.sub("", text))
        if not name or not name[0].isupper() or lookup_state(name):
            continue
        city = lookup_city(name)
        kind = "city" if city is not None else ("region" if ent.label_ == "LOC" else "other")
        found.append(Mention(kind, fold(name), start, end, text, city.name if city else name,
                             code=city.country_code if city else None, source="model"))
    return found


def _longest(mentions: Iterable[Mention]) -> list[Mention]:
    """Drop mentions inside a longer one of the same kind; keep the rest in text order."""
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and m.start < chosen[-1].end:
            if m.end <= chosen[-1].end:
                continue
            if m.end - m.start <= chosen[-1].end - chosen[-1].start:
                continue
            chosen.pop()
        chosen.append(m)
    return chosen
