"""A write that meets a full disk says so and changes nothing (SQLite's own limit on the file's
pages stands in for the disk: SQLite reports both the same way, SQLITE_FULL)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from app.errors import DatabaseError
from app.services.spreadsheets.importing import import_file
from tests.helpers import snapshot, write

pytestmark = pytest.mark.sqlite_only("SQLite's page limit stands for a full disk")


def test_an_import_that_fills_the_disk_says_so_and_changes_nothing(db, db_path, tmp_path):
    conn = sqlite3.connect(db_path)
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.close()

    def no_room(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    for engine in {db.write_engine, db.bulk_engine}:
        event.listen(engine, "connect", no_room)
    rows = "".join(f"T{i};{'Семинар ' * 20}{i};2025-03-03;capacity\n" for i in range(3000))
    path = write(tmp_path / "t.csv", "code;title;start_date;focus_areas\n" + rows)
    before = snapshot(db)
    with pytest.raises(DatabaseError) as exc:
        import_file(db, "trainings", path)
    assert exc.value.message_id == "{file}: not enough space on the disk; nothing was changed"
    assert snapshot(db) == before
