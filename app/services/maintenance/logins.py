"""Personal logins on a server: an admin adds a login with its role, and lists them."""

from __future__ import annotations

import re

from app.errors import GpastError, ValidationError
from app.services.access import Action, require
from app.services.unit_of_work import Database
from app.storage.server_roles import ROLES, logins, set_login

LOGIN = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")  # what PostgreSQL keeps as typed, unquoted


def _on_server(db: Database) -> None:
    if db.path is not None or db.url.startswith("sqlite"):
        raise GpastError(
            "{file}: is a SQLite file; logins and roles belong to a shared server "
            "(--db postgresql://HOST/DB)",
            file=db.display_name,
        )


def add_user(db: Database, login: str, role: str, password: str) -> bool:
    """Give `login` the `role` and `password` (made if new). Returns whether it is new."""
    _on_server(db)
    require(db, Action.LOGINS)
    if not LOGIN.fullmatch(login):
        raise ValidationError(
            "login",
            "'{value}' is not a login name: small Latin letters, digits, '_', '.' and '-', "
            "up to 63, not starting with a digit",
            value=login,
        )
    if role not in ROLES:
        raise ValidationError(
            "role", "'{value}' is not one of: {choices}", value=role, choices=", ".join(ROLES)
        )
    if not password:
        raise ValidationError("password", "is required")
    with db.writing() as session:
        return set_login(session.connection(), login, role, password)


def list_users(db: Database) -> list[tuple[str, str]]:
    """(login, role) of every login with a GPAST role."""
    _on_server(db)
    with db.reading() as session:
        return logins(session.connection())
