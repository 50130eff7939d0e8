"""A training session's roster: who is registered and their status on each day."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select

from app.errors import NotFound, ValidationError
from app.models import Attendance, Participant, TrainingSession, utcnow
from app.models.vocabulary import ATTENDANCE_STATUSES, ATTENDED_STATUSES
from app.services.access import Action, require
from app.services.attendance.recording import session_days
from app.services.records import editing as records
from app.services.unit_of_work import Database

DEFAULT_STATUS = "absent"  # registered, not yet ticked


def _training(session, training_id: int, *, lock: bool = False) -> TrainingSession:
    """The session; `lock`: its row stays locked until the unit of work ends, so two people
    ticking the same session's cells on a server take turns (the later one sees the earlier
    one's rows and changes them instead of adding them twice)."""
    training = session.get(TrainingSession, training_id, with_for_update=lock or None)
    if training is None:
        raise NotFound("{what} {n} does not exist", what="training session", n=training_id)
    return training


def training_by_code(db: Database, code: str) -> dict[str, Any]:
    with db.reading() as session:
        tid = session.scalar(select(TrainingSession.id).where(TrainingSession.code == code))
    if tid is None:
        raise NotFound("no training session with the code '{value}'", value=code)
    return records.get(db, "trainings", tid)


def roster(db: Database, training_id: int) -> dict[str, Any]:
    """{"training": record, "days": [...], "people": [{id, full_name, sex, organisation,
    position, uuid, statuses: {day: status}}] sorted by name, "database": the database's short
    id (printed in the sign-in sheets' codes)}."""
    from app.services.scanning.identity import database_code

    training = records.get(db, "trainings", training_id)
    days = session_days(training["start_date"], training["end_date"])
    people: dict[int, dict[str, Any]] = {}
    with db.reading() as session:
        rows = session.execute(
            select(
                Participant.id,
                Participant.uuid,
                Participant.full_name,
                Participant.sex,
                Participant.organisation,
                Participant.position,
                Attendance.day,
                Attendance.status,
            )
            .join(Attendance, Attendance.participant_id == Participant.id)
            .where(Attendance.training_id == training_id)
        )
        for pid, uuid, name, sex, org, position, day, status in rows:
            person = people.setdefault(
                pid,
                {
                    "id": pid,
                    "uuid": uuid,
                    "full_name": name,
                    "sex": sex,
                    "organisation": org,
                    "position": position,
                    "statuses": {},
                },
            )
            person["statuses"][day] = status
    ordered = sorted(people.values(), key=lambda p: (p["full_name"].casefold(), p["id"]))
    return {"training": training, "days": days, "people": ordered, "database": database_code(db)}


def set_statuses(db: Database, training_id: int, changes: list[tuple[int, date, str]]) -> int:
    """Set (participant, day, status) cells in one unit of work; returns how many changed."""
    require(db, Action.ATTENDANCE)
    for _pid, _day, status in changes:
        if status not in ATTENDANCE_STATUSES:
            raise ValidationError(
                "status",
                "'{value}' is not one of: {choices}",
                value=status,
                choices=", ".join(ATTENDANCE_STATUSES),
            )
    changed = 0
    with db.writing() as session:
        training = _training(session, training_id, lock=True)
        days = set(session_days(training.start_date, training.end_date))
        existing = {
            (a.participant_id, a.day): a
            for a in session.scalars(
                select(Attendance).where(Attendance.training_id == training_id)
            )
        }
        for pid, day, status in changes:
            if day not in days:
                raise ValidationError(
                    "date",
                    "{value} is not a day of {what}",
                    value=day.isoformat(),
                    what=training.code,
                )
            row = existing.get((pid, day))
            if row is None:
                if session.get(Participant, pid) is None:
                    raise NotFound("{what} {n} does not exist", what="participant", n=pid)
                row = Attendance(
                    training_id=training_id, participant_id=pid, day=day, status=status
                )
                session.add(row)
                existing[(pid, day)] = row
                changed += 1
            elif row.status != status:
                row.status = status
                row.updated_at = utcnow()
                changed += 1
    return changed


def add_to_roster(
    db: Database, training_id: int, participant_id: int, status: str = DEFAULT_STATUS
) -> None:
    """Register a person for every day of the session (existing days are left as they are)."""
    with db.reading() as session:
        training = _training(session, training_id)
        days = session_days(training.start_date, training.end_date)
        have = set(
            session.scalars(
                select(Attendance.day).where(
                    Attendance.training_id == training_id,
                    Attendance.participant_id == participant_id,
                )
            )
        )
    set_statuses(db, training_id, [(participant_id, d, status) for d in days if d not in have])


def remove_from_roster(db: Database, training_id: int, participant_id: int) -> int:
    require(db, Action.ATTENDANCE)
    with db.writing() as session:
        result = session.execute(
            delete(Attendance).where(
                Attendance.training_id == training_id, Attendance.participant_id == participant_id
            )
        )
        # a DELETE's result is a CursorResult (typed as the general Result)
        return int(cast(CursorResult[Any], result).rowcount or 0)


def summary(data: dict[str, Any]) -> dict[str, Any]:
    """Attended (present or late on a day) by sex, and the attendance rate of each day."""
    attended = [
        p for p in data["people"] if any(s in ATTENDED_STATUSES for s in p["statuses"].values())
    ]
    by_sex: dict[str, int] = {}
    for p in attended:
        by_sex[p["sex"]] = by_sex.get(p["sex"], 0) + 1
    total = len(data["people"])
    rates = {}
    for day in data["days"]:
        came = sum(1 for p in data["people"] if p["statuses"].get(day) in ATTENDED_STATUSES)
        rates[day] = (100.0 * came / total) if total else 0.0
    return {"registered": total, "attended": len(attended), "by_sex": by_sex, "rates": rates}


def certificate_number(training: dict[str, Any], person: dict[str, Any]) -> str:
    """Stable: the same session and person always give the same number."""
    digest = hashlib.sha256(f"{training['uuid']}:{person['uuid']}".encode()).hexdigest()
    return f"{training['code']}-{digest[:6].upper()}"


def attendees(data: dict[str, Any]) -> list[dict[str, Any]]:
    """People present or late on at least one day: those who get a certificate."""
    return [
        p for p in data["people"] if any(s in ATTENDED_STATUSES for s in p["statuses"].values())
    ]
