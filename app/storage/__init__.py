"""Storage: database location, connection settings, migrations, integrity checks."""

from app.storage.engine import default_location, is_sqlite, make_engine, sqlite_path, to_url
from app.storage.migrate import ForeignDatabase, SchemaTooNew, head_revision, upgrade_to_head

__all__ = [
    "ForeignDatabase",
    "SchemaTooNew",
    "default_location",
    "head_revision",
    "is_sqlite",
    "make_engine",
    "sqlite_path",
    "to_url",
    "upgrade_to_head",
]


def check_database(path: str):
    """Read-only check of a SQLite file against this program's schema versions."""
    from app.storage.integrity import check_file
    from app.storage.migrate import known_revisions

    return check_file(path, expected_revisions=known_revisions(), head=head_revision())
