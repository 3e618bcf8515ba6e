"""Run the batch on Dask (``dask[distributed]``) when one machine is not enough.

``noteparse batch INPUT... --out DIR --engine dask [--scheduler ADDRESS]`` shares everything but
the parsing with the local engine (:mod:`noteparse.batch`): the same inputs, skip rules, outputs,
error lines and exit codes. Here, :func:`dask_outcomes` is step 2 of :func:`~noteparse.batch.run_batch`:

1. **connect** — without a scheduler address, start a ``distributed.LocalCluster`` of ``jobs``
   worker processes, one thread each; with one, join that cluster (``dask scheduler`` and
   ``dask worker`` on other machines, the notes on storage they all see under the same paths);
2. **warm** — every worker builds the :class:`~noteparse.pipeline.Pipeline` once, in a
   per-process cache keyed by model name (:func:`_pipeline`); a missing model stops the run
   before any work, as it does locally;
3. **stream** — chunks of ``chunk_size`` notes are submitted with at most ``WINDOW_PER_JOB`` chunks
   per worker thread in flight (memory stays flat on the client whatever the number of notes);
   outcomes come back as chunks finish, in any order, and the client writes them at once.

**The client writes, the workers only read notes.** DIR then needs to exist only where the
client runs; a worker never touches it (the skip key of an existing record is read by the client
and sent with the task, :meth:`~noteparse.batch.Task.resolved`). One writer keeps the guarantees
of the local engine: atomic renames in one place, ``errors.jsonl`` and ``records.jsonl`` appended
by one process (appends from many machines to a network file system are not atomic), and a
worker that dies after parsing but before reporting cannot leave a record the client does not
know about — nothing is written twice. The cost is that records (10-40 kB each) travel to the
client, far below what a network or a disk carries at parsing rates.

**Faults.** The scheduler re-runs the tasks of a worker that died, up to its
``distributed.scheduler.allowed-failures`` (the LocalCluster started here sets 0: each loss is
reported at once); after that a chunk fails with ``KilledWorker``. Its notes are then sent again
one per task, so the note that kills workers is found and the others are parsed elsewhere. A note
whose own one-note task is lost with its worker twice gets an error line of kind ``crash`` and is
not tried again. Every note therefore ends with exactly one outcome. The scheduler charges a
death to every task the worker held, not only the one running; the LocalCluster here gives a
worker one task at a time, but on another cluster a note that merely waited behind a crashing
note twice could be reported too. A crash line is not a record, so running again retries it.
With ``--scheduler``, a run that finds no worker left for ``WORKERLESS_SECONDS`` stops (exit 2),
its records so far written.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
import uuid
from collections import deque
from contextlib import ExitStack, contextmanager
from functools import cache, partial
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .batch import WINDOW_PER_JOB, Engine, Outcome, ParseNote, Task, Worker, default_jobs
from .errors import ModelError, NoteParseError
from .reading import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    import dask.bag
    import distributed

try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # require_dask() says what to install
    _WorkerPlugin = object  # type: ignore[assignment,misc]

INSTALL = "pip install 'noteparse[dask]'"
CRASHES_ALLOWED = 2
"""Losses of a note's own one-note task (its worker died) before the note is given up."""
CONNECT_SECONDS = 30
"""How long to wait for a scheduler to answer and for its first worker to join."""
WORKERLESS_SECONDS = 120
"""How long a run waits, with work left, for a cluster that has no worker before it gives up."""
POLL_SECONDS = 5
CHUNK_SIZE = 32
"""Notes per Dask task. A task costs milliseconds of scheduling and transfer, far more than a local
chunk does: on 2 cores, 8 notes per task ran at ~140 notes/s, 32 at ~200-240 (the local engine's
rate). A chunk lost with its worker is retried note by note all the same."""


class MissingDependencyError(NoteParseError):
    """An optional dependency (here Dask) is not installed; the message gives the install command."""

    kind = "dependency"


