"""Tests for noteparse.dask and `noteparse batch --engine dask`, on a real LocalCluster of two
worker processes: the same files as the local engine, nothing lost when a worker is killed, a
note that kills its worker reported as a crash, parse_bag's records, the missing-Dask message."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed", reason="the Dask engine's tests need dask[distributed]: pip install -e '.[test]'")

from distributed import Client  # noqa: E402

from noteparse.batch import parse_paths, run_batch  # noqa: E402
from noteparse.cli import app  # noqa: E402
from noteparse.dask import INSTALL, MissingDependencyError, dask_engine, local_cluster, parse_bag  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted({p.name: p for p in [*ROOT.glob("raw/*.txt"), *(ROOT.parent / "shared" / "corpus").glob("*.txt")]}.values())
POISON = "NOTEPARSE-TEST-POISON"


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread, configured as `--engine dask` configures its own; shared
    by the tests of this module (started once: a worker process takes seconds to build spaCy)."""
    with local_cluster(2) as cluster, Client(cluster) as client:
        client.wait_for_workers(2)
        yield cluster, client


@pytest.fixture
def address(cluster) -> str:
    """The scheduler's address, after making sure both workers are up (a test may have killed one)."""
    cluster[1].wait_for_workers(2, timeout=60)
    return cluster[0].scheduler_address


def _notes(folder: Path, count: int, poison: int | None = None) -> list[Path]:
    folder.mkdir(parents=True)
    made = []
    for i in range(count):
        src = CORPUS[i % len(CORPUS)]
        made.append(folder / f"{i:04d}-{src.name}")
        text = src.read_text(encoding="utf-8") + f"\nCopy {i}.\n" + (POISON if i == poison else "")
        made[-1].write_text(text, encoding="utf-8")
    return made


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _crash_on_poison(pipeline, note):  # type: ignore[no-untyped-def]
    """A parse that kills its worker process on a note marked POISON (injected by the tests only)."""
    if POISON in note.text:
        os._exit(13)
    return pipeline.parse_note(note)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_dask_writes_the_same_files_as_the_local_engine(tmp_path: Path, address: str, fmt: str) -> None:
    notes = tmp_path / "in"
    _notes(notes / "sub", 40)
    (notes / "empty.txt").write_bytes(b"")
    (notes / "sub" / "binary.txt").write_bytes(random.Random(0).randbytes(500))
    local = run_batch([notes], tmp_path / "local", jobs=2, fmt=fmt)  # type: ignore[arg-type]
    dask = run_batch([notes], tmp_path / "dask", fmt=fmt, engine=dask_engine(address, chunk_size=3))  # type: ignore[arg-type]
    assert (dask.parsed, dask.failed, dask.exit_code) == (local.parsed, local.failed, 1) == (40, 2, 1)
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")


def test_dask_skips_unchanged_notes_on_a_second_run(tmp_path: Path, address: str) -> None:
    _notes(tmp_path / "in", 12)
    first = run_batch([tmp_path / "in"], tmp_path / "out", jobs=1)
    changed = sorted((tmp_path / "in").glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "Added line.\n", encoding="utf-8")
    again = run_batch([tmp_path / "in"], tmp_path / "out", engine=dask_engine(address))
    assert (first.parsed, again.parsed, again.skipped) == (12, 1, 11)


def test_dask_worker_killed_mid_run_loses_nothing(tmp_path: Path, cluster, address: str) -> None:
    notes = _notes(tmp_path / "in", 160)
    client = cluster[1]
    seen: Counter[str] = Counter()

    def kill_a_worker_once(outcome, summary) -> None:  # type: ignore[no-untyped-def]
        seen[outcome.path] += 1
        if summary.done == 20:
            victim = sorted(client.scheduler_info()["workers"])[0]
            os.kill(client.run(os.getpid, workers=[victim])[victim], signal.SIGKILL)

    summary = run_batch([tmp_path / "in"], tmp_path / "out", engine=dask_engine(address, chunk_size=4),
                        on_outcome=kill_a_worker_once)
    assert (summary.parsed, summary.failed) == (len(notes), 0)
    assert set(seen) == {str(n) for n in notes} and set(seen.values()) == {1}  # each note once
    assert sorted(p.stem for p in (tmp_path / "out").glob("*.json")) == sorted(n.stem for n in notes)


def test_dask_note_that_kills_its_worker_twice_is_an_error_line(tmp_path: Path, address: str) -> None:
    notes = _notes(tmp_path / "in", 30, poison=13)
    summary = run_batch([tmp_path / "in"], tmp_path / "out", engine=dask_engine(address, parse=_crash_on_poison))
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["path"], e["kind"]) for e in errors] == [(str(notes[13]), "crash")]
    assert (summary.parsed, summary.failed, summary.exit_code) == (29, 1, 1)


def test_dask_parse_bag_gives_the_local_records(tmp_path: Path, cluster) -> None:
    paths = [*_notes(tmp_path / "in", 10), tmp_path / "in" / "missing.txt"]
    items = parse_bag(paths, partition_size=3).compute()
    expected = [(str(o.path), o.status, o.record and o.record.model_dump(mode="json"), o.kind) for o in parse_paths(paths, jobs=1)]
    assert [(i["path"], i["status"], i["record"], i["kind"]) for i in items] == expected
    assert items[-1]["message"] == "no such file"


def test_dask_missing_gives_the_install_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingDependencyError, match=re.escape(INSTALL)):
        dask_engine()
    _notes(tmp_path / "in", 1)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--engine", "dask"])
    assert result.exit_code == 2 and "pip install 'noteparse[dask]'" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, code, words", [
    (["--engine", "dask", "--scheduler", "{address}"], 0, "3 notes: 3 parsed, 0 failed"),
    (["--engine", "dask", "--jobs", "1"], 0, "3 notes: 3 parsed, 0 failed"),
    (["--scheduler", "{address}"], 2, "--scheduler needs --engine dask"),
    (["--engine", "spark"], 2, "spark"),
])
def test_dask_cli_engine_options(tmp_path: Path, address: str, args: list[str], code: int, words: str) -> None:
    _notes(tmp_path / "in", 3)
    args = [a.format(address=address) for a in args]
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), *args])
    assert result.exit_code == code, result.output
    assert words in result.output


def test_dask_cli_unreachable_scheduler_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("noteparse.dask.CONNECT_SECONDS", 1)
    _notes(tmp_path / "in", 1)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--engine", "dask",
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def _as_from_a_terminal() -> None:
    """The Ctrl-C of a terminal's foreground job, whatever this process was started with (a
    shell's background job ignores SIGINT, and its children inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_dask_cli_ctrl_c_stops_cleanly_and_says_how_far_it_got(tmp_path: Path) -> None:
    notes = _notes(tmp_path / "in", 300)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "noteparse", "batch", str(tmp_path / "in"), "--out", str(out),
                             "--engine", "dask", "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=_as_from_a_terminal)
    deadline = time.monotonic() + 60
    while sum(1 for _ in out.rglob("*.json")) < 10:
        assert time.monotonic() < deadline and proc.poll() is None, "the batch wrote nothing"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the client and its workers get it
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert f"of {len(notes)} notes" in stderr and "Traceback" not in stderr
