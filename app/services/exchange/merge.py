"""Merging a bundle's data into the database (called inside one unit of work)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app.errors import ValidationError
from app.models import Attendance, FocusArea, Participant, Target, TrainingSession
from app.models.kinds import BUNDLE_KINDS, Kind
from app.services.attendance.person_keys import set_person_key
from app.services.attendance.recording import attended_days_outside
from app.services.exchange.bundle_checks import Row, refused
from app.services.exchange.bundle_format import (
    RECORD_PARTS,
    BundleRefused,
    BundleResult,
    brought_back,
    kept_attendance,
    kept_newer,
    kept_ours,
)
from app.services.exchange.deletions import TABLES as TABLES  # re-exported: table → model
from app.services.exchange.deletions import deletion_saw, merge_tombstones, tombstones
from app.services.exchange.known_records import CHUNK, KnownRecords
from app.services.exchange.versions import Order, compare, joined
from app.services.records import fields as f
from app.services.records.audit import record
from app.services.records.fields import normalise_person_key
from app.services.spreadsheets.attendance_import import recorded_attendance
from app.storage.bulk import bulk_insert_columns

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
    if k.person_key:
        if obj.id is None:  # new: KnownRecords found nobody with its key, here or in the bundle
            obj.match_key = normalise_person_key(obj.full_name, obj.birth_year, obj.organisation)
        else:
            set_person_key(session, obj)
    obj.updated_at = updated_at


def _current(k: Kind, obj) -> dict[str, Any]:
    out = {}
    for fld in k.fields:
        value = getattr(obj, fld.name)
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


def _merge_kind(session, k: Kind, rows: list[Row], areas, result: BundleResult) -> KnownRecords:
    model, key = k.model, k.bundle_part
    known = KnownRecords(session, k, {row.uuid for row in rows})
    deleted_here = tombstones(session, {r.uuid for r in rows} - known.by_uuid.keys())
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
        if obj is None:
            obj = known.natural(values)
            if obj is not None:  # the same person or session under another UUID
                if k.unique and _current(k, obj) != values:
                    raise _code_taken(k, row, obj)
                session.info.setdefault("bundle_aliases", {})[row.uuid] = obj
        if obj is None:
            obj = model(uuid=row.uuid, created_at=created or updated)
            _apply(session, k, obj, values, areas, updated)
            obj.version = dict(row.version)
            session.add(obj)
            known.added(obj, values)
            result.count(key, "added")
            continue
        mine = _current(k, obj)
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
            result.conflicts.append(kept_ours(key, label))
            _record_conflict(session, obj, label, mine, values, updated, "ours")
            obj.version = joined(obj.version, row.version)
            result.count(key, "unchanged")
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
            obj.version = joined(obj.version, row.version)
            result.count(key, "updated")
        else:
            result.count(key, "unchanged")
    session.flush()
    return known


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


def _ids(session, model, uuids: set[str], known: KnownRecords) -> dict[str, int]:
    """uuid → id of the records attendance rows point to: merged from the bundle (perhaps
    under another UUID) or already in the database."""
    aliases = session.info.get("bundle_aliases", {})
    ids, unknown = {}, []
    for uuid in uuids:
        obj = aliases.get(uuid) or known.by_uuid.get(uuid)
        if obj is not None:
            ids[uuid] = obj.id
        else:
            unknown.append(uuid)
    for start in range(0, len(unknown), CHUNK):
        chunk = unknown[start : start + CHUNK]
        ids.update(session.execute(select(model.uuid, model.id).where(model.uuid.in_(chunk))).all())
    return ids


def _merge_attendance(session, rows: list[dict], known, result: BundleResult) -> None:
    """Attendance is matched by training, person and day; new rows are written in bulk (the
    bundle's own audit entry counts them), changed ones through the session (audited)."""
    if not rows:
        return
    session.flush()  # the trainings and people just added get their ids
    tids = _ids(session, TrainingSession, {r["training"] for r in rows}, known["trainings"])
    pids = _ids(session, Participant, {r["participant"] for r in rows}, known["participants"])
    existing = recorded_attendance(session, set(tids.values()))  # → [id, status, updated_at]
    dates = _session_dates(session, set(tids.values()))
    deleted_here = session.info.get("bundle_deleted_here", set())
    new: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        tid, pid = tids.get(row["training"]), pids.get(row["participant"])
        if deleted_here & {row["training"], row["participant"]}:  # went with the deletion
            result.count("attendance", "unchanged")
            continue
        if tid is None or pid is None:
            raise BundleRefused(
                "attendance {uuid}: its training or person is neither "
                "in the bundle nor in this database; nothing was imported",
                uuid=row["uuid"],
            )
        code, first, last = dates[tid]
        if not first <= row["day"] <= last:
            raise refused(
                "attendance",
                row["uuid"],
                ValidationError(
                    "day",
                    "{value} is not a day of {what} ({start} – {end})",
                    value=row["day"].isoformat(),
                    what=code,
                    start=first.isoformat(),
                    end=last.isoformat(),
                ),
            )
        slot = (tid, pid, row["day"])
        updated = row["updated_at"]
        found = existing.get(slot)
        if found is None:
            new[slot] = {"uuid": row["uuid"], "status": row["status"], "at": updated}
            existing[slot] = [None, row["status"], updated]
            result.count("attendance", "added")
        elif found[1] == row["status"] or updated <= found[2]:
            result.count("attendance", "unchanged")
        elif found[0] is None:  # a second row of the bundle for a slot it adds
            new[slot].update(status=row["status"], at=updated)
            found[1:] = [row["status"], updated]
            result.count("attendance", "updated")
        else:
            obj = session.get(Attendance, found[0])
            obj.status, obj.updated_at = row["status"], updated
            found[1:] = [row["status"], updated]
            result.count("attendance", "updated")
    if new:
        slots, values = list(new), list(new.values())
        bulk_insert_columns(
            session,
            Attendance.__table__,
            {
                "uuid": [v["uuid"] for v in values],
                "training_id": [s[0] for s in slots],
                "participant_id": [s[1] for s in slots],
                "day": [s[2] for s in slots],
                "status": [v["status"] for v in values],
                "created_at": [v["at"] for v in values],
                "updated_at": [v["at"] for v in values],
            },
        )


def _session_dates(session, ids: set[int]) -> dict[int, tuple[str, date, date]]:
    """id → (code, first day, last day) of the sessions attendance rows point to."""
    out: dict[int, tuple[str, date, date]] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        for tid, code, first, last in session.execute(
            select(
                TrainingSession.id,
                TrainingSession.code,
                TrainingSession.start_date,
                TrainingSession.end_date,
            ).where(TrainingSession.id.in_(ordered[start : start + CHUNK]))
        ):
            out[tid] = (code, first, last)
    return out


def _merge_targets(session, rows: list[dict], areas, result: BundleResult) -> None:
    if not rows:
        return
    targets = list(session.scalars(select(Target)))  # a few hundred at most: one per year,
    by_uuid = {t.uuid: t for t in targets}  # area and indicator
    by_key = {(t.year, t.focus_area_id, t.indicator): t for t in targets}
    for row in rows:
        area = areas[row["focus_area"]]  # checked before the merge
        updated = row["updated_at"]
        key = (row["year"], area.id, row["indicator"])
        obj = by_uuid.get(row["uuid"]) or by_key.get(key)
        if obj is None:
            obj = Target(
                uuid=row["uuid"],
                year=row["year"],
                focus_area_id=area.id,
                indicator=row["indicator"],
                target=row["target"],
                created_at=updated,
                updated_at=updated,
            )
            session.add(obj)
            by_uuid[obj.uuid] = by_key[key] = obj
            result.count("targets", "added")
        elif obj.target == row["target"]:
            result.count("targets", "unchanged")
        elif updated > obj.updated_at:
            obj.target, obj.updated_at = row["target"], updated
            result.count("targets", "updated")
        else:
            result.count("targets", "unchanged")


def merge_data(session, parts: dict[str, list], result: BundleResult) -> None:
    """Merge every kind in turn; `parts` are the bundle's data as bundle_checks.check_data
    returns it (every value checked). What only the database can tell (a training or person
    that is nowhere, a day outside its session) refuses the bundle, naming the part; the unit
    of work then rolls back whole."""
    areas = {a.slug: a for a in session.scalars(select(FocusArea))}
    known = {}
    for k in RECORD_PARTS:
        key = k.bundle_part
        with _malformed(key):
            known[key] = _merge_kind(session, k, parts[key], areas, result)
    with _malformed("attendance"):
        _merge_attendance(session, parts["attendance"], known, result)
    with _malformed("targets"):
        _merge_targets(session, parts["targets"], areas, result)
        session.flush()
    with _malformed("tombstones"):
        merge_tombstones(session, parts["tombstones"], result)


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
