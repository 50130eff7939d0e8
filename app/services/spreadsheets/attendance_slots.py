"""Where each row of an attendance file goes: its training, person and day, checked against
the trainings and against the file's other rows (the same person, training and day twice is a
problem naming both rows). The usual file, every row one distinct slot, is checked on one
integer a row; only a file with a dateless row, a wrong cell or a repeat builds the table of
slots that names each repeat."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Message
from app.models import TrainingSession
from app.services.records import fields as f
from app.services.spreadsheets.in_parts import as_dict, as_list, as_set
from app.services.spreadsheets.rules import SPECS

ORDER = {fld.name: n for n, fld in enumerate(SPECS["attendance"])}

Found = list[tuple[int, int, str, Message]]  # (row number, column order, column, message)


class Slots(NamedTuple):
    """The (training, person, day) the import records, as columns in the order they are
    written, each with the index of the row that records it; and every row's person key."""

    training_ids: Sequence[Any]
    person_keys: Sequence[str]
    days: Sequence[Any]
    rows: Sequence[int]
    keys: list[str]


class Placer:
    """Places the rows of a file a part at a time, in the file's order: the trainings are read
    once, each distinct (code, day) and person is checked once, and every slot recorded by an
    earlier part is remembered (with its row number) so that a repeat in a later part names
    it."""

    def __init__(self, session: Session):
        self.trainings = {
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
        self.span = {tid: (start, end) for tid, start, end in self.trainings.values()}
        self.wrong_pair: dict[tuple[Any, Any], tuple[str, Message] | None] = {}
        self.tid_of: dict[str, Any] = {}
        self.person_key: dict[tuple, str] = {}
        self.claimed: dict[tuple, int] = {}  # slot → the row number that records it

    def place(self, numbers: Sequence[int], clean: dict[str, list[Any]], found: Found) -> Slots:
        """Where each row of this part goes: its (training, person key, day), for every row
        whose cells are right. A row naming an unknown training or a day outside it, or
        repeating an earlier row's person, training and day, is a problem instead."""
        codes, days = clean["training_code"], clean["date"]
        skip = {number for number, *_rest in found}  # rows with a wrong cell
        self._check_pairs(as_set(zip(codes, days, strict=True)))
        wrong_pair = self.wrong_pair
        if any(wrong_pair.values()):
            for number, pair in zip(numbers, zip(codes, days, strict=True), strict=True):
                wrong = wrong_pair.get(pair)
                if wrong is not None and number not in skip:
                    found.append((number, ORDER[wrong[0]], *wrong))
                    skip.add(number)
        tid_of = self.tid_of
        tids = as_list(map(tid_of.get, codes))
        people = (clean["full_name"], clean["birth_year"], clean["organisation"])
        person_key = self.person_key
        new = as_set(zip(*people, strict=True)).difference(person_key)
        if new:
            person_key.update(f.person_keys(new))
        keys = as_list(map(person_key.__getitem__, zip(*people, strict=True)))
        claimed = self.claimed
        if not skip and None not in days:
            # the usual part: each row one slot not seen before, in the file's order
            mine = as_dict(zip(zip(tids, keys, days, strict=True), numbers, strict=True))
            if len(mine) == len(tids) and claimed.keys().isdisjoint(mine):
                claimed.update(mine)
                return Slots(tids, keys, days, range(len(tids)), keys)
        return self._slots(numbers, tids, keys, days, skip, found)

    def _check_pairs(self, pairs: set[tuple[Any, Any]]) -> None:
        """Each (code, day) not met before: its training, and whether the day is one of its."""
        wrong_pair, trainings = self.wrong_pair, self.trainings
        for code, day in pairs.difference(wrong_pair):
            if code is None:
                wrong_pair[(code, day)] = None  # a wrong cell, already a problem
                continue
            training = trainings.get(code.casefold())
            if training is None:
                wrong_pair[(code, day)] = (
                    "training_code",
                    Message("no training session with the code '{value}'", value=code),
                )
                continue
            self.tid_of[code] = training[0]
            if day is not None and not training[1] <= day <= training[2]:
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
            else:
                wrong_pair[(code, day)] = None

    def _slots(self, numbers, tids, keys, days, skip: set[int], found: Found) -> Slots:
        """The slot-by-slot check of a part with a repeat, a wrong row or a dateless row."""
        claimed = self.claimed
        wanted: dict[tuple, int] = {}  # slot → row index in this part
        clashes: list[tuple[int, int]] = []  # (row number that has a slot, one repeating it)

        def claim(slot: tuple, index: int) -> None:
            number = numbers[index]
            first = claimed.get(slot)
            if first is None:
                first = numbers[wanted.setdefault(slot, index)]
            if first != number:
                clashes.append((first, number))

        for index, slot in enumerate(zip(tids, keys, days, strict=True)):
            if numbers[index] not in skip:
                claim(slot, index)
        for slot in [slot for slot in wanted if slot[2] is None]:
            # a row without a date stands for every day of its training
            index = wanted.pop(slot)
            tid, key, _day = slot
            start, end = self.span[tid]
            for n in range((end - start).days + 1):
                claim((tid, key, start + timedelta(days=n)), index)
        reported: set[int] = set()
        for first, number in clashes:
            earlier, later = sorted((number, first))
            if later not in reported:  # once a row, however many of its days clash
                reported.add(later)
                message = Message("the same person, training and day as row {n}", n=earlier)
                found.append((later, ORDER["full_name"], "full_name", message))
        for slot, index in wanted.items():
            claimed[slot] = numbers[index]
        if not wanted:
            return Slots((), (), (), (), keys)
        training_ids, slot_keys, slot_days = (list(column) for column in zip(*wanted, strict=True))
        return Slots(training_ids, slot_keys, slot_days, list(wanted.values()), keys)
