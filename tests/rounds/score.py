"""Score records against an analyst's values for 11 fields, one round of unseen notes at a time.

Each round (``r12/`` …) holds notes a helper wrote without seeing the code, and ``expect.json``:
``{"w01-name.txt": {11 fields, "_also_acceptable": {field: [alternative values]},
"_optional": {"organizers"|"states"|"orgs": [items allowed but not required]}, "_notes": "…"}}``.
The helper's first run is the round's "wrong before"; later sessions re-score the same notes, so a
fix that breaks an earlier round shows. ``known_wrong.json`` lists the fields wrong today; the tests
fail on any other wrong field, and on a listed one that is right (so the list stays true).

    python tests/rounds/score.py [ROUND_DIR ...]      # prints every wrong field and the totals
    python tests/rounds/score.py --write-known        # after judging a change: today's wrong fields become known
"""

from __future__ import annotations

import json
import re
import unicodedata
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = ("document_type", "kind", "start", "end", "city", "country_code", "online",
          "organizers", "states", "orgs", "resolutions")
SETS = {"organizers", "states", "orgs", "resolutions"}
CONTRACT_KIND = {"training": "course", "dialogue": "meeting", "consultation": "meeting", "briefing": "meeting",
                 "review": "meeting", "symposium": "conference", "forum": "conference"}
"""An analyst's kind the record contract lacks, as the contract's nearest kind (record.md: workshop |
seminar | conference | meeting | course | exercise | roundtable | webinar | visit | other)."""


def rounds() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "expect.json").exists())


ORGANIZERS_TAKE_PART_FROM = 72
"""The first round whose analysts list the organizing bodies among those that took part ("orgs"). Before
it they listed the bodies that took part besides the organizers, so there an organizer may be listed or not.
A folder not named for a round (a new round's draft, ``/tmp/unseen246``) follows today's convention."""

GOVERNMENT_BODIES_LISTED = range(1344, 1380)
"""The rounds whose brief (written again after ``/tmp`` was wiped) listed "government body" among "orgs".
The analysts of every other round kept a State's own bodies out of it (of the 4,331 government bodies
the record makes organizers in rounds 1100-1343, they listed one), as the record does: a ministry or a
town hall takes part as its State, which "states" lists. There a body the record knows as a government
is optional in "orgs"; one it does not know stays wanted."""


def expectations(round_dir: Path) -> dict[str, dict]:
    notes = json.loads((round_dir / "expect.json").read_text(encoding="utf-8"))
    for expected in notes.values():  # an item listed and also marked optional is optional, as the brief says
        for field, items in expected.get("_optional", {}).items():
            if isinstance(expected.get(field), list):
                expected[field] = [w for w in expected[field] if w not in items]
    number = re.fullmatch(r"r(\d+)", round_dir.name)
    if number and int(number[1]) in GOVERNMENT_BODIES_LISTED:
        for expected in notes.values():
            expected["_government_bodies_listed"] = True
    if number and int(number[1]) < ORGANIZERS_TAKE_PART_FROM:
        for expected in notes.values():
            organizers = [*(expected.get("organizers") or []),
                          *(o for alt in expected.get("_also_acceptable", {}).get("organizers", []) for o in alt)]
            optional = expected.setdefault("_optional", {})
            optional["orgs"] = [*optional.get("orgs", []), *organizers]
    return notes


def known_wrong() -> dict[str, list[str]]:
    """``{"r12/w01-….txt": [field, …]}``: what is wrong today."""
    return json.loads((HERE / "known_wrong.json").read_text(encoding="utf-8"))


_LINE_BREAK_HYPHEN = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")
"""A word a PDF's line end hyphenates ("Inter-\nnational"), as a text span of the raw note keeps it."""
_LINE_BREAK_AFTER_A_HYPHEN = re.compile(r"(?<=[a-z]-)[ \t]*\n[ \t]*(?=[A-Z\u00c0-\u00de])")
"""A name's own hyphen at a line's end ("Baden-\nWürttemberg", "Guinea-\nBissau"): the hyphen stays, the break goes."""


_OF_A_STATE = re.compile(r"(?:the )?(?P<state>[^,()]+)$")
"""A body's State at its name's end: "Ministry of Foreign Affairs of the Sultanate of Oman"."""

_STATES_UNIT = re.compile(r"(?P<state>[^,()]+?)(?:'s)? (?P<unit>(?:ministry|department|agency) of [^,()]+)$")
"""A government unit named by its State first, "Cameroon's Ministry of External Relations" or "the
Bahraini Ministry of Interior": the same body as the analyst's "Ministry of Interior of Bahrain"."""


