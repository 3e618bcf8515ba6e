"""Review site: show where every extracted value came from, as static HTML (no server, no network).

``build_site(paths, out_dir)`` parses notes and writes ``index.html`` (a sortable, filterable
table of notes; a note that failed is a row with its error) and one page per note: the raw text
with every grounded value highlighted in place, a legend, the record as a collapsible tree whose
entries link to their highlight, and the warnings linked to their spans. ``check_page(results)``
renders ``noteparse check``'s golden-vs-new diff. CSS and JS come from ``review_assets/`` and are
inlined, so a page is one self-contained file.

Highlights nest: the text is cut at every span boundary and elements are opened longest first, so
a State sits inside a participants line inside a section. Where two spans cross (neither contains
the other), the later one is closed and reopened as a *continuation* piece (``hl-cont``); only the
first piece carries ``data-field``, so there is one ``.hl`` element per grounded value.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Iterable, Sequence

from pydantic import BaseModel

from .errors import NoteParseError
from .record import (Contact, Dates, Event, Footnote, Organization, Place, Record, RelatedEvent,
                     Resolution, Section, State, Venue)

__all__ = ["build_site", "collect_notes", "write_site", "grounded_values", "highlight_html",
           "note_page", "index_page", "check_page", "FIELDS"]


@dataclass(frozen=True)
class Field:
    """How one record field looks on the page: label, abbreviation, colours, underline style.

    ``key`` is the record path with list indices dropped (``participants.states``). Fields listed
    earlier wrap later ones when two values share a span.
    """

    key: str
    label: str
    abbr: str
    background: str
    line: str
    style: str = "solid"


INK = "#111111"
FIELDS: tuple[Field, ...] = (
    Field("sections.items", "Section item", "SEC", "#f4f4ee", "#9a9a8a", "none"),
    Field("related_events", "Related event", "REL", "#fbf3e4", "#8a5a00", "dashed"),
    Field("footnotes", "Footnote", "FN", "#efefef", "#555555", "dotted"),
    Field("contacts", "Contact", "CON", "#dcefff", "#1f5f99", "solid"),
    Field("title", "Title", "TTL", "#e6e6e6", "#444444", "double"),
    Field("event", "Event", "EVT", "#ffe2b8", "#a34f00", "solid"),
    Field("organizers", "Organizer", "ORG", "#e4d6fa", "#5b2aa0", "double"),
    Field("participants.states", "Participating State", "PST", "#c4ecd0", "#1d6b35", "double"),
    Field("participants.organizations", "Participating organization", "POR", "#d4e3fb", "#204f9c", "double"),
    Field("participants.civil_society", "Civil society", "CSO", "#f8d6ea", "#98236a", "double"),
    Field("participants.other", "Other participant", "OTH", "#ebebcf", "#5f5f16", "double"),
    Field("dates", "Dates", "DAT", "#ffd9d9", "#a3161b", "solid"),
    Field("venue", "Venue", "VEN", "#c9f1f1", "#0b6464", "solid"),
    Field("related_events.dates", "Related event dates", "RDT", "#ffe9e9", "#a3161b", "dashed"),
    Field("related_events.venue", "Related event venue", "RVN", "#e2f7f7", "#0b6464", "dashed"),
    Field("resolutions", "Resolution", "RES", "#fff2a6", "#7a6200", "solid"),
    Field("mentions.states", "State mentioned", "ST", "#d7f5de", "#1d6b35", "solid"),
    Field("mentions.organizations", "Organization mentioned", "OR", "#e0e9fb", "#204f9c", "solid"),
    Field("mentions.places", "Place mentioned", "PL", "#ccf0e6", "#0f5e4a", "dotted"),
)
_BY_KEY = {f.key: f for f in FIELDS}
_INDEX = re.compile(r"\[\d+\]")


def field_of(path: str) -> Field:
    """The :class:`Field` of a dotted record path; the nearest listed ancestor, or a grey default."""
    key = _INDEX.sub("", path).removesuffix(".spans")
    while key:
        if key in _BY_KEY:
            return _BY_KEY[key]
        key = key.rpartition(".")[0]
    return Field(path, path, "?", "#eeeeee", "#555555")


@dataclass(frozen=True)
class Value:
    """One grounded value to highlight: ``raw[start:end] == text``.

    ``path`` is the dotted record path (``participants.states[2]``; an extra occurrence of a
    mention is ``mentions.states[0].spans[3]``); ``tip`` is the normalised value.
    """

    path: str
    start: int
    end: int
    text: str
    tip: str

    @property
    def field(self) -> Field:
        return field_of(self.path)

    @property
    def anchor(self) -> str:
        return anchor(self.path)


def anchor(path: str) -> str:
    """The element id of a path's highlight: ``participants.states[2]`` -> ``h-participants-states-2``."""
    return "h-" + re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-")


