"""Attendance import: people matched by the product.md rule (name, birth year, organisation,
ignoring case and spacing), rows matched by training, person and day; bulk writes.

An attendance file is long (a country's decades: ~190,000 rows) and repetitive (the same codes,
days, statuses and people over and over), so it is checked a column at a time: each distinct
cell of a column is cleaned once, and only the per-row work that cannot be shared (the person,
training and day of each row) runs in a loop."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from itertools import compress
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import Message, ValidationError
from app.models import Attendance, Participant, TrainingSession, new_uuids, utcnow
from app.models.kinds import KINDS
from app.services.records import fields as f
from app.services.spreadsheets.reader import Table
from app.services.spreadsheets.rules import SPECS, ImportResult, ProblemList
from app.storage.bulk import bulk_insert_columns

PERSON_FIELDS = tuple(fld.name for fld in KINDS["participants"].fields)
TEXT_DEFAULTS = tuple(  # '' rather than NULL
    fld.name
    for fld in KINDS["participants"].fields
    if fld.type == f.TEXT and not fld.required and not fld.nullable
)
ROW_COLUMNS = {"training_code", "full_name", "birth_year", "organisation", "status", "date"}
WRITE_ROWS = 25_000  # attendance rows per executemany
ORDER = {fld.name: n for n, fld in enumerate(SPECS["attendance"])}

Found = list[tuple[int, int, str, Message]]  # (row number, column order, column, message)


def _columns(table: Table) -> tuple[Sequence[int], dict[str, list]]:
    """The row numbers, and each named column's cells (None where a row is short)."""
    return table.numbers, {h: table.columns[j] for j, h in enumerate(table.headers) if h}


class _Cells:
    """A cleaned column kept as each row's key into its distinct cleaned values: the columns
    only new people need (sex, position, ...) are read a row at a time, for few rows."""

    __slots__ = ("good", "keys")

    def __init__(self, keys: Sequence[Any], good: dict[Any, Any]):
        self.keys, self.good = keys, good

    def __getitem__(self, index: int) -> Any:
        return self.good.get(self.keys[index])

    def all(self) -> list[Any]:
        """The cleaned value of every row (None where the cell is wrong)."""
        return list(map(self.good.get, self.keys))


