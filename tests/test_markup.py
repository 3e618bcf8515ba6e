"""Tests for noteparse.markup: Markdown emphasis taken out before the rules read a note."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noteparse.markup import strip_emphasis
from noteparse.pipeline import Pipeline
from noteparse.record import Record, grounding_errors


@pytest.mark.parametrize(
    "raw,plain",
    [
        ("**Ghana**, **Togo** and the *IAEA* took part", "Ghana, Togo and the IAEA took part"),
        ("held in *Vienna*, Austria", "held in Vienna, Austria"),
        ("**Date:** 3-4 May 2019", "Date: 3-4 May 2019"),
        ("***Workshop*** on export control", "Workshop on export control"),
        ("**the *Vienna* Centre**", "the Vienna Centre"),
        ("__UNODA__ organized it", "UNODA organized it"),
        ("**Workshop on export\ncontrol** in Lima", "Workshop on export\ncontrol in Lima"),
        ("*Intern\u00adational organizations:* IAEA", "International organizations: IAEA"),  # a soft hyphen
        ("Intern\u00adational organizations: IAEA", "International organizations: IAEA"),
        ("**Event** National Workshop", "Event  National Workshop"),  # a label and its value: a gap stays
        ("**Date and Venue** 19 and 20 August 2025", "Date and Venue  19 and 20 August 2025"),
        ("**Objectives** for the participation", "Objectives for the participation"),  # no value: a phrase
    ],
)
def test_emphasis_is_taken_out(raw: str, plain: str) -> None:
    stripped = strip_emphasis(raw)
    assert stripped is not None and stripped.text == plain


@pytest.mark.parametrize(
    "raw",
    [
        "* Ghana\n* Togo",  # bullets
        "Ghana* and Togo* (observers)",  # footnote markers
        "States*: Ghana, Togo*",  # a marker after a word, before punctuation
        "write to j_doe@un.org or snake_case_name",  # underscores inside words
        "***\nbetween rules\n***",  # rules
        "**Event: Workshop\n\nOrganizers:** UNODA",  # a blank line ends a paragraph: nothing pairs across it
        "5 * 3 = 15 and 2 * 4 = 8",  # spaced on both sides
        "no markup at all",
    ],
)
def test_what_is_not_emphasis_stays(raw: str) -> None:
    assert strip_emphasis(raw) is None


def test_spans_map_back_outside_the_delimiters() -> None:
    raw = "**Ghana**, *Togo* and the **IAEA took** part"
    stripped = strip_emphasis(raw)
    assert stripped is not None
    start = stripped.text.index("Ghana")
    assert raw[slice(*stripped.to_raw(start, start + 5))] == "Ghana"
    start = stripped.text.index("Togo and the IAEA")
    assert raw[slice(*stripped.to_raw(start, start + len("Togo and the IAEA")))] == "Togo* and the **IAEA"
    end = len(stripped.text)
    assert stripped.to_raw(end, end) == (len(raw), len(raw))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB *_\n,:\u00ad", max_size=60))
def test_every_kept_character_maps_to_itself(raw: str) -> None:
    """Each character maps to itself, but the gap a label's closing delimiter leaves, which maps to it."""
    stripped = strip_emphasis(raw)
    if stripped is None:
        return
    assert len(stripped.text) < len(raw)
    previous = -1
    for i, char in enumerate(stripped.text):
        start, end = stripped.to_raw(i, i + 1)
        assert end == start + 1 and (raw[start] == char or char == " " and raw[start] in "*_") and start > previous
        previous = start


def test_a_note_in_emphasis_reads_as_the_plain_note(pipeline: Pipeline) -> None:
    plain = ("Workshop on export control in Accra, Ghana, 3-4 May 2019. Organized by UNODA. "
             "Ghana, Togo, Benin and the IAEA took part.\n")
    marked = ("**Workshop on export control** in *Accra*, **Ghana**, 3-4 **May** 2019. Organized by **UNODA**. "
              "**Ghana**, **Togo**, **Benin** and the *IAEA* took part.\n")
    a, b = pipeline(plain), pipeline(marked)
    assert grounding_errors(b, marked) == [] and Record.model_validate(b.model_dump()) == b  # mapped in place, still valid
    assert (b.dates.start, b.dates.end) == (a.dates.start, a.dates.end) == ("2019-05-03", "2019-05-04")
    assert (b.venue.city, b.venue.country_code) == (a.venue.city, a.venue.country_code) == ("Accra", "GHA")
    assert [s.code for s in b.participants.states] == [s.code for s in a.participants.states]
    assert [o.acronym for o in b.organizers] == [o.acronym for o in a.organizers] == ["UNODA"]
    assert b.venue.text == "Accra*, **Ghana"
    assert b.source.chars == len(marked)


def test_a_header_of_bold_labels_without_colons_reads_as_labels(pipeline: Pipeline) -> None:
    """"**Event** National Workshop …": each bold label opens its field, as "Event: …" would; the body's
    earlier seminar in Tokyo is not the event."""
    record = pipeline("INFORMATION NOTE\n\n**Event** National Workshop on Export Control\n\n**Organizers** Ministry of "
                      "Commerce of Myanmar\n\n**Date and Venue** 19 and 20 August 2025, Yangon Technological University, "
                      "Yangon, Myanmar\n\n**Participants**\nStates: Japan, Myanmar\n\nBackground\nThe latest Asian Export "
                      "Control Seminar was held in Tokyo on 25-27 February 2025.\n")
    assert (record.dates.start, record.dates.end) == ("2025-08-19", "2025-08-20")
    assert (record.venue.city, record.event.kind) == ("Yangon", "workshop")
