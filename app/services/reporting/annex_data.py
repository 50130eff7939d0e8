"""What the narrative annex of the reporting pack lists for a period, organised by the four
pillars the questionnaires use (prevention, protection, prosecution, partnership): the
legislation with its status and instruments, the trainings with their audiences and
participants by sex, the campaigns with their channels and reach, from the progress report's
data (a record counts under every pillar of its focus areas)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, distinct, func, select

from app.models import Attendance, Legislation, Participant, TrainingSession
from app.models.vocabulary import ATTENDED_STATUSES
from app.services.reporting.report_data import report_data
from app.services.unit_of_work import Database

PILLARS = (
    ("prevention", ("root-causes", "demand")),
    ("protection", ("protection",)),
    ("prosecution", ("criminalisation",)),
    ("partnership", ("capacity",)),
)


def annex_data(db: Database, date_from: date, date_to: date) -> dict[str, Any]:
    data = report_data(db, date_from, date_to)
    by_area = {s["slug"]: s for s in data["sections"]}
    codes = {t["code"] for s in data["sections"] for t in s["trainings"]}
    with db.reading() as session:
        audiences = dict(
            session.execute(
                select(TrainingSession.code, TrainingSession.audience).where(
                    TrainingSession.code.in_(sorted(codes))
                )
            ).all()
        )
        men = _men_by_training(session, sorted(codes))
        instruments = {
            (t, r or ""): list(i or [])
            for t, r, i in session.execute(
                select(Legislation.title, Legislation.reference, Legislation.instruments).where(
                    Legislation.adopted_on.between(date_from, date_to)
                )
            )
        }
    pillars: list[dict[str, Any]] = []
    for name, areas in PILLARS:
        laws: dict[tuple, dict[str, Any]] = {}
        trainings: dict[str, dict[str, Any]] = {}
        campaigns: dict[tuple, dict[str, Any]] = {}
        for slug in areas:
            section = by_area.get(slug)
            if section is None:
                continue
            for law in section["legislation"]:
                key = (law["title"], law["reference"])
                laws[key] = {**law, "instruments": instruments.get(key, [])}
            for t in section["trainings"]:
                trainings[t["code"]] = {
                    **t,
                    "audience": list(audiences.get(t["code"]) or []),
                    "men": men.get(t["code"], 0),
                }
            for c in section["campaigns"]:
                campaigns[(c["title"], c["start_date"])] = c
        pillars.append(
            {
                "pillar": name,
                "areas": list(areas),
                "legislation": sorted(laws.values(), key=lambda r: (r["adopted_on"], r["title"])),
                "trainings": sorted(trainings.values(), key=lambda r: (r["start_date"], r["code"])),
                "campaigns": sorted(
                    campaigns.values(), key=lambda r: (r["start_date"], r["title"])
                ),
            }
        )
    return {
        "from": date_from,
        "to": date_to,
        "settings": data["settings"],
        "pillars": pillars,
        "pipeline": data["pipeline"],
    }


def _men_by_training(session, codes: list[str]) -> dict[str, int]:
    """Men among the people present or late at least one day, per training code."""
    pairs = (
        select(Attendance.training_id, Attendance.participant_id)
        .where(Attendance.status.in_(ATTENDED_STATUSES))
        .distinct()
        .subquery()
    )
    stmt = (
        select(
            TrainingSession.code,
            func.count(distinct(case((Participant.sex == "male", pairs.c.participant_id)))),
        )
        .join(pairs, pairs.c.training_id == TrainingSession.id)
        .join(Participant, Participant.id == pairs.c.participant_id)
        .where(TrainingSession.code.in_(codes))
        .group_by(TrainingSession.code)
    )
    return {code: int(n) for code, n in session.execute(stmt)}