def grounded_values(record: Record, raw: str) -> list[Value]:
    """Every value to highlight, in record order: each object with ``text`` and ``span`` (a Section
    is shown through its items) and each occurrence in a ``spans`` list that differs from ``span``.
    Returns [] for a record with nothing grounded.
    """
    out: list[Value] = []

    def walk(node: Any, path: str, context: str) -> None:
        if isinstance(node, BaseModel):
            fields = type(node).model_fields
            if "text" in fields and "span" in fields and not isinstance(node, Section):
                tip = describe(node, context)
                out.append(Value(path, node.span[0], node.span[1], node.text, tip))
                others = [s for s in getattr(node, "spans", []) if tuple(s) != tuple(node.span)]
                for i, (s, e) in enumerate(getattr(node, "spans", [])):
                    if (s, e) != tuple(node.span):
                        n = len(others) + 1
                        out.append(Value(f"{path}.spans[{i}]", s, e, raw[s:e], f"{tip} (occurrence {i + 1} of {n})"))
            if isinstance(node, Section):
                context = f"{node.heading} ({node.key})"
            for name in fields:
                walk(getattr(node, name), f"{path}.{name}" if path else name, context)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{path}[{i}]", f"{context}, item {i + 1} of {len(node)}" if context else "")

    walk(record, "", "")
    return out


def describe(node: Any, context: str = "") -> str:
    """The normalised value of a grounded object, as one line ("Russian Federation, RUS")."""
    if isinstance(node, State):
        return f"{node.name}, {node.code}"
    if isinstance(node, Organization):
        bits = [node.name + (f", {node.acronym}" if node.acronym and node.acronym != node.name else ""),
                node.kind.replace("_", " ")]
        return " · ".join(bits + ([node.country_code] if node.country_code else []))
    if isinstance(node, Place):
        return " · ".join([node.name, node.kind] + ([node.country_code] if node.country_code else []))
    if isinstance(node, Dates):
        when = node.start if node.start == node.end else f"{node.start} – {node.end}"
        return f"{when} ({node.precision})"
    if isinstance(node, Venue):
        return "online" if node.online else ", ".join(x for x in (node.city, node.country, node.country_code) if x)
    if isinstance(node, Event):
        return f"{node.kind}: {node.name}" if node.name else f"{node.kind} (no name)"
    if isinstance(node, RelatedEvent):
        dates = f" · {describe(node.dates)}" if node.dates else ""
        return f"{node.name or 'unnamed event'}{dates}"
    if isinstance(node, Resolution):
        return f"resolution {node.number}" + (f" ({node.year})" if node.year else "")
    if isinstance(node, Contact):
        return node.email + (f" · {node.name}" if node.name else "")
    if isinstance(node, Footnote):
        return f"footnote {node.marker}"
    return context or _short(node.text)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- highlighting -----------------------------------------------------------------------------

@dataclass(eq=False)
class Mark:
    """An element to wrap ``[start, end)`` in: ``first`` opens the first piece, ``again`` any
    continuation after a crossing span forced a split."""

    start: int
    end: int
    rank: int
    first: str
    again: str
    height: int = field(default=1)


