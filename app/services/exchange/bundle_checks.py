"""A bundle's data checked before anything is merged: every value passes the same field rules
as one typed in or imported (normalised the same way), or the bundle is refused whole, naming
the part, the record and the field. Pure: no database, so it runs before the write lock.

`check_data` returns the bundle's parts cleaned: records as `Row`s, attendance, targets and
tombstones as dicts holding parsed values (dates, datetimes, numbers)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from app.errors import Message, ValidationError
from app.models import vocabulary as v
from app.models.base import utcnow
from app.models.kinds import KINDS, Field, FieldType, Kind
from app.services.exchange.bundle_format import RECORD_PARTS, BundleRefused
from app.services.records.fields import clean_record, clean_value, fill_defaults

FUTURE = timedelta(days=1)  # a time later than this after now is refused (a wrong clock)
TABLES = {k.table for k in KINDS.values()}  # the tables a tombstone may name
DAY = Field("day", FieldType.DATE, required=True)
STATUS = Field("status", FieldType.CHOICE, required=True, choices=v.ATTENDANCE_STATUSES)
TARGET_FIELDS = KINDS["targets"].template
UUID_SHAPE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass
class Row:
    """One record of a bundle, checked: its UUID, times and cleaned field values."""

    uuid: str
    created_at: datetime | None
    updated_at: datetime
    values: dict[str, Any]
    version: dict[str, int]
    apart: bool = False  # kept apart there from another with its natural key ("|#n")


def refused(part: str, uuid: str, problem: Message | ValidationError) -> BundleRefused:
    return BundleRefused("{what} {uuid}: {problem}", what=part, uuid=uuid, problem=problem)


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:60] + "…"


def check_uuid(part: str, value: Any) -> str:
    """A record identifier in the form this program writes (lower-case, 36 characters)."""
    if isinstance(value, str) and UUID_SHAPE.fullmatch(value):
        return value
    raise BundleRefused(
        "{part}: '{value}' is not a record identifier (UUID); nothing was imported",
        part=part,
        value=_shown(value),
    )


def check_time(part: str, uuid: str, name: str, value: Any, *, required: bool = True):
    """A time of the bundle (UTC): ISO 8601, and not more than a day in the future."""
    if value is None and not required:
        return None
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        when = datetime.fromisoformat(value)
    except ValueError:
        raise refused(
            part, uuid, ValidationError(name, "'{value}' is not a time", value=_shown(value))
        ) from None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    if when > utcnow() + FUTURE:
        raise refused(
            part,
            uuid,
            ValidationError(
                name,
                "{value} is in the future (is a clock wrong?)",
                value=when.isoformat(sep=" ", timespec="minutes"),
            ),
        )
    return when


def check_version(part: str, uuid: str, raw: dict[str, Any]) -> dict[str, int]:
    """A record's edit counters ({workstation: n}); {} in bundles of the previous format."""
    version = raw.get("version")
    if version is None:
        return {}
    if (
        isinstance(version, dict)
        and len(version) <= 1000
        and all(
            isinstance(name, str) and len(name) <= 64 and type(n) is int and 0 < n < 1 << 62
            for name, n in version.items()
        )
    ):
        return version
    raise refused(part, uuid, ValidationError("version", "is not a list of edit counters"))


def _clean(part: str, uuid: str, fld: Field, value: Any, slugs=None) -> Any:
    try:
        return clean_value(fld, value, area_slugs=slugs)
    except ValidationError as exc:
        raise refused(part, uuid, exc) from None


def check_record(k: Kind, raw: dict[str, Any], slugs: Mapping[str, str], seen: set[str]) -> Row:
    """One record of the bundle's part for kind `k`; `seen`: the UUIDs of the part so far."""
    part = k.bundle_part
    uuid = check_uuid(part, raw.get("uuid"))
    if uuid in seen:
        raise refused(part, uuid, Message("appears twice in the bundle"))
    seen.add(uuid)
    updated = check_time(part, uuid, "updated_at", raw.get("updated_at"))
    created = check_time(part, uuid, "created_at", raw.get("created_at"), required=False)
    values, problems = clean_record(k.fields, raw, area_slugs=slugs)
    if problems:
        raise refused(part, uuid, problems[0])
    values = fill_defaults(k.fields, values)
    for fld in k.fields:  # an empty optional text the column leaves NULL
        if fld.nullable and values.get(fld.name) == "":
            values[fld.name] = None
    apart = raw.get("apart", False)
    if not isinstance(apart, bool):
        raise refused(part, uuid, Message("'apart' must be true or false"))
    return Row(uuid, created, updated, values, check_version(part, uuid, raw), apart)


