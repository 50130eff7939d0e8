"""The audit trail: every create, update and delete made through a unit of work is recorded
(when, who, which record, which fields from what to what) by a listener on the sessions that
Database.writing() makes; bulk work (imports, merges, bundles) adds one entry of its own."""

from __future__ import annotations

import csv
import getpass
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from app.models import Attendance, AuditEntry, FocusArea, Setting, Target, Tombstone, utcnow
from app.models.kinds import KINDS
from app.models.kinds import TABLE_OF_KIND as TABLE_OF_KIND  # re-exported: kind → audit name
from app.services.exchange.versions import bumped, count_edits
from app.services.records.legislation_keys import set_keys
from app.services.recycle_bin.keeping import keep_deleted
from app.services.spreadsheets.exporting import csv_text
from app.services.unit_of_work import WriteHooks
from app.storage.server_roles import server_identity

AUDITED = tuple(k.model for k in KINDS.values())  # every kind of the registry
SKIPPED = {"id", "created_at", "updated_at", "match_key", "version"}


def current_user(session: Session) -> str:
    name = session.scalar(select(Setting.value).where(Setting.key == "user_name"))
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return ""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, FocusArea):
        return value.slug
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


TITLE_OF_TABLE = {k.table: k.title_field for k in KINDS.values() if k.title_field}


def label(obj: Any) -> str:
    name = TITLE_OF_TABLE.get(obj.__tablename__)
    if name and getattr(obj, name, None):
        return str(getattr(obj, name))[:500]
    if isinstance(obj, Target):
        return f"{obj.year} {obj.indicator}"
    if isinstance(obj, Attendance):
        return f"{obj.day} {obj.status}"
    return ""


def _fields(obj: Any) -> list[str]:
    mapper = inspect(obj).mapper
    names = [a.key for a in mapper.column_attrs if a.key not in SKIPPED]
    if "focus_areas" in mapper.relationships:
        names.append("focus_areas")
    return names


def _changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    out = {}
    for name in _fields(obj):
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        old: Any  # the value before and after, as it is written into the audit log
        new: Any
        if name == "focus_areas":
            old = sorted(_plain(a) for a in [*history.unchanged, *history.deleted])
            new = sorted(_plain(a) for a in [*history.unchanged, *history.added])
        else:
            old = _plain(history.deleted[0]) if history.deleted else None
            new = _plain(history.added[0]) if history.added else None
        if old != new:
            out[name] = [old, new]
    return out


def _entry(session: Session, action: str, obj: Any, changes: dict) -> dict[str, Any]:
    return {
        "at": _now(session),
        "user": session.info.get("user", ""),
        "action": action,
        "record_table": obj.__tablename__,
        "record_uuid": obj.uuid,
        # e.g. " (from scan)": where the unit of work's changes came from
        "record_label": (label(obj) + session.info.get("audit_note", ""))[:500],
        "changes": changes,
    }