def highlight_html(raw: str, marks: Sequence[Mark], blocks: Sequence[tuple[int, int, str]] = ()) -> str:
    """Escape ``raw`` and wrap every mark's span in elements that nest properly.

    ``blocks`` are ``(start, end, open tag)`` regions drawn as blocks (sections); they are taken
    in order, must not overlap, and are never split: a mark crossing a block edge is split instead.
    """
    out: list[str] = []
    started: set[int] = set()
    pos = 0
    for start, end, tag in sorted(blocks):
        start = max(start, pos)
        if end <= start:
            continue
        out.append(_inline(raw, marks, pos, start, started))
        out.append(tag + _inline(raw, marks, start, end, started) + "</span>")
        pos = end
    out.append(_inline(raw, marks, pos, len(raw), started))
    return "".join(out)


def _inline(raw: str, marks: Sequence[Mark], a: int, b: int, started: set[int]) -> str:
    """``raw[a:b]`` escaped with the marks clipped to it; a mark already started elsewhere reopens."""
    clipped = sorted(
        ((max(m.start, a), min(m.end, b), m.rank, i, m) for i, m in enumerate(marks)
         if m.start < b and m.end > a or m.start == m.end and a <= m.start < b or m.start == m.end == b == len(raw)),
        key=lambda t: (t[0], -t[1], t[2], t[3]))
    bounds = sorted({a, b} | {t[0] for t in clipped} | {t[1] for t in clipped})
    out: list[str] = []
    stack: list[tuple[int, Mark]] = []
    k, pos = 0, a
    for p in bounds:
        out.append(html.escape(raw[pos:p], quote=False))
        pos = p
        ending = [j for j, (e, _) in enumerate(stack) if e == p]
        if ending:
            popped = stack[ending[0]:]
            del stack[ending[0]:]
            out.append("</span>" * len(popped))
            for e, m in popped:
                if e > p:
                    out.append(m.again)
                    stack.append((e, m))
        while k < len(clipped) and clipped[k][0] == p:
            s, e, _, i, m = clipped[k]
            k += 1
            out.append(m.again if i in started else m.first)
            started.add(i)
            if e == p:
                out.append("</span>")
            else:
                stack.append((e, m))
    return "".join(out)


def _heights(marks: Sequence[Mark]) -> None:
    """Set each mark's height: 1 + the tallest mark it contains (outer underlines sit lower)."""
    order = sorted(marks, key=lambda m: (m.start, -m.end, m.rank))
    for i in range(len(order) - 1, -1, -1):
        m = order[i]
        inner = [o.height for o in order[i + 1:] if o.start < m.end and o.end <= m.end and o.start >= m.start]
        m.height = 1 + max(inner, default=0)


def _attr(value: object) -> str:
    return html.escape(str(value), quote=True)


def value_marks(values: Sequence[Value]) -> list[Mark]:
    """One mark per grounded value; the first piece is the focusable ``.hl`` element."""
    ranks = {f.key: i for i, f in enumerate(FIELDS)}
    marks = []
    for v in values:
        f = v.field
        common = (f'class="{{cls}} f-{f.abbr.lower()}" data-abbr="{f.abbr}" data-label="{_attr(f.label)}" '
                  f'data-tip="{_attr(v.tip)}"')
        first = ("<span " + common.format(cls="hl") + f' id="{v.anchor}" tabindex="0" data-field="{_attr(v.path)}" '
                 f'data-start="{v.start}" data-end="{v.end}" title="{_attr(f.label + ": " + v.tip)}">')
        again = "<span " + common.format(cls="hl-cont") + f' data-cont="{_attr(v.path)}">'
        marks.append(Mark(v.start, v.end, ranks.get(f.key, len(FIELDS)), first, again))
    return marks


def warning_marks(record: Record) -> list[Mark]:
    """A mark for each warning that has a span, outside the value highlights."""
    marks = []
    for i, w in enumerate(record.warnings):
        if w.span is None:
            continue
        s, e = w.span
        tip = _attr(f"{w.code}: {w.message}")
        first = (f'<span class="wmark" id="w-{i}" tabindex="0" data-warning="{_attr(w.code)}" data-start="{s}" '
                 f'data-end="{e}" data-abbr="WARN" data-tip="{tip}" title="Warning {tip}">')
        marks.append(Mark(s, e, -1, first, f'<span class="wmark-cont" data-abbr="WARN" data-tip="{tip}">'))
    return marks


