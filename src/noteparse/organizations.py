"""The organization registry (``data/organizations.jsonl``): entries, lookups, surface forms.

Each entry has one canonical ``id`` and name for the many ways a text writes a body. Listed
aliases carry one spelling; :func:`spelling_variants` generates the rest (British/American
spellings, hyphenation, "UN"/"United Nations"). Matching in a ``Doc`` is done elsewhere, from
:func:`org_patterns`; this module only looks things up. Nothing is read until first use.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import Iterable

import regex

from . import patterns
from .gazetteers import fold, load_jsonl

KINDS = frozenset({"international_organization", "un_body", "government", "ngo", "academic", "other"})

# Interchangeable spellings of one word; a word may carry a plural "s" (Centres, Programmes).
_SPELLINGS = (
    ("Organisation", "Organization"),
    ("Centre", "Center"),
    ("Defence", "Defense"),
    ("Programme", "Program"),
    ("Co-operation", "Cooperation"),
    ("Labour", "Labor"),
    ("Licence", "License"),
    ("Counter-Terrorism", "Counterterrorism"),
    ("Non-Proliferation", "Nonproliferation"),
    ("established pursuant to", "established by", "established under"),  # the 1540 Committee, as texts word it
)
_SPELLING_RE = patterns.compile(
    r"\b(?:" + "|".join(regex.escape(w) for pair in _SPELLINGS for w in pair) + r")(?=s?\b)",
    regex.IGNORECASE,
)
_SPELLING_GROUP = {w.casefold(): pair for pair in _SPELLINGS for w in pair}

_UN_FORMS = ("United Nations", "UN", "U.N.")
# "UN" as a word of its own: not inside UNODA, not the "UN-" of "UN-LiREC".
_UN_RE = patterns.compile(r"(?<![\w.-])(?:United Nations|U\.N\.|UN)(?![\w-])")

MIN_WORDS_CASE_INSENSITIVE = 3
MIN_FUZZY_LEN = 4
MIN_SUBSTITUTION_LEN = 5
"""A four-letter acronym is misspelt by a swap only ("OPWC"): one letter off, it is as often another
body's own ("ANAC", Brazil's civil aviation agency, is no ANAM) as a slip."""


@dataclass(frozen=True)
class OrgEntry:
    """One body of the registry; ``parent`` is the id of the body it belongs to, if any; ``organ``
    says the parent acts through it (a commission, a secretariat, a regional office)."""

    id: str
    name: str
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    kind: str
    country_code: str | None
    parent: str | None
    organ: bool = False


@cache
def org_entries() -> tuple[OrgEntry, ...]:
    """All registry entries in file order (sorted by id), read once per process."""
    return tuple(
        OrgEntry(
            id=row["id"],
            name=row["name"],
            acronyms=tuple(row.get("acronyms", ())),
            aliases=tuple(row.get("aliases", ())),
            kind=row["kind"],
            country_code=row.get("country_code"),
            parent=row.get("parent"),
            organ=bool(row.get("organ")),
        )
        for row in load_jsonl("organizations.jsonl")
    )


@cache
def _by_id() -> dict[str, OrgEntry]:
    return {entry.id: entry for entry in org_entries()}


def org_by_id(org_id: str) -> OrgEntry:
    """The entry with this id; raises ``KeyError`` for an id the registry does not have."""
    try:
        return _by_id()[org_id]
    except KeyError:
        raise KeyError(f"no organization with id {org_id!r} in the registry") from None


@cache
def _organizations_of_organs() -> dict[str, OrgEntry]:
    """Each organ's id and the organization it acts for, worked out once (a mapping of the
    registry's few organs: asked of every mention's key, a cache per key would grow with each
    unknown name a batch meets)."""
    by_id = _by_id()
    found = {}
    for entry in org_entries():
        if entry.organ:
            top = entry
            while top.organ and top.parent in by_id:
                top = by_id[top.parent]
            found[entry.id] = top
    return found


def organ_of(org_id: str) -> OrgEntry | None:
    """The organization a registry body is an organ of, up the chain of organs ("OSCE Conflict
    Prevention Centre" → OSCE Secretariat → OSCE): None for a body that is no organ, or not in
    the registry."""
    return _organizations_of_organs().get(org_id)


def organ_name(org_id: str, name: str | None = None) -> dict[str, str | None] | None:
    """:func:`organ_of` as the record gives it: ``{"name", "acronym"}``, or None. A body the registry
    does not know (``org_id`` "~…") whose ``name`` is a university's unit acts for the university
    (:func:`university_of_unit`)."""
    entry = organ_of(org_id)
    if entry is None and name is not None and org_id.startswith("~"):
        university = university_of_unit(name)
        entry = None if university is None else lookup_org(university)
        if entry is None and university is not None:
            return {"name": university, "acronym": None}
    return None if entry is None else {"name": entry.name, "acronym": entry.acronyms[0] if entry.acronyms else None}


_CAP_WORD = r"\p{Lu}[\p{L}\p{M}'\u2019\-]*+"
# "University of El Geneina", "Mid Sweden University", "Universidad Central de Venezuela"
_UNIVERSITY = (rf"(?:{_CAP_WORD}[ ])*(?:University|Universit[éy]|Universidad|Universiti|Universidade|Università|"
               rf"Universität|Universitas)(?:[ ](?:of|de|del|di|da|do)[ ](?:the[ ]|la[ ]|los[ ])?{_CAP_WORD}"
               rf"(?:[ ](?:{_CAP_WORD}|of|and|the|de|del|la))*)?")
_UNIT = r"(?:Department|Faculty|School|College|Institute|Centre|Center|Laborator(?:y|ies)|Division|Chair)"
_A_UNIT_OF_A_UNIVERSITY = patterns.compile(  # "Department of Chemistry of the University of Dhaka"
    rf"(?:[Tt]he[ ])?(?:{_CAP_WORD}[ ])*?{_UNIT}\b[^()]{{0,160}}?(?:,[ ]|[ ]of[ ]|[ ]at[ ])(?:the[ ])?"
    rf"(?P<university>{_UNIVERSITY})(?:[ ]\([^()]*+\))?")
_OF_ITS_PLACE = rf"[ ]of[ ](?:the[ ])?(?:{_CAP_WORD}[ ])*?{_CAP_WORD}"
_A_UNIVERSITYS_UNIT = patterns.compile(  # "Makerere University School of Public Health"
    rf"(?:[Tt]he[ ])?(?P<university>(?:{_CAP_WORD}[ ])+University(?:{_OF_ITS_PLACE})?|University{_OF_ITS_PLACE})"
    rf"[ ]{_UNIT}[ ](?:of|for)[ ]\p{{Lu}}.*+")
_A_UNIVERSITYS_CAMPUS = patterns.compile(  # "University of the West Indies (UWI), Mona Campus"
    rf"(?:[Tt]he[ ])?(?P<university>{_UNIVERSITY})(?:[ ]\([\p{{Lu}}\d\-]{{2,12}}\))?(?:,[ ]|[ ]\(|[ ])"
    rf"(?:{_CAP_WORD}[ ]){{1,3}}[Cc]ampus\)?")


def university_of_unit(name: str) -> str | None:
    """The university a unit's ``name`` says it belongs to ("Department of Chemistry of the University
    of Dhaka", "Makerere University School of Public Health", "University of the West Indies (UWI),
    Mona Campus" → the university), else None: analysts name the university for its department or
    campus."""
    if "Universi" not in name:
        return None  # most bodies: every pattern below needs the word
    found = _A_UNIT_OF_A_UNIVERSITY.fullmatch(name) or _A_UNIVERSITYS_UNIT.fullmatch(name) \
        or _A_UNIVERSITYS_CAMPUS.fullmatch(name)
    return None if found is None else found["university"]


def _recase(word: str, like: str) -> str:
    """``word`` with the capitalisation of ``like`` (all caps, initial capital, or lower)."""
    if like.isupper():
        return word.upper()
    if like[0].isupper():
        return word[0].upper() + word[1:]
    return word.lower()


def spelling_variants(name: str) -> set[str]:
    """Every spelling of ``name`` under the British/American, hyphenation and "UN" rules.

    The result includes ``name`` itself; a name with nothing to vary gives ``{name}``.
    ``spelling_variants("UN Regional Centre")`` also holds "United Nations Regional Center".
    A bare "UN" or "United Nations" is not varied (that is an acronym, not a spelling).
    """
    pieces: list[str] = []
    choices: list[tuple[str, ...]] = []
    pos = 0
    for m in sorted([*_SPELLING_RE.finditer(name), *_UN_RE.finditer(name)], key=lambda m: m.start()):
        if m.start() < pos or m.group() == name:
            continue
        pieces.append(name[pos:m.start()])
        if m.group() in _UN_FORMS:
            choices.append(_UN_FORMS)
        else:
            recased = (_recase(w, m.group()) for w in _SPELLING_GROUP[m.group().casefold()])
            choices.append(tuple(dict.fromkeys([m.group(), *recased])))
        pos = m.end()
    tail = name[pos:]
    return {
        "".join(itertools.chain.from_iterable(zip(pieces, combo))) + tail
        for combo in itertools.product(*choices)
    } | {name}


def _case_sensitive(surface: str) -> bool:
    return len(surface.split()) < MIN_WORDS_CASE_INSENSITIVE


def _surfaces(entry: OrgEntry) -> list[str]:
    """Name and aliases of ``entry`` with all their spelling variants, sorted, no repeats."""
    forms: set[str] = set()
    for written in (entry.name, *entry.aliases):
        forms |= spelling_variants(written)
    return sorted(forms)


def org_patterns() -> list[tuple[str, str, bool]]:
    """Every distinct surface form to match in text, as ``(surface, id, case_sensitive)``.

    Names, aliases and their variants of three words or more match regardless of case; shorter
    ones and all acronyms match case-sensitively, a short name of two words also in capitals ("1540
    COMMITTEE", as a cable writes it). Case-insensitive forms that fold alike are
    given once, but for a form with an apostrophe, also given with the typographic one ("King’s"),
    which the tokenizer keeps. Ordered by entry id, then names before acronyms. A fresh list on every call.
    """
    return list(_patterns())


@cache
def _patterns() -> tuple[tuple[str, str, bool], ...]:
    patterns: list[tuple[str, str, bool]] = []
    for entry in org_entries():
        seen: set[str] = set()
        for surface in _surfaces(entry):
            sensitive = _case_sensitive(surface)
            key = surface if sensitive else fold(surface)
            if key not in seen:
                seen.add(key)
                patterns.append((surface, entry.id, sensitive))
                if "'" in surface:  # "King’s College London": a PDF's typographic apostrophe, its own token
                    patterns.append((surface.replace("'", "\u2019"), entry.id, sensitive))
                if sensitive and " " in surface and surface.upper() != surface:
                    patterns.append((surface.upper(), entry.id, True))  # a cable's "THE 1540 COMMITTEE VISITED …"
        patterns.extend((acronym, entry.id, True) for acronym in entry.acronyms if acronym not in seen)
    return tuple(patterns)


@cache
def _lookup_index() -> tuple[dict[str, OrgEntry], dict[str, OrgEntry]]:
    """(folded name/alias/variant -> entry, acronym -> entry); the first entry by id wins a tie."""
    folded: dict[str, OrgEntry] = {}
    acronyms: dict[str, OrgEntry] = {}
    for entry in org_entries():
        for surface in _surfaces(entry):
            folded.setdefault(fold(surface), entry)
        for acronym in entry.acronyms:
            acronyms.setdefault(acronym, entry)
    return folded, acronyms


_LEADING_THE = patterns.compile(r"^the\s+", regex.IGNORECASE)


def lookup_org(text: str) -> OrgEntry | None:
    """The entry ``text`` names exactly, or ``None`` when nothing matches (no fuzzy search).

    A leading "the" is ignored. Acronyms match case-sensitively ("UNODA", not "unoda");
    names, aliases and their spelling variants match after :func:`~noteparse.gazetteers.fold`.
    """
    text = _LEADING_THE.sub("", text.strip())
    folded, acronyms = _lookup_index()
    return acronyms.get(text) or folded.get(fold(text))


def _one_swap_apart(a: str, b: str) -> bool:
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_substitution_apart(a: str, b: str) -> bool:
    return sum(x != y for x, y in zip(a, b)) == 1


def fuzzy_acronym(token: str, known: Iterable[str]) -> str | None:
    """The known acronym that the all-caps ``token`` misspells, or ``None``.

    A misspelling is two adjacent letters swapped ("OPWC" -> "OPCW") in acronyms of four letters
    or more, or one letter replaced in acronyms of five or more. A swap is preferred to a replacement; when more than
    one known acronym fits equally, the answer is ``None``. A token that is itself known, is
    shorter than four letters or is not all capital letters is never mapped.
    """
    if len(token) < MIN_FUZZY_LEN or not (token.isalpha() and token.isupper()):
        return None
    candidates = {k for k in known if len(k) == len(token)}
    if token in candidates:
        return None
    for near in (_one_swap_apart, _one_substitution_apart):
        if near is _one_substitution_apart and len(token) < MIN_SUBSTITUTION_LEN:
            break  # "ANAC", "TAEC", "VERB": another body's or a word, a letter from a known four
        hits = [k for k in candidates if near(token, k)]
        if hits:
            return hits[0] if len(hits) == 1 else None
    return None
