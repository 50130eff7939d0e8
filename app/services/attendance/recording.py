"""Attendance: a participant's status on each day of a training session."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.models import Attendance, Participant, TrainingSession
from app.models.vocabulary import ATTENDANCE_STATUSES
from app.services.access import Action, require
from app.services.unit_of_work import Database


def session_days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def attended_days_outside(
    session: Session, training_id: int, start: date, end: date
) -> tuple[str, list[date]] | None:
    """Days with attendance recorded that the dates `start`–`end` would leave out, and the
    field that leaves them out (`start_date` or `end_date`); None when every one is kept."""
    days = sorted(
        session.scalars(
            select(Attendance.day)
            .where(Attendance.training_id == training_id)
            .where((Attendance.day < start) | (Attendance.day > end))
            .distinct()
        )
    )
    if not days:
        return None
    return ("start_date" if days[0] < start else "end_date"), days


def dates_drop_attendance(field: str, days: list[date]) -> ValidationError:
    """The refusal of new dates that would leave attendance on days the session no longer has."""
    return ValidationError(
        field,
        "attendance is recorded on {days}, outside the new dates; change or remove it first",
        days=", ".join(d.isoformat() for d in days[:10]) + (" …" if len(days) > 10 else ""),
    )


def set_attendance(
    db: Database, training_id: int, participant_id: int, status: str, day: date | None = None
) -> int:
    """Record `status` for one day, or for every day of the session when `day` is None.
    Returns the number of day rows written."""
    require(db, Action.ATTENDANCE)
    if status not in ATTENDANCE_STATUSES:
        raise ValidationError(
            "status",
            "'{value}' is not one of: {choices}",
            value=status,
            choices=", ".join(ATTENDANCE_STATUSES),
        )
    with db.writing() as session:
        # locked until the end: two people ticking one session's cells take turns on a server
        training = session.get(TrainingSession, training_id, with_for_update=True)
        if training is None:
            raise NotFound("{what} {n} does not exist", what="training session", n=training_id)
        if session.get(Participant, participant_id) is None:
            raise NotFound("{what} {n} does not exist", what="participant", n=participant_id)
        days = session_days(training.start_date, training.end_date)
        if day is not None:
            if day not in days:
                raise ValidationError(
                    "date",
                    "{value} is not a day of {what} ({start} – {end})",
                    value=day.isoformat(),
                    what=training.code,
                    start=training.start_date.isoformat(),
                    end=training.end_date.isoformat(),
                )
            days = [day]
        existing = {
            a.day: a
            for a in session.scalars(
                select(Attendance).where(
                    Attendance.training_id == training_id,
                    Attendance.participant_id == participant_id,
                )
            )
        }
        for d in days:
            row = existing.get(d)
            if row is None:
                session.add(
                    Attendance(
                        training_id=training_id, participant_id=participant_id, day=d, status=status
                    )
                )
            elif row.status != status:
                row.status = status
        return len(days)


def attendance_for_training(db: Database, training_id: int) -> list[dict]:
    """Every attendance row of a session: participant id, day, status."""
    with db.reading() as session:
        rows = session.execute(
            select(Attendance.participant_id, Attendance.day, Attendance.status)
            .where(Attendance.training_id == training_id)
            .order_by(Attendance.participant_id, Attendance.day)
        )
        return [{"participant_id": p, "day": d, "status": s} for p, d, s in rows]
