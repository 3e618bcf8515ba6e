"""A subtitle file (SRT, WebVTT) is read as the speech it captions: a sentence goes on over its cues."""

from __future__ import annotations

from growth import growth

from noteparse.subtitles import read_subtitles

SRT = (
    "1\n00:00:00,500 --> 00:00:04,000\n[instrumental music]\n\n"
    "2\n00:00:04,200 --> 00:00:08,600\nREGIONAL CONFERENCE ON PORT SECURITY\nGuayaquil, Ecuador\n"
    "30 October \u2013 1 November 2024\n\n"
    "3\n00:00:13,000 --> 00:00:16,900\n[Director, UNLIREC]\n\n"
    "3\n00:00:17,100 --> 00:00:20,800\nOn behalf of the Ministry of Foreign Affairs\nand Human Mobility, "
    "which has the honour\n\n"
    "4\n00:00:25,900 --> 00:00:30,200\nof organizing this conference together\nwith UNLIREC.\n\n"
    "5\n00:00:47,800 --> 00:00:52,600\nWe have with us the delegations of Chile,\nColombia, Costa Rica,\n\n"

    "6\n00:00:53,000 --> 00:00:57,100\nPanama and Peru.\n\n"
    "7\n00:00:57,800 --> 00:01:02,600\n[Expert, Group of Experts\nof the 1540 Committee]\n"
)


def test_subtitles_a_sentence_goes_on_over_its_cues_and_a_finished_one_ends_its_paragraph():
    text = read_subtitles(SRT).text
    assert text.startswith("[instrumental music]\n\nREGIONAL CONFERENCE")
    assert "which has the honour\nof organizing this conference together\nwith UNLIREC.\n\nWe have" in text
    assert "Colombia, Costa Rica,\nPanama and Peru." in text
    assert "-->" not in text and "\n5\n" not in text


def test_subtitles_spans_of_the_speech_map_back_to_the_file():
    read = read_subtitles(SRT)
    at = read.text.index("honour\nof")
    start, end = read.to_raw(at, at + len("honour\nof"))
    assert SRT[start:end] == "honour\n\n4\n00:00:25,900 --> 00:00:30,200\nof"


def test_subtitles_webvtt_with_cue_settings():
    vtt = ("WEBVTT\n\n00:00.500 --> 00:04.000 align:start\nThe workshop brought together\n\n"
           "00:04.200 --> 00:08.600\nFiji, Samoa\n\n00:08.800 --> 00:12.400\nand Tonga.\n")
    assert read_subtitles(vtt).text == "The workshop brought together\nFiji, Samoa\nand Tonga.\n"


def test_subtitles_a_note_that_quotes_a_timing_is_left_alone():
    assert read_subtitles("Event: Webinar\nRecording: 00:00:00,000 --> 01:30:00,000\nDate: 3 May 2024\n") is None


def test_subtitles_a_subtitle_file_gives_the_record_of_its_event(parse):
    record = parse(SRT)
    assert (record.dates.start, record.dates.end) == ("2024-10-30", "2024-11-01")
    assert (record.venue.city, record.venue.country_code) == ("Guayaquil", "ECU")
    assert [o.acronym for o in record.organizers] == [None, "UNLIREC"]
    assert record.organizers[0].name == "Ministry of Foreign Affairs and Human Mobility of Ecuador"
    assert [s.code for s in record.participants.states] == ["CHL", "COL", "CRI", "PAN", "PER", "ECU"]
    assert all(SRT[s.span[0]:s.span[1]] == s.text for s in record.participants.states)
    assert [o.acronym for o in record.participants.organizations] == ["UNLIREC", None]  # captioned speakers: the Group of Experts


def test_subtitles_reading_is_linear():
    cue = "1\n00:00:00,500 --> 00:00:04,000\nwords and more words\n\n"
    assert growth(read_subtitles, cue * 200, cue * 2000) < 25