def _clean_column(
    fld: f.Field, values: Sequence[Any], numbers: Sequence[int], found: Found
) -> _Cells:
    """Each distinct cell of a column cleaned once; every wrong cell becomes a problem naming
    its row."""
    keys: Sequence[Any] = values
    distinct = set(values)
    typed = any(type(v) is not str and v is not None for v in distinct)
    if typed:  # .xlsx cells: 1, 1.0 and True are equal as keys but not as cells
        keys = [(type(v), v) for v in values]
        distinct = set(keys)
    good: dict[Any, Any] = {}
    bad: dict[Any, Message] = {}
    for key in distinct:
        try:
            good[key] = f.clean_value(fld, key[1] if typed else key)
        except ValidationError as exc:
            bad[key] = exc.reason
    if bad:
        order = ORDER[fld.name]
        for number, key in zip(numbers, keys, strict=True):
            message = bad.get(key)
            if message is not None:
                found.append((number, order, fld.name, message))
    return _Cells(keys, good)


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
    clean: dict[str, Any] = {}  # column → cleaned values (a list, or _Cells read by row)
    for step, fld in enumerate(SPECS["attendance"]):
        tick(total * step // (2 * len(SPECS["attendance"])))  # cleaning: the first half
        values: Sequence[Any] | None = columns.get(fld.name)
        if values is None:  # an optional column the file leaves out
            values = (None,) * total
        cells = _clean_column(fld, values, numbers, found)
        if fld.name in ROW_COLUMNS:
            clean[fld.name] = cells.all()
            table.release(fld.name)  # the raw cells are not needed again
        else:
            clean[fld.name] = cells
    del columns, values, cells
    tick(total // 2)
    wanted, keys = _place(session, numbers, clean, found)
    if found:
        found.sort()
        for number, _order, column, message in found:
            problems.add(number, column, message)
        return
    tick(total * 3 // 4)  # writing: the last quarter
    _write(
        session,
        clean,
        wanted,
        keys,
        result,
        lambda part: tick(total * 3 // 4 + int(total * part / 4)),
    )
    tick(total)


def _place(
    session: Session, numbers, clean: dict[str, list[Any]], found: Found
) -> tuple[dict, list[str]]:
    """(training, person key, day) → index of the row that records it, for every row whose
    cells are right, and each row's person key. A row naming an unknown training or a day
    outside it, or repeating an earlier row's person, training and day, is a problem instead."""
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
    codes, days = clean["training_code"], clean["date"]
    skip = {number for number, *_rest in found}  # rows with a wrong cell
    wrong_pair: dict[tuple[str, date | None], tuple[str, Message]] = {}
    for code, day in set(zip(codes, days, strict=True)):  # each (code, day) checked once
        if code is None:
            continue  # a wrong cell, already a problem
        training = trainings.get(code.casefold())
        if training is None:
            wrong_pair[(code, day)] = (
                "training_code",
                Message("no training session with the code '{value}'", value=code),
            )
        elif day is not None and not training[1] <= day <= training[2]:
            wrong_pair[(code, day)] = (
                "date",
                Message(
                    "{value} is not a day of {what} ({start} – {end})",
                    value=day.isoformat(),
                    what=code,
                    start=training[1].isoformat(),
                    end=training[2].isoformat(),
                ),
            )
    if wrong_pair:
        for number, pair in zip(numbers, zip(codes, days, strict=True), strict=True):
            wrong = wrong_pair.get(pair)
            if wrong is not None and number not in skip:
                found.append((number, ORDER[wrong[0]], *wrong))
                skip.add(number)
    tid_of = {
        code: trainings[code.casefold()][0]
        for code in set(codes)
        if code is not None and code.casefold() in trainings
    }
    tids = list(map(tid_of.get, codes))
    people = (clean["full_name"], clean["birth_year"], clean["organisation"])
    person_key = f.person_keys(zip(*people, strict=True))
    keys = list(map(person_key.__getitem__, zip(*people, strict=True)))
    del person_key

    def slots_and_rows() -> tuple[Iterable[tuple], Iterable[int]]:
        """Each row's (training, person, day) and row index, made as they are used: a list of
        them would hold a tuple per row for the whole import."""
        slots: Iterable[tuple] = zip(tids, keys, days, strict=True)
        indexes: Iterable[int] = range(len(tids))
        if skip:
            keep = [number not in skip for number in numbers]
            slots, indexes = compress(slots, keep), compress(indexes, keep)
        return slots, indexes

    kept = len(tids) - len(skip)  # skip holds row numbers of this file only
    wanted: dict[tuple, int] = dict(zip(*slots_and_rows(), strict=True))  # slot → row index
    claim = wanted.setdefault
    clashes: list[tuple[int, int]] = []  # (the row index that has a slot, one that repeats it)
    if len(wanted) < kept:  # a slot twice: find each repeat, keeping the first row
        wanted.clear()
        for slot, index in zip(*slots_and_rows(), strict=True):
            first = claim(slot, index)
            if first != index:
                clashes.append((first, index))
    if None in days:  # a row without a date stands for every day of its training
        span = {tid: (start, end) for tid, start, end in trainings.values()}
        for slot in [slot for slot in wanted if slot[2] is None]:
            index = wanted.pop(slot)
            tid, key, _day = slot
            start, end = span[tid]
            for n in range((end - start).days + 1):
                one = (tid, key, start + timedelta(days=n))
                first = claim(one, index)
                if first != index:
                    clashes.append((first, index))
    reported: set[int] = set()
    for first, index in clashes:
        earlier, later = sorted((numbers[index], numbers[first]))
        if later not in reported:  # once a row, however many of its days clash
            reported.add(later)
            message = Message("the same person, training and day as row {n}", n=earlier)
            found.append((later, ORDER["full_name"], "full_name", message))
    return wanted, keys


def _write(
    session: Session,
    clean,
    wanted,
    keys: list[str],
    result: ImportResult,
    written: Callable[[float], None],
) -> None:
    """Add the new people, then add or update the attendance rows; `written(fraction)` after
    each part of the rows."""
    now = utcnow()
    people: dict[str, int] = dict(
        session.execute(select(Participant.match_key, Participant.id)).all()
    )
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    new_people = {key: index for key, index in first.items() if key not in people}
    if new_people:
        last_id = session.scalar(select(func.max(Participant.id))) or 0
        indexes = list(new_people.values())
        person_columns: dict[str, Sequence[Any]] = {}
        for name in PERSON_FIELDS:
            values = [clean[name][i] for i in indexes]
            person_columns[name] = [v or "" for v in values] if name in TEXT_DEFAULTS else values
        person_columns["match_key"] = list(new_people)
        person_columns["uuid"] = new_uuids(len(new_people))
        bulk_insert_columns(
            session, Participant.__table__, person_columns, {"created_at": now, "updated_at": now}
        )
        people.update(
            session.execute(
                select(Participant.match_key, Participant.id).where(Participant.id > last_id)
            ).all()
        )
        result.people_added = len(new_people)

    if not wanted:
        return
    training_ids: Sequence[Any]
    participant_ids: Sequence[Any]
    days: Sequence[Any]
    statuses: Sequence[Any]
    training_ids, slot_keys, days = (list(column) for column in zip(*wanted, strict=True))
    participant_ids = list(map(people.__getitem__, slot_keys))
    statuses = list(map(clean["status"].__getitem__, wanted.values()))
    existing = recorded_attendance(session, set(training_ids))
    updates: list[dict[str, Any]] = []
    if existing:  # keep the new rows, count the unchanged ones, update the changed ones
        new_rows = []
        for row in zip(training_ids, participant_ids, days, statuses, strict=True):
            found = existing.get(row[:3])
            if found is None:
                new_rows.append(row)
            elif found[1] != row[3]:
                updates.append({"id": found[0], "status": row[3], "updated_at": now})
            else:
                result.unchanged += 1
        new_columns = list(zip(*new_rows, strict=True)) or [(), (), (), ()]
        training_ids, participant_ids, days, statuses = new_columns
    if training_ids:
        _check_references(session, set(training_ids), set(participant_ids))
        columns: dict[str, Sequence[Any]] = {
            "training_id": training_ids,
            "participant_id": participant_ids,
            "day": days,
            "status": statuses,
            "uuid": _Uuids(len(training_ids)),
        }
        constants = {"created_at": now, "updated_at": now}
        count = len(training_ids)
        for start in range(0, count, WRITE_ROWS):  # in parts, so that progress and Cancel show
            part = {name: values[start : start + WRITE_ROWS] for name, values in columns.items()}
            bulk_insert_columns(session, Attendance.__table__, part, constants)
            written(min(start + WRITE_ROWS, count) / count)
    if updates:
        session.execute(update(Attendance), updates)
    result.added += len(training_ids)
    result.updated += len(updates)


class _Uuids(Sequence[str]):
    """`count` time-ordered UUIDs (as new_uuids makes them: one prefix, then a counter), made
    a part at a time as the rows are written rather than all at once."""

    def __init__(self, count: int):
        self.size = count
        self.prefix = new_uuids(1)[0][:-8]

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [f"{self.prefix}{n:08x}" for n in range(*index.indices(self.size))]
        if not -self.size <= index < self.size:
            raise IndexError(index)
        return f"{self.prefix}{index % self.size:08x}"


def _check_references(session: Session, training_ids: set[int], people: set[int]) -> None:
    """Every training and person the new rows point to exists, checked against the tables as
    they are in this transaction: the import's unit of work skips SQLite's per-row
    foreign-key lookups."""
    for model, ids in ((TrainingSession, training_ids), (Participant, people)):
        if not ids <= set(session.scalars(select(model.id))):
            raise RuntimeError(f"attendance import: {model.__tablename__} rows went missing")


def recorded_attendance(session: Session, training_ids: set[int]) -> dict[tuple, list]:
    """(training, person, day) → [attendance id, status, updated_at] of the rows recorded for
    these trainings, read 500 trainings at a time."""
    recorded: dict[tuple, list] = {}
    ordered = sorted(training_ids)
    for start in range(0, len(ordered), 500):
        for aid, tid, pid, day, status, updated_at in session.execute(
            select(
                Attendance.id,
                Attendance.training_id,
                Attendance.participant_id,
                Attendance.day,
                Attendance.status,
                Attendance.updated_at,
            ).where(Attendance.training_id.in_(ordered[start : start + 500]))
        ):
            recorded[(tid, pid, day)] = [aid, status, updated_at]
    return recorded
