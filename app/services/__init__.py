"""Use cases and queries: the only code that opens a database session.

Every call is one unit of work, committed or rolled back whole; results are plain data; bad
input raises app.errors.ValidationError naming the field.
"""

from app.errors import (
    DatabaseBusy,
    DatabaseError,
    DatabaseReadOnly,
    GpastError,
    NotFound,
    ValidationError,
)
from app.services.records.audit import AUDIT_HOOKS
from app.services.unit_of_work import Database

__all__ = [
    "Database",
    "DatabaseBusy",
    "DatabaseError",
    "DatabaseReadOnly",
    "GpastError",
    "NotFound",
    "ValidationError",
    "open_database",
]


def open_database(location: str | None = None, *, password: str | None = None) -> Database:
    """The database at `location` (default: the user's), upgraded to the newest schema (a
    server's is only checked), with every unit of work recorded in the audit trail.
    `password`: a server's, typed in the sign-in dialog (kept in memory only)."""
    return Database(location, hooks=AUDIT_HOOKS, password=password)
