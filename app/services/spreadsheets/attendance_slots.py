"""Where each row of an attendance file goes: its training, person and day, checked against
the trainings and against the file's other rows (the same person, training and day twice is a
problem naming both rows). The usual file, every row one distinct slot, is checked on one
integer a row; only a file with a dateless row, a wrong cell or a repeat builds the table of
slots that names each repeat."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from itertools import compress, islice
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Message
from app.models import TrainingSession
from app.services.records import fields as f
from app.services.spreadsheets.in_parts import PART, as_dict, as_list, as_set
from app.services.spreadsheets.rules import SPECS

ORDER = {fld.name: n for n, fld in enumerate(SPECS["attendance"])}

Found = list[tuple[int, int, str, Message]]  # (row number, column order, column, message)


class Slots(NamedTuple):
    """The (training, person, day) the import records, as columns in the order they are
    written, each with the index of the row that records it; every row's person key, and the
    first row of each person."""

    training_ids: Sequence[Any]
    person_keys: Sequence[str]
    days: Sequence[Any]
    rows: Sequence[int]
    keys: list[str]
    first_rows: dict[str, int]


def place(session: Session, numbers, clean: dict[str, list[Any]], found: Found) -> Slots:
    """Where each row goes: its (training, person key, day), for every row whose cells are
    right. A row naming an unknown training or a day outside it, or repeating an earlier row's
    person, training and day, is a problem instead."""
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
    for code, day in as_set(zip(codes, days, strict=True)):  # each (code, day) checked once
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
        for code in as_set(codes)
        if code is not None and code.casefold() in trainings
    }
    tids = as_list(map(tid_of.get, codes))
    people = (clean["full_name"], clean["birth_year"], clean["organisation"])
    person_key = f.PersonKeys()
    keys = as_list(map(person_key.__getitem__, zip(*people, strict=True)))
    first_rows = _first_rows(keys, person_key.values())
    del person_key
    if not skip and None not in days and _all_distinct(tids, keys, days):
        # the usual file: each row one slot, in the file's order; no table of slots is made
        return Slots(tids, keys, days, range(len(tids)), keys, first_rows)

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
    wanted: dict[tuple, int] = as_dict(zip(*slots_and_rows(), strict=True))  # slot → row index
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
    if not wanted:
        return Slots((), (), (), (), keys, first_rows)
    training_ids, slot_keys, slot_days = (list(column) for column in zip(*wanted, strict=True))
    return Slots(training_ids, slot_keys, slot_days, list(wanted.values()), keys, first_rows)


def _first_rows(keys: list[str], met: Iterable[str]) -> dict[str, int]:
    """Each distinct key's first index in `keys`, given the keys in the order they are first
    met there (a key may come again in `met`): each is looked for from where the one before
    it was found, so that `keys` is scanned once, in C."""
    first: dict[str, int] = {}
    start = 0
    for key in met:
        if key not in first:
            start = first[key] = keys.index(key, start)
    return first


def _all_distinct(tids: Sequence[Any], keys: Sequence[str], days: Sequence[Any]) -> bool:
    """Whether no two rows share training, person and day, for sure: the hashes of each row's
    three, gathered in a set a part at a time (an integer a row; the window's thread gets the
    interpreter between parts). Two equal hashes may be a chance: the caller then looks for
    the repeats slot by slot."""
    seen: set[int] = set()
    rows = map(hash, zip(tids, keys, days, strict=True))
    for start in range(0, len(tids), PART):
        before = len(seen)
        seen.update(islice(rows, PART))
        if len(seen) - before != min(PART, len(tids) - start):
            return False
    return True
