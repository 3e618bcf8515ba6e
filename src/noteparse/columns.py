"""A page set in two columns, read across by a PDF-to-text converter, put back in reading order.

A converter that keeps the layout writes each printed line of both columns as one text line, the
columns apart by a gutter of spaces: "Event: Country visit of the Security Council       Objectives"
then "Committee established pursuant to resolution       • Hold a national dialogue with all". Read
as it is, the left column's header values run into the right column's words line by line. The
pipeline reads such a block column by column instead (:func:`read_down_columns`: all of the left
column, then all of the right one), and :meth:`Columns.to_raw` maps each span back to the text the
user gave; a span that crosses from one column into the other is widened to hold both ends.

A block is found from its gutter, not guessed: several lines in a row with a run of three spaces
or more at the same column, prose on both sides (a column's lines are long, which a table of
short labels and values is not), and lines of one column only (the other short or empty) among
them. One scan of the lines, linear in the text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from . import patterns

_GUTTER = patterns.compile(r"(?<=\S)[ ]{3,}+(?=\S)")
_TABLE_RULE = patterns.compile(r"[|\u2502\u00a6]|\.{4}|_{4}|-{4}")
_MIN_ROWS = 4
"""Lines with both columns a block needs at least."""
_SLACK = 2
"""How far (in characters) the right column's start may wander from line to line."""
_MIN_LEFT = 25
"""The shortest a left column's line may be, on average: a column of prose fills its width (a table
of labels and values does not)."""
_MIN_RIGHT = 15


@dataclass(frozen=True)
class Columns:
    """``text`` is the note with each two-column block read column by column; ``to_raw`` maps back."""

    text: str
    _starts: tuple[int, ...]
    """Where each piece of ``text`` starts, ascending."""
    _raw_starts: tuple[int, ...]
    """Where the same piece starts in the raw text."""
    blocks: tuple[tuple[int, int], ...]
    """Raw spans of the blocks read column by column."""
    _length: int
    """The raw text's length: a line end added between the columns maps to it at most."""

    def _point(self, offset: int) -> int:
        k = bisect_right(self._starts, offset) - 1
        return min(self._raw_starts[k] + offset - self._starts[k], self._length - 1)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of ``text[start:end]``; from one column into the other, the raw span from
        the earlier end to the later one."""
        a = self._point(start)
        if end <= start:
            return a, a
        b = self._point(end - 1) + 1
        return (a, b) if a < b else (b - 1, a + 1)


def _lines(raw: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while pos <= len(raw):
        nl = raw.find("\n", pos)
        end = len(raw) if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


def _split_at(raw: str, start: int, end: int) -> tuple[int, int] | None:
    """The gutter of line ``[start, end)``: (where the left column ends, where the right one starts) as
    columns of the line; None when it has no run of three spaces between words, or more than one."""
    gutters = list(_GUTTER.finditer(raw, start, end))
    if len(gutters) != 1 or _TABLE_RULE.search(raw, start, end):
        return None  # three columns or more, a table's bars, a list's dot leaders: a table, not a page's columns
    g = gutters[0]
    return g.start() - start, g.end() - start


def read_down_columns(raw: str) -> Columns | None:
    """The note with its two-column blocks read down each column, or None when it has none (most
    notes: a note without a run of three spaces is not looked at further)."""
    if "   " not in raw:
        return None
    lines = _lines(raw)
    blocks = []
    i = 0
    while i < len(lines):
        block, scanned = _block_at(raw, lines, i)
        if block is not None:
            blocks.append(block)
        i = max(i + 1, scanned)  # lines scanned with this gutter open no other block: each line is looked at once
    if not blocks:
        return None
    starts: list[int] = []
    raw_starts: list[int] = []
    text_parts: list[str] = []
    spans = []
    last = length = 0

    def emit(a: int, b: int, text: str | None = None) -> None:
        """Add raw ``[a, b)`` to the text, or ``text`` (a line end the reading adds) mapped to raw ``a``."""
        nonlocal length
        piece = raw[a:b] if text is None else text
        starts.append(length)
        raw_starts.append(a)
        text_parts.append(piece)
        length += len(piece)

    for n, (first, stop, column) in enumerate(blocks):
        next_first = blocks[n + 1][0] if n + 1 < len(blocks) else len(lines)
        block_start, block_end = lines[first][0], lines[stop - 1][1]
        if block_start > last:
            emit(last, block_start)
        lefts, rights = [], []
        for a, b in lines[first:stop]:
            left, right = _parts(raw, a, b, column)
            lefts += [left] if left[0] < left[1] else []
            rights += [right] if right[0] < right[1] else []
        while stop < next_first and raw[lines[stop][0]:lines[stop][1]].strip():
            lefts.append(lines[stop])  # lines across the page right under the block, no blank line between,
            block_end = lines[stop][1]  # go on with the left column ("Participants: …" under the header's fields)
            stop += 1
        parts = lefts + rights
        for k, (a, b) in enumerate(parts):
            emit(a, b)
            if k < len(parts) - 1:  # a line's end (a blank line between the columns), at the raw part's end
                emit(b, b, "\n\n" if k == len(lefts) - 1 else "\n")
        if block_end < len(raw):  # and a blank line after the block, at the raw line end after its last line
            emit(block_end, block_end, "\n")
        last = block_end
        spans.append((block_start, block_end))
    if last < len(raw):
        emit(last, len(raw))
    return Columns("".join(text_parts), tuple(starts), tuple(raw_starts), tuple(spans), len(raw))


def _parts(raw: str, a: int, b: int, column: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The raw spans of line ``[a, b)``'s left and right columns, spaces trimmed (either may be empty)."""
    split = _split_at(raw, a, b)
    if split is not None and abs(split[1] - column) <= _SLACK:
        left, right = (a, a + split[0]), (a + split[1], b)
    elif b - a <= column + _SLACK:
        left, right = (a, b), (b, b)  # the left column only
    else:
        left, right = (a, a), (a, b)  # the right column only, after blank space
    return _trimmed(raw, *left), _trimmed(raw, *right)


