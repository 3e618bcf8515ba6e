"""Pipeline: the stages in order — read, split sections, tag, extract, normalise, validate.

``Pipeline.__call__`` reads as the whole story:

1. **read** — bytes were decoded by :mod:`noteparse.reading`; offsets index that text;
2. **split** — :func:`~noteparse.sections.split_sections`: title, header fields, sections, footnotes;
3. **tag** — spaCy (built once, :mod:`noteparse.nlp`) over the cleaned view of the text;
4. **extract** — mentions, event, dates, venue, parties, related events, references;
5. **normalise and validate** — the values become a :class:`~noteparse.record.Record`.
"""

from __future__ import annotations

import hashlib
import os
from typing import Iterable, Iterator

from . import __version__
from .context import Context
from .disk_cache import package_fingerprint
from .errors import NoteParseError
from .events import find_dates_value, find_event, find_related_events, find_venue, online_for_a_webinar
from .mentions import Mention, MentionSet, find_mentions
from .nlp import build_nlp, tag
from .parties import find_organizers, find_participants
from .organizations import organ_name
from .reading import DEFAULT_MAX_BYTES, QUOTED_PRINTABLE, Note, read_note
from .markup import strip_emphasis
from .line_ends import plain_line_ends
from .record import Mentions, Record, Section, Source, Text, Warning_, regrounded
from .references import find_contacts, find_footnotes, find_resolutions
from .columns import read_down_columns
from .html_source import strip_tags
from .icalendar import unfold
from .subtitles import read_subtitles
from .tracked_changes import accept_changes
from .sections import Layout, label_spans, split_sections
from .sentences import sentence_spans
from .textview import make_view

_PLACE_KINDS = {"city": "city", "region": "region", "continent": "region"}
_UNICODE_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-32"})


