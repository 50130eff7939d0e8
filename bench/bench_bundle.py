"""For information (no goal in the issues): exchange bundles at a busy country's scale. A full
bundle of the large database is written, received by an empty database, and received again
(nothing changes the second time).

    .venv/bin/python bench/bench_bundle.py [--folder /tmp/gpast-bench] [--smoke]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import open_database  # noqa: E402
from app.services.exchange.bundles import export_bundle, import_bundle  # noqa: E402
from bench.databases import arguments, large_database  # noqa: E402


def timed(fn, *args):
    started = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - started, value


def main(argv=None) -> int:
    args = arguments(__doc__).parse_args(argv)
    folder, name, source = large_database(args)
    bundle = folder / f"{name}.gpast"
    target = folder / f"{name}-received.sqlite"
    for leftover in folder.glob(f"{name}-received.sqlite*"):
        leftover.unlink()
    with open_database(str(source)) as db:
        written, counts = timed(export_bundle, db, bundle)
    with open_database(str(target)) as db:
        first, result = timed(import_bundle, db, bundle)
        again, unchanged = timed(import_bundle, db, bundle)
    rows = sum(counts.values())
    print(
        f"bundle of {rows} records: written in {written:.1f} s; received by an empty database "
        f"in {first:.1f} s ({result.added} added); received again in {again:.1f} s "
        f"({unchanged.unchanged} unchanged)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
