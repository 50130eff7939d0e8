"""Merging a bundle's data into the database (called inside one unit of work)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app.models import FocusArea
from app.models.kinds import BUNDLE_KINDS, Kind
from app.services.attendance.person_keys import set_person_keys
from app.services.attendance.recording import attended_days_outside
from app.services.exchange.bundle_checks import Row
from app.services.exchange.bundle_format import (
    RECORD_PARTS,
    BundleRefused,
    BundleResult,
    Conflict,
    brought_back,
    kept_attendance,
    kept_newer,
    kept_ours,
    took_theirs,
)
from app.services.exchange.deletions import TABLES as TABLES  # re-exported: table → model
from app.services.exchange.deletions import deletion_saw, merge_tombstones, tombstones
from app.services.exchange.known_records import KnownRecords
from app.services.exchange.row_merges import merge_attendance, merge_targets
from app.services.exchange.versions import Order, compare, joined
from app.services.records import fields as f
from app.services.records.audit import record

EDITED = timedelta(seconds=1)


def _edited(created: datetime | None, updated: datetime | None) -> bool:
    return bool(created and updated and updated - created > EDITED)


def _apply(
    session, k: Kind, obj, values: dict[str, Any], areas: dict[str, FocusArea], updated_at
) -> None:
    for name, value in values.items():
        fld = k.field(name)
        if fld.type == f.AREAS:
            obj.focus_areas = sorted((areas[s] for s in value), key=lambda a: a.position)
        else:
            setattr(obj, name, value if value is not None or fld.nullable else "")
    obj.updated_at = updated_at


def current_values(k: Kind, obj) -> dict[str, Any]:
    """The record's values as a bundle carries them (an empty optional text is None there,
    as the bundle's checks make it)."""
    out = {}
    for fld in k.fields:
        value = getattr(obj, fld.name)
        if fld.nullable and value == "":
            value = None
        out[fld.name] = (
            [a.slug for a in value]
            if fld.type == f.AREAS
            else (list(value) if isinstance(value, list) else value)
        )
    return out


def _code_taken(k: Kind, row: Row, obj) -> BundleRefused:
    """A record of the bundle under a new UUID whose code belongs to a different record here:
    merging would take the local record over (its dates, hours, attendance)."""
    return BundleRefused(
        "{what} {uuid}: the code '{code}' belongs to another record here ({title}) whose "
        "values differ; change one of the codes; nothing was imported",
        what=k.bundle_part,
        uuid=row.uuid,
        code=row.values.get(k.unique or "code"),
        title=getattr(obj, k.title_field or "uuid"),
    )


def _merge_kind(
    session,
    k: Kind,
    rows: list[Row],
    areas,
    result: BundleResult,
    theirs: Collection[str],
    held: Collection[str],
) -> KnownRecords:
    key = k.bundle_part
    area_ids = {slug: area.id for slug, area in areas.items()}
    known = KnownRecords(session, k, rows, area_ids, held)
    deleted_here = tombstones(session, {r.uuid for r in rows} - known.by_uuid.keys())
    changed = []  # the records the bundle changed (people get their match keys together)
    for row in rows:
        values, updated, created = row.values, row.updated_at, row.created_at
        obj = known.by_uuid.get(row.uuid)
        if obj is None and row.uuid in deleted_here:  # deleted here: did the deletion see it?
            label = (k.title_field and values.get(k.title_field)) or row.uuid
            if deletion_saw(deleted_here[row.uuid], row):
                session.info.setdefault("bundle_deleted_here", set()).add(row.uuid)
                result.count(key, "unchanged")
                continue
            result.conflicts.append(brought_back(key, label))
        if obj is None and not row.apart:  # kept apart there: by its UUID alone
            obj = known.natural(values)
            if obj is not None:  # the same person or session under another UUID
                if k.unique and current_values(k, obj) != values:
                    raise _code_taken(k, row, obj)
                session.info.setdefault("bundle_aliases", {})[row.uuid] = obj
        if obj is None:
            known.add(row)
            result.count(key, "added")
            continue
        mine = current_values(k, obj)
        # which edit saw which: the version counters, not the clocks (the same record under
        # another UUID, or records from before the counters, fall back to the clocks)
        order = Order.UNKNOWN if obj.uuid != row.uuid else compare(obj.version, row.version)
        if order == Order.OURS and not row.version:  # a bundle of the previous format
            order = Order.CONCURRENT
        if mine == values or order in (Order.OURS, Order.SAME):
            if order in (Order.THEIRS, Order.CONCURRENT):
                obj.version = joined(obj.version, row.version)  # we have seen theirs now
            result.count(key, "unchanged")
            continue
        newer_is_theirs = (
            order == Order.THEIRS if order != Order.UNKNOWN else updated > obj.updated_at
        )
        label = (k.title_field and values.get(k.title_field)) or row.uuid
        dropped = _drops_attendance(session, k, obj, values) if newer_is_theirs else None
        if dropped:
            result.conflicts.append(kept_attendance(key, label, dropped))
            _record_conflict(session, obj, label, mine, values, updated, "ours")
            obj.version = joined(obj.version, row.version)
            result.count(key, "unchanged")
            continue
        if order == Order.CONCURRENT:  # changed here after the sender last saw it: ours kept
            take = row.uuid in theirs  # unless the coordinator chose theirs
            result.choices.append(_conflict(k, row, str(label), mine, take))
            result.conflicts.append(took_theirs(key, label) if take else kept_ours(key, label))
            _record_conflict(
                session, obj, label, mine, values, updated, "theirs" if take else "ours"
            )
            if take:
                _apply(session, k, obj, values, areas, updated)
                changed.append(obj)
            obj.version = joined(obj.version, row.version)
            result.count(key, "updated" if take else "unchanged")
            continue
        if (
            order == Order.UNKNOWN
            and _edited(obj.created_at, obj.updated_at)
            and _edited(created, updated)
        ):
            kept = "theirs" if newer_is_theirs else "ours"
            result.conflicts.append(kept_newer(key, label, newer_is_theirs))
            _record_conflict(session, obj, label, mine, values, updated, kept)
        if newer_is_theirs:
            _apply(session, k, obj, values, areas, updated)
            changed.append(obj)
            obj.version = joined(obj.version, row.version)
            result.count(key, "updated")
        else:
            result.count(key, "unchanged")
    if k.person_key:  # a key one of them leaves is free for another (renamed one by one there)
        set_person_keys(session, changed)
    known.write_new()
    session.flush()
    return known