def section_blocks(record: Record, raw: str) -> list[tuple[int, int, str]]:
    """Each section's extent widened to whole lines (and its line end), as a block region."""
    blocks = []
    for i, s in enumerate(record.sections):
        if not s.items:
            continue
        start = raw.rfind("\n", 0, s.span[0]) + 1
        nl = raw.find("\n", s.span[1])
        end = len(raw) if nl < 0 else nl + 1
        blocks.append((start, end, f'<span class="sec" id="s-{i}" tabindex="-1" data-section="{_attr(s.key)}" '
                                   f'data-heading="{_attr(_short(s.heading, 40))}">'))
    return blocks


# --- pages ------------------------------------------------------------------------------------

@cache
def _asset(name: str) -> str:
    return (files("noteparse") / "review_assets" / name).read_text(encoding="utf-8")


def _field_css() -> str:
    rules = []
    for f in FIELDS:
        line = "none" if f.style == "none" else f"{'3px' if f.style == 'double' else '2px'} {f.style} {f.line}"
        rules.append(f".f-{f.abbr.lower()}{{background:{f.background};border-bottom:{line}}}")
    return "\n".join(rules)


def _page(title: str, body: str, script: str = "") -> str:
    css = _asset("review.css") + "\n" + _field_css()
    js = f"<script>\n{_asset(script)}</script>\n" if script else ""
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n{js}</body>\n</html>\n")


def _height_classes(marks: Sequence[Mark]) -> None:
    for m in marks:
        h = f" h{min(m.height, 5)}"
        m.first = m.first.replace('class="hl ', f'class="hl{h} ', 1).replace('class="wmark"', f'class="wmark{h}"', 1)
        m.again = m.again.replace('class="hl-cont ', f'class="hl-cont{h} ', 1)


def note_page(record: Record, raw: str, *, name: str = "", index_href: str = "index.html") -> str:
    """One note's review page: highlighted text, legend, record tree and warnings."""
    values = grounded_values(record, raw)
    marks = value_marks(values) + warning_marks(record)
    _heights(marks)
    _height_classes(marks)
    text = highlight_html(raw, marks, section_blocks(record, raw))
    heading = record.event.name if record.event and record.event.name else name or "note"
    counts: dict[str, int] = {}
    for v in values:
        counts[v.field.abbr] = counts.get(v.field.abbr, 0) + 1
    body = f"""<header class="top">
<p><a href="{_attr(index_href)}">← all notes</a></p>
<h1>{html.escape(heading)}</h1>
<p class="meta">{html.escape(record.source.path or name)} · {record.source.chars:,} characters ·
<span id="count">{len(values)}</span> highlighted values · {len(record.warnings)} warning(s) ·
{html.escape(record.source.pipeline)}</p>
{_legend(counts)}
<p class="keys">Keys: <kbd>Tab</kbd> / <kbd>n</kbd> next value, <kbd>Shift+Tab</kbd> / <kbd>p</kbd> previous,
<kbd>Esc</kbd> back to the text. Hover or focus a value to see what it was read as.</p>
</header>
<div class="layout">
<main>
<div id="status" class="status" role="status" aria-live="polite">Hover or focus a highlighted value.</div>
<div class="raw" id="raw">{text}</div>
</main>
<aside class="panel" aria-label="Record">
{_warnings_html(record)}
<h2>Record</h2>
{_tree(record, values)}
</aside>
</div>"""
    return _page(f"{heading} — noteparse review", body, "note.js")


def _legend(counts: dict[str, int]) -> str:
    items = "".join(
        f'<li><span class="swatch f-{f.abbr.lower()}">{f.abbr}</span> {html.escape(f.label)} '
        f'<span class="n">({counts[f.abbr]})</span></li>'
        for f in FIELDS if f.abbr in counts)
    return (f'<details class="legend" open><summary>Legend</summary><ul>{items}'
            f'<li><span class="swatch sec-swatch">§</span> section extent (left bar)</li>'
            f'<li><span class="swatch warn-swatch">WARN</span> warning</li></ul></details>')


