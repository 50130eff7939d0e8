"""Goals of issue 17 (a shared PostgreSQL server): the bulk attendance import of the large
database's file within 1.5× the SQLite time for the same file; `indicators` for a year and the
year's report within 1.2× SQLite. The server is started here (bench/pg_server.py: its own
folder, Unix socket only, default durability) and removed after; SQLite and the server are
measured in alternating pairs, medians reported. The indicators and the report are measured
once the server's autovacuum has been by after the imports (within a minute or so, as for any
user; migration 0008 makes it come after a hundredth of a table is new): the indicators are
also shown as they are just after the imports, before it.

    .venv/bin/python bench/bench_server.py [--folder /tmp/gpast-bench] [--pairs 3] [--smoke]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import open_database  # noqa: E402
from app.services.reporting.indicators import indicators  # noqa: E402
from app.services.spreadsheets.exporting import export_file  # noqa: E402
from app.services.spreadsheets.importing import import_file  # noqa: E402
from app.services.spreadsheets.rules import IMPORT_KINDS  # noqa: E402
from bench.bench_report import run_report  # noqa: E402
from bench.databases import YEAR, arguments, large_database, median_seconds  # noqa: E402
from bench.pg_server import (  # noqa: E402
    new_database,
    server,
    server_cpu_seconds,
    wait_for_autovacuum,
)

IMPORT_GOAL = 1.5
INDICATORS_GOAL = 1.2
REPORT_GOAL = 1.2
# the tables a year's figures read through index-only scans: autovacuum marks their pages
# all-visible within a minute or so of an import (migration 0008 sets when); the goals are
# measured once it has, as users see them from then on
VACUUMED = ("attendance", "participant")


def sheets(source: Path, folder: Path, name: str) -> dict[str, Path]:
    """Every kind of the benchmark database as the product.md spreadsheets (made once)."""
    out = {}
    with open_database(str(source)) as db:
        for kind in IMPORT_KINDS:
            path = folder / f"{name}-server-{kind}.csv"
            if not path.exists():
                export_file(db, kind, path)
            out[kind] = path
    return out


def timed_import(location: str, files: dict[str, Path], admin: str) -> tuple[float, float, float]:
    """Seconds of the attendance import into `location` (sessions imported first, untimed):
    wall clock, this process's CPU, and the server's CPU meanwhile (0 on SQLite; NaN where
    it cannot be read)."""
    with open_database(location) as db:
        import_file(db, "trainings", files["trainings"])
        server_before = server_cpu_seconds(admin)
        started, cpu = time.perf_counter(), time.process_time()
        import_file(db, "attendance", files["attendance"])
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    server_after = server_cpu_seconds(admin)
    on_server = "://" in location
    if not on_server:
        return wall, cpu, 0.0
    if server_before is None or server_after is None:
        return wall, cpu, float("nan")
    return wall, cpu, server_after - server_before


def cpu_per_call(call, calls: int, admin: str) -> tuple[float, float]:
    """This process's CPU seconds a call, and the server's (NaN where it cannot be read)."""
    call()
    server_before, cpu = server_cpu_seconds(admin), time.process_time()
    for _ in range(calls):
        call()
    cpu, server_after = time.process_time() - cpu, server_cpu_seconds(admin)
    if server_before is None or server_after is None:
        return cpu / calls, float("nan")
    return cpu / calls, (server_after - server_before) / calls


def fresh_sqlite(folder: Path, name: str) -> str:
    path = folder / f"{name}-server-import.sqlite"
    for leftover in folder.glob(f"{path.name}*"):
        leftover.unlink()
    return str(path)


def paired(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Medians of each side and of the pairs' ratios (server / SQLite)."""
    ratios = sorted(s / q for s, q in pairs)
    return (
        statistics.median(s for s, _q in pairs),
        statistics.median(q for _s, q in pairs),
        ratios[len(ratios) // 2],
    )


def verdict(ratio: float, goal: float) -> str:
    return f"goal ≤ {goal}: {'met' if ratio <= goal else 'NOT met'}"


def main(argv=None) -> int:
    parser = arguments(__doc__)
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args(argv)
    folder, name, source = large_database(args)
    files = sheets(source, folder, name)
    count = 1 if args.smoke else args.pairs
    print(f"load average {os.getloadavg()[0]:.1f}")
    with server() as admin:
        imports, cpus = [], []
        for _ in range(count):
            lite_wall, lite_cpu, _none = timed_import(fresh_sqlite(folder, name), files, admin)
            server_wall, client_cpu, server_cpu = timed_import(new_database(admin), files, admin)
            imports.append((server_wall, lite_wall))
            cpus.append((client_cpu, server_cpu, lite_cpu))
        s, q, ratio = paired(imports)
        print(
            f"attendance import: server {s:.2f} s, SQLite {q:.2f} s, ratio {ratio:.2f} "
            f"({verdict(ratio, IMPORT_GOAL)}); all {', '.join(f'{a / b:.2f}' for a, b in imports)}"
        )
        client, server_side, sqlite_side = (statistics.median(c[n] for c in cpus) for n in range(3))
        print(
            f"  CPU (medians): this process {client:.2f} s + the server {server_side:.2f} s, "
            f"against SQLite's {sqlite_side:.2f} s (all of it in this process)"
        )

        full = new_database(admin, "full")
        with open_database(full) as db:
            for kind, path in files.items():  # as a ministry would fill it: its files
                import_file(db, kind, path)
        period = (date(YEAR, 1, 1), date(YEAR, 12, 31))
        with open_database(str(source)) as lite, open_database(full) as big:
            # what a user sees in the first minute after an import: the new rows' pages are
            # not yet all-visible, so index-only scans visit the table for each row
            fresh = paired(
                [
                    (
                        median_seconds(lambda: indicators(big, *period), 3),
                        median_seconds(lambda: indicators(lite, *period), 3),
                    )
                    for _ in range(3)
                ]
            )
        waited = wait_for_autovacuum(full, VACUUMED)
        print(
            f"indicators {YEAR} just after the imports: server {fresh[0] * 1000:.1f} ms, "
            f"SQLite {fresh[1] * 1000:.1f} ms, ratio {fresh[2]:.2f} (until autovacuum has been "
            f"by: {waited:.0f} s more here; measured below as a user sees them afterwards)"
        )
        with open_database(str(source)) as lite, open_database(full) as big:
            pairs = [
                (
                    median_seconds(lambda: indicators(big, *period), 3),
                    median_seconds(lambda: indicators(lite, *period), 3),
                )
                for _ in range(3 if args.smoke else 11)
            ]
            calls = 5 if args.smoke else 40
            lite_call = cpu_per_call(lambda: indicators(lite, *period), calls, admin)
            big_call = cpu_per_call(lambda: indicators(big, *period), calls, admin)
        s, q, ratio = paired(pairs)
        print(
            f"indicators {YEAR}: server {s * 1000:.1f} ms, SQLite {q * 1000:.1f} ms, "
            f"ratio {ratio:.2f} ({verdict(ratio, INDICATORS_GOAL)})"
        )
        print(
            f"  CPU a call: this process {big_call[0] * 1000:.1f} ms + the server "
            f"{big_call[1] * 1000:.1f} ms, against SQLite's {lite_call[0] * 1000:.1f} ms"
        )

        reports = []
        for _ in range(1 if args.smoke else 3):
            on_server = run_report(full, folder / "server-report.pdf")[0]  # type: ignore[arg-type]
            on_sqlite = run_report(source, folder / "sqlite-report.pdf")[0]
            reports.append((on_server, on_sqlite))
        s, q, ratio = paired(reports)
        print(
            f"report {YEAR} (whole `gpast report` processes): server {s:.2f} s, "
            f"SQLite {q:.2f} s, ratio {ratio:.2f} ({verdict(ratio, REPORT_GOAL)})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
