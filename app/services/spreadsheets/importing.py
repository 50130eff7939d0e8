"""Import a spreadsheet of one kind: all or nothing, every problem reported at once, and
importing the same file twice changes nothing the second time."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import Message
from app.models import FocusArea, Target
from app.models.kinds import TABLE_OF_KIND, Kind
from app.services.access import Action, require
from app.services.attendance.recording import attended_days_outside, dates_drop_attendance
from app.services.records import fields as f
from app.services.records.audit import record
from app.services.records.editing import area_lookup, to_dict
from app.services.records.editing import kind as record_kind
from app.services.spreadsheets.attendance_import import import_attendance
from app.services.spreadsheets.reader import Table, read_table
from app.services.spreadsheets.rules import (
    IMPORT_KINDS,
    SPECS,
    ImportCancelled,
    ImportRefused,
    ImportResult,
    Problem,
    ProblemList,
    required_columns,
    template_names,
)
from app.services.spreadsheets.statistics_import import import_statistics
from app.services.unit_of_work import Database

Progress = Callable[[int, int], bool | None]  # (done, total) → True to cancel


class _DryRun(Exception):
    pass


def check_columns(table: Table, kind: str, problems: ProblemList) -> None:
    known = {fld.name for fld in SPECS[kind]}
    seen: set[str] = set()
    for header in table.headers:
        if not header:
            continue
        if header not in known:
            expected = ", ".join(fld.name for fld in SPECS[kind])
            problems.add(
                1, header, Message("unknown column (the columns are: {choices})", choices=expected)
            )
        elif header in seen:
            problems.add(1, header, Message("the column appears twice"))
        seen.add(header)
    for name in required_columns(kind):
        if name not in seen:
            problems.add(1, name, Message("required column is missing"))


def row_dicts(table: Table) -> list[tuple[int, dict[str, Any]]]:
    headers = table.headers
    out = []
    for number, cells in table.rows:
        row = dict(zip(headers, cells, strict=True))
        row.pop("", None)
        out.append((number, row))
    return out


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the length of an import. An import makes
    millions of small objects (a list per row, a tuple per cell key) that reference counting
    frees; the collector, triggered every few hundred new containers, would walk the whole
    growing table again and again (measured: a third of a 190,000-row attendance import)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def preview_file(path: str | Path, first: int = 20) -> tuple[Table, int]:
    """How a file will be read, for the import preview: the table with its first rows only,
    and how many rows it has. Raises SpreadsheetError naming the file when it cannot."""
    with collector_paused():
        table = read_table(path)
    count = len(table)
    table.keep_first(first)
    return table, count


def import_file(
    db: Database,
    kind: str,
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Read, check and import `path`; raises ImportRefused listing every problem."""
    if kind not in IMPORT_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if not dry_run:  # a dry run changes nothing: anyone may check a file
        require(db, Action.TARGETS if kind == "targets" else Action.IMPORT)
    with collector_paused():
        return _import_file(db, kind, path, dry_run, progress)


def _import_file(
    db: Database, kind: str, path: str | Path, dry_run: bool, progress: Progress | None
) -> ImportResult:
    table = read_table(path)
    table.headers, shown = template_names(table.headers)
    name = str(path)
    problems = ProblemList()
    check_columns(table, kind, problems)
    if problems:
        raise _refused(name, problems, shown)
    if kind != "attendance":  # the attendance import cleans each column's distinct cells
        table.forget_distinct()
    rows = [] if kind == "attendance" else row_dicts(table)  # attendance reads by column
    result = ImportResult(
        kind,
        name,
        dry_run=dry_run,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=len(table),
    )
    present = {h for h in table.headers if h}

    def tick(done: int) -> None:
        if progress is not None and progress(done, len(table)):
            raise ImportCancelled("import cancelled; nothing was changed")

    try:
        with db.writing(checked_references=kind == "attendance", serialised=True) as session:
            if kind == "attendance":
                import_attendance(session, table, problems, result, tick)
            elif kind == "targets":
                _import_targets(session, rows, problems, result, tick)
            elif kind == "statistics":
                import_statistics(session, rows, present, problems, result, tick)
            else:
                _import_records(session, kind, rows, present, problems, result, tick)
            if problems:
                raise _refused(name, problems, shown)
            if dry_run:
                raise _DryRun
            if result.added or result.updated:
                summary = {
                    "file": Path(name).name,
                    "rows": result.rows,
                    "added": result.added,
                    "updated": result.updated,
                    "unchanged": result.unchanged,
                    "people_added": result.people_added,
                }
                record(session, "import", TABLE_OF_KIND[kind], summary)
    except _DryRun:
        pass
    return result


