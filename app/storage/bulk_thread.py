"""Bulk inserts made by a writer thread while the program's main thread goes on with Python work
(an import reading the next part of its file). Python runs one thread at a time: a thread gets
ahead only while the other waits outside the interpreter. An executemany gives the interpreter
up for each row's step and must take it back before the next row; beside a busy thread it waits
for it every time (measured: no faster than the two one after the other). So on SQLite the rows
go to SQLite as one JSON text that SQLite unpacks itself (json_each) in one statement, during
which the interpreter is free; on PostgreSQL COPY streams them as bulk_insert_columns does (the
server does the work)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import FromClause

from app.storage.bulk import _sqlite_value, bulk_insert_columns

JSON_OPERATORS = (3, 38)  # the SQLite version from which ->> is built in


def bulk_insert_from_thread(
    connection: Connection,
    table: Table | FromClause,
    columns: Mapping[str, Sequence[Any]],
    constants: dict[str, Any] | None = None,
) -> None:
    """As bulk_insert_columns (the same rows, values and errors), on a connection that only
    this thread uses while it runs: on SQLite with the interpreter free while SQLite writes."""
    if (
        connection.dialect.name != "sqlite"
        or sqlite3.sqlite_version_info < JSON_OPERATORS
        or not isinstance(table, Table)
        or any(isinstance(table.c[n].type, JSON) for n in columns)
    ):
        bulk_insert_columns(connection, table, columns, constants)
        return
    constants = constants or {}
    names = [*columns, *constants]
    for name in names:
        if name not in table.c:
            raise KeyError(f"{table.name} has no column {name}")
    lengths = {len(values) for values in columns.values()}
    if len(lengths) != 1:
        raise ValueError("bulk_insert_columns needs at least one column, all of one length")
    if not lengths.pop():
        return
    streams: list[Any] = []
    for name, values in columns.items():
        if isinstance(table.c[name].type, Date | DateTime):
            memo = {value: _sqlite_value(value) for value in set(values)}
            streams.append(map(memo.__getitem__, values))
        else:
            streams.append(values)
    rows = json.dumps(list(zip(*streams, strict=True)), ensure_ascii=False)
    dated = [isinstance(table.c[n].type, Date | DateTime) for n in constants]
    values = [f"value ->> {j}" for j in range(len(columns))] + ["?"] * len(constants)
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({quoted}) SELECT {", ".join(values)} FROM json_each(?)'
    bound = [_sqlite_value(v) if d else v for v, d in zip(constants.values(), dated, strict=True)]
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None  # an open connection is never detached
    dbapi_error = connection.dialect.loaded_dbapi.Error
    cursor = driver_connection.cursor()
    try:
        cursor.execute(sql, (*bound, rows))
    except dbapi_error as exc:  # as SQLAlchemy would raise it (IntegrityError, ...)
        raise DBAPIError.instance(sql, None, exc, dbapi_error) from exc
    finally:
        cursor.close()
