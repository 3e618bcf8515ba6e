"""Tests for noteparse.context: the pre-checks that let Context.search skip a pattern find what the
pattern finds."""

from __future__ import annotations

import re

try:
    import re._parser as sre_parse
except ImportError:  # Python < 3.11
    import sre_parse  # type: ignore[no-redef]

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import noteparse.events  # noqa: F401  (their patterns register their cue words)
import noteparse.parties  # noqa: F401  (imported for the patterns it registers)
from noteparse.context import _CUE_WORDS, _REACH, Context, cue_literals, cue_words
from noteparse.mentions import MentionSet
from noteparse.sections import split_sections
from noteparse.textview import make_view

CUED = sorted(_CUE_WORDS, key=lambda p: p.pattern)


def context(raw: str) -> Context:
    return Context(raw, split_sections(raw), make_view(raw), MentionSet(), [])


def re_compiles(pattern) -> bool:
    try:
        re.compile(pattern.pattern)
    except re.error:  # a variable-width lookbehind: hypothesis cannot draw from it
        return False
    return True


DRAWABLE = [p for p in CUED if re_compiles(p)]


@pytest.mark.parametrize("pattern", DRAWABLE, ids=[p.pattern[:40] for p in DRAWABLE])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_context_cue_words_occur_in_every_match(pattern, data):
    """Each text that the pattern matches holds, lowered, one of its cue words inside the match."""
    text = data.draw(st.from_regex(pattern.pattern))
    for m in pattern.finditer(text):
        folded = m.group().lower()
        if len(folded) == len(m.group()) and "\u017f" not in m.group():
            assert any(w in folded for w in _CUE_WORDS[pattern]), (m.group(), pattern.pattern)


def covers(items, words: list[str]) -> bool:
    """Whether every string that the parsed pattern ``items`` matches contains one of ``words``
    (lowered): a run of literals holds one, or a group does, or every branch of an alternation.
    Conservative: a run never spans a group, so it may miss a cover but never claims a false one."""
    run = ""
    for op, av in items:
        if op is sre_parse.LITERAL:
            run += chr(av).lower()
            if any(w in run for w in words):
                return True
            continue
        if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            continue  # consumes nothing: the run goes on
        run = ""
        if op is sre_parse.SUBPATTERN and covers(av[-1], words):
            return True
        if op is sre_parse.BRANCH and all(covers(branch, words) for branch in av[1]):
            return True
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT) and av[0] >= 1 \
                and covers(av[2], words):
            return True
    return False


@pytest.mark.parametrize("pattern", CUED, ids=[p.pattern[:40] for p in CUED])
def test_context_cue_words_cover_every_branch(pattern):
    """Read from the pattern itself: each way it can match goes through one of its cue words."""
    assert covers(sre_parse.parse(pattern.pattern), _CUE_WORDS[pattern])


WORDS = ["was held", "WAS HELD", "Took Place", "hosts", "ho\u017fts", "organi\u017fed", "organized by",
         "Organi\u0130zed",
         "\u0130stanbul", "previous", "PREVIOUS", "signed", "workshop", "Round Table", "peer-review", "experts from",
         "STATES", "with the support of", "Thanks to", "\u212aicked off", "participated", "met", "meets", " ", ".",
         "\n", ",", "x", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=20).map("".join), st.integers(0, 60), st.integers(0, 200))
def test_context_search_same_as_the_pattern(raw, start, end):
    """Skipping a pattern where none of its cue words occurs never loses a match, whatever the case
    or the letters that lower oddly ("ſ" is an s, "İ" lowers to two letters, "K" is a k)."""
    ctx = context(raw)
    for pattern in CUED:
        expected = pattern.search(raw, start, end)
        found = ctx.search(pattern, start, end)
        assert (found and found.span()) == (expected and expected.span())
        assert ctx.search(pattern, start, end) is found  # asked once


@pytest.mark.parametrize("words", ["Held", "hel1d", "hel-d", "\u017f"])
def test_context_cue_words_are_lowercase_letters(words):
    with pytest.raises(ValueError):
        cue_words(CUED[0], words)


LITERALS = cue_literals("aa", "aaa", "a b", "b\n", "present:")


def find_all(text: str, literal: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(literal, i)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "A", "b", " ", "\n", "present", ":", "held", "x"]), max_size=40).map("".join))
def test_context_literal_spans_are_every_occurrence_overlapping_or_not(raw):
    """One Aho-Corasick pass finds what a str.find scan per literal finds, overlapping occurrences
    ("aaaa" holds "aa" three times) and literals nobody registered ("held") included."""
    ctx = context(raw)
    lowered = raw.lower()
    for literals in (LITERALS, ("held", "aa"), ("x",)):
        expected = sorted((at, at + len(w)) for w in literals for at in find_all(lowered, w))
        assert ctx.literal_spans(literals) == expected


