"""noteparse: plain-text event notes -> validated, source-grounded JSON records.

Module map (one job each):
  record        pydantic models of the record contract; the JSON Schema comes from here
  reading       bytes -> text: encodings, BOM, binary detection
  sections      split a note into title, header fields and body sections, with spans
  dates         date grammar: regex fragments + converters -> ISO ranges
  gazetteers    fold() and cached indexes over the data files in data/
  pipeline      Pipeline: the stages in order; __call__(text), pipe(texts)
  errors        NoteParseError and its subclasses
  cli           thin commands over the above
"""

__version__ = "0.1.0"

from .errors import NoteParseError  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
from .record import Record  # noqa: E402

__all__ = ["Pipeline", "Record", "NoteParseError", "extract", "__version__"]


def extract(text: str) -> Record:
    """Parse one note's text with the default (rule-based) pipeline, built once per process."""
    return _default_pipeline()(text)


_PIPELINE: Pipeline | None = None


def _default_pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    return _PIPELINE
