"""Write the brief for one new round of unseen notes, from ``tests/rounds/brief.md``.

Six events and six genres, in order; a helper is then started with "Read the file /tmp/brief/unseenN.md and
do exactly what it says". The even rounds are to work on, the odd ones to measure (no rule is written from
a measuring round). The helper scores its texts once, on a worktree of the session's first code at /tmp/wt0
(``git worktree add -f /tmp/wt0 HEAD --detach``), so that its "first sight" is the code it has not seen:

    python scripts/make_brief.py 1356 ers "Town, Country: a workshop|…×6" "genreword: what the text is|…×6"
"""

from __future__ import annotations

import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[1] / "tests" / "rounds" / "brief.md"
OUT = Path("/tmp/brief")


def brief(number: str, prefix: str, events: list[str], genres: list[str]) -> str:
    lines = []
    for i, (event, genre) in enumerate(zip(events, genres)):
        word, _, what = genre.partition(":")
        lines.append(f"{i + 1}. {event.strip()} — files {prefix}{2 * i + 1:02d}-note-… and "
                     f"{prefix}{2 * i + 2:02d}-{word.strip()}-…; genre: {what.strip() or word.strip()}")
    text = TEMPLATE.read_text(encoding="utf-8")
    text = text[text.index("# Brief"):]
    return text.replace("__N__", number).replace("__P__", prefix).replace("__EVENTS__", "\n".join(lines))


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    number, prefix = argv[0], argv[1]
    events, genres = argv[2].split("|"), argv[3].split("|")
    if len(events) != 6 or len(genres) != 6:
        print("six events and six genres, separated by |", file=sys.stderr)
        return 2
    OUT.mkdir(exist_ok=True)
    (Path(f"/tmp/unseen{number}")).mkdir(exist_ok=True)
    path = OUT / f"unseen{number}.md"
    path.write_text(brief(number, prefix, events, genres), encoding="utf-8")
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
