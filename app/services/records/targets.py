"""National action plan targets: for a year, a focus area and an indicator, a target value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import GpastError, NotFound, ValidationError
from app.models import FocusArea, Target
from app.models.kinds import KINDS
from app.services.access import Action, require
from app.services.records import fields as f
from app.services.records.editing import area_lookup, check_seen
from app.services.unit_of_work import Database

TARGETS = KINDS["targets"]


@dataclass(frozen=True)
class TargetChange:
    """One cell of the Targets page to save: a value, or None to remove the target.
    `seen_version`: the version of the target the page showed ({} when it showed none)."""

    focus_area: str
    indicator: str
    target: float | str | None
    seen_version: Mapping[str, int] | None = None


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
        row, area = _set(session, year, focus_area, indicator, target, seen_version)
        return {
            "id": row.id,
            "year": row.year,
            "focus_area": area,
            "indicator": row.indicator,
            "target": row.target,
            "version": dict(row.version or {}),
        }


def save_targets(db: Database, year: int, changes: Sequence[TargetChange]) -> int:
    """Save a year's changed targets in one unit of work: all of them, or (any refused: a
    value, or a target someone saved since the page showed it) none. The refusal carries the
    cell it is about as `cell` (area, indicator). Returns how many targets changed."""
    require(db, Action.TARGETS)
    with db.writing() as session:
        for change in changes:
            try:
                if change.target is None:
                    _remove(session, year, change.focus_area, change.indicator, change.seen_version)
                else:
                    _set(
                        session,
                        year,
                        change.focus_area,
                        change.indicator,
                        change.target,
                        change.seen_version,
                    )
            except GpastError as exc:
                exc.cell = (change.focus_area, change.indicator)  # the page marks the cell
                raise
    return len(changes)


def _area(session: Session, focus_area: str) -> str:
    area_text = str(focus_area or "").strip()
    if not area_text:
        raise ValidationError("focus_area", "is required")
    area = area_lookup(session).get(area_text.lower())
    if area is None:
        raise ValidationError("focus_area", "unknown focus area '{value}'", value=area_text)
    return area


def _row(session: Session, year: int, area: str, indicator: str) -> Target | None:
    return session.scalar(
        select(Target)
        .join(FocusArea, FocusArea.id == Target.focus_area_id)
        .where(Target.year == year, FocusArea.slug == area, Target.indicator == indicator)
        .with_for_update(of=Target)
    )


def _set(
    session: Session,
    year: int,
    focus_area: str,
    indicator: str,
    target: float | str,
    seen_version: Mapping[str, int] | None,
) -> tuple[Target, str]:
    area = _area(session, focus_area)
    clean = {
        "year": f.clean_value(TARGETS.field("year"), year),
        "indicator": f.clean_value(TARGETS.field("indicator"), indicator),
        "target": f.clean_value(TARGETS.field("target"), target),
    }
    row = _row(session, clean["year"], area, clean["indicator"])
    if row is not None:
        check_seen(session, TARGETS, row, seen_version)
    if row is None:
        area_id = session.scalar(select(FocusArea.id).where(FocusArea.slug == area))
        row = Target(year=clean["year"], focus_area_id=area_id, indicator=clean["indicator"])
        session.add(row)
    row.target = clean["target"]
    session.flush()
    return row, area


def _remove(
    session: Session,
    year: int,
    focus_area: str,
    indicator: str,
    seen_version: Mapping[str, int] | None,
) -> None:
    """Remove the target of the cell (gone already: nothing to do)."""
    row = _row(session, year, _area(session, focus_area), indicator)
    if row is not None:
        check_seen(session, TARGETS, row, seen_version)
        session.delete(row)
        session.flush()


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
