"""Tests of noteparse.review: the HTML builder on its own, then the site in a real browser.

Browser tests open the pages in Debian's Chromium (/usr/bin/chromium) driven by Playwright for
Python; they skip, saying why, when either is missing (`.ci/install-browser` installs both).
With NOTEPARSE_UPDATE_DOCS=1 they also refresh the screenshots docs/review-index.png and docs/review-note.png.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from noteparse.golden import Change, NoteCheck
from noteparse.record import iter_spans
from noteparse.review import (FIELDS, INK, Mark, build_site, check_page, collect_notes, grounded_values,
                              highlight_html, note_page, write_site)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = ROOT / "raw" / "information-note-ashgabat-2012.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
DOCS = ROOT / "docs"


def _screenshot_dir(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """docs/ when NOTEPARSE_UPDATE_DOCS=1 (refresh the committed screenshots), else a temp dir,
    so that running the tests never changes tracked files."""
    if os.environ.get("NOTEPARSE_UPDATE_DOCS") == "1":
        return DOCS
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """Where the browser tests save their screenshots (see _screenshot_dir)."""
    return _screenshot_dir(tmp_path_factory)
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

MARKUP_NOTE = """Information Note

Event: Seminar on <Export> Controls & Licensing
Organizers: Organization for Security and Co-operation in Europe (OSCE)
Date and Venue: 4-5 May 2015, Astana, Kazakhstan
Participants: States: Kazakhstan, Kyrgyzstan & Tajikistan

Background

The seminar (<b>not bold</b>) followed resolution 1540 (2004) & its follow-up.
"""
"""A note of our own whose text holds HTML markup and ampersands."""


def expected_highlights(record) -> list[tuple[str, int, int]]:
    """``(data-field, start, end)`` of every highlight a page must have, worked out from
    ``iter_spans`` independently of the builder: every span but sections' and warnings', and
    every ``spans`` entry that is not its object's own span."""
    own = {path[: -len(".span")]: tuple(span) for path, span in iter_spans(record) if path.endswith(".span")}
    out = []
    for path, span in iter_spans(record):
        if path.startswith("warnings") or re.fullmatch(r"sections\[\d+\]\.span", path):
            continue
        if path.endswith(".span"):
            out.append((path[: -len(".span")], *span))
        elif tuple(span) != own[path.rsplit(".spans[", 1)[0]]:
            out.append((path, *span))
    return sorted(out)


class _Balance(HTMLParser):
    """Checks that tags nest properly and collects the text outside tags."""

    VOID = {"meta", "br", "input", "link", "img", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _mark(start: int, end: int, rank: int = 0, name: str = "m") -> Mark:
    return Mark(start, end, rank, f'<span class="hl" data-field="{name}">', f'<span class="hl-cont" data-cont="{name}">')


# --- the builder, no browser ------------------------------------------------------------------

@pytest.mark.parametrize("raw, spans, blocks", [
    ("a State inside a line", [(2, 7), (0, 21)], []),
    ("crossing spans here", [(0, 8), (4, 14)], []),
    ("equal spans twice", [(0, 5), (0, 5), (6, 11)], []),
    ("zero-length at 3 and at the end", [(3, 3), (31, 31), (0, 31)], []),
    ("one\ntwo three\nfour", [(0, 8), (2, 16)], [(4, 14, '<span class="sec">')]),
    ("<b>&amp; x</b> & <", [(0, 3), (3, 14), (15, 18)], []),
])
def test_review_highlight_nests_well_formed(raw, spans, blocks):
    marks = [_mark(s, e, name=f"m{i}") for i, (s, e) in enumerate(spans)]
    out = highlight_html(raw, marks, blocks)
    checker = _Balance()
    checker.feed(out)
    checker.close()
    assert checker.errors == [] and checker.stack == []
    assert "".join(checker.text) == raw
    assert out.count('class="hl"') == len(spans)


@pytest.mark.parametrize("needle, escaped", [
    ("<Export>", "&lt;Export&gt;"), ("Controls & Licensing", "Controls &amp; Licensing"),
    ("(<b>not bold</b>)", "(&lt;b&gt;not bold&lt;/b&gt;)"),
])
def test_review_note_page_escapes_markup(pipeline, needle, escaped):
    page = note_page(pipeline(MARKUP_NOTE), MARKUP_NOTE, name="markup.txt")
    assert needle not in page and escaped in page


def test_review_note_page_is_well_formed(pipeline):
    page = note_page(pipeline(MARKUP_NOTE), MARKUP_NOTE)
    checker = _Balance()
    checker.feed(page)
    assert checker.errors == [] and checker.stack == []


@pytest.mark.parametrize("path", [SAMPLE_PATH])
def test_review_grounded_values_match_record(pipeline, path):
    raw = path.read_text(encoding="utf-8")
    record = pipeline.parse_file(path)
    values = grounded_values(record, raw)
    assert sorted((v.path, v.start, v.end) for v in values) == expected_highlights(record)
    assert all(v.text == raw[v.start:v.end] for v in values)


def _luminance(colour: str) -> float:
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.abbr)
def test_review_field_colours_have_contrast(field):
    assert _contrast(INK, field.background) >= 4.5
    assert field.style == "none" or _contrast(field.line, field.background) >= 3  # a visible underline


