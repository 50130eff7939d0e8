"""The records of one kind that a bundle names, found by UUID or by natural key (the same
person or session under another UUID), loaded a few hundred at a time."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import selectinload

from app.models.kinds import Kind
from app.services.attendance.person_keys import SUFFIX, first_free
from app.services.records import fields as f
from app.services.records.fields import normalise_person_key
from app.services.records.legislation_keys import key_of as act_key

CHUNK = 500  # uuids or ids per IN (...) list


def _natural_key(k: Kind, values: dict[str, Any]) -> str | None:
    """The product.md natural key of a record, as imports match it: a person's match key, an
    act's (reference, else title and adoption date; case ignored), a code (case ignored), else
    the kind's first natural key (the registry says which)."""
    if k.person_key:
        return normalise_person_key(
            values["full_name"], values.get("birth_year"), values.get("organisation") or ""
        )
    if _keyed(k):
        return act_key(values)
    if not k.natural_keys or not values.get(k.natural_keys[0][0]):
        return None
    value = values[k.natural_keys[0][0]]
    return value.lower() if k.unique else value


def kept_apart(k: Kind, obj: Any) -> bool:
    """Whether a person or an act is kept apart here from another with its natural key (its
    match key has "|#n" after that key): a bundle says so, and the receiving workstation
    then matches it by its UUID alone."""
    stored = getattr(obj, "match_key", None) if (k.person_key or _keyed(k)) else None
    if not stored:
        return False
    values = {fld.name: getattr(obj, fld.name) for fld in k.fields if fld.type != f.AREAS}
    key = _natural_key(k, values)
    return key is not None and stored.startswith(key + SUFFIX)


def _keyed(k: Kind) -> bool:
    """Legislation: a match_key column holds the natural key (person_keys hold people's)."""
    return not k.person_key and "match_key" in k.model.__table__.c


class KnownRecords:
    """The records of one kind that a bundle names, loaded a few hundred at a time (not one
    query a row), and the natural keys of the whole table, loaded at the first record the
    database does not know by its UUID."""

    def __init__(
        self,
        session,
        kind: Kind,
        rows: list,
        areas: dict[str, int],
        held: Collection[str] = (),
    ):
        """`rows`: the bundle's records of this kind (bundle_checks.Row)."""
        model = kind.model
        self.session, self.kind, self.model = session, kind, model
        self.areas = areas  # focus area slug → id
        self.by_uuid: dict[str, Any] = {}
        options = [selectinload(model.focus_areas)] if hasattr(model, "focus_areas") else []
        # codes in the bundle: a record that leaves its code there leaves it free for another
        self._codes = {r.uuid: _natural_key(kind, r.values) for r in rows} if kind.unique else {}
        ordered = sorted({row.uuid for row in rows})
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            for obj in session.scalars(
                select(model).where(model.uuid.in_(chunk)).options(*options)
            ):
                self.by_uuid[obj.uuid] = obj
        self._stored: dict[str, int] | None = None  # natural key → id, as the table was
        self._added: dict[str, Any] = {}  # natural key → a record this bundle added
        # the bundle's records (Rows) to add, with their natural keys, not yet written
        self._new: list[tuple[Any, str | None]] = []
        self.new_ids: dict[str, int] = {}  # uuid → id of the records added in bulk
        self._last: tuple[Any, str | None] = (None, None)  # values, key: `natural`'s last
        # people and acts the bundle holds already, by UUID (`held`: those left out of the
        # merge as held here exactly) or matched by an earlier row: two records of one bundle
        # are two records there (kept apart on purpose: "|#2"), never one here (codes are
        # unique everywhere: a second record with one is the same record)
        self._claimed: set[int] | None = (
            None if kind.unique else {obj.id for obj in self.by_uuid.values()}
        )
        self._held = held

    def natural(self, values: dict[str, Any]):
        """The record with the same natural key (the same person or session under another
        UUID), if there is one."""
        key = _natural_key(self.kind, values)
        self._last = (values, key)
        if key is None:
            return None
        if self._stored is None:
            self._stored = self._natural_keys()
        found = self._stored.get(key)
        if self._claimed is not None:  # another record of the bundle: this one is added apart
            if found is None or found in self._claimed:
                return None
            self._claimed.add(found)
            obj = self.session.get(self.model, found)
            return None if obj.uuid in self._held else obj
        elif found is None and key in self._added:  # added by this bundle: written first
            self.write_new()
            found = self.new_ids.get(self._added[key].uuid)
        if found is None:
            return None
        obj = self.session.get(self.model, found)
        if self._codes.get(obj.uuid, key) != key:  # its code changed there: another record's
            return None
        return obj

    def _natural_keys(self) -> dict[str, int]:
        k, model = self.kind, self.model
        keys: dict[str, int] = {}
        if k.person_key or _keyed(k):  # "|#n" keys (kept apart) match nothing
            stmt = select(model.match_key, model.id)
        elif k.natural_keys:
            stmt = select(getattr(model, k.natural_keys[0][0]), model.id)
        else:
            return {}
        for key, record_id in self.session.execute(stmt.order_by(model.id)):
            if key:
                keys.setdefault(key.lower() if k.unique else key, record_id)
        return keys

    def add(self, row) -> None:
        """A record of the bundle (a bundle_checks.Row) to add: written in bulk, with the
        others, by write_new (as an import adds its rows: the bundle's audit entry counts
        them)."""
        values, key = self._last
        if values is not row.values:
            key = _natural_key(self.kind, row.values)
        self._new.append((row, key))
        if key is not None:
            self._added.setdefault(key, row)

    def write_new(self) -> None:
        """Write the records to add, in one statement per table; `new_ids` gets their ids."""
        if not self._new:
            return
        k, model, session = self.kind, self.model, self.session
        session.flush()
        last = session.scalar(select(func.max(model.id))) or 0
        rows = []
        # a person's match key is unique in the database, and so is an act's (reference, else
        # title and adoption date): two records of the bundle (or one of the bundle and one
        # kept apart here) that share one keep "|#n" after it
        keyed = k.person_key or _keyed(k)
        taken = set(self._natural_keys()) if keyed else set()
        for row, key in self._new:
            values = {"uuid": row.uuid, "version": dict(row.version)}
            values["created_at"] = row.created_at or row.updated_at
            values["updated_at"] = row.updated_at
            for fld in k.fields:
                if fld.type != f.AREAS:
                    value = row.values[fld.name]
                    values[fld.name] = value if value is not None or fld.nullable else ""
            if keyed and key is not None:
                # kept apart there: never the plain key, which the other one has there (and
                # would match here when it comes)
                key = first_free(key, taken | {key} if row.apart else taken)
                taken.add(key)
                values["match_key"] = key
            rows.append(values)
        session.execute(insert(model.__table__), rows)
        ids = dict(session.execute(select(model.uuid, model.id).where(model.id > last)).all())
        self.new_ids.update(ids)
        areas = [x.name for x in k.fields if x.type == f.AREAS]
        if areas:
            slugs = self.areas
            links = {
                (ids[row.uuid], slugs[slug])
                for row, _key in self._new
                for name in areas
                for slug in row.values[name]
            }
            secondary = model.focus_areas.property.secondary
            if links:
                session.execute(
                    insert(secondary),
                    [{"record_id": r, "focus_area_id": a} for r, a in sorted(links)],
                )
        self._new = []
