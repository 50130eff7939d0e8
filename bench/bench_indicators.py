"""Goal: `indicators` for a year ≤ 1.2× on the large (40-year) vs the tiny (1-year) database.

PYTHONPATH=. .venv/bin/python bench/bench_indicators.py [--folder /tmp/gpast-bench] [--smoke]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import open_database  # noqa: E402
from app.services.demo import LARGE  # noqa: E402
from app.services.indicators import indicators  # noqa: E402
from bench.databases import SMOKE, TINY, YEAR, build, median_seconds  # noqa: E402

GOAL = 1.2


def measure(path: Path, repeats: int) -> float:
    with open_database(str(path)) as db:
        return median_seconds(lambda: indicators(db, date(YEAR, 1, 1), date(YEAR, 12, 31)), repeats)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", default="/tmp/gpast-bench")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks it runs")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    large = build(folder, "smoke" if args.smoke else "large", SMOKE if args.smoke else LARGE)
    tiny = build(folder, "smoke" if args.smoke else "tiny", SMOKE if args.smoke else TINY)
    repeats = 3 if args.smoke else 15
    t_large, t_tiny = measure(large, repeats), measure(tiny, repeats)
    ratio = t_large / t_tiny
    verdict = "met" if ratio <= GOAL else "NOT met"
    print(
        f"indicators {YEAR}: large {t_large * 1000:.1f} ms, tiny {t_tiny * 1000:.1f} ms, "
        f"ratio {ratio:.2f} (goal ≤ {GOAL}: {verdict})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
