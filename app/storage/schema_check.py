"""Does a SQLite file hold exactly the schema this program wrote, and nothing more?

A file that passes the integrity check may still carry objects of somebody else's making: a
trigger that empties tables on the next import, a view, a renamed column, an extra CHECK, two
schema-version rows. `differences()` compares every table, column, index, trigger and view with a
scratch database that our own migrations bring to the same revision, and names what differs.
`unexpected_objects()` is the cheap part run whenever a database is opened: triggers and views
(this program makes none).
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import Message

Difference = Message  # rendered in the user's language by app.errors


def _normal(sql: str | None) -> str:
    """SQL text compared without quoting, case or layout differences."""
    if not sql:
        return ""
    return re.sub(r"\s+", " ", sql.replace('"', "").replace("`", "")).strip().lower()


def schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """Every schema object but SQLite's own, keyed by (type, name)."""
    objects: dict[tuple[str, str], dict[str, Any]] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if name.startswith("sqlite_"):
            continue
        entry: dict[str, Any] = {"table": table, "sql": _normal(sql)}
        if kind == "table":
            entry["columns"] = [
                (r[1], (r[2] or "").upper(), r[3], _normal(str(r[4])) if r[4] else "", r[5])
                for r in conn.execute(f'PRAGMA table_xinfo("{name}")')
            ]
        objects[(kind, name)] = entry
    return objects


@cache
def expected_schema(revision: str) -> dict[tuple[str, str], dict[str, Any]]:
    """The schema our migrations make at `revision`, from a scratch file (once per process)."""
    from alembic import command  # start-up speed: only a full check needs Alembic

    from app.storage.engine import make_engine, to_url
    from app.storage.revisions import alembic_config

    with tempfile.TemporaryDirectory(prefix="gpast-schema-") as folder:
        path = Path(folder) / "expected.sqlite"
        engine = make_engine(to_url(path), foreign_keys=False)
        try:
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection), revision)
        finally:
            engine.dispose()
        conn = sqlite3.connect(path)
        try:
            return schema_of(conn)
        finally:
            conn.close()


def differences(conn: sqlite3.Connection, revision: str) -> list[Difference]:
    """What differs between the file behind `conn` and our schema at `revision`."""
    found: list[Difference] = []
    versions = conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0]
    if versions != 1:
        found.append(Message("the schema version is recorded {n} times", n=versions))
    actual = schema_of(conn)
    expected = expected_schema(revision)
    for kind, name in sorted(set(actual) - set(expected)):
        found.append(_unexpected(kind, name))
    for kind, name in sorted(set(expected) - set(actual)):
        found.append(_missing(kind, name))
    for key in sorted(set(actual) & set(expected)):
        kind, name = key
        have, want = actual[key], expected[key]
        if kind == "table":
            have_columns = {c[0]: c for c in have["columns"]}
            want_columns = {c[0]: c for c in want["columns"]}
            for column in sorted(set(have_columns) - set(want_columns)):
                found.append(
                    Message("table {table}: unexpected column {column}", table=name, column=column)
                )
            for column in sorted(set(want_columns) - set(have_columns)):
                found.append(
                    Message("table {table}: column {column} is missing", table=name, column=column)
                )
            for column in sorted(set(have_columns) & set(want_columns)):
                if have_columns[column] != want_columns[column]:
                    found.append(
                        Message(
                            "table {table}: column {column} is defined differently",
                            table=name,
                            column=column,
                        )
                    )
            if have_columns.keys() == want_columns.keys() and have["sql"] != want["sql"]:
                found.append(
                    Message("table {table}: its constraints differ from this version's", table=name)
                )
        elif have["sql"] != want["sql"] or have["table"] != want["table"]:
            found.append(_different(kind, name))
    return found


def unexpected_objects(conn: sqlite3.Connection) -> list[Difference]:
    """Triggers and views: this program makes none, so any is somebody else's."""
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY 1, 2"
    ).fetchall()
    return [_unexpected(kind, name) for kind, name in rows]


def _unexpected(kind: str, name: str) -> Message:
    if kind == "table":
        return Message("unexpected table {name}", name=name)
    if kind == "index":
        return Message("unexpected index {name}", name=name)
    if kind == "trigger":
        return Message("unexpected trigger {name}", name=name)
    return Message("unexpected view {name}", name=name)


def _missing(kind: str, name: str) -> Message:
    if kind == "table":
        return Message("table {name} is missing", name=name)
    if kind == "index":
        return Message("index {name} is missing", name=name)
    if kind == "trigger":
        return Message("trigger {name} is missing", name=name)
    return Message("view {name} is missing", name=name)


def _different(kind: str, name: str) -> Message:
    if kind == "index":
        return Message("index {name} is defined differently", name=name)
    if kind == "trigger":
        return Message("trigger {name} is defined differently", name=name)
    return Message("view {name} is defined differently", name=name)
