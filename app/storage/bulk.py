"""Bulk inserts for imports. On SQLite the rows go straight to the driver's executemany (the
values formatted as SQLAlchemy stores them); elsewhere through SQLAlchemy Core."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `table` within the session's transaction."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        session.execute(table.insert(), rows)
        return
    names = list(rows[0])
    for name in names:
        if name not in table.c:
            raise KeyError(f"{table.name} has no column {name}")
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
    memo: dict[Any, Any] = {}  # imports repeat the same days and timestamps

    def convert(value: Any) -> Any:
        if not isinstance(value, date):
            return value
        found = memo.get(value)
        if found is None:
            found = memo[value] = _sqlite_value(value)
        return found

    dated = [isinstance(rows[0][n], date) for n in names]
    if any(dated):
        values = [tuple(map(convert, row.values())) for row in rows]
    else:
        values = [tuple(row.values()) for row in rows]
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()
