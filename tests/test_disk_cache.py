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


def test_disk_cache_derived_built_once_then_read(monkeypatch, tmp_path):
    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return {"kigali": ("Kigali", "RWA")}

    assert disk_cache.derived("towns", build) == {"kigali": ("Kigali", "RWA")}
    assert disk_cache.derived("towns", build) == {"kigali": ("Kigali", "RWA")}
    assert len(built) == 1
    assert [p.name for p in tmp_path.iterdir()] == [f"towns-{disk_cache.package_fingerprint()}.pickle"]


def test_disk_cache_derived_by_other_code_is_not_read_and_is_replaced(monkeypatch, tmp_path):
    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", str(tmp_path))
    disk_cache.write(tmp_path / "towns-0ldc0de0.pickle", {"stale": ()})
    (tmp_path / "other-0ldc0de0.pickle").write_bytes(b"kept")
    assert disk_cache.derived("towns", lambda: {"fresh": ()}) == {"fresh": ()}
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "other-0ldc0de0.pickle", f"towns-{disk_cache.package_fingerprint()}.pickle"]


def test_disk_cache_derived_when_off_just_builds(monkeypatch):
    monkeypatch.setenv("NOTEPARSE_CACHE_DIR", "")
    assert disk_cache.derived("towns", lambda: [1, 2]) == [1, 2]


def test_disk_cache_package_fingerprint_changes_with_any_code_or_data_file(monkeypatch, tmp_path):
    """Hashed over a copy of the package with one data file changed."""
    import shutil
    from pathlib import Path

    package = Path(disk_cache.__file__).parent
    copy = tmp_path / "noteparse"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    fingerprint = disk_cache.package_fingerprint.__wrapped__

    monkeypatch.setattr(disk_cache, "__file__", str(copy / "disk_cache.py"))
    same = fingerprint()
    with (copy / "data" / "cities.jsonl").open("a") as fh:
        fh.write("\n")
    assert same == disk_cache.package_fingerprint() and fingerprint() != same
