"""Shared fixtures: the project's sample note, one pipeline per session, small notes of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from noteparse.record import grounding_errors

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = ROOT / "raw" / "information-note-ashgabat-2012.txt"

SMALL_NOTE = """Information Note

Event: Regional Seminar on Border Controls
Organizers: Organization for Security and Co-operation in Europe (OSCE)
Date and Venue: 4-5 May 2015, Astana, Kazakhstan
Participants: States: Kazakhstan, Kyrgyzstan

Background

The seminar followed resolution 1540 (2004). Contact the experts by e-mail at team@example.org.
"""
"""A note in the Information Note shape, written for the tests (not taken from the corpus)."""

PROSE_NOTE = """The Government of Peru hosted a workshop on export controls in Lima, Peru, on 3 June 2014.
Experts from Chile and Peru discussed the implementation of resolution 1540 (2004).
"""
"""A press-release style note with no header block."""


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """raw/information-note-ashgabat-2012.txt, the project's own sample."""
    return SAMPLE_PATH


@pytest.fixture(scope="session")
def small_note() -> str:
    """A small Information Note of our own (see SMALL_NOTE)."""
    return SMALL_NOTE


@pytest.fixture(scope="session")
def prose_note() -> str:
    """A small press-release style note of our own (see PROSE_NOTE)."""
    return PROSE_NOTE


@pytest.fixture(scope="session")
def sample_raw() -> str:
    """The project's sample note as decoded text (the file is UTF-8)."""
    return SAMPLE_PATH.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def pipeline():
    """The rule-based pipeline, built once for the whole test session."""
    from noteparse import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def sample_record(pipeline):
    """The record the pipeline makes of the sample note."""
    return pipeline.parse_file(SAMPLE_PATH)


@pytest.fixture()
def write_note(tmp_path):
    """Write bytes or text to ``tmp_path/<name>`` and return the path."""

    def write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
        return path

    return write


@pytest.fixture(scope="session")
def parse(pipeline):
    """Parse a text and check that every value in the record is grounded in it."""

    def run(text: str):
        record = pipeline(text)
        assert grounding_errors(record, text) == []
        return record

    return run


def xfail(*values, reason: str):
    """A case that fails today: ``reason`` says what comes out and what should."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))
