"""The header lines of an e-mail or a memo ("From:", "To:", "Subject:", "Date:"): what they say
is the message's, not the event's.

The sectioner takes an e-mail's subject for its title; the date rules leave a message's "Date:"
and "Sent:" lines out (a memo's date, a digest's dates of each message). Header lines are short,
and a block of them has no blank line inside: every look here stays within a few lines of 200
characters, so a long line costs nothing.
"""

from __future__ import annotations

import regex

from . import patterns

HEADER_LABEL = patterns.compile(r"[ \t>*]*+(from|to|subject|sent|date|through|thru|cc|bcc|ref\.?|reference)[ \t*]*+:",
                               regex.IGNORECASE)
"""A mail or memo header's label at its line's start; group 1 is the label."""
SUBJECT = patterns.compile(r"[ \t>*]*+(?i:subject)[ \t]*+:[ \t]*+(?:(?i:re|fwd?|aw|tr)[ \t]*+:[ \t]*+)*+")
"""A subject's label, with the "RE:" and "Fwd:" of replies and forwards."""
DATE_LABEL = patterns.compile(r"[\s*]*+(?i:date)[\s*]*+")
"""A header field's label that is a plain "Date" (no event word before it)."""
_DATE_LINE = patterns.compile(r"[ \t>*]*+(?i:date|sent)[ \t*]*+:[ \t]*+(?:\p{L}{3,9},?[ \t]*+)?$")
_BLANK = patterns.compile(r"[ \t\r]*+")
_ADDRESS_LABELS = frozenset({"from", "to", "subject", "sent", "through", "thru", "cc", "bcc", "ref.", "ref",
                             "reference"})
_CAPTION_LABEL = patterns.compile(
    r"[ \t*]*+((?:case|judgment|judgement|document|file|order)[ \t]++no\.?|original|symbol|distr\.?|registry"
    r"|posted|published|(?:news|story|article)[ \t]++id|slug)[ \t*]*+:",
    regex.IGNORECASE)
"""A document caption's label ("Case No.:", "Judgment No.:", "Original:", "Distr.:", a news page's
"Posted:" and "News ID:", a broadcast script's "SLUG:"): a "Date:" among them is the document's."""
_SCRIPT_LABEL = patterns.compile(r"(?i)[ \t]{2,}+(show|writer|editor|producer|reporter|trt)[ \t]*+:")
"""A broadcast script's labels further along its caption's lines: "DATE: 30/09/2025     SHOW: EVENING
NEWS     WRITER: M. NDONG"."""
BLOCK_LINES = 12
"""How many lines a block of header lines may run above or below a given one."""
LINE = 200
"""The longest header line."""
_DATE_REACH = 40
"""How far into its line a date may stand after "Date:" (and a weekday)."""


def in_a_header_block(raw: str, at: int) -> bool:
    """Whether the line at raw ``at`` is in a block of mail or memo header lines, or of a document's
    caption: two of "From:", "To:", "Subject:", "Case No.:", "Original:" … among the lines around
    it, no blank line between."""
    first = short_line(raw, at)
    if first is None:
        return False
    lines = [first]
    for step in (-1, 1):
        start, end = first
        for _ in range(BLOCK_LINES):
            if step < 0 and start == 0 or step > 0 and end >= len(raw):
                break
            line = short_line(raw, start - 1 if step < 0 else end + 1)
            if line is None or _BLANK.fullmatch(raw, *line):
                break
            start, end = line
            lines.append(line)
    labels = set()
    for start, end in lines:
        m = HEADER_LABEL.match(raw, start, end)
        if m is not None and m.group(1).lower() in _ADDRESS_LABELS:
            labels.add(m.group(1).lower())
        caption = _CAPTION_LABEL.match(raw, start, end) if m is None else None
        if caption is not None:
            labels.add(caption.group(1).lower())
        if raw.find(":", start, end) != raw.rfind(":", start, end):  # two labels or more on the line
            labels.update(x.group(1).lower() for x in _SCRIPT_LABEL.finditer(raw, start, end))
    return len(labels) >= 2


_A_REFERENCE_LINE = patterns.compile(
    r"(?m)^[ \t]*+(?:(?i:our[ ]ref|your[ ]ref|ref(?:erence)?)\.?(?:[ ]?(?i:no)\.?)?|(?:(?i:press|media|news)[ \t]++)?"
    r"(?i:notice|letter|circular|memo|release|communiqu[ée])[ \t]++(?i:no)\.?)"
    r"[ \t]*+:?[ \t]*+\S[^\n]{0,60}+\n[ \t]*+\Z")
_REFERENCE_REACH = 120


def under_a_reference_line(raw: str, start: int) -> bool:
    """Whether raw ``start`` opens (after its indent) the line next below a release's, a notice's or a letter's
    reference number: a bare "Date:" there dates the document ("Ref. No.: AUC/MR/2025/07 / Date: 28.03.2025 / FOR
    IMMEDIATE RELEASE", "PRESS RELEASE          No. DIO/CNR/PR/214/2024-25 / Date: 12.03.2025")."""
    return _A_REFERENCE_LINE.search(raw, max(0, start - _REFERENCE_REACH), start) is not None


def on_a_date_line(raw: str, start: int) -> bool:
    """Whether the date at raw ``start`` is a message's own, on a "Date:" or "Sent:" line of a
    header block ("Date: Tue, 1 Jun 2021 14:05:33 -0400")."""
    reach = max(0, start - _DATE_REACH)
    line_start = raw.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return False  # no line break close before: no "Date:" opens the date's line
    return bool(_DATE_LINE.match(raw, line_start, start)) and in_a_header_block(raw, line_start)


def short_line(raw: str, at: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the line holding raw ``at`` (a line end counts as its line's), or
    None when it is longer than :data:`LINE`."""
    if at < len(raw) and raw[at] == "\n":
        end = at
    else:
        end = raw.find("\n", at, at + LINE)
        if end < 0:
            end = len(raw) if len(raw) - at <= LINE else -1
    if end < 0:
        return None
    start = raw.rfind("\n", max(0, end - LINE), end) + 1
    if start == 0 and end > LINE:
        return None
    return start, end
