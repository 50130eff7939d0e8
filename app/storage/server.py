"""A shared PostgreSQL server's schema: checked whenever the program opens it, changed only by
`gpast server migrate` (an administrator), one migration at a time (an advisory lock).

A database that holds tables of another application is never touched: GPAST Coordinator needs
a database of its own. URLs in messages are masked (app.storage.engine.shown_url).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from app.errors import DatabaseError, GpastError
from app.models import Base
from app.storage.connections import server_problem
from app.storage.engine import make_engine, shown_url
from app.storage.revisions import alembic_config, head_revision, known_revisions
from app.storage.server_bulk import BULK_LOAD_TABLE
from app.storage.server_roles import install_roles

MIGRATION_LOCK = 0x47504153_00000001  # pg_advisory_lock key of `server migrate` ("GPAS", 1)
MIGRATION_LOCK_WAIT = "60s"  # how long `server migrate` waits for another one to end


class ServerSchemaError(DatabaseError):
    """The server's schema is not this program's (missing, older, newer, or foreign)."""


def own_tables() -> set[str]:
    """The tables GPAST Coordinator makes on a server: the models', Alembic's and bulk_load."""
    return set(Base.metadata.tables) | {"alembic_version", BULK_LOAD_TABLE}


def foreign_tables(conn: Connection) -> list[str]:
    """Tables in the database's schema that GPAST Coordinator never makes."""
    return sorted(set(inspect(conn).get_table_names()) - own_tables())


def server_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _refuse_foreign(conn: Connection, where: str) -> None:
    others = foreign_tables(conn)
    if others:
        shown = ", ".join(others[:8]) + (" …" if len(others) > 8 else "")
        raise ServerSchemaError(
            "{where}: this database holds tables of another application ({tables}); "
            "GPAST Coordinator needs a database of its own; nothing was changed",
            where=where,
            tables=shown,
        )


def check_server_schema(conn: Connection, url: str) -> str:
    """The server's schema revision when it is this program's; otherwise ServerSchemaError
    saying what to do. Reads only: the schema is never changed here."""
    where = shown_url(url)
    _refuse_foreign(conn, where)
    revision = server_revision(conn)
    head = head_revision()
    if revision is None:
        raise ServerSchemaError(
            "{where}: the server has no GPAST Coordinator tables yet; an administrator "
            "creates them with: gpast --db URL server migrate",
            where=where,
        )
    if revision not in known_revisions():
        raise ServerSchemaError(
            "{where}: the server's schema ({schema}) was made by a newer version of "
            "GPAST Coordinator; update the program on this computer; nothing was changed",
            where=where,
            schema=revision,
        )
    if revision != head:
        raise ServerSchemaError(
            "{where}: the server's schema ({schema}) is older than this program's ({head}); "
            "an administrator upgrades it with: gpast --db URL server migrate; "
            "nothing was changed",
            where=where,
            schema=revision,
            head=head,
        )
    return revision


@dataclass(frozen=True)
class Migrated:
    before: str | None  # the revision found (None: an empty database)
    after: str


def migrate_server(url: str, password: str | None = None) -> Migrated:
    """Create or upgrade the schema of the server database at `url`, in one transaction,
    holding the migration lock (a second `server migrate` waits, then finds nothing to do)."""
    where = shown_url(url)
    engine = make_engine(url, password=password)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"SET LOCAL lock_timeout = '{MIGRATION_LOCK_WAIT}'"))
            conn.execute(text("SET LOCAL statement_timeout = 0"))  # a big table takes its time
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            _refuse_foreign(conn, where)
            before = server_revision(conn)
            head = head_revision()
            if before is not None and before not in known_revisions():
                raise ServerSchemaError(
                    "{where}: the server's schema ({schema}) was made by a newer version of "
                    "GPAST Coordinator; update the program on this computer; nothing was "
                    "changed",
                    where=where,
                    schema=before,
                )
            if before != head:
                from alembic import command

                command.upgrade(alembic_config(conn), "head")
            # the roles' rights on every table, new ones too (app.storage.server_roles)
            install_roles(conn, sorted(set(inspect(conn).get_table_names())))
        return Migrated(before, head)
    except DBAPIError as exc:
        raise _refusal(exc, where) from exc
    finally:
        engine.dispose()


def _refusal(exc: DBAPIError, where: str) -> GpastError:
    """A server's refusal of a migration as a message (never the SQL)."""
    code = getattr(exc.orig, "sqlstate", None)
    if code == "42501":  # insufficient_privilege
        return DatabaseError(
            "{where}: only an administrator can create or upgrade the schema (a login that "
            "may create tables in the database and roles on the server: CREATEROLE); "
            "nothing was changed",
            where=where,
        )
    if code == "55P03":  # lock_not_available
        return DatabaseError(
            "{where}: another `server migrate` is still running; nothing was changed; "
            "try again when it has finished",
            where=where,
        )
    problem = server_problem(exc, where)  # cannot connect, wrong password, …
    if problem is not None:
        return problem
    return DatabaseError(
        "{where}: the schema could not be upgraded ({why}); nothing was changed",
        where=where,
        why=_first_line(exc.orig),
    )


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error is not None else ""
