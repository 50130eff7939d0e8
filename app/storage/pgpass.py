"""A server's sign-in: its URL from the dialog's fields (never with the password), and the
password kept in the user's own PostgreSQL password file when they ask for it.

The password file is libpq's (https://www.postgresql.org/docs/15/libpq-pgpass.html):
PGPASSFILE, else ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows), owner-only; psycopg
reads it by itself on every connection.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.files import new_private_file
from app.storage.files import private


def server_location(host: str, port: int, database: str, login: str) -> str:
    """The URL of a server database, as shown and stored: without any password."""
    url = URL.create("postgresql", login or None, None, host, port or None, database)
    return url.render_as_string(hide_password=False)


def server_fields(location: str) -> dict[str, object] | None:
    """The sign-in fields of a server URL (host, port, database, login), or None for a file."""
    if "://" not in location:
        return None
    url = make_url(location)
    if url.get_backend_name() != "postgresql":
        return None
    return {
        "host": url.host or "",
        "port": url.port or 5432,
        "database": url.database or "",
        "login": url.username or "",
    }


def pgpass_path() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "~")).expanduser() / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(location: str, password: str) -> Path:
    """Keep `password` for the server database at `location` in the user's password file
    (owner-only), replacing what it held for the same server, port, database and login."""
    fields = server_fields(location)
    assert fields is not None, "passwords are remembered for servers only"
    key = ":".join(_escaped(str(fields[name])) for name in ("host", "port", "database", "login"))
    path = pgpass_path()
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key + ":")]
    kept.append(f"{key}:{_escaped(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = new_private_file(path.with_name(path.name + ".partial"))
    partial.write_text("\n".join(kept) + "\n", encoding="utf-8")
    private(partial)
    partial.replace(path)
    return path