def _fold(value) -> str | None:
    """A name as compared: lower case, one "the" less, its State (if it ends with one) by code, so
    that a ministry "of the Republic of Malawi" or "of the Government of Nepal", as the note writes
    it, is the analyst's "of Malawi" ("of Nepal"), and so is the analyst's "Ministry of Foreign Affairs, Malawi";
    a ministry named by its State first ("Cameroon's Ministry of …") as one named by it last; accents off, as
    an analyst may write a name ("Kien Giang University" is the note's "Kiên Giang University", "Nam Dinh" its
    "Nam Định")."""
    if value is None:
        return None
    unbroken = _LINE_BREAK_AFTER_A_HYPHEN.sub("", _LINE_BREAK_HYPHEN.sub("", _APOSTROPHES.sub("'", str(value))))
    unaccented = "".join(c for c in unicodedata.normalize("NFKD", unbroken.replace("\u0111", "d").replace("\u0110", "D"))
                         if not unicodedata.combining(c))
    folded = " ".join(unaccented.lower().replace("the ", "", 1).split())
    folded = folded.replace(" of the government of ", " of ").replace(" of government of ", " of ")
    from noteparse.states import demonym_patterns, lookup_state

    first = _STATES_UNIT.match(folded)
    if first is not None:
        code = {d.lower(): c for d, c in demonym_patterns()}.get(first["state"])
        entry = lookup_state(first["state"])
        code = entry.code if entry is not None else code
        if code is not None:
            return f"{first['unit']} of {code.lower()}"

    for at in (m.end() for m in re.finditer(" of ", folded)):  # "of the Republic of Malawi": its first "of" first
        state = _OF_A_STATE.match(folded, at)
        entry = lookup_state(state["state"]) if state is not None else None
        if entry is not None:
            return folded[:at] + entry.code.lower()
    head, comma, tail = folded.rpartition(", ")
    entry = lookup_state(tail) if comma and " " in head else None
    if entry is not None:  # "Ministry of Foreign Affairs, Sri Lanka": its State after a comma, as "of Sri Lanka"
        return f"{head} of {entry.code.lower()}"
    return folded


def _canonical(name: str) -> str | None:
    """A body's name as the registry's canonical name when the registry knows it by that name or
    acronym ("1540 Committee Group of Experts" is the Group of Experts' long name), else folded."""
    from noteparse.organizations import lookup_org

    entry = lookup_org(name)
    return _fold(entry.name if entry is not None else name)


_APOSTROPHES = re.compile("[\u2018\u2019\u02bb\u02bc]")
_BRACKETED_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[^()]{2,20})\)$")
_BRACKETED_GLOSS = re.compile(r"^(?P<name>.+?)\s*\([^()]{21,}\)$")
"""An analyst's gloss in brackets after a name, too long for an acronym: the name is the body."""
_IN_BRACKETS_LAST = re.compile(r"\(([^()]+)\)$")
_ACRONYM_INSIDE = re.compile(r" \((?P<acronym>[A-Z][A-Za-z&/\-]{1,19})\)(?= \S)")
"""An acronym before the name's last words, as some programmes write themselves: "… Security (EXBS) Program"."""


_COMMITTEE_EXPERTS = re.compile(r"^(?:the )?(?:1540 Committee(?:'s)? experts?|experts? of the 1540 Committee)$",
                                re.IGNORECASE)
"""An analyst's "1540 Committee experts" or "Experts of the 1540 Committee": the Group of Experts, which a
record names as itself or as the Committee it serves (analysts' own rule: "a '1540 Committee expert' took
part -> Committee, Group of Experts optional")."""


def _is_the_group(name: str) -> bool:
    """Whether the analyst names the 1540 Committee's Group of Experts by a name the registry knows ("Group
    of Experts of the 1540 Committee"): the same experts as "1540 Committee experts", so the Committee too."""
    from noteparse.organizations import lookup_org

    entry = lookup_org(name)
    return entry is not None and entry.id == "unsc_1540_group_of_experts"


