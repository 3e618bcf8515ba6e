"""The spaCy pipeline: our tokenizer tweaks change no token."""

from __future__ import annotations

import pytest
import spacy

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
