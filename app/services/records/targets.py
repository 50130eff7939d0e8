"""National action plan targets: for a year, a focus area and an indicator, a target value."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from app.errors import NotFound, ValidationError
from app.models import FocusArea, Target
from app.models.kinds import KINDS
from app.services.access import Action, require
from app.services.records import fields as f
from app.services.records.editing import area_lookup, check_seen
from app.services.unit_of_work import Database

TARGETS = KINDS["targets"]


def set_target(
    db: Database,
    year: int,
    focus_area: str,
    indicator: str,
    target: float,
    *,
    seen_version: Mapping[str, int] | None = None,
) -> dict:
    """Create or replace the target for (year, area, indicator). `seen_version`: the version of
    the target the page showed ({} when it showed none); when anyone saved it since, nothing is
    written and StaleRecord says who, when and what."""
    require(db, Action.TARGETS)
    with db.writing() as session:
        area_text = str(focus_area or "").strip()
        if not area_text:
            raise ValidationError("focus_area", "is required")
        area = area_lookup(session).get(area_text.lower())
        if area is None:
            raise ValidationError("focus_area", "unknown focus area '{value}'", value=area_text)
        clean = {
            "year": f.clean_value(TARGETS.field("year"), year),
            "indicator": f.clean_value(TARGETS.field("indicator"), indicator),
            "target": f.clean_value(TARGETS.field("target"), target),
        }
        area_id = session.scalar(select(FocusArea.id).where(FocusArea.slug == area))
        row = session.scalar(
            select(Target)
            .where(
                Target.year == clean["year"],
                Target.focus_area_id == area_id,
                Target.indicator == clean["indicator"],
            )
            .with_for_update()
        )
        if row is not None:
            check_seen(session, TARGETS, row, seen_version)
        if row is None:
            row = Target(year=clean["year"], focus_area_id=area_id, indicator=clean["indicator"])
            session.add(row)
        row.target = clean["target"]
        session.flush()
        return {
            "id": row.id,
            "year": row.year,
            "focus_area": area,
            "indicator": row.indicator,
            "target": row.target,
            "version": dict(row.version or {}),
        }


def list_targets(db: Database, year: int | None = None) -> list[dict]:
    stmt = (
        select(
            Target.id, Target.year, FocusArea.slug, Target.indicator, Target.target, Target.version
        )
        .join(FocusArea, FocusArea.id == Target.focus_area_id)
        .order_by(Target.year, FocusArea.position, Target.indicator)
    )
    if year is not None:
        stmt = stmt.where(Target.year == year)
    with db.reading() as session:
        return [
            {
                "id": i,
                "year": y,
                "focus_area": s,
                "indicator": ind,
                "target": t,
                "version": dict(v or {}),
            }
            for i, y, s, ind, t, v in session.execute(stmt)
        ]


def delete_target(
    db: Database, target_id: int, *, seen_version: Mapping[str, int] | None = None
) -> None:
    """Remove the target; refused (StaleRecord) when anyone saved it since `seen_version`."""
    require(db, Action.TARGETS)
    with db.writing() as session:
        row = session.get(Target, target_id, with_for_update=True)
        if row is None:
            raise NotFound("{what} {n} does not exist", what="target", n=target_id)
        check_seen(session, TARGETS, row, seen_version)
        session.delete(row)