def _forms(name: str) -> set[str | None]:
    """An analyst's body as its name and the registry's name for it; "Full Name (ACR)" also as
    "Full Name" and as "ACR", the two ways the note may name it; "Full Name (a longer gloss)" also as
    "Full Name"; "1540 Committee experts", or the Group of Experts by its name, also as the Committee."""
    spellings = [name]
    bracketed = _BRACKETED_ACRONYM.match(name)
    if bracketed is not None:
        spellings += [bracketed["name"], bracketed["acronym"]]
    inner = _IN_BRACKETS_LAST.search(name)
    if any(_COMMITTEE_EXPERTS.match(s) or _is_the_group(s) for s in [*spellings, *([inner[1]] if inner else [])]):
        spellings.append("1540 Committee")  # also "1540 Committee Group of Experts (1540 Committee experts)"
    glossed = _BRACKETED_GLOSS.match(name)
    if glossed is not None:  # "Ministry of Foreign Affairs of the Lao People's Democratic Republic (Lao National
        spellings.append(glossed["name"])  # Authority for the Chemical Weapons Convention)": the ministry
    inside = _ACRONYM_INSIDE.search(name)
    if inside is not None:  # "Export Control and Related Border Security (EXBS) Program"
        spellings += [name[:inside.start()] + name[inside.end():], inside["acronym"]]
    return {form for spelling in spellings for form in (_fold(spelling), _canonical(spelling))}


def values(record: dict) -> dict:
    """The 11 fields as an analyst compares them; bodies as [name, acronym, text] to match any, and
    an organ also by the organization it acts for (``organ_of``: analysts name "ECOWAS Commission"
    and "ECOWAS" alike).
    "orgs" holds civil society too (the analyst's field is every body that took part), by the name
    and acronym of the mention that starts where it does ("Institute for Security Studies (ISS
    Africa)" is the registry's ISS), when there is one."""
    event, dates, venue, parts = (record.get("event") or {}, record.get("dates") or {},
                                  record.get("venue") or {}, record["participants"])

    def names(orgs):  # an organ also by the organization it acts for: "ECOWAS Commission" is ECOWAS's
        return [[o.get("name"), o.get("acronym"), o.get("text"), *(o.get("organ_of") or {}).values()] for o in orgs]

    by_start = {s[0]: o for o in (record.get("mentions") or {}).get("organizations", []) for s in o["spans"]}

    def civil(text):  # a civil society body is text; the mention where it starts knows its name
        known = by_start.get(text["span"][0], {})
        glossed = _GLOSSED.fullmatch(" ".join(text["text"].split()))  # "Institut Teknologi Bandung (ITB)": ITB too
        return [text["text"], known.get("name"), known.get("acronym"), *(known.get("organ_of") or {}).values(),
                *(glossed.groups() if glossed else ())]

    return {"document_type": record["document_type"], "kind": event.get("kind"),
            "start": dates.get("start"), "end": dates.get("end"), "city": venue.get("city"),
            "country_code": venue.get("country_code"), "online": venue.get("online") if venue else None,
            "organizers": names(record["organizers"]), "states": [s["code"] for s in parts["states"]],
            "orgs": names(parts["organizations"]) + [civil(t) for t in parts.get("civil_society", [])],
            "resolutions": sorted({r.get("number") for r in record["resolutions"]} - {None})}


_GLOSSED = re.compile(r"([^|;]+?) \((\w[\w&\-]{1,11})\)")
"""A civil society item's text that glosses its name with an acronym: the item is named by both (not an
item that runs two names together, "Stimson Center | James Martin Center … (CNS)")."""


def _set_diff(field: str, want: list, have: list, optional: Iterable, host: str | None = None) -> tuple[list, list]:
    """(missing, extra); a body matches by any of its name, acronym or text, an expected one by
    itself or the registry's canonical name for it, and a body the analyst names without its State
    ("Ministry of External Affairs") also as the host State's ("… of India", as the record names it)."""
    if field in ("organizers", "orgs"):
        have_f = [{_fold(x) for x in h if x} for h in have]
        want_f = [_forms(w) | _of_the_host(_forms(w), host) for w in want]
        wanted = set().union(*want_f)
        opt = set().union(*(_forms(o) for o in optional))
        missing = [w for w, f in zip(want, want_f) if not any(f & h for h in have_f)]
        extra = [sorted(h)[0] for h in have_f if h and not (h & wanted) and not (h & opt)]
        return missing, extra
    have_s, want_s, opt = [str(h) for h in have], [str(w) for w in want], {str(o) for o in optional}
    return ([w for w in want_s if w not in have_s],
            [h for h in have_s if h not in want_s and h not in opt])


def _of_the_host(forms: set[str | None], host: str | None) -> set[str]:
    """An analyst's body named without its State, as the host State's: "ministry of external affairs" is
    also "ministry of external affairs of ind" where the event is in India."""
    if not host:
        return set()
    return {f"{form} of {host.lower()}" for form in forms if form}


_SAINT = re.compile(r"^St\.?(?= )")


