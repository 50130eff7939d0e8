"""Export a kind to .csv (csv_writer) or .xlsx (xlsx_writer), in the template's columns, so that
exporting and importing again reproduces the same records. User text can never become a
formula: in CSV a `'` goes before = + - @ tab CR; in XLSX text cells are written as text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.errors import GpastError
from app.files import written_whole
from app.models import Attendance, Participant, TrainingSession
from app.services.records import editing as records
from app.services.records.editing import ListQuery
from app.services.records.targets import list_targets
from app.services.spreadsheets.csv_writer import csv_text, write_csv
from app.services.spreadsheets.rules import EXPORT_KINDS, columns
from app.services.spreadsheets.xlsx_writer import write_xlsx
from app.services.statistics.figures import all_figures
from app.services.unit_of_work import Database

__all__ = ["csv_text", "export_file", "export_rows", "write_csv", "write_xlsx"]


def export_rows(db: Database, kind: str, query: ListQuery | None = None) -> Iterator[list[Any]]:
    """The records of `kind` as rows of cell values in the template's column order."""
    names = columns(kind)
    if kind in records.KINDS:
        for record in records.list_records(db, kind, query):
            yield [_cell(record.get(n)) for n in names]
    elif kind == "targets":
        for t in list_targets(db):
            yield [t["year"], t["focus_area"], t["indicator"], _number(t["target"])]
    elif kind == "attendance":
        yield from _attendance_rows(db)
    elif kind == "statistics":
        for fig in all_figures(db):
            yield [fig[n] for n in names]
    else:
        raise ValueError(f"unknown kind {kind!r}")


def _attendance_rows(db: Database) -> Iterator[list[Any]]:
    stmt = (
        select(
            TrainingSession.code,
            Participant.full_name,
            Participant.sex,
            Participant.organisation,
            Participant.position,
            Participant.country,
            Participant.birth_year,
            Participant.email,
            Participant.phone,
            Attendance.status,
            Attendance.day,
        )
        .join(TrainingSession, TrainingSession.id == Attendance.training_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .order_by(
            TrainingSession.start_date,
            TrainingSession.code,
            Participant.full_name,
            Participant.id,
            Attendance.day,
        )
    )
    with db.reading() as session:
        for row in session.execute(stmt).yield_per(5000):
            yield [v if v is not None else "" for v in row]


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, float):
        return _number(value)
    return value


def export_file(db: Database, kind: str, path: str | Path, query: ListQuery | None = None) -> int:
    """Write every record of `kind` (or those `query` selects) to `path`; returns the count."""
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise GpastError("{file}: choose a file name ending in .csv or .xlsx", file=path)
    rows = export_rows(db, kind, query)
    # written beside the target and renamed at the end: an export that fails half way (a full
    # disk, a database error) leaves no half-written file, nor harms an older one of that name
    with written_whole(path) as partial:
        if suffix == ".csv":
            return write_csv(partial, columns(kind), rows)
        return write_xlsx(partial, columns(kind), rows, kind)
