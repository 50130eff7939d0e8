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

from sqlalchemy import Integer, Select, case, func, literal, select, union_all
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
    in one statement. The (session, person) pairs are found once, counted per person (in total
    and per area), and only then joined to the people for their sex: one lookup per person, in
    the order of their keys, instead of one per pair."""
    pairs = (
        select(Attendance.training_id, Attendance.participant_id)
        .join(TrainingSession, TrainingSession.id == Attendance.training_id)
        .where(
            TrainingSession.start_date.between(date_from, date_to),
            Attendance.status.in_(ATTENDED_STATUSES),
        )
        .distinct()
        .cte("attended_pairs")
    )
    link = training_focus_area
    per_person = union_all(
        select(
            literal(None, Integer).label("area"),
            pairs.c.participant_id,
            func.count().label("n"),
        ).group_by(pairs.c.participant_id),
        select(link.c.focus_area_id, pairs.c.participant_id, func.count())
        .select_from(pairs)
        .join(link, link.c.record_id == pairs.c.training_id)
        .group_by(link.c.focus_area_id, pairs.c.participant_id),
    ).cte("per_person")
    stmt = (
        select(
            per_person.c.area,
            func.sum(per_person.c.n),
            func.count(),
            func.coalesce(
                func.sum(case((Participant.sex == "female", per_person.c.n), else_=0)), 0
            ),
            func.coalesce(func.sum(case((Participant.sex == "male", per_person.c.n), else_=0)), 0),
        )
        .join(Participant, Participant.id == per_person.c.participant_id)
        .group_by(per_person.c.area)
    )
    out = {}
    for area_id, n, persons, female, male in session.execute(stmt):
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
