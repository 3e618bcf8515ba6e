"""Tests for noteparse.references: resolutions, contacts and footnotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noteparse.references import RESOLUTION_RE, _resolution_matches, find_contacts, find_footnotes, find_resolutions
from noteparse.sections import split_sections


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("implementing resolution 1540 (2004) fully", [("resolution 1540 (2004)", 1540, 2004)]),
        ("under UNSCR 1540.", [("UNSCR 1540", 1540, None)]),
        ("Security Council resolution (UNSCR) 1540 (2004)", [("Security Council resolution (UNSCR) 1540 (2004)", 1540, 2004)]),
        ("United Nations Security Council Resolution 1540 (2004)",
         [("United Nations Security Council Resolution 1540 (2004)", 1540, 2004)]),
        ("RESOLUTION 1540 (2004)", [("RESOLUTION 1540 (2004)", 1540, 2004)]),
        ("Resolution 1977(2011)", [("Resolution 1977(2011)", 1977, 2011)]),
        ("resolutions 1540 (2004), 1673 (2006) and 1810 (2008)",
         [("resolutions 1540 (2004)", 1540, 2004), ("1673 (2006)", 1673, 2006), ("1810 (2008)", 1810, 2008)]),
        ("resolutions 1673 (2006), 1810 (2008)\nand 1977 (2011) for biosecurity",  # a list wrapped at a line end
         [("resolutions 1673 (2006)", 1673, 2006), ("1810 (2008)", 1810, 2008), ("1977 (2011)", 1977, 2011)]),
        ("resolutions 1540 and 1673", [("resolutions 1540", 1540, None), ("1673", 1673, None)]),
        ("the implementation of resolution\n1540 (2004)", [("resolution\n1540 (2004)", 1540, 2004)]),
        ("a resolution on 12 May; the resolution adopted", []),
        ("resolutions 1718 / 2270 on the DPRK", [("resolutions 1718", 1718, None), ("2270", 2270, None)]),
        ("GA resolution 53/77 D (1998) and resolution 1540 (2004)", [("resolution 1540 (2004)", 1540, 2004)]),
        ("the General Assembly, in resolution 71/\n     67, had also encouraged", []),  # its session at a line's end
        ("General Assembly resolution 1653 and Security Council resolution 1540", [("Security Council resolution 1540", 1540, None)]),
        ("requested by the LAS Council in its resolution 8092 of September 2016", []),  # another body's council
        ("the Arab League Council's resolution 7804 and resolution 1540", [("resolution 1540", 1540, None)]),
        ("The Council, in its resolution 2325 (2016), and the Security Council's resolution 1977",
         [("resolution 2325 (2016)", 2325, 2016), ("resolution 1977", 1977, None)]),  # the Security Council again
        ("the Organization's resolution 5121 on export controls", []),  # no Council resolution is numbered so high
        ("two later resolutions, 1977 and 2325, which deal with help", [("resolutions, 1977", 1977, None), ("2325", 2325, None)]),
        ("Later resolutions, 1810 in 2008 and 1977 in 2011, call on States",
         [("resolutions, 1810 in 2008", 1810, 2008), ("1977 in 2011", 1977, 2011)]),  # a year as speech gives it
        ("the implementation of resolution 1540 in 2019 was reviewed", [("resolution 1540", 1540, None)]),  # not its year
        ("16      supported the implementation of resolution\n17      1540 and the work", [("resolution\n17      1540", 1540, None)]),
        ("*This designation is in line with UNSCR 1244/1999 and the ICJ Opinion", [("UNSCR 1244/1999", 1244, 1999)]),
        ("resolutions 1977/2011 and 2325/2016", [("resolutions 1977/2011", 1977, 2011), ("2325/2016", 2325, 2016)]),
        ("resolutions 1540/1977", [("resolutions 1540", 1540, None), ("1977", 1977, None)]),
        ("de la résolution 1540 (2004) du Conseil de sécurité", [("résolution 1540 (2004)", 1540, 2004)]),
        ("la resolución 1540 (2004) del Consejo", [("resolución 1540 (2004)", 1540, 2004)]),
        ("as resoluções 1540 e 2325", [("resoluções 1540", 1540, None)]),
        ("solutions 1540 and 1977", []),
        ("the sanctions under UNSCRs 1718 and 2231", [("UNSCRs 1718", 1718, None), ("2231", 2231, None)]),
        ("outreach under S/RES/2663 (2022)\u2020 and S/2023/145", [("S/RES/2663 (2022)", 2663, 2022)]),
        ("Exactly the spirit of res. 2663 (2022).", [("res. 2663 (2022)", 2663, 2022)]),
        ("A session on UN Security Council resolution #1540 \u2013 keeping WMD away.",
         [("UN Security Council resolution #1540", 1540, None)]),
        ("Res. 12 and res. 300 dpi; the measures. 2663 (2022)", []),
        ("minutes: reporting under res. 1540 and res. 2325", [("res. 1540", 1540, None), ("res. 2325", 2325, None)]),
        ("ECOSOC res. 2024/15, res. 2025 and res. 1920x1080", []),
        ("follow-up resolutions, incl. 2663 (2022) and 1977 (2011)",
         [("resolutions, incl. 2663 (2022)", 2663, 2022), ("1977 (2011)", 1977, 2011)]),
        ("resolutions such as 1810 (2008); other resolutions including 12 States", [("resolutions such as 1810 (2008)", 1810, 2008)]),
        ("in later resolutions such as 1673; resolutions such as 25 of them", [("resolutions such as 1673", 1673, None)]),
        ("the requirements of the resolution of UN Security Council 1540 (2004) and 1977 (2011)",
         [("resolution of UN Security Council 1540 (2004)", 1540, 2004), ("1977 (2011)", 1977, 2011)]),
        ("the resolutions of the Security Council are binding on 193 States", []),
        ("* 1540 experts: res 1540 (2004) bio obligations; res 2325 (2016); res 12 items",
         [("res 1540 (2004)", 1540, 2004), ("res 2325 (2016)", 2325, 2016)]),
        ("slides on resolution 1540 (2004) op 7 and the encouragement in 1977 (2011); is a NAP voluntary under 2325 (2016)?",
         [("resolution 1540 (2004)", 1540, 2004), ("1977 (2011)", 1977, 2011), ("2325 (2016)", 2325, 2016)]),
        ("resolution 1540 (2004); the Act B.E. 2562 (2019) and Decree 1234 (2019); ISO 9001 (2015)",
         [("resolution 1540 (2004)", 1540, 2004)]),
        ("+ RESOLUTIONS TO REMEMBER\n    - 1540 (2004) para 3 -> technology\n    - 1810 (2008) -> reiterated",
         [("1540 (2004)", 1540, 2004), ("1810 (2008)", 1810, 2008)]),
        ("ISO 9001 (2015) and Decree 1234 (2019): no resolutions here", []),
        ("09   USB sticks, preloaded with texts of resolutions   40  19.09    given\n"
         "10   Folders on resolution     1540 (2004)      40  19.09", [("resolution     1540 (2004)", 1540, 2004)]),
        ("E) REFERENCE DOCUMENTS: UNSC RES 1540 (2004); UNSC RES 1977 (2011)",  # a notice's capitals
         [("UNSC RES 1540 (2004)", 1540, 2004), ("UNSC RES 1977 (2011)", 1977, 2011)]),
        ("Three Security Council resolutions on the slide: 1540 of 2004 of course, 2325 of 2016, and Law 1234 of 1999",
         [("1540 of 2004", 1540, 2004), ("2325 of 2016", 2325, 2016)]),  # as speech says them, after the word
    ],
    ids=["plain", "unscr", "unscr-in-parentheses", "full-council", "caps", "no-space-year", "list", "list-wrapped",
         "list-no-years", "line-break", "no-number", "list-with-a-slash", "general-assembly-session-number",
         "general-assembly-session-number-at-a-line-end",
         "general-assembly-named", "another-bodys-council", "another-bodys-councils-possessive",
         "the-council-named-again", "a-number-too-high-for-the-council", "a-comma-after-the-plural",
         "years-as-speech-gives-them", "a-year-that-is-not-its-adoption", "verbatim-line-number", "a-year-after-a-slash", "years-after-slashes",
         "a-slash-before-a-number-no-year-of-the-first", "french", "spanish", "portuguese", "solutions-no-resolution",
         "a-plural-abbreviation", "document-symbol", "a-posts-abbreviation-with-its-year", "a-posts-hashtag-number",
         "an-abbreviation-without-a-year-is-not", "an-abbreviation-of-a-councils-number",
         "an-abbreviation-of-a-slash-or-a-year-or-a-longer-number-is-not", "examples-after-including", "an-example-needs-its-year",
         "such-as-four-digits-needs-no-year", "the-council-after-the-word", "the-council-after-the-word-no-number", "notes-res-without-a-stop",
         "bare-numbers-with-their-years-after-one-named", "bare-numbers-of-other-years-are-not",
         "bare-numbers-under-a-heading-that-says-resolutions", "no-bare-numbers-of-other-years-under-the-word",
         "a-quantity-in-the-next-column-is-no-number", "a-notices-abbreviation-in-capitals", "numbers-of-their-years-after-the-word"],
)
def test_references_resolutions(raw, expected):
    found = find_resolutions(raw)
    assert [(r.text, r.number, r.year) for r in found] == expected
    assert all(raw[r.span[0]:r.span[1]] == r.text for r in found)


def test_references_resolutions_dedupe_with_all_spans():
    raw = "UNSCR 1540 and resolution 2325 (2016), then resolution 1540 (2004) again."
    found = find_resolutions(raw)
    assert [(r.number, r.year) for r in found] == [(1540, 2004), (2325, 2016)]
    assert [raw[s:e] for s, e in found[0].spans] == ["UNSCR 1540", "resolution 1540 (2004)"]
    assert found[0].text == "UNSCR 1540"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("For further information, please contact the 1540 Committee experts by e-mail at 1540experts@un.org",
         [("1540experts@un.org", "1540 Committee experts")]),
        ("Write to Jane Doe at jane.doe@example.org. Or x@y.org.", [("jane.doe@example.org", "Jane Doe"), ("x@y.org", None)]),
        ("contact: a@b.co.uk.", [("a@b.co.uk", None)]),
        ("e-mail the secretariat via sec@un.org, or sec@un.org again", [("sec@un.org", "secretariat")]),
        ("Contact the OSCE Secretariat by email at Info@OSCE.org\r\n", [("Info@OSCE.org", "OSCE Secretariat")]),
        ("no address here, user@localhost either", []),
        ("For more information, please contact Jane Doe, UNODA, at jane.doe@un.org.",
         [("jane.doe@un.org", "Jane Doe, UNODA")]),
        ("Questions may be sent to Mr. John Smith (john.smith@example.org).", [("john.smith@example.org", "Mr. John Smith")]),
        ("see the Annex (annex@example.org)", [("annex@example.org", None)]),
    ],
    ids=["sample-shape", "write-to", "no-name", "dedupe", "crlf-email", "none", "name-then-comma",
         "name-then-parenthesis", "title-case-words-then-parenthesis"],
)
def test_references_contacts(raw, expected):
    found = find_contacts(raw)
    assert [(c.email, c.name) for c in found] == expected
    assert all(raw[c.span[0]:c.span[1]] == c.text == c.email for c in found)


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("Information Note \u00b9\n\nHighlights\n\n\u00b9For information, not an official report.\n\nText.\n",
         [("\u00b9", "For information, not an official report.")]),
        ("Highlights\n\nHeld(1) in Vienna.\n\n(1) See the report.\n", [("1", "See the report.")]),
        ("Note*\n\nHighlights\n\nText.\n\n*Not an official record.\n", [("*", "Not an official record.")]),
        ("Highlights\n\nNo footnotes here.\n", []),
    ],
    ids=["superscript", "numbered", "asterisk", "none"],
)
def test_references_footnotes_with_markers(raw, expected):
    found = find_footnotes(split_sections(raw))
    assert [(f.marker, f.text) for f in found] == expected
    assert all(raw[f.span[0]:f.span[1]] == f.text for f in found)


_PARTS = st.sampled_from(["United", " Nations", "UN", "U.N.", "UNSC", "UNSCR", "UNODA", "SCR", "Security", " Council", " ", "\n",
                          "\t", "resolution", "Resolution", "RESOLUTIONS", "résolution", "resolución", " 1540", " (2004)", ", ", " and ", "No.", " (UNSCR) ", "x",
                          "resolutions, incl.", " including", " such as"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PARTS, max_size=20).map("".join))
def test_references_resolution_scan_finds_what_finditer_finds(raw):
    assert [m.span() for m in _resolution_matches(raw)] == [m.span() for m in RESOLUTION_RE.finditer(raw)]

@pytest.mark.parametrize("text, found", [
    ("as encouraged in reso-\n    lution 2325 (2016), and resolution 1540 (2004).",
     [(2325, "reso-\n    lution 2325 (2016)"), (1540, "resolution 1540 (2004)")]),
    ("resolution 1540 (2004) and, later, resolu-\ntion 1540 again.", [(1540, "resolution 1540 (2004)")]),
    ("no resolution here, just a hyphen-\nated word.", []),
    ("with Windows line ends, reso-\r\nlution 1977 (2011).", [(1977, "reso-\r\nlution 1977 (2011)")]),
])
def test_references_a_resolution_hyphenated_across_a_line(pipeline, text, found):
    record = pipeline(text + "\n")
    assert [(r.number, r.text) for r in record.resolutions] == found
    assert all(text[a:b] for r in record.resolutions for a, b in r.spans)
    assert [len(r.spans) for r in record.resolutions] == [text.count(str(n)) for n, _ in found]


def test_references_a_resolution_written_with_no_break_spaces():
    """A converter's no-break spaces between the word, the number and the year still name it."""
    found = find_resolutions("awareness of resolution\u00a01540\u00a0(2004) and Resolution\u00a02663\u00a0(2022)")
    assert [(r.number, r.year) for r in found] == [(1540, 2004), (2663, 2022)]


