"""Goal: `indicators` for a year ≤ 1.2× on the large (40-year) vs the tiny (1-year) database.

.venv/bin/python bench/bench_indicators.py [--folder /tmp/gpast-bench] [--smoke]
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import open_database  # noqa: E402
from app.services.reporting.indicators import indicators  # noqa: E402
from bench.databases import YEAR, arguments, large_database, median_seconds, tiny_database  # noqa: E402

GOAL = 1.2


def measure_pairs(large: Path, tiny: Path, repeats: int) -> tuple[float, float, float]:
    """Large and tiny measured in turn, so that the machine's drift hits both alike:
    the medians of each and the median of the pairwise ratios."""
    period = (date(YEAR, 1, 1), date(YEAR, 12, 31))
    with open_database(str(large)) as big, open_database(str(tiny)) as small:
        for db in (big, small):
            indicators(db, *period)  # warm up
        pairs = [
            (
                median_seconds(lambda: indicators(big, *period), 3),
                median_seconds(lambda: indicators(small, *period), 3),
            )
            for _ in range(repeats)
        ]
    bigs = sorted(p[0] for p in pairs)
    smalls = sorted(p[1] for p in pairs)
    ratios = sorted(p[0] / p[1] for p in pairs)
    mid = len(pairs) // 2
    return bigs[mid], smalls[mid], ratios[mid]


def main(argv=None) -> int:
    parser = arguments(__doc__)
    args = parser.parse_args(argv)
    _folder, _name, large = large_database(args)
    tiny = tiny_database(args)
    repeats = 3 if args.smoke else 21
    t_large, t_tiny, ratio = measure_pairs(large, tiny, repeats)
    verdict = "met" if ratio <= GOAL else "NOT met"
    print(
        f"indicators {YEAR}: large {t_large * 1000:.1f} ms, tiny {t_tiny * 1000:.1f} ms, "
        f"ratio {ratio:.2f} (goal ≤ {GOAL}: {verdict})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
