"""The compiled-pattern cache: a later process loads what an earlier one compiled, and a bad cache costs nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import regex

from noteparse import patterns


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """The cache module as a new process sees it, with its cache in ``tmp_path``."""
    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_loaded", None)
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns, "_new", False)
    return tmp_path


def _new_process(monkeypatch):
    monkeypatch.setattr(patterns, "_loaded", None)
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns, "_new", False)


def _no_compiling(*args, **kwargs):
    raise AssertionError("compiled again")


@pytest.mark.parametrize("pattern, named, text, found", [
    (r"\b\L<months>\s+\d{4}", {"months": ["March", "May"]}, "in May 2019", "May 2019"),
    (r"(?i)resolution\s+(\d{4})", {}, "RESOLUTION 1540", "RESOLUTION 1540"),
])
def test_patterns_a_later_process_loads_without_compiling(fresh, monkeypatch, pattern, named, text, found):
    patterns.compile(pattern, **named)
    patterns.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(regex, "compile", _no_compiling)
    loaded = patterns.compile(pattern, **named)
    assert loaded.search(text).group() == found
    assert loaded.pattern == pattern


def test_patterns_a_changed_named_list_is_compiled_again(fresh, monkeypatch):
    patterns.compile(r"\L<months>", months=["May"])
    patterns.save()
    _new_process(monkeypatch)
    assert patterns.compile(r"\L<months>", months=["May", "June"]).fullmatch("June")
    assert patterns.compile(r"\L<months>", months=["May"]).fullmatch("June") is None


def test_patterns_same_flags_only(fresh, monkeypatch):
    patterns.compile("abc")
    patterns.save()
    _new_process(monkeypatch)
    assert patterns.compile("abc", regex.IGNORECASE).fullmatch("ABC")


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x04K\x01.", os.urandom(64)])
def test_patterns_a_corrupt_cache_is_compiled_over(fresh, monkeypatch, content):
    patterns.cache_file().write_bytes(content)
    assert patterns.compile(r"\d+").fullmatch("1540")
    patterns.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(regex, "compile", _no_compiling)
    assert patterns.compile(r"\d+").fullmatch("1540")


def test_patterns_off_writes_nothing(fresh, monkeypatch):
    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", "")
    assert patterns.cache_file() is None
    patterns.compile(r"\w+")
    patterns.save()
    assert list(fresh.iterdir()) == []


def test_patterns_an_unwritable_cache_is_no_error(fresh, monkeypatch):
    blocker = fresh / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", str(blocker / "cache"))
    assert patterns.compile(r"\s+").fullmatch("  ")
    patterns.save()
    assert blocker.read_text() == "not a directory"


def test_patterns_save_keeps_only_what_this_process_used(fresh, monkeypatch):
    patterns.compile("old rule")
    patterns.save()
    _new_process(monkeypatch)
    patterns.compile("new rule")
    patterns.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(regex, "compile", _no_compiling)
    assert patterns.compile("new rule")
    with pytest.raises(AssertionError, match="compiled again"):
        patterns.compile("old rule")


def test_patterns_the_pipeline_gives_the_same_record_from_a_warm_cache(tmp_path, sample_path):
    """Two fresh processes, the first compiling every rule (and tokenizing every gazetteer phrase)
    and the second loading them all."""
    env = {**os.environ, "NOTEPARSE_CACHE_DIR": str(tmp_path)}
    run = [sys.executable, "-m", "noteparse", "parse", str(sample_path)]
    cold = subprocess.run(run, env=env, capture_output=True, check=True).stdout
    assert list(tmp_path.glob("patterns-*.pickle")) and list(tmp_path.glob("phrase-words-*.pickle"))
    warm = subprocess.run(run, env=env, capture_output=True, check=True).stdout
    assert warm == cold
