"""Benchmark `noteparse batch --engine dask` beside the local engine (a script, not a test).

On the same corpus (replicated from raw/ and ../shared/corpus, see bench.py) and the same number
of workers, prints for each engine: wall time and notes/s of the whole command (start-up
included), its start-up (the same command on 2 notes), the steady rate once started, peak RSS of
any one process; then the Dask engine's overhead per note over the local one, start-up excluded.

Usage: python benchmarks/bench_dask.py [--notes 2000] [--jobs 2] [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import make_corpus, run_measured  # noqa: E402


def batch(folder: Path, jobs: int, engine: str) -> tuple[float, int]:
    """Time `noteparse batch --engine ENGINE` over ``folder`` (fresh output): (seconds, peak RSS MiB)."""
    with tempfile.TemporaryDirectory() as out:
        seconds, peaks = run_measured([sys.executable, "-m", "noteparse", "batch", str(folder), "--out", out,
                                       "--jobs", str(jobs), "--engine", engine, "--quiet"])
    return seconds, max(peaks.values(), default=0) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=2000, help="Notes in the corpus.")
    parser.add_argument("--jobs", type=int, default=2, help="Worker processes for both engines.")
    parser.add_argument("--repeat", type=int, default=2, help="Runs per measure (the best is kept).")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {args.notes:,} notes, "
          f"--jobs {args.jobs}, best of {args.repeat}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, tiny = Path(tmp) / "notes", Path(tmp) / "tiny"
        make_corpus(corpus, args.notes)
        make_corpus(tiny, 2)
        steady = {}
        for engine in ("local", "dask"):
            whole, rss = min(batch(corpus, args.jobs, engine) for _ in range(args.repeat))
            start = min(batch(tiny, args.jobs, engine)[0] for _ in range(args.repeat))
            steady[engine] = (whole - start) / args.notes
            print(f"--engine {engine:5}: {whole:5.1f} s = {args.notes / whole:5.0f} notes/s with start-up; "
                  f"start-up {start:.1f} s; steady {1 / steady[engine]:5.0f} notes/s "
                  f"({steady[engine] * 1000:.2f} ms/note); peak RSS of any one process {rss} MiB", flush=True)
        extra = steady["dask"] - steady["local"]
        print(f"Dask overhead per note, start-up excluded: {extra * 1000:+.2f} ms "
              f"({extra / steady['local']:+.0%} of the local engine's time per note)")


if __name__ == "__main__":
    main()
