"""A draft with its tracked changes shown inline, read as the text it would be once they are accepted.

Drafts that go round for clearance come out of a word processor with the changes marked in the
text: "[deleted: 29 March 2023][inserted: 30 March 2023]", CriticMarkup's "{--two-day--}{++three-
day++}", or pandoc's "[Sudan]{.deletion author="…"}". Read as they stand, the struck date, the
State taken off the list and the body a reviewer removed would all count. :func:`accept_changes`
gives the text with every deletion (and every reviewer's comment) taken out and every insertion's
marks taken off; the pipeline reads that and maps the record's spans back to the draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import patterns
from .markup import Stripped

_CHANGE = patterns.compile(
    r"\[(?i:(?P<deleted>deleted|deletion|removed|struck(?:[ \t]++out)?)|(?P<inserted>inserted|insertion|added))"
    r"[ \t]*+:[ \t]*+(?P<body>[^\[\]\n]{0,2000}+)\]"
    r"|\{--(?P<deleted2>[^{}]{0,2000}?)--\}|\{\+\+(?P<inserted2>[^{}]{0,2000}?)\+\+\}"
    r"|\{~~(?P<old>[^{}~]{0,2000}?)~>(?P<new>[^{}~]{0,2000}?)~~\}|\{>>(?P<comment>[^{}]{0,2000}?)<<\}"
    r"|\[(?P<body3>[^\[\]\n]{0,2000}+)\]\{\.(?P<kind3>deletion|insertion)\b[^{}\n]{0,400}+\}"
)
"""A tracked change: "[deleted: …]" or "[inserted: …]" (also "removed", "struck out", "added");
CriticMarkup's deletion, insertion, substitution and comment; pandoc's "[…]{.deletion …}"."""
_REVIEW_COMMENT = patterns.compile(r"\[(?i:comment)\b[^:\[\]\n]{0,60}+:[^\[\]]{0,2000}+\]")
"""A reviewer's comment in a draft that tracks its changes: "[Comment M.T.: AFCONE was not there …]"."""
_MARK = re.compile(r"\[(?i:delet|insert|removed|added|struck)|\{(?:--|\+\+|~~|\.deletion|\.insertion)")
"""Where a change can start, each of :data:`_CHANGE`'s openings (or the part that they share): a text
with none (almost every note) is not scanned further."""


def accept_changes(raw: str) -> Stripped | None:
    """The draft with its changes accepted, or None for a text that marks none. Linear: one scan."""
    if ("[" not in raw and "{" not in raw) or _MARK.search(raw) is None:
        return None
    edits = list(_edits(raw))
    if not edits:
        return None
    if "[" in raw:
        edits = sorted(edits + [(m.start(), m.end(), "") for m in _REVIEW_COMMENT.finditer(raw)])
    apart, pos = [], 0
    for start, end, put in edits:
        if start >= pos:  # a comment that holds a change's mark: the comment goes, once
            apart.append((start, end, put))
            pos = end
    return Stripped.from_edits(raw, apart)


def _edits(raw: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, put)`` for each change: a deletion goes, an insertion keeps its words. Only
    whole removals are edits (:meth:`Stripped.from_edits` keeps ``put`` in place of the last
    characters): an insertion is its opening mark removed, then its closing mark."""
    for m in _CHANGE.finditer(raw):
        if m.group("deleted") is not None or m.group("deleted2") is not None or m.group("comment") is not None \
                or m.group("kind3") == "deletion":
            yield m.start(), m.end(), ""
        else:
            body = next(g for g in ("body", "inserted2", "new", "body3") if m.group(g) is not None)
            yield m.start(), m.start(body), ""
            yield m.end(body), m.end(), ""
