"""What a bundle file holds: its format number, the parts it carries and their fields, how a
value is read back, and how a merge ends (its result, or why the bundle was refused)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.errors import GpastError, Message
from app.models.kinds import BUNDLE_KINDS
from app.services.records import fields as f

FORMAT = 1
# the kinds whose records a bundle carries field by field (attendance and targets have parts of
# their own shape), in the registry's merge order: people first
RECORD_PARTS = tuple(k for k in BUNDLE_KINDS if k.fields)
KINDS = {k.bundle_part: (k.model, [x.name for x in k.fields]) for k in RECORD_PARTS}
AREA_FIELDS = {x.name for k in RECORD_PARTS for x in k.fields if x.type == f.AREAS}


class BundleRefused(GpastError):
    pass


def kept_newer(what: str, label: str, theirs: bool) -> Message:
    """A conflict: the record was edited on both sides; the newer version was kept."""
    return Message(
        "{what}: {label} (kept the newer version: theirs)"
        if theirs
        else "{what}: {label} (kept the newer version: ours)",
        what=what,
        label=label,
    )


def kept_ours(what: str, label: str) -> Message:
    """A conflict: changed here after the sending workstation last saw it; ours kept."""
    return Message(
        "{what}: {label} was changed here after the other workstation last saw it "
        "(kept ours; theirs is in the audit trail)",
        what=what,
        label=label,
    )


def brought_back(what: str, label: str) -> Message:
    """A conflict: deleted here, but changed there after the deletion's version: kept."""
    return Message(
        "{what}: {label} was deleted here but changed there since; it is back",
        what=what,
        label=label,
    )


def kept_attendance(what: str, label: str, days: str) -> Message:
    """A conflict: their new dates would leave out days with attendance here, so ours kept."""
    return Message(
        "{what}: {label} (their dates leave out attendance on {days}; kept ours)",
        what=what,
        label=label,
        days=days,
    )


def kept_edited(what: str, uuid: str) -> Message:
    """A conflict: deleted there but edited here later, so kept."""
    return Message(
        "{what}: {uuid} was deleted there but edited here later (kept)", what=what, uuid=uuid
    )


def took_theirs(what: str, label: str) -> Message:
    """A conflict the coordinator resolved by taking the other workstation's version."""
    return Message(
        "{what}: {label} was changed on both workstations (took theirs, as chosen; ours is "
        "in the audit trail)",
        what=what,
        label=label,
    )


def deleted_as_chosen(what: str, uuid: str) -> Message:
    """A deletion there of a record edited here, accepted by the coordinator."""
    return Message(
        "{what}: {uuid} was deleted there but edited here (deleted, as chosen; it is in "
        "Deleted records)",
        what=what,
        uuid=uuid,
    )


@dataclass
class Conflict:
    """A record changed (or deleted) on both workstations, neither having seen the other's
    edit: both versions, field by field (only the fields that differ), and which one the
    merge keeps. Ours is kept unless the coordinator chose theirs (`import_bundle(theirs=)`)."""

    part: str
    uuid: str
    label: str
    ours: dict[str, Any]
    theirs: dict[str, Any]  # {} when theirs is a deletion
    took_theirs: bool = False
    deleted: bool = False  # theirs deleted the record


COUNTS = ("added", "updated", "unchanged", "deleted")


@dataclass
class BundleResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[Message] = field(default_factory=list)
    choices: list[Conflict] = field(default_factory=list)  # the conflicts one may resolve
    cascaded: int = 0  # attendance rows deleted with the trainings and people deleted
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)  # part → COUNTS → n
    dry_run: bool = False  # nothing was changed: what the import would do

    def count(self, part: str, what: str, n: int = 1, *, total: bool = True) -> None:
        """`n` records of the bundle's `part` were added, updated, … (per part, and in the
        totals unless `total` is False: attendance deleted with its session or person)."""
        if total:
            setattr(self, what, getattr(self, what) + n)
        per = self.kinds.get(part)
        if per is None:
            per = self.kinds[part] = dict.fromkeys(COUNTS, 0)
        per[what] += n

    def summary(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.deleted} deleted, {len(self.conflicts)} conflicts"
        )
        return text + "".join(f"\n  conflict: {c}" for c in self.conflicts)
