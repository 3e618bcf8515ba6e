"""Tests for the noteparse command: parse, schema, check (batch and review are tested elsewhere)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from noteparse import __version__
from noteparse.cli import app
from noteparse.record import Record, grounding_errors


@pytest.fixture()
def run(monkeypatch, pipeline):
    """Invoke the CLI in-process, reusing the session's pipeline; returns the click Result."""
    monkeypatch.setattr("noteparse.pipeline.Pipeline", lambda model=None: pipeline)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture()
def dirs(tmp_path, sample_raw, small_note):
    """A tmp raw/ holding the sample and a small note, and an empty tmp data/."""
    raw, data = tmp_path / "raw", tmp_path / "data"
    raw.mkdir()
    data.mkdir()
    (raw / "ashgabat.txt").write_text(sample_raw, encoding="utf-8", newline="")
    (raw / "small.txt").write_text(small_note, encoding="utf-8")
    return raw, data


def test_cli_parse_one_file(run, sample_raw, sample_path):
    result = run("parse", sample_path)
    assert result.exit_code == 0
    record = Record.model_validate_json(result.stdout)
    assert record.dates is not None and record.dates.start == "2012-03-13"
    assert grounding_errors(record, sample_raw) == []


def test_cli_parse_several_files_gives_jsonl(run, write_note, small_note, prose_note):
    paths = [write_note("a.txt", small_note), write_note("b.txt", prose_note)]
    result = run("parse", *paths)
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    assert [Record.model_validate_json(line).source.path for line in lines] == [str(p) for p in paths]


def test_cli_parse_out_dir(run, write_note, tmp_path, small_note, prose_note):
    paths = [write_note("a.txt", small_note), write_note("b.txt", prose_note)]
    result = run("parse", *paths, "-o", tmp_path / "out")
    assert result.exit_code == 0 and result.stdout == ""
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json"]
    Record.model_validate_json((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "bad,content,fragment",
    [("empty.txt", b" \n", "empty note"), ("binary.txt", b"\x00\x01\x02binary", "binary"),
     ("missing.txt", None, "no such file")],
    ids=["empty", "binary", "missing"],
)
def test_cli_parse_bad_file_among_good_ones(run, write_note, tmp_path, small_note, prose_note, bad, content, fragment):
    good = [write_note("a.txt", small_note), write_note("b.txt", prose_note)]
    bad_path = write_note(bad, content) if content is not None else tmp_path / bad
    result = run("parse", good[0], bad_path, good[1])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and fragment in errors[0] and bad in errors[0] and "Traceback" not in result.stderr


def test_cli_schema(run):
    result = run("schema")
    schema = json.loads(result.stdout)
    assert result.exit_code == 0 and schema["title"] == "Record"


def test_cli_check_equal(run, dirs):
    raw, data = dirs
    assert run("check", raw, data, "--update").exit_code == 0
    result = run("check", raw, data)
    assert result.exit_code == 0 and result.stdout == ""
    assert "2 note(s): 2 same" in result.stderr


def test_cli_check_edited_golden_shows_the_change(run, dirs):
    raw, data = dirs
    run("check", raw, data, "--update")
    golden = json.loads((data / "ashgabat.json").read_text(encoding="utf-8"))
    golden["dates"]["end"] = "2012-03-16"
    (data / "ashgabat.json").write_text(json.dumps(golden), encoding="utf-8")
    result = run("check", raw, data)
    assert result.exit_code == 1
    assert "dates.end: '2012-03-16' \u2192 '2012-03-15'" in result.stdout


def test_cli_check_update_rewrites(run, dirs):
    raw, data = dirs
    run("check", raw, data, "--update")
    path = data / "ashgabat.json"
    fresh = path.read_text(encoding="utf-8")
    path.write_text(fresh.replace('"2012-03-15"', '"2012-03-16"'), encoding="utf-8")
    result = run("check", raw, data, "--update")
    assert "dates.end" in result.stdout and result.exit_code == 0
    assert path.read_text(encoding="utf-8") == fresh
    assert run("check", raw, data).exit_code == 0


def test_cli_check_reports_note_without_golden(run, dirs):
    raw, data = dirs
    result = run("check", raw, data)
    assert result.exit_code == 1
    assert "ashgabat: no golden record" in result.stdout and "small: no golden record" in result.stdout
    assert list(data.iterdir()) == []


@pytest.mark.parametrize("command", ["parse", "schema", "check"])
def test_cli_help_has_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and f"Example: noteparse {command}" in result.stdout


def _last_help_line(text: str) -> str:
    lines = [line.strip(" \u2502") for line in text.splitlines()]
    return [line for line in lines if line.strip("\u256d\u256e\u2570\u256f\u2500 ")][-1]


@pytest.mark.parametrize("command", ["parse", "schema", "check", "eval", "batch", "review"])
def test_cli_help_ends_with_an_example(run, command):
    assert _last_help_line(run(command, "--help").stdout).startswith(f"Example: noteparse {command}")


def test_cli_python_m_version():
    out = subprocess.run([sys.executable, "-m", "noteparse", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"noteparse {__version__}"


def test_cli_exit_skips_the_last_collection_of_the_pipeline(sample_path):
    # main() freezes what is alive before the interpreter's exit-time collection walks it (~0.2 s).
    code = ("import gc, sys\nfrom noteparse.cli import main\n"
            f"sys.argv = ['noteparse', 'parse', {str(sample_path)!r}]\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
            "print(code, gc.get_freeze_count() > 100_000, file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["source"]["path"] == str(sample_path) and out.stderr.split() == ["0", "True"]


@pytest.mark.parametrize("command,extra", [("parse", "model"), ("batch", "model"), ("batch", "dask")])
def test_cli_help_names_the_extra_to_install(run, command, extra):
    # Rich markup would eat "[model]" unless escaped, leaving "pip install 'noteparse'".
    help_text = " ".join(line.strip(" \u2502") for line in run(command, "--help").stdout.splitlines())
    assert f"'noteparse[{extra}]'" in help_text


def test_cli_an_interrupted_batch_whose_stopping_hangs_exits_with_its_summary(monkeypatch, capsys):
    """Ctrl-C starts a clock; if stopping hangs past the limit, the summary so far is printed and the
    process exits 130 (here the exit is recorded, not made)."""
    import signal
    import time as clock

    from noteparse import cli
    from noteparse.batch import BatchSummary

    exits: list[int] = []
    monkeypatch.setattr(cli, "_STOPPING_LIMIT", 0.2)
    monkeypatch.setattr(cli, "_exit_now", exits.append)
    show = type("Show", (), {"summary": BatchSummary(total=150, parsed=24)})()
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    try:
        cli._interrupt_with_a_deadline(show, clock.perf_counter())
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            clock.sleep(5)  # the handler raises in the main thread
        deadline = clock.monotonic() + 5
        while not exits and clock.monotonic() < deadline:
            clock.sleep(0.05)
    finally:
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])
    assert exits == [130]
    err = capsys.readouterr().err
    assert "interrupted after 24 of 150 notes" in err and "exiting now" in err