def test_review_fields_differ_by_more_than_colour():
    cues = [(f.abbr, f.label) for f in FIELDS]
    assert len({a for a, _ in cues}) == len(FIELDS) and len({lbl for _, lbl in cues}) == len(FIELDS)


def test_review_build_site_lists_failed_note_and_prints_nothing(pipeline, tmp_path, capsys):
    notes = tmp_path / "notes"
    (notes / "sub").mkdir(parents=True)
    (notes / "sub" / "good.txt").write_text(MARKUP_NOTE, encoding="utf-8")
    (notes / "bad.txt").write_bytes(b"\x00\x01binary\x00")
    (notes / "ignored.md").write_text("not a note", encoding="utf-8")
    written = build_site([notes], tmp_path / "site", pipeline=pipeline)
    assert [p.name for p in written] == ["index.html", "good.html"]
    index = written[0].read_text(encoding="utf-8")
    assert 'class="failed"' in index and "bad.txt" in index and "ignored" not in index
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("change", [Change("participants.states[3].code", "RUX", "RUS")])
def test_review_check_page_marks_changes(change):
    page = check_page([NoteCheck("note", "changed", [change]), NoteCheck("other", "same")])
    assert '<del class="chg"><span class="sign">−</span>&quot;RUX&quot;</del>' in page
    assert '<ins class="chg"><span class="sign">+</span>&quot;RUS&quot;</ins>' in page
    assert "1 changed, 1 same" in page


# --- the site in a real browser ---------------------------------------------------------------

@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, one per session; skips (with the reason) if missing."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} not found: run .ci/install-browser (apt-get install chromium)"
        print(f"\nSKIP browser tests: {reason}")
        pytest.skip(reason)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed: pip install 'noteparse[test]' (or .ci/install-browser)"
        print(f"\nSKIP browser tests: {reason}")
        pytest.skip(reason)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site(pipeline, tmp_path_factory):
    """A site of the sample note, a note with markup, a failed note and the shared corpus if present;
    ``site/docs/`` holds the site of ``noteparse review raw ../shared/corpus`` alone, for screenshots."""
    notes = tmp_path_factory.mktemp("notes")
    (notes / "markup.txt").write_text(MARKUP_NOTE, encoding="utf-8")
    (notes / "broken.txt").write_bytes(b"\x00\x00")
    here = os.getcwd()
    os.chdir(ROOT)  # paths as a user in the repository types them
    try:
        ours = collect_notes([SAMPLE_PATH.relative_to(ROOT)] + ([os.path.relpath(CORPUS)] if CORPUS.is_dir() else []),
                             pipeline)
    finally:
        os.chdir(here)
    out = tmp_path_factory.mktemp("site")
    write_site(ours + collect_notes([notes], pipeline), out)
    write_site(ours, out / "docs")
    return out