class Pipeline:
    """Build once (the spaCy pipeline is loaded here), call per note.

    ``Pipeline()`` runs rule-based NER on a blank English pipeline; ``Pipeline(model="en_core_web_sm")``
    loads that trained pipeline and adds its organization and place entities to the rules'.
    Raises ModelError when the named pipeline is not installed.
    """

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self.nlp = build_nlp(model)
        self.version = f"noteparse {__version__}+{package_fingerprint()} ({model or 'rules'})"

    def __call__(self, text: str, *, path: str | None = None, encoding: str = "utf-8",
                 sha256: str | None = None) -> Record:
        """Parse one note's text into a validated record. Never raises on text; see :meth:`parse_file`.

        A note with Markdown emphasis ("**Ghana**, **Togo**") is read without it, a page in two
        columns column by column, a calendar export unfolded, a page's HTML source as its text and
        a subtitle file as its speech, a draft as if its tracked changes were accepted, Windows line
        ends as newlines; the record's spans are mapped back to ``text`` (:mod:`noteparse.line_ends`,
        :mod:`noteparse.markup`, :mod:`noteparse.columns`, :mod:`noteparse.icalendar`,
        :mod:`noteparse.html_source`, :mod:`noteparse.subtitles`, :mod:`noteparse.tracked_changes`)."""
        source = Source(path=path, sha256=sha256 or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                        chars=len(text), encoding=encoding, pipeline=self.version)
        ends = plain_line_ends(text)  # a note saved on Windows reads as the same note with "\n"
        if ends is not None:
            return regrounded(self._read_as_text(ends.text, source), text, ends.to_raw)
        return self._read_as_text(text, source)

    def _read_as_text(self, text: str, source: Source) -> Record:
        # a calendar export, a page's HTML source, captions, a draft's tracked changes
        for read_as_text in (unfold, strip_tags, read_subtitles, accept_changes):
            plain = read_as_text(text)
            if plain is not None:
                return regrounded(self._in_columns(plain.text, source), text, plain.to_raw)
        return self._in_columns(text, source)

    def _in_columns(self, text: str, source: Source) -> Record:
        columns = read_down_columns(text)
        if columns is not None:
            record = regrounded(self._without_emphasis(columns.text, source), text, columns.to_raw)
            record.warnings += [Warning_(code="two_columns", message="a page in two columns, read column by column",
                                         span=span) for span in columns.blocks]
            return record
        return self._without_emphasis(text, source)

    def _without_emphasis(self, text: str, source: Source) -> Record:
        stripped = strip_emphasis(text)
        if stripped is None:
            return self._record(text, source)
        return regrounded(self._record(stripped.text, source), text, stripped.to_raw)

    def _record(self, text: str, source: Source) -> Record:
        layout = split_sections(text)
        view = make_view(text, layout.label_gaps)
        doc = tag(self.nlp, view.clean)
        mentions = find_mentions(doc, view, extra_ents=self.model is not None, skip=label_spans(text, layout))
        ctx = Context(text, layout, view, mentions, sentence_spans(view))
        dates, date_match = find_dates_value(ctx)
        venue = find_venue(ctx, date_match)
        event = find_event(ctx, date_match)
        venue = venue or online_for_a_webinar(ctx, event)
        organizers = find_organizers(ctx, date_match, event.kind if event else None,
                                     venue.country_code if venue and (venue.city or not venue.online) else None)
        return Record(
            source=source,
            document_type="information_note" if layout.is_information_note else "free_text",
            title=Text(text=layout.title.text, span=(layout.title.start, layout.title.end)) if layout.title else None,
            event=event,
            dates=dates,
            venue=venue,
            organizers=organizers,
            participants=find_participants(ctx, organizers, venue.country_code if venue else None, date_match),
            sections=sections_of(layout, text),
            related_events=find_related_events(ctx, date_match, dates),
            resolutions=find_resolutions(text, view),
            contacts=find_contacts(text),
            footnotes=find_footnotes(layout),
            mentions=mentions_of(ctx.mentions),
            warnings=[Warning_(code=c, message=m, span=s) for c, m, s in ctx.warnings],
        )

    def parse_note(self, note: Note) -> Record:
        """Parse a decoded :class:`~noteparse.reading.Note`; a note that was not Unicode (read as
        Windows-1252) gets a ``legacy_encoding`` warning."""
        record = self(note.text, path=note.path, encoding=note.encoding, sha256=note.sha256)
        if note.encoding.endswith(QUOTED_PRINTABLE):
            record.warnings.append(Warning_(code="quoted_printable", message="an e-mail body in quoted-printable: "
                                            "decoded, so spans index the decoded text"))
        if note.encoding.removesuffix(QUOTED_PRINTABLE) not in _UNICODE_ENCODINGS:
            record.warnings.append(Warning_(code="legacy_encoding", message=f"not Unicode: decoded as {note.encoding} "
                                            "(Windows-1252, a superset of Latin-1); check accented letters"))
        return record

    def parse_file(self, path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> Record:
        """Read, decode and parse one file. Raises a NoteParseError subclass on bad input."""
        return self.parse_note(read_note(path, max_bytes=max_bytes))

    def pipe(self, texts: Iterable[str]) -> Iterator[Record]:
        """Parse many texts, in order."""
        for text in texts:
            yield self(text)


def sections_of(layout: Layout, raw: str) -> list[Section]:
    """The record's sections: items grounded, span their extent and text the raw text there
    (grounded like every value: page debris and bullets included; the items leave them out).

    Items and mentions go to pydantic as dicts: validated the same, in one call per section (or
    per list) rather than one per item.
    """
    out = []
    for s in layout.sections:
        items = [{"text": p.text, "span": (p.start, p.end)} for p in s.items]
        span = (s.items[0].start, s.items[-1].end) if s.items else (s.heading.end, s.heading.end)
        out.append(Section(key=s.key, heading=s.heading.text, text=raw[span[0]:span[1]], items=items, span=span))
    return out


def mentions_of(found: MentionSet) -> Mentions:
    """Every State, organization and place once, in order of first mention, with all spans.

    "Government of X" names the State X acting: X is among the States, and the government is an
    organizer when it organizes, but it is not listed again among the organizations (its
    ministries and agencies are).
    """
    return Mentions(
        states=[{"name": m.name, "code": m.key, "text": m.text, "span": (m.start, m.end), "spans": spans}
                for m, spans in _grouped(found.states)],
        organizations=[{"name": m.name, "acronym": m.acronym, "kind": m.org_kind, "country_code": m.code,
                        "text": m.text, "span": (m.start, m.end), "spans": spans, "organ_of": organ_name(m.key, m.name)}
                       for m, spans in _grouped(found.orgs) if not m.key.startswith("gov:")],
        places=[{"name": m.name, "kind": _PLACE_KINDS.get(m.kind, "other"), "country_code": m.code, "text": m.text,
                 "span": (m.start, m.end), "spans": spans} for m, spans in _grouped(found.places)],
    )


def _grouped(mentions: list[Mention]) -> list[tuple[Mention, list[tuple[int, int]]]]:
    first: dict[str, Mention] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        first.setdefault(m.key, m)
        spans.setdefault(m.key, []).append((m.start, m.end))
    return [(m, spans[k]) for k, m in first.items()]


__all__ = ["Pipeline", "NoteParseError"]
