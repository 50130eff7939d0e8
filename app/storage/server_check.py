"""`gpast check` on a shared PostgreSQL server: reads only, never writes.

What a SQLite file's check finds, the server's way: the schema version; every table, column,
primary key, foreign key and unique constraint the models define; constraints the server holds
but has not validated (added NOT VALID); rows that refer to a record that is not there (possible
when someone loaded data with the triggers off); attendance outside its session's dates. The
result is the same CheckResult as a file's (app.storage.integrity).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, ForeignKeyConstraint, UniqueConstraint, inspect, text

from app.errors import Message
from app.models import Base
from app.storage.connections import server_problem
from app.storage.engine import make_engine, shown_url
from app.storage.integrity import CheckResult
from app.storage.revisions import head_revision, known_revisions
from app.storage.server import foreign_tables, server_revision

COUNTED = ("legislation", "training_session", "participant", "attendance", "campaign")


def check_server(url: str, password: str | None = None) -> CheckResult:
    where = shown_url(url)
    result = CheckResult(where)
    engine = make_engine(url, password=password)
    try:
        with engine.connect() as conn:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            _run_checks(conn, result)
    except Exception as exc:
        problem = server_problem(exc, where)
        if problem is None:
            raise
        result.problems.append(Message("{problem}", problem=problem))
    finally:
        engine.dispose()
    return result


def _run_checks(conn: Connection, result: CheckResult) -> None:
    where = result.path
    others = foreign_tables(conn)
    if others:
        result.problems.append(
            Message(
                "{file}: tables of another application: {what}", file=where, what=", ".join(others)
            )
        )
    result.revision = server_revision(conn)
    if result.revision is None:
        result.problems.append(Message("{file}: not a GPAST Coordinator database", file=where))
        return
    if result.revision not in known_revisions():
        result.newer = True
        result.problems.append(
            Message(
                "{file}: written by a newer version of the program (schema {schema})",
                file=where,
                schema=result.revision,
            )
        )
        return
    if result.revision != head_revision():
        result.older = True
        result.problems.append(
            Message(
                "{file}: schema {schema} is older than this program's ({head}); an "
                "administrator upgrades it with: gpast --db URL server migrate",
                file=where,
                schema=result.revision,
                head=head_revision(),
            )
        )
        return
    if _schema_problems(conn, result):
        return
    _orphans(conn, result)
    _attendance_days(conn, result)
    for name in COUNTED:
        result.counts[name] = int(
            conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar() or 0
        )


def _schema_problems(conn: Connection, result: CheckResult) -> bool:
    """Tables, columns and constraints the models define but the server lacks; constraints the
    server has not validated. Returns whether any was found."""
    where = result.path
    found = inspect(conn)
    tables = set(found.get_table_names())
    missing = sorted(set(Base.metadata.tables) - tables)
    if missing:
        result.problems.append(
            Message("{file}: tables missing: {what}", file=where, what=", ".join(missing))
        )
    for name, table in sorted(Base.metadata.tables.items()):
        if name not in tables:
            continue
        columns = {c["name"] for c in found.get_columns(name)}
        for column in table.columns:
            if column.name not in columns:
                result.problems.append(
                    Message(
                        "{file}: column {what} is missing", file=where, what=f"{name}.{column.name}"
                    )
                )
        have_fks = {tuple(fk["constrained_columns"]) for fk in found.get_foreign_keys(name)}
        have_unique = {tuple(u["column_names"]) for u in found.get_unique_constraints(name)}
        have_unique |= {
            tuple(str(c) for c in i["column_names"])
            for i in found.get_indexes(name)
            if i.get("unique")
        }
        for constraint in table.constraints:
            if not isinstance(constraint, ForeignKeyConstraint | UniqueConstraint):
                continue
            columns_of = tuple(c.name for c in constraint.columns)
            if isinstance(constraint, ForeignKeyConstraint) and columns_of not in have_fks:
                what = f"{name} ({', '.join(columns_of)})"
                result.problems.append(
                    Message("{file}: foreign key missing: {what}", file=where, what=what)
                )
            if isinstance(constraint, UniqueConstraint) and columns_of not in have_unique:
                what = f"{name} ({', '.join(columns_of)})"
                result.problems.append(
                    Message("{file}: unique constraint missing: {what}", file=where, what=what)
                )
        if not found.get_pk_constraint(name).get("constrained_columns"):
            result.problems.append(
                Message("{file}: primary key missing: {what}", file=where, what=name)
            )
    unvalidated = conn.execute(
        text(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace "
            "ORDER BY 1, 2"
        )
    ).fetchall()
    for table_name, constraint_name in unvalidated:
        result.problems.append(
            Message(
                "{file}: constraint {what} was never checked against the rows",
                file=where,
                what=f"{table_name}.{constraint_name}",
            )
        )
    return bool(result.problems)


def _orphans(conn: Connection, result: CheckResult) -> None:
    """Rows whose reference names a record that is not there."""
    for name, table in sorted(Base.metadata.tables.items()):
        for fk in sorted(table.foreign_key_constraints, key=lambda c: str(c.name)):
            parent = fk.referred_table.name
            pairs = [(e.parent.name, e.column.name) for e in fk.elements]
            joined = " AND ".join(f'p."{pc}" = c."{cc}"' for cc, pc in pairs)
            present = " AND ".join(f'c."{cc}" IS NOT NULL' for cc, _ in pairs)
            rows = conn.execute(
                text(
                    f'SELECT count(*) FROM "{name}" c WHERE {present} AND NOT EXISTS '
                    f'(SELECT 1 FROM "{parent}" p WHERE {joined})'
                )
            ).scalar()
            if rows:
                result.problems.append(
                    Message(
                        "{file}: table {table}: {n} rows refer to a missing {what} record",
                        file=result.path,
                        table=name,
                        n=rows,
                        what=parent,
                    )
                )


def _attendance_days(conn: Connection, result: CheckResult) -> None:
    """Attendance on a day its session does not have (its dates changed outside the program)."""
    rows = conn.execute(
        text(
            "SELECT t.code, a.day FROM attendance a JOIN training_session t "
            "ON t.id = a.training_id WHERE a.day < t.start_date OR a.day > t.end_date "
            "ORDER BY t.code, a.day LIMIT 200"
        )
    ).fetchall()
    days: dict[str, set[str]] = defaultdict(set)
    for code, day in rows:
        days[code].add(day.isoformat())
    for code in sorted(days)[:20]:
        result.problems.append(
            Message(
                "{file}: training session {code} has attendance on {days}, outside its dates",
                file=result.path,
                code=code,
                days=", ".join(sorted(days[code])),
            )
        )
