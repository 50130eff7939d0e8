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

from sqlalchemy import Float, Integer, case, cast, func, literal, select, union_all
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


# the records counted by date: (the count's indicator, the summed amount's or None, model, its
# date, its amount, its focus-area link)
RECORDS: tuple[tuple[Any, ...], ...] = (
    ("laws_adopted", None, Legislation, Legislation.adopted_on, None, legislation_focus_area),
    (
        "trainings_held",
        "training_hours",
        TrainingSession,
        TrainingSession.start_date,
        TrainingSession.hours,
        training_focus_area,
    ),
    (
        "campaigns_launched",
        "campaign_reach",
        Campaign,
        Campaign.start_date,
        Campaign.reach,
        campaign_focus_area,
    ),
)


def _records(session: Session, date_from: date, date_to: date, areas: dict[int, str]) -> dict:
    """laws, trainings (and hours) and campaigns (and reach), in total (key None) and per
    area, in one statement (a server answers one round trip instead of six). A record counts
    in every area it is linked to; the total counts each record once."""
    parts = []
    for n, (_count, _amount, model, day, amount, link) in enumerate(RECORDS):
        summed = func.coalesce(func.sum(amount), 0) if amount is not None else literal(0)
        period = day.between(date_from, date_to)
        parts.append(
            select(
                literal(n).label("kind"),
                literal(None, Integer).label("area"),
                func.count(model.id).label("n"),
                cast(summed, Float).label("amount"),
            ).where(period)
        )
        parts.append(
            select(literal(n), link.c.focus_area_id, func.count(model.id), cast(summed, Float))
            .join(link, link.c.record_id == model.id)
            .where(period)
            .group_by(link.c.focus_area_id)
        )
    out: dict = {}
    for kind, area_id, count, total in session.execute(union_all(*parts)):
        count_name, amount_name, *_rest = RECORDS[kind]
        values = out.setdefault(None if area_id is None else areas[area_id], {})
        values[count_name] = int(count or 0)
        if amount_name == "training_hours":
            values[amount_name] = float(total or 0)
        elif amount_name is not None:
            values[amount_name] = int(total or 0)
    return out


def check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise ValidationError("to", "must not be before 'from'")


def indicators(db: Database, date_from: date, date_to: date) -> dict[str, Any]:
    """{"from", "to", "areas": {slug: {indicator: value}}, "total": {indicator: value}}."""
    check_period(date_from, date_to)
    with db.reading() as session:
        area_ids: dict[int, str] = dict(
            session.execute(select(FocusArea.id, FocusArea.slug).order_by(FocusArea.position)).all()
        )
        areas = {slug: _zero() for slug in area_ids.values()}
        total = _zero()
        for found in (
            _records(session, date_from, date_to, area_ids),
            _people(session, date_from, date_to, area_ids),
        ):
            for key, values in found.items():
                (total if key is None else areas[key]).update(values)
    return {
        "from": date_from.isoformat(),
        "to": date_to.isoformat(),
        "areas": areas,
        "total": total,
    }