def _trimmed(raw: str, a: int, b: int) -> tuple[int, int]:
    """Raw ``[a, b)`` without the spaces, tabs and carriage return at its ends."""
    piece = raw[a:b]
    start = a + len(piece) - len(piece.lstrip(" \t\r"))
    return start, max(start, a + len(piece.rstrip(" \t\r")))


def _heads_at(raw: str, a: int, b: int, column: int) -> bool:
    """Whether line ``[a, b)`` ends with a column's head that starts at ``column``, after a gap: the
    table's head row over a block ("… States:          International organizations:")."""
    gaps = list(_GUTTER.finditer(raw, a, b))
    return bool(gaps) and abs(gaps[-1].end() - a - column) <= _SLACK and b - gaps[-1].end() <= 40


def _block_at(raw: str, lines: list[tuple[int, int]], i: int) -> tuple[tuple[int, int, int] | None, int]:
    """The block of two-column lines from line ``i`` (first line, line after the last, the right
    column's start), or None when line ``i`` opens none; and the line after those scanned."""
    a, b = lines[i]
    split = _split_at(raw, a, b)
    if split is None:
        return None, i + 1
    column = split[1]
    both, j, end = [], i, i
    while j < len(lines):
        a, b = lines[j]
        split = _split_at(raw, a, b)
        if split is not None and abs(split[1] - column) <= _SLACK:
            both.append((split[0], b - a - split[1]))
            end = j + 1
        elif b - a > column + _SLACK and raw[a:a + column].strip():
            break  # a line across the page: the block is over
        elif not raw[a:b].strip():
            break  # a blank line in both columns
        elif b - a > column + _SLACK:
            end = j + 1  # the right column alone
        j += 1
    if len(both) < _MIN_ROWS or sum(left for left, _ in both) < _MIN_LEFT * len(both) or \
            sum(right for _, right in both) < _MIN_RIGHT * len(both):
        return None, j
    if i > 0 and _heads_at(raw, *lines[i - 1], column):
        return None, j  # "PARTICIPANTS    STATES          ORGANIZATIONS" over it: a table's head row, not a page's
    return (i, end, column), end  # short lines after the right column's last are the page's again ("Participants: …")
