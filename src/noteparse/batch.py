"""Run the pipeline over many notes: one outcome per input, parallel workers, atomic writes, resume.

:func:`run_batch` is the Python twin of ``noteparse batch``; it prints nothing and returns a
:class:`BatchSummary`. Its stages, in order:

1. **find** — :func:`find_inputs` expands files, directories (recursive, a glob on names) and
   path lists into :class:`Input` s; each gets the output path that mirrors its input tree;
2. **parse** — :func:`iter_outcomes` hands bounded chunks of paths to worker processes, each of
   which built the :class:`~noteparse.pipeline.Pipeline` once; a worker reads, hashes, skips an
   unchanged note or parses it, and sends back an :class:`Outcome` (a record's JSON or an error),
   never an exception; outcomes come back in input order, so the output is the same for any
   number of workers;
3. **write** — each record is written to a temporary file in the target's folder and renamed
   over the target (:func:`write_atomic`), so a run killed at any instant leaves whole records
   only; failures go to ``errors.jsonl``. An engine may deliver outcomes out of order (the Dask
   engine, :mod:`noteparse.dask`, does): once the run is complete, ``errors.jsonl`` and
   ``records.jsonl`` are put in input order, so the files are the same whatever the engine.

Step 2 is swappable: ``run_batch(engine=...)`` takes any function with the signature of
:func:`iter_outcomes`; steps 1 and 3 — inputs, skip rules, outputs, error lines — are shared.

A note is skipped when its output exists and records the same ``source.sha256`` (the hash of the
note's bytes) and ``source.pipeline`` (noteparse version and model); ``force=True`` redoes all.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import stat
import threading
import time
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from fnmatch import fnmatch
from multiprocessing import forkserver
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Literal, Protocol, Sequence

from .errors import InputError, NoteParseError
from .reading import DEFAULT_MAX_BYTES, read_note

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .reading import Note
    from .record import Record

Status = Literal["parsed", "skipped", "failed"]
Format = Literal["json", "jsonl"]

ERRORS_FILE = "errors.jsonl"
RECORDS_FILE = "records.jsonl"
TMP_SUFFIX = ".noteparse-tmp"
CHUNK_SIZE = 8
"""Notes per task sent to a worker: large enough to amortise the round trip, small enough that
Ctrl-C and a crash cost little."""
WINDOW_PER_JOB = 4
"""Chunks in flight per worker: keeps workers busy while memory stays bounded."""
WRITES_IN_FLIGHT = 64
"""Records parsed but not yet on disk, at most (see :class:`TreeSink`)."""


@dataclass(frozen=True)
class Input:
    """One note to parse: ``path`` to read (also recorded as ``source.path``) and ``rel``, its
    path relative to the input root, which the output tree mirrors."""

    path: str
    rel: str


@dataclass(frozen=True)
class Outcome:
    """What became of one input: ``parsed`` (with the record's JSON), ``skipped`` (its output is
    up to date) or ``failed`` (an error ``kind`` and a one-line ``message``; ``detail`` holds the
    traceback of an unexpected error)."""

    path: str
    status: Status
    json: str | None = None
    kind: str | None = None
    message: str | None = None
    detail: str | None = None

    @property
    def record(self) -> Record | None:
        """The parsed record (None when skipped or failed)."""
        from .record import Record  # not at import: the parent of worker processes never needs pydantic (0.2 s)

        return None if self.json is None else Record.model_validate_json(self.json)

    def error_line(self) -> str:
        """The ``errors.jsonl`` line of a failed outcome."""
        return json.dumps({"path": self.path, "kind": self.kind, "message": self.message}, ensure_ascii=False) + "\n"


@dataclass
class BatchSummary:
    """How a batch went. ``interrupted`` when Ctrl-C stopped it after ``done`` of ``total`` notes."""

    total: int
    parsed: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    out_dir: Path | None = None
    errors_path: Path | None = None

    @property
    def done(self) -> int:
        """Notes with an outcome so far."""
        return self.parsed + self.skipped + self.failed

    @property
    def rate(self) -> float:
        """Notes per second over the whole run."""
        return self.done / self.seconds if self.seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        """0 when every note parsed (or was up to date), 1 when some failed, 130 when interrupted."""
        return 130 if self.interrupted else 1 if self.failed else 0

    def describe(self) -> str:
        """One line: ``3,000 notes: 2,998 parsed, 2 failed — see out/errors.jsonl (12.0 s, 250.0 notes/s)``."""
        parts = [f"{self.parsed:,} parsed"]
        if self.skipped:
            parts.append(f"{self.skipped:,} unchanged")
        parts.append(f"{self.failed:,} failed" + (f" — see {self.errors_path}" if self.failed and self.errors_path else ""))
        head = (f"interrupted after {self.done:,} of {self.total:,} notes" if self.interrupted
                else f"{self.total:,} note{'s' if self.total != 1 else ''}")
        tail = f" ({self.seconds:.1f} s, {self.rate:,.1f} notes/s)"
        return f"{head}: {', '.join(parts)}{tail}" + ("; run the same command again to finish" if self.interrupted else "")


class OutcomeStream(Iterator[Outcome], Protocol):
    """What an engine returns: one :class:`Outcome` per task, in any order; ``close()`` ends its workers."""

    def close(self) -> None: ...


class Engine(Protocol):
    """Turns tasks into outcomes (:func:`iter_outcomes` is the local engine)."""

    def __call__(self, tasks: Sequence[Task], *, jobs: int | None, model: str | None, max_bytes: int | None,
                 force: bool) -> OutcomeStream: ...


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    pattern: str = "*.txt",
    fmt: Format = "json",
    force: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    model: str | None = None,
    on_outcome: Callable[[Outcome, BatchSummary], None] | None = None,
    engine: Engine | None = None,
) -> BatchSummary:
    """Parse every note under ``inputs`` into ``out_dir``; print nothing, return the summary.

    ``fmt="json"`` writes ``out_dir/<rel>.json`` per note; ``"jsonl"`` one ``out_dir/records.jsonl``.
    Failures go to ``out_dir/errors.jsonl`` (rewritten each run). ``on_outcome`` is called after
    each note (for progress). Ctrl-C stops the workers and returns with ``interrupted=True``.
    ``engine`` runs the parsing (default :func:`iter_outcomes`, processes on this machine; see
    :func:`noteparse.dask.dask_engine`). Raises ModelError before any work when ``model`` cannot
    be loaded.
    """
    start = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)
    found = list(find_inputs(inputs, pattern))
    summary = BatchSummary(total=len(found), out_dir=out, errors_path=out / ERRORS_FILE)
    sink = JsonlSink(out / RECORDS_FILE, force) if fmt == "jsonl" else TreeSink(out)
    tasks, clashes = sink.tasks(found)
    outcomes: OutcomeStream | None = None
    errors: ErrorLog | None = None
    try:
        outcomes = (engine or iter_outcomes)(tasks, jobs=jobs, model=model, max_bytes=max_bytes, force=force)
        errors = ErrorLog(summary.errors_path, tasks, len(clashes))
        for outcome in _merge(outcomes, clashes):
            sink.write(outcome)
            _count(summary, outcome, errors)
            if on_outcome is not None:
                on_outcome(outcome, summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if outcomes is not None:
            outcomes.close()
        sink.close(summary.interrupted or outcomes is None)
        if errors is not None:
            errors.close(summary.interrupted)
    summary.seconds = time.perf_counter() - start
    return summary


def parse_paths(paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = None, model: str | None = None,
                max_bytes: int | None = DEFAULT_MAX_BYTES) -> Outcomes:
    """Parse note files, writing nothing: one :class:`Outcome` per path, in order, never an exception
    for a bad note. Raises ModelError when ``model`` cannot be loaded."""
    tasks = [Task(path=str(p)) for p in paths]
    return iter_outcomes(tasks, jobs=jobs, model=model, max_bytes=max_bytes, force=True)


def _count(summary: BatchSummary, outcome: Outcome, errors: ErrorLog) -> None:
    if outcome.status == "failed":
        summary.failed += 1
        errors.write(outcome)
    elif outcome.status == "skipped":
        summary.skipped += 1
    else:
        summary.parsed += 1


def _merge(outcomes: OutcomeStream, clashes: list[Outcome]) -> Iterator[Outcome]:
    yield from clashes
    yield from outcomes


# -- find ---------------------------------------------------------------------------------------


def find_inputs(inputs: Iterable[str | os.PathLike[str]], pattern: str = "*.txt") -> Iterator[Input]:
    """Expand ``inputs`` into notes, in a stable order.

    A directory is walked recursively (symbolic links to directories followed once each, so a
    loop ends) and yields the files whose name or relative path matches ``pattern``; a file, even
    one that does not exist or cannot be read, is yielded as given, so that it gets an error
    rather than vanishing. Nothing matches: nothing is yielded.
    """
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            yield from _walk(root, pattern)
        else:
            yield Input(path=str(given), rel=root.name)


def _walk(root: Path, pattern: str) -> Iterator[Input]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        st = os.stat(folder)
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in sorted(files):
            path = Path(folder, name)
            rel = path.relative_to(root).as_posix()
            if fnmatch(name, pattern) or fnmatch(rel, pattern):
                yield Input(path=str(path), rel=rel)


def read_path_list(lines: Iterable[str]) -> Iterator[str]:
    """Paths from a list, one per line (``-`` on the command line: the list comes on stdin)."""
    for line in lines:
        line = line.rstrip("\r\n")
        if line.strip():
            yield line


# -- write --------------------------------------------------------------------------------------


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename, so
    ``path`` holds either its old content or all of ``text``, whenever the process dies.

    The temporary file is flushed to disk before the rename, so a power loss leaves no half-written
    record either. Plain ``os`` calls rather than ``tempfile.mkstemp``: this runs once per note,
    and they cost half as much CPU; the file gets the usual permissions (0o666 less the umask).
    """
    data = text.encode("utf-8")
    fd, tmp = _create_temporary(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


_TMP_NUMBERS = itertools.count()


def _create_temporary(path: Path) -> tuple[int, str]:
    """A new file beside ``path`` (its folder made if missing), named to be found by
    :func:`remove_stale_temporaries`; open for writing."""
    made_folder = False
    while True:
        tmp = f"{path.parent}{os.sep}.{path.name}.{os.getpid()}.{next(_TMP_NUMBERS)}{TMP_SUFFIX}"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:  # left by a killed run whose process had the same number
            continue
        except FileNotFoundError:
            if made_folder:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            made_folder = True


def remove_stale_temporaries(out_dir: Path) -> int:
    """Delete temporary files a killed run left in ``out_dir``; return how many."""
    count = 0
    for folder, _, files in os.walk(out_dir):
        for name in files:
            if name.startswith(".") and name.endswith(TMP_SUFFIX):
                with suppress(FileNotFoundError):
                    os.unlink(os.path.join(folder, name))
                    count += 1
    return count


@dataclass(frozen=True)
class Task:
    """What a worker gets for one note: the path, where its current output is (to skip it when
    up to date; None when there is none yet), or the key that output recorded (``(sha256,
    pipeline)``, JSONL mode)."""

    path: str
    target: str | None = None
    known: tuple[str, str] | None = None

    def resolved(self) -> Task:
        """The same task with its output's key read here, in ``known``: whoever runs it then needs
        no access to the output folder (the Dask engine's workers may not see it)."""
        return self if self.target is None else Task(path=self.path, known=_existing_key(self))


class TreeSink:
    """``out_dir/<rel>.json`` per note, the input tree mirrored.

    Records are written by one background thread, at most WRITES_IN_FLIGHT behind: each write
    waits on ``fsync`` (~0.25 ms here, far more on a spinning disk), which the parsing would
    otherwise sit through note after note. A failed write is raised on a later :meth:`write` or
    on :meth:`close`, which waits for every write.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.targets: dict[str, Path] = {}
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="noteparse-writer")
        self.pending: deque[Future] = deque()

    def tasks(self, found: Sequence[Input]) -> tuple[list[Task], list[Outcome]]:
        """The tasks, and a failure for each input whose output another input already claimed.

        A task names its target only when that output exists (the folder is listed once): a
        first run then tries no file per note, which cost as much as reading the note.
        """
        tasks, clashes, owner = [], [], {}
        existing = _files_under(self.out_dir)
        for inp in found:
            target = self.out_dir / Path(inp.rel).with_suffix(".json")
            if target in owner:
                clashes.append(_clash(inp.path, f"same output {target} as {owner[target]}"))
                continue
            owner[target] = inp.path
            self.targets[inp.path] = target
            tasks.append(Task(path=inp.path, target=str(target) if str(target) in existing else None))
        return tasks, clashes

    def write(self, outcome: Outcome) -> None:
        """Queue a parsed record to be written atomically."""
        if outcome.json is not None:
            self.pending.append(self.writer.submit(write_atomic, self.targets[outcome.path], outcome.json))
            while len(self.pending) > WRITES_IN_FLIGHT or (self.pending and self.pending[0].done()):
                self.pending.popleft().result()

    def close(self, interrupted: bool) -> None:
        """Wait until every queued record is in place (also when interrupted: they are parsed)."""
        try:
            while self.pending:
                self.pending.popleft().result()
        finally:
            self.writer.shutdown(wait=True)


def _files_under(folder: Path) -> set[str]:
    return {os.path.join(d, name) for d, _, names in os.walk(folder) for name in names}


class ErrorLog:
    """``errors.jsonl``: a line per failed note, appended and flushed as failures come, so a killed
    run keeps what it found. Once the run is complete, the lines are put in input order (clashes
    first, as found) if an engine delivered them out of order."""

    def __init__(self, path: Path, tasks: Sequence[Task], clashes: int) -> None:
        self.path = path
        self.rank = {t.path: i for i, t in enumerate(tasks)}
        self.clashes = clashes
        self.lines: list[tuple[int, str]] = []
        self.file = open(path, "w", encoding="utf-8")

    def write(self, outcome: Outcome) -> None:
        """Append one failure's line."""
        line = outcome.error_line()
        # The clashes come first (see _merge), and may name a task's path too: rank them apart.
        self.lines.append((-1 if len(self.lines) < self.clashes else self.rank.get(outcome.path, -1), line))
        self.file.write(line)
        self.file.flush()

    def close(self, interrupted: bool) -> None:
        """Close the file; unless interrupted, rewrite it in input order when it is not."""
        self.file.close()
        ordered = sorted(self.lines, key=lambda x: x[0])
        if not interrupted and ordered != self.lines:
            write_atomic(self.path, "".join(line for _, line in ordered))


class JsonlSink:
    """One ``records.jsonl``, a record per line, in input order.

    Lines are appended (a line is one write) while the run goes; at the end the file is
    compacted (the last line per path kept, through :func:`write_atomic`). A run killed before
    that may leave an older line for a re-parsed note or a cut last line; the next run reads
    the file last-line-wins, ignores a cut line and compacts.
    """

    def __init__(self, path: Path, force: bool) -> None:
        self.path = path
        self.order: dict[str, int] = {}
        self.known = {} if force else _read_jsonl_keys(path)
        if force:
            write_atomic(path, "")
        elif path.exists():
            write_atomic(path, _compacted(path))
        self.file = open(path, "a", encoding="utf-8")

    def tasks(self, found: Sequence[Input]) -> tuple[list[Task], list[Outcome]]:
        """The tasks, and a failure for each input listed twice."""
        tasks, clashes, seen = [], [], set()
        for inp in found:
            if inp.path in seen:
                clashes.append(_clash(inp.path, "listed twice"))
                continue
            seen.add(inp.path)
            self.order[inp.path] = len(tasks)
            tasks.append(Task(path=inp.path, known=self.known.get(inp.path)))
        return tasks, clashes

    def write(self, outcome: Outcome) -> None:
        """Append a parsed record as one line."""
        if outcome.json is not None:
            self.file.write(json.dumps(json.loads(outcome.json), ensure_ascii=False, separators=(",", ":")) + "\n")
            self.file.flush()

    def close(self, interrupted: bool) -> None:
        """Close the file and, unless interrupted, compact it: a line per note, in input order."""
        self.file.close()
        if not interrupted:
            write_atomic(self.path, _compacted(self.path, self.order))


def _jsonl_records(path: Path) -> Iterator[tuple[str, str, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except FileNotFoundError:
        return
    for line in lines:
        if not line.endswith("\n"):
            continue  # cut by a kill mid-write
        try:
            data = json.loads(line)
            yield data["source"]["path"], line, data["source"]
        except (ValueError, KeyError, TypeError):
            continue


def _read_jsonl_keys(path: Path) -> dict[str, tuple[str, str]]:
    return {p: (src["sha256"], src["pipeline"]) for p, _, src in _jsonl_records(path)}


def _compacted(path: Path, order: dict[str, int] | None = None) -> str:
    # Paths of this run in input order, then those of earlier runs as they were.
    last = {p: line for p, line, _ in _jsonl_records(path)}
    rank = order or {}
    return "".join(last[p] for p in sorted(last, key=lambda p: rank.get(p, len(rank))))


def _clash(path: str, message: str) -> Outcome:
    return Outcome(path=path, status="failed", kind="input", message=message)


# -- parse --------------------------------------------------------------------------------------


ParseNote = Callable[["Pipeline", "Note"], "Record"]
"""How a worker turns a decoded note into a record: ``Pipeline.parse_note`` unless replaced (the
tests replace it to make a note crash its worker)."""


class Worker:
    """Turns a :class:`Task` into an :class:`Outcome`; one per process, its Pipeline built once
    (or given: ``pipeline``, one already built for ``model``)."""

    def __init__(self, model: str | None, max_bytes: int | None, force: bool, *,
                 pipeline: Pipeline | None = None, parse: ParseNote | None = None) -> None:
        from .startup import collector_paused

        with collector_paused():
            from .pipeline import Pipeline

            self.pipeline = pipeline or Pipeline(model=model)
        self.max_bytes = max_bytes
        self.force = force
        self.parse: ParseNote = parse or Pipeline.parse_note

    def run(self, task: Task) -> Outcome:
        """Read, hash, skip or parse one note. Never raises for a bad note (only KeyboardInterrupt)."""
        try:
            _check_regular(task.path)
            note = read_note(task.path, max_bytes=self.max_bytes)
            if not self.force and _existing_key(task) == (note.sha256, self.pipeline.version):
                return Outcome(path=task.path, status="skipped")
            return Outcome(path=task.path, status="parsed", json=self.parse(self.pipeline, note).to_json())
        except NoteParseError as exc:
            return Outcome(path=task.path, status="failed", kind=exc.kind, message=_without_prefix(str(exc), task.path))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # a bug, or out of memory: still one note's outcome
            first = (str(exc).splitlines() or [""])[0]
            return Outcome(path=task.path, status="failed", kind="internal",
                           message=f"internal error {type(exc).__name__}: {first} (a bug; --debug shows the traceback)",
                           detail=traceback.format_exc())


def _check_regular(path: str) -> None:
    # A FIFO or a device would block read_note forever; a missing file is read_note's to report.
    with suppress(OSError):
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            raise InputError(f"{path}: not a regular file")


def _existing_key(task: Task) -> tuple[str, str] | None:
    if task.known is not None or task.target is None:
        return task.known
    try:
        source = json.loads(Path(task.target).read_bytes())["source"]
        return source["sha256"], source["pipeline"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _without_prefix(message: str, path: str) -> str:
    return message[len(path) + 2:] if message.startswith(f"{path}: ") else message


_WORKER: Worker | NoteParseError | None = None


def _init_worker(model: str | None, max_bytes: int | None, force: bool) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends the workers
    try:
        _WORKER = Worker(model, max_bytes, force)
    except NoteParseError as exc:
        _WORKER = exc


def _ready() -> NoteParseError | None:
    return _WORKER if isinstance(_WORKER, NoteParseError) else None


def _run_chunk(tasks: list[Task]) -> list[Outcome]:
    assert isinstance(_WORKER, Worker)
    return [_WORKER.run(t) for t in tasks]


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def iter_outcomes(tasks: Sequence[Task], *, jobs: int | None = None, model: str | None = None,
                  max_bytes: int | None = DEFAULT_MAX_BYTES, force: bool = False,
                  start_method: str = "forkserver") -> Outcomes:
    """One :class:`Outcome` per task, in task order, from ``jobs`` processes (1: this process).

    At most ``jobs * WINDOW_PER_JOB`` chunks of ``CHUNK_SIZE`` notes are in flight. If a worker
    dies (killed, out of memory), the notes in flight fail with kind ``crash`` and a new pool
    goes on. Raises ModelError (before the first outcome) when ``model`` cannot be loaded.
    """
    jobs = max(1, min(jobs or default_jobs(), len(tasks)))
    if jobs == 1:
        return Outcomes(tasks, Worker(model, max_bytes, force))
    initargs = (model, max_bytes, force)
    return Outcomes(tasks, _start_pool(jobs, initargs, start_method), jobs,
                    restart=lambda: _start_pool(jobs, initargs, start_method))


class Outcomes(Iterator[Outcome]):
    """The outcomes of :func:`iter_outcomes`; :meth:`close` ends the workers (also on Ctrl-C)."""

    def __init__(self, tasks: Sequence[Task], runner: Worker | ProcessPoolExecutor, jobs: int = 1,
                 restart: Callable[[], ProcessPoolExecutor] | None = None) -> None:
        self.runner = runner
        if isinstance(runner, Worker):
            self._it: Iterator[Outcome] = (runner.run(t) for t in tasks)
        else:
            self._it = self._parallel(tasks, jobs, restart)

    def __next__(self) -> Outcome:
        return next(self._it)

    def close(self) -> None:
        """Stop: end the worker processes; outcomes not yet taken are dropped."""
        if isinstance(self.runner, ProcessPoolExecutor):
            _stop(self.runner)

    def _parallel(self, tasks: Sequence[Task], jobs: int,
                  restart: Callable[[], ProcessPoolExecutor] | None) -> Iterator[Outcome]:
        chunks = deque(list(tasks[i:i + CHUNK_SIZE]) for i in range(0, len(tasks), CHUNK_SIZE))
        window: deque[tuple[list[Task], Future]] = deque()
        try:
            while chunks or window:
                while chunks and len(window) < jobs * WINDOW_PER_JOB:
                    chunk = chunks.popleft()
                    with _sigint_blocked():
                        window.append((chunk, self.runner.submit(_run_chunk, chunk)))
                chunk, future = window.popleft()
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    for lost in (chunk, *(c for c, _ in window)):
                        yield from _crashed(lost)
                    window.clear()
                    _stop(self.runner)
                    assert restart is not None
                    self.runner = restart()
        finally:
            self.close()


def _start_fork_server(model: str | None) -> None:
    """Start the process that worker processes are forked from, unless it runs already. It imports
    spaCy and, for the default pipeline, builds and warms it (:mod:`noteparse.warm`): ~1-1.5 s,
    spent once; each worker then starts at once. There is one server per process: a later run with
    another model still works, its workers building their own pipeline."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(
        ["noteparse.warm" if model is None else "noteparse.pipeline"])
    with _sigint_blocked():
        forkserver.ensure_running()


def _start_pool(jobs: int, initargs: tuple, start_method: str) -> ProcessPoolExecutor:
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        _start_fork_server(initargs[0])
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=initargs)
    try:
        with _sigint_blocked():
            ready = pool.submit(_ready)
        error = ready.result()
    except BaseException:
        _stop(pool)
        raise
    if error is not None:
        _stop(pool)
        raise error
    return pool


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    # Processes started now (the fork server, spawned workers) inherit a blocked SIGINT, so a
    # Ctrl-C while they import spaCy reaches only this process, which then stops them; here it
    # is held back until the start is done, not lost.
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(pool: ProcessPoolExecutor) -> None:
    # shutdown() alone would let the running chunks finish; a clean Ctrl-C ends the workers now.
    # The executor has no public way to do that, hence its private process table.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with suppress(Exception):
            process.terminate()
    for process in processes:
        with suppress(Exception):
            process.join(timeout=5)
    # Python 3.11's executor wakes its manager thread at interpreter exit through a pipe that
    # thread closes when it ends, unlocked: a Ctrl-C at the wrong instant printed "OSError: Bad file
    # descriptor" as the process exited (CPython fixed the race in 3.12). Waiting here for the thread
    # to end leaves the pipe marked closed, so the exit hook writes nothing.
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None and manager is not threading.current_thread():
        with suppress(Exception):
            manager.join(timeout=5)


def _crashed(chunk: list[Task]) -> Iterator[Outcome]:
    for task in chunk:
        yield Outcome(path=task.path, status="failed", kind="crash",
                      message="a worker process died (killed or out of memory) while this note was in flight; "
                              "run again to retry")


__all__ = ["BatchSummary", "Engine", "Input", "Outcome", "OutcomeStream", "Task", "find_inputs", "iter_outcomes",
           "parse_paths", "run_batch", "write_atomic"]
