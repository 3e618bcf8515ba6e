"""The spaCy pipeline: our tokenizer tweaks change no token; our gazetteer ruler finds what SpanRuler found."""

from __future__ import annotations

import re

from functools import cache

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import ORTH

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
    from noteparse.nlp import KEEP_PUNCTUATION_RUNS, BlankEnglish

    assert BlankEnglish().tokenizer.token_match == KEEP_PUNCTUATION_RUNS.match
    assert [t.text for t in build_nlp().tokenizer("(" * 80 + "Kenya")] == ["(" * 80 + "Kenya"]
    assert [t.text for t in build_nlp().tokenizer("(Kenya), [UNODA]")] == ["(", "Kenya", ")", ",", "[", "UNODA", "]"]


def test_tokenizer_saves_and_reloads_with_its_punctuation_runs():
    """spaCy saves a token_match as its pattern: a pipeline written to disk and read back keeps it."""
    saved = build_nlp().tokenizer.to_bytes()
    reloaded = spacy.blank("en")
    reloaded.tokenizer.from_bytes(saved)

    assert [t.text for t in reloaded.tokenizer("Kenya" + "]" * 80)] == ["Kenya" + "]" * 80]


def test_punctuation_runs_go_before_a_pipelines_own_token_match():
    from noteparse.nlp import _keep_punctuation_runs

    match = _keep_punctuation_runs(re.compile(r"(?i)[a-z]+://\S+").match)

    assert match("HTTPS://example.org") and match("[" * 70) and not match("Kenya") and not match("[" * 40)


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


def _gazetteer_phrases() -> list[tuple[str, str]]:
    from noteparse.organizations import org_patterns
    from noteparse.places import region_patterns
    from noteparse.states import demonym_patterns, state_patterns

    orgs = [(text, "LOWER" if not case else "ORTH") for text, _, case in org_patterns()]
    return [(text, "ORTH") for text, _ in state_patterns() + region_patterns() + demonym_patterns()] + orgs


def test_nlp_phrase_words_hash_as_the_tokenizers_docs_do():
    """The matchers are given each phrase's ORTH or LOWER hashes from its token texts: the same a Doc has."""
    from spacy.attrs import LOWER

    nlp = build_nlp()
    words = nlp.get_pipe("noteparse_gazetteers").words
    strings, blank = nlp.vocab.strings, spacy.blank("en")
    for text, attr in _gazetteer_phrases():
        doc = blank.make_doc(text)
        expected = list(doc.to_array(LOWER if attr == "LOWER" else ORTH))
        assert [strings[w.lower() if attr == "LOWER" else w] for w in words(text)] == expected, text


def test_nlp_phrase_words_a_later_process_reads_them_without_tokenizing(tmp_path):
    from noteparse.nlp import PhraseWords

    path = tmp_path / "words.pickle"
    first = PhraseWords(spacy.blank("en"), path)
    assert first("U.S. Department of State") == ("U.S.", "Department", "of", "State")
    first.save()
    later = PhraseWords(None, path)  # a tokenizer asked for anything would raise
    assert later("U.S. Department of State") == ("U.S.", "Department", "of", "State")


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x04K\x01."])
def test_nlp_phrase_words_a_corrupt_file_is_tokenized_over(tmp_path, content):
    from noteparse.nlp import PhraseWords

    path = tmp_path / "words.pickle"
    path.write_bytes(content)
    words = PhraseWords(spacy.blank("en"), path)
    assert words("Côte d'Ivoire") == ("Côte", "d'Ivoire")
    words.save()
    assert PhraseWords(None, path)("Côte d'Ivoire") == ("Côte", "d'Ivoire")


def test_nlp_phrase_words_file_named_by_spacys_version_and_this_module(monkeypatch, tmp_path):
    from noteparse import nlp as module

    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", str(tmp_path))
    now = module._phrase_words_file()
    assert now.parent == tmp_path and spacy.__version__ in now.name
    monkeypatch.setattr(spacy, "__version__", "9.9.9")
    assert module._phrase_words_file() != now
    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", "")
    assert module._phrase_words_file() is None
