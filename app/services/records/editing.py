"""Create, update, delete, get and list legislation, trainings, campaigns and participants.

Each call is one unit of work. Records go in and come out as plain dicts whose keys are the
template column names of product.md (focus areas as a list of slugs), plus id and uuid.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, String, cast, extract, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.errors import NotFound, StaleRecord, ValidationError
from app.models import Attendance, AuditEntry, FocusArea, kinds
from app.models.kinds import Kind
from app.services.access import Action, require
from app.services.attendance.person_keys import set_person_key
from app.services.attendance.recording import attended_days_outside, dates_drop_attendance
from app.services.records import fields as f
from app.services.unit_of_work import Database
from app.storage.text_search import folded

KINDS: dict[str, Kind] = {k.name: k for k in kinds.RECORD_KINDS}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown record kind {name!r}") from None


@dataclass
class ListQuery:
    """What a list page asks for: search text, filters, order and a window of rows."""

    search: str = ""
    area: str | None = None
    year: int | None = None
    status: str | None = None
    order_by: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def area_lookup(session: Session) -> dict[str, str]:
    """Focus areas by lower-cased slug and by lower-cased English name → slug."""
    lookup: dict[str, str] = {}
    for slug, name in session.execute(select(FocusArea.slug, FocusArea.name)):
        lookup[slug.lower()] = slug
        lookup[name.lower()] = slug
    return lookup


def to_dict(k: Kind, obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": obj.id, "uuid": obj.uuid}
    for fld in k.fields:
        if fld.type == f.AREAS:
            out[fld.name] = [a.slug for a in obj.focus_areas]
        else:
            value = getattr(obj, fld.name)
            out[fld.name] = list(value) if isinstance(value, list) else value
    out["created_at"] = obj.created_at
    out["updated_at"] = obj.updated_at
    return out


def seen(k: Kind, obj: Any) -> dict[str, Any]:
    """The record as an editor reads it: with its version, which a save checks is still the
    record's (nobody saved it since: optimistic locking)."""
    return {**to_dict(k, obj), "version": dict(obj.version or {})}


def _validate(session: Session, k: Kind, data: Mapping[str, Any]) -> dict[str, Any]:
    clean, problems = f.clean_record(k.fields, data, area_slugs=area_lookup(session))
    if problems:
        raise problems[0]
    return f.fill_defaults(k.fields, clean)


def _check_unique(session: Session, k: Kind, clean: Mapping[str, Any], own_id: int | None) -> None:
    if not k.unique:
        return
    column = getattr(k.model, k.unique)
    stmt = select(k.model.id).where(folded(column) == clean[k.unique].lower())
    if own_id is not None:
        stmt = stmt.where(k.model.id != own_id)
    if session.execute(stmt).first():
        raise ValidationError(
            k.unique,
            "'{value}' is already used by another {what}",
            value=clean[k.unique],
            what=k.label,
        )


def _apply(session: Session, k: Kind, obj: Any, clean: Mapping[str, Any]) -> None:
    for name, value in clean.items():
        if k.field(name).type == f.AREAS:
            areas = session.scalars(select(FocusArea).where(FocusArea.slug.in_(value))).all()
            obj.focus_areas = sorted(areas, key=lambda a: a.position)
        else:
            setattr(obj, name, value)
    if k.person_key:
        set_person_key(session, obj)


def _load(session: Session, k: Kind, record_id: int, *, for_update: bool = False) -> Any:
    """The record; `for_update` locks its row until the unit of work ends (a server's other
    sessions wait: the version check and the write see the same row)."""
    obj = session.get(k.model, record_id, with_for_update=for_update or None)
    if obj is None:
        raise NotFound("{what} {n} does not exist", what=k.label, n=record_id)
    return obj


def create(db: Database, kind_name: str, data: Mapping[str, Any]) -> dict[str, Any]:
    require(db, Action.EDIT)
    k = kind(kind_name)
    with db.writing() as session:
        clean = _validate(session, k, data)
        _check_unique(session, k, clean, None)
        obj = k.model()
        _apply(session, k, obj, clean)
        session.add(obj)
        session.flush()
        return to_dict(k, obj)


def update(
    db: Database,
    kind_name: str,
    record_id: int,
    data: Mapping[str, Any],
    *,
    seen_version: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """Replace the record's fields with `data` (fields missing from `data` keep their value).
    `seen_version`: the version the editor read (its record's "version"); when the record has
    been saved by anyone since, nothing is written and StaleRecord says who, when and what."""
    require(db, Action.EDIT)
    k = kind(kind_name)
    with db.writing() as session:
        obj = _load(session, k, record_id, for_update=True)
        check_seen(session, k, obj, seen_version)
        merged = {**to_dict(k, obj), **data}
        clean = _validate(session, k, merged)
        _check_unique(session, k, clean, record_id)
        _keep_attended_days(session, k, record_id, clean)
        _apply(session, k, obj, clean)
        session.flush()
        return seen(k, obj)


def check_seen(session: Session, k: Kind, obj: Any, seen_version: Mapping | None) -> None:
    """Refuse (StaleRecord) when `obj` was saved by anyone since its `seen_version` was read
    (None: no check; {} for a record that did not exist when it was shown)."""
    if seen_version is not None and dict(obj.version or {}) != dict(seen_version):
        raise stale(session, k, obj)


def stale(session: Session, k: Kind, obj: Any) -> StaleRecord:
    """Who saved `obj` last, when and which fields: its newest entry in the audit trail."""
    entry = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_table == k.table, AuditEntry.record_uuid == obj.uuid)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    known = {fl.name for fl in k.fields}  # a kind without fields (targets): every column
    fields = [n for n in (entry.changes if entry else {}) if not known or n in known]
    return StaleRecord(
        "This {what} was saved by {who} at {when} UTC while you were editing it (changed: "
        "{fields}); your changes were not saved. Reload it, or compare and save again",
        what=k.label,
        who=(entry.user if entry and entry.user else "?"),
        when=(entry.at.isoformat(sep=" ", timespec="seconds") if entry else "?"),
        fields=fields,
        current=seen(k, obj),
    )


