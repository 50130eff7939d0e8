"""Figures for the dashboard: per focus area, for one calendar year, with progress to targets."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.models.vocabulary import STATISTICS_INDICATORS
from app.services.focus_areas import list_focus_areas
from app.services.records.targets import list_targets
from app.services.reporting.indicators import indicators
from app.services.statistics.figures import count
from app.services.statistics.summary import statistics_summary
from app.services.unit_of_work import Database


def year_period(year: int, today: date | None = None) -> tuple[date, date]:
    """The whole year; the current year up to today (later records are plans, not results)."""
    today = today or date.today()
    end = date(year, 12, 31)
    if year == today.year:
        end = today
    return date(year, 1, 1), end


def progress(actual: float, target: float) -> float | None:
    """Actual as a percentage of the target (None when the target is zero)."""
    return None if not target else round(100.0 * actual / target, 1)


def targets_progress(db: Database, year: int, figures: dict[str, Any]) -> dict[str, list[dict]]:
    """The year's targets per area with the actual figure (from `figures`, an indicators()
    result for the year up to the chosen day; for a figure from other agencies, the year's
    total by the statistics counting rules, 0 while none is in) and the percentage reached."""
    targets: dict[str, list[dict]] = {}
    statistics = None
    for t in list_targets(db, year):
        if t["indicator"] in STATISTICS_INDICATORS:
            statistics = statistics or count(db, year)
            total = statistics.totals.get(t["indicator"])
            actual = total.total if total is not None else 0
        else:
            actual = figures["areas"][t["focus_area"]][t["indicator"]]
        targets.setdefault(t["focus_area"], []).append(
            {
                "indicator": t["indicator"],
                "target": t["target"],
                "actual": actual,
                "percent": progress(actual, t["target"]),
            }
        )
    return targets


def dashboard_figures(db: Database, year: int, today: date | None = None) -> dict[str, Any]:
    date_from, date_to = year_period(year, today)
    figures = indicators(db, date_from, date_to)
    targets = targets_progress(db, year, figures)
    areas = []
    for a in list_focus_areas(db):
        values = figures["areas"][a["slug"]]
        areas.append(
            {
                **a,
                "figures": values,
                "women_share": progress(values["participations_female"], values["participations"]),
                "targets": targets.get(a["slug"], []),
            }
        )
    total = figures["total"]
    statistics = statistics_summary(db, year)
    return {
        # figures from other agencies per area (victims in protection, prosecutions and
        # convictions in criminalisation), the year beside the year before
        "statistics": statistics["areas"],
        "victims_per_100k": statistics["victims_per_100k"],
        "year": year,
        "from": date_from,
        "to": date_to,
        "areas": areas,
        "total": {
            "figures": total,
            "women_share": progress(total["participations_female"], total["participations"]),
        },
    }
