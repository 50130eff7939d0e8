"""Every benchmark in turn, each printing its figures as ratios measured in the same run plus the
absolute values on this machine (bench/README.md records the latest and what each goal is).

    .venv/bin/python bench/run.py [--folder /tmp/gpast-bench] [--smoke]

Exits non-zero only when a benchmark fails to run; never on time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.databases import arguments  # noqa: E402

BENCHMARKS = (
    "bench_indicators",
    "bench_report",
    "bench_statistics",
    "bench_import",
    "bench_spreadsheets",
    "bench_ui",
    "bench_bundle",
    "bench_server",  # issue 17: starts a PostgreSQL 15 server of its own
    "bench_scan",
)


def main(argv=None) -> int:
    args = arguments(__doc__).parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        command = [sys.executable, str(HERE / f"{name}.py"), "--folder", args.folder]
        done = subprocess.run([*command, *(["--smoke"] if args.smoke else [])], env=env)
        if done.returncode:
            print(f"{name} failed (exit {done.returncode})", file=sys.stderr)
            return done.returncode
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