class AttendanceChecks:
    """Attendance rows checked one by one; a day, status or time seen before is not checked
    again (a large bundle repeats them thousands of times), and the UUIDs of the trainings and
    people rows point to are kept once each (a bundle repeats each forty times or more)."""

    def __init__(self) -> None:
        self.days: dict[str, Any] = {}
        self.statuses: dict[Any, str] = {}
        self.times: dict[Any, datetime] = {}
        self.owners: dict[str, str] = {}
        self.versions: dict[tuple, dict[str, int]] = {}  # one object per distinct version

    def row(self, raw: dict[str, Any]) -> dict[str, Any]:
        uuid = check_uuid("attendance", raw.get("uuid"))
        day, status, updated = raw.get("day"), raw.get("status"), raw.get("updated_at")
        key = day if isinstance(day, str) else None
        if key is None or key not in self.days:
            clean = _clean("attendance", uuid, DAY, day)
            if key is not None:
                self.days[key] = clean
        else:
            clean = self.days[key]
        statuses, times = self.statuses, self.times
        if not isinstance(status, str) or status not in statuses:
            statuses[status] = _clean("attendance", uuid, STATUS, status)
        if not isinstance(updated, str) or updated not in times:
            times[updated] = check_time("attendance", uuid, "updated_at", updated)
        version = raw.get("version")
        shared = tuple(version.items()) if isinstance(version, dict) else None
        try:
            hash(shared)
        except TypeError:  # not counters at all: check_version says so
            shared = None
        if shared is None or shared not in self.versions:
            checked = check_version("attendance", uuid, raw)
            if shared is not None:
                self.versions[shared] = checked
        else:
            checked = self.versions[shared]
        training = check_uuid("attendance", raw.get("training"))
        participant = check_uuid("attendance", raw.get("participant"))
        return {
            "uuid": uuid,
            "training": self.owners.setdefault(training, training),
            "participant": self.owners.setdefault(participant, participant),
            "day": clean,
            "status": statuses[status],
            "updated_at": times[updated],
            "version": checked,
        }


def check_target(raw: dict[str, Any], slugs: Mapping[str, str]) -> dict[str, Any]:
    uuid = check_uuid("targets", raw.get("uuid"))
    values = {fld.name: _clean("targets", uuid, fld, raw.get(fld.name)) for fld in TARGET_FIELDS}
    if values["focus_area"] not in slugs:
        raise refused(
            "targets",
            uuid,
            ValidationError(
                "focus_area", "unknown focus area '{value}'", value=values["focus_area"]
            ),
        )
    values["updated_at"] = check_time("targets", uuid, "updated_at", raw.get("updated_at"))
    values["version"] = check_version("targets", uuid, raw)
    return {"uuid": uuid, **values}


def check_tombstone(raw: dict[str, Any]) -> dict[str, Any]:
    uuid = check_uuid("tombstones", raw.get("uuid"))
    table = raw.get("table")
    if table not in TABLES:
        raise refused(
            "tombstones",
            uuid,
            ValidationError("table", "unknown table '{value}'", value=_shown(table)),
        )
    deleted = check_time("tombstones", uuid, "deleted_at", raw.get("deleted_at"))
    version = check_version("tombstones", uuid, raw)
    return {"table": table, "uuid": uuid, "deleted_at": deleted, "version": version}


def not_records(part: str, why: str = "not a list of records") -> BundleRefused:
    return BundleRefused(
        "{part}: not as this program writes a bundle ({why}); nothing was imported",
        part=part,
        why=why,
    )


PARTS = (*(k.bundle_part for k in RECORD_PARTS), "attendance", "targets", "tombstones")


class DataChecks:
    """A bundle's records checked one at a time, as they are read (the bundle is never held
    whole): `parts` holds them cleaned, by part; the first value that breaks a rule raises
    BundleRefused naming the part, the record and the field. Parts this program does not know
    are skipped. `slugs`: the focus areas this database knows, by lower-cased slug."""

    def __init__(self, slugs: Mapping[str, str]):
        self.slugs = slugs
        self.parts: dict[str, list[Any]] = {part: [] for part in PARTS}
        self._kinds = {k.bundle_part: k for k in RECORD_PARTS}
        self._seen: dict[str, set[str]] = {part: set() for part in self._kinds}
        self._attendance = AttendanceChecks()

    def add(self, part: str, raw: Any) -> None:
        rows = self.parts.get(part)
        if rows is None:
            return
        if not isinstance(raw, dict):
            raise not_records(part)
        if part in self._kinds:
            rows.append(check_record(self._kinds[part], raw, self.slugs, self._seen[part]))
        elif part == "attendance":
            rows.append(self._attendance.row(raw))
        elif part == "targets":
            rows.append(check_target(raw, self.slugs))
        else:
            rows.append(check_tombstone(raw))


def check_data(data: Any, slugs: Mapping[str, str]) -> dict[str, Any]:
    """The bundle's parts (a whole data.json as read), cleaned; BundleRefused naming the first
    value that breaks a rule."""
    if not isinstance(data, dict):
        raise not_records("the bundle", "not an object")
    checks = DataChecks(slugs)
    for part in PARTS:
        rows = data.get(part)
        if rows is None:
            continue
        if not isinstance(rows, list):
            raise not_records(part)
        for raw in rows:
            checks.add(part, raw)
    return checks.parts
