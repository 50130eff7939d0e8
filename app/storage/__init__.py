"""Storage: database location, connection settings, migrations, integrity checks."""

from app.storage.engine import (
    default_location,
    is_sqlite,
    make_engine,
    on_read_only_media,
    one_statement_engine,
    read_only_engine,
    shown_url,
    sqlite_path,
    to_url,
)
from app.storage.integrity import check_database
from app.storage.migrate import ForeignDatabase, SchemaTooNew, head_revision, upgrade_to_head

__all__ = [
    "ForeignDatabase",
    "check_database",
    "SchemaTooNew",
    "default_location",
    "head_revision",
    "is_sqlite",
    "make_engine",
    "one_statement_engine",
    "on_read_only_media",
    "read_only_engine",
    "shown_url",
    "sqlite_path",
    "to_url",
    "upgrade_to_head",
]
