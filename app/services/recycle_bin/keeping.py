"""The recycle bin: a deleted record keeps its content and its attendance in its tombstone, so
that it can be listed (`gpast deleted`) and brought back (`gpast deleted restore UUID`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.models import Attendance, FocusArea, Participant, TrainingSession
from app.models.kinds import KINDS
from app.services.exchange.versions import workstation

KIND_OF_TABLE = {k.table: k for k in KINDS.values()}
SKIPPED = {"id", "match_key", "version"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, FocusArea):
        return value.slug
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _attendance_of(session: Session, column: str, record_id: int) -> list[dict[str, Any]]:
    training, person = aliased(TrainingSession), aliased(Participant)
    rows = session.execute(
        select(
            Attendance.uuid,
            training.uuid,
            person.uuid,
            Attendance.day,
            Attendance.status,
            Attendance.created_at,
            Attendance.updated_at,
        )
        .join(training, training.id == Attendance.training_id)
        .join(person, person.id == Attendance.participant_id)
        .where(getattr(Attendance, column) == record_id)
        .order_by(Attendance.day, Attendance.id)
    )
    names = ("uuid", "training", "participant", "day", "status", "created_at", "updated_at")
    return [dict(zip(names, map(_plain, row), strict=True)) for row in rows]


def keep_deleted(session: Session, _context, _instances) -> None:
    """before_flush: the content of each record about to be deleted, with the attendance the
    database deletes with it, kept in session.info["deleted"] (uuid → content) for the
    audit trail and the tombstone (written after the flush)."""
    kept = session.info.setdefault("deleted", {})
    if session.deleted:
        workstation(session)  # known before the flush writes (the tombstones' versions need it)
    for obj in session.deleted:
        k = KIND_OF_TABLE.get(getattr(obj, "__tablename__", ""))
        if k is None or obj.uuid in kept:
            continue
        mapper = obj.__mapper__
        values = {a.key: _plain(getattr(obj, a.key)) for a in mapper.column_attrs}
        values = {n: v for n, v in values.items() if n not in SKIPPED}
        if "focus_areas" in mapper.relationships:
            values["focus_areas"] = sorted(a.slug for a in obj.focus_areas)
        attendance = []
        if k.attendance_column and obj.id is not None:
            with session.no_autoflush:
                attendance = _attendance_of(session, k.attendance_column, obj.id)
        kept[obj.uuid] = {"kind": k.name, "values": values, "attendance": attendance}
