"""Connection settings, foreign keys and the read-only integrity check."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.services.records import editing as records
from app.storage import check_database
from tests.factories import add_participant, add_training


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_every_connection_has_foreign_keys_wal_and_busy_timeout(db):
    with db.reading() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError), db.writing() as session:
        session.execute(
            text(
                "INSERT INTO attendance (uuid, training_id, participant_id, day, status, "
                "created_at, updated_at) VALUES ('x', 999, 999, '2025-01-01', 'present', "
                "'2025-01-01', '2025-01-01')"
            )
        )
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM attendance")).scalar() == 0


def test_deleting_a_training_removes_its_attendance_and_links(db):
    from app.services.attendance.recording import set_attendance

    t = add_training(db, title="x", start_date="2025-03-01", end_date="2025-03-02")
    p = add_participant(db, full_name="Анна")
    set_attendance(db, t["id"], p["id"], "present")
    assert records.delete_consequences(db, "trainings", t["id"]) == {"attendance": 2}
    records.delete(db, "trainings", t["id"])
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM attendance")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM training_focus_area")).scalar() == 0
    assert records.get(db, "participants", p["id"])["full_name"] == "Анна"


def test_a_failed_unit_of_work_changes_nothing(db):
    count = text("SELECT count(*) FROM setting WHERE key = 'country'")
    with pytest.raises(RuntimeError), db.writing() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('country', 'X')"))
        assert session.execute(count).scalar() == 1
        raise RuntimeError("boom")
    with db.reading() as session:
        assert session.execute(count).scalar() == 0


@pytest.mark.sqlite_only("the check of a SQLite file; server: test_server_check.py")
def test_check_passes_a_healthy_file(db, db_path):
    db.close()
    result = check_database(str(db_path))
    assert result.ok, result.problems


def test_check_reports_a_damaged_file_and_never_writes_it(db, db_path):
    from app.services.maintenance.demo import fill_demo

    fill_demo(db)
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12), 97):
        data[offset] = (data[offset] + 0x5A) % 256
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    result = check_database(str(db_path))
    assert not result.ok
    assert db_path.read_bytes() == before


def test_check_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("hello", encoding="utf-8")
    result = check_database(str(path))
    assert not result.ok
    assert "not a SQLite database" in str(result.problems[0])


def test_check_refuses_a_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    result = check_database(str(path))
    assert not result.ok
    assert "not a GPAST Coordinator database" in str(result.problems[0])