def _keep_attended_days(session: Session, k: Kind, record_id: int, clean: Mapping) -> None:
    """A session's dates may not drop a day that has attendance recorded."""
    if k.attendance_column != "training_id":
        return
    dropped = attended_days_outside(session, record_id, clean["start_date"], clean["end_date"])
    if dropped:
        raise dates_drop_attendance(*dropped)


def get(db: Database, kind_name: str, record_id: int) -> dict[str, Any]:
    k = kind(kind_name)
    with db.reading() as session:
        return seen(k, _load(session, k, record_id))


def delete_consequences(db: Database, kind_name: str, record_id: int) -> dict[str, int]:
    """What else goes with the record: {"attendance": n} for trainings and participants."""
    k = kind(kind_name)
    with db.reading() as session:
        _load(session, k, record_id)
        if k.attendance_column is None:
            return {}
        column = getattr(Attendance, k.attendance_column)
        count = session.scalar(select(func.count()).where(column == record_id))
        return {"attendance": int(count or 0)}


def delete(
    db: Database, kind_name: str, record_id: int, *, seen_version: Mapping[str, int] | None = None
) -> None:
    """Delete the record. `seen_version`: the version the user saw when they chose to delete it;
    when anyone saved it since, nothing is deleted and StaleRecord says who, when and what."""
    require(db, Action.DELETE)
    k = kind(kind_name)
    with db.writing() as session:
        obj = _load(session, k, record_id, for_update=True)
        check_seen(session, k, obj, seen_version)
        session.delete(obj)


def duplicate(db: Database, kind_name: str, record_id: int) -> dict[str, Any]:
    """A copy of the record (without attendance); a unique code gets a free '-copy' suffix."""
    require(db, Action.EDIT)
    k = kind(kind_name)
    with db.writing() as session:
        data = to_dict(k, _load(session, k, record_id))
        if k.unique:
            base = f"{data[k.unique]}-copy"
            candidate, n = base, 1
            column = getattr(k.model, k.unique)
            while session.execute(select(k.model.id).where(column == candidate)).first():
                n += 1
                candidate = f"{base}{n}"
            data[k.unique] = candidate
        clean = _validate(session, k, data)
        obj = k.model()
        _apply(session, k, obj, clean)
        session.add(obj)
        session.flush()
        return to_dict(k, obj)


def _filtered(k: Kind, query: ListQuery) -> Select:
    stmt = select(k.model)
    text = query.search.strip()
    if text and k.person_key:
        # match_key holds the case-folded name, birth year and organisation: a plain LIKE on it
        # needs no per-row function call (20,000 people searched as the user types)
        key = " ".join(text.split()).casefold()
        stmt = stmt.where(k.model.match_key.like(f"%{key}%"))
    elif text:
        pattern = f"%{text.lower()}%"
        stmt = stmt.where(
            or_(*(folded(cast(getattr(k.model, c), String)).like(pattern) for c in k.search))
        )
    if query.area and k.link is not None:
        area_ids = (
            select(k.link.c.record_id)
            .join(FocusArea, FocusArea.id == k.link.c.focus_area_id)
            .where(FocusArea.slug == query.area)
        )
        stmt = stmt.where(k.model.id.in_(area_ids))
    if query.year and k.date_field:
        column = getattr(k.model, k.date_field)
        stmt = stmt.where(column >= date(query.year, 1, 1), column <= date(query.year, 12, 31))
    if query.status and k.status_filter:
        stmt = stmt.where(k.model.status == query.status)
    return stmt


def _ordered(k: Kind, stmt: Select, query: ListQuery) -> Select:
    fields = {fld.name: fld for fld in k.fields if not fld.is_list}
    order = query.order_by if query.order_by in fields else (k.date_field or "id")
    column = getattr(k.model, order)
    if order in fields and fields[order].sort_ignores_case:
        column = folded(column)
    if query.descending:
        return stmt.order_by(column.desc(), k.model.id.desc())
    return stmt.order_by(column.asc(), k.model.id.asc())


def list_records(
    db: Database, kind_name: str, query: ListQuery | None = None, *, versions: bool = False
) -> list[dict]:
    """The records `query` asks for; `versions`: each with the version it was shown at (a list
    page's delete checks nobody saved it since)."""
    k = kind(kind_name)
    shown = seen if versions else to_dict
    query = query or ListQuery()
    stmt = _ordered(k, _filtered(k, query), query).offset(query.offset)
    if k.link is not None:
        stmt = stmt.options(selectinload(k.model.focus_areas))
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    with db.reading() as session:
        return [shown(k, obj) for obj in session.scalars(stmt).unique()]


def count_records(db: Database, kind_name: str, query: ListQuery | None = None) -> int:
    k = kind(kind_name)
    stmt = _filtered(k, query or ListQuery())
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def record_years(db: Database, kind_name: str) -> list[int]:
    """The years in which records of this kind exist, newest first (for year filters)."""
    k = kind(kind_name)
    if not k.date_field:
        return []
    column = getattr(k.model, k.date_field)
    year = extract("year", column)
    with db.reading() as session:
        rows = session.execute(select(year).where(column.is_not(None)).distinct())
        return sorted((int(r[0]) for r in rows), reverse=True)
