"""Property tests (hypothesis): invariants that hold for any text, not just our examples.

For arbitrary text the pipeline raises nothing but NoteParseError, every span is grounded, the
record validates and round-trips through JSON, and parsing is deterministic; so do header blocks
whose labels come in any order (an "End date:" above its "Start date:" once made a backward span). Real notes mutated
the way conversions mangle them (lines shuffled, sections dropped, labels re-cased, markdown and
bullets injected, CRLF, NBSP, page numbers) never crash the sectioner, whose pieces stay grounded.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noteparse.errors import NoteParseError
from noteparse.pipeline import Pipeline
from noteparse.record import Record, grounding_errors
from noteparse.sections import split_sections

SAMPLE = (Path(__file__).resolve().parents[1] / "raw" / "information-note-ashgabat-2012.txt").read_text(encoding="utf-8")
WORDS = sorted(set(SAMPLE.split()))
JOINERS = [" ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", ", ", ": ", " – ", "-", "(", ")", "**", "*", "• ", "¹"]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def pipeline() -> Pipeline:
    return Pipeline()


note_like = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(JOINERS)), max_size=120).map(
    lambda parts: "".join(w + j for w, j in parts))
CALENDAR_PIECES = ["BEGIN:VEVENT\n", "END:VEVENT\n", "BEGIN:VALARM\n", "END:VALARM\n", "DTSTART:20260224T130000\n",
                   "DTEND;VALUE=DATE:20260226\n", "DTSTART:2026\n", "SUMMARY:", "DESCRIPTION:", "UID:x\n", "\\n", "\\,",
                   "\\", "\r\n ", "\n\t", "\n"]
calendar_like = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(CALENDAR_PIECES)), max_size=80).map(
    lambda parts: "BEGIN:VEVENT\n" + " ".join(parts))  # an export, folded and escaped anywhere
HTML_PIECES = ["<p>", "</p>", "<li>", "</li>", "<br>", "<td>", "<script>", "</script>", "<!--", "-->", "&amp;",
               "&nbsp;", "&#8211;", "&bogus;", "<b>", "</b>", "<div class=\"x\">", "\n", "  "]
html_like = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(HTML_PIECES)), max_size=80).map(
    lambda parts: "<html><body><div><p>" + " ".join(parts) + "</p></div></body></html>")  # a page's source
any_text = st.one_of(st.text(max_size=200), note_like, calendar_like, html_like,
                     st.text(alphabet=st.sampled_from("aA1-–(),.:;*•\n\r\t \u00a0¹/"), max_size=300))


def _parse(text: str) -> Record | None:
    try:
        return pipeline()(text)
    except NoteParseError:
        return None


@FAST
@given(any_text)
def test_properties_parsing_raises_only_noteparse_errors_and_grounds_every_span(text: str) -> None:
    record = _parse(text)
    if record is not None:
        assert grounding_errors(record, text) == []
        assert record.source.chars == len(text)


@FAST
@given(any_text)
def test_properties_record_validates_and_round_trips(text: str) -> None:
    record = _parse(text)
    if record is not None:
        assert Record.model_validate_json(record.to_json()) == record


@FAST
@given(any_text)
def test_properties_parsing_is_deterministic(text: str) -> None:
    first, second = _parse(text), _parse(text)
    assert (first and first.to_json()) == (second and second.to_json())


# -- the sectioner on mutated real notes -------------------------------------------------------------

LINES = SAMPLE.splitlines()
ARTIFACTS = ["**", "*", "• ", "- ", "◦ ", "▪ ", "\u00a0", "  ", "\t"]
PAGE_NUMBERS = ["12", "- 3 -", "Page 2 of 4", "2/5", "\f"]


@st.composite
def mutated_notes(draw: st.DrawFn) -> str:
    """The sample note with a few of the damages a PDF or Word conversion does."""
    lines = list(LINES)
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    for _ in range(draw(st.integers(0, 3))):  # drop a block of lines (a section, a header field)
        if lines:
            start = draw(st.integers(0, len(lines) - 1))
            del lines[start:start + draw(st.integers(1, 8))]
    recase = draw(st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase]))
    lines = [recase(ln[:ln.index(":")]) + ln[ln.index(":"):] if ":" in ln[:40] else ln for ln in lines]
    for _ in range(draw(st.integers(0, 6))):  # inject markdown, bullets and spaces
        if lines:
            i = draw(st.integers(0, len(lines) - 1))
            cut = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:cut] + draw(st.sampled_from(ARTIFACTS)) + lines[i][cut:]
    for _ in range(draw(st.integers(0, 2))):  # page numbers between lines
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(PAGE_NUMBERS)))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(lines)


def _pieces(layout) -> list:  # type: ignore[no-untyped-def]
    pieces = [layout.title] if layout.title else []
    pieces += [p for f in layout.fields for p in (f.label, f.value)]
    pieces += [p for s in layout.sections for p in (s.heading, *s.items)]
    pieces += [f.body for f in layout.footnotes] + list(layout.paragraphs)
    return pieces


@settings(max_examples=150, deadline=None)
@given(mutated_notes())
def test_properties_sectioner_never_crashes_on_mutated_notes(text: str) -> None:
    layout = split_sections(text)
    for piece in _pieces(layout):
        assert text[piece.start:piece.end] == piece.text


@FAST
@given(mutated_notes())
def test_properties_mutated_notes_parse_grounded(text: str) -> None:
    record = _parse(text)
    assert record is not None and grounding_errors(record, text) == []


# -- header fields in any order ---------------------------------------------------------------------

LABELS = ["Event", "Title", "Organizers", "Hosted by", "Date and Venue", "Dates", "Date", "When", "Where", "Venue",
          "Start date", "End date", "Starts", "Ends", "Format", "Participants", "States", "Speakers from", "From",
          "To", "Subject", "Sent", "3.2  Dates", "- **Venue**"]
VALUES = ["23 Nov 2021", "2021-11-25", "3-4 May 2019", "Tue 14 - Wed 15 Mar 2023", "19.08.2024 - 22.08.2024",
          "the 3rd to the 5th of June 2025", "Vienna, Austria", "Online (Zoom)", "Microsoft Teams Meeting",
          "UNODA; OSCE (CPC, FSC)", "Ghana, Togo and the IAEA", "", "Workshop on export control", "hybrid",
          "2018-10-02 \u2192 2018-10-04", "Kathmandu)", "in person only"]


@st.composite
def header_notes(draw: st.DrawFn) -> str:
    """A header block whose labels come in any order, each with any value ("Ends:" above "Starts:")."""
    fields = draw(st.lists(st.tuples(st.sampled_from(LABELS), st.sampled_from(VALUES)), min_size=1, max_size=10))
    prose = draw(st.sampled_from(["", "\nThe workshop took place in Accra on 3 May 2019.\n",
                                  "\nParticipants came from 5 countries\n - Ghana\n - Togo\n"]))
    return "\n".join(f"{label}: {value}" for label, value in fields) + "\n" + prose


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header_notes())
def test_properties_header_fields_in_any_order_parse_grounded(text: str) -> None:
    record = _parse(text)
    assert record is not None and grounding_errors(record, text) == []
    assert Record.model_validate_json(record.to_json()) == record
