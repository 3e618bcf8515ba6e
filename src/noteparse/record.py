"""The record contract (v1) as pydantic models: the one definition of the record and its JSON Schema.

Every model forbids extra keys. A value that comes from the text carries ``text`` and a half-open
``span`` into the raw note; :func:`grounding_errors` checks them all against the raw text.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache
from typing import Annotated, Any, Callable, Iterator, Literal, get_args

import pycountry
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"


def _check_span(span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    if start < 0 or end < start:
        raise ValueError(f"span {list(span)} is not a half-open range [start, end) with 0 <= start <= end")
    return span


def _check_alpha3(code: str) -> str:
    if code not in _alpha3_codes():  # exact: pycountry's own lookup would also accept "tkm"
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 code")
    return code


@cache
def _alpha3_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, from pycountry; a set lookup, where ``countries.get`` took 3 µs
    for each of the dozens of codes a record holds."""
    return frozenset(c.alpha_3 for c in pycountry.countries)


def _check_iso_date(value: str) -> str:
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None
    return value


def _one_line(value: str) -> str:
    """A value read across a line break ("Puerto\\n             Wilches") is one name, spaced once."""
    return " ".join(value.split())


Span = Annotated[tuple[int, int], AfterValidator(_check_span)]
Alpha3 = Annotated[str, AfterValidator(_check_alpha3)]
IsoDate = Annotated[str, AfterValidator(_check_iso_date)]
OneLine = Annotated[str, AfterValidator(_one_line)]

EventKind = Literal[
    "workshop", "seminar", "conference", "meeting", "course", "exercise", "roundtable", "webinar", "visit", "other"
]
OrgKind = Literal["international_organization", "un_body", "government", "ngo", "academic", "other"]
SectionKey = Literal[
    "objectives", "background", "highlights", "summary", "outcomes", "follow_up", "additional_comments", "other"
]
PlaceKind = Literal["city", "region", "other"]


class Model(BaseModel):
    """Base of all record models: no extra keys, immutable field names."""

    model_config = ConfigDict(extra="forbid")


class Text(Model):
    """A piece of the note as written: ``raw[span[0]:span[1]] == text``."""

    text: str
    span: Span


class Source(Model):
    """Where the record came from; ``sha256`` + ``pipeline`` let a batch skip unchanged notes."""

    path: str | None = None
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    chars: int = Field(ge=0)
    encoding: str = "utf-8"
    pipeline: str = Field(description="noteparse version and model that made the record, e.g. 'noteparse 0.1.0 (rules)'")


class Event(Text):
    """The main event: its name cleaned of conversion artifacts (None when the note only describes
    the event, "a regional workshop"), and what kind of event it is."""

    name: str | None = None
    kind: EventKind


class Dates(Text):
    """An ISO date range; a one-day event has start == end."""

    start: IsoDate
    end: IsoDate
    precision: Literal["day", "month", "year"]

    @model_validator(mode="after")
    def _end_not_before_start(self) -> "Dates":
        if self.end < self.start:
            raise ValueError(f"dates end {self.end} is before start {self.start}")
        return self


class Venue(Text):
    """Where the event took place: a city and country, or online."""

    city: OneLine | None = None
    country: str | None = None
    country_code: Alpha3 | None = None
    online: bool = False


class State(Text):
    """A State: UN short name and ISO 3166-1 alpha-3 code. ``spans`` lists every occurrence."""

    name: str
    code: Alpha3
    spans: list[Span] = Field(default_factory=list)


class OrganizationName(Model):
    """An organization by name alone: canonical name and acronym from the registry."""

    name: str
    acronym: str | None = None


class Organization(Text):
    """An organization: canonical name and acronym from the registry, or its own text when unknown.
    ``organ_of``: the organization it acts for, when the registry knows it as that one's organ
    ("ECOWAS Commission" → ECOWAS, "ASEAN Secretariat" → ASEAN), or the university whose unit it is
    ("Department of Chemistry of the University of Dhaka"): analysts name either."""

    name: str
    acronym: str | None = None
    kind: OrgKind = "other"
    country_code: Alpha3 | None = None
    spans: list[Span] = Field(default_factory=list)
    organ_of: OrganizationName | None = None


Party = Organization


class Place(Text):
    """A place that is not a State: a city or a region ("Central Asia" is never a State)."""

    name: str
    kind: PlaceKind
    country_code: Alpha3 | None = None
    spans: list[Span] = Field(default_factory=list)


class Participants(Model):
    """Who took part: as the note lists them, then the hosts and organizers it does not list (a host State,
    an organizing international body or, for civil society, an academic or NGO one)."""

    states: list[State] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    civil_society: list[Text] = Field(default_factory=list)
    other: list[Text] = Field(default_factory=list)


class Section(Model):
    """A body section. ``items`` are its grounded blocks (bullets or paragraphs), footnotes and page
    debris left out; ``span`` is their extent and ``text`` the raw text there."""

    key: SectionKey
    heading: str
    text: str
    items: list[Text] = Field(default_factory=list)
    span: Span


class RelatedEvent(Text):
    """Another event the note refers to (an earlier workshop, a follow-up), with what it says of it."""

    name: str | None = None
    dates: Dates | None = None
    venue: Venue | None = None


class Resolution(Text):
    """A Security Council resolution, e.g. ``resolution 1540 (2004)`` -> 1540, 2004."""

    number: int
    year: int | None = None
    spans: list[Span] = Field(default_factory=list)


