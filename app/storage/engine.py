"""Where the database lives and how connections are made.

SQLite-only statements (pragmas, BEGIN IMMEDIATE) stay in this package so that the rest of the
program runs unchanged on a shared PostgreSQL server.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from app import APP_NAME, ORG_NAME
from app.storage.connections import connect_args
from app.storage.files import private_folder, sqlite_uri

ENV_VAR = "GPAST_DB"
DEFAULT_FILENAME = "gpast.sqlite"
BUSY_TIMEOUT_MS = int(os.environ.get("GPAST_BUSY_TIMEOUT_MS", "10000"))
CACHE_KIB = 65_536  # page cache per connection: a 40-year database's working set fits


def data_dir() -> Path:
    """The user's data folder for this program (created on demand)."""
    return private_folder(Path(user_data_dir(APP_NAME, ORG_NAME)))


def default_location() -> str:
    return os.environ.get(ENV_VAR) or str(data_dir() / DEFAULT_FILENAME)


def to_url(location: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL from a file path or a URL (`postgresql://` means psycopg 3, the driver
    of the `server` install extra)."""
    text = str(location)
    if "://" in text:
        parsed = make_url(text)
        if parsed.drivername in ("postgresql", "postgres"):
            return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        return text
    path = str(Path(text).expanduser().resolve())
    # quoted by SQLAlchemy: `?`, `%` and `#` in a folder or file name stay part of the name
    return URL.create("sqlite", database=path).render_as_string(hide_password=False)


def shown_url(location: str | os.PathLike[str]) -> str:
    """A database's location as it may be shown, printed or logged: a file path as it is, a
    server's URL without its password (never shown, printed or logged anywhere)."""
    text = str(location)
    if "://" not in text:
        return text
    try:
        url = make_url(text)
    except Exception:  # noqa: BLE001 - not a URL we can read: show none of it
        return "<database URL>"
    query = {k: v for k, v in url.query.items() if k.lower() not in ("password", "passfile")}
    bare = URL.create(
        url.get_backend_name(), url.username, None, url.host, url.port, url.database, query
    )
    return bare.render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


def defend(connection: sqlite3.Connection) -> None:
    """SQLite's defensive settings for a file that may come from anyone: the schema may not call
    functions with side effects or virtual tables (trusted_schema off), and where this Python
    offers it, nothing may corrupt the file on purpose (SQLITE_DBCONFIG_DEFENSIVE)."""
    connection.execute("PRAGMA trusted_schema = OFF")
    setconfig = getattr(connection, "setconfig", None)  # Python 3.12 and newer
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)


def _configure_sqlite(engine: Engine, *, immediate: bool, foreign_keys: bool = True) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised via every test
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        # SQLite's lower() knows only ASCII; searches must fold Cyrillic too (PostgreSQL does)
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        defend(dbapi_connection)
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def on_read_only_media(url: str) -> bool:
    """Whether the SQLite file behind `url` exists but cannot be written where it is (a CD, a
    write-protected stick, a folder without write permission): SQLite also needs to write its
    -wal and -shm files beside it."""
    path = sqlite_path(url)
    if path is None or not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def read_only_engine(url: str) -> Engine:
    """An engine that only reads the SQLite file behind `url`, as it is on read-only media
    (immutable: SQLite then needs neither a lock nor its -wal/-shm files)."""
    path = sqlite_path(url)
    assert path is not None, "read-only engines are for SQLite files"
    uri = sqlite_uri(path, "immutable=1")
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=NullPool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised via tests
        dbapi_connection.isolation_level = None
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
        defend(dbapi_connection)
        dbapi_connection.execute("PRAGMA query_only = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


def make_engine(
    url: str, *, immediate: bool = False, foreign_keys: bool = True, password: str | None = None
) -> Engine:
    """An engine with our connection settings. `immediate`: write transactions lock at BEGIN
    (SQLite). `password`: a server's, typed in the sign-in dialog (kept in memory only)."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            private_folder(path.parent)
        engine = create_engine(url, poolclass=NullPool if path is None else None)
        _configure_sqlite(engine, immediate=immediate, foreign_keys=foreign_keys)
        return engine
    parsed = make_url(to_url(url))
    return create_engine(
        parsed, pool_pre_ping=True, connect_args=connect_args(dict(parsed.query), password)
    )


def one_statement_engine(engine: Engine) -> Engine:
    """The engine for reads made of a single statement. On a server its connections run in
    autocommit: one statement is atomic and sees one snapshot by itself, so the BEGIN and
    ROLLBACK round trips of a transaction around it are saved, and psycopg keeps the
    statements it has prepared (a ROLLBACK makes it forget them). On SQLite: the engine."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine
