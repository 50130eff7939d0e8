"""Merging a bundle's data into the database (called inside one unit of work)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from app.models import (
    Attendance,
    FocusArea,
    Legislation,
    Participant,
    Target,
    Tombstone,
    TrainingSession,
)
from app.services.audit import record
from app.services.bundles import KINDS, BundleRefused, BundleResult, _parse
from app.services.fields import normalise_person_key

EDITED = timedelta(seconds=1)
TABLES = {
    "participant": Participant,
    "legislation": Legislation,
    "training_session": TrainingSession,
    "campaign": KINDS["campaigns"][0],
    "attendance": Attendance,
    "target": Target,
}


def _edited(created: datetime | None, updated: datetime | None) -> bool:
    return bool(created and updated and updated - created > EDITED)


def _natural(session, model, values: dict[str, Any]):
    if model is Participant:
        key = normalise_person_key(
            values["full_name"], values.get("birth_year"), values.get("organisation") or ""
        )
        return session.scalar(select(Participant).where(Participant.match_key == key).limit(1))
    if hasattr(model, "code"):
        return session.scalar(
            select(model).where(func.lower(model.code) == values["code"].lower()).limit(1)
        )
    if model is Legislation and values.get("reference"):
        return session.scalar(
            select(Legislation).where(Legislation.reference == values["reference"]).limit(1)
        )
    return None


def _apply(obj, values: dict[str, Any], areas: dict[str, FocusArea], updated_at) -> None:
    for name, value in values.items():
        if name == "focus_areas":
            obj.focus_areas = sorted((areas[s] for s in value), key=lambda a: a.position)
        else:
            setattr(
                obj,
                name,
                value
                if value is not None
                or name in ("reference", "adopted_on", "in_force_on", "birth_year")
                else "",
            )
    if isinstance(obj, Participant):
        obj.match_key = normalise_person_key(obj.full_name, obj.birth_year, obj.organisation)
    obj.updated_at = updated_at


def _current(obj, names: list[str]) -> dict[str, Any]:
    out = {}
    for name in names:
        value = getattr(obj, name)
        out[name] = (
            [a.slug for a in value]
            if name == "focus_areas"
            else (list(value) if isinstance(value, list) else value)
        )
    return out


def _merge_kind(session, key: str, rows: list[dict], areas, result: BundleResult) -> None:
    model, names = KINDS[key]
    for row in rows:
        values = {n: _parse(n, row.get(n)) for n in names}
        for n in (
            "organisation",
            "position",
            "country",
            "email",
            "phone",
            "authority",
            "summary",
            "url",
            "location",
            "organiser",
            "format",
            "notes",
        ):
            if n in values and values[n] is None:
                values[n] = ""
        unknown = [s for s in values.get("focus_areas", []) if s not in areas]
        if unknown:
            raise BundleRefused(f"{key} {row['uuid']}: unknown focus area '{unknown[0]}'")
        updated = _parse("updated_at", row["updated_at"])
        created = _parse("created_at", row.get("created_at"))
        obj = session.scalar(select(model).where(model.uuid == row["uuid"]))
        if obj is None:
            obj = _natural(session, model, values)
            if obj is not None:  # the same person or session under another UUID
                session.info.setdefault("bundle_aliases", {})[row["uuid"]] = obj
        if obj is None:
            obj = model(uuid=row["uuid"], created_at=created or updated)
            _apply(obj, values, areas, updated)
            session.add(obj)
            session.flush()
            result.added += 1
            continue
        mine = _current(obj, names)
        if mine == values:
            result.unchanged += 1
            continue
        both_edited = _edited(obj.created_at, obj.updated_at) and _edited(created, updated)
        newer_is_theirs = updated > obj.updated_at
        if both_edited:
            label = values.get("title") or values.get("full_name") or row["uuid"]
            kept = "theirs" if newer_is_theirs else "ours"
            result.conflicts.append(f"{key}: {label} (kept the newer version: {kept})")
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
            _apply(obj, values, areas, updated)
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def _by_uuid(session, model, uuid: str):
    alias = session.info.get("bundle_aliases", {}).get(uuid)
    if alias is not None:
        return alias
    return session.scalar(select(model).where(model.uuid == uuid))


def _merge_attendance(session, rows: list[dict], result: BundleResult) -> None:
    for row in rows:
        training = _by_uuid(session, TrainingSession, row["training"])
        person = _by_uuid(session, Participant, row["participant"])
        if training is None or person is None:
            raise BundleRefused(
                f"attendance {row['uuid']}: its training or person is neither "
                "in the bundle nor in this database; nothing was imported"
            )
        day = _parse("day", row["day"])
        updated = _parse("updated_at", row["updated_at"])
        obj = session.scalar(
            select(Attendance).where(
                Attendance.training_id == training.id,
                Attendance.participant_id == person.id,
                Attendance.day == day,
            )
        )
        if obj is None:
            session.add(
                Attendance(
                    uuid=row["uuid"],
                    training_id=training.id,
                    participant_id=person.id,
                    day=day,
                    status=row["status"],
                    created_at=updated,
                    updated_at=updated,
                )
            )
            result.added += 1
        elif obj.status == row["status"]:
            result.unchanged += 1
        elif updated > obj.updated_at:
            obj.status = row["status"]
            obj.updated_at = updated
            result.updated += 1
        else:
            result.unchanged += 1


def _merge_targets(session, rows: list[dict], areas, result: BundleResult) -> None:
    for row in rows:
        area = areas.get(row["focus_area"])
        if area is None:
            raise BundleRefused(f"target {row['uuid']}: unknown focus area '{row['focus_area']}'")
        updated = _parse("updated_at", row["updated_at"])
        obj = _by_uuid(session, Target, row["uuid"]) or session.scalar(
            select(Target).where(
                Target.year == row["year"],
                Target.focus_area_id == area.id,
                Target.indicator == row["indicator"],
            )
        )
        if obj is None:
            session.add(
                Target(
                    uuid=row["uuid"],
                    year=row["year"],
                    focus_area_id=area.id,
                    indicator=row["indicator"],
                    target=row["target"],
                    created_at=updated,
                    updated_at=updated,
                )
            )
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
        deleted_at = _parse("deleted_at", row["deleted_at"])
        obj = _by_uuid(session, model, row["uuid"])
        if obj is not None:
            if obj.updated_at <= deleted_at:
                session.delete(obj)
                session.flush()
                result.deleted += 1
            else:
                result.conflicts.append(
                    f"{row['table']}: {obj.uuid} was deleted there but edited here later (kept)"
                )
        elif (
            session.scalar(select(Tombstone.id).where(Tombstone.record_uuid == row["uuid"])) is None
        ):
            session.add(
                Tombstone(record_table=row["table"], record_uuid=row["uuid"], deleted_at=deleted_at)
            )


def merge_data(session, data: dict[str, list], result: BundleResult) -> None:
    areas = {a.slug: a for a in session.scalars(select(FocusArea))}
    for key in ("participants", "legislation", "trainings", "campaigns"):
        _merge_kind(session, key, data.get(key, []), areas, result)
    _merge_attendance(session, data.get("attendance", []), result)
    _merge_targets(session, data.get("targets", []), areas, result)
    session.flush()
    _merge_tombstones(session, data.get("tombstones", []), result)
