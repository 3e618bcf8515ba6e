"""A page in two columns, as a converter that keeps the layout writes it, read column by column."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from noteparse.columns import read_down_columns
from noteparse.record import grounding_errors

LEFT = ["Event: Country visit of the Security Council", "Committee established pursuant to resolution",
        "1540 (2004) to Suriname, at the invitation of", "the Government of Suriname",
        "Organizers: Ministry of Foreign Affairs,", "International Business and International",
        "Cooperation of Suriname, in cooperation with", "the 1540 Committee",
        "Date and Venue: 3-4 March 2026, Paramaribo,", "Suriname"]
RIGHT = ["Objectives", "\u2022 Hold a national dialogue with all", "relevant agencies on the status of",
         "implementation of resolution 1540", "(2004) and on the draft national", "implementation action plan;",
         "\u2022 Identify assistance needs and", "possible providers, including the",
         "Caribbean Community (CARICOM)."]
TWO_COLUMNS = ("Information Note\n\n"
               + "\n".join(f"{left:<51}{right}".rstrip() for left, right in zip(LEFT, RIGHT + [""] * len(LEFT)))
               + "\nParticipants: States: Suriname\nInternational organizations: CARICOM, OAS/CICTE\n\n"
               "Background\n\nSuriname extended its invitation by a letter.\n")


def test_columns_a_two_column_block_is_read_down_each_column():
    columns = read_down_columns(TWO_COLUMNS)
    assert columns is not None
    left = columns.text.index("Event:")
    assert columns.text[left:].startswith("\n".join(LEFT) + "\nParticipants: States: Suriname\n")
    assert "\n\n" + "\n".join(RIGHT) + "\n" in columns.text
    for piece in ("Event: Country", "the 1540 Committee", "relevant agencies on the status of", "Suriname extended"):
        at = columns.text.index(piece)
        start, end = columns.to_raw(at, at + len(piece))
        assert TWO_COLUMNS[start:end] == piece


def test_columns_a_note_in_two_columns_gets_its_header_fields_and_grounded_spans(parse):
    record = parse(TWO_COLUMNS)
    assert record.event.name.startswith("Country visit of the Security Council Committee established pursuant to")
    assert "Objectives" not in record.event.name
    assert (record.dates.start, record.dates.end) == ("2026-03-03", "2026-03-04")
    assert (record.venue.city, record.venue.country_code) == ("Paramaribo", "SUR")
    assert [o.name for o in record.organizers][0] == \
        "Ministry of Foreign Affairs, International Business and International Cooperation of Suriname"
    assert [s.code for s in record.participants.states] == ["SUR"]
    assert [s.key for s in record.sections][:1] == ["objectives"]
    assert grounding_errors(record, TWO_COLUMNS) == []
    assert any(w.code == "two_columns" for w in record.warnings)


def test_columns_tables_and_label_columns_are_no_page_columns():
    pipes = "\n".join(f"| {n}   | Item number {n} of the plan      | OSCE / MIA    | 2025 |" for n in range(6))
    leaders = "\n".join(f"  {s} .................. {n} rooms   confirmed" for n, s in enumerate("ABCDEF"))
    labels = "\n".join(f"{label:<23}{value}" for label, value in [
        ("Exercise dates:", "14-15 May 2024"), ("Location:", "Batumi, Georgia (Sheraton Batumi, conference level)"),
        ("Conducted by:", "OSCE Secretariat, Conflict Prevention Centre, with the"), ("", "Ministry of Internal Affairs"),
        ("Evaluators:", "IAEA Division of Nuclear Security (lead evaluator),"), ("AAR held:", "15 May 2024")])
    headed = "PARTICIPANTS :    STATES                      ORGANIZATIONS\n" + "\n".join(
        f"                  {left:<28}{right}" for left, right in [
            ("Comoros", "INTERPOL"), ("Madagascar", "World Health Organization (WHO)"),
            ("Mauritius", "World Organisation for Animal"), ("Mozambique", "  Health (OIE)"),
            ("Seychelles", "1540 Committee experts")])  # a table's head row over it
    for text in (pipes, leaders, labels, headed, "No gutter here at all.\nNor here.\n"):
        assert read_down_columns(text) is None


_PROSE = st.lists(st.sampled_from(["export", "controls", "of", "the", "Committee", "(2004)", "resolution", "States,",
                                   "and", "visit.", "\u2022", "Ministry"]), min_size=3, max_size=4).map(" ".join)
_ROW = st.one_of(st.tuples(_PROSE, _PROSE), st.tuples(_PROSE, _PROSE), st.tuples(_PROSE, _PROSE),
                 st.tuples(_PROSE, st.just("")), st.tuples(st.just(""), _PROSE), st.tuples(st.just(""), st.just("")))


@settings(max_examples=300, deadline=None)
@given(st.integers(42, 60), st.lists(_ROW, max_size=14), st.text(alphabet="ab \n", max_size=30))
def test_columns_spans_map_back_in_order_and_inside_the_text(width, rows, tail):
    raw = "\n".join(f"{left:<{width}}{right}".rstrip() for left, right in rows) + tail
    columns = read_down_columns(raw)
    if columns is None:
        return
    assert sorted(columns.text.split()) == sorted(raw.split())  # every word once, in another order
    for start in range(0, len(columns.text) + 1, 3):
        for end in (start, start + 1, start + 7):
            end = min(end, len(columns.text))
            a, b = columns.to_raw(start, end)
            assert 0 <= a <= b <= len(raw)


def test_columns_a_block_that_ends_the_text_maps_inside_it():
    """Found by the property above: the line end added after a block that ends the text (or after
    the lines across the page that end it) maps inside the text."""
    rows = "\n".join(f"{'export export export export':<42}export export export" for _ in range(4))
    for raw in (rows, rows + "\nParticipants: States: Suriname and more words here"):
        columns = read_down_columns(raw)
        assert columns is not None
        for start in range(len(columns.text) + 1):
            for end in (start, min(start + 1, len(columns.text)), min(start + 7, len(columns.text))):
                a, b = columns.to_raw(start, end)
                assert 0 <= a <= b <= len(raw)
