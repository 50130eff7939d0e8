"""Backups, restore and file permissions."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from app.errors import DatabaseError
from app.services import open_database
from app.services.records import editing as records
from app.storage.backups import (
    backup_now,
    ensure_daily_backup,
    list_backups,
    restore,
    rotate,
)
from tests.factories import make_training

pytestmark = pytest.mark.sqlite_only("backups of SQLite files; server: test_server_backups.py")

TRAINING = make_training()


def test_backup_change_restore_gives_back_exactly_the_old_data(db, db_path):
    records.create(db, "trainings", TRAINING)
    copy = backup_now(db_path)
    records.create(db, "trainings", {**TRAINING, "code": "T2"})
    records.update(db, "trainings", 1, {"title": "changed"})
    db.close()
    aside = restore(db_path, copy)
    with open_database(str(db_path)) as again:
        rows = records.list_records(again, "trainings")
    assert [(r["code"], r["title"]) for r in rows] == [("T1", "Семинар")]
    assert aside is not None and aside.exists()  # the replaced database was kept


def test_restore_refuses_damaged_or_foreign_files(db, db_path, tmp_path):
    records.create(db, "trainings", TRAINING)
    db.close()
    before = db_path.read_bytes()
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (x)")
    with pytest.raises(DatabaseError, match="not a GPAST Coordinator database"):
        restore(db_path, foreign)
    text = tmp_path / "notes.sqlite"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        restore(db_path, text)
    assert db_path.read_bytes() == before


def test_daily_backup_once_a_day_and_rotation(db, db_path):
    assert ensure_daily_backup(db_path) is not None
    assert ensure_daily_backup(db_path) is None  # second start the same day
    folder = db_path.parent / "backups"
    start = datetime(2026, 1, 1, 9, 0, 0)
    for n in range(60):  # two months of daily backups
        stamp = (start + timedelta(days=n)).strftime("%Y%m%d-%H%M%S")
        (folder / f"{db_path.stem}-{stamp}.sqlite").write_bytes(b"x")
    rotate(db_path, date(2026, 3, 1))
    kept = [b.made.date() for b in list_backups(db_path) if not b.tag]
    assert len(kept) <= 7 + 8 + 1
    assert date(2026, 3, 1) - timedelta(days=1) in kept or max(kept) >= date(2026, 2, 28)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_and_backups_are_readable_by_the_owner_only(db_path):
    open_database(str(db_path)).close()  # a new file, made by the program itself
    assert db_path.stat().st_mode & 0o077 == 0
    copy = backup_now(db_path)
    assert copy.stat().st_mode & 0o077 == 0
