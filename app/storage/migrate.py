"""Bring a database to the newest schema at start.

A new file is created at head. An older file is first copied aside (SQLite's online backup API)
into a `backups` folder next to it, then upgraded with foreign keys OFF (table-rebuild migrations
would otherwise cascade deletes), then checked with PRAGMA foreign_key_check.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

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


class ForeignDatabase(RuntimeError):
    """A file that holds tables of another program."""


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # only if the migrations folder were missing from the package
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR}")
    return head


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


def _refuse_foreign_file(path: Path) -> bool:
    """Look at an existing file read-only before anything writes to it (even a pragma would).
    Returns whether it has tables; raises ForeignDatabase for another program's file."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ForeignDatabase(
            f"not a GPAST Coordinator database, or damaged ({exc}); it was not changed"
        ) from exc
    if names and "alembic_version" not in names:
        raise ForeignDatabase(
            "this SQLite file is not a GPAST Coordinator database; it was not changed"
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
                    f"the database was written by a newer version of GPAST Coordinator "
                    f"(schema {current}); please update the program"
                )
        if path is not None and has_tables:
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
        if new_file and path is not None:
            from app.storage.backups import private

            for part in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                private(part)
