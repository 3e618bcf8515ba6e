"""A draft with tracked changes shown inline is read as it would be with the changes accepted."""

from __future__ import annotations

from growth import growth

from noteparse.tracked_changes import accept_changes

DRAFT = ("BAHIR DAR, Ethiopia, [deleted: 29 March 2023][inserted: 30 March 2023] -- A [deleted: two-day][inserted: "
         "three-day] workshop on resolution 1540 (2004) closed today in Bahir Dar. The workshop, held from [deleted: 27]"
         "[inserted: 28] to 30 March, was jointly organized by the Intergovernmental Authority on Development (IGAD) and "
         "UNODA.\n\nGovernment officials from Djibouti, Kenya, South Sudan[deleted: , Sudan] and Uganda [deleted: "
         "attended][inserted: took part in] the sessions.\n\n[Comment M.T.: AFCONE was not there, so I removed it.]\n")


def test_tracked_changes_deletions_go_and_insertions_stay_without_their_marks():
    text = accept_changes(DRAFT).text
    assert text.startswith("BAHIR DAR, Ethiopia, 30 March 2023 -- A three-day workshop")
    assert "held from 28 to 30 March" in text
    assert "South Sudan and Uganda took part in the sessions." in text
    assert "29 March" not in text and ", Sudan" not in text and "AFCONE" not in text and "[" not in text


def test_tracked_changes_spans_map_back_to_the_draft():
    read = accept_changes(DRAFT)
    at = read.text.index("28 to 30 March")
    start, end = read.to_raw(at, at + len("28 to 30 March"))
    assert DRAFT[start:end] == "28] to 30 March"


def test_tracked_changes_criticmarkup_and_pandocs_spans():
    assert accept_changes("A {--two-day--}{++three-day++} course in {~~Lima~>Cusco~~}.{>>check the date<<}").text == \
        "A three-day course in Cusco."
    assert accept_changes('Chile, [Peru]{.deletion author="A"} and [Bolivia]{.insertion author="B"} took part.').text \
        == "Chile,  and Bolivia took part."


def test_tracked_changes_deletion_and_insertion_as_nouns():
    assert accept_changes("Chile, [deletion: Peru] and [insertion: Bolivia] took part.").text == \
        "Chile,  and Bolivia took part."


def test_tracked_changes_a_note_without_them_is_left_alone():
    assert accept_changes("States [as listed in annex] took part; a comment [Comment: none] stays.") is None
    assert accept_changes("Information Note\n\nEvent: Workshop on export controls\n") is None


def test_tracked_changes_a_draft_gives_the_record_its_accepted_text_says(parse):
    record = parse(DRAFT)
    assert (record.dates.start, record.dates.end) == ("2023-03-28", "2023-03-30")
    assert record.venue.city == "Bahir Dar"
    assert {s.code for s in record.participants.states} >= {"DJI", "KEN", "SSD", "UGA"}
    assert "SDN" not in {s.code for s in record.participants.states}
    assert all(DRAFT[s.span[0]:s.span[1]] == s.text for s in record.participants.states)


def test_tracked_changes_reading_is_linear():
    change = "Officials from [deleted: Sudan][inserted: Kenya] took part. {--old--}{++new++} "
    assert growth(accept_changes, change * 200, change * 2000) < 25
