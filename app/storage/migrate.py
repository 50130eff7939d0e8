"""Bring a database to the newest schema at start.

A new file is created at head. An older file is first copied aside (SQLite's online backup API)
into a `backups` folder next to it, then upgraded with foreign keys OFF (table-rebuild migrations
would otherwise cascade deletes), then checked with PRAGMA foreign_key_check.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from app.errors import DatabaseError
from app.storage.engine import make_engine, sqlite_path
from app.storage.files import backup_sqlite_file, connect_read_only, private
from app.storage.revisions import (  # re-exported: where callers have always found them
    MIGRATIONS_DIR as MIGRATIONS_DIR,
)
from app.storage.revisions import MigrationFailed as MigrationFailed
from app.storage.revisions import alembic_config as alembic_config
from app.storage.revisions import head_revision as head_revision
from app.storage.revisions import known_revisions as known_revisions
from app.storage.revisions import revisions_on_disk as revisions_on_disk
from app.storage.schema_check import unexpected_objects
from app.storage.server_roles import install_roles


class SchemaTooNew(DatabaseError):
    """The file was written by a newer version of the program."""


class ForeignDatabase(DatabaseError):
    """A file that holds tables of another program."""


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _refuse_foreign_file(path: Path) -> bool:
    """Look at an existing file read-only before anything writes to it (even a pragma would).
    Returns whether it has tables; raises ForeignDatabase for another program's file."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = connect_read_only(path)
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            planted = unexpected_objects(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ForeignDatabase(
            "not a GPAST Coordinator database, or damaged ({why}); it was not changed", why=exc
        ) from exc
    if names and "alembic_version" not in names:
        raise ForeignDatabase(
            "this SQLite file is not a GPAST Coordinator database; it was not changed"
        )
    if planted:
        raise ForeignDatabase(
            "this file holds what GPAST Coordinator never makes ({problems}); "
            "it was not opened and not changed",
            problems=planted,
        )
    return bool(names)


def upgrade_to_head(url: str) -> str | None:
    """Create or upgrade the database at `url`. Returns the path of the copy made aside, if any."""
    path = sqlite_path(url)
    has_tables = path is not None and _refuse_foreign_file(path)
    new_file = path is not None and not path.exists()
    engine = make_engine(url, foreign_keys=False)
    copy: Path | None = None
    try:
        with engine.connect() as conn:
            current = current_revision(conn)
            head = head_revision()
            if current == head:
                return None
            if current is not None and current not in known_revisions():
                raise SchemaTooNew(
                    "the database was written by a newer version of GPAST Coordinator "
                    "(schema {schema}); please update the program",
                    schema=current,
                )
        if path is not None and has_tables:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            copy = backup_sqlite_file(
                path,
                path.parent / "backups" / f"{path.stem}-before-upgrade-{current}-{stamp}.sqlite",
            )
        from alembic import command

        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            if engine.dialect.name == "sqlite":
                problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise MigrationFailed(f"foreign key check failed after upgrade: {problems[:5]}")
            else:  # a server: the roles' rights on every table, the new ones too
                install_roles(conn, inspect(conn).get_table_names())
        return str(copy) if copy else None
    finally:
        engine.dispose()
        if new_file and path is not None:
            for part in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                private(part)
