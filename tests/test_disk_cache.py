"""The cache directory: where it is, how it is turned off, and that a bad file costs nothing."""

from __future__ import annotations

import os

import pytest

from noteparse import disk_cache


@pytest.mark.parametrize("env, expected", [
    ({"NOTEPARSE_CACHE_DIR": "/somewhere"}, "/somewhere/x.pickle"),
    ({"XDG_CACHE_HOME": "/xdg"}, "/xdg/noteparse/x.pickle"),
    ({"HOME": "/home/analyst"}, "/home/analyst/.cache/noteparse/x.pickle"),
])
def test_disk_cache_path_from_the_environment(monkeypatch, env, expected):
    for name in ("NOTEPARSE_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert str(disk_cache.cache_path("x.pickle")) == expected


def test_disk_cache_off_reads_and_writes_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", "")
    path = disk_cache.cache_path("x.pickle")
    assert path is None
    disk_cache.write(path, {"a": 1})
    assert disk_cache.read(path) is None


def test_disk_cache_written_whole_and_read_back(tmp_path):
    path = tmp_path / "deeper" / "x.pickle"
    disk_cache.write(path, {"Republic of Korea": ("Republic", "of", "Korea")})
    assert disk_cache.read(path) == {"Republic of Korea": ("Republic", "of", "Korea")}
    assert [p.name for p in path.parent.iterdir()] == ["x.pickle"]  # no temporary file left


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x04K\x01", os.urandom(64)])
def test_disk_cache_a_corrupt_file_reads_as_none(tmp_path, content):
    path = tmp_path / "x.pickle"
    path.write_bytes(content)
    assert disk_cache.read(path) is None
    assert disk_cache.read(tmp_path / "absent.pickle") is None


def test_disk_cache_an_unwritable_place_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    disk_cache.write(blocker / "x.pickle", [1, 2])
    assert blocker.read_text() == "not a directory"
