"""A bundle's attendance and targets merged (inside the bundle's unit of work). Like records,
which edit wins is decided by the edit counters each row carries (versions), not by clocks:
a row changed here after the sending workstation last saw it keeps our value (a conflict,
listed and audited), so a bundle received again, or from a laptop whose clock is wrong, never
reverts a correction made here. Rows without counters on both sides (bundles of the previous
format, rows imported in bulk) fall back to the newer time."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select, update

from app.errors import Message, ValidationError
from app.models import Attendance, Participant, Target, TrainingSession
from app.services.exchange.bundle_checks import refused
from app.services.exchange.bundle_format import BundleRefused, BundleResult
from app.services.exchange.known_records import CHUNK, KnownRecords
from app.services.exchange.versions import Order, compare, joined
from app.services.records.audit import record
from app.storage.bulk import bulk_insert_columns

NONE: dict[str, int] = {}  # no edit counters (never changed: shared by the rows without)


def _ids(session, model, uuids: set[str], known: KnownRecords) -> dict[str, int]:
    """uuid → id of the records attendance rows point to: merged from the bundle (perhaps
    under another UUID) or already in the database."""
    aliases = session.info.get("bundle_aliases", {})
    ids, unknown = {}, []
    for uuid in uuids:
        obj = aliases.get(uuid) or known.by_uuid.get(uuid)
        if obj is not None:
            ids[uuid] = obj.id
        elif uuid in known.new_ids:
            ids[uuid] = known.new_ids[uuid]
        else:
            unknown.append(uuid)
    for start in range(0, len(unknown), CHUNK):
        chunk = unknown[start : start + CHUNK]
        ids.update(session.execute(select(model.uuid, model.id).where(model.uuid.in_(chunk))).all())
    return ids


def theirs_wins(ours: dict | None, theirs: dict, ours_at, theirs_at) -> Order:
    """THEIRS when their edit saw ours; OURS (or SAME) when ours saw theirs; CONCURRENT when
    neither saw the other (a conflict: ours kept); by the clocks only when neither has
    counters."""
    order = compare(ours, theirs)
    if order == Order.UNKNOWN:
        return Order.THEIRS if theirs_at > ours_at else Order.OURS
    if order == Order.OURS and not theirs:  # the previous format, against an edit here
        return Order.CONCURRENT
    return order


def _conflict_kept_ours(session, table: str, uuid: str, label: str, ours, theirs) -> Message:
    record(
        session,
        "conflict",
        table,
        {"ours": ours, "theirs": theirs, "kept": "ours"},
        record_uuid=uuid,
        record_label=label[:500],
    )
    return Message(
        "{what}: {label} was changed here after the other workstation last saw it "
        "(kept ours; theirs is in the audit trail)",
        what=table,
        label=label,
    )


def recorded_attendance(session, training_ids: set[int]) -> dict[tuple, list]:
    """(training, person, day) → [id, status, updated_at, version, uuid] of the attendance
    recorded for these trainings, 500 trainings at a time."""
    recorded: dict[tuple, list] = {}
    ordered = sorted(training_ids)
    a = Attendance
    for start in range(0, len(ordered), CHUNK):
        for aid, tid, pid, day, status, updated_at, version, uuid in session.execute(
            select(
                a.id, a.training_id, a.participant_id, a.day, a.status, a.updated_at, a.version,
                a.uuid,
            ).where(a.training_id.in_(ordered[start : start + CHUNK]))
        ):  # fmt: skip
            recorded[(tid, pid, day)] = [aid, status, updated_at, version, uuid]
    return recorded


def merge_attendance(session, rows: list[dict], known, result: BundleResult) -> None:
    """Attendance is matched by training, person and day; new rows are written in bulk (the
    bundle's own audit entry counts them), changed ones through the session (audited)."""
    if not rows:
        return
    session.flush()  # the trainings and people just added get their ids
    tids = _ids(session, TrainingSession, {r["training"] for r in rows}, known["trainings"])
    pids = _ids(session, Participant, {r["participant"] for r in rows}, known["participants"])
    existing = recorded_attendance(session, set(tids.values()))
    dates = _session_dates(session, set(tids.values()))
    deleted_here = session.info.get("bundle_deleted_here", set())
    new: dict[tuple, dict[str, Any]] = {}
    seen: list[dict[str, Any]] = []  # unchanged rows whose version now includes theirs
    counted = dict.fromkeys(("added", "updated", "unchanged"), 0)
    for row in rows:
        tid, pid = tids.get(row["training"]), pids.get(row["participant"])
        if deleted_here & {row["training"], row["participant"]}:  # went with the deletion
            counted["unchanged"] += 1
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
        updated, version = row["updated_at"], row.get("version", NONE)
        found = existing.get(slot)
        if found is None:
            new[slot] = {"uuid": row["uuid"], "status": row["status"], "at": updated, "v": version}
            existing[slot] = [None, row["status"], updated, version, row["uuid"]]
            counted["added"] += 1
            continue
        if found[0] is None:  # a second row of the bundle for a slot it adds
            if row["status"] != found[1]:
                new[slot].update(status=row["status"], at=updated, v=version)
                found[1:4] = [row["status"], updated, version]
                counted["updated"] += 1
            else:
                counted["unchanged"] += 1
            continue
        if found[1] == row["status"] and found[3] == version:  # the same row: most of them
            counted["unchanged"] += 1
            continue
        order = theirs_wins(found[3], version, found[2], updated)
        if found[1] == row["status"] or order in (Order.OURS, Order.SAME):
            counted["unchanged"] += 1
            if order in (Order.THEIRS, Order.CONCURRENT):  # theirs seen now
                found[3] = joined(found[3], version)
                seen.append({"id": found[0], "version": found[3]})
            continue
        obj = session.get(Attendance, found[0])
        if order == Order.CONCURRENT:
            label = f"{code} {row['day'].isoformat()}"
            result.conflicts.append(
                _conflict_kept_ours(session, "attendance", found[4], label, found[1], row["status"])
            )
            obj.version = found[3] = joined(found[3], version)
            counted["unchanged"] += 1
            continue
        obj.status, obj.updated_at = row["status"], updated
        obj.version = joined(found[3], version)
        found[1:4] = [row["status"], updated, obj.version]
        counted["updated"] += 1
    for what, n in counted.items():
        if n:
            result.count("attendance", what, n)
    if seen:
        session.flush()
        session.execute(update(Attendance), seen)
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
                "version": [v["v"] for v in values],
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


def merge_targets(session, rows: list[dict], areas, result: BundleResult) -> None:
    if not rows:
        return
    targets = list(session.scalars(select(Target)))  # a few hundred at most: one per year,
    by_uuid = {t.uuid: t for t in targets}  # area and indicator
    by_key = {(t.year, t.focus_area_id, t.indicator): t for t in targets}
    for row in rows:
        area = areas[row["focus_area"]]  # checked before the merge
        updated, version = row["updated_at"], row.get("version", NONE)
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
                version=dict(version),
            )
            session.add(obj)
            by_uuid[obj.uuid] = by_key[key] = obj
            result.count("targets", "added")
            continue
        order = theirs_wins(obj.version, version, obj.updated_at, updated)
        if obj.target == row["target"] or order in (Order.OURS, Order.SAME):
            if order in (Order.THEIRS, Order.CONCURRENT):
                obj.version = joined(obj.version, version)
            result.count("targets", "unchanged")
        elif order == Order.CONCURRENT:
            label = f"{row['year']} {row['focus_area']} {row['indicator']}"
            result.conflicts.append(
                _conflict_kept_ours(session, "targets", obj.uuid, label, obj.target, row["target"])
            )
            obj.version = joined(obj.version, version)
            result.count("targets", "unchanged")
        else:
            obj.target, obj.updated_at = row["target"], updated
            obj.version = joined(obj.version, version)
            result.count("targets", "updated")
