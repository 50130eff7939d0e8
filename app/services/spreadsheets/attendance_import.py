"""Attendance import: people matched by the product.md rule (name, birth year, organisation,
ignoring case and spacing), rows matched by training, person and day; bulk writes.

An attendance file is long (a country's decades: ~190,000 rows) and repetitive (the same codes,
days, statuses and people over and over), so it is read and checked a part at a time and a
column at a time: each distinct cell of a column is cleaned once for the whole file, and only
the per-row work that cannot be shared (the person, training and day of each row) runs in a
loop. While the main thread reads and checks part k+1, a writer thread (attendance_writer)
writes part k: SQLite's work overlaps Python's. A problem anywhere stops the writing (what was
written is rolled back with the unit of work) while the rest of the file is still checked, so
that every problem is reported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.errors import Message, ValidationError
from app.models import Attendance
from app.models.kinds import KINDS
from app.services.records import fields as f
from app.services.spreadsheets.attendance_slots import ORDER, Found, Placer, Slots
from app.services.spreadsheets.attendance_writer import AttendanceWriter, Part, check_references
from app.services.spreadsheets.in_parts import as_dict, as_list, as_set
from app.services.spreadsheets.reader import Table, TableParts
from app.services.spreadsheets.rules import SPECS, ImportResult, ProblemList
from app.storage.bulk import indexes_built_after, page_cache_limited

PERSON_FIELDS = tuple(fld.name for fld in KINDS["participants"].fields)
TEXT_DEFAULTS = tuple(  # '' rather than NULL
    fld.name
    for fld in KINDS["participants"].fields
    if fld.type == f.TEXT and not fld.required and not fld.nullable
)
ROW_COLUMNS = {"training_code", "full_name", "birth_year", "organisation", "status", "date"}
WRITE_ROWS = 10_000  # rows read, checked and written a part at a time
CACHE_KIB = 8_192  # SQLite's page cache while the rows are written
NUMBERS = {bool, int, float}

Memo = tuple[dict[Any, Any], dict[Any, Message]]  # a column's cleaned cells, its wrong ones


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


def _clean_column(
    fld: f.Field, values: Sequence[Any], numbers: Sequence[int], found: Found, memo: Memo
) -> _Cells:
    """Each distinct cell of a column cleaned once (for the whole file: `memo`); every wrong
    cell becomes a problem naming its row."""
    keys: Sequence[Any] = values
    distinct = as_set(values)
    # .xlsx cells: 1, 1.0 and True are equal as keys but not as cells; keyed by type as well
    # when a column mixes them (a column of whole numbers or of dates alone needs no keys)
    typed = (
        not NUMBERS.isdisjoint(map(type, distinct)) and len(as_set(map(type, values)) & NUMBERS) > 1
    )
    if typed:
        keys = [(type(v), v) for v in values]
        distinct = as_set(keys)
    good, bad = memo
    for key in distinct.difference(good).difference(bad):
        try:
            good[key] = f.clean_value(fld, key[1] if typed else key)
        except ValidationError as exc:
            bad[key] = exc.reason
    if not bad.keys().isdisjoint(distinct):
        order = ORDER[fld.name]
        for number, key in zip(numbers, keys, strict=True):
            message = bad.get(key)
            if message is not None:
                found.append((number, order, fld.name, message))
    return _Cells(keys, good)


def import_attendance(
    session: Session,
    parts: TableParts,
    problems: ProblemList,
    result: ImportResult,
    tick: Callable[[int], None],
) -> None:
    """Check and write the file a part at a time (`tick(rows done)` after each); every
    problem goes to `problems`, and nothing is left written when there is one (the caller
    rolls back)."""
    with page_cache_limited(session, CACHE_KIB):
        _import(session, parts, problems, result, tick)


def _import(
    session: Session,
    parts: TableParts,
    problems: ProblemList,
    result: ImportResult,
    tick: Callable[[int], None],
) -> None:
    headers = parts.head.headers
    placer = Placer(session)
    memos: dict[str, Memo] = {fld.name: ({}, {}) for fld in SPECS["attendance"]}
    writer = AttendanceWriter(session)
    known = set(writer.people)  # the people the rows written so far may name
    done = 0
    started = False
    tick(0)
    with ExitStack() as writing:
        for part in parts:
            found: Found = []
            clean, slots = _check(part, headers, placer, memos, found)
            if found:
                found.sort()
                for number, _order, column, message in found:
                    problems.add(number, column, message)
            if not problems and len(part):
                if not started:  # the first part to write: the writer starts
                    started = True
                    writing.enter_context(
                        indexes_built_after(session, Attendance.__table__, parts.estimated_rows)
                    )
                    writing.enter_context(writer.running())
                writer.put(_part(clean, slots, known))
            done += len(part)
            del part, clean, slots
            tick(done)
    result.rows = done
    if problems:
        return
    if writer.updates:
        session.execute(update(Attendance), writer.updates)
    check_references(session, writer.training_ids, writer.person_ids)
    result.added += writer.added
    result.updated += len(writer.updates)
    result.unchanged += writer.unchanged
    result.people_added += writer.people_added


def _check(
    part: Table, headers: list[str], placer: Placer, memos: dict[str, Memo], found: Found
) -> tuple[dict[str, Any], Slots]:
    """A part's cells cleaned and its rows placed; problems go to `found`."""
    numbers = part.numbers
    total = len(numbers)
    columns = {h: part.columns[j] for j, h in enumerate(headers) if h}
    clean: dict[str, Any] = {}  # column → cleaned values (a list, or _Cells read by row)
    for fld in SPECS["attendance"]:
        values: Sequence[Any] | None = columns.get(fld.name)
        if values is None:  # an optional column the file leaves out
            values = (None,) * total
        cells = _clean_column(fld, values, numbers, found, memos[fld.name])
        clean[fld.name] = cells.all() if fld.name in ROW_COLUMNS else cells
    slots = placer.place(numbers, clean, found)
    return clean, slots


def _part(clean: dict[str, Any], slots: Slots, known: set[str]) -> Part:
    """What the writer writes for a part: the people first seen in it (each from its first
    row), then its attendance rows."""
    keys = slots.keys
    first = as_dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    new_people = {key: index for key, index in first.items() if key not in known}
    people: dict[str, Sequence[Any]] = {}
    if new_people:
        known.update(new_people)
        indexes = list(new_people.values())
        for name in PERSON_FIELDS:
            values = [clean[name][i] for i in indexes]
            people[name] = [v or "" for v in values] if name in TEXT_DEFAULTS else values
        people["match_key"] = list(new_people)
    statuses = clean["status"]
    return Part(
        people,
        list(slots.training_ids),
        list(slots.person_keys),
        list(slots.days),
        as_list(map(statuses.__getitem__, slots.rows)),
    )