@pytest.fixture()
def page(browser):
    """A fresh page that lets file: URLs through and aborts (and records) everything else."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    pg.on("request", lambda r: None if r.url.startswith(("file:", "data:", "about:")) else outside.append(r.url))
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert outside == [], f"network requests made: {outside}"
    assert errors == [], f"script errors: {errors}"


def test_review_browser_highlights_are_the_record(page, site, pipeline):
    record = pipeline.parse_file(SAMPLE_PATH)
    raw = SAMPLE_PATH.read_text(encoding="utf-8")
    page.goto((site / "information-note-ashgabat-2012.html").as_uri())
    found = page.eval_on_selector_all("[data-field]", """els => els.map(el => {
        const f = el.dataset.field;
        const rest = Array.from(document.querySelectorAll('[data-cont]')).filter(c => c.dataset.cont === f);
        return [f, +el.dataset.start, +el.dataset.end, el.textContent + rest.map(c => c.textContent).join(''),
                el.classList.contains('hl'), el.tabIndex];
    })""")
    assert len(found) == len(expected_highlights(record))
    assert sorted((f, s, e) for f, s, e, *_ in found) == expected_highlights(record)
    assert [(f, t) for f, s, e, t, *_ in found if t != raw[s:e]] == []
    assert all(is_hl and tab == 0 for *_, is_hl, tab in found)


def test_review_browser_hover_shows_normalised_value(page, shots, site):
    page.goto((site / "docs" / "information-note-ashgabat-2012.html").as_uri())
    russia = page.locator('[data-field="participants.states[3]"]')
    assert russia.text_content() == "the Russian Federation"
    assert "Russian Federation, RUS" in russia.get_attribute("title")
    russia.hover()
    assert "Russian Federation, RUS" in page.locator("#status").text_content()
    hovered = page.locator(".hover")
    assert "Russian Federation, RUS" in hovered.evaluate("el => getComputedStyle(el, '::after').content")
    assert hovered.evaluate("el => getComputedStyle(el, '::after').display") != "none"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / "review-note.png"))


def test_review_browser_keyboard_and_tree_links(page, site):
    page.goto((site / "information-note-ashgabat-2012.html").as_uri())
    first = page.locator(".hl, .wmark").first
    first.focus()
    assert "[" in first.evaluate("el => getComputedStyle(el, '::after').content")  # the focus tooltip
    page.keyboard.press("n")
    second = page.evaluate("document.activeElement.dataset.field")
    assert second and second != first.get_attribute("data-field")
    page.locator('.tree a[href="#h-dates"]').first.click()
    assert page.evaluate("document.activeElement.id") == "h-dates"
    assert "2012-03-13 – 2012-03-15" in page.locator("#status").text_content()


def test_review_browser_index_filters_and_sorts(page, shots, site):
    page.goto((site / "index.html").as_uri())
    rows = page.locator("#notes tbody tr")
    total = rows.count()
    assert total >= 3 and page.locator("#notes tr.failed").count() == 1
    page.fill("#filter", "ashgabat")
    visible = page.locator("#notes tbody tr:visible")
    assert 1 <= visible.count() < total
    assert all("ashgabat" in t.lower() for t in visible.all_text_contents())
    page.fill("#filter", "no such note anywhere")
    assert page.locator("#notes tbody tr:visible").count() == 0
    assert page.locator("#shown").text_content() == "0 shown"
    page.fill("#filter", "")
    states = page.locator("#notes thead th", has_text="States")
    states.locator("button").click()
    assert states.get_attribute("aria-sort") == "ascending"
    numbers = [int(t) for t in page.locator("#notes tbody tr:not(.failed) td:nth-child(5)").all_text_contents()]
    assert numbers == sorted(numbers)
    states.locator("button").click()
    numbers = [int(t) for t in page.locator("#notes tbody tr:not(.failed) td:nth-child(5)").all_text_contents()]
    assert numbers == sorted(numbers, reverse=True) and states.get_attribute("aria-sort") == "descending"
    page.goto((site / "docs" / "index.html").as_uri())
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / "review-index.png"), full_page=True)