def _conflict(k: Kind, row: Row, label: str, mine: dict[str, Any], take: bool) -> Conflict:
    names = [x.name for x in k.fields if mine.get(x.name) != row.values.get(x.name)]
    return Conflict(
        part=k.bundle_part,
        uuid=row.uuid,
        label=label,
        ours={n: mine.get(n) for n in names},
        theirs={n: row.values.get(n) for n in names},
        took_theirs=take,
    )


def _drops_attendance(session, k: Kind, obj, values: dict[str, Any]) -> str | None:
    """The days with attendance that a session's new dates would leave out (then the change
    is a conflict, not an overwrite), as text; None when none would be."""
    if k.attendance_column != "training_id" or obj.id is None:
        return None
    if (obj.start_date, obj.end_date) == (values["start_date"], values["end_date"]):
        return None
    outside = attended_days_outside(session, obj.id, values["start_date"], values["end_date"])
    return ", ".join(d.isoformat() for d in outside[1][:10]) if outside else None


def _record_conflict(session, obj, label, mine, values, updated, kept: str) -> None:
    """Both versions of a conflicting record, kept in the audit trail."""
    record(
        session,
        "conflict",
        obj.__tablename__,
        {
            "ours": {
                **{name: _plain(v) for name, v in mine.items()},
                "updated_at": obj.updated_at.isoformat(),
            },
            "theirs": {
                **{name: _plain(v) for name, v in values.items()},
                "updated_at": updated.isoformat(),
            },
            "kept": kept,
        },
        record_uuid=obj.uuid,
        record_label=str(label)[:500],
    )


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def merge_data(
    session,
    parts: dict[str, list],
    result: BundleResult,
    theirs: Collection[str] = (),
    held: Collection[str] = (),
) -> None:
    """Merge every kind in turn; `parts` are the bundle's data as bundle_checks.check_data
    returns it (every value checked). What only the database can tell (a training or person
    that is nowhere, a day outside its session) refuses the bundle, naming the part; the unit
    of work then rolls back whole. `theirs`: the UUIDs of the conflicts for which the
    coordinator chose the other workstation's version (ours is kept for the others); `held`:
    the UUIDs of the bundle's records left out of `parts` as held here already."""
    areas = {a.slug: a for a in session.scalars(select(FocusArea))}
    known = {}
    for k in RECORD_PARTS:
        key = k.bundle_part
        with _malformed(key):
            known[key] = _merge_kind(session, k, parts[key], areas, result, theirs, held)
    with _malformed("attendance"):
        merge_attendance(session, parts["attendance"], known, result)
    with _malformed("targets"):
        merge_targets(session, parts["targets"], areas, result)
        session.flush()
    with _malformed("tombstones"):
        merge_tombstones(session, parts["tombstones"], result, theirs)


PARTS = (*(k.bundle_part for k in BUNDLE_KINDS), "tombstones")


@contextmanager
def _malformed(part: str) -> Iterator[None]:
    try:
        yield
    except (KeyError, TypeError, ValueError, AttributeError, SQLAlchemyError) as exc:
        if isinstance(exc, BundleRefused):
            raise
        detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        raise BundleRefused(
            "{part}: not as this program writes a bundle ({why}); nothing was imported",
            part=part,
            why=detail[:200],
        ) from exc
