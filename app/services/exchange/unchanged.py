"""The rows of a bundle this database already holds exactly (the same UUID, values and edit
counters), found in a read transaction before the write lock is taken and left out of the
merge: receiving a bundle again, or a laptop's bundle that repeats what was received before,
holds the write lock only for what is new.

Leaving them out is safe whatever happens between the two transactions: an edit or deletion
made here meanwhile has seen their version, so the merge would have kept ours anyway."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.models import Participant, Target, TrainingSession
from app.services.exchange.bundle_format import RECORD_PARTS, BundleResult
from app.services.exchange.deletions import TABLES, tombstones
from app.services.exchange.known_records import CHUNK
from app.services.exchange.merge import current_values
from app.services.exchange.row_merges import recorded_attendance


def _same_records(session, k, rows: list) -> set[str]:
    """The UUIDs of `rows` (bundle_checks.Row) held here with the same values and counters."""
    model, by_uuid = k.model, {row.uuid: row for row in rows}
    options = [selectinload(model.focus_areas)] if hasattr(model, "focus_areas") else []
    same: set[str] = set()
    ordered = sorted(by_uuid)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        for obj in session.scalars(select(model).where(model.uuid.in_(chunk)).options(*options)):
            row = by_uuid[obj.uuid]
            if (obj.version or {}) == row.version and current_values(k, obj) == row.values:
                same.add(obj.uuid)
        session.expunge_all()
    return same


def _ids(session, model, uuids: set[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    ordered = sorted(uuids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        ids.update(session.execute(select(model.uuid, model.id).where(model.uuid.in_(chunk))).all())
    return ids


def _same_attendance(session, rows: list[dict[str, Any]]) -> list[bool]:
    """For each attendance row of the bundle: held here with the same status and counters."""
    tids = _ids(session, TrainingSession, {r["training"] for r in rows})
    pids = _ids(session, Participant, {r["participant"] for r in rows})
    recorded = recorded_attendance(session, set(tids.values()))
    out = []
    for row in rows:
        found = recorded.get((tids.get(row["training"]), pids.get(row["participant"]), row["day"]))
        out.append(
            found is not None and found[1] == row["status"] and found[3] == row.get("version")
        )
    return out


def _known_deletions(session, rows: list[dict[str, Any]]) -> set[str]:
    """The UUIDs of the bundle's deletions already made here (a tombstone here, no record)."""
    uuids = {row["uuid"] for row in rows}
    known = set(tombstones(session, uuids))
    for table in {row["table"] for row in rows}:
        model = TABLES[table]
        named = sorted(row["uuid"] for row in rows if row["table"] == table)
        for start in range(0, len(named), CHUNK):
            chunk = named[start : start + CHUNK]
            known -= set(session.scalars(select(model.uuid).where(model.uuid.in_(chunk))))
    return known


def leave_out_unchanged(db, parts: dict[str, list], result: BundleResult) -> set[str]:
    """Take out of `parts` the records and attendance rows held here exactly, counting them
    unchanged in `result` (in a read transaction: no write lock). Returns the UUIDs of the
    records left out (the bundle holds them still: no other record of it is one of them)."""
    records_held: set[str] = set()
    with db.reading() as session:
        for k in RECORD_PARTS:
            rows = parts[k.bundle_part]
            same = _same_records(session, k, rows) if rows else set()
            records_held |= same
            if same:
                parts[k.bundle_part] = [row for row in rows if row.uuid not in same]
                result.count(k.bundle_part, "unchanged", len(same))
        rows = parts["attendance"]
        if rows:
            same_rows = _same_attendance(session, rows)
            kept = [row for row, same in zip(rows, same_rows, strict=True) if not same]
            if len(kept) < len(rows):
                result.count("attendance", "unchanged", len(rows) - len(kept))
                parts["attendance"] = kept
        rows = parts["targets"]
        if rows:
            held: dict[str, tuple] = {}
            named = sorted({r["uuid"] for r in rows})
            for start in range(0, len(named), CHUNK):
                chunk = named[start : start + CHUNK]
                for t in session.scalars(select(Target).where(Target.uuid.in_(chunk))):
                    held[t.uuid] = (t.target, t.version or {})
            kept = [r for r in rows if held.get(r["uuid"]) != (r["target"], r.get("version"))]
            if len(kept) < len(rows):
                result.count("targets", "unchanged", len(rows) - len(kept))
                parts["targets"] = kept
        rows = parts["tombstones"]
        done = _known_deletions(session, rows) if rows else set()
        if done:
            parts["tombstones"] = [row for row in rows if row["uuid"] not in done]
    return records_held
