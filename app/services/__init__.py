"""Use cases and queries: the only code that opens a database session.

Every call is one unit of work, committed or rolled back whole; results are plain data; bad
input raises app.errors.ValidationError naming the field.
"""

from app.errors import DatabaseBusy, DatabaseError, GpastError, NotFound, ValidationError
from app.services.unit_of_work import Database, open_database

__all__ = [
    "Database",
    "DatabaseBusy",
    "DatabaseError",
    "GpastError",
    "NotFound",
    "ValidationError",
    "open_database",
]