@pytest.mark.parametrize("text, numbers", [
    ("contributing to Resolution No. 33-NQ/TW of the Politburo and to Resolution 1540 of the Security Council", [1540]),
    ("under Resolution No. 18/2022/NQ-HĐND of the Provincial People's Council", []),
    ("the Council's resolution 1540/2004 and UNSCR 1244/1999", [1540, 1244]),
    ("7.1 Resolution No. 52-25: A resolution authorizing the acceptance of a grant", []),  # a city council's, of 2025
    ("after the adoption of resolution 1540 (2004), 185 States have reported", [1540]),  # a count, not a list's number
])
def test_references_a_partys_or_a_councils_own_numbered_resolution_is_none(text, numbers):
    """A Vietnamese paper's "Resolution No. 33-NQ/TW" (the Party's) or a provincial council's
    "18/2022/NQ-HĐND": letters after the number say whose it is; a year after a slash does not."""
    assert [r.number for r in find_resolutions(text)] == numbers


@pytest.mark.parametrize("text, numbers", [
    ("The workshop was about a UN Security Council resolution\nnumbered 1540. Officials came from Denmark.", [1540]),
    ("It all comes from a United Nations Security Council resolution called \u201c1977\u201d, they said.", [1977]),
    ("The UN Security Council asked every country to act in a resolution that people simply call \"2325\".", [2325]),
    ("The Security Council has a resolution on this (number 1540, for the curious).", [1540]),
    ("The parish council passed a resolution, number 2024, on the bell tower.", []),  # no Security Council named
    ("It is linked to a resolution of the United Nations Security Council from 2004, number 1540.", [1540]),
])
def test_references_a_resolution_a_lay_text_names_by_its_number(text, numbers):
    """A sawmill's newsletter or a parish bulletin tells the number after the word: "a resolution numbered 1540",
    "called '1540'", after naming the Security Council or the UN; not a council's own "resolution, number 2024"."""
    assert [r.number for r in find_resolutions(text)] == numbers
