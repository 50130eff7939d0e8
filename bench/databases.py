"""The benchmark databases: a busy country's forty years (large) and one year (tiny) of the same
density, cached in a folder. Each is made through the program's public import path: the demo
generator fills a scratch database, every kind is exported to the product.md spreadsheets, and
those are imported into the benchmark database as a ministry's files would be."""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from datetime import date
from pathlib import Path

from app.services import open_database
from app.services.maintenance.demo import LARGE, DemoSize, fill_demo
from app.services.spreadsheets.exporting import export_file
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.rules import IMPORT_KINDS

# Both end on the same complete year, so a year's figures cover the same density of records.
TODAY = date(2025, 12, 31)
YEAR = 2025
TINY = dataclasses.replace(LARGE, years=1, people=5_000)
SMOKE = DemoSize(years=2, people=80, trainings_per_year=6)


def arguments(doc: str | None) -> argparse.ArgumentParser:
    """The options every benchmark takes: --folder for the cached databases, --smoke."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--folder", default="/tmp/gpast-bench")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run (CI)")
    return parser


def large_database(args: argparse.Namespace) -> tuple[Path, str, Path]:
    """The folder, the name ("large"; "smoke" with --smoke) and the file of the 40-year one."""
    folder = Path(args.folder)
    name = "smoke" if args.smoke else "large"
    return folder, name, build(folder, name, SMOKE if args.smoke else LARGE)


def tiny_database(args: argparse.Namespace) -> Path:
    """The file of the one-year database ("smoke" with --smoke)."""
    return build(Path(args.folder), *(("smoke", SMOKE) if args.smoke else ("tiny", TINY)))


def build(folder: Path, name: str, size: DemoSize) -> Path:
    """The database file for `size`, made once and reused by later runs."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sqlite"
    if path.exists():
        return path
    partial = folder / f"{name}.partial.sqlite"
    for leftover in folder.glob(f"{name}.partial.sqlite*"):
        leftover.unlink()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="gpast-bench-") as scratch:
        generated = Path(scratch) / "generated.sqlite"
        with open_database(str(generated)) as source:
            fill_demo(source, size=size, today=TODAY)
            sheets = []
            for kind in IMPORT_KINDS:  # trainings before attendance, as a user would
                sheet = Path(scratch) / f"{kind}.csv"
                export_file(source, kind, sheet)
                sheets.append((kind, sheet))
        counts = {}
        with open_database(str(partial)) as db:
            for kind, sheet in sheets:
                result = import_file(db, kind, sheet)
                counts[kind] = result.added
                if kind == "attendance":
                    counts["participants"] = result.people_added
    partial.rename(path)
    print(f"built {path} in {time.perf_counter() - started:.1f} s: {counts}")
    return path


def median_seconds(fn, repeats: int = 7) -> float:
    """Median wall time of fn() after one warm-up call."""
    fn()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    times.sort()
    return times[len(times) // 2]