def _city(name) -> str:
    """A city's name as compared: the city gazetteer's name for it when it knows it by that one (an
    analyst's "Chittagong" is "Chattogram"), apostrophes straight, "St." written out, accents off (an
    analyst's "Reykjavik" is the tool's "Reykjavík"), a last word "City" dropped (a Philippine city's
    style, "Davao City", is the gazetteer's "Davao"; "Kuwait City" and "Kuwait" name one city too)."""
    from noteparse.places import lookup_city

    known = lookup_city(str(name)) if name else None
    name = known.name if known is not None else name
    folded = unicodedata.normalize("NFKD", _SAINT.sub("Saint", _APOSTROPHES.sub("'", str(name))))
    return _CITY_WORD.sub("", "".join(c for c in folded if not unicodedata.combining(c)))


_CITY_WORD = re.compile(r"(?<=\w) City$")


def wrong_fields(expected: dict, record: dict) -> dict[str, str]:
    """``{field: what differs}`` for each of the 11 fields the record gets wrong."""
    got = values(record)
    if expected.get("_government_bodies_listed"):
        expected = _without_government_bodies(expected, record)
    alts, opts = expected.get("_also_acceptable", {}), expected.get("_optional", {})
    wrong = {}
    for field in FIELDS:
        want = expected.get(field)
        if field in SETS:
            tries = [want or [], *alts.get(field, [])]
            host = expected.get("country_code")
            diffs = [_set_diff(field, w, got[field], opts.get(field, []), host) for w in tries]
            if not any(not m and not e for m, e in diffs):
                wrong[field] = f"missing={diffs[0][0]} extra={diffs[0][1]}"
        elif field == "kind" and got[field] == CONTRACT_KIND.get(want, want):
            continue
        elif field == "city" and _city(got[field]) == _city(want):
            continue  # "Nuku'alofa" as typed, "Nuku‘alofa" as GeoNames writes it; "St. George's", "Saint George's"
        elif got[field] != want and got[field] not in alts.get(field, []):
            wrong[field] = f"want={want!r} got={got[field]!r}"
    return wrong


def _without_government_bodies(expected: dict, record: dict) -> dict:
    """``expected`` less the "orgs" items (and their alternatives') that the record knows as government
    bodies, by any of their names: see :data:`GOVERNMENT_BODIES_LISTED`."""
    host = expected.get("country_code")
    bodies = [*record["organizers"], *(record.get("mentions") or {}).get("organizations", [])]
    government = {_fold(x) for o in bodies if o.get("kind") == "government"
                  for x in (o.get("name"), o.get("acronym"), o.get("text")) if x}

    def kept(items):
        return [w for w in items or [] if not (_forms(w) | _of_the_host(_forms(w), host)) & government]

    alts, optional = expected.get("_also_acceptable", {}), expected.get("_optional", {})
    dropped = [w for w in expected.get("orgs") or [] if w not in kept([w])]  # optional, not unwanted: a record may
    return {**expected, "orgs": kept(expected.get("orgs")),  # list one too ("Istituto Superiore di Sanità")
            "_optional": {**optional, "orgs": [*optional.get("orgs", []), *dropped]},
            "_also_acceptable": {**alts, "orgs": [kept(a) if isinstance(a, list) else a for a in alts.get("orgs", [])]}}


def score(round_dir: Path, parse: Callable[[Path], dict]) -> dict[str, dict[str, str]]:
    """``{note: {field: what differs}}`` for one round; ``parse`` maps a note's path to a record dict."""
    return {name: wrong_fields(exp, parse(round_dir / name))
            for name, exp in sorted(expectations(round_dir).items())}


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="score.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("rounds", nargs="*", type=Path, metavar="ROUND_DIR",
                        help="rounds to score (a folder with expect.json); all of tests/rounds when none")
    parser.add_argument("--write-known", action="store_true",
                        help="write today's wrong fields to known_wrong.json (after judging a change)")
    args = parser.parse_args(argv)
    missing = [str(r) for r in args.rounds if not (r / "expect.json").is_file()]
    if missing:
        parser.error(f"no expect.json in {', '.join(missing)}")
    from noteparse.pipeline import Pipeline

    pipeline = Pipeline()
    write = args.write_known
    known: dict[str, list[str]] = {}
    for round_dir in args.rounds or rounds():
        result = score(round_dir, lambda path: json.loads(pipeline.parse_file(path).to_json()))
        n = sum(len(w) for w in result.values())
        for name, wrong in result.items():
            if wrong:
                known[f"{round_dir.name}/{name}"] = sorted(wrong)
            for field, shown in wrong.items():
                print(f"{round_dir.name}/{name}: WRONG {field}: {shown}")
        print(f"{round_dir.name}: wrong fields: {n} of {len(result) * len(FIELDS)}")
    if write:
        (HERE / "known_wrong.json").write_text(json.dumps(known, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
