"""The spaCy pipeline: our tokenizer tweaks change no token; our gazetteer ruler finds what SpanRuler found."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from noteparse.nlp import build_nlp


@pytest.mark.parametrize("text", [
    "Held in\nAshgabat, Turkmenistan\n\non 13 March 2012.",
    "a\tb \n c  d\n\n\n e\u00a0f",
    "Dr.\nSmith (U.S.)\n:)\n",
    "\n",
])
def test_nlp_tokens_same_as_blank_english(text):
    stock = spacy.blank("en").tokenizer(text)
    ours = build_nlp().tokenizer(text)
    assert [(t.text, t.idx, t.whitespace_, t.norm_) for t in ours] == [(t.text, t.idx, t.whitespace_, t.norm_) for t in stock]


def test_blank_english_tokenizer_built_once_without_whitespace_exceptions():
    from noteparse.nlp import _drop_whitespace_specials

    reloaded = spacy.blank("en")
    _drop_whitespace_specials(reloaded)  # what a loaded pipeline gets: its rules set again
    rules = build_nlp().tokenizer.rules
    assert "\n" not in rules and " " not in rules and "\xa0" in rules
    assert list(rules.items()) == list(reloaded.tokenizer.rules.items())


def test_blank_english_tokenizer_keeps_punctuation_runs_from_the_start():
    """Set after the build, token_match would load the special cases a second time."""
    from noteparse.nlp import BlankEnglish, _KeepPunctuationRuns

    assert isinstance(BlankEnglish().tokenizer.token_match, _KeepPunctuationRuns)
    assert [t.text for t in build_nlp().tokenizer("(" * 80 + "Kenya")] == ["(" * 80 + "Kenya"]


_WORDS = ["Georgia", "New", "York", "City", "of", "the", "Republic", "Korea", "republic", "korea", "NEW", ",", "\n"]
_PATTERNS = [("Georgia", "GEO"), ("Georgia", "USA-GA"), ("New York", "NY"), ("York", "YRK"), ("New York City", "NYC"),
             ("City of York", "YRK"), ("Republic of Korea", "KOR"), ("Korea", "KOR"), ("the Republic", "REP")]


_OTHER = [("York", "CITY-YRK"), ("New York", "CITY-NY"), ("Korea", "PEN-KOR"), ("Georgia", "CITY-GA")]


@cache
def _span_ruler_nlp(attrs: tuple[str, str]) -> spacy.Language:
    """What the gazetteer ruler replaces: one SpanRuler per group, longest match first."""
    nlp = spacy.blank("en")
    for key, attr, patterns in (("g", attrs[0], _PATTERNS), ("h", attrs[1], _OTHER)):
        ruler = nlp.add_pipe("span_ruler", name=key, config={
            "spans_key": key, "phrase_matcher_attr": attr, "overwrite": True,
            "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}})
        ruler.add_patterns([{"label": key.upper(), "pattern": text, "id": ident} for text, ident in patterns])
    return nlp


@cache
def _gazetteer_nlp(attrs: tuple[str, str]) -> spacy.Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("noteparse_gazetteers")
    ruler.add("g", "G", attrs[0], _PATTERNS)
    ruler.add("h", "H", attrs[1], _OTHER)
    return nlp


@pytest.mark.parametrize("attrs", [("ORTH", "ORTH"), ("LOWER", "ORTH"), ("ORTH", "LOWER")])
@given(words=st.lists(st.sampled_from(_WORDS), max_size=30))
@settings(max_examples=150, deadline=None)
def test_nlp_gazetteer_ruler_same_spans_as_span_rulers(attrs, words):
    text = " ".join(words)
    stock_doc, our_doc = _span_ruler_nlp(attrs)(text), _gazetteer_nlp(attrs)(text)
    for key in ("g", "h"):
        expected = [(s.start, s.end, s.label_, s.id_) for s in stock_doc.spans[key]]
        assert [(s.start, s.end, s.label_, s.id_) for s in our_doc.spans[key]] == expected
