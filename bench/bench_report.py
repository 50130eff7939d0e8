"""Goal: a one-year progress report on the large (40-year) database ≤ 1.5× the same report on
the tiny (1-year) database, and the report's peak memory ≤ 300 MB.

Each report is made in a fresh process (`gpast report`), timed from outside, median of runs;
peak memory is the child's maximum resident set size.

    .venv/bin/python bench/bench_report.py [--folder /tmp/gpast-bench] [--smoke]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.databases import YEAR, arguments, large_database, tiny_database  # noqa: E402

GOAL_RATIO, GOAL_MB = 1.5, 300


def run_report(db: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak MB of one `gpast report` process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(db),
            "report",
            "--from",
            f"{YEAR}-01-01",
            "--to",
            f"{YEAR}-12-31",
            "--out",
            str(out),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        assert proc.stderr is not None  # stderr=PIPE
        raise SystemExit(f"report failed: {proc.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024  # Linux: KiB


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main(argv=None) -> int:
    parser = arguments(__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    folder, _name, large = large_database(args)
    tiny = tiny_database(args)
    runs = 1 if args.smoke else args.runs
    big_t, small_t, peaks = [], [], []
    run_report(tiny, folder / "warm.pdf")  # warm the OS caches once
    for _ in range(runs):  # alternate, so that drift hits both alike
        seconds, peak = run_report(large, folder / "large.pdf")
        big_t.append(seconds)
        peaks.append(peak)
        small_t.append(run_report(tiny, folder / "tiny.pdf")[0])
    ratio = median(big_t) / median(small_t)
    peak = max(peaks)
    print(
        f"report {YEAR}: large {median(big_t):.2f} s, tiny {median(small_t):.2f} s, ratio "
        f"{ratio:.2f} (goal ≤ {GOAL_RATIO}: {'met' if ratio <= GOAL_RATIO else 'NOT met'}); "
        f"peak memory {peak:.0f} MB (goal ≤ {GOAL_MB}: {'met' if peak <= GOAL_MB else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
