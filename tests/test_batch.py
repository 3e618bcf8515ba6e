"""Tests for noteparse.batch and `noteparse batch`: one outcome per note, same records for any
number of workers, atomic writes and resume after a kill, bad input as one-line errors."""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from growth import growth
from noteparse import extract
from noteparse.batch import TMP_SUFFIX, Outcome, find_inputs, parse_paths, remove_stale_temporaries, run_batch, write_atomic
from noteparse.cli import app
from noteparse.errors import ModelError
from noteparse.record import Record, grounding_errors

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted({p.name: p for p in [*ROOT.glob("raw/*.txt"), *ROOT.glob("tests/fixtures/eval/*.txt"),
                                     *(ROOT.parent / "shared" / "corpus").glob("*.txt")]}.values())
"""Real notes: the project's own (always there) and ../shared/corpus where it sits beside the repo."""
SAMPLE = (ROOT / "raw" / "information-note-ashgabat-2012.txt").read_text(encoding="utf-8")


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A small tree of real notes: some at the top, two in a sub-folder."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for src in CORPUS:
        shutil.copy(src, root / src.name)
    for src in CORPUS[:2]:
        shutil.copy(src, root / "sub" / src.name)
    return root


def _records(out: Path) -> dict[str, dict]:
    return {p.relative_to(out).as_posix(): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(out.rglob("*.json"))}


