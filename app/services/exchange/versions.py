"""Per-workstation version counters: each record's `version` counts the edits each workstation
made to it ({workstation id: n}). An edit here adds one to this workstation's count; a bundle's
merge sets the version it received. Comparing two versions says whether one edit saw the other
(then the later one wins) or neither did (a conflict), whatever the clocks say."""

from __future__ import annotations

import uuid as uuidlib
from enum import StrEnum
from itertools import chain

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.models import Setting
from app.models.base import RecordMixin

Version = dict[str, int]


class Order(StrEnum):
    SAME = "same"  # the same edits
    OURS = "ours"  # ours saw theirs: ours is later
    THEIRS = "theirs"  # theirs saw ours: theirs is later
    CONCURRENT = "concurrent"  # neither saw the other: a conflict
    UNKNOWN = "unknown"  # neither has a version (records from before versions): by the clock


def compare(ours: Version | None, theirs: Version | None) -> Order:
    ours, theirs = ours or {}, theirs or {}
    if not ours and not theirs:
        return Order.UNKNOWN
    names = ours.keys() | theirs.keys()
    ahead = any(ours.get(n, 0) > theirs.get(n, 0) for n in names)
    behind = any(ours.get(n, 0) < theirs.get(n, 0) for n in names)
    if ahead and behind:
        return Order.CONCURRENT
    return Order.OURS if ahead else Order.THEIRS if behind else Order.SAME


def joined(ours: Version | None, theirs: Version | None) -> Version:
    """The version that has seen both."""
    out = dict(ours or {})
    for name, n in (theirs or {}).items():
        out[name] = max(out.get(name, 0), n)
    return out


def workstation(session: Session) -> str:
    """This database's workstation id (made at the first edit or bundle)."""
    found = session.info.get("workstation")
    if found is None:
        with session.no_autoflush:
            row = session.get(Setting, "workstation_id")
        if row is None:
            row = Setting(key="workstation_id", value=str(uuidlib.uuid4()))
            session.add(row)
        found = session.info["workstation"] = row.value
    return found


def bumped(session: Session, version: Version | None) -> Version:
    """`version` with one more edit by this workstation."""
    name = workstation(session)
    out = dict(version or {})
    out[name] = out.get(name, 0) + 1
    return out


def count_edits(session: Session, _context, _instances) -> None:
    """before_flush: every record added or changed here counts one edit of this workstation,
    unless its version was set (a bundle's merge, a restore)."""
    for obj in chain(session.new, session.dirty):
        if not isinstance(obj, RecordMixin):
            continue
        if inspect(obj).attrs.version.history.has_changes():
            continue
        if obj not in session.new and not session.is_modified(obj):
            continue
        obj.version = bumped(session, obj.version)
