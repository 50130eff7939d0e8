"""Deletions in a bundle (tombstones) merged, and whether a deletion here saw a bundle's
version of a record: a deletion deletes only what it saw."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select

from app.models import Attendance, Tombstone
from app.models.kinds import KINDS
from app.services.exchange.bundle_checks import Row
from app.services.exchange.bundle_format import (
    BundleResult,
    Conflict,
    deleted_as_chosen,
    kept_edited,
)
from app.services.exchange.known_records import CHUNK
from app.services.exchange.versions import Order, compare

TABLES = {k.table: k.model for k in KINDS.values()}  # a tombstone's table → model
ATTENDANCE_COLUMN = {k.table: k.attendance_column for k in KINDS.values() if k.attendance_column}
KINDS_OF_TABLE = {k.table: k for k in KINDS.values()}
PART_OF_TABLE = {k.table: k.bundle_part or k.name for k in KINDS.values()}


def tombstones(session, uuids: set[str]) -> dict[str, Tombstone]:
    """The tombstones of this database among `uuids` (records deleted here)."""
    ordered, out = sorted(uuids), {}
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        for tomb in session.scalars(select(Tombstone).where(Tombstone.record_uuid.in_(chunk))):
            out[tomb.record_uuid] = tomb
    return out


def deletion_saw(tomb: Tombstone, row: Row) -> bool:
    """Whether the deletion here came after the bundle's version of the record."""
    order = compare(tomb.version, row.version)
    if order == Order.UNKNOWN:
        return tomb.deleted_at >= row.updated_at
    return order in (Order.OURS, Order.SAME)


def _by_uuid(session, model, uuid: str):
    alias = session.info.get("bundle_aliases", {}).get(uuid)
    if alias is not None:
        return alias
    return session.scalar(select(model).where(model.uuid == uuid))


def merge_tombstones(
    session, rows: list[dict], result: BundleResult, theirs: Collection[str] = ()
) -> None:
    """Delete what each deletion saw; a deletion of a record edited here since is a conflict:
    kept, unless the coordinator chose theirs (`theirs`: UUIDs), then deleted (recoverable
    from the recycle bin)."""
    for row in rows:
        model = TABLES.get(row["table"])
        if model is None:
            continue
        deleted_at = row["deleted_at"]
        obj = _by_uuid(session, model, row["uuid"])
        if obj is not None:
            order = compare(obj.version, row["version"])
            if order == Order.UNKNOWN:  # neither has counters: by the clocks
                seen = obj.updated_at <= deleted_at
            else:  # the deletion saw our last edit
                seen = order in (Order.THEIRS, Order.SAME) and bool(row["version"])
            label = str(
                getattr(obj, KINDS_OF_TABLE[row["table"]].title_field or "uuid", "") or obj.uuid
            )
            if not seen:
                take = row["uuid"] in theirs
                result.choices.append(
                    Conflict(PART_OF_TABLE[row["table"]], row["uuid"], label, {}, {}, take, True)
                )
                result.conflicts.append(
                    deleted_as_chosen(PART_OF_TABLE[row["table"]], obj.uuid)
                    if take
                    else kept_edited(PART_OF_TABLE[row["table"]], obj.uuid)
                )
            if seen or row["uuid"] in theirs:
                column = ATTENDANCE_COLUMN.get(row["table"])
                if column is not None:  # the attendance that goes with it, counted
                    n = session.scalar(
                        select(func.count()).where(getattr(Attendance, column) == obj.id)
                    )
                    result.cascaded += int(n or 0)
                    result.count("attendance", "deleted", int(n or 0), total=False)
                session.delete(obj)
                session.flush()
                result.count(PART_OF_TABLE[row["table"]], "deleted")
        elif (
            session.scalar(select(Tombstone.id).where(Tombstone.record_uuid == row["uuid"])) is None
        ):
            session.add(
                Tombstone(
                    record_table=row["table"],
                    record_uuid=row["uuid"],
                    deleted_at=deleted_at,
                    version=row["version"],
                )
            )
