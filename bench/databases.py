"""The benchmark databases: a busy country's forty years (large) and one year (tiny) of the same
density, both made by app.services.demo with Core bulk inserts, cached in a folder."""

from __future__ import annotations

import dataclasses
import time
from datetime import date
from pathlib import Path

from app.services import open_database
from app.services.demo import LARGE, DemoSize, fill_demo

# Both end on the same complete year, so a year's figures cover the same density of records.
TODAY = date(2025, 12, 31)
YEAR = 2025
TINY = dataclasses.replace(LARGE, years=1, people=5_000)
SMOKE = DemoSize(years=2, people=80, trainings_per_year=6)


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
    with open_database(str(partial)) as db:
        counts = fill_demo(db, size=size, today=TODAY)
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