def _pending(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    return session.info.setdefault("audit", {})


def _merge(session: Session, entry: dict[str, Any]) -> None:
    """One entry per record and unit of work, however many flushes it took."""
    pending = _pending(session)
    key = (entry["record_table"], entry["record_uuid"])
    earlier = pending.get(key)
    if earlier is None or entry["action"] == "delete":
        if earlier is not None and earlier["action"] == "create":
            del pending[key]  # created and deleted in the same unit of work: nothing to keep
            return
        pending[key] = entry
        return
    for name, (old, new) in entry["changes"].items():
        first = earlier["changes"].get(name, [old, new])[0]
        earlier["changes"][name] = [first, new]
    earlier["record_label"] = entry["record_label"]


def _after_flush(session: Session, _context) -> None:
    tombs = []
    for obj in session.new:
        if isinstance(obj, AUDITED):
            values = {n: [None, _plain(getattr(obj, n))] for n in _fields(obj)}
            _merge(session, _entry(session, "create", obj, values))
    for obj in session.dirty:
        if isinstance(obj, AUDITED) and session.is_modified(obj):
            changes = _changes(obj)
            if changes:
                _merge(session, _entry(session, "update", obj, changes))
    for obj in session.deleted:
        if isinstance(obj, AUDITED):
            content = session.info.get("deleted", {}).get(obj.uuid)
            values = content["values"] if content else {}
            changes = {n: [v, None] for n, v in values.items() if n not in GONE_SKIPPED}
            _merge(session, _entry(session, "delete", obj, changes))
            for row in content["attendance"] if content else []:
                _merge(session, _gone_with(session, row, label(obj)))
            tombs.append(
                {
                    "record_table": obj.__tablename__,
                    "record_uuid": obj.uuid,
                    "deleted_at": _now(session),
                    "content": content,
                    "version": bumped(session, obj.version),
                }
            )
    if tombs:
        session.connection().execute(insert(Tombstone), tombs)


GONE_SKIPPED = {"uuid", "created_at", "updated_at"}


def _gone_with(session: Session, row: dict[str, Any], owner: str) -> dict[str, Any]:
    """The audit entry of an attendance row deleted with its session or person."""
    return {
        "at": _now(session),
        "user": session.info.get("user", ""),
        "action": "delete",
        "record_table": "attendance",
        "record_uuid": row["uuid"],
        "record_label": f"{row['day']} {row['status']} ({owner})"[:500],
        "changes": {n: [row[n], None] for n in ("training", "participant", "day", "status")},
    }


def write_pending(session: Session) -> None:
    """Called by the unit of work just before it commits."""
    session.flush()
    pending = session.info.pop("audit", {})
    rows = [e for e in pending.values() if e["action"] != "update" or e["changes"]]
    for e in rows:
        e["changes"] = (
            {n: v for n, v in e["changes"].items() if v[0] != v[1]}
            if e["action"] == "update"
            else e["changes"]
        )
    rows = [e for e in rows if e["action"] != "update" or e["changes"]]
    if rows:
        session.execute(insert(AuditEntry), rows)


def install(session_factory) -> None:
    """Record the changes of every session this factory makes."""
    event.listen(session_factory, "before_flush", set_keys)  # legislation's unique key
    event.listen(session_factory, "before_flush", count_edits)
    event.listen(session_factory, "before_flush", keep_deleted)
    event.listen(session_factory, "after_flush", _after_flush)


def _begin(session: Session) -> None:
    """Who and when, once per unit of work: on a server its login and its clock (nobody's
    edits recorded under a name someone typed in the settings, nor a workstation's clock)."""
    identity = server_identity(session.connection())
    if identity is None:
        session.info["user"] = current_user(session)
    else:
        session.info["user"], session.info["now"] = identity


def _now(session: Session):
    return session.info.get("now") or utcnow()


# Handed to every database handle the services open: each unit of work is audited.
AUDIT_HOOKS = WriteHooks(install=install, begin=_begin, before_commit=write_pending)


def record(
    session: Session,
    action: str,
    table: str,
    summary: dict[str, Any],
    record_uuid: str | None = None,
    record_label: str = "",
) -> None:
    """One entry for work done in bulk (an import, a merge, a received bundle)."""
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": _now(session),
                "user": session.info.get("user", ""),
                "action": action,
                "record_table": table,
                "record_uuid": record_uuid,
                "record_label": record_label,
                "changes": summary,
            }
        ],
    )


def history(db, table: str, record_uuid: str) -> list[dict[str, Any]]:
    """The entries of one record, newest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_table == table, AuditEntry.record_uuid == record_uuid)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        )
        return [_as_dict(e) for e in rows]


def trail(db, limit: int | None = None, since: date | None = None) -> list[dict[str, Any]]:
    """The entries, newest first (`since`: from that day on, UTC)."""
    with db.reading() as session:
        stmt = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        if since is not None:
            stmt = stmt.where(AuditEntry.at >= datetime.combine(since, datetime.min.time()))
        if limit:
            stmt = stmt.limit(limit)
        return [_as_dict(e) for e in session.scalars(stmt)]


def _as_dict(e: AuditEntry) -> dict[str, Any]:
    return {
        "at": e.at,
        "user": e.user,
        "action": e.action,
        "table": e.record_table,
        "uuid": e.record_uuid,
        "label": e.record_label,
        "changes": e.changes,
    }


KIND_OF_TABLE = {table: kind for kind, table in TABLE_OF_KIND.items()}
TRAIL_COLUMNS = (
    "when (UTC)", "who", "action", "kind", "record", "uuid", "field", "old value", "new value"
)  # fmt: skip


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def export_trail(db, path: str | Path, since: date | None = None) -> int:
    """The trail as CSV (UTF-8 with BOM), oldest first, one row per changed field (an entry
    without fields, such as an anonymisation, has one row); returns the number of entries.
    `when` is the server's clock and `who` the database login on a shared server."""
    rows = list(reversed(trail(db, since=since)))
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(TRAIL_COLUMNS)
        for r in rows:
            head = [
                r["at"].isoformat(sep=" ", timespec="seconds"),
                r["user"],
                r["action"],
                KIND_OF_TABLE.get(r["table"], r["table"]),
                r["label"],
                r["uuid"] or "",
            ]
            changes = r["changes"] or {}
            fields = [
                (name, *(value if isinstance(value, list) and len(value) == 2 else ["", value]))
                for name, value in changes.items()
            ] or [("", "", "")]
            for name, old, new in fields:
                writer.writerow([csv_text(v) for v in (*head, name, _cell(old), _cell(new))])
    return len(rows)
