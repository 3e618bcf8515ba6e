"""An event page's HTML source read as the page's text, with a map back to raw offsets.

Users paste a page's source as often as its text: "<li>Egypt</li>", "Chemical &amp; Biological",
"<time datetime="2025-10-15">15&nbsp;October&nbsp;2025</time>". The rules read it as a browser
shows it (:func:`strip_tags`): scripts, styles and comments gone, a tag that breaks a line (a
paragraph, a list item, a heading, ``<br>``) one line end (none at a line's start or end, where the
source already breaks it), a table cell a tab, any other tag nothing, and each character reference
its character. Every edit removes characters or puts one in place of the last of them, so the
spans found map back to the source as for Markdown emphasis (:class:`noteparse.markup.Stripped`).
"""

from __future__ import annotations

import html
from typing import Iterator

import regex

from . import patterns
from .markup import Stripped

_SIGNS = patterns.compile(r"(?i)<(?:!doctype\s+html|html|body|div|p|li|ul|h[1-6]|span|article|section|br)\b")
_SIGNS_NEEDED = 3
"""Tags a text must hold to be read as HTML source: a note that writes "<10 kg" or "<br>" once is not."""
_EDIT = patterns.compile(
    r"(?i)<!--|<!doctype\b[^<>]{0,200}>|<(?P<close>/)?(?P<tag>[a-z][a-z0-9]{0,15})\b[^<>]{0,2000}>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,30});")
_HIDDEN = {"script": patterns.compile(r"(?i)</script\b[^>]{0,200}>"), "style": patterns.compile(r"(?i)</style\b[^>]{0,200}>")}
"""Elements whose content the page does not show: dropped with their content, to their end tag."""
_BREAKS = frozenset("p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table thead tbody section article header "
                    "footer nav main aside title head body html blockquote figure figcaption form hr".split())
_CELLS = frozenset({"td", "th"})


def strip_tags(raw: str) -> Stripped | None:
    """The page's text, or None for a text that is no HTML source (most notes). One scan."""
    if "</" not in raw or sum(1 for _ in zip(range(_SIGNS_NEEDED), _SIGNS.finditer(raw))) < _SIGNS_NEEDED:
        return None
    return Stripped.from_edits(raw, _edits(raw))


def _edits(raw: str) -> Iterator[tuple[int, int, str]]:
    """Each edit ``(start, end, put)`` in order: a hidden block whole, to its end tag."""
    m = _EDIT.search(raw)
    while m is not None:
        end = _hidden_end(raw, m) or m.end()
        yield m.start(), end, _replacement(raw, m, end)
        m = _EDIT.search(raw, end)


def _hidden_end(raw: str, m: regex.Match[str]) -> int | None:
    """Where a comment, a script or a style ends (past its end tag), or the text's end when it has
    none; None for any other edit. Each block is scanned once: a missing end tag ends the scan."""
    if m.group() == "<!--":
        at = raw.find("-->", m.end())
        return len(raw) if at < 0 else at + 3
    closing = _HIDDEN.get((m.group("tag") or "").lower()) if not m.group("close") else None
    if closing is None:
        return None
    found = closing.search(raw, m.end())  # none: the text's end, and the scan stops there
    return len(raw) if found is None else found.end()


def _replacement(raw: str, m: regex.Match[str], end: int) -> str:
    """What an edit leaves: a character reference its character, a cell's tag a tab, a line-breaking
    tag a line end unless the source breaks the line there already, anything else nothing."""
    text = m.group()
    if end != m.end() or text == "<!--":
        return ""
    if text[0] == "&":
        char = html.unescape(text)
        return char if len(char) == 1 else ""
    tag = (m.group("tag") or "").lower()
    if tag in _CELLS and not m.group("close"):
        return "\t"
    if tag not in _BREAKS:
        return ""
    start = m.start()
    while start > 0 and raw[start - 1] in " \t":
        start -= 1
    at_line_start = start == 0 or raw[start - 1] == "\n"
    at_line_end = end >= len(raw) or raw[end] in "\r\n"
    return "" if at_line_start or at_line_end else "\n"
