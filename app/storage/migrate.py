"""Bring a database to the newest schema at start.

A new file is created at head. An older file is first copied aside (SQLite's online backup API)
into a `backups` folder next to it, then upgraded with foreign keys OFF (table-rebuild migrations
would otherwise cascade deletes), then checked with PRAGMA foreign_key_check.
"""

from __future__ import annotations

import ast
import sqlite3
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from app.errors import DatabaseError
from app.storage.engine import make_engine, sqlite_path
from app.storage.files import backup_sqlite_file, connect_read_only, private

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a database has to be upgraded (start-up speed: importing it
# costs ~0.8 s of every command); the revisions are read from the migration files directly.
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaTooNew(DatabaseError):
    """The file was written by a newer version of the program."""


class MigrationFailed(RuntimeError):
    pass


class ForeignDatabase(DatabaseError):
    """A file that holds tables of another program."""


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def revisions_on_disk() -> dict[str, str | None]:
    """Each migration's revision and the one it revises, read from the files in versions/."""
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target: ast.expr | None = None
            if isinstance(node, ast.AnnAssign):
                target = node.target
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            value = getattr(node, "value", None)
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
                values[target.id] = value.value
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            found[revision] = down if isinstance(down, str) else None
    return found


def head_revision() -> str:
    """The newest revision: the one no other migration revises."""
    revisions = revisions_on_disk()
    heads = set(revisions) - {down for down in revisions.values() if down}
    if len(heads) != 1:
        raise MigrationFailed(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    return set(revisions_on_disk())


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