def _warnings_html(record: Record) -> str:
    if not record.warnings:
        return '<h2>Warnings</h2>\n<p class="none">No warnings.</p>'
    items = []
    for i, w in enumerate(record.warnings):
        where = (f' <a href="#w-{i}" class="jump">[{w.span[0]}, {w.span[1]})</a>' if w.span is not None
                 else ' <span class="none">(no span)</span>')
        items.append(f"<li><code>{html.escape(w.code)}</code> {html.escape(w.message)}{where}</li>")
    return f'<h2>Warnings</h2>\n<ul class="warnings">{"".join(items)}</ul>'


def _tree(record: Record, values: Sequence[Value]) -> str:
    """The record as nested ``<details>``; each grounded object's summary links to its highlight."""
    by_path = {v.path: v for v in values}
    data = record.model_dump(mode="json")

    def scalar(v: Any) -> str:
        return f'<span class="v">{html.escape(json.dumps(v, ensure_ascii=False))}</span>'

    def link(path: str, label: str) -> str:
        return f'<a href="#{anchor(path)}" class="jump">{html.escape(label)}</a>'

    def node(key: str, v: Any, path: str, depth: int) -> str:
        k = f'<span class="k">{html.escape(key)}</span>'
        if isinstance(v, dict):
            grounded = by_path.get(path)
            summary = k + (f": {link(path, _short(grounded.text, 60))} → {html.escape(grounded.tip)}" if grounded else "")
            if not grounded and "heading" in v and re.fullmatch(r"sections\[\d+\]", path):
                summary += f': <a href="#s-{path[9:-1]}" class="jump">{html.escape(_short(v["heading"], 50))}</a> ({v["key"]})'
            elif not grounded and "code" in v and "message" in v:
                summary += f": <code>{html.escape(v['code'])}</code>"
            inner = "".join(node(ck, cv, f"{path}.{ck}", depth + 1) for ck, cv in v.items()
                            if not (ck == "text" and grounded))
            return f"<li><details{' open' if depth == 0 else ''}><summary>{summary}</summary><ul>{inner}</ul></details></li>"
        if isinstance(v, list) and key == "spans":
            parent = path.rsplit(".", 1)[0]
            own = by_path.get(parent)
            links = ", ".join(link(f"{path}[{i}]" if f"{path}[{i}]" in by_path else parent, f"[{s}, {e})")
                              for i, (s, e) in enumerate(v)) if own else html.escape(json.dumps(v))
            return f"<li>{k}: {links or '[]'}</li>"
        if isinstance(v, list):
            if not v:
                return f"<li>{k}: <span class=\"v\">[]</span></li>"
            inner = "".join(node(f"[{i}]", cv, f"{path}[{i}]", depth + 1) for i, cv in enumerate(v))
            return f"<li><details{' open' if depth == 0 else ''}><summary>{k} ({len(v)})</summary><ul>{inner}</ul></details></li>"
        if key == "span" and isinstance(v, list):
            parent = path.rsplit(".", 1)[0]
            return f"<li>{k}: {link(parent, f'[{v[0]}, {v[1]})') if parent in by_path else scalar(v)}</li>"
        return f"<li>{k}: {scalar(v)}</li>"

    items = "".join(node(k, v, k, 0 if k not in ("source",) else 1) for k, v in data.items())
    return f'<ul class="tree">{items}</ul>'


@dataclass
class NoteResult:
    """One input of the site: its page name, and a record with its raw text, or the error."""

    path: Path
    page: str
    record: Record | None = None
    raw: str = ""
    error: str | None = None


def find_notes(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Note files from files and folders (``*.txt``, recursive, sorted); a path that is neither is
    kept, so that it shows up as a failed note."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        out += sorted(q for q in p.rglob("*.txt") if q.is_file()) if p.is_dir() else [p]
    return out


def collect_notes(paths: Iterable[str | os.PathLike[str]], pipeline: Any = None) -> list[NoteResult]:
    """Parse every note found in ``paths``; a note that fails carries its error instead of a record."""
    from .pipeline import Pipeline
    from .reading import read_note

    pipeline = pipeline or Pipeline()
    results: list[NoteResult] = []
    taken: set[str] = set()
    for path in find_notes(paths):
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem) or "note"
        page, n = f"{stem}.html", 1
        while page.lower() in taken or page == "index.html":
            n += 1
            page = f"{stem}-{n}.html"
        taken.add(page.lower())
        try:
            note = read_note(path)
            results.append(NoteResult(path, page, pipeline.parse_note(note), note.text))
        except NoteParseError as exc:
            results.append(NoteResult(path, page, error=str(exc)))
    return results


