"""Goal: `statistics` for a year ≤ 1.5× on the large (40 years of figures) vs the tiny (1 year)
database, like the report's goal. The demo gives every year its figures (about 35 a year, from
six agencies: 1,400 on the large database), made and imported as the other kinds are.

.venv/bin/python bench/bench_statistics.py [--folder /tmp/gpast-bench] [--smoke]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import open_database  # noqa: E402
from app.services.statistics.figures import count  # noqa: E402
from app.services.statistics.summary import statistics_summary  # noqa: E402
from bench.databases import YEAR, arguments, large_database, median_seconds, tiny_database  # noqa: E402

GOAL = 1.5
MEASURED = YEAR


def measure(large: Path, tiny: Path, repeats: int, fn) -> tuple[float, float, float, int]:
    """Large and tiny in turn (drift hits both alike): medians and the median ratio."""
    with open_database(str(large)) as big, open_database(str(tiny)) as small:
        figures = len(count(big, MEASURED).totals)
        for db in (big, small):
            fn(db)  # warm up
        pairs = [
            (median_seconds(lambda: fn(big), 3), median_seconds(lambda: fn(small), 3))
            for _ in range(repeats)
        ]
    mid = len(pairs) // 2
    bigs, smalls = sorted(p[0] for p in pairs), sorted(p[1] for p in pairs)
    return bigs[mid], smalls[mid], sorted(p[0] / p[1] for p in pairs)[mid], figures


def main(argv=None) -> int:
    args = arguments(__doc__).parse_args(argv)
    _folder, _name, large = large_database(args)
    tiny = tiny_database(args)
    repeats = 3 if args.smoke else 21
    for name, fn in (
        ("statistics", lambda db: count(db, MEASURED)),
        ("the report's statistics", lambda db: statistics_summary(db, YEAR)),
    ):
        t_large, t_tiny, ratio, totals = measure(large, tiny, repeats, fn)
        verdict = "met" if ratio <= GOAL else "NOT met"
        print(
            f"{name} {MEASURED}: large {t_large * 1000:.2f} ms, tiny {t_tiny * 1000:.2f} ms, "
            f"ratio {ratio:.2f} (goal ≤ {GOAL}: {verdict}; {totals} indicators with totals)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
