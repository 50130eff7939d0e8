"""Attendance import: people matched by the product.md rule (name, birth year, organisation,
ignoring case and spacing), rows matched by training, person and day; bulk writes.

An attendance file is long (a country's decades: ~190,000 rows) and repetitive (the same codes,
days, statuses and people over and over), so it is checked a column at a time: each distinct
cell of a column is cleaned once, and only the per-row work that cannot be shared (the person,
training and day of each row) runs in a loop."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Attendance, Participant, TrainingSession, new_uuids, utcnow
from app.services import fields as f
from app.services.import_rules import SPECS, ImportResult, ProblemList
from app.services.spreadsheet_reader import Table
from app.storage.bulk import bulk_insert_columns

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
TEXT_DEFAULTS = ("organisation", "position", "country", "email", "phone")  # '' rather than NULL
ORDER = {fld.name: n for n, fld in enumerate(SPECS["attendance"])}
TICK_ROWS = 5000

Found = list[tuple[int, int, str, str]]  # (row number, column order, column, message)


def _columns(table: Table) -> tuple[Sequence[int], dict[str, tuple]]:
    """The row numbers, and each named column's cells (None where a row is short)."""
    if not table.rows:
        return (), {h: () for h in table.headers if h}
    width = len(table.headers)
    numbers, cells = zip(*table.rows, strict=True)
    if min(map(len, cells)) < width:
        cells = tuple(c if len(c) >= width else [*c, *[None] * (width - len(c))] for c in cells)
    transposed = list(zip(*cells, strict=False))  # cells beyond the last header are ignored
    return numbers, {h: transposed[j] for j, h in enumerate(table.headers) if h}


def _clean_column(fld: f.Field, values: tuple, numbers: Sequence[int], found: Found) -> list[Any]:
    """The cleaned value of each cell (None where it is wrong); each distinct cell is checked
    once, and every wrong cell becomes a problem naming its row."""
    keys: Sequence[Any] = values
    distinct = set(values)
    typed = any(type(v) is not str and v is not None for v in distinct)
    if typed:  # .xlsx cells: 1, 1.0 and True are equal as keys but not as cells
        keys = [(type(v), v) for v in values]
        distinct = set(keys)
    good: dict[Any, Any] = {}
    bad: dict[Any, str] = {}
    for key in distinct:
        try:
            good[key] = f.clean_value(fld, key[1] if typed else key)
        except ValidationError as exc:
            bad[key] = exc.message
    if bad:
        order = ORDER[fld.name]
        for number, key in zip(numbers, keys, strict=True):
            message = bad.get(key)
            if message is not None:
                found.append((number, order, fld.name, message))
    return list(map(good.get, keys))


def import_attendance(
    session: Session,
    table: Table,
    problems: ProblemList,
    result: ImportResult,
    tick: Callable[[int], None],
) -> None:
    numbers, columns = _columns(table)
    total = len(numbers)
    found: Found = []
    clean: dict[str, list[Any]] = {}
    for fld in SPECS["attendance"]:
        values = columns.get(fld.name)
        if values is None:  # an optional column the file leaves out
            values = (None,) * total
        clean[fld.name] = _clean_column(fld, values, numbers, found)
    wrong_rows = {number for number, *_rest in found}

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
    of_code = {code: trainings.get(code.casefold()) for code in set(clean["training_code"]) if code}
    spans: dict[int, list[date]] = {}
    for tid, start, end in trainings.values():
        spans[tid] = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    persons = list(zip(clean["full_name"], clean["birth_year"], clean["organisation"], strict=True))
    person_key = {person: f.normalise_person_key(*person) for person in set(persons)}
    keys = list(map(person_key.__getitem__, persons))

    # The per-row loop: training, day and person of each row, and duplicates within the file.
    wanted: dict[tuple[int, str, date], int] = {}  # (training, person, day) → row index
    rows = zip(numbers, clean["training_code"], clean["date"], keys, strict=True)
    for index, (number, code, day, key) in enumerate(rows):
        if index % TICK_ROWS == 0:
            tick(index)
        if number in wrong_rows:
            continue
        training = of_code[code]
        if training is None:
            message = f"no training session with the code '{code}'"
            found.append((number, ORDER["training_code"], "training_code", message))
            continue
        tid, start, end = training
        if day is None:
            days = spans[tid]
        elif start <= day <= end:
            days = (day,)
        else:
            message = (
                f"{day.isoformat()} is not a day of {code} "
                f"({start.isoformat()} – {end.isoformat()})"
            )
            found.append((number, ORDER["date"], "date", message))
            continue
        for one_day in days:
            slot = (tid, key, one_day)
            earlier = wanted.get(slot)
            if earlier is not None:
                message = f"the same person, training and day as row {numbers[earlier]}"
                found.append((number, ORDER["full_name"], "full_name", message))
                break
            wanted[slot] = index
    if found:
        found.sort()
        for number, _order, column, message in found:
            problems.add(number, column, message)
        return
    tick(total)
    _write(session, clean, keys, wanted, result)


def _write(session: Session, clean, keys: list[str], wanted, result: ImportResult) -> None:
    now = utcnow()
    people: dict[str, int] = dict(
        session.execute(select(Participant.match_key, Participant.id)).all()
    )
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    new_people = {key: index for key, index in first.items() if key not in people}
    if new_people:
        last_id = session.scalar(select(func.max(Participant.id))) or 0
        indexes = list(new_people.values())
        columns = {}
        for name in PERSON_FIELDS:
            values = [clean[name][i] for i in indexes]
            columns[name] = [v or "" for v in values] if name in TEXT_DEFAULTS else values
        columns["match_key"] = list(new_people)
        columns["uuid"] = new_uuids(len(new_people))
        bulk_insert_columns(
            session, Participant.__table__, columns, {"created_at": now, "updated_at": now}
        )
        people.update(
            session.execute(
                select(Participant.match_key, Participant.id).where(Participant.id > last_id)
            ).all()
        )
        result.people_added = len(new_people)

    existing = _existing(session, {tid for tid, _key, _day in wanted})
    statuses = clean["status"]
    inserts: list[tuple[int, int, date, str]] = []
    updates: list[dict[str, Any]] = []
    if existing:
        for (tid, key, day), index in wanted.items():
            pid, status = people[key], statuses[index]
            found = existing.get((tid, pid, day))
            if found is None:
                inserts.append((tid, pid, day, status))
            elif found[1] != status:
                updates.append({"id": found[0], "status": status, "updated_at": now})
            else:
                result.unchanged += 1
    else:  # a first import into trainings with no attendance yet: every slot is new
        inserts = [(tid, people[key], day, statuses[i]) for (tid, key, day), i in wanted.items()]
    if inserts:
        training_ids, participant_ids, days, row_statuses = zip(*inserts, strict=True)
        columns = {
            "training_id": training_ids,
            "participant_id": participant_ids,
            "day": days,
            "status": row_statuses,
            "uuid": new_uuids(len(inserts)),
        }
        constants = {"created_at": now, "updated_at": now}
        bulk_insert_columns(session, Attendance.__table__, columns, constants)
    if updates:
        session.execute(update(Attendance), updates)
    result.added += len(inserts)
    result.updated += len(updates)


def _existing(session: Session, training_ids: set[int]) -> dict[tuple, tuple[int, str]]:
    """(training, person, day) → (attendance id, status) of the trainings' recorded rows."""
    existing: dict[tuple, tuple[int, str]] = {}
    ordered = sorted(training_ids)
    for chunk_start in range(0, len(ordered), 500):
        chunk = ordered[chunk_start : chunk_start + 500]
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
    return existing
