"""Tests for noteparse.textview: the cleaned view matchers read, and its map back to raw offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noteparse.textview import _EDIT_RE, SPACE_CHARS, WHITE_SPACE, _edits, make_view, mended


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("the Russian\nFederation and", "the Russian Federation and"),
        ("the Russian\r\nFederation and", "the Russian Federation and"),
        ("**OSCE** and Note\u00b9 here", "OSCE and Note here"),
        ("word\u00b9word", "word word"),
        ("licens-\ning and licensing", "licensing and licensing"),
        ("licens-\r\n  ing and licensing", "licensing and licensing"),
        ("border-\nguard alone", "border-guard alone"),
        ("licens-\ning alone", "licensing alone"),
        ("Regional Integra-\ntion", "Regional Integration"),
        ("a cross-\nsection and capacity-\nbuilding", "a cross-section and capacity-building"),
        ("the Asia-\nPacific region", "the Asia-Pacific region"),
        ("WORLD CUSTOMS ORGANIZA-\nTION", "WORLD CUSTOMS ORGANIZATION"),
        ("the Oﬃce and ﬁnancial, eﬀective, ﬂows", "the Office and financial, effective, flows"),
        ("Lao People?s Democratic Republic; what? php?title", "Lao People\u2019s Democratic Republic; what? php?title"),
        ("Ghana and Sierra Le-\none took part", "Ghana and Sierra Leone took part"),
        ("dual-\nuse goods", "dual-use goods"),
        ("strategic dual-\nuse and dual use", "strategic dual-use and dual use"),
        ("a\u00a0\u00a0b\tc", "a b c"),
        ("end.\nNext", "end.\nNext"),
        ("a\n\n\nb", "a\n\nb"),
        ("- item\n- item2", "- item\n- item2"),
        ("which took place\n12.-14.3.2019 in Tashkent\n2. Participants", "which took place 12.-14.3.2019 in Tashkent\n2. Participants"),
        ("Host     | Ministry of the\n         | Armed Forces", "Host | Ministry of the Armed Forces"),
        ("officials from customs and the national\nCBRN team: Benin, Gabon", "officials from customs and the national CBRN team: Benin, Gabon"),
        ("Location: Kathmandu\nMeeting Hosted By: UNODA", "Location: Kathmandu\nMeeting Hosted By: UNODA"),
        ("**Hosted By: Ministry of Belarus\nSupported By: OSCE", "Hosted By: Ministry of Belarus\nSupported By: OSCE"),
        ("Event:\r\nValue", "Event:\nValue"),
        ("Afghanistan, Kazakhstan2, Note1.", "Afghanistan, Kazakhstan, Note."),
        ("item2, 12 km2, the G20, resolution 1540, Article 5", "item2, 12 km2, the G20, resolution 1540, Article 5"),
        ("organized by INTERPOL3 and UNODC12, KAZAKHSTAN2.", "organized by INTERPOL and UNODC, KAZAKHSTAN."),
        ("the EU3, COP26, P5 and MP3 files", "the EU3, COP26, P5 and MP3 files"),
        ("Timor-Leste, Viet Nam2 and Peru4; item 3, Win10 and Nam23", "Timor-Leste, Viet Nam and Peru; item 3, Win10 and Nam23"),
        ("[Timor-Leste](/wiki/Timor-Leste) came; [edit](/w/index.php?a=1&b=2)", "Timor-Leste came; edit"),
        ("see [1], a [b] (c) and [x]( y)", "see [1], a [b] (c) and [x]( y)"),
        ("resolution 1540 (2004)[1] was convened by UNRCPD[2]. Array a[12]: [3] items",
         "resolution 1540 (2004) was convened by UNRCPD. Array a[12]: [3] items"),
        ("   Grenada, Guyana, Haiti, Jamaica, Saint Kitts and\n\n                 1\n\n   Nevis, Saint Lucia",
         " Grenada, Guyana, Haiti, Jamaica, Saint Kitts and Nevis, Saint Lucia"),
        ("experts and officials who came from twelve of\n- 3 -\nthe region's States",
         "experts and officials who came from twelve of the region's States"),
        ("Highlights\n\n2\n\nThe workshop", "Highlights\n\n2\n\nThe workshop"),
        ("The number of officials trained was about\n\n12\n\n", "The number of officials trained was about\n\n12\n\n"),
        ('<meta content="UNODA held it"> a=b, x="1"', '<meta content UNODA held it"> a=b, x="1"'),
        ('the webinar "Brokering Controls:\nImplementing UNSCR 1540", held on Zoom. Agenda:\nItem one',
         'the webinar "Brokering Controls: Implementing UNSCR 1540", held on Zoom. Agenda:\nItem one'),
        ("| Venue: | Myski, Russian Federation|\n| Kazakhstan |", "| Venue: | Myski, Russian Federation  | Kazakhstan |"),
        ("| Organizers:  | Ministry of Foreign Affairs of the United\n|              | Republic of Tanzania",
         "| Organizers: | Ministry of Foreign Affairs of the United Republic of Tanzania"),
    ],
    ids=["newline-in-name", "crlf-in-name", "asterisks-superscript", "superscript-between-words",
         "hyphen-rejoined", "hyphen-crlf-indent", "hyphen-kept-unknown-word",
         "hyphen-before-a-word-ending", "hyphen-before-tion", "hyphen-before-whole-words-kept",
         "hyphen-before-a-capital-kept", "hyphen-in-all-caps", "ligatures", "a-question-mark-for-an-apostrophe", "hyphen-in-a-gazetteer-name", "dual-use", "dual-use-not-dualuse",
         "nbsp-tab", "sentence-end-keeps-newline", "blank-lines-one-break", "bullets-keep-newline", "a-date-at-a-line-start-is-no-numbered-item", "a-padded-table-cell-wrapped", "a-label-like-words-mid-sentence",
         "a-label-under-a-label", "a-label-under-a-marked-label", "crlf-after-label",
         "footnote-digits-glued-to-names", "digits-that-are-not-markers",
         "footnote-digits-glued-to-capitals", "digits-after-short-capitals-stay",
         "a-digit-glued-to-a-three-letter-name",
         "markdown-links-keep-their-text", "brackets-that-are-no-links-stay", "bracketed-references-glued-to-text", "page-number-inside-a-name",
         "dashed-page-number-inside-a-sentence", "page-number-after-a-heading-stays", "number-before-the-end-stays",
         "an-html-attributes-text-is-a-word-of-its-own", "a-quoted-titles-colon-at-a-line-end-goes-on",
         "a-tables-last-rule-glued-to-a-word", "a-row-whose-first-cell-is-empty-goes-on"],
)
def test_textview_clean_text(raw, clean):
    assert make_view(raw).clean == clean


@pytest.mark.parametrize(
    "raw,phrase,expected",
    [
        ("the Russian\nFederation and", "Russian Federation", "Russian\nFederation"),
        ("in **OSCE** work", "OSCE", "OSCE"),
        ("Licens-\ning and licensing", "Licensing", "Licens-\ning"),
        ("dual-\nuse goods", "dual-use", "dual-\nuse"),
        ("the Oﬃce of X", "Office of", "Oﬃce of"),
        ("Information Note\u00b9\n\nEvent", "Information Note", "Information Note"),
        ("a\u00a0\u00a0b", "a b", "a\u00a0\u00a0b"),
    ],
)
def test_textview_to_raw_maps_spans_back(raw, phrase, expected):
    view = make_view(raw)
    i = view.clean.index(phrase)
    start, end = view.to_raw(i, i + len(phrase))
    assert raw[start:end] == expected


def test_textview_to_raw_empty_span_and_end():
    view = make_view("ab **cd**")
    assert view.to_raw(len(view.clean), len(view.clean)) == (len(view.raw), len(view.raw))
    assert view.to_raw(0, len(view.clean)) == (0, len("ab **cd"))


def test_textview_to_clean_inverts_to_raw():
    raw = "the **Russian**\nFederation"
    view = make_view(raw)
    assert view.clean[view.to_clean(raw.index("Federation")):].startswith("Federation")


def test_textview_a_gap_reads_as_one_space_and_maps_back():
    raw = "Organization of American\n   Organizations:     States – CICTE, **OAS**"
    gap = (raw.index("\n"), raw.index("States"))
    view = make_view(raw, [gap])
    assert view.clean == "Organization of American States – CICTE, OAS"
    start = view.clean.index("Organization")
    assert view.to_raw(start, start + len("Organization of American States")) == (0, raw.index("States") + 6)
    assert make_view(raw).clean.startswith("Organization of American Organizations:")


def test_textview_a_word_hyphenated_before_a_gap_is_one_word():
    """"Organisation for the Prohi-" over "organizations:    bition of …": the word goes on past the
    wrapped label; a hyphen that belongs ("Anti-" over "… Money Laundering") stays."""
    raw = "IAEA; Organisation for the Prohi-\n   organizations:    bition of Chemical Weapons (OPCW)"
    view = make_view(raw, [(raw.index("\n"), raw.index("bition"))])
    assert view.clean == "IAEA; Organisation for the Prohibition of Chemical Weapons (OPCW)"
    start = view.clean.index("Organisation")
    assert view.to_raw(start, view.clean.index(" (OPCW)")) == (raw.index("Organisation"), raw.index(" (OPCW)"))
    raw = "Eastern and Southern Africa Anti-\n  organizations     Money Laundering Group"
    assert make_view(raw, [(raw.index("\n"), raw.index("Money"))]).clean.endswith("Africa Anti-Money Laundering Group")


def test_textview_a_soft_hyphen_is_read_as_nothing_at_a_line_end_too():
    """PDF text keeps the soft hyphens no reader sees: "Saudi Ara\u00ad" over "bia" is Saudi Arabia."""
    assert make_view("Saudi Ara\u00ad\nbia and the Intern\u00adational Atomic Energy Agency").clean == \
        "Saudi Arabia and the International Atomic Energy Agency"


def test_textview_gaps_keep_the_view_linear():
    from growth import growth

    line = "International   INTERPOL, World Customs\norganizations   Organization (WCO), **UNODA**\n"

    def view_with_gaps(text: str) -> None:
        gap = "\norganizations   "
        view = make_view(text, [(m.start(), m.end()) for m in re.finditer(gap, text)])
        assert "Customs Organization" in view.clean


    assert growth(view_with_gaps, line * 200, line * 2000) < 25


_TOKENS = st.sampled_from(["Russian", "Federation", "licens-\ning", "licensing", "dual-\nuse", "OSCE", "**", "*",
                           "\u00b9", " ", "\n", "\r\n", "\n\n", "\u00a0", ".", ",", "- ", "Event:", "word", "\t"])


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


@settings(max_examples=150, deadline=None)
@given(st.lists(_TOKENS, min_size=1, max_size=40).map("".join), st.data())
def test_textview_word_spans_keep_their_letters(raw, data):
    view = make_view(raw)
    words = [(m.start(), m.end()) for m in __import__("regex").finditer(r"\S+", view.clean)]
    if not words:
        return
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i, len(words) - 1))
    start, end = view.to_raw(words[i][0], words[j][1])
    assert 0 <= start <= end <= len(raw)
    assert _letters(raw[start:end]) == _letters(view.clean[words[i][0]:words[j][1]])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_textview_any_text_maps_inside_raw(raw):
    view = make_view(raw)
    for i in range(0, len(view.clean) + 1, 7):
        start, end = view.to_raw(i, min(i + 5, len(view.clean)))
        assert 0 <= start <= end <= len(raw)


_ALL_CHARS = "".join(map(chr, range(0x110000)))


def test_textview_white_space_is_what_regex_calls_space():
    assert sorted(WHITE_SPACE) == __import__("regex").findall(r"\s", _ALL_CHARS)


def test_textview_space_chars_are_what_str_strips():
    assert sorted(SPACE_CHARS) == [ch for ch in _ALL_CHARS if ch.isspace()]
    assert SPACE_CHARS.strip() == "" and ("x" + SPACE_CHARS + "x").split() == ["x", "x"]


_EDGES = st.sampled_from([" ", " ", "-", "\n", "\r", "\t", "*", "\u00b9", "\u200b", "\u00a0", "\u2028", "a", "B", "x"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_EDGES, max_size=30).map("".join))
def test_textview_edit_scan_finds_what_finditer_finds(raw):
    assert [(m.span(), m.lastgroup) for m in _edits(raw)] == [(m.span(), m.lastgroup) for m in _EDIT_RE.finditer(raw)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_EDGES, max_size=30).map("".join), st.data())
def test_textview_to_raw_is_raw_index_of_both_ends(raw, data):
    view = make_view(raw)
    start = data.draw(st.integers(0, len(view.clean)))
    end = data.draw(st.integers(start + 1, len(view.clean) + 1))
    assert view.to_raw(start, end) == (view.raw_index(start), view.raw_index(end - 1, last=True) + 1)


def test_textview_a_tab_between_words_ends_a_cell():
    """Table cells split by a tab are apart in the view: no name runs from "UNODA" into the next cell
    (an indentation's tab is a space)."""
    assert make_view("\tUNODA\tWeapons of Mass Destruction Branch").clean == " UNODA\nWeapons of Mass Destruction Branch"


def test_textview_a_two_column_tables_wrapped_cell_reads_as_one():
    """"… in     |\n|              | Asia and the Pacific …": one space between "in" and "Asia"."""
    raw = ("| Organizers   | United Nations Regional Centre for Peace and Disarmament in     |\n"
           "|              | Asia and the Pacific (UNRCPD)                                   |\n"
           "| Participants | States: Fiji, Solomon                                           |\n"
           "|              | Islands, Tonga                                                  |\n")
    view = make_view(raw)
    assert "Disarmament in Asia and the Pacific" in view.clean
    assert "Fiji, Solomon Islands, Tonga" in view.clean
    assert "(UNRCPD) | | Participants" in view.clean  # a row whose first cell is full: a new row


def test_textview_a_three_column_rows_empty_first_cell_is_not_a_wrap():
    raw = "| Day 1 | Opening | UNODA |\n|       | Panel   | WCO   |\n"
    assert "UNODA WCO" not in " ".join(make_view(raw).clean.split())


@pytest.mark.parametrize("unit", ["| a | b |\n|   | c |\n", "|", "x |", "| x     |\n|    |  y  |\n"])
def test_textview_table_rules_are_read_in_linear_time(unit):
    from growth import growth

    assert growth(make_view, unit * 5000, unit * 50000) < 25


@pytest.mark.parametrize("raw,clean", [
    ("the Lao Peopleâ€™s Democratic Republic", "the Lao People\u2019s Democratic Republic"),
    ("held in MÃ©rida, Mexico", "held in Mérida, Mexico"),
    ("ConfederaÃ§Ã£o Nacional da IndÃºstria", "Confederação Nacional da Indústria"),
    ("8â€“10 March, SÃ£o Paulo", "8\u201310 March, São Paulo"),
])
def test_textview_mends_utf8_read_as_cp1252(raw, clean):
    """A text whose UTF-8 was read back as cp1252 ("Ã©" for "é"): the view has the characters, and a
    span of it maps back to the raw bytes as written."""
    view = make_view(raw)
    assert view.clean == clean
    start = clean.index(clean.split()[-1])
    a, b = view.to_raw(start, len(clean))
    assert raw[a:b] == raw.split()[-1]


def test_textview_leaves_a_texts_own_accented_pairs_alone():
    """Without a mis-decoded sign ("â€", "Ã©") nothing is mended: "É’" stays as written."""
    assert make_view("CAFÉ’s menu and Ä‰ here").clean == "CAFÉ’s menu and Ä‰ here"


def test_mis_decoded_names_are_found(parse):
    record = parse("The workshop was held in MÃ©rida, Mexico, on 20-24 November 2017. Officials of the Lao "
                   "Peopleâ€™s Democratic Republic attended.\n")
    assert record.venue.city == "Mérida"
    assert "LAO" in {s.code for s in record.participants.states}


def test_a_mis_decoded_town_in_a_venue_field_is_read_as_written(parse):
    """A venue field's town the gazetteer lacks is taken from its words: mended first ("LuleÃ¥")."""
    record = parse("Venue: LuleÃ¥, Sweden\n\nThe exercise ran for three days.\n")
    assert record.venue.city == "Luleå"
    assert record.venue.text == "LuleÃ¥, Sweden"


def test_mended_leaves_a_texts_own_accents_alone():
    assert mended("UmeÃ¥ and MalmÃ¶") == "Umeå and Malmö"
    assert mended("CAFÉ’s menu") == "CAFÉ’s menu"  # no mis-decoded sign: as written
