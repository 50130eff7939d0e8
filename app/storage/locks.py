"""Serialising bulk work (imports, bundle merges) between the people of one database.

On SQLite a write transaction begins IMMEDIATE and so already holds the file's one write lock.
On a server, transactions run side by side: a unit of work that reads what exists and then adds
what is missing (an import matching people by name, birth year and organisation) takes a
transaction-scoped advisory lock first, so a second one waits for the first to commit and then
sees its rows: two imports of one file at the same moment equal one after the other.
"""

from __future__ import annotations

import zlib

from sqlalchemy import text
from sqlalchemy.orm import Session

BULK = "gpast:bulk"  # imports and bundle merges: both add people, sessions and attendance


def lock_key(name: str) -> int:
    """A stable 32-bit key for an advisory lock's name (the same in every client)."""
    return zlib.crc32(name.encode("utf-8"))


def serialise(session: Session, name: str = BULK) -> None:
    """Wait until no other transaction holds `name`, then hold it until this one ends."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
