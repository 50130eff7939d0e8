"""Exchange bundles between offline workstations (a trainer's laptop and the coordinator's PC).

A bundle is a zip with data.json (records with their UUIDs and updated timestamps, deletions as
tombstones) and manifest.json (format, schema version, workstation id, a SHA-256 of data.json).
Importing merges it in one unit of work: new records are added, the newer edit wins, both
versions of a conflict are kept in the audit trail and listed; people are matched by the
product.md rule, trainings and campaigns by code. Importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
import zipfile
from collections.abc import Collection
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import __version__
from app.errors import GpastError, os_reason
from app.models import (
    Attendance,
    FocusArea,
    Participant,
    Setting,
    Target,
    Tombstone,
    TrainingSession,
)
from app.models.kinds import Kind
from app.services.access import Action, require
from app.services.exchange.bundle_format import (
    AREA_FIELDS,
    FORMAT,
    KINDS,
    RECORD_PARTS,
    BundleResult,
)
from app.services.exchange.bundle_format import BundleRefused as BundleRefused  # re-exported
from app.services.exchange.bundle_reading import (
    MAX_DATA,
    check_checksum,
    read_data,
    read_manifest,
)
from app.services.exchange.identity import Identity, own_identity
from app.services.exchange.known_records import kept_apart
from app.services.exchange.merge import merge_data
from app.services.exchange.signing import (
    SIGNATURE,
    UNSIGNED,
    signature_of,
    signed_by,
    unknown,
)
from app.services.exchange.trust import accept, is_trusted
from app.services.exchange.unchanged import leave_out_unchanged
from app.services.records.audit import record
from app.services.unit_of_work import Database
from app.storage.files import private
from app.storage.migrate import head_revision


def workstation_id(db: Database) -> str:
    with db.writing() as session:
        row = session.get(Setting, "workstation_id")
        if row is None:
            row = Setting(key="workstation_id", value=str(uuidlib.uuid4()))
            session.add(row)
        return row.value


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _record(k: Kind, obj: Any, names: list[str]) -> dict[str, Any]:
    out = {
        "uuid": obj.uuid,
        "created_at": _json(obj.created_at),
        "updated_at": _json(obj.updated_at),
        "version": obj.version or {},
    }
    for name in names:
        value = [a.slug for a in obj.focus_areas] if name in AREA_FIELDS else getattr(obj, name)
        out[name] = _json(list(value) if isinstance(value, list) else value)
    if kept_apart(k, obj):  # read by 0.1.x programs after 2026-11-24; ignored by older ones
        out["apart"] = True
    return out


def export_bundle(
    db: Database, path: str | Path, since: date | None = None, identity: Identity | None = None
) -> dict[str, int]:
    """Write the records (and deletions) changed since `since` to a bundle signed with this
    installation's key (`identity`, for tests: another workstation's)."""
    require(db, Action.BUNDLES)
    identity = identity or own_identity()
    cutoff = datetime.combine(since, datetime.min.time()) if since else datetime.min
    data: dict[str, list] = {}
    with db.reading() as session:
        for k in RECORD_PARTS:
            model, names = KINDS[k.bundle_part]
            stmt = select(model).where(model.updated_at >= cutoff)
            if hasattr(model, "focus_areas"):  # in one more query, not one a record
                stmt = stmt.options(selectinload(model.focus_areas))
            data[k.bundle_part] = [_record(k, o, names) for o in session.scalars(stmt)]
        data["attendance"] = [
            {
                "uuid": uuid,
                "training": t_uuid,
                "participant": p_uuid,
                "day": day.isoformat(),
                "status": status,
                "updated_at": _json(updated_at),
                "version": version or {},
            }
            for uuid, t_uuid, p_uuid, day, status, updated_at, version in session.execute(
                select(
                    Attendance.uuid,
                    TrainingSession.uuid,
                    Participant.uuid,
                    Attendance.day,
                    Attendance.status,
                    Attendance.updated_at,
                    Attendance.version,
                )
                .join(TrainingSession, TrainingSession.id == Attendance.training_id)
                .join(Participant, Participant.id == Attendance.participant_id)
                .where(Attendance.updated_at >= cutoff)
            )
        ]
        data["targets"] = [
            {
                "uuid": t.uuid,
                "year": t.year,
                "focus_area": slug,
                "indicator": t.indicator,
                "target": t.target,
                "updated_at": _json(t.updated_at),
                "version": t.version or {},
            }
            for t, slug in session.execute(
                select(Target, FocusArea.slug)
                .join(FocusArea, FocusArea.id == Target.focus_area_id)
                .where(Target.updated_at >= cutoff)
            )
        ]
        data["tombstones"] = [
            {
                "table": t.record_table,
                "uuid": t.record_uuid,
                "deleted_at": _json(t.deleted_at),
                "version": t.version or {},
            }
            for t in session.scalars(select(Tombstone).where(Tombstone.deleted_at >= cutoff))
        ]
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    counts = {k: len(v) for k, v in data.items()}
    manifest = {
        "format": FORMAT,
        "schema": head_revision(),
        "program": __version__,
        "workstation": workstation_id(db),
        "made_at": datetime.now().isoformat(),
        "since": since.isoformat() if since else None,
        "sha256": hashlib.sha256(payload).hexdigest(),
        "counts": counts,
        **signed_by(identity),
    }
    manifest_bytes = json.dumps(manifest, indent=2).encode("utf-8")
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", manifest_bytes)
            zf.writestr("data.json", payload)
            zf.writestr(SIGNATURE, signature_of(identity, manifest_bytes))
        private(partial)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise GpastError(
            "{file}: cannot be written ({why})", file=path, why=os_reason(exc)
        ) from exc
    return counts


class _NothingChanged(Exception):
    """Ends a dry run's unit of work: it rolls back."""


