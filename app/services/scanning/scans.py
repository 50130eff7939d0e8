"""Scans of signed sign-in sheets read against the database: what each page says (session, day,
and each printed person signed or not), the pages that could not be read and why, and, when the
user agrees, the statuses saved in one unit of work, audited as "from scan".

A signed row proposes `present` for that person and day. A status already recorded (present,
late, excused) is kept and listed; `absent`, the status every registered person starts with, is
replaced. Nothing is recorded for an unsigned or uncertain row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from sqlalchemy import select

from app.errors import GpastError, Message
from app.models import Attendance, TrainingSession, utcnow
from app.services.attendance.roster import roster
from app.services.records.audit import record
from app.services.scanning import sheet_layout as L
from app.services.scanning.identity import database_code
from app.services.scanning.page_images import ScanFileError, pages_of
from app.services.scanning.reading import SIGNED, Box, PageProblem, read_page
from app.services.unit_of_work import Database

REPLACEABLE = ("absent",)  # the status of a registered person nobody has ticked yet


@dataclass
class Row:
    row: int
    person_id: int
    name: str
    verdict: str  # signed, not signed, uncertain
    recorded: str | None  # the status recorded now for that day
    image: np.ndarray = field(repr=False)


@dataclass
class Sheet:
    file: str
    page: int
    training_id: int
    code: str  # the session's code
    title: str
    day: date
    day_number: int
    days: int
    sheet_page: int
    rows: list[Row]
    walk_ins: list[Box]


@dataclass
class Unread:
    file: str
    page: int  # 0: the whole file
    reason: Message | GpastError  # a whole file's reason names the file


@dataclass
class ScanResult:
    sheets: list[Sheet] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)

    def proposed(self) -> list[tuple[int, int, date]]:
        """(session, person, day) of every signed row, once."""
        seen: dict[tuple[int, int, date], None] = {}
        for sheet in self.sheets:
            for row in sheet.rows:
                if row.verdict == SIGNED:
                    seen[(sheet.training_id, row.person_id, sheet.day)] = None
        return list(seen)


@dataclass
class Saved:
    recorded: list[tuple[int, int, date]]  # (session, person, day) now present
    kept: list[tuple[int, int, date, str]]  # … and the status kept


def read_scans(
    db: Database, files: Iterable[str | Path], progress: Callable[[str, int], None] | None = None
) -> ScanResult:
    """Every page of every file read; nothing is written."""
    result = ScanResult()
    ours = database_code(db)
    rosters: dict[int, dict | None] = {}
    for path in files:
        try:
            for page in pages_of(path):
                if progress:
                    progress(str(path), page.page)
                if page.pixels is None or page.problem is not None:
                    reason = page.problem or Message("the page is too large")
                    result.unread.append(Unread(page.file, page.page, reason))
                    continue
                found = read_page(page.pixels)
                if isinstance(found, PageProblem):
                    result.unread.append(Unread(page.file, page.page, found.reason))
                    continue
                for reading in found:
                    _match(db, ours, rosters, page.file, page.page, reading, result)
        except ScanFileError as exc:
            result.unread.append(Unread(str(path), 0, exc))
    return result


def _match(db, ours, rosters, file, page, reading, result: ScanResult) -> None:
    code: L.SheetCode = reading.code
    if code.database != ours:
        result.unread.append(
            Unread(
                file, page, Message("a sign-in sheet of another database ({id})", id=code.database)
            )
        )
        return
    if code.training_id not in rosters:
        rosters[code.training_id] = _roster(db, code)
    data = rosters[code.training_id]
    if data is None:
        result.unread.append(
            Unread(file, page, Message("the sheet's session is no longer in this database"))
        )
        return
    if code.day not in data["days"]:
        result.unread.append(
            Unread(
                file,
                page,
                Message(
                    "{day} is no longer a day of {code}",
                    day=code.day.isoformat(),
                    code=data["training"]["code"],
                ),
            )
        )
        return
    people = {p["id"]: p for p in data["people"]}
    rows = []
    for box in reading.boxes:
        person = people.get(box.person)
        if person is None:
            continue  # taken off the roster since the sheet was printed
        rows.append(
            Row(
                box.row,
                person["id"],
                person["full_name"],
                box.verdict,
                person["statuses"].get(code.day),
                box.image,
            )
        )
    t = data["training"]
    result.sheets.append(
        Sheet(
            file,
            page,
            t["id"],
            t["code"],
            t["title"],
            code.day,
            code.day_number,
            len(data["days"]),
            code.page,
            rows,
            reading.walk_ins,
        )
    )


def _roster(db: Database, code: L.SheetCode) -> dict | None:
    with db.reading() as session:
        training = session.get(TrainingSession, code.training_id)
        if training is None or not training.uuid.replace("-", "").startswith(code.training_uuid):
            return None
    return roster(db, code.training_id)


def save_present(db: Database, cells: Iterable[tuple[int, int, date]], files: list[str]) -> Saved:
    """Record `present` for each (session, person, day) unless a status other than the starting
    `absent` is recorded: those are kept and listed. One unit of work, audited as from scan."""
    saved = Saved([], [])
    wanted = list(dict.fromkeys(cells))
    if not wanted:
        return saved
    with db.writing() as session:
        session.info["audit_note"] = " (from scan)"
        for tid, pid, day in wanted:
            row = session.scalar(
                select(Attendance).where(
                    Attendance.training_id == tid,
                    Attendance.participant_id == pid,
                    Attendance.day == day,
                )
            )
            if row is None:
                session.add(
                    Attendance(training_id=tid, participant_id=pid, day=day, status="present")
                )
            elif row.status in REPLACEABLE:
                row.status = "present"
                row.updated_at = utcnow()
            else:
                saved.kept.append((tid, pid, day, row.status))
                continue
            saved.recorded.append((tid, pid, day))
        if saved.recorded:
            record(
                session,
                "scan",
                "attendance",
                {
                    "source": "from scan",
                    "files": [Path(f).name for f in files],
                    "present": [[t, p, d.isoformat()] for t, p, d in saved.recorded],
                    "kept": [[t, p, d.isoformat(), s] for t, p, d, s in saved.kept],
                },
            )
    return saved


class ScanRefused(GpastError):
    """--apply with pages that could not be read: nothing is saved."""


def add_walk_in(db: Database, training_id: int, day: date, person: dict, file: str) -> int:
    """A handwritten walk-in row typed in: the person (matched or new, through the records
    service's checks), on the session's roster, present on the sheet's day."""
    from app.services.attendance.roster import add_to_roster
    from app.services.records import editing as records

    created = records.create(db, "participants", person)
    add_to_roster(db, training_id, created["id"])
    save_present(db, [(training_id, created["id"], day)], [file])
    return int(created["id"])
