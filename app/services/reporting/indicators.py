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

from sqlalchemy import (
    Float,
    Integer,
    Select,
    String,
    case,
    cast,
    distinct,
    func,
    literal_column,
    null,
    select,
    union_all,
)

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


PEOPLE = len(("laws", "trainings", "campaigns"))  # the kind of the participations' rows
AREAS = PEOPLE + 1  # the kind of the focus areas' rows


# The statement's constants are written into it, not sent as parameters, and its NULLs are
# typed only in the first row source of each UNION (a server types the later ones from it):
# the statement stays under 4,096 characters, up to which psycopg keeps its parsed form
# instead of parsing it again at every call.
def _number(value: int) -> Any:
    return literal_column(str(int(value)), Integer)


def _typed_null(type_: Any) -> Any:
    return cast(null(), type_)


def _people(date_from: date, date_to: date) -> Select:
    """participations, people_trained and the split by sex, in total (area None) and per
    area: rows (PEOPLE, area, participations, None, people, female, male). The (session,
    person) pairs are found once and given their person's sex once (one join of the pairs
    to the people); each pair then counts in total and in each area of its session."""
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
    sexed = (
        select(pairs.c.training_id, pairs.c.participant_id, Participant.sex)
        .join(Participant, Participant.id == pairs.c.participant_id)
        .cte("attended_people")
    )
    link = training_focus_area
    counted = union_all(
        select(_typed_null(Integer).label("area"), sexed.c.participant_id, sexed.c.sex),
        select(link.c.focus_area_id, sexed.c.participant_id, sexed.c.sex).join(
            link, link.c.record_id == sexed.c.training_id
        ),
    ).subquery("counted")

    def of_sex(sex: str) -> Any:
        counted_sex = case((counted.c.sex == sex, _number(1)), else_=_number(0))
        return func.coalesce(func.sum(counted_sex), _number(0))

    return select(
        _number(PEOPLE).label("kind"),
        counted.c.area,
        func.count().label("n"),
        null().label("amount"),
        func.count(distinct(counted.c.participant_id)).label("people"),
        of_sex("female").label("female"),
        of_sex("male").label("male"),
    ).group_by(counted.c.area)


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


def _records(date_from: date, date_to: date) -> list[Select]:
    """laws, trainings (and hours) and campaigns (and reach), in total (area None) and per
    area: rows (kind, area, count, amount, None, None, None), the kind an index of RECORDS.
    A record counts in every area it is linked to; the total counts each record once."""
    parts = []
    for n, (_count, _amount, model, day, amount, link) in enumerate(RECORDS):
        summed = func.coalesce(func.sum(amount), _number(0)) if amount is not None else _number(0)
        period = day.between(date_from, date_to)
        empty = _typed_null(Integer) if n == 0 else null()  # the statement's first rows
        parts.append(
            select(
                _number(n).label("kind"),
                empty.label("area"),
                func.count(model.id).label("n"),
                cast(summed, Float).label("amount"),
                empty.label("people"),
                empty.label("female"),
                empty.label("male"),
            ).where(period)
        )
        parts.append(
            select(
                _number(n),
                link.c.focus_area_id,
                func.count(model.id),
                cast(summed, Float),
                null(),
                null(),
                null(),
            )
            .join(link, link.c.record_id == model.id)
            .where(period)
            .group_by(link.c.focus_area_id)
        )
    return parts


def _areas() -> Select:
    """The focus areas as rows (AREAS, id, position, None, None, None, None); their slugs
    come in the statement's last column."""
    return select(
        _number(AREAS),
        FocusArea.id,
        FocusArea.position,
        null(),
        null(),
        null(),
        null(),
        FocusArea.slug,
    )


def check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise ValidationError("to", "must not be before 'from'")


def indicators(db: Database, date_from: date, date_to: date) -> dict[str, Any]:
    """{"from", "to", "areas": {slug: {indicator: value}}, "total": {indicator: value}}.
    Everything in one statement (a server answers in one round trip)."""
    check_period(date_from, date_to)
    records = _records(date_from, date_to)
    parts = [
        records[0].add_columns(_typed_null(String).label("slug")),
        *(part.add_columns(null()) for part in records[1:]),
        _people(date_from, date_to).add_columns(null()),
        _areas(),
    ]
    with db.reading(one_statement=True) as session:
        rows = session.execute(union_all(*parts)).all()
    slugs = {area: slug for kind, area, *_values, slug in rows if kind == AREAS}
    order = sorted((position, slug) for kind, _area, position, *_v, slug in rows if kind == AREAS)
    areas = {slug: _zero() for _position, slug in order}
    total = _zero()
    for kind, area_id, n, amount, people, female, male, _slug in rows:
        if kind == AREAS:
            continue
        values = total if area_id is None else areas[slugs[area_id]]
        if kind == PEOPLE:
            values["participations"] = int(n or 0)
            values["people_trained"] = int(people or 0)
            values["participations_female"] = int(female or 0)
            values["participations_male"] = int(male or 0)
            continue
        count_name, amount_name, *_rest = RECORDS[kind]
        values[count_name] = int(n or 0)
        if amount_name == "training_hours":
            values[amount_name] = float(amount or 0)
        elif amount_name is not None:
            values[amount_name] = int(amount or 0)
    return {
        "from": date_from.isoformat(),
        "to": date_to.isoformat(),
        "areas": areas,
        "total": total,
    }