def require_dask() -> None:
    """Raise MissingDependencyError, with the install command, unless ``dask[distributed]`` imports."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(f"the Dask engine needs dask[distributed] ({exc.name} is missing); "
                                     f"install it with: {INSTALL}") from None


def dask_engine(scheduler: str | None = None, *, chunk_size: int = CHUNK_SIZE, parse: ParseNote | None = None) -> Engine:
    """An engine for :func:`~noteparse.batch.run_batch`: ``run_batch(inputs, out, engine=dask_engine())``.

    ``scheduler`` is the address of a running cluster (``tcp://host:8786``); None starts a
    LocalCluster of ``jobs`` processes for the run. ``parse`` replaces ``Pipeline.parse_note``
    on the workers (the tests use it to make a note kill its worker). Raises
    MissingDependencyError at once when Dask is not installed.
    """
    require_dask()
    return partial(dask_outcomes, scheduler=scheduler, chunk_size=chunk_size, parse=parse)


def dask_outcomes(tasks: Sequence[Task], *, jobs: int | None = None, model: str | None = None,
                  max_bytes: int | None = DEFAULT_MAX_BYTES, force: bool = False, scheduler: str | None = None,
                  chunk_size: int = CHUNK_SIZE, parse: ParseNote | None = None) -> DaskOutcomes:
    """One :class:`~noteparse.batch.Outcome` per task, in the order chunks finish, from a Dask cluster.

    ``jobs`` is the number of LocalCluster workers (default: the machine's cores); it is ignored
    with ``scheduler``, whose workers are what they are. Raises MissingDependencyError without
    Dask, NoteParseError when the scheduler cannot be reached or has no worker, and ModelError
    (before the first outcome) when a worker cannot load ``model``.
    """
    require_dask()
    if not tasks:
        return DaskOutcomes(None, ExitStack(), [], {}, 1)
    with ExitStack() as stack:
        client = _connect(scheduler, max(1, min(jobs or default_jobs(), len(tasks))), stack)
        _warm(client, model)
        threads = sum(client.nthreads().values())
        chunks = [list(tasks[i:i + chunk_size]) for i in range(0, len(tasks), chunk_size)]
        options = {"model": model, "max_bytes": max_bytes, "force": force, "parse": parse}
        return DaskOutcomes(client, stack.pop_all(), chunks, options, window=max(threads, 1) * WINDOW_PER_JOB)


class DaskOutcomes(Iterator[Outcome]):
    """The outcomes of :func:`dask_outcomes`; :meth:`close` cancels the work left and disconnects
    (and ends the LocalCluster it started)."""

    def __init__(self, client: distributed.Client | None, resources: ExitStack, chunks: list[list[Task]],
                 options: dict[str, Any], window: int) -> None:
        self.client, self.resources = client, resources
        self.in_flight: dict[distributed.Future, list[Task]] = {}
        self._it = self._stream(deque(chunks), options, window) if client is not None else iter(())

    def __next__(self) -> Outcome:
        return next(self._it)

    def close(self) -> None:
        """Stop: cancel the chunks in flight, disconnect; outcomes not yet taken are dropped."""
        if self.client is not None and self.in_flight:
            self.client.cancel(list(self.in_flight))
        self.in_flight.clear()
        self.client = None
        self.resources.close()

    def _stream(self, chunks: deque[list[Task]], options: dict[str, Any], window: int) -> Iterator[Outcome]:
        from distributed import KilledWorker, wait

        client = self.client
        assert client is not None
        crashes: dict[str, int] = {}
        run = f"noteparse-chunk-{uuid.uuid4().hex[:8]}"
        count = itertools.count()
        watch = _Watchdog(client)
        try:
            while chunks or self.in_flight:
                while chunks and len(self.in_flight) < window:
                    chunk = chunks.popleft()
                    sent = chunk if options["force"] else [t.resolved() for t in chunk]
                    self.in_flight[client.submit(_run_chunk, sent, **options, key=f"{run}-{next(count)}")] = chunk
                try:
                    finished = wait(list(self.in_flight), timeout=POLL_SECONDS, return_when="FIRST_COMPLETED").done
                except TimeoutError:
                    watch.check()
                    continue
                for future in finished:
                    try:
                        # A finished chunk's result can still be lost with its worker, and be
                        # recomputed or fail, before it is fetched: result() has the last word.
                        outcomes = future.result(timeout=POLL_SECONDS)
                    except KilledWorker:
                        outcomes = list(_after_crash(self.in_flight[future], chunks, crashes))
                    except TimeoutError:
                        continue  # being recomputed: wait for it again
                    # Any other exception (a ModelError on a worker, a bug) stops the run.
                    del self.in_flight[future]
                    future.release()
                    yield from outcomes
        finally:
            self.close()


class _Watchdog:
    """Raises NoteParseError when the cluster has had no worker for WORKERLESS_SECONDS (all killed,
    or a LocalCluster that gave up restarting them): better than waiting forever."""

    def __init__(self, client: distributed.Client) -> None:
        self.client = client
        self.since: float | None = None

    def check(self) -> None:
        """Note whether there is a worker now; raise when there has been none for too long."""
        if self.client.nthreads():
            self.since = None
            return
        self.since = self.since or time.monotonic()
        if time.monotonic() - self.since > WORKERLESS_SECONDS:
            raise NoteParseError(f"the Dask cluster has had no worker for {WORKERLESS_SECONDS} s; the notes done "
                                 "so far are written: run the same command again to finish")


def _after_crash(chunk: list[Task], chunks: deque[list[Task]], crashes: dict[str, int]) -> Iterator[Outcome]:
    # A chunk lost with its worker: its notes go first, one per task, to find the note at fault.
    if len(chunk) > 1:
        chunks.extendleft([task] for task in reversed(chunk))
        return
    task, = chunk
    crashes[task.path] = crashes.get(task.path, 0) + 1
    if crashes[task.path] < CRASHES_ALLOWED:
        chunks.appendleft(chunk)
        return
    yield Outcome(path=task.path, status="failed", kind="crash",
                  message=f"a Dask worker died {CRASHES_ALLOWED} times while parsing this note alone "
                          "(a crash in the parser, or out of memory); not retried")


def _connect(scheduler: str | None, jobs: int, stack: ExitStack) -> distributed.Client:
    from distributed import Client

    if scheduler is None:
        client = stack.enter_context(Client(stack.enter_context(local_cluster(jobs))))
        client.register_plugin(_IgnoreSigint(), name="noteparse-ignore-sigint")
        return client
    try:
        client = stack.enter_context(Client(scheduler, timeout=CONNECT_SECONDS))
    except (OSError, TimeoutError) as exc:
        raise NoteParseError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except TimeoutError:
        raise NoteParseError(f"the Dask scheduler at {scheduler} has no worker (none joined in {CONNECT_SECONDS} s): "
                             f"start some with `dask worker {scheduler} --nthreads 1`") from None
    return client


@contextmanager
def local_cluster(workers: int) -> Iterator[distributed.LocalCluster]:
    """The LocalCluster ``--engine dask`` starts without ``--scheduler``, for the ``with`` block:
    ``workers`` processes of one thread, logs silenced (failures go to ``errors.jsonl``).

    Its scheduler reports a lost task at once (``allowed-failures`` 0: :func:`dask_outcomes` does
    the retrying) and gives a worker only the chunk it runs (``worker-saturation`` 1.0), so a
    worker's death charges no chunk that was merely queued there. While the block runs, a dead
    worker is never given up (``lost-worker-timeout``): the cluster would otherwise close for good
    a worker that happens to be restarting 15 s after an earlier death, and a few crashing notes
    could leave it with no worker at all.
    """
    import dask
    from distributed import LocalCluster

    config = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0,
              "distributed.deploy.lost-worker-timeout": "3650 days"}
    with dask.config.set(config), LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               host="127.0.0.1", dashboard_address=None, silence_logs=logging.CRITICAL,
                                               scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster:
        yield cluster  # (the scheduler's health page is on a free port, not on 8787)


class _IgnoreSigint(_WorkerPlugin):
    """A worker plugin for the LocalCluster's workers: Ctrl-C in a terminal reaches the whole
    process group, but it is the client's to handle (it cancels the work and ends the cluster);
    a worker taking it too would only print tracebacks. Kept by the scheduler, so restarted
    workers get it too."""

    def setup(self, worker: Any) -> None:
        """Runs in the worker's main thread when it joins."""
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm(client: distributed.Client, model: str | None) -> None:
    for error in client.run(_build, model).values():
        if error is not None:
            raise ModelError(error)


# -- on the workers -----------------------------------------------------------------------------


@cache
def _pipeline(model: str | None) -> Any:
    """This worker process's pipeline for ``model``, built on first use."""
    from .pipeline import Pipeline

    return Pipeline(model=model)


def _build(model: str | None) -> str | None:
    try:
        _pipeline(model)
    except NoteParseError as exc:
        return str(exc)
    return None


def _run_chunk(tasks: list[Task], model: str | None, max_bytes: int | None, force: bool,
               parse: ParseNote | None) -> list[Outcome]:
    worker = Worker(model, max_bytes, force, pipeline=_pipeline(model), parse=parse)
    return [worker.run(t) for t in tasks]


# -- the Python twin --------------------------------------------------------------------------------


def parse_bag(paths: Iterable[str | os.PathLike[str]], model: str | None = None, *,
              max_bytes: int | None = DEFAULT_MAX_BYTES, partition_size: int = CHUNK_SIZE,
              parse: ParseNote | None = None) -> dask.bag.Bag:
    """A lazy ``dask.bag.Bag`` with one outcome dict per path, in order, for your own Dask graphs.

    Each item is ``{"path", "status", "record", "kind", "message"}``: ``status`` is ``"parsed"``
    (``record`` holds the record as a dict) or ``"failed"`` (``kind`` and ``message`` as in
    ``errors.jsonl``) — a bad note is an item, never an exception, so no note drops out of the bag
    unseen. Keep the records with ``bag.filter(lambda o: o["record"]).pluck("record")``. Nothing
    is skipped or written; each worker process builds the pipeline once. Runs on whatever
    scheduler is active (a ``distributed.Client`` if one exists). A note that kills its worker is
    retried by the scheduler, then fails the computation with ``KilledWorker``, as any task would.
    Raises MissingDependencyError when Dask is not installed.
    """
    require_dask()
    import dask.bag as db

    return db.from_sequence([os.fspath(p) for p in paths], partition_size=partition_size).map_partitions(
        _parse_partition, model, max_bytes, parse)


def _parse_partition(paths: list[str], model: str | None, max_bytes: int | None,
                     parse: ParseNote | None) -> list[dict[str, Any]]:
    return [outcome_dict(o) for o in _run_chunk([Task(path=p) for p in paths], model, max_bytes, True, parse)]


def outcome_dict(outcome: Outcome) -> dict[str, Any]:
    """An :class:`~noteparse.batch.Outcome` as a plain dict (the items of :func:`parse_bag`)."""
    import json

    return {"path": outcome.path, "status": outcome.status,
            "record": None if outcome.json is None else json.loads(outcome.json),
            "kind": outcome.kind, "message": outcome.message}


__all__ = ["DaskOutcomes", "MissingDependencyError", "dask_engine", "dask_outcomes", "local_cluster", "outcome_dict",
           "parse_bag", "require_dask"]
