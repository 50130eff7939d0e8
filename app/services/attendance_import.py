"""Attendance import: people matched by the product.md rule (name, birth year, organisation,
ignoring case and spacing), rows matched by training, person and day; bulk writes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Attendance, Participant, TrainingSession, new_uuid, new_uuids, utcnow
from app.services import fields as f
from app.services.import_rules import SPECS
from app.storage.bulk import bulk_insert

PERSON_FIELDS = (
    "full_name",
    "sex",
    "organisation",
    "position",
    "country",
    "birth_year",
    "email",
    "phone",
)
CHECK_FIELDS = {fld.name: fld for fld in SPECS["attendance"]}


class _Cleaner:
    """clean_value with a memory: an attendance file repeats the same codes, names, dates and
    statuses thousands of times, so each distinct cell is checked once."""

    def __init__(self):
        self.cache: dict[tuple[str, Any], tuple[bool, Any]] = {}

    def row(self, row: dict[str, Any], number: int, problems) -> dict[str, Any] | None:
        clean: dict[str, Any] = {}
        ok = True
        cache = self.cache
        for name, fld in CHECK_FIELDS.items():
            raw = row.get(name)
            key = (name, raw)
            hit = cache.get(key)
            if hit is None:
                try:
                    hit = (True, f.clean_value(fld, raw))
                except ValidationError as exc:
                    hit = (False, exc.message)
                cache[key] = hit
            if hit[0]:
                clean[name] = hit[1]
            else:
                problems.add(number, name, hit[1])
                ok = False
        return clean if ok else None


def import_attendance(session: Session, rows, present, problems, result, tick) -> None:
    trainings = {
        code.casefold(): (tid, start, end)
        for tid, code, start, end in session.execute(
            select(
                TrainingSession.id,
                TrainingSession.code,
                TrainingSession.start_date,
                TrainingSession.end_date,
            )
        )
    }
    people: dict[str, int] = dict(
        session.execute(select(Participant.match_key, Participant.id)).all()
    )
    new_people: dict[str, dict[str, Any]] = {}
    wanted: dict[tuple[int, str, date], tuple[str, int]] = {}  # → (status, row number)
    cleaner = _Cleaner()
    keys: dict[tuple, str] = {}
    for done, (number, row) in enumerate(rows):
        if done % 5000 == 0:
            tick(done)
        if problems.full:
            break
        clean = cleaner.row(row, number, problems)
        if clean is None:
            continue
        training = trainings.get(clean["training_code"].casefold())
        if training is None:
            problems.add(
                number,
                "training_code",
                f"no training session with the code '{clean['training_code']}'",
            )
            continue
        tid, start, end = training
        if clean["date"] is None:
            days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
        elif start <= clean["date"] <= end:
            days = [clean["date"]]
        else:
            problems.add(
                number,
                "date",
                f"{clean['date'].isoformat()} is not a day of "
                f"{clean['training_code']} ({start.isoformat()} – {end.isoformat()})",
            )
            continue
        person = (clean["full_name"], clean["birth_year"], clean["organisation"])
        key = keys.get(person)
        if key is None:
            key = keys[person] = f.normalise_person_key(*person)
        if key not in people and key not in new_people:
            new_people[key] = {n: clean[n] for n in PERSON_FIELDS}
        for day in days:
            slot = (tid, key, day)
            if slot in wanted:
                problems.add(
                    number,
                    "full_name",
                    f"the same person, training and day as row {wanted[slot][1]}",
                )
                break
            wanted[slot] = (clean["status"], number)
    if problems:
        return
    tick(len(rows))
    now = utcnow()
    if new_people:
        rows_in = [
            {**values, "uuid": new_uuid(), "match_key": key, "created_at": now, "updated_at": now}
            for key, values in new_people.items()
        ]
        for values in rows_in:
            for name in ("organisation", "position", "country", "email", "phone"):
                values[name] = values[name] or ""
        returned = session.execute(
            insert(Participant).returning(Participant.id, Participant.match_key), rows_in
        )
        people.update({key: pid for pid, key in returned})
        result.people_added = len(new_people)
    training_ids = sorted({tid for tid, _key, _day in wanted})
    existing: dict[tuple[int, int, date], tuple[int, str]] = {}
    for chunk_start in range(0, len(training_ids), 500):
        chunk = training_ids[chunk_start : chunk_start + 500]
        for aid, tid, pid, day, status in session.execute(
            select(
                Attendance.id,
                Attendance.training_id,
                Attendance.participant_id,
                Attendance.day,
                Attendance.status,
            ).where(Attendance.training_id.in_(chunk))
        ):
            existing[(tid, pid, day)] = (aid, status)
    inserts, updates = [], []
    for (tid, key, day), (status, _number) in wanted.items():
        pid = people[key]
        found = existing.get((tid, pid, day))
        if found is None:
            inserts.append(
                {
                    "training_id": tid,
                    "participant_id": pid,
                    "day": day,
                    "status": status,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        elif found[1] != status:
            updates.append({"id": found[0], "status": status, "updated_at": now})
        else:
            result.unchanged += 1
    if inserts:
        for row, uuid in zip(inserts, new_uuids(len(inserts)), strict=True):
            row["uuid"] = uuid
        bulk_insert(session, Attendance.__table__, inserts)
    if updates:
        session.execute(update(Attendance), updates)
    result.added += len(inserts)
    result.updated += len(updates)