def index_page(results: Sequence[NoteResult]) -> str:
    """The table of all notes, sortable (header buttons) and filterable (text box)."""
    rows = []
    for r in results:
        rec = r.record
        if rec is None:
            rows.append(f'<tr class="failed"><td>{html.escape(r.path.name)}</td><td colspan="6">'
                        f'<strong>failed:</strong> {html.escape(r.error or "")}</td>'
                        f'<td>{html.escape(str(r.path))}</td></tr>')
            continue
        event = rec.event.name if rec.event and rec.event.name else (rec.event.kind if rec.event else "")
        dates = describe(rec.dates).split(" (")[0] if rec.dates else ""
        venue = describe(rec.venue) if rec.venue else ""
        p = rec.participants
        rows.append(
            f'<tr><td><a href="{_attr(r.page)}">{html.escape(r.path.name)}</a></td><td>{html.escape(event)}</td>'
            f'<td class="date" data-sort="{_attr(rec.dates.start if rec.dates else "")}">{html.escape(dates)}</td>'
            f"<td>{html.escape(venue)}</td><td class=\"num\">{len(p.states)}</td>"
            f'<td class="num">{len(p.organizations)}</td><td class="num">{len(rec.warnings)}</td>'
            f"<td>{html.escape(str(r.path))}</td></tr>")
    heads = ["Note", "Event", "Dates", "Venue", "States", "Organizations", "Warnings", "Path"]
    tips = {"States": "participating States", "Organizations": "participating organizations"}
    th = "".join(f'<th scope="col" aria-sort="none"><button type="button" title="{tips.get(h, "sort by " + h.lower())}">'
                 f'{h}<span class="arrow" aria-hidden="true"></span></button></th>' for h in heads)
    failed = sum(r.record is None for r in results)
    body = f"""<header class="top"><h1>noteparse review</h1>
<p class="meta">{len(results)} note(s), {failed} failed. Click a note to see every extracted value in its text;
click a column header to sort.</p>
<p><label for="filter">Filter notes</label> <input id="filter" type="search" placeholder="event, venue, path…"
autocomplete="off"> <span id="shown" role="status" aria-live="polite">{len(results)} shown</span></p></header>
<main><table id="notes"><thead><tr>{th}</tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table></main>"""
    return _page("noteparse review", body, "index.js")


def write_site(results: Sequence[NoteResult], out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write ``index.html`` and a page per parsed note into ``out_dir``; returns the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "index.html"]
    written[0].write_text(index_page(results), encoding="utf-8")
    for r in results:
        if r.record is not None:
            target = out / r.page
            target.write_text(note_page(r.record, r.raw, name=r.path.name), encoding="utf-8")
            written.append(target)
    return written


def build_site(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str],
               pipeline: Any = None) -> list[Path]:
    """Parse the notes in ``paths`` (files or folders of ``*.txt``) and write the review site into
    ``out_dir``: index first, then one page per parsed note. Prints nothing; a failed note is a row
    of the index with its error."""
    return write_site(collect_notes(paths, pipeline), out_dir)


# --- golden diff page -------------------------------------------------------------------------

def _resolve(data: Any, path: str) -> Any:
    from .golden import MISSING

    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            i = int(part[1:-1])
            data = data[i] if isinstance(data, list) and i < len(data) else MISSING
        else:
            data = data.get(part, MISSING) if isinstance(data, dict) else MISSING
        if data is MISSING:
            break
    return data


def _unit(path: str) -> str:
    """The object a change belongs to: the path up to its last list index (or its top-level key)."""
    m = list(re.finditer(r"\[\d+\]", path))
    return path[: m[-1].end()] if m else path.split(".")[0]


