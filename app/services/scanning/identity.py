"""The database's own short id, printed in every sign-in sheet's code: a scan of a sheet from
another database is recognised and refused instead of ticking the wrong people."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Setting
from app.services.exchange.versions import workstation
from app.services.unit_of_work import Database

UNKNOWN = "00000000"  # a read-only database that never had an id


def database_code(db: Database) -> str:
    """8 hex digits of the workstation id (made now if the database has none yet)."""
    with db.reading() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == "workstation_id"))
    if value is None:
        if db.read_only:
            return UNKNOWN
        with db.writing() as session:
            value = workstation(session)
    return value.replace("-", "")[:8].lower()