def _errors(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_batch_writes_one_record_per_note(notes: Path, tmp_path: Path, fmt: str) -> None:
    summary = run_batch([notes], tmp_path / "out", jobs=1, fmt=fmt)  # type: ignore[arg-type]
    expected = len(CORPUS) + 2
    assert (summary.total, summary.parsed, summary.failed, summary.exit_code) == (expected, expected, 0, 0)
    if fmt == "json":
        written = _records(tmp_path / "out")
        assert len(written) == expected and "sub/" + CORPUS[0].with_suffix(".json").name in written
    else:
        lines = (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == expected
        assert [json.loads(line)["source"]["path"] for line in lines] == [i.path for i in find_inputs([notes])]
    assert _errors(tmp_path / "out") == []


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_batch_records_identical_whatever_jobs(notes: Path, tmp_path: Path, fmt: str) -> None:
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        run_batch([notes], out, jobs=jobs, fmt=fmt)  # type: ignore[arg-type]
        outputs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert outputs[0] == outputs[1]


def test_batch_parent_of_workers_loads_neither_spacy_nor_pydantic(notes: Path, tmp_path: Path) -> None:
    """With --jobs 2 the parent only lists, hands out and writes: importing pydantic and building the
    record model (0.2 s) or spaCy would only delay the workers' start. Checked in a fresh interpreter."""
    script = (f"from noteparse.batch import run_batch\n"
              f"if __name__ == '__main__':\n"
              f"    import sys\n"
              f"    summary = run_batch([{str(notes)!r}], {str(tmp_path / 'out')!r}, jobs=2)\n"
              f"    print(summary.parsed, sorted(m for m in ('pydantic', 'spacy', 'noteparse.record') if m in sys.modules))\n")
    (tmp_path / "parent.py").write_text(script)
    result = subprocess.run([sys.executable, str(tmp_path / "parent.py")], capture_output=True, text=True, check=True)
    assert result.stdout.split(" ", 1) == [str(len(list(notes.rglob("*.txt")))), "[]\n"]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_batch_skips_unchanged_notes_and_redoes_changed_ones(notes: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    run_batch([notes], out, jobs=1, fmt=fmt)  # type: ignore[arg-type]
    changed = notes / CORPUS[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nAdded line.\n", encoding="utf-8")
    again = run_batch([notes], out, jobs=1, fmt=fmt)  # type: ignore[arg-type]
    assert (again.parsed, again.skipped) == (1, len(CORPUS) + 1)
    forced = run_batch([notes], out, jobs=1, fmt=fmt, force=True)  # type: ignore[arg-type]
    assert (forced.parsed, forced.skipped) == (len(CORPUS) + 2, 0)
    if fmt == "jsonl":
        paths = [json.loads(x)["source"]["path"] for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
        assert sorted(paths) == sorted(set(paths)) and len(paths) == len(CORPUS) + 2


def test_batch_redoes_a_note_made_by_another_pipeline_version(notes: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([notes / CORPUS[0].name], out, jobs=1)
    target = out / CORPUS[0].with_suffix(".json").name
    data = json.loads(target.read_text(encoding="utf-8"))
    data["source"]["pipeline"] = "noteparse 0.0.1 (rules)"
    target.write_text(json.dumps(data), encoding="utf-8")
    assert run_batch([notes / CORPUS[0].name], out, jobs=1).parsed == 1


def _bad_inputs(folder: Path) -> dict[str, tuple[str, str]]:
    """Files that must each give one error line: name -> (kind, words in the message)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\r\n  ")
    (folder / "nul.txt").write_bytes(b"Workshop\x00in Lima")
    (folder / "random.txt").write_bytes(random.Random(0).randbytes(800))
    (folder / "big.txt").write_bytes(b"Workshop in Lima. " * 100)
    os.symlink("loop.txt", folder / "loop.txt")
    os.mkfifo(folder / "fifo.txt")
    return {
        "empty.txt": ("empty", "no text"), "blank.txt": ("empty", "white space only"),
        "nul.txt": ("decode", "NUL"), "random.txt": ("decode", ""), "big.txt": ("input", "--max-bytes 0 lifts it"),
        "loop.txt": ("input", "symbolic links"), "fifo.txt": ("input", "not a regular file"),
        "missing.txt": ("input", "no such file"),
    }


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_bad_input_gets_one_error_line_and_the_run_goes_on(tmp_path: Path, jobs: int) -> None:
    bad = _bad_inputs(tmp_path / "in")
    (tmp_path / "in" / "good.txt").write_text("Workshop in Lima, Peru, 3-4 May 2012.", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([tmp_path / "in", tmp_path / "in" / "missing.txt"], out,
                        jobs=jobs, max_bytes=1000)
    errors = {Path(e["path"]).name: e for e in _errors(out)}
    assert set(errors) == set(bad) and summary.failed == len(bad)
    for name, (kind, words) in bad.items():
        assert errors[name]["kind"] == kind and words in errors[name]["message"], errors[name]
        assert "\n" not in errors[name]["message"] and "Traceback" not in errors[name]["message"]
    assert _records(out).keys() == {"good.json"} and summary.exit_code == 1


@pytest.mark.parametrize("data, encoding, warning", [
    (codecs.BOM_UTF16_LE + "Workshop in Bogotá, Colombia, 3 May 2012.".encode("utf-16-le"), "utf-16", False),
    ("Workshop in Bogotá, Colombia – 3 May 2012.".encode("cp1252"), "cp1252", True),
    ("Séminaire à Genève, 3 May 2012.".encode("latin-1"), "cp1252", True),
    (codecs.BOM_UTF8 + "Workshop in Bogotá.".encode("utf-8"), "utf-8-sig", False),
])
def test_batch_decodes_other_encodings_and_says_so(tmp_path: Path, data: bytes, encoding: str, warning: bool) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_bytes(data)
    outcome, = parse_paths([tmp_path / "in" / "note.txt"], jobs=1)
    record = outcome.record
    assert record is not None and record.source.encoding == encoding
    assert any(w.code == "legacy_encoding" for w in record.warnings) is warning


@pytest.mark.parametrize("name", ["with space.txt", "Genève note – 2012.txt", "日本語.txt", "-dash.txt"])
def test_batch_names_with_spaces_and_non_ascii(tmp_path: Path, name: str) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(CORPUS[0], tmp_path / "in" / name)
    summary = run_batch([tmp_path / "in"], tmp_path / "out", jobs=1)
    assert summary.parsed == 1 and (tmp_path / "out" / Path(name).with_suffix(".json")).is_file()


@pytest.mark.parametrize("victim", [1, -1])
def test_batch_file_vanishing_mid_run_is_an_error_not_a_crash(notes: Path, tmp_path: Path, victim: int) -> None:
    found = [i.path for i in find_inputs([notes])]

    def remove_later_note(outcome: Outcome, summary) -> None:  # type: ignore[no-untyped-def]
        if summary.done == 1:
            os.unlink(found[victim])

    summary = run_batch([notes], tmp_path / "out", jobs=1, on_outcome=remove_later_note)
    assert summary.failed == 1 and summary.done == len(found)
    assert _errors(tmp_path / "out")[0]["message"] == "no such file"


def test_batch_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    note = tmp_path / "in" / "locked.txt"
    shutil.copy(CORPUS[0], note)
    note.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read itself fail
        def denied(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(Path, "read_bytes", denied)
    outcome, = parse_paths([note], jobs=1)
    assert (outcome.status, outcome.kind, outcome.message) == ("failed", "input", "permission denied")


def test_batch_follows_symlinked_folders_once(tmp_path: Path) -> None:
    (tmp_path / "in" / "a").mkdir(parents=True)
    shutil.copy(CORPUS[0], tmp_path / "in" / "a" / "n.txt")
    os.symlink("..", tmp_path / "in" / "a" / "up")
    os.symlink("a", tmp_path / "in" / "b")
    rels = [i.rel for i in find_inputs([tmp_path / "in"])]
    assert rels == ["a/n.txt"]


@pytest.mark.parametrize("pattern, expected", [("*.txt", ["a.txt", "sub/c.txt"]), ("*.md", ["b.md"]),
                                               ("sub/*", ["sub/c.txt"])])
def test_batch_glob_picks_files_in_folders(tmp_path: Path, pattern: str, expected: list[str]) -> None:
    for rel in ("a.txt", "b.md", "sub/c.txt"):
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    assert [i.rel for i in find_inputs([tmp_path], pattern)] == expected


def test_batch_same_output_twice_is_an_error(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(CORPUS[0], tmp_path / folder / "n.txt")
    summary = run_batch([tmp_path / "a" / "n.txt", tmp_path / "b" / "n.txt"], tmp_path / "out", jobs=1)
    assert (summary.parsed, summary.failed) == (1, 1)
    assert "same output" in _errors(tmp_path / "out")[0]["message"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_missing_model_fails_before_any_work(notes: Path, tmp_path: Path, jobs: int) -> None:
    with pytest.raises(ModelError):
        run_batch([notes], tmp_path / "out", jobs=jobs, model="no_such_spacy_pipeline")
    assert not list((tmp_path / "out").rglob("*.json"))


@pytest.mark.parametrize("text", [SAMPLE.replace("\n", " ") * 50, "1540" * 50_000, "-" * 200_000],
                         ids=["note as one line", "digits", "dashes"])
def test_batch_single_long_line_parses(tmp_path: Path, text: str) -> None:
    (tmp_path / "line.txt").write_text(text, encoding="utf-8")
    outcome, = parse_paths([tmp_path / "line.txt"], jobs=1)
    assert outcome.status == "parsed" and grounding_errors(outcome.record, text) == []  # type: ignore[arg-type]


ADVERSARIAL = {
    "open parens": "a(" * 5_000,
    "nested labels": "Date: Venue: Organizers: " * 800,
    "lists opened again and again": "experts from Chile met a workshop for Peru and " * 400,
    "support clauses in one sentence": "experts of the IAEA with support from Japan and " * 400,
    "clauses about other events": "following the meeting held in Lima, Peru, on 3 May 2019, " * 400,
    "sentences about other events": "Following the previous meeting in Lima in 2019. " * 500,
    "days said by a dateline": "GENEVA, 3 March 2022 \u2013 experts met here last Monday and Tuesday at a workshop "
                               "since the seminar held in Lima, Peru, in 2019, " * 300,
    "footnote markers in a participants field": "Participants: States \u00b9 Chile \u00b2, " * 1_500 + "\n\n\u00b9 Peru.\n",
    "many header labels": "Organizers: Ministry of Defence\n" * 600,
    "digits": "1" * 20_000,
    "dashes": "-–—" * 7_000,
    "brackets with no space": "[" * 20_000,
    "quotes closing a name, no space": "Kenya" + '"' * 20_000,
    "capitals": "A" * 20_000,
    "capital words": "UNODA OPCW IAEA " * 1_200,
    "bullets": "• (a) – * 1. \n" * 1_500,
    "list headings on one line": "Annex \u2014 Participating delegations: Chile, participants of Peru; " * 400,
    "co- verbs with partners": "we co-organised with the OSCE, Chile and the IAEA a workshop, and " * 400,
    "dated clauses on one line": "Muscat, Feb 9 (ONA) --- the workshop held on 12 May 2012 and the seminar of 3 June, " * 300,
    "real note, lines shuffled": "\n".join(random.Random(1).sample(SAMPLE.splitlines() * 8, len(SAMPLE.splitlines()) * 8)),
}


def _past_one_piece(unit: str) -> str:
    """``unit`` repeated past the size above which texts are tagged in pieces, so that both texts
    compared take the same path: crossing it costs a step (joining the pieces' Docs) that is not
    growth."""
    from noteparse.nlp import CHUNK_CHARS

    return unit * -(-(CHUNK_CHARS + 1) // len(unit))


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_batch_adversarial_input_costs_linear_time(name: str) -> None:
    unit = _past_one_piece(ADVERSARIAL[name])
    ratio = growth(extract, unit, unit * 4)
    assert ratio < 11, f"{name}: 4x the text took {ratio:.1f}x the time"


def test_batch_a_pattern_that_needs_a_word_the_text_lacks_costs_linear_time() -> None:
    """Given no end, ``regex`` looks for a pattern's required literal ("of") to the text's end before
    matching at one place: asked at every phrase of a long text without one, that was quadratic
    (100 kB: 1.2 s, 400 kB: 19.8 s; now 0.7 and 2.2 s)."""
    unit = "It was organised by the IOC through its Regional Secretariat for Eastern Africa in Nairobi. " * 1000
    ratio = growth(extract, unit, unit * 8, repeats=1)
    assert ratio < 24, f"8x the text took {ratio:.1f}x the time"  # linear ~8x, quadratic ~64x


def test_batch_many_dates_in_one_sentence_cost_linear_time() -> None:
    unit = "12 May 2012 - " * 200
    ratio = growth(extract, unit, unit * 4)
    assert ratio < 11, f"4x the text took {ratio:.1f}x the time"


# -- the command -----------------------------------------------------------------------------------

runner = CliRunner()


@pytest.mark.parametrize("extra, code, words", [
    ([], 0, "notes: "), (["--quiet"], 0, None), (["--verbose"], 0, "parsed "),
])
def test_batch_cli_summary_and_exit_code(notes: Path, tmp_path: Path, extra: list[str], code: int,
                                         words: str | None) -> None:
    result = runner.invoke(app, ["batch", str(notes), "--out", str(tmp_path / "out"), "--jobs", "1", *extra])
    assert result.exit_code == code, result.output
    if words is None:
        assert result.output == ""
    else:
        assert words in result.output and f"{len(CORPUS) + 2} notes: {len(CORPUS) + 2} parsed, 0 failed" in result.output


def test_batch_cli_failures_exit_1_with_one_line_each(tmp_path: Path) -> None:
    bad = _bad_inputs(tmp_path / "in")
    result = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-j", "1",
                                 "--max-bytes", "1000"])
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if x.startswith("noteparse: ")]
    assert len(lines) == len(bad) - 1 and "Traceback" not in result.output  # missing.txt was not given
    assert f"see {tmp_path / 'out' / 'errors.jsonl'}" in result.output


def test_batch_cli_reads_paths_from_stdin(notes: Path, tmp_path: Path) -> None:
    paths = "".join(f"{p}\n" for p in sorted(notes.glob("*.txt"))[:3])
    result = runner.invoke(app, ["batch", "-", "--out", str(tmp_path / "out"), "-j", "1", "-f", "jsonl"], input=paths)
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.parametrize("args", [["--format", "xml"], ["--jobs", "0"], []])
def test_batch_cli_usage_errors_exit_2(notes: Path, tmp_path: Path, args: list[str]) -> None:
    out = [] if not args else ["--out", str(tmp_path / "out")]
    assert runner.invoke(app, ["batch", str(notes), *out, *args]).exit_code == 2


def test_batch_cli_missing_model_exits_2(notes: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(notes), "-o", str(tmp_path / "out"), "-m", "no_such_spacy_pipeline"])
    assert result.exit_code == 2 and "is not installed" in result.output


# -- killed runs ------------------------------------------------------------------------------------


def _many_notes(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    made = []
    for i in range(count):
        src = CORPUS[i % len(CORPUS)]
        made.append(folder / f"{i:04d}-{src.name}")
        made[-1].write_text(src.read_text(encoding="utf-8") + f"\nCopy {i}.\n", encoding="utf-8")
    return made


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "noteparse", "batch", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_as_from_a_terminal)


def _as_from_a_terminal() -> None:
    """Give the batch process the Ctrl-C a terminal's foreground job has, whatever this one was
    started with: a shell's background job ignores SIGINT, and its children inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _wait_for_records(out: Path, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while sum(1 for _ in out.rglob("*.json")) < count:
        assert time.monotonic() < deadline, "the batch wrote nothing"
        time.sleep(0.05)


def test_write_atomic_makes_the_folder_replaces_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "note é.json"
    write_atomic(target, "first")
    write_atomic(target, "ünïcode " * 10_000)
    assert target.read_text(encoding="utf-8") == "ünïcode " * 10_000
    assert [p.name for p in target.parent.iterdir()] == ["note é.json"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # like any file, not mkstemp's 0o600


def test_write_atomic_steps_over_a_temporary_left_by_a_killed_run(tmp_path: Path) -> None:
    target = tmp_path / "note.json"
    from noteparse import batch

    number = next(batch._TMP_NUMBERS) + 1
    stale = tmp_path / f".note.json.{os.getpid()}.{number}{TMP_SUFFIX}"
    stale.write_text("half a rec", encoding="utf-8")
    write_atomic(target, "whole")
    assert target.read_text(encoding="utf-8") == "whole" and stale.exists()
    assert remove_stale_temporaries(tmp_path) == 1 and not stale.exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_killed_run_leaves_whole_records_and_resumes(tmp_path: Path, jobs: str) -> None:
    notes = _many_notes(tmp_path / "in", 150)
    out = tmp_path / "out"
    proc = _start([str(tmp_path / "in"), "--out", str(out), "--jobs", jobs])
    _wait_for_records(out, 10)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = list(out.rglob("*.json"))
    assert 0 < len(written) < len(notes), "kill came too late to test anything"
    for path in written:
        Record.model_validate_json(path.read_text(encoding="utf-8"))  # whole, valid records only
    done = run_batch([tmp_path / "in"], out, jobs=1)
    assert done.skipped >= len(written) and done.done == len(notes) and done.failed == 0
    assert sorted(p.name for p in out.rglob("*.json")) == sorted(n.with_suffix(".json").name for n in notes)
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]


def test_batch_killed_jsonl_run_resumes_with_each_note_once(tmp_path: Path) -> None:
    notes = _many_notes(tmp_path / "in", 150)
    out = tmp_path / "out"
    proc = _start([str(tmp_path / "in"), "--out", str(out), "--jobs", "2", "--format", "jsonl"])
    deadline = time.monotonic() + 60
    while not (out / "records.jsonl").exists() or (out / "records.jsonl").stat().st_size < 50_000:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = run_batch([tmp_path / "in"], out, jobs=1, fmt="jsonl")
    assert done.skipped > 0 and done.done == len(notes)
    paths = [json.loads(x)["source"]["path"] for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(paths) == sorted(str(n) for n in notes)


def test_batch_ctrl_c_stops_cleanly_and_says_how_far_it_got(tmp_path: Path) -> None:
    notes = _many_notes(tmp_path / "in", 150)
    out = tmp_path / "out"
    proc = _start([str(tmp_path / "in"), "--out", str(out), "--jobs", "2"])
    _wait_for_records(out, 10)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert "interrupted after " in stderr and f"of {len(notes)} notes" in stderr and "Traceback" not in stderr
    assert run_batch([tmp_path / "in"], out, jobs=1).done == len(notes)



def test_batch_workers_start_with_the_pipeline_the_fork_server_built(tmp_path: Path) -> None:
    # In a fresh process: the fork server is started once per process, with the first run's model.
    script = tmp_path / "warm.py"
    script.write_text(
        "from noteparse.batch import _start_pool, _stop\n"
        "from noteparse.nlp import build_nlp\n"
        "def hits():\n"
        "    return build_nlp.cache_info().hits\n"
        "if __name__ == '__main__':\n"
        "    pool = _start_pool(2, (None, None, False), 'forkserver')\n"
        "    print([pool.submit(hits).result() for _ in range(4)])\n"
        "    _stop(pool)\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True).stdout
    # Each worker's Pipeline() found spaCy's pipeline already built: it was forked warm.
    assert out.strip() == "[1, 1, 1, 1]"
