"""Merging a bundle's data into the database (called inside one unit of work)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from app.models import Attendance, FocusArea, Participant, Target, Tombstone, TrainingSession
from app.models.kinds import BUNDLE_KINDS, KINDS, Kind
from app.services.exchange.bundle_format import (
    RECORD_PARTS,
    BundleRefused,
    BundleResult,
    kept_edited,
    kept_newer,
    parse_value,
    unknown_area,
)
from app.services.records import fields as f
from app.services.records.audit import record
from app.services.records.fields import clean_record, cross_field_problems, normalise_person_key
from app.services.spreadsheets.attendance_import import recorded_attendance
from app.storage.bulk import bulk_insert_columns

EDITED = timedelta(seconds=1)
TABLES = {k.table: k.model for k in KINDS.values()}  # a tombstone's table → model


def _edited(created: datetime | None, updated: datetime | None) -> bool:
    return bool(created and updated and updated - created > EDITED)


CHUNK = 500  # uuids or ids per IN (...) list


def _natural_key(k: Kind, values: dict[str, Any]) -> str | None:
    """The product.md natural key of a record: a person's match key, a code (case ignored), a
    reference (the kind's first natural key; the registry says which)."""
    if k.person_key:
        return normalise_person_key(
            values["full_name"], values.get("birth_year"), values.get("organisation") or ""
        )
    if not k.natural_keys or not values.get(k.natural_keys[0][0]):
        return None
    value = values[k.natural_keys[0][0]]
    return value.lower() if k.unique else value


class _Known:
    """The records of one kind that a bundle names, loaded a few hundred at a time (not one
    query a row), and the natural keys of the whole table, loaded at the first record the
    database does not know by its UUID."""

    def __init__(self, session, kind: Kind, uuids: set[str]):
        model = kind.model
        self.session, self.kind, self.model = session, kind, model
        self.by_uuid: dict[str, Any] = {}
        options = [selectinload(model.focus_areas)] if hasattr(model, "focus_areas") else []
        ordered = sorted(uuids)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            for obj in session.scalars(
                select(model).where(model.uuid.in_(chunk)).options(*options)
            ):
                self.by_uuid[obj.uuid] = obj
        self._stored: dict[str, int] | None = None  # natural key → id, as the table was
        self._added: dict[str, Any] = {}  # natural key → a record this bundle added

    def natural(self, values: dict[str, Any]):
        """The record with the same natural key (the same person or session under another
        UUID), if there is one."""
        key = _natural_key(self.kind, values)
        if key is None:
            return None
        if self._stored is None:
            self._stored = self._natural_keys()
        found = self._stored.get(key)
        if found is not None:
            return self.session.get(self.model, found)
        return self._added.get(key)

    def _natural_keys(self) -> dict[str, int]:
        k, model = self.kind, self.model
        keys: dict[str, int] = {}
        if k.person_key:
            stmt = select(model.match_key, model.id)
        elif k.natural_keys:
            stmt = select(getattr(model, k.natural_keys[0][0]), model.id)
        else:
            return {}
        for key, record_id in self.session.execute(stmt.order_by(model.id)):
            if key:
                keys.setdefault(key.lower() if k.unique else key, record_id)
        return keys

    def added(self, obj, values: dict[str, Any]) -> None:
        self.by_uuid[obj.uuid] = obj
        key = _natural_key(self.kind, values)
        if key is not None:
            self._added.setdefault(key, obj)


def _apply(k: Kind, obj, values: dict[str, Any], areas: dict[str, FocusArea], updated_at) -> None:
    for name, value in values.items():
        fld = k.field(name)
        if fld.type == f.AREAS:
            obj.focus_areas = sorted((areas[s] for s in value), key=lambda a: a.position)
        else:
            setattr(obj, name, value if value is not None or fld.nullable else "")
    if k.person_key:
        obj.match_key = normalise_person_key(obj.full_name, obj.birth_year, obj.organisation)
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


def _check(k: Kind, uuid: str, values: dict[str, Any], slugs: dict[str, str]) -> None:
    """A bundle's record obeys the same rules as one typed in or imported (a bundle made by
    hand, or by a faulty program, must not put a nameless person or a text year in the
    database)."""
    key = k.bundle_part
    problems = clean_record(k.fields, values, area_slugs=slugs)[1]
    problems += cross_field_problems(values)
    if problems:
        raise BundleRefused("{what} {uuid}: {problem}", what=key, uuid=uuid, problem=problems[0])


def _merge_kind(session, k: Kind, rows: list[dict], areas, result: BundleResult) -> _Known:
    model, key, names = k.model, k.bundle_part, [fld.name for fld in k.fields]
    texts = [  # an empty optional text is '' (a required one stays None: refused below)
        x.name
        for x in k.fields
        if x.type in (f.TEXT, f.LONGTEXT) and not x.nullable and not x.required
    ]
    area_fields = [x.name for x in k.fields if x.type == f.AREAS]
    slugs = {slug: slug for slug in areas}
    known = _Known(session, k, {row["uuid"] for row in rows})
    for row in rows:
        values = {n: parse_value(n, row.get(n)) for n in names}
        for n in texts:
            if values[n] is None:
                values[n] = ""
        unknown = [s for n in area_fields for s in values[n] if s not in areas]
        if unknown:
            raise unknown_area(key, row["uuid"], unknown[0])
        _check(k, row["uuid"], values, slugs)
        updated = parse_value("updated_at", row["updated_at"])
        created = parse_value("created_at", row.get("created_at"))
        obj = known.by_uuid.get(row["uuid"])
        if obj is None:
            obj = known.natural(values)
            if obj is not None:  # the same person or session under another UUID
                session.info.setdefault("bundle_aliases", {})[row["uuid"]] = obj
        if obj is None:
            obj = model(uuid=row["uuid"], created_at=created or updated)
            _apply(k, obj, values, areas, updated)
            session.add(obj)
            known.added(obj, values)
            result.added += 1
            continue
        mine = _current(k, obj)
        if mine == values:
            result.unchanged += 1
            continue
        both_edited = _edited(obj.created_at, obj.updated_at) and _edited(created, updated)
        newer_is_theirs = updated > obj.updated_at
        if both_edited:
            label = (k.title_field and values.get(k.title_field)) or row["uuid"]
            kept = "theirs" if newer_is_theirs else "ours"
            result.conflicts.append(kept_newer(key, label, newer_is_theirs))
            record(
                session,
                "conflict",
                obj.__tablename__,
                {
                    "ours": {
                        **{k: _plain(v) for k, v in mine.items()},
                        "updated_at": obj.updated_at.isoformat(),
                    },
                    "theirs": {
                        **{k: _plain(v) for k, v in values.items()},
                        "updated_at": updated.isoformat(),
                    },
                    "kept": kept,
                },
                record_uuid=obj.uuid,
                record_label=str(label)[:500],
            )
        if newer_is_theirs:
            _apply(k, obj, values, areas, updated)
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()
    return known


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def _by_uuid(session, model, uuid: str):
    alias = session.info.get("bundle_aliases", {}).get(uuid)
    if alias is not None:
        return alias
    return session.scalar(select(model).where(model.uuid == uuid))


def _ids(session, model, uuids: set[str], known: _Known) -> dict[str, int]:
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
    new: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        tid, pid = tids.get(row["training"]), pids.get(row["participant"])
        if tid is None or pid is None:
            raise BundleRefused(
                "attendance {uuid}: its training or person is neither "
                "in the bundle nor in this database; nothing was imported",
                uuid=row["uuid"],
            )
        slot = (tid, pid, parse_value("day", row["day"]))
        updated = parse_value("updated_at", row["updated_at"])
        found = existing.get(slot)
        if found is None:
            new[slot] = {"uuid": row["uuid"], "status": row["status"], "at": updated}
            existing[slot] = [None, row["status"], updated]
            result.added += 1
        elif found[1] == row["status"] or updated <= found[2]:
            result.unchanged += 1
        elif found[0] is None:  # a second row of the bundle for a slot it adds
            new[slot].update(status=row["status"], at=updated)
            found[1:] = [row["status"], updated]
            result.updated += 1
        else:
            obj = session.get(Attendance, found[0])
            obj.status, obj.updated_at = row["status"], updated
            found[1:] = [row["status"], updated]
            result.updated += 1
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


def _merge_targets(session, rows: list[dict], areas, result: BundleResult) -> None:
    if not rows:
        return
    targets = list(session.scalars(select(Target)))  # a few hundred at most: one per year,
    by_uuid = {t.uuid: t for t in targets}  # area and indicator
    by_key = {(t.year, t.focus_area_id, t.indicator): t for t in targets}
    for row in rows:
        area = areas.get(row["focus_area"])
        if area is None:
            raise unknown_area("target", row["uuid"], row["focus_area"])
        updated = parse_value("updated_at", row["updated_at"])
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
            result.added += 1
        elif obj.target == row["target"]:
            result.unchanged += 1
        elif updated > obj.updated_at:
            obj.target, obj.updated_at = row["target"], updated
            result.updated += 1
        else:
            result.unchanged += 1


def _merge_tombstones(session, rows: list[dict], result: BundleResult) -> None:
    for row in rows:
        model = TABLES.get(row["table"])
        if model is None:
            continue
        deleted_at = parse_value("deleted_at", row["deleted_at"])
        obj = _by_uuid(session, model, row["uuid"])
        if obj is not None:
            if obj.updated_at <= deleted_at:
                session.delete(obj)
                session.flush()
                result.deleted += 1
            else:
                result.conflicts.append(kept_edited(row["table"], obj.uuid))
        elif (
            session.scalar(select(Tombstone.id).where(Tombstone.record_uuid == row["uuid"])) is None
        ):
            session.add(
                Tombstone(record_table=row["table"], record_uuid=row["uuid"], deleted_at=deleted_at)
            )


def merge_data(session, data: dict[str, list], result: BundleResult) -> None:
    """Merge every kind in turn. A bundle whose checksum is right but whose data is not what
    this program writes (made by hand, or by a faulty program) is refused, naming the part
    that is wrong; the unit of work then rolls back whole."""
    areas = {a.slug: a for a in session.scalars(select(FocusArea))}
    known = {}
    with _malformed("the bundle"):
        parts = {key: data.get(key) or [] for key in PARTS}
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
        _merge_tombstones(session, parts["tombstones"], result)


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