class Contact(Text):
    """An e-mail address and, when the note says, whom it reaches."""

    email: str
    name: str | None = None


class Footnote(Text):
    """A footnote: its marker (``¹``, ``1``, ``*``) and its text (``text`` is the body after the marker)."""

    marker: str


class Mentions(Model):
    """Every State, organization and other place named anywhere, once each, with all spans.

    A government ("Government of Egypt") is its State here; its ministries and agencies are organizations.
    """

    states: list[State] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)


class Warning_(Model):
    """Something inferred or doubtful: a year taken from context, a country taken from a city."""

    model_config = ConfigDict(extra="forbid", title="Warning")

    code: str
    message: str
    span: Span | None = None


class Record(Model):
    """One note in, one record out (contract v1)."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    document_type: Literal["information_note", "free_text"]
    title: Text | None = None
    event: Event | None = None
    dates: Dates | None = None
    venue: Venue | None = None
    organizers: list[Party] = Field(default_factory=list)
    participants: Participants = Field(default_factory=Participants)
    sections: list[Section] = Field(default_factory=list)
    related_events: list[RelatedEvent] = Field(default_factory=list)
    resolutions: list[Resolution] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    mentions: Mentions = Field(default_factory=Mentions)
    warnings: list[Warning_] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_inside_text(self) -> "Record":
        if max(_span_ends(self), default=0) <= self.source.chars:
            return self
        for path, span in iter_spans(self):
            if span[1] > self.source.chars:
                raise ValueError(f"{path}: span {list(span)} ends past the text ({self.source.chars} chars)")
        return self

    def to_json(self) -> str:
        """The record as deterministic, indented JSON (keys in model order, each span on one line)."""
        return _SPAN_LINES.sub(_span_line, self.model_dump_json(indent=2)) + "\n"


_SPAN_LINES = re.compile(r"\[\s*(\d+),\s*(\d+)\s*\]")


def _span_line(m: re.Match[str]) -> str:
    # A function, not the template r"[\1, \2]": Python 3.11 expands templates in Python, twice as slow.
    return f"[{m[1]}, {m[2]}]"


def iter_spans(node: Any, path: str = "") -> Iterator[tuple[str, tuple[int, int]]]:
    """Yield ``(dotted path, span)`` for every span in a record, ``spans`` lists included."""
    if isinstance(node, BaseModel):
        for name, role in _span_fields(type(node)):
            value = getattr(node, name)
            where = f"{path}.{name}" if path else name
            if role == "span":
                if value is not None:
                    yield where, value
            elif role == "spans":
                for i, span in enumerate(value):
                    yield f"{where}[{i}]", span
            elif value is not None:
                yield from iter_spans(value, where)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from iter_spans(item, f"{path}[{i}]")


def _span_ends(node: Any) -> Iterator[int]:
    """The end of every span in a model or list: :func:`iter_spans` without the paths, for the
    validator's quick check (paths are built only to name a span that fails it). Only the fields
    that can hold a span are read (:func:`_span_fields`): a record has hundreds of plain ones."""
    if isinstance(node, BaseModel):
        for name, role in _span_fields(type(node)):
            value = getattr(node, name)
            if role == "span":
                if value is not None:
                    yield value[1]
            elif role == "spans":
                yield from (span[1] for span in value)
            elif value is not None:
                yield from _span_ends(value)
    else:
        for item in node:
            yield from _span_ends(item)


@cache
def _span_fields(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """The fields of ``model`` that hold a span ("span"), a list of spans ("spans") or models
    that may hold spans ("nested"), in field order."""
    out = []
    for name, info in model.model_fields.items():
        if name in ("span", "spans"):
            out.append((name, name))
        elif _holds_model(info.annotation):
            out.append((name, "nested"))
    return tuple(out)


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in get_args(annotation))


_GROUNDED = (Text, Section)
"""The models whose ``text`` is the raw text at their ``span``."""


def regrounded(record: Record, raw: str, to_raw: Callable[[int, int], tuple[int, int]]) -> Record:
    """``record``, read from another text than ``raw`` (the note without its emphasis), with every
    span mapped by ``to_raw`` and every grounded ``text`` taken from ``raw`` there, in place.

    Not validated again: ``to_raw`` keeps each span's order and ends within ``raw``, and a text is
    ``raw`` at its span, so what the validators checked still holds (a dump and a second validation
    cost a tenth of the parse)."""

    def walk(node: Any) -> None:
        if isinstance(node, BaseModel):
            values = node.__dict__  # a model's field values; setting them here skips pydantic's slow __setattr__
            for name, role in _span_fields(type(node)):
                value = values[name]
                if value is None:
                    continue
                if role == "span":
                    values[name] = to_raw(*value)
                elif role == "spans":
                    values[name] = [to_raw(*span) for span in value]
                else:
                    walk(value)
            if isinstance(node, _GROUNDED):
                start, end = values["span"]
                values["text"] = raw[start:end]
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(record)
    return record


def grounding_errors(record: Record, raw: str) -> list[str]:
    """Every value whose ``text`` is not ``raw[start:end]``; an empty list means fully grounded."""
    errors: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, BaseModel):
            fields = type(node).model_fields
            if "text" in fields and "span" in fields:
                start, end = node.span
                if raw[start:end] != node.text:
                    errors.append(f"{path}: {node.text!r} != raw[{start}:{end}] {raw[start:end]!r}")
            for name in fields:
                walk(getattr(node, name), f"{path}.{name}" if path else name)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{path}[{i}]")

    walk(record, "")
    return errors
