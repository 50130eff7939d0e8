"""What a bundle file holds: its format number, the parts it carries and their fields, how a
value is read back, and how a merge ends (its result, or why the bundle was refused)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.errors import GpastError, Message
from app.models.kinds import BUNDLE_KINDS
from app.services.records import fields as f

FORMAT = 1
# the kinds whose records a bundle carries field by field (attendance and targets have parts of
# their own shape), in the registry's merge order: people first
RECORD_PARTS = tuple(k for k in BUNDLE_KINDS if k.fields)
KINDS = {k.bundle_part: (k.model, [x.name for x in k.fields]) for k in RECORD_PARTS}
DATE_FIELDS = {x.name for k in RECORD_PARTS for x in k.fields if x.type == f.DATE} | {"day"}
AREA_FIELDS = {x.name for k in RECORD_PARTS for x in k.fields if x.type == f.AREAS}


class BundleRefused(GpastError):
    pass


def unknown_area(what: str, uuid: str, value: str) -> BundleRefused:
    """A record of the bundle names a focus area this program does not know."""
    return BundleRefused(
        "{what} {uuid}: unknown focus area '{value}'", what=what, uuid=uuid, value=value
    )


def kept_newer(what: str, label: str, theirs: bool) -> Message:
    """A conflict: the record was edited on both sides; the newer version was kept."""
    return Message(
        "{what}: {label} (kept the newer version: theirs)"
        if theirs
        else "{what}: {label} (kept the newer version: ours)",
        what=what,
        label=label,
    )


def kept_edited(what: str, uuid: str) -> Message:
    """A conflict: deleted there but edited here later, so kept."""
    return Message(
        "{what}: {uuid} was deleted there but edited here later (kept)", what=what, uuid=uuid
    )


@dataclass
class BundleResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[Message] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.deleted} deleted, {len(self.conflicts)} conflicts"
        )
        return text + "".join(f"\n  conflict: {c}" for c in self.conflicts)


def parse_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in ("created_at", "updated_at", "deleted_at"):
        return datetime.fromisoformat(value)
    if name in DATE_FIELDS:
        return date.fromisoformat(value)
    return value
