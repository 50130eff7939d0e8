"""The counting rules of product.md applied by hand, in Python, to every row of a database: what
the indicators' SQL is compared with (tests/services/test_indicators.py, on SQLite and on the
server)."""

from __future__ import annotations

from sqlalchemy import select

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


def indicators_by_hand(db, date_from, date_to) -> dict:
    """The counting rules of product.md applied in Python to every row of the database."""
    with db.reading() as s:
        slugs = dict(s.execute(select(FocusArea.id, FocusArea.slug)).all())
        links: dict[str, dict[int, list[str]]] = {
            table.name: {}
            for table in (legislation_focus_area, training_focus_area, campaign_focus_area)
        }
        for table in (legislation_focus_area, training_focus_area, campaign_focus_area):
            for record, area_id in s.execute(select(table.c.record_id, table.c.focus_area_id)):
                links[table.name].setdefault(record, []).append(slugs[area_id])
        laws = s.execute(select(Legislation.id, Legislation.adopted_on)).all()
        sessions = s.execute(
            select(TrainingSession.id, TrainingSession.start_date, TrainingSession.hours)
        ).all()
        campaigns = s.execute(select(Campaign.id, Campaign.start_date, Campaign.reach)).all()
        sex = dict(s.execute(select(Participant.id, Participant.sex)).all())
        marks = s.execute(
            select(Attendance.training_id, Attendance.participant_id, Attendance.status)
        ).all()
    out = {slug: {name: 0 for name in INDICATORS} for slug in slugs.values()}
    out[None] = {name: 0 for name in INDICATORS}

    def add(record, link, name, value=1):
        for key in (None, *links[link].get(record, [])):
            out[key][name] += value

    for rid, day in laws:
        if day is not None and date_from <= day <= date_to:
            add(rid, "legislation_focus_area", "laws_adopted")
    held = set()
    for rid, day, hours in sessions:
        if date_from <= day <= date_to:
            held.add(rid)
            add(rid, "training_focus_area", "trainings_held")
            add(rid, "training_focus_area", "training_hours", float(hours or 0))
    for rid, day, reach in campaigns:
        if date_from <= day <= date_to:
            add(rid, "campaign_focus_area", "campaigns_launched")
            add(rid, "campaign_focus_area", "campaign_reach", reach or 0)
    pairs = {(t, p) for t, p, status in marks if t in held and status in ATTENDED_STATUSES}
    people: dict = {}
    for t, p in pairs:
        add(t, "training_focus_area", "participations")
        if sex[p] in ("female", "male"):
            add(t, "training_focus_area", f"participations_{sex[p]}")
        for key in (None, *links["training_focus_area"].get(t, [])):
            people.setdefault(key, set()).add(p)
    for key, persons in people.items():
        out[key]["people_trained"] = len(persons)
    return out


def sessions_by_hand(db, date_from, date_to) -> dict[str, list[tuple]]:
    """Each area's sessions starting in the period, in the report's order (start, code), as
    (code, people who were present or late on a day, how many of them women)."""
    with db.reading() as s:
        slugs = dict(s.execute(select(FocusArea.id, FocusArea.slug)).all())
        areas: dict[int, list[str]] = {}
        for record, area_id in s.execute(
            select(training_focus_area.c.record_id, training_focus_area.c.focus_area_id)
        ):
            areas.setdefault(record, []).append(slugs[area_id])
        sessions = s.execute(
            select(TrainingSession.id, TrainingSession.code, TrainingSession.start_date)
        ).all()
        sex = dict(s.execute(select(Participant.id, Participant.sex)).all())
        came: dict[int, set[int]] = {}
        for t, p, status in s.execute(
            select(Attendance.training_id, Attendance.participant_id, Attendance.status)
        ):
            if status in ATTENDED_STATUSES:
                came.setdefault(t, set()).add(p)
    out: dict[str, list[tuple]] = {slug: [] for slug in slugs.values()}
    for tid, code, start in sorted(sessions, key=lambda row: (row[2], row[1])):
        if date_from <= start <= date_to:
            people = came.get(tid, set())
            women = sum(1 for p in people if sex[p] == "female")
            for slug in areas.get(tid, []):
                out[slug].append((code, len(people), women))
    return out
