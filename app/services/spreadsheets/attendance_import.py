"""Attendance import: people matched by the product.md rule (name, birth year, organisation,
ignoring case and spacing), rows matched by training, person and day; bulk writes.

An attendance file is long (a country's decades: ~190,000 rows) and repetitive (the same codes,
days, statuses and people over and over), so it is checked a column at a time: each distinct
cell of a column is cleaned once, and only the per-row work that cannot be shared (the person,
training and day of each row) runs in a loop."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import Message, ValidationError
from app.models import Attendance, Participant, TrainingSession, new_uuids, utcnow
from app.models.kinds import KINDS
from app.services.records import fields as f
from app.services.spreadsheets.attendance_slots import ORDER, Found, Slots, place
from app.services.spreadsheets.in_parts import as_list, as_set
from app.services.spreadsheets.reader import Table
from app.services.spreadsheets.rules import SPECS, ImportResult, ProblemList
from app.storage.bulk import (
    bulk_insert_columns,
    bulk_insert_numbered,
    indexes_built_after,
    page_cache_limited,
)

PERSON_FIELDS = tuple(fld.name for fld in KINDS["participants"].fields)
TEXT_DEFAULTS = tuple(  # '' rather than NULL
    fld.name
    for fld in KINDS["participants"].fields
    if fld.type == f.TEXT and not fld.required and not fld.nullable
)
ROW_COLUMNS = {"training_code", "full_name", "birth_year", "organisation", "status", "date"}
WRITE_ROWS = 25_000  # attendance rows per executemany
CACHE_KIB = 8_192  # SQLite's page cache while the rows are written
NUMBERS = {bool, int, float}


def _columns(table: Table) -> tuple[Sequence[int], dict[str, tuple[list, Collection | None]]]:
    """The row numbers, and each named column's cells (None where a row is short) with its
    distinct cells when the reader knows them."""
    return table.numbers, {
        h: (table.columns[j], table.distinct(j)) for j, h in enumerate(table.headers) if h
    }


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
        return as_list(map(self.good.get, self.keys))

    def picked(self, indexes: Sequence[int]) -> list[Any]:
        """The cleaned values of these rows."""
        return list(map(self.good.get, map(self.keys.__getitem__, indexes)))


def _clean_column(
    fld: f.Field,
    values: Sequence[Any],
    distinct: Collection[Any] | None,
    numbers: Sequence[int],
    found: Found,
) -> _Cells:
    """Each distinct cell of a column cleaned once; every wrong cell becomes a problem naming
    its row."""
    keys: Sequence[Any] = values
    distinct = as_set(values) if distinct is None else distinct
    # .xlsx cells: 1, 1.0 and True are equal as keys but not as cells; keyed by type as well
    # when a column mixes them (a column of whole numbers or of dates alone needs no keys)
    typed = (
        not NUMBERS.isdisjoint(map(type, distinct)) and len(as_set(map(type, values)) & NUMBERS) > 1
    )
    if typed:
        keys = [(type(v), v) for v in values]
        distinct = as_set(keys)
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
    with page_cache_limited(session, CACHE_KIB):
        _import(session, table, problems, result, tick)


def _import(
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
        values: Sequence[Any]
        values, distinct = columns.get(fld.name) or ((None,) * total, {None})
        cells = _clean_column(fld, values, distinct, numbers, found)
        if fld.name in ROW_COLUMNS:
            clean[fld.name] = cells.all()
            table.release(fld.name)  # the raw cells are not needed again
        else:
            clean[fld.name] = cells
    del columns, values, distinct, cells
    table.forget_distinct()
    tick(total // 2)
    slots = place(session, numbers, clean, found)
    del clean["training_code"]  # the trainings are found
    if found:
        found.sort()
        for number, _order, column, message in found:
            problems.add(number, column, message)
        return
    tick(total * 3 // 4)  # writing: the last quarter
    _write(
        session,
        clean,
        slots,
        result,
        lambda part: tick(total * 3 // 4 + int(total * part / 4)),
    )
    tick(total)


def _write(
    session: Session,
    clean,
    slots: Slots,
    result: ImportResult,
    written: Callable[[float], None],
) -> None:
    """Add the new people, then add or update the attendance rows; `written(fraction)` after
    each part of the rows."""
    now = utcnow()
    people: dict[str, int] = dict(
        session.execute(select(Participant.match_key, Participant.id)).all()
    )
    new_people = {key: row for key, row in slots.first_rows.items() if key not in people}
    if new_people:
        rows = list(new_people.values())
        person_columns: dict[str, Sequence[Any]] = {}
        for name in PERSON_FIELDS:
            column = clean[name]
            values = (
                column.picked(rows)
                if isinstance(column, _Cells)
                else list(map(column.__getitem__, rows))
            )
            person_columns[name] = [v or "" for v in values] if name in TEXT_DEFAULTS else values
        person_columns["match_key"] = list(new_people)
        person_columns["uuid"] = new_uuids(len(new_people))
        ids = bulk_insert_numbered(
            session,
            Participant.__table__,
            person_columns,
            {"created_at": now, "updated_at": now},
            key="match_key",
        )
        people.update(zip(new_people, ids, strict=True))
        result.people_added = len(new_people)

    if not slots.rows:
        return
    training_ids: Sequence[Any] = slots.training_ids
    participant_ids: Sequence[Any] = _Mapped(people, slots.person_keys)
    days: Sequence[Any] = slots.days
    statuses: Sequence[Any] = (
        clean["status"]  # every row, in the file's order
        if slots.rows == range(len(clean["status"]))
        else _Mapped(clean["status"], slots.rows)
    )
    trainings = as_set(training_ids)
    existing = recorded_attendance(session, trainings)
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
        _check_references(  # the file's trainings and people: those of the new rows and more
            session, trainings, {people[key] for key in slots.first_rows}
        )
        columns: dict[str, Sequence[Any]] = {
            "training_id": training_ids,
            "participant_id": participant_ids,
            "day": days,
            "status": statuses,
            "uuid": _Uuids(len(training_ids)),
        }
        constants = {"created_at": now, "updated_at": now}
        count = len(training_ids)
        with indexes_built_after(session, Attendance.__table__, count):
            for start in range(0, count, WRITE_ROWS):  # in parts: progress and Cancel show
                end = start + WRITE_ROWS
                part = {name: values[start:end] for name, values in columns.items()}
                bulk_insert_columns(session, Attendance.__table__, part, constants)
                written(min(end, count) / count)
    if updates:
        session.execute(update(Attendance), updates)
    result.added += len(training_ids)
    result.updated += len(updates)


class _Mapped(Sequence[Any]):
    """`lookup[key]` for each of `keys`, made a part at a time as it is read (a slice is a
    list) rather than held for every row."""

    def __init__(self, lookup: Any, keys: Sequence[Any]):
        self.lookup, self.keys = lookup, keys

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[Any]:
        return map(self.lookup.__getitem__, self.keys)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return list(map(self.lookup.__getitem__, self.keys[index]))
        return self.lookup[self.keys[index]]


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
            return list(map(f"{self.prefix}%08x".__mod__, range(*index.indices(self.size))))
        if not -self.size <= index < self.size:
            raise IndexError(index)
        return f"{self.prefix}{index % self.size:08x}"


def _check_references(session: Session, training_ids: set[int], people: set[int]) -> None:
    """Every training and person the new rows point to exists, checked against the tables as
    they are in this transaction: the import's unit of work skips SQLite's per-row
    foreign-key lookups."""
    connection = session.connection()  # ids alone: no objects made
    for model, ids in ((TrainingSession, training_ids), (Participant, people)):
        if not ids <= set(connection.execute(select(model.id)).scalars()):
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
