"""What a bundle file holds: its format number, the parts it carries and their fields, how a
value is read back, and how a merge ends (its result, or why the bundle was refused)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.errors import GpastError
from app.models import Campaign, Legislation, Participant, TrainingSession
from app.services.records import fields as f

FORMAT = 1
KINDS: dict[str, tuple[type[Participant | Legislation | TrainingSession | Campaign], list[str]]] = {
    # bundle key → model, the fields carried
    "participants": (Participant, [x.name for x in f.PARTICIPANTS]),
    "legislation": (Legislation, [x.name for x in f.LEGISLATION]),
    "trainings": (TrainingSession, [x.name for x in f.TRAININGS]),
    "campaigns": (Campaign, [x.name for x in f.CAMPAIGNS]),
}
DATE_FIELDS = {"adopted_on", "in_force_on", "start_date", "end_date", "day"}


class BundleRefused(GpastError):
    pass


@dataclass
class BundleResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[str] = field(default_factory=list)

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
