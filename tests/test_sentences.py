"""Tests for noteparse.sentences: rule-based sentence spans in raw offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from noteparse.sentences import _BREAK, _breaks, sentence_at, sentence_spans
from noteparse.textview import make_view


def _sentences(raw: str) -> list[str]:
    return [raw[s:e] for s, e in sentence_spans(make_view(raw))]


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("The U.S. delegation spoke. Dr. Smith replied.", ["The U.S. delegation spoke.", "Dr. Smith replied."]),
        ("H.E. Mr. Ivanov closed the meeting. Then lunch.", ["H.E. Mr. Ivanov closed the meeting.", "Then lunch."]),
        ("It was held in Jan. 2012 in Vienna. Then another.", ["It was held in Jan. 2012 in Vienna.", "Then another."]),
        ("See para. 3 of it. Next one.", ["See para. 3 of it.", "Next one."]),
        ("Prof. J. Smith (U.K.) spoke.", ["Prof. J. Smith (U.K.) spoke."]),
        ("He said \"Go.\" Then he left.", ["He said \"Go.\"", "Then he left."]),
        ("Total was 5. Then more.", ["Total was 5.", "Then more."]),
        ("It was hosted in Arusha. [[Norway]] paid for it.", ["It was hosted in Arusha.", "[[Norway]] paid for it."]),
        ("See note 3. [4] more.", ["See note 3. [4] more."]),
        ("Shri Deora and Smt. Kamla Choudhary attended a meeting held in Sanchore. Engr. Cruz spoke.",
         ["Shri Deora and Smt. Kamla Choudhary attended a meeting held in Sanchore.", "Engr. Cruz spoke."]),
    ],
    ids=["us-dr", "he-mr", "month-abbreviation", "para", "initials", "quote", "number-then-capital",
         "a-wiki-link-to-a-name", "a-bracketed-number-is-no-start", "titles-of-other-tongues"],
)
def test_sentences_abbreviations_do_not_split(raw, expected):
    assert _sentences(raw) == expected


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("First block without a period\n\nSecond block", ["First block without a period", "Second block"]),
        ("Objectives\n- Provide one;\n- Promote two.", ["Objectives", "Provide one;", "Promote two."]),
        ("A line ends here:\nthe list follows", ["A line ends here:", "the list follows"]),
        ("Highlights\r\n\r\nThe meeting was held.\r\n", ["Highlights", "The meeting was held."]),
        ("The text is broken\nmid-sentence here.", ["The text is broken\nmid-sentence here."]),
        ("Experts came from: Chile; Peru; Switzerland;\nT\u00fcrkiye; Uruguay.",
         ["Experts came from: Chile; Peru; Switzerland;\nT\u00fcrkiye; Uruguay."]),
    ],
    ids=["blank-line", "bullets", "colon-line-end", "crlf", "mid-sentence-break-joins", "a-list-wrapped-after-a-semicolon"],
)
def test_sentences_block_breaks_split(raw, expected):
    assert _sentences(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "\n\n", "**", "."])
def test_sentences_degenerate_inputs(raw):
    assert all(raw[s:e].strip() for s, e in sentence_spans(make_view(raw)))


def test_sentences_sentence_at():
    raw = "One sentence. Another one."
    spans = sentence_spans(make_view(raw))
    assert raw[slice(*sentence_at(spans, raw.index("Another")))] == "Another one."
    assert sentence_at(spans, raw.index(" Another")) is None
    assert sentence_at(spans, len(raw) + 5) is None


_EDGES = st.sampled_from([" ", " ", ".", "!", "?", "\n", "\"", "'", "\u201d", "\u2019", "\u201c", ")", "(", "a", "B", "1", "\u00c9"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_EDGES, max_size=30).map("".join))
def test_sentences_break_scan_finds_what_finditer_finds(clean):
    assert [m.span() for m in _breaks(clean)] == [m.span() for m in _BREAK.finditer(clean)]


def test_sentences_a_handle_or_an_emoji_and_a_handle_opens_a_sentence():
    text = "Which laws apply? \U0001f50d @INTERPOL_HQ led it. Then #Accra hosted. Not here: e.g. @ the desk."
    assert [text[a:b] for a, b in sentence_spans(make_view(text))] == [
        "Which laws apply?", "\U0001f50d @INTERPOL_HQ led it.", "Then #Accra hosted.", "Not here: e.g. @ the desk."]
