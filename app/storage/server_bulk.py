"""A big attendance import on a PostgreSQL server without its row-by-row foreign key checks.

The server checks attendance's two foreign keys with one query per new row and key: half the
server's work of an import into a new database. Migration 0007 made two SECURITY DEFINER
functions, owned by the tables' owner and granted to gpast_editor and above by `server
migrate`: attendance_checks_off() drops attendance's foreign keys and secondary indexes for
the rest of the transaction (remembering them in the table bulk_load), and
attendance_checks_on() makes them again, checking every row in one join. A transaction that
dropped them cannot commit without making them again (a deferred trigger on bulk_load raises
at COMMIT, so everything rolls back). Dropping a foreign key locks attendance and the two
tables it refers to (participant, training_session) ACCESS EXCLUSIVE until the import
commits: other people's reads of them wait for it (up to their lock timeout).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

BULK_LOAD_TABLE = "bulk_load"  # the server's own table (no model): what a load dropped
CHECKS_OFF = "attendance_checks_off"
CHECKS_ON = "attendance_checks_on"
# every function migration 0007 made (a restore drops them before the backup's make them again)
SERVER_FUNCTIONS = (f"{CHECKS_OFF}()", f"{CHECKS_ON}()", "bulk_load_restored()")
LOADED_TABLE = "attendance"  # the one table the functions serve


def grant_bulk_functions(conn: Connection, editor_group: str) -> None:
    """EXECUTE on the two functions to `editor_group` (the roles above are its members), when
    the schema has them (revision 0007 and later)."""
    for name in (CHECKS_OFF, CHECKS_ON):
        if conn.execute(text("SELECT to_regprocedure(:f)"), {"f": f"{name}()"}).scalar():
            conn.execute(text(f"GRANT EXECUTE ON FUNCTION {name}() TO {editor_group}"))


def _may_call(conn: Connection) -> bool:
    """Whether this login may call both functions and they belong to attendance's owner (an
    admin other than the owner who ran `server migrate` would own functions that may not
    change the table: then the import takes the ordinary path)."""
    found = conn.execute(
        text(
            "SELECT count(*) = 2 AND bool_and(has_function_privilege(p.oid, 'EXECUTE') "
            "AND p.proowner = c.relowner) FROM pg_proc p, pg_class c "
            "WHERE p.oid IN (to_regprocedure(:off), to_regprocedure(:on)) "
            "AND c.oid = to_regclass(:table)"
        ),
        {"off": f"{CHECKS_OFF}()", "on": f"{CHECKS_ON}()", "table": LOADED_TABLE},
    ).scalar()
    return bool(found)


@contextmanager
def checks_made_after(
    conn: Connection, table: str, adding: int, share: float = 1.0
) -> Iterator[None]:
    """A bulk load of `adding` rows into `table` on a server: when the table is attendance,
    the rows added are at least `share` times as many as those there, and this login may call the
    functions, attendance's foreign keys and secondary indexes are dropped for the load and
    made again at its end. When the load fails, the transaction
    rolls back (nothing is committed without them: the trigger of bulk_load)."""
    if table != LOADED_TABLE or not adding or not _may_call(conn):
        yield
        return
    there = conn.execute(text(f'SELECT coalesce(max(id), 0) FROM "{LOADED_TABLE}"')).scalar()
    if adding < (there or 0) * share:
        yield
        return
    conn.execute(text(f"SELECT {CHECKS_OFF}()"))
    try:
        yield
    except BaseException as exc:
        if not isinstance(exc, DBAPIError):  # a server error has ended the transaction already
            with suppress(DBAPIError):  # made again for a caller going on regardless
                conn.execute(text(f"SELECT {CHECKS_ON}()"))
        raise
    conn.execute(text(f"SELECT {CHECKS_ON}()"))