def _json_lines(value: Any, path: str, changed: set[str], side: str, indent: int = 0) -> str:
    from .golden import MISSING

    pad = "  " * indent
    if isinstance(value, dict):
        inner = "".join(f"{pad}  {html.escape(json.dumps(k))}: " + _json_lines(v, f"{path}.{k}", changed, side, indent + 1)
                        for k, v in value.items())
        return "{\n" + inner + pad + "}\n"
    if isinstance(value, list) and any(isinstance(x, (dict, list)) for x in value):
        inner = "".join(pad + "  " + _json_lines(v, f"{path}[{i}]", changed, side, indent + 1) for i, v in enumerate(value))
        return "[\n" + inner + pad + "]\n"
    shown = "missing" if value is MISSING else html.escape(json.dumps(value, ensure_ascii=False))
    if path in changed or value is MISSING:
        sign = "−" if side == "old" else "+"
        tag = "del" if side == "old" else "ins"
        return f'<{tag} class="chg"><span class="sign">{sign}</span>{shown}</{tag}>\n'
    return shown + "\n"


def check_page(results: Sequence[Any], *, raw_dir: str = "", data_dir: str = "") -> str:
    """The golden-vs-new diff of :func:`noteparse.golden.check` results as one HTML page: for each
    changed note, golden and new side by side per changed object, changed values marked."""
    parts = []
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
        if r.status == "same":
            continue
        parts.append(f'<section class="note-diff" id="{_attr(r.stem)}"><h2>{html.escape(r.stem)} '
                     f'<span class="status-{r.status}">{r.status}</span></h2>')
        if r.status == "changed":
            parts.append(_changed_html(r, data_dir))
        elif r.status == "new":
            parts.append(f"<p>No golden record yet; the new record has "
                         f"{len(r.record.participants.states) if r.record else 0} participating State(s).</p>")
        else:
            parts.append(f"<p>{html.escape(r.error or '')}</p>")
        parts.append("</section>")
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    body = (f'<header class="top"><h1>Golden check</h1><p class="meta">{html.escape(raw_dir)} vs '
            f'{html.escape(data_dir)}: {len(results)} note(s): {html.escape(summary)}. '
            f'Removed values are struck through and marked −, new ones underlined and marked +.</p></header>'
            f"<main>{''.join(parts) or '<p>Every record equals its golden.</p>'}</main>")
    return _page("noteparse check", body)


def _changed_html(r: Any, data_dir: str) -> str:
    old_all: Any = {}
    golden = Path(data_dir) / f"{r.stem}.json" if data_dir else None
    if golden is not None and golden.is_file():
        old_all = json.loads(golden.read_text(encoding="utf-8"))
    new_all = json.loads(r.record.to_json()) if r.record is not None else {}
    units: dict[str, list[Any]] = {}
    for c in r.changes:
        units.setdefault(_unit(c.path), []).append(c)
    rows = []
    for unit, changes in units.items():
        changed = {c.path for c in changes}
        old = _resolve(old_all, unit) if old_all else None
        new = _resolve(new_all, unit) if new_all else None
        if old is None or new is None:  # no files at hand: show the leaves only
            old_html = "".join(_json_lines(c.old, c.path, changed, "old") for c in changes)
            new_html = "".join(_json_lines(c.new, c.path, changed, "new") for c in changes)
        else:
            old_html = _json_lines(old, unit, changed, "old")
            new_html = _json_lines(new, unit, changed, "new")
        rows.append(f'<tr><th scope="row"><code>{html.escape(unit)}</code><br><span class="n">'
                    f'{len(changes)} change(s)</span></th><td><pre>{old_html}</pre></td><td><pre>{new_html}</pre></td></tr>')
    return ('<table class="diff"><thead><tr><th scope="col">where</th><th scope="col">golden</th>'
            f'<th scope="col">new</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def write_check_page(results: Sequence[Any], path: str | os.PathLike[str], *, raw_dir: str = "",
                     data_dir: str = "") -> Path:
    """Write :func:`check_page` to ``path`` (folders created); returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(check_page(results, raw_dir=str(raw_dir), data_dir=str(data_dir)), encoding="utf-8")
    return target
