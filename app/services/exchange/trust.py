"""The workstations whose bundles this database accepts: each by its key's fingerprint, with
its name and when it was accepted (kept in the settings; accepting and revoking are audited)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import Setting, utcnow
from app.services.access import Action, require
from app.services.records.audit import record
from app.services.unit_of_work import Database

PREFIX = "trusted_workstation:"


def is_trusted(session: Session, fingerprint: str) -> bool:
    return session.get(Setting, PREFIX + fingerprint) is not None


def accept(session: Session, name: str, fingerprint: str) -> None:
    """Accept bundles signed by the key with `fingerprint` from now on."""
    if is_trusted(session, fingerprint):
        return
    at = utcnow().isoformat(sep=" ", timespec="seconds")
    session.add(
        Setting(key=PREFIX + fingerprint, value=json.dumps({"name": name, "accepted_at": at}))
    )
    record(session, "trust", "workstation", {"name": name, "fingerprint": fingerprint})


def accepted_workstations(db: Database) -> list[dict[str, Any]]:
    """name, fingerprint and accepted_at of each accepted workstation, by name."""
    with db.reading() as session:
        rows = session.scalars(
            select(Setting).where(Setting.key.startswith(PREFIX, autoescape=True))
        )
        out = []
        for row in rows:
            try:
                details = json.loads(row.value)
            except ValueError:
                details = {}
            out.append(
                {
                    "fingerprint": row.key[len(PREFIX) :],
                    "name": str(details.get("name", "")),
                    "accepted_at": str(details.get("accepted_at", "")),
                }
            )
    return sorted(out, key=lambda w: (w["name"].casefold(), w["fingerprint"]))


def revoke(db: Database, fingerprint: str) -> None:
    """Refuse that workstation's bundles again until accepted anew."""
    require(db, Action.BUNDLES)
    with db.writing() as session:
        row = session.get(Setting, PREFIX + fingerprint)
        if row is None:
            raise NotFound(
                "no accepted workstation has the key {fingerprint}", fingerprint=fingerprint
            )
        session.delete(row)
        record(session, "revoke", "workstation", {"fingerprint": fingerprint})
