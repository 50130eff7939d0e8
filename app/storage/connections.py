"""Connections to a PostgreSQL server: how long the program waits, and what a server's refusal
means for the user.

Every connection has a connect timeout (a server that never answers), a lock timeout (a row
another person's transaction holds) and a statement timeout (a query that never ends); the
environment variables GPAST_PG_CONNECT_TIMEOUT (seconds), GPAST_PG_LOCK_TIMEOUT_MS and
GPAST_PG_STATEMENT_TIMEOUT_MS change them. Their errors become messages that never carry SQL,
and never the password (it is not in any of them: psycopg's texts name host and port only).
"""

from __future__ import annotations

import os
from typing import Any

from app.errors import DatabaseBusy, DatabaseError, GpastError

APPLICATION_NAME = "GPAST Coordinator"


def connect_timeout_s() -> int:
    return int(os.environ.get("GPAST_PG_CONNECT_TIMEOUT", "10"))


def lock_timeout_ms() -> int:
    return int(os.environ.get("GPAST_PG_LOCK_TIMEOUT_MS", "10000"))


def statement_timeout_ms() -> int:
    return int(os.environ.get("GPAST_PG_STATEMENT_TIMEOUT_MS", "300000"))


def connect_args(query: dict[str, Any], password: str | None = None) -> dict[str, Any]:
    """psycopg's connection arguments for a server URL with `query` (what the URL sets itself
    wins); `password`: one typed in the sign-in dialog, kept in memory only."""
    args: dict[str, Any] = {}
    if "connect_timeout" not in query:
        args["connect_timeout"] = connect_timeout_s()
    if "application_name" not in query:
        args["application_name"] = APPLICATION_NAME
    options = f"-c lock_timeout={lock_timeout_ms()} -c statement_timeout={statement_timeout_ms()}"
    given = query.get("options")
    args["options"] = f"{given} {options}" if isinstance(given, str) else options
    if password is not None:
        args["password"] = password
    return args


def _one_line(error: object) -> str:
    return " ".join(str(error).split())


def server_problem(exc: BaseException, where: str) -> GpastError | None:
    """What a server's error (a SQLAlchemy DBAPIError around psycopg's) means for the user, or
    None when it is none of the waits and refusals this module knows."""
    orig = getattr(exc, "orig", exc)
    module = type(orig).__module__ or ""
    if not module.startswith("psycopg"):
        return None
    code = getattr(orig, "sqlstate", None)
    if code == "55P03":  # lock_not_available: lock_timeout ran out
        return DatabaseBusy(
            "{file}: another person is changing the same data on the server and did not "
            "finish within {seconds} s; nothing was changed; try again in a moment",
            file=where,
            seconds=max(1, round(lock_timeout_ms() / 1000)),
        )
    if code == "40P01":  # deadlock_detected: each waited for the other; this one gave way
        return DatabaseBusy(
            "{file}: this change and another person's work on the server waited for each "
            "other, and the server stopped this one; nothing was changed; try again in a moment",
            file=where,
        )
    if code == "57014":  # query_canceled: statement_timeout ran out
        return DatabaseError(
            "{file}: the server did not finish within {seconds} s; nothing was changed; try "
            "again, or ask the server's administrator",
            file=where,
            seconds=max(1, round(statement_timeout_ms() / 1000)),
        )
    text = _one_line(orig)
    # at connect time libpq gives the server's refusal as text, without its code
    refused_login = ("password authentication failed", 'role "', "no pg_hba.conf entry")
    if code in ("28P01", "28000") or (code is None and any(t in text for t in refused_login)):
        return DatabaseError(
            "{file}: the server refused the sign-in (wrong login or password, or no access "
            "to this database)",
            file=where,
        )
    if code == "3D000" or (code is None and "does not exist" in text and "database" in text):
        return DatabaseError("{file}: the server has no such database", file=where)
    if code is None or code.startswith("08") or code in ("57P01", "57P03"):
        if "timeout expired" in text:
            return DatabaseError(
                "{file}: the server did not answer within {seconds} s; check the address and "
                "the network, or ask the server's administrator",
                file=where,
                seconds=connect_timeout_s(),
            )
        if "no password supplied" in text:
            return DatabaseError(
                "{file}: the server asks for a password; sign in with File > Connect to "
                "server…, or put it in your .pgpass file",
                file=where,
            )
        return DatabaseError(
            "{file}: cannot reach the server ({why}); check the address and the network, or "
            "ask the server's administrator",
            file=where,
            why=text,
        )
    return None
