"""Read-only health check of a SQLite database file: integrity, foreign keys, our schema.

The file is opened read-only and never written to, so a damaged file stays exactly as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import Message
from app.models import Base
from app.storage.files import sqlite_uri
from app.storage.revisions import head_revision, known_revisions
from app.storage.schema_check import differences

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class CheckResult:
    path: str
    problems: list[Message] = field(default_factory=list)
    revision: str | None = None
    newer: bool = False  # written by a newer version of the program: nothing to repair here
    older: bool = False  # a server's older schema: its administrator runs `server migrate`
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _connect_read_only(path: Path) -> sqlite3.Connection:
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    connection = sqlite3.connect(sqlite_uri(path, mode), uri=True)
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def check_file(
    path: str | Path, *, expected_revisions: set[str] | None = None, head: str | None = None
) -> CheckResult:
    path = Path(path)
    result = CheckResult(str(path))
    if not path.exists():
        result.problems.append(Message("{file}: no such file", file=path))
        return result
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        result.problems.append(
            Message("{file}: not a SQLite database (the file header is wrong)", file=path)
        )
        return result
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        result.problems.append(Message("{file}: cannot be opened: {why}", file=path, why=exc))
        return result
    try:
        _run_checks(conn, result, expected_revisions, head)
    except sqlite3.DatabaseError as exc:
        result.problems.append(Message("{file}: damaged: {why}", file=path, why=exc))
    finally:
        conn.close()
    return result


def _run_checks(
    conn: sqlite3.Connection, result: CheckResult, expected: set[str] | None, head: str | None
) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    if rows != ["ok"]:
        result.problems.extend(
            Message("{file}: integrity: {why}", file=result.path, why=r) for r in rows
        )
        return
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    for table, rowid, parent, _ in fk[:20]:
        result.problems.append(
            Message(
                "{file}: table {table}, row {n} refers to a missing {what} record",
                file=result.path,
                table=table,
                n=rowid,
                what=parent,
            )
        )
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        result.problems.append(
            Message("{file}: not a GPAST Coordinator database", file=result.path)
        )
        return
    result.revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if expected is not None and result.revision not in expected:
        result.newer = True
        result.problems.append(
            Message(
                "{file}: written by a newer version of the program (schema {schema})",
                file=result.path,
                schema=result.revision,
            )
        )
        return
    missing = sorted(set(Base.metadata.tables) - tables)
    if missing and (head is None or result.revision == head):
        result.problems.append(
            Message("{file}: tables missing: {what}", file=result.path, what=", ".join(missing))
        )
        return
    if expected is not None and result.revision is not None:
        found = differences(conn, result.revision)
        if found:
            result.problems.extend(
                Message("{file}: {problem}", file=result.path, problem=p) for p in found
            )
            return
    if not missing:
        _check_attendance_days(conn, result)
    for name in ("legislation", "training_session", "participant", "attendance", "campaign"):
        result.counts[name] = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]


def _check_attendance_days(conn: sqlite3.Connection, result: CheckResult) -> None:
    """Attendance on a day its session does not have (its dates changed outside the program)."""
    rows = conn.execute(
        "SELECT t.code, group_concat(DISTINCT a.day) FROM attendance a "
        "JOIN training_session t ON t.id = a.training_id "
        "WHERE a.day < t.start_date OR a.day > t.end_date "
        "GROUP BY t.id ORDER BY t.code LIMIT 20"
    ).fetchall()
    for code, days in rows:
        result.problems.append(
            Message(
                "{file}: training session {code} has attendance on {days}, outside its dates",
                file=result.path,
                code=code,
                days=", ".join(sorted(days.split(","))),
            )
        )


def check_database(path: str) -> CheckResult:
    """Read-only check of a SQLite file against this program's schema versions."""
    return check_file(path, expected_revisions=known_revisions(), head=head_revision())
