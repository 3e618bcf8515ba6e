"""What the default pipeline costs before any extraction: the floor under the 50× target (a script, not a test).

Times, in one warm loop over the notes of raw/ and ../shared/corpus (40 copies), the full pipeline to
JSON against a pipeline that only splits sections, builds the cleaned view, tags it with spaCy and
writes a record of its sections to JSON (no mentions, dates, venue, parties or references), and
spaCy's tokenizer alone. The best of three passes each.

Usage: python benchmarks/floor.py
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import corpus_texts  # noqa: E402

from noteparse import Pipeline  # noqa: E402
from noteparse.nlp import tag  # noqa: E402
from noteparse.pipeline import Record, Source, sections_of  # noqa: E402
from noteparse.sections import split_sections  # noqa: E402
from noteparse.textview import make_view  # noqa: E402


def main() -> None:
    pipeline = Pipeline()
    texts = corpus_texts() * 40

    def floor(text: str) -> str:
        source = Source(path=None, sha256=hashlib.sha256(text.encode()).hexdigest(), chars=len(text),
                        encoding="utf-8", pipeline=pipeline.version)
        layout = split_sections(text)
        tag(pipeline.nlp, make_view(text, layout.label_gaps).clean)
        return Record(source=source, document_type="free_text", sections=sections_of(layout, text)).to_json()

    for name, run in (("full pipeline", lambda t: pipeline(t).to_json()), ("floor (no extraction)", floor),
                      ("spaCy tokenizer alone", pipeline.nlp.make_doc)):
        for text in texts[:9]:
            run(text)
        best = min(_timed(run, texts) for _ in range(3))
        print(f"{name}: {len(texts) / best:.0f} notes/s, {best / len(texts) * 1000:.2f} ms a note")


def _timed(run, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        run(text)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
