"""Deleted records listed and brought back from the recycle bin (their tombstones), with the
attendance that was deleted with them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.errors import GpastError, NotFound
from app.models import Attendance, Participant, Tombstone, TrainingSession
from app.models.kinds import KINDS, Kind
from app.services.access import Action, require
from app.services.exchange.versions import bumped
from app.services.records.audit import record
from app.services.records.editing import _apply, _check_unique, _validate
from app.services.unit_of_work import Database


def _label(k: Kind, values: dict[str, Any]) -> str:
    if k.title_field and values.get(k.title_field):
        return str(values[k.title_field])
    if k.name in ("targets", "statistics"):  # a figure: its year, indicator, breakdown, source
        keys = ("year", "indicator", "sex", "age_group", "citizenship", "exploitation", "source")
        return " ".join(str(values[n]) for n in keys if values.get(n))
    return ""


def deleted_records(db: Database) -> list[dict[str, Any]]:
    """What the recycle bin holds, the latest deletion first: uuid, kind, label, deleted_at
    and the number of attendance rows deleted with it."""
    with db.reading() as session:
        tombs = session.scalars(
            select(Tombstone).order_by(Tombstone.deleted_at.desc(), Tombstone.id.desc())
        )
        return [
            {
                "uuid": t.record_uuid,
                "kind": t.content["kind"],
                "label": _label(KINDS[t.content["kind"]], t.content["values"]),
                "deleted_at": t.deleted_at,
                "attendance": len(t.content.get("attendance", [])),
            }
            for t in tombs
            if t.content and t.content.get("kind") in KINDS
        ]


def restore_deleted(db: Database, uuid: str) -> dict[str, Any]:
    """Bring back the deleted record `uuid` as it was, and its attendance (a row whose session
    or person is gone, or whose day the session no longer has, is skipped and counted)."""
    require(db, Action.RESTORE_DELETED)
    with db.writing() as session:
        tomb = session.scalar(select(Tombstone).where(Tombstone.record_uuid == uuid.strip()))
        if tomb is None or not tomb.content or tomb.content.get("kind") not in KINDS:
            raise NotFound("no deleted record {uuid} can be brought back", uuid=uuid)
        k = KINDS[tomb.content["kind"]]
        if not k.fields:
            raise GpastError(
                "{uuid} is {what}: bring back the record it belonged to instead",
                uuid=uuid,
                what=k.label,
            )
        if session.scalar(select(k.model.id).where(k.model.uuid == tomb.record_uuid)):
            raise GpastError("{uuid} is not deleted: it is back already", uuid=uuid)
        values = tomb.content["values"]
        clean = _validate(session, k, {fld.name: values.get(fld.name) for fld in k.fields})
        _check_unique(session, k, clean, None)
        obj = k.model(uuid=tomb.record_uuid)
        if values.get("created_at"):
            obj.created_at = datetime.fromisoformat(values["created_at"])
        _apply(session, k, obj, clean)
        obj.version = bumped(session, tomb.version)
        session.add(obj)
        session.flush()
        restored, skipped = _restore_attendance(session, tomb.content.get("attendance", []))
        label = _label(k, values)
        record(
            session,
            "restore",
            k.table,
            {"attendance": restored, "attendance_skipped": skipped},
            record_uuid=obj.uuid,
            record_label=label[:500],
        )
        session.delete(tomb)
        return {"kind": k.name, "label": label, "attendance": restored, "skipped": skipped}


def _restore_attendance(session, rows: list[dict[str, Any]]) -> tuple[int, int]:
    if not rows:
        return 0, 0
    trainings = {
        u: (i, s, e)
        for u, i, s, e in session.execute(
            select(
                TrainingSession.uuid,
                TrainingSession.id,
                TrainingSession.start_date,
                TrainingSession.end_date,
            ).where(TrainingSession.uuid.in_({r["training"] for r in rows}))
        )
    }
    people = dict(
        session.execute(
            select(Participant.uuid, Participant.id).where(
                Participant.uuid.in_({r["participant"] for r in rows})
            )
        ).all()
    )
    restored = skipped = 0
    for row in rows:
        training, person = trainings.get(row["training"]), people.get(row["participant"])
        day = date.fromisoformat(row["day"])
        taken = (
            training is not None
            and person is not None
            and session.scalar(
                select(Attendance.id).where(
                    (Attendance.uuid == row["uuid"])
                    | (
                        (Attendance.training_id == training[0])
                        & (Attendance.participant_id == person)
                        & (Attendance.day == day)
                    )
                )
            )
        )
        if training is None or person is None or taken or not training[1] <= day <= training[2]:
            skipped += 1
            continue
        session.add(
            Attendance(
                uuid=row["uuid"],
                training_id=training[0],
                participant_id=person,
                day=day,
                status=row["status"],
            )
        )
        restored += 1
    return restored, skipped
