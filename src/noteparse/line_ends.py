"""Windows (CRLF) and old Mac (CR) line ends read as newlines, with a map back to raw offsets.

A note saved on Windows ends each line with "\\r\\n". The rules read lines ("Venue" alone on its
line, a label's value on the next, a blank line between paragraphs, a list of States one a line),
and each of them would need to allow a carriage return before every newline; most did not, so the
same note gave a different record as CRLF (737 of 6,072 round texts changed a field). Instead the
pipeline reads the note with each "\\r\\n" as "\\n" and each lone "\\r" as "\\n" (:func:`plain_line_ends`),
and the record's spans are mapped back to the text the user gave.
"""

from __future__ import annotations

from dataclasses import replace

from . import patterns
from .markup import Stripped

_CRLF = patterns.compile(r"\r(?=\n)")


class _LineEnds(Stripped):
    """An empty span at a line's end maps to before its "\\r\\n", not between the two."""

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        if end > start:
            return super().to_raw(start, end)
        at = start + self._removed_at(start, after=False)
        return at, at


def plain_line_ends(raw: str) -> Stripped | None:
    """``raw`` with every line ending in a bare "\\n", or None when no line ends otherwise (most notes).
    One scan: a lone "\\r" becomes "\\n" in place, a "\\r" before "\\n" goes."""
    if "\r" not in raw:
        return None
    crlf = _LineEnds.from_edits(raw, ((m.start(), m.end(), "") for m in _CRLF.finditer(raw)))
    if crlf is None:
        return _LineEnds(raw.replace("\r", "\n"), (), ())
    if "\r" not in crlf.text:
        return crlf
    return replace(crlf, text=crlf.text.replace("\r", "\n"))
