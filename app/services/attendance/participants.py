"""The participants registry: duplicates, merging, anonymising and each person's history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from app.errors import NotFound, ValidationError
from app.models import Attendance, AuditEntry, Participant, TrainingSession, utcnow
from app.services.access import Action, require
from app.services.attendance.person_keys import same_person, set_person_key
from app.services.records.audit import record
from app.services.records.fields import normalise_person_key
from app.services.unit_of_work import Database
from app.storage.text_search import folded

STATUS_RANK = {"present": 3, "late": 2, "excused": 1, "absent": 0}
PERSONAL_FIELDS = ("position", "country", "email", "phone")


def _dict(p: Participant) -> dict[str, Any]:
    return {
        "id": p.id,
        "uuid": p.uuid,
        "full_name": p.full_name,
        "sex": p.sex,
        "organisation": p.organisation,
        "position": p.position,
        "country": p.country,
        "birth_year": p.birth_year,
        "email": p.email,
        "phone": p.phone,
    }


def find_matches(
    db: Database, full_name: str, birth_year: int | None, organisation: str
) -> list[dict[str, Any]]:
    """People the product.md rule says are this person (name, birth year, organisation,
    ignoring case and spacing) — to warn before a duplicate is created."""
    key = normalise_person_key(full_name, birth_year, organisation)
    with db.reading() as session:
        return [
            _dict(p)
            for p in session.scalars(
                select(Participant).where(same_person(key)).order_by(Participant.id)
            )
        ]


def search_people(db: Database, text: str, limit: int = 20) -> list[dict[str, Any]]:
    pattern = f"%{text.strip().lower()}%"
    with db.reading() as session:
        rows = session.scalars(
            select(Participant)
            .where(
                folded(Participant.full_name).like(pattern)
                | folded(Participant.organisation).like(pattern)
            )
            .order_by(folded(Participant.full_name), Participant.id)
            .limit(limit)
        )
        return [_dict(p) for p in rows]


def merge(db: Database, keep_id: int, other_id: int) -> dict[str, int]:
    """Move `other`'s attendance to `keep` (the better status wins where both have a day),
    fill `keep`'s empty fields from `other`, then delete `other`. Nothing is lost."""
    require(db, Action.PEOPLE)
    if keep_id == other_id:
        raise ValidationError("participant", "choose two different people to merge")
    moved = combined = 0
    with db.writing() as session:
        keep, other = session.get(Participant, keep_id), session.get(Participant, other_id)
        if keep is None or other is None:
            raise NotFound("a participant to merge does not exist")
        mine = {
            (a.training_id, a.day): a
            for a in session.scalars(select(Attendance).where(Attendance.participant_id == keep_id))
        }
        for row in session.scalars(select(Attendance).where(Attendance.participant_id == other_id)):
            same = mine.get((row.training_id, row.day))
            if same is None:
                row.participant_id = keep_id
                moved += 1
            else:
                if STATUS_RANK[row.status] > STATUS_RANK[same.status]:
                    same.status = row.status
                    same.updated_at = utcnow()
                session.delete(row)
                combined += 1
        session.flush()
        for name in (*PERSONAL_FIELDS, "birth_year"):
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        session.delete(other)
        session.flush()  # `other` gone first: `keep` may take its key now
        set_person_key(session, keep)
        record(
            session,
            "merge",
            "participant",
            {
                "kept": keep.uuid,
                "removed": other.uuid,
                "removed_name": other.full_name,
                "attendance_moved": moved,
                "attendance_combined": combined,
            },
            record_uuid=keep.uuid,
            record_label=keep.full_name,
        )
    return {"moved": moved, "combined": combined}


def anonymise(db: Database, participant_id: int) -> dict[str, Any]:
    """Clear personal fields for a data-protection request; sex and organisation stay, so the
    statistics do not change."""
    require(db, Action.PEOPLE)
    with db.writing() as session:
        p = session.get(Participant, participant_id)
        if p is None:
            raise NotFound("{what} {n} does not exist", what="participant", n=participant_id)
        p.full_name = f"Anonymised {p.uuid[:8]}"
        p.birth_year = None
        for name in PERSONAL_FIELDS:
            setattr(p, name, "")
        set_person_key(session, p)
        session.flush()
        # the trail must not keep what was removed: its entries of this person lose their values
        pending = session.info.get("audit", {})
        for key in [k for k in pending if k[1] == p.uuid]:
            del pending[key]
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.record_uuid == p.uuid)
            .values(changes={}, record_label=p.full_name)
        )
        record(
            session, "anonymise", "participant", {}, record_uuid=p.uuid, record_label=p.full_name
        )
        return _dict(p)


def history(db: Database, participant_id: int) -> list[dict[str, Any]]:
    """The sessions a person is registered for, newest first, with their days and statuses."""
    with db.reading() as session:
        rows = session.execute(
            select(
                TrainingSession.id,
                TrainingSession.code,
                TrainingSession.title,
                TrainingSession.start_date,
                TrainingSession.end_date,
                Attendance.day,
                Attendance.status,
            )
            .join(Attendance, Attendance.training_id == TrainingSession.id)
            .where(Attendance.participant_id == participant_id)
            .order_by(TrainingSession.start_date.desc(), TrainingSession.id, Attendance.day)
        )
        out: dict[int, dict[str, Any]] = {}
        for tid, code, title, start, end, day, status in rows:
            entry = out.setdefault(
                tid,
                {
                    "training_id": tid,
                    "code": code,
                    "title": title,
                    "start_date": start,
                    "end_date": end,
                    "days": {},
                },
            )
            entry["days"][day] = status
        return list(out.values())
