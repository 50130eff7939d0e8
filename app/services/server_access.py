"""Signing in to a shared PostgreSQL server from the window: the password typed in the dialog
stays in memory (or goes to the user's own .pgpass when they tick the box), never into the URL
that is shown or stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import DatabaseError, GpastError
from app.services import open_database
from app.services.access import Action, require
from app.services.records.audit import AUDIT_HOOKS
from app.services.unit_of_work import Database
from app.storage import head_revision, shown_url
from app.storage.pgpass import remember_password, server_fields, server_location
from app.storage.server import migrate_server
from app.storage.server_backups import backup_server, dump_revision, restore_server


def sign_in(
    host: str, port: int, database: str, login: str, password: str, *, remember: bool
) -> Database:
    """The server database opened as `login` (its schema checked, never changed). The
    password is remembered in the user's .pgpass only when asked and only once it worked."""
    location = server_location(host.strip(), port, database.strip(), login.strip())
    db = open_database(location, password=password or None)
    if remember and password:
        remember_password(location, password)
    return db


def remember_sign_in(db: Database, password: str) -> None:
    """Keep the password of a sign-in that worked in the user's own .pgpass (asked for)."""
    remember_password(db.location, password)


def sign_in_fields(location: str) -> dict[str, object] | None:
    """What the sign-in dialog shows for the open database (None: it is a file)."""
    return server_fields(location)


def back_up(db: Database, out: Path | None = None) -> Path:
    """A pg_dump of the open server database (into the user's backups folder unless `out`),
    as the signed-in login; an admin's work (refused naming the role otherwise)."""
    require(db, Action.BACKUP)
    return backup_server(db.url, out, db.password)


def back_up_at(location: str, out: Path | None = None) -> Path:
    """`gpast backup` on a server: as back_up, whatever its schema (an older one is backed up
    before `server migrate`, a newer one before anything else is tried)."""
    db = Database(location, hooks=AUDIT_HOOKS, migrate=False)
    try:
        return back_up(db, out)
    finally:
        db.close()


@dataclass(frozen=True)
class Restored:
    aside: Path  # the data before the restore, kept as a pg_dump
    upgraded_from: str | None  # the backup's older schema, upgraded to this program's


def restore(location: str, source: Path, password: str | None = None) -> Restored:
    """Replace the server database at `location` with the pg_dump `source` (checked first: a
    backup from a newer program is refused; the current data kept aside; one transaction).
    A backup of an older schema is then upgraded, as `server migrate` would (restoring is an
    admin's work, as migrating is), like a SQLite backup is when it is opened. The schema is
    not checked first (a restore may be what repairs it)."""
    db = Database(location, hooks=AUDIT_HOOKS, migrate=False, password=password)
    try:
        require(db, Action.BACKUP)
    finally:
        db.close()
    aside = restore_server(db.url, source, db.password)
    revision = dump_revision(source)
    if revision == head_revision():
        migrate_server(db.url, db.password)  # the roles' rights on the restored tables
        return Restored(aside, None)
    try:
        migrate_server(db.url, db.password)
    except GpastError as exc:
        raise DatabaseError(
            "{where}: restored from {file} (the data before it were kept as {aside}); its older "
            "schema ({schema}) was not upgraded ({why}); an administrator upgrades it with: "
            "gpast --db URL server migrate",
            where=shown_url(db.url),
            file=source,
            aside=aside,
            schema=revision,
            why=exc,
        ) from exc
    return Restored(aside, revision)
