"""Bulk inserts for imports. On SQLite the rows go straight to the driver's executemany (the
values formatted as SQLAlchemy stores them); on PostgreSQL through COPY (psycopg streams the
rows in one statement: a tenth of the round trips of an INSERT per row); elsewhere through
SQLAlchemy Core."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from itertools import repeat
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Table, event, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import FromClause

from app.storage.server_bulk import checks_made_after


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _sql_literal(value: Any) -> str | None:
    """`value` written in SQL (a constant every row shares: one value in the statement rather
    than bound again for each row), or None when it is passed as a parameter."""
    if value is None:
        return "NULL"
    if isinstance(value, int):  # bool too: 1 or 0 on SQLite
        return str(int(value))
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def bulk_insert_columns(
    session: Session,
    table: Table | FromClause,
    columns: Mapping[str, Sequence[Any]],
    constants: dict[str, Any] | None = None,
) -> None:
    """Insert rows into `table` within the session's transaction, given a column at a time:
    `columns` maps column names to equally long sequences, `constants` names values that every
    row shares. Dates and times are formatted once per distinct value (an import repeats the
    same days thousands of times), and the rows stream to the driver without being built."""
    if not isinstance(table, Table):  # a model's __table__ is typed as any FROM clause
        raise TypeError(f"bulk_insert_columns needs a table, not {table!r}")
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
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _copy(connection, table, columns, constants)
        return
    if connection.dialect.name != "sqlite":
        rows = [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]
        session.execute(table.insert(), [row | constants for row in rows])
        return
    dated = {n for n in names if isinstance(table.c[n].type, Date | DateTime)}
    streams: list[Iterable[Any]] = []
    for name, values in columns.items():
        if name in dated:
            memo = {value: _sqlite_value(value) for value in set(values)}
            streams.append(map(memo.__getitem__, values))
        elif isinstance(table.c[name].type, JSON):  # as text, once per distinct object
            texts = {id(v): json.dumps(v) for v in values}
            streams.append(texts[id(v)] for v in values)
        else:
            streams.append(values)
    marks = ["?"] * len(columns)
    for name, value in constants.items():
        value = _sqlite_value(value) if name in dated else value
        literal = _sql_literal(value)
        if literal is None:
            streams.append(repeat(value))
        marks.append(literal or "?")
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join(marks)})'
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None  # an open session's connection is never detached
    cursor = driver_connection.cursor()
    dbapi_error = connection.dialect.loaded_dbapi.Error
    try:
        cursor.executemany(sql, zip(*streams, strict=False))
    except dbapi_error as exc:  # as SQLAlchemy would raise it (IntegrityError, ...)
        raise DBAPIError.instance(sql, None, exc, dbapi_error) from exc
    finally:
        cursor.close()


def bulk_insert_numbered(
    session: Session,
    table: Table | FromClause,
    columns: Mapping[str, Sequence[Any]],
    constants: dict[str, Any] | None = None,
    *,
    key: str,
) -> list[int]:
    """bulk_insert_columns into a table with an integer primary key `id`, returning the ids
    the rows were given, in their order. On SQLite they are given here, after the largest
    there (the unit of work holds the database's one write lock); elsewhere the database
    gives them and they are read back by `key`, a unique column of the rows."""
    if not isinstance(table, Table):  # a model's __table__ is typed as any FROM clause
        raise TypeError(f"bulk_insert_numbered needs a table, not {table!r}")
    connection = session.connection()
    last = connection.execute(select(func.max(table.c.id))).scalar() or 0
    count = len(columns[key])
    if connection.dialect.name == "sqlite":
        ids = range(last + 1, last + 1 + count)
        bulk_insert_columns(session, table, {**columns, "id": ids}, constants)
        return list(ids)
    bulk_insert_columns(session, table, columns, constants)
    added = select(table.c[key], table.c.id).where(table.c.id > last)
    given = dict(connection.execute(added).all())
    return [given[value] for value in columns[key]]


# a table is analysed as a bulk unit of work commits when it changed more than autovacuum's
# analyze threshold (its defaults: 50 rows and a tenth of the table)
ANALYZE_BASE = 50
ANALYZE_SHARE = 0.1
# the columns whose statistics the counting rules and the report plan with (joins, the
# attended statuses, the split by sex): analysed at once after a large load; the others (long
# texts such as names and match keys, a third of the time) are left to autovacuum, which still
# analyses the whole table soon after (a column list does not reset its count of changes)
ANALYZED_COLUMNS = {
    "attendance": ("training_id", "participant_id", "status"),
    "participant": ("id", "sex"),
}


def analyse_on_commit(session: Session) -> None:
    """On a server, the planner statistics of every table this bulk unit of work (an import,
    a bundle merge) changed by more than autovacuum's threshold are refreshed as it commits
    (ANALYZE, as PostgreSQL advises after a bulk load): the next report plans with the new
    rows instead of waiting for autovacuum's next round (a report right after the imports
    of an empty database took 1.4x its time, the indicators 2x). The server counts what the
    transaction changed (pg_stat_xact_user_tables: rows by COPY and by INSERT alike). A
    login that does not own a table is skipped by the server with a warning; autovacuum
    does it later. Nothing on SQLite."""
    if session.connection().dialect.name != "postgresql":
        return

    def analyze(done: Session) -> None:
        connection = done.connection()
        changed = connection.execute(
            text(
                "SELECT s.relname FROM pg_stat_xact_user_tables s "
                "JOIN pg_class c ON c.oid = s.relid "
                "WHERE s.n_tup_ins + s.n_tup_upd + s.n_tup_del "
                "> :base + :share * greatest(c.reltuples, 0) ORDER BY s.relname"
            ),
            {"base": ANALYZE_BASE, "share": ANALYZE_SHARE},
        ).scalars()
        for name in list(changed):
            columns = ", ".join(f'"{c}"' for c in ANALYZED_COLUMNS.get(name, ()))
            listed = f" ({columns})" if columns else ""
            connection.exec_driver_sql(f'ANALYZE "{name}"{listed}')

    event.listen(session, "before_commit", analyze, once=True)


def _copy(connection, table: Table, columns: Mapping[str, Sequence[Any]], constants) -> None:
    """The rows into `table` by COPY … FROM STDIN (columns left out take their defaults). A
    JSON column's values (a record's edit counters) go as their JSON text, each distinct
    object written once; the other values go to the driver as they are."""
    names = [*columns, *constants]
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f'COPY "{table.name}" ({quoted}) FROM STDIN'
    streams: list[Iterable[Any]] = []
    for name, values in columns.items():
        if isinstance(table.c[name].type, JSON):
            texts = {id(v): _json_text(v) for v in values}
            streams.append(texts[id(v)] for v in values)
        else:
            streams.append(values)
    for name, value in constants.items():
        streams.append(repeat(_json_text(value) if isinstance(table.c[name].type, JSON) else value))
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None  # an open session's connection is never detached
    dbapi_error = connection.dialect.loaded_dbapi.Error
    try:
        with driver_connection.cursor() as cursor, cursor.copy(sql) as copy:
            write = copy.write_row
            for row in zip(*streams, strict=False):  # the constants repeat without end
                write(row)
    except dbapi_error as exc:  # as SQLAlchemy would raise it (IntegrityError, ...)
        raise DBAPIError.instance(sql, None, exc, dbapi_error) from exc


def _json_text(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


@contextmanager
def page_cache_limited(session: Session, kib: int) -> Iterator[None]:
    """SQLite's page cache of the session's connection at most `kib` KiB for a bulk load, and
    back to what it was after. A load appends pages it does not read again: a large cache only
    holds them until the commit (64 MB of a 190,000-row import's memory) while a small one
    writes them to the journal as it goes, within the same transaction."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


REBUILD_SHARE = 1.0  # rows added per row already there from which indexes are built after


@contextmanager
def indexes_built_after(session: Session, table: Table | FromClause, adding: int) -> Iterator[None]:
    """A bulk load of `adding` rows into `table` with the table's secondary indexes (those made
    by CREATE INDEX without UNIQUE) dropped for the load and made again at its end, on SQLite,
    when the rows added are at least as many as the rows already there: SQLite builds an index
    by sorting its rows, far quicker than placing each row in it as it comes (the attendance
    import's 192,000 rows: ~0.2 s less). Unique indexes stay, so a repeated key is refused as it
    is inserted. SQLite's schema changes belong to the transaction: when the unit of work rolls
    back, the indexes are there as before. On PostgreSQL the same share makes attendance's
    foreign keys and secondary indexes be dropped for the load and made again at its end
    (app.storage.server_bulk: the tables' owner's functions, which lock the tables until the
    commit and refuse a commit without them); elsewhere nothing changes."""
    if not isinstance(table, Table):  # a model's __table__ is typed as any FROM clause
        raise TypeError(f"indexes_built_after needs a table, not {table!r}")
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        with checks_made_after(connection, table.name, adding, REBUILD_SHARE):
            yield
        return
    dropped: list[tuple[str, str]] = []  # (name, the statement that makes it)
    if connection.dialect.name == "sqlite" and adding:
        quoted = table.name.replace('"', '""')
        there = connection.exec_driver_sql(f'SELECT max(rowid) FROM "{quoted}"').scalar() or 0
        if adding >= there * REBUILD_SHARE:
            made: dict[str, str] = dict(
                connection.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                    (table.name,),
                ).all()
            )
            for _seq, name, unique, origin, *_rest in connection.exec_driver_sql(
                f'PRAGMA index_list("{quoted}")'
            ).all():
                if origin == "c" and not unique and made.get(name):
                    dropped.append((name, made[name]))
            for name, _sql in dropped:
                connection.exec_driver_sql(f'DROP INDEX "{name.replace(chr(34), chr(34) * 2)}"')
    try:
        yield
    except BaseException:
        # the unit of work rolls back, which restores them; made again all the same, so that a
        # caller going on regardless still has them (the load's own failure is what is raised)
        with suppress(DBAPIError):
            for _name, sql in dropped:
                connection.exec_driver_sql(sql)
        raise
    for _name, sql in dropped:
        connection.exec_driver_sql(sql)