def _refused(name: str, problems: ProblemList, shown: dict[str, str]) -> ImportRefused:
    """Problems named by the columns as the file calls them (e.g. Russian headers)."""
    named = [Problem(p.row, shown.get(p.column or "", p.column), p.message) for p in problems]
    return ImportRefused(name, named, problems.truncated)


def _key(k: Kind, clean: dict[str, Any]) -> tuple:
    """The record's natural key (registry): the first of the kind's keys whose first field is
    set, else the last, named by its first field, case ignored (legislation: reference, else
    title and adoption date)."""
    names = next((n for n in k.natural_keys if clean.get(n[0])), k.natural_keys[-1])
    return (names[0], *(_folded(clean.get(n)) for n in names))


def _folded(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _import_records(session: Session, kind: str, rows, present, problems, result, tick) -> None:
    k = record_kind(kind)
    spec = SPECS[kind]
    areas = area_lookup(session)
    area_objects = {a.slug: a for a in session.scalars(select(FocusArea))}
    model = k.model
    existing: dict[tuple, Any] = {}
    for obj in session.scalars(select(model).options(selectinload(model.focus_areas))):
        existing.setdefault(_key(k, to_dict(k, obj)), obj)
    seen: dict[tuple, int] = {}
    for done, (number, row) in enumerate(rows):
        if done % 500 == 0:
            tick(done)
        clean, errors = f.clean_record(spec, row, area_slugs=areas)
        for e in errors:
            problems.add(number, e.field, e.reason)
        if errors or problems.full:
            continue
        key = _key(k, clean)
        label = key[0]
        if key in seen:
            problems.add(
                number, label, Message("the same {what} as row {n}", what=label, n=seen[key])
            )
            continue
        seen[key] = number
        obj = existing.get(key)
        if obj is None:
            f.fill_defaults(spec, clean)
            obj = model()
            _set(k, obj, clean, area_objects)
            session.add(obj)
            result.added += 1
            continue
        current = to_dict(k, obj)
        changes = {n: clean[n] for n in present if n in clean and clean[n] != current.get(n)}
        for fld in spec:  # emptied: the default, unless the record has it already
            if fld.name in changes and changes[fld.name] is None:
                if fld.default_from is not None:
                    value = clean.get(fld.default_from) or current[fld.default_from]
                else:
                    value = fld.default
                if value is None:
                    continue
                changes[fld.name] = value
                if current.get(fld.name) == value:
                    del changes[fld.name]
        if not changes:
            result.unchanged += 1
            continue
        merged = {**current, **changes}
        found = f.cross_field_problems(merged)
        for e in found:
            problems.add(number, e.field, e.reason)
        if not found and k.attendance_column == "training_id" and obj.id is not None:
            dropped = attended_days_outside(
                session, obj.id, merged["start_date"], merged["end_date"]
            )
            if dropped:
                refusal = dates_drop_attendance(*dropped)
                problems.add(number, refusal.field, refusal.reason)
        _set(k, obj, changes, area_objects)
        result.updated += 1
    session.flush()


def _set(k: Kind, obj: Any, values: dict[str, Any], area_objects: dict[str, FocusArea]) -> None:
    for name, value in values.items():
        if k.field(name).type == f.AREAS:
            obj.focus_areas = sorted((area_objects[s] for s in value), key=lambda a: a.position)
        else:
            setattr(obj, name, value)


def _import_targets(session: Session, rows, problems, result, tick) -> None:
    areas = area_lookup(session)
    area_ids = dict(session.execute(select(FocusArea.slug, FocusArea.id)).all())
    existing = {(t.year, t.focus_area_id, t.indicator): t for t in session.scalars(select(Target))}
    seen: dict[tuple, int] = {}
    for done, (number, row) in enumerate(rows):
        tick(done)
        clean, errors = f.clean_record(SPECS["targets"], row)
        for e in errors:
            if e.field != "focus_area":
                problems.add(number, e.field, e.reason)
        area_text = str(row.get("focus_area") or "").strip()
        slug = areas.get(area_text.lower())
        if not area_text:
            problems.add(number, "focus_area", Message("is required"))
        elif slug is None:
            problems.add(
                number, "focus_area", Message("unknown focus area '{value}'", value=area_text)
            )
        if any(e.field != "focus_area" for e in errors) or slug is None:
            continue
        key = (clean["year"], area_ids[slug], clean["indicator"])
        if key in seen:
            problems.add(
                number,
                "indicator",
                Message("the same year, area and indicator as row {n}", n=seen[key]),
            )
            continue
        seen[key] = number
        target = existing.get(key)
        if target is None:
            session.add(
                Target(year=key[0], focus_area_id=key[1], indicator=key[2], target=clean["target"])
            )
            result.added += 1
        elif target.target != clean["target"]:
            target.target = clean["target"]
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()
