"""Issue 15's speed goal: receiving a full exchange bundle of the large database (by an empty
database) within 1.5× a plain import of the same records (the product.md spreadsheets of every
kind, imported as a ministry's files are). Also measured: the longest write-lock hold while the
bundle is received, the peak memory (max RSS) of each side, and the bundle received again
(nothing changes). Each side runs in a fresh process; the sides alternate, medians reported.

    .venv/bin/python bench/bench_bundle.py [--folder /tmp/gpast-bench] [--pairs 3] [--smoke]
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import open_database  # noqa: E402
from app.services.exchange.bundles import export_bundle, import_bundle  # noqa: E402
from app.services.spreadsheets.exporting import export_file  # noqa: E402
from app.services.spreadsheets.importing import import_file  # noqa: E402
from app.services.spreadsheets.rules import IMPORT_KINDS  # noqa: E402
from bench.databases import arguments, large_database  # noqa: E402


def _fresh(path: Path) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()


def _held(db, holds: list[float]):
    """db.writing, timed: each unit of work's time from its start (BEGIN IMMEDIATE: the
    write lock) to its commit."""
    writing = db.writing

    @contextmanager
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            with writing(*args, **kwargs) as session:
                yield session
        finally:
            holds.append(time.perf_counter() - started)

    db.writing = timed


def one(side: str, folder: Path, name: str) -> dict:
    """One side, in this (fresh) process: its time, write-lock holds and peak memory."""
    target = folder / f"{name}-{side}.sqlite"
    _fresh(target)
    holds: list[float] = []
    out: dict = {}
    with open_database(str(target)) as db:
        _held(db, holds)
        started = time.perf_counter()
        if side == "plain":
            for kind in IMPORT_KINDS:
                import_file(db, kind, folder / f"{name}-sheets" / f"{kind}.csv")
        else:
            result = import_bundle(db, folder / f"{name}.gpast", trust=True)
            out["added"] = result.added
        out["seconds"] = time.perf_counter() - started
        out["lock"] = max(holds, default=0.0)
        if side == "bundle":
            holds.clear()
            started = time.perf_counter()
            again = import_bundle(db, folder / f"{name}.gpast")
            out["again"] = time.perf_counter() - started
            out["again_lock"] = max(holds, default=0.0)  # none: nothing to change
            out["unchanged"] = again.unchanged
    out["rss_mb"] = _peak_mb()
    return out


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM: since its start, not its parent's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    parser = arguments(__doc__)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--one", choices=("plain", "bundle"), help=argparse_suppress())
    args = parser.parse_args(argv)
    folder, name, source = large_database(args)
    if args.one:
        print(json.dumps(one(args.one, folder, name)))
        return 0
    bundle = folder / f"{name}.gpast"
    sheets = folder / f"{name}-sheets"
    sheets.mkdir(exist_ok=True)
    with open_database(str(source)) as db:
        started = time.perf_counter()
        counts = export_bundle(db, bundle)
        written = time.perf_counter() - started
        for kind in IMPORT_KINDS:
            export_file(db, kind, sheets / f"{kind}.csv")
    records = sum(counts.values())
    print(
        f"bundle of {records} records ({bundle.stat().st_size >> 20} MB) written in {written:.1f} s"
    )
    pairs = 1 if args.smoke else args.pairs
    runs: dict[str, list[dict]] = {"plain": [], "bundle": []}
    for n in range(pairs):
        for side in ("plain", "bundle") if n % 2 == 0 else ("bundle", "plain"):
            command = [sys.executable, __file__, "--folder", str(folder), "--one", side]
            if args.smoke:
                command.append("--smoke")
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            runs[side].append(json.loads(done.stdout.strip().splitlines()[-1]))
        plain, got = runs["plain"][-1], runs["bundle"][-1]
        print(
            f"pair {n + 1}: plain import {plain['seconds']:.2f} s (peak {plain['rss_mb']:.0f} MB, "
            f"longest write lock {plain['lock']:.2f} s); bundle {got['seconds']:.2f} s "
            f"(peak {got['rss_mb']:.0f} MB, longest write lock {got['lock']:.2f} s; "
            f"again {got['again']:.2f} s, lock {got['again_lock']:.2f} s) "
            f"= {got['seconds'] / plain['seconds']:.2f}×"
        )
    ratios = [
        b["seconds"] / p["seconds"] for p, b in zip(runs["plain"], runs["bundle"], strict=True)
    ]

    def median(side: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[side])

    print(
        f"median: bundle {median('bundle', 'seconds'):.2f} s vs plain import "
        f"{median('plain', 'seconds'):.2f} s = {statistics.median(ratios):.2f}× (goal ≤ 1.5×); "
        f"longest write lock {median('bundle', 'lock'):.2f} s; peak memory "
        f"{median('bundle', 'rss_mb'):.0f} MB (plain import {median('plain', 'rss_mb'):.0f} MB); "
        f"received again {median('bundle', 'again'):.2f} s; load average {os.getloadavg()[0]:.1f}"
    )
    return 0


def argparse_suppress():
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    raise SystemExit(main())
