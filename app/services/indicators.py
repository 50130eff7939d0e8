"""The counting rules of product.md, as SQL aggregates per focus area and in total.

For a period from–to (both days included):
- laws_adopted: legislation adopted in the period;
- trainings_held / training_hours: sessions starting in the period, and the sum of their hours;
- participations: (session, person) pairs of those sessions where the person was present or late
  on at least one day; people_trained counts each person once; split by sex (female, male);
- campaigns_launched / campaign_reach: campaigns starting in the period, and their summed reach.
A record counts in every area it is linked to; the total counts each record once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, case, distinct, func, literal, select, union_all
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import (
    Attendance,
    Campaign,
    FocusArea,
    Legislation,
    Participant,
    TrainingSession,
    campaign_focus_area,
    legislation_focus_area,
    training_focus_area,
)
from app.models.vocabulary import ATTENDED_STATUSES, INDICATORS
from app.services.unit_of_work import Database


def _zero() -> dict[str, Any]:
    return {name: 0 for name in INDICATORS}


def _grouped(session: Session, stmt: Select, link, areas: dict[int, str], by_area: bool):
    """Run `stmt` once in total, or grouped by area through `link` (record_id → focus_area_id)."""
    if not by_area:
        return {None: session.execute(stmt).one()}
    stmt = stmt.add_columns(link.c.focus_area_id).group_by(link.c.focus_area_id)
    return {areas[row[-1]]: row[:-1] for row in session.execute(stmt)}


def _people(session: Session, date_from: date, date_to: date, areas: dict[int, str]) -> dict:
    """participations, people_trained and the split by sex, in total (key None) and per area,
    in one statement: the (session, person) pairs are found once and aggregated twice."""
    pairs = (
        select(Attendance.training_id, Attendance.participant_id, Participant.sex)
        .join(TrainingSession, TrainingSession.id == Attendance.training_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(
            TrainingSession.start_date.between(date_from, date_to),
            Attendance.status.in_(ATTENDED_STATUSES),
        )
        .distinct()
        .cte("attended_pairs")
    )
    figures = (
        func.count(),
        func.count(distinct(pairs.c.participant_id)),
        func.coalesce(func.sum(case((pairs.c.sex == "female", 1), else_=0)), 0),
        func.coalesce(func.sum(case((pairs.c.sex == "male", 1), else_=0)), 0),
    )
    total = select(literal(None, Integer).label("area"), *figures).select_from(pairs)
    link = training_focus_area
    per_area = (
        select(link.c.focus_area_id, *figures)
        .select_from(pairs)
        .join(link, link.c.record_id == pairs.c.training_id)
        .group_by(link.c.focus_area_id)
    )
    out = {}
    for area_id, n, persons, female, male in session.execute(union_all(total, per_area)):
        out[areas[area_id] if area_id is not None else None] = {
            "participations": int(n or 0),
            "people_trained": int(persons or 0),
            "participations_female": int(female or 0),
            "participations_male": int(male or 0),
        }
    return out


def _compute(session: Session, date_from: date, date_to: date, by_area: bool) -> dict:
    areas = dict(session.execute(select(FocusArea.id, FocusArea.slug)).all())
    result: dict = {}

    def put(key, values: dict[str, Any]) -> None:
        result.setdefault(key, _zero()).update(values)

    laws = select(func.count(Legislation.id)).where(
        Legislation.adopted_on.between(date_from, date_to)
    )
    if by_area:
        laws = laws.join(
            legislation_focus_area, legislation_focus_area.c.record_id == Legislation.id
        )
    for key, (count,) in _grouped(session, laws, legislation_focus_area, areas, by_area).items():
        put(key, {"laws_adopted": int(count or 0)})

    trainings = select(
        func.count(TrainingSession.id), func.coalesce(func.sum(TrainingSession.hours), 0)
    ).where(TrainingSession.start_date.between(date_from, date_to))
    if by_area:
        trainings = trainings.join(
            training_focus_area, training_focus_area.c.record_id == TrainingSession.id
        )
    for key, (count, hours) in _grouped(
        session, trainings, training_focus_area, areas, by_area
    ).items():
        put(key, {"trainings_held": int(count or 0), "training_hours": float(hours or 0)})

    campaigns = select(func.count(Campaign.id), func.coalesce(func.sum(Campaign.reach), 0)).where(
        Campaign.start_date.between(date_from, date_to)
    )
    if by_area:
        campaigns = campaigns.join(
            campaign_focus_area, campaign_focus_area.c.record_id == Campaign.id
        )
    for key, (count, reach) in _grouped(
        session, campaigns, campaign_focus_area, areas, by_area
    ).items():
        put(key, {"campaigns_launched": int(count or 0), "campaign_reach": int(reach or 0)})

    if by_area:
        return {slug: result.get(slug, _zero()) for slug in _ordered_slugs(session)}
    return result.get(None, _zero())


def _ordered_slugs(session: Session) -> list[str]:
    return list(session.scalars(select(FocusArea.slug).order_by(FocusArea.position)))


def check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise ValidationError("to", "must not be before 'from'")


def indicators(db: Database, date_from: date, date_to: date) -> dict[str, Any]:
    """{"from", "to", "areas": {slug: {indicator: value}}, "total": {indicator: value}}."""
    check_period(date_from, date_to)
    with db.reading() as session:
        areas = _compute(session, date_from, date_to, by_area=True)
        total = _compute(session, date_from, date_to, by_area=False)
        area_ids = dict(session.execute(select(FocusArea.id, FocusArea.slug)).all())
        for key, values in _people(session, date_from, date_to, area_ids).items():
            (total if key is None else areas[key]).update(values)
    return {
        "from": date_from.isoformat(),
        "to": date_to.isoformat(),
        "areas": areas,
        "total": total,
    }
