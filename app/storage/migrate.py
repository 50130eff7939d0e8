"""Bring a database to the newest schema at start.

A new file is created at head. An older file is first copied aside (SQLite's online backup API)
into a `backups` folder next to it, then upgraded with foreign keys OFF (table-rebuild migrations
would otherwise cascade deletes), then checked with PRAGMA foreign_key_check.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from app.storage.engine import make_engine, sqlite_path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaTooNew(RuntimeError):
    """The file was written by a newer version of the program."""


class MigrationFailed(RuntimeError):
    pass


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Copy a live SQLite file consistently with the online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def upgrade_to_head(url: str) -> str | None:
    """Create or upgrade the database at `url`. Returns the path of the copy made aside, if any."""
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
                    f"the database was written by a newer version of GPAST Coordinator "
                    f"(schema {current}); please update the program"
                )
            has_tables = (
                bool(
                    conn.exec_driver_sql(
                        "SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1"
                    ).first()
                )
                if engine.dialect.name == "sqlite"
                else current is not None
            )
        path = sqlite_path(url)
        if path is not None and has_tables and path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            copy = backup_sqlite_file(
                path,
                path.parent / "backups" / f"{path.stem}-before-upgrade-{current}-{stamp}.sqlite",
            )
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            if engine.dialect.name == "sqlite":
                problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise MigrationFailed(f"foreign key check failed after upgrade: {problems[:5]}")
        return str(copy) if copy else None
    finally:
        engine.dispose()
