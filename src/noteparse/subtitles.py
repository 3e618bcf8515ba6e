"""A subtitle file (SubRip ``.srt``, WebVTT) read as the speech it captions, with a map back to raw offsets.

An event's video comes with its captions, and users paste them as they come: numbered cues, each a
timing line ("00:00:25,900 --> 00:00:30,200") over two short lines of speech, a blank line between
cues. Read as it is, every cue is a paragraph of its own: a sentence ("On behalf of the Ministry of
Foreign Affairs / and Human Mobility, which has the honour // of organizing this conference
together / with UNLIREC") is cut at every cue, and a list of delegations ("Chile, / Colombia, Costa
Rica, // Ecuador …") at every timing. The rules read it as the transcript it is
(:func:`read_subtitles`): each cue's number and timing line go, and so does the blank line before
it, unless the cue before ended a sentence (or was a bracketed caption, "[applause]"); a cue that
goes on with its sentence is then one more line of it, as a line a PDF wraps. Every edit removes
characters or puts line ends in place of the last of them, so spans map back to the file as for
Markdown emphasis (:class:`noteparse.markup.Stripped`).
"""

from __future__ import annotations

from typing import Iterator

from . import patterns
from .markup import Stripped

_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
_CUE = patterns.compile(
    rf"(?m)(?:^WEBVTT\b[^\n]*+\n)?^\n*+(?:\d{{1,6}}[ \t]*+\n)?[ \t]*+{_TIME}[ \t]++-->[ \t]++{_TIME}[^\n]*+(?:\n|$)")
"""A cue's head: the blank lines before it, its number on a line of its own, its timing line (a
WebVTT one may add settings: "align:start"); the file's "WEBVTT" line before the first."""
_ARROW = " --> "
_CUES_NEEDED = 3
"""Timing lines a text must hold to be read as subtitles: a note may quote one."""
_ENDS_A_SENTENCE = frozenset(".!?:;]\"\u201d)\u2026")


def read_subtitles(raw: str) -> Stripped | None:
    """The captions' speech, or None for a text that is no subtitle file (most notes). One scan."""
    if _ARROW not in raw:
        return None
    heads = list(_CUE.finditer(raw))
    if len(heads) < _CUES_NEEDED:
        return None
    return Stripped.from_edits(raw, _edits(raw, heads))


def _edits(raw: str, heads: list) -> Iterator[tuple[int, int, str]]:  # type: ignore[type-arg]
    """Each head goes; the line end of the cue before it stays, and a blank line after it when
    that cue ended a sentence."""
    for head in heads:
        before = raw[max(0, head.start() - _LOOK_BACK):head.start()].rstrip()
        ends = not before or before[-1] in _ENDS_A_SENTENCE
        yield head.start(), head.end(), "\n" if ends and head.start() > 0 else ""


_LOOK_BACK = 80
"""How far back the last character of the cue before is looked for (a cue's line is shorter)."""
