"""Everything the progress report prints, as plain data, from SQL queries over the period."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, distinct, func, select

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
from app.models.vocabulary import ATTENDED_STATUSES
from app.services.focus_areas import list_focus_areas
from app.services.reporting.dashboard import targets_progress
from app.services.reporting.indicators import check_period, indicators
from app.services.settings import get_settings
from app.services.statistics.summary import statistics_summary
from app.services.unit_of_work import Database
from app.storage.text_search import in_code_order

PIPELINE_STATUSES = ("draft", "submitted")


def previous_period(date_from: date, date_to: date) -> tuple[date, date]:
    """The period before: as many whole months when the period is whole months (a year
    before a year, a quarter before a quarter, leap years or not), else the period of equal
    length that ends the day before `date_from`."""
    end = date_from - timedelta(days=1)
    if date_from.day == 1 and (date_to + timedelta(days=1)).day == 1:
        months = (date_to.year - date_from.year) * 12 + date_to.month - date_from.month + 1
        start = date_from.year * 12 + date_from.month - 1 - months
        return date(start // 12, start % 12 + 1, 1), end
    length = (date_to - date_from).days
    return end - timedelta(days=length), end


def _lists(
    session, area_ids: list[int], date_from: date, date_to: date
) -> dict[int, dict[str, list[dict]]]:
    """Each area's laws, sessions (with their people and women) and campaigns of the period,
    in three statements for all the areas (a server answers three round trips, not three an
    area); the people of each session are counted once, whatever its areas."""
    out: dict[int, dict[str, list[dict]]] = {
        a: {"legislation": [], "trainings": [], "campaigns": []} for a in area_ids
    }
    law_link = legislation_focus_area
    for a, t, r, d, s in session.execute(
        select(
            law_link.c.focus_area_id,
            Legislation.title,
            Legislation.reference,
            Legislation.adopted_on,
            Legislation.status,
        )
        .join(law_link, law_link.c.record_id == Legislation.id)
        .where(
            Legislation.adopted_on.between(date_from, date_to),
            law_link.c.focus_area_id.in_(area_ids),
        )
        .order_by(Legislation.adopted_on, in_code_order(Legislation.title), Legislation.id)
    ):
        out[a]["legislation"].append(
            {"title": t, "reference": r or "", "adopted_on": d, "status": s}
        )
    pairs = (
        select(Attendance.training_id, Attendance.participant_id)
        .join(TrainingSession, TrainingSession.id == Attendance.training_id)
        .where(
            Attendance.status.in_(ATTENDED_STATUSES),
            TrainingSession.start_date.between(date_from, date_to),
        )
        .distinct()
        .subquery()
    )
    counts = (
        select(
            pairs.c.training_id,
            func.count(distinct(pairs.c.participant_id)).label("people"),
            func.sum(case((Participant.sex == "female", 1), else_=0)).label("women"),
        )
        .join(Participant, Participant.id == pairs.c.participant_id)
        .group_by(pairs.c.training_id)
        .subquery()
    )
    link = training_focus_area
    for a, c, t, s, e, loc, p, w in session.execute(
        select(
            link.c.focus_area_id,
            TrainingSession.code,
            TrainingSession.title,
            TrainingSession.start_date,
            TrainingSession.end_date,
            TrainingSession.location,
            func.coalesce(counts.c.people, 0),
            func.coalesce(counts.c.women, 0),
        )
        .join(link, link.c.record_id == TrainingSession.id)
        .outerjoin(counts, counts.c.training_id == TrainingSession.id)
        .where(
            TrainingSession.start_date.between(date_from, date_to),
            link.c.focus_area_id.in_(area_ids),
        )
        .order_by(TrainingSession.start_date, in_code_order(TrainingSession.code))
    ):
        out[a]["trainings"].append(
            {
                "code": c,
                "title": t,
                "start_date": s,
                "end_date": e,
                "location": loc or "",
                "participants": int(p),
                "women": int(w),
            }
        )
    campaign_link = campaign_focus_area
    for a, t, s, e, ch, r in session.execute(
        select(
            campaign_link.c.focus_area_id,
            Campaign.title,
            Campaign.start_date,
            Campaign.end_date,
            Campaign.channels,
            Campaign.reach,
        )
        .join(campaign_link, campaign_link.c.record_id == Campaign.id)
        .where(
            Campaign.start_date.between(date_from, date_to),
            campaign_link.c.focus_area_id.in_(area_ids),
        )
        .order_by(Campaign.start_date, in_code_order(Campaign.title), Campaign.id)
    ):
        out[a]["campaigns"].append(
            {
                "title": t,
                "start_date": s,
                "end_date": e,
                "channels": list(ch or []),
                "reach": int(r or 0),
            }
        )
    return out


def report_data(
    db: Database,
    date_from: date,
    date_to: date,
    areas: list[str] | None = None,
    made_on: date | None = None,
) -> dict[str, Any]:
    check_period(date_from, date_to)
    made_on = made_on or date.today()
    all_areas = list_focus_areas(db)
    known = {a["slug"] for a in all_areas}
    if areas:
        unknown = [a for a in areas if a not in known]
        if unknown:
            raise ValidationError(
                "--area",
                "unknown focus area '{value}' (use {choices})",
                value=unknown[0],
                choices=", ".join(sorted(known)),
            )
    chosen = [a for a in all_areas if not areas or a["slug"] in areas]
    current = indicators(db, date_from, date_to)
    prev_from, prev_to = previous_period(date_from, date_to)
    previous = indicators(db, prev_from, prev_to)
    target_year = date_to.year
    year_start = date(target_year, 1, 1)
    # a report of the year (or from its first day) has the year's figures already
    year_actual = current if date_from == year_start else indicators(db, year_start, date_to)
    targets = targets_progress(db, target_year, year_actual)
    sections = []
    with db.reading() as session:
        area_ids = dict(session.execute(select(FocusArea.slug, FocusArea.id)).all())
        lists = _lists(session, [area_ids[a["slug"]] for a in chosen], date_from, date_to)
        for a in chosen:
            sections.append(
                {
                    **a,
                    "figures": current["areas"][a["slug"]],
                    "previous": previous["areas"][a["slug"]],
                    "targets": targets.get(a["slug"], []),
                    **lists[area_ids[a["slug"]]],
                }
            )
        pipeline = [
            {"title": t, "reference": r or "", "kind": k, "status": s}
            for t, r, k, s in session.execute(
                select(
                    Legislation.title, Legislation.reference, Legislation.kind, Legislation.status
                )
                .where(Legislation.status.in_(PIPELINE_STATUSES))
                .order_by(
                    in_code_order(Legislation.status),
                    in_code_order(Legislation.title),
                    Legislation.id,
                )
            )
        ]
    return {
        "from": date_from,
        "to": date_to,
        "previous_from": prev_from,
        "previous_to": prev_to,
        "made_on": made_on,
        "target_year": target_year,
        "settings": get_settings(db),
        "areas": [
            {"slug": a["slug"], "name": a["name"], "figures": current["areas"][a["slug"]]}
            for a in chosen
        ],
        "total": current["total"],
        "previous_total": previous["total"],
        "sections": sections,
        "pipeline": pipeline,
        "statistics": statistics_summary(db, date_to.year),
        "empty": all(v == 0 for v in current["total"].values()),
    }
