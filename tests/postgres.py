"""The PostgreSQL test server (scripts/pg_test_server.sh): fresh databases for tests.

GPAST_TEST_POSTGRES_URL is the server's admin URL. Tests marked `postgres` use it through the
`postgres_url` fixture; with GPAST_TEST_BACKEND=postgresql the standard database fixtures make
their databases there too, so the whole suite runs against a real server.
"""

from __future__ import annotations

import os
import uuid

from sqlalchemy.engine import make_url

ADMIN_URL = os.environ.get("GPAST_TEST_POSTGRES_URL", "")
ON_SERVER = os.environ.get("GPAST_TEST_BACKEND", "sqlite") == "postgresql"
REQUIRED = os.environ.get("GPAST_REQUIRE_POSTGRES") == "1"


def server_address() -> tuple[str, int] | None:
    """(host, port) of the test server, or None without one."""
    if not ADMIN_URL:
        return None
    url = make_url(ADMIN_URL)
    return url.host or "127.0.0.1", url.port or 5432


def _admin():
    import psycopg

    return psycopg.connect(
        ADMIN_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    )


def url_of(name: str) -> str:
    """The URL of the database `name` on the test server (as the admin)."""
    return make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def create_database(
    *, template: str | None = None, prefix: str = "gpast_test", ctype: str | None = None
) -> str:
    """A new database on the test server (a copy of `template` if given); returns its name."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    options = f" TEMPLATE {template}" if template else ""
    if ctype:
        options = f" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE '{ctype}'"
    with _admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"{options}')
    return name


def drop_database(name: str) -> None:
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def admin_execute(sql: str) -> None:
    """One statement as the server's admin (CREATE ROLE …), outside any database of a test."""
    with _admin() as conn:
        conn.execute(sql)
