"""Markdown emphasis taken out of a note before the rules read it, with a map back to raw offsets.

Converters and editors wrap names, labels and dates in emphasis: "**Ghana**, **Togo** and the
*IAEA* took part", "held in *Vienna*, Austria", "**Date:** 3–4 May 2019". Every rule that reads
"<name>, <name>" or "in <city>, <State>" would need to allow the markers; instead the pipeline
reads the note with the emphasis delimiters removed (:func:`strip_emphasis`) and
:meth:`Stripped.to_raw` maps each span it finds back to the text the user gave. The soft hyphens a
PDF's text keeps inside words go the same way.

Which ``*`` and ``_`` are emphasis follows CommonMark's flanking rules: an opener is followed by a
non-space (and, if by punctuation, preceded by a space or punctuation), a closer the mirror image;
an ``_`` inside a word ("j_doe@un.org") is neither. A delimiter pairs with the nearest open one of
the same character and length in its paragraph. Anything else is left alone: a bullet ("* Ghana"),
a footnote marker ("Ghana*", "States*:"), a rule ("***").
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from . import patterns

_DELIMITERS = patterns.compile(r"\*++|_++|\n[ \t]*+(?=\r?\n)")
"""A run of ``*`` or ``_``, or a blank line (which ends a paragraph: nothing pairs across it)."""
_LONGEST_RUN = 3
"""``***bold italic***`` at most; a longer run is a rule or debris."""


@dataclass(frozen=True)
class Stripped:
    """``text`` is the note without its emphasis delimiters; ``to_raw`` maps its spans back."""

    text: str
    _cuts: tuple[int, ...]
    """Offsets in ``text`` before which a delimiter was removed, ascending."""
    _removed: tuple[int, ...]
    """How many raw characters were removed up to and including each cut."""

    @classmethod
    def from_edits(cls, raw: str, edits: Iterable[tuple[int, int, str]]) -> "Stripped | None":
        """``raw`` with each edit ``(start, end, put)`` made (in order, apart): its characters
        removed but for ``put``, which takes the place of the last of them; None when no edit
        removes anything. The other readers (a calendar, a page's source) build theirs this way."""
        pieces: list[str] = []
        cuts: list[int] = []
        removed: list[int] = []
        pos = total = 0
        for start, end, put in edits:
            cut = end - start - len(put)
            if cut <= 0:
                continue
            pieces += (raw[pos:start], put)
            total += cut
            cuts.append(start - (total - cut))
            removed.append(total)
            pos = end
        if not cuts:
            return None
        pieces.append(raw[pos:])
        return cls("".join(pieces), tuple(cuts), tuple(removed))

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of ``text[start:end]``: from its first character to its last, so the
        delimiters around it stay outside ("Ghana" in "**Ghana**") and those inside stay in."""
        raw_start = start + self._removed_at(start, after=True)
        if end <= start:
            return raw_start, raw_start
        return raw_start, end + self._removed_at(end, after=False)

    def _removed_at(self, offset: int, *, after: bool) -> int:
        # after: cuts at or before ``offset`` (the delimiters before its character); else only
        # those before it (the delimiters after the last character of a span stay out)
        k = bisect_right(self._cuts, offset if after else offset - 1)
        return self._removed[k - 1] if k else 0


def strip_emphasis(raw: str) -> Stripped | None:
    """The note without its emphasis delimiters and the soft hyphens inside its words, or None
    when it has neither (most notes): one scan of the text for each, linear in its length."""
    pairs = _emphasis(raw) if "*" in raw or "_" in raw else []
    soft = [(m.start(), m.end(), "") for m in _SOFT_HYPHEN.finditer(raw)] if "\u00ad" in raw else []
    if not soft:
        return Stripped.from_edits(raw, pairs) if pairs else None
    return Stripped.from_edits(raw, sorted(pairs + soft))


_SOFT_HYPHEN = patterns.compile(r"\u00ad++(?=\p{L})")
"""A soft hyphen inside a word, which a PDF's text keeps though no one sees it: "Intern\u00adational
organizations:" is a label. One at a line's end the view joins (:mod:`noteparse.textview`)."""


def _emphasis(raw: str) -> list[tuple[int, int, str]]:
    """The delimiters of the emphasis pairs of ``raw`` as edits ``(start, end, put)``, in text order:
    each goes, but a closer that ends a line's bold opening words before a value on the line leaves
    a space: "**Event** National Workshop …" is a label and its value, as "Event  National …" reads,
    not one phrase."""
    openers: dict[str, list[tuple[int, int]]] = {}  # run -> (start, end) of those open in this paragraph
    pairs: list[tuple[int, int, str]] = []
    for m in _DELIMITERS.finditer(raw):
        run, start, end = m.group(), m.start(), m.end()
        if run[0] not in "*_":
            openers.clear()
            continue
        if len(run) > _LONGEST_RUN:
            continue
        before = raw[start - 1] if start else "\n"
        after = raw[end] if end < len(raw) else "\n"
        opens, closes = _flanks(run[0], before, after)
        if closes and openers.get(run):
            opened = openers[run].pop()
            for others in openers.values():  # the openers inside the pair stay unpaired
                while others and others[-1][0] > opened[0]:
                    others.pop()
            gap = " " if len(run) > 1 and before != ":" and _A_VALUE_ON_THE_LINE.match(raw, end) \
                and "\n" not in raw[opened[1]:start] \
                and _A_LINES_OPENING.fullmatch(raw, raw.rfind("\n", 0, opened[0]) + 1, opened[0]) else ""
            pairs += ((*opened, ""), (start, end, gap))
        elif opens:
            openers.setdefault(run, []).append((start, end))
    pairs.sort()
    return pairs


_A_LINES_OPENING = patterns.compile(r"[ \t]*+")
_A_VALUE_ON_THE_LINE = patterns.compile(r"[ ][\p{Lu}\d]")
"""One space, then a capital or a digit: a label without a colon and its value ("**Event** National
Workshop", "**Date and Venue** 19 and 20 August 2025"); one with a colon, or set apart by more spaces,
is a label already, and a phrase going on in lower case ("**Workshop** on …") no label."""


def _flanks(char: str, before: str, after: str) -> tuple[bool, bool]:
    """Whether a delimiter run between ``before`` and ``after`` can open and can close emphasis."""
    left = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before))
    right = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after))
    if char == "_":  # not inside a word: "j_doe", "snake_case"
        return left and (not right or _punctuation(before)), right and (not left or _punctuation(after))
    return left, right


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"
