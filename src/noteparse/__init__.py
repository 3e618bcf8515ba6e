"""noteparse: plain-text event notes -> validated, source-grounded JSON records.

Module map (one job each), in pipeline order:
  reading        bytes -> text: encodings, BOM, binary detection; offsets stay on the user's text
  sections       split a note into title, header fields, body sections and footnotes, with spans
  textview       a cleaned copy of the text for matchers, with a map back to raw offsets
  sentences      rule-based sentence spans
  spacy_import   import spaCy without its command line (0.3 s of every process's start-up)
  nlp            build the spaCy Language once: blank "en" (or a named model) + the gazetteer ruler
  disk_cache     pickles kept between processes in ~/.cache/noteparse (start-up work done once)
  gazetteers     fold() and cached loading of the data files in data/
  patterns       regex.compile cached on disk: a new process loads the rules' patterns compiled
  states         State names -> ISO 3166-1 alpha-3 with UN names (data/states.jsonl)
  places         regions and world cities (data/places.jsonl, data/cities.jsonl)
  organizations  the organization registry (data/organizations.jsonl), acronyms
  mentions       every State, organization and place a note names, as raw-text mentions
  spans          a set of spans asked "does one of you contain this?" in log time
  dates          date grammar: regex fragments + converters -> ISO ranges
  context        one note read every way the extractors need
  events         the main event, its dates and venue; related events
  parties        organizers and participants
  references     resolutions, contacts, footnotes
  record         pydantic models of the record contract; the JSON Schema comes from here
  pipeline       Pipeline: the stages in order; __call__(text), parse_file(path), pipe(texts)
  golden         field-level diffs against golden records (`check`)
  evaluate       precision / recall / F1 against gold annotations (`eval`)
  batch          many notes: outcomes per note, worker processes, atomic writes, resume
  warm           imported by the batch fork server: the default pipeline built and run once
  dask           the batch's parsing on a Dask cluster (optional: noteparse[dask]); parse_bag
  review         a static, source-grounded review site
  errors         NoteParseError and its subclasses
  cli            thin commands over the above
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any  # noqa: E402

from .errors import NoteParseError  # noqa: E402

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .record import Record

__all__ = ["Pipeline", "Record", "NoteParseError", "extract", "__version__"]


def __getattr__(name: str) -> Any:
    """``Pipeline`` and ``Record`` load on first use: importing spaCy takes a second, which
    ``noteparse --help`` or ``noteparse schema`` should not pay."""
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    if name == "Record":
        from .record import Record

        return Record
    raise AttributeError(f"module 'noteparse' has no attribute {name!r}")


def extract(text: str) -> "Record":
    """Parse one note's text with the default (rule-based) pipeline, built once per process."""
    return _default_pipeline()(text)


_PIPELINE: "Pipeline | None" = None


def _default_pipeline() -> "Pipeline":
    global _PIPELINE
    if _PIPELINE is None:
        from .pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE
