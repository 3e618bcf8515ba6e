"""How far conversion artifacts move a record: each dev note under seeded mutations, each field
compared with the unmutated note's (a script, not a test).

    python benchmarks/robustness.py [--seed N] [--verbose]

For every note of ``raw/`` and ``../shared/corpus`` and every mutation below, a field counts as
kept when the mutated note's value equals the plain note's. The mutations are the debris real
notes carry after PDF-to-text conversion or a trip through an editor: Markdown emphasis around
names, stray ``*`` after words, bullets, lines wrapped or joined, Windows line ends, no-break
spaces and tabs, page footers dropped mid-paragraph, labels re-cased.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from collections import defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from noteparse.pipeline import Pipeline  # noqa: E402
from noteparse.record import Record  # noqa: E402

_NAME = re.compile(r"(?<![\w*])([A-Z][a-z]+(?: [A-Z][a-z]+)*)(?![\w*])")
_LABEL = re.compile(r"(?m)^([A-Za-z ]{3,40}):")


def _some(rnd: random.Random, share: float, wrap: Callable[[str], str]) -> Callable[[re.Match[str]], str]:
    return lambda m: wrap(m.group(1)) if rnd.random() < share else m.group(1)


def _footer(text: str, rnd: random.Random) -> str:
    lines = text.split("\n")
    return "\n".join(line + ("\n\n12-34567 (E)   Page 3\n\n" if i % 17 == 9 else "") for i, line in enumerate(lines))


MUTATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "bold names": lambda t, rnd: _NAME.sub(_some(rnd, 0.5, lambda w: f"**{w}**"), t),
    "italic names": lambda t, rnd: _NAME.sub(_some(rnd, 0.3, lambda w: f"*{w}*"), t),
    "bold lines": lambda t, rnd: re.sub(r"(?m)^(\S.{0,40}?)$", r"**\1**", t),
    "stray stars": lambda t, rnd: re.sub(r"(?<=\w)(?=[ ,.;])", lambda m: "*" if rnd.random() < 0.05 else "", t),
    "bullets": lambda t, rnd: re.sub(r"(?m)^(?=\S)", lambda m: rnd.choice(["", "\u2022 ", "- ", "* "]), t),
    "wrapped at 60": lambda t, rnd: "\n".join(textwrap.fill(line, 60, break_long_words=False, break_on_hyphens=False)
                                              if line.strip() else line for line in t.split("\n")),
    "lines joined": lambda t, rnd: re.sub(r"(?<=\S)\n(?=\S)", " ", t),
    "CRLF": lambda t, rnd: t.replace("\n", "\r\n"),
    "no-break spaces, tabs": lambda t, rnd: t.replace(" ", "\u00a0", 40).replace("  ", "\t"),
    "page footers": _footer,
    "labels in capitals": lambda t, rnd: _LABEL.sub(lambda m: m.group(1).upper() + ":", t),
    "labels in lower case": lambda t, rnd: _LABEL.sub(lambda m: m.group(1).lower() + ":", t),
}


def fields(record: Record) -> dict[str, object]:
    """The values an analyst reads, as comparable plain values."""
    event, dates, venue, parts = record.event, record.dates, record.venue, record.participants
    return {
        "kind": event.kind if event else None,
        "dates": (dates.start, dates.end) if dates else None,
        "city": venue.city if venue else None,
        "country": venue.country_code if venue else None,
        "online": venue.online if venue else None,
        "organizers": sorted(o.name for o in record.organizers),
        "States taking part": sorted(s.code for s in parts.states),
        "bodies taking part": sorted(o.name for o in parts.organizations),
        "States mentioned": sorted({s.code for s in record.mentions.states}),
        "bodies mentioned": sorted({o.name for o in record.mentions.organizations}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", default="", help="added to each note's name to seed its mutations")
    parser.add_argument("--verbose", action="store_true", help="print every field a mutation changed")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus",
                        help="a folder of notes read beside raw/ (default: ../shared/corpus)")
    args = parser.parse_args()
    notes = {p.stem: p for p in [*ROOT.glob("raw/*.txt"), *args.corpus.glob("*.txt")]}
    pipeline = Pipeline()
    kept: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for name in sorted(notes):
        text = notes[name].read_text(encoding="utf-8")
        plain = fields(pipeline(text))
        for mutation, mutate in MUTATIONS.items():
            mutated = fields(pipeline(mutate(text, random.Random(name + args.seed))))
            for field, value in plain.items():
                kept[(mutation, field)][1] += 1
                if mutated[field] == value:
                    kept[(mutation, field)][0] += 1
                elif args.verbose:
                    print(f"{mutation} | {name} | {field}: {value!r} -> {mutated[field]!r}")
    names = list(plain)
    width = max(map(len, MUTATIONS))
    print(f"{len(notes)} notes; fields kept under each mutation (of {len(notes)})")
    print(" " * width + " | " + " | ".join(names))
    for mutation in MUTATIONS:
        row = [str(kept[(mutation, f)][0]) for f in names]
        print(f"{mutation:<{width}} | " + " | ".join(f"{v:>{len(n)}}" for v, n in zip(row, names)))
    total = sum(v[0] for v in kept.values()), sum(v[1] for v in kept.values())
    print(f"all: {total[0]} of {total[1]} fields kept ({total[0] / total[1]:.1%})")


if __name__ == "__main__":
    main()
