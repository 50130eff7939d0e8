"""Figures from other agencies in the database: read a year, set or remove one figure, count a
year by the rules of app.services.statistics.counting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.models import Statistic
from app.models.kinds import KINDS
from app.models.vocabulary import STATISTICS_BREAKDOWNS, STATISTICS_INDICATORS
from app.services.access import Action, require
from app.services.records import fields as f
from app.services.records.editing import check_seen
from app.services.statistics.counting import YearCount, count_year
from app.services.unit_of_work import Database

STATISTICS = KINDS["statistics"]
KEY = ("year", "indicator", *STATISTICS_BREAKDOWNS, "source")
SHOWN = (*KEY, "value", "notes")


def clean_figure(data: dict[str, Any]) -> tuple[dict[str, Any], list[ValidationError]]:
    """A figure's stored values (an empty breakdown or source is "", meaning all) and every
    problem found, each naming its field."""
    clean, problems = f.clean_record(STATISTICS.fields, data)
    for name in (*STATISTICS_BREAKDOWNS, "source", "notes"):
        if clean.get(name) is None:
            clean[name] = ""
    return clean, problems


def key_of(values: dict[str, Any]) -> tuple:
    return tuple(values[n] for n in KEY)


def as_dict(row: Statistic) -> dict[str, Any]:
    return {"id": row.id, "uuid": row.uuid, **{n: getattr(row, n) for n in SHOWN}}


def existing_figures(session: Session, years: set[int] | None = None) -> dict[tuple, Statistic]:
    stmt = select(Statistic)
    if years is not None:
        stmt = stmt.where(Statistic.year.in_(sorted(years)))
    return {key_of(as_dict(row)): row for row in session.scalars(stmt)}


def year_figures(db: Database, year: int) -> list[dict[str, Any]]:
    """The figures of `year`, by indicator, source and breakdown, each with the version it was
    read at (a save checks nobody saved the figure since)."""
    with db.reading() as session:
        rows = session.scalars(select(Statistic).where(Statistic.year == year))
        shown = ({**as_dict(r), "version": dict(r.version or {})} for r in rows)
        return sorted(shown, key=figure_order)


def all_figures(db: Database) -> list[dict[str, Any]]:
    """Every figure, by year, indicator, source and breakdown (the export)."""
    with db.reading() as session:
        return sorted((as_dict(r) for r in session.scalars(select(Statistic))), key=figure_order)


def figure_years(db: Database) -> list[int]:
    """The years that have figures from other agencies."""
    with db.reading() as session:
        return list(session.scalars(select(Statistic.year).distinct().order_by(Statistic.year)))


def count(db: Database, year: int) -> YearCount:
    """The year's totals, mismatches and SDG 16.2.2 by product.md's counting rules."""
    return count_year(year, year_figures(db, year))


def set_figure(
    db: Database, data: dict[str, Any], *, seen_version: Mapping[str, int] | None = None
) -> dict[str, Any]:
    """Create the figure of its key, or replace its value and notes (audited). `seen_version`:
    the version of the figure the page showed ({} when it showed none); when anyone saved it
    since, nothing is written and StaleRecord says who, when and what."""
    require(db, Action.EDIT)
    clean, problems = clean_figure(data)
    if problems:
        raise problems[0]
    with db.writing() as session:
        row = existing_figures(session, {clean["year"]}).get(key_of(clean))
        if row is not None:
            check_seen(session, STATISTICS, row, seen_version)
        if row is None:
            row = Statistic(**clean)
            session.add(row)
        else:
            row.value = clean["value"]
            if "notes" in data:
                row.notes = clean["notes"]
        session.flush()
        return as_dict(row)


def delete_figure(
    db: Database, figure_id: int, *, seen_version: Mapping[str, int] | None = None
) -> None:
    """Remove the figure; refused (StaleRecord) when anyone saved it since `seen_version`."""
    require(db, Action.DELETE)
    with db.writing() as session:
        row = session.get(Statistic, figure_id, with_for_update=True)
        if row is None:
            raise NotFound("figure {id} does not exist", id=figure_id)
        check_seen(session, STATISTICS, row, seen_version)
        session.delete(row)


def figure_order(fig: dict[str, Any]) -> tuple:
    order = STATISTICS_INDICATORS
    rank = order.index(fig["indicator"]) if fig["indicator"] in order else len(order)
    return (fig["year"], rank, fig["source"].casefold(), *(fig[b] for b in STATISTICS_BREAKDOWNS))
