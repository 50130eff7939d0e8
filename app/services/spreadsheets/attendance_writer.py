"""The attendance import's writer thread: it writes each checked part of the file (its new
people, then its attendance rows) while the main thread reads and checks the next part.

Only the writer uses the unit of work's connection while it runs: the main thread reads what it
needs before it starts (the people, in AttendanceWriter()) and touches the session again only
after it has stopped. An error on the writer is raised on the main thread (at the next part
handed over, or when the writer is stopped), so that the unit of work rolls back as for any
error; the thread has always ended when `running()` is left, whatever happened."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from queue import Queue
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.models import Attendance, Participant, TrainingSession, new_uuids, utcnow
from app.storage.bulk import bulk_insert_columns
from app.storage.bulk_thread import bulk_insert_from_thread

WAITING_PARTS = 2  # parts checked ahead of the writer (memory: a part's rows each)


@dataclass
class Part:
    """A part's people first seen in it (columns of the participant table, with match_key;
    empty when none) and its attendance rows (as columns; people named by their keys)."""

    people: dict[str, Sequence[Any]]
    training_ids: list[Any]
    person_keys: list[str]
    days: list[Any]
    statuses: list[Any]


class AttendanceWriter:
    def __init__(self, session: Session):
        self.connection = session.connection()
        self.people: dict[str, int] = dict(
            session.execute(select(Participant.match_key, Participant.id)).all()
        )
        self.last_id = session.scalar(select(func.max(Participant.id))) or 0
        # the rows recorded before this import (those it writes come after)
        self.recorded_up_to = session.scalar(select(func.max(Attendance.id))) or 0
        self.now = utcnow()
        self.uuid_prefix = new_uuids(1)[0][:-8]  # one prefix, then a counter (as new_uuids)
        self.uuids_used = 0
        self.added = self.unchanged = self.people_added = 0
        self.updates: list[dict[str, Any]] = []
        self.training_ids: set[int] = set()
        self.person_ids: set[int] = set()
        self.error: BaseException | None = None
        self._queue: Queue[Part | None] = Queue(WAITING_PARTS)
        self._stopped = False

    @contextmanager
    def running(self) -> Iterator[AttendanceWriter]:
        """The writer thread, for the length of the block: stopped (the parts still waiting
        not written) when the block raises, and waited for when it ends; its error raised."""
        thread = threading.Thread(target=self._run, name="attendance writer", daemon=True)
        thread.start()
        try:
            yield self
        except BaseException:
            self._stopped = True
            self._queue.put(None)
            thread.join()
            raise
        self._queue.put(None)
        thread.join()
        if self.error is not None:
            raise self.error

    def put(self, part: Part) -> None:
        """Hand a part to the writer (waiting while WAITING_PARTS are ahead of it)."""
        if self.error is not None:
            raise self.error
        self._queue.put(part)

    def _run(self) -> None:
        # takes every part until told to end, so that put() never waits for a dead writer
        while (part := self._queue.get()) is not None:
            if self.error is None and not self._stopped:
                try:
                    self._write(part)
                except BaseException as exc:  # raised again on the main thread
                    self.error = exc

    def _write(self, part: Part) -> None:
        connection = self.connection
        now = self.now
        constants = {"created_at": now, "updated_at": now}
        if part.people:
            count = len(part.people["match_key"])
            people = {**part.people, "uuid": new_uuids(count)}
            bulk_insert_columns(connection, Participant.__table__, people, constants)
            newest = select(Participant.match_key, Participant.id)
            added = connection.execute(newest.where(Participant.id > self.last_id)).all()
            self.people.update(added)
            self.last_id = max(pid for _key, pid in added)
            self.people_added += count
        training_ids, days, statuses = part.training_ids, part.days, part.statuses
        participant_ids = list(map(self.people.__getitem__, part.person_keys))
        self.training_ids.update(training_ids)
        self.person_ids.update(participant_ids)
        existing = (
            recorded_attendance(connection, set(training_ids), self.recorded_up_to)
            if self.recorded_up_to
            else {}
        )
        if existing:  # keep the new rows, count the unchanged ones, update the changed ones
            new_rows = []
            for row in zip(training_ids, participant_ids, days, statuses, strict=True):
                found = existing.get(row[:3])
                if found is None:
                    new_rows.append(row)
                elif found[1] != row[3]:
                    self.updates.append({"id": found[0], "status": row[3], "updated_at": now})
                else:
                    self.unchanged += 1
            columns = list(zip(*new_rows, strict=True)) or [(), (), (), ()]
            training_ids, participant_ids, days, statuses = (list(c) for c in columns)
        count = len(training_ids)
        if not count:
            return
        start = self.uuids_used
        self.uuids_used += count
        rows = {
            "training_id": training_ids,
            "participant_id": participant_ids,
            "day": days,
            "status": statuses,
            "uuid": [f"{self.uuid_prefix}{n:08x}" for n in range(start, start + count)],
        }
        bulk_insert_from_thread(connection, Attendance.__table__, rows, constants)
        self.added += count


def check_references(session: Session, training_ids: set[int], people: set[int]) -> None:
    """Every training and person the new rows point to exists, checked against the tables as
    they are in this transaction: the import's unit of work skips SQLite's per-row
    foreign-key lookups."""
    for model, ids in ((TrainingSession, training_ids), (Participant, people)):
        if not ids <= set(session.scalars(select(model.id))):
            raise RuntimeError(f"attendance import: {model.__tablename__} rows went missing")


def recorded_attendance(
    connection: Connection, training_ids: set[int], up_to: int
) -> dict[tuple, list]:
    """(training, person, day) → [attendance id, status] of the rows recorded for these
    trainings (with an id up to `up_to`: before the import), read 500 trainings at a time."""
    recorded: dict[tuple, list] = {}
    ordered = sorted(training_ids)
    for start in range(0, len(ordered), 500):
        for aid, tid, pid, day, status in connection.execute(
            select(
                Attendance.id,
                Attendance.training_id,
                Attendance.participant_id,
                Attendance.day,
                Attendance.status,
            ).where(
                Attendance.training_id.in_(ordered[start : start + 500]), Attendance.id <= up_to
            )
        ):
            recorded[(tid, pid, day)] = [aid, status]
    return recorded
