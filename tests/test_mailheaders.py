"""Tests for noteparse.mailheaders: an e-mail's or a memo's header lines are the message's."""

from __future__ import annotations

from noteparse.mailheaders import in_a_header_block, on_a_date_line, short_line

DIGEST = ("From: list-request@lists.example.org\nTo: list@lists.example.org\nDate: Fri, 25 Jun 2021 12:00:02 -0400\n"
          "Subject: Digest, Vol 7\n\nWe invite you to a webinar:\n\n   Date:     Tuesday 15 June 2021\n"
          "   Platform: Zoom\n")


def test_a_date_line_among_from_to_and_subject_is_the_messages():
    assert on_a_date_line(DIGEST, DIGEST.index("25 Jun"))
    assert not on_a_date_line(DIGEST, DIGEST.index("15 June"))  # below a blank line: the event's "Date:"


def test_one_address_label_makes_no_header_block():
    text = "Event: Workshop\nDate: 3 May 2019\nTo: be confirmed\n"
    assert not in_a_header_block(text, text.index("Date"))
    assert in_a_header_block("Date: 3 May 2019\nFrom: UNODA\nTo: all\n", 0)


def test_a_long_line_ends_a_block_and_is_not_scanned():
    text = "From: a\n" + "x" * 5000 + "\nDate: 3 May 2019\nTo: b\n"
    assert short_line(text, 10) is None
    assert not in_a_header_block(text, text.index("Date"))  # "From:" is beyond the long line
    assert short_line(text, text.index("Date")) == (text.index("Date"), text.index("\nTo"))


def test_a_broadcast_scripts_caption_makes_its_date_the_scripts():
    text = ("SLUG: GABON-CBRN EXERCISE\nDATE: 30/09/2025     SHOW: EVENING NEWS 20H     WRITER: M. NDONG\n"
            "FORMAT: ANCHOR / VO / SOT / TAG\n\n[ANCHOR ON CAM]\n")
    assert in_a_header_block(text, text.index("DATE"))
    assert not in_a_header_block("DATE: 30/09/2025\nFORMAT: ANCHOR / VO\n", 0)  # no caption label beside it