def test_context_literal_spans_of_an_example():
    assert context("Aaaa b\nPresent: x").literal_spans(("aa", "b\n", "present:")) == [
        (0, 2), (1, 3), (2, 4), (5, 7), (7, 15)]


@pytest.mark.parametrize("literals", [("Present:",), ("",)])
def test_context_cue_literals_are_lowercase_and_not_empty(literals):
    with pytest.raises(ValueError):
        cue_literals(*literals)


OPENED = sorted(_REACH, key=lambda p: p.pattern)
CLAUSE_WORDS = ["following", "Following the", "after", "AFTER its", "on the margins of", "on  the\nsidelines of",
                "on the margins of the", "On the sidelines of an", "In the run-up to its", "As a follow-up to the",
                "in preparation for their", "IN PREPARATION FOR A",
                "in the run-up to", "as a follow-up to", "Building on", "built on", "Builds on the", "followed the", "follows up on its",
                "prior to", "ahead of", "the", "an", "a",
                "their", "summit", "co-organized", "Co-Hosted", "is hosting", "was held", "will host", "jointly",
                "together", "be", "to", "by", "jointly is co-organizing", "Together will co-host",
                "jointly are hosting",
                "organi\u017fed", "\u0130n the", "hold", "held", "convenes",
                " ", "  ", ",", ".", ";", "\n", "-", "x", "2012", "\u00e9", "\u0301", "_"]


@pytest.mark.parametrize("pattern", OPENED, ids=[p.pattern[:40] for p in OPENED])
@settings(max_examples=1000, deadline=None)
@given(raw=st.lists(st.sampled_from(CLAUSE_WORDS), max_size=40).flatmap(
    lambda words: st.sampled_from(["", " "]).map(lambda sep: sep.join(words))),
    start=st.integers(0, 30), end=st.integers(0, 500))
def test_context_finditer_near_cue_words_same_as_the_pattern(pattern, raw, start, end):
    """Trying a pattern only at the words before its cue words finds every match a scan finds."""
    expected = [m.span() for m in pattern.finditer(raw, start, end)]
    assert [m.span() for m in context(raw).finditer(pattern, start, end)] == expected


@pytest.mark.parametrize("pattern", CUED, ids=[p.pattern[:40] for p in CUED])
@settings(max_examples=50, deadline=None)
@given(words=st.lists(st.sampled_from(CLAUSE_WORDS + ["took part", "In cooperation with", "participated", "thanks"]),
                      min_size=1, max_size=30),
       start=st.integers(0, 9000), length=st.integers(0, 9000))
def test_context_search_over_a_long_span_same_as_the_pattern(pattern, words, start, length):
    """Over a long span, as over a sentence, Context.search looks for the cue words in the note's
    sorted offsets of them: it finds what a search of the pattern finds."""
    raw = (" ".join(words) + ". ") * 40
    ctx = context(raw)
    found = ctx.search(pattern, start, start + length)
    expected = pattern.search(raw, start, start + length)
    assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize("raw, year", [
    ("".join(f"{i}/9 A post.\n\n" for i in range(1, 10)) + "11:02 PM \u00b7 Nov 26, 2025\n", 2025),
    ("Notes on the workshop.\n\nIssued by the 1540 Committee experts, New York, 29 January 2024\n", 2024),
    ("A visit to Majuro, 24\u201326 November. The RMI aims for mid-2026.\n", None),
    ("Foreword\n\n" + "The workshop ran from 14 to 16 May.\n\n" * 5 + "Readers of the Almaty workshop of September "
     "2017 will see progress.\n\nDr. A. Example\nMunster, November 2019\n", 2019),
    ("Foreword\n\n" + "The workshop ran from 14 to 16 May.\n\n" * 5 + "Next: a workshop in Almaty, September 2027, "
     "to be confirmed.\n", None),
])
def test_context_a_closing_issue_line_or_a_posts_time_stamp_dates_the_note(raw, year):
    """A thread's closing "11:02 PM · Nov 26, 2025" is when it was posted, as an Information Note's
    "Issued by …, 29 January 2024" is when it was issued and a foreword's closing "Munster, November 2019"
    when it was signed (not a line that goes on after its date)."""
    assert context(raw).publication_year == year


@pytest.mark.parametrize("raw, year", [
    ("OMAN NEWS AGENCY\nLocal News | 2026\n\nMuscat, Feb 9 (ONA) --- The police today launched an exercise.\n", 2026),
    ("KHTP CONNECT\nThe Newsletter of the Park | Issue 2 | 2026\n\nThe roundtable met on Wednesday, 29 April.\n", 2026),
    ("Muscat, Feb 9 (ONA) --- The police today launched an exercise, the 2026 edition.\n", None),
])
def test_context_a_year_alone_in_a_mastheads_cell_dates_a_yearless_dateline(raw, year):
    """A news agency's kicker line "Local News | 2026" gives the year its dateline "Muscat, Feb 9 (ONA)" leaves
    out; a year in the prose is no masthead's."""
    assert context(raw).publication_year == year
