"""The figures from other agencies as the progress report and the dashboard show them: for a
year and the year before, per focus area (victims in protection, investigations and persons
prosecuted or convicted in criminalisation), the totals by the counting rules with their
source, the other sources, the breakdowns of the total's source, SDG 16.2.2 and the
mismatches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models import Statistic
from app.services.statistics.counting import SourceTotal, breakdowns, count_year
from app.services.statistics.figures import as_dict, figure_order
from app.services.unit_of_work import Database

AREA_INDICATORS = {
    "protection": (
        "victims_identified",
        "victims_assisted",
        "victims_referred",
        "victims_repatriated",
    ),
    "criminalisation": ("investigations", "persons_prosecuted", "persons_convicted"),
}


def statistics_summary(db: Database, year: int) -> dict[str, Any]:
    with db.reading() as session:
        rows = session.scalars(select(Statistic).where(Statistic.year.in_((year - 1, year))))
        figures = sorted((as_dict(r) for r in rows), key=figure_order)  # any server's row order
    return summarise(year, figures)


def summarise(year: int, figures: list[dict[str, Any]]) -> dict[str, Any]:
    """Pure: the summary of `year` (and `year - 1` beside it) from the figures of both."""
    now = count_year(year, figures)
    before = count_year(year - 1, figures)
    this_year = [f for f in figures if f["year"] == year]
    areas: dict[str, list[dict[str, Any]]] = {}
    for slug, names in AREA_INDICATORS.items():
        rows = []
        for name in names:
            total, previous = now.totals.get(name), before.totals.get(name)
            if total is None and previous is None:
                continue
            rows.append(
                {
                    "indicator": name,
                    "total": None if total is None else total.total,
                    "previous": None if previous is None else previous.total,
                    "source": "" if total is None else total.source,
                    "others": [] if total is None else [(o.source, o.total) for o in total.others],
                    # per source, the total's first: {source: {breakdown: [(value, n)]}}
                    "breakdowns": {}
                    if total is None
                    else {
                        t: parts
                        for t in _sources(total.source, total.others)
                        if (parts := breakdowns(this_year, name, t))
                    },
                }
            )
        areas[slug] = rows
    return {
        "year": year,
        "previous_year": year - 1,
        "areas": areas,
        "victims_per_100k": now.victims_per_100k,
        "previous_victims_per_100k": before.victims_per_100k,
        "mismatches": now.mismatches,
        "empty": not now.totals and not before.totals,
    }


def _sources(first: str, others: tuple[SourceTotal, ...]) -> list[str]:
    return [first, *(o.source for o in others)]
