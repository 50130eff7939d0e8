"""The records of one kind that a bundle names, found by UUID or by natural key (the same
person or session under another UUID), loaded a few hundred at a time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.models.kinds import Kind
from app.services.records.fields import normalise_person_key

CHUNK = 500  # uuids or ids per IN (...) list


def _natural_key(k: Kind, values: dict[str, Any]) -> str | None:
    """The product.md natural key of a record: a person's match key, a code (case ignored), a
    reference (the kind's first natural key; the registry says which)."""
    if k.person_key:
        return normalise_person_key(
            values["full_name"], values.get("birth_year"), values.get("organisation") or ""
        )
    if not k.natural_keys or not values.get(k.natural_keys[0][0]):
        return None
    value = values[k.natural_keys[0][0]]
    return value.lower() if k.unique else value


class KnownRecords:
    """The records of one kind that a bundle names, loaded a few hundred at a time (not one
    query a row), and the natural keys of the whole table, loaded at the first record the
    database does not know by its UUID."""

    def __init__(self, session, kind: Kind, uuids: set[str]):
        model = kind.model
        self.session, self.kind, self.model = session, kind, model
        self.by_uuid: dict[str, Any] = {}
        options = [selectinload(model.focus_areas)] if hasattr(model, "focus_areas") else []
        ordered = sorted(uuids)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            for obj in session.scalars(
                select(model).where(model.uuid.in_(chunk)).options(*options)
            ):
                self.by_uuid[obj.uuid] = obj
        self._stored: dict[str, int] | None = None  # natural key → id, as the table was
        self._added: dict[str, Any] = {}  # natural key → a record this bundle added

    def natural(self, values: dict[str, Any]):
        """The record with the same natural key (the same person or session under another
        UUID), if there is one."""
        key = _natural_key(self.kind, values)
        if key is None:
            return None
        if self._stored is None:
            self._stored = self._natural_keys()
        found = self._stored.get(key)
        if found is not None:
            return self.session.get(self.model, found)
        return self._added.get(key)

    def _natural_keys(self) -> dict[str, int]:
        k, model = self.kind, self.model
        keys: dict[str, int] = {}
        if k.person_key:
            stmt = select(model.match_key, model.id)
        elif k.natural_keys:
            stmt = select(getattr(model, k.natural_keys[0][0]), model.id)
        else:
            return {}
        for key, record_id in self.session.execute(stmt.order_by(model.id)):
            if key:
                keys.setdefault(key.lower() if k.unique else key, record_id)
        return keys

    def added(self, obj, values: dict[str, Any]) -> None:
        self.by_uuid[obj.uuid] = obj
        key = _natural_key(self.kind, values)
        if key is not None:
            self._added.setdefault(key, obj)
