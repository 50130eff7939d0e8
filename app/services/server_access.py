"""Signing in to a shared PostgreSQL server from the window: the password typed in the dialog
stays in memory (or goes to the user's own .pgpass when they tick the box), never into the URL
that is shown or stored."""

from __future__ import annotations

from pathlib import Path

from app.services import open_database
from app.services.unit_of_work import Database
from app.storage.pgpass import remember_password, server_fields, server_location
from app.storage.server_backups import backup_server


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


def sign_in_fields(location: str) -> dict[str, object] | None:
    """What the sign-in dialog shows for the open database (None: it is a file)."""
    return server_fields(location)


def back_up(db: Database) -> Path:
    """A pg_dump of the open server database into the user's backups folder (File > Back up
    now… on a server), as the signed-in login."""
    return backup_server(db.url, None, db.password)