def import_bundle(
    db: Database,
    path: str | Path,
    *,
    dry_run: bool = False,
    trust: bool = False,
    identity: Identity | None = None,
    theirs: Collection[str] = (),
) -> BundleResult:
    """Merge the bundle at `path`; with `dry_run`, only say what it would do (per kind, and
    the conflicts) and change nothing. A bundle from a workstation not accepted here is
    refused (UnknownWorkstation) unless `trust`: then its workstation is accepted from now on
    (a dry run accepts nothing). A conflict keeps our version unless its record's UUID is in
    `theirs` (the coordinator chose theirs, after a dry run listed `result.choices`)."""
    require(db, Action.BUNDLES)

    manifest, who = read_manifest(path, identity or own_identity(), MAX_DATA)
    with db.reading() as session:
        slugs = {slug.lower(): slug for slug in session.scalars(select(FocusArea.slug))}
        known = who.own or (who.fingerprint != UNSIGNED and is_trusted(session, who.fingerprint))
    if not known and not trust:
        check_checksum(path, manifest)  # a damaged file is said to be damaged first
        raise unknown(Path(path), who)
    # every value checked, a record at a time, before the write lock is taken
    parts = read_data(path, manifest, slugs)
    result = BundleResult(dry_run=dry_run)
    held = leave_out_unchanged(db, parts, result)  # what is held here already: before the lock
    if not any(parts.values()) and (known or who.fingerprint == UNSIGNED):
        return result  # nothing to change: the write lock is never taken
    try:
        with db.writing(serialised=True) as session:
            merge_data(session, parts, result, theirs, held)
            if dry_run:
                raise _NothingChanged
            if not known and who.fingerprint != UNSIGNED:
                accept(session, who.name, who.fingerprint)
            if result.added or result.updated or result.deleted or result.conflicts:
                record(
                    session,
                    "bundle",
                    "bundle",
                    {
                        "file": Path(path).name,
                        "workstation": who.name,
                        "fingerprint": who.fingerprint,
                        "added": result.added,
                        "updated": result.updated,
                        "deleted": result.deleted,
                        "attendance_deleted_with_them": result.cascaded,
                        "conflicts": [str(c) for c in result.conflicts],
                    },
                )
    except _NothingChanged:
        pass
    return result
